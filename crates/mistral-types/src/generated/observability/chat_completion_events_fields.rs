// generated from the spec by `cargo xtask codegen`: do not edit

/// BaseFieldDefinition
///
/// Generated from schema `BaseFieldDefinition` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BaseFieldDefinition {
    /// Group
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Label
    #[serde(default)]
    pub label: String,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Supported Operators
    #[serde(default)]
    pub supported_operators: Vec<super::BaseFieldDefinitionSupportedOperatorsItem>,
    /// Type
    #[serde(default)]
    pub r#type: super::BaseFieldDefinitionType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `BaseFieldDefinitionSupportedOperatorsItem` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum BaseFieldDefinitionSupportedOperatorsItem {
        /// `lt`
        Lt = "lt",
        /// `lte`
        Lte = "lte",
        /// `gt`
        Gt = "gt",
        /// `gte`
        Gte = "gte",
        /// `startswith`
        Startswith = "startswith",
        /// `istartswith`
        Istartswith = "istartswith",
        /// `endswith`
        Endswith = "endswith",
        /// `iendswith`
        Iendswith = "iendswith",
        /// `contains`
        Contains = "contains",
        /// `icontains`
        Icontains = "icontains",
        /// `matches`
        Matches = "matches",
        /// `notcontains`
        Notcontains = "notcontains",
        /// `inotcontains`
        Inotcontains = "inotcontains",
        /// `eq`
        Eq = "eq",
        /// `neq`
        Neq = "neq",
        /// `isnull`
        Isnull = "isnull",
        /// `includes`
        Includes = "includes",
        /// `excludes`
        Excludes = "excludes",
        /// `len_eq`
        LenEq = "len_eq",
    }
}

impl Default for BaseFieldDefinitionSupportedOperatorsItem {
    fn default() -> Self {
        BaseFieldDefinitionSupportedOperatorsItem::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// Type
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum BaseFieldDefinitionType {
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

impl Default for BaseFieldDefinitionType {
    fn default() -> Self {
        BaseFieldDefinitionType::Other(String::new())
    }
}

/// FetchChatCompletionFieldOptionsResponse
///
/// Generated from schema `FetchChatCompletionFieldOptionsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FetchChatCompletionFieldOptionsResponse {
    /// Options
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<Option<super::FetchChatCompletionFieldOptionsResponseOptionsItem>>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `FetchChatCompletionFieldOptionsResponseOptionsItem` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum FetchChatCompletionFieldOptionsResponseOptionsItem {
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    Bool(bool),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for FetchChatCompletionFieldOptionsResponseOptionsItem {
    fn default() -> Self {
        FetchChatCompletionFieldOptionsResponseOptionsItem::Other(serde_json::Value::Null)
    }
}

/// FetchFieldOptionCountsRequest
///
/// Generated from schema `FetchFieldOptionCountsRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`FetchFieldOptionCountsRequest`], from [`FetchFieldOptionCountsRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct FetchFieldOptionCountsRequest {
    /// The `filter_params` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filter_params`.
        pub fn filter_params(&mut self, v: impl Into<super::FilterPayload>) {
            self.filter_params = Some(v.into());
        }
        /// Sets `filter_params` from an `Option` (`None` leaves it unset).
        pub fn maybe_filter_params(&mut self, v: Option<impl Into<super::FilterPayload>>) {
            self.filter_params = v.map(Into::into);
        }
    ))]
    pub filter_params: Option<super::FilterPayload>,
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

impl FetchFieldOptionCountsRequest {
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
        if let Some(v) = &self.filter_params {
            v.check_into(c, &format!("{at}filter_params."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["filter_params"]);
        }
    }
}

impl crate::ApiRequest for FetchFieldOptionCountsRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// FetchFieldOptionCountsResponse
///
/// Generated from schema `FetchFieldOptionCountsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FetchFieldOptionCountsResponse {
    /// Counts
    #[serde(default)]
    pub counts: Vec<super::FieldOptionCountItem>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// FieldGroup
///
/// Generated from schema `FieldGroup` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FieldGroup {
    /// Label
    #[serde(default)]
    pub label: String,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// FieldOptionCountItem
///
/// Generated from schema `FieldOptionCountItem` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FieldOptionCountItem {
    /// Count
    #[serde(default)]
    pub count: i64,
    /// Value
    #[serde(default)]
    pub value: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ListChatCompletionFieldsResponse
///
/// Generated from schema `ListChatCompletionFieldsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListChatCompletionFieldsResponse {
    /// Field Definitions
    #[serde(default)]
    pub field_definitions: Vec<super::BaseFieldDefinition>,
    /// Field Groups
    #[serde(default)]
    pub field_groups: Vec<super::FieldGroup>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The operator to use for filtering options
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum ObservabilityChatCompletionEventsFieldsGetChatCompletionFieldOptionsOperator {
        /// `lt`
        Lt = "lt",
        /// `lte`
        Lte = "lte",
        /// `gt`
        Gt = "gt",
        /// `gte`
        Gte = "gte",
        /// `startswith`
        Startswith = "startswith",
        /// `istartswith`
        Istartswith = "istartswith",
        /// `endswith`
        Endswith = "endswith",
        /// `iendswith`
        Iendswith = "iendswith",
        /// `contains`
        Contains = "contains",
        /// `icontains`
        Icontains = "icontains",
        /// `matches`
        Matches = "matches",
        /// `notcontains`
        Notcontains = "notcontains",
        /// `inotcontains`
        Inotcontains = "inotcontains",
        /// `eq`
        Eq = "eq",
        /// `neq`
        Neq = "neq",
        /// `isnull`
        Isnull = "isnull",
        /// `includes`
        Includes = "includes",
        /// `excludes`
        Excludes = "excludes",
        /// `len_eq`
        LenEq = "len_eq",
    }
}

impl Default for ObservabilityChatCompletionEventsFieldsGetChatCompletionFieldOptionsOperator {
    fn default() -> Self {
        ObservabilityChatCompletionEventsFieldsGetChatCompletionFieldOptionsOperator::Other(String::new())
    }
}

impl crate::generated::QueryValue
    for ObservabilityChatCompletionEventsFieldsGetChatCompletionFieldOptionsOperator
{
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// The query parameters of `client.observability().chat_completion_events().fields().get_chat_completion_field_options`: `GET /v1/observability/chat-completion-fields/{field_name}/options` (`get_chat_completion_field_options_v1_observability_chat_completion_fields__field_name__options_get`).
#[derive(Clone, Debug, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityChatCompletionEventsFieldsGetChatCompletionFieldOptionsQuery`], from [`ObservabilityChatCompletionEventsFieldsGetChatCompletionFieldOptionsQuery::builder`]."
    )
)]
pub struct ObservabilityChatCompletionEventsFieldsGetChatCompletionFieldOptionsQuery {
    /// The operator to use for filtering options
    #[builder(setter(into))]
    pub operator: super::ObservabilityChatCompletionEventsFieldsGetChatCompletionFieldOptionsOperator,
}

impl ObservabilityChatCompletionEventsFieldsGetChatCompletionFieldOptionsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.operator, &mut q, "operator");
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
