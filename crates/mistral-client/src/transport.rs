//! The one seam between the client and the network.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::BodyExt;

use crate::error::{BoxError, Error, Kind, TimeoutPhase};
use crate::proxy::{Bounded, ConnectFailure, ProxyConfig, ProxyConnector};

/// A response body: a stream of `Bytes` frames (an [`http_body::Body`]).
pub type Body = BoxBody<Bytes, BoxError>;

/// A body with no bytes (what a consumed body is replaced with).
pub(crate) fn empty_body() -> Body {
    http_body_util::Empty::new().map_err(|e| match e {}).boxed()
}

/// The future a [`Transport`] returns.
pub type TransportFuture = Pin<Box<dyn Future<Output = Result<http::Response<Body>, TransportError>> + Send>>;

/// The future of [`Transport::send_streaming`]: it may borrow the transport.
pub type StreamingFuture<'a> =
    Pin<Box<dyn Future<Output = Result<http::Response<Body>, TransportError>> + Send + 'a>>;

/// A request body that streams (a file upload read from disk as it is sent), with its exact
/// length when known. A fresh one is made for each attempt of a call, so a retry sends the
/// same bytes again.
pub struct RequestBody {
    inner: RequestInner,
}

// Bytes are kept unboxed: the common JSON request costs no allocation here.
enum RequestInner {
    Full(Option<Bytes>),
    Stream(BoxBody<Bytes, BoxError>),
}

impl RequestBody {
    /// A body of these bytes.
    pub fn full(bytes: Bytes) -> Self {
        RequestBody {
            inner: RequestInner::Full(Some(bytes).filter(|b| !b.is_empty())),
        }
    }

    /// A body from any [`http_body::Body`] of `Bytes` frames; its size hint is kept (an exact
    /// one becomes the `Content-Length`).
    pub fn stream<B>(body: B) -> Self
    where
        B: http_body::Body<Data = Bytes> + Send + Sync + 'static,
        B::Error: Into<BoxError>,
    {
        RequestBody {
            inner: RequestInner::Stream(body.map_err(Into::into).boxed()),
        }
    }

    /// Reads the whole body into memory (what a transport that cannot stream does).
    ///
    /// # Errors
    /// The first error of the body (e.g. the file could not be read).
    pub async fn collect(self) -> Result<Bytes, BoxError> {
        match self.inner {
            RequestInner::Full(b) => Ok(b.unwrap_or_default()),
            RequestInner::Stream(s) => Ok(s.collect().await?.to_bytes()),
        }
    }
}

impl std::fmt::Debug for RequestBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestBody")
            .field("size_hint", &http_body::Body::size_hint(self))
            .finish()
    }
}

impl http_body::Body for RequestBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, BoxError>>> {
        match &mut self.get_mut().inner {
            RequestInner::Full(b) => std::task::Poll::Ready(b.take().map(|b| Ok(http_body::Frame::data(b)))),
            RequestInner::Stream(s) => Pin::new(s).poll_frame(cx),
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.inner {
            RequestInner::Full(b) => b.is_none(),
            RequestInner::Stream(s) => s.is_end_stream(),
        }
    }

    fn size_hint(&self) -> http_body::SizeHint {
        match &self.inner {
            RequestInner::Full(b) => {
                http_body::SizeHint::with_exact(b.as_ref().map_or(0, |b| b.len() as u64))
            }
            RequestInner::Stream(s) => s.size_hint(),
        }
    }
}

/// Sends one HTTP request and returns the response once its headers arrive; the body streams.
///
/// This is the single seam between the client and the network: authentication, retries,
/// request timeouts and SSE parsing sit above it; TLS, pooling and connect timeouts below it.
/// Implement it to route requests elsewhere, or use the fakes of the `test-util` feature.
///
/// ```
/// use mistral::{Body, Transport, TransportError, TransportFuture};
/// use http_body_util::{BodyExt, Full};
///
/// /// Answers every request with the same JSON.
/// struct Canned(bytes::Bytes);
///
/// impl Transport for Canned {
///     fn send(&self, _request: http::Request<bytes::Bytes>) -> TransportFuture {
///         let body: Body = Full::new(self.0.clone()).map_err(|e| match e {}).boxed();
///         let response = http::Response::builder()
///             .header("content-type", "application/json")
///             .body(body)
///             .map_err(TransportError::other);
///         Box::pin(async move { response })
///     }
/// }
/// ```
pub trait Transport: Send + Sync + 'static {
    /// Sends `request`. Resolve once the response headers are in; the body is read later.
    fn send(&self, request: http::Request<Bytes>) -> TransportFuture;

    /// Sends a request whose body streams (file uploads). The default reads the whole body
    /// into memory, then calls [`send`](Self::send): right for test fakes and wrappers; the
    /// default transport streams it, so a large file is never held in memory.
    fn send_streaming(&self, request: http::Request<RequestBody>) -> StreamingFuture<'_> {
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let bytes = body.collect().await.map_err(TransportError::other)?;
            self.send(http::Request::from_parts(parts, bytes)).await
        })
    }
}

