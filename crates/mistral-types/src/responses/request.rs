//! The Responses request (`POST /v1/responses`), its builder and what it is made of: tools,
//! tool choice, reasoning, the text format; and the input-token count request built from it.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use typed_builder::TypedBuilder;

use crate::api::{request_traits, ApiRequest, RequestTelemetry, Telemetry};
use crate::chat::request::{Temperature, TopP};
use crate::chat::tool::{JsonObject, Tool};
use crate::macros::{open_union, string_enum};
use crate::responses::item::ResponseInput;
use crate::responses::untyped;
use crate::schema::strict_schema_for;
use crate::validate::{Checker, ValidationError};

/// Creates a response (`POST /v1/responses`).
///
/// `model` and `input` are required at compile time. Every other option is a plain-value
/// setter, omitted from the JSON when unset, with a `maybe_` twin taking an `Option`; every
/// one of them reaches the wire (the text format included).
///
/// ```
/// use mistral::responses::{Reasoning, ReasoningEffortLevel, ResponseRequest, TextFormat};
///
/// #[derive(schemars::JsonSchema, serde::Deserialize)]
/// struct City { name: String, country: String }
///
/// let request = ResponseRequest::builder()
///     .model("mistral-medium-latest")
///     .input("The largest city in Japan?")
///     .instructions("Answer as JSON.")
///     .reasoning(Reasoning::effort(ReasoningEffortLevel::Low))
///     .text_format(TextFormat::json_schema::<City>())
///     .max_output_tokens(300)
///     .build();
/// request.validate()?;
/// let json = serde_json::to_value(&request)?;
/// assert_eq!(json["text"]["format"]["type"], "json_schema");
/// assert_eq!(json["text"]["format"]["name"], "City");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Without `model` or `input` it does not compile:
///
/// ```compile_fail
/// use mistral::responses::ResponseRequest;
/// let request = ResponseRequest::builder().input("Hi").build();
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ResponseRequest`], from [`ResponseRequest::builder`]. `model` and `input` \
        are required, once each: `build()` does not compile without them. The other setters keep the \
        builder's type, so they may be called conditionally, or again (the last call wins)."
    )
)]
pub struct ResponseRequest {
    /// The model, e.g. `mistral-medium-latest`.
    #[builder(setter(into))]
    pub model: String,
    /// What to send: one user message as a string, or a list of items.
    #[builder(setter(into))]
    pub input: ResponseInput,

    /// Stream the answer as typed events. The client sets this for you.
    #[builder(via_mutators, mutators(
        /// Stream the answer as typed events. The client sets this for you.
        pub fn stream(&mut self, v: bool) { self.stream = Some(v) }
        /// [`stream`](Self::stream) from an `Option`: `None` unsets it.
        pub fn maybe_stream(&mut self, v: Option<bool>) { self.stream = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,

    /// Instructions for the model (a system message that is not part of `input`).
    #[builder(via_mutators, mutators(
        /// Instructions for the model (a system message that is not part of `input`).
        pub fn instructions(&mut self, v: impl Into<String>) { self.instructions = Some(v.into()) }
        /// [`instructions`](Self::instructions) from an `Option`: `None` unsets it.
        pub fn maybe_instructions(&mut self, v: Option<impl Into<String>>) { self.instructions = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,

    /// Tools the model may call: functions (from Rust types), and built-in tool values.
    #[builder(via_mutators, mutators(
        /// Tools the model may call: functions (from Rust types), and built-in tool values.
        pub fn tools(&mut self, v: impl IntoIterator<Item = impl Into<ResponseTool>>) {
            self.tools = Some(v.into_iter().map(Into::into).collect())
        }
        /// [`tools`](Self::tools) from an `Option`: `None` unsets it.
        pub fn maybe_tools(&mut self, v: Option<Vec<ResponseTool>>) { self.tools = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<ResponseTool>>,

    /// Whether the model may, must or must not call tools, or which function it must call.
    #[builder(via_mutators, mutators(
        /// Whether the model may, must or must not call tools, or which function it must call.
        pub fn tool_choice(&mut self, v: impl Into<ResponseToolChoice>) { self.tool_choice = Some(v.into()) }
        /// [`tool_choice`](Self::tool_choice) from an `Option`: `None` unsets it.
        pub fn maybe_tool_choice(&mut self, v: Option<ResponseToolChoice>) { self.tool_choice = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ResponseToolChoice>,

    /// How much a reasoning model thinks, and whether it summarizes its reasoning.
    #[builder(via_mutators, mutators(
        /// How much a reasoning model thinks, and whether it summarizes its reasoning.
        pub fn reasoning(&mut self, v: Reasoning) { self.reasoning = Some(v) }
        /// [`reasoning`](Self::reasoning) from an `Option`: `None` unsets it.
        pub fn maybe_reasoning(&mut self, v: Option<Reasoning>) { self.reasoning = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<Reasoning>,

    /// The text output's settings: its format (text, JSON, JSON following a schema) and
    /// verbosity.
    #[builder(via_mutators, mutators(
        /// The text output's settings: its format and verbosity.
        pub fn text(&mut self, v: TextConfig) { self.text = Some(v) }
        /// [`text`](Self::text) from an `Option`: `None` unsets it.
        pub fn maybe_text(&mut self, v: Option<TextConfig>) { self.text = v }
        /// The text output's format (`text.format`), keeping the rest of `text`: e.g.
        /// [`TextFormat::json_schema`] from a Rust type.
        pub fn text_format(&mut self, v: TextFormat) {
            self.text.get_or_insert_with(TextConfig::default).format = Some(v)
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<TextConfig>,

    /// Continue from a stored response (its output and input come before this `input`).
    #[builder(via_mutators, mutators(
        /// Continue from a stored response (its output and input come before this `input`).
        pub fn previous_response_id(&mut self, v: impl Into<String>) { self.previous_response_id = Some(v.into()) }
        /// [`previous_response_id`](Self::previous_response_id) from an `Option`: `None` unsets it.
        pub fn maybe_previous_response_id(&mut self, v: Option<impl Into<String>>) {
            self.previous_response_id = v.map(Into::into)
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_response_id: Option<String>,

    /// The conversation this response belongs to (its items come before this `input`).
    #[builder(via_mutators, mutators(
        /// The conversation this response belongs to (its items come before this `input`).
        pub fn conversation(&mut self, v: impl Into<ResponseConversation>) { self.conversation = Some(v.into()) }
        /// [`conversation`](Self::conversation) from an `Option`: `None` unsets it.
        pub fn maybe_conversation(&mut self, v: Option<ResponseConversation>) { self.conversation = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation: Option<ResponseConversation>,

    /// The most tokens to generate, reasoning included.
    #[builder(via_mutators, mutators(
        /// The most tokens to generate, reasoning included.
        pub fn max_output_tokens(&mut self, v: u32) { self.max_output_tokens = Some(v) }
        /// [`max_output_tokens`](Self::max_output_tokens) from an `Option`: `None` unsets it.
        pub fn maybe_max_output_tokens(&mut self, v: Option<u32>) { self.max_output_tokens = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<u32>,

    /// The most tool calls in one response.
    #[builder(via_mutators, mutators(
        /// The most tool calls in one response.
        pub fn max_tool_calls(&mut self, v: u32) { self.max_tool_calls = Some(v) }
        /// [`max_tool_calls`](Self::max_tool_calls) from an `Option`: `None` unsets it.
        pub fn maybe_max_tool_calls(&mut self, v: Option<u32>) { self.max_tool_calls = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tool_calls: Option<u32>,

    /// Sampling temperature, `0.0..=1.5`.
    #[builder(via_mutators, mutators(
        /// Sampling temperature, `0.0..=1.5`.
        pub fn temperature(&mut self, v: impl Into<Temperature>) { self.temperature = Some(v.into()) }
        /// [`temperature`](Self::temperature) from an `Option`: `None` unsets it.
        pub fn maybe_temperature(&mut self, v: Option<Temperature>) { self.temperature = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<Temperature>,

    /// Nucleus sampling mass, in `(0, 1]`.
    #[builder(via_mutators, mutators(
        /// Nucleus sampling mass, in `(0, 1]`.
        pub fn top_p(&mut self, v: impl Into<TopP>) { self.top_p = Some(v.into()) }
        /// [`top_p`](Self::top_p) from an `Option`: `None` unsets it.
        pub fn maybe_top_p(&mut self, v: Option<TopP>) { self.top_p = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<TopP>,

    /// Whether the model may call several tools at once (the API's default: true).
    #[builder(via_mutators, mutators(
        /// Whether the model may call several tools at once (the API's default: true).
        pub fn parallel_tool_calls(&mut self, v: bool) { self.parallel_tool_calls = Some(v) }
        /// [`parallel_tool_calls`](Self::parallel_tool_calls) from an `Option`: `None` unsets it.
        pub fn maybe_parallel_tool_calls(&mut self, v: Option<bool>) { self.parallel_tool_calls = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,

    /// Keep the response on the server (for `previous_response_id`). The published
    /// description allows only `false` today; `true` is sent as given.
    #[builder(via_mutators, mutators(
        /// Keep the response on the server (for `previous_response_id`).
        pub fn store(&mut self, v: bool) { self.store = Some(v) }
        /// [`store`](Self::store) from an `Option`: `None` unsets it.
        pub fn maybe_store(&mut self, v: Option<bool>) { self.store = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<bool>,

    /// Up to 16 string pairs attached to the response.
    #[builder(via_mutators, mutators(
        /// Up to 16 string pairs attached to the response.
        pub fn metadata<K: Into<String>, V: Into<String>>(&mut self, v: impl IntoIterator<Item = (K, V)>) {
            self.metadata = Some(v.into_iter().map(|(k, v)| (k.into(), v.into())).collect())
        }
        /// [`metadata`](Self::metadata) from an `Option`: `None` unsets it.
        pub fn maybe_metadata(&mut self, v: Option<BTreeMap<String, String>>) { self.metadata = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,

    /// A key grouping requests that share a prompt prefix, for the prompt cache.
    #[builder(via_mutators, mutators(
        /// A key grouping requests that share a prompt prefix, for the prompt cache.
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
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields. Naming
        /// a typed field (see [`ResponseRequest::FIELDS`]) is a validation error.
        pub fn extra(&mut self, key: impl Into<String>, value: Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl ResponseRequest {
    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &[
        "model",
        "input",
        "stream",
        "instructions",
        "tools",
        "tool_choice",
        "reasoning",
        "text",
        "previous_response_id",
        "conversation",
        "max_output_tokens",
        "max_tool_calls",
        "temperature",
        "top_p",
        "parallel_tool_calls",
        "store",
        "metadata",
        "prompt_cache_key",
    ];

    /// The most `metadata` pairs the API takes.
    pub const MAX_METADATA: usize = 16;

    /// Checks the request: a model, a non-empty input, the sampling ranges, the tools (valid
    /// and distinct function names, schema objects), a tool choice naming a defined function,
    /// the text format, the metadata, and extra fields not naming typed ones.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("model", &self.model);
        match &self.input {
            ResponseInput::Text(t) if t.trim().is_empty() => c.push("input", "must not be empty"),
            ResponseInput::Items(i) if i.is_empty() => c.push("input", "must contain at least one item"),
            _ => {}
        }
        c.range("temperature", self.temperature.and_then(Temperature::violation));
        c.range("top_p", self.top_p.and_then(TopP::violation));
        if self.max_output_tokens == Some(0) {
            c.push("max_output_tokens", "0 is out of range: must be at least 1");
        }
        if let Some(id) = &self.previous_response_id {
            c.non_empty("previous_response_id", id);
        }
        check_tools(&mut c, self.tools.as_deref(), self.tool_choice.as_ref());
        if let Some(TextConfig {
            format: Some(format), ..
        }) = &self.text
        {
            format.check(&mut c, "text.format");
        }
        if let Some(m) = &self.metadata {
            if m.len() > Self::MAX_METADATA {
                c.push(
                    "metadata",
                    format!("{} pairs: at most {}", m.len(), Self::MAX_METADATA),
                );
            }
        }
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }

    /// The input-token count request (`POST /v1/responses/input_tokens`) for this request:
    /// the fields that count takes (model, input, instructions, tools, tool choice,
    /// reasoning, text, parallel tool calls, previous response, conversation, and `extra`),
    /// borrowed.
    pub fn input_tokens_request(&self) -> InputTokensRequest<'_> {
        InputTokensRequest {
            model: &self.model,
            input: &self.input,
            instructions: self.instructions.as_deref(),
            tools: self.tools.as_deref(),
            tool_choice: self.tool_choice.as_ref(),
            reasoning: self.reasoning.as_ref(),
            text: self.text.as_ref(),
            parallel_tool_calls: self.parallel_tool_calls,
            previous_response_id: self.previous_response_id.as_deref(),
            conversation: self.conversation.as_ref(),
            extra: &self.extra,
            request: self,
        }
    }
}

fn valid_function_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

fn check_tools(c: &mut Checker, tools: Option<&[ResponseTool]>, choice: Option<&ResponseToolChoice>) {
    let tools = tools.unwrap_or_default();
    let mut seen = std::collections::BTreeSet::new();
    for (i, t) in tools.iter().enumerate() {
        if let ResponseTool::Function(f) = t {
            if !valid_function_name(&f.name) {
                c.push(
                    format!("tools[{i}].name"),
                    format!(
                        "{:?} is not allowed: 1 to 64 of a-z, A-Z, 0-9, `_` and `-`",
                        f.name
                    ),
                );
            }
            if f.parameters.as_ref().is_some_and(|p| !p.is_object()) {
                c.push(format!("tools[{i}].parameters"), "must be a JSON schema object");
            }
            if !seen.insert(f.name.as_str()) {
                c.push(
                    format!("tools[{i}].name"),
                    format!("{:?} is defined twice", f.name),
                );
            }
        }
    }
    if let Some(ResponseToolChoice::Function(name)) = choice {
        if !seen.contains(name.as_str()) {
            c.push(
                "tool_choice",
                format!("names function {name:?}, which is not among the request's function tools"),
            );
        }
    }
}

impl Telemetry for ResponseRequest {
    fn telemetry(&self) -> RequestTelemetry<'_> {
        RequestTelemetry {
            model: Some(&self.model),
            temperature: self.temperature.map(Temperature::get),
            top_p: self.top_p.map(TopP::get),
            max_tokens: self.max_output_tokens,
            ..Default::default()
        }
    }
}

request_traits!(ResponseRequest, stream);

/// The input-token count request (`POST /v1/responses/input_tokens`), borrowed from a
/// [`ResponseRequest`] ([`ResponseRequest::input_tokens_request`]): what counts towards the
/// input, without the generation settings.
#[derive(Clone, Debug, Serialize)]
pub struct InputTokensRequest<'a> {
    model: &'a str,
    input: &'a ResponseInput,
    #[serde(skip_serializing_if = "Option::is_none")]
    instructions: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tools: Option<&'a [ResponseTool]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tool_choice: Option<&'a ResponseToolChoice>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reasoning: Option<&'a Reasoning>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a TextConfig>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parallel_tool_calls: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    previous_response_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    conversation: Option<&'a ResponseConversation>,
    #[serde(flatten)]
    extra: &'a JsonObject,
    #[serde(skip)]
    request: &'a ResponseRequest,
}

impl ApiRequest for InputTokensRequest<'_> {
    fn check(&self) -> Result<(), ValidationError> {
        self.request.validate()
    }
    fn telemetry(&self) -> RequestTelemetry<'_> {
        RequestTelemetry {
            model: Some(self.model),
            ..Default::default()
        }
    }
}

/// The conversation a response belongs to: its id, or the object form (`{"id": ...}`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ResponseConversation {
    /// The conversation's id.
    Id(String),
    /// The object form, as sent.
    Object(JsonObject),
}

impl From<&str> for ResponseConversation {
    fn from(s: &str) -> Self {
        ResponseConversation::Id(s.to_owned())
    }
}
impl From<String> for ResponseConversation {
    fn from(s: String) -> Self {
        ResponseConversation::Id(s)
    }
}

open_union! {
    /// A tool the model may call (`type`-tagged on the wire): a function (the parameters' JSON
    /// schema from a Rust type, as chat's tools), or any other tool value, kept as given
    /// ([`ResponseTool::Unknown`], e.g. built with [`ResponseTool::raw`]).
    ///
    /// ```
    /// use mistral::responses::ResponseTool;
    /// #[derive(schemars::JsonSchema, serde::Deserialize)]
    /// struct GetWeather { city: String }
    /// let tool = ResponseTool::function::<GetWeather>("get_weather", "Current weather in a city");
    /// let json = serde_json::to_value(&tool)?;
    /// assert_eq!((json["type"].as_str(), json["name"].as_str()), (Some("function"), Some("get_weather")));
    /// assert_eq!(json["parameters"]["required"][0], "city");
    /// let other = ResponseTool::raw(serde_json::json!({"type": "web_search"}));
    /// assert_eq!(other.type_name(), Some("web_search"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub enum ResponseTool {
        /// `function`: a function you implement.
        "function" => Function(FunctionToolDef),
    }
}

