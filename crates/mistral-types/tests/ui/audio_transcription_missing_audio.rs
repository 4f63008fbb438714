use mistral_types::audio::TranscriptionRequest;

fn main() {
    let _ = TranscriptionRequest::builder().model("voxtral-mini-latest").build();
}
