//! Proxies: an explicit proxy, credentials in its URL, `no_proxy()`, a proxy that refuses or is
//! down; every request through a CONNECT tunnel to the loopback mock server. (The environment
//! variables have their own test binary, `tests/proxy_env.rs`: they are process-wide.)

mod support;

use std::time::Duration;

use mistral::test_util::MockServer;
use mistral::Client;
use support::connect_proxy::ConnectProxy;
use support::*;

#[tokio::test]
async fn requests_go_through_the_explicit_proxy_in_a_tunnel() {
    let s = MockServer::start().await.unwrap();
    let proxy = ConnectProxy::start(Some(s.addr())).await;
    let c = Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .proxy(proxy.url())
        .build()
        .unwrap();
    for _ in 0..3 {
        assert_eq!(c.chat().complete(&request()).await.unwrap().text(), "Echo: Hi");
    }
    assert_eq!(stream_all(&c, &request()).await.text(), "Echo: Hi");
    assert_eq!(proxy.tunnels(), 1, "one tunnel, reused by the pool");
    let head = &proxy.heads()[0];
    assert!(
        head.starts_with(&format!("CONNECT 127.0.0.1:{} HTTP/1.1", s.addr().port())),
        "{head}"
    );
    // The key travels only inside the tunnel: the proxy never sees it.
    assert!(
        !head.contains(KEY) && !head.to_lowercase().contains("authorization: bearer"),
        "{head}"
    );
    assert_eq!(
        s.requests()[0].header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
}

#[tokio::test]
async fn proxy_credentials_go_to_the_proxy_only_and_stay_out_of_debug() {
    let s = MockServer::start().await.unwrap();
    let proxy = ConnectProxy::start(Some(s.addr())).await;
    let url = format!("http://alice:s3cret-proxy-pw@127.0.0.1:{}", proxy.port());
    let b = Client::builder().api_key(KEY).base_url(s.url()).proxy(url);
    assert!(!format!("{b:?}").contains("s3cret-proxy-pw"), "{b:?}");
    let c = b.build().unwrap();
    assert!(!format!("{c:?}").contains("s3cret-proxy-pw"));
    c.chat().complete(&request()).await.unwrap();
    let head = proxy.heads()[0].to_lowercase();
    // base64("alice:s3cret-proxy-pw")
    assert!(
        head.contains("proxy-authorization: basic ywxpy2u6cznjcmv0lxbyb3h5lxb3"),
        "{head}"
    );
    assert!(
        s.requests()[0].header("proxy-authorization").is_none(),
        "never sent to the API"
    );
}

#[tokio::test]
async fn no_proxy_connects_directly() {
    let s = MockServer::start().await.unwrap();
    let proxy = ConnectProxy::start(Some(s.addr())).await;
    let c = Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .proxy(proxy.url())
        .no_proxy()
        .build()
        .unwrap();
    c.chat().complete(&request()).await.unwrap();
    assert_eq!(proxy.tunnels(), 0);
}

/// A proxy that refuses, or is down: a connect error that names the proxy, not the API host.
#[tokio::test]
async fn a_failing_proxy_is_named_in_the_error() {
    let refusing = ConnectProxy::start(None).await;
    let down = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://127.0.0.1:{}", l.local_addr().unwrap().port())
    };
    for proxy in [refusing.url(), down] {
        let c = Client::builder()
            .api_key(KEY)
            .base_url("http://127.0.0.1:9")
            .proxy(&proxy)
            .max_retries(0)
            .request_timeout(Some(Duration::from_secs(5)))
            .build()
            .unwrap();
        let e = c.chat().complete(&request()).await.unwrap_err();
        assert!(e.is_connect(), "{e:?}");
        let mut chain = e.to_string();
        let mut src = std::error::Error::source(&e);
        while let Some(x) = src {
            chain.push_str(&format!(" / {x}"));
            src = x.source();
        }
        // Named at the top, with what went wrong.
        let top = e.to_string();
        assert!(
            top.starts_with(&format!(
                "connection failed: the proxy {proxy} answered the CONNECT with 403"
            )) || top.starts_with(&format!(
                "connection failed: could not connect to the proxy {proxy}"
            )),
            "{top}"
        );
        assert!(!chain.contains("127.0.0.1:9 "), "{chain}");
    }
}

#[test]
fn bad_proxy_urls_are_builder_errors_that_hide_them() {
    for url in [
        "socks5://127.0.0.1:1080",
        "not a url",
        "http://",
        "https://user:pw-secret@proxy:3128",
    ] {
        let e = Client::builder().api_key(KEY).proxy(url).build().unwrap_err();
        assert!(e.is_builder(), "{url}: {e}");
        assert!(!e.to_string().contains("pw-secret"), "{e}");
    }
}
