//! Partial structured output: a 20 000-delta structured stream (a recipe-like document of
//! ~100 KB, deltas of 1-9 bytes as a model's tokens) read several ways side by side:
//!
//! - `fold`: the plain text fold, concatenating the deltas (the floor: no reading at all);
//! - `chunk_fold`: what a stream does per delta anyway, decoding the SSE chunk's JSON, then
//!   concatenating;
//! - `partial`: our incremental reader, with a snapshot per change (the borrowed value so far:
//!   what a caller looking at it each time it changed gets);
//! - `chunk_partial`: `chunk_fold` plus `partial` (the structured stream's raw work);
//! - `owned_snapshot`: `partial` plus an owned copy of the value per change (its cost is the
//!   size of the value so far: quadratic over the stream, which is why the streams pace them);
//! - `stream_partial typed snapshots`: what `stream_partial` does per chunk: `chunk_fold`, the
//!   reader, and a typed `T::Partial` snapshot (derived) whenever the
//!   [`SnapshotPacer`](mistral::partial::SnapshotPacer) says one is due, plus the last one;
//! - `reparse`: the whole buffer parsed again at every delta (the quadratic way, as a peer
//!   does it; here our reader from scratch, the same semantics).
//!
//! Then the per-delta cost at 1x, 2x and 4x the stream length (the last two ways on a 2 000-delta
//! stream, being quadratic). Run: `cargo bench --bench partial`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, Throughput};
use mistral::partial::{PartialJsonReader, SnapshotPacer};
use mistral::CompletionChunk;
use serde::Deserialize;
use serde_json::{json, Value};

/// The workload's document, typed (only its derived partial is read).
#[derive(mistral::Partial, Deserialize)]
#[allow(dead_code)]
struct BenchRecipe {
    title: String,
    servings: u32,
    ingredients: Vec<BenchIngredient>,
    steps: Vec<String>,
}

#[derive(mistral::Partial, Deserialize)]
#[allow(dead_code)]
struct BenchIngredient {
    name: String,
    grams: u64,
    ratio: f64,
    optional: bool,
    tags: Vec<Option<String>>,
}

const DELTAS: usize = 20_000;

/// The document's text cut into about `n` deltas of 1-9 bytes (on char boundaries).
fn workload(n: usize) -> Vec<String> {
    let mut items = Vec::new();
    let mut doc = json!({});
    let mut i = 0u64;
    while doc.to_string().len() < n * 5 {
        for _ in 0..64 {
            items.push(json!({
                "name": format!("ingredient {i} with a \"quoted\" note, é and 😀"),
                "grams": i * 37 % 1000,
                "ratio": (i as f64) / 7.0,
                "optional": i % 3 == 0,
                "tags": ["fresh", "local", null],
            }));
            i += 1;
        }
        doc = json!({"title": "A very long recipe", "servings": 4, "ingredients": items,
                     "steps": ["Mix the dry ingredients.", "Whisk the eggs\nand milk.", "Fry."]});
    }
    let text = doc.to_string();
    let mut pieces = Vec::with_capacity(n + 8);
    let (mut at, mut k) = (0, 0usize);
    while at < text.len() && pieces.len() < n {
        let mut end = (at + 1 + k % 9).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        pieces.push(text[at..end].to_string());
        at = end;
        k += 1;
    }
    if at < text.len() {
        // Close the document at exactly `n` deltas: the rest in one last piece.
        if let Some(last) = pieces.last_mut() {
            last.push_str(&text[at..]);
        }
    }
    pieces
}

/// Each delta as the SSE chunk JSON it arrives in.
fn chunks(pieces: &[String]) -> Vec<String> {
    pieces
        .iter()
        .map(|p| {
            json!({"id": "x", "object": "chat.completion.chunk", "created": 1, "model": "m",
                   "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": null}]})
            .to_string()
        })
        .collect()
}

fn fold(pieces: &[String]) -> usize {
    let mut s = String::new();
    for p in pieces {
        s.push_str(p);
    }
    s.len()
}

fn chunk_fold(chunks: &[String]) -> usize {
    let mut s = String::new();
    for c in chunks {
        let c: CompletionChunk = serde_json::from_str(c).unwrap();
        if let Some(t) = c.delta_text() {
            s.push_str(&t);
        }
    }
    s.len()
}

fn partial(pieces: &[String]) -> usize {
    let mut r = PartialJsonReader::new();
    let mut seen = 0;
    for p in pieces {
        if r.feed(p).unwrap() {
            seen += black_box(r.value()).is_some() as usize;
        }
    }
    r.finish().unwrap();
    seen
}

fn chunk_partial(chunks: &[String]) -> usize {
    let mut s = String::new();
    let mut r = PartialJsonReader::new();
    let mut seen = 0;
    for c in chunks {
        let c: CompletionChunk = serde_json::from_str(c).unwrap();
        if let Some(t) = c.delta_text() {
            s.push_str(&t);
            if r.feed(&t).unwrap() {
                seen += black_box(r.value()).is_some() as usize;
            }
        }
    }
    r.finish().unwrap();
    seen + s.len()
}

