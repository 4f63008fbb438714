// generated from the spec by `cargo xtask codegen`: do not edit

impl<'a> super::Events<'a> {
    /// Get Workflow Events
    ///
    /// `GET /v1/workflows/events/list`: operation `get_workflow_events_v1_workflows_events_list_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workflow_events(
        &self,
        query: &mistral_types::generated::events::EventsGetWorkflowEventsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::events::ListWorkflowEventResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/workflows/events/list"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "get_workflow_events_v1_workflows_events_list_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
