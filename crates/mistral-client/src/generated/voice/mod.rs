// generated from the spec by `cargo xtask codegen`: do not edit
//! The `voice` API group: its wire types and handles (`client.voice()`), generated
//! from the spec.

pub use mistral_types::generated::voice::*;

mod agents;
pub use agents::*;
mod sessions;
pub use sessions::*;
mod voices;
pub use voices::*;

crate::pipeline::handle! {
    /// The `voice` API group's calls: `client.voice()`, and a handle per part of the API below it.
    Voice
}

crate::pipeline::per_call_setters!(Voice => core.opts);

impl<'a> Voice<'a> {
    /// The `agents` calls.
    pub fn agents(&self) -> VoiceAgents<'a> {
        VoiceAgents::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `sessions` calls.
    pub fn sessions(&self) -> VoiceSessions<'a> {
        VoiceSessions::new(self.core.client).options(self.core.opts.clone())
    }

    /// The `voices` calls.
    pub fn voices(&self) -> VoiceVoices<'a> {
        VoiceVoices::new(self.core.client).options(self.core.opts.clone())
    }
}
