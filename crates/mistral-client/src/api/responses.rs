//! The Responses API: `POST /v1/responses` (create, answered whole or as a stream of typed
//! events, [`ResponseStream`]) and `POST /v1/responses/input_tokens` (count the input's
//! tokens); structured output from a Rust type, and the tool loop
//! ([`Responses::run`], streamed: [`Responses::run_stream`]) over chat's
//! [`Tools`](crate::Tools).

use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use mistral_types::conversations::ToolConfirmation;
use mistral_types::partial::{Partial, PartialJsonReader};
use mistral_types::responses::{
    FunctionCallItem, InputTokens, Response, ResponseAccumulator, ResponseEvent, ResponseInput, ResponseItem,
    ResponseRequest, ResponseTool, ResponseToolChoice, TextFormat, ToolChoiceMode,
};
use mistral_types::{Arguments, ChunkReader, ParseError};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use tracing::Span;

use crate::api::conversations::{
    allowed_ids, decide_all, run_tool, Emitter, PendingCall, RunItem, DENIAL_TEXT,
};
use crate::error::{Error, Kind, Result};
use crate::meta::{ResponseMeta, WithMeta};
use crate::pipeline::{Call, Decode, StreamChunk, StreamSummary};
use crate::stream::EventStream;
use crate::structured::Snapshots;

crate::pipeline::handle! {
    /// Responses calls: `create` (and `stream`), `count_input_tokens`, structured output
    /// (`parse`, `stream_parse`, `stream_partial`) and the tool loop (`run`, and streamed:
    /// `run_stream`).
    ///
    /// A create may store the response on the server (with `store: true`): after a failure
    /// once the request may have been received (a reset connection, a request timeout, a
    /// 500) it is not sent again (see [`resend_after_send`](Self::resend_after_send)).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::responses::ResponseRequest;
    ///
    /// let request = ResponseRequest::builder()
    ///     .model("mistral-medium-latest")
    ///     .input("Who wrote Les Misérables?")
    ///     .build();
    /// let mut text = client.responses().stream(&request).await?.text();
    /// while let Some(delta) = text.next().await {
    ///     print!("{}", delta?);
    /// }
    /// # Ok(()) }
    /// ```
    Responses
}

impl crate::Client {
    /// The Responses API (`/v1/responses`): create, stream, count input tokens, structured
    /// output and the tool loop.
    pub fn responses(&self) -> Responses<'_> {
        Responses::new(self)
    }
}

impl Decode for Response {
    fn is_empty_shell(&self) -> bool {
        self.id.is_empty() && self.output.is_empty() && self.status.is_none()
    }

    fn record(&self, span: &Span) {
        if !self.id.is_empty() {
            span.record("gen_ai.response.id", self.id.as_str());
        }
        if !self.model.is_empty() {
            span.record("gen_ai.response.model", self.model.as_str());
        }
        if let Some(u) = &self.usage {
            span.record("gen_ai.usage.input_tokens", u.input_tokens);
            span.record("gen_ai.usage.output_tokens", u.output_tokens);
        }
    }
}

impl Decode for InputTokens {
    fn is_empty_shell(&self) -> bool {
        self.object.is_none() && self.input_tokens == 0
    }
}

impl StreamChunk for ResponseEvent {
    fn read_event(_reader: &mut ChunkReader, event: Option<&str>, data: &str) -> serde_json::Result<Self> {
        ResponseEvent::parse(event, data)
    }
    fn finishes(&self) -> bool {
        self.is_terminal()
    }
    /// An `error` event, or data that names no event at all (an error body sent mid-stream):
    /// the stream turns it into an error item.
    fn is_empty_shell(&self) -> bool {
        match self {
            ResponseEvent::Error(_) => true,
            ResponseEvent::Unknown { event, .. } => event.is_empty(),
            _ => false,
        }
    }
    fn observe(&self, summary: &mut StreamSummary) {
        if let Some(r) = self.response() {
            let usage = r.usage.as_ref().map(|u| mistral_types::Usage {
                prompt_tokens: u.input_tokens,
                completion_tokens: u.output_tokens,
                total_tokens: u.total_tokens,
                ..Default::default()
            });
            summary.note(&r.id, &r.model, std::iter::empty(), usage.as_ref());
        }
    }
}

/// A streamed response: a [`Stream`] of [`ResponseEvent`]s, read from the SSE frames' `event:`
/// names and data.
///
/// It ends right after `response.completed`, `response.failed` or `response.incomplete`,
/// whatever follows and however long the server holds the body open. A body that ends before
/// one of them is a truncated-stream error ([`Error::is_truncated`](crate::Error::is_truncated));
/// an `error` event is an error item (an API error with the event's `message` and
/// [`code`](crate::Error::code)), after which the stream ends. Read only the text with
/// [`text`](Self::text), or fold the stream into the response a non-streaming call returns
/// with [`collect_response`](Self::collect_response).
#[derive(Debug)]
pub struct ResponseStream {
    inner: EventStream<ResponseEvent>,
    ended: bool,
}

impl ResponseStream {
    /// The response metadata (status, headers, request id, rate limits).
    pub fn meta(&self) -> &ResponseMeta {
        self.inner.meta()
    }

