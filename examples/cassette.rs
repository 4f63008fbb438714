//! Record once, replay offline: a call recorded into a cassette file, then served from it with
//! no network. With `MISTRAL_API_KEY` the recording is of the real API; without it, of the
//! embedded mock server (said on stderr).
//!
//! `cargo run --example cassette`. In a test, the one line is
//! `let client = Cassette::auto("tests/cassettes/name.json")?.client()?;`: it records when the
//! file is missing and a key is set, and replays otherwise.

use mistral::chat::{ChatRequest, Message};
use mistral::test_util::{RecordingTransport, ReplayTransport};
use mistral::{Client, DefaultTransport};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (live, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let path = std::env::temp_dir().join("mistral-example-cassette.json");
    let request = ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user("Name one moon of Jupiter.")])
        .build();

    // Record: the real transport, with every exchange written to the file (key redacted).
    // Fails here, before any call, if the file cannot be written.
    let recorder = RecordingTransport::new(DefaultTransport::new(None)?, &path)?;
    let key = std::env::var("MISTRAL_API_KEY").unwrap_or_else(|_| "sk-example-0123456789abcdef".into());
    let recording = Client::builder()
        .api_key(key)
        .base_url(live.base_url())
        .transport(recorder.clone())
        .build()?;
    let recorded = recording.chat().complete(&request).await?;
    println!("recorded: {}", recorded.text());
    // The file is complete, or this says why not.
    let exchanges = recorder.finish()?;
    println!("recorded {exchanges} exchange(s)");

    // Replay: the same call, answered from the file, offline.
    let replay = ReplayTransport::from_file(&path)?;
    let offline = Client::builder()
        .api_key("sk-example-0123456789abcdef")
        .transport(replay.clone())
        .build()?;
    let replayed = offline.chat().complete(&request).await?;
    println!("replayed: {}", replayed.text());
    assert_eq!(recorded.text(), replayed.text());
    replay.assert_all_used();
    println!("cassette: {}", path.display());
    Ok(())
}
