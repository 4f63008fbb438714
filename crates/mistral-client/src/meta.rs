//! Response metadata: status, headers, request id and rate limits, read once.

use std::sync::OnceLock;

use http::{HeaderMap, StatusCode};

/// Header names that carry a request id, in the order they are looked up.
const REQUEST_ID_HEADERS: [&str; 3] = ["x-request-id", "mistral-correlation-id", "x-kong-request-id"];

/// Metadata of an HTTP response: reachable from a result, a stream or an error without
/// re-parsing anything.
#[derive(Clone)]
pub struct ResponseMeta {
    status: StatusCode,
    headers: HeaderMap,
    /// Parsed on first access: most calls never ask, and parsing costs a call about ten
    /// allocations. Boxed, so that a response's metadata stays small to move.
    rate_limits: OnceLock<Box<RateLimits>>,
}

impl std::fmt::Debug for ResponseMeta {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseMeta")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("rate_limits", self.rate_limits())
            .finish()
    }
}

impl ResponseMeta {
    /// Reads the metadata of a response.
    pub fn new(status: StatusCode, headers: HeaderMap) -> Self {
        ResponseMeta {
            status,
            headers,
            rate_limits: OnceLock::new(),
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// All response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The request id (`x-request-id`, or Mistral's correlation id), for support tickets.
    pub fn request_id(&self) -> Option<&str> {
        REQUEST_ID_HEADERS
            .iter()
            .find_map(|h| self.headers.get(*h).and_then(|v| v.to_str().ok()))
    }

    /// The `x-ratelimit-*` headers, parsed (on the first call).
    pub fn rate_limits(&self) -> &RateLimits {
        self.rate_limits
            .get_or_init(|| Box::new(RateLimits::from_headers(&self.headers)))
    }

    /// The `x-model-deprecation-timestamp` header: the model will be removed at that date.
    pub fn model_deprecation(&self) -> Option<&str> {
        self.headers
            .get("x-model-deprecation-timestamp")
            .and_then(|v| v.to_str().ok())
    }
}

/// Rate-limit headers as numbers. Mistral's names are not in its spec; these are the ones
/// observed on `/v1/chat/completions`. Every header with the `x-ratelimit-` prefix is also
/// reachable through [`get`](Self::get).
///
/// ```no_run
/// # async fn run(client: mistral::Client, request: mistral::chat::ChatRequest) -> Result<(), mistral::Error> {
/// let response = client.chat().complete(&request).await?;
/// let limits = response.meta().rate_limits();
/// if let Some(left) = limits.remaining_tokens_minute {
///     println!("{left} tokens left this minute (this call cost {:?})", limits.tokens_query_cost);
/// }
/// // After a 429, the same numbers are on the error:
/// # let e: mistral::Error = unimplemented!();
/// if e.is_rate_limited() {
///     println!("retry after {:?}; limits {:?}", e.retry_after(), e.rate_limits());
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RateLimits {
    /// `x-ratelimit-limit-tokens-minute`
    pub limit_tokens_minute: Option<u64>,
    /// `x-ratelimit-remaining-tokens-minute`
    pub remaining_tokens_minute: Option<u64>,
    /// `x-ratelimit-limit-req-minute`
    pub limit_requests_minute: Option<u64>,
    /// `x-ratelimit-remaining-req-minute`
    pub remaining_requests_minute: Option<u64>,
    /// `x-ratelimit-tokens-query-cost`
    pub tokens_query_cost: Option<u64>,
    /// `x-ratelimit-limit-tokens-month`
    pub limit_tokens_month: Option<u64>,
    /// `x-ratelimit-remaining-tokens-month`
    pub remaining_tokens_month: Option<u64>,
    all: Vec<(String, u64)>,
}

impl RateLimits {
    fn from_headers(headers: &HeaderMap) -> Self {
        let mut out = RateLimits::default();
        for (name, value) in headers {
            let name = name.as_str();
            let Some(suffix) = name.strip_prefix("x-ratelimit-") else {
                continue;
            };
            let Some(n) = value.to_str().ok().and_then(|v| v.trim().parse::<f64>().ok()) else {
                continue;
            };
            if !(n.is_finite() && n >= 0.0) {
                continue;
            }
            // Truncation is fine: these are counts.
            let n = n as u64;
            let slot = match suffix {
                "limit-tokens-minute" => &mut out.limit_tokens_minute,
                "remaining-tokens-minute" => &mut out.remaining_tokens_minute,
                "limit-req-minute" => &mut out.limit_requests_minute,
                "remaining-req-minute" => &mut out.remaining_requests_minute,
                "tokens-query-cost" => &mut out.tokens_query_cost,
                "limit-tokens-month" => &mut out.limit_tokens_month,
                "remaining-tokens-month" => &mut out.remaining_tokens_month,
                _ => {
                    out.all.push((suffix.to_owned(), n));
                    continue;
                }
            };
            *slot = Some(n);
            out.all.push((suffix.to_owned(), n));
        }
        out
    }

    /// Any `x-ratelimit-<suffix>` header as a number, e.g. `get("remaining-req-minute")`.
    pub fn get(&self, suffix: &str) -> Option<u64> {
        self.all.iter().find(|(k, _)| k == suffix).map(|(_, v)| *v)
    }

    /// Whether no rate-limit header was present.
    pub fn is_empty(&self) -> bool {
        self.all.is_empty()
    }
}

/// A value together with the metadata of the response it came from. Derefs to the value.
///
/// ```no_run
/// # async fn run(client: mistral::Client, request: mistral::chat::ChatRequest) -> Result<(), mistral::Error> {
/// let response = client.chat().complete(&request).await?;
/// println!("{} (request id {:?})", response.text(), response.meta().request_id());
/// let (completion, meta) = response.into_parts();
/// # let _ = (completion, meta);
/// # Ok(()) }
/// ```
// One box for both: a result is a pointer wherever it goes (the call's future, the async
// layers it is returned through, a caller's `Result`), instead of a response (hundreds of
// bytes for a chat completion) and its metadata copied at every step.
#[derive(Clone)]
pub struct WithMeta<T>(Box<Parts<T>>);

#[derive(Clone)]
struct Parts<T> {
    value: T,
    meta: ResponseMeta,
}

impl<T: std::fmt::Debug> std::fmt::Debug for WithMeta<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WithMeta")
            .field("value", &self.0.value)
            .field("meta", &self.0.meta)
            .finish()
    }
}

