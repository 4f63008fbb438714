//! Status handling and retries: cases A1-A16 of the reliability checklist (the README's Behaviour section states the rules), on the scripted transport
//! with paused tokio time (delays are exact and instant).

mod support;

use std::time::Duration;

use support::*;
use tokio::time::Instant;

fn gaps(t: &mistral::test_util::ScriptedTransport) -> Vec<Duration> {
    let r = t.requests();
    r.windows(2).map(|w| w[1].at() - w[0].at()).collect()
}

/// A1: 429 with `Retry-After: 2`, then 200: waits exactly 2 s, 2 requests, Ok.
#[tokio::test(start_paused = true)]
async fn a1_retry_after_seconds() {
    let (c, t) = scripted();
    t.push(error(429, "rate_limit_error", "slow down").header("retry-after", "2"));
    t.push(ok("hi"));
    let r = c.chat().complete(&request()).await.unwrap();
    assert_eq!(r.text(), "hi");
    assert_eq!(gaps(&t), [Duration::from_secs(2)]);
}

/// A2: 429 three times with 2 retries: 3 requests, then the typed error with everything.
#[tokio::test(start_paused = true)]
async fn a2_exhausted() {
    let (c, t) = scripted();
    for _ in 0..3 {
        t.push(
            error(429, "rate_limit_error", "Requests rate limit exceeded")
                .header("retry-after", "1")
                .header("x-ratelimit-remaining-req-minute", "0")
                .header("x-request-id", "req-42"),
        );
    }
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert_eq!(t.requests().len(), 3);
    assert_eq!(e.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(e.api_error().unwrap().kind.as_deref(), Some("rate_limit_error"));
    assert_eq!(e.retry_after(), Some(Duration::from_secs(1)));
    assert_eq!(e.attempts(), 3);
    assert_eq!(e.rate_limits().unwrap().remaining_requests_minute, Some(0));
    assert_eq!(e.request_id(), Some("req-42"));
    assert!(e.is_status() && e.is_retryable());
    assert_eq!(
        e.to_string(),
        "API error 429 Too Many Requests (rate_limit_error): Requests rate limit exceeded (after 3 attempts)"
    );
}

/// A3: `retry-after-ms` wins over `Retry-After`.
#[tokio::test(start_paused = true)]
async fn a3_ms_header_wins() {
    let (c, t) = scripted();
    t.push(
        error(503, "server_error", "busy")
            .header("retry-after-ms", "1500")
            .header("retry-after", "10"),
    );
    t.push(ok("hi"));
    c.chat().complete(&request()).await.unwrap();
    assert_eq!(gaps(&t), [Duration::from_millis(1500)]);
}

/// A4: `Retry-After` as an HTTP date about 20 s ahead (against the real clock).
#[tokio::test(start_paused = true)]
async fn a4_http_date() {
    let (c, t) = scripted();
    let when = std::time::SystemTime::now() + Duration::from_secs(21);
    t.push(error(429, "rate_limit_error", "x").header("retry-after", &httpdate_fmt(when)));
    t.push(ok("hi"));
    c.chat().complete(&request()).await.unwrap();
    let g = gaps(&t)[0];
    assert!(
        g > Duration::from_secs(19) && g <= Duration::from_secs(21),
        "{g:?}"
    );
}

fn httpdate_fmt(t: std::time::SystemTime) -> String {
    // RFC 7231 IMF-fixdate, computed by hand to avoid a test-only dependency.
    let secs = t.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let days = secs / 86_400;
    let (h, m, s) = ((secs % 86_400) / 3600, (secs % 3600) / 60, secs % 60);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    // Civil from days (Howard Hinnant).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(mo <= 2);
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(mo - 1) as usize];
    format!("{weekday}, {d:02} {month} {y} {h:02}:{m:02}:{s:02} GMT")
}

/// A5: invalid `Retry-After` values fall back to the computed backoff, no panic. (A huge but
/// valid number such as `99999999999999999999999` is not invalid: it is above the cap, so the
/// call fails at once with the value kept; see `tests/regression.rs`.)
#[tokio::test(start_paused = true)]
async fn a5_invalid_retry_after() {
    for v in ["0", "-10", "", "inf", "nan", "Zun, 29 Sep 2023 16:26:57 GMT"] {
        let (c, t) = scripted();
        t.push(error(503, "server_error", "x").header("retry-after", v));
        t.push(ok("hi"));
        c.chat().complete(&request()).await.unwrap();
        let g = gaps(&t)[0];
        assert!(
            g >= Duration::from_millis(375) && g <= Duration::from_millis(500),
            "{v:?}: {g:?}"
        );
    }
}

