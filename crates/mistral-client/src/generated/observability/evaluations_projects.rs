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
