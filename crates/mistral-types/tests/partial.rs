//! The partial JSON reader: for any JSON text and any split of it into deltas, the final value
//! is serde_json's, every snapshot extends the one before (and the final value), and what is
//! not JSON is rejected at the byte where it breaks. Then fixtures that split inside escapes,
//! surrogate pairs and numbers, a real stream from the project's fixtures, and the derive.

use mistral::partial::{Complete, Partial, PartialJsonReader};
use proptest::prelude::*;
use serde::Deserialize;
use serde_json::{json, Value};

/// A JSON document before it is written: numbers as their text (so big and odd numbers are
/// written as a model would), strings as their chars (escaped in several ways when written).
#[derive(Clone, Debug)]
enum J {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| serde_json::to_string(&f).unwrap()),
        // Beyond u64/i64: serde_json reads them as f64.
        "-?[1-9][0-9]{19,40}",
        "-?(0|[1-9][0-9]{0,6})(\\.[0-9]{1,9})?([eE][+-]?[0-9]{1,2})?",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z ]{0,12}",
        any::<String>(),
        "[\"\\\\/\u{0}-\u{1f}é€😀\u{10FFFF}a]{0,10}",
    ]
}

fn doc() -> impl Strategy<Value = J> {
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        number().prop_map(J::Num),
        text().prop_map(J::Str),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(J::Arr),
            // Distinct keys: with duplicates the later value replaces the earlier one, which
            // no reader can show ahead of time.
            prop::collection::btree_map(text(), inner, 0..6).prop_map(|m| J::Obj(m.into_iter().collect())),
        ]
    })
}

/// A cheap deterministic choice from a seed.
fn pick(seed: &mut u64, n: u64) -> u64 {
    *seed = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (*seed >> 33) % n
}

fn write_str(out: &mut String, s: &str, seed: &mut u64) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' if pick(seed, 2) == 0 => out.push_str("\\n"),
            '/' if pick(seed, 2) == 0 => out.push_str("\\/"),
            c if (c as u32) < 0x20 || pick(seed, 4) == 0 => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    if pick(seed, 2) == 0 {
                        out.push_str(&format!("\\u{unit:04x}"));
                    } else {
                        out.push_str(&format!("\\u{unit:04X}"));
                    }
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn ws(out: &mut String, seed: &mut u64) {
    match pick(seed, 6) {
        0 => out.push(' '),
        1 => out.push_str("\n  "),
        2 => out.push_str("\r\n\t"),
        _ => {}
    }
}

fn write(out: &mut String, j: &J, seed: &mut u64) {
    ws(out, seed);
    match j {
        J::Null => out.push_str("null"),
        J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        J::Num(n) => out.push_str(n),
        J::Str(s) => write_str(out, s, seed),
        J::Arr(a) => {
            out.push('[');
            for (i, v) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(out, v, seed);
            }
            ws(out, seed);
            out.push(']');
        }
        J::Obj(m) => {
            out.push('{');
            for (i, (k, v)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                ws(out, seed);
                write_str(out, k, seed);
                ws(out, seed);
                out.push(':');
                write(out, v, seed);
            }
            ws(out, seed);
            out.push('}');
        }
    }
    ws(out, seed);
}

/// `text` cut at the given points (moved down to char boundaries).
fn split(text: &str, cuts: &[prop::sample::Index]) -> Vec<String> {
    let mut at: Vec<usize> = cuts
        .iter()
        .map(|c| {
            let mut i = c.index(text.len() + 1);
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        })
        .collect();
    at.push(0);
    at.push(text.len());
    at.sort_unstable();
    at.dedup();
    at.windows(2).map(|w| text[w[0]..w[1]].to_string()).collect()
}

/// Whether `later` shows everything `earlier` shows: the same kinds, scalars equal, strings
/// and arrays only longer, objects never losing a key.
fn extends(earlier: &Value, later: &Value) -> bool {
    match (earlier, later) {
        (Value::String(a), Value::String(b)) => b.starts_with(a.as_str()),
        (Value::Array(a), Value::Array(b)) => {
            a.len() <= b.len() && a.iter().zip(b).all(|(x, y)| extends(x, y))
        }
        (Value::Object(a), Value::Object(b)) => {
            a.iter().all(|(k, v)| b.get(k).is_some_and(|w| extends(v, w)))
        }
        (a, b) => a == b,
    }
}

