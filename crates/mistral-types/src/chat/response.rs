//! The chat completion response and usage.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::chat::message::{AssistantMessage, Message, ToolCall};
use crate::chat::stream::Delta;
use crate::macros::string_enum;
use crate::parse::ParseError;

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
    /// Token usage. Boxed, as in [`CompletionChunk`](crate::CompletionChunk): serde moves the
    /// response by value as it builds it, so its size is paid at every step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<Box<Usage>>,
    /// The completions (one unless `n` > 1).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub choices: Vec<ChatChoice>,
}

impl ChatCompletionResponse {
    /// The choice whose `index` is `index` (with `n` > 1, choices are told apart by their
    /// index, not by their place in the list).
    ///
    /// ```
    /// use mistral::chat::ChatCompletionResponse;
    /// let response: ChatCompletionResponse = serde_json::from_str(r#"{"choices": [
    ///     {"index": 1, "message": {"role": "assistant", "content": "Whisper"}},
    ///     {"index": 0, "message": {"role": "assistant", "content": "Aardvark"}}]}"#)?;
    /// assert_eq!(response.text(), "Aardvark");
    /// assert_eq!(response.text_of(1), "Whisper");
    /// assert!(response.choice(2).is_none());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn choice(&self, index: u32) -> Option<&ChatChoice> {
        self.choices.iter().find(|c| c.index == index)
    }

    /// The choice that [`message`](Self::message), [`text`](Self::text),
    /// [`tool_calls`](Self::tool_calls) and [`finish_reason`](Self::finish_reason) read: the
    /// one with index 0, or the first in the list when none has index 0 (not simply
    /// `choices[0]`: with `n` > 1 the list need not be in index order).
    ///
    /// ```
    /// use mistral::chat::{ChatCompletionResponse, FinishReason};
    /// let response: ChatCompletionResponse = serde_json::from_str(r#"{"choices": [
    ///     {"index": 1, "message": {"role": "assistant", "content": "B"}, "finish_reason": "length"},
    ///     {"index": 0, "message": {"role": "assistant", "content": "A"}, "finish_reason": "stop"}]}"#)?;
    /// let first = response.first_choice().unwrap();
    /// assert_eq!((first.index, first.finish_reason.as_ref()), (0, Some(&FinishReason::Stop)));
    /// assert_eq!(response.finish_reason(), Some(&FinishReason::Stop));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn first_choice(&self) -> Option<&ChatChoice> {
        self.choice(0).or_else(|| self.choices.first())
    }

    /// The assistant message of choice 0 (of the first choice when none has index 0).
    pub fn message(&self) -> Option<&AssistantMessage> {
        self.first_choice().and_then(|c| c.message.as_ref())
    }

    /// Why choice 0 ([`first_choice`](Self::first_choice)) stopped, if the server said.
    pub fn finish_reason(&self) -> Option<&FinishReason> {
        self.first_choice()?.finish_reason.as_ref()
    }

    /// The tool calls of choice 0 ([`first_choice`](Self::first_choice)), or an empty slice.
    ///
    /// ```
    /// use mistral::chat::{ChatCompletionResponse, FinishReason, Message};
    /// let response: ChatCompletionResponse = serde_json::from_str(r#"{"choices": [{"index": 0,
    ///     "finish_reason": "tool_calls", "message": {"role": "assistant", "content": "",
    ///     "tool_calls": [{"id": "c1", "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}}]}}]}"#)?;
    /// if response.finish_reason() == Some(&FinishReason::ToolCalls) {
    ///     for call in response.tool_calls() {
    ///         assert_eq!(call.function.name, "get_weather");
    ///         let _answer = Message::tool_result(call, "22 °C");
    ///     }
    /// }
    /// assert_eq!(response.tool_calls().len(), 1);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn tool_calls(&self) -> &[ToolCall] {
        self.message()
            .map(AssistantMessage::tool_calls)
            .unwrap_or_default()
    }

    /// The text of choice 0 (text chunks concatenated, thinking skipped); empty if none.
    /// [`text_of`](Self::text_of) reads another choice.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        self.message().map(AssistantMessage::text).unwrap_or_default()
    }

    /// The text of the choice with this index; empty if there is no such choice or no text.
    pub fn text_of(&self, index: u32) -> std::borrow::Cow<'_, str> {
        self.choice(index)
            .and_then(|c| c.message.as_ref())
            .map(AssistantMessage::text)
            .unwrap_or_default()
    }

    /// The reasoning (thinking chunks' text) of choice 0, empty if none.
    pub fn thinking(&self) -> String {
        self.message().map(AssistantMessage::thinking).unwrap_or_default()
    }

    /// The message of choice 0 (see [`message`](Self::message)) as a request message, to
    /// append to the conversation: `history.push(response.into_message())`. An empty
    /// assistant message when there is none. `From<ChatCompletionResponse> for Message` does
    /// the same, so a response goes straight into
    /// [`ChatRequest::push`](crate::ChatRequest::push).
    ///
    /// ```
    /// use mistral::chat::{ChatCompletionResponse, Message};
    /// let response: ChatCompletionResponse = serde_json::from_str(r#"{"choices": [{"index": 0,
    ///     "message": {"role": "assistant", "content": "Paris."}}]}"#)?;
    /// let mut history = vec![Message::user("Capital of France?")];
    /// history.push(response.into_message());
    /// history.push(Message::user("And of Italy?"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn into_message(self) -> Message {
        let pos = self.choices.iter().position(|c| c.index == 0).unwrap_or(0);
        self.choices
            .into_iter()
            .nth(pos)
            .and_then(|c| c.message)
            .unwrap_or_default()
            .into_message()
    }

    /// Parses each choice's content as JSON into `T`, in choice order.
    pub fn parse_choices<T: DeserializeOwned>(&self) -> Vec<Result<T, ParseError>> {
        self.choices.iter().map(ChatChoice::parse_json).collect()
    }
}

