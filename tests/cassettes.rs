//! Record and replay: record against the loopback mock server, replay offline and get
//! byte-identical responses; redaction (a sentinel key never reaches the disk); the mismatch
//! diff; streams replayed with their timing under paused time; corrupt and truncated cassettes;
//! `Cassette::auto`; and the hand-checked wire samples replayed through the real client.

mod support;

use std::time::Duration;

use bytes::Bytes;
use http_body_util::BodyExt;
use mistral::test_util::{
    Cassette, CassetteError, MockServer, RecordingTransport, Redaction, ReplayTransport, Reply,
};
use mistral::{ChatRequest, Client, DefaultTransport, EmbeddingRequest, ErrorKind, Message, Transport};
use serde_json::json;
use support::*;

fn tmp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("mistral-cassettes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    let _ = std::fs::remove_file(&p);
    p
}

const SENTINEL: &str = "sk-SENTINEL-never-on-disk-0123456789";

fn recorder(s: &MockServer, path: &std::path::Path) -> (Client, RecordingTransport) {
    let t = RecordingTransport::new(DefaultTransport::new(None).unwrap(), path);
    let c = Client::builder()
        .api_key(SENTINEL)
        .base_url(s.url())
        .transport(t.clone())
        .build()
        .unwrap();
    (c, t)
}

fn replayer(path: &std::path::Path) -> (Client, ReplayTransport) {
    let t = ReplayTransport::from_file(path).unwrap();
    let c = Client::builder()
        .api_key("offline")
        .transport(t.clone())
        .max_retries(0)
        .build()
        .unwrap();
    (c, t)
}

fn chat(text: &str) -> ChatRequest {
    ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user(text)])
        .temperature(0.3)
        .build()
}

/// Every endpoint through the client: recorded, then replayed with equal results.
#[tokio::test]
async fn record_then_replay_every_endpoint() {
    let path = tmp("endpoints.json");
    let s = MockServer::start().await.unwrap();
    let (c, _) = recorder(&s, &path);
    let live_complete = c.chat().complete(&chat("one")).await.unwrap().into_inner();
    let live_stream = c
        .chat()
        .stream(&chat("two"))
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    let emb = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input(["a", "b"])
        .build();
    let live_emb = c.embeddings().create(&emb).await.unwrap().into_inner();
    let live_models = c.models().list().await.unwrap().into_inner();
    s.push(error(429, "rate_limit_error", "slow down").header("retry-after", "120"));
    let live_err = c.chat().complete(&chat("three")).await.unwrap_err();
    drop(c);

    let (c, t) = replayer(&path);
    assert_eq!(
        c.chat().complete(&chat("one")).await.unwrap().into_inner(),
        live_complete
    );
    assert_eq!(
        c.chat()
            .stream(&chat("two"))
            .await
            .unwrap()
            .collect_response()
            .await
            .unwrap(),
        live_stream
    );
    assert_eq!(c.embeddings().create(&emb).await.unwrap().into_inner(), live_emb);
    assert_eq!(c.models().list().await.unwrap().into_inner(), live_models);
    let e = c.chat().complete(&chat("three")).await.unwrap_err();
    assert_eq!(
        (e.kind(), e.retry_after()),
        (live_err.kind(), live_err.retry_after())
    );
    assert_eq!(e.message(), Some("slow down"));
    t.assert_all_used();
    assert!(s.requests().len() == 5, "the replay never reached the server");
}

async fn body_of(t: &impl Transport, req: http::Request<Bytes>) -> (u16, Bytes) {
    let resp = t.send(req).await.unwrap();
    let status = resp.status().as_u16();
    (status, resp.into_body().collect().await.unwrap().to_bytes())
}

fn raw_request(url: &str, body: serde_json::Value, accept: &str) -> http::Request<Bytes> {
    http::Request::post(format!("{url}/v1/chat/completions"))
        .header("content-type", "application/json")
        .header("accept", accept)
        .header("authorization", format!("Bearer {SENTINEL}"))
        .body(Bytes::from(body.to_string()))
        .unwrap()
}

