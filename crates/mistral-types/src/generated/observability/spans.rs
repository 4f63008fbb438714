// generated from the spec by `cargo xtask codegen`: do not edit

/// Aggregation
///
/// Generated from schema `Aggregation` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Aggregation {
    /// Data
    #[serde(default)]
    pub data: Vec<super::AggregationRow>,
    /// The `meta` field.
    #[serde(default)]
    pub meta: super::AggregationMeta,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AggregationMeta
///
/// Generated from schema `AggregationMeta` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AggregationMeta {
    /// From Timestamp
    #[serde(default)]
    pub from_timestamp: String,
    /// Granularity Seconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity_seconds: Option<i64>,
    /// To Timestamp
    #[serde(default)]
    pub to_timestamp: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AggregationMeta
///
/// Generated from schema `AggregationMeta` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AggregationMetaNext {
    /// The `from_timestamp` field.
    #[serde(default)]
    pub from_timestamp: String,
    /// The `granularity_seconds` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity_seconds: Option<i64>,
    /// The `to_timestamp` field.
    #[serde(default)]
    pub to_timestamp: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Aggregation
///
/// Generated from schema `Aggregation` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AggregationNext {
    /// The `data` field.
    #[serde(default)]
    pub data: Vec<super::AggregationRowNext>,
    /// The `meta` field.
    #[serde(default)]
    pub meta: super::AggregationMetaNext,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AggregationRequest
///
/// Generated from schema `AggregationRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AggregationRequest`], from [`AggregationRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AggregationRequest {
    /// Dimensions
    ///
    /// The API's default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `dimensions`.
        pub fn dimensions(&mut self, v: impl Into<Vec<String>>) {
            self.dimensions = Some(v.into());
        }
        /// Sets `dimensions` from an `Option` (`None` leaves it unset).
        pub fn maybe_dimensions(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.dimensions = v.map(Into::into);
        }
    ))]
    pub dimensions: Option<Vec<String>>,
    /// Limit
    ///
    /// The API's default: `1000`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
    /// The `metric` field.
    #[builder(setter(into))]
    pub metric: super::MetricDefinition,
    /// Order By
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `order_by`.
        pub fn order_by(&mut self, v: impl Into<Vec<super::OrderByClause>>) {
            self.order_by = Some(v.into());
        }
        /// Sets `order_by` from an `Option` (`None` leaves it unset).
        pub fn maybe_order_by(&mut self, v: Option<impl Into<Vec<super::OrderByClause>>>) {
            self.order_by = v.map(Into::into);
        }
    ))]
    pub order_by: Option<Vec<super::OrderByClause>>,
    /// Search Expression
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `search_expression`.
        pub fn search_expression(&mut self, v: impl Into<String>) {
            self.search_expression = Some(v.into());
        }
        /// Sets `search_expression` from an `Option` (`None` leaves it unset).
        pub fn maybe_search_expression(&mut self, v: Option<impl Into<String>>) {
            self.search_expression = v.map(Into::into);
        }
    ))]
    pub search_expression: Option<String>,
    /// The `time_dimension` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `time_dimension`.
        pub fn time_dimension(&mut self, v: impl Into<super::TimeDimension>) {
            self.time_dimension = Some(v.into());
        }
        /// Sets `time_dimension` from an `Option` (`None` leaves it unset).
        pub fn maybe_time_dimension(&mut self, v: Option<impl Into<super::TimeDimension>>) {
            self.time_dimension = v.map(Into::into);
        }
    ))]
    pub time_dimension: Option<super::TimeDimension>,
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

impl AggregationRequest {
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
        if let Some(v) = &self.limit {
            if (*v as f64) < 1.0 {
                c.push(
                    format!("{at}limit"),
                    format!("{} is out of range: must be at least 1", v),
                );
            }
            if (*v as f64) > 10000.0 {
                c.push(
                    format!("{at}limit"),
                    format!("{} is out of range: must be at most 10000", v),
                );
            }
        }
        {
            let v = &self.metric;
            v.check_into(c, &format!("{at}metric."));
        }
        if let Some(v) = &self.order_by {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}order_by[{i}]."));
            }
        }
        if let Some(v) = &self.time_dimension {
            v.check_into(c, &format!("{at}time_dimension."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "dimensions",
                    "limit",
                    "metric",
                    "order_by",
                    "search_expression",
                    "time_dimension",
                ],
            );
        }
    }
}

