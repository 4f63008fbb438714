// generated from the spec by `cargo xtask codegen`: do not edit
//! Wire types of the `events` API group, generated from the spec.

mod base;
pub use base::*;
