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

    /// Every item of [`get_workflow_events`](Self::get_workflow_events), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's cursor (the first page when unset), each next cursor read from the page before; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_workflow_events_all(
        &self,
        query: &mistral_types::generated::events::EventsGetWorkflowEventsQuery,
    ) -> crate::error::Result<
        crate::Paginator<mistral_types::generated::events::ListWorkflowEventResponseEventsItem>,
    > {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/workflows/events/list");
        let start = query.cursor.clone();
        let adapter = crate::paginate::Cursors::new(
            "get_workflow_events_v1_workflows_events_list_get",
            start,
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.cursor = cursor.map(str::to_owned);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::events::ListWorkflowEventResponse>| {
                let next = list.0.next_cursor.clone();
                (list.0.events, next, None)
            },
        );
        Ok(crate::Paginator::new(&self.core, adapter))
    }

    /// Get Stream Events
    ///
    /// `GET /v1/workflows/events/stream`: operation `get_stream_events_v1_workflows_events_stream_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// Header parameters, sent with the handle's per-call [`header`](Self::header) (`.header("last-event-id", ..)`):
    /// - `last-event-id`: Last-Event-Id
    ///
    /// The answer is a stream of server-sent events, each read as a [`EventsGetStreamEventsEvent`](mistral_types::generated::events::EventsGetStreamEventsEvent) (an event whose name or data this version does not know is kept verbatim). An `error` event is an error item, and ends the stream. The stream has no end marker: when the body ends, the last item is a truncation error ([`Error::is_truncated`](crate::Error::is_truncated)); a consumer that follows it opens it again from the last event it read, whose SSE id is [`EventStream::last_event_id`](crate::EventStream::last_event_id).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_stream_events(
        &self,
        query: &mistral_types::generated::events::EventsGetStreamEventsQuery,
    ) -> crate::error::Result<crate::EventStream<mistral_types::generated::events::EventsGetStreamEventsEvent>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path =
            crate::generated::with_query(String::from("/v1/workflows/events/stream"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "get_stream_events_v1_workflows_events_stream_get",
            http::Method::GET,
            path,
        );
        self.core.event_stream(call).await
    }
}

/// Events are read by name and data, never failing (see [`EventsGetStreamEventsEvent::parse`](mistral_types::generated::events::EventsGetStreamEventsEvent::parse)); the stream
/// ends at an `error` event (an error) or at the end of the body (cleanly between events, a
/// truncation error inside one).
impl crate::StreamChunk for mistral_types::generated::events::EventsGetStreamEventsEvent {
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
