// generated from the spec by `cargo xtask codegen`: do not edit
//! The `triggers` API group: its wire types and handles (`client.triggers()`), generated
//! from the spec.

pub use mistral_types::generated::triggers::*;

mod base;

crate::pipeline::handle! {
    /// The `triggers` API group's calls: `client.triggers()`, and a handle per part of the API below it.
    Triggers
}

crate::pipeline::per_call_setters!(Triggers => core.opts);
