//! What chat, FIM and agents completions share: a request with a `stream` flag, answered as a
//! [`ChatCompletionResponse`] or as a [`ChatStream`] of chat-format chunks.
//!
//! The method bodies are written once, as generic functions over the request type; the
//! `completions_handle!` macro gives each handle (`Chat`, `Fim`, `Agents`) inherent methods
//! that name its own request type, so the docs show `complete(&self, request: &ChatRequest)`.

use mistral_types::{ChatCompletionResponse, StreamableRequest};

use crate::error::Result;
use crate::meta::WithMeta;
use crate::pipeline::{Call, Core};
use crate::stream::ChatStream;

/// A completions endpoint's request: where it goes and how traces name it.
pub(crate) trait Completions: StreamableRequest {
    /// The path under the API root.
    const PATH: &'static str;
    /// `gen_ai.operation.name` in traces.
    const OPERATION: &'static str;
}

/// `complete`: the request with `stream: false`, answered as one completion.
pub(crate) async fn complete<R: Completions>(
    core: &Core<'_>,
    request: &R,
) -> Result<WithMeta<ChatCompletionResponse>> {
    let body = core.encode_streamable(request, false)?;
    core.fetch(Call::post(R::OPERATION, R::PATH, body).about(request))
        .await
}

/// `stream`: the request with `stream: true`, answered as an event stream.
pub(crate) async fn stream<R: Completions>(core: &Core<'_>, request: &R) -> Result<ChatStream> {
    let body = core.encode_streamable(request, true)?;
    core.event_stream(Call::post(R::OPERATION, R::PATH, body).about(request))
        .await
}

/// Declares a completions handle: the struct (documented by the caller), where its request
/// goes, and its `complete` and `stream` methods, typed with its request.
/// `Chat => CompletionsApi(ChatRequest, "/v1/chat/completions", "chat")`.
macro_rules! completions_handle {
    ($(#[$doc:meta])* $name:ident => CompletionsApi($request:ty, $path:literal, $operation:literal)) => {
        impl $crate::api::completions::Completions for $request {
            const PATH: &'static str = $path;
            const OPERATION: &'static str = $operation;
        }

        $crate::pipeline::handle! {
            $(#[$doc])*
            $name
        }

        impl $name<'_> {
            #[doc = concat!("Sends `request` with `stream: false` to `POST ", $path, "` and")]
            /// returns the completion with the response metadata (status, headers, request id,
            /// rate limits). The request is validated first: nothing is sent when it is invalid.
            ///
            /// # Errors
            /// Invalid request, API error status (after retries), timeouts, connection and
            /// decode errors.
            pub async fn complete(
                &self,
                request: &$request,
            ) -> $crate::Result<$crate::WithMeta<mistral_types::ChatCompletionResponse>> {
                $crate::api::completions::complete(&self.core, request).await
            }

            /// Sends `request` with `stream: true` and returns the event stream once the
            /// response headers arrive. An error status fails this call (with the parsed
            /// body), not the stream.
            ///
            /// # Errors
            /// As [`complete`](Self::complete), plus a non-`text/event-stream` content type.
            pub async fn stream(&self, request: &$request) -> $crate::Result<$crate::ChatStream> {
                $crate::api::completions::stream(&self.core, request).await
            }
        }
    };
}

pub(crate) use completions_handle;
