// generated from the spec by `cargo xtask codegen`: do not edit

/// BatchExecutionBody
///
/// Generated from schema `BatchExecutionBody` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`BatchExecutionBody`], from [`BatchExecutionBody::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct BatchExecutionBody {
    /// List of execution IDs to process
    #[builder(setter(into))]
    pub execution_ids: Vec<String>,
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

impl BatchExecutionBody {
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
            let v = &self.execution_ids;
            if v.is_empty() {
                c.push(format!("{at}execution_ids"), "at least 1 item needed");
            }
            if v.len() > 100 {
                c.push(
                    format!("{at}execution_ids"),
                    format!("{} items: at most 100 allowed", v.len()),
                );
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["execution_ids"]);
        }
    }
}

impl crate::ApiRequest for BatchExecutionBody {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// BatchExecutionResponse
///
/// Generated from schema `BatchExecutionResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BatchExecutionResponse {
    /// Mapping of execution\_id to result with status and optional error message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<std::collections::BTreeMap<String, super::BatchExecutionResult>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// BatchExecutionResult
///
/// Generated from schema `BatchExecutionResult` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BatchExecutionResult {
    /// Error message if operation failed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Status of the operation (success/failure)
    #[serde(default)]
    pub status: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// EventProgressStatus
    ///
    /// Generated from schema `EventProgressStatus` of the published spec (`spec/mistral-openapi.json`).
    pub enum EventProgressStatus {
        /// `RUNNING`
        Running = "RUNNING",
        /// `COMPLETED`
        Completed = "COMPLETED",
        /// `FAILED`
        Failed = "FAILED",
    }
}

impl Default for EventProgressStatus {
    fn default() -> Self {
        EventProgressStatus::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// EventSource
    ///
    /// Generated from schema `EventSource` of the published spec (`spec/mistral-openapi.json`).
    pub enum EventSource {
        /// `DATABASE`
        Database = "DATABASE",
        /// `LIVE`
        Live = "LIVE",
        /// `HYBRID`
        Hybrid = "HYBRID",
    }
}

impl Default for EventSource {
    fn default() -> Self {
        EventSource::Other(String::new())
    }
}

impl crate::generated::QueryValue for EventSource {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// EventType
    ///
    /// Generated from schema `EventType` of the published spec (`spec/mistral-openapi.json`).
    pub enum EventType {
        /// `EVENT`
        Event = "EVENT",
        /// `EVENT_PROGRESS`
        EventProgress = "EVENT_PROGRESS",
    }
}

impl Default for EventType {
    fn default() -> Self {
        EventType::Other(String::new())
    }
}

/// ExecutionLogRecord
///
/// Generated from schema `ExecutionLogRecord` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExecutionLogRecord {
    /// Body
    #[serde(default)]
    pub body: String,
    /// Log Attributes
    #[serde(default)]
    pub log_attributes: std::collections::BTreeMap<String, String>,
    /// Severity Text
    #[serde(default)]
    pub severity_text: String,
    /// Span Id
    #[serde(default)]
    pub span_id: String,
    /// Timestamp
    #[serde(default)]
    pub timestamp: String,
    /// Trace Id
    #[serde(default)]
    pub trace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ExecutionLogSearchResponse
///
/// Generated from schema `ExecutionLogSearchResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExecutionLogSearchResponse {
    /// Next Cursor
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// Results
    #[serde(default)]
    pub results: Vec<super::ExecutionLogRecord>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ExecutionTraceInfoResponse
///
/// Generated from schema `ExecutionTraceInfoResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExecutionTraceInfoResponse {
    /// Whether trace data is available in the trace backend for this execution
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_trace_data: Option<bool>,
    /// The ID of the trace, if available
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otel_trace_id: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// NetworkEncodedInput
///
/// Generated from schema `NetworkEncodedInput` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`NetworkEncodedInput`], from [`NetworkEncodedInput::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct NetworkEncodedInput {
    /// The encoded payload
    #[builder(setter(into))]
    pub b64payload: String,
    /// Whether the payload is empty
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `empty`.
        pub fn empty(&mut self, v: impl Into<bool>) {
            self.empty = Some(v.into());
        }
        /// Sets `empty` from an `Option` (`None` leaves it unset).
        pub fn maybe_empty(&mut self, v: Option<impl Into<bool>>) {
            self.empty = v.map(Into::into);
        }
    ))]
    pub empty: Option<bool>,
    /// The encoding of the payload
    ///
    /// The API's default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `encoding_options`.
        pub fn encoding_options(&mut self, v: impl Into<Vec<crate::generated::common::EncodedPayloadOptions>>) {
            self.encoding_options = Some(v.into());
        }
        /// Sets `encoding_options` from an `Option` (`None` leaves it unset).
        pub fn maybe_encoding_options(&mut self, v: Option<impl Into<Vec<crate::generated::common::EncodedPayloadOptions>>>) {
            self.encoding_options = v.map(Into::into);
        }
    ))]
    pub encoding_options: Option<Vec<crate::generated::common::EncodedPayloadOptions>>,
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

