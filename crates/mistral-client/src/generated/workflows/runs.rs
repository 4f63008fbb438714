// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `workflows.runs` tag: `client.workflows().runs()`.
    WorkflowsRuns
}

crate::pipeline::per_call_setters!(WorkflowsRuns => core.opts);

impl<'a> super::WorkflowsRuns<'a> {
    /// List Runs
    ///
    /// `GET /v1/workflows/runs`: operation `list_runs_v1_workflows_runs_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_runs(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsRunsListRunsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowExecutionListResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/workflows/runs"), &query.to_query());
        let call = crate::pipeline::Call::bare("list_runs_v1_workflows_runs_get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Get Run
    ///
    /// `GET /v1/workflows/runs/{run_id}`: operation `get_run_v1_workflows_runs__run_id__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_run(
        &self,
        run_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowExecutionResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/runs/{}",
            crate::pipeline::segment("run_id", run_id)?
        );
        let call =
            crate::pipeline::Call::bare("get_run_v1_workflows_runs__run_id__get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Get Run History
    ///
    /// `GET /v1/workflows/runs/{run_id}/history`: operation `get_run_history_v1_workflows_runs__run_id__history_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_run_history(
        &self,
        run_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsRunsGetRunHistoryQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<serde_json::Value>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/runs/{}/history",
                crate::pipeline::segment("run_id", run_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_run_history_v1_workflows_runs__run_id__history_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
