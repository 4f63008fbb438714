//! Message content: plain text or a list of typed chunks.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::macros::{open_union, string_enum};

/// Message content: a plain string, or a list of chunks (text, images, documents, thinking...).
///
/// The server may switch between the two shapes from one message (or stream chunk) to the next;
/// both always parse.
#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    /// Plain text.
    Text(String),
    /// A list of typed chunks.
    Chunks(Vec<ContentChunk>),
}

impl Content {
    /// The text of this content: the string itself, or the `text` chunks concatenated.
    /// Thinking and other non-text chunks are skipped.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Content::Text(s) => std::borrow::Cow::Borrowed(s),
            Content::Chunks(chunks) => {
                let mut out = String::new();
                for c in chunks {
                    if let ContentChunk::Text(t) = c {
                        out.push_str(&t.text);
                    }
                }
                std::borrow::Cow::Owned(out)
            }
        }
    }

    /// The reasoning of this content: the text of its `thinking` chunks, concatenated (empty
    /// for plain text).
    pub fn thinking(&self) -> String {
        match self {
            Content::Text(_) => String::new(),
            Content::Chunks(chunks) => chunks
                .iter()
                .filter_map(|c| match c {
                    ContentChunk::Thinking(t) => Some(t.text()),
                    _ => None,
                })
                .collect(),
        }
    }

    /// Whether this content holds no text and no chunks.
    pub fn is_empty(&self) -> bool {
        match self {
            Content::Text(s) => s.is_empty(),
            Content::Chunks(c) => c.is_empty(),
        }
    }

    /// The chunks, if this content is a list.
    pub fn chunks(&self) -> Option<&[ContentChunk]> {
        match self {
            Content::Text(_) => None,
            Content::Chunks(c) => Some(c),
        }
    }
}

impl From<&str> for Content {
    fn from(s: &str) -> Self {
        Content::Text(s.to_owned())
    }
}
impl From<String> for Content {
    fn from(s: String) -> Self {
        Content::Text(s)
    }
}
impl From<Vec<ContentChunk>> for Content {
    fn from(c: Vec<ContentChunk>) -> Self {
        Content::Chunks(c)
    }
}
impl<const N: usize> From<[ContentChunk; N]> for Content {
    fn from(c: [ContentChunk; N]) -> Self {
        Content::Chunks(c.into())
    }
}

impl Serialize for Content {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Content::Text(t) => s.serialize_str(t),
            Content::Chunks(c) => c.serialize(s),
        }
    }
}

// Hand-written rather than `#[serde(untagged)]`: untagged buffers every value first, and content
// sits on the streaming hot path.
impl<'de> Deserialize<'de> for Content {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Content;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string or a list of content chunks")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Content, E> {
                Ok(Content::Text(s.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Content, E> {
                Ok(Content::Text(s))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Content, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(2).min(64));
                while let Some(c) = seq.next_element()? {
                    out.push(c);
                }
                Ok(Content::Chunks(out))
            }
        }
        d.deserialize_any(V)
    }
}

open_union! {
    /// One typed piece of message content (`type`-tagged on the wire).
    pub enum ContentChunk {
        /// `{"type":"text","text":...}`
        "text" => Text(TextChunk),
        /// `{"type":"image_url","image_url":...}`
        "image_url" => ImageUrl(ImageUrlChunk),
        /// `{"type":"document_url","document_url":...}`
        "document_url" => DocumentUrl(DocumentUrlChunk),
        /// `{"type":"reference","reference_ids":[...]}`
        "reference" => Reference(ReferenceChunk),
        /// `{"type":"file","file_id":...}`
        "file" => File(FileChunk),
        /// `{"type":"thinking","thinking":[...]}` from reasoning models.
        "thinking" => Thinking(ThinkChunk),
        /// `{"type":"input_audio","input_audio":...}`
        "input_audio" => InputAudio(AudioChunk),
        /// `{"type":"tool_file","tool":...,"file_id":...}`: a file a built-in tool made
        /// (conversations).
        "tool_file" => ToolFile(ToolFileChunk),
        /// `{"type":"tool_reference","tool":...,"title":...}`: a source a built-in tool used
        /// (conversations).
        "tool_reference" => ToolReference(ToolReferenceChunk),
    }
}

