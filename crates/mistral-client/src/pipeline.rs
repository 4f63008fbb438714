//! The one request pipeline every endpoint's handle uses: per-call options, validation,
//! encoding, the retry loop, timeouts, error decoding, response metadata and stream setup.
//! A handle (a struct of its own in `api/`, declared with `handle!`) wraps a `Core` and
//! only says which method and path, and which types go in and out.

use std::borrow::Cow;
use std::future::Future as _;
use std::pin::Pin;
use std::task::Poll;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::header::{HeaderValue, CONTENT_TYPE};
use http::{HeaderMap, Method, Uri};
use http_body_util::BodyExt;
use mistral_types::{
    ApiRequest, ChatCompletionResponse, ChunkReader, CompletionChunk, StreamableRequest, Usage,
};
use serde::de::DeserializeOwned;
use tokio::time::Instant;
use tracing::field::Empty;
use tracing::{Instrument, Span};

use crate::error::{Error, Kind, Result, StreamKind, TimeoutPhase, MAX_ERROR_BODY};
use crate::headers::{parse_header, Accept};
use crate::meta::{ResponseMeta, WithMeta};
use crate::ops::Resend;
use crate::redact::Secrets;
use crate::retry::{parse_retry_after, RetryPolicy};
use crate::state::Client;
use crate::stream::EventStream;
use crate::timer::Timer;
use crate::transport::Body;
use crate::upload::{upload_read_error, Multipart};

/// Per-call overrides, the same on every handle. Unset options use the client's settings.
///
/// Set them on a handle (`client.embeddings().max_retries(0).create(&req)`), or build a set
/// once and apply it to any handle with its `options` method
/// ([`Chat::options`](crate::Chat::options), [`Files::options`](crate::Files::options), ...).
///
/// ```
/// use std::time::Duration;
/// use mistral::CallOptions;
///
/// let quick = CallOptions::new()
///     .max_retries(0)
///     .timeout(Duration::from_secs(5)) // or `Some(..)`; `None` turns it off
///     .total_timeout(None)
///     .header("x-request-source", "batch-job");
/// # let _ = quick;
/// ```
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct CallOptions {
    retry: Option<RetryPolicy>,
    max_retries: Option<u32>,
    request_timeout: Option<Option<Duration>>,
    stream_idle_timeout: Option<Option<Duration>>,
    total_timeout: Option<Option<Duration>>,
    headers: HeaderMap,
    invalid_header: Option<String>,
    resend_after_send: bool,
    /// A deadline set by a helper that loops (a batch wait): every call it makes ends by then,
    /// retries included, as a total timeout would.
    until: Option<Instant>,
}

impl CallOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// Retries for this call (0 disables them), keeping the rest of the retry policy.
    pub fn max_retries(mut self, n: u32) -> Self {
        self.max_retries = Some(n);
        self
    }

    /// The whole retry policy for this call.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// The request timeout for this call: a `Duration` sets it, `None` disables it. It bounds
    /// each attempt, not the whole call: with retries the call can take several times as long
    /// (see [`total_timeout`](Self::total_timeout)).
    pub fn timeout(mut self, t: impl Into<Option<Duration>>) -> Self {
        self.request_timeout = Some(t.into());
        self
    }

    /// The stream idle timeout for this call: a `Duration` sets it, `None` disables it.
    pub fn stream_idle_timeout(mut self, t: impl Into<Option<Duration>>) -> Self {
        self.stream_idle_timeout = Some(t.into());
        self
    }

    /// A deadline on this whole call, retries and stream included: a `Duration` sets it,
    /// `None` disables it.
    pub fn total_timeout(mut self, t: impl Into<Option<Duration>>) -> Self {
        self.total_timeout = Some(t.into());
        self
    }

    /// Lets a call that creates something (a batch job, a file upload) be sent again even
    /// when the server may already have received it: after a connection reset once the
    /// request was written, a request timeout, or a 500, 502 or 504. Off by default, since
    /// each such retry can create a second job or file; reads, deletes and computations
    /// (completions, embeddings, OCR...) are retried either way. See the README's Behaviour
    /// section for the rule.
    pub fn resend_after_send(mut self, yes: bool) -> Self {
        self.resend_after_send = yes;
        self
    }

    /// An extra header for this call. An invalid name or value fails the call with a builder
    /// error before anything is sent. Credential headers are marked sensitive.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        match parse_header(name, value) {
            Ok((n, v)) => {
                self.headers.insert(n, v);
            }
            Err(e) => {
                self.invalid_header
                    .get_or_insert_with(|| format!("per-call header: {e}"));
            }
        }
        self
    }
}

/// What every handle holds: the client and the per-call overrides. The handle structs
/// (`Chat`, `Files`, ... in `api/`) wrap it; its methods are the pipeline, written once.
#[derive(Clone)]
pub(crate) struct Core<'a> {
    pub(crate) client: &'a Client,
    pub(crate) opts: CallOptions,
}

