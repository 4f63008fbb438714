//! Tools the model may call, tool choice, and structured-output response formats.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::macros::{open_union, string_enum};
use crate::schema::strict_schema_for;

open_union! {
    /// A tool the model may use (`type`-tagged on the wire).
    pub enum Tool {
        /// A function you implement: the model returns calls with JSON arguments.
        "function" => Function(FunctionTool),
        /// Built-in web search.
        "web_search" => WebSearch(BuiltinTool),
        /// Built-in premium web search.
        "web_search_premium" => WebSearchPremium(BuiltinTool),
        /// Built-in code interpreter.
        "code_interpreter" => CodeInterpreter(BuiltinTool),
        /// Built-in image generation.
        "image_generation" => ImageGeneration(BuiltinTool),
        /// Built-in search over document libraries.
        "document_library" => DocumentLibrary(DocumentLibraryTool),
        /// A custom connector.
        "connector" => Connector(ConnectorTool),
    }
}

impl Tool {
    /// A function tool whose parameters are the strict JSON schema of `Args` (see
    /// [`strict_schema_for`]), with `strict: true`.
    pub fn function<Args: JsonSchema>(name: impl Into<String>, description: impl Into<String>) -> Self {
        Tool::Function(FunctionTool {
            function: Function {
                name: name.into(),
                description: Some(description.into()),
                parameters: strict_schema_for::<Args>(),
                strict: Some(true),
            },
        })
    }

    /// A function tool with a hand-written JSON schema for its parameters.
    pub fn function_raw(name: impl Into<String>, description: impl Into<String>, parameters: Value) -> Self {
        Tool::Function(FunctionTool {
            function: Function {
                name: name.into(),
                description: Some(description.into()),
                parameters,
                strict: None,
            },
        })
    }

    /// Built-in web search.
    pub fn web_search() -> Self {
        Tool::WebSearch(BuiltinTool::default())
    }

    /// Built-in premium web search.
    pub fn web_search_premium() -> Self {
        Tool::WebSearchPremium(BuiltinTool::default())
    }

    /// Built-in code interpreter.
    pub fn code_interpreter() -> Self {
        Tool::CodeInterpreter(BuiltinTool::default())
    }

    /// Built-in image generation.
    pub fn image_generation() -> Self {
        Tool::ImageGeneration(BuiltinTool::default())
    }

    /// Search over the given document libraries (at least one id).
    pub fn document_library<I: Into<String>>(library_ids: impl IntoIterator<Item = I>) -> Self {
        Tool::DocumentLibrary(DocumentLibraryTool {
            library_ids: library_ids.into_iter().map(Into::into).collect(),
            tool_configuration: None,
        })
    }

    /// A custom connector.
    pub fn connector(connector_id: impl Into<String>, authorization: Option<ConnectorAuth>) -> Self {
        Tool::Connector(ConnectorTool {
            connector_id: connector_id.into(),
            authorization,
            tool_configuration: None,
        })
    }

    /// The function definition, for a function tool.
    pub fn as_function(&self) -> Option<&Function> {
        match self {
            Tool::Function(f) => Some(&f.function),
            _ => None,
        }
    }

    /// A [`ToolChoice`] forcing this tool, for a function tool: ties the choice to a defined tool.
    pub fn choice(&self) -> Option<ToolChoice> {
        self.as_function().map(|f| ToolChoice::function(f.name.clone()))
    }
}

/// A function tool.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FunctionTool {
    /// The function definition.
    pub function: Function,
}

/// A function the model may call.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Function {
    /// The name (letters, digits, `_` and `-`, at most 64).
    pub name: String,
    /// What it does: the model reads this to decide when to call it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The JSON schema of the arguments (required by the API).
    pub parameters: Value,
    /// Whether the model must follow the schema exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
}

/// A built-in tool with only an optional configuration.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BuiltinTool {
    /// Which of the tool's functions to include, exclude or confirm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_configuration: Option<ToolConfiguration>,
}

/// Search over document libraries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentLibraryTool {
    /// The library ids (at least one).
    pub library_ids: Vec<String>,
    /// Optional configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_configuration: Option<ToolConfiguration>,
}

/// A custom connector.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConnectorTool {
    /// The connector id.
    pub connector_id: String,
    /// How to authenticate to the connector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<ConnectorAuth>,
    /// Optional configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_configuration: Option<ToolConfiguration>,
}

/// Connector credentials.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum ConnectorAuth {
    /// `{"type":"oauth2-token","value":...}`
    #[serde(rename = "oauth2-token")]
    OAuth2Token {
        /// The token.
        value: String,
    },
    /// `{"type":"api-key","value":...}`
    #[serde(rename = "api-key")]
    ApiKey {
        /// The key.
        value: String,
    },
}

