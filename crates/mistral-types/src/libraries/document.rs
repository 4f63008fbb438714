//! Documents of a library: the upload, the document object, its processing status, its update
//! request, its text, and the list (offset pages with a `pagination` object).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use typed_builder::TypedBuilder;

use crate::chat::tool::JsonObject;
use crate::files::{FileContent, Query};
use crate::libraries::library::{check_page_size, PaginationInfo};
use crate::macros::string_enum;
use crate::models::Timestamp;
use crate::validate::{Checker, ValidationError};

string_enum! {
    /// Where a document's processing is (`ProcessStatus` in the spec): every value the spec
    /// lists, and any other kept as [`Other`](Self::Other).
    ///
    /// ```
    /// use mistral::libraries::ProcessStatus;
    /// assert!(ProcessStatus::Done.is_settled() && !ProcessStatus::Done.is_failure());
    /// assert!(ProcessStatus::MissingContent.is_failure());
    /// assert!(ProcessStatus::InProgress.is_pending());
    /// let new: ProcessStatus = serde_json::from_str(r#""quantum""#)?;
    /// assert_eq!(new, ProcessStatus::Other("quantum".into()));
    /// assert!(!new.is_settled()); // an unknown status is waited on, up to the deadline
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub enum ProcessStatus {
        /// Processed: the document can be searched.
        Done = "done",
        /// Waiting to be processed.
        Todo = "todo",
        /// Being processed.
        InProgress = "in_progress",
        /// Waiting for processing capacity.
        WaitingForCapacity = "waiting_for_capacity",
        /// The processing failed.
        Error = "error",
        /// The document has no content to process (empty, or unreadable).
        MissingContent = "missing_content",
        /// Nothing to process.
        Noop = "noop",
        /// Processed outside the API (by its owner).
        SelfManaged = "self_managed",
    }
}

impl ProcessStatus {
    /// Still moving: `todo`, `in_progress`, `waiting_for_capacity`.
    pub fn is_pending(&self) -> bool {
        matches!(self, Self::Todo | Self::InProgress | Self::WaitingForCapacity)
    }

    /// The processing failed: `error`, `missing_content`.
    pub fn is_failure(&self) -> bool {
        matches!(self, Self::Error | Self::MissingContent)
    }

    /// Will not change by itself: done, failed, `noop` or `self_managed`. An unknown status
    /// is not settled (a wait keeps polling it, up to its deadline).
    pub fn is_settled(&self) -> bool {
        matches!(
            self,
            Self::Done | Self::Noop | Self::SelfManaged | Self::Error | Self::MissingContent
        )
    }
}

/// A document of a library (`Document` in the spec): what upload, get, update and list
/// return.
///
/// Lenient: each field the spec marks required may be absent or `null`; unknown fields land
/// in [`extra`](Self::extra), unknown statuses in [`ProcessStatus::Other`].
///
/// ```
/// use mistral::libraries::{Document, ProcessStatus};
/// let doc: Document = serde_json::from_str(r#"{
///     "id": "d1", "library_id": "l1", "name": "report.pdf", "mime_type": "application/pdf",
///     "size": 2048, "process_status": "in_progress", "processing_status": "Running",
///     "number_of_pages": 3, "tokens_processing_total": 0
/// }"#)?;
/// assert_eq!(doc.process_status, Some(ProcessStatus::InProgress));
/// assert_eq!(doc.extra["processing_status"], "Running");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// The document's id (a UUID).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// The library it belongs to.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub library_id: String,
    /// Its name (the uploaded file's name unless renamed).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: String,
    /// Its media type.
    #[serde(default)]
    pub mime_type: Option<String>,
    /// Its file extension.
    #[serde(default)]
    pub extension: Option<String>,
    /// Its size in bytes.
    #[serde(default, deserialize_with = "crate::de::lenient_u64")]
    pub size: Option<u64>,
    /// A summary made when it was processed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// When it was uploaded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// When it was last processed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_processed_at: Option<Timestamp>,
    /// Its number of pages, once processed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_u64"
    )]
    pub number_of_pages: Option<u64>,
    /// Where its processing is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process_status: Option<ProcessStatus>,
    /// Who uploaded it.
    #[serde(default)]
    pub uploaded_by_id: Option<String>,
    /// The kind of uploader (`User`, `ApiKey`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploaded_by_type: Option<String>,
    /// Tokens spent processing it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_u64"
    )]
    pub tokens_processing_total: Option<u64>,
    /// The URL it came from, for a document fetched from the web.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Its attributes (filterable metadata).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<JsonObject>,
    /// When it will be deleted, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
    /// Any other field the server sent (the deprecated `hash`, `processing_status` and token
    /// counts, and fields added later).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A document's processing status (`ProcessingStatus` in the spec), from
