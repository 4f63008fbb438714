//! Record and replay: cassettes of real API exchanges, at the transport seam, so they work
//! for every endpoint.
//!
//! - [`RecordingTransport`] wraps a real transport, passes traffic through and writes each
//!   exchange to a cassette file (human-readable JSON, one file per test): the request's
//!   method, path, query, selected headers and JSON body; the response's status, headers and
//!   body, or for a stream its frames with the delays between them. The API key, the
//!   `Authorization` header and the configured headers and JSON fields never reach the disk.
//! - [`ReplayTransport`] serves the recorded responses, matching requests by method, path,
//!   query and JSON-equal body (with ignored fields and custom matchers), in order or in any
//!   order, and never touches the network. A request with no match fails the call with an
//!   error showing the nearest recorded request and a diff of the bodies.
//! - [`Cassette::auto`]: replays when the file exists, records when it does not and a key is
//!   set (or `MISTRAL_RECORD=1`), and otherwise says how to record it.
//!
//! ```no_run
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use mistral_client::test_util::Cassette;
//! use mistral_types::{ChatRequest, Message};
//!
//! // The one line that turns a test of the real API into an offline one:
//! let client = Cassette::auto("tests/cassettes/capital.json")?.client()?;
//! let request = ChatRequest::builder()
//!     .model("mistral-small-latest")
//!     .messages([Message::user("Capital of France?")])
//!     .build();
//! assert!(client.chat().complete(&request).await?.text().contains("Paris"));
//! # Ok(()) }
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::Duration;

use base64::Engine as _;
use bytes::Bytes;
use http::header::CONTENT_TYPE;
use http_body::Frame;
use http_body_util::BodyExt;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::time::Instant;

use super::body::Part;
use super::reply::{Outcome, Reply, ReplyKind};
use crate::error::BoxError;
use crate::transport::{Body, DefaultTransport, Transport, TransportError, TransportFuture};

/// The cassette format's version; a file of another version is refused with a clear error.
pub const CASSETTE_VERSION: u32 = 1;

/// What redacted values are replaced with.
const REDACTED: &str = "[REDACTED]";

/// A cassette file.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct CassetteFile {
    version: u32,
    exchanges: Vec<Exchange>,
}

/// One recorded exchange.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Exchange {
    /// The request as recorded.
    pub request: RecordedCall,
    /// The response as recorded.
    pub response: RecordedResponse,
}

/// A recorded request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecordedCall {
    /// `GET`, `POST`...
    pub method: String,
    /// The path, e.g. `/v1/chat/completions`.
    pub path: String,
    /// The query, without `?`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// The selected headers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headers: BTreeMap<String, String>,
    /// The JSON body (redacted), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
}

/// A recorded response.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecordedResponse {
    /// The status.
    pub status: u16,
    /// The headers (hop-by-hop ones left out).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headers: BTreeMap<String, String>,
    /// A JSON body, when it re-serializes to exactly the bytes received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub json: Option<Value>,
    /// Any other text body, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// A body that is not UTF-8, in base64.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base64: Option<String>,
    /// A stream (`text/event-stream`): its frames, as received, with the delay before each.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frames: Option<Vec<RecordedFrame>>,
}

/// One body frame of a recorded stream.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecordedFrame {
    /// Milliseconds since the previous frame (or since the headers).
    #[serde(default)]
    pub after_ms: u64,
    /// The frame's text.
    pub data: String,
}

