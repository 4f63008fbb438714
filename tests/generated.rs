//! Generated handles (`cargo xtask codegen`) over loopback: the request each sends (method,
//! path, escaped segments, query) and the lenient decoding of its answer; invalid parameters
//! refused before anything is sent.
#![cfg(any(feature = "users", feature = "workflows"))]

mod support;

#[cfg(feature = "users")]
use mistral::users::{ListOrganizationsResponse, UsersListOrganizationsQuery};
use serde_json::json;
use support::hostile::{self, Hostile};

#[cfg(feature = "users")]
#[tokio::test]
async fn a_generated_list_sends_its_query_and_decodes_leniently() {
    // One organization lacks its required `name`; the page has a key the spec does not know.
    let server = Hostile::replying(hostile::json(
        200,
        &json!({"organizations": [{"id": "org_1", "name": "Acme"}, {"id": "org_2"}], "next": 2}),
    ))
    .await;
    let client = support::fast_client(&server.url(), |b| b);
    let query = UsersListOrganizationsQuery::builder().limit(5).offset(10).build();
    let page: ListOrganizationsResponse = client
        .users()
        .list_organizations(&query)
        .await
        .unwrap()
        .into_inner();
    let sent = server.requests();
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0].line(),
        "GET /v1/users/me/organizations?offset=10&limit=5 HTTP/1.1"
    );
    assert_eq!(page.organizations.len(), 2);
    assert_eq!(page.organizations[0].id, "org_1");
    assert_eq!(page.organizations[1].id, "org_2");
    assert_eq!(page.extra["next"], json!(2));
}

#[cfg(feature = "users")]
#[tokio::test]
async fn out_of_range_parameters_are_refused_before_sending() {
    let server = Hostile::replying(hostile::json(200, &json!({"organizations": []}))).await;
    let client = support::fast_client(&server.url(), |b| b);
    // `limit` is 1 to 100 in the spec.
    let query = UsersListOrganizationsQuery::builder().limit(0).build();
    let err = client.users().list_organizations(&query).await.unwrap_err();
    assert!(err.to_string().contains("limit"), "{err}");
    assert!(server.requests().is_empty());
}

#[cfg(feature = "users")]
#[tokio::test]
async fn an_error_status_is_an_api_error() {
    let server = Hostile::replying(hostile::json(404, &json!({"detail": "no such user"}))).await;
    let client = support::fast_client(&server.url(), |b| b);
    let err = client.users().get_identity().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404), "{err}");
    assert_eq!(server.requests()[0].line(), "GET /v1/users/me HTTP/1.1");
}

/// An SSE answer as the hostile server sends it: `frames` each a chunk, then the last chunk.
#[cfg(feature = "workflows")]
fn sse_body(frames: &[&str]) -> Vec<u8> {
    let mut raw = hostile::sse_head();
    for f in frames {
        raw.extend_from_slice(&hostile::chunk(f.as_bytes()));
    }
    raw.extend_from_slice(hostile::LAST_CHUNK);
    raw
}

