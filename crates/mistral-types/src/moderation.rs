//! Moderation and classification: `POST /v1/moderations` and `/v1/classifications` (texts),
//! `POST /v1/chat/moderations` and `/v1/chat/classifications` (whole conversations, in the
//! chat message types). Results come with typed categories (the known ones as fields, any
//! other kept), scores, and `flagged()` helpers.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use typed_builder::TypedBuilder;

use crate::chat::message::Message;
use crate::chat::response::Usage;
use crate::chat::tool::JsonObject;
use crate::de::ResponseMismatch;
use crate::embeddings::EmbeddingInput;
use crate::validate::{Checker, ValidationError};

/// Text input: one text or several (the same shape as an embeddings input).
pub type TextInput = EmbeddingInput;

/// A moderation or classification request over texts (`/v1/moderations`,
/// `/v1/classifications`). `model` and `input` are required at compile time.
///
/// ```
/// use mistral::moderation::ClassificationRequest;
/// let request = ClassificationRequest::builder()
///     .model("mistral-moderation-latest")
///     .input(["Hello there.", "Another text."])
///     .build();
/// assert!(request.validate().is_ok());
/// ```
///
/// ```compile_fail
/// use mistral::moderation::ClassificationRequest;
/// let request = ClassificationRequest::builder().model("mistral-moderation-latest").build();
/// ```
///
/// # Optional fields
///
/// `.metadata(object)`, or `.maybe_metadata(opt)` from an `Option` (`None` leaves it unset);
/// or assign the public field after `build()`. The optional setters keep the builder's type,
/// so they may be called conditionally.
///
/// ```
/// use mistral::chat::JsonObject;
/// use mistral::moderation::ClassificationRequest;
///
/// let tags: Option<JsonObject> = serde_json::from_str(r#"{"source": "forum"}"#).ok();
/// let request = ClassificationRequest::builder()
///     .model("mistral-moderation-latest")
///     .input("Hello there.")
///     .maybe_metadata(tags)
///     .build();
/// assert_eq!(request.metadata.unwrap()["source"], "forum");
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(doc = "The builder of [`ClassificationRequest`], from \
        [`ClassificationRequest::builder`]. `model` and `input` are required, once each: `build()` does \
        not compile without them. The optional setters (`.x(v)`, `.maybe_x(opt)`) keep the builder's \
        type, so they may be called conditionally, or again (the last call wins).")
)]
pub struct ClassificationRequest {
    /// The model, e.g. `mistral-moderation-latest` or a fine-tuned classifier.
    #[builder(setter(into))]
    pub model: String,
    /// The text or texts.
    #[builder(setter(into))]
    pub input: TextInput,
    /// Free-form metadata attached to the request.
    #[builder(via_mutators, mutators(
        /// Free-form metadata attached to the request.
        pub fn metadata(&mut self, v: JsonObject) { self.metadata = Some(v) }
        /// [`metadata`](Self::metadata) from an `Option`: `None` unsets it.
        pub fn maybe_metadata(&mut self, v: Option<JsonObject>) { self.metadata = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<JsonObject>,
    /// Fields this version does not know, sent flat beside the typed ones.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

/// The request of `/v1/moderations`: the same as a classification request.
pub type ModerationRequest = ClassificationRequest;

impl ClassificationRequest {
    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &["model", "input", "metadata"];

    /// A model, and at least one text, none empty.
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("model", &self.model);
        c.texts("input", &self.input);
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

/// One conversation or several.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ConversationInput {
    /// One conversation.
    One(Vec<Message>),
    /// Several conversations, each moderated on its own.
    Many(Vec<Vec<Message>>),
}

impl From<Vec<Message>> for ConversationInput {
    fn from(v: Vec<Message>) -> Self {
        ConversationInput::One(v)
    }
}
impl<const N: usize> From<[Message; N]> for ConversationInput {
    fn from(v: [Message; N]) -> Self {
        ConversationInput::One(v.into())
    }
}
impl From<&[Message]> for ConversationInput {
    fn from(v: &[Message]) -> Self {
        ConversationInput::One(v.to_vec())
    }
}
impl From<Vec<Vec<Message>>> for ConversationInput {
    fn from(v: Vec<Vec<Message>>) -> Self {
        ConversationInput::Many(v)
    }
}

impl ConversationInput {
    /// How many conversations (each gets one result).
    pub fn len(&self) -> usize {
        match self {
            ConversationInput::One(_) => 1,
            ConversationInput::Many(v) => v.len(),
        }
    }

    /// Whether there is no conversation at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn conversations(&self) -> Vec<&[Message]> {
        match self {
            ConversationInput::One(m) => vec![m],
            ConversationInput::Many(v) => v.iter().map(Vec::as_slice).collect(),
        }
    }
}

/// A moderation request over conversations (`/v1/chat/moderations`).
///
/// ```
/// use mistral::chat::Message;
/// use mistral::moderation::ChatModerationRequest;
/// let request = ChatModerationRequest::builder()
///     .model("mistral-moderation-latest")
///     .input([Message::user("How do I pick a lock?"), Message::assistant("I can't help with that.")])
///     .build();
/// assert!(request.validate().is_ok());
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(doc)]
pub struct ChatModerationRequest {
    /// The moderation model.
    #[builder(setter(into))]
    pub model: String,
    /// The conversation or conversations.
    #[builder(setter(into))]
    pub input: ConversationInput,
    /// Fields this version does not know, sent flat beside the typed ones.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl ChatModerationRequest {
    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &["model", "input"];

