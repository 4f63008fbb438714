// generated from the spec by `cargo xtask codegen`: do not edit

/// APIKeyAuth
///
/// Generated from schema `APIKeyAuth` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ApiKeyAuthNext`], from [`ApiKeyAuthNext::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ApiKeyAuthNext {
    /// The API's default: `"api-key"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ApiKeyAuthNextType,
    /// The `value` field.
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

impl ApiKeyAuthNext {
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
            c.extra(&self.extra, &["type", "value"]);
        }
    }
}

impl crate::ApiRequest for ApiKeyAuthNext {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ApiKeyAuthNextType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ApiKeyAuthNextType {
        /// `api-key`
        ApiKey = "api-key",
    }
}

impl Default for ApiKeyAuthNextType {
    fn default() -> Self {
        ApiKeyAuthNextType::Other(String::new())
    }
}

/// AudioAgentConfigurationRequest
///
/// Generated from schema `AudioAgentConfigurationRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AudioAgentConfigurationRequest`], from [`AudioAgentConfigurationRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AudioAgentConfigurationRequest {
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
    /// The `llm` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `llm`.
        pub fn llm(&mut self, v: impl Into<super::AudioLlmConfig>) {
            self.llm = Some(v.into());
        }
        /// Sets `llm` from an `Option` (`None` leaves it unset).
        pub fn maybe_llm(&mut self, v: Option<impl Into<super::AudioLlmConfig>>) {
            self.llm = v.map(Into::into);
        }
    ))]
    pub llm: Option<super::AudioLlmConfig>,
    /// The `stt` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `stt`.
        pub fn stt(&mut self, v: impl Into<super::AudioSttConfig>) {
            self.stt = Some(v.into());
        }
        /// Sets `stt` from an `Option` (`None` leaves it unset).
        pub fn maybe_stt(&mut self, v: Option<impl Into<super::AudioSttConfig>>) {
            self.stt = v.map(Into::into);
        }
    ))]
    pub stt: Option<super::AudioSttConfig>,
    /// The `tools` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `tools`.
        pub fn tools(&mut self, v: impl Into<Vec<super::AudioAgentConfigurationRequestTool>>) {
            self.tools = Some(v.into());
        }
        /// Sets `tools` from an `Option` (`None` leaves it unset).
        pub fn maybe_tools(&mut self, v: Option<impl Into<Vec<super::AudioAgentConfigurationRequestTool>>>) {
            self.tools = v.map(Into::into);
        }
    ))]
    pub tools: Option<Vec<super::AudioAgentConfigurationRequestTool>>,
    /// The `tts` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `tts`.
        pub fn tts(&mut self, v: impl Into<super::AudioTtsConfig>) {
            self.tts = Some(v.into());
        }
        /// Sets `tts` from an `Option` (`None` leaves it unset).
        pub fn maybe_tts(&mut self, v: Option<impl Into<super::AudioTtsConfig>>) {
            self.tts = v.map(Into::into);
        }
    ))]
    pub tts: Option<super::AudioTtsConfig>,
    /// The `turn` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `turn`.
        pub fn turn(&mut self, v: impl Into<super::AudioTurnConfig>) {
            self.turn = Some(v.into());
        }
        /// Sets `turn` from an `Option` (`None` leaves it unset).
        pub fn maybe_turn(&mut self, v: Option<impl Into<super::AudioTurnConfig>>) {
            self.turn = v.map(Into::into);
        }
    ))]
    pub turn: Option<super::AudioTurnConfig>,
    /// The `welcome_message` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `welcome_message`.
        pub fn welcome_message(&mut self, v: impl Into<String>) {
            self.welcome_message = Some(v.into());
        }
        /// Sets `welcome_message` from an `Option` (`None` leaves it unset).
        pub fn maybe_welcome_message(&mut self, v: Option<impl Into<String>>) {
            self.welcome_message = v.map(Into::into);
        }
    ))]
    pub welcome_message: Option<String>,
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

impl AudioAgentConfigurationRequest {
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
        if let Some(v) = &self.llm {
            v.check_into(c, &format!("{at}llm."));
        }
        if let Some(v) = &self.stt {
            v.check_into(c, &format!("{at}stt."));
        }
        if let Some(v) = &self.tts {
            v.check_into(c, &format!("{at}tts."));
        }
        if let Some(v) = &self.turn {
            v.check_into(c, &format!("{at}turn."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "instructions",
                    "llm",
                    "stt",
                    "tools",
                    "tts",
                    "turn",
                    "welcome_message",
                ],
            );
        }
    }
}

impl crate::ApiRequest for AudioAgentConfigurationRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `AudioAgentConfigurationRequestTool` object.
    ///
    /// Generated from schema `AudioAgentConfigurationRequestTool` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum AudioAgentConfigurationRequestTool : "type" {
        /// `type: connector`
        "connector" => Connector(super::VoiceAgentCustomConnector),
        /// `type: document_library`
        "document_library" => DocumentLibrary(super::VoiceAgentDocumentLibraryTool),
        /// `type: function`
        "function" => Function(super::VoiceAgentFunctionToolRequest),
        /// `type: hang_up`
        "hang_up" => HangUp(super::HangUpTool),
        /// `type: transfer_call`
        "transfer_call" => TransferCall(super::TransferCallTool),
        /// `type: web_search`
        "web_search" => WebSearch(super::VoiceAgentWebSearchTool),
    }
}