impl ContentChunk {
    /// A text chunk.
    pub fn text(text: impl Into<String>) -> Self {
        ContentChunk::Text(TextChunk { text: text.into() })
    }

    /// An image by URL or `data:image/...;base64,...` URI.
    pub fn image_url(url: impl Into<String>) -> Self {
        ContentChunk::ImageUrl(ImageUrlChunk {
            image_url: ImageUrl::Url(url.into()),
        })
    }

    /// An image by URL with a detail level.
    pub fn image_url_with_detail(url: impl Into<String>, detail: ImageDetail) -> Self {
        ContentChunk::ImageUrl(ImageUrlChunk {
            image_url: ImageUrl::Detailed {
                url: url.into(),
                detail: Some(detail),
            },
        })
    }

    /// An image from its bytes, sent inline as a `data:` URL (base64 done for you).
    ///
    /// ```
    /// use mistral::chat::{ContentChunk, Message};
    /// let png: &[u8] = &[0x89, b'P', b'N', b'G']; // e.g. std::fs::read("cat.png")?
    /// let message = Message::user(vec![
    ///     ContentChunk::text("What is in this picture?"),
    ///     ContentChunk::image_bytes("image/png", png),
    /// ]);
    /// # let _ = message;
    /// ```
    pub fn image_bytes(mime: &str, bytes: impl AsRef<[u8]>) -> Self {
        ContentChunk::ImageUrl(ImageUrlChunk {
            image_url: ImageUrl::from_bytes(mime, bytes),
        })
    }

    /// A document (PDF, ...) from its bytes, sent inline as a `data:` URL.
    ///
    /// ```
    /// use mistral::chat::{ContentChunk, Message};
    /// let pdf: &[u8] = b"%PDF-1.7 ..."; // e.g. std::fs::read("report.pdf")?
    /// let message = Message::user(vec![
    ///     ContentChunk::text("Summarise this report."),
    ///     ContentChunk::document_bytes("application/pdf", pdf, Some("report.pdf")),
    /// ]);
    /// # let _ = message;
    /// ```
    pub fn document_bytes(mime: &str, bytes: impl AsRef<[u8]>, name: Option<&str>) -> Self {
        ContentChunk::DocumentUrl(DocumentUrlChunk {
            document_url: data_url(mime, bytes.as_ref()),
            document_name: name.map(str::to_owned),
        })
    }

    /// A document by URL.
    pub fn document_url(url: impl Into<String>) -> Self {
        ContentChunk::DocumentUrl(DocumentUrlChunk {
            document_url: url.into(),
            document_name: None,
        })
    }

    /// A document by URL with a display name.
    pub fn document_url_named(url: impl Into<String>, name: impl Into<String>) -> Self {
        ContentChunk::DocumentUrl(DocumentUrlChunk {
            document_url: url.into(),
            document_name: Some(name.into()),
        })
    }

    /// An uploaded file by id.
    pub fn file(file_id: impl Into<String>) -> Self {
        ContentChunk::File(FileChunk {
            file_id: file_id.into(),
        })
    }

    /// Base64-encoded input audio.
    pub fn input_audio(base64: impl Into<String>) -> Self {
        ContentChunk::InputAudio(AudioChunk {
            input_audio: base64.into(),
        })
    }

    /// Citation references.
    pub fn reference(ids: impl IntoIterator<Item = ReferenceId>) -> Self {
        ContentChunk::Reference(ReferenceChunk {
            reference_ids: ids.into_iter().collect(),
        })
    }

    /// A thinking chunk holding text (to replay reasoning, or to prefix it).
    pub fn thinking(text: impl Into<String>) -> Self {
        ContentChunk::Thinking(ThinkChunk {
            thinking: vec![ThinkingPart::Text(TextChunk { text: text.into() })],
            signature: None,
            closed: None,
        })
    }
}

/// A text chunk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextChunk {
    /// The text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub text: String,
}