impl<'a> Core<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Core {
            client,
            opts: CallOptions::default(),
        }
    }

    /// The options in force for a call: the handle's overrides over the client's settings.
    fn settings(&self) -> Settings {
        let inner = self.client.inner();
        let mut retry = self.opts.retry.clone().unwrap_or_else(|| inner.retry.clone());
        if let Some(n) = self.opts.max_retries {
            retry = retry.max_retries(n);
        }
        Settings {
            retry,
            request_timeout: self.opts.request_timeout.unwrap_or(inner.timeouts.request),
            stream_idle: self
                .opts
                .stream_idle_timeout
                .unwrap_or(inner.timeouts.stream_idle),
            total: self.opts.total_timeout.unwrap_or(inner.timeouts.total),
            attempts: std::sync::atomic::AtomicU32::new(0),
            resend_after_send: self.opts.resend_after_send,
            until: self.opts.until,
        }
    }

    /// This handle with every call ending by `deadline` at the latest (retries, back-off and
    /// streams included; the error is a [`TimeoutPhase::Total`] timeout): how a helper that
    /// loops makes its own deadline bound each request inside it.
    pub(crate) fn until(&self, deadline: Instant) -> Self {
        let mut core = self.clone();
        core.opts.until = Some(core.opts.until.map_or(deadline, |d| d.min(deadline)));
        core
    }

    /// The headers of a request made outside the pipeline (the realtime WebSocket upgrade):
    /// the client's (the key, the user agent, default headers) and this handle's per-call ones.
    #[cfg(feature = "realtime")]
    pub(crate) fn headers(&self) -> http::HeaderMap {
        let mut headers = self.client.inner().headers.clone();
        for (k, v) in &self.opts.headers {
            headers.insert(k.clone(), v.clone());
        }
        headers
    }

    /// The secrets to redact from this call's errors: the client's and the per-call
    /// credential headers'.
    pub(crate) fn secrets(&self) -> Secrets {
        self.client.inner().secrets.with_headers(&self.opts.headers)
    }

    /// Checks the per-call headers and the request, then serializes it.
    pub(crate) fn encode<R: ApiRequest>(&self, request: &R) -> Result<Bytes> {
        self.check_headers()?;
        request.check()?;
        Ok(Bytes::from(to_json(request)?))
    }

    /// As [`encode`](Self::encode), with the request's `stream` flag set to `stream` (the
    /// caller's value is kept when it agrees).
    pub(crate) fn encode_streamable<R: StreamableRequest>(&self, request: &R, stream: bool) -> Result<Bytes> {
        self.check_headers()?;
        request.check()?;
        Ok(Bytes::from(match request.stream_flag() {
            Some(s) if s == stream => to_json(request)?,
            Some(_) => {
                let mut r = request.clone();
                r.set_stream_flag(stream);
                to_json(&r)?
            }
            None => with_field(to_json(request)?, "stream", if stream { "true" } else { "false" }),
        }))
    }

    /// A client built without a key for Mistral's API sends nothing that carries no
    /// credential of its own (a per-call `authorization`): the server would refuse it, and the
    /// caller could not tell a missing key from a revoked one.
    pub(crate) fn check_authorized(&self) -> Result<()> {
        if self.client.inner().authorized || self.opts.headers.contains_key(http::header::AUTHORIZATION) {
            return Ok(());
        }
        Err(Error::builder(
            "this client has no API key (built with without_api_key()): to Mistral's API it \
             can only open realtime sessions with a session secret, or send calls with their \
             own authorization header",
        ))
    }

    pub(crate) fn check_headers(&self) -> Result<()> {
        match &self.opts.invalid_header {
            Some(msg) => Err(Error::builder(msg.clone())),
            None => Ok(()),
        }
    }

    /// The call's span, after the OpenTelemetry GenAI conventions (`otel.name` is
    /// `"{operation} {model}"`); response fields are recorded when they are known.
    fn span(&self, call: &Call<'_>) -> Span {
        let inner = self.client.inner();
        let t = &call.telemetry;
        // Formatted only by a subscriber that records it: no allocation per call otherwise.
        let name = SpanName {
            operation: call.span_operation.unwrap_or(call.operation),
            model: t.model.or(t.agent_id),
        };
        let span = tracing::info_span!(
            "mistral",
            otel.name = %name,
            otel.kind = "client",
            gen_ai.operation.name = call.span_operation.unwrap_or(call.operation),
            gen_ai.conversation.id = call.conversation_id,
            gen_ai.provider.name = "mistral_ai",
            gen_ai.request.model = t.model,
            gen_ai.agent.id = t.agent_id,
            gen_ai.request.temperature = t.temperature,
            gen_ai.request.top_p = t.top_p,
            gen_ai.request.max_tokens = t.max_tokens,
            gen_ai.response.id = Empty,
            gen_ai.response.model = Empty,
            gen_ai.response.finish_reasons = Empty,
            gen_ai.usage.input_tokens = Empty,
            gen_ai.usage.output_tokens = Empty,
            gen_ai.response.time_to_first_chunk = Empty,
            server.address = %inner.server_address,
            server.port = inner.server_port,
            http.response.status_code = Empty,
            error.type = Empty,
        );
        if inner.trace_content {
            if let Some(body) = &call.body {
                span.in_scope(|| {
                    tracing::debug!(target: "mistral::content", request = %String::from_utf8_lossy(body), "request content")
                });
            }
        }
        span
    }

    /// Sends `call` and decodes the JSON answer into `T`, with the response metadata.
    ///
    /// The whole call's state is boxed at once (the call, its settings and span, retries,
    /// timers, the body): the future a caller holds is a pointer, so a spawn, a join or an
    /// `await` in a caller's future moves 8 bytes instead of the call, and the boxed state
    /// is never moved again (the work is pinned where it is, its wrappers hold a reference).
    #[allow(clippy::type_complexity)]
    pub(crate) fn fetch<'s, T: Decode + 's>(
        &'s self,
        call: Call<'s>,
    ) -> Pin<Box<impl std::future::Future<Output = Result<WithMeta<T>>> + use<'a, 's, T>>> {
        Box::pin(async move {
            let settings = self.settings();
            let total_deadline = settings.deadline();
            let span = self.span(&call);
            let started = Instant::now();
            let work = std::pin::pin!(async {
                let uri = self.client.url(&call.path)?;
                let mut timer = Timer::new(&self.client.inner().timers);
                let (meta, body, deadline, attempts) = self
                    .send(&uri, &call, Accept::Json, &settings, &mut timer)
                    .await?;
                let max = self.client.inner().max_response_bytes;
                let bytes = read_body(body, max, deadline, &mut timer).await?;
                if self.client.inner().trace_content {
                    tracing::debug!(target: "mistral::content", response = %String::from_utf8_lossy(&bytes), "response content");
                }
                // The secrets are gathered only for an error to redact.
                let value = decode::<T>(&meta, &bytes, || self.secrets())?;
                succeeded(&meta, started, attempts);
                Ok(WithMeta::new(value, meta))
            });
            let result = with_total(total_deadline, &settings.attempts, work)
                .instrument(span.clone())
                .await;
            // No subscriber listens: nothing to record (the finish reasons would be gathered
            // for nothing).
            if !span.is_disabled() {
                record_outcome(&span, &result);
                if let Ok(v) = &result {
                    v.record(&span);
                }
            }
            result
        })
    }

    /// Sends `call` and returns the event stream once the response headers arrive. An error
    /// status, or a reply that is not `text/event-stream`, fails this call (with the parsed
    /// body), not the stream. The span stays open until the stream ends.
    pub(crate) async fn event_stream<C: StreamChunk>(&self, call: Call<'_>) -> Result<EventStream<C>> {
        let settings = self.settings();
        let total_deadline = settings.deadline();
        let span = self.span(&call);
        let started = Instant::now();
        let work = async {
            let uri = self.client.url(&call.path)?;
            let mut timer = Timer::new(&self.client.inner().timers);
            let (meta, body, deadline, attempts) = self
                .send(&uri, &call, Accept::EventStream, &settings, &mut timer)
                .await?;
            let secrets = self.secrets();
            if !is_event_stream(&meta) {
                let ct = content_type(&meta).to_owned();
                let (bytes, cut) = read_error_body(body, deadline, &mut timer).await;
                let bytes = secrets.redact(&bytes);
                if let Some(e) = Error::from_error_body(&meta, &bytes) {
                    return Err(e.with_body_cut(cut));
                }
                return Err(Error::new(Kind::Stream(StreamKind::ContentType(ct)))
                    .with_body(&bytes, cut)
                    .with_meta(meta)
                    .after_response());
            }
            succeeded(&meta, started, attempts);
            Ok(EventStream::new(
                meta,
                body,
                settings.stream_idle,
                total_deadline,
                self.client.inner().max_event_bytes,
                secrets,
            ))
        };
        // The same deadline bounds the stream that follows.
        // Boxed: the call's state (retries, timers) stays in one place instead of being copied
        // with every future that holds the call (a spawn, a join). Boxed before it is wrapped:
        // each wrapper would otherwise copy it once more.
        let result = with_total(total_deadline, &settings.attempts, Box::pin(work))
            .instrument(span.clone())
            .await;
        match result {
            Ok(stream) => {
                span.record("http.response.status_code", stream.meta().status().as_u16());
                // No subscriber listens: nothing to note per chunk.
                if span.is_disabled() {
                    return Ok(stream);
                }
                Ok(stream.traced(span, started))
            }
            Err(e) => {
                record_error(&span, &e);
                Err(e)
            }
        }
    }

    /// Sends `call` and streams the response body into `out` (a file download): retried like
    /// every call until the headers arrive; then each frame must come within the stream idle
    /// timeout, and the whole call within its total deadline. Returns the bytes written.
    pub(crate) async fn fetch_into(&self, call: Call<'_>, out: &mut impl Sink) -> Result<WithMeta<u64>> {
        let settings = self.settings();
        let total_deadline = settings.deadline();
        let span = self.span(&call);
        let started = Instant::now();
        let work = async {
            let uri = self.client.url(&call.path)?;
            let (meta, mut body, _, attempts) = self
                .send(
                    &uri,
                    &call,
                    Accept::Any,
                    &settings,
                    &mut Timer::new(&self.client.inner().timers),
                )
                .await?;
            // A sink with a cap refuses a body announced larger at once, before reading it.
            out.expect(http_body::Body::size_hint(&body).exact())?;
            let mut written: u64 = 0;
            loop {
                let frame = match settings.stream_idle {
                    None => body.frame().await,
                    Some(idle) => tokio::time::timeout(idle, body.frame())
                        .await
                        .map_err(|_| Error::timeout(TimeoutPhase::StreamIdle).after_response())?,
                };
                let data = match frame {
                    None => break,
                    Some(Err(e)) => {
                        return Err(Error::new(Kind::Body(format!(
                            "the connection failed after {written} bytes of the download"
                        )))
                        .with_boxed_source(e)
                        .after_response())
                    }
                    Some(Ok(f)) => match f.into_data() {
                        Ok(d) => d,
                        Err(_) => continue,
                    },
                };
                written += data.len() as u64;
                out.put(data).await?;
            }
            out.finish().await?;
            succeeded(&meta, started, attempts);
            Ok(WithMeta::new(written, meta))
        };
        // Boxed, as in `event_stream`.
        let result = with_total(total_deadline, &settings.attempts, Box::pin(work))
            .instrument(span.clone())
            .await;
        record_outcome(&span, &result);
        result
    }

    /// The retry loop: sends, turns error statuses into errors, retries what may be retried.
    /// Returns a success response's metadata, body and the attempt's request deadline.
    async fn send(
        &self,
        uri: &Uri,
        call: &Call<'_>,
        accept: Accept,
        settings: &Settings,
        timer: &mut Timer<'_>,
    ) -> Result<(ResponseMeta, Body, Option<Instant>, u32)> {
        self.check_authorized()?;
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            // Read by the total deadline, which can end the call between two attempts.
            settings
                .attempts
                .store(attempt, std::sync::atomic::Ordering::Relaxed);
            let err = match self
                .attempt(uri, call, accept, settings.request_timeout, timer)
                .await
            {
                Ok((meta, body, deadline)) => return Ok((meta, body, deadline, attempt)),
                Err(e) => e,
            };
            let resend = settings.resend_after_send || crate::ops::resend(call.operation) == Resend::Safe;
            match settings.retry.delay_after(&err, attempt - 1, resend) {
                Some(delay) => {
                    tracing::debug!(attempt, ?delay, error = %err, "retrying");
                    tokio::time::sleep(delay).await;
                }
                None => {
                    let mut err = err;
                    err.set_attempts(attempt);
                    return Err(err);
                }
            }
        }
    }

    async fn attempt(
        &self,
        uri: &Uri,
        call: &Call<'_>,
        accept: Accept,
        request_timeout: Option<Duration>,
        timer: &mut Timer<'_>,
    ) -> Result<(ResponseMeta, Body, Option<Instant>)> {
        let inner = self.client.inner();
        let deadline = request_timeout.map(|t| Instant::now() + t);
        let send = std::pin::pin!(async {
            let request = self.build_request(uri, call, accept);
            match &call.upload {
                None => inner.transport.send(request).await.map_err(Error::from),
                // Boxed: an upload's state (opening the file) stays out of every call's.
                Some(upload) => Box::pin(self.send_upload(upload, request)).await,
            }
        });
        let response = match within(timer, deadline, send).await {
            Some(r) => r,
            None => return Err(Error::timeout(TimeoutPhase::Request)),
        }?;
        let (parts, body) = response.into_parts();
        let meta = ResponseMeta::new(parts.status, parts.headers);
        if !meta.status().is_success() {
            // Boxed: the error path's state stays out of every call's.
            return Err(Box::pin(self.status_error(meta, body, deadline, timer)).await);
        }
        // The header is looked up only when a warning can be seen.
        if tracing::level_enabled!(tracing::Level::WARN) {
            if let Some(when) = meta.model_deprecation() {
                tracing::warn!(
                    removal = when,
                    "the requested model is deprecated and will be removed"
                );
            }
        }
        Ok((meta, body, deadline))
    }

    /// Sends a multipart upload: a fresh body each attempt (the file is read again from its
    /// start).
    async fn send_upload(
        &self,
        upload: &Multipart,
        request: http::Request<Bytes>,
    ) -> Result<http::Response<Body>> {
        let body = upload.open().await?;
        let (mut parts, _) = request.into_parts();
        parts.headers.insert(CONTENT_TYPE, upload.content_type());
        parts
            .headers
            .insert(http::header::CONTENT_LENGTH, HeaderValue::from(upload.len()));
        let request = http::Request::from_parts(parts, body);
        self.client
            .inner()
            .transport
            .send_streaming(request)
            .await
            .map_err(|e| {
                // The file failing mid-upload is a local error, not a connection failure.
                match upload_read_error(&e) {
                    Some(what) => Error::new(Kind::Io(what)).with_source(e),
                    None => Error::from(e),
                }
            })
    }

    /// The error of a response with an error status. Reads what there is of the body
    /// (bounded); a body that fails or overflows never hides the status.
    async fn status_error(
        &self,
        meta: ResponseMeta,
        body: Body,
        deadline: Option<Instant>,
        timer: &mut Timer<'_>,
    ) -> Error {
        let (bytes, cut) = read_error_body(body, deadline, timer).await;
        let bytes = self.secrets().redact(&bytes).into_owned();
        let retry_after = parse_retry_after(meta.headers(), SystemTime::now());
        Error::api(meta, &bytes)
            .with_body_cut(cut)
            .with_retry_after(retry_after)
    }

    fn build_request(&self, uri: &Uri, call: &Call<'_>, accept: Accept) -> http::Request<Bytes> {
        let mut req = http::Request::new(call.body.clone().unwrap_or_default());
        *req.method_mut() = call.method.clone();
        *req.uri_mut() = uri.clone();
        // The client's headers for this kind of call, built once (see `RequestHeaders`): a
        // clone, then the per-call ones over them.
        let mut headers = self
            .client
            .inner()
            .request_headers
            .for_call(accept, call.body.as_deref());
        for (k, v) in &self.opts.headers {
            headers.insert(k.clone(), v.clone());
        }
        *req.headers_mut() = headers;
        req
    }
}

