// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.admin.user-groups` tag: `client.admin().user_groups()`.
    AdminUserGroups
}

crate::pipeline::per_call_setters!(AdminUserGroups => core.opts);

impl<'a> super::AdminUserGroups<'a> {
    /// Get User Groups
    ///
    /// Get all user groups across the organization.
    ///
    /// `GET /v1/admin/user-groups`: operation `users_api_admin_user_groups_get_user_groups` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_user_groups(
        &self,
        query: &mistral_types::generated::admin::AdminUserGroupsGetUserGroupsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::AdminUserGroupsOut>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/admin/user-groups"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "users_api_admin_user_groups_get_user_groups",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_user_groups`](Self::get_user_groups), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's page (the API's first page, 1, when unset); each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_user_groups_all(
        &self,
        query: &mistral_types::generated::admin::AdminUserGroupsGetUserGroupsQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::admin::AdminUserGroupOut>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/admin/user-groups");
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "users_api_admin_user_groups_get_user_groups",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::admin::AdminUserGroupsOut>| {
                (list.0.items, u64::try_from(list.0.total).ok())
            },
        ))
    }

    /// Create User Group
    ///
    /// Create a new user group.
    ///
    /// `POST /v1/admin/user-groups`: operation `users_api_admin_user_groups_create_user_group` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_user_group(
        &self,
        body: &mistral_types::generated::admin::AdminUserGroupIn,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::AdminUserGroupOut>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/admin/user-groups");
        let call = crate::pipeline::Call::bare(
            "users_api_admin_user_groups_create_user_group",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Provision Group To Workspace
    ///
    /// Provision all users from a user group to a workspace with a specific role.
    ///
    /// `POST /v1/admin/user-groups/provision-workspace`: operation `users_api_admin_user_groups_provision_group_to_workspace` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn provision_group_to_workspace(
        &self,
        body: &mistral_types::generated::admin::AdminProvisionGroupToWorkspaceIn,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/admin/user-groups/provision-workspace");
        let call = crate::pipeline::Call::bare(
            "users_api_admin_user_groups_provision_group_to_workspace",
            http::Method::POST,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }

    /// Get User Group
    ///
    /// Get a specific user group.
    ///
    /// `GET /v1/admin/user-groups/{group_uuid}`: operation `users_api_admin_user_groups_get_user_group` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_user_group(
        &self,
        group_uuid: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::AdminUserGroupOut>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/admin/user-groups/{}",
            crate::pipeline::segment("group_uuid", group_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_user_groups_get_user_group",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Update User Group
    ///
    /// Update a user group.
    ///
    /// `PATCH /v1/admin/user-groups/{group_uuid}`: operation `users_api_admin_user_groups_update_user_group` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_user_group(
        &self,
        group_uuid: &str,
        body: &mistral_types::generated::admin::AdminUpdateUserGroupIn,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::AdminUserGroupOut>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/admin/user-groups/{}",
            crate::pipeline::segment("group_uuid", group_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_user_groups_update_user_group",
            http::Method::PATCH,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete User Group
    ///
    /// Delete a user group.
    ///
    /// `DELETE /v1/admin/user-groups/{group_uuid}`: operation `users_api_admin_user_groups_delete_user_group` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_user_group(
        &self,
        group_uuid: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/admin/user-groups/{}",
            crate::pipeline::segment("group_uuid", group_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_user_groups_delete_user_group",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }

    /// Get User Group Members
    ///
    /// Get members of a user group.
    ///
    /// `GET /v1/admin/user-groups/{group_uuid}/members`: operation `users_api_admin_user_groups_get_user_group_members` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_user_group_members(
        &self,
        group_uuid: &str,
        query: &mistral_types::generated::admin::AdminUserGroupsGetUserGroupMembersQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::AdminUserGroupMembersOut>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/admin/user-groups/{}/members",
                crate::pipeline::segment("group_uuid", group_uuid)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_user_groups_get_user_group_members",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_user_group_members`](Self::get_user_group_members), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's page (the API's first page, 1, when unset); each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_user_group_members_all(
        &self,
        group_uuid: &str,
        query: &mistral_types::generated::admin::AdminUserGroupsGetUserGroupMembersQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::admin::AdminUserGroupMemberOut>>
    {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = format!(
            "/v1/admin/user-groups/{}/members",
            crate::pipeline::segment("group_uuid", group_uuid)?
        );
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "users_api_admin_user_groups_get_user_group_members",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::admin::AdminUserGroupMembersOut>| {
                (list.0.members, u64::try_from(list.0.total).ok())
            },
        ))
    }

    /// Assign Users To Group
    ///
    /// Assign users to a user group.
    ///
    /// `POST /v1/admin/user-groups/{group_uuid}/members`: operation `users_api_admin_user_groups_assign_users_to_group` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn assign_users_to_group(
        &self,
        group_uuid: &str,
        body: &mistral_types::generated::admin::AdminAssignUsersToGroupIn,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/admin/user-groups/{}/members",
            crate::pipeline::segment("group_uuid", group_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_user_groups_assign_users_to_group",
            http::Method::POST,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }

    /// Remove Users From Group
    ///
    /// Remove users from a user group.
    ///
    /// `DELETE /v1/admin/user-groups/{group_uuid}/members`: operation `users_api_admin_user_groups_remove_users_from_group` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn remove_users_from_group(
        &self,
        group_uuid: &str,
        body: &mistral_types::generated::admin::AdminAssignUsersToGroupIn,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/admin/user-groups/{}/members",
            crate::pipeline::segment("group_uuid", group_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_user_groups_remove_users_from_group",
            http::Method::DELETE,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }

    /// Get Nested Groups Admin
    ///
    /// List the groups directly nested inside this group.
    ///
    /// `GET /v1/admin/user-groups/{group_uuid}/nested`: operation `users_api_admin_user_groups_get_nested_groups` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_nested_groups(
        &self,
        group_uuid: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::NestedGroupsOut>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/admin/user-groups/{}/nested",
            crate::pipeline::segment("group_uuid", group_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_user_groups_get_nested_groups",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Set Nested Groups Admin
    ///
    /// Replace the set of groups directly nested inside this group.
    ///
    /// `PATCH /v1/admin/user-groups/{group_uuid}/nested`: operation `users_api_admin_user_groups_set_nested_groups` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn set_nested_groups(
        &self,
        group_uuid: &str,
        body: &mistral_types::generated::admin::SetNestedGroupsIn,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/admin/user-groups/{}/nested",
            crate::pipeline::segment("group_uuid", group_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_user_groups_set_nested_groups",
            http::Method::PATCH,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }

    /// Update User Group Organization Role
    ///
    /// Update the organization role for a user group.
    ///
    /// `PATCH /v1/admin/user-groups/{group_uuid}/organization-role`: operation `users_admin_user_groups_update_user_group_organization_role` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_user_group_organization_role(
        &self,
        group_uuid: &str,
        body: &mistral_types::generated::admin::UpdateUserGroupOrganizationRoleIn,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/admin/user-groups/{}/organization-role",
            crate::pipeline::segment("group_uuid", group_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_admin_user_groups_update_user_group_organization_role",
            http::Method::PATCH,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }

    /// Get Group Workspace Assignments
    ///
    /// List workspace assignments for a user group.
    ///
    /// `GET /v1/admin/user-groups/{group_uuid}/workspaces`: operation `users_admin_user_groups_get_group_workspace_assignments` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_group_workspace_assignments(
        &self,
        group_uuid: &str,
        query: &mistral_types::generated::admin::AdminUserGroupsGetGroupWorkspaceAssignmentsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::admin::GroupWorkspaceAssignmentsOut>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/admin/user-groups/{}/workspaces",
                crate::pipeline::segment("group_uuid", group_uuid)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "users_admin_user_groups_get_group_workspace_assignments",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_group_workspace_assignments`](Self::get_group_workspace_assignments), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's page (the API's first page, 1, when unset); each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_group_workspace_assignments_all(
        &self,
        group_uuid: &str,
        query: &mistral_types::generated::admin::AdminUserGroupsGetGroupWorkspaceAssignmentsQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::admin::GroupWorkspaceAssignmentOut>>
    {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = format!(
            "/v1/admin/user-groups/{}/workspaces",
            crate::pipeline::segment("group_uuid", group_uuid)?
        );
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "users_admin_user_groups_get_group_workspace_assignments",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::admin::GroupWorkspaceAssignmentsOut>| {
                (list.0.items, u64::try_from(list.0.total).ok())
            },
        ))
    }

    /// Assign Group To Workspace
    ///
    /// Assign a user group to a workspace.
    ///
    /// `POST /v1/admin/user-groups/{group_uuid}/workspaces`: operation `users_api_admin_user_groups_assign_group_to_workspace` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn assign_group_to_workspace(
        &self,
        group_uuid: &str,
        body: &mistral_types::generated::admin::AssignGroupToWorkspaceIn,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/admin/user-groups/{}/workspaces",
            crate::pipeline::segment("group_uuid", group_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_user_groups_assign_group_to_workspace",
            http::Method::POST,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }

    /// Update Group Workspace Assignment
    ///
    /// Update the workspace role assignment for a user group.
    ///
    /// `PATCH /v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}`: operation `users_admin_user_groups_update_group_workspace_assignment` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_group_workspace_assignment(
        &self,
        group_uuid: &str,
        workspace_uuid: &str,
        body: &mistral_types::generated::admin::UpdateGroupWorkspaceAssignmentIn,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/admin/user-groups/{}/workspaces/{}",
            crate::pipeline::segment("group_uuid", group_uuid)?,
            crate::pipeline::segment("workspace_uuid", workspace_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_admin_user_groups_update_group_workspace_assignment",
            http::Method::PATCH,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }

    /// Remove Group From Workspace
    ///
    /// Remove a user group from a workspace.
    ///
    /// `DELETE /v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}`: operation `users_admin_user_groups_remove_group_from_workspace` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn remove_group_from_workspace(
        &self,
        group_uuid: &str,
        workspace_uuid: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/admin/user-groups/{}/workspaces/{}",
            crate::pipeline::segment("group_uuid", group_uuid)?,
            crate::pipeline::segment("workspace_uuid", workspace_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_admin_user_groups_remove_group_from_workspace",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }
}
