//! The agent object, its creation and update requests, and version aliases.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use typed_builder::TypedBuilder;

use crate::agents::list::AgentSource;
use crate::api::{request_traits, RequestTelemetry, Telemetry};
use crate::chat::message::Message;
use crate::chat::request::GuardrailConfig;
use crate::chat::tool::{JsonObject, Tool};
use crate::conversations::{AgentVersion, CompletionArgs};
use crate::models::Timestamp;
use crate::validate::{Checker, ConversationParts, ValidationError};

/// The most characters of a `version_message` (the spec's `maxLength`).
pub const VERSION_MESSAGE_MAX_CHARS: usize = 500;

/// The longest alias name (the spec's `maxLength`).
pub const AGENT_ALIAS_MAX_LEN: usize = 64;

/// An agent (`Agent` in the spec): what create, update, get, list and the version calls return.
///
/// Lenient, as every response: each field the spec marks required may be absent or `null`
/// (strings read as empty, lists as empty, the rest as `None`), unknown tool kinds are kept as
/// [`Tool::Unknown`], and unknown fields land in [`extra`](Self::extra).
///
/// ```
/// use mistral::agents::{Agent, AgentSource};
/// let agent: Agent = serde_json::from_str(r#"{
///     "object": "agent", "id": "ag_1", "name": "librarian", "model": "mistral-medium-latest",
///     "instructions": "Be brief.", "tools": [{"type": "web_search"}, {"type": "time_travel"}],
///     "handoffs": ["ag_2"], "version": 2, "versions": [0, 1, 2],
///     "created_at": "2025-05-01T10:00:00Z", "updated_at": "2025-05-02T10:00:00Z",
///     "deployment_chat": false, "source": "api", "version_message": "v2", "owner_id": "u_1"
/// }"#)?;
/// assert_eq!((agent.id.as_str(), agent.version, agent.versions.len()), ("ag_1", Some(2), 3));
/// assert_eq!(agent.tools[1].type_name(), Some("time_travel"));
/// assert_eq!(agent.source, Some(AgentSource::Api));
/// assert_eq!(agent.owner_id.as_deref(), Some("u_1"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Agent {
    /// `"agent"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The agent's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// Its name.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: String,
    /// The model it runs on.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub model: String,
    /// Its system instructions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// What the agent is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its tools; unknown kinds kept as [`Tool::Unknown`].
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub tools: Vec<Tool>,
    /// Its sampling settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_args: Option<CompletionArgs>,
    /// Its moderation guardrails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guardrails: Option<Vec<GuardrailConfig>>,
    /// The ids of the agents it may hand off to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handoffs: Option<Vec<String>>,
    /// Free-form metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<JsonObject>,
    /// The version this object describes (the current one, unless a version was asked for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Every version of the agent.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub versions: Vec<i64>,
    /// When the agent was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// When this version was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Whether the agent is deployed to Le Chat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_chat: Option<bool>,
    /// Where the agent was made (`api`, `playground`, ...; unknown values kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<AgentSource>,
    /// The message describing this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_message: Option<String>,
    /// The id of the user who owns the agent (newer than the published spec; absent from
    /// older servers' answers, and `null` for an agent without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// Any other field the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Agent {
    /// The function tool named `name`, if the agent has one.
    pub fn function_tool(&self, name: &str) -> Option<&crate::chat::tool::Function> {
        self.tools
            .iter()
            .filter_map(Tool::as_function)
            .find(|f| f.name == name)
    }

    /// This object's version, to pin a conversation to it (`None` when the server sent none).
    pub fn agent_version(&self) -> Option<AgentVersion> {
        self.version.map(AgentVersion::Number)
    }
}

