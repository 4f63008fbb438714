// generated from the spec by `cargo xtask codegen`: do not edit
//! Wire types more than one API group uses.

/// Attributes for activity task completed events.
///
/// Generated from schema `ActivityTaskCompletedAttributesResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActivityTaskCompletedAttributesResponse {
    /// The registered name of the activity being executed.
    #[serde(default)]
    pub activity_name: String,
    /// The result returned by the activity.
    #[serde(default)]
    pub result: JsonPayloadResponse,
    /// Unique identifier for the activity task within the workflow.
    #[serde(default)]
    pub task_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when an activity task completes successfully.
///
/// Contains timing information about the successful execution.
///
/// Generated from schema `ActivityTaskCompletedResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActivityTaskCompletedResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: ActivityTaskCompletedAttributesResponse,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"ACTIVITY_TASK_COMPLETED"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for activity task failed events (final failure after all retries).
///
/// Generated from schema `ActivityTaskFailedAttributes` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActivityTaskFailedAttributes {
    /// The registered name of the activity being executed.
    #[serde(default)]
    pub activity_name: String,
    /// The final attempt number that failed (1-indexed).
    #[serde(default)]
    pub attempt: i64,
    /// Details about the failure that caused the activity to fail.
    #[serde(default)]
    pub failure: Failure,
    /// Unique identifier for the activity task within the workflow.
    #[serde(default)]
    pub task_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when an activity task fails after exhausting all retry attempts.
///
/// This is a terminal event indicating the activity could not complete successfully.
///
/// Generated from schema `ActivityTaskFailedResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActivityTaskFailedResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: ActivityTaskFailedAttributes,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"ACTIVITY_TASK_FAILED"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for activity task retrying events.
///
/// Generated from schema `ActivityTaskRetryingAttributes` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActivityTaskRetryingAttributes {
    /// The registered name of the activity being executed.
    #[serde(default)]
    pub activity_name: String,
    /// The attempt number that failed (1-indexed).
    #[serde(default)]
    pub attempt: i64,
    /// Details about the failure that caused the retry.
    #[serde(default)]
    pub failure: Failure,
    /// Unique identifier for the activity task within the workflow.
    #[serde(default)]
    pub task_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when an activity task fails and will be retried.
///
/// Contains information about the failed attempt and the error that occurred.
///
/// Generated from schema `ActivityTaskRetryingResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActivityTaskRetryingResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: ActivityTaskRetryingAttributes,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"ACTIVITY_TASK_RETRYING"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for activity task started events.
///
/// Generated from schema `ActivityTaskStartedAttributesResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActivityTaskStartedAttributesResponse {
    /// The registered name of the activity being executed.
    #[serde(default)]
    pub activity_name: String,
    /// The input arguments passed to the activity.
    #[serde(default)]
    pub input: JsonPayloadResponse,
    /// Unique identifier for the activity task within the workflow.
    #[serde(default)]
    pub task_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when an activity task begins execution.
///
/// This is the first event for an activity, emitted on the first attempt only.
/// Subsequent retry attempts emit ACTIVITY\_TASK\_RETRYING instead.
///
/// Generated from schema `ActivityTaskStartedResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActivityTaskStartedResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: ActivityTaskStartedAttributesResponse,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"ACTIVITY_TASK_STARTED"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Presence wrapper for a set of alias labels on update RPCs. As a message field it carries presence, so callers can distinguish "leave aliases unchanged" (field omitted) from "clear all aliases" (field set, empty ``values``).
///
/// Generated from schema `AliasList` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AliasList`], from [`AliasList::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AliasList {
    /// values
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `values`.
        pub fn values(&mut self, v: impl Into<Vec<String>>) {
            self.values = Some(v.into());
        }
        /// Sets `values` from an `Option` (`None` leaves it unset).
        pub fn maybe_values(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.values = v.map(Into::into);
        }
    ))]
    pub values: Option<Vec<String>>,
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

