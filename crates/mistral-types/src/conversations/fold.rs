//! Folds a conversation stream's events back into the response the non-streaming call
//! returns.

use crate::chat::content::{Content, ContentChunk, TextChunk};
use crate::chat::message::Arguments;
use crate::conversations::entry::{
    AgentHandoffEntry, Entry, EntryMeta, FunctionCallEntry, MessageOutputEntry, Producer, ToolExecutionEntry,
};
use crate::conversations::event::{
    ConversationEvent, ConversationEventView, DeltaContentView, FunctionCallDeltaView,
    MessageOutputDeltaView, ResponseErrorEvent, ToolExecutionDeltaView,
};
use crate::conversations::response::{ConversationResponse, ConversationUsage};
use crate::models::Timestamp;

/// Rebuilds a [`ConversationResponse`] from the events of a stream: the events of each
/// output (by `output_index`) make one entry, text and argument pieces joined in order.
///
/// ```
/// use mistral::conversations::{ConversationAccumulator, ConversationEvent};
/// let frames = [
///     ("conversation.response.started", r#"{"type":"conversation.response.started","conversation_id":"conv_1"}"#),
///     ("message.output.delta", r#"{"type":"message.output.delta","output_index":0,"id":"msg_1","content":"Hel"}"#),
///     ("message.output.delta", r#"{"type":"message.output.delta","output_index":0,"id":"msg_1","content":"lo."}"#),
///     ("conversation.response.done", r#"{"type":"conversation.response.done","usage":{"total_tokens":9}}"#),
/// ];
/// let mut acc = ConversationAccumulator::new();
/// for (name, data) in frames {
///     acc.push(&ConversationEvent::parse(Some(name), data)?);
/// }
/// assert!(acc.is_done());
/// let response = acc.finish();
/// assert_eq!((response.conversation_id(), response.text().as_str()), ("conv_1", "Hello."));
/// assert_eq!(response.usage.total_tokens, 9);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ConversationAccumulator {
    conversation_id: String,
    // Outputs in arrival order, each with its `output_index`; sorted (stably) at the end.
    outputs: Vec<(u32, Building)>,
    usage: Option<ConversationUsage>,
    error: Option<ResponseErrorEvent>,
    events: usize,
}

#[derive(Clone, Debug)]
enum Building {
    Message {
        entry: MessageOutputEntry,
        text: String,
        chunks: Option<Vec<ContentChunk>>,
    },
    Call(FunctionCallEntry),
    Tool(ToolExecutionEntry),
    Handoff(AgentHandoffEntry),
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Message,
    Call,
    Tool,
    Handoff,
}

impl Building {
    fn kind(&self) -> Kind {
        match self {
            Building::Message { .. } => Kind::Message,
            Building::Call(_) => Kind::Call,
            Building::Tool(_) => Kind::Tool,
            Building::Handoff(_) => Kind::Handoff,
        }
    }

    fn id(&self) -> Option<&str> {
        match self {
            Building::Message { entry, .. } => entry.meta.id.as_deref(),
            Building::Call(e) => e.meta.id.as_deref(),
            Building::Tool(e) => e.meta.id.as_deref(),
            Building::Handoff(e) => e.meta.id.as_deref(),
        }
    }

    fn into_entry(self) -> Entry {
        match self {
            Building::Message {
                mut entry,
                text,
                chunks,
            } => {
                entry.content = match chunks {
                    None => Content::Text(text),
                    Some(chunks) => Content::Chunks(chunks),
                };
                Entry::MessageOutput(entry)
            }
            Building::Call(e) => Entry::FunctionCall(e),
            Building::Tool(e) => Entry::ToolExecution(e),
            Building::Handoff(e) => Entry::AgentHandoff(e),
        }
    }
}

fn meta(id: &str, created_at: Option<&str>) -> EntryMeta {
    EntryMeta {
        object: Some("entry".to_owned()),
        created_at: created_at.map(|t| Timestamp(t.to_owned())),
        completed_at: None,
        id: (!id.is_empty()).then(|| id.to_owned()),
    }
}

/// Appends `text` to the chunk list, joined to a text chunk that ends it.
fn push_text(chunks: &mut Vec<ContentChunk>, text: &str) {
    if let Some(ContentChunk::Text(last)) = chunks.last_mut() {
        last.text.push_str(text);
    } else if !text.is_empty() {
        chunks.push(ContentChunk::Text(TextChunk {
            text: text.to_owned(),
        }));
    }
}

fn push_chunk(chunks: &mut Vec<ContentChunk>, chunk: &ContentChunk) {
    match chunk {
        ContentChunk::Text(t) => push_text(chunks, &t.text),
        other => chunks.push(other.clone()),
    }
}

