//! JSON decoding with one slow path: lone UTF-16 surrogate escapes.
//!
//! A model can split a surrogate pair across two tokens, so a chunk may carry `"\ud83d"` alone.
//! serde_json rejects it (a Rust `String` cannot hold it); we replace each lone surrogate escape
//! with `\ufffd` and parse again. The fast path is untouched: the repair runs only after a
//! parse has failed.

use serde::de::DeserializeOwned;

/// Parses `bytes`; when that fails and the text holds lone surrogate escapes, parses it again
/// with U+FFFD in their place. On failure the first parse's error is returned.
pub(crate) fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> serde_json::Result<T> {
    match serde_json::from_slice(bytes) {
        Ok(v) => Ok(v),
        Err(e) => match repair_surrogates(bytes) {
            Some(fixed) => serde_json::from_slice(&fixed).map_err(|_| e),
            None => Err(e),
        },
    }
}

/// As [`from_slice`], from text already checked to be UTF-8 (no second validation pass).
pub(crate) fn from_str<T: DeserializeOwned>(text: &str) -> serde_json::Result<T> {
    match serde_json::from_str(text) {
        Ok(v) => Ok(v),
        Err(e) => match repair_surrogates(text.as_bytes()) {
            Some(fixed) => serde_json::from_slice(&fixed).map_err(|_| e),
            None => Err(e),
        },
    }
}

fn hex4(b: &[u8]) -> Option<u16> {
    let s = std::str::from_utf8(b.get(..4)?).ok()?;
    u16::from_str_radix(s, 16).ok()
}

/// `input` with every `\uXXXX` escape of a lone surrogate replaced by `\ufffd`, or `None`
/// when there is none. Escaped backslashes (`\\u...`) are skipped, so text that merely
/// mentions an escape is left alone.
pub(crate) fn repair_surrogates(input: &[u8]) -> Option<Vec<u8>> {
    let mut out: Option<Vec<u8>> = None;
    let mut copied = 0; // input[..copied] is in `out` (when it exists)
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'\\', &input[i..]) {
        let at = i + off;
        match input.get(at + 1) {
            Some(b'u') => {}
            Some(_) => {
                i = at + 2; // any other escape, `\\` included
                continue;
            }
            None => break,
        }
        let Some(unit) = hex4(&input[at + 2..]) else {
            i = at + 2;
            continue;
        };
        let len = match unit {
            0xD800..=0xDBFF => {
                let low = input
                    .get(at + 6..at + 8)
                    .filter(|p| *p == b"\\u")
                    .and_then(|_| hex4(&input[at + 8..]));
                if matches!(low, Some(0xDC00..=0xDFFF)) {
                    i = at + 12; // a valid pair
                    continue;
                }
                6
            }
            0xDC00..=0xDFFF => 6,
            _ => {
                i = at + 6;
                continue;
            }
        };
        let buf = out.get_or_insert_with(|| Vec::with_capacity(input.len()));
        buf.extend_from_slice(&input[copied..at]);
        buf.extend_from_slice(b"\\ufffd");
        copied = at + len;
        i = copied;
    }
    let mut buf = out?;
    buf.extend_from_slice(&input[copied..]);
    Some(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(s: &str) -> Option<String> {
        repair_surrogates(s.as_bytes()).map(|v| String::from_utf8(v).unwrap())
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(fixed(r#""\ud800""#).as_deref(), Some(r#""\ufffd""#));
        assert_eq!(fixed(r#""a\udc00b""#).as_deref(), Some(r#""a\ufffdb""#));
        // A high surrogate followed by something that is not a low one.
        assert_eq!(fixed(r#""\ud83d\u0041""#).as_deref(), Some(r#""\ufffd\u0041""#));
        assert_eq!(
            fixed(r#""\ud83d\ud83d\ude00""#).as_deref(),
            Some(r#""\ufffd\ud83d\ude00""#)
        );
        // At the very end of the input.
        assert_eq!(fixed(r#"\ud800"#).as_deref(), Some(r#"\ufffd"#));
    }

    #[test]
    fn valid_text_is_left_alone() {
        for s in [
            r#""plain""#,
            r#""\ud83d\ude00""#,
            r#""\\ud800""#,
            r#""\u00e9\n\"""#,
            r#""\u12""#,
            "\\",
        ] {
            assert_eq!(fixed(s), None, "{s}");
        }
    }

    #[test]
    fn parses_with_the_slow_path_only_when_needed() {
        let v: String = from_str(r#""x\ud800y""#).unwrap();
        assert_eq!(v, "x\u{FFFD}y");
        let v: String = from_slice(br#""\ud83d\ude00""#).unwrap();
        assert_eq!(v, "\u{1F600}");
        // Still an error when the text is broken in another way too.
        assert!(from_str::<String>(r#""\ud800"#).is_err());
    }
}