/// AudioAgentConfigurationResponseConfig
///
/// Generated from schema `AudioAgentConfigurationResponseConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioAgentConfigurationResponseConfig {
    /// The `instructions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The `llm` field.
    #[serde(default)]
    pub llm: super::AudioLlmConfig,
    /// The `stt` field.
    #[serde(default)]
    pub stt: super::AudioSttConfig,
    /// The `tools` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<super::AudioAgentConfigurationResponseConfigTool>>,
    /// The `tts` field.
    #[serde(default)]
    pub tts: super::AudioTtsConfig,
    /// The `turn` field.
    #[serde(default)]
    pub turn: super::AudioTurnConfig,
    /// The `welcome_message` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub welcome_message: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::generated::spec_union! {
    /// The `AudioAgentConfigurationResponseConfigTool` object.
    ///
    /// Generated from schema `AudioAgentConfigurationResponseConfigTool` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum AudioAgentConfigurationResponseConfigTool : "type" {
        /// `type: connector`
        "connector" => Connector(super::VoiceAgentCustomConnector),
        /// `type: document_library`
        "document_library" => DocumentLibrary(super::VoiceAgentDocumentLibraryTool),
        /// `type: function`
        "function" => Function(super::VoiceAgentFunctionTool),
        /// `type: hang_up`
        "hang_up" => HangUp(super::HangUpTool),
        /// `type: transfer_call`
        "transfer_call" => TransferCall(super::TransferCallTool),
        /// `type: web_search`
        "web_search" => WebSearch(super::VoiceAgentWebSearchTool),
    }
}

/// AudioAgentCreateRequest
///
/// Generated from schema `AudioAgentCreateRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AudioAgentCreateRequest`], from [`AudioAgentCreateRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AudioAgentCreateRequest {
    /// The `configuration` field.
    #[builder(setter(into))]
    pub configuration: super::AudioAgentConfigurationRequest,
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

impl AudioAgentCreateRequest {
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
            let v = &self.configuration;
            v.check_into(c, &format!("{at}configuration."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["configuration", "description", "name"]);
        }
    }
}

impl crate::ApiRequest for AudioAgentCreateRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AudioAgentListPage
///
/// Generated from schema `AudioAgentListPage` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioAgentListPage {
    /// The `data` field.
    #[serde(default)]
    pub data: Vec<super::AudioAgentResponse>,
    /// Cursor for the next page, null on the last page
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AudioAgentResponse
///
/// Generated from schema `AudioAgentResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioAgentResponse {
    /// The `configuration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<super::AudioAgentConfigurationResponseConfig>,
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `owner_id` field.
    #[serde(default)]
    pub owner_id: String,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// The `version` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AudioAgentSessionListPage
///
/// Generated from schema `AudioAgentSessionListPage` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioAgentSessionListPage {
    /// The `data` field.
    #[serde(default)]
    pub data: Vec<super::AudioAgentSessionSummary>,
    /// Cursor for the next page, null on the last page
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A session of a saved agent, without its transcript.
///
/// Generated from schema `AudioAgentSessionSummary` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioAgentSessionSummary {
    /// The `agent_id` field.
    #[serde(default)]
    pub agent_id: String,
    /// Seconds from the first participant joining to the session ending, null if nobody joined or it is still running.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// Set when the session came in over telephony.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number_id: Option<String>,
    /// When the first participant joined, null if nobody ever did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AudioAgentUpdateRequest
///
/// Generated from schema `AudioAgentUpdateRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AudioAgentUpdateRequest`], from [`AudioAgentUpdateRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AudioAgentUpdateRequest {
    /// The `configuration` field.
    #[builder(setter(into))]
    pub configuration: super::AudioAgentConfigurationRequest,
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

impl AudioAgentUpdateRequest {
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
            let v = &self.configuration;
            v.check_into(c, &format!("{at}configuration."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["configuration", "description", "name"]);
        }
    }
}

impl crate::ApiRequest for AudioAgentUpdateRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AudioInactivityConfig
///
/// Generated from schema `AudioInactivityConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AudioInactivityConfig`], from [`AudioInactivityConfig::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AudioInactivityConfig {
    /// The `max_reminders` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub max_reminders: i64,
    /// The `messages` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `messages`.
        pub fn messages(&mut self, v: impl Into<Vec<String>>) {
            self.messages = Some(v.into());
        }
        /// Sets `messages` from an `Option` (`None` leaves it unset).
        pub fn maybe_messages(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.messages = v.map(Into::into);
        }
    ))]
    pub messages: Option<Vec<String>>,
    /// The `timeout_ms` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub timeout_ms: i64,
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

impl AudioInactivityConfig {
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
            c.extra(&self.extra, &["max_reminders", "messages", "timeout_ms"]);
        }
    }
}

impl crate::ApiRequest for AudioInactivityConfig {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AudioLLMConfig
///
/// Generated from schema `AudioLLMConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AudioLlmConfig`], from [`AudioLlmConfig::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AudioLlmConfig {
    /// The `model` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `model`.
        pub fn model(&mut self, v: impl Into<String>) {
            self.model = Some(v.into());
        }
        /// Sets `model` from an `Option` (`None` leaves it unset).
        pub fn maybe_model(&mut self, v: Option<impl Into<String>>) {
            self.model = v.map(Into::into);
        }
    ))]
    pub model: Option<String>,
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