/// Feeds the pieces, checking each snapshot against the one before and the final value.
fn read_checked(pieces: &[String], fin: &Value) -> Result<Value, TestCaseError> {
    let mut r = PartialJsonReader::new();
    let mut prev: Option<Value> = None;
    for p in pieces {
        let version = r.version();
        let changed = r
            .feed(p)
            .map_err(|e| TestCaseError::fail(format!("{e} in {pieces:?}")))?;
        prop_assert_eq!(changed, r.version() != version);
        let now = r.value().cloned();
        if !changed {
            prop_assert_eq!(&now, &prev, "unchanged version, changed value");
        }
        if let Some(now) = &now {
            if let Some(prev) = &prev {
                prop_assert!(extends(prev, now), "{prev} then {now}");
            }
            prop_assert!(extends(now, fin), "snapshot {now} is not a prefix of {fin}");
        }
        prev = now;
    }
    let v = r
        .finish()
        .map_err(|e| TestCaseError::fail(e.to_string()))?
        .clone();
    Ok(v)
}

/// The byte offsets outside string literals (where `#` breaks the document).
fn structural_positions(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let (mut out, mut in_str, mut esc) = (Vec::new(), false, false);
    for (i, &c) in b.iter().enumerate() {
        if !in_str {
            out.push(i);
            in_str = c == b'"';
        } else if esc {
            esc = false;
        } else if c == b'\\' {
            esc = true;
        } else if c == b'"' {
            in_str = false;
        }
    }
    out.push(b.len());
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_split_reads_what_serde_json_reads(
        j in doc(),
        seed in any::<u64>(),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..48),
    ) {
        let mut seed = seed;
        let mut text = String::new();
        write(&mut text, &j, &mut seed);
        let expected: Value = serde_json::from_str(&text).unwrap();
        let got = read_checked(&split(&text, &cuts), &expected)?;
        prop_assert_eq!(&got, &expected);
        // Keys in document order, as serde_json (preserve_order) keeps them.
        prop_assert_eq!(got.to_string(), expected.to_string());
    }

    #[test]
    fn one_byte_at_a_time(j in doc(), seed in any::<u64>()) {
        let mut seed = seed;
        let mut text = String::new();
        write(&mut text, &j, &mut seed);
        let expected: Value = serde_json::from_str(&text).unwrap();
        let pieces: Vec<String> = text.chars().map(String::from).collect();
        prop_assert_eq!(read_checked(&pieces, &expected)?, expected);
    }

    #[test]
    fn invalid_json_is_rejected_where_it_breaks(
        j in doc(),
        seed in any::<u64>(),
        at in any::<prop::sample::Index>(),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..16),
    ) {
        let mut seed = seed;
        let mut text = String::new();
        write(&mut text, &j, &mut seed);
        let positions = structural_positions(&text);
        let p = positions[at.index(positions.len())];
        let bad = format!("{}#{}", &text[..p], &text[p..]);
        prop_assert!(serde_json::from_str::<Value>(&bad).is_err());
        let mut r = PartialJsonReader::new();
        let mut err = None;
        for piece in split(&bad, &cuts) {
            if let Err(e) = r.feed(&piece) {
                err = Some(e);
                break;
            }
        }
        let e = match err {
            Some(e) => e,
            None => r.finish().unwrap_err(),
        };
        prop_assert_eq!(e.offset(), p, "{} in {:?}", e, bad);
        // The reader stays stopped.
        prop_assert_eq!(r.feed("1"), Err(e));
    }

    #[test]
    fn cut_documents_are_unfinished(j in doc(), seed in any::<u64>(), at in any::<prop::sample::Index>()) {
        let mut seed = seed;
        let mut text = String::new();
        write(&mut text, &j, &mut seed);
        let mut cut = at.index(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = &text[..cut];
        let mut r = PartialJsonReader::new();
        r.feed(head).unwrap();
        // Exactly when serde_json reads the head too (a number or a literal cut short may
        // still be whole: `12` of `125`).
        match serde_json::from_str::<Value>(head) {
            Ok(v) => prop_assert_eq!(r.finish().unwrap(), &v),
            Err(_) => prop_assert_eq!(r.finish().unwrap_err().offset(), head.len()),
        }
    }
}