impl ResponseTool {
    /// A function tool whose parameters are the strict JSON schema of `Args` (see
    /// [`strict_schema_for`]), with `strict: true`.
    pub fn function<Args: JsonSchema>(name: impl Into<String>, description: impl Into<String>) -> Self {
        ResponseTool::Function(FunctionToolDef {
            name: name.into(),
            description: Some(description.into()),
            parameters: Some(strict_schema_for::<Args>()),
            strict: Some(true),
            extra: JsonObject::new(),
        })
    }

    /// A function tool with a hand-written JSON schema for its parameters.
    pub fn function_raw(name: impl Into<String>, description: impl Into<String>, parameters: Value) -> Self {
        ResponseTool::Function(FunctionToolDef {
            name: name.into(),
            description: Some(description.into()),
            parameters: Some(parameters),
            strict: None,
            extra: JsonObject::new(),
        })
    }

    /// Any other tool, as its JSON value (a `namespace` of tools, a built-in tool).
    pub fn raw(value: Value) -> Self {
        ResponseTool::Unknown(value)
    }

    /// The function definition, for a function tool.
    pub fn as_function(&self) -> Option<&FunctionToolDef> {
        match self {
            ResponseTool::Function(f) => Some(f),
            ResponseTool::Unknown(_) => None,
        }
    }
}

