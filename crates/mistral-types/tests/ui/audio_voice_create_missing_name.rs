use mistral_types::audio::{VoiceCreateRequest, VoiceSample};

// The newer API made the sample optional; the name stays required.
fn main() {
    let _ = VoiceCreateRequest::builder().sample_audio(VoiceSample::from_bytes(b"RIFF")).build();
}
