//! What the client needs of every request type, as traits: one request pipeline serves them all.

use serde::Serialize;

use crate::chat::message::Message;
use crate::chat::tool::{ResponseFormat, Tool, ToolChoice};
use crate::validate::ValidationError;

/// A request body of one of the API's operations.
pub trait ApiRequest: Serialize {
    /// Checks the request before it is sent: nothing is sent when this fails.
    ///
    /// # Errors
    /// Every violation, each with its field path.
    fn check(&self) -> Result<(), ValidationError>;

    /// What a trace records of the request (never its content).
    fn telemetry(&self) -> RequestTelemetry<'_> {
        RequestTelemetry::default()
    }
}

/// The request attributes of the OpenTelemetry GenAI conventions (`gen_ai.request.*`,
/// `gen_ai.agent.id`): settings only, never messages or inputs.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RequestTelemetry<'a> {
    /// `gen_ai.request.model`
    pub model: Option<&'a str>,
    /// `gen_ai.agent.id`
    pub agent_id: Option<&'a str>,
    /// `gen_ai.request.temperature`
    pub temperature: Option<f64>,
    /// `gen_ai.request.top_p`
    pub top_p: Option<f64>,
    /// `gen_ai.request.max_tokens`
    pub max_tokens: Option<u32>,
}

/// A request that can be answered as a whole or as a stream of chunks (its `stream` flag).
pub trait StreamableRequest: ApiRequest + Clone {
    /// The `stream` flag as the caller set it.
    fn stream_flag(&self) -> Option<bool>;
    /// Sets the `stream` flag.
    fn set_stream_flag(&mut self, on: bool);
}

/// A request carrying a conversation with tools and a response format (chat and agents
/// completions): what the structured-output and tool-loop helpers work on.
pub trait Conversation: StreamableRequest {
    /// The conversation so far.
    fn messages_mut(&mut self) -> &mut Vec<Message>;
    /// The response format.
    fn response_format_mut(&mut self) -> &mut Option<ResponseFormat>;
    /// The tools.
    fn tools_mut(&mut self) -> &mut Option<Vec<Tool>>;
    /// The tool choice.
    fn tool_choice_mut(&mut self) -> &mut Option<ToolChoice>;
}

/// Implements the request traits for a type with `stream`, and (with `conversation`) with
/// `messages`, `response_format`, `tools` and `tool_choice` fields.
macro_rules! request_traits {
    ($ty:ty) => {
        impl $crate::api::ApiRequest for $ty {
            fn check(&self) -> Result<(), $crate::validate::ValidationError> {
                self.validate()
            }
            fn telemetry(&self) -> $crate::api::RequestTelemetry<'_> {
                $crate::api::Telemetry::telemetry(self)
            }
        }
    };
    ($ty:ty, stream) => {
        $crate::api::request_traits!($ty);
        impl $crate::api::StreamableRequest for $ty {
            fn stream_flag(&self) -> Option<bool> {
                self.stream
            }
            fn set_stream_flag(&mut self, on: bool) {
                self.stream = Some(on);
            }
        }
    };
    ($ty:ty, conversation) => {
        $crate::api::request_traits!($ty, stream);
        impl $crate::api::Conversation for $ty {
            fn messages_mut(&mut self) -> &mut Vec<$crate::Message> {
                &mut self.messages
            }
            fn response_format_mut(&mut self) -> &mut Option<$crate::ResponseFormat> {
                &mut self.response_format
            }
            fn tools_mut(&mut self) -> &mut Option<Vec<$crate::Tool>> {
                &mut self.tools
            }
            fn tool_choice_mut(&mut self) -> &mut Option<$crate::ToolChoice> {
                &mut self.tool_choice
            }
        }
    };
}
pub(crate) use request_traits;

request_traits!(crate::chat::request::ChatRequest, conversation);

/// Each request type's telemetry (what `ApiRequest::telemetry` returns).
pub(crate) trait Telemetry {
    fn telemetry(&self) -> RequestTelemetry<'_>;
}

/// Chat and FIM requests carry a model and the three sampling settings.
macro_rules! sampling_telemetry {
    ($($ty:ty),*) => {$(
        impl Telemetry for $ty {
            fn telemetry(&self) -> RequestTelemetry<'_> {
                RequestTelemetry {
                    model: Some(&self.model),
                    temperature: self.temperature.map(|t| t.get()),
                    top_p: self.top_p.map(|t| t.get()),
                    max_tokens: self.max_tokens,
                    ..Default::default()
                }
            }
        }
    )*};
}
sampling_telemetry!(crate::chat::request::ChatRequest, crate::fim::FimRequest);

impl Telemetry for crate::agents::AgentsRequest {
    fn telemetry(&self) -> RequestTelemetry<'_> {
        RequestTelemetry {
            agent_id: Some(&self.agent_id),
            max_tokens: self.max_tokens,
            ..Default::default()
        }
    }
}

impl Telemetry for crate::models::UpdateModelRequest {
    fn telemetry(&self) -> RequestTelemetry<'_> {
        RequestTelemetry::default()
    }
}

/// Embeddings, moderation and classification requests carry a model only.
macro_rules! model_only_telemetry {
    ($($ty:ty),*) => {$(
        impl Telemetry for $ty {
            fn telemetry(&self) -> RequestTelemetry<'_> {
                RequestTelemetry {
                    model: Some(&self.model),
                    ..Default::default()
                }
            }
        }
    )*};
}
model_only_telemetry!(
    crate::embeddings::EmbeddingRequest,
    crate::moderation::ClassificationRequest,
    crate::moderation::ChatModerationRequest,
    crate::moderation::ChatClassificationRequest,
    crate::ocr::OcrRequest
);