impl NetworkEncodedInput {
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
            c.extra(&self.extra, &["b64payload", "empty", "encoding_options"]);
        }
    }
}

impl crate::ApiRequest for NetworkEncodedInput {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// QueryInvocationBody
///
/// Generated from schema `QueryInvocationBody` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`QueryInvocationBody`], from [`QueryInvocationBody::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct QueryInvocationBody {
    /// Input data for the query, matching its schema
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `input`.
        pub fn input(&mut self, v: impl Into<super::QueryInvocationBodyInput>) {
            self.input = Some(v.into());
        }
        /// Sets `input` from an `Option` (`None` leaves it unset).
        pub fn maybe_input(&mut self, v: Option<impl Into<super::QueryInvocationBodyInput>>) {
            self.input = v.map(Into::into);
        }
    ))]
    pub input: Option<super::QueryInvocationBodyInput>,
    /// The name of the query to request
    #[builder(setter(into))]
    pub name: String,
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

impl QueryInvocationBody {
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
            c.extra(&self.extra, &["input", "name"]);
        }
    }
}

impl crate::ApiRequest for QueryInvocationBody {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Input data for the query, matching its schema
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum QueryInvocationBodyInput {
    /// One of the shapes the spec allows.
    NetworkEncodedInput(super::NetworkEncodedInput),
    /// One of the shapes the spec allows.
    Object(serde_json::Map<String, serde_json::Value>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for QueryInvocationBodyInput {
    fn default() -> Self {
        QueryInvocationBodyInput::Other(serde_json::Value::Null)
    }
}

/// QueryWorkflowResponse
///
/// Generated from schema `QueryWorkflowResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QueryWorkflowResponse {
    /// Query Name
    #[serde(default)]
    pub query_name: String,
    /// The result of the Query workflow call
    #[serde(default)]
    pub result: serde_json::Value,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ResetInvocationBody
///
/// Generated from schema `ResetInvocationBody` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResetInvocationBody`], from [`ResetInvocationBody::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResetInvocationBody {
    /// The event ID to reset the workflow execution to
    #[builder(setter(into))]
    pub event_id: i64,
    /// Whether to exclude signals that happened after the reset point
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `exclude_signals`.
        pub fn exclude_signals(&mut self, v: impl Into<bool>) {
            self.exclude_signals = Some(v.into());
        }
        /// Sets `exclude_signals` from an `Option` (`None` leaves it unset).
        pub fn maybe_exclude_signals(&mut self, v: Option<impl Into<bool>>) {
            self.exclude_signals = v.map(Into::into);
        }
    ))]
    pub exclude_signals: Option<bool>,
    /// Whether to exclude updates that happened after the reset point
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `exclude_updates`.
        pub fn exclude_updates(&mut self, v: impl Into<bool>) {
            self.exclude_updates = Some(v.into());
        }
        /// Sets `exclude_updates` from an `Option` (`None` leaves it unset).
        pub fn maybe_exclude_updates(&mut self, v: Option<impl Into<bool>>) {
            self.exclude_updates = v.map(Into::into);
        }
    ))]
    pub exclude_updates: Option<bool>,
    /// Reason for resetting the workflow execution
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `reason`.
        pub fn reason(&mut self, v: impl Into<String>) {
            self.reason = Some(v.into());
        }
        /// Sets `reason` from an `Option` (`None` leaves it unset).
        pub fn maybe_reason(&mut self, v: Option<impl Into<String>>) {
            self.reason = v.map(Into::into);
        }
    ))]
    pub reason: Option<String>,
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

impl ResetInvocationBody {
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
            c.extra(
                &self.extra,
                &["event_id", "exclude_signals", "exclude_updates", "reason"],
            );
        }
    }
}

impl crate::ApiRequest for ResetInvocationBody {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// SignalInvocationBody
///
/// Generated from schema `SignalInvocationBody` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SignalInvocationBody`], from [`SignalInvocationBody::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SignalInvocationBody {
    /// Input data for the signal, matching its schema
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `input`.
        pub fn input(&mut self, v: impl Into<super::SignalInvocationBodyInput>) {
            self.input = Some(v.into());
        }
        /// Sets `input` from an `Option` (`None` leaves it unset).
        pub fn maybe_input(&mut self, v: Option<impl Into<super::SignalInvocationBodyInput>>) {
            self.input = v.map(Into::into);
        }
    ))]
    pub input: Option<super::SignalInvocationBodyInput>,
    /// The name of the signal to send
    #[builder(setter(into))]
    pub name: String,
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