impl<T: Transport + ?Sized> Transport for Arc<T> {
    fn send(&self, request: http::Request<Bytes>) -> TransportFuture {
        (**self).send(request)
    }

    fn send_streaming(&self, request: http::Request<RequestBody>) -> StreamingFuture<'_> {
        (**self).send_streaming(request)
    }
}

/// Why a transport could not deliver a response.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    source: Option<BoxError>,
}

/// The class of a [`TransportError`]: it decides whether the request is retried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be established (retried).
    Connect,
    /// Establishing the connection timed out (retried).
    ConnectTimeout,
    /// The TLS handshake failed, e.g. an untrusted or expired certificate (not retried:
    /// sending again would fail the same way).
    Tls,
    /// The connection closed or reset before response headers (retried: nothing was answered).
    Closed,
    /// The server answered with something that is not valid HTTP: a garbage status line, too
    /// many or too large headers (not retried: the request may have been processed).
    Protocol,
    /// Anything else (not retried).
    Other,
    /// A proxy refused the tunnel, e.g. `407 Proxy Authentication Required` or `403` (not
    /// retried: it would refuse again).
    ProxyRefused,
    /// A local failure of the transport itself, not of the network (a recording transport
    /// whose cassette cannot be written). Not retried; becomes
    /// [`ErrorKind::Io`](crate::ErrorKind::Io) with the source's message.
    Local,
    /// A replaying test transport has no recorded exchange for the request (not retried;
    /// the source says which exchange was nearest). Becomes [`ErrorKind::Replay`](crate::ErrorKind::Replay).
    Replay,
}

impl TransportError {
    /// An error of the given kind.
    pub fn new(kind: TransportErrorKind, source: impl Into<BoxError>) -> Self {
        TransportError {
            kind,
            source: Some(source.into()),
        }
    }

    /// A connection failure.
    pub fn connect(source: impl Into<BoxError>) -> Self {
        Self::new(TransportErrorKind::Connect, source)
    }

    /// A connection closed before response headers.
    pub fn closed(source: impl Into<BoxError>) -> Self {
        Self::new(TransportErrorKind::Closed, source)
    }

    /// Any other failure (not retried).
    pub fn other(source: impl Into<BoxError>) -> Self {
        Self::new(TransportErrorKind::Other, source)
    }

    /// The class of this error.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }
}

impl std::fmt::Display for TransportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kind {
            TransportErrorKind::Connect => f.write_str("connect error"),
            TransportErrorKind::ConnectTimeout => f.write_str("connect timeout"),
            TransportErrorKind::Tls => f.write_str("TLS handshake failed"),
            TransportErrorKind::ProxyRefused => f.write_str("the proxy refused the tunnel"),
            TransportErrorKind::Closed => f.write_str("connection closed before response"),
            TransportErrorKind::Protocol => f.write_str("invalid HTTP response"),
            TransportErrorKind::Other => f.write_str("transport error"),
            TransportErrorKind::Replay => f.write_str("no recorded exchange matches the request"),
            TransportErrorKind::Local => f.write_str("the transport failed locally"),
        }
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|e| e as _)
    }
}

impl From<TransportError> for Error {
    fn from(e: TransportError) -> Self {
        // What the top-level message adds: which proxy and what it answered, which stage of
        // the connection timed out, why TLS failed.
        let detail = e.source.as_deref().and_then(|s| {
            if let Some(f) = find_in_chain::<ConnectFailure>(s) {
                return Some(f.message.clone());
            }
            match e.kind {
                TransportErrorKind::Tls => Some(format!("TLS handshake: {}", innermost_reason(Some(s)))),
                TransportErrorKind::Connect => Some(innermost_reason(Some(s))),
                _ => None,
            }
        });
        let kind = match e.kind {
            TransportErrorKind::Connect => Kind::Connect { retryable: true },
            TransportErrorKind::Tls => Kind::Connect { retryable: false },
            TransportErrorKind::ProxyRefused => Kind::Connect { retryable: false },
            TransportErrorKind::ConnectTimeout => Kind::Timeout(TimeoutPhase::Connect),
            TransportErrorKind::Closed => Kind::Transport { retryable: true },
            TransportErrorKind::Other => Kind::Transport { retryable: false },
            TransportErrorKind::Protocol => Kind::Protocol(innermost_reason(e.source.as_deref())),
            TransportErrorKind::Replay | TransportErrorKind::Local => {
                let msg = e
                    .source
                    .as_ref()
                    .map_or_else(|| "no reason given".into(), |s| s.to_string());
                return match (e.kind, e.source) {
                    // The mismatch is the whole message: said once, at the top.
                    (TransportErrorKind::Replay, _) => Error::new(Kind::Replay(msg)),
                    (_, Some(src)) => Error::new(Kind::Io(msg)).with_boxed_source(src),
                    (_, None) => Error::new(Kind::Io(msg)),
                };
            }
        };
        let mut err = Error::new(kind);
        if let Some(d) = detail {
            err = err.with_detail(d);
        }
        match e.source {
            Some(s) => err.with_boxed_source(s),
            None => err,
        }
    }
}