/// The per-call setters of a handle struct, writing to the [`CallOptions`] at `$field` (the
/// async handle's `core.opts`, the blocking handle's `inner.core.opts`): one list for every
/// handle.
macro_rules! per_call_setters {
    ($ty:ident => $($field:ident).+) => {
        impl $ty<'_> {
            /// Replaces this handle's overrides with `opts` (a set prepared once, see
            /// [`CallOptions`](crate::CallOptions)).
            pub fn options(mut self, opts: $crate::CallOptions) -> Self {
                self.$($field).+ = opts;
                self
            }

            /// Retries for calls on this handle (0 disables them).
            pub fn max_retries(mut self, n: u32) -> Self {
                self.$($field).+ = self.$($field).+.max_retries(n);
                self
            }

            /// The retry policy for calls on this handle.
            pub fn retry_policy(mut self, policy: $crate::RetryPolicy) -> Self {
                self.$($field).+ = self.$($field).+.retry_policy(policy);
                self
            }

            /// The request timeout for calls on this handle: a `Duration` sets it, `None`
            /// disables it. It bounds each attempt; see [`total_timeout`](Self::total_timeout)
            /// for the whole call.
            pub fn timeout(mut self, t: impl Into<Option<std::time::Duration>>) -> Self {
                self.$($field).+ = self.$($field).+.timeout(t);
                self
            }

            /// The stream idle timeout for calls on this handle: a `Duration` sets it, `None`
            /// disables it.
            pub fn stream_idle_timeout(mut self, t: impl Into<Option<std::time::Duration>>) -> Self {
                self.$($field).+ = self.$($field).+.stream_idle_timeout(t);
                self
            }

            /// A deadline on each whole call on this handle, retries and stream included: a
            /// `Duration` sets it, `None` disables it.
            pub fn total_timeout(mut self, t: impl Into<Option<std::time::Duration>>) -> Self {
                self.$($field).+ = self.$($field).+.total_timeout(t);
                self
            }

            /// Lets calls on this handle that create something (a batch job, a file upload)
            /// be sent again even when the server may already have received them (see
            /// [`CallOptions::resend_after_send`](crate::CallOptions::resend_after_send)).
            pub fn resend_after_send(mut self, yes: bool) -> Self {
                self.$($field).+ = self.$($field).+.resend_after_send(yes);
                self
            }

            /// An extra header for calls on this handle. An invalid name or value fails the
            /// call with a builder error before anything is sent.
            pub fn header(mut self, name: &str, value: &str) -> Self {
                self.$($field).+ = self.$($field).+.header(name, value);
                self
            }
        }
    };
}
pub(crate) use per_call_setters;

