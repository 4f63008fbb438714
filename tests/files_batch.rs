//! Files and batch jobs over HTTP to the mock server on 127.0.0.1: multipart uploads parsed by
//! a real parser, streamed uploads and downloads, bad input caught before sending, and batch
//! jobs from typed requests to typed results.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use mistral::api::WaitOptions;
use mistral::test_util::{MockServer, Reply};
use mistral::types::batch::{BatchInput, BatchItemError, BatchJobRequest, BatchStatus};
use mistral::types::files::{FileContent, FileListQuery, FilePurpose, FileUpload, FileVisibility};
use mistral::types::{ChatCompletionResponse, ChatRequest, EmbeddingRequest, EmbeddingResponse, Message};
use mistral::{ErrorKind, TimeoutPhase};
use serde_json::{json, Value};

mod support;
use support::{assert_matches_spec, fast_client, scripted};

/// A fresh directory of this test process (the tests run in parallel).
fn temp_dir() -> std::path::PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let d = std::env::temp_dir().join(format!("mistral-files-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The multipart body as a real parser reads it: (fields, file name, file content type, file).
async fn parse_multipart(
    content_type: &str,
    body: bytes::Bytes,
) -> (Vec<(String, String)>, String, String, Vec<u8>) {
    let boundary = multer::parse_boundary(content_type).unwrap();
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(body) });
    let mut mp = multer::Multipart::new(stream, boundary);
    let (mut fields, mut name, mut ct, mut data) = (Vec::new(), String::new(), String::new(), Vec::new());
    while let Some(f) = mp.next_field().await.unwrap() {
        let n = f.name().unwrap().to_owned();
        if n == "file" {
            name = f.file_name().unwrap().to_owned();
            ct = f.content_type().unwrap().to_string();
            data = f.bytes().await.unwrap().to_vec();
        } else {
            fields.push((n, f.text().await.unwrap()));
        }
    }
    (fields, name, ct, data)
}

#[tokio::test]
async fn files_round_trip_through_the_mock() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let upload = FileUpload::builder()
        .file(FileContent::bytes("in.jsonl", &b"{\"a\":1}\n{\"a\":2}\n"[..]))
        .purpose(FilePurpose::Batch)
        .filename("renamed \"quoted\".jsonl")
        .visibility(FileVisibility::User)
        .expiry(48)
        .build();
    let file = client.files().upload(&upload).await.unwrap();
    assert_matches_spec("CreateFileResponse", &serde_json::to_value(&*file).unwrap());
    assert_eq!(file.bytes, Some(16));
    assert_eq!(file.num_lines, Some(2));
    assert_eq!(file.purpose, Some(FilePurpose::Batch));

    // What went on the wire, read back by multer.
    let req = &server.requests()[0];
    let ct = req.header("content-type").unwrap().to_owned();
    assert!(ct.starts_with("multipart/form-data; boundary="), "{ct}");
    assert_eq!(
        req.header("content-length").unwrap(),
        req.body().len().to_string()
    );
    let (fields, name, part_ct, data) = parse_multipart(&ct, req.body().clone()).await;
    assert_eq!(
        fields,
        [
            ("purpose".into(), "batch".into()),
            ("expiry".into(), "48".into()),
            ("visibility".into(), "user".into())
        ]
    );
    assert_eq!(name, "renamed %22quoted%22.jsonl");
    assert_eq!(part_ct, "application/octet-stream");
    assert_eq!(data, b"{\"a\":1}\n{\"a\":2}\n");
    for name in FileUpload::FIELDS {
        assert!(fields.iter().any(|(n, _)| n == name) || *name == "file", "{name}");
    }

    let other = client
        .files()
        .upload(
            &FileUpload::builder()
                .file(FileContent::bytes("scan.pdf", &b"%PDF-1.4"[..]))
                .purpose(FilePurpose::Ocr)
                .build(),
        )
        .await
        .unwrap();
    let got = client.files().retrieve(&file.id).await.unwrap();
    assert_eq!(got.deleted, Some(false));
    assert_matches_spec("GetFileResponse", &serde_json::to_value(&*got).unwrap());
    let all = client.files().list(&FileListQuery::default()).await.unwrap();
    assert_eq!(all.total, Some(2));
    assert_matches_spec("ListFilesResponse", &serde_json::to_value(&*all).unwrap());
    let ocr_only = client
        .files()
        .list(
            &FileListQuery::builder()
                .purpose(FilePurpose::Ocr)
                .page_size(10)
                .build(),
        )
        .await
        .unwrap();
    assert_eq!(ocr_only.data.len(), 1);
    assert_eq!(ocr_only.data[0].id, other.id);
    assert_eq!(
        server.requests().last().unwrap().query(),
        Some("page_size=10&purpose=ocr")
    );

    let mut out: Vec<u8> = Vec::new();
    let n = client.files().download(&file.id, &mut out).await.unwrap();
    assert_eq!(*n, 16);
    assert_eq!(out, b"{\"a\":1}\n{\"a\":2}\n");
    assert_eq!(&client.files().content(&other.id).await.unwrap()[..], b"%PDF-1.4");

    let url = client.files().signed_url(&file.id, Some(2)).await.unwrap();
    assert!(url.url.contains("expires_in=2h"));
    assert!(
        !format!("{:?}", *url).contains("signature=mock"),
        "a signed URL is a secret"
    );
    let e = client.files().signed_url(&file.id, Some(0)).await.unwrap_err();
    assert!(e.is_invalid_request(), "{e}");

    let deleted = client.files().delete(&file.id).await.unwrap();
    assert!(deleted.deleted);
    assert_matches_spec("DeleteFileResponse", &serde_json::to_value(&*deleted).unwrap());
    let e = client.files().retrieve(&file.id).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
}

