//! Chat completions (`POST /v1/chat/completions`): the request and its builder, messages by
//! role, content chunks, tools and response formats, the response, and the stream's chunks with
//! the readers that fold them. FIM and agents completions share the messages, tools and
//! response types defined here.

pub(crate) mod content;
pub(crate) mod message;
pub(crate) mod request;
pub(crate) mod response;
pub(crate) mod stream;
pub(crate) mod tool;

pub use crate::schema::{make_strict, schema_name, strict_schema_for};
pub use content::{
    data_url, AudioChunk, Content, ContentChunk, DocumentUrlChunk, FileChunk, ImageDetail, ImageUrl,
    ImageUrlChunk, ReferenceChunk, ReferenceId, TextChunk, ThinkChunk, ThinkingPart, ToolFileChunk,
    ToolReferenceChunk,
};
pub use message::{
    Arguments, AssistantMessage, FunctionCall, Message, Role, SystemMessage, ToolCall, ToolCallType,
    ToolMessage, UserMessage,
};
pub use request::{
    ChatRequest, ChatRequestBuilder, GuardrailConfig, ModerationAction, ModerationConfig,
    ModerationV1Thresholds, ModerationV2Thresholds, Penalty, Prediction, PromptMode, ReasoningEffort,
    ServiceTier, Stop, Temperature, TopP,
};
pub use response::{
    ChatChoice, ChatCompletionResponse, ChoiceLogprobs, FinishReason, TokenDetails, TokenLogprob, TopLogprob,
    Usage,
};
pub use stream::{
    ChoiceView, ChoicesView, ChunkReader, ChunkView, CompletionChunk, ContentView, Delta, DeltaView,
    StreamAccumulator, StreamChoice,
};
pub use tool::{
    BuiltinTool, ConnectorAuth, ConnectorTool, DocumentLibraryTool, Function, FunctionTool, JsonObject,
    JsonSchemaFormat, ResponseFormat, ResponseFormatType, Tool, ToolChoice, ToolChoiceMode,
    ToolConfiguration,
};
