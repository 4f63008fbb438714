// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.evaluations.optimizations` tag: `client.observability().evaluations().optimizations()`.
    ObservabilityEvaluationsOptimizations
}

crate::pipeline::per_call_setters!(ObservabilityEvaluationsOptimizations => core.opts);

impl<'a> super::ObservabilityEvaluationsOptimizations<'a> {
    /// List optimizations with optional filters
    ///
    /// `GET /v1/observability/optimizations`: operation `list_optimizations_v1_observability_optimizations_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list(
        &self,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsOptimizationsListQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ListOptimizationsResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path =
            crate::generated::with_query(String::from("/v1/observability/optimizations"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "list_optimizations_v1_observability_optimizations_get",
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
        query: &mistral_types::generated::observability::ObservabilityEvaluationsOptimizationsListQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::observability::Optimization>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/observability/optimizations");
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "list_optimizations_v1_observability_optimizations_get",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<
                mistral_types::generated::observability::ListOptimizationsResponse,
            >| {
                (
                    list.0.optimizations.results.unwrap_or_default(),
                    u64::try_from(list.0.optimizations.count).ok(),
                )
            },
        ))
    }

    /// Get an optimization by id (with its anchored evaluation + project)
    ///
    /// `GET /v1/observability/optimizations/{optimization_id}`: operation `get_optimization_v1_observability_optimizations__optimization_id__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        optimization_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::OptimizationDetail>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/optimizations/{}",
            crate::pipeline::segment("optimization_id", optimization_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_optimization_v1_observability_optimizations__optimization_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// List an optimization's trials with their observation runs (paginated)
    ///
    /// `GET /v1/observability/optimizations/{optimization_id}/trials`: operation `list_optimization_trials_v1_observability_optimizations__optimization_id__trials_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_trials(
        &self,
        optimization_id: &str,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsOptimizationsListTrialsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ListOptimizationTrialsResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/optimizations/{}/trials",
                crate::pipeline::segment("optimization_id", optimization_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "list_optimization_trials_v1_observability_optimizations__optimization_id__trials_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list_trials`](Self::list_trials), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's page (the API's first page, 1, when unset); each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_trials_all(
        &self,
        optimization_id: &str,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsOptimizationsListTrialsQuery,
    ) -> crate::error::Result<
        crate::Paginator<mistral_types::generated::observability::OptimizationTrialWithObservations>,
    > {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = format!(
            "/v1/observability/optimizations/{}/trials",
            crate::pipeline::segment("optimization_id", optimization_id)?
        );
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "list_optimization_trials_v1_observability_optimizations__optimization_id__trials_get",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<
                mistral_types::generated::observability::ListOptimizationTrialsResponse,
            >| {
                (
                    list.0.trials.results.unwrap_or_default(),
                    u64::try_from(list.0.trials.count).ok(),
                )
            },
        ))
    }
}
