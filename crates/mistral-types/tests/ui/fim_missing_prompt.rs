use mistral_types::FimRequest;

fn main() {
    let _ = FimRequest::builder().model("codestral-latest").build();
}
