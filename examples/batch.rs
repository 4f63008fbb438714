//! Runs a small batch job: typed chat requests written as a JSONL input, uploaded, the job
//! created and waited on with its progress, then the results read back typed by custom id.
//!
//! `cargo run --example batch`. Real API with `MISTRAL_API_KEY` (a real job can take minutes
//! or hours: the wait polls with backoff), otherwise the embedded mock server, whose jobs move
//! one status per poll and answer like its chat endpoint (said on stderr).

use mistral::batch::BatchInput;
use mistral::batch::WaitOptions;
use mistral::chat::ChatCompletionResponse;
use mistral::chat::{ChatRequest, Message};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;

    let mut input = BatchInput::new();
    for (id, question) in [
        ("cheese", "Name one French cheese, in one word."),
        ("wine", "Name one French wine region, in one word."),
        ("bread", "Name one French bread, in one word."),
    ] {
        let request = ChatRequest::builder()
            .model("mistral-small-latest")
            .messages([Message::user(question)])
            .max_tokens(20)
            .build();
        input.push(id, &request)?; // validated here; the model goes on the job
    }

    // Upload the JSONL (purpose `batch`) and create the job with its endpoint and model.
    let job = client.batch().submit(&input).await?;
    println!("job {} created: {} requests", job.id, input.len());

    let job = client
        .batch()
        .wait(&job.id, &WaitOptions::new(), |j| {
            eprintln!("  {:<10} {}", j.status.as_str(), j.progress())
        })
        .await?;
    println!("job ended: {}", job.status);

    let results = client.batch().results::<ChatCompletionResponse>(&job).await?;
    for r in &results {
        let id = r.custom_id.as_deref().unwrap_or("?");
        match &r.outcome {
            Ok(reply) => println!("{id:>8}: {}", reply.text().trim()),
            Err(e) => println!("{id:>8}: failed: {e}"),
        }
    }
    Ok(())
}
