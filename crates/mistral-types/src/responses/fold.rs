//! Folds a Responses stream's events back into the response the non-streaming call returns.

use crate::responses::event::{ContentPartEvent, ErrorEvent, ResponseEvent};
use crate::responses::item::{
    ContentPart, FunctionCallItem, MessageContent, MessageItem, OutputText, ReasoningItem, ReasoningText,
    ResponseItem,
};
use crate::responses::response::Response;

/// Rebuilds a [`Response`] from the events of a stream: each output item from its
/// `output_item.added`, its parts and text or argument pieces, and its `output_item.done`
/// (which, when it comes, is the item whole); the response's other fields from the last
/// response the events carried (`response.completed`, `.failed` or `.incomplete` at the end).
/// A terminal response that lists no output gets the items built from the events.
///
/// ```
/// use mistral::responses::{ResponseAccumulator, ResponseEvent};
/// let frames = [
///     r#"{"type":"response.created","sequence_number":0,"response":{"id":"resp_1","model":"m","status":"in_progress","output":[]}}"#,
///     r#"{"type":"response.output_item.added","sequence_number":1,"output_index":0,"item":{"type":"message","id":"msg_1","role":"assistant","status":"in_progress","content":[]}}"#,
///     r#"{"type":"response.output_text.delta","sequence_number":2,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hel"}"#,
///     r#"{"type":"response.output_text.delta","sequence_number":3,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"lo."}"#,
///     r#"{"type":"response.completed","sequence_number":4,"response":{"id":"resp_1","model":"m","status":"completed","usage":{"input_tokens":3,"output_tokens":2,"total_tokens":5}}}"#,
/// ];
/// let mut acc = ResponseAccumulator::new();
/// for data in frames {
///     acc.push(&ResponseEvent::parse(None, data)?);
/// }
/// assert!(acc.is_done());
/// let response = acc.finish();
/// assert_eq!((response.id.as_str(), response.text().as_str()), ("resp_1", "Hello."));
/// assert_eq!(response.usage.map(|u| u.total_tokens), Some(5));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ResponseAccumulator {
    response: Response,
    // Items by `output_index`, in arrival order; sorted (stably) at the end.
    items: Vec<(u32, ResponseItem)>,
    terminal: bool,
    error: Option<ErrorEvent>,
    events: usize,
}

impl ResponseAccumulator {
    /// An empty accumulator.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many events were pushed.
    pub fn events_seen(&self) -> usize {
        self.events
    }

    /// Whether the stream ended: `response.completed`, `.failed`, `.incomplete` or `error`
    /// arrived.
    pub fn is_done(&self) -> bool {
        self.terminal || self.error.is_some()
    }

    /// The `error` event, if one arrived.
    pub fn error(&self) -> Option<&ErrorEvent> {
        self.error.as_ref()
    }

    /// The response id, once an event named it.
    pub fn id(&self) -> Option<&str> {
        (!self.response.id.is_empty()).then_some(self.response.id.as_str())
    }

    /// The items built so far, in `output_index` order.
    pub fn items(&self) -> Vec<ResponseItem> {
        in_order(self.items.clone())
    }

    fn slot(&mut self, index: u32) -> Option<&mut ResponseItem> {
        self.items
            .iter_mut()
            .rev()
            .find(|(i, _)| *i == index)
            .map(|(_, item)| item)
    }

    /// The item at `index`, made by `new` when there is none yet.
    fn slot_or(&mut self, index: u32, new: impl FnOnce() -> ResponseItem) -> &mut ResponseItem {
        let pos = match self.items.iter().rposition(|(i, _)| *i == index) {
            Some(pos) => pos,
            None => {
                self.items.push((index, new()));
                self.items.len() - 1
            }
        };
        &mut self.items[pos].1
    }

    /// Folds in one event. Unknown events are skipped.
    pub fn push(&mut self, event: &ResponseEvent) {
        self.events += 1;
        match event {
            ResponseEvent::Created(e) | ResponseEvent::InProgress(e) => self.snapshot(&e.response),
            ResponseEvent::Completed(e) | ResponseEvent::Failed(e) | ResponseEvent::Incomplete(e) => {
                self.snapshot(&e.response);
                self.terminal = true;
            }
            // A second `added` for the same index replaces the first (a retried item); `done`
            // is the item whole.
            ResponseEvent::OutputItemAdded(e) | ResponseEvent::OutputItemDone(e) => {
                match self.slot(e.output_index) {
                    Some(slot) => *slot = e.item.clone(),
                    None => self.items.push((e.output_index, e.item.clone())),
                }
            }
            ResponseEvent::ContentPartAdded(e) | ResponseEvent::ContentPartDone(e) => self.part(e),
            ResponseEvent::OutputTextDelta(d) | ResponseEvent::ReasoningTextDelta(d) => {
                let reasoning = matches!(event, ResponseEvent::ReasoningTextDelta(_));
                if let Some(text) = self.text(d.output_index, &d.item_id, d.content_index, reasoning) {
                    text.push_str(&d.delta);
                }
            }
            ResponseEvent::OutputTextDone(d) | ResponseEvent::ReasoningTextDone(d) => {
                let reasoning = matches!(event, ResponseEvent::ReasoningTextDone(_));
                if let Some(text) = self.text(d.output_index, &d.item_id, d.content_index, reasoning) {
                    text.clone_from(&d.text);
                }
            }
            ResponseEvent::FunctionCallArgumentsDelta(d) => {
                if let Some(call) = self.call(d.output_index, &d.item_id) {
                    call.arguments.push_str(&d.delta);
                }
            }
            ResponseEvent::FunctionCallArgumentsDone(d) => {
                if let Some(call) = self.call(d.output_index, &d.item_id) {
                    call.arguments.clone_from(&d.arguments);
                    if let Some(name) = &d.name {
                        call.name.clone_from(name);
                    }
                }
            }
            ResponseEvent::Error(e) => self.error = Some(e.clone()),
            ResponseEvent::Unknown { .. } => {}
        }
    }

