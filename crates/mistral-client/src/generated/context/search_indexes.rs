// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.context.search_indexes` tag: `client.context().search_indexes()`.
    ContextSearchIndexes
}

crate::pipeline::per_call_setters!(ContextSearchIndexes => core.opts);

impl<'a> super::ContextSearchIndexes<'a> {
    /// List managed indexes
    ///
    /// Lists all managed search indexes for the current workspace.
    ///
    /// `GET /v1/context/search-indexes`: operation `list_indexes_v1_context_search_indexes_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list(
        &self,
        query: &mistral_types::generated::context::ContextSearchIndexesListQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::context::ListManagedIndexesResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path =
            crate::generated::with_query(String::from("/v1/context/search-indexes"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "list_indexes_v1_context_search_indexes_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list`](Self::list), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's cursor (the first page when unset), each next cursor read from the page before; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_all(
        &self,
        query: &mistral_types::generated::context::ContextSearchIndexesListQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::context::ManagedIndexResponse>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/context/search-indexes");
        let start = query.page_token.clone();
        let adapter = crate::paginate::Cursors::new(
            "list_indexes_v1_context_search_indexes_get",
            start,
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.page_token = cursor.map(str::to_owned);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::context::ListManagedIndexesResponse>| {
                let next = list.0.next_page_token.clone();
                (list.0.data, next, None)
            },
        );
        Ok(crate::Paginator::new(&self.core, adapter))
    }

    /// Create a managed index
    ///
    /// Reserves a managed search index and starts asynchronous backing-table provisioning. Poll the returned Location until status is ready or failed.
    ///
    /// `POST /v1/context/search-indexes`: operation `create_index_v1_context_search_indexes_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create(
        &self,
        body: &mistral_types::generated::context::CreateManagedIndexRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::context::ManagedIndexResponse>>
    {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/context/search-indexes");
        let call = crate::pipeline::Call::bare(
            "create_index_v1_context_search_indexes_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get a managed index
    ///
    /// Returns the managed search index with the given name.
    ///
    /// `GET /v1/context/search-indexes/{index_name}`: operation `get_index_v1_context_search_indexes__index_name__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        index_name: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::context::ManagedIndexResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/context/search-indexes/{}",
            crate::pipeline::segment("index_name", index_name)?
        );
        let call = crate::pipeline::Call::bare(
            "get_index_v1_context_search_indexes__index_name__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Update a managed index schema
    ///
    /// Records a new schema for the managed search index and applies it asynchronously. The index keeps serving its current schema until the new one is on disk; poll it until status is ready. Additive only: the new schema must keep every field the current one has.
    ///
    /// `PUT /v1/context/search-indexes/{index_name}`: operation `update_index_v1_context_search_indexes__index_name__put` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::UpdateManagedIndexRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::context::ManagedIndexResponse>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/context/search-indexes/{}",
            crate::pipeline::segment("index_name", index_name)?
        );
        let call = crate::pipeline::Call::bare(
            "update_index_v1_context_search_indexes__index_name__put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete a managed index
    ///
    /// Marks the managed search index for deletion and returns it with status deleting. The backing table is dropped asynchronously; poll the index until it returns 404.
    ///
    /// `DELETE /v1/context/search-indexes/{index_name}`: operation `delete_index_v1_context_search_indexes__index_name__delete` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete(
        &self,
        index_name: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::context::DeleteManagedIndexResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/context/search-indexes/{}",
            crate::pipeline::segment("index_name", index_name)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_index_v1_context_search_indexes__index_name__delete",
            http::Method::DELETE,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get a single chunk by id
    ///
    /// Returns a single chunk by its canonical id. A 404 means no chunk with that id exists in the index.
    ///
    /// `GET /v1/context/search-indexes/{index_name}/chunks/{chunk_id}`: operation `get_chunk_index_v1_context_search_indexes__index_name__chunks__chunk_id__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_chunk(
        &self,
        index_name: &str,
        chunk_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::context::NavigationResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/context/search-indexes/{}/chunks/{}",
            crate::pipeline::segment("index_name", index_name)?,
            crate::pipeline::segment("chunk_id", chunk_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_chunk_index_v1_context_search_indexes__index_name__chunks__chunk_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Ingest documents into a managed index
    ///
    /// Validates and persists documents. Always returns 200; each document is reported as accepted or rejected in the response body.
    ///
    /// `POST /v1/context/search-indexes/{index_name}/documents`: operation `ingest_documents_v1_context_search_indexes__index_name__documents_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn ingest_documents(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::IngestDocumentsRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::context::IngestDocumentsResponse>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/context/search-indexes/{}/documents",
            crate::pipeline::segment("index_name", index_name)?
        );
        let call = crate::pipeline::Call::bare(
            "ingest_documents_v1_context_search_indexes__index_name__documents_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete documents from a managed index
    ///
    /// Deletes the given documents by id. Returns the ids actually removed and, in `missing`, any requested ids that were not present.
    ///
    /// `DELETE /v1/context/search-indexes/{index_name}/documents`: operation `delete_documents_v1_context_search_indexes__index_name__documents_delete` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_documents(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::DeleteDocumentsRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::context::DeleteDocumentsResponse>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/context/search-indexes/{}/documents",
            crate::pipeline::segment("index_name", index_name)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_documents_v1_context_search_indexes__index_name__documents_delete",
            http::Method::DELETE,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Grep for a pattern within a source
    ///
    /// Lexical substring match within a single source, in reading order. PHRASE mode matches the pattern literally (whitespace-sensitive, case-insensitive); TERM mode requires every whitespace-split token present in any order. A 200 with an empty list means the source exists but no chunk matched; a 404 means the source has no chunks at all.
    ///
    /// `POST /v1/context/search-indexes/{index_name}/grep`: operation `grep_index_v1_context_search_indexes__index_name__grep_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn grep(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::GrepRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::context::NavigationResponse>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/context/search-indexes/{}/grep",
            crate::pipeline::segment("index_name", index_name)?
        );
        let call = crate::pipeline::Call::bare(
            "grep_index_v1_context_search_indexes__index_name__grep_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Navigate to adjacent chunks
    ///
    /// Returns the chunks adjacent to a position within a source, in reading order. NEXT fetches chunks at or after the end offset; PREVIOUS fetches chunks before the start offset. A 200 with an empty list means the source exists but no chunk falls in the requested direction; a 404 means the source has no chunks at all.
    ///
    /// `POST /v1/context/search-indexes/{index_name}/navigate`: operation `navigate_index_v1_context_search_indexes__index_name__navigate_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn navigate(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::NavigateRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::context::NavigationResponse>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/context/search-indexes/{}/navigate",
            crate::pipeline::segment("index_name", index_name)?
        );
        let call = crate::pipeline::Call::bare(
            "navigate_index_v1_context_search_indexes__index_name__navigate_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Read chunks within a span
    ///
    /// Returns the chunks of a source whose span falls within \[start\_offset, end\_offset). Either bound may be omitted to leave that side open. A 200 with an empty list means the source exists but no chunk falls in the range; a 404 means the source has no chunks at all.
    ///
    /// `POST /v1/context/search-indexes/{index_name}/read`: operation `read_index_v1_context_search_indexes__index_name__read_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn read(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::ReadRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::context::NavigationResponse>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/context/search-indexes/{}/read",
            crate::pipeline::segment("index_name", index_name)?
        );
        let call = crate::pipeline::Call::bare(
            "read_index_v1_context_search_indexes__index_name__read_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Search a managed index
    ///
    /// Runs an approximate-nearest-neighbor vector search over the index and returns matching chunks, closest-first.
    ///
    /// `POST /v1/context/search-indexes/{index_name}/search`: operation `search_index_v1_context_search_indexes__index_name__search_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn search(
        &self,
        index_name: &str,
        body: &mistral_types::generated::context::SearchRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::context::SearchResponse>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/context/search-indexes/{}/search",
            crate::pipeline::segment("index_name", index_name)?
        );
        let call = crate::pipeline::Call::bare(
            "search_index_v1_context_search_indexes__index_name__search_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Managed Index Summary
    ///
    /// Retrieve the summary field for a managed index if it exists
    ///
    /// `GET /v1/context/search-indexes/{index_name}/summary_field/{language}`: operation `get_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_index_summary(
        &self,
        language: &str,
        index_name: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::context::GetSummaryResponseSummary>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/context/search-indexes/{}/summary_field/{}",
            crate::pipeline::segment("index_name", index_name)?,
            crate::pipeline::segment("language", language)?
        );
        let call = crate::pipeline::Call::bare(
            "get_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Generate a summary field for a managed index
    ///
    /// Streams a summary for the managed index in chunks of json.
    ///
    /// The first chunk contains metadata for the summary, the following contain
    /// chunks of 'content' that should be joined together to form a full summary.
    ///
    /// If force is true, regenerate the requested language even if a summary
    /// already exists.
    ///
    /// `POST /v1/context/search-indexes/{index_name}/summary_field/{language}`: operation `generate_managed_index_summary_post_v1_context_search_indexes__index_name__summary_field__language__post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// The answer's body (`application/x-ndjson`) is streamed into `out`; returns the number of bytes written.
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn generate_index_summary<W>(
        &self,
        language: &str,
        index_name: &str,
        query: &mistral_types::generated::context::ContextSearchIndexesGenerateIndexSummaryQuery,
        out: &mut W,
    ) -> crate::error::Result<crate::meta::WithMeta<u64>>
    where
        W: tokio::io::AsyncWrite + Unpin + Send + ?Sized,
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/context/search-indexes/{}/summary_field/{}",
                crate::pipeline::segment("index_name", index_name)?,
                crate::pipeline::segment("language", language)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("generate_managed_index_summary_post_v1_context_search_indexes__index_name__summary_field__language__post", http::Method::POST, path);
        crate::generated::write_into(&self.core, call, out).await
    }

    /// [`generate_index_summary`](Self::generate_index_summary) into a blocking writer (the blocking client's: the writes run on
    /// the caller's thread, which the blocking client blocks anyway).
    #[cfg(feature = "blocking")]
    pub(crate) async fn generate_index_summary_std<W>(
        &self,
        language: &str,
        index_name: &str,
        query: &mistral_types::generated::context::ContextSearchIndexesGenerateIndexSummaryQuery,
        out: &mut W,
    ) -> crate::error::Result<crate::meta::WithMeta<u64>>
    where
        W: std::io::Write + Send + ?Sized,
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/context/search-indexes/{}/summary_field/{}",
                crate::pipeline::segment("index_name", index_name)?,
                crate::pipeline::segment("language", language)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("generate_managed_index_summary_post_v1_context_search_indexes__index_name__summary_field__language__post", http::Method::POST, path);
        self.core
            .fetch_into(call, &mut crate::pipeline::StdWriter(out))
            .await
    }

    /// Set Managed Index Summary
    ///
    /// Update the summary field for a managed index
    ///
    /// `PUT /v1/context/search-indexes/{index_name}/summary_field/{language}`: operation `set_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__put` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn set_index_summary(
        &self,
        language: &str,
        index_name: &str,
        body: &mistral_types::generated::context::UpdateSummaryRequestSummary,
    ) -> crate::error::Result<crate::meta::WithMeta<serde_json::Value>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/context/search-indexes/{}/summary_field/{}",
            crate::pipeline::segment("index_name", index_name)?,
            crate::pipeline::segment("language", language)?
        );
        let call = crate::pipeline::Call::bare(
            "set_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
