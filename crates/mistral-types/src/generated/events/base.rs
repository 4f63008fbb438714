// generated from the spec by `cargo xtask codegen`: do not edit

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
    pub result: super::JsonPayloadResponse,
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
    pub attributes: super::ActivityTaskCompletedAttributesResponse,
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
    pub failure: super::Failure,
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
    pub attributes: super::ActivityTaskFailedAttributes,
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
    pub failure: super::Failure,
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
    pub attributes: super::ActivityTaskRetryingAttributes,
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
    pub input: super::JsonPayloadResponse,
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
    pub attributes: super::ActivityTaskStartedAttributesResponse,
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
    pub attributes: super::CustomTaskCanceledAttributes,
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
    pub payload: super::JsonPayloadResponse,
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
    pub attributes: super::CustomTaskCompletedAttributesResponse,
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
    pub failure: super::Failure,
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
    pub attributes: super::CustomTaskFailedAttributes,
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
    pub payload: super::CustomTaskInProgressAttributesResponsePayload,
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
        "json" => Json(super::JsonPayloadResponse),
        /// `type: json_patch`
        "json_patch" => JsonPatch(super::JsonPatchPayloadResponse),
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
    pub attributes: super::CustomTaskInProgressAttributesResponse,
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
    pub payload: Option<super::JsonPayloadResponse>,
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
    pub attributes: super::CustomTaskStartedAttributesResponse,
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
    pub attributes: super::CustomTaskTimedOutAttributes,
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
        "append" => Append(super::JsonPatchAppend),
        /// `op: add`
        "add" => Add(super::JsonPatchAdd),
        /// `op: replace`
        "replace" => Replace(super::JsonPatchReplace),
        /// `op: remove`
        "remove" => Remove(super::JsonPatchRemove),
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
    pub value: super::JsonPatchAppendValue,
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
    EncryptedPatchValue(super::EncryptedPatchValue),
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
    pub encoding_options: Option<Vec<crate::generated::common::EncodedPayloadOptions>>,
    /// Discriminator indicating this is a JSON Patch payload.
    ///
    /// The API's default: `"json_patch"`.
    #[serde(default)]
    pub r#type: String,
    /// The list of JSON Patch operations. When encrypted, contains base64-encoded data.
    #[serde(default)]
    pub value: super::JsonPatchPayloadValueResponse,
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
    List(Vec<super::JsonPatch>),
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
    pub encoding_options: Option<Vec<crate::generated::common::EncodedPayloadOptions>>,
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
    WorkflowExecutionStartedResponse(super::WorkflowExecutionStartedResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionCompletedResponse(super::WorkflowExecutionCompletedResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionFailedResponse(super::WorkflowExecutionFailedResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionCanceledResponse(super::WorkflowExecutionCanceledResponse),
    /// One of the shapes the spec allows.
    WorkflowExecutionContinuedAsNewResponse(super::WorkflowExecutionContinuedAsNewResponse),
    /// One of the shapes the spec allows.
    WorkflowTaskTimedOutResponse(super::WorkflowTaskTimedOutResponse),
    /// One of the shapes the spec allows.
    WorkflowTaskFailedResponse(super::WorkflowTaskFailedResponse),
    /// One of the shapes the spec allows.
    CustomTaskStartedResponse(super::CustomTaskStartedResponse),
    /// One of the shapes the spec allows.
    CustomTaskInProgressResponse(super::CustomTaskInProgressResponse),
    /// One of the shapes the spec allows.
    CustomTaskCompletedResponse(super::CustomTaskCompletedResponse),
    /// One of the shapes the spec allows.
    CustomTaskFailedResponse(super::CustomTaskFailedResponse),
    /// One of the shapes the spec allows.
    CustomTaskTimedOutResponse(super::CustomTaskTimedOutResponse),
    /// One of the shapes the spec allows.
    CustomTaskCanceledResponse(super::CustomTaskCanceledResponse),
    /// One of the shapes the spec allows.
    ActivityTaskStartedResponse(super::ActivityTaskStartedResponse),
    /// One of the shapes the spec allows.
    ActivityTaskCompletedResponse(super::ActivityTaskCompletedResponse),
    /// One of the shapes the spec allows.
    ActivityTaskRetryingResponse(super::ActivityTaskRetryingResponse),
    /// One of the shapes the spec allows.
    ActivityTaskFailedResponse(super::ActivityTaskFailedResponse),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for ListWorkflowEventResponseEventsItem {
    fn default() -> Self {
        ListWorkflowEventResponseEventsItem::Other(serde_json::Value::Null)
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
    pub attributes: super::WorkflowExecutionCanceledAttributes,
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
    pub result: super::JsonPayloadResponse,
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
    pub attributes: super::WorkflowExecutionCompletedAttributesResponse,
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
    pub input: super::JsonPayloadResponse,
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
    pub attributes: super::WorkflowExecutionContinuedAsNewAttributesResponse,
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
    pub failure: super::Failure,
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
    pub attributes: super::WorkflowExecutionFailedAttributes,
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
    pub input: super::JsonPayloadResponse,
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
    pub attributes: super::WorkflowExecutionStartedAttributesResponse,
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
    pub failure: super::Failure,
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
    pub attributes: super::WorkflowTaskFailedAttributes,
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
    pub attributes: super::WorkflowTaskTimedOutAttributes,
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
        if let Some(v) = &self.root_workflow_exec_id {
            crate::generated::QueryValue::push_to(v, &mut q, "root_workflow_exec_id");
        }
        if let Some(v) = &self.workflow_exec_id {
            crate::generated::QueryValue::push_to(v, &mut q, "workflow_exec_id");
        }
        if let Some(v) = &self.workflow_run_id {
            crate::generated::QueryValue::push_to(v, &mut q, "workflow_run_id");
        }
        if let Some(v) = &self.limit {
            crate::generated::QueryValue::push_to(v, &mut q, "limit");
        }
        if let Some(v) = &self.cursor {
            crate::generated::QueryValue::push_to(v, &mut q, "cursor");
        }
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
