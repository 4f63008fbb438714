//! Scripted replies and recorded requests.

use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};

use http_body_util::BodyExt;

use super::body::{Part, ScriptedBody};
use crate::transport::{Body, TransportErrorKind};

const FLUSH_PAUSE: Duration = Duration::from_millis(20);

/// One scripted answer to one request.
#[derive(Clone, Debug)]
pub struct Reply {
    pub(crate) kind: ReplyKind,
}

#[derive(Clone, Debug)]
pub(crate) enum ReplyKind {
    Response {
        status: StatusCode,
        headers: HeaderMap,
        parts: Vec<Part>,
        delay: Duration,
    },
    /// Scripted transport: fail with this kind. Server: close the connection without answering.
    Fail(TransportErrorKind),
    /// Never answer.
    Never,
}

/// What a fake does with a reply once its delay is over.
pub(crate) enum Outcome {
    Respond(http::Response<Body>),
    Fail(TransportErrorKind),
}

impl Reply {
    /// Plays the reply: waits its delay (forever for `never`), then responds or fails.
    pub(crate) async fn play(self) -> Outcome {
        match self.kind {
            ReplyKind::Never => std::future::pending().await,
            ReplyKind::Fail(kind) => Outcome::Fail(kind),
            ReplyKind::Response {
                status,
                headers,
                parts,
                delay,
            } => {
                if !delay.is_zero() {
                    tokio::time::sleep(delay).await;
                }
                let mut resp = http::Response::new(ScriptedBody::new(parts).boxed());
                *resp.status_mut() = status;
                *resp.headers_mut() = headers;
                Outcome::Respond(resp)
            }
        }
    }

    /// The status and the whole body of a plain response (what the mock's batch jobs keep
    /// of their requests' answers); `None` for failures and never-answers.
    pub(crate) fn status_and_body(&self) -> Option<(u16, Bytes)> {
        let ReplyKind::Response { status, parts, .. } = &self.kind else {
            return None;
        };
        let mut body = Vec::new();
        for p in parts {
            if let Part::Bytes(b) = p {
                body.extend_from_slice(b);
            }
        }
        Some((status.as_u16(), body.into()))
    }

    /// A response with a body and content type.
    pub fn body(status: u16, content_type: &str, body: impl Into<Bytes>) -> Self {
        let mut headers = HeaderMap::new();
        if let Ok(v) = HeaderValue::from_str(content_type) {
            headers.insert(http::header::CONTENT_TYPE, v);
        }
        Reply {
            kind: ReplyKind::Response {
                status: StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                headers,
                parts: vec![Part::Bytes(body.into())],
                delay: Duration::ZERO,
            },
        }
    }

    /// A JSON response.
    pub fn json(status: u16, value: &impl serde::Serialize) -> Self {
        Self::body(
            status,
            "application/json",
            serde_json::to_vec(value).unwrap_or_default(),
        )
    }

    /// An SSE response whose body is exactly `frames`, each delivered as one body frame.
    pub fn sse_frames<I, B>(frames: I) -> Self
    where
        I: IntoIterator<Item = B>,
        B: Into<Bytes>,
    {
        let mut r = Self::body(200, "text/event-stream", Bytes::new());
        if let ReplyKind::Response { parts, .. } = &mut r.kind {
            *parts = frames.into_iter().map(|f| Part::Bytes(f.into())).collect();
        }
        r
    }

    /// An SSE response with one `data:` event per item (JSON-encoded), then `data: [DONE]`,
    /// each event in its own frame.
    pub fn sse_events<I, T>(events: I) -> Self
    where
        I: IntoIterator<Item = T>,
        T: serde::Serialize,
    {
        let mut frames: Vec<Bytes> = events
            .into_iter()
            .map(|e| {
                Bytes::from(format!(
                    "data: {}\n\n",
                    serde_json::to_string(&e).unwrap_or_default()
                ))
            })
            .collect();
        frames.push(Bytes::from_static(b"data: [DONE]\n\n"));
        Self::sse_frames(frames)
    }

