use mistral_types::OcrRequest;

fn main() {
    let _ = OcrRequest::builder().model("mistral-ocr-latest").build();
}
