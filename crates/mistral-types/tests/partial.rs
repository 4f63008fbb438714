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

// Enums with data: the variant is chosen once its tag is whole, then its fields grow.

#[derive(Partial, Deserialize, Debug, Clone, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Shape {
    Circle {
        radius: f64,
        label: String,
    },
    Polygon {
        points: Vec<Point>,
        #[serde(rename = "fill")]
        fill_level: Level,
    },
    Empty,
}

#[derive(Partial, Deserialize, Debug, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Partial, Deserialize, Debug, Clone, PartialEq)]
enum Action {
    Say(String),
    Move { to: Point, speed: Option<u8> },
    Wait,
    Many(Vec<Point>),
}

#[derive(Partial, Deserialize, Debug, Clone, PartialEq)]
#[serde(tag = "t", content = "c")]
enum Adjacent {
    Note(String),
    Pair { left: u32, right: u32 },
}

#[derive(Partial, Deserialize, Debug, Clone)]
#[allow(dead_code)] // Only its partial is read here.
struct Scene {
    shapes: Vec<Shape>,
    next: Option<Action>,
}

/// Every partial of `text` fed char by char (after each change), and the final value read
/// by serde_json.
fn grow<P: serde::de::DeserializeOwned, T: serde::de::DeserializeOwned>(text: &str) -> (Vec<Option<P>>, T) {
    let mut r = PartialJsonReader::new();
    let mut seen = Vec::new();
    for c in text.chars() {
        if r.feed(&c.to_string()).unwrap() {
            seen.push(r.partial::<P>());
        }
    }
    let fin = serde_json::from_value(r.finish().unwrap().clone()).unwrap();
    (seen, fin)
}

