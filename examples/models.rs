//! Lists the models the key can use, then those that can both call tools and see images.
//!
//! `cargo run --example models`. Real API with `MISTRAL_API_KEY`, otherwise the embedded mock
//! server's catalogue (said on stderr).

use mistral::models::Capability;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let models = client.models().list().await?;
    println!("{} models:", models.data.len());
    for m in &models.data {
        let deprecated = m
            .deprecation
            .as_ref()
            .map(|d| format!(" (deprecated: removed {})", d.as_str()))
            .unwrap_or_default();
        println!(
            "  {:<32} {:>7} tokens {:>10}{deprecated}",
            m.id,
            m.max_context_length.unwrap_or(0),
            m.kind.as_str()
        );
    }
    let wanted = [Capability::FunctionCalling, Capability::Vision];
    println!("with function calling and vision:");
    for m in models.with_capabilities(&wanted) {
        println!("  {}", m.id);
    }
    Ok(())
}