impl From<Tool> for ResponseTool {
    /// Chat's function tools become flat function tools (`{"type": "function", "name", ...}`);
    /// chat's other tools are kept as their JSON value.
    fn from(tool: Tool) -> Self {
        match tool {
            Tool::Function(f) => ResponseTool::Function(FunctionToolDef {
                name: f.function.name,
                description: f.function.description,
                parameters: Some(f.function.parameters),
                strict: f.function.strict,
                extra: JsonObject::new(),
            }),
            other => ResponseTool::Unknown(serde_json::to_value(&other).unwrap_or(Value::Null)),
        }
    }
}

impl From<&Tool> for ResponseTool {
    fn from(tool: &Tool) -> Self {
        ResponseTool::from(tool.clone())
    }
}

/// A function tool (`function`): flat, unlike chat's.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FunctionToolDef {
    /// The name (letters, digits, `_` and `-`, at most 64).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: String,
    /// What it does: the model reads this to decide when to call it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The JSON schema of the arguments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Value>,
    /// Whether the model must follow the schema exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

string_enum! {
    /// Whether the model may, must or must not call tools.
    pub enum ToolChoiceMode {
        /// No tool calls.
        None = "none",
        /// The model decides (the default).
        Auto = "auto",
        /// At least one tool call.
        Required = "required",
    }
}

