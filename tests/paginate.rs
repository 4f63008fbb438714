//! The one paginator, over HTTP on 127.0.0.1: the files and batch listings against the mock
//! server (empty, one page, many pages, a page failing then retried, a page failing for good),
//! and against the raw-TCP hostile server for what no honest server sends (the same page
//! forever, with and without a `total`). The cursor rules are unit tests in `paginate.rs`.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use mistral::batch::{BatchInput, BatchJobQuery};
use mistral::chat::{ChatRequest, Message};
use mistral::files::{FileContent, FileListQuery, FilePurpose, FileUpload};
use mistral::test_util::{MockServer, Reply};
use mistral::{Client, ErrorKind, Paginator};
use serde_json::json;
use support::fast_client;
use support::hostile::{self, Hostile, Step};

async fn upload_files(client: &Client, n: usize) -> Vec<String> {
    let mut ids = Vec::new();
    for i in 0..n {
        let upload = FileUpload::builder()
            .file(FileContent::bytes(format!("f{i}.jsonl"), b"{}\n".to_vec()))
            .purpose(FilePurpose::Batch)
            .build();
        ids.push(client.files().upload(&upload).await.unwrap().into_inner().id);
    }
    ids
}

fn page_size(n: u32) -> FileListQuery {
    FileListQuery::builder().page_size(n).build()
}

/// Every id in the order a single large page lists them.
async fn all_ids(client: &Client) -> Vec<String> {
    let one = client.files().list(&page_size(1000)).await.unwrap();
    one.into_inner().data.into_iter().map(|f| f.id).collect()
}

fn queries(server: &MockServer) -> Vec<String> {
    server
        .requests()
        .iter()
        .filter(|r| r.method() == "GET")
        .map(|r| r.query().unwrap_or("").to_owned())
        .collect()
}

#[tokio::test]
async fn an_empty_list_is_one_call_and_no_page() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let mut pages = client.files().list_all(&FileListQuery::default()).by_page();
    assert!(pages.next().await.is_none());
    assert!(pages.next().await.is_none());
    assert!(client
        .files()
        .list_all(&FileListQuery::default())
        .collect()
        .await
        .unwrap()
        .is_empty());
    assert!(client
        .batch()
        .list_all(&BatchJobQuery::default())
        .by_item()
        .next()
        .await
        .is_none());
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn one_page_stops_at_the_total() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let ids = upload_files(&client, 3).await;
    let before = queries(&server).len();
    let mut pages = client.files().list_all(&page_size(10)).by_page();
    let page = pages.next().await.unwrap().unwrap();
    assert_eq!(page.index, 0);
    assert_eq!(page.total, Some(3));
    assert!(page.meta().status().is_success());
    let mut got: Vec<String> = page.into_iter().map(|f| f.id).collect();
    assert!(pages.next().await.is_none());
    // The `total` was reached: no second call for an empty page.
    assert_eq!(queries(&server)[before..], ["page=0&page_size=10"]);
    got.sort();
    let mut want = ids;
    want.sort();
    assert_eq!(got, want);
}

#[tokio::test]
async fn many_pages_by_page_and_by_item_agree_in_order() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    upload_files(&client, 7).await;
    let want = all_ids(&client).await;
    assert_eq!(want.len(), 7);

    let before = queries(&server).len();
    let mut pages = client.files().list_all(&page_size(3)).by_page();
    let mut by_page = Vec::new();
    let mut sizes = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.unwrap();
        assert_eq!(page.index as usize, sizes.len());
        sizes.push(page.items.len());
        by_page.extend(page.items.into_iter().map(|f| f.id));
    }
    assert_eq!(sizes, [3, 3, 1]);
    assert_eq!(by_page, want);
    assert_eq!(
        queries(&server)[before..],
        ["page=0&page_size=3", "page=1&page_size=3", "page=2&page_size=3"]
    );

    let mut items = client.files().list_all(&page_size(3)).by_item();
    let mut by_item = Vec::new();
    while let Some(f) = items.next().await {
        by_item.push(f.unwrap().id);
    }
    assert_eq!(by_item, want);
    let collected: Vec<String> = client
        .files()
        .list_all(&page_size(2))
        .collect()
        .await
        .unwrap()
        .into_iter()
        .map(|f| f.id)
        .collect();
    assert_eq!(collected, want);

    // From a later page: the rest of the list, the filters kept in every page's query.
    let query = FileListQuery::builder()
        .page(1)
        .page_size(3)
        .purpose(FilePurpose::Batch)
        .build();
    let rest: Vec<String> = client
        .files()
        .list_all(&query)
        .collect()
        .await
        .unwrap()
        .into_iter()
        .map(|f| f.id)
        .collect();
    assert_eq!(rest, want[3..]);
    assert_eq!(
        queries(&server).last().map(String::as_str),
        Some("page=2&page_size=3&purpose=batch")
    );
}

