//! Chat messages by role, and tool calls.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::chat::content::Content;
use crate::macros::string_enum;
use crate::parse::ParseError;

/// One message of a conversation, tagged by `role` on the wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "lowercase")]
pub enum Message {
    /// Instructions for the model.
    System(SystemMessage),
    /// The user's turn.
    User(UserMessage),
    /// The model's turn (echoed back for multi-turn, or a prefix for the model to continue).
    Assistant(AssistantMessage),
    /// A tool's result, answering one tool call.
    Tool(ToolMessage),
}

impl Message {
    /// A system message.
    pub fn system(content: impl Into<Content>) -> Self {
        Message::System(SystemMessage {
            content: content.into(),
        })
    }

    /// A user message: text (`"Hi"`) or chunks (`[ContentChunk::text(..), ContentChunk::image_url(..)]`).
    pub fn user(content: impl Into<Content>) -> Self {
        Message::User(UserMessage {
            content: Some(content.into()),
        })
    }

    /// An assistant message with content.
    pub fn assistant(content: impl Into<Content>) -> Self {
        Message::Assistant(AssistantMessage {
            content: Some(content.into()),
            tool_calls: None,
            prefix: false,
        })
    }

    /// An assistant message with `prefix: true`: the model continues from this content.
    /// It must be the last message of the request.
    pub fn assistant_prefix(content: impl Into<Content>) -> Self {
        Message::Assistant(AssistantMessage {
            content: Some(content.into()),
            tool_calls: None,
            prefix: true,
        })
    }

    /// A tool result answering the tool call `tool_call_id`.
    pub fn tool(tool_call_id: impl Into<String>, content: impl Into<Content>) -> Self {
        Message::Tool(ToolMessage {
            content: Some(content.into()),
            tool_call_id: Some(tool_call_id.into()),
            name: None,
        })
    }

    /// A tool result answering `call`, carrying the call's id and function name.
    pub fn tool_result(call: &ToolCall, content: impl Into<Content>) -> Self {
        Message::Tool(ToolMessage {
            content: Some(content.into()),
            tool_call_id: call.id.clone(),
            name: Some(call.function.name.clone()),
        })
    }

    /// This message's role.
    pub fn role(&self) -> Role {
        match self {
            Message::System(_) => Role::System,
            Message::User(_) => Role::User,
            Message::Assistant(_) => Role::Assistant,
            Message::Tool(_) => Role::Tool,
        }
    }

    /// This message's content, if any.
    pub fn content(&self) -> Option<&Content> {
        match self {
            Message::System(m) => Some(&m.content),
            Message::User(m) => m.content.as_ref(),
            Message::Assistant(m) => m.content.as_ref(),
            Message::Tool(m) => m.content.as_ref(),
        }
    }
}

impl From<AssistantMessage> for Message {
    /// Turns a response's assistant message into a request message for the next turn.
    fn from(m: AssistantMessage) -> Self {
        Message::Assistant(m)
    }
}

impl From<&Message> for Message {
    /// A copy: lets a builder's `messages(&history)` take a borrowed conversation.
    fn from(m: &Message) -> Self {
        m.clone()
    }
}

/// A system message. Its chunks may only be text or thinking (checked by
/// [`ChatRequest::validate`](crate::ChatRequest::validate)).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SystemMessage {
    /// The instructions.
    pub content: Content,
}

/// A user message. `content` is required on the wire but may be `null`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserMessage {
    /// The user's content.
    pub content: Option<Content>,
}

/// An assistant message: in a response, and echoed back in the next request.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AssistantMessage {
    /// The content: a string, or chunks (thinking + text from reasoning models).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<Content>,
    /// The tool calls the model made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_calls: Option<Vec<ToolCall>>,
    /// Whether the model should continue from this content (request side only).
    #[serde(
        default,
        skip_serializing_if = "is_false",
        deserialize_with = "crate::de::null_default"
    )]
    pub prefix: bool,
}

pub(crate) fn is_false(b: &bool) -> bool {
    !*b
}

