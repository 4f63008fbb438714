//! The SSE checklist D1-D17 (the WHATWG event-stream rules and their edge cases), and a model-based property test.

use super::*;
use proptest::prelude::*;

/// (event type, data, id) of each dispatched event, or the error.
type Out = Vec<Result<(Option<String>, String, Option<String>), SseError>>;

fn s(b: &Option<Bytes>) -> Option<String> {
    b.as_ref().map(|b| String::from_utf8(b.to_vec()).unwrap())
}

/// Runs both APIs (owned and borrowed events) and checks they agree.
fn run(frames: &[&[u8]]) -> Out {
    let mut p = SseParser::default();
    let mut out = Vec::new();
    for f in frames {
        p.push(Bytes::copy_from_slice(f));
        while let Some(ev) = p.next_event() {
            out.push(ev.map(|e| (s(&e.event), e.data_str().to_owned(), s(&e.id))));
        }
    }
    let mut p = SseParser::default();
    let mut by_ref = Vec::new();
    for f in frames {
        p.push(Bytes::copy_from_slice(f));
        while let Some(ev) = p.next_event_ref() {
            by_ref.push(ev.map(|e| {
                (
                    e.event().map(str::to_owned),
                    e.data_str().to_owned(),
                    e.id().map(str::to_owned),
                )
            }));
        }
    }
    assert_eq!(out, by_ref, "owned and borrowed events differ");
    out
}

fn data(out: &Out) -> Vec<String> {
    out.iter().map(|r| r.as_ref().unwrap().1.clone()).collect()
}

/// Feeds `input` split at every offset (and every pair of offsets when short): same events.
fn all_splits(input: &[u8]) -> Out {
    let whole = run(&[input]);
    for i in 0..=input.len() {
        assert_eq!(run(&[&input[..i], &input[i..]]), whole, "split at {i}");
    }
    if input.len() <= 80 {
        for i in 0..=input.len() {
            for j in i..=input.len() {
                assert_eq!(
                    run(&[&input[..i], &input[i..j], &input[j..]]),
                    whole,
                    "split at {i},{j}"
                );
            }
        }
    }
    // One byte per frame.
    let bytes: Vec<&[u8]> = input.chunks(1).collect();
    assert_eq!(run(&bytes), whole, "byte by byte");
    whole
}

/// D1: LF, CRLF, CR and mixed line endings give identical events.
#[test]
fn d1_line_endings() {
    let lf = all_splits(b"data: a\ndata: b\n\nevent: x\ndata: c\n\n");
    for input in [
        &b"data: a\r\ndata: b\r\n\r\nevent: x\r\ndata: c\r\n\r\n"[..],
        b"data: a\rdata: b\r\revent: x\rdata: c\r\r",
        b"data: a\r\ndata: b\r\revent: x\ndata: c\r\n\n",
    ] {
        assert_eq!(all_splits(input), lf);
    }
    assert_eq!(data(&lf), ["a\nb", "c"]);
}

/// D2: a CRLF split across frames is one line end, not two.
#[test]
fn d2_split_crlf() {
    let out = run(&[b"data: A\r\n", b"data: B\r", b"\n", b"data: C\r\n", b"\r\n"]);
    assert_eq!(data(&out), ["A\nB\nC"]);
}

/// D3: a canonical Mistral fixture at every split gives the same events.
#[test]
fn d3_every_split() {
    let fixture = concat!(
        "data: {\"id\":\"1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hé\"}}]}\r\n\r\n",
        ": keep-alive\n\n",
        "data: {\"id\":\"1\",\"choices\":[]}\n\n",
        "data: [DONE]\n\n"
    );
    let out = all_splits(fixture.as_bytes());
    assert_eq!(out.len(), 3);
    assert_eq!(data(&out)[2], "[DONE]");
}

/// D4: multi-byte UTF-8 split across frames decodes exactly.
#[test]
fn d4_multibyte() {
    let text = "data: Привет 你好 🦀🦀\n\n";
    let out = all_splits(text.as_bytes());
    assert_eq!(data(&out), ["Привет 你好 🦀🦀"]);
}

