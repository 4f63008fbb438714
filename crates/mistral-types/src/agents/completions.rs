//! Agents completions (`POST /v1/agents/completions`): a conversation answered by an agent
//! configured on the platform. The answer and the stream chunks have the chat format.

use serde::{Deserialize, Serialize};
use typed_builder::TypedBuilder;

use crate::chat::message::Message;
use crate::chat::request::{
    GuardrailConfig, Penalty, Prediction, PromptMode, ReasoningEffort, ServiceTier, Stop,
};
use crate::chat::tool::{JsonObject, ResponseFormat, Tool, ToolChoice};
use crate::validate::{Checker, ConversationParts, ValidationError};

/// An agents completion request.
///
/// `agent_id` and `messages` are required at compile time; every other option is omitted when
/// unset. The model, temperature and instructions come from the agent.
///
/// ```
/// use mistral::agents::AgentsRequest;
/// use mistral::chat::Message;
///
/// let request = AgentsRequest::builder()
///     .agent_id("ag_0123")
///     .messages([Message::user("Who painted the water lilies?")])
///     .max_tokens(128)
///     .build();
/// assert!(request.validate().is_ok());
/// ```
///
/// ```compile_fail
/// use mistral::agents::AgentsRequest;
/// use mistral::chat::Message;
/// let request = AgentsRequest::builder().messages([Message::user("Hi")]).build(); // no agent_id
/// ```
///
/// # Optional fields
///
/// `.max_tokens(128)`, or `.maybe_max_tokens(opt)` from an `Option` (`None` leaves it unset);
/// or assign the public field after `build()`. The optional setters keep the builder's type,
/// so they may be called conditionally. [`push`](Self::push) appends a message (or a whole
/// response) to the conversation, as [`ChatRequest::push`](crate::ChatRequest::push) does.
///
/// ```
/// use mistral::agents::AgentsRequest;
/// use mistral::chat::Message;
///
/// let (cap, stop): (Option<u32>, Option<&str>) = (Some(64), None);
/// let builder = AgentsRequest::builder()
///     .agent_id("ag_0123")
///     .messages([Message::user("Hi")]);
/// let builder = if cap.is_some() { builder.random_seed(1) } else { builder };
/// let mut request = builder.maybe_max_tokens(cap).maybe_stop(stop).build();
/// request.n = Some(1);
/// request.push(Message::assistant("Hello!")).push(Message::user("Bye"));
/// assert_eq!((request.max_tokens, request.stop.is_none(), request.messages.len()), (Some(64), true, 3));
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AgentsRequest`], from [`AgentsRequest::builder`]. `agent_id` \
        and `messages` are required, once each: `build()` does not compile without them. The optional \
        setters (`.x(v)`, `.maybe_x(opt)`) keep the builder's type, so they may be called conditionally, \
        or again (the last call wins)."
    )
)]
pub struct AgentsRequest {
    /// The agent's id.
    #[builder(setter(into))]
    pub agent_id: String,
    /// The conversation so far: anything iterable of messages (an array, a `Vec`, an
    /// iterator, or `&[Message]`, cloned).
    #[builder(setter(transform = |messages: impl IntoIterator<Item = impl Into<Message>>| messages.into_iter().map(Into::into).collect()))]
    pub messages: Vec<Message>,
    /// The most tokens to generate.
    #[builder(via_mutators, mutators(
        /// The most tokens to generate.
        pub fn max_tokens(&mut self, v: u32) { self.max_tokens = Some(v) }
        /// [`max_tokens`](Self::max_tokens) from an `Option`: `None` unsets it.
        pub fn maybe_max_tokens(&mut self, v: Option<u32>) { self.max_tokens = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<u32>,
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
    /// The answer's format: text, any JSON object, or JSON following a schema.
    #[builder(via_mutators, mutators(
        /// The answer's format: text, any JSON object, or JSON following a schema.
        pub fn response_format(&mut self, v: ResponseFormat) { self.response_format = Some(v) }
        /// [`response_format`](Self::response_format) from an `Option`: `None` unsets it.
        pub fn maybe_response_format(&mut self, v: Option<ResponseFormat>) { self.response_format = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_format: Option<ResponseFormat>,
    /// Tools the agent may call (beside its own).
    #[builder(via_mutators, mutators(
        /// Tools the agent may call (beside its own).
        pub fn tools(&mut self, v: impl Into<Vec<Tool>>) { self.tools = Some(v.into()) }
        /// [`tools`](Self::tools) from an `Option`: `None` unsets it.
        pub fn maybe_tools(&mut self, v: Option<impl Into<Vec<Tool>>>) { self.tools = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<Tool>>,
    /// Whether and which tool the agent must call.
    #[builder(via_mutators, mutators(
        /// Whether and which tool the agent must call.
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
    /// Whether the agent may make several tool calls in one turn.
    #[builder(via_mutators, mutators(
        /// Whether the agent may make several tool calls in one turn.
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
    /// The prompt mode. `Some(None)` sends `null`.
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
    /// How many of the most likely tokens to return at each position: `0..=20`
    /// ([`ChatRequest::MAX_TOP_LOGPROBS`](crate::ChatRequest::MAX_TOP_LOGPROBS)), and only with
    /// `logprobs: true` (both checked by [`validate`](AgentsRequest::validate)).
    #[builder(via_mutators, mutators(
        /// How many of the most likely tokens to return at each position: `0..=20`
        /// ([`ChatRequest::MAX_TOP_LOGPROBS`](crate::ChatRequest::MAX_TOP_LOGPROBS)), and only with
        /// `logprobs: true` (both checked by [`validate`](AgentsRequest::validate)).
        pub fn top_logprobs(&mut self, v: u32) { self.top_logprobs = Some(v) }
        /// [`top_logprobs`](Self::top_logprobs) from an `Option`: `None` unsets it.
        pub fn maybe_top_logprobs(&mut self, v: Option<u32>) { self.top_logprobs = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_logprobs: Option<u32>,
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

impl AgentsRequest {
    /// Appends a message to the conversation, in place: a [`Message`], a response's
    /// [`AssistantMessage`](crate::AssistantMessage), or a whole
    /// [`ChatCompletionResponse`](crate::ChatCompletionResponse) (its choice 0's message).
    pub fn push(&mut self, message: impl Into<Message>) -> &mut Self {
        self.messages.push(message.into());
        self
    }

    /// [`push`](Self::push), by value.
    #[must_use]
    pub fn with_message(mut self, message: impl Into<Message>) -> Self {
        self.messages.push(message.into());
        self
    }

    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &[
        "agent_id",
        "messages",
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
    ];

    /// The wire names of the typed fields that the live API accepts but the published spec
    /// lacks (an `extra` field may not reuse one either).
    pub const OFF_SPEC_FIELDS: &'static [&'static str] = &["logprobs", "top_logprobs"];

    /// Checks the spec's constraints and the server's message rules (as for chat).
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("agent_id", &self.agent_id);
        c.conversation(&ConversationParts {
            messages: &self.messages,
            tools: self.tools.as_deref(),
            tool_choice: self.tool_choice.as_ref(),
            response_format: self.response_format.as_ref(),
            presence_penalty: self.presence_penalty,
            frequency_penalty: self.frequency_penalty,
            n: self.n,
        });
        c.logprobs(self.logprobs, self.top_logprobs);
        c.extra(&self.extra, Self::FIELDS);
        c.extra(&self.extra, Self::OFF_SPEC_FIELDS);
        c.finish()
    }
}

crate::api::request_traits!(AgentsRequest, conversation);
