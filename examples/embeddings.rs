//! A small semantic search: embeds a handful of sentences and a query, then ranks the
//! sentences by cosine similarity to the query.
//!
//! `cargo run --example embeddings -- "your query"`. Real API with `MISTRAL_API_KEY` (model
//! `mistral-embed`), otherwise the embedded mock server (said on stderr; its vectors are
//! deterministic but not semantic, so the ranking is arbitrary).

use mistral::embeddings::EmbeddingRequest;

fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let norm = |v: &[f32]| v.iter().map(|x| x * x).sum::<f32>().sqrt();
    dot / (norm(a) * norm(b)).max(f32::MIN_POSITIVE)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let query = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let query = if query.is_empty() {
        "How do I keep my cat entertained?".to_owned()
    } else {
        query
    };
    let documents = [
        "Cats love chasing laser pointers and feather toys.",
        "The Eiffel Tower was completed in 1889.",
        "Rust's borrow checker prevents data races at compile time.",
        "A scratching post saves your sofa from a bored kitten.",
        "Sourdough needs a starter, flour, water and patience.",
    ];
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;

    let mut inputs: Vec<&str> = documents.to_vec();
    inputs.push(&query);
    let request = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input(inputs)
        .build();
    let out = client.embeddings().create(&request).await?;
    let vectors = out.float_vectors();
    let (docs, q) = vectors.split_at(documents.len());

    let mut ranked: Vec<(f32, &str)> = docs
        .iter()
        .zip(documents)
        .map(|(v, d)| (cosine(v, q[0]), d))
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("query: {query}");
    for (score, doc) in ranked {
        println!("{score:+.3}  {doc}");
    }
    if let Some(u) = &out.usage {
        eprintln!(
            "{} vectors of {} dimensions, {} prompt tokens",
            vectors.len(),
            q[0].len(),
            u.prompt_tokens
        );
    }
    Ok(())
}
