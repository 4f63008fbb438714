//! `EventStream`: the events of a streamed response as typed chunks (`ChatStream` for the
//! chat-format chunks of chat, FIM and agents completions).

use std::future::Future;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use futures_core::Stream;
use http_body::Body as _;
use mistral_types::conversations::{ConversationEvent, ConversationEventView};
use mistral_types::{ChatCompletionResponse, ChunkReader, ChunkView, CompletionChunk, StreamAccumulator};
use tokio::time::{Instant, Sleep};

use crate::error::{Error, Kind, Result, StreamKind, TimeoutPhase};
use crate::meta::ResponseMeta;
use crate::pipeline::{StreamChunk, StreamSummary};
use crate::redact::Secrets;
use crate::sse::{SseEventRef, SseParser};
use crate::transport::Body;

/// After `[DONE]`, at most this much trailing body is read to return the connection to the pool.
const MAX_DRAIN_BYTES: usize = 64 * 1024;
/// After `[DONE]`, a body that has not ended yet is drained off the caller's path for at most
/// this long, then dropped (closing the connection).
const DRAIN_TIMEOUT: Duration = Duration::from_secs(1);

/// A streamed chat, FIM or agents completion: a [`Stream`] of [`CompletionChunk`]s.
pub type ChatStream = EventStream<CompletionChunk>;

/// A stream of server-sent events decoded as `C` (see [`ChatStream`]).
///
/// Reads the body only as it is polled (no task or unbounded buffer of its own; hyper's
/// connection reads ahead only its bounded buffer), so a slow consumer holds memory flat.
///
/// Ends at `data: [DONE]` at once, whatever follows or however long the server holds the body
/// open: when the end of the body is already buffered the connection goes back to the pool;
/// otherwise the rest is drained off the caller's path (a background task, at most 64 KiB and
/// 1 s) and then dropped. A body that ends before `[DONE]` and before any `finish_reason`
/// yields a truncation error ([`Error::is_truncated`]); an error event yields an API error;
/// malformed JSON yields a decode error with the data and the event index. After an error
/// item the stream ends. Dropping it closes the connection.
pub struct EventStream<C> {
    meta: ResponseMeta,
    body: Body,
    parser: SseParser,
    /// Reads each chunk, parsing only the choice of one that repeats the frame before it.
    reader: ChunkReader,
    idle: Option<Duration>,
    last_activity: Instant,
    /// Frames arrived since `last_activity` was taken. The clock is read only when the body
    /// goes quiet (`Pending`), not per frame: that is when the idle wait starts.
    active: bool,
    sleep: Option<Pin<Box<Sleep>>>,
    total: Option<Pin<Box<Sleep>>>,
    state: State,
    events: u64,
    saw_finish: bool,
    /// Credentials to redact from the bodies kept by errors.
    secrets: Secrets,
    /// The call's span: the response fields are recorded when the stream ends.
    trace: Option<Trace>,
    _chunk: std::marker::PhantomData<fn() -> C>,
}

struct Trace {
    span: tracing::Span,
    started: Instant,
    first_chunk: bool,
    summary: StreamSummary,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    Streaming,
    /// `[DONE]` read: the end of the body is looked for during a few scheduler turns (never a
    /// timed wait), so that the connection can go back to the pool.
    Releasing {
        turns: u8,
        drained: usize,
    },
    Done,
}

/// Scheduler turns given to the connection to deliver the end of the body after `[DONE]`:
/// enough for hyper's connection task to read the final chunk on the same runtime, not enough
/// to be a wait anyone notices.
const RELEASE_TURNS: u8 = 4;

impl<C> std::fmt::Debug for EventStream<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventStream")
            .field("status", &self.meta.status())
            .field("events", &self.events)
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

impl<C: StreamChunk> EventStream<C> {
    pub(crate) fn new(
        meta: ResponseMeta,
        body: Body,
        idle: Option<Duration>,
        total_deadline: Option<Instant>,
        max_event_bytes: usize,
        secrets: Secrets,
    ) -> Self {
        EventStream {
            meta,
            body,
            parser: SseParser::new(max_event_bytes),
            reader: ChunkReader::new(),
            idle,
            last_activity: Instant::now(),
            active: false,
            sleep: None,
            total: total_deadline.map(|d| Box::pin(tokio::time::sleep_until(d))),
            state: State::Streaming,
            events: 0,
            saw_finish: false,
            secrets,
            trace: None,
            _chunk: std::marker::PhantomData,
        }
    }

