//! The client: one connection pool and the settings every call starts from, with a handle
//! per API (`client.chat()`, `client.embeddings()`, ...). The calls themselves go through the
//! one request pipeline (`pipeline.rs`); the handles live in `api/`.

use std::sync::Arc;

use http::{HeaderMap, Uri};

use crate::api::{
    Agents, Batch, Chat, Classifiers, Conversations, Embeddings, Files, Fim, Models, Moderations, Ocr,
};
use crate::builder::ClientBuilder;
use crate::config::Timeouts;
use crate::error::{Error, Result};
use crate::redact::Secrets;
use crate::retry::RetryPolicy;
use crate::transport::Transport;

/// The default base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.mistral.ai";

/// A Mistral API client. Cheap to clone (one `Arc`); clones share the connection pool.
///
/// ```no_run
/// # async fn run() -> Result<(), mistral::Error> {
/// use mistral::Client;
/// use mistral::chat::{ChatRequest, Message};
///
/// let client = Client::from_env()?;
/// let request = ChatRequest::builder()
///     .model("mistral-small-latest")
///     .messages([Message::user("Hello!")])
///     .build();
/// let response = client.chat().complete(&request).await?;
/// println!("{}", response.text());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) transport: Arc<dyn Transport>,
    /// The chat URL, parsed once: the hot path.
    pub(crate) chat_url: Uri,
    /// Authorization, content type, user agent and default headers, built once.
    pub(crate) headers: HeaderMap,
    /// The API root: scheme, host, port and any gateway prefix, without a trailing slash.
    pub(crate) base_url: String,
    pub(crate) timeouts: Timeouts,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: usize,
    pub(crate) max_event_bytes: usize,
    /// The key and every credential header value, redacted from kept error bodies.
    pub(crate) secrets: Secrets,
    /// `server.address` and `server.port` of the spans.
    pub(crate) server_address: String,
    pub(crate) server_port: u16,
    /// Whether request and response bodies are logged (opt-in; off by default).
    pub(crate) trace_content: bool,
    /// How realtime WebSockets connect (the proxy setting; the connector, made once).
    #[cfg(feature = "realtime")]
    pub(crate) realtime: crate::realtime::Connecting,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("timeouts", &self.inner.timeouts)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    pub(crate) fn from_inner(inner: Inner) -> Self {
        Client {
            inner: Arc::new(inner),
        }
    }

    pub(crate) fn inner(&self) -> &Inner {
        &self.inner
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
        &self.inner.base_url
    }

    /// The full URL of `path` (which starts with `/v1/`).
    pub(crate) fn url(&self, path: &str) -> Result<Uri> {
        if path == "/v1/chat/completions" {
            return Ok(self.inner.chat_url.clone());
        }
        format!("{}{path}", self.inner.base_url)
            .parse()
            .map_err(|e| Error::builder(format!("invalid request path {path:?}")).with_source(e))
    }
}
