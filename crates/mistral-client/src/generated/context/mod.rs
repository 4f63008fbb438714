// generated from the spec by `cargo xtask codegen`: do not edit
//! The `context` API group: its wire types and handles (`client.context()`), generated
//! from the spec.

pub use mistral_types::generated::context::*;

#[doc(inline)]
pub use crate::api::context::*; // the hand-written additions

mod search_indexes;
pub use search_indexes::*;

crate::pipeline::handle! {
    /// The `context` API group's calls: `client.context()`, and a handle per part of the API below it.
    Context
}

crate::pipeline::per_call_setters!(Context => core.opts);

impl<'a> Context<'a> {
    /// The `search_indexes` calls.
    pub fn search_indexes(&self) -> ContextSearchIndexes<'a> {
        ContextSearchIndexes::new(self.core.client).options(self.core.opts.clone())
    }
}
