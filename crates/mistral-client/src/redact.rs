//! Credentials kept out of what errors keep: a server (or a proxy) that echoes the request's
//! Authorization header in its error body must not get the key into `Display` or `body()`.
//!
//! Where a credential is known to be (the value of a credential header), it is masked whole,
//! whatever its length. Anywhere else (a body, a query) a secret is only looked for when it is
//! at least [`MIN_SECRET_LEN`] bytes long; under [`ANYWHERE_SECRET_LEN`] bytes only as a whole
//! token, bounded on both sides by something that cannot continue a key (see
//! [`is_token_byte`]), and from that length on wherever it appears. So a short or word-like key
//! (`"test"`, `"mistral"`) never turns `mistral-small-latest` into `mistral-small-la[REDACTED]`,
//! while a real key echoed as `Bearer <key>`, `"<key>"`, `key=<key>&` or at the end of a
//! sentence is caught.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use http::header::{HeaderName, HeaderValue};
use http::HeaderMap;

/// What a secret is replaced with.
pub(crate) const REDACTED: &[u8] = b"[REDACTED]";

/// Secrets shorter than this are never looked for in bodies: no real credential is that short
/// (Mistral keys are 32 characters), and a short "key" such as `test` or `sk-1` is an ordinary
/// word that would only mangle the text around it. Such a key is still masked where it is: in
/// its header.
pub(crate) const MIN_SECRET_LEN: usize = 8;

/// Secrets at least this long are replaced wherever they appear, inside other tokens too
/// (`\n<key>` in escaped JSON, `/v1/<key>x`): no ordinary word holds 20 random characters,
/// so the whole-token rule, there to spare words that a short key spells, is not needed.
pub(crate) const ANYWHERE_SECRET_LEN: usize = 20;

/// Header names whose values are credentials, whatever the caller set them with.
pub(crate) fn is_credential_header(name: &HeaderName) -> bool {
    let n = name.as_str();
    matches!(
        n,
        "authorization" | "proxy-authorization" | "cookie" | "x-api-key" | "api-key"
    ) || ["key", "token", "secret", "auth", "password"]
        .iter()
        .any(|w| n.contains(w))
}

/// A header value, marked sensitive when the name is a credential header (so `Debug` of the
/// request, in a logging transport, shows `Sensitive`).
pub(crate) fn mark(name: &HeaderName, mut value: HeaderValue) -> HeaderValue {
    if is_credential_header(name) {
        value.set_sensitive(true);
    }
    value
}

/// Whether `b` can continue a token that contains a key: the characters of API keys, base64
/// (standard and URL-safe), JWTs and `sk-...` keys. `=` is left out on purpose: it only pads
/// the end of base64, so next to a key it is a separator (`key=<key>`) or padding of the key
/// itself; `.` is handled by [`bounded`] (a JWT separator inside a token, a full stop after it).
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'~' | b'+' | b'/')
}

/// Whether `text[at..end]` stands alone: not preceded or followed by a token byte, where a `.`
/// counts as part of the token only between two token bytes (`a.<key>` and `<key>.b` are other
/// tokens; `<key>.` at the end of a sentence is the key).
fn bounded(text: &[u8], at: usize, end: usize) -> bool {
    let before = match at.checked_sub(1).map(|i| text[i]) {
        None => true,
        Some(b'.') => at < 2 || !is_token_byte(text[at - 2]),
        Some(b) => !is_token_byte(b),
    };
    let after = match text.get(end) {
        None => true,
        Some(b'.') => !text.get(end + 1).copied().is_some_and(is_token_byte),
        Some(b) => !is_token_byte(*b),
    };
    // A secret whose own edge is not a token byte (`Bearer <key>` ends with the key, but a
    // configured secret may start with `{`) is bounded on that side by itself.
    let (first, last) = (text[at], text[end - 1]);
    (before || !is_token_byte(first)) && (after || !is_token_byte(last))
}

/// The forms a secret takes in a body besides itself: JSON-escaped (`\/`, `\"`, `\\`) and
/// percent-encoded (in a URL or a form body).
fn variants(secret: &[u8]) -> Vec<Box<[u8]>> {
    let mut out: Vec<Box<[u8]>> = vec![secret.into()];
    let mut json = Vec::with_capacity(secret.len() + 4);
    let mut slash = Vec::with_capacity(secret.len() + 4);
    for &b in secret {
        if matches!(b, b'"' | b'\\') {
            json.push(b'\\');
            slash.push(b'\\');
        }
        if b == b'/' {
            slash.push(b'\\');
        }
        json.push(b);
        slash.push(b);
    }
    let pct: Vec<u8> = percent_encoding::percent_encode(secret, percent_encoding::NON_ALPHANUMERIC)
        .to_string()
        .into_bytes();
    // Unreserved characters stay as they are in a URL: only escape what must be.
    let pct_min: Vec<u8> = {
        const SET: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
            .remove(b'-')
            .remove(b'_')
            .remove(b'.')
            .remove(b'~');
        percent_encoding::percent_encode(secret, SET)
            .to_string()
            .into_bytes()
    };
    for v in [json, slash, pct, pct_min] {
        if !out.iter().any(|o| **o == *v) {
            out.push(v.into());
        }
    }
    out
}