/// A cassette could not be used: the file, and what is wrong with it.
#[derive(Debug)]
#[non_exhaustive]
pub enum CassetteError {
    /// The file could not be read or written.
    Io {
        /// The cassette file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not a valid cassette.
    Invalid {
        /// The cassette file.
        path: PathBuf,
        /// Line (from 1) where it broke.
        line: usize,
        /// Column (from 1) where it broke.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The file has another format version.
    Version {
        /// The cassette file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
    },
    /// No cassette, and no key to record one with.
    Missing {
        /// The cassette file.
        path: PathBuf,
    },
}

impl fmt::Display for CassetteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CassetteError::Io { path, source } => write!(f, "cassette {}: {source}", path.display()),
            CassetteError::Invalid {
                path,
                line,
                column,
                message,
            } => write!(
                f,
                "cassette {} is not valid at line {line}, column {column}: {message}",
                path.display()
            ),
            CassetteError::Version { path, found } => write!(
                f,
                "cassette {} has format version {found}; this version reads {CASSETTE_VERSION}: record it again",
                path.display()
            ),
            CassetteError::Missing { path } => write!(
                f,
                "cassette {} does not exist and MISTRAL_API_KEY is not set: record it once with \
                 `MISTRAL_API_KEY=... cargo test` (or MISTRAL_RECORD=1), then commit the file",
                path.display()
            ),
        }
    }
}

impl std::error::Error for CassetteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CassetteError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

