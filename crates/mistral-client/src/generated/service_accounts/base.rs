// generated from the spec by `cargo xtask codegen`: do not edit

impl<'a> super::ServiceAccounts<'a> {
    /// List Service Accounts
    ///
    /// List the service accounts in a workspace, or across the organization.
    ///
    /// Scoped to a workspace, this requires the Workspace admin (`workspace_admin`) role on
    /// it. Omitting the workspace lists the whole organization and requires the Organization
    /// admin (`organization_admin`) role instead.
    ///
    /// ``q`` narrows the list to accounts whose name or description contains it. ``order``
    /// sorts by creation time (ascending by default).
    ///
    /// `GET /v1/service-accounts`: operation `list_service_accounts_v1_service_accounts_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list(
        &self,
        query: &mistral_types::generated::service_accounts::ServiceAccountsListQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::service_accounts::ListServiceAccountsResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/service-accounts"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "list_service_accounts_v1_service_accounts_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list`](Self::list), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, from the query's offset (0 when unset), moving by as many items as each page held; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_all(
        &self,
        query: &mistral_types::generated::service_accounts::ServiceAccountsListQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::service_accounts::ServiceAccount>>
    {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/service-accounts");
        let start = u32::try_from(query.offset).ok();
        Ok(crate::paginate::offset_numbered(
            &self.core,
            "list_service_accounts_v1_service_accounts_get",
            start,
            move |n| {
                let mut q = query.clone();
                q.offset = i64::from(n);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<
                mistral_types::generated::service_accounts::ListServiceAccountsResponse,
            >| (list.0.items, None),
        ))
    }

    /// Create Service Account
    ///
    /// Create a service account in a workspace. Requires the Workspace admin (`workspace_admin`) role.
    ///
    /// `POST /v1/service-accounts`: operation `create_service_account_v1_service_accounts_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create(
        &self,
        body: &mistral_types::generated::service_accounts::CreateServiceAccountRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::service_accounts::ServiceAccount>>
    {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/service-accounts");
        let call = crate::pipeline::Call::bare(
            "create_service_account_v1_service_accounts_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// List Assignable Service Account Roles
    ///
    /// List the workspace roles that can be assigned to a service account.
    ///
    /// Requires the Workspace admin (`workspace_admin`) role.
    ///
    /// `GET /v1/service-accounts/assignable-roles`: operation `list_assignable_service_account_roles_v1_service_accounts_assignable_roles_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_assignable_roles(
        &self,
        query: &mistral_types::generated::service_accounts::ServiceAccountsListAssignableRolesQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<
            mistral_types::generated::service_accounts::ListAssignableServiceAccountRolesResponse,
        >,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            String::from("/v1/service-accounts/assignable-roles"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "list_assignable_service_account_roles_v1_service_accounts_assignable_roles_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get Service Account
    ///
    /// Retrieve a service account.
    ///
    /// Requires the Workspace admin (`workspace_admin`) role.
    ///
    /// `GET /v1/service-accounts/{service_account_id}`: operation `get_service_account_v1_service_accounts__service_account_id__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        service_account_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::service_accounts::ServiceAccount>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/service-accounts/{}",
            crate::pipeline::segment("service_account_id", service_account_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_service_account_v1_service_accounts__service_account_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Update Service Account
    ///
    /// Update a service account.
    ///
    /// Requires the Workspace admin (`workspace_admin`) role.
    ///
    /// `PATCH /v1/service-accounts/{service_account_id}`: operation `update_service_account_v1_service_accounts__service_account_id__patch` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update(
        &self,
        service_account_id: &str,
        body: &mistral_types::generated::service_accounts::UpdateServiceAccountRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::service_accounts::ServiceAccount>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/service-accounts/{}",
            crate::pipeline::segment("service_account_id", service_account_id)?
        );
        let call = crate::pipeline::Call::bare(
            "update_service_account_v1_service_accounts__service_account_id__patch",
            http::Method::PATCH,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete Service Account
    ///
    /// Delete a service account.
    ///
    /// Requires the Workspace admin (`workspace_admin`) role.
    ///
    /// `DELETE /v1/service-accounts/{service_account_id}`: operation `delete_service_account_v1_service_accounts__service_account_id__delete` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete(&self, service_account_id: &str) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/service-accounts/{}",
            crate::pipeline::segment("service_account_id", service_account_id)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_service_account_v1_service_accounts__service_account_id__delete",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }

    /// List Service Account Roles
    ///
    /// List the workspace roles assigned to a service account.
    ///
    /// Requires the Workspace admin (`workspace_admin`) role.
    ///
    /// `GET /v1/service-accounts/{service_account_id}/roles`: operation `list_service_account_roles_v1_service_accounts__service_account_id__roles_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_roles(
        &self,
        service_account_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::service_accounts::ListServiceAccountRolesResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/service-accounts/{}/roles",
            crate::pipeline::segment("service_account_id", service_account_id)?
        );
        let call = crate::pipeline::Call::bare(
            "list_service_account_roles_v1_service_accounts__service_account_id__roles_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Set Service Account Roles
    ///
    /// Replace the workspace roles assigned to a service account.
    ///
    /// Requires the Workspace admin (`workspace_admin`) role.
    ///
    /// `PUT /v1/service-accounts/{service_account_id}/roles`: operation `set_service_account_roles_v1_service_accounts__service_account_id__roles_put` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn set_roles(
        &self,
        service_account_id: &str,
        body: &mistral_types::generated::service_accounts::SetServiceAccountRolesRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::service_accounts::ListServiceAccountRolesResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/service-accounts/{}/roles",
            crate::pipeline::segment("service_account_id", service_account_id)?
        );
        let call = crate::pipeline::Call::bare(
            "set_service_account_roles_v1_service_accounts__service_account_id__roles_put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
