// generated from the spec by `cargo xtask codegen`: do not edit

crate::generated::spec_union! {
    /// The `Annotation` object.
    ///
    /// Generated from schema `Annotation` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Annotation : "type" {
        /// `type: file_citation`
        "file_citation" => FileCitation(super::ResponsesAnnotationFileCitation),
        /// `type: url_citation`
        "url_citation" => UrlCitation(super::ResponsesAnnotationUrlCitation),
        /// `type: container_file_citation`
        "container_file_citation" => ContainerFileCitation(super::ResponsesAnnotationContainerFileCitation),
        /// `type: file_path`
        "file_path" => FilePath(super::ResponsesAnnotationFilePath),
    }
}

crate::macros::string_enum! {
    /// The `Code` object.
    ///
    /// Generated from schema `Code` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Code {
        /// `server_error`
        ServerError = "server_error",
        /// `rate_limit_exceeded`
        RateLimitExceeded = "rate_limit_exceeded",
        /// `invalid_prompt`
        InvalidPrompt = "invalid_prompt",
        /// `bio_policy`
        BioPolicy = "bio_policy",
        /// `vector_store_timeout`
        VectorStoreTimeout = "vector_store_timeout",
        /// `invalid_image`
        InvalidImage = "invalid_image",
        /// `invalid_image_format`
        InvalidImageFormat = "invalid_image_format",
        /// `invalid_base64_image`
        InvalidBase64Image = "invalid_base64_image",
        /// `invalid_image_url`
        InvalidImageUrl = "invalid_image_url",
        /// `image_too_large`
        ImageTooLarge = "image_too_large",
        /// `image_too_small`
        ImageTooSmall = "image_too_small",
        /// `image_parse_error`
        ImageParseError = "image_parse_error",
        /// `image_content_policy_violation`
        ImageContentPolicyViolation = "image_content_policy_violation",
        /// `invalid_image_mode`
        InvalidImageMode = "invalid_image_mode",
        /// `image_file_too_large`
        ImageFileTooLarge = "image_file_too_large",
        /// `unsupported_image_media_type`
        UnsupportedImageMediaType = "unsupported_image_media_type",
        /// `empty_image_file`
        EmptyImageFile = "empty_image_file",
        /// `failed_to_download_image`
        FailedToDownloadImage = "failed_to_download_image",
        /// `image_file_not_found`
        ImageFileNotFound = "image_file_not_found",
    }
}

impl Default for Code {
    fn default() -> Self {
        Code::Other(String::new())
    }
}

/// CountResponseInputTokensRequest
///
/// Generated from schema `CountResponseInputTokensRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CountResponseInputTokensRequest`], from [`CountResponseInputTokensRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CountResponseInputTokensRequest {
    /// The `conversation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `conversation`.
        pub fn conversation(&mut self, v: impl Into<serde_json::Value>) {
            self.conversation = Some(v.into());
        }
        /// Sets `conversation` from an `Option` (`None` leaves it unset).
        pub fn maybe_conversation(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.conversation = v.map(Into::into);
        }
    ))]
    pub conversation: Option<serde_json::Value>,
    /// The `input` field.
    #[builder(setter(into))]
    pub input: super::CountResponseInputTokensRequestInput2,
    /// The `instructions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `instructions`.
        pub fn instructions(&mut self, v: impl Into<String>) {
            self.instructions = Some(v.into());
        }
        /// Sets `instructions` from an `Option` (`None` leaves it unset).
        pub fn maybe_instructions(&mut self, v: Option<impl Into<String>>) {
            self.instructions = v.map(Into::into);
        }
    ))]
    pub instructions: Option<String>,
    /// The `model` field.
    #[builder(setter(into))]
    pub model: String,
    /// The API's default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `parallel_tool_calls`.
        pub fn parallel_tool_calls(&mut self, v: impl Into<bool>) {
            self.parallel_tool_calls = Some(v.into());
        }
        /// Sets `parallel_tool_calls` from an `Option` (`None` leaves it unset).
        pub fn maybe_parallel_tool_calls(&mut self, v: Option<impl Into<bool>>) {
            self.parallel_tool_calls = v.map(Into::into);
        }
    ))]
    pub parallel_tool_calls: Option<bool>,
    /// The `previous_response_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `previous_response_id`.
        pub fn previous_response_id(&mut self, v: impl Into<serde_json::Value>) {
            self.previous_response_id = Some(v.into());
        }
        /// Sets `previous_response_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_previous_response_id(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.previous_response_id = v.map(Into::into);
        }
    ))]
    pub previous_response_id: Option<serde_json::Value>,
    /// The `prompt` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `prompt`.
        pub fn prompt(&mut self, v: impl Into<serde_json::Value>) {
            self.prompt = Some(v.into());
        }
        /// Sets `prompt` from an `Option` (`None` leaves it unset).
        pub fn maybe_prompt(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.prompt = v.map(Into::into);
        }
    ))]
    pub prompt: Option<serde_json::Value>,
    /// The `reasoning` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `reasoning`.
        pub fn reasoning(&mut self, v: impl Into<super::CountResponseInputTokensRequestResponsesSupportedReasoning>) {
            self.reasoning = Some(v.into());
        }
        /// Sets `reasoning` from an `Option` (`None` leaves it unset).
        pub fn maybe_reasoning(&mut self, v: Option<impl Into<super::CountResponseInputTokensRequestResponsesSupportedReasoning>>) {
            self.reasoning = v.map(Into::into);
        }
    ))]
    pub reasoning: Option<super::CountResponseInputTokensRequestResponsesSupportedReasoning>,
    /// The `text` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `text`.
        pub fn text(&mut self, v: impl Into<super::CountResponseInputTokensRequestResponsesTextConfig>) {
            self.text = Some(v.into());
        }
        /// Sets `text` from an `Option` (`None` leaves it unset).
        pub fn maybe_text(&mut self, v: Option<impl Into<super::CountResponseInputTokensRequestResponsesTextConfig>>) {
            self.text = v.map(Into::into);
        }
    ))]
    pub text: Option<super::CountResponseInputTokensRequestResponsesTextConfig>,
    /// The `tool_choice` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `tool_choice`.
        pub fn tool_choice(&mut self, v: impl Into<super::CountResponseInputTokensRequestToolChoiceUnion>) {
            self.tool_choice = Some(v.into());
        }
        /// Sets `tool_choice` from an `Option` (`None` leaves it unset).
        pub fn maybe_tool_choice(&mut self, v: Option<impl Into<super::CountResponseInputTokensRequestToolChoiceUnion>>) {
            self.tool_choice = v.map(Into::into);
        }
    ))]
    pub tool_choice: Option<super::CountResponseInputTokensRequestToolChoiceUnion>,
    /// The `tools` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `tools`.
        pub fn tools(&mut self, v: impl Into<Vec<super::CountResponseInputTokensRequestTool>>) {
            self.tools = Some(v.into());
        }
        /// Sets `tools` from an `Option` (`None` leaves it unset).
        pub fn maybe_tools(&mut self, v: Option<impl Into<Vec<super::CountResponseInputTokensRequestTool>>>) {
            self.tools = v.map(Into::into);
        }
    ))]
    pub tools: Option<Vec<super::CountResponseInputTokensRequestTool>>,
    /// The API's default: `"disabled"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `truncation`.
        pub fn truncation(&mut self, v: impl Into<super::CountResponseInputTokensRequestTruncation>) {
            self.truncation = Some(v.into());
        }
        /// Sets `truncation` from an `Option` (`None` leaves it unset).
        pub fn maybe_truncation(&mut self, v: Option<impl Into<super::CountResponseInputTokensRequestTruncation>>) {
            self.truncation = v.map(Into::into);
        }
    ))]
    pub truncation: Option<super::CountResponseInputTokensRequestTruncation>,
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

impl CountResponseInputTokensRequest {
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
        if let Some(v) = &self.reasoning {
            v.check_into(c, &format!("{at}reasoning."));
        }
        if let Some(v) = &self.text {
            v.check_into(c, &format!("{at}text."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "conversation",
                    "input",
                    "instructions",
                    "model",
                    "parallel_tool_calls",
                    "previous_response_id",
                    "prompt",
                    "reasoning",
                    "text",
                    "tool_choice",
                    "tools",
                    "truncation",
                ],
            );
        }
    }
}

impl crate::ApiRequest for CountResponseInputTokensRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `CountResponseInputTokensRequestEffort` object.
    ///
    /// Generated from schema `CountResponseInputTokensRequestEffort` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CountResponseInputTokensRequestEffort {
        /// `none`
        None = "none",
        /// `minimal`
        Minimal = "minimal",
        /// `low`
        Low = "low",
        /// `medium`
        Medium = "medium",
        /// `high`
        High = "high",
        /// `xhigh`
        Xhigh = "xhigh",
        /// `max`
        Max = "max",
    }
}

impl Default for CountResponseInputTokensRequestEffort {
    fn default() -> Self {
        CountResponseInputTokensRequestEffort::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `CountResponseInputTokensRequestFormat` object.
    ///
    /// Generated from schema `CountResponseInputTokensRequestFormat` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CountResponseInputTokensRequestFormat : "type" {
        /// `type: text`
        "text" => Text(super::CountResponseInputTokensRequestResponsesFormatText),
        /// `type: json_schema`
        "json_schema" => JsonSchema(super::CountResponseInputTokensRequestResponsesFormatTextJsonSchemaConfig),
        /// `type: json_object`
        "json_object" => JsonObject(super::CountResponseInputTokensRequestResponsesFormatJsonObject),
    }
}

/// The `CountResponseInputTokensRequestInput1` object.
///
/// Generated from schema `CountResponseInputTokensRequestInput1` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CountResponseInputTokensRequestInput1 {
    /// One of the shapes the spec allows.
    ResponsesEasyInputMessage(super::ResponsesEasyInputMessage),
    /// One of the shapes the spec allows.
    ResponsesMessage(super::ResponsesMessage),
    /// One of the shapes the spec allows.
    ResponsesOutputMessage(super::ResponsesOutputMessage),
    /// One of the shapes the spec allows.
    ResponsesFunctionCallOutput(super::ResponsesFunctionCallOutput),
    /// One of the shapes the spec allows.
    ResponsesReasoningItem(super::ResponsesReasoningItem),
    /// One of the shapes the spec allows.
    ResponsesFunctionToolCall(super::ResponsesFunctionToolCall),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for CountResponseInputTokensRequestInput1 {
    fn default() -> Self {
        CountResponseInputTokensRequestInput1::Other(serde_json::Value::Null)
    }
}

/// The `CountResponseInputTokensRequestInput2` object.
///
/// Generated from schema `CountResponseInputTokensRequestInput2` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CountResponseInputTokensRequestInput2 {
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    List(Vec<super::CountResponseInputTokensRequestInput1>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for CountResponseInputTokensRequestInput2 {
    fn default() -> Self {
        CountResponseInputTokensRequestInput2::Other(serde_json::Value::Null)
    }
}

/// CountResponseInputTokensRequestResponsesFormatJSONObject
///
/// Generated from schema `CountResponseInputTokensRequestResponsesFormatJSONObject` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CountResponseInputTokensRequestResponsesFormatJsonObject`], from [`CountResponseInputTokensRequestResponsesFormatJsonObject::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CountResponseInputTokensRequestResponsesFormatJsonObject {
    /// The API's default: `"json_object"`.
    #[builder(setter(into))]
    pub r#type: super::CountResponseInputTokensRequestResponsesFormatJsonObjectType,
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

impl CountResponseInputTokensRequestResponsesFormatJsonObject {
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
            c.extra(&self.extra, &["type"]);
        }
    }
}

impl crate::ApiRequest for CountResponseInputTokensRequestResponsesFormatJsonObject {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `CountResponseInputTokensRequestResponsesFormatJsonObjectType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CountResponseInputTokensRequestResponsesFormatJsonObjectType {
        /// `json_object`
        JsonObject = "json_object",
    }
}

impl Default for CountResponseInputTokensRequestResponsesFormatJsonObjectType {
    fn default() -> Self {
        CountResponseInputTokensRequestResponsesFormatJsonObjectType::Other(String::new())
    }
}

/// CountResponseInputTokensRequestResponsesFormatText
///
/// Generated from schema `CountResponseInputTokensRequestResponsesFormatText` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CountResponseInputTokensRequestResponsesFormatText`], from [`CountResponseInputTokensRequestResponsesFormatText::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CountResponseInputTokensRequestResponsesFormatText {
    /// The API's default: `"text"`.
    #[builder(setter(into))]
    pub r#type: super::CountResponseInputTokensRequestResponsesFormatTextType,
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

impl CountResponseInputTokensRequestResponsesFormatText {
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
            c.extra(&self.extra, &["type"]);
        }
    }
}

impl crate::ApiRequest for CountResponseInputTokensRequestResponsesFormatText {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig
///
/// Generated from schema `CountResponseInputTokensRequestResponsesFormatTextJSONSchemaConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CountResponseInputTokensRequestResponsesFormatTextJsonSchemaConfig`], from [`CountResponseInputTokensRequestResponsesFormatTextJsonSchemaConfig::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CountResponseInputTokensRequestResponsesFormatTextJsonSchemaConfig {
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `description`.
        pub fn description(&mut self, v: impl Into<String>) {
            self.description = Some(v.into());
        }
        /// Sets `description` from an `Option` (`None` leaves it unset).
        pub fn maybe_description(&mut self, v: Option<impl Into<String>>) {
            self.description = v.map(Into::into);
        }
    ))]
    pub description: Option<String>,
    /// The `name` field.
    #[builder(setter(into))]
    pub name: String,
    /// The `schema` field.
    #[builder(setter(into))]
    pub schema: serde_json::Map<String, serde_json::Value>,
    /// The `strict` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `strict`.
        pub fn strict(&mut self, v: impl Into<bool>) {
            self.strict = Some(v.into());
        }
        /// Sets `strict` from an `Option` (`None` leaves it unset).
        pub fn maybe_strict(&mut self, v: Option<impl Into<bool>>) {
            self.strict = v.map(Into::into);
        }
    ))]
    pub strict: Option<bool>,
    /// The API's default: `"json_schema"`.
    #[builder(setter(into))]
    pub r#type: super::CountResponseInputTokensRequestResponsesFormatTextJsonSchemaConfigType,
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

impl CountResponseInputTokensRequestResponsesFormatTextJsonSchemaConfig {
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
            c.extra(&self.extra, &["description", "name", "schema", "strict", "type"]);
        }
    }
}

impl crate::ApiRequest for CountResponseInputTokensRequestResponsesFormatTextJsonSchemaConfig {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `CountResponseInputTokensRequestResponsesFormatTextJsonSchemaConfigType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CountResponseInputTokensRequestResponsesFormatTextJsonSchemaConfigType {
        /// `json_schema`
        JsonSchema = "json_schema",
    }
}

impl Default for CountResponseInputTokensRequestResponsesFormatTextJsonSchemaConfigType {
    fn default() -> Self {
        CountResponseInputTokensRequestResponsesFormatTextJsonSchemaConfigType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `CountResponseInputTokensRequestResponsesFormatTextType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CountResponseInputTokensRequestResponsesFormatTextType {
        /// `text`
        Text = "text",
    }
}

impl Default for CountResponseInputTokensRequestResponsesFormatTextType {
    fn default() -> Self {
        CountResponseInputTokensRequestResponsesFormatTextType::Other(String::new())
    }
}

