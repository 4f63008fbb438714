// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.evaluations.projects` tag: `client.observability().evaluations().projects()`.
    ObservabilityEvaluationsProjects
}

crate::pipeline::per_call_setters!(ObservabilityEvaluationsProjects => core.opts);

impl<'a> super::ObservabilityEvaluationsProjects<'a> {
    /// List projects
    ///
    /// `GET /v1/observability/projects`: operation `get_projects_v1_observability_projects_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list(
        &self,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsProjectsListQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::Projects>> {
        query.validate()?;
        self.core.check_headers()?;
        let path =
            crate::generated::with_query(String::from("/v1/observability/projects"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "get_projects_v1_observability_projects_get",
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
        query: &mistral_types::generated::observability::ObservabilityEvaluationsProjectsListQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::observability::Project>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/observability/projects");
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "get_projects_v1_observability_projects_get",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::observability::Projects>| {
                (
                    list.0.projects.results.unwrap_or_default(),
                    u64::try_from(list.0.projects.count).ok(),
                )
            },
        ))
    }

    /// Get project by slug
    ///
    /// `GET /v1/observability/projects/{project_slug}`: operation `get_project_v1_observability_projects__project_slug__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        project_slug: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::Project>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/projects/{}",
            crate::pipeline::segment("project_slug", project_slug)?
        );
        let call = crate::pipeline::Call::bare(
            "get_project_v1_observability_projects__project_slug__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
