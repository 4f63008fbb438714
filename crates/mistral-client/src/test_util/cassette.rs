//! Record and replay: cassettes of real API exchanges, at the transport seam, so they work
//! for every endpoint.
//!
//! - [`RecordingTransport`] wraps a real transport, passes traffic through and writes each
//!   exchange to a cassette file (human-readable JSON, one file per test): the request's
//!   method, path, query, selected headers and JSON body; the response's status, headers and
//!   body, or for a stream its frames with the delays between them. A body that failed part
//!   way is recorded as what it was: the bytes that came, then the failure (replayed as a body
//!   error after the same bytes), never as a shorter success. The credential headers are
//!   masked whole, and the API key (and the configured secrets, headers and JSON fields) never
//!   reach the disk (see [`Redaction`]).
//! - [`ReplayTransport`] serves the recorded responses, matching requests by method, path,
//!   query and JSON-equal body (with ignored fields and custom matchers), in order or in any
//!   order, and never touches the network. A request with no match fails the call with
//!   [`ErrorKind::Replay`](crate::ErrorKind::Replay) (never retried), showing the nearest
//!   recorded request and a diff of the bodies. Every exchange is checked when the file is
//!   loaded: an error names the file, the exchange and the field.
//! - [`Cassette::auto`]: replays when the file exists, records when it does not and a key is
//!   set (or `MISTRAL_RECORD=1`), and otherwise says how to record it.
//!
//! A recording never fails silently: [`RecordingTransport::new`] fails at once when the file
//! cannot be written, and a later write failure fails the next request and
//! [`RecordingTransport::finish`] (and is logged at `error` level).
//!
//! ```no_run
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use mistral::test_util::Cassette;
//! use mistral::chat::{ChatRequest, Message};
//!
//! // The one line that turns a test of the real API into an offline one:
//! let cassette = Cassette::auto("tests/cassettes/capital.json")?;
//! let client = cassette.client()?;
//! let request = ChatRequest::builder()
//!     .model("mistral-small-latest")
//!     .messages([Message::user("Capital of France?")])
//!     .build();
//! assert!(client.chat().complete(&request).await?.text().contains("Paris"));
//! cassette.finish()?; // when recording: the file is complete, or this says why not
//! # Ok(()) }
//! ```

use std::collections::{BTreeMap, VecDeque};
use std::fmt;
use std::future::Future;
use std::ops::Range;
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
use tokio::time::{Instant, Sleep};

use crate::error::BoxError;
use crate::redact::{is_credential_header, Secrets, MIN_SECRET_LEN};
use crate::transport::{
    Body, DefaultTransport, Transport, TransportError, TransportErrorKind, TransportFuture,
};

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

/// A cassette file as written: the exchanges borrowed from the recorder.
#[derive(Serialize)]
struct CassetteFileRef<'a> {
    version: u32,
    exchanges: Vec<&'a Exchange>,
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

