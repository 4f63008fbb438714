// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `workflows.executions` tag: `client.workflows().executions()`.
    WorkflowsExecutions
}

crate::pipeline::per_call_setters!(WorkflowsExecutions => core.opts);

impl<'a> super::WorkflowsExecutions<'a> {
    /// Batch Cancel Workflow Executions
    ///
    /// `POST /v1/workflows/executions/cancel`: operation `batch_cancel_workflow_executions_v1_workflows_executions_cancel_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn batch_cancel_workflow_executions(
        &self,
        body: &mistral_types::generated::workflows::BatchExecutionBody,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::BatchExecutionResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/workflows/executions/cancel");
        let call = crate::pipeline::Call::bare(
            "batch_cancel_workflow_executions_v1_workflows_executions_cancel_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Batch Terminate Workflow Executions
    ///
    /// `POST /v1/workflows/executions/terminate`: operation `batch_terminate_workflow_executions_v1_workflows_executions_terminate_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn batch_terminate_workflow_executions(
        &self,
        body: &mistral_types::generated::workflows::BatchExecutionBody,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::BatchExecutionResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/workflows/executions/terminate");
        let call = crate::pipeline::Call::bare(
            "batch_terminate_workflow_executions_v1_workflows_executions_terminate_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Workflow Execution
    ///
    /// `GET /v1/workflows/executions/{execution_id}`: operation `get_workflow_execution_v1_workflows_executions__execution_id__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workflow_execution(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowExecutionResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/executions/{}",
                crate::pipeline::segment("execution_id", execution_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_workflow_execution_v1_workflows_executions__execution_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Cancel Workflow Execution
    ///
    /// `POST /v1/workflows/executions/{execution_id}/cancel`: operation `cancel_workflow_execution_v1_workflows_executions__execution_id__cancel_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn cancel_workflow_execution(
        &self,
        execution_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/executions/{}/cancel",
            crate::pipeline::segment("execution_id", execution_id)?
        );
        let call = crate::pipeline::Call::bare(
            "cancel_workflow_execution_v1_workflows_executions__execution_id__cancel_post",
            http::Method::POST,
            path,
        );
        self.core.no_content(call).await
    }

    /// Get Workflow Execution History
    ///
    /// `GET /v1/workflows/executions/{execution_id}/history`: operation `get_workflow_execution_history_v1_workflows_executions__execution_id__history_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workflow_execution_history(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionHistoryQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<serde_json::Value>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/executions/{}/history",
                crate::pipeline::segment("execution_id", execution_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_workflow_execution_history_v1_workflows_executions__execution_id__history_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get Workflow Execution Logs
    ///
    /// Retrieve logs for a workflow execution.
    ///
    /// Use `after`/`before`/`order` on the first request to set the time range and sort order; for
    /// the next pages pass the `cursor` from the previous response (it remembers the range and order).
    ///
    /// `GET /v1/workflows/executions/{execution_id}/logs`: operation `get_workflow_execution_logs` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workflow_execution_logs(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionLogsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ExecutionLogSearchResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/executions/{}/logs",
                crate::pipeline::segment("execution_id", execution_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("get_workflow_execution_logs", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_workflow_execution_logs`](Self::get_workflow_execution_logs), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's cursor (the first page when unset), each next cursor read from the page before; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_workflow_execution_logs_all(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionLogsQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::workflows::ExecutionLogRecord>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = format!(
            "/v1/workflows/executions/{}/logs",
            crate::pipeline::segment("execution_id", execution_id)?
        );
        let start = query.cursor.clone();
        let adapter = crate::paginate::Cursors::new(
            "get_workflow_execution_logs",
            start,
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.cursor = cursor.map(str::to_owned);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<
                mistral_types::generated::workflows::ExecutionLogSearchResponse,
            >| {
                let next = list.0.next_cursor.clone();
                (list.0.results, next, None)
            },
        );
        Ok(crate::Paginator::new(&self.core, adapter))
    }

    /// Stream Workflow Execution Logs
    ///
    /// Stream logs for a workflow execution via SSE.
    ///
    /// Resume cursor comes from the `Last-Event-ID` header or `last_event_id` query param (header wins)
    /// and takes precedence over `after`; omit all to tail from the execution start.
    ///
    /// `GET /v1/workflows/executions/{execution_id}/logs/stream`: operation `stream_workflow_execution_logs` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// Header parameters, sent with the handle's per-call [`header`](Self::header) (`.header("Last-Event-ID", ..)`):
    /// - `Last-Event-ID`: Resume from this cursor (a prior response's SSE id). Takes precedence over the query parameter.
    ///
    /// The answer is a stream of server-sent events, each read as a [`WorkflowsExecutionsStreamWorkflowExecutionLogsEvent`](mistral_types::generated::workflows::WorkflowsExecutionsStreamWorkflowExecutionLogsEvent) (an event whose name or data this version does not know is kept verbatim). An `error` event is an error item, and ends the stream. The stream has no end marker: when the body ends, the last item is a truncation error ([`Error::is_truncated`](crate::Error::is_truncated)); a consumer that follows it opens it again from the last event it read, whose SSE id is [`EventStream::last_event_id`](crate::EventStream::last_event_id).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn stream_workflow_execution_logs(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsStreamWorkflowExecutionLogsQuery,
    ) -> crate::error::Result<
        crate::EventStream<
            mistral_types::generated::workflows::WorkflowsExecutionsStreamWorkflowExecutionLogsEvent,
        >,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/executions/{}/logs/stream",
                crate::pipeline::segment("execution_id", execution_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("stream_workflow_execution_logs", http::Method::GET, path);
        self.core.event_stream(call).await
    }

    /// Query Workflow Execution
    ///
    /// `POST /v1/workflows/executions/{execution_id}/queries`: operation `query_workflow_execution_v1_workflows_executions__execution_id__queries_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn query_workflow_execution(
        &self,
        execution_id: &str,
        body: &mistral_types::generated::workflows::QueryInvocationBody,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::workflows::QueryWorkflowResponse>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/executions/{}/queries",
            crate::pipeline::segment("execution_id", execution_id)?
        );
        let call = crate::pipeline::Call::bare(
            "query_workflow_execution_v1_workflows_executions__execution_id__queries_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Reset Workflow
    ///
    /// `POST /v1/workflows/executions/{execution_id}/reset`: operation `reset_workflow_v1_workflows_executions__execution_id__reset_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn reset_workflow(
        &self,
        execution_id: &str,
        body: &mistral_types::generated::workflows::ResetInvocationBody,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/executions/{}/reset",
            crate::pipeline::segment("execution_id", execution_id)?
        );
        let call = crate::pipeline::Call::bare(
            "reset_workflow_v1_workflows_executions__execution_id__reset_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }

    /// Signal Workflow Execution
    ///
    /// `POST /v1/workflows/executions/{execution_id}/signals`: operation `signal_workflow_execution_v1_workflows_executions__execution_id__signals_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn signal_workflow_execution(
        &self,
        execution_id: &str,
        body: &mistral_types::generated::workflows::SignalInvocationBody,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::SignalWorkflowResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/executions/{}/signals",
            crate::pipeline::segment("execution_id", execution_id)?
        );
        let call = crate::pipeline::Call::bare(
            "signal_workflow_execution_v1_workflows_executions__execution_id__signals_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Stream
    ///
    /// `GET /v1/workflows/executions/{execution_id}/stream`: operation `stream_v1_workflows_executions__execution_id__stream_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// The answer is a stream of server-sent events, each read as a [`WorkflowsExecutionsStreamEvent`](mistral_types::generated::workflows::WorkflowsExecutionsStreamEvent) (an event whose name or data this version does not know is kept verbatim). An `error` event is an error item, and ends the stream. The stream has no end marker: when the body ends, the last item is a truncation error ([`Error::is_truncated`](crate::Error::is_truncated)); a consumer that follows it opens it again from the last event it read, whose SSE id is [`EventStream::last_event_id`](crate::EventStream::last_event_id).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn stream(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsStreamQuery,
    ) -> crate::error::Result<
        crate::EventStream<mistral_types::generated::workflows::WorkflowsExecutionsStreamEvent>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/executions/{}/stream",
                crate::pipeline::segment("execution_id", execution_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "stream_v1_workflows_executions__execution_id__stream_get",
            http::Method::GET,
            path,
        );
        self.core.event_stream(call).await
    }

    /// Terminate Workflow Execution
    ///
    /// `POST /v1/workflows/executions/{execution_id}/terminate`: operation `terminate_workflow_execution_v1_workflows_executions__execution_id__terminate_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn terminate_workflow_execution(
        &self,
        execution_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/executions/{}/terminate",
            crate::pipeline::segment("execution_id", execution_id)?
        );
        let call = crate::pipeline::Call::bare(
            "terminate_workflow_execution_v1_workflows_executions__execution_id__terminate_post",
            http::Method::POST,
            path,
        );
        self.core.no_content(call).await
    }

    /// Get Workflow Execution Trace Events
    ///
    /// `GET /v1/workflows/executions/{execution_id}/trace/events`: operation `get_workflow_execution_trace_events` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workflow_execution_trace_events(
        &self,
        execution_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsExecutionsGetWorkflowExecutionTraceEventsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowExecutionTraceEventsResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/executions/{}/trace/events",
                crate::pipeline::segment("execution_id", execution_id)?
            ),
            &query.to_query(),
        );
        let call =
            crate::pipeline::Call::bare("get_workflow_execution_trace_events", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Get Workflow Execution Trace Info
    ///
    /// `GET /v1/workflows/executions/{execution_id}/trace/info`: operation `get_workflow_execution_trace_info` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workflow_execution_trace_info(
        &self,
        execution_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ExecutionTraceInfoResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/executions/{}/trace/info",
            crate::pipeline::segment("execution_id", execution_id)?
        );
        let call = crate::pipeline::Call::bare("get_workflow_execution_trace_info", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Get Workflow Execution Trace Otel
    ///
    /// `GET /v1/workflows/executions/{execution_id}/trace/otel`: operation `get_workflow_execution_trace_otel` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workflow_execution_trace_otel(
        &self,
        execution_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowExecutionTraceOTelResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/executions/{}/trace/otel",
            crate::pipeline::segment("execution_id", execution_id)?
        );
        let call = crate::pipeline::Call::bare("get_workflow_execution_trace_otel", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Get Workflow Execution Trace Summary
    ///
    /// `GET /v1/workflows/executions/{execution_id}/trace/summary`: operation `get_workflow_execution_trace_summary` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workflow_execution_trace_summary(
        &self,
        execution_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowExecutionTraceSummaryResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/executions/{}/trace/summary",
            crate::pipeline::segment("execution_id", execution_id)?
        );
        let call =
            crate::pipeline::Call::bare("get_workflow_execution_trace_summary", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Update Workflow Execution
    ///
    /// `POST /v1/workflows/executions/{execution_id}/updates`: operation `update_workflow_execution_v1_workflows_executions__execution_id__updates_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_workflow_execution(
        &self,
        execution_id: &str,
        body: &mistral_types::generated::workflows::UpdateInvocationBody,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::UpdateWorkflowResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/executions/{}/updates",
            crate::pipeline::segment("execution_id", execution_id)?
        );
        let call = crate::pipeline::Call::bare(
            "update_workflow_execution_v1_workflows_executions__execution_id__updates_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}

/// Events are read by name and data, never failing (see [`WorkflowsExecutionsStreamWorkflowExecutionLogsEvent::parse`](mistral_types::generated::workflows::WorkflowsExecutionsStreamWorkflowExecutionLogsEvent::parse)); the stream
/// ends at an `error` event (an error) or at the end of the body (cleanly between events, a
/// truncation error inside one).
impl crate::StreamChunk
    for mistral_types::generated::workflows::WorkflowsExecutionsStreamWorkflowExecutionLogsEvent
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

/// Events are read by name and data, never failing (see [`WorkflowsExecutionsStreamEvent::parse`](mistral_types::generated::workflows::WorkflowsExecutionsStreamEvent::parse)); the stream
/// ends at an `error` event (an error) or at the end of the body (cleanly between events, a
/// truncation error inside one).
impl crate::StreamChunk for mistral_types::generated::workflows::WorkflowsExecutionsStreamEvent {
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
