//! Reads a local PDF into markdown with OCR, and a typed annotation of the whole document
//! whose JSON schema comes from a Rust struct.
//!
//! `cargo run --example ocr [path/to/file.pdf]` (default: the small two-page report shipped in
//! `examples/data/report.pdf`). Real API with `MISTRAL_API_KEY` (model `mistral-ocr-latest`),
//! otherwise the embedded mock server, which reads the text of simple PDFs (said on stderr).

use mistral::ocr::{OcrDocument, OcrRequest};

/// What to pull out of the document as a whole.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
struct Summary {
    /// The document's title.
    title: String,
    /// Its language, as an ISO 639-1 code.
    language: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bytes = match std::env::args().nth(1) {
        Some(path) => std::fs::read(path)?,
        None => include_bytes!("data/report.pdf").to_vec(),
    };
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let request = OcrRequest::builder()
        .model("mistral-ocr-latest")
        .document(OcrDocument::from_bytes(&bytes)?) // a data: URL with the right media type
        .build()
        .with_document_annotation::<Summary>();
    let result = client.ocr().process(&request).await?;
    for page in &result.pages {
        println!("--- page {} ---\n{}", page.index + 1, page.markdown);
    }
    match result.document_annotation::<Summary>() {
        Ok(summary) => eprintln!("annotation: \"{}\" ({})", summary.title, summary.language),
        Err(e) => eprintln!("no annotation: {e}"),
    }
    if let Some(u) = &result.usage_info {
        eprintln!("{} pages processed", u.pages_processed);
    }
    Ok(())
}
