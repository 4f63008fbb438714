use mistral_types::batch::BatchJobRequest;

fn main() {
    let _ = BatchJobRequest::builder()
        .model("mistral-small-latest")
        .input_files(["6b2c2a58-0b8e-4c1c-9f5e-3c1d2b7c9e10".to_owned()])
        .build();
}