#[tokio::test]
async fn a_file_on_disk_streams_reports_progress_and_is_read_again_on_retry() {
    let dir = temp_dir();
    let path = dir.join("big.jsonl");
    let content: Vec<u8> = (0..300_000u32)
        .map(|i| b"abcdefghij\n"[(i % 11) as usize])
        .collect();
    std::fs::write(&path, &content).unwrap();
    let server = MockServer::start().await.unwrap();
    server.push(Reply::error(503, "busy").retry_after(0));
    let client = fast_client(&server.url(), |b| b);
    let seen = Arc::new(Mutex::new(Vec::new()));
    let s = seen.clone();
    let upload = FileUpload::builder()
        .file(FileContent::path(&path))
        .purpose(FilePurpose::FineTune)
        .build();
    let file = client
        .files()
        .upload_with_progress(&upload, move |p| s.lock().unwrap().push((p.sent, p.total)))
        .await
        .unwrap();
    assert_eq!(file.filename, "big.jsonl");
    assert_eq!(file.bytes, Some(300_000));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2, "one retry");
    // The retry sent the whole file again, under a body byte for byte the same length.
    for r in &reqs {
        let (_, name, _, data) = parse_multipart(r.header("content-type").unwrap(), r.body().clone()).await;
        assert_eq!(name, "big.jsonl");
        assert_eq!(data, content);
    }
    let seen = seen.lock().unwrap();
    assert!(
        seen.len() >= 2 * (300_000 / 65_536),
        "progress in frames: {}",
        seen.len()
    );
    // Rising within an attempt; one restart from the first frame, for the retry.
    let restarts = seen.windows(2).filter(|w| w[1].0 <= w[0].0).count();
    assert_eq!(restarts, 1, "{seen:?}");
    assert!(seen.windows(2).all(|w| w[1].0 > w[0].0 || w[1].0 <= 65_536));
    assert_eq!(
        seen.iter()
            .filter(|(sent, total)| sent == total && *total == 300_000)
            .count(),
        2
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn bad_uploads_fail_before_a_byte_is_sent() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let dir = temp_dir();

    // A missing file.
    let missing = FileUpload::builder()
        .file(FileContent::path(dir.join("nope.jsonl")))
        .purpose(FilePurpose::Batch)
        .build();
    let e = client.files().upload(&missing).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Io);
    assert!(e.is_io() && e.to_string().contains("nope.jsonl"), "{e}");
    assert!(std::error::Error::source(&e)
        .unwrap()
        .downcast_ref::<std::io::Error>()
        .is_some());

    // A directory.
    let dir_upload = FileUpload::builder()
        .file(FileContent::path(&dir))
        .purpose(FilePurpose::Batch)
        .build();
    assert!(client.files().upload(&dir_upload).await.unwrap_err().is_io());

    // Over the API's 512 MB (a sparse file: nothing is written).
    let big = dir.join("huge.bin");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(mistral::types::files::MAX_FILE_BYTES + 1)
        .unwrap();
    let huge = FileUpload::builder()
        .file(FileContent::path(&big))
        .purpose(FilePurpose::Ocr)
        .build();
    let e = client.files().upload(&huge).await.unwrap_err();
    assert!(e.is_invalid_request(), "{e}");
    assert!(e.validation().unwrap().has("file"), "{e}");
    assert!(e.to_string().contains("512 MB"), "{e}");

    // An unknown purpose.
    let odd = FileUpload::builder()
        .file(FileContent::bytes("a.jsonl", &b"{}"[..]))
        .purpose("training")
        .build();
    let e = client.files().upload(&odd).await.unwrap_err();
    assert!(e.validation().unwrap().has("purpose"), "{e}");
    assert!(e.to_string().contains("\"training\""), "{e}");

    // An id that would leave its path segment.
    assert!(client
        .files()
        .retrieve("..")
        .await
        .unwrap_err()
        .is_invalid_request());

    assert!(server.requests().is_empty(), "nothing was sent");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn the_server_refuses_what_the_spec_forbids() {
    // Past the client's checks (a raw extra field), the mock answers as the API would.
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let job = BatchJobRequest::builder()
        .endpoint(mistral::types::BatchEndpoint::ChatCompletions)
        .input_files(["00000000-0000-4000-8000-000000000000".to_owned()])
        .model("m")
        .build();
    let e = client.batch().create(&job).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound, "{e}");
}

