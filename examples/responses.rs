//! The Responses API: a streamed answer, then a tool loop.
//!
//! `cargo run --example responses --features responses -- "your question"`
//!
//! With `MISTRAL_API_KEY` set it calls the real API (model from `MISTRAL_MODEL`, default
//! `mistral-medium-latest`). Without it, it starts the embedded mock server on 127.0.0.1 and
//! says so on stderr, so the example runs anywhere, offline.

use mistral::chat::Tools;
use mistral::responses::{ResponseEvent, ResponseRequest, ResponseRunOutcome};

/// The arguments of the example's tool.
#[derive(schemars::JsonSchema, serde::Deserialize)]
struct GetWeather {
    /// The city.
    city: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let question = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let question = if question.trim().is_empty() {
        "Name three rivers of France.".to_owned()
    } else {
        question
    };
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let model = std::env::var("MISTRAL_MODEL").unwrap_or_else(|_| "mistral-medium-latest".to_owned());
    let responses = client.responses();

    // 1. A streamed answer: every event is typed; the text deltas are printed as they come.
    let request = ResponseRequest::builder()
        .model(model.as_str())
        .input(question)
        .instructions("Be brief.")
        .build();
    let mut stream = responses.stream(&request).await?;
    while let Some(event) = stream.next().await {
        match event? {
            ResponseEvent::OutputTextDelta(d) => print!("{}", d.delta),
            ResponseEvent::Completed(done) => {
                println!();
                if let Some(u) = &done.response.usage {
                    eprintln!(
                        "{}: {} input + {} output tokens",
                        done.response.id, u.input_tokens, u.output_tokens
                    );
                }
            }
            _ => {}
        }
    }

    // 2. A tool loop: the model calls `get_weather`, the handler runs, its output goes back,
    // until an answer without calls.
    let tools = Tools::new().add::<GetWeather>("get_weather", "Current weather in a city", |a| async move {
        format!("22 °C and sunny in {}", a.city)
    });
    let request = ResponseRequest::builder()
        .model(model.as_str())
        .input("What is the weather in Paris?")
        .build();
    match responses.run(&request, &tools).await? {
        ResponseRunOutcome::Done(run) => {
            println!("{}", run.text());
            eprintln!("{} model calls, {} items", run.steps(), run.items().len());
        }
        other => eprintln!("stopped: {other:?}"),
    }
    Ok(())
}
