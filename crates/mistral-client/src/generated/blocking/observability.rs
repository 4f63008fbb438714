// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `observability` API group's handles (`client.observability()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `observability` API group (generated from the spec; cargo feature `observability`), blocking.
    pub fn observability(&self) -> Observability<'_> {
        Observability {
            inner: self.client.observability(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Observability`](crate::generated::observability::Observability): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Observability<'a> {
    inner: crate::generated::observability::Observability<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Observability<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Observability")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(Observability => inner.core.opts);

impl<'a> Observability<'a> {
    /// The `campaigns` calls.
    pub fn campaigns(&self) -> ObservabilityCampaigns<'a> {
        ObservabilityCampaigns {
            inner: self.inner.campaigns(),
            rt: self.rt,
        }
    }

    /// The `chat_completion_events` calls.
    pub fn chat_completion_events(&self) -> ObservabilityChatCompletionEvents<'a> {
        ObservabilityChatCompletionEvents {
            inner: self.inner.chat_completion_events(),
            rt: self.rt,
        }
    }

    /// The `datasets` calls.
    pub fn datasets(&self) -> ObservabilityDatasets<'a> {
        ObservabilityDatasets {
            inner: self.inner.datasets(),
            rt: self.rt,
        }
    }

    /// The `evaluations` calls.
    pub fn evaluations(&self) -> ObservabilityEvaluations<'a> {
        ObservabilityEvaluations {
            inner: self.inner.evaluations(),
            rt: self.rt,
        }
    }

    /// The `judges` calls.
    pub fn judges(&self) -> ObservabilityJudges<'a> {
        ObservabilityJudges {
            inner: self.inner.judges(),
            rt: self.rt,
        }
    }

    /// The `logs` calls.
    pub fn logs(&self) -> ObservabilityLogs<'a> {
        ObservabilityLogs {
            inner: self.inner.logs(),
            rt: self.rt,
        }
    }

    /// The `spans` calls.
    pub fn spans(&self) -> ObservabilitySpans<'a> {
        ObservabilitySpans {
            inner: self.inner.spans(),
            rt: self.rt,
        }
    }

    /// The `traces` calls.
    pub fn traces(&self) -> ObservabilityTraces<'a> {
        ObservabilityTraces {
            inner: self.inner.traces(),
            rt: self.rt,
        }
    }
}

/// The blocking twin of [`ObservabilityCampaigns`](crate::generated::observability::ObservabilityCampaigns): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilityCampaigns<'a> {
    inner: crate::generated::observability::ObservabilityCampaigns<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilityCampaigns<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilityCampaigns")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilityCampaigns => inner.core.opts);

impl<'a> ObservabilityCampaigns<'a> {
    /// [`get_campaigns`](crate::generated::observability::ObservabilityCampaigns::get_campaigns), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_campaigns(
        &self,
        query: &mistral_types::generated::observability::ObservabilityCampaignsGetCampaignsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::ListCampaignsResponse>> {
        self.rt.run(self.inner.get_campaigns(query))
    }

    /// [`get_campaigns_all`](crate::generated::observability::ObservabilityCampaigns::get_campaigns_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_campaigns_all(
        &self,
        query: &mistral_types::generated::observability::ObservabilityCampaignsGetCampaignsQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::observability::Campaign>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_campaigns_all(query)?,
            rt: self.rt,
        })
    }

    /// [`create_campaign`](crate::generated::observability::ObservabilityCampaigns::create_campaign), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_campaign(
        &self,
        body: &mistral_types::generated::observability::CreateCampaignRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::Campaign>> {
        self.rt.run(self.inner.create_campaign(body))
    }

    /// [`get_campaign_by_id`](crate::generated::observability::ObservabilityCampaigns::get_campaign_by_id), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_campaign_by_id(
        &self,
        campaign_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::Campaign>> {
        self.rt.run(self.inner.get_campaign_by_id(campaign_id))
    }

    /// [`delete_campaign`](crate::generated::observability::ObservabilityCampaigns::delete_campaign), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_campaign(&self, campaign_id: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.delete_campaign(campaign_id))
    }

    /// [`get_campaign_selected_events`](crate::generated::observability::ObservabilityCampaigns::get_campaign_selected_events), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_campaign_selected_events(
        &self,
        campaign_id: &str,
        query: &mistral_types::generated::observability::ObservabilityCampaignsGetCampaignSelectedEventsQuery,
    ) -> crate::Result<
        crate::WithMeta<mistral_types::generated::observability::ListCampaignSelectedEventsResponse>,
    > {
        self.rt
            .run(self.inner.get_campaign_selected_events(campaign_id, query))
    }

    /// [`get_campaign_selected_events_all`](crate::generated::observability::ObservabilityCampaigns::get_campaign_selected_events_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_campaign_selected_events_all(
        &self,
        campaign_id: &str,
        query: &mistral_types::generated::observability::ObservabilityCampaignsGetCampaignSelectedEventsQuery,
    ) -> crate::Result<
        crate::blocking::Paginator<'a, mistral_types::generated::observability::ChatCompletionEventPreview>,
    > {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_campaign_selected_events_all(campaign_id, query)?,
            rt: self.rt,
        })
    }

    /// [`get_campaign_status_by_id`](crate::generated::observability::ObservabilityCampaigns::get_campaign_status_by_id), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_campaign_status_by_id(
        &self,
        campaign_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::FetchCampaignStatusResponse>>
    {
        self.rt.run(self.inner.get_campaign_status_by_id(campaign_id))
    }
}

/// The blocking twin of [`ObservabilityChatCompletionEvents`](crate::generated::observability::ObservabilityChatCompletionEvents): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilityChatCompletionEvents<'a> {
    inner: crate::generated::observability::ObservabilityChatCompletionEvents<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilityChatCompletionEvents<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilityChatCompletionEvents")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilityChatCompletionEvents => inner.core.opts);

impl<'a> ObservabilityChatCompletionEvents<'a> {
    /// The `chat_completion_events fields` calls.
    pub fn fields(&self) -> ObservabilityChatCompletionEventsFields<'a> {
        ObservabilityChatCompletionEventsFields {
            inner: self.inner.fields(),
            rt: self.rt,
        }
    }

    /// [`get_chat_completion_events`](crate::generated::observability::ObservabilityChatCompletionEvents::get_chat_completion_events), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_chat_completion_events(
        &self,
        query: &mistral_types::generated::observability::ObservabilityChatCompletionEventsGetChatCompletionEventsQuery,
        body: &mistral_types::generated::observability::SearchChatCompletionEventsRequest,
    ) -> crate::Result<
        crate::WithMeta<mistral_types::generated::observability::SearchChatCompletionEventsResponse>,
    > {
        self.rt.run(self.inner.get_chat_completion_events(query, body))
    }

    /// [`get_chat_completion_event_ids`](crate::generated::observability::ObservabilityChatCompletionEvents::get_chat_completion_event_ids), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_chat_completion_event_ids(
        &self,
        body: &mistral_types::generated::observability::SearchChatCompletionEventIdsRequest,
    ) -> crate::Result<
        crate::WithMeta<mistral_types::generated::observability::SearchChatCompletionEventIdsResponse>,
    > {
        self.rt.run(self.inner.get_chat_completion_event_ids(body))
    }

    /// [`get_chat_completion_event`](crate::generated::observability::ObservabilityChatCompletionEvents::get_chat_completion_event), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_chat_completion_event(
        &self,
        event_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::ChatCompletionEvent>> {
        self.rt.run(self.inner.get_chat_completion_event(event_id))
    }

    /// [`judge_chat_completion_event`](crate::generated::observability::ObservabilityChatCompletionEvents::judge_chat_completion_event), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn judge_chat_completion_event(
        &self,
        event_id: &str,
        body: &mistral_types::generated::observability::JudgeChatCompletionEventRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::JudgeOutput2>> {
        self.rt
            .run(self.inner.judge_chat_completion_event(event_id, body))
    }

    /// [`get_similar_chat_completion_events`](crate::generated::observability::ObservabilityChatCompletionEvents::get_similar_chat_completion_events), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_similar_chat_completion_events(
        &self,
        event_id: &str,
    ) -> crate::Result<
        crate::WithMeta<mistral_types::generated::observability::SearchChatCompletionEventsResponse>,
    > {
        self.rt
            .run(self.inner.get_similar_chat_completion_events(event_id))
    }
}

/// The blocking twin of [`ObservabilityChatCompletionEventsFields`](crate::generated::observability::ObservabilityChatCompletionEventsFields): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilityChatCompletionEventsFields<'a> {
    inner: crate::generated::observability::ObservabilityChatCompletionEventsFields<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilityChatCompletionEventsFields<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilityChatCompletionEventsFields")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilityChatCompletionEventsFields => inner.core.opts);

impl<'a> ObservabilityChatCompletionEventsFields<'a> {
    /// [`get_chat_completion_fields`](crate::generated::observability::ObservabilityChatCompletionEventsFields::get_chat_completion_fields), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_chat_completion_fields(
        &self,
    ) -> crate::Result<
        crate::WithMeta<mistral_types::generated::observability::ListChatCompletionFieldsResponse>,
    > {
        self.rt.run(self.inner.get_chat_completion_fields())
    }

    /// [`get_chat_completion_field_options`](crate::generated::observability::ObservabilityChatCompletionEventsFields::get_chat_completion_field_options), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_chat_completion_field_options(
        &self,
        field_name: &str,
        query: &mistral_types::generated::observability::ObservabilityChatCompletionEventsFieldsGetChatCompletionFieldOptionsQuery,
    ) -> crate::Result<
        crate::WithMeta<mistral_types::generated::observability::FetchChatCompletionFieldOptionsResponse>,
    > {
        self.rt
            .run(self.inner.get_chat_completion_field_options(field_name, query))
    }

    /// [`get_chat_completion_field_options_counts`](crate::generated::observability::ObservabilityChatCompletionEventsFields::get_chat_completion_field_options_counts), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_chat_completion_field_options_counts(
        &self,
        field_name: &str,
        body: &mistral_types::generated::observability::FetchFieldOptionCountsRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::FetchFieldOptionCountsResponse>>
    {
        self.rt.run(
            self.inner
                .get_chat_completion_field_options_counts(field_name, body),
        )
    }
}

/// The blocking twin of [`ObservabilityDatasets`](crate::generated::observability::ObservabilityDatasets): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilityDatasets<'a> {
    inner: crate::generated::observability::ObservabilityDatasets<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilityDatasets<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilityDatasets")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilityDatasets => inner.core.opts);

impl<'a> ObservabilityDatasets<'a> {
    /// The `datasets records` calls.
    pub fn records(&self) -> ObservabilityDatasetsRecords<'a> {
        ObservabilityDatasetsRecords {
            inner: self.inner.records(),
            rt: self.rt,
        }
    }

    /// [`get_datasets`](crate::generated::observability::ObservabilityDatasets::get_datasets), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_datasets(
        &self,
        query: &mistral_types::generated::observability::ObservabilityDatasetsGetDatasetsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::ListDatasetsResponse>> {
        self.rt.run(self.inner.get_datasets(query))
    }

    /// [`get_datasets_all`](crate::generated::observability::ObservabilityDatasets::get_datasets_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_datasets_all(
        &self,
        query: &mistral_types::generated::observability::ObservabilityDatasetsGetDatasetsQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::observability::DatasetPreview>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_datasets_all(query)?,
            rt: self.rt,
        })
    }

    /// [`create_dataset`](crate::generated::observability::ObservabilityDatasets::create_dataset), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_dataset(
        &self,
        body: &mistral_types::generated::observability::CreateDatasetRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::Dataset>> {
        self.rt.run(self.inner.create_dataset(body))
    }

    /// [`get_dataset_by_id`](crate::generated::observability::ObservabilityDatasets::get_dataset_by_id), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_dataset_by_id(
        &self,
        dataset_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::DatasetPreview>> {
        self.rt.run(self.inner.get_dataset_by_id(dataset_id))
    }

    /// [`update_dataset`](crate::generated::observability::ObservabilityDatasets::update_dataset), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_dataset(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::UpdateDatasetRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::DatasetPreview>> {
        self.rt.run(self.inner.update_dataset(dataset_id, body))
    }

    /// [`delete_dataset`](crate::generated::observability::ObservabilityDatasets::delete_dataset), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_dataset(&self, dataset_id: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.delete_dataset(dataset_id))
    }

    /// [`export_dataset_to_jsonl`](crate::generated::observability::ObservabilityDatasets::export_dataset_to_jsonl), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn export_dataset_to_jsonl(
        &self,
        dataset_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::ExportDatasetResponse>> {
        self.rt.run(self.inner.export_dataset_to_jsonl(dataset_id))
    }

    /// [`post_dataset_records_from_campaign`](crate::generated::observability::ObservabilityDatasets::post_dataset_records_from_campaign), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn post_dataset_records_from_campaign(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::ImportDatasetFromCampaignRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::DatasetImportTask>> {
        self.rt
            .run(self.inner.post_dataset_records_from_campaign(dataset_id, body))
    }

    /// [`post_dataset_records_from_dataset`](crate::generated::observability::ObservabilityDatasets::post_dataset_records_from_dataset), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn post_dataset_records_from_dataset(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::ImportDatasetFromDatasetRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::DatasetImportTask>> {
        self.rt
            .run(self.inner.post_dataset_records_from_dataset(dataset_id, body))
    }

    /// [`post_dataset_records_from_explorer`](crate::generated::observability::ObservabilityDatasets::post_dataset_records_from_explorer), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn post_dataset_records_from_explorer(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::ImportDatasetFromExplorerRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::DatasetImportTask>> {
        self.rt
            .run(self.inner.post_dataset_records_from_explorer(dataset_id, body))
    }

    /// [`post_dataset_records_from_file`](crate::generated::observability::ObservabilityDatasets::post_dataset_records_from_file), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn post_dataset_records_from_file(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::ImportDatasetFromFileRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::DatasetImportTask>> {
        self.rt
            .run(self.inner.post_dataset_records_from_file(dataset_id, body))
    }

    /// [`post_dataset_records_from_playground`](crate::generated::observability::ObservabilityDatasets::post_dataset_records_from_playground), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn post_dataset_records_from_playground(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::ImportDatasetFromPlaygroundRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::DatasetImportTask>> {
        self.rt
            .run(self.inner.post_dataset_records_from_playground(dataset_id, body))
    }

    /// [`get_dataset_records`](crate::generated::observability::ObservabilityDatasets::get_dataset_records), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_dataset_records(
        &self,
        dataset_id: &str,
        query: &mistral_types::generated::observability::ObservabilityDatasetsGetDatasetRecordsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::ListDatasetRecordsResponse>>
    {
        self.rt.run(self.inner.get_dataset_records(dataset_id, query))
    }

    /// [`get_dataset_records_all`](crate::generated::observability::ObservabilityDatasets::get_dataset_records_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_dataset_records_all(
        &self,
        dataset_id: &str,
        query: &mistral_types::generated::observability::ObservabilityDatasetsGetDatasetRecordsQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::observability::DatasetRecord>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_dataset_records_all(dataset_id, query)?,
            rt: self.rt,
        })
    }

    /// [`create_dataset_record`](crate::generated::observability::ObservabilityDatasets::create_dataset_record), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_dataset_record(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::CreateDatasetRecordRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::DatasetRecord>> {
        self.rt.run(self.inner.create_dataset_record(dataset_id, body))
    }

    /// [`get_dataset_import_tasks`](crate::generated::observability::ObservabilityDatasets::get_dataset_import_tasks), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_dataset_import_tasks(
        &self,
        dataset_id: &str,
        query: &mistral_types::generated::observability::ObservabilityDatasetsGetDatasetImportTasksQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::ListDatasetImportTasksResponse>>
    {
        self.rt
            .run(self.inner.get_dataset_import_tasks(dataset_id, query))
    }

    /// [`get_dataset_import_tasks_all`](crate::generated::observability::ObservabilityDatasets::get_dataset_import_tasks_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_dataset_import_tasks_all(
        &self,
        dataset_id: &str,
        query: &mistral_types::generated::observability::ObservabilityDatasetsGetDatasetImportTasksQuery,
    ) -> crate::Result<
        crate::blocking::Paginator<'a, mistral_types::generated::observability::DatasetImportTask>,
    > {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_dataset_import_tasks_all(dataset_id, query)?,
            rt: self.rt,
        })
    }

    /// [`get_dataset_import_task`](crate::generated::observability::ObservabilityDatasets::get_dataset_import_task), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_dataset_import_task(
        &self,
        dataset_id: &str,
        task_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::DatasetImportTask>> {
        self.rt
            .run(self.inner.get_dataset_import_task(dataset_id, task_id))
    }

    /// [`import_from_spans`](crate::generated::observability::ObservabilityDatasets::import_from_spans), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn import_from_spans(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::ImportDatasetFromSpansRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::DatasetImportTaskNext>> {
        self.rt.run(self.inner.import_from_spans(dataset_id, body))
    }
}

/// The blocking twin of [`ObservabilityDatasetsRecords`](crate::generated::observability::ObservabilityDatasetsRecords): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilityDatasetsRecords<'a> {
    inner: crate::generated::observability::ObservabilityDatasetsRecords<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilityDatasetsRecords<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilityDatasetsRecords")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilityDatasetsRecords => inner.core.opts);

impl<'a> ObservabilityDatasetsRecords<'a> {
    /// [`delete_dataset_records`](crate::generated::observability::ObservabilityDatasetsRecords::delete_dataset_records), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_dataset_records(
        &self,
        body: &mistral_types::generated::observability::DeleteDatasetRecordsRequest,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.delete_dataset_records(body))
    }

    /// [`get_dataset_record`](crate::generated::observability::ObservabilityDatasetsRecords::get_dataset_record), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_dataset_record(
        &self,
        dataset_record_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::DatasetRecord>> {
        self.rt.run(self.inner.get_dataset_record(dataset_record_id))
    }

    /// [`delete_dataset_record`](crate::generated::observability::ObservabilityDatasetsRecords::delete_dataset_record), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_dataset_record(&self, dataset_record_id: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.delete_dataset_record(dataset_record_id))
    }

    /// [`judge_dataset_record`](crate::generated::observability::ObservabilityDatasetsRecords::judge_dataset_record), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn judge_dataset_record(
        &self,
        dataset_record_id: &str,
        body: &mistral_types::generated::observability::JudgeDatasetRecordRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::JudgeOutput2>> {
        self.rt
            .run(self.inner.judge_dataset_record(dataset_record_id, body))
    }

    /// [`update_dataset_record_payload`](crate::generated::observability::ObservabilityDatasetsRecords::update_dataset_record_payload), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_dataset_record_payload(
        &self,
        dataset_record_id: &str,
        body: &mistral_types::generated::observability::UpdateDatasetRecordPayloadRequest,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt
            .run(self.inner.update_dataset_record_payload(dataset_record_id, body))
    }

    /// [`update_dataset_record_properties`](crate::generated::observability::ObservabilityDatasetsRecords::update_dataset_record_properties), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_dataset_record_properties(
        &self,
        dataset_record_id: &str,
        body: &mistral_types::generated::observability::UpdateDatasetRecordPropertiesRequest,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(
            self.inner
                .update_dataset_record_properties(dataset_record_id, body),
        )
    }
}

/// The blocking twin of [`ObservabilityEvaluations`](crate::generated::observability::ObservabilityEvaluations): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilityEvaluations<'a> {
    inner: crate::generated::observability::ObservabilityEvaluations<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilityEvaluations<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilityEvaluations")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilityEvaluations => inner.core.opts);

impl<'a> ObservabilityEvaluations<'a> {
    /// The `evaluations optimizations` calls.
    pub fn optimizations(&self) -> ObservabilityEvaluationsOptimizations<'a> {
        ObservabilityEvaluationsOptimizations {
            inner: self.inner.optimizations(),
            rt: self.rt,
        }
    }

    /// The `evaluations projects` calls.
    pub fn projects(&self) -> ObservabilityEvaluationsProjects<'a> {
        ObservabilityEvaluationsProjects {
            inner: self.inner.projects(),
            rt: self.rt,
        }
    }

    /// The `evaluations records` calls.
    pub fn records(&self) -> ObservabilityEvaluationsRecords<'a> {
        ObservabilityEvaluationsRecords {
            inner: self.inner.records(),
            rt: self.rt,
        }
    }

    /// The `evaluations runs` calls.
    pub fn runs(&self) -> ObservabilityEvaluationsRuns<'a> {
        ObservabilityEvaluationsRuns {
            inner: self.inner.runs(),
            rt: self.rt,
        }
    }

    /// [`get`](crate::generated::observability::ObservabilityEvaluations::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        evaluation_slug: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::EvaluationV2>> {
        self.rt.run(self.inner.get(evaluation_slug))
    }

    /// [`list_pipelines`](crate::generated::observability::ObservabilityEvaluations::list_pipelines), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_pipelines(
        &self,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsListPipelinesQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::PipelinesResponse>> {
        self.rt.run(self.inner.list_pipelines(query))
    }

    /// [`list_pipelines_all`](crate::generated::observability::ObservabilityEvaluations::list_pipelines_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_pipelines_all(
        &self,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsListPipelinesQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::observability::Pipeline>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_pipelines_all(query)?,
            rt: self.rt,
        })
    }

    /// [`create_pipeline`](crate::generated::observability::ObservabilityEvaluations::create_pipeline), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_pipeline(
        &self,
        body: &mistral_types::generated::observability::CreatePipelineRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::Pipeline>> {
        self.rt.run(self.inner.create_pipeline(body))
    }

    /// [`get_pipeline`](crate::generated::observability::ObservabilityEvaluations::get_pipeline), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_pipeline(
        &self,
        pipeline_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::Pipeline>> {
        self.rt.run(self.inner.get_pipeline(pipeline_id))
    }

    /// [`update_pipeline`](crate::generated::observability::ObservabilityEvaluations::update_pipeline), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_pipeline(
        &self,
        pipeline_id: &str,
        body: &mistral_types::generated::observability::UpdatePipelineRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::Pipeline>> {
        self.rt.run(self.inner.update_pipeline(pipeline_id, body))
    }

    /// [`delete_pipeline`](crate::generated::observability::ObservabilityEvaluations::delete_pipeline), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_pipeline(&self, pipeline_id: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.delete_pipeline(pipeline_id))
    }

    /// [`list`](crate::generated::observability::ObservabilityEvaluations::list), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list(
        &self,
        project_slug: &str,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsListQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::EvaluationsV2>> {
        self.rt.run(self.inner.list(project_slug, query))
    }

    /// [`list_all`](crate::generated::observability::ObservabilityEvaluations::list_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_all(
        &self,
        project_slug: &str,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsListQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::observability::EvaluationV2>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_all(project_slug, query)?,
            rt: self.rt,
        })
    }
}

/// The blocking twin of [`ObservabilityEvaluationsOptimizations`](crate::generated::observability::ObservabilityEvaluationsOptimizations): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilityEvaluationsOptimizations<'a> {
    inner: crate::generated::observability::ObservabilityEvaluationsOptimizations<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilityEvaluationsOptimizations<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilityEvaluationsOptimizations")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilityEvaluationsOptimizations => inner.core.opts);

impl<'a> ObservabilityEvaluationsOptimizations<'a> {
    /// [`list`](crate::generated::observability::ObservabilityEvaluationsOptimizations::list), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list(
        &self,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsOptimizationsListQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::ListOptimizationsResponse>>
    {
        self.rt.run(self.inner.list(query))
    }

    /// [`list_all`](crate::generated::observability::ObservabilityEvaluationsOptimizations::list_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_all(
        &self,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsOptimizationsListQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::observability::Optimization>>
    {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_all(query)?,
            rt: self.rt,
        })
    }

    /// [`get`](crate::generated::observability::ObservabilityEvaluationsOptimizations::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        optimization_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::OptimizationDetail>> {
        self.rt.run(self.inner.get(optimization_id))
    }

    /// [`list_trials`](crate::generated::observability::ObservabilityEvaluationsOptimizations::list_trials), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_trials(
        &self,
        optimization_id: &str,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsOptimizationsListTrialsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::ListOptimizationTrialsResponse>>
    {
        self.rt.run(self.inner.list_trials(optimization_id, query))
    }

    /// [`list_trials_all`](crate::generated::observability::ObservabilityEvaluationsOptimizations::list_trials_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_trials_all(
        &self,
        optimization_id: &str,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsOptimizationsListTrialsQuery,
    ) -> crate::Result<
        crate::blocking::Paginator<
            'a,
            mistral_types::generated::observability::OptimizationTrialWithObservations,
        >,
    > {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_trials_all(optimization_id, query)?,
            rt: self.rt,
        })
    }
}

/// The blocking twin of [`ObservabilityEvaluationsProjects`](crate::generated::observability::ObservabilityEvaluationsProjects): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilityEvaluationsProjects<'a> {
    inner: crate::generated::observability::ObservabilityEvaluationsProjects<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilityEvaluationsProjects<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilityEvaluationsProjects")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilityEvaluationsProjects => inner.core.opts);

impl<'a> ObservabilityEvaluationsProjects<'a> {
    /// [`list`](crate::generated::observability::ObservabilityEvaluationsProjects::list), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list(
        &self,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsProjectsListQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::Projects>> {
        self.rt.run(self.inner.list(query))
    }

    /// [`list_all`](crate::generated::observability::ObservabilityEvaluationsProjects::list_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_all(
        &self,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsProjectsListQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::observability::Project>> {
        Ok(crate::blocking::Paginator {
            inner: self.inner.list_all(query)?,
            rt: self.rt,
        })
    }

    /// [`get`](crate::generated::observability::ObservabilityEvaluationsProjects::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        project_slug: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::Project>> {
        self.rt.run(self.inner.get(project_slug))
    }
}

/// The blocking twin of [`ObservabilityEvaluationsRecords`](crate::generated::observability::ObservabilityEvaluationsRecords): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilityEvaluationsRecords<'a> {
    inner: crate::generated::observability::ObservabilityEvaluationsRecords<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilityEvaluationsRecords<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilityEvaluationsRecords")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilityEvaluationsRecords => inner.core.opts);

impl<'a> ObservabilityEvaluationsRecords<'a> {
    /// [`search`](crate::generated::observability::ObservabilityEvaluationsRecords::search), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn search(
        &self,
        run_id: &str,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsRecordsSearchQuery,
        body: &mistral_types::generated::observability::EvaluationRunRecordFilterInput,
    ) -> crate::Result<
        crate::WithMeta<mistral_types::generated::observability::ListEvaluationRunRecordsResponse>,
    > {
        self.rt.run(self.inner.search(run_id, query, body))
    }

    /// [`get`](crate::generated::observability::ObservabilityEvaluationsRecords::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        run_id: &str,
        record_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::EvaluationRunRecordV2Response>>
    {
        self.rt.run(self.inner.get(run_id, record_id))
    }
}

/// The blocking twin of [`ObservabilityEvaluationsRuns`](crate::generated::observability::ObservabilityEvaluationsRuns): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilityEvaluationsRuns<'a> {
    inner: crate::generated::observability::ObservabilityEvaluationsRuns<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilityEvaluationsRuns<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilityEvaluationsRuns")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilityEvaluationsRuns => inner.core.opts);

impl<'a> ObservabilityEvaluationsRuns<'a> {
    /// [`search_all`](crate::generated::observability::ObservabilityEvaluationsRuns::search_all), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn search_all(
        &self,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsRunsSearchAllQuery,
        body: &mistral_types::generated::observability::EvaluationRunFilterInput,
    ) -> crate::Result<
        crate::WithMeta<mistral_types::generated::observability::SearchAllEvaluationRunsResponse>,
    > {
        self.rt.run(self.inner.search_all(query, body))
    }

    /// [`get`](crate::generated::observability::ObservabilityEvaluationsRuns::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        run_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::EvaluationRunV2Response>>
    {
        self.rt.run(self.inner.get(run_id))
    }

    /// [`get_statistics`](crate::generated::observability::ObservabilityEvaluationsRuns::get_statistics), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_statistics(
        &self,
        run_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::RunStatisticsResponse>> {
        self.rt.run(self.inner.get_statistics(run_id))
    }

    /// [`compute_statistics`](crate::generated::observability::ObservabilityEvaluationsRuns::compute_statistics), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn compute_statistics(
        &self,
        run_id: &str,
        body: &mistral_types::generated::observability::EvaluationRunRecordFilterInput,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::RunStatisticsResponse>> {
        self.rt.run(self.inner.compute_statistics(run_id, body))
    }

    /// [`search`](crate::generated::observability::ObservabilityEvaluationsRuns::search), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn search(
        &self,
        evaluation_slug: &str,
        query: &mistral_types::generated::observability::ObservabilityEvaluationsRunsSearchQuery,
        body: &mistral_types::generated::observability::EvaluationRunFilterInput,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::ListEvaluationRunsResponse>>
    {
        self.rt.run(self.inner.search(evaluation_slug, query, body))
    }
}

/// The blocking twin of [`ObservabilityJudges`](crate::generated::observability::ObservabilityJudges): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilityJudges<'a> {
    inner: crate::generated::observability::ObservabilityJudges<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilityJudges<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilityJudges")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilityJudges => inner.core.opts);

impl<'a> ObservabilityJudges<'a> {
    /// [`get_judges`](crate::generated::observability::ObservabilityJudges::get_judges), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_judges(
        &self,
        query: &mistral_types::generated::observability::ObservabilityJudgesGetJudgesQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::ListJudgesResponse>> {
        self.rt.run(self.inner.get_judges(query))
    }

    /// [`get_judges_all`](crate::generated::observability::ObservabilityJudges::get_judges_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_judges_all(
        &self,
        query: &mistral_types::generated::observability::ObservabilityJudgesGetJudgesQuery,
    ) -> crate::Result<crate::blocking::Paginator<'a, mistral_types::generated::observability::Judge>> {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_judges_all(query)?,
            rt: self.rt,
        })
    }

    /// [`create_judge`](crate::generated::observability::ObservabilityJudges::create_judge), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create_judge(
        &self,
        body: &mistral_types::generated::observability::CreateJudgeRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::Judge>> {
        self.rt.run(self.inner.create_judge(body))
    }

    /// [`get_judge_by_id`](crate::generated::observability::ObservabilityJudges::get_judge_by_id), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_judge_by_id(
        &self,
        judge_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::Judge>> {
        self.rt.run(self.inner.get_judge_by_id(judge_id))
    }

    /// [`update_judge`](crate::generated::observability::ObservabilityJudges::update_judge), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_judge(
        &self,
        judge_id: &str,
        body: &mistral_types::generated::observability::UpdateJudgeRequest,
    ) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.update_judge(judge_id, body))
    }

    /// [`delete_judge`](crate::generated::observability::ObservabilityJudges::delete_judge), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete_judge(&self, judge_id: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.delete_judge(judge_id))
    }

    /// [`conversation`](crate::generated::observability::ObservabilityJudges::conversation), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn conversation(
        &self,
        judge_id: &str,
        body: &mistral_types::generated::observability::JudgeConversationRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::JudgeOutput2>> {
        self.rt.run(self.inner.conversation(judge_id, body))
    }
}

/// The blocking twin of [`ObservabilityLogs`](crate::generated::observability::ObservabilityLogs): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilityLogs<'a> {
    inner: crate::generated::observability::ObservabilityLogs<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilityLogs<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilityLogs")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilityLogs => inner.core.opts);

impl<'a> ObservabilityLogs<'a> {
    /// [`get_log_fields`](crate::generated::observability::ObservabilityLogs::get_log_fields), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_log_fields(
        &self,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetLogFields>> {
        self.rt.run(self.inner.get_log_fields())
    }

    /// [`get_log_field_options`](crate::generated::observability::ObservabilityLogs::get_log_field_options), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_log_field_options(
        &self,
        field_name: &str,
        query: &mistral_types::generated::observability::ObservabilityLogsGetLogFieldOptionsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetLogFieldOptions>> {
        self.rt.run(self.inner.get_log_field_options(field_name, query))
    }

    /// [`search_logs`](crate::generated::observability::ObservabilityLogs::search_logs), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn search_logs(
        &self,
        query: &mistral_types::generated::observability::ObservabilityLogsSearchLogsQuery,
        body: &mistral_types::generated::observability::LogsRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetLogs>> {
        self.rt.run(self.inner.search_logs(query, body))
    }
}

/// The blocking twin of [`ObservabilitySpans`](crate::generated::observability::ObservabilitySpans): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilitySpans<'a> {
    inner: crate::generated::observability::ObservabilitySpans<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilitySpans<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilitySpans")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilitySpans => inner.core.opts);

impl<'a> ObservabilitySpans<'a> {
    /// [`aggregate_spans`](crate::generated::observability::ObservabilitySpans::aggregate_spans), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn aggregate_spans(
        &self,
        query: &mistral_types::generated::observability::ObservabilitySpansAggregateSpansQuery,
        body: &mistral_types::generated::observability::AggregationRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::Aggregation>> {
        self.rt.run(self.inner.aggregate_spans(query, body))
    }

    /// [`get_span_evaluation_fields`](crate::generated::observability::ObservabilitySpans::get_span_evaluation_fields), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_span_evaluation_fields(
        &self,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetSpanEvaluationFields>>
    {
        self.rt.run(self.inner.get_span_evaluation_fields())
    }

    /// [`get_span_evaluation_field_options`](crate::generated::observability::ObservabilitySpans::get_span_evaluation_field_options), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_span_evaluation_field_options(
        &self,
        field_name: &str,
        query: &mistral_types::generated::observability::ObservabilitySpansGetSpanEvaluationFieldOptionsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetSpanEvaluationFieldOptions>>
    {
        self.rt
            .run(self.inner.get_span_evaluation_field_options(field_name, query))
    }

    /// [`search_span_evaluations`](crate::generated::observability::ObservabilitySpans::search_span_evaluations), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn search_span_evaluations(
        &self,
        query: &mistral_types::generated::observability::ObservabilitySpansSearchSpanEvaluationsQuery,
        body: &mistral_types::generated::observability::SpanEvaluationsRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetSpanEvaluations>> {
        self.rt.run(self.inner.search_span_evaluations(query, body))
    }

    /// [`search_latest_span_evaluations`](crate::generated::observability::ObservabilitySpans::search_latest_span_evaluations), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn search_latest_span_evaluations(
        &self,
        query: &mistral_types::generated::observability::ObservabilitySpansSearchLatestSpanEvaluationsQuery,
        body: &mistral_types::generated::observability::SpanEvaluationsRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetSpanEvaluations>> {
        self.rt
            .run(self.inner.search_latest_span_evaluations(query, body))
    }

    /// [`get_span_fields`](crate::generated::observability::ObservabilitySpans::get_span_fields), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_span_fields(
        &self,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetSpanFields>> {
        self.rt.run(self.inner.get_span_fields())
    }

    /// [`get_span_field_options`](crate::generated::observability::ObservabilitySpans::get_span_field_options), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_span_field_options(
        &self,
        field_name: &str,
        query: &mistral_types::generated::observability::ObservabilitySpansGetSpanFieldOptionsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetSpanFieldOptions>> {
        self.rt.run(self.inner.get_span_field_options(field_name, query))
    }

    /// [`search_spans`](crate::generated::observability::ObservabilitySpans::search_spans), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn search_spans(
        &self,
        query: &mistral_types::generated::observability::ObservabilitySpansSearchSpansQuery,
        body: &mistral_types::generated::observability::SpansRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetSpans>> {
        self.rt.run(self.inner.search_spans(query, body))
    }

    /// [`search_pipeline_results`](crate::generated::observability::ObservabilitySpans::search_pipeline_results), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn search_pipeline_results(
        &self,
        query: &mistral_types::generated::observability::ObservabilitySpansSearchPipelineResultsQuery,
        body: &mistral_types::generated::observability::PipelineResultsRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetPipelineResults>> {
        self.rt.run(self.inner.search_pipeline_results(query, body))
    }

    /// [`aggregate_span_evaluations`](crate::generated::observability::ObservabilitySpans::aggregate_span_evaluations), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn aggregate_span_evaluations(
        &self,
        query: &mistral_types::generated::observability::ObservabilitySpansAggregateSpanEvaluationsQuery,
        body: &mistral_types::generated::observability::AggregationRequestNext,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::AggregationNext>> {
        self.rt.run(self.inner.aggregate_span_evaluations(query, body))
    }
}

/// The blocking twin of [`ObservabilityTraces`](crate::generated::observability::ObservabilityTraces): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct ObservabilityTraces<'a> {
    inner: crate::generated::observability::ObservabilityTraces<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for ObservabilityTraces<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ObservabilityTraces")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(ObservabilityTraces => inner.core.opts);

impl<'a> ObservabilityTraces<'a> {
    /// [`aggregate_traces`](crate::generated::observability::ObservabilityTraces::aggregate_traces), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn aggregate_traces(
        &self,
        query: &mistral_types::generated::observability::ObservabilityTracesAggregateTracesQuery,
        body: &mistral_types::generated::observability::AggregationRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::Aggregation>> {
        self.rt.run(self.inner.aggregate_traces(query, body))
    }

    /// [`get_trace_fields`](crate::generated::observability::ObservabilityTraces::get_trace_fields), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_trace_fields(
        &self,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetTraceFields>> {
        self.rt.run(self.inner.get_trace_fields())
    }

    /// [`get_trace_field_options`](crate::generated::observability::ObservabilityTraces::get_trace_field_options), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_trace_field_options(
        &self,
        field_name: &str,
        query: &mistral_types::generated::observability::ObservabilityTracesGetTraceFieldOptionsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetTraceFieldOptions>> {
        self.rt.run(self.inner.get_trace_field_options(field_name, query))
    }

    /// [`search_traces`](crate::generated::observability::ObservabilityTraces::search_traces), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn search_traces(
        &self,
        query: &mistral_types::generated::observability::ObservabilityTracesSearchTracesQuery,
        body: &mistral_types::generated::observability::TracesRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetTraces>> {
        self.rt.run(self.inner.search_traces(query, body))
    }

    /// [`get_trace_by_id`](crate::generated::observability::ObservabilityTraces::get_trace_by_id), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_trace_by_id(
        &self,
        trace_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetTrace>> {
        self.rt.run(self.inner.get_trace_by_id(trace_id))
    }

    /// [`get_trace_spans`](crate::generated::observability::ObservabilityTraces::get_trace_spans), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_trace_spans(
        &self,
        trace_id: &str,
        query: &mistral_types::generated::observability::ObservabilityTracesGetTraceSpansQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetSpans>> {
        self.rt.run(self.inner.get_trace_spans(trace_id, query))
    }

    /// [`get_span_by_id`](crate::generated::observability::ObservabilityTraces::get_span_by_id), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_span_by_id(
        &self,
        trace_id: &str,
        span_id: &str,
        query: &mistral_types::generated::observability::ObservabilityTracesGetSpanByIdQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::observability::GetSpan>> {
        self.rt.run(self.inner.get_span_by_id(trace_id, span_id, query))
    }
}
