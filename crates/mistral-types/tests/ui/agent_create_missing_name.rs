use mistral_types::agents::AgentCreationRequest;

fn main() {
    let _ = AgentCreationRequest::builder().model("mistral-medium-latest").build();
}
