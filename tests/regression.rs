//! Regressions: one test per defect a hostile server found (issue "Reliability: eight
//! defects"), each named for the behaviour it pins. Each failed before its fix.

mod support;

use std::time::{Duration, Instant};

use mistral::test_util::{MockServer, Reply};
use mistral::Client;
use serde_json::json;
use support::hostile::{self, Hostile, Step};
use support::*;

fn client_for(url: &str) -> Client {
    fast_client(url, |b| b)
}

fn sse_events_then_done() -> Vec<u8> {
    let mut body = Vec::new();
    for e in [chunk(json!("Hel"), None), chunk(json!("lo"), Some("stop"))] {
        body.extend_from_slice(format!("data: {e}\n\n").as_bytes());
    }
    body.extend_from_slice(b"data: [DONE]\n\n");
    body
}

/// A server that sends `[DONE]` and then holds the body open (no final chunk, no close).
async fn held_open_after_done() -> Hostile {
    let mut bytes = hostile::sse_head();
    bytes.extend_from_slice(&hostile::chunk(&sse_events_then_done()));
    Hostile::always(vec![Step::Write(bytes), Step::Hold]).await
}

/// Defect 1: `[DONE]` ends the stream at once, for `next()`, `text()` and
/// `collect_response()`, even when the server holds the body open, and with the idle timeout
/// disabled (where it used to block forever).
#[tokio::test]
async fn stream_ends_at_done_while_the_server_holds_the_body_open() {
    let s = held_open_after_done().await;
    for idle in [Some(Duration::from_secs(120)), None] {
        let c = Client::builder()
            .api_key(KEY)
            .base_url(s.url())
            .stream_idle_timeout(idle)
            .build()
            .unwrap();
        let started = Instant::now();
        let guard = Duration::from_secs(10);
        let r = tokio::time::timeout(guard, async {
            c.chat()
                .stream(&request())
                .await
                .unwrap()
                .collect_response()
                .await
        })
        .await
        .expect("collect_response blocked after [DONE]")
        .unwrap();
        assert_eq!(r.text(), "Hello");

        let texts = tokio::time::timeout(guard, async {
            let mut t = c.chat().stream(&request()).await.unwrap().text();
            let mut out = String::new();
            while let Some(d) = t.next().await {
                out.push_str(&d.unwrap());
            }
            out
        })
        .await
        .expect("text() blocked after [DONE]");
        assert_eq!(texts, "Hello");

        let n = tokio::time::timeout(guard, async {
            let mut st = c.chat().stream(&request()).await.unwrap();
            let mut n = 0;
            while let Some(ch) = st.next().await {
                ch.unwrap();
                n += 1;
            }
            n
        })
        .await
        .expect("next() blocked after [DONE]");
        assert_eq!(n, 2);
        // Three whole streams, each ending at [DONE] without waiting for the server.
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }
}

/// Defect 1, the other half: where the end of the body is there, the connection is reused.
#[tokio::test]
async fn streams_that_end_cleanly_reuse_their_connection() {
    let s = MockServer::start().await.unwrap();
    let c = client_for(&s.url());
    for _ in 0..10 {
        assert_eq!(stream_all(&c, &request()).await.text(), "Echo: Hi");
    }
    assert_eq!(s.connections(), 1);
}

fn big_error(message_len: usize) -> serde_json::Value {
    json!({"object": "error", "type": "invalid_request_error", "code": "3051", "param": "messages",
           "message": "x".repeat(message_len)})
}

