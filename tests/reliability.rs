//! Regressions of the hostile-server passes, each a class: the connect timeout bounds the whole
//! connection (TCP, a proxy's CONNECT, TLS) and says where it stopped; a proxy's answer is named
//! at the top of the error and a refusal is not retried; every error counts the attempts that
//! were sent; a body announced over the cap is refused before it is read; a stream's media type
//! is matched exactly; and a call that creates something is not sent again once the server may
//! have received it.

mod support;

use std::time::{Duration, Instant};

use mistral::types::batch::{BatchEndpoint, BatchJobRequest};
use mistral::types::files::{FileContent, FilePurpose, FileUpload};
use mistral::{Client, ErrorKind, TimeoutPhase};
use support::hostile::{self, Hostile, Step};
use support::*;

/// A TCP listener that accepts every connection and never writes a byte (a stalled TLS peer).
async fn silent_listener() -> (String, tokio::task::AbortHandle) {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    let task = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((sock, _)) = l.accept().await {
            held.push(sock);
        }
    });
    (addr.to_string(), task.abort_handle())
}

fn client(base: &str, proxy: Option<&str>, retries: u32) -> Client {
    let mut b = Client::builder()
        .api_key(KEY)
        .base_url(base)
        .connect_timeout(Some(Duration::from_millis(300)))
        .request_timeout(Some(Duration::from_secs(20)))
        .retry_policy(
            mistral::RetryPolicy::default()
                .max_retries(retries)
                .initial_delay(Duration::from_millis(2))
                .max_delay(Duration::from_millis(10)),
        );
    if let Some(p) = proxy {
        b = b.proxy(p);
    }
    b.build().unwrap()
}

/// Runs `f` under a guard against hangs, and returns its error and how long it took.
async fn timed<T: std::fmt::Debug>(
    f: impl std::future::Future<Output = mistral::Result<T>>,
) -> (mistral::Error, Duration) {
    let t = Instant::now();
    let r = tokio::time::timeout(Duration::from_secs(15), f)
        .await
        .expect("the call hung");
    (r.expect_err("must fail"), t.elapsed())
}

/// `https://` to a server that accepts and never answers: the TLS handshake is under the
/// connect timeout (phase `Connect`, not the request timeout), and the message says so.
#[tokio::test]
async fn the_connect_timeout_bounds_the_tls_handshake() {
    let (addr, task) = silent_listener().await;
    let c = client(&format!("https://{addr}"), None, 0);
    let (e, took) = timed(c.chat().complete(&request())).await;
    assert_eq!(e.timeout_phase(), Some(TimeoutPhase::Connect), "{e:?}");
    assert!(e.is_connect() && e.is_retryable(), "{e:?}");
    assert!(took < Duration::from_secs(3), "took {took:?}");
    let msg = e.to_string();
    assert!(msg.contains("TLS handshake") && msg.contains(&addr), "{msg}");
    // With retries, each attempt is bounded the same way.
    let c = client(&format!("https://{addr}"), None, 2);
    let (e, took) = timed(c.chat().complete(&request())).await;
    assert_eq!(e.attempts(), 3, "{e:?}");
    assert!(took < Duration::from_secs(5), "took {took:?}");
    task.abort();
}

/// A proxy that accepts the TCP connection and never answers the CONNECT: a connect timeout
/// that names the proxy, within the connect timeout (not three request timeouts).
#[tokio::test]
async fn a_proxy_that_never_answers_the_connect_is_a_connect_timeout() {
    let proxy = Hostile::always(vec![Step::Hold]).await;
    let c = client("http://127.0.0.1:9", Some(&proxy.url()), 0);
    let (e, took) = timed(c.chat().complete(&request())).await;
    assert_eq!(e.timeout_phase(), Some(TimeoutPhase::Connect), "{e:?}");
    assert!(took < Duration::from_secs(3), "took {took:?}");
    let msg = e.to_string();
    assert!(
        msg.contains(&format!("the proxy {} did not answer the CONNECT", proxy.url())),
        "{msg}"
    );
    assert!(proxy.requests()[0].line().starts_with("CONNECT 127.0.0.1:9 "));
}

/// Through an HTTPS proxy tunnel whose TLS stalls (the proxy says 200, then nothing comes):
/// the same bound, and the message names the TLS handshake through the proxy.
#[tokio::test]
async fn a_tunnel_whose_tls_stalls_is_a_connect_timeout() {
    let proxy = Hostile::always(vec![
        Step::Write(b"HTTP/1.1 200 Connection established\r\n\r\n".to_vec()),
        Step::Hold,
    ])
    .await;
    let c = client("https://api.example.test", Some(&proxy.url()), 0);
    let (e, took) = timed(c.chat().complete(&request())).await;
    assert_eq!(e.timeout_phase(), Some(TimeoutPhase::Connect), "{e:?}");
    assert!(took < Duration::from_secs(3), "took {took:?}");
    let msg = e.to_string();
    assert!(
        msg.contains("TLS handshake with api.example.test") && msg.contains(&proxy.url()),
        "{msg}"
    );
}