/// At the transport seam, the replayed bodies are the recorded ones, byte for byte.
#[tokio::test]
async fn replayed_bodies_are_byte_identical() {
    let path = tmp("bytes.json");
    let s = MockServer::start().await.unwrap();
    let rec = RecordingTransport::new(DefaultTransport::new(None).unwrap(), &path);
    let json_body =
        json!({"model": "m", "messages": [{"role": "user", "content": "bytes"}], "stream": false});
    let sse_body = json!({"model": "m", "messages": [{"role": "user", "content": "bytes"}], "stream": true});
    let a = body_of(&rec, raw_request(&s.url(), json_body.clone(), "application/json")).await;
    let b = body_of(&rec, raw_request(&s.url(), sse_body.clone(), "text/event-stream")).await;
    let replay = ReplayTransport::from_file(&path).unwrap();
    assert_eq!(
        body_of(
            &replay,
            raw_request("http://offline", json_body, "application/json")
        )
        .await,
        a
    );
    assert_eq!(
        body_of(
            &replay,
            raw_request("http://offline", sse_body, "text/event-stream")
        )
        .await,
        b
    );
    assert!(b.1.starts_with(b"data: {"));
}

/// The key (in the header and echoed in a body), configured headers and JSON fields never
/// reach the file.
#[tokio::test]
async fn recordings_are_redacted() {
    let path = tmp("redacted.json");
    let s = MockServer::start().await.unwrap();
    s.push(Reply::json(
        401,
        &json!({"object": "error", "message": format!("bad key Bearer {SENTINEL}")}),
    ));
    let redaction = Redaction {
        record_headers: vec!["content-type".into(), "x-team-token".into(), "x-trace".into()],
        headers: vec!["x-team-token".into(), "authorization".into()],
        json_fields: vec!["customer_secret".into()],
        ..Redaction::default()
    };
    let t = RecordingTransport::with_redaction(DefaultTransport::new(None).unwrap(), &path, redaction);
    let c = Client::builder()
        .api_key(SENTINEL)
        .base_url(s.url())
        .transport(t)
        .max_retries(0)
        .build()
        .unwrap();
    let req = ChatRequest::builder()
        .model("m")
        .messages([Message::user("x")])
        .extra("customer_secret", json!("hunter2-customer"))
        .build();
    let _ = c
        .chat()
        .header("x-team-token", "team-token-777")
        .header("x-trace", "t-1")
        .complete(&req)
        .await;
    c.chat().complete(&chat("after")).await.unwrap();
    let file = std::fs::read_to_string(&path).unwrap();
    for secret in [SENTINEL, "team-token-777", "hunter2-customer"] {
        assert!(!file.contains(secret), "{secret} reached the disk:\n{file}");
    }
    assert!(file.contains("[REDACTED]"));
    assert!(file.contains("\"x-trace\": \"t-1\""), "selected headers are kept");
    assert!(!file.to_lowercase().contains("\"authorization\""));
}

/// A request with no match fails the call, naming the nearest exchange with a body diff.
#[tokio::test]
async fn a_mismatch_shows_the_nearest_request_and_a_diff() {
    let path = tmp("mismatch.json");
    let s = MockServer::start().await.unwrap();
    let (c, _) = recorder(&s, &path);
    c.chat().complete(&chat("hello")).await.unwrap();
    let (c, t) = replayer(&path);
    let mut other = chat("hello");
    other.temperature = Some(0.5.into());
    let e = c.chat().complete(&other).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Transport);
    let debug = format!("{e:?}");
    assert!(
        debug.contains("no recorded exchange matches POST /v1/chat/completions"),
        "{debug}"
    );
    assert!(
        debug.contains("nearest is #0 POST /v1/chat/completions"),
        "{debug}"
    );
    assert!(
        debug.contains("- /temperature: 0.3") && debug.contains("+ /temperature: 0.5"),
        "{debug}"
    );
    // Ignoring the field makes it match; the exchange is then used.
    let t2 = ReplayTransport::from_file(&path)
        .unwrap()
        .ignore_field("temperature");
    let c2 = Client::builder()
        .api_key("k")
        .transport(t2.clone())
        .build()
        .unwrap();
    c2.chat().complete(&other).await.unwrap();
    t2.assert_all_used();
    assert_eq!(t.unused().len(), 1);
    let unused = std::panic::catch_unwind(|| t.assert_all_used()).unwrap_err();
    let msg = unused.downcast_ref::<String>().unwrap();
    assert!(
        msg.contains("1 recorded exchange(s) not used: #0 POST /v1/chat/completions"),
        "{msg}"
    );
}

