//! A Rust SDK for the [Mistral AI](https://docs.mistral.ai) API: chat, FIM and agents
//! completions, embeddings and models.
//!
//! This crate re-exports the workspace's crates so you depend on one:
//! - [`types`] (`mistral-types`): the wire types, builders, validation and JSON schemas;
//!   the most used ones are re-exported at the root.
//! - the client (`mistral-client`): [`Client`], [`ChatStream`], [`Error`], retries, timeouts,
//!   the [`Transport`] seam, and with the `test-util` feature the `test_util` fakes.
//!
//! ```no_run
//! use mistral::{ChatRequest, Client, Message};
//!
//! # async fn run() -> Result<(), mistral::Error> {
//! let client = Client::from_env()?;
//! let request = ChatRequest::builder()
//!     .model("mistral-small-latest")
//!     .messages([Message::system("Be brief."), Message::user("Hi")])
//!     .temperature(0.3)
//!     .build();
//! let mut stream = client.chat().stream(&request).await?.text();
//! while let Some(delta) = stream.next().await {
//!     print!("{}", delta?);
//! }
//! # Ok(()) }
//! ```
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub use mistral_client::*;
pub use mistral_types as types;
pub use mistral_types::{
    AgentsRequest, AssistantMessage, Capability, ChatCompletionResponse, ChatRequest, CompletionChunk,
    Content, ContentChunk, Embedding, EmbeddingDtype, EmbeddingInput, EmbeddingRequest, EmbeddingVectors,
    EncodingFormat, FimRequest, FinishReason, Message, ModelCard, ModelList, ResponseFormat, Tool, ToolCall,
    ToolChoice, UpdateModelRequest, Usage,
};

// The README's examples compile as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
