// generated from the spec by `cargo xtask codegen`: do not edit
//! Wire types of the `workflows` API group, generated from the spec.

mod base;
pub use base::*;
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
