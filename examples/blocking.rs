//! The API from a plain `fn main`, without async: the blocking client (feature `blocking`).
//!
//! `cargo run --example blocking --features blocking -- "your question"`. Real API with
//! `MISTRAL_API_KEY`, otherwise the embedded mock server, started on its own runtime thread
//! (said on stderr).

use mistral::blocking::Client;
use mistral::chat::{ChatRequest, Message};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let question = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let question = if question.is_empty() {
        "What is the capital of France?".to_owned()
    } else {
        question
    };
    // In your app: `let client = mistral::blocking::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::blocking_client_from_env_or_mock()?;
    let request = ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user(question)])
        .build();

    let answer = client.chat().complete(&request)?;
    println!("complete: {}", answer.text());

    print!("stream:   ");
    for delta in client.chat().stream(&request)?.text() {
        print!("{}", delta?);
    }
    println!();

    let models = client.models().list()?;
    println!("{} models", models.data.len());
    let _: &Client = &client;
    Ok(())
}
