// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `connectors` API group's handles (`client.connectors()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `connectors` API group (generated from the spec; cargo feature `connectors`), blocking.
    pub fn connectors(&self) -> Connectors<'_> {
        Connectors {
            inner: self.client.connectors(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Connectors`](crate::generated::connectors::Connectors): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Connectors<'a> {
    inner: crate::generated::connectors::Connectors<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Connectors<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Connectors").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Connectors => inner.core.opts);

impl<'a> Connectors<'a> {
    /// [`list`](crate::generated::connectors::Connectors::list), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list(
        &self,
        query: &mistral_types::generated::connectors::ConnectorsListQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::PaginatedConnectors>> {
        self.rt.run(self.inner.list(query))
    }

    /// [`create`](crate::generated::connectors::Connectors::create), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create(
        &self,
        body: &mistral_types::generated::connectors::CreateConnectorRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::Connector>> {
        self.rt.run(self.inner.create(body))
    }

    /// [`get`](crate::generated::connectors::Connectors::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsGetQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::Connector>> {
        self.rt.run(self.inner.get(connector_id_or_name, query))
    }

    /// [`get_auth_url`](crate::generated::connectors::Connectors::get_auth_url), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_auth_url(
        &self,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsGetAuthUrlQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::AuthUrlResponse>> {
        self.rt.run(self.inner.get_auth_url(connector_id_or_name, query))
    }

    /// [`get_authentication_methods`](crate::generated::connectors::Connectors::get_authentication_methods), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_authentication_methods(
        &self,
        connector_id_or_name: &str,
    ) -> crate::Result<crate::WithMeta<Vec<mistral_types::generated::connectors::PublicAuthenticationMethod>>>
    {
        self.rt
            .run(self.inner.get_authentication_methods(connector_id_or_name))
    }

    /// [`list_organization_credentials`](crate::generated::connectors::Connectors::list_organization_credentials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_organization_credentials(
        &self,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsListOrganizationCredentialsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::CredentialsResponse>> {
        self.rt.run(
            self.inner
                .list_organization_credentials(connector_id_or_name, query),
        )
    }

    /// [`create_or_update_organization_credentials`](crate::generated::connectors::Connectors::create_or_update_organization_credentials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_or_update_organization_credentials(
        &self,
        connector_id_or_name: &str,
        body: &mistral_types::generated::connectors::CredentialsCreateOrUpdate,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponse>> {
        self.rt.run(
            self.inner
                .create_or_update_organization_credentials(connector_id_or_name, body),
        )
    }

    /// [`delete_organization_credentials`](crate::generated::connectors::Connectors::delete_organization_credentials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_organization_credentials(
        &self,
        credentials_name: &str,
        connector_id_or_name: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponse>> {
        self.rt.run(
            self.inner
                .delete_organization_credentials(credentials_name, connector_id_or_name),
        )
    }

    /// [`list_tools`](crate::generated::connectors::Connectors::list_tools), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_tools(
        &self,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsListToolsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::ConnectorsListToolsResponse>>
    {
        self.rt.run(self.inner.list_tools(connector_id_or_name, query))
    }

    /// [`call_tool`](crate::generated::connectors::Connectors::call_tool), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn call_tool(
        &self,
        tool_name: &str,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsCallToolQuery,
        body: &mistral_types::generated::connectors::ConnectorCallToolRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::ConnectorToolCallResponse>> {
        self.rt
            .run(self.inner.call_tool(tool_name, connector_id_or_name, query, body))
    }

    /// [`list_user_credentials`](crate::generated::connectors::Connectors::list_user_credentials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_user_credentials(
        &self,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsListUserCredentialsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::CredentialsResponse>> {
        self.rt
            .run(self.inner.list_user_credentials(connector_id_or_name, query))
    }

    /// [`create_or_update_user_credentials`](crate::generated::connectors::Connectors::create_or_update_user_credentials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_or_update_user_credentials(
        &self,
        connector_id_or_name: &str,
        body: &mistral_types::generated::connectors::CredentialsCreateOrUpdate,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponse>> {
        self.rt.run(
            self.inner
                .create_or_update_user_credentials(connector_id_or_name, body),
        )
    }

    /// [`delete_all_user_credentials`](crate::generated::connectors::Connectors::delete_all_user_credentials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_all_user_credentials(
        &self,
        connector_id_or_name: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponse>> {
        self.rt
            .run(self.inner.delete_all_user_credentials(connector_id_or_name))
    }

    /// [`delete_user_credentials`](crate::generated::connectors::Connectors::delete_user_credentials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_user_credentials(
        &self,
        credentials_name: &str,
        connector_id_or_name: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponse>> {
        self.rt.run(
            self.inner
                .delete_user_credentials(credentials_name, connector_id_or_name),
        )
    }

    /// [`list_workspace_credentials`](crate::generated::connectors::Connectors::list_workspace_credentials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_workspace_credentials(
        &self,
        connector_id_or_name: &str,
        query: &mistral_types::generated::connectors::ConnectorsListWorkspaceCredentialsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::CredentialsResponse>> {
        self.rt
            .run(self.inner.list_workspace_credentials(connector_id_or_name, query))
    }

    /// [`create_or_update_workspace_credentials`](crate::generated::connectors::Connectors::create_or_update_workspace_credentials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_or_update_workspace_credentials(
        &self,
        connector_id_or_name: &str,
        body: &mistral_types::generated::connectors::CredentialsCreateOrUpdate,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponse>> {
        self.rt.run(
            self.inner
                .create_or_update_workspace_credentials(connector_id_or_name, body),
        )
    }

    /// [`delete_workspace_credentials`](crate::generated::connectors::Connectors::delete_workspace_credentials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_workspace_credentials(
        &self,
        credentials_name: &str,
        connector_id_or_name: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponse>> {
        self.rt.run(
            self.inner
                .delete_workspace_credentials(credentials_name, connector_id_or_name),
        )
    }

    /// [`update`](crate::generated::connectors::Connectors::update), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update(
        &self,
        connector_id: &str,
        body: &mistral_types::generated::connectors::UpdateConnectorRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::Connector>> {
        self.rt.run(self.inner.update(connector_id, body))
    }

    /// [`delete`](crate::generated::connectors::Connectors::delete), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete(
        &self,
        connector_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponse>> {
        self.rt.run(self.inner.delete(connector_id))
    }

    /// [`share`](crate::generated::connectors::Connectors::share), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn share(
        &self,
        connector_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponse>> {
        self.rt.run(self.inner.share(connector_id))
    }

    /// [`unshare`](crate::generated::connectors::Connectors::unshare), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn unshare(
        &self,
        connector_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponse>> {
        self.rt.run(self.inner.unshare(connector_id))
    }

    /// [`activate_for_consumer`](crate::generated::connectors::Connectors::activate_for_consumer), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn activate_for_consumer(
        &self,
        connector_id: &str,
        consumer_scope: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponse>> {
        self.rt
            .run(self.inner.activate_for_consumer(connector_id, consumer_scope))
    }

    /// [`deactivate_for_consumer`](crate::generated::connectors::Connectors::deactivate_for_consumer), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn deactivate_for_consumer(
        &self,
        connector_id: &str,
        consumer_scope: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponse>> {
        self.rt
            .run(self.inner.deactivate_for_consumer(connector_id, consumer_scope))
    }

    /// [`create_credentials`](crate::generated::connectors::Connectors::create_credentials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_credentials(
        &self,
        connector_id_or_name: &str,
        consumer_scope: &str,
        body: &mistral_types::generated::connectors::CredentialsCreateOrUpdateNext,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponseNext>> {
        self.rt.run(
            self.inner
                .create_credentials(connector_id_or_name, consumer_scope, body),
        )
    }

    /// [`update_credentials`](crate::generated::connectors::Connectors::update_credentials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_credentials(
        &self,
        connector_id_or_name: &str,
        consumer_scope: &str,
        body: &mistral_types::generated::connectors::CredentialsCreateOrUpdateNext,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponseNext>> {
        self.rt.run(
            self.inner
                .update_credentials(connector_id_or_name, consumer_scope, body),
        )
    }

    /// [`delete_credentials`](crate::generated::connectors::Connectors::delete_credentials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_credentials(
        &self,
        credentials_name: &str,
        connector_id_or_name: &str,
        consumer_scope: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponseNext>> {
        self.rt.run(
            self.inner
                .delete_credentials(credentials_name, connector_id_or_name, consumer_scope),
        )
    }

    /// [`share_to_organization`](crate::generated::connectors::Connectors::share_to_organization), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn share_to_organization(
        &self,
        connector_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponseNext>> {
        self.rt.run(self.inner.share_to_organization(connector_id))
    }

    /// [`unshare_from_organization`](crate::generated::connectors::Connectors::unshare_from_organization), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn unshare_from_organization(
        &self,
        connector_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::connectors::MessageResponseNext>> {
        self.rt.run(self.inner.unshare_from_organization(connector_id))
    }
}
