//! How a realtime connection authenticates: with the client's API key (its `Authorization`
//! header), or with a client session's secret (`POST /v1/client/sessions`, an `rt_...` token
//! scoped to one model, short-lived), offered as a WebSocket subprotocol beside `realtime`:
//! `Sec-WebSocket-Protocol: realtime, <secret>`, as Mistral's client-authentication guide
//! has browsers do (they cannot set an `Authorization` header on a WebSocket). With a
//! secret, the API key is not sent.

use http::HeaderValue;

use crate::error::{Error, Result};

/// The subprotocol offered beside the secret; the server selects it in its `101`.
pub(crate) const SUBPROTOCOL: &str = "realtime";

/// A client session's secret. `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct SessionSecret(String);

impl std::fmt::Debug for SessionSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionSecret(****)")
    }
}

impl SessionSecret {
    pub(crate) fn new(secret: String) -> Self {
        SessionSecret(secret)
    }

    /// The secret's bytes, for redaction.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// The `Sec-WebSocket-Protocol` value that carries it, marked sensitive.
    ///
    /// # Errors
    /// An empty secret, or one that cannot be a subprotocol (RFC 6455 §4.1: a subprotocol is
    /// an RFC 7230 token; a comma or a space would split it into others). The message does
    /// not show the secret.
    pub(crate) fn header(&self) -> Result<HeaderValue> {
        let s = self.0.trim();
        if s.is_empty() {
            return Err(mistral_types::ValidationError::single(
                "session",
                "the client session's secret is empty",
            )
            .into());
        }
        if !s.bytes().all(is_tchar) {
            return Err(mistral_types::ValidationError::single(
                "session",
                "the client session's secret has characters a WebSocket subprotocol cannot carry",
            )
            .into());
        }
        // Every tchar is a valid header byte.
        let mut value = HeaderValue::from_str(&format!("{SUBPROTOCOL}, {s}"))
            .map_err(|_| Error::builder("the client session's secret is not a valid header value"))?;
        value.set_sensitive(true);
        Ok(value)
    }
}

/// RFC 7230 §3.2.6 `tchar`.
fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'!' | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'\''
                | b'*'
                | b'+'
                | b'-'
                | b'.'
                | b'^'
                | b'_'
                | b'`'
                | b'|'
                | b'~'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_secret() {
        let s = SessionSecret::new("rt_0123456789abcdefghij".into());
        assert_eq!(format!("{s:?}"), "SessionSecret(****)");
    }

    #[test]
    fn the_header_offers_realtime_then_the_secret() {
        let v = SessionSecret::new(" rt_abc-123.X ".into()).header().unwrap();
        assert_eq!(v.to_str().unwrap(), "realtime, rt_abc-123.X");
        assert!(v.is_sensitive());
    }

    #[test]
    fn secrets_that_cannot_be_a_subprotocol_are_refused_without_showing_them() {
        for bad in ["", "  ", "rt_a,b", "rt_a b", "rt_a\"b", "rt_é", "rt_a\nb"] {
            let err = SessionSecret::new(bad.into()).header().unwrap_err();
            assert!(err.is_invalid_request(), "{err}");
            if bad.trim().len() > 3 {
                assert!(!err.to_string().contains(bad.trim()), "{err}");
            }
        }
    }
}
