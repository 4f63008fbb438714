use mistral_types::AgentsRequest;

fn main() {
    let _ = AgentsRequest::builder().agent_id("ag_1").build();
}
