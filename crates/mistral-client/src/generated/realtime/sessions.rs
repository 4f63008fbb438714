// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `realtime.sessions` tag: `client.realtime().sessions()`.
    RealtimeSessions
}

crate::pipeline::per_call_setters!(RealtimeSessions => core.opts);

impl<'a> super::RealtimeSessions<'a> {
    /// Create Client Session
    ///
    /// Create a client session. Requires the `create_client_session` permission.
    ///
    /// `POST /v1/client/sessions`: operation `create_client_session_v1_client_sessions_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create(
        &self,
        body: &mistral_types::generated::realtime::CreateRealtimeSessionRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::realtime::CreateRealtimeSessionResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/client/sessions");
        let call = crate::pipeline::Call::bare(
            "create_client_session_v1_client_sessions_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