/// A recorded response. At most one of `json`, `text`, `base64` and `frames` holds the body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecordedResponse {
    /// The status (200 to 599).
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
    /// The body did not end: it failed (e.g. the connection was reset) after the bytes above,
    /// or the recording client stopped reading it there. The message of that failure; a
    /// replay sends the same bytes, then fails the body with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_error: Option<String>,
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
    /// An exchange of the file is not valid: a status out of range, a body that does not
    /// decode, a header that is not valid HTTP...
    Exchange {
        /// The cassette file.
        path: PathBuf,
        /// The exchange, from 0 (as in the replay's messages: `#0`).
        index: usize,
        /// The field, e.g. `response.status` or `response.base64`.
        field: String,
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
            CassetteError::Exchange {
                path,
                index,
                field,
                message,
            } => write!(
                f,
                "cassette {}: exchange #{index}: `{field}` is not valid: {message}",
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

fn read_cassette(path: &Path) -> Result<(CassetteFile, Vec<Prepared>), CassetteError> {
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
    let prepared = file
        .exchanges
        .iter()
        .enumerate()
        .map(|(index, e)| {
            prepare(e).map_err(|(field, message)| CassetteError::Exchange {
                path: path.to_owned(),
                index,
                field,
                message,
            })
        })
        .collect::<Result<_, _>>()?;
    Ok((file, prepared))
}

/// A recorded response, checked and ready to play.
#[derive(Clone, Debug)]
struct Prepared {
    status: http::StatusCode,
    headers: http::HeaderMap,
    /// The body's chunks, each with the delay before it.
    chunks: Vec<(Duration, Bytes)>,
    /// The body's failure after the chunks, if it failed.
    body_error: Option<String>,
}

/// Checks an exchange: every field the replay uses must be valid, so a broken cassette fails
/// at load (naming the field) instead of replaying something else.
fn prepare(e: &Exchange) -> Result<Prepared, (String, String)> {
    let bad = |field: &str, message: String| (field.to_owned(), message);
    let req = &e.request;
    http::Method::from_bytes(req.method.as_bytes()).map_err(|_| {
        bad(
            "request.method",
            format!("{:?} is not an HTTP method", req.method),
        )
    })?;
    if !req.path.starts_with('/') || req.path.parse::<http::uri::PathAndQuery>().is_err() {
        return Err(bad(
            "request.path",
            format!("{:?} is not a path starting with `/`", req.path),
        ));
    }
    if let Some(q) = &req.query {
        if format!("/?{q}").parse::<http::uri::PathAndQuery>().is_err() {
            return Err(bad("request.query", format!("{q:?} is not a URI query")));
        }
    }
    for (k, v) in &req.headers {
        check_header(k, v).map_err(|m| bad(&format!("request.headers.{k}"), m))?;
    }
    let r = &e.response;
    if !(200..=599).contains(&r.status) {
        return Err(bad(
            "response.status",
            format!("{} is not a final HTTP status (200 to 599)", r.status),
        ));
    }
    let status = http::StatusCode::from_u16(r.status)
        .map_err(|_| bad("response.status", format!("{} is not an HTTP status", r.status)))?;
    let mut headers = http::HeaderMap::new();
    for (k, v) in &r.headers {
        let (k, v) = check_header(k, v).map_err(|m| bad(&format!("response.headers.{k}"), m))?;
        headers.append(k, v);
    }
    let bodies: Vec<&str> = [
        ("json", r.json.is_some()),
        ("text", r.text.is_some()),
        ("base64", r.base64.is_some()),
        ("frames", r.frames.is_some()),
    ]
    .into_iter()
    .filter_map(|(n, set)| set.then_some(n))
    .collect();
    if bodies.len() > 1 {
        return Err(bad(
            &format!("response.{}", bodies[1]),
            format!("the body is given twice ({}): keep one", bodies.join(", ")),
        ));
    }
    let mut chunks = Vec::new();
    if let Some(frames) = &r.frames {
        for f in frames {
            chunks.push((Duration::from_millis(f.after_ms), Bytes::from(f.data.clone())));
        }
    } else if let Some(v) = &r.json {
        let bytes =
            serde_json::to_vec(v).map_err(|e| bad("response.json", format!("cannot be serialized: {e}")))?;
        chunks.push((Duration::ZERO, Bytes::from(bytes)));
    } else if let Some(t) = &r.text {
        chunks.push((Duration::ZERO, Bytes::from(t.clone())));
    } else if let Some(b) = &r.base64 {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(b)
            .map_err(|e| bad("response.base64", format!("not base64: {e}")))?;
        chunks.push((Duration::ZERO, Bytes::from(bytes)));
    }
    Ok(Prepared {
        status,
        headers,
        chunks,
        body_error: r.body_error.clone(),
    })
}

fn check_header(k: &str, v: &str) -> Result<(http::HeaderName, http::HeaderValue), String> {
    let name =
        http::HeaderName::from_bytes(k.as_bytes()).map_err(|_| format!("{k:?} is not a header name"))?;
    let value = http::HeaderValue::from_str(v).map_err(|_| format!("{v:?} is not a header value"))?;
    Ok((name, value))
}

/// What a recording leaves out or masks.
///
/// Headers are masked whole where they are: those listed in `headers`, and every request
/// header that carries a credential (`Authorization`, names with `key`, `token`, `secret`,
/// `auth`... or a value the client marked sensitive). Their values, and the `secrets`, are
/// also removed from bodies, queries and other headers, but only as whole tokens (a secret
/// next to a letter, digit, `-`, `_`, `~`, `+` or `/` is part of another word) and only when
/// at least 8 bytes long: a shorter value is an ordinary word that would mangle the cassette
/// (`"test"` inside `mistral-small-latest`), and no real key is that short.
#[derive(Clone, Debug)]
pub struct Redaction {
    /// Request headers recorded (their values masked when listed in `headers`).
    pub record_headers: Vec<String>,
    /// Header names whose values are masked wherever they are recorded.
    pub headers: Vec<String>,
    /// JSON field names masked at any depth of request and response bodies.
    pub json_fields: Vec<String>,
    /// Literal strings removed as whole tokens from everything recorded (the API key and the
    /// other credential headers' values are added automatically); ignored when shorter than
    /// 8 bytes.
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

/// One exchange of a recording, in request order.
enum Slot {
    /// Sent; its response (or its body) is not over yet.
    Pending,
    /// Nothing was answered (a transport failure): not recorded.
    Skipped,
    /// Recorded (boxed: most slots are done, but a pending one should stay small).
    Done(Box<Exchange>),
}

struct Recorder {
    path: PathBuf,
    slots: Vec<Slot>,
    redaction: Redaction,
    /// The configured secrets and the credential values seen in requests so far.
    secrets: Secrets,
    /// Why the last write failed (kept until a later write succeeds: each write is the whole
    /// file, so one success means nothing is lost).
    failed: Option<(std::io::ErrorKind, String)>,
    /// Whether `failed` was returned by `finish` (otherwise it is logged again on drop).
    reported: bool,
}

/// `path` with `.tmp` added to its file name: written first, then renamed over the cassette,
/// so a crash mid-write never leaves half a file.
fn tmp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp");
    path.with_file_name(name)
}

/// Checks, before anything is sent, that the cassette can be written: its directory is
/// created, and a sibling temporary file created and removed.
fn probe(path: &Path) -> Result<(), CassetteError> {
    let io = |source| CassetteError::Io {
        path: path.to_owned(),
        source,
    };
    if path.file_name().is_none() || path.is_dir() {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a file path (it names a directory)",
        )));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let tmp = tmp_path(path);
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(&tmp)
        .map_err(io)?;
    std::fs::remove_file(&tmp).map_err(io)
}

