// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.admin.vibe-work-analytics` tag: `client.admin().vibe_work_analytics()`.
    AdminVibeWorkAnalytics
}

crate::pipeline::per_call_setters!(AdminVibeWorkAnalytics => core.opts);

impl<'a> super::AdminVibeWorkAnalytics<'a> {
    /// Usage by agent
    ///
    /// Get Vibe Work usage by agent for a time range.
    ///
    /// `GET /v1/admin/analytics/vibe/work/usage/by_agent_stats`: operation `get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_by_agent_stats(
        &self,
        query: &mistral_types::generated::admin::AdminVibeWorkAnalyticsGetByAgentStatsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::VibeWorkByAgentStatsOut>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            String::from("/v1/admin/analytics/vibe/work/usage/by_agent_stats"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Usage over time
    ///
    /// Get Vibe Work usage over time.
    ///
    /// `GET /v1/admin/analytics/vibe/work/usage/by_time_stats`: operation `get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_by_time_stats(
        &self,
        query: &mistral_types::generated::admin::AdminVibeWorkAnalyticsGetByTimeStatsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::VibeWorkByTimeStatsOut>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            String::from("/v1/admin/analytics/vibe/work/usage/by_time_stats"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Usage by user
    ///
    /// Get Vibe Work usage by user for a time range.
    ///
    /// `GET /v1/admin/analytics/vibe/work/usage/by_user_stats`: operation `get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_by_user_stats(
        &self,
        query: &mistral_types::generated::admin::AdminVibeWorkAnalyticsGetByUserStatsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::VibeWorkByUserStatsOut>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            String::from("/v1/admin/analytics/vibe/work/usage/by_user_stats"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
