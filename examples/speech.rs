//! Speaks a sentence into a WAV file, streamed: each base64 delta is decoded and written as it
//! arrives, so memory stays flat however long the audio.
//!
//! `cargo run --example speech ["text to speak"]`. Real API with `MISTRAL_API_KEY` (model
//! `voxtral-mini-tts-latest`, voice `MISTRAL_VOICE_ID` or the API's default), otherwise the
//! embedded mock server, which answers a short sine tone (said on stderr).

use mistral::audio::{SpeechOutputFormat, SpeechRequest};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let input = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "Hello from the Rust SDK.".to_owned());
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let request = SpeechRequest::builder()
        .input(input)
        .model("voxtral-mini-tts-latest")
        .maybe_voice_id(std::env::var("MISTRAL_VOICE_ID").ok())
        .response_format(SpeechOutputFormat::Wav)
        .build();

    let path = std::env::temp_dir().join(format!("mistral-speech-{}.wav", std::process::id()));
    let mut file = tokio::fs::File::create(&path).await?;
    let written = client.audio().speech_to_writer(&request, &mut file).await?;
    drop(file);
    let size = std::fs::metadata(&path)?.len();
    println!("{} ({size} bytes)", path.display());
    eprintln!(
        "{} audio bytes written, {} tokens",
        written.bytes, written.usage.total_tokens
    );
    Ok(())
}
