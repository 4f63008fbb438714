// generated from the spec by `cargo xtask codegen`: do not edit
//! Wire types of the `realtime` API group, generated from the spec.

mod sessions;
pub use sessions::*;
