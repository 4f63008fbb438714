//! The classes of fault around the regressions, against the raw-TCP hostile server: every
//! status-line, header, body-length and chunked-encoding malformation we know of; stalls,
//! closes and resets at every phase; error bodies of every size. The rule each case checks:
//! an error of the right class (never a panic, a hang or a silent success), retried only when
//! nothing can have been processed.

mod support;

use std::time::Duration;

use mistral::{Client, Error};
use serde_json::json;
use support::hostile::{self, Hostile, Step};
use support::*;

/// Fast retries and short timeouts, so stalls are cheap to test.
fn client_for(url: &str) -> Client {
    fast_client(url, |b| {
        b.request_timeout(Some(Duration::from_millis(300)))
            .stream_idle_timeout(Some(Duration::from_millis(300)))
    })
}

/// Runs `complete` against a server playing `steps` on every connection, under a guard
/// against hangs.
async fn complete_against(steps: Vec<Step>) -> (Error, Hostile) {
    let s = Hostile::always(steps).await;
    let r = tokio::time::timeout(
        Duration::from_secs(10),
        client_for(&s.url()).chat().complete(&request()),
    )
    .await
    .expect("the call hung");
    (r.expect_err("a hostile reply must not succeed"), s)
}

fn ok_body() -> Vec<u8> {
    completion("fine").to_string().into_bytes()
}

/// Malformed status lines: a protocol error, sent once.
#[tokio::test]
async fn malformed_status_lines() {
    for raw in [
        "HTTP/1.1 abc OK\r\n\r\n",
        "HTTP/1.1 99999 OK\r\n\r\n",
        "HTTP/1.1 2000 OK\r\n\r\n",
        "HTTP/9.9 200 OK\r\n\r\n",
        "FTP/1.0 200 OK\r\n\r\n",
        "garbage garbage garbage\r\n\r\n",
        "HTTP/1.1 200 OK\0\r\n\r\n",
        "\u{1}\u{2}\u{3}\r\n\r\n",
        "HTTP/1.1  200 OK\r\n\r\n",
    ] {
        let (e, s) = complete_against(vec![Step::Write(raw.as_bytes().to_vec())]).await;
        assert!(e.is_protocol(), "{raw:?}: {e:?}");
        assert!(!e.is_retryable(), "{raw:?}");
        assert_eq!(s.requests().len(), 1, "{raw:?} was retried");
    }
}

/// Malformed headers: a protocol error, sent once.
#[tokio::test]
async fn malformed_headers() {
    let many: String = (0..10_000).map(|i| format!("x-{i}: v\r\n")).collect();
    let huge = format!("x-big: {}\r\n", "a".repeat(1 << 20));
    for headers in [
        "no colon here\r\n".to_owned(),
        "bad name: v\r\n".to_owned(),
        "x-nul: a\0b\r\n".to_owned(),
        many,
        huge,
        "content-length: abc\r\n".to_owned(),
        "content-length: 5\r\ncontent-length: 7\r\n".to_owned(),
        "content-length: -1\r\n".to_owned(),
    ] {
        let raw = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n{headers}\r\n");
        let (e, s) = complete_against(vec![Step::Write(raw.into_bytes()), Step::Hold]).await;
        assert!(e.is_protocol(), "{:?}: {e:?}", &headers[..headers.len().min(40)]);
        assert_eq!(s.requests().len(), 1);
    }
}

/// A body shorter than its `Content-Length`, closed or reset: a body error, never a truncated
/// success, not retried.
#[tokio::test]
async fn body_shorter_than_its_length() {
    let body = ok_body();
    for end in [Step::Close, Step::Reset] {
        let mut raw = hostile::head(200, &[("content-type", "application/json")]);
        raw.truncate(raw.len() - 2);
        raw.extend_from_slice(format!("content-length: {}\r\n\r\n", body.len() + 10).as_bytes());
        raw.extend_from_slice(&body);
        let (e, s) = complete_against(vec![Step::Write(raw), end.clone()]).await;
        assert!(e.is_body(), "{end:?}: {e:?}");
        assert!(!e.is_retryable());
        assert_eq!(s.requests().len(), 1);
    }
}

