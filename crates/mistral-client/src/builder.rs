//! The client builder: every setting, checked once at `build()`.

use std::sync::Arc;
use std::time::Duration;

use http::header::{HeaderValue, AUTHORIZATION, CONTENT_TYPE, USER_AGENT};
use http::{HeaderMap, Uri};

use crate::config::{ApiKey, Timeouts, DEFAULT_MAX_RESPONSE_BYTES};
use crate::error::{Error, Result};
use crate::headers::{is_loopback, parse_header, RequestHeaders, WireHeaders};
use crate::proxy::ProxyConfig;
use crate::redact::Secrets;
use crate::retry::RetryPolicy;
use crate::sse::DEFAULT_MAX_EVENT_BYTES;
use crate::state::{Client, Inner, DEFAULT_BASE_URL};
use crate::transport::{HyperSettings, HyperTransport, Transport};

/// Builds a [`Client`]. Every setter is infallible; the first invalid value is reported by
/// [`build`](Self::build).
#[must_use]
#[derive(Default)]
pub struct ClientBuilder {
    api_key: Option<ApiKey>,
    /// Built on purpose without a key (see `without_api_key`).
    keyless: bool,
    base_url: Option<String>,
    user_agent_suffix: Option<String>,
    headers: Vec<(String, String)>,
    timeouts: Timeouts,
    pool_idle_timeout: Option<Duration>,
    retry: RetryPolicy,
    transport: Option<Arc<dyn Transport>>,
    allow_http: bool,
    max_response_bytes: Option<usize>,
    max_event_bytes: Option<usize>,
    proxy: ProxyConfig,
    trace_content: bool,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api_key", &self.api_key)
            .field("base_url", &self.base_url.as_deref().map(hide_userinfo))
            .field("timeouts", &self.timeouts)
            .field("retry", &self.retry)
            .field(
                "proxy",
                &match &self.proxy {
                    ProxyConfig::Env => "from the environment".to_owned(),
                    ProxyConfig::Explicit(u) => hide_userinfo(u),
                    ProxyConfig::Off => "none".to_owned(),
                },
            )
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// The API key (sent as `Authorization: Bearer <key>`; a leading `Bearer ` is accepted).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(ApiKey(key.into()));
        self
    }

    /// Builds a client that holds no API key: for a device or an app that must not hold one,
    /// and opens realtime sessions with a session secret its backend minted
    /// (`RealtimeBuilder::session_secret`, feature `realtime`).
    /// To Mistral's API (a `mistral.ai` host) every other call is refused before anything is
    /// sent (an error of kind [`Builder`](crate::ErrorKind::Builder)): it could only be
    /// refused there. Unless an `authorization` header, default or per call, carries a
    /// credential of its own; and to any other base URL (a gateway of yours, which adds the
    /// key) calls are sent as they are. An [`api_key`](Self::api_key) set as well wins.
    ///
    /// ```
    /// # fn main() -> Result<(), mistral::Error> {
    /// // The secret (`rt_...`) comes from your backend's `client.realtime().sessions().create(..)`.
    /// let client = mistral::Client::builder().without_api_key().build()?;
    /// # #[cfg(feature = "realtime")]
    /// let _session = client
    ///     .audio()
    ///     .realtime("voxtral-mini-transcribe-realtime-2602")
    ///     .session_secret("rt_...");
    /// # Ok(()) }
    /// ```
    pub fn without_api_key(mut self) -> Self {
        self.keyless = true;
        self
    }

    /// The base URL (default `https://api.mistral.ai`); paths go under `/v1`. Plain `http://` is
    /// accepted for loopback hosts, or for any host with [`allow_http`](Self::allow_http).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Allows plain `http://` to non-loopback hosts.
    pub fn allow_http(mut self, allow: bool) -> Self {
        self.allow_http = allow;
        self
    }

    /// Appended to the `User-Agent` (e.g. your app's name and version).
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// A header sent with every request.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// All timeouts at once.
    pub fn timeouts(mut self, t: Timeouts) -> Self {
        self.timeouts = t;
        self
    }

    /// The connect timeout (default 5 s): TCP, a proxy's CONNECT and TLS. A `Duration` sets it, `None` turns it off
    /// (`.connect_timeout(Duration::from_secs(30))`, `.connect_timeout(None)`).
    pub fn connect_timeout(mut self, t: impl Into<Option<Duration>>) -> Self {
        self.timeouts.connect = t.into();
        self
    }

    /// The request timeout (default 600 s). A `Duration` sets it, `None` turns it off
    /// (`.request_timeout(Duration::from_secs(30))`, `.request_timeout(None)`).
    pub fn request_timeout(mut self, t: impl Into<Option<Duration>>) -> Self {
        self.timeouts.request = t.into();
        self
    }

    /// The stream idle timeout (default 120 s). A `Duration` sets it, `None` turns it off
    /// (`.stream_idle_timeout(Duration::from_secs(30))`, `.stream_idle_timeout(None)`).
    pub fn stream_idle_timeout(mut self, t: impl Into<Option<Duration>>) -> Self {
        self.timeouts.stream_idle = t.into();
        self
    }

    /// A deadline on each whole call, retries and stream included (default none). A `Duration` sets it, `None` turns it off
    /// (`.total_timeout(Duration::from_secs(30))`, `.total_timeout(None)`).
    pub fn total_timeout(mut self, t: impl Into<Option<Duration>>) -> Self {
        self.timeouts.total = t.into();
        self
    }

    /// How long an idle pooled connection is kept (default 90 s).
    pub fn pool_idle_timeout(mut self, t: Duration) -> Self {
        self.pool_idle_timeout = Some(t);
        self
    }

    /// The retry policy.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Retries per call (0 disables them).
    pub fn max_retries(mut self, n: u32) -> Self {
        self.retry = self.retry.max_retries(n);
        self
    }

    /// Sends every request through this proxy (`http://host:port`, with optional
    /// `user:password@` sent as `Proxy-Authorization` to the proxy only), in a CONNECT tunnel:
    /// the API key travels only inside it. Loopback hosts are proxied too. By default the
    /// proxy comes from `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` (either case),
    /// read at `build()`, and never applies to loopback hosts.
    ///
    /// ```
    /// let client = mistral::Client::builder()
    ///     .api_key("sk-example-0123456789abcdef")
    ///     .proxy("http://proxy.corp.example:3128")
    ///     .build()?;
    /// # let _ = client;
    /// # Ok::<(), mistral::Error>(())
    /// ```
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = ProxyConfig::Explicit(url.into());
        self
    }

    /// Logs request and response bodies (message contents) as `debug` events of target
    /// `mistral::content` inside each call's span. Off by default, as the OpenTelemetry GenAI
    /// conventions advise: contents may be sensitive. Headers and the key are never logged.
    pub fn trace_content(mut self, on: bool) -> Self {
        self.trace_content = on;
        self
    }

    /// No proxy, whatever the environment says.
    pub fn no_proxy(mut self) -> Self {
        self.proxy = ProxyConfig::Off;
        self
    }

    /// The transport (default: hyper + rustls). Tests pass a fake here.
    pub fn transport(mut self, t: impl Transport) -> Self {
        self.transport = Some(Arc::new(t));
        self
    }

    /// The cap on a non-streaming response body (default 32 MiB).
    pub fn max_response_bytes(mut self, n: usize) -> Self {
        self.max_response_bytes = Some(n);
        self
    }

    /// The cap on one SSE line or event (default 16 MiB).
    pub fn max_event_bytes(mut self, n: usize) -> Self {
        self.max_event_bytes = Some(n);
        self
    }

    /// Builds the client.
    ///
    /// # Errors
    /// A builder error for a missing or invalid key, an invalid header, an invalid base URL, or
    /// plain `http://` to a non-loopback host without [`allow_http`](Self::allow_http).
    pub fn build(self) -> Result<Client> {
        let auth = match (&self.api_key, self.keyless) {
            (Some(key), _) => Some(auth_header(&key.0)?),
            (None, true) => None,
            (None, false) => {
                return Err(Error::builder(
                    "no API key: call api_key() or set MISTRAL_API_KEY (or without_api_key() \
                     for a client that only opens realtime sessions with a session secret)",
                ))
            }
        };
        let (api_root, chat_url) = check_base_url(
            self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL),
            self.allow_http,
        )?;

        let mut headers = HeaderMap::new();
        if let Some(auth) = auth {
            headers.insert(AUTHORIZATION, auth);
        }
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        let mut ua = format!("{}/{}", env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION"));
        if let Some(s) = &self.user_agent_suffix {
            ua.push(' ');
            ua.push_str(s);
        }
        headers.insert(
            USER_AGENT,
            HeaderValue::from_str(&ua)
                .map_err(|_| Error::builder("the user agent suffix is not a valid header value"))?,
        );
        for (name, value) in &self.headers {
            let (n, v) = parse_header(name, value).map_err(Error::builder)?;
            headers.insert(n, v);
        }

        // The default transport's requests carry `host` and `content-length` on the wire: they
        // are prebuilt with the client's headers, so that hyper-util and hyper find them
        // instead of formatting and adding them per call (a custom transport gets neither).
        let mut wire = WireHeaders::default();
        let transport: Arc<dyn Transport> = match self.transport {
            Some(t) => t,
            None => {
                wire = WireHeaders::default_transport(&chat_url);
                if let ProxyConfig::Explicit(url) = &self.proxy {
                    check_proxy_url(url)?;
                }
                let mut settings = HyperSettings::new(self.timeouts.connect, self.pool_idle_timeout);
                settings.proxy = self.proxy.clone();
                Arc::new(HyperTransport::new(&settings)?)
            }
        };
        let server_address = chat_url.host().unwrap_or("").to_owned();
        // Keyless calls may leave: the headers carry a credential, or the host is not
        // Mistral's (a gateway that adds the key).
        let mistral_host = server_address.eq_ignore_ascii_case("mistral.ai")
            || server_address.to_ascii_lowercase().ends_with(".mistral.ai");
        let authorized = headers.contains_key(AUTHORIZATION) || !mistral_host;
        let server_port = chat_url
            .port_u16()
            .unwrap_or(if chat_url.scheme_str() == Some("http") {
                80
            } else {
                443
            });
        Ok(Client::from_inner(Inner {
            server_address,
            server_port,
            trace_content: self.trace_content,
            timers: Default::default(),
            #[cfg(feature = "realtime")]
            realtime: crate::realtime::Connecting::new(self.proxy.clone()),
            transport,
            chat_url,
            authorized,
            secrets: Secrets::default().with_headers(&headers),
            request_headers: RequestHeaders::new(&headers, wire),
            headers,
            base_url: api_root,
            timeouts: self.timeouts,
            retry: self.retry,
            max_response_bytes: self.max_response_bytes.unwrap_or(DEFAULT_MAX_RESPONSE_BYTES),
            max_event_bytes: self.max_event_bytes.unwrap_or(DEFAULT_MAX_EVENT_BYTES),
        }))
    }
}

