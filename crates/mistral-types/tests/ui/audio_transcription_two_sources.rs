use mistral_types::audio::{AudioSource, TranscriptionRequest};

fn main() {
    // The audio is one source: a second is a second call of a setter already used.
    let _ = TranscriptionRequest::builder()
        .model("voxtral-mini-latest")
        .audio(AudioSource::path("a.wav"))
        .audio(AudioSource::url("https://example.com/a.mp3"))
        .build();
}
