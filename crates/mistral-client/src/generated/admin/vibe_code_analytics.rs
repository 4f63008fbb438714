// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.admin.vibe-code-analytics` tag: `client.admin().vibe_code_analytics()`.
    AdminVibeCodeAnalytics
}

crate::pipeline::per_call_setters!(AdminVibeCodeAnalytics => core.opts);

impl<'a> super::AdminVibeCodeAnalytics<'a> {
    /// Usage by organization
    ///
    /// Get Vibe Code usage for the Organization.
    ///
    /// `GET /v1/admin/analytics/vibe/code/usage/by_organization`: operation `get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_organization_stats(
        &self,
        query: &mistral_types::generated::admin::AdminVibeCodeAnalyticsGetOrganizationStatsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::VibeOrganizationStatsOut>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            String::from("/v1/admin/analytics/vibe/code/usage/by_organization"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Usage by workspace
    ///
    /// Get Vibe Code usage for a Workspace.
    ///
    /// `GET /v1/admin/analytics/vibe/code/usage/by_workspace`: operation `get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workspace_stats(
        &self,
        query: &mistral_types::generated::admin::AdminVibeCodeAnalyticsGetWorkspaceStatsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::VibeWorkspaceStatsOut>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            String::from("/v1/admin/analytics/vibe/code/usage/by_workspace"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
