use mistral_types::ClassificationRequest;

fn main() {
    let _ = ClassificationRequest::builder().model("mistral-moderation-latest").build();
}
