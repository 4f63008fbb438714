use mistral_types::libraries::DocumentUpload;

fn main() {
    let _ = DocumentUpload::builder().content_type("application/pdf").build();
}
