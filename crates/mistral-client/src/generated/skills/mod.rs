// generated from the spec by `cargo xtask codegen`: do not edit
//! The `skills` API group: its wire types and handles (`client.skills()`), generated
//! from the spec.

pub use mistral_types::generated::skills::*;

mod base;

crate::pipeline::handle! {
    /// The `skills` API group's calls: `client.skills()`, and a handle per part of the API below it.
    Skills
}

crate::pipeline::per_call_setters!(Skills => core.opts);
