// generated from the spec by `cargo xtask codegen`: do not edit
//! The `realtime` API group: its wire types and handles (`client.realtime()`), generated
//! from the spec.

pub use mistral_types::generated::realtime::*;

mod sessions;
pub use sessions::*;

crate::pipeline::handle! {
    /// The `realtime` API group's calls: `client.realtime()`, and a handle per part of the API below it.
    Realtime
}

crate::pipeline::per_call_setters!(Realtime => core.opts);

impl<'a> Realtime<'a> {
    /// The `sessions` calls.
    pub fn sessions(&self) -> RealtimeSessions<'a> {
        RealtimeSessions::new(self.core.client).options(self.core.opts.clone())
    }
}
