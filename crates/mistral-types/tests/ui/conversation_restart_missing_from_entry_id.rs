use mistral_types::conversations::ConversationRestartRequest;

fn main() {
    let _ = ConversationRestartRequest::builder().inputs("Again").build();
}