impl SignalInvocationBody {
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
            c.extra(&self.extra, &["input", "name"]);
        }
    }
}

impl crate::ApiRequest for SignalInvocationBody {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Input data for the signal, matching its schema
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum SignalInvocationBodyInput {
    /// One of the shapes the spec allows.
    NetworkEncodedInput(super::NetworkEncodedInput),
    /// One of the shapes the spec allows.
    Object(serde_json::Map<String, serde_json::Value>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for SignalInvocationBodyInput {
    fn default() -> Self {
        SignalInvocationBodyInput::Other(serde_json::Value::Null)
    }
}

/// SignalWorkflowResponse
///
/// Generated from schema `SignalWorkflowResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SignalWorkflowResponse {
    /// Message
    ///
    /// The API's default: `"Signal accepted"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Trace response in OpenTelemetry format.
///
/// This is the unified trace format used across all trace providers (Tempo, ClickHouse, etc.).
/// Regardless of the underlying backend, all trace data is normalized to this Tempo-compatible
/// OpenTelemetry format to ensure consistency in the API response structure.
///
/// Generated from schema `TempoGetTraceResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoGetTraceResponse {
    /// The batches of the trace
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batches: Option<Vec<super::TempoTraceBatch>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TempoTraceAttribute
///
/// Generated from schema `TempoTraceAttribute` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoTraceAttribute {
    /// The key of the attribute
    #[serde(default)]
    pub key: String,
    /// The value of the attribute
    #[serde(default)]
    pub value: super::TempoTraceAttributeValue,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TempoTraceAttributeArrayContainer
///
/// Generated from schema `TempoTraceAttributeArrayContainer` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoTraceAttributeArrayContainer {
    /// The values of the array
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<super::TempoTraceAttributeArrayElement>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TempoTraceAttributeArrayElement
///
/// Generated from schema `TempoTraceAttributeArrayElement` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoTraceAttributeArrayElement {
    /// A boolean element in the array
    #[serde(rename = "boolValue", default, skip_serializing_if = "Option::is_none")]
    pub bool_value: Option<bool>,
    /// An integer element in the array
    #[serde(rename = "intValue", default, skip_serializing_if = "Option::is_none")]
    pub int_value: Option<String>,
    /// A string element in the array
    #[serde(rename = "stringValue", default, skip_serializing_if = "Option::is_none")]
    pub string_value: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TempoTraceAttributeArrayValue
///
/// Generated from schema `TempoTraceAttributeArrayValue` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoTraceAttributeArrayValue {
    /// The array value of the attribute
    #[serde(rename = "arrayValue", default)]
    pub array_value: super::TempoTraceAttributeArrayContainer,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TempoTraceAttributeBoolValue
///
/// Generated from schema `TempoTraceAttributeBoolValue` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoTraceAttributeBoolValue {
    /// The boolean value of the attribute
    #[serde(rename = "boolValue", default)]
    pub bool_value: bool,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TempoTraceAttributeIntValue
///
/// Generated from schema `TempoTraceAttributeIntValue` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoTraceAttributeIntValue {
    /// The integer value of the attribute
    #[serde(rename = "intValue", default)]
    pub int_value: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TempoTraceAttributeStringValue
///
/// Generated from schema `TempoTraceAttributeStringValue` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoTraceAttributeStringValue {
    /// The string value of the attribute
    #[serde(rename = "stringValue", default)]
    pub string_value: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The value of the attribute
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum TempoTraceAttributeValue {
    /// One of the shapes the spec allows.
    TempoTraceAttributeStringValue(super::TempoTraceAttributeStringValue),
    /// One of the shapes the spec allows.
    TempoTraceAttributeIntValue(super::TempoTraceAttributeIntValue),
    /// One of the shapes the spec allows.
    TempoTraceAttributeBoolValue(super::TempoTraceAttributeBoolValue),
    /// One of the shapes the spec allows.
    TempoTraceAttributeArrayValue(super::TempoTraceAttributeArrayValue),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for TempoTraceAttributeValue {
    fn default() -> Self {
        TempoTraceAttributeValue::Other(serde_json::Value::Null)
    }
}

/// TempoTraceBatch
///
/// Generated from schema `TempoTraceBatch` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoTraceBatch {
    /// The resource of the batch
    #[serde(default)]
    pub resource: super::TempoTraceResource,
    /// The spans of the scope
    #[serde(rename = "scopeSpans", default, skip_serializing_if = "Option::is_none")]
    pub scope_spans: Option<Vec<super::TempoTraceScopeSpan>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TempoTraceEvent
///
/// Generated from schema `TempoTraceEvent` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoTraceEvent {
    /// The attributes of the event
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::TempoTraceAttribute>>,
    /// The name of the event
    #[serde(default)]
    pub name: String,
    /// The time of the event in Unix nano
    #[serde(rename = "timeUnixNano", default)]
    pub time_unix_nano: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TempoTraceResource
///
/// Generated from schema `TempoTraceResource` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoTraceResource {
    /// The attributes of the resource
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::TempoTraceAttribute>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TempoTraceScope
///
/// Generated from schema `TempoTraceScope` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoTraceScope {
    /// The name of the span
    #[serde(default)]
    pub name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// TempoTraceScopeKind
    ///
    /// Generated from schema `TempoTraceScopeKind` of the published spec (`spec/mistral-openapi.json`).
    pub enum TempoTraceScopeKind {
        /// `SPAN_KIND_INTERNAL`
        SpanKindInternal = "SPAN_KIND_INTERNAL",
        /// `SPAN_KIND_SERVER`
        SpanKindServer = "SPAN_KIND_SERVER",
        /// `SPAN_KIND_CLIENT`
        SpanKindClient = "SPAN_KIND_CLIENT",
    }
}

impl Default for TempoTraceScopeKind {
    fn default() -> Self {
        TempoTraceScopeKind::Other(String::new())
    }
}

/// TempoTraceScopeSpan
///
/// Generated from schema `TempoTraceScopeSpan` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoTraceScopeSpan {
    /// The scope of the span
    #[serde(default)]
    pub scope: super::TempoTraceScope,
    /// The spans of the scope
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spans: Option<Vec<super::TempoTraceSpan>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TempoTraceSpan
///
/// Generated from schema `TempoTraceSpan` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TempoTraceSpan {
    /// The attributes of the scope
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::TempoTraceAttribute>>,
    /// The end time of the scope in Unix nano
    #[serde(rename = "endTimeUnixNano", default)]
    pub end_time_unix_nano: String,
    /// The events of the scope
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<super::TempoTraceEvent>>,
    /// The kind of the scope
    #[serde(default)]
    pub kind: super::TempoTraceScopeKind,
    /// The name of the scope
    #[serde(default)]
    pub name: String,
    /// The parent span ID of the scope
    #[serde(rename = "parentSpanId", default, skip_serializing_if = "Option::is_none")]
    pub parent_span_id: Option<String>,
    /// The span ID of the scope
    #[serde(rename = "spanId", default)]
    pub span_id: String,
    /// The start time of the scope in Unix nano
    #[serde(rename = "startTimeUnixNano", default)]
    pub start_time_unix_nano: String,
    /// The trace ID of the scope
    #[serde(rename = "traceId", default)]
    pub trace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UpdateInvocationBody
///
/// Generated from schema `UpdateInvocationBody` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateInvocationBody`], from [`UpdateInvocationBody::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateInvocationBody {
    /// Input data for the update, matching its schema
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `input`.
        pub fn input(&mut self, v: impl Into<super::UpdateInvocationBodyInput>) {
            self.input = Some(v.into());
        }
        /// Sets `input` from an `Option` (`None` leaves it unset).
        pub fn maybe_input(&mut self, v: Option<impl Into<super::UpdateInvocationBodyInput>>) {
            self.input = v.map(Into::into);
        }
    ))]
    pub input: Option<super::UpdateInvocationBodyInput>,
    /// The name of the update to request
    #[builder(setter(into))]
    pub name: String,
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