/// The tool choice: a mode, or one function the model must call.
///
/// ```
/// use mistral::responses::{ResponseToolChoice, ToolChoiceMode};
/// assert_eq!(serde_json::to_value(ResponseToolChoice::from(ToolChoiceMode::Required))?, "required");
/// assert_eq!(
///     serde_json::to_value(ResponseToolChoice::function("get_weather"))?,
///     serde_json::json!({"type": "function", "name": "get_weather"})
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ResponseToolChoice {
    /// A mode.
    Mode(ToolChoiceMode),
    /// This function, by name.
    Function(String),
    /// Another choice object, as sent.
    Other(Value),
}

impl ResponseToolChoice {
    /// `auto`.
    pub fn auto() -> Self {
        ResponseToolChoice::Mode(ToolChoiceMode::Auto)
    }
    /// `none`.
    pub fn none() -> Self {
        ResponseToolChoice::Mode(ToolChoiceMode::None)
    }
    /// `required`.
    pub fn required() -> Self {
        ResponseToolChoice::Mode(ToolChoiceMode::Required)
    }
    /// The function `name`.
    pub fn function(name: impl Into<String>) -> Self {
        ResponseToolChoice::Function(name.into())
    }
}

impl From<ToolChoiceMode> for ResponseToolChoice {
    fn from(m: ToolChoiceMode) -> Self {
        ResponseToolChoice::Mode(m)
    }
}

