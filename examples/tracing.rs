//! Prints the trace of a few calls: one span per call with the OpenTelemetry GenAI attributes
//! (`gen_ai.operation.name`, `gen_ai.request.model`, `gen_ai.usage.*`, ...), shown when each
//! span closes, and the debug event of each successful call. Export the same spans to an
//! OpenTelemetry collector with `tracing-opentelemetry`: the SDK itself needs nothing more.
//!
//! `cargo run --example tracing`. Real API with `MISTRAL_API_KEY`, otherwise the embedded mock
//! server (said on stderr).

use mistral::chat::{ChatRequest, Message};
use mistral::embeddings::EmbeddingRequest;
use tracing_subscriber::fmt::format::FmtSpan;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_span_events(FmtSpan::CLOSE)
        .with_target(false)
        .init();
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;

    let request = ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user("Name a prime number.")])
        .temperature(0.2)
        .max_tokens(32)
        .build();
    let answer = client.chat().complete(&request).await?;
    println!("chat: {}", answer.text());

    let mut text = client.chat().stream(&request).await?.text();
    let mut streamed = String::new();
    while let Some(delta) = text.next().await {
        streamed.push_str(&delta?);
    }
    println!("stream: {streamed}");

    let embed = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input("two")
        .build();
    let vectors = client.embeddings().create(&embed).await?;
    println!("embeddings: {} vector(s)", vectors.data.len());
    Ok(())
}
