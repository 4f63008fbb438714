// generated from the spec by `cargo xtask codegen`: do not edit

crate::macros::string_enum! {
    /// BaseTaskStatus
    ///
    /// Generated from schema `BaseTaskStatus` of the published spec (`spec/mistral-openapi.json`).
    pub enum BaseTaskStatus {
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
        /// `UNKNOWN`
        Unknown = "UNKNOWN",
    }
}

impl Default for BaseTaskStatus {
    fn default() -> Self {
        BaseTaskStatus::Other(String::new())
    }
}

/// Campaign
///
/// Generated from schema `Campaign` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Campaign {
    /// Created At
    #[serde(default)]
    pub created_at: String,
    /// Deleted At
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// Description
    #[serde(default)]
    pub description: String,
    /// Id
    #[serde(default)]
    pub id: String,
    /// The `judge` field.
    #[serde(default)]
    pub judge: super::Judge,
    /// Max Nb Events
    #[serde(default)]
    pub max_nb_events: i64,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Owner Id
    #[serde(default)]
    pub owner_id: String,
    /// The `search_params` field.
    #[serde(default)]
    pub search_params: super::FilterPayload,
    /// Updated At
    #[serde(default)]
    pub updated_at: String,
    /// Workspace Id
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ChatCompletionEventPreview
///
/// Generated from schema `ChatCompletionEventPreview` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ChatCompletionEventPreview {
    /// Correlation Id
    #[serde(default)]
    pub correlation_id: String,
    /// Created At
    #[serde(default)]
    pub created_at: String,
    /// Event Id
    #[serde(default)]
    pub event_id: String,
    /// Extra Fields
    #[serde(default)]
    pub extra_fields:
        std::collections::BTreeMap<String, Option<super::ChatCompletionEventPreviewExtraFieldsValue>>,
    /// Nb Input Tokens
    #[serde(default)]
    pub nb_input_tokens: i64,
    /// Nb Output Tokens
    #[serde(default)]
    pub nb_output_tokens: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `ChatCompletionEventPreviewExtraFieldsValue` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ChatCompletionEventPreviewExtraFieldsValue {
    /// One of the shapes the spec allows.
    Bool(bool),
    /// One of the shapes the spec allows.
    Integer(i64),
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    String5(String),
    /// One of the shapes the spec allows.
    List(Vec<String>),
    /// One of the shapes the spec allows.
    Object(std::collections::BTreeMap<String, String>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for ChatCompletionEventPreviewExtraFieldsValue {
    fn default() -> Self {
        ChatCompletionEventPreviewExtraFieldsValue::Other(serde_json::Value::Null)
    }
}

/// CreateCampaignRequest
///
/// Generated from schema `CreateCampaignRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateCampaignRequest`], from [`CreateCampaignRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateCampaignRequest {
    /// Description
    #[builder(setter(into))]
    pub description: String,
    /// Judge Id
    #[builder(setter(into))]
    pub judge_id: String,
    /// Max Nb Events
    #[builder(setter(into))]
    pub max_nb_events: i64,
    /// Name
    #[builder(setter(into))]
    pub name: String,
    /// The `search_params` field.
    #[builder(setter(into))]
    pub search_params: super::FilterPayload,
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

impl CreateCampaignRequest {
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
            let v = &self.max_nb_events;
            if (*v as f64) <= 0.0 {
                c.push(
                    format!("{at}max_nb_events"),
                    format!("{} is out of range: must be above 0", v),
                );
            }
            if (*v as f64) > 10000.0 {
                c.push(
                    format!("{at}max_nb_events"),
                    format!("{} is out of range: must be at most 10000", v),
                );
            }
        }
        {
            let v = &self.name;
            let n = v.chars().count();
            if n < 5 {
                c.push(format!("{at}name"), format!("{n} characters: at least 5 needed"));
            }
            if n > 50 {
                c.push(format!("{at}name"), format!("{n} characters: at most 50 allowed"));
            }
        }
        {
            let v = &self.search_params;
            v.check_into(c, &format!("{at}search_params."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "description",
                    "judge_id",
                    "max_nb_events",
                    "name",
                    "search_params",
                ],
            );
        }
    }
}