/// Broken chunked encoding: an error, never a success, not retried.
#[tokio::test]
async fn broken_chunked_encoding() {
    let body = ok_body();
    let cases: Vec<Vec<u8>> = vec![
        b"zz\r\nhello\r\n0\r\n\r\n".to_vec(),
        b"ffffffffffffffffffff\r\nx\r\n".to_vec(),
        [b"5\r\nhelloXX".as_slice(), b"0\r\n\r\n"].concat(),
        // A valid first chunk, then the connection ends without the last chunk.
        hostile::chunk(&body[..10]),
        // A size that promises more than is sent.
        [format!("{:x}\r\n", body.len() + 100).as_bytes(), &body].concat(),
    ];
    for (i, tail) in cases.into_iter().enumerate() {
        let mut raw = hostile::head(
            200,
            &[
                ("content-type", "application/json"),
                ("transfer-encoding", "chunked"),
            ],
        );
        raw.extend_from_slice(&tail);
        let (e, s) = complete_against(vec![Step::Write(raw), Step::Close]).await;
        assert!(e.is_body() || e.is_protocol(), "case {i}: {e:?}");
        assert!(!e.is_retryable(), "case {i}");
        assert_eq!(s.requests().len(), 1, "case {i}");
    }
}

/// Closed or reset before any byte of the response: retried (nothing was answered), then a
/// transport error with no status.
#[tokio::test]
async fn closed_or_reset_before_the_status() {
    for end in [Step::Close, Step::Reset] {
        let (e, s) = complete_against(vec![end.clone()]).await;
        assert!(e.is_transport(), "{end:?}: {e:?}");
        assert!(e.status().is_none());
        assert_eq!(s.requests().len(), 3, "{end:?}: retried twice");
    }
}

/// Closed or reset in the middle of the headers: an error without a status.
#[tokio::test]
async fn closed_or_reset_in_the_headers() {
    for end in [Step::Close, Step::Reset] {
        let (e, _) = complete_against(vec![
            Step::Write(b"HTTP/1.1 200 OK\r\ncontent-ty".to_vec()),
            end.clone(),
        ])
        .await;
        assert!(e.status().is_none(), "{end:?}: {e:?}");
        assert!(e.is_transport() || e.is_protocol(), "{end:?}: {e:?}");
    }
}

/// Stalls: before the status, in the headers, in the body: the request timeout fires.
#[tokio::test]
async fn stalls_at_every_phase_of_complete() {
    let body = ok_body();
    let mut head_only = hostile::head(200, &[("content-type", "application/json")]);
    head_only.truncate(head_only.len() - 2);
    head_only.extend_from_slice(format!("content-length: {}\r\n\r\n", body.len()).as_bytes());
    for (name, steps) in [
        ("before the status", vec![Step::Hold]),
        (
            "in the headers",
            vec![Step::Write(b"HTTP/1.1 200 OK\r\nx-a: 1\r\n".to_vec()), Step::Hold],
        ),
        (
            "in the body",
            vec![
                Step::Write([head_only.as_slice(), &body[..5]].concat()),
                Step::Hold,
            ],
        ),
    ] {
        let started = std::time::Instant::now();
        let (e, _) = complete_against(steps).await;
        assert!(e.is_timeout(), "{name}: {e:?}");
        assert_eq!(e.timeout_phase(), Some(mistral::TimeoutPhase::Request), "{name}");
        assert!(started.elapsed() < Duration::from_secs(3), "{name}");
    }
}

fn sse_event(content: &str, finish: Option<&str>) -> Vec<u8> {
    format!("data: {}\n\n", chunk(json!(content), finish)).into_bytes()
}

