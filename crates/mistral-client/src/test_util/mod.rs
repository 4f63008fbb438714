//! Test fakes (feature `test-util`): a scripted in-process [`Transport`](crate::Transport) and
//! a real mock Mistral HTTP server on loopback. Both are driven by [`Reply`] scripts and
//! record the requests they receive; with nothing scripted, they answer every endpoint like
//! Mistral would (see [`route`]).
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use mistral::test_util::{MockServer, Reply};
//! use mistral::Client;
//! use mistral::chat::{ChatRequest, Message};
//!
//! let server = MockServer::start().await?;
//! server.push(Reply::json(429, &serde_json::json!({"object": "error", "message": "slow down"}))
//!     .header("retry-after", "0"));
//! let client = Client::builder().api_key("sk-example-0123456789abcdef").base_url(server.url()).build()?;
//! let request = ChatRequest::builder().model("m").messages([Message::user("ping")]).build();
//! let reply = client.chat().complete(&request).await?; // retried after the 429
//! assert!(reply.text().contains("ping"));
//! assert_eq!(server.requests().len(), 2);
//! # Ok(()) }
//! ```

mod audio;
mod body;
mod cassette;
mod defaults;
mod endpoints;
mod generated;
mod generated_routes;
mod libraries;
#[cfg(feature = "realtime")]
mod realtime;
mod reply;
#[cfg(feature = "responses")]
mod responses;
mod script;
mod scripted;
mod server;
mod store;

pub use audio::sine_wav;
pub use cassette::{
    Cassette, CassetteError, Exchange, RecordedCall, RecordedFrame, RecordedResponse, RecordingTransport,
    Redaction, ReplayMismatch, ReplayTransport, CASSETTE_VERSION,
};
pub use defaults::default_reply;
pub use endpoints::{catalogue, route, unit_vector, MOCK_EMBEDDING_DIMENSION, MOCK_MAX_EMBEDDING_INPUTS};
pub use generated::{generated_route, GeneratedRoute};
#[cfg(feature = "realtime")]
pub use realtime::RealtimeSessionLog;
pub use reply::{RecordedRequest, Reply};
pub use scripted::ScriptedTransport;
pub use server::MockServer;

/// A client from `MISTRAL_API_KEY` (and `MISTRAL_BASE_URL`) when the key is set, otherwise a
/// client for a freshly started [`MockServer`], saying so on stderr: how an app, a demo or an
/// example runs offline with no change. Keep the returned server alive as long as the client
/// is used (dropping it stops the server).
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), mistral::Error> {
/// # std::env::remove_var("MISTRAL_API_KEY");
/// use mistral::test_util::client_from_env_or_mock;
/// use mistral::chat::{ChatRequest, Message};
///
/// let (client, _server) = client_from_env_or_mock().await?;
/// let request = ChatRequest::builder().model("mistral-small-latest").messages([Message::user("Hi")]).build();
/// println!("{}", client.chat().complete(&request).await?.text());
/// # Ok(()) }
/// ```
///
/// # Errors
/// When the key is set but invalid, or the mock server cannot bind a loopback port.
pub async fn client_from_env_or_mock() -> crate::Result<(crate::Client, Option<MockServer>)> {
    match std::env::var("MISTRAL_API_KEY") {
        Ok(key) if !key.trim().is_empty() => Ok((crate::Client::from_env()?, None)),
        _ => {
            let server = MockServer::start()
                .await
                .map_err(|e| crate::Error::io("the mock server could not start", e))?;
            Ok((client_for_mock(&server)?, Some(server)))
        }
    }
}

/// A client for `server`, said on stderr (the offline helpers' fallback).
fn client_for_mock(server: &MockServer) -> crate::Result<crate::Client> {
    eprintln!(
        "MISTRAL_API_KEY is not set: using the embedded mock server at {}",
        server.url()
    );
    crate::Client::builder()
        .api_key("sk-mock-0123456789abcdef")
        .base_url(server.url())
        .build()
}

/// The mock server of [`blocking_client_from_env_or_mock`], with the runtime thread that
/// serves it (a blocking program has none of its own). Dropping it stops both.
#[cfg(feature = "blocking")]
#[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
pub struct BlockingMockServer {
    server: Option<MockServer>,
    runtime: Option<tokio::runtime::Runtime>,
}

#[cfg(feature = "blocking")]
impl BlockingMockServer {
    /// The server (its URL, scripted replies, the requests it received).
    pub fn server(&self) -> &MockServer {
        self.server.as_ref().expect("present until dropped")
    }
}

#[cfg(feature = "blocking")]
impl std::fmt::Debug for BlockingMockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("BlockingMockServer").field(&self.server).finish()
    }
}

#[cfg(feature = "blocking")]
impl Drop for BlockingMockServer {
    fn drop(&mut self) {
        // The server's tasks end with it, then its runtime, without waiting for a thread that
        // may be the caller's own runtime.
        drop(self.server.take());
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

/// The blocking twin of [`client_from_env_or_mock`]: a [`blocking::Client`](crate::blocking::Client)
/// from `MISTRAL_API_KEY`, or one for a mock server that runs on a runtime thread of its own,
/// saying so on stderr. Keep the returned server alive as long as the client is used.
///
/// ```
/// # std::env::remove_var("MISTRAL_API_KEY");
/// use mistral::test_util::blocking_client_from_env_or_mock;
/// use mistral::chat::{ChatRequest, Message};
///
/// let (client, _server) = blocking_client_from_env_or_mock()?;
/// let request = ChatRequest::builder().model("mistral-small-latest").messages([Message::user("Hi")]).build();
/// println!("{}", client.chat().complete(&request)?.text());
/// # Ok::<(), mistral::Error>(())
/// ```
///
/// # Errors
/// As [`client_from_env_or_mock`]; also when called from inside an async runtime (use the
/// async one there).
#[cfg(feature = "blocking")]
#[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
pub fn blocking_client_from_env_or_mock(
) -> crate::Result<(crate::blocking::Client, Option<BlockingMockServer>)> {
    if tokio::runtime::Handle::try_current().is_ok() {
        return Err(crate::Error::builder(
            "blocking_client_from_env_or_mock was called inside an async runtime: use client_from_env_or_mock",
        ));
    }
    match std::env::var("MISTRAL_API_KEY") {
        Ok(key) if !key.trim().is_empty() => Ok((crate::blocking::Client::from_env()?, None)),
        _ => {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .thread_name("mistral-mock-server")
                .enable_all()
                .build()
                .map_err(|e| crate::Error::io("the mock server's runtime could not start", e))?;
            let server = runtime
                .block_on(MockServer::start())
                .map_err(|e| crate::Error::io("the mock server could not start", e))?;
            let client = crate::blocking::Client::new(client_for_mock(&server)?)?;
            Ok((
                client,
                Some(BlockingMockServer {
                    server: Some(server),
                    runtime: Some(runtime),
                }),
            ))
        }
    }
}
