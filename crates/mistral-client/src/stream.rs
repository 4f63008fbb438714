//! `ChatStream`: the events of a streamed completion as typed chunks.

use std::future::Future;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use futures_core::Stream;
use http_body::Body as _;
use mistral_types::{ChatCompletionResponse, CompletionChunk, StreamAccumulator};
use tokio::time::{Instant, Sleep};

use crate::error::{Error, Kind, Result, StreamKind, TimeoutPhase};
use crate::meta::ResponseMeta;
use crate::sse::{SseEventRef, SseParser};
use crate::transport::Body;

/// After `[DONE]`, at most this much trailing body is read to return the connection to the pool.
const MAX_DRAIN_BYTES: usize = 64 * 1024;

/// A streamed chat completion: a [`Stream`] of [`CompletionChunk`]s.
///
/// Reads the body only as it is polled (no task or unbounded buffer of its own; hyper's
/// connection reads ahead only its bounded buffer), so a slow consumer holds memory flat. Ends after `data: [DONE]`. A body that ends before `[DONE]` and
/// before any `finish_reason` yields a truncation error ([`Error::is_truncated`]); an error event
/// yields an API error; malformed JSON yields a decode error with the data and the event index.
/// After an error item the stream ends. Dropping it closes the connection.
pub struct ChatStream {
    meta: ResponseMeta,
    body: Body,
    parser: SseParser,
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
    drained: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    Streaming,
    /// `[DONE]` seen: reading the end of the body so the connection can be reused.
    Draining,
    Done,
}

impl std::fmt::Debug for ChatStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChatStream")
            .field("status", &self.meta.status())
            .field("events", &self.events)
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

impl ChatStream {
    pub(crate) fn new(
        meta: ResponseMeta,
        body: Body,
        idle: Option<Duration>,
        total_deadline: Option<Instant>,
        max_event_bytes: usize,
    ) -> Self {
        ChatStream {
            meta,
            body,
            parser: SseParser::new(max_event_bytes),
            idle,
            last_activity: Instant::now(),
            active: false,
            sleep: None,
            total: total_deadline.map(|d| Box::pin(tokio::time::sleep_until(d))),
            state: State::Streaming,
            events: 0,
            saw_finish: false,
            drained: 0,
        }
    }

    /// The response metadata (status, headers, request id, rate limits).
    pub fn meta(&self) -> &ResponseMeta {
        &self.meta
    }

    /// The next chunk, or `None` at the end.
    pub async fn next(&mut self) -> Option<Result<CompletionChunk>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Only the content text of each chunk (first choice), skipping empty deltas.
    pub fn text(self) -> TextStream {
        TextStream { inner: self }
    }

    /// Reads the whole stream and folds it into the response a non-streaming call would have
    /// returned (see [`StreamAccumulator`]).
    ///
    /// # Errors
    /// The first error item of the stream.
    pub async fn collect_response(mut self) -> Result<ChatCompletionResponse> {
        let mut acc = StreamAccumulator::new();
        while let Some(chunk) = self.next().await {
            acc.push(&chunk?);
        }
        Ok(acc.finish())
    }

