//! Fill-in-the-middle completions (`POST /v1/fim/completions`): code between a prompt and a
//! suffix. The answer and the stream chunks have the chat format
//! ([`ChatCompletionResponse`](crate::ChatCompletionResponse), [`CompletionChunk`](crate::CompletionChunk)).

use serde::{Deserialize, Serialize};
use typed_builder::TypedBuilder;

use crate::chat::request::{Stop, Temperature, TopP};
use crate::chat::tool::JsonObject;
use crate::validate::{Checker, ValidationError};

/// A FIM completion request.
///
/// `model` and `prompt` are required at compile time; every other option is omitted when unset.
///
/// ```
/// use mistral_types::FimRequest;
///
/// let request = FimRequest::builder()
///     .model("codestral-latest")
///     .prompt("def fib(n):")
///     .suffix("\nprint(fib(10))")
///     .max_tokens(64)
///     .build();
/// assert!(request.validate().is_ok());
/// ```
///
/// ```compile_fail
/// use mistral_types::FimRequest;
/// let request = FimRequest::builder().model("codestral-latest").build(); // no prompt
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    field_defaults(default, setter(strip_option(fallback_prefix = "maybe_")))
)]
pub struct FimRequest {
    /// The model id, e.g. `codestral-latest`.
    #[builder(!default, setter(!strip_option, into))]
    pub model: String,
    /// The code before the gap.
    #[builder(!default, setter(!strip_option, into))]
    pub prompt: String,
    /// The code after the gap.
    #[builder(setter(into))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
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
    /// The fewest tokens to generate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_tokens: Option<u32>,
    /// Stream the answer. The client sets this for you.
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
    /// A key grouping requests that share a prompt prefix, for prompt caching.
    #[builder(setter(into))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt_cache_key: Option<String>,
    /// Fields this version does not know, sent flat beside the typed ones.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields. Naming a
        /// field the type already has is a validation error.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl FimRequest {
    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &[
        "model",
        "prompt",
        "suffix",
        "temperature",
        "top_p",
        "max_tokens",
        "min_tokens",
        "stream",
        "stop",
        "random_seed",
        "metadata",
        "prompt_cache_key",
    ];

    /// Checks the spec's constraints.
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("model", &self.model);
        c.range("temperature", self.temperature.and_then(Temperature::violation));
        c.range("top_p", self.top_p.and_then(TopP::violation));
        if let (Some(min), Some(max)) = (self.min_tokens, self.max_tokens) {
            if min > max {
                c.push("min_tokens", format!("{min} is more than max_tokens ({max})"));
            }
        }
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

crate::api::request_traits!(FimRequest, stream);