impl From<ChatCompletionResponse> for Message {
    /// The response's choice 0 message, as
    /// [`into_message`](ChatCompletionResponse::into_message): `request.push(response)`.
    fn from(response: ChatCompletionResponse) -> Self {
        response.into_message()
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
    /// The log probabilities of the generated tokens, when the request asked for them
    /// ([`ChatRequest::logprobs`](crate::ChatRequest::logprobs)); `null` reads as `None`.
    /// Boxed (here and below): rare, and a choice is moved by value as serde reads it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_logprobs"
    )]
    pub logprobs: Option<Box<ChoiceLogprobs>>,
    /// The log probabilities of the prompt's tokens, when the request asked for them
    /// ([`ChatRequest::prompt_logprobs`](crate::ChatRequest::prompt_logprobs)); read as
    /// leniently as [`logprobs`](Self::logprobs).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_logprobs"
    )]
    pub prompt_logprobs: Option<Box<ChoiceLogprobs>>,
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
///
/// Usages add up (`+=`, `+`, `sum()`), for the totals of a conversation or a batch:
///
/// ```
/// use mistral::chat::{ChatCompletionResponse, Usage};
/// let turns: Vec<ChatCompletionResponse> = serde_json::from_str(r#"[
///     {"usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}},
///     {"usage": {"prompt_tokens": 30, "completion_tokens": 7, "total_tokens": 37,
///                "prompt_tokens_details": {"cached_tokens": 10}}},
///     {}]"#)?;
/// let total: Usage = turns.iter().filter_map(|r| r.usage.as_deref()).sum();
/// assert_eq!((total.prompt_tokens, total.completion_tokens, total.total_tokens), (40, 12, 52));
/// assert_eq!(total.cached_tokens(), Some(10));
///
/// let mut running = Usage::default();
/// if let Some(usage) = turns[0].usage.as_deref() {
///     running += usage;
/// }
/// assert_eq!(running.total_tokens, 15);
/// # Ok::<(), serde_json::Error>(())
/// ```
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
    /// Prompt token details (cached tokens). Boxed (as the next): rare, and a usage is moved
    /// by value as serde reads it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt_tokens_details: Option<Box<TokenDetails>>,
    /// Completion token details (reasoning tokens).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_tokens_details: Option<Box<TokenDetails>>,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `a + b` for optional counts: `None` only when both are.
fn add_opt(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (None, None) => None,
        (a, b) => Some(a.unwrap_or(0).saturating_add(b.unwrap_or(0))),
    }
}