/// Every split of `text` into two and three pieces, with the snapshot after each piece.
fn every_split(text: &str, check: impl Fn(&[Option<Value>])) {
    let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
    for &a in &bounds {
        for &b in bounds.iter().filter(|&&b| b >= a) {
            let mut r = PartialJsonReader::new();
            let mut seen = Vec::new();
            for piece in [&text[..a], &text[a..b], &text[b..]] {
                r.feed(piece).unwrap();
                seen.push(r.value().cloned());
            }
            r.finish().unwrap();
            seen.push(r.value().cloned());
            check(&seen);
        }
    }
}

#[test]
fn escapes_split_anywhere_never_show_half() {
    every_split(r#"["a\nb\u00e9\"\\/"]"#, |seen| {
        for v in seen.iter().flatten() {
            let s = v[0].as_str().unwrap_or("");
            assert!("a\nbé\"\\/".starts_with(s), "{s:?}");
            assert!(
                !s.contains('\\') || s.ends_with('\\') || s.contains("\"\\"),
                "{s:?}"
            );
        }
        assert_eq!(seen[3], Some(json!(["a\nbé\"\\/"])));
    });
}

#[test]
fn surrogate_pairs_split_anywhere() {
    every_split(r#"{"e": "x\ud83d\ude00y"}"#, |seen| {
        for v in seen.iter().flatten() {
            if let Some(s) = v.get("e").and_then(Value::as_str) {
                assert!(["", "x", "x😀", "x😀y"].contains(&s), "{s:?}");
            }
        }
        assert_eq!(seen[3], Some(json!({"e": "x😀y"})));
    });
}

#[test]
fn numbers_appear_whole() {
    every_split(r#"{"a": -12.5e+3, "b": [125, 0, true], "c": null}"#, |seen| {
        for v in seen.iter().flatten() {
            if let Some(a) = v.get("a") {
                assert_eq!(a, &json!(-12500.0));
            }
            if let Some(b) = v.get("b").and_then(Value::as_array) {
                let whole = [json!(125), json!(0), json!(true)];
                assert!(b.iter().zip(&whole).all(|(x, y)| x == y), "{b:?}");
            }
        }
    });
    // At the root, a number is whole only at the end of the document.
    let mut r = PartialJsonReader::new();
    assert!(!r.feed("12").unwrap());
    assert_eq!(r.value(), None);
    r.feed("5").unwrap();
    assert_eq!(r.finish().unwrap(), &json!(125));
}

