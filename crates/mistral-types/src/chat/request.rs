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
/// use mistral_types::{ChatRequest, Message};
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
/// use mistral_types::{ChatRequest, Message};
/// let request = ChatRequest::builder().messages([Message::user("Hi")]).build();
/// ```
///
/// A field the SDK does not know yet goes in with [`extra`](ChatRequestBuilder::extra),
/// serialized flat beside the typed fields:
///
/// ```
/// use mistral_types::{ChatRequest, Message};
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
/// use mistral_types::{ChatRequest, Message};
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    field_defaults(default, setter(strip_option(fallback_prefix = "maybe_")))
)]
pub struct ChatRequest {
    /// The model id, e.g. `mistral-large-latest`.
    #[builder(!default, setter(!strip_option, into))]
    pub model: String,
    /// The conversation so far: anything iterable of messages (an array, a `Vec`, an
    /// iterator, or `&[Message]`, cloned).
    #[builder(!default, setter(!strip_option, transform = |messages: impl IntoIterator<Item = impl Into<Message>>| messages.into_iter().map(Into::into).collect()))]
    pub messages: Vec<Message>,
    /// Sampling temperature, `0.0..=1.5`.
    #[builder(setter(into))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<Temperature>,
    /// Nucleus sampling mass, in `(0, 1]`.
    #[builder(setter(into))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<TopP>,
    /// The most tokens to generate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<u32>,
    /// Stream the answer as server-sent events. The client sets this for you
    /// (`false` for `complete`, `true` for `stream`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    /// Stop generating at this string, or at any of these strings.
    #[builder(setter(into))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop: Option<Stop>,
    /// Seed for deterministic sampling.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub random_seed: Option<u64>,
    /// Free-form metadata attached to the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<JsonObject>,
    /// The answer's format: text, any JSON object, or JSON following a schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_format: Option<ResponseFormat>,
    /// Tools the model may call.
    #[builder(setter(into))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<Tool>>,
    /// Whether and which tool the model must call.
    #[builder(setter(into))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ToolChoice>,
    /// Penalty on tokens already present, `-2.0..=2.0`.
    #[builder(setter(into))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presence_penalty: Option<Penalty>,
    /// Penalty by token frequency, `-2.0..=2.0`.
    #[builder(setter(into))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency_penalty: Option<Penalty>,
    /// Number of completions to return (at least 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<u32>,
    /// Expected output, to speed up generation when most of it is known.
    #[builder(setter(into))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prediction: Option<Prediction>,
    /// Whether the model may make several tool calls in one turn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,
    /// How much the model reasons before answering (reasoning models).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning_effort: Option<ReasoningEffort>,
    /// The prompt mode. `Some(None)` sends `null`, which opts out of the default system prompt.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::double_option"
    )]
    pub prompt_mode: Option<Option<PromptMode>>,
    /// Moderation guardrails.
    #[builder(setter(into))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guardrails: Option<Vec<GuardrailConfig>>,
    /// A key grouping requests that share a prompt prefix, for prompt caching.
    #[builder(setter(into))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt_cache_key: Option<String>,
    /// The service tier to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<ServiceTier>,
    /// Inject Mistral's safety system prompt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_prompt: Option<bool>,
    /// Return the log probability of each generated token, in each choice's `logprobs`
    /// (accepted by the live API, absent from the published spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<bool>,
    /// How many of the most likely tokens to return at each position, with their log
    /// probabilities: `0..=20` ([`ChatRequest::MAX_TOP_LOGPROBS`]), and only with
    /// `logprobs: true` (both checked by [`validate`](ChatRequest::validate)). Accepted by the
    /// live API, absent from the published spec.
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