impl AudioLlmConfig {
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
            c.extra(&self.extra, &["model"]);
        }
    }
}

impl crate::ApiRequest for AudioLlmConfig {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AudioSTTConfig
///
/// Generated from schema `AudioSTTConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AudioSttConfig`], from [`AudioSttConfig::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AudioSttConfig {
    /// The `context_bias` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `context_bias`.
        pub fn context_bias(&mut self, v: impl Into<Vec<String>>) {
            self.context_bias = Some(v.into());
        }
        /// Sets `context_bias` from an `Option` (`None` leaves it unset).
        pub fn maybe_context_bias(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.context_bias = v.map(Into::into);
        }
    ))]
    pub context_bias: Option<Vec<String>>,
    /// The `language` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `language`.
        pub fn language(&mut self, v: impl Into<String>) {
            self.language = Some(v.into());
        }
        /// Sets `language` from an `Option` (`None` leaves it unset).
        pub fn maybe_language(&mut self, v: Option<impl Into<String>>) {
            self.language = v.map(Into::into);
        }
    ))]
    pub language: Option<String>,
    /// The `model` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `model`.
        pub fn model(&mut self, v: impl Into<String>) {
            self.model = Some(v.into());
        }
        /// Sets `model` from an `Option` (`None` leaves it unset).
        pub fn maybe_model(&mut self, v: Option<impl Into<String>>) {
            self.model = v.map(Into::into);
        }
    ))]
    pub model: Option<String>,
    /// The `target_streaming_delay_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `target_streaming_delay_ms`.
        pub fn target_streaming_delay_ms(&mut self, v: impl Into<i64>) {
            self.target_streaming_delay_ms = Some(v.into());
        }
        /// Sets `target_streaming_delay_ms` from an `Option` (`None` leaves it unset).
        pub fn maybe_target_streaming_delay_ms(&mut self, v: Option<impl Into<i64>>) {
            self.target_streaming_delay_ms = v.map(Into::into);
        }
    ))]
    pub target_streaming_delay_ms: Option<i64>,
    /// The `turn_detection` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `turn_detection`.
        pub fn turn_detection(&mut self, v: impl Into<super::AudioTurnDetectionConfig>) {
            self.turn_detection = Some(v.into());
        }
        /// Sets `turn_detection` from an `Option` (`None` leaves it unset).
        pub fn maybe_turn_detection(&mut self, v: Option<impl Into<super::AudioTurnDetectionConfig>>) {
            self.turn_detection = v.map(Into::into);
        }
    ))]
    pub turn_detection: Option<super::AudioTurnDetectionConfig>,
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

impl AudioSttConfig {
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
        if let Some(v) = &self.turn_detection {
            v.check_into(c, &format!("{at}turn_detection."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "context_bias",
                    "language",
                    "model",
                    "target_streaming_delay_ms",
                    "turn_detection",
                ],
            );
        }
    }
}

impl crate::ApiRequest for AudioSttConfig {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AudioTTSConfig
///
/// Generated from schema `AudioTTSConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AudioTtsConfig`], from [`AudioTtsConfig::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AudioTtsConfig {
    /// The `expressiveness` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `expressiveness`.
        pub fn expressiveness(&mut self, v: impl Into<f64>) {
            self.expressiveness = Some(v.into());
        }
        /// Sets `expressiveness` from an `Option` (`None` leaves it unset).
        pub fn maybe_expressiveness(&mut self, v: Option<impl Into<f64>>) {
            self.expressiveness = v.map(Into::into);
        }
    ))]
    pub expressiveness: Option<f64>,
    /// The `model` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `model`.
        pub fn model(&mut self, v: impl Into<String>) {
            self.model = Some(v.into());
        }
        /// Sets `model` from an `Option` (`None` leaves it unset).
        pub fn maybe_model(&mut self, v: Option<impl Into<String>>) {
            self.model = v.map(Into::into);
        }
    ))]
    pub model: Option<String>,
    /// The `voice_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `voice_id`.
        pub fn voice_id(&mut self, v: impl Into<String>) {
            self.voice_id = Some(v.into());
        }
        /// Sets `voice_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_voice_id(&mut self, v: Option<impl Into<String>>) {
            self.voice_id = v.map(Into::into);
        }
    ))]
    pub voice_id: Option<String>,
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

impl AudioTtsConfig {
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
            c.extra(&self.extra, &["expressiveness", "model", "voice_id"]);
        }
    }
}

impl crate::ApiRequest for AudioTtsConfig {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AudioTurnConfig
///
/// Generated from schema `AudioTurnConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AudioTurnConfig`], from [`AudioTurnConfig::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AudioTurnConfig {
    /// The `allow_interruptions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `allow_interruptions`.
        pub fn allow_interruptions(&mut self, v: impl Into<bool>) {
            self.allow_interruptions = Some(v.into());
        }
        /// Sets `allow_interruptions` from an `Option` (`None` leaves it unset).
        pub fn maybe_allow_interruptions(&mut self, v: Option<impl Into<bool>>) {
            self.allow_interruptions = v.map(Into::into);
        }
    ))]
    pub allow_interruptions: Option<bool>,
    /// The `inactivity` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `inactivity`.
        pub fn inactivity(&mut self, v: impl Into<super::AudioInactivityConfig>) {
            self.inactivity = Some(v.into());
        }
        /// Sets `inactivity` from an `Option` (`None` leaves it unset).
        pub fn maybe_inactivity(&mut self, v: Option<impl Into<super::AudioInactivityConfig>>) {
            self.inactivity = v.map(Into::into);
        }
    ))]
    pub inactivity: Option<super::AudioInactivityConfig>,
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