#[tokio::test]
async fn batch_jobs_are_listed_page_by_page() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let mut created = Vec::new();
    for i in 0..5 {
        let mut input = BatchInput::new();
        let request = ChatRequest::builder()
            .model("mistral-small-latest")
            .messages([Message::user(format!("q{i}"))])
            .build();
        input.push("a", &request).unwrap();
        created.push(client.batch().submit(&input).await.unwrap().into_inner().id);
    }
    let query = BatchJobQuery::builder().page_size(2).build();
    let mut pages = client.batch().list_all(&query).by_page();
    let mut sizes = Vec::new();
    let mut ids = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.unwrap();
        assert_eq!(page.total, Some(5));
        sizes.push(page.items.len());
        ids.extend(page.items.into_iter().map(|j| j.id));
    }
    assert_eq!(sizes, [2, 2, 1]);
    ids.sort();
    created.sort();
    assert_eq!(ids, created);
}

#[tokio::test]
async fn a_failing_page_is_retried_on_its_own() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    upload_files(&client, 5).await;
    let want = all_ids(&client).await;
    let before = queries(&server).len();

    let mut items = client.files().list_all(&page_size(2)).by_item();
    let mut got = Vec::new();
    for _ in 0..2 {
        got.push(items.next().await.unwrap().unwrap().id);
    }
    // The second page's first attempt is a 503; its retry succeeds, the listing goes on.
    server.push(Reply::error(503, "overloaded"));
    while let Some(f) = items.next().await {
        got.push(f.unwrap().id);
    }
    assert_eq!(got, want);
    assert_eq!(
        queries(&server)[before..],
        [
            "page=0&page_size=2",
            "page=1&page_size=2",
            "page=1&page_size=2",
            "page=2&page_size=2"
        ]
    );
}

#[tokio::test]
async fn a_page_failing_for_good_is_an_error_then_the_end() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    upload_files(&client, 5).await;
    let before = queries(&server).len();

    let mut pages = client.files().list_all(&page_size(2)).by_page();
    assert_eq!(pages.next().await.unwrap().unwrap().items.len(), 2);
    server.push(Reply::error(401, "no such key"));
    let err = pages.next().await.unwrap().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unauthorized, "{err:?}");
    assert!(pages.next().await.is_none());
    assert!(pages.next().await.is_none());
    // Nothing is fetched after the error.
    assert_eq!(queries(&server).len() - before, 2);

    // `collect` gives the error.
    server.push(Reply::error(401, "no such key"));
    assert!(client.files().list_all(&page_size(2)).collect().await.is_err());
}

/// A keep-alive hostile server answering every request with `page`, counting the requests.
async fn same_page_forever(page: serde_json::Value) -> (Hostile, Arc<AtomicUsize>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let server = Hostile::keep_alive(move |_, _| {
        seen.fetch_add(1, Ordering::SeqCst);
        vec![Step::Write(hostile::json(200, &page))]
    })
    .await;
    (server, calls)
}

fn file(id: &str) -> serde_json::Value {
    json!({"id": id, "object": "file", "bytes": 3, "created_at": 1, "filename": "a.jsonl", "purpose": "batch"})
}