    /// The next event, or `None` after the last.
    pub async fn next(&mut self) -> Option<Result<ResponseEvent>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Only the output text (`response.output_text.delta` events), delta by delta, skipping
    /// empty pieces and every other event. A `response.failed` event is an error item (an
    /// API error with the response's error message and code).
    pub fn text(self) -> ResponseTextStream {
        ResponseTextStream { inner: self }
    }

    /// Reads the whole stream and folds it into the response the non-streaming call returns
    /// (see [`ResponseAccumulator`]): for a failed or cut-short response too, with its
    /// `status`, `error` and `incomplete_details`.
    ///
    /// # Errors
    /// The first error item of the stream (an `error` event, a truncated body, ...).
    pub async fn collect_response(mut self) -> Result<Response> {
        let mut acc = ResponseAccumulator::new();
        while let Some(event) = self.next().await {
            acc.push(&event?);
        }
        Ok(acc.finish())
    }

    /// The output text read as JSON while it streams (with a `json_schema` or `json_object`
    /// text format in the request): each text delta, the value so far as a
    /// [`serde_json::Value`] whenever it changed, then the response and its text parsed into
    /// `T`.
    pub fn stream_parse<T: DeserializeOwned>(self) -> ResponseStructuredStream<T> {
        ResponseStructuredStream::new(self)
    }

    /// As [`stream_parse`](Self::stream_parse), with typed partial values (`T::Partial`).
    pub fn stream_partial<T: DeserializeOwned + Partial>(self) -> ResponseStructuredStream<T, T::Partial> {
        ResponseStructuredStream::new(self)
    }

    /// An API error built from a failed response's error.
    fn failure(&self, response: &Response) -> Error {
        let (message, code) = match &response.error {
            Some(e) => (e.message.clone(), e.code.clone()),
            None => ("the response failed".to_owned(), None),
        };
        let body = serde_json::json!({"type": "response.failed", "message": message, "code": code});
        Error::api(self.meta().clone(), body.to_string().as_bytes()).in_stream()
    }
}

impl Stream for ResponseStream {
    type Item = Result<ResponseEvent>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.ended {
            return Poll::Ready(None);
        }
        let next = Pin::new(&mut self.inner).poll_next(cx);
        match &next {
            // A terminal event is the last: a server that holds the body open after it is
            // not waited for.
            Poll::Ready(Some(Ok(e))) if e.is_terminal() => self.ended = true,
            Poll::Ready(Some(Err(_)) | None) => self.ended = true,
            _ => {}
        }
        next
    }
}

/// The output text deltas of a [`ResponseStream`] (see [`ResponseStream::text`]).
#[derive(Debug)]
pub struct ResponseTextStream {
    inner: ResponseStream,
}

impl ResponseTextStream {
    /// The next text delta, or `None` at the end.
    pub async fn next(&mut self) -> Option<Result<String>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl Stream for ResponseTextStream {
    type Item = Result<String>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            match std::task::ready!(Pin::new(&mut self.inner).poll_next(cx)) {
                Some(Ok(ResponseEvent::OutputTextDelta(d))) if !d.delta.is_empty() => {
                    return Poll::Ready(Some(Ok(d.delta)))
                }
                Some(Ok(ResponseEvent::Failed(f))) => {
                    return Poll::Ready(Some(Err(self.inner.failure(&f.response))))
                }
                Some(Ok(_)) => {}
                other => return Poll::Ready(other.map(|r| r.map(|_| String::new()))),
            }
        }
    }
}