    /// Records into `span` as the stream goes: the time to the first chunk, then at the end
    /// the response id, model, finish reasons and usage.
    pub(crate) fn traced(mut self, span: tracing::Span, started: Instant) -> Self {
        self.trace = Some(Trace {
            span,
            started,
            first_chunk: false,
            summary: StreamSummary::default(),
        });
        self
    }

    /// Records the stream's response fields (and its error) once, at its end.
    fn end_trace(&mut self, error: Option<&Error>) {
        if let Some(t) = self.trace.take() {
            t.summary.record(&t.span);
            if let Some(e) = error {
                crate::pipeline::record_error(&t.span, e);
            }
        }
    }

    /// The response metadata (status, headers, request id, rate limits).
    pub fn meta(&self) -> &ResponseMeta {
        &self.meta
    }

    /// The last event id the server gave, as a browser's `EventSource` holds it (the SSE
    /// `id:` in force at the last complete event or `id:`-only block read; an empty `id:`
    /// resets it): `None` until one came. A stream that can be resumed takes it back (the
    /// workflow streams' `Last-Event-ID`) to go on after what was read: after a truncation
    /// error, the cut event's own `id:` does not count.
    pub fn last_event_id(&self) -> Option<&str> {
        self.parser.last_event_id().filter(|id| !id.is_empty())
    }

    /// The next chunk, or `None` at the end.
    pub async fn next(&mut self) -> Option<Result<C>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    fn finish_with<R>(&mut self, e: Error) -> Poll<Option<Result<R>>> {
        self.state = State::Done;
        let e = e.with_meta(self.meta.clone()).in_stream();
        self.end_trace(Some(&e));
        Poll::Ready(Some(Err(e)))
    }

    /// Polls the idle and total timers; `Ready` with the error when one fired.
    fn poll_timers(&mut self, cx: &mut Context<'_>) -> Poll<Error> {
        if let Some(total) = self.total.as_mut() {
            if total.as_mut().poll(cx).is_ready() {
                return Poll::Ready(Error::timeout(TimeoutPhase::Total));
            }
        }
        let Some(idle) = self.idle else {
            return Poll::Pending;
        };
        let deadline = self.last_activity + idle;
        // The timer is re-armed lazily: frames only record the time (cheap), and the sleep is
        // moved only when it fires early or was never set.
        let sleep = self
            .sleep
            .get_or_insert_with(|| Box::pin(tokio::time::sleep_until(deadline)));
        if sleep.deadline() != deadline {
            sleep.as_mut().reset(deadline);
        }
        match sleep.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Error::timeout(TimeoutPhase::StreamIdle)),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl ChatStream {
    /// Only the content text of choice 0, delta by delta, skipping empty deltas. With `n` > 1
    /// the other choices' deltas are skipped: read them with [`text_of`](Self::text_of),
    /// [`text_by_choice`](Self::text_by_choice), or whole with
    /// [`collect_response`](Self::collect_response).
    pub fn text(self) -> TextStream {
        self.text_of(0)
    }

    /// Only the content text of the choice with this index (of `n` choices, from 0), delta by
    /// delta, skipping empty deltas and every other choice.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::chat::{ChatRequest, Message};
    /// let req = ChatRequest::builder()
    ///     .model("mistral-small-latest")
    ///     .messages([Message::user("Name an animal.")])
    ///     .n(2)
    ///     .build();
    /// let mut second = client.chat().stream(&req).await?.text_of(1);
    /// while let Some(delta) = second.next().await {
    ///     print!("{}", delta?);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn text_of(self, choice: u32) -> TextStream {
        TextStream { inner: self, choice }
    }

    /// The content text of every choice, delta by delta as they come, each with its choice's
    /// index (`(index, text)`), skipping empty deltas: to show `n` answers side by side as
    /// they are written.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client, req: mistral::chat::ChatRequest) -> Result<(), mistral::Error> {
    /// let mut answers = vec![String::new(); 2];
    /// let mut deltas = client.chat().stream(&req).await?.text_by_choice();
    /// while let Some(delta) = deltas.next().await {
    ///     let (index, text) = delta?;
    ///     if let Some(answer) = answers.get_mut(index as usize) {
    ///         answer.push_str(&text);
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn text_by_choice(self) -> ChoiceTextStream {
        ChoiceTextStream {
            inner: self,
            pending: std::collections::VecDeque::new(),
        }
    }

