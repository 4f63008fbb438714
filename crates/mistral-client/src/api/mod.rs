//! One handle per API, each a struct of its own whose methods name that API's types (so
//! [`Chat::complete`] takes a `&ChatRequest`), over the one request pipeline. A handle says
//! which method and path, and which types go in and out; retries, timeouts, errors and
//! streams are the pipeline's, and every handle has the same per-call setters
//! ([`options`](Chat::options), [`max_retries`](Chat::max_retries), ...).
//!
//! | handle | endpoint | module |
//! | --- | --- | --- |
//! | [`Chat`] | `POST /v1/chat/completions` | `api/chat.rs` |
//! | [`Fim`] | `POST /v1/fim/completions` | `api/fim.rs` |
//! | [`Agents`] | `POST /v1/agents/completions` | `api/agents.rs` |
//! | [`Embeddings`] | `POST /v1/embeddings` | `api/embeddings.rs` |
//! | [`Models`] | `/v1/models`, `/v1/fine_tuning/models` | `api/models.rs` |
//! | [`Moderations`] | `POST /v1/moderations`, `/v1/chat/moderations` | `api/moderation.rs` |
//! | [`Ocr`] | `POST /v1/ocr` | `api/ocr.rs` |
//! | [`Classifiers`] | `POST /v1/classifications`, `/v1/chat/classifications` | `api/moderation.rs` |
//! | [`Files`] | `/v1/files` (multipart upload, list, retrieve, delete, content, signed URL) | `api/files.rs` |
//! | [`Conversations`] | `/v1/conversations` (start, append, restart, streamed or not; list, get, history, messages, delete) | `api/conversations.rs` |
//! | [`Audio`] | `/v1/audio/transcriptions`, `/v1/audio/speech` (streamed or not), `/v1/audio/voices` ([`Voices`]) | `api/audio.rs` |
//! | [`Batch`] | `/v1/batch/jobs` (create, list, get, cancel, delete; submit, wait, results) | `api/batch.rs` |
//! | [`Libraries`], [`Documents`] | `/v1/libraries` (libraries, documents, sharing; wait for processing) | `api/libraries.rs` |

/// `Decode` for response types whose empty shell is one without an id.
macro_rules! shell_by_id {
    ($($ty:ty),*) => {$(
        impl crate::pipeline::Decode for $ty {
            fn is_empty_shell(&self) -> bool {
                self.id.is_empty()
            }
        }
    )*};
}

// The shared envelopes (mistral_types::envelope), decoded once for every API.
shell_by_id!(mistral_types::Deleted);

impl<T: serde::de::DeserializeOwned> crate::pipeline::Decode for mistral_types::ListResponse<T> {
    fn is_empty_shell(&self) -> bool {
        self.data.is_empty() && self.object.is_none() && self.total.is_none()
    }
}

pub mod agents;
pub mod audio;
pub mod batch;
pub mod chat;
pub(crate) mod completions;
#[cfg(feature = "context")]
pub mod context;
pub mod conversations;
pub mod embeddings;
pub mod files;
pub mod fim;
pub mod libraries;
pub mod models;
pub mod moderation;
pub mod ocr;
#[cfg(feature = "responses")]
pub mod responses;

pub use agents::Agents;
pub use audio::{Audio, SpeechStream, SpeechWritten, TranscriptionStream, TranscriptionTextStream, Voices};
pub use batch::{Batch, WaitOptions};
pub use chat::Chat;
pub use conversations::{ConversationStream, ConversationTextStream, Conversations};
pub use embeddings::{Batching, Embeddings};
pub use files::Files;
pub use fim::Fim;
pub use libraries::{Documents, Libraries};
pub use models::Models;
pub use moderation::{Classifiers, Moderations};
pub use ocr::Ocr;
#[cfg(feature = "responses")]
pub use responses::Responses;