impl Responses<'_> {
    fn create_call<'r>(&self, request: &'r ResponseRequest, stream: bool) -> Result<Call<'r>> {
        let body = self.core.encode_streamable(request, stream)?;
        Ok(Call::post("create_response", "/v1/responses", body)
            .about(request)
            .traced_as("chat"))
    }

    /// Creates a response with `request` (`stream: false`). The request is validated first:
    /// nothing is sent when it is invalid. A response that failed or was cut short is
    /// returned as such (see its `status`, `error` and `incomplete_details`).
    ///
    /// # Errors
    /// Invalid request, API error status (after retries), timeouts, connection and decode
    /// errors.
    pub async fn create(&self, request: &ResponseRequest) -> Result<WithMeta<Response>> {
        self.core.fetch(self.create_call(request, false)?).await
    }

    /// Creates a response with `request` (`stream: true`) and returns its event stream once
    /// the response headers arrive. An error status fails this call, not the stream.
    ///
    /// # Errors
    /// As [`create`](Self::create), plus a non-`text/event-stream` content type.
    pub async fn stream(&self, request: &ResponseRequest) -> Result<ResponseStream> {
        let inner = self.core.event_stream(self.create_call(request, true)?).await?;
        Ok(ResponseStream { inner, ended: false })
    }

    /// Counts the input tokens `request` would use (`POST /v1/responses/input_tokens`): its
    /// input, instructions, tools, tool choice, reasoning and text settings (see
    /// [`ResponseRequest::input_tokens_request`]), without generating anything.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client, request: mistral::responses::ResponseRequest) -> Result<(), mistral::Error> {
    /// let count = client.responses().count_input_tokens(&request).await?;
    /// println!("{} input tokens", count.input_tokens);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`create`](Self::create).
    pub async fn count_input_tokens(&self, request: &ResponseRequest) -> Result<WithMeta<InputTokens>> {
        let count = request.input_tokens_request();
        let body = self.core.encode(&count)?;
        self.core
            .fetch(
                Call::post("count_response_input_tokens", "/v1/responses/input_tokens", body).about(request),
            )
            .await
    }

    /// Structured output: sets the text format to the strict JSON schema of `T` (see
    /// [`TextFormat::json_schema`]), creates the response, and parses its output text into
    /// `T`.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::responses::ResponseRequest;
    /// #[derive(schemars::JsonSchema, serde::Deserialize)]
    /// struct City { name: String, country: String }
    ///
    /// let request = ResponseRequest::builder()
    ///     .model("mistral-medium-latest")
    ///     .input("The largest city in Japan?")
    ///     .build();
    /// let city: City = client.responses().parse::<City>(&request).await?.into_value()?;
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`create`](Self::create). A parse failure is in the result.
    pub async fn parse<T: JsonSchema + DeserializeOwned>(
        &self,
        request: &ResponseRequest,
    ) -> Result<ParsedResponse<T>> {
        let request = with_format(request, TextFormat::json_schema::<T>());
        let response = self.create(&request).await?;
        let value = response.parse_text();
        Ok(ParsedResponse { response, value })
    }

    /// Structured output over a stream: the strict JSON schema of `T` as the text format,
    /// each text delta as it comes, the value read so far as a [`serde_json::Value`]
    /// whenever it changed, then the response and the typed value.
    ///
    /// # Errors
    /// As [`stream`](Self::stream).
    pub async fn stream_parse<T: JsonSchema + DeserializeOwned>(
        &self,
        request: &ResponseRequest,
    ) -> Result<ResponseStructuredStream<T>> {
        let request = with_format(request, TextFormat::json_schema::<T>());
        Ok(self.stream(&request).await?.stream_parse())
    }

    /// As [`stream_parse`](Self::stream_parse), with typed partial values (`T::Partial`, from
    /// `#[derive(Partial)]`).
    ///
    /// # Errors
    /// As [`stream`](Self::stream).
    pub async fn stream_partial<T: JsonSchema + DeserializeOwned + Partial>(
        &self,
        request: &ResponseRequest,
    ) -> Result<ResponseStructuredStream<T, T::Partial>> {
        let request = with_format(request, TextFormat::json_schema::<T>());
        Ok(self.stream(&request).await?.stream_partial())
    }
}

crate::pipeline::per_call_setters!(Responses => core.opts);

fn with_format(request: &ResponseRequest, format: TextFormat) -> ResponseRequest {
    let mut r = request.clone();
    r.text.get_or_insert_with(Default::default).format = Some(format);
    r
}

// ---------------------------------------------------------------------------------------------
// Structured output.

/// A response with its output text parsed into `T` (see [`Responses::parse`]).
#[derive(Debug)]
pub struct ParsedResponse<T> {
    response: WithMeta<Response>,
    value: std::result::Result<T, ParseError>,
}

impl<T> ParsedResponse<T> {
    /// The response as received.
    pub fn response(&self) -> &Response {
        &self.response
    }

    /// The response metadata.
    pub fn meta(&self) -> &ResponseMeta {
        self.response.meta()
    }

    /// The value.
    ///
    /// # Errors
    /// The [`ParseError`] (which says what went wrong and keeps the raw text).
    pub fn value(&self) -> std::result::Result<&T, &ParseError> {
        self.value.as_ref()
    }

    /// The value, owned.
    ///
    /// # Errors
    /// As [`value`](Self::value), converted into [`crate::Error`].
    pub fn into_value(self) -> Result<T> {
        self.value.map_err(Into::into)
    }

    /// The response and the value.
    pub fn into_parts(self) -> (WithMeta<Response>, std::result::Result<T, ParseError>) {
        (self.response, self.value)
    }
}

/// What a [`ResponseStructuredStream`] yields: each piece of text as a
/// [`Delta`](Self::Delta), then, when the value read so far changed, a
/// [`Partial`](Self::Partial); at the end [`Done`](Self::Done).
#[derive(Debug)]
#[non_exhaustive]
pub enum ResponseStructuredEvent<T, P = serde_json::Value> {
    /// A piece of the output text.
    Delta(String),
    /// The value read so far, after a delta that changed it: a `serde_json::Value` from
    /// `stream_parse`, `T::Partial` from `stream_partial`.
    Partial(P),
    /// The end: the folded response and its text's value.
    Done {
        /// The response, as the non-streaming call returns it.
        response: Box<Response>,
        /// The value, or a [`ParseError`] holding the text.
        value: std::result::Result<T, ParseError>,
    },
}

