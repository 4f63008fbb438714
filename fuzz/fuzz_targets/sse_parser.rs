//! Feeds arbitrary bytes, split at arbitrary points, to the SSE parser: it must never panic,
//! and its buffered memory stays within the cap plus one frame.
//!
//! Run with `cargo fuzz run sse_parser` (needs cargo-fuzz and a nightly toolchain).
#![no_main]

use bytes::Bytes;
use libfuzzer_sys::fuzz_target;
use mistral_client::sse::SseParser;

const MAX: usize = 4096;

fuzz_target!(|input: &[u8]| {
    // The first byte picks the frame size pattern; the rest is the stream.
    let Some((&seed, data)) = input.split_first() else { return };
    let mut parser = SseParser::new(MAX);
    let mut pos = 0;
    let mut step = usize::from(seed % 64) + 1;
    while pos < data.len() {
        let end = (pos + step).min(data.len());
        parser.push(Bytes::copy_from_slice(&data[pos..end]));
        while let Some(ev) = parser.next_event() {
            match ev {
                Ok(ev) => assert!(ev.data().len() <= MAX),
                Err(_) => break,
            }
        }
        assert!(parser.buffered() <= MAX + (end - pos));
        pos = end;
        step = step * 7 % 97 + 1;
    }
});
