//! Transcribes a short WAV with word timestamps, then again as a stream of events.
//!
//! `cargo run --example transcribe [path/to/audio]` (default: `examples/data/tones.wav`, two
//! seconds of tones, 8 KB: 4 kHz 8-bit mono, written by a few lines of Python). Real API with
//! `MISTRAL_API_KEY` (model `voxtral-mini-latest`), otherwise the embedded mock server, which
//! makes up a deterministic text from the audio's length and bytes (said on stderr).

use mistral::audio::{AudioSource, TimestampGranularity, TranscriptionRequest};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data/tones.wav").to_owned());
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let request = TranscriptionRequest::builder()
        .model("voxtral-mini-latest")
        .audio(AudioSource::path(&path)) // streamed from disk
        .timestamp_granularities([TimestampGranularity::Word])
        .build();

    let result = client
        .audio()
        .transcribe_with_progress(&request, |p| eprintln!("sent {}/{} bytes", p.sent, p.total))
        .await?;
    println!("{}", result.text);
    for word in &result.segments {
        println!("  {:>6.2}s - {:>6.2}s  {}", word.start, word.end, word.text);
    }
    if let Some(secs) = result.usage.prompt_audio_seconds {
        eprintln!("{secs} s of audio, {} tokens", result.usage.total_tokens);
    }

    // The same, streamed: the text as it comes.
    print!("streamed: ");
    let mut text = client.audio().transcribe_stream(&request).await?.text();
    while let Some(delta) = text.next().await {
        print!("{}", delta?);
    }
    println!();
    Ok(())
}
