//! The conversation stream's named events.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::chat::content::{Content, ContentChunk};
use crate::chat::tool::JsonObject;
use crate::conversations::entry::{BuiltinConnector, ConfirmationStatus};
use crate::conversations::response::ConversationUsage;
use crate::macros::Tagged;
use crate::models::Timestamp;

/// One event of a conversation stream.
///
/// Read one with [`ConversationEvent::parse`] from the SSE frame's `event:` name and its
/// `data:` text. Fields the spec marks required may be absent (they read as empty), and an
/// event this version does not know is kept as [`ConversationEvent::Unknown`].
///
/// ```
/// use mistral::conversations::ConversationEvent;
/// let event = ConversationEvent::parse(
///     Some("message.output.delta"),
///     r#"{"type":"message.output.delta","output_index":0,"id":"msg_1","content":"Hel"}"#,
/// )?;
/// assert_eq!(event.text().as_deref(), Some("Hel"));
/// let later = ConversationEvent::parse(Some("reasoning.delta"), r#"{"type":"reasoning.delta"}"#)?;
/// assert_eq!(later.name(), "reasoning.delta");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ConversationEvent {
    /// `conversation.response.started`: the conversation id.
    ResponseStarted(ResponseStartedEvent),
    /// `conversation.response.done`: the turn's usage; the stream ends after it.
    ResponseDone(ResponseDoneEvent),
    /// `conversation.response.error`: the turn failed; the stream ends after it.
    ResponseError(ResponseErrorEvent),
    /// `message.output.delta`: a piece of an output message.
    MessageOutputDelta(MessageOutputDeltaEvent),
    /// `function.call.delta`: a piece of a function call.
    FunctionCallDelta(FunctionCallDeltaEvent),
    /// `tool.execution.started`: a built-in tool starts.
    ToolExecutionStarted(ToolExecutionStartedEvent),
    /// `tool.execution.delta`: a piece of a built-in tool's arguments.
    ToolExecutionDelta(ToolExecutionDeltaEvent),
    /// `tool.execution.done`: a built-in tool finished.
    ToolExecutionDone(ToolExecutionDoneEvent),
    /// `agent.handoff.started`: an agent hands off.
    AgentHandoffStarted(AgentHandoffStartedEvent),
    /// `agent.handoff.done`: the next agent took over.
    AgentHandoffDone(AgentHandoffDoneEvent),
    /// An event this version does not know: its name and data, kept.
    Unknown {
        /// The event's name.
        name: String,
        /// Its data, as sent.
        data: Value,
    },
}

macro_rules! event_names {
    ($( $wire:literal => $variant:ident($ty:ty), )*) => {
        impl ConversationEvent {
            /// The names of the events this version knows.
            pub const NAMES: &'static [&'static str] = &[$($wire),*];

            /// The event's name, as on the wire.
            pub fn name(&self) -> &str {
                match self {
                    $( Self::$variant(_) => $wire, )*
                    Self::Unknown { name, .. } => name,
                }
            }

            /// Reads the event named `name` from its data.
            fn from_named(name: &str, data: Value) -> Result<Self, serde_json::Error> {
                Ok(match name {
                    $( $wire => Self::$variant(<$ty>::deserialize(data)?), )*
                    _ => Self::Unknown { name: name.to_owned(), data },
                })
            }
        }

        impl Serialize for ConversationEvent {
            /// The event's data, `type` first (what the `data:` line carries).
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(v) => Tagged { r#type: $wire, inner: v }.serialize(s), )*
                    Self::Unknown { data, .. } => data.serialize(s),
                }
            }
        }
    };
}

event_names! {
    "conversation.response.started" => ResponseStarted(ResponseStartedEvent),
    "conversation.response.done" => ResponseDone(ResponseDoneEvent),
    "conversation.response.error" => ResponseError(ResponseErrorEvent),
    "message.output.delta" => MessageOutputDelta(MessageOutputDeltaEvent),
    "function.call.delta" => FunctionCallDelta(FunctionCallDeltaEvent),
    "tool.execution.started" => ToolExecutionStarted(ToolExecutionStartedEvent),
    "tool.execution.delta" => ToolExecutionDelta(ToolExecutionDeltaEvent),
    "tool.execution.done" => ToolExecutionDone(ToolExecutionDoneEvent),
    "agent.handoff.started" => AgentHandoffStarted(AgentHandoffStartedEvent),
    "agent.handoff.done" => AgentHandoffDone(AgentHandoffDoneEvent),
}

impl ConversationEvent {
    /// Reads an event from its SSE frame: the `event:` name (if the frame had one) and the
    /// `data:` text.
    ///
    /// The name comes from `data.type` when the data has one, else from the `event:` line.
    /// The data is what is parsed, so its own tag decides its shape: a frame whose `event:`
    /// line was dropped or rewritten on the way (a proxy, the SSE default `message`) still
    /// reads as what it is. The two agree on every frame the API sends.
    ///
    /// # Errors
    /// When `data` is not a JSON object, or a known event's fields have the wrong types.
    pub fn parse(event: Option<&str>, data: &str) -> Result<Self, serde_json::Error> {
        let value: Value = serde_json::from_str(data)?;
        Self::from_value(event, value)
    }

    /// [`parse`](Self::parse) from data already read as JSON.
    ///
    /// # Errors
    /// When `data` is not an object, or a known event's fields have the wrong types.
    pub fn from_value(event: Option<&str>, data: Value) -> Result<Self, serde_json::Error> {
        if !data.is_object() {
            return Err(serde::de::Error::custom(
                "a conversation event's data must be a JSON object",
            ));
        }
        let name = match data.get("type").and_then(Value::as_str) {
            Some(t) => t.to_owned(),
            None => event.unwrap_or_default().to_owned(),
        };
        Self::from_named(&name, data)
    }

