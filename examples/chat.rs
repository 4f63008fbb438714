//! Streams a chat answer to stdout: the README's main command.
//!
//! `cargo run --example chat -- "your question"`
//!
//! With `MISTRAL_API_KEY` set it calls the real API (model from `MISTRAL_MODEL`, default
//! `mistral-small-latest`). Without it, it starts the embedded mock server on 127.0.0.1 and says
//! so on stderr, so the example runs anywhere, offline.

use mistral::chat::{ChatRequest, Message};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let question = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let question = if question.trim().is_empty() {
        "What is the capital of France?".to_owned()
    } else {
        question
    };
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;

    let model = std::env::var("MISTRAL_MODEL").unwrap_or_else(|_| "mistral-small-latest".to_owned());
    let request = ChatRequest::builder()
        .model(model)
        .messages([Message::system("Be brief."), Message::user(question)])
        .temperature(0.3)
        .build();

    let mut stream = client.chat().stream(&request).await?;
    if let Some(id) = stream.meta().request_id() {
        eprintln!("request id: {id}");
    }
    let mut usage = None;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        if let Some(text) = chunk.delta_text() {
            print!("{text}");
        }
        if chunk.usage.is_some() {
            usage = chunk.usage;
        }
    }
    println!();
    if let Some(u) = usage {
        eprintln!(
            "tokens: {} prompt + {} completion",
            u.prompt_tokens, u.completion_tokens
        );
    }
    Ok(())
}