/// Streams cut at every phase: mid-body and mid-event closes, resets and stalls are stream
/// errors after the chunks already delivered; never a silent end.
#[tokio::test]
async fn streams_cut_at_every_phase() {
    let first = sse_event("Hel", None);
    let half_event = &sse_event("lo", None)[..20];
    for (name, tail, end, want_timeout) in [
        ("close between events", vec![], Step::Close, false),
        ("close mid-event", half_event.to_vec(), Step::Close, false),
        ("reset between events", vec![], Step::Reset, false),
        ("reset mid-event", half_event.to_vec(), Step::Reset, false),
        ("stall between events", vec![], Step::Hold, true),
        ("stall mid-event", half_event.to_vec(), Step::Hold, true),
    ] {
        let mut raw = hostile::sse_head();
        raw.extend_from_slice(&hostile::chunk(&first));
        if !tail.is_empty() {
            raw.extend_from_slice(&hostile::chunk(&tail));
        }
        let s = Hostile::always(vec![Step::Write(raw), end]).await;
        let c = client_for(&s.url());
        let r = tokio::time::timeout(Duration::from_secs(10), async {
            let mut st = c.chat().stream(&request()).await.unwrap();
            let first = st.next().await.unwrap().unwrap();
            let second = st.next().await.unwrap().unwrap_err();
            (first, second, st.next().await.is_none())
        })
        .await
        .expect(name);
        assert_eq!(r.0.delta_text().as_deref(), Some("Hel"), "{name}");
        let e = r.1;
        assert!(e.is_stream() && !e.is_retryable(), "{name}: {e:?}");
        assert_eq!(e.is_timeout(), want_timeout, "{name}: {e:?}");
        assert!(e.is_timeout() || e.is_body() || e.is_truncated(), "{name}: {e:?}");
        assert!(r.2, "{name}: the stream ends after its error");
        assert_eq!(s.requests().len(), 1, "{name}");
    }
}

/// Events that follow `[DONE]` in the same frame, and garbage after it: the stream has ended.
#[tokio::test]
async fn bytes_after_done_are_ignored() {
    let mut body = sse_event("ok", Some("stop"));
    body.extend_from_slice(b"data: [DONE]\n\ndata: {\"broken\n\n\xff\xfe garbage");
    let mut raw = hostile::sse_head();
    raw.extend_from_slice(&hostile::chunk(&body));
    let s = Hostile::always(vec![Step::Write(raw), Step::Hold]).await;
    let r = tokio::time::timeout(
        Duration::from_secs(5),
        stream_all(&client_for(&s.url()), &request()),
    )
    .await
    .expect("ended at [DONE]");
    assert_eq!(r.text(), "ok");
}

/// Error bodies of every size around the bounds: the status always; the parsed body while it
/// is within 1 MiB; the raw text capped at 64 KiB and marked when cut.
#[tokio::test]
async fn error_bodies_of_every_size() {
    let overhead = json!({"object": "error", "message": ""}).to_string().len();
    for total in [
        0usize,
        1,
        overhead,
        1024,
        64 * 1024 - 1,
        64 * 1024,
        64 * 1024 + 1,
        1 << 20,
        (1 << 20) + 1,
        3 << 20,
    ] {
        let body = if total < overhead {
            "x".repeat(total)
        } else {
            json!({"object": "error", "message": "m".repeat(total - overhead)}).to_string()
        };
        assert_eq!(body.len(), total);
        let s = Hostile::replying(hostile::response(
            503,
            &[("content-type", "application/json"), ("x-should-retry", "false")],
            body.as_bytes(),
        ))
        .await;
        let e = client_for(&s.url())
            .chat()
            .complete(&request())
            .await
            .unwrap_err();
        assert_eq!(e.status().map(|s| s.as_u16()), Some(503), "{total}");
        let parses = total >= overhead && total <= 1 << 20;
        assert_eq!(e.api_error().is_some(), parses, "{total}");
        let kept = e.body().unwrap_or("").len();
        assert_eq!(kept, total.min(64 * 1024), "{total}");
        assert_eq!(e.body_truncated(), total > 64 * 1024, "{total}");
    }
}

/// An error body cut mid-way (closed, or stalled past the request timeout) still gives the
/// status and what arrived, marked as cut.
#[tokio::test]
async fn error_bodies_cut_short() {
    let body = json!({"object": "error", "message": "m".repeat(1000)}).to_string();
    let mut head = hostile::head(400, &[("content-type", "application/json")]);
    head.truncate(head.len() - 2);
    head.extend_from_slice(format!("content-length: {}\r\n\r\n", body.len()).as_bytes());
    for end in [Step::Close, Step::Hold] {
        let raw = [head.as_slice(), &body.as_bytes()[..100]].concat();
        let (e, _) = complete_against(vec![Step::Write(raw), end.clone()]).await;
        assert_eq!(e.status().map(|s| s.as_u16()), Some(400), "{end:?}");
        assert_eq!(e.body().map(str::len), Some(100), "{end:?}");
        assert!(e.body_truncated(), "{end:?}");
    }
}

