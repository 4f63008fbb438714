// generated from the spec by `cargo xtask codegen`: do not edit

/// FeedResultGetLog
///
/// Generated from schema `FeedResultGetLog` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FeedResultGetLog {
    /// Cursor
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Next
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Results
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::GetLog>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetLog
///
/// Generated from schema `GetLog` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetLog {
    /// Body
    #[serde(default)]
    pub body: String,
    /// Customer Id
    #[serde(default)]
    pub customer_id: String,
    /// Event Name
    #[serde(default)]
    pub event_name: String,
    /// Log Attributes
    #[serde(default)]
    pub log_attributes: std::collections::BTreeMap<String, String>,
    /// Organization Id
    #[serde(default)]
    pub organization_id: String,
    /// Resource Attributes
    #[serde(default)]
    pub resource_attributes: std::collections::BTreeMap<String, String>,
    /// Resource Schema Url
    #[serde(default)]
    pub resource_schema_url: String,
    /// Scope Attributes
    #[serde(default)]
    pub scope_attributes: std::collections::BTreeMap<String, String>,
    /// Scope Name
    #[serde(default)]
    pub scope_name: String,
    /// Scope Schema Url
    #[serde(default)]
    pub scope_schema_url: String,
    /// Scope Version
    #[serde(default)]
    pub scope_version: String,
    /// Service Name
    #[serde(default)]
    pub service_name: String,
    /// Severity Number
    #[serde(default)]
    pub severity_number: i64,
    /// Severity Text
    #[serde(default)]
    pub severity_text: String,
    /// Span Id
    #[serde(default)]
    pub span_id: String,
    /// Timestamp
    #[serde(default)]
    pub timestamp: String,
    /// Trace Flags
    #[serde(default)]
    pub trace_flags: i64,
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

/// GetLogFieldOptions
///
/// Generated from schema `GetLogFieldOptions` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetLogFieldOptions {
    /// Options
    #[serde(default)]
    pub options: Option<Vec<String>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetLogFields
///
/// Generated from schema `GetLogFields` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetLogFields {
    /// Field Definitions
    #[serde(default)]
    pub field_definitions: Vec<super::OtelFieldDefinition>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetLogs
///
/// Generated from schema `GetLogs` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetLogs {
    /// The `logs` field.
    #[serde(default)]
    pub logs: super::FeedResultGetLog,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// LogsRequest
///
/// Generated from schema `LogsRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`LogsRequest`], from [`LogsRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct LogsRequest {
    /// Order
    ///
    /// The API's default: `"desc"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `order`.
        pub fn order(&mut self, v: impl Into<super::LogsRequestOrder>) {
            self.order = Some(v.into());
        }
        /// Sets `order` from an `Option` (`None` leaves it unset).
        pub fn maybe_order(&mut self, v: Option<impl Into<super::LogsRequestOrder>>) {
            self.order = v.map(Into::into);
        }
    ))]
    pub order: Option<super::LogsRequestOrder>,
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

impl LogsRequest {
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
            c.extra(&self.extra, &["order", "search_expression"]);
        }
    }
}

impl crate::ApiRequest for LogsRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// Order
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum LogsRequestOrder {
        /// `asc`
        Asc = "asc",
        /// `desc`
        Desc = "desc",
    }
}

impl Default for LogsRequestOrder {
    fn default() -> Self {
        LogsRequestOrder::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// MetricAggregation
    ///
    /// Generated from schema `MetricAggregation` of the published spec (`spec/mistral-openapi.json`).
    pub enum MetricAggregation {
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

impl Default for MetricAggregation {
    fn default() -> Self {
        MetricAggregation::Other(String::new())
    }
}

/// OtelFieldDefinition
///
/// Generated from schema `OtelFieldDefinition` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OtelFieldDefinition {
    /// Group
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Label
    #[serde(default)]
    pub label: String,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Supported Aggregations
    #[serde(default)]
    pub supported_aggregations: Vec<super::MetricAggregation>,
    /// Supported Operators
    #[serde(default)]
    pub supported_operators: Vec<super::OtelFieldDefinitionSupportedOperatorsItem>,
    /// Type
    #[serde(default)]
    pub r#type: super::OtelFieldDefinitionType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `OtelFieldDefinitionSupportedOperatorsItem` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum OtelFieldDefinitionSupportedOperatorsItem {
        /// `eq`
        Eq = "eq",
        /// `neq`
        Neq = "neq",
        /// `lt`
        Lt = "lt",
        /// `lte`
        Lte = "lte",
        /// `gt`
        Gt = "gt",
        /// `gte`
        Gte = "gte",
        /// `like`
        Like = "like",
        /// `ilike`
        Ilike = "ilike",
        /// `not_like`
        NotLike = "not_like",
        /// `not_ilike`
        NotIlike = "not_ilike",
        /// `between`
        Between = "between",
        /// `not_between`
        NotBetween = "not_between",
        /// `in`
        In = "in",
        /// `not_in`
        NotIn = "not_in",
        /// `exists`
        Exists = "exists",
        /// `not_exists`
        NotExists = "not_exists",
        /// `regexp`
        Regexp = "regexp",
        /// `not_regexp`
        NotRegexp = "not_regexp",
        /// `contains`
        Contains = "contains",
        /// `not_contains`
        NotContains = "not_contains",
        /// `has`
        Has = "has",
        /// `hasAny`
        HasAny = "hasAny",
        /// `hasAll`
        HasAll = "hasAll",
        /// `hasToken`
        HasToken = "hasToken",
    }
}

impl Default for OtelFieldDefinitionSupportedOperatorsItem {
    fn default() -> Self {
        OtelFieldDefinitionSupportedOperatorsItem::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// Type
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum OtelFieldDefinitionType {
        /// `ENUM`
        Enum = "ENUM",
        /// `TEXT`
        Text = "TEXT",
        /// `INT`
        Int = "INT",
        /// `FLOAT`
        Float = "FLOAT",
        /// `BOOL`
        Bool = "BOOL",
        /// `TIMESTAMP`
        Timestamp = "TIMESTAMP",
        /// `ARRAY`
        Array = "ARRAY",
        /// `MAP`
        Map = "MAP",
    }
}

impl Default for OtelFieldDefinitionType {
    fn default() -> Self {
        OtelFieldDefinitionType::Other(String::new())
    }
}

/// The query parameters of `client.observability().logs().get_log_field_options`: `GET /v1/observability/logs/fields/{field_name}/options` (`get_log_field_options_v1_observability_logs_fields__field_name__options_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityLogsGetLogFieldOptionsQuery`], from [`ObservabilityLogsGetLogFieldOptionsQuery::builder`]."
    )
)]
pub struct ObservabilityLogsGetLogFieldOptionsQuery {
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

impl ObservabilityLogsGetLogFieldOptionsQuery {
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

/// The query parameters of `client.observability().logs().search_logs`: `POST /v1/observability/logs/search` (`search_logs_v1_observability_logs_search_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityLogsSearchLogsQuery`], from [`ObservabilityLogsSearchLogsQuery::builder`]."
    )
)]
pub struct ObservabilityLogsSearchLogsQuery {
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

impl ObservabilityLogsSearchLogsQuery {
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
