//! One opaque error type for everything the client can fail at.

use std::fmt;
use std::time::Duration;

use http::StatusCode;
use mistral_types::{ApiErrorBody, ValidationError};

use crate::meta::{RateLimits, ResponseMeta};

/// A boxed error source.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// `Result<T, Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Error bodies are read up to this many bytes, so that a large error (a 422 echoing a long
/// input) still parses into its message, type, code and detail.
pub(crate) const MAX_ERROR_BODY: usize = 1024 * 1024;
/// Raw error bodies are kept up to this many bytes (marked as cut when longer).
pub(crate) const MAX_KEPT_BODY: usize = 64 * 1024;
/// `Display` shows at most this many bytes of an unparsed body.
const MAX_DISPLAY_BODY: usize = 1024;

/// Which timeout fired.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutPhase {
    /// Establishing the connection (TCP and TLS).
    Connect,
    /// Waiting for the response: the whole body for `complete`, the headers for a stream.
    Request,
    /// The gap between two body frames of a stream.
    StreamIdle,
    /// The optional deadline on the whole call, retries included.
    Total,
    /// The deadline of a wait for a batch job.
    Wait,
}

impl fmt::Display for TimeoutPhase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimeoutPhase::Connect => "connect",
            TimeoutPhase::Request => "request",
            TimeoutPhase::StreamIdle => "stream idle",
            TimeoutPhase::Total => "total",
            TimeoutPhase::Wait => "batch wait",
        })
    }
}

/// What went wrong, to `match` on (see [`Error::kind`]). New kinds may be added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The request broke a rule of the spec: nothing was sent ([`Error::validation`]).
    InvalidRequest,
    /// The client was misconfigured (key, header, base URL), or a per-call header is invalid.
    Builder,
    /// The connection could not be established (refused, DNS, TLS).
    Connect,
    /// A timeout fired ([`Error::timeout_phase`] says which).
    Timeout,
    /// HTTP 429: too many requests or tokens ([`Error::retry_after`], [`Error::rate_limits`]).
    RateLimited,
    /// HTTP 401: the key is missing, wrong or revoked.
    Unauthorized,
    /// HTTP 403: the key may not do this.
    Forbidden,
    /// HTTP 404: no such model, agent, file or path.
    NotFound,
    /// HTTP 400: the server found the request malformed (a bad parameter value or
    /// combination that the client-side validation does not know of).
    BadRequest,
    /// HTTP 422: the server rejected the request's content (with validation details).
    Unprocessable,
    /// HTTP 5xx: the server failed.
    Server,
    /// Another error status, or an error body sent with a success status.
    Api,
    /// The connection failed or closed before a response.
    Transport,
    /// The server answered with something that is not valid HTTP.
    Protocol,
    /// Reading the response body failed, or it exceeded the size cap.
    Body,
    /// A response or event could not be read into the expected type.
    Decode,
    /// A stream ended before `[DONE]` and before any finish reason.
    TruncatedStream,
    /// A stream was malformed: wrong content type, bad framing.
    Stream,
    /// The model's output could not be read into the requested type ([`Error::parse_error`]).
    Output,
    /// The tool loop reached its step limit ([`Error::conversation`] keeps the messages).
    ToolStepLimit,
    /// A local tool failed and the tools stop the loop on a failure
    /// ([`Tools::fail_on_tool_error`](crate::Tools::fail_on_tool_error)): the message names
    /// the tool and the call, the [`source`](std::error::Error::source) is the tool's error;
    /// the conversation so far is kept ([`Error::conversation`], [`Error::entries`]).
    ToolFailed,
    /// A local file could not be read (an upload) or written (a download).
    Io,
    /// A replayed cassette has no recorded exchange for the request (test fakes). Never
    /// retried: the message names the nearest recorded exchange.
    Replay,
    /// A library document's processing ended in failure (`error`, `missing_content`): see
    /// [`Error::process_status`] and [`Error::file_id`] (the document's id).
    ProcessingFailed,
}

