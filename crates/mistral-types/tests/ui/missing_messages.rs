use mistral_types::ChatRequest;

fn main() {
    let _ = ChatRequest::builder().model("mistral-large-latest").temperature(0.3).build();
}
