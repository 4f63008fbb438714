//! Chat completions: `POST /v1/chat/completions`.

use mistral_types::ChatRequest;

super::completions::completions_handle! {
    /// Chat completion calls: `complete`, `stream`, and the structured-output (`parse`,
    /// `json`, `stream_parse`) and tool-loop (`run_tools`, `run_tools_from`) helpers.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::chat::{ChatRequest, Message};
    /// let request = ChatRequest::builder()
    ///     .model("mistral-small-latest")
    ///     .messages([Message::user("Hello!")])
    ///     .build();
    /// let chat = client.chat().max_retries(1);
    /// let first = chat.complete(&request).await?;
    /// let again = chat.complete(&request).await?; // the handle is reusable
    /// # let _ = (first, again); Ok(()) }
    /// ```
    Chat => CompletionsApi(ChatRequest, "/v1/chat/completions", "chat")
}

crate::structured::structured_methods!(Chat, ChatRequest, chat, ".model(\"mistral-small-latest\")");
crate::tools::tool_methods!(Chat, ChatRequest, chat);
crate::pipeline::per_call_setters!(Chat => core.opts);