/// A body far over the response cap is refused with memory bounded (the server keeps writing).
#[tokio::test]
async fn endless_success_body() {
    let mut raw = hostile::head(
        200,
        &[
            ("content-type", "application/json"),
            ("transfer-encoding", "chunked"),
        ],
    );
    raw.extend_from_slice(&hostile::chunk(b"{\"id\":\""));
    let mut steps = vec![Step::Write(raw)];
    let block = hostile::chunk(&vec![b'a'; 64 * 1024]);
    steps.extend(std::iter::repeat_n(Step::Write(block), 40));
    let s = Hostile::always(steps).await;
    let c = Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .max_response_bytes(1 << 20)
        .build()
        .unwrap();
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert!(e.is_body(), "{e:?}");
    assert!(e.to_string().contains("larger than"), "{e}");
}

/// One named conversation event, as an SSE frame.
fn conversation_event(name: &str, data: serde_json::Value) -> Vec<u8> {
    format!("event: {name}\ndata: {data}\n\n").into_bytes()
}

fn conversation_request() -> mistral::conversations::ConversationRequest {
    mistral::conversations::ConversationRequest::builder()
        .inputs("Hi")
        .model("mistral-medium-latest")
        .build()
}

/// A conversation stream against every way a server can end it badly: held open (the idle
/// timeout fires, typed), reset mid-event (a body error, not a silent end), a
/// `conversation.response.error` event (a typed API error item), a body that ends before
/// `conversation.response.done` (a truncated stream). Each read three ways (`next()`,
/// `text()`, `collect_response()`), each time the started event and the first delta come
/// first, and never is the request sent twice.
#[tokio::test]
async fn conversation_streams_ended_badly() {
    let started = conversation_event(
        "conversation.response.started",
        json!({"type": "conversation.response.started", "conversation_id": "conv_1"}),
    );
    let delta = conversation_event(
        "message.output.delta",
        json!({"type": "message.output.delta", "output_index": 0, "id": "msg_1", "content": "Hel"}),
    );
    let second = conversation_event(
        "message.output.delta",
        json!({"type": "message.output.delta", "output_index": 0, "id": "msg_1", "content": "lo there"}),
    );
    let error = conversation_event(
        "conversation.response.error",
        json!({"type": "conversation.response.error", "message": "tool crashed", "code": 3001}),
    );
    let body = |tail: &[u8]| {
        let mut raw = hostile::sse_head();
        raw.extend_from_slice(&hostile::chunk(&[started.as_slice(), &delta].concat()));
        if !tail.is_empty() {
            raw.extend_from_slice(&hostile::chunk(tail));
        }
        raw
    };
    /// What a case's error must be.
    type Check = fn(&Error) -> bool;
    let cases: Vec<(&str, Vec<Step>, Check)> = vec![
        ("held open", vec![Step::Write(body(b"")), Step::Hold], |e| {
            e.is_timeout() && e.timeout_phase() == Some(mistral::TimeoutPhase::StreamIdle)
        }),
        (
            "held open mid-event",
            vec![Step::Write(body(&second[..30])), Step::Hold],
            |e| e.is_timeout() && e.timeout_phase() == Some(mistral::TimeoutPhase::StreamIdle),
        ),
        (
            "reset mid-event",
            vec![Step::Write(body(&second[..30])), Step::Reset],
            |e| e.is_body() && !e.is_truncated() && !e.is_timeout(),
        ),
        (
            "an error event",
            vec![Step::Write(body(&error)), Step::Hold],
            |e| {
                e.is_status()
                    && e.message() == Some("tool crashed")
                    && e.code() == Some("3001")
                    && e.error_type() == Some("conversation.response.error")
            },
        ),
        (
            "the body ends before done",
            vec![
                Step::Write([body(&second).as_slice(), hostile::LAST_CHUNK].concat()),
                Step::Close,
            ],
            |e| e.is_truncated(),
        ),
    ];
    for (name, steps, right) in cases {
        let s = Hostile::always(steps).await;
        let c = client_for(&s.url());
        let conversations = c.conversations();
        let (events, next_error, ended) = tokio::time::timeout(Duration::from_secs(10), async {
            let mut st = conversations.start_stream(&conversation_request()).await.unwrap();
            let mut events = Vec::new();
            loop {
                match st.next().await.expect("an error item, never a silent end") {
                    Ok(e) => events.push(e.name().to_owned()),
                    Err(e) => break (events, e, st.next().await.is_none()),
                }
            }
        })
        .await
        .expect(name);
        assert_eq!(
            events[..2],
            ["conversation.response.started", "message.output.delta"],
            "{name}"
        );
        assert!(
            right(&next_error) && next_error.is_stream(),
            "{name}: {next_error:?}"
        );
        assert!(!next_error.is_retryable(), "{name}");
        assert!(ended, "{name}: the stream ends after its error");

        let text_error = tokio::time::timeout(Duration::from_secs(10), async {
            let mut text = conversations
                .start_stream(&conversation_request())
                .await
                .unwrap()
                .text();
            assert_eq!(text.next().await.unwrap().unwrap(), "Hel", "{name}");
            loop {
                if let Err(e) = text.next().await.expect("an error item, never a silent end") {
                    break e;
                }
            }
        })
        .await
        .expect(name);
        assert!(right(&text_error), "{name}: {text_error:?}");

        let fold_error = tokio::time::timeout(Duration::from_secs(10), async {
            conversations
                .start_stream(&conversation_request())
                .await
                .unwrap()
                .collect_response()
                .await
                .expect_err("a bad end is not a response")
        })
        .await
        .expect(name);
        assert!(right(&fold_error), "{name}: {fold_error:?}");
        assert_eq!(s.requests().len(), 3, "{name}: a stream was sent again");
    }
}

