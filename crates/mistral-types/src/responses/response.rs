//! What the Responses endpoints return: the response, and the input-token count.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use crate::chat::tool::JsonObject;
use crate::macros::string_enum;
use crate::responses::item::{FunctionCallItem, ResponseItem};
use crate::responses::request::{Reasoning, ResponseTool, ResponseToolChoice, TextConfig};

string_enum! {
    /// Where a response stands.
    pub enum ResponseStatus {
        /// Done.
        Completed = "completed",
        /// Failed (see [`Response::error`]).
        Failed = "failed",
        /// Being written.
        InProgress = "in_progress",
        /// Cancelled.
        Cancelled = "cancelled",
        /// Waiting to start.
        Queued = "queued",
        /// Cut short (see [`Response::incomplete_details`]).
        Incomplete = "incomplete",
    }
}

/// A response (`object: "response"`): its output items, status and usage, and the settings
/// it was made with.
///
/// ```
/// use mistral::responses::{Response, ResponseStatus};
/// let response: Response = serde_json::from_str(r#"{"id":"resp_1","object":"response","created_at":1,
///     "model":"mistral-medium-latest","status":"completed","output":[{"type":"message","id":"msg_1",
///     "role":"assistant","status":"completed","content":[{"type":"output_text","text":"Paris.","annotations":[]}]}],
///     "usage":{"input_tokens":5,"output_tokens":2,"total_tokens":7},"brand_new":1}"#)?;
/// assert_eq!(response.text(), "Paris.");
/// assert_eq!(response.status, Some(ResponseStatus::Completed));
/// assert_eq!(response.extra["brand_new"], 1);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// The response id (`previous_response_id` of the next, when stored).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// `"response"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// When it was created (Unix seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<serde_json::Number>,
    /// When it was completed (Unix seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<serde_json::Number>,
    /// The model that answered.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub model: String,
    /// Where it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ResponseStatus>,
    /// The output items: messages, function calls, reasoning, and any item of a type this
    /// version does not know.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub output: Vec<ResponseItem>,
    /// The token usage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<ResponseUsage>,
    /// Why it failed (status `failed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ResponseError>,
    /// Why it was cut short (status `incomplete`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incomplete_details: Option<IncompleteDetails>,
    /// The instructions it was made with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The response it continued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_response_id: Option<String>,
    /// The tools it was made with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<ResponseTool>>,
    /// The tool choice it was made with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ResponseToolChoice>,
    /// Whether parallel tool calls were allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,
    /// The reasoning settings it was made with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<Reasoning>,
    /// The text settings it was made with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<TextConfig>,
    /// The sampling temperature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// The nucleus sampling mass.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// The output token limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<u64>,
    /// The metadata it was made with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl Response {
    /// The output text: every `output_text` part of the output messages, joined in order.
    pub fn text(&self) -> String {
        self.output
            .iter()
            .filter_map(ResponseItem::as_message)
            .map(|m| m.text())
            .collect()
    }

    /// The function calls of the output, in order.
    pub fn function_calls(&self) -> impl Iterator<Item = &FunctionCallItem> {
        self.output.iter().filter_map(ResponseItem::as_function_call)
    }

    /// The refusal, when the model refused.
    pub fn refusal(&self) -> Option<&str> {
        self.output
            .iter()
            .filter_map(ResponseItem::as_message)
            .find_map(|m| m.refusal())
    }

    /// Whether the status is `completed`.
    pub fn is_completed(&self) -> bool {
        self.status == Some(ResponseStatus::Completed)
    }

    /// Parses the output text as JSON into `T` (structured output, with a `json_schema` or
    /// `json_object` text format). A response cut short by the token limit is reported as
    /// truncation.
    ///
    /// # Errors
    /// [`ParseError`](crate::ParseError) holding the text: no text, not JSON, or not a `T`.
    pub fn parse_text<T: serde::de::DeserializeOwned>(&self) -> Result<T, crate::ParseError> {
        let text = self.text();
        if text.trim().is_empty() {
            return Err(crate::ParseError::no_content());
        }
        let cut = self.status == Some(ResponseStatus::Incomplete)
            && self.incomplete_details.as_ref().and_then(|d| d.reason.as_deref())
                == Some("max_output_tokens");
        match crate::ParseError::parse_str(&text) {
            Err(_) if cut => Err(crate::ParseError::truncated(text)),
            other => other,
        }
    }
}

/// A response's token usage.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ResponseUsage {
    /// Tokens read.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub input_tokens: u64,
    /// Tokens written (reasoning included).
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub output_tokens: u64,
    /// Both.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub total_tokens: u64,
    /// The input tokens' details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_tokens_details: Option<InputTokensDetails>,
    /// The output tokens' details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_tokens_details: Option<OutputTokensDetails>,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: JsonObject,
}

/// The input tokens' details.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InputTokensDetails {
    /// Tokens read from the prompt cache.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub cached_tokens: u64,
    /// Tokens written to the prompt cache.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_write_tokens: Option<u64>,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: JsonObject,
}

/// The output tokens' details.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OutputTokensDetails {
    /// Reasoning tokens.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub reasoning_tokens: u64,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: JsonObject,
}

/// Why a response failed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ResponseError {
    /// The error code (`server_error`, `rate_limit_exceeded`, `invalid_prompt`, ...; a number
    /// is read as its text).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_code"
    )]
    pub code: Option<String>,
    /// What went wrong.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub message: String,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: JsonObject,
}

/// A code as text: a string as is, a number as its digits, anything else as none.
pub(crate) fn lenient_code<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// Why a response was cut short.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IncompleteDetails {
    /// `max_output_tokens` or `content_filter`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: JsonObject,
}

/// The input-token count of a request (`object: "response.input_tokens"`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InputTokens {
    /// `"response.input_tokens"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The tokens the request's input (instructions and tools included) counts.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub input_tokens: u64,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: JsonObject,
}