impl crate::ApiRequest for AggregationRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AggregationRequest
///
/// Generated from schema `AggregationRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AggregationRequestNext`], from [`AggregationRequestNext::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AggregationRequestNext {
    /// The `dimensions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `dimensions`.
        pub fn dimensions(&mut self, v: impl Into<Vec<String>>) {
            self.dimensions = Some(v.into());
        }
        /// Sets `dimensions` from an `Option` (`None` leaves it unset).
        pub fn maybe_dimensions(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.dimensions = v.map(Into::into);
        }
    ))]
    pub dimensions: Option<Vec<String>>,
    /// The API's default: `1000`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
    /// The `metric` field.
    #[builder(setter(into))]
    pub metric: super::MetricDefinitionNext,
    /// The `order_by` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `order_by`.
        pub fn order_by(&mut self, v: impl Into<Vec<super::OrderByClauseNext>>) {
            self.order_by = Some(v.into());
        }
        /// Sets `order_by` from an `Option` (`None` leaves it unset).
        pub fn maybe_order_by(&mut self, v: Option<impl Into<Vec<super::OrderByClauseNext>>>) {
            self.order_by = v.map(Into::into);
        }
    ))]
    pub order_by: Option<Vec<super::OrderByClauseNext>>,
    /// The `search_expression` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `search_expression`.
        pub fn search_expression(&mut self, v: impl Into<String>) {
            self.search_expression = Some(v.into());
        }
        /// Sets `search_expression` from an `Option` (`None` leaves it unset).
        pub fn maybe_search_expression(&mut self, v: Option<impl Into<String>>) {
            self.search_expression = v.map(Into::into);
        }
    ))]
    pub search_expression: Option<String>,
    /// The `time_dimension` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `time_dimension`.
        pub fn time_dimension(&mut self, v: impl Into<super::TimeDimensionNext>) {
            self.time_dimension = Some(v.into());
        }
        /// Sets `time_dimension` from an `Option` (`None` leaves it unset).
        pub fn maybe_time_dimension(&mut self, v: Option<impl Into<super::TimeDimensionNext>>) {
            self.time_dimension = v.map(Into::into);
        }
    ))]
    pub time_dimension: Option<super::TimeDimensionNext>,
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

impl AggregationRequestNext {
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
            let v = &self.metric;
            v.check_into(c, &format!("{at}metric."));
        }
        if let Some(v) = &self.order_by {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}order_by[{i}]."));
            }
        }
        if let Some(v) = &self.time_dimension {
            v.check_into(c, &format!("{at}time_dimension."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "dimensions",
                    "limit",
                    "metric",
                    "order_by",
                    "search_expression",
                    "time_dimension",
                ],
            );
        }
    }
}