impl Recorder {
    fn exchanges(&self) -> impl Iterator<Item = &Exchange> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Done(e) => Some(&**e),
            _ => None,
        })
    }

    /// The error that stops the recording, while the last write failed.
    fn failure(&self) -> Option<CassetteError> {
        self.failed.as_ref().map(|(kind, msg)| CassetteError::Io {
            path: self.path.clone(),
            source: std::io::Error::new(*kind, msg.clone()),
        })
    }

    /// Writes every recorded exchange, in request order. A failure is kept (see `failed`)
    /// and logged, since the caller may be a body's end or drop, where it cannot be returned.
    fn save(&mut self) -> Result<(), CassetteError> {
        let result = self.write();
        match &result {
            Ok(()) => self.failed = None,
            Err(e) => {
                tracing::error!(error = %e, "the cassette could not be written: the recording is incomplete");
                let source = std::error::Error::source(e)
                    .and_then(|s| s.downcast_ref::<std::io::Error>())
                    .map_or(std::io::ErrorKind::Other, std::io::Error::kind);
                let msg = match e {
                    CassetteError::Io { source, .. } => source.to_string(),
                    other => other.to_string(),
                };
                self.failed = Some((source, msg));
                self.reported = false;
            }
        }
        result
    }

    fn write(&self) -> Result<(), CassetteError> {
        let file = CassetteFileRef {
            version: CASSETTE_VERSION,
            exchanges: self.exchanges().collect(),
        };
        let io = |source| CassetteError::Io {
            path: self.path.clone(),
            source,
        };
        let mut text = serde_json::to_string_pretty(&file).map_err(|e| io(std::io::Error::other(e)))?;
        text.push('\n');
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let tmp = tmp_path(&self.path);
        std::fs::write(&tmp, text).map_err(io)?;
        std::fs::rename(&tmp, &self.path).map_err(io)
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        // The last chance: one more try, then say it loudly (a drop cannot return an error;
        // panicking here could abort a test that is already unwinding).
        if self.failed.is_none() || self.reported {
            return;
        }
        if let Err(e) = self.write() {
            tracing::error!(error = %e, "the cassette was not written, and no `finish()` reported it: the recording is lost");
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A [`Transport`] that passes traffic to `inner` and writes every exchange to a cassette.
///
/// Exchanges are written in the order of their requests, each as soon as its response body
/// ends (or is dropped), the whole file each time (through a temporary file, renamed). Transport
/// failures (nothing answered) are not recorded. A response body that fails part way (a reset
/// connection, a cut stream) is recorded with its failure, as is one the client stopped
/// reading: the replay fails the body at the same point.
///
/// Failing to write is never silent: [`new`](Self::new) checks the file can be written; when a
/// later write fails, it is logged (`tracing::error`), every following request through this
/// transport fails with it, and [`finish`](Self::finish) returns it. Call `finish` at the end of
/// a recording test to turn that into the test's failure. Without `finish`, the last clone's
/// drop tries the write once more and, if it fails again, logs the lost recording at `error`
/// level (a drop cannot return an error, and a panic there could abort an unwinding test).
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
    /// Records what passes through `inner` into the cassette at `path` (created, or replaced at
    /// the first recorded exchange).
    ///
    /// ```no_run
    /// use mistral::test_util::RecordingTransport;
    /// use mistral::{Client, DefaultTransport};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let recorder = RecordingTransport::new(DefaultTransport::new(None)?, "tests/cassettes/x.json")?;
    /// let client = Client::builder()
    ///     .api_key("sk-example-0123456789abcdef")
    ///     .transport(recorder.clone())
    ///     .build()?;
    /// // ... calls ...
    /// recorder.finish()?;
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// When the cassette cannot be written: its directory cannot be created, or a file cannot
    /// be created next to it.
    pub fn new(inner: impl Transport, path: impl Into<PathBuf>) -> Result<Self, CassetteError> {
        Self::with_redaction(inner, path, Redaction::default())
    }

    /// As [`new`](Self::new), with another redaction list.
    ///
    /// # Errors
    /// As [`new`](Self::new).
    pub fn with_redaction(
        inner: impl Transport,
        path: impl Into<PathBuf>,
        redaction: Redaction,
    ) -> Result<Self, CassetteError> {
        let path = path.into();
        probe(&path)?;
        let secrets = Secrets::default().with_values(redaction.secrets.iter().map(String::as_bytes));
        Ok(RecordingTransport {
            inner: Arc::new(inner),
            recorder: Arc::new(Mutex::new(Recorder {
                path,
                slots: Vec::new(),
                redaction,
                secrets,
                failed: None,
                reported: false,
            })),
        })
    }

    /// The cassette file.
    pub fn path(&self) -> PathBuf {
        lock(&self.recorder).path.clone()
    }

    /// Writes the cassette (also when nothing was recorded: an empty cassette) and returns how
    /// many exchanges it holds. An exchange whose body is still being read is written when it
    /// ends; call this after the last response was read (or dropped).
    ///
    /// # Errors
    /// The cassette could not be written, now or at an earlier exchange (and writing it again
    /// failed): the recording is incomplete.
    pub fn finish(&self) -> Result<usize, CassetteError> {
        let mut rec = lock(&self.recorder);
        let saved = rec.save();
        rec.reported = true;
        saved.map(|()| rec.exchanges().count())
    }

    /// Takes a slot for `req` and records its request part; fails while the cassette cannot
    /// be written (going on would only lose more).
    fn begin(&self, req: &http::Request<Bytes>) -> Result<(RecordedCall, SlotGuard), CassetteError> {
        let mut rec = lock(&self.recorder);
        if let Some(e) = rec.failure() {
            return Err(e);
        }
        // Every credential value is a secret of the file, wherever it is echoed.
        let creds: Vec<&[u8]> = req
            .headers()
            .iter()
            .filter(|(k, v)| {
                v.is_sensitive()
                    || is_credential_header(k)
                    || rec
                        .redaction
                        .headers
                        .iter()
                        .any(|h| h.eq_ignore_ascii_case(k.as_str()))
            })
            .map(|(_, v)| v.as_bytes())
            .filter(|v| v.len() >= MIN_SECRET_LEN)
            .collect();
        if !creds.is_empty() {
            rec.secrets = rec.secrets.with_values(creds);
        }
        let call = record_call(req, &rec.redaction, &rec.secrets);
        rec.slots.push(Slot::Pending);
        let guard = SlotGuard {
            recorder: self.recorder.clone(),
            index: rec.slots.len() - 1,
        };
        Ok((call, guard))
    }
}

/// A request as recorded: selected headers (credentials masked whole), the body redacted
/// (secrets as whole tokens, then the configured JSON fields).
fn record_call(req: &http::Request<Bytes>, r: &Redaction, secrets: &Secrets) -> RecordedCall {
    let boundary = multipart_boundary(req);
    let headers = req
        .headers()
        .iter()
        .filter(|(k, _)| {
            r.record_headers
                .iter()
                .any(|h| h.eq_ignore_ascii_case(k.as_str()))
        })
        .map(|(k, v)| {
            let masked = v.is_sensitive()
                || is_credential_header(k)
                || r.headers.iter().any(|h| h.eq_ignore_ascii_case(k.as_str()));
            let value = if masked {
                REDACTED.to_owned()
            } else {
                let text = secrets
                    .redact_str(&String::from_utf8_lossy(v.as_bytes()))
                    .into_owned();
                match &boundary {
                    Some(b) => text.replace(b, "{boundary}"),
                    None => text,
                }
            };
            (k.as_str().to_owned(), value)
        })
        .collect();
    let body = request_body(req, &secrets.redact(req.body())).map(|mut v| {
        mask_json(&mut v, &r.json_fields);
        v
    });
    RecordedCall {
        method: req.method().as_str().to_owned(),
        path: secrets.redact_str(req.uri().path()).into_owned(),
        query: req.uri().query().map(|q| secrets.redact_str(q).into_owned()),
        headers,
        body,
    }
}

/// A request body as a cassette keeps and matches it: JSON as JSON, other text verbatim,
/// with a multipart body's random boundary replaced by `{boundary}` (so an upload replays).
fn request_body(req: &http::Request<Bytes>, body: &[u8]) -> Option<Value> {
    if body.is_empty() {
        return None;
    }
    if let Ok(v) = serde_json::from_slice(body) {
        return Some(v);
    }
    let mut text = String::from_utf8_lossy(body).into_owned();
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

/// A slot not filled yet: when dropped unfilled (the request failed, or its future was
/// dropped), the slot is let go, so the file never waits for it.
struct SlotGuard {
    recorder: Arc<Mutex<Recorder>>,
    index: usize,
}

impl SlotGuard {
    /// Records the exchange in its slot and writes the file.
    fn fill(self, exchange: Exchange) {
        let mut rec = lock(&self.recorder);
        if let Some(s) = rec.slots.get_mut(self.index) {
            *s = Slot::Done(Box::new(exchange));
        }
        // A failure is kept and logged by `save`, and reported by the next request and `finish`.
        let _ = rec.save();
    }
}

impl Drop for SlotGuard {
    fn drop(&mut self) {
        let mut rec = lock(&self.recorder);
        if let Some(s) = rec.slots.get_mut(self.index) {
            if matches!(s, Slot::Pending) {
                *s = Slot::Skipped;
            }
        }
    }
}

impl Transport for RecordingTransport {
    fn send(&self, request: http::Request<Bytes>) -> TransportFuture {
        let (call, slot) = match self.begin(&request) {
            Ok(x) => x,
            Err(e) => return Box::pin(async move { Err(TransportError::new(TransportErrorKind::Local, e)) }),
        };
        let fut = self.inner.send(request);
        Box::pin(async move {
            // On a failure, `slot` is dropped: nothing was answered, nothing is recorded.
            let resp = fut.await?;
            let (parts, body) = resp.into_parts();
            let (redaction, secrets) = {
                let rec = lock(&slot.recorder);
                (rec.redaction.clone(), rec.secrets.clone())
            };
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
                        secrets
                            .redact_str(&String::from_utf8_lossy(v.as_bytes()))
                            .into_owned()
                    };
                    (k.as_str().to_owned(), value)
                })
                .collect();
            let sse = parts
                .headers
                .get(CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(crate::pipeline::is_event_stream_type);
            let tee = TeeBody {
                inner: body,
                frames: Vec::new(),
                last: Instant::now(),
                pending: Some(Pending {
                    call,
                    status: parts.status.as_u16(),
                    headers,
                    sse,
                    slot,
                    json_fields: redaction.json_fields,
                    secrets,
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
    slot: SlotGuard,
    json_fields: Vec<String>,
    secrets: Secrets,
}

/// How a recorded body ended.
enum End {
    /// Its end came.
    Complete,
    /// It failed (the message of the error chain).
    Failed(String),
    /// The client dropped it before its end.
    Dropped,
}

/// A body that passes its frames on and, at its end, failure or drop, records them.
struct TeeBody {
    inner: Body,
    frames: Vec<(Duration, Bytes)>,
    last: Instant,
    pending: Option<Pending>,
}

/// The message of an error and its sources, `: `-separated.
fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut msg = e.to_string();
    let mut cur = e.source();
    while let Some(s) = cur {
        let m = s.to_string();
        if !msg.contains(&m) {
            msg.push_str(": ");
            msg.push_str(&m);
        }
        cur = s.source();
    }
    msg
}

/// `frames` with the bytes in `hits` (ranges of their concatenation) replaced by
/// `[REDACTED]`, frame boundaries kept: a secret split over frames is replaced in the frame
/// where it starts and removed from the next.
fn redact_frames(frames: &[(Duration, Bytes)], hits: &[Range<usize>]) -> Vec<(Duration, Vec<u8>)> {
    let mut out = Vec::with_capacity(frames.len());
    let mut start = 0;
    for (d, b) in frames {
        let end = start + b.len();
        let mut data = Vec::with_capacity(b.len());
        let mut pos = start;
        for h in hits.iter().filter(|h| h.start < end && h.end > start) {
            if h.start >= pos {
                data.extend_from_slice(&b[pos - start..h.start - start]);
                data.extend_from_slice(REDACTED.as_bytes());
            }
            pos = pos.max(h.end.min(end));
        }
        data.extend_from_slice(&b[pos - start..]);
        out.push((*d, data));
        start = end;
    }
    out
}

impl TeeBody {
    fn finish(&mut self, end: End) {
        let Some(p) = self.pending.take() else { return };
        let frames = std::mem::take(&mut self.frames);
        let all: Vec<u8> = frames.iter().flat_map(|(_, b)| b.iter().copied()).collect();
        // Redaction works on bytes, before any encoding: a key in a body that is not UTF-8
        // (kept as base64) is removed all the same.
        let hits = p.secrets.find(&all);
        let mut response = RecordedResponse {
            status: p.status,
            headers: p.headers,
            json: None,
            text: None,
            base64: None,
            frames: None,
            body_error: match end {
                End::Complete => None,
                End::Failed(m) => Some(p.secrets.redact_str(&m).into_owned()),
                End::Dropped => {
                    Some("the recording stopped here: the client dropped the body before its end".into())
                }
            },
        };
        let frames = redact_frames(&frames, &hits);
        if p.sse && frames.iter().all(|(_, b)| std::str::from_utf8(b).is_ok()) {
            response.frames = Some(
                frames
                    .into_iter()
                    .map(|(d, b)| RecordedFrame {
                        after_ms: u64::try_from(d.as_millis()).unwrap_or(u64::MAX),
                        data: String::from_utf8_lossy(&b).into_owned(),
                    })
                    .collect(),
            );
        } else {
            let all: Vec<u8> = frames.into_iter().flat_map(|(_, b)| b).collect();
            match serde_json::from_slice::<Value>(&all) {
                // Kept as JSON only when that gives back the very bytes received.
                Ok(mut v) if serde_json::to_vec(&v).ok().as_deref() == Some(&all[..]) => {
                    mask_json(&mut v, &p.json_fields);
                    response.json = Some(v);
                }
                _ => match String::from_utf8(all) {
                    Ok(t) if t.is_empty() => {}
                    Ok(t) => response.text = Some(t),
                    Err(e) => {
                        response.base64 = Some(base64::engine::general_purpose::STANDARD.encode(e.as_bytes()))
                    }
                },
            }
        }
        p.slot.fill(Exchange {
            request: p.call,
            response,
        });
    }
}

impl Drop for TeeBody {
    fn drop(&mut self) {
        // A body whose last frame came is complete even if its end was never polled.
        let end = if http_body::Body::is_end_stream(&self.inner) {
            End::Complete
        } else {
            End::Dropped
        };
        self.finish(end);
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
            Poll::Ready(Some(Err(e))) => {
                let msg = chain(&**e);
                this.finish(End::Failed(msg));
            }
            Poll::Ready(None) => this.finish(End::Complete),
            Poll::Pending => {}
        }
        r
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }
}
type Matcher = Arc<dyn Fn(&http::Request<Bytes>, &RecordedCall) -> bool + Send + Sync>;

struct ReplayState {
    /// Each exchange, its checked response, and whether it was used.
    exchanges: Vec<(Exchange, Prepared, bool)>,
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
            .field("used", &s.exchanges.iter().filter(|(_, _, u)| *u).count())
            .finish()
    }
}

/// A request with no recorded answer: the source of an [`ErrorKind::Replay`](crate::ErrorKind::Replay)
/// error, saying which recorded exchange was nearest and how the bodies differ.
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
    /// the column), has another format version, or has an exchange that is not valid (a
    /// status out of range, a body that does not decode...: the error names the file, the
    /// exchange and the field).
    pub fn from_file(path: impl Into<PathBuf>) -> Result<Self, CassetteError> {
        let path = path.into();
        let (file, prepared) = read_cassette(&path)?;
        Ok(ReplayTransport {
            path,
            state: Arc::new(Mutex::new(ReplayState {
                exchanges: file
                    .exchanges
                    .into_iter()
                    .zip(prepared)
                    .map(|(e, p)| (e, p, false))
                    .collect(),
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
            .filter(|(_, (_, _, used))| !used)
            .map(|(i, (e, _, _))| format!("#{i} {} {}", e.request.method, e.request.path))
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

    fn answer(&self, req: &http::Request<Bytes>) -> Result<(Prepared, bool), ReplayMismatch> {
        let mut state = lock(&self.state);
        let body = request_body(req, req.body());
        let candidates: Vec<usize> = state
            .exchanges
            .iter()
            .enumerate()
            .filter(|(_, (_, _, used))| !used)
            .map(|(i, _)| i)
            .take(if state.in_order { 1 } else { usize::MAX })
            .collect();
        let found = candidates
            .iter()
            .copied()
            .find(|&i| Self::matches(&state, req, &body, &state.exchanges[i].0.request));
        if let Some(i) = found {
            state.exchanges[i].2 = true;
            return Ok((state.exchanges[i].1.clone(), state.timing));
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
            "cassette {}: {} {}",
            self.path.display(),
            req.method(),
            req.uri().path()
        );
        if let Some(q) = req.uri().query() {
            msg.push_str(&format!("?{q}"));
        }
        match nearest {
            None if state.exchanges.is_empty() => msg.push_str(": the cassette has no exchange"),
            None => msg.push_str(": every recorded exchange was used"),
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
                } else {
                    let mut what = Vec::new();
                    if c.method != req.method().as_str() {
                        what.push("the method");
                    }
                    if c.path != req.uri().path() {
                        what.push("the path");
                    }
                    if c.query.as_deref() != req.uri().query() {
                        what.push("the query");
                    }
                    if what.is_empty() {
                        what.push("a custom matcher refused it");
                    }
                    msg.push_str(&format!(" (equal bodies; differs: {})", what.join(", ")));
                }
            }
        }
        Err(ReplayMismatch(msg))
    }
}

/// The failure a recorded body ended with, replayed.
#[derive(Debug)]
struct RecordedBodyError(String);

impl fmt::Display for RecordedBodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "recorded body failure: {}", self.0)
    }
}

impl std::error::Error for RecordedBodyError {}

/// A replayed body: the recorded chunks (after their delays, with timing), then the recorded
/// failure, if any.
struct ReplayBody {
    chunks: VecDeque<(Duration, Bytes)>,
    timing: bool,
    error: Option<String>,
    sleep: Option<Pin<Box<Sleep>>>,
}

impl http_body::Body for ReplayBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        loop {
            if let Some(s) = this.sleep.as_mut() {
                if s.as_mut().poll(cx).is_pending() {
                    return Poll::Pending;
                }
                this.sleep = None;
                if let Some((_, b)) = this.chunks.pop_front() {
                    return Poll::Ready(Some(Ok(Frame::data(b))));
                }
            }
            match this.chunks.front() {
                Some((d, _)) if this.timing && !d.is_zero() => {
                    this.sleep = Some(Box::pin(tokio::time::sleep(*d)));
                }
                Some(_) => {
                    if let Some((_, b)) = this.chunks.pop_front() {
                        return Poll::Ready(Some(Ok(Frame::data(b))));
                    }
                }
                None => {
                    return Poll::Ready(
                        this.error
                            .take()
                            .map(|m| Err(Box::new(RecordedBodyError(m)) as BoxError)),
                    )
                }
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.chunks.is_empty() && self.error.is_none()
    }
}

/// The response that plays a recorded one.
fn response_for(p: Prepared, timing: bool) -> http::Response<Body> {
    let body = ReplayBody {
        chunks: p.chunks.into(),
        timing,
        error: p.body_error,
        sleep: None,
    };
    let mut resp = http::Response::new(body.boxed());
    *resp.status_mut() = p.status;
    *resp.headers_mut() = p.headers;
    resp
}

impl Transport for ReplayTransport {
    fn send(&self, request: http::Request<Bytes>) -> TransportFuture {
        let answer = self.answer(&request);
        Box::pin(async move {
            match answer {
                Ok((prepared, timing)) => Ok(response_for(prepared, timing)),
                // Its own kind: not a connection failure, and never retried.
                Err(mismatch) => Err(TransportError::new(TransportErrorKind::Replay, mismatch)),
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
    /// A missing cassette with no key (the error names the file and how to record it), a
    /// file that is not a valid cassette, or a recording to a file that cannot be written.
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
            return RecordingTransport::new(inner, path).map(Cassette::Record);
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

    /// When recording: writes the cassette and says whether it is complete (see
    /// [`RecordingTransport::finish`]); a no-op when replaying.
    ///
    /// # Errors
    /// When recording, the cassette could not be written.
    pub fn finish(&self) -> Result<(), CassetteError> {
        match self {
            Cassette::Record(r) => r.finish().map(|_| ()),
            Cassette::Replay(_) => Ok(()),
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