/// The error of every fallible call of this crate.
///
/// Match on [`kind`](Self::kind), or ask with the `is_*` predicates and the accessors
/// ([`status`](Self::status), [`code`](Self::code), [`error_type`](Self::error_type),
/// [`retry_after`](Self::retry_after), [`request_id`](Self::request_id),
/// [`attempts`](Self::attempts)...). `Display` describes this level only; the cause is in
/// [`source`](std::error::Error::source). It never contains the API key or request headers.
///
/// ```no_run
/// # async fn run(client: mistral::Client, request: mistral::chat::ChatRequest) {
/// use mistral::ErrorKind;
///
/// match client.chat().complete(&request).await {
///     Ok(response) => println!("{}", response.text()),
///     Err(e) => match e.kind() {
///         ErrorKind::RateLimited => eprintln!("slow down; retry after {:?}", e.retry_after()),
///         ErrorKind::Unauthorized | ErrorKind::Forbidden => eprintln!("check MISTRAL_API_KEY"),
///         ErrorKind::InvalidRequest => eprintln!("fix the request: {e}"),
///         ErrorKind::Timeout => eprintln!("{:?} timeout", e.timeout_phase()),
///         _ if e.is_retryable() => eprintln!("transient: {e}"),
///         _ => eprintln!("error {:?} (code {:?}): {e}", e.status(), e.code()),
///     },
/// }
/// # }
/// ```
pub struct Error(Box<Inner>);

struct Inner {
    kind: Kind,
    source: Option<BoxError>,
    api: Option<ApiErrorBody>,
    body: Option<String>,
    /// The kept body is not the whole body (over 64 KiB, or not read to its end).
    body_truncated: bool,
    meta: Option<ResponseMeta>,
    retry_after: Option<Duration>,
    attempts: u32,
    /// The failure happened after response headers arrived: sending again is not safe.
    after_response: bool,
    /// The failure happened while reading a stream.
    in_stream: bool,
    /// For a batched call: the batch that failed and its input range.
    batch: Option<(usize, std::ops::Range<usize>)>,
    /// For the tool loop: the conversation up to the failure.
    conversation: Option<Vec<mistral_types::Message>>,
    /// For the conversation run loop: the conversation id (when known) and its entries so far.
    run: Option<(Option<String>, Vec<mistral_types::conversations::Entry>)>,
    /// For the Responses tool loop: the last response's id (when known) and the items so far.
    #[cfg(feature = "responses")]
    responses_run: Option<(Option<String>, Vec<mistral_types::responses::ResponseItem>)>,
    /// The id of a file the failure concerns (an upload left in the account, a download
    /// that failed).
    file_id: Option<String>,
    /// What the top-level message adds for a connection failure (the proxy and its answer,
    /// the stage a connect timeout stopped at, the TLS failure).
    detail: Option<String>,
}

#[derive(Debug)]
pub(crate) enum Kind {
    Builder(String),
    InvalidRequest(ValidationError),
    Api,
    Timeout(TimeoutPhase),
    Connect {
        retryable: bool,
    },
    /// The connection closed or failed before response headers arrived.
    Transport {
        retryable: bool,
    },
    /// The server answered with something that is not valid HTTP (the reason is kept).
    Protocol(String),
    /// Reading the body failed, or it exceeded the size cap.
    Body(String),
    Decode(String),
    Stream(StreamKind),
    /// The model's output could not be read into the requested type.
    Output(mistral_types::ParseError),
    /// The tool loop reached its step limit.
    ToolSteps(usize),
    /// A local tool failed (its name, the call's id), with the loop set to stop on it.
    ToolFailed {
        name: String,
        call_id: String,
    },
    /// A local file could not be read or written (what, and the path when there is one).
    Io(String),
    /// A cassette being replayed has no exchange for the request (what it says).
    Replay(String),
    /// A library document's processing failed, with this status.
    Processing(String),
}

#[derive(Debug, Clone)]
pub(crate) enum StreamKind {
    /// The body ended before `[DONE]` and before any finish reason.
    Truncated,
    /// A wrong content type for a stream.
    ContentType(String),
    /// An SSE framing error (invalid UTF-8, oversized event).
    Framing(String),
}

