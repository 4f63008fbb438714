//! Talks to an agent configured on the platform, streamed.
//!
//! `cargo run --example agents -- "your question"`. Real API with `MISTRAL_API_KEY` and
//! `MISTRAL_AGENT_ID` (an agent of your workspace), otherwise the embedded mock server (said
//! on stderr).

use mistral::agents::AgentsRequest;
use mistral::chat::Message;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let question = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let question = if question.is_empty() {
        "Who painted the water lilies?".to_owned()
    } else {
        question
    };
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, mock) = mistral::test_util::client_from_env_or_mock().await?;
    let agent_id = match std::env::var("MISTRAL_AGENT_ID") {
        Ok(id) if !id.trim().is_empty() => id,
        _ if mock.is_some() => "ag_mock".to_owned(),
        _ => return Err("set MISTRAL_AGENT_ID to the id of one of your agents".into()),
    };
    let request = AgentsRequest::builder()
        .agent_id(agent_id)
        .messages([Message::user(question)])
        .build();
    let mut answer = client.agents().stream(&request).await?.text();
    while let Some(piece) = answer.next().await {
        print!("{}", piece?);
    }
    println!();
    Ok(())
}
