//! The agents handle's CRUD calls over HTTP: against the mock server (create, get, update,
//! versions, set_version, aliases, delete; the cursor-paged list, page by page and item by
//! item), validation before sending, and against the raw-TCP hostile server (a create not
//! sent again after a reset).

mod support;

use std::time::Duration;

use mistral::agents::{
    AgentCreationRequest, AgentListQuery, AgentUpdateRequest, AgentVersion, AgentVersionsQuery,
    AliasAssignment,
};
use mistral::test_util::MockServer;
use mistral::Client;
use support::fast_client;
use support::hostile::{Hostile, Step};

async fn mock() -> (MockServer, Client) {
    let s = MockServer::start().await.unwrap();
    let c = fast_client(&s.url(), |b| b);
    (s, c)
}

/// Bounds a test that talks to a hostile server: a hang is a failure, not a stuck suite.
async fn within<F: std::future::Future>(f: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(10), f)
        .await
        .expect("the call hung")
}

fn status(e: &mistral::Error) -> Option<u16> {
    e.status().map(|s| s.as_u16())
}

fn creation(name: &str) -> AgentCreationRequest {
    AgentCreationRequest::builder()
        .model("mistral-medium-latest")
        .name(name)
        .instructions("Answer from the library.")
        .version_message("first")
        .build()
}

