use mistral_types::EmbeddingRequest;

fn main() {
    let _ = EmbeddingRequest::builder().input("text").build();
}
