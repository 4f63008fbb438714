// generated from the spec by `cargo xtask codegen`: do not edit
//! Wire types generated from the spec (`cargo xtask codegen`): one module per API group,
//! each behind the cargo feature of the same name.

#![allow(clippy::large_enum_variant)]

#[cfg(feature = "admin")]
pub mod admin;
#[cfg(any(
    feature = "admin",
    feature = "connectors",
    feature = "context",
    feature = "events",
    feature = "observability",
    feature = "prompts",
    feature = "rag",
    feature = "realtime",
    feature = "service-accounts",
    feature = "skills",
    feature = "triggers",
    feature = "users",
    feature = "voice",
    feature = "webhooks",
    feature = "workflows"
))]
pub mod common;
#[cfg(feature = "connectors")]
pub mod connectors;
#[cfg(feature = "context")]
pub mod context;
#[cfg(feature = "events")]
pub mod events;
#[cfg(feature = "observability")]
pub mod observability;
#[cfg(feature = "prompts")]
pub mod prompts;
#[cfg(feature = "rag")]
pub mod rag;
#[cfg(feature = "realtime")]
pub mod realtime;
#[cfg(feature = "service-accounts")]
pub mod service_accounts;
#[cfg(feature = "skills")]
pub mod skills;
#[cfg(feature = "triggers")]
pub mod triggers;
#[cfg(feature = "users")]
pub mod users;
#[cfg(feature = "voice")]
pub mod voice;
#[cfg(feature = "webhooks")]
pub mod webhooks;
#[cfg(feature = "workflows")]
pub mod workflows;

