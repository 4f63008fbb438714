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
