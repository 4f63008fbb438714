use mistral_types::EmbeddingRequest;

fn main() {
    let _ = EmbeddingRequest::builder().model("mistral-embed").build();
}