impl AliasList {
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
            c.extra(&self.extra, &["values"]);
        }
    }
}

impl crate::ApiRequest for AliasList {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Attributes for custom task canceled events.
///
/// Generated from schema `CustomTaskCanceledAttributes` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomTaskCanceledAttributes {
    /// Unique identifier for the custom task within the workflow.
    #[serde(default)]
    pub custom_task_id: String,
    /// The type/category of the custom task (e.g., 'llm\_call', 'api\_request').
    #[serde(default)]
    pub custom_task_type: String,
    /// Optional reason provided for the cancellation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when a custom task is canceled.
///
/// Indicates the task was explicitly stopped before completion.
///
/// Generated from schema `CustomTaskCanceledResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomTaskCanceledResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: CustomTaskCanceledAttributes,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"CUSTOM_TASK_CANCELED"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for custom task completed events.
///
/// Generated from schema `CustomTaskCompletedAttributesResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomTaskCompletedAttributesResponse {
    /// Unique identifier for the custom task within the workflow.
    #[serde(default)]
    pub custom_task_id: String,
    /// The type/category of the custom task (e.g., 'llm\_call', 'api\_request').
    #[serde(default)]
    pub custom_task_type: String,
    /// The final result of the custom task.
    #[serde(default)]
    pub payload: JsonPayloadResponse,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when a custom task completes successfully.
///
/// Contains the final result of the task execution.
///
/// Generated from schema `CustomTaskCompletedResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomTaskCompletedResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: CustomTaskCompletedAttributesResponse,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"CUSTOM_TASK_COMPLETED"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for custom task failed events.
///
/// Generated from schema `CustomTaskFailedAttributes` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomTaskFailedAttributes {
    /// Unique identifier for the custom task within the workflow.
    #[serde(default)]
    pub custom_task_id: String,
    /// The type/category of the custom task (e.g., 'llm\_call', 'api\_request').
    #[serde(default)]
    pub custom_task_type: String,
    /// Details about the failure that caused the task to fail.
    #[serde(default)]
    pub failure: Failure,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when a custom task fails.
///
/// Contains details about the failure for debugging and error handling.
///
/// Generated from schema `CustomTaskFailedResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomTaskFailedResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: CustomTaskFailedAttributes,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"CUSTOM_TASK_FAILED"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for custom task in-progress events with streaming updates.
///
/// Generated from schema `CustomTaskInProgressAttributesResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomTaskInProgressAttributesResponse {
    /// Unique identifier for the custom task within the workflow.
    #[serde(default)]
    pub custom_task_id: String,
    /// The type/category of the custom task (e.g., 'llm\_call', 'api\_request').
    #[serde(default)]
    pub custom_task_type: String,
    /// The current state or incremental update for the task.
    #[serde(default)]
    pub payload: CustomTaskInProgressAttributesResponsePayload,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::generated::spec_union! {
    /// The current state or incremental update for the task.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum CustomTaskInProgressAttributesResponsePayload : "type" {
        /// `type: json`
        "json" => Json(JsonPayloadResponse),
        /// `type: json_patch`
        "json_patch" => JsonPatch(JsonPatchPayloadResponse),
    }
}

/// Emitted during custom task execution to report progress.
///
/// This event supports streaming updates via JSON or JSON Patch payloads,
/// enabling real-time progress tracking for long-running tasks.
///
/// Generated from schema `CustomTaskInProgressResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomTaskInProgressResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: CustomTaskInProgressAttributesResponse,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"CUSTOM_TASK_IN_PROGRESS"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for custom task started events.
///
/// Generated from schema `CustomTaskStartedAttributesResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomTaskStartedAttributesResponse {
    /// Unique identifier for the custom task within the workflow.
    #[serde(default)]
    pub custom_task_id: String,
    /// The type/category of the custom task (e.g., 'llm\_call', 'api\_request').
    #[serde(default)]
    pub custom_task_type: String,
    /// The initial state or payload for the custom task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<JsonPayloadResponse>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when a custom task begins execution.