#[tokio::test]
async fn the_same_page_forever_stops_at_the_total() {
    let page = json!({"data": [file("a"), file("b")], "object": "list", "total": 5});
    let (server, calls) = same_page_forever(page).await;
    let client = fast_client(&server.url(), |b| b);
    let items = client.files().list_all(&page_size(2)).collect().await.unwrap();
    // Three pages hold at least the five items the server announced.
    assert_eq!(items.len(), 6);
    assert_eq!(calls.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn the_same_page_forever_without_a_total_stops_at_max_pages() {
    let page = json!({"data": [file("a")], "object": "list"});
    let (server, calls) = same_page_forever(page).await;
    let client = fast_client(&server.url(), |b| b);
    let items = client
        .files()
        .list_all(&FileListQuery::default())
        .max_pages(4)
        .collect()
        .await
        .unwrap();
    assert_eq!(items.len(), 4);
    assert_eq!(calls.load(Ordering::SeqCst), 4);

    // Zero pages: nothing is sent.
    let none = client
        .files()
        .list_all(&FileListQuery::default())
        .max_pages(0)
        .collect()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_eq!(calls.load(Ordering::SeqCst), 4);
}

#[tokio::test]
async fn an_empty_page_ends_a_list_without_a_total() {
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let server = Hostile::keep_alive(move |_, req| {
        seen.fetch_add(1, Ordering::SeqCst);
        let data = if req.line().contains("page=0") {
            json!([file("a"), file("b")])
        } else {
            json!([])
        };
        vec![Step::Write(hostile::json(
            200,
            &json!({"data": data, "object": "list"}),
        ))]
    })
    .await;
    let client = fast_client(&server.url(), |b| b);
    let mut pages = client.files().list_all(&page_size(2)).by_page();
    assert_eq!(pages.next().await.unwrap().unwrap().items.len(), 2);
    assert!(pages.next().await.is_none());
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_503_then_the_page_over_raw_tcp() {
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let server = Hostile::keep_alive(move |_, _| {
        let n = seen.fetch_add(1, Ordering::SeqCst);
        let body = match n {
            0 => {
                return vec![
                    Step::Write(hostile::json(503, &json!({"message": "busy"}))),
                    Step::Close,
                ]
            }
            1 => json!({"data": [file("a")], "object": "list", "total": 1}),
            _ => json!({"data": [], "object": "list"}),
        };
        vec![Step::Write(hostile::json(200, &body))]
    })
    .await;
    let client = fast_client(&server.url(), |b| b);
    let items = client
        .files()
        .list_all(&FileListQuery::default())
        .collect()
        .await
        .unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].id, "a");
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn the_listing_is_send_and_can_be_spawned() {
    fn send<T: Send + 'static>(_: &T) {}
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    upload_files(&client, 3).await;
    let want = all_ids(&client).await;

    let paginator: Paginator<_> = client.files().list_all(&page_size(2));
    send(&paginator);
    let items = paginator.by_item();
    send(&items);
    let pages = client.batch().list_all(&BatchJobQuery::default()).by_page();
    send(&pages);
    let task = tokio::spawn(async move {
        let mut items = items;
        let mut ids = Vec::new();
        while let Some(f) = items.next().await {
            ids.push(f?.id);
        }
        Ok::<_, mistral::Error>(ids)
    });
    // The client that made it may go: the listing owns what it needs.
    drop(client);
    assert_eq!(task.await.unwrap().unwrap(), want);
    let collect = tokio::spawn(
        fast_client(&server.url(), |b| b)
            .files()
            .list_all(&page_size(1))
            .collect(),
    );
    assert_eq!(collect.await.unwrap().unwrap().len(), 3);
}

#[cfg(feature = "blocking")]
#[test]
fn blocking_listings_are_iterators() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = rt.block_on(MockServer::start()).unwrap();
    let async_client = fast_client(&server.url(), |b| b);
    rt.block_on(upload_files(&async_client, 5));
    let want = rt.block_on(all_ids(&async_client));
    let client = mistral::blocking::Client::new(async_client).unwrap();

    let ids: Vec<String> = client
        .files()
        .list_all(&page_size(2))
        .by_item()
        .map(|f| f.unwrap().id)
        .collect();
    assert_eq!(ids, want);
    let sizes: Vec<usize> = client
        .files()
        .list_all(&page_size(2))
        .by_page()
        .map(|p| p.unwrap().items.len())
        .collect();
    assert_eq!(sizes, [2, 2, 1]);
    assert_eq!(
        client
            .files()
            .list_all(&page_size(2))
            .max_pages(1)
            .collect()
            .unwrap()
            .len(),
        2
    );
    assert!(client
        .batch()
        .list_all(&BatchJobQuery::default())
        .collect()
        .unwrap()
        .is_empty());
}