    /// Takes the response an event carried (its output, when it lists none, is built from the
    /// events at the end).
    fn snapshot(&mut self, response: &Response) {
        self.response = response.clone();
    }

    fn part(&mut self, e: &ContentPartEvent) {
        let slot = self.slot_or(e.output_index, || message_item(&e.item_id));
        let index = e.content_index as usize;
        match slot {
            ResponseItem::Message(m) => {
                if let Some(parts) = parts_of(m) {
                    set_part(parts, index, e.part.clone());
                }
            }
            ResponseItem::Reasoning(r) => {
                let parts = r.content.get_or_insert_with(Vec::new);
                set_part(parts, index, e.part.clone());
            }
            _ => {}
        }
    }

    /// The function call at `output_index` (made, with the event's item id, when missing).
    fn call(&mut self, output_index: u32, item_id: &str) -> Option<&mut FunctionCallItem> {
        match self.slot_or(output_index, || call_item(item_id)) {
            ResponseItem::FunctionCall(call) => Some(call),
            _ => None,
        }
    }

    /// The text of part `content_index` of the message (or, with `reasoning`, the reasoning)
    /// at `output_index`: the item and the part made when missing.
    fn text(
        &mut self,
        output_index: u32,
        item_id: &str,
        content_index: u32,
        reasoning: bool,
    ) -> Option<&mut String> {
        let slot = self.slot_or(output_index, || match reasoning {
            true => reasoning_item(item_id),
            false => message_item(item_id),
        });
        match text_part(slot, content_index as usize, reasoning)? {
            ContentPart::OutputText(OutputText { text, .. })
            | ContentPart::ReasoningText(ReasoningText { text, .. }) => Some(text),
            _ => None,
        }
    }

    /// The response the events add up to: the last response they carried, its output the
    /// items built from the events when it lists none (items in `output_index` order,
    /// arrival order among equal indexes). Whether the stream ended well is for
    /// [`is_done`](Self::is_done), [`error`](Self::error) and the response's `status` to say.
    pub fn finish(self) -> Response {
        let mut response = self.response;
        if response.output.is_empty() {
            response.output = in_order(self.items);
        }
        response
    }
}

/// The items by `output_index` (a stable sort: arrival order among equal indexes).
fn in_order(mut items: Vec<(u32, ResponseItem)>) -> Vec<ResponseItem> {
    items.sort_by_key(|(i, _)| *i);
    items.into_iter().map(|(_, item)| item).collect()
}

fn message_item(id: &str) -> ResponseItem {
    ResponseItem::Message(MessageItem {
        id: (!id.is_empty()).then(|| id.to_owned()),
        ..MessageItem::default()
    })
}

fn reasoning_item(id: &str) -> ResponseItem {
    ResponseItem::Reasoning(ReasoningItem {
        id: id.to_owned(),
        ..ReasoningItem::default()
    })
}

fn call_item(id: &str) -> ResponseItem {
    ResponseItem::FunctionCall(FunctionCallItem {
        id: (!id.is_empty()).then(|| id.to_owned()),
        ..FunctionCallItem::default()
    })
}

/// A message's parts (a text content becomes one `output_text` part).
fn parts_of(m: &mut MessageItem) -> Option<&mut Vec<ContentPart>> {
    if let MessageContent::Text(t) = &mut m.content {
        let text = std::mem::take(t);
        m.content = MessageContent::Parts(vec![ContentPart::output_text(text)]);
    }
    match &mut m.content {
        MessageContent::Parts(p) => Some(p),
        MessageContent::Text(_) => None,
    }
}

/// Puts `part` at `index`, filling any gap with empty text parts of its kind.
fn set_part(parts: &mut Vec<ContentPart>, index: usize, part: ContentPart) {
    while parts.len() < index {
        parts.push(ContentPart::output_text(""));
    }
    if index < parts.len() {
        parts[index] = part;
    } else {
        parts.push(part);
    }
}

/// The text part at `index` of a message (output text) or of reasoning (reasoning text),
/// made when missing.
fn text_part(slot: &mut ResponseItem, index: usize, reasoning: bool) -> Option<&mut ContentPart> {
    let parts = match slot {
        ResponseItem::Message(m) if !reasoning => parts_of(m)?,
        ResponseItem::Reasoning(r) if reasoning => r.content.get_or_insert_with(Vec::new),
        _ => return None,
    };
    let empty = || match reasoning {
        true => ContentPart::ReasoningText(ReasoningText::default()),
        false => ContentPart::output_text(""),
    };
    while parts.len() <= index {
        parts.push(empty());
    }
    let part = &mut parts[index];
    if part.text().is_none() {
        *part = empty();
    }
    Some(part)
}
