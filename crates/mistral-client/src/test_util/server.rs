//! A real mock Mistral HTTP server on 127.0.0.1.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::AbortHandle;

use super::reply::{Outcome, RecordedRequest, Reply};
use super::script::Script;
use super::store::Store;
use crate::error::BoxError;

/// A mock Mistral server: hyper on `127.0.0.1` with an ephemeral port, serving every endpoint
/// of the SDK from scripted [`Reply`]s (in order), then from the defaults of
/// [`route`](super::route), with files (multipart uploads parsed, contents kept in memory) and
/// batch jobs (a status further at each poll, then an output file of the mock's own replies)
/// kept per server. Records requests and counts accepted connections. Stops when dropped.
pub struct MockServer {
    addr: SocketAddr,
    state: Arc<State>,
    accept_task: AbortHandle,
}

#[derive(Default)]
struct State {
    script: Script,
    store: Store,
    connections: AtomicUsize,
    tasks: Mutex<Vec<AbortHandle>>,
    #[cfg(feature = "realtime")]
    realtime: super::realtime::RealtimeMock,
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl MockServer {
    /// Starts a server on an ephemeral loopback port.
    ///
    /// # Errors
    /// When the port cannot be bound.
    pub async fn start() -> std::io::Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(State::default());
        let st = state.clone();
        let accept_task = tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else {
                    // E.g. out of file descriptors: back off rather than spin.
                    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                    continue;
                };
                let _ = sock.set_nodelay(true);
                st.connections.fetch_add(1, Ordering::SeqCst);
                let st2 = st.clone();
                let task = tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |req| handle(req, st2.clone()));
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(sock), service)
                        .with_upgrades()
                        .await;
                });
                let mut tasks = st.tasks.lock().unwrap_or_else(|e| e.into_inner());
                tasks.retain(|t| !t.is_finished());
                tasks.push(task.abort_handle());
            }
        })
        .abort_handle();
        Ok(MockServer {
            addr,
            state,
            accept_task,
        })
    }

    /// The base URL, e.g. `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The socket address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Queues a reply for the next request.
    pub fn push(&self, reply: Reply) -> &Self {
        self.state.script.push(reply);
        self
    }

    /// The requests received so far.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.state.script.requests()
    }

    /// How many TCP connections were accepted.
    pub fn connections(&self) -> usize {
        self.state.connections.load(Ordering::SeqCst)
    }

    /// The realtime WebSocket sessions served so far (feature `realtime`).
    #[cfg(feature = "realtime")]
    #[cfg_attr(docsrs, doc(cfg(feature = "realtime")))]
    pub fn realtime_sessions(&self) -> Vec<super::RealtimeSessionLog> {
        self.state.realtime.logs()
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.accept_task.abort();
        for t in self
            .state
            .tasks
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .drain(..)
        {
            t.abort();
        }
    }
}

type ResponseBody = http_body_util::combinators::BoxBody<Bytes, BoxError>;

async fn handle(
    req: hyper::Request<Incoming>,
    state: Arc<State>,
) -> Result<hyper::Response<ResponseBody>, BoxError> {
    #[cfg(feature = "realtime")]
    if super::realtime::RealtimeMock::is_upgrade(&req) {
        return state.realtime.upgrade(req, &state.script).await;
    }
    let (parts, body) = req.into_parts();
    let body = body.collect().await?.to_bytes();
    let reply = state
        .script
        .answer(RecordedRequest::new(parts, body), |r| state.store.answer(r));
    match reply.play().await {
        Outcome::Respond(resp) => Ok(resp),
        // Returning an error makes hyper close the connection without a response.
        Outcome::Fail(_) => Err("scripted close".into()),
    }
}
