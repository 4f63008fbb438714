//! The items a Responses exchange is made of: messages (text, image and file content in,
//! output text and refusals out), function calls and their outputs, reasoning; and the
//! request's `input`, a string or a list of items.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::chat::tool::JsonObject;
use crate::macros::{open_union, string_enum};
use crate::parse::ParseError;
use crate::responses::untyped;

open_union! {
    /// One item of a response's `output`, or of a request's `input` list (`type`-tagged on
    /// the wire; a message may leave its `type` out). An item of a type this version does not
    /// know is kept as [`ResponseItem::Unknown`] and sent back unchanged, so that a whole
    /// output can be sent back as the next request's input.
    ///
    /// ```
    /// use mistral::responses::ResponseItem;
    /// let item: ResponseItem = serde_json::from_str(
    ///     r#"{"type":"message","id":"msg_1","role":"assistant","status":"completed",
    ///         "content":[{"type":"output_text","text":"Paris.","annotations":[]}]}"#,
    /// )?;
    /// assert_eq!(item.text().as_deref(), Some("Paris."));
    /// let later: ResponseItem = serde_json::from_str(r#"{"type":"web_search_call","id":"ws_1"}"#)?;
    /// assert_eq!(later.type_name(), Some("web_search_call"));
    /// assert_eq!(serde_json::to_string(&later)?, r#"{"type":"web_search_call","id":"ws_1"}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub enum ResponseItem (default "message" if "role") {
        /// `message`: a message in (the user's, a system or developer message, a replayed
        /// assistant turn) or out (the model's).
        "message" => Message(MessageItem),
        /// `function_call`: a call to one of the request's function tools.
        "function_call" => FunctionCall(FunctionCallItem),
        /// `function_call_output`: the caller's answer to a function call.
        "function_call_output" => FunctionCallOutput(FunctionCallOutputItem),
        /// `reasoning`: the model's reasoning (a summary, its text, or encrypted content).
        "reasoning" => Reasoning(ReasoningItem),
    }
}

impl ResponseItem {
    /// A user message: text, or content parts (text, images, files).
    pub fn user(content: impl Into<MessageContent>) -> Self {
        ResponseItem::Message(MessageItem::new(MessageRole::User, content))
    }

    /// A system message.
    pub fn system(content: impl Into<MessageContent>) -> Self {
        ResponseItem::Message(MessageItem::new(MessageRole::System, content))
    }

    /// A developer message (instructions that rank below the system's).
    pub fn developer(content: impl Into<MessageContent>) -> Self {
        ResponseItem::Message(MessageItem::new(MessageRole::Developer, content))
    }

    /// An assistant message given as input (to replay a turn).
    pub fn assistant(content: impl Into<MessageContent>) -> Self {
        ResponseItem::Message(MessageItem::new(MessageRole::Assistant, content))
    }

    /// The output of the function call `call_id`, as text.
    pub fn function_call_output(call_id: impl Into<String>, output: impl Into<String>) -> Self {
        ResponseItem::FunctionCallOutput(FunctionCallOutputItem {
            id: None,
            call_id: call_id.into(),
            output: FunctionOutput::Text(output.into()),
            status: None,
            extra: JsonObject::new(),
        })
    }

    /// The item's id, when it has one.
    pub fn id(&self) -> Option<&str> {
        match self {
            ResponseItem::Message(m) => m.id.as_deref(),
            ResponseItem::FunctionCall(c) => c.id.as_deref(),
            ResponseItem::FunctionCallOutput(o) => o.id.as_deref(),
            ResponseItem::Reasoning(r) => (!r.id.is_empty()).then_some(r.id.as_str()),
            ResponseItem::Unknown(v) => v.get("id").and_then(Value::as_str),
        }
    }

    /// The text of a message (its text parts joined: input text, output text), `None` for
    /// the other items.
    pub fn text(&self) -> Option<String> {
        match self {
            ResponseItem::Message(m) => Some(m.text()),
            _ => None,
        }
    }

    /// The function call, for a `function_call` item.
    pub fn as_function_call(&self) -> Option<&FunctionCallItem> {
        match self {
            ResponseItem::FunctionCall(c) => Some(c),
            _ => None,
        }
    }

    /// The message, for a `message` item.
    pub fn as_message(&self) -> Option<&MessageItem> {
        match self {
            ResponseItem::Message(m) => Some(m),
            _ => None,
        }
    }
}