    /// Reads the whole stream and folds it into the response a non-streaming call would have
    /// returned (see [`StreamAccumulator`]): every choice built by its index, with its log
    /// probabilities when the request asked for them.
    ///
    /// # Errors
    /// The first error item of the stream.
    pub async fn collect_response(mut self) -> Result<ChatCompletionResponse> {
        let mut acc = StreamAccumulator::new();
        // Each chunk is read borrowed and folded in place: no `CompletionChunk` is built.
        loop {
            let next = std::future::poll_fn(|cx| {
                self.poll_with(cx, |reader, data, summary| {
                    decode_view(reader, data, summary, |c| {
                        match c {
                            Either::View(v) => acc.push_view(v),
                            Either::Owned(o) => acc.push(o),
                        }
                        None::<()>
                    })
                })
            })
            .await;
            match next {
                None => return Ok(acc.finish()),
                Some(Err(e)) => return Err(e),
                Some(Ok(())) => {}
            }
        }
    }
}

/// What a decoder made of one event's data.
pub(crate) enum Decoded<R> {
    /// An item for the caller; whether the chunk ends a choice.
    Item(R, bool),
    /// Nothing for the caller (an empty text delta, or a fold that keeps it); whether the
    /// chunk ends a choice.
    Skip(bool),
    /// Not a chunk: an error payload, or malformed (with the parse error, if any).
    NotAChunk(Option<serde_json::Error>),
}

/// What one event means for the stream.
enum Handled<R> {
    Item(R),
    Skip,
    Done,
    Err(Error),
}

/// Decodes `data` (of the event named `event`, if named) as a `C` through the stream's
/// `reader` (a payload it cannot read is parsed again whole, with the lone-surrogate repair,
/// or for its error), noting it for the trace.
fn decode_chunk<C: StreamChunk>(
    reader: &mut ChunkReader,
    event: Option<&str>,
    data: &str,
    summary: Option<&mut StreamSummary>,
) -> Decoded<C> {
    decoded(
        C::read_event(reader, event, data).or_else(|_| crate::json::from_str::<C>(data)),
        summary,
    )
}

/// What a parsed payload means for the stream, noting a chunk for the trace.
fn decoded<C: StreamChunk>(parsed: serde_json::Result<C>, summary: Option<&mut StreamSummary>) -> Decoded<C> {
    match parsed {
        Ok(chunk) if !chunk.is_empty_shell() => {
            if let Some(s) = summary {
                chunk.observe(s);
            }
            let f = chunk.finishes();
            Decoded::Item(chunk, f)
        }
        // Empty id and no choices: an error payload, or not a chunk at all.
        Ok(_) => Decoded::NotAChunk(None),
        Err(e) => Decoded::NotAChunk(Some(e)),
    }
}

