//! Fill-in-the-middle completions (`POST /v1/fim/completions`): code between a prompt and a
//! suffix. The answer and the stream chunks have the chat format
//! ([`ChatCompletionResponse`](crate::ChatCompletionResponse), [`CompletionChunk`](crate::CompletionChunk)).

use serde::{Deserialize, Serialize};
use typed_builder::TypedBuilder;

use crate::chat::request::{NewerSampling, Temperature, TopP};
use crate::chat::tool::JsonObject;
use crate::macros::completion_request;
use crate::validate::{Checker, ValidationError};

completion_request! {
    self;
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
    @temperature,
    @top_p,
    @max_tokens,
    @min_tokens,
    @stream,
    @stop,
    @random_seed,
    @metadata,
    @prompt_cache_key,
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
        c.newer_sampling(NewerSampling {
            max_tokens: self.max_tokens,
            min_tokens: self.min_tokens,
            ..NewerSampling::default()
        });
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

crate::api::request_traits!(FimRequest, stream);