impl std::fmt::Debug for ConnectorAuth {
    // Credentials never appear in logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConnectorAuth::OAuth2Token { .. } => f.write_str("OAuth2Token(****)"),
            ConnectorAuth::ApiKey { .. } => f.write_str("ApiKey(****)"),
        }
    }
}

/// Which functions of a built-in tool or connector are used.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ToolConfiguration {
    /// Functions to exclude.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude: Option<Vec<String>>,
    /// Functions to include.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<String>>,
    /// Functions that need confirmation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_confirmation: Option<Vec<String>>,
}

string_enum! {
    /// How the model may use tools.
    pub enum ToolChoiceMode {
        /// The model decides (the default).
        Auto = "auto",
        /// No tool calls.
        None = "none",
        /// The model must call at least one tool.
        Any = "any",
        /// The model must call at least one tool.
        Required = "required",
    }
}

/// Which tool the model may or must call: a mode, or one named function.
#[derive(Clone, Debug, PartialEq)]
pub enum ToolChoice {
    /// `"auto"`, `"none"`, `"any"` or `"required"`.
    Mode(ToolChoiceMode),
    /// `{"type":"function","function":{"name":...}}`: force this function.
    Function {
        /// The function's name; must be one of the request's function tools.
        name: String,
    },
}

impl ToolChoice {
    /// The model decides.
    pub fn auto() -> Self {
        ToolChoice::Mode(ToolChoiceMode::Auto)
    }
    /// No tool calls.
    pub fn none() -> Self {
        ToolChoice::Mode(ToolChoiceMode::None)
    }
    /// At least one tool call.
    pub fn any() -> Self {
        ToolChoice::Mode(ToolChoiceMode::Any)
    }
    /// At least one tool call.
    pub fn required() -> Self {
        ToolChoice::Mode(ToolChoiceMode::Required)
    }
    /// Force the named function.
    pub fn function(name: impl Into<String>) -> Self {
        ToolChoice::Function { name: name.into() }
    }
}

impl From<ToolChoiceMode> for ToolChoice {
    fn from(m: ToolChoiceMode) -> Self {
        ToolChoice::Mode(m)
    }
}

#[derive(Serialize, Deserialize)]
struct NamedFunction<N> {
    #[serde(rename = "type", default)]
    kind: Option<String>,
    function: FunctionName<N>,
}
#[derive(Serialize, Deserialize)]
struct FunctionName<N> {
    name: N,
}

impl Serialize for ToolChoice {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ToolChoice::Mode(m) => m.serialize(s),
            ToolChoice::Function { name } => NamedFunction {
                kind: Some("function".to_owned()),
                function: FunctionName { name: name.as_str() },
            }
            .serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ToolChoice {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        match v {
            Value::String(s) => Ok(ToolChoice::Mode(ToolChoiceMode::from(s.as_str()))),
            other => {
                let f: NamedFunction<String> =
                    serde_json::from_value(other).map_err(serde::de::Error::custom)?;
                Ok(ToolChoice::Function {
                    name: f.function.name,
                })
            }
        }
    }
}

string_enum! {
    /// The response format type.
    pub enum ResponseFormatType {
        /// Free text (the default).
        Text = "text",
        /// Any JSON object (tell the model to answer in JSON in a message too).
        JsonObject = "json_object",
        /// JSON following a schema.
        JsonSchema = "json_schema",
    }
}

/// The format of the model's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResponseFormat {
    /// The format type.
    #[serde(rename = "type")]
    pub kind: ResponseFormatType,
    /// The schema, for `json_schema`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub json_schema: Option<JsonSchemaFormat>,
}

impl ResponseFormat {
    /// Free text.
    pub fn text() -> Self {
        ResponseFormat {
            kind: ResponseFormatType::Text,
            json_schema: None,
        }
    }

    /// Any JSON object. The prompt must ask for JSON too.
    pub fn json_object() -> Self {
        ResponseFormat {
            kind: ResponseFormatType::JsonObject,
            json_schema: None,
        }
    }

    /// JSON following the strict schema derived from `T` (see [`strict_schema_for`]), named after
    /// the type, with `strict: true`.
    pub fn json_schema<T: JsonSchema>() -> Self {
        Self::json_schema_raw(crate::schema::schema_name::<T>(), strict_schema_for::<T>(), true)
    }

    /// JSON following a hand-written schema.
    pub fn json_schema_raw(name: impl Into<String>, schema: Value, strict: bool) -> Self {
        ResponseFormat {
            kind: ResponseFormatType::JsonSchema,
            json_schema: Some(JsonSchemaFormat {
                name: name.into(),
                description: None,
                schema,
                strict: Some(strict),
            }),
        }
    }
}

/// A named JSON schema for structured output.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JsonSchemaFormat {
    /// The schema's name.
    pub name: String,
    /// What the schema describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The JSON schema (an object).
    pub schema: Value,
    /// Whether the model must follow the schema exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
}

/// Free-form JSON object, as used for `metadata`.
pub type JsonObject = Map<String, Value>;
