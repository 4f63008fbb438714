// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `voice.sessions` tag: `client.voice().sessions()`.
    VoiceSessions
}

crate::pipeline::per_call_setters!(VoiceSessions => core.opts);

impl<'a> super::VoiceSessions<'a> {
    /// Create an agent session
    ///
    /// Create a real-time audio agent session.
    ///
    /// `POST /v1/audio/sessions`: operation `create_session_v1_audio_sessions_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create(
        &self,
        body: &mistral_types::generated::voice::AudioSessionCreateRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::voice::AudioSessionCreateResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/audio/sessions");
        let call =
            crate::pipeline::Call::bare("create_session_v1_audio_sessions_post", http::Method::POST, path)
                .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get session status
    ///
    /// Retrieve an audio agent session with the transcript of its conversation.
    ///
    /// `GET /v1/audio/sessions/{session_id}`: operation `get_session_v1_audio_sessions__session_id__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        session_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::voice::AudioSessionResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/audio/sessions/{}",
            crate::pipeline::segment("session_id", session_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_session_v1_audio_sessions__session_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Stop an agent session
    ///
    /// Stop an audio agent session and release its resources.
    ///
    /// `DELETE /v1/audio/sessions/{session_id}`: operation `delete_session_v1_audio_sessions__session_id__delete` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn close(&self, session_id: &str) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/audio/sessions/{}",
            crate::pipeline::segment("session_id", session_id)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_session_v1_audio_sessions__session_id__delete",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }
}
