//! Typed reading of model output: structured-output content and tool-call arguments.

use serde::de::DeserializeOwned;

/// Why model output could not be read into a Rust type. Always keeps the raw text.
#[derive(Debug)]
pub struct ParseError {
    kind: ParseErrorKind,
    raw: String,
    source_msg: String,
    source: Option<serde_json::Error>,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} (raw: {:?})",
            self.kind,
            self.source_msg,
            snippet(&self.raw, 200)
        )
    }
}

impl std::error::Error for ParseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_ref().map(|e| e as _)
    }
}

/// What went wrong when reading model output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The message has no content at all.
    NoContent,
    /// The text is not valid JSON (or is cut off).
    InvalidJson,
    /// The JSON is valid but does not match the target type.
    WrongShape,
    /// The model stopped early (`finish_reason: length`), so the output is incomplete.
    Truncated,
}

impl std::fmt::Display for ParseErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ParseErrorKind::NoContent => "no content to parse",
            ParseErrorKind::InvalidJson => "invalid JSON",
            ParseErrorKind::WrongShape => "JSON does not match the expected type",
            ParseErrorKind::Truncated => "output cut off by the token limit",
        })
    }
}

impl ParseError {
    /// There was no content (or no choice) to parse.
    pub fn no_content() -> Self {
        ParseError {
            kind: ParseErrorKind::NoContent,
            raw: String::new(),
            source_msg: "the message has no content".into(),
            source: None,
        }
    }

    pub(crate) fn shape(raw: String, e: serde_json::Error) -> Self {
        ParseError {
            kind: ParseErrorKind::WrongShape,
            raw,
            source_msg: e.to_string(),
            source: Some(e),
        }
    }

    /// An output cut off by the token limit (`finish_reason: length`).
    pub fn truncated(raw: impl Into<String>) -> Self {
        ParseError {
            kind: ParseErrorKind::Truncated,
            raw: raw.into(),
            source_msg: "finish_reason is `length`".into(),
            source: None,
        }
    }

    pub(crate) fn parse_str<T: DeserializeOwned>(raw: &str) -> Result<T, ParseError> {
        serde_json::from_str(raw).map_err(|e| {
            let kind = match e.classify() {
                serde_json::error::Category::Data => ParseErrorKind::WrongShape,
                _ => ParseErrorKind::InvalidJson,
            };
            ParseError {
                kind,
                raw: raw.to_owned(),
                source_msg: e.to_string(),
                source: Some(e),
            }
        })
    }

    /// What went wrong.
    pub fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The raw text that could not be read.
    pub fn raw(&self) -> &str {
        &self.raw
    }
}

/// At most `max` bytes of `s`, cut on a char boundary, with an ellipsis when cut.
pub fn snippet(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if s.len() <= max {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    std::borrow::Cow::Owned(format!("{}…", &s[..end]))
}