/// A response's output text read as structured output while it streams (see
/// [`Responses::stream_parse`] and [`Responses::stream_partial`]). Partial values are paced as
/// chat's are (see [`StructuredStream`](crate::StructuredStream)).
#[derive(Debug)]
pub struct ResponseStructuredStream<T, P = serde_json::Value> {
    inner: ResponseStream,
    acc: ResponseAccumulator,
    snapshots: Snapshots<P>,
    _t: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned, P: DeserializeOwned> ResponseStructuredStream<T, P> {
    fn new(inner: ResponseStream) -> Self {
        ResponseStructuredStream {
            inner,
            acc: ResponseAccumulator::new(),
            snapshots: Snapshots::new(),
            _t: PhantomData,
        }
    }

    /// The next delta or partial value, then the final value, then `None`.
    pub async fn next(&mut self) -> Option<Result<ResponseStructuredEvent<T, P>>> {
        if let Some(p) = self.snapshots.queued() {
            return Some(Ok(ResponseStructuredEvent::Partial(p)));
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
                Some(Ok(event)) => {
                    self.acc.push(&event);
                    if let Some(delta) = event.text().filter(|t| !t.is_empty()) {
                        self.snapshots.feed(delta);
                        return Some(Ok(ResponseStructuredEvent::Delta(delta.to_owned())));
                    }
                }
                None => {
                    if let Some(p) = self.snapshots.end() {
                        return Some(Ok(ResponseStructuredEvent::Partial(p)));
                    }
                    let response = std::mem::take(&mut self.acc).finish();
                    let value = response.parse_text();
                    return Some(Ok(ResponseStructuredEvent::Done {
                        response: Box::new(response),
                        value,
                    }));
                }
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
            if let ResponseStructuredEvent::Done { value, .. } = ev? {
                return value.map_err(Into::into);
            }
        }
        Err(ParseError::no_content().into())
    }
}

// ---------------------------------------------------------------------------------------------
// The tool loop.

/// What a run ([`Responses::run`], [`ResponsePendingApproval::resume`]) stopped at.
#[derive(Debug)]
#[non_exhaustive]
#[must_use]
pub enum ResponseRunOutcome {
    /// A final answer: the last response has no function calls.
    Done(ResponseRun),
    /// The model called tools marked [`Tools::needs_confirmation`](crate::Tools::needs_confirmation):
    /// nothing of them ran. Allow or deny each and [`resume`](ResponsePendingApproval::resume).
    NeedsApproval(ResponsePendingApproval),
}

impl ResponseRunOutcome {
    /// The finished run, when the outcome is [`Done`](Self::Done).
    pub fn done(self) -> Option<ResponseRun> {
        match self {
            ResponseRunOutcome::Done(r) => Some(r),
            ResponseRunOutcome::NeedsApproval(_) => None,
        }
    }

    /// The calls awaiting approval, when the outcome is [`NeedsApproval`](Self::NeedsApproval).
    pub fn needs_approval(self) -> Option<ResponsePendingApproval> {
        match self {
            ResponseRunOutcome::NeedsApproval(p) => Some(p),
            ResponseRunOutcome::Done(_) => None,
        }
    }
}

/// A finished run: the last response, every item of the run and the number of model calls.
#[derive(Debug, Clone)]
pub struct ResponseRun {
    response: Box<WithMeta<Response>>,
    items: Vec<ResponseItem>,
    steps: usize,
}

impl ResponseRun {
    /// The last response (its [`text`](Response::text) is the answer).
    pub fn response(&self) -> &WithMeta<Response> {
        &self.response
    }

    /// Every item of the run, in order: the request's input, each response's output, and the
    /// function call outputs sent (send them, with a new user message, as the next request's
    /// input to go on).
    pub fn items(&self) -> &[ResponseItem] {
        &self.items
    }

    /// How many model calls the run made, across approval pauses.
    pub fn steps(&self) -> usize {
        self.steps
    }

    /// The text of the last response.
    pub fn text(&self) -> String {
        self.response.text()
    }
}

/// A run paused before calls that need approval: nothing of them ran. The other calls of the
/// same response already ran; their outputs are held and sent with the decision.
#[derive(Debug, Clone)]
pub struct ResponsePendingApproval {
    state: Box<RunState>,
    calls: Vec<FunctionCallItem>,
    executed: Vec<ResponseItem>,
    response: Box<WithMeta<Response>>,
}

impl ResponsePendingApproval {
    /// The calls awaiting approval (id, name, arguments), in the model's order.
    pub fn calls(&self) -> Vec<PendingCall> {
        self.calls
            .iter()
            .map(|c| PendingCall {
                id: c.call_id.clone(),
                name: c.name.clone(),
                arguments: Arguments::Json(c.arguments.clone()),
            })
            .collect()
    }

    /// The same calls, as the response's items.
    pub fn call_items(&self) -> &[FunctionCallItem] {
        &self.calls
    }

    /// The outputs of the response's other calls, already run and not sent yet.
    pub fn executed(&self) -> &[ResponseItem] {
        &self.executed
    }

    /// Every item of the run so far (the executed outputs not included).
    pub fn items(&self) -> &[ResponseItem] {
        &self.state.items
    }

    /// The response that made the calls.
    pub fn response(&self) -> &WithMeta<Response> {
        &self.response
    }

    /// How many model calls the run made so far.
    pub fn steps(&self) -> usize {
        self.state.steps
    }

    /// Allows every pending call.
    pub fn allow_all(&self) -> Vec<ToolConfirmation> {
        decide_all(self.calls.iter().map(|c| c.call_id.as_str()), true)
    }

    /// Denies every pending call.
    pub fn deny_all(&self) -> Vec<ToolConfirmation> {
        decide_all(self.calls.iter().map(|c| c.call_id.as_str()), false)
    }

