//! Client settings: the API key, timeouts, limits.

use std::time::Duration;

/// The API key. Its `Debug` never shows the key.
#[derive(Clone)]
pub(crate) struct ApiKey(pub(crate) String);

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ApiKey(****)")
    }
}

/// Timeouts by phase. Each can be disabled with `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// Establishing a connection (TCP and TLS). Default 5 s.
    pub connect: Option<Duration>,
    /// Per attempt: until the whole body for `complete`, until the response headers for a
    /// stream. Default 600 s.
    pub request: Option<Duration>,
    /// The longest gap between two body frames of a stream (comments count). Default 120 s.
    pub stream_idle: Option<Duration>,
    /// The whole call, retries and stream included. Default none.
    pub total: Option<Duration>,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Some(Duration::from_secs(5)),
            request: Some(Duration::from_secs(600)),
            stream_idle: Some(Duration::from_secs(120)),
            total: None,
        }
    }
}

/// Default cap on a non-streaming response body: 32 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;
