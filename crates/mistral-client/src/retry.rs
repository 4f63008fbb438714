//! When and how long to wait before sending a request again.

use std::time::{Duration, SystemTime};

use http::HeaderMap;

use crate::error::Error;

/// The retry policy: how many times, and how long to wait between attempts.
///
/// Defaults (the README's Behaviour section says why): 2 retries (3 attempts) on connection failures before a
/// response and on 408, 429, 500, 502, 503 and 504; backoff `min(0.5 s × 2^n, 8 s)` with jitter
/// in `(0.75, 1.0]`; a server-sent `retry-after-ms` / `Retry-After` is honoured exactly when it is
/// at most 60 s, and above that the call fails at once with [`Error::retry_after`](crate::Error::retry_after)
/// set; `x-should-retry: true|false` overrides the status rule.
///
/// ```
/// use std::time::Duration;
/// use mistral::{Client, RetryPolicy};
///
/// let policy = RetryPolicy::default()
///     .max_retries(5)
///     .initial_delay(Duration::from_millis(250))
///     .max_delay(Duration::from_secs(4))
///     .max_retry_after(Duration::from_secs(30)); // wait at most 30 s when the server asks
/// let client = Client::builder().api_key("sk-example-0123456789abcdef").retry_policy(policy).build()?;
/// // Or for one call only:
/// let chat = client.chat().retry_policy(RetryPolicy::disabled());
/// # let _ = chat;
/// # Ok::<(), mistral::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_delay: Duration,
    max_delay: Duration,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// No retries: exactly one attempt.
    pub fn disabled() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// Sets how many times a request is retried (attempts = retries + 1).
    pub fn max_retries(mut self, n: u32) -> Self {
        self.max_retries = n;
        self
    }

    /// Sets the first backoff delay (doubled on each retry).
    pub fn initial_delay(mut self, d: Duration) -> Self {
        self.initial_delay = d;
        self
    }

    /// Sets the largest backoff delay.
    pub fn max_delay(mut self, d: Duration) -> Self {
        self.max_delay = d;
        self
    }

    /// Sets the longest server-requested delay that is honoured; above it, no retry.
    pub fn max_retry_after(mut self, d: Duration) -> Self {
        self.max_retry_after = d;
        self
    }

    /// How many retries are allowed.
    pub fn retries(&self) -> u32 {
        self.max_retries
    }

    /// The backoff before retry number `retry` (0-based), jitter included.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        // 0.75 < factor <= 1.0
        let jitter = 1.0 - 0.25 * fastrand::f64();
        self.backoff_base(retry).mul_f64(jitter)
    }

    /// `min(initial × 2^retry, max)`, saturating (no overflow for huge `retry`).
    pub(crate) fn backoff_base(&self, retry: u32) -> Duration {
        let factor = 2u32.checked_pow(retry).unwrap_or(u32::MAX);
        self.initial_delay.saturating_mul(factor).min(self.max_delay)
    }

    /// The longest server-requested delay that is honoured (read by the defaults test).
    #[cfg(test)]
    pub(crate) fn max_retry_after_value(&self) -> Duration {
        self.max_retry_after
    }

    /// The delay before the next attempt after `err`, or `None` when the error is final.
    /// `resend` says whether the request may be sent again once the server may have received
    /// it; when it may not, only an error that proves nothing was done is retried.
    pub(crate) fn delay_after(&self, err: &Error, retries_done: u32, resend: bool) -> Option<Duration> {
        if retries_done >= self.max_retries {
            return None;
        }
        if !resend && !nothing_was_done(err) {
            return None;
        }
        if err.is_status() {
            let meta = err.response_meta()?;
            let should =
                should_retry_header(meta.headers()).unwrap_or_else(|| is_retryable_status(meta.status()));
            if !should {
                return None;
            }
            return match err.retry_after() {
                Some(d) if d <= self.max_retry_after => Some(d),
                // Above the cap: fail now, with `retry_after()` set for the caller.
                Some(_) => None,
                None => Some(self.backoff(retries_done)),
            };
        }
        err.is_retryable().then(|| self.backoff(retries_done))
    }
}

/// Whether `err` proves the server did nothing with the request: the connection was never
/// made (refused, DNS, a proxy that would not tunnel, a connect timeout), a 429, a 503 that says
/// when to come back, or a server that says `x-should-retry: true`. Whether it is retried is
/// still the general rule's (a refused tunnel is not).
pub(crate) fn nothing_was_done(err: &Error) -> bool {
    if err.is_connect() {
        return true;
    }
    let Some(meta) = err.response_meta().filter(|_| err.is_status()) else {
        return false;
    };
    if should_retry_header(meta.headers()) == Some(true) {
        return true;
    }
    let says_when = || {
        ["retry-after", "retry-after-ms"]
            .iter()
            .any(|h| meta.headers().contains_key(*h))
    };
    match meta.status().as_u16() {
        429 => true,
        503 => says_when(),
        _ => false,
    }
}

// Defined with the error, which says whether it is retryable (the error sits below this file).
pub(crate) use crate::error::is_retryable_status;

