//! Streaming chunks and the pure fold that turns them into a complete response.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::chat::content::{Content, ContentChunk, TextChunk, ThinkChunk, ThinkingPart};
use crate::chat::message::{Arguments, AssistantMessage, Role, ToolCall};
use crate::chat::response::{
    lenient_logprobs, ChatChoice, ChatCompletionResponse, ChoiceLogprobs, FinishReason, Usage,
};

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
    /// This chunk's delta for the choice with this index, if it has one. With `n` > 1 the
    /// choices' deltas interleave, each chunk usually holding one choice: the index, not the
    /// place in `choices`, says whose it is.
    pub fn choice(&self, index: u32) -> Option<&StreamChoice> {
        self.choices.iter().find(|c| c.index == index)
    }

    /// Choice 0's content text in this chunk (text chunks only), if any.
    /// [`delta_text_of`](Self::delta_text_of) reads another choice.
    ///
    /// ```
    /// use mistral::chat::CompletionChunk;
    /// let chunk: CompletionChunk = serde_json::from_str(
    ///     r#"{"id":"c","model":"m","choices":[{"index":1,"delta":{"content":"Wh"}}]}"#,
    /// )?;
    /// assert_eq!(chunk.delta_text(), None);
    /// assert_eq!(chunk.delta_text_of(1).as_deref(), Some("Wh"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn delta_text(&self) -> Option<std::borrow::Cow<'_, str>> {
        self.delta_text_of(0)
    }

    /// The content text of the choice with this index in this chunk (text chunks only), if any.
    pub fn delta_text_of(&self, index: u32) -> Option<std::borrow::Cow<'_, str>> {
        concat_texts(
            self.choices
                .iter()
                .filter(|c| c.index == index)
                .map(StreamChoice::delta_text),
        )
    }

    /// Choice 0's finish reason, if this chunk carries one: the choice with index 0, wherever
    /// it is in `choices` (another choice's finish reason is read with
    /// `chunk.choice(i)?.finish_reason`).
    ///
    /// ```
    /// use mistral::chat::{CompletionChunk, FinishReason};
    /// let chunk: CompletionChunk = serde_json::from_str(r#"{"choices": [
    ///     {"index": 1, "delta": {}, "finish_reason": "length"},
    ///     {"index": 0, "delta": {"content": "."}, "finish_reason": "stop"}]}"#)?;
    /// assert_eq!(chunk.finish_reason(), Some(&FinishReason::Stop));
    /// assert_eq!(chunk.choice(1).and_then(|c| c.finish_reason.as_ref()), Some(&FinishReason::Length));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn finish_reason(&self) -> Option<&FinishReason> {
        self.choice(0)?.finish_reason.as_ref()
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
    /// The log probabilities of this delta's tokens, when the request asked for them
    /// (read as leniently as [`ChatChoice::logprobs`]).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_logprobs"
    )]
    pub logprobs: Option<Box<ChoiceLogprobs>>,
    /// The log probabilities of the prompt's tokens (`prompt_logprobs` on the request), read
    /// as leniently.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_logprobs"
    )]
    pub prompt_logprobs: Option<Box<ChoiceLogprobs>>,
}

impl StreamChoice {
    /// This delta's content text (text chunks only), if it has content.
    pub fn delta_text(&self) -> Option<std::borrow::Cow<'_, str>> {
        self.delta.content.as_ref().map(Content::text)
    }
}