impl AssistantMessage {
    /// The text of the content (text chunks concatenated, thinking skipped); empty if none.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match &self.content {
            Some(c) => c.text(),
            None => std::borrow::Cow::Borrowed(""),
        }
    }

    /// The reasoning (the text of thinking chunks), empty if none.
    pub fn thinking(&self) -> String {
        self.content.as_ref().map(Content::thinking).unwrap_or_default()
    }

    /// This message as a request message, to append to the conversation for the next turn.
    pub fn into_message(self) -> Message {
        Message::Assistant(self)
    }

    /// The tool calls, or an empty slice.
    pub fn tool_calls(&self) -> &[ToolCall] {
        self.tool_calls.as_deref().unwrap_or_default()
    }

    /// Parses the text content as JSON into `T` (structured output). Thinking chunks are skipped.
    ///
    /// # Errors
    /// [`ParseError`] carrying the raw text when there is no content or it does not match `T`.
    pub fn parse_json<T: DeserializeOwned>(&self) -> Result<T, ParseError> {
        match &self.content {
            None => Err(ParseError::no_content()),
            Some(c) => ParseError::parse_str(&c.text()),
        }
    }
}

/// A tool's result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ToolMessage {
    /// The result. Required on the wire, may be `null`.
    pub content: Option<Content>,
    /// The id of the call this answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_call_id: Option<String>,
    /// The function's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

string_enum! {
    /// A message role.
    pub enum Role {
        /// `system`
        System = "system",
        /// `user`
        User = "user",
        /// `assistant`
        Assistant = "assistant",
        /// `tool`
        Tool = "tool",
    }
}

string_enum! {
    /// The type of a tool call (only `function` today).
    pub enum ToolCallType {
        /// `function`
        Function = "function",
    }
}

/// A call the model makes to one of the request's function tools.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ToolCall {
    /// The call id; answer it with [`Message::tool`]. Streams may send the placeholder `"null"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The call type; absent in some responses.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<ToolCallType>,
    /// The function and its arguments.
    pub function: FunctionCall,
    /// The position of this call among the message's calls (streams merge fragments by it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<u32>,
}

impl ToolCall {
    /// A function call (for building conversations by hand and in tests).
    pub fn function(id: impl Into<String>, name: impl Into<String>, arguments: impl Into<Arguments>) -> Self {
        ToolCall {
            id: Some(id.into()),
            kind: Some(ToolCallType::Function),
            function: FunctionCall {
                name: name.into(),
                arguments: arguments.into(),
            },
            index: None,
        }
    }

    /// Parses the arguments into `Args`.
    ///
    /// # Errors
    /// [`ParseError`] carrying the raw arguments when they are not valid JSON or do not match `Args`.
    pub fn parse_arguments<Args: DeserializeOwned>(&self) -> Result<Args, ParseError> {
        self.function.arguments.parse()
    }
}

/// The function a tool call names, and its arguments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FunctionCall {
    /// The function name.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: String,
    /// The arguments: a JSON-encoded string (what the API sends) or an object.
    #[serde(default)]
    pub arguments: Arguments,
}

/// Tool call arguments: the API sends a JSON-encoded string; the spec also allows an object.
#[derive(Clone, Debug, PartialEq)]
pub enum Arguments {
    /// A JSON document as a string, e.g. `"{\"city\": \"Paris\"}"`.
    Json(String),
    /// A JSON object.
    Object(Map<String, Value>),
}

impl Default for Arguments {
    fn default() -> Self {
        Arguments::Json(String::new())
    }
}

impl Arguments {
    /// The arguments as JSON text.
    pub fn to_json_string(&self) -> String {
        match self {
            Arguments::Json(s) => s.clone(),
            Arguments::Object(m) => Value::Object(m.clone()).to_string(),
        }
    }

    /// Parses the arguments into `T`.
    ///
    /// # Errors
    /// [`ParseError`] carrying the raw text when they are not valid JSON or do not match `T`.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, ParseError> {
        match self {
            Arguments::Json(s) => ParseError::parse_str(s),
            Arguments::Object(m) => T::deserialize(&Value::Object(m.clone()))
                .map_err(|e| ParseError::shape(self.to_json_string(), e)),
        }
    }
}

impl From<&str> for Arguments {
    fn from(s: &str) -> Self {
        Arguments::Json(s.to_owned())
    }
}
impl From<String> for Arguments {
    fn from(s: String) -> Self {
        Arguments::Json(s)
    }
}
impl From<Value> for Arguments {
    /// An object stays an object; any other value is sent as its JSON text.
    fn from(v: Value) -> Self {
        match v {
            Value::Object(m) => Arguments::Object(m),
            other => Arguments::Json(other.to_string()),
        }
    }
}

impl Serialize for Arguments {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Arguments::Json(t) => s.serialize_str(t),
            Arguments::Object(m) => m.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Arguments {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::String(s) => Arguments::Json(s),
            Value::Object(m) => Arguments::Object(m),
            Value::Null => Arguments::default(),
            // Anything else is kept as its JSON text so nothing is lost.
            other => Arguments::Json(other.to_string()),
        })
    }
}
