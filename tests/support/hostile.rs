//! A hostile HTTP server: raw TCP on 127.0.0.1, every byte written by hand, so a test can
//! send what no well-behaved server (hyper's included) would: garbage status lines, endless
//! headers, lying lengths, broken chunked encoding, stalls, closes and resets at any point,
//! bodies held open after the end of a stream.
//!
//! Each accepted connection reads one request (head and `Content-Length` body), records it,
//! and plays the steps the test's script returns for it; when the steps run out the
//! connection is closed. A keep-alive server ([`Hostile::keep_alive`]) instead reads the next
//! request on the same connection, as an HTTP/1.1 server would, so a test can count how many
//! connections a client opens ([`Hostile::connections`]) and still holds ([`Hostile::open`]).
//! The server stops when dropped.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::AbortHandle;

/// One thing the server does on a connection.
#[derive(Clone, Debug)]
pub enum Step {
    /// Writes these bytes (and flushes).
    Write(Vec<u8>),
    /// Waits.
    Sleep(Duration),
    /// Closes the connection cleanly (FIN).
    Close,
    /// Resets the connection (RST: `SO_LINGER` 0, then drop).
    Reset,
    /// Keeps the connection open, writing nothing more, until the server is dropped.
    Hold,
}

/// A request as the hostile server read it.
#[derive(Clone, Debug)]
pub struct RawRequest {
    /// The request line and headers, as text.
    pub head: String,
    /// The body (`Content-Length` bytes).
    pub body: Vec<u8>,
}

impl RawRequest {
    /// The request line, e.g. `POST /v1/chat/completions HTTP/1.1`.
    pub fn line(&self) -> &str {
        self.head.lines().next().unwrap_or("")
    }

    /// A header's value (name matched case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.trim().eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

type Script = dyn Fn(usize, &RawRequest) -> Vec<Step> + Send + Sync;

pub struct Hostile {
    addr: SocketAddr,
    requests: Arc<Mutex<Vec<RawRequest>>>,
    connections: Arc<AtomicUsize>,
    open: Arc<AtomicUsize>,
    tasks: Arc<Mutex<Vec<AbortHandle>>>,
    accept: AbortHandle,
}

/// Counts a connection as open until its task ends (returns or is aborted).
struct OpenGuard(Arc<AtomicUsize>);

impl Drop for OpenGuard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Hostile {
    /// Starts a server whose connection number `n` (from 0) is played by `script(n, &request)`.
    pub async fn start(script: impl Fn(usize, &RawRequest) -> Vec<Step> + Send + Sync + 'static) -> Self {
        Self::serve(script, false).await
    }

    /// A keep-alive server: each request is played by `script(n, &request)` (`n` the number of
    /// its connection); when its steps run out without closing, the connection waits for the
    /// next request. Each response must therefore say where it ends (`Content-Length` or
    /// chunked), as an HTTP/1.1 server's would.
    pub async fn keep_alive(
        script: impl Fn(usize, &RawRequest) -> Vec<Step> + Send + Sync + 'static,
    ) -> Self {
        Self::serve(script, true).await
    }

    async fn serve(
        script: impl Fn(usize, &RawRequest) -> Vec<Step> + Send + Sync + 'static,
        keep_alive: bool,
    ) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let script: Arc<Script> = Arc::new(script);
        let requests = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let open = Arc::new(AtomicUsize::new(0));
        let tasks: Arc<Mutex<Vec<AbortHandle>>> = Arc::new(Mutex::new(Vec::new()));
        let (reqs, conns, opened, ts) = (requests.clone(), connections.clone(), open.clone(), tasks.clone());
        let accept = tokio::spawn(async move {
            while let Ok((sock, _)) = listener.accept().await {
                let n = conns.fetch_add(1, Ordering::SeqCst);
                opened.fetch_add(1, Ordering::SeqCst);
                let guard = OpenGuard(opened.clone());
                let (script, reqs) = (script.clone(), reqs.clone());
                let t = tokio::spawn(async move {
                    let _guard = guard;
                    serve(sock, n, &*script, &reqs, keep_alive).await
                });
                let mut ts = ts.lock().unwrap();
                // A long keep-alive test accepts many connections: forget the finished ones.
                ts.retain(|t| !t.is_finished());
                ts.push(t.abort_handle());
            }
        })
        .abort_handle();
        Hostile {
            addr,
            requests,
            connections,
            open,
            tasks,
            accept,
        }
    }