#[cfg(feature = "workflows")]
#[tokio::test]
async fn a_generated_event_stream_reads_known_unknown_and_cut_events() {
    use mistral::workflows::{
        WorkflowsDeploymentsStreamDeploymentLogsEvent as Event,
        WorkflowsDeploymentsStreamDeploymentLogsEventData as Data,
        WorkflowsDeploymentsStreamDeploymentLogsQuery,
    };
    let record = json!({"timestamp": "2026-01-01T00:00:00Z", "trace_id": "t", "span_id": "s",
        "severity_text": "INFO", "body": "started", "log_attributes": {"worker": "w1"}});
    let server = Hostile::replying(sse_body(&[
        &format!("event: log\nid: 1\ndata: {record}\n\n"),
        // A name the spec does not list: kept with its data.
        "event: heartbeat\ndata: {\"n\": 1}\n\n",
        // Data that is not JSON: kept as a string.
        "event: log\ndata: not json\n\n",
        // The body ends in the middle of an event.
        "event: log\ndata: {\"body\": \"cut",
    ]))
    .await;
    let client = support::fast_client(&server.url(), |b| b);
    let query = WorkflowsDeploymentsStreamDeploymentLogsQuery::builder()
        .worker_name("w1")
        .build();
    let mut stream = client
        .workflows()
        .deployments()
        .stream_deployment_logs("my dep", &query)
        .await
        .unwrap();
    let sent = server.requests();
    assert_eq!(
        sent[0].line(),
        "GET /v1/workflows/deployments/my%20dep/logs/stream?worker_name=w1 HTTP/1.1"
    );
    assert_eq!(sent[0].header("accept"), Some("text/event-stream"));

    let first = stream.next().await.unwrap().unwrap();
    assert_eq!(first.name(), Some("log"));
    match first.data() {
        Some(Data::DeploymentLogRecord(r)) => {
            assert_eq!(r.body, "started");
            assert_eq!(r.log_attributes["worker"], "w1");
        }
        other => panic!("{other:?}"),
    }
    match stream.next().await.unwrap().unwrap() {
        Event::Unknown { name, data } => {
            assert_eq!(name.as_deref(), Some("heartbeat"));
            assert_eq!(data, json!({"n": 1}));
        }
        other => panic!("{other:?}"),
    }
    match stream.next().await.unwrap().unwrap() {
        Event::Unknown { name, data } => {
            assert_eq!(name.as_deref(), Some("log"));
            assert_eq!(data, json!("not json"));
        }
        other => panic!("{other:?}"),
    }
    let err = stream.next().await.unwrap().unwrap_err();
    assert!(err.is_truncated(), "{err}");
    assert!(stream.next().await.is_none());
}

#[cfg(feature = "workflows")]
#[tokio::test]
async fn a_cut_stream_resumes_from_its_last_event_id() {
    use mistral::workflows::WorkflowsDeploymentsStreamDeploymentLogsQuery as Query;
    let record = json!({"timestamp": "2026-01-01T00:00:00Z", "trace_id": "t", "span_id": "s",
        "severity_text": "INFO", "body": "line", "log_attributes": {}});
    let server = Hostile::replying(sse_body(&[
        &format!("event: log\nid: 1\ndata: {record}\n\n"),
        // No `id:` line: the last id holds (WHATWG).
        &format!("event: log\ndata: {record}\n\n"),
        &format!("event: log\nid: c-3\ndata: {record}\n\n"),
        // An empty id resets it; the next one sets it again.
        &format!("event: log\nid:\ndata: {record}\n\n"),
        &format!("event: log\nid: c-5\ndata: {record}\n\n"),
        // An `id:`-only block moves it on, as in `EventSource`.
        "id: c-6\n\n",
        // Cut inside an event whose id never counts.
        "event: log\nid: 7\ndata: {\"body\": \"cu",
    ]))
    .await;
    let client = support::fast_client(&server.url(), |b| b);
    let deployments = client.workflows().deployments();
    let mut stream = deployments
        .stream_deployment_logs("d", &Query::default())
        .await
        .unwrap();
    assert_eq!(stream.last_event_id(), None);
    let mut ids = Vec::new();
    let err = loop {
        match stream.next().await.unwrap() {
            Ok(_) => ids.push(stream.last_event_id().map(str::to_owned)),
            Err(e) => break e,
        }
    };
    assert!(err.is_truncated(), "{err}");
    assert_eq!(
        ids,
        [Some("1"), Some("1"), Some("c-3"), None, Some("c-5")].map(|id| id.map(str::to_owned))
    );
    assert_eq!(stream.last_event_id(), Some("c-6"));

    // Opened again from there: the id goes back as the spec's cursor.
    let query = Query::builder()
        .maybe_last_event_id(stream.last_event_id())
        .build();
    let _again = deployments.stream_deployment_logs("d", &query).await.unwrap();
    assert_eq!(
        server.requests()[1].line(),
        "GET /v1/workflows/deployments/d/logs/stream?last_event_id=c-6 HTTP/1.1"
    );
    // Or as the spec's header parameter, through the per-call header (the doc names it).
    let _again = client
        .workflows()
        .deployments()
        .header("Last-Event-ID", stream.last_event_id().unwrap())
        .stream_deployment_logs("d", &Query::default())
        .await
        .unwrap();
    assert_eq!(server.requests()[2].header("last-event-id"), Some("c-6"));
}

