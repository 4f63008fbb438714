//! The conversation requests: start, append and restart, and what they share.

use serde::{Deserialize, Serialize};
use typed_builder::TypedBuilder;

use crate::chat::request::{GuardrailConfig, Penalty, Prediction, ReasoningEffort, Stop, Temperature, TopP};
use crate::chat::tool::{JsonObject, ResponseFormat, Tool, ToolChoiceMode};
use crate::conversations::entry::ConversationInputs;
use crate::macros::string_enum;

/// Starts a conversation (`POST /v1/conversations`) with an agent or a model.
///
/// `inputs` is required at compile time; exactly one of `agent_id` and `model` must be set
/// (checked by [`validate`](Self::validate), before anything is sent). Every other option is
/// a plain-value setter, omitted from the JSON when unset, with a `maybe_` twin taking an
/// `Option`.
///
/// ```
/// use mistral::chat::Tool;
/// use mistral::conversations::{CompletionArgs, ConversationRequest};
///
/// let request = ConversationRequest::builder()
///     .inputs("Who won the 1998 World Cup?")
///     .model("mistral-medium-latest")
///     .instructions("Answer in one sentence.")
///     .tools([Tool::web_search()])
///     .completion_args(CompletionArgs::default().temperature(0.2).max_tokens(200))
///     .build();
/// request.validate()?;
/// let json = serde_json::to_value(&request)?;
/// assert_eq!(json["completion_args"]["max_tokens"], 200);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Without `inputs` it does not compile:
///
/// ```compile_fail
/// use mistral::conversations::ConversationRequest;
/// let request = ConversationRequest::builder().model("mistral-small-latest").build();
/// ```
///
/// Both or neither of `agent_id` and `model` is a validation error:
///
/// ```
/// use mistral::conversations::ConversationRequest;
/// let request = ConversationRequest::builder().inputs("Hi").build();
/// assert!(request.validate().is_err());
/// let request = ConversationRequest::builder().inputs("Hi").agent_id("ag_1").agent_version("prod").build();
/// assert!(request.validate().is_ok());
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConversationRequest`], from [`ConversationRequest::builder`]. `inputs` is \
        required, once: `build()` does not compile without it. The other setters keep the builder's type, \
        so they may be called conditionally, or again (the last call wins)."
    )
)]
pub struct ConversationRequest {
    /// What to send: one user message as a string, or a list of entries.
    #[builder(setter(into))]
    pub inputs: ConversationInputs,
    /// Stream the answer as named server-sent events. The client sets this for you.
    #[builder(via_mutators, mutators(
        /// Stream the answer as named server-sent events. The client sets this for you.
        pub fn stream(&mut self, v: bool) { self.stream = Some(v) }
        /// [`stream`](Self::stream) from an `Option`: `None` unsets it.
        pub fn maybe_stream(&mut self, v: Option<bool>) { self.stream = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,

    /// Keep the conversation on the server (the default): `false` runs it once without storing it.
    #[builder(via_mutators, mutators(
        /// Keep the conversation on the server (the default): `false` runs it once without storing it.
        pub fn store(&mut self, v: bool) { self.store = Some(v) }
        /// [`store`](Self::store) from an `Option`: `None` unsets it.
        pub fn maybe_store(&mut self, v: Option<bool>) { self.store = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<bool>,

    /// Who runs agent handoffs: the server (the default) or the caller.
    #[builder(via_mutators, mutators(
        /// Who runs agent handoffs: the server (the default) or the caller.
        pub fn handoff_execution(&mut self, v: HandoffExecution) { self.handoff_execution = Some(v) }
        /// [`handoff_execution`](Self::handoff_execution) from an `Option`: `None` unsets it.
        pub fn maybe_handoff_execution(&mut self, v: Option<HandoffExecution>) { self.handoff_execution = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handoff_execution: Option<HandoffExecution>,

    /// Instructions for the model (model conversations).
    #[builder(via_mutators, mutators(
        /// Instructions for the model (model conversations).
        pub fn instructions(&mut self, v: impl Into<String>) { self.instructions = Some(v.into()) }
        /// [`instructions`](Self::instructions) from an `Option`: `None` unsets it.
        pub fn maybe_instructions(&mut self, v: Option<impl Into<String>>) { self.instructions = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,

    /// Tools the model may use: functions, built-in tools, connectors.
    #[builder(via_mutators, mutators(
        /// Tools the model may use: functions, built-in tools, connectors.
        pub fn tools(&mut self, v: impl Into<Vec<Tool>>) { self.tools = Some(v.into()) }
        /// [`tools`](Self::tools) from an `Option`: `None` unsets it.
        pub fn maybe_tools(&mut self, v: Option<impl Into<Vec<Tool>>>) { self.tools = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<Tool>>,

    /// Sampling settings (temperature, max tokens, response format...).
    #[builder(via_mutators, mutators(
        /// Sampling settings (temperature, max tokens, response format...).
        pub fn completion_args(&mut self, v: CompletionArgs) { self.completion_args = Some(v) }
        /// [`completion_args`](Self::completion_args) from an `Option`: `None` unsets it.
        pub fn maybe_completion_args(&mut self, v: Option<CompletionArgs>) { self.completion_args = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_args: Option<CompletionArgs>,

    /// Moderation guardrails.
    #[builder(via_mutators, mutators(
        /// Moderation guardrails.
        pub fn guardrails(&mut self, v: impl Into<Vec<GuardrailConfig>>) { self.guardrails = Some(v.into()) }
        /// [`guardrails`](Self::guardrails) from an `Option`: `None` unsets it.
        pub fn maybe_guardrails(&mut self, v: Option<impl Into<Vec<GuardrailConfig>>>) { self.guardrails = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guardrails: Option<Vec<GuardrailConfig>>,

    /// A name for the conversation.
    #[builder(via_mutators, mutators(
        /// A name for the conversation.
        pub fn name(&mut self, v: impl Into<String>) { self.name = Some(v.into()) }
        /// [`name`](Self::name) from an `Option`: `None` unsets it.
        pub fn maybe_name(&mut self, v: Option<impl Into<String>>) { self.name = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// A description of the conversation.
    #[builder(via_mutators, mutators(
        /// A description of the conversation.
        pub fn description(&mut self, v: impl Into<String>) { self.description = Some(v.into()) }
        /// [`description`](Self::description) from an `Option`: `None` unsets it.
        pub fn maybe_description(&mut self, v: Option<impl Into<String>>) { self.description = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,

    /// Free-form metadata attached to the conversation.
    #[builder(via_mutators, mutators(
        /// Free-form metadata attached to the conversation.
        pub fn metadata(&mut self, v: JsonObject) { self.metadata = Some(v) }
        /// [`metadata`](Self::metadata) from an `Option`: `None` unsets it.
        pub fn maybe_metadata(&mut self, v: Option<JsonObject>) { self.metadata = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<JsonObject>,

    /// The agent to talk to (exactly one of `agent_id` and `model`).
    #[builder(via_mutators, mutators(
        /// The agent to talk to (exactly one of `agent_id` and `model`).
        pub fn agent_id(&mut self, v: impl Into<String>) { self.agent_id = Some(v.into()) }
        /// [`agent_id`](Self::agent_id) from an `Option`: `None` unsets it.
        pub fn maybe_agent_id(&mut self, v: Option<impl Into<String>>) { self.agent_id = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,

    /// The agent's version: a number, or an alias name.
    #[builder(via_mutators, mutators(
        /// The agent's version: a number, or an alias name.
        pub fn agent_version(&mut self, v: impl Into<AgentVersion>) { self.agent_version = Some(v.into()) }
        /// [`agent_version`](Self::agent_version) from an `Option`: `None` unsets it.
        pub fn maybe_agent_version(&mut self, v: Option<impl Into<AgentVersion>>) { self.agent_version = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_version: Option<AgentVersion>,

    /// The model to talk to (exactly one of `agent_id` and `model`).
    #[builder(via_mutators, mutators(
        /// The model to talk to (exactly one of `agent_id` and `model`).
        pub fn model(&mut self, v: impl Into<String>) { self.model = Some(v.into()) }
        /// [`model`](Self::model) from an `Option`: `None` unsets it.
        pub fn maybe_model(&mut self, v: Option<impl Into<String>>) { self.model = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,

    /// Fields this version does not know, sent flat beside the typed ones.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields. Naming
        /// a typed field (see [`ConversationRequest::FIELDS`]) is a validation error.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

/// Appends entries to a conversation and runs it (`POST /v1/conversations/{id}`).
///
/// `inputs` is required at compile time. To answer function calls awaiting confirmation
/// without new inputs, use [`ConversationAppendRequest::confirmations`].
///
/// ```
/// use mistral::conversations::{ConversationAppendRequest, Entry};
///
/// let request = ConversationAppendRequest::builder()
///     .inputs([Entry::function_result("call_1", r#"{"temperature": 22}"#)])
///     .store(true)
///     .build();
/// request.validate()?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConversationAppendRequest`], from [`ConversationAppendRequest::builder`]. \
        `inputs` is required, once: `build()` does not compile without it."
    )
)]
pub struct ConversationAppendRequest {
    /// What to send: one user message as a string, or a list of entries. Only `None` when
    /// built by [`confirmations`](Self::confirmations) (the spec makes it optional).
    #[builder(setter(transform = |inputs: impl Into<ConversationInputs>| Some(inputs.into())))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inputs: Option<ConversationInputs>,
    /// Stream the answer as named server-sent events. The client sets this for you.
    #[builder(via_mutators, mutators(
        /// Stream the answer as named server-sent events. The client sets this for you.
        pub fn stream(&mut self, v: bool) { self.stream = Some(v) }
        /// [`stream`](Self::stream) from an `Option`: `None` unsets it.
        pub fn maybe_stream(&mut self, v: Option<bool>) { self.stream = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,

    /// Keep the conversation on the server (the default): `false` runs it once without storing it.
    #[builder(via_mutators, mutators(
        /// Keep the conversation on the server (the default): `false` runs it once without storing it.
        pub fn store(&mut self, v: bool) { self.store = Some(v) }
        /// [`store`](Self::store) from an `Option`: `None` unsets it.
        pub fn maybe_store(&mut self, v: Option<bool>) { self.store = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<bool>,

    /// Who runs agent handoffs: the server (the default) or the caller.
    #[builder(via_mutators, mutators(
        /// Who runs agent handoffs: the server (the default) or the caller.
        pub fn handoff_execution(&mut self, v: HandoffExecution) { self.handoff_execution = Some(v) }
        /// [`handoff_execution`](Self::handoff_execution) from an `Option`: `None` unsets it.
        pub fn maybe_handoff_execution(&mut self, v: Option<HandoffExecution>) { self.handoff_execution = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handoff_execution: Option<HandoffExecution>,

    /// Sampling settings (temperature, max tokens, response format...).
    #[builder(via_mutators, mutators(
        /// Sampling settings (temperature, max tokens, response format...).
        pub fn completion_args(&mut self, v: CompletionArgs) { self.completion_args = Some(v) }
        /// [`completion_args`](Self::completion_args) from an `Option`: `None` unsets it.
        pub fn maybe_completion_args(&mut self, v: Option<CompletionArgs>) { self.completion_args = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_args: Option<CompletionArgs>,

    /// Allow or deny the function calls awaiting confirmation.
    #[builder(via_mutators, mutators(
        /// Allow or deny the function calls awaiting confirmation.
        pub fn tool_confirmations(&mut self, v: impl Into<Vec<ToolConfirmation>>) { self.tool_confirmations = Some(v.into()) }
        /// [`tool_confirmations`](Self::tool_confirmations) from an `Option`: `None` unsets it.
        pub fn maybe_tool_confirmations(&mut self, v: Option<impl Into<Vec<ToolConfirmation>>>) { self.tool_confirmations = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_confirmations: Option<Vec<ToolConfirmation>>,

    /// Fields this version does not know, sent flat beside the typed ones.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields. Naming
        /// a typed field (see [`ConversationAppendRequest::FIELDS`]) is a validation error.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

/// Restarts a conversation from one of its entries, as a new conversation
/// (`POST /v1/conversations/{id}/restart`).
///
/// `from_entry_id` is required at compile time.
///
/// ```
/// use mistral::conversations::ConversationRestartRequest;
///
/// let request = ConversationRestartRequest::builder()
///     .from_entry_id("msg_0123")
///     .inputs("Try again, shorter.")
///     .agent_version(2)
///     .build();
/// request.validate()?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// ```compile_fail
/// use mistral::conversations::ConversationRestartRequest;
/// let request = ConversationRestartRequest::builder().inputs("Again").build();
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConversationRestartRequest`], from [`ConversationRestartRequest::builder`]. \
        `from_entry_id` is required, once: `build()` does not compile without it."
    )
)]
pub struct ConversationRestartRequest {
    /// The entry to restart from (an id from the history or a response's outputs).
    #[builder(setter(into))]
    pub from_entry_id: String,
    /// New inputs to send after the restart point.
    #[builder(via_mutators, mutators(
        /// New inputs to send after the restart point.
        pub fn inputs(&mut self, v: impl Into<ConversationInputs>) { self.inputs = Some(v.into()) }
        /// [`inputs`](Self::inputs) from an `Option`: `None` unsets it.
        pub fn maybe_inputs(&mut self, v: Option<impl Into<ConversationInputs>>) { self.inputs = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inputs: Option<ConversationInputs>,

    /// Stream the answer as named server-sent events. The client sets this for you.
    #[builder(via_mutators, mutators(
        /// Stream the answer as named server-sent events. The client sets this for you.
        pub fn stream(&mut self, v: bool) { self.stream = Some(v) }
        /// [`stream`](Self::stream) from an `Option`: `None` unsets it.
        pub fn maybe_stream(&mut self, v: Option<bool>) { self.stream = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,

    /// Keep the conversation on the server (the default): `false` runs it once without storing it.
    #[builder(via_mutators, mutators(
        /// Keep the conversation on the server (the default): `false` runs it once without storing it.
        pub fn store(&mut self, v: bool) { self.store = Some(v) }
        /// [`store`](Self::store) from an `Option`: `None` unsets it.
        pub fn maybe_store(&mut self, v: Option<bool>) { self.store = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<bool>,

    /// Who runs agent handoffs: the server (the default) or the caller.
    #[builder(via_mutators, mutators(
        /// Who runs agent handoffs: the server (the default) or the caller.
        pub fn handoff_execution(&mut self, v: HandoffExecution) { self.handoff_execution = Some(v) }
        /// [`handoff_execution`](Self::handoff_execution) from an `Option`: `None` unsets it.
        pub fn maybe_handoff_execution(&mut self, v: Option<HandoffExecution>) { self.handoff_execution = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handoff_execution: Option<HandoffExecution>,

    /// Sampling settings (temperature, max tokens, response format...).
    #[builder(via_mutators, mutators(
        /// Sampling settings (temperature, max tokens, response format...).
        pub fn completion_args(&mut self, v: CompletionArgs) { self.completion_args = Some(v) }
        /// [`completion_args`](Self::completion_args) from an `Option`: `None` unsets it.
        pub fn maybe_completion_args(&mut self, v: Option<CompletionArgs>) { self.completion_args = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_args: Option<CompletionArgs>,

    /// Moderation guardrails.
    #[builder(via_mutators, mutators(
        /// Moderation guardrails.
        pub fn guardrails(&mut self, v: impl Into<Vec<GuardrailConfig>>) { self.guardrails = Some(v.into()) }
        /// [`guardrails`](Self::guardrails) from an `Option`: `None` unsets it.
        pub fn maybe_guardrails(&mut self, v: Option<impl Into<Vec<GuardrailConfig>>>) { self.guardrails = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guardrails: Option<Vec<GuardrailConfig>>,

    /// Free-form metadata attached to the conversation.
    #[builder(via_mutators, mutators(
        /// Free-form metadata attached to the conversation.
        pub fn metadata(&mut self, v: JsonObject) { self.metadata = Some(v) }
        /// [`metadata`](Self::metadata) from an `Option`: `None` unsets it.
        pub fn maybe_metadata(&mut self, v: Option<JsonObject>) { self.metadata = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<JsonObject>,

    /// The agent's version: a number, or an alias name.
    #[builder(via_mutators, mutators(
        /// The agent's version: a number, or an alias name.
        pub fn agent_version(&mut self, v: impl Into<AgentVersion>) { self.agent_version = Some(v.into()) }
        /// [`agent_version`](Self::agent_version) from an `Option`: `None` unsets it.
        pub fn maybe_agent_version(&mut self, v: Option<impl Into<AgentVersion>>) { self.agent_version = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_version: Option<AgentVersion>,

    /// Fields this version does not know, sent flat beside the typed ones.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields. Naming
        /// a typed field (see [`ConversationRestartRequest::FIELDS`]) is a validation error.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl ConversationRequest {
    /// The wire names of the typed fields (the spec's `ConversationRequest` properties); an
    /// `extra` field may not reuse one.
    pub const FIELDS: &'static [&'static str] = &[
        "inputs",
        "stream",
        "store",
        "handoff_execution",
        "instructions",
        "tools",
        "completion_args",
        "guardrails",
        "name",
        "description",
        "metadata",
        "agent_id",
        "agent_version",
        "model",
    ];

    /// The function tool named `name`, if the request defines one.
    pub fn function_tool(&self, name: &str) -> Option<&crate::chat::tool::Function> {
        self.tools
            .iter()
            .flatten()
            .filter_map(Tool::as_function)
            .find(|f| f.name == name)
    }
}

impl ConversationAppendRequest {
    /// The wire names of the typed fields (the spec's `ConversationAppendRequest`
    /// properties); an `extra` field may not reuse one.
    pub const FIELDS: &'static [&'static str] = &[
        "inputs",
        "stream",
        "store",
        "handoff_execution",
        "completion_args",
        "tool_confirmations",
    ];

    /// An append carrying only the caller's allow or deny for function calls awaiting
    /// confirmation, without new inputs.
    ///
    /// ```
    /// use mistral::conversations::{ConversationAppendRequest, ToolConfirmation};
    /// let request = ConversationAppendRequest::confirmations([
    ///     ToolConfirmation::allow("call_1"),
    ///     ToolConfirmation::deny("call_2"),
    /// ]);
    /// request.validate()?;
    /// let json = serde_json::to_value(&request)?;
    /// assert!(json.get("inputs").is_none());
    /// assert_eq!(json["tool_confirmations"][1]["confirmation"], "deny");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn confirmations(confirmations: impl IntoIterator<Item = ToolConfirmation>) -> Self {
        ConversationAppendRequest {
            inputs: None,
            stream: None,
            store: None,
            handoff_execution: None,
            completion_args: None,
            tool_confirmations: Some(confirmations.into_iter().collect()),
            extra: JsonObject::new(),
        }
    }
}

impl ConversationRestartRequest {
    /// The wire names of the typed fields (the spec's `ConversationRestartRequest`
    /// properties); an `extra` field may not reuse one.
    pub const FIELDS: &'static [&'static str] = &[
        "from_entry_id",
        "inputs",
        "stream",
        "store",
        "handoff_execution",
        "completion_args",
        "guardrails",
        "metadata",
        "agent_version",
    ];
}

string_enum! {
    /// Who runs a handoff from one agent to another.
    pub enum HandoffExecution {
        /// The server hands off and goes on (the default).
        Server = "server",
        /// The response stops at the handoff: the caller continues with the next agent.
        Client = "client",
    }
}

/// An agent version: its number, or an alias name.
///
/// ```
/// use mistral::conversations::AgentVersion;
/// assert_eq!(serde_json::to_string(&AgentVersion::from(3))?, "3");
/// assert_eq!(serde_json::to_string(&AgentVersion::from("production"))?, r#""production""#);
/// let read: AgentVersion = serde_json::from_str(r#""2""#)?;
/// assert_eq!(read, AgentVersion::Alias("2".into()));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AgentVersion {
    /// A version number.
    Number(i64),
    /// An alias name, e.g. `production`.
    Alias(String),
}

impl From<i64> for AgentVersion {
    fn from(v: i64) -> Self {
        AgentVersion::Number(v)
    }
}
impl From<i32> for AgentVersion {
    fn from(v: i32) -> Self {
        AgentVersion::Number(v.into())
    }
}
impl From<u32> for AgentVersion {
    fn from(v: u32) -> Self {
        AgentVersion::Number(v.into())
    }
}
impl From<&str> for AgentVersion {
    fn from(v: &str) -> Self {
        AgentVersion::Alias(v.to_owned())
    }
}
impl From<String> for AgentVersion {
    fn from(v: String) -> Self {
        AgentVersion::Alias(v)
    }
}

impl std::fmt::Display for AgentVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AgentVersion::Number(n) => write!(f, "{n}"),
            AgentVersion::Alias(a) => f.write_str(a),
        }
    }
}