/// An image chunk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImageUrlChunk {
    /// The image: a URL string or an object with a detail level.
    pub image_url: ImageUrl,
}

/// `data:<mime>;base64,<bytes>`.
pub fn data_url(mime: &str, bytes: &[u8]) -> String {
    use base64::Engine as _;
    let mut out = format!("data:{mime};base64,");
    base64::engine::general_purpose::STANDARD.encode_string(bytes, &mut out);
    out
}

impl ImageUrl {
    /// An image from its bytes, as a `data:` URL.
    ///
    /// ```
    /// use mistral::chat::ImageUrl;
    /// let url = ImageUrl::from_bytes("image/jpeg", [0xff, 0xd8, 0xff]);
    /// assert_eq!(url, ImageUrl::Url("data:image/jpeg;base64,/9j/".into()));
    /// ```
    pub fn from_bytes(mime: &str, bytes: impl AsRef<[u8]>) -> Self {
        ImageUrl::Url(data_url(mime, bytes.as_ref()))
    }
}

/// An image reference: a bare URL, or a URL with a detail level.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ImageUrl {
    /// A bare URL (https or a `data:` URI).
    Url(String),
    /// `{"url":..., "detail":...}`
    Detailed {
        /// The URL.
        url: String,
        /// How closely the model looks at the image.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        detail: Option<ImageDetail>,
    },
}

impl ImageUrl {
    /// The URL, whichever form this is.
    pub fn url(&self) -> &str {
        match self {
            ImageUrl::Url(u) | ImageUrl::Detailed { url: u, .. } => u,
        }
    }
}

string_enum! {
    /// Image detail level.
    pub enum ImageDetail {
        /// `low`
        Low = "low",
        /// `auto`
        Auto = "auto",
        /// `high`
        High = "high",
    }
}

/// A document chunk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentUrlChunk {
    /// The document URL.
    pub document_url: String,
    /// An optional display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_name: Option<String>,
}

/// Citation references.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferenceChunk {
    /// The referenced ids.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub reference_ids: Vec<ReferenceId>,
}

/// A reference id: the spec allows integers and strings.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ReferenceId {
    /// An integer id.
    Int(i64),
    /// A string id.
    Str(String),
}

impl From<i64> for ReferenceId {
    fn from(v: i64) -> Self {
        ReferenceId::Int(v)
    }
}
impl From<&str> for ReferenceId {
    fn from(v: &str) -> Self {
        ReferenceId::Str(v.to_owned())
    }
}

/// An uploaded file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileChunk {
    /// The file id (a UUID).
    pub file_id: String,
}

/// A file made by a built-in tool (an image from `image_generation`, a file from
/// `code_interpreter`); download it by id with the files API.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ToolFileChunk {
    /// The tool that made the file (a built-in tool's name, or another string).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub tool: String,
    /// The file id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub file_id: String,
    /// The file's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// The file's type, e.g. `png`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_type: Option<String>,
}

/// Input audio.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AudioChunk {
    /// Base64-encoded audio.
    pub input_audio: String,
}

/// Reasoning from a thinking model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThinkChunk {
    /// The reasoning, as nested chunks.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub thinking: Vec<ThinkingPart>,
    /// An opaque signature used to replay reasoning across turns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// Whether the thinking block is closed (only meaningful when prefixing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<bool>,
}

impl ThinkChunk {
    /// The text parts of the reasoning, concatenated.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for p in &self.thinking {
            if let ThinkingPart::Text(t) = p {
                out.push_str(&t.text);
            }
        }
        out
    }
}

open_union! {
    /// One piece inside a thinking chunk.
    pub enum ThinkingPart {
        /// Reasoning text.
        "text" => Text(TextChunk),
        /// A reference to a built-in tool's result.
        "tool_reference" => ToolReference(ToolReferenceChunk),
        /// Citation references.
        "reference" => Reference(ReferenceChunk),
    }
}

/// A reference to a tool's output inside reasoning.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ToolReferenceChunk {
    /// The tool (a built-in connector name or another string).
    pub tool: String,
    /// A title.
    pub title: String,
    /// A URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A favicon URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favicon: Option<String>,
    /// A description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
