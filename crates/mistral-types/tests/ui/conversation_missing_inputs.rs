use mistral_types::conversations::ConversationRequest;

fn main() {
    let _ = ConversationRequest::builder()
        .model("mistral-small-latest")
        .build();
}
