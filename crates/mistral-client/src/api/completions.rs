//! What chat, FIM and agents completions share: a request with a `stream` flag, answered as a
//! [`ChatCompletionResponse`] or as a [`ChatStream`] of chat-format chunks.

use mistral_types::{ChatCompletionResponse, StreamableRequest};

use super::Sealed;
use crate::error::Result;
use crate::meta::WithMeta;
use crate::pipeline::{Call, Handle};
use crate::stream::ChatStream;

/// A completions endpoint (chat, FIM, agents): its path and request type.
pub trait CompletionsApi: Sealed + 'static {
    /// The request body.
    type Request: StreamableRequest;
    /// The path under the API root.
    const PATH: &'static str;
    /// `gen_ai.operation.name` in traces.
    const OPERATION: &'static str;
}

/// Declares a completions endpoint: its marker type, the `CompletionsApi` impl, and the
/// handle alias (documented by the caller).
macro_rules! completions_api {
    ($(#[$doc:meta])* $alias:ident = $marker:ident($request:ty, $path:literal, $operation:literal)) => {
        #[doc = concat!("The marker type of [`", stringify!($alias), "`] (`POST ", $path, "`).")]
        #[derive(Debug)]
        pub enum $marker {}

        impl $crate::api::Sealed for $marker {}

        impl $crate::api::CompletionsApi for $marker {
            type Request = $request;
            const PATH: &'static str = $path;
            const OPERATION: &'static str = $operation;
        }

        $(#[$doc])*
        pub type $alias<'a> = $crate::pipeline::Handle<'a, $marker>;
    };
}
pub(crate) use completions_api;

impl<K: CompletionsApi> Handle<'_, K> {
    /// Sends `request` with `stream: false` and returns the completion with the response
    /// metadata (status, headers, request id, rate limits). The request is validated first:
    /// nothing is sent when it is invalid.
    ///
    /// # Errors
    /// Invalid request, API error status (after retries), timeouts, connection and decode errors.
    pub async fn complete(&self, request: &K::Request) -> Result<WithMeta<ChatCompletionResponse>> {
        let body = self.encode_streamable(request, false)?;
        self.fetch(Call::post(K::OPERATION, K::PATH, body).about(request))
            .await
    }

    /// Sends `request` with `stream: true` and returns the event stream once the response
    /// headers arrive. An error status fails this call (with the parsed body), not the stream.
    ///
    /// # Errors
    /// As [`complete`](Self::complete), plus a non-`text/event-stream` content type.
    pub async fn stream(&self, request: &K::Request) -> Result<ChatStream> {
        let body = self.encode_streamable(request, true)?;
        self.event_stream(Call::post(K::OPERATION, K::PATH, body).about(request))
            .await
    }
}
