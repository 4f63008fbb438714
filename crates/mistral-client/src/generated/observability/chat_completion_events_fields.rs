// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.chat_completion_events.fields` tag: `client.observability().chat_completion_events().fields()`.
    ObservabilityChatCompletionEventsFields
}

crate::pipeline::per_call_setters!(ObservabilityChatCompletionEventsFields => core.opts);

impl<'a> super::ObservabilityChatCompletionEventsFields<'a> {
    /// Get Chat Completion Fields
    ///
    /// `GET /v1/observability/chat-completion-fields`: operation `get_chat_completion_fields_v1_observability_chat_completion_fields_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_chat_completion_fields(
        &self,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ListChatCompletionFieldsResponse>,
    > {
        self.core.check_headers()?;
        let path = String::from("/v1/observability/chat-completion-fields");
        let call = crate::pipeline::Call::bare(
            "get_chat_completion_fields_v1_observability_chat_completion_fields_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get Chat Completion Field Options
    ///
    /// `GET /v1/observability/chat-completion-fields/{field_name}/options`: operation `get_chat_completion_field_options_v1_observability_chat_completion_fields__field_name__options_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_chat_completion_field_options(
        &self,
        field_name: &str,
        query: &mistral_types::generated::observability::ObservabilityChatCompletionEventsFieldsGetChatCompletionFieldOptionsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<
            mistral_types::generated::observability::FetchChatCompletionFieldOptionsResponse,
        >,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/chat-completion-fields/{}/options",
                crate::pipeline::segment("field_name", field_name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("get_chat_completion_field_options_v1_observability_chat_completion_fields__field_name__options_get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Get Chat Completion Field Options Counts
    ///
    /// `POST /v1/observability/chat-completion-fields/{field_name}/options-counts`: operation `get_chat_completion_field_options_counts_v1_observability_chat_completion_fields__field_name__options_counts_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_chat_completion_field_options_counts(
        &self,
        field_name: &str,
        body: &mistral_types::generated::observability::FetchFieldOptionCountsRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::FetchFieldOptionCountsResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/chat-completion-fields/{}/options-counts",
            crate::pipeline::segment("field_name", field_name)?
        );
        let call = crate::pipeline::Call::bare("get_chat_completion_field_options_counts_v1_observability_chat_completion_fields__field_name__options_counts_post", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