/// The message of the deepest error in a chain: for hyper's errors, the parser's own reason
/// (e.g. "invalid HTTP status-code parsed") under the client's "client error (SendRequest)".
fn innermost_reason(e: Option<&(dyn std::error::Error + Send + Sync + 'static)>) -> String {
    let Some(e) = e else {
        return "no reason given".into();
    };
    let mut cur: &(dyn std::error::Error + 'static) = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

/// The default transport, for wrapping in your own [`Transport`] (logging, metrics, routing):
/// hyper 1.x with a pooled client, rustls (ring), HTTP/1.1 and HTTP/2 by ALPN, TCP_NODELAY,
/// 15 s TCP keep-alive, 90 s pool idle timeout, proxies from the environment. Redirects are
/// never followed.
///
/// ```
/// use mistral::{Client, DefaultTransport, Transport, TransportFuture};
/// use std::time::Duration;
///
/// /// Counts requests, then hands them to the default transport.
/// struct Counting { inner: DefaultTransport, sent: std::sync::atomic::AtomicUsize }
///
/// impl Transport for Counting {
///     fn send(&self, request: http::Request<bytes::Bytes>) -> TransportFuture {
///         self.sent.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
///         self.inner.send(request)
///     }
/// }
///
/// # fn main() -> Result<(), mistral::Error> {
/// let transport = Counting { inner: DefaultTransport::new(Some(Duration::from_secs(5)))?, sent: Default::default() };
/// let client = Client::builder().api_key("sk-example-0123456789abcdef").transport(transport).build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone)]
pub struct DefaultTransport(HyperTransport);

impl std::fmt::Debug for DefaultTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DefaultTransport")
    }
}

impl DefaultTransport {
    /// The default transport with this connect timeout (`None`: no timeout).
    ///
    /// # Errors
    /// When TLS cannot be set up (e.g. no native roots with the `native-roots` feature).
    pub fn new(connect_timeout: Option<Duration>) -> Result<Self, Error> {
        HyperTransport::new(&HyperSettings::new(connect_timeout, None)).map(DefaultTransport)
    }
}

impl Transport for DefaultTransport {
    fn send(&self, request: http::Request<Bytes>) -> TransportFuture {
        self.0.send(request)
    }

    fn send_streaming(&self, request: http::Request<RequestBody>) -> StreamingFuture<'_> {
        self.0.send_streaming(request)
    }
}

/// Settings of the default transport.
#[derive(Clone, Debug)]
pub(crate) struct HyperSettings {
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) pool_idle_timeout: Duration,
    pub(crate) tcp_keepalive: Duration,
    pub(crate) proxy: ProxyConfig,
}

impl HyperSettings {
    /// The defaults (90 s pool idle timeout, 15 s TCP keep-alive), with these overrides.
    pub(crate) fn new(connect_timeout: Option<Duration>, pool_idle_timeout: Option<Duration>) -> Self {
        HyperSettings {
            connect_timeout,
            pool_idle_timeout: pool_idle_timeout.unwrap_or(Duration::from_secs(90)),
            tcp_keepalive: Duration::from_secs(15),
            proxy: ProxyConfig::Env,
        }
    }
}

pub(crate) type Connector = Bounded<hyper_rustls::HttpsConnector<ProxyConnector>>;

/// The default transport's connector behind one `Arc`: hyper-util clones its client, the
/// connector included, for every request (twice: once for the request, once for the
/// connection it may have to open), and the connector's layers hold several `Arc`s of their
/// own (the TCP settings, the proxy matcher, the TLS configuration, for each layer). A clone
/// of this is one reference count, and a pointer in the request's future.
#[derive(Clone)]
pub(crate) struct SharedConnector(Arc<Connector>);

