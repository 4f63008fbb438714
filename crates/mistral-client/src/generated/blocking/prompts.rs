// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `prompts` API group's handles (`client.prompts()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `prompts` API group (generated from the spec; cargo feature `prompts`), blocking.
    pub fn prompts(&self) -> Prompts<'_> {
        Prompts {
            inner: self.client.prompts(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Prompts`](crate::generated::prompts::Prompts): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Prompts<'a> {
    inner: crate::generated::prompts::Prompts<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Prompts<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Prompts").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Prompts => inner.core.opts);

impl<'a> Prompts<'a> {
    /// [`list`](crate::generated::prompts::Prompts::list), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list(
        &self,
        query: &mistral_types::generated::prompts::PromptsListQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::prompts::ListPromptsResponse>> {
        self.rt.run(self.inner.list(query))
    }

    /// [`list_all`](crate::generated::prompts::Prompts::list_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_all(
        &self,
        query: &mistral_types::generated::prompts::PromptsListQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::prompts::Prompt>> {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_all(query)?,
            rt: self.rt,
        })
    }

    /// [`create`](crate::generated::prompts::Prompts::create), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create(
        &self,
        body: &mistral_types::generated::prompts::CreatePromptRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::prompts::Prompt>> {
        self.rt.run(self.inner.create(body))
    }

    /// [`get`](crate::generated::prompts::Prompts::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        prompt_id: &str,
        query: &mistral_types::generated::prompts::PromptsGetQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::prompts::Prompt>> {
        self.rt.run(self.inner.get(prompt_id, query))
    }

    /// [`update`](crate::generated::prompts::Prompts::update), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update(
        &self,
        prompt_id: &str,
        body: &mistral_types::generated::prompts::PromptsUpdateRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::prompts::Prompt>> {
        self.rt.run(self.inner.update(prompt_id, body))
    }

    /// [`delete`](crate::generated::prompts::Prompts::delete), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete(
        &self,
        prompt_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::prompts::DeletePromptResponse>> {
        self.rt.run(self.inner.delete(prompt_id))
    }

    /// [`list_versions`](crate::generated::prompts::Prompts::list_versions), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_versions(
        &self,
        prompt_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::prompts::ListPromptVersionsResponse>> {
        self.rt.run(self.inner.list_versions(prompt_id))
    }

    /// [`create_version`](crate::generated::prompts::Prompts::create_version), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_version(
        &self,
        prompt_id: &str,
        body: &mistral_types::generated::prompts::PromptsCreateVersionRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::prompts::CreatePromptVersionResponse>> {
        self.rt.run(self.inner.create_version(prompt_id, body))
    }

    /// [`get_version`](crate::generated::prompts::Prompts::get_version), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_version(
        &self,
        prompt_id: &str,
        version: i64,
        query: &mistral_types::generated::prompts::PromptsGetVersionQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::prompts::Prompt>> {
        self.rt.run(self.inner.get_version(prompt_id, version, query))
    }

    /// [`update_version_metadata`](crate::generated::prompts::Prompts::update_version_metadata), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_version_metadata(
        &self,
        prompt_id: &str,
        version: i64,
        body: &mistral_types::generated::prompts::PromptsUpdateVersionMetadataRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::prompts::Prompt>> {
        self.rt
            .run(self.inner.update_version_metadata(prompt_id, version, body))
    }
}