impl Error {
    pub(crate) fn new(kind: Kind) -> Self {
        Error(Box::new(Inner {
            kind,
            source: None,
            api: None,
            body: None,
            body_truncated: false,
            meta: None,
            retry_after: None,
            attempts: 1,
            after_response: false,
            in_stream: false,
            batch: None,
            conversation: None,
            run: None,
            #[cfg(feature = "responses")]
            responses_run: None,
            file_id: None,
            detail: None,
        }))
    }

    pub(crate) fn with_source(self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.with_boxed_source(Box::new(source))
    }

    // Not generic: a generic `Into<BoxError>` here trips rustc's higher-ranked `Send` checks
    // on the client's futures ("implementation of `From` is not general enough").
    pub(crate) fn with_boxed_source(mut self, source: BoxError) -> Self {
        self.0.source = Some(source);
        self
    }

    /// Data that could not be read: what went wrong and the start of the raw text.
    pub(crate) fn decode(what: impl std::fmt::Display, raw: &[u8]) -> Self {
        let text = String::from_utf8_lossy(&raw[..raw.len().min(512)]);
        Error::new(Kind::Decode(format!(
            "{what}; data starts with {:?}",
            mistral_types::snippet(&text, 200)
        )))
        .after_response()
    }

    /// A decode failure with no raw data to quote (the data was already decoded once).
    pub(crate) fn decode_plain(what: impl std::fmt::Display) -> Self {
        Error::new(Kind::Decode(what.to_string())).after_response()
    }

    /// A local file error: `what` says which file and what was being done.
    pub(crate) fn io(what: impl std::fmt::Display, e: std::io::Error) -> Self {
        Error::new(Kind::Io(format!("{what}: {e}"))).with_source(e)
    }

    pub(crate) fn builder(msg: impl Into<String>) -> Self {
        Error::new(Kind::Builder(msg.into()))
    }

    pub(crate) fn timeout(phase: TimeoutPhase) -> Self {
        Error::new(Kind::Timeout(phase))
    }

    /// An error response: status, parsed body (when it is one), raw body (truncated).
    pub(crate) fn api(meta: ResponseMeta, body: &[u8]) -> Self {
        Self::api_with(meta, body, ApiErrorBody::parse(body))
    }

    /// An API error when `body` is an error body (sent with a success status, or as a stream
    /// event); `None` when it is not one. The body is parsed once.
    pub(crate) fn from_error_body(meta: &ResponseMeta, body: &[u8]) -> Option<Self> {
        let api = ApiErrorBody::parse(body)?;
        Some(Self::api_with(meta.clone(), body, Some(api)).after_response())
    }

    /// An error the server sent as a message of an open connection (a realtime session's
    /// `error` event): the message read as an error body; no HTTP status.
    #[cfg(feature = "realtime")]
    pub(crate) fn api_message(body: &[u8]) -> Self {
        let mut e = Error::new(Kind::Api)
            .with_body(body, false)
            .after_response()
            .in_stream();
        e.0.api = ApiErrorBody::parse(body);
        e
    }

    fn api_with(meta: ResponseMeta, body: &[u8], api: Option<ApiErrorBody>) -> Self {
        let mut e = Error::new(Kind::Api).with_body(body, false);
        e.0.api = api;
        e.0.meta = Some(meta);
        e
    }

    /// Keeps the start of `body` (64 KiB, cut on a character boundary); `cut` says the body
    /// was already only a prefix.
    pub(crate) fn with_body(mut self, body: &[u8], cut: bool) -> Self {
        let mut end = body.len().min(MAX_KEPT_BODY);
        if end < body.len() {
            // Step back over UTF-8 continuation bytes.
            while end > MAX_KEPT_BODY - 4 && body[end] & 0xC0 == 0x80 {
                end -= 1;
            }
        }
        self.0.body_truncated = cut || end < body.len();
        self.0.body = Some(String::from_utf8_lossy(&body[..end]).into_owned());
        self
    }