/// D5: U+2028, U+2029, U+0085, VT and FF are not line breaks.
#[test]
fn d5_special_newlines() {
    let text = "data: {\"t\":\"a\u{2028}b\u{2029}c\u{0085}d\"}\u{000B}\u{000C}\n\n";
    let out = all_splits(text.as_bytes());
    assert_eq!(
        data(&out),
        ["{\"t\":\"a\u{2028}b\u{2029}c\u{0085}d\"}\u{000B}\u{000C}"]
    );
    let json = data(&out)[0]
        .trim_end_matches(['\u{000B}', '\u{000C}'])
        .to_owned();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["t"], "a\u{2028}b\u{2029}c\u{0085}d");
}

/// D6: invalid UTF-8 is an error at once, and the parser stops (no stall, no buffering).
#[test]
fn d6_invalid_utf8() {
    let out = run(&[b"data: ok\n\n", b"data: \xFF\xFE\n", b"\ndata: later\n\n"]);
    assert_eq!(out.len(), 2);
    // The offset is the end of the bad line's content: 10 bytes of the first event, 8 of it.
    assert_eq!(out[1], Err(SseError::InvalidUtf8 { offset: 18 }));
    // The same however it is split, also between the CR and the LF (found by the fuzzer).
    for frames in [
        &[&b"data: ok\n\nda"[..], b"ta: \xFF", b"\xFE\r\n"][..],
        &[b"data: ok\n\ndata: \xFF\xFE\r", b"\n"],
        &[b"data: ok\n\ndata: \xFF\xFE\r\n"],
    ] {
        assert_eq!(
            run(frames)[1],
            Err(SseError::InvalidUtf8 { offset: 18 }),
            "{frames:?}"
        );
    }
    // Even an incomplete sequence at a line end is caught when the line completes.
    let out = run(&[b"data: \xE2\x82\n\n"]);
    assert!(matches!(out[0], Err(SseError::InvalidUtf8 { .. })));
}

/// D6 across frames: a multi-byte character cut at a frame end that does not continue
/// validly is an error, also when the next frame starts with a line end.
#[test]
fn d6_invalid_utf8_across_frames() {
    for frames in [
        vec![&b"data: \xE6"[..], b"\n\n"],
        vec![&b"data: \xE6\x97"[..], b"A\n\n"],
        vec![&b"data: \xF0"[..], b"\x9F", b"\x0A\n"],
    ] {
        let out = run(&frames);
        assert!(
            matches!(out.last(), Some(Err(SseError::InvalidUtf8 { .. }))),
            "{frames:?}: {out:?}"
        );
    }
    // Valid characters cut anywhere still decode.
    let out = run(&[b"data: \xE6", b"\x97", b"\xA5\n\n"]);
    assert_eq!(data(&out), ["日"]);
}

/// D7: one leading BOM stripped (also split), a second or mid-stream BOM kept.
#[test]
fn d7_bom() {
    let out = all_splits(b"\xEF\xBB\xBFdata: x\n\n");
    assert_eq!(data(&out), ["x"]);
    let out = all_splits("\u{FEFF}\u{FEFF}data: x\n\ndata: y\n\n".as_bytes());
    // The second BOM makes the first line's field name "\u{FEFF}data": ignored.
    assert_eq!(data(&out), ["y"]);
    let out = all_splits("data: \u{FEFF}x\n\n".as_bytes());
    assert_eq!(data(&out), ["\u{FEFF}x"]);
}

/// D8: only one leading space is removed.
#[test]
fn d8_one_space() {
    assert_eq!(
        data(&run(&[b"data:x\n\ndata: x\n\ndata:  x\n\n"])),
        ["x", "x", " x"]
    );
}

/// D9: several data lines are joined with `\n`, no trailing `\n`.
#[test]
fn d9_multi_data() {
    assert_eq!(data(&all_splits(b"data: a\ndata:\ndata: c\n\n")), ["a\n\nc"]);
}

/// D10: colon-less field, unknown field, id with NUL, bad retry.
#[test]
fn d10_field_rules() {
    let mut p = SseParser::default();
    p.push(Bytes::from_static(
        b"id: 7\nretry: 1500\ndata\n\nid: a\0b\nretry: 12a\nfoo: bar\ndata: x\n\n",
    ));
    let e1 = p.next_event().unwrap().unwrap();
    assert_eq!(e1.data_str(), "");
    assert_eq!(e1.id.as_deref(), Some(&b"7"[..]));
    assert_eq!(e1.retry, Some(1500));
    let e2 = p.next_event().unwrap().unwrap();
    assert_eq!(e2.data_str(), "x");
    assert_eq!(
        e2.id.as_deref(),
        Some(&b"7"[..]),
        "id with NUL ignored, last id persists"
    );
    assert_eq!(e2.retry, Some(1500), "bad retry ignored");
}

