//! Streaming chunks and the pure fold that turns them into a complete response.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::content::{Content, ContentChunk, TextChunk, ThinkChunk, ThinkingPart};
use crate::message::{Arguments, AssistantMessage, Role, ToolCall};
use crate::response::{ChatChoice, ChatCompletionResponse, FinishReason, Usage};

/// One event of a streamed completion (`data: {...}`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CompletionChunk {
    /// The completion id (the same on every chunk; some servers send a placeholder `"null"`).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// `"chat.completion.chunk"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<u64>,
    /// The model.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub model: String,
    /// Token usage, on the last chunk (`null` before). Boxed: it is absent from all but one
    /// chunk, and inline it would triple the size of every chunk moved through parsing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<Box<Usage>>,
    /// The deltas, one per choice.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub choices: Vec<StreamChoice>,
}

impl CompletionChunk {
    /// The first choice's content text in this chunk (text chunks only), if any.
    pub fn delta_text(&self) -> Option<std::borrow::Cow<'_, str>> {
        self.choices.first()?.delta.content.as_ref().map(Content::text)
    }

    /// The first choice's finish reason, if this chunk carries one.
    pub fn finish_reason(&self) -> Option<&FinishReason> {
        self.choices.first()?.finish_reason.as_ref()
    }
}

/// One choice's delta within a chunk.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StreamChoice {
    /// The choice's index.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub index: u32,
    /// What is new in this chunk.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub delta: Delta,
    /// Set on the choice's last chunk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finish_reason: Option<FinishReason>,
}

/// New content for one choice.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Delta {
    /// The role, usually on the first chunk only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// New content: a string, or chunks (thinking from reasoning models).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<Content>,
    /// Tool calls (Mistral sends each one whole; fragments are merged by `index`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_calls: Option<Vec<ToolCall>>,
    /// The tool call this message answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_call_id: Option<String>,
    /// The message index when the completion returns several messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<u32>,
    /// Message metadata (boxed: rare, and large inline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Box<Map<String, Value>>>,
}

/// Folds streamed chunks into the [`ChatCompletionResponse`] the same request would have
/// returned without streaming. Pure: feed it chunks in order, then call [`finish`](Self::finish).
///
/// Content is concatenated per choice (strings and chunk lists alike, thinking kept apart from
/// text), tool calls are merged by `index`, a placeholder id (`""` or `"null"`) never overwrites
/// a real one, and the last `finish_reason` and `usage` win.
#[derive(Clone, Debug, Default)]
pub struct StreamAccumulator {
    id: String,
    model: String,
    created: Option<u64>,
    usage: Option<Usage>,
    choices: Vec<ChoiceAcc>,
    chunks_seen: usize,
}

#[derive(Clone, Debug, Default)]
struct ChoiceAcc {
    index: u32,
    content: Vec<ContentChunk>,
    saw_content: bool,
    tool_calls: Vec<ToolCall>,
    finish_reason: Option<FinishReason>,
}

fn is_placeholder(id: &str) -> bool {
    id.is_empty() || id == "null"
}

impl StreamAccumulator {
    /// An empty accumulator.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many chunks were folded in.
    pub fn chunks_seen(&self) -> usize {
        self.chunks_seen
    }

    /// Whether any choice has a finish reason yet.
    pub fn has_finish_reason(&self) -> bool {
        self.choices.iter().any(|c| c.finish_reason.is_some())
    }

    /// Folds one chunk in.
    pub fn push(&mut self, chunk: &CompletionChunk) {
        self.chunks_seen += 1;
        if is_placeholder(&self.id) && !is_placeholder(&chunk.id) {
            self.id.clone_from(&chunk.id);
        }
        if self.model.is_empty() && !chunk.model.is_empty() {
            self.model.clone_from(&chunk.model);
        }
        if chunk.created.is_some() && self.created.is_none() {
            self.created = chunk.created;
        }
        if let Some(usage) = &chunk.usage {
            self.usage = Some(Usage::clone(usage));
        }
        for sc in &chunk.choices {
            let pos = match self.choices.iter().position(|c| c.index == sc.index) {
                Some(p) => p,
                None => {
                    self.choices.push(ChoiceAcc {
                        index: sc.index,
                        ..Default::default()
                    });
                    self.choices.len() - 1
                }
            };
            let acc = &mut self.choices[pos];
            if let Some(content) = &sc.delta.content {
                acc.saw_content = true;
                match content {
                    Content::Text(t) => push_text(&mut acc.content, t),
                    Content::Chunks(cs) => {
                        for c in cs {
                            push_chunk(&mut acc.content, c);
                        }
                    }
                }
            }
            for (i, tc) in sc.delta.tool_calls.iter().flatten().enumerate() {
                merge_tool_call(&mut acc.tool_calls, tc, i);
            }
            if sc.finish_reason.is_some() {
                acc.finish_reason.clone_from(&sc.finish_reason);
            }
        }
    }

