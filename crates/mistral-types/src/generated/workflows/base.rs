// generated from the spec by `cargo xtask codegen`: do not edit

/// QueryDefinition
///
/// Generated from schema `QueryDefinition` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QueryDefinition {
    /// Description of the query
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Input JSON schema of the query's model
    #[serde(default)]
    pub input_schema: serde_json::Map<String, serde_json::Value>,
    /// Name of the query
    #[serde(default)]
    pub name: String,
    /// Output JSON schema of the query's model
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// SignalDefinition
///
/// Generated from schema `SignalDefinition` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SignalDefinition {
    /// Description of the signal
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Input JSON schema of the signal's model
    #[serde(default)]
    pub input_schema: serde_json::Map<String, serde_json::Value>,
    /// Name of the signal
    #[serde(default)]
    pub name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UpdateDefinition
///
/// Generated from schema `UpdateDefinition` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateDefinition {
    /// Description of the update
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Input JSON schema of the update's model
    #[serde(default)]
    pub input_schema: serde_json::Map<String, serde_json::Value>,
    /// Name of the update
    #[serde(default)]
    pub name: String,
    /// Output JSON schema of the update's model
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Workflow
///
/// Generated from schema `Workflow` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Workflow {
    /// Whether the workflow is archived
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// Whether the workflow is available in chat assistant
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_in_chat_assistant: Option<bool>,
    /// Customer ID of the workflow
    #[serde(default)]
    pub customer_id: String,
    /// Description of the workflow
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Display name of the workflow
    #[serde(default)]
    pub display_name: String,
    /// Unique identifier of the workflow
    #[serde(default)]
    pub id: String,
    /// Whether the workflow is technical (e.g. SDK-managed)
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_technical: Option<bool>,
    /// Name of the workflow
    #[serde(default)]
    pub name: String,
    /// Reserved namespace for shared workflows (e.g., 'shared:my-shared-workflow')
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_namespace: Option<String>,
    /// Tags for filtering and discovery
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Type of the workflow
    #[serde(default)]
    pub r#type: super::WorkflowType,
    /// Workspace ID of the workflow
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowArchiveResponse
///
/// Generated from schema `WorkflowArchiveResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowArchiveResponse {
    /// The workflow spec
    #[serde(default)]
    pub workflow: super::Workflow,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowBasicDefinition
///
/// Generated from schema `WorkflowBasicDefinition` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowBasicDefinition {
    /// Whether the workflow is archived
    #[serde(default)]
    pub archived: bool,
    /// A description of the workflow
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The display name of the workflow
    #[serde(default)]
    pub display_name: String,
    /// Id
    #[serde(default)]
    pub id: String,
    /// Workflow metadata
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<super::WorkflowMetadata>,
    /// The name of the workflow
    #[serde(default)]
    pub name: String,
    /// Workflow tags
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowBulkArchiveRequest
///
/// Generated from schema `WorkflowBulkArchiveRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowBulkArchiveRequest`], from [`WorkflowBulkArchiveRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct WorkflowBulkArchiveRequest {
    /// List of workflow IDs to archive
    #[builder(setter(into))]
    pub workflow_ids: Vec<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowBulkArchiveRequest {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        {
            let v = &self.workflow_ids;
            if v.len() > 100 {
                c.push(
                    format!("{at}workflow_ids"),
                    format!("{} items: at most 100 allowed", v.len()),
                );
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["workflow_ids"]);
        }
    }
}

impl crate::ApiRequest for WorkflowBulkArchiveRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// WorkflowBulkArchiveResponse
///
/// Generated from schema `WorkflowBulkArchiveResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowBulkArchiveResponse {
    /// Workflows that were successfully archived or were already archived
    #[serde(default)]
    pub archived: Vec<super::Workflow>,
    /// Workflows that could not be archived and the corresponding error messages
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errored: Option<Vec<super::WorkflowBulkError>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowBulkError
///
/// Generated from schema `WorkflowBulkError` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowBulkError {
    /// Error message describing why the operation failed
    #[serde(default)]
    pub message: String,
    /// The workflow, if found
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow: Option<super::Workflow>,
    /// The requested workflow ID
    #[serde(default)]
    pub workflow_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowBulkUnarchiveRequest
///
/// Generated from schema `WorkflowBulkUnarchiveRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowBulkUnarchiveRequest`], from [`WorkflowBulkUnarchiveRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct WorkflowBulkUnarchiveRequest {
    /// List of workflow IDs to unarchive
    #[builder(setter(into))]
    pub workflow_ids: Vec<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowBulkUnarchiveRequest {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        {
            let v = &self.workflow_ids;
            if v.len() > 100 {
                c.push(
                    format!("{at}workflow_ids"),
                    format!("{} items: at most 100 allowed", v.len()),
                );
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["workflow_ids"]);
        }
    }
}

impl crate::ApiRequest for WorkflowBulkUnarchiveRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// WorkflowBulkUnarchiveResponse
///
/// Generated from schema `WorkflowBulkUnarchiveResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowBulkUnarchiveResponse {
    /// Workflows that could not be unarchived and the corresponding error messages
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errored: Option<Vec<super::WorkflowBulkError>>,
    /// Workflows that were successfully unarchived or were already unarchived
    #[serde(default)]
    pub unarchived: Vec<super::Workflow>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowCodeDefinition
///
/// Generated from schema `WorkflowCodeDefinition` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowCodeDefinition {
    /// Whether the workflow enforces deterministic execution
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enforce_determinism: Option<bool>,
    /// Maximum total execution time including retries and continue-as-new
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_timeout: Option<f64>,
    /// Input schema of the workflow's run method
    #[serde(default)]
    pub input_schema: serde_json::Map<String, serde_json::Value>,
    /// Whether the workflow must run associated to a user's identity
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<bool>,
    /// Output schema of the workflow's run method
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// Plugin-specific metadata (e.g. connector declarations)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plugin_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Query handlers defined by the workflow
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queries: Option<Vec<super::QueryDefinition>>,
    /// Signal handlers defined by the workflow
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signals: Option<Vec<super::SignalDefinition>>,
    /// Update handlers defined by the workflow
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updates: Option<Vec<super::UpdateDefinition>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowExecutionRequest
///
/// Generated from schema `WorkflowExecutionRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowExecutionRequest`], from [`WorkflowExecutionRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct WorkflowExecutionRequest {
    /// Custom Tracing Attributes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `custom_tracing_attributes`.
        pub fn custom_tracing_attributes(&mut self, v: impl Into<std::collections::BTreeMap<String, String>>) {
            self.custom_tracing_attributes = Some(v.into());
        }
        /// Sets `custom_tracing_attributes` from an `Option` (`None` leaves it unset).
        pub fn maybe_custom_tracing_attributes(&mut self, v: Option<impl Into<std::collections::BTreeMap<String, String>>>) {
            self.custom_tracing_attributes = v.map(Into::into);
        }
    ))]
    pub custom_tracing_attributes: Option<std::collections::BTreeMap<String, String>>,
    /// Name of the deployment to route this execution to
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `deployment_name`.
        pub fn deployment_name(&mut self, v: impl Into<String>) {
            self.deployment_name = Some(v.into());
        }
        /// Sets `deployment_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_deployment_name(&mut self, v: Option<impl Into<String>>) {
            self.deployment_name = v.map(Into::into);
        }
    ))]
    pub deployment_name: Option<String>,
    /// Allows you to specify a custom execution ID. If not provided, a random ID will be generated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `execution_id`.
        pub fn execution_id(&mut self, v: impl Into<String>) {
            self.execution_id = Some(v.into());
        }
        /// Sets `execution_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_execution_id(&mut self, v: Option<impl Into<String>>) {
            self.execution_id = v.map(Into::into);
        }
    ))]
    pub execution_id: Option<String>,
    /// Plugin-specific data to propagate into WorkflowContext.extensions at execution time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `extensions`.
        pub fn extensions(&mut self, v: impl Into<serde_json::Map<String, serde_json::Value>>) {
            self.extensions = Some(v.into());
        }
        /// Sets `extensions` from an `Option` (`None` leaves it unset).
        pub fn maybe_extensions(&mut self, v: Option<impl Into<serde_json::Map<String, serde_json::Value>>>) {
            self.extensions = v.map(Into::into);
        }
    ))]
    pub extensions: Option<serde_json::Map<String, serde_json::Value>>,
    /// If true, ignore the caller's trace context and start a new, independent trace for this execution instead of joining the caller's trace.
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `force_new_trace`.
        pub fn force_new_trace(&mut self, v: impl Into<bool>) {
            self.force_new_trace = Some(v.into());
        }
        /// Sets `force_new_trace` from an `Option` (`None` leaves it unset).
        pub fn maybe_force_new_trace(&mut self, v: Option<impl Into<bool>>) {
            self.force_new_trace = v.map(Into::into);
        }
    ))]
    pub force_new_trace: Option<bool>,
    /// The input to the workflow. This should be a dictionary or a BaseModel that matches the workflow's input schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `input`.
        pub fn input(&mut self, v: impl Into<super::WorkflowExecutionRequestInput>) {
            self.input = Some(v.into());
        }
        /// Sets `input` from an `Option` (`None` leaves it unset).
        pub fn maybe_input(&mut self, v: Option<impl Into<super::WorkflowExecutionRequestInput>>) {
            self.input = v.map(Into::into);
        }
    ))]
    pub input: Option<super::WorkflowExecutionRequestInput>,
    /// Deprecated. Use deployment\_name instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `task_queue`.
        pub fn task_queue(&mut self, v: impl Into<String>) {
            self.task_queue = Some(v.into());
        }
        /// Sets `task_queue` from an `Option` (`None` leaves it unset).
        pub fn maybe_task_queue(&mut self, v: Option<impl Into<String>>) {
            self.task_queue = v.map(Into::into);
        }
    ))]
    pub task_queue: Option<String>,
    /// Maximum time to wait for completion when wait\_for\_result is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `timeout_seconds`.
        pub fn timeout_seconds(&mut self, v: impl Into<f64>) {
            self.timeout_seconds = Some(v.into());
        }
        /// Sets `timeout_seconds` from an `Option` (`None` leaves it unset).
        pub fn maybe_timeout_seconds(&mut self, v: Option<impl Into<f64>>) {
            self.timeout_seconds = v.map(Into::into);
        }
    ))]
    pub timeout_seconds: Option<f64>,
    /// W3C trace context to join this execution to the caller's trace. Ignored when force\_new\_trace is set.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `traceparent`.
        pub fn traceparent(&mut self, v: impl Into<String>) {
            self.traceparent = Some(v.into());
        }
        /// Sets `traceparent` from an `Option` (`None` leaves it unset).
        pub fn maybe_traceparent(&mut self, v: Option<impl Into<String>>) {
            self.traceparent = v.map(Into::into);
        }
    ))]
    pub traceparent: Option<String>,
    /// If true, wait for the workflow to complete and return the result directly.
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `wait_for_result`.
        pub fn wait_for_result(&mut self, v: impl Into<bool>) {
            self.wait_for_result = Some(v.into());
        }
        /// Sets `wait_for_result` from an `Option` (`None` leaves it unset).
        pub fn maybe_wait_for_result(&mut self, v: Option<impl Into<bool>>) {
            self.wait_for_result = v.map(Into::into);
        }
    ))]
    pub wait_for_result: Option<bool>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowExecutionRequest {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if let Some(v) = &self.execution_id {
            let n = v.chars().count();
            if n > 256 {
                c.push(
                    format!("{at}execution_id"),
                    format!("{n} characters: at most 256 allowed"),
                );
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "custom_tracing_attributes",
                    "deployment_name",
                    "execution_id",
                    "extensions",
                    "force_new_trace",
                    "input",
                    "task_queue",
                    "timeout_seconds",
                    "traceparent",
                    "wait_for_result",
                ],
            );
        }
    }
}

