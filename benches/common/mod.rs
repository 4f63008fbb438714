//! Shared bench workloads: a realistic Mistral stream, deterministic framing, a counting
//! allocator, and the ratio report read from criterion's own estimates.
#![allow(dead_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use bytes::Bytes;

/// Counts heap allocations (installed as the global allocator by each bench binary).
pub struct CountingAlloc;

pub static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);
/// Whether the allocator counts. Counting costs three atomic read-modify-writes per
/// allocation, which would tax the allocation-heavy cases (serde_json, the peers) in timed
/// runs, so a bench that only reports counts turns it off while it times.
pub static COUNTING: AtomicBool = AtomicBool::new(true);
/// Bytes currently allocated, and the highest value since the last `reset_peak`.
pub static LIVE: AtomicU64 = AtomicU64::new(0);
pub static PEAK: AtomicU64 = AtomicU64::new(0);

fn grow(n: usize) {
    let now = LIVE.fetch_add(n as u64, Ordering::Relaxed) + n as u64;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
            grow(layout.size());
        }
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_sub(layout.size() as u64, Ordering::Relaxed);
        }
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
            LIVE.fetch_sub(layout.size() as u64, Ordering::Relaxed);
            grow(new_size);
        }
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

pub fn allocations() -> u64 {
    ALLOCATIONS.load(Ordering::Relaxed)
}

/// Heap bytes live now.
pub fn live_bytes() -> u64 {
    LIVE.load(Ordering::Relaxed)
}

/// Starts a new peak measurement from the current live bytes.
pub fn reset_peak() {
    PEAK.store(LIVE.load(Ordering::Relaxed), Ordering::Relaxed);
}

/// The highest live heap bytes since `reset_peak`.
pub fn peak_bytes() -> u64 {
    PEAK.load(Ordering::Relaxed)
}

/// A small deterministic PRNG (xorshift64*), so every run sees the same bytes and frames.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }
}

/// A realistic Mistral stream: a role chunk, `n` content chunks with 1-8 char tokens (some
/// multi-byte text and JSON escapes), a final chunk with finish_reason and usage, `[DONE]`.
pub struct Workload {
    pub bytes: Bytes,
    /// The `data:` payloads, pre-split (the JSON floor's input), `[DONE]` excluded.
    pub data: Vec<Bytes>,
    /// The concatenated content, as a consumer would rebuild it.
    pub content: String,
    /// Total bytes of all `data` values (events' data lengths), `[DONE]` included.
    pub data_bytes: usize,
    pub events: usize,
}

const TOKENS: &[&str] = &[
    "the",
    " cat",
    " sat",
    ",",
    " on",
    " a",
    " mat",
    ".",
    " é",
    " naïve",
    " 日本",
    " 🦀",
    "\\n",
    "\\\"",
    "\\\\",
    " \\u00e9t\\u00e9",
    " data",
    " 42",
    " ok",
    " Rust",
    "!",
    " über",
    " x",
];
const DECODED: &[&str] = &[
    "the", " cat", " sat", ",", " on", " a", " mat", ".", " é", " naïve", " 日本", " 🦀", "\n", "\"", "\\",
    " été", " data", " 42", " ok", " Rust", "!", " über", " x",
];

pub fn workload(n: usize) -> Workload {
    let mut rng = Rng::new(0x5eed);
    let head = r#"{"id":"cmpl-5906a2c0e1b04c4e9a4b5f1c0d2e3f4a","object":"chat.completion.chunk","created":1764258570,"model":"mistral-large-latest","choices":[{"index":0,"delta":{"#;
    let mut data = Vec::with_capacity(n + 2);
    let mut content = String::new();
    data.push(format!(
        r#"{head}"role":"assistant","content":""}},"finish_reason":null}}],"usage":null}}"#
    ));
    for i in 0..n {
        let t = rng.range(0, TOKENS.len() - 1);
        let last = i + 1 == n;
        content.push_str(DECODED[t]);
        let tail = if last {
            r#""finish_reason":"stop"}],"usage":{"prompt_tokens":19,"completion_tokens":100000,"total_tokens":100019}}"#
        } else {
            r#""finish_reason":null}],"usage":null}"#
        };
        data.push(format!(r#"{head}"content":"{}"}},{tail}"#, TOKENS[t]));
    }
    let mut bytes = String::with_capacity(data.iter().map(|d| d.len() + 8).sum::<usize>() + 16);
    for d in &data {
        bytes.push_str("data: ");
        bytes.push_str(d);
        bytes.push_str("\n\n");
    }
    bytes.push_str("data: [DONE]\n\n");
    let data_bytes = data.iter().map(String::len).sum::<usize>() + "[DONE]".len();
    let events = data.len() + 1;
    Workload {
        bytes: Bytes::from(bytes),
        data: data.into_iter().map(Bytes::from).collect(),
        content,
        data_bytes,
        events,
    }
}

/// Splits `bytes` into frames of pseudo-random sizes in `1..=max` (zero-copy slices).
pub fn frames(bytes: &Bytes, max: usize, seed: u64) -> Vec<Bytes> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        let n = rng.range(1, max).min(bytes.len() - pos);
        out.push(bytes.slice(pos..pos + n));
        pos += n;
    }
    out
}

/// Fixed-size frames.
pub fn fixed_frames(bytes: &Bytes, size: usize) -> Vec<Bytes> {
    (0..bytes.len())
        .step_by(size)
        .map(|i| bytes.slice(i..(i + size).min(bytes.len())))
        .collect()
}

/// The mean time criterion measured for `group/id` in this run, in nanoseconds.
pub fn mean_ns(group: &str, id: &str) -> Option<f64> {
    let path = format!("target/criterion/{group}/{id}/new/estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v["mean"]["point_estimate"].as_f64()
}

/// Prints `a / b` speed ratios (how many times faster `a` is than `b`) with a goal.
pub fn ratio(group: &str, a: &str, b: &str, goal: Option<f64>) {
    match (mean_ns(group, a), mean_ns(group, b)) {
        (Some(ta), Some(tb)) => {
            let r = tb / ta;
            let verdict = match goal {
                Some(g) if r >= g => format!("  goal >= {g:.2}x: met"),
                Some(g) => format!("  goal >= {g:.2}x: NOT met"),
                None => String::new(),
            };
            println!("{group:>16}: {a} is {r:6.2}x the speed of {b}{verdict}");
        }
        _ => println!("{group:>16}: {a} vs {b}: no estimate (filtered out?)"),
    }
}

/// A `ChatStream` through our client over a scripted transport replaying `frames` (opening
/// it is part of each measure).
pub fn open_stream(rt: &tokio::runtime::Runtime, frames: &[Bytes]) -> mistral::ChatStream {
    let t = mistral::test_util::ScriptedTransport::new();
    t.push(mistral::test_util::Reply::sse_frames(frames.iter().cloned()));
    let client = mistral::Client::builder()
        .api_key("k")
        .transport(t)
        .build()
        .unwrap();
    let req = mistral::ChatRequest::builder()
        .model("m")
        .messages([mistral::Message::user("x")])
        .build();
    rt.block_on(client.chat().stream(&req)).unwrap()
}
