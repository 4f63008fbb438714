//! Proxies from the environment, as curl reads them: `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`,
//! `NO_PROXY`, in either case. One test, alone in its binary: the variables are process-wide.
//! Requests name hosts that need no DNS (the test proxy tunnels every CONNECT to the mock).

mod support;

use std::time::Duration;

use mistral::test_util::MockServer;
use mistral::Client;
use support::connect_proxy::ConnectProxy;
use support::*;

const VARS: [&str; 8] = [
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
];

fn clear() {
    for v in VARS {
        // SAFETY: this binary runs this one test, on one thread, before any client reads them.
        unsafe { std::env::remove_var(v) };
    }
}

fn set(k: &str, v: &str) {
    // SAFETY: as in `clear`.
    unsafe { std::env::set_var(k, v) };
}

fn client(base: &str) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(base)
        .allow_http(true)
        .max_retries(0)
        .request_timeout(Some(Duration::from_secs(3)))
        .build()
        .unwrap()
}

#[tokio::test(flavor = "current_thread")]
async fn environment_proxies() {
    let s = MockServer::start().await.unwrap();
    let proxy = ConnectProxy::start(Some(s.addr())).await;

    // http_proxy (lower case) for http destinations.
    clear();
    set("http_proxy", &proxy.url());
    client("http://api.example.test")
        .chat()
        .complete(&request())
        .await
        .unwrap();
    assert_eq!(proxy.tunnels(), 1);
    assert!(
        proxy.heads()[0].starts_with("CONNECT api.example.test:80 "),
        "{}",
        proxy.heads()[0]
    );

    // HTTPS_PROXY for https destinations: the tunnel is asked for (TLS then fails against the
    // plain mock, which is beside the point).
    clear();
    set("HTTPS_PROXY", &proxy.url());
    let _ = client("https://api.example.test")
        .chat()
        .complete(&request())
        .await;
    assert_eq!(proxy.tunnels(), 2);
    assert!(proxy.heads()[1].starts_with("CONNECT api.example.test:443 "));

    // ALL_PROXY for both.
    clear();
    set("ALL_PROXY", &proxy.url());
    client("http://other.example.test")
        .chat()
        .complete(&request())
        .await
        .unwrap();
    assert_eq!(proxy.tunnels(), 3);

    // NO_PROXY: matching hosts go direct (here: no DNS, so the call fails, through no tunnel).
    set("NO_PROXY", "example.test");
    let r = client("http://api.example.test")
        .chat()
        .complete(&request())
        .await;
    assert!(r.is_err());
    assert_eq!(proxy.tunnels(), 3, "NO_PROXY respected");

    // Loopback hosts are never proxied from the environment: local mock servers keep working.
    clear();
    set("ALL_PROXY", &proxy.url());
    client(&s.url()).chat().complete(&request()).await.unwrap();
    assert_eq!(proxy.tunnels(), 3);
    // An explicit proxy applies to loopback too.
    Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .proxy(proxy.url())
        .build()
        .unwrap()
        .chat()
        .complete(&request())
        .await
        .unwrap();
    assert_eq!(proxy.tunnels(), 4);
    clear();
}
