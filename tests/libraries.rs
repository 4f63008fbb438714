//! Document libraries over HTTP to the mock server on 127.0.0.1: every operation, request
//! bodies checked against the spec's schemas (and snapshotted), multipart uploads read back by
//! a real parser, the wait for processing (done, failed, deadline), and the documents'
//! paginator.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use mistral::files::FileContent;
use mistral::libraries::{
    AccessGrant, AccessLevel, AccessRevoke, CreateLibraryRequest, DocumentListQuery, DocumentUpload,
    EntityType, LibraryListQuery, OwnerType, ProcessStatus, UpdateDocumentRequest, UpdateLibraryRequest,
    WaitOptions,
};
use mistral::test_util::{MockServer, Reply};
use mistral::{Client, ErrorKind, TimeoutPhase};
use serde_json::{json, Value};

mod support;
use support::{assert_matches_spec, fast_client};

const USER: &str = "0196a0a2-0000-7000-8000-00000000000b";
const WORKSPACE: &str = "0196a0a2-0000-7000-8000-00000000000a";

fn fast_wait() -> WaitOptions {
    WaitOptions::new()
        .poll_interval(Duration::from_millis(100))
        .max_interval(Duration::from_millis(100))
        .timeout(Duration::from_secs(10))
}

/// The multipart body as multer reads it: (field names, file name, file content type, file).
async fn parse_multipart(content_type: &str, body: bytes::Bytes) -> (Vec<String>, String, String, Vec<u8>) {
    let boundary = multer::parse_boundary(content_type).unwrap();
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(body) });
    let mut mp = multer::Multipart::new(stream, boundary);
    let (mut names, mut name, mut ct, mut data) = (Vec::new(), String::new(), String::new(), Vec::new());
    while let Some(f) = mp.next_field().await.unwrap() {
        names.push(f.name().unwrap().to_owned());
        if f.name() == Some("file") {
            name = f.file_name().unwrap().to_owned();
            ct = f.content_type().unwrap().to_string();
            data = f.bytes().await.unwrap().to_vec();
        }
    }
    (names, name, ct, data)
}

async fn library(client: &Client, name: &str) -> String {
    let create = CreateLibraryRequest::builder().name(name).build();
    client.libraries().create(&create).await.unwrap().into_inner().id
}

fn text(name: &str, body: &str) -> DocumentUpload {
    DocumentUpload::builder()
        .file(FileContent::bytes(name, body.as_bytes().to_vec()))
        .content_type("text/plain")
        .build()
}