impl tower_service::Service<http::Uri> for SharedConnector {
    type Response = <Connector as tower_service::Service<http::Uri>>::Response;
    type Error = BoxError;
    type Future = <Connector as tower_service::Service<http::Uri>>::Future;

    fn poll_ready(&mut self, _cx: &mut std::task::Context<'_>) -> std::task::Poll<Result<(), BoxError>> {
        // Readiness is asked of the clone that makes the connection, in `call`.
        std::task::Poll::Ready(Ok(()))
    }

    fn call(&mut self, dst: http::Uri) -> Self::Future {
        // Only when a connection is opened (not per request): the layers are cloned, made
        // ready, then called, as tower's contract asks.
        let mut connector = Connector::clone(&self.0);
        Box::pin(async move {
            std::future::poll_fn(|cx| tower_service::Service::poll_ready(&mut connector, cx)).await?;
            tower_service::Service::call(&mut connector, dst).await
        })
    }
}

/// The default transport: hyper 1.x with hyper-util's pooled client, TLS by rustls (ring),
/// HTTP/1.1 and HTTP/2 negotiated by ALPN. Redirects are never followed.
///
/// One pool per tokio runtime: hyper drives each connection from a task on the runtime that
/// opened it, so a connection pooled by one runtime would die with it (mid-response for
/// another runtime's call) or stall while it idles (a current-thread runtime between two
/// `block_on`s). Each runtime gets its own pool, so a client is shared across runtimes
/// safely; the pools of the last few runtimes are kept.
#[derive(Clone)]
pub(crate) struct HyperTransport {
    connector: SharedConnector,
    pool_idle_timeout: Duration,
    /// The pools by runtime, the most recently used first.
    pools: Arc<std::sync::Mutex<Vec<(tokio::runtime::Id, HyperClient)>>>,
}

type HyperClient = hyper_util::client::legacy::Client<SharedConnector, RequestBody>;

/// How many runtimes' pools are kept: a runtime that was shut down never asks again, and its
/// pool (whose connections died with it) is dropped once this many others came after it.
const MAX_RUNTIME_POOLS: usize = 8;

impl HyperTransport {
    pub(crate) fn new(s: &HyperSettings) -> Result<Self, Error> {
        Ok(HyperTransport {
            connector: SharedConnector(Arc::new(connector(s, true)?)),
            pool_idle_timeout: s.pool_idle_timeout,
            pools: Arc::default(),
        })
    }

    fn pool(&self) -> HyperClient {
        hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .pool_idle_timeout(self.pool_idle_timeout)
            .pool_timer(hyper_util::rt::TokioTimer::new())
            .timer(hyper_util::rt::TokioTimer::new())
            .build(self.connector.clone())
    }

    fn request(&self, request: http::Request<RequestBody>) -> TransportFuture {
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return Box::pin(async {
                Err(TransportError::other(
                    "the client's calls must run inside a tokio runtime",
                ))
            });
        };
        let id = runtime.id();
        let fut = {
            let mut pools = self
                .pools
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            match pools.iter().position(|(rid, _)| *rid == id) {
                Some(0) => {}
                Some(i) => {
                    let entry = pools.remove(i);
                    pools.insert(0, entry);
                }
                None => {
                    pools.insert(0, (id, self.pool()));
                    pools.truncate(MAX_RUNTIME_POOLS);
                }
            }
            pools[0].1.request(request)
        };
        Box::pin(async move {
            match fut.await {
                Ok(resp) => Ok(resp.map(|b| b.map_err(|e| Box::new(e) as BoxError).boxed())),
                Err(e) => Err(classify(e)),
            }
        })
    }
}

