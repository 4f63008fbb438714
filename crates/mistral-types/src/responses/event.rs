//! The Responses stream's typed events.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::chat::tool::JsonObject;
use crate::macros::named_events;
use crate::responses::item::{ContentPart, ResponseItem};
use crate::responses::response::{lenient_code, Response};
use crate::responses::untyped;

/// One event of a Responses stream.
///
/// Read one with [`ResponseEvent::parse`] from the SSE frame's `event:` name and its `data:`
/// text. Fields the spec marks required may be absent (they read as empty), and an event this
/// version does not know is kept as [`ResponseEvent::Unknown`], with its name and data.
///
/// A stream runs, for each output item: `response.output_item.added`, then for a message
/// `response.content_part.added`, `response.output_text.delta`..., `response.output_text.done`,
/// `response.content_part.done` per part (for a function call
/// `response.function_call_arguments.delta`... and `.done`), then
/// `response.output_item.done`; between `response.created` / `response.in_progress` at the
/// start and one of `response.completed`, `response.failed`, `response.incomplete` (or an
/// `error`) at the end.
///
/// ```
/// use mistral::responses::ResponseEvent;
/// let event = ResponseEvent::parse(
///     Some("response.output_text.delta"),
///     r#"{"type":"response.output_text.delta","sequence_number":4,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hel"}"#,
/// )?;
/// assert_eq!(event.text(), Some("Hel"));
/// let later = ResponseEvent::parse(Some("response.audio.delta"), r#"{"type":"response.audio.delta"}"#)?;
/// assert_eq!(later.name(), "response.audio.delta");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ResponseEvent {
    /// `response.created`: the response, as it starts.
    Created(ResponseSnapshotEvent),
    /// `response.in_progress`: the response, being written.
    InProgress(ResponseSnapshotEvent),
    /// `response.completed`: the whole response; the stream ends after it.
    Completed(ResponseSnapshotEvent),
    /// `response.failed`: the response, with its error; the stream ends after it.
    Failed(ResponseSnapshotEvent),
    /// `response.incomplete`: the response, cut short; the stream ends after it.
    Incomplete(ResponseSnapshotEvent),
    /// `response.output_item.added`: an output item starts.
    OutputItemAdded(OutputItemEvent),
    /// `response.output_item.done`: an output item, whole.
    OutputItemDone(OutputItemEvent),
    /// `response.content_part.added`: a part of a message starts.
    ContentPartAdded(ContentPartEvent),
    /// `response.content_part.done`: a part of a message, whole.
    ContentPartDone(ContentPartEvent),
    /// `response.output_text.delta`: a piece of output text.
    OutputTextDelta(TextDeltaEvent),
    /// `response.output_text.done`: an output text part's whole text.
    OutputTextDone(TextDoneEvent),
    /// `response.reasoning_text.delta`: a piece of reasoning text.
    ReasoningTextDelta(TextDeltaEvent),
    /// `response.reasoning_text.done`: a reasoning text part's whole text.
    ReasoningTextDone(TextDoneEvent),
    /// `response.function_call_arguments.delta`: a piece of a function call's arguments.
    FunctionCallArgumentsDelta(ArgumentsDeltaEvent),
    /// `response.function_call_arguments.done`: a function call's whole arguments.
    FunctionCallArgumentsDone(ArgumentsDoneEvent),
    /// `error`: the stream failed; it ends after it.
    Error(ErrorEvent),
    /// An event this version does not know: its name and data, kept.
    Unknown {
        /// The event's name.
        event: String,
        /// Its data, as sent.
        data: Value,
    },
}

named_events!(ResponseEvent { event }, "Responses", {
    "response.created" => Created(ResponseSnapshotEvent),
    "response.in_progress" => InProgress(ResponseSnapshotEvent),
    "response.completed" => Completed(ResponseSnapshotEvent),
    "response.failed" => Failed(ResponseSnapshotEvent),
    "response.incomplete" => Incomplete(ResponseSnapshotEvent),
    "response.output_item.added" => OutputItemAdded(OutputItemEvent),
    "response.output_item.done" => OutputItemDone(OutputItemEvent),
    "response.content_part.added" => ContentPartAdded(ContentPartEvent),
    "response.content_part.done" => ContentPartDone(ContentPartEvent),
    "response.output_text.delta" => OutputTextDelta(TextDeltaEvent),
    "response.output_text.done" => OutputTextDone(TextDoneEvent),
    "response.reasoning_text.delta" => ReasoningTextDelta(TextDeltaEvent),
    "response.reasoning_text.done" => ReasoningTextDone(TextDoneEvent),
    "response.function_call_arguments.delta" => FunctionCallArgumentsDelta(ArgumentsDeltaEvent),
    "response.function_call_arguments.done" => FunctionCallArgumentsDone(ArgumentsDoneEvent),
    "error" => Error(ErrorEvent),
});

impl ResponseEvent {
    /// The output text this event adds: the `delta` of a `response.output_text.delta`;
    /// `None` for every other event.
    pub fn text(&self) -> Option<&str> {
        match self {
            Self::OutputTextDelta(d) => Some(&d.delta),
            _ => None,
        }
    }