/// The secret byte strings to redact (each with its escaped forms), longest first.
#[derive(Clone, Default)]
pub(crate) struct Secrets(Arc<[Box<[u8]>]>);

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Secrets({})", self.0.len())
    }
}

impl Secrets {
    /// The values of the sensitive headers in `headers`, and the credential after an auth
    /// scheme (`Bearer <token>`), added to `self`.
    pub(crate) fn with_headers(&self, headers: &HeaderMap) -> Self {
        self.with_values(
            headers
                .values()
                .filter(|v| v.is_sensitive())
                .map(HeaderValue::as_bytes),
        )
    }

    /// `self` and these credential values (a header value, with the token after its auth
    /// scheme as a secret of its own). Values shorter than [`MIN_SECRET_LEN`] are left out:
    /// they are masked where they are (their header), never looked for elsewhere.
    pub(crate) fn with_values<'a>(&self, values: impl IntoIterator<Item = &'a [u8]>) -> Self {
        let mut found: Vec<Box<[u8]>> = Vec::new();
        for b in values {
            let b = b.trim_ascii();
            let mut add = |s: &[u8]| {
                if s.len() >= MIN_SECRET_LEN {
                    found.extend(variants(s));
                }
            };
            add(b);
            if let Some(sp) = b.iter().position(|c| *c == b' ') {
                add(b[sp + 1..].trim_ascii());
            }
        }
        if found.is_empty() {
            return self.clone();
        }
        found.extend(self.0.iter().cloned());
        found.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        found.dedup();
        Secrets(found.into())
    }

    /// Where the secrets are in `text`: whole-token matches only, overlapping ones merged,
    /// in order.
    pub(crate) fn find(&self, text: &[u8]) -> Vec<Range<usize>> {
        let mut hits: Vec<Range<usize>> = Vec::new();
        for s in self.0.iter() {
            for at in memchr::memmem::find_iter(text, s) {
                let end = at + s.len();
                if s.len() >= ANYWHERE_SECRET_LEN || bounded(text, at, end) {
                    hits.push(at..end);
                }
            }
        }
        if hits.is_empty() {
            return hits;
        }
        hits.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(hits.len());
        for r in hits {
            match merged.last_mut() {
                Some(last) if r.start < last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }

    /// `bytes` with every secret replaced by `[REDACTED]`; borrowed when there was none.
    pub(crate) fn redact<'a>(&self, bytes: &'a [u8]) -> Cow<'a, [u8]> {
        let hits = self.find(bytes);
        if hits.is_empty() {
            return Cow::Borrowed(bytes);
        }
        let mut buf = Vec::with_capacity(bytes.len());
        let mut last = 0;
        for r in hits {
            buf.extend_from_slice(&bytes[last..r.start]);
            buf.extend_from_slice(REDACTED);
            last = r.end;
        }
        buf.extend_from_slice(&bytes[last..]);
        Cow::Owned(buf)
    }

    /// [`redact`](Self::redact) for text (the replacement is ASCII, so UTF-8 stays UTF-8).
    #[cfg(any(feature = "test-util", feature = "realtime"))]
    pub(crate) fn redact_str<'a>(&self, text: &'a str) -> Cow<'a, str> {
        match self.redact(text.as_bytes()) {
            Cow::Borrowed(_) => Cow::Borrowed(text),
            Cow::Owned(b) => Cow::Owned(String::from_utf8_lossy(&b).into_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auth(key: &str) -> Secrets {
        let mut h = HeaderMap::new();
        let v = HeaderValue::from_str(&format!("Bearer {key}")).unwrap();
        h.insert(http::header::AUTHORIZATION, mark(&http::header::AUTHORIZATION, v));
        Secrets::default().with_headers(&h)
    }

    fn red(s: &Secrets, text: &str) -> String {
        String::from_utf8(s.redact(text.as_bytes()).into_owned()).unwrap()
    }

    #[test]
    fn redacts_header_values_and_bearer_tokens() {
        let mut h = HeaderMap::new();
        h.insert(
            http::header::AUTHORIZATION,
            mark(
                &http::header::AUTHORIZATION,
                HeaderValue::from_static("Bearer sk-secret-1"),
            ),
        );
        let name = HeaderName::from_static("x-gateway-token");
        h.insert(name.clone(), mark(&name, HeaderValue::from_static("tok-2222")));
        h.insert("x-plain", HeaderValue::from_static("visible"));
        let s = Secrets::default().with_headers(&h);
        let out = s.redact(b"auth=Bearer sk-secret-1 key=sk-secret-1 t=tok-2222 p=visible");
        assert_eq!(
            std::str::from_utf8(&out).unwrap(),
            "auth=[REDACTED] key=[REDACTED] t=[REDACTED] p=visible"
        );
        assert!(matches!(s.redact(b"nothing here"), Cow::Borrowed(_)));
    }

    /// Short keys are never looked for in bodies: nothing of an ordinary message changes.
    #[test]
    fn short_keys_never_mangle_text() {
        let text = r#"{"message":"model mistral-small-latest not found: test sk-1 mistral","model":"mistral-small-latest"}"#;
        for key in ["test", "mistral", "sk-1", "k"] {
            let s = auth(key);
            assert_eq!(red(&s, text), text, "key {key:?}");
        }
        // Its whole `Bearer <key>` form (long enough) is still caught when echoed.
        assert_eq!(
            red(&auth("test"), "got Authorization: Bearer test."),
            "got Authorization: [REDACTED]."
        );
        assert_eq!(red(&auth("test"), "Bearer testing"), "Bearer testing");
    }

    /// A realistic key is caught wherever it stands alone, and never inside another word.
    #[test]
    fn medium_keys_are_redacted_as_whole_tokens_only() {
        const KEY: &str = "mistral-small";
        assert!((MIN_SECRET_LEN..ANYWHERE_SECRET_LEN).contains(&KEY.len()));
        let s = auth(KEY);
        assert_eq!(red(&s, "key mistral-small here"), "key [REDACTED] here");
        // Inside a longer token it is another value: left alone.
        assert_eq!(
            red(&s, "model mistral-small-latest"),
            "model mistral-small-latest"
        );
        assert_eq!(red(&s, "xmistral-small"), "xmistral-small");
    }

    #[test]
    fn realistic_keys_are_redacted_everywhere() {
        const KEY: &str = "Zq3xV9bT7kLm2PfR8sWn4YhJ6cDe1GaU";
        assert_eq!(KEY.len(), 32);
        let s = auth(KEY);
        for (text, want) in [
            (
                format!("{{\"message\":\"invalid key {KEY}\"}}"),
                "{\"message\":\"invalid key [REDACTED]\"}".to_owned(),
            ),
            (format!("\"{KEY}\""), "\"[REDACTED]\"".into()),
            (format!("Bearer {KEY}"), "[REDACTED]".into()),
            (format!("?key={KEY}&x=1"), "?key=[REDACTED]&x=1".into()),
            (
                format!("bad key {KEY}. Try again"),
                "bad key [REDACTED]. Try again".into(),
            ),
            (format!("({KEY}),{KEY}"), "([REDACTED]),[REDACTED]".into()),
            (KEY.to_owned(), "[REDACTED]".into()),
            // A long key is replaced inside other tokens too (no word holds it): after an
            // escaped newline, glued to a path or a suffix.
            (format!("x{KEY}"), "x[REDACTED]".into()),
            (format!("\\n{KEY}"), "\\n[REDACTED]".into()),
            (format!("/v1/{KEY}x"), "/v1/[REDACTED]x".into()),
            (format!("{KEY}-2"), "[REDACTED]-2".into()),
            (format!("a.{KEY}"), "a.[REDACTED]".into()),
        ] {
            assert_eq!(red(&s, &text), want, "{text}");
        }
    }

    /// Keys with base64 characters, echoed escaped in JSON or percent-encoded in a URL.
    #[test]
    fn escaped_forms_are_redacted() {
        const KEY: &str = "ab/cd+ef0123456789==";
        let s = auth(KEY);
        assert_eq!(
            red(&s, r#"{"k":"ab\/cd+ef0123456789=="}"#),
            r#"{"k":"[REDACTED]"}"#
        );
        assert_eq!(red(&s, "?k=ab%2Fcd%2Bef0123456789%3D%3D&"), "?k=[REDACTED]&");
        assert_eq!(red(&s, &format!("k={KEY}")), "k=[REDACTED]");
        // A JWT: dots inside the token are part of it.
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXZhbHVl";
        let s = auth(jwt);
        assert_eq!(red(&s, &format!("token {jwt}.")), "token [REDACTED].");
        assert_eq!(red(&s, "eyJhbGciOiJIUzI1NiJ9"), "eyJhbGciOiJIUzI1NiJ9");
    }

    #[test]
    fn overlapping_matches_merge() {
        let s = Secrets::default().with_values([&b"aaaa bbbbbbbb"[..], &b"bbbbbbbb cccc"[..]]);
        assert_eq!(red(&s, "<aaaa bbbbbbbb cccc>"), "<[REDACTED]>");
    }

    #[test]
    fn credential_names() {
        for n in [
            "authorization",
            "proxy-authorization",
            "x-api-key",
            "x-auth-token",
            "cookie",
        ] {
            assert!(is_credential_header(&HeaderName::from_static(n)), "{n}");
        }
        for n in ["x-custom", "accept", "content-type"] {
            assert!(!is_credential_header(&HeaderName::from_static(n)), "{n}");
        }
    }
}
