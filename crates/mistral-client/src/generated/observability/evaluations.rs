// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.evaluations` tag: `client.observability().evaluations()`.
    ObservabilityEvaluations
}

crate::pipeline::per_call_setters!(ObservabilityEvaluations => core.opts);

impl<'a> super::ObservabilityEvaluations<'a> {
    /// The `evaluations optimizations` calls.
    pub fn optimizations(&self) -> super::ObservabilityEvaluationsOptimizations<'a> {
        super::ObservabilityEvaluationsOptimizations::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `evaluations projects` calls.
    pub fn projects(&self) -> super::ObservabilityEvaluationsProjects<'a> {
        super::ObservabilityEvaluationsProjects::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `evaluations records` calls.
    pub fn records(&self) -> super::ObservabilityEvaluationsRecords<'a> {
        super::ObservabilityEvaluationsRecords::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `evaluations runs` calls.
    pub fn runs(&self) -> super::ObservabilityEvaluationsRuns<'a> {
        super::ObservabilityEvaluationsRuns::new(self.core.client).options(self.core.opts.clone())
    }

    /// Get evaluation by slug
    ///
    /// `GET /v1/observability/evaluations_v2/{evaluation_slug}`: operation `get_evaluation_v2_v1_observability_evaluations_v2__evaluation_slug__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        evaluation_slug: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::EvaluationV2>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/evaluations_v2/{}",
            crate::pipeline::segment("evaluation_slug", evaluation_slug)?
        );
        let call = crate::pipeline::Call::bare(
            "get_evaluation_v2_v1_observability_evaluations_v2__evaluation_slug__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// List pipelines
    ///
    /// `GET /v1/observability/pipelines`: operation `list_pipelines_v1_observability_pipelines_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_pipelines(
        &self,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsListPipelinesQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::PipelinesResponse>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path =
            crate::generated::with_query(String::from("/v1/observability/pipelines"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "list_pipelines_v1_observability_pipelines_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list_pipelines`](Self::list_pipelines), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's page (the API's first page, 1, when unset); each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_pipelines_all(
        &self,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsListPipelinesQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::observability::Pipeline>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/observability/pipelines");
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "list_pipelines_v1_observability_pipelines_get",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::observability::PipelinesResponse>| {
                (
                    list.0.pipelines.results.unwrap_or_default(),
                    u64::try_from(list.0.pipelines.count).ok(),
                )
            },
        ))
    }

    /// Create a pipeline
    ///
    /// `POST /v1/observability/pipelines`: operation `create_pipeline_v1_observability_pipelines_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_pipeline(
        &self,
        body: &mistral_types::generated::observability::CreatePipelineRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::Pipeline>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/observability/pipelines");
        let call = crate::pipeline::Call::bare(
            "create_pipeline_v1_observability_pipelines_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get a pipeline
    ///
    /// `GET /v1/observability/pipelines/{pipeline_id}`: operation `get_pipeline_v1_observability_pipelines__pipeline_id__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_pipeline(
        &self,
        pipeline_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::Pipeline>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/pipelines/{}",
            crate::pipeline::segment("pipeline_id", pipeline_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_pipeline_v1_observability_pipelines__pipeline_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Update a pipeline
    ///
    /// `PUT /v1/observability/pipelines/{pipeline_id}`: operation `update_pipeline_v1_observability_pipelines__pipeline_id__put` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_pipeline(
        &self,
        pipeline_id: &str,
        body: &mistral_types::generated::observability::UpdatePipelineRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::Pipeline>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/pipelines/{}",
            crate::pipeline::segment("pipeline_id", pipeline_id)?
        );
        let call = crate::pipeline::Call::bare(
            "update_pipeline_v1_observability_pipelines__pipeline_id__put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete a pipeline
    ///
    /// `DELETE /v1/observability/pipelines/{pipeline_id}`: operation `delete_pipeline_v1_observability_pipelines__pipeline_id__delete` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_pipeline(
        &self,
        pipeline_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/pipelines/{}",
            crate::pipeline::segment("pipeline_id", pipeline_id)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_pipeline_v1_observability_pipelines__pipeline_id__delete",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }

    /// List evaluations for a project
    ///
    /// `GET /v1/observability/projects/{project_slug}/evaluations_v2`: operation `get_project_evaluations_v2_v1_observability_projects__project_slug__evaluations_v2_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list(
        &self,
        project_slug: &str,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsListQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::EvaluationsV2>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/projects/{}/evaluations_v2",
                crate::pipeline::segment("project_slug", project_slug)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_project_evaluations_v2_v1_observability_projects__project_slug__evaluations_v2_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list`](Self::list), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's page (the API's first page, 1, when unset); each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_all(
        &self,
        project_slug: &str,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsListQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::observability::EvaluationV2>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = format!(
            "/v1/observability/projects/{}/evaluations_v2",
            crate::pipeline::segment("project_slug", project_slug)?
        );
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "get_project_evaluations_v2_v1_observability_projects__project_slug__evaluations_v2_get",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::observability::EvaluationsV2>| {
                (
                    list.0.evaluations.results.unwrap_or_default(),
                    u64::try_from(list.0.evaluations.count).ok(),
                )
            },
        ))
    }
}
