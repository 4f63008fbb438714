//! Transport faults: cases B1-B11 of the reliability checklist (the README's Behaviour section states the rules), against the real loopback mock
//! server (hyper + our default transport) unless noted.

mod support;

use std::time::Duration;

use mistral::test_util::{MockServer, Reply};
use mistral::{Client, RetryPolicy, TransportErrorKind};
use serde_json::json;
use support::*;

fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .initial_delay(Duration::from_millis(5))
        .max_delay(Duration::from_millis(20))
}

fn client_for(url: &str) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(url)
        .retry_policy(fast_retries())
        .build()
        .unwrap()
}

/// B1: connection refused: retried, then `is_connect()` with 3 attempts.
#[tokio::test]
async fn b1_connection_refused() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let c = client_for(&format!("http://127.0.0.1:{port}"));
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert!(e.is_connect(), "{e:?}");
    assert_eq!(e.attempts(), 3);
    assert!(e.status().is_none());
}

/// B2: a connect timeout is `is_connect() && is_timeout()` and retried. Only loopback may be
/// targeted here, so the black hole is played by the scripted transport.
#[tokio::test(start_paused = true)]
async fn b2_connect_timeout_classified() {
    let (c, t) = scripted();
    for _ in 0..3 {
        t.push(Reply::transport_error(TransportErrorKind::ConnectTimeout));
    }
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert!(e.is_connect() && e.is_timeout(), "{e:?}");
    assert_eq!(e.timeout_phase(), Some(mistral::TimeoutPhase::Connect));
    assert_eq!(e.attempts(), 3);
}

/// B3: the server reads the request and closes without answering: retried, then an error
/// without a status.
#[tokio::test]
async fn b3_closed_before_headers() {
    let s = MockServer::start().await.unwrap();
    for _ in 0..3 {
        s.push(Reply::close());
    }
    let e = client_for(&s.url())
        .chat()
        .complete(&request())
        .await
        .unwrap_err();
    assert!(e.is_transport(), "{e:?}");
    assert!(e.status().is_none());
    assert_eq!(e.attempts(), 3);
    assert_eq!(s.requests().len(), 3);
    // Recovers when the server does.
    s.push(Reply::close());
    assert!(client_for(&s.url()).chat().complete(&request()).await.is_ok());
}

/// The request timer a finished call leaves for the next (kept registered, its deadline
/// moved) still bounds that call: after quick calls, after one whose deadline passed while
/// the client sat idle, and after a timed-out one.
#[tokio::test]
async fn a_kept_request_timer_bounds_the_next_call() {
    let s = MockServer::start().await.unwrap();
    let c = Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .request_timeout(Some(Duration::from_secs(1)))
        .max_retries(0)
        .build()
        .unwrap();
    for _ in 0..3 {
        assert_eq!(c.chat().complete(&request()).await.unwrap().text(), "Echo: Hi");
    }
    // The kept timer's deadline passes while nothing waits on it.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    for round in 0..2 {
        s.push(Reply::never());
        let started = std::time::Instant::now();
        // Bounded here too: a timer that never fired would hang the test, not fail it.
        let e = tokio::time::timeout(Duration::from_secs(20), c.chat().complete(&request()))
            .await
            .expect("the request timeout never fired")
            .unwrap_err();
        assert_eq!(
            e.timeout_phase(),
            Some(mistral::TimeoutPhase::Request),
            "{round}: {e:?}"
        );
        let took = started.elapsed();
        assert!(
            took >= Duration::from_secs(1) && took < Duration::from_secs(5),
            "{round}: {took:?}"
        );
        assert_eq!(c.chat().complete(&request()).await.unwrap().text(), "Echo: Hi");
    }
}

/// B4: headers later than the request timeout: `is_timeout()`, retried.
#[tokio::test]
async fn b4_request_timeout() {
    let s = MockServer::start().await.unwrap();
    s.push(Reply::never());
    s.push(ok("late").delay(Duration::from_secs(5)));
    let c = Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .request_timeout(Some(Duration::from_millis(150)))
        .retry_policy(fast_retries().max_retries(1))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert!(e.is_timeout() && e.is_retryable(), "{e:?}");
    assert_eq!(e.timeout_phase(), Some(mistral::TimeoutPhase::Request));
    assert_eq!(e.attempts(), 2);
    assert!(started.elapsed() < Duration::from_secs(3));
    // The client keeps working after abandoned attempts.
    assert_eq!(c.chat().complete(&request()).await.unwrap().text(), "Echo: Hi");
}