#[tokio::test]
async fn create_get_update_versions_aliases_delete_round_trip() {
    let (s, c) = mock().await;
    let agents = c.agents();

    let agent = agents.create(&creation("librarian")).await.unwrap();
    assert!(agent.id.starts_with("ag_"), "{}", agent.id);
    assert_eq!((agent.name.as_str(), agent.version), ("librarian", Some(0)));
    assert_eq!(agent.versions, [0]);
    assert_eq!(agent.instructions.as_deref(), Some("Answer from the library."));
    assert!(agent.created_at.is_some());
    let got = agents.get(&agent.id).await.unwrap();
    assert_eq!(got.into_inner(), agent.clone().into_inner());

    // Each update is a new version, made the current one.
    let update = AgentUpdateRequest::builder()
        .instructions("Be brief.")
        .version_message("tighter")
        .build();
    let v1 = agents.update(&agent.id, &update).await.unwrap();
    assert_eq!((v1.version, v1.versions.as_slice()), (Some(1), &[0, 1][..]));
    assert_eq!(v1.instructions.as_deref(), Some("Be brief."));
    assert_eq!(v1.name, "librarian", "unset fields are kept");
    let cleared = AgentUpdateRequest::builder().clear_instructions().build();
    let v2 = agents.update(&agent.id, &cleared).await.unwrap();
    assert_eq!((v2.version, v2.instructions.as_deref()), (Some(2), None));

    let versions = agents
        .versions(&agent.id, &AgentVersionsQuery::default())
        .await
        .unwrap();
    let numbers: Vec<_> = versions.iter().map(|a| a.version).collect();
    assert_eq!(numbers, [Some(2), Some(1), Some(0)]);
    let two = agents
        .versions(
            &agent.id,
            &AgentVersionsQuery {
                page: Some(1),
                page_size: Some(2),
            },
        )
        .await
        .unwrap();
    assert_eq!(two.iter().map(|a| a.version).collect::<Vec<_>>(), [Some(0)]);
    let old = agents.version(&agent.id, 1).await.unwrap();
    assert_eq!(old.instructions.as_deref(), Some("Be brief."));
    let pinned = agents.get_version(&agent.id, 0).await.unwrap();
    assert_eq!(pinned.instructions.as_deref(), Some("Answer from the library."));

    // Back to version 1 as the current one.
    let current = agents.set_version(&agent.id, 1).await.unwrap();
    assert_eq!(current.version, Some(1));
    assert_eq!(agents.get(&agent.id).await.unwrap().version, Some(1));
    assert_eq!(
        status(&agents.set_version(&agent.id, 9).await.unwrap_err()),
        Some(404)
    );

    // Aliases: created, moved, read through, listed, deleted.
    let alias = agents
        .set_alias(&agent.id, &AliasAssignment::new("production", 0))
        .await
        .unwrap();
    assert_eq!((alias.alias.as_str(), alias.version), ("production", Some(0)));
    let moved = agents
        .set_alias(&agent.id, &AliasAssignment::new("production", 2))
        .await
        .unwrap();
    assert_eq!(moved.version, Some(2));
    assert_eq!(moved.agent_version(), AgentVersion::Alias("production".into()));
    agents
        .set_alias(&agent.id, &AliasAssignment::new("canary-1", 1))
        .await
        .unwrap();
    let by_alias = agents.get_version(&agent.id, "production").await.unwrap();
    assert_eq!(by_alias.version, Some(2));
    assert_eq!(
        agents.version(&agent.id, "canary-1").await.unwrap().version,
        Some(1)
    );
    let mut names: Vec<_> = agents
        .aliases(&agent.id)
        .await
        .unwrap()
        .into_inner()
        .into_iter()
        .map(|a| (a.alias, a.version))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            ("canary-1".to_owned(), Some(1)),
            ("production".to_owned(), Some(2))
        ]
    );
    let deleted = agents.delete_alias(&agent.id, "canary-1").await.unwrap();
    assert_eq!(deleted.meta().status().as_u16(), 204);
    assert_eq!(agents.aliases(&agent.id).await.unwrap().len(), 1);
    assert_eq!(
        status(&agents.delete_alias(&agent.id, "canary-1").await.unwrap_err()),
        Some(404)
    );

    // The requests went where the spec says.
    let lines: Vec<String> = s
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method(), r.uri()))
        .collect();
    for expected in [
        "POST /v1/agents".to_owned(),
        format!("PATCH /v1/agents/{}", agent.id),
        format!("GET /v1/agents/{}?agent_version=0", agent.id),
        format!("GET /v1/agents/{}?agent_version=production", agent.id),
        format!("GET /v1/agents/{}/versions/1", agent.id),
        format!("GET /v1/agents/{}/versions?page=1&page_size=2", agent.id),
        format!("PATCH /v1/agents/{}/version?version=1", agent.id),
        format!("PUT /v1/agents/{}/aliases?alias=production&version=0", agent.id),
        format!("DELETE /v1/agents/{}/aliases?alias=canary-1", agent.id),
    ] {
        assert!(lines.contains(&expected), "{expected} not in {lines:#?}");
    }

    // Delete: 204, then the agent is gone.
    let gone = agents.delete(&agent.id).await.unwrap();
    assert_eq!(gone.meta().status().as_u16(), 204);
    for e in [
        agents.get(&agent.id).await.unwrap_err(),
        agents.delete(&agent.id).await.unwrap_err(),
        agents.update(&agent.id, &update).await.unwrap_err(),
    ] {
        assert_eq!(status(&e), Some(404), "{e:?}");
    }
}

