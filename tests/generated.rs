//! Generated handles (`cargo xtask codegen`) over loopback: the request each sends (method,
//! path, escaped segments, query) and the lenient decoding of its answer; invalid parameters
//! refused before anything is sent.
#![cfg(feature = "users")]

mod support;

use mistral::users::{ListOrganizationsResponse, UsersListOrganizationsQuery};
use serde_json::json;
use support::hostile::{self, Hostile};

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

#[tokio::test]
async fn an_error_status_is_an_api_error() {
    let server = Hostile::replying(hostile::json(404, &json!({"detail": "no such user"}))).await;
    let client = support::fast_client(&server.url(), |b| b);
    let err = client.users().get_identity().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404), "{err}");
    assert_eq!(server.requests()[0].line(), "GET /v1/users/me HTTP/1.1");
}