///
/// Custom tasks represent user-defined units of work within a workflow,
/// such as LLM calls, API requests, or data processing steps.
///
/// Generated from schema `CustomTaskStartedResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomTaskStartedResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: CustomTaskStartedAttributesResponse,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"CUSTOM_TASK_STARTED"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for custom task timed out events.
///
/// Generated from schema `CustomTaskTimedOutAttributes` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomTaskTimedOutAttributes {
    /// Unique identifier for the custom task within the workflow.
    #[serde(default)]
    pub custom_task_id: String,
    /// The type/category of the custom task (e.g., 'llm\_call', 'api\_request').
    #[serde(default)]
    pub custom_task_type: String,
    /// The type of timeout that occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_type: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when a custom task exceeds its timeout.
///
/// Indicates the task did not complete within its configured time limit.
///
/// Generated from schema `CustomTaskTimedOutResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomTaskTimedOutResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: CustomTaskTimedOutAttributes,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"CUSTOM_TASK_TIMED_OUT"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// EncodedPayloadOptions
    ///
    /// Generated from schema `EncodedPayloadOptions` of the published spec (`spec/mistral-openapi.json`).
    pub enum EncodedPayloadOptions {
        /// `offloaded`
        Offloaded = "offloaded",
        /// `encrypted`
        Encrypted = "encrypted",
        /// `encrypted-partial`
        EncryptedPartial = "encrypted-partial",
        /// `compressed`
        Compressed = "compressed",
    }
}

impl Default for EncodedPayloadOptions {
    fn default() -> Self {
        EncodedPayloadOptions::Other(String::new())
    }
}

/// Wrapper for encrypted patch values in selective json\_patch encryption.
///
/// When partial encryption mode is enabled and a patch targets an EncryptedStrField,
/// the patch value is encrypted and wrapped in this structure.
///
/// The type field acts as a discriminator to distinguish this from user data.
///
/// Generated from schema `EncryptedPatchValue` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EncryptedPatchValue {
    /// Type
    #[serde(default)]
    pub r#type: String,
    /// Value
    #[serde(default)]
    pub value: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Represents an error or exception that occurred during execution.
///
/// Generated from schema `Failure` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Failure {
    /// A human-readable description of the failure.
    #[serde(default)]
    pub message: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::generated::spec_union! {
    /// The `JSONPatch` object.
    ///
    /// Generated from schema `JSONPatch` of the published spec (`spec/mistral-openapi.json`).
    pub enum JsonPatch : "op" {
        /// `op: append`
        "append" => Append(JsonPatchAppend),
        /// `op: add`
        "add" => Add(JsonPatchAdd),
        /// `op: replace`
        "replace" => Replace(JsonPatchReplace),
        /// `op: remove`
        "remove" => Remove(JsonPatchRemove),
    }
}

/// JSONPatchAdd
///
/// Generated from schema `JSONPatchAdd` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JsonPatchAdd {
    /// Add operation
    #[serde(default)]
    pub op: String,
    /// A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string path (e.g., '/foo/bar'), '/', '', or an empty list \[\] for root-level operations.
    #[serde(default)]
    pub path: String,
    /// The value to use for the operation
    #[serde(default)]
    pub value: serde_json::Value,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// JSONPatchAppend
