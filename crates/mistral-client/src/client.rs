//! The client's public face: its builder, and a handle per API (`client.chat()`,
//! `client.embeddings()`, ...). The `Client` type and the state it shares are defined in
//! `state.rs`, below the request pipeline (`pipeline.rs`) that reads them; the handles live
//! in `api/`.

use crate::api::{
    Agents, Batch, Chat, Classifiers, Conversations, Embeddings, Files, Fim, Models, Moderations, Ocr,
};
use crate::builder::ClientBuilder;
use crate::error::{Error, Result};

// Defined with the shared state (`state.rs`), which the pipeline reads: this file only adds
// the builder and the handles, above the pipeline.
pub use crate::state::{Client, DEFAULT_BASE_URL};

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client from `MISTRAL_API_KEY` and (optionally) `MISTRAL_BASE_URL`.
    ///
    /// # Errors
    /// A builder error when `MISTRAL_API_KEY` is unset or invalid.
    pub fn from_env() -> Result<Self> {
        let mut b = Client::builder();
        match std::env::var("MISTRAL_API_KEY") {
            Ok(k) if !k.trim().is_empty() => b = b.api_key(k),
            _ => return Err(Error::builder("MISTRAL_API_KEY is not set")),
        }
        if let Ok(url) = std::env::var("MISTRAL_BASE_URL") {
            if !url.trim().is_empty() {
                b = b.base_url(url);
            }
        }
        b.build()
    }

    /// Chat completions (`/v1/chat/completions`).
    pub fn chat(&self) -> Chat<'_> {
        Chat::new(self)
    }

    /// Fill-in-the-middle code completions (`/v1/fim/completions`).
    pub fn fim(&self) -> Fim<'_> {
        Fim::new(self)
    }

    /// Agents completions (`/v1/agents/completions`).
    pub fn agents(&self) -> Agents<'_> {
        Agents::new(self)
    }

    /// Embeddings (`/v1/embeddings`).
    pub fn embeddings(&self) -> Embeddings<'_> {
        Embeddings::new(self)
    }

    /// Models (`/v1/models`, and the fine-tuned model calls).
    pub fn models(&self) -> Models<'_> {
        Models::new(self)
    }

    /// Moderation (`/v1/moderations`, `/v1/chat/moderations`).
    pub fn moderations(&self) -> Moderations<'_> {
        Moderations::new(self)
    }

    /// OCR (`/v1/ocr`).
    pub fn ocr(&self) -> Ocr<'_> {
        Ocr::new(self)
    }

    /// Classification (`/v1/classifications`, `/v1/chat/classifications`).
    pub fn classifiers(&self) -> Classifiers<'_> {
        Classifiers::new(self)
    }

    /// Files (`/v1/files`): uploads streamed from disk, downloads streamed out.
    pub fn files(&self) -> Files<'_> {
        Files::new(self)
    }

    /// Audio (`/v1/audio`): transcription (a file streamed from disk, bytes, a URL or an
    /// uploaded file; streamed or not), speech, and voices.
    pub fn audio(&self) -> crate::api::Audio<'_> {
        crate::api::Audio::new(self)
    }

    /// Batch jobs (`/v1/batch/jobs`).
    pub fn batch(&self) -> Batch<'_> {
        Batch::new(self)
    }

    /// Conversations (`/v1/conversations`, beta): conversations kept on the server, with a
    /// model or an agent, streamed or not.
    pub fn conversations(&self) -> Conversations<'_> {
        Conversations::new(self)
    }

    /// Document libraries (`/v1/libraries`, beta): libraries, their documents (uploads
    /// streamed from disk, processing waited on) and their sharing.
    pub fn libraries(&self) -> crate::api::Libraries<'_> {
        crate::api::Libraries::new(self)
    }

    /// The base URL requests go to (the API root, without `/v1`).
    pub fn base_url(&self) -> &str {
        &self.inner().base_url
    }
}
