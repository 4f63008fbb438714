//! The conversation stream's named events.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::chat::content::{Content, ContentChunk};
use crate::chat::tool::JsonObject;
use crate::conversations::entry::{BuiltinConnector, ConfirmationStatus};
use crate::conversations::response::ConversationUsage;
use crate::macros::named_events;
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

named_events!(ConversationEvent, "conversation", {
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
});

impl ConversationEvent {
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

/// A [`ConversationEvent`] read with the strings of its frequent pieces borrowed from the
/// frame's text: what the fold and the text of a stream need, without an owned event per
/// delta.
///
/// The three events that come by the hundred (`message.output.delta`,
/// `function.call.delta`, `tool.execution.delta`) are read as borrowed views; every other
/// event is the owned [`ConversationEvent`]. It accepts and refuses exactly what
/// [`ConversationEvent::parse`] does, and means the same: a frame the view would read
/// differently (a `type` other than its `event:` name, duplicate keys, unusual content) is
/// read owned.
///
/// ```
/// use mistral::conversations::{ConversationAccumulator, ConversationEventView};
/// let data = r#"{"type":"message.output.delta","output_index":0,"id":"msg_1","content":"Hel"}"#;
/// let view = ConversationEventView::parse(Some("message.output.delta"), data)?;
/// assert_eq!(view.text().as_deref(), Some("Hel"));
/// let mut acc = ConversationAccumulator::new();
/// acc.push_view(&view);
/// assert_eq!(acc.finish().text(), "Hel");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ConversationEventView<'a> {
    /// `message.output.delta`, borrowed.
    MessageOutputDelta(MessageOutputDeltaView<'a>),
    /// `function.call.delta`, borrowed.
    FunctionCallDelta(FunctionCallDeltaView<'a>),
    /// `tool.execution.delta`, borrowed.
    ToolExecutionDelta(ToolExecutionDeltaView<'a>),
    /// Any other event (or one of the above read owned).
    Event(std::borrow::Cow<'a, ConversationEvent>),
}

impl<'a> ConversationEventView<'a> {
    /// Reads an event from its SSE frame as [`ConversationEvent::parse`] does, borrowing from
    /// `data` where it can.
    ///
    /// # Errors
    /// As [`ConversationEvent::parse`].
    pub fn parse(event: Option<&str>, data: &'a str) -> Result<Self, serde_json::Error> {
        if let Some(view) = Self::borrowed(event, data) {
            return Ok(view);
        }
        ConversationEvent::parse(event, data).map(|e| Self::Event(std::borrow::Cow::Owned(e)))
    }

    /// The borrowed read, when the frame is named as one of the frequent events, its data is
    /// an object that the view reads, and its `type` (if a string) names the same event.
    /// `None` sends the frame to the owned read, which then decides (and errs) alone.
    fn borrowed(event: Option<&str>, data: &'a str) -> Option<Self> {
        // A derived struct would also read a JSON array; the owned read refuses one.
        if !data.trim_start().starts_with('{') {
            return None;
        }
        fn agrees(event: &str, tag: &Option<std::borrow::Cow<'_, str>>) -> bool {
            tag.as_deref().is_none_or(|t| t == event)
        }
        match event? {
            name @ "message.output.delta" => {
                let v: MessageOutputDeltaView<'a> = serde_json::from_str(data).ok()?;
                agrees(name, &v.tag).then_some(Self::MessageOutputDelta(v))
            }
            name @ "function.call.delta" => {
                let v: FunctionCallDeltaView<'a> = serde_json::from_str(data).ok()?;
                agrees(name, &v.tag).then_some(Self::FunctionCallDelta(v))
            }
            name @ "tool.execution.delta" => {
                let v: ToolExecutionDeltaView<'a> = serde_json::from_str(data).ok()?;
                agrees(name, &v.tag).then_some(Self::ToolExecutionDelta(v))
            }
            _ => None,
        }
    }

    /// The event's name, as on the wire.
    pub fn name(&self) -> &str {
        match self {
            Self::MessageOutputDelta(_) => "message.output.delta",
            Self::FunctionCallDelta(_) => "function.call.delta",
            Self::ToolExecutionDelta(_) => "tool.execution.delta",
            Self::Event(e) => e.name(),
        }
    }

    /// As [`ConversationEvent::text`].
    pub fn text(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            Self::MessageOutputDelta(d) => Some(d.content.text()),
            Self::Event(e) => e.text(),
            _ => None,
        }
    }

    /// As [`ConversationEvent::is_terminal`].
    pub fn is_terminal(&self) -> bool {
        matches!(self, Self::Event(e) if e.is_terminal())
    }

    /// The event, owned.
    pub fn into_owned(self) -> ConversationEvent {
        match self {
            Self::MessageOutputDelta(d) => ConversationEvent::MessageOutputDelta(d.into_owned()),
            Self::FunctionCallDelta(d) => ConversationEvent::FunctionCallDelta(d.into_owned()),
            Self::ToolExecutionDelta(d) => ConversationEvent::ToolExecutionDelta(d.into_owned()),
            Self::Event(e) => e.into_owned(),
        }
    }
}

impl ConversationEvent {
    /// This event as a [`ConversationEventView`] borrowing from it (nothing is copied).
    pub fn as_view(&self) -> ConversationEventView<'_> {
        match self {
            Self::MessageOutputDelta(d) => {
                ConversationEventView::MessageOutputDelta(MessageOutputDeltaView {
                    tag: None,
                    created_at: borrow_time(&d.created_at),
                    output_index: d.output_index,
                    id: Cow::Borrowed(&d.id),
                    content_index: d.content_index,
                    model: d.model.as_deref().map(Cow::Borrowed),
                    agent_id: d.agent_id.as_deref().map(Cow::Borrowed),
                    role: d.role.as_deref().map(Cow::Borrowed),
                    content: match &d.content {
                        DeltaContent::Text(t) => DeltaContentView::Text(Cow::Borrowed(t)),
                        DeltaContent::Chunk(c) => DeltaContentView::Chunk(Cow::Borrowed(c)),
                        DeltaContent::Chunks(c) => DeltaContentView::Chunks(Cow::Borrowed(c)),
                    },
                })
            }
            Self::FunctionCallDelta(d) => ConversationEventView::FunctionCallDelta(FunctionCallDeltaView {
                tag: None,
                created_at: borrow_time(&d.created_at),
                output_index: d.output_index,
                id: Cow::Borrowed(&d.id),
                model: d.model.as_deref().map(Cow::Borrowed),
                agent_id: d.agent_id.as_deref().map(Cow::Borrowed),
                name: Cow::Borrowed(&d.name),
                tool_call_id: Cow::Borrowed(&d.tool_call_id),
                arguments: Cow::Borrowed(&d.arguments),
                confirmation_status: d.confirmation_status.clone(),
            }),
            Self::ToolExecutionDelta(d) => {
                ConversationEventView::ToolExecutionDelta(ToolExecutionDeltaView {
                    tag: None,
                    created_at: borrow_time(&d.created_at),
                    output_index: d.output_index,
                    id: Cow::Borrowed(&d.id),
                    name: Cow::Borrowed(&d.name),
                    arguments: Cow::Borrowed(&d.arguments),
                })
            }
            other => ConversationEventView::Event(Cow::Borrowed(other)),
        }
    }
}

fn borrow_time(t: &Option<Timestamp>) -> Option<Cow<'_, str>> {
    t.as_ref().map(|t| Cow::Borrowed(t.as_str()))
}

fn own_time(t: Option<Cow<'_, str>>) -> Option<Timestamp> {
    t.map(|t| Timestamp(t.into_owned()))
}

/// A string, borrowed when it has no escapes; `null` or absent reads as empty.
fn cow_or_empty<'de: 'a, 'a, D: Deserializer<'de>>(d: D) -> Result<Cow<'a, str>, D::Error> {
    Ok(crate::chat::stream::opt_cow(d)?.unwrap_or_default())
}

