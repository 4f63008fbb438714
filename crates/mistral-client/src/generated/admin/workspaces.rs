// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.admin.workspaces` tag: `client.admin().workspaces()`.
    AdminWorkspaces
}

crate::pipeline::per_call_setters!(AdminWorkspaces => core.opts);

impl<'a> super::AdminWorkspaces<'a> {
    /// Get Workspaces
    ///
    /// List Workspaces in the Organization.
    ///
    /// `GET /v1/admin/workspaces`: operation `users_api_admin_workspaces_get_workspaces` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workspaces(
        &self,
        query: &mistral_types::generated::admin::AdminWorkspacesGetWorkspacesQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::WorkspacesOut>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/admin/workspaces"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "users_api_admin_workspaces_get_workspaces",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_workspaces`](Self::get_workspaces), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's page (the API's first page, 1, when unset); each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_workspaces_all(
        &self,
        query: &mistral_types::generated::admin::AdminWorkspacesGetWorkspacesQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::admin::WorkspaceOut>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/admin/workspaces");
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "users_api_admin_workspaces_get_workspaces",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::admin::WorkspacesOut>| {
                (list.0.items, u64::try_from(list.0.total).ok())
            },
        ))
    }

    /// Create Workspace
    ///
    /// Create a Workspace.
    ///
    /// `POST /v1/admin/workspaces`: operation `users_api_admin_workspaces_create_workspace` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_workspace(
        &self,
        body: &mistral_types::generated::admin::AdminWorkspaceIn,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::WorkspaceEnrichedOut>>
    {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/admin/workspaces");
        let call = crate::pipeline::Call::bare(
            "users_api_admin_workspaces_create_workspace",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Update Workspaces
    ///
    /// Update a Workspace.
    ///
    /// `PATCH /v1/admin/workspaces/{workspace_uuid}`: operation `users_api_admin_workspaces_update_workspaces` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_workspaces(
        &self,
        workspace_uuid: &str,
        body: &mistral_types::generated::admin::UpdateWorkspaceIn,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::WorkspaceOut>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/admin/workspaces/{}",
            crate::pipeline::segment("workspace_uuid", workspace_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_workspaces_update_workspaces",
            http::Method::PATCH,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete Workspaces
    ///
    /// Archive a Workspace.
    ///
    /// `DELETE /v1/admin/workspaces/{workspace_uuid}`: operation `users_api_admin_workspaces_delete_workspaces` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_workspaces(
        &self,
        workspace_uuid: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/admin/workspaces/{}",
            crate::pipeline::segment("workspace_uuid", workspace_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_workspaces_delete_workspaces",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }

    /// Add Users Workspaces
    ///
    /// Add members to a Workspace.
    ///
    /// `POST /v1/admin/workspaces/{workspace_uuid}/add-users`: operation `users_api_admin_workspaces_add_users_workspaces` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn add_users_workspaces(
        &self,
        workspace_uuid: &str,
        body: &mistral_types::generated::admin::WorkspaceMemberIn,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::AddUsersToWorkspaceOut>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/admin/workspaces/{}/add-users",
            crate::pipeline::segment("workspace_uuid", workspace_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_workspaces_add_users_workspaces",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Remove Users Workspaces
    ///
    /// Remove members from a Workspace.
    ///
    /// `DELETE /v1/admin/workspaces/{workspace_uuid}/remove-users`: operation `users_api_admin_workspaces_remove_users_workspaces` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn remove_users_workspaces(
        &self,
        workspace_uuid: &str,
        body: &mistral_types::generated::admin::RemoveWorkspaceMembersIn,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::RemoveWorkspaceMembersOut>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/admin/workspaces/{}/remove-users",
            crate::pipeline::segment("workspace_uuid", workspace_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_workspaces_remove_users_workspaces",
            http::Method::DELETE,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Add Or Update Users Workspaces
    ///
    /// Add or update Workspace members.
    ///
    /// `PATCH /v1/admin/workspaces/{workspace_uuid}/users`: operation `users_api_admin_workspaces_add_or_update_users_workspaces` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn add_or_update_users_workspaces(
        &self,
        workspace_uuid: &str,
        body: &mistral_types::generated::admin::WorkspaceMemberIn,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::admin::AddOrUpdateUsersToWorkspaceOut>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/admin/workspaces/{}/users",
            crate::pipeline::segment("workspace_uuid", workspace_uuid)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_workspaces_add_or_update_users_workspaces",
            http::Method::PATCH,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
