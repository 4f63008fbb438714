//! The client's shared state: [`Client`] is one `Arc` of it. The request pipeline
//! (`pipeline.rs`) reads it; the builder (`builder.rs`) makes it; the handle accessors
//! (`client.chat()`, ... in `client.rs`) sit above both.

use std::sync::Arc;

use http::{HeaderMap, Uri};

use crate::config::Timeouts;
use crate::error::{Error, Result};
use crate::headers::RequestHeaders;
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
    /// Authorization, content type, user agent and default headers, built once (read as
    /// they are by the realtime WebSocket upgrade).
    #[cfg_attr(not(feature = "realtime"), allow(dead_code))]
    pub(crate) headers: HeaderMap,
    /// The same with each kind of call's `accept` (and no content type without a JSON
    /// body): what a request starts from.
    pub(crate) request_headers: RequestHeaders,
    /// The API root: scheme, host, port and any gateway prefix, without a trailing slash.
    pub(crate) base_url: String,
    pub(crate) timeouts: Timeouts,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: usize,
    pub(crate) max_event_bytes: usize,
    /// Calls may be sent without a per-call `authorization`: the client's headers carry one
    /// (its key, or a default header), or its host is not Mistral's (a gateway that adds the
    /// key). False only for a client built `without_api_key` for Mistral's API.
    pub(crate) authorized: bool,
    /// The key and every credential header value, redacted from kept error bodies.
    pub(crate) secrets: Secrets,
    /// `server.address` and `server.port` of the spans.
    pub(crate) server_address: String,
    pub(crate) server_port: u16,
    /// Whether request and response bodies are logged (opt-in; off by default).
    pub(crate) trace_content: bool,
    /// The request timers finished calls left for the next ones.
    pub(crate) timers: crate::timer::KeptTimers,
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
    pub(crate) fn from_inner(inner: Inner) -> Self {
        Client {
            inner: Arc::new(inner),
        }
    }

    pub(crate) fn inner(&self) -> &Inner {
        &self.inner
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
