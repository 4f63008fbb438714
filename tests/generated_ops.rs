// generated from the spec by `cargo xtask codegen`: do not edit
//! Every generated operation over loopback: the generated method is called against the mock
//! server, the request it sent is checked (method, path with its escaped parameters, required
//! query parameters) and its JSON body validated against the operation's request schema with the
//! JSON Schema validator; the answer, built by the mock from the response schema, must decode to
//! exactly what was served; every call's future is `Send`.
mod support;

/// `GET /v1/admin/analytics/vibe/code/usage/by_organization` (`get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::admin::AdminVibeCodeAnalyticsGetOrganizationStatsQuery::builder()
        .start_time(1)
        .end_time(1)
        .build();
    let answer = support::generated::send(
        client
            .admin()
            .vibe_code_analytics()
            .get_organization_stats(&query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/admin/analytics/vibe/code/usage/by_organization",
        &["start_time", "end_time"],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization", "/paths/~1v1~1admin~1analytics~1vibe~1code~1usage~1by_organization/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/admin/analytics/vibe/code/usage/by_workspace` (`get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::admin::AdminVibeCodeAnalyticsGetWorkspaceStatsQuery::builder()
        .start_time(1)
        .end_time(1)
        .build();
    let answer = support::generated::send(client.admin().vibe_code_analytics().get_workspace_stats(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/admin/analytics/vibe/code/usage/by_workspace",
        &["start_time", "end_time"],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace", "/paths/~1v1~1admin~1analytics~1vibe~1code~1usage~1by_workspace/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/admin/analytics/vibe/work/usage/by_agent_stats` (`get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::admin::AdminVibeWorkAnalyticsGetByAgentStatsQuery::builder()
        .start_time(1)
        .end_time(1)
        .build();
    let answer = support::generated::send(client.admin().vibe_work_analytics().get_by_agent_stats(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/admin/analytics/vibe/work/usage/by_agent_stats",
        &["start_time", "end_time"],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats", "/paths/~1v1~1admin~1analytics~1vibe~1work~1usage~1by_agent_stats/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/admin/analytics/vibe/work/usage/by_time_stats` (`get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::admin::AdminVibeWorkAnalyticsGetByTimeStatsQuery::builder()
        .start_time(1)
        .end_time(1)
        .build();
    let answer = support::generated::send(client.admin().vibe_work_analytics().get_by_time_stats(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/admin/analytics/vibe/work/usage/by_time_stats",
        &["start_time", "end_time"],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats", "/paths/~1v1~1admin~1analytics~1vibe~1work~1usage~1by_time_stats/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/admin/analytics/vibe/work/usage/by_user_stats` (`get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::admin::AdminVibeWorkAnalyticsGetByUserStatsQuery::builder()
        .start_time(1)
        .end_time(1)
        .build();
    let answer = support::generated::send(client.admin().vibe_work_analytics().get_by_user_stats(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/admin/analytics/vibe/work/usage/by_user_stats",
        &["start_time", "end_time"],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats", "/paths/~1v1~1admin~1analytics~1vibe~1work~1usage~1by_user_stats/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/admin/api-keys` (`users_api_admin_api_keys_get_api_keys`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_api_keys_get_api_keys() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::admin::AdminApiKeysGetApiKeysQuery::builder().build();
    let answer = support::generated::send(client.admin().api_keys().get_api_keys(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/admin/api-keys", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_api_keys_get_api_keys",
        "/paths/~1v1~1admin~1api-keys/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/admin/api-keys` (`users_api_admin_api_keys_create_api_key`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_api_keys_create_api_key() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::AdminCreateApiKeyIn = serde_json::from_str(r#"{"workspace_uuid":"3fa85f64-5717-4562-b3fc-2c963f66afa6","user_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}"#).unwrap();
    let answer = support::generated::send(client.admin().api_keys().create_api_key(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/admin/api-keys", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1admin~1api-keys/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_api_keys_create_api_key",
        "/paths/~1v1~1admin~1api-keys/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v1/admin/api-keys/{key_id}` (`users_api_admin_api_keys_delete_api_key`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_api_keys_delete_api_key() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .admin()
            .api_keys()
            .delete_api_key("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/admin/api-keys/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_api_keys_delete_api_key",
        "/paths/~1v1~1admin~1api-keys~1{key_id}/delete/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/admin/audit-logs` (`users_api_admin_audit_logs_get_audit_logs`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_audit_logs_get_audit_logs() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::admin::AdminAuditLogsGetAuditLogsQuery::builder().build();
    let answer = support::generated::send(client.admin().audit_logs().get_audit_logs(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/admin/audit-logs", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_audit_logs_get_audit_logs",
        "/paths/~1v1~1admin~1audit-logs/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/admin/rate-limit` (`users_api_admin_rate_limits_get_rate_limits`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_rate_limits_get_rate_limits() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.admin().billing().rate_limits_get_rate_limits())
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/admin/rate-limit", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_rate_limits_get_rate_limits",
        "/paths/~1v1~1admin~1rate-limit/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/admin/roles` (`users_api_admin_roles_get_roles`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_roles_get_roles() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.admin().users().roles_get_roles())
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/admin/roles", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_roles_get_roles",
        "/paths/~1v1~1admin~1roles/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/admin/scim/sync` (`users_api_admin_scim_sync_trigger_scim_sync`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_scim_sync_trigger_scim_sync() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::AdminScimSyncTriggerIn =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.admin().scim().sync_trigger_scim_sync(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/admin/scim/sync", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1admin~1scim~1sync/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_scim_sync_trigger_scim_sync",
        "/paths/~1v1~1admin~1scim~1sync/post/responses/202/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/admin/scim/sync/{run_id}` (`users_api_admin_scim_sync_get_scim_sync_run`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_scim_sync_get_scim_sync_run() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .admin()
            .scim()
            .sync_get_scim_sync_run("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/admin/scim/sync/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_scim_sync_get_scim_sync_run",
        "/paths/~1v1~1admin~1scim~1sync~1{run_id}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/admin/spend-limit` (`users_api_admin_spend_limits_get_spend_limits`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_spend_limits_get_spend_limits() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.admin().billing().spend_limits_get_spend_limits())
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/admin/spend-limit", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_spend_limits_get_spend_limits",
        "/paths/~1v1~1admin~1spend-limit/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/admin/spend-limit` (`users_api_admin_spend_limits_update_spend_limits`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_spend_limits_update_spend_limits() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::NewUsageLimitIn =
        serde_json::from_str(r#"{"amount":1}"#).unwrap();
    let answer = support::generated::send(client.admin().billing().spend_limits_update_spend_limits(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/admin/spend-limit", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1admin~1spend-limit/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_spend_limits_update_spend_limits",
        "/paths/~1v1~1admin~1spend-limit/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/admin/usage` (`users_api_admin_usage_get_usage`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_usage_get_usage() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::admin::AdminBillingUsageGetUsageQuery::builder().build();
    let answer = support::generated::send(client.admin().billing().usage_get_usage(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/admin/usage", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_usage_get_usage",
        "/paths/~1v1~1admin~1usage/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/admin/user-groups` (`users_api_admin_user_groups_get_user_groups`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_user_groups_get_user_groups() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::admin::AdminUserGroupsGetUserGroupsQuery::builder().build();
    let answer = support::generated::send(client.admin().user_groups().get_user_groups(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/admin/user-groups", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_user_groups_get_user_groups",
        "/paths/~1v1~1admin~1user-groups/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/admin/user-groups` (`users_api_admin_user_groups_create_user_group`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_user_groups_create_user_group() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::AdminUserGroupIn =
        serde_json::from_str(r#"{"name":"x"}"#).unwrap();
    let answer = support::generated::send(client.admin().user_groups().create_user_group(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/admin/user-groups", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1admin~1user-groups/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_user_groups_create_user_group",
        "/paths/~1v1~1admin~1user-groups/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/admin/user-groups/provision-workspace` (`users_api_admin_user_groups_provision_group_to_workspace`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_user_groups_provision_group_to_workspace() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::AdminProvisionGroupToWorkspaceIn = serde_json::from_str(r#"{"user_group_uuid":"3fa85f64-5717-4562-b3fc-2c963f66afa6","workspace_uuid":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}"#).unwrap();
    support::generated::send(client.admin().user_groups().provision_group_to_workspace(&body))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/admin/user-groups/provision-workspace", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1admin~1user-groups~1provision-workspace/post/requestBody/content/application~1json/schema"));
}

/// `GET /v1/admin/user-groups/{group_uuid}` (`users_api_admin_user_groups_get_user_group`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_user_groups_get_user_group() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .admin()
            .user_groups()
            .get_user_group("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/admin/user-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_user_groups_get_user_group",
        "/paths/~1v1~1admin~1user-groups~1{group_uuid}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PATCH /v1/admin/user-groups/{group_uuid}` (`users_api_admin_user_groups_update_user_group`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_user_groups_update_user_group() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::AdminUpdateUserGroupIn =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .admin()
            .user_groups()
            .update_user_group("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PATCH",
        "/v1/admin/user-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1admin~1user-groups~1{group_uuid}/patch/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_user_groups_update_user_group",
        "/paths/~1v1~1admin~1user-groups~1{group_uuid}/patch/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v1/admin/user-groups/{group_uuid}` (`users_api_admin_user_groups_delete_user_group`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_user_groups_delete_user_group() {
    let (server, client) = support::generated::start().await;
    support::generated::send(
        client
            .admin()
            .user_groups()
            .delete_user_group("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/admin/user-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
}

/// `GET /v1/admin/user-groups/{group_uuid}/members` (`users_api_admin_user_groups_get_user_group_members`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_user_groups_get_user_group_members() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::admin::AdminUserGroupsGetUserGroupMembersQuery::builder().build();
    let answer = support::generated::send(
        client
            .admin()
            .user_groups()
            .get_user_group_members("3fa85f64-5717-4562-b3fc-2c963f66afa6", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/admin/user-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6/members",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "users_api_admin_user_groups_get_user_group_members", "/paths/~1v1~1admin~1user-groups~1{group_uuid}~1members/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/admin/user-groups/{group_uuid}/members` (`users_api_admin_user_groups_assign_users_to_group`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_user_groups_assign_users_to_group() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::AdminAssignUsersToGroupIn =
        serde_json::from_str(r#"{"user_uuids":["3fa85f64-5717-4562-b3fc-2c963f66afa6"]}"#).unwrap();
    support::generated::send(
        client
            .admin()
            .user_groups()
            .assign_users_to_group("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/admin/user-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6/members",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1admin~1user-groups~1{group_uuid}~1members/post/requestBody/content/application~1json/schema"));
}

/// `DELETE /v1/admin/user-groups/{group_uuid}/members` (`users_api_admin_user_groups_remove_users_from_group`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_user_groups_remove_users_from_group() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::AdminAssignUsersToGroupIn =
        serde_json::from_str(r#"{"user_uuids":["3fa85f64-5717-4562-b3fc-2c963f66afa6"]}"#).unwrap();
    support::generated::send(
        client
            .admin()
            .user_groups()
            .remove_users_from_group("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/admin/user-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6/members",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1admin~1user-groups~1{group_uuid}~1members/delete/requestBody/content/application~1json/schema"));
}

/// `GET /v1/admin/user-groups/{group_uuid}/nested` (`users_api_admin_user_groups_get_nested_groups`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_user_groups_get_nested_groups() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .admin()
            .user_groups()
            .get_nested_groups("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/admin/user-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6/nested",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "users_api_admin_user_groups_get_nested_groups", "/paths/~1v1~1admin~1user-groups~1{group_uuid}~1nested/get/responses/200/content/application~1json/schema", &answer);
}

/// `PATCH /v1/admin/user-groups/{group_uuid}/nested` (`users_api_admin_user_groups_set_nested_groups`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_user_groups_set_nested_groups() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::SetNestedGroupsIn =
        serde_json::from_str(r#"{"child_group_uuids":["3fa85f64-5717-4562-b3fc-2c963f66afa6"]}"#).unwrap();
    support::generated::send(
        client
            .admin()
            .user_groups()
            .set_nested_groups("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PATCH",
        "/v1/admin/user-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6/nested",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1admin~1user-groups~1{group_uuid}~1nested/patch/requestBody/content/application~1json/schema"));
}

/// `PATCH /v1/admin/user-groups/{group_uuid}/organization-role` (`users_admin_user_groups_update_user_group_organization_role`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_admin_user_groups_update_user_group_organization_role() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::UpdateUserGroupOrganizationRoleIn =
        serde_json::from_str(r#"{"organization_role":"A"}"#).unwrap();
    support::generated::send(
        client
            .admin()
            .user_groups()
            .update_user_group_organization_role("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PATCH",
        "/v1/admin/user-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6/organization-role",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1admin~1user-groups~1{group_uuid}~1organization-role/patch/requestBody/content/application~1json/schema"));
}

/// `GET /v1/admin/user-groups/{group_uuid}/workspaces` (`users_admin_user_groups_get_group_workspace_assignments`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_admin_user_groups_get_group_workspace_assignments() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::admin::AdminUserGroupsGetGroupWorkspaceAssignmentsQuery::builder().build();
    let answer = support::generated::send(
        client
            .admin()
            .user_groups()
            .get_group_workspace_assignments("3fa85f64-5717-4562-b3fc-2c963f66afa6", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/admin/user-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6/workspaces",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "users_admin_user_groups_get_group_workspace_assignments", "/paths/~1v1~1admin~1user-groups~1{group_uuid}~1workspaces/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/admin/user-groups/{group_uuid}/workspaces` (`users_api_admin_user_groups_assign_group_to_workspace`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_user_groups_assign_group_to_workspace() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::AssignGroupToWorkspaceIn =
        serde_json::from_str(r#"{"workspace_uuid":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}"#).unwrap();
    support::generated::send(
        client
            .admin()
            .user_groups()
            .assign_group_to_workspace("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/admin/user-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6/workspaces",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1admin~1user-groups~1{group_uuid}~1workspaces/post/requestBody/content/application~1json/schema"));
}

/// `PATCH /v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}` (`users_admin_user_groups_update_group_workspace_assignment`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_admin_user_groups_update_group_workspace_assignment() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::UpdateGroupWorkspaceAssignmentIn =
        serde_json::from_str(r#"{}"#).unwrap();
    support::generated::send(client.admin().user_groups().update_group_workspace_assignment(
        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &body,
    ))
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("PATCH", "/v1/admin/user-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6/workspaces/3fa85f64-5717-4562-b3fc-2c963f66afa6", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1admin~1user-groups~1{group_uuid}~1workspaces~1{workspace_uuid}/patch/requestBody/content/application~1json/schema"));
}

/// `DELETE /v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}` (`users_admin_user_groups_remove_group_from_workspace`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_admin_user_groups_remove_group_from_workspace() {
    let (server, client) = support::generated::start().await;
    support::generated::send(client.admin().user_groups().remove_group_from_workspace(
        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    ))
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v1/admin/user-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6/workspaces/3fa85f64-5717-4562-b3fc-2c963f66afa6", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
}

/// `GET /v1/admin/users` (`users_api_admin_users_get_users`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_users_get_users() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::admin::AdminUsersGetUsersQuery::builder().build();
    let answer = support::generated::send(client.admin().users().get_users(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/admin/users", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_users_get_users",
        "/paths/~1v1~1admin~1users/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/admin/users` (`users_api_admin_users_create_users`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_users_create_users() {
    let (server, client) = support::generated::start().await;
    let body: Vec<mistral_types::generated::admin::OrganizationMemberCreate> =
        serde_json::from_str(r#"[{"email":"x","first_name":"x","last_name":"x"}]"#).unwrap();
    let answer = support::generated::send(client.admin().users().create_users(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/admin/users", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1admin~1users/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_users_create_users",
        "/paths/~1v1~1admin~1users/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/admin/users-invite` (`users_api_admin_users_get_invite`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_users_get_invite() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.admin().users().get_invite())
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/admin/users-invite", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_users_get_invite",
        "/paths/~1v1~1admin~1users-invite/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/admin/users-invite` (`users_api_admin_users_invite_users`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_users_invite_users() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::OrganizationInviteIn =
        serde_json::from_str(r#"{"email":"x"}"#).unwrap();
    let answer = support::generated::send(client.admin().users().invite_users(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/admin/users-invite", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1admin~1users-invite/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_users_invite_users",
        "/paths/~1v1~1admin~1users-invite/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v1/admin/users-invite/{invite_uuid}` (`users_api_admin_users_delete_invite`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_users_delete_invite() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .admin()
            .users()
            .delete_invite("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/admin/users-invite/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "users_api_admin_users_delete_invite", "/paths/~1v1~1admin~1users-invite~1{invite_uuid}/delete/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/admin/users/{user_id}` (`users_api_admin_users_get_user`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_users_get_user() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .admin()
            .users()
            .get_user("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/admin/users/3fa85f64-5717-4562-b3fc-2c963f66afa6", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_users_get_user",
        "/paths/~1v1~1admin~1users~1{user_id}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PATCH /v1/admin/users/{user_id}` (`users_api_admin_users_update_user`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_users_update_user() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::AdminOrganizationMemberUpdate =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .admin()
            .users()
            .update_user("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PATCH",
        "/v1/admin/users/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1admin~1users~1{user_id}/patch/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_users_update_user",
        "/paths/~1v1~1admin~1users~1{user_id}/patch/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v1/admin/users/{user_id}` (`users_api_admin_users_delete_user`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_users_delete_user() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .admin()
            .users()
            .delete_user("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/admin/users/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_users_delete_user",
        "/paths/~1v1~1admin~1users~1{user_id}/delete/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/admin/workspaces` (`users_api_admin_workspaces_get_workspaces`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_workspaces_get_workspaces() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::admin::AdminWorkspacesGetWorkspacesQuery::builder().build();
    let answer = support::generated::send(client.admin().workspaces().get_workspaces(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/admin/workspaces", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_workspaces_get_workspaces",
        "/paths/~1v1~1admin~1workspaces/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/admin/workspaces` (`users_api_admin_workspaces_create_workspace`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_workspaces_create_workspace() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::AdminWorkspaceIn =
        serde_json::from_str(r#"{"name":"x","admin_user_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}"#)
            .unwrap();
    let answer = support::generated::send(client.admin().workspaces().create_workspace(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/admin/workspaces", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1admin~1workspaces/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_admin_workspaces_create_workspace",
        "/paths/~1v1~1admin~1workspaces/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PATCH /v1/admin/workspaces/{workspace_uuid}` (`users_api_admin_workspaces_update_workspaces`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_workspaces_update_workspaces() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::UpdateWorkspaceIn = serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .admin()
            .workspaces()
            .update_workspaces("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PATCH",
        "/v1/admin/workspaces/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1admin~1workspaces~1{workspace_uuid}/patch/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "users_api_admin_workspaces_update_workspaces", "/paths/~1v1~1admin~1workspaces~1{workspace_uuid}/patch/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/admin/workspaces/{workspace_uuid}` (`users_api_admin_workspaces_delete_workspaces`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_workspaces_delete_workspaces() {
    let (server, client) = support::generated::start().await;
    support::generated::send(
        client
            .admin()
            .workspaces()
            .delete_workspaces("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/admin/workspaces/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
}

/// `POST /v1/admin/workspaces/{workspace_uuid}/add-users` (`users_api_admin_workspaces_add_users_workspaces`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_workspaces_add_users_workspaces() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::WorkspaceMemberIn = serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .admin()
            .workspaces()
            .add_users_workspaces("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/admin/workspaces/3fa85f64-5717-4562-b3fc-2c963f66afa6/add-users",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1admin~1workspaces~1{workspace_uuid}~1add-users/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "users_api_admin_workspaces_add_users_workspaces", "/paths/~1v1~1admin~1workspaces~1{workspace_uuid}~1add-users/post/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/admin/workspaces/{workspace_uuid}/remove-users` (`users_api_admin_workspaces_remove_users_workspaces`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_workspaces_remove_users_workspaces() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::RemoveWorkspaceMembersIn =
        serde_json::from_str(r#"{"members":[{"user_uuid":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}]}"#)
            .unwrap();
    let answer = support::generated::send(
        client
            .admin()
            .workspaces()
            .remove_users_workspaces("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/admin/workspaces/3fa85f64-5717-4562-b3fc-2c963f66afa6/remove-users",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1admin~1workspaces~1{workspace_uuid}~1remove-users/delete/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "users_api_admin_workspaces_remove_users_workspaces", "/paths/~1v1~1admin~1workspaces~1{workspace_uuid}~1remove-users/delete/responses/200/content/application~1json/schema", &answer);
}

/// `PATCH /v1/admin/workspaces/{workspace_uuid}/users` (`users_api_admin_workspaces_add_or_update_users_workspaces`)
#[cfg(feature = "admin")]
#[tokio::test]
async fn users_api_admin_workspaces_add_or_update_users_workspaces() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::admin::WorkspaceMemberIn = serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .admin()
            .workspaces()
            .add_or_update_users_workspaces("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PATCH",
        "/v1/admin/workspaces/3fa85f64-5717-4562-b3fc-2c963f66afa6/users",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1admin~1workspaces~1{workspace_uuid}~1users/patch/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "users_api_admin_workspaces_add_or_update_users_workspaces", "/paths/~1v1~1admin~1workspaces~1{workspace_uuid}~1users/patch/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/connectors` (`connector_list_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_list_v1() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::connectors::ConnectorsListQuery::builder().build();
    let answer = support::generated::send(client.connectors().list(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/connectors", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "connector_list_v1",
        "/paths/~1v1~1connectors/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/connectors` (`connector_create_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_create_v1() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::connectors::CreateConnectorRequest = serde_json::from_str(
        r#"{"name":"x","description":"x","server":"https://example.com/x","protocol":"mcp"}"#,
    )
    .unwrap();
    let answer = support::generated::send(client.connectors().create(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/connectors", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1connectors/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "connector_create_v1",
        "/paths/~1v1~1connectors/post/responses/201/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/connectors/{connector_id_or_name}` (`connector_get_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_get_v1() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::connectors::ConnectorsGetQuery::builder().build();
    let answer = support::generated::send(
        client
            .connectors()
            .get("3fa85f64-5717-4562-b3fc-2c963f66afa6", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_get_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}#idOrName/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/connectors/{connector_id_or_name}/auth_url` (`connector_get_auth_url_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_get_auth_url_v1() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::connectors::ConnectorsGetAuthUrlQuery::builder().build();
    let answer = support::generated::send(
        client
            .connectors()
            .get_auth_url("3fa85f64-5717-4562-b3fc-2c963f66afa6", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/auth_url",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_get_auth_url_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1auth_url/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/connectors/{connector_id_or_name}/authentication_methods` (`connector_get_authentication_methods_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_get_authentication_methods_v1() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .connectors()
            .get_authentication_methods("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/authentication_methods",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_get_authentication_methods_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1authentication_methods/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/connectors/{connector_id_or_name}/organization/credentials` (`connector_list_organization_credentials_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_list_organization_credentials_v1() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::connectors::ConnectorsListOrganizationCredentialsQuery::builder().build();
    let answer = support::generated::send(
        client
            .connectors()
            .list_organization_credentials("3fa85f64-5717-4562-b3fc-2c963f66afa6", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/organization/credentials",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_list_organization_credentials_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1organization~1credentials/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/connectors/{connector_id_or_name}/organization/credentials` (`connector_create_or_update_organization_credentials_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_create_or_update_organization_credentials_v1() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::connectors::CredentialsCreateOrUpdate =
        serde_json::from_str(r#"{"name":"x"}"#).unwrap();
    let answer = support::generated::send(
        client
            .connectors()
            .create_or_update_organization_credentials("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/organization/credentials",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1connectors~1{connector_id_or_name}~1organization~1credentials/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_create_or_update_organization_credentials_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1organization~1credentials/post/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/connectors/{connector_id_or_name}/organization/credentials/{credentials_name}` (`connector_delete_organization_credentials_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_delete_organization_credentials_v1() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .connectors()
            .delete_organization_credentials("x", "3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/organization/credentials/x",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_delete_organization_credentials_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1organization~1credentials~1{credentials_name}/delete/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/connectors/{connector_id_or_name}/tools` (`connector_list_tools_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_list_tools_v1() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::connectors::ConnectorsListToolsQuery::builder().build();
    let answer = support::generated::send(
        client
            .connectors()
            .list_tools("3fa85f64-5717-4562-b3fc-2c963f66afa6", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/tools",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_list_tools_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1tools/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/connectors/{connector_id_or_name}/tools/{tool_name}/call` (`connector_call_tool_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_call_tool_v1() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::connectors::ConnectorsCallToolQuery::builder().build();
    let body: mistral_types::generated::connectors::ConnectorCallToolRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.connectors().call_tool(
        "x",
        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &query,
        &body,
    ))
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/tools/x/call",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1connectors~1{connector_id_or_name}~1tools~1{tool_name}~1call/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_call_tool_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1tools~1{tool_name}~1call/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/connectors/{connector_id_or_name}/user/credentials` (`connector_list_user_credentials_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_list_user_credentials_v1() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::connectors::ConnectorsListUserCredentialsQuery::builder().build();
    let answer = support::generated::send(
        client
            .connectors()
            .list_user_credentials("3fa85f64-5717-4562-b3fc-2c963f66afa6", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/user/credentials",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_list_user_credentials_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1user~1credentials/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/connectors/{connector_id_or_name}/user/credentials` (`connector_create_or_update_user_credentials_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_create_or_update_user_credentials_v1() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::connectors::CredentialsCreateOrUpdate =
        serde_json::from_str(r#"{"name":"x"}"#).unwrap();
    let answer = support::generated::send(
        client
            .connectors()
            .create_or_update_user_credentials("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/user/credentials",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1connectors~1{connector_id_or_name}~1user~1credentials/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_create_or_update_user_credentials_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1user~1credentials/post/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/connectors/{connector_id_or_name}/user/credentials` (`connector_delete_all_user_credentials_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_delete_all_user_credentials_v1() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .connectors()
            .delete_all_user_credentials("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/user/credentials",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_delete_all_user_credentials_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1user~1credentials/delete/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/connectors/{connector_id_or_name}/user/credentials/{credentials_name}` (`connector_delete_user_credentials_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_delete_user_credentials_v1() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .connectors()
            .delete_user_credentials("x", "3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/user/credentials/x",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_delete_user_credentials_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1user~1credentials~1{credentials_name}/delete/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/connectors/{connector_id_or_name}/workspace/credentials` (`connector_list_workspace_credentials_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_list_workspace_credentials_v1() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::connectors::ConnectorsListWorkspaceCredentialsQuery::builder().build();
    let answer = support::generated::send(
        client
            .connectors()
            .list_workspace_credentials("3fa85f64-5717-4562-b3fc-2c963f66afa6", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/workspace/credentials",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_list_workspace_credentials_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1workspace~1credentials/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/connectors/{connector_id_or_name}/workspace/credentials` (`connector_create_or_update_workspace_credentials_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_create_or_update_workspace_credentials_v1() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::connectors::CredentialsCreateOrUpdate =
        serde_json::from_str(r#"{"name":"x"}"#).unwrap();
    let answer = support::generated::send(
        client
            .connectors()
            .create_or_update_workspace_credentials("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/workspace/credentials",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1connectors~1{connector_id_or_name}~1workspace~1credentials/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_create_or_update_workspace_credentials_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1workspace~1credentials/post/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/connectors/{connector_id_or_name}/workspace/credentials/{credentials_name}` (`connector_delete_workspace_credentials_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_delete_workspace_credentials_v1() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .connectors()
            .delete_workspace_credentials("x", "3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/workspace/credentials/x",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_delete_workspace_credentials_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1workspace~1credentials~1{credentials_name}/delete/responses/200/content/application~1json/schema", &answer);
}

/// `PATCH /v1/connectors/{connector_id}` (`connector_update_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_update_v1() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::connectors::UpdateConnectorRequest =
        serde_json::from_str(r#"{"protocol":"mcp"}"#).unwrap();
    let answer = support::generated::send(
        client
            .connectors()
            .update("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PATCH",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1connectors~1{connector_id}#id/patch/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "connector_update_v1",
        "/paths/~1v1~1connectors~1{connector_id}#id/patch/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v1/connectors/{connector_id}` (`connector_delete_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_delete_v1() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.connectors().delete("3fa85f64-5717-4562-b3fc-2c963f66afa6"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "connector_delete_v1",
        "/paths/~1v1~1connectors~1{connector_id}#id/delete/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PUT /v1/connectors/{connector_id}/share` (`connector_share_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_share_v1() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.connectors().share("3fa85f64-5717-4562-b3fc-2c963f66afa6"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PUT",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/share",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "connector_share_v1",
        "/paths/~1v1~1connectors~1{connector_id}~1share/put/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v1/connectors/{connector_id}/share` (`connector_unshare_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_unshare_v1() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .connectors()
            .unshare("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/share",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_unshare_v1", "/paths/~1v1~1connectors~1{connector_id}~1share/delete/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/connectors/{connector_id}/{consumer_scope}/activate` (`connector_activate_for_consumer_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_activate_for_consumer_v1() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .connectors()
            .activate_for_consumer("3fa85f64-5717-4562-b3fc-2c963f66afa6", "user"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/user/activate",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_activate_for_consumer_v1", "/paths/~1v1~1connectors~1{connector_id}~1{consumer_scope}~1activate/post/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/connectors/{connector_id}/{consumer_scope}/deactivate` (`connector_deactivate_for_consumer_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_deactivate_for_consumer_v1() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .connectors()
            .deactivate_for_consumer("3fa85f64-5717-4562-b3fc-2c963f66afa6", "user"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/connectors/3fa85f64-5717-4562-b3fc-2c963f66afa6/user/deactivate",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "connector_deactivate_for_consumer_v1", "/paths/~1v1~1connectors~1{connector_id}~1{consumer_scope}~1deactivate/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/campaigns` (`get_campaigns_v1_observability_campaigns_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_campaigns_v1_observability_campaigns_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityCampaignsGetCampaignsQuery::builder().build();
    let answer = support::generated::send(client.observability().campaigns().get_campaigns(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/campaigns", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_campaigns_v1_observability_campaigns_get",
        "/paths/~1v1~1observability~1campaigns/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/observability/campaigns` (`create_campaign_v1_observability_campaigns_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn create_campaign_v1_observability_campaigns_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::CreateCampaignRequest = serde_json::from_str(r#"{"search_params":{"filters":{}},"judge_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","name":"xxxxx","description":"x","max_nb_events":1}"#).unwrap();
    let answer = support::generated::send(client.observability().campaigns().create_campaign(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/campaigns", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1observability~1campaigns/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "create_campaign_v1_observability_campaigns_post",
        "/paths/~1v1~1observability~1campaigns/post/responses/201/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/observability/campaigns/{campaign_id}` (`get_campaign_by_id_v1_observability_campaigns__campaign_id__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_campaign_by_id_v1_observability_campaigns_campaign_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .observability()
            .campaigns()
            .get_campaign_by_id("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/observability/campaigns/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_campaign_by_id_v1_observability_campaigns__campaign_id__get", "/paths/~1v1~1observability~1campaigns~1{campaign_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/observability/campaigns/{campaign_id}` (`delete_campaign_v1_observability_campaigns__campaign_id__delete`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn delete_campaign_v1_observability_campaigns_campaign_id_delete() {
    let (server, client) = support::generated::start().await;
    support::generated::send(
        client
            .observability()
            .campaigns()
            .delete_campaign("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/observability/campaigns/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
}

/// `GET /v1/observability/campaigns/{campaign_id}/selected-events` (`get_campaign_selected_events_v1_observability_campaigns__campaign_id__selected_events_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_campaign_selected_events_v1_observability_campaigns_campaign_id_selected_events_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::observability::ObservabilityCampaignsGetCampaignSelectedEventsQuery::builder().build();
    let answer = support::generated::send(
        client
            .observability()
            .campaigns()
            .get_campaign_selected_events("3fa85f64-5717-4562-b3fc-2c963f66afa6", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/observability/campaigns/3fa85f64-5717-4562-b3fc-2c963f66afa6/selected-events",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_campaign_selected_events_v1_observability_campaigns__campaign_id__selected_events_get", "/paths/~1v1~1observability~1campaigns~1{campaign_id}~1selected-events/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/campaigns/{campaign_id}/status` (`get_campaign_status_by_id_v1_observability_campaigns__campaign_id__status_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_campaign_status_by_id_v1_observability_campaigns_campaign_id_status_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .observability()
            .campaigns()
            .get_campaign_status_by_id("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/observability/campaigns/3fa85f64-5717-4562-b3fc-2c963f66afa6/status",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_campaign_status_by_id_v1_observability_campaigns__campaign_id__status_get", "/paths/~1v1~1observability~1campaigns~1{campaign_id}~1status/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/chat-completion-events/search` (`get_chat_completion_events_v1_observability_chat_completion_events_search_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_chat_completion_events_v1_observability_chat_completion_events_search_post() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::observability::ObservabilityChatCompletionEventsGetChatCompletionEventsQuery::builder().build();
    let body: mistral_types::generated::observability::SearchChatCompletionEventsRequest =
        serde_json::from_str(r#"{"search_params":{"filters":{}}}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .chat_completion_events()
            .get_chat_completion_events(&query, &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/chat-completion-events/search", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1chat-completion-events~1search/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_chat_completion_events_v1_observability_chat_completion_events_search_post", "/paths/~1v1~1observability~1chat-completion-events~1search/post/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/chat-completion-events/search-ids` (`get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::SearchChatCompletionEventIdsRequest =
        serde_json::from_str(r#"{"search_params":{"filters":{}}}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .chat_completion_events()
            .get_chat_completion_event_ids(&body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/chat-completion-events/search-ids", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1chat-completion-events~1search-ids/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post", "/paths/~1v1~1observability~1chat-completion-events~1search-ids/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/chat-completion-events/{event_id}` (`get_chat_completion_event_v1_observability_chat_completion_events__event_id__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_chat_completion_event_v1_observability_chat_completion_events_event_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .observability()
            .chat_completion_events()
            .get_chat_completion_event("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/observability/chat-completion-events/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_chat_completion_event_v1_observability_chat_completion_events__event_id__get", "/paths/~1v1~1observability~1chat-completion-events~1{event_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/chat-completion-events/{event_id}/live-judging` (`judge_chat_completion_event_v1_observability_chat_completion_events__event_id__live_judging_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn judge_chat_completion_event_v1_observability_chat_completion_events_event_id_live_judging_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::JudgeChatCompletionEventRequest = serde_json::from_str(r#"{"judge_definition":{"name":"xxxxx","description":"x","model_name":"x","output":{"options":[],"type":"CLASSIFICATION"},"instructions":"x","tools":["x"]}}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .chat_completion_events()
            .judge_chat_completion_event("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/observability/chat-completion-events/3fa85f64-5717-4562-b3fc-2c963f66afa6/live-judging",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1chat-completion-events~1{event_id}~1live-judging/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "judge_chat_completion_event_v1_observability_chat_completion_events__event_id__live_judging_post", "/paths/~1v1~1observability~1chat-completion-events~1{event_id}~1live-judging/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/chat-completion-events/{event_id}/similar-events` (`get_similar_chat_completion_events_v1_observability_chat_completion_events__event_id__similar_events_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_similar_chat_completion_events_v1_observability_chat_completion_events_event_id_similar_events_get(
) {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .observability()
            .chat_completion_events()
            .get_similar_chat_completion_events("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/observability/chat-completion-events/3fa85f64-5717-4562-b3fc-2c963f66afa6/similar-events",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_similar_chat_completion_events_v1_observability_chat_completion_events__event_id__similar_events_get", "/paths/~1v1~1observability~1chat-completion-events~1{event_id}~1similar-events/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/chat-completion-fields` (`get_chat_completion_fields_v1_observability_chat_completion_fields_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_chat_completion_fields_v1_observability_chat_completion_fields_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .observability()
            .chat_completion_events()
            .fields()
            .get_chat_completion_fields(),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/chat-completion-fields", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_chat_completion_fields_v1_observability_chat_completion_fields_get", "/paths/~1v1~1observability~1chat-completion-fields/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/chat-completion-fields/{field_name}/options` (`get_chat_completion_field_options_v1_observability_chat_completion_fields__field_name__options_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_chat_completion_field_options_v1_observability_chat_completion_fields_field_name_options_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::observability::ObservabilityChatCompletionEventsFieldsGetChatCompletionFieldOptionsQuery::builder().operator(serde_json::from_str::<mistral_types::generated::observability::ObservabilityChatCompletionEventsFieldsGetChatCompletionFieldOptionsOperator>(r#""lt""#).unwrap()).build();
    let answer = support::generated::send(
        client
            .observability()
            .chat_completion_events()
            .fields()
            .get_chat_completion_field_options("x", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/observability/chat-completion-fields/x/options",
        &["operator"],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_chat_completion_field_options_v1_observability_chat_completion_fields__field_name__options_get", "/paths/~1v1~1observability~1chat-completion-fields~1{field_name}~1options/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/chat-completion-fields/{field_name}/options-counts` (`get_chat_completion_field_options_counts_v1_observability_chat_completion_fields__field_name__options_counts_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_chat_completion_field_options_counts_v1_observability_chat_completion_fields_field_name_options_counts_post(
) {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::FetchFieldOptionCountsRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .chat_completion_events()
            .fields()
            .get_chat_completion_field_options_counts("x", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/observability/chat-completion-fields/x/options-counts",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1chat-completion-fields~1{field_name}~1options-counts/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_chat_completion_field_options_counts_v1_observability_chat_completion_fields__field_name__options_counts_post", "/paths/~1v1~1observability~1chat-completion-fields~1{field_name}~1options-counts/post/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/dataset-records/bulk-delete` (`delete_dataset_records_v1_observability_dataset_records_bulk_delete_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn delete_dataset_records_v1_observability_dataset_records_bulk_delete_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::DeleteDatasetRecordsRequest =
        serde_json::from_str(r#"{"dataset_record_ids":["3fa85f64-5717-4562-b3fc-2c963f66afa6"]}"#).unwrap();
    support::generated::send(
        client
            .observability()
            .datasets()
            .records()
            .delete_dataset_records(&body),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/dataset-records/bulk-delete", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1dataset-records~1bulk-delete/post/requestBody/content/application~1json/schema"));
}

/// `GET /v1/observability/dataset-records/{dataset_record_id}` (`get_dataset_record_v1_observability_dataset_records__dataset_record_id__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_dataset_record_v1_observability_dataset_records_dataset_record_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .observability()
            .datasets()
            .records()
            .get_dataset_record("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/observability/dataset-records/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_dataset_record_v1_observability_dataset_records__dataset_record_id__get", "/paths/~1v1~1observability~1dataset-records~1{dataset_record_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/observability/dataset-records/{dataset_record_id}` (`delete_dataset_record_v1_observability_dataset_records__dataset_record_id__delete`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn delete_dataset_record_v1_observability_dataset_records_dataset_record_id_delete() {
    let (server, client) = support::generated::start().await;
    support::generated::send(
        client
            .observability()
            .datasets()
            .records()
            .delete_dataset_record("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/observability/dataset-records/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
}

/// `POST /v1/observability/dataset-records/{dataset_record_id}/live-judging` (`judge_dataset_record_v1_observability_dataset_records__dataset_record_id__live_judging_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn judge_dataset_record_v1_observability_dataset_records_dataset_record_id_live_judging_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::JudgeDatasetRecordRequest = serde_json::from_str(r#"{"judge_definition":{"name":"xxxxx","description":"x","model_name":"x","output":{"options":[],"type":"CLASSIFICATION"},"instructions":"x","tools":["x"]}}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .datasets()
            .records()
            .judge_dataset_record("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/observability/dataset-records/3fa85f64-5717-4562-b3fc-2c963f66afa6/live-judging",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1dataset-records~1{dataset_record_id}~1live-judging/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "judge_dataset_record_v1_observability_dataset_records__dataset_record_id__live_judging_post", "/paths/~1v1~1observability~1dataset-records~1{dataset_record_id}~1live-judging/post/responses/200/content/application~1json/schema", &answer);
}

/// `PUT /v1/observability/dataset-records/{dataset_record_id}/payload` (`update_dataset_record_payload_v1_observability_dataset_records__dataset_record_id__payload_put`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn update_dataset_record_payload_v1_observability_dataset_records_dataset_record_id_payload_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::UpdateDatasetRecordPayloadRequest =
        serde_json::from_str(r#"{"payload":{}}"#).unwrap();
    support::generated::send(
        client
            .observability()
            .datasets()
            .records()
            .update_dataset_record_payload("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PUT",
        "/v1/observability/dataset-records/3fa85f64-5717-4562-b3fc-2c963f66afa6/payload",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1dataset-records~1{dataset_record_id}~1payload/put/requestBody/content/application~1json/schema"));
}

/// `PUT /v1/observability/dataset-records/{dataset_record_id}/properties` (`update_dataset_record_properties_v1_observability_dataset_records__dataset_record_id__properties_put`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn update_dataset_record_properties_v1_observability_dataset_records_dataset_record_id_properties_put()
{
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::UpdateDatasetRecordPropertiesRequest =
        serde_json::from_str(r#"{"properties":{}}"#).unwrap();
    support::generated::send(
        client
            .observability()
            .datasets()
            .records()
            .update_dataset_record_properties("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PUT",
        "/v1/observability/dataset-records/3fa85f64-5717-4562-b3fc-2c963f66afa6/properties",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1dataset-records~1{dataset_record_id}~1properties/put/requestBody/content/application~1json/schema"));
}

/// `GET /v1/observability/datasets` (`get_datasets_v1_observability_datasets_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_datasets_v1_observability_datasets_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityDatasetsGetDatasetsQuery::builder().build();
    let answer = support::generated::send(client.observability().datasets().get_datasets(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/datasets", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_datasets_v1_observability_datasets_get",
        "/paths/~1v1~1observability~1datasets/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/observability/datasets` (`create_dataset_v1_observability_datasets_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn create_dataset_v1_observability_datasets_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::CreateDatasetRequest =
        serde_json::from_str(r#"{"name":"xxxxx","description":"x"}"#).unwrap();
    let answer = support::generated::send(client.observability().datasets().create_dataset(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/datasets", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1observability~1datasets/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "create_dataset_v1_observability_datasets_post",
        "/paths/~1v1~1observability~1datasets/post/responses/201/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/observability/datasets/{dataset_id}` (`get_dataset_by_id_v1_observability_datasets__dataset_id__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_dataset_by_id_v1_observability_datasets_dataset_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .observability()
            .datasets()
            .get_dataset_by_id("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/observability/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_dataset_by_id_v1_observability_datasets__dataset_id__get", "/paths/~1v1~1observability~1datasets~1{dataset_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `PATCH /v1/observability/datasets/{dataset_id}` (`update_dataset_v1_observability_datasets__dataset_id__patch`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn update_dataset_v1_observability_datasets_dataset_id_patch() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::UpdateDatasetRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .datasets()
            .update_dataset("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PATCH",
        "/v1/observability/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1datasets~1{dataset_id}/patch/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "update_dataset_v1_observability_datasets__dataset_id__patch", "/paths/~1v1~1observability~1datasets~1{dataset_id}/patch/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/observability/datasets/{dataset_id}` (`delete_dataset_v1_observability_datasets__dataset_id__delete`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn delete_dataset_v1_observability_datasets_dataset_id_delete() {
    let (server, client) = support::generated::start().await;
    support::generated::send(
        client
            .observability()
            .datasets()
            .delete_dataset("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/observability/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
}

/// `GET /v1/observability/datasets/{dataset_id}/exports/to-jsonl` (`export_dataset_to_jsonl_v1_observability_datasets__dataset_id__exports_to_jsonl_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn export_dataset_to_jsonl_v1_observability_datasets_dataset_id_exports_to_jsonl_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .observability()
            .datasets()
            .export_dataset_to_jsonl("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/observability/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6/exports/to-jsonl",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "export_dataset_to_jsonl_v1_observability_datasets__dataset_id__exports_to_jsonl_get", "/paths/~1v1~1observability~1datasets~1{dataset_id}~1exports~1to-jsonl/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/datasets/{dataset_id}/imports/from-campaign` (`post_dataset_records_from_campaign_v1_observability_datasets__dataset_id__imports_from_campaign_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn post_dataset_records_from_campaign_v1_observability_datasets_dataset_id_imports_from_campaign_post()
{
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::ImportDatasetFromCampaignRequest =
        serde_json::from_str(r#"{"campaign_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .datasets()
            .post_dataset_records_from_campaign("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/observability/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6/imports/from-campaign",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1datasets~1{dataset_id}~1imports~1from-campaign/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "post_dataset_records_from_campaign_v1_observability_datasets__dataset_id__imports_from_campaign_post", "/paths/~1v1~1observability~1datasets~1{dataset_id}~1imports~1from-campaign/post/responses/202/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/datasets/{dataset_id}/imports/from-dataset` (`post_dataset_records_from_dataset_v1_observability_datasets__dataset_id__imports_from_dataset_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn post_dataset_records_from_dataset_v1_observability_datasets_dataset_id_imports_from_dataset_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::ImportDatasetFromDatasetRequest =
        serde_json::from_str(r#"{"dataset_record_ids":["3fa85f64-5717-4562-b3fc-2c963f66afa6"]}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .datasets()
            .post_dataset_records_from_dataset("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/observability/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6/imports/from-dataset",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1datasets~1{dataset_id}~1imports~1from-dataset/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "post_dataset_records_from_dataset_v1_observability_datasets__dataset_id__imports_from_dataset_post", "/paths/~1v1~1observability~1datasets~1{dataset_id}~1imports~1from-dataset/post/responses/202/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/datasets/{dataset_id}/imports/from-explorer` (`post_dataset_records_from_explorer_v1_observability_datasets__dataset_id__imports_from_explorer_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn post_dataset_records_from_explorer_v1_observability_datasets_dataset_id_imports_from_explorer_post()
{
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::ImportDatasetFromExplorerRequest =
        serde_json::from_str(r#"{"completion_event_ids":["x"]}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .datasets()
            .post_dataset_records_from_explorer("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/observability/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6/imports/from-explorer",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1datasets~1{dataset_id}~1imports~1from-explorer/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "post_dataset_records_from_explorer_v1_observability_datasets__dataset_id__imports_from_explorer_post", "/paths/~1v1~1observability~1datasets~1{dataset_id}~1imports~1from-explorer/post/responses/202/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/datasets/{dataset_id}/imports/from-file` (`post_dataset_records_from_file_v1_observability_datasets__dataset_id__imports_from_file_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn post_dataset_records_from_file_v1_observability_datasets_dataset_id_imports_from_file_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::ImportDatasetFromFileRequest =
        serde_json::from_str(r#"{"file_id":"x"}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .datasets()
            .post_dataset_records_from_file("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/observability/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6/imports/from-file",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1datasets~1{dataset_id}~1imports~1from-file/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "post_dataset_records_from_file_v1_observability_datasets__dataset_id__imports_from_file_post", "/paths/~1v1~1observability~1datasets~1{dataset_id}~1imports~1from-file/post/responses/202/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/datasets/{dataset_id}/imports/from-playground` (`post_dataset_records_from_playground_v1_observability_datasets__dataset_id__imports_from_playground_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn post_dataset_records_from_playground_v1_observability_datasets_dataset_id_imports_from_playground_post(
) {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::ImportDatasetFromPlaygroundRequest =
        serde_json::from_str(r#"{"conversation_ids":["x"]}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .datasets()
            .post_dataset_records_from_playground("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/observability/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6/imports/from-playground",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1datasets~1{dataset_id}~1imports~1from-playground/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "post_dataset_records_from_playground_v1_observability_datasets__dataset_id__imports_from_playground_post", "/paths/~1v1~1observability~1datasets~1{dataset_id}~1imports~1from-playground/post/responses/202/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/datasets/{dataset_id}/records` (`get_dataset_records_v1_observability_datasets__dataset_id__records_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_dataset_records_v1_observability_datasets_dataset_id_records_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityDatasetsGetDatasetRecordsQuery::builder()
            .build();
    let answer = support::generated::send(
        client
            .observability()
            .datasets()
            .get_dataset_records("3fa85f64-5717-4562-b3fc-2c963f66afa6", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/observability/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6/records",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_dataset_records_v1_observability_datasets__dataset_id__records_get", "/paths/~1v1~1observability~1datasets~1{dataset_id}~1records/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/datasets/{dataset_id}/records` (`create_dataset_record_v1_observability_datasets__dataset_id__records_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn create_dataset_record_v1_observability_datasets_dataset_id_records_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::CreateDatasetRecordRequest =
        serde_json::from_str(r#"{"payload":{}}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .datasets()
            .create_dataset_record("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/observability/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6/records",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1datasets~1{dataset_id}~1records/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "create_dataset_record_v1_observability_datasets__dataset_id__records_post", "/paths/~1v1~1observability~1datasets~1{dataset_id}~1records/post/responses/201/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/datasets/{dataset_id}/tasks` (`get_dataset_import_tasks_v1_observability_datasets__dataset_id__tasks_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_dataset_import_tasks_v1_observability_datasets_dataset_id_tasks_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityDatasetsGetDatasetImportTasksQuery::builder()
            .build();
    let answer = support::generated::send(
        client
            .observability()
            .datasets()
            .get_dataset_import_tasks("3fa85f64-5717-4562-b3fc-2c963f66afa6", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/observability/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6/tasks",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_dataset_import_tasks_v1_observability_datasets__dataset_id__tasks_get", "/paths/~1v1~1observability~1datasets~1{dataset_id}~1tasks/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/datasets/{dataset_id}/tasks/{task_id}` (`get_dataset_import_task_v1_observability_datasets__dataset_id__tasks__task_id__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_dataset_import_task_v1_observability_datasets_dataset_id_tasks_task_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.observability().datasets().get_dataset_import_task(
        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    ))
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6/tasks/3fa85f64-5717-4562-b3fc-2c963f66afa6", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_dataset_import_task_v1_observability_datasets__dataset_id__tasks__task_id__get", "/paths/~1v1~1observability~1datasets~1{dataset_id}~1tasks~1{task_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/judges` (`get_judges_v1_observability_judges_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_judges_v1_observability_judges_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::observability::ObservabilityJudgesGetJudgesQuery::builder().build();
    let answer = support::generated::send(client.observability().judges().get_judges(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/judges", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_judges_v1_observability_judges_get",
        "/paths/~1v1~1observability~1judges/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/observability/judges` (`create_judge_v1_observability_judges_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn create_judge_v1_observability_judges_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::CreateJudgeRequest = serde_json::from_str(r#"{"name":"xxxxx","description":"x","model_name":"x","output":{"options":[{"value":"x","description":"x"}],"type":"CLASSIFICATION"},"instructions":"x","tools":["x"]}"#).unwrap();
    let answer = support::generated::send(client.observability().judges().create_judge(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/judges", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1observability~1judges/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "create_judge_v1_observability_judges_post",
        "/paths/~1v1~1observability~1judges/post/responses/201/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/observability/judges/{judge_id}` (`get_judge_by_id_v1_observability_judges__judge_id__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_judge_by_id_v1_observability_judges_judge_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .observability()
            .judges()
            .get_judge_by_id("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/observability/judges/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_judge_by_id_v1_observability_judges__judge_id__get",
        "/paths/~1v1~1observability~1judges~1{judge_id}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PUT /v1/observability/judges/{judge_id}` (`update_judge_v1_observability_judges__judge_id__put`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn update_judge_v1_observability_judges_judge_id_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::UpdateJudgeRequest = serde_json::from_str(r#"{"name":"xxxxx","description":"x","model_name":"x","output":{"options":[{"value":"x","description":"x"}],"type":"CLASSIFICATION"},"instructions":"x","tools":["x"]}"#).unwrap();
    support::generated::send(
        client
            .observability()
            .judges()
            .update_judge("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PUT",
        "/v1/observability/judges/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(
        support::generated::Spec::Main,
        Some(
            "/paths/~1v1~1observability~1judges~1{judge_id}/put/requestBody/content/application~1json/schema",
        ),
    );
}

/// `DELETE /v1/observability/judges/{judge_id}` (`delete_judge_v1_observability_judges__judge_id__delete`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn delete_judge_v1_observability_judges_judge_id_delete() {
    let (server, client) = support::generated::start().await;
    support::generated::send(
        client
            .observability()
            .judges()
            .delete_judge("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/observability/judges/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
}

/// `POST /v1/observability/judges/{judge_id}/live-judging` (`judge_conversation_v1_observability_judges__judge_id__live_judging_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn judge_conversation_v1_observability_judges_judge_id_live_judging_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::JudgeConversationRequest =
        serde_json::from_str(r#"{"messages":[{}]}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .judges()
            .conversation("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/observability/judges/3fa85f64-5717-4562-b3fc-2c963f66afa6/live-judging",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1judges~1{judge_id}~1live-judging/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "judge_conversation_v1_observability_judges__judge_id__live_judging_post", "/paths/~1v1~1observability~1judges~1{judge_id}~1live-judging/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/logs/fields` (`get_log_fields_v1_observability_logs_fields_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_log_fields_v1_observability_logs_fields_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.observability().logs().get_log_fields())
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/logs/fields", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_log_fields_v1_observability_logs_fields_get",
        "/paths/~1v1~1observability~1logs~1fields/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/observability/logs/fields/{field_name}/options` (`get_log_field_options_v1_observability_logs_fields__field_name__options_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_log_field_options_v1_observability_logs_fields_field_name_options_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityLogsGetLogFieldOptionsQuery::builder().build();
    let answer = support::generated::send(client.observability().logs().get_log_field_options("x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/logs/fields/x/options", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_log_field_options_v1_observability_logs_fields__field_name__options_get", "/paths/~1v1~1observability~1logs~1fields~1{field_name}~1options/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/logs/search` (`search_logs_v1_observability_logs_search_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn search_logs_v1_observability_logs_search_post() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::observability::ObservabilityLogsSearchLogsQuery::builder().build();
    let body: mistral_types::generated::observability::LogsRequest = serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.observability().logs().search_logs(&query, &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/logs/search", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1observability~1logs~1search/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "search_logs_v1_observability_logs_search_post",
        "/paths/~1v1~1observability~1logs~1search/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/observability/spans/aggregate` (`aggregate_spans_v1_observability_spans_aggregate_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn aggregate_spans_v1_observability_spans_aggregate_post() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilitySpansAggregateSpansQuery::builder().build();
    let body: mistral_types::generated::observability::AggregationRequest =
        serde_json::from_str(r#"{"metric":{"measure":"x","aggregation":"count"}}"#).unwrap();
    let answer = support::generated::send(client.observability().spans().aggregate_spans(&query, &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/spans/aggregate", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some(
            "/paths/~1v1~1observability~1spans~1aggregate/post/requestBody/content/application~1json/schema",
        ),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "aggregate_spans_v1_observability_spans_aggregate_post",
        "/paths/~1v1~1observability~1spans~1aggregate/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/observability/spans/evaluations/fields` (`get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.observability().spans().get_span_evaluation_fields())
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/spans/evaluations/fields", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get", "/paths/~1v1~1observability~1spans~1evaluations~1fields/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/spans/evaluations/fields/{field_name}/options` (`get_span_evaluation_field_options_v1_observability_spans_evaluations_fields__field_name__options_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_span_evaluation_field_options_v1_observability_spans_evaluations_fields_field_name_options_get()
{
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::observability::ObservabilitySpansGetSpanEvaluationFieldOptionsQuery::builder().build();
    let answer = support::generated::send(
        client
            .observability()
            .spans()
            .get_span_evaluation_field_options("x", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/spans/evaluations/fields/x/options", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_span_evaluation_field_options_v1_observability_spans_evaluations_fields__field_name__options_get", "/paths/~1v1~1observability~1spans~1evaluations~1fields~1{field_name}~1options/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/spans/evaluations/search` (`search_span_evaluations_v1_observability_spans_evaluations_search_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn search_span_evaluations_v1_observability_spans_evaluations_search_post() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilitySpansSearchSpanEvaluationsQuery::builder()
            .build();
    let body: mistral_types::generated::observability::SpanEvaluationsRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .spans()
            .search_span_evaluations(&query, &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/spans/evaluations/search", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1spans~1evaluations~1search/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "search_span_evaluations_v1_observability_spans_evaluations_search_post", "/paths/~1v1~1observability~1spans~1evaluations~1search/post/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/spans/evaluations/search/latest` (`search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilitySpansSearchLatestSpanEvaluationsQuery::builder(
        )
        .build();
    let body: mistral_types::generated::observability::SpanEvaluationsRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .spans()
            .search_latest_span_evaluations(&query, &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/spans/evaluations/search/latest", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1observability~1spans~1evaluations~1search~1latest/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post", "/paths/~1v1~1observability~1spans~1evaluations~1search~1latest/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/spans/fields` (`get_span_fields_v1_observability_spans_fields_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_span_fields_v1_observability_spans_fields_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.observability().spans().get_span_fields())
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/spans/fields", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_span_fields_v1_observability_spans_fields_get",
        "/paths/~1v1~1observability~1spans~1fields/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/observability/spans/fields/{field_name}/options` (`get_span_field_options_v1_observability_spans_fields__field_name__options_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_span_field_options_v1_observability_spans_fields_field_name_options_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilitySpansGetSpanFieldOptionsQuery::builder()
            .build();
    let answer = support::generated::send(client.observability().spans().get_span_field_options("x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/spans/fields/x/options", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_span_field_options_v1_observability_spans_fields__field_name__options_get", "/paths/~1v1~1observability~1spans~1fields~1{field_name}~1options/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/spans/search` (`search_spans_v1_observability_spans_search_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn search_spans_v1_observability_spans_search_post() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilitySpansSearchSpansQuery::builder().build();
    let body: mistral_types::generated::observability::SpansRequest = serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.observability().spans().search_spans(&query, &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/spans/search", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1observability~1spans~1search/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "search_spans_v1_observability_spans_search_post",
        "/paths/~1v1~1observability~1spans~1search/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/observability/traces/aggregate` (`aggregate_traces_v1_observability_traces_aggregate_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn aggregate_traces_v1_observability_traces_aggregate_post() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityTracesAggregateTracesQuery::builder().build();
    let body: mistral_types::generated::observability::AggregationRequest =
        serde_json::from_str(r#"{"metric":{"measure":"x","aggregation":"count"}}"#).unwrap();
    let answer = support::generated::send(client.observability().traces().aggregate_traces(&query, &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/traces/aggregate", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some(
            "/paths/~1v1~1observability~1traces~1aggregate/post/requestBody/content/application~1json/schema",
        ),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "aggregate_traces_v1_observability_traces_aggregate_post",
        "/paths/~1v1~1observability~1traces~1aggregate/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/observability/traces/fields` (`get_trace_fields_v1_observability_traces_fields_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_trace_fields_v1_observability_traces_fields_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.observability().traces().get_trace_fields())
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/traces/fields", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_trace_fields_v1_observability_traces_fields_get",
        "/paths/~1v1~1observability~1traces~1fields/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/observability/traces/fields/{field_name}/options` (`get_trace_field_options_v1_observability_traces_fields__field_name__options_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_trace_field_options_v1_observability_traces_fields_field_name_options_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityTracesGetTraceFieldOptionsQuery::builder()
            .build();
    let answer = support::generated::send(
        client
            .observability()
            .traces()
            .get_trace_field_options("x", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/traces/fields/x/options", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_trace_field_options_v1_observability_traces_fields__field_name__options_get", "/paths/~1v1~1observability~1traces~1fields~1{field_name}~1options/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/traces/search` (`search_traces_v1_observability_traces_search_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn search_traces_v1_observability_traces_search_post() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityTracesSearchTracesQuery::builder().build();
    let body: mistral_types::generated::observability::TracesRequest = serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.observability().traces().search_traces(&query, &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/traces/search", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1observability~1traces~1search/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "search_traces_v1_observability_traces_search_post",
        "/paths/~1v1~1observability~1traces~1search/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/observability/traces/{trace_id}` (`get_trace_by_id_v1_observability_traces__trace_id__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_trace_by_id_v1_observability_traces_trace_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.observability().traces().get_trace_by_id("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/traces/x", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_trace_by_id_v1_observability_traces__trace_id__get",
        "/paths/~1v1~1observability~1traces~1{trace_id}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/observability/traces/{trace_id}/spans` (`get_trace_spans_v1_observability_traces__trace_id__spans_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_trace_spans_v1_observability_traces_trace_id_spans_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityTracesGetTraceSpansQuery::builder().build();
    let answer = support::generated::send(client.observability().traces().get_trace_spans("x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/traces/x/spans", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_trace_spans_v1_observability_traces__trace_id__spans_get", "/paths/~1v1~1observability~1traces~1{trace_id}~1spans/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/traces/{trace_id}/spans/{span_id}` (`get_span_by_id_v1_observability_traces__trace_id__spans__span_id__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_span_by_id_v1_observability_traces_trace_id_spans_span_id_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityTracesGetSpanByIdQuery::builder().build();
    let answer = support::generated::send(client.observability().traces().get_span_by_id("x", "x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/traces/x/spans/x", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_span_by_id_v1_observability_traces__trace_id__spans__span_id__get", "/paths/~1v1~1observability~1traces~1{trace_id}~1spans~1{span_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/rag/deployments` (`get_deployment_summaries_v1_rag_deployments_get`)
#[cfg(feature = "rag")]
#[tokio::test]
async fn get_deployment_summaries_v1_rag_deployments_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.rag().search_indexes().get_deployment_summaries())
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/rag/deployments", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_deployment_summaries_v1_rag_deployments_get",
        "/paths/~1v1~1rag~1deployments/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PUT /v1/rag/deployments` (`register_deployment_v1_rag_deployments_put`)
#[cfg(feature = "rag")]
#[tokio::test]
async fn register_deployment_v1_rag_deployments_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::rag::RegisterDeploymentRequestDeployment = serde_json::from_str(r#"{"name":"x","deployment":{"vespa_version":"x","indexes":[{"name":"x","fields":[],"sd":"x"}],"query_url":"x","type":"vespa"}}"#).unwrap();
    let answer = support::generated::send(client.rag().search_indexes().register_deployment(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PUT", "/v1/rag/deployments", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1rag~1deployments/put/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "register_deployment_v1_rag_deployments_put",
        "/paths/~1v1~1rag~1deployments/put/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v1/rag/deployments/{deployment_id}` (`unregister_deployment_v1_rag_deployments__deployment_id__delete`)
#[cfg(feature = "rag")]
#[tokio::test]
async fn unregister_deployment_v1_rag_deployments_deployment_id_delete() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .rag()
            .search_indexes()
            .unregister_deployment("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "DELETE",
        "/v1/rag/deployments/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "unregister_deployment_v1_rag_deployments__deployment_id__delete", "/paths/~1v1~1rag~1deployments~1{deployment_id}/delete/responses/200/content/application~1json/schema", &answer);
}

/// `PUT /v1/rag/deployments/{deployment_id}/metrics` (`update_index_metrics_v1_rag_deployments__deployment_id__metrics_put`)
#[cfg(feature = "rag")]
#[tokio::test]
async fn update_index_metrics_v1_rag_deployments_deployment_id_metrics_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::rag::RagSearchIndexesUpdateIndexMetricsRequest =
        serde_json::from_str(
            r#"{"status":"online","document_count":1,"index_metrics":[{"name":"x","document_count":1}]}"#,
        )
        .unwrap();
    let answer = support::generated::send(
        client
            .rag()
            .search_indexes()
            .update_index_metrics("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PUT",
        "/v1/rag/deployments/3fa85f64-5717-4562-b3fc-2c963f66afa6/metrics",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1rag~1deployments~1{deployment_id}~1metrics/put/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "update_index_metrics_v1_rag_deployments__deployment_id__metrics_put", "/paths/~1v1~1rag~1deployments~1{deployment_id}~1metrics/put/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/rag/ingestion_pipeline_configurations` (`get_configs_v1_rag_ingestion_pipeline_configurations_get`)
#[cfg(feature = "rag")]
#[tokio::test]
async fn get_configs_v1_rag_ingestion_pipeline_configurations_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.rag().ingestion_pipeline_configurations().get_configs())
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/rag/ingestion_pipeline_configurations", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_configs_v1_rag_ingestion_pipeline_configurations_get", "/paths/~1v1~1rag~1ingestion_pipeline_configurations/get/responses/200/content/application~1json/schema", &answer);
}

/// `PUT /v1/rag/ingestion_pipeline_configurations` (`register_config_v1_rag_ingestion_pipeline_configurations_put`)
#[cfg(feature = "rag")]
#[tokio::test]
async fn register_config_v1_rag_ingestion_pipeline_configurations_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::rag::CreateIngestionPipelineConfigurationRequest =
        serde_json::from_str(r#"{"name":"x"}"#).unwrap();
    let answer = support::generated::send(
        client
            .rag()
            .ingestion_pipeline_configurations()
            .register_config(&body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PUT", "/v1/rag/ingestion_pipeline_configurations", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1rag~1ingestion_pipeline_configurations/put/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "register_config_v1_rag_ingestion_pipeline_configurations_put", "/paths/~1v1~1rag~1ingestion_pipeline_configurations/put/responses/200/content/application~1json/schema", &answer);
}

/// `PUT /v1/rag/ingestion_pipeline_configurations/{id}/run_info` (`update_run_info_v1_rag_ingestion_pipeline_configurations__id__run_info_put`)
#[cfg(feature = "rag")]
#[tokio::test]
async fn update_run_info_v1_rag_ingestion_pipeline_configurations_id_run_info_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::rag::UpdateRunInfo =
        serde_json::from_str(r#"{"execution_time":"2026-01-01T00:00:00Z","chunks_count":1}"#).unwrap();
    let answer = support::generated::send(
        client
            .rag()
            .ingestion_pipeline_configurations()
            .update_run_info("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "PUT",
        "/v1/rag/ingestion_pipeline_configurations/3fa85f64-5717-4562-b3fc-2c963f66afa6/run_info",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1rag~1ingestion_pipeline_configurations~1{id}~1run_info/put/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "update_run_info_v1_rag_ingestion_pipeline_configurations__id__run_info_put", "/paths/~1v1~1rag~1ingestion_pipeline_configurations~1{id}~1run_info/put/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/users/me` (`users_api_get_identity`)
#[cfg(feature = "users")]
#[tokio::test]
async fn users_api_get_identity() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.users().get_identity())
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/users/me", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_get_identity",
        "/paths/~1v1~1users~1me/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/users/me/organizations` (`users_api_list_organizations`)
#[cfg(feature = "users")]
#[tokio::test]
async fn users_api_list_organizations() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::users::UsersListOrganizationsQuery::builder().build();
    let answer = support::generated::send(client.users().list_organizations(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/users/me/organizations", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_list_organizations",
        "/paths/~1v1~1users~1me~1organizations/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/users/me/workspaces` (`users_api_list_workspaces`)
#[cfg(feature = "users")]
#[tokio::test]
async fn users_api_list_workspaces() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::users::UsersListWorkspacesQuery::builder().build();
    let answer = support::generated::send(client.users().list_workspaces(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/users/me/workspaces", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "users_api_list_workspaces",
        "/paths/~1v1~1users~1me~1workspaces/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/workflows` (`get_workflows_v1_workflows_get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_workflows_v1_workflows_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::workflows::WorkflowsGetWorkflowsQuery::builder().build();
    let answer = support::generated::send(client.workflows().get_workflows(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_workflows_v1_workflows_get",
        "/paths/~1v1~1workflows/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PUT /v1/workflows/archive` (`bulk_archive_workflows_v1_workflows_archive_put`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn bulk_archive_workflows_v1_workflows_archive_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::WorkflowBulkArchiveRequest =
        serde_json::from_str(r#"{"workflow_ids":["3fa85f64-5717-4562-b3fc-2c963f66afa6"]}"#).unwrap();
    let answer = support::generated::send(client.workflows().bulk_archive_workflows(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PUT", "/v1/workflows/archive", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1workflows~1archive/put/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "bulk_archive_workflows_v1_workflows_archive_put",
        "/paths/~1v1~1workflows~1archive/put/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/workflows/deployments` (`list_deployments_v1_workflows_deployments_get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn list_deployments_v1_workflows_deployments_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::workflows::WorkflowsDeploymentsListDeploymentsQuery::builder().build();
    let answer = support::generated::send(client.workflows().deployments().list_deployments(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/deployments", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "list_deployments_v1_workflows_deployments_get",
        "/paths/~1v1~1workflows~1deployments/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/workflows/deployments` (`create_deployment_v1_workflows_deployments_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn create_deployment_v1_workflows_deployments_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::CreateDeploymentRequest =
        serde_json::from_str(r#"{"name":"x","spec":{}}"#).unwrap();
    let answer = support::generated::send(client.workflows().deployments().create_deployment(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/deployments", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1workflows~1deployments/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "create_deployment_v1_workflows_deployments_post",
        "/paths/~1v1~1workflows~1deployments/post/responses/202/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/workflows/deployments/{name}` (`get_deployment_v1_workflows_deployments__name__get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_deployment_v1_workflows_deployments_name_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::workflows::WorkflowsDeploymentsGetDeploymentQuery::builder().build();
    let answer = support::generated::send(client.workflows().deployments().get_deployment("x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/deployments/x", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_deployment_v1_workflows_deployments__name__get",
        "/paths/~1v1~1workflows~1deployments~1{name}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PATCH /v1/workflows/deployments/{name}` (`update_deployment_v1_workflows_deployments__name__patch`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn update_deployment_v1_workflows_deployments_name_patch() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::UpdateDeploymentRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.workflows().deployments().update_deployment("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PATCH", "/v1/workflows/deployments/x", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some(
            "/paths/~1v1~1workflows~1deployments~1{name}/patch/requestBody/content/application~1json/schema",
        ),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "update_deployment_v1_workflows_deployments__name__patch",
        "/paths/~1v1~1workflows~1deployments~1{name}/patch/responses/202/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v1/workflows/deployments/{name}` (`delete_deployment_v1_workflows_deployments__name__delete`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn delete_deployment_v1_workflows_deployments_name_delete() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.workflows().deployments().delete_deployment("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v1/workflows/deployments/x", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "delete_deployment_v1_workflows_deployments__name__delete",
        "/paths/~1v1~1workflows~1deployments~1{name}/delete/responses/202/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/workflows/deployments/{name}/logs` (`get_deployment_logs`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_deployment_logs() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::workflows::WorkflowsDeploymentsGetDeploymentLogsQuery::builder().build();
    let answer = support::generated::send(client.workflows().deployments().get_deployment_logs("x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/deployments/x/logs", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_deployment_logs", "/paths/~1v1~1workflows~1deployments~1{name}~1logs/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/workflows/deployments/{name}/logs/stream` (`stream_deployment_logs`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn stream_deployment_logs() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::workflows::WorkflowsDeploymentsStreamDeploymentLogsQuery::builder().build();
    let mut stream = support::generated::send(
        client
            .workflows()
            .deployments()
            .stream_deployment_logs("x", &query),
    )
    .await
    .unwrap();
    let event = stream.next().await.unwrap().unwrap();
    assert!(
        stream.next().await.is_none(),
        "the body ended between events: a clean end"
    );
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/deployments/x/logs/stream", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::event_as_served(
        "stream_deployment_logs",
        event.name(),
        event.data().map(|d| serde_json::to_value(d).unwrap()),
    );
}

/// `POST /v1/workflows/deployments/{name}/restart` (`restart_deployment_v1_workflows_deployments__name__restart_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn restart_deployment_v1_workflows_deployments_name_restart_post() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.workflows().deployments().restart_deployment("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/deployments/x/restart", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "restart_deployment_v1_workflows_deployments__name__restart_post", "/paths/~1v1~1workflows~1deployments~1{name}~1restart/post/responses/202/content/application~1json/schema", &answer);
}

/// `POST /v1/workflows/deployments/{name}/start` (`start_deployment_v1_workflows_deployments__name__start_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn start_deployment_v1_workflows_deployments_name_start_post() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.workflows().deployments().start_deployment("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/deployments/x/start", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "start_deployment_v1_workflows_deployments__name__start_post", "/paths/~1v1~1workflows~1deployments~1{name}~1start/post/responses/202/content/application~1json/schema", &answer);
}

/// `POST /v1/workflows/deployments/{name}/stop` (`stop_deployment_v1_workflows_deployments__name__stop_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn stop_deployment_v1_workflows_deployments_name_stop_post() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.workflows().deployments().stop_deployment("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/deployments/x/stop", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "stop_deployment_v1_workflows_deployments__name__stop_post", "/paths/~1v1~1workflows~1deployments~1{name}~1stop/post/responses/202/content/application~1json/schema", &answer);
}

/// `GET /v1/workflows/deployments/{name}/workers` (`list_deployment_workers_v1_workflows_deployments__name__workers_get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn list_deployment_workers_v1_workflows_deployments_name_workers_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::workflows::WorkflowsDeploymentsListDeploymentWorkersQuery::builder()
            .build();
    let answer = support::generated::send(
        client
            .workflows()
            .deployments()
            .list_deployment_workers("x", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/deployments/x/workers", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "list_deployment_workers_v1_workflows_deployments__name__workers_get", "/paths/~1v1~1workflows~1deployments~1{name}~1workers/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/workflows/events/list` (`get_workflow_events_v1_workflows_events_list_get`)
#[cfg(feature = "events")]
#[tokio::test]
async fn get_workflow_events_v1_workflows_events_list_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::events::EventsGetWorkflowEventsQuery::builder().build();
    let answer = support::generated::send(client.events().get_workflow_events(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/events/list", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_workflow_events_v1_workflows_events_list_get",
        "/paths/~1v1~1workflows~1events~1list/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/workflows/events/stream` (`get_stream_events_v1_workflows_events_stream_get`)
#[cfg(feature = "events")]
#[tokio::test]
async fn get_stream_events_v1_workflows_events_stream_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::events::EventsGetStreamEventsQuery::builder().build();
    let mut stream = support::generated::send(client.events().get_stream_events(&query))
        .await
        .unwrap();
    let event = stream.next().await.unwrap().unwrap();
    assert!(
        stream.next().await.is_none(),
        "the body ended between events: a clean end"
    );
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/events/stream", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::event_as_served(
        "get_stream_events_v1_workflows_events_stream_get",
        event.name(),
        event.data().map(|d| serde_json::to_value(d).unwrap()),
    );
}

/// `POST /v1/workflows/executions/cancel` (`batch_cancel_workflow_executions_v1_workflows_executions_cancel_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn batch_cancel_workflow_executions_v1_workflows_executions_cancel_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::BatchExecutionBody =
        serde_json::from_str(r#"{"execution_ids":["x"]}"#).unwrap();
    let answer = support::generated::send(
        client
            .workflows()
            .executions()
            .batch_cancel_workflow_executions(&body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/executions/cancel", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1workflows~1executions~1cancel/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "batch_cancel_workflow_executions_v1_workflows_executions_cancel_post",
        "/paths/~1v1~1workflows~1executions~1cancel/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/workflows/executions/terminate` (`batch_terminate_workflow_executions_v1_workflows_executions_terminate_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn batch_terminate_workflow_executions_v1_workflows_executions_terminate_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::BatchExecutionBody =
        serde_json::from_str(r#"{"execution_ids":["x"]}"#).unwrap();
    let answer = support::generated::send(
        client
            .workflows()
            .executions()
            .batch_terminate_workflow_executions(&body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/executions/terminate", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some(
            "/paths/~1v1~1workflows~1executions~1terminate/post/requestBody/content/application~1json/schema",
        ),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "batch_terminate_workflow_executions_v1_workflows_executions_terminate_post",
        "/paths/~1v1~1workflows~1executions~1terminate/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/workflows/executions/{execution_id}` (`get_workflow_execution_v1_workflows_executions__execution_id__get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_workflow_execution_v1_workflows_executions_execution_id_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionQuery::builder().build();
    let answer = support::generated::send(
        client
            .workflows()
            .executions()
            .get_workflow_execution("x", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/executions/x", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_workflow_execution_v1_workflows_executions__execution_id__get", "/paths/~1v1~1workflows~1executions~1{execution_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/workflows/executions/{execution_id}/cancel` (`cancel_workflow_execution_v1_workflows_executions__execution_id__cancel_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn cancel_workflow_execution_v1_workflows_executions_execution_id_cancel_post() {
    let (server, client) = support::generated::start().await;
    support::generated::send(client.workflows().executions().cancel_workflow_execution("x"))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/executions/x/cancel", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
}

/// `GET /v1/workflows/executions/{execution_id}/history` (`get_workflow_execution_history_v1_workflows_executions__execution_id__history_get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_workflow_execution_history_v1_workflows_executions_execution_id_history_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionHistoryQuery::builder()
            .build();
    let answer = support::generated::send(
        client
            .workflows()
            .executions()
            .get_workflow_execution_history("x", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/executions/x/history", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_workflow_execution_history_v1_workflows_executions__execution_id__history_get", "/paths/~1v1~1workflows~1executions~1{execution_id}~1history/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/workflows/executions/{execution_id}/logs` (`get_workflow_execution_logs`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_workflow_execution_logs() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionLogsQuery::builder()
            .build();
    let answer = support::generated::send(
        client
            .workflows()
            .executions()
            .get_workflow_execution_logs("x", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/executions/x/logs", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_workflow_execution_logs", "/paths/~1v1~1workflows~1executions~1{execution_id}~1logs/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/workflows/executions/{execution_id}/logs/stream` (`stream_workflow_execution_logs`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn stream_workflow_execution_logs() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::workflows::WorkflowsExecutionsStreamWorkflowExecutionLogsQuery::builder()
            .build();
    let mut stream = support::generated::send(
        client
            .workflows()
            .executions()
            .stream_workflow_execution_logs("x", &query),
    )
    .await
    .unwrap();
    let event = stream.next().await.unwrap().unwrap();
    assert!(
        stream.next().await.is_none(),
        "the body ended between events: a clean end"
    );
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/executions/x/logs/stream", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::event_as_served(
        "stream_workflow_execution_logs",
        event.name(),
        event.data().map(|d| serde_json::to_value(d).unwrap()),
    );
}

/// `POST /v1/workflows/executions/{execution_id}/queries` (`query_workflow_execution_v1_workflows_executions__execution_id__queries_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn query_workflow_execution_v1_workflows_executions_execution_id_queries_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::QueryInvocationBody =
        serde_json::from_str(r#"{"name":"x"}"#).unwrap();
    let answer = support::generated::send(
        client
            .workflows()
            .executions()
            .query_workflow_execution("x", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/executions/x/queries", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1workflows~1executions~1{execution_id}~1queries/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "query_workflow_execution_v1_workflows_executions__execution_id__queries_post", "/paths/~1v1~1workflows~1executions~1{execution_id}~1queries/post/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/workflows/executions/{execution_id}/reset` (`reset_workflow_v1_workflows_executions__execution_id__reset_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn reset_workflow_v1_workflows_executions_execution_id_reset_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::ResetInvocationBody =
        serde_json::from_str(r#"{"event_id":1}"#).unwrap();
    support::generated::send(client.workflows().executions().reset_workflow("x", &body))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/executions/x/reset", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1workflows~1executions~1{execution_id}~1reset/post/requestBody/content/application~1json/schema"));
}

/// `POST /v1/workflows/executions/{execution_id}/signals` (`signal_workflow_execution_v1_workflows_executions__execution_id__signals_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn signal_workflow_execution_v1_workflows_executions_execution_id_signals_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::SignalInvocationBody =
        serde_json::from_str(r#"{"name":"x"}"#).unwrap();
    let answer = support::generated::send(
        client
            .workflows()
            .executions()
            .signal_workflow_execution("x", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/executions/x/signals", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1workflows~1executions~1{execution_id}~1signals/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "signal_workflow_execution_v1_workflows_executions__execution_id__signals_post", "/paths/~1v1~1workflows~1executions~1{execution_id}~1signals/post/responses/202/content/application~1json/schema", &answer);
}

/// `GET /v1/workflows/executions/{execution_id}/stream` (`stream_v1_workflows_executions__execution_id__stream_get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn stream_v1_workflows_executions_execution_id_stream_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::workflows::WorkflowsExecutionsStreamQuery::builder().build();
    let mut stream = support::generated::send(client.workflows().executions().stream("x", &query))
        .await
        .unwrap();
    let event = stream.next().await.unwrap().unwrap();
    assert!(
        stream.next().await.is_none(),
        "the body ended between events: a clean end"
    );
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/executions/x/stream", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::event_as_served(
        "stream_v1_workflows_executions__execution_id__stream_get",
        event.name(),
        event.data().map(|d| serde_json::to_value(d).unwrap()),
    );
}

/// `POST /v1/workflows/executions/{execution_id}/terminate` (`terminate_workflow_execution_v1_workflows_executions__execution_id__terminate_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn terminate_workflow_execution_v1_workflows_executions_execution_id_terminate_post() {
    let (server, client) = support::generated::start().await;
    support::generated::send(client.workflows().executions().terminate_workflow_execution("x"))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/executions/x/terminate", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
}

/// `GET /v1/workflows/executions/{execution_id}/trace/events` (`get_workflow_execution_trace_events`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_workflow_execution_trace_events() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionTraceEventsQuery::builder().build();
    let answer = support::generated::send(
        client
            .workflows()
            .executions()
            .get_workflow_execution_trace_events("x", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/executions/x/trace/events", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_workflow_execution_trace_events", "/paths/~1v1~1workflows~1executions~1{execution_id}~1trace~1events/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/workflows/executions/{execution_id}/trace/info` (`get_workflow_execution_trace_info`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_workflow_execution_trace_info() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .workflows()
            .executions()
            .get_workflow_execution_trace_info("x"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/executions/x/trace/info", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_workflow_execution_trace_info", "/paths/~1v1~1workflows~1executions~1{execution_id}~1trace~1info/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/workflows/executions/{execution_id}/trace/otel` (`get_workflow_execution_trace_otel`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_workflow_execution_trace_otel() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .workflows()
            .executions()
            .get_workflow_execution_trace_otel("x"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/executions/x/trace/otel", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_workflow_execution_trace_otel", "/paths/~1v1~1workflows~1executions~1{execution_id}~1trace~1otel/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/workflows/executions/{execution_id}/trace/summary` (`get_workflow_execution_trace_summary`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_workflow_execution_trace_summary() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .workflows()
            .executions()
            .get_workflow_execution_trace_summary("x"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/executions/x/trace/summary", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_workflow_execution_trace_summary", "/paths/~1v1~1workflows~1executions~1{execution_id}~1trace~1summary/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/workflows/executions/{execution_id}/updates` (`update_workflow_execution_v1_workflows_executions__execution_id__updates_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn update_workflow_execution_v1_workflows_executions_execution_id_updates_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::UpdateInvocationBody =
        serde_json::from_str(r#"{"name":"x"}"#).unwrap();
    let answer = support::generated::send(
        client
            .workflows()
            .executions()
            .update_workflow_execution("x", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/executions/x/updates", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1workflows~1executions~1{execution_id}~1updates/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "update_workflow_execution_v1_workflows_executions__execution_id__updates_post", "/paths/~1v1~1workflows~1executions~1{execution_id}~1updates/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/workflows/registrations` (`get_workflow_registrations_v1_workflows_registrations_get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_workflow_registrations_v1_workflows_registrations_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::workflows::WorkflowsGetWorkflowRegistrationsQuery::builder().build();
    let answer = support::generated::send(client.workflows().get_workflow_registrations(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/registrations", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_workflow_registrations_v1_workflows_registrations_get",
        "/paths/~1v1~1workflows~1registrations/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/workflows/registrations/{workflow_registration_id}` (`get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_workflow_registration_v1_workflows_registrations_workflow_registration_id_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::workflows::WorkflowsGetWorkflowRegistrationQuery::builder().build();
    let answer = support::generated::send(
        client
            .workflows()
            .get_workflow_registration("3fa85f64-5717-4562-b3fc-2c963f66afa6", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/workflows/registrations/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get", "/paths/~1v1~1workflows~1registrations~1{workflow_registration_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/workflows/registrations/{workflow_registration_id}/execute` (`execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
#[allow(deprecated)] // the deprecated operation, called on purpose
async fn execute_workflow_registration_v1_workflows_registrations_workflow_registration_id_execute_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::WorkflowExecutionRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .workflows()
            .execute_workflow_registration("3fa85f64-5717-4562-b3fc-2c963f66afa6", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/workflows/registrations/3fa85f64-5717-4562-b3fc-2c963f66afa6/execute",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1workflows~1registrations~1{workflow_registration_id}~1execute/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post", "/paths/~1v1~1workflows~1registrations~1{workflow_registration_id}~1execute/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/workflows/runs` (`list_runs_v1_workflows_runs_get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn list_runs_v1_workflows_runs_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::workflows::WorkflowsRunsListRunsQuery::builder().build();
    let answer = support::generated::send(client.workflows().runs().list_runs(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/runs", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "list_runs_v1_workflows_runs_get",
        "/paths/~1v1~1workflows~1runs/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/workflows/runs/{run_id}` (`get_run_v1_workflows_runs__run_id__get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_run_v1_workflows_runs_run_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(
        client
            .workflows()
            .runs()
            .get_run("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/workflows/runs/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_run_v1_workflows_runs__run_id__get",
        "/paths/~1v1~1workflows~1runs~1{run_id}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/workflows/runs/{run_id}/history` (`get_run_history_v1_workflows_runs__run_id__history_get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_run_history_v1_workflows_runs_run_id_history_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::workflows::WorkflowsRunsGetRunHistoryQuery::builder().build();
    let answer = support::generated::send(
        client
            .workflows()
            .runs()
            .get_run_history("3fa85f64-5717-4562-b3fc-2c963f66afa6", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "GET",
        "/v1/workflows/runs/3fa85f64-5717-4562-b3fc-2c963f66afa6/history",
        &[],
    );
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_run_history_v1_workflows_runs__run_id__history_get",
        "/paths/~1v1~1workflows~1runs~1{run_id}~1history/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/workflows/schedules` (`get_schedules_v1_workflows_schedules_get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_schedules_v1_workflows_schedules_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::workflows::WorkflowsSchedulesGetSchedulesQuery::builder().build();
    let answer = support::generated::send(client.workflows().schedules().get_schedules(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/schedules", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_schedules_v1_workflows_schedules_get",
        "/paths/~1v1~1workflows~1schedules/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/workflows/schedules` (`schedule_workflow_v1_workflows_schedules_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn schedule_workflow_v1_workflows_schedules_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::WorkflowScheduleRequest =
        serde_json::from_str(r#"{"schedule":{"input":"x"}}"#).unwrap();
    let answer = support::generated::send(client.workflows().schedules().workflow(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/schedules", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1workflows~1schedules/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "schedule_workflow_v1_workflows_schedules_post",
        "/paths/~1v1~1workflows~1schedules/post/responses/201/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/workflows/schedules/{schedule_id}` (`get_schedule_v1_workflows_schedules__schedule_id__get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_schedule_v1_workflows_schedules_schedule_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.workflows().schedules().get_schedule("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/schedules/x", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_schedule_v1_workflows_schedules__schedule_id__get",
        "/paths/~1v1~1workflows~1schedules~1{schedule_id}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PATCH /v1/workflows/schedules/{schedule_id}` (`update_schedule_v1_workflows_schedules__schedule_id__patch`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn update_schedule_v1_workflows_schedules_schedule_id_patch() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::WorkflowScheduleUpdateRequest =
        serde_json::from_str(r#"{"schedule":{}}"#).unwrap();
    let answer = support::generated::send(client.workflows().schedules().update_schedule("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PATCH", "/v1/workflows/schedules/x", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1workflows~1schedules~1{schedule_id}/patch/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "update_schedule_v1_workflows_schedules__schedule_id__patch", "/paths/~1v1~1workflows~1schedules~1{schedule_id}/patch/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/workflows/schedules/{schedule_id}` (`unschedule_workflow_v1_workflows_schedules__schedule_id__delete`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn unschedule_workflow_v1_workflows_schedules_schedule_id_delete() {
    let (server, client) = support::generated::start().await;
    support::generated::send(client.workflows().schedules().unschedule_workflow("x"))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v1/workflows/schedules/x", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
}

/// `POST /v1/workflows/schedules/{schedule_id}/pause` (`pause_schedule_v1_workflows_schedules__schedule_id__pause_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn pause_schedule_v1_workflows_schedules_schedule_id_pause_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::WorkflowSchedulePauseRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    support::generated::send(client.workflows().schedules().pause_schedule("x", &body))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/schedules/x/pause", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1workflows~1schedules~1{schedule_id}~1pause/post/requestBody/content/application~1json/schema"));
}

/// `POST /v1/workflows/schedules/{schedule_id}/resume` (`resume_schedule_v1_workflows_schedules__schedule_id__resume_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn resume_schedule_v1_workflows_schedules_schedule_id_resume_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::WorkflowSchedulePauseRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    support::generated::send(client.workflows().schedules().resume_schedule("x", &body))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/schedules/x/resume", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1workflows~1schedules~1{schedule_id}~1resume/post/requestBody/content/application~1json/schema"));
}

/// `POST /v1/workflows/schedules/{schedule_id}/trigger` (`trigger_schedule_v1_workflows_schedules__schedule_id__trigger_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn trigger_schedule_v1_workflows_schedules_schedule_id_trigger_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::WorkflowScheduleTriggerRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    support::generated::send(client.workflows().schedules().trigger_schedule("x", &body))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/schedules/x/trigger", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1workflows~1schedules~1{schedule_id}~1trigger/post/requestBody/content/application~1json/schema"));
}

/// `PUT /v1/workflows/unarchive` (`bulk_unarchive_workflows_v1_workflows_unarchive_put`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn bulk_unarchive_workflows_v1_workflows_unarchive_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::WorkflowBulkUnarchiveRequest =
        serde_json::from_str(r#"{"workflow_ids":["3fa85f64-5717-4562-b3fc-2c963f66afa6"]}"#).unwrap();
    let answer = support::generated::send(client.workflows().bulk_unarchive_workflows(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PUT", "/v1/workflows/unarchive", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v1~1workflows~1unarchive/put/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "bulk_unarchive_workflows_v1_workflows_unarchive_put",
        "/paths/~1v1~1workflows~1unarchive/put/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/workflows/{workflow_identifier}` (`get_workflow_v1_workflows__workflow_identifier__get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_workflow_v1_workflows_workflow_identifier_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.workflows().get_workflow("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/x", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_workflow_v1_workflows__workflow_identifier__get",
        "/paths/~1v1~1workflows~1{workflow_identifier}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PUT /v1/workflows/{workflow_identifier}` (`update_workflow_v1_workflows__workflow_identifier__put`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn update_workflow_v1_workflows_workflow_identifier_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::WorkflowUpdateRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.workflows().update_workflow("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PUT", "/v1/workflows/x", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some(
            "/paths/~1v1~1workflows~1{workflow_identifier}/put/requestBody/content/application~1json/schema",
        ),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "update_workflow_v1_workflows__workflow_identifier__put",
        "/paths/~1v1~1workflows~1{workflow_identifier}/put/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PUT /v1/workflows/{workflow_identifier}/archive` (`archive_workflow_v1_workflows__workflow_identifier__archive_put`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn archive_workflow_v1_workflows_workflow_identifier_archive_put() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.workflows().archive_workflow("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PUT", "/v1/workflows/x/archive", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "archive_workflow_v1_workflows__workflow_identifier__archive_put", "/paths/~1v1~1workflows~1{workflow_identifier}~1archive/put/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/workflows/{workflow_identifier}/execute` (`execute_workflow_v1_workflows__workflow_identifier__execute_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn execute_workflow_v1_workflows_workflow_identifier_execute_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::WorkflowExecutionRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.workflows().execute_workflow("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/x/execute", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v1~1workflows~1{workflow_identifier}~1execute/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "execute_workflow_v1_workflows__workflow_identifier__execute_post", "/paths/~1v1~1workflows~1{workflow_identifier}~1execute/post/responses/200/content/application~1json/schema", &answer);
}

/// `PUT /v1/workflows/{workflow_identifier}/unarchive` (`unarchive_workflow_v1_workflows__workflow_identifier__unarchive_put`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn unarchive_workflow_v1_workflows_workflow_identifier_unarchive_put() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.workflows().unarchive_workflow("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PUT", "/v1/workflows/x/unarchive", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "unarchive_workflow_v1_workflows__workflow_identifier__unarchive_put", "/paths/~1v1~1workflows~1{workflow_identifier}~1unarchive/put/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/workflows/{workflow_name}/metrics` (`get_workflow_metrics_v1_workflows__workflow_name__metrics_get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_workflow_metrics_v1_workflows_workflow_name_metrics_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::workflows::WorkflowsMetricsGetWorkflowMetricsQuery::builder().build();
    let answer = support::generated::send(client.workflows().metrics().get_workflow_metrics("x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/x/metrics", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "get_workflow_metrics_v1_workflows__workflow_name__metrics_get",
        "/paths/~1v1~1workflows~1{workflow_name}~1metrics/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v2/prompts` (`prompts_list`)
#[cfg(feature = "prompts")]
#[tokio::test]
async fn prompts_list() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::prompts::PromptsListQuery::builder().build();
    let answer = support::generated::send(client.prompts().list(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v2/prompts", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "prompts_list",
        "/paths/~1v2~1prompts/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v2/prompts` (`prompts_create`)
#[cfg(feature = "prompts")]
#[tokio::test]
async fn prompts_create() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::prompts::CreatePromptRequest =
        serde_json::from_str(r#"{"name":"x","definition":{"content":"x"}}"#).unwrap();
    let answer = support::generated::send(client.prompts().create(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v2/prompts", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v2~1prompts/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "prompts_create",
        "/paths/~1v2~1prompts/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v2/prompts/{prompt_id}` (`prompts_get`)
#[cfg(feature = "prompts")]
#[tokio::test]
async fn prompts_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::prompts::PromptsGetQuery::builder().build();
    let answer = support::generated::send(client.prompts().get("x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v2/prompts/x", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "prompts_get",
        "/paths/~1v2~1prompts~1{prompt_id}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PATCH /v2/prompts/{prompt_id}` (`prompts_update`)
#[cfg(feature = "prompts")]
#[tokio::test]
async fn prompts_update() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::prompts::PromptsUpdateRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.prompts().update("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PATCH", "/v2/prompts/x", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v2~1prompts~1{prompt_id}/patch/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "prompts_update",
        "/paths/~1v2~1prompts~1{prompt_id}/patch/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v2/prompts/{prompt_id}` (`prompts_delete`)
#[cfg(feature = "prompts")]
#[tokio::test]
async fn prompts_delete() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.prompts().delete("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v2/prompts/x", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "prompts_delete",
        "/paths/~1v2~1prompts~1{prompt_id}/delete/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v2/prompts/{prompt_id}/versions` (`prompts_list_versions`)
#[cfg(feature = "prompts")]
#[tokio::test]
async fn prompts_list_versions() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.prompts().list_versions("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v2/prompts/x/versions", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "prompts_list_versions",
        "/paths/~1v2~1prompts~1{prompt_id}~1versions/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v2/prompts/{prompt_id}/versions` (`prompts_create_version`)
#[cfg(feature = "prompts")]
#[tokio::test]
async fn prompts_create_version() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::prompts::PromptsCreateVersionRequest =
        serde_json::from_str(r#"{"definition":{"content":"x"}}"#).unwrap();
    let answer = support::generated::send(client.prompts().create_version("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v2/prompts/x/versions", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v2~1prompts~1{prompt_id}~1versions/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "prompts_create_version",
        "/paths/~1v2~1prompts~1{prompt_id}~1versions/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v2/prompts/{prompt_id}/versions/{version}` (`prompts_get_version`)
#[cfg(feature = "prompts")]
#[tokio::test]
async fn prompts_get_version() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::prompts::PromptsGetVersionQuery::builder().build();
    let answer = support::generated::send(client.prompts().get_version("x", 1, &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v2/prompts/x/versions/1", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "prompts_get_version", "/paths/~1v2~1prompts~1{prompt_id}~1versions~1{version}/get/responses/200/content/application~1json/schema", &answer);
}

/// `PATCH /v2/prompts/{prompt_id}/versions/{version}` (`prompts_update_version_metadata`)
#[cfg(feature = "prompts")]
#[tokio::test]
async fn prompts_update_version_metadata() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::prompts::PromptsUpdateVersionMetadataRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.prompts().update_version_metadata("x", 1, &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PATCH", "/v2/prompts/x/versions/1", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v2~1prompts~1{prompt_id}~1versions~1{version}/patch/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "prompts_update_version_metadata", "/paths/~1v2~1prompts~1{prompt_id}~1versions~1{version}/patch/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v2/skills` (`skills_list`)
#[cfg(feature = "skills")]
#[tokio::test]
async fn skills_list() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::skills::SkillsListQuery::builder().build();
    let answer = support::generated::send(client.skills().list(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v2/skills", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "skills_list",
        "/paths/~1v2~1skills/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v2/skills` (`skills_create`)
#[cfg(feature = "skills")]
#[tokio::test]
async fn skills_create() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::skills::CreateSkillRequest =
        serde_json::from_str(r#"{"name":"x","definition":{}}"#).unwrap();
    let answer = support::generated::send(client.skills().create(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v2/skills", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v2~1skills/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "skills_create",
        "/paths/~1v2~1skills/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v2/skills/{skill_id}` (`skills_get`)
#[cfg(feature = "skills")]
#[tokio::test]
async fn skills_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::skills::SkillsGetQuery::builder().build();
    let answer = support::generated::send(client.skills().get("x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v2/skills/x", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "skills_get",
        "/paths/~1v2~1skills~1{skill_id}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PATCH /v2/skills/{skill_id}` (`skills_update`)
#[cfg(feature = "skills")]
#[tokio::test]
async fn skills_update() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::skills::SkillsUpdateRequest = serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.skills().update("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PATCH", "/v2/skills/x", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v2~1skills~1{skill_id}/patch/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "skills_update",
        "/paths/~1v2~1skills~1{skill_id}/patch/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v2/skills/{skill_id}` (`skills_delete`)
#[cfg(feature = "skills")]
#[tokio::test]
async fn skills_delete() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.skills().delete("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v2/skills/x", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "skills_delete",
        "/paths/~1v2~1skills~1{skill_id}/delete/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v2/skills/{skill_id}/versions` (`skills_list_versions`)
#[cfg(feature = "skills")]
#[tokio::test]
async fn skills_list_versions() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.skills().list_versions("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v2/skills/x/versions", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "skills_list_versions",
        "/paths/~1v2~1skills~1{skill_id}~1versions/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v2/skills/{skill_id}/versions` (`skills_create_version`)
#[cfg(feature = "skills")]
#[tokio::test]
async fn skills_create_version() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::skills::SkillsCreateVersionRequest =
        serde_json::from_str(r#"{"definition":{}}"#).unwrap();
    let answer = support::generated::send(client.skills().create_version("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v2/skills/x/versions", &[]);
    sent.body_matches(
        support::generated::Spec::Main,
        Some("/paths/~1v2~1skills~1{skill_id}~1versions/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Main,
        "skills_create_version",
        "/paths/~1v2~1skills~1{skill_id}~1versions/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v2/skills/{skill_id}/versions/{version}` (`skills_get_version`)
#[cfg(feature = "skills")]
#[tokio::test]
async fn skills_get_version() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::skills::SkillsGetVersionQuery::builder().build();
    let answer = support::generated::send(client.skills().get_version("x", 1, &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v2/skills/x/versions/1", &[]);
    sent.body_matches(support::generated::Spec::Main, None);
    support::generated::decoded_as_served(support::generated::Spec::Main, "skills_get_version", "/paths/~1v2~1skills~1{skill_id}~1versions~1{version}/get/responses/200/content/application~1json/schema", &answer);
}

/// `PATCH /v2/skills/{skill_id}/versions/{version}` (`skills_update_version_metadata`)
#[cfg(feature = "skills")]
#[tokio::test]
async fn skills_update_version_metadata() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::skills::SkillsUpdateVersionMetadataRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.skills().update_version_metadata("x", 1, &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PATCH", "/v2/skills/x/versions/1", &[]);
    sent.body_matches(support::generated::Spec::Main, Some("/paths/~1v2~1skills~1{skill_id}~1versions~1{version}/patch/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Main, "skills_update_version_metadata", "/paths/~1v2~1skills~1{skill_id}~1versions~1{version}/patch/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/audio/agents` (`list_agents_v1_audio_agents_get`)
#[cfg(feature = "voice")]
#[tokio::test]
async fn list_agents_v1_audio_agents_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::voice::VoiceAgentsListQuery::builder().build();
    let answer = support::generated::send(client.voice().agents().list(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/audio/agents", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "list_agents_v1_audio_agents_get",
        "/paths/~1v1~1audio~1agents/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/audio/agents` (`create_agent_v1_audio_agents_post`)
#[cfg(feature = "voice")]
#[tokio::test]
async fn create_agent_v1_audio_agents_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::voice::AudioAgentCreateRequest =
        serde_json::from_str(r#"{"name":"x","configuration":{}}"#).unwrap();
    let answer = support::generated::send(client.voice().agents().create(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/audio/agents", &[]);
    sent.body_matches(
        support::generated::Spec::Supplement,
        Some("/paths/~1v1~1audio~1agents/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "create_agent_v1_audio_agents_post",
        "/paths/~1v1~1audio~1agents/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/audio/agents/{agent_id}` (`get_agent_v1_audio_agents__agent_id__get`)
#[cfg(feature = "voice")]
#[tokio::test]
async fn get_agent_v1_audio_agents_agent_id_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::voice::VoiceAgentsGetQuery::builder().build();
    let answer = support::generated::send(client.voice().agents().get("x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/audio/agents/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "get_agent_v1_audio_agents__agent_id__get",
        "/paths/~1v1~1audio~1agents~1{agent_id}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `PUT /v1/audio/agents/{agent_id}` (`update_agent_v1_audio_agents__agent_id__put`)
#[cfg(feature = "voice")]
#[tokio::test]
async fn update_agent_v1_audio_agents_agent_id_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::voice::AudioAgentUpdateRequest =
        serde_json::from_str(r#"{"name":"x","configuration":{}}"#).unwrap();
    let answer = support::generated::send(client.voice().agents().update("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PUT", "/v1/audio/agents/x", &[]);
    sent.body_matches(
        support::generated::Spec::Supplement,
        Some("/paths/~1v1~1audio~1agents~1{agent_id}/put/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "update_agent_v1_audio_agents__agent_id__put",
        "/paths/~1v1~1audio~1agents~1{agent_id}/put/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v1/audio/agents/{agent_id}` (`delete_agent_v1_audio_agents__agent_id__delete`)
#[cfg(feature = "voice")]
#[tokio::test]
async fn delete_agent_v1_audio_agents_agent_id_delete() {
    let (server, client) = support::generated::start().await;
    support::generated::send(client.voice().agents().delete("x"))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v1/audio/agents/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
}

/// `GET /v1/audio/agents/{agent_id}/sessions` (`list_agent_sessions_v1_audio_agents__agent_id__sessions_get`)
#[cfg(feature = "voice")]
#[tokio::test]
async fn list_agent_sessions_v1_audio_agents_agent_id_sessions_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::voice::VoiceAgentsListSessionsQuery::builder().build();
    let answer = support::generated::send(client.voice().agents().list_sessions("x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/audio/agents/x/sessions", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "list_agent_sessions_v1_audio_agents__agent_id__sessions_get",
        "/paths/~1v1~1audio~1agents~1{agent_id}~1sessions/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/audio/agents/{agent_id}/versions` (`list_agent_versions_v1_audio_agents__agent_id__versions_get`)
#[cfg(feature = "voice")]
#[tokio::test]
async fn list_agent_versions_v1_audio_agents_agent_id_versions_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::voice::VoiceAgentsListVersionsQuery::builder().build();
    let answer = support::generated::send(client.voice().agents().list_versions("x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/audio/agents/x/versions", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "list_agent_versions_v1_audio_agents__agent_id__versions_get",
        "/paths/~1v1~1audio~1agents~1{agent_id}~1versions/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/audio/sessions` (`create_session_v1_audio_sessions_post`)
#[cfg(feature = "voice")]
#[tokio::test]
async fn create_session_v1_audio_sessions_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::voice::AudioSessionCreateRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.voice().sessions().create(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/audio/sessions", &[]);
    sent.body_matches(
        support::generated::Spec::Supplement,
        Some("/paths/~1v1~1audio~1sessions/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "create_session_v1_audio_sessions_post",
        "/paths/~1v1~1audio~1sessions/post/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/audio/sessions/{session_id}` (`get_session_v1_audio_sessions__session_id__get`)
#[cfg(feature = "voice")]
#[tokio::test]
async fn get_session_v1_audio_sessions_session_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.voice().sessions().get("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/audio/sessions/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "get_session_v1_audio_sessions__session_id__get",
        "/paths/~1v1~1audio~1sessions~1{session_id}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v1/audio/sessions/{session_id}` (`delete_session_v1_audio_sessions__session_id__delete`)
#[cfg(feature = "voice")]
#[tokio::test]
async fn delete_session_v1_audio_sessions_session_id_delete() {
    let (server, client) = support::generated::start().await;
    support::generated::send(client.voice().sessions().close("x"))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v1/audio/sessions/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
}

/// `POST /v1/client/sessions` (`create_client_session_v1_client_sessions_post`)
#[cfg(feature = "realtime")]
#[tokio::test]
async fn create_client_session_v1_client_sessions_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::realtime::CreateRealtimeSessionRequest =
        serde_json::from_str(r#"{"model":"x","purpose":"realtime"}"#).unwrap();
    let answer = support::generated::send(client.realtime().sessions().create(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/client/sessions", &[]);
    sent.body_matches(
        support::generated::Spec::Supplement,
        Some("/paths/~1v1~1client~1sessions/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "create_client_session_v1_client_sessions_post",
        "/paths/~1v1~1client~1sessions/post/responses/201/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/connectors/{connector_id_or_name}/{consumer_scope}/credentials` (`connector_create_credentials_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_create_credentials_v1() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::connectors::CredentialsCreateOrUpdateNext =
        serde_json::from_str(r#"{"name":"x"}"#).unwrap();
    let answer = support::generated::send(client.connectors().create_credentials("x", "user", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/connectors/x/user/credentials", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1connectors~1{connector_id_or_name}~1{consumer_scope}~1credentials/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "connector_create_credentials_v1", "/paths/~1v1~1connectors~1{connector_id_or_name}~1{consumer_scope}~1credentials/post/responses/200/content/application~1json/schema", &answer);
}

/// `PATCH /v1/connectors/{connector_id_or_name}/{consumer_scope}/credentials` (`connector_update_credentials`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_update_credentials() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::connectors::CredentialsCreateOrUpdateNext =
        serde_json::from_str(r#"{"name":"x"}"#).unwrap();
    let answer = support::generated::send(client.connectors().update_credentials("x", "user", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PATCH", "/v1/connectors/x/user/credentials", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1connectors~1{connector_id_or_name}~1{consumer_scope}~1credentials/patch/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "connector_update_credentials", "/paths/~1v1~1connectors~1{connector_id_or_name}~1{consumer_scope}~1credentials/patch/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/connectors/{connector_id_or_name}/{consumer_scope}/credentials/{credentials_name}` (`connector_delete_credentials`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_delete_credentials() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.connectors().delete_credentials("x", "x", "user"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v1/connectors/x/user/credentials/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "connector_delete_credentials", "/paths/~1v1~1connectors~1{connector_id_or_name}~1{consumer_scope}~1credentials~1{credentials_name}/delete/responses/200/content/application~1json/schema", &answer);
}

/// `PUT /v1/connectors/{connector_id}/organization/share` (`connector_share_to_organization_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_share_to_organization_v1() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.connectors().share_to_organization("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PUT", "/v1/connectors/x/organization/share", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "connector_share_to_organization_v1", "/paths/~1v1~1connectors~1{connector_id}~1organization~1share/put/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/connectors/{connector_id}/organization/share` (`connector_unshare_from_organization_v1`)
#[cfg(feature = "connectors")]
#[tokio::test]
async fn connector_unshare_from_organization_v1() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.connectors().unshare_from_organization("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v1/connectors/x/organization/share", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "connector_unshare_from_organization_v1", "/paths/~1v1~1connectors~1{connector_id}~1organization~1share/delete/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/context/search-indexes` (`list_indexes_v1_context_search_indexes_get`)
#[cfg(feature = "context")]
#[tokio::test]
async fn list_indexes_v1_context_search_indexes_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::context::ContextSearchIndexesListQuery::builder().build();
    let answer = support::generated::send(client.context().search_indexes().list(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/context/search-indexes", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "list_indexes_v1_context_search_indexes_get",
        "/paths/~1v1~1context~1search-indexes/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/context/search-indexes` (`create_index_v1_context_search_indexes_post`)
#[cfg(feature = "context")]
#[tokio::test]
async fn create_index_v1_context_search_indexes_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::context::CreateManagedIndexRequest = serde_json::from_str(
        r#"{"name":"x","config":{"embedding":{"name":"x","dimensions":1,"type":"custom"}}}"#,
    )
    .unwrap();
    let answer = support::generated::send(client.context().search_indexes().create(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/context/search-indexes", &[]);
    sent.body_matches(
        support::generated::Spec::Supplement,
        Some("/paths/~1v1~1context~1search-indexes/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "create_index_v1_context_search_indexes_post",
        "/paths/~1v1~1context~1search-indexes/post/responses/202/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/context/search-indexes/{index_name}` (`get_index_v1_context_search_indexes__index_name__get`)
#[cfg(feature = "context")]
#[tokio::test]
async fn get_index_v1_context_search_indexes_index_name_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.context().search_indexes().get("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/context/search-indexes/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_index_v1_context_search_indexes__index_name__get", "/paths/~1v1~1context~1search-indexes~1{index_name}/get/responses/200/content/application~1json/schema", &answer);
}

/// `PUT /v1/context/search-indexes/{index_name}` (`update_index_v1_context_search_indexes__index_name__put`)
#[cfg(feature = "context")]
#[tokio::test]
async fn update_index_v1_context_search_indexes_index_name_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::context::UpdateManagedIndexRequest =
        serde_json::from_str(r#"{"schema":{}}"#).unwrap();
    let answer = support::generated::send(client.context().search_indexes().update("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PUT", "/v1/context/search-indexes/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1context~1search-indexes~1{index_name}/put/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "update_index_v1_context_search_indexes__index_name__put", "/paths/~1v1~1context~1search-indexes~1{index_name}/put/responses/202/content/application~1json/schema", &answer);
}

/// `DELETE /v1/context/search-indexes/{index_name}` (`delete_index_v1_context_search_indexes__index_name__delete`)
#[cfg(feature = "context")]
#[tokio::test]
async fn delete_index_v1_context_search_indexes_index_name_delete() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.context().search_indexes().delete("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v1/context/search-indexes/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "delete_index_v1_context_search_indexes__index_name__delete", "/paths/~1v1~1context~1search-indexes~1{index_name}/delete/responses/202/content/application~1json/schema", &answer);
}

/// `GET /v1/context/search-indexes/{index_name}/chunks/{chunk_id}` (`get_chunk_index_v1_context_search_indexes__index_name__chunks__chunk_id__get`)
#[cfg(feature = "context")]
#[tokio::test]
async fn get_chunk_index_v1_context_search_indexes_index_name_chunks_chunk_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.context().search_indexes().get_chunk("x", "x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/context/search-indexes/x/chunks/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_chunk_index_v1_context_search_indexes__index_name__chunks__chunk_id__get", "/paths/~1v1~1context~1search-indexes~1{index_name}~1chunks~1{chunk_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/context/search-indexes/{index_name}/documents` (`ingest_documents_v1_context_search_indexes__index_name__documents_post`)
#[cfg(feature = "context")]
#[tokio::test]
async fn ingest_documents_v1_context_search_indexes_index_name_documents_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::context::IngestDocumentsRequest =
        serde_json::from_str(r#"{"documents":[{}]}"#).unwrap();
    let answer = support::generated::send(client.context().search_indexes().ingest_documents("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/context/search-indexes/x/documents", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1context~1search-indexes~1{index_name}~1documents/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "ingest_documents_v1_context_search_indexes__index_name__documents_post", "/paths/~1v1~1context~1search-indexes~1{index_name}~1documents/post/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/context/search-indexes/{index_name}/documents` (`delete_documents_v1_context_search_indexes__index_name__documents_delete`)
#[cfg(feature = "context")]
#[tokio::test]
async fn delete_documents_v1_context_search_indexes_index_name_documents_delete() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::context::DeleteDocumentsRequest =
        serde_json::from_str(r#"{"document_ids":["x"]}"#).unwrap();
    let answer = support::generated::send(client.context().search_indexes().delete_documents("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v1/context/search-indexes/x/documents", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1context~1search-indexes~1{index_name}~1documents/delete/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "delete_documents_v1_context_search_indexes__index_name__documents_delete", "/paths/~1v1~1context~1search-indexes~1{index_name}~1documents/delete/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/context/search-indexes/{index_name}/grep` (`grep_index_v1_context_search_indexes__index_name__grep_post`)
#[cfg(feature = "context")]
#[tokio::test]
async fn grep_index_v1_context_search_indexes_index_name_grep_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::context::GrepRequest =
        serde_json::from_str(r#"{"source_id":"x","pattern":"x"}"#).unwrap();
    let answer = support::generated::send(client.context().search_indexes().grep("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/context/search-indexes/x/grep", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1context~1search-indexes~1{index_name}~1grep/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "grep_index_v1_context_search_indexes__index_name__grep_post", "/paths/~1v1~1context~1search-indexes~1{index_name}~1grep/post/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/context/search-indexes/{index_name}/navigate` (`navigate_index_v1_context_search_indexes__index_name__navigate_post`)
#[cfg(feature = "context")]
#[tokio::test]
async fn navigate_index_v1_context_search_indexes_index_name_navigate_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::context::NavigateRequest =
        serde_json::from_str(r#"{"source_id":"x","start_offset":1,"end_offset":1,"direction":"next"}"#)
            .unwrap();
    let answer = support::generated::send(client.context().search_indexes().navigate("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/context/search-indexes/x/navigate", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1context~1search-indexes~1{index_name}~1navigate/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "navigate_index_v1_context_search_indexes__index_name__navigate_post", "/paths/~1v1~1context~1search-indexes~1{index_name}~1navigate/post/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/context/search-indexes/{index_name}/read` (`read_index_v1_context_search_indexes__index_name__read_post`)
#[cfg(feature = "context")]
#[tokio::test]
async fn read_index_v1_context_search_indexes_index_name_read_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::context::ReadRequest =
        serde_json::from_str(r#"{"source_id":"x"}"#).unwrap();
    let answer = support::generated::send(client.context().search_indexes().read("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/context/search-indexes/x/read", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1context~1search-indexes~1{index_name}~1read/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "read_index_v1_context_search_indexes__index_name__read_post", "/paths/~1v1~1context~1search-indexes~1{index_name}~1read/post/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/context/search-indexes/{index_name}/search` (`search_index_v1_context_search_indexes__index_name__search_post`)
#[cfg(feature = "context")]
#[tokio::test]
async fn search_index_v1_context_search_indexes_index_name_search_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::context::SearchRequest =
        serde_json::from_str(r#"{"retriever":{"query":"x","type":"keyword"}}"#).unwrap();
    let answer = support::generated::send(client.context().search_indexes().search("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/context/search-indexes/x/search", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1context~1search-indexes~1{index_name}~1search/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "search_index_v1_context_search_indexes__index_name__search_post", "/paths/~1v1~1context~1search-indexes~1{index_name}~1search/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/context/search-indexes/{index_name}/summary_field/{language}` (`get_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__get`)
#[cfg(feature = "context")]
#[tokio::test]
async fn get_managed_index_summary_v1_context_search_indexes_index_name_summary_field_language_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.context().search_indexes().get_index_summary("en", "x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/context/search-indexes/x/summary_field/en", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__get", "/paths/~1v1~1context~1search-indexes~1{index_name}~1summary_field~1{language}/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/context/search-indexes/{index_name}/summary_field/{language}` (`generate_managed_index_summary_post_v1_context_search_indexes__index_name__summary_field__language__post`)
#[cfg(feature = "context")]
#[tokio::test]
async fn generate_managed_index_summary_post_v1_context_search_indexes_index_name_summary_field_language_post(
) {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::context::ContextSearchIndexesGenerateIndexSummaryQuery::builder().build();
    let mut out = Vec::new();
    let written = support::generated::send(
        client
            .context()
            .search_indexes()
            .generate_index_summary("en", "x", &query, &mut out),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/context/search-indexes/x/summary_field/en", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::written_as_served("generate_managed_index_summary_post_v1_context_search_indexes__index_name__summary_field__language__post", &out, written);
}

/// `PUT /v1/context/search-indexes/{index_name}/summary_field/{language}` (`set_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__put`)
#[cfg(feature = "context")]
#[tokio::test]
async fn set_managed_index_summary_v1_context_search_indexes_index_name_summary_field_language_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::context::UpdateSummaryRequestSummary =
        serde_json::from_str(r#"{"content":"x","status":"handwritten","translated":true}"#).unwrap();
    let answer = support::generated::send(
        client
            .context()
            .search_indexes()
            .set_index_summary("en", "x", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PUT", "/v1/context/search-indexes/x/summary_field/en", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1context~1search-indexes~1{index_name}~1summary_field~1{language}/put/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "set_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__put", "/paths/~1v1~1context~1search-indexes~1{index_name}~1summary_field~1{language}/put/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/datasets/{dataset_id}/imports/from-spans` (`post_dataset_records_from_spans_v1_observability_datasets__dataset_id__imports_from_spans_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn post_dataset_records_from_spans_v1_observability_datasets_dataset_id_imports_from_spans_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::ImportDatasetFromSpansRequest = serde_json::from_str(r#"{"span_references":[{"trace_id":"x","span_id":"x"}],"mapping_contract":{"mappings":[{"target_field":"x","source_field":{"namespace":"span_attributes","key":"x"}}],"version":1}}"#).unwrap();
    let answer = support::generated::send(client.observability().datasets().import_from_spans("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/datasets/x/imports/from-spans", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1observability~1datasets~1{dataset_id}~1imports~1from-spans/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "post_dataset_records_from_spans_v1_observability_datasets__dataset_id__imports_from_spans_post", "/paths/~1v1~1observability~1datasets~1{dataset_id}~1imports~1from-spans/post/responses/202/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/evaluation-runs_v2/search` (`search_all_evaluation_runs_v2_v1_observability_evaluation_runs_v2_search_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn search_all_evaluation_runs_v2_v1_observability_evaluation_runs_v2_search_post() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityEvaluationsRunsSearchAllQuery::builder()
            .build();
    let body: mistral_types::generated::observability::EvaluationRunFilterInput =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .evaluations()
            .runs()
            .search_all(&query, &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/evaluation-runs_v2/search", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1observability~1evaluation-runs_v2~1search/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "search_all_evaluation_runs_v2_v1_observability_evaluation_runs_v2_search_post", "/paths/~1v1~1observability~1evaluation-runs_v2~1search/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/evaluation-runs_v2/{run_id}` (`get_evaluation_run_v2_v1_observability_evaluation_runs_v2__run_id__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_evaluation_run_v2_v1_observability_evaluation_runs_v2_run_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.observability().evaluations().runs().get("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/evaluation-runs_v2/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_evaluation_run_v2_v1_observability_evaluation_runs_v2__run_id__get", "/paths/~1v1~1observability~1evaluation-runs_v2~1{run_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/evaluation-runs_v2/{run_id}/records/search` (`search_evaluation_run_records_v2_v1_observability_evaluation_runs_v2__run_id__records_search_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn search_evaluation_run_records_v2_v1_observability_evaluation_runs_v2_run_id_records_search_post() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityEvaluationsRecordsSearchQuery::builder()
            .build();
    let body: mistral_types::generated::observability::EvaluationRunRecordFilterInput =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .evaluations()
            .records()
            .search("x", &query, &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/observability/evaluation-runs_v2/x/records/search",
        &[],
    );
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1observability~1evaluation-runs_v2~1{run_id}~1records~1search/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "search_evaluation_run_records_v2_v1_observability_evaluation_runs_v2__run_id__records_search_post", "/paths/~1v1~1observability~1evaluation-runs_v2~1{run_id}~1records~1search/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/evaluation-runs_v2/{run_id}/records/{record_id}` (`get_evaluation_run_record_v2_v1_observability_evaluation_runs_v2__run_id__records__record_id__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_evaluation_run_record_v2_v1_observability_evaluation_runs_v2_run_id_records_record_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.observability().evaluations().records().get("x", "x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/evaluation-runs_v2/x/records/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_evaluation_run_record_v2_v1_observability_evaluation_runs_v2__run_id__records__record_id__get", "/paths/~1v1~1observability~1evaluation-runs_v2~1{run_id}~1records~1{record_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/evaluation-runs_v2/{run_id}/statistics` (`get_single_evaluation_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_single_evaluation_run_statistics_v2_v1_observability_evaluation_runs_v2_run_id_statistics_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.observability().evaluations().runs().get_statistics("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/evaluation-runs_v2/x/statistics", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_single_evaluation_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_get", "/paths/~1v1~1observability~1evaluation-runs_v2~1{run_id}~1statistics/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/evaluation-runs_v2/{run_id}/statistics/compute` (`compute_filtered_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_compute_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn compute_filtered_run_statistics_v2_v1_observability_evaluation_runs_v2_run_id_statistics_compute_post(
) {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::EvaluationRunRecordFilterInput =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .evaluations()
            .runs()
            .compute_statistics("x", &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is(
        "POST",
        "/v1/observability/evaluation-runs_v2/x/statistics/compute",
        &[],
    );
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1observability~1evaluation-runs_v2~1{run_id}~1statistics~1compute/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "compute_filtered_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_compute_post", "/paths/~1v1~1observability~1evaluation-runs_v2~1{run_id}~1statistics~1compute/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/evaluations_v2/{evaluation_slug}` (`get_evaluation_v2_v1_observability_evaluations_v2__evaluation_slug__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_evaluation_v2_v1_observability_evaluations_v2_evaluation_slug_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.observability().evaluations().get("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/evaluations_v2/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_evaluation_v2_v1_observability_evaluations_v2__evaluation_slug__get", "/paths/~1v1~1observability~1evaluations_v2~1{evaluation_slug}/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/evaluations_v2/{evaluation_slug}/runs/search` (`search_evaluation_runs_v2_v1_observability_evaluations_v2__evaluation_slug__runs_search_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn search_evaluation_runs_v2_v1_observability_evaluations_v2_evaluation_slug_runs_search_post() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityEvaluationsRunsSearchQuery::builder().build();
    let body: mistral_types::generated::observability::EvaluationRunFilterInput =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .evaluations()
            .runs()
            .search("x", &query, &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/evaluations_v2/x/runs/search", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1observability~1evaluations_v2~1{evaluation_slug}~1runs~1search/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "search_evaluation_runs_v2_v1_observability_evaluations_v2__evaluation_slug__runs_search_post", "/paths/~1v1~1observability~1evaluations_v2~1{evaluation_slug}~1runs~1search/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/optimizations` (`list_optimizations_v1_observability_optimizations_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn list_optimizations_v1_observability_optimizations_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityEvaluationsOptimizationsListQuery::builder()
            .build();
    let answer = support::generated::send(client.observability().evaluations().optimizations().list(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/optimizations", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "list_optimizations_v1_observability_optimizations_get",
        "/paths/~1v1~1observability~1optimizations/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/observability/optimizations/{optimization_id}` (`get_optimization_v1_observability_optimizations__optimization_id__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_optimization_v1_observability_optimizations_optimization_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.observability().evaluations().optimizations().get("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/optimizations/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_optimization_v1_observability_optimizations__optimization_id__get", "/paths/~1v1~1observability~1optimizations~1{optimization_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/optimizations/{optimization_id}/trials` (`list_optimization_trials_v1_observability_optimizations__optimization_id__trials_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn list_optimization_trials_v1_observability_optimizations_optimization_id_trials_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::observability::ObservabilityEvaluationsOptimizationsListTrialsQuery::builder().build();
    let answer = support::generated::send(
        client
            .observability()
            .evaluations()
            .optimizations()
            .list_trials("x", &query),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/optimizations/x/trials", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "list_optimization_trials_v1_observability_optimizations__optimization_id__trials_get", "/paths/~1v1~1observability~1optimizations~1{optimization_id}~1trials/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/pipeline-results/search` (`search_pipeline_results_v1_observability_pipeline_results_search_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn search_pipeline_results_v1_observability_pipeline_results_search_post() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilitySpansSearchPipelineResultsQuery::builder()
            .build();
    let body: mistral_types::generated::observability::PipelineResultsRequest =
        serde_json::from_str(r#"{"pipeline_config_slugs":["x"]}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .spans()
            .search_pipeline_results(&query, &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/pipeline-results/search", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1observability~1pipeline-results~1search/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "search_pipeline_results_v1_observability_pipeline_results_search_post", "/paths/~1v1~1observability~1pipeline-results~1search/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/pipelines` (`list_pipelines_v1_observability_pipelines_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn list_pipelines_v1_observability_pipelines_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityEvaluationsListPipelinesQuery::builder()
            .build();
    let answer = support::generated::send(client.observability().evaluations().list_pipelines(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/pipelines", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "list_pipelines_v1_observability_pipelines_get",
        "/paths/~1v1~1observability~1pipelines/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/observability/pipelines` (`create_pipeline_v1_observability_pipelines_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn create_pipeline_v1_observability_pipelines_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::CreatePipelineRequest = serde_json::from_str(
        r#"{"name":"x","selectors":[{"source_kind":"span"}],"definitions":[{"slug":"x"}]}"#,
    )
    .unwrap();
    let answer = support::generated::send(client.observability().evaluations().create_pipeline(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/pipelines", &[]);
    sent.body_matches(
        support::generated::Spec::Supplement,
        Some("/paths/~1v1~1observability~1pipelines/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "create_pipeline_v1_observability_pipelines_post",
        "/paths/~1v1~1observability~1pipelines/post/responses/201/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/observability/pipelines/{pipeline_id}` (`get_pipeline_v1_observability_pipelines__pipeline_id__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_pipeline_v1_observability_pipelines_pipeline_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.observability().evaluations().get_pipeline("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/pipelines/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_pipeline_v1_observability_pipelines__pipeline_id__get", "/paths/~1v1~1observability~1pipelines~1{pipeline_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `PUT /v1/observability/pipelines/{pipeline_id}` (`update_pipeline_v1_observability_pipelines__pipeline_id__put`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn update_pipeline_v1_observability_pipelines_pipeline_id_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::observability::UpdatePipelineRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.observability().evaluations().update_pipeline("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PUT", "/v1/observability/pipelines/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1observability~1pipelines~1{pipeline_id}/put/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "update_pipeline_v1_observability_pipelines__pipeline_id__put", "/paths/~1v1~1observability~1pipelines~1{pipeline_id}/put/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/observability/pipelines/{pipeline_id}` (`delete_pipeline_v1_observability_pipelines__pipeline_id__delete`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn delete_pipeline_v1_observability_pipelines_pipeline_id_delete() {
    let (server, client) = support::generated::start().await;
    support::generated::send(client.observability().evaluations().delete_pipeline("x"))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v1/observability/pipelines/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
}

/// `GET /v1/observability/projects` (`get_projects_v1_observability_projects_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_projects_v1_observability_projects_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilityEvaluationsProjectsListQuery::builder().build();
    let answer = support::generated::send(client.observability().evaluations().projects().list(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/projects", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "get_projects_v1_observability_projects_get",
        "/paths/~1v1~1observability~1projects/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/observability/projects/{project_slug}` (`get_project_v1_observability_projects__project_slug__get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_project_v1_observability_projects_project_slug_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.observability().evaluations().projects().get("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/projects/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_project_v1_observability_projects__project_slug__get", "/paths/~1v1~1observability~1projects~1{project_slug}/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/observability/projects/{project_slug}/evaluations_v2` (`get_project_evaluations_v2_v1_observability_projects__project_slug__evaluations_v2_get`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn get_project_evaluations_v2_v1_observability_projects_project_slug_evaluations_v2_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::observability::ObservabilityEvaluationsListQuery::builder().build();
    let answer = support::generated::send(client.observability().evaluations().list("x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/observability/projects/x/evaluations_v2", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_project_evaluations_v2_v1_observability_projects__project_slug__evaluations_v2_get", "/paths/~1v1~1observability~1projects~1{project_slug}~1evaluations_v2/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/observability/spans/evaluations/aggregate` (`aggregate_span_evaluations_v1_observability_spans_evaluations_aggregate_post`)
#[cfg(feature = "observability")]
#[tokio::test]
async fn aggregate_span_evaluations_v1_observability_spans_evaluations_aggregate_post() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::observability::ObservabilitySpansAggregateSpanEvaluationsQuery::builder()
            .build();
    let body: mistral_types::generated::observability::AggregationRequestNext =
        serde_json::from_str(r#"{"metric":{"measure":"x","aggregation":"count"}}"#).unwrap();
    let answer = support::generated::send(
        client
            .observability()
            .spans()
            .aggregate_span_evaluations(&query, &body),
    )
    .await
    .unwrap()
    .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/observability/spans/evaluations/aggregate", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1observability~1spans~1evaluations~1aggregate/post/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "aggregate_span_evaluations_v1_observability_spans_evaluations_aggregate_post", "/paths/~1v1~1observability~1spans~1evaluations~1aggregate/post/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/service-accounts` (`list_service_accounts_v1_service_accounts_get`)
#[cfg(feature = "service-accounts")]
#[tokio::test]
async fn list_service_accounts_v1_service_accounts_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::service_accounts::ServiceAccountsListQuery::builder()
        .offset(1)
        .limit(1)
        .build();
    let answer = support::generated::send(client.service_accounts().list(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/service-accounts", &["offset", "limit"]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "list_service_accounts_v1_service_accounts_get",
        "/paths/~1v1~1service-accounts/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/service-accounts` (`create_service_account_v1_service_accounts_post`)
#[cfg(feature = "service-accounts")]
#[tokio::test]
async fn create_service_account_v1_service_accounts_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::service_accounts::CreateServiceAccountRequest =
        serde_json::from_str(r#"{"name":"x","workspace_id":"x"}"#).unwrap();
    let answer = support::generated::send(client.service_accounts().create(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/service-accounts", &[]);
    sent.body_matches(
        support::generated::Spec::Supplement,
        Some("/paths/~1v1~1service-accounts/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "create_service_account_v1_service_accounts_post",
        "/paths/~1v1~1service-accounts/post/responses/201/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/service-accounts/assignable-roles` (`list_assignable_service_account_roles_v1_service_accounts_assignable_roles_get`)
#[cfg(feature = "service-accounts")]
#[tokio::test]
async fn list_assignable_service_account_roles_v1_service_accounts_assignable_roles_get() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::service_accounts::ServiceAccountsListAssignableRolesQuery::builder()
            .workspace_id("x")
            .build();
    let answer = support::generated::send(client.service_accounts().list_assignable_roles(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/service-accounts/assignable-roles", &["workspace_id"]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "list_assignable_service_account_roles_v1_service_accounts_assignable_roles_get",
        "/paths/~1v1~1service-accounts~1assignable-roles/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/service-accounts/{service_account_id}` (`get_service_account_v1_service_accounts__service_account_id__get`)
#[cfg(feature = "service-accounts")]
#[tokio::test]
async fn get_service_account_v1_service_accounts_service_account_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.service_accounts().get("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/service-accounts/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_service_account_v1_service_accounts__service_account_id__get", "/paths/~1v1~1service-accounts~1{service_account_id}/get/responses/200/content/application~1json/schema", &answer);
}

/// `PATCH /v1/service-accounts/{service_account_id}` (`update_service_account_v1_service_accounts__service_account_id__patch`)
#[cfg(feature = "service-accounts")]
#[tokio::test]
async fn update_service_account_v1_service_accounts_service_account_id_patch() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::service_accounts::UpdateServiceAccountRequest =
        serde_json::from_str(r#"{}"#).unwrap();
    let answer = support::generated::send(client.service_accounts().update("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PATCH", "/v1/service-accounts/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1service-accounts~1{service_account_id}/patch/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "update_service_account_v1_service_accounts__service_account_id__patch", "/paths/~1v1~1service-accounts~1{service_account_id}/patch/responses/200/content/application~1json/schema", &answer);
}

/// `DELETE /v1/service-accounts/{service_account_id}` (`delete_service_account_v1_service_accounts__service_account_id__delete`)
#[cfg(feature = "service-accounts")]
#[tokio::test]
async fn delete_service_account_v1_service_accounts_service_account_id_delete() {
    let (server, client) = support::generated::start().await;
    support::generated::send(client.service_accounts().delete("x"))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v1/service-accounts/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
}

/// `GET /v1/service-accounts/{service_account_id}/roles` (`list_service_account_roles_v1_service_accounts__service_account_id__roles_get`)
#[cfg(feature = "service-accounts")]
#[tokio::test]
async fn list_service_account_roles_v1_service_accounts_service_account_id_roles_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.service_accounts().list_roles("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/service-accounts/x/roles", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "list_service_account_roles_v1_service_accounts__service_account_id__roles_get", "/paths/~1v1~1service-accounts~1{service_account_id}~1roles/get/responses/200/content/application~1json/schema", &answer);
}

/// `PUT /v1/service-accounts/{service_account_id}/roles` (`set_service_account_roles_v1_service_accounts__service_account_id__roles_put`)
#[cfg(feature = "service-accounts")]
#[tokio::test]
async fn set_service_account_roles_v1_service_accounts_service_account_id_roles_put() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::service_accounts::SetServiceAccountRolesRequest =
        serde_json::from_str(r#"{"role_ids":["x"]}"#).unwrap();
    let answer = support::generated::send(client.service_accounts().set_roles("x", &body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("PUT", "/v1/service-accounts/x/roles", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1service-accounts~1{service_account_id}~1roles/put/requestBody/content/application~1json/schema"));
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "set_service_account_roles_v1_service_accounts__service_account_id__roles_put", "/paths/~1v1~1service-accounts~1{service_account_id}~1roles/put/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/triggers` (`list_triggers_v1_triggers_get`)
#[cfg(feature = "triggers")]
#[tokio::test]
async fn list_triggers_v1_triggers_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::triggers::TriggersListQuery::builder().build();
    let answer = support::generated::send(client.triggers().list(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/triggers", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "list_triggers_v1_triggers_get",
        "/paths/~1v1~1triggers/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/triggers` (`create_trigger_v1_triggers_post`)
#[cfg(feature = "triggers")]
#[tokio::test]
async fn create_trigger_v1_triggers_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::triggers::CreateTrigger = serde_json::from_str(r#"{"event_source_id":"x","handler":"workflows","action":{"primitive_id":"x","type":"start_workflow"},"owner_type":"workspace","title":"x"}"#).unwrap();
    let answer = support::generated::send(client.triggers().create(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/triggers", &[]);
    sent.body_matches(
        support::generated::Spec::Supplement,
        Some("/paths/~1v1~1triggers/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "create_trigger_v1_triggers_post",
        "/paths/~1v1~1triggers/post/responses/201/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/triggers/{trigger_id}` (`get_trigger_v1_triggers__trigger_id__get`)
#[cfg(feature = "triggers")]
#[tokio::test]
async fn get_trigger_v1_triggers_trigger_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.triggers().get("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/triggers/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "get_trigger_v1_triggers__trigger_id__get",
        "/paths/~1v1~1triggers~1{trigger_id}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v1/triggers/{trigger_id}` (`delete_trigger_v1_triggers__trigger_id__delete`)
#[cfg(feature = "triggers")]
#[tokio::test]
async fn delete_trigger_v1_triggers_trigger_id_delete() {
    let (server, client) = support::generated::start().await;
    support::generated::send(client.triggers().delete("x"))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v1/triggers/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
}

/// `GET /v1/triggers/{trigger_id}/events` (`list_trigger_events_v1_triggers__trigger_id__events_get`)
#[cfg(feature = "triggers")]
#[tokio::test]
async fn list_trigger_events_v1_triggers_trigger_id_events_get() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::triggers::TriggersListEventsQuery::builder().build();
    let answer = support::generated::send(client.triggers().list_events("x", &query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/triggers/x/events", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "list_trigger_events_v1_triggers__trigger_id__events_get",
        "/paths/~1v1~1triggers~1{trigger_id}~1events/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/webhooks` (`list_webhooks_v1_webhooks_get`)
#[cfg(feature = "webhooks")]
#[tokio::test]
async fn list_webhooks_v1_webhooks_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.webhooks().list())
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/webhooks", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "list_webhooks_v1_webhooks_get",
        "/paths/~1v1~1webhooks/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/webhooks` (`create_webhook_v1_webhooks_post`)
#[cfg(feature = "webhooks")]
#[tokio::test]
async fn create_webhook_v1_webhooks_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::webhooks::CreateWebhook =
        serde_json::from_str(r#"{"provider":"slack","name":"x"}"#).unwrap();
    let answer = support::generated::send(client.webhooks().create(&body))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/webhooks", &[]);
    sent.body_matches(
        support::generated::Spec::Supplement,
        Some("/paths/~1v1~1webhooks/post/requestBody/content/application~1json/schema"),
    );
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "create_webhook_v1_webhooks_post",
        "/paths/~1v1~1webhooks/post/responses/201/content/application~1json/schema",
        &answer,
    );
}

/// `GET /v1/webhooks/{webhook_id}` (`get_webhook_v1_webhooks__webhook_id__get`)
#[cfg(feature = "webhooks")]
#[tokio::test]
async fn get_webhook_v1_webhooks_webhook_id_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.webhooks().get("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/webhooks/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "get_webhook_v1_webhooks__webhook_id__get",
        "/paths/~1v1~1webhooks~1{webhook_id}/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `DELETE /v1/webhooks/{webhook_id}` (`delete_webhook_v1_webhooks__webhook_id__delete`)
#[cfg(feature = "webhooks")]
#[tokio::test]
async fn delete_webhook_v1_webhooks_webhook_id_delete() {
    let (server, client) = support::generated::start().await;
    support::generated::send(client.webhooks().delete("x"))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("DELETE", "/v1/webhooks/x", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
}

/// `GET /v1/webhooks/{webhook_id}/signing-secret` (`get_webhook_signing_secret_v1_webhooks__webhook_id__signing_secret_get`)
#[cfg(feature = "webhooks")]
#[tokio::test]
async fn get_webhook_signing_secret_v1_webhooks_webhook_id_signing_secret_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.webhooks().get_signing_secret("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/webhooks/x/signing-secret", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_webhook_signing_secret_v1_webhooks__webhook_id__signing_secret_get", "/paths/~1v1~1webhooks~1{webhook_id}~1signing-secret/get/responses/200/content/application~1json/schema", &answer);
}

/// `GET /v1/whoami` (`users_api_whoami`)
#[cfg(feature = "users")]
#[tokio::test]
async fn users_api_whoami() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.users().whoami())
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/whoami", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "users_api_whoami",
        "/paths/~1v1~1whoami/get/responses/200/content/application~1json/schema",
        &answer,
    );
}

/// `POST /v1/workflows/deployments/{deployment_id}/unharden` (`unharden_deployment_v1_workflows_deployments__deployment_id__unharden_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn unharden_deployment_v1_workflows_deployments_deployment_id_unharden_post() {
    let (server, client) = support::generated::start().await;
    let query =
        mistral_types::generated::workflows::WorkflowsDeploymentsUnhardenDeploymentQuery::builder().build();
    support::generated::send(client.workflows().deployments().unharden_deployment("x", &query))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/deployments/x/unharden", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
}

/// `GET /v1/workflows/deployments/{name}/archive` (`get_deployment_archive_v1_workflows_deployments__name__archive_get`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn get_deployment_archive_v1_workflows_deployments_name_archive_get() {
    let (server, client) = support::generated::start().await;
    let answer = support::generated::send(client.workflows().deployments().get_deployment_archive("x"))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v1/workflows/deployments/x/archive", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(support::generated::Spec::Supplement, "get_deployment_archive_v1_workflows_deployments__name__archive_get", "/paths/~1v1~1workflows~1deployments~1{name}~1archive/get/responses/200/content/application~1json/schema", &answer);
}

/// `POST /v1/workflows/{workflow_identifier}/tags` (`add_workflow_tags_v1_workflows__workflow_identifier__tags_post`)
#[cfg(feature = "workflows")]
#[tokio::test]
async fn add_workflow_tags_v1_workflows_workflow_identifier_tags_post() {
    let (server, client) = support::generated::start().await;
    let body: mistral_types::generated::workflows::WorkflowTagsAddRequest =
        serde_json::from_str(r#"{"tags":["x"]}"#).unwrap();
    support::generated::send(client.workflows().add_workflow_tags("x", &body))
        .await
        .unwrap();
    let sent = support::generated::Sent::only(&server);
    sent.is("POST", "/v1/workflows/x/tags", &[]);
    sent.body_matches(support::generated::Spec::Supplement, Some("/paths/~1v1~1workflows~1{workflow_identifier}~1tags/post/requestBody/content/application~1json/schema"));
}

/// `GET /v2/audio/voices` (`audio_v2_voices_list`)
#[cfg(feature = "voice")]
#[tokio::test]
async fn audio_v2_voices_list() {
    let (server, client) = support::generated::start().await;
    let query = mistral_types::generated::voice::VoiceVoicesSearchQuery::builder().build();
    let answer = support::generated::send(client.voice().voices().search(&query))
        .await
        .unwrap()
        .into_inner();
    let sent = support::generated::Sent::only(&server);
    sent.is("GET", "/v2/audio/voices", &[]);
    sent.body_matches(support::generated::Spec::Supplement, None);
    support::generated::decoded_as_served(
        support::generated::Spec::Supplement,
        "audio_v2_voices_list",
        "/paths/~1v2~1audio~1voices/get/responses/200/content/application~1json/schema",
        &answer,
    );
}