impl Serialize for ResponseToolChoice {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ResponseToolChoice::Mode(m) => m.serialize(s),
            ResponseToolChoice::Function(name) => {
                serde_json::json!({"type": "function", "name": name}).serialize(s)
            }
            ResponseToolChoice::Other(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ResponseToolChoice {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::String(s) => ResponseToolChoice::Mode(ToolChoiceMode::from(s.as_str())),
            v if v.get("type").and_then(Value::as_str) == Some("function")
                && v.get("name").is_some_and(Value::is_string)
                && v.as_object().is_some_and(|o| o.len() == 2) =>
            {
                ResponseToolChoice::Function(v["name"].as_str().unwrap_or_default().to_owned())
            }
            other => ResponseToolChoice::Other(other),
        })
    }
}

/// How much a reasoning model thinks (`reasoning.effort`): the same values as chat's
/// `reasoning_effort`, so the same type.
pub use crate::chat::request::ReasoningEffort as ReasoningEffortLevel;

string_enum! {
    /// Whether and how a reasoning model summarizes its reasoning.
    pub enum ReasoningSummaryMode {
        /// `auto`
        Auto = "auto",
        /// `concise`
        Concise = "concise",
        /// `detailed`
        Detailed = "detailed",
    }
}

/// The reasoning settings (`reasoning`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Reasoning {
    /// How much the model thinks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effort: Option<ReasoningEffortLevel>,
    /// Whether and how it summarizes its reasoning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<ReasoningSummaryMode>,
    /// Fields this version does not know, kept.
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl Reasoning {
    /// This effort.
    pub fn effort(effort: ReasoningEffortLevel) -> Self {
        Reasoning {
            effort: Some(effort),
            ..Reasoning::default()
        }
    }

    /// With a summary of this kind.
    #[must_use]
    pub fn summary(mut self, summary: ReasoningSummaryMode) -> Self {
        self.summary = Some(summary);
        self
    }
}

