// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.observability.datasets.records` tag: `client.observability().datasets().records()`.
    ObservabilityDatasetsRecords
}

crate::pipeline::per_call_setters!(ObservabilityDatasetsRecords => core.opts);

impl<'a> super::ObservabilityDatasetsRecords<'a> {
    /// Delete multiple records from datasets
    ///
    /// `POST /v1/observability/dataset-records/bulk-delete`: operation `delete_dataset_records_v1_observability_dataset_records_bulk_delete_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_dataset_records(
        &self,
        body: &mistral_types::generated::observability::DeleteDatasetRecordsRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/observability/dataset-records/bulk-delete");
        let call = crate::pipeline::Call::bare(
            "delete_dataset_records_v1_observability_dataset_records_bulk_delete_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }

    /// Get the content of a given dataset record
    ///
    /// `GET /v1/observability/dataset-records/{dataset_record_id}`: operation `get_dataset_record_v1_observability_dataset_records__dataset_record_id__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_dataset_record(
        &self,
        dataset_record_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::DatasetRecord>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/dataset-records/{}",
            crate::pipeline::segment("dataset_record_id", dataset_record_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_dataset_record_v1_observability_dataset_records__dataset_record_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Delete a record from a dataset
    ///
    /// `DELETE /v1/observability/dataset-records/{dataset_record_id}`: operation `delete_dataset_record_v1_observability_dataset_records__dataset_record_id__delete` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_dataset_record(
        &self,
        dataset_record_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/observability/dataset-records/{}",
            crate::pipeline::segment("dataset_record_id", dataset_record_id)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_dataset_record_v1_observability_dataset_records__dataset_record_id__delete",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }

    /// Run Judge on a dataset record based on the given options
    ///
    /// `POST /v1/observability/dataset-records/{dataset_record_id}/live-judging`: operation `judge_dataset_record_v1_observability_dataset_records__dataset_record_id__live_judging_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn judge_dataset_record(
        &self,
        dataset_record_id: &str,
        body: &mistral_types::generated::observability::JudgeDatasetRecordRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::observability::JudgeOutput2>>
    {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/dataset-records/{}/live-judging",
            crate::pipeline::segment("dataset_record_id", dataset_record_id)?
        );
        let call = crate::pipeline::Call::bare(
            "judge_dataset_record_v1_observability_dataset_records__dataset_record_id__live_judging_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Update a dataset record payload
    ///
    /// `PUT /v1/observability/dataset-records/{dataset_record_id}/payload`: operation `update_dataset_record_payload_v1_observability_dataset_records__dataset_record_id__payload_put` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_dataset_record_payload(
        &self,
        dataset_record_id: &str,
        body: &mistral_types::generated::observability::UpdateDatasetRecordPayloadRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/dataset-records/{}/payload",
            crate::pipeline::segment("dataset_record_id", dataset_record_id)?
        );
        let call = crate::pipeline::Call::bare(
            "update_dataset_record_payload_v1_observability_dataset_records__dataset_record_id__payload_put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }

    /// Update dataset record properties
    ///
    /// `PUT /v1/observability/dataset-records/{dataset_record_id}/properties`: operation `update_dataset_record_properties_v1_observability_dataset_records__dataset_record_id__properties_put` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_dataset_record_properties(
        &self,
        dataset_record_id: &str,
        body: &mistral_types::generated::observability::UpdateDatasetRecordPropertiesRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/observability/dataset-records/{}/properties",
            crate::pipeline::segment("dataset_record_id", dataset_record_id)?
        );
        let call = crate::pipeline::Call::bare("update_dataset_record_properties_v1_observability_dataset_records__dataset_record_id__properties_put", http::Method::PUT, path).with_body(body);
        self.core.no_content(call).await
    }
}