    /// Marks the kept body as a prefix: the body was longer than could be read, or reading it
    /// failed part way.
    pub(crate) fn with_body_cut(mut self, cut: bool) -> Self {
        self.0.body_truncated |= cut;
        self
    }

    pub(crate) fn with_meta(mut self, meta: ResponseMeta) -> Self {
        self.0.meta = Some(meta);
        self
    }

    pub(crate) fn with_retry_after(mut self, d: Option<Duration>) -> Self {
        self.0.retry_after = d;
        self
    }

    pub(crate) fn after_response(mut self) -> Self {
        self.0.after_response = true;
        self
    }

    pub(crate) fn in_stream(mut self) -> Self {
        self.0.in_stream = true;
        self.0.after_response = true;
        self
    }

    /// Names the batch of a batched call that failed.
    pub(crate) fn in_batch(mut self, index: usize, inputs: std::ops::Range<usize>) -> Self {
        self.0.batch = Some((index, inputs));
        self
    }

    /// Keeps the tool loop's conversation so far.
    pub(crate) fn with_conversation(mut self, messages: Vec<mistral_types::Message>) -> Self {
        self.0.conversation = Some(messages);
        self
    }

    /// Keeps the conversation run loop's conversation id and entries so far.
    pub(crate) fn with_conversation_entries(
        mut self,
        conversation_id: Option<String>,
        entries: Vec<mistral_types::conversations::Entry>,
    ) -> Self {
        self.0.run = Some((conversation_id, entries));
        self
    }

    /// Keeps the Responses tool loop's last response id and items so far.
    #[cfg(feature = "responses")]
    pub(crate) fn with_response_items(
        mut self,
        response_id: Option<String>,
        items: Vec<mistral_types::responses::ResponseItem>,
    ) -> Self {
        self.0.responses_run = Some((response_id, items));
        self
    }

    /// Adds to the top-level message (see `Inner::detail`).
    pub(crate) fn with_detail(mut self, detail: String) -> Self {
        self.0.detail = Some(detail);
        self
    }

    /// Names a file this failure concerns (see [`file_id`](Self::file_id)).
    pub(crate) fn with_file_id(mut self, id: impl Into<String>) -> Self {
        self.0.file_id = Some(id.into());
        self
    }

    pub(crate) fn set_attempts(&mut self, n: u32) {
        self.0.attempts = n;
    }

    /// What went wrong, to `match` on.
    pub fn kind(&self) -> ErrorKind {
        match &self.0.kind {
            Kind::Builder(_) => ErrorKind::Builder,
            Kind::InvalidRequest(_) => ErrorKind::InvalidRequest,
            Kind::Api => match self.status().map(|s| s.as_u16()) {
                Some(429) => ErrorKind::RateLimited,
                Some(401) => ErrorKind::Unauthorized,
                Some(403) => ErrorKind::Forbidden,
                Some(404) => ErrorKind::NotFound,
                Some(422) => ErrorKind::Unprocessable,
                Some(400) => ErrorKind::BadRequest,
                Some(s) if s >= 500 => ErrorKind::Server,
                _ => ErrorKind::Api,
            },
            Kind::Timeout(_) => ErrorKind::Timeout,
            Kind::Connect { .. } => ErrorKind::Connect,
            Kind::Transport { .. } => ErrorKind::Transport,
            Kind::Protocol(_) => ErrorKind::Protocol,
            Kind::Body(_) => ErrorKind::Body,
            Kind::Decode(_) => ErrorKind::Decode,
            Kind::Stream(StreamKind::Truncated) => ErrorKind::TruncatedStream,
            Kind::Stream(_) => ErrorKind::Stream,
            Kind::Output(_) => ErrorKind::Output,
            Kind::ToolSteps(_) => ErrorKind::ToolStepLimit,
            Kind::ToolFailed { .. } => ErrorKind::ToolFailed,
            Kind::Io(_) => ErrorKind::Io,
            Kind::Replay(_) => ErrorKind::Replay,
            Kind::Processing(_) => ErrorKind::ProcessingFailed,
        }
    }

