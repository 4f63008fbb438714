// generated from the spec by `cargo xtask codegen`: do not edit
//! Wire types of the `observability` API group, generated from the spec.

mod campaigns;
pub use campaigns::*;
mod chat_completion_events;
pub use chat_completion_events::*;
mod chat_completion_events_fields;
pub use chat_completion_events_fields::*;
mod datasets;
pub use datasets::*;
mod datasets_records;
pub use datasets_records::*;
mod evaluations;
pub use evaluations::*;
mod evaluations_optimizations;
pub use evaluations_optimizations::*;
mod evaluations_projects;
pub use evaluations_projects::*;
mod evaluations_records;
pub use evaluations_records::*;
mod evaluations_runs;
pub use evaluations_runs::*;
mod judges;
pub use judges::*;
mod logs;
pub use logs::*;
mod spans;
pub use spans::*;
mod traces;
pub use traces::*;