/// The texts of the deltas of one choice in one chunk, joined: one choice per index is the
/// rule, but the fold concatenates whatever comes, and the text must say the same.
fn concat_texts<'t>(
    texts: impl Iterator<Item = Option<std::borrow::Cow<'t, str>>>,
) -> Option<std::borrow::Cow<'t, str>> {
    let mut out: Option<std::borrow::Cow<'t, str>> = None;
    for t in texts.flatten() {
        match &mut out {
            None => out = Some(t),
            Some(o) => o.to_mut().push_str(&t),
        }
    }
    out
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
/// Every choice is built by its `index`, whatever the order its deltas come in (with `n` > 1
/// they interleave, one or several per chunk), and the response lists them by index. Per
/// choice, content is concatenated (strings and chunk lists alike, thinking kept apart from
/// text), log probabilities are appended, tool calls are merged by their own `index`, and the
/// last `finish_reason` wins. A placeholder id (`""` or `"null"`) never overwrites a real
/// one, and the last `usage` wins.
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
    logprobs: Option<Box<ChoiceLogprobs>>,
    prompt_logprobs: Option<Box<ChoiceLogprobs>>,
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
        self.push_head(&chunk.id, &chunk.model, chunk.created, chunk.usage.as_deref());
        for sc in &chunk.choices {
            let content = sc.delta.content.as_ref().map(|c| match c {
                Content::Text(t) => ContentRef::Text(t),
                Content::Chunks(cs) => ContentRef::Chunks(cs),
            });
            self.push_choice(
                sc.index,
                content,
                sc.delta.tool_calls.as_deref(),
                sc.finish_reason.as_ref(),
                [sc.logprobs.as_deref(), sc.prompt_logprobs.as_deref()],
            );
        }
    }

    /// Folds one chunk in, read as a borrowed [`ChunkView`]: the same result as
    /// [`push`](Self::push) of the same chunk, without building it.
    pub fn push_view(&mut self, chunk: &ChunkView<'_>) {
        self.push_head(
            chunk.id.as_deref().unwrap_or(""),
            chunk.model.as_deref().unwrap_or(""),
            chunk.created,
            chunk.usage.as_deref(),
        );
        for sc in chunk.choices.iter() {
            let content = sc.delta.content.as_ref().map(|c| match c {
                ContentView::Text(t) => ContentRef::Text(t),
                ContentView::Chunks(cs) => ContentRef::Chunks(cs),
            });
            self.push_choice(
                sc.index,
                content,
                sc.delta.tool_calls.as_deref(),
                sc.finish_reason.as_ref(),
                [sc.logprobs.as_deref(), sc.prompt_logprobs.as_deref()],
            );
        }
    }

    fn push_head(&mut self, id: &str, model: &str, created: Option<u64>, usage: Option<&Usage>) {
        self.chunks_seen += 1;
        if is_placeholder(&self.id) && !is_placeholder(id) {
            id.clone_into(&mut self.id);
        }
        if self.model.is_empty() && !model.is_empty() {
            model.clone_into(&mut self.model);
        }
        if created.is_some() && self.created.is_none() {
            self.created = created;
        }
        if let Some(usage) = usage {
            self.usage = Some(usage.clone());
        }
    }

    fn push_choice(
        &mut self,
        index: u32,
        content: Option<ContentRef<'_>>,
        tool_calls: Option<&[ToolCall]>,
        finish_reason: Option<&FinishReason>,
        [logprobs, prompt_logprobs]: [Option<&ChoiceLogprobs>; 2],
    ) {
        let pos = match self.choices.iter().position(|c| c.index == index) {
            Some(p) => p,
            None => {
                self.choices.push(ChoiceAcc {
                    index,
                    ..Default::default()
                });
                self.choices.len() - 1
            }
        };
        let acc = &mut self.choices[pos];
        if let Some(content) = content {
            acc.saw_content = true;
            match content {
                ContentRef::Text(t) => push_text(&mut acc.content, t),
                ContentRef::Chunks(cs) => {
                    for c in cs {
                        push_chunk(&mut acc.content, c);
                    }
                }
            }
        }
        for (i, tc) in tool_calls.into_iter().flatten().enumerate() {
            merge_tool_call(&mut acc.tool_calls, tc, i);
        }
        if let Some(r) = finish_reason {
            acc.finish_reason = Some(r.clone());
        }
        for (lp, into) in [
            (logprobs, &mut acc.logprobs),
            (prompt_logprobs, &mut acc.prompt_logprobs),
        ] {
            if let Some(lp) = lp {
                match into {
                    Some(all) => all.extend(lp),
                    None => *into = Some(Box::new(lp.clone())),
                }
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
                    logprobs: c.logprobs,
                    prompt_logprobs: c.prompt_logprobs,
                }
            })
            .collect();
        choices.sort_by_key(|c| c.index);
        ChatCompletionResponse {
            id: self.id,
            object: Some("chat.completion".to_owned()),
            model: self.model,
            created: self.created,
            usage: self.usage.map(Box::new),
            choices,
        }
    }
}

/// Content as the fold reads it, from either chunk type.
enum ContentRef<'a> {
    Text(&'a str),
    Chunks(&'a [ContentChunk]),
}

/// A [`CompletionChunk`] read with its strings borrowed from the event's text: what a fold
/// needs (the text, thinking, tool-call and log-probability deltas of every choice, finish
/// reasons, usage, id and model), at
/// a fraction of the allocations. It accepts and refuses exactly what `CompletionChunk` does
/// (the fields it does not keep are checked for their type, not stored). Read a stream's
/// chunks with a [`ChunkReader`] to parse only what changes from one to the next.
///
/// ```
/// use mistral::chat::{ChunkView, StreamAccumulator};
///
/// let data = r#"{"id":"c1","model":"m","choices":[{"index":0,"delta":{"content":"Hel"}}]}"#;
/// let view: ChunkView<'_> = serde_json::from_str(data)?;
/// assert_eq!(view.delta_text().as_deref(), Some("Hel"));
/// let mut acc = StreamAccumulator::new();
/// acc.push_view(&view);
/// assert_eq!(acc.finish().text(), "Hel");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct ChunkView<'a> {
    /// The completion id (`None` when absent or `null`).
    #[serde(borrow, default, deserialize_with = "opt_cow")]
    pub id: Option<std::borrow::Cow<'a, str>>,
    /// Checked, not kept.
    #[serde(borrow, default, rename = "object", deserialize_with = "opt_cow")]
    _object: Option<std::borrow::Cow<'a, str>>,
    /// Unix seconds.
    #[serde(default)]
    pub created: Option<u64>,
    /// The model (`None` when absent or `null`).
    #[serde(borrow, default, deserialize_with = "opt_cow")]
    pub model: Option<std::borrow::Cow<'a, str>>,
    /// Token usage, on the last chunk (boxed, as in `CompletionChunk`: inline it would make
    /// every view three times larger to move through parsing).
    #[serde(default)]
    pub usage: Option<Box<Usage>>,
    /// The deltas.
    #[serde(borrow, default)]
    pub choices: ChoicesView<'a>,
}