/// `GET .../documents/{document_id}/status`.
///
/// ```
/// use mistral::libraries::{DocumentStatus, ProcessStatus};
/// let s: DocumentStatus = serde_json::from_str(r#"{"document_id":"d1","process_status":"done","processing_status":"Completed"}"#)?;
/// assert_eq!(s.process_status, Some(ProcessStatus::Done));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocumentStatus {
    /// The document's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub document_id: String,
    /// Where its processing is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process_status: Option<ProcessStatus>,
    /// Any other field the server sent (the deprecated `processing_status`, ...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A document's extracted text (`DocumentTextContent` in the spec).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocumentText {
    /// The text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub text: String,
    /// Any other field the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A file to add to a library (`POST /v1/libraries/{library_id}/documents`, multipart):
/// a file on disk (streamed, never read whole into memory) or bytes. `file` is required at
/// compile time.
///
/// ```
/// use mistral::files::FileContent;
/// use mistral::libraries::DocumentUpload;
///
/// let upload = DocumentUpload::builder()
///     .file(FileContent::path("report.pdf"))
///     .content_type("application/pdf")
///     .build();
/// upload.validate()?;
/// assert_eq!(upload.file_name().as_deref(), Some("report.pdf"));
/// # Ok::<(), mistral::ValidationError>(())
/// ```
///
/// ```compile_fail
/// use mistral::libraries::DocumentUpload;
/// let upload = DocumentUpload::builder().content_type("application/pdf").build(); // no file
/// ```
#[derive(Clone, Debug, PartialEq, Eq, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`DocumentUpload`], from [`DocumentUpload::builder`]. `file` is required, \
        once: `build()` does not compile without it. The optional setters (`.x(v)`, `.maybe_x(opt)`) keep \
        the builder's type."
    )
)]
#[non_exhaustive]
pub struct DocumentUpload {
    /// What to send.
    pub file: FileContent,
    /// The file name sent, instead of the path's own.
    #[builder(via_mutators, mutators(
        /// The file name sent, instead of the path's own.
        pub fn filename(&mut self, v: impl Into<String>) { self.filename = Some(v.into()) }
        /// [`filename`](Self::filename) from an `Option`: `None` unsets it.
        pub fn maybe_filename(&mut self, v: Option<impl Into<String>>) { self.filename = v.map(Into::into) }
    ))]
    pub filename: Option<String>,
    /// The media type of the file part (default `application/octet-stream`).
    #[builder(via_mutators, mutators(
        /// The media type of the file part (default `application/octet-stream`).
        pub fn content_type(&mut self, v: impl Into<String>) { self.content_type = Some(v.into()) }
        /// [`content_type`](Self::content_type) from an `Option`: `None` unsets it.
        pub fn maybe_content_type(&mut self, v: Option<impl Into<String>>) {
            self.content_type = v.map(Into::into)
        }
    ))]
    pub content_type: Option<String>,
}

impl DocumentUpload {
    /// The multipart field names (the spec's `DocumentUpload` body).
    pub const FIELDS: &'static [&'static str] = &["file"];

    /// The file name sent: the override, the bytes' name, or the path's last component.
    pub fn file_name(&self) -> Option<String> {
        crate::files::file_name(&self.file, self.filename.as_deref())
    }

    /// A usable file name and media type, and in-memory content within the file limit.
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        crate::files::check_file_part(&mut c, &self.file, self.file_name(), self.content_type.as_deref());
        c.finish()
    }
}

string_enum! {
    /// The order of a document list.
    pub enum SortOrder {
        /// Oldest (or smallest) first.
        Asc = "asc",
        /// Newest (or largest) first: the API's default.
        Desc = "desc",
    }
}