#[tokio::test]
async fn in_order_or_in_any_order_and_custom_matchers() {
    let path = tmp("order.json");
    let s = MockServer::start().await.unwrap();
    let (c, _) = recorder(&s, &path);
    c.chat().complete(&chat("first")).await.unwrap();
    c.chat().complete(&chat("second")).await.unwrap();
    let (c, _) = replayer(&path);
    assert!(
        c.chat().complete(&chat("second")).await.is_err(),
        "in order by default"
    );
    let t = ReplayTransport::from_file(&path).unwrap().in_any_order();
    let c = Client::builder()
        .api_key("k")
        .transport(t.clone())
        .build()
        .unwrap();
    assert_eq!(
        c.chat().complete(&chat("second")).await.unwrap().text(),
        "Echo: second"
    );
    assert_eq!(
        c.chat().complete(&chat("first")).await.unwrap().text(),
        "Echo: first"
    );
    t.assert_all_used();
    let t = ReplayTransport::from_file(&path)
        .unwrap()
        .matcher(|req, _| req.headers().contains_key("x-allow"));
    let c = Client::builder().api_key("k").transport(t).build().unwrap();
    assert!(c.chat().complete(&chat("first")).await.is_err());
    assert!(c
        .chat()
        .header("x-allow", "1")
        .complete(&chat("first"))
        .await
        .is_ok());
}

/// Streams replay as streams; with timing, the recorded delays are honoured (instantly under
/// tokio's paused clock).
#[tokio::test(start_paused = true)]
async fn streams_replay_with_their_timing_when_asked() {
    let path = tmp("timed.json");
    let frame = |content: &str, finish: Option<&str>| format!("data: {}\n\n", chunk(json!(content), finish));
    let cassette = json!({"version": 1, "exchanges": [{
        "request": {"method": "POST", "path": "/v1/chat/completions",
                    "body": {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "t"}], "temperature": 0.3, "stream": true}},
        "response": {"status": 200, "headers": {"content-type": "text/event-stream"}, "frames": [
            {"after_ms": 0, "data": frame("a", None)},
            {"after_ms": 1000, "data": frame("b", None)},
            {"after_ms": 2000, "data": frame("c", Some("stop"))},
            {"after_ms": 0, "data": "data: [DONE]\n\n"}]}}]});
    std::fs::write(&path, cassette.to_string()).unwrap();
    for (timing, want) in [(true, Duration::from_secs(3)), (false, Duration::ZERO)] {
        let t = ReplayTransport::from_file(&path).unwrap().with_timing(timing);
        let c = Client::builder().api_key("k").transport(t).build().unwrap();
        let started = tokio::time::Instant::now();
        let mut st = c.chat().stream(&chat("t")).await.unwrap();
        let mut text = String::new();
        let mut at = Vec::new();
        while let Some(ch) = st.next().await {
            text.push_str(&ch.unwrap().delta_text().unwrap_or_default());
            at.push(started.elapsed());
        }
        assert_eq!(text, "abc");
        assert_eq!(*at.last().unwrap(), want, "timing {timing}: {at:?}");
    }
}

#[test]
fn corrupt_truncated_and_foreign_cassettes_are_clear_errors() {
    let path = tmp("corrupt.json");
    std::fs::write(
        &path,
        "{\n  \"version\": 1,\n  \"exchanges\": [\n    {\"request\": ",
    )
    .unwrap();
    let e = ReplayTransport::from_file(&path).unwrap_err();
    let msg = e.to_string();
    assert!(matches!(e, CassetteError::Invalid { line: 4, .. }), "{msg}");
    assert!(
        msg.contains(&path.display().to_string()) && msg.contains("line 4"),
        "{msg}"
    );
    std::fs::write(
        &path,
        "{\"version\": 1, \"exchanges\": [{\"request\": {\"method\": 3}}]}",
    )
    .unwrap();
    assert!(matches!(
        ReplayTransport::from_file(&path).unwrap_err(),
        CassetteError::Invalid { line: 1, .. }
    ));
    std::fs::write(&path, "{\"version\": 99, \"exchanges\": []}").unwrap();
    let e = ReplayTransport::from_file(&path).unwrap_err();
    assert!(matches!(e, CassetteError::Version { found: 99, .. }), "{e}");
    let missing = tmp("missing.json");
    assert!(matches!(
        ReplayTransport::from_file(&missing).unwrap_err(),
        CassetteError::Io { .. }
    ));
}