string_enum! {
    /// The caller's answer to a function call awaiting confirmation.
    pub enum Confirmation {
        /// Run the call.
        Allow = "allow",
        /// Do not run it.
        Deny = "deny",
    }
}

/// Allows or denies one function call awaiting confirmation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolConfirmation {
    /// The call's `tool_call_id`.
    pub tool_call_id: String,
    /// Allow or deny.
    pub confirmation: Confirmation,
}

impl ToolConfirmation {
    /// Allow the call `tool_call_id`.
    pub fn allow(tool_call_id: impl Into<String>) -> Self {
        ToolConfirmation {
            tool_call_id: tool_call_id.into(),
            confirmation: Confirmation::Allow,
        }
    }

    /// Deny the call `tool_call_id`.
    pub fn deny(tool_call_id: impl Into<String>) -> Self {
        ToolConfirmation {
            tool_call_id: tool_call_id.into(),
            confirmation: Confirmation::Deny,
        }
    }
}

/// The sampling settings of a conversation (`completion_args`): chat's sampling fields, under
/// one key. Chain the setters from `default()`; unset fields are not sent.
///
/// ```
/// use mistral::chat::ResponseFormat;
/// use mistral::conversations::CompletionArgs;
/// let args = CompletionArgs::default()
///     .temperature(0.3)
///     .top_p(0.9)
///     .max_tokens(512)
///     .stop(["\n\n"])
///     .response_format(ResponseFormat::json_object());
/// assert_eq!(serde_json::to_value(&args)?["max_tokens"], 512);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CompletionArgs {
    /// Stop at this string or any of these strings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop: Option<Stop>,
    /// Penalty on tokens already present, `-2.0..=2.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presence_penalty: Option<Penalty>,
    /// Penalty by token frequency, `-2.0..=2.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency_penalty: Option<Penalty>,
    /// Sampling temperature, `0.0..=1.0` here (the spec's range for conversations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<Temperature>,
    /// Nucleus sampling mass, in `(0, 1]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<TopP>,
    /// The most tokens to generate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<u32>,
    /// Seed for deterministic sampling.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub random_seed: Option<u64>,
    /// Expected output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prediction: Option<Prediction>,
    /// The answer's format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_format: Option<ResponseFormat>,
    /// Whether the model may or must use tools (a mode only here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ToolChoiceMode>,
    /// How much a reasoning model thinks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning_effort: Option<ReasoningEffort>,
    /// Fields this version does not know, sent flat beside the typed ones.
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl CompletionArgs {
    /// The wire names of the typed fields (the spec's `CompletionArgs` properties).
    pub const FIELDS: &'static [&'static str] = &[
        "stop",
        "presence_penalty",
        "frequency_penalty",
        "temperature",
        "top_p",
        "max_tokens",
        "random_seed",
        "prediction",
        "response_format",
        "tool_choice",
        "reasoning_effort",
    ];

    /// The most `temperature` the spec allows in `completion_args`.
    pub const MAX_TEMPERATURE: f64 = 1.0;

    /// Stop at this string or any of these strings.
    #[must_use]
    pub fn stop(mut self, v: impl Into<Stop>) -> Self {
        self.stop = Some(v.into());
        self
    }
    /// Penalty on tokens already present, `-2.0..=2.0`.
    #[must_use]
    pub fn presence_penalty(mut self, v: impl Into<Penalty>) -> Self {
        self.presence_penalty = Some(v.into());
        self
    }
    /// Penalty by token frequency, `-2.0..=2.0`.
    #[must_use]
    pub fn frequency_penalty(mut self, v: impl Into<Penalty>) -> Self {
        self.frequency_penalty = Some(v.into());
        self
    }
    /// Sampling temperature, `0.0..=1.0`.
    #[must_use]
    pub fn temperature(mut self, v: impl Into<Temperature>) -> Self {
        self.temperature = Some(v.into());
        self
    }
    /// Nucleus sampling mass, in `(0, 1]`.
    #[must_use]
    pub fn top_p(mut self, v: impl Into<TopP>) -> Self {
        self.top_p = Some(v.into());
        self
    }
    /// The most tokens to generate.
    #[must_use]
    pub fn max_tokens(mut self, v: u32) -> Self {
        self.max_tokens = Some(v);
        self
    }
    /// Seed for deterministic sampling.
    #[must_use]
    pub fn random_seed(mut self, v: u64) -> Self {
        self.random_seed = Some(v);
        self
    }
    /// Expected output.
    #[must_use]
    pub fn prediction(mut self, v: impl Into<Prediction>) -> Self {
        self.prediction = Some(v.into());
        self
    }
    /// The answer's format.
    #[must_use]
    pub fn response_format(mut self, v: ResponseFormat) -> Self {
        self.response_format = Some(v);
        self
    }
    /// Whether the model may or must use tools.
    #[must_use]
    pub fn tool_choice(mut self, v: ToolChoiceMode) -> Self {
        self.tool_choice = Some(v);
        self
    }
    /// How much a reasoning model thinks.
    #[must_use]
    pub fn reasoning_effort(mut self, v: ReasoningEffort) -> Self {
        self.reasoning_effort = Some(v);
        self
    }
    /// A field the SDK does not know yet, sent flat beside the typed ones.
    #[must_use]
    pub fn extra(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.extra.insert(key.into(), value);
        self
    }
}