/// CountResponseInputTokensRequestResponsesSupportedReasoning
///
/// Generated from schema `CountResponseInputTokensRequestResponsesSupportedReasoning` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CountResponseInputTokensRequestResponsesSupportedReasoning`], from [`CountResponseInputTokensRequestResponsesSupportedReasoning::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CountResponseInputTokensRequestResponsesSupportedReasoning {
    /// The `effort` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `effort`.
        pub fn effort(&mut self, v: impl Into<super::CountResponseInputTokensRequestEffort>) {
            self.effort = Some(v.into());
        }
        /// Sets `effort` from an `Option` (`None` leaves it unset).
        pub fn maybe_effort(&mut self, v: Option<impl Into<super::CountResponseInputTokensRequestEffort>>) {
            self.effort = v.map(Into::into);
        }
    ))]
    pub effort: Option<super::CountResponseInputTokensRequestEffort>,
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

impl CountResponseInputTokensRequestResponsesSupportedReasoning {
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
            c.extra(&self.extra, &["effort"]);
        }
    }
}

impl crate::ApiRequest for CountResponseInputTokensRequestResponsesSupportedReasoning {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// CountResponseInputTokensRequestResponsesTextConfig
///
/// Generated from schema `CountResponseInputTokensRequestResponsesTextConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CountResponseInputTokensRequestResponsesTextConfig`], from [`CountResponseInputTokensRequestResponsesTextConfig::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CountResponseInputTokensRequestResponsesTextConfig {
    /// The `format` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `format`.
        pub fn format(&mut self, v: impl Into<super::CountResponseInputTokensRequestFormat>) {
            self.format = Some(v.into());
        }
        /// Sets `format` from an `Option` (`None` leaves it unset).
        pub fn maybe_format(&mut self, v: Option<impl Into<super::CountResponseInputTokensRequestFormat>>) {
            self.format = v.map(Into::into);
        }
    ))]
    pub format: Option<super::CountResponseInputTokensRequestFormat>,
    /// The `verbosity` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `verbosity`.
        pub fn verbosity(&mut self, v: impl Into<super::CountResponseInputTokensRequestVerbosity>) {
            self.verbosity = Some(v.into());
        }
        /// Sets `verbosity` from an `Option` (`None` leaves it unset).
        pub fn maybe_verbosity(&mut self, v: Option<impl Into<super::CountResponseInputTokensRequestVerbosity>>) {
            self.verbosity = v.map(Into::into);
        }
    ))]
    pub verbosity: Option<super::CountResponseInputTokensRequestVerbosity>,
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

impl CountResponseInputTokensRequestResponsesTextConfig {
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
            c.extra(&self.extra, &["format", "verbosity"]);
        }
    }
}

impl crate::ApiRequest for CountResponseInputTokensRequestResponsesTextConfig {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// CountResponseInputTokensRequestResponsesToolChoiceFunction
///
/// Generated from schema `CountResponseInputTokensRequestResponsesToolChoiceFunction` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CountResponseInputTokensRequestResponsesToolChoiceFunction`], from [`CountResponseInputTokensRequestResponsesToolChoiceFunction::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CountResponseInputTokensRequestResponsesToolChoiceFunction {
    /// The `name` field.
    #[builder(setter(into))]
    pub name: String,
    /// The API's default: `"function"`.
    #[builder(setter(into))]
    pub r#type: super::CountResponseInputTokensRequestResponsesToolChoiceFunctionType,
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

impl CountResponseInputTokensRequestResponsesToolChoiceFunction {
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
            c.extra(&self.extra, &["name", "type"]);
        }
    }
}

impl crate::ApiRequest for CountResponseInputTokensRequestResponsesToolChoiceFunction {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `CountResponseInputTokensRequestResponsesToolChoiceFunctionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CountResponseInputTokensRequestResponsesToolChoiceFunctionType {
        /// `function`
        Function = "function",
    }
}

impl Default for CountResponseInputTokensRequestResponsesToolChoiceFunctionType {
    fn default() -> Self {
        CountResponseInputTokensRequestResponsesToolChoiceFunctionType::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `CountResponseInputTokensRequestTool` object.
    ///
    /// Generated from schema `CountResponseInputTokensRequestTool` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CountResponseInputTokensRequestTool : "type" {
        /// `type: function`
        "function" => Function(super::ResponsesFunctionTool),
        /// `type: namespace`
        "namespace" => Namespace(super::ResponsesNamespaceTool),
    }
}

crate::macros::string_enum! {
    /// The `CountResponseInputTokensRequestToolChoiceEnum` object.
    ///
    /// Generated from schema `CountResponseInputTokensRequestToolChoiceEnum` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CountResponseInputTokensRequestToolChoiceEnum {
        /// `none`
        None = "none",
        /// `auto`
        Auto = "auto",
        /// `required`
        Required = "required",
    }
}

impl Default for CountResponseInputTokensRequestToolChoiceEnum {
    fn default() -> Self {
        CountResponseInputTokensRequestToolChoiceEnum::Other(String::new())
    }
}

/// The `CountResponseInputTokensRequestToolChoiceUnion` object.
///
/// Generated from schema `CountResponseInputTokensRequestToolChoiceUnion` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CountResponseInputTokensRequestToolChoiceUnion {
    /// One of the shapes the spec allows.
    CountResponseInputTokensRequestResponsesToolChoiceFunction(
        super::CountResponseInputTokensRequestResponsesToolChoiceFunction,
    ),
    /// One of the shapes the spec allows.
    CountResponseInputTokensRequestToolChoiceEnum(super::CountResponseInputTokensRequestToolChoiceEnum),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for CountResponseInputTokensRequestToolChoiceUnion {
    fn default() -> Self {
        CountResponseInputTokensRequestToolChoiceUnion::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `CountResponseInputTokensRequestTruncation` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CountResponseInputTokensRequestTruncation {
        /// `disabled`
        Disabled = "disabled",
    }
}

impl Default for CountResponseInputTokensRequestTruncation {
    fn default() -> Self {
        CountResponseInputTokensRequestTruncation::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `CountResponseInputTokensRequestVerbosity` object.
    ///
    /// Generated from schema `CountResponseInputTokensRequestVerbosity` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CountResponseInputTokensRequestVerbosity {
        /// `low`
        Low = "low",
        /// `medium`
        Medium = "medium",
        /// `high`
        High = "high",
    }
}

impl Default for CountResponseInputTokensRequestVerbosity {
    fn default() -> Self {
        CountResponseInputTokensRequestVerbosity::Other(String::new())
    }
}

/// CountResponseInputTokensResponse
///
/// Generated from schema `CountResponseInputTokensResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CountResponseInputTokensResponse {
    /// The `input_tokens` field.
    #[serde(default)]
    pub input_tokens: i64,
    /// The API's default: `"response.input_tokens"`.
    #[serde(default)]
    pub object: super::CountResponseInputTokensResponseObject,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `CountResponseInputTokensResponseObject` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CountResponseInputTokensResponseObject {
        /// `response.input_tokens`
        ResponseInputTokens = "response.input_tokens",
    }
}

impl Default for CountResponseInputTokensResponseObject {
    fn default() -> Self {
        CountResponseInputTokensResponseObject::Other(String::new())
    }
}

/// CreateResponseRequest
///
/// Generated from schema `CreateResponseRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateResponseRequest`], from [`CreateResponseRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateResponseRequest {
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `background`.
        pub fn background(&mut self, v: impl Into<serde_json::Value>) {
            self.background = Some(v.into());
        }
        /// Sets `background` from an `Option` (`None` leaves it unset).
        pub fn maybe_background(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.background = v.map(Into::into);
        }
    ))]
    pub background: Option<serde_json::Value>,
    /// The `conversation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `conversation`.
        pub fn conversation(&mut self, v: impl Into<serde_json::Value>) {
            self.conversation = Some(v.into());
        }
        /// Sets `conversation` from an `Option` (`None` leaves it unset).
        pub fn maybe_conversation(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.conversation = v.map(Into::into);
        }
    ))]
    pub conversation: Option<serde_json::Value>,
    /// The `input` field.
    #[builder(setter(into))]
    pub input: super::CreateResponseRequestInput2,
    /// The `instructions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `instructions`.
        pub fn instructions(&mut self, v: impl Into<String>) {
            self.instructions = Some(v.into());
        }
        /// Sets `instructions` from an `Option` (`None` leaves it unset).
        pub fn maybe_instructions(&mut self, v: Option<impl Into<String>>) {
            self.instructions = v.map(Into::into);
        }
    ))]
    pub instructions: Option<String>,
    /// The `max_output_tokens` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `max_output_tokens`.
        pub fn max_output_tokens(&mut self, v: impl Into<i64>) {
            self.max_output_tokens = Some(v.into());
        }
        /// Sets `max_output_tokens` from an `Option` (`None` leaves it unset).
        pub fn maybe_max_output_tokens(&mut self, v: Option<impl Into<i64>>) {
            self.max_output_tokens = v.map(Into::into);
        }
    ))]
    pub max_output_tokens: Option<i64>,
    /// The `max_tool_calls` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `max_tool_calls`.
        pub fn max_tool_calls(&mut self, v: impl Into<i64>) {
            self.max_tool_calls = Some(v.into());
        }
        /// Sets `max_tool_calls` from an `Option` (`None` leaves it unset).
        pub fn maybe_max_tool_calls(&mut self, v: Option<impl Into<i64>>) {
            self.max_tool_calls = v.map(Into::into);
        }
    ))]
    pub max_tool_calls: Option<i64>,
    /// The `metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `metadata`.
        pub fn metadata(&mut self, v: impl Into<std::collections::BTreeMap<String, String>>) {
            self.metadata = Some(v.into());
        }
        /// Sets `metadata` from an `Option` (`None` leaves it unset).
        pub fn maybe_metadata(&mut self, v: Option<impl Into<std::collections::BTreeMap<String, String>>>) {
            self.metadata = v.map(Into::into);
        }
    ))]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The `model` field.
    #[builder(setter(into))]
    pub model: String,
    /// The `moderation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `moderation`.
        pub fn moderation(&mut self, v: impl Into<serde_json::Value>) {
            self.moderation = Some(v.into());
        }
        /// Sets `moderation` from an `Option` (`None` leaves it unset).
        pub fn maybe_moderation(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.moderation = v.map(Into::into);
        }
    ))]
    pub moderation: Option<serde_json::Value>,
    /// The API's default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `parallel_tool_calls`.
        pub fn parallel_tool_calls(&mut self, v: impl Into<bool>) {
            self.parallel_tool_calls = Some(v.into());
        }
        /// Sets `parallel_tool_calls` from an `Option` (`None` leaves it unset).
        pub fn maybe_parallel_tool_calls(&mut self, v: Option<impl Into<bool>>) {
            self.parallel_tool_calls = v.map(Into::into);
        }
    ))]
    pub parallel_tool_calls: Option<bool>,
    /// The `previous_response_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `previous_response_id`.
        pub fn previous_response_id(&mut self, v: impl Into<serde_json::Value>) {
            self.previous_response_id = Some(v.into());
        }
        /// Sets `previous_response_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_previous_response_id(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.previous_response_id = v.map(Into::into);
        }
    ))]
    pub previous_response_id: Option<serde_json::Value>,
    /// The `prompt` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `prompt`.
        pub fn prompt(&mut self, v: impl Into<serde_json::Value>) {
            self.prompt = Some(v.into());
        }
        /// Sets `prompt` from an `Option` (`None` leaves it unset).
        pub fn maybe_prompt(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.prompt = v.map(Into::into);
        }
    ))]
    pub prompt: Option<serde_json::Value>,
    /// The `prompt_cache_key` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `prompt_cache_key`.
        pub fn prompt_cache_key(&mut self, v: impl Into<String>) {
            self.prompt_cache_key = Some(v.into());
        }
        /// Sets `prompt_cache_key` from an `Option` (`None` leaves it unset).
        pub fn maybe_prompt_cache_key(&mut self, v: Option<impl Into<String>>) {
            self.prompt_cache_key = v.map(Into::into);
        }
    ))]
    pub prompt_cache_key: Option<String>,
    /// The `reasoning` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `reasoning`.
        pub fn reasoning(&mut self, v: impl Into<super::CreateResponseRequestResponsesSupportedReasoning>) {
            self.reasoning = Some(v.into());
        }
        /// Sets `reasoning` from an `Option` (`None` leaves it unset).
        pub fn maybe_reasoning(&mut self, v: Option<impl Into<super::CreateResponseRequestResponsesSupportedReasoning>>) {
            self.reasoning = v.map(Into::into);
        }
    ))]
    pub reasoning: Option<super::CreateResponseRequestResponsesSupportedReasoning>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `store`.
        pub fn store(&mut self, v: impl Into<serde_json::Value>) {
            self.store = Some(v.into());
        }
        /// Sets `store` from an `Option` (`None` leaves it unset).
        pub fn maybe_store(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.store = v.map(Into::into);
        }
    ))]
    pub store: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `stream`.
        pub fn stream(&mut self, v: impl Into<bool>) {
            self.stream = Some(v.into());
        }
        /// Sets `stream` from an `Option` (`None` leaves it unset).
        pub fn maybe_stream(&mut self, v: Option<impl Into<bool>>) {
            self.stream = v.map(Into::into);
        }
    ))]
    pub stream: Option<bool>,
    /// The `temperature` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `temperature`.
        pub fn temperature(&mut self, v: impl Into<f64>) {
            self.temperature = Some(v.into());
        }
        /// Sets `temperature` from an `Option` (`None` leaves it unset).
        pub fn maybe_temperature(&mut self, v: Option<impl Into<f64>>) {
            self.temperature = v.map(Into::into);
        }
    ))]
    pub temperature: Option<f64>,
    /// The `text` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `text`.
        pub fn text(&mut self, v: impl Into<super::CreateResponseRequestResponsesTextConfig>) {
            self.text = Some(v.into());
        }
        /// Sets `text` from an `Option` (`None` leaves it unset).
        pub fn maybe_text(&mut self, v: Option<impl Into<super::CreateResponseRequestResponsesTextConfig>>) {
            self.text = v.map(Into::into);
        }
    ))]
    pub text: Option<super::CreateResponseRequestResponsesTextConfig>,
    /// The `tool_choice` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `tool_choice`.
        pub fn tool_choice(&mut self, v: impl Into<super::CreateResponseRequestToolChoiceUnion>) {
            self.tool_choice = Some(v.into());
        }
        /// Sets `tool_choice` from an `Option` (`None` leaves it unset).
        pub fn maybe_tool_choice(&mut self, v: Option<impl Into<super::CreateResponseRequestToolChoiceUnion>>) {
            self.tool_choice = v.map(Into::into);
        }
    ))]
    pub tool_choice: Option<super::CreateResponseRequestToolChoiceUnion>,
    /// The `tools` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `tools`.
        pub fn tools(&mut self, v: impl Into<Vec<super::CreateResponseRequestTool>>) {
            self.tools = Some(v.into());
        }
        /// Sets `tools` from an `Option` (`None` leaves it unset).
        pub fn maybe_tools(&mut self, v: Option<impl Into<Vec<super::CreateResponseRequestTool>>>) {
            self.tools = v.map(Into::into);
        }
    ))]
    pub tools: Option<Vec<super::CreateResponseRequestTool>>,
    /// The API's default: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `top_logprobs`.
        pub fn top_logprobs(&mut self, v: impl Into<i64>) {
            self.top_logprobs = Some(v.into());
        }
        /// Sets `top_logprobs` from an `Option` (`None` leaves it unset).
        pub fn maybe_top_logprobs(&mut self, v: Option<impl Into<i64>>) {
            self.top_logprobs = v.map(Into::into);
        }
    ))]
    pub top_logprobs: Option<i64>,
    /// The `top_p` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `top_p`.
        pub fn top_p(&mut self, v: impl Into<f64>) {
            self.top_p = Some(v.into());
        }
        /// Sets `top_p` from an `Option` (`None` leaves it unset).
        pub fn maybe_top_p(&mut self, v: Option<impl Into<f64>>) {
            self.top_p = v.map(Into::into);
        }
    ))]
    pub top_p: Option<f64>,
    /// The API's default: `"disabled"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `truncation`.
        pub fn truncation(&mut self, v: impl Into<super::CreateResponseRequestTruncation>) {
            self.truncation = Some(v.into());
        }
        /// Sets `truncation` from an `Option` (`None` leaves it unset).
        pub fn maybe_truncation(&mut self, v: Option<impl Into<super::CreateResponseRequestTruncation>>) {
            self.truncation = v.map(Into::into);
        }
    ))]
    pub truncation: Option<super::CreateResponseRequestTruncation>,
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