    /// HTTP 429: rate limited (see [`retry_after`](Self::retry_after) and
    /// [`rate_limits`](Self::rate_limits)).
    pub fn is_rate_limited(&self) -> bool {
        self.kind() == ErrorKind::RateLimited
    }

    /// HTTP 401 or 403: the key is wrong, or may not do this.
    pub fn is_auth(&self) -> bool {
        matches!(self.kind(), ErrorKind::Unauthorized | ErrorKind::Forbidden)
    }

    /// The error body's machine-readable `code` (e.g. `"3210"`), when the server sent one.
    pub fn code(&self) -> Option<&str> {
        self.0.api.as_ref()?.code.as_deref()
    }

    /// The error body's `type` (e.g. `invalid_request_error`, `rate_limit_error`).
    pub fn error_type(&self) -> Option<&str> {
        self.0.api.as_ref()?.kind.as_deref()
    }

    /// The error body's `param`: the offending request field, when the server names one.
    pub fn param(&self) -> Option<&str> {
        self.0.api.as_ref()?.param.as_deref()
    }

    /// The error body's message, when the server sent one.
    pub fn message(&self) -> Option<&str> {
        self.0.api.as_ref()?.message.as_deref()
    }

    /// For the tool loop ([`run_tools`](crate::Chat::run_tools), chat's or agents'): the
    /// conversation up to the failure, whatever failed (an API error status, a timeout, a
    /// connection error, the step limit): the request's messages, then each assistant turn and
    /// tool result, so that it can be shown, saved or continued.
    /// [`run_tools_from`](crate::Chat::run_tools_from) resumes the run from it with the same
    /// request, without running the tools already answered again:
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client, request: mistral::chat::ChatRequest,
    /// #     tools: mistral::chat::Tools) -> Result<(), mistral::Error> {
    /// let run = match client.chat().run_tools(&request, &tools).await {
    ///     Ok(run) => run,
    ///     Err(e) => match e.conversation() {
    ///         Some(so_far) => client.chat().run_tools_from(&request, so_far, &tools).await?,
    ///         None => return Err(e),
    ///     },
    /// };
    /// # let _ = run; Ok(()) }
    /// ```
    pub fn conversation(&self) -> Option<&[mistral_types::Message]> {
        self.0.conversation.as_deref()
    }

    /// For the conversation run loop
    /// ([`Conversations::run`](crate::api::conversations::Conversations::run)): the
    /// conversation's id, once the server named it (`None` when starting it failed).
    pub fn conversation_id(&self) -> Option<&str> {
        self.0.run.as_ref()?.0.as_deref()
    }

    /// For the conversation run loop: every entry so far, in order (the inputs sent, the
    /// server's outputs, the function results). When the failure came before some function
    /// results reached the server (the append carrying them failed, or the step limit was
    /// reached after running them), they are the last entries: send them with
    /// [`run_in`](crate::api::conversations::Conversations::run_in) to go on.
    pub fn entries(&self) -> Option<&[mistral_types::conversations::Entry]> {
        self.0.run.as_ref().map(|(_, e)| e.as_slice())
    }

    /// For the Responses tool loop
    /// ([`Responses::run`](crate::api::responses::Responses::run)): the id of the last
    /// response the server made (`None` when the first call failed).
    #[cfg(feature = "responses")]
    #[cfg_attr(docsrs, doc(cfg(feature = "responses")))]
    pub fn response_id(&self) -> Option<&str> {
        self.0.responses_run.as_ref()?.0.as_deref()
    }

    /// For the Responses tool loop: every item so far, in order (the request's input, each
    /// response's output, the function call outputs made). Function call outputs not yet sent
    /// are the last items: send them as the next request's input to go on.
    #[cfg(feature = "responses")]
    #[cfg_attr(docsrs, doc(cfg(feature = "responses")))]
    pub fn response_items(&self) -> Option<&[mistral_types::responses::ResponseItem]> {
        self.0.responses_run.as_ref().map(|(_, i)| i.as_slice())
    }

