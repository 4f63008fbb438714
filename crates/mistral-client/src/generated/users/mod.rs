// generated from the spec by `cargo xtask codegen`: do not edit
//! The `users` API group: its wire types and handles (`client.users()`), generated
//! from the spec.

pub use mistral_types::generated::users::*;

mod base;

crate::pipeline::handle! {
    /// The `users` API group's calls: `client.users()`, and a handle per part of the API below it.
    Users
}

crate::pipeline::per_call_setters!(Users => core.opts);