/// Decodes `data` borrowed ([`ChunkView`], through the stream's `reader`) and hands the view
/// to `fold`; a payload the view cannot read goes through the owned path (lone-surrogate
/// repair, the same errors), so both paths give the same results.
pub(crate) fn decode_view<R>(
    reader: &mut ChunkReader,
    data: &str,
    summary: Option<&mut StreamSummary>,
    fold: impl FnOnce(Either<'_>) -> Option<R>,
) -> Decoded<R> {
    match reader.read(data) {
        Ok(view) if !view.is_empty_shell() => {
            if let Some(s) = summary {
                s.note(
                    view.id.as_deref().unwrap_or(""),
                    view.model.as_deref().unwrap_or(""),
                    view.choices.iter().filter_map(|c| c.finish_reason.as_ref()),
                    view.usage.as_deref(),
                );
            }
            let f = view.finishes();
            match fold(Either::View(&view)) {
                Some(r) => Decoded::Item(r, f),
                None => Decoded::Skip(f),
            }
        }
        Ok(_) => Decoded::NotAChunk(None),
        Err(_) => match decoded(crate::json::from_str::<CompletionChunk>(data), summary) {
            Decoded::Item(chunk, f) => match fold(Either::Owned(&chunk)) {
                Some(r) => Decoded::Item(r, f),
                None => Decoded::Skip(f),
            },
            Decoded::Skip(f) => Decoded::Skip(f),
            Decoded::NotAChunk(e) => Decoded::NotAChunk(e),
        },
    }
}

/// Decodes a conversation event's data borrowed ([`ConversationEventView`]) and hands the view
/// to `fold`, with the same results as the owned read of `next()` (the view reads what the
/// owned read does; a payload neither reads goes through the owned path, with its repair and
/// its errors).
pub(crate) fn decode_conversation_view<R>(
    reader: &mut ChunkReader,
    event: Option<&str>,
    data: &str,
    summary: Option<&mut StreamSummary>,
    fold: impl FnOnce(&ConversationEventView<'_>) -> Option<R>,
) -> Decoded<R> {
    let owned;
    let view = match ConversationEventView::parse(event, data) {
        Ok(view) => {
            match &view {
                ConversationEventView::Event(e) if e.is_empty_shell() => return Decoded::NotAChunk(None),
                ConversationEventView::Event(e) => {
                    if let Some(s) = summary {
                        e.observe(s);
                    }
                }
                ConversationEventView::MessageOutputDelta(d) => {
                    if let Some(s) = summary {
                        s.note("", d.model.as_deref().unwrap_or(""), std::iter::empty(), None);
                    }
                }
                _ => {}
            }
            view
        }
        Err(_) => match decode_chunk::<ConversationEvent>(reader, event, data, summary) {
            Decoded::Item(e, _) => {
                owned = e;
                owned.as_view()
            }
            Decoded::Skip(f) => return Decoded::Skip(f),
            Decoded::NotAChunk(e) => return Decoded::NotAChunk(e),
        },
    };
    let f = view.is_terminal();
    match fold(&view) {
        Some(r) => Decoded::Item(r, f),
        None => Decoded::Skip(f),
    }
}

/// A chunk as a fold sees it: borrowed, or (rarely) owned.
pub(crate) enum Either<'a> {
    View(&'a ChunkView<'a>),
    Owned(&'a CompletionChunk),
}

fn handle_event<R>(
    ev: SseEventRef<'_>,
    index: u64,
    meta: &ResponseMeta,
    secrets: &Secrets,
    saw_finish: &mut bool,
    decode: impl FnOnce(Option<&str>, &str) -> Decoded<R>,
) -> Handled<R> {
    // The parser validated the UTF-8: parse from `str`, without a second validation pass.
    let data = ev.data_str().trim_ascii();
    if data == "[DONE]" {
        return Handled::Done;
    }
    let error_event = ev.event() == Some("error");
    let parse_error = if error_event {
        None
    } else {
        match decode(ev.event(), data) {
            Decoded::Item(r, f) => {
                *saw_finish |= f;
                return Handled::Item(r);
            }
            Decoded::Skip(f) => {
                *saw_finish |= f;
                return Handled::Skip;
            }
            Decoded::NotAChunk(e) => e,
        }
    };
    let data = secrets.redact(data.as_bytes());
    if error_event {
        return Handled::Err(Error::api(meta.clone(), &data));
    }
    if let Some(e) = Error::from_error_body(meta, &data) {
        return Handled::Err(e);
    }
    Handled::Err(match parse_error {
        Some(e) => Error::decode(format_args!("event #{index}: {e}"), &data).with_source(e),
        None => Error::decode(
            format_args!("event #{index}: the event is not a completion chunk"),
            &data,
        ),
    })
}

impl<C: StreamChunk> EventStream<C> {
    /// After `[DONE]`: reads the end of the body while it is there, yields a few scheduler
    /// turns for it to arrive, and otherwise hands the body to a background task (bounded in
    /// time and bytes) so the caller never waits for a server that holds the body open.
    fn poll_release(&mut self, cx: &mut Context<'_>, mut turns: u8, mut drained: usize) -> Poll<()> {
        loop {
            match Pin::new(&mut self.body).poll_frame(cx) {
                // Ended: hyper returns the connection to the pool.
                Poll::Ready(None) | Poll::Ready(Some(Err(_))) => break,
                Poll::Ready(Some(Ok(frame))) => {
                    drained += frame.data_ref().map_or(0, |d| d.len());
                    if drained > MAX_DRAIN_BYTES {
                        break; // not worth reading on: dropping the body closes the connection
                    }
                }
                Poll::Pending if turns < RELEASE_TURNS => {
                    turns += 1;
                    self.state = State::Releasing { turns, drained };
                    cx.waker().wake_by_ref();
                    return Poll::Pending;
                }
                Poll::Pending => {
                    let body = std::mem::replace(&mut self.body, crate::transport::empty_body());
                    if let Ok(rt) = tokio::runtime::Handle::try_current() {
                        rt.spawn(drain(body, MAX_DRAIN_BYTES - drained));
                    }
                    break;
                }
            }
        }
        self.state = State::Done;
        Poll::Ready(())
    }
}

/// Reads the end of a body so its connection can be reused; gives up (closing it) after
/// [`DRAIN_TIMEOUT`] or `budget` bytes.
async fn drain(mut body: Body, budget: usize) {
    use http_body_util::BodyExt;
    let read = async {
        let mut left = budget;
        while let Some(Ok(frame)) = body.frame().await {
            let n = frame.data_ref().map_or(0, |d| d.len());
            if n > left {
                return;
            }
            left -= n;
        }
    };
    let _ = tokio::time::timeout(DRAIN_TIMEOUT, read).await;
}

impl<C> Drop for EventStream<C> {
    fn drop(&mut self) {
        // Dropped before its end: the span still gets what the stream saw.
        if let Some(t) = self.trace.take() {
            t.summary.record(&t.span);
        }
    }
}

impl<C: StreamChunk> Stream for EventStream<C> {
    type Item = Result<C>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.poll_named(cx, decode_chunk::<C>)
    }
}

impl<C: StreamChunk> EventStream<C> {
    /// The one event loop under every way of reading the stream: `decode` turns each event's
    /// data into an item (or nothing, to go on); framing, `[DONE]`, error events, timeouts,
    /// truncation and the trace are handled here.
    pub(crate) fn poll_with<R>(
        &mut self,
        cx: &mut Context<'_>,
        mut decode: impl FnMut(&mut ChunkReader, &str, Option<&mut StreamSummary>) -> Decoded<R>,
    ) -> Poll<Option<Result<R>>> {
        self.poll_named(cx, |reader, _event, data, summary| decode(reader, data, summary))
    }

    /// [`poll_with`](Self::poll_with), with each event's SSE `event:` name given to `decode`
    /// too (for streams of named events, such as conversations').
    pub(crate) fn poll_named<R>(
        &mut self,
        cx: &mut Context<'_>,
        mut decode: impl FnMut(&mut ChunkReader, Option<&str>, &str, Option<&mut StreamSummary>) -> Decoded<R>,
    ) -> Poll<Option<Result<R>>> {
        let this = self;
        loop {
            match this.state {
                State::Streaming => {}
                State::Releasing { turns, drained } => {
                    ready!(this.poll_release(cx, turns, drained));
                    this.end_trace(None);
                    return Poll::Ready(None);
                }
                State::Done => return Poll::Ready(None),
            }
            if let Some(ev) = this.parser.next_event_ref() {
                let ev = match ev {
                    Ok(ev) => ev,
                    Err(e) => {
                        return this.finish_with(
                            Error::new(Kind::Stream(StreamKind::Framing(e.to_string()))).with_source(e),
                        )
                    }
                };
                let index = this.events;
                this.events += 1;
                let summary = match &mut this.trace {
                    Some(t) => {
                        if !t.first_chunk {
                            t.first_chunk = true;
                            t.span.record(
                                "gen_ai.response.time_to_first_chunk",
                                t.started.elapsed().as_secs_f64(),
                            );
                        }
                        Some(&mut t.summary)
                    }
                    None => None,
                };
                let reader = &mut this.reader;
                let handled = handle_event(
                    ev,
                    index,
                    &this.meta,
                    &this.secrets,
                    &mut this.saw_finish,
                    |name, d| decode(reader, name, d, summary),
                );
                // The item is owned: a consumer that waits before its next poll holds no frame.
                this.parser.release_consumed();
                match handled {
                    Handled::Item(item) => return Poll::Ready(Some(Ok(item))),
                    Handled::Skip => continue,
                    Handled::Done => {
                        this.state = State::Releasing { turns: 0, drained: 0 };
                        continue;
                    }
                    Handled::Err(e) => return this.finish_with(e),
                }
            }
            // Need more bytes.
            match Pin::new(&mut this.body).poll_frame(cx) {
                Poll::Ready(Some(Ok(frame))) => {
                    this.active = true;
                    if let Ok(data) = frame.into_data() {
                        this.parser.push(data);
                    }
                }
                Poll::Ready(Some(Err(e))) => {
                    let err = Error::new(Kind::Body("the connection failed mid-stream".into()))
                        .with_boxed_source(e);
                    return this.finish_with(err);
                }
                Poll::Ready(None) => {
                    if C::ends_with_body() && !this.parser.has_partial() {
                        this.state = State::Done;
                        this.end_trace(None);
                        return Poll::Ready(None);
                    }
                    if this.saw_finish {
                        tracing::trace!("stream ended after finish_reason without [DONE]");
                        this.state = State::Done;
                        this.end_trace(None);
                        return Poll::Ready(None);
                    }
                    return this.finish_with(Error::new(Kind::Stream(StreamKind::Truncated)));
                }
                Poll::Pending => {
                    if std::mem::take(&mut this.active) {
                        // The last frame was just handled: the idle wait starts now.
                        this.last_activity = Instant::now();
                    }
                    let e = ready!(this.poll_timers(cx));
                    return this.finish_with(e);
                }
            }
        }
    }
}

/// The content text deltas of one choice of a [`ChatStream`] (see [`ChatStream::text`] and
/// [`ChatStream::text_of`]).
#[derive(Debug)]
pub struct TextStream {
    inner: ChatStream,
    choice: u32,
}

impl TextStream {
    /// The next text delta, or `None` at the end.
    pub async fn next(&mut self) -> Option<Result<String>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// The index of the choice whose text this stream reads.
    pub fn choice(&self) -> u32 {
        self.choice
    }
}

impl Stream for TextStream {
    type Item = Result<String>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let choice = self.choice;
        // Each chunk is read borrowed; only its text is copied out.
        self.inner.poll_with(cx, |reader, data, summary| {
            decode_view(reader, data, summary, |c| match c {
                Either::View(v) => v
                    .delta_text_of(choice)
                    .filter(|t| !t.is_empty())
                    .map(std::borrow::Cow::into_owned),
                Either::Owned(o) => text_delta_of(o, choice),
            })
        })
    }
}

