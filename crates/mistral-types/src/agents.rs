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
/// use mistral_types::{AgentsRequest, Message};
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
/// use mistral_types::{AgentsRequest, Message};
/// let request = AgentsRequest::builder().messages([Message::user("Hi")]).build(); // no agent_id
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    field_defaults(default, setter(strip_option(fallback_prefix = "maybe_")))
)]
pub struct AgentsRequest {
    /// The agent's id.
    #[builder(!default, setter(!strip_option, into))]
    pub agent_id: String,
    /// The conversation so far: anything iterable of messages (an array, a `Vec`, an
    /// iterator, or `&[Message]`, cloned).
    #[builder(!default, setter(!strip_option, transform = |messages: impl IntoIterator<Item = impl Into<Message>>| messages.into_iter().map(Into::into).collect()))]
    pub messages: Vec<Message>,
    /// The most tokens to generate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<u32>,
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
    /// The answer's format: text, any JSON object, or JSON following a schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_format: Option<ResponseFormat>,
    /// Tools the agent may call (beside its own).
    #[builder(setter(into))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<Tool>>,
    /// Whether and which tool the agent must call.
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
    /// Whether the agent may make several tool calls in one turn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,
    /// How much the model reasons before answering (reasoning models).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning_effort: Option<ReasoningEffort>,
    /// The prompt mode. `Some(None)` sends `null`.
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
    /// Return the log probability of each generated token, in each choice's `logprobs`
    /// (accepted by the live API, absent from the published spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<bool>,
    /// How many of the most likely tokens to return at each position: `0..=20`
    /// ([`ChatRequest::MAX_TOP_LOGPROBS`](crate::ChatRequest::MAX_TOP_LOGPROBS)), and only with
    /// `logprobs: true` (both checked by [`validate`](AgentsRequest::validate)).
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
