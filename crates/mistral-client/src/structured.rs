//! Structured output: a JSON schema from a Rust type, and the typed value back.

use std::marker::PhantomData;

use mistral_types::conversations::{ConversationEvent, ConversationEventView};
use mistral_types::partial::{Partial, PartialJsonError, PartialJsonReader, SnapshotPacer};
use mistral_types::{
    Arguments, ChatCompletionResponse, CompletionChunk, Conversation, ParseError, ResponseFormat,
    StreamAccumulator,
};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::api::completions::{complete, stream, Completions};
use crate::error::Result;
use crate::meta::{ResponseMeta, WithMeta};
use crate::pipeline::Core;
use crate::stream::{text_delta, ChatStream};

/// A completion with each choice's content parsed into `T`.
#[derive(Debug)]
pub struct Parsed<T> {
    response: WithMeta<ChatCompletionResponse>,
    choices: Vec<std::result::Result<T, ParseError>>,
}

impl<T> Parsed<T> {
    /// The completion as received.
    pub fn response(&self) -> &ChatCompletionResponse {
        &self.response
    }

    /// The response metadata.
    pub fn meta(&self) -> &ResponseMeta {
        self.response.meta()
    }

    /// Every choice's parse result, in the order of the response's `choices`.
    pub fn choices(&self) -> &[std::result::Result<T, ParseError>] {
        &self.choices
    }

    /// The parse result of the choice with this index (with `n` > 1), if there is one.
    pub fn choice(&self, index: u32) -> Option<std::result::Result<&T, &ParseError>> {
        let pos = self.response.choices.iter().position(|c| c.index == index)?;
        self.choices.get(pos).map(std::result::Result::as_ref)
    }

    /// Where choice 0 is (the first choice when none has index 0).
    fn main_position(&self) -> usize {
        self.response
            .choices
            .iter()
            .position(|c| c.index == 0)
            .unwrap_or(0)
    }

    /// The value of choice 0 (of the first choice when none has index 0).
    ///
    /// # Errors
    /// That choice's [`ParseError`] (which says what went wrong and keeps the raw text).
    pub fn value(&self) -> std::result::Result<&T, &ParseError> {
        match self.choices.get(self.main_position()) {
            Some(r) => r.as_ref(),
            None => Err(&NO_CHOICE),
        }
    }

    /// The value of choice 0, owned.
    ///
    /// # Errors
    /// As [`value`](Self::value), converted into [`crate::Error`].
    pub fn into_value(self) -> Result<T> {
        let pos = self.main_position();
        match self.choices.into_iter().nth(pos) {
            Some(r) => r.map_err(Into::into),
            None => Err(ParseError::no_content().into()),
        }
    }

    /// The response and the parsed choices.
    pub fn into_parts(
        self,
    ) -> (
        WithMeta<ChatCompletionResponse>,
        Vec<std::result::Result<T, ParseError>>,
    ) {
        (self.response, self.choices)
    }
}

static NO_CHOICE: std::sync::LazyLock<ParseError> = std::sync::LazyLock::new(ParseError::no_content);

fn parse_all<T: DeserializeOwned>(response: WithMeta<ChatCompletionResponse>) -> Parsed<T> {
    let choices = response.parse_choices();
    Parsed { response, choices }
}

fn with_format<R: Conversation>(request: &R, format: ResponseFormat) -> R {
    let mut r = request.clone();
    *r.response_format_mut() = Some(format);
    r
}