/// A proxy's answer is at the top of the error, with the proxy's address; a refusal (407,
/// 403) is not retried, a proxy that could not reach the API (502) or closed is.
#[tokio::test]
async fn a_proxy_answer_is_named_at_the_top_and_a_refusal_is_not_retried() {
    let cases: [(&[u8], &str, usize); 4] = [
        (
            b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n",
            "answered the CONNECT with 407 Proxy Authentication Required",
            1,
        ),
        (
            b"HTTP/1.1 403 Forbidden\r\n\r\n",
            "answered the CONNECT with 403 Forbidden",
            1,
        ),
        (
            b"HTTP/1.1 502 Bad Gateway\r\n\r\n",
            "answered the CONNECT with 502 Bad Gateway",
            3,
        ),
        (b"", "closed the connection without answering the CONNECT", 3),
    ];
    for (answer, says, connections) in cases {
        let proxy = Hostile::always(vec![Step::Write(answer.to_vec()), Step::Close]).await;
        let c = client("http://127.0.0.1:9", Some(&proxy.url()), 2);
        let (e, _) = timed(c.chat().complete(&request())).await;
        assert_eq!(e.kind(), ErrorKind::Connect, "{says}: {e:?}");
        let msg = e.to_string();
        assert!(
            msg.starts_with(&format!("connection failed: the proxy {} {says}", proxy.url())),
            "{msg}"
        );
        assert_eq!(proxy.connections(), connections, "{says}");
        assert_eq!(e.is_retryable(), connections > 1, "{says}");
        assert_eq!(e.attempts() as usize, connections, "{says}");
    }
}

/// A total deadline that ends a call between attempts counts every attempt that was sent.
#[tokio::test]
async fn a_total_deadline_error_counts_every_attempt_sent() {
    let s = Hostile::always(vec![
        Step::Sleep(Duration::from_millis(60)),
        Step::Write(hostile::json(500, &serde_json::json!({"message": "boom"}))),
        Step::Close,
    ])
    .await;
    let c = fast_client(&s.url(), |b| {
        b.max_retries(50).total_timeout(Some(Duration::from_millis(400)))
    });
    let (e, _) = timed(c.chat().complete(&request())).await;
    assert_eq!(e.timeout_phase(), Some(TimeoutPhase::Total), "{e:?}");
    let seen = s.requests().len() as u32;
    assert!(seen >= 2, "the server saw {seen} requests");
    // The deadline may fire just after an attempt started and before the server read it.
    assert!(
        e.attempts() == seen || e.attempts() == seen + 1,
        "attempts() = {}, the server saw {seen}",
        e.attempts()
    );
    assert!(
        e.to_string()
            .contains(&format!("(after {} attempts)", e.attempts())),
        "{e}"
    );
}

/// An error after the retries (a body that fails on the last attempt) also counts them.
#[tokio::test]
async fn a_body_error_after_retries_counts_the_attempts() {
    let body = completion("fine").to_string().into_bytes();
    let s = Hostile::start(move |n, _| {
        if n < 2 {
            vec![
                Step::Write(hostile::json(503, &serde_json::json!({"message": "busy"}))),
                Step::Close,
            ]
        } else {
            let mut raw = hostile::head(200, &[("content-type", "application/json")]);
            raw.truncate(raw.len() - 2);
            raw.extend_from_slice(format!("content-length: {}\r\n\r\n", body.len() + 10).as_bytes());
            raw.extend_from_slice(&body);
            vec![Step::Write(raw), Step::Close]
        }
    })
    .await;
    let c = fast_client(&s.url(), |b| b);
    let (e, _) = timed(c.chat().complete(&request())).await;
    assert!(e.is_body(), "{e:?}");
    assert_eq!(e.attempts(), 3, "{e:?}");
}

/// A body whose `Content-Length` is over the cap is refused at once, before any of it is
/// read (the server here never sends it): for a JSON response and for a file's content.
#[tokio::test]
async fn a_body_announced_over_the_cap_is_refused_at_once() {
    let mut raw = hostile::head(200, &[("content-type", "application/json")]);
    raw.truncate(raw.len() - 2);
    raw.extend_from_slice(b"content-length: 10000000\r\n\r\n");
    let s = Hostile::always(vec![Step::Write(raw), Step::Hold]).await;
    let c = fast_client(&s.url(), |b| {
        b.max_response_bytes(1000)
            .request_timeout(Some(Duration::from_secs(10)))
            .stream_idle_timeout(Some(Duration::from_secs(10)))
    });
    let (e, took) = timed(c.chat().complete(&request())).await;
    assert!(e.is_body(), "{e:?}");
    assert!(e.to_string().contains("10000000"), "{e}");
    assert!(took < Duration::from_secs(4), "took {took:?}");
    assert_eq!(s.requests().len(), 1, "nothing retried");
    // A file's content is capped at the API's file size limit (512 MB).
    let mut raw = hostile::head(200, &[("content-type", "application/octet-stream")]);
    raw.truncate(raw.len() - 2);
    raw.extend_from_slice(b"content-length: 600000000\r\n\r\n");
    let s = Hostile::always(vec![Step::Write(raw), Step::Hold]).await;
    let c = fast_client(&s.url(), |b| b.stream_idle_timeout(Some(Duration::from_secs(10))));
    let (e, took) = timed(c.files().content("file-1")).await;
    assert!(e.is_body(), "{e:?}");
    assert!(e.to_string().contains("600000000"), "{e}");
    assert!(took < Duration::from_secs(4), "took {took:?}");
    assert_eq!(s.requests().len(), 1, "nothing retried");
}