impl std::ops::AddAssign<&Usage> for Usage {
    /// Adds another call's usage: the totals of a conversation or a batch. Counts are added
    /// (an optional count stays `None` only when both are; cached tokens are added from
    /// whichever field each side used); `service_tier` and unknown keys take the later value.
    fn add_assign(&mut self, other: &Usage) {
        let cached = add_opt(self.cached_tokens(), other.cached_tokens());
        self.prompt_tokens = self.prompt_tokens.saturating_add(other.prompt_tokens);
        self.completion_tokens = self.completion_tokens.saturating_add(other.completion_tokens);
        self.total_tokens = self.total_tokens.saturating_add(other.total_tokens);
        self.prompt_audio_seconds = add_opt(self.prompt_audio_seconds, other.prompt_audio_seconds);
        self.num_cached_tokens = add_opt(self.num_cached_tokens, other.num_cached_tokens);
        TokenDetails::add_into(&mut self.prompt_tokens_details, &other.prompt_tokens_details);
        TokenDetails::add_into(
            &mut self.completion_tokens_details,
            &other.completion_tokens_details,
        );
        if cached.is_some() {
            // So that `cached_tokens()` reads the sum whichever field each side used.
            self.prompt_tokens_details
                .get_or_insert_with(Box::default)
                .cached_tokens = cached;
        }
        if other.service_tier.is_some() {
            self.service_tier.clone_from(&other.service_tier);
        }
        for (k, v) in &other.extra {
            self.extra.insert(k.clone(), v.clone());
        }
    }
}

impl std::ops::AddAssign for Usage {
    /// As `+= &other`.
    fn add_assign(&mut self, other: Usage) {
        *self += &other;
    }
}

impl std::ops::Add for Usage {
    type Output = Usage;
    /// As `+=`.
    fn add(mut self, other: Usage) -> Usage {
        self += &other;
        self
    }
}

impl<'a> std::iter::Sum<&'a Usage> for Usage {
    /// The total of several calls' usage (see `+=`).
    fn sum<I: Iterator<Item = &'a Usage>>(iter: I) -> Usage {
        iter.fold(Usage::default(), |mut total, u| {
            total += u;
            total
        })
    }
}