fn chat(text: &str) -> ChatRequest {
    ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user(text)])
        .max_tokens(64)
        .build()
}

fn quick() -> WaitOptions {
    WaitOptions::new()
        .poll_interval(Duration::from_millis(5))
        .max_interval(Duration::from_millis(20))
        .timeout(Some(Duration::from_secs(10)))
}

#[tokio::test]
async fn a_batch_runs_from_typed_requests_to_typed_results() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let mut input = BatchInput::new();
    for (id, q) in [
        ("cheese", "Name a French cheese"),
        ("wine", "Name a French wine"),
        ("bread", "Name a bread"),
    ] {
        input.push(id, &chat(q)).unwrap();
    }
    let job = client.batch().submit(&input).await.unwrap();
    assert_eq!(job.status, BatchStatus::Queued);
    assert_eq!(job.total_requests, 3);
    assert_matches_spec("BatchJob", &serde_json::to_value(&*job).unwrap());
    // The upload was the input's JSONL, the job took its endpoint and model.
    let reqs = server.requests();
    let (fields, name, _, data) =
        parse_multipart(reqs[0].header("content-type").unwrap(), reqs[0].body().clone()).await;
    assert_eq!(fields, [("purpose".to_owned(), "batch".to_owned())]);
    assert_eq!(name, "batch-input.jsonl");
    assert_eq!(data, input.as_bytes());
    let create = reqs[1].json();
    assert_matches_spec("CreateBatchJobRequest", &create);
    assert_eq!(create["endpoint"], "/v1/chat/completions");
    assert_eq!(create["model"], "mistral-small-latest");

    let mut seen = Vec::new();
    let done = client
        .batch()
        .wait(&job.id, &quick(), |j| {
            seen.push((j.status.clone(), j.progress().done, j.progress().total))
        })
        .await
        .unwrap();
    assert_eq!(done.status, BatchStatus::Success);
    assert_eq!(
        seen,
        [(BatchStatus::Running, 1, 3), (BatchStatus::Success, 3, 3)],
        "progress as it goes"
    );
    let results = client
        .batch()
        .results::<ChatCompletionResponse>(&done)
        .await
        .unwrap();
    assert_eq!(results.len(), 3);
    for id in ["cheese", "wine", "bread"] {
        let r = results.get(id).unwrap();
        let reply = r.outcome.as_ref().unwrap();
        assert_eq!(reply.model, "mistral-small-latest");
        assert!(!reply.text().is_empty(), "{id}");
    }

    let listed = client
        .batch()
        .list(
            &mistral::types::BatchJobQuery::builder()
                .status(vec![BatchStatus::Success])
                .build(),
        )
        .await
        .unwrap();
    assert_eq!(listed.total, Some(1));
    assert_matches_spec("ListBatchJobsResponse", &serde_json::to_value(&*listed).unwrap());
    let deleted = client.batch().delete(&job.id).await.unwrap();
    assert_matches_spec(
        "DeleteBatchJobResponse",
        &serde_json::to_value(&*deleted).unwrap(),
    );
    assert_eq!(
        client.batch().get(&job.id).await.unwrap_err().kind(),
        ErrorKind::NotFound
    );
}