#[test]
fn internally_tagged_enum_chosen_once_the_tag_is_whole() {
    let text = r#"{"type": "polygon", "points": [{"x": 1, "y": 20}, {"x": -3, "y": 4}], "fill": "lowest"}"#;
    let (seen, fin) = grow::<ShapePartial, Shape>(text);
    assert!(matches!(fin, Shape::Polygon { ref points, fill_level: Level::Lowest } if points.len() == 2));
    // Nothing until "polygon" is whole (never a variant read from "poly").
    let first = seen.iter().position(Option::is_some).unwrap();
    assert!(seen[..first].iter().all(Option::is_none));
    for p in seen.iter().flatten() {
        let ShapePartial::Polygon { points, fill_level } = p else {
            panic!("{p:?}")
        };
        // Numbers never truncated, the enum field only once whole.
        for pt in points.iter().flatten() {
            assert!(matches!(pt.x, None | Some(1) | Some(-3)), "{pt:?}");
            assert!(matches!(pt.y, None | Some(20) | Some(4)), "{pt:?}");
        }
        assert!(
            matches!(fill_level, None | Some(Complete(Level::Lowest))),
            "{p:?}"
        );
    }
    let Some(Some(ShapePartial::Polygon { points, fill_level })) = seen.last() else {
        panic!("{seen:?}")
    };
    assert_eq!(points.as_ref().map(Vec::len), Some(2));
    assert_eq!(fill_level, &Some(Complete(Level::Lowest)));
    // The tag after the fields: those before it are complete, and kept.
    let mut r = PartialJsonReader::new();
    r.feed(r#"{"radius": 2.5, "label": "sun", "type": "circle", "label": "moo"#)
        .unwrap();
    match r.partial::<ShapePartial>() {
        Some(ShapePartial::Circle { radius, label }) => {
            assert_eq!(radius, Some(2.5));
            assert_eq!(label.as_deref(), Some("moo"));
        }
        other => panic!("{other:?}"),
    }
    // A unit variant, and an unknown one.
    r = PartialJsonReader::new();
    r.feed(r#"{"type": "empty"}"#).unwrap();
    assert!(matches!(r.partial::<ShapePartial>(), Some(ShapePartial::Empty)));
    r = PartialJsonReader::new();
    r.feed(r#"{"type": "hexagon", "points": []}"#).unwrap();
    assert!(r.partial::<ShapePartial>().is_none());
}

#[test]
fn externally_tagged_enum_and_nested_in_structs() {
    let (seen, fin) = grow::<ActionPartial, Action>(r#"{"Move": {"to": {"x": 12, "y": 7}, "speed": 3}}"#);
    assert_eq!(
        fin,
        Action::Move {
            to: Point { x: 12, y: 7 },
            speed: Some(3)
        }
    );
    for p in seen.iter().flatten() {
        let ActionPartial::Move { to, speed } = p else {
            panic!("{p:?}")
        };
        if let Some(to) = to {
            assert!(matches!(to.x, None | Some(12)), "{p:?}");
        }
        assert!(matches!(speed, None | Some(3)), "{p:?}");
    }
    assert!(matches!(
        seen.last(),
        Some(Some(ActionPartial::Move {
            to: Some(PointPartial {
                x: Some(12),
                y: Some(7)
            }),
            speed: Some(3)
        }))
    ));
    // A newtype variant grows with its string; a unit variant is a bare string, shown whole.
    let (seen, _) = grow::<ActionPartial, Action>(r#"{"Say": "hello"}"#);
    assert!(seen
        .iter()
        .flatten()
        .any(|p| matches!(p, ActionPartial::Say(Some(s)) if s == "hel")));
    let (seen, fin) = grow::<ActionPartial, Action>(r#""Wait""#);
    assert_eq!(fin, Action::Wait);
    assert!(seen[..seen.len() - 1].iter().all(Option::is_none), "{seen:?}");
    assert!(matches!(seen.last(), Some(Some(ActionPartial::Wait))));
    let mut r = PartialJsonReader::new();
    r.feed(r#"{"Many": [{"x": 1}, {"x": 2"#).unwrap();
    assert!(matches!(r.partial::<ActionPartial>(), Some(ActionPartial::Many(Some(v))) if v.len() == 2));
    // Inside a struct: a `Vec` of internally tagged shapes, an optional action.
    let text =
        r#"{"shapes": [{"type": "circle", "radius": 1, "label": "a"}, {"type": "empty"}, {"type": "circ"#;
    let mut r = PartialJsonReader::new();
    r.feed(text).unwrap();
    let scene: ScenePartial = r.partial().unwrap();
    let shapes = scene.shapes.unwrap();
    // The third shape's tag is still being written: left out.
    assert_eq!(shapes.len(), 2, "{shapes:?}");
    assert!(
        matches!(&shapes[0], ShapePartial::Circle { radius: Some(r), label: Some(l) } if *r == 1.0 && l == "a")
    );
    assert!(scene.next.is_none());
}

#[test]
fn adjacently_tagged_enum() {
    let (seen, fin) = grow::<AdjacentPartial, Adjacent>(r#"{"t": "Pair", "c": {"left": 10, "right": 20}}"#);
    assert_eq!(fin, Adjacent::Pair { left: 10, right: 20 });
    assert!(seen.iter().flatten().any(|p| matches!(
        p,
        AdjacentPartial::Pair {
            left: None,
            right: None
        }
    )));
    assert!(matches!(
        seen.last(),
        Some(Some(AdjacentPartial::Pair {
            left: Some(10),
            right: Some(20)
        }))
    ));
    // The content before the tag (complete then) is kept.
    let mut r = PartialJsonReader::new();
    r.feed(r#"{"c": "text", "t": "Note"}"#).unwrap();
    assert!(matches!(r.partial::<AdjacentPartial>(), Some(AdjacentPartial::Note(Some(s))) if s == "text"));
}

/// A `json_schema` chat stream in the real wire format, split as the tokenizer splits
/// (mid-key, mid-number, inside `\"`, `\n`, `\u00e9`, a surrogate pair, `\u2014`): every
/// snapshot extends the one before, numbers never show truncated, and the end is serde_json's
/// reading of the whole text. Paced snapshots see the same last value.
#[test]
fn json_schema_stream_fixture() {
    use mistral::partial::SnapshotPacer;
    let sse = include_str!("fixtures/stream_json_schema.sse");
    let (mut r, mut pacer) = (PartialJsonReader::new(), SnapshotPacer::new());
    let (mut text, mut shown, mut paced) = (String::new(), Vec::<Value>::new(), 0);
    let mut finish = None;
    for line in sse.lines().filter_map(|l| l.strip_prefix("data: ")) {
        if line == "[DONE]" {
            break;
        }
        let chunk: Value = serde_json::from_str(line).unwrap();
        assert_eq!(chunk["object"], "chat.completion.chunk");
        let choice = &chunk["choices"][0];
        let piece = choice["delta"]["content"].as_str().unwrap();
        text.push_str(piece);
        if r.feed(piece).unwrap() {
            shown.push(r.value().unwrap().clone());
        }
        paced += usize::from(pacer.due(&r));
        finish = choice["finish_reason"].as_str().map(str::to_owned);
    }
    assert_eq!(finish.as_deref(), Some("stop"));
    let whole: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(r.finish().unwrap(), &whole);
    for w in shown.windows(2) {
        assert!(extends(&w[0], &w[1]), "{} then {}", w[0], w[1]);
    }
    for v in &shown {
        assert!(extends(v, &whole), "{v}");
        for ing in v["ingredients"].as_array().into_iter().flatten() {
            assert!(
                matches!(
                    ing.get("grams").and_then(Value::as_u64),
                    None | Some(250) | Some(45)
                ),
                "{v}"
            );
        }
    }
    assert_eq!(shown.last(), Some(&whole));
    // Under 4 KiB: the pacer lets every change through.
    assert_eq!(paced, shown.len());
    assert!(!pacer.pending(&r));
}

/// The pacer keeps the snapshots' total copy linear: every change while small, then within
/// `per_byte` bytes per byte read.
#[test]
fn snapshot_pacer_budget_is_linear() {
    use mistral::partial::SnapshotPacer;
    let items: Vec<String> = (0..4000).map(|i| format!("item {i}")).collect();
    let text = serde_json::to_string(&items).unwrap();
    let (mut r, mut pacer) = (PartialJsonReader::new(), SnapshotPacer::with_budget(1024, 8));
    let (mut changes, mut snaps, mut copied) = (0usize, 0usize, 0usize);
    for piece in text.as_bytes().chunks(3) {
        if r.feed(std::str::from_utf8(piece).unwrap()).unwrap() {
            changes += 1;
        }
        if pacer.due(&r) {
            snaps += 1;
            copied += r.len();
        }
        if r.len() <= 1024 {
            // Small: every change.
            assert!(!pacer.pending(&r));
        }
    }
    assert!(copied <= 8 * text.len() + 1024 * 1024, "{copied}");
    assert!(snaps > 50 && snaps < changes / 4, "{snaps} of {changes}");
    // The last change may be held back: the stream shows it at the end.
    if pacer.pending(&r) {
        pacer.taken(&r);
    }
    assert!(!pacer.pending(&r));
}