impl CreateResponseRequest {
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
        if let Some(v) = &self.reasoning {
            v.check_into(c, &format!("{at}reasoning."));
        }
        if let Some(v) = &self.text {
            v.check_into(c, &format!("{at}text."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "background",
                    "conversation",
                    "input",
                    "instructions",
                    "max_output_tokens",
                    "max_tool_calls",
                    "metadata",
                    "model",
                    "moderation",
                    "parallel_tool_calls",
                    "previous_response_id",
                    "prompt",
                    "prompt_cache_key",
                    "reasoning",
                    "store",
                    "stream",
                    "temperature",
                    "text",
                    "tool_choice",
                    "tools",
                    "top_logprobs",
                    "top_p",
                    "truncation",
                ],
            );
        }
    }
}

impl crate::ApiRequest for CreateResponseRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `CreateResponseRequestEffort` object.
    ///
    /// Generated from schema `CreateResponseRequestEffort` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseRequestEffort {
        /// `none`
        None = "none",
        /// `minimal`
        Minimal = "minimal",
        /// `low`
        Low = "low",
        /// `medium`
        Medium = "medium",
        /// `high`
        High = "high",
        /// `xhigh`
        Xhigh = "xhigh",
        /// `max`
        Max = "max",
    }
}

impl Default for CreateResponseRequestEffort {
    fn default() -> Self {
        CreateResponseRequestEffort::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `CreateResponseRequestFormat` object.
    ///
    /// Generated from schema `CreateResponseRequestFormat` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseRequestFormat : "type" {
        /// `type: text`
        "text" => Text(super::CreateResponseRequestResponsesFormatText),
        /// `type: json_schema`
        "json_schema" => JsonSchema(super::CreateResponseRequestResponsesFormatTextJsonSchemaConfig),
        /// `type: json_object`
        "json_object" => JsonObject(super::CreateResponseRequestResponsesFormatJsonObject),
    }
}

/// The `CreateResponseRequestInput1` object.
///
/// Generated from schema `CreateResponseRequestInput1` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CreateResponseRequestInput1 {
    /// One of the shapes the spec allows.
    ResponsesEasyInputMessage(super::ResponsesEasyInputMessage),
    /// One of the shapes the spec allows.
    ResponsesMessage(super::ResponsesMessage),
    /// One of the shapes the spec allows.
    ResponsesOutputMessage(super::ResponsesOutputMessage),
    /// One of the shapes the spec allows.
    ResponsesFunctionCallOutput(super::ResponsesFunctionCallOutput),
    /// One of the shapes the spec allows.
    ResponsesReasoningItem(super::ResponsesReasoningItem),
    /// One of the shapes the spec allows.
    ResponsesFunctionToolCall(super::ResponsesFunctionToolCall),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for CreateResponseRequestInput1 {
    fn default() -> Self {
        CreateResponseRequestInput1::Other(serde_json::Value::Null)
    }
}

/// The `CreateResponseRequestInput2` object.
///
/// Generated from schema `CreateResponseRequestInput2` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CreateResponseRequestInput2 {
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    List(Vec<super::CreateResponseRequestInput1>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for CreateResponseRequestInput2 {
    fn default() -> Self {
        CreateResponseRequestInput2::Other(serde_json::Value::Null)
    }
}

/// CreateResponseRequestResponsesFormatJSONObject
///
/// Generated from schema `CreateResponseRequestResponsesFormatJSONObject` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateResponseRequestResponsesFormatJsonObject`], from [`CreateResponseRequestResponsesFormatJsonObject::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateResponseRequestResponsesFormatJsonObject {
    /// The API's default: `"json_object"`.
    #[builder(setter(into))]
    pub r#type: super::CreateResponseRequestResponsesFormatJsonObjectType,
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

impl CreateResponseRequestResponsesFormatJsonObject {
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
            c.extra(&self.extra, &["type"]);
        }
    }
}

impl crate::ApiRequest for CreateResponseRequestResponsesFormatJsonObject {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `CreateResponseRequestResponsesFormatJsonObjectType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseRequestResponsesFormatJsonObjectType {
        /// `json_object`
        JsonObject = "json_object",
    }
}

impl Default for CreateResponseRequestResponsesFormatJsonObjectType {
    fn default() -> Self {
        CreateResponseRequestResponsesFormatJsonObjectType::Other(String::new())
    }
}

/// CreateResponseRequestResponsesFormatText
///
/// Generated from schema `CreateResponseRequestResponsesFormatText` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateResponseRequestResponsesFormatText`], from [`CreateResponseRequestResponsesFormatText::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateResponseRequestResponsesFormatText {
    /// The API's default: `"text"`.
    #[builder(setter(into))]
    pub r#type: super::CreateResponseRequestResponsesFormatTextType,
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

impl CreateResponseRequestResponsesFormatText {
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
            c.extra(&self.extra, &["type"]);
        }
    }
}

impl crate::ApiRequest for CreateResponseRequestResponsesFormatText {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// CreateResponseRequestResponsesFormatTextJSONSchemaConfig
///
/// Generated from schema `CreateResponseRequestResponsesFormatTextJSONSchemaConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateResponseRequestResponsesFormatTextJsonSchemaConfig`], from [`CreateResponseRequestResponsesFormatTextJsonSchemaConfig::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateResponseRequestResponsesFormatTextJsonSchemaConfig {
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `description`.
        pub fn description(&mut self, v: impl Into<String>) {
            self.description = Some(v.into());
        }
        /// Sets `description` from an `Option` (`None` leaves it unset).
        pub fn maybe_description(&mut self, v: Option<impl Into<String>>) {
            self.description = v.map(Into::into);
        }
    ))]
    pub description: Option<String>,
    /// The `name` field.
    #[builder(setter(into))]
    pub name: String,
    /// The `schema` field.
    #[builder(setter(into))]
    pub schema: serde_json::Map<String, serde_json::Value>,
    /// The `strict` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `strict`.
        pub fn strict(&mut self, v: impl Into<bool>) {
            self.strict = Some(v.into());
        }
        /// Sets `strict` from an `Option` (`None` leaves it unset).
        pub fn maybe_strict(&mut self, v: Option<impl Into<bool>>) {
            self.strict = v.map(Into::into);
        }
    ))]
    pub strict: Option<bool>,
    /// The API's default: `"json_schema"`.
    #[builder(setter(into))]
    pub r#type: super::CreateResponseRequestResponsesFormatTextJsonSchemaConfigType,
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

impl CreateResponseRequestResponsesFormatTextJsonSchemaConfig {
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
            c.extra(&self.extra, &["description", "name", "schema", "strict", "type"]);
        }
    }
}

impl crate::ApiRequest for CreateResponseRequestResponsesFormatTextJsonSchemaConfig {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `CreateResponseRequestResponsesFormatTextJsonSchemaConfigType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseRequestResponsesFormatTextJsonSchemaConfigType {
        /// `json_schema`
        JsonSchema = "json_schema",
    }
}

impl Default for CreateResponseRequestResponsesFormatTextJsonSchemaConfigType {
    fn default() -> Self {
        CreateResponseRequestResponsesFormatTextJsonSchemaConfigType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `CreateResponseRequestResponsesFormatTextType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseRequestResponsesFormatTextType {
        /// `text`
        Text = "text",
    }
}

impl Default for CreateResponseRequestResponsesFormatTextType {
    fn default() -> Self {
        CreateResponseRequestResponsesFormatTextType::Other(String::new())
    }
}

/// CreateResponseRequestResponsesSupportedReasoning
///
/// Generated from schema `CreateResponseRequestResponsesSupportedReasoning` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateResponseRequestResponsesSupportedReasoning`], from [`CreateResponseRequestResponsesSupportedReasoning::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateResponseRequestResponsesSupportedReasoning {
    /// The `effort` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `effort`.
        pub fn effort(&mut self, v: impl Into<super::CreateResponseRequestEffort>) {
            self.effort = Some(v.into());
        }
        /// Sets `effort` from an `Option` (`None` leaves it unset).
        pub fn maybe_effort(&mut self, v: Option<impl Into<super::CreateResponseRequestEffort>>) {
            self.effort = v.map(Into::into);
        }
    ))]
    pub effort: Option<super::CreateResponseRequestEffort>,
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

impl CreateResponseRequestResponsesSupportedReasoning {
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
            c.extra(&self.extra, &["effort"]);
        }
    }
}

impl crate::ApiRequest for CreateResponseRequestResponsesSupportedReasoning {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// CreateResponseRequestResponsesTextConfig
///
/// Generated from schema `CreateResponseRequestResponsesTextConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateResponseRequestResponsesTextConfig`], from [`CreateResponseRequestResponsesTextConfig::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateResponseRequestResponsesTextConfig {
    /// The `format` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `format`.
        pub fn format(&mut self, v: impl Into<super::CreateResponseRequestFormat>) {
            self.format = Some(v.into());
        }
        /// Sets `format` from an `Option` (`None` leaves it unset).
        pub fn maybe_format(&mut self, v: Option<impl Into<super::CreateResponseRequestFormat>>) {
            self.format = v.map(Into::into);
        }
    ))]
    pub format: Option<super::CreateResponseRequestFormat>,
    /// The `verbosity` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `verbosity`.
        pub fn verbosity(&mut self, v: impl Into<super::CreateResponseRequestVerbosity>) {
            self.verbosity = Some(v.into());
        }
        /// Sets `verbosity` from an `Option` (`None` leaves it unset).
        pub fn maybe_verbosity(&mut self, v: Option<impl Into<super::CreateResponseRequestVerbosity>>) {
            self.verbosity = v.map(Into::into);
        }
    ))]
    pub verbosity: Option<super::CreateResponseRequestVerbosity>,
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

impl CreateResponseRequestResponsesTextConfig {
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
            c.extra(&self.extra, &["format", "verbosity"]);
        }
    }
}

impl crate::ApiRequest for CreateResponseRequestResponsesTextConfig {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// CreateResponseRequestResponsesToolChoiceFunction
///
/// Generated from schema `CreateResponseRequestResponsesToolChoiceFunction` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateResponseRequestResponsesToolChoiceFunction`], from [`CreateResponseRequestResponsesToolChoiceFunction::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateResponseRequestResponsesToolChoiceFunction {
    /// The `name` field.
    #[builder(setter(into))]
    pub name: String,
    /// The API's default: `"function"`.
    #[builder(setter(into))]
    pub r#type: super::CreateResponseRequestResponsesToolChoiceFunctionType,
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

impl CreateResponseRequestResponsesToolChoiceFunction {
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
            c.extra(&self.extra, &["name", "type"]);
        }
    }
}

impl crate::ApiRequest for CreateResponseRequestResponsesToolChoiceFunction {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `CreateResponseRequestResponsesToolChoiceFunctionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseRequestResponsesToolChoiceFunctionType {
        /// `function`
        Function = "function",
    }
}

impl Default for CreateResponseRequestResponsesToolChoiceFunctionType {
    fn default() -> Self {
        CreateResponseRequestResponsesToolChoiceFunctionType::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `CreateResponseRequestTool` object.
    ///
    /// Generated from schema `CreateResponseRequestTool` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseRequestTool : "type" {
        /// `type: function`
        "function" => Function(super::ResponsesFunctionTool),
        /// `type: namespace`
        "namespace" => Namespace(super::ResponsesNamespaceTool),
    }
}

crate::macros::string_enum! {
    /// The `CreateResponseRequestToolChoiceEnum` object.
    ///
    /// Generated from schema `CreateResponseRequestToolChoiceEnum` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseRequestToolChoiceEnum {
        /// `none`
        None = "none",
        /// `auto`
        Auto = "auto",
        /// `required`
        Required = "required",
    }
}

impl Default for CreateResponseRequestToolChoiceEnum {
    fn default() -> Self {
        CreateResponseRequestToolChoiceEnum::Other(String::new())
    }
}

/// The `CreateResponseRequestToolChoiceUnion` object.
///
/// Generated from schema `CreateResponseRequestToolChoiceUnion` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CreateResponseRequestToolChoiceUnion {
    /// One of the shapes the spec allows.
    CreateResponseRequestResponsesToolChoiceFunction(super::CreateResponseRequestResponsesToolChoiceFunction),
    /// One of the shapes the spec allows.
    CreateResponseRequestToolChoiceEnum(super::CreateResponseRequestToolChoiceEnum),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for CreateResponseRequestToolChoiceUnion {
    fn default() -> Self {
        CreateResponseRequestToolChoiceUnion::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `CreateResponseRequestTruncation` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseRequestTruncation {
        /// `disabled`
        Disabled = "disabled",
    }
}

impl Default for CreateResponseRequestTruncation {
    fn default() -> Self {
        CreateResponseRequestTruncation::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `CreateResponseRequestVerbosity` object.
    ///
    /// Generated from schema `CreateResponseRequestVerbosity` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseRequestVerbosity {
        /// `low`
        Low = "low",
        /// `medium`
        Medium = "medium",
        /// `high`
        High = "high",
    }
}

impl Default for CreateResponseRequestVerbosity {
    fn default() -> Self {
        CreateResponseRequestVerbosity::Other(String::new())
    }
}

/// CreateResponseResponse
///
/// Generated from schema `CreateResponseResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateResponseResponse {
    /// The `background` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background: Option<bool>,
    /// The `completed_at` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<f64>,
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: f64,
    /// The `error` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<super::ResponsesError>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `incomplete_details` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incomplete_details: Option<super::ResponsesIncompleteDetails>,
    /// The `instructions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The `max_output_tokens` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<i64>,
    /// The `max_tool_calls` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tool_calls: Option<i64>,
    /// The `metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The `model` field.
    #[serde(default)]
    pub model: String,
    /// The API's default: `"response"`.
    #[serde(default)]
    pub object: super::CreateResponseResponseObject,
    /// The `output` field.
    #[serde(default)]
    pub output: Vec<super::CreateResponseResponseOutput>,
    /// The `parallel_tool_calls` field.
    #[serde(default)]
    pub parallel_tool_calls: bool,
    /// The `previous_response_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_response_id: Option<String>,
    /// The `prompt_cache_key` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt_cache_key: Option<String>,
    /// The `prompt_cache_retention` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt_cache_retention: Option<super::PromptCacheRetention>,
    /// The `reasoning` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<super::CreateResponseResponseResponsesSupportedReasoning>,
    /// The `safety_identifier` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety_identifier: Option<String>,
    /// The `service_tier` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<super::ServiceTierNext>,
    /// The `status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::CreateResponseResponseStatus>,
    /// The `temperature` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// The `text` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<super::CreateResponseResponseResponsesTextConfig>,
    /// The `tool_choice` field.
    #[serde(default)]
    pub tool_choice: super::CreateResponseResponseToolChoiceUnion,
    /// The `tools` field.
    #[serde(default)]
    pub tools: Vec<super::CreateResponseResponseTool>,
    /// The `top_logprobs` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_logprobs: Option<i64>,
    /// The `top_p` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// The `truncation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truncation: Option<super::Truncation>,
    /// The `usage` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<super::ResponsesUsage>,
    /// The `user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `CreateResponseResponseObject` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseResponseObject {
        /// `response`
        Response = "response",
    }
}