fn read_cassette(path: &Path) -> Result<CassetteFile, CassetteError> {
    let text = std::fs::read_to_string(path).map_err(|source| CassetteError::Io {
        path: path.to_owned(),
        source,
    })?;
    let file: CassetteFile = serde_json::from_str(&text).map_err(|e| CassetteError::Invalid {
        path: path.to_owned(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    if file.version != CASSETTE_VERSION {
        return Err(CassetteError::Version {
            path: path.to_owned(),
            found: file.version,
        });
    }
    Ok(file)
}

/// What a recording leaves out or masks.
#[derive(Clone, Debug)]
pub struct Redaction {
    /// Request headers recorded (their values masked when listed in `headers`).
    pub record_headers: Vec<String>,
    /// Header names whose values are masked wherever they are recorded.
    pub headers: Vec<String>,
    /// JSON field names masked at any depth of request and response bodies.
    pub json_fields: Vec<String>,
    /// Literal strings masked anywhere in the file (the API key is added automatically).
    pub secrets: Vec<String>,
}

impl Default for Redaction {
    fn default() -> Self {
        let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect();
        Redaction {
            record_headers: s(&["content-type", "accept"]),
            headers: s(&[
                "authorization",
                "proxy-authorization",
                "x-api-key",
                "api-key",
                "cookie",
                "set-cookie",
            ]),
            json_fields: s(&["api_key", "apiKey", "access_token", "password", "secret"]),
            secrets: Vec::new(),
        }
    }
}

fn mask_json(v: &mut Value, fields: &[String]) {
    match v {
        Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                if fields.iter().any(|f| f == k) {
                    *x = Value::String(REDACTED.into());
                } else {
                    mask_json(x, fields);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| mask_json(x, fields)),
        _ => {}
    }
}

/// Hop-by-hop and per-connection headers: not part of what the API answered.
fn skip_response_header(name: &str) -> bool {
    matches!(
        name,
        "date" | "content-length" | "transfer-encoding" | "connection" | "keep-alive"
    )
}

struct Recorder {
    path: PathBuf,
    file: CassetteFile,
    redaction: Redaction,
}

impl Recorder {
    fn save(&mut self, exchange: Exchange) -> Result<(), CassetteError> {
        self.file.exchanges.push(exchange);
        let mut text = serde_json::to_string_pretty(&self.file).unwrap_or_default();
        // The key (and any configured secret) never reaches the disk, wherever it was echoed.
        for s in self.redaction.secrets.iter().filter(|s| s.len() >= 4) {
            let escaped = serde_json::to_string(s).unwrap_or_default();
            let escaped = escaped.trim_matches('"');
            text = text.replace(escaped, REDACTED);
        }
        text.push('\n');
        let io = |source| CassetteError::Io {
            path: self.path.clone(),
            source,
        };
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let tmp = self.path.with_extension("json.tmp");
        std::fs::write(&tmp, text).map_err(io)?;
        std::fs::rename(&tmp, &self.path).map_err(io)
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A [`Transport`] that passes traffic to `inner` and writes every exchange to a cassette.
/// Transport failures (nothing answered) are not recorded.
#[derive(Clone)]
pub struct RecordingTransport {
    inner: Arc<dyn Transport>,
    recorder: Arc<Mutex<Recorder>>,
}

impl fmt::Debug for RecordingTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecordingTransport")
            .field("path", &lock(&self.recorder).path)
            .finish_non_exhaustive()
    }
}

impl RecordingTransport {
    /// Records what passes through `inner` into the cassette at `path` (created or replaced).
    pub fn new(inner: impl Transport, path: impl Into<PathBuf>) -> Self {
        Self::with_redaction(inner, path, Redaction::default())
    }

    /// As [`new`](Self::new), with another redaction list.
    pub fn with_redaction(inner: impl Transport, path: impl Into<PathBuf>, redaction: Redaction) -> Self {
        RecordingTransport {
            inner: Arc::new(inner),
            recorder: Arc::new(Mutex::new(Recorder {
                path: path.into(),
                file: CassetteFile {
                    version: CASSETTE_VERSION,
                    exchanges: Vec::new(),
                },
                redaction,
            })),
        }
    }

    /// The cassette file.
    pub fn path(&self) -> PathBuf {
        lock(&self.recorder).path.clone()
    }

    fn record_call(&self, req: &http::Request<Bytes>) -> RecordedCall {
        let mut rec = lock(&self.recorder);
        // The key is a secret of the file, whatever else is redacted.
        if let Some(auth) = req
            .headers()
            .get(http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
        {
            let token = auth.split_once(' ').map_or(auth, |(_, t)| t).trim().to_owned();
            if !rec.redaction.secrets.contains(&token) {
                rec.redaction.secrets.push(token);
            }
        }
        let r = &rec.redaction;
        let headers = req
            .headers()
            .iter()
            .filter(|(k, _)| {
                r.record_headers
                    .iter()
                    .any(|h| h.eq_ignore_ascii_case(k.as_str()))
            })
            .map(|(k, v)| {
                let masked = r.headers.iter().any(|h| h.eq_ignore_ascii_case(k.as_str()));
                let value = if masked {
                    REDACTED.to_owned()
                } else {
                    let text = String::from_utf8_lossy(v.as_bytes()).into_owned();
                    match multipart_boundary(req) {
                        Some(b) => text.replace(&b, "{boundary}"),
                        None => text,
                    }
                };
                (k.as_str().to_owned(), value)
            })
            .collect();
        let body = request_body(req).map(|mut v| {
            mask_json(&mut v, &r.json_fields);
            v
        });
        RecordedCall {
            method: req.method().as_str().to_owned(),
            path: req.uri().path().to_owned(),
            query: req.uri().query().map(str::to_owned),
            headers,
            body,
        }
    }
}

/// A request body as a cassette keeps and matches it: JSON as JSON, other text verbatim,
/// with a multipart body's random boundary replaced by `{boundary}` (so an upload replays).
fn request_body(req: &http::Request<Bytes>) -> Option<Value> {
    if req.body().is_empty() {
        return None;
    }
    if let Ok(v) = serde_json::from_slice(req.body()) {
        return Some(v);
    }
    let mut text = String::from_utf8_lossy(req.body()).into_owned();
    if let Some(b) = multipart_boundary(req) {
        text = text.replace(&b, "{boundary}");
    }
    Some(Value::String(text))
}

/// The boundary of a multipart request, from its content type.
fn multipart_boundary(req: &http::Request<Bytes>) -> Option<String> {
    req.headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .filter(|ct| ct.starts_with("multipart/"))
        .and_then(|ct| ct.split(';').find_map(|p| p.trim().strip_prefix("boundary=")))
        .map(|b| b.trim_matches('"').to_owned())
        .filter(|b| !b.is_empty())
}

impl Transport for RecordingTransport {
    fn send(&self, request: http::Request<Bytes>) -> TransportFuture {
        let call = self.record_call(&request);
        let fut = self.inner.send(request);
        let recorder = self.recorder.clone();
        Box::pin(async move {
            let resp = fut.await?;
            let (parts, body) = resp.into_parts();
            let redaction = lock(&recorder).redaction.clone();
            let headers: BTreeMap<String, String> = parts
                .headers
                .iter()
                .filter(|(k, _)| !skip_response_header(k.as_str()))
                .map(|(k, v)| {
                    let masked = redaction
                        .headers
                        .iter()
                        .any(|h| h.eq_ignore_ascii_case(k.as_str()));
                    let value = if masked {
                        REDACTED.to_owned()
                    } else {
                        String::from_utf8_lossy(v.as_bytes()).into_owned()
                    };
                    (k.as_str().to_owned(), value)
                })
                .collect();
            let sse = parts
                .headers
                .get(CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|ct| ct.trim_start().starts_with("text/event-stream"));
            let tee = TeeBody {
                inner: body,
                frames: Vec::new(),
                last: Instant::now(),
                pending: Some(Pending {
                    call,
                    status: parts.status.as_u16(),
                    headers,
                    sse,
                    recorder,
                    json_fields: redaction.json_fields,
                }),
            };
            Ok(http::Response::from_parts(parts, tee.boxed()))
        })
    }
}

struct Pending {
    call: RecordedCall,
    status: u16,
    headers: BTreeMap<String, String>,
    sse: bool,
    recorder: Arc<Mutex<Recorder>>,
    json_fields: Vec<String>,
}

/// A body that passes its frames on and, at its end (or when dropped), records them.
struct TeeBody {
    inner: Body,
    frames: Vec<(Duration, Bytes)>,
    last: Instant,
    pending: Option<Pending>,
}

impl TeeBody {
    fn finish(&mut self) {
        let Some(p) = self.pending.take() else { return };
        let frames = std::mem::take(&mut self.frames);
        let mut response = RecordedResponse {
            status: p.status,
            headers: p.headers,
            json: None,
            text: None,
            base64: None,
            frames: None,
        };
        if p.sse && frames.iter().all(|(_, b)| std::str::from_utf8(b).is_ok()) {
            response.frames = Some(
                frames
                    .iter()
                    .map(|(d, b)| RecordedFrame {
                        after_ms: d.as_millis() as u64,
                        data: String::from_utf8_lossy(b).into_owned(),
                    })
                    .collect(),
            );
        } else {
            let all: Vec<u8> = frames.iter().flat_map(|(_, b)| b.iter().copied()).collect();
            match serde_json::from_slice::<Value>(&all) {
                // Kept as JSON only when that gives back the very bytes received.
                Ok(mut v) if serde_json::to_vec(&v).ok().as_deref() == Some(&all[..]) => {
                    mask_json(&mut v, &p.json_fields);
                    response.json = Some(v);
                }
                _ => match String::from_utf8(all) {
                    Ok(t) => response.text = Some(t),
                    Err(e) => {
                        response.base64 = Some(base64::engine::general_purpose::STANDARD.encode(e.as_bytes()))
                    }
                },
            }
        }
        let exchange = Exchange {
            request: p.call,
            response,
        };
        let saved = lock(&p.recorder).save(exchange);
        if let Err(e) = saved {
            tracing::warn!(error = %e, "could not write the cassette");
        }
    }
}

impl Drop for TeeBody {
    fn drop(&mut self) {
        self.finish();
    }
}

impl http_body::Body for TeeBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        let r = Pin::new(&mut this.inner).poll_frame(cx);
        match &r {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(d) = frame.data_ref() {
                    let now = Instant::now();
                    this.frames.push((now - this.last, d.clone()));
                    this.last = now;
                }
            }
            Poll::Ready(None) => this.finish(),
            _ => {}
        }
        r
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }
}

type Matcher = Arc<dyn Fn(&http::Request<Bytes>, &RecordedCall) -> bool + Send + Sync>;

struct ReplayState {
    exchanges: Vec<(Exchange, bool)>,
    in_order: bool,
    ignore: Vec<String>,
    matchers: Vec<Matcher>,
    timing: bool,
}

/// A [`Transport`] that answers from a cassette and never touches the network.
#[derive(Clone)]
pub struct ReplayTransport {
    path: PathBuf,
    state: Arc<Mutex<ReplayState>>,
}

impl fmt::Debug for ReplayTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = lock(&self.state);
        f.debug_struct("ReplayTransport")
            .field("path", &self.path)
            .field("exchanges", &s.exchanges.len())
            .field("used", &s.exchanges.iter().filter(|(_, u)| *u).count())
            .finish()
    }
}

