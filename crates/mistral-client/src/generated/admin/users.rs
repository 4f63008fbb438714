// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.admin.users` tag: `client.admin().users()`.
    AdminUsers
}

crate::pipeline::per_call_setters!(AdminUsers => core.opts);

impl<'a> super::AdminUsers<'a> {
    /// Get Roles
    ///
    /// List Organization and Workspace roles.
    ///
    /// `GET /v1/admin/roles`: operation `users_api_admin_roles_get_roles` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn roles_get_roles(
        &self,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::RolesOut>> {
        self.core.check_headers()?;
        let path = String::from("/v1/admin/roles");
        let call = crate::pipeline::Call::bare("users_api_admin_roles_get_roles", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Get Users
    ///
    /// List Organization members and pending invitations.
    ///
    /// `GET /v1/admin/users`: operation `users_api_admin_users_get_users` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_users(
        &self,
        query: &mistral_types::generated::admin::AdminUsersGetUsersQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::OrganizationAdminUsersOut>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/admin/users"), &query.to_query());
        let call = crate::pipeline::Call::bare("users_api_admin_users_get_users", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Create Users
    ///
    /// Create Organization members.
    ///
    /// `POST /v1/admin/users`: operation `users_api_admin_users_create_users` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_users(
        &self,
        body: &[mistral_types::generated::admin::OrganizationMemberCreate],
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::admin::OrganizationUsersCreateOut>,
    > {
        self.core.check_headers()?;
        let body = bytes::Bytes::from(crate::pipeline::to_json(body)?);
        let path = String::from("/v1/admin/users");
        let call =
            crate::pipeline::Call::bare("users_api_admin_users_create_users", http::Method::POST, path)
                .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Invite
    ///
    /// List pending Organization invitations.
    ///
    /// `GET /v1/admin/users-invite`: operation `users_api_admin_users_get_invite` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_invite(
        &self,
    ) -> crate::error::Result<
        crate::meta::WithMeta<Vec<mistral_types::generated::admin::OrganizationUserInviteOut>>,
    > {
        self.core.check_headers()?;
        let path = String::from("/v1/admin/users-invite");
        let call = crate::pipeline::Call::bare("users_api_admin_users_get_invite", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Invite Users
    ///
    /// Invite users to the Organization.
    ///
    /// `POST /v1/admin/users-invite`: operation `users_api_admin_users_invite_users` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn invite_users(
        &self,
        body: &mistral_types::generated::admin::OrganizationInviteIn,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::admin::OrganizationInvitesCreateOut>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/admin/users-invite");
        let call =
            crate::pipeline::Call::bare("users_api_admin_users_invite_users", http::Method::POST, path)
                .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete Invite
    ///
    /// `DELETE /v1/admin/users-invite/{invite_uuid}`: operation `users_api_admin_users_delete_invite` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_invite(
        &self,
        invite_uuid: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::DeleteOut>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/admin/users-invite/{}",
            crate::pipeline::segment("invite_uuid", invite_uuid)?
        );
        let call =
            crate::pipeline::Call::bare("users_api_admin_users_delete_invite", http::Method::DELETE, path);
        crate::generated::json(&self.core, call).await
    }

    /// Get User
    ///
    /// Get details for an Organization member.
    ///
    /// `GET /v1/admin/users/{user_id}`: operation `users_api_admin_users_get_user` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_user(
        &self,
        user_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::AdminUserOut>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/admin/users/{}",
            crate::pipeline::segment("user_id", user_id)?
        );
        let call = crate::pipeline::Call::bare("users_api_admin_users_get_user", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Update User
    ///
    /// Update an Organization member's roles and product seats.
    ///
    /// `PATCH /v1/admin/users/{user_id}`: operation `users_api_admin_users_update_user` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_user(
        &self,
        user_id: &str,
        body: &mistral_types::generated::admin::AdminOrganizationMemberUpdate,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::admin::AdminOrganizationMemberOut>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/admin/users/{}",
            crate::pipeline::segment("user_id", user_id)?
        );
        let call =
            crate::pipeline::Call::bare("users_api_admin_users_update_user", http::Method::PATCH, path)
                .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete User
    ///
    /// Remove a member from the Organization.
    ///
    /// `DELETE /v1/admin/users/{user_id}`: operation `users_api_admin_users_delete_user` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_user(
        &self,
        user_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::DeleteOut>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/admin/users/{}",
            crate::pipeline::segment("user_id", user_id)?
        );
        let call =
            crate::pipeline::Call::bare("users_api_admin_users_delete_user", http::Method::DELETE, path);
        crate::generated::json(&self.core, call).await
    }
}
