//! Instruction counts of the stream folds beside full decoding, the owned path and a peer,
//! for machines too noisy for timings to tell 1.3x apart (callgrind counts instructions, not
//! seconds: the same binary and input give the same count whatever else the machine does).
//!
//! Run: `cargo bench --bench folds` (needs `valgrind` on the `PATH`; without it the bench says
//! so and measures nothing). The bench runs itself under callgrind once per case, on a
//! realistic stream of 20 001 chunks in two frame profiles, and prints each case's count less
//! the count of building the workload alone, with the ratios.

mod common;

use std::convert::Infallible;
use std::process::Command;

use bytes::Bytes;
use common::*;
use futures_util::StreamExt;
use mistral::types::StreamAccumulator;
use mistral::CompletionChunk;

const EVENTS: usize = 20_000;
const CASES: &[&str] = &[
    "baseline",
    "whole",
    "next",
    "text",
    "collect",
    "collect_owned",
    "eventsource_serde",
];

/// Runs one case over the workload: the content length it read.
fn run(case: &str, frames: &[Bytes]) -> usize {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    match case {
        "baseline" => 0,
        // Full decoding: our SSE parser, and every chunk parsed whole into `CompletionChunk`
        // (what `next()` did before it read through a `ChunkReader`, less the stream itself).
        "whole" => {
            let mut p = mistral::sse::SseParser::default();
            let mut len = 0;
            for f in frames {
                p.push(f.clone());
                while let Some(ev) = p.next_event_ref() {
                    let data = ev.unwrap().data_str();
                    if data != "[DONE]" {
                        let c: CompletionChunk = serde_json::from_str(data).unwrap();
                        len += c.delta_text().map_or(0, |t| t.len());
                    }
                }
            }
            len
        }
        // The owned path: every chunk a `CompletionChunk`, read through the stream's reader.
        "next" => {
            let mut st = open_stream(&rt, frames);
            rt.block_on(async {
                let mut len = 0;
                while let Some(c) = st.next().await {
                    len += c.unwrap().delta_text().map_or(0, |t| t.len());
                }
                len
            })
        }
        "text" => {
            let mut st = open_stream(&rt, frames).text();
            rt.block_on(async {
                let mut len = 0;
                while let Some(d) = st.next().await {
                    len += d.unwrap().len();
                }
                len
            })
        }
        "collect" => {
            let st = open_stream(&rt, frames);
            rt.block_on(st.collect_response()).unwrap().text().len()
        }
        "collect_owned" => {
            let mut st = open_stream(&rt, frames);
            rt.block_on(async {
                let mut acc = StreamAccumulator::new();
                while let Some(c) = st.next().await {
                    acc.push(&c.unwrap());
                }
                acc.finish().text().len()
            })
        }
        "eventsource_serde" => {
            use eventsource_stream::Eventsource;
            let s =
                futures_util::stream::iter(frames.iter().cloned().map(Ok::<Bytes, Infallible>)).eventsource();
            futures_executor::block_on(s.fold(0, |len, ev| async move {
                let ev = ev.unwrap();
                if ev.data == "[DONE]" {
                    return len;
                }
                let c: CompletionChunk = serde_json::from_str(&ev.data).unwrap();
                len + c.delta_text().map_or(0, |t| t.len())
            }))
        }
        other => panic!("unknown case {other}"),
    }
}

fn profile_frames(w: &Workload, profile: &str) -> Vec<Bytes> {
    match profile {
        "16k" => frames(&w.bytes, 16 * 1024, 11),
        "512" => frames(&w.bytes, 512, 11),
        other => panic!("unknown frame profile {other}"),
    }
}

/// Instructions callgrind counted for one case in a child process.
fn count(exe: &std::path::Path, profile: &str, case: &str) -> Option<u64> {
    let out = Command::new("valgrind")
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(exe)
        .args(["--case", profile, case])
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
    let w = workload(EVENTS);
    if let Some(i) = args.iter().position(|a| a == "--case") {
        let (profile, case) = (&args[i + 1], &args[i + 2]);
        let frames = profile_frames(&w, profile);
        let len = run(case, &frames);
        assert!(
            case == "baseline" || len == w.content.len(),
            "{case}: read {len} bytes"
        );
        return;
    }
    // `cargo test --benches` and filters other than ours: nothing to count.
    if args.iter().any(|a| a == "--test") {
        for case in CASES {
            let len = run(case, &profile_frames(&w, "512"));
            assert!(*case == "baseline" || len == w.content.len());
        }
        return;
    }
    if Command::new("valgrind").arg("--version").output().is_err() {
        println!("folds: valgrind is not installed; nothing measured");
        return;
    }
    let exe = std::env::current_exe().unwrap();
    // The last event is `[DONE]`.
    println!(
        "folds: {} chunks; instructions (callgrind) less the workload's own",
        w.events - 1
    );
    for profile in ["16k", "512"] {
        let base = count(&exe, profile, "baseline").expect("callgrind's count");
        let net = |case| {
            count(&exe, profile, case)
                .expect("callgrind's count")
                .saturating_sub(base)
        };
        let counts: Vec<(&str, u64)> = CASES[1..].iter().map(|c| (*c, net(c))).collect();
        let of = |c: &str| {
            counts
                .iter()
                .find(|(n, _)| *n == c)
                .map(|(_, v)| *v as f64)
                .unwrap()
        };
        for (case, n) in &counts {
            println!("  {profile:>3} frames  {case:<18} {:>7.1} M", *n as f64 / 1e6);
        }
        for (a, b, goal) in [
            ("text", "whole", 1.3),
            ("text", "eventsource_serde", 3.0),
            ("text", "next", 0.0),
            ("collect", "collect_owned", 0.0),
            ("next", "whole", 0.0),
            ("next", "eventsource_serde", 3.0),
        ] {
            let r = of(b) / of(a);
            let verdict = if goal > 0.0 {
                format!(
                    "  goal >= {goal:.1}x: {}",
                    if r >= goal { "met" } else { "NOT met" }
                )
            } else {
                String::new()
            };
            println!("  {profile:>3} frames  {b} / {a}: {r:.2}x the instructions{verdict}");
        }
    }
}
