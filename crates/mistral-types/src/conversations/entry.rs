//! Conversation entries: the typed items a conversation is made of, sent as inputs and
//! returned as outputs and history.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::chat::content::Content;
use crate::chat::message::{is_false, Arguments};
use crate::chat::tool::JsonObject;
use crate::macros::{open_union, string_enum};
use crate::models::Timestamp;
use crate::parse::ParseError;

open_union! {
    /// One entry of a conversation (`type`-tagged on the wire). An entry of a type this version
    /// does not know is kept as [`Entry::Unknown`] and sent back unchanged.
    ///
    /// ```
    /// use mistral::conversations::Entry;
    /// let entry: Entry = serde_json::from_str(
    ///     r#"{"type":"message.output","role":"assistant","content":"Paris."}"#,
    /// )?;
    /// assert_eq!(entry.text().as_deref(), Some("Paris."));
    /// let later: Entry = serde_json::from_str(r#"{"type":"reasoning.summary","text":"..."}"#)?;
    /// assert_eq!(later.type_name(), Some("reasoning.summary"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub enum Entry {
        /// `message.input`: the user's (or a replayed assistant) message.
        "message.input" => MessageInput(MessageInputEntry),
        /// `message.output`: the model's or agent's message.
        "message.output" => MessageOutput(MessageOutputEntry),
        /// `function.call`: a call to one of the request's function tools.
        "function.call" => FunctionCall(FunctionCallEntry),
        /// `function.result`: the caller's answer to a function call.
        "function.result" => FunctionResult(FunctionResultEntry),
        /// `tool.execution`: a built-in tool the server ran.
        "tool.execution" => ToolExecution(ToolExecutionEntry),
        /// `agent.handoff`: one agent handing the conversation to another.
        "agent.handoff" => AgentHandoff(AgentHandoffEntry),
    }
}

impl Entry {
    /// A user message: text or chunks.
    pub fn user(content: impl Into<Content>) -> Self {
        Entry::MessageInput(MessageInputEntry::new(InputRole::User, content))
    }

    /// An assistant message given as input (to replay a turn, or as a prefix).
    pub fn assistant(content: impl Into<Content>) -> Self {
        Entry::MessageInput(MessageInputEntry::new(InputRole::Assistant, content))
    }

    /// The result of the function call `tool_call_id`.
    pub fn function_result(tool_call_id: impl Into<String>, result: impl Into<String>) -> Self {
        Entry::FunctionResult(FunctionResultEntry {
            tool_call_id: tool_call_id.into(),
            result: result.into(),
            ..FunctionResultEntry::default()
        })
    }

    /// The agent that produced an output entry (a message, a function call, a tool
    /// execution), in an agent's conversation; `None` for the other entries.
    pub fn agent_id(&self) -> Option<&str> {
        match self {
            Entry::MessageOutput(e) => e.producer.agent_id.as_deref(),
            Entry::FunctionCall(e) => e.producer.agent_id.as_deref(),
            Entry::ToolExecution(e) => e.producer.agent_id.as_deref(),
            _ => None,
        }
    }

    /// The entry's id, when the server gave it one.
    pub fn id(&self) -> Option<&str> {
        match self {
            Entry::MessageInput(e) => e.meta.id.as_deref(),
            Entry::MessageOutput(e) => e.meta.id.as_deref(),
            Entry::FunctionCall(e) => e.meta.id.as_deref(),
            Entry::FunctionResult(e) => e.meta.id.as_deref(),
            Entry::ToolExecution(e) => e.meta.id.as_deref(),
            Entry::AgentHandoff(e) => e.meta.id.as_deref(),
            Entry::Unknown(v) => v.get("id").and_then(serde_json::Value::as_str),
        }
    }

