// generated from the spec by `cargo xtask codegen`: do not edit

impl<'a> super::Connectors<'a> {
    /// List all connectors.
    ///
    /// List all your custom connectors with keyset pagination and filters.
    ///
    /// `GET /v1/connectors`: operation `connector_list_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list(
        &self,
        query: &mistral_types::generated::connectors::ConnectorsListQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::PaginatedConnectors>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/connectors"), &query.to_query());
        let call = crate::pipeline::Call::bare("connector_list_v1", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Create a new connector.
    ///
    /// Create a new MCP connector. You can customize its visibility, url and auth type.
    ///
    /// `POST /v1/connectors`: operation `connector_create_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create(
        &self,
        body: &mistral_types::generated::connectors::CreateConnectorRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::Connector>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/connectors");
        let call =
            crate::pipeline::Call::bare("connector_create_v1", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get a connector.
    ///
    /// Get a connector by its ID or name.
    ///
    /// `GET /v1/connectors/{connector_id_or_name}`: operation `connector_get_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsGetQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::Connector>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/connectors/{}",
                crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("connector_get_v1", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Get the auth URL for a connector.
    ///
    /// Get the OAuth2 authorization URL for a connector to initiate user authentication.
    ///
    /// `GET /v1/connectors/{connector_id_or_name}/auth_url`: operation `connector_get_auth_url_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_auth_url(
        &self,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsGetAuthUrlQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::AuthUrlResponse>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/connectors/{}/auth_url",
                crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("connector_get_auth_url_v1", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Get authentication methods for a connector.
    ///
    /// Get the authentication schema for a connector. Returns the list of supported authentication methods and their required headers.
    ///
    /// `GET /v1/connectors/{connector_id_or_name}/authentication_methods`: operation `connector_get_authentication_methods_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_authentication_methods(
        &self,
        connector_id_or_name: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<Vec<mistral_types::generated::connectors::PublicAuthenticationMethod>>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/connectors/{}/authentication_methods",
            crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?
        );
        let call =
            crate::pipeline::Call::bare("connector_get_authentication_methods_v1", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// List organization credentials for a connector.
    ///
    /// List all credentials configured at the organization level for a given connector.
    ///
    /// `GET /v1/connectors/{connector_id_or_name}/organization/credentials`: operation `connector_list_organization_credentials_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_organization_credentials(
        &self,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsListOrganizationCredentialsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::CredentialsResponse>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/connectors/{}/organization/credentials",
                crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "connector_list_organization_credentials_v1",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Create or update organization credentials for a connector.
    ///
    /// Create or update credentials at the organization level for a given connector.
    ///
    /// `POST /v1/connectors/{connector_id_or_name}/organization/credentials`: operation `connector_create_or_update_organization_credentials_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_or_update_organization_credentials(
        &self,
        connector_id_or_name: &str,
        body: &mistral_types::generated::connectors::CredentialsCreateOrUpdate,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponse>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/connectors/{}/organization/credentials",
            crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?
        );
        let call = crate::pipeline::Call::bare(
            "connector_create_or_update_organization_credentials_v1",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete organization credentials for a connector.
    ///
    /// Delete credentials at the organization level for a given connector.
    ///
    /// `DELETE /v1/connectors/{connector_id_or_name}/organization/credentials/{credentials_name}`: operation `connector_delete_organization_credentials_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_organization_credentials(
        &self,
        credentials_name: &str,
        connector_id_or_name: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/connectors/{}/organization/credentials/{}",
            crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?,
            crate::pipeline::segment("credentials_name", credentials_name)?
        );
        let call = crate::pipeline::Call::bare(
            "connector_delete_organization_credentials_v1",
            http::Method::DELETE,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// List tools for a connector.
    ///
    /// List all tools available for an MCP connector.
    ///
    /// `GET /v1/connectors/{connector_id_or_name}/tools`: operation `connector_list_tools_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_tools(
        &self,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsListToolsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::connectors::ConnectorsListToolsResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/connectors/{}/tools",
                crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("connector_list_tools_v1", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Call Connector Tool
    ///
    /// Call a tool on an MCP connector.
    ///
    /// `POST /v1/connectors/{connector_id_or_name}/tools/{tool_name}/call`: operation `connector_call_tool_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn call_tool(
        &self,
        tool_name: &str,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsCallToolQuery,
        body: &mistral_types::generated::connectors::ConnectorCallToolRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::connectors::ConnectorToolCallResponse>,
    > {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path = crate::generated::with_query(
            format!(
                "/v1/connectors/{}/tools/{}/call",
                crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?,
                crate::pipeline::segment("tool_name", tool_name)?
            ),
            &query.to_query(),
        );
        let call =
            crate::pipeline::Call::bare("connector_call_tool_v1", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// List user credentials for a connector.
    ///
    /// List all credentials configured at the user level for a given connector.
    ///
    /// `GET /v1/connectors/{connector_id_or_name}/user/credentials`: operation `connector_list_user_credentials_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_user_credentials(
        &self,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsListUserCredentialsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::CredentialsResponse>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/connectors/{}/user/credentials",
                crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("connector_list_user_credentials_v1", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Create or update user credentials for a connector.
    ///
    /// Create or update credentials at the user level for a given connector.
    ///
    /// `POST /v1/connectors/{connector_id_or_name}/user/credentials`: operation `connector_create_or_update_user_credentials_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_or_update_user_credentials(
        &self,
        connector_id_or_name: &str,
        body: &mistral_types::generated::connectors::CredentialsCreateOrUpdate,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponse>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/connectors/{}/user/credentials",
            crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?
        );
        let call = crate::pipeline::Call::bare(
            "connector_create_or_update_user_credentials_v1",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete all user credentials for a connector.
    ///
    /// Delete all credentials configured at the user level for a given connector.
    ///
    /// `DELETE /v1/connectors/{connector_id_or_name}/user/credentials`: operation `connector_delete_all_user_credentials_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_all_user_credentials(
        &self,
        connector_id_or_name: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/connectors/{}/user/credentials",
            crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?
        );
        let call = crate::pipeline::Call::bare(
            "connector_delete_all_user_credentials_v1",
            http::Method::DELETE,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Delete user credentials for a connector.
    ///
    /// Delete credentials at the user level for a given connector.
    ///
    /// `DELETE /v1/connectors/{connector_id_or_name}/user/credentials/{credentials_name}`: operation `connector_delete_user_credentials_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_user_credentials(
        &self,
        credentials_name: &str,
        connector_id_or_name: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/connectors/{}/user/credentials/{}",
            crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?,
            crate::pipeline::segment("credentials_name", credentials_name)?
        );
        let call =
            crate::pipeline::Call::bare("connector_delete_user_credentials_v1", http::Method::DELETE, path);
        crate::generated::json(&self.core, call).await
    }

    /// List workspace credentials for a connector.
    ///
    /// List all credentials configured at the workspace level for a given connector.
    ///
    /// `GET /v1/connectors/{connector_id_or_name}/workspace/credentials`: operation `connector_list_workspace_credentials_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_workspace_credentials(
        &self,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsListWorkspaceCredentialsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::CredentialsResponse>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/connectors/{}/workspace/credentials",
                crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?
            ),
            &query.to_query(),
        );
        let call =
            crate::pipeline::Call::bare("connector_list_workspace_credentials_v1", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Create or update workspace credentials for a connector.
    ///
    /// Create or update credentials at the workspace level for a given connector.
    ///
    /// `POST /v1/connectors/{connector_id_or_name}/workspace/credentials`: operation `connector_create_or_update_workspace_credentials_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_or_update_workspace_credentials(
        &self,
        connector_id_or_name: &str,
        body: &mistral_types::generated::connectors::CredentialsCreateOrUpdate,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponse>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/connectors/{}/workspace/credentials",
            crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?
        );
        let call = crate::pipeline::Call::bare(
            "connector_create_or_update_workspace_credentials_v1",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete workspace credentials for a connector.
    ///
    /// Delete credentials at the workspace level for a given connector.
    ///
    /// `DELETE /v1/connectors/{connector_id_or_name}/workspace/credentials/{credentials_name}`: operation `connector_delete_workspace_credentials_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_workspace_credentials(
        &self,
        credentials_name: &str,
        connector_id_or_name: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/connectors/{}/workspace/credentials/{}",
            crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?,
            crate::pipeline::segment("credentials_name", credentials_name)?
        );
        let call = crate::pipeline::Call::bare(
            "connector_delete_workspace_credentials_v1",
            http::Method::DELETE,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Update a connector.
    ///
    /// Update a connector by its ID.
    ///
    /// `PATCH /v1/connectors/{connector_id}`: operation `connector_update_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update(
        &self,
        connector_id: &str,
        body: &mistral_types::generated::connectors::UpdateConnectorRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::Connector>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/connectors/{}",
            crate::pipeline::segment("connector_id", connector_id)?
        );
        let call =
            crate::pipeline::Call::bare("connector_update_v1", http::Method::PATCH, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete a connector.
    ///
    /// Delete a connector by its ID.
    ///
    /// `DELETE /v1/connectors/{connector_id}`: operation `connector_delete_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete(
        &self,
        connector_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/connectors/{}",
            crate::pipeline::segment("connector_id", connector_id)?
        );
        let call = crate::pipeline::Call::bare("connector_delete_v1", http::Method::DELETE, path);
        crate::generated::json(&self.core, call).await
    }

    /// Share a private connector to the current workspace.
    ///
    /// Transfers ownership of a private user-owned connector to the current workspace, making it available to all workspace members. The creator can later revert this via the unshare endpoint. Any authentication flows that rely on the original owner's identity (e.g. OAuth on-behalf-of) will be affected and must be reconfigured after sharing. Only the connector's creator can call this endpoint. Requires the ShareConnectorToWorkspace workspace permission.
    ///
    /// `PUT /v1/connectors/{connector_id}/share`: operation `connector_share_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn share(
        &self,
        connector_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/connectors/{}/share",
            crate::pipeline::segment("connector_id", connector_id)?
        );
        let call = crate::pipeline::Call::bare("connector_share_v1", http::Method::PUT, path);
        crate::generated::json(&self.core, call).await
    }

    /// Unshare a connector from the current workspace.
    ///
    /// Reverts a workspace-shared connector back to a private, creator-owned connector. Workspace-scoped connections and other members' connections are removed; the creator's own connection is preserved. Only the connector's creator can call this endpoint. Requires the ShareConnectorToWorkspace workspace permission.
    ///
    /// `DELETE /v1/connectors/{connector_id}/share`: operation `connector_unshare_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn unshare(
        &self,
        connector_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/connectors/{}/share",
            crate::pipeline::segment("connector_id", connector_id)?
        );
        let call = crate::pipeline::Call::bare("connector_unshare_v1", http::Method::DELETE, path);
        crate::generated::json(&self.core, call).await
    }

    /// Activate a connector for the given consumer (organization, workspace, user).
    ///
    /// Enable a connector for the consumer.
    ///
    /// `POST /v1/connectors/{connector_id}/{consumer_scope}/activate`: operation `connector_activate_for_consumer_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn activate_for_consumer(
        &self,
        connector_id: &str,
        consumer_scope: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/connectors/{}/{}/activate",
            crate::pipeline::segment("connector_id", connector_id)?,
            crate::pipeline::segment("consumer_scope", consumer_scope)?
        );
        let call =
            crate::pipeline::Call::bare("connector_activate_for_consumer_v1", http::Method::POST, path);
        crate::generated::json(&self.core, call).await
    }

    /// Deactivate a connector for the current consumer (at organization, workspace or user level).
    ///
    /// Disable a connector for the calling consumer only.
    ///
    /// `POST /v1/connectors/{connector_id}/{consumer_scope}/deactivate`: operation `connector_deactivate_for_consumer_v1` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn deactivate_for_consumer(
        &self,
        connector_id: &str,
        consumer_scope: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/connectors/{}/{}/deactivate",
            crate::pipeline::segment("connector_id", connector_id)?,
            crate::pipeline::segment("consumer_scope", consumer_scope)?
        );
        let call =
            crate::pipeline::Call::bare("connector_deactivate_for_consumer_v1", http::Method::POST, path);
        crate::generated::json(&self.core, call).await
    }

    /// Create consumer credentials for a connector.
    ///
    /// Create consumer credentials for a given connector and consumer scope (organization, workspace, user)
    ///
    /// `POST /v1/connectors/{connector_id_or_name}/{consumer_scope}/credentials`: operation `connector_create_credentials_v1` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_credentials(
        &self,
        connector_id_or_name: &str,
        consumer_scope: &str,
        body: &mistral_types::generated::connectors::CredentialsCreateOrUpdateNext,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponseNext>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/connectors/{}/{}/credentials",
            crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?,
            crate::pipeline::segment("consumer_scope", consumer_scope)?
        );
        let call = crate::pipeline::Call::bare("connector_create_credentials_v1", http::Method::POST, path)
            .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Create or update consumer credentials for a connector.
    ///
    /// Create or update consumer credentials for a given connector.
    ///
    /// `PATCH /v1/connectors/{connector_id_or_name}/{consumer_scope}/credentials`: operation `connector_update_credentials` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_credentials(
        &self,
        connector_id_or_name: &str,
        consumer_scope: &str,
        body: &mistral_types::generated::connectors::CredentialsCreateOrUpdateNext,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponseNext>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/connectors/{}/{}/credentials",
            crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?,
            crate::pipeline::segment("consumer_scope", consumer_scope)?
        );
        let call = crate::pipeline::Call::bare("connector_update_credentials", http::Method::PATCH, path)
            .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete credentials for a consumer.
    ///
    /// Delete connector credentials for a given consumer.
    ///
    /// `DELETE /v1/connectors/{connector_id_or_name}/{consumer_scope}/credentials/{credentials_name}`: operation `connector_delete_credentials` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_credentials(
        &self,
        credentials_name: &str,
        connector_id_or_name: &str,
        consumer_scope: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponseNext>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/connectors/{}/{}/credentials/{}",
            crate::pipeline::segment("connector_id_or_name", connector_id_or_name)?,
            crate::pipeline::segment("consumer_scope", consumer_scope)?,
            crate::pipeline::segment("credentials_name", credentials_name)?
        );
        let call = crate::pipeline::Call::bare("connector_delete_credentials", http::Method::DELETE, path);
        crate::generated::json(&self.core, call).await
    }

    /// Share a connector to the current organization.
    ///
    /// Transfers ownership of a private user-owned connector to the current organization, making it available to all organization members. The creator can later revert this via the unshare endpoint. Any authentication flows that rely on the original owner's identity (e.g. OAuth on-behalf-of) will be affected and must be reconfigured after sharing. Requires the ShareConnectorToOrg organization permission.
    ///
    /// `PUT /v1/connectors/{connector_id}/organization/share`: operation `connector_share_to_organization_v1` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn share_to_organization(
        &self,
        connector_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponseNext>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/connectors/{}/organization/share",
            crate::pipeline::segment("connector_id", connector_id)?
        );
        let call = crate::pipeline::Call::bare("connector_share_to_organization_v1", http::Method::PUT, path);
        crate::generated::json(&self.core, call).await
    }

    /// Unshare a connector from the current organization.
    ///
    /// Reverts an organization-shared connector back to a private, creator-owned connector. Organization-scoped connections and other members' connections are removed; the creator's own connection is preserved. Requires the ShareConnectorToOrg organization permission.
    ///
    /// `DELETE /v1/connectors/{connector_id}/organization/share`: operation `connector_unshare_from_organization_v1` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn unshare_from_organization(
        &self,
        connector_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::connectors::MessageResponseNext>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/connectors/{}/organization/share",
            crate::pipeline::segment("connector_id", connector_id)?
        );
        let call = crate::pipeline::Call::bare(
            "connector_unshare_from_organization_v1",
            http::Method::DELETE,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
