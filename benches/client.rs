//! The client over loopback, side by side with raw hyper in the same run.
//!
//! - `complete_seq` / `complete_x64`: small `complete` requests to the testkit server through
//!   our client and through two floors, one at a time and 64 at a time: `raw_hyper` (raw
//!   hyper + serde_json into the full `ChatCompletionResponse`, with the headers our client
//!   sends) and `minimal` (the floor of issue #26: the same pooled hyper-util client over
//!   HTTP/1.1, no headers beyond hyper's own, the body collected and parsed into a small owned
//!   struct: id, model, first choice's content and finish reason, usage). The client runs on
//!   one tokio worker (a current-thread runtime), the server on one worker of its own.
//! - `stream_one` / `stream_x64`: streamed completions through our client and through raw hyper
//!   + our SSE parser + serde_json (the transport floor).
//! - Extra resident memory of a slow consumer (sleeps 1 ms every 250 chunks) on a 22 MB stream.
//! - The two `complete` cases again with ours and both floors timed in alternation (60 rounds
//!   or `CLIENT_BENCH_ROUNDS`, the order rotating), reported as the quartiles of the per-round
//!   ratios: steadier than criterion groups run one after the other on a machine whose speed
//!   drifts.
//! - Heap allocations per `complete`, ours and both floors.
//! - Memory of 64 warm concurrent streams, and of 1 000 concurrent slow streams (each consumer
//!   sleeps between chunks), ours beside raw hyper (the raw consumer decodes a frame's events
//!   and drops the frame before it sleeps: what hyper itself holds).
//!
//! Run: `cargo bench --bench client`. Ratios are printed at the end. With
//! `CLIENT_BENCH=interleaved` only the interleaved rounds and the allocation counts run (a
//! quick check); `CLIENT_BENCH=variants` times ours, ours over a plain hyper-util transport,
//! ours without a request timeout and raw hyper against the minimal floor, sequentially and
//! interleaved (where ours loses time); `cargo bench --bench client -- --count` counts
//! instructions per sequential `complete` under callgrind (needs `valgrind`), ours and both
//! floors.

mod common;

use std::hint::black_box;
use std::time::Duration;

use bytes::Bytes;
use common::*;
use criterion::{Criterion, SamplingMode, Throughput};
use http_body_util::{BodyExt, Full};
use mistral::sse::SseParser;
use mistral::test_util::{MockServer, Reply};
use mistral::{ChatCompletionResponse, ChatRequest, Client, CompletionChunk, Message};

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

type Raw =
    hyper_util::client::legacy::Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

fn raw_client() -> Raw {
    let mut http = hyper_util::client::legacy::connect::HttpConnector::new();
    http.set_nodelay(true);
    hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .pool_max_idle_per_host(128)
        .build(http)
}

fn small_request() -> ChatRequest {
    ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::system("Be brief."), Message::user("Hello there")])
        .temperature(0.3)
        .build()
}

/// A chat request as a plain user of hyper + serde_json would send it.
fn raw_request(url: &str, req: &ChatRequest, stream: bool) -> http::Request<Full<Bytes>> {
    let mut body = serde_json::to_vec(req).unwrap();
    body.pop();
    body.extend_from_slice(if stream {
        b",\"stream\":true}"
    } else {
        b",\"stream\":false}"
    });
    http::Request::post(url)
        .header("authorization", "Bearer k")
        .header("content-type", "application/json")
        .header(
            "accept",
            if stream {
                "text/event-stream"
            } else {
                "application/json"
            },
        )
        .body(Full::new(Bytes::from(body)))
        .unwrap()
}

/// The floor: serialize with serde_json, POST with raw hyper, read, parse.
async fn raw_complete(raw: &Raw, url: &str, req: &ChatRequest) -> usize {
    let resp = raw.request(raw_request(url, req, false)).await.unwrap();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    let parsed: ChatCompletionResponse = serde_json::from_slice(&bytes).unwrap();
    parsed.text().len()
}

/// What the minimal floor reads of an answer: id, model, the first choice's content and
/// finish reason, usage.
#[derive(serde::Deserialize)]
struct Small {
    id: String,
    model: String,
    choices: Vec<SmallChoice>,
    usage: SmallUsage,
}

