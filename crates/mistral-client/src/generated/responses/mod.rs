// generated from the spec by `cargo xtask codegen`: do not edit
//! The `responses` API group: its wire types and handles (`client.responses()`), generated
//! from the spec.

pub use mistral_types::generated::responses::*;

mod base;

crate::pipeline::handle! {
    /// The `responses` API group's calls: `client.responses()`, and a handle per part of the API below it.
    Responses
}

crate::pipeline::per_call_setters!(Responses => core.opts);
