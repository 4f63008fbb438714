//! The mock's realtime transcription endpoint: `GET /v1/audio/transcriptions/realtime`
//! upgraded to a WebSocket on the mock server's own connection.
//!
//! The upgrade request goes through the script like any request: a queued [`Reply`] answers
//! it instead (a 401, a close, never), and it is recorded. Otherwise the mock checks the
//! credential and the `model` (a 422 without one), accepts, and sends `session.created`
//! (`pcm_s16le` at 16 kHz). The credential is a bearer key in `Authorization` (a 401 without
//! one), or a client session's secret offered as a subprotocol beside `realtime`
//! (`Sec-WebSocket-Protocol: realtime, <secret>`, then the `101` selects `realtime`): the mock
//! accepts only the secret its own `POST /v1/client/sessions` answers with (a 401 `invalid or
//! expired realtime token` for any other; a 400 when `realtime` is not offered). It answers `session.update`
//! with `session.updated` (an `error` once audio was sent), each `input_audio.append` with a
//! `transcription.text.delta` per 400 ms of audio completed (a word picked by an FNV-1a hash
//! of that window's bytes, so the same audio always gives the same text however it is cut
//! into messages), and `input_audio.end` with the last window's word, the language, one
//! segment and `transcription.done`. Garbage (a message that is not JSON, a binary frame, an
//! unknown type, audio that is not base64 or over 256 KiB) is answered with an `error`
//! message. What each session received, and how it ended, is kept
//! ([`MockServer::realtime_sessions`](super::MockServer::realtime_sessions)).

use std::sync::{Arc, Mutex, MutexGuard};

use base64::Engine as _;
use bytes::Bytes;
use futures_util::{SinkExt as _, StreamExt as _};
use http_body_util::BodyExt as _;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};
use tokio::task::AbortHandle;
use tokio_tungstenite::tungstenite::protocol::Role;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::WebSocketStream;

use super::reply::{Outcome, RecordedRequest, Reply};
use super::script::Script;
use crate::error::BoxError;

const PATH: &str = "/v1/audio/transcriptions/realtime";

/// The subprotocol offered beside a client session's secret.
const SUBPROTOCOL: &str = "realtime";

/// The secret the mock's `POST /v1/client/sessions` hands out (its generated route's answer),
/// so a session minted on the mock opens the mock's realtime endpoint.
fn minted_secret() -> Option<String> {
    let route = super::generated_route("create_client_session_v1_client_sessions_post")?;
    let body: Value = serde_json::from_str(route.body).ok()?;
    body["client_secret"]["value"].as_str().map(str::to_owned)
}

/// The words of the mock's realtime transcriptions.
const WORDS: [&str; 16] = [
    "every",
    "sound",
    "becomes",
    "a",
    "word",
    "as",
    "the",
    "stream",
    "flows",
    "past",
    "quiet",
    "listening",
    "machines",
    "that",
    "never",
    "sleep",
];

/// The window of audio a word stands for, in milliseconds.
const WINDOW_MS: u64 = 400;

/// The most decoded audio one `input_audio.append` may carry.
const MAX_APPEND: usize = 256 * 1024;

/// What one realtime session of the mock received, and how it ended.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RealtimeSessionLog {
    /// The model of the upgrade request's query.
    pub model: String,
    /// The `type` of each message received, in order (`binary` for a binary frame, `invalid`
    /// for text that is not a JSON object with a `type`).
    pub messages: Vec<String>,
    /// Audio bytes received (decoded).
    pub audio_bytes: usize,
    /// The code of the client's close frame, when one came.
    pub close_code: Option<u16>,
    /// The upgrade authenticated with a client session's secret (a subprotocol), not with
    /// a bearer key.
    pub client_session: bool,
    /// The session is over (closed, or the connection lost).
    pub ended: bool,
}

/// The realtime sessions of one mock server.
#[derive(Default)]
pub(crate) struct RealtimeMock {
    logs: Arc<Mutex<Vec<RealtimeSessionLog>>>,
    tasks: Mutex<Vec<AbortHandle>>,
}