impl ConversationAccumulator {
    /// An empty accumulator.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many events were pushed.
    pub fn events_seen(&self) -> usize {
        self.events
    }

    /// Whether `conversation.response.done` arrived.
    pub fn is_done(&self) -> bool {
        self.usage.is_some()
    }

    /// The `conversation.response.error` event, if one arrived.
    pub fn error(&self) -> Option<&ResponseErrorEvent> {
        self.error.as_ref()
    }

    /// The conversation id, once `conversation.response.started` arrived.
    pub fn conversation_id(&self) -> Option<&str> {
        (!self.conversation_id.is_empty()).then_some(self.conversation_id.as_str())
    }

    /// The output with this index being built, when it is of this kind and (if both have
    /// one) this id; else a new one made by `new`.
    fn slot(&mut self, index: u32, kind: Kind, id: &str, new: impl FnOnce() -> Building) -> &mut Building {
        let found = self.outputs.iter().rposition(|(i, b)| {
            *i == index && b.kind() == kind && (id.is_empty() || b.id().is_none_or(|have| have == id))
        });
        let pos = match found {
            Some(pos) => pos,
            None => {
                self.outputs.push((index, new()));
                self.outputs.len() - 1
            }
        };
        &mut self.outputs[pos].1
    }

    /// Folds in one event. Unknown events are skipped.
    pub fn push(&mut self, event: &ConversationEvent) {
        self.push_view(&event.as_view());
    }

    /// Folds in one event read borrowed ([`ConversationEventView`]): the same result as
    /// [`push`](Self::push) of the owned event, without an owned copy of each delta.
    pub fn push_view(&mut self, event: &ConversationEventView<'_>) {
        self.events += 1;
        match event {
            ConversationEventView::MessageOutputDelta(d) => self.message_delta(d),
            ConversationEventView::FunctionCallDelta(d) => self.call_delta(d),
            ConversationEventView::ToolExecutionDelta(d) => self.tool_delta(d),
            ConversationEventView::Event(e) => self.other(e),
        }
    }

    fn message_delta(&mut self, d: &MessageOutputDeltaView<'_>) {
        let slot = self.slot(d.output_index, Kind::Message, &d.id, || Building::Message {
            entry: MessageOutputEntry {
                meta: meta(&d.id, d.created_at.as_deref()),
                producer: Producer {
                    agent_id: d.agent_id.as_deref().map(str::to_owned),
                    model: d.model.as_deref().map(str::to_owned),
                },
                role: Some(d.role.as_deref().unwrap_or("assistant").to_owned()),
                content: Content::Text(String::new()),
            },
            text: String::new(),
            chunks: None,
        });
        if let Building::Message { text, chunks, .. } = slot {
            // Plain text stays a string; the first chunk turns the content into a chunk list
            // (the non-streaming shape with citations or files).
            match (&d.content, chunks) {
                (DeltaContentView::Text(t), None) => text.push_str(t),
                (DeltaContentView::Text(t), Some(list)) => push_text(list, t),
                (DeltaContentView::Chunk(c), chunks) => {
                    let list = chunks.get_or_insert_with(|| text_chunks(text));
                    push_chunk(list, c);
                }
                (DeltaContentView::Chunks(cs), chunks) => {
                    let list = chunks.get_or_insert_with(|| text_chunks(text));
                    for c in cs.iter() {
                        push_chunk(list, c);
                    }
                }
            }
        }
    }

    fn call_delta(&mut self, d: &FunctionCallDeltaView<'_>) {
        let slot = self.slot(d.output_index, Kind::Call, &d.id, || {
            Building::Call(FunctionCallEntry {
                meta: meta(&d.id, d.created_at.as_deref()),
                producer: Producer {
                    agent_id: d.agent_id.as_deref().map(str::to_owned),
                    model: d.model.as_deref().map(str::to_owned),
                },
                ..FunctionCallEntry::default()
            })
        });
        if let Building::Call(call) = slot {
            if call.name.is_empty() {
                d.name.as_ref().clone_into(&mut call.name);
            }
            if call.tool_call_id.is_empty() {
                d.tool_call_id.as_ref().clone_into(&mut call.tool_call_id);
            }
            if let Arguments::Json(args) = &mut call.arguments {
                args.push_str(&d.arguments);
            }
            if d.confirmation_status.is_some() {
                call.confirmation_status.clone_from(&d.confirmation_status);
            }
        }
    }

