//! The chat completion request and its options.

use serde::{Deserialize, Serialize};
use typed_builder::TypedBuilder;

use crate::chat::message::Message;
use crate::chat::tool::{JsonObject, ResponseFormat, Tool, ToolChoice};
use crate::macros::string_enum;

/// A chat completion request (`POST /v1/chat/completions`).
///
/// Build one with [`ChatRequest::builder`]; `model` and `messages` are required at compile time,
/// every other option is a plain-value setter and is omitted from the JSON when unset.
///
/// ```
/// use mistral::chat::{ChatRequest, Message};
///
/// let request = ChatRequest::builder()
///     .model("mistral-large-latest")
///     .messages([Message::system("Be brief."), Message::user("Hi")])
///     .temperature(0.3)
///     .max_tokens(256)
///     .build();
/// assert!(request.validate().is_ok());
/// ```
///
/// Leaving out `model` or `messages` does not compile:
///
/// ```compile_fail
/// use mistral::chat::{ChatRequest, Message};
/// let request = ChatRequest::builder().messages([Message::user("Hi")]).build();
/// ```
///
/// A field the SDK does not know yet goes in with [`extra`](ChatRequestBuilder::extra),
/// serialized flat beside the typed fields:
///
/// ```
/// use mistral::chat::{ChatRequest, Message};
/// let request = ChatRequest::builder()
///     .model("mistral-small-latest")
///     .messages([Message::user("Hi")])
///     .extra("min_tokens", serde_json::json!(4))
///     .build();
/// assert_eq!(serde_json::to_value(&request)?["min_tokens"], 4);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// Log probabilities of the answer's tokens (read them in
/// [`ChatChoice::logprobs`](crate::ChatChoice::logprobs)):
///
/// ```
/// use mistral::chat::{ChatRequest, Message};
/// let request = ChatRequest::builder()
///     .model("mistral-small-latest")
///     .messages([Message::user("Hi")])
///     .logprobs(true)
///     .top_logprobs(3)
///     .build();
/// request.validate()?;
/// let json = serde_json::to_value(&request)?;
/// assert_eq!((json["logprobs"].clone(), json["top_logprobs"].clone()), (true.into(), 3.into()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Optional fields
///
/// Each optional field has a setter taking its value, `.temperature(0.3)`, and a `maybe_` twin
/// taking an `Option` of anything the setter takes, `.maybe_temperature(opt)` (`None` leaves
/// the field unset). Only `model` and `messages` change the builder's type, so the optional
/// setters can be called in any branch, and again (the last call wins). Every field is also
/// public: assign it after `build()`.
///
/// ```
/// use mistral::chat::{ChatRequest, Message};
///
/// let (hot, seed, cap): (bool, Option<u64>, Option<f64>) = (true, Some(7), None);
/// let builder = ChatRequest::builder()
///     .model("mistral-small-latest")
///     .messages([Message::user("A poem, please.")]);
/// let builder = if hot { builder.temperature(1.2) } else { builder };
/// let mut request = builder
///     .maybe_random_seed(seed) // Option<u64>
///     .maybe_top_p(cap) // Option<f64>, converted as `.top_p(0.9)` converts 0.9
///     .maybe_stop(None::<&str>) // a bare `None` needs its type
///     .build();
/// request.max_tokens = Some(200);
/// let json = serde_json::to_value(&request)?;
/// assert_eq!((json["temperature"].as_f64(), json["random_seed"].as_u64()), (Some(1.2), Some(7)));
/// assert!(json.get("top_p").is_none() && json.get("stop").is_none());
/// assert_eq!(json["max_tokens"], 200);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// # A conversation
///
/// [`push`](Self::push) appends a message in place (a [`Message`], or the reply itself: a
/// [`ChatCompletionResponse`](crate::ChatCompletionResponse) becomes its choice 0's message),
/// so one request carries the whole conversation, turn after turn, without cloning it. With the
/// client: `req.push(Message::user(line)); let r = chat.complete(&req).await?;
/// println!("{}", r.text()); req.push(r.into_inner());`.
///
/// ```
/// use mistral::chat::{ChatCompletionResponse, ChatRequest, Message};
/// # // Stands in for `client.chat().complete(&request).await?.into_inner()`.
/// # fn complete(request: &ChatRequest) -> ChatCompletionResponse {
/// #     let text = format!("Answer to {} messages.", request.messages.len());
/// #     let message = serde_json::json!({"role": "assistant", "content": text});
/// #     serde_json::from_value(serde_json::json!({"choices": [{"index": 0, "message": message}]})).unwrap()
/// # }
///
/// let mut request = ChatRequest::builder()
///     .model("mistral-small-latest")
///     .messages([Message::system("Be brief.")])
///     .build();
/// for line in ["Capital of France?", "And of Italy?"] {
///     request.push(Message::user(line));
///     let response = complete(&request);
///     println!("{}", response.text());
///     request.push(response);
/// }
/// assert_eq!(request.messages.len(), 5);
/// assert_eq!(request.messages[4].content().unwrap().text(), "Answer to 4 messages.");
/// ```
// Optional fields are set by mutators rather than typed-builder setters: a mutator keeps the
// builder's type (so `if hot { b.temperature(t) } else { b }` compiles), and the `maybe_` twin
// can take `Option<impl Into<T>>`, which typed-builder's `strip_option(fallback)` cannot (it
// takes the field's own type). The request builders of the other API groups do the same.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ChatRequest`], from [`ChatRequest::builder`]. `model` and \
        `messages` are required, once each: `build()` does not compile without them. The other setters \
        (`.temperature(0.3)`, `.maybe_temperature(opt)`, ...) keep the builder's type, so they may be \
        called conditionally, or again (the last call wins)."
    )
)]
pub struct ChatRequest {
    /// The model id, e.g. `mistral-large-latest`.
    #[builder(setter(into))]
    pub model: String,
    /// The conversation so far: anything iterable of messages (an array, a `Vec`, an
    /// iterator, or `&[Message]`, cloned).
    #[builder(setter(transform = |messages: impl IntoIterator<Item = impl Into<Message>>| messages.into_iter().map(Into::into).collect()))]
    pub messages: Vec<Message>,
    /// Sampling temperature, `0.0..=1.5`.
    #[builder(via_mutators, mutators(
        /// Sampling temperature, `0.0..=1.5`.
        pub fn temperature(&mut self, v: impl Into<Temperature>) { self.temperature = Some(v.into()) }
        /// [`temperature`](Self::temperature) from an `Option`: `None` unsets it.
        pub fn maybe_temperature(&mut self, v: Option<impl Into<Temperature>>) {
            self.temperature = v.map(Into::into)
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<Temperature>,
    /// Nucleus sampling mass, in `(0, 1]`.
    #[builder(via_mutators, mutators(
        /// Nucleus sampling mass, in `(0, 1]`.
        pub fn top_p(&mut self, v: impl Into<TopP>) { self.top_p = Some(v.into()) }
        /// [`top_p`](Self::top_p) from an `Option`: `None` unsets it.
        pub fn maybe_top_p(&mut self, v: Option<impl Into<TopP>>) { self.top_p = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<TopP>,
    /// The most tokens to generate.
    #[builder(via_mutators, mutators(
        /// The most tokens to generate.
        pub fn max_tokens(&mut self, v: u32) { self.max_tokens = Some(v) }
        /// [`max_tokens`](Self::max_tokens) from an `Option`: `None` unsets it.
        pub fn maybe_max_tokens(&mut self, v: Option<u32>) { self.max_tokens = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<u32>,
    /// Stream the answer as server-sent events. The client sets this for you
    /// (`false` for `complete`, `true` for `stream`).
    #[builder(via_mutators, mutators(
        /// Stream the answer as server-sent events. The client sets this for you
        /// (`false` for `complete`, `true` for `stream`).
        pub fn stream(&mut self, v: bool) { self.stream = Some(v) }
        /// [`stream`](Self::stream) from an `Option`: `None` unsets it.
        pub fn maybe_stream(&mut self, v: Option<bool>) { self.stream = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    /// Stop generating at this string, or at any of these strings.
    #[builder(via_mutators, mutators(
        /// Stop generating at this string, or at any of these strings.
        pub fn stop(&mut self, v: impl Into<Stop>) { self.stop = Some(v.into()) }
        /// [`stop`](Self::stop) from an `Option`: `None` unsets it.
        pub fn maybe_stop(&mut self, v: Option<impl Into<Stop>>) { self.stop = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop: Option<Stop>,
    /// Seed for deterministic sampling.
    #[builder(via_mutators, mutators(
        /// Seed for deterministic sampling.
        pub fn random_seed(&mut self, v: u64) { self.random_seed = Some(v) }
        /// [`random_seed`](Self::random_seed) from an `Option`: `None` unsets it.
        pub fn maybe_random_seed(&mut self, v: Option<u64>) { self.random_seed = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub random_seed: Option<u64>,
    /// Free-form metadata attached to the request.
    #[builder(via_mutators, mutators(
        /// Free-form metadata attached to the request.
        pub fn metadata(&mut self, v: JsonObject) { self.metadata = Some(v) }
        /// [`metadata`](Self::metadata) from an `Option`: `None` unsets it.
        pub fn maybe_metadata(&mut self, v: Option<JsonObject>) { self.metadata = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<JsonObject>,
    /// The answer's format: text, any JSON object, or JSON following a schema.
    #[builder(via_mutators, mutators(
        /// The answer's format: text, any JSON object, or JSON following a schema.
        pub fn response_format(&mut self, v: ResponseFormat) { self.response_format = Some(v) }
        /// [`response_format`](Self::response_format) from an `Option`: `None` unsets it.
        pub fn maybe_response_format(&mut self, v: Option<ResponseFormat>) { self.response_format = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_format: Option<ResponseFormat>,
    /// Tools the model may call.
    #[builder(via_mutators, mutators(
        /// Tools the model may call.
        pub fn tools(&mut self, v: impl Into<Vec<Tool>>) { self.tools = Some(v.into()) }
        /// [`tools`](Self::tools) from an `Option`: `None` unsets it.
        pub fn maybe_tools(&mut self, v: Option<impl Into<Vec<Tool>>>) { self.tools = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<Tool>>,
    /// Whether and which tool the model must call.
    #[builder(via_mutators, mutators(
        /// Whether and which tool the model must call.
        pub fn tool_choice(&mut self, v: impl Into<ToolChoice>) { self.tool_choice = Some(v.into()) }
        /// [`tool_choice`](Self::tool_choice) from an `Option`: `None` unsets it.
        pub fn maybe_tool_choice(&mut self, v: Option<impl Into<ToolChoice>>) {
            self.tool_choice = v.map(Into::into)
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ToolChoice>,
    /// Penalty on tokens already present, `-2.0..=2.0`.
    #[builder(via_mutators, mutators(
        /// Penalty on tokens already present, `-2.0..=2.0`.
        pub fn presence_penalty(&mut self, v: impl Into<Penalty>) { self.presence_penalty = Some(v.into()) }
        /// [`presence_penalty`](Self::presence_penalty) from an `Option`: `None` unsets it.
        pub fn maybe_presence_penalty(&mut self, v: Option<impl Into<Penalty>>) {
            self.presence_penalty = v.map(Into::into)
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presence_penalty: Option<Penalty>,
    /// Penalty by token frequency, `-2.0..=2.0`.
    #[builder(via_mutators, mutators(
        /// Penalty by token frequency, `-2.0..=2.0`.
        pub fn frequency_penalty(&mut self, v: impl Into<Penalty>) { self.frequency_penalty = Some(v.into()) }
        /// [`frequency_penalty`](Self::frequency_penalty) from an `Option`: `None` unsets it.
        pub fn maybe_frequency_penalty(&mut self, v: Option<impl Into<Penalty>>) {
            self.frequency_penalty = v.map(Into::into)
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency_penalty: Option<Penalty>,
    /// Number of completions to return (at least 1).
    #[builder(via_mutators, mutators(
        /// Number of completions to return (at least 1).
        pub fn n(&mut self, v: u32) { self.n = Some(v) }
        /// [`n`](Self::n) from an `Option`: `None` unsets it.
        pub fn maybe_n(&mut self, v: Option<u32>) { self.n = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<u32>,
    /// Expected output, to speed up generation when most of it is known.
    #[builder(via_mutators, mutators(
        /// Expected output, to speed up generation when most of it is known.
        pub fn prediction(&mut self, v: impl Into<Prediction>) { self.prediction = Some(v.into()) }
        /// [`prediction`](Self::prediction) from an `Option`: `None` unsets it.
        pub fn maybe_prediction(&mut self, v: Option<impl Into<Prediction>>) {
            self.prediction = v.map(Into::into)
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prediction: Option<Prediction>,
    /// Whether the model may make several tool calls in one turn.
    #[builder(via_mutators, mutators(
        /// Whether the model may make several tool calls in one turn.
        pub fn parallel_tool_calls(&mut self, v: bool) { self.parallel_tool_calls = Some(v) }
        /// [`parallel_tool_calls`](Self::parallel_tool_calls) from an `Option`: `None` unsets it.
        pub fn maybe_parallel_tool_calls(&mut self, v: Option<bool>) { self.parallel_tool_calls = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,
    /// How much the model reasons before answering (reasoning models).
    #[builder(via_mutators, mutators(
        /// How much the model reasons before answering (reasoning models).
        pub fn reasoning_effort(&mut self, v: ReasoningEffort) { self.reasoning_effort = Some(v) }
        /// [`reasoning_effort`](Self::reasoning_effort) from an `Option`: `None` unsets it.
        pub fn maybe_reasoning_effort(&mut self, v: Option<ReasoningEffort>) { self.reasoning_effort = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning_effort: Option<ReasoningEffort>,
    /// The prompt mode. `Some(None)` sends `null`, which opts out of the default system prompt.
    #[builder(via_mutators, mutators(
        /// The prompt mode: `Some(mode)`, or `None` to send `null` (which opts out of the default
        /// system prompt).
        pub fn prompt_mode(&mut self, v: Option<PromptMode>) { self.prompt_mode = Some(v) }
        /// [`prompt_mode`](Self::prompt_mode) from an `Option`: `None` unsets it (nothing sent).
        pub fn maybe_prompt_mode(&mut self, v: Option<Option<PromptMode>>) { self.prompt_mode = v }
    ))]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::double_option"
    )]
    pub prompt_mode: Option<Option<PromptMode>>,
    /// Moderation guardrails.
    #[builder(via_mutators, mutators(
        /// Moderation guardrails.
        pub fn guardrails(&mut self, v: impl Into<Vec<GuardrailConfig>>) { self.guardrails = Some(v.into()) }
        /// [`guardrails`](Self::guardrails) from an `Option`: `None` unsets it.
        pub fn maybe_guardrails(&mut self, v: Option<impl Into<Vec<GuardrailConfig>>>) {
            self.guardrails = v.map(Into::into)
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guardrails: Option<Vec<GuardrailConfig>>,
    /// A key grouping requests that share a prompt prefix, for prompt caching.
    #[builder(via_mutators, mutators(
        /// A key grouping requests that share a prompt prefix, for prompt caching.
        pub fn prompt_cache_key(&mut self, v: impl Into<String>) { self.prompt_cache_key = Some(v.into()) }
        /// [`prompt_cache_key`](Self::prompt_cache_key) from an `Option`: `None` unsets it.
        pub fn maybe_prompt_cache_key(&mut self, v: Option<impl Into<String>>) {
            self.prompt_cache_key = v.map(Into::into)
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt_cache_key: Option<String>,
    /// The service tier to use.
    #[builder(via_mutators, mutators(
        /// The service tier to use.
        pub fn service_tier(&mut self, v: ServiceTier) { self.service_tier = Some(v) }
        /// [`service_tier`](Self::service_tier) from an `Option`: `None` unsets it.
        pub fn maybe_service_tier(&mut self, v: Option<ServiceTier>) { self.service_tier = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<ServiceTier>,
    /// Inject Mistral's safety system prompt.
    #[builder(via_mutators, mutators(
        /// Inject Mistral's safety system prompt.
        pub fn safe_prompt(&mut self, v: bool) { self.safe_prompt = Some(v) }
        /// [`safe_prompt`](Self::safe_prompt) from an `Option`: `None` unsets it.
        pub fn maybe_safe_prompt(&mut self, v: Option<bool>) { self.safe_prompt = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_prompt: Option<bool>,
    /// Return the log probability of each generated token, in each choice's `logprobs`
    /// (accepted by the live API, absent from the published spec).
    #[builder(via_mutators, mutators(
        /// Return the log probability of each generated token, in each choice's `logprobs`
        /// (accepted by the live API, absent from the published spec).
        pub fn logprobs(&mut self, v: bool) { self.logprobs = Some(v) }
        /// [`logprobs`](Self::logprobs) from an `Option`: `None` unsets it.
        pub fn maybe_logprobs(&mut self, v: Option<bool>) { self.logprobs = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<bool>,
    /// How many of the most likely tokens to return at each position, with their log
    /// probabilities: `0..=20` ([`ChatRequest::MAX_TOP_LOGPROBS`]), and only with
    /// `logprobs: true` (both checked by [`validate`](ChatRequest::validate)). Accepted by the
    /// live API, absent from the published spec.
    #[builder(via_mutators, mutators(
        /// How many of the most likely tokens to return at each position, with their log
        /// probabilities: `0..=20` ([`ChatRequest::MAX_TOP_LOGPROBS`]), and only with
        /// `logprobs: true` (both checked by [`validate`](ChatRequest::validate)). Accepted by the
        /// live API, absent from the published spec.
        pub fn top_logprobs(&mut self, v: u32) { self.top_logprobs = Some(v) }
        /// [`top_logprobs`](Self::top_logprobs) from an `Option`: `None` unsets it.
        pub fn maybe_top_logprobs(&mut self, v: Option<u32>) { self.top_logprobs = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_logprobs: Option<u32>,
    /// Fields this version does not know, sent flat beside the typed ones (set them with the
    /// builder's `extra(key, value)`); unknown fields of a deserialized request land here.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet (e.g. `min_tokens`), sent flat beside the
        /// typed fields. Naming a field the type already has (see [`ChatRequest::FIELDS`] and
        /// [`ChatRequest::OFF_SPEC_FIELDS`]) is a validation error.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl ChatRequest {
    /// The most `top_logprobs` allowed: the limit of OpenAI-compatible APIs (Mistral's docs
    /// and spec state none).
    pub const MAX_TOP_LOGPROBS: u32 = 20;

    /// The wire names of the typed fields that are properties of the published spec's
    /// `ChatCompletionRequest`; the other typed fields are
    /// [`OFF_SPEC_FIELDS`](Self::OFF_SPEC_FIELDS). An `extra` field may reuse neither.
    pub const FIELDS: &'static [&'static str] = &[
        "model",
        "messages",
        "temperature",
        "top_p",
        "max_tokens",
        "stream",
        "stop",
        "random_seed",
        "metadata",
        "response_format",
        "tools",
        "tool_choice",
        "presence_penalty",
        "frequency_penalty",
        "n",
        "prediction",
        "parallel_tool_calls",
        "reasoning_effort",
        "prompt_mode",
        "guardrails",
        "prompt_cache_key",
        "service_tier",
        "safe_prompt",
    ];

    /// The wire names of the typed fields that the live API accepts but the published spec
    /// lacks (an `extra` field may not reuse one either).
    pub const OFF_SPEC_FIELDS: &'static [&'static str] = &["logprobs", "top_logprobs"];
}

impl ChatRequest {
    /// Appends a message to the conversation, in place: a [`Message`], a response's
    /// [`AssistantMessage`](crate::AssistantMessage), or a whole
    /// [`ChatCompletionResponse`](crate::ChatCompletionResponse) (its choice 0's message, see
    /// [`into_message`](crate::ChatCompletionResponse::into_message)). See
    /// [the conversation example](ChatRequest#a-conversation).
    pub fn push(&mut self, message: impl Into<Message>) -> &mut Self {
        self.messages.push(message.into());
        self
    }

    /// [`push`](Self::push), by value: `request.with_message(Message::user("And of Italy?"))`.
    #[must_use]
    pub fn with_message(mut self, message: impl Into<Message>) -> Self {
        self.messages.push(message.into());
        self
    }

    /// The function tool named `name`, if the request defines one.
    pub fn function_tool(&self, name: &str) -> Option<&crate::chat::tool::Function> {
        self.tools
            .iter()
            .flatten()
            .filter_map(Tool::as_function)
            .find(|f| f.name == name)
    }
}

macro_rules! ranged_f64 {
    ($(#[$meta:meta])* $name:ident, $field:literal, $check:ident, $range:literal) => {
        $(#[$meta])*
        ///
        /// `From<f64>` accepts any value (checked by [`ChatRequest::validate`]); the `const fn new`
        /// checks at compile time when used in a `const`.
        #[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(f64);

        impl $name {
            /// The allowed range, as text.
            pub const RANGE: &'static str = $range;

            /// A checked value. In a `const` item an out-of-range value fails the build.
            ///
            /// # Panics
            /// When `value` is out of range (at compile time in a `const` context).
            pub const fn new(value: f64) -> Self {
                assert!(Self::in_range(value), concat!($field, " out of range ", $range));
                $name(value)
            }

            /// A checked value, or `None` when out of range.
            pub const fn try_new(value: f64) -> Option<Self> {
                if Self::in_range(value) {
                    Some($name(value))
                } else {
                    None
                }
            }

            /// Whether `v` is allowed.
            pub const fn in_range(v: f64) -> bool {
                $check(v)
            }

            /// The value.
            pub const fn get(self) -> f64 {
                self.0
            }

            /// What is wrong with the value, for [`ChatRequest::validate`].
            pub(crate) fn violation(self) -> Option<String> {
                (!Self::in_range(self.0)).then(|| format!("{} is out of range {}", self.0, $range))
            }
        }

        impl From<f64> for $name {
            fn from(v: f64) -> Self {
                $name(v)
            }
        }
    };
}

// `RangeInclusive::contains` is not const.
#[allow(clippy::manual_range_contains)]
const fn temp_ok(v: f64) -> bool {
    v >= 0.0 && v <= 1.5
}
#[allow(clippy::manual_range_contains)]
const fn top_p_ok(v: f64) -> bool {
    v > 0.0 && v <= 1.0
}
#[allow(clippy::manual_range_contains)]
const fn penalty_ok(v: f64) -> bool {
    v >= -2.0 && v <= 2.0
}

ranged_f64!(
    /// Sampling temperature, `0.0..=1.5`.
    Temperature, "temperature", temp_ok, "0.0..=1.5"
);
ranged_f64!(
    /// Nucleus sampling mass, in `(0, 1]`.
    TopP, "top_p", top_p_ok, "(0.0, 1.0]"
);
ranged_f64!(
    /// A presence or frequency penalty, `-2.0..=2.0`.
    Penalty, "penalty", penalty_ok, "-2.0..=2.0"
);

/// One stop string or several.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Stop {
    /// One stop string.
    One(String),
    /// Several stop strings.
    Many(Vec<String>),
}

impl From<&str> for Stop {
    fn from(s: &str) -> Self {
        Stop::One(s.to_owned())
    }
}
impl From<String> for Stop {
    fn from(s: String) -> Self {
        Stop::One(s)
    }
}
impl From<Vec<String>> for Stop {
    fn from(v: Vec<String>) -> Self {
        Stop::Many(v)
    }
}
impl From<Vec<&str>> for Stop {
    fn from(v: Vec<&str>) -> Self {
        Stop::Many(v.into_iter().map(str::to_owned).collect())
    }
}
impl<const N: usize> From<[&str; N]> for Stop {
    fn from(v: [&str; N]) -> Self {
        Stop::Many(v.iter().map(|s| (*s).to_owned()).collect())
    }
}

/// Predicted output: `{"type":"content","content":...}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Prediction {
    #[serde(rename = "type")]
    kind: PredictionType,
    /// The expected content.
    pub content: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum PredictionType {
    Content,
}

impl Prediction {
    /// A content prediction.
    pub fn content(content: impl Into<String>) -> Self {
        Prediction {
            kind: PredictionType::Content,
            content: content.into(),
        }
    }
}

impl From<&str> for Prediction {
    fn from(s: &str) -> Self {
        Prediction::content(s)
    }
}
impl From<String> for Prediction {
    fn from(s: String) -> Self {
        Prediction::content(s)
    }
}

string_enum! {
    /// How much a reasoning model thinks before answering.
    pub enum ReasoningEffort {
        /// `none`
        None = "none",
        /// `minimal`
        Minimal = "minimal",
        /// `low`
        Low = "low",
        /// `medium`
        Medium = "medium",
        /// `high`
        High = "high",
        /// `xhigh`
        XHigh = "xhigh",
    }
}

string_enum! {
    /// The prompt mode.
    pub enum PromptMode {
        /// `reasoning`: use the reasoning system prompt.
        Reasoning = "reasoning",
    }
}

string_enum! {
    /// The requested service tier.
    pub enum ServiceTier {
        /// `auto`
        Auto = "auto",
        /// `standard_only`
        StandardOnly = "standard_only",
    }
}

string_enum! {
    /// What a moderation guardrail does on a hit.
    pub enum ModerationAction {
        /// Only report.
        None = "none",
        /// Block the request.
        Block = "block",
    }
}

/// A moderation guardrail.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GuardrailConfig {
    /// Fail with HTTP 403 when the guardrail itself errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block_on_error: Option<bool>,
    /// Moderation with the v1 moderation model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderation_llm_v1: Option<ModerationConfig<ModerationV1Thresholds>>,
    /// Moderation with the v2 moderation model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderation_llm_v2: Option<ModerationConfig<ModerationV2Thresholds>>,
}

/// A moderation model's configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModerationConfig<T> {
    /// The moderation model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_name: Option<String>,
    /// Per-category score thresholds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_category_thresholds: Option<T>,
    /// Ignore the categories without a threshold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_other_categories: Option<bool>,
    /// What to do on a hit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<ModerationAction>,
}

impl<T> Default for ModerationConfig<T> {
    fn default() -> Self {
        ModerationConfig {
            model_name: None,
            custom_category_thresholds: None,
            ignore_other_categories: None,
            action: None,
        }
    }
}

macro_rules! thresholds {
    ($(#[$meta:meta])* $name:ident { $($field:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        pub struct $name {
            $(
                #[doc = concat!("Threshold for `", stringify!($field), "`.")]
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $field: Option<f64>,
            )*
        }
    };
}

thresholds!(
    /// Category thresholds of the v1 moderation model.
    ModerationV1Thresholds {
        sexual, hate_and_discrimination, violence_and_threats, dangerous_and_criminal_content,
        selfharm, health, financial, law, pii,
    }
);
thresholds!(
    /// Category thresholds of the v2 moderation model.
    ModerationV2Thresholds {
        sexual, hate_and_discrimination, violence_and_threats, dangerous, criminal, selfharm,
        health, financial, law, pii, jailbreaking,
    }
);