    /// Goes on with the caller's decisions: an allowed call runs and its output is sent; a
    /// denied one (or one without a decision) never runs, and its output is
    /// [`DENIAL_TEXT`], which the model reads. The outputs already run go with them; then the
    /// loop goes on as [`Responses::run`] (the step limit counts afresh from here).
    ///
    /// # Errors
    /// As [`Responses::run`].
    pub async fn resume(
        self,
        responses: &Responses<'_>,
        approvals: impl IntoIterator<Item = ToolConfirmation>,
        tools: &crate::Tools,
    ) -> Result<ResponseRunOutcome> {
        // One `chat` span, as `run` and `resume_stream` are.
        traced(self.go_on(responses, allowed_ids(approvals), tools, None)).await
    }

    /// [`resume`](Self::resume), as a [`ResponseRunStream`]: the local tools' progress (the
    /// allowed calls' first), the events of every model call, then the outcome; the whole
    /// resumption in one `chat` span, as [`Responses::resume`]'s. Nothing is sent until the
    /// stream is read.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client, request: mistral::responses::ResponseRequest,
    /// #     tools: mistral::chat::Tools) -> Result<(), mistral::Error> {
    /// use mistral::responses::{ResponseRunEvent, ResponseRunOutcome};
    ///
    /// let responses = client.responses();
    /// if let ResponseRunOutcome::NeedsApproval(pending) = responses.run(&request, &tools).await? {
    ///     let allow = pending.allow_all();
    ///     let mut resumed = pending.resume_stream(&responses, allow, &tools);
    ///     while let Some(item) = resumed.next().await {
    ///         if let ResponseRunEvent::ToolResult { name, result, .. } = item? {
    ///             println!("{name}: {result:?}");
    ///         }
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn resume_stream<'s>(
        self,
        responses: &'s Responses<'_>,
        approvals: impl IntoIterator<Item = ToolConfirmation>,
        tools: &'s crate::Tools,
    ) -> ResponseRunStream<'s> {
        let allowed = allowed_ids(approvals);
        ResponseRunStream::new(move |events| async move {
            traced(self.go_on(responses, allowed, tools, Some(events))).await
        })
    }

    /// The resumption, for both forms: the allowed calls run, then the loop goes on.
    async fn go_on(
        self,
        responses: &Responses<'_>,
        allowed: std::collections::BTreeSet<String>,
        tools: &crate::Tools,
        events: Option<Emitter<ResponseRunEvent>>,
    ) -> Result<ResponseRunOutcome> {
        let ResponsePendingApproval {
            state,
            calls,
            executed,
            ..
        } = self;
        let mut run = Runner::new(responses, tools, *state, events);
        let (allow, deny): (Vec<_>, Vec<_>) = calls.into_iter().partition(|c| allowed.contains(&c.call_id));
        let mut outputs = executed;
        outputs.extend(run.execute(&allow).await?);
        outputs.extend(deny.iter().map(|c| c.output(DENIAL_TEXT)));
        let response = run.send(outputs).await?;
        run.drive(response).await
    }
}

/// What a run carries from one model call to the next (and across an approval pause).
#[derive(Debug, Clone)]
struct RunState {
    /// The request of every call (the tools' definitions added); its input and
    /// `previous_response_id` are set per call.
    template: ResponseRequest,
    /// Chained by `previous_response_id` (a stored response, or a request continuing one);
    /// else each call sends the whole history as its input.
    chained: bool,
    last_response_id: Option<String>,
    items: Vec<ResponseItem>,
    steps: usize,
}

impl RunState {
    /// `e`, keeping the run so far: the last response's id
    /// ([`Error::response_id`](crate::Error::response_id)) and every item
    /// ([`Error::response_items`](crate::Error::response_items)).
    fn fail(&mut self, e: Error) -> Error {
        e.with_response_items(self.last_response_id.clone(), std::mem::take(&mut self.items))
    }
}

/// One run (`run`, `resume` or their streams): the handle bounded by the run's deadline, the
/// tools and the step budget. With `events` (the streamed forms), each model call is a
/// streamed one whose events, folded into the same response, are handed out as they come,
/// with the local tools' progress: the loop itself is the same.
struct Runner<'t, 'a> {
    handle: Responses<'a>,
    tools: &'t crate::Tools,
    deadline: Option<tokio::time::Instant>,
    budget: usize,
    state: RunState,
    events: Option<Emitter<ResponseRunEvent>>,
    trace_content: bool,
}

impl<'t, 'a> Runner<'t, 'a> {
    fn new(
        handle: &Responses<'a>,
        tools: &'t crate::Tools,
        state: RunState,
        events: Option<Emitter<ResponseRunEvent>>,
    ) -> Self {
        let deadline = tools.run_timeout().map(|t| tokio::time::Instant::now() + t);
        let core = match deadline {
            Some(d) => handle.core.until(d),
            None => handle.core.clone(),
        };
        Runner {
            trace_content: core.client.inner().trace_content,
            handle: Responses::with_core(core),
            tools,
            deadline,
            budget: tools.step_limit(),
            state,
            events,
        }
    }

    /// One model call with `request`, taken from the budget: streamed (its events handed
    /// out) in the streamed forms.
    async fn call(&mut self, request: &ResponseRequest) -> Result<WithMeta<Response>> {
        if self.budget == 0 {
            let e = Error::new(Kind::ToolSteps(self.tools.step_limit()));
            return Err(self.state.fail(e));
        }
        self.budget -= 1;
        self.state.steps += 1;
        let response = match &self.events {
            None => self.handle.create(request).await,
            Some(events) => {
                let step = self.state.steps;
                events.emit(ResponseRunEvent::Step { step }).await;
                fold(self.handle.stream(request).await, events).await
            }
        };
        response.map_err(|e| self.state.fail(e))
    }