    /// The HTTP status, for an error response (or a stream error after a 200).
    pub fn status(&self) -> Option<StatusCode> {
        self.0.meta.as_ref().map(ResponseMeta::status)
    }

    /// The parsed error body, when the server sent one that could be read.
    pub fn api_error(&self) -> Option<&ApiErrorBody> {
        self.0.api.as_ref()
    }

    /// The raw error body (up to 64 KiB, credentials redacted), when there was one. See
    /// [`body_truncated`](Self::body_truncated) for whether it is the whole body.
    pub fn body(&self) -> Option<&str> {
        self.0.body.as_deref()
    }

    /// Whether [`body`](Self::body) is only the start of the body: it was over 64 KiB, over the
    /// 1 MiB read bound, or reading it failed part way.
    pub fn body_truncated(&self) -> bool {
        self.0.body_truncated
    }

    /// The delay the server asked for (`retry-after-ms` / `Retry-After`), when present and valid.
    pub fn retry_after(&self) -> Option<Duration> {
        self.0.retry_after
    }

    /// The request id header of the failed response, when there was a response.
    pub fn request_id(&self) -> Option<&str> {
        self.0.meta.as_ref().and_then(ResponseMeta::request_id)
    }

    /// The rate-limit headers of the failed response.
    pub fn rate_limits(&self) -> Option<&RateLimits> {
        self.0.meta.as_ref().map(ResponseMeta::rate_limits)
    }

    /// Response metadata (status, headers), when there was a response.
    pub fn response_meta(&self) -> Option<&ResponseMeta> {
        self.0.meta.as_ref()
    }

    /// For a batched call (e.g. [`create_batched`](crate::Embeddings::create_batched)): the
    /// index of the batch that failed (from 0) and the positions of its inputs.
    pub fn batch(&self) -> Option<(usize, std::ops::Range<usize>)> {
        self.0.batch.clone()
    }

    /// The id of a file this failure concerns, when there is one: for
    /// [`Batch::submit`](crate::Batch::submit), the input file that was uploaded before the
    /// job could not be created (it stays in the account: reuse it with
    /// [`Batch::create`](crate::Batch::create), or delete it with
    /// [`Files::delete`](crate::Files::delete)); for [`Batch::results`](crate::Batch::results),
    /// the output or error file whose download failed.
    pub fn file_id(&self) -> Option<&str> {
        self.0.file_id.as_deref()
    }

    /// How many attempts ran (1 when nothing was retried).
    pub fn attempts(&self) -> u32 {
        self.0.attempts
    }

    /// The request's violations, for an invalid request (nothing was sent).
    pub fn validation(&self) -> Option<&ValidationError> {
        match &self.0.kind {
            Kind::InvalidRequest(v) => Some(v),
            _ => None,
        }
    }

    /// Why the model's output could not be read into the requested type (structured output),
    /// with the raw text.
    pub fn parse_error(&self) -> Option<&mistral_types::ParseError> {
        match &self.0.kind {
            Kind::Output(p) => Some(p),
            _ => None,
        }
    }

    /// The model's output did not match the requested type (see [`parse_error`](Self::parse_error)).
    pub fn is_output(&self) -> bool {
        matches!(self.0.kind, Kind::Output(_))
    }

    /// For [`ErrorKind::ProcessingFailed`]: the document's final processing status
    /// (`error`, `missing_content`, ...) as the server sent it.
    pub fn process_status(&self) -> Option<&str> {
        match &self.0.kind {
            Kind::Processing(s) => Some(s),
            _ => None,
        }
    }

    /// The tool loop stopped at its step limit (the limit is in the message).
    pub fn is_tool_step_limit(&self) -> bool {
        matches!(self.0.kind, Kind::ToolSteps(_))
    }

    /// Which timeout fired, for a timeout.
    pub fn timeout_phase(&self) -> Option<TimeoutPhase> {
        match self.0.kind {
            Kind::Timeout(p) => Some(p),
            _ => None,
        }
    }

