// generated from the spec by `cargo xtask codegen`: do not edit
//! The `webhooks` API group: its wire types and handles (`client.webhooks()`), generated
//! from the spec.

pub use mistral_types::generated::webhooks::*;

mod base;

crate::pipeline::handle! {
    /// The `webhooks` API group's calls: `client.webhooks()`, and a handle per part of the API below it.
    Webhooks
}

crate::pipeline::per_call_setters!(Webhooks => core.opts);