impl UpdateInvocationBody {
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
            c.extra(&self.extra, &["input", "name"]);
        }
    }
}

impl crate::ApiRequest for UpdateInvocationBody {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Input data for the update, matching its schema
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UpdateInvocationBodyInput {
    /// One of the shapes the spec allows.
    NetworkEncodedInput(super::NetworkEncodedInput),
    /// One of the shapes the spec allows.
    Object(serde_json::Map<String, serde_json::Value>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for UpdateInvocationBodyInput {
    fn default() -> Self {
        UpdateInvocationBodyInput::Other(serde_json::Value::Null)
    }
}

/// UpdateWorkflowResponse
///
/// Generated from schema `UpdateWorkflowResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateWorkflowResponse {
    /// The result of the Update workflow call
    #[serde(default)]
    pub result: serde_json::Value,
    /// Update Name
    #[serde(default)]
    pub update_name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowExecutionProgressTraceEvent
///
/// Generated from schema `WorkflowExecutionProgressTraceEvent` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionProgressTraceEvent {
    /// The attributes of the event
    #[serde(default)]
    pub attributes: std::collections::BTreeMap<String, super::WorkflowExecutionTraceSummaryAttributesValues>,
    /// The end time of the event in milliseconds since the Unix epoch
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time_unix_ms: Option<i64>,
    /// The error message, if any
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The ID of the event
    #[serde(default)]
    pub id: String,
    /// Whether the event is internal
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal: Option<bool>,
    /// Name of the event
    #[serde(default)]
    pub name: String,
    /// The start time of the event in milliseconds since the Unix epoch
    #[serde(default)]
    pub start_time_unix_ms: i64,
    /// The progress message
    ///
    /// The API's default: `"RUNNING"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::EventProgressStatus>,
    /// The timestamp of the event in nanoseconds since the Unix epoch
    #[serde(default)]
    pub timestamp_unix_nano: i64,
    /// The API's default: `"EVENT_PROGRESS"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::EventType>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowExecutionTraceEvent
///
/// Generated from schema `WorkflowExecutionTraceEvent` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionTraceEvent {
    /// The attributes of the event
    #[serde(default)]
    pub attributes: std::collections::BTreeMap<String, super::WorkflowExecutionTraceSummaryAttributesValues>,
    /// The ID of the event
    #[serde(default)]
    pub id: String,
    /// Whether the event is internal
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal: Option<bool>,
    /// Name of the event
    #[serde(default)]
    pub name: String,
    /// The timestamp of the event in nanoseconds since the Unix epoch
    #[serde(default)]
    pub timestamp_unix_nano: i64,
    /// The API's default: `"EVENT"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::EventType>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowExecutionTraceEventsResponse
///
/// Generated from schema `WorkflowExecutionTraceEventsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionTraceEventsResponse {
    /// The name of the deployment that ran this execution
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_name: Option<String>,
    /// The end time of the workflow execution, if available
    #[serde(default)]
    pub end_time: Option<String>,
    /// The events of the workflow execution
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<super::WorkflowExecutionTraceEventsResponseEventsItem>>,
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

/// The `WorkflowExecutionTraceEventsResponseEventsItem` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowExecutionTraceEventsResponseEventsItem {
    /// One of the shapes the spec allows.
    WorkflowExecutionTraceEvent(super::WorkflowExecutionTraceEvent),
    /// One of the shapes the spec allows.
    WorkflowExecutionProgressTraceEvent(super::WorkflowExecutionProgressTraceEvent),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkflowExecutionTraceEventsResponseEventsItem {
    fn default() -> Self {
        WorkflowExecutionTraceEventsResponseEventsItem::Other(serde_json::Value::Null)
    }
}

/// WorkflowExecutionTraceOTelResponse
///
/// Generated from schema `WorkflowExecutionTraceOTelResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionTraceOTelResponse {
    /// The data source of the trace
    #[serde(default)]
    pub data_source: String,
    /// The name of the deployment that ran this execution
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_name: Option<String>,
    /// The end time of the workflow execution, if available
    #[serde(default)]
    pub end_time: Option<String>,
    /// The ID of the workflow execution
    #[serde(default)]
    pub execution_id: String,
    /// The raw OpenTelemetry trace data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otel_trace_data: Option<super::TempoGetTraceResponse>,
    /// The ID of the trace
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otel_trace_id: Option<String>,
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

/// The `WorkflowExecutionTraceSummaryAttributesValues` object.
///
/// Generated from schema `WorkflowExecutionTraceSummaryAttributesValues` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowExecutionTraceSummaryAttributesValues {
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    Integer(i64),
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    Bool(bool),
    /// One of the shapes the spec allows.
    List(Vec<serde_json::Value>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkflowExecutionTraceSummaryAttributesValues {
    fn default() -> Self {
        WorkflowExecutionTraceSummaryAttributesValues::Other(serde_json::Value::Null)
    }
}

/// WorkflowExecutionTraceSummaryResponse
///
/// Generated from schema `WorkflowExecutionTraceSummaryResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionTraceSummaryResponse {
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
    /// The root span of the trace
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span_tree: Option<super::WorkflowExecutionTraceSummarySpan>,
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

/// WorkflowExecutionTraceSummarySpan
///
/// Generated from schema `WorkflowExecutionTraceSummarySpan` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionTraceSummarySpan {
    /// The attributes of the span
    #[serde(default)]
    pub attributes: std::collections::BTreeMap<String, super::WorkflowExecutionTraceSummaryAttributesValues>,
    /// The child spans of the span
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<super::WorkflowExecutionTraceSummarySpan>>,
    /// The end time of the span in nanoseconds since the Unix epoch
    #[serde(default)]
    pub end_time_unix_nano: Option<i64>,
    /// The events of the span
    #[serde(default)]
    pub events: Vec<super::WorkflowExecutionTraceEvent>,
    /// The name of the span
    #[serde(default)]
    pub name: String,
    /// The ID of the span
    #[serde(default)]
    pub span_id: String,
    /// The start time of the span in nanoseconds since the Unix epoch
    #[serde(default)]
    pub start_time_unix_nano: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// First-page sort order: 'asc' (oldest first) or 'desc'. Ignored when `cursor` is set.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkflowsExecutionsGetWorkflowExecutionLogsOrder {
        /// `asc`
        Asc = "asc",
        /// `desc`
        Desc = "desc",
    }
}

impl Default for WorkflowsExecutionsGetWorkflowExecutionLogsOrder {
    fn default() -> Self {
        WorkflowsExecutionsGetWorkflowExecutionLogsOrder::Other(String::new())
    }
}

impl crate::generated::QueryValue for WorkflowsExecutionsGetWorkflowExecutionLogsOrder {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// The `WorkflowsExecutionsStreamEventData` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowsExecutionsStreamEventData {
    /// One of the shapes the spec allows.
    StreamEventSsePayload(crate::generated::common::StreamEventSsePayload),
    /// One of the shapes the spec allows.
    StreamEventSseErrorData(crate::generated::common::StreamEventSseErrorData),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkflowsExecutionsStreamEventData {
    fn default() -> Self {
        WorkflowsExecutionsStreamEventData::Other(serde_json::Value::Null)
    }
}

/// The `WorkflowsExecutionsStreamWorkflowExecutionLogsEventData` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowsExecutionsStreamWorkflowExecutionLogsEventData {
    /// One of the shapes the spec allows.
    ExecutionLogRecord(super::ExecutionLogRecord),
    /// One of the shapes the spec allows.
    StreamError(super::StreamError),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkflowsExecutionsStreamWorkflowExecutionLogsEventData {
    fn default() -> Self {
        WorkflowsExecutionsStreamWorkflowExecutionLogsEventData::Other(serde_json::Value::Null)
    }
}

/// The query parameters of `client.workflows().executions().get_workflow_execution`: `GET /v1/workflows/executions/{execution_id}` (`get_workflow_execution_v1_workflows_executions__execution_id__get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsExecutionsGetWorkflowExecutionQuery`], from [`WorkflowsExecutionsGetWorkflowExecutionQuery::builder`]."
    )
)]
pub struct WorkflowsExecutionsGetWorkflowExecutionQuery {
    /// Include the execution's search keys (metadata) in the response.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[builder(via_mutators, mutators(
        /// Sets `include_search_keys`.
        pub fn include_search_keys(&mut self, v: impl Into<bool>) {
            self.include_search_keys = Some(v.into());
        }
        /// Sets `include_search_keys` from an `Option` (`None` leaves it unset).
        pub fn maybe_include_search_keys(&mut self, v: Option<impl Into<bool>>) {
            self.include_search_keys = v.map(Into::into);
        }
    ))]
    pub include_search_keys: Option<bool>,
}

