// generated from the spec by `cargo xtask codegen`: do not edit
//! Wire types of the `voice` API group, generated from the spec.

mod agents;
pub use agents::*;
mod sessions;
pub use sessions::*;
mod voices;
pub use voices::*;