    /// Sends `outputs` (function call outputs) with the run's settings: after the last
    /// response when chained, else after the whole history.
    async fn send(&mut self, outputs: Vec<ResponseItem>) -> Result<WithMeta<Response>> {
        self.state.items.extend(outputs.iter().cloned());
        let mut request = self.state.template.clone();
        match (&self.state.last_response_id, self.state.chained) {
            (Some(id), true) => {
                request.previous_response_id = Some(id.clone());
                request.input = ResponseInput::Items(outputs);
            }
            _ => request.input = ResponseInput::Items(self.state.items.clone()),
        }
        // A forced choice (a function, or `required`) is for the run's first call: it would
        // only loop.
        if matches!(
            request.tool_choice,
            Some(ResponseToolChoice::Function(_) | ResponseToolChoice::Mode(ToolChoiceMode::Required))
        ) {
            request.tool_choice = Some(ResponseToolChoice::auto());
        }
        self.call(&request).await
    }

    /// Runs `calls` with the tools' handlers (concurrently), within the run's deadline: their
    /// `function_call_output` items, in call order.
    async fn execute(&mut self, calls: &[FunctionCallItem]) -> Result<Vec<ResponseItem>> {
        let tools = self.tools;
        let trace_content = self.trace_content;
        let events = self.events.clone();
        let events = events.as_ref();
        let results = tools
            .run_calls(
                self.deadline,
                calls,
                |c| (c.name.as_str(), c.call_id.as_str()),
                |c| {
                    let arguments = Arguments::Json(c.arguments.clone());
                    run_tool(events, tools, trace_content, &c.call_id, &c.name, arguments)
                },
            )
            .await
            .map_err(|e| self.state.fail(e))?;
        Ok(calls
            .iter()
            .zip(results)
            .map(|(c, r)| c.output(crate::tools::answer_text(r)))
            .collect())
    }

    /// The loop from a response: run its calls and send the outputs until an answer without
    /// calls, a pause for approval, or an error.
    async fn drive(mut self, mut response: WithMeta<Response>) -> Result<ResponseRunOutcome> {
        loop {
            if !response.id.is_empty() {
                self.state.last_response_id = Some(response.id.clone());
            }
            self.state.items.extend(response.output.iter().cloned());
            let calls: Vec<FunctionCallItem> = response.function_calls().cloned().collect();
            if calls.is_empty() {
                return Ok(ResponseRunOutcome::Done(ResponseRun {
                    response: Box::new(response),
                    items: self.state.items,
                    steps: self.state.steps,
                }));
            }
            let tools = self.tools;
            let (held, now): (Vec<_>, Vec<_>) = calls
                .into_iter()
                .partition(|c| tools.requires_confirmation(&c.name));
            tracing::debug!(
                steps = self.state.steps,
                calls = now.len(),
                held = held.len(),
                "running function calls"
            );
            let outputs = self.execute(&now).await?;
            if !held.is_empty() {
                return Ok(ResponseRunOutcome::NeedsApproval(ResponsePendingApproval {
                    state: Box::new(self.state),
                    calls: held,
                    executed: outputs,
                    response: Box::new(response),
                }));
            }
            response = self.send(outputs).await?;
        }
    }
}