    /// The text of a message entry (input or output: text chunks joined), `None` for the
    /// other entries.
    pub fn text(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            Entry::MessageInput(e) => Some(e.content.text()),
            Entry::MessageOutput(e) => Some(e.content.text()),
            _ => None,
        }
    }

    /// The function call, for a `function.call` entry.
    pub fn as_function_call(&self) -> Option<&FunctionCallEntry> {
        match self {
            Entry::FunctionCall(c) => Some(c),
            _ => None,
        }
    }

    /// The handoff, for an `agent.handoff` entry.
    pub fn as_handoff(&self) -> Option<&AgentHandoffEntry> {
        match self {
            Entry::AgentHandoff(h) => Some(h),
            _ => None,
        }
    }
}

impl From<FunctionResultEntry> for Entry {
    fn from(e: FunctionResultEntry) -> Self {
        Entry::FunctionResult(e)
    }
}
impl From<MessageInputEntry> for Entry {
    fn from(e: MessageInputEntry) -> Self {
        Entry::MessageInput(e)
    }
}

/// What every entry carries besides its own fields: all optional, set by the server (leave
/// them unset in inputs).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EntryMeta {
    /// `"entry"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// When the entry was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// When the entry was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<Timestamp>,
    /// The entry id (restart a conversation from it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// Who produced an output entry: the agent or the model (both optional, set by the server).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Producer {
    /// The agent, for agent conversations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    /// The model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

string_enum! {
    /// The role of an input message.
    pub enum InputRole {
        /// `user`
        User = "user",
        /// `assistant`
        Assistant = "assistant",
    }
}

/// A message given as input (`message.input`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageInputEntry {
    /// Set by the server.
    #[serde(flatten)]
    pub meta: EntryMeta,
    /// `user` or `assistant`.
    pub role: InputRole,
    /// Text or chunks.
    pub content: Content,
    /// The model continues from this (assistant) message.
    #[serde(
        default,
        skip_serializing_if = "is_false",
        deserialize_with = "crate::de::null_default"
    )]
    pub prefix: bool,
}

impl MessageInputEntry {
    /// A message with this role and content.
    pub fn new(role: InputRole, content: impl Into<Content>) -> Self {
        MessageInputEntry {
            meta: EntryMeta::default(),
            role,
            content: content.into(),
            prefix: false,
        }
    }
}

/// A message from the model or agent (`message.output`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageOutputEntry {
    /// Set by the server.
    #[serde(flatten)]
    pub meta: EntryMeta,
    /// The agent or model that wrote it.
    #[serde(flatten)]
    pub producer: Producer,
    /// `"assistant"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Text, or chunks (text with `tool_reference` citations, `tool_file` images, thinking...).
    #[serde(default = "empty_content")]
    pub content: Content,
}

fn empty_content() -> Content {
    Content::Text(String::new())
}

string_enum! {
    /// Where a function call stands when its tool needs confirmation.
    pub enum ConfirmationStatus {
        /// Waiting for the caller's allow or deny.
        Pending = "pending",
        /// Allowed.
        Allowed = "allowed",
        /// Denied.
        Denied = "denied",
    }
}

/// A call to one of the request's function tools (`function.call`): run it and answer with
/// [`Entry::function_result`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FunctionCallEntry {
    /// Set by the server.
    #[serde(flatten)]
    pub meta: EntryMeta,
    /// The agent or model that made the call.
    #[serde(flatten)]
    pub producer: Producer,
    /// The call id: the function result answers it.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub tool_call_id: String,
    /// The function's name.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: String,
    /// The arguments: JSON text, or an object.
    #[serde(default)]
    pub arguments: Arguments,
    /// Whether the call awaits, got or was refused confirmation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation_status: Option<ConfirmationStatus>,
}

impl FunctionCallEntry {
    /// Parses the arguments into `Args`.
    ///
    /// # Errors
    /// [`ParseError`] carrying the raw arguments when they are not JSON or do not match `Args`.
    pub fn parse_arguments<Args: serde::de::DeserializeOwned>(&self) -> Result<Args, ParseError> {
        self.arguments.parse()
    }

    /// The entry answering this call with `result`.
    pub fn result(&self, result: impl Into<String>) -> Entry {
        Entry::function_result(self.tool_call_id.clone(), result)
    }
}

