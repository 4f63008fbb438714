//! Streaming at the HTTP level: cases C1-C13 of the reliability checklist (the README's Behaviour section states the rules), on the loopback server
//! unless noted.

mod support;

use std::time::Duration;

use mistral::test_util::{MockServer, Reply};
use mistral::{Client, RetryPolicy};
use serde_json::json;
use support::*;

fn client(s: &MockServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .retry_policy(RetryPolicy::default().initial_delay(Duration::from_millis(5)))
        .build()
        .unwrap()
}

/// A client for `s` with one setting changed from the defaults.
fn client_with(s: &MockServer, set: impl FnOnce(mistral::ClientBuilder) -> mistral::ClientBuilder) -> Client {
    set(Client::builder().api_key(KEY).base_url(s.url()))
        .build()
        .unwrap()
}

fn role_chunk() -> serde_json::Value {
    json!({"id": "s1", "object": "chat.completion.chunk", "created": 1, "model": "m",
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": null}], "usage": null})
}

/// The default mock stream, end to end: chunks, text, fold, and the request sent.
#[tokio::test]
async fn default_stream_end_to_end() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let r = stream_all(&c, &request()).await;
    assert_eq!(r.text(), "Echo: Hi");
    assert_eq!(r.choices[0].finish_reason, Some(mistral::FinishReason::Stop));
    assert!(r.usage.unwrap().total_tokens > 0);
    let sent = &s.requests()[0];
    assert_eq!(sent.json()["stream"], true);
    assert_eq!(sent.header("accept"), Some("text/event-stream"));
    let mut text = c.chat().stream(&request()).await.unwrap().text();
    let mut out = String::new();
    while let Some(d) = text.next().await {
        out.push_str(&d.unwrap());
    }
    assert_eq!(out, "Echo: Hi");
}

/// C1: an error status on a stream call fails the call itself, parsed and retried.
#[tokio::test]
async fn c1_error_status_fails_the_call() {
    let s = MockServer::start().await.unwrap();
    s.push(error(429, "rate_limit_error", "slow").header("retry-after", "0.01"));
    s.push(error(401, "authentication_error", "bad key"));
    let e = client(&s).chat().stream(&request()).await.unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 401);
    assert_eq!(e.api_error().unwrap().message.as_deref(), Some("bad key"));
    assert_eq!(e.attempts(), 2);
}

/// C2: 200 with a JSON content type: an error naming it, or the parsed error body.
#[tokio::test]
async fn c2_wrong_content_type() {
    let s = MockServer::start().await.unwrap();
    s.push(ok("not a stream"));
    s.push(Reply::json(
        200,
        &json!({"object": "error", "message": "nope", "type": "invalid_request_error"}),
    ));
    let c = client(&s);
    let e = c.chat().stream(&request()).await.unwrap_err();
    assert!(e.is_stream() && e.to_string().contains("application/json"), "{e}");
    let e = c.chat().stream(&request()).await.unwrap_err();
    assert_eq!(e.api_error().unwrap().message.as_deref(), Some("nope"));
    assert_eq!(s.requests().len(), 2, "not retried");
}

/// C3: EOF before `[DONE]` and before any finish_reason: a truncation error, then the end.
#[tokio::test]
async fn c3_truncated() {
    let s = MockServer::start().await.unwrap();
    s.push(Reply::sse_frames(sse(&[role_chunk(), chunk(json!("Hel"), None)])));
    let mut st = client(&s).chat().stream(&request()).await.unwrap();
    assert!(st.next().await.unwrap().is_ok());
    assert!(st.next().await.unwrap().is_ok());
    let e = st.next().await.unwrap().unwrap_err();
    assert!(e.is_truncated() && e.is_stream(), "{e:?}");
    assert!(!e.is_retryable());
    assert!(st.next().await.is_none());
    assert_eq!(s.requests().len(), 1);
}

/// C4: EOF after a finish_reason without `[DONE]`: ends Ok.
#[tokio::test]
async fn c4_finish_without_done() {
    let s = MockServer::start().await.unwrap();
    s.push(Reply::sse_frames(sse(&[
        role_chunk(),
        chunk(json!("Hi"), Some("stop")),
    ])));
    let r = stream_all(&client(&s), &request()).await;
    assert_eq!(r.text(), "Hi");
}