impl WorkflowsExecutionsGetWorkflowExecutionQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.include_search_keys, &mut q, "include_search_keys");
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

/// The query parameters of `client.workflows().executions().get_workflow_execution_history`: `GET /v1/workflows/executions/{execution_id}/history` (`get_workflow_execution_history_v1_workflows_executions__execution_id__history_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsExecutionsGetWorkflowExecutionHistoryQuery`], from [`WorkflowsExecutionsGetWorkflowExecutionHistoryQuery::builder`]."
    )
)]
pub struct WorkflowsExecutionsGetWorkflowExecutionHistoryQuery {
    /// Decode Payloads
    #[builder(via_mutators, mutators(
        /// Sets `decode_payloads`.
        pub fn decode_payloads(&mut self, v: impl Into<bool>) {
            self.decode_payloads = Some(v.into());
        }
        /// Sets `decode_payloads` from an `Option` (`None` leaves it unset).
        pub fn maybe_decode_payloads(&mut self, v: Option<impl Into<bool>>) {
            self.decode_payloads = v.map(Into::into);
        }
    ))]
    pub decode_payloads: Option<bool>,
}

impl WorkflowsExecutionsGetWorkflowExecutionHistoryQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.decode_payloads, &mut q, "decode_payloads");
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

/// The query parameters of `client.workflows().executions().get_workflow_execution_logs`: `GET /v1/workflows/executions/{execution_id}/logs` (`get_workflow_execution_logs`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsExecutionsGetWorkflowExecutionLogsQuery`], from [`WorkflowsExecutionsGetWorkflowExecutionLogsQuery::builder`]."
    )
)]
pub struct WorkflowsExecutionsGetWorkflowExecutionLogsQuery {
    /// Filter logs by workflow run ID
    #[builder(via_mutators, mutators(
        /// Sets `run_id`.
        pub fn run_id(&mut self, v: impl Into<String>) {
            self.run_id = Some(v.into());
        }
        /// Sets `run_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_run_id(&mut self, v: Option<impl Into<String>>) {
            self.run_id = v.map(Into::into);
        }
    ))]
    pub run_id: Option<String>,
    /// Filter logs by activity ID
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
    /// Only return logs at or after this timestamp
    #[builder(via_mutators, mutators(
        /// Sets `after`.
        pub fn after(&mut self, v: impl Into<String>) {
            self.after = Some(v.into());
        }
        /// Sets `after` from an `Option` (`None` leaves it unset).
        pub fn maybe_after(&mut self, v: Option<impl Into<String>>) {
            self.after = v.map(Into::into);
        }
    ))]
    pub after: Option<String>,
    /// Only return logs before this timestamp
    #[builder(via_mutators, mutators(
        /// Sets `before`.
        pub fn before(&mut self, v: impl Into<String>) {
            self.before = Some(v.into());
        }
        /// Sets `before` from an `Option` (`None` leaves it unset).
        pub fn maybe_before(&mut self, v: Option<impl Into<String>>) {
            self.before = v.map(Into::into);
        }
    ))]
    pub before: Option<String>,
    /// First-page sort order: 'asc' (oldest first) or 'desc'. Ignored when `cursor` is set.
    #[builder(via_mutators, mutators(
        /// Sets `order`.
        pub fn order(&mut self, v: impl Into<super::WorkflowsExecutionsGetWorkflowExecutionLogsOrder>) {
            self.order = Some(v.into());
        }
        /// Sets `order` from an `Option` (`None` leaves it unset).
        pub fn maybe_order(&mut self, v: Option<impl Into<super::WorkflowsExecutionsGetWorkflowExecutionLogsOrder>>) {
            self.order = v.map(Into::into);
        }
    ))]
    pub order: Option<super::WorkflowsExecutionsGetWorkflowExecutionLogsOrder>,
    /// Pagination cursor from a previous response's `next_cursor`; carries the window and order
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
    /// Maximum number of logs to return
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
}

