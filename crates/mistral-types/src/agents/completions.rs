//! Agents completions (`POST /v1/agents/completions`): a conversation answered by an agent
//! configured on the platform. The answer and the stream chunks have the chat format.

use serde::{Deserialize, Serialize};
use typed_builder::TypedBuilder;

use crate::chat::message::Message;
use crate::chat::request::NewerSampling;
use crate::chat::tool::{JsonObject, Tool, ToolChoice};
use crate::macros::completion_request;
use crate::validate::{Checker, ConversationParts, ValidationError};

completion_request! {
    self;
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
    @max_tokens,
    @stream,
    @stop,
    @random_seed,
    @metadata,
    @response_format,
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
    @logprobs,
    @top_logprobs,
    @prompt_logprobs,
    @top_prompt_logprobs,
    @min_tokens,
    @repetition_penalty,
    @top_k,
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

    /// The wire names of the typed fields: the properties of `AgentsCompletionRequest` in the
    /// published spec and those the newer API added (the spec supplement's
    /// `AgentsCompletionStreamRequest`).
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
        "logprobs",
        "top_logprobs",
        "prompt_logprobs",
        "top_prompt_logprobs",
        "min_tokens",
        "repetition_penalty",
        "top_k",
    ];

    /// The wire names of the typed fields that neither API description has (an `extra` field
    /// may not reuse one either). Empty: `logprobs` and `top_logprobs` are in the newer
    /// description (the spec supplement), so in [`FIELDS`](Self::FIELDS).
    pub const OFF_SPEC_FIELDS: &'static [&'static str] = &[];

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
        c.newer_sampling(NewerSampling::of(self));
        c.extra(&self.extra, Self::FIELDS);
        c.extra(&self.extra, Self::OFF_SPEC_FIELDS);
        c.finish()
    }
}

crate::api::request_traits!(AgentsRequest, conversation);