impl AudioTurnConfig {
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
        if let Some(v) = &self.inactivity {
            v.check_into(c, &format!("{at}inactivity."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["allow_interruptions", "inactivity"]);
        }
    }
}

impl crate::ApiRequest for AudioTurnConfig {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AudioTurnDetectionConfig
///
/// Generated from schema `AudioTurnDetectionConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AudioTurnDetectionConfig`], from [`AudioTurnDetectionConfig::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AudioTurnDetectionConfig {
    /// The `eager_end_threshold` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `eager_end_threshold`.
        pub fn eager_end_threshold(&mut self, v: impl Into<f64>) {
            self.eager_end_threshold = Some(v.into());
        }
        /// Sets `eager_end_threshold` from an `Option` (`None` leaves it unset).
        pub fn maybe_eager_end_threshold(&mut self, v: Option<impl Into<f64>>) {
            self.eager_end_threshold = v.map(Into::into);
        }
    ))]
    pub eager_end_threshold: Option<f64>,
    /// The `end_threshold` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `end_threshold`.
        pub fn end_threshold(&mut self, v: impl Into<f64>) {
            self.end_threshold = Some(v.into());
        }
        /// Sets `end_threshold` from an `Option` (`None` leaves it unset).
        pub fn maybe_end_threshold(&mut self, v: Option<impl Into<f64>>) {
            self.end_threshold = v.map(Into::into);
        }
    ))]
    pub end_threshold: Option<f64>,
    /// The `end_timeout_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `end_timeout_ms`.
        pub fn end_timeout_ms(&mut self, v: impl Into<i64>) {
            self.end_timeout_ms = Some(v.into());
        }
        /// Sets `end_timeout_ms` from an `Option` (`None` leaves it unset).
        pub fn maybe_end_timeout_ms(&mut self, v: Option<impl Into<i64>>) {
            self.end_timeout_ms = v.map(Into::into);
        }
    ))]
    pub end_timeout_ms: Option<i64>,
    /// The `min_silence_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `min_silence_ms`.
        pub fn min_silence_ms(&mut self, v: impl Into<i64>) {
            self.min_silence_ms = Some(v.into());
        }
        /// Sets `min_silence_ms` from an `Option` (`None` leaves it unset).
        pub fn maybe_min_silence_ms(&mut self, v: Option<impl Into<i64>>) {
            self.min_silence_ms = v.map(Into::into);
        }
    ))]
    pub min_silence_ms: Option<i64>,
    /// The `start_threshold` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `start_threshold`.
        pub fn start_threshold(&mut self, v: impl Into<f64>) {
            self.start_threshold = Some(v.into());
        }
        /// Sets `start_threshold` from an `Option` (`None` leaves it unset).
        pub fn maybe_start_threshold(&mut self, v: Option<impl Into<f64>>) {
            self.start_threshold = v.map(Into::into);
        }
    ))]
    pub start_threshold: Option<f64>,
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

impl AudioTurnDetectionConfig {
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
                    "eager_end_threshold",
                    "end_threshold",
                    "end_timeout_ms",
                    "min_silence_ms",
                    "start_threshold",
                ],
            );
        }
    }
}

impl crate::ApiRequest for AudioTurnDetectionConfig {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `Destination` object.
    ///
    /// Generated from schema `Destination` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Destination : "type" {
        /// `type: phone`
        "phone" => Phone(super::PhoneDestination),
        /// `type: sip`
        "sip" => Sip(super::SipDestination),
    }
}

/// FunctionRequest
///
/// Generated from schema `FunctionRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`FunctionRequest`], from [`FunctionRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct FunctionRequest {
    /// The API's default: `""`.
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
    /// The `parameters` field.
    #[builder(setter(into))]
    pub parameters: serde_json::Map<String, serde_json::Value>,
    /// The API's default: `false`.
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

impl FunctionRequest {
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
            c.extra(&self.extra, &["description", "name", "parameters", "strict"]);
        }
    }
}

impl crate::ApiRequest for FunctionRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// HangUpTool
///
/// Generated from schema `HangUpTool` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`HangUpTool`], from [`HangUpTool::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct HangUpTool {
    /// The `filler` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filler`.
        pub fn filler(&mut self, v: impl Into<super::StaticToolFiller>) {
            self.filler = Some(v.into());
        }
        /// Sets `filler` from an `Option` (`None` leaves it unset).
        pub fn maybe_filler(&mut self, v: Option<impl Into<super::StaticToolFiller>>) {
            self.filler = v.map(Into::into);
        }
    ))]
    pub filler: Option<super::StaticToolFiller>,
    /// The API's default: `"hang_up"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::HangUpToolType,
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

impl HangUpTool {
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
        if let Some(v) = &self.filler {
            v.check_into(c, &format!("{at}filler."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["filler", "type"]);
        }
    }
}

