//! Structured output: a JSON schema from a Rust type, and the typed value back.

use std::marker::PhantomData;

use mistral_types::{ChatCompletionResponse, Conversation, ParseError, ResponseFormat, StreamAccumulator};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::api::completions::{complete, stream, Completions};
use crate::error::Result;
use crate::meta::{ResponseMeta, WithMeta};
use crate::pipeline::Core;
use crate::stream::{text_delta, ChatStream};

/// A completion with each choice's content parsed into `T`.
#[derive(Debug)]
pub struct Parsed<T> {
    response: WithMeta<ChatCompletionResponse>,
    choices: Vec<std::result::Result<T, ParseError>>,
}

impl<T> Parsed<T> {
    /// The completion as received.
    pub fn response(&self) -> &ChatCompletionResponse {
        &self.response
    }

    /// The response metadata.
    pub fn meta(&self) -> &ResponseMeta {
        self.response.meta()
    }

    /// Every choice's parse result, in the order of the response's `choices`.
    pub fn choices(&self) -> &[std::result::Result<T, ParseError>] {
        &self.choices
    }

    /// The parse result of the choice with this index (with `n` > 1), if there is one.
    pub fn choice(&self, index: u32) -> Option<std::result::Result<&T, &ParseError>> {
        let pos = self.response.choices.iter().position(|c| c.index == index)?;
        self.choices.get(pos).map(std::result::Result::as_ref)
    }

    /// Where choice 0 is (the first choice when none has index 0).
    fn main_position(&self) -> usize {
        self.response
            .choices
            .iter()
            .position(|c| c.index == 0)
            .unwrap_or(0)
    }

    /// The value of choice 0 (of the first choice when none has index 0).
    ///
    /// # Errors
    /// That choice's [`ParseError`] (which says what went wrong and keeps the raw text).
    pub fn value(&self) -> std::result::Result<&T, &ParseError> {
        match self.choices.get(self.main_position()) {
            Some(r) => r.as_ref(),
            None => Err(&NO_CHOICE),
        }
    }

    /// The value of choice 0, owned.
    ///
    /// # Errors
    /// As [`value`](Self::value), converted into [`crate::Error`].
    pub fn into_value(self) -> Result<T> {
        let pos = self.main_position();
        match self.choices.into_iter().nth(pos) {
            Some(r) => r.map_err(Into::into),
            None => Err(ParseError::no_content().into()),
        }
    }

    /// The response and the parsed choices.
    pub fn into_parts(
        self,
    ) -> (
        WithMeta<ChatCompletionResponse>,
        Vec<std::result::Result<T, ParseError>>,
    ) {
        (self.response, self.choices)
    }
}

static NO_CHOICE: std::sync::LazyLock<ParseError> = std::sync::LazyLock::new(ParseError::no_content);

fn parse_all<T: DeserializeOwned>(response: WithMeta<ChatCompletionResponse>) -> Parsed<T> {
    let choices = response.parse_choices();
    Parsed { response, choices }
}

fn with_format<R: Conversation>(request: &R, format: ResponseFormat) -> R {
    let mut r = request.clone();
    *r.response_format_mut() = Some(format);
    r
}