impl From<MessageItem> for ResponseItem {
    fn from(m: MessageItem) -> Self {
        ResponseItem::Message(m)
    }
}
impl From<FunctionCallItem> for ResponseItem {
    fn from(c: FunctionCallItem) -> Self {
        ResponseItem::FunctionCall(c)
    }
}
impl From<FunctionCallOutputItem> for ResponseItem {
    fn from(o: FunctionCallOutputItem) -> Self {
        ResponseItem::FunctionCallOutput(o)
    }
}

string_enum! {
    /// Who wrote a message (`assistant` when absent).
    #[derive(Default)]
    pub enum MessageRole {
        /// `user`
        User = "user",
        /// `assistant`
        #[default]
        Assistant = "assistant",
        /// `system`
        System = "system",
        /// `developer`
        Developer = "developer",
    }
}

string_enum! {
    /// Where an item stands.
    pub enum ItemStatus {
        /// Being written.
        InProgress = "in_progress",
        /// Done.
        Completed = "completed",
        /// Cut short (the token limit, a content filter).
        Incomplete = "incomplete",
    }
}

/// A message (`message`): its role and content; the id and status are the server's.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MessageItem {
    /// The item id (output messages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Who wrote it.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub role: MessageRole,
    /// Text, or content parts.
    #[serde(default)]
    pub content: MessageContent,
    /// Where it stands (output messages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ItemStatus>,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

impl MessageItem {
    /// A message with this role and content.
    pub fn new(role: MessageRole, content: impl Into<MessageContent>) -> Self {
        MessageItem {
            id: None,
            role,
            content: content.into(),
            status: None,
            extra: JsonObject::new(),
        }
    }

    /// The text parts joined (input and output text; refusals, images and files skipped).
    pub fn text(&self) -> String {
        match &self.content {
            MessageContent::Text(t) => t.clone(),
            MessageContent::Parts(parts) => parts.iter().filter_map(ContentPart::text).collect(),
        }
    }

    /// The refusal, when the model refused.
    pub fn refusal(&self) -> Option<&str> {
        match &self.content {
            MessageContent::Parts(parts) => parts.iter().find_map(|p| match p {
                ContentPart::Refusal(r) => Some(r.refusal.as_str()),
                _ => None,
            }),
            MessageContent::Text(_) => None,
        }
    }
}

/// A message's content: a string, or a list of parts.
#[derive(Clone, Debug, PartialEq)]
pub enum MessageContent {
    /// Text.
    Text(String),
    /// Parts: text, images and files in; output text and refusals out.
    Parts(Vec<ContentPart>),
}

impl Default for MessageContent {
    fn default() -> Self {
        MessageContent::Parts(Vec::new())
    }
}

impl From<&str> for MessageContent {
    fn from(s: &str) -> Self {
        MessageContent::Text(s.to_owned())
    }
}
impl From<String> for MessageContent {
    fn from(s: String) -> Self {
        MessageContent::Text(s)
    }
}
impl From<Vec<ContentPart>> for MessageContent {
    fn from(p: Vec<ContentPart>) -> Self {
        MessageContent::Parts(p)
    }
}
impl<const N: usize> From<[ContentPart; N]> for MessageContent {
    fn from(p: [ContentPart; N]) -> Self {
        MessageContent::Parts(p.into())
    }
}

impl Serialize for MessageContent {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            MessageContent::Text(t) => s.serialize_str(t),
            MessageContent::Parts(p) => p.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for MessageContent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::String(s) => MessageContent::Text(s),
            Value::Null => MessageContent::default(),
            Value::Array(a) => MessageContent::Parts(
                a.into_iter()
                    .map(ContentPart::deserialize)
                    .collect::<Result<_, _>>()
                    .map_err(serde::de::Error::custom)?,
            ),
            other => MessageContent::Parts(vec![
                ContentPart::deserialize(other).map_err(serde::de::Error::custom)?
            ]),
        })
    }
}

open_union! {
    /// A part of a message's content (or of a function call's output, or of reasoning).
    pub enum ContentPart {
        /// `input_text`: text in.
        "input_text" => InputText(InputText),
        /// `input_image`: an image in, by URL (or data URL) or file id.
        "input_image" => InputImage(InputImage),
        /// `input_file`: a file in, by id, URL or base64 data.
        "input_file" => InputFile(InputFile),
        /// `output_text`: the model's text, with its annotations.
        "output_text" => OutputText(OutputText),
        /// `refusal`: the model refused.
        "refusal" => Refusal(Refusal),
        /// `reasoning_text`: a piece of reasoning.
        "reasoning_text" => ReasoningText(ReasoningText),
    }
}