/// Defect 2: error bodies over 64 KiB keep their meaning: parsed up to 1 MiB, raw text kept
/// to 64 KiB and marked as cut; past 1 MiB the status and the prefix remain.
#[tokio::test]
async fn large_error_bodies_are_parsed_and_kept_capped() {
    // A 100 KB error body.
    let s = Hostile::replying(hostile::json(400, &big_error(100_000))).await;
    let e = client_for(&s.url())
        .chat()
        .complete(&request())
        .await
        .unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 400);
    let api = e.api_error().expect("a 100 KB error body parses");
    assert_eq!(api.message.as_deref().map(str::len), Some(100_000));
    assert_eq!(api.kind.as_deref(), Some("invalid_request_error"));
    assert_eq!(api.code.as_deref(), Some("3051"));
    assert_eq!(api.param.as_deref(), Some("messages"));
    assert_eq!(e.body().unwrap().len(), 64 * 1024);
    assert!(e.body_truncated());

    // A 422 whose detail echoes a 70 KB input.
    let detail = json!({"detail": [{"type": "string_too_long", "loc": ["body", "messages", 0, "content"],
                                    "msg": "too long", "input": "y".repeat(70_000)}]});
    let s = Hostile::replying(hostile::json(422, &detail)).await;
    let e = client_for(&s.url())
        .chat()
        .complete(&request())
        .await
        .unwrap_err();
    let api = e.api_error().expect("a 70 KB 422 parses");
    assert_eq!(api.detail.len(), 1);
    assert_eq!(api.detail[0].path(), "body.messages.0.content");
    assert!(e.body_truncated());

    // Past the 1 MiB bound: the status and the kept prefix, no parse.
    let s = Hostile::replying(hostile::json(400, &big_error(2 << 20))).await;
    let e = client_for(&s.url())
        .chat()
        .complete(&request())
        .await
        .unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 400);
    assert!(e.api_error().is_none());
    assert!(e.body().unwrap().starts_with(r#"{"object":"error""#));
    assert!(e.body_truncated());

    // A small body is whole and not marked.
    let s = Hostile::replying(hostile::json(400, &big_error(10))).await;
    let e = client_for(&s.url())
        .chat()
        .complete(&request())
        .await
        .unwrap_err();
    assert!(!e.body_truncated());
    assert_eq!(e.api_error().unwrap().message.as_deref(), Some("xxxxxxxxxx"));
}

/// Defect 2, for streams: a non-SSE error reply to a stream call is read the same way.
#[tokio::test]
async fn large_error_reply_to_a_stream_call_is_parsed() {
    let s = Hostile::replying(hostile::json(200, &big_error(100_000))).await;
    let e = client_for(&s.url()).chat().stream(&request()).await.unwrap_err();
    assert_eq!(
        e.api_error().unwrap().message.as_deref().map(str::len),
        Some(100_000)
    );
    assert!(e.body_truncated());
    let s = Hostile::replying(hostile::json(400, &big_error(100_000))).await;
    let e = client_for(&s.url()).chat().stream(&request()).await.unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 400);
    assert!(e.api_error().is_some());
}

/// Defect 3: a query, a fragment or userinfo in the base URL is a builder error naming the
/// part (never echoing the password); a gateway path prefix is kept, the API path added once.
#[tokio::test]
async fn base_url_parts_are_checked_and_a_prefix_is_kept() {
    for (url, part) in [
        ("http://127.0.0.1:9/?x=1", "query"),
        ("https://api.mistral.ai/v1?key=abc", "query"),
        ("http://127.0.0.1:9/#frag", "fragment"),
        ("http://user:hunter2secret@127.0.0.1:9", "credentials"),
        ("https://user@api.mistral.ai/", "credentials"),
    ] {
        let b = Client::builder().api_key(KEY).base_url(url);
        assert!(!format!("{b:?}").contains("hunter2secret"), "{b:?}");
        let e = b.build().unwrap_err();
        let text = format!("{e} {e:?}");
        assert!(e.is_builder(), "{url}: {text}");
        assert!(text.contains(part), "{url}: {text}");
        assert!(
            !text.contains("hunter2secret") && !text.contains("key=abc"),
            "{text}"
        );
    }
    let s = MockServer::start().await.unwrap();
    for suffix in [
        "/mistral",
        "/mistral/",
        "/mistral//",
        "/mistral/v1",
        "/mistral/v1/",
    ] {
        s.push(ok("via gateway"));
        let c = client_for(&format!("{}{suffix}", s.url()));
        assert_eq!(c.base_url(), format!("{}/mistral", s.url()));
        c.chat().complete(&request()).await.unwrap();
        let path = s.requests().last().unwrap().uri().path().to_owned();
        assert_eq!(path, "/mistral/v1/chat/completions", "{suffix}");
    }
}