impl crate::ApiRequest for CreateCampaignRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// FetchCampaignStatusResponse
///
/// Generated from schema `FetchCampaignStatusResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FetchCampaignStatusResponse {
    /// The `status` field.
    #[serde(default)]
    pub status: super::BaseTaskStatus,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// FilterCondition
///
/// Generated from schema `FilterCondition` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`FilterCondition`], from [`FilterCondition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct FilterCondition {
    /// Field
    #[serde(default)]
    #[builder(setter(into))]
    pub field: String,
    /// Op
    #[serde(default)]
    #[builder(setter(into))]
    pub op: super::FilterConditionOp,
    /// Value
    #[serde(default)]
    #[builder(setter(into))]
    pub value: serde_json::Value,
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

impl FilterCondition {
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
            c.extra(&self.extra, &["field", "op", "value"]);
        }
    }
}

impl crate::ApiRequest for FilterCondition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// Op
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum FilterConditionOp {
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

impl Default for FilterConditionOp {
    fn default() -> Self {
        FilterConditionOp::Other(String::new())
    }
}

/// FilterGroup
///
/// Generated from schema `FilterGroup` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`FilterGroup`], from [`FilterGroup::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct FilterGroup {
    /// And
    #[serde(rename = "AND", default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `AND`.
        pub fn and(&mut self, v: impl Into<Vec<super::FilterGroupAndItem>>) {
            self.and = Some(v.into());
        }
        /// Sets `AND` from an `Option` (`None` leaves it unset).
        pub fn maybe_and(&mut self, v: Option<impl Into<Vec<super::FilterGroupAndItem>>>) {
            self.and = v.map(Into::into);
        }
    ))]
    pub and: Option<Vec<super::FilterGroupAndItem>>,
    /// Or
    #[serde(rename = "OR", default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `OR`.
        pub fn or(&mut self, v: impl Into<Vec<super::FilterGroupOrItem>>) {
            self.or = Some(v.into());
        }
        /// Sets `OR` from an `Option` (`None` leaves it unset).
        pub fn maybe_or(&mut self, v: Option<impl Into<Vec<super::FilterGroupOrItem>>>) {
            self.or = v.map(Into::into);
        }
    ))]
    pub or: Option<Vec<super::FilterGroupOrItem>>,
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

impl FilterGroup {
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
            c.extra(&self.extra, &["AND", "OR"]);
        }
    }
}

impl crate::ApiRequest for FilterGroup {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The `FilterGroupAndItem` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum FilterGroupAndItem {
    /// One of the shapes the spec allows.
    FilterGroup(Box<super::FilterGroup>),
    /// One of the shapes the spec allows.
    FilterCondition(super::FilterCondition),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for FilterGroupAndItem {
    fn default() -> Self {
        FilterGroupAndItem::Other(serde_json::Value::Null)
    }
}

/// The `FilterGroupOrItem` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum FilterGroupOrItem {
    /// One of the shapes the spec allows.
    FilterGroup(Box<super::FilterGroup>),
    /// One of the shapes the spec allows.
    FilterCondition(super::FilterCondition),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for FilterGroupOrItem {
    fn default() -> Self {
        FilterGroupOrItem::Other(serde_json::Value::Null)
    }
}

/// FilterPayload
///
/// Generated from schema `FilterPayload` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`FilterPayload`], from [`FilterPayload::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct FilterPayload {
    /// Filters
    #[serde(default)]
    #[builder(setter(into))]
    pub filters: Option<super::FilterPayloadFilters>,
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

impl FilterPayload {
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
            c.extra(&self.extra, &["filters"]);
        }
    }
}

