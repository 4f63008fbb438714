use mistral_types::{ChatModerationRequest, Message};

fn main() {
    let _ = ChatModerationRequest::builder().input([Message::user("Hi")]).build();
}