    /// Whether this event ends the stream: `response.completed`, `.failed`, `.incomplete`,
    /// or `error`.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            Self::Completed(_) | Self::Failed(_) | Self::Incomplete(_) | Self::Error(_)
        )
    }

    /// The response this event carries (`response.created`, `.in_progress`, `.completed`,
    /// `.failed`, `.incomplete`).
    pub fn response(&self) -> Option<&Response> {
        match self {
            Self::Created(e)
            | Self::InProgress(e)
            | Self::Completed(e)
            | Self::Failed(e)
            | Self::Incomplete(e) => Some(&e.response),
            _ => None,
        }
    }

    /// The output item this event belongs to (its `output_index`).
    pub fn output_index(&self) -> Option<u32> {
        match self {
            Self::OutputItemAdded(e) | Self::OutputItemDone(e) => Some(e.output_index),
            Self::ContentPartAdded(e) | Self::ContentPartDone(e) => Some(e.output_index),
            Self::OutputTextDelta(e) | Self::ReasoningTextDelta(e) => Some(e.output_index),
            Self::OutputTextDone(e) | Self::ReasoningTextDone(e) => Some(e.output_index),
            Self::FunctionCallArgumentsDelta(e) => Some(e.output_index),
            Self::FunctionCallArgumentsDone(e) => Some(e.output_index),
            _ => None,
        }
    }

    /// The event's `sequence_number` (0 when absent; `None` for an unknown event without
    /// one).
    pub fn sequence_number(&self) -> Option<u64> {
        Some(match self {
            Self::Created(e)
            | Self::InProgress(e)
            | Self::Completed(e)
            | Self::Failed(e)
            | Self::Incomplete(e) => e.sequence_number,
            Self::OutputItemAdded(e) | Self::OutputItemDone(e) => e.sequence_number,
            Self::ContentPartAdded(e) | Self::ContentPartDone(e) => e.sequence_number,
            Self::OutputTextDelta(e) | Self::ReasoningTextDelta(e) => e.sequence_number,
            Self::OutputTextDone(e) | Self::ReasoningTextDone(e) => e.sequence_number,
            Self::FunctionCallArgumentsDelta(e) => e.sequence_number,
            Self::FunctionCallArgumentsDone(e) => e.sequence_number,
            Self::Error(e) => e.sequence_number,
            Self::Unknown { data, .. } => return data.get("sequence_number").and_then(Value::as_u64),
        })
    }
}

/// `response.created`, `.in_progress`, `.completed`, `.failed`, `.incomplete`: the response
/// as it stands.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ResponseSnapshotEvent {
    /// The event's position in the stream.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub sequence_number: u64,
    /// The response (boxed: it is most of an event's size, and these events are few, while
    /// every event of a stream is moved as a `ResponseEvent`).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub response: Box<Response>,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

/// `response.output_item.added` and `.done`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutputItemEvent {
    /// The event's position in the stream.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub sequence_number: u64,
    /// Which output item.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// The item: as it starts (`added`), or whole (`done`).
    #[serde(default = "empty_item")]
    pub item: ResponseItem,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

fn empty_item() -> ResponseItem {
    ResponseItem::Unknown(Value::Object(JsonObject::new()))
}

/// `response.content_part.added` and `.done`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContentPartEvent {
    /// The event's position in the stream.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub sequence_number: u64,
    /// The item's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub item_id: String,
    /// Which output item.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// Which part of the item's content.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub content_index: u32,
    /// The part: as it starts (`added`), or whole (`done`).
    #[serde(default = "empty_part")]
    pub part: ContentPart,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

fn empty_part() -> ContentPart {
    ContentPart::Unknown(Value::Object(JsonObject::new()))
}

/// `response.output_text.delta` and `response.reasoning_text.delta`: a piece of text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TextDeltaEvent {
    /// The event's position in the stream.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub sequence_number: u64,
    /// The item's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub item_id: String,
    /// Which output item.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// Which part of the item's content.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub content_index: u32,
    /// The piece.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub delta: String,
    /// The piece's token log probabilities, when asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<Vec<Value>>,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

/// `response.output_text.done` and `response.reasoning_text.done`: a part's whole text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TextDoneEvent {
    /// The event's position in the stream.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub sequence_number: u64,
    /// The item's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub item_id: String,
    /// Which output item.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// Which part of the item's content.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub content_index: u32,
    /// The whole text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub text: String,
    /// The token log probabilities, when asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<Vec<Value>>,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

/// `response.function_call_arguments.delta`: a piece of a call's arguments.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArgumentsDeltaEvent {
    /// The event's position in the stream.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub sequence_number: u64,
    /// The item's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub item_id: String,
    /// Which output item.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// A piece of the arguments' JSON text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub delta: String,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

/// `response.function_call_arguments.done`: a call's whole arguments.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArgumentsDoneEvent {
    /// The event's position in the stream.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub sequence_number: u64,
    /// The item's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub item_id: String,
    /// Which output item.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output_index: u32,
    /// The function's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The whole arguments' JSON text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub arguments: String,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

/// `error`: the stream failed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ErrorEvent {
    /// The event's position in the stream.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub sequence_number: u64,
    /// The error code (a number is read as its text).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_code"
    )]
    pub code: Option<String>,
    /// What went wrong.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub message: String,
    /// The parameter at fault.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

#[cfg(test)]
mod size_tests {
    use super::*;

    #[test]
    fn an_event_is_small_to_move() {
        // Every event of a stream (a text delta most of the time) is moved as a
        // `ResponseEvent` through the stream's layers: the snapshots' `Response` is boxed.
        let size = std::mem::size_of::<ResponseEvent>();
        assert!(
            size <= 320,
            "ResponseEvent is {size} bytes (296 when boxed, about 1.4 KB before)"
        );
    }
}