impl Default for CreateResponseResponseObject {
    fn default() -> Self {
        CreateResponseResponseObject::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `CreateResponseResponseOutput` object.
    ///
    /// Generated from schema `CreateResponseResponseOutput` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseResponseOutput : "type" {
        /// `type: message`
        "message" => Message(super::ResponsesOutputMessage),
        /// `type: function_call`
        "function_call" => FunctionCall(super::ResponsesFunctionToolCall),
        /// `type: reasoning`
        "reasoning" => Reasoning(super::ResponsesReasoningItem),
    }
}

/// CreateResponseResponseResponsesSupportedReasoning
///
/// Generated from schema `CreateResponseResponseResponsesSupportedReasoning` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateResponseResponseResponsesSupportedReasoning {
    /// The `effort` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effort: Option<super::ResponsesSupportedReasoningEffort>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// CreateResponseResponseResponsesTextConfig
///
/// Generated from schema `CreateResponseResponseResponsesTextConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateResponseResponseResponsesTextConfig {
    /// The `format` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<super::ResponsesTextConfigFormat>,
    /// The `verbosity` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verbosity: Option<super::ResponsesTextConfigVerbosity>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `CreateResponseResponseStatus` object.
    ///
    /// Generated from schema `CreateResponseResponseStatus` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseResponseStatus {
        /// `completed`
        Completed = "completed",
        /// `failed`
        Failed = "failed",
        /// `in_progress`
        InProgress = "in_progress",
        /// `cancelled`
        Cancelled = "cancelled",
        /// `queued`
        Queued = "queued",
        /// `incomplete`
        Incomplete = "incomplete",
    }
}

impl Default for CreateResponseResponseStatus {
    fn default() -> Self {
        CreateResponseResponseStatus::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `CreateResponseResponseTool` object.
    ///
    /// Generated from schema `CreateResponseResponseTool` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseResponseTool : "type" {
        /// `type: function`
        "function" => Function(super::ResponsesFunctionTool),
        /// `type: namespace`
        "namespace" => Namespace(super::ResponsesNamespaceTool),
    }
}

crate::macros::string_enum! {
    /// The `CreateResponseResponseToolChoiceEnum` object.
    ///
    /// Generated from schema `CreateResponseResponseToolChoiceEnum` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateResponseResponseToolChoiceEnum {
        /// `none`
        None = "none",
        /// `auto`
        Auto = "auto",
        /// `required`
        Required = "required",
    }
}

impl Default for CreateResponseResponseToolChoiceEnum {
    fn default() -> Self {
        CreateResponseResponseToolChoiceEnum::Other(String::new())
    }
}

/// The `CreateResponseResponseToolChoiceUnion` object.
///
/// Generated from schema `CreateResponseResponseToolChoiceUnion` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CreateResponseResponseToolChoiceUnion {
    /// One of the shapes the spec allows.
    ResponsesToolChoiceFunction(super::ResponsesToolChoiceFunction),
    /// One of the shapes the spec allows.
    CreateResponseResponseToolChoiceEnum(super::CreateResponseResponseToolChoiceEnum),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for CreateResponseResponseToolChoiceUnion {
    fn default() -> Self {
        CreateResponseResponseToolChoiceUnion::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `PromptCacheRetention` object.
    ///
    /// Generated from schema `PromptCacheRetention` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum PromptCacheRetention {
        /// `in_memory`
        InMemory = "in_memory",
        /// `24h`
        N24h = "24h",
    }
}

impl Default for PromptCacheRetention {
    fn default() -> Self {
        PromptCacheRetention::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `Reason` object.
    ///
    /// Generated from schema `Reason` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Reason {
        /// `max_output_tokens`
        MaxOutputTokens = "max_output_tokens",
        /// `content_filter`
        ContentFilter = "content_filter",
    }
}

impl Default for Reason {
    fn default() -> Self {
        Reason::Other(String::new())
    }
}

/// ResponsesAnnotationContainerFileCitation
///
/// Generated from schema `ResponsesAnnotationContainerFileCitation` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesAnnotationContainerFileCitation`], from [`ResponsesAnnotationContainerFileCitation::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesAnnotationContainerFileCitation {
    /// The `container_id` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub container_id: String,
    /// The `end_index` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub end_index: i64,
    /// The `file_id` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub file_id: String,
    /// The `filename` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub filename: String,
    /// The `start_index` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub start_index: i64,
    /// The API's default: `"container_file_citation"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesAnnotationContainerFileCitationType,
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

impl ResponsesAnnotationContainerFileCitation {
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
                &[
                    "container_id",
                    "end_index",
                    "file_id",
                    "filename",
                    "start_index",
                    "type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for ResponsesAnnotationContainerFileCitation {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesAnnotationContainerFileCitationType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesAnnotationContainerFileCitationType {
        /// `container_file_citation`
        ContainerFileCitation = "container_file_citation",
    }
}

impl Default for ResponsesAnnotationContainerFileCitationType {
    fn default() -> Self {
        ResponsesAnnotationContainerFileCitationType::Other(String::new())
    }
}

/// ResponsesAnnotationFileCitation
///
/// Generated from schema `ResponsesAnnotationFileCitation` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesAnnotationFileCitation`], from [`ResponsesAnnotationFileCitation::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesAnnotationFileCitation {
    /// The `file_id` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub file_id: String,
    /// The `filename` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub filename: String,
    /// The `index` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub index: i64,
    /// The API's default: `"file_citation"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesAnnotationFileCitationType,
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

impl ResponsesAnnotationFileCitation {
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
            c.extra(&self.extra, &["file_id", "filename", "index", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesAnnotationFileCitation {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesAnnotationFileCitationType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesAnnotationFileCitationType {
        /// `file_citation`
        FileCitation = "file_citation",
    }
}

impl Default for ResponsesAnnotationFileCitationType {
    fn default() -> Self {
        ResponsesAnnotationFileCitationType::Other(String::new())
    }
}

/// ResponsesAnnotationFilePath
///
/// Generated from schema `ResponsesAnnotationFilePath` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesAnnotationFilePath`], from [`ResponsesAnnotationFilePath::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesAnnotationFilePath {
    /// The `file_id` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub file_id: String,
    /// The `index` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub index: i64,
    /// The API's default: `"file_path"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesAnnotationFilePathType,
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

impl ResponsesAnnotationFilePath {
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
            c.extra(&self.extra, &["file_id", "index", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesAnnotationFilePath {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesAnnotationFilePathType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesAnnotationFilePathType {
        /// `file_path`
        FilePath = "file_path",
    }
}

impl Default for ResponsesAnnotationFilePathType {
    fn default() -> Self {
        ResponsesAnnotationFilePathType::Other(String::new())
    }
}

/// ResponsesAnnotationURLCitation
///
/// Generated from schema `ResponsesAnnotationURLCitation` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesAnnotationUrlCitation`], from [`ResponsesAnnotationUrlCitation::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesAnnotationUrlCitation {
    /// The `end_index` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub end_index: i64,
    /// The `start_index` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub start_index: i64,
    /// The `title` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub title: String,
    /// The API's default: `"url_citation"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesAnnotationUrlCitationType,
    /// The `url` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub url: String,
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

impl ResponsesAnnotationUrlCitation {
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
            c.extra(&self.extra, &["end_index", "start_index", "title", "type", "url"]);
        }
    }
}

impl crate::ApiRequest for ResponsesAnnotationUrlCitation {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesAnnotationUrlCitationType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesAnnotationUrlCitationType {
        /// `url_citation`
        UrlCitation = "url_citation",
    }
}

impl Default for ResponsesAnnotationUrlCitationType {
    fn default() -> Self {
        ResponsesAnnotationUrlCitationType::Other(String::new())
    }
}

/// ResponsesCallerDirect
///
/// Generated from schema `ResponsesCallerDirect` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesCallerDirect`], from [`ResponsesCallerDirect::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesCallerDirect {
    /// The API's default: `"direct"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesCallerDirectType,
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

impl ResponsesCallerDirect {
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
            c.extra(&self.extra, &["type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesCallerDirect {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesCallerDirectType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesCallerDirectType {
        /// `direct`
        Direct = "direct",
    }
}

impl Default for ResponsesCallerDirectType {
    fn default() -> Self {
        ResponsesCallerDirectType::Other(String::new())
    }
}

/// ResponsesCallerProgram
///
/// Generated from schema `ResponsesCallerProgram` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesCallerProgram`], from [`ResponsesCallerProgram::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesCallerProgram {
    /// The `caller_id` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub caller_id: String,
    /// The API's default: `"program"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesCallerProgramType,
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

impl ResponsesCallerProgram {
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
            c.extra(&self.extra, &["caller_id", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesCallerProgram {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesCallerProgramType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesCallerProgramType {
        /// `program`
        Program = "program",
    }
}

impl Default for ResponsesCallerProgramType {
    fn default() -> Self {
        ResponsesCallerProgramType::Other(String::new())
    }
}

/// ResponsesContent
///
/// Generated from schema `ResponsesContent` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesContent`], from [`ResponsesContent::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesContent {
    /// The `text` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub text: String,
    /// The API's default: `"reasoning_text"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesContentType,
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

impl ResponsesContent {
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
            c.extra(&self.extra, &["text", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesContent {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesContentType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesContentType {
        /// `reasoning_text`
        ReasoningText = "reasoning_text",
    }
}

impl Default for ResponsesContentType {
    fn default() -> Self {
        ResponsesContentType::Other(String::new())
    }
}

/// ResponsesCustomTool
///
/// Generated from schema `ResponsesCustomTool` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesCustomTool`], from [`ResponsesCustomTool::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesCustomTool {
    /// The `allowed_callers` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `allowed_callers`.
        pub fn allowed_callers(&mut self, v: impl Into<Vec<super::ResponsesCustomToolAllowedCaller>>) {
            self.allowed_callers = Some(v.into());
        }
        /// Sets `allowed_callers` from an `Option` (`None` leaves it unset).
        pub fn maybe_allowed_callers(&mut self, v: Option<impl Into<Vec<super::ResponsesCustomToolAllowedCaller>>>) {
            self.allowed_callers = v.map(Into::into);
        }
    ))]
    pub allowed_callers: Option<Vec<super::ResponsesCustomToolAllowedCaller>>,
    /// The `defer_loading` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `defer_loading`.
        pub fn defer_loading(&mut self, v: impl Into<bool>) {
            self.defer_loading = Some(v.into());
        }
        /// Sets `defer_loading` from an `Option` (`None` leaves it unset).
        pub fn maybe_defer_loading(&mut self, v: Option<impl Into<bool>>) {
            self.defer_loading = v.map(Into::into);
        }
    ))]
    pub defer_loading: Option<bool>,
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `description`.
        pub fn description(&mut self, v: impl Into<String>) {
            self.description = Some(v.into());
        }
        /// Sets `description` from an `Option` (`None` leaves it unset).
        pub fn maybe_description(&mut self, v: Option<impl Into<String>>) {
            self.description = v.map(Into::into);
        }
    ))]
    pub description: Option<String>,
    /// The `format` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `format`.
        pub fn format(&mut self, v: impl Into<super::ResponsesCustomToolFormat>) {
            self.format = Some(v.into());
        }
        /// Sets `format` from an `Option` (`None` leaves it unset).
        pub fn maybe_format(&mut self, v: Option<impl Into<super::ResponsesCustomToolFormat>>) {
            self.format = v.map(Into::into);
        }
    ))]
    pub format: Option<super::ResponsesCustomToolFormat>,
    /// The `name` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub name: String,
    /// The API's default: `"custom"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesCustomToolType,
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

impl ResponsesCustomTool {
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
                &[
                    "allowed_callers",
                    "defer_loading",
                    "description",
                    "format",
                    "name",
                    "type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for ResponsesCustomTool {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesCustomToolAllowedCaller` object.
    ///
    /// Generated from schema `ResponsesCustomToolAllowedCaller` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesCustomToolAllowedCaller {
        /// `direct`
        Direct = "direct",
        /// `programmatic`
        Programmatic = "programmatic",
    }
}

impl Default for ResponsesCustomToolAllowedCaller {
    fn default() -> Self {
        ResponsesCustomToolAllowedCaller::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `ResponsesCustomToolFormat` object.
    ///
    /// Generated from schema `ResponsesCustomToolFormat` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesCustomToolFormat : "type" {
        /// `type: text`
        "text" => Text(super::ResponsesText),
        /// `type: grammar`
        "grammar" => Grammar(super::ResponsesGrammar),
    }
}

crate::macros::string_enum! {
    /// The `ResponsesCustomToolType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesCustomToolType {
        /// `custom`
        Custom = "custom",
    }
}

impl Default for ResponsesCustomToolType {
    fn default() -> Self {
        ResponsesCustomToolType::Other(String::new())
    }
}

/// ResponsesEasyInputMessage
///
/// Generated from schema `ResponsesEasyInputMessage` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesEasyInputMessage`], from [`ResponsesEasyInputMessage::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesEasyInputMessage {
    /// The `content` field.
    #[builder(setter(into))]
    pub content: super::ResponsesEasyInputMessageContent2,
    /// The `phase` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `phase`.
        pub fn phase(&mut self, v: impl Into<super::ResponsesEasyInputMessagePhase>) {
            self.phase = Some(v.into());
        }
        /// Sets `phase` from an `Option` (`None` leaves it unset).
        pub fn maybe_phase(&mut self, v: Option<impl Into<super::ResponsesEasyInputMessagePhase>>) {
            self.phase = v.map(Into::into);
        }
    ))]
    pub phase: Option<super::ResponsesEasyInputMessagePhase>,
    /// The `role` field.
    #[builder(setter(into))]
    pub role: super::ResponsesEasyInputMessageRole,
    /// The API's default: `"message"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `type`.
        pub fn r#type(&mut self, v: impl Into<super::ResponsesEasyInputMessageType>) {
            self.r#type = Some(v.into());
        }
        /// Sets `type` from an `Option` (`None` leaves it unset).
        pub fn maybe_type(&mut self, v: Option<impl Into<super::ResponsesEasyInputMessageType>>) {
            self.r#type = v.map(Into::into);
        }
    ))]
    pub r#type: Option<super::ResponsesEasyInputMessageType>,
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