/// With no key (as in CI), a missing cassette names the file and how to record it; an existing
/// one replays.
#[tokio::test]
async fn auto_replays_and_explains_a_missing_cassette() {
    // This binary never sets the key; CI has none.
    if std::env::var("MISTRAL_API_KEY").is_ok() || std::env::var("MISTRAL_RECORD").is_ok() {
        return;
    }
    let missing = tmp("never-recorded.json");
    let e = Cassette::auto(&missing).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("never-recorded.json") && msg.contains("MISTRAL_API_KEY=... cargo test"),
        "{msg}"
    );
    let cassette = Cassette::auto("tests/cassettes/chat_wire_samples.json").unwrap();
    assert!(cassette.is_replay());
    let client = cassette.client().unwrap();
    let req = ChatRequest::builder()
        .model("mistral-large-latest")
        .messages([Message::user("What's the status of my transaction T1001?")])
        .build();
    assert!(client.chat().complete(&req).await.is_ok());
}

fn sample(model: &str, text: &str) -> ChatRequest {
    ChatRequest::builder()
        .model(model)
        .messages([Message::user(text)])
        .build()
}

/// The hand-checked wire samples (a docs tool call, a reasoning answer, a docs stream, a 422, a
/// gateway's HTML 502) replayed through the real client.
#[tokio::test]
async fn wire_samples_through_the_client() {
    let t = ReplayTransport::from_file("tests/cassettes/chat_wire_samples.json").unwrap();
    let c = Client::builder()
        .api_key("k")
        .transport(t.clone())
        .max_retries(0)
        .build()
        .unwrap();

    let r = c
        .chat()
        .complete(&sample(
            "mistral-large-latest",
            "What's the status of my transaction T1001?",
        ))
        .await
        .unwrap();
    assert_eq!(r.meta().request_id(), Some("docs-function-call"));
    let call = &r.message().unwrap().tool_calls()[0];
    assert_eq!(call.function.name, "retrieve_payment_status");
    assert_eq!(
        call.parse_arguments::<serde_json::Value>().unwrap(),
        json!({"transaction_id": "T1001"})
    );

    let r = c
        .chat()
        .complete(&sample(
            "magistral-medium-latest",
            "What is 2 + 2? Answer in JSON.",
        ))
        .await
        .unwrap();
    assert_eq!(r.text(), "{\"answer\": 4}");
    assert_eq!(r.thinking(), "Let me add: 2 + 2 = 4.");

    let r = c
        .chat()
        .stream(&sample("mistral-large-latest", "What is 3 x 100?"))
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(r.text(), "300");

    let e = c
        .chat()
        .complete(&sample(
            "mistral-large-latest",
            "Use a field the API does not know.",
        ))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Unprocessable);
    assert_eq!(
        e.api_error().unwrap().detail[0].path(),
        "body.max_completion_tokens"
    );

    let e = c
        .chat()
        .complete(&sample("mistral-large-latest", "Are you there?"))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Server);
    assert!(e.to_string().contains("502 Bad Gateway"), "{e}");
    t.assert_all_used();
}

/// Submits `input`, waits for its job, and gives the texts of its results.
async fn run_batch(c: &Client, input: &mistral::types::batch::BatchInput) -> Vec<String> {
    let opts = mistral::api::WaitOptions::new().poll_interval(Duration::from_millis(1));
    let job = c.batch().submit(input).await.unwrap();
    let done = c.batch().wait(&job.id, &opts, |_| {}).await.unwrap();
    c.batch()
        .results::<mistral::ChatCompletionResponse>(&done)
        .await
        .unwrap()
        .iter()
        .map(|r| r.outcome.as_ref().unwrap().text().into_owned())
        .collect()
}

/// An upload (a multipart body with a random boundary) and a batch job replay offline.
#[tokio::test]
async fn uploads_and_batch_jobs_replay() {
    use mistral::types::batch::BatchInput;
    use mistral::types::files::{FileContent, FilePurpose, FileUpload};
    let path = tmp("files.json");
    let s = MockServer::start().await.unwrap();
    let upload = FileUpload::builder()
        .file(FileContent::bytes("notes.txt", &b"some notes"[..]))
        .purpose(FilePurpose::Ocr)
        .build();
    let mut input = BatchInput::new();
    input.push("q", &chat("batched")).unwrap();
    let (c, _) = recorder(&s, &path);
    let live_file = c.files().upload(&upload).await.unwrap().into_inner();
    let live = run_batch(&c, &input).await;
    drop(c);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("{boundary}") && !text.contains("mistral-rs-"),
        "boundaries normalized"
    );

    let (c, t) = replayer(&path);
    assert_eq!(c.files().upload(&upload).await.unwrap().into_inner(), live_file);
    let replayed = run_batch(&c, &input).await;
    assert_eq!(replayed, live);
    assert_eq!(live, ["Echo: batched"]);
    t.assert_all_used();
}