string_enum! {
    /// How much the model writes.
    pub enum Verbosity {
        /// `low`
        Low = "low",
        /// `medium`
        Medium = "medium",
        /// `high`
        High = "high",
    }
}

/// The text output's settings (`text`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TextConfig {
    /// The format: text, JSON, JSON following a schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<TextFormat>,
    /// How much the model writes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verbosity: Option<Verbosity>,
    /// Fields this version does not know, kept.
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl TextConfig {
    /// This format.
    pub fn format(format: TextFormat) -> Self {
        TextConfig {
            format: Some(format),
            ..TextConfig::default()
        }
    }

    /// With this verbosity.
    #[must_use]
    pub fn verbosity(mut self, v: Verbosity) -> Self {
        self.verbosity = Some(v);
        self
    }
}

/// `{"type": "text"}` or `{"type": "json_object"}`: a format with nothing but its type.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlainFormat {
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

open_union! {
    /// The text output's format (`text.format`, `type`-tagged).
    ///
    /// ```
    /// use mistral::responses::TextFormat;
    /// #[derive(schemars::JsonSchema, serde::Deserialize)]
    /// struct Book { title: String, year: Option<u16> }
    /// let format = TextFormat::json_schema::<Book>();
    /// let json = serde_json::to_value(&format)?;
    /// assert_eq!(json["type"], "json_schema");
    /// assert_eq!(json["strict"], true);
    /// assert_eq!(json["schema"]["additionalProperties"], false);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub enum TextFormat {
        /// `text`: free text (the default).
        "text" => Text(PlainFormat),
        /// `json_object`: any JSON object (the prompt must ask for JSON too).
        "json_object" => JsonObject(PlainFormat),
        /// `json_schema`: JSON following a schema.
        "json_schema" => JsonSchema(JsonSchemaConfig),
    }
}

impl TextFormat {
    /// Free text.
    pub fn text() -> Self {
        TextFormat::Text(PlainFormat::default())
    }

    /// Any JSON object.
    pub fn json_object() -> Self {
        TextFormat::JsonObject(PlainFormat::default())
    }

    /// JSON following the strict schema derived from `T` (see [`strict_schema_for`]), named
    /// after the type, with `strict: true`.
    pub fn json_schema<T: JsonSchema>() -> Self {
        Self::json_schema_raw(crate::schema::schema_name::<T>(), strict_schema_for::<T>(), true)
    }

    /// JSON following a hand-written schema.
    pub fn json_schema_raw(name: impl Into<String>, schema: Value, strict: bool) -> Self {
        TextFormat::JsonSchema(JsonSchemaConfig {
            name: name.into(),
            description: None,
            schema,
            strict: Some(strict),
            extra: JsonObject::new(),
        })
    }

    fn check(&self, c: &mut Checker, path: &str) {
        if let TextFormat::JsonSchema(s) = self {
            c.non_empty(&format!("{path}.name"), &s.name);
            if !s.schema.is_object() {
                c.push(format!("{path}.schema"), "must be a JSON schema object");
            }
        }
    }
}

/// A named JSON schema for structured output (`json_schema`, flat).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct JsonSchemaConfig {
    /// The schema's name.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: String,
    /// What the schema describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The JSON schema (an object).
    #[serde(default)]
    pub schema: Value,
    /// Whether the model must follow the schema exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}