#[derive(serde::Deserialize)]
struct SmallChoice {
    message: SmallMessage,
    finish_reason: Option<String>,
}

#[derive(serde::Deserialize)]
struct SmallMessage {
    content: Option<String>,
}

#[derive(serde::Deserialize)]
struct SmallUsage {
    prompt_tokens: u64,
    completion_tokens: u64,
}

/// The minimal floor (issue #26): serde_json serializes the request, hyper POSTs it with no
/// headers beyond its own, the body is collected and parsed into `Small`. Nothing else.
async fn minimal_complete(raw: &Raw, url: &str, req: &ChatRequest) -> usize {
    let body = serde_json::to_vec(req).unwrap();
    let request = http::Request::post(url)
        .body(Full::new(Bytes::from(body)))
        .unwrap();
    let resp = raw.request(request).await.unwrap();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    let parsed: Small = serde_json::from_slice(&bytes).unwrap();
    let first = parsed.choices.into_iter().next().unwrap();
    black_box((
        &parsed.id,
        &parsed.model,
        &first.finish_reason,
        parsed.usage.prompt_tokens,
        parsed.usage.completion_tokens,
    ));
    first.message.content.map_or(0, |c| c.len())
}

/// Our client over a plain hyper-util client (the minimal floor's: TCP only, no TLS, proxy or
/// connect-timeout layers, no timers): what the pipeline costs apart from the default
/// transport (`--count` only).
struct PlainTransport(Raw);

impl mistral::Transport for PlainTransport {
    fn send(&self, request: http::Request<Bytes>) -> mistral::TransportFuture {
        let fut = self.0.request(request.map(Full::new));
        Box::pin(async move {
            let resp = fut.await.map_err(mistral::TransportError::other)?;
            Ok(resp.map(|b| b.map_err(|e| Box::new(e) as mistral::BoxError).boxed()))
        })
    }
}

async fn ours_complete(client: &Client, req: &ChatRequest) -> usize {
    client.chat().complete(req).await.unwrap().text().len()
}

/// The transport floor for streams: raw hyper, our parser, serde_json.
async fn raw_stream(raw: &Raw, url: &str, req: &ChatRequest) -> usize {
    let mut resp = raw
        .request(raw_request(url, req, true))
        .await
        .unwrap()
        .into_body();
    let mut p = SseParser::default();
    let mut n = 0;
    while let Some(frame) = resp.frame().await {
        if let Ok(data) = frame.unwrap().into_data() {
            p.push(data);
            while let Some(ev) = p.next_event_ref() {
                let ev = ev.unwrap();
                if ev.data_str() == "[DONE]" {
                    continue;
                }
                let _c: CompletionChunk = serde_json::from_str(ev.data_str()).unwrap();
                n += 1;
            }
        }
    }
    n
}

/// A raw consumer that sleeps `pause` after each chunk; it keeps no frame while it sleeps.
async fn raw_slow(raw: &Raw, url: &str, req: &ChatRequest, pause: Duration) -> usize {
    let mut resp = raw
        .request(raw_request(url, req, true))
        .await
        .unwrap()
        .into_body();
    let mut p = SseParser::default();
    let mut n = 0;
    let mut chunks = Vec::new();
    while let Some(frame) = resp.frame().await {
        if let Ok(data) = frame.unwrap().into_data() {
            p.push(data);
            while let Some(ev) = p.next_event_ref() {
                let ev = ev.unwrap();
                if ev.data_str() != "[DONE]" {
                    chunks.push(serde_json::from_str::<CompletionChunk>(ev.data_str()).unwrap());
                }
            }
            for c in chunks.drain(..) {
                black_box(c);
                n += 1;
                tokio::time::sleep(pause).await;
            }
        }
    }
    n
}

/// Our consumer, sleeping `pause` after each chunk.
async fn ours_slow(client: &Client, req: &ChatRequest, pause: Duration) -> usize {
    let mut st = client.chat().stream(req).await.unwrap();
    let mut n = 0;
    while let Some(c) = st.next().await {
        black_box(c.unwrap());
        n += 1;
        tokio::time::sleep(pause).await;
    }
    n
}

