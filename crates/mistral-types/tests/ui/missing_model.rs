use mistral_types::{ChatRequest, Message};

fn main() {
    let _ = ChatRequest::builder().messages([Message::user("Hi")]).build();
}
