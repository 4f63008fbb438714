// generated from the spec by `cargo xtask codegen`: do not edit

impl<'a> super::Workflows<'a> {
    /// Get Workflows
    ///
    /// `GET /v1/workflows`: operation `get_workflows_v1_workflows_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workflows(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsGetWorkflowsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowListResponse>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/workflows"), &query.to_query());
        let call = crate::pipeline::Call::bare("get_workflows_v1_workflows_get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_workflows`](Self::get_workflows), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's cursor (the first page when unset), each next cursor read from the page before; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_workflows_all(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsGetWorkflowsQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::workflows::WorkflowBasicDefinition>>
    {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/workflows");
        let start = query.cursor.clone();
        let adapter = crate::paginate::Cursors::new(
            "get_workflows_v1_workflows_get",
            start,
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.cursor = cursor.map(str::to_owned);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::workflows::WorkflowListResponse>| {
                let next = list.0.next_cursor.clone();
                (list.0.workflows, next, None)
            },
        );
        Ok(crate::Paginator::new(&self.core, adapter))
    }

    /// Bulk Archive Workflows
    ///
    /// `PUT /v1/workflows/archive`: operation `bulk_archive_workflows_v1_workflows_archive_put` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn bulk_archive_workflows(
        &self,
        body: &mistral_types::generated::workflows::WorkflowBulkArchiveRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowBulkArchiveResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/workflows/archive");
        let call = crate::pipeline::Call::bare(
            "bulk_archive_workflows_v1_workflows_archive_put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Workflow Registrations
    ///
    /// `GET /v1/workflows/registrations`: operation `get_workflow_registrations_v1_workflows_registrations_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workflow_registrations(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsGetWorkflowRegistrationsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowRegistrationListResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path =
            crate::generated::with_query(String::from("/v1/workflows/registrations"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "get_workflow_registrations_v1_workflows_registrations_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get Workflow Registration
    ///
    /// `GET /v1/workflows/registrations/{workflow_registration_id}`: operation `get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workflow_registration(
        &self,
        workflow_registration_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsGetWorkflowRegistrationQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowRegistrationGetResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/registrations/{}",
                crate::pipeline::segment("workflow_registration_id", workflow_registration_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Execute Workflow Registration
    ///
    /// `POST /v1/workflows/registrations/{workflow_registration_id}/execute`: operation `execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    #[deprecated(note = "deprecated by the API")]
    pub async fn execute_workflow_registration(
        &self,
        workflow_registration_id: &str,
        body: &mistral_types::generated::workflows::WorkflowExecutionRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<
            mistral_types::generated::workflows::WorkflowsExecuteWorkflowRegistrationResponse,
        >,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/registrations/{}/execute",
            crate::pipeline::segment("workflow_registration_id", workflow_registration_id)?
        );
        let call = crate::pipeline::Call::bare("execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Bulk Unarchive Workflows
    ///
    /// `PUT /v1/workflows/unarchive`: operation `bulk_unarchive_workflows_v1_workflows_unarchive_put` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn bulk_unarchive_workflows(
        &self,
        body: &mistral_types::generated::workflows::WorkflowBulkUnarchiveRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowBulkUnarchiveResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/workflows/unarchive");
        let call = crate::pipeline::Call::bare(
            "bulk_unarchive_workflows_v1_workflows_unarchive_put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Workflow
    ///
    /// `GET /v1/workflows/{workflow_identifier}`: operation `get_workflow_v1_workflows__workflow_identifier__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_workflow(
        &self,
        workflow_identifier: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowGetResponse>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/{}",
            crate::pipeline::segment("workflow_identifier", workflow_identifier)?
        );
        let call = crate::pipeline::Call::bare(
            "get_workflow_v1_workflows__workflow_identifier__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Update Workflow
    ///
    /// `PUT /v1/workflows/{workflow_identifier}`: operation `update_workflow_v1_workflows__workflow_identifier__put` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_workflow(
        &self,
        workflow_identifier: &str,
        body: &mistral_types::generated::workflows::WorkflowUpdateRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowUpdateResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/{}",
            crate::pipeline::segment("workflow_identifier", workflow_identifier)?
        );
        let call = crate::pipeline::Call::bare(
            "update_workflow_v1_workflows__workflow_identifier__put",
            http::Method::PUT,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Archive Workflow
    ///
    /// `PUT /v1/workflows/{workflow_identifier}/archive`: operation `archive_workflow_v1_workflows__workflow_identifier__archive_put` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn archive_workflow(
        &self,
        workflow_identifier: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowArchiveResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/{}/archive",
            crate::pipeline::segment("workflow_identifier", workflow_identifier)?
        );
        let call = crate::pipeline::Call::bare(
            "archive_workflow_v1_workflows__workflow_identifier__archive_put",
            http::Method::PUT,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Execute Workflow
    ///
    /// `POST /v1/workflows/{workflow_identifier}/execute`: operation `execute_workflow_v1_workflows__workflow_identifier__execute_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn execute_workflow(
        &self,
        workflow_identifier: &str,
        body: &mistral_types::generated::workflows::WorkflowExecutionRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowsExecuteWorkflowResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/{}/execute",
            crate::pipeline::segment("workflow_identifier", workflow_identifier)?
        );
        let call = crate::pipeline::Call::bare(
            "execute_workflow_v1_workflows__workflow_identifier__execute_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Unarchive Workflow
    ///
    /// `PUT /v1/workflows/{workflow_identifier}/unarchive`: operation `unarchive_workflow_v1_workflows__workflow_identifier__unarchive_put` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn unarchive_workflow(
        &self,
        workflow_identifier: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::WorkflowUnarchiveResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/{}/unarchive",
            crate::pipeline::segment("workflow_identifier", workflow_identifier)?
        );
        let call = crate::pipeline::Call::bare(
            "unarchive_workflow_v1_workflows__workflow_identifier__unarchive_put",
            http::Method::PUT,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Add Workflow Tags
    ///
    /// `POST /v1/workflows/{workflow_identifier}/tags`: operation `add_workflow_tags_v1_workflows__workflow_identifier__tags_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn add_workflow_tags(
        &self,
        workflow_identifier: &str,
        body: &mistral_types::generated::workflows::WorkflowTagsAddRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/{}/tags",
            crate::pipeline::segment("workflow_identifier", workflow_identifier)?
        );
        let call = crate::pipeline::Call::bare(
            "add_workflow_tags_v1_workflows__workflow_identifier__tags_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        self.core.no_content(call).await
    }
}