#[cfg(feature = "workflows")]
#[tokio::test]
async fn a_generated_event_stream_ends_on_an_error_event() {
    use mistral::workflows::WorkflowsExecutionsStreamQuery;
    let payload = json!({"stream": "s", "broker_sequence": 7, "workflow_context": {},
        "data": {"event_type": "WORKFLOW_EXECUTION_STARTED"}});
    let server = Hostile::replying(sse_body(&[
        &format!("data: {payload}\n\n"),
        "event: error\ndata: {\"error\": \"backend gone\", \"reason\": \"unavailable\"}\n\n",
        &format!("data: {payload}\n\n"),
    ]))
    .await;
    let client = support::fast_client(&server.url(), |b| b);
    let mut stream = client
        .workflows()
        .executions()
        .stream("exec/1", &WorkflowsExecutionsStreamQuery::default())
        .await
        .unwrap();
    assert_eq!(
        server.requests()[0].line(),
        "GET /v1/workflows/executions/exec%2F1/stream HTTP/1.1"
    );
    let first = stream.next().await.unwrap().unwrap();
    assert_eq!(first.name(), None);
    assert!(first.data().is_some(), "{first:?}");
    let err = stream.next().await.unwrap().unwrap_err();
    assert!(err.to_string().contains("backend gone"), "{err}");
    assert!(stream.next().await.is_none());
}

#[cfg(feature = "workflows")]
#[tokio::test]
async fn spec_patterns_are_checked_before_sending() {
    use mistral::workflows::{
        WorkflowsExecutionsStreamWorkflowExecutionLogsQuery as Query, WorkflowsRunsListRunsQuery,
    };
    let server = Hostile::replying(sse_body(&["event: log\ndata: {}\n\n"])).await;
    let client = support::fast_client(&server.url(), |b| b);
    let executions = client.workflows().executions();
    // `activity_id` is `^\d+$` in the spec (ASCII digits, as ECMA-262 reads `\d`).
    for bad in ["abc", "12a", "١٢"] {
        let query = Query::builder().activity_id(bad).build();
        let err = executions
            .stream_workflow_execution_logs("e1", &query)
            .await
            .unwrap_err();
        assert!(err.is_invalid_request(), "{err}");
        assert!(err.to_string().contains("activity_id"), "{err}");
        assert!(err.to_string().contains("pattern"), "{err}");
    }
    assert!(server.requests().is_empty());
    // A list parameter's items: `search_key` items are `^[^:]+:.+$`; every bad item is named.
    let query = WorkflowsRunsListRunsQuery::builder()
        .search_key(vec!["a:b".to_owned(), "nocolon".to_owned(), ":x".to_owned()])
        .build();
    let err = query.validate().unwrap_err().to_string();
    assert!(
        err.contains("search_key[1]") && err.contains("search_key[2]"),
        "{err}"
    );
    assert!(!err.contains("search_key[0]"), "{err}");
    // A matching value is sent.
    let query = Query::builder().activity_id("42").build();
    let mut stream = executions
        .stream_workflow_execution_logs("e1", &query)
        .await
        .unwrap();
    assert_eq!(
        server.requests()[0].line(),
        "GET /v1/workflows/executions/e1/logs/stream?activity_id=42 HTTP/1.1"
    );
    assert!(stream.next().await.unwrap().is_ok());
}