/// `parse`: the strict JSON schema of `T` as the response format, every choice read into `T`.
pub(crate) async fn parse<T, R>(core: &Core<'_>, request: &R) -> Result<Parsed<T>>
where
    T: JsonSchema + DeserializeOwned,
    R: Completions + Conversation,
{
    let request = with_format(request, ResponseFormat::json_schema::<T>());
    Ok(parse_all(complete(core, &request).await?))
}

/// `json`: JSON mode, every choice read into a JSON value.
pub(crate) async fn json<R>(core: &Core<'_>, request: &R) -> Result<Parsed<serde_json::Value>>
where
    R: Completions + Conversation,
{
    let request = with_format(request, ResponseFormat::json_object());
    Ok(parse_all(complete(core, &request).await?))
}

/// `stream_parse` / `stream_partial`: the schema of `T` as the response format, over a stream,
/// with partial values of type `P`.
pub(crate) async fn stream_parse<T, P, R>(core: &Core<'_>, request: &R) -> Result<StructuredStream<T, P>>
where
    T: JsonSchema + DeserializeOwned,
    R: Completions + Conversation,
{
    let request = with_format(request, ResponseFormat::json_schema::<T>());
    let inner = stream(core, &request).await?;
    Ok(StructuredStream {
        inner,
        acc: StreamAccumulator::new(),
        snapshots: Snapshots::new(),
        _t: PhantomData,
    })
}

/// The structured-output methods of a conversational handle (chat, agents), typed with its
/// request: `structured_methods!(Chat, ChatRequest, chat, ".model(\"m\")")` (the last two
/// name the client's method and a builder line, for the examples).
macro_rules! structured_methods {
    ($name:ident, $request:ident, $accessor:ident, $target:literal) => {
        /// Structured output.
        impl $name<'_> {
            /// Structured output: sets `response_format` to the strict JSON schema of `T` (see
            /// [`ResponseFormat::json_schema`](mistral_types::ResponseFormat::json_schema)),
            /// sends, and parses every choice's content into `T`. Thinking chunks are skipped;
            /// a `length` finish reason is reported as truncation.
            ///
            /// ```no_run
            /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
            #[doc = concat!("use mistral::", stringify!($accessor), "::", stringify!($request), ";")]
            /// use mistral::chat::Message;
            /// #[derive(schemars::JsonSchema, serde::Deserialize)]
            /// struct City { name: String, country: String, population: Option<u64> }
            ///
            #[doc = concat!("let req = ", stringify!($request), "::builder()")]
            #[doc = concat!("    ", $target)]
            ///     .messages([Message::user("The largest city in Japan, as JSON.")])
            ///     .build();
            #[doc = concat!("let city: City = client.", stringify!($accessor), "().parse::<City>(&req).await?.into_value()?;")]
            /// # Ok(()) }
            /// ```
            ///
            /// # Errors
            /// As [`complete`](Self::complete). Parse failures are per choice, in the result.
            pub async fn parse<T: ::schemars::JsonSchema + ::serde::de::DeserializeOwned>(
                &self,
                request: &$request,
            ) -> $crate::Result<$crate::Parsed<T>> {
                $crate::structured::parse(&self.core, request).await
            }

            /// JSON mode without a schema: sets `response_format` to `json_object` and parses
            /// each choice into a [`serde_json::Value`]. The prompt must ask for JSON too.
            ///
            /// # Errors
            /// As [`complete`](Self::complete).
            pub async fn json(
                &self,
                request: &$request,
            ) -> $crate::Result<$crate::Parsed<::serde_json::Value>> {
                $crate::structured::json(&self.core, request).await
            }

            /// Structured output over a stream: each text delta as it comes, the value read so
            /// far as a [`serde_json::Value`] whenever it changed
            /// ([`StructuredEvent::Partial`](crate::StructuredEvent::Partial)), then the typed value. For typed partial values,
            /// [`stream_partial`](Self::stream_partial).
            ///
            /// # Errors
            /// As [`stream`](Self::stream).
            pub async fn stream_parse<T: ::schemars::JsonSchema + ::serde::de::DeserializeOwned>(
                &self,
                request: &$request,
            ) -> $crate::Result<$crate::StructuredStream<T>> {
                $crate::structured::stream_parse(&self.core, request).await
            }

            /// As [`stream_parse`](Self::stream_parse), with the partial values typed:
            /// `T::Partial` (every field optional, recursively; `#[derive(mistral::Partial)]`
            /// with the `derive` feature).
            ///
            /// ```no_run
            /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
            #[doc = concat!("use mistral::", stringify!($accessor), "::", stringify!($request), ";")]
            /// use mistral::chat::{Message, StructuredEvent};
            /// use mistral::partial::Partial;
            ///
            /// #[derive(schemars::JsonSchema, serde::Deserialize, Debug, Clone)]
            /// struct Recipe { title: String, steps: Vec<String> }
            /// // What `#[derive(mistral::Partial)]` writes:
            /// #[derive(serde::Deserialize, Debug, Clone)]
            /// struct RecipePartial { title: Option<String>, steps: Option<Vec<String>> }
            /// impl Partial for Recipe { type Partial = RecipePartial; }
            ///
            #[doc = concat!("let req = ", stringify!($request), "::builder()")]
            #[doc = concat!("    ", $target)]
            ///     .messages([Message::user("A pancake recipe.")])
            ///     .build();
            #[doc = concat!("let mut st = client.", stringify!($accessor), "().stream_partial::<Recipe>(&req).await?;")]
            /// while let Some(ev) = st.next().await {
            ///     match ev? {
            ///         StructuredEvent::Partial(p) => println!("so far: {:?}", p.title),
            ///         StructuredEvent::Done { value, .. } => println!("{:?}", value?),
            ///         _ => {}
            ///     }
            /// }
            /// # Ok(()) }
            /// ```
            ///
            /// # Errors
            /// As [`stream`](Self::stream).
            pub async fn stream_partial<T>(
                &self,
                request: &$request,
            ) -> $crate::Result<$crate::StructuredStream<T, <T as ::mistral_types::partial::Partial>::Partial>>
            where
                T: ::schemars::JsonSchema + ::serde::de::DeserializeOwned + ::mistral_types::partial::Partial,
            {
                $crate::structured::stream_parse(&self.core, request).await
            }
        }
    };
}
pub(crate) use structured_methods;

/// What a [`StructuredStream`] yields: for each piece of text its [`Delta`](Self::Delta), then,
/// when the value read so far changed, a [`Partial`](Self::Partial); at the end
/// [`Done`](Self::Done).
#[derive(Debug)]
#[non_exhaustive]
pub enum StructuredEvent<T, P = serde_json::Value> {
    /// A piece of choice 0's JSON text as it arrives (with `n` > 1 the other choices' text
    /// is in the final response: [`ChatCompletionResponse::parse_choices`]).
    Delta(String),
    /// The value read so far, after a delta that changed it (see
    /// [`mistral::partial`](mistral_types::partial) for what shows when): a
    /// `serde_json::Value` from `stream_parse`, `T::Partial` from `stream_partial`. Not sent
    /// once the text stops being JSON (the final value then says why).
    Partial(P),
    /// The end: the whole response (every choice) and the parsed value of choice 0.
    Done {
        /// The folded response.
        response: Box<ChatCompletionResponse>,
        /// Choice 0's value, or why it could not be read (a [`ParseError`] holding the text).
        value: std::result::Result<T, ParseError>,
    },
}

/// A structured-output stream (see [`Chat::stream_parse`](crate::Chat::stream_parse) and
/// [`Chat::stream_partial`](crate::Chat::stream_partial)): `P` is the partial value's type.
///
/// Cost: the text is read once, incrementally ([`PartialJsonReader`], linear). A partial
/// value is built only after a delta that changed what is visible, and building one costs the
/// size of the value so far, so they are paced by a [`SnapshotPacer`]: one after every change
/// while the text is at most 4 KiB, then as a budget of 16 bytes copied per byte read allows
/// (the snapshots' total cost is at most `16 N + 4096 min(D, 4096)` bytes for `N` bytes in
/// `D` deltas: linear). The last change is always shown, before [`Done`](StructuredEvent::Done).
#[derive(Debug)]
pub struct StructuredStream<T, P = serde_json::Value> {
    inner: ChatStream,
    acc: StreamAccumulator,
    snapshots: Snapshots<P>,
    _t: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned, P: DeserializeOwned> StructuredStream<T, P> {
    /// The next delta or partial value, then the final value, then `None`.
    pub async fn next(&mut self) -> Option<Result<StructuredEvent<T, P>>> {
        if let Some(p) = self.snapshots.queued() {
            return Some(Ok(StructuredEvent::Partial(p)));
        }
        if self.snapshots.is_done() {
            return None;
        }
        loop {
            let next = if self.snapshots.is_ended() {
                None
            } else {
                self.inner.next().await
            };
            match next {
                Some(Err(e)) => {
                    self.snapshots.fail();
                    return Some(Err(e));
                }
                Some(Ok(chunk)) => {
                    self.acc.push(&chunk);
                    if let Some(text) = text_delta(&chunk) {
                        self.snapshots.feed(&text);
                        return Some(Ok(StructuredEvent::Delta(text)));
                    }
                }
                None => {
                    if let Some(p) = self.snapshots.end() {
                        return Some(Ok(StructuredEvent::Partial(p)));
                    }
                    let response = std::mem::take(&mut self.acc).finish();
                    let value = match response.choice(0).or_else(|| response.choices.first()) {
                        Some(c) => c.parse_json(),
                        None => Err(ParseError::no_content()),
                    };
                    return Some(Ok(StructuredEvent::Done {
                        response: Box::new(response),
                        value,
                    }));
                }
            }
        }
    }

    /// The reader of choice 0's text: the value so far, borrowed
    /// ([`value`](PartialJsonReader::value)), and where the text stopped being JSON.
    pub fn reader(&self) -> &PartialJsonReader {
        self.snapshots.reader()
    }

    /// Reads to the end and returns choice 0's value.
    ///
    /// # Errors
    /// A stream error, or the parse error of the value.
    pub async fn value(mut self) -> Result<T> {
        while let Some(ev) = self.next().await {
            if let StructuredEvent::Done { value, .. } = ev? {
                return value.map_err(Into::into);
            }
        }
        Err(ParseError::no_content().into())
    }
}

/// Tool-call arguments read as they stream: feed it the chunks of a [`ChatStream`] (choice 0)
/// and read each call's arguments so far, as a `serde_json::Value` or typed (`A::Partial`),
/// with the semantics of [`PartialJsonReader`].
///
/// ```
/// use mistral::chat::PartialToolCalls;
/// use mistral::CompletionChunk;
///
/// let chunk: CompletionChunk = serde_json::from_str(r#"{"id": "x", "model": "m", "choices": [{"index": 0,
///     "delta": {"tool_calls": [{"index": 0, "function": {"name": "weather", "arguments": "{\"city\": \"Par"}}]}}]}"#)?;
/// let mut calls = PartialToolCalls::new();
/// assert_eq!(calls.push(&chunk), vec![0]);
/// assert_eq!(calls.name(0), Some("weather"));
/// assert_eq!(calls.value(0), Some(&serde_json::json!({"city": "Par"})));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct PartialToolCalls {
    calls: CallReaders,
}

/// The arguments of several calls read as they stream, keyed by an index (chat: the tool
/// call's `index`; conversations: the output index): the one core of [`PartialToolCalls`] and
/// [`PartialFunctionCalls`].
#[derive(Debug, Default)]
struct CallReaders {
    calls: Vec<PartialCall>,
}

#[derive(Debug)]
struct PartialCall {
    index: u32,
    id: String,
    name: String,
    reader: PartialJsonReader,
}

impl CallReaders {
    /// Reads a piece of call `index`'s arguments (and its id and name, kept from the first
    /// piece that has them); returns whether the arguments so far changed.
    fn feed(&mut self, index: u32, id: &str, name: &str, arguments: &str) -> bool {
        let slot = match self.calls.iter().position(|c| c.index == index) {
            Some(i) => i,
            None => {
                self.calls.push(PartialCall {
                    index,
                    id: String::new(),
                    name: String::new(),
                    reader: PartialJsonReader::new(),
                });
                self.calls.len() - 1
            }
        };
        let c = &mut self.calls[slot];
        if c.id.is_empty() {
            id.clone_into(&mut c.id);
        }
        if c.name.is_empty() {
            name.clone_into(&mut c.name);
        }
        // Arguments that stop being JSON stop changing (the error says where).
        matches!(c.reader.feed(arguments), Ok(true))
    }

    fn get(&self, index: u32) -> Option<&PartialCall> {
        self.calls.iter().find(|c| c.index == index)
    }

    fn name(&self, index: u32) -> Option<&str> {
        self.get(index).map(|c| c.name.as_str()).filter(|n| !n.is_empty())
    }

    fn id(&self, index: u32) -> Option<&str> {
        self.get(index).map(|c| c.id.as_str()).filter(|n| !n.is_empty())
    }

    fn index_of(&self, id: &str) -> Option<u32> {
        self.calls
            .iter()
            .find(|c| c.id == id && !id.is_empty())
            .map(|c| c.index)
    }

    fn indexes(&self) -> impl Iterator<Item = u32> + '_ {
        self.calls.iter().map(|c| c.index)
    }

    fn value(&self, index: u32) -> Option<&serde_json::Value> {
        self.get(index)?.reader.value()
    }

    fn args<A: Partial>(&self, index: u32) -> Option<A::Partial> {
        self.get(index)?.reader.partial()
    }

    fn error(&self, index: u32) -> Option<&PartialJsonError> {
        self.get(index)?.reader.error()
    }

    fn reader(&self, index: u32) -> Option<&PartialJsonReader> {
        self.get(index).map(|c| &c.reader)
    }
}

/// The accessors of a type whose `calls` field is a [`CallReaders`] (`$what` names the key).
macro_rules! call_accessors {
    ($what:literal) => {
        #[doc = concat!("The function name of the call at ", $what, ", once known.")]
        pub fn name(&self, index: u32) -> Option<&str> {
            self.calls.name(index)
        }

        #[doc = concat!("The tool call id of the call at ", $what, ", once known.")]
        pub fn id(&self, index: u32) -> Option<&str> {
            self.calls.id(index)
        }

        #[doc = concat!("The ", $what, " of the call with this tool call id.")]
        pub fn index_of(&self, tool_call_id: &str) -> Option<u32> {
            self.calls.index_of(tool_call_id)
        }

        #[doc = concat!("Every call's ", $what, ", in the order they began.")]
        pub fn indexes(&self) -> impl Iterator<Item = u32> + '_ {
            self.calls.indexes()
        }

        #[doc = concat!("The arguments of the call at ", $what, " read so far (`None` before they begin).")]
        pub fn value(&self, index: u32) -> Option<&serde_json::Value> {
            self.calls.value(index)
        }

        #[doc = concat!("The arguments of the call at ", $what, " read so far, typed (`None` before they \
                         begin or when they do not fit `A::Partial`).")]
        pub fn args<A: Partial>(&self, index: u32) -> Option<A::Partial> {
            self.calls.args::<A>(index)
        }

        #[doc = concat!("Where the arguments of the call at ", $what, " stopped being JSON, if they did.")]
        pub fn error(&self, index: u32) -> Option<&PartialJsonError> {
            self.calls.error(index)
        }

        #[doc = concat!("The reader of the arguments of the call at ", $what, " (to pace snapshots with \
                         a [`SnapshotPacer`](mistral_types::partial::SnapshotPacer)).")]
        pub fn reader(&self, index: u32) -> Option<&PartialJsonReader> {
            self.calls.reader(index)
        }
    };
}