#[tokio::test]
async fn libraries_are_created_listed_read_updated_and_deleted() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let create = CreateLibraryRequest::builder()
        .name("handbook")
        .description("HR policies")
        .owner_type(OwnerType::Workspace)
        .build();
    let lib = client.libraries().create(&create).await.unwrap();
    assert_eq!(lib.meta().status().as_u16(), 201);
    assert_matches_spec("Library", &serde_json::to_value(&*lib).unwrap());
    let sent = server.requests()[0].json();
    assert_matches_spec("CreateLibraryRequest", &sent);
    insta::assert_json_snapshot!("libraries_create_request", sent);

    let update = UpdateLibraryRequest::builder().name("handbook v2").build();
    let updated = client.libraries().update(&lib.id, &update).await.unwrap();
    assert_eq!(updated.name, "handbook v2");
    let sent = server.requests().last().unwrap().json();
    assert_eq!(server.requests().last().unwrap().method(), "PATCH");
    assert_matches_spec("UpdateLibraryRequest", &sent);
    insta::assert_json_snapshot!("libraries_update_request", sent);

    let got = client.libraries().get(&lib.id).await.unwrap();
    assert_eq!(
        (got.name.as_str(), got.description.as_deref()),
        ("handbook v2", Some("HR policies"))
    );

    // The deprecated PUT twin: the same body, with PUT.
    let put = UpdateLibraryRequest::builder().name("handbook v3").build();
    #[allow(deprecated)]
    let replaced = client.libraries().replace(&lib.id, &put).await.unwrap();
    assert_eq!(replaced.name, "handbook v3");
    let req = server.requests().last().unwrap().clone();
    assert_eq!(
        (req.method().as_str(), req.path()),
        ("PUT", format!("/v1/libraries/{}", lib.id).as_str())
    );
    assert_matches_spec("UpdateLibraryRequest", &req.json());
    assert_eq!(req.json(), json!({"name": "handbook v3"}));

    for n in 0..4 {
        library(&client, &format!("extra {n}")).await;
    }
    let page = client
        .libraries()
        .list(&LibraryListQuery::builder().page_size(2).build())
        .await
        .unwrap();
    assert_matches_spec("ListLibrariesResponse", &serde_json::to_value(&*page).unwrap());
    assert_eq!((page.data.len(), page.next_page().is_some()), (2, true));
    let before = server.requests().len();
    let all = client
        .libraries()
        .list_all(&LibraryListQuery::builder().page_size(2).build())
        .unwrap()
        .collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 5);
    assert_eq!(server.requests().len() - before, 3, "three cursor pages");
    let found = client
        .libraries()
        .list(&LibraryListQuery::builder().search("HANDBOOK").build())
        .await
        .unwrap();
    assert_eq!(found.data.len(), 1);

    client.libraries().delete(&lib.id).await.unwrap();
    let gone = client.libraries().get(&lib.id).await.unwrap_err();
    assert_eq!(gone.kind(), ErrorKind::NotFound);
}

#[tokio::test]
async fn uploads_are_multipart_with_the_one_file_field() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let lib = library(&client, "docs").await;
    let doc = client
        .libraries()
        .documents(&lib)
        .upload(&text("notes.txt", "The secret word is pelican."))
        .await
        .unwrap();
    assert_eq!(doc.meta().status().as_u16(), 201);
    assert_eq!(doc.process_status, Some(ProcessStatus::Todo));
    assert_matches_spec("Document", &serde_json::to_value(&*doc).unwrap());

    let req = server.requests().last().unwrap().clone();
    assert_eq!(req.path(), format!("/v1/libraries/{lib}/documents"));
    let ct = req.header("content-type").unwrap().to_owned();
    let (names, name, part_ct, data) = parse_multipart(&ct, req.body().clone()).await;
    assert_eq!(names, ["file"]);
    assert_eq!((name.as_str(), part_ct.as_str()), ("notes.txt", "text/plain"));
    assert_eq!(data, b"The secret word is pelican.");
    // The form's field names are the spec's multipart body properties.
    let form: Value = names
        .iter()
        .map(|n| (n.clone(), json!("binary")))
        .collect::<serde_json::Map<_, _>>()
        .into();
    assert_matches_spec("LibraryDocumentUploadMultipart", &form);

    // From disk, streamed, with progress.
    let dir = std::env::temp_dir().join(format!("mistral-libraries-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("report.pdf");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/report.pdf"),
        &path,
    )
    .unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let s = seen.clone();
    let upload = DocumentUpload::builder().file(FileContent::path(&path)).build();
    let pdf = client
        .libraries()
        .documents(&lib)
        .upload_with_progress(&upload, move |p| s.lock().unwrap().push((p.sent, p.total)))
        .await
        .unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    assert_eq!(pdf.size, Some(size));
    assert_eq!(seen.lock().unwrap().last(), Some(&(size, size)));
    let req = server.requests().last().unwrap().clone();
    let (_, name, _, data) = parse_multipart(req.header("content-type").unwrap(), req.body().clone()).await;
    assert_eq!((name.as_str(), data.len() as u64), ("report.pdf", size));
    std::fs::remove_dir_all(&dir).unwrap();

    // Refused before sending: a file that is not there, an empty name.
    let before = server.requests().len();
    let missing = DocumentUpload::builder()
        .file(FileContent::path(dir.join("nope.pdf")))
        .build();
    assert!(client
        .libraries()
        .documents(&lib)
        .upload(&missing)
        .await
        .unwrap_err()
        .is_io());
    let unnamed = DocumentUpload::builder()
        .file(FileContent::bytes("a.txt", &b"x"[..]))
        .filename(" ")
        .build();
    assert!(client
        .libraries()
        .documents(&lib)
        .upload(&unnamed)
        .await
        .unwrap_err()
        .is_invalid_request());
    assert_eq!(server.requests().len(), before);
}

