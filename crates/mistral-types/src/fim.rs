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
/// use mistral::fim::FimRequest;
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
/// use mistral::fim::FimRequest;
/// let request = FimRequest::builder().model("codestral-latest").build(); // no prompt
/// ```
///
/// # Optional fields
///
/// `.temperature(0.2)`, or `.maybe_temperature(opt)` from an `Option` of anything the setter
/// takes (`None` leaves it unset); or assign the public field after `build()`. The optional
/// setters keep the builder's type, so they may be called conditionally.
///
/// ```
/// use mistral::fim::FimRequest;
///
/// let (suffix, temperature, short): (Option<String>, Option<f64>, bool) = (None, Some(0.2), true);
/// let builder = FimRequest::builder().model("codestral-latest").prompt("def fib(n):");
/// let builder = if short { builder.max_tokens(32) } else { builder };
/// let mut request = builder.maybe_suffix(suffix).maybe_temperature(temperature).build();
/// request.stop = Some("\n\n".into());
/// assert_eq!((request.max_tokens, request.suffix.is_none()), (Some(32), true));
/// assert_eq!(request.temperature.map(|t| t.get()), Some(0.2));
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`FimRequest`], from [`FimRequest::builder`]. `model` and \
        `prompt` are required, once each: `build()` does not compile without them. The optional setters \
        (`.x(v)`, `.maybe_x(opt)`) keep the builder's type, so they may be called conditionally, or \
        again (the last call wins)."
    )
)]
pub struct FimRequest {
    /// The model id, e.g. `codestral-latest`.
    #[builder(setter(into))]
    pub model: String,
    /// The code before the gap.
    #[builder(setter(into))]
    pub prompt: String,
    /// The code after the gap.
    #[builder(via_mutators, mutators(
        /// The code after the gap.
        pub fn suffix(&mut self, v: impl Into<String>) { self.suffix = Some(v.into()) }
        /// [`suffix`](Self::suffix) from an `Option`: `None` unsets it.
        pub fn maybe_suffix(&mut self, v: Option<impl Into<String>>) { self.suffix = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
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
    /// The fewest tokens to generate.
    #[builder(via_mutators, mutators(
        /// The fewest tokens to generate.
        pub fn min_tokens(&mut self, v: u32) { self.min_tokens = Some(v) }
        /// [`min_tokens`](Self::min_tokens) from an `Option`: `None` unsets it.
        pub fn maybe_min_tokens(&mut self, v: Option<u32>) { self.min_tokens = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_tokens: Option<u32>,
    /// Stream the answer. The client sets this for you.
    #[builder(via_mutators, mutators(
        /// Stream the answer. The client sets this for you.
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
