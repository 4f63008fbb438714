//! Handoffs between agents: a triage agent hands the conversation to an expert. Once with
//! `handoff_execution: server` (the server runs the expert at once: the handoff shows in the
//! stream's events), once with `client` (the turn stops at the handoff, and we go on with the
//! agent it names).
//!
//! `cargo run --example handoffs -- "your question"`. Real API with `MISTRAL_API_KEY` (model
//! from `MISTRAL_MODEL`, default `mistral-medium-latest`; the two agents are deleted at the
//! end), otherwise the embedded mock server (said on stderr), which hands off when the
//! message asks for a handoff.

use mistral::agents::AgentCreationRequest;
use mistral::chat::Tools;
use mistral::conversations::{ConversationEvent, ConversationRequest, HandoffExecution, RunOutcome};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let question = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let question = if question.trim().is_empty() {
        "Please hand off to the history expert: who built the Pont du Gard?".to_owned()
    } else {
        question
    };
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let model = std::env::var("MISTRAL_MODEL").unwrap_or_else(|_| "mistral-medium-latest".to_owned());
    let agents = client.agents();

    let expert = agents
        .create(
            &AgentCreationRequest::builder()
                .model(model.as_str())
                .name("history-expert")
                .description("Answers history questions in two sentences.")
                .instructions("Answer history questions precisely, in two sentences.")
                .build(),
        )
        .await?;
    let triage = agents
        .create(
            &AgentCreationRequest::builder()
                .model(model.as_str())
                .name("triage")
                .description("Routes each question to the right agent.")
                .instructions("Hand every history question off to the history expert.")
                .handoffs([expert.id.as_str()])
                .build(),
        )
        .await?;
    println!("agents: triage {} -> expert {}\n", triage.id, expert.id);

    let start = |mode: HandoffExecution| {
        ConversationRequest::builder()
            .inputs(question.as_str())
            .agent_id(triage.id.as_str())
            .handoff_execution(mode)
            .build()
    };

    // Server handoffs: the events show the handoff, then the expert's answer as it comes.
    println!("== server handoff");
    let mut events = client
        .conversations()
        .start_stream(&start(HandoffExecution::Server))
        .await?;
    while let Some(event) = events.next().await {
        match event? {
            ConversationEvent::AgentHandoffStarted(e) => {
                println!(
                    "[handoff from {} ({})]",
                    e.previous_agent_name, e.previous_agent_id
                )
            }
            ConversationEvent::AgentHandoffDone(e) => {
                println!("[handoff to {} ({})]", e.next_agent_name, e.next_agent_id)
            }
            ConversationEvent::ToolExecutionStarted(e) => println!("[tool {} started]", e.name),
            ConversationEvent::ResponseDone(e) => println!("\n[done: {} tokens]", e.usage.total_tokens),
            other => {
                if let Some(text) = other.text() {
                    print!("{text}");
                }
            }
        }
    }

    // Client handoffs: the turn stops at the handoff; we continue with the agent it names.
    println!("\n== client handoff");
    let next = match client
        .conversations()
        .run(&start(HandoffExecution::Client), &Tools::new())
        .await?
    {
        RunOutcome::Handoff { handoff, run } => {
            println!(
                "[{}] {} hands off to {} ({})",
                run.conversation_id(),
                handoff.previous_agent_name,
                handoff.next_agent_name,
                handoff.next_agent_id
            );
            Some(handoff.next_agent_id)
        }
        RunOutcome::Done(run) => {
            println!("no handoff; triage answered: {}", run.text());
            None
        }
        other => {
            println!("stopped without a handoff in {}", other.conversation_id());
            None
        }
    };
    if let Some(agent_id) = next {
        let answer = client
            .conversations()
            .start(
                &ConversationRequest::builder()
                    .inputs(question.as_str())
                    .agent_id(agent_id)
                    .build(),
            )
            .await?;
        println!("{}", answer.text());
    }

    agents.delete(&triage.id).await?;
    agents.delete(&expert.id).await?;
    Ok(())
}