/// Defect 4: any valid Retry-After above the cap (a day or more included) is not retried and
/// the value is kept, saturating instead of overflowing.
#[tokio::test(start_paused = true)]
async fn retry_after_of_a_day_or_more_is_kept_and_not_retried() {
    for (v, want) in [
        ("61", Duration::from_secs(61)),
        ("86400", Duration::from_secs(86_400)),
        ("999999", Duration::from_secs(999_999)),
        ("99999999999999999999999", Duration::MAX),
    ] {
        let (c, t) = scripted();
        t.push(error(429, "rate_limit_error", "slow down").header("retry-after", v));
        t.push(ok("must not be reached"));
        let e = c.chat().complete(&request()).await.unwrap_err();
        assert_eq!(t.requests().len(), 1, "{v}");
        assert_eq!(e.retry_after(), Some(want), "{v}");
        assert_eq!(e.attempts(), 1);
    }
}

/// Defect 5: a response that is not valid HTTP is reported as such (with hyper's reason in the
/// chain), not as a connection failure, and not retried.
#[tokio::test]
async fn malformed_response_is_a_protocol_error_and_not_retried() {
    let many_headers: String = (0..10_000).map(|i| format!("x-h{i}: v\r\n")).collect();
    let huge_header = format!("x-big: {}\r\n", "a".repeat(1 << 20));
    for raw in [
        b"HTTP/1.1 abc OK\r\ncontent-length: 0\r\n\r\n".to_vec(),
        format!("HTTP/1.1 200 OK\r\n{many_headers}content-length: 0\r\n\r\n").into_bytes(),
        format!("HTTP/1.1 200 OK\r\n{huge_header}content-length: 0\r\n\r\n").into_bytes(),
    ] {
        let s = Hostile::replying(raw).await;
        let e = client_for(&s.url())
            .chat()
            .complete(&request())
            .await
            .unwrap_err();
        assert!(e.is_protocol(), "{e:?}");
        assert!(!e.is_transport() && !e.is_retryable(), "{e:?}");
        assert_eq!(s.requests().len(), 1, "not retried");
        let mut chain = e.to_string();
        let mut src = std::error::Error::source(&e);
        while let Some(x) = src {
            chain.push_str(&format!(" / {x}"));
            src = x.source();
        }
        assert!(
            chain.contains("invalid HTTP status-code") || chain.contains("message head is too large"),
            "{chain}"
        );
    }
}

