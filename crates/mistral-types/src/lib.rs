//! Wire types for the [Mistral AI](https://docs.mistral.ai) API: chat completions (the root
//! modules), and a module per other API: [`conversations`], [`fim`], [`agents`],
//! [`embeddings`], [`models`], [`moderation`], [`ocr`], [`files`], [`batch`], [`libraries`].
//!
//! Pure data: no I/O, no async runtime. Every type serializes to exactly what the API accepts
//! (unset options are omitted, nothing outside the spec is sent) and deserializes what the API
//! really sends (fields `null` or absent, extra keys, new enum values and chunk types).
//!
//! # Building a request
//!
//! ```
//! use mistral::chat::{ChatRequest, Message};
//!
//! let request = ChatRequest::builder()
//!     .model("mistral-large-latest")
//!     .messages([Message::system("Be brief."), Message::user("Hi")])
//!     .temperature(0.3)
//!     .build();
//! request.validate()?;
//! let json = serde_json::to_string(&request)?;
//! assert_eq!(
//!     json,
//!     r#"{"model":"mistral-large-latest","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}],"temperature":0.3}"#
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Structured output and tools from Rust types
//!
//! ```
//! use mistral::chat::{ResponseFormat, Tool};
//! use schemars::JsonSchema;
//! use serde::Deserialize;
//!
//! #[derive(JsonSchema, Deserialize)]
//! struct Book { title: String, year: Option<u16> }
//!
//! #[derive(JsonSchema, Deserialize)]
//! struct GetWeather { city: String }
//!
//! let format = ResponseFormat::json_schema::<Book>();
//! let tool = Tool::function::<GetWeather>("get_weather", "Current weather in a city");
//! # let _ = (format, tool);
//! ```
//!
//! # Compile-time checked values
//!
//! Ranged options have `const` constructors that fail the build when out of range:
//!
//! ```
//! use mistral::chat::Temperature;
//! const T: Temperature = Temperature::new(0.7);
//! ```
//!
//! ```compile_fail
//! use mistral::chat::Temperature;
//! const T: Temperature = Temperature::new(2.0); // above 1.5: does not compile
//! ```
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod agents;
mod api;
pub mod audio;
pub mod batch;
pub mod chat;
pub mod conversations;
mod de;
pub mod embeddings;
mod envelope;
mod error;
pub mod files;
pub mod fim;
// Generated from the spec (`cargo xtask codegen`), a module per API group behind its feature.
pub mod generated;
pub mod libraries;
mod macros;
pub mod models;
pub mod moderation;
pub mod ocr;
mod parse;
pub mod partial;
#[cfg(feature = "responses")]
#[cfg_attr(docsrs, doc(cfg(feature = "responses")))]
pub mod responses;
mod schema;
mod validate;

pub use agents::{AgentsRequest, AgentsRequestBuilder};
// Agents CRUD (issue #22).
pub use agents::{
    Agent, AgentAlias, AgentCreationRequest, AgentCreationRequestBuilder, AgentListPage, AgentListQuery,
    AgentSource, AgentUpdateRequest, AgentUpdateRequestBuilder, AgentVersionsQuery, AliasAssignment,
};
pub use chat::{
    data_url, Arguments, AssistantMessage, AudioChunk, BuiltinTool, ChatChoice, ChatCompletionResponse,
    ChatRequest, ChatRequestBuilder, ChoiceLogprobs, ChoiceView, ChoicesView, ChunkReader, ChunkView,
    CompletionChunk, ConnectorAuth, ConnectorTool, Content, ContentChunk, ContentView, Delta, DeltaView,
    DocumentLibraryTool, DocumentUrlChunk, FileChunk, FinishReason, Function, FunctionCall, FunctionTool,
    GuardrailConfig, ImageDetail, ImageUrl, ImageUrlChunk, JsonObject, JsonSchemaFormat, Message,
    ModerationAction, ModerationConfig, ModerationV1Thresholds, ModerationV2Thresholds, Penalty, Prediction,
    PromptMode, ReasoningEffort, ReferenceChunk, ReferenceId, ResponseFormat, ResponseFormatType, Role,
    ServiceTier, Stop, StreamAccumulator, StreamChoice, SystemMessage, Temperature, TextChunk, ThinkChunk,
    ThinkingPart, TokenDetails, TokenLogprob, Tool, ToolCall, ToolCallType, ToolChoice, ToolChoiceMode,
    ToolConfiguration, ToolFileChunk, ToolMessage, ToolReferenceChunk, TopLogprob, TopP, Usage, UserMessage,
};

pub use api::{ApiRequest, Conversation, RequestTelemetry, StreamableRequest};
pub use batch::{
    BatchBody, BatchEndpoint, BatchInput, BatchItemError, BatchJob, BatchJobList, BatchJobQuery,
    BatchJobRequest, BatchOutput, BatchProgress, BatchResult, BatchStatus,
};
pub use de::ResponseMismatch;
pub use embeddings::{
    Embedding, EmbeddingData, EmbeddingDecodeError, EmbeddingDtype, EmbeddingInput, EmbeddingRequest,
    EmbeddingRequestBuilder, EmbeddingResponse, EmbeddingVector, EmbeddingVectors, EncodingFormat,
    PackedBits, RawEmbedding,
};
pub use envelope::{Deleted, ListResponse};
pub use error::{ApiErrorBody, ValidationDetail};
pub use files::{
    DeletedFile, FileContent, FileList, FileListQuery, FileObject, FilePurpose, FileUpload, SignedUrl,
};
pub use fim::{FimRequest, FimRequestBuilder};
// Document libraries (issue #23).
pub use libraries::{
    AccessGrant, AccessLevel, CreateLibraryRequest, Document, DocumentList, DocumentStatus, DocumentUpload,
    Library, LibraryList, ProcessStatus, UpdateDocumentRequest, UpdateLibraryRequest,
};
pub use models::{
    ArchivedModel, Capability, DeletedModel, FineTunedModel, FineTunedModelType, ModelCapabilities,
    ModelCard, ModelKind, ModelList, Timestamp, UpdateModelRequest,
};
pub use moderation::{
    ChatClassificationInput, ChatClassificationRequest, ChatModerationRequest, ClassificationRequest,
    ClassificationResponse, ClassificationTargetResult, ConversationInput, InstructRequest,
    ModerationCategories, ModerationRequest, ModerationResponse, ModerationResult, TextInput,
};
pub use ocr::{
    ConfidenceGranularity, OcrDimensions, OcrDocument, OcrImage, OcrPage, OcrRequest, OcrRequestBuilder,
    OcrResponse, OcrTable, OcrUsage, Pages, TableFormat, UnknownMediaType,
};
pub use parse::{snippet, ParseError, ParseErrorKind};
pub use schema::{make_strict, schema_name, strict_schema_for};
pub use validate::{ValidationError, Violation};

/// The schema crate the JSON schemas are derived with, at the version this crate needs.
pub use schemars;

// The README's examples compile as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
