// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.admin.billing` tag: `client.admin().billing()`.
    AdminBilling
}

crate::pipeline::per_call_setters!(AdminBilling => core.opts);

impl<'a> super::AdminBilling<'a> {
    /// Get Rate Limits
    ///
    /// `GET /v1/admin/rate-limit`: operation `users_api_admin_rate_limits_get_rate_limits` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn rate_limits_get_rate_limits(
        &self,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::RateLimitsOut>> {
        self.core.check_headers()?;
        let path = String::from("/v1/admin/rate-limit");
        let call = crate::pipeline::Call::bare(
            "users_api_admin_rate_limits_get_rate_limits",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get Spend Limits
    ///
    /// Get usage, rate, and job limits for the Organization.
    ///
    /// `GET /v1/admin/spend-limit`: operation `users_api_admin_spend_limits_get_spend_limits` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn spend_limits_get_spend_limits(
        &self,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::LimitsOut>> {
        self.core.check_headers()?;
        let path = String::from("/v1/admin/spend-limit");
        let call = crate::pipeline::Call::bare(
            "users_api_admin_spend_limits_get_spend_limits",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Update Spend Limits
    ///
    /// Update the Organization usage limit.
    ///
    /// `POST /v1/admin/spend-limit`: operation `users_api_admin_spend_limits_update_spend_limits` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn spend_limits_update_spend_limits(
        &self,
        body: &mistral_types::generated::admin::NewUsageLimitIn,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::LimitsOut>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/admin/spend-limit");
        let call = crate::pipeline::Call::bare(
            "users_api_admin_spend_limits_update_spend_limits",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Usage
    ///
    /// Get usage and cost data for the Organization.
    ///
    /// `GET /v1/admin/usage`: operation `users_api_admin_usage_get_usage` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn usage_get_usage(
        &self,
        query: &mistral_types::generated::admin::AdminBillingUsageGetUsageQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::UsageOutjson>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/admin/usage"), &query.to_query());
        let call = crate::pipeline::Call::bare("users_api_admin_usage_get_usage", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }
}
