// generated from the spec by `cargo xtask codegen`: do not edit
//! The `rag` API group: its wire types and handles (`client.rag()`), generated
//! from the spec.

pub use mistral_types::generated::rag::*;

mod ingestion_pipeline_configurations;
pub use ingestion_pipeline_configurations::*;
mod search_indexes;
pub use search_indexes::*;

crate::pipeline::handle! {
    /// The `rag` API group's calls: `client.rag()`, and a handle per part of the API below it.
    Rag
}

crate::pipeline::per_call_setters!(Rag => core.opts);

impl<'a> Rag<'a> {
    /// The `ingestion_pipeline_configurations` calls.
    pub fn ingestion_pipeline_configurations(&self) -> RagIngestionPipelineConfigurations<'a> {
        RagIngestionPipelineConfigurations::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `search_indexes` calls.
    pub fn search_indexes(&self) -> RagSearchIndexes<'a> {
        RagSearchIndexes::new(self.core.client).options(self.core.opts.clone())
    }
}