#[tokio::test]
async fn every_document_operation() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let lib = library(&client, "docs").await;
    let docs = client.libraries().documents(&lib);
    let pdf = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/report.pdf")).unwrap();
    let upload = DocumentUpload::builder()
        .file(FileContent::bytes("report.pdf", pdf))
        .content_type("application/pdf")
        .build();
    let doc = docs.upload(&upload).await.unwrap().into_inner();

    let first = docs.status(&doc.id).await.unwrap();
    assert_matches_spec("ProcessingStatus", &serde_json::to_value(&*first).unwrap());
    assert_eq!(first.process_status, Some(ProcessStatus::InProgress));
    assert_eq!(first.document_id, doc.id);
    let done = docs.get(&doc.id).await.unwrap();
    assert_eq!(done.process_status, Some(ProcessStatus::Done));
    assert!(done.number_of_pages.unwrap_or(0) >= 1);
    assert_matches_spec("Document", &serde_json::to_value(&*done).unwrap());

    let whole = docs.text(&doc.id).await.unwrap();
    assert!(!whole.text.is_empty());
    assert_matches_spec("DocumentTextContent", &serde_json::to_value(&*whole).unwrap());
    let first_page = docs.text_pages(&doc.id, Some(0), Some(0)).await.unwrap();
    assert!(whole.text.starts_with(&first_page.text));
    assert_eq!(
        server.requests().last().unwrap().query(),
        Some("page_start=0&page_end=0")
    );

    let url = docs.signed_url(&doc.id).await.unwrap();
    assert!(url.starts_with("https://") && url.contains(&doc.id), "{}", *url);
    let text_url = docs.extracted_text_signed_url(&doc.id).await.unwrap();
    assert!(
        text_url.ends_with("signature=mock") && text_url.contains(".txt"),
        "{}",
        *text_url
    );

    let update = UpdateDocumentRequest::builder()
        .name("Q3 report")
        .attribute("year", json!(2025))
        .attribute("tags", json!(["finance", "q3"]))
        .expires_at("2030-01-01T00:00:00Z")
        .build();
    let renamed = docs.update(&doc.id, &update).await.unwrap();
    assert_eq!(renamed.name, "Q3 report");
    assert_eq!(renamed.attributes.as_ref().unwrap()["year"], 2025);
    let sent = server.requests().last().unwrap().json();
    assert_matches_spec("UpdateDocumentRequest", &sent);
    insta::assert_json_snapshot!("libraries_document_update_request", sent);

    // The deprecated PUT twin: the same body, with PUT.
    let put = UpdateDocumentRequest::builder().name("Q3 report (final)").build();
    #[allow(deprecated)]
    let replaced = docs.replace(&doc.id, &put).await.unwrap();
    assert_eq!(replaced.name, "Q3 report (final)");
    let req = server.requests().last().unwrap().clone();
    assert_eq!(
        (req.method().as_str(), req.path()),
        (
            "PUT",
            format!("/v1/libraries/{lib}/documents/{}", doc.id).as_str()
        )
    );
    assert_matches_spec("UpdateDocumentRequest", &req.json());

    docs.reprocess(&doc.id).await.unwrap();
    assert_eq!(server.requests().last().unwrap().method(), "POST");
    let again = docs.status(&doc.id).await.unwrap();
    assert_eq!(again.process_status, Some(ProcessStatus::InProgress));

    let list = docs.list(&DocumentListQuery::default()).await.unwrap();
    assert_matches_spec("ListDocumentsResponse", &serde_json::to_value(&*list).unwrap());
    assert_eq!(list.pagination.unwrap().total_items, 1);
    docs.delete(&doc.id).await.unwrap();
    assert_eq!(docs.get(&doc.id).await.unwrap_err().kind(), ErrorKind::NotFound);
    let lib_now = client.libraries().get(&lib).await.unwrap();
    assert_eq!(lib_now.nb_documents, Some(0));

    // Refused before sending.
    let before = server.requests().len();
    assert!(docs
        .text_pages(&doc.id, Some(3), Some(1))
        .await
        .unwrap_err()
        .is_invalid_request());
    assert!(docs
        .update(
            &doc.id,
            &UpdateDocumentRequest::builder()
                .attribute("bad", json!({"a": 1}))
                .build()
        )
        .await
        .unwrap_err()
        .is_invalid_request());
    assert!(docs
        .list(&DocumentListQuery::builder().page_size(0).build())
        .await
        .unwrap_err()
        .is_invalid_request());
    assert!(docs.get("..").await.unwrap_err().is_invalid_request());
    assert_eq!(server.requests().len(), before);
}

