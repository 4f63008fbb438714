// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `workflows.metrics` tag: `client.workflows().metrics()`.
    WorkflowsMetrics
}

crate::pipeline::per_call_setters!(WorkflowsMetrics => core.opts);

impl<'a> super::WorkflowsMetrics<'a> {
    /// Get Workflow Metrics
    ///
    /// Get comprehensive metrics for a specific workflow.
    ///
    /// Args:
    /// workflow\_name: The name of the workflow type to get metrics for
    /// start\_time: Optional start time filter (ISO 8601 format)
    /// end\_time: Optional end time filter (ISO 8601 format)
    ///
    /// Returns:
    /// WorkflowMetrics: Dictionary containing metrics:
    /// - execution\_count: Total number of executions
    /// - success\_count: Number of successful executions
    /// - error\_count: Number of failed/terminated executions
    /// - average\_latency\_ms: Average execution duration in milliseconds
    /// - retry\_rate: Proportion of workflows with retries
    /// - latency\_over\_time: Time-series data of execution durations
    ///
    /// Example:
    /// GET /v1/workflows/MyWorkflow/metrics
    /// GET /v1/workflows/MyWorkflow/metrics?start\_time=2025-01-01T00:00:00Z
    /// GET /v1/workflows/MyWorkflow/metrics?start\_time=2025-01-01T00:00:00Z&end\_time=2025-12-31T23:59:59Z
    ///
    /// `GET /v1/workflows/{workflow_name}/metrics`: operation `get_workflow_metrics_v1_workflows__workflow_name__metrics_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workflow_metrics(
        &self,
        workflow_name: &str,
        query: &mistral_types::generated::workflows::WorkflowsMetricsGetWorkflowMetricsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowMetrics>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/{}/metrics",
                crate::pipeline::segment("workflow_name", workflow_name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_workflow_metrics_v1_workflows__workflow_name__metrics_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