/// A union told apart by one of its fields (the spec's `discriminator`): each variant's type
/// carries that field itself. A value whose tag this version does not know, or that does not
/// read as its variant, is kept verbatim in `Unknown` and sent back unchanged.
#[allow(unused_macros)]
macro_rules! spec_union {
    (
        $(#[$meta:meta])*
        pub enum $name:ident : $tag:literal {
            $( $(#[$vmeta:meta])* $wire:literal => $variant:ident($ty:ty), )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant($ty), )*
            /// A value of a kind this version does not know (or could not read); kept verbatim.
            Unknown(serde_json::Value),
        }

        impl $name {
            /// The value of the field that tells the variants apart, as on the wire.
            pub fn tag(&self) -> Option<&str> {
                match self {
                    $( Self::$variant(_) => Some($wire), )*
                    Self::Unknown(v) => v.get($tag).and_then(serde_json::Value::as_str),
                }
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::Unknown(serde_json::Value::Null)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(v) => v.serialize(s), )*
                    Self::Unknown(v) => v.serialize(s),
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value = serde_json::Value::deserialize(d)?;
                let parsed = match value.get($tag).and_then(serde_json::Value::as_str) {
                    $( Some($wire) => <$ty as serde::Deserialize>::deserialize(&value).ok().map(Self::$variant), )*
                    _ => None,
                };
                Ok(parsed.unwrap_or(Self::Unknown(value)))
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use spec_union;

/// The events of a server-sent event stream (an operation whose answer is
/// `text/event-stream`): each event's name and data as the spec describes them, or kept
/// verbatim. Reading an event never fails.
#[allow(unused_macros)]
macro_rules! spec_events {
    (
        $(#[$meta:meta])*
        pub enum $name:ident : [$($wire:literal),*] => $data:ty
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum $name {
            /// An event the spec describes, its data read as the spec's.
            Event {
                /// The SSE `event:` name, when the frame had one.
                name: Option<String>,
                /// The event's data.
                data: $data,
            },
            /// An event this version does not know (a name the spec does not list), or whose
            /// data does not read as the spec's: kept verbatim (data that is not JSON as a
            /// JSON string).
            Unknown {
                /// The SSE `event:` name, when the frame had one.
                name: Option<String>,
                /// The data, as sent.
                data: serde_json::Value,
            },
        }

        impl $name {
            /// The event names the spec lists (empty: it lists none, and any name is read).
            pub const NAMES: &'static [&'static str] = &[$($wire),*];

            /// Reads an event from its SSE frame: the `event:` name (when the frame had one)
            /// and the `data:` text. Never fails: what does not read is [`Self::Unknown`].
            pub fn parse(event: Option<&str>, data: &str) -> Self {
                match serde_json::from_str::<serde_json::Value>(data) {
                    Ok(value) => Self::from_value(event, value),
                    Err(_) => Self::Unknown {
                        name: event.map(str::to_owned),
                        data: serde_json::Value::String(data.to_owned()),
                    },
                }
            }

            /// [`parse`](Self::parse) from data already read as JSON.
            pub fn from_value(event: Option<&str>, data: serde_json::Value) -> Self {
                let known = event.is_none_or(|n| Self::NAMES.is_empty() || Self::NAMES.contains(&n));
                if known {
                    if let Ok(read) = <$data as serde::Deserialize>::deserialize(&data) {
                        return Self::Event {
                            name: event.map(str::to_owned),
                            data: read,
                        };
                    }
                }
                Self::Unknown {
                    name: event.map(str::to_owned),
                    data,
                }
            }

            /// The SSE `event:` name, when the frame had one.
            pub fn name(&self) -> Option<&str> {
                match self {
                    Self::Event { name, .. } | Self::Unknown { name, .. } => name.as_deref(),
                }
            }

            /// The data, when it read as the spec's.
            pub fn data(&self) -> Option<&$data> {
                match self {
                    Self::Event { data, .. } => Some(data),
                    Self::Unknown { .. } => None,
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            /// Reads an event's data (no name); never fails on well-formed JSON.
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(d)?;
                Ok(Self::from_value(None, value))
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use spec_events;

#[cfg(any(
    feature = "admin",
    feature = "connectors",
    feature = "context",
    feature = "events",
    feature = "observability",
    feature = "prompts",
    feature = "rag",
    feature = "realtime",
    feature = "service-accounts",
    feature = "skills",
    feature = "triggers",
    feature = "users",
    feature = "voice",
    feature = "webhooks",
    feature = "workflows"
))]
/// Whether `value` matches a spec `pattern` (as a `regex` pattern), compiled once into `slot`.
/// A pattern that does not compile (never the case for the ones the generator emits, which
/// it compiled itself) checks nothing.
#[allow(dead_code)]
pub(crate) fn matches(
    slot: &'static std::sync::OnceLock<Option<regex::Regex>>,
    pattern: &str,
    value: &str,
) -> bool {
    slot.get_or_init(|| regex::Regex::new(pattern).ok())
        .as_ref()
        .is_none_or(|re| re.is_match(value))
}

/// A query parameter's value: how it is written into the query string.
#[allow(dead_code)]
pub(crate) trait QueryValue {
    fn push_to(&self, q: &mut crate::files::Query, key: &str);
}

impl QueryValue for String {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self);
    }
}

macro_rules! display_query_value {
    ($($t:ty),*) => {$(
        impl QueryValue for $t {
            fn push_to(&self, q: &mut crate::files::Query, key: &str) {
                q.push(key, &self.to_string());
            }
        }
    )*};
}
display_query_value!(i64, f64, bool);

/// An unset parameter is left out of the query.
impl<T: QueryValue> QueryValue for Option<T> {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        if let Some(v) = self {
            v.push_to(q, key);
        }
    }
}

impl<T: QueryValue> QueryValue for Vec<T> {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        for v in self {
            v.push_to(q, key);
        }
    }
}

impl QueryValue for serde_json::Value {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        match self {
            serde_json::Value::String(s) => q.push(key, s),
            v => q.push(key, &v.to_string()),
        }
    }
}

impl QueryValue for serde_json::Map<String, serde_json::Value> {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, &serde_json::Value::Object(self.clone()).to_string());
    }
}

impl<T: serde::Serialize> QueryValue for std::collections::BTreeMap<String, T> {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, &serde_json::to_string(self).unwrap_or_default());
    }
}
