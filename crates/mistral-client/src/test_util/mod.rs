//! Test fakes (feature `test-util`): a scripted in-process [`Transport`](crate::Transport) and
//! a real mock Mistral HTTP server on loopback. Both are driven by [`Reply`] scripts and
//! record the requests they receive; with nothing scripted, they answer every endpoint like
//! Mistral would (see [`route`]).
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use mistral_client::test_util::{MockServer, Reply};
//! use mistral_client::Client;
//! use mistral_types::{ChatRequest, Message};
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

mod body;
mod cassette;
mod defaults;
mod endpoints;
mod reply;
mod script;
mod scripted;
mod server;
mod store;

pub use cassette::{
    Cassette, CassetteError, Exchange, RecordedCall, RecordedFrame, RecordedResponse, RecordingTransport,
    Redaction, ReplayMismatch, ReplayTransport, CASSETTE_VERSION,
};
pub use defaults::default_reply;
pub use endpoints::{catalogue, route, unit_vector, MOCK_EMBEDDING_DIMENSION, MOCK_MAX_EMBEDDING_INPUTS};
pub use reply::{RecordedRequest, Reply};
pub use scripted::ScriptedTransport;
pub use server::MockServer;

/// For examples and demos: a client from `MISTRAL_API_KEY` (and `MISTRAL_BASE_URL`) when the
/// key is set, otherwise a client for a freshly started [`MockServer`], saying so on stderr.
/// Keep the returned server alive as long as the client is used.
///
/// # Errors
/// When the key is set but invalid, or the mock server cannot bind a loopback port.
pub async fn client_from_env_or_mock(
) -> Result<(crate::Client, Option<MockServer>), Box<dyn std::error::Error>> {
    match std::env::var("MISTRAL_API_KEY") {
        Ok(key) if !key.trim().is_empty() => Ok((crate::Client::from_env()?, None)),
        _ => {
            let server = MockServer::start().await?;
            eprintln!(
                "MISTRAL_API_KEY is not set: using the embedded mock server at {}",
                server.url()
            );
            let client = crate::Client::builder()
                .api_key("sk-mock-0123456789abcdef")
                .base_url(server.url())
                .build()?;
            Ok((client, Some(server)))
        }
    }
}
