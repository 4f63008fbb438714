// generated from the spec by `cargo xtask codegen`: do not edit

/// The `EventsGetStreamEventsEventData` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum EventsGetStreamEventsEventData {
    /// One of the shapes the spec allows.
    StreamEventSsePayload(crate::generated::common::StreamEventSsePayload),
    /// One of the shapes the spec allows.
    StreamEventSseErrorData(crate::generated::common::StreamEventSseErrorData),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for EventsGetStreamEventsEventData {
    fn default() -> Self {
        EventsGetStreamEventsEventData::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// Scope
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum EventsGetStreamEventsScope {
        /// `activity`
        Activity = "activity",
        /// `workflow`
        Workflow = "workflow",
        /// `*`
        Value = "*",
    }
}

impl Default for EventsGetStreamEventsScope {
    fn default() -> Self {
        EventsGetStreamEventsScope::Other(String::new())
    }
}

impl crate::generated::QueryValue for EventsGetStreamEventsScope {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// ListWorkflowEventResponse
///
/// Generated from schema `ListWorkflowEventResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListWorkflowEventResponse {
    /// List of workflow events.
    #[serde(default)]
    pub events: Vec<super::ListWorkflowEventResponseEventsItem>,
    /// Cursor for pagination.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `ListWorkflowEventResponseEventsItem` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ListWorkflowEventResponseEventsItem {
    /// One of the shapes the spec allows.
    WorkflowExecutionStartedResponse(crate::generated::common::WorkflowExecutionStartedResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionCompletedResponse(crate::generated::common::WorkflowExecutionCompletedResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionFailedResponse(crate::generated::common::WorkflowExecutionFailedResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionCanceledResponse(crate::generated::common::WorkflowExecutionCanceledResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionContinuedAsNewResponse(
        crate::generated::common::WorkflowExecutionContinuedAsNewResponse,
    ),
    /// One of the shapes the spec allows.
    WorkflowTaskTimedOutResponse(crate::generated::common::WorkflowTaskTimedOutResponse),
    /// One of the shapes the spec allows.
    WorkflowTaskFailedResponse(crate::generated::common::WorkflowTaskFailedResponse),
    /// One of the shapes the spec allows.
    CustomTaskStartedResponse(crate::generated::common::CustomTaskStartedResponse),
    /// One of the shapes the spec allows.
    CustomTaskInProgressResponse(crate::generated::common::CustomTaskInProgressResponse),
    /// One of the shapes the spec allows.
    CustomTaskCompletedResponse(crate::generated::common::CustomTaskCompletedResponse),
    /// One of the shapes the spec allows.
    CustomTaskFailedResponse(crate::generated::common::CustomTaskFailedResponse),
    /// One of the shapes the spec allows.
    CustomTaskTimedOutResponse(crate::generated::common::CustomTaskTimedOutResponse),
    /// One of the shapes the spec allows.
    CustomTaskCanceledResponse(crate::generated::common::CustomTaskCanceledResponse),
    /// One of the shapes the spec allows.
    ActivityTaskStartedResponse(crate::generated::common::ActivityTaskStartedResponse),
    /// One of the shapes the spec allows.
    ActivityTaskCompletedResponse(crate::generated::common::ActivityTaskCompletedResponse),
    /// One of the shapes the spec allows.
    ActivityTaskRetryingResponse(crate::generated::common::ActivityTaskRetryingResponse),
    /// One of the shapes the spec allows.
    ActivityTaskFailedResponse(crate::generated::common::ActivityTaskFailedResponse),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for ListWorkflowEventResponseEventsItem {
    fn default() -> Self {
        ListWorkflowEventResponseEventsItem::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// WorkflowEventType
    ///
    /// Generated from schema `WorkflowEventType` of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkflowEventType {
        /// `WORKFLOW_EXECUTION_STARTED`
        WorkflowExecutionStarted = "WORKFLOW_EXECUTION_STARTED",
        /// `WORKFLOW_EXECUTION_COMPLETED`
        WorkflowExecutionCompleted = "WORKFLOW_EXECUTION_COMPLETED",
        /// `WORKFLOW_EXECUTION_FAILED`
        WorkflowExecutionFailed = "WORKFLOW_EXECUTION_FAILED",
        /// `WORKFLOW_EXECUTION_CANCELED`
        WorkflowExecutionCanceled = "WORKFLOW_EXECUTION_CANCELED",
        /// `WORKFLOW_EXECUTION_CONTINUED_AS_NEW`
        WorkflowExecutionContinuedAsNew = "WORKFLOW_EXECUTION_CONTINUED_AS_NEW",
        /// `WORKFLOW_TASK_TIMED_OUT`
        WorkflowTaskTimedOut = "WORKFLOW_TASK_TIMED_OUT",
        /// `WORKFLOW_TASK_FAILED`
        WorkflowTaskFailed = "WORKFLOW_TASK_FAILED",
        /// `CUSTOM_TASK_STARTED`
        CustomTaskStarted = "CUSTOM_TASK_STARTED",
        /// `CUSTOM_TASK_IN_PROGRESS`
        CustomTaskInProgress = "CUSTOM_TASK_IN_PROGRESS",
        /// `CUSTOM_TASK_COMPLETED`
        CustomTaskCompleted = "CUSTOM_TASK_COMPLETED",
        /// `CUSTOM_TASK_FAILED`
        CustomTaskFailed = "CUSTOM_TASK_FAILED",
        /// `CUSTOM_TASK_TIMED_OUT`
        CustomTaskTimedOut = "CUSTOM_TASK_TIMED_OUT",
        /// `CUSTOM_TASK_CANCELED`
        CustomTaskCanceled = "CUSTOM_TASK_CANCELED",
        /// `ACTIVITY_TASK_STARTED`
        ActivityTaskStarted = "ACTIVITY_TASK_STARTED",
        /// `ACTIVITY_TASK_COMPLETED`
        ActivityTaskCompleted = "ACTIVITY_TASK_COMPLETED",
        /// `ACTIVITY_TASK_RETRYING`
        ActivityTaskRetrying = "ACTIVITY_TASK_RETRYING",
        /// `ACTIVITY_TASK_FAILED`
        ActivityTaskFailed = "ACTIVITY_TASK_FAILED",
    }
}

impl Default for WorkflowEventType {
    fn default() -> Self {
        WorkflowEventType::Other(String::new())
    }
}

impl crate::generated::QueryValue for WorkflowEventType {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// The query parameters of `client.events().get_workflow_events`: `GET /v1/workflows/events/list` (`get_workflow_events_v1_workflows_events_list_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`EventsGetWorkflowEventsQuery`], from [`EventsGetWorkflowEventsQuery::builder`]."
    )
)]
pub struct EventsGetWorkflowEventsQuery {
    /// Execution ID of the root workflow that initiated this execution chain.
    #[builder(via_mutators, mutators(
        /// Sets `root_workflow_exec_id`.
        pub fn root_workflow_exec_id(&mut self, v: impl Into<String>) {
            self.root_workflow_exec_id = Some(v.into());
        }
        /// Sets `root_workflow_exec_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_root_workflow_exec_id(&mut self, v: Option<impl Into<String>>) {
            self.root_workflow_exec_id = v.map(Into::into);
        }
    ))]
    pub root_workflow_exec_id: Option<String>,
    /// Execution ID of the workflow that emitted this event.
    #[builder(via_mutators, mutators(
        /// Sets `workflow_exec_id`.
        pub fn workflow_exec_id(&mut self, v: impl Into<String>) {
            self.workflow_exec_id = Some(v.into());
        }
        /// Sets `workflow_exec_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_exec_id(&mut self, v: Option<impl Into<String>>) {
            self.workflow_exec_id = v.map(Into::into);
        }
    ))]
    pub workflow_exec_id: Option<String>,
    /// Run ID of the workflow that emitted this event.
    #[builder(via_mutators, mutators(
        /// Sets `workflow_run_id`.
        pub fn workflow_run_id(&mut self, v: impl Into<String>) {
            self.workflow_run_id = Some(v.into());
        }
        /// Sets `workflow_run_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_run_id(&mut self, v: Option<impl Into<String>>) {
            self.workflow_run_id = v.map(Into::into);
        }
    ))]
    pub workflow_run_id: Option<String>,
    /// Maximum number of events to return.
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
    /// Cursor for pagination.
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
}

impl EventsGetWorkflowEventsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.root_workflow_exec_id, &mut q, "root_workflow_exec_id");
        crate::generated::QueryValue::push_to(&self.workflow_exec_id, &mut q, "workflow_exec_id");
        crate::generated::QueryValue::push_to(&self.workflow_run_id, &mut q, "workflow_run_id");
        crate::generated::QueryValue::push_to(&self.limit, &mut q, "limit");
        crate::generated::QueryValue::push_to(&self.cursor, &mut q, "cursor");
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

/// The query parameters of `client.events().get_stream_events`: `GET /v1/workflows/events/stream` (`get_stream_events_v1_workflows_events_stream_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`EventsGetStreamEventsQuery`], from [`EventsGetStreamEventsQuery::builder`]."
    )
)]
pub struct EventsGetStreamEventsQuery {
    /// Scope
    #[builder(via_mutators, mutators(
        /// Sets `scope`.
        pub fn scope(&mut self, v: impl Into<super::EventsGetStreamEventsScope>) {
            self.scope = Some(v.into());
        }
        /// Sets `scope` from an `Option` (`None` leaves it unset).
        pub fn maybe_scope(&mut self, v: Option<impl Into<super::EventsGetStreamEventsScope>>) {
            self.scope = v.map(Into::into);
        }
    ))]
    pub scope: Option<super::EventsGetStreamEventsScope>,
    /// Activity Name
    #[builder(via_mutators, mutators(
        /// Sets `activity_name`.
        pub fn activity_name(&mut self, v: impl Into<String>) {
            self.activity_name = Some(v.into());
        }
        /// Sets `activity_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_activity_name(&mut self, v: Option<impl Into<String>>) {
            self.activity_name = v.map(Into::into);
        }
    ))]
    pub activity_name: Option<String>,
    /// Activity Id
    #[builder(via_mutators, mutators(
        /// Sets `activity_id`.
        pub fn activity_id(&mut self, v: impl Into<String>) {
            self.activity_id = Some(v.into());
        }
        /// Sets `activity_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_activity_id(&mut self, v: Option<impl Into<String>>) {
            self.activity_id = v.map(Into::into);
        }
    ))]
    pub activity_id: Option<String>,
    /// Workflow Name
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
    /// Workflow Exec Id
    #[builder(via_mutators, mutators(
        /// Sets `workflow_exec_id`.
        pub fn workflow_exec_id(&mut self, v: impl Into<String>) {
            self.workflow_exec_id = Some(v.into());
        }
        /// Sets `workflow_exec_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_exec_id(&mut self, v: Option<impl Into<String>>) {
            self.workflow_exec_id = v.map(Into::into);
        }
    ))]
    pub workflow_exec_id: Option<String>,
    /// Root Workflow Exec Id
    #[builder(via_mutators, mutators(
        /// Sets `root_workflow_exec_id`.
        pub fn root_workflow_exec_id(&mut self, v: impl Into<String>) {
            self.root_workflow_exec_id = Some(v.into());
        }
        /// Sets `root_workflow_exec_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_root_workflow_exec_id(&mut self, v: Option<impl Into<String>>) {
            self.root_workflow_exec_id = v.map(Into::into);
        }
    ))]
    pub root_workflow_exec_id: Option<String>,
    /// Parent Workflow Exec Id
    #[builder(via_mutators, mutators(
        /// Sets `parent_workflow_exec_id`.
        pub fn parent_workflow_exec_id(&mut self, v: impl Into<String>) {
            self.parent_workflow_exec_id = Some(v.into());
        }
        /// Sets `parent_workflow_exec_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_parent_workflow_exec_id(&mut self, v: Option<impl Into<String>>) {
            self.parent_workflow_exec_id = v.map(Into::into);
        }
    ))]
    pub parent_workflow_exec_id: Option<String>,
    /// Stream
    #[builder(via_mutators, mutators(
        /// Sets `stream`.
        pub fn stream(&mut self, v: impl Into<String>) {
            self.stream = Some(v.into());
        }
        /// Sets `stream` from an `Option` (`None` leaves it unset).
        pub fn maybe_stream(&mut self, v: Option<impl Into<String>>) {
            self.stream = v.map(Into::into);
        }
    ))]
    pub stream: Option<String>,
    /// Start Seq
    #[builder(via_mutators, mutators(
        /// Sets `start_seq`.
        pub fn start_seq(&mut self, v: impl Into<i64>) {
            self.start_seq = Some(v.into());
        }
        /// Sets `start_seq` from an `Option` (`None` leaves it unset).
        pub fn maybe_start_seq(&mut self, v: Option<impl Into<i64>>) {
            self.start_seq = v.map(Into::into);
        }
    ))]
    pub start_seq: Option<i64>,
    /// Metadata Filters
    #[builder(via_mutators, mutators(
        /// Sets `metadata_filters`.
        pub fn metadata_filters(&mut self, v: impl Into<serde_json::Map<String, serde_json::Value>>) {
            self.metadata_filters = Some(v.into());
        }
        /// Sets `metadata_filters` from an `Option` (`None` leaves it unset).
        pub fn maybe_metadata_filters(&mut self, v: Option<impl Into<serde_json::Map<String, serde_json::Value>>>) {
            self.metadata_filters = v.map(Into::into);
        }
    ))]
    pub metadata_filters: Option<serde_json::Map<String, serde_json::Value>>,
    /// Workflow Event Types
    #[builder(via_mutators, mutators(
        /// Sets `workflow_event_types`.
        pub fn workflow_event_types(&mut self, v: impl Into<Vec<super::WorkflowEventType>>) {
            self.workflow_event_types = Some(v.into());
        }
        /// Sets `workflow_event_types` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_event_types(&mut self, v: Option<impl Into<Vec<super::WorkflowEventType>>>) {
            self.workflow_event_types = v.map(Into::into);
        }
    ))]
    pub workflow_event_types: Option<Vec<super::WorkflowEventType>>,
}