#[tokio::test]
async fn list_all_follows_the_cursor_pages_by_item_and_by_page() {
    let (s, c) = mock().await;
    let agents = c.agents();
    let mut made = Vec::new();
    for i in 0..7 {
        made.push(
            agents
                .create(&creation(&format!("bot-{i}")))
                .await
                .unwrap()
                .into_inner()
                .id,
        );
    }

    let query = AgentListQuery::builder().page_size(3).build();
    let first = agents.list(&query).await.unwrap();
    assert_eq!(first.data.len(), 3);
    let token = first.next_page().expect("a cursor").to_owned();
    let second = agents.list(&query.after(token)).await.unwrap();
    assert_eq!(second.data.len(), 3);
    assert_ne!(first.data[0].id, second.data[0].id);

    let before = s.requests().len();
    let items: Vec<String> = agents
        .list_all(&query)
        .unwrap()
        .collect()
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.id)
        .collect();
    // Three pages of 3, 3 and 1, then no cursor: no fourth request.
    assert_eq!(s.requests().len() - before, 3);
    let mut sorted = items.clone();
    sorted.sort();
    let mut expected = made.clone();
    expected.sort();
    assert_eq!(sorted, expected, "every agent once");
    // Newest first.
    assert_eq!(items.first(), made.last());

    let mut by_page = Vec::new();
    let mut pages = agents.list_all(&query).unwrap().by_page();
    let mut sizes = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.unwrap();
        sizes.push(page.items.len());
        by_page.extend(page.items.into_iter().map(|a| a.id));
    }
    assert_eq!(sizes, [3, 3, 1]);
    assert_eq!(by_page, items, "by_page and by_item agree");

    // Filters reach the server.
    let one = AgentListQuery::builder().name("bot-4").build();
    let found = agents.list_all(&one).unwrap().collect().await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, "bot-4");
    let last = s.requests().last().map(|r| r.uri().to_string()).unwrap();
    assert_eq!(last, "/v1/agents/pages?name=bot-4");
    let deployed = |on: bool| {
        AgentListQuery::builder()
            .deployment_chat(on)
            .page_size(100)
            .build()
    };
    assert_eq!(
        agents
            .list_all(&deployed(false))
            .unwrap()
            .collect()
            .await
            .unwrap()
            .len(),
        7
    );
    assert!(agents.list(&deployed(true)).await.unwrap().data.is_empty());
}

#[tokio::test]
async fn invalid_input_is_refused_before_sending() {
    let (s, c) = mock().await;
    let agents = c.agents();
    let e = agents
        .set_alias("ag_1", &AliasAssignment::new("Production!", 1))
        .await
        .unwrap_err();
    assert!(e.is_invalid_request(), "{e:?}");
    for e in [
        agents.delete_alias("ag_1", "2fast").await.unwrap_err(),
        agents.get_version("ag_1", "Bad Alias").await.unwrap_err(),
        agents.version("ag_1", "trailing-").await.unwrap_err(),
        agents.set_version("ag_1", -1).await.unwrap_err(),
        agents.get("").await.unwrap_err(),
        agents.delete("..").await.unwrap_err(),
        agents
            .versions(
                "ag_1",
                &AgentVersionsQuery {
                    page: None,
                    page_size: Some(101),
                },
            )
            .await
            .unwrap_err(),
        agents
            .list(&AgentListQuery::builder().page_size(0).build())
            .await
            .unwrap_err(),
        agents
            .list_all(&AgentListQuery::builder().page_size(5000).build())
            .unwrap_err(),
    ] {
        assert!(e.is_invalid_request(), "{e:?}");
    }
    assert!(s.requests().is_empty(), "something was sent");

    // An id with `/` cannot reach another path.
    let e = agents.get("ag_1/aliases").await.unwrap_err();
    assert_eq!(status(&e), Some(404));
    let uri = s.requests()[0].uri().to_string();
    assert_eq!(uri, "/v1/agents/ag_1%2Faliases");
}

/// A reset once the request was written: create (a second agent) is not sent again; the
/// other calls, which set values or read, are retried.
#[tokio::test]
async fn a_create_is_not_resent_after_a_reset() {
    let s = Hostile::always(vec![Step::Reset]).await;
    let c = fast_client(&s.url(), |b| b);
    let agents = c.agents();

    let e = within(agents.create(&creation("x"))).await.unwrap_err();
    assert!(e.is_transport(), "{e:?}");
    assert_eq!((s.requests().len(), e.attempts()), (1, 1), "a create was re-sent");

    let e = within(agents.set_alias("ag_1", &AliasAssignment::new("prod", 1)))
        .await
        .unwrap_err();
    assert_eq!(e.attempts(), 3, "{e:?}");
    assert_eq!(s.requests().len(), 4);

    // Unless the caller says it is safe.
    let e = within(agents.resend_after_send(true).create(&creation("x")))
        .await
        .unwrap_err();
    assert_eq!(e.attempts(), 3, "{e:?}");
}