/// C5: the connection is cut mid-stream: an error that is both `is_stream` and `is_body`.
#[tokio::test]
async fn c5_reset_mid_stream() {
    let s = MockServer::start().await.unwrap();
    s.push(Reply::sse_frames(sse(&[role_chunk(), chunk(json!("Hel"), None)])).then_fail());
    let mut st = client(&s).chat().stream(&request()).await.unwrap();
    let mut items = Vec::new();
    while let Some(i) = st.next().await {
        items.push(i);
    }
    let e = items.pop().unwrap().unwrap_err();
    assert!(e.is_stream() && e.is_body(), "{e:?}");
    assert_eq!(items.len(), 2);
}

/// C6: no bytes for longer than the idle timeout: a timeout item.
#[tokio::test]
async fn c6_idle_timeout() {
    let s = MockServer::start().await.unwrap();
    s.push(Reply::sse_frames(sse(&[role_chunk()])).then_after(Duration::from_secs(10), "data: [DONE]\n\n"));
    let c = client_with(&s, |b| b.stream_idle_timeout(Some(Duration::from_millis(200))));
    let started = std::time::Instant::now();
    let mut st = c.chat().stream(&request()).await.unwrap();
    assert!(st.next().await.unwrap().is_ok());
    let e = st.next().await.unwrap().unwrap_err();
    assert_eq!(e.timeout_phase(), Some(mistral::TimeoutPhase::StreamIdle));
    assert!(st.next().await.is_none());
    assert!(started.elapsed() < Duration::from_secs(5));
}

/// C7: a stream longer than the request timeout is not killed while bytes flow.
#[tokio::test]
async fn c7_request_timeout_does_not_kill_streams() {
    let s = MockServer::start().await.unwrap();
    let events: Vec<_> = (0..6)
        .map(|i| chunk(json!(i.to_string()), if i == 5 { Some("stop") } else { None }))
        .collect();
    let mut frames = sse(&events);
    frames.push("data: [DONE]\n\n".into());
    s.push(Reply::sse_frames(frames).frame_delay(Duration::from_millis(60)));
    let c = client_with(&s, |b| b.request_timeout(Some(Duration::from_millis(150))));
    let r = stream_all(&c, &request()).await;
    assert_eq!(r.text(), "012345");
}

/// C8: keep-alive comments reset the idle timer and yield nothing.
#[tokio::test]
async fn c8_comments_keep_alive() {
    let s = MockServer::start().await.unwrap();
    let mut frames = vec![format!("data: {}\n\n", role_chunk())];
    for _ in 0..6 {
        frames.push(": keep-alive\n\n".into());
    }
    frames.push(format!(
        "data: {}\n\ndata: [DONE]\n\n",
        chunk(json!("ok"), Some("stop"))
    ));
    s.push(Reply::sse_frames(frames).frame_delay(Duration::from_millis(80)));
    let c = client_with(&s, |b| b.stream_idle_timeout(Some(Duration::from_millis(200))));
    let mut st = c.chat().stream(&request()).await.unwrap();
    let mut n = 0;
    while let Some(i) = st.next().await {
        i.unwrap();
        n += 1;
    }
    assert_eq!(n, 2);
}

/// C9: dropping the stream early closes the connection; the next request works.
#[tokio::test]
async fn c9_drop_early() {
    let s = MockServer::start().await.unwrap();
    let events: Vec<_> = (0..100).map(|i| chunk(json!(i.to_string()), None)).collect();
    s.push(Reply::sse_frames(sse(&events)).frame_delay(Duration::from_millis(5)));
    let c = client(&s);
    let mut st = c.chat().stream(&request()).await.unwrap();
    st.next().await.unwrap().unwrap();
    st.next().await.unwrap().unwrap();
    drop(st);
    assert_eq!(c.chat().complete(&request()).await.unwrap().text(), "Echo: Hi");
    assert_eq!(s.connections(), 2, "the dirty connection was not reused");
}

/// C10: bytes after `[DONE]` are ignored; `data:[DONE]` without a space is recognised.
#[tokio::test]
async fn c10_after_done() {
    let s = MockServer::start().await.unwrap();
    s.push(Reply::sse_frames(vec![
        format!("data: {}\n\n", chunk(json!("a"), None)),
        "data:[DONE]\n\n".into(),
        format!("data: {}\n\ngarbage\u{fffd}\n\n", chunk(json!("b"), None)),
    ]));
    let r = stream_all(&client(&s), &request()).await;
    assert_eq!(r.text(), "a");
}