impl ContentPart {
    /// Text in.
    pub fn input_text(text: impl Into<String>) -> Self {
        ContentPart::InputText(InputText {
            text: text.into(),
            extra: JsonObject::new(),
        })
    }

    /// An image in, by URL or `data:` URL (see [`data_url`](crate::data_url)).
    pub fn input_image(image_url: impl Into<String>) -> Self {
        ContentPart::InputImage(InputImage {
            image_url: Some(image_url.into()),
            detail: Some("auto".to_owned()),
            ..InputImage::default()
        })
    }

    /// A file in, by its id (an uploaded file).
    pub fn input_file_id(file_id: impl Into<String>) -> Self {
        ContentPart::InputFile(InputFile {
            file_id: Some(file_id.into()),
            ..InputFile::default()
        })
    }

    /// A file in, by URL.
    pub fn input_file_url(file_url: impl Into<String>) -> Self {
        ContentPart::InputFile(InputFile {
            file_url: Some(file_url.into()),
            ..InputFile::default()
        })
    }

    /// Output text (how the model's text reads; also to replay a turn).
    pub fn output_text(text: impl Into<String>) -> Self {
        ContentPart::OutputText(OutputText {
            text: text.into(),
            ..OutputText::default()
        })
    }

    /// The part's text: input, output or reasoning text; `None` for the others.
    pub fn text(&self) -> Option<&str> {
        match self {
            ContentPart::InputText(t) => Some(&t.text),
            ContentPart::OutputText(t) => Some(&t.text),
            ContentPart::ReasoningText(t) => Some(&t.text),
            _ => None,
        }
    }
}

/// `input_text`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InputText {
    /// The text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub text: String,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

/// `input_image`: by `image_url` (a URL or a `data:` URL) or `file_id`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InputImage {
    /// The image's URL or data URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// An uploaded file's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// `auto`, `low` or `high` (the spec requires it: the constructors send `auto`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

/// `input_file`: by `file_id`, `file_url` or `file_data` (base64, with a `filename`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InputFile {
    /// An uploaded file's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The file's URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// The file's content, base64.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_data: Option<String>,
    /// The file's name (with `file_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

/// `output_text`: the model's text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OutputText {
    /// The text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub text: String,
    /// Citations and file paths (`url_citation`, `file_citation`, ...), as sent.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub annotations: Vec<Value>,
    /// Token log probabilities, when asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<Vec<Value>>,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

/// `refusal`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Refusal {
    /// Why the model refused.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub refusal: String,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

/// `reasoning_text`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReasoningText {
    /// The text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub text: String,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

/// A call to one of the request's function tools (`function_call`): run it and answer with
/// [`output`](Self::output).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FunctionCallItem {
    /// The item id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The call id: the output answers it.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub call_id: String,
    /// The function's name.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: String,
    /// The arguments, as JSON text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub arguments: String,
    /// Where it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ItemStatus>,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

impl FunctionCallItem {
    /// Parses the arguments into `Args`.
    ///
    /// # Errors
    /// [`ParseError`] carrying the raw arguments when they are not JSON or do not match `Args`.
    pub fn parse_arguments<Args: serde::de::DeserializeOwned>(&self) -> Result<Args, ParseError> {
        ParseError::parse_str(&self.arguments)
    }

    /// The item answering this call with `output`.
    pub fn output(&self, output: impl Into<String>) -> ResponseItem {
        ResponseItem::function_call_output(self.call_id.clone(), output)
    }
}

/// The caller's answer to a function call (`function_call_output`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FunctionCallOutputItem {
    /// The item id (set by the server).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The id of the call this answers.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub call_id: String,
    /// The output: text, or content parts.
    #[serde(default)]
    pub output: FunctionOutput,
    /// Where it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ItemStatus>,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

/// A function call's output: text (JSON or prose), or content parts.
#[derive(Clone, Debug, PartialEq)]
pub enum FunctionOutput {
    /// Text.
    Text(String),
    /// Parts (text, images, files).
    Parts(Vec<ContentPart>),
}

impl Default for FunctionOutput {
    fn default() -> Self {
        FunctionOutput::Text(String::new())
    }
}