impl crate::ApiRequest for AggregationRequestNext {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AggregationRow
///
/// Generated from schema `AggregationRow` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AggregationRow {
    /// Dimensions
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<serde_json::Map<String, serde_json::Value>>,
    /// Metric Name
    #[serde(default)]
    pub metric_name: String,
    /// Metric Value
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric_value: Option<super::AggregationRowMetricValue>,
    /// Time Bucket
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_bucket: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Metric Value
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum AggregationRowMetricValue {
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    Integer(i64),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for AggregationRowMetricValue {
    fn default() -> Self {
        AggregationRowMetricValue::Other(serde_json::Value::Null)
    }
}

/// AggregationRow
///
/// Generated from schema `AggregationRow` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AggregationRowNext {
    /// The `dimensions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `metric_name` field.
    #[serde(default)]
    pub metric_name: String,
    /// The `metric_value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric_value: Option<super::MetricValue>,
    /// The `time_bucket` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_bucket: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// FeedResultGetPipelineResult
///
/// Generated from schema `FeedResultGetPipelineResult` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FeedResultGetPipelineResult {
    /// The `cursor` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The `next` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `results` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::PipelineResult>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// FeedResultGetSpan
///
/// Generated from schema `FeedResultGetSpan` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FeedResultGetSpan {
    /// Cursor
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Next
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Results
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::GetSpan>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// FeedResultGetSpanEvaluation
///
/// Generated from schema `FeedResultGetSpanEvaluation` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FeedResultGetSpanEvaluation {
    /// Cursor
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Next
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Results
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::GetSpanEvaluation>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetPipelineResults
///
/// Generated from schema `GetPipelineResults` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPipelineResults {
    /// The `pipeline_results` field.
    #[serde(default)]
    pub pipeline_results: super::FeedResultGetPipelineResult,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetSpan
///
/// Generated from schema `GetSpan` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpan {
    /// Agent Description
    #[serde(default)]
    pub agent_description: String,
    /// Agent Id
    #[serde(default)]
    pub agent_id: String,
    /// Agent Name
    #[serde(default)]
    pub agent_name: String,
    /// Agent Version
    #[serde(default)]
    pub agent_version: String,
    /// Conversation Id
    #[serde(default)]
    pub conversation_id: String,
    /// Customer Id
    #[serde(default)]
    pub customer_id: String,
    /// Data Source Id
    #[serde(default)]
    pub data_source_id: String,
    /// Duration Ns
    #[serde(default)]
    pub duration_ns: i64,
    /// End Time
    #[serde(default)]
    pub end_time: String,
    /// Error Type
    #[serde(default)]
    pub error_type: String,
    /// Input Messages
    #[serde(default)]
    pub input_messages: String,
    /// Operation Name
    #[serde(default)]
    pub operation_name: String,
    /// Organization Id
    #[serde(default)]
    pub organization_id: String,
    /// Output Messages
    #[serde(default)]
    pub output_messages: String,
    /// Output Type
    #[serde(default)]
    pub output_type: String,
    /// Parent Span Id
    #[serde(default)]
    pub parent_span_id: String,
    /// Prompt Name
    #[serde(default)]
    pub prompt_name: String,
    /// Provider Name
    #[serde(default)]
    pub provider_name: String,
    /// Request Choice Count
    #[serde(default)]
    pub request_choice_count: i64,
    /// Request Encoding Formats
    #[serde(default)]
    pub request_encoding_formats: Vec<String>,
    /// Request Frequency Penalty
    #[serde(default)]
    pub request_frequency_penalty: Option<f64>,
    /// Request Max Tokens
    #[serde(default)]
    pub request_max_tokens: i64,
    /// Request Model
    #[serde(default)]
    pub request_model: String,
    /// Request Presence Penalty
    #[serde(default)]
    pub request_presence_penalty: Option<f64>,
    /// Request Seed
    #[serde(default)]
    pub request_seed: i64,
    /// Request Stop Sequences
    #[serde(default)]
    pub request_stop_sequences: Vec<String>,
    /// Request Temperature
    #[serde(default)]
    pub request_temperature: Option<f64>,
    /// Request Top K
    #[serde(default)]
    pub request_top_k: Option<f64>,
    /// Request Top P
    #[serde(default)]
    pub request_top_p: Option<f64>,
    /// Resource Attributes
    #[serde(default)]
    pub resource_attributes: std::collections::BTreeMap<String, String>,
    /// Response Finish Reasons
    #[serde(default)]
    pub response_finish_reasons: Vec<String>,
    /// Response Id
    #[serde(default)]
    pub response_id: String,
    /// Response Model
    #[serde(default)]
    pub response_model: String,
    /// Scope Name
    #[serde(default)]
    pub scope_name: String,
    /// Scope Version
    #[serde(default)]
    pub scope_version: String,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account_id: Option<String>,
    /// Service Name
    #[serde(default)]
    pub service_name: String,
    /// Span Attributes
    #[serde(default)]
    pub span_attributes: std::collections::BTreeMap<String, String>,
    /// Span Id
    #[serde(default)]
    pub span_id: String,
    /// Span Kind
    #[serde(default)]
    pub span_kind: String,
    /// Span Name
    #[serde(default)]
    pub span_name: String,
    /// Start Time
    #[serde(default)]
    pub start_time: String,
    /// Status Code
    #[serde(default)]
    pub status_code: super::GetSpanStatusCode,
    /// Status Message
    #[serde(default)]
    pub status_message: String,
    /// System Instructions
    #[serde(default)]
    pub system_instructions: String,
    /// Tool Call Arguments
    #[serde(default)]
    pub tool_call_arguments: String,
    /// Tool Call Id
    #[serde(default)]
    pub tool_call_id: String,
    /// Tool Call Result
    #[serde(default)]
    pub tool_call_result: String,
    /// Tool Definitions
    #[serde(default)]
    pub tool_definitions: String,
    /// Tool Name
    #[serde(default)]
    pub tool_name: String,
    /// Tool Type
    #[serde(default)]
    pub tool_type: String,
    /// Trace Id
    #[serde(default)]
    pub trace_id: String,
    /// Trace State
    #[serde(default)]
    pub trace_state: String,
    /// Usage Cache Creation Input Tokens
    #[serde(default)]
    pub usage_cache_creation_input_tokens: i64,
    /// Usage Cache Read Input Tokens
    #[serde(default)]
    pub usage_cache_read_input_tokens: i64,
    /// Usage Input Tokens
    #[serde(default)]
    pub usage_input_tokens: i64,
    /// Usage Output Tokens
    #[serde(default)]
    pub usage_output_tokens: i64,
    /// User Id
    #[serde(default)]
    pub user_id: String,
    /// Workflow Name
    #[serde(default)]
    pub workflow_name: String,
    /// Workspace Id
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetSpanEvaluation
///
/// Generated from schema `GetSpanEvaluation` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpanEvaluation {
    /// Conversation Id
    #[serde(default)]
    pub conversation_id: String,
    /// Customer Id
    #[serde(default)]
    pub customer_id: String,
    /// Evaluation Name
    #[serde(default)]
    pub evaluation_name: String,
    /// Explanation
    #[serde(default)]
    pub explanation: String,
    /// Metadata
    #[serde(default)]
    pub metadata: std::collections::BTreeMap<String, String>,
    /// Organization Id
    #[serde(default)]
    pub organization_id: String,
    /// Response Id
    #[serde(default)]
    pub response_id: String,
    /// Score Label
    #[serde(default)]
    pub score_label: String,
    /// Score Value
    #[serde(default)]
    pub score_value: f64,
    /// Span Id
    #[serde(default)]
    pub span_id: String,
    /// Timestamp
    #[serde(default)]
    pub timestamp: String,
    /// Trace Id
    #[serde(default)]
    pub trace_id: String,
    /// User Id
    #[serde(default)]
    pub user_id: String,
    /// Workspace Id
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetSpanEvaluationFieldOptions
///
/// Generated from schema `GetSpanEvaluationFieldOptions` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpanEvaluationFieldOptions {
    /// Options
    #[serde(default)]
    pub options: Option<Vec<String>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetSpanEvaluationFields
///
/// Generated from schema `GetSpanEvaluationFields` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpanEvaluationFields {
    /// Field Definitions
    #[serde(default)]
    pub field_definitions: Vec<super::OtelFieldDefinition>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetSpanEvaluations
///
/// Generated from schema `GetSpanEvaluations` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpanEvaluations {
    /// The `span_evaluations` field.
    #[serde(default)]
    pub span_evaluations: super::FeedResultGetSpanEvaluation,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetSpanFieldOptions
///
/// Generated from schema `GetSpanFieldOptions` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpanFieldOptions {
    /// Options
    #[serde(default)]
    pub options: Option<Vec<String>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetSpanFields
///
/// Generated from schema `GetSpanFields` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpanFields {
    /// Field Definitions
    #[serde(default)]
    pub field_definitions: Vec<super::OtelFieldDefinition>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// Status Code
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum GetSpanStatusCode {
        /// `Error`
        Error = "Error",
        /// `Ok`
        Ok = "Ok",
        /// `Unset`
        Unset = "Unset",
    }
}

impl Default for GetSpanStatusCode {
    fn default() -> Self {
        GetSpanStatusCode::Other(String::new())
    }
}

/// GetSpans
///
/// Generated from schema `GetSpans` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpans {
    /// The `spans` field.
    #[serde(default)]
    pub spans: super::FeedResultGetSpan,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// Granularity
    ///
    /// Generated from schema `Granularity` of the published spec (`spec/mistral-openapi.json`).
    pub enum Granularity {
        /// `auto`
        Auto = "auto",
        /// `second`
        Second = "second",
        /// `minute`
        Minute = "minute",
        /// `hour`
        Hour = "hour",
        /// `day`
        Day = "day",
        /// `week`
        Week = "week",
        /// `month`
        Month = "month",
    }
}

