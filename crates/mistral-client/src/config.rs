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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RetryPolicy;

    /// The defaults documented in the README's Behaviour section.
    #[test]
    fn documented_defaults() {
        let t = Timeouts::default();
        assert_eq!(t.connect, Some(Duration::from_secs(5)));
        assert_eq!(t.request, Some(Duration::from_secs(600)));
        assert_eq!(t.stream_idle, Some(Duration::from_secs(120)));
        assert_eq!(t.total, None);
        assert_eq!(DEFAULT_MAX_RESPONSE_BYTES, 32 << 20);
        assert_eq!(crate::sse::DEFAULT_MAX_EVENT_BYTES, 16 << 20);
        let r = RetryPolicy::default();
        assert_eq!(r.retries(), 2);
        assert_eq!(r.backoff_base(0), Duration::from_millis(500));
        assert_eq!(r.backoff_base(10), Duration::from_secs(8));
        assert_eq!(r.max_retry_after_value(), Duration::from_secs(60));
    }
}
