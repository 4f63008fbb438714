// generated from the spec by `cargo xtask codegen`: do not edit
//! The `workflows` API group: its wire types and handles (`client.workflows()`), generated
//! from the spec.

pub use mistral_types::generated::workflows::*;

mod base;
mod deployments;
pub use deployments::*;
mod executions;
pub use executions::*;
mod metrics;
pub use metrics::*;
mod runs;
pub use runs::*;
mod schedules;
pub use schedules::*;

crate::pipeline::handle! {
    /// The `workflows` API group's calls: `client.workflows()`, and a handle per part of the API below it.
    Workflows
}

crate::pipeline::per_call_setters!(Workflows => core.opts);

impl<'a> Workflows<'a> {
    /// The `deployments` calls.
    pub fn deployments(&self) -> WorkflowsDeployments<'a> {
        WorkflowsDeployments::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `executions` calls.
    pub fn executions(&self) -> WorkflowsExecutions<'a> {
        WorkflowsExecutions::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `metrics` calls.
    pub fn metrics(&self) -> WorkflowsMetrics<'a> {
        WorkflowsMetrics::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `runs` calls.
    pub fn runs(&self) -> WorkflowsRuns<'a> {
        WorkflowsRuns::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `schedules` calls.
    pub fn schedules(&self) -> WorkflowsSchedules<'a> {
        WorkflowsSchedules::new(self.core.client).options(self.core.opts.clone())
    }
}
