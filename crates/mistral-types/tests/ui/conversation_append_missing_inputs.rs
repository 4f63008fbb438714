use mistral_types::conversations::ConversationAppendRequest;

fn main() {
    let _ = ConversationAppendRequest::builder().store(true).build();
}