/// Declares a handle struct over [`Core`]: `Clone`, a `Debug` that shows its name and
/// overrides, and a constructor. Its calls are its own inherent methods, written next to it in
/// `api/`, followed by `per_call_setters!(Name => core.opts)` (after the calls, so that the
/// docs list the calls first).
macro_rules! handle {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        ///
        /// Made by the [`Client`](crate::Client) method of the same name (lower case), with
        /// the per-call overrides ([`options`](Self::options), [`max_retries`](Self::max_retries),
        /// [`timeout`](Self::timeout), ...). Its methods take `&self`: one configured handle
        /// serves many calls, and their futures are `Send`.
        #[derive(Clone)]
        #[must_use]
        pub struct $name<'a> {
            pub(crate) core: $crate::pipeline::Core<'a>,
        }

        impl<'a> $name<'a> {
            pub(crate) fn new(client: &'a $crate::state::Client) -> Self {
                $name {
                    core: $crate::pipeline::Core::new(client),
                }
            }

            /// A handle sharing another's client and overrides (a helper that calls another
            /// API, such as a batch submit's upload).
            #[allow(dead_code)] // not every handle is made from another
            pub(crate) fn with_core(core: $crate::pipeline::Core<'a>) -> Self {
                $name { core }
            }
        }

        impl std::fmt::Debug for $name<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!($name))
                    .field("options", &self.core.opts)
                    .finish_non_exhaustive()
            }
        }

    };
}
pub(crate) use handle;

