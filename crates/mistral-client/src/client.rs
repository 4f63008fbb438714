//! The client and its builder.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::header::{HeaderName, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, USER_AGENT};
use http::{HeaderMap, Method, Uri};
use http_body_util::BodyExt;
use mistral_types::{ChatCompletionResponse, ChatRequest};
use tokio::time::Instant;

use crate::config::{ApiKey, Timeouts, DEFAULT_MAX_RESPONSE_BYTES};
use crate::error::{Error, Kind, Result, StreamKind, TimeoutPhase, MAX_ERROR_BODY};
use crate::meta::{ResponseMeta, WithMeta};
use crate::redact::Secrets;
use crate::retry::{parse_retry_after, RetryPolicy};
use crate::sse::DEFAULT_MAX_EVENT_BYTES;
use crate::stream::ChatStream;
use crate::transport::{Body, HyperSettings, HyperTransport, Transport};

/// The default base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.mistral.ai";

/// A Mistral API client. Cheap to clone (one `Arc`); clones share the connection pool.
///
/// ```no_run
/// # async fn run() -> Result<(), mistral_client::Error> {
/// use mistral_client::Client;
/// use mistral_types::{ChatRequest, Message};
///
/// let client = Client::from_env()?;
/// let request = ChatRequest::builder()
///     .model("mistral-small-latest")
///     .messages([Message::user("Hello!")])
///     .build();
/// let response = client.chat().complete(&request).await?;
/// println!("{}", response.text());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    transport: Arc<dyn Transport>,
    chat_url: Uri,
    /// Authorization, content type, user agent and default headers, built once.
    headers: HeaderMap,
    base_url: String,
    timeouts: Timeouts,
    retry: RetryPolicy,
    max_response_bytes: usize,
    max_event_bytes: usize,
    /// The key and every credential header value, redacted from kept error bodies.
    secrets: Secrets,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("timeouts", &self.inner.timeouts)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client from `MISTRAL_API_KEY` and (optionally) `MISTRAL_BASE_URL`.
    ///
    /// # Errors
    /// A builder error when `MISTRAL_API_KEY` is unset or invalid.
    pub fn from_env() -> Result<Self> {
        let mut b = Client::builder();
        match std::env::var("MISTRAL_API_KEY") {
            Ok(k) if !k.trim().is_empty() => b = b.api_key(k),
            _ => return Err(Error::builder("MISTRAL_API_KEY is not set")),
        }
        if let Ok(url) = std::env::var("MISTRAL_BASE_URL") {
            if !url.trim().is_empty() {
                b = b.base_url(url);
            }
        }
        b.build()
    }

    /// Chat completions, with the client's default options.
    pub fn chat(&self) -> Chat<'_> {
        Chat {
            client: self,
            retry: None,
            request_timeout: None,
            stream_idle_timeout: None,
            headers: HeaderMap::new(),
            invalid_header: None,
        }
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }
}

/// Chat completion calls (`POST /v1/chat/completions`), with per-call overrides. Clone it to
/// make several calls with the same overrides.
#[derive(Clone, Debug)]
#[must_use]
pub struct Chat<'a> {
    client: &'a Client,
    retry: Option<RetryPolicy>,
    request_timeout: Option<Option<Duration>>,
    stream_idle_timeout: Option<Option<Duration>>,
    headers: HeaderMap,
    invalid_header: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Complete,
    Stream,
}

impl<'a> Chat<'a> {
    /// Retries for this call only (0 disables them).
    pub fn max_retries(mut self, n: u32) -> Self {
        let base = self
            .retry
            .take()
            .unwrap_or_else(|| self.client.inner.retry.clone());
        self.retry = Some(base.max_retries(n));
        self
    }

    /// The retry policy for this call only.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// The request timeout for this call only (`None` disables it).
    pub fn timeout(mut self, t: Option<Duration>) -> Self {
        self.request_timeout = Some(t);
        self
    }