/// Creates an agent (`POST /v1/agents`; `CreateAgentRequest` in the spec).
///
/// `model` and `name` are required at compile time; every other option is omitted when unset.
///
/// ```
/// use mistral::agents::AgentCreationRequest;
/// use mistral::chat::Tool;
///
/// #[derive(schemars::JsonSchema, serde::Deserialize)]
/// struct GetWeather { city: String }
///
/// let request = AgentCreationRequest::builder()
///     .model("mistral-medium-latest")
///     .name("weather")
///     .instructions("Answer with the weather.")
///     .tools([Tool::function::<GetWeather>("get_weather", "Current weather"), Tool::web_search()])
///     .handoffs(["ag_translator"])
///     .version_message("first version")
///     .build();
/// request.validate()?;
/// let json = serde_json::to_value(&request)?;
/// assert_eq!(json["handoffs"][0], "ag_translator");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// ```compile_fail
/// use mistral::agents::AgentCreationRequest;
/// let request = AgentCreationRequest::builder().name("no model").build();
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AgentCreationRequest`], from [`AgentCreationRequest::builder`]. `model` \
        and `name` are required, once each: `build()` does not compile without them. The optional setters \
        (`.x(v)`, `.maybe_x(opt)`) keep the builder's type, so they may be called conditionally, or again \
        (the last call wins)."
    )
)]
pub struct AgentCreationRequest {
    /// The model the agent runs on.
    #[builder(setter(into))]
    pub model: String,
    /// The agent's name.
    #[builder(setter(into))]
    pub name: String,
    /// System instructions.
    #[builder(via_mutators, mutators(
        /// System instructions.
        pub fn instructions(&mut self, v: impl Into<String>) { self.instructions = Some(v.into()) }
        /// [`instructions`](Self::instructions) from an `Option`: `None` unsets it.
        pub fn maybe_instructions(&mut self, v: Option<impl Into<String>>) { self.instructions = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// Tools the agent may use: functions, built-in tools, connectors.
    #[builder(via_mutators, mutators(
        /// Tools the agent may use: functions, built-in tools, connectors.
        pub fn tools(&mut self, v: impl Into<Vec<Tool>>) { self.tools = Some(v.into()) }
        /// [`tools`](Self::tools) from an `Option`: `None` unsets it.
        pub fn maybe_tools(&mut self, v: Option<impl Into<Vec<Tool>>>) { self.tools = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<Tool>>,
    /// Sampling settings.
    #[builder(via_mutators, mutators(
        /// Sampling settings.
        pub fn completion_args(&mut self, v: CompletionArgs) { self.completion_args = Some(v) }
        /// [`completion_args`](Self::completion_args) from an `Option`: `None` unsets it.
        pub fn maybe_completion_args(&mut self, v: Option<CompletionArgs>) { self.completion_args = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_args: Option<CompletionArgs>,
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
    /// What the agent is for.
    #[builder(via_mutators, mutators(
        /// What the agent is for.
        pub fn description(&mut self, v: impl Into<String>) { self.description = Some(v.into()) }
        /// [`description`](Self::description) from an `Option`: `None` unsets it.
        pub fn maybe_description(&mut self, v: Option<impl Into<String>>) { self.description = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The ids of the agents it may hand off to (at least one when set).
    #[builder(via_mutators, mutators(
        /// The ids of the agents it may hand off to (at least one).
        pub fn handoffs<I: Into<String>>(&mut self, v: impl IntoIterator<Item = I>) {
            self.handoffs = Some(v.into_iter().map(Into::into).collect())
        }
        /// [`handoffs`](Self::handoffs) from an `Option`: `None` unsets it.
        pub fn maybe_handoffs(&mut self, v: Option<Vec<String>>) { self.handoffs = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handoffs: Option<Vec<String>>,
    /// Free-form metadata.
    #[builder(via_mutators, mutators(
        /// Free-form metadata.
        pub fn metadata(&mut self, v: JsonObject) { self.metadata = Some(v) }
        /// [`metadata`](Self::metadata) from an `Option`: `None` unsets it.
        pub fn maybe_metadata(&mut self, v: Option<JsonObject>) { self.metadata = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<JsonObject>,
    /// A message describing this first version (at most 500 characters).
    #[builder(via_mutators, mutators(
        /// A message describing this first version (at most 500 characters).
        pub fn version_message(&mut self, v: impl Into<String>) { self.version_message = Some(v.into()) }
        /// [`version_message`](Self::version_message) from an `Option`: `None` unsets it.
        pub fn maybe_version_message(&mut self, v: Option<impl Into<String>>) {
            self.version_message = v.map(Into::into)
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_message: Option<String>,
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

impl AgentCreationRequest {
    /// The wire names of the typed fields (the spec's `CreateAgentRequest` properties).
    pub const FIELDS: &'static [&'static str] = &[
        "model",
        "name",
        "instructions",
        "tools",
        "completion_args",
        "guardrails",
        "description",
        "handoffs",
        "metadata",
        "version_message",
    ];

    /// Checks the request: `model` and `name` not empty, the tools (as chat checks them), the
    /// completion arguments' ranges, handoffs (at least one, none empty) and the version
    /// message's length.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("model", &self.model);
        c.non_empty("name", &self.name);
        check_common(
            &mut c,
            &Common {
                tools: self.tools.as_deref(),
                completion_args: self.completion_args.as_ref(),
                handoffs: self.handoffs.as_deref(),
                version_message: self.version_message.as_deref(),
            },
        );
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

/// Updates an agent (`PATCH /v1/agents/{agent_id}`; `UpdateAgentRequest` in the spec), making
/// a new version of it.
///
/// Every field is optional; unset fields are not sent and keep their value. The fields the spec
/// makes nullable can also be cleared (`clear_instructions()` and friends send `null`).
/// A request that sets nothing is a validation error, so that no empty update goes out.
///
/// ```
/// use mistral::agents::AgentUpdateRequest;
///
/// let request = AgentUpdateRequest::builder()
///     .instructions("Answer in French.")
///     .clear_handoffs()
///     .version_message("French only")
///     .build();
/// request.validate()?;
/// let json = serde_json::to_value(&request)?;
/// assert_eq!(json, serde_json::json!({
///     "instructions": "Answer in French.", "handoffs": null, "version_message": "French only"
/// }));
/// assert!(AgentUpdateRequest::builder().build().validate().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there). The
// nullable ones are tri-state: absent (unchanged), `null` (cleared), or a value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AgentUpdateRequest`], from [`AgentUpdateRequest::builder`]. Every setter \
        (`.x(v)`, `.maybe_x(opt)`, `.clear_x()`) keeps the builder's type, so it may be called conditionally, \
        or again (the last call wins)."
    )
)]
pub struct AgentUpdateRequest {
    /// A new model.
    #[builder(via_mutators, mutators(
        /// A new model.
        pub fn model(&mut self, v: impl Into<String>) { self.model = Some(v.into()) }
        /// [`model`](Self::model) from an `Option`: `None` unsets it.
        pub fn maybe_model(&mut self, v: Option<impl Into<String>>) { self.model = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// A new name.
    #[builder(via_mutators, mutators(
        /// A new name.
        pub fn name(&mut self, v: impl Into<String>) { self.name = Some(v.into()) }
        /// [`name`](Self::name) from an `Option`: `None` unsets it.
        pub fn maybe_name(&mut self, v: Option<impl Into<String>>) { self.name = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New instructions; `Some(None)` clears them.
    #[builder(via_mutators, mutators(
        /// New instructions.
        pub fn instructions(&mut self, v: impl Into<String>) { self.instructions = Some(Some(v.into())) }
        /// Clears the instructions (sends `null`).
        pub fn clear_instructions(&mut self) { self.instructions = Some(None) }
        /// [`instructions`](Self::instructions) from an `Option`: `None` leaves them unchanged.
        pub fn maybe_instructions(&mut self, v: Option<impl Into<String>>) {
            self.instructions = v.map(|v| Some(v.into()))
        }
    ))]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::double_option"
    )]
    pub instructions: Option<Option<String>>,
    /// The new tool list (replaces the old one; an empty list removes every tool).
    #[builder(via_mutators, mutators(
        /// The new tool list (replaces the old one; an empty list removes every tool).
        pub fn tools(&mut self, v: impl Into<Vec<Tool>>) { self.tools = Some(v.into()) }
        /// [`tools`](Self::tools) from an `Option`: `None` leaves them unchanged.
        pub fn maybe_tools(&mut self, v: Option<impl Into<Vec<Tool>>>) { self.tools = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<Tool>>,
    /// New sampling settings.
    #[builder(via_mutators, mutators(
        /// New sampling settings.
        pub fn completion_args(&mut self, v: CompletionArgs) { self.completion_args = Some(v) }
        /// [`completion_args`](Self::completion_args) from an `Option`: `None` leaves them unchanged.
        pub fn maybe_completion_args(&mut self, v: Option<CompletionArgs>) { self.completion_args = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_args: Option<CompletionArgs>,
    /// New guardrails; `Some(None)` clears them.
    #[builder(via_mutators, mutators(
        /// New guardrails.
        pub fn guardrails(&mut self, v: impl Into<Vec<GuardrailConfig>>) { self.guardrails = Some(Some(v.into())) }
        /// Clears the guardrails (sends `null`).
        pub fn clear_guardrails(&mut self) { self.guardrails = Some(None) }
    ))]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::double_option"
    )]
    pub guardrails: Option<Option<Vec<GuardrailConfig>>>,
    /// A new description; `Some(None)` clears it.
    #[builder(via_mutators, mutators(
        /// A new description.
        pub fn description(&mut self, v: impl Into<String>) { self.description = Some(Some(v.into())) }
        /// Clears the description (sends `null`).
        pub fn clear_description(&mut self) { self.description = Some(None) }
    ))]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::double_option"
    )]
    pub description: Option<Option<String>>,
    /// New handoff targets (at least one); `Some(None)` removes every handoff.
    #[builder(via_mutators, mutators(
        /// New handoff targets, by agent id (at least one).
        pub fn handoffs<I: Into<String>>(&mut self, v: impl IntoIterator<Item = I>) {
            self.handoffs = Some(Some(v.into_iter().map(Into::into).collect()))
        }
        /// Removes every handoff (sends `null`: the spec allows no empty list).
        pub fn clear_handoffs(&mut self) { self.handoffs = Some(None) }
    ))]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::double_option"
    )]
    pub handoffs: Option<Option<Vec<String>>>,
    /// Whether the agent is deployed to Le Chat.
    #[builder(via_mutators, mutators(
        /// Whether the agent is deployed to Le Chat.
        pub fn deployment_chat(&mut self, v: bool) { self.deployment_chat = Some(v) }
        /// [`deployment_chat`](Self::deployment_chat) from an `Option`: `None` leaves it unchanged.
        pub fn maybe_deployment_chat(&mut self, v: Option<bool>) { self.deployment_chat = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_chat: Option<bool>,
    /// New metadata; `Some(None)` clears it.
    #[builder(via_mutators, mutators(
        /// New metadata.
        pub fn metadata(&mut self, v: JsonObject) { self.metadata = Some(Some(v)) }
        /// Clears the metadata (sends `null`).
        pub fn clear_metadata(&mut self) { self.metadata = Some(None) }
    ))]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::double_option"
    )]
    pub metadata: Option<Option<JsonObject>>,
    /// A message describing the new version (at most 500 characters).
    #[builder(via_mutators, mutators(
        /// A message describing the new version (at most 500 characters).
        pub fn version_message(&mut self, v: impl Into<String>) { self.version_message = Some(v.into()) }
        /// [`version_message`](Self::version_message) from an `Option`: `None` unsets it.
        pub fn maybe_version_message(&mut self, v: Option<impl Into<String>>) {
            self.version_message = v.map(Into::into)
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_message: Option<String>,
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

impl AgentUpdateRequest {
    /// The wire names of the typed fields (the spec's `UpdateAgentRequest` properties).
    pub const FIELDS: &'static [&'static str] = &[
        "model",
        "name",
        "instructions",
        "tools",
        "completion_args",
        "guardrails",
        "description",
        "handoffs",
        "deployment_chat",
        "metadata",
        "version_message",
    ];

    /// Checks the request: something to update, `model` and `name` not empty when set, the
    /// tools, the completion arguments, handoffs (at least one, none empty; clear them with
    /// `clear_handoffs()`) and the version message's length.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        if *self == Self::default() {
            c.push("request", "sets nothing: an update needs at least one field");
        }
        if let Some(m) = &self.model {
            c.non_empty("model", m);
        }
        if let Some(n) = &self.name {
            c.non_empty("name", n);
        }
        check_common(
            &mut c,
            &Common {
                tools: self.tools.as_deref(),
                completion_args: self.completion_args.as_ref(),
                handoffs: self.handoffs.as_ref().and_then(Option::as_deref),
                version_message: self.version_message.as_deref(),
            },
        );
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

