//! A search index from local files: create an index, wait until it is ready, ingest text
//! files (read from disk, one document each, in bounded requests), then search it.
//!
//! `cargo run --example search_index --features context [file ...] [-- query]` (default:
//! two short articles written to a temporary directory; query "refund"). Real API with
//! `MISTRAL_API_KEY` (a workspace with search indexes; the index is deleted at the end),
//! otherwise the embedded mock server (said on stderr), which answers every search-index
//! operation with a sample of its schema.

use std::path::PathBuf;
use std::time::Duration;

use mistral::context::IngestFile;
use mistral::context::{
    CreateManagedIndexRequest, Embedding, KeywordRetriever, KeywordRetrieverType, ManagedIndexConfig,
    ManagedIndexStatus, MistralEmbeddingModel, MistralEmbeddingModelType, Result2, SearchRequest,
    SearchRequestRetriever,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (files, query) = match args.iter().position(|a| a == "--") {
        Some(i) => (args[..i].to_vec(), args[i + 1..].join(" ")),
        None => (args, String::new()),
    };
    let query = if query.trim().is_empty() {
        "refund".to_owned()
    } else {
        query
    };
    let sample = tempdir_with_articles()?;
    let files: Vec<PathBuf> = if files.is_empty() {
        ["returns.md", "shipping.md"]
            .iter()
            .map(|n| sample.join(n))
            .collect()
    } else {
        files.into_iter().map(PathBuf::from).collect()
    };

    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, mock) = mistral::test_util::client_from_env_or_mock().await?;
    let indexes = client.context().search_indexes();

    // Index names are unique per workspace: a suffix keeps the example re-runnable.
    let name = format!("example_{}", std::process::id());
    let embedding = MistralEmbeddingModel::builder()
        .name("mistral-embed")
        .dimensions(1024)
        .r#type(MistralEmbeddingModelType::Mistral)
        .build();
    let create = CreateManagedIndexRequest::builder()
        .name(name.clone())
        .config(
            ManagedIndexConfig::builder()
                .embedding(Embedding::Mistral(embedding))
                .build(),
        )
        .build();
    let mut index = indexes.create(&create).await?.into_inner();
    eprintln!("index {} is {}", index.name, index.status.as_str());
    // Provisioning is asynchronous: poll until ready (the mock's sample stays `provisioning`).
    for _ in 0..30 {
        if index.status != ManagedIndexStatus::Provisioning || mock.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
        index = indexes.get(&name).await?.into_inner();
    }

    let report = indexes
        .ingest_files(
            &name,
            files
                .iter()
                .map(|f| IngestFile::new(f).field("metadata", serde_json::json!({"example": true}))),
        )
        .await?;
    println!(
        "ingested: {} accepted, {} rejected",
        report.accepted, report.rejected
    );
    for r in &report.results {
        match r {
            Result2::Accepted(a) => {
                println!("  #{} {} ({} chunks)", a.position, a.document_id, a.chunk_count)
            }
            Result2::Rejected(r) => {
                for e in &r.errors {
                    println!("  #{} rejected: {}", r.position, e.message);
                }
            }
            other => println!("  {other:?}"),
        }
    }

    let search = SearchRequest::builder()
        .retriever(SearchRequestRetriever::Keyword(
            KeywordRetriever::builder()
                .query(query.clone())
                .r#type(KeywordRetrieverType::Keyword)
                .top_k(3)
                .build(),
        ))
        .build();
    let hits = indexes.search(&name, &search).await?.into_inner();
    println!("search {query:?}: {} hits", hits.hits.len());
    for hit in &hits.hits {
        println!(
            "  {:.3} {}: {}",
            hit.score,
            hit.chunk.source_id,
            snippet(&hit.chunk.content)
        );
    }

    indexes.delete(&name).await?;
    let _ = std::fs::remove_dir_all(&sample);
    Ok(())
}

/// Two short articles in a fresh temporary directory.
fn tempdir_with_articles() -> std::io::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("mistral-search-index-example-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    std::fs::write(
        dir.join("returns.md"),
        "# Returns\n\nItems can be returned within 30 days for a full refund.\n",
    )?;
    std::fs::write(
        dir.join("shipping.md"),
        "# Shipping\n\nOrders ship within two business days; express delivery is available.\n",
    )?;
    Ok(dir)
}

fn snippet(text: &str) -> String {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    line.chars().take(80).collect()
}
