use mistral_types::{ChatRequest, Message};

fn main() {
    let _ = ChatRequest::builder().model("a").model("b").messages([Message::user("Hi")]).build();
}