impl WorkflowsExecutionsGetWorkflowExecutionLogsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.run_id, &mut q, "run_id");
        crate::generated::QueryValue::push_to(&self.activity_id, &mut q, "activity_id");
        crate::generated::QueryValue::push_to(&self.after, &mut q, "after");
        crate::generated::QueryValue::push_to(&self.before, &mut q, "before");
        crate::generated::QueryValue::push_to(&self.order, &mut q, "order");
        crate::generated::QueryValue::push_to(&self.cursor, &mut q, "cursor");
        crate::generated::QueryValue::push_to(&self.limit, &mut q, "limit");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.activity_id {
            static PATTERN: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
            if !crate::generated::matches(&PATTERN, "^[0-9]+$", v) {
                c.push("activity_id", "does not match the pattern `^\\d+$`");
            }
        }
        if let Some(v) = &self.limit {
            if (*v as f64) < 1.0 {
                c.push("limit", format!("{} is out of range: must be at least 1", v));
            }
            if (*v as f64) > 100.0 {
                c.push("limit", format!("{} is out of range: must be at most 100", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.workflows().executions().stream_workflow_execution_logs`: `GET /v1/workflows/executions/{execution_id}/logs/stream` (`stream_workflow_execution_logs`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsExecutionsStreamWorkflowExecutionLogsQuery`], from [`WorkflowsExecutionsStreamWorkflowExecutionLogsQuery::builder`]."
    )
)]
pub struct WorkflowsExecutionsStreamWorkflowExecutionLogsQuery {
    /// Filter logs by workflow run ID
    #[builder(via_mutators, mutators(
        /// Sets `run_id`.
        pub fn run_id(&mut self, v: impl Into<String>) {
            self.run_id = Some(v.into());
        }
        /// Sets `run_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_run_id(&mut self, v: Option<impl Into<String>>) {
            self.run_id = v.map(Into::into);
        }
    ))]
    pub run_id: Option<String>,
    /// Filter logs by activity ID
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
    /// Start a fresh stream at this timestamp (ignored when resuming via last\_event\_id)
    #[builder(via_mutators, mutators(
        /// Sets `after`.
        pub fn after(&mut self, v: impl Into<String>) {
            self.after = Some(v.into());
        }
        /// Sets `after` from an `Option` (`None` leaves it unset).
        pub fn maybe_after(&mut self, v: Option<impl Into<String>>) {
            self.after = v.map(Into::into);
        }
    ))]
    pub after: Option<String>,
    /// Resume from this cursor (a prior response's SSE id)
    #[builder(via_mutators, mutators(
        /// Sets `last_event_id`.
        pub fn last_event_id(&mut self, v: impl Into<String>) {
            self.last_event_id = Some(v.into());
        }
        /// Sets `last_event_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_last_event_id(&mut self, v: Option<impl Into<String>>) {
            self.last_event_id = v.map(Into::into);
        }
    ))]
    pub last_event_id: Option<String>,
}

