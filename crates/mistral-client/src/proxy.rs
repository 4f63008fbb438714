//! Connecting: proxies (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY`, either case,
//! read as curl does, or one explicit proxy; every request through a proxy goes in an HTTP
//! CONNECT tunnel, so the API key and the request travel only inside it, TLS end to end for
//! https), and the connect timeout, which bounds the whole connection: TCP, the proxy's
//! CONNECT and TLS.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use http::{HeaderValue, Uri};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::proxy::matcher::Matcher;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower_service::Service;

use crate::error::BoxError;

/// Where requests go.
#[derive(Clone, Debug, Default)]
pub(crate) enum ProxyConfig {
    /// From the environment (the default). Loopback hosts are never proxied this way (as Go
    /// does), so a local mock server keeps working behind a corporate proxy.
    #[default]
    Env,
    /// This proxy for every request, loopback included.
    Explicit(String),
    /// No proxy at all.
    Off,
}

impl ProxyConfig {
    /// The matcher, or `None` when nothing is proxied.
    pub(crate) fn matcher(&self) -> Option<Arc<Matcher>> {
        match self {
            ProxyConfig::Env => Some(Arc::new(Matcher::from_env())),
            ProxyConfig::Explicit(url) => Some(Arc::new(Matcher::builder().all(url.clone()).build())),
            ProxyConfig::Off => None,
        }
    }
}

/// A proxy's address for messages: scheme, host and port, never its credentials.
pub(crate) fn display_proxy(uri: &Uri) -> String {
    format!(
        "{}://{}{}",
        uri.scheme_str().unwrap_or("http"),
        uri.host().unwrap_or(""),
        uri.port().map(|p| format!(":{p}")).unwrap_or_default()
    )
}

/// The TCP connector, tunnelling through a proxy when the matcher says so.
#[derive(Clone)]
pub(crate) struct ProxyConnector {
    http: HttpConnector,
    matcher: Option<Arc<Matcher>>,
    /// Loopback destinations bypass the proxy (environment proxies only).
    bypass_loopback: bool,
}

impl ProxyConnector {
    pub(crate) fn new(http: HttpConnector, config: &ProxyConfig) -> Self {
        ProxyConnector {
            http,
            matcher: config.matcher(),
            bypass_loopback: matches!(config, ProxyConfig::Env),
        }
    }
}

/// Why a connection could not be made, in words that name the proxy (never its credentials)
/// and what it answered; found in the source chain by the transport to make the error's
/// message and to decide whether to retry.
#[derive(Debug)]
pub(crate) struct ConnectFailure {
    pub(crate) message: String,
    /// Trying again may succeed (a proxy that was down or answered 5xx; not a 407).
    pub(crate) retryable: bool,
    /// The connect timeout fired.
    pub(crate) timed_out: bool,
    source: Option<BoxError>,
}

impl ConnectFailure {
    fn new(message: String, retryable: bool, source: Option<BoxError>) -> Self {
        ConnectFailure {
            message,
            retryable,
            timed_out: false,
            source,
        }
    }
}

impl std::fmt::Display for ConnectFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConnectFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|e| e as _)
    }
}

type Io = <HttpConnector as Service<Uri>>::Response;

/// `dst` with its scheme's default port made explicit (80 for http, 443 for https).
fn with_default_port(dst: Uri) -> Uri {
    if dst.port().is_some() {
        return dst;
    }
    let port = if dst.scheme_str() == Some("http") { 80 } else { 443 };
    let Some(host) = dst.host() else { return dst };
    let mut parts = dst.clone().into_parts();
    match format!("{host}:{port}").parse() {
        Ok(authority) => {
            parts.authority = Some(authority);
            Uri::from_parts(parts).unwrap_or(dst)
        }
        Err(_) => dst,
    }
}

/// Where a connection is, for the message of a connect timeout.
#[derive(Default)]
struct Stage(AtomicU8);

const TCP: u8 = 0;
const PROXY_TCP: u8 = 1;
const PROXY_ANSWER: u8 = 2;
const TLS: u8 = 3;

