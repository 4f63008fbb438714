// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `workflows` API group's handles (`client.workflows()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `workflows` API group (generated from the spec; cargo feature `workflows`), blocking.
    pub fn workflows(&self) -> Workflows<'_> {
        Workflows {
            inner: self.client.workflows(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Workflows`](crate::generated::workflows::Workflows): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Workflows<'a> {
    inner: crate::generated::workflows::Workflows<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Workflows<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Workflows").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Workflows => inner.core.opts);

impl<'a> Workflows<'a> {
    /// The `deployments` calls.
    pub fn deployments(&self) -> WorkflowsDeployments<'a> {
        WorkflowsDeployments {
            inner: self.inner.deployments(),
            rt: self.rt,
        }
    }

    /// The `executions` calls.
    pub fn executions(&self) -> WorkflowsExecutions<'a> {
        WorkflowsExecutions {
            inner: self.inner.executions(),
            rt: self.rt,
        }
    }

    /// The `metrics` calls.
    pub fn metrics(&self) -> WorkflowsMetrics<'a> {
        WorkflowsMetrics {
            inner: self.inner.metrics(),
            rt: self.rt,
        }
    }

    /// The `runs` calls.
    pub fn runs(&self) -> WorkflowsRuns<'a> {
        WorkflowsRuns {
            inner: self.inner.runs(),
            rt: self.rt,
        }
    }

    /// The `schedules` calls.
    pub fn schedules(&self) -> WorkflowsSchedules<'a> {
        WorkflowsSchedules {
            inner: self.inner.schedules(),
            rt: self.rt,
        }
    }

    /// [`get_workflows`](crate::generated::workflows::Workflows::get_workflows), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflows(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsGetWorkflowsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowListResponse>> {
        self.rt.run(self.inner.get_workflows(query))
    }

    /// [`get_workflows_all`](crate::generated::workflows::Workflows::get_workflows_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflows_all(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsGetWorkflowsQuery,
    ) -> crate::Result<
        crate::blocking::Paginator<'a, mistral_types::generated::workflows::WorkflowBasicDefinition>,
    > {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_workflows_all(query)?,
            rt: self.rt,
        })
    }

    /// [`bulk_archive_workflows`](crate::generated::workflows::Workflows::bulk_archive_workflows), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn bulk_archive_workflows(
        &self,
        body: &mistral_types::generated::workflows::WorkflowBulkArchiveRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowBulkArchiveResponse>>
    {
        self.rt.run(self.inner.bulk_archive_workflows(body))
    }

    /// [`get_workflow_registrations`](crate::generated::workflows::Workflows::get_workflow_registrations), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow_registrations(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsGetWorkflowRegistrationsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowRegistrationListResponse>>
    {
        self.rt.run(self.inner.get_workflow_registrations(query))
    }

    /// [`get_workflow_registration`](crate::generated::workflows::Workflows::get_workflow_registration), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow_registration(
        &self,
        workflow_registration_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsGetWorkflowRegistrationQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowRegistrationGetResponse>>
    {
        self.rt.run(
            self.inner
                .get_workflow_registration(workflow_registration_id, query),
        )
    }

    /// [`execute_workflow_registration`](crate::generated::workflows::Workflows::execute_workflow_registration), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    #[deprecated(note = "deprecated by the API")]
    #[allow(deprecated)]
    pub fn execute_workflow_registration(
        &self,
        workflow_registration_id: &str,
        body: &mistral_types::generated::workflows::WorkflowExecutionRequest,
    ) -> crate::Result<
        crate::WithMeta<mistral_types::generated::workflows::WorkflowsExecuteWorkflowRegistrationResponse>,
    > {
        self.rt.run(
            self.inner
                .execute_workflow_registration(workflow_registration_id, body),
        )
    }

    /// [`bulk_unarchive_workflows`](crate::generated::workflows::Workflows::bulk_unarchive_workflows), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn bulk_unarchive_workflows(
        &self,
        body: &mistral_types::generated::workflows::WorkflowBulkUnarchiveRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowBulkUnarchiveResponse>>
    {
        self.rt.run(self.inner.bulk_unarchive_workflows(body))
    }

    /// [`get_workflow`](crate::generated::workflows::Workflows::get_workflow), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow(
        &self,
        workflow_identifier: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowGetResponse>> {
        self.rt.run(self.inner.get_workflow(workflow_identifier))
    }

    /// [`update_workflow`](crate::generated::workflows::Workflows::update_workflow), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_workflow(
        &self,
        workflow_identifier: &str,
        body: &mistral_types::generated::workflows::WorkflowUpdateRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowUpdateResponse>> {
        self.rt.run(self.inner.update_workflow(workflow_identifier, body))
    }

    /// [`archive_workflow`](crate::generated::workflows::Workflows::archive_workflow), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn archive_workflow(
        &self,
        workflow_identifier: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowArchiveResponse>> {
        self.rt.run(self.inner.archive_workflow(workflow_identifier))
    }

    /// [`execute_workflow`](crate::generated::workflows::Workflows::execute_workflow), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn execute_workflow(
        &self,
        workflow_identifier: &str,
        body: &mistral_types::generated::workflows::WorkflowExecutionRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowsExecuteWorkflowResponse>>
    {
        self.rt
            .run(self.inner.execute_workflow(workflow_identifier, body))
    }

    /// [`unarchive_workflow`](crate::generated::workflows::Workflows::unarchive_workflow), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn unarchive_workflow(
        &self,
        workflow_identifier: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowUnarchiveResponse>> {
        self.rt.run(self.inner.unarchive_workflow(workflow_identifier))
    }

    /// [`add_workflow_tags`](crate::generated::workflows::Workflows::add_workflow_tags), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn add_workflow_tags(
        &self,
        workflow_identifier: &str,
        body: &mistral_types::generated::workflows::WorkflowTagsAddRequest,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt
            .run(self.inner.add_workflow_tags(workflow_identifier, body))
    }
}

/// The blocking twin of [`WorkflowsDeployments`](crate::generated::workflows::WorkflowsDeployments): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct WorkflowsDeployments<'a> {
    inner: crate::generated::workflows::WorkflowsDeployments<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for WorkflowsDeployments<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::WorkflowsDeployments")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(WorkflowsDeployments => inner.core.opts);

impl<'a> WorkflowsDeployments<'a> {
    /// [`list_deployments`](crate::generated::workflows::WorkflowsDeployments::list_deployments), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_deployments(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsListDeploymentsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::DeploymentListResponse>> {
        self.rt.run(self.inner.list_deployments(query))
    }

    /// [`list_deployments_all`](crate::generated::workflows::WorkflowsDeployments::list_deployments_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_deployments_all(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsListDeploymentsQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::workflows::DeploymentResponse>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_deployments_all(query)?,
            rt: self.rt,
        })
    }

    /// [`create_deployment`](crate::generated::workflows::WorkflowsDeployments::create_deployment), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_deployment(
        &self,
        body: &mistral_types::generated::workflows::CreateDeploymentRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>> {
        self.rt.run(self.inner.create_deployment(body))
    }

    /// [`get_deployment`](crate::generated::workflows::WorkflowsDeployments::get_deployment), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_deployment(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsGetDeploymentQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::DeploymentDetailResponse>> {
        self.rt.run(self.inner.get_deployment(name, query))
    }

    /// [`update_deployment`](crate::generated::workflows::WorkflowsDeployments::update_deployment), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_deployment(
        &self,
        name: &str,
        body: &mistral_types::generated::workflows::UpdateDeploymentRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>> {
        self.rt.run(self.inner.update_deployment(name, body))
    }

    /// [`delete_deployment`](crate::generated::workflows::WorkflowsDeployments::delete_deployment), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_deployment(
        &self,
        name: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>> {
        self.rt.run(self.inner.delete_deployment(name))
    }

    /// [`get_deployment_logs`](crate::generated::workflows::WorkflowsDeployments::get_deployment_logs), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_deployment_logs(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsGetDeploymentLogsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::DeploymentLogSearchResponse>>
    {
        self.rt.run(self.inner.get_deployment_logs(name, query))
    }

    /// [`get_deployment_logs_all`](crate::generated::workflows::WorkflowsDeployments::get_deployment_logs_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_deployment_logs_all(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsGetDeploymentLogsQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::workflows::DeploymentLogRecord>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_deployment_logs_all(name, query)?,
            rt: self.rt,
        })
    }

    /// [`stream_deployment_logs`](crate::generated::workflows::WorkflowsDeployments::stream_deployment_logs), as an [`Iterator`] of its events (each read on the client's runtime).
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn stream_deployment_logs(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsStreamDeploymentLogsQuery,
    ) -> crate::Result<
        crate::blocking::Events<
            'a,
            mistral_types::generated::workflows::WorkflowsDeploymentsStreamDeploymentLogsEvent,
        >,
    > {
        let stream = self.rt.run(self.inner.stream_deployment_logs(name, query))?;
        Ok(crate::blocking::Events::new(stream, self.rt))
    }

    /// [`restart_deployment`](crate::generated::workflows::WorkflowsDeployments::restart_deployment), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn restart_deployment(
        &self,
        name: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>> {
        self.rt.run(self.inner.restart_deployment(name))
    }

    /// [`start_deployment`](crate::generated::workflows::WorkflowsDeployments::start_deployment), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn start_deployment(
        &self,
        name: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>> {
        self.rt.run(self.inner.start_deployment(name))
    }

    /// [`stop_deployment`](crate::generated::workflows::WorkflowsDeployments::stop_deployment), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn stop_deployment(
        &self,
        name: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>> {
        self.rt.run(self.inner.stop_deployment(name))
    }

    /// [`list_deployment_workers`](crate::generated::workflows::WorkflowsDeployments::list_deployment_workers), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_deployment_workers(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsListDeploymentWorkersQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::DeploymentWorkerListResponse>>
    {
        self.rt.run(self.inner.list_deployment_workers(name, query))
    }

    /// [`list_deployment_workers_all`](crate::generated::workflows::WorkflowsDeployments::list_deployment_workers_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_deployment_workers_all(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsListDeploymentWorkersQuery,
    ) -> crate::Result<
        crate::blocking::Paginator<'a, mistral_types::generated::workflows::DeploymentWorkerResponse>,
    > {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_deployment_workers_all(name, query)?,
            rt: self.rt,
        })
    }

    /// [`unharden_deployment`](crate::generated::workflows::WorkflowsDeployments::unharden_deployment), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn unharden_deployment(
        &self,
        deployment_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsUnhardenDeploymentQuery,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.unharden_deployment(deployment_id, query))
    }

    /// [`get_deployment_archive`](crate::generated::workflows::WorkflowsDeployments::get_deployment_archive), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_deployment_archive(
        &self,
        name: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::DeploymentArchiveResponse>> {
        self.rt.run(self.inner.get_deployment_archive(name))
    }
}

/// The blocking twin of [`WorkflowsExecutions`](crate::generated::workflows::WorkflowsExecutions): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct WorkflowsExecutions<'a> {
    inner: crate::generated::workflows::WorkflowsExecutions<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for WorkflowsExecutions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::WorkflowsExecutions")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(WorkflowsExecutions => inner.core.opts);

impl<'a> WorkflowsExecutions<'a> {
    /// [`batch_cancel_workflow_executions`](crate::generated::workflows::WorkflowsExecutions::batch_cancel_workflow_executions), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn batch_cancel_workflow_executions(
        &self,
        body: &mistral_types::generated::workflows::BatchExecutionBody,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::BatchExecutionResponse>> {
        self.rt.run(self.inner.batch_cancel_workflow_executions(body))
    }

    /// [`batch_terminate_workflow_executions`](crate::generated::workflows::WorkflowsExecutions::batch_terminate_workflow_executions), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn batch_terminate_workflow_executions(
        &self,
        body: &mistral_types::generated::workflows::BatchExecutionBody,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::BatchExecutionResponse>> {
        self.rt.run(self.inner.batch_terminate_workflow_executions(body))
    }

    /// [`get_workflow_execution`](crate::generated::workflows::WorkflowsExecutions::get_workflow_execution), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow_execution(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowExecutionResponse>> {
        self.rt
            .run(self.inner.get_workflow_execution(execution_id, query))
    }

    /// [`cancel_workflow_execution`](crate::generated::workflows::WorkflowsExecutions::cancel_workflow_execution), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn cancel_workflow_execution(&self, execution_id: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.cancel_workflow_execution(execution_id))
    }

    /// [`get_workflow_execution_history`](crate::generated::workflows::WorkflowsExecutions::get_workflow_execution_history), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow_execution_history(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionHistoryQuery,
    ) -> crate::Result<crate::WithMeta<serde_json::Value>> {
        self.rt
            .run(self.inner.get_workflow_execution_history(execution_id, query))
    }

    /// [`get_workflow_execution_logs`](crate::generated::workflows::WorkflowsExecutions::get_workflow_execution_logs), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow_execution_logs(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionLogsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::ExecutionLogSearchResponse>> {
        self.rt
            .run(self.inner.get_workflow_execution_logs(execution_id, query))
    }

    /// [`get_workflow_execution_logs_all`](crate::generated::workflows::WorkflowsExecutions::get_workflow_execution_logs_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow_execution_logs_all(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionLogsQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::workflows::ExecutionLogRecord>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_workflow_execution_logs_all(execution_id, query)?,
            rt: self.rt,
        })
    }

    /// [`stream_workflow_execution_logs`](crate::generated::workflows::WorkflowsExecutions::stream_workflow_execution_logs), as an [`Iterator`] of its events (each read on the client's runtime).
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn stream_workflow_execution_logs(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsStreamWorkflowExecutionLogsQuery,
    ) -> crate::Result<
        crate::blocking::Events<
            'a,
            mistral_types::generated::workflows::WorkflowsExecutionsStreamWorkflowExecutionLogsEvent,
        >,
    > {
        let stream = self
            .rt
            .run(self.inner.stream_workflow_execution_logs(execution_id, query))?;
        Ok(crate::blocking::Events::new(stream, self.rt))
    }

    /// [`query_workflow_execution`](crate::generated::workflows::WorkflowsExecutions::query_workflow_execution), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn query_workflow_execution(
        &self,
        execution_id: &str,
        body: &mistral_types::generated::workflows::QueryInvocationBody,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::QueryWorkflowResponse>> {
        self.rt
            .run(self.inner.query_workflow_execution(execution_id, body))
    }

    /// [`reset_workflow`](crate::generated::workflows::WorkflowsExecutions::reset_workflow), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn reset_workflow(
        &self,
        execution_id: &str,
        body: &mistral_types::generated::workflows::ResetInvocationBody,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.reset_workflow(execution_id, body))
    }

    /// [`signal_workflow_execution`](crate::generated::workflows::WorkflowsExecutions::signal_workflow_execution), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn signal_workflow_execution(
        &self,
        execution_id: &str,
        body: &mistral_types::generated::workflows::SignalInvocationBody,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::SignalWorkflowResponse>> {
        self.rt
            .run(self.inner.signal_workflow_execution(execution_id, body))
    }

    /// [`stream`](crate::generated::workflows::WorkflowsExecutions::stream), as an [`Iterator`] of its events (each read on the client's runtime).
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn stream(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsStreamQuery,
    ) -> crate::Result<
        crate::blocking::Events<'a, mistral_types::generated::workflows::WorkflowsExecutionsStreamEvent>,
    > {
        let stream = self.rt.run(self.inner.stream(execution_id, query))?;
        Ok(crate::blocking::Events::new(stream, self.rt))
    }

    /// [`terminate_workflow_execution`](crate::generated::workflows::WorkflowsExecutions::terminate_workflow_execution), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn terminate_workflow_execution(&self, execution_id: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.terminate_workflow_execution(execution_id))
    }

    /// [`get_workflow_execution_trace_events`](crate::generated::workflows::WorkflowsExecutions::get_workflow_execution_trace_events), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow_execution_trace_events(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionTraceEventsQuery,
    ) -> crate::Result<
        crate::WithMeta<mistral_types::generated::workflows::WorkflowExecutionTraceEventsResponse>,
    > {
        self.rt.run(
            self.inner
                .get_workflow_execution_trace_events(execution_id, query),
        )
    }

    /// [`get_workflow_execution_trace_info`](crate::generated::workflows::WorkflowsExecutions::get_workflow_execution_trace_info), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow_execution_trace_info(
        &self,
        execution_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::ExecutionTraceInfoResponse>> {
        self.rt
            .run(self.inner.get_workflow_execution_trace_info(execution_id))
    }

    /// [`get_workflow_execution_trace_otel`](crate::generated::workflows::WorkflowsExecutions::get_workflow_execution_trace_otel), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow_execution_trace_otel(
        &self,
        execution_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowExecutionTraceOTelResponse>>
    {
        self.rt
            .run(self.inner.get_workflow_execution_trace_otel(execution_id))
    }

    /// [`get_workflow_execution_trace_summary`](crate::generated::workflows::WorkflowsExecutions::get_workflow_execution_trace_summary), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow_execution_trace_summary(
        &self,
        execution_id: &str,
    ) -> crate::Result<
        crate::WithMeta<mistral_types::generated::workflows::WorkflowExecutionTraceSummaryResponse>,
    > {
        self.rt
            .run(self.inner.get_workflow_execution_trace_summary(execution_id))
    }

    /// [`update_workflow_execution`](crate::generated::workflows::WorkflowsExecutions::update_workflow_execution), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_workflow_execution(
        &self,
        execution_id: &str,
        body: &mistral_types::generated::workflows::UpdateInvocationBody,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::UpdateWorkflowResponse>> {
        self.rt
            .run(self.inner.update_workflow_execution(execution_id, body))
    }
}

/// The blocking twin of [`WorkflowsMetrics`](crate::generated::workflows::WorkflowsMetrics): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct WorkflowsMetrics<'a> {
    inner: crate::generated::workflows::WorkflowsMetrics<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for WorkflowsMetrics<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::WorkflowsMetrics")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(WorkflowsMetrics => inner.core.opts);

impl<'a> WorkflowsMetrics<'a> {
    /// [`get_workflow_metrics`](crate::generated::workflows::WorkflowsMetrics::get_workflow_metrics), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow_metrics(
        &self,
        workflow_name: &str,
        query: &mistral_types::generated::workflows::WorkflowsMetricsGetWorkflowMetricsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowMetrics>> {
        self.rt.run(self.inner.get_workflow_metrics(workflow_name, query))
    }
}

/// The blocking twin of [`WorkflowsRuns`](crate::generated::workflows::WorkflowsRuns): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct WorkflowsRuns<'a> {
    inner: crate::generated::workflows::WorkflowsRuns<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for WorkflowsRuns<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::WorkflowsRuns")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(WorkflowsRuns => inner.core.opts);

impl<'a> WorkflowsRuns<'a> {
    /// [`list_runs`](crate::generated::workflows::WorkflowsRuns::list_runs), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_runs(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsRunsListRunsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowExecutionListResponse>>
    {
        self.rt.run(self.inner.list_runs(query))
    }

    /// [`get_run`](crate::generated::workflows::WorkflowsRuns::get_run), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_run(
        &self,
        run_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowExecutionResponse>> {
        self.rt.run(self.inner.get_run(run_id))
    }

    /// [`get_run_history`](crate::generated::workflows::WorkflowsRuns::get_run_history), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_run_history(
        &self,
        run_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsRunsGetRunHistoryQuery,
    ) -> crate::Result<crate::WithMeta<serde_json::Value>> {
        self.rt.run(self.inner.get_run_history(run_id, query))
    }
}

/// The blocking twin of [`WorkflowsSchedules`](crate::generated::workflows::WorkflowsSchedules): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct WorkflowsSchedules<'a> {
    inner: crate::generated::workflows::WorkflowsSchedules<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for WorkflowsSchedules<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::WorkflowsSchedules")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(WorkflowsSchedules => inner.core.opts);

impl<'a> WorkflowsSchedules<'a> {
    /// [`get_schedules`](crate::generated::workflows::WorkflowsSchedules::get_schedules), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_schedules(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsSchedulesGetSchedulesQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowScheduleListResponse>>
    {
        self.rt.run(self.inner.get_schedules(query))
    }

    /// [`workflow`](crate::generated::workflows::WorkflowsSchedules::workflow), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn workflow(
        &self,
        body: &mistral_types::generated::workflows::WorkflowScheduleRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowScheduleResponse>> {
        self.rt.run(self.inner.workflow(body))
    }

    /// [`get_schedule`](crate::generated::workflows::WorkflowsSchedules::get_schedule), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_schedule(
        &self,
        schedule_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::ScheduleDefinitionOutput>> {
        self.rt.run(self.inner.get_schedule(schedule_id))
    }

    /// [`update_schedule`](crate::generated::workflows::WorkflowsSchedules::update_schedule), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_schedule(
        &self,
        schedule_id: &str,
        body: &mistral_types::generated::workflows::WorkflowScheduleUpdateRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::workflows::WorkflowScheduleResponse>> {
        self.rt.run(self.inner.update_schedule(schedule_id, body))
    }

    /// [`unschedule_workflow`](crate::generated::workflows::WorkflowsSchedules::unschedule_workflow), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn unschedule_workflow(&self, schedule_id: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.unschedule_workflow(schedule_id))
    }

    /// [`pause_schedule`](crate::generated::workflows::WorkflowsSchedules::pause_schedule), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn pause_schedule(
        &self,
        schedule_id: &str,
        body: &mistral_types::generated::workflows::WorkflowSchedulePauseRequest,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.pause_schedule(schedule_id, body))
    }

    /// [`resume_schedule`](crate::generated::workflows::WorkflowsSchedules::resume_schedule), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn resume_schedule(
        &self,
        schedule_id: &str,
        body: &mistral_types::generated::workflows::WorkflowSchedulePauseRequest,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.resume_schedule(schedule_id, body))
    }

    /// [`trigger_schedule`](crate::generated::workflows::WorkflowsSchedules::trigger_schedule), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn trigger_schedule(
        &self,
        schedule_id: &str,
        body: &mistral_types::generated::workflows::WorkflowScheduleTriggerRequest,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.trigger_schedule(schedule_id, body))
    }
}