impl Default for Granularity {
    fn default() -> Self {
        Granularity::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `Granularity` object.
    ///
    /// Generated from schema `Granularity` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum GranularityNext {
        /// `auto`
        Auto = "auto",
        /// `second`
        Second = "second",
        /// `minute`
        Minute = "minute",
        /// `hour`
        Hour = "hour",
        /// `day`
        Day = "day",
        /// `week`
        Week = "week",
        /// `month`
        Month = "month",
    }
}

impl Default for GranularityNext {
    fn default() -> Self {
        GranularityNext::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `MetricAggregation` object.
    ///
    /// Generated from schema `MetricAggregation` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum MetricAggregationNext {
        /// `count`
        Count = "count",
        /// `count_distinct`
        CountDistinct = "count_distinct",
        /// `sum`
        Sum = "sum",
        /// `avg`
        Avg = "avg",
        /// `min`
        Min = "min",
        /// `max`
        Max = "max",
        /// `p50`
        P50 = "p50",
        /// `p90`
        P90 = "p90",
        /// `p95`
        P95 = "p95",
        /// `p99`
        P99 = "p99",
    }
}

impl Default for MetricAggregationNext {
    fn default() -> Self {
        MetricAggregationNext::Other(String::new())
    }
}

/// MetricDefinition
///
/// Generated from schema `MetricDefinition` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`MetricDefinition`], from [`MetricDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct MetricDefinition {
    /// The `aggregation` field.
    #[builder(setter(into))]
    pub aggregation: super::MetricAggregation,
    /// Measure
    #[builder(setter(into))]
    pub measure: String,
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

impl MetricDefinition {
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
            c.extra(&self.extra, &["aggregation", "measure"]);
        }
    }
}

impl crate::ApiRequest for MetricDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// MetricDefinition
///
/// Generated from schema `MetricDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`MetricDefinitionNext`], from [`MetricDefinitionNext::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct MetricDefinitionNext {
    /// The `aggregation` field.
    #[builder(setter(into))]
    pub aggregation: super::MetricAggregationNext,
    /// The `measure` field.
    #[builder(setter(into))]
    pub measure: String,
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

impl MetricDefinitionNext {
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
            c.extra(&self.extra, &["aggregation", "measure"]);
        }
    }
}

impl crate::ApiRequest for MetricDefinitionNext {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The `MetricValue` object.
///
/// Generated from schema `MetricValue` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum MetricValue {
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    Integer(i64),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for MetricValue {
    fn default() -> Self {
        MetricValue::Other(serde_json::Value::Null)
    }
}

/// OrderByClause
///
/// Generated from schema `OrderByClause` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`OrderByClause`], from [`OrderByClause::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct OrderByClause {
    /// Direction
    ///
    /// The API's default: `"asc"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `direction`.
        pub fn direction(&mut self, v: impl Into<super::OrderByClauseDirection>) {
            self.direction = Some(v.into());
        }
        /// Sets `direction` from an `Option` (`None` leaves it unset).
        pub fn maybe_direction(&mut self, v: Option<impl Into<super::OrderByClauseDirection>>) {
            self.direction = v.map(Into::into);
        }
    ))]
    pub direction: Option<super::OrderByClauseDirection>,
    /// Field
    #[builder(setter(into))]
    pub field: String,
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

impl OrderByClause {
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
            c.extra(&self.extra, &["direction", "field"]);
        }
    }
}

impl crate::ApiRequest for OrderByClause {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// Direction
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum OrderByClauseDirection {
        /// `asc`
        Asc = "asc",
        /// `desc`
        Desc = "desc",
    }
}