/// A6: `Retry-After: 61` is above the cap: no retry, the error carries the value.
#[tokio::test(start_paused = true)]
async fn a6_above_cap() {
    let (c, t) = scripted();
    t.push(error(429, "rate_limit_error", "x").header("retry-after", "61"));
    let start = Instant::now();
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert_eq!(t.requests().len(), 1);
    assert_eq!(e.retry_after(), Some(Duration::from_secs(61)));
    assert_eq!(e.status().unwrap().as_u16(), 429);
    assert_eq!(start.elapsed(), Duration::ZERO);
}

/// A7: 503, 503, 200 without headers: delays in [0.375, 0.5] then [0.75, 1.0] s.
#[tokio::test(start_paused = true)]
async fn a7_backoff() {
    let (c, t) = scripted();
    t.push(error(503, "server_error", "x"));
    t.push(error(503, "server_error", "x"));
    t.push(ok("hi"));
    c.chat().complete(&request()).await.unwrap();
    let g = gaps(&t);
    assert!(
        g[0] >= Duration::from_millis(375) && g[0] <= Duration::from_millis(500),
        "{g:?}"
    );
    assert!(
        g[1] >= Duration::from_millis(750) && g[1] <= Duration::from_millis(1000),
        "{g:?}"
    );
}

/// A8: a huge retry count saturates at 8 s, no overflow.
#[tokio::test(start_paused = true)]
async fn a8_saturates() {
    let (c, t) = scripted_with(|b| b.max_retries(1000));
    for _ in 0..12 {
        t.push(error(500, "server_error", "x"));
    }
    t.push(ok("hi"));
    c.chat().complete(&request()).await.unwrap();
    let g = gaps(&t);
    assert_eq!(g.len(), 12);
    assert!(
        g[11] > Duration::from_secs(6) && g[11] <= Duration::from_secs(8),
        "{g:?}"
    );
}

/// A9: 400/401/403/404/422 are not retried; the body is parsed; 422 detail reachable.
#[tokio::test(start_paused = true)]
async fn a9_client_errors_not_retried() {
    for status in [400, 401, 403, 404] {
        let (c, t) = scripted();
        t.push(error(status, "invalid_request_error", "nope"));
        let e = c.chat().complete(&request()).await.unwrap_err();
        assert_eq!(t.requests().len(), 1, "{status}");
        assert_eq!(e.status().unwrap().as_u16(), status);
        assert_eq!(e.api_error().unwrap().message.as_deref(), Some("nope"));
        assert!(!e.is_retryable());
    }
    let (c, t) = scripted();
    t.push(mistral::test_util::Reply::json(
        422,
        &serde_json::json!({"detail": [{"type": "extra_forbidden", "loc": ["body", "x"], "msg": "Extra inputs are not permitted"}]}),
    ));
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert_eq!(t.requests().len(), 1);
    assert_eq!(e.api_error().unwrap().detail[0].kind, "extra_forbidden");
}

/// A10: a malformed Retry-After date on a 400 still gives the status error.
#[tokio::test(start_paused = true)]
async fn a10_bad_date_keeps_status() {
    let (c, _t) = scripted();
    _t.push(error(400, "invalid_request_error", "bad").header("retry-after", "Zun, 99 Foo 2023"));
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 400);
    assert!(e.is_status());
}

/// A11: 408 and 500/502/503/504 retried; 501 and 505 not.
#[tokio::test(start_paused = true)]
async fn a11_retryable_statuses() {
    for (status, retried) in [
        (408, true),
        (500, true),
        (502, true),
        (503, true),
        (504, true),
        (501, false),
        (505, false),
    ] {
        let (c, t) = scripted();
        t.push(error(status, "server_error", "x"));
        t.push(ok("hi"));
        let r = c.chat().complete(&request()).await;
        assert_eq!(r.is_ok(), retried, "{status}");
        assert_eq!(t.requests().len(), if retried { 2 } else { 1 }, "{status}");
    }
}

