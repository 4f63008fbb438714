// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.datasets` tag: `client.observability().datasets()`.
    ObservabilityDatasets
}

crate::pipeline::per_call_setters!(ObservabilityDatasets => core.opts);

impl<'a> super::ObservabilityDatasets<'a> {
    /// The `datasets records` calls.
    pub fn records(&self) -> super::ObservabilityDatasetsRecords<'a> {
        super::ObservabilityDatasetsRecords::new(self.core.client).options(self.core.opts.clone())
    }

    /// List existing datasets
    ///
    /// `GET /v1/observability/datasets`: operation `get_datasets_v1_observability_datasets_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_datasets(
        &self,
        query: &mistral_types::generated::observability::ObservabilityDatasetsGetDatasetsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ListDatasetsResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path =
            crate::generated::with_query(String::from("/v1/observability/datasets"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "get_datasets_v1_observability_datasets_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_datasets`](Self::get_datasets), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's page (the API's first page, 1, when unset); each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_datasets_all(
        &self,
        query: &mistral_types::generated::observability::ObservabilityDatasetsGetDatasetsQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::observability::DatasetPreview>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/observability/datasets");
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "get_datasets_v1_observability_datasets_get",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::observability::ListDatasetsResponse>| {
                (
                    list.0.datasets.results.unwrap_or_default(),
                    u64::try_from(list.0.datasets.count).ok(),
                )
            },
        ))
    }

    /// Create a new empty dataset
    ///
    /// `POST /v1/observability/datasets`: operation `create_dataset_v1_observability_datasets_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_dataset(
        &self,
        body: &mistral_types::generated::observability::CreateDatasetRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::Dataset>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/observability/datasets");
        let call = crate::pipeline::Call::bare(
            "create_dataset_v1_observability_datasets_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get dataset by id
    ///
    /// `GET /v1/observability/datasets/{dataset_id}`: operation `get_dataset_by_id_v1_observability_datasets__dataset_id__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_dataset_by_id(
        &self,
        dataset_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::DatasetPreview>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/datasets/{}",
            crate::pipeline::segment("dataset_id", dataset_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_dataset_by_id_v1_observability_datasets__dataset_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Patch dataset
    ///
    /// `PATCH /v1/observability/datasets/{dataset_id}`: operation `update_dataset_v1_observability_datasets__dataset_id__patch` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_dataset(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::UpdateDatasetRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::DatasetPreview>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/datasets/{}",
            crate::pipeline::segment("dataset_id", dataset_id)?
        );
        let call = crate::pipeline::Call::bare(
            "update_dataset_v1_observability_datasets__dataset_id__patch",
            http::Method::PATCH,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete a dataset
    ///
    /// `DELETE /v1/observability/datasets/{dataset_id}`: operation `delete_dataset_v1_observability_datasets__dataset_id__delete` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_dataset(&self, dataset_id: &str) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/datasets/{}",
            crate::pipeline::segment("dataset_id", dataset_id)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_dataset_v1_observability_datasets__dataset_id__delete",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }

    /// Export to the Files API and retrieve presigned URL to download the resulting JSONL file
    ///
    /// `GET /v1/observability/datasets/{dataset_id}/exports/to-jsonl`: operation `export_dataset_to_jsonl_v1_observability_datasets__dataset_id__exports_to_jsonl_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn export_dataset_to_jsonl(
        &self,
        dataset_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ExportDatasetResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/datasets/{}/exports/to-jsonl",
            crate::pipeline::segment("dataset_id", dataset_id)?
        );
        let call = crate::pipeline::Call::bare(
            "export_dataset_to_jsonl_v1_observability_datasets__dataset_id__exports_to_jsonl_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Populate the dataset with records from a campaign
    ///
    /// `POST /v1/observability/datasets/{dataset_id}/imports/from-campaign`: operation `post_dataset_records_from_campaign_v1_observability_datasets__dataset_id__imports_from_campaign_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn post_dataset_records_from_campaign(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::ImportDatasetFromCampaignRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::DatasetImportTask>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/datasets/{}/imports/from-campaign",
            crate::pipeline::segment("dataset_id", dataset_id)?
        );
        let call = crate::pipeline::Call::bare("post_dataset_records_from_campaign_v1_observability_datasets__dataset_id__imports_from_campaign_post", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Populate the dataset with records from another dataset
    ///
    /// `POST /v1/observability/datasets/{dataset_id}/imports/from-dataset`: operation `post_dataset_records_from_dataset_v1_observability_datasets__dataset_id__imports_from_dataset_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn post_dataset_records_from_dataset(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::ImportDatasetFromDatasetRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::DatasetImportTask>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/datasets/{}/imports/from-dataset",
            crate::pipeline::segment("dataset_id", dataset_id)?
        );
        let call = crate::pipeline::Call::bare("post_dataset_records_from_dataset_v1_observability_datasets__dataset_id__imports_from_dataset_post", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Populate the dataset with records from the explorer
    ///
    /// `POST /v1/observability/datasets/{dataset_id}/imports/from-explorer`: operation `post_dataset_records_from_explorer_v1_observability_datasets__dataset_id__imports_from_explorer_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn post_dataset_records_from_explorer(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::ImportDatasetFromExplorerRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::DatasetImportTask>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/datasets/{}/imports/from-explorer",
            crate::pipeline::segment("dataset_id", dataset_id)?
        );
        let call = crate::pipeline::Call::bare("post_dataset_records_from_explorer_v1_observability_datasets__dataset_id__imports_from_explorer_post", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Populate the dataset with records from an uploaded file
    ///
    /// `POST /v1/observability/datasets/{dataset_id}/imports/from-file`: operation `post_dataset_records_from_file_v1_observability_datasets__dataset_id__imports_from_file_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn post_dataset_records_from_file(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::ImportDatasetFromFileRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::DatasetImportTask>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/datasets/{}/imports/from-file",
            crate::pipeline::segment("dataset_id", dataset_id)?
        );
        let call = crate::pipeline::Call::bare(
            "post_dataset_records_from_file_v1_observability_datasets__dataset_id__imports_from_file_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Populate the dataset with records from playground conversations
    ///
    /// `POST /v1/observability/datasets/{dataset_id}/imports/from-playground`: operation `post_dataset_records_from_playground_v1_observability_datasets__dataset_id__imports_from_playground_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn post_dataset_records_from_playground(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::ImportDatasetFromPlaygroundRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::DatasetImportTask>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/datasets/{}/imports/from-playground",
            crate::pipeline::segment("dataset_id", dataset_id)?
        );
        let call = crate::pipeline::Call::bare("post_dataset_records_from_playground_v1_observability_datasets__dataset_id__imports_from_playground_post", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// List existing records in the dataset
    ///
    /// `GET /v1/observability/datasets/{dataset_id}/records`: operation `get_dataset_records_v1_observability_datasets__dataset_id__records_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_dataset_records(
        &self,
        dataset_id: &str,
        query: &mistral_types::generated::observability::ObservabilityDatasetsGetDatasetRecordsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ListDatasetRecordsResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/datasets/{}/records",
                crate::pipeline::segment("dataset_id", dataset_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_dataset_records_v1_observability_datasets__dataset_id__records_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_dataset_records`](Self::get_dataset_records), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's page (the API's first page, 1, when unset); each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_dataset_records_all(
        &self,
        dataset_id: &str,
        query: &mistral_types::generated::observability::ObservabilityDatasetsGetDatasetRecordsQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::observability::DatasetRecord>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = format!(
            "/v1/observability/datasets/{}/records",
            crate::pipeline::segment("dataset_id", dataset_id)?
        );
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "get_dataset_records_v1_observability_datasets__dataset_id__records_get",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<
                mistral_types::generated::observability::ListDatasetRecordsResponse,
            >| {
                (
                    list.0.records.results.unwrap_or_default(),
                    u64::try_from(list.0.records.count).ok(),
                )
            },
        ))
    }

    /// Add a record to the dataset
    ///
    /// `POST /v1/observability/datasets/{dataset_id}/records`: operation `create_dataset_record_v1_observability_datasets__dataset_id__records_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_dataset_record(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::CreateDatasetRecordRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::DatasetRecord>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/datasets/{}/records",
            crate::pipeline::segment("dataset_id", dataset_id)?
        );
        let call = crate::pipeline::Call::bare(
            "create_dataset_record_v1_observability_datasets__dataset_id__records_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// List import tasks for the given dataset
    ///
    /// `GET /v1/observability/datasets/{dataset_id}/tasks`: operation `get_dataset_import_tasks_v1_observability_datasets__dataset_id__tasks_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_dataset_import_tasks(
        &self,
        dataset_id: &str,
        query: &mistral_types::generated::observability::ObservabilityDatasetsGetDatasetImportTasksQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::ListDatasetImportTasksResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/observability/datasets/{}/tasks",
                crate::pipeline::segment("dataset_id", dataset_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_dataset_import_tasks_v1_observability_datasets__dataset_id__tasks_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_dataset_import_tasks`](Self::get_dataset_import_tasks), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's page (the API's first page, 1, when unset); each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_dataset_import_tasks_all(
        &self,
        dataset_id: &str,
        query: &mistral_types::generated::observability::ObservabilityDatasetsGetDatasetImportTasksQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::observability::DatasetImportTask>>
    {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = format!(
            "/v1/observability/datasets/{}/tasks",
            crate::pipeline::segment("dataset_id", dataset_id)?
        );
        let start = (
            query.page.and_then(|n| u32::try_from(n).ok()),
            query.page_size.and_then(|n| u32::try_from(n).ok()),
        );
        Ok(crate::paginate::page_numbered_from(
            &self.core,
            "get_dataset_import_tasks_v1_observability_datasets__dataset_id__tasks_get",
            1,
            start,
            move |n| {
                let mut q = query.clone();
                q.page = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<
                mistral_types::generated::observability::ListDatasetImportTasksResponse,
            >| {
                (
                    list.0.tasks.results.unwrap_or_default(),
                    u64::try_from(list.0.tasks.count).ok(),
                )
            },
        ))
    }

    /// Get status of a dataset import task
    ///
    /// `GET /v1/observability/datasets/{dataset_id}/tasks/{task_id}`: operation `get_dataset_import_task_v1_observability_datasets__dataset_id__tasks__task_id__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_dataset_import_task(
        &self,
        dataset_id: &str,
        task_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::DatasetImportTask>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/datasets/{}/tasks/{}",
            crate::pipeline::segment("dataset_id", dataset_id)?,
            crate::pipeline::segment("task_id", task_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_dataset_import_task_v1_observability_datasets__dataset_id__tasks__task_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Populate the dataset with records mapped from telemetry spans
    ///
    /// Starts an asynchronous import of the requested telemetry spans. References not returned by the tenant-scoped telemetry query are skipped without distinguishing absence from access restrictions.
    ///
    /// Version 1 mappings are optional per span: a missing, null, blank-string, or empty-array
    /// source omits the target key. JSON object and array strings become structured values;
    /// scalar-looking and malformed JSON strings remain strings.
    ///
    /// `POST /v1/observability/datasets/{dataset_id}/imports/from-spans`: operation `post_dataset_records_from_spans_v1_observability_datasets__dataset_id__imports_from_spans_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn import_from_spans(
        &self,
        dataset_id: &str,
        body: &mistral_types::generated::observability::ImportDatasetFromSpansRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::observability::DatasetImportTaskNext>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/datasets/{}/imports/from-spans",
            crate::pipeline::segment("dataset_id", dataset_id)?
        );
        let call = crate::pipeline::Call::bare(
            "post_dataset_records_from_spans_v1_observability_datasets__dataset_id__imports_from_spans_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