/// What creation and update share, checked the same way.
struct Common<'a> {
    tools: Option<&'a [Tool]>,
    completion_args: Option<&'a CompletionArgs>,
    handoffs: Option<&'a [String]>,
    version_message: Option<&'a str>,
}

fn check_common(c: &mut Checker, p: &Common<'_>) {
    if let Some(tools) = p.tools {
        // Chat's tool rules (function names, parameter schemas, library and connector ids):
        // its checker wants a conversation, so give it a stand-in that breaks none of its
        // message rules.
        let mut sub = Checker::default();
        sub.conversation(&ConversationParts {
            messages: &[Message::user("")],
            tools: Some(tools),
            tool_choice: None,
            response_format: None,
            presence_penalty: None,
            frequency_penalty: None,
            n: None,
        });
        merge(c, "", sub.finish());
    }
    if let Some(args) = p.completion_args {
        merge(c, "completion_args.", args.validate());
    }
    if let Some(handoffs) = p.handoffs {
        if handoffs.is_empty() {
            c.push(
                "handoffs",
                "must contain at least one agent id (clear handoffs with null)",
            );
        }
        for (i, h) in handoffs.iter().enumerate() {
            c.non_empty(&format!("handoffs[{i}]"), h);
        }
    }
    if let Some(m) = p.version_message {
        let n = m.chars().count();
        if n > VERSION_MESSAGE_MAX_CHARS {
            c.push(
                "version_message",
                format!("{n} characters: at most {VERSION_MESSAGE_MAX_CHARS}"),
            );
        }
    }
}

