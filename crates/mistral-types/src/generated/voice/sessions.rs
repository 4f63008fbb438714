// generated from the spec by `cargo xtask codegen`: do not edit

/// AudioAssistantTranscriptTurn
///
/// Generated from schema `AudioAssistantTranscriptTurn` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioAssistantTranscriptTurn {
    /// Text as delivered in the conversation: the recognized transcript for user turns, and the audio actually played to the caller for assistant turns. Null only as a fallback for incomplete data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The `duration_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<f64>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_interruption: Option<bool>,
    /// The `latency` field.
    #[serde(default)]
    pub latency: super::AudioLatencyBreakdownAssistant,
    /// The API's default: `"assistant"`.
    #[serde(default)]
    pub role: super::AudioAssistantTranscriptTurnRole,
    /// The `timestamp` field.
    #[serde(default)]
    pub timestamp: String,
    /// Tools the model requested in this step. Each result follows as a `tool` turn with the same id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_calls: Option<Vec<super::AudioToolCall>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `AudioAssistantTranscriptTurnRole` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum AudioAssistantTranscriptTurnRole {
        /// `assistant`
        Assistant = "assistant",
    }
}

impl Default for AudioAssistantTranscriptTurnRole {
    fn default() -> Self {
        AudioAssistantTranscriptTurnRole::Other(String::new())
    }
}

/// AudioLatencyBreakdownAssistant
///
/// Generated from schema `AudioLatencyBreakdownAssistant` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioLatencyBreakdownAssistant {
    /// The `e2e_latency_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e2e_latency_ms: Option<f64>,
    /// The `llm_duration_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub llm_duration_ms: Option<f64>,
    /// The `llm_ttft_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub llm_ttft_ms: Option<f64>,
    /// The `tts_duration_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tts_duration_ms: Option<f64>,
    /// The `tts_ttfb_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tts_ttfb_ms: Option<f64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AudioLatencyBreakdownUser
///
/// Generated from schema `AudioLatencyBreakdownUser` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioLatencyBreakdownUser {
    /// The `end_of_turn_delay_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_of_turn_delay_ms: Option<f64>,
    /// The `transcription_delay_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transcription_delay_ms: Option<f64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AudioSessionCreateRequest
///
/// Generated from schema `AudioSessionCreateRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AudioSessionCreateRequest`], from [`AudioSessionCreateRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AudioSessionCreateRequest {
    /// The `agent_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `agent_id`.
        pub fn agent_id(&mut self, v: impl Into<String>) {
            self.agent_id = Some(v.into());
        }
        /// Sets `agent_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_agent_id(&mut self, v: Option<impl Into<String>>) {
            self.agent_id = v.map(Into::into);
        }
    ))]
    pub agent_id: Option<String>,
    /// The `agent_version` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `agent_version`.
        pub fn agent_version(&mut self, v: impl Into<i64>) {
            self.agent_version = Some(v.into());
        }
        /// Sets `agent_version` from an `Option` (`None` leaves it unset).
        pub fn maybe_agent_version(&mut self, v: Option<impl Into<i64>>) {
            self.agent_version = v.map(Into::into);
        }
    ))]
    pub agent_version: Option<i64>,
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
        pub fn tools(&mut self, v: impl Into<Vec<super::AudioSessionCreateRequestTool>>) {
            self.tools = Some(v.into());
        }
        /// Sets `tools` from an `Option` (`None` leaves it unset).
        pub fn maybe_tools(&mut self, v: Option<impl Into<Vec<super::AudioSessionCreateRequestTool>>>) {
            self.tools = v.map(Into::into);
        }
    ))]
    pub tools: Option<Vec<super::AudioSessionCreateRequestTool>>,
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

impl AudioSessionCreateRequest {
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
                    "agent_id",
                    "agent_version",
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

impl crate::ApiRequest for AudioSessionCreateRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `AudioSessionCreateRequestTool` object.
    ///
    /// Generated from schema `AudioSessionCreateRequestTool` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum AudioSessionCreateRequestTool : "type" {
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

/// AudioSessionCreateResponse
///
/// Generated from schema `AudioSessionCreateResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioSessionCreateResponse {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `expires_at` field.
    #[serde(default)]
    pub expires_at: String,
    /// Effective function declarations after saved-agent and session overrides are merged. Connected SDKs can compare them with their local handlers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function_tools: Option<Vec<super::VoiceAgentFunctionTool>>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `participant_token` field.
    #[serde(default)]
    pub participant_token: String,
    /// The `server_url` field.
    #[serde(default)]
    pub server_url: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl std::fmt::Debug for AudioSessionCreateResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AudioSessionCreateResponse")
            .field("created_at", &self.created_at)
            .field("expires_at", &self.expires_at)
            .field("function_tools", &self.function_tools)
            .field("id", &self.id)
            .field("participant_token", &"****")
            .field("server_url", &self.server_url)
            .field("extra", &self.extra)
            .finish()
    }
}