/// The filters and page of `GET /v1/libraries/{library_id}/documents`. Every field is
/// optional.
///
/// ```
/// use mistral::libraries::{DocumentListQuery, SortOrder};
/// let q = DocumentListQuery::builder().search("report").page_size(10).sort_by("name").sort_order(SortOrder::Asc).build();
/// q.validate()?;
/// assert_eq!(q.to_query(), "search=report&page_size=10&sort_by=name&sort_order=asc");
/// assert!(DocumentListQuery::builder().page_size(101).build().validate().is_err());
/// #[allow(deprecated)] // the API deprecates this parameter
/// let old = DocumentListQuery::builder().filters_attributes(r#"{"year": 2025}"#).build();
/// assert_eq!(old.to_query(), "filters_attributes=%7B%22year%22:%202025%7D");
/// # Ok::<(), mistral::ValidationError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`DocumentListQuery`], from [`DocumentListQuery::builder`]. Every setter \
        (`.x(v)`, `.maybe_x(opt)`) keeps the builder's type, so it may be called conditionally, or again \
        (the last call wins)."
    )
)]
#[non_exhaustive]
pub struct DocumentListQuery {
    /// Documents whose name matches this.
    #[builder(via_mutators, mutators(
        /// Documents whose name matches this.
        pub fn search(&mut self, v: impl Into<String>) { self.search = Some(v.into()) }
        /// [`search`](Self::search) from an `Option`: `None` unsets it.
        pub fn maybe_search(&mut self, v: Option<impl Into<String>>) { self.search = v.map(Into::into) }
    ))]
    pub search: Option<String>,
    /// Documents per page, `1..=100` (the API's default is 100).
    #[builder(via_mutators, mutators(
        /// Documents per page, `1..=100`.
        pub fn page_size(&mut self, v: u32) { self.page_size = Some(v) }
        /// [`page_size`](Self::page_size) from an `Option`: `None` unsets it.
        pub fn maybe_page_size(&mut self, v: Option<u32>) { self.page_size = v }
    ))]
    pub page_size: Option<u32>,
    /// The page, from 0.
    #[builder(via_mutators, mutators(
        /// The page, from 0.
        pub fn page(&mut self, v: u32) { self.page = Some(v) }
        /// [`page`](Self::page) from an `Option`: `None` unsets it.
        pub fn maybe_page(&mut self, v: Option<u32>) { self.page = v }
    ))]
    pub page: Option<u32>,
    /// The field to sort by (the API's default is `created_at`).
    #[builder(via_mutators, mutators(
        /// The field to sort by (the API's default is `created_at`).
        pub fn sort_by(&mut self, v: impl Into<String>) { self.sort_by = Some(v.into()) }
        /// [`sort_by`](Self::sort_by) from an `Option`: `None` unsets it.
        pub fn maybe_sort_by(&mut self, v: Option<impl Into<String>>) { self.sort_by = v.map(Into::into) }
    ))]
    pub sort_by: Option<String>,
    /// The order (the API's default is descending).
    #[builder(via_mutators, mutators(
        /// The order (the API's default is descending).
        pub fn sort_order(&mut self, v: SortOrder) { self.sort_order = Some(v) }
        /// [`sort_order`](Self::sort_order) from an `Option`: `None` unsets it.
        pub fn maybe_sort_order(&mut self, v: Option<SortOrder>) { self.sort_order = v }
    ))]
    pub sort_order: Option<SortOrder>,
    /// Deprecated by the API (to be removed): a filter on the documents' attributes, as the
    /// API's own filter string, sent as it is.
    #[builder(via_mutators, mutators(
        /// Deprecated by the API (to be removed): a filter on the documents' attributes.
        #[deprecated(note = "the API deprecates filters_attributes and will remove it")]
        #[allow(deprecated)]
        pub fn filters_attributes(&mut self, v: impl Into<String>) { self.filters_attributes = Some(v.into()) }
        /// [`filters_attributes`](Self::filters_attributes) from an `Option`: `None` unsets it.
        #[deprecated(note = "the API deprecates filters_attributes and will remove it")]
        #[allow(deprecated)]
        pub fn maybe_filters_attributes(&mut self, v: Option<impl Into<String>>) {
            self.filters_attributes = v.map(Into::into)
        }
    ))]
    pub filters_attributes: Option<String>,
}

impl DocumentListQuery {
    /// The most documents per page.
    pub const MAX_PAGE_SIZE: u32 = 100;

    /// Checks `page_size` (`1..=100`) and `sort_by` (not empty when set).
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        check_page_size(&mut c, self.page_size, Self::MAX_PAGE_SIZE);
        if let Some(s) = &self.sort_by {
            c.non_empty("sort_by", s);
        }
        c.finish()
    }

    /// The query string (without `?`).
    pub fn to_query(&self) -> String {
        let mut q = Query::default();
        q.opt("search", self.search.as_deref());
        q.opt("page_size", self.page_size);
        q.opt("page", self.page);
        q.opt("sort_by", self.sort_by.as_deref());
        q.opt("sort_order", self.sort_order.as_ref().map(SortOrder::as_str));
        q.opt("filters_attributes", self.filters_attributes.as_deref());
        q.0
    }
}