/// The connector of the default transport: TCP (through a proxy when configured), TLS by
/// rustls (ring) with the feature's roots, the whole bounded by the connect timeout; ALPN
/// offers HTTP/2 too when `http2`.
pub(crate) fn connector(s: &HyperSettings, http2: bool) -> Result<Connector, Error> {
    let mut http = hyper_util::client::legacy::connect::HttpConnector::new();
    // The HTTPS connector decides the scheme; the builder already refused plain http
    // to non-loopback hosts unless allowed.
    http.enforce_http(false);
    // The connect timeout bounds the whole connection (TCP, a proxy's CONNECT, TLS): it is
    // applied around all of it, by `Bounded`, not here to TCP alone.
    http.set_nodelay(true);
    http.set_keepalive(Some(s.tcp_keepalive));
    // ring, deliberately: quick to build, no CMake or NASM. rustls 0.23.48 deprecates this
    // constructor because ring has no post-quantum key exchange (X25519MLKEM768 needs the
    // aws-lc-rs provider, over a minute more of a cold build); allowed so that no build
    // warns (before 0.23.48, where it is not deprecated, the allow does nothing).
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = hyper_rustls::HttpsConnectorBuilder::new();
    #[cfg(feature = "webpki-roots")]
    let builder = builder
        .with_provider_and_webpki_roots(provider)
        .map_err(|e| Error::builder("TLS setup failed").with_source(e))?;
    #[cfg(all(not(feature = "webpki-roots"), feature = "native-roots"))]
    let builder = builder
        .with_provider_and_native_roots(provider)
        .map_err(|e| Error::builder("TLS setup failed (native roots)").with_source(e))?;
    #[cfg(not(any(feature = "webpki-roots", feature = "native-roots")))]
    let builder = builder.with_tls_config({
        rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::builder("TLS setup failed").with_source(e))?
            .with_root_certificates(rustls::RootCertStore::empty())
            .with_no_client_auth()
    });
    let proxies = ProxyConnector::new(http, &s.proxy);
    let https = builder.https_or_http().enable_http1();
    // HTTP/1.1 alone for a connection to be upgraded (the realtime WebSocket): offering h2
    // by ALPN would let the server pick it, and an upgrade needs HTTP/1.1.
    let https = if http2 {
        https.enable_http2().wrap_connector(proxies.clone())
    } else {
        https.wrap_connector(proxies.clone())
    };
    Ok(Bounded::new(https, s.connect_timeout, proxies))
}

impl Transport for HyperTransport {
    fn send(&self, request: http::Request<Bytes>) -> TransportFuture {
        self.request(request.map(RequestBody::full))
    }

    fn send_streaming(&self, request: http::Request<RequestBody>) -> StreamingFuture<'_> {
        self.request(request)
    }
}

/// Whether a rustls error is in the chain. tokio-rustls wraps it in `io::Error`s, whose
/// `source()` skips the wrapped error itself, so those are opened with `get_ref()`.
pub(crate) fn is_tls_error(e: &(dyn std::error::Error + 'static)) -> bool {
    if e.is::<rustls::Error>() {
        return true;
    }
    if let Some(io) = e.downcast_ref::<std::io::Error>() {
        if let Some(inner) = io.get_ref() {
            return is_tls_error(inner);
        }
    }
    e.source().is_some_and(is_tls_error)
}

/// The first error of type `T` in a chain, looking into wrapped `io::Error`s too.
pub(crate) fn find_in_chain<'a, T: std::error::Error + 'static>(
    e: &'a (dyn std::error::Error + 'static),
) -> Option<&'a T> {
    if let Some(t) = e.downcast_ref::<T>() {
        return Some(t);
    }
    if let Some(inner) = e.downcast_ref::<std::io::Error>().and_then(|io| io.get_ref()) {
        if let Some(t) = find_in_chain::<T>(inner) {
            return Some(t);
        }
    }
    e.source().and_then(find_in_chain::<T>)
}

fn classify(e: hyper_util::client::legacy::Error) -> TransportError {
    use std::error::Error as _;
    if let Some(f) = find_in_chain::<ConnectFailure>(&e) {
        let kind = if f.timed_out {
            TransportErrorKind::ConnectTimeout
        } else if f.retryable {
            TransportErrorKind::Connect
        } else {
            TransportErrorKind::ProxyRefused
        };
        return TransportError::new(kind, e);
    }
    if e.is_connect() {
        let mut src = e.source();
        while let Some(s) = src {
            if let Some(io) = s.downcast_ref::<std::io::Error>() {
                if io.kind() == std::io::ErrorKind::TimedOut {
                    return TransportError::new(TransportErrorKind::ConnectTimeout, e);
                }
            }
            src = s.source();
        }
        // `is_tls_error` walks the chain itself (and into wrapped io errors).
        if is_tls_error(&e) {
            return TransportError::new(TransportErrorKind::Tls, e);
        }
        return TransportError::connect(e);
    }
    let mut src = e.source();
    while let Some(s) = src {
        if let Some(h) = s.downcast_ref::<hyper::Error>() {
            // A malformed response is not a lost request: the server may have processed it.
            if h.is_parse() {
                return TransportError::new(TransportErrorKind::Protocol, e);
            }
            // A misuse is not fixed by sending again.
            if h.is_user() {
                return TransportError::other(e);
            }
            return TransportError::closed(e);
        }
        if s.downcast_ref::<std::io::Error>().is_some() {
            return TransportError::closed(e);
        }
        src = s.source();
    }
    TransportError::other(e)
}