impl crate::ApiRequest for FilterPayload {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Filters
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum FilterPayloadFilters {
    /// One of the shapes the spec allows.
    FilterGroup(super::FilterGroup),
    /// One of the shapes the spec allows.
    FilterCondition(super::FilterCondition),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for FilterPayloadFilters {
    fn default() -> Self {
        FilterPayloadFilters::Other(serde_json::Value::Null)
    }
}

/// Judge
///
/// Generated from schema `Judge` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Judge {
    /// Base Revision
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_revision: Option<String>,
    /// Created At
    #[serde(default)]
    pub created_at: String,
    /// Deleted At
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// Description
    #[serde(default)]
    pub description: String,
    /// Down Revision
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub down_revision: Option<String>,
    /// Id
    #[serde(default)]
    pub id: String,
    /// Instructions
    #[serde(default)]
    pub instructions: String,
    /// Model Name
    #[serde(default)]
    pub model_name: String,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Output
    #[serde(default)]
    pub output: super::JudgeOutput,
    /// Owner Id
    #[serde(default)]
    pub owner_id: String,
    /// Tools
    #[serde(default)]
    pub tools: Vec<String>,
    /// Up Revision
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_revision: Option<String>,
    /// Updated At
    #[serde(default)]
    pub updated_at: String,
    /// Workspace Id
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// JudgeClassificationOutput
///
/// Generated from schema `JudgeClassificationOutput` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`JudgeClassificationOutput`], from [`JudgeClassificationOutput::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct JudgeClassificationOutput {
    /// Options
    #[serde(default)]
    #[builder(setter(into))]
    pub options: Vec<super::JudgeClassificationOutputOption>,
    /// Type
    ///
    /// The API's default: `"CLASSIFICATION"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `type`.
        pub fn r#type(&mut self, v: impl Into<String>) {
            self.r#type = Some(v.into());
        }
        /// Sets `type` from an `Option` (`None` leaves it unset).
        pub fn maybe_type(&mut self, v: Option<impl Into<String>>) {
            self.r#type = v.map(Into::into);
        }
    ))]
    pub r#type: Option<String>,
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

impl JudgeClassificationOutput {
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
            let v = &self.options;
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}options[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["options", "type"]);
        }
    }
}

impl crate::ApiRequest for JudgeClassificationOutput {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// JudgeClassificationOutputOption
///
/// Generated from schema `JudgeClassificationOutputOption` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`JudgeClassificationOutputOption`], from [`JudgeClassificationOutputOption::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct JudgeClassificationOutputOption {
    /// Description
    #[serde(default)]
    #[builder(setter(into))]
    pub description: String,
    /// Value
    #[serde(default)]
    #[builder(setter(into))]
    pub value: String,
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

impl JudgeClassificationOutputOption {
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
            c.extra(&self.extra, &["description", "value"]);
        }
    }
}

impl crate::ApiRequest for JudgeClassificationOutputOption {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// Output
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum JudgeOutput : "type" {
        /// `type: CLASSIFICATION`
        "CLASSIFICATION" => Classification(super::JudgeClassificationOutput),
        /// `type: REGRESSION`
        "REGRESSION" => Regression(super::JudgeRegressionOutput),
    }
}

/// JudgeRegressionOutput
///
/// Generated from schema `JudgeRegressionOutput` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`JudgeRegressionOutput`], from [`JudgeRegressionOutput::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct JudgeRegressionOutput {
    /// Max
    ///
    /// The API's default: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `max`.
        pub fn max(&mut self, v: impl Into<f64>) {
            self.max = Some(v.into());
        }
        /// Sets `max` from an `Option` (`None` leaves it unset).
        pub fn maybe_max(&mut self, v: Option<impl Into<f64>>) {
            self.max = v.map(Into::into);
        }
    ))]
    pub max: Option<f64>,
    /// Max Description
    #[serde(default)]
    #[builder(setter(into))]
    pub max_description: String,
    /// Min
    ///
    /// The API's default: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `min`.
        pub fn min(&mut self, v: impl Into<f64>) {
            self.min = Some(v.into());
        }
        /// Sets `min` from an `Option` (`None` leaves it unset).
        pub fn maybe_min(&mut self, v: Option<impl Into<f64>>) {
            self.min = v.map(Into::into);
        }
    ))]
    pub min: Option<f64>,
    /// Min Description
    #[serde(default)]
    #[builder(setter(into))]
    pub min_description: String,
    /// Type
    ///
    /// The API's default: `"REGRESSION"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `type`.
        pub fn r#type(&mut self, v: impl Into<String>) {
            self.r#type = Some(v.into());
        }
        /// Sets `type` from an `Option` (`None` leaves it unset).
        pub fn maybe_type(&mut self, v: Option<impl Into<String>>) {
            self.r#type = v.map(Into::into);
        }
    ))]
    pub r#type: Option<String>,
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