impl PartialToolCalls {
    /// No calls yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads the tool-call deltas of `chunk`'s choice 0; returns the indexes of the calls
    /// whose arguments so far changed.
    pub fn push(&mut self, chunk: &CompletionChunk) -> Vec<u32> {
        let mut changed = Vec::new();
        let Some(choice) = chunk.choices.iter().find(|c| c.index == 0) else {
            return changed;
        };
        for (pos, call) in choice.delta.tool_calls.iter().flatten().enumerate() {
            let index = call.index.unwrap_or(pos as u32);
            let object;
            let args = match &call.function.arguments {
                Arguments::Json(s) => s.as_str(),
                Arguments::Object(m) => {
                    object = serde_json::Value::Object(m.clone()).to_string();
                    object.as_str()
                }
            };
            let id = call.id.as_deref().unwrap_or_default();
            if self.calls.feed(index, id, &call.function.name, args) && !changed.contains(&index) {
                changed.push(index);
            }
        }
        changed
    }

    call_accessors!("tool-call index `index`");
}

/// Function-call arguments of a conversation read as they stream: feed it the events of a
/// [`ConversationStream`](crate::api::conversations::ConversationStream)
/// (`function.call.delta`, owned or as views; other events are skipped) and read each call's
/// arguments so far, keyed by its output index (or found by tool call id), as a
/// `serde_json::Value` or typed (`A::Partial`), with the semantics of [`PartialJsonReader`].
/// The same reading as chat's [`PartialToolCalls`].
///
/// ```
/// use mistral::conversations::{ConversationEvent, PartialFunctionCalls};
///
/// let event = ConversationEvent::parse(Some("function.call.delta"), r#"{"type": "function.call.delta",
///     "output_index": 1, "id": "fc_1", "name": "weather", "tool_call_id": "call_9",
///     "arguments": "{\"city\": \"Par"}"#)?;
/// let mut calls = PartialFunctionCalls::new();
/// assert_eq!(calls.push(&event), Some(1));
/// assert_eq!(calls.name(1), Some("weather"));
/// assert_eq!(calls.index_of("call_9"), Some(1));
/// assert_eq!(calls.value(1), Some(&serde_json::json!({"city": "Par"})));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct PartialFunctionCalls {
    calls: CallReaders,
}