/// A `retry:` value too large for u64 is ignored: the previous value stays (WHATWG).
#[test]
fn overflowing_retry_keeps_the_previous_value() {
    let mut p = SseParser::default();
    p.push(Bytes::from_static(
        b"retry: 1500\ndata: a\n\nretry: 99999999999999999999999\ndata: b\n\n",
    ));
    assert_eq!(p.next_event().unwrap().unwrap().retry, Some(1500));
    let e = p.next_event().unwrap().unwrap();
    assert_eq!(e.data_str(), "b");
    assert_eq!(e.retry, Some(1500), "an overflowing retry is ignored");
}

/// D11: blank lines only, or an event type without data: nothing dispatched, type reset.
#[test]
fn d11_no_data() {
    assert!(run(&[b"\n\n\n\r\n"]).is_empty());
    let out = run(&[b"event: ping\n\ndata: x\n\n"]);
    assert_eq!(out, vec![Ok((None, "x".to_owned(), None))]);
}

/// D12: an unterminated final event is not dispatched.
#[test]
fn d12_unterminated() {
    let mut p = SseParser::default();
    p.push(Bytes::from_static(b"data: a\n\ndata: b\n"));
    assert_eq!(p.next_event().unwrap().unwrap().data_str(), "a");
    assert!(p.next_event().is_none());
    assert!(p.has_partial());
    let mut p = SseParser::default();
    p.push(Bytes::from_static(b"data: a\n\n"));
    p.next_event();
    assert!(p.next_event().is_none());
    assert!(!p.has_partial());
}

/// D13: several events in one frame all come out, in order.
#[test]
fn d13_many_in_one_frame() {
    let input: String = (0..100).map(|i| format!("data: {i}\n\n")).collect();
    let out = run(&[input.as_bytes()]);
    assert_eq!(data(&out), (0..100).map(|i| i.to_string()).collect::<Vec<_>>());
}

/// D14: empty frames change nothing.
#[test]
fn d14_empty_frames() {
    assert_eq!(data(&run(&[b"", b"data: a", b"", b"\n", b"", b"\n", b""])), ["a"]);
}

/// D15: one 8 MiB data line in 1460-byte frames: parsed, and the work is linear (the carry is
/// appended to, never re-scanned). The timing guard lives in the benches.
#[test]
fn d15_long_line() {
    let mut input = b"data: ".to_vec();
    input.extend(std::iter::repeat_n(b'x', 8 << 20));
    input.extend_from_slice(b"\n\n");
    let mut p = SseParser::default();
    let mut n = 0;
    for f in input.chunks(1460) {
        p.push(Bytes::copy_from_slice(f));
        while let Some(ev) = p.next_event() {
            assert_eq!(ev.unwrap().data().len(), 8 << 20);
            n += 1;
        }
    }
    assert_eq!(n, 1);
}

/// D16: a line over the cap is an error as soon as the cap is crossed, and memory is freed.
#[test]
fn d16_cap() {
    let mut p = SseParser::new(1024);
    let chunk = Bytes::from(vec![b'x'; 300]);
    p.push(Bytes::from_static(b"data: "));
    assert!(p.next_event().is_none());
    let mut err = None;
    for _ in 0..10 {
        p.push(chunk.clone());
        if let Some(e) = p.next_event() {
            err = Some(e);
            break;
        }
    }
    assert_eq!(err, Some(Err(SseError::TooLarge { limit: 1024 })));
    assert_eq!(p.carry.capacity(), 0, "buffer freed");
    // Multi-line data over the cap too.
    let mut p = SseParser::new(16);
    p.push(Bytes::from_static(b"data: 0123456789\ndata: 0123456789\n\n"));
    assert_eq!(p.next_event(), Some(Err(SseError::TooLarge { limit: 16 })));
    assert_eq!(p.next_event(), None);
}

/// Single-frame data lines are handed out without a copy.
#[test]
fn zero_copy_slices() {
    let frame = Bytes::from_static(b"data: hello\n\n");
    let mut p = SseParser::default();
    p.push(frame.clone());
    let ev = p.next_event().unwrap().unwrap();
    let range = frame.as_ptr_range();
    assert!(range.contains(&ev.data().as_ptr()), "data points into the frame");
}