    /// A model, and at least one non-empty conversation.
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("model", &self.model);
        c.conversations("input", &self.input.conversations());
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

/// One conversation to classify: `{"messages": [...]}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InstructRequest {
    /// The conversation.
    pub messages: Vec<Message>,
}

/// One conversation to classify, or several.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ChatClassificationInput {
    /// One conversation.
    One(InstructRequest),
    /// Several conversations.
    Many(Vec<InstructRequest>),
}

impl ChatClassificationInput {
    /// How many conversations (each gets one result).
    pub fn len(&self) -> usize {
        match self {
            ChatClassificationInput::One(_) => 1,
            ChatClassificationInput::Many(v) => v.len(),
        }
    }

    /// Whether there is no conversation at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl From<Vec<Message>> for ChatClassificationInput {
    fn from(messages: Vec<Message>) -> Self {
        ChatClassificationInput::One(InstructRequest { messages })
    }
}
impl<const N: usize> From<[Message; N]> for ChatClassificationInput {
    fn from(v: [Message; N]) -> Self {
        Vec::from(v).into()
    }
}
impl From<Vec<Vec<Message>>> for ChatClassificationInput {
    fn from(v: Vec<Vec<Message>>) -> Self {
        ChatClassificationInput::Many(
            v.into_iter()
                .map(|messages| InstructRequest { messages })
                .collect(),
        )
    }
}

/// A classification request over conversations (`/v1/chat/classifications`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(doc)]
pub struct ChatClassificationRequest {
    /// The classifier model.
    #[builder(setter(into))]
    pub model: String,
    /// The conversation or conversations.
    #[builder(setter(into))]
    pub input: ChatClassificationInput,
    /// Fields this version does not know, sent flat beside the typed ones.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl ChatClassificationRequest {
    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &["model", "input"];

    /// A model, and at least one non-empty conversation.
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("model", &self.model);
        let convs: Vec<&[Message]> = match &self.input {
            ChatClassificationInput::One(r) => vec![&r.messages],
            ChatClassificationInput::Many(v) => v.iter().map(|r| r.messages.as_slice()).collect(),
        };
        c.conversations("input", &convs);
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

crate::api::request_traits!(ClassificationRequest);
crate::api::request_traits!(ChatModerationRequest);
crate::api::request_traits!(ChatClassificationRequest);

impl Checker {
    /// At least one text, none empty.
    pub(crate) fn texts(&mut self, path: &str, input: &TextInput) {
        match input {
            EmbeddingInput::One(s) => self.non_empty(path, s),
            EmbeddingInput::Many(v) if v.is_empty() => self.push(path, "needs at least one text"),
            EmbeddingInput::Many(v) => {
                for (i, s) in v.iter().enumerate() {
                    self.non_empty(&format!("{path}[{i}]"), s);
                }
            }
        }
    }

    /// At least one conversation, none empty.
    pub(crate) fn conversations(&mut self, path: &str, convs: &[&[Message]]) {
        if convs.is_empty() {
            self.push(path, "needs at least one conversation");
        }
        for (i, c) in convs.iter().enumerate() {
            if c.is_empty() {
                let p = if convs.len() == 1 {
                    path.to_owned()
                } else {
                    format!("{path}[{i}]")
                };
                self.push(p, "a conversation needs at least one message");
            }
        }
    }
}

macro_rules! categories {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Serialize)]
        pub struct $name<T> {
            $(
                $(#[$fmeta])*
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $field: Option<T>,
            )*
            /// Categories this version does not know, whose value is a `T`.
            #[serde(flatten)]
            pub other: BTreeMap<String, T>,
            /// Categories whose value is not a `T`, known or not (`"new_cat": 0.3` among the
            /// flags, an object, a string, or `null` for an unknown one), kept as sent: one odd
            /// value does not fail the response. [`iter`](Self::iter), [`get`](Self::get) and
            /// the `flagged` helpers do not see them.
            #[serde(flatten)]
            pub untyped: BTreeMap<String, Value>,
        }

        // By hand: each value is read on its own, so that one of another type lands in
        // `untyped` instead of failing the whole response.
        impl<'de, T: DeserializeOwned> Deserialize<'de> for $name<T> {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let sent = serde_json::Map::<String, Value>::deserialize(d)?;
                let mut out = $name {
                    $($field: None,)*
                    other: BTreeMap::new(),
                    untyped: BTreeMap::new(),
                };
                for (name, value) in sent {
                    let typed = T::deserialize(&value).ok();
                    match (name.as_str(), typed) {
                        // A known category sent as `null` is simply absent.
                        $((stringify!($field), _) if value.is_null() => {})*
                        $((stringify!($field), Some(v)) => out.$field = Some(v),)*
                        (_, Some(v)) => {
                            out.other.insert(name, v);
                        }
                        _ => {
                            out.untyped.insert(name, value);
                        }
                    }
                }
                Ok(out)
            }
        }

        impl<T: Clone> $name<T> {
            /// Every category present, by its wire name.
            pub fn iter(&self) -> impl Iterator<Item = (&str, T)> + '_ {
                let known = [$((stringify!($field), self.$field.clone()),)*];
                known
                    .into_iter()
                    .filter_map(|(k, v)| v.map(|v| (k, v)))
                    .chain(self.other.iter().map(|(k, v)| (k.as_str(), v.clone())))
            }

            /// The category by its wire name.
            pub fn get(&self, name: &str) -> Option<T> {
                match name {
                    $(stringify!($field) => self.$field.clone(),)*
                    other => self.other.get(other).cloned(),
                }
            }
        }
    };
}