impl<'a> ChunkView<'a> {
    /// This chunk's delta for the choice with this index, as [`CompletionChunk::choice`].
    pub fn choice(&self, index: u32) -> Option<&ChoiceView<'a>> {
        self.choices.iter().find(|c| c.index == index)
    }

    /// Choice 0's content text in this chunk (text chunks only), as
    /// [`CompletionChunk::delta_text`].
    pub fn delta_text(&self) -> Option<std::borrow::Cow<'_, str>> {
        self.delta_text_of(0)
    }

    /// The content text of the choice with this index (text chunks only), as
    /// [`CompletionChunk::delta_text_of`].
    pub fn delta_text_of(&self, index: u32) -> Option<std::borrow::Cow<'_, str>> {
        concat_texts(
            self.choices
                .iter()
                .filter(|c| c.index == index)
                .map(ChoiceView::delta_text),
        )
    }

    /// Choice 0's finish reason, if this chunk carries one, as
    /// [`CompletionChunk::finish_reason`].
    pub fn finish_reason(&self) -> Option<&FinishReason> {
        self.choice(0)?.finish_reason.as_ref()
    }

    /// Whether some choice has a finish reason.
    pub fn finishes(&self) -> bool {
        self.choices.iter().any(|c| c.finish_reason.is_some())
    }

    /// Whether the chunk has neither an id nor choices (an error payload, or not a chunk).
    pub fn is_empty_shell(&self) -> bool {
        self.choices.is_empty() && self.id.as_deref().unwrap_or("").is_empty()
    }
}

/// Reads the chunk payloads of one stream into [`ChunkView`]s ([`read`](Self::read)) or
/// [`CompletionChunk`]s ([`read_chunk`](Self::read_chunk)), parsing only what changes from
/// chunk to chunk.
///
/// A stream's chunks repeat everything around the choices (`{"id":…,"model":…,"choices":[`
/// before, `],"object":…,"created":…,"usage":null}` after) and differ in one choice's delta.
/// Once a chunk has been read whole, the next one that starts and ends with the same bytes and
/// holds a single choice between them has only that choice parsed; the id, model, creation
/// time and usage are those already read from the same bytes. The result is what
/// [`serde_json::from_str`] would give (JSON reads a `[` the same way whatever comes next, and
/// the bytes after the array were read after a complete value before), and anything else (a
/// new head, several choices, a choice that does not parse) is read whole, with its errors.
/// The one difference: serde_json's nesting limit counts from the choice, not the chunk.
///
/// ```
/// use mistral::chat::ChunkReader;
///
/// let mut reader = ChunkReader::new();
/// let mut text = String::new();
/// for data in [
///     r#"{"id":"c1","model":"m","choices":[{"index":0,"delta":{"content":"Hel"}}],"usage":null}"#,
///     r#"{"id":"c1","model":"m","choices":[{"index":0,"delta":{"content":"lo"}}],"usage":null}"#,
/// ] {
///     let view = reader.read(data)?;
///     assert_eq!(view.model.as_deref(), Some("m"));
///     text.push_str(&view.delta_text().unwrap_or_default());
/// }
/// assert_eq!(text, "Hello");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct ChunkReader {
    frame: Frame,
    /// Chunks read whole in a row while a frame was known: a stream whose heads always
    /// differ stops paying for the check.
    misses: u8,
}

/// What surrounds the single choice of the last chunk read whole, and what it held.
#[derive(Debug, Default)]
struct Frame {
    /// Whether the fields below describe the last chunk read whole (not before the first, nor
    /// after one with several choices or none).
    known: bool,
    head: String,
    tail: String,
    id: Option<String>,
    object: Option<String>,
    model: Option<String>,
    created: Option<u64>,
    usage: Option<Box<Usage>>,
}

/// A chunk read whole as [`ChunkView`] and [`CompletionChunk`] read it (a `null` or absent
/// string is `None` here, `""` there), with the choices left raw so that where they lie is
/// known.
#[derive(Deserialize)]
struct Located<'a> {
    #[serde(borrow, default, deserialize_with = "opt_cow")]
    id: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "opt_cow")]
    object: Option<std::borrow::Cow<'a, str>>,
    #[serde(default)]
    created: Option<u64>,
    #[serde(borrow, default, deserialize_with = "opt_cow")]
    model: Option<std::borrow::Cow<'a, str>>,
    #[serde(default)]
    usage: Option<Box<Usage>>,
    #[serde(borrow, default)]
    choices: Option<&'a serde_json::value::RawValue>,
}

/// After this many chunks in a row read whole, a reader stops looking for a repeated frame.
const MAX_MISSES: u8 = 8;

