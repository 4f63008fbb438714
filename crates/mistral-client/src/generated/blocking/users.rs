// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `users` API group's handles (`client.users()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `users` API group (generated from the spec; cargo feature `users`), blocking.
    pub fn users(&self) -> Users<'_> {
        Users {
            inner: self.client.users(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Users`](crate::generated::users::Users): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Users<'a> {
    inner: crate::generated::users::Users<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Users<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Users").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Users => inner.core.opts);

impl<'a> Users<'a> {
    /// [`get_identity`](crate::generated::users::Users::get_identity), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_identity(
        &self,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::users::UserIdentity>> {
        self.rt.run(self.inner.get_identity())
    }

    /// [`list_organizations`](crate::generated::users::Users::list_organizations), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_organizations(
        &self,
        query: &mistral_types::generated::users::UsersListOrganizationsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::users::ListOrganizationsResponse>> {
        self.rt.run(self.inner.list_organizations(query))
    }

    /// [`list_organizations_all`](crate::generated::users::Users::list_organizations_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_organizations_all(
        &self,
        query: &mistral_types::generated::users::UsersListOrganizationsQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::users::UserOrganization>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_organizations_all(query)?,
            rt: self.rt,
        })
    }

    /// [`list_workspaces`](crate::generated::users::Users::list_workspaces), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_workspaces(
        &self,
        query: &mistral_types::generated::users::UsersListWorkspacesQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::users::ListWorkspacesResponse>> {
        self.rt.run(self.inner.list_workspaces(query))
    }

    /// [`list_workspaces_all`](crate::generated::users::Users::list_workspaces_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_workspaces_all(
        &self,
        query: &mistral_types::generated::users::UsersListWorkspacesQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::users::UserWorkspace>> {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_workspaces_all(query)?,
            rt: self.rt,
        })
    }

    /// [`whoami`](crate::generated::users::Users::whoami), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn whoami(&self) -> crate::Result<crate::WithMeta<mistral_types::generated::users::WhoamiResponse>> {
        self.rt.run(self.inner.whoami())
    }
}