impl ResponsesEasyInputMessage {
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
            c.extra(&self.extra, &["content", "phase", "role", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesEasyInputMessage {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `ResponsesEasyInputMessageContent1` object.
    ///
    /// Generated from schema `ResponsesEasyInputMessageContent1` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesEasyInputMessageContent1 : "type" {
        /// `type: input_text`
        "input_text" => InputText(super::ResponsesInputText),
        /// `type: input_image`
        "input_image" => InputImage(super::ResponsesInputImage),
        /// `type: input_file`
        "input_file" => InputFile(super::ResponsesInputFile),
    }
}

/// The `ResponsesEasyInputMessageContent2` object.
///
/// Generated from schema `ResponsesEasyInputMessageContent2` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ResponsesEasyInputMessageContent2 {
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    List(Vec<super::ResponsesEasyInputMessageContent1>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for ResponsesEasyInputMessageContent2 {
    fn default() -> Self {
        ResponsesEasyInputMessageContent2::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `ResponsesEasyInputMessagePhase` object.
    ///
    /// Generated from schema `ResponsesEasyInputMessagePhase` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesEasyInputMessagePhase {
        /// `commentary`
        Commentary = "commentary",
        /// `final_answer`
        FinalAnswer = "final_answer",
    }
}

impl Default for ResponsesEasyInputMessagePhase {
    fn default() -> Self {
        ResponsesEasyInputMessagePhase::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesEasyInputMessageRole` object.
    ///
    /// Generated from schema `ResponsesEasyInputMessageRole` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesEasyInputMessageRole {
        /// `user`
        User = "user",
        /// `assistant`
        Assistant = "assistant",
        /// `system`
        System = "system",
        /// `developer`
        Developer = "developer",
    }
}

impl Default for ResponsesEasyInputMessageRole {
    fn default() -> Self {
        ResponsesEasyInputMessageRole::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesEasyInputMessageType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesEasyInputMessageType {
        /// `message`
        Message = "message",
    }
}

impl Default for ResponsesEasyInputMessageType {
    fn default() -> Self {
        ResponsesEasyInputMessageType::Other(String::new())
    }
}

/// ResponsesError
///
/// Generated from schema `ResponsesError` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResponsesError {
    /// The `code` field.
    #[serde(default)]
    pub code: super::Code,
    /// The `message` field.
    #[serde(default)]
    pub message: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ResponsesFunctionCallOutput
///
/// Generated from schema `ResponsesFunctionCallOutput` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesFunctionCallOutput`], from [`ResponsesFunctionCallOutput::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesFunctionCallOutput {
    /// The `call_id` field.
    #[builder(setter(into))]
    pub call_id: String,
    /// The `caller` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `caller`.
        pub fn caller(&mut self, v: impl Into<super::ResponsesFunctionCallOutputCaller>) {
            self.caller = Some(v.into());
        }
        /// Sets `caller` from an `Option` (`None` leaves it unset).
        pub fn maybe_caller(&mut self, v: Option<impl Into<super::ResponsesFunctionCallOutputCaller>>) {
            self.caller = v.map(Into::into);
        }
    ))]
    pub caller: Option<super::ResponsesFunctionCallOutputCaller>,
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `id`.
        pub fn id(&mut self, v: impl Into<String>) {
            self.id = Some(v.into());
        }
        /// Sets `id` from an `Option` (`None` leaves it unset).
        pub fn maybe_id(&mut self, v: Option<impl Into<String>>) {
            self.id = v.map(Into::into);
        }
    ))]
    pub id: Option<String>,
    /// The `output` field.
    #[builder(setter(into))]
    pub output: super::ResponsesFunctionCallOutputOutput2,
    /// The `status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `status`.
        pub fn status(&mut self, v: impl Into<super::ResponsesFunctionCallOutputStatus>) {
            self.status = Some(v.into());
        }
        /// Sets `status` from an `Option` (`None` leaves it unset).
        pub fn maybe_status(&mut self, v: Option<impl Into<super::ResponsesFunctionCallOutputStatus>>) {
            self.status = v.map(Into::into);
        }
    ))]
    pub status: Option<super::ResponsesFunctionCallOutputStatus>,
    /// The API's default: `"function_call_output"`.
    #[builder(setter(into))]
    pub r#type: super::ResponsesFunctionCallOutputType,
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

impl ResponsesFunctionCallOutput {
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
                &["call_id", "caller", "id", "output", "status", "type"],
            );
        }
    }
}

impl crate::ApiRequest for ResponsesFunctionCallOutput {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `ResponsesFunctionCallOutputCaller` object.
    ///
    /// Generated from schema `ResponsesFunctionCallOutputCaller` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesFunctionCallOutputCaller : "type" {
        /// `type: direct`
        "direct" => Direct(super::ResponsesFunctionCallOutputCallerDirect),
        /// `type: program`
        "program" => Program(super::ResponsesFunctionCallOutputCallerProgram),
    }
}

/// ResponsesFunctionCallOutputCallerDirect
///
/// Generated from schema `ResponsesFunctionCallOutputCallerDirect` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesFunctionCallOutputCallerDirect`], from [`ResponsesFunctionCallOutputCallerDirect::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesFunctionCallOutputCallerDirect {
    /// The API's default: `"direct"`.
    #[builder(setter(into))]
    pub r#type: super::ResponsesFunctionCallOutputCallerDirectType,
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

impl ResponsesFunctionCallOutputCallerDirect {
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
            c.extra(&self.extra, &["type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesFunctionCallOutputCallerDirect {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesFunctionCallOutputCallerDirectType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesFunctionCallOutputCallerDirectType {
        /// `direct`
        Direct = "direct",
    }
}

impl Default for ResponsesFunctionCallOutputCallerDirectType {
    fn default() -> Self {
        ResponsesFunctionCallOutputCallerDirectType::Other(String::new())
    }
}

/// ResponsesFunctionCallOutputCallerProgram
///
/// Generated from schema `ResponsesFunctionCallOutputCallerProgram` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesFunctionCallOutputCallerProgram`], from [`ResponsesFunctionCallOutputCallerProgram::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesFunctionCallOutputCallerProgram {
    /// The `caller_id` field.
    #[builder(setter(into))]
    pub caller_id: String,
    /// The API's default: `"program"`.
    #[builder(setter(into))]
    pub r#type: super::ResponsesFunctionCallOutputCallerProgramType,
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

impl ResponsesFunctionCallOutputCallerProgram {
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
            c.extra(&self.extra, &["caller_id", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesFunctionCallOutputCallerProgram {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesFunctionCallOutputCallerProgramType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesFunctionCallOutputCallerProgramType {
        /// `program`
        Program = "program",
    }
}

impl Default for ResponsesFunctionCallOutputCallerProgramType {
    fn default() -> Self {
        ResponsesFunctionCallOutputCallerProgramType::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `ResponsesFunctionCallOutputOutput1` object.
    ///
    /// Generated from schema `ResponsesFunctionCallOutputOutput1` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesFunctionCallOutputOutput1 : "type" {
        /// `type: input_text`
        "input_text" => InputText(super::ResponsesInputTextContent),
        /// `type: input_image`
        "input_image" => InputImage(super::ResponsesInputImageContent),
        /// `type: input_file`
        "input_file" => InputFile(super::ResponsesInputFileContent),
    }
}

/// The `ResponsesFunctionCallOutputOutput2` object.
///
/// Generated from schema `ResponsesFunctionCallOutputOutput2` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ResponsesFunctionCallOutputOutput2 {
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    List(Vec<super::ResponsesFunctionCallOutputOutput1>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for ResponsesFunctionCallOutputOutput2 {
    fn default() -> Self {
        ResponsesFunctionCallOutputOutput2::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `ResponsesFunctionCallOutputStatus` object.
    ///
    /// Generated from schema `ResponsesFunctionCallOutputStatus` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesFunctionCallOutputStatus {
        /// `in_progress`
        InProgress = "in_progress",
        /// `completed`
        Completed = "completed",
        /// `incomplete`
        Incomplete = "incomplete",
    }
}

impl Default for ResponsesFunctionCallOutputStatus {
    fn default() -> Self {
        ResponsesFunctionCallOutputStatus::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesFunctionCallOutputType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesFunctionCallOutputType {
        /// `function_call_output`
        FunctionCallOutput = "function_call_output",
    }
}

impl Default for ResponsesFunctionCallOutputType {
    fn default() -> Self {
        ResponsesFunctionCallOutputType::Other(String::new())
    }
}

/// ResponsesFunctionTool
///
/// Generated from schema `ResponsesFunctionTool` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesFunctionTool`], from [`ResponsesFunctionTool::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesFunctionTool {
    /// The `allowed_callers` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `allowed_callers`.
        pub fn allowed_callers(&mut self, v: impl Into<Vec<super::ResponsesFunctionToolAllowedCaller>>) {
            self.allowed_callers = Some(v.into());
        }
        /// Sets `allowed_callers` from an `Option` (`None` leaves it unset).
        pub fn maybe_allowed_callers(&mut self, v: Option<impl Into<Vec<super::ResponsesFunctionToolAllowedCaller>>>) {
            self.allowed_callers = v.map(Into::into);
        }
    ))]
    pub allowed_callers: Option<Vec<super::ResponsesFunctionToolAllowedCaller>>,
    /// The `defer_loading` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `defer_loading`.
        pub fn defer_loading(&mut self, v: impl Into<bool>) {
            self.defer_loading = Some(v.into());
        }
        /// Sets `defer_loading` from an `Option` (`None` leaves it unset).
        pub fn maybe_defer_loading(&mut self, v: Option<impl Into<bool>>) {
            self.defer_loading = v.map(Into::into);
        }
    ))]
    pub defer_loading: Option<bool>,
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `description`.
        pub fn description(&mut self, v: impl Into<String>) {
            self.description = Some(v.into());
        }
        /// Sets `description` from an `Option` (`None` leaves it unset).
        pub fn maybe_description(&mut self, v: Option<impl Into<String>>) {
            self.description = v.map(Into::into);
        }
    ))]
    pub description: Option<String>,
    /// The `name` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub name: String,
    /// The `output_schema` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `output_schema`.
        pub fn output_schema(&mut self, v: impl Into<serde_json::Map<String, serde_json::Value>>) {
            self.output_schema = Some(v.into());
        }
        /// Sets `output_schema` from an `Option` (`None` leaves it unset).
        pub fn maybe_output_schema(&mut self, v: Option<impl Into<serde_json::Map<String, serde_json::Value>>>) {
            self.output_schema = v.map(Into::into);
        }
    ))]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `parameters` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `parameters`.
        pub fn parameters(&mut self, v: impl Into<serde_json::Map<String, serde_json::Value>>) {
            self.parameters = Some(v.into());
        }
        /// Sets `parameters` from an `Option` (`None` leaves it unset).
        pub fn maybe_parameters(&mut self, v: Option<impl Into<serde_json::Map<String, serde_json::Value>>>) {
            self.parameters = v.map(Into::into);
        }
    ))]
    pub parameters: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `strict` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `strict`.
        pub fn strict(&mut self, v: impl Into<bool>) {
            self.strict = Some(v.into());
        }
        /// Sets `strict` from an `Option` (`None` leaves it unset).
        pub fn maybe_strict(&mut self, v: Option<impl Into<bool>>) {
            self.strict = v.map(Into::into);
        }
    ))]
    pub strict: Option<bool>,
    /// The API's default: `"function"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesFunctionToolType,
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

impl ResponsesFunctionTool {
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
                &[
                    "allowed_callers",
                    "defer_loading",
                    "description",
                    "name",
                    "output_schema",
                    "parameters",
                    "strict",
                    "type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for ResponsesFunctionTool {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesFunctionToolAllowedCaller` object.
    ///
    /// Generated from schema `ResponsesFunctionToolAllowedCaller` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesFunctionToolAllowedCaller {
        /// `direct`
        Direct = "direct",
        /// `programmatic`
        Programmatic = "programmatic",
    }
}

impl Default for ResponsesFunctionToolAllowedCaller {
    fn default() -> Self {
        ResponsesFunctionToolAllowedCaller::Other(String::new())
    }
}

/// ResponsesFunctionToolCall
///
/// Generated from schema `ResponsesFunctionToolCall` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesFunctionToolCall`], from [`ResponsesFunctionToolCall::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesFunctionToolCall {
    /// The `arguments` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub arguments: String,
    /// The `call_id` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub call_id: String,
    /// The `caller` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `caller`.
        pub fn caller(&mut self, v: impl Into<super::ResponsesFunctionToolCallCaller>) {
            self.caller = Some(v.into());
        }
        /// Sets `caller` from an `Option` (`None` leaves it unset).
        pub fn maybe_caller(&mut self, v: Option<impl Into<super::ResponsesFunctionToolCallCaller>>) {
            self.caller = v.map(Into::into);
        }
    ))]
    pub caller: Option<super::ResponsesFunctionToolCallCaller>,
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `id`.
        pub fn id(&mut self, v: impl Into<String>) {
            self.id = Some(v.into());
        }
        /// Sets `id` from an `Option` (`None` leaves it unset).
        pub fn maybe_id(&mut self, v: Option<impl Into<String>>) {
            self.id = v.map(Into::into);
        }
    ))]
    pub id: Option<String>,
    /// The `name` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub name: String,
    /// The `namespace` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `namespace`.
        pub fn namespace(&mut self, v: impl Into<String>) {
            self.namespace = Some(v.into());
        }
        /// Sets `namespace` from an `Option` (`None` leaves it unset).
        pub fn maybe_namespace(&mut self, v: Option<impl Into<String>>) {
            self.namespace = v.map(Into::into);
        }
    ))]
    pub namespace: Option<String>,
    /// The `status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `status`.
        pub fn status(&mut self, v: impl Into<super::ResponsesFunctionToolCallStatus>) {
            self.status = Some(v.into());
        }
        /// Sets `status` from an `Option` (`None` leaves it unset).
        pub fn maybe_status(&mut self, v: Option<impl Into<super::ResponsesFunctionToolCallStatus>>) {
            self.status = v.map(Into::into);
        }
    ))]
    pub status: Option<super::ResponsesFunctionToolCallStatus>,
    /// The API's default: `"function_call"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesFunctionToolCallType,
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

impl ResponsesFunctionToolCall {
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
                &[
                    "arguments",
                    "call_id",
                    "caller",
                    "id",
                    "name",
                    "namespace",
                    "status",
                    "type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for ResponsesFunctionToolCall {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `ResponsesFunctionToolCallCaller` object.
    ///
    /// Generated from schema `ResponsesFunctionToolCallCaller` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesFunctionToolCallCaller : "type" {
        /// `type: direct`
        "direct" => Direct(super::ResponsesCallerDirect),
        /// `type: program`
        "program" => Program(super::ResponsesCallerProgram),
    }
}

crate::macros::string_enum! {
    /// The `ResponsesFunctionToolCallStatus` object.
    ///
    /// Generated from schema `ResponsesFunctionToolCallStatus` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesFunctionToolCallStatus {
        /// `in_progress`
        InProgress = "in_progress",
        /// `completed`
        Completed = "completed",
        /// `incomplete`
        Incomplete = "incomplete",
    }
}

impl Default for ResponsesFunctionToolCallStatus {
    fn default() -> Self {
        ResponsesFunctionToolCallStatus::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesFunctionToolCallType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesFunctionToolCallType {
        /// `function_call`
        FunctionCall = "function_call",
    }
}

impl Default for ResponsesFunctionToolCallType {
    fn default() -> Self {
        ResponsesFunctionToolCallType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesFunctionToolType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesFunctionToolType {
        /// `function`
        Function = "function",
    }
}

impl Default for ResponsesFunctionToolType {
    fn default() -> Self {
        ResponsesFunctionToolType::Other(String::new())
    }
}

/// ResponsesGrammar
///
/// Generated from schema `ResponsesGrammar` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesGrammar`], from [`ResponsesGrammar::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesGrammar {
    /// The `definition` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub definition: String,
    /// The `syntax` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub syntax: super::Syntax,
    /// The API's default: `"grammar"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesGrammarType,
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

impl ResponsesGrammar {
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
            c.extra(&self.extra, &["definition", "syntax", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesGrammar {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesGrammarType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesGrammarType {
        /// `grammar`
        Grammar = "grammar",
    }
}

impl Default for ResponsesGrammarType {
    fn default() -> Self {
        ResponsesGrammarType::Other(String::new())
    }
}

/// ResponsesIncompleteDetails
///
/// Generated from schema `ResponsesIncompleteDetails` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResponsesIncompleteDetails {
    /// The `reason` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<super::Reason>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ResponsesInputFile
///
/// Generated from schema `ResponsesInputFile` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesInputFile`], from [`ResponsesInputFile::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesInputFile {
    /// The `detail` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `detail`.
        pub fn detail(&mut self, v: impl Into<super::ResponsesInputFileDetail>) {
            self.detail = Some(v.into());
        }
        /// Sets `detail` from an `Option` (`None` leaves it unset).
        pub fn maybe_detail(&mut self, v: Option<impl Into<super::ResponsesInputFileDetail>>) {
            self.detail = v.map(Into::into);
        }
    ))]
    pub detail: Option<super::ResponsesInputFileDetail>,
    /// The `file_data` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `file_data`.
        pub fn file_data(&mut self, v: impl Into<String>) {
            self.file_data = Some(v.into());
        }
        /// Sets `file_data` from an `Option` (`None` leaves it unset).
        pub fn maybe_file_data(&mut self, v: Option<impl Into<String>>) {
            self.file_data = v.map(Into::into);
        }
    ))]
    pub file_data: Option<String>,
    /// The `file_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `file_id`.
        pub fn file_id(&mut self, v: impl Into<String>) {
            self.file_id = Some(v.into());
        }
        /// Sets `file_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_file_id(&mut self, v: Option<impl Into<String>>) {
            self.file_id = v.map(Into::into);
        }
    ))]
    pub file_id: Option<String>,
    /// The `file_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `file_url`.
        pub fn file_url(&mut self, v: impl Into<String>) {
            self.file_url = Some(v.into());
        }
        /// Sets `file_url` from an `Option` (`None` leaves it unset).
        pub fn maybe_file_url(&mut self, v: Option<impl Into<String>>) {
            self.file_url = v.map(Into::into);
        }
    ))]
    pub file_url: Option<String>,
    /// The `filename` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filename`.
        pub fn filename(&mut self, v: impl Into<String>) {
            self.filename = Some(v.into());
        }
        /// Sets `filename` from an `Option` (`None` leaves it unset).
        pub fn maybe_filename(&mut self, v: Option<impl Into<String>>) {
            self.filename = v.map(Into::into);
        }
    ))]
    pub filename: Option<String>,
    /// The `prompt_cache_breakpoint` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `prompt_cache_breakpoint`.
        pub fn prompt_cache_breakpoint(&mut self, v: impl Into<super::ResponsesInputFileResponsesPromptCacheBreakpoint>) {
            self.prompt_cache_breakpoint = Some(v.into());
        }
        /// Sets `prompt_cache_breakpoint` from an `Option` (`None` leaves it unset).
        pub fn maybe_prompt_cache_breakpoint(&mut self, v: Option<impl Into<super::ResponsesInputFileResponsesPromptCacheBreakpoint>>) {
            self.prompt_cache_breakpoint = v.map(Into::into);
        }
    ))]
    pub prompt_cache_breakpoint: Option<super::ResponsesInputFileResponsesPromptCacheBreakpoint>,
    /// The API's default: `"input_file"`.
    #[builder(setter(into))]
    pub r#type: super::ResponsesInputFileType,
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