///
/// Generated from schema `JSONPatchAppend` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JsonPatchAppend {
    /// 'append' is an extension for efficient string concatenation in streaming scenarios.
    #[serde(default)]
    pub op: String,
    /// A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string path (e.g., '/foo/bar'), '/', '', or an empty list \[\] for root-level operations.
    #[serde(default)]
    pub path: String,
    /// The value to use for the operation. A string to append to the existing value, or an EncryptedPatchValue wrapper when encryption is applied.
    #[serde(default)]
    pub value: JsonPatchAppendValue,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The value to use for the operation. A string to append to the existing value, or an EncryptedPatchValue wrapper when encryption is applied.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum JsonPatchAppendValue {
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    EncryptedPatchValue(EncryptedPatchValue),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for JsonPatchAppendValue {
    fn default() -> Self {
        JsonPatchAppendValue::Other(serde_json::Value::Null)
    }
}

/// A payload containing a list of JSON Patch operations.
///
/// Used for streaming incremental updates to workflow state.
/// When encrypted, the value field contains base64-encoded encrypted data
/// and encoding\_options indicates the type of encryption applied.
///
/// Generated from schema `JSONPatchPayloadResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JsonPatchPayloadResponse {
    /// Encoding options applied to the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding_options: Option<Vec<EncodedPayloadOptions>>,
    /// Discriminator indicating this is a JSON Patch payload.
    ///
    /// The API's default: `"json_patch"`.
    #[serde(default)]
    pub r#type: String,
    /// The list of JSON Patch operations. When encrypted, contains base64-encoded data.
    #[serde(default)]
    pub value: JsonPatchPayloadValueResponse,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `JSONPatchPayloadValueResponse` object.
///
/// Generated from schema `JSONPatchPayloadValueResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum JsonPatchPayloadValueResponse {
    /// One of the shapes the spec allows.
    List(Vec<JsonPatch>),
    /// One of the shapes the spec allows.
    String(String),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for JsonPatchPayloadValueResponse {
    fn default() -> Self {
        JsonPatchPayloadValueResponse::Other(serde_json::Value::Null)
    }
}

/// JSONPatchRemove
///
/// Generated from schema `JSONPatchRemove` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JsonPatchRemove {
    /// Remove operation
    #[serde(default)]
    pub op: String,
    /// A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string path (e.g., '/foo/bar'), '/', '', or an empty list \[\] for root-level operations.
    #[serde(default)]
    pub path: String,
    /// The value to use for the operation
    #[serde(default)]
    pub value: serde_json::Value,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// JSONPatchReplace
///
/// Generated from schema `JSONPatchReplace` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JsonPatchReplace {
    /// Replace operation
    #[serde(default)]
    pub op: String,
    /// A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string path (e.g., '/foo/bar'), '/', '', or an empty list \[\] for root-level operations.
    #[serde(default)]
    pub path: String,
    /// The value to use for the operation
    #[serde(default)]
    pub value: serde_json::Value,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A payload containing arbitrary JSON data.
///
/// Used for complete state snapshots or final results.
/// When encrypted, the value field contains base64-encoded encrypted data
/// and encoding\_options indicates the type of encryption applied.
///
/// Generated from schema `JSONPayloadResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JsonPayloadResponse {
    /// Encoding options applied to the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding_options: Option<Vec<EncodedPayloadOptions>>,
    /// Discriminator indicating this is a raw JSON payload.
    ///
    /// The API's default: `"json"`.
    #[serde(default)]
    pub r#type: String,
    /// The JSON-serializable payload value. When encrypted, contains base64-encoded data.
    #[serde(default)]
    pub value: serde_json::Value,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// ListSortDirection
    ///
    /// Generated from schema `ListSortDirection` of the published spec (`spec/mistral-openapi.json`).
    pub enum ListSortDirection {
        /// `list_sort_direction_unspecified`
        ListSortDirectionUnspecified = "list_sort_direction_unspecified",
        /// `list_sort_direction_asc`
        ListSortDirectionAsc = "list_sort_direction_asc",
        /// `list_sort_direction_desc`
        ListSortDirectionDesc = "list_sort_direction_desc",
    }
}

impl Default for ListSortDirection {
    fn default() -> Self {
        ListSortDirection::Other(String::new())
    }
}