    /// The stream idle timeout for this call only (`None` disables it).
    pub fn stream_idle_timeout(mut self, t: Option<Duration>) -> Self {
        self.stream_idle_timeout = Some(t);
        self
    }

    /// An extra header for this call only. An invalid name or value fails the call with a
    /// builder error before anything is sent.
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

    /// Sends `request` with `stream: false` and returns the completion with the response
    /// metadata (status, headers, request id, rate limits). The request is validated first:
    /// nothing is sent when it is invalid.
    ///
    /// # Errors
    /// Invalid request, API error status (after retries), timeouts, connection and decode errors.
    pub async fn complete(self, request: &ChatRequest) -> Result<WithMeta<ChatCompletionResponse>> {
        let body = self.prepare(request, Mode::Complete)?;
        let inner = &self.client.inner;
        let total_deadline = inner.timeouts.total.map(|t| Instant::now() + t);
        let work = async {
            let (meta, body, deadline) = self.send(body, Mode::Complete).await?;
            let bytes = read_body(body, inner.max_response_bytes, deadline).await?;
            let parsed = decode_completion(&meta, &bytes, &inner.secrets.with_headers(&self.headers))?;
            Ok(WithMeta::new(parsed, meta))
        };
        with_total(total_deadline, work).await
    }

    /// Sends `request` with `stream: true` and returns the event stream once the response
    /// headers arrive. An error status fails this call (with the parsed body), not the stream.
    ///
    /// # Errors
    /// As [`complete`](Self::complete), plus a non-`text/event-stream` content type.
    pub async fn stream(self, request: &ChatRequest) -> Result<ChatStream> {
        let body = self.prepare(request, Mode::Stream)?;
        let inner = &self.client.inner;
        let idle = self.stream_idle_timeout.unwrap_or(inner.timeouts.stream_idle);
        let total_deadline = inner.timeouts.total.map(|t| Instant::now() + t);
        let work = async {
            let (meta, body, deadline) = self.send(body, Mode::Stream).await?;
            let ct = meta
                .headers()
                .get(CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            const SSE: &str = "text/event-stream";
            let is_sse = ct
                .trim_start()
                .get(..SSE.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(SSE));
            let secrets = inner.secrets.with_headers(&self.headers);
            if !is_sse {
                let ct = ct.to_owned();
                let (bytes, cut) = read_error_body(body, deadline).await;
                let bytes = secrets.redact(&bytes);
                if let Some(e) = Error::from_error_body(&meta, &bytes) {
                    return Err(e.with_body_cut(cut));
                }
                return Err(Error::new(Kind::Stream(StreamKind::ContentType(ct)))
                    .with_body(&bytes, cut)
                    .with_meta(meta)
                    .after_response());
            }
            Ok(ChatStream::new(
                meta,
                body,
                idle,
                total_deadline,
                inner.max_event_bytes,
                secrets,
            ))
        };
        // The same deadline bounds the stream that follows.
        with_total(total_deadline, work).await
    }

    /// Serializes with the right `stream` flag, after validation.
    fn prepare(&self, request: &ChatRequest, mode: Mode) -> Result<Bytes> {
        if let Some(msg) = &self.invalid_header {
            return Err(Error::builder(msg.clone()));
        }
        request.validate()?;
        let want = mode == Mode::Stream;
        let encode = |r: &ChatRequest| {
            serde_json::to_vec(r)
                .map_err(|e| Error::new(Kind::Decode("could not encode the request".into())).with_source(e))
        };
        let json = match request.stream {
            Some(s) if s == want => encode(request)?,
            Some(_) => {
                let mut r = request.clone();
                r.stream = Some(want);
                encode(&r)?
            }
            None => {
                // Append the flag instead of cloning the whole conversation.
                let mut json = encode(request)?;
                json.pop();
                json.extend_from_slice(if want {
                    b",\"stream\":true}"
                } else {
                    b",\"stream\":false}"
                });
                json
            }
        };
        Ok(Bytes::from(json))
    }

    fn build_request(&self, body: &Bytes, mode: Mode) -> http::Request<Bytes> {
        let inner = &self.client.inner;
        let mut req = http::Request::new(body.clone());
        *req.method_mut() = Method::POST;
        *req.uri_mut() = inner.chat_url.clone();
        let mut headers = inner.headers.clone();
        headers.insert(
            ACCEPT,
            HeaderValue::from_static(if mode == Mode::Stream {
                "text/event-stream"
            } else {
                "application/json"
            }),
        );
        for (k, v) in &self.headers {
            headers.insert(k.clone(), v.clone());
        }
        *req.headers_mut() = headers;
        req
    }

    /// The retry loop: sends, turns error statuses into errors, retries what may be retried.
    /// Returns a success response's metadata, body and the attempt's request deadline.
    async fn send(&self, body: Bytes, mode: Mode) -> Result<(ResponseMeta, Body, Option<Instant>)> {
        let inner = &self.client.inner;
        let policy = self.retry.as_ref().unwrap_or(&inner.retry);
        let request_timeout = self.request_timeout.unwrap_or(inner.timeouts.request);
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            let err = match self.attempt(&body, mode, request_timeout).await {
                Ok(v) => return Ok(v),
                Err(e) => e,
            };
            match policy.delay_after(&err, attempt - 1) {
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
        body: &Bytes,
        mode: Mode,
        request_timeout: Option<Duration>,
    ) -> Result<(ResponseMeta, Body, Option<Instant>)> {
        let inner = &self.client.inner;
        let deadline = request_timeout.map(|t| Instant::now() + t);
        let send = inner.transport.send(self.build_request(body, mode));
        let response = match deadline {
            None => send.await,
            Some(d) => match tokio::time::timeout_at(d, send).await {
                Ok(r) => r,
                Err(_) => return Err(Error::timeout(TimeoutPhase::Request)),
            },
        }?;
        let (parts, body) = response.into_parts();
        let meta = ResponseMeta::new(parts.status, parts.headers);
        if !meta.status().is_success() {
            // Read what there is (bounded); a body that fails or overflows never hides the status.
            let (bytes, cut) = read_error_body(body, deadline).await;
            let bytes = inner
                .secrets
                .with_headers(&self.headers)
                .redact(&bytes)
                .into_owned();
            let retry_after = parse_retry_after(meta.headers(), SystemTime::now());
            return Err(Error::api(meta, &bytes)
                .with_body_cut(cut)
                .with_retry_after(retry_after));
        }
        if let Some(when) = meta.model_deprecation() {
            tracing::warn!(
                removal = when,
                "the requested model is deprecated and will be removed"
            );
        }
        Ok((meta, body, deadline))
    }
}

/// Runs `work` under the optional deadline on the whole call.
async fn with_total<T>(
    deadline: Option<Instant>,
    work: impl std::future::Future<Output = Result<T>>,
) -> Result<T> {
    match deadline {
        None => work.await,
        Some(d) => tokio::time::timeout_at(d, work)
            .await
            .unwrap_or_else(|_| Err(Error::timeout(TimeoutPhase::Total))),
    }
}

/// Reads a whole body with a size cap and the attempt's deadline.
async fn read_body(body: Body, max: usize, deadline: Option<Instant>) -> Result<Bytes> {
    match collect(body, max, deadline).await {
        (bytes, None) => Ok(bytes),
        (_, Some(e)) => Err(e),
    }
}

/// Reads an error body up to [`MAX_ERROR_BODY`]. Never fails: returns what arrived, and
/// whether that is only a prefix (the body was longer, or reading it failed or timed out).
async fn read_error_body(body: Body, deadline: Option<Instant>) -> (Bytes, bool) {
    let (bytes, err) = collect(body, MAX_ERROR_BODY, deadline).await;
    (bytes, err.is_some())
}

/// Reads `body` until its end, `max` bytes, a failure or the deadline. Returns the bytes read
/// (at most `max`) and the error that stopped it early, if any.
// Written out rather than `http_body_util::Limited`: its generic error conversion makes the
// client's futures fail rustc's higher-ranked `Send` check when spawned.
async fn collect(mut body: Body, max: usize, deadline: Option<Instant>) -> (Bytes, Option<Error>) {
    let mut first: Option<Bytes> = None;
    let mut buf = bytes::BytesMut::new();
    let mut total = 0usize;
    let err = loop {
        let frame = match deadline {
            None => body.frame().await,
            Some(d) => match tokio::time::timeout_at(d, body.frame()).await {
                Ok(f) => f,
                Err(_) => break Some(Error::timeout(TimeoutPhase::Request).after_response()),
            },
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

/// The completion in `bytes`; an error body sent with a success status is an API error. Any
/// error keeps the body with credentials redacted.
fn decode_completion(meta: &ResponseMeta, bytes: &[u8], secrets: &Secrets) -> Result<ChatCompletionResponse> {
    let err = match crate::json::from_slice::<ChatCompletionResponse>(bytes) {
        Ok(r) if !r.choices.is_empty() => return Ok(r),
        Ok(_) => None,
        Err(e) => Some(e),
    };
    let bytes = secrets.redact(bytes);
    Err(match err {
        None => Error::from_error_body(meta, &bytes)
            .unwrap_or_else(|| Error::decode("the response has no choices", &bytes).with_meta(meta.clone())),
        Some(e) => Error::decode(&e, &bytes).with_source(e).with_meta(meta.clone()),
    })
}

/// Builds a [`Client`]. Every setter is infallible; the first invalid value is reported by
/// [`build`](Self::build).
#[must_use]
#[derive(Default)]
pub struct ClientBuilder {
    api_key: Option<ApiKey>,
    base_url: Option<String>,
    user_agent_suffix: Option<String>,
    headers: Vec<(String, String)>,
    timeouts: Timeouts,
    pool_idle_timeout: Option<Duration>,
    retry: RetryPolicy,
    transport: Option<Arc<dyn Transport>>,
    allow_http: bool,
    max_response_bytes: Option<usize>,
    max_event_bytes: Option<usize>,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api_key", &self.api_key)
            .field("base_url", &self.base_url.as_deref().map(hide_userinfo))
            .field("timeouts", &self.timeouts)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// The API key (sent as `Authorization: Bearer <key>`; a leading `Bearer ` is accepted).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(ApiKey(key.into()));
        self
    }

    /// The base URL (default `https://api.mistral.ai`); paths go under `/v1`. Plain `http://` is
    /// accepted for loopback hosts, or for any host with [`allow_http`](Self::allow_http).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Allows plain `http://` to non-loopback hosts.
    pub fn allow_http(mut self, allow: bool) -> Self {
        self.allow_http = allow;
        self
    }

    /// Appended to the `User-Agent` (e.g. your app's name and version).
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// A header sent with every request.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// All timeouts at once.
    pub fn timeouts(mut self, t: Timeouts) -> Self {
        self.timeouts = t;
        self
    }

    /// The connect timeout (default 5 s; `None` disables it).
    pub fn connect_timeout(mut self, t: Option<Duration>) -> Self {
        self.timeouts.connect = t;
        self
    }

    /// The request timeout (default 600 s; `None` disables it).
    pub fn request_timeout(mut self, t: Option<Duration>) -> Self {
        self.timeouts.request = t;
        self
    }

    /// The stream idle timeout (default 120 s; `None` disables it).
    pub fn stream_idle_timeout(mut self, t: Option<Duration>) -> Self {
        self.timeouts.stream_idle = t;
        self
    }

    /// A deadline on each whole call, retries and stream included (default none).
    pub fn total_timeout(mut self, t: Option<Duration>) -> Self {
        self.timeouts.total = t;
        self
    }

    /// How long an idle pooled connection is kept (default 90 s).
    pub fn pool_idle_timeout(mut self, t: Duration) -> Self {
        self.pool_idle_timeout = Some(t);
        self
    }

    /// The retry policy.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Retries per call (0 disables them).
    pub fn max_retries(mut self, n: u32) -> Self {
        self.retry = self.retry.max_retries(n);
        self
    }

    /// The transport (default: hyper + rustls). Tests pass a fake here.
    pub fn transport(mut self, t: impl Transport) -> Self {
        self.transport = Some(Arc::new(t));
        self
    }

    /// The cap on a non-streaming response body (default 32 MiB).
    pub fn max_response_bytes(mut self, n: usize) -> Self {
        self.max_response_bytes = Some(n);
        self
    }

    /// The cap on one SSE line or event (default 16 MiB).
    pub fn max_event_bytes(mut self, n: usize) -> Self {
        self.max_event_bytes = Some(n);
        self
    }

    /// Builds the client.
    ///
    /// # Errors
    /// A builder error for a missing or invalid key, an invalid header, an invalid base URL, or
    /// plain `http://` to a non-loopback host without [`allow_http`](Self::allow_http).
    pub fn build(self) -> Result<Client> {
        let key = self
            .api_key
            .ok_or_else(|| Error::builder("no API key: call api_key() or set MISTRAL_API_KEY"))?;
        let auth = auth_header(&key.0)?;
        let (api_root, chat_url) = check_base_url(
            self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL),
            self.allow_http,
        )?;

        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, auth);
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        let mut ua = format!("{}/{}", env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION"));
        if let Some(s) = &self.user_agent_suffix {
            ua.push(' ');
            ua.push_str(s);
        }
        headers.insert(
            USER_AGENT,
            HeaderValue::from_str(&ua)
                .map_err(|_| Error::builder("the user agent suffix is not a valid header value"))?,
        );
        for (name, value) in &self.headers {
            let (n, v) = parse_header(name, value).map_err(Error::builder)?;
            headers.insert(n, v);
        }

        let transport: Arc<dyn Transport> = match self.transport {
            Some(t) => t,
            None => Arc::new(HyperTransport::new(&HyperSettings::new(
                self.timeouts.connect,
                self.pool_idle_timeout,
            ))?),
        };
        Ok(Client {
            inner: Arc::new(Inner {
                transport,
                chat_url,
                secrets: Secrets::default().with_headers(&headers),
                headers,
                base_url: api_root,
                timeouts: self.timeouts,
                retry: self.retry,
                max_response_bytes: self.max_response_bytes.unwrap_or(DEFAULT_MAX_RESPONSE_BYTES),
                max_event_bytes: self.max_event_bytes.unwrap_or(DEFAULT_MAX_EVENT_BYTES),
            }),
        })
    }
}

/// A header from text; the error says which part is invalid. Credential headers
/// (`authorization`, `x-api-key`, names with `token`, `secret`, `key`...) are marked sensitive.
fn parse_header(name: &str, value: &str) -> std::result::Result<(HeaderName, HeaderValue), String> {
    let n = HeaderName::from_bytes(name.as_bytes()).map_err(|_| format!("invalid header name {name:?}"))?;
    // The value is never echoed: it may be a credential.
    let v = HeaderValue::from_str(value).map_err(|_| format!("invalid value for header {name:?}"))?;
    let v = crate::redact::mark(&n, v);
    Ok((n, v))
}

/// `Authorization: Bearer <key>` from the configured key. Surrounding whitespace and one
/// leading `Bearer ` (any case) are removed; an empty key, or one with anything but printable
/// ASCII, is refused. No message echoes the key.
fn auth_header(raw: &str) -> Result<HeaderValue> {
    let mut key = raw.trim();
    let b = key.as_bytes();
    if b.len() >= 6 && b[..6].eq_ignore_ascii_case(b"bearer") && b.get(6).is_none_or(u8::is_ascii_whitespace)
    {
        key = key[6..].trim();
        if key.is_empty() {
            return Err(Error::builder(
                "the API key is empty: it was only a `Bearer` prefix (pass the key alone)",
            ));
        }
    }
    if key.is_empty() {
        return Err(Error::builder("the API key is empty"));
    }
    if !key.bytes().all(|c| c.is_ascii_graphic()) {
        return Err(Error::builder(
            "the API key contains whitespace, control or non-ASCII characters (the key is not shown)",
        ));
    }
    let mut auth = HeaderValue::from_str(&format!("Bearer {key}"))
        .map_err(|_| Error::builder("the API key contains characters not allowed in a header"))?;
    auth.set_sensitive(true);
    Ok(auth)
}

/// Checks the base URL and returns the API root (scheme, host, port and any path prefix,
/// without trailing slashes or a final `/v1`) and the chat URL under it. A query, a fragment
/// or credentials (`user:pass@`) are refused: the first two would corrupt every request path,
/// and credentials there would be sent nowhere yet shown in `Debug`. Messages never echo
/// the credentials.
fn check_base_url(base: &str, allow_http: bool) -> Result<(String, Uri)> {
    if base.bytes().any(|b| b.is_ascii_control() || b == b' ') {
        return Err(Error::builder(
            "the base URL contains control characters or spaces",
        ));
    }
    let Some((scheme, rest)) = base.split_once("://") else {
        return Err(Error::builder(
            "the base URL needs an http(s) scheme and a host, like https://api.mistral.ai",
        ));
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    if rest[..authority_end].contains('@') {
        return Err(Error::builder(
            "the base URL contains credentials (user:password@); they would never be sent: \
             remove them and pass the key with api_key()",
        ));
    }
    if rest.contains('?') {
        return Err(Error::builder(
            "the base URL has a query string ('?...'): remove it (it would corrupt every request path)",
        ));
    }
    if rest.contains('#') {
        return Err(Error::builder(
            "the base URL has a fragment ('#...'): remove it (it would corrupt every request path)",
        ));
    }
    let base_uri: Uri = base
        .parse()
        .map_err(|e| Error::builder(format!("invalid base URL {base:?}")).with_source(e))?;
    let host = base_uri.host().unwrap_or("");
    match scheme.to_ascii_lowercase().as_str() {
        "https" => {}
        "http" if allow_http || is_loopback(host) => {}
        "http" => {
            return Err(Error::builder(format!(
                "plain http to {host} is refused: use https, or allow_http(true)"
            )))
        }
        _ => {
            return Err(Error::builder(format!(
                "the base URL {base:?} needs an http(s) scheme and a host"
            )))
        }
    }
    if host.is_empty() {
        return Err(Error::builder(format!("the base URL {base:?} has no host")));
    }
    // A gateway prefix (`https://gw.example/mistral/`) is kept; the API path goes under it once.
    let trimmed = base.trim_end_matches('/');
    let trimmed = trimmed
        .strip_suffix("/v1")
        .unwrap_or(trimmed)
        .trim_end_matches('/');
    let chat_url: Uri = format!("{trimmed}/v1/chat/completions")
        .parse()
        .map_err(|e| Error::builder(format!("invalid base URL {base:?}")).with_source(e))?;
    Ok((trimmed.to_owned(), chat_url))
}

/// `url` with any `user:password@` replaced by `****@`, for `Debug`.
fn hide_userinfo(url: &str) -> String {
    let start = url.find("://").map_or(0, |i| i + 3);
    let end = url[start..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| start + i);
    match url[start..end].rfind('@') {
        Some(at) => format!("{}****{}", &url[..start], &url[start + at..]),
        None => url.to_owned(),
    }
}

fn is_loopback(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost") || h.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}