impl Default for OrderByClauseDirection {
    fn default() -> Self {
        OrderByClauseDirection::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `OrderByClauseDirection` object.
    ///
    /// Generated from schema `OrderByClauseDirection` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum OrderByClauseDirection2 {
        /// `asc`
        Asc = "asc",
        /// `desc`
        Desc = "desc",
    }
}

impl Default for OrderByClauseDirection2 {
    fn default() -> Self {
        OrderByClauseDirection2::Other(String::new())
    }
}

/// OrderByClause
///
/// Generated from schema `OrderByClause` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`OrderByClauseNext`], from [`OrderByClauseNext::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct OrderByClauseNext {
    /// The API's default: `"asc"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `direction`.
        pub fn direction(&mut self, v: impl Into<super::OrderByClauseDirection2>) {
            self.direction = Some(v.into());
        }
        /// Sets `direction` from an `Option` (`None` leaves it unset).
        pub fn maybe_direction(&mut self, v: Option<impl Into<super::OrderByClauseDirection2>>) {
            self.direction = v.map(Into::into);
        }
    ))]
    pub direction: Option<super::OrderByClauseDirection2>,
    /// The `field` field.
    #[builder(setter(into))]
    pub field: String,
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

impl OrderByClauseNext {
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
            c.extra(&self.extra, &["direction", "field"]);
        }
    }
}

impl crate::ApiRequest for OrderByClauseNext {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// PipelineResult
///
/// Generated from schema `PipelineResult` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PipelineResult {
    /// The `duration_ns` field.
    #[serde(default)]
    pub duration_ns: i64,
    /// The `evaluated_at` field.
    #[serde(default)]
    pub evaluated_at: String,
    /// The `judge_explanations` field.
    #[serde(default)]
    pub judge_explanations: std::collections::BTreeMap<String, String>,
    /// The `judge_labels` field.
    #[serde(default)]
    pub judge_labels: std::collections::BTreeMap<String, String>,
    /// The `judge_scores` field.
    #[serde(default)]
    pub judge_scores: std::collections::BTreeMap<String, f64>,
    /// The `span_id` field.
    #[serde(default)]
    pub span_id: String,
    /// The `span_name` field.
    #[serde(default)]
    pub span_name: String,
    /// The `trace_id` field.
    #[serde(default)]
    pub trace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PipelineResultsRequest
///
/// Generated from schema `PipelineResultsRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`PipelineResultsRequest`], from [`PipelineResultsRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct PipelineResultsRequest {
    /// The `pipeline_config_slugs` field.
    #[builder(setter(into))]
    pub pipeline_config_slugs: Vec<String>,
    /// The `search_expression` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `search_expression`.
        pub fn search_expression(&mut self, v: impl Into<String>) {
            self.search_expression = Some(v.into());
        }
        /// Sets `search_expression` from an `Option` (`None` leaves it unset).
        pub fn maybe_search_expression(&mut self, v: Option<impl Into<String>>) {
            self.search_expression = v.map(Into::into);
        }
    ))]
    pub search_expression: Option<String>,
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

impl PipelineResultsRequest {
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
            c.extra(&self.extra, &["pipeline_config_slugs", "search_expression"]);
        }
    }
}

impl crate::ApiRequest for PipelineResultsRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// SpanEvaluationsRequest
///
/// Generated from schema `SpanEvaluationsRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SpanEvaluationsRequest`], from [`SpanEvaluationsRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SpanEvaluationsRequest {
    /// Search Expression
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `search_expression`.
        pub fn search_expression(&mut self, v: impl Into<String>) {
            self.search_expression = Some(v.into());
        }
        /// Sets `search_expression` from an `Option` (`None` leaves it unset).
        pub fn maybe_search_expression(&mut self, v: Option<impl Into<String>>) {
            self.search_expression = v.map(Into::into);
        }
    ))]
    pub search_expression: Option<String>,
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

impl SpanEvaluationsRequest {
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
            c.extra(&self.extra, &["search_expression"]);
        }
    }
}

impl crate::ApiRequest for SpanEvaluationsRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// SpansRequest
///
/// Generated from schema `SpansRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SpansRequest`], from [`SpansRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SpansRequest {
    /// Search Expression
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `search_expression`.
        pub fn search_expression(&mut self, v: impl Into<String>) {
            self.search_expression = Some(v.into());
        }
        /// Sets `search_expression` from an `Option` (`None` leaves it unset).
        pub fn maybe_search_expression(&mut self, v: Option<impl Into<String>>) {
            self.search_expression = v.map(Into::into);
        }
    ))]
    pub search_expression: Option<String>,
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

impl SpansRequest {
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
            c.extra(&self.extra, &["search_expression"]);
        }
    }
}

impl crate::ApiRequest for SpansRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// TimeDimension
///
/// Generated from schema `TimeDimension` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`TimeDimension`], from [`TimeDimension::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct TimeDimension {
    /// The API's default: `"auto"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `granularity`.
        pub fn granularity(&mut self, v: impl Into<super::Granularity>) {
            self.granularity = Some(v.into());
        }
        /// Sets `granularity` from an `Option` (`None` leaves it unset).
        pub fn maybe_granularity(&mut self, v: Option<impl Into<super::Granularity>>) {
            self.granularity = v.map(Into::into);
        }
    ))]
    pub granularity: Option<super::Granularity>,
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