impl Drop for RealtimeMock {
    fn drop(&mut self) {
        for t in self.tasks.lock().unwrap_or_else(|e| e.into_inner()).drain(..) {
            t.abort();
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A test that panicked while holding the lock must not hide what was recorded.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

type ResponseBody = http_body_util::combinators::BoxBody<Bytes, BoxError>;

impl RealtimeMock {
    /// The sessions so far, in the order they opened.
    pub(crate) fn logs(&self) -> Vec<RealtimeSessionLog> {
        lock(&self.logs).clone()
    }

    /// Whether `req` asks for the realtime endpoint's WebSocket.
    pub(crate) fn is_upgrade(req: &hyper::Request<Incoming>) -> bool {
        req.uri().path() == PATH
            && req
                .headers()
                .get(http::header::UPGRADE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.eq_ignore_ascii_case("websocket"))
    }

    /// Answers an upgrade request: a scripted reply when one is queued, else the checks and
    /// the `101` that starts a session on this connection.
    pub(crate) async fn upgrade(
        &self,
        req: hyper::Request<Incoming>,
        script: &Script,
    ) -> Result<hyper::Response<ResponseBody>, BoxError> {
        let (parts, body) = req.into_parts();
        let recorded = RecordedRequest::new(parts.clone(), Bytes::new());
        let mut default = false;
        let reply = script.answer(recorded, |_| {
            default = true;
            Reply::body(101, "text/plain", Bytes::new())
        });
        if !default {
            return match reply.play().await {
                Outcome::Respond(resp) => Ok(resp),
                Outcome::Fail(_) => Err("scripted close".into()),
            };
        }
        let offered: Option<Vec<String>> = parts.headers.get(http::header::SEC_WEBSOCKET_PROTOCOL).map(|v| {
            String::from_utf8_lossy(v.as_bytes())
                .split(',')
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect()
        });
        let client_session = offered.is_some();
        if let Some(offered) = &offered {
            if !offered.iter().any(|p| p == SUBPROTOCOL) {
                return respond(Reply::json(
                    400,
                    &json!({"message": "the realtime subprotocol was not offered", "request_id": "mock"}),
                ))
                .await;
            }
            let minted = minted_secret();
            let valid = offered
                .iter()
                .filter(|p| *p != SUBPROTOCOL)
                .any(|p| minted.as_deref() == Some(p.as_str()));
            if !valid {
                return respond(Reply::json(
                    401,
                    &json!({"message": "invalid or expired realtime token", "request_id": "mock"}),
                ))
                .await;
            }
        }
        let bearer = parts
            .headers
            .get(http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|k| !k.trim().is_empty());
        if !bearer && !client_session {
            return respond(Reply::json(
                401,
                &json!({"message": "Unauthorized", "request_id": "mock"}),
            ))
            .await;
        }
        let model = parts
            .uri
            .query()
            .unwrap_or("")
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == "model")
            .map(|(_, v)| {
                percent_encoding::percent_decode_str(v)
                    .decode_utf8_lossy()
                    .into_owned()
            })
            .unwrap_or_default();
        if model.trim().is_empty() {
            return respond(Reply::json(
                422,
                &json!({"detail": [{"type": "missing", "loc": ["query", "model"], "msg": "Field required"}]}),
            ))
            .await;
        }
        let key = parts
            .headers
            .get("sec-websocket-key")
            .map(|k| k.as_bytes().to_vec());
        let version = parts
            .headers
            .get("sec-websocket-version")
            .map(|v| v.as_bytes().to_vec());
        let (Some(key), Some(b"13")) = (key, version.as_deref()) else {
            return respond(Reply::json(
                400,
                &json!({"message": "not a WebSocket version 13 upgrade"}),
            ))
            .await;
        };
        let accept = tokio_tungstenite::tungstenite::handshake::derive_accept_key(&key);

        let index = {
            let mut logs = lock(&self.logs);
            logs.push(RealtimeSessionLog {
                model: model.clone(),
                client_session,
                ..Default::default()
            });
            logs.len() - 1
        };
        let logs = self.logs.clone();
        let req = hyper::Request::from_parts(parts, body);
        let task = tokio::spawn(async move {
            let Ok(upgraded) = hyper::upgrade::on(req).await else {
                return;
            };
            let ws = WebSocketStream::from_raw_socket(TokioIo::new(upgraded), Role::Server, None).await;
            let mut session = Session {
                ws,
                log: Log { logs, index },
                model,
                audio: Vec::new(),
                words: Vec::new(),
                bytes_per_second: 32_000,
                format: json!({"encoding": "pcm_s16le", "sample_rate": 16_000}),
                delay: Value::Null,
                ended_audio: false,
            };
            session.run().await;
        });
        {
            let mut tasks = lock(&self.tasks);
            tasks.retain(|t| !t.is_finished());
            tasks.push(task.abort_handle());
        }
        let mut response = http::Response::builder()
            .status(101)
            .header(http::header::CONNECTION, "Upgrade")
            .header(http::header::UPGRADE, "websocket")
            .header("sec-websocket-accept", accept)
            .header("x-request-id", format!("mock-realtime-{index}"));
        if client_session {
            // RFC 6455 §4.2.2: the server selects one of the offered subprotocols.
            response = response.header(http::header::SEC_WEBSOCKET_PROTOCOL, SUBPROTOCOL);
        }
        let response = response.body(http_body_util::Empty::new().map_err(|e| match e {}).boxed())?;
        Ok(response)
    }
}

async fn respond(reply: Reply) -> Result<hyper::Response<ResponseBody>, BoxError> {
    match reply.play().await {
        Outcome::Respond(resp) => Ok(resp),
        Outcome::Fail(_) => Err("scripted close".into()),
    }
}

/// A session's entry in the log.
struct Log {
    logs: Arc<Mutex<Vec<RealtimeSessionLog>>>,
    index: usize,
}

impl Log {
    fn with(&self, f: impl FnOnce(&mut RealtimeSessionLog)) {
        if let Some(l) = lock(&self.logs).get_mut(self.index) {
            f(l);
        }
    }
}

struct Session {
    ws: WebSocketStream<TokioIo<hyper::upgrade::Upgraded>>,
    log: Log,
    model: String,
    audio: Vec<u8>,
    /// The words said so far, one per window.
    words: Vec<String>,
    bytes_per_second: u64,
    format: Value,
    delay: Value,
    ended_audio: bool,
}

fn fnv1a(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Session {
    fn info(&self) -> Value {
        json!({"request_id": format!("mock-realtime-{}", self.log.index), "model": self.model,
               "audio_format": self.format, "target_streaming_delay_ms": self.delay})
    }

    async fn send(&mut self, v: Value) -> bool {
        self.ws.send(Message::text(v.to_string())).await.is_ok()
    }

    async fn error(&mut self, message: &str, code: u32) -> bool {
        self.send(json!({"type": "error", "error": {"message": message, "code": code}}))
            .await
    }

    fn window(&self) -> usize {
        usize::try_from((self.bytes_per_second * WINDOW_MS / 1000).max(1)).unwrap_or(usize::MAX)
    }

    /// Says a word for each window completed (and for a last partial one when `all`).
    async fn say(&mut self, all: bool) -> bool {
        let window = self.window();
        loop {
            let start = self.words.len().saturating_mul(window);
            let end = start.saturating_add(window);
            let piece = if end <= self.audio.len() {
                &self.audio[start..end]
            } else if all && start < self.audio.len() {
                &self.audio[start..]
            } else {
                return true;
            };
            let word = WORDS[(fnv1a(piece) % WORDS.len() as u64) as usize].to_owned();
            let first = self.words.is_empty();
            let text = if first { word.clone() } else { format!(" {word}") };
            self.words.push(word);
            if first
                && !self
                    .send(json!({"type": "transcription.language", "audio_language": "en"}))
                    .await
            {
                return false;
            }
            if !self
                .send(json!({"type": "transcription.text.delta", "text": text}))
                .await
            {
                return false;
            }
        }
    }

    async fn run(&mut self) {
        let created = json!({"type": "session.created", "session": self.info()});
        if !self.send(created).await {
            self.log.with(|l| l.ended = true);
            return;
        }
        while let Some(message) = self.ws.next().await {
            let text = match message {
                Ok(Message::Text(t)) => t,
                Ok(Message::Binary(_)) => {
                    self.log.with(|l| l.messages.push("binary".into()));
                    if !self
                        .error("binary messages are not supported: send JSON text", 4000)
                        .await
                    {
                        break;
                    }
                    continue;
                }
                Ok(Message::Close(frame)) => {
                    let code = frame.map_or(1005, |f| u16::from(f.code));
                    self.log.with(|l| l.close_code = Some(code));
                    // Reading on lets tungstenite send its answering close frame.
                    while let Some(Ok(_)) = self.ws.next().await {}
                    break;
                }
                Ok(_) => continue,
                Err(_) => break,
            };
            let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            let kind = value.get("type").and_then(Value::as_str).map(str::to_owned);
            self.log
                .with(|l| l.messages.push(kind.clone().unwrap_or_else(|| "invalid".into())));
            let ok = match kind.as_deref() {
                None => {
                    self.error("a message must be a JSON object with a type", 4000)
                        .await
                }
                Some("session.update") => self.update(&value).await,
                Some("input_audio.append") => self.append(&value).await,
                Some("input_audio.flush") => self.say(false).await,
                Some("input_audio.end") => self.end().await,
                Some(other) => {
                    let message = format!("unknown message type {other:?}");
                    self.error(&message, 4000).await
                }
            };
            if !ok {
                break;
            }
        }
        self.log.with(|l| l.ended = true);
    }

    async fn update(&mut self, value: &Value) -> bool {
        if !self.audio.is_empty() {
            return self
                .error("the session cannot be updated once audio was sent", 4002)
                .await;
        }
        let session = &value["session"];
        if let Some(format) = session.get("audio_format").filter(|f| !f.is_null()) {
            let rate = format["sample_rate"].as_u64().unwrap_or(0);
            let width = match format["encoding"].as_str().unwrap_or("") {
                "pcm_s16le" | "pcm_f16le" => 2,
                "pcm_s32le" | "pcm_f32le" => 4,
                "pcm_mulaw" | "pcm_alaw" => 1,
                _ => 0,
            };
            if rate == 0 || width == 0 {
                return self.error("unsupported audio format", 4001).await;
            }
            self.bytes_per_second = rate * width;
            self.format = format.clone();
        }
        if let Some(d) = session.get("target_streaming_delay_ms").filter(|d| !d.is_null()) {
            self.delay = d.clone();
        }
        let updated = json!({"type": "session.updated", "session": self.info()});
        self.send(updated).await
    }

    async fn append(&mut self, value: &Value) -> bool {
        if self.ended_audio {
            return self.error("the audio has ended", 4003).await;
        }
        let decoded = value["audio"]
            .as_str()
            .and_then(|a| base64::engine::general_purpose::STANDARD.decode(a).ok());
        let Some(audio) = decoded else {
            return self.error("audio must be base64", 4001).await;
        };
        if audio.len() > MAX_APPEND {
            return self.error("at most 262144 bytes of audio a message", 4001).await;
        }
        self.log.with(|l| l.audio_bytes += audio.len());
        self.audio.extend_from_slice(&audio);
        self.say(false).await
    }

    async fn end(&mut self) -> bool {
        if self.ended_audio {
            return self.error("the audio has ended", 4003).await;
        }
        self.ended_audio = true;
        if !self.say(true).await {
            return false;
        }
        let text = self.words.join(" ");
        let seconds = self.audio.len() as f64 / self.bytes_per_second.max(1) as f64;
        let seconds = (seconds * 1000.0).round() / 1000.0;
        let segment = json!({"type": "transcription.segment", "text": text, "start": 0.0, "end": seconds});
        if !self.send(segment).await {
            return false;
        }
        let audio_seconds = seconds.ceil() as u64;
        let words = self.words.len() as u64;
        let done = json!({
            "type": "transcription.done", "model": self.model, "text": text, "language": "en",
            "segments": [{"text": text, "start": 0.0, "end": seconds}],
            "usage": {"prompt_audio_seconds": audio_seconds, "prompt_tokens": audio_seconds * 13,
                      "completion_tokens": words, "total_tokens": audio_seconds * 13 + words},
        });
        self.send(done).await
    }
}
