// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `workflows.schedules` tag: `client.workflows().schedules()`.
    WorkflowsSchedules
}

crate::pipeline::per_call_setters!(WorkflowsSchedules => core.opts);

impl<'a> super::WorkflowsSchedules<'a> {
    /// Get Schedules
    ///
    /// `GET /v1/workflows/schedules`: operation `get_schedules_v1_workflows_schedules_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_schedules(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsSchedulesGetSchedulesQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowScheduleListResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/workflows/schedules"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "get_schedules_v1_workflows_schedules_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Schedule Workflow
    ///
    /// `POST /v1/workflows/schedules`: operation `schedule_workflow_v1_workflows_schedules_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn workflow(
        &self,
        body: &mistral_types::generated::workflows::WorkflowScheduleRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowScheduleResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/workflows/schedules");
        let call = crate::pipeline::Call::bare(
            "schedule_workflow_v1_workflows_schedules_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Schedule
    ///
    /// `GET /v1/workflows/schedules/{schedule_id}`: operation `get_schedule_v1_workflows_schedules__schedule_id__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_schedule(
        &self,
        schedule_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ScheduleDefinitionOutput>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/schedules/{}",
            crate::pipeline::segment("schedule_id", schedule_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_schedule_v1_workflows_schedules__schedule_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Update Schedule
    ///
    /// `PATCH /v1/workflows/schedules/{schedule_id}`: operation `update_schedule_v1_workflows_schedules__schedule_id__patch` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_schedule(
        &self,
        schedule_id: &str,
        body: &mistral_types::generated::workflows::WorkflowScheduleUpdateRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowScheduleResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/schedules/{}",
            crate::pipeline::segment("schedule_id", schedule_id)?
        );
        let call = crate::pipeline::Call::bare(
            "update_schedule_v1_workflows_schedules__schedule_id__patch",
            http::Method::PATCH,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Unschedule Workflow
    ///
    /// `DELETE /v1/workflows/schedules/{schedule_id}`: operation `unschedule_workflow_v1_workflows_schedules__schedule_id__delete` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn unschedule_workflow(
        &self,
        schedule_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/schedules/{}",
            crate::pipeline::segment("schedule_id", schedule_id)?
        );
        let call = crate::pipeline::Call::bare(
            "unschedule_workflow_v1_workflows_schedules__schedule_id__delete",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }

    /// Pause Schedule
    ///
    /// `POST /v1/workflows/schedules/{schedule_id}/pause`: operation `pause_schedule_v1_workflows_schedules__schedule_id__pause_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn pause_schedule(
        &self,
        schedule_id: &str,
        body: &mistral_types::generated::workflows::WorkflowSchedulePauseRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/schedules/{}/pause",
            crate::pipeline::segment("schedule_id", schedule_id)?
        );
        let call = crate::pipeline::Call::bare(
            "pause_schedule_v1_workflows_schedules__schedule_id__pause_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }

    /// Resume Schedule
    ///
    /// `POST /v1/workflows/schedules/{schedule_id}/resume`: operation `resume_schedule_v1_workflows_schedules__schedule_id__resume_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn resume_schedule(
        &self,
        schedule_id: &str,
        body: &mistral_types::generated::workflows::WorkflowSchedulePauseRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/schedules/{}/resume",
            crate::pipeline::segment("schedule_id", schedule_id)?
        );
        let call = crate::pipeline::Call::bare(
            "resume_schedule_v1_workflows_schedules__schedule_id__resume_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }

    /// Trigger Schedule
    ///
    /// `POST /v1/workflows/schedules/{schedule_id}/trigger`: operation `trigger_schedule_v1_workflows_schedules__schedule_id__trigger_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn trigger_schedule(
        &self,
        schedule_id: &str,
        body: &mistral_types::generated::workflows::WorkflowScheduleTriggerRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/schedules/{}/trigger",
            crate::pipeline::segment("schedule_id", schedule_id)?
        );
        let call = crate::pipeline::Call::bare(
            "trigger_schedule_v1_workflows_schedules__schedule_id__trigger_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }
}