/// Where a download goes.
pub(crate) trait Sink: Send {
    /// The body's announced length (`Content-Length`), before any byte is read: a sink that
    /// cannot take that much fails here.
    fn expect(&mut self, _len: Option<u64>) -> Result<()> {
        Ok(())
    }
    /// Takes the next frame.
    fn put(&mut self, data: Bytes) -> impl std::future::Future<Output = Result<()>> + Send;
    /// The body is complete.
    fn finish(&mut self) -> impl std::future::Future<Output = Result<()>> + Send;
}

/// Into any writer (a file, a socket, a `Vec`).
pub(crate) struct Writer<'w, W: ?Sized>(pub(crate) &'w mut W);

impl<W: tokio::io::AsyncWrite + Unpin + Send + ?Sized> Sink for Writer<'_, W> {
    async fn put(&mut self, data: Bytes) -> Result<()> {
        use tokio::io::AsyncWriteExt as _;
        self.0
            .write_all(&data)
            .await
            .map_err(|e| Error::io("writing the download failed", e))
    }
    async fn finish(&mut self) -> Result<()> {
        use tokio::io::AsyncWriteExt as _;
        self.0
            .flush()
            .await
            .map_err(|e| Error::io("writing the download failed", e))
    }
}

/// Into a blocking writer (for the blocking client, whose calls block their thread anyway).
#[cfg(feature = "blocking")]
pub(crate) struct StdWriter<'w, W: ?Sized>(pub(crate) &'w mut W);

#[cfg(feature = "blocking")]
impl<W: std::io::Write + Send + ?Sized> Sink for StdWriter<'_, W> {
    async fn put(&mut self, data: Bytes) -> Result<()> {
        self.0
            .write_all(&data)
            .map_err(|e| Error::io("writing the download failed", e))
    }
    async fn finish(&mut self) -> Result<()> {
        self.0
            .flush()
            .map_err(|e| Error::io("writing the download failed", e))
    }
}

/// Into memory, up to `max` bytes (over it is a body error, as for every response).
pub(crate) struct Collect {
    pub(crate) buf: bytes::BytesMut,
    pub(crate) max: usize,
}

impl Sink for Collect {
    fn expect(&mut self, len: Option<u64>) -> Result<()> {
        match len {
            Some(n) if n > self.max as u64 => Err(too_large(n, self.max)),
            _ => Ok(()),
        }
    }
    async fn put(&mut self, data: Bytes) -> Result<()> {
        if self.buf.len() + data.len() > self.max {
            return Err(
                Error::new(Kind::Body(format!("body larger than {} bytes", self.max))).after_response(),
            );
        }
        self.buf.extend_from_slice(&data);
        Ok(())
    }
    async fn finish(&mut self) -> Result<()> {
        Ok(())
    }
}

/// The one debug event of a successful call.
fn succeeded(meta: &ResponseMeta, started: Instant, attempts: u32) {
    tracing::debug!(
        status = meta.status().as_u16(),
        latency_ms = started.elapsed().as_millis() as u64,
        request_id = meta.request_id(),
        attempts,
        "mistral call succeeded"
    );
}

/// The status of a call that succeeded, or its error.
fn record_outcome<T>(span: &Span, result: &Result<WithMeta<T>>) {
    match result {
        Ok(v) => {
            span.record("http.response.status_code", v.meta().status().as_u16());
        }
        Err(e) => record_error(span, e),
    }
}

/// `error.type` (the status code when there was one, as the convention asks, else the kind).
pub(crate) fn record_error(span: &Span, e: &Error) {
    match e.status() {
        Some(s) => {
            span.record("error.type", s.as_str());
            span.record("http.response.status_code", s.as_u16());
        }
        None => {
            span.record("error.type", tracing::field::debug(e.kind()));
        }
    }
}

/// A span's `otel.name`: `"{operation} {model}"`.
struct SpanName<'a> {
    operation: &'static str,
    model: Option<&'a str>,
}

impl std::fmt::Display for SpanName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.model {
            Some(m) => write!(f, "{} {m}", self.operation),
            None => f.write_str(self.operation),
        }
    }
}

/// The settings of one call.
struct Settings {
    retry: RetryPolicy,
    request_timeout: Option<Duration>,
    stream_idle: Option<Duration>,
    total: Option<Duration>,
    /// The attempts started so far (for an error the total deadline ends).
    attempts: std::sync::atomic::AtomicU32,
    /// The caller lets creates be sent again (see [`CallOptions::resend_after_send`]).
    resend_after_send: bool,
    /// A helper's deadline over the call (see `Core::until`).
    until: Option<Instant>,
}