/// `submit_with_progress` reports the input's upload as `files().upload_with_progress` does
/// (from 0 again on a retry), then creates the job from the uploaded file (issue #21).
#[tokio::test]
async fn a_batch_submit_reports_its_upload_progress() {
    let server = MockServer::start().await.unwrap();
    server.push(Reply::error(503, "busy").retry_after(0));
    let client = fast_client(&server.url(), |b| b);
    let mut input = BatchInput::new();
    for (id, q) in [
        ("a", "Name a cheese"),
        ("b", "Name a wine"),
        ("c", "Name a bread"),
    ] {
        input.push(id, &chat(q)).unwrap();
    }
    let total = input.as_bytes().len() as u64;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let s = seen.clone();
    let job = client
        .batch()
        .submit_with_progress(&input, move |p| s.lock().unwrap().push((p.sent, p.total)))
        .await
        .unwrap();
    assert_eq!(job.total_requests, 3);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3, "a refused upload, its retry, the job");
    let (_, name, _, data) =
        parse_multipart(reqs[1].header("content-type").unwrap(), reqs[1].body().clone()).await;
    assert_eq!(name, "batch-input.jsonl");
    assert_eq!(data, input.as_bytes());
    let create = reqs[2].json();
    assert_eq!(create["input_files"].as_array().map(Vec::len), Some(1));

    let seen = seen.lock().unwrap().clone();
    assert!(!seen.is_empty());
    assert!(
        seen.iter().all(|&(sent, t)| t == total && sent <= total),
        "{seen:?}"
    );
    // Every byte, once per attempt of the upload; nothing for the job's creation.
    assert_eq!(
        seen.iter().filter(|&&(sent, _)| sent == total).count(),
        2,
        "{seen:?}"
    );
    assert_eq!(seen.last(), Some(&(total, total)));

    // What can be refused is refused before the upload: no progress, nothing sent.
    let calls = Arc::new(Mutex::new(0));
    let c2 = calls.clone();
    let e = client
        .batch()
        .submit_with_progress(&BatchInput::new(), move |_| *c2.lock().unwrap() += 1)
        .await
        .unwrap_err();
    assert!(e.is_invalid_request(), "{e}");
    assert_eq!(*calls.lock().unwrap(), 0);
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn inline_jobs_cancellation_and_wait_deadlines() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let mut input = BatchInput::new();
    input
        .push(
            "e1",
            &EmbeddingRequest::builder()
                .model("mistral-embed")
                .input("hello")
                .build(),
        )
        .unwrap();
    let job = client
        .batch()
        .create(&BatchJobRequest::inline(&input))
        .await
        .unwrap();
    client.batch().wait(&job.id, &quick(), |_| {}).await.unwrap();
    let done = client
        .batch()
        .get_with_outputs(&job.id)
        .await
        .unwrap()
        .into_inner();
    assert_eq!(done.outputs.as_ref().map(Vec::len), Some(1));
    let results = client.batch().results::<EmbeddingResponse>(&done).await.unwrap();
    let emb = results.get("e1").unwrap().outcome.as_ref().unwrap();
    assert_eq!(emb.data.len(), 1);

    let job = client.batch().submit(&input).await.unwrap();
    let cancelling = client.batch().cancel(&job.id).await.unwrap();
    assert_eq!(cancelling.status, BatchStatus::CancellationRequested);
    let ended = client.batch().wait(&job.id, &quick(), |_| {}).await.unwrap();
    assert_eq!(ended.status, BatchStatus::Cancelled);
    assert!(client
        .batch()
        .results::<EmbeddingResponse>(&ended)
        .await
        .unwrap()
        .is_empty());

    // A job that never ends: the wait gives up at its deadline (the job goes on).
    let (client, transport) = scripted();
    for _ in 0..100 {
        transport.push(Reply::json(
            200,
            &json!({"id": "j", "status": "RUNNING", "total_requests": 5}),
        ));
    }
    // Polls at 0, 100 (the floor) and 250 ms, a last look at 325, the deadline at 400.
    let opts = WaitOptions::new()
        .poll_interval(Duration::from_millis(5))
        .timeout(Some(Duration::from_millis(400)));
    let e = client.batch().wait("j", &opts, |_| {}).await.unwrap_err();
    assert_eq!(e.timeout_phase(), Some(TimeoutPhase::Wait), "{e}");
    assert!(transport.requests().len() >= 3);
}

