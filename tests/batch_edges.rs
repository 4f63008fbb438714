//! Batch jobs at their edges, over HTTP: a wait's deadline that holds whatever the server
//! does (silence, 503 forever), a poll interval that cannot spin, a submit whose job creation
//! fails naming the file it uploaded, results whose files fail to download, and results files
//! with a byte-order mark or a repeated custom id.

use std::time::Duration;

use mistral::api::WaitOptions;
use mistral::test_util::{MockServer, Reply};
use mistral::types::batch::{BatchInput, BatchItemError, BatchJob, BatchOutput};
use mistral::types::{ChatCompletionResponse, ChatRequest, Message};
use mistral::{ErrorKind, TimeoutPhase};
use serde_json::json;
use tokio::time::Instant;

mod support;
use support::fast_client;
use support::hostile::{self, Hostile, Step};

/// Bounds every test: a wait that hangs fails here instead of hanging the suite.
const GUARD: Duration = Duration::from_secs(20);

fn running() -> Reply {
    Reply::json(
        200,
        &json!({"id": "job", "status": "RUNNING", "total_requests": 4, "completed_requests": 1}),
    )
}

/// Waits on job `job` with a 2 s deadline; asserts it ends as a wait timeout close to it.
async fn assert_wait_ends_at_its_deadline(batch: mistral::Batch<'_>) -> mistral::Error {
    let deadline = Duration::from_secs(2);
    let opts = WaitOptions::new().timeout(Some(deadline));
    let started = Instant::now();
    let e = tokio::time::timeout(GUARD, batch.wait("job", &opts, |_| {}))
        .await
        .expect("the wait ends at its deadline, not after the poll's own timeouts")
        .expect_err("no job ever came back");
    let took = started.elapsed();
    assert_eq!(e.kind(), ErrorKind::Timeout, "{e}");
    assert_eq!(e.timeout_phase(), Some(TimeoutPhase::Wait), "{e}");
    assert!(
        took >= deadline - Duration::from_millis(50) && took < deadline + Duration::from_secs(2),
        "the wait took {took:?} for a {deadline:?} deadline"
    );
    e
}

#[tokio::test]
async fn a_wait_deadline_cuts_a_poll_that_is_never_answered() {
    let server = Hostile::always(vec![Step::Hold]).await;
    // Default settings: a 600 s request timeout, retried.
    let client = fast_client(&server.url(), |b| b);
    assert_wait_ends_at_its_deadline(client.batch()).await;
    // A request timeout longer than the deadline, on the handle.
    assert_wait_ends_at_its_deadline(client.batch().timeout(Some(Duration::from_secs(4)))).await;
    // The handle's own total timeout, longer than the deadline.
    assert_wait_ends_at_its_deadline(client.batch().total_timeout(Some(Duration::from_secs(60)))).await;
}

#[tokio::test]
async fn a_handle_total_timeout_shorter_than_the_deadline_still_bounds_each_poll() {
    let server = Hostile::always(vec![Step::Hold]).await;
    let client = fast_client(&server.url(), |b| b);
    let opts = WaitOptions::new().timeout(Some(Duration::from_secs(5)));
    let started = Instant::now();
    let e = tokio::time::timeout(
        GUARD,
        client
            .batch()
            .total_timeout(Some(Duration::from_millis(300)))
            .wait("job", &opts, |_| {}),
    )
    .await
    .expect("bounded")
    .unwrap_err();
    // The poll's own deadline fired first: that is the poll's failure, not the wait's.
    assert_eq!(e.timeout_phase(), Some(TimeoutPhase::Total), "{e}");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_wait_deadline_holds_against_503_forever_with_retry_after() {
    let busy = hostile::response(
        503,
        &[("content-type", "application/json"), ("retry-after", "1")],
        br#"{"object":"error","message":"busy","type":"server_error"}"#,
    );
    let server = Hostile::always(vec![Step::Write(busy)]).await;
    let client = fast_client(&server.url(), |b| b);
    // Enough retries, each after the 1 s the server asks for, to outlast the deadline many times.
    let e = assert_wait_ends_at_its_deadline(client.batch().max_retries(20)).await;
    let polls = server.requests().len();
    assert!((1..=4).contains(&polls), "{polls} requests in 2 s");
    // The one poll's attempts, cut by the deadline, are counted.
    assert!(
        e.attempts() >= 1 && (e.attempts() as usize).abs_diff(polls) <= 1,
        "attempts() = {}, {polls} requests",
        e.attempts()
    );
}

#[tokio::test(start_paused = true)]
async fn a_zero_poll_interval_is_raised_to_the_floor_and_still_backs_off() {
    let (client, transport) = support::scripted();
    for _ in 0..200 {
        transport.push(running());
    }
    let opts = WaitOptions::new()
        .poll_interval(Duration::ZERO)
        .timeout(Some(Duration::from_secs(2)));
    let e = client.batch().wait("job", &opts, |_| {}).await.unwrap_err();
    assert_eq!(e.timeout_phase(), Some(TimeoutPhase::Wait), "{e}");
    let at: Vec<Instant> = transport.requests().iter().map(|r| r.at()).collect();
    assert!(at.len() <= 10, "{} polls in 2 s", at.len());
    let gaps: Vec<Duration> = at.windows(2).map(|w| w[1] - w[0]).collect();
    // 100 ms, then 1.5 times more each poll (the last look before the deadline aside).
    assert_eq!(gaps[0], WaitOptions::MIN_POLL_INTERVAL, "{gaps:?}");
    assert_eq!(gaps[1], Duration::from_millis(150), "{gaps:?}");
    assert_eq!(gaps[2], Duration::from_millis(225), "{gaps:?}");

    // A zero ceiling too: polls at the floor, never faster.
    let (client, transport) = support::scripted();
    for _ in 0..200 {
        transport.push(running());
    }
    let opts = WaitOptions::new()
        .poll_interval(Duration::ZERO)
        .max_interval(Duration::ZERO)
        .timeout(Some(Duration::from_secs(1)));
    client.batch().wait("job", &opts, |_| {}).await.unwrap_err();
    let at: Vec<Instant> = transport.requests().iter().map(|r| r.at()).collect();
    assert!(at.len() <= 11, "{} polls in 1 s", at.len());
    assert!(
        at.windows(2).all(|w| w[1] - w[0] >= Duration::from_millis(50)),
        "{at:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn huge_intervals_and_deadlines_do_not_overflow() {
    let (client, transport) = support::scripted();
    transport.push(running());
    transport.push(Reply::json(200, &json!({"id": "job", "status": "SUCCESS"})));
    let opts = WaitOptions::new()
        .poll_interval(Duration::from_secs(1))
        .max_interval(Duration::MAX)
        .timeout(Some(Duration::MAX));
    let job = client.batch().wait("job", &opts, |_| {}).await.unwrap();
    assert!(job.is_terminal());

    let (client, transport) = support::scripted();
    transport.push(running()).push(running());
    let opts = WaitOptions::new()
        .poll_interval(Duration::MAX)
        .timeout(Some(Duration::from_secs(5)));
    let e = client.batch().wait("job", &opts, |_| {}).await.unwrap_err();
    assert_eq!(e.timeout_phase(), Some(TimeoutPhase::Wait), "{e}");
}

fn chat(text: &str) -> ChatRequest {
    ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user(text)])
        .build()
}

