// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.evaluations.records` tag: `client.observability().evaluations().records()`.
    ObservabilityEvaluationsRecords
}

crate::pipeline::per_call_setters!(ObservabilityEvaluationsRecords => core.opts);

impl<'a> super::ObservabilityEvaluationsRecords<'a> {
    /// Search records for an evaluation run with content filters
    ///
    /// `POST /v1/observability/evaluation-runs_v2/{run_id}/records/search`: operation `search_evaluation_run_records_v2_v1_observability_evaluation_runs_v2__run_id__records_search_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn search(
        &self,
        run_id: &str,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsRecordsSearchQuery,
        body: &mistral_types::generated::observability::EvaluationRunRecordFilterInput,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ListEvaluationRunRecordsResponse>,
    > {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/evaluation-runs_v2/{}/records/search",
                crate::pipeline::segment("run_id", run_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("search_evaluation_run_records_v2_v1_observability_evaluation_runs_v2__run_id__records_search_post", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get a specific record from an evaluation run
    ///
    /// `GET /v1/observability/evaluation-runs_v2/{run_id}/records/{record_id}`: operation `get_evaluation_run_record_v2_v1_observability_evaluation_runs_v2__run_id__records__record_id__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        run_id: &str,
        record_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::EvaluationRunRecordV2Response>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/evaluation-runs_v2/{}/records/{}",
            crate::pipeline::segment("run_id", run_id)?,
            crate::pipeline::segment("record_id", record_id)?
        );
        let call = crate::pipeline::Call::bare("get_evaluation_run_record_v2_v1_observability_evaluation_runs_v2__run_id__records__record_id__get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }
}
