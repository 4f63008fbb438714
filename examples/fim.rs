//! Completes a function between a prompt and a suffix with FIM (fill in the middle), streamed.
//!
//! `cargo run --example fim`. Real API with `MISTRAL_API_KEY` (model `codestral-latest`),
//! otherwise the embedded mock server (said on stderr).

use mistral::fim::FimRequest;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let prompt = "def fibonacci(n: int) -> int:\n    \"\"\"The n-th Fibonacci number.\"\"\"\n";
    let suffix = "\n\nprint(fibonacci(10))\n";
    let request = FimRequest::builder()
        .model("codestral-latest")
        .prompt(prompt)
        .suffix(suffix)
        .max_tokens(128)
        .temperature(0.0)
        .build();

    print!("{prompt}");
    let mut middle = client.fim().stream(&request).await?.text();
    while let Some(piece) = middle.next().await {
        print!("{}", piece?);
    }
    print!("{suffix}");
    Ok(())
}
