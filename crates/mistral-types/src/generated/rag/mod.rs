// generated from the spec by `cargo xtask codegen`: do not edit
//! Wire types of the `rag` API group, generated from the spec.

mod ingestion_pipeline_configurations;
pub use ingestion_pipeline_configurations::*;
mod search_indexes;
pub use search_indexes::*;