    /// The response folded so far.
    pub fn finish(self) -> ChatCompletionResponse {
        let mut choices: Vec<ChatChoice> = self
            .choices
            .into_iter()
            .map(|c| {
                let content = if !c.saw_content {
                    None
                } else if c.content.iter().all(|x| matches!(x, ContentChunk::Text(_))) {
                    Some(Content::Text(
                        c.content
                            .into_iter()
                            .map(|x| match x {
                                ContentChunk::Text(t) => t.text,
                                _ => String::new(),
                            })
                            .collect(),
                    ))
                } else {
                    Some(Content::Chunks(c.content))
                };
                ChatChoice {
                    index: c.index,
                    message: Some(AssistantMessage {
                        content,
                        tool_calls: if c.tool_calls.is_empty() {
                            None
                        } else {
                            Some(c.tool_calls)
                        },
                        prefix: false,
                    }),
                    messages: None,
                    finish_reason: c.finish_reason,
                }
            })
            .collect();
        choices.sort_by_key(|c| c.index);
        ChatCompletionResponse {
            id: self.id,
            object: Some("chat.completion".to_owned()),
            model: self.model,
            created: self.created,
            usage: self.usage,
            choices,
        }
    }
}

fn push_text(out: &mut Vec<ContentChunk>, text: &str) {
    if let Some(ContentChunk::Text(last)) = out.last_mut() {
        last.text.push_str(text);
    } else if !text.is_empty() || out.is_empty() {
        out.push(ContentChunk::Text(TextChunk {
            text: text.to_owned(),
        }));
    }
}

fn push_chunk(out: &mut Vec<ContentChunk>, chunk: &ContentChunk) {
    match chunk {
        ContentChunk::Text(t) => push_text(out, &t.text),
        ContentChunk::Thinking(th) => {
            // Drop an empty text chunk left in front of the first thinking chunk.
            if let Some(ContentChunk::Text(t)) = out.last() {
                if t.text.is_empty() {
                    out.pop();
                }
            }
            if let Some(ContentChunk::Thinking(last)) = out.last_mut() {
                for part in &th.thinking {
                    match (last.thinking.last_mut(), part) {
                        (Some(ThinkingPart::Text(a)), ThinkingPart::Text(b)) => a.text.push_str(&b.text),
                        _ => last.thinking.push(part.clone()),
                    }
                }
                if th.signature.is_some() {
                    last.signature.clone_from(&th.signature);
                }
                if th.closed.is_some() {
                    last.closed = th.closed;
                }
            } else {
                out.push(ContentChunk::Thinking(ThinkChunk {
                    thinking: th.thinking.clone(),
                    signature: th.signature.clone(),
                    closed: th.closed,
                }));
            }
        }
        other => out.push(other.clone()),
    }
}