impl Responses<'_> {
    /// The tool loop: creates a response with `request` and the tools' definitions added to
    /// its `tools` (a name the request defines already is kept as the request has it), runs
    /// each `function_call` of the answer with its [`Tools`](crate::Tools) handler
    /// (concurrently when there are several), sends the results as `function_call_output`
    /// items, and repeats until an answer without function calls or the step limit
    /// ([`Tools::max_steps`](crate::Tools::max_steps); every model call counts).
    ///
    /// Each next call carries the conversation so far: chained by `previous_response_id`
    /// (only the new outputs sent) when the request continues a stored response
    /// (`previous_response_id`) or asks to store them (`store: true`); otherwise, as the API
    /// documents for unstored responses, with the whole history as its `input` (the input,
    /// every output, every function call output). A tool choice that forces a call applies to
    /// the first call only.
    ///
    /// It stops early, with nothing of them run, at calls to tools marked
    /// [`Tools::needs_confirmation`](crate::Tools::needs_confirmation)
    /// ([`ResponseRunOutcome::NeedsApproval`]).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::chat::Tools;
    /// use mistral::responses::ResponseRunOutcome;
    /// use mistral::responses::ResponseRequest;
    ///
    /// #[derive(schemars::JsonSchema, serde::Deserialize)]
    /// struct GetWeather { city: String }
    ///
    /// let tools = Tools::new().add::<GetWeather>("get_weather", "Current weather", |a| async move {
    ///     format!("22 °C in {}", a.city)
    /// });
    /// let request = ResponseRequest::builder()
    ///     .model("mistral-medium-latest")
    ///     .input("Weather in Paris?")
    ///     .build();
    /// if let ResponseRunOutcome::Done(run) = client.responses().run(&request, &tools).await? {
    ///     println!("{} ({} steps)", run.text(), run.steps());
    /// }
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// Any call's error (an API error status after its retries, a timeout, a connection
    /// error, the run's [`Tools::timeout`](crate::Tools::timeout)),
    /// [`Error::is_tool_step_limit`](crate::Error::is_tool_step_limit), or a failing tool
    /// with [`Tools::fail_on_tool_error`](crate::Tools::fail_on_tool_error)
    /// ([`ErrorKind::ToolFailed`](crate::ErrorKind::ToolFailed)). Each keeps the run so far:
    /// the last response's id ([`Error::response_id`](crate::Error::response_id)) and
    /// the items ([`Error::response_items`](crate::Error::response_items)).
    pub async fn run(&self, request: &ResponseRequest, tools: &crate::Tools) -> Result<ResponseRunOutcome> {
        traced(self.run_with(request, tools, None)).await
    }

    /// [`run`](Self::run) as a [`ResponseRunStream`]: every event of every model call (each
    /// made as a streamed call, [`stream`](Self::stream), and folded into the response
    /// [`create`](Self::create) would have returned: [`ResponseRunEvent::Event`]), a
    /// [`ResponseRunEvent::Step`] before each, the local tools' progress
    /// ([`ResponseRunEvent::ToolStarted`], [`ResponseRunEvent::ToolResult`] as each ends), and
    /// last [`ResponseRunEvent::Finished`] with the same [`ResponseRunOutcome`] as `run`'s.
    /// The same loop: the same step limit, approval pauses and chaining; an error is the
    /// stream's last item and keeps the last response's id and the items as `run`'s do. The
    /// whole run is one `chat` span, as `run`'s. Nothing is sent until the stream is read.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client, request: mistral::responses::ResponseRequest,
    /// #     tools: mistral::chat::Tools) -> Result<(), mistral::Error> {
    /// use mistral::responses::{ResponseRunEvent, ResponseRunOutcome};
    ///
    /// let responses = client.responses();
    /// let mut run = responses.run_stream(&request, &tools);
    /// while let Some(item) = run.next().await {
    ///     match item? {
    ///         ResponseRunEvent::ToolStarted { name, .. } => println!("[running {name}]"),
    ///         ResponseRunEvent::ToolResult { name, result, .. } => println!("[{name}: {result:?}]"),
    ///         ResponseRunEvent::Finished(ResponseRunOutcome::Done(done)) => {
    ///             println!("\n{} steps", done.steps())
    ///         }
    ///         ResponseRunEvent::Finished(other) => println!("\nstopped: {other:?}"),
    ///         event => {
    ///             if let Some(text) = event.text() {
    ///                 print!("{text}");
    ///             }
    ///         }
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn run_stream<'s>(
        &'s self,
        request: &ResponseRequest,
        tools: &'s crate::Tools,
    ) -> ResponseRunStream<'s> {
        let request = request.clone();
        ResponseRunStream::new(move |events| async move {
            traced(self.run_with(&request, tools, Some(events))).await
        })
    }

    /// [`resume`](Self::resume) as a [`ResponseRunStream`]:
    /// [`ResponsePendingApproval::resume_stream`] with this handle.
    pub fn resume_stream<'s>(
        &'s self,
        pending: ResponsePendingApproval,
        approvals: impl IntoIterator<Item = ToolConfirmation>,
        tools: &'s crate::Tools,
    ) -> ResponseRunStream<'s> {
        pending.resume_stream(self, approvals, tools)
    }

    /// The run, for both forms (untraced: the caller wraps it in its span).
    async fn run_with(
        &self,
        request: &ResponseRequest,
        tools: &crate::Tools,
        events: Option<Emitter<ResponseRunEvent>>,
    ) -> Result<ResponseRunOutcome> {
        let mut template = request.clone();
        let mut defs = template.tools.take().unwrap_or_default();
        for t in tools.definitions() {
            let name = t.as_function().map(|f| f.name.as_str());
            if !defs
                .iter()
                .any(|d| d.as_function().map(|f| f.name.as_str()) == name)
            {
                defs.push(ResponseTool::from(t));
            }
        }
        template.tools = Some(defs);
        let state = RunState {
            chained: request.previous_response_id.is_some() || request.store == Some(true),
            items: request.input.to_items(),
            template: template.clone(),
            last_response_id: None,
            steps: 0,
        };
        let mut run = Runner::new(self, tools, state, events);
        let response = run.call(&template).await?;
        run.drive(response).await
    }

    /// Resumes a run paused for approval: [`ResponsePendingApproval::resume`] with this
    /// handle.
    ///
    /// # Errors
    /// As [`run`](Self::run).
    pub async fn resume(
        &self,
        pending: ResponsePendingApproval,
        approvals: impl IntoIterator<Item = ToolConfirmation>,
        tools: &crate::Tools,
    ) -> Result<ResponseRunOutcome> {
        pending.resume(self, approvals, tools).await
    }
}

/// Runs a tool loop inside one span (as a conversation run is: `chat`), its model calls and
/// `execute_tool` spans its children; the last response's id is recorded as
/// `gen_ai.response.id`, an error's kind as `error.type`.
async fn traced(
    run: impl std::future::Future<Output = Result<ResponseRunOutcome>>,
) -> Result<ResponseRunOutcome> {
    use tracing::Instrument as _;
    let span = crate::api::conversations::run_span(None);
    let result = run.instrument(span.clone()).await;
    let id = match &result {
        Ok(ResponseRunOutcome::Done(run)) => Some(run.response().id.clone()),
        Ok(ResponseRunOutcome::NeedsApproval(pending)) => Some(pending.response().id.clone()),
        Err(e) => {
            span.record("error.type", tracing::field::debug(e.kind()));
            e.response_id().map(str::to_owned)
        }
    };
    if let Some(id) = id.filter(|id| !id.is_empty()) {
        span.record("gen_ai.response.id", id.as_str());
    }
    result
}