    /// The text this event adds to the answer: the text of a `message.output.delta` (thinking
    /// and other chunks skipped); `None` for every other event.
    pub fn text(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            Self::MessageOutputDelta(d) => Some(d.content.text()),
            _ => None,
        }
    }

    /// Whether this event ends the turn (`conversation.response.done` or `.error`).
    pub fn is_terminal(&self) -> bool {
        matches!(self, Self::ResponseDone(_) | Self::ResponseError(_))
    }

    /// The output this event belongs to (its `output_index`), for the events that build an
    /// output entry.
    pub fn output_index(&self) -> Option<u32> {
        match self {
            Self::MessageOutputDelta(e) => Some(e.output_index),
            Self::FunctionCallDelta(e) => Some(e.output_index),
            Self::ToolExecutionStarted(e) => Some(e.output_index),
            Self::ToolExecutionDelta(e) => Some(e.output_index),
            Self::ToolExecutionDone(e) => Some(e.output_index),
            Self::AgentHandoffStarted(e) => Some(e.output_index),
            Self::AgentHandoffDone(e) => Some(e.output_index),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for ConversationEvent {
    /// Reads the data of an event, named by its `type`.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        Self::from_value(None, value).map_err(serde::de::Error::custom)
    }
}

/// `conversation.response.started`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ResponseStartedEvent {
    /// When it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The conversation id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub conversation_id: String,
}

/// `conversation.response.done`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ResponseDoneEvent {
    /// When it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The turn's usage (no connector fields on the real wire: they read as `None`).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub usage: ConversationUsage,
}

/// `conversation.response.error`: the turn failed mid-stream.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ResponseErrorEvent {
    /// When it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// What went wrong.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub message: String,
    /// The error code (a number; a numeric string is read too, anything else as `None`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_code"
    )]
    pub code: Option<i64>,
}

fn lenient_code<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

/// What a `message.output.delta` carries: a piece of text, or one chunk (a citation, a
/// file, thinking...). A list of chunks is read too.
#[derive(Clone, Debug, PartialEq)]
pub enum DeltaContent {
    /// A piece of text.
    Text(String),
    /// One chunk.
    Chunk(ContentChunk),
    /// Several chunks.
    Chunks(Vec<ContentChunk>),
}

impl Default for DeltaContent {
    fn default() -> Self {
        DeltaContent::Text(String::new())
    }
}

impl DeltaContent {
    /// The text of this piece (text chunks only).
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            DeltaContent::Text(t) => std::borrow::Cow::Borrowed(t),
            DeltaContent::Chunk(ContentChunk::Text(t)) => std::borrow::Cow::Borrowed(&t.text),
            DeltaContent::Chunk(_) => std::borrow::Cow::Borrowed(""),
            DeltaContent::Chunks(c) => Content::Chunks(c.clone()).text().into_owned().into(),
        }
    }
}

impl Serialize for DeltaContent {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            DeltaContent::Text(t) => s.serialize_str(t),
            DeltaContent::Chunk(c) => c.serialize(s),
            DeltaContent::Chunks(c) => c.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for DeltaContent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::String(s) => DeltaContent::Text(s),
            Value::Null => DeltaContent::default(),
            Value::Array(a) => DeltaContent::Chunks(
                a.into_iter()
                    .map(ContentChunk::deserialize)
                    .collect::<Result<_, _>>()
                    .map_err(serde::de::Error::custom)?,
            ),
            other => DeltaContent::Chunk(ContentChunk::deserialize(other).map_err(serde::de::Error::custom)?),
        })
    }
}

/// `message.output.delta`: a piece of the output message at `output_index`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MessageOutputDeltaEvent {
    /// When it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Which output entry this builds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// The entry's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// The position of this piece in the message's content.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub content_index: u32,
    /// The model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    /// `"assistant"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The piece: text, or a chunk.
    #[serde(default)]
    pub content: DeltaContent,
}

/// `function.call.delta`: a piece of the function call at `output_index`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FunctionCallDeltaEvent {
    /// When it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Which output entry this builds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// The entry's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// The model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    /// The function's name (on the first piece at least).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: String,
    /// The call id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub tool_call_id: String,
    /// A piece of the arguments' JSON text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub arguments: String,
    /// Whether the call awaits confirmation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation_status: Option<ConfirmationStatus>,
}

/// `tool.execution.started`. The real server may leave out `arguments` and `created_at`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ToolExecutionStartedEvent {
    /// When it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Which output entry this builds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// The entry's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// The model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    /// The tool.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: BuiltinConnector,
    /// The arguments' JSON text, or its first piece.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<String>,
}

/// `tool.execution.delta`: a piece of a built-in tool's arguments.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ToolExecutionDeltaEvent {
    /// When it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Which output entry this builds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// The entry's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// The tool.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: BuiltinConnector,
    /// A piece of the arguments' JSON text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub arguments: String,
}

/// `tool.execution.done`. The real server may leave out `created_at`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ToolExecutionDoneEvent {
    /// When it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Which output entry this builds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// The entry's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// The tool.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: BuiltinConnector,
    /// What the tool reports about the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<JsonObject>,
}

/// `agent.handoff.started`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AgentHandoffStartedEvent {
    /// When it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Which output entry this builds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// The entry's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// The agent handing off.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub previous_agent_id: String,
    /// Its name.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub previous_agent_name: String,
}

/// `agent.handoff.done`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AgentHandoffDoneEvent {
    /// When it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Which output entry this builds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// The entry's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// The agent taking over.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub next_agent_id: String,
    /// Its name.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub next_agent_name: String,
}