categories! {
    /// Moderation categories (`true`/`false` in `categories`, a score in `category_scores`):
    /// those of the v1 and v2 moderation models as fields, any other in `other`, and any whose
    /// value is not of the expected type in `untyped`.
    ModerationCategories {
        /// `sexual`
        sexual,
        /// `hate_and_discrimination`
        hate_and_discrimination,
        /// `violence_and_threats`
        violence_and_threats,
        /// `dangerous_and_criminal_content` (v1)
        dangerous_and_criminal_content,
        /// `dangerous` (v2)
        dangerous,
        /// `criminal` (v2)
        criminal,
        /// `selfharm`
        selfharm,
        /// `health`
        health,
        /// `financial`
        financial,
        /// `law`
        law,
        /// `pii`
        pii,
        /// `jailbreaking` (v2)
        jailbreaking,
    }
}

/// The moderation of one input.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ModerationResult {
    /// Whether each category applies.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub categories: ModerationCategories<bool>,
    /// Each category's score in `[0, 1]`.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub category_scores: ModerationCategories<f64>,
}

impl ModerationResult {
    /// Whether any category applies.
    pub fn flagged(&self) -> bool {
        self.categories.iter().any(|(_, v)| v)
    }

    /// The categories that apply, by wire name.
    pub fn flagged_categories(&self) -> Vec<&str> {
        self.categories
            .iter()
            .filter(|(_, v)| *v)
            .map(|(k, _)| k)
            .collect()
    }

    /// The category with the highest score, if any.
    pub fn top_category(&self) -> Option<(&str, f64)> {
        self.category_scores.iter().max_by(|a, b| a.1.total_cmp(&b.1))
    }
}

/// A moderation response (texts or conversations). Live responses also carry `usage`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ModerationResponse {
    /// The response id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// Token usage (sent by the live API, absent from the spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<Usage>,
    /// The model.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub model: String,
    /// One result per input, in order (the client checks the count).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub results: Vec<ModerationResult>,
}

impl ModerationResponse {
    /// Whether any input was flagged.
    pub fn flagged(&self) -> bool {
        self.results.iter().any(ModerationResult::flagged)
    }

    /// Checks that there is one result per input (`inputs` texts or conversations). The
    /// client runs it on every response: results carry no index, so any other count leaves
    /// no way to tell which input a result belongs to.
    ///
    /// # Errors
    /// Any other count, e.g. `2 results for 3 inputs`.
    pub fn check_matches(&self, inputs: usize) -> Result<(), ResponseMismatch> {
        ResponseMismatch::count(self.results.len(), "result", inputs)
    }
}

/// One target's scores, by label.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClassificationTargetResult {
    /// Each label's score.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub scores: BTreeMap<String, f64>,
}

impl ClassificationTargetResult {
    /// The label with the highest score.
    pub fn top(&self) -> Option<(&str, f64)> {
        self.scores
            .iter()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map(|(k, v)| (k.as_str(), *v))
    }
}

/// A classification response: per input, each target's scores.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClassificationResponse {
    /// The response id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// Token usage, when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<Usage>,
    /// The model.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub model: String,
    /// One map per input, from target name to its scores.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub results: Vec<BTreeMap<String, ClassificationTargetResult>>,
}

impl ClassificationResponse {
    /// Checks that there is one result per input (`inputs` texts or conversations), as
    /// [`ModerationResponse::check_matches`] does. The client runs it on every response.
    ///
    /// # Errors
    /// Any other count, e.g. `3 results for 1 input`.
    pub fn check_matches(&self, inputs: usize) -> Result<(), ResponseMismatch> {
        ResponseMismatch::count(self.results.len(), "result", inputs)
    }
}
