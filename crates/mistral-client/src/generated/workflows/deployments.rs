// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `workflows.deployments` tag: `client.workflows().deployments()`.
    WorkflowsDeployments
}

crate::pipeline::per_call_setters!(WorkflowsDeployments => core.opts);

impl<'a> super::WorkflowsDeployments<'a> {
    /// List Deployments
    ///
    /// `GET /v1/workflows/deployments`: operation `list_deployments_v1_workflows_deployments_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_deployments(
        &self,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsListDeploymentsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::DeploymentListResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/workflows/deployments"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "list_deployments_v1_workflows_deployments_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Create Deployment
    ///
    /// `POST /v1/workflows/deployments`: operation `create_deployment_v1_workflows_deployments_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_deployment(
        &self,
        body: &mistral_types::generated::workflows::CreateDeploymentRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/workflows/deployments");
        let call = crate::pipeline::Call::bare(
            "create_deployment_v1_workflows_deployments_post",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Deployment
    ///
    /// `GET /v1/workflows/deployments/{name}`: operation `get_deployment_v1_workflows_deployments__name__get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_deployment(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsGetDeploymentQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::DeploymentDetailResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/deployments/{}",
                crate::pipeline::segment("name", name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "get_deployment_v1_workflows_deployments__name__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Update Deployment
    ///
    /// `PATCH /v1/workflows/deployments/{name}`: operation `update_deployment_v1_workflows_deployments__name__patch` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_deployment(
        &self,
        name: &str,
        body: &mistral_types::generated::workflows::UpdateDeploymentRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v1/workflows/deployments/{}",
            crate::pipeline::segment("name", name)?
        );
        let call = crate::pipeline::Call::bare(
            "update_deployment_v1_workflows_deployments__name__patch",
            http::Method::PATCH,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete Deployment
    ///
    /// `DELETE /v1/workflows/deployments/{name}`: operation `delete_deployment_v1_workflows_deployments__name__delete` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_deployment(
        &self,
        name: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/deployments/{}",
            crate::pipeline::segment("name", name)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_deployment_v1_workflows_deployments__name__delete",
            http::Method::DELETE,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Get Deployment Logs
    ///
    /// Retrieve logs for a deployment (across all of its workers).
    ///
    /// Use `after`/`before`/`order` on the first request to set the time range and sort order; for
    /// the next pages pass the `cursor` from the previous response (it remembers the range and order).
    ///
    /// `GET /v1/workflows/deployments/{name}/logs`: operation `get_deployment_logs` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_deployment_logs(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsGetDeploymentLogsQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::DeploymentLogSearchResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/deployments/{}/logs",
                crate::pipeline::segment("name", name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("get_deployment_logs", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Restart Deployment
    ///
    /// `POST /v1/workflows/deployments/{name}/restart`: operation `restart_deployment_v1_workflows_deployments__name__restart_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn restart_deployment(
        &self,
        name: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/deployments/{}/restart",
            crate::pipeline::segment("name", name)?
        );
        let call = crate::pipeline::Call::bare(
            "restart_deployment_v1_workflows_deployments__name__restart_post",
            http::Method::POST,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Start Deployment
    ///
    /// `POST /v1/workflows/deployments/{name}/start`: operation `start_deployment_v1_workflows_deployments__name__start_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn start_deployment(
        &self,
        name: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/deployments/{}/start",
            crate::pipeline::segment("name", name)?
        );
        let call = crate::pipeline::Call::bare(
            "start_deployment_v1_workflows_deployments__name__start_post",
            http::Method::POST,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Stop Deployment
    ///
    /// `POST /v1/workflows/deployments/{name}/stop`: operation `stop_deployment_v1_workflows_deployments__name__stop_post` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn stop_deployment(
        &self,
        name: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::ManagedDeploymentResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/deployments/{}/stop",
            crate::pipeline::segment("name", name)?
        );
        let call = crate::pipeline::Call::bare(
            "stop_deployment_v1_workflows_deployments__name__stop_post",
            http::Method::POST,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// List Deployment Workers
    ///
    /// `GET /v1/workflows/deployments/{name}/workers`: operation `list_deployment_workers_v1_workflows_deployments__name__workers_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_deployment_workers(
        &self,
        name: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsListDeploymentWorkersQuery,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::DeploymentWorkerListResponse>,
    > {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/deployments/{}/workers",
                crate::pipeline::segment("name", name)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "list_deployment_workers_v1_workflows_deployments__name__workers_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Unharden Deployment
    ///
    /// `POST /v1/workflows/deployments/{deployment_id}/unharden`: operation `unharden_deployment_v1_workflows_deployments__deployment_id__unharden_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn unharden_deployment(
        &self,
        deployment_id: &str,
        query: &mistral_types::generated::workflows::WorkflowsDeploymentsUnhardenDeploymentQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<()>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/workflows/deployments/{}/unharden",
                crate::pipeline::segment("deployment_id", deployment_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "unharden_deployment_v1_workflows_deployments__deployment_id__unharden_post",
            http::Method::POST,
            path,
        );
        self.core.no_content(call).await
    }

    /// Get Deployment Archive
    ///
    /// Get the archive a managed deployment builds from, with a signed URL to download it.
    ///
    /// `download_url` expires within 24 hours, and is null once Mistral Cloud has deleted the archive.
    /// A deployment that builds from a repository answers 404.
    ///
    /// `GET /v1/workflows/deployments/{name}/archive`: operation `get_deployment_archive_v1_workflows_deployments__name__archive_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_deployment_archive(
        &self,
        name: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::workflows::DeploymentArchiveResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v1/workflows/deployments/{}/archive",
            crate::pipeline::segment("name", name)?
        );
        let call = crate::pipeline::Call::bare(
            "get_deployment_archive_v1_workflows_deployments__name__archive_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