impl ResponsesInputFile {
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
        if let Some(v) = &self.prompt_cache_breakpoint {
            v.check_into(c, &format!("{at}prompt_cache_breakpoint."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "detail",
                    "file_data",
                    "file_id",
                    "file_url",
                    "filename",
                    "prompt_cache_breakpoint",
                    "type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for ResponsesInputFile {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ResponsesInputFileContent
///
/// Generated from schema `ResponsesInputFileContent` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesInputFileContent`], from [`ResponsesInputFileContent::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesInputFileContent {
    /// The `detail` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `detail`.
        pub fn detail(&mut self, v: impl Into<super::ResponsesInputFileContentDetail>) {
            self.detail = Some(v.into());
        }
        /// Sets `detail` from an `Option` (`None` leaves it unset).
        pub fn maybe_detail(&mut self, v: Option<impl Into<super::ResponsesInputFileContentDetail>>) {
            self.detail = v.map(Into::into);
        }
    ))]
    pub detail: Option<super::ResponsesInputFileContentDetail>,
    /// The `file_data` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `file_data`.
        pub fn file_data(&mut self, v: impl Into<String>) {
            self.file_data = Some(v.into());
        }
        /// Sets `file_data` from an `Option` (`None` leaves it unset).
        pub fn maybe_file_data(&mut self, v: Option<impl Into<String>>) {
            self.file_data = v.map(Into::into);
        }
    ))]
    pub file_data: Option<String>,
    /// The `file_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `file_id`.
        pub fn file_id(&mut self, v: impl Into<String>) {
            self.file_id = Some(v.into());
        }
        /// Sets `file_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_file_id(&mut self, v: Option<impl Into<String>>) {
            self.file_id = v.map(Into::into);
        }
    ))]
    pub file_id: Option<String>,
    /// The `file_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `file_url`.
        pub fn file_url(&mut self, v: impl Into<String>) {
            self.file_url = Some(v.into());
        }
        /// Sets `file_url` from an `Option` (`None` leaves it unset).
        pub fn maybe_file_url(&mut self, v: Option<impl Into<String>>) {
            self.file_url = v.map(Into::into);
        }
    ))]
    pub file_url: Option<String>,
    /// The `filename` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filename`.
        pub fn filename(&mut self, v: impl Into<String>) {
            self.filename = Some(v.into());
        }
        /// Sets `filename` from an `Option` (`None` leaves it unset).
        pub fn maybe_filename(&mut self, v: Option<impl Into<String>>) {
            self.filename = v.map(Into::into);
        }
    ))]
    pub filename: Option<String>,
    /// The `prompt_cache_breakpoint` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `prompt_cache_breakpoint`.
        pub fn prompt_cache_breakpoint(&mut self, v: impl Into<super::ResponsesInputFileContentResponsesPromptCacheBreakpoint>) {
            self.prompt_cache_breakpoint = Some(v.into());
        }
        /// Sets `prompt_cache_breakpoint` from an `Option` (`None` leaves it unset).
        pub fn maybe_prompt_cache_breakpoint(&mut self, v: Option<impl Into<super::ResponsesInputFileContentResponsesPromptCacheBreakpoint>>) {
            self.prompt_cache_breakpoint = v.map(Into::into);
        }
    ))]
    pub prompt_cache_breakpoint: Option<super::ResponsesInputFileContentResponsesPromptCacheBreakpoint>,
    /// The API's default: `"input_file"`.
    #[builder(setter(into))]
    pub r#type: super::ResponsesInputFileContentType,
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

impl ResponsesInputFileContent {
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
        if let Some(v) = &self.prompt_cache_breakpoint {
            v.check_into(c, &format!("{at}prompt_cache_breakpoint."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "detail",
                    "file_data",
                    "file_id",
                    "file_url",
                    "filename",
                    "prompt_cache_breakpoint",
                    "type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for ResponsesInputFileContent {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputFileContentDetail` object.
    ///
    /// Generated from schema `ResponsesInputFileContentDetail` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputFileContentDetail {
        /// `auto`
        Auto = "auto",
        /// `low`
        Low = "low",
        /// `high`
        High = "high",
    }
}

impl Default for ResponsesInputFileContentDetail {
    fn default() -> Self {
        ResponsesInputFileContentDetail::Other(String::new())
    }
}

/// ResponsesInputFileContentResponsesPromptCacheBreakpoint
///
/// Generated from schema `ResponsesInputFileContentResponsesPromptCacheBreakpoint` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesInputFileContentResponsesPromptCacheBreakpoint`], from [`ResponsesInputFileContentResponsesPromptCacheBreakpoint::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesInputFileContentResponsesPromptCacheBreakpoint {
    /// The API's default: `"explicit"`.
    #[builder(setter(into))]
    pub mode: super::ResponsesInputFileContentResponsesPromptCacheBreakpointMode,
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

impl ResponsesInputFileContentResponsesPromptCacheBreakpoint {
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
            c.extra(&self.extra, &["mode"]);
        }
    }
}

impl crate::ApiRequest for ResponsesInputFileContentResponsesPromptCacheBreakpoint {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputFileContentResponsesPromptCacheBreakpointMode` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputFileContentResponsesPromptCacheBreakpointMode {
        /// `explicit`
        Explicit = "explicit",
    }
}

impl Default for ResponsesInputFileContentResponsesPromptCacheBreakpointMode {
    fn default() -> Self {
        ResponsesInputFileContentResponsesPromptCacheBreakpointMode::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputFileContentType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputFileContentType {
        /// `input_file`
        InputFile = "input_file",
    }
}

impl Default for ResponsesInputFileContentType {
    fn default() -> Self {
        ResponsesInputFileContentType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputFileDetail` object.
    ///
    /// Generated from schema `ResponsesInputFileDetail` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputFileDetail {
        /// `auto`
        Auto = "auto",
        /// `low`
        Low = "low",
        /// `high`
        High = "high",
    }
}

impl Default for ResponsesInputFileDetail {
    fn default() -> Self {
        ResponsesInputFileDetail::Other(String::new())
    }
}

/// ResponsesInputFileResponsesPromptCacheBreakpoint
///
/// Generated from schema `ResponsesInputFileResponsesPromptCacheBreakpoint` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesInputFileResponsesPromptCacheBreakpoint`], from [`ResponsesInputFileResponsesPromptCacheBreakpoint::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesInputFileResponsesPromptCacheBreakpoint {
    /// The API's default: `"explicit"`.
    #[builder(setter(into))]
    pub mode: super::ResponsesInputFileResponsesPromptCacheBreakpointMode,
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

impl ResponsesInputFileResponsesPromptCacheBreakpoint {
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
            c.extra(&self.extra, &["mode"]);
        }
    }
}

impl crate::ApiRequest for ResponsesInputFileResponsesPromptCacheBreakpoint {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputFileResponsesPromptCacheBreakpointMode` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputFileResponsesPromptCacheBreakpointMode {
        /// `explicit`
        Explicit = "explicit",
    }
}

impl Default for ResponsesInputFileResponsesPromptCacheBreakpointMode {
    fn default() -> Self {
        ResponsesInputFileResponsesPromptCacheBreakpointMode::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputFileType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputFileType {
        /// `input_file`
        InputFile = "input_file",
    }
}

impl Default for ResponsesInputFileType {
    fn default() -> Self {
        ResponsesInputFileType::Other(String::new())
    }
}

/// ResponsesInputImage
///
/// Generated from schema `ResponsesInputImage` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesInputImage`], from [`ResponsesInputImage::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesInputImage {
    /// The `detail` field.
    #[builder(setter(into))]
    pub detail: super::ResponsesInputImageDetail,
    /// The `file_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `file_id`.
        pub fn file_id(&mut self, v: impl Into<String>) {
            self.file_id = Some(v.into());
        }
        /// Sets `file_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_file_id(&mut self, v: Option<impl Into<String>>) {
            self.file_id = v.map(Into::into);
        }
    ))]
    pub file_id: Option<String>,
    /// The `image_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `image_url`.
        pub fn image_url(&mut self, v: impl Into<String>) {
            self.image_url = Some(v.into());
        }
        /// Sets `image_url` from an `Option` (`None` leaves it unset).
        pub fn maybe_image_url(&mut self, v: Option<impl Into<String>>) {
            self.image_url = v.map(Into::into);
        }
    ))]
    pub image_url: Option<String>,
    /// The `prompt_cache_breakpoint` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `prompt_cache_breakpoint`.
        pub fn prompt_cache_breakpoint(&mut self, v: impl Into<super::ResponsesInputImageResponsesPromptCacheBreakpoint>) {
            self.prompt_cache_breakpoint = Some(v.into());
        }
        /// Sets `prompt_cache_breakpoint` from an `Option` (`None` leaves it unset).
        pub fn maybe_prompt_cache_breakpoint(&mut self, v: Option<impl Into<super::ResponsesInputImageResponsesPromptCacheBreakpoint>>) {
            self.prompt_cache_breakpoint = v.map(Into::into);
        }
    ))]
    pub prompt_cache_breakpoint: Option<super::ResponsesInputImageResponsesPromptCacheBreakpoint>,
    /// The API's default: `"input_image"`.
    #[builder(setter(into))]
    pub r#type: super::ResponsesInputImageType,
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

impl ResponsesInputImage {
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
        if let Some(v) = &self.prompt_cache_breakpoint {
            v.check_into(c, &format!("{at}prompt_cache_breakpoint."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "detail",
                    "file_id",
                    "image_url",
                    "prompt_cache_breakpoint",
                    "type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for ResponsesInputImage {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ResponsesInputImageContent
///
/// Generated from schema `ResponsesInputImageContent` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesInputImageContent`], from [`ResponsesInputImageContent::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesInputImageContent {
    /// The `detail` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `detail`.
        pub fn detail(&mut self, v: impl Into<super::ResponsesInputImageContentDetail>) {
            self.detail = Some(v.into());
        }
        /// Sets `detail` from an `Option` (`None` leaves it unset).
        pub fn maybe_detail(&mut self, v: Option<impl Into<super::ResponsesInputImageContentDetail>>) {
            self.detail = v.map(Into::into);
        }
    ))]
    pub detail: Option<super::ResponsesInputImageContentDetail>,
    /// The `file_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `file_id`.
        pub fn file_id(&mut self, v: impl Into<String>) {
            self.file_id = Some(v.into());
        }
        /// Sets `file_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_file_id(&mut self, v: Option<impl Into<String>>) {
            self.file_id = v.map(Into::into);
        }
    ))]
    pub file_id: Option<String>,
    /// The `image_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `image_url`.
        pub fn image_url(&mut self, v: impl Into<String>) {
            self.image_url = Some(v.into());
        }
        /// Sets `image_url` from an `Option` (`None` leaves it unset).
        pub fn maybe_image_url(&mut self, v: Option<impl Into<String>>) {
            self.image_url = v.map(Into::into);
        }
    ))]
    pub image_url: Option<String>,
    /// The `prompt_cache_breakpoint` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `prompt_cache_breakpoint`.
        pub fn prompt_cache_breakpoint(&mut self, v: impl Into<super::ResponsesInputImageContentResponsesPromptCacheBreakpoint>) {
            self.prompt_cache_breakpoint = Some(v.into());
        }
        /// Sets `prompt_cache_breakpoint` from an `Option` (`None` leaves it unset).
        pub fn maybe_prompt_cache_breakpoint(&mut self, v: Option<impl Into<super::ResponsesInputImageContentResponsesPromptCacheBreakpoint>>) {
            self.prompt_cache_breakpoint = v.map(Into::into);
        }
    ))]
    pub prompt_cache_breakpoint: Option<super::ResponsesInputImageContentResponsesPromptCacheBreakpoint>,
    /// The API's default: `"input_image"`.
    #[builder(setter(into))]
    pub r#type: super::ResponsesInputImageContentType,
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

impl ResponsesInputImageContent {
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
        if let Some(v) = &self.prompt_cache_breakpoint {
            v.check_into(c, &format!("{at}prompt_cache_breakpoint."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "detail",
                    "file_id",
                    "image_url",
                    "prompt_cache_breakpoint",
                    "type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for ResponsesInputImageContent {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputImageContentDetail` object.
    ///
    /// Generated from schema `ResponsesInputImageContentDetail` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputImageContentDetail {
        /// `low`
        Low = "low",
        /// `high`
        High = "high",
        /// `auto`
        Auto = "auto",
        /// `original`
        Original = "original",
    }
}

impl Default for ResponsesInputImageContentDetail {
    fn default() -> Self {
        ResponsesInputImageContentDetail::Other(String::new())
    }
}

/// ResponsesInputImageContentResponsesPromptCacheBreakpoint
///
/// Generated from schema `ResponsesInputImageContentResponsesPromptCacheBreakpoint` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesInputImageContentResponsesPromptCacheBreakpoint`], from [`ResponsesInputImageContentResponsesPromptCacheBreakpoint::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesInputImageContentResponsesPromptCacheBreakpoint {
    /// The API's default: `"explicit"`.
    #[builder(setter(into))]
    pub mode: super::ResponsesInputImageContentResponsesPromptCacheBreakpointMode,
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

impl ResponsesInputImageContentResponsesPromptCacheBreakpoint {
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
            c.extra(&self.extra, &["mode"]);
        }
    }
}

impl crate::ApiRequest for ResponsesInputImageContentResponsesPromptCacheBreakpoint {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputImageContentResponsesPromptCacheBreakpointMode` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputImageContentResponsesPromptCacheBreakpointMode {
        /// `explicit`
        Explicit = "explicit",
    }
}

impl Default for ResponsesInputImageContentResponsesPromptCacheBreakpointMode {
    fn default() -> Self {
        ResponsesInputImageContentResponsesPromptCacheBreakpointMode::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputImageContentType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputImageContentType {
        /// `input_image`
        InputImage = "input_image",
    }
}

impl Default for ResponsesInputImageContentType {
    fn default() -> Self {
        ResponsesInputImageContentType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputImageDetail` object.
    ///
    /// Generated from schema `ResponsesInputImageDetail` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputImageDetail {
        /// `low`
        Low = "low",
        /// `high`
        High = "high",
        /// `auto`
        Auto = "auto",
        /// `original`
        Original = "original",
    }
}