impl crate::ApiRequest for WorkflowExecutionRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The input to the workflow. This should be a dictionary or a BaseModel that matches the workflow's input schema.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowExecutionRequestInput {
    /// One of the shapes the spec allows.
    Object(serde_json::Map<String, serde_json::Value>),
    /// One of the shapes the spec allows.
    Object2(serde_json::Map<String, serde_json::Value>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkflowExecutionRequestInput {
    fn default() -> Self {
        WorkflowExecutionRequestInput::Other(serde_json::Value::Null)
    }
}

/// WorkflowExecutionResponse
///
/// Generated from schema `WorkflowExecutionResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionResponse {
    /// The name of the deployment that ran this execution
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_name: Option<String>,
    /// The end time of the workflow execution, if available
    #[serde(default)]
    pub end_time: Option<String>,
    /// The ID of the workflow execution
    #[serde(default)]
    pub execution_id: String,
    /// The parent execution ID of the workflow execution
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_execution_id: Option<String>,
    /// The result of the workflow execution, if available
    #[serde(default)]
    pub result: Option<serde_json::Value>,
    /// The root execution ID of the workflow execution
    #[serde(default)]
    pub root_execution_id: String,
    /// The unique run identifier (database UUID)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_id: Option<String>,
    /// The execution's search keys (metadata), if requested via include\_search\_keys.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_keys: Option<std::collections::BTreeMap<String, Option<String>>>,
    /// The start time of the workflow execution
    #[serde(default)]
    pub start_time: String,
    /// The status of the workflow execution
    #[serde(default)]
    pub status: Option<super::WorkflowExecutionStatus>,
    /// The total duration of the trace in milliseconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_duration_ms: Option<i64>,
    /// The ID of the user who triggered the execution
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The ID of the workflow
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow_id: Option<String>,
    /// The name of the workflow
    #[serde(default)]
    pub workflow_name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// WorkflowExecutionStatus
    ///
    /// Generated from schema `WorkflowExecutionStatus` of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkflowExecutionStatus {
        /// `RUNNING`
        Running = "RUNNING",
        /// `COMPLETED`
        Completed = "COMPLETED",
        /// `FAILED`
        Failed = "FAILED",
        /// `CANCELED`
        Canceled = "CANCELED",
        /// `TERMINATED`
        Terminated = "TERMINATED",
        /// `CONTINUED_AS_NEW`
        ContinuedAsNew = "CONTINUED_AS_NEW",
        /// `TIMED_OUT`
        TimedOut = "TIMED_OUT",
        /// `RETRYING_AFTER_ERROR`
        RetryingAfterError = "RETRYING_AFTER_ERROR",
    }
}

impl Default for WorkflowExecutionStatus {
    fn default() -> Self {
        WorkflowExecutionStatus::Other(String::new())
    }
}