/// A page of documents (`ListDocumentsResponse` in the spec): the documents and the
/// `pagination` object.
///
/// ```
/// use mistral::libraries::DocumentList;
/// let page: DocumentList = serde_json::from_str(r#"{"data":[{"id":"d1"}],
///     "pagination":{"total_items":3,"total_pages":3,"current_page":0,"page_size":1,"has_more":true}}"#)?;
/// assert_eq!((page.data.len(), page.pagination.map(|p| p.has_more)), (1, Some(true)));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocumentList {
    /// The documents of this page.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub data: Vec<Document>,
    /// Where this page is in the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<PaginationInfo>,
    /// Any other field the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Updates a document (`PATCH /v1/libraries/{library_id}/documents/{document_id}`;
/// `UpdateDocumentRequest` in the spec): the fields set change. A request that sets nothing
/// is a validation error; so is an attribute whose value is not one the API stores (a
/// boolean, string or number, or a list of one of those kinds).
///
/// ```
/// use mistral::libraries::UpdateDocumentRequest;
/// use serde_json::json;
///
/// let request = UpdateDocumentRequest::builder()
///     .name("Q3 report")
///     .attribute("year", json!(2025))
///     .attribute("tags", json!(["finance", "q3"]))
///     .build();
/// request.validate()?;
/// let bad = UpdateDocumentRequest::builder().attribute("nested", json!({"a": 1})).build();
/// assert!(bad.validate().is_err());
/// # Ok::<(), mistral::ValidationError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateDocumentRequest`], from [`UpdateDocumentRequest::builder`]. Every \
        setter keeps the builder's type, so it may be called conditionally, or again (the last call wins)."
    )
)]
#[non_exhaustive]
pub struct UpdateDocumentRequest {
    /// A new name.
    #[builder(via_mutators, mutators(
        /// A new name.
        pub fn name(&mut self, v: impl Into<String>) { self.name = Some(v.into()) }
        /// [`name`](Self::name) from an `Option`: `None` unsets it.
        pub fn maybe_name(&mut self, v: Option<impl Into<String>>) { self.name = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Attributes (filterable metadata) to set.
    #[builder(via_mutators, mutators(
        /// Sets one attribute: a boolean, string or number, or a list of one of those kinds.
        pub fn attribute(&mut self, key: impl Into<String>, value: Value) {
            self.attributes.get_or_insert_with(Map::new).insert(key.into(), value);
        }
        /// Every attribute at once.
        pub fn attributes(&mut self, v: JsonObject) { self.attributes = Some(v) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<JsonObject>,
    /// When the document is to be deleted (RFC 3339).
    #[builder(via_mutators, mutators(
        /// When the document is to be deleted (RFC 3339, e.g. `2026-01-01T00:00:00Z`).
        pub fn expires_at(&mut self, v: impl Into<String>) { self.expires_at = Some(Timestamp(v.into())) }
        /// [`expires_at`](Self::expires_at) from an `Option`: `None` unsets it.
        pub fn maybe_expires_at(&mut self, v: Option<impl Into<String>>) {
            self.expires_at = v.map(|v| Timestamp(v.into()))
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
    /// Fields this version does not know, sent flat beside the typed ones.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields. Naming a
        /// field the type already has is a validation error.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl UpdateDocumentRequest {
    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &["name", "attributes", "expires_at"];

    /// Checks the request: something to change, a name not empty, attribute values of the
    /// kinds the API stores, an RFC 3339 expiry.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        if self.name.is_none()
            && self.attributes.is_none()
            && self.expires_at.is_none()
            && self.extra.is_empty()
        {
            c.push(
                "",
                "the update changes nothing: set a name, attributes or an expiry",
            );
        }
        if let Some(n) = &self.name {
            c.non_empty("name", n);
        }
        for (k, v) in self.attributes.iter().flatten() {
            if !attribute_value_ok(v) {
                c.push(
                    format!("attributes.{k}"),
                    "must be a boolean, string or number, or a list of one of those kinds",
                );
            }
        }
        if let Some(t) = &self.expires_at {
            if t.unix_seconds().is_none() {
                c.push(
                    "expires_at",
                    format!("{:?} is not an RFC 3339 date-time", t.as_str()),
                );
            }
        }
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

/// A value the spec's attribute union allows: a scalar, or a list of strings, integers,
/// numbers or booleans (one kind per list).
fn attribute_value_ok(v: &Value) -> bool {
    match v {
        Value::Bool(_) | Value::String(_) | Value::Number(_) => true,
        Value::Array(items) => {
            items.iter().all(Value::is_string)
                || items.iter().all(Value::is_number)
                || items.iter().all(Value::is_boolean)
        }
        Value::Null | Value::Object(_) => false,
    }
}

crate::libraries::request_traits!(UpdateDocumentRequest);