#[tokio::test]
async fn sharing_is_listed_granted_and_revoked() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let lib = library(&client, "shared").await;
    let libs = client.libraries();
    let access = libs
        .grant_access(&lib, &AccessGrant::workspace(WORKSPACE, AccessLevel::Viewer))
        .await
        .unwrap();
    assert_eq!(access.role, Some(AccessLevel::Viewer));
    assert_matches_spec("Sharing", &serde_json::to_value(&*access).unwrap());
    let sent = server.requests().last().unwrap().json();
    assert_matches_spec("SharingRequest", &sent);
    insta::assert_json_snapshot!("libraries_grant_request", sent);
    libs.grant_access(&lib, &AccessGrant::user(USER, AccessLevel::Editor))
        .await
        .unwrap();

    let list = libs.accesses(&lib).await.unwrap();
    assert_matches_spec("ListSharingResponse", &serde_json::to_value(&*list).unwrap());
    assert_eq!(list.data.len(), 2);

    libs.revoke_access(&lib, &AccessRevoke::new(USER, EntityType::User))
        .await
        .unwrap();
    let req = server.requests().last().unwrap().clone();
    assert_eq!(req.method(), "DELETE");
    // The spec's `SharingDelete` lists a `level` as required but has no such property (the
    // official SDKs send none): checked without that one entry.
    let mut doc: Value =
        serde_json::from_str(include_str!("../crates/mistral-types/spec/api-schemas.json")).unwrap();
    let schema = &mut doc["components"]["schemas"]["SharingDelete"];
    assert!(schema["properties"].get("level").is_none());
    schema["required"] = json!(["share_with_uuid", "share_with_type"]);
    doc["$ref"] = json!("#/components/schemas/SharingDelete");
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&doc)
        .unwrap();
    assert!(validator.is_valid(&req.json()), "{}", req.json());
    insta::assert_json_snapshot!("libraries_revoke_request", req.json());
    assert_eq!(libs.accesses(&lib).await.unwrap().data.len(), 1);

    let before = server.requests().len();
    let bad = AccessGrant::user("not-a-uuid", AccessLevel::Viewer);
    assert!(libs
        .grant_access(&lib, &bad)
        .await
        .unwrap_err()
        .is_invalid_request());
    assert_eq!(server.requests().len(), before);
}

#[tokio::test]
async fn the_wait_reaches_done_with_progress() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let lib = library(&client, "docs").await;
    let mut seen = Vec::new();
    let doc = client
        .libraries()
        .documents(&lib)
        .upload_and_wait(&text("a.txt", "hello"), &fast_wait(), |s| {
            seen.push(s.process_status.clone())
        })
        .await
        .unwrap();
    assert_eq!(doc.process_status, Some(ProcessStatus::Done));
    assert_eq!(seen, [Some(ProcessStatus::InProgress), Some(ProcessStatus::Done)]);
}