impl crate::generated::QueryValue for ListSortDirection {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// ListSortField
    ///
    /// Generated from schema `ListSortField` of the published spec (`spec/mistral-openapi.json`).
    pub enum ListSortField {
        /// `list_sort_field_unspecified`
        ListSortFieldUnspecified = "list_sort_field_unspecified",
        /// `list_sort_field_created_at`
        ListSortFieldCreatedAt = "list_sort_field_created_at",
        /// `list_sort_field_last_modified_at`
        ListSortFieldLastModifiedAt = "list_sort_field_last_modified_at",
        /// `list_sort_field_name`
        ListSortFieldName = "list_sort_field_name",
        /// `list_sort_field_title`
        ListSortFieldTitle = "list_sort_field_title",
    }
}

impl Default for ListSortField {
    fn default() -> Self {
        ListSortField::Other(String::new())
    }
}

impl crate::generated::QueryValue for ListSortField {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// RegistrySharingScope
    ///
    /// Generated from schema `RegistrySharingScope` of the published spec (`spec/mistral-openapi.json`).
    pub enum RegistrySharingScope {
        /// `sharing_scope_unspecified`
        SharingScopeUnspecified = "sharing_scope_unspecified",
        /// `private`
        Private = "private",
        /// `workspace`
        Workspace = "workspace",
    }
}