impl PartialFunctionCalls {
    /// No calls yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads `event` if it is a `function.call.delta`; returns the output index of the call
    /// when its arguments so far changed.
    pub fn push(&mut self, event: &ConversationEvent) -> Option<u32> {
        match event {
            ConversationEvent::FunctionCallDelta(d) => {
                let index = d.output_index;
                self.calls
                    .feed(index, &d.tool_call_id, &d.name, &d.arguments)
                    .then_some(index)
            }
            _ => None,
        }
    }

    /// As [`push`](Self::push), for an event read borrowed.
    pub fn push_view(&mut self, event: &ConversationEventView<'_>) -> Option<u32> {
        match event {
            ConversationEventView::FunctionCallDelta(d) => {
                let index = d.output_index;
                self.calls
                    .feed(index, &d.tool_call_id, &d.name, &d.arguments)
                    .then_some(index)
            }
            ConversationEventView::Event(e) => self.push(e),
            _ => None,
        }
    }

    call_accessors!("output index `index`");
}

/// The partial values of a structured stream (chat's, a conversation's, a response's): the
/// text read once, incrementally; after a delta that changed the value, a partial value queued
/// (paced by the [`SnapshotPacer`]); at the end, the last change the pacer held back. The
/// streams differ only in where their text comes from and what their end holds.
#[derive(Debug)]
pub(crate) struct Snapshots<P> {
    reader: PartialJsonReader,
    pacer: SnapshotPacer,
    /// The partial value to yield after the delta just yielded.
    queued: Option<P>,
    /// The text ended (the last partial value, if unshown, was yielded).
    ended: bool,
    /// The final value was yielded (or an error): nothing more.
    done: bool,
}

