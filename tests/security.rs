//! Security and hygiene: cases E1-E6 of the reliability checklist (the README's Behaviour section states the rules).

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};

use mistral::test_util::{MockServer, ScriptedTransport};
use mistral::Client;
use support::*;

/// E1: `Debug` of the client and builder shows no key.
#[test]
fn e1_debug_hides_key() {
    let b = Client::builder().api_key(KEY).transport(ScriptedTransport::new());
    assert!(!format!("{b:?}").contains(KEY));
    assert!(format!("{b:?}").contains("****"));
    let c = b.build().unwrap();
    assert!(!format!("{c:?}").contains(KEY));
    let auth = mistral::types::ConnectorAuth::ApiKey { value: KEY.into() };
    assert!(!format!("{auth:?}").contains(KEY));
}

/// E2: a 401 error's Display, Debug and source chain carry no key or Authorization header.
#[tokio::test]
async fn e2_errors_hide_key() {
    let (c, t) = scripted();
    t.push(error(401, "authentication_error", "Unauthorized"));
    let e = c.chat().complete(&request()).await.unwrap_err();
    let mut text = format!("{e} {e:?}");
    let mut src = std::error::Error::source(&e);
    while let Some(s) = src {
        text.push_str(&format!("{s} {s:?}"));
        src = s.source();
    }
    assert!(
        !text.contains(KEY) && !text.to_lowercase().contains("authorization"),
        "{text}"
    );
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// E3: a full request/retry cycle with TRACE logging captured: the key never appears.
#[tokio::test]
async fn e3_logs_hide_key() {
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let s = MockServer::start().await.unwrap();
    s.push(error(503, "server_error", "busy").header("retry-after", "0.01"));
    s.push(ok("hi").header("x-model-deprecation-timestamp", "2027-01-01T00:00:00Z"));
    let c = Client::builder().api_key(KEY).base_url(s.url()).build().unwrap();
    c.chat().complete(&request()).await.unwrap();
    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("retrying"), "the capture works: {logs}");
    assert!(logs.contains("deprecated"), "deprecation warning logged: {logs}");
    assert!(!logs.contains(KEY));
}

/// E4: the Authorization header value is marked sensitive; headers sent are as documented.
#[tokio::test]
async fn e4_sensitive_authorization() {
    let (c, t) = scripted();
    c.chat().complete(&request()).await.unwrap();
    let r = &t.requests()[0];
    let auth = r.headers().get("authorization").unwrap();
    assert!(auth.is_sensitive());
    assert_eq!(auth.to_str().unwrap(), format!("Bearer {KEY}"));
    // A key given with its scheme is not doubled.
    let t2 = ScriptedTransport::new();
    let c2 = Client::builder()
        .api_key(format!("Bearer {KEY}"))
        .transport(t2.clone())
        .build()
        .unwrap();
    c2.chat().complete(&request()).await.unwrap();
    assert_eq!(
        t2.requests()[0].header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
}

/// E5: CR, LF or NUL in the key, a header or the base URL is a builder error, no panic.
#[test]
fn e5_injection_rejected() {
    let t = ScriptedTransport::new();
    // Surrounding whitespace (a trailing newline from a file) is trimmed; inside the key it is refused.
    for key in ["abc\r\nX-Evil: 1", "abc\0", "ab\nc"] {
        let e = Client::builder()
            .api_key(key)
            .transport(t.clone())
            .build()
            .unwrap_err();
        assert!(e.is_builder(), "{key:?}");
        assert!(!e.to_string().contains("abc"), "the key is not echoed");
    }
    let e = Client::builder()
        .api_key(KEY)
        .default_header("x-a", "v\r\nx-b: 1")
        .transport(t.clone())
        .build();
    assert!(e.unwrap_err().is_builder());
    let e = Client::builder()
        .api_key(KEY)
        .default_header("bad name", "v")
        .transport(t.clone())
        .build();
    assert!(e.unwrap_err().is_builder());
    for url in [
        "https://api.mistral.ai\r\n/x",
        "https://api.mistral.ai/\0",
        "not a url",
        "ftp://x",
    ] {
        let e = Client::builder()
            .api_key(KEY)
            .base_url(url)
            .transport(t.clone())
            .build();
        assert!(e.unwrap_err().is_builder(), "{url:?}");
    }
    let e = Client::builder().transport(t.clone()).build().unwrap_err();
    assert!(e.is_builder() && e.to_string().contains("API key"));
}

/// E6: plain http to a non-loopback host needs `allow_http`; loopback is allowed.
#[test]
fn e6_plain_http() {
    let t = ScriptedTransport::new();
    let e = Client::builder()
        .api_key(KEY)
        .base_url("http://api.example.com")
        .transport(t.clone())
        .build();
    assert!(e.unwrap_err().is_builder());
    for ok in ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9"] {
        assert!(
            Client::builder()
                .api_key(KEY)
                .base_url(ok)
                .transport(t.clone())
                .build()
                .is_ok(),
            "{ok}"
        );
    }
    let c = Client::builder()
        .api_key(KEY)
        .base_url("http://api.example.com")
        .allow_http(true)
        .transport(t)
        .build();
    assert!(c.is_ok());
}