fn merge_tool_call(calls: &mut Vec<ToolCall>, tc: &ToolCall, position: usize) {
    let existing = match tc.index {
        Some(i) => calls.iter().position(|c| c.index == Some(i)),
        // No index: match a call by a real id, else take it as a new call.
        None => tc
            .id
            .as_deref()
            .filter(|id| !is_placeholder(id))
            .and_then(|id| calls.iter().position(|c| c.id.as_deref() == Some(id))),
    };
    let Some(pos) = existing else {
        let mut new = tc.clone();
        if new.index.is_none() {
            new.index = Some(u32::try_from(calls.len().max(position)).unwrap_or(u32::MAX));
        }
        calls.push(new);
        return;
    };
    let call = &mut calls[pos];
    if let Some(id) = tc.id.as_deref() {
        if !is_placeholder(id) && call.id.as_deref().is_none_or(is_placeholder) {
            call.id = Some(id.to_owned());
        }
    }
    if call.kind.is_none() {
        call.kind.clone_from(&tc.kind);
    }
    if call.function.name.is_empty() {
        call.function.name.clone_from(&tc.function.name);
    }
    match (&mut call.function.arguments, &tc.function.arguments) {
        (Arguments::Json(a), Arguments::Json(b)) => a.push_str(b),
        (slot, new) => {
            if !matches!(new, Arguments::Json(s) if s.is_empty()) {
                *slot = new.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn chunk(v: serde_json::Value) -> CompletionChunk {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn placeholder_id_never_overwrites_a_real_one() {
        let mut acc = StreamAccumulator::new();
        acc.push(&chunk(json!({"id": "null", "model": "m", "choices": []})));
        acc.push(&chunk(json!({"id": "real", "model": "m", "choices": []})));
        acc.push(&chunk(json!({"id": "null", "model": "m", "choices": []})));
        acc.push(&chunk(json!({"id": "", "model": "m", "choices": []})));
        assert_eq!(acc.finish().id, "real");
    }

    #[test]
    fn tool_calls_merge_by_index_whole_or_fragmented() {
        let mut acc = StreamAccumulator::new();
        // Mistral's usual: each call whole, distinct index.
        acc.push(&chunk(json!({"id": "a", "model": "m", "choices": [{"index": 0, "delta": {"role": "assistant", "content": "", "tool_calls": [
            {"id": "c1", "function": {"name": "f", "arguments": "{\"a\": 1}"}, "index": 0}]}}]})));
        // OpenAI-style fragments for the second call.
        acc.push(&chunk(json!({"id": "a", "model": "m", "choices": [{"index": 0, "delta": {"tool_calls": [
            {"id": "c2", "type": "function", "function": {"name": "g", "arguments": "{\"b\""}, "index": 1}]}}]})));
        acc.push(&chunk(
            json!({"id": "a", "model": "m", "choices": [{"index": 0, "delta": {"tool_calls": [
            {"id": "null", "function": {"name": "", "arguments": ": 2}"}, "index": 1}]}}]}),
        ));
        acc.push(&chunk(json!({"id": "a", "model": "m", "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}})));
        let r = acc.finish();
        let calls = r.choices[0].message.as_ref().unwrap().tool_calls();
        assert_eq!(calls.len(), 2);
        assert_eq!(calls[0].function.arguments, Arguments::Json("{\"a\": 1}".into()));
        assert_eq!(calls[1].id.as_deref(), Some("c2"));
        assert_eq!(calls[1].function.name, "g");
        assert_eq!(calls[1].function.arguments, Arguments::Json("{\"b\": 2}".into()));
        assert_eq!(r.choices[0].finish_reason, Some(FinishReason::ToolCalls));
        assert_eq!(r.usage.unwrap().total_tokens, 3);
    }

    #[test]
    fn thinking_then_text_switching_shapes() {
        let mut acc = StreamAccumulator::new();
        acc.push(&chunk(json!({"id": "r", "model": "m", "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]})));
        acc.push(&chunk(
            json!({"id": "r", "model": "m", "choices": [{"index": 0, "delta": {"content": [
            {"type": "thinking", "thinking": [{"type": "text", "text": "Let me "}]}]}}]}),
        ));
        acc.push(&chunk(json!({"id": "r", "model": "m", "choices": [{"index": 0, "delta": {"content": [
            {"type": "thinking", "thinking": [{"type": "text", "text": "think."}]}, {"type": "text", "text": "The "}]}}]})));
        acc.push(&chunk(json!({"id": "r", "model": "m", "choices": [{"index": 0, "delta": {"content": "answer."}, "finish_reason": "stop"}]})));
        let r = acc.finish();
        let msg = r.message().unwrap();
        let chunks = msg.content.as_ref().unwrap().chunks().unwrap();
        assert_eq!(chunks.len(), 2);
        let ContentChunk::Thinking(t) = &chunks[0] else {
            panic!()
        };
        assert_eq!(t.text(), "Let me think.");
        assert_eq!(msg.text(), "The answer.");
    }

    #[test]
    fn several_choices_by_index() {
        let mut acc = StreamAccumulator::new();
        acc.push(&chunk(json!({"id": "x", "model": "m", "choices": [{"index": 1, "delta": {"content": "b"}}, {"index": 0, "delta": {"content": "a"}}]})));
        acc.push(&chunk(json!({"id": "x", "model": "m", "choices": [{"index": 0, "delta": {"content": "A"}, "finish_reason": "stop"}]})));
        let r = acc.finish();
        assert_eq!(r.choices[0].message.as_ref().unwrap().text(), "aA");
        assert_eq!(r.choices[1].message.as_ref().unwrap().text(), "b");
        assert_eq!(r.choices[1].finish_reason, None);
    }
}
