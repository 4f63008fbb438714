//! The Responses API (`POST /v1/responses`, `POST /v1/responses/input_tokens`): the
//! OpenAI-style agent API, with typed items in and out, function tools, reasoning, text
//! formats and a typed event stream. The request and its builder, the items a response is
//! made of, the response, the stream's events, and the fold that rebuilds a response from
//! them.
//!
//! Every union here is open: an item, a content part, a tool, a text format or an event of a
//! type this version does not know is kept (as `Unknown`, with its raw JSON) and sent back
//! unchanged; every struct keeps the fields it does not know in `extra`.
//!
//! ```
//! use mistral::responses::{Response, ResponseItem, ResponseRequest, ResponseTool};
//!
//! #[derive(schemars::JsonSchema, serde::Deserialize)]
//! struct GetWeather { city: String }
//!
//! let request = ResponseRequest::builder()
//!     .model("mistral-medium-latest")
//!     .input("Weather in Paris?")
//!     .tools([ResponseTool::function::<GetWeather>("get_weather", "Current weather")])
//!     .build();
//! request.validate()?;
//! # let response: Response = serde_json::from_str(r#"{"id":"resp_1","model":"m","status":"completed","output":[
//! #   {"type":"function_call","id":"fc_1","call_id":"c1","name":"get_weather","arguments":"{\"city\":\"Paris\"}"}]}"#)?;
//! // let response = client.responses().create(&request).await?;
//! let mut results = Vec::new();
//! for call in response.function_calls() {
//!     let args: GetWeather = call.parse_arguments()?;
//!     results.push(call.output(format!("22 °C in {}", args.city)));
//! }
//! assert_eq!(results[0], ResponseItem::function_call_output("c1", "22 °C in Paris"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub(crate) mod event;
pub(crate) mod fold;
pub(crate) mod item;
pub(crate) mod request;
pub(crate) mod response;

pub use event::{
    ArgumentsDeltaEvent, ArgumentsDoneEvent, ContentPartEvent, ErrorEvent, OutputItemEvent, ResponseEvent,
    ResponseSnapshotEvent, TextDeltaEvent, TextDoneEvent,
};
pub use fold::ResponseAccumulator;
pub use item::{
    ContentPart, FunctionCallItem, FunctionCallOutputItem, FunctionOutput, InputFile, InputImage, InputText,
    ItemStatus, MessageContent, MessageItem, MessageRole, OutputText, ReasoningItem, ReasoningSummary,
    ReasoningText, Refusal, ResponseInput, ResponseItem,
};
pub use request::{
    FunctionToolDef, InputTokensRequest, JsonSchemaConfig, PlainFormat, Reasoning, ReasoningEffortLevel,
    ReasoningSummaryMode, ResponseConversation, ResponseRequest, ResponseRequestBuilder, ResponseTool,
    ResponseToolChoice, TextConfig, TextFormat, ToolChoiceMode, Verbosity,
};
pub use response::{
    IncompleteDetails, InputTokens, InputTokensDetails, OutputTokensDetails, Response, ResponseError,
    ResponseStatus, ResponseUsage,
};

/// The `extra` map of a `type`-tagged struct: every field the struct does not know, the tag
/// left out (the union writes it again, once).
pub(crate) fn untyped<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<crate::chat::tool::JsonObject, D::Error> {
    let mut map = <crate::chat::tool::JsonObject as serde::Deserialize>::deserialize(d)?;
    // `retain` keeps the other keys' order (a `remove` could move the last one).
    map.retain(|k, _| k != "type");
    Ok(map)
}

/// A union tagged by its `type` field (or by `$default` when it has none and has a `role`), with an
/// `Unknown(Value)` variant that keeps (and sends back unchanged) any object whose tag this
/// version does not know, or whose known tag does not parse.
macro_rules! tagged_union {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($default:expr) {
            $( $(#[$vmeta:meta])* $wire:literal => $variant:ident($ty:ty), )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant($ty), )*
            /// An object of a type this version does not know (or could not read); kept
            /// verbatim and serialized back unchanged.
            Unknown(serde_json::Value),
        }

        impl $name {
            /// The `type` tag of this value, as on the wire.
            pub fn type_name(&self) -> Option<&str> {
                match self {
                    $( Self::$variant(_) => Some($wire), )*
                    Self::Unknown(v) => v.get("type").and_then(serde_json::Value::as_str),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(v) => $crate::macros::Tagged { r#type: $wire, inner: v }.serialize(s), )*
                    Self::Unknown(v) => v.serialize(s),
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value = serde_json::Value::deserialize(d)?;
                let default: Option<&str> = $default;
                let tag = match value.get("type") {
                    Some(serde_json::Value::String(t)) => Some(t.as_str()),
                    // Only an object that has a role (a message) takes the default tag.
                    None | Some(serde_json::Value::Null) if value.get("role").is_some() => default,
                    _ => None,
                };
                let parsed = match tag {
                    $( Some($wire) => <$ty as serde::Deserialize>::deserialize(&value).ok().map(Self::$variant), )*
                    _ => None,
                };
                Ok(parsed.unwrap_or(Self::Unknown(value)))
            }
        }
    };
}
pub(crate) use tagged_union;