impl crate::ApiRequest for HangUpTool {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `HangUpToolType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum HangUpToolType {
        /// `hang_up`
        HangUp = "hang_up",
    }
}

impl Default for HangUpToolType {
    fn default() -> Self {
        HangUpToolType::Other(String::new())
    }
}

/// OAuth2TokenAuth
///
/// Generated from schema `OAuth2TokenAuth` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`OAuth2TokenAuthNext`], from [`OAuth2TokenAuthNext::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct OAuth2TokenAuthNext {
    /// The API's default: `"oauth2-token"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::OAuth2TokenAuthNextType,
    /// The `value` field.
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

impl OAuth2TokenAuthNext {
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
            c.extra(&self.extra, &["type", "value"]);
        }
    }
}

impl crate::ApiRequest for OAuth2TokenAuthNext {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `OAuth2TokenAuthNextType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum OAuth2TokenAuthNextType {
        /// `oauth2-token`
        Oauth2Token = "oauth2-token",
    }
}

impl Default for OAuth2TokenAuthNextType {
    fn default() -> Self {
        OAuth2TokenAuthNextType::Other(String::new())
    }
}

/// PhoneDestination
///
/// Generated from schema `PhoneDestination` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`PhoneDestination`], from [`PhoneDestination::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct PhoneDestination {
    /// The `number` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub number: String,
    /// The API's default: `"phone"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::PhoneDestinationType,
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

impl PhoneDestination {
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
            c.extra(&self.extra, &["number", "type"]);
        }
    }
}

impl crate::ApiRequest for PhoneDestination {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `PhoneDestinationType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum PhoneDestinationType {
        /// `phone`
        Phone = "phone",
    }
}

impl Default for PhoneDestinationType {
    fn default() -> Self {
        PhoneDestinationType::Other(String::new())
    }
}

/// SipDestination
///
/// Generated from schema `SipDestination` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SipDestination`], from [`SipDestination::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SipDestination {
    /// The API's default: `"sip"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::SipDestinationType,
    /// The `uri` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub uri: String,
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

impl SipDestination {
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
            c.extra(&self.extra, &["type", "uri"]);
        }
    }
}

impl crate::ApiRequest for SipDestination {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `SipDestinationType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum SipDestinationType {
        /// `sip`
        Sip = "sip",
    }
}

impl Default for SipDestinationType {
    fn default() -> Self {
        SipDestinationType::Other(String::new())
    }
}

/// StaticToolFiller
///
/// Generated from schema `StaticToolFiller` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`StaticToolFiller`], from [`StaticToolFiller::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct StaticToolFiller {
    /// The `text` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub text: String,
    /// The API's default: `"static"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `type`.
        pub fn r#type(&mut self, v: impl Into<super::StaticToolFillerType>) {
            self.r#type = Some(v.into());
        }
        /// Sets `type` from an `Option` (`None` leaves it unset).
        pub fn maybe_type(&mut self, v: Option<impl Into<super::StaticToolFillerType>>) {
            self.r#type = v.map(Into::into);
        }
    ))]
    pub r#type: Option<super::StaticToolFillerType>,
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

impl StaticToolFiller {
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

impl crate::ApiRequest for StaticToolFiller {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `StaticToolFillerType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum StaticToolFillerType {
        /// `static`
        Static = "static",
    }
}

impl Default for StaticToolFillerType {
    fn default() -> Self {
        StaticToolFillerType::Other(String::new())
    }
}

/// ToolConfiguration
///
/// Generated from schema `ToolConfiguration` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ToolConfigurationNext`], from [`ToolConfigurationNext::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ToolConfigurationNext {
    /// The `exclude` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `exclude`.
        pub fn exclude(&mut self, v: impl Into<Vec<String>>) {
            self.exclude = Some(v.into());
        }
        /// Sets `exclude` from an `Option` (`None` leaves it unset).
        pub fn maybe_exclude(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.exclude = v.map(Into::into);
        }
    ))]
    pub exclude: Option<Vec<String>>,
    /// The `include` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `include`.
        pub fn include(&mut self, v: impl Into<Vec<String>>) {
            self.include = Some(v.into());
        }
        /// Sets `include` from an `Option` (`None` leaves it unset).
        pub fn maybe_include(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.include = v.map(Into::into);
        }
    ))]
    pub include: Option<Vec<String>>,
    /// The `requires_confirmation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `requires_confirmation`.
        pub fn requires_confirmation(&mut self, v: impl Into<Vec<String>>) {
            self.requires_confirmation = Some(v.into());
        }
        /// Sets `requires_confirmation` from an `Option` (`None` leaves it unset).
        pub fn maybe_requires_confirmation(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.requires_confirmation = v.map(Into::into);
        }
    ))]
    pub requires_confirmation: Option<Vec<String>>,
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

impl ToolConfigurationNext {
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
            c.extra(&self.extra, &["exclude", "include", "requires_confirmation"]);
        }
    }
}

impl crate::ApiRequest for ToolConfigurationNext {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// TransferCallTool
///
/// Generated from schema `TransferCallTool` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`TransferCallTool`], from [`TransferCallTool::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct TransferCallTool {
    /// The `destinations` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub destinations: Vec<super::TransferTarget>,
    /// The `filler` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filler`.
        pub fn filler(&mut self, v: impl Into<super::StaticToolFiller>) {
            self.filler = Some(v.into());
        }
        /// Sets `filler` from an `Option` (`None` leaves it unset).
        pub fn maybe_filler(&mut self, v: Option<impl Into<super::StaticToolFiller>>) {
            self.filler = v.map(Into::into);
        }
    ))]
    pub filler: Option<super::StaticToolFiller>,
    /// The API's default: `"transfer_call"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::TransferCallToolType,
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