/// Moves the violations of a nested check into `c`, each path prefixed.
fn merge(c: &mut Checker, prefix: &str, result: Result<(), ValidationError>) {
    if let Err(e) = result {
        for v in e.violations() {
            c.push(format!("{prefix}{}", v.path), v.message.clone());
        }
    }
}

impl Telemetry for AgentCreationRequest {
    fn telemetry(&self) -> RequestTelemetry<'_> {
        RequestTelemetry {
            model: Some(&self.model),
            ..Default::default()
        }
    }
}

impl Telemetry for AgentUpdateRequest {
    fn telemetry(&self) -> RequestTelemetry<'_> {
        RequestTelemetry {
            model: self.model.as_deref(),
            ..Default::default()
        }
    }
}

request_traits!(AgentCreationRequest);
request_traits!(AgentUpdateRequest);

/// Checks an alias name against the spec's rule: 1 to 64 characters, lowercase ASCII letters,
/// digits, `_` and `-`, starting with a letter and ending with a letter or a digit
/// (`^[a-z]([a-z0-9_-]*[a-z0-9])?$`).
///
/// ```
/// use mistral::agents::validate_alias;
/// assert!(validate_alias("production").is_ok());
/// assert!(validate_alias("v2-canary_1").is_ok());
/// assert!(validate_alias("Prod").is_err());
/// assert!(validate_alias("2fast").is_err());
/// assert!(validate_alias("trailing-").is_err());
/// ```
///
/// # Errors
/// A [`ValidationError`] on the `alias` path saying what is wrong.
pub fn validate_alias(alias: &str) -> Result<(), ValidationError> {
    let mut c = Checker::default();
    check_alias(&mut c, alias);
    c.finish()
}