impl Default for ResponsesInputImageDetail {
    fn default() -> Self {
        ResponsesInputImageDetail::Other(String::new())
    }
}

/// ResponsesInputImageResponsesPromptCacheBreakpoint
///
/// Generated from schema `ResponsesInputImageResponsesPromptCacheBreakpoint` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesInputImageResponsesPromptCacheBreakpoint`], from [`ResponsesInputImageResponsesPromptCacheBreakpoint::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesInputImageResponsesPromptCacheBreakpoint {
    /// The API's default: `"explicit"`.
    #[builder(setter(into))]
    pub mode: super::ResponsesInputImageResponsesPromptCacheBreakpointMode,
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

impl ResponsesInputImageResponsesPromptCacheBreakpoint {
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
            c.extra(&self.extra, &["mode"]);
        }
    }
}

impl crate::ApiRequest for ResponsesInputImageResponsesPromptCacheBreakpoint {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputImageResponsesPromptCacheBreakpointMode` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputImageResponsesPromptCacheBreakpointMode {
        /// `explicit`
        Explicit = "explicit",
    }
}

impl Default for ResponsesInputImageResponsesPromptCacheBreakpointMode {
    fn default() -> Self {
        ResponsesInputImageResponsesPromptCacheBreakpointMode::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputImageType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputImageType {
        /// `input_image`
        InputImage = "input_image",
    }
}

impl Default for ResponsesInputImageType {
    fn default() -> Self {
        ResponsesInputImageType::Other(String::new())
    }
}

/// ResponsesInputText
///
/// Generated from schema `ResponsesInputText` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesInputText`], from [`ResponsesInputText::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesInputText {
    /// The `prompt_cache_breakpoint` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `prompt_cache_breakpoint`.
        pub fn prompt_cache_breakpoint(&mut self, v: impl Into<super::ResponsesInputTextResponsesPromptCacheBreakpoint>) {
            self.prompt_cache_breakpoint = Some(v.into());
        }
        /// Sets `prompt_cache_breakpoint` from an `Option` (`None` leaves it unset).
        pub fn maybe_prompt_cache_breakpoint(&mut self, v: Option<impl Into<super::ResponsesInputTextResponsesPromptCacheBreakpoint>>) {
            self.prompt_cache_breakpoint = v.map(Into::into);
        }
    ))]
    pub prompt_cache_breakpoint: Option<super::ResponsesInputTextResponsesPromptCacheBreakpoint>,
    /// The `text` field.
    #[builder(setter(into))]
    pub text: String,
    /// The API's default: `"input_text"`.
    #[builder(setter(into))]
    pub r#type: super::ResponsesInputTextType,
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

impl ResponsesInputText {
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
        if let Some(v) = &self.prompt_cache_breakpoint {
            v.check_into(c, &format!("{at}prompt_cache_breakpoint."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["prompt_cache_breakpoint", "text", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesInputText {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ResponsesInputTextContent
///
/// Generated from schema `ResponsesInputTextContent` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesInputTextContent`], from [`ResponsesInputTextContent::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesInputTextContent {
    /// The `prompt_cache_breakpoint` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `prompt_cache_breakpoint`.
        pub fn prompt_cache_breakpoint(&mut self, v: impl Into<super::ResponsesInputTextContentResponsesPromptCacheBreakpoint>) {
            self.prompt_cache_breakpoint = Some(v.into());
        }
        /// Sets `prompt_cache_breakpoint` from an `Option` (`None` leaves it unset).
        pub fn maybe_prompt_cache_breakpoint(&mut self, v: Option<impl Into<super::ResponsesInputTextContentResponsesPromptCacheBreakpoint>>) {
            self.prompt_cache_breakpoint = v.map(Into::into);
        }
    ))]
    pub prompt_cache_breakpoint: Option<super::ResponsesInputTextContentResponsesPromptCacheBreakpoint>,
    /// The `text` field.
    #[builder(setter(into))]
    pub text: String,
    /// The API's default: `"input_text"`.
    #[builder(setter(into))]
    pub r#type: super::ResponsesInputTextContentType,
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

impl ResponsesInputTextContent {
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
        if let Some(v) = &self.prompt_cache_breakpoint {
            v.check_into(c, &format!("{at}prompt_cache_breakpoint."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["prompt_cache_breakpoint", "text", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesInputTextContent {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ResponsesInputTextContentResponsesPromptCacheBreakpoint
///
/// Generated from schema `ResponsesInputTextContentResponsesPromptCacheBreakpoint` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesInputTextContentResponsesPromptCacheBreakpoint`], from [`ResponsesInputTextContentResponsesPromptCacheBreakpoint::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesInputTextContentResponsesPromptCacheBreakpoint {
    /// The API's default: `"explicit"`.
    #[builder(setter(into))]
    pub mode: super::ResponsesInputTextContentResponsesPromptCacheBreakpointMode,
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

impl ResponsesInputTextContentResponsesPromptCacheBreakpoint {
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
            c.extra(&self.extra, &["mode"]);
        }
    }
}

impl crate::ApiRequest for ResponsesInputTextContentResponsesPromptCacheBreakpoint {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputTextContentResponsesPromptCacheBreakpointMode` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputTextContentResponsesPromptCacheBreakpointMode {
        /// `explicit`
        Explicit = "explicit",
    }
}

impl Default for ResponsesInputTextContentResponsesPromptCacheBreakpointMode {
    fn default() -> Self {
        ResponsesInputTextContentResponsesPromptCacheBreakpointMode::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputTextContentType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputTextContentType {
        /// `input_text`
        InputText = "input_text",
    }
}

impl Default for ResponsesInputTextContentType {
    fn default() -> Self {
        ResponsesInputTextContentType::Other(String::new())
    }
}

/// ResponsesInputTextResponsesPromptCacheBreakpoint
///
/// Generated from schema `ResponsesInputTextResponsesPromptCacheBreakpoint` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesInputTextResponsesPromptCacheBreakpoint`], from [`ResponsesInputTextResponsesPromptCacheBreakpoint::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesInputTextResponsesPromptCacheBreakpoint {
    /// The API's default: `"explicit"`.
    #[builder(setter(into))]
    pub mode: super::ResponsesInputTextResponsesPromptCacheBreakpointMode,
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

impl ResponsesInputTextResponsesPromptCacheBreakpoint {
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
            c.extra(&self.extra, &["mode"]);
        }
    }
}

impl crate::ApiRequest for ResponsesInputTextResponsesPromptCacheBreakpoint {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputTextResponsesPromptCacheBreakpointMode` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputTextResponsesPromptCacheBreakpointMode {
        /// `explicit`
        Explicit = "explicit",
    }
}

impl Default for ResponsesInputTextResponsesPromptCacheBreakpointMode {
    fn default() -> Self {
        ResponsesInputTextResponsesPromptCacheBreakpointMode::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesInputTextType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesInputTextType {
        /// `input_text`
        InputText = "input_text",
    }
}

impl Default for ResponsesInputTextType {
    fn default() -> Self {
        ResponsesInputTextType::Other(String::new())
    }
}

/// ResponsesInputTokensDetails
///
/// Generated from schema `ResponsesInputTokensDetails` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResponsesInputTokensDetails {
    /// The `cache_write_tokens` field.
    #[serde(default)]
    pub cache_write_tokens: i64,
    /// The `cached_tokens` field.
    #[serde(default)]
    pub cached_tokens: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ResponsesMessage
///
/// Generated from schema `ResponsesMessage` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesMessage`], from [`ResponsesMessage::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesMessage {
    /// The `content` field.
    #[builder(setter(into))]
    pub content: Vec<super::ResponsesMessageContent>,
    /// The `role` field.
    #[builder(setter(into))]
    pub role: super::ResponsesMessageRole,
    /// The `status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `status`.
        pub fn status(&mut self, v: impl Into<super::ResponsesMessageStatus>) {
            self.status = Some(v.into());
        }
        /// Sets `status` from an `Option` (`None` leaves it unset).
        pub fn maybe_status(&mut self, v: Option<impl Into<super::ResponsesMessageStatus>>) {
            self.status = v.map(Into::into);
        }
    ))]
    pub status: Option<super::ResponsesMessageStatus>,
    /// The API's default: `"message"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `type`.
        pub fn r#type(&mut self, v: impl Into<super::ResponsesMessageType>) {
            self.r#type = Some(v.into());
        }
        /// Sets `type` from an `Option` (`None` leaves it unset).
        pub fn maybe_type(&mut self, v: Option<impl Into<super::ResponsesMessageType>>) {
            self.r#type = v.map(Into::into);
        }
    ))]
    pub r#type: Option<super::ResponsesMessageType>,
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

impl ResponsesMessage {
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
            c.extra(&self.extra, &["content", "role", "status", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesMessage {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `ResponsesMessageContent` object.
    ///
    /// Generated from schema `ResponsesMessageContent` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesMessageContent : "type" {
        /// `type: input_text`
        "input_text" => InputText(super::ResponsesInputText),
        /// `type: input_image`
        "input_image" => InputImage(super::ResponsesInputImage),
        /// `type: input_file`
        "input_file" => InputFile(super::ResponsesInputFile),
    }
}

crate::macros::string_enum! {
    /// The `ResponsesMessageRole` object.
    ///
    /// Generated from schema `ResponsesMessageRole` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesMessageRole {
        /// `user`
        User = "user",
        /// `system`
        System = "system",
        /// `developer`
        Developer = "developer",
    }
}

impl Default for ResponsesMessageRole {
    fn default() -> Self {
        ResponsesMessageRole::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesMessageStatus` object.
    ///
    /// Generated from schema `ResponsesMessageStatus` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesMessageStatus {
        /// `in_progress`
        InProgress = "in_progress",
        /// `completed`
        Completed = "completed",
        /// `incomplete`
        Incomplete = "incomplete",
    }
}

impl Default for ResponsesMessageStatus {
    fn default() -> Self {
        ResponsesMessageStatus::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesMessageType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesMessageType {
        /// `message`
        Message = "message",
    }
}

impl Default for ResponsesMessageType {
    fn default() -> Self {
        ResponsesMessageType::Other(String::new())
    }
}

/// ResponsesNamespaceTool
///
/// Generated from schema `ResponsesNamespaceTool` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesNamespaceTool`], from [`ResponsesNamespaceTool::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesNamespaceTool {
    /// The `description` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub description: String,
    /// The `name` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub name: String,
    /// The `tools` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub tools: Vec<super::ResponsesNamespaceToolTool>,
    /// The API's default: `"namespace"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesNamespaceToolType,
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

impl ResponsesNamespaceTool {
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
            c.extra(&self.extra, &["description", "name", "tools", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesNamespaceTool {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `ResponsesNamespaceToolTool` object.
    ///
    /// Generated from schema `ResponsesNamespaceToolTool` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesNamespaceToolTool : "type" {
        /// `type: function`
        "function" => Function(super::ResponsesToolFunction),
        /// `type: custom`
        "custom" => Custom(super::ResponsesCustomTool),
    }
}

crate::macros::string_enum! {
    /// The `ResponsesNamespaceToolType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesNamespaceToolType {
        /// `namespace`
        Namespace = "namespace",
    }
}

impl Default for ResponsesNamespaceToolType {
    fn default() -> Self {
        ResponsesNamespaceToolType::Other(String::new())
    }
}

/// ResponsesOutputMessage
///
/// Generated from schema `ResponsesOutputMessage` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesOutputMessage`], from [`ResponsesOutputMessage::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesOutputMessage {
    /// The `content` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub content: Vec<super::ResponsesOutputMessageContent>,
    /// The `id` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub id: String,
    /// The `phase` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `phase`.
        pub fn phase(&mut self, v: impl Into<super::ResponsesOutputMessagePhase>) {
            self.phase = Some(v.into());
        }
        /// Sets `phase` from an `Option` (`None` leaves it unset).
        pub fn maybe_phase(&mut self, v: Option<impl Into<super::ResponsesOutputMessagePhase>>) {
            self.phase = v.map(Into::into);
        }
    ))]
    pub phase: Option<super::ResponsesOutputMessagePhase>,
    /// The API's default: `"assistant"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub role: super::ResponsesOutputMessageRole,
    /// The `status` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub status: super::ResponsesOutputMessageStatus,
    /// The API's default: `"message"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesOutputMessageType,
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

impl ResponsesOutputMessage {
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
            c.extra(&self.extra, &["content", "id", "phase", "role", "status", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesOutputMessage {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `ResponsesOutputMessageContent` object.
    ///
    /// Generated from schema `ResponsesOutputMessageContent` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesOutputMessageContent : "type" {
        /// `type: output_text`
        "output_text" => OutputText(super::ResponsesOutputText),
        /// `type: refusal`
        "refusal" => Refusal(super::ResponsesOutputRefusal),
    }
}

crate::macros::string_enum! {
    /// The `ResponsesOutputMessagePhase` object.
    ///
    /// Generated from schema `ResponsesOutputMessagePhase` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesOutputMessagePhase {
        /// `commentary`
        Commentary = "commentary",
        /// `final_answer`
        FinalAnswer = "final_answer",
    }
}

impl Default for ResponsesOutputMessagePhase {
    fn default() -> Self {
        ResponsesOutputMessagePhase::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesOutputMessageRole` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesOutputMessageRole {
        /// `assistant`
        Assistant = "assistant",
    }
}

impl Default for ResponsesOutputMessageRole {
    fn default() -> Self {
        ResponsesOutputMessageRole::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesOutputMessageStatus` object.
    ///
    /// Generated from schema `ResponsesOutputMessageStatus` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesOutputMessageStatus {
        /// `in_progress`
        InProgress = "in_progress",
        /// `completed`
        Completed = "completed",
        /// `incomplete`
        Incomplete = "incomplete",
    }
}

impl Default for ResponsesOutputMessageStatus {
    fn default() -> Self {
        ResponsesOutputMessageStatus::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesOutputMessageType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesOutputMessageType {
        /// `message`
        Message = "message",
    }
}

impl Default for ResponsesOutputMessageType {
    fn default() -> Self {
        ResponsesOutputMessageType::Other(String::new())
    }
}

/// ResponsesOutputRefusal
///
/// Generated from schema `ResponsesOutputRefusal` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesOutputRefusal`], from [`ResponsesOutputRefusal::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesOutputRefusal {
    /// The `refusal` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub refusal: String,
    /// The API's default: `"refusal"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesOutputRefusalType,
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

impl ResponsesOutputRefusal {
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
            c.extra(&self.extra, &["refusal", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesOutputRefusal {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesOutputRefusalType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesOutputRefusalType {
        /// `refusal`
        Refusal = "refusal",
    }
}

impl Default for ResponsesOutputRefusalType {
    fn default() -> Self {
        ResponsesOutputRefusalType::Other(String::new())
    }
}

/// ResponsesOutputText
///
/// Generated from schema `ResponsesOutputText` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesOutputText`], from [`ResponsesOutputText::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesOutputText {
    /// The `annotations` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub annotations: Vec<super::Annotation>,
    /// The `logprobs` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `logprobs`.
        pub fn logprobs(&mut self, v: impl Into<Vec<super::ResponsesOutputTextLogprob>>) {
            self.logprobs = Some(v.into());
        }
        /// Sets `logprobs` from an `Option` (`None` leaves it unset).
        pub fn maybe_logprobs(&mut self, v: Option<impl Into<Vec<super::ResponsesOutputTextLogprob>>>) {
            self.logprobs = v.map(Into::into);
        }
    ))]
    pub logprobs: Option<Vec<super::ResponsesOutputTextLogprob>>,
    /// The `text` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub text: String,
    /// The API's default: `"output_text"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesOutputTextType,
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

impl ResponsesOutputText {
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
        if let Some(v) = &self.logprobs {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}logprobs[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["annotations", "logprobs", "text", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesOutputText {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ResponsesOutputTextLogprob
///
/// Generated from schema `ResponsesOutputTextLogprob` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesOutputTextLogprob`], from [`ResponsesOutputTextLogprob::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesOutputTextLogprob {
    /// The `bytes` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub bytes: Vec<i64>,
    /// The `logprob` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub logprob: f64,
    /// The `token` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub token: String,
    /// The `top_logprobs` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub top_logprobs: Vec<super::ResponsesOutputTextLogprobTopLogprob>,
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

impl ResponsesOutputTextLogprob {
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
            let v = &self.top_logprobs;
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}top_logprobs[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["bytes", "logprob", "token", "top_logprobs"]);
        }
    }
}

impl crate::ApiRequest for ResponsesOutputTextLogprob {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ResponsesOutputTextLogprobTopLogprob
///
/// Generated from schema `ResponsesOutputTextLogprobTopLogprob` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesOutputTextLogprobTopLogprob`], from [`ResponsesOutputTextLogprobTopLogprob::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesOutputTextLogprobTopLogprob {
    /// The `bytes` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub bytes: Vec<i64>,
    /// The `logprob` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub logprob: f64,
    /// The `token` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub token: String,
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

impl ResponsesOutputTextLogprobTopLogprob {
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
            c.extra(&self.extra, &["bytes", "logprob", "token"]);
        }
    }
}

impl crate::ApiRequest for ResponsesOutputTextLogprobTopLogprob {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesOutputTextType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesOutputTextType {
        /// `output_text`
        OutputText = "output_text",
    }
}

impl Default for ResponsesOutputTextType {
    fn default() -> Self {
        ResponsesOutputTextType::Other(String::new())
    }
}

/// ResponsesOutputTokensDetails
///
/// Generated from schema `ResponsesOutputTokensDetails` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResponsesOutputTokensDetails {
    /// The `reasoning_tokens` field.
    #[serde(default)]
    pub reasoning_tokens: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ResponsesReasoningItem
///
/// Generated from schema `ResponsesReasoningItem` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesReasoningItem`], from [`ResponsesReasoningItem::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesReasoningItem {
    /// The `content` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `content`.
        pub fn content(&mut self, v: impl Into<Vec<super::ResponsesContent>>) {
            self.content = Some(v.into());
        }
        /// Sets `content` from an `Option` (`None` leaves it unset).
        pub fn maybe_content(&mut self, v: Option<impl Into<Vec<super::ResponsesContent>>>) {
            self.content = v.map(Into::into);
        }
    ))]
    pub content: Option<Vec<super::ResponsesContent>>,
    /// The `encrypted_content` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `encrypted_content`.
        pub fn encrypted_content(&mut self, v: impl Into<String>) {
            self.encrypted_content = Some(v.into());
        }
        /// Sets `encrypted_content` from an `Option` (`None` leaves it unset).
        pub fn maybe_encrypted_content(&mut self, v: Option<impl Into<String>>) {
            self.encrypted_content = v.map(Into::into);
        }
    ))]
    pub encrypted_content: Option<String>,
    /// The `id` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub id: String,
    /// The `status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `status`.
        pub fn status(&mut self, v: impl Into<super::ResponsesReasoningItemStatus>) {
            self.status = Some(v.into());
        }
        /// Sets `status` from an `Option` (`None` leaves it unset).
        pub fn maybe_status(&mut self, v: Option<impl Into<super::ResponsesReasoningItemStatus>>) {
            self.status = v.map(Into::into);
        }
    ))]
    pub status: Option<super::ResponsesReasoningItemStatus>,
    /// The `summary` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub summary: Vec<super::ResponsesSummary>,
    /// The API's default: `"reasoning"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesReasoningItemType,
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