impl TimeDimension {
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
            c.extra(&self.extra, &["granularity"]);
        }
    }
}

impl crate::ApiRequest for TimeDimension {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// TimeDimension
///
/// Generated from schema `TimeDimension` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`TimeDimensionNext`], from [`TimeDimensionNext::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct TimeDimensionNext {
    /// The `granularity` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `granularity`.
        pub fn granularity(&mut self, v: impl Into<super::GranularityNext>) {
            self.granularity = Some(v.into());
        }
        /// Sets `granularity` from an `Option` (`None` leaves it unset).
        pub fn maybe_granularity(&mut self, v: Option<impl Into<super::GranularityNext>>) {
            self.granularity = v.map(Into::into);
        }
    ))]
    pub granularity: Option<super::GranularityNext>,
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

impl TimeDimensionNext {
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
            c.extra(&self.extra, &["granularity"]);
        }
    }
}

impl crate::ApiRequest for TimeDimensionNext {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The query parameters of `client.observability().spans().aggregate_spans`: `POST /v1/observability/spans/aggregate` (`aggregate_spans_v1_observability_spans_aggregate_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilitySpansAggregateSpansQuery`], from [`ObservabilitySpansAggregateSpansQuery::builder`]."
    )
)]
pub struct ObservabilitySpansAggregateSpansQuery {
    /// From
    #[builder(via_mutators, mutators(
        /// Sets `from`.
        pub fn from(&mut self, v: impl Into<String>) {
            self.from = Some(v.into());
        }
        /// Sets `from` from an `Option` (`None` leaves it unset).
        pub fn maybe_from(&mut self, v: Option<impl Into<String>>) {
            self.from = v.map(Into::into);
        }
    ))]
    pub from: Option<String>,
    /// To
    #[builder(via_mutators, mutators(
        /// Sets `to`.
        pub fn to(&mut self, v: impl Into<String>) {
            self.to = Some(v.into());
        }
        /// Sets `to` from an `Option` (`None` leaves it unset).
        pub fn maybe_to(&mut self, v: Option<impl Into<String>>) {
            self.to = v.map(Into::into);
        }
    ))]
    pub to: Option<String>,
}

impl ObservabilitySpansAggregateSpansQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.from, &mut q, "from");
        crate::generated::QueryValue::push_to(&self.to, &mut q, "to");
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

/// The query parameters of `client.observability().spans().get_span_evaluation_field_options`: `GET /v1/observability/spans/evaluations/fields/{field_name}/options` (`get_span_evaluation_field_options_v1_observability_spans_evaluations_fields__field_name__options_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilitySpansGetSpanEvaluationFieldOptionsQuery`], from [`ObservabilitySpansGetSpanEvaluationFieldOptionsQuery::builder`]."
    )
)]
pub struct ObservabilitySpansGetSpanEvaluationFieldOptionsQuery {
    /// From
    #[builder(via_mutators, mutators(
        /// Sets `from`.
        pub fn from(&mut self, v: impl Into<String>) {
            self.from = Some(v.into());
        }
        /// Sets `from` from an `Option` (`None` leaves it unset).
        pub fn maybe_from(&mut self, v: Option<impl Into<String>>) {
            self.from = v.map(Into::into);
        }
    ))]
    pub from: Option<String>,
    /// To
    #[builder(via_mutators, mutators(
        /// Sets `to`.
        pub fn to(&mut self, v: impl Into<String>) {
            self.to = Some(v.into());
        }
        /// Sets `to` from an `Option` (`None` leaves it unset).
        pub fn maybe_to(&mut self, v: Option<impl Into<String>>) {
            self.to = v.map(Into::into);
        }
    ))]
    pub to: Option<String>,
}

impl ObservabilitySpansGetSpanEvaluationFieldOptionsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.from, &mut q, "from");
        crate::generated::QueryValue::push_to(&self.to, &mut q, "to");
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

/// The query parameters of `client.observability().spans().search_span_evaluations`: `POST /v1/observability/spans/evaluations/search` (`search_span_evaluations_v1_observability_spans_evaluations_search_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilitySpansSearchSpanEvaluationsQuery`], from [`ObservabilitySpansSearchSpanEvaluationsQuery::builder`]."
    )
)]
pub struct ObservabilitySpansSearchSpanEvaluationsQuery {
    /// From
    #[builder(via_mutators, mutators(
        /// Sets `from`.
        pub fn from(&mut self, v: impl Into<String>) {
            self.from = Some(v.into());
        }
        /// Sets `from` from an `Option` (`None` leaves it unset).
        pub fn maybe_from(&mut self, v: Option<impl Into<String>>) {
            self.from = v.map(Into::into);
        }
    ))]
    pub from: Option<String>,
    /// To
    #[builder(via_mutators, mutators(
        /// Sets `to`.
        pub fn to(&mut self, v: impl Into<String>) {
            self.to = Some(v.into());
        }
        /// Sets `to` from an `Option` (`None` leaves it unset).
        pub fn maybe_to(&mut self, v: Option<impl Into<String>>) {
            self.to = v.map(Into::into);
        }
    ))]
    pub to: Option<String>,
    /// Page Size
    #[builder(via_mutators, mutators(
        /// Sets `page_size`.
        pub fn page_size(&mut self, v: impl Into<i64>) {
            self.page_size = Some(v.into());
        }
        /// Sets `page_size` from an `Option` (`None` leaves it unset).
        pub fn maybe_page_size(&mut self, v: Option<impl Into<i64>>) {
            self.page_size = v.map(Into::into);
        }
    ))]
    pub page_size: Option<i64>,
    /// Cursor
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

