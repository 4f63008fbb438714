// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.evaluations.runs` tag: `client.observability().evaluations().runs()`.
    ObservabilityEvaluationsRuns
}

crate::pipeline::per_call_setters!(ObservabilityEvaluationsRuns => core.opts);

impl<'a> super::ObservabilityEvaluationsRuns<'a> {
    /// Search evaluation runs across all evaluations
    ///
    /// `POST /v1/observability/evaluation-runs_v2/search`: operation `search_all_evaluation_runs_v2_v1_observability_evaluation_runs_v2_search_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn search_all(
        &self,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsRunsSearchAllQuery,
        body: &mistral_types::generated::observability::EvaluationRunFilterInput,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::SearchAllEvaluationRunsResponse>,
    > {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path = crate::generated::with_query(
            String::from("/v1/observability/evaluation-runs_v2/search"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "search_all_evaluation_runs_v2_v1_observability_evaluation_runs_v2_search_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get a specific evaluation run by ID
    ///
    /// `GET /v1/observability/evaluation-runs_v2/{run_id}`: operation `get_evaluation_run_v2_v1_observability_evaluation_runs_v2__run_id__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        run_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::EvaluationRunV2Response>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/evaluation-runs_v2/{}",
            crate::pipeline::segment("run_id", run_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_evaluation_run_v2_v1_observability_evaluation_runs_v2__run_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get statistics for a specific evaluation run
    ///
    /// `GET /v1/observability/evaluation-runs_v2/{run_id}/statistics`: operation `get_single_evaluation_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_statistics(
        &self,
        run_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::RunStatisticsResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/evaluation-runs_v2/{}/statistics",
            crate::pipeline::segment("run_id", run_id)?
        );
        let call = crate::pipeline::Call::bare("get_single_evaluation_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Compute statistics for a specific evaluation run with optional filters
    ///
    /// `POST /v1/observability/evaluation-runs_v2/{run_id}/statistics/compute`: operation `compute_filtered_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_compute_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn compute_statistics(
        &self,
        run_id: &str,
        body: &mistral_types::generated::observability::EvaluationRunRecordFilterInput,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::RunStatisticsResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/evaluation-runs_v2/{}/statistics/compute",
            crate::pipeline::segment("run_id", run_id)?
        );
        let call = crate::pipeline::Call::bare("compute_filtered_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_compute_post", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Search evaluation runs with filters
    ///
    /// `POST /v1/observability/evaluations_v2/{evaluation_slug}/runs/search`: operation `search_evaluation_runs_v2_v1_observability_evaluations_v2__evaluation_slug__runs_search_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn search(
        &self,
        evaluation_slug: &str,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsRunsSearchQuery,
        body: &mistral_types::generated::observability::EvaluationRunFilterInput,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ListEvaluationRunsResponse>,
    > {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/evaluations_v2/{}/runs/search",
                crate::pipeline::segment("evaluation_slug", evaluation_slug)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "search_evaluation_runs_v2_v1_observability_evaluations_v2__evaluation_slug__runs_search_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