impl Default for RegistrySharingScope {
    fn default() -> Self {
        RegistrySharingScope::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// Relation a subject holds on a shared registry object.
    ///
    /// Generated from schema `ShareRelation` of the published spec (`spec/mistral-openapi.json`).
    pub enum ShareRelation {
        /// `share_relation_unspecified`
        ShareRelationUnspecified = "share_relation_unspecified",
        /// `reader`
        Reader = "reader",
        /// `writer`
        Writer = "writer",
    }
}

impl Default for ShareRelation {
    fn default() -> Self {
        ShareRelation::Other(String::new())
    }
}

/// StreamEventSseErrorData
///
/// Generated from schema `StreamEventSseErrorData` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StreamEventSseErrorData {
    /// Error
    #[serde(default)]
    pub error: String,
    /// Reason
    #[serde(default)]
    pub reason: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// StreamEventSsePayload
///
/// Generated from schema `StreamEventSsePayload` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StreamEventSsePayload {
    /// Broker Sequence
    #[serde(default)]
    pub broker_sequence: i64,
    /// Data
    #[serde(default)]
    pub data: StreamEventSsePayloadData,
    /// Metadata
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Stream
    #[serde(default)]
    pub stream: String,
    /// Timestamp
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// The `workflow_context` field.
    #[serde(default)]
    pub workflow_context: StreamEventWorkflowContext,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Data
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum StreamEventSsePayloadData {
    /// One of the shapes the spec allows.
    WorkflowExecutionStartedResponse(WorkflowExecutionStartedResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionCompletedResponse(WorkflowExecutionCompletedResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionFailedResponse(WorkflowExecutionFailedResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionCanceledResponse(WorkflowExecutionCanceledResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionContinuedAsNewResponse(WorkflowExecutionContinuedAsNewResponse),
    /// One of the shapes the spec allows.
    WorkflowTaskTimedOutResponse(WorkflowTaskTimedOutResponse),
    /// One of the shapes the spec allows.
    WorkflowTaskFailedResponse(WorkflowTaskFailedResponse),
    /// One of the shapes the spec allows.
    CustomTaskStartedResponse(CustomTaskStartedResponse),
    /// One of the shapes the spec allows.
    CustomTaskInProgressResponse(CustomTaskInProgressResponse),
    /// One of the shapes the spec allows.
    CustomTaskCompletedResponse(CustomTaskCompletedResponse),
    /// One of the shapes the spec allows.
    CustomTaskFailedResponse(CustomTaskFailedResponse),
    /// One of the shapes the spec allows.
    CustomTaskTimedOutResponse(CustomTaskTimedOutResponse),
    /// One of the shapes the spec allows.
    CustomTaskCanceledResponse(CustomTaskCanceledResponse),
    /// One of the shapes the spec allows.
    ActivityTaskStartedResponse(ActivityTaskStartedResponse),
    /// One of the shapes the spec allows.
    ActivityTaskCompletedResponse(ActivityTaskCompletedResponse),
    /// One of the shapes the spec allows.
    ActivityTaskRetryingResponse(ActivityTaskRetryingResponse),
    /// One of the shapes the spec allows.
    ActivityTaskFailedResponse(ActivityTaskFailedResponse),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for StreamEventSsePayloadData {
    fn default() -> Self {
        StreamEventSsePayloadData::Other(serde_json::Value::Null)
    }
}

/// StreamEventWorkflowContext
///
/// Generated from schema `StreamEventWorkflowContext` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StreamEventWorkflowContext {
    /// Namespace
    #[serde(default)]
    pub namespace: String,
    /// Parent Workflow Exec Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_workflow_exec_id: Option<String>,
    /// Root Workflow Exec Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_workflow_exec_id: Option<String>,
    /// Workflow Exec Id
    #[serde(default)]
    pub workflow_exec_id: String,
    /// Workflow Name
    #[serde(default)]
    pub workflow_name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// RFC 3339 timestamp.
///
/// Generated from schema `Timestamp` of the published spec (`spec/mistral-openapi.json`).
pub type Timestamp = String;

crate::macros::string_enum! {
    /// The `TriggersOwnerType` object.
    ///
    /// Generated from schema `TriggersOwnerType` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum TriggersOwnerType {
        /// `workspace`
        Workspace = "workspace",
        /// `user`
        User = "user",
    }
}

impl Default for TriggersOwnerType {
    fn default() -> Self {
        TriggersOwnerType::Other(String::new())
    }
}

/// Webhook
///
/// Generated from schema `Webhook` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Webhook {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `creator_id` field.
    #[serde(default)]
    pub creator_id: String,
    /// The `event_type_path` field.
    #[serde(default)]
    pub event_type_path: Option<String>,
    /// The `expires_at` field.
    #[serde(default)]
    pub expires_at: Option<String>,
    /// The `http_method` field.
    #[serde(default)]
    pub http_method: String,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `organization_id` field.
    #[serde(default)]
    pub organization_id: String,
    /// The `owner_type` field.
    #[serde(default)]
    pub owner_type: TriggersOwnerType,
    /// The `provider` field.
    #[serde(default)]
    pub provider: WebhookProvider,
    /// The `signature_encoding` field.
    #[serde(default)]
    pub signature_encoding: Option<WebhookSignatureEncoding>,
    /// The `signature_extractor_regex` field.
    #[serde(default)]
    pub signature_extractor_regex: Option<String>,
    /// The `signature_hash_algorithm` field.
    #[serde(default)]
    pub signature_hash_algorithm: Option<WebhookSignatureHashAlgorithm>,
    /// The `signature_header_name` field.
    #[serde(default)]
    pub signature_header_name: Option<String>,
    /// The `signature_payload_pattern` field.
    #[serde(default)]
    pub signature_payload_pattern: Option<String>,
    /// The `success_status_code` field.
    #[serde(default)]
    pub success_status_code: Option<i64>,
    /// The `timestamp_extractor_regex` field.
    #[serde(default)]
    pub timestamp_extractor_regex: Option<String>,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// The `url` field.
    #[serde(default)]
    pub url: String,
    /// The `url_verified` field.
    #[serde(default)]
    pub url_verified: Option<bool>,
    /// The `validity_period_second` field.
    #[serde(default)]
    pub validity_period_second: Option<i64>,
    /// The `workspace_id` field.
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `WebhookProvider` object.
    ///
    /// Generated from schema `WebhookProvider` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum WebhookProvider {
        /// `slack`
        Slack = "slack",
        /// `github`
        Github = "github",
        /// `notion`
        Notion = "notion",
        /// `lucca`
        Lucca = "lucca",
        /// `linear`
        Linear = "linear",
        /// `microsoft`
        Microsoft = "microsoft",
        /// `ashby`
        Ashby = "ashby",
        /// `custom`
        Custom = "custom",
    }
}

impl Default for WebhookProvider {
    fn default() -> Self {
        WebhookProvider::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `WebhookSignatureEncoding` object.
    ///
    /// Generated from schema `WebhookSignatureEncoding` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum WebhookSignatureEncoding {
        /// `hex`
        Hex = "hex",
        /// `base64`
        Base64 = "base64",
    }
}

impl Default for WebhookSignatureEncoding {
    fn default() -> Self {
        WebhookSignatureEncoding::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `WebhookSignatureHashAlgorithm` object.
    ///
    /// Generated from schema `WebhookSignatureHashAlgorithm` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum WebhookSignatureHashAlgorithm {
        /// `sha256`
        Sha256 = "sha256",
        /// `sha1`
        Sha1 = "sha1",
    }
}

impl Default for WebhookSignatureHashAlgorithm {
    fn default() -> Self {
        WebhookSignatureHashAlgorithm::Other(String::new())
    }
}

/// Attributes for workflow execution canceled events.
///
/// Generated from schema `WorkflowExecutionCanceledAttributes` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionCanceledAttributes {
    /// Workflow retry attempt number. 1 on first run and CAN; &gt;1 on workflow-level retries.
    ///
    /// The API's default: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempt: Option<i64>,
    /// Optional reason provided for the cancellation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Unique identifier for the task within the workflow execution.
    #[serde(default)]
    pub task_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when a workflow execution is canceled.
///
/// This is a terminal event indicating the workflow was explicitly canceled.
///
/// Generated from schema `WorkflowExecutionCanceledResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionCanceledResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: WorkflowExecutionCanceledAttributes,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"WORKFLOW_EXECUTION_CANCELED"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for workflow execution completed events.
///
/// Generated from schema `WorkflowExecutionCompletedAttributesResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionCompletedAttributesResponse {
    /// Workflow retry attempt number. 1 on first run and CAN; &gt;1 on workflow-level retries.
    ///
    /// The API's default: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempt: Option<i64>,
    /// The final result returned by the workflow.
    #[serde(default)]
    pub result: JsonPayloadResponse,
    /// Unique identifier for the task within the workflow execution.
    #[serde(default)]
    pub task_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when a workflow execution completes successfully.
///
/// This is a terminal event indicating the workflow finished without errors.
///
/// Generated from schema `WorkflowExecutionCompletedResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionCompletedResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: WorkflowExecutionCompletedAttributesResponse,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"WORKFLOW_EXECUTION_COMPLETED"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for workflow execution continued-as-new events.
///
/// Generated from schema `WorkflowExecutionContinuedAsNewAttributesResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionContinuedAsNewAttributesResponse {
    /// The input arguments passed to the new workflow execution.
    #[serde(default)]
    pub input: JsonPayloadResponse,
    /// The run ID of the new workflow execution that continues this workflow.
    #[serde(default)]
    pub new_execution_run_id: String,
    /// Unique identifier for the task within the workflow execution.
    #[serde(default)]
    pub task_id: String,
    /// The registered name of the continued workflow.
    #[serde(default)]
    pub workflow_name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when a workflow continues as a new execution.
///
/// This occurs when a workflow uses continue-as-new to reset its history
/// while maintaining logical continuity.
///
/// Generated from schema `WorkflowExecutionContinuedAsNewResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionContinuedAsNewResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: WorkflowExecutionContinuedAsNewAttributesResponse,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"WORKFLOW_EXECUTION_CONTINUED_AS_NEW"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for workflow execution failed events.
///
/// Generated from schema `WorkflowExecutionFailedAttributes` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionFailedAttributes {
    /// Workflow retry attempt number. 1 on first run and CAN; &gt;1 on workflow-level retries.
    ///
    /// The API's default: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempt: Option<i64>,
    /// Details about the failure that caused the workflow to fail.
    #[serde(default)]
    pub failure: Failure,
    /// Unique identifier for the task within the workflow execution.
    #[serde(default)]
    pub task_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when a workflow execution fails due to an unhandled exception.
///
/// This is a terminal event indicating the workflow ended with an error.
///
/// Generated from schema `WorkflowExecutionFailedResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionFailedResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: WorkflowExecutionFailedAttributes,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"WORKFLOW_EXECUTION_FAILED"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for workflow execution started events.
///
/// Generated from schema `WorkflowExecutionStartedAttributesResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionStartedAttributesResponse {
    /// Workflow retry attempt number. 1 on first run and CAN; &gt;1 on workflow-level retries.
    ///
    /// The API's default: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempt: Option<i64>,
    /// The user-friendly display name of the workflow, if available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The input arguments passed to the workflow.
    #[serde(default)]
    pub input: JsonPayloadResponse,
    /// Unique identifier for the task within the workflow execution.
    #[serde(default)]
    pub task_id: String,
    /// The registered name of the workflow being executed.
    #[serde(default)]
    pub workflow_name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when a workflow execution begins.
///
/// This is the first event in any workflow execution lifecycle.
///
/// Generated from schema `WorkflowExecutionStartedResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionStartedResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: WorkflowExecutionStartedAttributesResponse,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"WORKFLOW_EXECUTION_STARTED"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for workflow task failed events.
///
/// Generated from schema `WorkflowTaskFailedAttributes` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowTaskFailedAttributes {
    /// Details about the failure that caused the task to fail.
    #[serde(default)]
    pub failure: Failure,
    /// Unique identifier for the task within the workflow execution.
    #[serde(default)]
    pub task_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when a workflow task fails.
///
/// This indicates an error occurred during workflow task execution,
/// which may trigger a retry depending on configuration.
///
/// Generated from schema `WorkflowTaskFailedResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowTaskFailedResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: WorkflowTaskFailedAttributes,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"WORKFLOW_TASK_FAILED"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Attributes for workflow task timed out events.
///
/// Generated from schema `WorkflowTaskTimedOutAttributes` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowTaskTimedOutAttributes {
    /// Unique identifier for the task within the workflow execution.
    #[serde(default)]
    pub task_id: String,
    /// The type of timeout that occurred (e.g., 'START\_TO\_CLOSE', 'SCHEDULE\_TO\_START').
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_type: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Emitted when a workflow task times out.
///
/// This indicates the workflow task (a unit of workflow execution) exceeded
/// its configured timeout.
///
/// Generated from schema `WorkflowTaskTimedOutResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowTaskTimedOutResponse {
    /// Event-specific attributes.
    #[serde(default)]
    pub attributes: WorkflowTaskTimedOutAttributes,
    /// Run ID of the execution this run continued from. Non-null for continue-as-new runs.
    #[serde(default)]
    pub continued_run_id: Option<String>,
    /// Unique identifier for this event instance.
    #[serde(default)]
    pub event_id: String,
    /// Unix timestamp in nanoseconds when the event was created.
    #[serde(default)]
    pub event_timestamp: i64,
    /// Event type discriminator.
    ///
    /// The API's default: `"WORKFLOW_TASK_TIMED_OUT"`.
    #[serde(default)]
    pub event_type: String,
    /// Run ID of the first execution in this workflow chain. Equals workflow\_run\_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run.
    #[serde(default)]
    pub first_execution_run_id: Option<String>,
    /// Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set.
    #[serde(default)]
    pub parent_workflow_exec_id: Option<String>,
    /// Execution ID of the root workflow that initiated this execution chain.
    #[serde(default)]
    pub root_workflow_exec_id: String,
    /// Temporal schedule ID that triggered this execution, if any.
    #[serde(default)]
    pub schedule_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_exec_id: String,
    /// The registered name of the workflow that emitted this event.
    #[serde(default)]
    pub workflow_name: String,
    /// Run ID of the workflow execution. Changes on continue-as-new while workflow\_exec\_id stays the same.
    #[serde(default)]
    pub workflow_run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