impl Settings {
    /// When the whole call must end: the total timeout from now, or a helper's deadline,
    /// whichever comes first.
    fn deadline(&self) -> Option<Instant> {
        let total = self.total.map(|t| Instant::now() + t);
        match (total, self.until) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// One HTTP exchange: method, path and query under the API root, and a JSON body or none;
/// with what its trace span records, borrowed from the request for the length of the call.
#[derive(Clone, Debug)]
pub(crate) struct Call<'r> {
    method: Method,
    path: Cow<'static, str>,
    body: Option<Bytes>,
    /// A multipart upload, opened afresh for each attempt (instead of `body`).
    upload: Option<std::sync::Arc<Multipart>>,
    operation: &'static str,
    /// The span's `gen_ai.operation.name` when it is not the operation's own name (the
    /// conventions' `invoke_agent` or `chat` for a conversation turn).
    span_operation: Option<&'static str>,
    /// The conversation the call belongs to, for `gen_ai.conversation.id`.
    conversation_id: Option<&'r str>,
    telemetry: mistral_types::RequestTelemetry<'r>,
}

impl<'r> Call<'r> {
    /// `POST path` with a JSON body.
    pub(crate) fn post(operation: &'static str, path: impl Into<Cow<'static, str>>, body: Bytes) -> Self {
        Call::bare(operation, Method::POST, path).with_body(body)
    }

    /// A call without a body.
    pub(crate) fn bare(operation: &'static str, method: Method, path: impl Into<Cow<'static, str>>) -> Self {
        Call {
            method,
            path: path.into(),
            body: None,
            upload: None,
            operation,
            span_operation: None,
            conversation_id: None,
            telemetry: mistral_types::RequestTelemetry::default(),
        }
    }

    /// Traced as `operation` (the GenAI conventions' name) instead of the operation's own
    /// name, which keeps deciding retries (see `ops.rs`).
    pub(crate) fn traced_as(mut self, operation: &'static str) -> Self {
        self.span_operation = Some(operation);
        self
    }

    /// In the conversation `id` (recorded as `gen_ai.conversation.id`).
    pub(crate) fn in_conversation(mut self, id: &'r str) -> Self {
        self.conversation_id = Some(id);
        self
    }

    /// By the agent `id` (recorded as `gen_ai.agent.id`): a turn of an agent's conversation.
    pub(crate) fn by_agent(mut self, id: &'r str) -> Self {
        self.telemetry.agent_id = Some(id);
        self
    }

    /// With a multipart body that streams (a file upload).
    pub(crate) fn with_upload(mut self, upload: Multipart) -> Self {
        self.upload = Some(std::sync::Arc::new(upload));
        self
    }

    /// With a JSON body.
    pub(crate) fn with_body(mut self, body: Bytes) -> Self {
        self.body = Some(body);
        self
    }

    /// With the request's settings for the trace (model, temperature, ...; never content),
    /// borrowed: nothing is copied.
    pub(crate) fn about(mut self, request: &'r impl ApiRequest) -> Self {
        self.telemetry = request.telemetry();
        self
    }
}

/// An id as a path segment, percent-encoded (ids such as `ft:open-mistral-7b:...` pass
/// unchanged; `/`, `?`, `#` and spaces cannot reach the path structure). An empty id, `.` or
/// `..` would name another resource: an invalid-request error, nothing is sent.
pub(crate) fn segment(what: &str, id: &str) -> Result<String> {
    const SET: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~')
        .remove(b':');
    if matches!(id.trim(), "" | "." | "..") {
        return Err(mistral_types::ValidationError::single(what, format!("{id:?} is not an id")).into());
    }
    Ok(percent_encoding::utf8_percent_encode(id, SET).to_string())
}

/// A response body type: decoded from JSON, and able to say it is an empty shell (every field
/// defaulted), which means the server sent something else, e.g. an error body with a 200.
pub(crate) trait Decode: DeserializeOwned {
    /// Whether the decoded value has none of what a real answer has.
    fn is_empty_shell(&self) -> bool;

    /// Records the response attributes of the GenAI conventions on the call's span.
    fn record(&self, _span: &Span) {}
}

impl Decode for ChatCompletionResponse {
    fn is_empty_shell(&self) -> bool {
        self.choices.is_empty()
    }

    fn record(&self, span: &Span) {
        let reasons: Vec<&str> = self
            .choices
            .iter()
            .filter_map(|c| c.finish_reason.as_ref().map(|r| r.as_str()))
            .collect();
        record_response(span, &self.id, &self.model, &reasons, self.usage.as_deref());
    }
}

/// The response attributes: id, model, finish reasons, token usage.
pub(crate) fn record_response(span: &Span, id: &str, model: &str, reasons: &[&str], usage: Option<&Usage>) {
    if !id.is_empty() {
        span.record("gen_ai.response.id", id);
    }
    if !model.is_empty() {
        span.record("gen_ai.response.model", model);
    }
    if !reasons.is_empty() {
        span.record("gen_ai.response.finish_reasons", tracing::field::debug(reasons));
    }
    if let Some(u) = usage {
        span.record("gen_ai.usage.input_tokens", u.prompt_tokens);
        span.record("gen_ai.usage.output_tokens", u.completion_tokens);
    }
}

/// A stream event type: decoded from each `data:` payload.
pub trait StreamChunk: DeserializeOwned + Send + 'static {
    /// Whether this chunk ends a choice (the stream may then end without `[DONE]`).
    fn finishes(&self) -> bool;
    /// Whether the decoded value has none of what a real chunk has (an error payload, or
    /// not a chunk at all).
    fn is_empty_shell(&self) -> bool;
    /// Whether the stream has no end marker (no `[DONE]`, no final event): the end of the body
    /// between two events then ends it cleanly, as for the workflow log streams. Otherwise (the
    /// default) a body that ends before the marker is a truncated stream. A body that ends
    /// inside an event is truncated either way.
    fn ends_with_body() -> bool {
        false
    }
    /// Notes what the trace records of the stream (id, model, finish reasons, usage).
    fn observe(&self, _summary: &mut StreamSummary) {}
    /// Reads one event's data, with the stream's reader (which parses only what changed from
    /// the chunk before, for types that can). A failure is read again whole, for the error.
    fn read(_reader: &mut ChunkReader, data: &str) -> serde_json::Result<Self> {
        serde_json::from_str(data)
    }
    /// Reads one event from its SSE `event:` name (when the frame had one) and its data: for
    /// streams whose events are named (conversations). By default the name is not needed and
    /// this is [`read`](Self::read).
    fn read_event(reader: &mut ChunkReader, _event: Option<&str>, data: &str) -> serde_json::Result<Self> {
        Self::read(reader, data)
    }
}