/// A request with no recorded answer.
#[derive(Debug)]
pub struct ReplayMismatch(String);

impl fmt::Display for ReplayMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ReplayMismatch {}

fn strip(v: &Value, ignore: &[String]) -> Value {
    match v {
        Value::Object(o) => Value::Object(
            o.iter()
                .filter(|(k, _)| !ignore.iter().any(|i| i == *k))
                .map(|(k, x)| (k.clone(), strip(x, ignore)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(|x| strip(x, ignore)).collect()),
        other => other.clone(),
    }
}

/// The paths at which `a` (recorded) and `b` (sent) differ, as `- path: a` / `+ path: b` lines.
fn json_diff(a: &Value, b: &Value, path: &str, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, va) in x {
                match y.get(k) {
                    Some(vb) => json_diff(va, vb, &format!("{path}/{k}"), out),
                    None => out.push(format!("- {path}/{k}: {va}")),
                }
            }
            for (k, vb) in y.iter().filter(|(k, _)| !x.contains_key(*k)) {
                out.push(format!("+ {path}/{k}: {vb}"));
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                json_diff(va, vb, &format!("{path}/{i}"), out);
            }
        }
        _ if a != b => {
            let p = if path.is_empty() { "/" } else { path };
            out.push(format!("- {p}: {a}"));
            out.push(format!("+ {p}: {b}"));
        }
        _ => {}
    }
}