impl ResponsesReasoningItem {
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
        if let Some(v) = &self.content {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}content[{i}]."));
            }
        }
        {
            let v = &self.summary;
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}summary[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &["content", "encrypted_content", "id", "status", "summary", "type"],
            );
        }
    }
}

impl crate::ApiRequest for ResponsesReasoningItem {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesReasoningItemStatus` object.
    ///
    /// Generated from schema `ResponsesReasoningItemStatus` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesReasoningItemStatus {
        /// `in_progress`
        InProgress = "in_progress",
        /// `completed`
        Completed = "completed",
        /// `incomplete`
        Incomplete = "incomplete",
    }
}

impl Default for ResponsesReasoningItemStatus {
    fn default() -> Self {
        ResponsesReasoningItemStatus::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesReasoningItemType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesReasoningItemType {
        /// `reasoning`
        Reasoning = "reasoning",
    }
}

impl Default for ResponsesReasoningItemType {
    fn default() -> Self {
        ResponsesReasoningItemType::Other(String::new())
    }
}

/// ResponsesSummary
///
/// Generated from schema `ResponsesSummary` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesSummary`], from [`ResponsesSummary::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesSummary {
    /// The `text` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub text: String,
    /// The API's default: `"summary_text"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesSummaryType,
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

impl ResponsesSummary {
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
            c.extra(&self.extra, &["text", "type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesSummary {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesSummaryType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesSummaryType {
        /// `summary_text`
        SummaryText = "summary_text",
    }
}

impl Default for ResponsesSummaryType {
    fn default() -> Self {
        ResponsesSummaryType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesSupportedReasoningEffort` object.
    ///
    /// Generated from schema `ResponsesSupportedReasoningEffort` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesSupportedReasoningEffort {
        /// `none`
        None = "none",
        /// `minimal`
        Minimal = "minimal",
        /// `low`
        Low = "low",
        /// `medium`
        Medium = "medium",
        /// `high`
        High = "high",
        /// `xhigh`
        Xhigh = "xhigh",
        /// `max`
        Max = "max",
    }
}

impl Default for ResponsesSupportedReasoningEffort {
    fn default() -> Self {
        ResponsesSupportedReasoningEffort::Other(String::new())
    }
}

/// ResponsesText
///
/// Generated from schema `ResponsesText` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesText`], from [`ResponsesText::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesText {
    /// The API's default: `"text"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesTextType,
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

impl ResponsesText {
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
            c.extra(&self.extra, &["type"]);
        }
    }
}

impl crate::ApiRequest for ResponsesText {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `ResponsesTextConfigFormat` object.
    ///
    /// Generated from schema `ResponsesTextConfigFormat` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesTextConfigFormat : "type" {
        /// `type: text`
        "text" => Text(super::ResponsesTextConfigResponsesFormatText),
        /// `type: json_schema`
        "json_schema" => JsonSchema(super::ResponsesTextConfigResponsesFormatTextJsonSchemaConfig),
        /// `type: json_object`
        "json_object" => JsonObject(super::ResponsesTextConfigResponsesFormatJsonObject),
    }
}

/// ResponsesTextConfigResponsesFormatJSONObject
///
/// Generated from schema `ResponsesTextConfigResponsesFormatJSONObject` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResponsesTextConfigResponsesFormatJsonObject {
    /// The API's default: `"json_object"`.
    #[serde(default)]
    pub r#type: super::ResponsesTextConfigResponsesFormatJsonObjectType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `ResponsesTextConfigResponsesFormatJsonObjectType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesTextConfigResponsesFormatJsonObjectType {
        /// `json_object`
        JsonObject = "json_object",
    }
}

impl Default for ResponsesTextConfigResponsesFormatJsonObjectType {
    fn default() -> Self {
        ResponsesTextConfigResponsesFormatJsonObjectType::Other(String::new())
    }
}

/// ResponsesTextConfigResponsesFormatText
///
/// Generated from schema `ResponsesTextConfigResponsesFormatText` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResponsesTextConfigResponsesFormatText {
    /// The API's default: `"text"`.
    #[serde(default)]
    pub r#type: super::ResponsesTextConfigResponsesFormatTextType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ResponsesTextConfigResponsesFormatTextJSONSchemaConfig
///
/// Generated from schema `ResponsesTextConfigResponsesFormatTextJSONSchemaConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResponsesTextConfigResponsesFormatTextJsonSchemaConfig {
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `schema` field.
    #[serde(default)]
    pub schema: serde_json::Map<String, serde_json::Value>,
    /// The `strict` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
    /// The API's default: `"json_schema"`.
    #[serde(default)]
    pub r#type: super::ResponsesTextConfigResponsesFormatTextJsonSchemaConfigType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `ResponsesTextConfigResponsesFormatTextJsonSchemaConfigType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesTextConfigResponsesFormatTextJsonSchemaConfigType {
        /// `json_schema`
        JsonSchema = "json_schema",
    }
}

impl Default for ResponsesTextConfigResponsesFormatTextJsonSchemaConfigType {
    fn default() -> Self {
        ResponsesTextConfigResponsesFormatTextJsonSchemaConfigType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesTextConfigResponsesFormatTextType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesTextConfigResponsesFormatTextType {
        /// `text`
        Text = "text",
    }
}

impl Default for ResponsesTextConfigResponsesFormatTextType {
    fn default() -> Self {
        ResponsesTextConfigResponsesFormatTextType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesTextConfigVerbosity` object.
    ///
    /// Generated from schema `ResponsesTextConfigVerbosity` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesTextConfigVerbosity {
        /// `low`
        Low = "low",
        /// `medium`
        Medium = "medium",
        /// `high`
        High = "high",
    }
}

impl Default for ResponsesTextConfigVerbosity {
    fn default() -> Self {
        ResponsesTextConfigVerbosity::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesTextType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesTextType {
        /// `text`
        Text = "text",
    }
}

impl Default for ResponsesTextType {
    fn default() -> Self {
        ResponsesTextType::Other(String::new())
    }
}

/// ResponsesToolChoiceFunction
///
/// Generated from schema `ResponsesToolChoiceFunction` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResponsesToolChoiceFunction {
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The API's default: `"function"`.
    #[serde(default)]
    pub r#type: super::ResponsesToolChoiceFunctionType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `ResponsesToolChoiceFunctionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesToolChoiceFunctionType {
        /// `function`
        Function = "function",
    }
}

impl Default for ResponsesToolChoiceFunctionType {
    fn default() -> Self {
        ResponsesToolChoiceFunctionType::Other(String::new())
    }
}

/// ResponsesToolFunction
///
/// Generated from schema `ResponsesToolFunction` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponsesToolFunction`], from [`ResponsesToolFunction::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ResponsesToolFunction {
    /// The `allowed_callers` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `allowed_callers`.
        pub fn allowed_callers(&mut self, v: impl Into<Vec<super::ResponsesToolFunctionAllowedCaller>>) {
            self.allowed_callers = Some(v.into());
        }
        /// Sets `allowed_callers` from an `Option` (`None` leaves it unset).
        pub fn maybe_allowed_callers(&mut self, v: Option<impl Into<Vec<super::ResponsesToolFunctionAllowedCaller>>>) {
            self.allowed_callers = v.map(Into::into);
        }
    ))]
    pub allowed_callers: Option<Vec<super::ResponsesToolFunctionAllowedCaller>>,
    /// The `defer_loading` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `defer_loading`.
        pub fn defer_loading(&mut self, v: impl Into<bool>) {
            self.defer_loading = Some(v.into());
        }
        /// Sets `defer_loading` from an `Option` (`None` leaves it unset).
        pub fn maybe_defer_loading(&mut self, v: Option<impl Into<bool>>) {
            self.defer_loading = v.map(Into::into);
        }
    ))]
    pub defer_loading: Option<bool>,
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `description`.
        pub fn description(&mut self, v: impl Into<String>) {
            self.description = Some(v.into());
        }
        /// Sets `description` from an `Option` (`None` leaves it unset).
        pub fn maybe_description(&mut self, v: Option<impl Into<String>>) {
            self.description = v.map(Into::into);
        }
    ))]
    pub description: Option<String>,
    /// The `name` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub name: String,
    /// The `output_schema` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `output_schema`.
        pub fn output_schema(&mut self, v: impl Into<serde_json::Map<String, serde_json::Value>>) {
            self.output_schema = Some(v.into());
        }
        /// Sets `output_schema` from an `Option` (`None` leaves it unset).
        pub fn maybe_output_schema(&mut self, v: Option<impl Into<serde_json::Map<String, serde_json::Value>>>) {
            self.output_schema = v.map(Into::into);
        }
    ))]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `parameters` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `parameters`.
        pub fn parameters(&mut self, v: impl Into<serde_json::Value>) {
            self.parameters = Some(v.into());
        }
        /// Sets `parameters` from an `Option` (`None` leaves it unset).
        pub fn maybe_parameters(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.parameters = v.map(Into::into);
        }
    ))]
    pub parameters: Option<serde_json::Value>,
    /// The `strict` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `strict`.
        pub fn strict(&mut self, v: impl Into<bool>) {
            self.strict = Some(v.into());
        }
        /// Sets `strict` from an `Option` (`None` leaves it unset).
        pub fn maybe_strict(&mut self, v: Option<impl Into<bool>>) {
            self.strict = v.map(Into::into);
        }
    ))]
    pub strict: Option<bool>,
    /// The API's default: `"function"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ResponsesToolFunctionType,
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

impl ResponsesToolFunction {
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
                &[
                    "allowed_callers",
                    "defer_loading",
                    "description",
                    "name",
                    "output_schema",
                    "parameters",
                    "strict",
                    "type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for ResponsesToolFunction {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ResponsesToolFunctionAllowedCaller` object.
    ///
    /// Generated from schema `ResponsesToolFunctionAllowedCaller` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesToolFunctionAllowedCaller {
        /// `direct`
        Direct = "direct",
        /// `programmatic`
        Programmatic = "programmatic",
    }
}

impl Default for ResponsesToolFunctionAllowedCaller {
    fn default() -> Self {
        ResponsesToolFunctionAllowedCaller::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `ResponsesToolFunctionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ResponsesToolFunctionType {
        /// `function`
        Function = "function",
    }
}

impl Default for ResponsesToolFunctionType {
    fn default() -> Self {
        ResponsesToolFunctionType::Other(String::new())
    }
}

/// ResponsesUsage
///
/// Generated from schema `ResponsesUsage` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResponsesUsage {
    /// The `input_tokens` field.
    #[serde(default)]
    pub input_tokens: i64,
    /// The `input_tokens_details` field.
    #[serde(default)]
    pub input_tokens_details: super::ResponsesInputTokensDetails,
    /// The `output_tokens` field.
    #[serde(default)]
    pub output_tokens: i64,
    /// The `output_tokens_details` field.
    #[serde(default)]
    pub output_tokens_details: super::ResponsesOutputTokensDetails,
    /// The `total_tokens` field.
    #[serde(default)]
    pub total_tokens: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `ServiceTier` object.
    ///
    /// Generated from schema `ServiceTier` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ServiceTierNext {
        /// `auto`
        Auto = "auto",
        /// `default`
        Default = "default",
        /// `flex`
        Flex = "flex",
        /// `scale`
        Scale = "scale",
        /// `priority`
        Priority = "priority",
    }
}

impl Default for ServiceTierNext {
    fn default() -> Self {
        ServiceTierNext::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `Syntax` object.
    ///
    /// Generated from schema `Syntax` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Syntax {
        /// `lark`
        Lark = "lark",
        /// `regex`
        Regex = "regex",
    }
}

impl Default for Syntax {
    fn default() -> Self {
        Syntax::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `Truncation` object.
    ///
    /// Generated from schema `Truncation` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Truncation {
        /// `auto`
        Auto = "auto",
        /// `disabled`
        Disabled = "disabled",
    }
}

impl Default for Truncation {
    fn default() -> Self {
        Truncation::Other(String::new())
    }
}
