// generated from the spec by `cargo xtask codegen`: do not edit
//! Wire types of the `admin` API group, generated from the spec.

mod api_keys;
pub use api_keys::*;
mod audit_logs;
pub use audit_logs::*;
mod billing;
pub use billing::*;
mod scim;
pub use scim::*;
mod user_groups;
pub use user_groups::*;
mod users;
pub use users::*;
mod vibe_code_analytics;
pub use vibe_code_analytics::*;
mod vibe_work_analytics;
pub use vibe_work_analytics::*;
mod workspaces;
pub use workspaces::*;