    /// The server answered with an error status (or an error body).
    pub fn is_status(&self) -> bool {
        matches!(self.0.kind, Kind::Api)
    }

    /// A timeout fired (see [`timeout_phase`](Self::timeout_phase)).
    pub fn is_timeout(&self) -> bool {
        matches!(self.0.kind, Kind::Timeout(_))
    }

    /// The connection could not be established (a connect timeout is also `is_timeout`).
    pub fn is_connect(&self) -> bool {
        matches!(
            self.0.kind,
            Kind::Connect { .. } | Kind::Timeout(TimeoutPhase::Connect)
        )
    }

    /// The request was rejected before sending by [`ChatRequest::validate`](mistral_types::ChatRequest::validate).
    pub fn is_invalid_request(&self) -> bool {
        matches!(self.0.kind, Kind::InvalidRequest(_))
    }

    /// The client was misconfigured (bad key, header or base URL).
    pub fn is_builder(&self) -> bool {
        matches!(self.0.kind, Kind::Builder(_))
    }

    /// A response (or stream event) could not be read into the expected type.
    pub fn is_decode(&self) -> bool {
        matches!(self.0.kind, Kind::Decode(_))
    }

    /// Reading the response body failed (cut off, reset, or over the size cap).
    pub fn is_body(&self) -> bool {
        matches!(self.0.kind, Kind::Body(_))
    }

    /// The error happened in a stream (truncated, bad content type, bad framing), or the
    /// connection failed mid-stream (then `is_body` is also true).
    pub fn is_stream(&self) -> bool {
        self.0.in_stream || matches!(self.0.kind, Kind::Stream(_))
    }

    /// The stream ended before `[DONE]` and before any finish reason.
    pub fn is_truncated(&self) -> bool {
        matches!(self.0.kind, Kind::Stream(StreamKind::Truncated))
    }

    /// The connection failed or closed before any response arrived.
    pub fn is_transport(&self) -> bool {
        matches!(self.0.kind, Kind::Transport { .. })
    }

    /// The server answered with something that is not valid HTTP (a garbage status line, too
    /// many or too large headers, ...). Never retried: the request may have been processed.
    /// The parser's reason is in the message and the source chain.
    pub fn is_protocol(&self) -> bool {
        matches!(self.0.kind, Kind::Protocol(_))
    }

    /// A local file could not be read (an upload) or written (a download): see
    /// [`source`](std::error::Error::source) for the [`std::io::Error`].
    pub fn is_io(&self) -> bool {
        matches!(self.0.kind, Kind::Io(_))
    }

    /// Whether sending the same request again may succeed: connection failures before a
    /// response, timeouts before headers, and the statuses 408, 429, 500, 502, 503, 504.
    pub fn is_retryable(&self) -> bool {
        if self.0.after_response {
            return false;
        }
        match &self.0.kind {
            Kind::Connect { retryable } | Kind::Transport { retryable } => *retryable,
            Kind::Timeout(p) => matches!(p, TimeoutPhase::Connect | TimeoutPhase::Request),
            Kind::Api => self.status().is_some_and(is_retryable_status),
            _ => false,
        }
    }
}