fn owned_snapshot(pieces: &[String]) -> usize {
    let mut r = PartialJsonReader::new();
    let mut seen = 0;
    for p in pieces {
        if r.feed(p).unwrap() {
            let v: Option<Value> = r.partial();
            seen += black_box(v).is_some() as usize;
        }
    }
    seen
}

fn stream_partial(chunks: &[String]) -> usize {
    let mut s = String::new();
    let (mut r, mut pacer) = (PartialJsonReader::new(), SnapshotPacer::new());
    let mut seen = 0;
    for c in chunks {
        let c: CompletionChunk = serde_json::from_str(c).unwrap();
        if let Some(t) = c.delta_text() {
            s.push_str(&t);
            if r.feed(&t).unwrap() && pacer.due(&r) {
                let p: Option<BenchRecipePartial> = r.partial();
                seen += black_box(p).is_some() as usize;
            }
        }
    }
    if pacer.pending(&r) {
        let p: Option<BenchRecipePartial> = r.partial();
        seen += black_box(p).is_some() as usize;
    }
    r.finish().unwrap();
    seen + s.len()
}

fn reparse(pieces: &[String]) -> usize {
    let mut buf = String::new();
    let mut seen = 0;
    for p in pieces {
        buf.push_str(p);
        let mut r = PartialJsonReader::new();
        r.feed(&buf).unwrap();
        seen += black_box(r.value()).is_some() as usize;
    }
    seen
}

type Way = (&'static str, fn(&[String]) -> usize, bool);

const WAYS: &[Way] = &[
    ("fold", fold, false),
    ("chunk_fold", chunk_fold, true),
    ("partial", partial, false),
    ("chunk_partial", chunk_partial, true),
    ("stream_partial typed snapshots", stream_partial, true),
    ("owned_snapshot", owned_snapshot, false),
    ("reparse", reparse, false),
];

fn bench(c: &mut Criterion) {
    let pieces = workload(DELTAS);
    let chunked = chunks(&pieces);
    let small = workload(2_000);
    let mut g = c.benchmark_group("partial_20k");
    g.throughput(Throughput::Elements(pieces.len() as u64));
    for &(name, f, is_chunks) in &WAYS[..5] {
        let input = if is_chunks { &chunked } else { &pieces };
        g.bench_function(name, |b| b.iter(|| black_box(f(input))));
    }
    g.finish();
    let mut g = c.benchmark_group("partial_2k");
    g.throughput(Throughput::Elements(small.len() as u64));
    g.sample_size(10);
    for &(name, f, _) in &WAYS[5..] {
        g.bench_function(name, |b| {
            b.iter_batched(|| &small, |s| black_box(f(s)), BatchSize::SmallInput)
        });
    }
    g.bench_function("partial", |b| b.iter(|| black_box(partial(&small))));
    g.finish();
}

/// The fastest of a few runs, per delta.
fn per_delta(f: fn(&[String]) -> usize, input: &[String], budget: Duration) -> f64 {
    let start = Instant::now();
    let mut best = Duration::MAX;
    let mut runs = 0;
    while runs < 3 || (start.elapsed() < budget && runs < 50) {
        let t = Instant::now();
        black_box(f(input));
        best = best.min(t.elapsed());
        runs += 1;
    }
    best.as_nanos() as f64 / input.len() as f64
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c);
    c.final_summary();

    println!("\n== per-delta cost (ns), fastest of several runs, 1x/2x/4x the stream ==");
    let budget = Duration::from_millis(300);
    let mut table = Vec::new();
    for &(name, f, is_chunks) in WAYS {
        let base = if name == "owned_snapshot" || name == "reparse" {
            2_000
        } else {
            DELTAS
        };
        let mut row = Vec::new();
        for scale in [1, 2, 4] {
            let p = workload(base * scale);
            let input = if is_chunks { chunks(&p) } else { p };
            row.push(per_delta(f, &input, budget));
        }
        println!(
            "{name:>30} ({base:>6} deltas x1/x2/x4): {:>9.1} {:>9.1} {:>9.1}   (x4/x1: {:.2})",
            row[0],
            row[1],
            row[2],
            row[2] / row[0]
        );
        table.push((name, row));
    }
    let at = |n: &str, i: usize| {
        table
            .iter()
            .find(|(m, _)| *m == n)
            .map(|(_, r)| r[i])
            .unwrap_or(f64::NAN)
    };
    println!("\n== ratios (goal: partial reading within 1.5x the plain text fold) ==");
    println!(
        "partial / fold at 1x:             {:.2}",
        at("partial", 0) / at("fold", 0)
    );
    for (i, scale) in ["1x", "2x", "4x"].iter().enumerate() {
        println!(
            "{scale}: chunk_partial / chunk_fold: {:.2}   stream_partial typed snapshots / chunk_fold: {:.2}",
            at("chunk_partial", i) / at("chunk_fold", i),
            at("stream_partial typed snapshots", i) / at("chunk_fold", i)
        );
    }
    let small = workload(2_000);
    let reparse_vs = per_delta(reparse, &small, budget) / per_delta(partial, &small, budget);
    println!("reparse / partial (2 000 deltas): {reparse_vs:.0}");
}
