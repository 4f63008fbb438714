// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `admin` API group's handles (`client.admin()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `admin` API group (generated from the spec; cargo feature `admin`), blocking.
    pub fn admin(&self) -> Admin<'_> {
        Admin {
            inner: self.client.admin(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Admin`](crate::generated::admin::Admin): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Admin<'a> {
    inner: crate::generated::admin::Admin<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Admin<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Admin").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Admin => inner.core.opts);

impl<'a> Admin<'a> {
    /// The `api-keys` calls.
    pub fn api_keys(&self) -> AdminApiKeys<'a> {
        AdminApiKeys {
            inner: self.inner.api_keys(),
            rt: self.rt,
        }
    }

    /// The `audit-logs` calls.
    pub fn audit_logs(&self) -> AdminAuditLogs<'a> {
        AdminAuditLogs {
            inner: self.inner.audit_logs(),
            rt: self.rt,
        }
    }

    /// The `billing` calls.
    pub fn billing(&self) -> AdminBilling<'a> {
        AdminBilling {
            inner: self.inner.billing(),
            rt: self.rt,
        }
    }

    /// The `scim` calls.
    pub fn scim(&self) -> AdminScim<'a> {
        AdminScim {
            inner: self.inner.scim(),
            rt: self.rt,
        }
    }

    /// The `user-groups` calls.
    pub fn user_groups(&self) -> AdminUserGroups<'a> {
        AdminUserGroups {
            inner: self.inner.user_groups(),
            rt: self.rt,
        }
    }

    /// The `users` calls.
    pub fn users(&self) -> AdminUsers<'a> {
        AdminUsers {
            inner: self.inner.users(),
            rt: self.rt,
        }
    }

    /// The `vibe-code-analytics` calls.
    pub fn vibe_code_analytics(&self) -> AdminVibeCodeAnalytics<'a> {
        AdminVibeCodeAnalytics {
            inner: self.inner.vibe_code_analytics(),
            rt: self.rt,
        }
    }

    /// The `vibe-work-analytics` calls.
    pub fn vibe_work_analytics(&self) -> AdminVibeWorkAnalytics<'a> {
        AdminVibeWorkAnalytics {
            inner: self.inner.vibe_work_analytics(),
            rt: self.rt,
        }
    }

    /// The `workspaces` calls.
    pub fn workspaces(&self) -> AdminWorkspaces<'a> {
        AdminWorkspaces {
            inner: self.inner.workspaces(),
            rt: self.rt,
        }
    }
}

/// The blocking twin of [`AdminApiKeys`](crate::generated::admin::AdminApiKeys): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct AdminApiKeys<'a> {
    inner: crate::generated::admin::AdminApiKeys<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for AdminApiKeys<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::AdminApiKeys")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(AdminApiKeys => inner.core.opts);

impl<'a> AdminApiKeys<'a> {
    /// [`get_api_keys`](crate::generated::admin::AdminApiKeys::get_api_keys), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_api_keys(
        &self,
        query: &mistral_types::generated::admin::AdminApiKeysGetApiKeysQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::ApiKeysExtendedOut>> {
        self.rt.run(self.inner.get_api_keys(query))
    }

    /// [`get_api_keys_all`](crate::generated::admin::AdminApiKeys::get_api_keys_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_api_keys_all(
        &self,
        query: &mistral_types::generated::admin::AdminApiKeysGetApiKeysQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::admin::ApiKeyExtendedOut>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_api_keys_all(query)?,
            rt: self.rt,
        })
    }

    /// [`create_api_key`](crate::generated::admin::AdminApiKeys::create_api_key), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_api_key(
        &self,
        body: &mistral_types::generated::admin::AdminCreateApiKeyIn,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::ApiKeyOut>> {
        self.rt.run(self.inner.create_api_key(body))
    }

    /// [`delete_api_key`](crate::generated::admin::AdminApiKeys::delete_api_key), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_api_key(
        &self,
        key_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::DeleteApiKeyOut>> {
        self.rt.run(self.inner.delete_api_key(key_id))
    }
}

/// The blocking twin of [`AdminAuditLogs`](crate::generated::admin::AdminAuditLogs): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct AdminAuditLogs<'a> {
    inner: crate::generated::admin::AdminAuditLogs<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for AdminAuditLogs<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::AdminAuditLogs")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(AdminAuditLogs => inner.core.opts);

impl<'a> AdminAuditLogs<'a> {
    /// [`get_audit_logs`](crate::generated::admin::AdminAuditLogs::get_audit_logs), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_audit_logs(
        &self,
        query: &mistral_types::generated::admin::AdminAuditLogsGetAuditLogsQuery,
    ) -> crate::Result<crate::WithMeta<Vec<mistral_types::generated::admin::AuditLogOut>>> {
        self.rt.run(self.inner.get_audit_logs(query))
    }
}

/// The blocking twin of [`AdminBilling`](crate::generated::admin::AdminBilling): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct AdminBilling<'a> {
    inner: crate::generated::admin::AdminBilling<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for AdminBilling<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::AdminBilling")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(AdminBilling => inner.core.opts);

impl<'a> AdminBilling<'a> {
    /// [`rate_limits_get_rate_limits`](crate::generated::admin::AdminBilling::rate_limits_get_rate_limits), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn rate_limits_get_rate_limits(
        &self,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::RateLimitsOut>> {
        self.rt.run(self.inner.rate_limits_get_rate_limits())
    }

    /// [`spend_limits_get_spend_limits`](crate::generated::admin::AdminBilling::spend_limits_get_spend_limits), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn spend_limits_get_spend_limits(
        &self,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::LimitsOut>> {
        self.rt.run(self.inner.spend_limits_get_spend_limits())
    }

    /// [`spend_limits_update_spend_limits`](crate::generated::admin::AdminBilling::spend_limits_update_spend_limits), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn spend_limits_update_spend_limits(
        &self,
        body: &mistral_types::generated::admin::NewUsageLimitIn,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::LimitsOut>> {
        self.rt.run(self.inner.spend_limits_update_spend_limits(body))
    }

    /// [`usage_get_usage`](crate::generated::admin::AdminBilling::usage_get_usage), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn usage_get_usage(
        &self,
        query: &mistral_types::generated::admin::AdminBillingUsageGetUsageQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::UsageOutjson>> {
        self.rt.run(self.inner.usage_get_usage(query))
    }
}

/// The blocking twin of [`AdminScim`](crate::generated::admin::AdminScim): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct AdminScim<'a> {
    inner: crate::generated::admin::AdminScim<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for AdminScim<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::AdminScim").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(AdminScim => inner.core.opts);

impl<'a> AdminScim<'a> {
    /// [`sync_trigger_scim_sync`](crate::generated::admin::AdminScim::sync_trigger_scim_sync), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn sync_trigger_scim_sync(
        &self,
        body: &mistral_types::generated::admin::AdminScimSyncTriggerIn,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::AdminScimSyncTriggerOut>> {
        self.rt.run(self.inner.sync_trigger_scim_sync(body))
    }

    /// [`sync_get_scim_sync_run`](crate::generated::admin::AdminScim::sync_get_scim_sync_run), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn sync_get_scim_sync_run(
        &self,
        run_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::AdminScimSyncRunOut>> {
        self.rt.run(self.inner.sync_get_scim_sync_run(run_id))
    }
}

/// The blocking twin of [`AdminUserGroups`](crate::generated::admin::AdminUserGroups): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct AdminUserGroups<'a> {
    inner: crate::generated::admin::AdminUserGroups<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for AdminUserGroups<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::AdminUserGroups")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(AdminUserGroups => inner.core.opts);

impl<'a> AdminUserGroups<'a> {
    /// [`get_user_groups`](crate::generated::admin::AdminUserGroups::get_user_groups), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_user_groups(
        &self,
        query: &mistral_types::generated::admin::AdminUserGroupsGetUserGroupsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::AdminUserGroupsOut>> {
        self.rt.run(self.inner.get_user_groups(query))
    }

    /// [`get_user_groups_all`](crate::generated::admin::AdminUserGroups::get_user_groups_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_user_groups_all(
        &self,
        query: &mistral_types::generated::admin::AdminUserGroupsGetUserGroupsQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::admin::AdminUserGroupOut>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_user_groups_all(query)?,
            rt: self.rt,
        })
    }

    /// [`create_user_group`](crate::generated::admin::AdminUserGroups::create_user_group), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_user_group(
        &self,
        body: &mistral_types::generated::admin::AdminUserGroupIn,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::AdminUserGroupOut>> {
        self.rt.run(self.inner.create_user_group(body))
    }

    /// [`provision_group_to_workspace`](crate::generated::admin::AdminUserGroups::provision_group_to_workspace), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn provision_group_to_workspace(
        &self,
        body: &mistral_types::generated::admin::AdminProvisionGroupToWorkspaceIn,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.provision_group_to_workspace(body))
    }

    /// [`get_user_group`](crate::generated::admin::AdminUserGroups::get_user_group), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_user_group(
        &self,
        group_uuid: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::AdminUserGroupOut>> {
        self.rt.run(self.inner.get_user_group(group_uuid))
    }

    /// [`update_user_group`](crate::generated::admin::AdminUserGroups::update_user_group), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_user_group(
        &self,
        group_uuid: &str,
        body: &mistral_types::generated::admin::AdminUpdateUserGroupIn,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::AdminUserGroupOut>> {
        self.rt.run(self.inner.update_user_group(group_uuid, body))
    }

    /// [`delete_user_group`](crate::generated::admin::AdminUserGroups::delete_user_group), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_user_group(&self, group_uuid: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.delete_user_group(group_uuid))
    }

    /// [`get_user_group_members`](crate::generated::admin::AdminUserGroups::get_user_group_members), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_user_group_members(
        &self,
        group_uuid: &str,
        query: &mistral_types::generated::admin::AdminUserGroupsGetUserGroupMembersQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::AdminUserGroupMembersOut>> {
        self.rt.run(self.inner.get_user_group_members(group_uuid, query))
    }

    /// [`get_user_group_members_all`](crate::generated::admin::AdminUserGroups::get_user_group_members_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_user_group_members_all(
        &self,
        group_uuid: &str,
        query: &mistral_types::generated::admin::AdminUserGroupsGetUserGroupMembersQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::admin::AdminUserGroupMemberOut>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_user_group_members_all(group_uuid, query)?,
            rt: self.rt,
        })
    }

    /// [`assign_users_to_group`](crate::generated::admin::AdminUserGroups::assign_users_to_group), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn assign_users_to_group(
        &self,
        group_uuid: &str,
        body: &mistral_types::generated::admin::AdminAssignUsersToGroupIn,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.assign_users_to_group(group_uuid, body))
    }

    /// [`remove_users_from_group`](crate::generated::admin::AdminUserGroups::remove_users_from_group), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn remove_users_from_group(
        &self,
        group_uuid: &str,
        body: &mistral_types::generated::admin::AdminAssignUsersToGroupIn,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.remove_users_from_group(group_uuid, body))
    }

    /// [`get_nested_groups`](crate::generated::admin::AdminUserGroups::get_nested_groups), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_nested_groups(
        &self,
        group_uuid: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::NestedGroupsOut>> {
        self.rt.run(self.inner.get_nested_groups(group_uuid))
    }

    /// [`set_nested_groups`](crate::generated::admin::AdminUserGroups::set_nested_groups), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn set_nested_groups(
        &self,
        group_uuid: &str,
        body: &mistral_types::generated::admin::SetNestedGroupsIn,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.set_nested_groups(group_uuid, body))
    }

    /// [`update_user_group_organization_role`](crate::generated::admin::AdminUserGroups::update_user_group_organization_role), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_user_group_organization_role(
        &self,
        group_uuid: &str,
        body: &mistral_types::generated::admin::UpdateUserGroupOrganizationRoleIn,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt
            .run(self.inner.update_user_group_organization_role(group_uuid, body))
    }

    /// [`get_group_workspace_assignments`](crate::generated::admin::AdminUserGroups::get_group_workspace_assignments), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_group_workspace_assignments(
        &self,
        group_uuid: &str,
        query: &mistral_types::generated::admin::AdminUserGroupsGetGroupWorkspaceAssignmentsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::GroupWorkspaceAssignmentsOut>> {
        self.rt
            .run(self.inner.get_group_workspace_assignments(group_uuid, query))
    }

    /// [`get_group_workspace_assignments_all`](crate::generated::admin::AdminUserGroups::get_group_workspace_assignments_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_group_workspace_assignments_all(
        &self,
        group_uuid: &str,
        query: &mistral_types::generated::admin::AdminUserGroupsGetGroupWorkspaceAssignmentsQuery,
    ) -> crate::Result<
        crate::blocking::Paginator<'a, mistral_types::generated::admin::GroupWorkspaceAssignmentOut>,
    > {
        Ok(crate::blocking::Paginator {
            inner: self
                .inner
                .get_group_workspace_assignments_all(group_uuid, query)?,
            rt: self.rt,
        })
    }

    /// [`assign_group_to_workspace`](crate::generated::admin::AdminUserGroups::assign_group_to_workspace), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn assign_group_to_workspace(
        &self,
        group_uuid: &str,
        body: &mistral_types::generated::admin::AssignGroupToWorkspaceIn,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt
            .run(self.inner.assign_group_to_workspace(group_uuid, body))
    }

    /// [`update_group_workspace_assignment`](crate::generated::admin::AdminUserGroups::update_group_workspace_assignment), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_group_workspace_assignment(
        &self,
        group_uuid: &str,
        workspace_uuid: &str,
        body: &mistral_types::generated::admin::UpdateGroupWorkspaceAssignmentIn,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(
            self.inner
                .update_group_workspace_assignment(group_uuid, workspace_uuid, body),
        )
    }

    /// [`remove_group_from_workspace`](crate::generated::admin::AdminUserGroups::remove_group_from_workspace), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn remove_group_from_workspace(
        &self,
        group_uuid: &str,
        workspace_uuid: &str,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt
            .run(self.inner.remove_group_from_workspace(group_uuid, workspace_uuid))
    }
}

/// The blocking twin of [`AdminUsers`](crate::generated::admin::AdminUsers): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct AdminUsers<'a> {
    inner: crate::generated::admin::AdminUsers<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for AdminUsers<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::AdminUsers").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(AdminUsers => inner.core.opts);

impl<'a> AdminUsers<'a> {
    /// [`roles_get_roles`](crate::generated::admin::AdminUsers::roles_get_roles), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn roles_get_roles(
        &self,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::RolesOut>> {
        self.rt.run(self.inner.roles_get_roles())
    }

    /// [`get_users`](crate::generated::admin::AdminUsers::get_users), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_users(
        &self,
        query: &mistral_types::generated::admin::AdminUsersGetUsersQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::OrganizationAdminUsersOut>> {
        self.rt.run(self.inner.get_users(query))
    }

    /// [`create_users`](crate::generated::admin::AdminUsers::create_users), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_users(
        &self,
        body: &[mistral_types::generated::admin::OrganizationMemberCreate],
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::OrganizationUsersCreateOut>> {
        self.rt.run(self.inner.create_users(body))
    }

    /// [`get_invite`](crate::generated::admin::AdminUsers::get_invite), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_invite(
        &self,
    ) -> crate::Result<crate::WithMeta<Vec<mistral_types::generated::admin::OrganizationUserInviteOut>>> {
        self.rt.run(self.inner.get_invite())
    }

    /// [`invite_users`](crate::generated::admin::AdminUsers::invite_users), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn invite_users(
        &self,
        body: &mistral_types::generated::admin::OrganizationInviteIn,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::OrganizationInvitesCreateOut>> {
        self.rt.run(self.inner.invite_users(body))
    }

    /// [`delete_invite`](crate::generated::admin::AdminUsers::delete_invite), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_invite(
        &self,
        invite_uuid: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::DeleteOut>> {
        self.rt.run(self.inner.delete_invite(invite_uuid))
    }

    /// [`get_user`](crate::generated::admin::AdminUsers::get_user), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_user(
        &self,
        user_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::AdminUserOut>> {
        self.rt.run(self.inner.get_user(user_id))
    }

    /// [`update_user`](crate::generated::admin::AdminUsers::update_user), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_user(
        &self,
        user_id: &str,
        body: &mistral_types::generated::admin::AdminOrganizationMemberUpdate,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::AdminOrganizationMemberOut>> {
        self.rt.run(self.inner.update_user(user_id, body))
    }

    /// [`delete_user`](crate::generated::admin::AdminUsers::delete_user), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_user(
        &self,
        user_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::DeleteOut>> {
        self.rt.run(self.inner.delete_user(user_id))
    }
}

/// The blocking twin of [`AdminVibeCodeAnalytics`](crate::generated::admin::AdminVibeCodeAnalytics): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct AdminVibeCodeAnalytics<'a> {
    inner: crate::generated::admin::AdminVibeCodeAnalytics<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for AdminVibeCodeAnalytics<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::AdminVibeCodeAnalytics")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(AdminVibeCodeAnalytics => inner.core.opts);

impl<'a> AdminVibeCodeAnalytics<'a> {
    /// [`get_organization_stats`](crate::generated::admin::AdminVibeCodeAnalytics::get_organization_stats), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_organization_stats(
        &self,
        query: &mistral_types::generated::admin::AdminVibeCodeAnalyticsGetOrganizationStatsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::VibeOrganizationStatsOut>> {
        self.rt.run(self.inner.get_organization_stats(query))
    }

    /// [`get_workspace_stats`](crate::generated::admin::AdminVibeCodeAnalytics::get_workspace_stats), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workspace_stats(
        &self,
        query: &mistral_types::generated::admin::AdminVibeCodeAnalyticsGetWorkspaceStatsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::VibeWorkspaceStatsOut>> {
        self.rt.run(self.inner.get_workspace_stats(query))
    }
}

/// The blocking twin of [`AdminVibeWorkAnalytics`](crate::generated::admin::AdminVibeWorkAnalytics): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct AdminVibeWorkAnalytics<'a> {
    inner: crate::generated::admin::AdminVibeWorkAnalytics<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for AdminVibeWorkAnalytics<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::AdminVibeWorkAnalytics")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(AdminVibeWorkAnalytics => inner.core.opts);

impl<'a> AdminVibeWorkAnalytics<'a> {
    /// [`get_by_agent_stats`](crate::generated::admin::AdminVibeWorkAnalytics::get_by_agent_stats), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_by_agent_stats(
        &self,
        query: &mistral_types::generated::admin::AdminVibeWorkAnalyticsGetByAgentStatsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::VibeWorkByAgentStatsOut>> {
        self.rt.run(self.inner.get_by_agent_stats(query))
    }

    /// [`get_by_time_stats`](crate::generated::admin::AdminVibeWorkAnalytics::get_by_time_stats), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_by_time_stats(
        &self,
        query: &mistral_types::generated::admin::AdminVibeWorkAnalyticsGetByTimeStatsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::VibeWorkByTimeStatsOut>> {
        self.rt.run(self.inner.get_by_time_stats(query))
    }

    /// [`get_by_user_stats`](crate::generated::admin::AdminVibeWorkAnalytics::get_by_user_stats), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_by_user_stats(
        &self,
        query: &mistral_types::generated::admin::AdminVibeWorkAnalyticsGetByUserStatsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::VibeWorkByUserStatsOut>> {
        self.rt.run(self.inner.get_by_user_stats(query))
    }
}

/// The blocking twin of [`AdminWorkspaces`](crate::generated::admin::AdminWorkspaces): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct AdminWorkspaces<'a> {
    inner: crate::generated::admin::AdminWorkspaces<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for AdminWorkspaces<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::AdminWorkspaces")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(AdminWorkspaces => inner.core.opts);

impl<'a> AdminWorkspaces<'a> {
    /// [`get_workspaces`](crate::generated::admin::AdminWorkspaces::get_workspaces), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workspaces(
        &self,
        query: &mistral_types::generated::admin::AdminWorkspacesGetWorkspacesQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::WorkspacesOut>> {
        self.rt.run(self.inner.get_workspaces(query))
    }

    /// [`get_workspaces_all`](crate::generated::admin::AdminWorkspaces::get_workspaces_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workspaces_all(
        &self,
        query: &mistral_types::generated::admin::AdminWorkspacesGetWorkspacesQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::admin::WorkspaceOut>> {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_workspaces_all(query)?,
            rt: self.rt,
        })
    }

    /// [`create_workspace`](crate::generated::admin::AdminWorkspaces::create_workspace), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_workspace(
        &self,
        body: &mistral_types::generated::admin::AdminWorkspaceIn,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::WorkspaceEnrichedOut>> {
        self.rt.run(self.inner.create_workspace(body))
    }

    /// [`update_workspaces`](crate::generated::admin::AdminWorkspaces::update_workspaces), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_workspaces(
        &self,
        workspace_uuid: &str,
        body: &mistral_types::generated::admin::UpdateWorkspaceIn,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::WorkspaceOut>> {
        self.rt.run(self.inner.update_workspaces(workspace_uuid, body))
    }

    /// [`delete_workspaces`](crate::generated::admin::AdminWorkspaces::delete_workspaces), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_workspaces(&self, workspace_uuid: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.delete_workspaces(workspace_uuid))
    }

    /// [`add_users_workspaces`](crate::generated::admin::AdminWorkspaces::add_users_workspaces), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn add_users_workspaces(
        &self,
        workspace_uuid: &str,
        body: &mistral_types::generated::admin::WorkspaceMemberIn,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::AddUsersToWorkspaceOut>> {
        self.rt.run(self.inner.add_users_workspaces(workspace_uuid, body))
    }

    /// [`remove_users_workspaces`](crate::generated::admin::AdminWorkspaces::remove_users_workspaces), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn remove_users_workspaces(
        &self,
        workspace_uuid: &str,
        body: &mistral_types::generated::admin::RemoveWorkspaceMembersIn,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::RemoveWorkspaceMembersOut>> {
        self.rt
            .run(self.inner.remove_users_workspaces(workspace_uuid, body))
    }

    /// [`add_or_update_users_workspaces`](crate::generated::admin::AdminWorkspaces::add_or_update_users_workspaces), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn add_or_update_users_workspaces(
        &self,
        workspace_uuid: &str,
        body: &mistral_types::generated::admin::WorkspaceMemberIn,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::admin::AddOrUpdateUsersToWorkspaceOut>> {
        self.rt
            .run(self.inner.add_or_update_users_workspaces(workspace_uuid, body))
    }
}
