//! Search indexes (feature `context`): ingesting local files over the loopback mock, each
//! request validated against the supplement's `IngestDocumentsRequest` schema with the real
//! JSON Schema validator; the bounded bodies of large ingestions; the lazy index listing.
#![cfg(feature = "context")]

mod support;

use std::path::{Path, PathBuf};

use mistral::context::{ContextSearchIndexesListQuery, Result2};
use mistral::context::{IngestFile, DEFAULT_MAX_REQUEST_BYTES};
use mistral::test_util::{MockServer, RecordedRequest, Reply};
use mistral::{Client, ErrorKind};
use serde_json::{json, Value};
use support::generated::Spec;
use support::KEY;

const INDEX: &str = "support_articles";
const PATH: &str = "/v1/context/search-indexes/support_articles/documents";

async fn setup() -> (Client, MockServer) {
    let server = MockServer::start().await.unwrap();
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.url())
        .max_retries(0)
        .build()
        .unwrap();
    (client, server)
}

/// A fresh directory for one test's files.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let dir = std::env::temp_dir().join(format!("mistral-context-{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Dir(dir)
    }

    fn file(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, content).unwrap();
        p
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The ingest requests the mock received, each checked against the supplement's schema.
fn ingests(server: &MockServer) -> Vec<RecordedRequest> {
    let sent: Vec<RecordedRequest> = server
        .requests()
        .into_iter()
        .filter(|r| r.path() == PATH)
        .collect();
    for r in &sent {
        assert_eq!(r.method(), "POST");
        assert_eq!(r.header("content-type"), Some("application/json"));
        let errors = Spec::Supplement.errors("/components/schemas/IngestDocumentsRequest", &r.json());
        assert!(errors.is_empty(), "{errors:?}");
    }
    sent
}

fn documents(requests: &[RecordedRequest]) -> Vec<Value> {
    requests
        .iter()
        .flat_map(|r| r.json()["documents"].as_array().unwrap().clone())
        .collect()
}

#[tokio::test]
async fn files_become_documents_with_their_text_and_fields() {
    let (client, server) = setup().await;
    let dir = Dir::new("docs");
    let faq = dir.file("faq.md", "# FAQ\n\nReturns: \"30 days\", C:\\ path\ttab \u{1}\n");
    let unicode = dir.file("h\u{e9}llo.txt", "h\u{e9}llo w\u{f6}rld \u{1f600}");
    let empty = dir.file("empty.txt", "");
    let report = client
        .context()
        .search_indexes()
        .ingest_files(
            INDEX,
            [
                IngestFile::new(&faq)
                    .source_id("faq")
                    .field("category", json!("support"))
                    .field("metadata", json!({"lang": "en"})),
                unicode.clone().into(),
                IngestFile::from(empty.as_path()),
            ],
        )
        .await
        .unwrap();
    // The mock's schema sample: one accepted document at position 1.
    assert_eq!((report.accepted, report.rejected), (1, 1));
    assert!(matches!(&report.results[..], [Result2::Accepted(a)] if a.position == 1));

    let sent = ingests(&server);
    assert_eq!(sent.len(), 1, "one request fits them all");
    assert_eq!(
        sent[0].header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
    assert_eq!(
        sent[0].json(),
        json!({"documents": [
            {"source_id": "faq", "category": "support", "metadata": {"lang": "en"},
             "content": std::fs::read_to_string(&faq).unwrap()},
            {"source_id": "h\u{e9}llo.txt", "content": "h\u{e9}llo w\u{f6}rld \u{1f600}"},
            {"source_id": "empty.txt", "content": ""},
        ]})
    );
}

#[tokio::test]
async fn bad_files_are_refused_before_anything_is_sent() {
    let (client, server) = setup().await;
    let dir = Dir::new("bad");
    let good = dir.file("good.txt", "fine");
    let binary = dir.file("image.png", b"\x89PNG\r\n\x1a\n\xff\xfe");
    let indexes = client.context().search_indexes();

    let err = indexes.ingest_files(INDEX, [&good, &binary]).await.unwrap_err();
    assert!(err.is_io(), "{err:?}");
    assert!(err.to_string().contains("image.png"), "{err}");
    assert!(err.to_string().contains("UTF-8"), "{err}");

    let missing = dir.0.join("missing.txt");
    let err = indexes.ingest_files(INDEX, [&good, &missing]).await.unwrap_err();
    assert!(err.is_io(), "{err:?}");
    let err = indexes.ingest_files(INDEX, [dir.0.clone()]).await.unwrap_err();
    assert!(err.is_io(), "a directory: {err:?}");
    let err = indexes
        .ingest_files(INDEX, [IngestFile::new(&good).field("content", json!("x"))])
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    let err = indexes.ingest_files("..", [&good]).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{err}");
    assert!(server.requests().is_empty(), "nothing was sent");
}

/// Writes `n` bytes of text (lines of words, quotes and tabs to escape) to `path`.
fn write_text(path: &Path, n: usize) {
    let line = "a \"quoted\" word\tand \u{e9}t\u{e9}\n";
    let text: String = line.chars().cycle().take(n).collect();
    std::fs::write(path, text).unwrap();
}

#[tokio::test]
async fn large_ingestions_are_split_into_bounded_requests_in_order() {
    let (client, server) = setup().await;
    let dir = Dir::new("large");
    let files: Vec<PathBuf> = (0..7)
        .map(|i| {
            let p = dir.0.join(format!("part-{i}.txt"));
            write_text(&p, 40_000 + i * 1_000);
            p
        })
        .collect();
    let limit = 128 * 1024;
    // Every request answers its documents as accepted, at their positions in the request.
    let report = client
        .context()
        .search_indexes()
        .ingest_files_within(INDEX, &files, limit)
        .await
        .unwrap();
    let sent = ingests(&server);
    assert!(sent.len() > 1, "split");
    for r in &sent {
        assert!(r.body().len() <= limit, "{} bytes", r.body().len());
    }
    let docs = documents(&sent);
    assert_eq!(docs.len(), files.len());
    for (d, f) in docs.iter().zip(&files) {
        assert_eq!(d["source_id"], json!(f.file_name().unwrap().to_str().unwrap()));
        assert_eq!(d["content"], json!(std::fs::read_to_string(f).unwrap()));
    }
    // The mock answered each request with its sample (position 1): positions are moved to
    // the files' order.
    assert_eq!(report.accepted, sent.len() as i64);
    let mut offset = 0;
    for (r, req) in report.results.iter().zip(&sent) {
        let Result2::Accepted(a) = r else { panic!("{r:?}") };
        assert_eq!(a.position, offset + 1);
        offset += req.json()["documents"].as_array().unwrap().len() as i64;
    }

    // One file whose document alone is over the limit: refused, nothing sent.
    let before = server.requests().len();
    let big = dir.0.join("big.txt");
    write_text(&big, limit);
    let err = client
        .context()
        .search_indexes()
        .ingest_files_within(INDEX, [&files[0], &big], limit)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert!(err.to_string().contains("big.txt"), "{err}");
    assert_eq!(server.requests().len(), before);
}

#[tokio::test]
async fn a_big_file_is_sent_whole_and_the_default_limit_holds() {
    let (client, server) = setup().await;
    let dir = Dir::new("big");
    let big = dir.0.join("manual.txt");
    write_text(&big, 3 * 1024 * 1024);
    client
        .context()
        .search_indexes()
        .ingest_files(INDEX, [&big])
        .await
        .unwrap();
    let sent = ingests(&server);
    assert_eq!(sent.len(), 1);
    assert!(sent[0].body().len() <= DEFAULT_MAX_REQUEST_BYTES);
    assert_eq!(
        documents(&sent)[0]["content"].as_str().unwrap().len(),
        std::fs::metadata(&big).unwrap().len() as usize
    );
}

#[tokio::test]
async fn a_failing_later_request_says_what_was_ingested() {
    let (client, server) = setup().await;
    let dir = Dir::new("fail");
    let a = dir.file("a.txt", "x".repeat(1_000));
    let b = dir.file("b.txt", "y".repeat(1_000));
    let ok = json!({"accepted": 1, "rejected": 0,
                    "results": [{"position": 0, "document_id": "d-a", "chunk_count": 1, "status": "accepted"}]});
    server.push(Reply::json(200, &ok));
    server.push(Reply::json(500, &json!({"message": "boom"})));
    let err = client
        .context()
        .search_indexes()
        .ingest_files_within(INDEX, [&a, &b], 1_100)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::INTERNAL_SERVER_ERROR));
    assert_eq!(
        err.batch(),
        Some((1, 1..2)),
        "the second request, with the second file"
    );
    assert!(err.to_string().starts_with("batch 1 (inputs 1..2): "), "{err}");
    assert_eq!(ingests(&server).len(), 2);
}

