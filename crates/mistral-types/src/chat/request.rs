//! The chat completion request and its options.

use serde::{Deserialize, Serialize};
use typed_builder::TypedBuilder;

use crate::chat::message::Message;
use crate::chat::tool::{JsonObject, Tool, ToolChoice};
use crate::macros::{completion_request, string_enum};
use crate::validate::Checker;

completion_request! {
    self;
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
///     .extra("beam_width", serde_json::json!(4))
///     .build();
/// assert_eq!(serde_json::to_value(&request)?["beam_width"], 4);
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
/// The sampling fields newer than the published spec (`min_tokens`, `top_k`,
/// `repetition_penalty`, the prompt's log probabilities) are typed as the others:
///
/// ```
/// use mistral::chat::{ChatRequest, Message, ReasoningEffort};
/// let request = ChatRequest::builder()
///     .model("mistral-small-latest")
///     .messages([Message::user("Hi")])
///     .min_tokens(8)
///     .max_tokens(64)
///     .top_k(40)
///     .repetition_penalty(1.1)
///     .prompt_logprobs(true)
///     .top_prompt_logprobs(2)
///     .reasoning_effort(ReasoningEffort::Max)
///     .build();
/// let json = serde_json::to_value(&request)?;
/// assert_eq!((json["min_tokens"].as_u64(), json["top_k"].as_u64()), (Some(8), Some(40)));
/// assert_eq!(json["reasoning_effort"], "max");
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
    @temperature,
    @top_p,
    @max_tokens,
    @stream,
    @stop,
    @random_seed,
    @metadata,
    @response_format,
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
    @presence_penalty,
    @frequency_penalty,
    @n,
    @prediction,
    @parallel_tool_calls,
    @reasoning_effort,
    @prompt_mode,
    @guardrails,
    @prompt_cache_key,
    @service_tier,
    /// Inject Mistral's safety system prompt.
    #[builder(via_mutators, mutators(
        /// Inject Mistral's safety system prompt.
        pub fn safe_prompt(&mut self, v: bool) { self.safe_prompt = Some(v) }
        /// [`safe_prompt`](Self::safe_prompt) from an `Option`: `None` unsets it.
        pub fn maybe_safe_prompt(&mut self, v: Option<bool>) { self.safe_prompt = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_prompt: Option<bool>,
    @logprobs,
    @top_logprobs,
    @prompt_logprobs,
    @top_prompt_logprobs,
    @min_tokens,
    @repetition_penalty,
    @top_k,
    /// Fields this version does not know, sent flat beside the typed ones (set them with the
    /// builder's `extra(key, value)`); unknown fields of a deserialized request land here.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields. Naming a
        /// field the type already has (see [`ChatRequest::FIELDS`]) is a validation error.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}
}

impl ChatRequest {
    /// The most `top_logprobs` allowed: the limit of OpenAI-compatible APIs (Mistral's docs
    /// and spec state none).
    pub const MAX_TOP_LOGPROBS: u32 = 20;

    /// The wire names of the typed fields: the properties of `ChatCompletionRequest` in the
    /// published spec and those the newer API added (the spec supplement's
    /// `ChatCompletionStreamRequest`: `logprobs`, `top_logprobs`, `prompt_logprobs`,
    /// `top_prompt_logprobs`, `min_tokens`, `repetition_penalty`, `top_k`). An `extra` field
    /// may not reuse one.
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
        "logprobs",
        "top_logprobs",
        "prompt_logprobs",
        "top_prompt_logprobs",
        "min_tokens",
        "repetition_penalty",
        "top_k",
    ];

    /// The wire names of the typed fields that neither API description has (an `extra` field
    /// may not reuse one either). Empty: `logprobs` and `top_logprobs`, once only accepted by
    /// the live API, are in the newer description (the spec supplement), so in
    /// [`FIELDS`](Self::FIELDS).
    pub const OFF_SPEC_FIELDS: &'static [&'static str] = &[];
}

/// The sampling fields newer than the published spec that have rules, as a request holds them
/// (a request without one passes `None`).
#[derive(Clone, Copy, Default)]
pub(crate) struct NewerSampling {
    pub(crate) max_tokens: Option<u32>,
    pub(crate) min_tokens: Option<u32>,
    pub(crate) prompt_logprobs: Option<bool>,
    pub(crate) top_prompt_logprobs: Option<u32>,
    pub(crate) repetition_penalty: Option<f64>,
}

impl Checker {
    /// `min_tokens` at most `max_tokens`; `top_prompt_logprobs` within `0..=20` and only with
    /// `prompt_logprobs: true` (as `top_logprobs` with `logprobs`); `repetition_penalty` a
    /// finite number above 0 (JSON has no NaN or infinity: serde_json would send `null`).
    pub(crate) fn newer_sampling(&mut self, s: NewerSampling) {
        if let (Some(min), Some(max)) = (s.min_tokens, s.max_tokens) {
            if min > max {
                self.push("min_tokens", format!("{min} is more than max_tokens ({max})"));
            }
        }
        if let Some(top) = s.top_prompt_logprobs {
            if top > ChatRequest::MAX_TOP_LOGPROBS {
                self.push(
                    "top_prompt_logprobs",
                    format!("{top} is out of range 0..={}", ChatRequest::MAX_TOP_LOGPROBS),
                );
            }
            if s.prompt_logprobs != Some(true) {
                self.push("top_prompt_logprobs", "needs `prompt_logprobs: true`");
            }
        }
        if let Some(r) = s.repetition_penalty {
            if !(r.is_finite() && r > 0.0) {
                self.push(
                    "repetition_penalty",
                    format!("{r} is not a finite number above 0"),
                );
            }
        }
    }
}

/// A request with the newer sampling fields (chat and agents completions).
pub(crate) trait HasNewerSampling {
    fn newer_sampling(&self) -> NewerSampling;
}

macro_rules! has_newer_sampling {
    ($($ty:ty),*) => {$(
        impl HasNewerSampling for $ty {
            fn newer_sampling(&self) -> NewerSampling {
                NewerSampling {
                    max_tokens: self.max_tokens,
                    min_tokens: self.min_tokens,
                    prompt_logprobs: self.prompt_logprobs,
                    top_prompt_logprobs: self.top_prompt_logprobs,
                    repetition_penalty: self.repetition_penalty,
                }
            }
        }
    )*};
}
has_newer_sampling!(ChatRequest, crate::agents::AgentsRequest);

impl NewerSampling {
    /// The newer sampling fields of a chat or agents request.
    pub(crate) fn of(request: &impl HasNewerSampling) -> Self {
        request.newer_sampling()
    }
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
        /// `max`: the most reasoning (newer than the published spec).
        Max = "max",
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
