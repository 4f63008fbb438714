use mistral_types::audio::SpeechRequest;

fn main() {
    let _ = SpeechRequest::builder().voice_id("en_paul_neutral").build();
}
