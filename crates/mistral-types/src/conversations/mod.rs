//! Conversations (`/v1/conversations`, beta): an agent or a model keeps the conversation on
//! the server, runs built-in tools and hands off between agents. The requests (start, append,
//! restart) and their builders, the entries a conversation is made of, the responses, the
//! stream's named events, and the fold that rebuilds a response from them.
//!
//! Tools are [`chat`](crate::chat)'s [`Tool`](crate::chat::Tool) union (functions from Rust
//! types, web search, code interpreter, image generation, document libraries, connectors);
//! message content is chat's [`Content`](crate::chat::Content).
//!
//! ```
//! use mistral::chat::Tool;
//! use mistral::conversations::{ConversationRequest, ConversationResponse, Entry};
//!
//! #[derive(schemars::JsonSchema, serde::Deserialize)]
//! struct GetWeather { city: String }
//!
//! let request = ConversationRequest::builder()
//!     .inputs("Weather in Paris?")
//!     .model("mistral-medium-latest")
//!     .tools([Tool::function::<GetWeather>("get_weather", "Current weather"), Tool::web_search()])
//!     .build();
//! request.validate()?;
//! # let response: ConversationResponse = serde_json::from_str(r#"{"conversation_id":"conv_1","outputs":[
//! #   {"type":"function.call","tool_call_id":"c1","name":"get_weather","arguments":"{\"city\":\"Paris\"}"}],"usage":{}}"#)?;
//! // let response = client.conversations().start(&request).await?;
//! let mut results = Vec::new();
//! for call in response.function_calls() {
//!     let args: GetWeather = call.parse_arguments()?;
//!     results.push(call.result(format!("22 °C in {}", args.city)));
//! }
//! assert_eq!(results[0], Entry::function_result("c1", "22 °C in Paris"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub(crate) mod entry;
pub(crate) mod event;
pub(crate) mod fold;
pub(crate) mod list;
pub(crate) mod request;
pub(crate) mod response;

pub use entry::{
    AgentHandoffEntry, BuiltinConnector, ConfirmationStatus, ConversationInputs, Entry, EntryMeta,
    FunctionCallEntry, FunctionResultEntry, InputRole, MessageInputEntry, MessageOutputEntry, Producer,
    ToolExecutionEntry,
};
pub use event::{
    AgentHandoffDoneEvent, AgentHandoffStartedEvent, ConversationEvent, ConversationEventView, DeltaContent,
    DeltaContentView, FunctionCallDeltaEvent, FunctionCallDeltaView, MessageOutputDeltaEvent,
    MessageOutputDeltaView, ResponseDoneEvent, ResponseErrorEvent, ResponseStartedEvent,
    ToolExecutionDeltaEvent, ToolExecutionDeltaView, ToolExecutionDoneEvent, ToolExecutionStartedEvent,
};
pub use fold::ConversationAccumulator;
pub use list::{ConversationListQuery, ConversationListQueryBuilder};
pub use request::{
    AgentVersion, CompletionArgs, Confirmation, ConversationAppendRequest, ConversationAppendRequestBuilder,
    ConversationRequest, ConversationRequestBuilder, ConversationRestartRequest,
    ConversationRestartRequestBuilder, HandoffExecution, ToolConfirmation,
};
pub use response::{
    Conversation, ConversationHistory, ConversationMessages, ConversationResponse, ConversationUsage,
};
