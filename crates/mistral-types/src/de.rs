//! Lenient deserialization helpers: real responses send `null` where the spec says a value.

use serde::{Deserialize, Deserializer};

/// Reads `null` (or an absent field, with `#[serde(default)]`) as `T::default()`.
pub(crate) fn null_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// Tri-state: absent is `None`, `null` is `Some(None)`, a value is `Some(Some(v))`.
pub(crate) fn double_option<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// A number when the value is one; anything else (`null`, `{}` as some servers send for
/// `prompt_audio_seconds`, a string) reads as `None` instead of failing the whole response.
pub(crate) fn lenient_u64<'de, D>(d: D) -> Result<Option<u64>, D::Error>
where
    D: Deserializer<'de>,
{
    let v = serde_json::Value::deserialize(d)?;
    Ok(v.as_u64()
        .or_else(|| v.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64)))
}

/// A count: a number (a float is truncated); `null`, absent or anything else reads as 0.
pub(crate) fn lenient_count<'de, D>(d: D) -> Result<u64, D::Error>
where
    D: Deserializer<'de>,
{
    Ok(lenient_u64(d)?.unwrap_or(0))
}

/// Unix seconds: a number, a string of digits, or an RFC 3339 time; anything else is `None`
/// rather than a failed response.
pub(crate) fn lenient_unix<'de, D>(d: D) -> Result<Option<i64>, D::Error>
where
    D: Deserializer<'de>,
{
    let v = serde_json::Value::deserialize(d)?;
    Ok(match &v {
        serde_json::Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        serde_json::Value::String(s) => s
            .trim()
            .parse::<i64>()
            .ok()
            .or_else(|| crate::models::Timestamp(s.clone()).unix_seconds()),
        _ => None,
    })
}

/// An `f32` read from the wire: a number too large for `f32` (`1e300`) is an error instead of
/// infinity. Read as `f64` first, as serde_json does for `f32` by default, so that the message
/// can name the value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct FiniteF32(pub(crate) f32);

impl<'de> Deserialize<'de> for FiniteF32 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let wide = f64::deserialize(d)?;
        let narrow = wide as f32;
        if narrow.is_finite() {
            Ok(FiniteF32(narrow))
        } else {
            Err(serde::de::Error::custom(format_args!(
                "{wide:e} is out of range for f32"
            )))
        }
    }
}

/// A response that was read but does not match its request: a count other than the number of
/// inputs, an index duplicated or out of range, a vector of another length than requested, a
/// page that appears twice. The client reports it as a decode error with this message: the
/// response is not returned.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ResponseMismatch {
    /// What does not match, e.g. `2 embeddings for 3 inputs` or `index 1 appears twice`.
    pub message: String,
}

impl ResponseMismatch {
    /// A mismatch described by `message`.
    pub fn new(message: impl Into<String>) -> Self {
        ResponseMismatch {
            message: message.into(),
        }
    }

    /// `got` items (`noun`, made plural as needed) where `inputs` were sent, unless they agree.
    pub(crate) fn count(got: usize, noun: &str, inputs: usize) -> Result<(), Self> {
        if got == inputs {
            return Ok(());
        }
        let s = |n: usize| if n == 1 { "" } else { "s" };
        Err(Self::new(format!(
            "{got} {noun}{} for {inputs} input{}",
            s(got),
            s(inputs)
        )))
    }
}