impl crate::generated::QueryValue for WorkflowExecutionStatus {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// Response model for synchronous workflow execution
///
/// Generated from schema `WorkflowExecutionSyncResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionSyncResponse {
    /// ID of the workflow execution
    #[serde(default)]
    pub execution_id: String,
    /// The result of the workflow execution
    #[serde(default)]
    pub result: serde_json::Value,
    /// Name of the workflow that was executed
    #[serde(default)]
    pub workflow_name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowGetResponse
///
/// Generated from schema `WorkflowGetResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowGetResponse {
    /// The workflow spec
    #[serde(default)]
    pub workflow: super::WorkflowWithWorkerStatus,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowListResponse
///
/// Generated from schema `WorkflowListResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowListResponse {
    /// Next Cursor
    #[serde(default)]
    pub next_cursor: Option<String>,
    /// A list of workflows
    #[serde(default)]
    pub workflows: Vec<super::WorkflowBasicDefinition>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowMetadata
///
/// Generated from schema `WorkflowMetadata` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowMetadata {
    /// Namespace for shared workflows, None if user-owned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_namespace: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowRegistration
///
/// Generated from schema `WorkflowRegistration` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowRegistration {
    /// Whether the workflow is compatible with chat assistant
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatible_with_chat_assistant: Option<bool>,
    /// The `definition` field.
    #[serde(default)]
    pub definition: super::WorkflowCodeDefinition,
    /// Deprecated. Use deployment\_name instead. Will be removed in a future release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_id: Option<String>,
    /// Name of the deployment this registration belongs to
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_name: Option<String>,
    /// Unique identifier of the workflow registration
    #[serde(default)]
    pub id: String,
    /// Deprecated. Use deployment\_name instead. Will be removed in a future release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_queue: Option<String>,
    /// Workflow of the workflow registration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow: Option<super::Workflow>,
    /// Workflow ID of the workflow
    #[serde(default)]
    pub workflow_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowRegistrationGetResponse
///
/// Generated from schema `WorkflowRegistrationGetResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowRegistrationGetResponse {
    /// The workflow registration
    #[serde(default)]
    pub workflow_registration: super::WorkflowRegistrationWithWorkerStatus,
    /// Deprecated: use workflow\_registration
    #[serde(default)]
    pub workflow_version: super::WorkflowRegistrationWithWorkerStatus,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowRegistrationListResponse
///
/// Generated from schema `WorkflowRegistrationListResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowRegistrationListResponse {
    /// Next Cursor
    #[serde(default)]
    pub next_cursor: Option<String>,
    /// A list of workflow registrations
    #[serde(default)]
    pub workflow_registrations: Vec<super::WorkflowRegistration>,
    /// Deprecated: use workflow\_registrations
    #[serde(default)]
    pub workflow_versions: Vec<super::WorkflowRegistration>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowRegistrationWithWorkerStatus
///
/// Generated from schema `WorkflowRegistrationWithWorkerStatus` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowRegistrationWithWorkerStatus {
    /// Whether the workflow registration is active
    #[serde(default)]
    pub active: bool,
    /// Whether the workflow is compatible with chat assistant
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatible_with_chat_assistant: Option<bool>,
    /// The `definition` field.
    #[serde(default)]
    pub definition: super::WorkflowCodeDefinition,
    /// Deprecated. Use deployment\_name instead. Will be removed in a future release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_id: Option<String>,
    /// Name of the deployment this registration belongs to
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_name: Option<String>,
    /// Unique identifier of the workflow registration
    #[serde(default)]
    pub id: String,
    /// Deprecated. Use deployment\_name instead. Will be removed in a future release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_queue: Option<String>,
    /// Workflow of the workflow registration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow: Option<super::Workflow>,
    /// Workflow ID of the workflow
    #[serde(default)]
    pub workflow_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowTagsAddRequest
///
/// Generated from schema `WorkflowTagsAddRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowTagsAddRequest`], from [`WorkflowTagsAddRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct WorkflowTagsAddRequest {
    /// Tags to add to the workflow. Existing tags are kept.
    #[builder(setter(into))]
    pub tags: Vec<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowTagsAddRequest {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if at.is_empty() {
            c.extra(&self.extra, &["tags"]);
        }
    }
}

impl crate::ApiRequest for WorkflowTagsAddRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// WorkflowType
    ///
    /// Generated from schema `WorkflowType` of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkflowType {
        /// `code`
        Code = "code",
    }
}

impl Default for WorkflowType {
    fn default() -> Self {
        WorkflowType::Other(String::new())
    }
}

/// WorkflowUnarchiveResponse
///
/// Generated from schema `WorkflowUnarchiveResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowUnarchiveResponse {
    /// The workflow spec
    #[serde(default)]
    pub workflow: super::Workflow,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowUpdateRequest
///
/// Generated from schema `WorkflowUpdateRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowUpdateRequest`], from [`WorkflowUpdateRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct WorkflowUpdateRequest {
    /// Whether to make the workflow available in the chat assistant
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `available_in_chat_assistant`.
        pub fn available_in_chat_assistant(&mut self, v: impl Into<bool>) {
            self.available_in_chat_assistant = Some(v.into());
        }
        /// Sets `available_in_chat_assistant` from an `Option` (`None` leaves it unset).
        pub fn maybe_available_in_chat_assistant(&mut self, v: Option<impl Into<bool>>) {
            self.available_in_chat_assistant = v.map(Into::into);
        }
    ))]
    pub available_in_chat_assistant: Option<bool>,
    /// New description value
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `description`.
        pub fn description(&mut self, v: impl Into<String>) {
            self.description = Some(v.into());
        }
        /// Sets `description` from an `Option` (`None` leaves it unset).
        pub fn maybe_description(&mut self, v: Option<impl Into<String>>) {
            self.description = v.map(Into::into);
        }
    ))]
    pub description: Option<String>,
    /// New display name value
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `display_name`.
        pub fn display_name(&mut self, v: impl Into<String>) {
            self.display_name = Some(v.into());
        }
        /// Sets `display_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_display_name(&mut self, v: Option<impl Into<String>>) {
            self.display_name = v.map(Into::into);
        }
    ))]
    pub display_name: Option<String>,
    /// New tags. Replaces the existing tag list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `tags`.
        pub fn tags(&mut self, v: impl Into<Vec<String>>) {
            self.tags = Some(v.into());
        }
        /// Sets `tags` from an `Option` (`None` leaves it unset).
        pub fn maybe_tags(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.tags = v.map(Into::into);
        }
    ))]
    pub tags: Option<Vec<String>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowUpdateRequest {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if let Some(v) = &self.display_name {
            let n = v.chars().count();
            if n > 128 {
                c.push(
                    format!("{at}display_name"),
                    format!("{n} characters: at most 128 allowed"),
                );
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "available_in_chat_assistant",
                    "description",
                    "display_name",
                    "tags",
                ],
            );
        }
    }
}

