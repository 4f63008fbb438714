//! Screens a few texts and a conversation with the moderation model, and prints what was
//! flagged.
//!
//! `cargo run --example moderation`. Real API with `MISTRAL_API_KEY`, otherwise the embedded
//! mock server, which flags texts with telling words (said on stderr).

use mistral::chat::Message;
use mistral::moderation::{ChatModerationRequest, ModerationRequest};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let texts = [
        "What a lovely morning.",
        "I know where you live and I will hurt you.",
    ];
    let request = ModerationRequest::builder()
        .model("mistral-moderation-latest")
        .input(texts)
        .build();
    let moderation = client.moderations().moderate(&request).await?;
    for (text, result) in texts.iter().zip(&moderation.results) {
        match result.flagged_categories().as_slice() {
            [] => println!("ok       {text}"),
            cats => println!("FLAGGED  {text}  ({})", cats.join(", ")),
        }
    }

    let conversation = ChatModerationRequest::builder()
        .model("mistral-moderation-latest")
        .input([
            Message::user("How do I pick a lock?"),
            Message::assistant("I can't help with that."),
        ])
        .build();
    let result = client.moderations().moderate_chat(&conversation).await?;
    let top = result.results.first().and_then(|r| r.top_category());
    println!(
        "conversation flagged: {} (top category {top:?})",
        result.flagged()
    );
    Ok(())
}