impl ChunkReader {
    /// A reader that has seen no chunk.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads one chunk payload (an event's `data`).
    ///
    /// # Errors
    /// The payload is not a chunk's JSON (the same error as [`serde_json::from_str`] into
    /// [`ChunkView`], but for its position).
    pub fn read<'a>(&'a mut self, data: &'a str) -> Result<ChunkView<'a>, serde_json::Error> {
        let Some(choice) = self.framed_choice::<ChoiceView<'a>>(data) else {
            return self.read_whole(data);
        };
        let f = &self.frame;
        Ok(ChunkView {
            id: f.id.as_deref().map(std::borrow::Cow::Borrowed),
            _object: f.object.as_deref().map(std::borrow::Cow::Borrowed),
            created: f.created,
            model: f.model.as_deref().map(std::borrow::Cow::Borrowed),
            usage: f.usage.clone(),
            choices: ChoicesView {
                first: Some(choice),
                rest: Vec::new(),
            },
        })
    }

    /// Reads one chunk payload as an owned [`CompletionChunk`], the same way: what
    /// [`serde_json::from_str`] into `CompletionChunk` gives, with only the choice parsed when
    /// the payload repeats the frame of the chunk read before it.
    ///
    /// # Errors
    /// As [`serde_json::from_str`] into [`CompletionChunk`] (but for the error's position).
    pub fn read_chunk(&mut self, data: &str) -> Result<CompletionChunk, serde_json::Error> {
        if let Some(choice) = self.framed_choice::<StreamChoice>(data) {
            let f = &self.frame;
            return Ok(CompletionChunk {
                id: f.id.clone().unwrap_or_default(),
                object: f.object.clone(),
                created: f.created,
                model: f.model.clone().unwrap_or_default(),
                usage: f.usage.clone(),
                choices: vec![choice],
            });
        }
        if !self.keep_looking() {
            return serde_json::from_str(data);
        }
        let (located, choices) = self.locate(
            data,
            |raw| {
                Ok(raw
                    .map(serde_json::from_str::<Option<Vec<StreamChoice>>>)
                    .transpose()?
                    .flatten()
                    .unwrap_or_default())
            },
            |cs: &Vec<StreamChoice>| cs.len() == 1,
        )?;
        Ok(CompletionChunk {
            id: located.id.map(std::borrow::Cow::into_owned).unwrap_or_default(),
            object: located.object.map(std::borrow::Cow::into_owned),
            created: located.created,
            model: located
                .model
                .map(std::borrow::Cow::into_owned)
                .unwrap_or_default(),
            usage: located.usage,
            choices,
        })
    }

    /// Reads `data` whole, and notes its frame for the chunks after it.
    fn read_whole<'a>(&mut self, data: &'a str) -> Result<ChunkView<'a>, serde_json::Error> {
        if !self.keep_looking() {
            return serde_json::from_str(data);
        }
        let (located, choices) = self.locate(
            data,
            |raw| raw.map_or_else(|| Ok(ChoicesView::default()), serde_json::from_str),
            |cs: &ChoicesView<'_>| cs.first.is_some() && cs.rest.is_empty(),
        )?;
        Ok(ChunkView {
            id: located.id,
            _object: located.object,
            created: located.created,
            model: located.model,
            usage: located.usage,
            choices,
        })
    }

    /// The choice of `data` when `data` repeats the known frame around one choice that parses.
    fn framed_choice<'a, T: Deserialize<'a>>(&mut self, data: &'a str) -> Option<T> {
        let choice = serde_json::from_str(self.frame.choice_of(data)?).ok()?;
        self.misses = 0;
        Some(choice)
    }

    /// Notes a chunk read whole; whether frames are still worth looking for.
    fn keep_looking(&mut self) -> bool {
        if self.frame.known {
            self.misses += 1;
        }
        self.frame.known = false;
        self.misses < MAX_MISSES
    }

    /// Reads `data` whole, its choices with `choices` (from their raw text), and keeps its
    /// frame when `single` says the choices are one.
    fn locate<'a, C>(
        &mut self,
        data: &'a str,
        choices: impl FnOnce(Option<&'a str>) -> Result<C, serde_json::Error>,
        single: impl FnOnce(&C) -> bool,
    ) -> Result<(Located<'a>, C), serde_json::Error> {
        let located: Located<'a> = serde_json::from_str(data)?;
        let raw = located.choices.map(serde_json::value::RawValue::get);
        let parsed = choices(raw)?;
        if let Some((head, tail)) = raw.filter(|_| single(&parsed)).and_then(|raw| split(data, raw)) {
            let f = &mut self.frame;
            f.head.clear();
            f.head.push_str(head);
            f.tail.clear();
            f.tail.push_str(tail);
            f.id = located.id.as_deref().map(str::to_owned);
            f.object = located.object.as_deref().map(str::to_owned);
            f.model = located.model.as_deref().map(str::to_owned);
            f.created = located.created;
            f.usage.clone_from(&located.usage);
            f.known = true;
        }
        Ok((located, parsed))
    }
}

/// `data` up to and including the `[` that opens `array` (a slice of it), and from the `]`
/// that closes it to the end.
fn split<'d>(data: &'d str, array: &str) -> Option<(&'d str, &'d str)> {
    let start = (array.as_ptr() as usize).checked_sub(data.as_ptr() as usize)?;
    let end = start.checked_add(array.len())?;
    let head = data.get(..=start).filter(|h| h.ends_with('['))?;
    let tail = data.get(end.checked_sub(1)?..).filter(|t| t.starts_with(']'))?;
    Some((head, tail))
}

impl Frame {
    /// What lies between this frame's head and tail in `data`, when `data` has both.
    fn choice_of<'d>(&self, data: &'d str) -> Option<&'d str> {
        if !self.known
            || data.len() < self.head.len() + self.tail.len()
            || !data.starts_with(&self.head)
            || !data.ends_with(&self.tail)
        {
            return None;
        }
        data.get(self.head.len()..data.len() - self.tail.len())
    }
}

/// An optional string, borrowed from the input when it has no escapes (serde's own
/// `Option<Cow<str>>` always copies).
pub(crate) fn opt_cow<'de: 'a, 'a, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<std::borrow::Cow<'a, str>>, D::Error> {
    struct V<'a>(std::marker::PhantomData<&'a ()>);
    impl<'de: 'a, 'a> serde::de::Visitor<'de> for V<'a> {
        type Value = Option<std::borrow::Cow<'a, str>>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string or null")
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_str(self)
        }
        fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
            Ok(Some(std::borrow::Cow::Borrowed(s)))
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
            Ok(Some(std::borrow::Cow::Owned(s.to_owned())))
        }
        fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Self::Value, E> {
            Ok(Some(std::borrow::Cow::Owned(s)))
        }
    }
    d.deserialize_option(V(std::marker::PhantomData))
}