/// The phone line a session is attached to.
///
/// Present only when the caller reached the agent over telephony, `null` for a
/// session started from a browser or the API.
///
/// Generated from schema `AudioSessionPhoneCall` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioSessionPhoneCall {
    /// The number as it stands now, or null once it has been released or when you cannot read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<super::AudioSessionPhoneNumber>,
    /// The `phone_number_id` field.
    #[serde(default)]
    pub phone_number_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The line the call came in on, as it stands now.
///
/// Generated from schema `AudioSessionPhoneNumber` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioSessionPhoneNumber {
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// What the caller dialed to reach this number.
    #[serde(default)]
    pub identifier: String,
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AudioSessionResponse
///
/// Generated from schema `AudioSessionResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioSessionResponse {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `num_participants` field.
    #[serde(default)]
    pub num_participants: i64,
    /// The `phone_call` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_call: Option<super::AudioSessionPhoneCall>,
    /// The `status` field.
    #[serde(default)]
    pub status: super::AudioSessionResponseStatus,
    /// The turns of the conversation, or null while no transcript has been recorded for this session yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transcripts: Option<Vec<super::Transcript>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `AudioSessionResponseStatus` object.
    ///
    /// Generated from schema `AudioSessionResponseStatus` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum AudioSessionResponseStatus {
        /// `active`
        Active = "active",
        /// `ended`
        Ended = "ended",
    }
}

impl Default for AudioSessionResponseStatus {
    fn default() -> Self {
        AudioSessionResponseStatus::Other(String::new())
    }
}

/// AudioToolCall
///
/// Generated from schema `AudioToolCall` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioToolCall {
    /// JSON text, or null when unavailable or withheld.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<String>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AudioToolTranscriptTurn
///
/// Generated from schema `AudioToolTranscriptTurn` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioToolTranscriptTurn {
    /// The `duration_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<f64>,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// Decoded JSON or plain text; null when unavailable or withheld.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<serde_json::Value>,
    /// The API's default: `"tool"`.
    #[serde(default)]
    pub role: super::AudioToolTranscriptTurnRole,
    /// The `status` field.
    #[serde(default)]
    pub status: super::AudioToolTranscriptTurnStatus,
    /// When the tool started executing.
    #[serde(default)]
    pub timestamp: String,
    /// The `tool_call_id` field.
    #[serde(default)]
    pub tool_call_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `AudioToolTranscriptTurnRole` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum AudioToolTranscriptTurnRole {
        /// `tool`
        Tool = "tool",
    }
}

impl Default for AudioToolTranscriptTurnRole {
    fn default() -> Self {
        AudioToolTranscriptTurnRole::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `AudioToolTranscriptTurnStatus` object.
    ///
    /// Generated from schema `AudioToolTranscriptTurnStatus` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum AudioToolTranscriptTurnStatus {
        /// `success`
        Success = "success",
        /// `error`
        Error = "error",
        /// `unknown`
        Unknown = "unknown",
    }
}

impl Default for AudioToolTranscriptTurnStatus {
    fn default() -> Self {
        AudioToolTranscriptTurnStatus::Other(String::new())
    }
}

/// AudioUserTranscriptTurn
///
/// Generated from schema `AudioUserTranscriptTurn` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioUserTranscriptTurn {
    /// Text as delivered in the conversation: the recognized transcript for user turns, and the audio actually played to the caller for assistant turns. Null only as a fallback for incomplete data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The `duration_ms` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<f64>,
    /// The `latency` field.
    #[serde(default)]
    pub latency: super::AudioLatencyBreakdownUser,
    /// The API's default: `"user"`.
    #[serde(default)]
    pub role: super::AudioUserTranscriptTurnRole,
    /// The `timestamp` field.
    #[serde(default)]
    pub timestamp: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `AudioUserTranscriptTurnRole` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum AudioUserTranscriptTurnRole {
        /// `user`
        User = "user",
    }
}

impl Default for AudioUserTranscriptTurnRole {
    fn default() -> Self {
        AudioUserTranscriptTurnRole::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `Transcript` object.
    ///
    /// Generated from schema `Transcript` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Transcript : "role" {
        /// `role: assistant`
        "assistant" => Assistant(super::AudioAssistantTranscriptTurn),
        /// `role: tool`
        "tool" => Tool(super::AudioToolTranscriptTurn),
        /// `role: user`
        "user" => User(super::AudioUserTranscriptTurn),
    }
}