/// A12: `x-should-retry` overrides the status rule both ways.
#[tokio::test(start_paused = true)]
async fn a12_should_retry_header() {
    let (c, t) = scripted();
    t.push(error(503, "server_error", "x").header("x-should-retry", "false"));
    assert!(c.chat().complete(&request()).await.is_err());
    assert_eq!(t.requests().len(), 1);
    let (c, t) = scripted();
    t.push(error(400, "invalid_request_error", "x").header("x-should-retry", "true"));
    t.push(ok("hi"));
    assert!(c.chat().complete(&request()).await.is_ok());
    assert_eq!(t.requests().len(), 2);
}

/// A13: `max_retries(0)` makes exactly one attempt.
#[tokio::test(start_paused = true)]
async fn a13_no_retries() {
    let (c, t) = scripted_with(|b| b.max_retries(0));
    t.push(error(503, "server_error", "x"));
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert_eq!(t.requests().len(), 1);
    assert_eq!(e.attempts(), 1);
}

/// A14: per-call overrides beat the client default for that call only.
#[tokio::test(start_paused = true)]
async fn a14_per_call_overrides() {
    let (c, t) = scripted();
    for _ in 0..6 {
        t.push(error(503, "server_error", "x"));
    }
    assert_eq!(
        c.chat()
            .max_retries(5)
            .complete(&request())
            .await
            .unwrap_err()
            .attempts(),
        6
    );
    // The next call uses the default again (2 retries: 3 attempts).
    for _ in 0..4 {
        t.push(error(503, "server_error", "x"));
    }
    assert_eq!(c.chat().complete(&request()).await.unwrap_err().attempts(), 3);
    assert_eq!(t.requests().len(), 9);
    t.push(ok("hi"));
    assert!(
        c.chat().complete(&request()).await.is_ok(),
        "the fourth scripted 503 was consumed first"
    );
    // A per-call timeout.
    t.push(mistral::test_util::Reply::never());
    let e = c
        .chat()
        .max_retries(0)
        .timeout(Some(Duration::from_secs(3)))
        .complete(&request())
        .await
        .unwrap_err();
    assert_eq!(e.timeout_phase(), Some(mistral::TimeoutPhase::Request));
}

/// A15: every retry sends byte-identical bodies and the same headers.
#[tokio::test(start_paused = true)]
async fn a15_identical_retries() {
    let (c, t) = scripted();
    t.push(error(500, "server_error", "x"));
    t.push(error(502, "server_error", "x"));
    t.push(ok("hi"));
    c.chat().complete(&request()).await.unwrap();
    let r = t.requests();
    assert_eq!(r.len(), 3);
    for x in &r[1..] {
        assert_eq!(x.body(), r[0].body());
        assert_eq!(x.headers(), r[0].headers());
        assert_eq!(x.uri(), r[0].uri());
    }
}

/// A16: every error body variant parses leniently; the raw body is kept.
#[tokio::test(start_paused = true)]
async fn a16_error_body_variants() {
    use mistral::test_util::Reply;
    let cases: Vec<(Reply, Option<&str>)> = vec![
        (error(400, "invalid_request_error", "plain"), Some("plain")),
        (
            Reply::json(
                422,
                &serde_json::json!({"object": "error", "message": {"detail": [{"loc": ["body", "a"], "msg": "m", "type": "t"}]}, "type": "invalid_request_error"}),
            ),
            Some("body.a: m"),
        ),
        (
            Reply::json(
                422,
                &serde_json::json!({"detail": [{"loc": ["body", "b"], "msg": "n", "type": "t"}]}),
            ),
            Some("body.b: n"),
        ),
        (
            Reply::json(
                400,
                &serde_json::json!({"object": "error", "message": "{\"object\":\"error\",\"message\":\"inner\"}", "type": "internal_error_proxy", "code": "1000"}),
            ),
            Some("inner"),
        ),
        (
            Reply::body(400, "text/html", "<html><h1>502 Bad Gateway</h1></html>"),
            None,
        ),
        (Reply::body(400, "application/json", ""), None),
    ];
    for (reply, msg) in cases {
        let (c, t) = scripted();
        t.push(reply);
        let e = c.chat().complete(&request()).await.unwrap_err();
        assert!(e.is_status(), "{e:?}");
        assert_eq!(e.api_error().and_then(|a| a.message.as_deref()), msg);
        assert!(e.body().is_some());
    }
    let (c, t) = scripted();
    t.push(Reply::body(400, "text/html", "<html><h1>Bad Gateway</h1></html>"));
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert_eq!(
        e.to_string(),
        "API error 400 Bad Request: <html><h1>Bad Gateway</h1></html>"
    );
}
