//! The chat completion response and usage.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::macros::string_enum;
use crate::message::AssistantMessage;
use crate::parse::ParseError;
use crate::stream::Delta;

/// A chat completion (the answer to a non-streaming request).
///
/// Parsed leniently: fields that are `null` or absent in real responses get defaults, and
/// unknown keys are ignored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChatCompletionResponse {
    /// The completion id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// `"chat.completion"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The model that answered.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub model: String,
    /// Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<u64>,
    /// Token usage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<Usage>,
    /// The completions (one unless `n` > 1).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub choices: Vec<ChatChoice>,
}

impl ChatCompletionResponse {
    /// The first choice's assistant message.
    pub fn message(&self) -> Option<&AssistantMessage> {
        self.choices.first().and_then(|c| c.message.as_ref())
    }

    /// The first choice's text (text chunks concatenated, thinking skipped); empty if none.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        self.message().map(AssistantMessage::text).unwrap_or_default()
    }

    /// The first choice's reasoning (thinking chunks' text), empty if none.
    pub fn thinking(&self) -> String {
        self.message().map(AssistantMessage::thinking).unwrap_or_default()
    }

    /// The first choice's message as a request message, to append to the conversation:
    /// `history.push(response.into_message())`. An empty assistant message when there is none.
    ///
    /// ```
    /// use mistral_types::{ChatCompletionResponse, Message};
    /// let response: ChatCompletionResponse = serde_json::from_str(r#"{"choices": [{"index": 0,
    ///     "message": {"role": "assistant", "content": "Paris."}}]}"#)?;
    /// let mut history = vec![Message::user("Capital of France?")];
    /// history.push(response.into_message());
    /// history.push(Message::user("And of Italy?"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn into_message(self) -> crate::message::Message {
        self.choices
            .into_iter()
            .next()
            .and_then(|c| c.message)
            .unwrap_or_default()
            .into_message()
    }

    /// Parses each choice's content as JSON into `T`, in choice order.
    pub fn parse_choices<T: DeserializeOwned>(&self) -> Vec<Result<T, ParseError>> {
        self.choices.iter().map(ChatChoice::parse_json).collect()
    }
}

/// One completion.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChatChoice {
    /// The choice's index.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub index: u32,
    /// The assistant's message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<AssistantMessage>,
    /// Several messages, when the completion returns more than one (rare; undocumented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<Delta>>,
    /// Why generation stopped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finish_reason: Option<FinishReason>,
}

impl ChatChoice {
    /// Parses the content as JSON into `T`. A `length` finish reason is reported as
    /// [`ParseErrorKind::Truncated`](crate::ParseErrorKind::Truncated) when the text does not parse.
    ///
    /// # Errors
    /// [`ParseError`] with the raw text: no content, invalid JSON, wrong shape, or cut off.
    pub fn parse_json<T: DeserializeOwned>(&self) -> Result<T, ParseError> {
        let msg = self.message.as_ref().ok_or_else(ParseError::no_content)?;
        msg.parse_json().map_err(|e| {
            if self.finish_reason == Some(FinishReason::Length)
                && e.kind() != crate::ParseErrorKind::NoContent
            {
                ParseError::truncated(e.raw())
            } else {
                e
            }
        })
    }
}

string_enum! {
    /// Why the model stopped generating.
    pub enum FinishReason {
        /// A natural stop or a stop string.
        Stop = "stop",
        /// The `max_tokens` limit.
        Length = "length",
        /// The model's context length.
        ModelLength = "model_length",
        /// An error during generation.
        Error = "error",
        /// The model called tools.
        ToolCalls = "tool_calls",
    }
}

/// Token usage. Known extras have fields; any other key is kept in `extra`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Usage {
    /// Tokens in the prompt.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub prompt_tokens: u64,
    /// Tokens generated.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub completion_tokens: u64,
    /// Both.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub total_tokens: u64,
    /// Seconds of audio in the prompt (a value that is not a number reads as `None`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_u64"
    )]
    pub prompt_audio_seconds: Option<u64>,
    /// The service tier that served the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<String>,
    /// Cached prompt tokens (older field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_cached_tokens: Option<u64>,
    /// Prompt token details (cached tokens).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt_tokens_details: Option<TokenDetails>,
    /// Completion token details (reasoning tokens).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_tokens_details: Option<TokenDetails>,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Usage {
    /// Cached prompt tokens, from whichever field the server used.
    pub fn cached_tokens(&self) -> Option<u64> {
        self.prompt_tokens_details
            .as_ref()
            .and_then(|d| d.cached_tokens)
            .or(self.num_cached_tokens)
            .or_else(|| {
                // A misspelled twin seen in an older spec.
                self.extra
                    .get("prompt_token_details")
                    .and_then(|d| d.get("cached_tokens"))
                    .and_then(Value::as_u64)
            })
    }
}

/// Token count details. Unknown keys are kept in `extra`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TokenDetails {
    /// Cached tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cached_tokens: Option<u64>,
    /// Reasoning tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning_tokens: Option<u64>,
    /// Any other key.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
