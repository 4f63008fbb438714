// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.spans` tag: `client.observability().spans()`.
    ObservabilitySpans
}

crate::pipeline::per_call_setters!(ObservabilitySpans => core.opts);

impl<'a> super::ObservabilitySpans<'a> {
    /// Aggregate spans
    ///
    /// `POST /v1/observability/spans/aggregate`: operation `aggregate_spans_v1_observability_spans_aggregate_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn aggregate_spans(
        &self,
        query: &mistral_types::generated::observability::ObservabilitySpansAggregateSpansQuery,
        body: &mistral_types::generated::observability::AggregationRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::Aggregation>>
    {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path = crate::generated::with_query(
            String::from("/v1/observability/spans/aggregate"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "aggregate_spans_v1_observability_spans_aggregate_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get span evaluation field definitions
    ///
    /// `GET /v1/observability/spans/evaluations/fields`: operation `get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_span_evaluation_fields(
        &self,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::GetSpanEvaluationFields>,
    > {
        self.core.check_headers()?;
        let path = String::from("/v1/observability/spans/evaluations/fields");
        let call = crate::pipeline::Call::bare(
            "get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get options for a span evaluation field
    ///
    /// `GET /v1/observability/spans/evaluations/fields/{field_name}/options`: operation `get_span_evaluation_field_options_v1_observability_spans_evaluations_fields__field_name__options_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_span_evaluation_field_options(
        &self,
        field_name: &str,
        query: &mistral_types::generated::observability::ObservabilitySpansGetSpanEvaluationFieldOptionsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::GetSpanEvaluationFieldOptions>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/spans/evaluations/fields/{}/options",
                crate::pipeline::segment("field_name", field_name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("get_span_evaluation_field_options_v1_observability_spans_evaluations_fields__field_name__options_get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Search span evaluations
    ///
    /// `POST /v1/observability/spans/evaluations/search`: operation `search_span_evaluations_v1_observability_spans_evaluations_search_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn search_span_evaluations(
        &self,
        query: &mistral_types::generated::observability::ObservabilitySpansSearchSpanEvaluationsQuery,
        body: &mistral_types::generated::observability::SpanEvaluationsRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::GetSpanEvaluations>,
    > {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path = crate::generated::with_query(
            String::from("/v1/observability/spans/evaluations/search"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "search_span_evaluations_v1_observability_spans_evaluations_search_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Search latest span evaluations
    ///
    /// `POST /v1/observability/spans/evaluations/search/latest`: operation `search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn search_latest_span_evaluations(
        &self,
        query: &mistral_types::generated::observability::ObservabilitySpansSearchLatestSpanEvaluationsQuery,
        body: &mistral_types::generated::observability::SpanEvaluationsRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::GetSpanEvaluations>,
    > {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path = crate::generated::with_query(
            String::from("/v1/observability/spans/evaluations/search/latest"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get span field definitions
    ///
    /// `GET /v1/observability/spans/fields`: operation `get_span_fields_v1_observability_spans_fields_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_span_fields(
        &self,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::GetSpanFields>>
    {
        self.core.check_headers()?;
        let path = String::from("/v1/observability/spans/fields");
        let call = crate::pipeline::Call::bare(
            "get_span_fields_v1_observability_spans_fields_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get options for a span field
    ///
    /// `GET /v1/observability/spans/fields/{field_name}/options`: operation `get_span_field_options_v1_observability_spans_fields__field_name__options_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_span_field_options(
        &self,
        field_name: &str,
        query: &mistral_types::generated::observability::ObservabilitySpansGetSpanFieldOptionsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::GetSpanFieldOptions>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/spans/fields/{}/options",
                crate::pipeline::segment("field_name", field_name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_span_field_options_v1_observability_spans_fields__field_name__options_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Search spans
    ///
    /// `POST /v1/observability/spans/search`: operation `search_spans_v1_observability_spans_search_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn search_spans(
        &self,
        query: &mistral_types::generated::observability::ObservabilitySpansSearchSpansQuery,
        body: &mistral_types::generated::observability::SpansRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::GetSpans>> {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path =
            crate::generated::with_query(String::from("/v1/observability/spans/search"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "search_spans_v1_observability_spans_search_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Search pipeline results
    ///
    /// `POST /v1/observability/pipeline-results/search`: operation `search_pipeline_results_v1_observability_pipeline_results_search_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn search_pipeline_results(
        &self,
        query: &mistral_types::generated::observability::ObservabilitySpansSearchPipelineResultsQuery,
        body: &mistral_types::generated::observability::PipelineResultsRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::GetPipelineResults>,
    > {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path = crate::generated::with_query(
            String::from("/v1/observability/pipeline-results/search"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "search_pipeline_results_v1_observability_pipeline_results_search_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Aggregate span evaluations
    ///
    /// `POST /v1/observability/spans/evaluations/aggregate`: operation `aggregate_span_evaluations_v1_observability_spans_evaluations_aggregate_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn aggregate_span_evaluations(
        &self,
        query: &mistral_types::generated::observability::ObservabilitySpansAggregateSpanEvaluationsQuery,
        body: &mistral_types::generated::observability::AggregationRequestNext,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::AggregationNext>>
    {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path = crate::generated::with_query(
            String::from("/v1/observability/spans/evaluations/aggregate"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "aggregate_span_evaluations_v1_observability_spans_evaluations_aggregate_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
