// generated from the spec by `cargo xtask codegen`: do not edit

impl<'a> super::Prompts<'a> {
    /// ListPrompts
    ///
    /// `GET /v2/prompts`: operation `prompts_list` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list(
        &self,
        query: &mistral_types::generated::prompts::PromptsListQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::prompts::ListPromptsResponse>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v2/prompts"), &query.to_query());
        let call = crate::pipeline::Call::bare("prompts_list", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list`](Self::list), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's cursor (the first page when unset), each next cursor read from the page before; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_all(
        &self,
        query: &mistral_types::generated::prompts::PromptsListQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::prompts::Prompt>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v2/prompts");
        let start = query.page_token.clone();
        let adapter = crate::paginate::Cursors::new(
            "prompts_list",
            start,
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.page_token = cursor.map(str::to_owned);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::prompts::ListPromptsResponse>| {
                let next = list.0.next_page_token.clone();
                (list.0.data.unwrap_or_default(), next, None)
            },
        );
        Ok(crate::Paginator::new(&self.core, adapter))
    }

    /// CreatePrompt
    ///
    /// `POST /v2/prompts`: operation `prompts_create` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create(
        &self,
        body: &mistral_types::generated::prompts::CreatePromptRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::prompts::Prompt>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v2/prompts");
        let call = crate::pipeline::Call::bare("prompts_create", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// GetPrompt
    ///
    /// `GET /v2/prompts/{prompt_id}`: operation `prompts_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        prompt_id: &str,
        query: &mistral_types::generated::prompts::PromptsGetQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::prompts::Prompt>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v2/prompts/{}",
                crate::pipeline::segment("prompt_id", prompt_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("prompts_get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// UpdatePrompt
    ///
    /// `PATCH /v2/prompts/{prompt_id}`: operation `prompts_update` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update(
        &self,
        prompt_id: &str,
        body: &mistral_types::generated::prompts::PromptsUpdateRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::prompts::Prompt>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v2/prompts/{}",
            crate::pipeline::segment("prompt_id", prompt_id)?
        );
        let call = crate::pipeline::Call::bare("prompts_update", http::Method::PATCH, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// DeletePrompt
    ///
    /// `DELETE /v2/prompts/{prompt_id}`: operation `prompts_delete` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete(
        &self,
        prompt_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::prompts::DeletePromptResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v2/prompts/{}",
            crate::pipeline::segment("prompt_id", prompt_id)?
        );
        let call = crate::pipeline::Call::bare("prompts_delete", http::Method::DELETE, path);
        crate::generated::json(&self.core, call).await
    }

    /// ListPromptVersions
    ///
    /// `GET /v2/prompts/{prompt_id}/versions`: operation `prompts_list_versions` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_versions(
        &self,
        prompt_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::prompts::ListPromptVersionsResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v2/prompts/{}/versions",
            crate::pipeline::segment("prompt_id", prompt_id)?
        );
        let call = crate::pipeline::Call::bare("prompts_list_versions", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// CreatePromptVersion
    ///
    /// `POST /v2/prompts/{prompt_id}/versions`: operation `prompts_create_version` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_version(
        &self,
        prompt_id: &str,
        body: &mistral_types::generated::prompts::PromptsCreateVersionRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::prompts::CreatePromptVersionResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v2/prompts/{}/versions",
            crate::pipeline::segment("prompt_id", prompt_id)?
        );
        let call =
            crate::pipeline::Call::bare("prompts_create_version", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// GetPromptVersion
    ///
    /// `GET /v2/prompts/{prompt_id}/versions/{version}`: operation `prompts_get_version` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_version(
        &self,
        prompt_id: &str,
        version: i64,
        query: &mistral_types::generated::prompts::PromptsGetVersionQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::prompts::Prompt>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v2/prompts/{}/versions/{}",
                crate::pipeline::segment("prompt_id", prompt_id)?,
                crate::pipeline::segment("version", &version.to_string())?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("prompts_get_version", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// UpdatePromptVersionMetadata
    ///
    /// `PATCH /v2/prompts/{prompt_id}/versions/{version}`: operation `prompts_update_version_metadata` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_version_metadata(
        &self,
        prompt_id: &str,
        version: i64,
        body: &mistral_types::generated::prompts::PromptsUpdateVersionMetadataRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::prompts::Prompt>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v2/prompts/{}/versions/{}",
            crate::pipeline::segment("prompt_id", prompt_id)?,
            crate::pipeline::segment("version", &version.to_string())?
        );
        let call = crate::pipeline::Call::bare("prompts_update_version_metadata", http::Method::PATCH, path)
            .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