impl ObservabilitySpansSearchSpanEvaluationsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.from, &mut q, "from");
        crate::generated::QueryValue::push_to(&self.to, &mut q, "to");
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
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
        if let Some(v) = &self.page_size {
            if (*v as f64) < 0.0 {
                c.push("page_size", format!("{} is out of range: must be at least 0", v));
            }
            if (*v as f64) > 100.0 {
                c.push("page_size", format!("{} is out of range: must be at most 100", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.observability().spans().search_latest_span_evaluations`: `POST /v1/observability/spans/evaluations/search/latest` (`search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilitySpansSearchLatestSpanEvaluationsQuery`], from [`ObservabilitySpansSearchLatestSpanEvaluationsQuery::builder`]."
    )
)]
pub struct ObservabilitySpansSearchLatestSpanEvaluationsQuery {
    /// From
    #[builder(via_mutators, mutators(
        /// Sets `from`.
        pub fn from(&mut self, v: impl Into<String>) {
            self.from = Some(v.into());
        }
        /// Sets `from` from an `Option` (`None` leaves it unset).
        pub fn maybe_from(&mut self, v: Option<impl Into<String>>) {
            self.from = v.map(Into::into);
        }
    ))]
    pub from: Option<String>,
    /// To
    #[builder(via_mutators, mutators(
        /// Sets `to`.
        pub fn to(&mut self, v: impl Into<String>) {
            self.to = Some(v.into());
        }
        /// Sets `to` from an `Option` (`None` leaves it unset).
        pub fn maybe_to(&mut self, v: Option<impl Into<String>>) {
            self.to = v.map(Into::into);
        }
    ))]
    pub to: Option<String>,
    /// Page Size
    #[builder(via_mutators, mutators(
        /// Sets `page_size`.
        pub fn page_size(&mut self, v: impl Into<i64>) {
            self.page_size = Some(v.into());
        }
        /// Sets `page_size` from an `Option` (`None` leaves it unset).
        pub fn maybe_page_size(&mut self, v: Option<impl Into<i64>>) {
            self.page_size = v.map(Into::into);
        }
    ))]
    pub page_size: Option<i64>,
    /// Cursor
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

impl ObservabilitySpansSearchLatestSpanEvaluationsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.from, &mut q, "from");
        crate::generated::QueryValue::push_to(&self.to, &mut q, "to");
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
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
        if let Some(v) = &self.page_size {
            if (*v as f64) < 0.0 {
                c.push("page_size", format!("{} is out of range: must be at least 0", v));
            }
            if (*v as f64) > 100.0 {
                c.push("page_size", format!("{} is out of range: must be at most 100", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.observability().spans().get_span_field_options`: `GET /v1/observability/spans/fields/{field_name}/options` (`get_span_field_options_v1_observability_spans_fields__field_name__options_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilitySpansGetSpanFieldOptionsQuery`], from [`ObservabilitySpansGetSpanFieldOptionsQuery::builder`]."
    )
)]
pub struct ObservabilitySpansGetSpanFieldOptionsQuery {
    /// From
    #[builder(via_mutators, mutators(
        /// Sets `from`.
        pub fn from(&mut self, v: impl Into<String>) {
            self.from = Some(v.into());
        }
        /// Sets `from` from an `Option` (`None` leaves it unset).
        pub fn maybe_from(&mut self, v: Option<impl Into<String>>) {
            self.from = v.map(Into::into);
        }
    ))]
    pub from: Option<String>,
    /// To
    #[builder(via_mutators, mutators(
        /// Sets `to`.
        pub fn to(&mut self, v: impl Into<String>) {
            self.to = Some(v.into());
        }
        /// Sets `to` from an `Option` (`None` leaves it unset).
        pub fn maybe_to(&mut self, v: Option<impl Into<String>>) {
            self.to = v.map(Into::into);
        }
    ))]
    pub to: Option<String>,
}

impl ObservabilitySpansGetSpanFieldOptionsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.from, &mut q, "from");
        crate::generated::QueryValue::push_to(&self.to, &mut q, "to");
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