impl FunctionOutput {
    /// The output's text (text parts joined).
    pub fn text(&self) -> String {
        match self {
            FunctionOutput::Text(t) => t.clone(),
            FunctionOutput::Parts(p) => p.iter().filter_map(ContentPart::text).collect(),
        }
    }
}

impl Serialize for FunctionOutput {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            FunctionOutput::Text(t) => s.serialize_str(t),
            FunctionOutput::Parts(p) => p.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for FunctionOutput {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::String(s) => FunctionOutput::Text(s),
            Value::Null => FunctionOutput::default(),
            Value::Array(a) => FunctionOutput::Parts(
                a.into_iter()
                    .map(ContentPart::deserialize)
                    .collect::<Result<_, _>>()
                    .map_err(serde::de::Error::custom)?,
            ),
            other => FunctionOutput::Text(other.to_string()),
        })
    }
}

/// The model's reasoning (`reasoning`): a summary, the reasoning text, or encrypted content to
/// send back as is.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReasoningItem {
    /// The item id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// The summary parts.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub summary: Vec<ReasoningSummary>,
    /// The reasoning text parts (`reasoning_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<Vec<ContentPart>>,
    /// The reasoning, encrypted (send it back unchanged).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted_content: Option<String>,
    /// Where it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ItemStatus>,
    /// Fields this version does not know, kept.
    #[serde(flatten, deserialize_with = "untyped")]
    pub extra: JsonObject,
}

impl ReasoningItem {
    /// The reasoning text (its `reasoning_text` parts joined).
    pub fn text(&self) -> String {
        self.content
            .iter()
            .flatten()
            .filter_map(ContentPart::text)
            .collect()
    }
}

/// A part of a reasoning summary (`summary_text`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReasoningSummary {
    /// `summary_text`.
    #[serde(rename = "type", default = "summary_text")]
    pub kind: String,
    /// The text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub text: String,
}

fn summary_text() -> String {
    "summary_text".to_owned()
}

/// What a request sends as `input`: one user message as a string, or a list of items
/// (messages, function calls and their outputs, reasoning, a previous output sent back).
///
/// ```
/// use mistral::responses::{ResponseInput, ResponseItem};
/// let one: ResponseInput = "Hi".into();
/// let many: ResponseInput = [ResponseItem::user("Hi"), ResponseItem::function_call_output("c1", "22 °C")].into();
/// assert_eq!(serde_json::to_value(&one)?, "Hi");
/// assert_eq!(serde_json::to_value(&many)?[1]["type"], "function_call_output");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum ResponseInput {
    /// One user message.
    Text(String),
    /// A list of items.
    Items(Vec<ResponseItem>),
}

impl ResponseInput {
    /// Whether nothing is sent: an empty string or an empty list.
    pub fn is_empty(&self) -> bool {
        match self {
            ResponseInput::Text(t) => t.is_empty(),
            ResponseInput::Items(i) => i.is_empty(),
        }
    }

    /// The input as a list of items (a string is one user message).
    pub fn to_items(&self) -> Vec<ResponseItem> {
        match self {
            ResponseInput::Text(t) => vec![ResponseItem::user(t.as_str())],
            ResponseInput::Items(i) => i.clone(),
        }
    }
}

impl From<&str> for ResponseInput {
    fn from(s: &str) -> Self {
        ResponseInput::Text(s.to_owned())
    }
}
impl From<String> for ResponseInput {
    fn from(s: String) -> Self {
        ResponseInput::Text(s)
    }
}
impl From<ResponseItem> for ResponseInput {
    fn from(i: ResponseItem) -> Self {
        ResponseInput::Items(vec![i])
    }
}
impl From<Vec<ResponseItem>> for ResponseInput {
    fn from(i: Vec<ResponseItem>) -> Self {
        ResponseInput::Items(i)
    }
}
impl<const N: usize> From<[ResponseItem; N]> for ResponseInput {
    fn from(i: [ResponseItem; N]) -> Self {
        ResponseInput::Items(i.into())
    }
}

impl Serialize for ResponseInput {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ResponseInput::Text(t) => s.serialize_str(t),
            ResponseInput::Items(i) => i.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ResponseInput {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Wire {
            Text(String),
            Items(Vec<ResponseItem>),
        }
        Ok(match Wire::deserialize(d)? {
            Wire::Text(t) => ResponseInput::Text(t),
            Wire::Items(i) => ResponseInput::Items(i),
        })
    }
}
