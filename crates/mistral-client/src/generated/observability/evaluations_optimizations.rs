// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.evaluations.optimizations` tag: `client.observability().evaluations().optimizations()`.
    ObservabilityEvaluationsOptimizations
}

crate::pipeline::per_call_setters!(ObservabilityEvaluationsOptimizations => core.opts);

impl<'a> super::ObservabilityEvaluationsOptimizations<'a> {
    /// List optimizations with optional filters
    ///
    /// `GET /v1/observability/optimizations`: operation `list_optimizations_v1_observability_optimizations_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list(
        &self,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsOptimizationsListQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ListOptimizationsResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path =
            crate::generated::with_query(String::from("/v1/observability/optimizations"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "list_optimizations_v1_observability_optimizations_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get an optimization by id (with its anchored evaluation + project)
    ///
    /// `GET /v1/observability/optimizations/{optimization_id}`: operation `get_optimization_v1_observability_optimizations__optimization_id__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        optimization_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::OptimizationDetail>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/optimizations/{}",
            crate::pipeline::segment("optimization_id", optimization_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_optimization_v1_observability_optimizations__optimization_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// List an optimization's trials with their observation runs (paginated)
    ///
    /// `GET /v1/observability/optimizations/{optimization_id}/trials`: operation `list_optimization_trials_v1_observability_optimizations__optimization_id__trials_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_trials(
        &self,
        optimization_id: &str,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsOptimizationsListTrialsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ListOptimizationTrialsResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/optimizations/{}/trials",
                crate::pipeline::segment("optimization_id", optimization_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "list_optimization_trials_v1_observability_optimizations__optimization_id__trials_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