// D17: a simple model parser (whole input, no frames) against the incremental one.
fn model(input: &[u8]) -> Vec<(Option<String>, String)> {
    let text = std::str::from_utf8(input).unwrap();
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                lines.push(std::mem::take(&mut cur));
            }
            '\n' => lines.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    let mut out = Vec::new();
    let (mut data, mut event): (Option<String>, Option<String>) = (None, None);
    for line in lines {
        if line.is_empty() {
            if let Some(d) = data.take() {
                out.push((event.take(), d));
            }
            event = None;
            continue;
        }
        if line.starts_with(':') {
            continue;
        }
        let (f, v) = match line.find(':') {
            Some(i) => {
                let v = &line[i + 1..];
                (&line[..i], v.strip_prefix(' ').unwrap_or(v))
            }
            None => (&line[..], ""),
        };
        match f {
            "data" => {
                data = Some(match data {
                    None => v.to_owned(),
                    Some(d) => d + "\n" + v,
                })
            }
            "event" => event = Some(v.to_owned()),
            _ => {}
        }
    }
    out
}

fn arb_input() -> impl Strategy<Value = Vec<u8>> {
    let field = prop_oneof![
        "[a-zé🦀 :]{0,12}".prop_map(|v| format!("data:{v}")),
        "[a-z]{0,6}".prop_map(|v| format!("event: {v}")),
        "[a-z ]{0,6}".prop_map(|v| format!(":{v}")),
        Just(String::new()),
        Just("id: 3".to_owned()),
    ];
    let eol = prop_oneof![Just("\n"), Just("\r"), Just("\r\n")];
    (any::<bool>(), prop::collection::vec((field, eol), 0..30)).prop_map(|(bom, lines)| {
        let mut s = if bom { "\u{FEFF}".to_owned() } else { String::new() };
        for (l, e) in lines {
            s.push_str(&l);
            s.push_str(e);
        }
        s.into_bytes()
    })
}

proptest! {
    /// D17: random events, line endings, BOM and frame splits: the parser equals the model.
    #[test]
    fn d17_matches_model(input in arb_input(), cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..8)) {
        let mut points: Vec<usize> = cuts.iter().map(|c| c.index(input.len() + 1)).collect();
        points.sort_unstable();
        let mut frames: Vec<&[u8]> = Vec::new();
        let mut last = 0;
        for p in points {
            frames.push(&input[last..p]);
            last = p;
        }
        frames.push(&input[last..]);
        let got: Vec<(Option<String>, String)> = run(&frames).into_iter().map(|r| {
            let (e, d, _) = r.unwrap();
            (e, d)
        }).collect();
        // A trailing lone CR is a complete line end for the model but, split or not, also for us.
        prop_assert_eq!(got, model(&input));
    }
}

/// What the fuzz target asserts, on a few adversarial inputs: no panic, memory bounded.
#[test]
fn fuzz_properties_hold_on_adversarial_inputs() {
    let inputs: Vec<Vec<u8>> = vec![
        vec![b'x'; 10_000],
        b"data:".repeat(3000),
        b"\r".repeat(5000),
        [b"\xEF\xBB".as_ref(), b"data: x\n\n"].concat(),
        b"data: a\ndata: b\n".repeat(1000),
    ];
    for input in inputs {
        for step in [1, 7, 64, 4096] {
            let mut p = SseParser::new(4096);
            for chunk in input.chunks(step) {
                p.push(Bytes::copy_from_slice(chunk));
                while let Some(ev) = p.next_event() {
                    if let Ok(ev) = ev {
                        assert!(ev.data().len() <= 4096);
                    }
                }
                assert!(p.buffered() <= 4096 + chunk.len());
            }
        }
    }
}

/// A pending event and a partial line each within the cap are both kept (found by the fuzzer:
/// the bound on buffered bytes is two caps plus a frame, not one cap).
#[test]
fn pending_event_and_partial_comment_each_up_to_the_cap() {
    let mut p = SseParser::new(64);
    let data = "x".repeat(50);
    p.push(Bytes::from(format!("data: {data}\n:{}", "c".repeat(40))));
    assert!(p.next_event_ref().is_none());
    p.push(Bytes::from("c".repeat(20)));
    assert!(p.next_event_ref().is_none());
    assert!(p.buffered() > 64 && p.buffered() <= 2 * 64);
    p.push(Bytes::from_static(b"\n\n"));
    assert_eq!(p.next_event().unwrap().unwrap().data_str(), data);
}

