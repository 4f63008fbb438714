use mistral_types::{ChatRequest, Message};

fn main() {
    // Optional setters take plain values, not `Some(..)`.
    let _ = ChatRequest::builder().model("m").messages([Message::user("Hi")]).max_tokens(Some(256)).build();
}
