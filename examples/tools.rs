//! Tool calling: tools defined from Rust structs, run by the tool loop until a final answer.
//!
//! `cargo run --example tools`. Real API with `MISTRAL_API_KEY`, otherwise the embedded mock
//! server, which calls the tools with arguments generated from their schemas (said on stderr).

use mistral::chat::{ChatRequest, Message, Tools};
use schemars::JsonSchema;
use serde::Deserialize;

/// Arguments of `get_weather`.
#[derive(Deserialize, JsonSchema)]
struct GetWeather {
    /// The city, e.g. "Paris".
    city: String,
}

/// Arguments of `convert_temperature`.
#[derive(Deserialize, JsonSchema)]
struct Convert {
    celsius: f64,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let tools = Tools::new()
        .add::<GetWeather>("get_weather", "Current weather in a city", |a| async move {
            serde_json::json!({"city": a.city, "celsius": 22.0, "sky": "sunny"})
        })
        .add::<Convert>("convert_temperature", "Celsius to Fahrenheit", |a| async move {
            format!("{:.1}°F", a.celsius * 9.0 / 5.0 + 32.0)
        });
    let request = ChatRequest::builder()
        .model(std::env::var("MISTRAL_MODEL").unwrap_or_else(|_| "mistral-small-latest".into()))
        .messages([Message::user("What's the weather in Paris, in Fahrenheit?")])
        .parallel_tool_calls(true)
        .build();

    let run = client.chat().run_tools(&request, &tools).await?;
    for m in run.messages() {
        eprintln!("{:>9}: {}", m.role().as_str(), serde_json::to_string(m)?);
    }
    println!("{}", run.response().text());
    eprintln!("{} model calls", run.steps());
    Ok(())
}