/// The choices of a [`ChunkView`]: the first kept inline (the usual single choice costs no
/// allocation), any others in a `Vec`. `null` reads as none.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChoicesView<'a> {
    first: Option<ChoiceView<'a>>,
    rest: Vec<ChoiceView<'a>>,
}

impl<'a> ChoicesView<'a> {
    /// The first choice in the chunk, whatever its index (see [`ChunkView::choice`] for a
    /// choice by index).
    pub fn first(&self) -> Option<&ChoiceView<'a>> {
        self.first.as_ref()
    }

    /// Every choice, in order.
    pub fn iter(&self) -> impl Iterator<Item = &ChoiceView<'a>> {
        self.first.iter().chain(self.rest.iter())
    }

    /// Whether there is no choice.
    pub fn is_empty(&self) -> bool {
        self.first.is_none()
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for ChoicesView<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for V<'a> {
            type Value = ChoicesView<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a list of choices")
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(ChoicesView::default())
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(ChoicesView::default())
            }
            fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                d.deserialize_seq(self)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = ChoicesView {
                    first: seq.next_element()?,
                    rest: Vec::new(),
                };
                if out.first.is_some() {
                    while let Some(c) = seq.next_element()? {
                        out.rest.push(c);
                    }
                }
                Ok(out)
            }
        }
        d.deserialize_option(V(std::marker::PhantomData))
    }
}

/// One choice of a [`ChunkView`].
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct ChoiceView<'a> {
    /// The choice's index.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub index: u32,
    /// What is new in this chunk.
    #[serde(borrow, default)]
    pub delta: DeltaView<'a>,
    /// Set on the choice's last chunk.
    #[serde(default)]
    pub finish_reason: Option<FinishReason>,
    /// The log probabilities of this delta's tokens (owned: they are rare).
    #[serde(default, deserialize_with = "lenient_logprobs")]
    pub logprobs: Option<Box<ChoiceLogprobs>>,
    /// The prompt's log probabilities (`prompt_logprobs` on the request).
    #[serde(default, deserialize_with = "lenient_logprobs")]
    pub prompt_logprobs: Option<Box<ChoiceLogprobs>>,
}

impl ChoiceView<'_> {
    /// This delta's content text (text chunks only), as [`StreamChoice::delta_text`].
    pub fn delta_text(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self.delta.content.as_ref()? {
            ContentView::Text(t) => Some(std::borrow::Cow::Borrowed(t)),
            ContentView::Chunks(cs) => {
                let mut out = String::new();
                for c in cs {
                    if let ContentChunk::Text(t) = c {
                        out.push_str(&t.text);
                    }
                }
                Some(std::borrow::Cow::Owned(out))
            }
        }
    }
}

/// The delta of a [`ChoiceView`]: content borrowed, tool calls owned (they are rare).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeltaView<'a> {
    /// New content.
    pub content: Option<ContentView<'a>>,
    /// Tool calls.
    pub tool_calls: Option<Vec<ToolCall>>,
}

impl<'de: 'a, 'a> Deserialize<'de> for DeltaView<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Every field of `Delta`, so that what one refuses the other refuses too.
        #[derive(Deserialize)]
        struct Raw<'a> {
            #[serde(default)]
            #[allow(dead_code)]
            role: Option<Role>,
            #[serde(borrow, default)]
            content: Option<ContentView<'a>>,
            #[serde(default)]
            tool_calls: Option<Vec<ToolCall>>,
            #[serde(borrow, default, deserialize_with = "opt_cow")]
            #[allow(dead_code)]
            tool_call_id: Option<std::borrow::Cow<'a, str>>,
            #[serde(default)]
            #[allow(dead_code)]
            index: Option<u32>,
            #[serde(default)]
            #[allow(dead_code)]
            metadata: Option<Box<Map<String, Value>>>,
        }
        let raw: Option<Raw<'a>> = Option::deserialize(d)?;
        Ok(raw.map_or_else(DeltaView::default, |r| DeltaView {
            content: r.content,
            tool_calls: r.tool_calls,
        }))
    }
}

/// The content of a [`DeltaView`]: a borrowed string (owned only when it had escapes), or
/// typed chunks.
#[derive(Clone, Debug, PartialEq)]
pub enum ContentView<'a> {
    /// Plain text.
    Text(std::borrow::Cow<'a, str>),
    /// Typed chunks (thinking from reasoning models).
    Chunks(Vec<ContentChunk>),
}