// Validation: what the spec and the server reject, checked before a byte is sent.

use crate::api::{request_traits, RequestTelemetry, Telemetry};
use crate::chat::message::Message;
use crate::validate::{Checker, ConversationParts, ValidationError};

/// Runs `check` on a fresh checker and moves its violations into `c`, each path prefixed.
fn nested(c: &mut Checker, prefix: &str, check: impl FnOnce(&mut Checker)) {
    let mut sub = Checker::default();
    check(&mut sub);
    if let Err(e) = sub.finish() {
        for v in e.violations() {
            c.push(format!("{prefix}{}", v.path), v.message.clone());
        }
    }
}

/// The tools' rules are chat's (function names, parameter schemas, library ids, connector
/// ids): run chat's checker on them alone. The stand-in user message only satisfies its
/// message rules, which do not apply here.
fn check_tools(c: &mut Checker, tools: Option<&[Tool]>) {
    let Some(tools) = tools else { return };
    let stand_in = [Message::user("")];
    nested(c, "", |sub| {
        sub.conversation(&ConversationParts {
            messages: &stand_in,
            tools: Some(tools),
            tool_choice: None,
            response_format: None,
            presence_penalty: None,
            frequency_penalty: None,
            n: None,
        });
    });
}

impl CompletionArgs {
    /// Checks the ranges and the response format.
    ///
    /// # Errors
    /// Every violation, with paths relative to `completion_args`.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        self.check(&mut c);
        c.finish()
    }

    fn check(&self, c: &mut Checker) {
        if let Some(t) = self.temperature {
            if !(0.0..=Self::MAX_TEMPERATURE).contains(&t.get()) {
                c.push(
                    "temperature",
                    format!("{} is out of range 0.0..=1.0 (conversations)", t.get()),
                );
            }
        }
        c.range("top_p", self.top_p.and_then(TopP::violation));
        let stand_in = [Message::user("")];
        c.conversation(&ConversationParts {
            messages: &stand_in,
            tools: None,
            tool_choice: None,
            response_format: self.response_format.as_ref(),
            presence_penalty: self.presence_penalty,
            frequency_penalty: self.frequency_penalty,
            n: None,
        });
        c.extra(&self.extra, Self::FIELDS);
    }
}

