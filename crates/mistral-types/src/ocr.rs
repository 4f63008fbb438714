//! OCR (`POST /v1/ocr`): a document (a URL, an image, an uploaded file, or local bytes sent as
//! a data URL) read into markdown pages, with images, tables, optional headers and footers,
//! blocks and confidence scores, and annotations whose JSON schema comes from a Rust type.

use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use typed_builder::TypedBuilder;

use crate::chat::content::{data_url, DocumentUrlChunk, FileChunk, ImageUrl, ImageUrlChunk};
use crate::chat::tool::{JsonObject, ResponseFormat};
use crate::de::ResponseMismatch;
use crate::macros::string_enum;
use crate::parse::ParseError;
use crate::validate::{Checker, ValidationError};

/// The document to read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum OcrDocument {
    /// A document (PDF, ...) by URL or `data:` URL.
    DocumentUrl(DocumentUrlChunk),
    /// An image by URL or `data:` URL.
    ImageUrl(ImageUrlChunk),
    /// A file uploaded with purpose `ocr`, by id.
    File(FileChunk),
}

/// The media types [`OcrDocument::from_bytes`] recognises, by their first bytes.
const SIGNATURES: [(&[u8], &str); 6] = [
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"II*\0", "image/tiff"),
    (b"MM\0*", "image/tiff"),
];

impl OcrDocument {
    /// A document by URL.
    pub fn url(url: impl Into<String>) -> Self {
        OcrDocument::DocumentUrl(DocumentUrlChunk {
            document_url: url.into(),
            document_name: None,
        })
    }

    /// An image by URL.
    pub fn image_url(url: impl Into<String>) -> Self {
        OcrDocument::ImageUrl(ImageUrlChunk {
            image_url: ImageUrl::Url(url.into()),
        })
    }

    /// An uploaded file, by id.
    pub fn file(file_id: impl Into<String>) -> Self {
        OcrDocument::File(FileChunk {
            file_id: file_id.into(),
        })
    }

    /// Local bytes, sent inline as a base64 `data:` URL with their media type (told by their
    /// first bytes: PDF, PNG, JPEG, GIF, TIFF, WebP). No base64 by hand.
    ///
    /// ```
    /// use mistral::ocr::OcrDocument;
    /// let pdf = b"%PDF-1.4\n..."; // e.g. std::fs::read("invoice.pdf")?
    /// let doc = OcrDocument::from_bytes(pdf).unwrap();
    /// assert!(matches!(doc, OcrDocument::DocumentUrl(ref d) if d.document_url.starts_with("data:application/pdf;base64,")));
    /// ```
    ///
    /// # Errors
    /// [`UnknownMediaType`] when the bytes are none of those types; use
    /// [`from_bytes_as`](Self::from_bytes_as) to name the type.
    pub fn from_bytes(bytes: impl AsRef<[u8]>) -> Result<Self, UnknownMediaType> {
        let b = bytes.as_ref();
        let webp = b.len() >= 12 && &b[..4] == b"RIFF" && &b[8..12] == b"WEBP";
        let mime = SIGNATURES
            .iter()
            .find(|(sig, _)| b.starts_with(sig))
            .map(|(_, m)| *m)
            .or(webp.then_some("image/webp"))
            .ok_or(UnknownMediaType)?;
        Ok(Self::from_bytes_as(mime, b))
    }

    /// Local bytes of the given media type, as a `data:` URL (a document, or an image for
    /// `image/*`).
    pub fn from_bytes_as(mime: &str, bytes: impl AsRef<[u8]>) -> Self {
        let url = data_url(mime, bytes.as_ref());
        if mime.starts_with("image/") {
            Self::image_url(url)
        } else {
            Self::url(url)
        }
    }
}

/// Bytes that are not a PDF or an image type [`OcrDocument::from_bytes`] knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the document's media type is not recognised (PDF, PNG, JPEG, GIF, TIFF or WebP): name it with OcrDocument::from_bytes_as")]
pub struct UnknownMediaType;

