// generated from the spec by `cargo xtask codegen`: do not edit
//! The `prompts` API group: its wire types and handles (`client.prompts()`), generated
//! from the spec.

pub use mistral_types::generated::prompts::*;

mod base;

crate::pipeline::handle! {
    /// The `prompts` API group's calls: `client.prompts()`, and a handle per part of the API below it.
    Prompts
}

crate::pipeline::per_call_setters!(Prompts => core.opts);