impl std::iter::Sum for Usage {
    /// The total of several calls' usage (see `+=`).
    fn sum<I: Iterator<Item = Usage>>(iter: I) -> Usage {
        iter.fold(Usage::default(), |mut total, u| {
            total += &u;
            total
        })
    }
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

impl TokenDetails {
    /// Adds `other` into `total` (see `Usage += &Usage`).
    fn add_into(total: &mut Option<Box<TokenDetails>>, other: &Option<Box<TokenDetails>>) {
        let Some(other) = other else { return };
        let total = total.get_or_insert_with(Box::default);
        total.cached_tokens = add_opt(total.cached_tokens, other.cached_tokens);
        total.reasoning_tokens = add_opt(total.reasoning_tokens, other.reasoning_tokens);
        for (k, v) in &other.extra {
            total.extra.insert(k.clone(), v.clone());
        }
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

/// The log probabilities of a choice's tokens (`logprobs: true` on the request), in the
/// OpenAI-compatible shape `{"content": [{"token", "logprob", "bytes", "top_logprobs"}]}`.
///
/// Read leniently: unknown keys are kept in `extra`, `null` lists are empty, and a `content`
/// that does not fit (a token of the wrong shape) is read as empty, the other keys kept,
/// rather than failing the response.
///
/// ```
/// use mistral::chat::ChatCompletionResponse;
/// let response: ChatCompletionResponse = serde_json::from_str(r#"{"choices": [{"index": 0,
///     "message": {"role": "assistant", "content": "Hi"},
///     "logprobs": {"content": [{"token": "Hi", "logprob": -0.25, "bytes": [72, 105],
///         "top_logprobs": [{"token": "Hi", "logprob": -0.25}, {"token": "Hey", "logprob": -1.5}]}]}}]}"#)?;
/// let logprobs = response.choices[0].logprobs.as_ref().unwrap();
/// assert_eq!(logprobs.content[0].token, "Hi");
/// assert_eq!(logprobs.content[0].top_logprobs[1].token, "Hey");
/// assert!((logprobs.content[0].probability() - 0.7788).abs() < 1e-4);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChoiceLogprobs {
    /// One entry per generated content token, in order (empty when the server sent none, or
    /// sent a list this version cannot read).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub content: Vec<TokenLogprob>,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ChoiceLogprobs {
    /// The tokens' text, concatenated.
    pub fn text(&self) -> String {
        self.content.iter().map(|t| t.token.as_str()).collect()
    }

    /// Appends the next piece of a streamed choice's log probabilities (tokens in order; a
    /// later value of any other key replaces the earlier one).
    pub fn extend(&mut self, next: &ChoiceLogprobs) {
        self.content.extend(next.content.iter().cloned());
        for (k, v) in &next.extra {
            self.extra.insert(k.clone(), v.clone());
        }
    }
}

/// One generated token and its log probability.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TokenLogprob {
    /// The token's text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub token: String,
    /// Its log probability (natural log). `null` (how servers write minus infinity, which
    /// JSON lacks) or absent reads as `f64::NEG_INFINITY`, probability 0, and is written back
    /// as `null`.
    #[serde(default = "unknown_logprob", deserialize_with = "logprob")]
    pub logprob: f64,
    /// The token's UTF-8 bytes (a token may hold part of a character).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes: Option<Vec<u8>>,
    /// The token's id in the model's vocabulary (Mistral sends it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_id: Option<u64>,
    /// The most likely tokens at this position (`top_logprobs` on the request), most likely
    /// first; empty when not asked for.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub top_logprobs: Vec<TopLogprob>,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl TokenLogprob {
    /// The token's probability, `exp(logprob)`.
    pub fn probability(&self) -> f64 {
        self.logprob.exp()
    }
}

/// One of the most likely tokens at a position.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TopLogprob {
    /// The token's text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub token: String,
    /// Its log probability (natural log); `null` or absent reads as `f64::NEG_INFINITY`, as
    /// in [`TokenLogprob::logprob`].
    #[serde(default = "unknown_logprob", deserialize_with = "logprob")]
    pub logprob: f64,
    /// The token's UTF-8 bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes: Option<Vec<u8>>,
    /// The token's id in the model's vocabulary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_id: Option<u64>,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl TopLogprob {
    /// The token's probability, `exp(logprob)`.
    pub fn probability(&self) -> f64 {
        self.logprob.exp()
    }
}

fn unknown_logprob() -> f64 {
    f64::NEG_INFINITY
}

/// A log probability: a number, or minus infinity for `null` (serde_json writes a
/// non-finite number as `null`, so it round-trips).
fn logprob<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    Ok(Option::<f64>::deserialize(d)?.unwrap_or(f64::NEG_INFINITY))
}