impl<'de: 'a, 'a> Deserialize<'de> for ContentView<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for V<'a> {
            type Value = ContentView<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string or a list of content chunks")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
                Ok(ContentView::Text(std::borrow::Cow::Borrowed(s)))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Ok(ContentView::Text(std::borrow::Cow::Owned(s.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Self::Value, E> {
                Ok(ContentView::Text(std::borrow::Cow::Owned(s)))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(2).min(64));
                while let Some(c) = seq.next_element()? {
                    out.push(c);
                }
                Ok(ContentView::Chunks(out))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
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
    fn views_borrow_their_strings() {
        use std::borrow::Cow;
        let data = r#"{"id":"c","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{"content":"hi","tool_call_id":"t"}}]}"#;
        let v: ChunkView<'_> = serde_json::from_str(data).unwrap();
        assert!(matches!(v.id, Some(Cow::Borrowed("c"))));
        assert!(matches!(v.model, Some(Cow::Borrowed("m"))));
        let delta = &v.choices.first().unwrap().delta;
        assert!(matches!(
            delta.content,
            Some(ContentView::Text(Cow::Borrowed("hi")))
        ));
        // Escapes make an owned string; `null` is none.
        let v: ChunkView<'_> =
            serde_json::from_str(r#"{"id":null,"choices":[{"delta":{"content":"a\nb"}}]}"#).unwrap();
        assert_eq!(v.id, None);
        assert!(matches!(&v.choices.first().unwrap().delta.content,
            Some(ContentView::Text(Cow::Owned(t))) if t == "a\nb"));
        assert!(serde_json::from_str::<ChunkView<'_>>(r#"{"id":1}"#).is_err());
    }

    /// Chunk payloads from small pools, so that heads and tails repeat and change.
    fn payload() -> impl proptest::strategy::Strategy<Value = Parts> {
        use proptest::prelude::*;
        let head = prop::sample::select(vec![
            r#"{"id":"c1","model":"m","choices":["#,
            r#"{"id":"c1","object":"chat.completion.chunk","created":7,"model":"m","choices":["#,
            r#"{"id":"c\u0031","model":"m","choices":[ "#,
            r#"{"id":"c2","model":null,"choices":["#,
            r#"{ "model":"m2", "choices" : ["#,
            r#"{"id":"c1","id":"c2","choices":["#,
            r#"{"id":1,"choices":["#,
            r#"{"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3},"choices":["#,
        ]);
        let middle = prop::sample::select(vec![
            r#"{"index":0,"delta":{"content":"a"},"finish_reason":null}"#,
            r#"{"index":0,"delta":{"role":"assistant","content":""}}"#,
            r#"{"index":0,"delta":{"content":"\n\u00e9"},"finish_reason":"stop"}"#,
            r#" {"index":1,"delta":{"content":[{"type":"thinking","thinking":[{"type":"text","text":"t"}]}]}} "#,
            r#"{"index":0,"delta":{"tool_calls":[{"id":"t","function":{"name":"f","arguments":"{}"}}]}}"#,
            r#"{"index":0,"delta":{"content":"a"}},{"index":1,"delta":{"content":"b"}}"#,
            r#"{"index":0,"delta":null,"finish_reason":"length"}"#,
            r#"{"index":"x"}"#,
            r#"{"index":0,"delta":{"content":5}}"#,
            r#"null"#,
            r#""#,
            r#"{"index":0}],"choices":[{"index":1}"#,
            r#"{"index":0,"delta":{"content":"a"}}]}{"x":["#,
            r#"{"index":1,"delta":{"content":"w"},"logprobs":{"content":[{"token":"w","logprob":-0.5,"bytes":[119],"top_logprobs":[]}]}}"#,
            r#"{"index":0,"delta":{"content":"a"},"logprobs":{"content":[{"token":"a","logprob":null,"new":1}],"x":2}}"#,
            r#"{"index":0,"delta":{"content":"a"},"logprobs":{"content":"bad"}}"#,
            r#"{"index":0,"delta":{"content":"a"},"logprobs":7}"#,
            r#"{"index":0,"delta":{"content":"a"},"logprobs":{"content":[{"token":"a","bytes":[300]}]}"#,
        ]);
        let tail = prop::sample::select(vec![
            r#"],"usage":null}"#,
            r#"]}"#,
            r#"],"object":"chat.completion.chunk","created":9,"usage":null}"#,
            r#"],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}"#,
            r#" ] } "#,
            r#"],"id":"again"}"#,
            r#"],"created":"x"}"#,
            r#"],"model":"zz"}"#,
            r#"]"#,
        ]);
        // Most payloads keep the head and the tail of the one before, as a stream's chunks do.
        let keep = prop::bool::weighted(0.7);
        (head, middle, tail, keep, keep)
    }

    type Parts = (&'static str, &'static str, &'static str, bool, bool);

    fn payloads(parts: &[Parts]) -> Vec<String> {
        let (mut head, mut tail) = (parts[0].0, parts[0].2);
        let mut out = Vec::new();
        for &(h, m, t, keep_head, keep_tail) in parts {
            if !keep_head {
                head = h;
            }
            if !keep_tail {
                tail = t;
            }
            out.push(format!("{head}{m}{tail}"));
        }
        out
    }

    proptest::proptest! {
        /// Whatever the sequence, the reader gives what a whole parse of each payload gives,
        /// as views and as owned chunks.
        #[test]
        fn reader_reads_as_a_whole_parse(parts in proptest::collection::vec(payload(), 1..24)) {
            let (mut reader, mut owned) = (ChunkReader::new(), ChunkReader::new());
            for data in &payloads(&parts) {
                let whole = serde_json::from_str::<ChunkView<'_>>(data);
                match (reader.read(data), whole) {
                    (Ok(a), Ok(b)) => proptest::prop_assert_eq!(a, b, "{}", data),
                    (Err(_), Err(_)) => {}
                    (a, b) => proptest::prop_assert!(false, "{data}: reader {a:?}, whole {b:?}"),
                }
                let whole = serde_json::from_str::<CompletionChunk>(data);
                match (owned.read_chunk(data), whole) {
                    (Ok(a), Ok(b)) => proptest::prop_assert_eq!(a, b, "{}", data),
                    (Err(_), Err(_)) => {}
                    (a, b) => proptest::prop_assert!(false, "{data}: owned reader {a:?}, whole {b:?}"),
                }
            }
        }
    }

    #[test]
    fn reader_parses_only_the_choice_of_a_repeated_frame() {
        let mut reader = ChunkReader::new();
        let a = r#"{"id":"c","model":"m","choices":[{"index":0,"delta":{"content":"a"}}],"usage":null}"#;
        let b = r#"{"id":"c","model":"m","choices":[{"index":0,"delta":{"content":"b"}}],"usage":null}"#;
        assert!(!reader.frame.known);
        assert_eq!(reader.read(a).unwrap().delta_text().as_deref(), Some("a"));
        assert!(reader.frame.known);
        assert_eq!(reader.frame.head, r#"{"id":"c","model":"m","choices":["#);
        assert_eq!(reader.frame.tail, r#"],"usage":null}"#);
        let v = reader.read(b).unwrap();
        // Borrowed from the frame, not from the payload: the head was not parsed again.
        let Some(std::borrow::Cow::Borrowed(id)) = v.id else {
            panic!("{:?}", v.id)
        };
        assert!(!b.as_bytes().as_ptr_range().contains(&id.as_ptr()));
        assert_eq!(v.delta_text().as_deref(), Some("b"));
        // Heads that never repeat: after a few misses the reader stops keeping frames.
        for i in 0..20 {
            let data = format!(r#"{{"id":"c{i}","choices":[{{"index":0,"delta":{{"content":"x"}}}}]}}"#);
            assert_eq!(
                reader.read(&data).unwrap().id.as_deref(),
                Some(format!("c{i}").as_str())
            );
        }
        assert_eq!(reader.misses, MAX_MISSES);
        assert!(!reader.frame.known);
    }

    /// A real `n: 2` stream: one choice per chunk, `index` 0 and 1 alternating, each with its
    /// own role chunk, finish reason and log probabilities, usage on the last chunk.
    fn n2_payloads() -> Vec<String> {
        let c = |i: u32, delta: serde_json::Value, finish: Option<&str>, lp: serde_json::Value| {
            json!({"id": "n2", "object": "chat.completion.chunk", "created": 1, "model": "m",
                "choices": [{"index": i, "delta": delta, "finish_reason": finish, "logprobs": lp}], "usage": null})
            .to_string()
        };
        let lp = |t: &str, p: f64| json!({"content": [{"token": t, "logprob": p, "bytes": t.as_bytes(), "top_logprobs": []}]});
        let mut out = vec![
            c(0, json!({"role": "assistant", "content": ""}), None, json!(null)),
            c(1, json!({"role": "assistant", "content": ""}), None, json!(null)),
            c(0, json!({"content": "A"}), None, lp("A", -0.1)),
            c(1, json!({"content": "Wh"}), None, lp("Wh", -0.2)),
            c(0, json!({"content": "ard"}), None, lp("ard", -0.3)),
            c(1, json!({"content": "isp"}), None, lp("isp", -0.4)),
            c(0, json!({"content": "vark"}), Some("stop"), lp("vark", -0.5)),
        ];
        let last = json!({"id": "n2", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": 1, "delta": {"content": "er"}, "finish_reason": "length", "logprobs": lp("er", -0.6)}],
            "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}});
        out.push(last.to_string());
        out
    }

    fn check_n2(r: &ChatCompletionResponse) {
        assert_eq!(r.choices.len(), 2);
        assert_eq!(r.text(), "Aardvark");
        assert_eq!(r.text_of(1), "Whisper");
        assert_eq!(r.choices[0].finish_reason, Some(FinishReason::Stop));
        assert_eq!(r.choices[1].finish_reason, Some(FinishReason::Length));
        let lp0 = r.choices[0].logprobs.as_ref().unwrap();
        let lp1 = r.choices[1].logprobs.as_ref().unwrap();
        assert_eq!(lp0.text(), "Aardvark");
        assert_eq!(lp1.text(), "Whisper");
        let probs: Vec<f64> = lp1.content.iter().map(|t| t.logprob).collect();
        assert_eq!(probs, [-0.2, -0.4, -0.6]);
        assert_eq!(r.usage.as_ref().unwrap().total_tokens, 12);
    }

    #[test]
    fn n2_stream_folds_every_choice_by_index_both_ways() {
        let payloads = n2_payloads();
        // Owned chunks, whole parses.
        let mut acc = StreamAccumulator::new();
        let mut text = String::new();
        for p in &payloads {
            let ch: CompletionChunk = serde_json::from_str(p).unwrap();
            text.push_str(&ch.delta_text().unwrap_or_default());
            acc.push(&ch);
        }
        assert_eq!(text, "Aardvark", "delta_text follows choice 0 only");
        check_n2(&acc.finish());
        // Views through the reader (its fast path parses only the choice of each chunk).
        let (mut reader, mut owned_reader) = (ChunkReader::new(), ChunkReader::new());
        let mut acc = StreamAccumulator::new();
        let (mut t0, mut t1) = (String::new(), String::new());
        for p in &payloads {
            let v = reader.read(p).unwrap();
            t0.push_str(&v.delta_text().unwrap_or_default());
            t1.push_str(&v.delta_text_of(1).unwrap_or_default());
            acc.push_view(&v);
            let ch = owned_reader.read_chunk(p).unwrap();
            assert_eq!(ch, serde_json::from_str::<CompletionChunk>(p).unwrap());
        }
        assert!(reader.frame.known, "the alternating chunks share one frame");
        assert_eq!((t0.as_str(), t1.as_str()), ("Aardvark", "Whisper"));
        check_n2(&acc.finish());
    }

    #[test]
    fn two_choices_in_one_chunk_and_out_of_order() {
        let mut acc = StreamAccumulator::new();
        let mut reader = ChunkReader::new();
        let mut view_acc = StreamAccumulator::new();
        let mut text = String::new();
        for v in [
            json!({"id": "x", "model": "m", "choices": [{"index": 1, "delta": {"content": "Wh"}}, {"index": 0, "delta": {"content": "A"}}]}),
            json!({"id": "x", "model": "m", "choices": [{"index": 1, "delta": {"content": "isper"}, "finish_reason": "stop"}]}),
            json!({"id": "x", "model": "m", "choices": [{"index": 0, "delta": {"content": "ard"}}, {"index": 0, "delta": {"content": "vark"}, "finish_reason": "stop"}]}),
        ] {
            let ch = chunk(v.clone());
            text.push_str(&ch.delta_text().unwrap_or_default());
            acc.push(&ch);
            let data = v.to_string();
            let view = reader.read(&data).unwrap();
            assert_eq!(view.delta_text(), ch.delta_text());
            assert_eq!(view.delta_text_of(1), ch.delta_text_of(1));
            view_acc.push_view(&view);
        }
        assert_eq!(text, "Aardvark");
        let (r, rv) = (acc.finish(), view_acc.finish());
        assert_eq!(r, rv);
        assert_eq!(r.choices.iter().map(|c| c.index).collect::<Vec<_>>(), [0, 1]);
        assert_eq!((r.text(), r.text_of(1)), ("Aardvark".into(), "Whisper".into()));
        assert_eq!(ch_finish(&r, 1), Some(FinishReason::Stop));
    }

    fn ch_finish(r: &ChatCompletionResponse, i: u32) -> Option<FinishReason> {
        r.choice(i)?.finish_reason.clone()
    }

    #[test]
    fn tool_calls_accumulate_per_choice() {
        let mut acc = StreamAccumulator::new();
        // Both choices call a tool, each numbering its calls from 0.
        acc.push(&chunk(
            json!({"id": "t", "model": "m", "choices": [{"index": 0, "delta": {"tool_calls": [
            {"id": "a0", "function": {"name": "f", "arguments": "{\"x\""}, "index": 0}]}}]}),
        ));
        acc.push(&chunk(json!({"id": "t", "model": "m", "choices": [{"index": 1, "delta": {"tool_calls": [
            {"id": "b0", "function": {"name": "g", "arguments": "{}"}, "index": 0}]}, "finish_reason": "tool_calls"}]})));
        acc.push(&chunk(json!({"id": "t", "model": "m", "choices": [{"index": 0, "delta": {"tool_calls": [
            {"id": "null", "function": {"name": "", "arguments": ": 1}"}, "index": 0}]}, "finish_reason": "tool_calls"}]})));
        let r = acc.finish();
        let calls0 = r.choice(0).unwrap().message.as_ref().unwrap().tool_calls();
        let calls1 = r.choice(1).unwrap().message.as_ref().unwrap().tool_calls();
        assert_eq!(calls0.len(), 1);
        assert_eq!(calls0[0].id.as_deref(), Some("a0"));
        assert_eq!(calls0[0].function.arguments, Arguments::Json("{\"x\": 1}".into()));
        assert_eq!(calls1.len(), 1);
        assert_eq!(calls1[0].function.name, "g");
    }

    #[test]
    fn chunk_logprobs_are_lenient() {
        // null, unknown keys, a null logprob, a shape that does not fit: never an error.
        let ch = chunk(json!({"id": "x", "choices": [
            {"index": 0, "delta": {"content": "a"}, "logprobs": null},
            {"index": 1, "delta": {"content": "b"}, "logprobs": {"content": [{"token": "b", "logprob": null, "token_id": 7, "new": true}], "more": 1}},
            {"index": 2, "delta": {"content": "c"}, "logprobs": {"content": "oops", "k": 1}},
            {"index": 3, "delta": {"content": "d"}, "logprobs": [1, 2]}]}));
        assert_eq!(ch.choices[0].logprobs, None);
        let lp = ch.choices[1].logprobs.as_ref().unwrap();
        assert_eq!(lp.content[0].logprob, f64::NEG_INFINITY);
        assert_eq!(lp.content[0].probability(), 0.0);
        assert_eq!(lp.content[0].token_id, Some(7));
        assert_eq!(lp.content[0].extra["new"], json!(true));
        assert_eq!(lp.extra["more"], json!(1));
        let odd = ch.choices[2].logprobs.as_ref().unwrap();
        assert!(odd.content.is_empty());
        assert_eq!(odd.extra, *json!({"k": 1}).as_object().unwrap());
        assert_eq!(ch.choices[3].logprobs, None);
        // The view reads the same.
        let data = serde_json::to_string(&ch).unwrap();
        let back: CompletionChunk = serde_json::from_str(&data).unwrap();
        assert_eq!(back.choices[2].logprobs, ch.choices[2].logprobs);
        let v: ChunkView<'_> = serde_json::from_str(&data).unwrap();
        assert_eq!(v.choice(2).unwrap().logprobs, ch.choices[2].logprobs);
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
