// generated from the spec by `cargo xtask codegen`: do not edit
//! The `events` API group: its wire types and handles (`client.events()`), generated
//! from the spec.

pub use mistral_types::generated::events::*;

mod base;

crate::pipeline::handle! {
    /// The `events` API group's calls: `client.events()`, and a handle per part of the API below it.
    Events
}

crate::pipeline::per_call_setters!(Events => core.opts);
