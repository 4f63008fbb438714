// generated from the spec by `cargo xtask codegen`: do not edit

/// JudgeConversationRequest
///
/// Generated from schema `JudgeConversationRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`JudgeConversationRequest`], from [`JudgeConversationRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct JudgeConversationRequest {
    /// Messages
    #[builder(setter(into))]
    pub messages: Vec<serde_json::Map<String, serde_json::Value>>,
    /// Properties
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `properties`.
        pub fn properties(&mut self, v: impl Into<serde_json::Map<String, serde_json::Value>>) {
            self.properties = Some(v.into());
        }
        /// Sets `properties` from an `Option` (`None` leaves it unset).
        pub fn maybe_properties(&mut self, v: Option<impl Into<serde_json::Map<String, serde_json::Value>>>) {
            self.properties = v.map(Into::into);
        }
    ))]
    pub properties: Option<serde_json::Map<String, serde_json::Value>>,
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

impl JudgeConversationRequest {
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
            c.extra(&self.extra, &["messages", "properties"]);
        }
    }
}

impl crate::ApiRequest for JudgeConversationRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// JudgeOutputType
    ///
    /// Generated from schema `JudgeOutputType` of the published spec (`spec/mistral-openapi.json`).
    pub enum JudgeOutputType {
        /// `REGRESSION`
        Regression = "REGRESSION",
        /// `CLASSIFICATION`
        Classification = "CLASSIFICATION",
    }
}

impl Default for JudgeOutputType {
    fn default() -> Self {
        JudgeOutputType::Other(String::new())
    }
}

impl crate::generated::QueryValue for JudgeOutputType {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// ListJudgesResponse
///
/// Generated from schema `ListJudgesResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListJudgesResponse {
    /// The `judges` field.
    #[serde(default)]
    pub judges: super::PaginatedResultJudgePreview,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PaginatedResultJudgePreview
///
/// Generated from schema `PaginatedResultJudgePreview` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultJudgePreview {
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
    pub results: Option<Vec<super::Judge>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UpdateJudgeRequest
///
/// Generated from schema `UpdateJudgeRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateJudgeRequest`], from [`UpdateJudgeRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateJudgeRequest {
    /// Description
    #[builder(setter(into))]
    pub description: String,
    /// Instructions
    #[builder(setter(into))]
    pub instructions: String,
    /// Model Name
    #[builder(setter(into))]
    pub model_name: String,
    /// Name
    #[builder(setter(into))]
    pub name: String,
    /// Output
    #[builder(setter(into))]
    pub output: super::UpdateJudgeRequestOutput,
    /// Tools
    #[builder(setter(into))]
    pub tools: Vec<String>,
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

impl UpdateJudgeRequest {
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
            let v = &self.description;
            let n = v.chars().count();
            if n > 500 {
                c.push(
                    format!("{at}description"),
                    format!("{n} characters: at most 500 allowed"),
                );
            }
        }
        {
            let v = &self.instructions;
            let n = v.chars().count();
            if n > 10000 {
                c.push(
                    format!("{at}instructions"),
                    format!("{n} characters: at most 10000 allowed"),
                );
            }
        }
        {
            let v = &self.model_name;
            let n = v.chars().count();
            if n > 500 {
                c.push(
                    format!("{at}model_name"),
                    format!("{n} characters: at most 500 allowed"),
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
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "description",
                    "instructions",
                    "model_name",
                    "name",
                    "output",
                    "tools",
                ],
            );
        }
    }
}

impl crate::ApiRequest for UpdateJudgeRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// Output
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum UpdateJudgeRequestOutput : "type" {
        /// `type: CLASSIFICATION`
        "CLASSIFICATION" => Classification(super::JudgeClassificationOutput),
        /// `type: REGRESSION`
        "REGRESSION" => Regression(super::JudgeRegressionOutput),
    }
}

/// The query parameters of `client.observability().judges().get_judges`: `GET /v1/observability/judges` (`get_judges_v1_observability_judges_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityJudgesGetJudgesQuery`], from [`ObservabilityJudgesGetJudgesQuery::builder`]."
    )
)]
pub struct ObservabilityJudgesGetJudgesQuery {
    /// Filter by judge output types
    #[builder(via_mutators, mutators(
        /// Sets `type_filter`.
        pub fn type_filter(&mut self, v: impl Into<Vec<super::JudgeOutputType>>) {
            self.type_filter = Some(v.into());
        }
        /// Sets `type_filter` from an `Option` (`None` leaves it unset).
        pub fn maybe_type_filter(&mut self, v: Option<impl Into<Vec<super::JudgeOutputType>>>) {
            self.type_filter = v.map(Into::into);
        }
    ))]
    pub type_filter: Option<Vec<super::JudgeOutputType>>,
    /// Filter by model names
    #[builder(via_mutators, mutators(
        /// Sets `model_filter`.
        pub fn model_filter(&mut self, v: impl Into<Vec<String>>) {
            self.model_filter = Some(v.into());
        }
        /// Sets `model_filter` from an `Option` (`None` leaves it unset).
        pub fn maybe_model_filter(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.model_filter = v.map(Into::into);
        }
    ))]
    pub model_filter: Option<Vec<String>>,
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

impl ObservabilityJudgesGetJudgesQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.type_filter, &mut q, "type_filter");
        crate::generated::QueryValue::push_to(&self.model_filter, &mut q, "model_filter");
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
