// generated from the spec by `cargo xtask codegen`: do not edit
//! The `service_accounts` API group: its wire types and handles (`client.service_accounts()`), generated
//! from the spec.

pub use mistral_types::generated::service_accounts::*;

mod base;

crate::pipeline::handle! {
    /// The `service_accounts` API group's calls: `client.service_accounts()`, and a handle per part of the API below it.
    ServiceAccounts
}

crate::pipeline::per_call_setters!(ServiceAccounts => core.opts);