#[tokio::test]
async fn a_broken_output_line_is_an_error_of_that_line() {
    let (client, transport) = scripted();
    let job: mistral::types::BatchJob = serde_json::from_value(json!({
        "id": "j", "status": "SUCCESS", "output_file": "out", "error_file": "err",
        "total_requests": 4, "completed_requests": 4, "succeeded_requests": 3, "failed_requests": 1}))
    .unwrap();
    let ok = |id: &str, text: &str| {
        json!({"id": format!("r-{id}"), "custom_id": id, "response": {"status_code": 200, "body": {
            "id": "c", "object": "chat.completion", "model": "m", "created": 1,
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}]}},
            "error": null})
        .to_string()
    };
    let output = format!(
        "{}\n{{\"custom_id\": \"b\", \"response\": {{\"status_co\n{}\n",
        ok("a", "one"),
        ok("c", "three")
    );
    let errors = json!({"id": "r-d", "custom_id": "d", "response": {"status_code": 429,
        "body": {"object": "error", "message": "rate limited", "type": "rate_limited"}}, "error": null});
    transport.push(Reply::body(200, "application/octet-stream", output));
    transport.push(Reply::body(200, "application/octet-stream", errors.to_string()));
    let results = client
        .batch()
        .results::<ChatCompletionResponse>(&job)
        .await
        .unwrap();
    assert_eq!(results.len(), 4, "nothing is lost");
    assert_eq!(results.get("a").unwrap().outcome.as_ref().unwrap().text(), "one");
    assert_eq!(
        results.get("c").unwrap().outcome.as_ref().unwrap().text(),
        "three"
    );
    let broken: Vec<_> = results
        .iter()
        .filter(|r| matches!(r.outcome, Err(BatchItemError::Malformed { .. })))
        .collect();
    assert_eq!(broken.len(), 1);
    assert_eq!(broken[0].line, 2);
    assert!(
        matches!(&broken[0].outcome, Err(BatchItemError::Malformed { raw, .. }) if raw.contains("\"b\""))
    );
    assert!(matches!(
        &results.get("d").unwrap().outcome,
        Err(BatchItemError::Failed { status: Some(429), message, .. }) if message == "rate limited"
    ));
    let paths: Vec<String> = transport.requests().iter().map(|r| r.path().to_owned()).collect();
    assert_eq!(paths, ["/v1/files/out/content", "/v1/files/err/content"]);
}

#[tokio::test]
async fn downloads_fail_honestly() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    // A body cut short: an error after the bytes that came, never a short success.
    server.push(Reply::body(200, "application/octet-stream", vec![7u8; 50_000]).truncate_body(20_000));
    let mut out = Vec::new();
    let e = client.files().download("f", &mut out).await.unwrap_err();
    assert!(e.is_body(), "{e}");
    assert!(!e.is_retryable());
    // A writer that fails: an I/O error.
    struct Full;
    impl tokio::io::AsyncWrite for Full {
        fn poll_write(
            self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
            _: &[u8],
        ) -> std::task::Poll<std::io::Result<usize>> {
            std::task::Poll::Ready(Err(std::io::Error::other("disk full")))
        }
        fn poll_flush(
            self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<std::io::Result<()>> {
            std::task::Poll::Ready(Ok(()))
        }
        fn poll_shutdown(
            self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<std::io::Result<()>> {
            std::task::Poll::Ready(Ok(()))
        }
    }
    server.push(Reply::body(200, "application/octet-stream", vec![7u8; 10]));
    let e = client.files().download("f", &mut Full).await.unwrap_err();
    assert!(e.is_io() && e.to_string().contains("disk full"), "{e}");
    // An unknown file: the API's 404.
    let e = client.files().download("nope", &mut out).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    let v: Value = serde_json::from_str(e.body().unwrap()).unwrap();
    assert_eq!(v["object"], "error");
}
