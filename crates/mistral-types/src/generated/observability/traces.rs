// generated from the spec by `cargo xtask codegen`: do not edit

/// FeedResultGetTrace
///
/// Generated from schema `FeedResultGetTrace` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FeedResultGetTrace {
    /// Cursor
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Next
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Results
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::GetTrace>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetTrace
///
/// Generated from schema `GetTrace` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTrace {
    /// Agent Id
    #[serde(default)]
    pub agent_id: String,
    /// Agent Name
    #[serde(default)]
    pub agent_name: String,
    /// Cache Creation Input Tokens
    #[serde(default)]
    pub cache_creation_input_tokens: i64,
    /// Cache Read Input Tokens
    #[serde(default)]
    pub cache_read_input_tokens: i64,
    /// Conversation Id
    #[serde(default)]
    pub conversation_id: String,
    /// Customer Id
    #[serde(default)]
    pub customer_id: String,
    /// Duration Ns
    #[serde(default)]
    pub duration_ns: i64,
    /// End Time
    #[serde(default)]
    pub end_time: String,
    /// Environment
    #[serde(default)]
    pub environment: String,
    /// Error Count
    #[serde(default)]
    pub error_count: i64,
    /// Evaluation Count
    #[serde(default)]
    pub evaluation_count: i64,
    /// First Turn Last Input Message
    #[serde(default)]
    pub first_turn_last_input_message: String,
    /// First Turn Last Output Message
    #[serde(default)]
    pub first_turn_last_output_message: String,
    /// Gen Ai Span Count
    #[serde(default)]
    pub gen_ai_span_count: i64,
    /// Input Tokens
    #[serde(default)]
    pub input_tokens: i64,
    /// Last Turn Last Input Message
    #[serde(default)]
    pub last_turn_last_input_message: String,
    /// Last Turn Last Output Message
    #[serde(default)]
    pub last_turn_last_output_message: String,
    /// Llm Call Count
    #[serde(default)]
    pub llm_call_count: i64,
    /// Models Used
    #[serde(default)]
    pub models_used: Vec<String>,
    /// Organization Id
    #[serde(default)]
    pub organization_id: String,
    /// Output Tokens
    #[serde(default)]
    pub output_tokens: i64,
    /// Retrieval Count
    #[serde(default)]
    pub retrieval_count: i64,
    /// Root Span Id
    #[serde(default)]
    pub root_span_id: String,
    /// Root Span Name
    #[serde(default)]
    pub root_span_name: String,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account_id: Option<String>,
    /// Service Name
    #[serde(default)]
    pub service_name: String,
    /// Span Count
    #[serde(default)]
    pub span_count: i64,
    /// Start Time
    #[serde(default)]
    pub start_time: String,
    /// Status Code
    #[serde(default)]
    pub status_code: super::GetTraceStatusCode,
    /// Tool Call Count
    #[serde(default)]
    pub tool_call_count: i64,
    /// Tools Used
    #[serde(default)]
    pub tools_used: Vec<String>,
    /// Trace Id
    #[serde(default)]
    pub trace_id: String,
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

/// GetTraceFieldOptions
///
/// Generated from schema `GetTraceFieldOptions` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTraceFieldOptions {
    /// Options
    #[serde(default)]
    pub options: Option<Vec<String>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetTraceFields
///
/// Generated from schema `GetTraceFields` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTraceFields {
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
    pub enum GetTraceStatusCode {
        /// `Error`
        Error = "Error",
        /// `Unset`
        Unset = "Unset",
    }
}

impl Default for GetTraceStatusCode {
    fn default() -> Self {
        GetTraceStatusCode::Other(String::new())
    }
}

/// GetTraces
///
/// Generated from schema `GetTraces` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTraces {
    /// The `traces` field.
    #[serde(default)]
    pub traces: super::FeedResultGetTrace,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TracesRequest
///
/// Generated from schema `TracesRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`TracesRequest`], from [`TracesRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct TracesRequest {
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

impl TracesRequest {
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

impl crate::ApiRequest for TracesRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The query parameters of `client.observability().traces().aggregate_traces`: `POST /v1/observability/traces/aggregate` (`aggregate_traces_v1_observability_traces_aggregate_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityTracesAggregateTracesQuery`], from [`ObservabilityTracesAggregateTracesQuery::builder`]."
    )
)]
pub struct ObservabilityTracesAggregateTracesQuery {
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

impl ObservabilityTracesAggregateTracesQuery {
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

/// The query parameters of `client.observability().traces().get_trace_field_options`: `GET /v1/observability/traces/fields/{field_name}/options` (`get_trace_field_options_v1_observability_traces_fields__field_name__options_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityTracesGetTraceFieldOptionsQuery`], from [`ObservabilityTracesGetTraceFieldOptionsQuery::builder`]."
    )
)]
pub struct ObservabilityTracesGetTraceFieldOptionsQuery {
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

impl ObservabilityTracesGetTraceFieldOptionsQuery {
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

/// The query parameters of `client.observability().traces().search_traces`: `POST /v1/observability/traces/search` (`search_traces_v1_observability_traces_search_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityTracesSearchTracesQuery`], from [`ObservabilityTracesSearchTracesQuery::builder`]."
    )
)]
pub struct ObservabilityTracesSearchTracesQuery {
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

impl ObservabilityTracesSearchTracesQuery {
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

/// The query parameters of `client.observability().traces().get_trace_spans`: `GET /v1/observability/traces/{trace_id}/spans` (`get_trace_spans_v1_observability_traces__trace_id__spans_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityTracesGetTraceSpansQuery`], from [`ObservabilityTracesGetTraceSpansQuery::builder`]."
    )
)]
pub struct ObservabilityTracesGetTraceSpansQuery {
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

impl ObservabilityTracesGetTraceSpansQuery {
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

/// The query parameters of `client.observability().traces().get_span_by_id`: `GET /v1/observability/traces/{trace_id}/spans/{span_id}` (`get_span_by_id_v1_observability_traces__trace_id__spans__span_id__get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityTracesGetSpanByIdQuery`], from [`ObservabilityTracesGetSpanByIdQuery::builder`]."
    )
)]
pub struct ObservabilityTracesGetSpanByIdQuery {
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

impl ObservabilityTracesGetSpanByIdQuery {
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
