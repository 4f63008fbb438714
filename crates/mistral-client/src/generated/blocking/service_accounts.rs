// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `service_accounts` API group's handles (`client.service_accounts()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `service_accounts` API group (generated from the spec; cargo feature `service-accounts`), blocking.
    pub fn service_accounts(&self) -> ServiceAccounts<'_> {
        ServiceAccounts {
            inner: self.client.service_accounts(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`ServiceAccounts`](crate::generated::service_accounts::ServiceAccounts): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ServiceAccounts<'a> {
    inner: crate::generated::service_accounts::ServiceAccounts<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ServiceAccounts<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ServiceAccounts")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ServiceAccounts => inner.core.opts);

impl<'a> ServiceAccounts<'a> {
    /// [`list`](crate::generated::service_accounts::ServiceAccounts::list), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list(
        &self,
        query: &mistral_types::generated::service_accounts::ServiceAccountsListQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::service_accounts::ListServiceAccountsResponse>>
    {
        self.rt.run(self.inner.list(query))
    }

    /// [`list_all`](crate::generated::service_accounts::ServiceAccounts::list_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_all(
        &self,
        query: &mistral_types::generated::service_accounts::ServiceAccountsListQuery,
    ) -> crate::Result<
        crate::blocking::Paginator<'a, mistral_types::generated::service_accounts::ServiceAccount>,
    > {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_all(query)?,
            rt: self.rt,
        })
    }

    /// [`create`](crate::generated::service_accounts::ServiceAccounts::create), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create(
        &self,
        body: &mistral_types::generated::service_accounts::CreateServiceAccountRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::service_accounts::ServiceAccount>> {
        self.rt.run(self.inner.create(body))
    }

    /// [`list_assignable_roles`](crate::generated::service_accounts::ServiceAccounts::list_assignable_roles), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_assignable_roles(
        &self,
        query: &mistral_types::generated::service_accounts::ServiceAccountsListAssignableRolesQuery,
    ) -> crate::Result<
        crate::WithMeta<
            mistral_types::generated::service_accounts::ListAssignableServiceAccountRolesResponse,
        >,
    > {
        self.rt.run(self.inner.list_assignable_roles(query))
    }

    /// [`get`](crate::generated::service_accounts::ServiceAccounts::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        service_account_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::service_accounts::ServiceAccount>> {
        self.rt.run(self.inner.get(service_account_id))
    }

    /// [`update`](crate::generated::service_accounts::ServiceAccounts::update), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update(
        &self,
        service_account_id: &str,
        body: &mistral_types::generated::service_accounts::UpdateServiceAccountRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::service_accounts::ServiceAccount>> {
        self.rt.run(self.inner.update(service_account_id, body))
    }

    /// [`delete`](crate::generated::service_accounts::ServiceAccounts::delete), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete(&self, service_account_id: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.delete(service_account_id))
    }

    /// [`list_roles`](crate::generated::service_accounts::ServiceAccounts::list_roles), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_roles(
        &self,
        service_account_id: &str,
    ) -> crate::Result<
        crate::WithMeta<mistral_types::generated::service_accounts::ListServiceAccountRolesResponse>,
    > {
        self.rt.run(self.inner.list_roles(service_account_id))
    }

    /// [`set_roles`](crate::generated::service_accounts::ServiceAccounts::set_roles), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn set_roles(
        &self,
        service_account_id: &str,
        body: &mistral_types::generated::service_accounts::SetServiceAccountRolesRequest,
    ) -> crate::Result<
        crate::WithMeta<mistral_types::generated::service_accounts::ListServiceAccountRolesResponse>,
    > {
        self.rt.run(self.inner.set_roles(service_account_id, body))
    }
}