impl<P> Snapshots<P> {
    pub(crate) fn new() -> Self {
        Snapshots {
            reader: PartialJsonReader::new(),
            pacer: SnapshotPacer::new(),
            queued: None,
            ended: false,
            done: false,
        }
    }

    /// The partial value queued after the last delta, to yield before reading on.
    pub(crate) fn queued(&mut self) -> Option<P> {
        self.queued.take()
    }

    /// Whether the stream yielded its end (or an error) already.
    pub(crate) fn is_done(&self) -> bool {
        self.done
    }

    /// Whether the text ended (the source is not to be read again).
    pub(crate) fn is_ended(&self) -> bool {
        self.ended
    }

    /// The source failed: the stream ends with its error.
    pub(crate) fn fail(&mut self) {
        self.done = true;
    }

    /// The reader of the text.
    pub(crate) fn reader(&self) -> &PartialJsonReader {
        &self.reader
    }
}

impl<P: DeserializeOwned> Snapshots<P> {
    /// Reads a piece of text, queueing a partial value when it changed the value and the
    /// pacer allows one. Text that is not JSON ends the partial values; the final parse
    /// reports it with the whole text.
    pub(crate) fn feed(&mut self, delta: &str) {
        if let Ok(true) = self.reader.feed(delta) {
            if self.pacer.due(&self.reader) {
                self.queued = self.reader.partial();
            }
        }
    }

