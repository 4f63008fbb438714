// generated from the spec by `cargo xtask codegen`: do not edit

/// ChatCompletionEvent
///
/// Generated from schema `ChatCompletionEvent` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ChatCompletionEvent {
    /// Chat Transcription Events
    #[serde(default)]
    pub chat_transcription_events: Vec<super::ChatTranscriptionEvent>,
    /// Correlation Id
    #[serde(default)]
    pub correlation_id: String,
    /// Created At
    #[serde(default)]
    pub created_at: String,
    /// Enabled Tools
    #[serde(default)]
    pub enabled_tools: Vec<serde_json::Map<String, serde_json::Value>>,
    /// Event Id
    #[serde(default)]
    pub event_id: String,
    /// Extra Fields
    #[serde(default)]
    pub extra_fields: std::collections::BTreeMap<String, Option<super::ChatCompletionEventExtraFieldsValue>>,
    /// Nb Input Tokens
    #[serde(default)]
    pub nb_input_tokens: i64,
    /// Nb Messages
    #[serde(default)]
    pub nb_messages: i64,
    /// Nb Output Tokens
    #[serde(default)]
    pub nb_output_tokens: i64,
    /// Request Messages
    #[serde(default)]
    pub request_messages: Vec<serde_json::Map<String, serde_json::Value>>,
    /// Response Messages
    #[serde(default)]
    pub response_messages: Vec<serde_json::Map<String, serde_json::Value>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `ChatCompletionEventExtraFieldsValue` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ChatCompletionEventExtraFieldsValue {
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

impl Default for ChatCompletionEventExtraFieldsValue {
    fn default() -> Self {
        ChatCompletionEventExtraFieldsValue::Other(serde_json::Value::Null)
    }
}

/// ChatTranscriptionEvent
///
/// Generated from schema `ChatTranscriptionEvent` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ChatTranscriptionEvent {
    /// Audio Url
    #[serde(default)]
    pub audio_url: String,
    /// Model
    #[serde(default)]
    pub model: String,
    /// Response Message
    #[serde(default)]
    pub response_message: serde_json::Map<String, serde_json::Value>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// CreateJudgeRequest
///
/// Generated from schema `CreateJudgeRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateJudgeRequest`], from [`CreateJudgeRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateJudgeRequest {
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
    pub output: super::CreateJudgeRequestOutput,
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

impl CreateJudgeRequest {
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

impl crate::ApiRequest for CreateJudgeRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// Output
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum CreateJudgeRequestOutput : "type" {
        /// `type: CLASSIFICATION`
        "CLASSIFICATION" => Classification(super::JudgeClassificationOutput),
        /// `type: REGRESSION`
        "REGRESSION" => Regression(super::JudgeRegressionOutput),
    }
}

/// FeedResultChatCompletionEventPreview
///
/// Generated from schema `FeedResultChatCompletionEventPreview` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FeedResultChatCompletionEventPreview {
    /// Cursor
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Next
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Results
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::ChatCompletionEventPreview>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// JudgeChatCompletionEventRequest
///
/// Generated from schema `JudgeChatCompletionEventRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`JudgeChatCompletionEventRequest`], from [`JudgeChatCompletionEventRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct JudgeChatCompletionEventRequest {
    /// The `judge_definition` field.
    #[builder(setter(into))]
    pub judge_definition: super::CreateJudgeRequest,
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

impl JudgeChatCompletionEventRequest {
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
            let v = &self.judge_definition;
            v.check_into(c, &format!("{at}judge_definition."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["judge_definition"]);
        }
    }
}

impl crate::ApiRequest for JudgeChatCompletionEventRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// JudgeOutput
///
/// Generated from schema `JudgeOutput` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JudgeOutput2 {
    /// Analysis
    #[serde(default)]
    pub analysis: String,
    /// Answer
    #[serde(default)]
    pub answer: super::JudgeOutput2Answer,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Answer
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum JudgeOutput2Answer {
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    Number(f64),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for JudgeOutput2Answer {
    fn default() -> Self {
        JudgeOutput2Answer::Other(serde_json::Value::Null)
    }
}

/// SearchChatCompletionEventIdsRequest
///
/// Generated from schema `SearchChatCompletionEventIdsRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SearchChatCompletionEventIdsRequest`], from [`SearchChatCompletionEventIdsRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SearchChatCompletionEventIdsRequest {
    /// Extra Fields
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `extra_fields`.
        pub fn extra_fields(&mut self, v: impl Into<Vec<String>>) {
            self.extra_fields = Some(v.into());
        }
        /// Sets `extra_fields` from an `Option` (`None` leaves it unset).
        pub fn maybe_extra_fields(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.extra_fields = v.map(Into::into);
        }
    ))]
    pub extra_fields: Option<Vec<String>>,
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

impl SearchChatCompletionEventIdsRequest {
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
            let v = &self.search_params;
            v.check_into(c, &format!("{at}search_params."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["extra_fields", "search_params"]);
        }
    }
}

impl crate::ApiRequest for SearchChatCompletionEventIdsRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// SearchChatCompletionEventIdsResponse
///
/// Generated from schema `SearchChatCompletionEventIdsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchChatCompletionEventIdsResponse {
    /// Completion Event Ids
    #[serde(default)]
    pub completion_event_ids: Vec<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// SearchChatCompletionEventsRequest
///
/// Generated from schema `SearchChatCompletionEventsRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SearchChatCompletionEventsRequest`], from [`SearchChatCompletionEventsRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SearchChatCompletionEventsRequest {
    /// Extra Fields
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `extra_fields`.
        pub fn extra_fields(&mut self, v: impl Into<Vec<String>>) {
            self.extra_fields = Some(v.into());
        }
        /// Sets `extra_fields` from an `Option` (`None` leaves it unset).
        pub fn maybe_extra_fields(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.extra_fields = v.map(Into::into);
        }
    ))]
    pub extra_fields: Option<Vec<String>>,
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

impl SearchChatCompletionEventsRequest {
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
            let v = &self.search_params;
            v.check_into(c, &format!("{at}search_params."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["extra_fields", "search_params"]);
        }
    }
}

impl crate::ApiRequest for SearchChatCompletionEventsRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// SearchChatCompletionEventsResponse
///
/// Generated from schema `SearchChatCompletionEventsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchChatCompletionEventsResponse {
    /// The `completion_events` field.
    #[serde(default)]
    pub completion_events: super::FeedResultChatCompletionEventPreview,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The query parameters of `client.observability().chat_completion_events().get_chat_completion_events`: `POST /v1/observability/chat-completion-events/search` (`get_chat_completion_events_v1_observability_chat_completion_events_search_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityChatCompletionEventsGetChatCompletionEventsQuery`], from [`ObservabilityChatCompletionEventsGetChatCompletionEventsQuery::builder`]."
    )
)]
pub struct ObservabilityChatCompletionEventsGetChatCompletionEventsQuery {
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

impl ObservabilityChatCompletionEventsGetChatCompletionEventsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
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