#[tokio::test]
async fn the_wait_fails_clearly_on_error_and_missing_content() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let lib = library(&client, "docs").await;
    let docs = client.libraries().documents(&lib);
    let binary = DocumentUpload::builder()
        .file(FileContent::bytes("blob.bin", vec![0xff, 0xfe, 0x00, 0x01]))
        .build();
    let e = docs
        .upload_and_wait(&binary, &fast_wait(), |_| {})
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ProcessingFailed);
    assert_eq!(e.process_status(), Some("error"));
    let id = e.file_id().unwrap().to_owned();
    assert!(e.to_string().contains(&id), "{e}");
    // The document stays: its status says the same.
    assert_eq!(
        docs.status(&id).await.unwrap().process_status,
        Some(ProcessStatus::Error)
    );

    let empty = docs.upload(&text("empty.txt", "")).await.unwrap();
    let e = docs
        .wait_processed(&empty.id, &fast_wait(), |_| {})
        .await
        .unwrap_err();
    assert_eq!(
        (e.kind(), e.process_status()),
        (ErrorKind::ProcessingFailed, Some("missing_content"))
    );
}

#[tokio::test]
async fn the_wait_ends_at_its_deadline_on_a_status_that_never_moves() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let lib = library(&client, "docs").await;
    let docs = client.libraries().documents(&lib);
    let doc = docs.upload(&text("stuck.txt", "never done")).await.unwrap();
    let started = std::time::Instant::now();
    let mut polls = 0;
    let options = WaitOptions::new()
        .poll_interval(Duration::from_millis(100))
        .timeout(Duration::from_millis(700));
    let e = docs
        .wait_processed(&doc.id, &options, |_| polls += 1)
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert_eq!(e.timeout_phase(), Some(TimeoutPhase::Wait));
    assert!(
        took >= Duration::from_millis(650) && took < Duration::from_secs(3),
        "{took:?}"
    );
    assert!(polls >= 2, "{polls}");

    // A server that stops answering: the deadline still holds (the poll under way is cut).
    server.push(Reply::never());
    let started = std::time::Instant::now();
    let e = docs.wait_processed(&doc.id, &options, |_| {}).await.unwrap_err();
    assert_eq!(e.timeout_phase(), Some(TimeoutPhase::Wait));
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn the_documents_paginator_reads_every_page() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let lib = library(&client, "docs").await;
    let docs = client.libraries().documents(&lib);
    let q = DocumentListQuery::builder().page_size(2).build();

    // Empty: one request, nothing.
    let before = server.requests().len();
    assert!(docs.list_all(&q).unwrap().collect().await.unwrap().is_empty());
    assert_eq!(server.requests().len() - before, 1);

    // One page.
    docs.upload(&text("d0.txt", "zero")).await.unwrap();
    let before = server.requests().len();
    assert_eq!(docs.list_all(&q).unwrap().collect().await.unwrap().len(), 1);
    assert_eq!(server.requests().len() - before, 1);

    // Many pages: has_more ends the listing without an empty page.
    for n in 1..5 {
        docs.upload(&text(&format!("d{n}.txt"), "text")).await.unwrap();
    }
    let before = server.requests().len();
    let all = docs.list_all(&q).unwrap().collect().await.unwrap();
    let names: Vec<&str> = all.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["d4.txt", "d3.txt", "d2.txt", "d1.txt", "d0.txt"]);
    let asked: Vec<String> = server.requests()[before..]
        .iter()
        .map(|r| r.query().unwrap_or("").to_owned())
        .collect();
    assert_eq!(
        asked,
        ["page_size=2&page=0", "page_size=2&page=1", "page_size=2&page=2"]
    );

    // A page failing once is retried on its own.
    let before = server.requests().len();
    let mut pages = docs.list_all(&q).unwrap().by_page();
    let first = pages.next().await.unwrap().unwrap();
    assert_eq!(first.items.len(), 2);
    server.push(Reply::error(503, "busy").retry_after(0));
    let second = pages.next().await.unwrap().unwrap();
    assert_eq!(second.items.len(), 2);
    assert_eq!(pages.next().await.unwrap().unwrap().items.len(), 1);
    assert!(pages.next().await.is_none());
    assert_eq!(server.requests().len() - before, 4, "three pages, one retried");

    // Refused before sending.
    assert!(docs
        .list_all(&DocumentListQuery::builder().page_size(101).build())
        .unwrap_err()
        .is_invalid_request());
}