/// The caller's answer to a function call (`function.result`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FunctionResultEntry {
    /// Set by the server.
    #[serde(flatten)]
    pub meta: EntryMeta,
    /// The id of the call this answers.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub tool_call_id: String,
    /// The result, as text (JSON or prose).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub result: String,
}

string_enum! {
    /// A built-in tool's name, as `tool.execution` entries and tool chunks name it.
    pub enum BuiltinConnector {
        /// `web_search`
        WebSearch = "web_search",
        /// `web_search_premium`
        WebSearchPremium = "web_search_premium",
        /// `code_interpreter`
        CodeInterpreter = "code_interpreter",
        /// `image_generation`
        ImageGeneration = "image_generation",
        /// `document_library`
        DocumentLibrary = "document_library",
    }
}

impl Default for BuiltinConnector {
    // An absent name reads as an empty `Other`, never as a real tool.
    fn default() -> Self {
        BuiltinConnector::Other(String::new())
    }
}

/// A built-in tool the server ran (`tool.execution`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ToolExecutionEntry {
    /// Set by the server.
    #[serde(flatten)]
    pub meta: EntryMeta,
    /// The agent or model that ran it.
    #[serde(flatten)]
    pub producer: Producer,
    /// The tool.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: BuiltinConnector,
    /// The arguments as JSON text (absent in some real responses: empty then).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub arguments: String,
    /// What the tool reports about the run (free-form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<JsonObject>,
}

/// One agent handing the conversation to another (`agent.handoff`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AgentHandoffEntry {
    /// Set by the server.
    #[serde(flatten)]
    pub meta: EntryMeta,
    /// The agent that hands off.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub previous_agent_id: String,
    /// Its name.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub previous_agent_name: String,
    /// The agent that takes over.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub next_agent_id: String,
    /// Its name.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub next_agent_name: String,
}

/// What a conversation request sends as input: one user message as a string, or a list of
/// entries (messages, function results...).
///
/// ```
/// use mistral::conversations::{ConversationInputs, Entry};
/// let one: ConversationInputs = "Hi".into();
/// let many: ConversationInputs = [Entry::user("Hi"), Entry::function_result("call_1", "22 °C")].into();
/// assert_eq!(serde_json::to_value(&one)?, "Hi");
/// assert_eq!(serde_json::to_value(&many)?[1]["type"], "function.result");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum ConversationInputs {
    /// One user message.
    Text(String),
    /// A list of entries.
    Entries(Vec<Entry>),
}

impl ConversationInputs {
    /// Whether nothing is sent: an empty string or an empty list.
    pub fn is_empty(&self) -> bool {
        match self {
            ConversationInputs::Text(t) => t.is_empty(),
            ConversationInputs::Entries(e) => e.is_empty(),
        }
    }
}

impl From<&str> for ConversationInputs {
    fn from(s: &str) -> Self {
        ConversationInputs::Text(s.to_owned())
    }
}
impl From<String> for ConversationInputs {
    fn from(s: String) -> Self {
        ConversationInputs::Text(s)
    }
}
impl From<Entry> for ConversationInputs {
    fn from(e: Entry) -> Self {
        ConversationInputs::Entries(vec![e])
    }
}
impl From<Vec<Entry>> for ConversationInputs {
    fn from(e: Vec<Entry>) -> Self {
        ConversationInputs::Entries(e)
    }
}
impl<const N: usize> From<[Entry; N]> for ConversationInputs {
    fn from(e: [Entry; N]) -> Self {
        ConversationInputs::Entries(e.into())
    }
}

impl Serialize for ConversationInputs {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ConversationInputs::Text(t) => s.serialize_str(t),
            ConversationInputs::Entries(e) => e.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ConversationInputs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Wire {
            Text(String),
            Entries(Vec<Entry>),
        }
        Ok(match Wire::deserialize(d)? {
            Wire::Text(t) => ConversationInputs::Text(t),
            Wire::Entries(e) => ConversationInputs::Entries(e),
        })
    }
}
