//! Error bodies the API returns, parsed leniently.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// An API error body, read from any of the shapes Mistral (or a proxy in front of it) sends:
/// `{"object":"error","message":...,"type":...,"param":...,"code":...}` with `message` as a
/// string, an object or a JSON-encoded string; a bare `{"detail":[...]}` (422) or
/// `{"detail":"..."}`; `code` as a string or a number. Any other key (e.g. `raw_status_code`)
/// is kept in [`extra`](Self::extra).
///
/// ```
/// use mistral::ApiErrorBody;
/// let body = ApiErrorBody::parse(br#"{"object":"error","message":"Invalid model","type":"invalid_model",
///     "param":null,"code":"1500","raw_status_code":400}"#).unwrap();
/// assert_eq!(body.code.as_deref(), Some("1500"));
/// assert_eq!(body.raw_status_code(), Some(400));
/// assert_eq!(body.extra_field("raw_status_code"), Some(&serde_json::json!(400)));
/// ```
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
    /// Every other key of the body (and of a body nested in `message` or `error`; the outer
    /// one wins when both have a key), e.g. `raw_status_code`. `object` is not kept.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
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
    /// Every other key (e.g. `ctx`, `url`).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
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

/// The keys [`ApiErrorBody`] reads into its own fields (or skips: `object`).
const KNOWN_KEYS: [&str; 7] = ["object", "message", "type", "param", "code", "detail", "error"];

impl ApiErrorBody {
    /// A key of the body beyond the typed ones (see [`extra`](Self::extra)).
    pub fn extra_field(&self, key: &str) -> Option<&Value> {
        self.extra.get(key)
    }

    /// The `raw_status_code` the API puts in some error bodies (the status of the upstream
    /// failure, which may differ from the response's), as a number or a string of digits.
    pub fn raw_status_code(&self) -> Option<u16> {
        match self.extra.get("raw_status_code")? {
            Value::Number(n) => n.as_u64().and_then(|n| u16::try_from(n).ok()),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

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
            extra: obj
                .iter()
                .filter(|(k, _)| !KNOWN_KEYS.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
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
        for (k, v) in other.extra {
            self.extra.entry(k).or_insert(v);
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fields_beyond_the_known_ones_are_kept() {
        let b = ApiErrorBody::parse(
            br#"{"object":"error","message":"Service tier capacity exceeded","type":"service_tier_capacity_exceeded","param":null,"code":"3505","raw_status_code":429,"request_id":"r-1"}"#,
        )
        .unwrap();
        assert_eq!(b.message.as_deref(), Some("Service tier capacity exceeded"));
        assert_eq!(b.raw_status_code(), Some(429));
        assert_eq!(b.extra_field("request_id"), Some(&json!("r-1")));
        assert!(b.extra_field("object").is_none() && b.extra_field("code").is_none());
        assert_eq!(b.extra.len(), 2);
        // Serialized: flat, beside the typed fields.
        assert_eq!(serde_json::to_value(&b).unwrap()["raw_status_code"], json!(429));

        // Nested bodies (in `message` as an object or a JSON string, or in `error`) give their
        // extra keys too; the outer body wins a key both have.
        let b = ApiErrorBody::parse(
            br#"{"object":"error","message":"{\"object\":\"error\",\"message\":\"upstream\",\"raw_status_code\":\"503\",\"trace\":\"t\"}","type":"internal_error_proxy","code":1000,"trace":"outer"}"#,
        )
        .unwrap();
        assert_eq!(b.message.as_deref(), Some("upstream"));
        assert_eq!(b.raw_status_code(), Some(503));
        assert_eq!(b.extra_field("trace"), Some(&json!("outer")));
        let b = ApiErrorBody::parse(br#"{"error":{"message":"m","type":"t","provider":"x"},"status":400}"#)
            .unwrap();
        assert_eq!(b.message.as_deref(), Some("m"));
        assert_eq!(b.extra_field("provider"), Some(&json!("x")));
        assert_eq!(b.extra_field("status"), Some(&json!(400)));
        // A 422 detail item keeps its extra keys (e.g. `ctx`).
        let b = ApiErrorBody::parse(
            br#"{"detail":[{"type":"less_than_equal","loc":["body","top_logprobs"],"msg":"m","input":50,"ctx":{"le":20}}]}"#,
        )
        .unwrap();
        assert_eq!(b.detail[0].extra["ctx"], json!({"le": 20}));
        assert!(b.extra.is_empty());
        // A status code that is not one reads as none.
        let b = ApiErrorBody::parse(br#"{"message":"m","raw_status_code":"soon"}"#).unwrap();
        assert_eq!(b.raw_status_code(), None);
    }
}