    /// The text ended: the last change the pacer held back, if any, to yield first (the
    /// final partial value shows everything read); else `None`, and the stream is done (the
    /// caller yields its final value).
    pub(crate) fn end(&mut self) -> Option<P> {
        if !self.ended {
            self.ended = true;
            if self.reader.error().is_none() && self.pacer.pending(&self.reader) {
                self.pacer.taken(&self.reader);
                if let Some(p) = self.reader.partial() {
                    return Some(p);
                }
            }
        }
        self.done = true;
        None
    }
}

/// Structured output over a conversation stream (the request's `completion_args` carry the
/// response format: [`ResponseFormat::json_schema`]).
impl crate::api::conversations::ConversationStream {
    /// The output text read as JSON while it streams: each text delta, the value so far as a
    /// [`serde_json::Value`] whenever it changed, then the text parsed into `T`.
    pub fn stream_parse<T: DeserializeOwned>(self) -> ConversationStructuredStream<T> {
        ConversationStructuredStream::new(self)
    }

    /// As [`stream_parse`](Self::stream_parse), with typed partial values (`T::Partial`).
    pub fn stream_partial<T: DeserializeOwned + Partial>(
        self,
    ) -> ConversationStructuredStream<T, T::Partial> {
        ConversationStructuredStream::new(self)
    }
}