fn check_alias(c: &mut Checker, alias: &str) {
    let b = alias.as_bytes();
    let bad_char = alias
        .chars()
        .find(|ch| !(ch.is_ascii_lowercase() || ch.is_ascii_digit() || matches!(ch, '_' | '-')));
    let problem = match (b.first(), b.last()) {
        (None, _) | (_, None) => Some("must not be empty".to_owned()),
        _ if b.len() > AGENT_ALIAS_MAX_LEN => {
            Some(format!("{} bytes: at most {AGENT_ALIAS_MAX_LEN}", b.len()))
        }
        (Some(first), _) if !first.is_ascii_lowercase() => {
            Some("must start with a lowercase letter (a-z)".to_owned())
        }
        (_, Some(last)) if !(last.is_ascii_lowercase() || last.is_ascii_digit()) => {
            Some("must end with a lowercase letter or a digit".to_owned())
        }
        _ => bad_char.map(|bad| format!("{bad:?} is not allowed: only a-z, 0-9, `_` and `-`")),
    };
    if let Some(message) = problem {
        c.push("alias", format!("{alias:?}: {message}"));
    }
}

/// Points an alias at a version (`PUT /v1/agents/{agent_id}/aliases?alias=..&version=..`),
/// creating the alias or moving it.
///
/// ```
/// use mistral::agents::AliasAssignment;
/// let assign = AliasAssignment::new("production", 3);
/// assign.validate()?;
/// assert_eq!(assign.to_query(), "alias=production&version=3");
/// assert!(AliasAssignment::new("Production!", 3).validate().is_err());
/// # Ok::<(), mistral::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AliasAssignment {
    /// The alias name (see [`validate_alias`]).
    pub alias: String,
    /// The version it points to.
    pub version: i64,
}

