// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.admin.scim` tag: `client.admin().scim()`.
    AdminScim
}

crate::pipeline::per_call_setters!(AdminScim => core.opts);

impl<'a> super::AdminScim<'a> {
    /// Trigger Scim Sync
    ///
    /// Trigger an on-demand SCIM synchronization for the Organization.
    ///
    /// Requires SAML authentication to be enabled and the Organization to be in SCIM
    /// user provisioning mode. A dry run previews every change without applying it;
    /// a real run applies the categories selected in `sync_config`. Only one run may
    /// be active at a time — a conflicting request returns the already-active run.
    ///
    /// `POST /v1/admin/scim/sync`: operation `users_api_admin_scim_sync_trigger_scim_sync` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn sync_trigger_scim_sync(
        &self,
        body: &mistral_types::generated::admin::AdminScimSyncTriggerIn,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::AdminScimSyncTriggerOut>>
    {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/admin/scim/sync");
        let call = crate::pipeline::Call::bare(
            "users_api_admin_scim_sync_trigger_scim_sync",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Scim Sync Run
    ///
    /// Retrieve an on-demand SCIM synchronization run for the Organization.
    ///
    /// Returns the run's lifecycle status along with the preview or result summary
    /// once the synchronization plan has been built.
    ///
    /// `GET /v1/admin/scim/sync/{run_id}`: operation `users_api_admin_scim_sync_get_scim_sync_run` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn sync_get_scim_sync_run(
        &self,
        run_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::AdminScimSyncRunOut>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/admin/scim/sync/{}",
            crate::pipeline::segment("run_id", run_id)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_scim_sync_get_scim_sync_run",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
