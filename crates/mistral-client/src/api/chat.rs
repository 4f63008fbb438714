//! Chat completions: `POST /v1/chat/completions`.

use mistral_types::ChatRequest;

use super::{CompletionsApi, Sealed};
use crate::pipeline::Handle;

/// The chat completions API (the marker type of [`Chat`]).
#[derive(Debug)]
pub enum ChatApi {}

impl Sealed for ChatApi {}

impl CompletionsApi for ChatApi {
    type Request = ChatRequest;
    const PATH: &'static str = "/v1/chat/completions";
}

/// Chat completion calls, with per-call overrides: `complete`, `stream`, and the
/// structured-output (`parse`, `json`, `stream_parse`) and tool-loop (`run_tools`) helpers.
///
/// ```no_run
/// # async fn run(client: mistral_client::Client) -> Result<(), mistral_client::Error> {
/// use mistral_types::{ChatRequest, Message};
/// let request = ChatRequest::builder()
///     .model("mistral-small-latest")
///     .messages([Message::user("Hello!")])
///     .build();
/// let chat = client.chat().max_retries(1);
/// let first = chat.complete(&request).await?;
/// let again = chat.complete(&request).await?; // the handle is reusable
/// # let _ = (first, again); Ok(()) }
/// ```
pub type Chat<'a> = Handle<'a, ChatApi>;