impl EventsGetStreamEventsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.scope, &mut q, "scope");
        crate::generated::QueryValue::push_to(&self.activity_name, &mut q, "activity_name");
        crate::generated::QueryValue::push_to(&self.activity_id, &mut q, "activity_id");
        crate::generated::QueryValue::push_to(&self.workflow_name, &mut q, "workflow_name");
        crate::generated::QueryValue::push_to(&self.workflow_exec_id, &mut q, "workflow_exec_id");
        crate::generated::QueryValue::push_to(&self.root_workflow_exec_id, &mut q, "root_workflow_exec_id");
        crate::generated::QueryValue::push_to(
            &self.parent_workflow_exec_id,
            &mut q,
            "parent_workflow_exec_id",
        );
        crate::generated::QueryValue::push_to(&self.stream, &mut q, "stream");
        crate::generated::QueryValue::push_to(&self.start_seq, &mut q, "start_seq");
        crate::generated::QueryValue::push_to(&self.metadata_filters, &mut q, "metadata_filters");
        crate::generated::QueryValue::push_to(&self.workflow_event_types, &mut q, "workflow_event_types");
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

crate::generated::spec_events! {
    /// An event of `client.events().get_stream_events`: `GET /v1/workflows/events/stream` (`get_stream_events_v1_workflows_events_stream_get`).
    ///
    /// Stream of Server-Sent Events (SSE)
    pub enum EventsGetStreamEventsEvent : [] => super::EventsGetStreamEventsEventData
}