#[test]
fn keys_appear_with_their_value() {
    let mut r = PartialJsonReader::new();
    r.feed(r#"{"title""#).unwrap();
    assert_eq!(r.value(), Some(&json!({})));
    r.feed(": ").unwrap();
    assert_eq!(r.value(), Some(&json!({})));
    r.feed("[").unwrap();
    assert_eq!(r.value(), Some(&json!({"title": []})));
    r.feed(r#"{"k": "#).unwrap();
    assert_eq!(r.value(), Some(&json!({"title": [{}]})));
    r.feed("tr").unwrap();
    assert_eq!(r.value(), Some(&json!({"title": [{}]})));
    r.feed("ue").unwrap();
    assert_eq!(r.value(), Some(&json!({"title": [{"k": true}]})));
}

#[test]
fn edges_match_serde_json() {
    for bad in [
        "",
        " ",
        "[1,]",
        "{\"a\":1,}",
        "01",
        "1.",
        "-",
        "1e",
        "[1 2]",
        "{\"a\" 1}",
        "{1:2}",
        "\"\\x\"",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\ud800\\u0041\"",
        "\"a\u{1}\"",
        "tru",
        "nul",
        "1e400",
        "[1]]",
        "{}x",
    ] {
        let mut r = PartialJsonReader::new();
        let got = r.feed(bad).and_then(|_| r.finish().cloned());
        assert!(got.is_err(), "{bad:?} read as {got:?}");
        assert!(serde_json::from_str::<Value>(bad).is_err(), "{bad:?}");
    }
    // serde_json's nesting limit.
    for depth in [127, 128, 129] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let mut r = PartialJsonReader::new();
        let ours = r.feed(&text).and_then(|_| r.finish().cloned()).ok();
        assert_eq!(ours, serde_json::from_str::<Value>(&text).ok(), "depth {depth}");
    }
    // A duplicate key: the later value, at the first one's place (as serde_json reads it).
    let dup = r#"{"a": "x", "b": {"c": 1}, "a": "yz", "b": {"d": "w"}}"#;
    every_split(dup, |seen| {
        assert_eq!(seen[3], Some(serde_json::from_str::<Value>(dup).unwrap()));
    });
    let big = "[18446744073709551616, -9223372036854775809, 1.7976931348623157e308, 5e-324, -0]";
    let mut r = PartialJsonReader::new();
    r.feed(big).unwrap();
    assert_eq!(r.finish().unwrap(), &serde_json::from_str::<Value>(big).unwrap());
}

/// The project's recorded stream: a number split across two deltas (`3`, `00`).
#[test]
fn recorded_stream_fixture() {
    let sse = include_str!("fixtures/stream_docs.sse");
    let mut r = PartialJsonReader::new();
    let mut shown = Vec::new();
    for line in sse.lines().filter_map(|l| l.strip_prefix("data: ")) {
        if line == "[DONE]" {
            break;
        }
        let chunk: Value = serde_json::from_str(line).unwrap();
        if let Some(text) = chunk["choices"][0]["delta"]["content"].as_str() {
            r.feed(text).unwrap();
            shown.push(r.value().cloned());
        }
    }
    assert!(shown.iter().all(Option::is_none), "{shown:?}");
    assert_eq!(r.finish().unwrap(), &json!(300));
}

#[derive(Partial, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "lowercase")]
enum Level {
    Low,
    Lowest,
    High,
}

#[derive(Partial, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
struct Step {
    text: String,
    minutes_needed: u32,
}

#[derive(Partial, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
struct Recipe {
    /// The title.
    #[serde(rename = "name")]
    title: String,
    prep_level: Level,
    steps: Vec<Step>,
    levels: Vec<Level>,
    note: Option<String>,
    extra: Value,
}

#[test]
fn derived_partials_grow_field_by_field() {
    let text = r#"{"name": "Tea", "prepLevel": "lowest", "steps": [{"text": "Boil", "minutesNeeded": 5}],
                 "levels": ["high", "low"], "note": null, "extra": {"k": [1]}}"#;
    let mut r = PartialJsonReader::new();
    let mut snapshots: Vec<RecipePartial> = Vec::new();
    for c in text.chars() {
        if r.feed(&c.to_string()).unwrap() {
            snapshots.push(r.partial().unwrap());
        }
    }
    let fin: Recipe = serde_json::from_value(r.finish().unwrap().clone()).unwrap();
    assert_eq!(fin.prep_level, Level::Lowest);
    // Strings grow; the enum appears only once its name is whole (never `Low` for `lowest`).
    assert!(snapshots.iter().any(|p| p.title.as_deref() == Some("Te")));
    for p in &snapshots {
        assert!(
            matches!(p.prep_level, None | Some(Complete(Level::Lowest))),
            "{p:?}"
        );
        if let Some(steps) = &p.steps {
            for s in steps {
                assert!(matches!(s.minutes_needed, None | Some(5)));
            }
        }
        if let Some(levels) = &p.levels {
            let whole = [Complete(Level::High), Complete(Level::Low)];
            assert!(levels.iter().zip(&whole).all(|(a, b)| a == b), "{levels:?}");
        }
    }
    let last = snapshots.last().unwrap();
    assert_eq!(last.title.as_deref(), Some("Tea"));
    assert_eq!(last.steps.as_ref().unwrap()[0].text.as_deref(), Some("Boil"));
    assert_eq!(last.levels.as_ref().unwrap().len(), 2);
    assert_eq!(last.note, None);
    assert_eq!(last.extra, Some(json!({"k": [1]})));
}

#[test]
fn partial_of_the_plain_types() {
    fn partial_of<T: Partial>(text: &str) -> Option<T::Partial> {
        let mut r = PartialJsonReader::new();
        r.feed(text).unwrap();
        r.partial::<T::Partial>()
    }
    assert_eq!(
        partial_of::<Vec<String>>(r#"["ab", "c"#),
        Some(vec!["ab".into(), "c".into()])
    );
    assert_eq!(
        partial_of::<Value>(r#"{"a": [1, "x"#),
        Some(json!({"a": [1, "x"]}))
    );
    assert_eq!(partial_of::<u32>("7"), None);
}