/// What a [`ConversationStructuredStream`] yields.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConversationStructuredEvent<T, P = serde_json::Value> {
    /// A piece of the output text.
    Delta(String),
    /// The value read so far, after a delta that changed it.
    Partial(P),
    /// The end: the whole output text and its value, or why it could not be read.
    Done {
        /// The output text.
        text: String,
        /// The value, or a [`ParseError`] holding the text.
        value: std::result::Result<T, ParseError>,
    },
}

/// A conversation's output text read as structured output while it streams (see
/// [`ConversationStream::stream_parse`](crate::api::conversations::ConversationStream)).
#[derive(Debug)]
pub struct ConversationStructuredStream<T, P = serde_json::Value> {
    inner: crate::api::conversations::ConversationTextStream,
    snapshots: Snapshots<P>,
    text: String,
    _t: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned, P: DeserializeOwned> ConversationStructuredStream<T, P> {
    fn new(stream: crate::api::conversations::ConversationStream) -> Self {
        ConversationStructuredStream {
            inner: stream.text(),
            snapshots: Snapshots::new(),
            text: String::new(),
            _t: PhantomData,
        }
    }

    /// The next delta or partial value, then the final value, then `None`.
    pub async fn next(&mut self) -> Option<Result<ConversationStructuredEvent<T, P>>> {
        if let Some(p) = self.snapshots.queued() {
            return Some(Ok(ConversationStructuredEvent::Partial(p)));
        }
        if self.snapshots.is_done() {
            return None;
        }
        let next = if self.snapshots.is_ended() {
            None
        } else {
            self.inner.next().await
        };
        match next {
            Some(Ok(delta)) => {
                self.text.push_str(&delta);
                self.snapshots.feed(&delta);
                Some(Ok(ConversationStructuredEvent::Delta(delta)))
            }
            Some(Err(e)) => {
                self.snapshots.fail();
                Some(Err(e))
            }
            None => {
                if let Some(p) = self.snapshots.end() {
                    return Some(Ok(ConversationStructuredEvent::Partial(p)));
                }
                let text = std::mem::take(&mut self.text);
                // The same reading (and errors) as a chat message's content.
                let value = match mistral_types::Message::assistant(text.as_str()) {
                    mistral_types::Message::Assistant(m) if !text.is_empty() => m.parse_json(),
                    _ => Err(ParseError::no_content()),
                };
                Some(Ok(ConversationStructuredEvent::Done { text, value }))
            }
        }
    }

    /// The reader of the output text (the value so far, borrowed).
    pub fn reader(&self) -> &PartialJsonReader {
        self.snapshots.reader()
    }

    /// Reads to the end and returns the value.
    ///
    /// # Errors
    /// A stream error, or the parse error of the value.
    pub async fn value(mut self) -> Result<T> {
        while let Some(ev) = self.next().await {
            if let ConversationStructuredEvent::Done { value, .. } = ev? {
                return value.map_err(Into::into);
            }
        }
        Err(ParseError::no_content().into())
    }
}
