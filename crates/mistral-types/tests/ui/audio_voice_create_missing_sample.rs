use mistral_types::audio::VoiceCreateRequest;

fn main() {
    let _ = VoiceCreateRequest::builder().name("Narrator").build();
}
