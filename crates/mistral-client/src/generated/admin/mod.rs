// generated from the spec by `cargo xtask codegen`: do not edit
//! The `admin` API group: its wire types and handles (`client.admin()`), generated
//! from the spec.

pub use mistral_types::generated::admin::*;

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

crate::pipeline::handle! {
    /// The `admin` API group's calls: `client.admin()`, and a handle per part of the API below it.
    Admin
}

crate::pipeline::per_call_setters!(Admin => core.opts);

impl<'a> Admin<'a> {
    /// The `api-keys` calls.
    pub fn api_keys(&self) -> AdminApiKeys<'a> {
        AdminApiKeys::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `audit-logs` calls.
    pub fn audit_logs(&self) -> AdminAuditLogs<'a> {
        AdminAuditLogs::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `billing` calls.
    pub fn billing(&self) -> AdminBilling<'a> {
        AdminBilling::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `scim` calls.
    pub fn scim(&self) -> AdminScim<'a> {
        AdminScim::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `user-groups` calls.
    pub fn user_groups(&self) -> AdminUserGroups<'a> {
        AdminUserGroups::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `users` calls.
    pub fn users(&self) -> AdminUsers<'a> {
        AdminUsers::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `vibe-code-analytics` calls.
    pub fn vibe_code_analytics(&self) -> AdminVibeCodeAnalytics<'a> {
        AdminVibeCodeAnalytics::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `vibe-work-analytics` calls.
    pub fn vibe_work_analytics(&self) -> AdminVibeWorkAnalytics<'a> {
        AdminVibeWorkAnalytics::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `workspaces` calls.
    pub fn workspaces(&self) -> AdminWorkspaces<'a> {
        AdminWorkspaces::new(self.core.client).options(self.core.opts.clone())
    }
}