/// `parse`: the strict JSON schema of `T` as the response format, every choice read into `T`.
pub(crate) async fn parse<T, R>(core: &Core<'_>, request: &R) -> Result<Parsed<T>>
where
    T: JsonSchema + DeserializeOwned,
    R: Completions + Conversation,
{
    let request = with_format(request, ResponseFormat::json_schema::<T>());
    Ok(parse_all(complete(core, &request).await?))
}

/// `json`: JSON mode, every choice read into a JSON value.
pub(crate) async fn json<R>(core: &Core<'_>, request: &R) -> Result<Parsed<serde_json::Value>>
where
    R: Completions + Conversation,
{
    let request = with_format(request, ResponseFormat::json_object());
    Ok(parse_all(complete(core, &request).await?))
}

/// `stream_parse`: the schema of `T` as the response format, over a stream.
pub(crate) async fn stream_parse<T, R>(core: &Core<'_>, request: &R) -> Result<StructuredStream<T>>
where
    T: JsonSchema + DeserializeOwned,
    R: Completions + Conversation,
{
    let request = with_format(request, ResponseFormat::json_schema::<T>());
    let inner = stream(core, &request).await?;
    Ok(StructuredStream {
        inner,
        acc: StreamAccumulator::new(),
        done: false,
        _t: PhantomData,
    })
}

/// The structured-output methods of a conversational handle (chat, agents), typed with its
/// request: `structured_methods!(Chat, ChatRequest, chat, ".model(\"m\")")` (the last two
/// name the client's method and a builder line, for the examples).
macro_rules! structured_methods {
    ($name:ident, $request:ident, $accessor:ident, $target:literal) => {
        /// Structured output.
        impl $name<'_> {
            /// Structured output: sets `response_format` to the strict JSON schema of `T` (see
            /// [`ResponseFormat::json_schema`](mistral_types::ResponseFormat::json_schema)),
            /// sends, and parses every choice's content into `T`. Thinking chunks are skipped;
            /// a `length` finish reason is reported as truncation.
            ///
            /// ```no_run
            /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
            #[doc = concat!("use mistral::", stringify!($accessor), "::", stringify!($request), ";")]
            /// use mistral::chat::Message;
            /// #[derive(schemars::JsonSchema, serde::Deserialize)]
            /// struct City { name: String, country: String, population: Option<u64> }
            ///
            #[doc = concat!("let req = ", stringify!($request), "::builder()")]
            #[doc = concat!("    ", $target)]
            ///     .messages([Message::user("The largest city in Japan, as JSON.")])
            ///     .build();
            #[doc = concat!("let city: City = client.", stringify!($accessor), "().parse::<City>(&req).await?.into_value()?;")]
            /// # Ok(()) }
            /// ```
            ///
            /// # Errors
            /// As [`complete`](Self::complete). Parse failures are per choice, in the result.
            pub async fn parse<T: ::schemars::JsonSchema + ::serde::de::DeserializeOwned>(
                &self,
                request: &$request,
            ) -> $crate::Result<$crate::Parsed<T>> {
                $crate::structured::parse(&self.core, request).await
            }

            /// JSON mode without a schema: sets `response_format` to `json_object` and parses
            /// each choice into a [`serde_json::Value`]. The prompt must ask for JSON too.
            ///
            /// # Errors
            /// As [`complete`](Self::complete).
            pub async fn json(
                &self,
                request: &$request,
            ) -> $crate::Result<$crate::Parsed<::serde_json::Value>> {
                $crate::structured::json(&self.core, request).await
            }

            /// Structured output over a stream: the text deltas as they come, then the typed
            /// value.
            ///
            /// # Errors
            /// As [`stream`](Self::stream).
            pub async fn stream_parse<T: ::schemars::JsonSchema + ::serde::de::DeserializeOwned>(
                &self,
                request: &$request,
            ) -> $crate::Result<$crate::StructuredStream<T>> {
                $crate::structured::stream_parse(&self.core, request).await
            }
        }
    };
}
pub(crate) use structured_methods;

/// What a [`StructuredStream`] yields.
#[derive(Debug)]
#[non_exhaustive]
pub enum StructuredEvent<T> {
    /// A piece of choice 0's JSON text as it arrives (with `n` > 1 the other choices' text
    /// is in the final response: [`ChatCompletionResponse::parse_choices`]).
    Delta(String),
    /// The end: the whole response (every choice) and the parsed value of choice 0.
    Done {
        /// The folded response.
        response: Box<ChatCompletionResponse>,
        /// Choice 0's value, or why it could not be read.
        value: std::result::Result<T, ParseError>,
    },
}

/// A structured-output stream (see [`Chat::stream_parse`](crate::Chat::stream_parse)).
#[derive(Debug)]
pub struct StructuredStream<T> {
    inner: ChatStream,
    acc: StreamAccumulator,
    done: bool,
    _t: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned> StructuredStream<T> {
    /// The next delta, then the final value, then `None`.
    pub async fn next(&mut self) -> Option<Result<StructuredEvent<T>>> {
        if self.done {
            return None;
        }
        loop {
            match self.inner.next().await {
                Some(Err(e)) => {
                    self.done = true;
                    return Some(Err(e));
                }
                Some(Ok(chunk)) => {
                    self.acc.push(&chunk);
                    if let Some(text) = text_delta(&chunk) {
                        return Some(Ok(StructuredEvent::Delta(text)));
                    }
                }
                None => {
                    self.done = true;
                    let response = std::mem::take(&mut self.acc).finish();
                    let value = match response.choice(0).or_else(|| response.choices.first()) {
                        Some(c) => c.parse_json(),
                        None => Err(ParseError::no_content()),
                    };
                    return Some(Ok(StructuredEvent::Done {
                        response: Box::new(response),
                        value,
                    }));
                }
            }
        }
    }

    /// Reads to the end and returns choice 0's value.
    ///
    /// # Errors
    /// A stream error, or the parse error of the value.
    pub async fn value(mut self) -> Result<T> {
        while let Some(ev) = self.next().await {
            if let StructuredEvent::Done { value, .. } = ev? {
                return value.map_err(Into::into);
            }
        }
        Err(ParseError::no_content().into())
    }
}
