// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `voice` API group's handles (`client.voice()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `voice` API group (generated from the spec; cargo feature `voice`), blocking.
    pub fn voice(&self) -> Voice<'_> {
        Voice {
            inner: self.client.voice(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Voice`](crate::generated::voice::Voice): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Voice<'a> {
    inner: crate::generated::voice::Voice<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Voice<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Voice").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Voice => inner.core.opts);

impl<'a> Voice<'a> {
    /// The `agents` calls.
    pub fn agents(&self) -> VoiceAgents<'a> {
        VoiceAgents {
            inner: self.inner.agents(),
            rt: self.rt,
        }
    }

    /// The `sessions` calls.
    pub fn sessions(&self) -> VoiceSessions<'a> {
        VoiceSessions {
            inner: self.inner.sessions(),
            rt: self.rt,
        }
    }

    /// The `voices` calls.
    pub fn voices(&self) -> VoiceVoices<'a> {
        VoiceVoices {
            inner: self.inner.voices(),
            rt: self.rt,
        }
    }
}

/// The blocking twin of [`VoiceAgents`](crate::generated::voice::VoiceAgents): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct VoiceAgents<'a> {
    inner: crate::generated::voice::VoiceAgents<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for VoiceAgents<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::VoiceAgents").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(VoiceAgents => inner.core.opts);

impl<'a> VoiceAgents<'a> {
    /// [`list`](crate::generated::voice::VoiceAgents::list), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list(
        &self,
        query: &mistral_types::generated::voice::VoiceAgentsListQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::voice::AudioAgentListPage>> {
        self.rt.run(self.inner.list(query))
    }

    /// [`list_all`](crate::generated::voice::VoiceAgents::list_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_all(
        &self,
        query: &mistral_types::generated::voice::VoiceAgentsListQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::voice::AudioAgentResponse>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_all(query)?,
            rt: self.rt,
        })
    }

    /// [`create`](crate::generated::voice::VoiceAgents::create), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create(
        &self,
        body: &mistral_types::generated::voice::AudioAgentCreateRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::voice::AudioAgentResponse>> {
        self.rt.run(self.inner.create(body))
    }

    /// [`get`](crate::generated::voice::VoiceAgents::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        agent_id: &str,
        query: &mistral_types::generated::voice::VoiceAgentsGetQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::voice::AudioAgentResponse>> {
        self.rt.run(self.inner.get(agent_id, query))
    }

    /// [`update`](crate::generated::voice::VoiceAgents::update), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update(
        &self,
        agent_id: &str,
        body: &mistral_types::generated::voice::AudioAgentUpdateRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::voice::AudioAgentResponse>> {
        self.rt.run(self.inner.update(agent_id, body))
    }

    /// [`delete`](crate::generated::voice::VoiceAgents::delete), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete(&self, agent_id: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.delete(agent_id))
    }

    /// [`list_sessions`](crate::generated::voice::VoiceAgents::list_sessions), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_sessions(
        &self,
        agent_id: &str,
        query: &mistral_types::generated::voice::VoiceAgentsListSessionsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::voice::AudioAgentSessionListPage>> {
        self.rt.run(self.inner.list_sessions(agent_id, query))
    }

    /// [`list_sessions_all`](crate::generated::voice::VoiceAgents::list_sessions_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_sessions_all(
        &self,
        agent_id: &str,
        query: &mistral_types::generated::voice::VoiceAgentsListSessionsQuery,
    ) -> crate::Result<
        crate::blocking::Paginator<'a, mistral_types::generated::voice::AudioAgentSessionSummary>,
    > {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_sessions_all(agent_id, query)?,
            rt: self.rt,
        })
    }

    /// [`list_versions`](crate::generated::voice::VoiceAgents::list_versions), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_versions(
        &self,
        agent_id: &str,
        query: &mistral_types::generated::voice::VoiceAgentsListVersionsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::voice::AudioAgentListPage>> {
        self.rt.run(self.inner.list_versions(agent_id, query))
    }

    /// [`list_versions_all`](crate::generated::voice::VoiceAgents::list_versions_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_versions_all(
        &self,
        agent_id: &str,
        query: &mistral_types::generated::voice::VoiceAgentsListVersionsQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::voice::AudioAgentResponse>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_versions_all(agent_id, query)?,
            rt: self.rt,
        })
    }
}

/// The blocking twin of [`VoiceSessions`](crate::generated::voice::VoiceSessions): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct VoiceSessions<'a> {
    inner: crate::generated::voice::VoiceSessions<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for VoiceSessions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::VoiceSessions")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(VoiceSessions => inner.core.opts);

impl<'a> VoiceSessions<'a> {
    /// [`create`](crate::generated::voice::VoiceSessions::create), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create(
        &self,
        body: &mistral_types::generated::voice::AudioSessionCreateRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::voice::AudioSessionCreateResponse>> {
        self.rt.run(self.inner.create(body))
    }

    /// [`get`](crate::generated::voice::VoiceSessions::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        session_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::voice::AudioSessionResponse>> {
        self.rt.run(self.inner.get(session_id))
    }

    /// [`close`](crate::generated::voice::VoiceSessions::close), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn close(&self, session_id: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.close(session_id))
    }
}

/// The blocking twin of [`VoiceVoices`](crate::generated::voice::VoiceVoices): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct VoiceVoices<'a> {
    inner: crate::generated::voice::VoiceVoices<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for VoiceVoices<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::VoiceVoices").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(VoiceVoices => inner.core.opts);

impl<'a> VoiceVoices<'a> {
    /// [`search`](crate::generated::voice::VoiceVoices::search), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn search(
        &self,
        query: &mistral_types::generated::voice::VoiceVoicesSearchQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::voice::VoiceListPage>> {
        self.rt.run(self.inner.search(query))
    }

    /// [`search_all`](crate::generated::voice::VoiceVoices::search_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn search_all(
        &self,
        query: &mistral_types::generated::voice::VoiceVoicesSearchQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::voice::VoiceResponseNext>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.search_all(query)?,
            rt: self.rt,
        })
    }
}
