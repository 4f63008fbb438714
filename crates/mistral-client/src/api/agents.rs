//! Agents completions: `POST /v1/agents/completions`.

use mistral_types::AgentsRequest;

super::completions::completions_handle! {
    /// Agents completion calls: `complete`, `stream`, and the same structured-output and
    /// tool-loop helpers as chat.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::agents::AgentsRequest;
    /// use mistral::chat::Message;
    /// let request = AgentsRequest::builder()
    ///     .agent_id("ag_0123")
    ///     .messages([Message::user("Who painted the water lilies?")])
    ///     .build();
    /// println!("{}", client.agents().complete(&request).await?.text());
    /// # Ok(()) }
    /// ```
    Agents => CompletionsApi(AgentsRequest, "/v1/agents/completions", "invoke_agent")
}

crate::structured::structured_methods!(Agents, AgentsRequest, agents, ".agent_id(\"ag_0123\")");
crate::tools::tool_methods!(Agents, AgentsRequest, agents);
crate::pipeline::per_call_setters!(Agents => core.opts);