#[tokio::test]
#[allow(deprecated)] // the API's deprecated parameters are sent as they are
async fn every_list_parameter_of_the_spec_reaches_the_server() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let lib = library(&client, "docs").await;

    let q = LibraryListQuery::builder()
        .page_size(5)
        .search("doc s")
        .page_token("offset-0")
        .page(2)
        .filter_owned_by_me(true)
        .build();
    client.libraries().list(&q).await.unwrap();
    assert_eq!(
        server.requests().last().unwrap().query(),
        Some("page_size=5&search=doc%20s&page_token=offset-0&page=2&filter_owned_by_me=true")
    );
    // `list_all` follows the cursors: the deprecated offset page is left out, the filters kept.
    let before = server.requests().len();
    let q = LibraryListQuery::builder()
        .page(3)
        .filter_owned_by_me(false)
        .build();
    let all = client.libraries().list_all(&q).unwrap().collect().await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(
        server.requests()[before].query(),
        Some("filter_owned_by_me=false")
    );

    let q = DocumentListQuery::builder()
        .search("q3")
        .page_size(10)
        .page(1)
        .sort_by("name")
        .sort_order(mistral::libraries::SortOrder::Asc)
        .filters_attributes(r#"{"year":2025}"#)
        .build();
    client.libraries().documents(&lib).list(&q).await.unwrap();
    assert_eq!(
        server.requests().last().unwrap().query(),
        Some("search=q3&page_size=10&page=1&sort_by=name&sort_order=asc&filters_attributes=%7B%22year%22:2025%7D")
    );
    // The paginator keeps every filter on every page.
    let before = server.requests().len();
    let q = DocumentListQuery::builder().filters_attributes("x").build();
    client
        .libraries()
        .documents(&lib)
        .list_all(&q)
        .unwrap()
        .collect()
        .await
        .unwrap();
    assert_eq!(
        server.requests()[before].query(),
        Some("page=0&filters_attributes=x")
    );
}

#[cfg(feature = "blocking")]
#[test]
fn the_blocking_twins_upload_wait_and_list() {
    // The mock serves from a runtime of its own; the blocking client runs on its own too.
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(MockServer::start()).unwrap();
    let client = mistral::blocking::Client::new(fast_client(&server.url(), |b| b)).unwrap();
    let lib = client
        .libraries()
        .create(&CreateLibraryRequest::builder().name("blocking").build())
        .unwrap();
    let docs = client.libraries().documents(&lib.id);
    let mut statuses = 0;
    let doc = docs
        .upload_and_wait(&text("b.txt", "blocking text"), &fast_wait(), |_| statuses += 1)
        .unwrap();
    assert_eq!((doc.process_status, statuses), (Some(ProcessStatus::Done), 2));
    assert_eq!(docs.text(&doc.id).unwrap().text, "blocking text");
    let all = docs
        .list_all(&DocumentListQuery::default())
        .unwrap()
        .collect()
        .unwrap();
    assert_eq!(all.len(), 1);
    let libs = client
        .libraries()
        .list_all(&LibraryListQuery::default())
        .unwrap()
        .collect()
        .unwrap();
    assert_eq!(libs.len(), 1);
    #[allow(deprecated)]
    let renamed = client
        .libraries()
        .replace(&lib.id, &UpdateLibraryRequest::builder().name("put").build())
        .unwrap();
    assert_eq!(renamed.name, "put");
    #[allow(deprecated)]
    let doc = docs
        .replace(&doc.id, &UpdateDocumentRequest::builder().name("put.txt").build())
        .unwrap();
    assert_eq!(doc.name, "put.txt");
}