/// A comment longer than the cap is an error however it arrives, whole or in pieces (found by
/// the fuzzer: whole, it used to be skipped).
#[test]
fn long_comment_over_the_cap_is_an_error_however_split() {
    let input = format!("data: a\n\n:{}\ndata: b\n\n", "c".repeat(100));
    for step in [1, 7, 50, input.len()] {
        let mut p = SseParser::new(64);
        let mut out = Vec::new();
        for chunk in input.as_bytes().chunks(step) {
            p.push(Bytes::copy_from_slice(chunk));
            while let Some(ev) = p.next_event() {
                out.push(ev.map(|e| e.data_str().to_owned()));
            }
        }
        assert_eq!(
            out,
            [Ok("a".to_owned()), Err(SseError::TooLarge { limit: 64 })],
            "step {step}"
        );
    }
}

/// Lines long enough to take the long-line path (copied, then scanned), with every kind of
/// line end, multi-byte text near the frame edges and invalid UTF-8: the same outcome in
/// frames of many sizes as in one piece.
#[test]
fn long_lines_in_many_frame_sizes() {
    let long = |n: usize, fill: &str| fill.repeat(n / fill.len());
    let cases: Vec<Vec<u8>> = vec![
        format!("data: {}\n\ndata: b\n\n", long(9000, "x")).into_bytes(),
        format!("data: {}\r\rdata: b\r\n\r\n", long(9000, "é")).into_bytes(),
        format!(
            ": {}\r\nevent: e\ndata: {}\r\n\r\n",
            long(5000, "c"),
            long(12000, "日本x")
        )
        .into_bytes(),
        format!("data: {}\ndata: {}\n\n", long(4100, "a"), long(4100, "🦀")).into_bytes(),
        [
            format!("data: {}", long(6000, "y")).as_bytes(),
            b"\xE2\x82",
            b"\n\n",
        ]
        .concat(),
        [
            format!("data: {}", long(6000, "y")).as_bytes(),
            b"\xE2\x82\xAC",
            b"\n\n",
        ]
        .concat(),
    ];
    for input in cases {
        let whole = run(&[&input]);
        assert!(!whole.is_empty());
        for step in [1, 3, 64, 1000, 1460, 4095, 4096, 4097, 8192] {
            let frames: Vec<&[u8]> = input.chunks(step).collect();
            assert_eq!(run(&frames), whole, "step {step}");
        }
    }
    let mut p = SseParser::new(5000);
    p.push(Bytes::from(format!("data: {}", "z".repeat(4500))));
    assert!(p.next_event_ref().is_none());
    p.push(Bytes::from("z".repeat(1000)));
    assert_eq!(p.next_event(), Some(Err(SseError::TooLarge { limit: 5000 })));
}

/// Pushing frames without reading the events in between loses and misparses nothing.
#[test]
fn push_without_draining() {
    let input = b"data: a\n\ndata: b\r\n\r\nevent: e\ndata: c\n\n: x\ndata: d\rdata: e\r\r";
    let expected = data(&run(&[input]));
    for step in 1..input.len() {
        let mut p = SseParser::default();
        for chunk in input.chunks(step) {
            p.push(Bytes::copy_from_slice(chunk));
        }
        let mut got = Vec::new();
        while let Some(ev) = p.next_event() {
            got.push(ev.unwrap().data_str().to_owned());
        }
        assert_eq!(got, expected, "step {step}");
    }
}

/// Every scan kernel this machine can run agrees with the portable scan on `v`.
fn check_scan(v: &[u8]) {
    let want = scan_portable(v);
    assert_eq!(scan(v), want, "{v:?}");
    #[cfg(target_arch = "x86_64")]
    if v.len() >= 16 {
        // SAFETY: SSE2 is baseline on x86_64; the length is checked.
        assert_eq!(unsafe { scan_sse2(v) }, want, "sse2 {v:?}");
    }
}