/// Audio streams (transcription and speech): a connection reset in the middle of an event,
/// and a body that ends cleanly before `transcription.done` / `speech.audio.done`, are errors
/// after the events already delivered; never a silent end.
#[tokio::test]
async fn audio_streams_reset_mid_event_or_ended_before_done() {
    use mistral::audio::{AudioSource, SpeechRequest, TranscriptionRequest};

    let delta = b"event: transcription.text.delta\ndata: {\"type\":\"transcription.text.delta\",\"text\":\"Hel\"}\n\n";
    let half = &b"event: transcription.text.delta\ndata: {\"type\":\"transcription.te"[..];
    for (name, tail, end) in [
        ("reset mid-event", half.to_vec(), Step::Reset),
        ("close mid-event", half.to_vec(), Step::Close),
        ("ended before done", vec![], Step::Close),
    ] {
        let mut raw = hostile::sse_head();
        raw.extend_from_slice(&hostile::chunk(delta));
        if !tail.is_empty() {
            raw.extend_from_slice(&hostile::chunk(&tail));
        }
        let s = Hostile::always(vec![Step::Write(raw), end]).await;
        let c = client_for(&s.url());
        let request = TranscriptionRequest::builder()
            .model("voxtral-mini-latest")
            .audio(AudioSource::url("https://example.com/a.mp3"))
            .build();
        let (first, err, ended) = tokio::time::timeout(Duration::from_secs(10), async {
            let mut st = c.audio().transcribe_stream(&request).await.unwrap();
            let first = st.next().await.unwrap().unwrap();
            let err = st.next().await.unwrap().unwrap_err();
            (first, err, st.next().await.is_none())
        })
        .await
        .expect(name);
        assert_eq!(first.text(), Some("Hel"), "{name}");
        assert!(err.is_stream() && !err.is_retryable(), "{name}: {err:?}");
        assert!(err.is_body() || err.is_truncated(), "{name}: {err:?}");
        assert!(ended, "{name}: the stream ends after its error");
        assert_eq!(s.requests().len(), 1, "{name}");
    }

    // Speech: reset in the middle of a delta, after one whole delta was written.
    let mut raw = hostile::sse_head();
    raw.extend_from_slice(&hostile::chunk(
        b"event: speech.audio.delta\ndata: {\"type\":\"speech.audio.delta\",\"audio_data\":\"UklGRg==\"}\n\n",
    ));
    raw.extend_from_slice(&hostile::chunk(
        b"event: speech.audio.delta\ndata: {\"type\":\"speech.au",
    ));
    let s = Hostile::always(vec![Step::Write(raw), Step::Reset]).await;
    let mut out = Vec::new();
    let err = tokio::time::timeout(
        Duration::from_secs(10),
        client_for(&s.url())
            .audio()
            .speech_to_writer(&SpeechRequest::builder().input("Hi").build(), &mut out),
    )
    .await
    .expect("the call hung")
    .unwrap_err();
    assert!(
        err.is_stream() && (err.is_body() || err.is_truncated()),
        "{err:?}"
    );
    assert_eq!(out, b"RIFF");
}