/// A server answering each request with `answer(request line)`.
#[cfg(any(feature = "users", feature = "workflows", feature = "observability"))]
async fn answering(answer: impl Fn(&str) -> serde_json::Value + Send + Sync + 'static) -> Hostile {
    Hostile::start(move |_, req| vec![hostile::Step::Write(hostile::json(200, &answer(req.line())))]).await
}

#[cfg(feature = "workflows")]
#[tokio::test]
async fn a_generated_cursor_listing_follows_next_cursor_lazily() {
    use mistral::workflows::WorkflowsGetWorkflowsQuery;
    let server = answering(|line| {
        if line.contains("cursor=c2&") {
            json!({"workflows": [{"id": "w3"}], "next_cursor": null})
        } else {
            json!({"workflows": [{"id": "w1"}, {"id": "w2"}], "next_cursor": "c2"})
        }
    })
    .await;
    let client = support::fast_client(&server.url(), |b| b);
    let query = WorkflowsGetWorkflowsQuery::builder().limit(2).build();
    let listing = client.workflows().get_workflows_all(&query).unwrap();
    // Lazy: nothing sent until read.
    tokio::task::yield_now().await;
    assert!(server.requests().is_empty());
    let ids: Vec<String> = listing
        .collect()
        .await
        .unwrap()
        .into_iter()
        .map(|w| w.id)
        .collect();
    assert_eq!(ids, ["w1", "w2", "w3"]);
    let lines: Vec<String> = server.requests().iter().map(|r| r.line().to_owned()).collect();
    assert_eq!(
        lines,
        [
            "GET /v1/workflows?limit=2 HTTP/1.1",
            "GET /v1/workflows?cursor=c2&limit=2 HTTP/1.1"
        ]
    );
}

#[cfg(feature = "users")]
#[tokio::test]
async fn a_generated_offset_listing_moves_by_the_items_read() {
    let server = answering(|line| {
        if line.contains("offset=0&") {
            json!({"organizations": [{"id": "o1", "name": "A"}, {"id": "o2", "name": "B"}]})
        } else if line.contains("offset=2&") {
            json!({"organizations": [{"id": "o3", "name": "C"}]})
        } else {
            json!({"organizations": []})
        }
    })
    .await;
    let client = support::fast_client(&server.url(), |b| b);
    let query = UsersListOrganizationsQuery::builder().limit(2).build();
    let mut pages = client.users().list_organizations_all(&query).unwrap().by_page();
    let first = pages.next().await.unwrap().unwrap();
    assert_eq!(first.items.len(), 2);
    assert_eq!(server.requests().len(), 1);
    let second = pages.next().await.unwrap().unwrap();
    assert_eq!(second.items[0].id, "o3");
    assert!(pages.next().await.is_none());
    let lines: Vec<String> = server.requests().iter().map(|r| r.line().to_owned()).collect();
    assert_eq!(
        lines,
        [
            "GET /v1/users/me/organizations?offset=0&limit=2 HTTP/1.1",
            "GET /v1/users/me/organizations?offset=2&limit=2 HTTP/1.1",
            "GET /v1/users/me/organizations?offset=3&limit=2 HTTP/1.1",
        ]
    );
    // An invalid query is refused when the listing is made.
    let bad = UsersListOrganizationsQuery::builder().limit(0).build();
    assert!(client.users().list_organizations_all(&bad).is_err());
}

