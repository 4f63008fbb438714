//! Error bodies the API returns, parsed leniently.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// An API error body, read from any of the shapes Mistral (or a proxy in front of it) sends:
/// `{"object":"error","message":...,"type":...,"param":...,"code":...}` with `message` as a
/// string, an object or a JSON-encoded string; a bare `{"detail":[...]}` (422) or
/// `{"detail":"..."}`; `code` as a string or a number.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ApiErrorBody {
    /// The human-readable message (for a 422, a summary of `detail`).
    pub message: Option<String>,
    /// The error type, e.g. `invalid_request_error`, `rate_limit_error`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// The offending parameter.
    pub param: Option<String>,
    /// A machine-readable code (numbers are kept as their text).
    pub code: Option<String>,
    /// Validation errors (HTTP 422).
    pub detail: Vec<ValidationDetail>,
}

/// One validation error of a 422 body.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ValidationDetail {
    /// Where: e.g. `["body", "max_completion_tokens"]`.
    #[serde(default)]
    pub loc: Vec<Value>,
    /// What.
    #[serde(default)]
    pub msg: String,
    /// The error type, e.g. `extra_forbidden`.
    #[serde(rename = "type", default)]
    pub kind: String,
    /// The rejected input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Value>,
}

impl ValidationDetail {
    /// `loc` joined with dots, e.g. `body.max_completion_tokens`.
    pub fn path(&self) -> String {
        self.loc
            .iter()
            .map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(".")
    }
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

impl ApiErrorBody {
    /// Reads an error body. Returns `None` when the bytes are not a JSON object that looks like
    /// an error (an HTML page from a proxy, an empty body, a success body).
    pub fn parse(bytes: &[u8]) -> Option<Self> {
        let v: Value = serde_json::from_slice(bytes).ok()?;
        Self::from_value(&v)
    }

    /// Reads an error from a parsed JSON value (see [`parse`](Self::parse)).
    pub fn from_value(v: &Value) -> Option<Self> {
        let obj = v.as_object()?;
        let looks_like_error = obj.get("object").and_then(Value::as_str) == Some("error")
            || obj.contains_key("detail")
            || obj.contains_key("message")
            || obj.contains_key("error");
        if !looks_like_error {
            return None;
        }
        let mut out = ApiErrorBody {
            kind: obj.get("type").and_then(text_of),
            param: obj.get("param").and_then(text_of),
            code: obj.get("code").and_then(text_of),
            ..Default::default()
        };
        if let Some(d) = obj.get("detail") {
            out.absorb_detail(d);
        }
        match obj.get("message") {
            Some(Value::String(s)) => {
                // Older responses carry a JSON document inside the string.
                match serde_json::from_str::<Value>(s) {
                    Ok(inner @ Value::Object(_)) => out.absorb_nested(&inner, s),
                    _ => out.message = Some(s.clone()),
                }
            }
            Some(inner @ Value::Object(_)) => out.absorb_nested(inner, &inner.to_string()),
            Some(other) => out.message = text_of(other),
            None => {}
        }
        // OpenAI-style `{"error": {...}}` from compatible proxies.
        if let Some(inner @ Value::Object(_)) = obj.get("error") {
            if let Some(nested) = Self::from_value(inner) {
                out.merge(nested);
            }
        } else if let Some(Value::String(s)) = obj.get("error") {
            out.message.get_or_insert_with(|| s.clone());
        }
        if out.message.is_none() && !out.detail.is_empty() {
            out.message = Some(out.detail_summary());
        }
        Some(out)
    }

    fn absorb_nested(&mut self, inner: &Value, raw: &str) {
        match Self::from_value(inner) {
            Some(nested) => self.merge(nested),
            None => self.message = Some(raw.to_owned()),
        }
    }

    fn merge(&mut self, other: ApiErrorBody) {
        if other.message.is_some() {
            self.message = other.message;
        }
        self.kind = self.kind.take().or(other.kind);
        self.param = self.param.take().or(other.param);
        self.code = self.code.take().or(other.code);
        if self.detail.is_empty() {
            self.detail = other.detail;
        }
    }

    fn absorb_detail(&mut self, d: &Value) {
        match d {
            Value::Array(items) => {
                self.detail = items
                    .iter()
                    .map(|i| {
                        ValidationDetail::deserialize(i).unwrap_or_else(|_| ValidationDetail {
                            msg: text_of(i).unwrap_or_default(),
                            ..Default::default()
                        })
                    })
                    .collect();
            }
            Value::Null => {}
            other => self.message = text_of(other),
        }
    }

    /// The validation errors as one line: `body.x: msg; body.y: msg`.
    pub fn detail_summary(&self) -> String {
        self.detail
            .iter()
            .map(|d| format!("{}: {}", d.path(), d.msg))
            .collect::<Vec<_>>()
            .join("; ")
    }
}