#[tokio::test]
async fn a_submit_whose_job_cannot_be_created_names_the_uploaded_file() {
    let file = json!({"id": "file-7f3a", "object": "file", "bytes": 10, "created_at": 1,
        "filename": "batch-input.jsonl", "purpose": "batch", "sample_type": "batch_request",
        "source": "upload", "num_lines": 2});
    let server = Hostile::start(move |_, req| {
        if req.line().starts_with("POST /v1/files ") {
            vec![Step::Write(hostile::json(200, &file))]
        } else {
            vec![Step::Write(hostile::json(
                500,
                &json!({"object": "error", "message": "boom", "type": "server_error"}),
            ))]
        }
    })
    .await;
    let client = fast_client(&server.url(), |b| b);
    let mut input = BatchInput::new();
    input.push("a", &chat("one")).unwrap();
    input.push("b", &chat("two")).unwrap();
    let e = tokio::time::timeout(GUARD, client.batch().resend_after_send(true).submit(&input))
        .await
        .expect("bounded")
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Server, "{e}");
    assert_eq!(e.file_id(), Some("file-7f3a"), "{e:?}");
    assert!(format!("{e:?}").contains("file-7f3a"));
    let lines: Vec<String> = server.requests().iter().map(|r| r.line().to_owned()).collect();
    assert_eq!(lines[0], "POST /v1/files HTTP/1.1");
    assert!(
        lines[1..].iter().all(|l| l == "POST /v1/batch/jobs HTTP/1.1") && lines.len() == 4,
        "one upload, then the creation and its retries: {lines:?}"
    );

    // An upload that fails names no file: none was left behind.
    let server = Hostile::always(vec![Step::Write(hostile::json(
        400,
        &json!({"object": "error", "message": "bad file", "type": "invalid_request_error"}),
    ))])
    .await;
    let client = fast_client(&server.url(), |b| b);
    let e = client.batch().submit(&input).await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(400), "{e}");
    assert_eq!(e.file_id(), None);
}

#[tokio::test]
async fn the_advice_works_the_left_file_makes_a_job_with_create() {
    // What `submit`'s docs tell the caller to do with the file its error names.
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let mut input = BatchInput::new();
    input.push("a", &chat("one")).unwrap();
    let upload = mistral::types::files::FileUpload::builder()
        .file(mistral::types::files::FileContent::bytes(
            "batch-input.jsonl",
            input.as_bytes().to_vec(),
        ))
        .purpose(mistral::types::files::FilePurpose::Batch)
        .build();
    let file = client.files().upload(&upload).await.unwrap();
    let job = client
        .batch()
        .create(&mistral::types::batch::BatchJobRequest::for_files(
            &input,
            [file.id.clone()],
        ))
        .await
        .unwrap();
    assert_eq!(job.total_requests, 1);
}

