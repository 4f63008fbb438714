#![doc = include_str!("../README.md")]
//!
//! # Where things are
//!
//! One module per API, each with every type its handle takes and returns: [`chat`], [`fim`],
//! [`agents`], [`conversations`], [`embeddings`], [`models`], [`moderation`] (with
//! classification), [`ocr`], [`files`], [`batch`], [`audio`] (with realtime transcription,
//! feature `realtime`), [`libraries`], `responses` (feature `responses`), [`partial`]
//! (partial structured output), and the generated groups, each behind its feature
//! (`workflows`, `observability`, ...). The client itself, its errors, options and the
//! transport seam are at the root; [`prelude`] brings the everyday names in with one line. The `blocking` and
//! `test_util` modules are behind the features of the same names (docs.rs shows every
//! feature; locally, `cargo doc --all-features`).
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub use mistral_client::{
    http, BoxError, Bytes, CallOptions, Client, ClientBuilder, DefaultTransport, Error, ErrorKind, HeaderMap,
    HeaderName, HeaderValue, Method, RateLimits, RequestBody, ResponseMeta, Result, RetryPolicy, StatusCode,
    StreamChunk, StreamSummary, StreamingFuture, TimeoutPhase, Timeouts, Transport, TransportError,
    TransportErrorKind, TransportFuture, WithMeta, DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES,
};
#[doc(inline)]
pub use mistral_client::{sse, Body, EventStream};
pub use mistral_client::{ItemStream, Page, PageStream, Paginator};
pub use mistral_types::{
    ApiErrorBody, ApiRequest, Conversation, Deleted, ListResponse, ParseError, ParseErrorKind,
    RequestTelemetry, ResponseMismatch, StreamableRequest, ValidationDetail, ValidationError, Violation,
};

#[cfg(feature = "blocking")]
#[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
#[doc(inline)]
pub use mistral_client::blocking;
/// The API groups generated from the spec (`cargo xtask codegen`): `mistral::observability`,
/// `mistral::workflows`, `mistral::admin`, ..., each behind the cargo feature of its name
/// (`full` enables them all), with its wire types and handles (`client.observability()`).
// Empty, so unused, when no group's feature is on (the default build).
#[allow(unused_imports)]
#[doc(inline)]
pub use mistral_client::generated::*;
#[cfg(feature = "test-util")]
#[cfg_attr(docsrs, doc(cfg(feature = "test-util")))]
#[doc(inline)]
pub use mistral_client::test_util;

/// The schema crate the SDK derives JSON schemas with (structured output, tool parameters, OCR
/// annotations), at the version it needs. Derive through it so the versions always agree:
///
/// ```
/// use mistral::schemars::{self, JsonSchema};
///
/// #[derive(JsonSchema, serde::Deserialize)]
/// #[schemars(crate = "mistral::schemars")]
/// struct Recipe {
///     title: String,
///     steps: Vec<String>,
/// }
/// let schema = mistral::chat::strict_schema_for::<Recipe>();
/// assert_eq!(schema["additionalProperties"], false);
/// ```
pub use mistral_types::schemars;

/// Chat completions (`client.chat()`, `POST /v1/chat/completions`): the request, messages,
/// content chunks, tools, response formats, the response and its stream, structured output
/// and the tool loop. FIM and agents completions share the messages, responses and streams.
pub mod chat {
    #[doc(inline)]
    pub use mistral_client::api::chat::*;
    #[doc(inline)]
    pub use mistral_client::{
        ChatStream, ChoiceTextStream, Parsed, PartialToolCalls, StructuredEvent, StructuredStream,
        TextStream, ToolContext, ToolFn, ToolFnWithContext, ToolOutput, ToolRun, Tools,
    };
    #[doc(inline)]
    pub use mistral_types::chat::*;
}

/// Conversations (`/v1/conversations`, beta): start, append and restart requests, entries,
/// responses, the stream's named events and the fold that rebuilds a response from them.
/// Tools and content are [`chat`]'s.
pub mod conversations {
    #[doc(inline)]
    pub use mistral_client::api::conversations::*;
    #[doc(inline)]
    pub use mistral_client::{
        ConversationStructuredEvent, ConversationStructuredStream, PartialFunctionCalls,
    };
    #[doc(inline)]
    pub use mistral_types::conversations::*;
}

/// The Responses API (`client.responses()`, `POST /v1/responses`): the request and its
/// builder, input and output items, tools, text formats, the response, the stream's typed
/// events and the fold that rebuilds a response from them, structured output and the tool
/// loop over [`chat::Tools`].
#[cfg(feature = "responses")]
#[cfg_attr(docsrs, doc(cfg(feature = "responses")))]
pub mod responses {
    #[doc(inline)]
    pub use mistral_client::api::responses::*;
    #[doc(inline)]
    pub use mistral_types::responses::*;
}

/// Fill-in-the-middle completions (`client.fim()`, `POST /v1/fim/completions`); the response
/// and stream types are [`chat`]'s.
pub mod fim {
    #[doc(inline)]
    pub use mistral_client::api::fim::*;
    #[doc(inline)]
    pub use mistral_types::fim::*;
}

