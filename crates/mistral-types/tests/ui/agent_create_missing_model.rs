use mistral_types::agents::AgentCreationRequest;

fn main() {
    let _ = AgentCreationRequest::builder().name("librarian").build();
}