impl Stage {
    fn set(v: u8) {
        // Outside a bounded connection (no connect timeout) nobody reads it.
        let _ = STAGE.try_with(|s| s.0.store(v, Ordering::Relaxed));
    }
}

tokio::task_local! {
    /// The stage of the connection being made, shared with the [`Bounded`] connector around
    /// it (which sees only the whole connection's future).
    static STAGE: Arc<Stage>;
}

impl Service<Uri> for ProxyConnector {
    type Response = Io;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Io, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.http.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, dst: Uri) -> Self::Future {
        let loopback = self.bypass_loopback && dst.host().is_some_and(crate::headers::is_loopback);
        let intercept = match &self.matcher {
            Some(m) if !loopback => m.intercept(&dst),
            _ => None,
        };
        let tls = dst.scheme_str() != Some("http");
        let Some(intercept) = intercept else {
            let fut = self.http.call(dst);
            return Box::pin(async move {
                Stage::set(TCP);
                let io = fut.await?;
                if tls {
                    Stage::set(TLS);
                }
                Ok(io)
            });
        };
        let proxy = display_proxy(intercept.uri());
        let connecting = self.http.call(intercept.uri().clone());
        // `Proxy-Authorization`, sent to the proxy only.
        let auth = intercept.basic_auth().cloned();
        // The tunnel names the scheme's own port when the URI has none.
        let dst = with_default_port(dst);
        tracing::trace!(proxy = %proxy, "connecting through the proxy");
        Box::pin(async move {
            Stage::set(PROXY_TCP);
            let io = connecting.await.map_err(|e| -> BoxError {
                Box::new(ConnectFailure::new(
                    format!("could not connect to the proxy {proxy}"),
                    true,
                    Some(e.into()),
                ))
            })?;
            Stage::set(PROXY_ANSWER);
            let io = tunnel(io, &dst, auth.as_ref(), &proxy).await?;
            if tls {
                Stage::set(TLS);
            }
            Ok(io)
        })
    }
}

/// The longest answer head a proxy may send to a CONNECT.
const MAX_PROXY_HEAD: usize = 8 * 1024;

/// Asks the proxy on `io` for a tunnel to `dst` and reads its answer. Written here rather than
/// taken from hyper-util, whose tunnel does not keep the proxy's status for the message.
async fn tunnel(io: Io, dst: &Uri, auth: Option<&HeaderValue>, proxy: &str) -> Result<Io, BoxError> {
    let fail = |message: String, retryable: bool, source: Option<BoxError>| -> BoxError {
        Box::new(ConnectFailure::new(message, retryable, source))
    };
    let host = dst.host().unwrap_or("");
    let port = dst.port_u16().unwrap_or(443);
    let authority = if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    };
    let mut head = format!("CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n").into_bytes();
    if let Some(auth) = auth {
        head.extend_from_slice(b"Proxy-Authorization: ");
        head.extend_from_slice(auth.as_bytes());
        head.extend_from_slice(b"\r\n");
    }
    head.extend_from_slice(b"\r\n");
    let mut tcp = io.into_inner();
    let io_failed = |e: std::io::Error| {
        fail(
            format!("the connection to the proxy {proxy} failed during the CONNECT"),
            true,
            Some(Box::new(e)),
        )
    };
    tcp.write_all(&head).await.map_err(io_failed)?;
    let mut buf = Vec::with_capacity(512);
    loop {
        if buf.len() >= MAX_PROXY_HEAD {
            return Err(fail(
                format!("the proxy {proxy} answered the CONNECT with a head over {MAX_PROXY_HEAD} bytes"),
                false,
                None,
            ));
        }
        let mut chunk = [0u8; 1024];
        let want = chunk.len().min(MAX_PROXY_HEAD - buf.len());
        let n = tcp.read(&mut chunk[..want]).await.map_err(io_failed)?;
        if n == 0 {
            return Err(fail(
                format!("the proxy {proxy} closed the connection without answering the CONNECT"),
                true,
                None,
            ));
        }
        buf.extend_from_slice(&chunk[..n]);
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut answer = httparse::Response::new(&mut headers);
        match answer.parse(&buf) {
            Ok(httparse::Status::Partial) => continue,
            Ok(httparse::Status::Complete(end)) => {
                let code = answer.code.unwrap_or(0);
                if (200..300).contains(&code) {
                    if end != buf.len() {
                        // Bytes before our TLS hello cannot be ours: never hand them on.
                        return Err(fail(
                            format!("the proxy {proxy} sent data after its answer to the CONNECT"),
                            false,
                            None,
                        ));
                    }
                    return Ok(TokioIo::new(tcp));
                }
                let reason = answer.reason.unwrap_or("").trim();
                let status = if reason.is_empty() {
                    code.to_string()
                } else {
                    format!("{code} {}", mistral_types::snippet(reason, 100))
                };
                // A proxy that refuses (407: credentials, 403: policy) will refuse again; one
                // that could not reach the API (502, 503, 504) may not.
                let retryable = code >= 500;
                return Err(fail(
                    format!("the proxy {proxy} answered the CONNECT with {status}"),
                    retryable,
                    None,
                ));
            }
            Err(e) => {
                return Err(fail(
                    format!("the proxy {proxy} answered the CONNECT with something that is not HTTP"),
                    false,
                    Some(Box::new(e)),
                ))
            }
        }
    }
}