/// The fused line-end and ASCII scan agrees with memchr plus `is_ascii` at every length, for
/// every position of a line end and of a high byte.
#[test]
fn scan_matches_portable() {
    for len in 0..100 {
        let mut v = vec![b'a'; len];
        check_scan(&v);
        for eol in (0..len).map(Some).chain([None]) {
            for high in (0..len).map(Some).chain([None]) {
                v.fill(b'a');
                if let Some(h) = high {
                    v[h] = 0xC3;
                }
                for end in [b'\n', b'\r'] {
                    if let Some(e) = eol {
                        v[e] = end;
                    }
                    check_scan(&v);
                }
            }
        }
    }
}

proptest! {
    /// The same on random bytes (several line ends and high bytes, any length).
    #[test]
    fn scan_matches_portable_random(v in prop::collection::vec(
        prop::sample::select(vec![b'a', b'\n', b'\r', 0x80, 0xC3, 0xFF, 0x7F]), 0..300)) {
        check_scan(&v);
    }
}

/// A partial BOM followed by other bytes is invalid UTF-8, however it is split.
#[test]
fn partial_bom_is_invalid_utf8() {
    let out = all_splits(b"\xEF\xBBdata: x\n\n");
    assert!(matches!(out[..], [Err(SseError::InvalidUtf8 { .. })]), "{out:?}");
}

/// The parser keeps no frame past the events it holds: once a frame is read to its end (or
/// its last event was handed out and `release_consumed` called) the frame is dropped, and a
/// pending event's bytes are kept in the parser's own buffers.
#[test]
fn frames_are_let_go_once_read() {
    let mut p = SseParser::default();
    let whole = Bytes::from(b"data: {\"a\":1}\n\n".to_vec());
    p.push(whole.clone());
    assert_eq!(p.next_event_ref().unwrap().unwrap().data(), b"{\"a\":1}");
    p.release_consumed();
    assert!(whole.is_unique(), "released after its last event");

    // A frame that ends inside an event: its tail is copied, the frame dropped at once.
    let split = Bytes::from(b"data: {\"b\":2}\n\ndata: {\"c\"".to_vec());
    p.push(split.clone());
    assert_eq!(p.next_event_ref().unwrap().unwrap().data(), b"{\"b\":2}");
    assert!(p.next_event_ref().is_none());
    assert!(split.is_unique(), "released when read to its end");
    let rest = Bytes::from(b":3}\n\n".to_vec());
    p.push(rest.clone());
    assert_eq!(p.next_event_ref().unwrap().unwrap().data(), b"{\"c\":3}");

    // A pending data line (no blank line yet) moves out of the frame.
    let pending = Bytes::from(b"data: x\n".to_vec());
    p.push(pending.clone());
    assert!(p.next_event_ref().is_none());
    assert!(pending.is_unique());
    p.push(Bytes::from_static(b"data: y\n\n"));
    assert_eq!(p.next_event_ref().unwrap().unwrap().data(), b"x\ny");

    // An owned event keeps its slice of the frame (that is what it is), nothing more.
    let owned = Bytes::from(b"data: z\n\n".to_vec());
    p.push(owned.clone());
    let ev = p.next_event().unwrap().unwrap();
    assert!(p.next_event().is_none());
    assert_eq!(ev.data(), "z");
    drop(ev);
    assert!(owned.is_unique());
}

/// The source's last event id (WHATWG dispatch, step 1): set at every blank line, an
/// `id:`-only block included; the id of an event cut before its blank line is not; an empty
/// `id:` makes it empty. However the input is split.
#[test]
fn last_event_id_is_committed_at_blank_lines() {
    let input = b"id: 1\ndata: a\n\nid: 2\n\nid: 3\ndata: cu";
    for split in 0..=input.len() {
        let mut p = SseParser::default();
        let mut seen = Vec::new();
        for part in [&input[..split], &input[split..]] {
            p.push(Bytes::copy_from_slice(part));
            while let Some(ev) = p.next_event() {
                assert_eq!(ev.unwrap().data_str(), "a");
                seen.push(p.last_event_id().map(str::to_owned));
            }
        }
        assert_eq!(seen, [Some("1".to_owned())], "split at {split}");
        assert_eq!(p.last_event_id(), Some("2"), "split at {split}");
    }
    let mut p = SseParser::default();
    assert_eq!(p.last_event_id(), None);
    p.push(Bytes::from_static(b"id: 1\n\nid:\n\n"));
    assert!(p.next_event().is_none());
    assert_eq!(p.last_event_id(), Some(""));
}
