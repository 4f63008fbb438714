// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `skills` API group's handles (`client.skills()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `skills` API group (generated from the spec; cargo feature `skills`), blocking.
    pub fn skills(&self) -> Skills<'_> {
        Skills {
            inner: self.client.skills(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Skills`](crate::generated::skills::Skills): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Skills<'a> {
    inner: crate::generated::skills::Skills<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Skills<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Skills").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Skills => inner.core.opts);

impl<'a> Skills<'a> {
    /// [`list`](crate::generated::skills::Skills::list), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list(
        &self,
        query: &mistral_types::generated::skills::SkillsListQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::skills::ListSkillsResponse>> {
        self.rt.run(self.inner.list(query))
    }

    /// [`list_all`](crate::generated::skills::Skills::list_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_all(
        &self,
        query: &mistral_types::generated::skills::SkillsListQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::skills::Skill>> {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_all(query)?,
            rt: self.rt,
        })
    }

    /// [`create`](crate::generated::skills::Skills::create), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create(
        &self,
        body: &mistral_types::generated::skills::CreateSkillRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::skills::Skill>> {
        self.rt.run(self.inner.create(body))
    }

    /// [`get`](crate::generated::skills::Skills::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        skill_id: &str,
        query: &mistral_types::generated::skills::SkillsGetQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::skills::Skill>> {
        self.rt.run(self.inner.get(skill_id, query))
    }

    /// [`update`](crate::generated::skills::Skills::update), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update(
        &self,
        skill_id: &str,
        body: &mistral_types::generated::skills::SkillsUpdateRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::skills::Skill>> {
        self.rt.run(self.inner.update(skill_id, body))
    }

    /// [`delete`](crate::generated::skills::Skills::delete), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete(
        &self,
        skill_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::skills::DeleteSkillResponse>> {
        self.rt.run(self.inner.delete(skill_id))
    }

    /// [`list_versions`](crate::generated::skills::Skills::list_versions), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_versions(
        &self,
        skill_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::skills::ListSkillVersionsResponse>> {
        self.rt.run(self.inner.list_versions(skill_id))
    }

    /// [`create_version`](crate::generated::skills::Skills::create_version), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_version(
        &self,
        skill_id: &str,
        body: &mistral_types::generated::skills::SkillsCreateVersionRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::skills::CreateSkillVersionResponse>> {
        self.rt.run(self.inner.create_version(skill_id, body))
    }

    /// [`get_version`](crate::generated::skills::Skills::get_version), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_version(
        &self,
        skill_id: &str,
        version: i64,
        query: &mistral_types::generated::skills::SkillsGetVersionQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::skills::Skill>> {
        self.rt.run(self.inner.get_version(skill_id, version, query))
    }

    /// [`update_version_metadata`](crate::generated::skills::Skills::update_version_metadata), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_version_metadata(
        &self,
        skill_id: &str,
        version: i64,
        body: &mistral_types::generated::skills::SkillsUpdateVersionMetadataRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::skills::Skill>> {
        self.rt
            .run(self.inner.update_version_metadata(skill_id, version, body))
    }
}