impl JudgeRegressionOutput {
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
        if let Some(v) = &self.min {
            if *v < 0.0 {
                c.push(
                    format!("{at}min"),
                    format!("{} is out of range: must be at least 0", v),
                );
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &["max", "max_description", "min", "min_description", "type"],
            );
        }
    }
}

impl crate::ApiRequest for JudgeRegressionOutput {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ListCampaignSelectedEventsResponse
///
/// Generated from schema `ListCampaignSelectedEventsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListCampaignSelectedEventsResponse {
    /// The `completion_events` field.
    #[serde(default)]
    pub completion_events: super::PaginatedResultChatCompletionEventPreview,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ListCampaignsResponse
///
/// Generated from schema `ListCampaignsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListCampaignsResponse {
    /// The `campaigns` field.
    #[serde(default)]
    pub campaigns: super::PaginatedResultCampaignPreview,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PaginatedResultCampaignPreview
///
/// Generated from schema `PaginatedResultCampaignPreview` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultCampaignPreview {
    /// Count
    #[serde(default)]
    pub count: i64,
    /// Next
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Previous
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// Results
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::Campaign>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PaginatedResultChatCompletionEventPreview
///
/// Generated from schema `PaginatedResultChatCompletionEventPreview` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultChatCompletionEventPreview {
    /// Count
    #[serde(default)]
    pub count: i64,
    /// Next
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Previous
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// Results
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::ChatCompletionEventPreview>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The query parameters of `client.observability().campaigns().get_campaigns`: `GET /v1/observability/campaigns` (`get_campaigns_v1_observability_campaigns_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityCampaignsGetCampaignsQuery`], from [`ObservabilityCampaignsGetCampaignsQuery::builder`]."
    )
)]
pub struct ObservabilityCampaignsGetCampaignsQuery {
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
    /// Page
    #[builder(via_mutators, mutators(
        /// Sets `page`.
        pub fn page(&mut self, v: impl Into<i64>) {
            self.page = Some(v.into());
        }
        /// Sets `page` from an `Option` (`None` leaves it unset).
        pub fn maybe_page(&mut self, v: Option<impl Into<i64>>) {
            self.page = v.map(Into::into);
        }
    ))]
    pub page: Option<i64>,
    /// Q
    #[builder(via_mutators, mutators(
        /// Sets `q`.
        pub fn q(&mut self, v: impl Into<String>) {
            self.q = Some(v.into());
        }
        /// Sets `q` from an `Option` (`None` leaves it unset).
        pub fn maybe_q(&mut self, v: Option<impl Into<String>>) {
            self.q = v.map(Into::into);
        }
    ))]
    pub q: Option<String>,
}

impl ObservabilityCampaignsGetCampaignsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.page, &mut q, "page");
        crate::generated::QueryValue::push_to(&self.q, &mut q, "q");
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
        if let Some(v) = &self.page {
            if (*v as f64) < 1.0 {
                c.push("page", format!("{} is out of range: must be at least 1", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.observability().campaigns().get_campaign_selected_events`: `GET /v1/observability/campaigns/{campaign_id}/selected-events` (`get_campaign_selected_events_v1_observability_campaigns__campaign_id__selected_events_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityCampaignsGetCampaignSelectedEventsQuery`], from [`ObservabilityCampaignsGetCampaignSelectedEventsQuery::builder`]."
    )
)]
pub struct ObservabilityCampaignsGetCampaignSelectedEventsQuery {
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
    /// Page
    #[builder(via_mutators, mutators(
        /// Sets `page`.
        pub fn page(&mut self, v: impl Into<i64>) {
            self.page = Some(v.into());
        }
        /// Sets `page` from an `Option` (`None` leaves it unset).
        pub fn maybe_page(&mut self, v: Option<impl Into<i64>>) {
            self.page = v.map(Into::into);
        }
    ))]
    pub page: Option<i64>,
}

impl ObservabilityCampaignsGetCampaignSelectedEventsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.page, &mut q, "page");
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
        if let Some(v) = &self.page {
            if (*v as f64) < 1.0 {
                c.push("page", format!("{} is out of range: must be at least 1", v));
            }
        }
        c.finish()
    }
}
