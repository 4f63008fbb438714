// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.traces` tag: `client.observability().traces()`.
    ObservabilityTraces
}

crate::pipeline::per_call_setters!(ObservabilityTraces => core.opts);

impl<'a> super::ObservabilityTraces<'a> {
    /// Aggregate traces
    ///
    /// `POST /v1/observability/traces/aggregate`: operation `aggregate_traces_v1_observability_traces_aggregate_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn aggregate_traces(
        &self,
        query: &mistral_types::generated::observability::ObservabilityTracesAggregateTracesQuery,
        body: &mistral_types::generated::observability::AggregationRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::Aggregation>>
    {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path = crate::generated::with_query(
            String::from("/v1/observability/traces/aggregate"),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "aggregate_traces_v1_observability_traces_aggregate_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get trace field definitions
    ///
    /// `GET /v1/observability/traces/fields`: operation `get_trace_fields_v1_observability_traces_fields_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_trace_fields(
        &self,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::GetTraceFields>>
    {
        self.core.check_headers()?;
        let path = String::from("/v1/observability/traces/fields");
        let call = crate::pipeline::Call::bare(
            "get_trace_fields_v1_observability_traces_fields_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get options for a trace field
    ///
    /// `GET /v1/observability/traces/fields/{field_name}/options`: operation `get_trace_field_options_v1_observability_traces_fields__field_name__options_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_trace_field_options(
        &self,
        field_name: &str,
        query: &mistral_types::generated::observability::ObservabilityTracesGetTraceFieldOptionsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::GetTraceFieldOptions>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/traces/fields/{}/options",
                crate::pipeline::segment("field_name", field_name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_trace_field_options_v1_observability_traces_fields__field_name__options_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Search traces
    ///
    /// `POST /v1/observability/traces/search`: operation `search_traces_v1_observability_traces_search_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn search_traces(
        &self,
        query: &mistral_types::generated::observability::ObservabilityTracesSearchTracesQuery,
        body: &mistral_types::generated::observability::TracesRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::GetTraces>> {
        query.validate()?;
        let body = self.core.encode(body)?;
        let path =
            crate::generated::with_query(String::from("/v1/observability/traces/search"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "search_traces_v1_observability_traces_search_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get trace by id
    ///
    /// `GET /v1/observability/traces/{trace_id}`: operation `get_trace_by_id_v1_observability_traces__trace_id__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_trace_by_id(
        &self,
        trace_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::GetTrace>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/traces/{}",
            crate::pipeline::segment("trace_id", trace_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_trace_by_id_v1_observability_traces__trace_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get trace spans
    ///
    /// `GET /v1/observability/traces/{trace_id}/spans`: operation `get_trace_spans_v1_observability_traces__trace_id__spans_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_trace_spans(
        &self,
        trace_id: &str,
        query: &mistral_types::generated::observability::ObservabilityTracesGetTraceSpansQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::GetSpans>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/traces/{}/spans",
                crate::pipeline::segment("trace_id", trace_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_trace_spans_v1_observability_traces__trace_id__spans_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get span by id
    ///
    /// `GET /v1/observability/traces/{trace_id}/spans/{span_id}`: operation `get_span_by_id_v1_observability_traces__trace_id__spans__span_id__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_span_by_id(
        &self,
        trace_id: &str,
        span_id: &str,
        query: &mistral_types::generated::observability::ObservabilityTracesGetSpanByIdQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::GetSpan>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/traces/{}/spans/{}",
                crate::pipeline::segment("trace_id", trace_id)?,
                crate::pipeline::segment("span_id", span_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_span_by_id_v1_observability_traces__trace_id__spans__span_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
