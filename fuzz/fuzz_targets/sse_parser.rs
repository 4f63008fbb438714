//! Feeds arbitrary bytes, split at arbitrary points, to the SSE parser: it must never panic,
//! its buffered memory stays within two caps plus one frame, and the events (or the error) are
//! the same as when the whole input comes in one frame.
//!
//! Run with `cargo fuzz run sse_parser` (needs cargo-fuzz and a nightly toolchain), or on
//! stable as the README's "Fuzzing" section shows.
#![no_main]

use bytes::Bytes;
use libfuzzer_sys::fuzz_target;
use mistral_client::sse::{SseError, SseParser};

/// A small cap, to reach the cap's errors; and a large one, so that lines longer than the
/// parser's long-line threshold (4 KiB) parse to the end.
const CAPS: [usize; 2] = [4096, 64 * 1024];

type Out = Vec<Result<(Option<String>, Vec<u8>, Option<String>), SseError>>;

/// Parses `data` in frames of the sizes `step` yields, checking the memory bound as it goes.
fn parse(data: &[u8], max: usize, mut step: impl FnMut() -> usize) -> Out {
    let mut parser = SseParser::new(max);
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < data.len() {
        let end = (pos + step()).min(data.len());
        parser.push(Bytes::copy_from_slice(&data[pos..end]));
        while let Some(ev) = parser.next_event() {
            match ev {
                Ok(ev) => {
                    assert!(ev.data().len() <= max);
                    let field = |f: Option<&str>| f.map(str::to_owned);
                    // `data_str` re-checks the UTF-8 the parser vouched for (a debug
                    // assertion, on in fuzz builds).
                    out.push(Ok((field(ev.event()), ev.data_str().as_bytes().to_vec(), field(ev.id()))));
                }
                Err(e) => out.push(Err(e)),
            }
        }
        // A pending event and a partial line (a comment, say) may each reach the cap.
        assert!(parser.buffered() <= 2 * max + (end - pos));
        pos = end;
    }
    out
}

fuzz_target!(|input: &[u8]| {
    // The first byte picks the frame size pattern; the rest is the stream.
    let Some((&seed, data)) = input.split_first() else { return };
    for max in CAPS {
        let mut step = usize::from(seed % 64) + 1;
        let split = parse(data, max, || {
            let s = step;
            step = step * 7 % 97 + 1;
            s
        });
        let whole = parse(data, max, || usize::MAX);
        assert_eq!(split, whole);
    }
});