/// The query parameters of `client.observability().spans().search_spans`: `POST /v1/observability/spans/search` (`search_spans_v1_observability_spans_search_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilitySpansSearchSpansQuery`], from [`ObservabilitySpansSearchSpansQuery::builder`]."
    )
)]
pub struct ObservabilitySpansSearchSpansQuery {
    /// From
    #[builder(via_mutators, mutators(
        /// Sets `from`.
        pub fn from(&mut self, v: impl Into<String>) {
            self.from = Some(v.into());
        }
        /// Sets `from` from an `Option` (`None` leaves it unset).
        pub fn maybe_from(&mut self, v: Option<impl Into<String>>) {
            self.from = v.map(Into::into);
        }
    ))]
    pub from: Option<String>,
    /// To
    #[builder(via_mutators, mutators(
        /// Sets `to`.
        pub fn to(&mut self, v: impl Into<String>) {
            self.to = Some(v.into());
        }
        /// Sets `to` from an `Option` (`None` leaves it unset).
        pub fn maybe_to(&mut self, v: Option<impl Into<String>>) {
            self.to = v.map(Into::into);
        }
    ))]
    pub to: Option<String>,
    /// Page Size
    #[builder(via_mutators, mutators(
        /// Sets `page_size`.
        pub fn page_size(&mut self, v: impl Into<i64>) {
            self.page_size = Some(v.into());
        }
        /// Sets `page_size` from an `Option` (`None` leaves it unset).
        pub fn maybe_page_size(&mut self, v: Option<impl Into<i64>>) {
            self.page_size = v.map(Into::into);
        }
    ))]
    pub page_size: Option<i64>,
    /// Cursor
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

impl ObservabilitySpansSearchSpansQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.from, &mut q, "from");
        crate::generated::QueryValue::push_to(&self.to, &mut q, "to");
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
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
        if let Some(v) = &self.page_size {
            if (*v as f64) < 0.0 {
                c.push("page_size", format!("{} is out of range: must be at least 0", v));
            }
            if (*v as f64) > 100.0 {
                c.push("page_size", format!("{} is out of range: must be at most 100", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.observability().spans().search_pipeline_results`: `POST /v1/observability/pipeline-results/search` (`search_pipeline_results_v1_observability_pipeline_results_search_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilitySpansSearchPipelineResultsQuery`], from [`ObservabilitySpansSearchPipelineResultsQuery::builder`]."
    )
)]
pub struct ObservabilitySpansSearchPipelineResultsQuery {
    /// The `from` field.
    #[builder(via_mutators, mutators(
        /// Sets `from`.
        pub fn from(&mut self, v: impl Into<String>) {
            self.from = Some(v.into());
        }
        /// Sets `from` from an `Option` (`None` leaves it unset).
        pub fn maybe_from(&mut self, v: Option<impl Into<String>>) {
            self.from = v.map(Into::into);
        }
    ))]
    pub from: Option<String>,
    /// The `to` field.
    #[builder(via_mutators, mutators(
        /// Sets `to`.
        pub fn to(&mut self, v: impl Into<String>) {
            self.to = Some(v.into());
        }
        /// Sets `to` from an `Option` (`None` leaves it unset).
        pub fn maybe_to(&mut self, v: Option<impl Into<String>>) {
            self.to = v.map(Into::into);
        }
    ))]
    pub to: Option<String>,
    /// The `page_size` field.
    #[builder(via_mutators, mutators(
        /// Sets `page_size`.
        pub fn page_size(&mut self, v: impl Into<i64>) {
            self.page_size = Some(v.into());
        }
        /// Sets `page_size` from an `Option` (`None` leaves it unset).
        pub fn maybe_page_size(&mut self, v: Option<impl Into<i64>>) {
            self.page_size = v.map(Into::into);
        }
    ))]
    pub page_size: Option<i64>,
    /// The `cursor` field.
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

impl ObservabilitySpansSearchPipelineResultsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.from, &mut q, "from");
        crate::generated::QueryValue::push_to(&self.to, &mut q, "to");
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
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
        c.finish()
    }
}

/// The query parameters of `client.observability().spans().aggregate_span_evaluations`: `POST /v1/observability/spans/evaluations/aggregate` (`aggregate_span_evaluations_v1_observability_spans_evaluations_aggregate_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilitySpansAggregateSpanEvaluationsQuery`], from [`ObservabilitySpansAggregateSpanEvaluationsQuery::builder`]."
    )
)]
pub struct ObservabilitySpansAggregateSpanEvaluationsQuery {
    /// The `from` field.
    #[builder(via_mutators, mutators(
        /// Sets `from`.
        pub fn from(&mut self, v: impl Into<String>) {
            self.from = Some(v.into());
        }
        /// Sets `from` from an `Option` (`None` leaves it unset).
        pub fn maybe_from(&mut self, v: Option<impl Into<String>>) {
            self.from = v.map(Into::into);
        }
    ))]
    pub from: Option<String>,
    /// The `to` field.
    #[builder(via_mutators, mutators(
        /// Sets `to`.
        pub fn to(&mut self, v: impl Into<String>) {
            self.to = Some(v.into());
        }
        /// Sets `to` from an `Option` (`None` leaves it unset).
        pub fn maybe_to(&mut self, v: Option<impl Into<String>>) {
            self.to = v.map(Into::into);
        }
    ))]
    pub to: Option<String>,
}

impl ObservabilitySpansAggregateSpanEvaluationsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.from, &mut q, "from");
        crate::generated::QueryValue::push_to(&self.to, &mut q, "to");
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
