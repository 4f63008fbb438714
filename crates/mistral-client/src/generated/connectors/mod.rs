// generated from the spec by `cargo xtask codegen`: do not edit
//! The `connectors` API group: its wire types and handles (`client.connectors()`), generated
//! from the spec.

pub use mistral_types::generated::connectors::*;

mod base;

crate::pipeline::handle! {
    /// The `connectors` API group's calls: `client.connectors()`, and a handle per part of the API below it.
    Connectors
}

crate::pipeline::per_call_setters!(Connectors => core.opts);
