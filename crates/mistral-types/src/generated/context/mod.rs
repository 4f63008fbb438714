// generated from the spec by `cargo xtask codegen`: do not edit
//! Wire types of the `context` API group, generated from the spec.

mod search_indexes;
pub use search_indexes::*;
