// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `rag` API group's handles (`client.rag()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `rag` API group (generated from the spec; cargo feature `rag`), blocking.
    pub fn rag(&self) -> Rag<'_> {
        Rag {
            inner: self.client.rag(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Rag`](crate::generated::rag::Rag): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Rag<'a> {
    inner: crate::generated::rag::Rag<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Rag<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Rag").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Rag => inner.core.opts);

impl<'a> Rag<'a> {
    /// The `ingestion_pipeline_configurations` calls.
    pub fn ingestion_pipeline_configurations(&self) -> RagIngestionPipelineConfigurations<'a> {
        RagIngestionPipelineConfigurations {
            inner: self.inner.ingestion_pipeline_configurations(),
            rt: self.rt,
        }
    }

    /// The `search_indexes` calls.
    pub fn search_indexes(&self) -> RagSearchIndexes<'a> {
        RagSearchIndexes {
            inner: self.inner.search_indexes(),
            rt: self.rt,
        }
    }
}

/// The blocking twin of [`RagIngestionPipelineConfigurations`](crate::generated::rag::RagIngestionPipelineConfigurations): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct RagIngestionPipelineConfigurations<'a> {
    inner: crate::generated::rag::RagIngestionPipelineConfigurations<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for RagIngestionPipelineConfigurations<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::RagIngestionPipelineConfigurations")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(RagIngestionPipelineConfigurations => inner.core.opts);

impl<'a> RagIngestionPipelineConfigurations<'a> {
    /// [`get_configs`](crate::generated::rag::RagIngestionPipelineConfigurations::get_configs), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_configs(
        &self,
    ) -> crate::Result<crate::WithMeta<Vec<mistral_types::generated::rag::IngestionPipelineConfiguration>>>
    {
        self.rt.run(self.inner.get_configs())
    }

    /// [`register_config`](crate::generated::rag::RagIngestionPipelineConfigurations::register_config), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn register_config(
        &self,
        body: &mistral_types::generated::rag::CreateIngestionPipelineConfigurationRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::rag::IngestionPipelineConfiguration>> {
        self.rt.run(self.inner.register_config(body))
    }

    /// [`update_run_info`](crate::generated::rag::RagIngestionPipelineConfigurations::update_run_info), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_run_info(
        &self,
        id: &str,
        body: &mistral_types::generated::rag::UpdateRunInfo,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::rag::IngestionPipelineConfiguration>> {
        self.rt.run(self.inner.update_run_info(id, body))
    }
}

/// The blocking twin of [`RagSearchIndexes`](crate::generated::rag::RagSearchIndexes): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct RagSearchIndexes<'a> {
    inner: crate::generated::rag::RagSearchIndexes<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for RagSearchIndexes<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::RagSearchIndexes")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(RagSearchIndexes => inner.core.opts);

impl<'a> RagSearchIndexes<'a> {
    /// [`get_deployment_summaries`](crate::generated::rag::RagSearchIndexes::get_deployment_summaries), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_deployment_summaries(
        &self,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::rag::GetDeploymentSummariesResponse>> {
        self.rt.run(self.inner.get_deployment_summaries())
    }

    /// [`register_deployment`](crate::generated::rag::RagSearchIndexes::register_deployment), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn register_deployment(
        &self,
        body: &mistral_types::generated::rag::RegisterDeploymentRequestDeployment,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::rag::RegisterSearchIndexResponseIndex>> {
        self.rt.run(self.inner.register_deployment(body))
    }

    /// [`unregister_deployment`](crate::generated::rag::RagSearchIndexes::unregister_deployment), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn unregister_deployment(
        &self,
        deployment_id: &str,
    ) -> crate::Result<crate::WithMeta<serde_json::Value>> {
        self.rt.run(self.inner.unregister_deployment(deployment_id))
    }

    /// [`update_index_metrics`](crate::generated::rag::RagSearchIndexes::update_index_metrics), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn update_index_metrics(
        &self,
        deployment_id: &str,
        body: &mistral_types::generated::rag::RagSearchIndexesUpdateIndexMetricsRequest,
    ) -> crate::Result<crate::WithMeta<serde_json::Value>> {
        self.rt.run(self.inner.update_index_metrics(deployment_id, body))
    }
}