/// The data's `type` when it is a string; any other value reads as none (as the owned read
/// does: the name then comes from the `event:` line).
fn type_tag<'de: 'a, 'a, D: Deserializer<'de>>(d: D) -> Result<Option<Cow<'a, str>>, D::Error> {
    struct V<'a>(std::marker::PhantomData<&'a ()>);
    impl<'de: 'a, 'a> serde::de::Visitor<'de> for V<'a> {
        type Value = Option<Cow<'a, str>>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("any value")
        }
        fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
            Ok(Some(Cow::Borrowed(s)))
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(s.to_owned())))
        }
        fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(s)))
        }
        fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
            Ok(None)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            while map
                .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                .is_some()
            {}
            Ok(None)
        }
    }
    d.deserialize_any(V(std::marker::PhantomData))
}

/// [`DeltaContent`], with its text borrowed.
#[derive(Clone, Debug, PartialEq)]
pub enum DeltaContentView<'a> {
    /// A piece of text.
    Text(Cow<'a, str>),
    /// One chunk.
    Chunk(Cow<'a, ContentChunk>),
    /// Several chunks.
    Chunks(Cow<'a, [ContentChunk]>),
}

impl Default for DeltaContentView<'_> {
    fn default() -> Self {
        DeltaContentView::Text(Cow::Borrowed(""))
    }
}

impl DeltaContentView<'_> {
    /// As [`DeltaContent::text`].
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            DeltaContentView::Text(t) => Cow::Borrowed(t),
            DeltaContentView::Chunk(c) => match c.as_ref() {
                ContentChunk::Text(t) => Cow::Borrowed(&t.text),
                _ => Cow::Borrowed(""),
            },
            DeltaContentView::Chunks(c) => Content::Chunks(c.to_vec()).text().into_owned().into(),
        }
    }

    /// The content, owned.
    pub fn into_owned(self) -> DeltaContent {
        match self {
            DeltaContentView::Text(t) => DeltaContent::Text(t.into_owned()),
            DeltaContentView::Chunk(c) => DeltaContent::Chunk(c.into_owned()),
            DeltaContentView::Chunks(c) => DeltaContent::Chunks(c.into_owned()),
        }
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for DeltaContentView<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for V<'a> {
            type Value = DeltaContentView<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                // Anything else (a number, a boolean) is left to the owned read.
                f.write_str("a string, a chunk, a list of chunks or null")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
                Ok(DeltaContentView::Text(Cow::Borrowed(s)))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Ok(DeltaContentView::Text(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Self::Value, E> {
                Ok(DeltaContentView::Text(Cow::Owned(s)))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(DeltaContentView::default())
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(DeltaContentView::default())
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(c) = seq.next_element::<ContentChunk>()? {
                    out.push(c);
                }
                Ok(DeltaContentView::Chunks(Cow::Owned(out)))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                let c = ContentChunk::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(DeltaContentView::Chunk(Cow::Owned(c)))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// [`MessageOutputDeltaEvent`], with its strings borrowed.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct MessageOutputDeltaView<'a> {
    #[serde(borrow, default, rename = "type", deserialize_with = "type_tag")]
    tag: Option<Cow<'a, str>>,
    /// When it was sent.
    #[serde(borrow, default, deserialize_with = "crate::chat::stream::opt_cow")]
    pub created_at: Option<Cow<'a, str>>,
    /// Which output entry this builds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// The entry's id.
    #[serde(borrow, default, deserialize_with = "cow_or_empty")]
    pub id: Cow<'a, str>,
    /// The position of this piece in the message's content.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub content_index: u32,
    /// The model.
    #[serde(borrow, default, deserialize_with = "crate::chat::stream::opt_cow")]
    pub model: Option<Cow<'a, str>>,
    /// The agent.
    #[serde(borrow, default, deserialize_with = "crate::chat::stream::opt_cow")]
    pub agent_id: Option<Cow<'a, str>>,
    /// `"assistant"`.
    #[serde(borrow, default, deserialize_with = "crate::chat::stream::opt_cow")]
    pub role: Option<Cow<'a, str>>,
    /// The piece: text, or a chunk.
    #[serde(borrow, default)]
    pub content: DeltaContentView<'a>,
}

impl MessageOutputDeltaView<'_> {
    /// The event, owned.
    pub fn into_owned(self) -> MessageOutputDeltaEvent {
        MessageOutputDeltaEvent {
            created_at: own_time(self.created_at),
            output_index: self.output_index,
            id: self.id.into_owned(),
            content_index: self.content_index,
            model: self.model.map(Cow::into_owned),
            agent_id: self.agent_id.map(Cow::into_owned),
            role: self.role.map(Cow::into_owned),
            content: self.content.into_owned(),
        }
    }
}

/// [`FunctionCallDeltaEvent`], with its strings borrowed.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct FunctionCallDeltaView<'a> {
    #[serde(borrow, default, rename = "type", deserialize_with = "type_tag")]
    tag: Option<Cow<'a, str>>,
    /// When it was sent.
    #[serde(borrow, default, deserialize_with = "crate::chat::stream::opt_cow")]
    pub created_at: Option<Cow<'a, str>>,
    /// Which output entry this builds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// The entry's id.
    #[serde(borrow, default, deserialize_with = "cow_or_empty")]
    pub id: Cow<'a, str>,
    /// The model.
    #[serde(borrow, default, deserialize_with = "crate::chat::stream::opt_cow")]
    pub model: Option<Cow<'a, str>>,
    /// The agent.
    #[serde(borrow, default, deserialize_with = "crate::chat::stream::opt_cow")]
    pub agent_id: Option<Cow<'a, str>>,
    /// The function's name.
    #[serde(borrow, default, deserialize_with = "cow_or_empty")]
    pub name: Cow<'a, str>,
    /// The call id.
    #[serde(borrow, default, deserialize_with = "cow_or_empty")]
    pub tool_call_id: Cow<'a, str>,
    /// A piece of the arguments' JSON text.
    #[serde(borrow, default, deserialize_with = "cow_or_empty")]
    pub arguments: Cow<'a, str>,
    /// Whether the call awaits confirmation.
    #[serde(default)]
    pub confirmation_status: Option<ConfirmationStatus>,
}

impl FunctionCallDeltaView<'_> {
    /// The event, owned.
    pub fn into_owned(self) -> FunctionCallDeltaEvent {
        FunctionCallDeltaEvent {
            created_at: own_time(self.created_at),
            output_index: self.output_index,
            id: self.id.into_owned(),
            model: self.model.map(Cow::into_owned),
            agent_id: self.agent_id.map(Cow::into_owned),
            name: self.name.into_owned(),
            tool_call_id: self.tool_call_id.into_owned(),
            arguments: self.arguments.into_owned(),
            confirmation_status: self.confirmation_status,
        }
    }
}