impl StreamChunk for CompletionChunk {
    fn read(reader: &mut ChunkReader, data: &str) -> serde_json::Result<Self> {
        reader.read_chunk(data)
    }
    fn finishes(&self) -> bool {
        self.choices.iter().any(|c| c.finish_reason.is_some())
    }
    fn is_empty_shell(&self) -> bool {
        self.choices.is_empty() && self.id.is_empty()
    }
    fn observe(&self, s: &mut StreamSummary) {
        s.note(
            &self.id,
            &self.model,
            self.choices.iter().filter_map(|c| c.finish_reason.as_ref()),
            self.usage.as_deref(),
        );
    }
}

/// What a stream's span records when the stream ends.
#[derive(Debug, Default)]
pub struct StreamSummary {
    id: String,
    model: String,
    finish_reasons: Vec<String>,
    usage: Option<Usage>,
    /// A conversation stream's id (`gen_ai.conversation.id`).
    conversation_id: String,
}

impl StreamSummary {
    /// Notes one chunk's id and model (the first non-empty ones), finish reasons and usage.
    pub(crate) fn note<'r>(
        &mut self,
        id: &str,
        model: &str,
        reasons: impl Iterator<Item = &'r mistral_types::FinishReason>,
        usage: Option<&Usage>,
    ) {
        if self.id.is_empty() && !id.is_empty() {
            id.clone_into(&mut self.id);
        }
        if self.model.is_empty() && !model.is_empty() {
            model.clone_into(&mut self.model);
        }
        for r in reasons {
            self.finish_reasons.push(r.as_str().to_owned());
        }
        if let Some(u) = usage {
            self.usage = Some(u.clone());
        }
    }

    /// Notes a conversation stream's id (the first non-empty one).
    pub(crate) fn note_conversation(&mut self, id: &str) {
        if self.conversation_id.is_empty() && !id.is_empty() {
            id.clone_into(&mut self.conversation_id);
        }
    }

    pub(crate) fn record(&self, span: &Span) {
        if !self.conversation_id.is_empty() {
            span.record("gen_ai.conversation.id", self.conversation_id.as_str());
        }
        let reasons: Vec<&str> = self.finish_reasons.iter().map(String::as_str).collect();
        record_response(span, &self.id, &self.model, &reasons, self.usage.as_ref());
    }
}

/// Decodes `bytes` into `T`; an error body sent with a success status is an API error. Any
/// error keeps the body with credentials redacted.
pub(crate) fn decode<T: Decode>(
    meta: &ResponseMeta,
    bytes: &[u8],
    secrets: impl FnOnce() -> Secrets,
) -> Result<T> {
    let err = match crate::json::from_slice::<T>(bytes) {
        Ok(r) if !r.is_empty_shell() => return Ok(r),
        Ok(_) => None,
        Err(e) => Some(e),
    };
    let bytes = secrets().redact(bytes);
    if let Some(e) = Error::from_error_body(meta, &bytes) {
        return Err(e);
    }
    Err(match err {
        None => Error::decode(
            format_args!("the response is not a {}", short_type_name::<T>()),
            &bytes,
        )
        .with_meta(meta.clone()),
        Some(e) => Error::decode(&e, &bytes).with_source(e).with_meta(meta.clone()),
    })
}

fn short_type_name<T>() -> &'static str {
    std::any::type_name::<T>()
        .rsplit("::")
        .next()
        .unwrap_or("response")
}

pub(crate) fn to_json<R: serde::Serialize + ?Sized>(request: &R) -> Result<Vec<u8>> {
    serde_json::to_vec(request)
        .map_err(|e| Error::new(Kind::Decode("could not encode the request".into())).with_source(e))
}

/// `json` (an object) with `"key":raw` appended, without re-serializing the rest: a request
/// that leaves a flag unset gets it without a clone of its conversation.
pub(crate) fn with_field(mut json: Vec<u8>, key: &str, raw: &str) -> Vec<u8> {
    debug_assert_eq!(json.last(), Some(&b'}'));
    json.pop();
    if json.len() > 1 {
        json.push(b',');
    }
    json.push(b'"');
    json.extend_from_slice(key.as_bytes());
    json.extend_from_slice(b"\":");
    json.extend_from_slice(raw.as_bytes());
    json.push(b'}');
    json
}