#[tokio::test]
async fn rejected_documents_keep_their_errors_and_positions() {
    let (client, server) = setup().await;
    let dir = Dir::new("rejected");
    let files: Vec<PathBuf> = (0..3)
        .map(|i| dir.file(&format!("{i}.txt"), "z".repeat(900)))
        .collect();
    for _ in 0..3 {
        server.push(Reply::json(
            200,
            &json!({"accepted": 0, "rejected": 1, "results": [
                {"position": 0, "status": "rejected",
                 "errors": [{"location": ["category"], "type": "missing", "message": "Field required"}]}]}),
        ));
    }
    let report = client
        .context()
        .search_indexes()
        .ingest_files_within(INDEX, &files, 1_000)
        .await
        .unwrap();
    assert_eq!((report.accepted, report.rejected), (0, 3));
    let positions: Vec<i64> = report
        .results
        .iter()
        .map(|r| match r {
            Result2::Rejected(r) => {
                assert_eq!(r.errors[0].message, "Field required");
                r.position
            }
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(positions, [0, 1, 2]);
}

#[tokio::test]
async fn the_index_list_is_a_lazy_paginator() {
    let (client, server) = setup().await;
    let page = |names: &[&str], next: Option<&str>| {
        let data: Vec<Value> = names
            .iter()
            .map(|n| {
                json!({"id": n, "name": n, "creator_id": "u", "status": "ready", "schema": {},
                            "config": {"embedding": {"name": "mistral-embed", "dimensions": 1024}}})
            })
            .collect();
        Reply::json(200, &json!({"data": data, "next_page_token": next}))
    };
    server.push(page(&["a", "b"], Some("t-2")));
    server.push(page(&["c"], None));
    let pages = client
        .context()
        .search_indexes()
        .list_all(&ContextSearchIndexesListQuery::default())
        .unwrap();
    assert!(server.requests().is_empty(), "nothing sent until read");
    let names: Vec<String> = pages
        .collect()
        .await
        .unwrap()
        .into_iter()
        .map(|i| i.name)
        .collect();
    assert_eq!(names, ["a", "b", "c"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].query(), Some("page_token=t-2"));
}
