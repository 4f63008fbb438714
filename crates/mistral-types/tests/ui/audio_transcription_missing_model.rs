use mistral_types::audio::{AudioSource, TranscriptionRequest};

fn main() {
    let _ = TranscriptionRequest::builder().audio(AudioSource::path("a.wav")).build();
}