/// The generated calls' blocking twins, from a plain thread: a listing read as an iterator and an
/// event stream as an iterator, over a server on a runtime of its own.
#[cfg(all(feature = "blocking", feature = "workflows"))]
#[test]
fn generated_blocking_twins_list_and_stream() {
    use mistral::workflows::{WorkflowsDeploymentsStreamDeploymentLogsQuery, WorkflowsGetWorkflowsQuery};
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = rt.block_on(Hostile::start(|_, req| {
        let line = req.line().to_owned();
        if line.contains("/logs/stream") {
            vec![hostile::Step::Write(sse_body(&[
                "event: log\ndata: {\"body\": \"one\"}\n\n",
                "event: ping\ndata: {}\n\n",
            ]))]
        } else if line.contains("cursor=c2") {
            vec![hostile::Step::Write(hostile::json(
                200,
                &json!({"workflows": [{"id": "w2"}]}),
            ))]
        } else {
            vec![hostile::Step::Write(hostile::json(
                200,
                &json!({"workflows": [{"id": "w1"}], "next_cursor": "c2"}),
            ))]
        }
    }));
    let client = mistral::blocking::Client::new(support::fast_client(&server.url(), |b| b)).unwrap();
    let workflows = client.workflows();
    let ids: Vec<String> = workflows
        .get_workflows_all(&WorkflowsGetWorkflowsQuery::default())
        .unwrap()
        .by_item()
        .map(|w| w.unwrap().id)
        .collect();
    assert_eq!(ids, ["w1", "w2"]);
    let page = workflows
        .get_workflows(&WorkflowsGetWorkflowsQuery::default())
        .unwrap()
        .into_inner();
    assert_eq!(page.workflows[0].id, "w1");
    let events: Vec<_> = client
        .workflows()
        .deployments()
        .stream_deployment_logs("d1", &WorkflowsDeploymentsStreamDeploymentLogsQuery::default())
        .unwrap()
        .collect();
    // The body ends between events: the stream ends cleanly (it has no end marker).
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0].as_ref().unwrap().name(), Some("log"));
    assert_eq!(events[1].as_ref().unwrap().name(), Some("ping"));
    drop(server);
}

/// Credentials in generated answers never reach `Debug`: a realtime client session's secret,
/// an API key shown once at creation.
#[cfg(all(feature = "realtime", feature = "admin"))]
#[test]
fn generated_secrets_stay_out_of_debug() {
    let session: mistral::realtime::CreateRealtimeSessionResponse = serde_json::from_value(json!({
        "client_secret": {"value": "rt_secret_0123456789", "expires_at": "2026-12-06T00:00:00Z"}
    }))
    .unwrap();
    let shown = format!("{session:?}");
    assert!(!shown.contains("rt_secret_0123456789"), "{shown}");
    assert!(
        shown.contains("2026-12-06T00:00:00Z") && shown.contains("****"),
        "{shown}"
    );
    assert_eq!(session.client_secret.value, "rt_secret_0123456789");

    let key: mistral::admin::ApiKeyOut =
        serde_json::from_value(json!({"key_id": "k1", "name": "ci", "key": "sk-live-0123456789"})).unwrap();
    let shown = format!("{key:?}");
    assert!(
        !shown.contains("sk-live-0123456789") && shown.contains("k1"),
        "{shown}"
    );
}

/// A listing whose pages count from 1 (the spec's `default` for `page`), its items one level
/// down (`{"campaigns": {"count", "results"}}`): pages 1 and 2 read, the count as the total.
#[cfg(feature = "observability")]
#[tokio::test]
async fn a_generated_listing_from_page_one_reads_nested_pages() {
    use mistral::observability::ObservabilityCampaignsGetCampaignsQuery;
    let campaign = |id: &str| json!({"id": id, "name": id});
    let server = answering(move |line| {
        if line.contains("page=2") {
            json!({"campaigns": {"count": 3, "next": null, "results": [campaign("c3")]}})
        } else {
            json!({"campaigns": {"count": 3, "next": "p2", "results": [campaign("c1"), campaign("c2")]}})
        }
    })
    .await;
    let client = support::fast_client(&server.url(), |b| b);
    let query = ObservabilityCampaignsGetCampaignsQuery::builder()
        .page_size(2)
        .build();
    let ids: Vec<String> = client
        .observability()
        .campaigns()
        .get_campaigns_all(&query)
        .unwrap()
        .collect()
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(ids, ["c1", "c2", "c3"]);
    let lines: Vec<String> = server.requests().iter().map(|r| r.line().to_owned()).collect();
    // The count (3) is reached after page 2: no third request.
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].contains("page=1") && lines[1].contains("page=2"),
        "{lines:?}"
    );
}
