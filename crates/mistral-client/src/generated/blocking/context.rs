// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `context` API group's handles (`client.context()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `context` API group (generated from the spec; cargo feature `context`), blocking.
    pub fn context(&self) -> Context<'_> {
        Context {
            inner: self.client.context(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Context`](crate::generated::context::Context): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Context<'a> {
    inner: crate::generated::context::Context<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Context<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Context").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Context => inner.core.opts);

impl<'a> Context<'a> {
    /// The `search_indexes` calls.
    pub fn search_indexes(&self) -> ContextSearchIndexes<'a> {
        ContextSearchIndexes {
            inner: self.inner.search_indexes(),
            rt: self.rt,
        }
    }
}

/// The blocking twin of [`ContextSearchIndexes`](crate::generated::context::ContextSearchIndexes): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ContextSearchIndexes<'a> {
    inner: crate::generated::context::ContextSearchIndexes<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ContextSearchIndexes<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ContextSearchIndexes")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ContextSearchIndexes => inner.core.opts);

impl<'a> ContextSearchIndexes<'a> {
    /// [`list`](crate::generated::context::ContextSearchIndexes::list), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list(
        &self,
        query: &mistral_types::generated::context::ContextSearchIndexesListQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::context::ListManagedIndexesResponse>> {
        self.rt.run(self.inner.list(query))
    }

    /// [`list_all`](crate::generated::context::ContextSearchIndexes::list_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_all(
        &self,
        query: &mistral_types::generated::context::ContextSearchIndexesListQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::context::ManagedIndexResponse>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_all(query)?,
            rt: self.rt,
        })
    }

    /// [`create`](crate::generated::context::ContextSearchIndexes::create), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create(
        &self,
        body: &mistral_types::generated::context::CreateManagedIndexRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::context::ManagedIndexResponse>> {
        self.rt.run(self.inner.create(body))
    }

    /// [`get`](crate::generated::context::ContextSearchIndexes::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        index_name: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::context::ManagedIndexResponse>> {
        self.rt.run(self.inner.get(index_name))
    }

    /// [`update`](crate::generated::context::ContextSearchIndexes::update), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::UpdateManagedIndexRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::context::ManagedIndexResponse>> {
        self.rt.run(self.inner.update(index_name, body))
    }

    /// [`delete`](crate::generated::context::ContextSearchIndexes::delete), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete(
        &self,
        index_name: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::context::DeleteManagedIndexResponse>> {
        self.rt.run(self.inner.delete(index_name))
    }

    /// [`get_chunk`](crate::generated::context::ContextSearchIndexes::get_chunk), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_chunk(
        &self,
        index_name: &str,
        chunk_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::context::NavigationResponse>> {
        self.rt.run(self.inner.get_chunk(index_name, chunk_id))
    }

    /// [`ingest_documents`](crate::generated::context::ContextSearchIndexes::ingest_documents), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn ingest_documents(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::IngestDocumentsRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::context::IngestDocumentsResponse>> {
        self.rt.run(self.inner.ingest_documents(index_name, body))
    }

    /// [`delete_documents`](crate::generated::context::ContextSearchIndexes::delete_documents), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_documents(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::DeleteDocumentsRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::context::DeleteDocumentsResponse>> {
        self.rt.run(self.inner.delete_documents(index_name, body))
    }

    /// [`grep`](crate::generated::context::ContextSearchIndexes::grep), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn grep(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::GrepRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::context::NavigationResponse>> {
        self.rt.run(self.inner.grep(index_name, body))
    }

    /// [`navigate`](crate::generated::context::ContextSearchIndexes::navigate), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn navigate(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::NavigateRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::context::NavigationResponse>> {
        self.rt.run(self.inner.navigate(index_name, body))
    }

    /// [`read`](crate::generated::context::ContextSearchIndexes::read), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn read(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::ReadRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::context::NavigationResponse>> {
        self.rt.run(self.inner.read(index_name, body))
    }

    /// [`search`](crate::generated::context::ContextSearchIndexes::search), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn search(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::SearchRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::context::SearchResponse>> {
        self.rt.run(self.inner.search(index_name, body))
    }

    /// [`get_index_summary`](crate::generated::context::ContextSearchIndexes::get_index_summary), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_index_summary(
        &self,
        language: &str,
        index_name: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::context::GetSummaryResponseSummary>> {
        self.rt.run(self.inner.get_index_summary(language, index_name))
    }

    /// [`generate_index_summary`](crate::generated::context::ContextSearchIndexes::generate_index_summary), into a blocking writer.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn generate_index_summary<W>(
        &self,
        language: &str,
        index_name: &str,
        query: &mistral_types::generated::context::ContextSearchIndexesGenerateIndexSummaryQuery,
        out: &mut W,
    ) -> crate::Result<crate::WithMeta<u64>>
    where
        W: std::io::Write + Send + ?Sized,
    {
        self.rt.run(
            self.inner
                .generate_index_summary_std(language, index_name, query, out),
        )
    }

    /// [`set_index_summary`](crate::generated::context::ContextSearchIndexes::set_index_summary), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn set_index_summary(
        &self,
        language: &str,
        index_name: &str,
        body: &mistral_types::generated::context::UpdateSummaryRequestSummary,
    ) -> crate::Result<crate::WithMeta<serde_json::Value>> {
        self.rt
            .run(self.inner.set_index_summary(language, index_name, body))
    }
}
