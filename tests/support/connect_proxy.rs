//! A CONNECT proxy on 127.0.0.1 for the proxy tests: it records each CONNECT (its target and
//! head), then tunnels to the one upstream it was given, whatever host was asked for, so a
//! test can send a request for any host name without DNS. Or it refuses every CONNECT.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::AbortHandle;

pub struct ConnectProxy {
    addr: SocketAddr,
    heads: Arc<Mutex<Vec<String>>>,
    accept: AbortHandle,
}

impl ConnectProxy {
    /// Tunnels every CONNECT to `upstream`; `None` answers `403 Forbidden`.
    pub async fn start(upstream: Option<SocketAddr>) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let heads = Arc::new(Mutex::new(Vec::new()));
        let h = heads.clone();
        let accept = tokio::spawn(async move {
            while let Ok((sock, _)) = listener.accept().await {
                let h = h.clone();
                tokio::spawn(async move {
                    let _ = tunnel(sock, upstream, &h).await;
                });
            }
        })
        .abort_handle();
        ConnectProxy { addr, heads, accept }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// The CONNECT requests received (request line and headers).
    pub fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }

    /// How many tunnels were asked for.
    pub fn tunnels(&self) -> usize {
        self.heads.lock().unwrap().len()
    }
}

impl Drop for ConnectProxy {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

async fn tunnel(
    mut client: TcpStream,
    upstream: Option<SocketAddr>,
    heads: &Mutex<Vec<String>>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut b = [0u8; 1024];
    while memchr::memmem::find(&buf, b"\r\n\r\n").is_none() {
        let n = client.read(&mut b).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&b[..n]);
    }
    heads
        .lock()
        .unwrap()
        .push(String::from_utf8_lossy(&buf).into_owned());
    let Some(upstream) = upstream else {
        client
            .write_all(b"HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n")
            .await?;
        return Ok(());
    };
    let mut server = TcpStream::connect(upstream).await?;
    client
        .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
        .await?;
    tokio::io::copy_bidirectional(&mut client, &mut server).await?;
    Ok(())
}
