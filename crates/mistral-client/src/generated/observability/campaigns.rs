// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.campaigns` tag: `client.observability().campaigns()`.
    ObservabilityCampaigns
}

crate::pipeline::per_call_setters!(ObservabilityCampaigns => core.opts);

impl<'a> super::ObservabilityCampaigns<'a> {
    /// Get all campaigns
    ///
    /// `GET /v1/observability/campaigns`: operation `get_campaigns_v1_observability_campaigns_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_campaigns(
        &self,
        query: &mistral_types::generated::observability::ObservabilityCampaignsGetCampaignsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ListCampaignsResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path =
            crate::generated::with_query(String::from("/v1/observability/campaigns"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "get_campaigns_v1_observability_campaigns_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_campaigns`](Self::get_campaigns), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's page (the API's first page, 1, when unset); each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_campaigns_all(
        &self,
        query: &mistral_types::generated::observability::ObservabilityCampaignsGetCampaignsQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::observability::Campaign>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/observability/campaigns");
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "get_campaigns_v1_observability_campaigns_get",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::observability::ListCampaignsResponse>| {
                (
                    list.0.campaigns.results.unwrap_or_default(),
                    u64::try_from(list.0.campaigns.count).ok(),
                )
            },
        ))
    }

    /// Create and start a new campaign
    ///
    /// `POST /v1/observability/campaigns`: operation `create_campaign_v1_observability_campaigns_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_campaign(
        &self,
        body: &mistral_types::generated::observability::CreateCampaignRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::Campaign>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/observability/campaigns");
        let call = crate::pipeline::Call::bare(
            "create_campaign_v1_observability_campaigns_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get campaign by id
    ///
    /// `GET /v1/observability/campaigns/{campaign_id}`: operation `get_campaign_by_id_v1_observability_campaigns__campaign_id__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_campaign_by_id(
        &self,
        campaign_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::Campaign>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/campaigns/{}",
            crate::pipeline::segment("campaign_id", campaign_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_campaign_by_id_v1_observability_campaigns__campaign_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Delete a campaign
    ///
    /// `DELETE /v1/observability/campaigns/{campaign_id}`: operation `delete_campaign_v1_observability_campaigns__campaign_id__delete` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_campaign(
        &self,
        campaign_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/campaigns/{}",
            crate::pipeline::segment("campaign_id", campaign_id)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_campaign_v1_observability_campaigns__campaign_id__delete",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }

    /// Get event ids that were selected by the given campaign
    ///
    /// `GET /v1/observability/campaigns/{campaign_id}/selected-events`: operation `get_campaign_selected_events_v1_observability_campaigns__campaign_id__selected_events_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_campaign_selected_events(
        &self,
        campaign_id: &str,
        query: &mistral_types::generated::observability::ObservabilityCampaignsGetCampaignSelectedEventsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ListCampaignSelectedEventsResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/campaigns/{}/selected-events",
                crate::pipeline::segment("campaign_id", campaign_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_campaign_selected_events_v1_observability_campaigns__campaign_id__selected_events_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_campaign_selected_events`](Self::get_campaign_selected_events), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's page (the API's first page, 1, when unset); each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_campaign_selected_events_all(
        &self,
        campaign_id: &str,
        query: &mistral_types::generated::observability::ObservabilityCampaignsGetCampaignSelectedEventsQuery,
    ) -> crate::error::Result<
        crate::Paginator<mistral_types::generated::observability::ChatCompletionEventPreview>,
    > {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = format!(
            "/v1/observability/campaigns/{}/selected-events",
            crate::pipeline::segment("campaign_id", campaign_id)?
        );
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "get_campaign_selected_events_v1_observability_campaigns__campaign_id__selected_events_get",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<
                mistral_types::generated::observability::ListCampaignSelectedEventsResponse,
            >| {
                (
                    list.0.completion_events.results.unwrap_or_default(),
                    u64::try_from(list.0.completion_events.count).ok(),
                )
            },
        ))
    }

    /// Get campaign status by campaign id
    ///
    /// `GET /v1/observability/campaigns/{campaign_id}/status`: operation `get_campaign_status_by_id_v1_observability_campaigns__campaign_id__status_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_campaign_status_by_id(
        &self,
        campaign_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::FetchCampaignStatusResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/campaigns/{}/status",
            crate::pipeline::segment("campaign_id", campaign_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_campaign_status_by_id_v1_observability_campaigns__campaign_id__status_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