/// [`ToolExecutionDeltaEvent`], with its strings borrowed.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct ToolExecutionDeltaView<'a> {
    #[serde(borrow, default, rename = "type", deserialize_with = "type_tag")]
    tag: Option<Cow<'a, str>>,
    /// When it was sent.
    #[serde(borrow, default, deserialize_with = "crate::chat::stream::opt_cow")]
    pub created_at: Option<Cow<'a, str>>,
    /// Which output entry this builds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// The entry's id.
    #[serde(borrow, default, deserialize_with = "cow_or_empty")]
    pub id: Cow<'a, str>,
    /// The tool.
    #[serde(default, deserialize_with = "owned_connector")]
    pub name: Cow<'a, BuiltinConnector>,
    /// A piece of the arguments' JSON text.
    #[serde(borrow, default, deserialize_with = "cow_or_empty")]
    pub arguments: Cow<'a, str>,
}

fn owned_connector<'de, 'a, D: Deserializer<'de>>(d: D) -> Result<Cow<'a, BuiltinConnector>, D::Error> {
    crate::de::null_default::<D, BuiltinConnector>(d).map(Cow::Owned)
}

impl ToolExecutionDeltaView<'_> {
    /// The event, owned.
    pub fn into_owned(self) -> ToolExecutionDeltaEvent {
        ToolExecutionDeltaEvent {
            created_at: own_time(self.created_at),
            output_index: self.output_index,
            id: self.id.into_owned(),
            name: self.name.into_owned(),
            arguments: self.arguments.into_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The view reads every frame as the owned read does: the same event, or an error for both.
    #[test]
    fn views_agree_with_the_owned_read() {
        let cases: &[(Option<&str>, &str)] = &[
            (
                Some("message.output.delta"),
                r#"{"type":"message.output.delta","output_index":1,"id":"m","content_index":2,"model":"x","agent_id":"a","role":"assistant","content":"Hel","created_at":"2025-01-01T00:00:00Z"}"#,
            ),
            (
                Some("message.output.delta"),
                r#"{"type":"message.output.delta","content":"esc\n\"q\" \u00e9"}"#,
            ),
            (
                Some("message.output.delta"),
                r#"{"type":"message.output.delta","content":{"type":"tool_reference","tool":"web_search","title":"T"}}"#,
            ),
            (
                Some("message.output.delta"),
                r#"{"type":"message.output.delta","content":[{"type":"text","text":"a"},{"type":"thinking","thinking":[]}]}"#,
            ),
            (
                Some("message.output.delta"),
                r#"{"type":"message.output.delta","content":null,"id":null,"output_index":null}"#,
            ),
            (
                Some("message.output.delta"),
                r#"{"type":"message.output.delta","content":5}"#,
            ),
            (
                Some("message.output.delta"),
                r#"{"type":"message.output.delta","content":true}"#,
            ),
            (Some("message.output.delta"), r#"{"content":"no type"}"#),
            (
                Some("message.output.delta"),
                r#"{"type":7,"content":"numeric type"}"#,
            ),
            (
                Some("message.output.delta"),
                r#"{"type":"function.call.delta","name":"f","arguments":"{}"}"#,
            ),
            (
                Some("message.output.delta"),
                r#"{"type":"later.event","content":"x"}"#,
            ),
            (
                Some("message.output.delta"),
                r#"{"type":"message.output.delta","content":"a","content":"b"}"#,
            ),
            (
                Some("message.output.delta"),
                r#"{"type":"message.output.delta","output_index":-1}"#,
            ),
            (
                Some("message.output.delta"),
                r#"{"type":"message.output.delta","output_index":"1"}"#,
            ),
            (
                Some("message.output.delta"),
                r#"{"type":"message.output.delta","created_at":12}"#,
            ),
            (Some("message.output.delta"), r#"["type","message.output.delta"]"#),
            (Some("message.output.delta"), r#""text""#),
            (Some("message.output.delta"), r#"{"type":"message.output.delta""#),
            (
                Some("function.call.delta"),
                r#"{"type":"function.call.delta","output_index":0,"id":"fc","name":"get","tool_call_id":"c1","arguments":"{\"a\":","confirmation_status":"pending"}"#,
            ),
            (
                Some("function.call.delta"),
                r#"{"type":"function.call.delta","arguments":null,"name":null}"#,
            ),
            (
                Some("function.call.delta"),
                r#"{"type":"function.call.delta","arguments":{"a":1}}"#,
            ),
            (
                Some("function.call.delta"),
                r#"{"type":"function.call.delta","confirmation_status":"later"}"#,
            ),
            (
                Some("tool.execution.delta"),
                r#"{"type":"tool.execution.delta","output_index":0,"id":"t","name":"code_interpreter","arguments":"21 *"}"#,
            ),
            (
                Some("tool.execution.delta"),
                r#"{"type":"tool.execution.delta","name":"new_tool","arguments":"x","function":"new_tool"}"#,
            ),
            (
                Some("tool.execution.delta"),
                r#"{"type":"tool.execution.delta","name":3}"#,
            ),
            (
                Some("tool.execution.started"),
                r#"{"type":"tool.execution.started","output_index":0,"id":"t","name":"web_search"}"#,
            ),
            (
                Some("conversation.response.done"),
                r#"{"type":"conversation.response.done","usage":{"total_tokens":3}}"#,
            ),
            (None, r#"{"type":"message.output.delta","content":"unnamed"}"#),
            (
                Some("reasoning.delta"),
                r#"{"type":"reasoning.delta","text":"x"}"#,
            ),
        ];
        for (event, data) in cases {
            let owned = ConversationEvent::parse(*event, data);
            let view = ConversationEventView::parse(*event, data);
            match (owned, view) {
                (Ok(o), Ok(v)) => {
                    assert_eq!(v.name(), o.name(), "{data}");
                    assert_eq!(v.text(), o.text(), "{data}");
                    assert_eq!(v.is_terminal(), o.is_terminal(), "{data}");
                    assert_eq!(v.clone().into_owned(), o, "{data}");
                    assert_eq!(o.as_view().into_owned(), o, "{data}");
                }
                (Err(_), Err(_)) => {}
                (o, v) => panic!("{data}: owned {o:?}, view {v:?}"),
            }
        }
    }

    #[test]
    fn views_borrow_the_frequent_strings() {
        let data =
            r#"{"type":"message.output.delta","output_index":0,"id":"msg_1","model":"m","content":"Hel"}"#;
        let Ok(ConversationEventView::MessageOutputDelta(v)) =
            ConversationEventView::parse(Some("message.output.delta"), data)
        else {
            panic!("not a borrowed view")
        };
        assert!(matches!(v.id, Cow::Borrowed("msg_1")));
        assert!(matches!(v.model, Some(Cow::Borrowed("m"))));
        assert!(matches!(v.content, DeltaContentView::Text(Cow::Borrowed("Hel"))));
        let data = r#"{"type":"function.call.delta","output_index":0,"id":"fc","arguments":"{\"a\""}"#;
        let Ok(ConversationEventView::FunctionCallDelta(v)) =
            ConversationEventView::parse(Some("function.call.delta"), data)
        else {
            panic!("not a borrowed view")
        };
        // An escaped piece is owned (serde_json unescapes it); the id is still borrowed.
        assert_eq!(v.arguments, "{\"a\"");
        assert!(matches!(v.id, Cow::Borrowed("fc")));
    }
}