/// The stream's content type is the media type `text/event-stream` exactly (parameters
/// allowed): `text/event-stream-foobar` is a stream error, not a stream.
#[tokio::test]
async fn a_stream_media_type_is_matched_exactly() {
    let data = b"data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
    for (ct, ok) in [
        ("text/event-stream-foobar", false),
        ("text/event-streamx", false),
        ("text/event-stream; charset=utf-8", true),
        ("TEXT/EVENT-STREAM", true),
    ] {
        let s = Hostile::always(vec![
            Step::Write(hostile::response(200, &[("content-type", ct)], data)),
            Step::Close,
        ])
        .await;
        let c = fast_client(&s.url(), |b| b);
        match c.chat().stream(&request()).await {
            Ok(stream) => {
                assert!(ok, "{ct} was taken as a stream");
                let mut text = stream.text();
                let mut got = String::new();
                while let Some(d) = text.next().await {
                    got.push_str(&d.unwrap());
                }
                assert_eq!(got, "x");
            }
            Err(e) => {
                assert!(!ok, "{ct}: {e:?}");
                assert_eq!(e.kind(), ErrorKind::Stream, "{ct}: {e:?}");
                assert!(e.to_string().contains(ct), "{e}");
            }
        }
    }
}

fn batch_request() -> BatchJobRequest {
    BatchJobRequest::builder()
        .endpoint(BatchEndpoint::ChatCompletions)
        .input_files(["file-1".to_owned()])
        .model("mistral-small-latest")
        .build()
}

/// A connection reset once the whole request was read: a batch job (a create) is not sent
/// again, since the first may have been made; a chat completion (nothing created) is.
#[tokio::test]
async fn a_create_is_not_resent_once_the_server_may_have_it() {
    let s = Hostile::always(vec![Step::Reset]).await;
    let c = fast_client(&s.url(), |b| b);
    let (e, _) = timed(c.batch().create(&batch_request())).await;
    assert!(e.is_transport(), "{e:?}");
    assert_eq!(s.requests().len(), 1, "a create was re-sent");
    assert_eq!(e.attempts(), 1);

    let upload = FileUpload::builder()
        .file(FileContent::bytes("in.jsonl", b"{}\n".to_vec()))
        .purpose(FilePurpose::Batch)
        .build();
    let (e, _) = timed(c.files().upload(&upload)).await;
    assert!(e.is_transport(), "{e:?}");
    assert_eq!(s.requests().len(), 2, "an upload was re-sent");

    let (_, _) = timed(c.chat().complete(&request())).await;
    assert_eq!(s.requests().len(), 5, "a completion is retried twice");

    // Unless the caller says it is safe.
    let (e, _) = timed(c.batch().resend_after_send(true).create(&batch_request())).await;
    assert_eq!(e.attempts(), 3, "{e:?}");
    assert_eq!(s.requests().len(), 8);
}

/// Statuses: a create is retried on those that say nothing was done (429; 503 with
/// Retry-After), not on 500, 502, 504 or a 503 that does not say when to come back.
#[tokio::test]
async fn a_create_is_retried_only_on_statuses_that_say_nothing_was_done() {
    let body = serde_json::json!({"message": "no"});
    let cases: [(u16, Option<&str>, usize); 6] = [
        (429, None, 3),
        (503, Some("0"), 3),
        (503, None, 1),
        (500, None, 1),
        (502, None, 1),
        (504, None, 1),
    ];
    for (status, retry_after, sent) in cases {
        let mut headers = vec![("content-type", "application/json")];
        if let Some(r) = retry_after {
            headers.push(("retry-after", r));
        }
        let raw = hostile::response(status, &headers, body.to_string().as_bytes());
        let s = Hostile::always(vec![Step::Write(raw), Step::Close]).await;
        let c = fast_client(&s.url(), |b| b);
        let (e, _) = timed(c.batch().create(&batch_request())).await;
        assert_eq!(e.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(s.requests().len(), sent, "{status} {retry_after:?}");
        assert_eq!(e.attempts() as usize, sent, "{status} {retry_after:?}");
    }
}
