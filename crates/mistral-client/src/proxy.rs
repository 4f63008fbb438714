//! Proxies: `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` (either case) read as curl
//! does, or one explicit proxy; every request through a proxy goes in an HTTP CONNECT tunnel,
//! so the API key and the request travel only inside it (TLS end to end for https).

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use http::Uri;
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::proxy::matcher::Matcher;
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

/// A proxy failed: names the proxy (not the API host), keeps the cause.
#[derive(Debug)]
pub(crate) struct ProxyError {
    proxy: String,
    source: BoxError,
}

impl std::fmt::Display for ProxyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the proxy {} failed: {}", self.proxy, self.source)
    }
}

impl std::error::Error for ProxyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
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

impl Service<Uri> for ProxyConnector {
    type Response = Io;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Io, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.http.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, dst: Uri) -> Self::Future {
        let loopback = self.bypass_loopback && dst.host().is_some_and(crate::builder::is_loopback);
        let intercept = match &self.matcher {
            Some(m) if !loopback => m.intercept(&dst),
            _ => None,
        };
        let Some(intercept) = intercept else {
            let fut = self.http.call(dst);
            return Box::pin(async move { fut.await.map_err(Into::into) });
        };
        let proxy = display_proxy(intercept.uri());
        let mut tunnel = Tunnel::new(intercept.uri().clone(), self.http.clone());
        if let Some(auth) = intercept.basic_auth() {
            // `Proxy-Authorization`, sent to the proxy only (marked sensitive by the tunnel).
            tunnel = tunnel.with_auth(auth.clone());
        }
        // The tunnel assumes port 443 when the URI has none: name the scheme's own port.
        let dst = with_default_port(dst);
        tracing::trace!(proxy = %proxy, "connecting through the proxy");
        Box::pin(async move {
            let fail = |e: BoxError| -> BoxError {
                Box::new(ProxyError {
                    proxy: proxy.clone(),
                    source: e,
                })
            };
            std::future::poll_fn(|cx| tunnel.poll_ready(cx))
                .await
                .map_err(|e| fail(e.into()))?;
            tunnel.call(dst).await.map_err(|e| fail(e.into()))
        })
    }
}