/// Peak heap bytes above the start, and peak resident KiB above the start (sampled), while
/// `work` runs.
fn measure<T>(rt: &tokio::runtime::Runtime, work: impl std::future::Future<Output = T>) -> (T, u64, u64) {
    let rss_before = vm_kib("VmRSS:");
    let live_before = live_bytes();
    reset_peak();
    let peak = std::cell::Cell::new(rss_before);
    let out = rt.block_on(async {
        let sampler = async {
            loop {
                peak.set(peak.get().max(vm_kib("VmRSS:")));
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        };
        tokio::select! {
            out = work => out,
            () = sampler => unreachable!("the sampler never ends"),
        }
    });
    let rss_peak = peak.get().max(vm_kib("VmRSS:"));
    let heap = peak_bytes().saturating_sub(live_before);
    (out, heap, rss_peak.saturating_sub(rss_before))
}

async fn ours_stream(client: &Client, req: &ChatRequest) -> usize {
    let mut st = client.chat().stream(req).await.unwrap();
    let mut n = 0;
    while let Some(c) = st.next().await {
        black_box(c.unwrap());
        n += 1;
    }
    n
}

/// Runs `n` copies of a task at once, each spawned, and returns their results in order.
async fn spawn_n<T, Fut>(n: usize, make: impl Fn() -> Fut) -> Vec<T>
where
    T: Send + 'static,
    Fut: std::future::Future<Output = T> + Send + 'static,
{
    let tasks: Vec<_> = (0..n).map(|_| tokio::spawn(make())).collect();
    let mut out = Vec::with_capacity(n);
    for t in tasks {
        out.push(t.await.unwrap());
    }
    out
}

/// Times the `cases` in alternation, `rounds` rounds of `iters` runs each (the order rotates
/// from round to round), so that the drift of a shared machine's speed falls on all of them:
/// each round's time per case, in seconds.
fn interleaved(rounds: usize, iters: usize, cases: &mut [&mut dyn FnMut()]) -> Vec<Vec<f64>> {
    let n = cases.len();
    (0..rounds)
        .map(|i| {
            let mut times = vec![0.0; n];
            for k in 0..n {
                let c = (i + k) % n;
                let t = std::time::Instant::now();
                for _ in 0..iters {
                    (cases[c])();
                }
                times[c] = t.elapsed().as_secs_f64();
            }
            times
        })
        .collect()
}

/// Rounds of the interleaved comparisons: 60, or `CLIENT_BENCH_ROUNDS` (the median of a
/// run moves by about 1.5 % between runs at 60 on a busy 2-vCPU VM; more rounds narrow it).
/// The variants comparison runs twice as many.
fn rounds() -> usize {
    std::env::var("CLIENT_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(60)
}

/// The quartiles of the per-round speed ratios of case `a` to case `b` (b's time / a's time).
fn quartiles(rounds: &[Vec<f64>], a: usize, b: usize) -> [f64; 3] {
    let mut ratios: Vec<f64> = rounds.iter().map(|t| t[b] / t[a]).collect();
    ratios.sort_by(f64::total_cmp);
    let q = |f: f64| ratios[((ratios.len() - 1) as f64 * f).round() as usize];
    [q(0.25), q(0.5), q(0.75)]
}

fn vm_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Instructions callgrind counted for `--case <case> <calls>` in a child process (server
/// included: it runs in the same process).
fn count(exe: &std::path::Path, case: &str, calls: usize) -> Option<u64> {
    let out = std::process::Command::new("valgrind")
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(exe)
        .args(["--case", case, &calls.to_string()])
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "{case}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err.lines().find(|l| l.contains("Collected :"))?;
    line.rsplit(':').next()?.trim().replace(',', "").parse().ok()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // The server gets its own thread (one tokio worker); the clients run on one
    // current-thread runtime (one worker: the calls and hyper's connection tasks), so every
    // case of a comparison sees the same scheduling.
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = server_rt.block_on(MockServer::start()).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let url = format!("{}/v1/chat/completions", server.url());
    let client = Client::builder()
        .api_key("k")
        .base_url(server.url())
        .build()
        .unwrap();
    let raw = raw_client();
    // Each case its own client, so its own pooled connection and server task: cases sharing
    // one would find each other's connection state warm in cache, which ours never does.
    let raw_min = raw_client();
    let plain = Client::builder()
        .api_key("k")
        .base_url(server.url())
        .transport(PlainTransport(raw_client()))
        .build()
        .unwrap();
    let untimed = Client::builder()
        .api_key("k")
        .base_url(server.url())
        .request_timeout(None)
        .build()
        .unwrap();
    let req = small_request();
    // The minimal floor serializes a request that already says `stream: false` (what our
    // client and the raw floor add to `req`): the same bytes on the wire, no splice.
    let mut req_min = small_request();
    req_min.stream = Some(false);
    let ours_seq = || {
        black_box(rt.block_on(ours_complete(&client, &req)));
    };
    let plain_seq = || {
        black_box(rt.block_on(ours_complete(&plain, &req)));
    };
    let untimed_seq = || {
        black_box(rt.block_on(ours_complete(&untimed, &req)));
    };
    let raw_seq = || {
        black_box(rt.block_on(raw_complete(&raw, &url, &req)));
    };
    let min_seq = || {
        black_box(rt.block_on(minimal_complete(&raw_min, &url, &req_min)));
    };
    let ours_x64 = || {
        black_box(rt.block_on(spawn_n(64, || {
            let (c, r) = (client.clone(), req.clone());
            async move { ours_complete(&c, &r).await }
        })));
    };
    let raw_x64 = || {
        black_box(rt.block_on(spawn_n(64, || {
            let (c, r, u) = (raw.clone(), req.clone(), url.clone());
            async move { raw_complete(&c, &u, &r).await }
        })));
    };
    let min_x64 = || {
        black_box(rt.block_on(spawn_n(64, || {
            let (c, r, u) = (raw_min.clone(), req_min.clone(), url.clone());
            async move { minimal_complete(&c, &u, &r).await }
        })));
    };
    assert_eq!(
        rt.block_on(ours_complete(&client, &req)),
        rt.block_on(raw_complete(&raw, &url, &req))
    );
    assert_eq!(
        rt.block_on(ours_complete(&client, &req)),
        rt.block_on(minimal_complete(&raw_min, &url, &req_min))
    );

    // A child of `--count`: warm up, then `calls` sequential calls of one case.
    if let Some(i) = args.iter().position(|a| a == "--case") {
        let calls: usize = args[i + 2].parse().unwrap();
        let one: &dyn Fn() = match args[i + 1].as_str() {
            "ours" => &ours_seq,
            "ours_plain" => &plain_seq,
            "ours_untimed" => &untimed_seq,
            "raw_hyper" => &raw_seq,
            "minimal" => &min_seq,
            other => panic!("unknown case {other}"),
        };
        for _ in 0..20 {
            one();
        }
        for _ in 0..calls {
            one();
        }
        return;
    }
    if args.iter().any(|a| a == "--count") {
        if std::process::Command::new("valgrind")
            .arg("--version")
            .output()
            .is_err()
        {
            println!("client: valgrind is not installed; nothing counted");
            return;
        }
        let exe = std::env::current_exe().unwrap();
        // The difference of two runs, so that the start-up and warm-up calls drop out.
        let per_call = |case: &str| {
            let (a, b) = (count(&exe, case, 200).unwrap(), count(&exe, case, 1_200).unwrap());
            b.saturating_sub(a) as f64 / 1_000.0
        };
        println!(
            "sizes: the future of `complete` {} B, its result {} B, ResponseMeta {} B",
            std::mem::size_of_val(&client.chat().complete(&req)),
            std::mem::size_of::<mistral::Result<mistral::WithMeta<ChatCompletionResponse>>>(),
            std::mem::size_of::<mistral::ResponseMeta>(),
        );
        let min = per_call("minimal");
        println!("instructions per sequential complete (callgrind, server included):");
        for case in ["ours", "ours_plain", "raw_hyper", "minimal"] {
            let n = if case == "minimal" { min } else { per_call(case) };
            println!("  {case:<10} {:>9.0}  ({:.3}x the minimal floor's)", n, n / min);
        }
        return;
    }
    // `cargo test --benches`: the cases ran once above.
    if args.iter().any(|a| a == "--test") {
        return;
    }

    // Diagnostics: where ours loses time against the minimal floor, sequentially, with parts
    // of it taken away (a custom plain transport; no request timer), interleaved as below.
    if std::env::var("CLIENT_BENCH").as_deref() == Ok("variants") {
        COUNTING.store(false, std::sync::atomic::Ordering::Relaxed);
        let names = ["ours", "ours_plain", "ours_untimed", "raw_hyper", "minimal"];
        let (mut a, mut b, mut c, mut d, mut m) = (ours_seq, plain_seq, untimed_seq, raw_seq, min_seq);
        let rounds = interleaved(2 * rounds(), 50, &mut [&mut a, &mut b, &mut c, &mut d, &mut m]);
        for (k, name) in names.iter().enumerate().take(4) {
            let [lo, mid, hi] = quartiles(&rounds, k, 4);
            println!("{name:>14}: {mid:.3}x the speed of minimal (quartiles {lo:.3}-{hi:.3})");
        }
        return;
    }

    // Allocations per small `complete`, sequential (the counting allocator counts every side,
    // the server's work included).
    let allocs_per = |f: &dyn Fn()| {
        f();
        let before = allocations();
        for _ in 0..200 {
            f();
        }
        (allocations() - before) as f64 / 200.0
    };
    let allocs = [allocs_per(&ours_seq), allocs_per(&raw_seq), allocs_per(&min_seq)];
    // Counting costs atomics per allocation: off while timing.
    COUNTING.store(false, std::sync::atomic::Ordering::Relaxed);

    // The two `complete` cases, ours and the floors in alternation (criterion runs one case
    // after the other, and this machine's speed drifts by more than the gap being measured).
    let rounds_n = rounds();
    let (mut a, mut b, mut m) = (ours_seq, raw_seq, min_seq);
    let seq = interleaved(rounds_n, 50, &mut [&mut a, &mut b, &mut m]);
    let (mut a, mut b, mut m) = (ours_x64, raw_x64, min_x64);
    let x64 = interleaved(rounds_n, 5, &mut [&mut a, &mut b, &mut m]);
    let report = |allocs: &[f64; 3]| {
        println!(
            "\n== interleaved ({rounds_n} rounds, order rotating; ratios are speed: floor time / our time) =="
        );
        for (name, rounds) in [("complete_seq", &seq), ("complete_x64", &x64)] {
            let per_call = |c: usize| {
                let mut t: Vec<f64> = rounds.iter().map(|r| r[c]).collect();
                t.sort_by(f64::total_cmp);
                t[t.len() / 2] / if name == "complete_seq" { 50.0 } else { 5.0 * 64.0 } * 1e6
            };
            println!(
                "{name:>16}: median round, per call: ours {:.1} us, raw_hyper {:.1} us, minimal {:.1} us",
                per_call(0),
                per_call(1),
                per_call(2)
            );
            for (floor, k) in [("minimal", 2), ("raw_hyper", 1)] {
                let [lo, mid, hi] = quartiles(rounds, 0, k);
                println!(
                    "{name:>16}: ours is {mid:6.3}x the speed of {floor} (quartiles {lo:.3}-{hi:.3}){}",
                    if floor == "minimal" {
                        format!("  goal >= 0.95x: {}", if mid >= 0.95 { "met" } else { "NOT met" })
                    } else {
                        String::new()
                    }
                );
            }
        }
        println!(
            "{:>16}: heap allocations per small complete: ours {:.1}, raw hyper {:.1}, minimal {:.1}",
            "allocations", allocs[0], allocs[1], allocs[2]
        );
    };
    if std::env::var("CLIENT_BENCH").as_deref() == Ok("interleaved") {
        report(&allocs);
        return;
    }

    let mut c = Criterion::default().configure_from_args();
    let mut g = c.benchmark_group("complete_seq");
    g.throughput(Throughput::Elements(1));
    g.sample_size(20)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1));
    g.bench_function("ours", |b| b.iter(ours_seq));
    g.bench_function("raw_hyper", |b| b.iter(raw_seq));
    g.bench_function("minimal", |b| b.iter(min_seq));
    g.finish();

    let mut g = c.benchmark_group("complete_x64");
    g.throughput(Throughput::Elements(64));
    g.sample_size(20)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_secs(1));
    g.bench_function("ours", |b| b.iter(ours_x64));
    g.bench_function("raw_hyper", |b| b.iter(raw_x64));
    g.bench_function("minimal", |b| b.iter(min_x64));
    g.finish();

    // Streams: the server replays a prebuilt realistic stream (frames of 1 B-16 KiB).
    for (name, events, concurrency) in [("stream_one", 20_000usize, 1usize), ("stream_x64", 1_000, 64)] {
        let w = workload(events);
        let frames = frames(&w.bytes, 16 * 1024, 3);
        let push = |n: usize| {
            for _ in 0..n {
                server.push(Reply::sse_frames(frames.iter().cloned()));
            }
        };
        push(2);
        assert_eq!(rt.block_on(ours_stream(&client, &req)), w.events - 1);
        assert_eq!(rt.block_on(raw_stream(&raw, &url, &req)), w.events - 1);
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Elements((w.events * concurrency) as u64));
        g.sample_size(10).sampling_mode(SamplingMode::Flat);
        g.measurement_time(Duration::from_secs(4))
            .warm_up_time(Duration::from_secs(1));
        let expected = vec![w.events - 1; concurrency];
        g.bench_function("ours", |b| {
            b.iter(|| {
                push(concurrency);
                let got = rt.block_on(spawn_n(concurrency, || {
                    let (c, r) = (client.clone(), req.clone());
                    async move { ours_stream(&c, &r).await }
                }));
                assert_eq!(got, expected);
            })
        });
        g.bench_function("raw_hyper_floor", |b| {
            b.iter(|| {
                push(concurrency);
                let got = rt.block_on(spawn_n(concurrency, || {
                    let (c, r, u) = (raw.clone(), req.clone(), url.clone());
                    async move { raw_stream(&c, &u, &r).await }
                }));
                assert_eq!(got, expected);
            })
        });
        g.finish();
    }

    c.final_summary();
    // The memory measures below read the counting allocator.
    COUNTING.store(true, std::sync::atomic::Ordering::Relaxed);

    // Memory: a slow consumer on a 100 000-event (22 MB) stream. The server's copy of the body
    // is built before measuring; what remains is what the client buffers.
    let w = workload(100_000);
    let frames = frames(&w.bytes, 16 * 1024, 5);
    server.push(Reply::sse_frames(frames.iter().cloned()));
    // Heap bytes (counted by the global allocator, server included) and resident memory
    // (sampled every 250 chunks) while a slow consumer reads the stream.
    let rss_before = vm_kib("VmRSS:");
    let live_before = live_bytes();
    reset_peak();
    let (n, peak_rss) = rt.block_on(async {
        let mut st = client.chat().stream(&req).await.unwrap();
        let (mut n, mut peak) = (0usize, rss_before);
        while let Some(c) = st.next().await {
            c.unwrap();
            n += 1;
            if n % 250 == 0 {
                peak = peak.max(vm_kib("VmRSS:"));
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        }
        (n, peak)
    });
    let extra_heap_kib = peak_bytes().saturating_sub(live_before) / 1024;

    // Control: a consumer that keeps every chunk. The same measure must show the growth.
    server.push(Reply::sse_frames(frames.iter().cloned()));
    let live_before = live_bytes();
    reset_peak();
    let kept = rt.block_on(async {
        let mut st = client.chat().stream(&req).await.unwrap();
        let mut all = Vec::new();
        while let Some(c) = st.next().await {
            all.push(c.unwrap());
        }
        all.len()
    });
    let control_kib = peak_bytes().saturating_sub(live_before) / 1024;

    // 64 warm concurrent streams (1 001 chunks each, frames of 1 B-16 KiB), read at full speed.
    let w64 = workload(1_000);
    let frames64 = common::frames(&w64.bytes, 16 * 1024, 3);
    let push64 = |n: usize| {
        for _ in 0..n {
            server.push(Reply::sse_frames(frames64.iter().cloned()));
        }
    };
    let warm = |rt: &tokio::runtime::Runtime, ours: bool| {
        push64(64);
        let (got, heap, rss) = measure(rt, async {
            if ours {
                spawn_n(64, || {
                    let (c, r) = (client.clone(), req.clone());
                    async move { ours_stream(&c, &r).await }
                })
                .await
            } else {
                spawn_n(64, || {
                    let (c, r, u) = (raw.clone(), req.clone(), url.clone());
                    async move { raw_stream(&c, &u, &r).await }
                })
                .await
            }
        });
        assert!(got.iter().all(|n| *n == w64.events - 1));
        (heap, rss)
    };
    for ours in [true, false, true, false] {
        warm(&rt, ours); // warm the pools, the allocator and the runtime
    }
    let (ours64_heap, ours64_rss) = warm(&rt, true);
    let (raw64_heap, raw64_rss) = warm(&rt, false);

    // 1 000 concurrent slow streams: 100 chunks each, one event a frame as the API sends them,
    // a consumer that sleeps 2 ms after each chunk.
    let wslow = workload(100);
    let event_frames: Vec<Bytes> = wslow
        .bytes
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| Bytes::from([l, b"\n\n"].concat()))
        .collect();
    let pause = Duration::from_millis(2);
    let slow = |rt: &tokio::runtime::Runtime, ours: bool| {
        for _ in 0..1_000 {
            server.push(Reply::sse_frames(event_frames.iter().cloned()));
        }
        let (got, heap, rss) = measure(rt, async {
            if ours {
                spawn_n(1_000, || {
                    let (c, r) = (client.clone(), req.clone());
                    async move { ours_slow(&c, &r, pause).await }
                })
                .await
            } else {
                spawn_n(1_000, || {
                    let (c, r, u) = (raw.clone(), req.clone(), url.clone());
                    async move { raw_slow(&c, &u, &r, pause).await }
                })
                .await
            }
        });
        assert!(got.iter().all(|n| *n == wslow.events - 1));
        (heap, rss)
    };
    slow(&rt, true);
    slow(&rt, false);
    let (ours_slow_heap, ours_slow_rss) = slow(&rt, true);
    let (raw_slow_heap, raw_slow_rss) = slow(&rt, false);

    println!("\n== ratios (same run) ==");
    ratio("complete_seq", "ours", "minimal", Some(0.95));
    ratio("complete_seq", "ours", "raw_hyper", None);
    ratio("complete_x64", "ours", "minimal", Some(0.95));
    ratio("complete_x64", "ours", "raw_hyper", None);
    ratio("stream_one", "ours", "raw_hyper_floor", Some(0.9));
    ratio("stream_x64", "ours", "raw_hyper_floor", Some(0.9));
    let extra_rss = peak_rss.saturating_sub(rss_before);
    println!(
        "{:>16}: slow consumer read {n} chunks ({} MB body): peak heap {extra_heap_kib} KiB above the start, RSS +{extra_rss} KiB  goal < 1024 KiB: {}",
        "memory",
        w.bytes.len() / 1_000_000,
        if extra_heap_kib < 1024 && extra_rss < 1024 { "met" } else { "NOT met" }
    );
    println!(
        "{:>16}: control, a consumer keeping all {kept} chunks: peak heap {control_kib} KiB above the start",
        "memory"
    );
    report(&allocs);
    let kib = |b: u64| b / 1024;
    let diff64 = ours64_heap.saturating_sub(raw64_heap);
    println!(
        "{:>16}: 64 warm streams: peak heap ours +{} KiB, raw hyper +{} KiB (ours - raw = {} KiB, goal <= 1024: {}); RSS ours +{ours64_rss} KiB, raw +{raw64_rss} KiB",
        "memory",
        kib(ours64_heap),
        kib(raw64_heap),
        kib(diff64),
        if diff64 <= 1024 * 1024 { "met" } else { "NOT met" }
    );
    let per = ours_slow_heap.saturating_sub(raw_slow_heap) / 1_000;
    println!(
        "{:>16}: 1 000 slow streams: peak heap ours +{} KiB, raw hyper +{} KiB: ours retains {} B a stream beyond raw (goal <= 16 KiB: {}); RSS ours +{ours_slow_rss} KiB, raw +{raw_slow_rss} KiB",
        "memory",
        kib(ours_slow_heap),
        kib(raw_slow_heap),
        per,
        if per <= 16 * 1024 { "met" } else { "NOT met" }
    );
}
