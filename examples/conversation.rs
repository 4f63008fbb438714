//! A conversation kept by the server: start it, append to it (streamed), then read its
//! history back.
//!
//! `cargo run --example conversation -- "your question"`. Real API with `MISTRAL_API_KEY`
//! (model from `MISTRAL_MODEL`, default `mistral-medium-latest`), otherwise the embedded mock
//! server (said on stderr).

use mistral::conversations::{ConversationAppendRequest, ConversationRequest, Entry};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let question = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let question = if question.trim().is_empty() {
        "Who wrote Dune?".to_owned()
    } else {
        question
    };
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let model = std::env::var("MISTRAL_MODEL").unwrap_or_else(|_| "mistral-medium-latest".to_owned());
    let conversations = client.conversations();

    let start = ConversationRequest::builder()
        .inputs(question)
        .model(model)
        .build();
    let first = conversations.start(&start).await?;
    let id = first.conversation_id().to_owned();
    println!("[{id}]\n{}\n", first.text());

    // The server has the history: only the new turn is sent.
    let next = ConversationAppendRequest::builder()
        .inputs("In one sentence: why does it matter?")
        .build();
    let mut text = conversations.append_stream(&id, &next).await?.text();
    while let Some(delta) = text.next().await {
        print!("{}", delta?);
    }
    println!("\n");

    let history = conversations.history(&id).await?;
    for entry in &history.entries {
        let who = match entry {
            Entry::MessageInput(_) => "user",
            Entry::MessageOutput(_) => "assistant",
            _ => "other",
        };
        println!("{who}: {}", entry.text().unwrap_or_default());
    }
    Ok(())
}
