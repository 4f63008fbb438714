// generated from the spec by `cargo xtask codegen`: do not edit

impl<'a> super::Users<'a> {
    /// Get Identity
    ///
    /// `GET /v1/users/me`: operation `users_api_get_identity` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_identity(
        &self,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::users::UserIdentity>> {
        self.core.check_headers()?;
        let path = String::from("/v1/users/me");
        let call = crate::pipeline::Call::bare("users_api_get_identity", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// List Organizations
    ///
    /// List every organization the authenticated user is a member of.
    ///
    /// Identity-only: the caller need not have selected an organization, so this
    /// reads only the user and never scopes by the active org.
    ///
    /// `GET /v1/users/me/organizations`: operation `users_api_list_organizations` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_organizations(
        &self,
        query: &mistral_types::generated::users::UsersListOrganizationsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::users::ListOrganizationsResponse>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path =
            crate::generated::with_query(String::from("/v1/users/me/organizations"), &query.to_query());
        let call = crate::pipeline::Call::bare("users_api_list_organizations", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list_organizations`](Self::list_organizations), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, from the query's offset (0 when unset), moving by as many items as each page held; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_organizations_all(
        &self,
        query: &mistral_types::generated::users::UsersListOrganizationsQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::users::UserOrganization>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/users/me/organizations");
        let start = query.offset.and_then(|n| u32::try_from(n).ok());
        Ok(crate::paginate::offset_numbered(
            &self.core,
            "users_api_list_organizations",
            start,
            move |n| {
                let mut q = query.clone();
                q.offset = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::users::ListOrganizationsResponse>| {
                (list.0.organizations, None)
            },
        ))
    }

    /// List Workspaces
    ///
    /// List every workspace the authenticated user is a member of, across all
    /// their organizations, each tagged with the organization it belongs to.
    ///
    /// `GET /v1/users/me/workspaces`: operation `users_api_list_workspaces` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_workspaces(
        &self,
        query: &mistral_types::generated::users::UsersListWorkspacesQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::users::ListWorkspacesResponse>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/users/me/workspaces"), &query.to_query());
        let call = crate::pipeline::Call::bare("users_api_list_workspaces", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list_workspaces`](Self::list_workspaces), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, from the query's offset (0 when unset), moving by as many items as each page held; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_workspaces_all(
        &self,
        query: &mistral_types::generated::users::UsersListWorkspacesQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::users::UserWorkspace>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/users/me/workspaces");
        let start = query.offset.and_then(|n| u32::try_from(n).ok());
        Ok(crate::paginate::offset_numbered(
            &self.core,
            "users_api_list_workspaces",
            start,
            move |n| {
                let mut q = query.clone();
                q.offset = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::users::ListWorkspacesResponse>| {
                (list.0.workspaces, None)
            },
        ))
    }

    /// Whoami
    ///
    /// Return the authenticated caller's identity.
    ///
    /// Principal-agnostic: resolves both users and service accounts.
    ///
    /// `GET /v1/whoami`: operation `users_api_whoami` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn whoami(
        &self,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::users::WhoamiResponse>> {
        self.core.check_headers()?;
        let path = String::from("/v1/whoami");
        let call = crate::pipeline::Call::bare("users_api_whoami", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }
}
