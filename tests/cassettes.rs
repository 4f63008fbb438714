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

/// An error's message and its sources' messages.
fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        out.push_str(&format!(" <- {s}"));
        src = s.source();
    }
    out
}

const SENTINEL: &str = "sk-SENTINEL-never-on-disk-0123456789";

fn recorder(s: &MockServer, path: &std::path::Path) -> (Client, RecordingTransport) {
    let t = RecordingTransport::new(DefaultTransport::new(None).unwrap(), path).unwrap();
    let c = Client::builder()
        .api_key(SENTINEL)
        .base_url(s.url())
        .transport(t.clone())
        .build()
        .unwrap();
    (c, t)
}

/// A client on a recording transport for `url`, with this key and no retries (a fault must
/// be recorded as it happened, once).
fn recording(url: &str, key: &str, path: &std::path::Path) -> (Client, RecordingTransport) {
    let rec = RecordingTransport::new(DefaultTransport::new(None).unwrap(), path).unwrap();
    let c = Client::builder()
        .api_key(key)
        .base_url(url)
        .transport(rec.clone())
        .max_retries(0)
        .build()
        .unwrap();
    (c, rec)
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
    let rec = RecordingTransport::new(DefaultTransport::new(None).unwrap(), &path).unwrap();
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
    let t =
        RecordingTransport::with_redaction(DefaultTransport::new(None).unwrap(), &path, redaction).unwrap();
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

/// A request with no match fails the call with its own kind (never retried), naming the
/// nearest exchange with a body diff, at the top of the message.
#[tokio::test]
async fn a_mismatch_shows_the_nearest_request_and_a_diff() {
    let path = tmp("mismatch.json");
    let s = MockServer::start().await.unwrap();
    let (c, _) = recorder(&s, &path);
    c.chat().complete(&chat("hello")).await.unwrap();
    let (_, t) = replayer(&path);
    // Retries on: a mismatch is still sent once.
    let c = Client::builder()
        .api_key("sk-example-0123456789abcdef")
        .transport(t.clone())
        .max_retries(3)
        .build()
        .unwrap();
    let mut other = chat("hello");
    other.temperature = Some(0.5.into());
    let e = c.chat().complete(&other).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Replay, "{e:?}");
    assert!(!e.is_retryable() && !e.is_transport(), "{e:?}");
    assert_eq!(e.attempts(), 1, "never retried");
    let shown = e.to_string();
    let want = format!(
        "no recorded exchange matches the request: cassette {}: POST /v1/chat/completions; \
         nearest is #0 POST /v1/chat/completions (- recorded, + sent):\n\
         - /temperature: 0.3\n+ /temperature: 0.5",
        path.display()
    );
    assert_eq!(shown, want);
    // Ignoring the field makes it match; the exchange is then used.
    let t2 = ReplayTransport::from_file(&path)
        .unwrap()
        .ignore_field("temperature");
    let c2 = Client::builder()
        .api_key("sk-example-0123456789abcdef")
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
    // Once every exchange is used, the message says so; streams fail the same way.
    c2.chat().complete(&other).await.unwrap_err();
    let e = c2.chat().stream(&other).await.unwrap_err();
    assert_eq!((e.kind(), e.attempts()), (ErrorKind::Replay, 1));
    assert!(
        e.to_string()
            .ends_with("POST /v1/chat/completions: every recorded exchange was used"),
        "{e}"
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

/// A short or word-like key (`test`, `mistral`, `sk-1`) is masked in its header only: the
/// request and response bodies (`mistral-small-latest`) are recorded as they were, so the
/// cassette replays; a JSON error message naming the model is kept whole too.
#[tokio::test]
async fn short_keys_never_corrupt_a_cassette() {
    for key in ["test", "mistral", "sk-1"] {
        let path = tmp(&format!("short-key-{key}.json"));
        let s = MockServer::start().await.unwrap();
        s.push(Reply::completion("first"));
        s.push(error(
            404,
            "invalid_request_error",
            "model mistral-small-latest: test sk-1 not found",
        ));
        let (c, rec) = recording(&s.url(), key, &path);
        let live = c.chat().complete(&chat("one")).await.unwrap().into_inner();
        let live_err = c.chat().complete(&chat("two")).await.unwrap_err();
        assert_eq!(rec.finish().unwrap(), 2);
        let file = std::fs::read_to_string(&path).unwrap();
        assert!(
            file.matches("mistral-small-latest").count() >= 3 && !file.contains("-la[REDACTED]"),
            "key {key:?}:\n{file}"
        );
        assert!(!file.contains(&format!("Bearer {key}")), "{file}");

        let (c, t) = replayer(&path);
        assert_eq!(c.chat().complete(&chat("one")).await.unwrap().into_inner(), live);
        let e = c.chat().complete(&chat("two")).await.unwrap_err();
        assert_eq!(e.message(), live_err.message(), "key {key:?}");
        assert_eq!(
            e.message(),
            Some("model mistral-small-latest: test sk-1 not found")
        );
        t.assert_all_used();
    }
}

/// A realistic 32-character key echoed in an error body (as `Bearer <key>`, in JSON, in a
/// query, at the end of a sentence) never reaches the disk; the cassette still replays.
#[tokio::test]
async fn a_realistic_key_echoed_in_an_error_body_is_redacted_and_replays() {
    const KEY: &str = "Zq3xV9bT7kLm2PfR8sWn4YhJ6cDe1GaU";
    let path = tmp("echoed-key.json");
    let s = MockServer::start().await.unwrap();
    s.push(Reply::json(
        401,
        &json!({"object": "error", "type": "authentication_error",
                "message": format!("Invalid key {KEY}."), "header": format!("Bearer {KEY}"),
                "url": format!("/v1/x?key={KEY}&a=1"), "model": "mistral-small-latest"}),
    ));
    let (c, rec) = recording(&s.url(), KEY, &path);
    let live = c.chat().complete(&chat("who")).await.unwrap_err();
    rec.finish().unwrap();
    let file = std::fs::read_to_string(&path).unwrap();
    assert!(!file.contains(KEY), "{file}");
    for kept in [
        "Invalid key [REDACTED].",
        "\"header\": \"[REDACTED]\"",
        "?key=[REDACTED]&a=1",
        "mistral-small-latest",
    ] {
        assert!(file.contains(kept), "{kept}:\n{file}");
    }
    let (c, t) = replayer(&path);
    let e = c.chat().complete(&chat("who")).await.unwrap_err();
    assert_eq!((e.kind(), e.message()), (live.kind(), live.message()));
    assert_eq!(e.message(), Some("Invalid key [REDACTED]."));
    t.assert_all_used();
}

/// A body that is not UTF-8 is kept in base64: the key echoed in it is removed from the
/// bytes, before encoding.
#[tokio::test]
async fn non_utf8_bodies_are_redacted_before_encoding() {
    const KEY: &str = "sk-example-0123456789abcdef";
    let path = tmp("binary.json");
    let mut body = b"\xff\xfe echo: Bearer ".to_vec();
    body.extend_from_slice(KEY.as_bytes());
    body.extend_from_slice(b" \xc3\x28 key=");
    body.extend_from_slice(KEY.as_bytes());
    let h = hostile::Hostile::replying(hostile::response(
        400,
        &[("content-type", "application/octet-stream")],
        &body,
    ))
    .await;
    let (c, rec) = recording(&h.url(), KEY, &path);
    let live = c.chat().complete(&chat("bin")).await.unwrap_err();
    rec.finish().unwrap();
    let file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let b64 = file["exchanges"][0]["response"]["base64"].as_str().unwrap();
    use base64::Engine as _;
    let stored = base64::engine::general_purpose::STANDARD.decode(b64).unwrap();
    assert!(
        memchr::memmem::find(&stored, KEY.as_bytes()).is_none(),
        "{}",
        String::from_utf8_lossy(&stored)
    );
    assert_eq!(stored, b"\xff\xfe echo: [REDACTED] \xc3\x28 key=[REDACTED]");

    let (c, t) = replayer(&path);
    let e = c.chat().complete(&chat("bin")).await.unwrap_err();
    assert_eq!((e.kind(), e.status()), (live.kind(), live.status()));
    assert_eq!(e.body(), Some(String::from_utf8_lossy(&stored).as_ref()));
    t.assert_all_used();
}

/// A body reset part way is recorded as what happened (the bytes that came, then the
/// failure) and replays as the same body error, not as a truncated success.
#[tokio::test]
async fn a_body_reset_mid_way_replays_as_the_same_body_error() {
    use hostile::Step;
    let path = tmp("reset-body.json");
    let full = completion("a complete answer that never arrives").to_string();
    let mut head = hostile::head(
        200,
        &[
            ("content-type", "application/json"),
            ("content-length", &full.len().to_string()),
        ],
    );
    head.extend_from_slice(&full.as_bytes()[..40]);
    let h = hostile::Hostile::always(vec![
        Step::Write(head),
        Step::Sleep(Duration::from_millis(30)),
        Step::Reset,
    ])
    .await;
    let (c, rec) = recording(&h.url(), KEY, &path);
    let live = c.chat().complete(&chat("cut")).await.unwrap_err();
    assert_eq!(live.kind(), ErrorKind::Body, "{live:?}");
    assert_eq!(rec.finish().unwrap(), 1);
    let file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let response = &file["exchanges"][0]["response"];
    assert_eq!(response["text"], json!(&full[..40]), "{file:#}");
    assert!(response["body_error"].is_string(), "{file:#}");

    let (c, t) = replayer(&path);
    let e = c.chat().complete(&chat("cut")).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Body, "{e:?}");
    let chain = chain(&e);
    assert!(
        chain.contains("recorded body failure: error reading a body from connection"),
        "{chain}"
    );
    t.assert_all_used();
}

/// A stream cut part way replays the same chunks, then the same body error.
#[tokio::test]
async fn a_stream_cut_mid_way_replays_the_same_chunks_then_the_error() {
    use hostile::Step;
    let path = tmp("reset-stream.json");
    let mut bytes = hostile::sse_head();
    for e in sse(&[chunk(json!("Hel"), None), chunk(json!("lo"), None)]) {
        bytes.extend_from_slice(&hostile::chunk(e.as_bytes()));
    }
    let h = hostile::Hostile::always(vec![
        Step::Write(bytes),
        Step::Sleep(Duration::from_millis(30)),
        Step::Reset,
    ])
    .await;
    let (c, rec) = recording(&h.url(), KEY, &path);
    async fn run(c: &Client) -> (String, ErrorKind) {
        let mut st = c.chat().stream(&chat("s")).await.unwrap();
        let mut text = String::new();
        while let Some(item) = st.next().await {
            match item {
                Ok(ch) => text.push_str(&ch.delta_text().unwrap_or_default()),
                Err(e) => return (text, e.kind()),
            }
        }
        panic!("the stream ended without an error: {text}");
    }
    let live = run(&c).await;
    assert_eq!(live, ("Hello".to_owned(), ErrorKind::Body));
    assert_eq!(rec.finish().unwrap(), 1);
    let file = std::fs::read_to_string(&path).unwrap();
    assert!(
        file.contains("\"frames\"") && file.contains("\"body_error\""),
        "{file}"
    );

    let (c, t) = replayer(&path);
    assert_eq!(run(&c).await, live);
    t.assert_all_used();
}

/// A stream the recording client dropped part way is not recorded as a shorter stream that
/// ended well: the replay gives the same chunks, then fails where the recording stopped.
#[tokio::test]
async fn a_stream_dropped_part_way_is_not_a_shorter_success() {
    use hostile::Step;
    let path = tmp("dropped-stream.json");
    let mut bytes = hostile::sse_head();
    for e in sse(&[chunk(json!("one"), None)]) {
        bytes.extend_from_slice(&hostile::chunk(e.as_bytes()));
    }
    let h = hostile::Hostile::always(vec![Step::Write(bytes), Step::Hold]).await;
    let rec = RecordingTransport::new(DefaultTransport::new(None).unwrap(), &path).unwrap();
    let c = Client::builder()
        .api_key(KEY)
        .base_url(h.url())
        .transport(rec.clone())
        .build()
        .unwrap();
    let mut st = c.chat().stream(&chat("d")).await.unwrap();
    assert_eq!(st.next().await.unwrap().unwrap().delta_text().unwrap(), "one");
    drop(st);
    assert_eq!(rec.finish().unwrap(), 1);

    let (c, t) = replayer(&path);
    let mut st = c.chat().stream(&chat("d")).await.unwrap();
    assert_eq!(st.next().await.unwrap().unwrap().delta_text().unwrap(), "one");
    let e = st.next().await.unwrap().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Body, "{e:?}");
    assert!(
        chain(&e).contains("the client dropped the body before its end"),
        "{e:?}"
    );
    t.assert_all_used();
}