impl TransferCallTool {
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
            let v = &self.destinations;
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}destinations[{i}]."));
            }
        }
        if let Some(v) = &self.filler {
            v.check_into(c, &format!("{at}filler."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["destinations", "filler", "type"]);
        }
    }
}

impl crate::ApiRequest for TransferCallTool {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `TransferCallToolType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum TransferCallToolType {
        /// `transfer_call`
        TransferCall = "transfer_call",
    }
}

impl Default for TransferCallToolType {
    fn default() -> Self {
        TransferCallToolType::Other(String::new())
    }
}

/// One allowed hand-off, chosen by the model through `id` alone.
///
/// The address never reaches the model: it only sees `id` and `condition`, so it
/// cannot dial a near-miss of a real number.
///
/// Generated from schema `TransferTarget` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`TransferTarget`], from [`TransferTarget::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct TransferTarget {
    /// The `condition` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub condition: String,
    /// The `destination` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub destination: super::Destination,
    /// The `id` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub id: String,
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

impl TransferTarget {
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
            c.extra(&self.extra, &["condition", "destination", "id"]);
        }
    }
}

impl crate::ApiRequest for TransferTarget {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// VoiceAgentCustomConnector
///
/// Generated from schema `VoiceAgentCustomConnector` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`VoiceAgentCustomConnector`], from [`VoiceAgentCustomConnector::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct VoiceAgentCustomConnector {
    /// The `authorization` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `authorization`.
        pub fn authorization(&mut self, v: impl Into<super::VoiceAgentCustomConnectorAuthorization>) {
            self.authorization = Some(v.into());
        }
        /// Sets `authorization` from an `Option` (`None` leaves it unset).
        pub fn maybe_authorization(&mut self, v: Option<impl Into<super::VoiceAgentCustomConnectorAuthorization>>) {
            self.authorization = v.map(Into::into);
        }
    ))]
    pub authorization: Option<super::VoiceAgentCustomConnectorAuthorization>,
    /// The `connector_id` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub connector_id: String,
    /// The `filler` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filler`.
        pub fn filler(&mut self, v: impl Into<super::StaticToolFiller>) {
            self.filler = Some(v.into());
        }
        /// Sets `filler` from an `Option` (`None` leaves it unset).
        pub fn maybe_filler(&mut self, v: Option<impl Into<super::StaticToolFiller>>) {
            self.filler = v.map(Into::into);
        }
    ))]
    pub filler: Option<super::StaticToolFiller>,
    /// The `tool_configuration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `tool_configuration`.
        pub fn tool_configuration(&mut self, v: impl Into<super::ToolConfigurationNext>) {
            self.tool_configuration = Some(v.into());
        }
        /// Sets `tool_configuration` from an `Option` (`None` leaves it unset).
        pub fn maybe_tool_configuration(&mut self, v: Option<impl Into<super::ToolConfigurationNext>>) {
            self.tool_configuration = v.map(Into::into);
        }
    ))]
    pub tool_configuration: Option<super::ToolConfigurationNext>,
    /// The API's default: `"connector"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::VoiceAgentCustomConnectorType,
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

impl VoiceAgentCustomConnector {
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
        if let Some(v) = &self.filler {
            v.check_into(c, &format!("{at}filler."));
        }
        if let Some(v) = &self.tool_configuration {
            v.check_into(c, &format!("{at}tool_configuration."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "authorization",
                    "connector_id",
                    "filler",
                    "tool_configuration",
                    "type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for VoiceAgentCustomConnector {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `VoiceAgentCustomConnectorAuthorization` object.
    ///
    /// Generated from schema `VoiceAgentCustomConnectorAuthorization` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum VoiceAgentCustomConnectorAuthorization : "type" {
        /// `type: api-key`
        "api-key" => ApiKey(super::ApiKeyAuthNext),
        /// `type: oauth2-token`
        "oauth2-token" => Oauth2Token(super::OAuth2TokenAuthNext),
    }
}

crate::macros::string_enum! {
    /// The `VoiceAgentCustomConnectorType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum VoiceAgentCustomConnectorType {
        /// `connector`
        Connector = "connector",
    }
}

impl Default for VoiceAgentCustomConnectorType {
    fn default() -> Self {
        VoiceAgentCustomConnectorType::Other(String::new())
    }
}

/// VoiceAgentDocumentLibraryTool
///
/// Generated from schema `VoiceAgentDocumentLibraryTool` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`VoiceAgentDocumentLibraryTool`], from [`VoiceAgentDocumentLibraryTool::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct VoiceAgentDocumentLibraryTool {
    /// The `filler` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filler`.
        pub fn filler(&mut self, v: impl Into<super::StaticToolFiller>) {
            self.filler = Some(v.into());
        }
        /// Sets `filler` from an `Option` (`None` leaves it unset).
        pub fn maybe_filler(&mut self, v: Option<impl Into<super::StaticToolFiller>>) {
            self.filler = v.map(Into::into);
        }
    ))]
    pub filler: Option<super::StaticToolFiller>,
    /// Ids of the library in which to search.
    #[serde(default)]
    #[builder(setter(into))]
    pub library_ids: Vec<String>,
    /// The `tool_configuration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `tool_configuration`.
        pub fn tool_configuration(&mut self, v: impl Into<super::ToolConfigurationNext>) {
            self.tool_configuration = Some(v.into());
        }
        /// Sets `tool_configuration` from an `Option` (`None` leaves it unset).
        pub fn maybe_tool_configuration(&mut self, v: Option<impl Into<super::ToolConfigurationNext>>) {
            self.tool_configuration = v.map(Into::into);
        }
    ))]
    pub tool_configuration: Option<super::ToolConfigurationNext>,
    /// The API's default: `"document_library"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::VoiceAgentDocumentLibraryToolType,
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

