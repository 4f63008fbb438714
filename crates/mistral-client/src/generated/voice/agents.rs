// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `voice.agents` tag: `client.voice().agents()`.
    VoiceAgents
}

crate::pipeline::per_call_setters!(VoiceAgents => core.opts);

impl<'a> super::VoiceAgents<'a> {
    /// List audio agents
    ///
    /// `GET /v1/audio/agents`: operation `list_agents_v1_audio_agents_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list(
        &self,
        query: &mistral_types::generated::voice::VoiceAgentsListQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::voice::AudioAgentListPage>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/audio/agents"), &query.to_query());
        let call = crate::pipeline::Call::bare("list_agents_v1_audio_agents_get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list`](Self::list), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's cursor (the first page when unset), each next cursor read from the page before; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_all(
        &self,
        query: &mistral_types::generated::voice::VoiceAgentsListQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::voice::AudioAgentResponse>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/audio/agents");
        let start = query.page_token.clone();
        let adapter = crate::paginate::Cursors::new(
            "list_agents_v1_audio_agents_get",
            start,
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.page_token = cursor.map(str::to_owned);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::voice::AudioAgentListPage>| {
                let next = list.0.next_page_token.clone();
                (list.0.data, next, None)
            },
        );
        Ok(crate::Paginator::new(&self.core, adapter))
    }

    /// Create an audio agent
    ///
    /// `POST /v1/audio/agents`: operation `create_agent_v1_audio_agents_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create(
        &self,
        body: &mistral_types::generated::voice::AudioAgentCreateRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::voice::AudioAgentResponse>>
    {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/audio/agents");
        let call = crate::pipeline::Call::bare("create_agent_v1_audio_agents_post", http::Method::POST, path)
            .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get an audio agent
    ///
    /// `GET /v1/audio/agents/{agent_id}`: operation `get_agent_v1_audio_agents__agent_id__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        agent_id: &str,
        query: &mistral_types::generated::voice::VoiceAgentsGetQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::voice::AudioAgentResponse>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/audio/agents/{}",
                crate::pipeline::segment("agent_id", agent_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_agent_v1_audio_agents__agent_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Update an audio agent
    ///
    /// `PUT /v1/audio/agents/{agent_id}`: operation `update_agent_v1_audio_agents__agent_id__put` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update(
        &self,
        agent_id: &str,
        body: &mistral_types::generated::voice::AudioAgentUpdateRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::voice::AudioAgentResponse>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/audio/agents/{}",
            crate::pipeline::segment("agent_id", agent_id)?
        );
        let call = crate::pipeline::Call::bare(
            "update_agent_v1_audio_agents__agent_id__put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete an audio agent
    ///
    /// `DELETE /v1/audio/agents/{agent_id}`: operation `delete_agent_v1_audio_agents__agent_id__delete` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete(&self, agent_id: &str) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/audio/agents/{}",
            crate::pipeline::segment("agent_id", agent_id)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_agent_v1_audio_agents__agent_id__delete",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }

    /// List audio agent sessions
    ///
    /// `GET /v1/audio/agents/{agent_id}/sessions`: operation `list_agent_sessions_v1_audio_agents__agent_id__sessions_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_sessions(
        &self,
        agent_id: &str,
        query: &mistral_types::generated::voice::VoiceAgentsListSessionsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::voice::AudioAgentSessionListPage>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/audio/agents/{}/sessions",
                crate::pipeline::segment("agent_id", agent_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "list_agent_sessions_v1_audio_agents__agent_id__sessions_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list_sessions`](Self::list_sessions), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's cursor (the first page when unset), each next cursor read from the page before; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_sessions_all(
        &self,
        agent_id: &str,
        query: &mistral_types::generated::voice::VoiceAgentsListSessionsQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::voice::AudioAgentSessionSummary>>
    {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = format!(
            "/v1/audio/agents/{}/sessions",
            crate::pipeline::segment("agent_id", agent_id)?
        );
        let start = query.page_token.clone();
        let adapter = crate::paginate::Cursors::new(
            "list_agent_sessions_v1_audio_agents__agent_id__sessions_get",
            start,
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.page_token = cursor.map(str::to_owned);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::voice::AudioAgentSessionListPage>| {
                let next = list.0.next_page_token.clone();
                (list.0.data, next, None)
            },
        );
        Ok(crate::Paginator::new(&self.core, adapter))
    }

    /// List audio agent versions
    ///
    /// `GET /v1/audio/agents/{agent_id}/versions`: operation `list_agent_versions_v1_audio_agents__agent_id__versions_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_versions(
        &self,
        agent_id: &str,
        query: &mistral_types::generated::voice::VoiceAgentsListVersionsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::voice::AudioAgentListPage>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/audio/agents/{}/versions",
                crate::pipeline::segment("agent_id", agent_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "list_agent_versions_v1_audio_agents__agent_id__versions_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list_versions`](Self::list_versions), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's cursor (the first page when unset), each next cursor read from the page before; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_versions_all(
        &self,
        agent_id: &str,
        query: &mistral_types::generated::voice::VoiceAgentsListVersionsQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::voice::AudioAgentResponse>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = format!(
            "/v1/audio/agents/{}/versions",
            crate::pipeline::segment("agent_id", agent_id)?
        );
        let start = query.page_token.clone();
        let adapter = crate::paginate::Cursors::new(
            "list_agent_versions_v1_audio_agents__agent_id__versions_get",
            start,
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.page_token = cursor.map(str::to_owned);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::voice::AudioAgentListPage>| {
                let next = list.0.next_page_token.clone();
                (list.0.data, next, None)
            },
        );
        Ok(crate::Paginator::new(&self.core, adapter))
    }
}