/// A choice's `logprobs`: `null`, absent or not an object is `None`; an object whose `content`
/// does not fit [`ChoiceLogprobs`] keeps its other keys, with `content` empty. Never an error:
/// log probabilities are a diagnostic, not worth failing a completion (or a stream) over.
pub(crate) fn lenient_logprobs<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Box<ChoiceLogprobs>>, D::Error> {
    let v = Option::<Value>::deserialize(d)?;
    let Some(v @ Value::Object(_)) = v else {
        return Ok(None);
    };
    Ok(Some(Box::new(match ChoiceLogprobs::deserialize(&v) {
        Ok(l) => l,
        Err(_) => ChoiceLogprobs {
            content: Vec::new(),
            // Not `content` itself: it would be written twice when serialized.
            extra: match v {
                Value::Object(mut o) => {
                    o.remove("content");
                    o
                }
                _ => Map::new(),
            },
        },
    })))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_response_is_small_to_move() {
        // serde moves each value by value through several layers as it builds it, and a
        // call's result moves again: the rare parts (usage details, log probabilities) and
        // the usage are boxed (benches/README.md has what it saves).
        let sizes = [
            std::mem::size_of::<ChatCompletionResponse>(),
            std::mem::size_of::<ChatChoice>(),
            std::mem::size_of::<Usage>(),
        ];
        assert!(
            sizes[0] <= 128 && sizes[1] <= 144 && sizes[2] <= 176,
            "response, choice, usage: {sizes:?} bytes (120, 136, 168 when boxed; 472, 312, 360 not)"
        );
    }

    fn response(v: Value) -> ChatCompletionResponse {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn choices_by_index_not_by_place() {
        let r = response(json!({"choices": [
            {"index": 1, "message": {"role": "assistant", "content": "Whisper"}, "finish_reason": "length"},
            {"index": 0, "message": {"role": "assistant", "content": "Aardvark"}, "finish_reason": "stop"}]}));
        assert_eq!(r.text(), "Aardvark");
        assert_eq!(r.text_of(1), "Whisper");
        assert_eq!(r.text_of(2), "");
        assert_eq!(r.choice(1).unwrap().finish_reason, Some(FinishReason::Length));
        let text = |m: crate::Message| m.content().map(|c| c.text().into_owned());
        assert_eq!(text(r.clone().into_message()).as_deref(), Some("Aardvark"));
        // No choice 0: the first one.
        let r =
            response(json!({"choices": [{"index": 3, "message": {"role": "assistant", "content": "x"}}]}));
        assert_eq!(r.text(), "x");
        assert_eq!(text(r.into_message()).as_deref(), Some("x"));
        // No indexes at all (null reads as 0): the first one, as before.
        let r = response(json!({"choices": [
            {"index": null, "message": {"role": "assistant", "content": "a"}},
            {"message": {"role": "assistant", "content": "b"}}]}));
        assert_eq!(r.text(), "a");
    }

    #[test]
    fn logprobs_typed_lenient_and_kept() {
        let r = response(json!({"choices": [{"index": 0, "finish_reason": "stop",
            "message": {"role": "assistant", "content": "Hi!"},
            "logprobs": {"content": [
                {"token": "Hi", "logprob": -0.01, "bytes": [72, 105], "token_id": 1234,
                 "top_logprobs": [{"token": "Hi", "logprob": -0.01, "bytes": [72, 105]},
                                  {"token": "Hello", "logprob": -4.6, "bytes": null, "rank": 2}]},
                {"token": "!", "logprob": -0.2, "bytes": null, "top_logprobs": null, "future": {"a": 1}}],
             "refusal": null}}]}));
        let lp = r.choices[0].logprobs.as_ref().unwrap();
        assert_eq!(lp.text(), "Hi!");
        assert_eq!(lp.content[0].bytes.as_deref(), Some(&b"Hi"[..]));
        assert_eq!(lp.content[0].token_id, Some(1234));
        assert_eq!(lp.content[0].top_logprobs.len(), 2);
        assert_eq!(lp.content[0].top_logprobs[1].token, "Hello");
        assert_eq!(lp.content[0].top_logprobs[1].logprob, -4.6);
        assert_eq!(lp.content[0].top_logprobs[1].extra["rank"], json!(2));
        assert!(lp.content[1].top_logprobs.is_empty());
        assert_eq!(lp.content[1].extra["future"], json!({"a": 1}));
        assert_eq!(lp.extra["refusal"], Value::Null);
        // Serialized back: what was read, unknown keys included.
        let back = serde_json::to_value(&r).unwrap();
        assert_eq!(
            back["choices"][0]["logprobs"]["content"][0]["top_logprobs"][1]["rank"],
            json!(2)
        );
        assert_eq!(response(back), r);

        // `null`, absent, or a shape that does not fit: never an error.
        for (lp, want) in [
            (json!(null), None),
            (json!(true), None),
            (json!({"content": null}), Some(ChoiceLogprobs::default())),
            (
                json!({"content": [{"token": 5}], "k": 1}),
                Some(ChoiceLogprobs {
                    content: Vec::new(),
                    extra: json!({"k": 1}).as_object().unwrap().clone(),
                }),
            ),
        ] {
            let r = response(
                json!({"choices": [{"index": 0, "message": {"role": "assistant", "content": "a"}, "logprobs": lp}]}),
            );
            assert_eq!(r.choices[0].logprobs.as_deref(), want.as_ref(), "{lp}");
        }
        let r =
            response(json!({"choices": [{"index": 0, "message": {"role": "assistant", "content": "a"}}]}));
        assert_eq!(r.choices[0].logprobs, None);
        assert!(serde_json::to_value(&r).unwrap()["choices"][0]
            .get("logprobs")
            .is_none());
    }
}