/// Recording to a path that cannot be written fails at once, before anything is sent.
#[test]
fn recording_to_an_unwritable_path_fails_at_creation() {
    let blocker = tmp("not-a-directory");
    std::fs::write(&blocker, "a file").unwrap();
    for path in [blocker.join("cassette.json"), std::env::temp_dir()] {
        let e = RecordingTransport::new(DefaultTransport::new(None).unwrap(), &path).unwrap_err();
        assert!(matches!(e, CassetteError::Io { .. }), "{e:?}");
        assert!(e.to_string().contains(&path.display().to_string()), "{e}");
    }
}

/// A write that fails after the recording started is never silent: the next request fails
/// with it, and `finish` returns it; once the file can be written again, nothing is lost.
#[tokio::test]
async fn a_failed_write_fails_the_next_request_and_finish() {
    let dir = tmp("vanishing-dir");
    let _ = std::fs::remove_file(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cassette.json");
    let s = MockServer::start().await.unwrap();
    let (c, rec) = recorder(&s, &path);
    // The directory becomes a file: every write fails from now on.
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::write(&dir, "in the way").unwrap();
    c.chat().complete(&chat("lost?")).await.unwrap();
    let e = c.chat().complete(&chat("next")).await.unwrap_err();
    assert!(!e.is_retryable(), "{e:?}");
    // A local failure, said at the top, not a connection failure.
    assert!(e.is_io(), "{e:?}");
    assert!(e.to_string().contains(&path.display().to_string()), "{e}");
    assert_eq!(s.requests().len(), 1, "the next request was not sent");
    let e = rec.finish().unwrap_err();
    assert!(matches!(e, CassetteError::Io { .. }), "{e:?}");
    // Writable again: the exchange kept in memory is written.
    std::fs::remove_file(&dir).unwrap();
    assert_eq!(rec.finish().unwrap(), 1);
    let (c, t) = replayer(&path);
    c.chat().complete(&chat("lost?")).await.unwrap();
    t.assert_all_used();
}

/// Every exchange is checked at load: the error names the file, the exchange and the field.
#[test]
fn invalid_exchanges_are_refused_at_load() {
    let path = tmp("invalid-exchange.json");
    let good = json!({"request": {"method": "GET", "path": "/v1/models"},
                      "response": {"status": 200, "json": {"object": "list", "data": []}}});
    for (bad, field) in [
        (json!({"status": 1000, "text": "x"}), "response.status"),
        (json!({"status": 99}), "response.status"),
        (json!({"status": 200, "base64": "not base64!"}), "response.base64"),
        (json!({"status": 200, "text": "a", "json": {}}), "response.text"),
        (
            json!({"status": 200, "headers": {"bad name": "v"}}),
            "response.headers.bad name",
        ),
        (
            json!({"status": 200, "headers": {"x-a": "v\r\nx-b: 1"}}),
            "response.headers.x-a",
        ),
    ] {
        let cassette = json!({"version": 1, "exchanges": [good,
            {"request": {"method": "POST", "path": "/v1/chat/completions"}, "response": bad}]});
        std::fs::write(&path, cassette.to_string()).unwrap();
        let e = ReplayTransport::from_file(&path).unwrap_err();
        let msg = e.to_string();
        assert!(
            matches!(&e, CassetteError::Exchange { index: 1, field: f, .. } if f == field),
            "{field}: {e:?}"
        );
        assert!(
            msg.contains(&path.display().to_string()) && msg.contains("exchange #1") && msg.contains(field),
            "{msg}"
        );
    }
    for (request, field) in [
        (json!({"method": "PO ST", "path": "/v1/x"}), "request.method"),
        (json!({"method": "GET", "path": "v1/x"}), "request.path"),
        (
            json!({"method": "GET", "path": "/v1/x", "query": "a=1 b"}),
            "request.query",
        ),
    ] {
        let cassette = json!({"version": 1, "exchanges": [{"request": request,
            "response": {"status": 200, "text": "ok"}}]});
        std::fs::write(&path, cassette.to_string()).unwrap();
        let e = ReplayTransport::from_file(&path).unwrap_err();
        assert!(
            matches!(&e, CassetteError::Exchange { index: 0, field: f, .. } if f == field),
            "{field}: {e:?}"
        );
    }
}