fn content_type(meta: &ResponseMeta) -> &str {
    meta.headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

fn is_event_stream(meta: &ResponseMeta) -> bool {
    is_event_stream_type(content_type(meta))
}

/// Whether a `Content-Type` value is the media type `text/event-stream` (any case, parameters
/// allowed): `text/event-stream-foobar` is not.
pub(crate) fn is_event_stream_type(ct: &str) -> bool {
    let media = ct.split(';').next().unwrap_or("").trim();
    media.eq_ignore_ascii_case("text/event-stream")
}

/// Runs `work` under the optional deadline on the whole call; its error counts the
/// `attempts` that were started.
pub(crate) async fn with_total<T>(
    deadline: Option<Instant>,
    attempts: &std::sync::atomic::AtomicU32,
    work: impl std::future::Future<Output = Result<T>>,
) -> Result<T> {
    let result = match deadline {
        None => work.await,
        Some(d) => tokio::time::timeout_at(d, work)
            .await
            .unwrap_or_else(|_| Err(Error::timeout(TimeoutPhase::Total))),
    };
    // Every error of the call (a deadline between attempts, a body that fails after a retried
    // request) says how many requests were started.
    result.map_err(|mut e| {
        let started = attempts.load(std::sync::atomic::Ordering::Relaxed);
        if started > e.attempts() {
            e.set_attempts(started);
        }
        e
    })
}

/// Runs `work` until `deadline` (`None` when it passed first), on `timer`: one timer serves a
/// call's waits (for each attempt's response headers and every frame of its body), moved to
/// each attempt's deadline; it is taken (from the timers earlier calls left, see [`Timer`])
/// or moved only when `work` has to wait. As `tokio::time::timeout_at`, `work` is polled
/// first. `work` is pinned by the caller, so that its state is not copied into this future.
fn within<'a, 't: 'a, F: std::future::Future + ?Sized>(
    timer: &'a mut Timer<'t>,
    deadline: Option<Instant>,
    mut work: Pin<&'a mut F>,
) -> impl std::future::Future<Output = Option<F::Output>> + use<'a, 't, F> {
    std::future::poll_fn(move |cx| {
        if let Poll::Ready(v) = work.as_mut().poll(cx) {
            return Poll::Ready(Some(v));
        }
        let Some(d) = deadline else {
            return Poll::Pending;
        };
        timer.at(d).poll(cx).map(|()| None)
    })
}

/// A body error for a body announced larger than the cap (nothing of it is read).
fn too_large(announced: u64, max: usize) -> Error {
    Error::new(Kind::Body(format!(
        "body larger than {max} bytes (its Content-Length is {announced})"
    )))
    .after_response()
}

/// Reads a whole body with a size cap and the attempt's deadline. A body whose
/// `Content-Length` is over the cap is refused before any of it is read.
async fn read_body(
    body: Body,
    max: usize,
    deadline: Option<Instant>,
    timer: &mut Timer<'_>,
) -> Result<Bytes> {
    if let Some(n) = http_body::Body::size_hint(&body).exact() {
        if n > max as u64 {
            return Err(too_large(n, max));
        }
    }
    match collect(body, max, deadline, timer).await {
        (bytes, None) => Ok(bytes),
        (_, Some(e)) => Err(e),
    }
}

/// Reads an error body up to [`MAX_ERROR_BODY`]. Never fails: returns what arrived, and
/// whether that is only a prefix (the body was longer, or reading it failed or timed out).
async fn read_error_body(body: Body, deadline: Option<Instant>, timer: &mut Timer<'_>) -> (Bytes, bool) {
    let (bytes, err) = collect(body, MAX_ERROR_BODY, deadline, timer).await;
    (bytes, err.is_some())
}

/// Reads `body` until its end, `max` bytes, a failure or the deadline. Returns the bytes read
/// (at most `max`) and the error that stopped it early, if any.
// Written out rather than `http_body_util::Limited`: its generic error conversion makes the
// client's futures fail rustc's higher-ranked `Send` check when spawned.
async fn collect(
    mut body: Body,
    max: usize,
    deadline: Option<Instant>,
    timer: &mut Timer<'_>,
) -> (Bytes, Option<Error>) {
    let mut first: Option<Bytes> = None;
    let mut buf = bytes::BytesMut::new();
    let mut total = 0usize;
    let err = loop {
        let Some(frame) = within(timer, deadline, std::pin::pin!(body.frame())).await else {
            break Some(Error::timeout(TimeoutPhase::Request).after_response());
        };
        let frame = match frame {
            None => break None,
            Some(Ok(f)) => f,
            Some(Err(e)) => {
                break Some(
                    Error::new(Kind::Body("the connection failed while reading the body".into()))
                        .with_boxed_source(e)
                        .after_response(),
                )
            }
        };
        let Ok(mut data) = frame.into_data() else { continue };
        let over = total + data.len() > max;
        if over {
            data.truncate(max - total);
        }
        total += data.len();
        // The common single-frame body is returned without a copy.
        match first.take() {
            None if buf.is_empty() => first = Some(data),
            None => buf.extend_from_slice(&data),
            Some(f) => {
                buf.reserve(f.len() + data.len());
                buf.extend_from_slice(&f);
                buf.extend_from_slice(&data);
            }
        }
        if over {
            break Some(Error::new(Kind::Body(format!("body larger than {max} bytes"))).after_response());
        }
    };
    (first.unwrap_or_else(|| buf.freeze()), err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appended_fields() {
        assert_eq!(
            with_field(b"{\"a\":1}".to_vec(), "stream", "true"),
            b"{\"a\":1,\"stream\":true}"
        );
        assert_eq!(with_field(b"{}".to_vec(), "k", "\"v\""), b"{\"k\":\"v\"}");
    }

    #[test]
    fn event_stream_media_type_is_matched_exactly() {
        for ok in [
            "text/event-stream",
            "Text/Event-Stream",
            " text/event-stream ; charset=utf-8",
            "text/event-stream;charset=utf-8",
        ] {
            assert!(is_event_stream_type(ok), "{ok:?}");
        }
        for bad in [
            "text/event-stream-foobar",
            "text/event-streamx; charset=utf-8",
            "text/event",
            "application/json",
            "",
        ] {
            assert!(!is_event_stream_type(bad), "{bad:?}");
        }
    }

    #[test]
    fn path_segments_are_escaped() {
        assert_eq!(
            segment("model_id", "ft:open-mistral-7b:587a6b29:20240514:7e773925").unwrap(),
            "ft:open-mistral-7b:587a6b29:20240514:7e773925"
        );
        assert_eq!(segment("model_id", "a/b?c#d e%").unwrap(), "a%2Fb%3Fc%23d%20e%25");
        for bad in ["", " ", ".", ".."] {
            assert!(
                segment("model_id", bad).unwrap_err().is_invalid_request(),
                "{bad:?}"
            );
        }
    }
}