impl VoiceAgentDocumentLibraryTool {
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
        if let Some(v) = &self.filler {
            v.check_into(c, &format!("{at}filler."));
        }
        if let Some(v) = &self.tool_configuration {
            v.check_into(c, &format!("{at}tool_configuration."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &["filler", "library_ids", "tool_configuration", "type"],
            );
        }
    }
}

impl crate::ApiRequest for VoiceAgentDocumentLibraryTool {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `VoiceAgentDocumentLibraryToolType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum VoiceAgentDocumentLibraryToolType {
        /// `document_library`
        DocumentLibrary = "document_library",
    }
}

impl Default for VoiceAgentDocumentLibraryToolType {
    fn default() -> Self {
        VoiceAgentDocumentLibraryToolType::Other(String::new())
    }
}

/// VoiceAgentFunctionTool
///
/// Generated from schema `VoiceAgentFunctionTool` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VoiceAgentFunctionTool {
    /// The `filler` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filler: Option<super::StaticToolFiller>,
    /// The `function` field.
    pub function: crate::Function,
    /// The `timeout_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<i64>,
    /// The API's default: `"function"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::VoiceAgentFunctionToolType>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VoiceAgentFunctionToolRequest
///
/// Generated from schema `VoiceAgentFunctionToolRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`VoiceAgentFunctionToolRequest`], from [`VoiceAgentFunctionToolRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct VoiceAgentFunctionToolRequest {
    /// The `filler` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filler`.
        pub fn filler(&mut self, v: impl Into<super::StaticToolFiller>) {
            self.filler = Some(v.into());
        }
        /// Sets `filler` from an `Option` (`None` leaves it unset).
        pub fn maybe_filler(&mut self, v: Option<impl Into<super::StaticToolFiller>>) {
            self.filler = v.map(Into::into);
        }
    ))]
    pub filler: Option<super::StaticToolFiller>,
    /// The `function` field.
    #[builder(setter(into))]
    pub function: super::FunctionRequest,
    /// The `timeout_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `timeout_ms`.
        pub fn timeout_ms(&mut self, v: impl Into<i64>) {
            self.timeout_ms = Some(v.into());
        }
        /// Sets `timeout_ms` from an `Option` (`None` leaves it unset).
        pub fn maybe_timeout_ms(&mut self, v: Option<impl Into<i64>>) {
            self.timeout_ms = v.map(Into::into);
        }
    ))]
    pub timeout_ms: Option<i64>,
    /// The API's default: `"function"`.
    #[builder(setter(into))]
    pub r#type: super::VoiceAgentFunctionToolRequestType,
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

impl VoiceAgentFunctionToolRequest {
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
        if let Some(v) = &self.filler {
            v.check_into(c, &format!("{at}filler."));
        }
        {
            let v = &self.function;
            v.check_into(c, &format!("{at}function."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["filler", "function", "timeout_ms", "type"]);
        }
    }
}

impl crate::ApiRequest for VoiceAgentFunctionToolRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `VoiceAgentFunctionToolRequestType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum VoiceAgentFunctionToolRequestType {
        /// `function`
        Function = "function",
    }
}

impl Default for VoiceAgentFunctionToolRequestType {
    fn default() -> Self {
        VoiceAgentFunctionToolRequestType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `VoiceAgentFunctionToolType` object.
    ///
    /// Generated from schema `VoiceAgentFunctionToolType` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum VoiceAgentFunctionToolType {
        /// `function`
        Function = "function",
    }
}

impl Default for VoiceAgentFunctionToolType {
    fn default() -> Self {
        VoiceAgentFunctionToolType::Other(String::new())
    }
}

/// VoiceAgentWebSearchTool
///
/// Generated from schema `VoiceAgentWebSearchTool` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`VoiceAgentWebSearchTool`], from [`VoiceAgentWebSearchTool::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct VoiceAgentWebSearchTool {
    /// The `filler` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filler`.
        pub fn filler(&mut self, v: impl Into<super::StaticToolFiller>) {
            self.filler = Some(v.into());
        }
        /// Sets `filler` from an `Option` (`None` leaves it unset).
        pub fn maybe_filler(&mut self, v: Option<impl Into<super::StaticToolFiller>>) {
            self.filler = v.map(Into::into);
        }
    ))]
    pub filler: Option<super::StaticToolFiller>,
    /// The `tool_configuration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `tool_configuration`.
        pub fn tool_configuration(&mut self, v: impl Into<super::ToolConfigurationNext>) {
            self.tool_configuration = Some(v.into());
        }
        /// Sets `tool_configuration` from an `Option` (`None` leaves it unset).
        pub fn maybe_tool_configuration(&mut self, v: Option<impl Into<super::ToolConfigurationNext>>) {
            self.tool_configuration = v.map(Into::into);
        }
    ))]
    pub tool_configuration: Option<super::ToolConfigurationNext>,
    /// The API's default: `"web_search"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::VoiceAgentWebSearchToolType,
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