/// The outermost connector: the connect timeout bounds the whole connection (TCP, a proxy's
/// CONNECT, TLS), and its error says which of them was still under way.
#[derive(Clone)]
pub(crate) struct Bounded<C> {
    inner: C,
    timeout: Option<Duration>,
    /// The proxy in use for a destination, for messages (None when not proxied).
    proxies: ProxyConnector,
}

impl<C> Bounded<C> {
    pub(crate) fn new(inner: C, timeout: Option<Duration>, proxies: ProxyConnector) -> Self {
        Bounded {
            inner,
            timeout,
            proxies,
        }
    }
}

impl ProxyConnector {
    /// The proxy a request to `dst` goes through, for messages.
    fn proxy_for(&self, dst: &Uri) -> Option<String> {
        let loopback = self.bypass_loopback && dst.host().is_some_and(crate::headers::is_loopback);
        match &self.matcher {
            Some(m) if !loopback => m.intercept(dst).map(|i| display_proxy(i.uri())),
            _ => None,
        }
    }
}

impl<C> Service<Uri> for Bounded<C>
where
    C: Service<Uri>,
    C::Error: Into<BoxError>,
    C::Future: Send + 'static,
    C::Response: Send + 'static,
{
    type Response = C::Response;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<C::Response, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.inner.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, dst: Uri) -> Self::Future {
        let Some(limit) = self.timeout else {
            let fut = self.inner.call(dst);
            return Box::pin(async move { fut.await.map_err(Into::into) });
        };
        let proxy = self.proxies.proxy_for(&dst);
        let stage = Arc::new(Stage::default());
        let fut = STAGE.scope(stage.clone(), self.inner.call(dst.clone()));
        Box::pin(async move {
            match tokio::time::timeout(limit, fut).await {
                Ok(r) => r.map_err(Into::into),
                Err(_) => {
                    let host = dst.authority().map_or("", |a| a.as_str()).to_owned();
                    let what = match (stage.0.load(Ordering::Relaxed), &proxy) {
                        (PROXY_TCP, Some(p)) => format!("the proxy {p} did not accept the connection"),
                        (PROXY_ANSWER, Some(p)) => format!("the proxy {p} did not answer the CONNECT"),
                        (TLS, Some(p)) => {
                            format!("the TLS handshake with {host} through the proxy {p} did not finish")
                        }
                        (TLS, None) => format!("the TLS handshake with {host} did not finish"),
                        _ => format!("the TCP connection to {host} did not open"),
                    };
                    let mut f = ConnectFailure::new(
                        format!("{what} within the connect timeout ({limit:?})"),
                        true,
                        None,
                    );
                    f.timed_out = true;
                    Err(Box::new(f) as BoxError)
                }
            }
        })
    }
}
