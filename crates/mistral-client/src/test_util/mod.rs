//! Test fakes (feature `test-util`): a scripted in-process [`Transport`](crate::Transport) and
//! a real mock Mistral HTTP server on loopback. Both are driven by [`Reply`] scripts and
//! record the requests they receive; with nothing scripted, the server answers like Mistral
//! would (see [`default_reply`]).
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
//! let client = Client::builder().api_key("test").base_url(server.url()).build()?;
//! let request = ChatRequest::builder().model("m").messages([Message::user("ping")]).build();
//! let reply = client.chat().complete(&request).await?; // retried after the 429
//! assert!(reply.text().contains("ping"));
//! assert_eq!(server.requests().len(), 2);
//! # Ok(()) }
//! ```

mod body;
mod echo;
mod reply;
mod scripted;
mod server;

pub use echo::default_reply;
pub use reply::{RecordedRequest, Reply};
pub use scripted::ScriptedTransport;
pub use server::MockServer;
