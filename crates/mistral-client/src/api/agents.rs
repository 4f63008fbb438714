//! Agents completions: `POST /v1/agents/completions`.

use mistral_types::AgentsRequest;

super::completions::completions_api! {
    /// Agents completion calls: `complete`, `stream`, and the same structured-output and
    /// tool-loop helpers as chat.
    ///
    /// ```no_run
    /// # async fn run(client: mistral_client::Client) -> Result<(), mistral_client::Error> {
    /// use mistral_types::{AgentsRequest, Message};
    /// let request = AgentsRequest::builder()
    ///     .agent_id("ag_0123")
    ///     .messages([Message::user("Who painted the water lilies?")])
    ///     .build();
    /// println!("{}", client.agents().complete(&request).await?.text());
    /// # Ok(()) }
    /// ```
    Agents = AgentsApi(AgentsRequest, "/v1/agents/completions", "invoke_agent")
}
