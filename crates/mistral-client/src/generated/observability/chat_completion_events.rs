// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.chat_completion_events` tag: `client.observability().chat_completion_events()`.
    ObservabilityChatCompletionEvents
}

crate::pipeline::per_call_setters!(ObservabilityChatCompletionEvents => core.opts);

impl<'a> super::ObservabilityChatCompletionEvents<'a> {
    /// The `chat_completion_events fields` calls.
    pub fn fields(&self) -> super::ObservabilityChatCompletionEventsFields<'a> {
        super::ObservabilityChatCompletionEventsFields::new(self.core.client).options(self.core.opts.clone())
    }

    /// Get Chat Completion Events
    ///
    /// `POST /v1/observability/chat-completion-events/search`: operation `get_chat_completion_events_v1_observability_chat_completion_events_search_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_chat_completion_events(
        &self,
        query: &mistral_types::generated::observability::ObservabilityChatCompletionEventsGetChatCompletionEventsQuery,
        body: &mistral_types::generated::observability::SearchChatCompletionEventsRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::SearchChatCompletionEventsResponse>,
    > {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path = crate::generated::with_query(
            String::from("/v1/observability/chat-completion-events/search"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_chat_completion_events_v1_observability_chat_completion_events_search_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Alternative to /search that returns only the IDs and that can return many IDs at once
    ///
    /// `POST /v1/observability/chat-completion-events/search-ids`: operation `get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_chat_completion_event_ids(
        &self,
        body: &mistral_types::generated::observability::SearchChatCompletionEventIdsRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::SearchChatCompletionEventIdsResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/observability/chat-completion-events/search-ids");
        let call = crate::pipeline::Call::bare(
            "get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Chat Completion Event
    ///
    /// `GET /v1/observability/chat-completion-events/{event_id}`: operation `get_chat_completion_event_v1_observability_chat_completion_events__event_id__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_chat_completion_event(
        &self,
        event_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ChatCompletionEvent>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/chat-completion-events/{}",
            crate::pipeline::segment("event_id", event_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_chat_completion_event_v1_observability_chat_completion_events__event_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Run Judge on an event based on the given options
    ///
    /// `POST /v1/observability/chat-completion-events/{event_id}/live-judging`: operation `judge_chat_completion_event_v1_observability_chat_completion_events__event_id__live_judging_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn judge_chat_completion_event(
        &self,
        event_id: &str,
        body: &mistral_types::generated::observability::JudgeChatCompletionEventRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::JudgeOutput2>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/chat-completion-events/{}/live-judging",
            crate::pipeline::segment("event_id", event_id)?
        );
        let call = crate::pipeline::Call::bare("judge_chat_completion_event_v1_observability_chat_completion_events__event_id__live_judging_post", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Similar Chat Completion Events
    ///
    /// `GET /v1/observability/chat-completion-events/{event_id}/similar-events`: operation `get_similar_chat_completion_events_v1_observability_chat_completion_events__event_id__similar_events_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_similar_chat_completion_events(
        &self,
        event_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::SearchChatCompletionEventsResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/chat-completion-events/{}/similar-events",
            crate::pipeline::segment("event_id", event_id)?
        );
        let call = crate::pipeline::Call::bare("get_similar_chat_completion_events_v1_observability_chat_completion_events__event_id__similar_events_get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }
}