/// B5: `Content-Length: N` but fewer bytes, then close: a body error, never a truncated
/// success, and not retried (the server may have processed the request).
#[tokio::test]
async fn b5_truncated_body() {
    let s = MockServer::start().await.unwrap();
    s.push(ok("a long enough answer").truncate_body(50));
    let e = client_for(&s.url())
        .chat()
        .complete(&request())
        .await
        .unwrap_err();
    assert!(e.is_body(), "{e:?}");
    assert!(!e.is_retryable());
    assert_eq!(s.requests().len(), 1);
}

/// B6: a body over the cap is an error with memory bounded.
#[tokio::test]
async fn b6_body_too_large() {
    let s = MockServer::start().await.unwrap();
    s.push(ok(&"x".repeat(100_000)));
    let c = Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .max_response_bytes(10_000)
        .build()
        .unwrap();
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert!(e.is_body(), "{e:?}");
    assert!(e.to_string().contains("larger than 10000 bytes"), "{e}");
}

/// B7: 200 JSON that does not match: a decode error with a snippet.
#[tokio::test]
async fn b7_decode_error() {
    let s = MockServer::start().await.unwrap();
    s.push(Reply::json(200, &json!({"id": "x", "choices": "not a list"})));
    s.push(Reply::body(200, "application/json", "{\"id\": \"x\", \"choi"));
    let c = client_for(&s.url());
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert!(e.is_decode(), "{e:?}");
    assert!(e.to_string().contains("not a list"), "{e}");
    assert_eq!(e.status().map(|s| s.as_u16()), Some(200));
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert!(e.is_decode() && e.to_string().contains("choi"), "{e}");
}

/// B8: unknown fields and new enum values deserialize.
#[tokio::test]
async fn b8_forward_compatible() {
    let s = MockServer::start().await.unwrap();
    let mut body = completion("hi");
    body["choices"][0]["finish_reason"] = json!("new_reason");
    body["brand_new"] = json!({"a": 1});
    body["usage"]["future_tokens"] = json!(7);
    s.push(Reply::json(200, &body));
    let r = client_for(&s.url()).chat().complete(&request()).await.unwrap();
    assert_eq!(
        r.choices[0].finish_reason,
        Some(mistral::FinishReason::Other("new_reason".into()))
    );
    assert_eq!(r.usage.as_ref().unwrap().extra["future_tokens"], 7);
}

/// B9: a 200 carrying an error body is an API error, not a decode error.
#[tokio::test]
async fn b9_error_in_200() {
    let s = MockServer::start().await.unwrap();
    s.push(Reply::json(
        200,
        &json!({"object": "error", "message": "overloaded", "type": "server_error"}),
    ));
    let e = client_for(&s.url())
        .chat()
        .complete(&request())
        .await
        .unwrap_err();
    assert!(e.is_status(), "{e:?}");
    assert_eq!(e.api_error().unwrap().message.as_deref(), Some("overloaded"));
}

/// B10: the server closes keep-alive connections between requests: the next request still
/// succeeds (on a new connection).
#[tokio::test]
async fn b10_server_closes_idle_connection() {
    let s = MockServer::start().await.unwrap();
    s.push(ok("one").header("connection", "close"));
    let c = client_for(&s.url());
    assert_eq!(c.chat().complete(&request()).await.unwrap().text(), "one");
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert_eq!(c.chat().complete(&request()).await.unwrap().text(), "Echo: Hi");
    assert_eq!(s.connections(), 2);
}

/// B11: a redirect to another host is not followed: the other host sees no request, so the
/// key never leaves the origin.
#[tokio::test]
async fn b11_redirect_not_followed() {
    let s1 = MockServer::start().await.unwrap();
    let s2 = MockServer::start().await.unwrap();
    s1.push(
        Reply::body(307, "text/plain", "").header("location", &format!("{}/v1/chat/completions", s2.url())),
    );
    let e = client_for(&s1.url())
        .chat()
        .complete(&request())
        .await
        .unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 307);
    assert_eq!(s2.requests().len(), 0);
    assert_eq!(s1.requests().len(), 1);
}

/// Connections are pooled: sequential requests reuse one connection.
#[tokio::test]
async fn connection_reuse() {
    let s = MockServer::start().await.unwrap();
    let c = client_for(&s.url());
    for _ in 0..5 {
        c.chat().complete(&request()).await.unwrap();
    }
    assert_eq!(s.connections(), 1);
}
