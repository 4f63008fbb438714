// generated from the spec by `cargo xtask codegen`: do not edit
//! The `observability` API group: its wire types and handles (`client.observability()`), generated
//! from the spec.

pub use mistral_types::generated::observability::*;

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

crate::pipeline::handle! {
    /// The `observability` API group's calls: `client.observability()`, and a handle per part of the API below it.
    Observability
}

crate::pipeline::per_call_setters!(Observability => core.opts);

impl<'a> Observability<'a> {
    /// The `campaigns` calls.
    pub fn campaigns(&self) -> ObservabilityCampaigns<'a> {
        ObservabilityCampaigns::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `chat_completion_events` calls.
    pub fn chat_completion_events(&self) -> ObservabilityChatCompletionEvents<'a> {
        ObservabilityChatCompletionEvents::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `datasets` calls.
    pub fn datasets(&self) -> ObservabilityDatasets<'a> {
        ObservabilityDatasets::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `evaluations` calls.
    pub fn evaluations(&self) -> ObservabilityEvaluations<'a> {
        ObservabilityEvaluations::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `judges` calls.
    pub fn judges(&self) -> ObservabilityJudges<'a> {
        ObservabilityJudges::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `logs` calls.
    pub fn logs(&self) -> ObservabilityLogs<'a> {
        ObservabilityLogs::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `spans` calls.
    pub fn spans(&self) -> ObservabilitySpans<'a> {
        ObservabilitySpans::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `traces` calls.
    pub fn traces(&self) -> ObservabilityTraces<'a> {
        ObservabilityTraces::new(self.core.client).options(self.core.opts.clone())
    }
}
