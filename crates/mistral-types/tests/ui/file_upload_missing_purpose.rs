use mistral_types::files::{FileContent, FileUpload};

fn main() {
    let _ = FileUpload::builder().file(FileContent::path("requests.jsonl")).build();
}
