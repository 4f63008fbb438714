//! Header helpers of the ground floor: parsing a header given as text (the builder's default
//! headers, a call's extra ones), telling a loopback host, and the request headers every call
//! starts from, built once per client.

use http::header::{HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE};
use http::HeaderMap;

/// A header from text; the error says which part is invalid. Credential headers
/// (`authorization`, `x-api-key`, names with `token`, `secret`, `key`...) are marked sensitive.
pub(crate) fn parse_header(
    name: &str,
    value: &str,
) -> std::result::Result<(HeaderName, HeaderValue), String> {
    let n = HeaderName::from_bytes(name.as_bytes()).map_err(|_| format!("invalid header name {name:?}"))?;
    // The value is never echoed: it may be a credential.
    let v = HeaderValue::from_str(value).map_err(|_| format!("invalid value for header {name:?}"))?;
    let v = crate::redact::mark(&n, v);
    Ok((n, v))
}

/// Whether `host` (a name or an IP literal, brackets allowed) is the local machine.
pub(crate) fn is_loopback(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost") || h.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// What a call accepts in answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Accept {
    /// `application/json`: a decoded answer.
    Json,
    /// `text/event-stream`: a stream.
    EventStream,
    /// `*/*`: a download.
    Any,
}

impl Accept {
    fn value(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            Accept::Json => "application/json",
            Accept::EventStream => "text/event-stream",
            Accept::Any => "*/*",
        })
    }

    fn index(self) -> usize {
        match self {
            Accept::Json => 0,
            Accept::EventStream => 1,
            Accept::Any => 2,
        }
    }
}

/// The headers of a request before its per-call ones, one map per kind of call (what it
/// accepts, and whether it has a JSON body), built once with the client: a call clones its
/// map (two allocations and reference counts, no hashing) instead of building one.
#[derive(Clone, Debug)]
pub(crate) struct RequestHeaders {
    /// By `Accept::index() * 2 + (has a JSON body)`.
    maps: [HeaderMap; 6],
}

impl RequestHeaders {
    /// From the client's headers (authorization, content type, user agent, default
    /// headers): the call's `accept` wins over a default one, and a call without a JSON body
    /// sends no JSON content type (an upload sets its own multipart type).
    pub(crate) fn new(client: &HeaderMap) -> Self {
        let map = |accept: Accept, body: bool| {
            // Index room for a few more headers (per-call ones, hyper's `host` and
            // `content-length`): a clone keeps it, so they are added without a rehash. (A
            // clone's entry list has no spare room: the first header added copies it once.)
            let mut h = HeaderMap::with_capacity(client.len() + 4);
            h.insert(ACCEPT, accept.value());
            for (k, v) in client {
                if k != ACCEPT && (body || k != CONTENT_TYPE) {
                    h.append(k.clone(), v.clone());
                }
            }
            h
        };
        let all = [Accept::Json, Accept::EventStream, Accept::Any];
        RequestHeaders {
            maps: std::array::from_fn(|i| map(all[i / 2], i % 2 == 1)),
        }
    }

    /// The headers of a call that accepts `accept`, with a JSON body or without one.
    pub(crate) fn get(&self, accept: Accept, json_body: bool) -> &HeaderMap {
        &self.maps[accept.index() * 2 + usize::from(json_body)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::header::{AUTHORIZATION, USER_AGENT};

    #[test]
    fn request_headers_by_kind_of_call() {
        let mut client = HeaderMap::new();
        client.insert(AUTHORIZATION, HeaderValue::from_static("Bearer k"));
        client.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        client.insert(USER_AGENT, HeaderValue::from_static("ua"));
        client.insert(ACCEPT, HeaderValue::from_static("text/plain"));
        client.append("x-many", HeaderValue::from_static("1"));
        client.append("x-many", HeaderValue::from_static("2"));
        let h = RequestHeaders::new(&client);
        for accept in [Accept::Json, Accept::EventStream, Accept::Any] {
            for body in [false, true] {
                let m = h.get(accept, body);
                assert_eq!(m.get_all(ACCEPT).iter().collect::<Vec<_>>(), [accept.value()]);
                assert_eq!(m.contains_key(CONTENT_TYPE), body, "{accept:?} {body}");
                assert_eq!(m[AUTHORIZATION], "Bearer k");
                assert_eq!(m[USER_AGENT], "ua");
                assert_eq!(m.get_all("x-many").iter().count(), 2);
            }
        }
    }

    #[test]
    fn loopback_hosts() {
        for h in ["localhost", "LocalHost", "127.0.0.1", "[::1]", "::1", "127.1.2.3"] {
            assert!(is_loopback(h), "{h}");
        }
        for h in ["example.com", "10.0.0.1", "[::2]", ""] {
            assert!(!is_loopback(h), "{h}");
        }
    }
}