impl<T> WithMeta<T> {
    pub(crate) fn new(value: T, meta: ResponseMeta) -> Self {
        WithMeta(Box::new(Parts { value, meta }))
    }

    /// The response metadata.
    pub fn meta(&self) -> &ResponseMeta {
        &self.0.meta
    }

    /// The value, without the metadata.
    pub fn into_inner(self) -> T {
        self.0.value
    }

    /// The value and the metadata.
    pub fn into_parts(self) -> (T, ResponseMeta) {
        let parts = *self.0;
        (parts.value, parts.meta)
    }
}

impl<T> std::ops::Deref for WithMeta<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0.value
    }
}

/// A response joins the conversation as its first choice's message, so a multi-turn loop is
/// `request.push(response)` (see [`ChatRequest::push`](mistral_types::ChatRequest::push)).
impl From<WithMeta<mistral_types::ChatCompletionResponse>> for mistral_types::Message {
    fn from(r: WithMeta<mistral_types::ChatCompletionResponse>) -> Self {
        r.into_inner().into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limits_parse() {
        let mut h = HeaderMap::new();
        h.insert("x-ratelimit-limit-tokens-minute", "500000".parse().unwrap());
        h.insert("x-ratelimit-remaining-tokens-minute", "499981".parse().unwrap());
        h.insert("x-ratelimit-remaining-req-minute", "59".parse().unwrap());
        h.insert("x-ratelimit-tokens-query-cost", "19".parse().unwrap());
        h.insert("x-ratelimit-reset-seconds", "12".parse().unwrap());
        h.insert("x-ratelimit-limit-req-minute", "garbage".parse().unwrap());
        h.insert("x-request-id", "req-1".parse().unwrap());
        let m = ResponseMeta::new(StatusCode::OK, h);
        let r = m.rate_limits();
        assert_eq!(r.limit_tokens_minute, Some(500_000));
        assert_eq!(r.remaining_tokens_minute, Some(499_981));
        assert_eq!(r.remaining_requests_minute, Some(59));
        assert_eq!(r.tokens_query_cost, Some(19));
        assert_eq!(r.limit_requests_minute, None);
        assert_eq!(r.get("reset-seconds"), Some(12));
        assert_eq!(m.request_id(), Some("req-1"));
    }

    #[test]
    fn rate_limits_are_the_same_parsed_late_or_cloned() {
        let mut h = HeaderMap::new();
        h.insert("x-ratelimit-remaining-req-minute", "59".parse().unwrap());
        let m = ResponseMeta::new(StatusCode::OK, h);
        // A clone made before the first access parses on its own.
        let early = m.clone();
        assert_eq!(m.rate_limits().remaining_requests_minute, Some(59));
        let late = m.clone();
        assert_eq!(early.rate_limits(), m.rate_limits());
        assert_eq!(late.rate_limits(), m.rate_limits());
        // Debug shows the parsed limits, as when they were parsed eagerly.
        assert!(format!("{early:?}").contains("remaining_requests_minute: Some(59)"));
        let none = ResponseMeta::new(StatusCode::OK, HeaderMap::new());
        assert!(none.rate_limits().is_empty());
    }
}