/// Base URLs: a trailing slash or `/v1` is not doubled.
#[tokio::test]
async fn base_url_forms() {
    for base in [
        "https://api.mistral.ai",
        "https://api.mistral.ai/",
        "https://api.mistral.ai/v1",
        "https://api.mistral.ai/v1/",
    ] {
        let t = ScriptedTransport::new();
        let c = Client::builder()
            .api_key(KEY)
            .base_url(base)
            .transport(t.clone())
            .build()
            .unwrap();
        c.chat().complete(&request()).await.unwrap();
        assert_eq!(
            t.requests()[0].uri().to_string(),
            "https://api.mistral.ai/v1/chat/completions",
            "{base}"
        );
    }
}

/// The exact request on the wire: method, path, headers and body, for both modes.
#[tokio::test]
async fn wire_format_snapshot() {
    let s = MockServer::start().await.unwrap();
    let c = Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .user_agent_suffix("my-app/1.2")
        .default_header("x-custom", "yes")
        .build()
        .unwrap();
    c.chat().complete(&request()).await.unwrap();
    stream_all(&c, &request()).await;
    // `host` (left out of the snapshot: the port changes) is the server's authority, once
    // (the client writes it once per client; hyper-util must not add a second).
    let authority = s.url().trim_start_matches("http://").to_owned();
    for r in s.requests() {
        let hosts: Vec<_> = r.headers().get_all("host").iter().collect();
        assert_eq!(hosts, [authority.as_str()]);
        assert_eq!(r.headers().get_all("content-length").iter().count(), 1);
    }
    let shown: Vec<serde_json::Value> = s
        .requests()
        .iter()
        .map(|r| {
            let mut headers: Vec<(String, String)> = r
                .headers()
                .iter()
                .filter(|(k, _)| *k != "host")
                .map(|(k, v)| {
                    let v = v.to_str().unwrap().to_owned();
                    let v = if k == "user-agent" {
                        v.replace(env!("CARGO_PKG_VERSION"), "[version]")
                    } else {
                        v
                    };
                    (k.to_string(), v)
                })
                .collect();
            headers.sort();
            serde_json::json!({"method": r.method().as_str(), "path": r.uri().path(), "headers": headers,
                "body": String::from_utf8(r.body().to_vec()).unwrap()})
        })
        .collect();
    insta::assert_json_snapshot!(shown);
}

/// The `host` and `content-length` that the default transport's requests carry are prebuilt
/// for it alone: a custom transport sees neither, as before; a default `host` header wins;
/// a call without a body carries no length.
#[tokio::test]
async fn wire_headers_prebuilt_for_the_default_transport_only() {
    let t = ScriptedTransport::new();
    let c = Client::builder()
        .api_key(KEY)
        .base_url("https://api.mistral.ai:8443")
        .transport(t.clone())
        .build()
        .unwrap();
    c.chat().complete(&request()).await.unwrap();
    let r = &t.requests()[0];
    assert!(r.headers().get("host").is_none(), "{:?}", r.headers().keys());
    assert!(r.headers().get("content-length").is_none());

    let s = MockServer::start().await.unwrap();
    let c = Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .default_header("host", "gateway.internal")
        .build()
        .unwrap();
    c.chat().complete(&request()).await.unwrap();
    let hosts: Vec<_> = s.requests()[0]
        .headers()
        .get_all("host")
        .iter()
        .cloned()
        .collect();
    assert_eq!(hosts, ["gateway.internal"]);

    // A call without a body: the prebuilt host, and no length.
    let c = Client::builder().api_key(KEY).base_url(s.url()).build().unwrap();
    c.models().list().await.unwrap();
    let r = s.requests().pop().unwrap();
    assert_eq!(r.method(), "GET");
    assert_eq!(r.headers()["host"], s.url().trim_start_matches("http://"));
    assert!(r.headers().get("content-length").is_none());
}