/// `x-should-retry: true|false`, when present.
pub(crate) fn should_retry_header(headers: &HeaderMap) -> Option<bool> {
    match headers.get("x-should-retry")?.to_str().ok()?.trim() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// The delay the server asks for: `retry-after-ms` first, then `Retry-After` as seconds (a
/// float) or an HTTP date relative to `now`. Unparsable, non-positive or non-finite values give
/// `None` (fall back to backoff); a huge valid value saturates at `Duration::MAX` (and is then
/// above any cap: not retried, value kept).
pub(crate) fn parse_retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    if let Some(ms) = headers.get("retry-after-ms").and_then(|v| v.to_str().ok()) {
        if let Some(d) = positive_secs(ms, 1000.0) {
            return Some(d);
        }
    }
    let v = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Some(d) = positive_secs(v, 1.0) {
        return Some(d);
    }
    let when = httpdate::parse_http_date(v).ok()?;
    when.duration_since(now).ok().filter(|d| !d.is_zero())
}

fn positive_secs(v: &str, per_sec: f64) -> Option<Duration> {
    let n: f64 = v.trim().parse().ok()?;
    let secs = n / per_sec;
    if secs.is_finite() && secs > 0.0 {
        // `from_secs_f64` would panic on overflow: saturate instead.
        Some(Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::StatusCode;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(
                http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                v.parse().unwrap(),
            );
        }
        h
    }

    /// A3: `retry-after-ms` wins over `Retry-After`.
    #[test]
    fn ms_header_wins() {
        let h = headers(&[("retry-after-ms", "1500"), ("retry-after", "10")]);
        assert_eq!(
            parse_retry_after(&h, SystemTime::now()),
            Some(Duration::from_millis(1500))
        );
    }

    #[test]
    fn seconds_float() {
        let h = headers(&[("retry-after", "2")]);
        assert_eq!(
            parse_retry_after(&h, SystemTime::now()),
            Some(Duration::from_secs(2))
        );
        let h = headers(&[("retry-after", "0.25")]);
        assert_eq!(
            parse_retry_after(&h, SystemTime::now()),
            Some(Duration::from_millis(250))
        );
    }

    /// A4: an HTTP date 20 s in the future (clock injected); a past date falls back.
    #[test]
    fn http_date() {
        let now = httpdate::parse_http_date("Wed, 21 Oct 2026 07:28:00 GMT").unwrap();
        let h = headers(&[("retry-after", "Wed, 21 Oct 2026 07:28:20 GMT")]);
        assert_eq!(parse_retry_after(&h, now), Some(Duration::from_secs(20)));
        let h = headers(&[("retry-after", "Wed, 21 Oct 2026 07:27:00 GMT")]);
        assert_eq!(parse_retry_after(&h, now), None);
    }

    /// Any valid value, however large, is kept (saturating): the policy then refuses to wait
    /// that long instead of falling back to backoff.
    #[test]
    fn huge_values_saturate() {
        for (v, want) in [
            ("86400", Duration::from_secs(86_400)),
            ("999999", Duration::from_secs(999_999)),
            ("99999999999999999999999", Duration::MAX),
            ("1e300", Duration::MAX),
        ] {
            let h = headers(&[("retry-after", v)]);
            assert_eq!(parse_retry_after(&h, SystemTime::now()), Some(want), "{v:?}");
        }
        let h = headers(&[("retry-after-ms", "99999999999999999999999")]);
        assert_eq!(parse_retry_after(&h, SystemTime::now()), Some(Duration::MAX));
    }

    /// A5: invalid values fall back to backoff, with no panic and no overflow.
    #[test]
    fn invalid_values() {
        for v in [
            "0",
            "-10",
            "",
            "inf",
            "nan",
            "Zun, 29 Sep 2023 16:26:57 GMT",
            "Fri, 29 Sep 100000 16:26:57 GMT",
        ] {
            let h = headers(&[("retry-after", v)]);
            assert_eq!(parse_retry_after(&h, SystemTime::now()), None, "{v:?}");
            let h = headers(&[("retry-after-ms", v)]);
            assert_eq!(parse_retry_after(&h, SystemTime::now()), None, "ms {v:?}");
        }
    }

    /// A7/A8: the backoff formula, jitter bounds, and saturation for huge retry counts.
    #[test]
    fn backoff_bounds() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff_base(0), Duration::from_millis(500));
        assert_eq!(p.backoff_base(1), Duration::from_secs(1));
        assert_eq!(p.backoff_base(4), Duration::from_secs(8));
        assert_eq!(p.backoff_base(1000), Duration::from_secs(8));
        assert_eq!(p.backoff_base(u32::MAX), Duration::from_secs(8));
        for n in 0..50 {
            let d = p.backoff(n % 3);
            let base = p.backoff_base(n % 3);
            assert!(d > base.mul_f64(0.75) && d <= base, "{d:?} vs {base:?}");
        }
    }

    #[test]
    fn should_retry_header_values() {
        assert_eq!(
            should_retry_header(&headers(&[("x-should-retry", "true")])),
            Some(true)
        );
        assert_eq!(
            should_retry_header(&headers(&[("x-should-retry", "false")])),
            Some(false)
        );
        assert_eq!(
            should_retry_header(&headers(&[("x-should-retry", "maybe")])),
            None
        );
        assert_eq!(should_retry_header(&HeaderMap::new()), None);
    }

    /// A11: which statuses are retried.
    #[test]
    fn retryable_statuses() {
        for s in [408, 429, 500, 502, 503, 504] {
            assert!(is_retryable_status(StatusCode::from_u16(s).unwrap()), "{s}");
        }
        for s in [400, 401, 403, 404, 409, 422, 501, 505] {
            assert!(!is_retryable_status(StatusCode::from_u16(s).unwrap()), "{s}");
        }
    }
}