/// A streamed model call of a run: each event handed out as it comes, and folded into the
/// response the non-streaming call returns (as [`ResponseStream::collect_response`] does).
async fn fold(
    stream: Result<ResponseStream>,
    events: &Emitter<ResponseRunEvent>,
) -> Result<WithMeta<Response>> {
    let mut stream = stream?;
    let meta = stream.meta().clone();
    let mut acc = ResponseAccumulator::new();
    while let Some(event) = stream.next().await {
        let event = event?;
        acc.push(&event);
        events.emit(ResponseRunEvent::Event(event)).await;
    }
    Ok(WithMeta::new(acc.finish(), meta))
}

/// One item of a streamed run ([`Responses::run_stream`],
/// [`ResponsePendingApproval::resume_stream`]): what a UI shows while the loop goes on. In
/// order, per model call: a [`Step`](Self::Step), that call's [`Event`](Self::Event)s, then,
/// when it called local tools, their [`ToolStarted`](Self::ToolStarted) and
/// [`ToolResult`](Self::ToolResult) items (results as each tool ends, so possibly not in call
/// order); last, [`Finished`](Self::Finished). The Responses API's twin of the
/// conversations' [`RunEvent`](crate::api::conversations::RunEvent).
#[derive(Debug)]
#[non_exhaustive]
// As large as the event it carries, the item `ResponseStream` yields: boxing it would cost an
// allocation per delta, and the stream holds one item ahead (one per concurrent tool) only.
#[allow(clippy::large_enum_variant)]
pub enum ResponseRunEvent {
    /// A model call begins: the run's `step`-th, counted from 1 and across approval pauses
    /// ([`ResponseRun::steps`] at the end).
    #[non_exhaustive]
    Step {
        /// Which model call of the run.
        step: usize,
    },
    /// An event of the current model call's stream, as [`ResponseStream`] yields it: the
    /// response's creation and end, output items, text deltas, function call argument
    /// deltas, and events this version does not know.
    Event(ResponseEvent),
    /// A local tool starts on a call of the model (calls needing approval start only once
    /// allowed).
    #[non_exhaustive]
    ToolStarted {
        /// The call's id (`call_id`).
        call_id: String,
        /// The tool's name.
        name: String,
        /// The arguments, as the model sent them.
        arguments: Arguments,
    },
    /// A local tool ended: its output, or its error (an unknown tool, arguments that do not
    /// parse, the handler's own error), which the model is sent as `error: ..` (or which
    /// stops the run, with [`Tools::fail_on_tool_error`](crate::Tools::fail_on_tool_error)).
    #[non_exhaustive]
    ToolResult {
        /// The call's id (`call_id`).
        call_id: String,
        /// The tool's name.
        name: String,
        /// The handler's output, or the error text.
        result: std::result::Result<String, String>,
    },
    /// The last item: what the run stopped at, the same outcome the non-streaming form
    /// returns.
    Finished(ResponseRunOutcome),
}

impl ResponseRunEvent {
    /// The output text delta (an [`Event`](Self::Event) of type
    /// `response.output_text.delta`), as [`ResponseEvent::text`] reads it.
    pub fn text(&self) -> Option<&str> {
        match self {
            ResponseRunEvent::Event(e) => e.text(),
            _ => None,
        }
    }

    /// The outcome, when this is the last item ([`Finished`](Self::Finished)).
    pub fn finished(self) -> Option<ResponseRunOutcome> {
        match self {
            ResponseRunEvent::Finished(outcome) => Some(outcome),
            _ => None,
        }
    }
}

impl RunItem for ResponseRunEvent {
    type Outcome = ResponseRunOutcome;

    fn from_outcome(outcome: ResponseRunOutcome) -> Self {
        ResponseRunEvent::Finished(outcome)
    }

    fn into_outcome(self) -> Option<ResponseRunOutcome> {
        self.finished()
    }

    fn tool_started(call_id: String, name: String, arguments: Arguments) -> Self {
        ResponseRunEvent::ToolStarted {
            call_id,
            name,
            arguments,
        }
    }

    fn tool_result(call_id: String, name: String, result: std::result::Result<String, String>) -> Self {
        ResponseRunEvent::ToolResult {
            call_id,
            name,
            result,
        }
    }
}

crate::api::conversations::run_stream_type! {
    /// A streamed Responses run ([`Responses::run_stream`]): a [`Stream`] of
    /// [`ResponseRunEvent`]s, the last one [`ResponseRunEvent::Finished`], or an error item
    /// (which keeps the last response's id and the items, as [`Responses::run`]'s errors do),
    /// after which it ends. The loop advances only as the stream is read (ahead of the reader
    /// by one item, or one per tool running at once); dropping the stream stops it (a tool
    /// handler running then is dropped too). It works as the conversations'
    /// [`RunStream`](crate::api::conversations::RunStream) does.
    ResponseRunStream, ResponseRunEvent, ResponseRunOutcome
}