/// E7: TLS to a loopback server with a self-signed certificate fails the handshake as a
/// connect error, is not retried, and never falls back to an insecure connection.
#[tokio::test]
async fn e7_self_signed_certificate_rejected() {
    use std::sync::Arc;
    #[allow(deprecated)] // rustls 0.23.48: ring has no post-quantum kx; fine for a test server
    let _ = rustls::crypto::ring::default_provider().install_default();
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    let key = rustls::pki_types::PrivateKeyDer::try_from(cert.signing_key.serialize_der()).unwrap();
    let config = rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(vec![cert.cert.der().clone()], key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let handshakes = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let h = handshakes.clone();
    let server = tokio::spawn(async move {
        loop {
            let (sock, _) = listener.accept().await.unwrap();
            h.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let _ = acceptor.accept(sock).await;
            });
        }
    });
    let c = Client::builder()
        .api_key(KEY)
        .base_url(format!("https://localhost:{port}"))
        .build()
        .unwrap();
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert!(e.is_connect() && !e.is_retryable(), "{e:?}");
    assert_eq!(e.attempts(), 1);
    assert_eq!(handshakes.load(std::sync::atomic::Ordering::SeqCst), 1);
    let mut chain = String::new();
    let mut src = std::error::Error::source(&e);
    while let Some(s) = src {
        chain.push_str(&format!("{s}; "));
        src = s.source();
    }
    assert!(chain.to_lowercase().contains("certificate"), "{chain}");
    server.abort();
}

/// E8 (approximation: `cargo check-external-types` needs nightly): no public item of the
/// client crate names a hyper, hyper-util, hyper-rustls or rustls type.
#[test]
fn e8_no_transport_types_in_public_signatures() {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/crates/mistral-client/src")),
        &mut files,
    );
    assert!(files.len() > 5);
    let mut offenders = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for (i, line) in text.lines().enumerate() {
            let l = line.trim_start();
            let public = l.starts_with("pub ") && !l.starts_with("pub(crate)");
            if public
                && ["hyper", "rustls"]
                    .iter()
                    .any(|t| l.contains(&format!("{t}::")) || l.contains(&format!("{t}_")))
            {
                offenders.push(format!("{}:{}: {l}", f.display(), i + 1));
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}

/// A per-call header that is not valid fails the call before sending, rather than being dropped.
#[tokio::test]
async fn invalid_per_call_header_is_an_error() {
    let (c, t) = scripted();
    let e = c
        .chat()
        .header("x-a", "bad\r\nvalue")
        .complete(&request())
        .await
        .unwrap_err();
    assert!(e.is_builder(), "{e:?}");
    assert!(t.requests().is_empty());
    c.chat()
        .header("x-trace", "abc")
        .complete(&request())
        .await
        .unwrap();
    assert_eq!(t.requests()[0].header("x-trace"), Some("abc"));
}

/// A short or word-like key is never looked for in error bodies: the message naming
/// `mistral-small-latest` is shown whole, never as `mistral-small-la[REDACTED]`.
#[tokio::test]
async fn short_keys_never_mangle_error_messages() {
    let message = "model mistral-small-latest not found (test, sk-1, mistral)";
    for key in ["test", "mistral", "sk-1"] {
        let (c, t) = scripted_with(|b| b.api_key(key));
        t.push(error(404, "invalid_request_error", message));
        let e = c.chat().complete(&request()).await.unwrap_err();
        assert_eq!(e.message(), Some(message), "key {key:?}");
        assert!(e.to_string().contains(message), "key {key:?}: {e}");
        let body = e.body().unwrap();
        assert!(
            body.contains(message) && !body.contains("[REDACTED]"),
            "key {key:?}: {body}"
        );
        // The header itself still carries the key, marked sensitive.
        assert!(t.requests()[0].headers()["authorization"].is_sensitive());
    }
}

/// A realistic 32-character key echoed in an error body is removed wherever it stands alone
/// (JSON string, `Bearer <key>`, query, end of a sentence), from Display, Debug and body().
#[tokio::test]
async fn a_realistic_key_echoed_in_an_error_body_is_redacted() {
    const KEY32: &str = "Zq3xV9bT7kLm2PfR8sWn4YhJ6cDe1GaU";
    let (c, t) = scripted_with(|b| b.api_key(KEY32));
    t.push(mistral::test_util::Reply::json(
        401,
        &serde_json::json!({"object": "error", "type": "authentication_error",
            "message": format!("Invalid key {KEY32}. Sent: Bearer {KEY32}"),
            "key": KEY32, "url": format!("https://x/?key={KEY32}&a=1"),
            "model": "mistral-small-latest"}),
    ));
    let e = c.chat().complete(&request()).await.unwrap_err();
    let shown = format!("{e} {e:?} {}", e.body().unwrap());
    assert!(!shown.contains(KEY32), "{shown}");
    assert_eq!(e.message(), Some("Invalid key [REDACTED]. Sent: [REDACTED]"));
    let body = e.body().unwrap();
    for kept in [
        "\"key\":\"[REDACTED]\"",
        "?key=[REDACTED]&a=1",
        "mistral-small-latest",
    ] {
        assert!(body.contains(kept), "{kept}: {body}");
    }
}
