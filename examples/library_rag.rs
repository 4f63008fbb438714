//! Retrieval-augmented answers from a document library: create a library, upload a PDF
//! (streamed from disk, with progress), wait until it is processed, then ask a conversation
//! with the `document_library` tool about it.
//!
//! `cargo run --example library_rag [path/to/file.pdf] [question]` (default: the two-page
//! report shipped in `examples/data/report.pdf`). Real API with `MISTRAL_API_KEY` (model from
//! `MISTRAL_MODEL`, default `mistral-medium-latest`; the library is deleted at the end),
//! otherwise the embedded mock server (said on stderr), whose processing moves `todo` →
//! `in_progress` → `done` over two polls and whose conversation answers by citing the
//! library.

use std::time::Duration;

use mistral::chat::Tool;
use mistral::conversations::ConversationRequest;
use mistral::files::FileContent;
use mistral::libraries::{CreateLibraryRequest, DocumentUpload, WaitOptions};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data/report.pdf").to_owned());
    let question = args.collect::<Vec<_>>().join(" ");
    let question = if question.trim().is_empty() {
        "What does the report say? Answer in two sentences.".to_owned()
    } else {
        question
    };
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let model = std::env::var("MISTRAL_MODEL").unwrap_or_else(|_| "mistral-medium-latest".to_owned());

    let create = CreateLibraryRequest::builder()
        .name("library_rag example")
        .description("A report uploaded by the library_rag example")
        .build();
    let library = client.libraries().create(&create).await?.into_inner();
    eprintln!("library {}", library.id);

    let documents = client.libraries().documents(&library.id);
    let upload = DocumentUpload::builder()
        .file(FileContent::path(&path)) // streamed from disk, never read whole
        .content_type("application/pdf")
        .build();
    let document = documents
        .upload_with_progress(&upload, |p| eprintln!("uploading: {}/{} bytes", p.sent, p.total))
        .await?
        .into_inner();
    let wait = WaitOptions::new()
        .poll_interval(Duration::from_millis(500))
        .max_interval(Duration::from_secs(5))
        .timeout(Duration::from_secs(300));
    let status = documents
        .wait_processed(&document.id, &wait, |s| {
            eprintln!(
                "processing: {}",
                s.process_status.as_ref().map_or("?", |p| p.as_str())
            )
        })
        .await?;
    eprintln!("{} is {:?}", document.name, status.process_status);
    let text = documents.text(&document.id).await?;
    eprintln!("extracted {} characters of text", text.text.chars().count());

    let request = ConversationRequest::builder()
        .inputs(question.as_str())
        .model(model)
        .tools([Tool::document_library([library.id.as_str()])])
        .instructions("Answer from the documents of the library only.")
        .build();
    let answer = client.conversations().start(&request).await?;
    println!("Q: {question}\nA: {}", answer.text());

    // Keep the account tidy when running against the real API.
    client.libraries().delete(&library.id).await?;
    Ok(())
}
