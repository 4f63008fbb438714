//! Macros for the two shapes the wire uses everywhere: string enums that must accept values this
//! version does not know, and `type`-tagged unions with an `Unknown` fallback; and the fields
//! that the completion requests (chat, agents, FIM) share, declared once.

/// A string enum with an `Other(String)` variant that keeps any value the server adds later.
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this version of the crate does not know; kept verbatim.
            Other(String),
        }

        impl $name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )*
                    Self::Other(s) => s.as_str(),
                }
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                match s {
                    $( $wire => Self::$variant, )*
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("a string")
                    }
                    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<$name, E> {
                        Ok($name::from(s))
                    }
                }
                d.deserialize_str(V)
            }
        }
    };
}

/// A union tagged by its `type` field, with an `Unknown(Value)` variant that keeps (and sends back
/// unchanged) any object whose tag this version does not know, or whose known tag does not parse.
///
/// With `pub enum Name (default "tag" if "key") { .. }`, an object without a `type` (or with
/// `type: null`) that has the field `key` reads as the variant tagged `tag` (the Responses API's
/// messages may leave their `type` out); it is written back with its tag.
macro_rules! open_union {
    (
        $(#[$meta:meta])*
        pub enum $name:ident (default $default:literal if $key:literal) { $($body:tt)* }
    ) => {
        $crate::macros::open_union!(@impl [$(#[$meta])*] $name [$default, $key] { $($body)* });
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $($body:tt)* }
    ) => {
        $crate::macros::open_union!(@impl [$(#[$meta])*] $name [] { $($body)* });
    };
    (
        @impl [$($meta:tt)*] $name:ident [$($default:literal, $key:literal)?] {
            $( $(#[$vmeta:meta])* $wire:literal => $variant:ident($ty:ty), )*
        }
    ) => {
        $($meta)*
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant($ty), )*
            /// An object of a type this version does not know (or could not read); kept verbatim
            /// and serialized back unchanged.
            Unknown(serde_json::Value),
        }

        impl $name {
            /// The `type` tag of this value, as on the wire.
            pub fn type_name(&self) -> Option<&str> {
                match self {
                    $( Self::$variant(_) => Some($wire), )*
                    Self::Unknown(v) => v.get("type").and_then(serde_json::Value::as_str),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(v) => $crate::macros::Tagged { r#type: $wire, inner: v }.serialize(s), )*
                    Self::Unknown(v) => v.serialize(s),
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value = serde_json::Value::deserialize(d)?;
                let tag = match value.get("type") {
                    Some(serde_json::Value::String(t)) => Some(t.as_str()),
                    $( None | Some(serde_json::Value::Null) if value.get($key).is_some() => Some($default), )?
                    _ => None,
                };
                let parsed = match tag {
                    $( Some($wire) => <$ty as serde::Deserialize>::deserialize(&value).ok().map(Self::$variant), )*
                    _ => None,
                };
                Ok(parsed.unwrap_or(Self::Unknown(value)))
            }
        }
    };
}

/// Declares a stream's named events, for an enum with one variant per known event and an
/// `Unknown { name, data }` variant (`Enum { field }` names that variant's name field
/// otherwise): `NAMES`, the event's `name`, its reading from an SSE frame's `event:` name and
/// data (`parse`, `from_value`, and `Deserialize` from the data alone), and its `Serialize`
/// (the data, `type` first). `$what` names the stream in the error for data that is not an
/// object.
macro_rules! named_events {
    ($name:ident, $what:literal, { $($events:tt)* }) => {
        $crate::macros::named_events!($name { name }, $what, { $($events)* });
    };
    ($name:ident { $unknown:ident }, $what:literal, { $( $wire:literal => $variant:ident($ty:ty), )* }) => {
        impl $name {
            /// The names of the events this version knows.
            pub const NAMES: &'static [&'static str] = &[$($wire),*];

            /// The event's name, as on the wire.
            pub fn name(&self) -> &str {
                match self {
                    $( Self::$variant(_) => $wire, )*
                    Self::Unknown { $unknown, .. } => $unknown,
                }
            }

            /// Reads an event from its SSE frame: the `event:` name (if the frame had one) and
            /// the `data:` text.
            ///
            /// The name comes from `data.type` when the data has one, else from the `event:`
            /// line. The data is what is parsed, so its own tag decides its shape: a frame
            /// whose `event:` line was dropped or rewritten on the way (a proxy, the SSE
            /// default `message`) still reads as what it is. The two agree on every frame the
            /// API sends. Fields the spec marks required may be absent (they read as empty).
            ///
            /// # Errors
            /// When `data` is not a JSON object, or a known event's fields have the wrong types.
            pub fn parse(event: Option<&str>, data: &str) -> Result<Self, serde_json::Error> {
                let value: serde_json::Value = serde_json::from_str(data)?;
                Self::from_value(event, value)
            }

            /// [`parse`](Self::parse) from data already read as JSON.
            ///
            /// # Errors
            /// When `data` is not an object, or a known event's fields have the wrong types.
            pub fn from_value(event: Option<&str>, data: serde_json::Value) -> Result<Self, serde_json::Error> {
                if !data.is_object() {
                    return Err(serde::de::Error::custom(concat!(
                        "a ", $what, " event's data must be a JSON object"
                    )));
                }
                let name = match data.get("type").and_then(serde_json::Value::as_str) {
                    Some(t) => t.to_owned(),
                    None => event.unwrap_or_default().to_owned(),
                };
                Ok(match name.as_str() {
                    $( $wire => {
                        // The tag is the variant: kept in an `extra` map it would be sent
                        // twice. `retain` keeps the other keys' order.
                        let mut data = data;
                        if let Some(o) = data.as_object_mut() {
                            o.retain(|k, _| k != "type");
                        }
                        Self::$variant(<$ty as serde::Deserialize>::deserialize(data)?)
                    } )*
                    _ => Self::Unknown { $unknown: name, data },
                })
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            /// Reads the data of an event, named by its `type`.
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(d)?;
                Self::from_value(None, value).map_err(serde::de::Error::custom)
            }
        }

        impl serde::Serialize for $name {
            /// The event's data, `type` first (what the `data:` line carries).
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(v) => {
                        serde::Serialize::serialize(&$crate::macros::Tagged { r#type: $wire, inner: v }, s)
                    } )*
                    Self::Unknown { data, .. } => serde::Serialize::serialize(data, s),
                }
            }
        }
    };
}

/// Serializes `inner`'s fields after a `type` tag.
#[derive(serde::Serialize)]
pub(crate) struct Tagged<'a, T> {
    pub(crate) r#type: &'static str,
    #[serde(flatten)]
    pub(crate) inner: &'a T,
}

/// Declares a completion request (chat, agents, FIM) whose fields shared with the other
/// completion requests are written once, here. The invocation starts with `self;` (the
/// builder's setters name their receiver with the caller's `self`: macro hygiene keeps a
/// `self` written here apart from the one typed-builder declares). In the struct's body, `@name,` stands for the
/// shared field `name` with its docs, its serde attributes and its two builder mutators
/// (`.name(v)` and `.maybe_name(opt)`); every other field is written out as usual. The fields
/// keep the order they are written in (the JSON's key order). Each shared field is `Option`
/// and omitted from the JSON when unset.
///
/// The shared fields: `temperature`, `top_p`, `max_tokens`, `min_tokens`, `stream`, `stop`,
/// `random_seed`, `metadata`, `response_format`, `presence_penalty`, `frequency_penalty`,
/// `repetition_penalty`, `top_k`, `n`, `prediction`, `parallel_tool_calls`,
/// `reasoning_effort`, `prompt_mode`, `guardrails`, `prompt_cache_key`, `service_tier`,
/// `logprobs`, `top_logprobs`, `prompt_logprobs`, `top_prompt_logprobs`.
// One arm per shared field; an own field is matched whole (attributes, name, type) and passed
// on unchanged, so the recursion is one level per field.
macro_rules! completion_request {
    (
        $s:tt;
        $(#[$meta:meta])*
        pub struct $name:ident { $($body:tt)* }
    ) => {
        $crate::macros::completion_request!(@munch $s [$(#[$meta])* pub struct $name] [] $($body)*);
    };
    (@munch $s:tt [$($head:tt)*] [$($done:tt)*]) => {
        $($head)* { $($done)* }
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @temperature, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Sampling temperature, `0.0..=1.5`.
            #[builder(via_mutators, mutators(
                /// Sampling temperature, `0.0..=1.5`.
                pub fn temperature(&mut $s, v: impl Into<crate::chat::request::Temperature>) {
                    $s.temperature = Some(v.into())
                }
                /// [`temperature`](Self::temperature) from an `Option`: `None` unsets it.
                pub fn maybe_temperature(&mut $s, v: Option<impl Into<crate::chat::request::Temperature>>) {
                    $s.temperature = v.map(Into::into)
                }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub temperature: Option<crate::chat::request::Temperature>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @top_p, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Nucleus sampling mass, in `(0, 1]`.
            #[builder(via_mutators, mutators(
                /// Nucleus sampling mass, in `(0, 1]`.
                pub fn top_p(&mut $s, v: impl Into<crate::chat::request::TopP>) { $s.top_p = Some(v.into()) }
                /// [`top_p`](Self::top_p) from an `Option`: `None` unsets it.
                pub fn maybe_top_p(&mut $s, v: Option<impl Into<crate::chat::request::TopP>>) {
                    $s.top_p = v.map(Into::into)
                }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub top_p: Option<crate::chat::request::TopP>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @max_tokens, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// The most tokens to generate.
            #[builder(via_mutators, mutators(
                /// The most tokens to generate.
                pub fn max_tokens(&mut $s, v: u32) { $s.max_tokens = Some(v) }
                /// [`max_tokens`](Self::max_tokens) from an `Option`: `None` unsets it.
                pub fn maybe_max_tokens(&mut $s, v: Option<u32>) { $s.max_tokens = v }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub max_tokens: Option<u32>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @min_tokens, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// The fewest tokens to generate (at most `max_tokens`, checked by `validate`).
            #[builder(via_mutators, mutators(
                /// The fewest tokens to generate (at most `max_tokens`, checked by `validate`).
                pub fn min_tokens(&mut $s, v: u32) { $s.min_tokens = Some(v) }
                /// [`min_tokens`](Self::min_tokens) from an `Option`: `None` unsets it.
                pub fn maybe_min_tokens(&mut $s, v: Option<u32>) { $s.min_tokens = v }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub min_tokens: Option<u32>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @stream, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Stream the answer as server-sent events. The client sets this for you
            /// (`false` for `complete`, `true` for `stream`).
            #[builder(via_mutators, mutators(
                /// Stream the answer as server-sent events. The client sets this for you
                /// (`false` for `complete`, `true` for `stream`).
                pub fn stream(&mut $s, v: bool) { $s.stream = Some(v) }
                /// [`stream`](Self::stream) from an `Option`: `None` unsets it.
                pub fn maybe_stream(&mut $s, v: Option<bool>) { $s.stream = v }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub stream: Option<bool>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @stop, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Stop generating at this string, or at any of these strings.
            #[builder(via_mutators, mutators(
                /// Stop generating at this string, or at any of these strings.
                pub fn stop(&mut $s, v: impl Into<crate::chat::request::Stop>) { $s.stop = Some(v.into()) }
                /// [`stop`](Self::stop) from an `Option`: `None` unsets it.
                pub fn maybe_stop(&mut $s, v: Option<impl Into<crate::chat::request::Stop>>) {
                    $s.stop = v.map(Into::into)
                }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub stop: Option<crate::chat::request::Stop>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @random_seed, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Seed for deterministic sampling.
            #[builder(via_mutators, mutators(
                /// Seed for deterministic sampling.
                pub fn random_seed(&mut $s, v: u64) { $s.random_seed = Some(v) }
                /// [`random_seed`](Self::random_seed) from an `Option`: `None` unsets it.
                pub fn maybe_random_seed(&mut $s, v: Option<u64>) { $s.random_seed = v }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub random_seed: Option<u64>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @metadata, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Free-form metadata attached to the request.
            #[builder(via_mutators, mutators(
                /// Free-form metadata attached to the request.
                pub fn metadata(&mut $s, v: crate::chat::tool::JsonObject) { $s.metadata = Some(v) }
                /// [`metadata`](Self::metadata) from an `Option`: `None` unsets it.
                pub fn maybe_metadata(&mut $s, v: Option<crate::chat::tool::JsonObject>) { $s.metadata = v }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub metadata: Option<crate::chat::tool::JsonObject>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @response_format, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// The answer's format: text, any JSON object, or JSON following a schema.
            #[builder(via_mutators, mutators(
                /// The answer's format: text, any JSON object, or JSON following a schema.
                pub fn response_format(&mut $s, v: crate::chat::tool::ResponseFormat) {
                    $s.response_format = Some(v)
                }
                /// [`response_format`](Self::response_format) from an `Option`: `None` unsets it.
                pub fn maybe_response_format(&mut $s, v: Option<crate::chat::tool::ResponseFormat>) {
                    $s.response_format = v
                }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub response_format: Option<crate::chat::tool::ResponseFormat>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @presence_penalty, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Penalty on tokens already present, `-2.0..=2.0`.
            #[builder(via_mutators, mutators(
                /// Penalty on tokens already present, `-2.0..=2.0`.
                pub fn presence_penalty(&mut $s, v: impl Into<crate::chat::request::Penalty>) {
                    $s.presence_penalty = Some(v.into())
                }
                /// [`presence_penalty`](Self::presence_penalty) from an `Option`: `None` unsets it.
                pub fn maybe_presence_penalty(&mut $s, v: Option<impl Into<crate::chat::request::Penalty>>) {
                    $s.presence_penalty = v.map(Into::into)
                }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub presence_penalty: Option<crate::chat::request::Penalty>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @frequency_penalty, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Penalty by token frequency, `-2.0..=2.0`.
            #[builder(via_mutators, mutators(
                /// Penalty by token frequency, `-2.0..=2.0`.
                pub fn frequency_penalty(&mut $s, v: impl Into<crate::chat::request::Penalty>) {
                    $s.frequency_penalty = Some(v.into())
                }
                /// [`frequency_penalty`](Self::frequency_penalty) from an `Option`: `None` unsets it.
                pub fn maybe_frequency_penalty(&mut $s, v: Option<impl Into<crate::chat::request::Penalty>>) {
                    $s.frequency_penalty = v.map(Into::into)
                }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub frequency_penalty: Option<crate::chat::request::Penalty>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @repetition_penalty, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// A multiplicative penalty on tokens already generated or in the prompt (`1.0`
            /// is none; above 1 discourages repeats). The API states no range; `validate`
            /// checks that it is a finite number above 0. Newer than the published spec.
            #[builder(via_mutators, mutators(
                /// A multiplicative penalty on repeated tokens (`1.0` is none): a finite
                /// number above 0. Newer than the published spec.
                pub fn repetition_penalty(&mut $s, v: f64) { $s.repetition_penalty = Some(v) }
                /// [`repetition_penalty`](Self::repetition_penalty) from an `Option`: `None` unsets it.
                pub fn maybe_repetition_penalty(&mut $s, v: Option<f64>) { $s.repetition_penalty = v }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub repetition_penalty: Option<f64>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @top_k, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Sample among the `top_k` most likely tokens only. Newer than the published spec.
            #[builder(via_mutators, mutators(
                /// Sample among the `top_k` most likely tokens only. Newer than the published spec.
                pub fn top_k(&mut $s, v: u32) { $s.top_k = Some(v) }
                /// [`top_k`](Self::top_k) from an `Option`: `None` unsets it.
                pub fn maybe_top_k(&mut $s, v: Option<u32>) { $s.top_k = v }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub top_k: Option<u32>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @n, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Number of completions to return (at least 1).
            #[builder(via_mutators, mutators(
                /// Number of completions to return (at least 1).
                pub fn n(&mut $s, v: u32) { $s.n = Some(v) }
                /// [`n`](Self::n) from an `Option`: `None` unsets it.
                pub fn maybe_n(&mut $s, v: Option<u32>) { $s.n = v }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub n: Option<u32>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @prediction, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Expected output, to speed up generation when most of it is known.
            #[builder(via_mutators, mutators(
                /// Expected output, to speed up generation when most of it is known.
                pub fn prediction(&mut $s, v: impl Into<crate::chat::request::Prediction>) {
                    $s.prediction = Some(v.into())
                }
                /// [`prediction`](Self::prediction) from an `Option`: `None` unsets it.
                pub fn maybe_prediction(&mut $s, v: Option<impl Into<crate::chat::request::Prediction>>) {
                    $s.prediction = v.map(Into::into)
                }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub prediction: Option<crate::chat::request::Prediction>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @parallel_tool_calls, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Whether the model may make several tool calls in one turn.
            #[builder(via_mutators, mutators(
                /// Whether the model may make several tool calls in one turn.
                pub fn parallel_tool_calls(&mut $s, v: bool) { $s.parallel_tool_calls = Some(v) }
                /// [`parallel_tool_calls`](Self::parallel_tool_calls) from an `Option`: `None` unsets it.
                pub fn maybe_parallel_tool_calls(&mut $s, v: Option<bool>) { $s.parallel_tool_calls = v }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub parallel_tool_calls: Option<bool>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @reasoning_effort, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// How much the model reasons before answering (reasoning models).
            #[builder(via_mutators, mutators(
                /// How much the model reasons before answering (reasoning models).
                pub fn reasoning_effort(&mut $s, v: crate::chat::request::ReasoningEffort) {
                    $s.reasoning_effort = Some(v)
                }
                /// [`reasoning_effort`](Self::reasoning_effort) from an `Option`: `None` unsets it.
                pub fn maybe_reasoning_effort(&mut $s, v: Option<crate::chat::request::ReasoningEffort>) {
                    $s.reasoning_effort = v
                }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub reasoning_effort: Option<crate::chat::request::ReasoningEffort>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @prompt_mode, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// The prompt mode. `Some(None)` sends `null`, which opts out of the default system prompt.
            #[builder(via_mutators, mutators(
                /// The prompt mode: `Some(mode)`, or `None` to send `null` (which opts out of the default
                /// system prompt).
                pub fn prompt_mode(&mut $s, v: Option<crate::chat::request::PromptMode>) {
                    $s.prompt_mode = Some(v)
                }
                /// [`prompt_mode`](Self::prompt_mode) from an `Option`: `None` unsets it (nothing sent).
                pub fn maybe_prompt_mode(&mut $s, v: Option<Option<crate::chat::request::PromptMode>>) {
                    $s.prompt_mode = v
                }
            ))]
            #[serde(
                default,
                skip_serializing_if = "Option::is_none",
                deserialize_with = "crate::de::double_option"
            )]
            pub prompt_mode: Option<Option<crate::chat::request::PromptMode>>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @guardrails, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Moderation guardrails.
            #[builder(via_mutators, mutators(
                /// Moderation guardrails.
                pub fn guardrails(&mut $s, v: impl Into<Vec<crate::chat::request::GuardrailConfig>>) {
                    $s.guardrails = Some(v.into())
                }
                /// [`guardrails`](Self::guardrails) from an `Option`: `None` unsets it.
                pub fn maybe_guardrails(&mut $s, v: Option<impl Into<Vec<crate::chat::request::GuardrailConfig>>>) {
                    $s.guardrails = v.map(Into::into)
                }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub guardrails: Option<Vec<crate::chat::request::GuardrailConfig>>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @prompt_cache_key, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// A key grouping requests that share a prompt prefix, for prompt caching.
            #[builder(via_mutators, mutators(
                /// A key grouping requests that share a prompt prefix, for prompt caching.
                pub fn prompt_cache_key(&mut $s, v: impl Into<String>) { $s.prompt_cache_key = Some(v.into()) }
                /// [`prompt_cache_key`](Self::prompt_cache_key) from an `Option`: `None` unsets it.
                pub fn maybe_prompt_cache_key(&mut $s, v: Option<impl Into<String>>) {
                    $s.prompt_cache_key = v.map(Into::into)
                }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub prompt_cache_key: Option<String>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @service_tier, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// The service tier to use.
            #[builder(via_mutators, mutators(
                /// The service tier to use.
                pub fn service_tier(&mut $s, v: crate::chat::request::ServiceTier) { $s.service_tier = Some(v) }
                /// [`service_tier`](Self::service_tier) from an `Option`: `None` unsets it.
                pub fn maybe_service_tier(&mut $s, v: Option<crate::chat::request::ServiceTier>) {
                    $s.service_tier = v
                }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub service_tier: Option<crate::chat::request::ServiceTier>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @logprobs, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Return the log probability of each generated token, in each choice's `logprobs`
            /// (newer than the published spec).
            #[builder(via_mutators, mutators(
                /// Return the log probability of each generated token, in each choice's `logprobs`
                /// (newer than the published spec).
                pub fn logprobs(&mut $s, v: bool) { $s.logprobs = Some(v) }
                /// [`logprobs`](Self::logprobs) from an `Option`: `None` unsets it.
                pub fn maybe_logprobs(&mut $s, v: Option<bool>) { $s.logprobs = v }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub logprobs: Option<bool>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @top_logprobs, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// How many of the most likely tokens to return at each position, with their log
            /// probabilities: `0..=20` ([`ChatRequest::MAX_TOP_LOGPROBS`](crate::ChatRequest::MAX_TOP_LOGPROBS)),
            /// and only with `logprobs: true` (both checked by `validate`). Newer than the
            /// published spec.
            #[builder(via_mutators, mutators(
                /// How many of the most likely tokens to return at each position, with their log
                /// probabilities: `0..=20` ([`ChatRequest::MAX_TOP_LOGPROBS`](crate::ChatRequest::MAX_TOP_LOGPROBS)),
                /// and only with `logprobs: true` (both checked by `validate`). Newer than the
                /// published spec.
                pub fn top_logprobs(&mut $s, v: u32) { $s.top_logprobs = Some(v) }
                /// [`top_logprobs`](Self::top_logprobs) from an `Option`: `None` unsets it.
                pub fn maybe_top_logprobs(&mut $s, v: Option<u32>) { $s.top_logprobs = v }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub top_logprobs: Option<u32>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @prompt_logprobs, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// Return the log probability of each prompt token too, in each choice's
            /// `prompt_logprobs` (newer than the published spec).
            #[builder(via_mutators, mutators(
                /// Return the log probability of each prompt token too, in each choice's
                /// `prompt_logprobs` (newer than the published spec).
                pub fn prompt_logprobs(&mut $s, v: bool) { $s.prompt_logprobs = Some(v) }
                /// [`prompt_logprobs`](Self::prompt_logprobs) from an `Option`: `None` unsets it.
                pub fn maybe_prompt_logprobs(&mut $s, v: Option<bool>) { $s.prompt_logprobs = v }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub prompt_logprobs: Option<bool>,
        ] $($rest)*);
    };
    (@munch $s:tt $head:tt [$($done:tt)*] @top_prompt_logprobs, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)*
            /// How many of the most likely tokens to return at each prompt position: `0..=20`,
            /// and only with `prompt_logprobs: true` (both checked by `validate`, as for
            /// `top_logprobs`). Newer than the published spec.
            #[builder(via_mutators, mutators(
                /// How many of the most likely tokens to return at each prompt position: `0..=20`,
                /// and only with `prompt_logprobs: true` (both checked by `validate`). Newer than
                /// the published spec.
                pub fn top_prompt_logprobs(&mut $s, v: u32) { $s.top_prompt_logprobs = Some(v) }
                /// [`top_prompt_logprobs`](Self::top_prompt_logprobs) from an `Option`: `None` unsets it.
                pub fn maybe_top_prompt_logprobs(&mut $s, v: Option<u32>) { $s.top_prompt_logprobs = v }
            ))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub top_prompt_logprobs: Option<u32>,
        ] $($rest)*);
    };
    // A field of this request alone, passed on as written.
    (@munch $s:tt $head:tt [$($done:tt)*] $(#[$fmeta:meta])* pub $field:ident : $ty:ty, $($rest:tt)*) => {
        $crate::macros::completion_request!(@munch $s $head [$($done)* $(#[$fmeta])* pub $field: $ty,] $($rest)*);
    };
}

pub(crate) use completion_request;
pub(crate) use named_events;
pub(crate) use open_union;
pub(crate) use string_enum;