fn check_completion_args(c: &mut Checker, args: Option<&CompletionArgs>) {
    if let Some(args) = args {
        nested(c, "completion_args.", |sub| args.check(sub));
    }
}

fn check_inputs(c: &mut Checker, inputs: &ConversationInputs) {
    match inputs {
        ConversationInputs::Text(t) if t.trim().is_empty() => c.push("inputs", "must not be empty"),
        ConversationInputs::Entries(e) if e.is_empty() => c.push("inputs", "must contain at least one entry"),
        _ => {}
    }
}

fn check_agent_version(c: &mut Checker, v: Option<&AgentVersion>) {
    match v {
        Some(AgentVersion::Number(n)) if *n < 0 => c.push("agent_version", format!("{n} is negative")),
        Some(AgentVersion::Alias(a)) if a.trim().is_empty() => c.push("agent_version", "must not be empty"),
        _ => {}
    }
}

impl ConversationRequest {
    /// Checks the request: exactly one of `agent_id` and `model`, `agent_version` only with
    /// an agent, non-empty inputs, the tools and the completion arguments.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        check_inputs(&mut c, &self.inputs);
        match (&self.agent_id, &self.model) {
            (Some(_), Some(_)) => c.push("model", "set exactly one of `agent_id` and `model`, not both"),
            (None, None) => c.push("model", "set exactly one of `agent_id` and `model`"),
            (Some(a), None) => c.non_empty("agent_id", a),
            (None, Some(m)) => c.non_empty("model", m),
        }
        if self.agent_version.is_some() && self.agent_id.is_none() {
            c.push("agent_version", "needs `agent_id`");
        }
        check_agent_version(&mut c, self.agent_version.as_ref());
        check_tools(&mut c, self.tools.as_deref());
        check_completion_args(&mut c, self.completion_args.as_ref());
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

impl ConversationAppendRequest {
    /// Checks the request: inputs or confirmations to send, each confirmation naming a call,
    /// and the completion arguments.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        let confirmations = self.tool_confirmations.as_deref().unwrap_or_default();
        match &self.inputs {
            Some(inputs) => check_inputs(&mut c, inputs),
            None if confirmations.is_empty() => c.push("inputs", "needs inputs or tool_confirmations"),
            None => {}
        }
        for (i, t) in confirmations.iter().enumerate() {
            c.non_empty(&format!("tool_confirmations[{i}].tool_call_id"), &t.tool_call_id);
        }
        check_completion_args(&mut c, self.completion_args.as_ref());
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

impl ConversationRestartRequest {
    /// Checks the request: an entry id to restart from, inputs (when given) not empty, the
    /// agent version and the completion arguments.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("from_entry_id", &self.from_entry_id);
        if let Some(inputs) = &self.inputs {
            check_inputs(&mut c, inputs);
        }
        check_agent_version(&mut c, self.agent_version.as_ref());
        check_completion_args(&mut c, self.completion_args.as_ref());
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

fn args_telemetry(args: Option<&CompletionArgs>) -> RequestTelemetry<'_> {
    RequestTelemetry {
        temperature: args.and_then(|a| a.temperature).map(Temperature::get),
        top_p: args.and_then(|a| a.top_p).map(TopP::get),
        max_tokens: args.and_then(|a| a.max_tokens),
        ..Default::default()
    }
}

impl Telemetry for ConversationRequest {
    fn telemetry(&self) -> RequestTelemetry<'_> {
        RequestTelemetry {
            model: self.model.as_deref(),
            agent_id: self.agent_id.as_deref(),
            ..args_telemetry(self.completion_args.as_ref())
        }
    }
}

impl Telemetry for ConversationAppendRequest {
    fn telemetry(&self) -> RequestTelemetry<'_> {
        args_telemetry(self.completion_args.as_ref())
    }
}

impl Telemetry for ConversationRestartRequest {
    fn telemetry(&self) -> RequestTelemetry<'_> {
        args_telemetry(self.completion_args.as_ref())
    }
}

request_traits!(ConversationRequest, stream);
request_traits!(ConversationAppendRequest, stream);
request_traits!(ConversationRestartRequest, stream);