impl AliasAssignment {
    /// `alias` pointing at `version`.
    pub fn new(alias: impl Into<String>, version: i64) -> Self {
        AliasAssignment {
            alias: alias.into(),
            version,
        }
    }

    /// Checks the alias name and that the version is not negative.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        check_alias(&mut c, &self.alias);
        if self.version < 0 {
            c.push("version", format!("{} is negative", self.version));
        }
        c.finish()
    }

    /// The query string (without `?`).
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        q.push("alias", &self.alias);
        q.opt("version", Some(self.version));
        q.0
    }
}

/// A version alias of an agent (`AgentAliasResponse` in the spec): what creating, moving and
/// listing aliases return. Lenient: absent or `null` fields read as empty or `None`; unknown
/// fields land in [`extra`](Self::extra).
///
/// ```
/// use mistral::agents::AgentAlias;
/// let alias: AgentAlias = serde_json::from_str(
///     r#"{"alias":"production","version":3,"created_at":"2025-05-01T10:00:00Z","updated_at":"2025-05-02T10:00:00Z"}"#,
/// )?;
/// assert_eq!((alias.alias.as_str(), alias.version), ("production", Some(3)));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AgentAlias {
    /// The alias name.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub alias: String,
    /// The version it points to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// When the alias was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// When it last moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Any other field the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl AgentAlias {
    /// The alias as an [`AgentVersion`], to pin a conversation to whatever it points at.
    pub fn agent_version(&self) -> AgentVersion {
        AgentVersion::Alias(self.alias.clone())
    }
}
