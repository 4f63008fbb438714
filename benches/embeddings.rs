//! Embeddings decode: a realistic response (64 vectors of 1024 floats) as JSON numbers and as
//! base64, each read the way the client reads it (serde_json into `EmbeddingResponse`, then
//! `decode` into typed vectors), side by side in one run. Throughput is counted in vector
//! bytes (64 x 1024 x 4), so both rows' MB/s compare the same work; the wire sizes are printed.
//! A third row, through the client over loopback, adds HTTP to each encoding.

mod common;

use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};
use mistral::test_util::{unit_vector, MockServer};
use mistral::types::EmbeddingResponse;
use mistral::{EmbeddingDtype, EmbeddingRequest, EncodingFormat};
use serde_json::json;

const VECTORS: usize = 64;
const DIM: usize = 1024;

/// The same response in both encodings: a live-shaped body with `VECTORS` unit vectors.
fn bodies() -> (Vec<u8>, Vec<u8>) {
    use base64::Engine as _;
    let vectors: Vec<Vec<f32>> = (0..VECTORS)
        .map(|i| unit_vector(&format!("text {i}"), DIM))
        .collect();
    let body = |embedding: &dyn Fn(&[f32]) -> serde_json::Value| {
        let data: Vec<_> = vectors
            .iter()
            .enumerate()
            .map(|(i, v)| json!({"object": "embedding", "embedding": embedding(v), "index": i}))
            .collect();
        serde_json::to_vec(
            &json!({"id": "e", "object": "list", "data": data, "model": "mistral-embed",
            "usage": {"prompt_tokens": 640, "total_tokens": 640, "completion_tokens": 0}}),
        )
        .unwrap()
    };
    let floats = body(&|v| json!(v));
    let b64 = body(&|v| {
        let bytes: Vec<u8> = v.iter().flat_map(|f| f.to_le_bytes()).collect();
        json!(base64::engine::general_purpose::STANDARD.encode(bytes))
    });
    (floats, b64)
}

fn decode(body: &[u8]) -> usize {
    let r: EmbeddingResponse = serde_json::from_slice(body).unwrap();
    let v = r.decode(&EmbeddingDtype::Float).unwrap();
    v.data.len()
}

fn main() {
    let (floats, b64) = bodies();
    // Both encodings decode to the same vectors.
    let a: EmbeddingResponse = serde_json::from_slice(&floats).unwrap();
    let b: EmbeddingResponse = serde_json::from_slice(&b64).unwrap();
    assert_eq!(
        a.decode(&EmbeddingDtype::Float).unwrap(),
        b.decode(&EmbeddingDtype::Float).unwrap()
    );
    println!(
        "wire: float JSON {} bytes, base64 {} bytes ({:.2}x smaller); vectors {} bytes",
        floats.len(),
        b64.len(),
        floats.len() as f64 / b64.len() as f64,
        VECTORS * DIM * 4
    );

    let mut c = Criterion::default()
        .configure_from_args()
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1));
    {
        let mut g = c.benchmark_group("embeddings_decode");
        g.throughput(Throughput::Bytes((VECTORS * DIM * 4) as u64));
        g.bench_function("float_json", |bch| {
            bch.iter(|| decode(std::hint::black_box(&floats)))
        });
        g.bench_function("base64", |bch| bch.iter(|| decode(std::hint::black_box(&b64))));
        g.finish();
    }
    {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let server = rt.block_on(MockServer::start()).unwrap();
        let client = mistral::Client::builder()
            .api_key("bench")
            .base_url(server.url())
            .build()
            .unwrap();
        let texts: Vec<String> = (0..VECTORS).map(|i| format!("text {i}")).collect();
        let mut g = c.benchmark_group("embeddings_loopback");
        g.throughput(Throughput::Bytes((VECTORS * DIM * 4) as u64));
        for (name, encoding) in [("float_json", Some(EncodingFormat::Float)), ("base64", None)] {
            let mut req = EmbeddingRequest::builder()
                .model("mistral-embed")
                .input(texts.clone())
                .build();
            req.encoding_format = encoding;
            g.bench_function(BenchmarkId::from_parameter(name), |bch| {
                bch.to_async(&rt)
                    .iter(|| async { client.embeddings().create(&req).await.unwrap().data.len() })
            });
        }
        g.finish();
    }
    c.final_summary();

    println!("\n== throughput (vector bytes, from criterion's means) ==");
    for group in ["embeddings_decode", "embeddings_loopback"] {
        for id in ["float_json", "base64"] {
            if let Some(ns) = common::mean_ns(group, id) {
                let mbs = (VECTORS * DIM * 4) as f64 / ns * 1e3;
                println!("{group:>20} {id:>10}: {ns:>12.0} ns  {mbs:8.1} MB/s");
            }
        }
    }
    println!("\n== ratios (same run) ==");
    common::ratio("embeddings_decode", "base64", "float_json", None);
    common::ratio("embeddings_loopback", "base64", "float_json", None);
}
