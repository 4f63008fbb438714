//! Header helpers of the ground floor: parsing a header given as text (the builder's default
//! headers, a call's extra ones), telling a loopback host, and the request headers every call
//! starts from, built once per client.

use http::header::{HeaderName, HeaderValue, ACCEPT, CONTENT_LENGTH, CONTENT_TYPE, HOST};
use http::{HeaderMap, Uri};

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

/// The `Host` header of requests to `uri`'s authority, byte for byte what hyper-util's client
/// writes for an HTTP/1.1 request (the host, and `:port` unless it is the scheme's default),
/// built once per client so that hyper-util finds it and formats none per call. `None` when
/// that value would differ from the URI's authority (an explicit default port, `:443` on
/// https): the header is then left to hyper-util, so that an HTTP/2 request, which carries
/// it beside `:authority`, never carries a `Host` that differs from it (RFC 9113, 8.3.1).
pub(crate) fn host_header(uri: &Uri) -> Option<HeaderValue> {
    let authority = uri.authority()?;
    let host = uri.host()?;
    let secure = matches!(uri.scheme_str(), Some("https" | "wss"));
    // hyper-util's `get_non_default_port`.
    let value = match uri.port() {
        Some(p) if !matches!((p.as_u16(), secure), (443, true) | (80, false)) => format!("{host}:{p}"),
        _ => host.to_owned(),
    };
    if value != authority.as_str() {
        return None;
    }
    HeaderValue::from_str(&value).ok()
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
///
/// For the default transport the maps also hold what hyper-util and hyper would add to every
/// request: `host` (see [`host_header`]) and, for a JSON body, a `content-length` slot that
/// [`for_call`](Self::for_call) fills. A cloned map has no spare room in its entry list, so
/// each header added after the clone copies the list; these two are written once here, and
/// in place per call. A custom transport gets neither: it sees the request it always saw.
#[derive(Clone, Debug)]
pub(crate) struct RequestHeaders {
    /// By `Accept::index() * 2 + (has a JSON body)`.
    maps: [HeaderMap; 6],
    /// The JSON body maps hold a `content-length` to fill per call.
    length_slot: bool,
}

/// What the default transport's requests carry besides the client's headers.
#[derive(Clone, Debug, Default)]
pub(crate) struct WireHeaders {
    /// The `host` of every request (see [`host_header`]).
    pub(crate) host: Option<HeaderValue>,
    /// A `content-length` slot in the JSON body maps.
    pub(crate) content_length: bool,
}

impl WireHeaders {
    /// What the default transport's requests to `base` (any URL under the API root) carry.
    pub(crate) fn default_transport(base: &Uri) -> Self {
        WireHeaders {
            host: host_header(base),
            content_length: true,
        }
    }
}

impl RequestHeaders {
    /// From the client's headers (authorization, content type, user agent, default
    /// headers) and `wire` (a default `host` header of the client wins over its host): the
    /// call's `accept` wins over a default one, and a call without a JSON body sends no JSON
    /// content type (an upload sets its own multipart type).
    pub(crate) fn new(client: &HeaderMap, wire: WireHeaders) -> Self {
        let host = wire.host.filter(|_| !client.contains_key(HOST));
        let length_slot = wire.content_length && !client.contains_key(CONTENT_LENGTH);
        let map = |accept: Accept, body: bool| {
            // Index room for a few more headers (per-call ones): a clone keeps it, so they are
            // added without a rehash.
            let mut h = HeaderMap::with_capacity(client.len() + 4);
            h.insert(ACCEPT, accept.value());
            if let Some(host) = &host {
                h.insert(HOST, host.clone());
            }
            for (k, v) in client {
                if k != ACCEPT && (body || k != CONTENT_TYPE) {
                    h.append(k.clone(), v.clone());
                }
            }
            if body && length_slot {
                h.insert(CONTENT_LENGTH, HeaderValue::from_static("0"));
            }
            h
        };
        let all = [Accept::Json, Accept::EventStream, Accept::Any];
        RequestHeaders {
            maps: std::array::from_fn(|i| map(all[i / 2], i % 2 == 1)),
            length_slot,
        }
    }

    /// The headers of a call that accepts `accept`, with a JSON body or without one (the
    /// `content-length` slot, if any, not filled).
    pub(crate) fn get(&self, accept: Accept, json_body: bool) -> &HeaderMap {
        &self.maps[accept.index() * 2 + usize::from(json_body)]
    }

    /// The headers of a call that accepts `accept`, with this JSON body or none: a clone of
    /// its map, with the body's length in the `content-length` slot.
    pub(crate) fn for_call(&self, accept: Accept, json_body: Option<&[u8]>) -> HeaderMap {
        let mut headers = self.get(accept, json_body.is_some()).clone();
        if let (true, Some(body)) = (self.length_slot, json_body) {
            if body.is_empty() {
                // Sent with no body, as hyper sends an empty one: no length.
                headers.remove(CONTENT_LENGTH);
            } else {
                headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
            }
        }
        headers
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
        let wire = WireHeaders {
            host: Some(HeaderValue::from_static("example.com:8080")),
            content_length: false,
        };
        let h = RequestHeaders::new(&client, wire);
        for accept in [Accept::Json, Accept::EventStream, Accept::Any] {
            for body in [false, true] {
                let m = h.get(accept, body);
                assert!(!m.contains_key(CONTENT_LENGTH));
                assert_eq!(m.get_all(ACCEPT).iter().collect::<Vec<_>>(), [accept.value()]);
                assert_eq!(m.get_all(HOST).iter().collect::<Vec<_>>(), ["example.com:8080"]);
                assert_eq!(m.contains_key(CONTENT_TYPE), body, "{accept:?} {body}");
                assert_eq!(m[AUTHORIZATION], "Bearer k");
                assert_eq!(m[USER_AGENT], "ua");
                assert_eq!(m.get_all("x-many").iter().count(), 2);
            }
        }
    }

    #[test]
    fn a_default_host_header_wins() {
        let mut client = HeaderMap::new();
        client.insert(HOST, HeaderValue::from_static("gateway.internal"));
        let wire = WireHeaders {
            host: Some(HeaderValue::from_static("example.com")),
            content_length: false,
        };
        let h = RequestHeaders::new(&client, wire);
        let m = h.get(Accept::Json, true);
        assert_eq!(m.get_all(HOST).iter().collect::<Vec<_>>(), ["gateway.internal"]);
        // A custom transport: neither host nor length.
        let h = RequestHeaders::new(&HeaderMap::new(), WireHeaders::default());
        for body in [None, Some(&b"{}"[..])] {
            let m = h.for_call(Accept::Json, body);
            assert!(!m.contains_key(HOST) && !m.contains_key(CONTENT_LENGTH));
        }
    }

    #[test]
    fn content_length_filled_per_call() {
        let uri: Uri = "http://127.0.0.1:8080/v1/chat/completions".parse().unwrap();
        let h = RequestHeaders::new(&HeaderMap::new(), WireHeaders::default_transport(&uri));
        for accept in [Accept::Json, Accept::EventStream, Accept::Any] {
            let m = h.for_call(accept, Some(&b"{\"model\":\"m\"}"[..]));
            assert_eq!(m.get_all(CONTENT_LENGTH).iter().collect::<Vec<_>>(), ["13"]);
            assert_eq!(m.get_all(HOST).iter().collect::<Vec<_>>(), ["127.0.0.1:8080"]);
            // No body: no length (hyper sends none for an empty GET either).
            let m = h.for_call(accept, None);
            assert!(!m.contains_key(CONTENT_LENGTH));
            assert_eq!(m[HOST], "127.0.0.1:8080");
            // An empty body: no length either.
            assert!(!h.for_call(accept, Some(&b""[..])).contains_key(CONTENT_LENGTH));
        }
        // A length the client's default headers set wins (and is not rewritten).
        let mut client = HeaderMap::new();
        client.insert(CONTENT_LENGTH, HeaderValue::from_static("7"));
        let h = RequestHeaders::new(&client, WireHeaders::default_transport(&uri));
        assert_eq!(h.for_call(Accept::Json, Some(&b"{}"[..]))[CONTENT_LENGTH], "7");
    }

    #[test]
    fn host_header_as_hyper_util_writes_it() {
        let cases = [
            (
                "https://api.mistral.ai/v1/chat/completions",
                Some("api.mistral.ai"),
            ),
            (
                "http://127.0.0.1:8080/v1/chat/completions",
                Some("127.0.0.1:8080"),
            ),
            ("http://localhost:1/v1/x", Some("localhost:1")),
            ("http://[::1]:9/v1/x", Some("[::1]:9")),
            ("https://gw.example:8443/mistral/v1/x", Some("gw.example:8443")),
            ("http://example.com:443/v1/x", Some("example.com:443")),
            ("https://example.com:80/v1/x", Some("example.com:80")),
            // An explicit default port: hyper-util writes the host alone, which differs from
            // the authority (HTTP/2's `:authority`): left to hyper-util.
            ("https://api.mistral.ai:443/v1/x", None),
            ("http://localhost:80/v1/x", None),
            ("/v1/x", None),
        ];
        for (url, want) in cases {
            let uri: Uri = url.parse().unwrap();
            let got = host_header(&uri);
            assert_eq!(got.as_ref().map(|v| v.to_str().unwrap()), want, "{url}");
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