    /// Every connection plays the same steps.
    pub async fn always(steps: Vec<Step>) -> Self {
        Self::start(move |_, _| steps.clone()).await
    }

    /// Every connection writes `bytes`, then closes.
    pub async fn replying(bytes: Vec<u8>) -> Self {
        Self::always(vec![Step::Write(bytes)]).await
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn requests(&self) -> Vec<RawRequest> {
        self.requests.lock().unwrap().clone()
    }

    /// How many connections were accepted.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    /// How many connections are open now (accepted, and neither side has closed them).
    pub fn open(&self) -> usize {
        self.open.load(Ordering::SeqCst)
    }
}

impl Drop for Hostile {
    fn drop(&mut self) {
        self.accept.abort();
        for t in self.tasks.lock().unwrap().drain(..) {
            t.abort();
        }
    }
}

async fn serve(
    mut sock: TcpStream,
    n: usize,
    script: &Script,
    requests: &Mutex<Vec<RawRequest>>,
    keep_alive: bool,
) {
    let _ = sock.set_nodelay(true);
    // Bytes read past the end of one request: the start of the next one.
    let mut buf = Vec::new();
    loop {
        let Some(req) = read_request(&mut sock, &mut buf, keep_alive).await else {
            return;
        };
        requests.lock().unwrap().push(req.clone());
        for step in script(n, &req) {
            match step {
                Step::Write(b) => {
                    if sock.write_all(&b).await.is_err() || sock.flush().await.is_err() {
                        return;
                    }
                }
                Step::Sleep(d) => tokio::time::sleep(d).await,
                Step::Close => {
                    let _ = sock.shutdown().await;
                    return;
                }
                Step::Reset => {
                    #[allow(deprecated)] // zero linger does not block: it sends RST at once
                    let _ = sock.set_linger(Some(Duration::ZERO));
                    return;
                }
                Step::Hold => std::future::pending::<()>().await,
            }
        }
        if !keep_alive {
            let _ = sock.shutdown().await;
            return;
        }
    }
}

/// Reads one request from `buf` (what is left of the last read) and the socket. With `exact`
/// (keep-alive) the body is `Content-Length` bytes and whatever follows stays in `buf`;
/// otherwise the body is everything read after the head.
async fn read_request(sock: &mut TcpStream, buf: &mut Vec<u8>, exact: bool) -> Option<RawRequest> {
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(i) = memchr::memmem::find(buf, b"\r\n\r\n") {
            break i + 4;
        }
        if buf.len() > 1 << 20 {
            return None;
        }
        let n = sock.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut req = RawRequest {
        head,
        body: Vec::new(),
    };
    let len: usize = req
        .header("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + len {
        let n = sock.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let end = if exact { head_end + len } else { buf.len() };
    req.body = buf[head_end..end].to_vec();
    buf.drain(..end);
    Some(req)
}

/// A whole response with a correct `Content-Length`.
pub fn response(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = head(status, headers);
    out.truncate(out.len() - 2);
    out.extend_from_slice(format!("content-length: {}\r\n\r\n", body.len()).as_bytes());
    out.extend_from_slice(body);
    out
}

/// A JSON response with a correct `Content-Length`.
pub fn json(status: u16, body: &serde_json::Value) -> Vec<u8> {
    response(
        status,
        &[("content-type", "application/json")],
        body.to_string().as_bytes(),
    )
}

/// A status line and headers, ending with the blank line (no length header added).
pub fn head(status: u16, headers: &[(&str, &str)]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} Whatever\r\n");
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.into_bytes()
}

/// The head of a chunked SSE response.
pub fn sse_head() -> Vec<u8> {
    head(
        200,
        &[
            ("content-type", "text/event-stream"),
            ("transfer-encoding", "chunked"),
        ],
    )
}

/// `data` as one chunk of chunked encoding.
pub fn chunk(data: &[u8]) -> Vec<u8> {
    let mut out = format!("{:x}\r\n", data.len()).into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(b"\r\n");
    out
}

/// The last chunk of chunked encoding.
pub const LAST_CHUNK: &[u8] = b"0\r\n\r\n";