fn job_with_files() -> BatchJob {
    serde_json::from_value(json!({"id": "job", "status": "SUCCESS", "output_file": "out-1",
        "error_file": "err-1", "total_requests": 3, "completed_requests": 3,
        "succeeded_requests": 2, "failed_requests": 1}))
    .unwrap()
}

fn ok_line(id: &str, text: &str) -> String {
    json!({"id": format!("r-{id}"), "custom_id": id, "response": {"status_code": 200, "body": {
        "id": "c", "object": "chat.completion", "model": "m", "created": 1,
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}]}},
        "error": null})
    .to_string()
}

#[tokio::test]
async fn results_whose_output_file_fails_fail_naming_it() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    for _ in 0..3 {
        server.push(Reply::error(500, "storage down"));
    }
    let e = client
        .batch()
        .results::<ChatCompletionResponse>(&job_with_files())
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Server, "{e}");
    assert_eq!(e.file_id(), Some("out-1"), "{e:?}");
    assert_eq!(e.attempts(), 3, "a download is retried");
    let paths: Vec<String> = server.requests().iter().map(|r| r.path().to_owned()).collect();
    assert_eq!(
        paths, ["/v1/files/out-1/content"; 3],
        "the error file is not fetched"
    );
}

#[tokio::test]
async fn results_whose_error_file_fails_keep_the_outputs_and_say_so() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let output = format!("{}\n{}\n", ok_line("a", "one"), ok_line("b", "two"));
    server.push(Reply::body(200, "application/octet-stream", output));
    for _ in 0..3 {
        server.push(Reply::error(500, "storage down"));
    }
    let results = client
        .batch()
        .results::<ChatCompletionResponse>(&job_with_files())
        .await
        .expect("the outputs that were read are kept");
    assert_eq!(results.successes().count(), 2);
    assert_eq!(results.get("a").unwrap().outcome.as_ref().unwrap().text(), "one");
    // Impossible to miss: not complete, and one failure standing for the whole file.
    assert!(!results.is_complete());
    assert_eq!(results.unavailable_files().collect::<Vec<_>>(), ["err-1"]);
    let failures: Vec<_> = results.failures().collect();
    assert_eq!(failures.len(), 1);
    let (r, err) = failures[0];
    assert_eq!((r.line, r.custom_id.as_deref()), (0, None));
    match err {
        BatchItemError::FileUnavailable { file_id, message } => {
            assert_eq!(file_id, "err-1");
            assert!(
                message.contains("500") && message.contains("storage down"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("err-1"), "{err}");
    assert_eq!(results.len(), 3);
}

#[tokio::test]
async fn results_files_with_a_byte_order_mark_or_repeated_ids_lose_nothing() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let mut output = b"\xEF\xBB\xBF".to_vec();
    output.extend_from_slice(format!("{}\r\n{}\r\n", ok_line("a", "one"), ok_line("b", "two")).as_bytes());
    server.push(Reply::body(200, "application/octet-stream", output));
    let mut errors = b"\xEF\xBB\xBF".to_vec();
    errors.extend_from_slice(
        json!({"id": "r-a2", "custom_id": "a", "error": {"message": "late duplicate", "code": 500}})
            .to_string()
            .as_bytes(),
    );
    server.push(Reply::body(200, "application/octet-stream", errors));
    let results = client
        .batch()
        .results::<ChatCompletionResponse>(&job_with_files())
        .await
        .unwrap();
    assert_eq!(results.len(), 3, "every line, the first of each file included");
    assert!(results.is_complete());
    assert_eq!(results.get("b").unwrap().outcome.as_ref().unwrap().text(), "two");
    // The repeated id: `get` and `into_map` agree on the first, the repeat is surfaced.
    assert_eq!(results.get("a").unwrap().outcome.as_ref().unwrap().text(), "one");
    let dups: Vec<_> = results.duplicates().map(|r| r.id.as_deref()).collect();
    assert_eq!(dups, [Some("r-a2")]);
    let map = results.into_map();
    assert_eq!(map["a"].as_ref().unwrap().text(), "one");
    assert_eq!(
        map.len(),
        3,
        "the repeat is kept under its position: {:?}",
        map.keys()
    );
    assert!(map["#3"].is_err());
    // Parsing directly agrees.
    let direct =
        BatchOutput::<ChatCompletionResponse>::parse(b"\xEF\xBB\xBF{\"custom_id\":\"x\",\"error\":\"e\"}\n");
    assert_eq!(direct.len(), 1);
    assert_eq!(direct.iter().next().unwrap().custom_id.as_deref(), Some("x"));
}

#[tokio::test]
async fn a_bad_header_is_not_mistaken_for_an_unavailable_file() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let job: BatchJob = serde_json::from_value(json!({"id": "job", "status": "FAILED",
        "error_file": "err-1", "total_requests": 1, "failed_requests": 1}))
    .unwrap();
    let e = client
        .batch()
        .header("x-bad", "line\nbreak")
        .results::<ChatCompletionResponse>(&job)
        .await
        .unwrap_err();
    assert!(e.is_builder(), "{e}");
    assert!(server.requests().is_empty());
}