/// `Authorization: Bearer <key>` from the configured key. Surrounding whitespace and one
/// leading `Bearer ` (any case) are removed; an empty key, or one with anything but printable
/// ASCII, is refused. No message echoes the key.
fn auth_header(raw: &str) -> Result<HeaderValue> {
    let mut key = raw.trim();
    let b = key.as_bytes();
    if b.len() >= 6 && b[..6].eq_ignore_ascii_case(b"bearer") && b.get(6).is_none_or(u8::is_ascii_whitespace)
    {
        key = key[6..].trim();
        if key.is_empty() {
            return Err(Error::builder(
                "the API key is empty: it was only a `Bearer` prefix (pass the key alone)",
            ));
        }
    }
    if key.is_empty() {
        return Err(Error::builder("the API key is empty"));
    }
    if !key.bytes().all(|c| c.is_ascii_graphic()) {
        return Err(Error::builder(
            "the API key contains whitespace, control or non-ASCII characters (the key is not shown)",
        ));
    }
    let mut auth = HeaderValue::from_str(&format!("Bearer {key}"))
        .map_err(|_| Error::builder("the API key contains characters not allowed in a header"))?;
    auth.set_sensitive(true);
    Ok(auth)
}

/// Checks the base URL and returns the API root (scheme, host, port and any path prefix,
/// without trailing slashes or a final `/v1`) and the chat URL under it. A query, a fragment
/// or credentials (`user:pass@`) are refused: the first two would corrupt every request path,
/// and credentials there would be sent nowhere yet shown in `Debug`. Messages never echo
/// the credentials.
fn check_base_url(base: &str, allow_http: bool) -> Result<(String, Uri)> {
    if base.bytes().any(|b| b.is_ascii_control() || b == b' ') {
        return Err(Error::builder(
            "the base URL contains control characters or spaces",
        ));
    }
    let Some((scheme, rest)) = base.split_once("://") else {
        return Err(Error::builder(
            "the base URL needs an http(s) scheme and a host, like https://api.mistral.ai",
        ));
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    if rest[..authority_end].contains('@') {
        return Err(Error::builder(
            "the base URL contains credentials (user:password@); they would never be sent: \
             remove them and pass the key with api_key()",
        ));
    }
    if rest.contains('?') {
        return Err(Error::builder(
            "the base URL has a query string ('?...'): remove it (it would corrupt every request path)",
        ));
    }
    if rest.contains('#') {
        return Err(Error::builder(
            "the base URL has a fragment ('#...'): remove it (it would corrupt every request path)",
        ));
    }
    let base_uri: Uri = base
        .parse()
        .map_err(|e| Error::builder(format!("invalid base URL {base:?}")).with_source(e))?;
    let host = base_uri.host().unwrap_or("");
    match scheme.to_ascii_lowercase().as_str() {
        "https" => {}
        "http" if allow_http || is_loopback(host) => {}
        "http" => {
            return Err(Error::builder(format!(
                "plain http to {host} is refused: use https, or allow_http(true)"
            )))
        }
        _ => {
            return Err(Error::builder(format!(
                "the base URL {base:?} needs an http(s) scheme and a host"
            )))
        }
    }
    if host.is_empty() {
        return Err(Error::builder(format!("the base URL {base:?} has no host")));
    }
    // A gateway prefix (`https://gw.example/mistral/`) is kept; the API path goes under it once.
    let trimmed = base.trim_end_matches('/');
    let trimmed = trimmed
        .strip_suffix("/v1")
        .unwrap_or(trimmed)
        .trim_end_matches('/');
    let chat_url: Uri = format!("{trimmed}/v1/chat/completions")
        .parse()
        .map_err(|e| Error::builder(format!("invalid base URL {base:?}")).with_source(e))?;
    Ok((trimmed.to_owned(), chat_url))
}

/// An explicit proxy URL must be `http://host[:port]` (credentials allowed); the message never
/// echoes it, since it may hold a password.
fn check_proxy_url(url: &str) -> Result<()> {
    let uri: Uri = url.parse().map_err(|_| {
        Error::builder("the proxy URL is not a valid URL (it is not shown: it may hold a password)")
    })?;
    match (uri.scheme_str(), uri.host()) {
        (Some("http"), Some(h)) if !h.is_empty() => Ok(()),
        (Some(s), _) if s != "http" => Err(Error::builder(format!(
            "the proxy URL's scheme is {s:?}: only http:// proxies (CONNECT tunnels) are supported"
        ))),
        _ => Err(Error::builder("the proxy URL needs http:// and a host")),
    }
}

/// `url` with any `user:password@` replaced by `****@`, for `Debug`.
fn hide_userinfo(url: &str) -> String {
    let start = url.find("://").map_or(0, |i| i + 3);
    let end = url[start..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| start + i);
    match url[start..end].rfind('@') {
        Some(at) => format!("{}****{}", &url[..start], &url[start + at..]),
        None => url.to_owned(),
    }
}