impl ReplayTransport {
    /// Replays the cassette at `path`, in recorded order.
    ///
    /// # Errors
    /// When the file cannot be read, is not a cassette (the error names the file, the line and
    /// the column), or has another format version.
    pub fn from_file(path: impl Into<PathBuf>) -> Result<Self, CassetteError> {
        let path = path.into();
        let file = read_cassette(&path)?;
        Ok(ReplayTransport {
            path,
            state: Arc::new(Mutex::new(ReplayState {
                exchanges: file.exchanges.into_iter().map(|e| (e, false)).collect(),
                in_order: true,
                ignore: Vec::new(),
                matchers: Vec::new(),
                timing: false,
            })),
        })
    }

    /// Matches each request against any exchange not used yet, not only the next one.
    pub fn in_any_order(self) -> Self {
        lock(&self.state).in_order = false;
        self
    }

    /// Leaves this JSON field (at any depth) out of body matching, e.g. `random_seed`.
    pub fn ignore_field(self, name: &str) -> Self {
        lock(&self.state).ignore.push(name.to_owned());
        self
    }

    /// Adds a matcher: a recorded exchange is used only when every matcher accepts it.
    pub fn matcher(
        self,
        f: impl Fn(&http::Request<Bytes>, &RecordedCall) -> bool + Send + Sync + 'static,
    ) -> Self {
        lock(&self.state).matchers.push(Arc::new(f));
        self
    }

    /// Replays streams with their recorded delays between frames (instant under tokio's
    /// paused clock); off by default: frames come at once.
    pub fn with_timing(self, on: bool) -> Self {
        lock(&self.state).timing = on;
        self
    }

    /// The recorded exchanges not used yet, described by method and path.
    pub fn unused(&self) -> Vec<String> {
        lock(&self.state)
            .exchanges
            .iter()
            .enumerate()
            .filter(|(_, (_, used))| !used)
            .map(|(i, (e, _))| format!("#{i} {} {}", e.request.method, e.request.path))
            .collect()
    }

    /// Panics, listing them, unless every recorded exchange was used.
    ///
    /// # Panics
    /// When some exchange was not used.
    pub fn assert_all_used(&self) {
        let unused = self.unused();
        assert!(
            unused.is_empty(),
            "cassette {}: {} recorded exchange(s) not used: {}",
            self.path.display(),
            unused.len(),
            unused.join(", ")
        );
    }

