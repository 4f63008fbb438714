//! The scripted in-process transport.

use std::sync::Arc;

use bytes::Bytes;

use super::reply::{Outcome, RecordedRequest, Reply};
use super::script::Script;
use super::store::Store;
use crate::transport::{Transport, TransportError, TransportFuture};

/// A [`Transport`] that answers from a script, in order, and records every request. With the
/// script exhausted it answers like the mock server (files and batch jobs included). Clones
/// share state.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use mistral::test_util::{Reply, ScriptedTransport};
/// use mistral::Client;
/// use mistral::chat::{ChatRequest, Message};
///
/// let transport = ScriptedTransport::new();
/// transport.push(Reply::json(200, &serde_json::json!({
///     "id": "x", "model": "m", "choices": [{"index": 0, "finish_reason": "stop",
///     "message": {"role": "assistant", "content": "scripted"}}]})));
/// let client = Client::builder().api_key("sk-example-0123456789abcdef").transport(transport.clone()).build()?;
/// let req = ChatRequest::builder().model("m").messages([Message::user("hi")]).build();
/// assert_eq!(client.chat().complete(&req).await?.text(), "scripted");
/// assert_eq!(transport.requests()[0].json()["stream"], false);
/// # Ok(()) }
/// ```
#[derive(Clone, Default)]
pub struct ScriptedTransport {
    script: Arc<Script>,
    store: Arc<Store>,
}

impl std::fmt::Debug for ScriptedTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (queued, requests) = self.script.counts();
        f.debug_struct("ScriptedTransport")
            .field("queued", &queued)
            .field("requests", &requests)
            .finish()
    }
}

impl ScriptedTransport {
    /// An empty script.
    pub fn new() -> Self {
        Self::default()
    }

    /// Queues a reply.
    pub fn push(&self, reply: Reply) -> &Self {
        self.script.push(reply);
        self
    }

    /// The requests received so far.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.script.requests()
    }
}

impl Transport for ScriptedTransport {
    fn send(&self, request: http::Request<Bytes>) -> TransportFuture {
        let (parts, body) = request.into_parts();
        let reply = self
            .script
            .answer(RecordedRequest::new(parts, body), |r| self.store.answer(r));
        Box::pin(async move {
            match reply.play().await {
                Outcome::Respond(resp) => Ok(resp),
                Outcome::Fail(kind) => Err(TransportError::new(kind, "scripted transport failure")),
            }
        })
    }
}