    fn finish_with(&mut self, e: Error) -> Poll<Option<Result<CompletionChunk>>> {
        self.state = State::Done;
        Poll::Ready(Some(Err(e.with_meta(self.meta.clone()).in_stream())))
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

/// What one event means for the stream.
// Built and matched at once, never stored: boxing the chunk would only add an allocation.
#[allow(clippy::large_enum_variant)]
enum Handled {
    Chunk(CompletionChunk),
    Done,
    Err(Error),
}

fn handle_event(ev: SseEventRef<'_>, index: u64, meta: &ResponseMeta) -> Handled {
    // The parser validated the UTF-8: parse from `str`, without a second validation pass.
    let data = ev.data_str().trim_ascii();
    if data == "[DONE]" {
        return Handled::Done;
    }
    let error_event = ev.event() == Some("error");
    let parse_error = if error_event {
        None
    } else {
        match serde_json::from_str::<CompletionChunk>(data) {
            Ok(chunk) if !(chunk.choices.is_empty() && chunk.id.is_empty()) => return Handled::Chunk(chunk),
            // Empty id and no choices: an error payload, or not a chunk at all.
            Ok(_) => None,
            Err(e) => Some(e),
        }
    };
    if error_event {
        return Handled::Err(Error::api(meta.clone(), data.as_bytes()));
    }
    if let Some(e) = Error::from_error_body(meta, data.as_bytes()) {
        return Handled::Err(e);
    }
    Handled::Err(match parse_error {
        Some(e) => Error::decode(format_args!("event #{index}: {e}"), data.as_bytes()).with_source(e),
        None => Error::decode(
            format_args!("event #{index}: the event is not a completion chunk"),
            data.as_bytes(),
        ),
    })
}

impl Stream for ChatStream {
    type Item = Result<CompletionChunk>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            match this.state {
                State::Done => return Poll::Ready(None),
                State::Streaming => {
                    if let Some(ev) = this.parser.next_event_ref() {
                        let ev = match ev {
                            Ok(ev) => ev,
                            Err(e) => {
                                return this.finish_with(
                                    Error::new(Kind::Stream(StreamKind::Framing(e.to_string())))
                                        .with_source(e),
                                )
                            }
                        };
                        let index = this.events;
                        this.events += 1;
                        match handle_event(ev, index, &this.meta) {
                            Handled::Chunk(chunk) => {
                                if chunk.choices.iter().any(|c| c.finish_reason.is_some()) {
                                    this.saw_finish = true;
                                }
                                return Poll::Ready(Some(Ok(chunk)));
                            }
                            Handled::Done => {
                                this.state = State::Draining;
                                continue;
                            }
                            Handled::Err(e) => return this.finish_with(e),
                        }
                    }
                }
                State::Draining => {}
            }
            // Need more bytes.
            match Pin::new(&mut this.body).poll_frame(cx) {
                Poll::Ready(Some(Ok(frame))) => {
                    this.active = true;
                    if let Ok(data) = frame.into_data() {
                        if this.state == State::Draining {
                            this.drained += data.len();
                            if this.drained > MAX_DRAIN_BYTES {
                                // Not worth reading on: drop the connection instead.
                                this.state = State::Done;
                            }
                        } else {
                            this.parser.push(data);
                        }
                    }
                }
                Poll::Ready(Some(Err(e))) => {
                    if this.state == State::Draining {
                        this.state = State::Done;
                        continue;
                    }
                    let err = Error::new(Kind::Body("the connection failed mid-stream".into()))
                        .with_boxed_source(e);
                    return this.finish_with(err);
                }
                Poll::Ready(None) => {
                    if this.state == State::Draining || this.saw_finish {
                        if this.state == State::Streaming {
                            tracing::trace!("stream ended after finish_reason without [DONE]");
                        }
                        this.state = State::Done;
                        return Poll::Ready(None);
                    }
                    return this.finish_with(Error::new(Kind::Stream(StreamKind::Truncated)));
                }
                Poll::Pending => {
                    if std::mem::take(&mut this.active) {
                        // The last frame was just handled: the idle wait starts now.
                        this.last_activity = Instant::now();
                    }
                    // While draining after [DONE], the idle timer still bounds the wait.
                    let e = ready!(this.poll_timers(cx));
                    if this.state == State::Draining {
                        this.state = State::Done;
                        return Poll::Ready(None);
                    }
                    return this.finish_with(e);
                }
            }
        }
    }
}

/// The content text deltas of a [`ChatStream`] (first choice).
#[derive(Debug)]
pub struct TextStream {
    inner: ChatStream,
}

impl TextStream {
    /// The next text delta, or `None` at the end.
    pub async fn next(&mut self) -> Option<Result<String>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl Stream for TextStream {
    type Item = Result<String>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            match ready!(Pin::new(&mut self.inner).poll_next(cx)) {
                None => return Poll::Ready(None),
                Some(Err(e)) => return Poll::Ready(Some(Err(e))),
                Some(Ok(chunk)) => {
                    if let Some(t) = text_delta(&chunk) {
                        return Poll::Ready(Some(Ok(t)));
                    }
                }
            }
        }
    }
}

/// The first choice's content text in `chunk`, when there is some.
pub(crate) fn text_delta(chunk: &CompletionChunk) -> Option<String> {
    let text = chunk.delta_text()?;
    (!text.is_empty()).then(|| text.into_owned())
}