    fn matches(
        state: &ReplayState,
        req: &http::Request<Bytes>,
        body: &Option<Value>,
        call: &RecordedCall,
    ) -> bool {
        call.method == req.method().as_str()
            && call.path == req.uri().path()
            && call.query.as_deref() == req.uri().query()
            && call.body.as_ref().map(|b| strip(b, &state.ignore))
                == body.as_ref().map(|b| strip(b, &state.ignore))
            && state.matchers.iter().all(|m| m(req, call))
    }

    fn answer(&self, req: &http::Request<Bytes>) -> Result<Reply, ReplayMismatch> {
        let mut state = lock(&self.state);
        let body = request_body(req);
        let candidates: Vec<usize> = state
            .exchanges
            .iter()
            .enumerate()
            .filter(|(_, (_, used))| !used)
            .map(|(i, _)| i)
            .take(if state.in_order { 1 } else { usize::MAX })
            .collect();
        let found = candidates
            .iter()
            .copied()
            .find(|&i| Self::matches(&state, req, &body, &state.exchanges[i].0.request));
        if let Some(i) = found {
            state.exchanges[i].1 = true;
            return Ok(reply_for(&state.exchanges[i].0.response, state.timing));
        }
        // The nearest: same method and path first, then the fewest differing fields.
        let nearest = candidates.iter().copied().min_by_key(|&i| {
            let c = &state.exchanges[i].0.request;
            let mut d = Vec::new();
            json_diff(
                &c.body.clone().unwrap_or(Value::Null),
                &body.clone().unwrap_or(Value::Null),
                "",
                &mut d,
            );
            (
                c.method != req.method().as_str() || c.path != req.uri().path(),
                d.len(),
            )
        });
        let mut msg = format!(
            "cassette {}: no recorded exchange matches {} {}",
            self.path.display(),
            req.method(),
            req.uri().path()
        );
        match nearest {
            None => msg.push_str(" (every recorded exchange was used)"),
            Some(i) => {
                let c = &state.exchanges[i].0.request;
                msg.push_str(&format!("; nearest is #{i} {} {}", c.method, c.path));
                if let Some(q) = &c.query {
                    msg.push_str(&format!("?{q}"));
                }
                let mut d = Vec::new();
                json_diff(
                    &strip(&c.body.clone().unwrap_or(Value::Null), &state.ignore),
                    &strip(&body.clone().unwrap_or(Value::Null), &state.ignore),
                    "",
                    &mut d,
                );
                if !d.is_empty() {
                    msg.push_str(" (- recorded, + sent):\n");
                    msg.push_str(&d.join("\n"));
                }
            }
        }
        Err(ReplayMismatch(msg))
    }
}

/// The reply that plays a recorded response.
fn reply_for(r: &RecordedResponse, timing: bool) -> Reply {
    let mut headers = http::HeaderMap::new();
    for (k, v) in &r.headers {
        if let (Ok(k), Ok(v)) = (
            http::HeaderName::from_bytes(k.as_bytes()),
            http::HeaderValue::from_str(v),
        ) {
            headers.append(k, v);
        }
    }
    let mut parts = Vec::new();
    if let Some(frames) = &r.frames {
        for f in frames {
            if timing && f.after_ms > 0 {
                parts.push(Part::Delay(Duration::from_millis(f.after_ms)));
            }
            parts.push(Part::Bytes(Bytes::from(f.data.clone())));
        }
    } else if let Some(v) = &r.json {
        parts.push(Part::Bytes(Bytes::from(
            serde_json::to_vec(v).unwrap_or_default(),
        )));
    } else if let Some(t) = &r.text {
        parts.push(Part::Bytes(Bytes::from(t.clone())));
    } else if let Some(b) = &r.base64 {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(b)
            .unwrap_or_default();
        parts.push(Part::Bytes(Bytes::from(bytes)));
    }
    Reply {
        kind: ReplyKind::Response {
            status: http::StatusCode::from_u16(r.status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR),
            headers,
            parts,
            delay: Duration::ZERO,
        },
    }
}

impl Transport for ReplayTransport {
    fn send(&self, request: http::Request<Bytes>) -> TransportFuture {
        let answer = self.answer(&request);
        Box::pin(async move {
            match answer {
                Ok(reply) => match reply.play().await {
                    Outcome::Respond(resp) => Ok(resp),
                    Outcome::Fail(kind) => Err(TransportError::new(kind, "recorded failure")),
                },
                Err(mismatch) => Err(TransportError::other(mismatch)),
            }
        })
    }
}