/// Agents completions (`client.agents()`, `POST /v1/agents/completions`); the messages,
/// response and stream types are [`chat`]'s.
pub mod agents {
    #[doc(inline)]
    pub use mistral_client::api::agents::*;
    #[doc(inline)]
    pub use mistral_types::agents::*;
}

/// Embeddings (`client.embeddings()`, `POST /v1/embeddings`): typed vectors in every dtype.
pub mod embeddings {
    #[doc(inline)]
    pub use mistral_client::api::embeddings::*;
    #[doc(inline)]
    pub use mistral_types::embeddings::*;
}

/// Models (`client.models()`): the catalogue, capabilities, fine-tuned model updates.
pub mod models {
    #[doc(inline)]
    pub use mistral_client::api::models::*;
    #[doc(inline)]
    pub use mistral_types::models::*;
}

/// Moderation and classification (`client.moderations()`, `client.classifiers()`).
pub mod moderation {
    #[doc(inline)]
    pub use mistral_client::api::moderation::*;
    #[doc(inline)]
    pub use mistral_types::moderation::*;
}

/// OCR (`client.ocr()`, `POST /v1/ocr`): documents to markdown, typed annotations.
pub mod ocr {
    #[doc(inline)]
    pub use mistral_client::api::ocr::*;
    #[doc(inline)]
    pub use mistral_types::ocr::*;
}

/// Files (`client.files()`): uploads streamed from disk with progress, listings, downloads.
pub mod files {
    #[doc(inline)]
    pub use mistral_client::api::files::*;
    #[doc(inline)]
    pub use mistral_client::UploadProgress;
    #[doc(inline)]
    pub use mistral_types::files::*;
}

/// Audio (`client.audio()`): transcription (from a file streamed from disk, bytes, a URL or an
/// uploaded file; streamed as named events or not), speech (decoded bytes, or streamed into any
/// writer), and voices.
pub mod audio {
    #[doc(inline)]
    pub use mistral_client::api::audio::*;
    #[doc(inline)]
    pub use mistral_client::UploadProgress;
    /// Realtime transcription over a WebSocket (feature `realtime`).
    #[cfg(feature = "realtime")]
    #[cfg_attr(docsrs, doc(cfg(feature = "realtime")))]
    #[doc(inline)]
    pub use mistral_client::{
        AudioEncoding, AudioFormat, RealtimeBuilder, RealtimeEvent, RealtimeSession, RealtimeSessionInfo,
        RealtimeSessionUpdate, RealtimeTranscription,
    };
    #[doc(inline)]
    pub use mistral_types::audio::*;
}

/// Batch jobs (`client.batch()`): typed JSONL input, submit, wait, typed results.
pub mod batch {
    #[doc(inline)]
    pub use mistral_client::api::batch::*;
    #[doc(inline)]
    pub use mistral_types::batch::*;
}

/// Document libraries (`client.libraries()`, beta): libraries, documents (streamed uploads,
/// processing status, text, signed URLs), sharing, and the wait for processing.
pub mod libraries {
    #[doc(inline)]
    pub use mistral_client::api::libraries::*;
    #[doc(inline)]
    pub use mistral_client::api::WaitOptions;
    #[doc(inline)]
    pub use mistral_client::UploadProgress;
    #[doc(inline)]
    pub use mistral_types::libraries::*;
}

/// Partial JSON: the value of a document still arriving ([`PartialJsonReader`](partial::PartialJsonReader)),
/// and typed partial values ([`Partial`], `#[derive(mistral::Partial)]` with the `derive` feature).
pub mod partial {
    #[doc(inline)]
    pub use mistral_types::partial::*;
}

/// A type's view while its JSON is still arriving (see [`partial`]): the trait, and with the
/// `derive` feature its derive, `#[derive(mistral::Partial)]`.
pub use mistral_types::partial::Partial;

/// The derive macros (feature `derive`): `#[derive(mistral::derive::Partial)]`.
#[cfg(feature = "derive")]
#[cfg_attr(docsrs, doc(cfg(feature = "derive")))]
pub mod derive {
    pub use mistral_types::partial::Partial;
}

/// The everyday names in one line: `use mistral::prelude::*;`.
pub mod prelude {
    pub use crate::chat::{ChatCompletionResponse, ChatRequest, Message, Tools};
    pub use crate::{Client, Error, ErrorKind, Result};
}

// Earlier paths, kept so code written against them compiles; the modules above are the homes.
#[doc(hidden)]
pub use mistral_client::api;
#[doc(hidden)]
pub use mistral_client::*;
#[doc(hidden)]
pub use mistral_types as types;
#[doc(hidden)]
pub use mistral_types::{
    AgentsRequest, AssistantMessage, Capability, ChatCompletionResponse, ChatRequest, CompletionChunk,
    Content, ContentChunk, Embedding, EmbeddingDtype, EmbeddingInput, EmbeddingRequest, EmbeddingVectors,
    EncodingFormat, FimRequest, FinishReason, Message, ModelCard, ModelList, ResponseFormat, Tool, ToolCall,
    ToolChoice, UpdateModelRequest, Usage,
};