impl VoiceAgentWebSearchTool {
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
        if let Some(v) = &self.filler {
            v.check_into(c, &format!("{at}filler."));
        }
        if let Some(v) = &self.tool_configuration {
            v.check_into(c, &format!("{at}tool_configuration."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["filler", "tool_configuration", "type"]);
        }
    }
}

impl crate::ApiRequest for VoiceAgentWebSearchTool {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `VoiceAgentWebSearchToolType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum VoiceAgentWebSearchToolType {
        /// `web_search`
        WebSearch = "web_search",
    }
}

impl Default for VoiceAgentWebSearchToolType {
    fn default() -> Self {
        VoiceAgentWebSearchToolType::Other(String::new())
    }
}

/// The query parameters of `client.voice().agents().list`: `GET /v1/audio/agents` (`list_agents_v1_audio_agents_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(doc = "The builder of [`VoiceAgentsListQuery`], from [`VoiceAgentsListQuery::builder`].")
)]
pub struct VoiceAgentsListQuery {
    /// Maximum number of agents to return
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
    /// Cursor returned as next\_page\_token by the previous page
    #[builder(via_mutators, mutators(
        /// Sets `page_token`.
        pub fn page_token(&mut self, v: impl Into<String>) {
            self.page_token = Some(v.into());
        }
        /// Sets `page_token` from an `Option` (`None` leaves it unset).
        pub fn maybe_page_token(&mut self, v: Option<impl Into<String>>) {
            self.page_token = v.map(Into::into);
        }
    ))]
    pub page_token: Option<String>,
    /// Substring match on the agent name
    #[builder(via_mutators, mutators(
        /// Sets `search`.
        pub fn search(&mut self, v: impl Into<String>) {
            self.search = Some(v.into());
        }
        /// Sets `search` from an `Option` (`None` leaves it unset).
        pub fn maybe_search(&mut self, v: Option<impl Into<String>>) {
            self.search = v.map(Into::into);
        }
    ))]
    pub search: Option<String>,
}

impl VoiceAgentsListQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.page_token, &mut q, "page_token");
        crate::generated::QueryValue::push_to(&self.search, &mut q, "search");
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

/// The query parameters of `client.voice().agents().get`: `GET /v1/audio/agents/{agent_id}` (`get_agent_v1_audio_agents__agent_id__get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(doc = "The builder of [`VoiceAgentsGetQuery`], from [`VoiceAgentsGetQuery::builder`].")
)]
pub struct VoiceAgentsGetQuery {
    /// Version to return. Defaults to the latest version.
    #[builder(via_mutators, mutators(
        /// Sets `version`.
        pub fn version(&mut self, v: impl Into<i64>) {
            self.version = Some(v.into());
        }
        /// Sets `version` from an `Option` (`None` leaves it unset).
        pub fn maybe_version(&mut self, v: Option<impl Into<i64>>) {
            self.version = v.map(Into::into);
        }
    ))]
    pub version: Option<i64>,
}

impl VoiceAgentsGetQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.version, &mut q, "version");
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

/// The query parameters of `client.voice().agents().list_sessions`: `GET /v1/audio/agents/{agent_id}/sessions` (`list_agent_sessions_v1_audio_agents__agent_id__sessions_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`VoiceAgentsListSessionsQuery`], from [`VoiceAgentsListSessionsQuery::builder`]."
    )
)]
pub struct VoiceAgentsListSessionsQuery {
    /// Maximum number of sessions to return
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
    /// Cursor returned as next\_page\_token by the previous page
    #[builder(via_mutators, mutators(
        /// Sets `page_token`.
        pub fn page_token(&mut self, v: impl Into<String>) {
            self.page_token = Some(v.into());
        }
        /// Sets `page_token` from an `Option` (`None` leaves it unset).
        pub fn maybe_page_token(&mut self, v: Option<impl Into<String>>) {
            self.page_token = v.map(Into::into);
        }
    ))]
    pub page_token: Option<String>,
}

impl VoiceAgentsListSessionsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.page_token, &mut q, "page_token");
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

/// The query parameters of `client.voice().agents().list_versions`: `GET /v1/audio/agents/{agent_id}/versions` (`list_agent_versions_v1_audio_agents__agent_id__versions_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`VoiceAgentsListVersionsQuery`], from [`VoiceAgentsListVersionsQuery::builder`]."
    )
)]
pub struct VoiceAgentsListVersionsQuery {
    /// Maximum number of versions to return
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
    /// Cursor returned as next\_page\_token by the previous page
    #[builder(via_mutators, mutators(
        /// Sets `page_token`.
        pub fn page_token(&mut self, v: impl Into<String>) {
            self.page_token = Some(v.into());
        }
        /// Sets `page_token` from an `Option` (`None` leaves it unset).
        pub fn maybe_page_token(&mut self, v: Option<impl Into<String>>) {
            self.page_token = v.map(Into::into);
        }
    ))]
    pub page_token: Option<String>,
}

impl VoiceAgentsListVersionsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.page_token, &mut q, "page_token");
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
