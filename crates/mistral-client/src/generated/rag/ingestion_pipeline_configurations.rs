// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.rag.ingestion_pipeline_configurations` tag: `client.rag().ingestion_pipeline_configurations()`.
    RagIngestionPipelineConfigurations
}

crate::pipeline::per_call_setters!(RagIngestionPipelineConfigurations => core.opts);

impl<'a> super::RagIngestionPipelineConfigurations<'a> {
    /// List ingestion pipeline configurations
    ///
    /// For the current workspace, lists all of the registered ingestion pipeline configurations.
    ///
    /// `GET /v1/rag/ingestion_pipeline_configurations`: operation `get_configs_v1_rag_ingestion_pipeline_configurations_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_configs(
        &self,
    ) -> crate::error::Result<
        crate::meta::WithMeta<Vec<mistral_types::generated::rag::IngestionPipelineConfiguration>>,
    > {
        self.core.check_headers()?;
        let path = String::from("/v1/rag/ingestion_pipeline_configurations");
        let call = crate::pipeline::Call::bare(
            "get_configs_v1_rag_ingestion_pipeline_configurations_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Register Config
    ///
    /// Register an ingestion configuration.
    ///
    /// `PUT /v1/rag/ingestion_pipeline_configurations`: operation `register_config_v1_rag_ingestion_pipeline_configurations_put` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn register_config(
        &self,
        body: &mistral_types::generated::rag::CreateIngestionPipelineConfigurationRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::rag::IngestionPipelineConfiguration>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/rag/ingestion_pipeline_configurations");
        let call = crate::pipeline::Call::bare(
            "register_config_v1_rag_ingestion_pipeline_configurations_put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Update Run Info
    ///
    /// `PUT /v1/rag/ingestion_pipeline_configurations/{id}/run_info`: operation `update_run_info_v1_rag_ingestion_pipeline_configurations__id__run_info_put` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_run_info(
        &self,
        id: &str,
        body: &mistral_types::generated::rag::UpdateRunInfo,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::rag::IngestionPipelineConfiguration>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/rag/ingestion_pipeline_configurations/{}/run_info",
            crate::pipeline::segment("id", id)?
        );
        let call = crate::pipeline::Call::bare(
            "update_run_info_v1_rag_ingestion_pipeline_configurations__id__run_info_put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
