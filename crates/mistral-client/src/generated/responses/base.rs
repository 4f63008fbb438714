// generated from the spec by `cargo xtask codegen`: do not edit

impl<'a> super::Responses<'a> {
    /// Create Response
    ///
    /// Create a response.
    ///
    /// Generate a model response from text or image inputs. The response can
    /// include text, reasoning, and function calls. Set stream to true to
    /// receive Server-Sent Events.
    ///
    /// For multi-turn conversations, send the full history in input, including
    /// prior output items and function results. Responses are not stored. Only
    /// client-executed function tools are supported.
    ///
    /// `POST /v1/responses`: operation `create_response_v1_responses_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create(
        &self,
        body: &mistral_types::generated::responses::CreateResponseRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::responses::CreateResponseResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/responses");
        let call = crate::pipeline::Call::bare("create_response_v1_responses_post", http::Method::POST, path)
            .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Count Input Tokens
    ///
    /// Count response input tokens.
    ///
    /// Count the input tokens for a Responses request without generating a
    /// response. The count includes the supplied conversation, instructions,
    /// and tool definitions.
    ///
    /// Use the same input, instructions, and tools that you plan to send when
    /// creating a response. For multi-turn conversations, include prior output
    /// items and function results in input.
    ///
    /// `POST /v1/responses/input_tokens`: operation `count_input_tokens_v1_responses_input_tokens_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn count_input_tokens(
        &self,
        body: &mistral_types::generated::responses::CountResponseInputTokensRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::responses::CountResponseInputTokensResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/responses/input_tokens");
        let call = crate::pipeline::Call::bare(
            "count_input_tokens_v1_responses_input_tokens_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