/// Record or replay, decided by the environment (see [`Cassette::auto`]).
#[derive(Clone, Debug)]
pub enum Cassette {
    /// Recording to the file through the real transport.
    Record(RecordingTransport),
    /// Replaying the file.
    Replay(ReplayTransport),
}

impl Cassette {
    /// Replays `path` when it exists (never touching the network); records it through the
    /// default transport when it does not and `MISTRAL_API_KEY` is set, or whenever
    /// `MISTRAL_RECORD=1` (which records again over an existing file).
    ///
    /// # Errors
    /// A missing cassette with no key (the error names the file and how to record it), or a
    /// file that is not a valid cassette.
    pub fn auto(path: impl AsRef<Path>) -> Result<Self, CassetteError> {
        let path = path.as_ref().to_owned();
        let force = std::env::var("MISTRAL_RECORD").is_ok_and(|v| v == "1");
        let key = std::env::var("MISTRAL_API_KEY").is_ok_and(|k| !k.trim().is_empty());
        if path.exists() && !force {
            return ReplayTransport::from_file(path).map(Cassette::Replay);
        }
        if force || key {
            let inner =
                DefaultTransport::new(Some(Duration::from_secs(5))).map_err(|e| CassetteError::Io {
                    path: path.clone(),
                    source: std::io::Error::other(e.to_string()),
                })?;
            return Ok(Cassette::Record(RecordingTransport::new(inner, path)));
        }
        Err(CassetteError::Missing { path })
    }

    /// Whether this cassette is replaying.
    pub fn is_replay(&self) -> bool {
        matches!(self, Cassette::Replay(_))
    }

    /// A client on this cassette: the key from `MISTRAL_API_KEY` when recording (a stand-in
    /// when replaying), `MISTRAL_BASE_URL` if set.
    ///
    /// # Errors
    /// An invalid key or base URL.
    pub fn client(&self) -> crate::Result<crate::Client> {
        let mut b = crate::Client::builder().transport(self.clone());
        match std::env::var("MISTRAL_API_KEY") {
            Ok(k) if !k.trim().is_empty() && !self.is_replay() => b = b.api_key(k),
            _ => b = b.api_key("replayed-key"),
        }
        if let Ok(url) = std::env::var("MISTRAL_BASE_URL") {
            if !url.trim().is_empty() {
                b = b.base_url(url);
            }
        }
        b.build()
    }

    /// For a replay: panics unless every recorded exchange was used (a no-op when recording).
    ///
    /// # Panics
    /// When some exchange was not used.
    pub fn assert_all_used(&self) {
        if let Cassette::Replay(r) = self {
            r.assert_all_used();
        }
    }
}

impl Transport for Cassette {
    fn send(&self, request: http::Request<Bytes>) -> TransportFuture {
        match self {
            Cassette::Record(r) => r.send(request),
            Cassette::Replay(r) => r.send(request),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diffs_name_the_differing_paths() {
        let mut d = Vec::new();
        json_diff(
            &json!({"model": "m", "temperature": 0.3, "messages": [{"content": "a"}]}),
            &json!({"model": "m", "temperature": 0.5, "messages": [{"content": "b"}], "n": 2}),
            "",
            &mut d,
        );
        assert_eq!(
            d,
            [
                "- /temperature: 0.3",
                "+ /temperature: 0.5",
                "- /messages/0/content: \"a\"",
                "+ /messages/0/content: \"b\"",
                "+ /n: 2"
            ]
        );
    }

    #[test]
    fn masks_fields_at_any_depth() {
        let mut v = json!({"a": {"api_key": "k", "b": [{"password": "p", "c": 1}]}});
        mask_json(&mut v, &Redaction::default().json_fields);
        assert_eq!(
            v,
            json!({"a": {"api_key": "[REDACTED]", "b": [{"password": "[REDACTED]", "c": 1}]}})
        );
    }
}
