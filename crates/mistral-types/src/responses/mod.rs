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
