use mistral_types::{AgentsRequest, Message};

fn main() {
    let _ = AgentsRequest::builder().messages([Message::user("Hi")]).build();
}
