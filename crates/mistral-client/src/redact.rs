//! Credentials kept out of what errors keep: a server (or a proxy) that echoes the request's
//! Authorization header in its error body must not get the key into `Display` or `body()`.

use std::borrow::Cow;
use std::sync::Arc;

use http::header::{HeaderName, HeaderValue};
use http::HeaderMap;

/// What a secret is replaced with.
pub(crate) const REDACTED: &[u8] = b"[REDACTED]";

/// Secrets shorter than this are not redacted: no real credential is that short, and
/// replacing every `k` of an error message would only mangle it.
const MIN_SECRET_LEN: usize = 4;

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

/// The secret byte strings to redact, longest first (so a key inside `Bearer <key>` does not
/// leave the prefix of a longer match behind).
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
        let mut found: Vec<Box<[u8]>> = Vec::new();
        for v in headers.values().filter(|v| v.is_sensitive()) {
            let b = v.as_bytes();
            found.push(b.into());
            if let Some(sp) = b.iter().position(|c| *c == b' ') {
                let rest = b[sp + 1..].trim_ascii();
                found.push(rest.into());
            }
        }
        if found.is_empty() {
            return self.clone();
        }
        found.extend(self.0.iter().cloned());
        found.retain(|s| s.len() >= MIN_SECRET_LEN);
        found.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        found.dedup();
        Secrets(found.into())
    }

    /// `bytes` with every secret replaced by `[REDACTED]`; borrowed when there was none.
    pub(crate) fn redact<'a>(&self, bytes: &'a [u8]) -> Cow<'a, [u8]> {
        let mut out = Cow::Borrowed(bytes);
        for s in self.0.iter() {
            let finder = memchr::memmem::Finder::new(s);
            if finder.find(&out).is_none() {
                continue;
            }
            let mut buf = Vec::with_capacity(out.len());
            let mut last = 0;
            for at in finder.find_iter(&out) {
                buf.extend_from_slice(&out[last..at]);
                buf.extend_from_slice(REDACTED);
                last = at + s.len();
            }
            buf.extend_from_slice(&out[last..]);
            out = Cow::Owned(buf);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
