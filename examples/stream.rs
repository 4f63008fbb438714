//! Streams an answer, then shows the folded response (what `complete` would have returned).
//!
//! `cargo run --example stream -- "your question"`. Real API with `MISTRAL_API_KEY`, otherwise
//! the embedded mock server (said on stderr).

use mistral::chat::StreamAccumulator;
use mistral::chat::{ChatRequest, Message};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let question = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let question = if question.is_empty() {
        "Write a haiku about Rust.".to_owned()
    } else {
        question
    };
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let request = ChatRequest::builder()
        .model(std::env::var("MISTRAL_MODEL").unwrap_or_else(|_| "mistral-small-latest".into()))
        .messages([Message::user(question)])
        .build();

    let mut stream = client.chat().stream(&request).await?;
    let mut acc = StreamAccumulator::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        if let Some(t) = chunk.delta_text() {
            print!("{t}");
        }
        acc.push(&chunk);
    }
    println!();
    let chunks = acc.chunks_seen();
    let response = acc.finish();
    eprintln!(
        "{chunks} chunks, finish_reason {:?}, total tokens {:?}",
        response.choices.first().and_then(|c| c.finish_reason.clone()),
        response.usage.map(|u| u.total_tokens)
    );
    Ok(())
}