/// C11: an error payload mid-stream (plain or `event: error`) is an API error item, then the end.
#[tokio::test]
async fn c11_error_event() {
    for frame in [
        "data: {\"object\":\"error\",\"message\":\"overloaded\",\"type\":\"server_error\"}\n\n",
        "event: error\ndata: {\"message\":\"overloaded\"}\n\n",
    ] {
        let s = MockServer::start().await.unwrap();
        s.push(Reply::sse_frames(vec![
            format!("data: {}\n\n", role_chunk()),
            frame.to_owned(),
        ]));
        let mut st = client(&s).chat().stream(&request()).await.unwrap();
        assert!(st.next().await.unwrap().is_ok());
        let e = st.next().await.unwrap().unwrap_err();
        assert!(e.is_status(), "{e:?}");
        assert_eq!(e.api_error().unwrap().message.as_deref(), Some("overloaded"));
        assert!(st.next().await.is_none());
    }
}

/// C12: malformed JSON: a decode error with the data and the event index; the stream ends.
#[tokio::test]
async fn c12_malformed_json() {
    let s = MockServer::start().await.unwrap();
    s.push(Reply::sse_frames(vec![
        format!("data: {}\n\n", role_chunk()),
        "data: {\"id\":\"s1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"\n\n".to_owned(),
        format!("data: {}\n\ndata: [DONE]\n\n", chunk(json!("y"), Some("stop"))),
    ]));
    let mut st = client(&s).chat().stream(&request()).await.unwrap();
    st.next().await.unwrap().unwrap();
    let e = st.next().await.unwrap().unwrap_err();
    assert!(e.is_decode(), "{e:?}");
    let msg = e.to_string();
    assert!(
        msg.contains("event #1") && msg.contains("\\\"content\\\":\\\"x\\\""),
        "{msg}"
    );
    assert!(st.next().await.is_none());
}

/// C13: 50 000 tiny events in one burst, all in order.
#[tokio::test]
async fn c13_burst() {
    let s = MockServer::start().await.unwrap();
    let mut body = String::new();
    for i in 0..50_000 {
        body.push_str(&format!(
            "data: {}\n\n",
            chunk(json!(format!("{} ", i % 10)), None)
        ));
    }
    body.push_str(&format!(
        "data: {}\n\ndata: [DONE]\n\n",
        chunk(json!("end"), Some("stop"))
    ));
    s.push(Reply::sse_frames([body]));
    let mut st = client(&s).chat().stream(&request()).await.unwrap();
    let mut n = 0usize;
    while let Some(c) = st.next().await {
        let c = c.unwrap();
        if n < 50_000 {
            assert_eq!(c.delta_text().unwrap(), format!("{} ", n % 10));
        }
        n += 1;
    }
    assert_eq!(n, 50_001);
}

/// After `[DONE]` the end of the body is read, so sequential streams share one connection.
#[tokio::test]
async fn sequential_streams_reuse_one_connection() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    for _ in 0..5 {
        let r = stream_all(&c, &request()).await;
        assert_eq!(r.text(), "Echo: Hi");
    }
    assert_eq!(s.connections(), 1);
}

/// Reasoning streams switch content between chunk lists and strings: all of it folds.
#[tokio::test]
async fn reasoning_stream_shapes() {
    let s = MockServer::start().await.unwrap();
    s.push(Reply::sse_events([
        role_chunk(),
        chunk(json!([{"type": "thinking", "thinking": [{"type": "text", "text": "hmm"}]}]), None),
        chunk(json!([{"type": "thinking", "thinking": [{"type": "text", "text": "."}]}, {"type": "text", "text": "4"}]), None),
        chunk(json!("2"), Some("stop")),
    ]));
    let r = stream_all(&client(&s), &request()).await;
    assert_eq!(r.text(), "42");
    let chunks = r
        .message()
        .unwrap()
        .content
        .as_ref()
        .unwrap()
        .chunks()
        .unwrap()
        .to_vec();
    let mistral::ContentChunk::Thinking(t) = &chunks[0] else {
        panic!()
    };
    assert_eq!(t.text(), "hmm.");
}

/// The client's futures and streams are `Send`: they can be spawned on a multi-thread runtime.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn futures_can_be_spawned() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let (c2, r2) = (c.clone(), request());
    let a = tokio::spawn(async move { c2.chat().complete(&r2).await.map(|r| r.text().into_owned()) });
    let r = request();
    let b = tokio::spawn(async move { c.chat().stream(&r).await?.collect_response().await });
    assert_eq!(a.await.unwrap().unwrap(), "Echo: Hi");
    assert_eq!(b.await.unwrap().unwrap().text(), "Echo: Hi");
}