/// Which pages: a range text (`"0-3"`) or a list of indexes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Pages {
    /// A range or list as text, e.g. `"0-3"` or `"0,2,4"`.
    Text(String),
    /// Page indexes, from 0.
    List(Vec<u32>),
}

impl From<&str> for Pages {
    fn from(s: &str) -> Self {
        Pages::Text(s.to_owned())
    }
}
impl From<Vec<u32>> for Pages {
    fn from(v: Vec<u32>) -> Self {
        Pages::List(v)
    }
}
impl<const N: usize> From<[u32; N]> for Pages {
    fn from(v: [u32; N]) -> Self {
        Pages::List(v.to_vec())
    }
}

string_enum! {
    /// How tables are given.
    pub enum TableFormat {
        /// Markdown tables.
        Markdown = "markdown",
        /// HTML tables.
        Html = "html",
    }
}

string_enum! {
    /// The granularity of confidence scores.
    pub enum ConfidenceGranularity {
        /// Per word.
        Word = "word",
        /// Per page.
        Page = "page",
        /// Per block.
        Block = "block",
    }
}

/// An OCR request. `model` and `document` are required at compile time.
///
/// ```
/// use mistral::ocr::{OcrDocument, OcrRequest};
///
/// #[derive(schemars::JsonSchema, serde::Deserialize)]
/// struct Invoice { number: String, total: f64 }
///
/// let request = OcrRequest::builder()
///     .model("mistral-ocr-latest")
///     .document(OcrDocument::url("https://example.com/invoice.pdf"))
///     .pages([0, 1])
///     .build()
///     .with_document_annotation::<Invoice>();
/// assert!(request.validate().is_ok());
/// ```
///
/// ```compile_fail
/// use mistral::ocr::OcrRequest;
/// let request = OcrRequest::builder().model("mistral-ocr-latest").build(); // no document
/// ```
///
/// # Optional fields
///
/// `.pages([0, 1])`, or `.maybe_pages(opt)` from an `Option` of anything the setter takes
/// (`None` leaves it unset); or assign the public field after `build()`. The optional setters
/// keep the builder's type, so they may be called conditionally.
///
/// ```
/// use mistral::ocr::{OcrDocument, OcrRequest};
///
/// let (first_page_only, prompt): (bool, Option<&str>) = (true, Some("The invoice's total."));
/// let builder = OcrRequest::builder()
///     .model("mistral-ocr-latest")
///     .document(OcrDocument::url("https://example.com/invoice.pdf"));
/// let builder = if first_page_only { builder.pages([0]) } else { builder };
/// let mut request = builder.maybe_document_annotation_prompt(prompt).build();
/// request.include_image_base64 = Some(false);
/// assert_eq!(request.document_annotation_prompt.as_deref(), Some("The invoice's total."));
/// assert!(request.pages.is_some());
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`OcrRequest`], from [`OcrRequest::builder`]. `model` and \
        `document` are required, once each: `build()` does not compile without them. The optional \
        setters (`.x(v)`, `.maybe_x(opt)`) keep the builder's type, so they may be called conditionally, \
        or again (the last call wins)."
    )
)]
pub struct OcrRequest {
    /// The model, e.g. `mistral-ocr-latest`.
    #[builder(setter(into))]
    pub model: String,
    /// The document.
    #[builder(setter(into))]
    pub document: OcrDocument,
    /// Which pages (all when unset).
    #[builder(via_mutators, mutators(
        /// Which pages (all when unset).
        pub fn pages(&mut self, v: impl Into<Pages>) { self.pages = Some(v.into()) }
        /// [`pages`](Self::pages) from an `Option`: `None` unsets it.
        pub fn maybe_pages(&mut self, v: Option<impl Into<Pages>>) { self.pages = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<Pages>,
    /// Return the images as base64.
    #[builder(via_mutators, mutators(
        /// Return the images as base64.
        pub fn include_image_base64(&mut self, v: bool) { self.include_image_base64 = Some(v) }
        /// [`include_image_base64`](Self::include_image_base64) from an `Option`: `None` unsets it.
        pub fn maybe_include_image_base64(&mut self, v: Option<bool>) { self.include_image_base64 = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_image_base64: Option<bool>,
    /// The most images to extract.
    #[builder(via_mutators, mutators(
        /// The most images to extract.
        pub fn image_limit(&mut self, v: u32) { self.image_limit = Some(v) }
        /// [`image_limit`](Self::image_limit) from an `Option`: `None` unsets it.
        pub fn maybe_image_limit(&mut self, v: Option<u32>) { self.image_limit = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_limit: Option<u32>,
    /// The smallest image (height and width, in pixels) to extract.
    #[builder(via_mutators, mutators(
        /// The smallest image (height and width, in pixels) to extract.
        pub fn image_min_size(&mut self, v: u32) { self.image_min_size = Some(v) }
        /// [`image_min_size`](Self::image_min_size) from an `Option`: `None` unsets it.
        pub fn maybe_image_min_size(&mut self, v: Option<u32>) { self.image_min_size = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_min_size: Option<u32>,
    /// An annotation per extracted image (bounding box), in this format.
    #[builder(via_mutators, mutators(
        /// An annotation per extracted image (bounding box), in this format.
        pub fn bbox_annotation_format(&mut self, v: ResponseFormat) { self.bbox_annotation_format = Some(v) }
        /// [`bbox_annotation_format`](Self::bbox_annotation_format) from an `Option`: `None` unsets it.
        pub fn maybe_bbox_annotation_format(&mut self, v: Option<ResponseFormat>) {
            self.bbox_annotation_format = v
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bbox_annotation_format: Option<ResponseFormat>,
    /// An annotation of the whole document, in this format.
    #[builder(via_mutators, mutators(
        /// An annotation of the whole document, in this format.
        pub fn document_annotation_format(&mut self, v: ResponseFormat) {
            self.document_annotation_format = Some(v)
        }
        /// [`document_annotation_format`](Self::document_annotation_format) from an `Option`:
        /// `None` unsets it.
        pub fn maybe_document_annotation_format(&mut self, v: Option<ResponseFormat>) {
            self.document_annotation_format = v
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_annotation_format: Option<ResponseFormat>,
    /// Instructions for the document annotation.
    #[builder(via_mutators, mutators(
        /// Instructions for the document annotation.
        pub fn document_annotation_prompt(&mut self, v: impl Into<String>) {
            self.document_annotation_prompt = Some(v.into())
        }
        /// [`document_annotation_prompt`](Self::document_annotation_prompt) from an `Option`:
        /// `None` unsets it.
        pub fn maybe_document_annotation_prompt(&mut self, v: Option<impl Into<String>>) {
            self.document_annotation_prompt = v.map(Into::into)
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_annotation_prompt: Option<String>,
    /// How tables are given.
    #[builder(via_mutators, mutators(
        /// How tables are given.
        pub fn table_format(&mut self, v: TableFormat) { self.table_format = Some(v) }
        /// [`table_format`](Self::table_format) from an `Option`: `None` unsets it.
        pub fn maybe_table_format(&mut self, v: Option<TableFormat>) { self.table_format = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table_format: Option<TableFormat>,
    /// Extract page headers apart from the markdown.
    #[builder(via_mutators, mutators(
        /// Extract page headers apart from the markdown.
        pub fn extract_header(&mut self, v: bool) { self.extract_header = Some(v) }
        /// [`extract_header`](Self::extract_header) from an `Option`: `None` unsets it.
        pub fn maybe_extract_header(&mut self, v: Option<bool>) { self.extract_header = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extract_header: Option<bool>,
    /// Extract page footers apart from the markdown.
    #[builder(via_mutators, mutators(
        /// Extract page footers apart from the markdown.
        pub fn extract_footer(&mut self, v: bool) { self.extract_footer = Some(v) }
        /// [`extract_footer`](Self::extract_footer) from an `Option`: `None` unsets it.
        pub fn maybe_extract_footer(&mut self, v: Option<bool>) { self.extract_footer = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extract_footer: Option<bool>,
    /// Return the layout blocks of each page.
    #[builder(via_mutators, mutators(
        /// Return the layout blocks of each page.
        pub fn include_blocks(&mut self, v: bool) { self.include_blocks = Some(v) }
        /// [`include_blocks`](Self::include_blocks) from an `Option`: `None` unsets it.
        pub fn maybe_include_blocks(&mut self, v: Option<bool>) { self.include_blocks = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_blocks: Option<bool>,
    /// Return confidence scores at this granularity.
    #[builder(via_mutators, mutators(
        /// Return confidence scores at this granularity.
        pub fn confidence_scores_granularity(&mut self, v: ConfidenceGranularity) {
            self.confidence_scores_granularity = Some(v)
        }
        /// [`confidence_scores_granularity`](Self::confidence_scores_granularity) from an `Option`:
        /// `None` unsets it.
        pub fn maybe_confidence_scores_granularity(&mut self, v: Option<ConfidenceGranularity>) {
            self.confidence_scores_granularity = v
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence_scores_granularity: Option<ConfidenceGranularity>,
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

impl OcrRequest {
    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &[
        "model",
        "document",
        "pages",
        "include_image_base64",
        "image_limit",
        "image_min_size",
        "bbox_annotation_format",
        "document_annotation_format",
        "document_annotation_prompt",
        "table_format",
        "extract_header",
        "extract_footer",
        "include_blocks",
        "confidence_scores_granularity",
    ];

    /// Asks for a document annotation following the strict JSON schema of `T` (read it back
    /// with [`OcrResponse::document_annotation`]).
    #[must_use]
    pub fn with_document_annotation<T: JsonSchema>(mut self) -> Self {
        self.document_annotation_format = Some(ResponseFormat::json_schema::<T>());
        self
    }

    /// Asks for an annotation of each extracted image following the strict JSON schema of `T`
    /// (read back with [`OcrImage::annotation`]).
    #[must_use]
    pub fn with_bbox_annotation<T: JsonSchema>(mut self) -> Self {
        self.bbox_annotation_format = Some(ResponseFormat::json_schema::<T>());
        self
    }

    /// A model, a non-empty document reference, sane page and image settings.
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("model", &self.model);
        match &self.document {
            OcrDocument::DocumentUrl(d) => c.non_empty("document.document_url", &d.document_url),
            OcrDocument::ImageUrl(i) => {
                let url = match &i.image_url {
                    ImageUrl::Url(u) => u,
                    ImageUrl::Detailed { url, .. } => url,
                };
                c.non_empty("document.image_url", url);
            }
            OcrDocument::File(f) => c.non_empty("document.file_id", &f.file_id),
        }
        match &self.pages {
            Some(Pages::List(v)) if v.is_empty() => c.push("pages", "an empty list selects no page"),
            Some(Pages::Text(t)) if t.trim().is_empty() => c.push("pages", "must not be empty"),
            _ => {}
        }
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

crate::api::request_traits!(OcrRequest);

/// An OCR response. Live responses of 2025 have only `pages`, `model` and `usage_info`: every
/// other field is optional.
///
/// Pages are identified by their [`index`](OcrPage::index), not by their place in `pages`.
/// The client checks every response with [`check_pages`](Self::check_pages) (a page index
/// that appears twice is a decode error: which one is the page is unknown) and then sorts
/// `pages` by index with [`sort_pages`](Self::sort_pages), so that a response from the client
/// has its pages in index order, each index once. Gaps are kept: a request may select pages.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OcrResponse {
    /// The pages: in index order, each index once, from the client; as sent when deserialized
    /// directly.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub pages: Vec<OcrPage>,
    /// The model.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub model: String,
    /// The document annotation (JSON text), when asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_annotation: Option<String>,
    /// Pages processed and document size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage_info: Option<OcrUsage>,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl OcrResponse {
    /// Every page's markdown in page [`index`](OcrPage::index) order, whatever the order of
    /// `pages`, joined by blank lines. Pages that share an index (which the client rejects
    /// with [`check_pages`](Self::check_pages), so only possible on a response deserialized
    /// directly) are each included, in the order they were sent.
    ///
    /// ```
    /// use mistral::ocr::OcrResponse;
    /// let r: OcrResponse = serde_json::from_str(r#"{"model": "m", "pages": [
    ///     {"index": 1, "markdown": "second"}, {"index": 0, "markdown": "first"}]}"#).unwrap();
    /// assert_eq!(r.markdown(), "first\n\nsecond");
    /// ```
    pub fn markdown(&self) -> String {
        let mut pages: Vec<&OcrPage> = self.pages.iter().collect();
        // Stable: pages with the same index keep their order.
        pages.sort_by_key(|p| p.index);
        pages
            .iter()
            .map(|p| p.markdown.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// Checks that no page index appears twice. The client runs it on every response.
    ///
    /// # Errors
    /// The first repeated index, e.g. `page index 0 appears twice`.
    pub fn check_pages(&self) -> Result<(), ResponseMismatch> {
        let mut seen = std::collections::HashSet::with_capacity(self.pages.len());
        match self.pages.iter().find(|p| !seen.insert(p.index)) {
            Some(p) => Err(ResponseMismatch::new(format!(
                "page index {} appears twice",
                p.index
            ))),
            None => Ok(()),
        }
    }

    /// Sorts `pages` by index (stable: pages with the same index keep their order). The
    /// client does it after [`check_pages`](Self::check_pages).
    pub fn sort_pages(&mut self) {
        self.pages.sort_by_key(|p| p.index);
    }

    /// The document annotation read into `T`.
    ///
    /// # Errors
    /// No annotation, or JSON that is not a `T` (the raw text is kept).
    pub fn document_annotation<T: DeserializeOwned>(&self) -> Result<T, ParseError> {
        match &self.document_annotation {
            Some(a) => ParseError::parse_str(a),
            None => Err(ParseError::no_content()),
        }
    }
}

/// One page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OcrPage {
    /// The page's index, from 0.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub index: u32,
    /// The page as markdown.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub markdown: String,
    /// The images extracted.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub images: Vec<OcrImage>,
    /// The tables, when given apart.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub tables: Vec<OcrTable>,
    /// The links on the page.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub hyperlinks: Vec<String>,
    /// The header, when extracted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// The footer, when extracted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer: Option<String>,
    /// The page's size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<OcrDimensions>,
    /// Confidence scores, when asked for (kept as sent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence_scores: Option<Value>,
    /// Layout blocks (text, title, table, image...), when asked for, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocks: Option<Vec<Value>>,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An image found on a page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OcrImage {
    /// The image's id, as referenced in the markdown.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// Bounding box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_left_x: Option<u32>,
    /// Bounding box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_left_y: Option<u32>,
    /// Bounding box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bottom_right_x: Option<u32>,
    /// Bounding box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bottom_right_y: Option<u32>,
    /// The image as base64 (`null` unless asked for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_base64: Option<String>,
    /// The image's annotation (JSON text), when asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_annotation: Option<String>,
}

impl OcrImage {
    /// The image's annotation read into `T`.
    ///
    /// # Errors
    /// No annotation, or JSON that is not a `T`.
    pub fn annotation<T: DeserializeOwned>(&self) -> Result<T, ParseError> {
        match &self.image_annotation {
            Some(a) => ParseError::parse_str(a),
            None => Err(ParseError::no_content()),
        }
    }
}

/// A table given apart from the markdown.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OcrTable {
    /// The table's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// The table.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub content: String,
    /// `markdown` or `html`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<TableFormat>,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A page's size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OcrDimensions {
    /// Dots per inch.
    #[serde(default)]
    pub dpi: u32,
    /// Height, in pixels.
    #[serde(default)]
    pub height: u32,
    /// Width, in pixels.
    #[serde(default)]
    pub width: u32,
}

/// What an OCR call processed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OcrUsage {
    /// Pages processed.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub pages_processed: u32,
    /// The document's size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_size_bytes: Option<u64>,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