    /// A chat completion (`200`, chat format) whose first choice says `text`.
    ///
    /// ```
    /// use mistral::test_util::{Reply, ScriptedTransport};
    /// let t = ScriptedTransport::new();
    /// t.push(Reply::completion("Paris."))
    ///     .push(Reply::error(429, "slow down").retry_after(1))
    ///     .push(Reply::stream_text(["Hel", "lo"]));
    /// ```
    pub fn completion(text: &str) -> Self {
        Self::json(
            200,
            &serde_json::json!({"id": "cmpl-reply", "object": "chat.completion", "created": 0, "model": "mock",
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": text}}]}),
        )
    }

    /// A streamed completion whose content comes in these pieces (one chunk each, the last
    /// with `finish_reason: stop` and usage), then `[DONE]`.
    pub fn stream_text<I, S>(pieces: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let pieces: Vec<String> = pieces.into_iter().map(|p| p.as_ref().to_owned()).collect();
        let n = pieces.len();
        let chunk = |delta: serde_json::Value, finish: Option<&str>, last: bool| {
            serde_json::json!({"id": "cmpl-reply", "object": "chat.completion.chunk", "created": 0, "model": "mock",
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                "usage": if last { serde_json::json!({"prompt_tokens": 1, "completion_tokens": n, "total_tokens": n + 1}) } else { serde_json::Value::Null }})
        };
        let mut events = vec![chunk(
            serde_json::json!({"role": "assistant", "content": ""}),
            None,
            n == 0,
        )];
        for (i, p) in pieces.iter().enumerate() {
            let last = i + 1 == n;
            events.push(chunk(
                serde_json::json!({"content": p}),
                last.then_some("stop"),
                last,
            ));
        }
        Self::sse_events(events)
    }

    /// A completion that calls these functions (`(name, arguments)`), with ids `call_0`,
    /// `call_1`... and `finish_reason: tool_calls`.
    pub fn tool_calls<I, N>(calls: I) -> Self
    where
        I: IntoIterator<Item = (N, serde_json::Value)>,
        N: AsRef<str>,
    {
        let calls: Vec<serde_json::Value> = calls
            .into_iter()
            .enumerate()
            .map(|(i, (name, args))| {
                serde_json::json!({"id": format!("call_{i}"), "type": "function", "index": i,
                    "function": {"name": name.as_ref(), "arguments": args.to_string()}})
            })
            .collect();
        Self::json(
            200,
            &serde_json::json!({"id": "cmpl-reply", "object": "chat.completion", "created": 0, "model": "mock",
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                "choices": [{"index": 0, "finish_reason": "tool_calls",
                             "message": {"role": "assistant", "content": "", "tool_calls": calls}}]}),
        )
    }

    /// A Mistral-shaped error body with this status and message (`type` from the status:
    /// `rate_limit_error` for 429, `authentication_error` for 401, ...).
    pub fn error(status: u16, message: &str) -> Self {
        let kind = match status {
            400 | 404 | 422 => "invalid_request_error",
            401 => "authentication_error",
            403 => "permission_error",
            429 => "rate_limit_error",
            _ => "server_error",
        };
        Self::json(
            status,
            &serde_json::json!({"object": "error", "message": message, "type": kind, "param": null, "code": null}),
        )
    }

    /// Adds `Retry-After: secs`.
    pub fn retry_after(self, secs: u64) -> Self {
        self.header("retry-after", &secs.to_string())
    }

    /// An embeddings response with these float vectors, in order.
    pub fn embeddings<I, V>(vectors: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: AsRef<[f32]>,
    {
        let data: Vec<serde_json::Value> = vectors
            .into_iter()
            .enumerate()
            .map(|(i, v)| serde_json::json!({"object": "embedding", "index": i, "embedding": v.as_ref()}))
            .collect();
        Self::json(
            200,
            &serde_json::json!({"id": "emb-reply", "object": "list", "model": "mock", "data": data,
                "usage": {"prompt_tokens": data.len(), "total_tokens": data.len(), "completion_tokens": 0}}),
        )
    }

    /// Closes the connection before any response (scripted transport: a `Closed` error).
    pub fn close() -> Self {
        Reply {
            kind: ReplyKind::Fail(TransportErrorKind::Closed),
        }
    }

    /// Scripted transport only: fails with a transport error of this kind.
    pub fn transport_error(kind: TransportErrorKind) -> Self {
        Reply {
            kind: ReplyKind::Fail(kind),
        }
    }

    /// Never answers (for timeout tests).
    pub fn never() -> Self {
        Reply {
            kind: ReplyKind::Never,
        }
    }

    /// Adds a response header.
    ///
    /// # Panics
    /// On an invalid header name or value (a bug in the test).
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let ReplyKind::Response { headers, .. } = &mut self.kind {
            headers.insert(
                HeaderName::from_bytes(name.as_bytes()).expect("header name"),
                HeaderValue::from_str(value).expect("header value"),
            );
        }
        self
    }

    /// Adds what the real API sends with every answer, unless the reply sets it: a request id
    /// (`x-request-id`, 32 hex digits, from the request's number) and the rate-limit headers
    /// (`x-ratelimit-*`, counting down by 20 tokens and one request per call), so that
    /// `request_id()` and `rate_limits()` can be tried offline.
    pub(crate) fn with_mock_headers(mut self, n: u64) -> Self {
        if let ReplyKind::Response { headers, .. } = &mut self.kind {
            let id = format!("{:032x}", 0x6d6f_636b_u128 << 96 | u128::from(n));
            let cost = 20u64;
            let values = [
                ("x-request-id", id),
                ("x-ratelimit-limit-tokens-minute", "500000".to_owned()),
                (
                    "x-ratelimit-remaining-tokens-minute",
                    500_000u64.saturating_sub(cost * n).to_string(),
                ),
                ("x-ratelimit-limit-req-minute", "60".to_owned()),
                (
                    "x-ratelimit-remaining-req-minute",
                    60u64.saturating_sub(n).to_string(),
                ),
                ("x-ratelimit-limit-tokens-month", "1000000000".to_owned()),
                (
                    "x-ratelimit-remaining-tokens-month",
                    1_000_000_000u64.saturating_sub(cost * n).to_string(),
                ),
                ("x-ratelimit-tokens-query-cost", cost.to_string()),
            ];
            for (name, value) in values {
                let name = HeaderName::from_static(name);
                if !headers.contains_key(&name) {
                    if let Ok(v) = HeaderValue::from_str(&value) {
                        headers.insert(name, v);
                    }
                }
            }
        }
        self
    }

    /// Waits this long before sending the headers.
    pub fn delay(mut self, d: Duration) -> Self {
        if let ReplyKind::Response { delay, .. } = &mut self.kind {
            *delay = d;
        }
        self
    }

    /// Waits this long between body frames.
    pub fn frame_delay(mut self, d: Duration) -> Self {
        if let ReplyKind::Response { parts, .. } = &mut self.kind {
            let old = std::mem::take(parts);
            for (i, p) in old.into_iter().enumerate() {
                if i > 0 {
                    parts.push(Part::Delay(d));
                }
                parts.push(p);
            }
        }
        self
    }

    /// Appends a pause, then more body bytes.
    pub fn then_after(mut self, d: Duration, bytes: impl Into<Bytes>) -> Self {
        if let ReplyKind::Response { parts, .. } = &mut self.kind {
            parts.push(Part::Delay(d));
            parts.push(Part::Bytes(bytes.into()));
        }
        self
    }

    /// Cuts the connection after the body bytes scripted so far (a truncated body).
    pub fn then_fail(mut self) -> Self {
        if let ReplyKind::Response { parts, .. } = &mut self.kind {
            // Let the server flush what came before, so the cut lands mid-body.
            parts.push(Part::Delay(FLUSH_PAUSE));
            parts.push(Part::Fail);
        }
        self
    }

    /// Keeps only the first `n` bytes of the body, then cuts the connection, while the
    /// `content-length` header announces the full length.
    pub fn truncate_body(mut self, n: usize) -> Self {
        if let ReplyKind::Response { parts, headers, .. } = &mut self.kind {
            let mut full = Vec::new();
            for p in parts.iter() {
                if let Part::Bytes(b) = p {
                    full.extend_from_slice(b);
                }
            }
            headers.insert(http::header::CONTENT_LENGTH, HeaderValue::from(full.len()));
            full.truncate(n);
            *parts = vec![Part::Bytes(full.into()), Part::Delay(FLUSH_PAUSE), Part::Fail];
        }
        self
    }
}

/// A request as the fake received it. Read it through its methods.
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    method: http::Method,
    uri: http::Uri,
    headers: HeaderMap,
    body: Bytes,
    at: tokio::time::Instant,
}

impl RecordedRequest {
    pub(crate) fn new(parts: http::request::Parts, body: Bytes) -> Self {
        RecordedRequest {
            method: parts.method,
            uri: parts.uri,
            headers: parts.headers,
            body,
            at: tokio::time::Instant::now(),
        }
    }

    /// The method.
    pub fn method(&self) -> &http::Method {
        &self.method
    }

    /// The URI (path and query for the server; the full URI for the scripted transport).
    pub fn uri(&self) -> &http::Uri {
        &self.uri
    }

    /// The path, e.g. `/v1/chat/completions`.
    pub fn path(&self) -> &str {
        self.uri().path()
    }

    /// The query string, without the `?`.
    pub fn query(&self) -> Option<&str> {
        self.uri().query()
    }

    /// The headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body.
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// When it arrived (tokio time: exact under paused time).
    pub fn at(&self) -> tokio::time::Instant {
        self.at
    }

    /// The body as JSON.
    ///
    /// # Panics
    /// When the body is not JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("request body is JSON")
    }

    /// A header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}
