//! Chat completions: `POST /v1/chat/completions`.

use mistral_types::ChatRequest;

super::completions::completions_api! {
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
    Chat = ChatApi(ChatRequest, "/v1/chat/completions", "chat")
}
