// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.rag.search_indexes` tag: `client.rag().search_indexes()`.
    RagSearchIndexes
}

crate::pipeline::per_call_setters!(RagSearchIndexes => core.opts);

impl<'a> super::RagSearchIndexes<'a> {
    /// Get Deployment Summaries
    ///
    /// Fetch all indexes available to a user
    ///
    /// `GET /v1/rag/deployments`: operation `get_deployment_summaries_v1_rag_deployments_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_deployment_summaries(
        &self,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::rag::GetDeploymentSummariesResponse>,
    > {
        self.core.check_headers()?;
        let path = String::from("/v1/rag/deployments");
        let call = crate::pipeline::Call::bare(
            "get_deployment_summaries_v1_rag_deployments_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Register (or re-register) a search index
    ///
    /// `PUT /v1/rag/deployments`: operation `register_deployment_v1_rag_deployments_put` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn register_deployment(
        &self,
        body: &mistral_types::generated::rag::RegisterDeploymentRequestDeployment,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::rag::RegisterSearchIndexResponseIndex>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/rag/deployments");
        let call = crate::pipeline::Call::bare(
            "register_deployment_v1_rag_deployments_put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Unregister Deployment
    ///
    /// Delete all information about a deployment
    ///
    /// `DELETE /v1/rag/deployments/{deployment_id}`: operation `unregister_deployment_v1_rag_deployments__deployment_id__delete` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn unregister_deployment(
        &self,
        deployment_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<serde_json::Value>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/rag/deployments/{}",
            crate::pipeline::segment("deployment_id", deployment_id)?
        );
        let call = crate::pipeline::Call::bare(
            "unregister_deployment_v1_rag_deployments__deployment_id__delete",
            http::Method::DELETE,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Update Index Metrics
    ///
    /// Update the metrics for a given index
    ///
    /// `PUT /v1/rag/deployments/{deployment_id}/metrics`: operation `update_index_metrics_v1_rag_deployments__deployment_id__metrics_put` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_index_metrics(
        &self,
        deployment_id: &str,
        body: &mistral_types::generated::rag::RagSearchIndexesUpdateIndexMetricsRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<serde_json::Value>> {
        self.core.check_headers()?;
        let body = bytes::Bytes::from(crate::pipeline::to_json(body)?);
        let path = format!(
            "/v1/rag/deployments/{}/metrics",
            crate::pipeline::segment("deployment_id", deployment_id)?
        );
        let call = crate::pipeline::Call::bare(
            "update_index_metrics_v1_rag_deployments__deployment_id__metrics_put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