/// The content text deltas of every choice of a [`ChatStream`], each with its choice's index
/// (see [`ChatStream::text_by_choice`]).
#[derive(Debug)]
pub struct ChoiceTextStream {
    inner: ChatStream,
    /// The deltas of a chunk that held several choices, not yielded yet.
    pending: std::collections::VecDeque<(u32, String)>,
}

impl ChoiceTextStream {
    /// The next `(choice index, text delta)`, or `None` at the end.
    pub async fn next(&mut self) -> Option<Result<(u32, String)>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl Stream for ChoiceTextStream {
    type Item = Result<(u32, String)>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if let Some(next) = self.pending.pop_front() {
            return Poll::Ready(Some(Ok(next)));
        }
        let this = &mut *self;
        let pending = &mut this.pending;
        this.inner.poll_with(cx, |reader, data, summary| {
            decode_view(reader, data, summary, |c| {
                // The chunk's deltas in their order: the first is yielded now, the rest after.
                match c {
                    Either::View(v) => pending.extend(v.choices.iter().filter_map(|c| {
                        let t = c.delta_text().filter(|t| !t.is_empty())?;
                        Some((c.index, t.into_owned()))
                    })),
                    Either::Owned(o) => pending.extend(o.choices.iter().filter_map(|c| {
                        let t = c.delta_text().filter(|t| !t.is_empty())?;
                        Some((c.index, t.into_owned()))
                    })),
                }
                pending.pop_front()
            })
        })
    }
}

/// Choice 0's content text in `chunk`, when there is some.
pub(crate) fn text_delta(chunk: &CompletionChunk) -> Option<String> {
    text_delta_of(chunk, 0)
}

/// The content text of choice `index` in `chunk`, when there is some.
pub(crate) fn text_delta_of(chunk: &CompletionChunk, index: u32) -> Option<String> {
    let text = chunk.delta_text_of(index)?;
    (!text.is_empty()).then(|| text.into_owned())
}