impl WorkflowsExecutionsStreamWorkflowExecutionLogsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.run_id, &mut q, "run_id");
        crate::generated::QueryValue::push_to(&self.activity_id, &mut q, "activity_id");
        crate::generated::QueryValue::push_to(&self.after, &mut q, "after");
        crate::generated::QueryValue::push_to(&self.last_event_id, &mut q, "last_event_id");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.activity_id {
            static PATTERN: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
            if !crate::generated::matches(&PATTERN, "^[0-9]+$", v) {
                c.push("activity_id", "does not match the pattern `^\\d+$`");
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.workflows().executions().stream`: `GET /v1/workflows/executions/{execution_id}/stream` (`stream_v1_workflows_executions__execution_id__stream_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsExecutionsStreamQuery`], from [`WorkflowsExecutionsStreamQuery::builder`]."
    )
)]
pub struct WorkflowsExecutionsStreamQuery {
    /// Event Source
    #[builder(via_mutators, mutators(
        /// Sets `event_source`.
        pub fn event_source(&mut self, v: impl Into<super::EventSource>) {
            self.event_source = Some(v.into());
        }
        /// Sets `event_source` from an `Option` (`None` leaves it unset).
        pub fn maybe_event_source(&mut self, v: Option<impl Into<super::EventSource>>) {
            self.event_source = v.map(Into::into);
        }
    ))]
    pub event_source: Option<super::EventSource>,
    /// Last Event Id
    #[builder(via_mutators, mutators(
        /// Sets `last_event_id`.
        pub fn last_event_id(&mut self, v: impl Into<String>) {
            self.last_event_id = Some(v.into());
        }
        /// Sets `last_event_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_last_event_id(&mut self, v: Option<impl Into<String>>) {
            self.last_event_id = v.map(Into::into);
        }
    ))]
    pub last_event_id: Option<String>,
}

impl WorkflowsExecutionsStreamQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.event_source, &mut q, "event_source");
        crate::generated::QueryValue::push_to(&self.last_event_id, &mut q, "last_event_id");
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

/// The query parameters of `client.workflows().executions().get_workflow_execution_trace_events`: `GET /v1/workflows/executions/{execution_id}/trace/events` (`get_workflow_execution_trace_events`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsExecutionsGetWorkflowExecutionTraceEventsQuery`], from [`WorkflowsExecutionsGetWorkflowExecutionTraceEventsQuery::builder`]."
    )
)]
pub struct WorkflowsExecutionsGetWorkflowExecutionTraceEventsQuery {
    /// Merge Same Id Events
    #[builder(via_mutators, mutators(
        /// Sets `merge_same_id_events`.
        pub fn merge_same_id_events(&mut self, v: impl Into<bool>) {
            self.merge_same_id_events = Some(v.into());
        }
        /// Sets `merge_same_id_events` from an `Option` (`None` leaves it unset).
        pub fn maybe_merge_same_id_events(&mut self, v: Option<impl Into<bool>>) {
            self.merge_same_id_events = v.map(Into::into);
        }
    ))]
    pub merge_same_id_events: Option<bool>,
    /// Include Internal Events
    #[builder(via_mutators, mutators(
        /// Sets `include_internal_events`.
        pub fn include_internal_events(&mut self, v: impl Into<bool>) {
            self.include_internal_events = Some(v.into());
        }
        /// Sets `include_internal_events` from an `Option` (`None` leaves it unset).
        pub fn maybe_include_internal_events(&mut self, v: Option<impl Into<bool>>) {
            self.include_internal_events = v.map(Into::into);
        }
    ))]
    pub include_internal_events: Option<bool>,
}

impl WorkflowsExecutionsGetWorkflowExecutionTraceEventsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.merge_same_id_events, &mut q, "merge_same_id_events");
        crate::generated::QueryValue::push_to(
            &self.include_internal_events,
            &mut q,
            "include_internal_events",
        );
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
    /// An event of `client.workflows().executions().stream_workflow_execution_logs`: `GET /v1/workflows/executions/{execution_id}/logs/stream` (`stream_workflow_execution_logs`).
    ///
    /// Stream of Server-Sent Events (SSE): `log` events carry an ExecutionLogRecord; `error` events carry a StreamError payload.
    pub enum WorkflowsExecutionsStreamWorkflowExecutionLogsEvent : ["log", "error"] => super::WorkflowsExecutionsStreamWorkflowExecutionLogsEventData
}

crate::generated::spec_events! {
    /// An event of `client.workflows().executions().stream`: `GET /v1/workflows/executions/{execution_id}/stream` (`stream_v1_workflows_executions__execution_id__stream_get`).
    ///
    /// Stream of Server-Sent Events (SSE)
    pub enum WorkflowsExecutionsStreamEvent : [] => super::WorkflowsExecutionsStreamEventData
}
