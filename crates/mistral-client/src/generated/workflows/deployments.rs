// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `workflows.deployments` tag: `client.workflows().deployments()`.
    WorkflowsDeployments
}

crate::pipeline::per_call_setters!(WorkflowsDeployments => core.opts);

impl<'a> super::WorkflowsDeployments<'a> {
    /// List Deployments
    ///
    /// `GET /v1/workflows/deployments`: operation `list_deployments_v1_workflows_deployments_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_deployments(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsListDeploymentsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::DeploymentListResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/workflows/deployments"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "list_deployments_v1_workflows_deployments_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list_deployments`](Self::list_deployments), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's cursor (the first page when unset), each next cursor read from the page before; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_deployments_all(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsListDeploymentsQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::workflows::DeploymentResponse>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/workflows/deployments");
        let start = query.cursor.clone();
        let adapter = crate::paginate::Cursors::new(
            "list_deployments_v1_workflows_deployments_get",
            start,
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.cursor = cursor.map(str::to_owned);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::workflows::DeploymentListResponse>| {
                let next = list.0.next_cursor.clone();
                (list.0.deployments, next, None)
            },
        );
        Ok(crate::Paginator::new(&self.core, adapter))
    }

    /// Create Deployment
    ///
    /// `POST /v1/workflows/deployments`: operation `create_deployment_v1_workflows_deployments_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_deployment(
        &self,
        body: &mistral_types::generated::workflows::CreateDeploymentRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/workflows/deployments");
        let call = crate::pipeline::Call::bare(
            "create_deployment_v1_workflows_deployments_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Deployment
    ///
    /// `GET /v1/workflows/deployments/{name}`: operation `get_deployment_v1_workflows_deployments__name__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_deployment(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsGetDeploymentQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::DeploymentDetailResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/deployments/{}",
                crate::pipeline::segment("name", name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_deployment_v1_workflows_deployments__name__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Update Deployment
    ///
    /// `PATCH /v1/workflows/deployments/{name}`: operation `update_deployment_v1_workflows_deployments__name__patch` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_deployment(
        &self,
        name: &str,
        body: &mistral_types::generated::workflows::UpdateDeploymentRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/deployments/{}",
            crate::pipeline::segment("name", name)?
        );
        let call = crate::pipeline::Call::bare(
            "update_deployment_v1_workflows_deployments__name__patch",
            http::Method::PATCH,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete Deployment
    ///
    /// `DELETE /v1/workflows/deployments/{name}`: operation `delete_deployment_v1_workflows_deployments__name__delete` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_deployment(
        &self,
        name: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/deployments/{}",
            crate::pipeline::segment("name", name)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_deployment_v1_workflows_deployments__name__delete",
            http::Method::DELETE,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get Deployment Logs
    ///
    /// Retrieve logs for a deployment (across all of its workers).
    ///
    /// Use `after`/`before`/`order` on the first request to set the time range and sort order; for
    /// the next pages pass the `cursor` from the previous response (it remembers the range and order).
    ///
    /// `GET /v1/workflows/deployments/{name}/logs`: operation `get_deployment_logs` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_deployment_logs(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsGetDeploymentLogsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::DeploymentLogSearchResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/deployments/{}/logs",
                crate::pipeline::segment("name", name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("get_deployment_logs", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_deployment_logs`](Self::get_deployment_logs), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's cursor (the first page when unset), each next cursor read from the page before; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_deployment_logs_all(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsGetDeploymentLogsQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::workflows::DeploymentLogRecord>>
    {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = format!(
            "/v1/workflows/deployments/{}/logs",
            crate::pipeline::segment("name", name)?
        );
        let start = query.cursor.clone();
        let adapter = crate::paginate::Cursors::new(
            "get_deployment_logs",
            start,
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.cursor = cursor.map(str::to_owned);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<
                mistral_types::generated::workflows::DeploymentLogSearchResponse,
            >| {
                let next = list.0.next_cursor.clone();
                (list.0.results, next, None)
            },
        );
        Ok(crate::Paginator::new(&self.core, adapter))
    }

    /// Stream Deployment Logs
    ///
    /// Stream logs for a deployment (all of its workers) via SSE.
    ///
    /// Resume cursor comes from the `Last-Event-ID` header or `last_event_id` query param (header wins)
    /// and takes precedence over `after`; omit all to tail from the deployment start.
    ///
    /// `GET /v1/workflows/deployments/{name}/logs/stream`: operation `stream_deployment_logs` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// Header parameters, sent with the handle's per-call [`header`](Self::header) (`.header("Last-Event-ID", ..)`):
    /// - `Last-Event-ID`: Resume from this cursor (a prior response's SSE id). Takes precedence over the query parameter.
    ///
    /// The answer is a stream of server-sent events, each read as a [`WorkflowsDeploymentsStreamDeploymentLogsEvent`](mistral_types::generated::workflows::WorkflowsDeploymentsStreamDeploymentLogsEvent) (an event whose name or data this version does not know is kept verbatim). An `error` event is an error item, and ends the stream. The stream has no end marker: when the body ends, the last item is a truncation error ([`Error::is_truncated`](crate::Error::is_truncated)); a consumer that follows it opens it again from the last event it read, whose SSE id is [`EventStream::last_event_id`](crate::EventStream::last_event_id).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn stream_deployment_logs(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsStreamDeploymentLogsQuery,
    ) -> crate::error::Result<
        crate::EventStream<
            mistral_types::generated::workflows::WorkflowsDeploymentsStreamDeploymentLogsEvent,
        >,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/deployments/{}/logs/stream",
                crate::pipeline::segment("name", name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("stream_deployment_logs", http::Method::GET, path);
        self.core.event_stream(call).await
    }

    /// Restart Deployment
    ///
    /// `POST /v1/workflows/deployments/{name}/restart`: operation `restart_deployment_v1_workflows_deployments__name__restart_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn restart_deployment(
        &self,
        name: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/deployments/{}/restart",
            crate::pipeline::segment("name", name)?
        );
        let call = crate::pipeline::Call::bare(
            "restart_deployment_v1_workflows_deployments__name__restart_post",
            http::Method::POST,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Start Deployment
    ///
    /// `POST /v1/workflows/deployments/{name}/start`: operation `start_deployment_v1_workflows_deployments__name__start_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn start_deployment(
        &self,
        name: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/deployments/{}/start",
            crate::pipeline::segment("name", name)?
        );
        let call = crate::pipeline::Call::bare(
            "start_deployment_v1_workflows_deployments__name__start_post",
            http::Method::POST,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Stop Deployment
    ///
    /// `POST /v1/workflows/deployments/{name}/stop`: operation `stop_deployment_v1_workflows_deployments__name__stop_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn stop_deployment(
        &self,
        name: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/deployments/{}/stop",
            crate::pipeline::segment("name", name)?
        );
        let call = crate::pipeline::Call::bare(
            "stop_deployment_v1_workflows_deployments__name__stop_post",
            http::Method::POST,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// List Deployment Workers
    ///
    /// `GET /v1/workflows/deployments/{name}/workers`: operation `list_deployment_workers_v1_workflows_deployments__name__workers_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_deployment_workers(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsListDeploymentWorkersQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::DeploymentWorkerListResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/deployments/{}/workers",
                crate::pipeline::segment("name", name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "list_deployment_workers_v1_workflows_deployments__name__workers_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list_deployment_workers`](Self::list_deployment_workers), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's cursor (the first page when unset), each next cursor read from the page before; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_deployment_workers_all(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsListDeploymentWorkersQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::workflows::DeploymentWorkerResponse>>
    {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = format!(
            "/v1/workflows/deployments/{}/workers",
            crate::pipeline::segment("name", name)?
        );
        let start = query.cursor.clone();
        let adapter = crate::paginate::Cursors::new(
            "list_deployment_workers_v1_workflows_deployments__name__workers_get",
            start,
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.cursor = cursor.map(str::to_owned);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<
                mistral_types::generated::workflows::DeploymentWorkerListResponse,
            >| {
                let next = list.0.next_cursor.clone();
                (list.0.workers, next, None)
            },
        );
        Ok(crate::Paginator::new(&self.core, adapter))
    }

    /// Unharden Deployment
    ///
    /// `POST /v1/workflows/deployments/{deployment_id}/unharden`: operation `unharden_deployment_v1_workflows_deployments__deployment_id__unharden_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn unharden_deployment(
        &self,
        deployment_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsUnhardenDeploymentQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/deployments/{}/unharden",
                crate::pipeline::segment("deployment_id", deployment_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "unharden_deployment_v1_workflows_deployments__deployment_id__unharden_post",
            http::Method::POST,
            path,
        );
        self.core.no_content(call).await
    }

    /// Get Deployment Archive
    ///
    /// Get the archive a managed deployment builds from, with a signed URL to download it.
    ///
    /// `download_url` expires within 24 hours, and is null once Mistral Cloud has deleted the archive.
    /// A deployment that builds from a repository answers 404.
    ///
    /// `GET /v1/workflows/deployments/{name}/archive`: operation `get_deployment_archive_v1_workflows_deployments__name__archive_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_deployment_archive(
        &self,
        name: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::DeploymentArchiveResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/deployments/{}/archive",
            crate::pipeline::segment("name", name)?
        );
        let call = crate::pipeline::Call::bare(
            "get_deployment_archive_v1_workflows_deployments__name__archive_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}

/// Events are read by name and data, never failing (see [`WorkflowsDeploymentsStreamDeploymentLogsEvent::parse`](mistral_types::generated::workflows::WorkflowsDeploymentsStreamDeploymentLogsEvent::parse)); the stream
/// ends at an `error` event (an error) or at the end of the body (cleanly between events, a
/// truncation error inside one).
impl crate::StreamChunk
    for mistral_types::generated::workflows::WorkflowsDeploymentsStreamDeploymentLogsEvent
{
    fn ends_with_body() -> bool {
        true
    }
    fn read_event(
        _reader: &mut mistral_types::ChunkReader,
        event: Option<&str>,
        data: &str,
    ) -> serde_json::Result<Self> {
        Ok(Self::parse(event, data))
    }
    fn finishes(&self) -> bool {
        false
    }
    fn is_empty_shell(&self) -> bool {
        false
    }
}