    fn tool_delta(&mut self, e: &ToolExecutionDeltaView<'_>) {
        let slot = self.slot(e.output_index, Kind::Tool, &e.id, || {
            Building::Tool(ToolExecutionEntry {
                meta: meta(&e.id, e.created_at.as_deref()),
                name: e.name.as_ref().clone(),
                ..ToolExecutionEntry::default()
            })
        });
        if let Building::Tool(tool) = slot {
            tool.arguments.push_str(&e.arguments);
        }
    }

    /// The events that come once per output or per turn.
    fn other(&mut self, event: &ConversationEvent) {
        match event {
            ConversationEvent::ResponseStarted(e) => {
                if !e.conversation_id.is_empty() {
                    self.conversation_id.clone_from(&e.conversation_id);
                }
            }
            ConversationEvent::ResponseDone(e) => self.usage = Some(e.usage.clone()),
            ConversationEvent::ResponseError(e) => self.error = Some(e.clone()),
            // Read owned (a frame the view left to the owned read): the same fold.
            ConversationEvent::MessageOutputDelta(_)
            | ConversationEvent::FunctionCallDelta(_)
            | ConversationEvent::ToolExecutionDelta(_) => match event.as_view() {
                ConversationEventView::MessageOutputDelta(d) => self.message_delta(&d),
                ConversationEventView::FunctionCallDelta(d) => self.call_delta(&d),
                ConversationEventView::ToolExecutionDelta(d) => self.tool_delta(&d),
                ConversationEventView::Event(_) => {}
            },
            ConversationEvent::ToolExecutionStarted(e) => {
                let slot = self.slot(e.output_index, Kind::Tool, &e.id, || {
                    Building::Tool(ToolExecutionEntry {
                        meta: meta(&e.id, e.created_at.as_ref().map(Timestamp::as_str)),
                        producer: Producer {
                            agent_id: e.agent_id.clone(),
                            model: e.model.clone(),
                        },
                        name: e.name.clone(),
                        ..ToolExecutionEntry::default()
                    })
                });
                if let (Building::Tool(tool), Some(args)) = (slot, &e.arguments) {
                    tool.arguments.push_str(args);
                }
            }
            ConversationEvent::ToolExecutionDone(e) => {
                let slot = self.slot(e.output_index, Kind::Tool, &e.id, || {
                    Building::Tool(ToolExecutionEntry {
                        meta: meta(&e.id, None),
                        name: e.name.clone(),
                        ..ToolExecutionEntry::default()
                    })
                });
                if let Building::Tool(tool) = slot {
                    tool.meta.completed_at.clone_from(&e.created_at);
                    if e.info.is_some() {
                        tool.info.clone_from(&e.info);
                    }
                }
            }
            ConversationEvent::AgentHandoffStarted(e) => {
                let slot = self.slot(e.output_index, Kind::Handoff, &e.id, || {
                    Building::Handoff(AgentHandoffEntry {
                        meta: meta(&e.id, e.created_at.as_ref().map(Timestamp::as_str)),
                        ..AgentHandoffEntry::default()
                    })
                });
                if let Building::Handoff(h) = slot {
                    h.previous_agent_id.clone_from(&e.previous_agent_id);
                    h.previous_agent_name.clone_from(&e.previous_agent_name);
                }
            }
            ConversationEvent::AgentHandoffDone(e) => {
                let slot = self.slot(e.output_index, Kind::Handoff, &e.id, || {
                    Building::Handoff(AgentHandoffEntry {
                        meta: meta(&e.id, None),
                        ..AgentHandoffEntry::default()
                    })
                });
                if let Building::Handoff(h) = slot {
                    h.meta.completed_at.clone_from(&e.created_at);
                    h.next_agent_id.clone_from(&e.next_agent_id);
                    h.next_agent_name.clone_from(&e.next_agent_name);
                }
            }
            ConversationEvent::Unknown { .. } => {}
        }
    }

    /// The response the events add up to: outputs in `output_index` order (arrival order
    /// among equal indexes), the usage of `conversation.response.done` (zero without it).
    /// Whether the turn ended well is for [`is_done`](Self::is_done) and
    /// [`error`](Self::error) to say.
    pub fn finish(self) -> ConversationResponse {
        let mut outputs = self.outputs;
        outputs.sort_by_key(|(index, _)| *index);
        ConversationResponse {
            object: Some("conversation.response".to_owned()),
            conversation_id: self.conversation_id,
            outputs: outputs.into_iter().map(|(_, b)| b.into_entry()).collect(),
            usage: self.usage.unwrap_or_default(),
            guardrails: None,
        }
    }
}

fn text_chunks(text: &str) -> Vec<ContentChunk> {
    let mut out = Vec::new();
    push_text(&mut out, text);
    out
}
