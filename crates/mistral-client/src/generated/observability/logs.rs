// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.logs` tag: `client.observability().logs()`.
    ObservabilityLogs
}

crate::pipeline::per_call_setters!(ObservabilityLogs => core.opts);

impl<'a> super::ObservabilityLogs<'a> {
    /// Get log field definitions
    ///
    /// `GET /v1/observability/logs/fields`: operation `get_log_fields_v1_observability_logs_fields_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_log_fields(
        &self,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::GetLogFields>>
    {
        self.core.check_headers()?;
        let path = String::from("/v1/observability/logs/fields");
        let call = crate::pipeline::Call::bare(
            "get_log_fields_v1_observability_logs_fields_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get options for a log field
    ///
    /// `GET /v1/observability/logs/fields/{field_name}/options`: operation `get_log_field_options_v1_observability_logs_fields__field_name__options_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_log_field_options(
        &self,
        field_name: &str,
        query: &mistral_types::generated::observability::ObservabilityLogsGetLogFieldOptionsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::GetLogFieldOptions>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/logs/fields/{}/options",
                crate::pipeline::segment("field_name", field_name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_log_field_options_v1_observability_logs_fields__field_name__options_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Search logs
    ///
    /// `POST /v1/observability/logs/search`: operation `search_logs_v1_observability_logs_search_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn search_logs(
        &self,
        query: &mistral_types::generated::observability::ObservabilityLogsSearchLogsQuery,
        body: &mistral_types::generated::observability::LogsRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::GetLogs>> {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path =
            crate::generated::with_query(String::from("/v1/observability/logs/search"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "search_logs_v1_observability_logs_search_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
