// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.judges` tag: `client.observability().judges()`.
    ObservabilityJudges
}

crate::pipeline::per_call_setters!(ObservabilityJudges => core.opts);

impl<'a> super::ObservabilityJudges<'a> {
    /// Get judges with optional filtering and search
    ///
    /// `GET /v1/observability/judges`: operation `get_judges_v1_observability_judges_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_judges(
        &self,
        query: &mistral_types::generated::observability::ObservabilityJudgesGetJudgesQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ListJudgesResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/observability/judges"), &query.to_query());
        let call =
            crate::pipeline::Call::bare("get_judges_v1_observability_judges_get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_judges`](Self::get_judges), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's page (the API's first page, 1, when unset); each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_judges_all(
        &self,
        query: &mistral_types::generated::observability::ObservabilityJudgesGetJudgesQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::observability::Judge>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/observability/judges");
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "get_judges_v1_observability_judges_get",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::observability::ListJudgesResponse>| {
                (
                    list.0.judges.results.unwrap_or_default(),
                    u64::try_from(list.0.judges.count).ok(),
                )
            },
        ))
    }

    /// Create a new judge
    ///
    /// `POST /v1/observability/judges`: operation `create_judge_v1_observability_judges_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_judge(
        &self,
        body: &mistral_types::generated::observability::CreateJudgeRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::Judge>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/observability/judges");
        let call = crate::pipeline::Call::bare(
            "create_judge_v1_observability_judges_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get judge by id
    ///
    /// `GET /v1/observability/judges/{judge_id}`: operation `get_judge_by_id_v1_observability_judges__judge_id__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_judge_by_id(
        &self,
        judge_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::Judge>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/judges/{}",
            crate::pipeline::segment("judge_id", judge_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_judge_by_id_v1_observability_judges__judge_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Update a judge
    ///
    /// `PUT /v1/observability/judges/{judge_id}`: operation `update_judge_v1_observability_judges__judge_id__put` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_judge(
        &self,
        judge_id: &str,
        body: &mistral_types::generated::observability::UpdateJudgeRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/judges/{}",
            crate::pipeline::segment("judge_id", judge_id)?
        );
        let call = crate::pipeline::Call::bare(
            "update_judge_v1_observability_judges__judge_id__put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }

    /// Delete a judge
    ///
    /// `DELETE /v1/observability/judges/{judge_id}`: operation `delete_judge_v1_observability_judges__judge_id__delete` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_judge(&self, judge_id: &str) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/judges/{}",
            crate::pipeline::segment("judge_id", judge_id)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_judge_v1_observability_judges__judge_id__delete",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }

    /// Run a saved judge on a conversation
    ///
    /// `POST /v1/observability/judges/{judge_id}/live-judging`: operation `judge_conversation_v1_observability_judges__judge_id__live_judging_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn conversation(
        &self,
        judge_id: &str,
        body: &mistral_types::generated::observability::JudgeConversationRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::JudgeOutput2>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/judges/{}/live-judging",
            crate::pipeline::segment("judge_id", judge_id)?
        );
        let call = crate::pipeline::Call::bare(
            "judge_conversation_v1_observability_judges__judge_id__live_judging_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