/// Statuses worth retrying: 408, 429, 500, 502, 503, 504.
pub(crate) fn is_retryable_status(s: StatusCode) -> bool {
    matches!(s.as_u16(), 408 | 429 | 500 | 502 | 503 | 504)
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((i, r)) = &self.0.batch {
            write!(f, "batch {i} (inputs {}..{}): ", r.start, r.end)?;
        }
        match &self.0.kind {
            Kind::Builder(m) => write!(f, "invalid client configuration: {m}"),
            Kind::InvalidRequest(v) => write!(f, "{v}"),
            Kind::Api => {
                match self.status() {
                    Some(status) => write!(f, "API error {status}")?,
                    // A message of an open connection (a realtime `error` event) has none.
                    None => f.write_str("API error")?,
                }
                match &self.0.api {
                    Some(api) => {
                        if let Some(k) = &api.kind {
                            write!(f, " ({k})")?;
                        }
                        if let Some(m) = &api.message {
                            write!(f, ": {}", mistral_types::snippet(m, MAX_DISPLAY_BODY))?;
                        }
                    }
                    None => {
                        if let Some(b) = self.0.body.as_deref().filter(|b| !b.trim().is_empty()) {
                            write!(f, ": {}", mistral_types::snippet(b.trim(), MAX_DISPLAY_BODY))?;
                        }
                    }
                }
                Ok(())
            }
            Kind::Timeout(p) => match &self.0.detail {
                Some(d) => write!(f, "{p} timeout: {d}"),
                None => write!(f, "{p} timeout"),
            },
            Kind::Connect { .. } => match &self.0.detail {
                Some(d) => write!(f, "connection failed: {d}"),
                None => f.write_str("connection failed"),
            },
            Kind::Transport { .. } => f.write_str("connection failed before a response arrived"),
            Kind::Protocol(reason) => write!(f, "the server's response is not valid HTTP: {reason}"),
            Kind::Body(m) => write!(f, "error reading the response body: {m}"),
            Kind::Decode(m) => write!(f, "could not decode the response: {m}"),
            Kind::Stream(StreamKind::Truncated) => {
                f.write_str("stream ended before [DONE] and before any finish_reason (truncated)")
            }
            Kind::Stream(StreamKind::ContentType(ct)) => {
                write!(
                    f,
                    "expected a text/event-stream response, got content type {ct:?}"
                )
            }
            Kind::Stream(StreamKind::Framing(m)) => write!(f, "invalid event stream: {m}"),
            Kind::Output(p) => write!(f, "the model's output could not be read: {p}"),
            Kind::Io(m) => write!(f, "{m}"),
            Kind::Replay(m) => write!(f, "no recorded exchange matches the request: {m}"),
            Kind::Processing(status) => write!(
                f,
                "the document {} could not be processed: its status is {status}",
                self.0.file_id.as_deref().unwrap_or("(unknown)")
            ),
            Kind::ToolSteps(n) => write!(
                f,
                "the tool loop reached its limit of {n} step{} without a final answer",
                if *n == 1 { "" } else { "s" }
            ),
            Kind::ToolFailed { name, call_id } => {
                write!(f, "the tool `{name}` failed on the call `{call_id}`")
            }
        }?;
        if self.0.attempts > 1 {
            write!(f, " (after {} attempts)", self.0.attempts)?;
        }
        if let Some(id) = &self.0.file_id {
            write!(f, " (file {id})")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Error");
        d.field("kind", &self.0.kind);
        if let Some(s) = self.status() {
            d.field("status", &s);
        }
        if let Some(a) = &self.0.api {
            d.field("api", a);
        }
        if self.0.body_truncated {
            d.field("body_truncated", &true);
        }
        if let Some(r) = &self.0.retry_after {
            d.field("retry_after", r);
        }
        if let Some(id) = self.request_id() {
            d.field("request_id", &id);
        }
        d.field("attempts", &self.0.attempts);
        if let Some(b) = &self.0.batch {
            d.field("batch", b);
        }
        if let Some(id) = &self.0.file_id {
            d.field("file_id", id);
        }
        if let Some(s) = &self.0.source {
            d.field("source", s);
        }
        d.finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.0.kind {
            Kind::InvalidRequest(v) => Some(v),
            Kind::Output(p) => Some(p),
            _ => self.0.source.as_deref().map(|e| e as _),
        }
    }
}

impl From<mistral_types::ParseError> for Error {
    fn from(p: mistral_types::ParseError) -> Self {
        Error::new(Kind::Output(p))
    }
}

impl From<ValidationError> for Error {
    fn from(v: ValidationError) -> Self {
        Error::new(Kind::InvalidRequest(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + 'static>() {}

    #[test]
    fn error_is_send_sync_and_small() {
        assert_send_sync::<Error>();
        assert_eq!(std::mem::size_of::<Error>(), std::mem::size_of::<usize>());
    }
}