/// Defect 6: credential headers are sensitive however they were set; a `Bearer ` prefix is
/// stripped (and a key that is only the prefix refused); an empty or non-printable-ASCII key
/// is refused at `build()` without being echoed.
#[tokio::test]
async fn credentials_are_sensitive_and_keys_checked() {
    let (c, t) = scripted_with(|b| b.default_header("x-api-key", "default-credential"));
    c.chat()
        .header("authorization", "Bearer per-call-token")
        .header("x-gateway-token", "tok-123456")
        .header("x-trace", "visible")
        .complete(&request())
        .await
        .unwrap();
    let r = &t.requests()[0];
    for name in ["authorization", "x-gateway-token", "x-api-key"] {
        assert!(r.headers()[name].is_sensitive(), "{name}");
    }
    assert!(!r.headers()["x-trace"].is_sensitive());
    assert!(!format!("{:?}", r.headers()).contains("per-call-token"));

    for key in ["Bearer ", "bearer", "  BEARER  ", ""] {
        let e = Client::builder().api_key(key).build().unwrap_err();
        assert!(e.is_builder() && e.to_string().contains("empty"), "{key:?}: {e}");
    }
    for key in ["clé-secrète-ünicode", "sk-\u{7f}del", "sk with space"] {
        let e = Client::builder().api_key(key).build().unwrap_err();
        assert!(e.is_builder(), "{key:?}");
        assert!(!format!("{e} {e:?}").contains(key), "{e}");
    }
    let (c, t) = scripted_with(|b| b.api_key(format!("Bearer {KEY}")));
    c.chat().complete(&request()).await.unwrap();
    assert_eq!(
        t.requests()[0].header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
}

/// Defect 7: a server that reflects the credentials in its error bodies does not get them into
/// the error's `Display`, `Debug`, `body()` or parsed message, nor into a stream's errors.
#[tokio::test]
async fn reflected_credentials_are_redacted() {
    let s = Hostile::start(|_, req| {
        let echo = format!(
            "auth={} gw={}",
            req.header("authorization").unwrap_or(""),
            req.header("x-gateway-token").unwrap_or("")
        );
        vec![Step::Write(hostile::json(
            401,
            &json!({"object": "error", "type": "authentication_error", "message": echo}),
        ))]
    })
    .await;
    let c = client_for(&s.url());
    let e = c
        .chat()
        .header("x-gateway-token", "gateway-secret-42")
        .complete(&request())
        .await
        .unwrap_err();
    let text = format!("{e} {e:?} {}", e.body().unwrap());
    assert!(text.contains("[REDACTED]"), "{text}");
    for secret in [KEY, "gateway-secret-42"] {
        assert!(!text.contains(secret), "{text}");
        assert!(!e
            .api_error()
            .unwrap()
            .message
            .as_deref()
            .unwrap()
            .contains(secret));
    }

    // In a stream: an error event that echoes the key.
    let event =
        json!({"object": "error", "type": "invalid_request_error", "message": format!("bad key {KEY}")});
    let mut bytes = hostile::sse_head();
    bytes.extend_from_slice(&hostile::chunk(
        format!("event: error\ndata: {event}\n\n").as_bytes(),
    ));
    bytes.extend_from_slice(hostile::LAST_CHUNK);
    let s = Hostile::replying(bytes).await;
    let mut st = client_for(&s.url()).chat().stream(&request()).await.unwrap();
    let e = st.next().await.unwrap().unwrap_err();
    let text = format!("{e} {e:?} {:?}", e.body());
    assert!(!text.contains(KEY) && text.contains("[REDACTED]"), "{text}");

    // A 200 that is not a completion and quotes the key: the decode error's snippet.
    let s = Hostile::replying(hostile::response(
        200,
        &[("content-type", "application/json")],
        format!("{{\"echo\": \"{KEY}\"").as_bytes(),
    ))
    .await;
    let e = client_for(&s.url())
        .chat()
        .complete(&request())
        .await
        .unwrap_err();
    assert!(e.is_decode());
    assert!(!format!("{e} {e:?}").contains(KEY), "{e}");
}

/// Defect 8: a lone surrogate escape (a model splitting a pair across tokens) decodes as
/// U+FFFD instead of killing the stream; a complete response body too.
#[tokio::test]
async fn lone_surrogate_escapes_decode_as_replacement_characters() {
    let frames = vec![
        format!("data: {}\n\n", chunk(json!("a"), None)).replace("\"a\"", r#""a\ud83d""#),
        format!("data: {}\n\n", chunk(json!("b"), Some("stop"))).replace("\"b\"", r#""\ude00b""#),
        "data: [DONE]\n\n".to_owned(),
    ];
    let (c, t) = scripted();
    t.push(Reply::sse_frames(frames));
    let r = c
        .chat()
        .stream(&request())
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(r.text(), "a\u{FFFD}\u{FFFD}b");

    let body = completion("x").to_string().replace("\"x\"", r#""x\udc00y""#);
    t.push(Reply::body(200, "application/json", body));
    let r = c.chat().complete(&request()).await.unwrap();
    assert_eq!(r.text(), "x\u{FFFD}y");
    // An intact pair is unchanged.
    let body = completion("x").to_string().replace("\"x\"", r#""\ud83d\ude00""#);
    t.push(Reply::body(200, "application/json", body));
    assert_eq!(c.chat().complete(&request()).await.unwrap().text(), "\u{1F600}");
}
