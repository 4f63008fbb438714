//! An agent with local function tools and web search, run by the streaming run loop: the
//! model's text as it comes, each local tool as it starts and ends, a pause before the tool
//! that needs a human's approval, then the run resumed and its answer.
//!
//! `cargo run --example agent_run`. Real API with `MISTRAL_API_KEY` (model from
//! `MISTRAL_MODEL`, default `mistral-medium-latest`; the agent is deleted at the end),
//! otherwise the embedded mock server, whose agents call their first function tool with
//! arguments generated from its schema (said on stderr).

use std::io::Write as _;

use mistral::agents::AgentCreationRequest;
use mistral::chat::{Tool, Tools};
use mistral::conversations::{ConversationRequest, RunEvent, RunOutcome, RunStream};
use schemars::JsonSchema;
use serde::Deserialize;

/// Arguments of `issue_refund`.
#[derive(Deserialize, JsonSchema)]
struct Refund {
    /// The order's id, e.g. "A-1042".
    order_id: String,
    /// Why the customer asks for a refund.
    reason: String,
}

/// Arguments of `order_status`.
#[derive(Deserialize, JsonSchema)]
struct OrderStatus {
    /// The order's id, e.g. "A-1042".
    order_id: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let model = std::env::var("MISTRAL_MODEL").unwrap_or_else(|_| "mistral-medium-latest".to_owned());

    // The local tools: typed arguments, a handler each; a refund waits for a human's yes.
    let tools =
        Tools::new()
            .add::<Refund>("issue_refund", "Refunds an order", |a| async move {
                format!("refund of order {} issued ({})", a.order_id, a.reason)
            })
            .add::<OrderStatus>(
                "order_status",
                "The delivery status of an order",
                |a| async move {
                    serde_json::json!({"order_id": a.order_id, "status": "delivered", "damaged": true})
                },
            )
            .needs_confirmation("issue_refund");

    // The agent carries the tools' definitions, and a built-in one the server runs.
    let mut definitions = tools.definitions().to_vec();
    definitions.push(Tool::web_search());
    let create = AgentCreationRequest::builder()
        .model(model)
        .name("support-desk")
        .instructions("You help customers with their orders. Refund damaged orders.")
        .tools(definitions)
        .build();
    let agents = client.agents();
    let agent = agents.create(&create).await?;
    println!(
        "agent {} (version {})\n",
        agent.id,
        agent.version.unwrap_or_default()
    );

    let request = ConversationRequest::builder()
        .inputs("My order A-1042 arrived broken. Please refund it.")
        .agent_id(agent.id.as_str())
        .build();
    let conversations = client.conversations();
    let mut outcome = show(conversations.run_stream(&request, &tools)).await?;
    while let RunOutcome::NeedsApproval(pending) = outcome {
        for call in pending.calls() {
            println!(
                "\n[approval needed] {}({})",
                call.name,
                call.arguments.to_json_string()
            );
        }
        // A real app asks a human here; this one approves every call.
        let approvals = pending.allow_all();
        println!("[approved]");
        outcome = show(pending.resume_stream(&conversations, approvals, &tools)).await?;
    }
    match outcome {
        RunOutcome::Done(run) => println!(
            "\n\nanswer ({} model calls, conversation {}):\n{}",
            run.steps(),
            run.conversation_id(),
            run.text()
        ),
        RunOutcome::Handoff { handoff, .. } => println!("\n\nhanded off to {}", handoff.next_agent_id),
        other => println!("\n\nstopped: {other:?}"),
    }
    agents.delete(&agent.id).await?;
    Ok(())
}

/// Prints a streamed run as it goes (text deltas, the local tools' progress) and returns
/// where it stopped.
async fn show(mut run: RunStream<'_>) -> Result<RunOutcome, Box<dyn std::error::Error>> {
    while let Some(item) = run.next().await {
        match item? {
            RunEvent::Step { step, .. } => println!("-- model call {step}"),
            RunEvent::ToolStarted { name, arguments, .. } => {
                println!("\n[running {name}({})]", arguments.to_json_string())
            }
            RunEvent::ToolResult { name, result, .. } => match result {
                Ok(output) => println!("[{name} -> {output}]"),
                Err(error) => println!("[{name} failed: {error}]"),
            },
            RunEvent::Finished(outcome) => return Ok(outcome),
            event => {
                if let Some(text) = event.text() {
                    print!("{text}");
                    let _ = std::io::stdout().flush();
                }
            }
        }
    }
    // A run stream ends with `Finished` or an error: not reached.
    Err("the run ended without an outcome".into())
}
