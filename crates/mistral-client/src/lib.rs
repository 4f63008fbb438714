// Layering: which file may use which. A file uses only files on its own floor or below;
// nothing reaches up (a macro may name an upper item in the code it expands to, since that
// code lives where it is expanded).
//
//   5. client.rs (the handle accessors, `Client::builder`), builder.rs (makes the state)
//   4. api/, generated/, paginate, poll, structured, tools, blocking, realtime/: the handles
//      and helpers over them
//   3. pipeline.rs (`Core`, `Call`), calls.rs, stream.rs, upload.rs, ops.rs: the one request
//      pipeline and what it sends and returns
//   2. state.rs: `Client` and the state it shares (`Inner`), read by the pipeline
//   1. transport.rs, proxy.rs: the network seam
//   0. error, meta, retry, config, redact, json, headers, sse: the ground floor (error and
//      meta, retry over error, headers over redact)
//
// Known exceptions, to be removed: stream.rs and upload.rs take types from pipeline.rs, which
// takes `EventStream` and `Multipart` from them; ops.rs reads the generated operations table.
//! The HTTP client for the [Mistral AI](https://docs.mistral.ai) API: chat, FIM and agents
//! completions, embeddings, models, moderation and classification, OCR, files and batch jobs,
//! each a handle of its own ([`Chat`], [`Embeddings`],
//! ... in [`api`]) over one request pipeline.
//!
//! - [`Client`]: `Clone + Send + Sync`, one connection pool, built with [`Client::builder`]
//!   or [`Client::from_env`].
//! - [`Transport`]: the single seam between the client and the network. The default is hyper
//!   1.x with rustls (ring); tests swap in the fakes of the `test-util` feature.
//! - Retries ([`RetryPolicy`]) and timeouts by phase ([`Timeouts`]) with documented defaults.
//! - [`ChatStream`]: server-sent events parsed without copies ([`sse`]) into typed chunks.
//! - One opaque [`Error`] with predicates and accessors.
//!
//! # Complete
//!
//! ```no_run
//! # async fn run() -> Result<(), mistral::Error> {
//! use mistral::Client;
//! use mistral::chat::{ChatRequest, Message};
//!
//! let client = Client::from_env()?;
//! let request = ChatRequest::builder()
//!     .model("mistral-small-latest")
//!     .messages([Message::user("Say hi")])
//!     .build();
//! let response = client.chat().complete(&request).await?;
//! println!("{} (request id {:?})", response.text(), response.meta().request_id());
//! # Ok(()) }
//! ```
//!
//! # Stream
//!
//! ```no_run
//! # async fn run() -> Result<(), mistral::Error> {
//! # use mistral::Client;
//! # use mistral::chat::{ChatRequest, Message};
//! # let client = Client::from_env()?;
//! # let request = ChatRequest::builder().model("m").messages([Message::user("hi")]).build();
//! let mut text = client.chat().stream(&request).await?.text();
//! while let Some(delta) = text.next().await {
//!     print!("{}", delta?);
//! }
//! # Ok(()) }
//! ```
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod api;
#[cfg(feature = "blocking")]
#[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
pub mod blocking;
mod builder;
// The call shapes the handles share (a read, a JSON body, an upload's pair of methods).
mod calls;
mod client;
mod config;
mod error;
mod headers;
// Generated from the spec (`cargo xtask codegen`): a module per API group behind its feature.
pub mod generated;
mod json;
mod meta;
mod ops;
mod paginate;
mod pipeline;
mod poll;
mod proxy;
// Realtime transcription over a WebSocket (`client.audio().realtime(model)`).
#[cfg(feature = "realtime")]
mod realtime;
mod redact;

/// Re-exported: naming a status, a header or a body needs no extra dependency.
pub use bytes::Bytes;
pub use http;
pub use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
mod retry;
pub mod sse;
mod state;
mod stream;
mod structured;
mod timer;
mod tools;
mod transport;
mod upload;

#[cfg(feature = "test-util")]
#[cfg_attr(docsrs, doc(cfg(feature = "test-util")))]
pub mod test_util;

pub use api::{Audio, Voices};
#[cfg(feature = "realtime")]
#[cfg_attr(docsrs, doc(cfg(feature = "realtime")))]
pub use realtime::{
    AudioEncoding, AudioFormat, RealtimeBuilder, RealtimeEvent, RealtimeSession, RealtimeSessionInfo,
    RealtimeSessionUpdate, RealtimeTranscription,
};
// Document libraries (issue #23).
pub use api::{
    Agents, Batch, Chat, Classifiers, Conversations, Embeddings, Files, Fim, Models, Moderations, Ocr,
};
pub use api::{Documents, Libraries};
pub use builder::ClientBuilder;
pub use client::{Client, DEFAULT_BASE_URL};
pub use config::{Timeouts, DEFAULT_MAX_RESPONSE_BYTES};
pub use error::{BoxError, Error, ErrorKind, Result, TimeoutPhase};
pub use meta::{RateLimits, ResponseMeta, WithMeta};
pub use paginate::{ItemStream, Page, PageStream, Paginator};
pub use pipeline::{CallOptions, StreamChunk, StreamSummary};
pub use retry::RetryPolicy;
pub use stream::{ChatStream, ChoiceTextStream, EventStream, TextStream};
pub use structured::{
    ConversationStructuredEvent, ConversationStructuredStream, Parsed, PartialFunctionCalls,
    PartialToolCalls, StructuredEvent, StructuredStream,
};
pub use tools::{ToolContext, ToolFn, ToolFnWithContext, ToolOutput, ToolRun, Tools};
pub use transport::{
    Body, DefaultTransport, RequestBody, StreamingFuture, Transport, TransportError, TransportErrorKind,
    TransportFuture,
};
pub use upload::UploadProgress;

#[cfg(test)]
mod assertions {
    fn send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_sync() {
        send_sync::<super::Client>();
        send_sync::<super::Error>();
        send_sync::<super::ChatStream>();
        send_sync::<super::TextStream>();
    }
}

// The README's examples compile as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