impl crate::ApiRequest for WorkflowUpdateRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// WorkflowUpdateResponse
///
/// Generated from schema `WorkflowUpdateResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowUpdateResponse {
    /// Updated workflow
    #[serde(default)]
    pub workflow: super::Workflow,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowWithWorkerStatus
///
/// Generated from schema `WorkflowWithWorkerStatus` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowWithWorkerStatus {
    /// Whether the workflow is active
    #[serde(default)]
    pub active: bool,
    /// Whether the workflow is archived
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// Whether the workflow is available in chat assistant
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_in_chat_assistant: Option<bool>,
    /// Customer ID of the workflow
    #[serde(default)]
    pub customer_id: String,
    /// Description of the workflow
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Display name of the workflow
    #[serde(default)]
    pub display_name: String,
    /// Unique identifier of the workflow
    #[serde(default)]
    pub id: String,
    /// Whether the workflow is technical (e.g. SDK-managed)
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_technical: Option<bool>,
    /// Name of the workflow
    #[serde(default)]
    pub name: String,
    /// Reserved namespace for shared workflows (e.g., 'shared:my-shared-workflow')
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_namespace: Option<String>,
    /// Tags for filtering and discovery
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Type of the workflow
    #[serde(default)]
    pub r#type: super::WorkflowType,
    /// Workspace ID of the workflow
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Response Execute Workflow Registration V1 Workflows Registrations  Workflow Registration Id  Execute Post
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowsExecuteWorkflowRegistrationResponse {
    /// One of the shapes the spec allows.
    WorkflowExecutionResponse(super::WorkflowExecutionResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionSyncResponse(super::WorkflowExecutionSyncResponse),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkflowsExecuteWorkflowRegistrationResponse {
    fn default() -> Self {
        WorkflowsExecuteWorkflowRegistrationResponse::Other(serde_json::Value::Null)
    }
}

/// Response Execute Workflow V1 Workflows  Workflow Identifier  Execute Post
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowsExecuteWorkflowResponse {
    /// One of the shapes the spec allows.
    WorkflowExecutionResponse(super::WorkflowExecutionResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionSyncResponse(super::WorkflowExecutionSyncResponse),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkflowsExecuteWorkflowResponse {
    fn default() -> Self {
        WorkflowsExecuteWorkflowResponse::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `WorkflowsGetWorkflowsDeploymentStatus` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkflowsGetWorkflowsDeploymentStatus {
        /// `active`
        Active = "active",
        /// `inactive`
        Inactive = "inactive",
    }
}

impl Default for WorkflowsGetWorkflowsDeploymentStatus {
    fn default() -> Self {
        WorkflowsGetWorkflowsDeploymentStatus::Other(String::new())
    }
}

impl crate::generated::QueryValue for WorkflowsGetWorkflowsDeploymentStatus {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// Sort direction
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkflowsGetWorkflowsOrder {
        /// `asc`
        Asc = "asc",
        /// `desc`
        Desc = "desc",
    }
}

impl Default for WorkflowsGetWorkflowsOrder {
    fn default() -> Self {
        WorkflowsGetWorkflowsOrder::Other(String::new())
    }
}

impl crate::generated::QueryValue for WorkflowsGetWorkflowsOrder {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// Filter by workflow status
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowsGetWorkflowsStatus {
    /// One of the shapes the spec allows.
    WorkflowExecutionStatus(super::WorkflowExecutionStatus),
    /// One of the shapes the spec allows.
    List(Vec<super::WorkflowExecutionStatus>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkflowsGetWorkflowsStatus {
    fn default() -> Self {
        WorkflowsGetWorkflowsStatus::Other(serde_json::Value::Null)
    }
}

impl crate::generated::QueryValue for WorkflowsGetWorkflowsStatus {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, &serde_json::to_string(self).unwrap_or_default());
    }
}

/// The query parameters of `client.workflows().get_workflows`: `GET /v1/workflows` (`get_workflows_v1_workflows_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsGetWorkflowsQuery`], from [`WorkflowsGetWorkflowsQuery::builder`]."
    )
)]
pub struct WorkflowsGetWorkflowsQuery {
    /// Filter by workflow status
    #[builder(via_mutators, mutators(
        /// Sets `status`.
        pub fn status(&mut self, v: impl Into<super::WorkflowsGetWorkflowsStatus>) {
            self.status = Some(v.into());
        }
        /// Sets `status` from an `Option` (`None` leaves it unset).
        pub fn maybe_status(&mut self, v: Option<impl Into<super::WorkflowsGetWorkflowsStatus>>) {
            self.status = v.map(Into::into);
        }
    ))]
    pub status: Option<super::WorkflowsGetWorkflowsStatus>,
    /// Whether to include shared workflows
    #[builder(via_mutators, mutators(
        /// Sets `include_shared`.
        pub fn include_shared(&mut self, v: impl Into<bool>) {
            self.include_shared = Some(v.into());
        }
        /// Sets `include_shared` from an `Option` (`None` leaves it unset).
        pub fn maybe_include_shared(&mut self, v: Option<impl Into<bool>>) {
            self.include_shared = v.map(Into::into);
        }
    ))]
    pub include_shared: Option<bool>,
    /// Whether to only return workflows available in chat assistant
    #[builder(via_mutators, mutators(
        /// Sets `available_in_chat_assistant`.
        pub fn available_in_chat_assistant(&mut self, v: impl Into<bool>) {
            self.available_in_chat_assistant = Some(v.into());
        }
        /// Sets `available_in_chat_assistant` from an `Option` (`None` leaves it unset).
        pub fn maybe_available_in_chat_assistant(&mut self, v: Option<impl Into<bool>>) {
            self.available_in_chat_assistant = v.map(Into::into);
        }
    ))]
    pub available_in_chat_assistant: Option<bool>,
    /// Filter by deployment name(s)
    #[builder(via_mutators, mutators(
        /// Sets `deployment_name`.
        pub fn deployment_name(&mut self, v: impl Into<Vec<String>>) {
            self.deployment_name = Some(v.into());
        }
        /// Sets `deployment_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_deployment_name(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.deployment_name = v.map(Into::into);
        }
    ))]
    pub deployment_name: Option<Vec<String>>,
    /// Filter by deployment activity. active=only active, inactive=only inactive, None=no filter
    #[builder(via_mutators, mutators(
        /// Sets `deployment_status`.
        pub fn deployment_status(&mut self, v: impl Into<super::WorkflowsGetWorkflowsDeploymentStatus>) {
            self.deployment_status = Some(v.into());
        }
        /// Sets `deployment_status` from an `Option` (`None` leaves it unset).
        pub fn maybe_deployment_status(&mut self, v: Option<impl Into<super::WorkflowsGetWorkflowsDeploymentStatus>>) {
            self.deployment_status = v.map(Into::into);
        }
    ))]
    pub deployment_status: Option<super::WorkflowsGetWorkflowsDeploymentStatus>,
    /// Filter by archived state. False=exclude archived, True=only archived, None=include all
    #[builder(via_mutators, mutators(
        /// Sets `archived`.
        pub fn archived(&mut self, v: impl Into<bool>) {
            self.archived = Some(v.into());
        }
        /// Sets `archived` from an `Option` (`None` leaves it unset).
        pub fn maybe_archived(&mut self, v: Option<impl Into<bool>>) {
            self.archived = v.map(Into::into);
        }
    ))]
    pub archived: Option<bool>,
    /// Filter to workflows tagged with all listed tags (AND).
    #[builder(via_mutators, mutators(
        /// Sets `tags`.
        pub fn tags(&mut self, v: impl Into<Vec<String>>) {
            self.tags = Some(v.into());
        }
        /// Sets `tags` from an `Option` (`None` leaves it unset).
        pub fn maybe_tags(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.tags = v.map(Into::into);
        }
    ))]
    pub tags: Option<Vec<String>>,
    /// Field to sort by
    #[builder(via_mutators, mutators(
        /// Sets `sort_by`.
        pub fn sort_by(&mut self, v: impl Into<String>) {
            self.sort_by = Some(v.into());
        }
        /// Sets `sort_by` from an `Option` (`None` leaves it unset).
        pub fn maybe_sort_by(&mut self, v: Option<impl Into<String>>) {
            self.sort_by = v.map(Into::into);
        }
    ))]
    pub sort_by: Option<String>,
    /// Sort direction
    #[builder(via_mutators, mutators(
        /// Sets `order`.
        pub fn order(&mut self, v: impl Into<super::WorkflowsGetWorkflowsOrder>) {
            self.order = Some(v.into());
        }
        /// Sets `order` from an `Option` (`None` leaves it unset).
        pub fn maybe_order(&mut self, v: Option<impl Into<super::WorkflowsGetWorkflowsOrder>>) {
            self.order = v.map(Into::into);
        }
    ))]
    pub order: Option<super::WorkflowsGetWorkflowsOrder>,
    /// The cursor for pagination
    #[builder(via_mutators, mutators(
        /// Sets `cursor`.
        pub fn cursor(&mut self, v: impl Into<String>) {
            self.cursor = Some(v.into());
        }
        /// Sets `cursor` from an `Option` (`None` leaves it unset).
        pub fn maybe_cursor(&mut self, v: Option<impl Into<String>>) {
            self.cursor = v.map(Into::into);
        }
    ))]
    pub cursor: Option<String>,
    /// The maximum number of workflows to return
    #[builder(via_mutators, mutators(
        /// Sets `limit`.
        pub fn limit(&mut self, v: impl Into<i64>) {
            self.limit = Some(v.into());
        }
        /// Sets `limit` from an `Option` (`None` leaves it unset).
        pub fn maybe_limit(&mut self, v: Option<impl Into<i64>>) {
            self.limit = v.map(Into::into);
        }
    ))]
    pub limit: Option<i64>,
    /// Deprecated: use deployment\_status instead
    #[builder(via_mutators, mutators(
        /// Sets `active_only`.
        pub fn active_only(&mut self, v: impl Into<bool>) {
            self.active_only = Some(v.into());
        }
        /// Sets `active_only` from an `Option` (`None` leaves it unset).
        pub fn maybe_active_only(&mut self, v: Option<impl Into<bool>>) {
            self.active_only = v.map(Into::into);
        }
    ))]
    pub active_only: Option<bool>,
    /// Fuzzy search query for workflow name, display name, description, or ID
    #[builder(via_mutators, mutators(
        /// Sets `search`.
        pub fn search(&mut self, v: impl Into<String>) {
            self.search = Some(v.into());
        }
        /// Sets `search` from an `Option` (`None` leaves it unset).
        pub fn maybe_search(&mut self, v: Option<impl Into<String>>) {
            self.search = v.map(Into::into);
        }
    ))]
    pub search: Option<String>,
}

impl WorkflowsGetWorkflowsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.status, &mut q, "status");
        crate::generated::QueryValue::push_to(&self.include_shared, &mut q, "include_shared");
        crate::generated::QueryValue::push_to(
            &self.available_in_chat_assistant,
            &mut q,
            "available_in_chat_assistant",
        );
        crate::generated::QueryValue::push_to(&self.deployment_name, &mut q, "deployment_name");
        crate::generated::QueryValue::push_to(&self.deployment_status, &mut q, "deployment_status");
        crate::generated::QueryValue::push_to(&self.archived, &mut q, "archived");
        crate::generated::QueryValue::push_to(&self.tags, &mut q, "tags");
        crate::generated::QueryValue::push_to(&self.sort_by, &mut q, "sort_by");
        crate::generated::QueryValue::push_to(&self.order, &mut q, "order");
        crate::generated::QueryValue::push_to(&self.cursor, &mut q, "cursor");
        crate::generated::QueryValue::push_to(&self.limit, &mut q, "limit");
        crate::generated::QueryValue::push_to(&self.active_only, &mut q, "active_only");
        crate::generated::QueryValue::push_to(&self.search, &mut q, "search");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.limit {
            if (*v as f64) < 1.0 {
                c.push("limit", format!("{} is out of range: must be at least 1", v));
            }
            if (*v as f64) > 1000.0 {
                c.push("limit", format!("{} is out of range: must be at most 1000", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.workflows().get_workflow_registrations`: `GET /v1/workflows/registrations` (`get_workflow_registrations_v1_workflows_registrations_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsGetWorkflowRegistrationsQuery`], from [`WorkflowsGetWorkflowRegistrationsQuery::builder`]."
    )
)]
pub struct WorkflowsGetWorkflowRegistrationsQuery {
    /// The workflow ID to filter by
    #[builder(via_mutators, mutators(
        /// Sets `workflow_id`.
        pub fn workflow_id(&mut self, v: impl Into<String>) {
            self.workflow_id = Some(v.into());
        }
        /// Sets `workflow_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_id(&mut self, v: Option<impl Into<String>>) {
            self.workflow_id = v.map(Into::into);
        }
    ))]
    pub workflow_id: Option<String>,
    /// The task queue to filter by
    #[builder(via_mutators, mutators(
        /// Sets `task_queue`.
        pub fn task_queue(&mut self, v: impl Into<String>) {
            self.task_queue = Some(v.into());
        }
        /// Sets `task_queue` from an `Option` (`None` leaves it unset).
        pub fn maybe_task_queue(&mut self, v: Option<impl Into<String>>) {
            self.task_queue = v.map(Into::into);
        }
    ))]
    pub task_queue: Option<String>,
    /// Whether to only return active workflows versions
    #[builder(via_mutators, mutators(
        /// Sets `active_only`.
        pub fn active_only(&mut self, v: impl Into<bool>) {
            self.active_only = Some(v.into());
        }
        /// Sets `active_only` from an `Option` (`None` leaves it unset).
        pub fn maybe_active_only(&mut self, v: Option<impl Into<bool>>) {
            self.active_only = v.map(Into::into);
        }
    ))]
    pub active_only: Option<bool>,
    /// Whether to include shared workflow versions
    #[builder(via_mutators, mutators(
        /// Sets `include_shared`.
        pub fn include_shared(&mut self, v: impl Into<bool>) {
            self.include_shared = Some(v.into());
        }
        /// Sets `include_shared` from an `Option` (`None` leaves it unset).
        pub fn maybe_include_shared(&mut self, v: Option<impl Into<bool>>) {
            self.include_shared = v.map(Into::into);
        }
    ))]
    pub include_shared: Option<bool>,
    /// The workflow name to filter by
    #[builder(via_mutators, mutators(
        /// Sets `workflow_search`.
        pub fn workflow_search(&mut self, v: impl Into<String>) {
            self.workflow_search = Some(v.into());
        }
        /// Sets `workflow_search` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_search(&mut self, v: Option<impl Into<String>>) {
            self.workflow_search = v.map(Into::into);
        }
    ))]
    pub workflow_search: Option<String>,
    /// Filter by archived state. False=exclude archived, True=only archived, None=include all
    #[builder(via_mutators, mutators(
        /// Sets `archived`.
        pub fn archived(&mut self, v: impl Into<bool>) {
            self.archived = Some(v.into());
        }
        /// Sets `archived` from an `Option` (`None` leaves it unset).
        pub fn maybe_archived(&mut self, v: Option<impl Into<bool>>) {
            self.archived = v.map(Into::into);
        }
    ))]
    pub archived: Option<bool>,
    /// Whether to include the workflow definition
    #[builder(via_mutators, mutators(
        /// Sets `with_workflow`.
        pub fn with_workflow(&mut self, v: impl Into<bool>) {
            self.with_workflow = Some(v.into());
        }
        /// Sets `with_workflow` from an `Option` (`None` leaves it unset).
        pub fn maybe_with_workflow(&mut self, v: Option<impl Into<bool>>) {
            self.with_workflow = v.map(Into::into);
        }
    ))]
    pub with_workflow: Option<bool>,
    /// Whether to only return workflows available in chat assistant
    #[builder(via_mutators, mutators(
        /// Sets `available_in_chat_assistant`.
        pub fn available_in_chat_assistant(&mut self, v: impl Into<bool>) {
            self.available_in_chat_assistant = Some(v.into());
        }
        /// Sets `available_in_chat_assistant` from an `Option` (`None` leaves it unset).
        pub fn maybe_available_in_chat_assistant(&mut self, v: Option<impl Into<bool>>) {
            self.available_in_chat_assistant = v.map(Into::into);
        }
    ))]
    pub available_in_chat_assistant: Option<bool>,
    /// The maximum number of workflows versions to return
    #[builder(via_mutators, mutators(
        /// Sets `limit`.
        pub fn limit(&mut self, v: impl Into<i64>) {
            self.limit = Some(v.into());
        }
        /// Sets `limit` from an `Option` (`None` leaves it unset).
        pub fn maybe_limit(&mut self, v: Option<impl Into<i64>>) {
            self.limit = v.map(Into::into);
        }
    ))]
    pub limit: Option<i64>,
    /// The cursor for pagination
    #[builder(via_mutators, mutators(
        /// Sets `cursor`.
        pub fn cursor(&mut self, v: impl Into<String>) {
            self.cursor = Some(v.into());
        }
        /// Sets `cursor` from an `Option` (`None` leaves it unset).
        pub fn maybe_cursor(&mut self, v: Option<impl Into<String>>) {
            self.cursor = v.map(Into::into);
        }
    ))]
    pub cursor: Option<String>,
    /// Exact workflow name to filter by
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[builder(via_mutators, mutators(
        /// Sets `workflow_name`.
        pub fn workflow_name(&mut self, v: impl Into<String>) {
            self.workflow_name = Some(v.into());
        }
        /// Sets `workflow_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_name(&mut self, v: Option<impl Into<String>>) {
            self.workflow_name = v.map(Into::into);
        }
    ))]
    pub workflow_name: Option<String>,
}

impl WorkflowsGetWorkflowRegistrationsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.workflow_id, &mut q, "workflow_id");
        crate::generated::QueryValue::push_to(&self.task_queue, &mut q, "task_queue");
        crate::generated::QueryValue::push_to(&self.active_only, &mut q, "active_only");
        crate::generated::QueryValue::push_to(&self.include_shared, &mut q, "include_shared");
        crate::generated::QueryValue::push_to(&self.workflow_search, &mut q, "workflow_search");
        crate::generated::QueryValue::push_to(&self.archived, &mut q, "archived");
        crate::generated::QueryValue::push_to(&self.with_workflow, &mut q, "with_workflow");
        crate::generated::QueryValue::push_to(
            &self.available_in_chat_assistant,
            &mut q,
            "available_in_chat_assistant",
        );
        crate::generated::QueryValue::push_to(&self.limit, &mut q, "limit");
        crate::generated::QueryValue::push_to(&self.cursor, &mut q, "cursor");
        crate::generated::QueryValue::push_to(&self.workflow_name, &mut q, "workflow_name");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.limit {
            if (*v as f64) < 1.0 {
                c.push("limit", format!("{} is out of range: must be at least 1", v));
            }
            if (*v as f64) > 1000.0 {
                c.push("limit", format!("{} is out of range: must be at most 1000", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.workflows().get_workflow_registration`: `GET /v1/workflows/registrations/{workflow_registration_id}` (`get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsGetWorkflowRegistrationQuery`], from [`WorkflowsGetWorkflowRegistrationQuery::builder`]."
    )
)]
pub struct WorkflowsGetWorkflowRegistrationQuery {
    /// Whether to include the workflow definition
    #[builder(via_mutators, mutators(
        /// Sets `with_workflow`.
        pub fn with_workflow(&mut self, v: impl Into<bool>) {
            self.with_workflow = Some(v.into());
        }
        /// Sets `with_workflow` from an `Option` (`None` leaves it unset).
        pub fn maybe_with_workflow(&mut self, v: Option<impl Into<bool>>) {
            self.with_workflow = v.map(Into::into);
        }
    ))]
    pub with_workflow: Option<bool>,
    /// Whether to include shared workflow versions
    #[builder(via_mutators, mutators(
        /// Sets `include_shared`.
        pub fn include_shared(&mut self, v: impl Into<bool>) {
            self.include_shared = Some(v.into());
        }
        /// Sets `include_shared` from an `Option` (`None` leaves it unset).
        pub fn maybe_include_shared(&mut self, v: Option<impl Into<bool>>) {
            self.include_shared = v.map(Into::into);
        }
    ))]
    pub include_shared: Option<bool>,
}

impl WorkflowsGetWorkflowRegistrationQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.with_workflow, &mut q, "with_workflow");
        crate::generated::QueryValue::push_to(&self.include_shared, &mut q, "include_shared");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        c.finish()
    }
}
