//! Structured output: the answer as a Rust struct, from a JSON schema derived from the struct.
//!
//! `cargo run --example structured_output`. Real API with `MISTRAL_API_KEY`, otherwise the
//! embedded mock server, which answers with a value generated from the schema (said on stderr).

use mistral::chat::{ChatRequest, Message, StructuredEvent};
use schemars::JsonSchema;
use serde::Deserialize;

/// A book recommendation.
#[derive(Debug, Deserialize, JsonSchema)]
struct Book {
    title: String,
    author: String,
    year: Option<u16>,
    genres: Vec<String>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let request = ChatRequest::builder()
        .model(std::env::var("MISTRAL_MODEL").unwrap_or_else(|_| "mistral-small-latest".into()))
        .messages([Message::user("Recommend one classic science-fiction novel.")])
        .build();

    // One call, typed result.
    let book: Book = client.chat().parse::<Book>(&request).await?.into_value()?;
    println!(
        "{} by {} ({:?}); genres: {}",
        book.title,
        book.author,
        book.year,
        book.genres.join(", ")
    );

    // The same over a stream: the JSON as it arrives, then the typed value.
    let mut stream = client.chat().stream_parse::<Book>(&request).await?;
    while let Some(event) = stream.next().await {
        match event? {
            StructuredEvent::Delta(text) => eprint!("{text}"),
            StructuredEvent::Done { value, .. } => println!("\nstreamed: {}", value?.title),
            _ => {}
        }
    }
    Ok(())
}
