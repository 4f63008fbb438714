//! Files: `POST /v1/files` (multipart upload), `GET /v1/files`, `GET|DELETE /v1/files/{id}`,
//! `GET /v1/files/{id}/content`, `GET /v1/files/{id}/url`.
//!
//! An upload is described here ([`FileUpload`]: what to send, under which purpose); the client
//! reads the file and encodes the multipart body, streaming a file from disk.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use typed_builder::TypedBuilder;

use crate::macros::string_enum;
use crate::validate::{Checker, ValidationError};

/// The API's size limit for one file: 512 MB. Larger uploads are rejected before a byte is sent.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

string_enum! {
    /// What a file is for.
    pub enum FilePurpose {
        /// Training data for fine-tuning.
        FineTune = "fine-tune",
        /// A batch job's input (JSONL).
        Batch = "batch",
        /// A document for OCR.
        Ocr = "ocr",
        /// Audio for transcription.
        Audio = "audio",
        /// Data for agentic safety evaluations (newer than the published spec).
        AgenticSafety = "agentic_safety",
    }
}

string_enum! {
    /// The kind of samples a file holds, as the server classified it.
    pub enum SampleType {
        /// Pre-training text.
        Pretrain = "pretrain",
        /// Instruction samples.
        Instruct = "instruct",
        /// A batch job's requests.
        BatchRequest = "batch_request",
        /// A batch job's results.
        BatchResult = "batch_result",
        /// A batch job's errors.
        BatchError = "batch_error",
    }
}

string_enum! {
    /// Where a file came from.
    pub enum FileSource {
        /// Uploaded by a user.
        Upload = "upload",
        /// From a repository.
        Repository = "repository",
        /// Made by Mistral (e.g. a batch job's output).
        Mistral = "mistral",
    }
}

string_enum! {
    /// Who can see a file.
    pub enum FileVisibility {
        /// Everyone in the workspace.
        Workspace = "workspace",
        /// The uploader only.
        User = "user",
    }
}

/// What an upload sends: a file on disk (streamed, never read whole into memory) or bytes
/// already in memory, with the file name the API records.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FileContent {
    /// A file on disk; its name is the path's last component unless
    /// [`FileUpload::filename`] says otherwise.
    Path(PathBuf),
    /// Bytes in memory, under this file name.
    Bytes {
        /// The file name sent.
        filename: String,
        /// The content.
        data: bytes::Bytes,
    },
}

impl FileContent {
    /// A file on disk.
    pub fn path(path: impl Into<PathBuf>) -> Self {
        FileContent::Path(path.into())
    }

    /// Bytes in memory, sent under `filename`.
    pub fn bytes(filename: impl Into<String>, data: impl Into<bytes::Bytes>) -> Self {
        FileContent::Bytes {
            filename: filename.into(),
            data: data.into(),
        }
    }
}

impl std::fmt::Debug for FileContent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileContent::Path(p) => f.debug_tuple("Path").field(p).finish(),
            // The content may be large or private: its length only.
            FileContent::Bytes { filename, data } => f
                .debug_struct("Bytes")
                .field("filename", filename)
                .field("len", &data.len())
                .finish(),
        }
    }
}

/// A file to upload. `file` and `purpose` are required at compile time.
///
/// ```
/// use mistral::files::{FileContent, FilePurpose, FileUpload};
///
/// let upload = FileUpload::builder()
///     .file(FileContent::path("requests.jsonl"))
///     .purpose(FilePurpose::Batch)
///     .build();
/// assert!(upload.validate().is_ok());
/// ```
///
/// ```compile_fail
/// use mistral::files::{FileContent, FileUpload};
/// let upload = FileUpload::builder().file(FileContent::path("a.jsonl")).build(); // no purpose
/// ```
///
/// # Optional fields
///
/// `.filename("requests.jsonl")`, or `.maybe_filename(opt)` from an `Option` of anything the
/// setter takes (`None` leaves it unset); or assign the public field after `build()`. The
/// optional setters keep the builder's type, so they may be called conditionally.
///
/// ```
/// use mistral::files::{FileContent, FilePurpose, FileUpload};
///
/// let (name, hours): (Option<&str>, Option<u64>) = (Some("batch-1.jsonl"), None);
/// let upload = FileUpload::builder()
///     .file(FileContent::bytes("in.jsonl", b"{}\n".to_vec()))
///     .purpose(FilePurpose::Batch)
///     .maybe_filename(name)
///     .maybe_expiry(hours)
///     .build();
/// assert_eq!((upload.file_name().as_deref(), upload.expiry), (Some("batch-1.jsonl"), None));
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, PartialEq, Eq, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`FileUpload`], from [`FileUpload::builder`]. `file` and \
        `purpose` are required, once each: `build()` does not compile without them. The optional setters \
        (`.x(v)`, `.maybe_x(opt)`) keep the builder's type, so they may be called conditionally, or \
        again (the last call wins)."
    )
)]
#[non_exhaustive]
pub struct FileUpload {
    /// What to send.
    pub file: FileContent,
    /// What the file is for.
    #[builder(setter(into))]
    pub purpose: FilePurpose,
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
    /// Hours until the file expires.
    #[builder(via_mutators, mutators(
        /// Hours until the file expires.
        pub fn expiry(&mut self, v: u64) { self.expiry = Some(v) }
        /// [`expiry`](Self::expiry) from an `Option`: `None` unsets it.
        pub fn maybe_expiry(&mut self, v: Option<u64>) { self.expiry = v }
    ))]
    pub expiry: Option<u64>,
    /// Who can see the file (the API's default is the workspace).
    #[builder(via_mutators, mutators(
        /// Who can see the file (the API's default is the workspace).
        pub fn visibility(&mut self, v: FileVisibility) { self.visibility = Some(v) }
        /// [`visibility`](Self::visibility) from an `Option`: `None` unsets it.
        pub fn maybe_visibility(&mut self, v: Option<FileVisibility>) { self.visibility = v }
    ))]
    pub visibility: Option<FileVisibility>,
}

impl FileUpload {
    /// The multipart field names, as the spec's `MultiPartBodyParams`.
    pub const FIELDS: &'static [&'static str] = &["file", "purpose", "expiry", "visibility"];

    /// The file name sent: the override, the bytes' name, or the path's last component.
    pub fn file_name(&self) -> Option<String> {
        file_name(&self.file, self.filename.as_deref())
    }

    /// A known purpose, a usable file name and media type, in-memory content within
    /// [`MAX_FILE_BYTES`] (a file on disk is measured by the client before sending).
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        if let FilePurpose::Other(p) = &self.purpose {
            c.push(
                "purpose",
                format!(
                    "unknown purpose {p:?}: the API accepts fine-tune, batch, ocr, audio and agentic_safety"
                ),
            );
        }
        check_file_part(&mut c, &self.file, self.file_name(), self.content_type.as_deref());
        if self.expiry == Some(0) {
            c.push("expiry", "0 hours would expire the file at once: at least 1");
        }
        c.finish()
    }

    /// Checks the size of the content against [`MAX_FILE_BYTES`].
    ///
    /// # Errors
    /// When `len` is over the limit.
    pub fn check_size(len: u64) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        check_size(&mut c, len);
        c.finish()
    }
}

/// The file name a multipart file part carries: `name` when set, the bytes' name, or the
/// path's last component (every upload's rule: files, library documents, ...).
pub(crate) fn file_name(file: &FileContent, name: Option<&str>) -> Option<String> {
    if let Some(n) = name {
        return Some(n.to_owned());
    }
    match file {
        FileContent::Path(p) => p.file_name().map(|n| n.to_string_lossy().into_owned()),
        FileContent::Bytes { filename, .. } => Some(filename.clone()),
    }
}

/// The checks of any multipart file part: a usable file name and media type, and in-memory
/// content within [`MAX_FILE_BYTES`].
pub(crate) fn check_file_part(
    c: &mut Checker,
    file: &FileContent,
    name: Option<String>,
    content_type: Option<&str>,
) {
    match name {
        None => c.push("file", "the path has no file name: set `filename`"),
        Some(n) if n.trim().is_empty() => c.push("filename", "must not be empty"),
        // A line break would end the part's headers early.
        Some(n) if n.contains(['\r', '\n', '\0']) => {
            c.push("filename", "must not contain line breaks or NUL")
        }
        Some(_) => {}
    }
    if let Some(ct) = content_type {
        if ct.trim().is_empty() || !ct.bytes().all(|b| (0x20..0x7f).contains(&b)) {
            c.push("content_type", "must be a printable ASCII media type");
        }
    }
    if let FileContent::Bytes { data, .. } = file {
        check_size(c, data.len() as u64);
    }
}

fn check_size(c: &mut Checker, len: u64) {
    if len > MAX_FILE_BYTES {
        c.push(
            "file",
            format!("{len} bytes is over the API's limit of {MAX_FILE_BYTES} bytes (512 MB)"),
        );
    }
}

/// A file as the API describes it (upload, list, retrieve). Every field but `id` may be absent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FileObject {
    /// The file id (a UUID).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// Always `file`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The size in bytes.
    #[serde(default, deserialize_with = "crate::de::lenient_u64")]
    pub bytes: Option<u64>,
    /// When it was created (Unix seconds).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_unix"
    )]
    pub created_at: Option<i64>,
    /// The file name.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub filename: String,
    /// What it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<FilePurpose>,
    /// What it holds, as the server classified it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample_type: Option<SampleType>,
    /// Its number of lines (JSONL files).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_u64"
    )]
    pub num_lines: Option<u64>,
    /// Its media type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mimetype: Option<String>,
    /// Where it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<FileSource>,
    /// A content signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// When it expires (Unix seconds).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_unix"
    )]
    pub expires_at: Option<i64>,
    /// Who can see it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<FileVisibility>,
    /// Whether it was deleted (retrieve only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
}

/// A page of files.
pub type FileList = crate::ListResponse<FileObject>;

/// The answer to a file's deletion.
pub type DeletedFile = crate::Deleted;

/// A signed URL to download a file without the API key.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SignedUrl {
    /// The URL (it grants access to the file: treat it as a secret).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub url: String,
}

impl std::fmt::Debug for SignedUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The query string is the credential.
        let shown = self.url.split('?').next().unwrap_or("");
        f.debug_struct("SignedUrl")
            .field("url", &format_args!("{shown}?<redacted>"))
            .finish()
    }
}

/// The filters and page of `GET /v1/files`. Every field is optional.
///
/// ```
/// use mistral::files::{FileListQuery, FilePurpose};
///
/// let q = FileListQuery::builder().purpose(FilePurpose::Batch).page_size(20).build();
/// assert_eq!(q.to_query(), "page_size=20&purpose=batch");
/// ```
///
/// # Optional fields
///
/// `.page(2)`, or `.maybe_page(opt)` from an `Option` (`None` leaves it unset); the setters
/// keep the builder's type, so they may be called conditionally.
///
/// ```
/// use mistral::files::{FileListQuery, FilePurpose};
///
/// let (page, batches_only): (Option<u32>, bool) = (Some(2), true);
/// let builder = FileListQuery::builder().maybe_page(page);
/// let q = if batches_only { builder.purpose(FilePurpose::Batch) } else { builder }.build();
/// assert_eq!(q.to_query(), "page=2&purpose=batch");
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, Default, PartialEq, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`FileListQuery`], from [`FileListQuery::builder`]. Every setter \
        (`.x(v)`, `.maybe_x(opt)`) keeps the builder's type, so it may be called conditionally, or again \
        (the last call wins)."
    )
)]
#[non_exhaustive]
pub struct FileListQuery {
    /// The page, from 0.
    #[builder(via_mutators, mutators(
        /// The page, from 0.
        pub fn page(&mut self, v: u32) { self.page = Some(v) }
        /// [`page`](Self::page) from an `Option`: `None` unsets it.
        pub fn maybe_page(&mut self, v: Option<u32>) { self.page = v }
    ))]
    pub page: Option<u32>,
    /// Files per page (the API's default is 100).
    #[builder(via_mutators, mutators(
        /// Files per page (the API's default is 100).
        pub fn page_size(&mut self, v: u32) { self.page_size = Some(v) }
        /// [`page_size`](Self::page_size) from an `Option`: `None` unsets it.
        pub fn maybe_page_size(&mut self, v: Option<u32>) { self.page_size = v }
    ))]
    pub page_size: Option<u32>,
    /// Whether to count every matching file (`total`).
    #[builder(via_mutators, mutators(
        /// Whether to count every matching file (`total`).
        pub fn include_total(&mut self, v: bool) { self.include_total = Some(v) }
        /// [`include_total`](Self::include_total) from an `Option`: `None` unsets it.
        pub fn maybe_include_total(&mut self, v: Option<bool>) { self.include_total = v }
    ))]
    pub include_total: Option<bool>,
    /// Only these sample types.
    #[builder(via_mutators, mutators(
        /// Only these sample types.
        pub fn sample_type(&mut self, v: impl Into<Vec<SampleType>>) { self.sample_type = v.into() }
    ))]
    pub sample_type: Vec<SampleType>,
    /// Only from these sources.
    #[builder(via_mutators, mutators(
        /// Only from these sources.
        pub fn source(&mut self, v: impl Into<Vec<FileSource>>) { self.source = v.into() }
    ))]
    pub source: Vec<FileSource>,
    /// Files whose name contains this.
    #[builder(via_mutators, mutators(
        /// Files whose name contains this.
        pub fn search(&mut self, v: impl Into<String>) { self.search = Some(v.into()) }
        /// [`search`](Self::search) from an `Option`: `None` unsets it.
        pub fn maybe_search(&mut self, v: Option<impl Into<String>>) { self.search = v.map(Into::into) }
    ))]
    pub search: Option<String>,
    /// Only this purpose.
    #[builder(via_mutators, mutators(
        /// Only this purpose.
        pub fn purpose(&mut self, v: FilePurpose) { self.purpose = Some(v) }
        /// [`purpose`](Self::purpose) from an `Option`: `None` unsets it.
        pub fn maybe_purpose(&mut self, v: Option<FilePurpose>) { self.purpose = v }
    ))]
    pub purpose: Option<FilePurpose>,
    /// Only these media types.
    #[builder(via_mutators, mutators(
        /// Only these media types.
        pub fn mimetypes(&mut self, v: impl Into<Vec<String>>) { self.mimetypes = v.into() }
    ))]
    pub mimetypes: Vec<String>,
}

impl FileListQuery {
    /// The query string (without `?`), lists as repeated keys.
    pub fn to_query(&self) -> String {
        let mut q = Query::default();
        q.opt("page", self.page);
        q.opt("page_size", self.page_size);
        q.opt("include_total", self.include_total);
        q.each("sample_type", self.sample_type.iter().map(SampleType::as_str));
        q.each("source", self.source.iter().map(FileSource::as_str));
        q.opt("search", self.search.as_deref());
        q.opt("purpose", self.purpose.as_ref().map(FilePurpose::as_str));
        q.each("mimetypes", self.mimetypes.iter().map(String::as_str));
        q.0
    }
}

/// A query string under construction, values percent-encoded.
#[derive(Default)]
pub(crate) struct Query(pub(crate) String);

impl Query {
    pub(crate) fn push(&mut self, key: &str, value: &str) {
        if !self.0.is_empty() {
            self.0.push('&');
        }
        self.0.push_str(key);
        self.0.push('=');
        for b in value.bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b':') {
                self.0.push(b as char);
            } else {
                self.0.push_str(&format!("%{b:02X}"));
            }
        }
    }

    pub(crate) fn opt(&mut self, key: &str, value: Option<impl ToString>) {
        if let Some(v) = value {
            self.push(key, &v.to_string());
        }
    }

    pub(crate) fn each<'a>(&mut self, key: &str, values: impl Iterator<Item = &'a str>) {
        for v in values {
            self.push(key, v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_file_objects_parse() {
        let f: FileObject = serde_json::from_str(
            r#"{"id":"497f6eca-6276-4993-bfeb-53cbbbba6f09","object":"file","bytes":13000,
            "created_at":1716963433,"filename":"files_upload.jsonl","purpose":"batch",
            "sample_type":"batch_request","num_lines":2,"mimetype":null,"source":"upload",
            "signature":null,"expires_at":null,"visibility":"workspace","new_field":1}"#,
        )
        .unwrap();
        assert_eq!(f.purpose, Some(FilePurpose::Batch));
        assert_eq!(f.sample_type, Some(SampleType::BatchRequest));
        assert_eq!(f.bytes, Some(13000));
        let odd: FileObject =
            serde_json::from_str(r#"{"id":"x","purpose":"audio-v9","source":"elsewhere","bytes":null}"#)
                .unwrap();
        assert_eq!(odd.purpose, Some(FilePurpose::Other("audio-v9".into())));
        assert_eq!(odd.source, Some(FileSource::Other("elsewhere".into())));
    }

    #[test]
    fn uploads_are_checked() {
        let ok = FileUpload::builder()
            .file(FileContent::bytes("a.jsonl", &b"{}"[..]))
            .purpose(FilePurpose::Batch)
            .build();
        assert!(ok.validate().is_ok());
        let bad = FileUpload::builder()
            .file(FileContent::bytes("a\r\nb", &b"{}"[..]))
            .purpose("training")
            .expiry(0)
            .build();
        let e = bad.validate().unwrap_err();
        assert!(e.has("purpose") && e.has("filename") && e.has("expiry"), "{e}");
        assert!(FileUpload::check_size(MAX_FILE_BYTES).is_ok());
        assert!(FileUpload::check_size(MAX_FILE_BYTES + 1)
            .unwrap_err()
            .has("file"));
        let no_name = FileUpload::builder()
            .file(FileContent::path("/"))
            .purpose(FilePurpose::Ocr)
            .build();
        assert!(no_name.validate().unwrap_err().has("file"));
    }

    #[test]
    fn queries_encode_lists_and_text() {
        let q = FileListQuery::builder()
            .page(2)
            .sample_type(vec![SampleType::BatchResult, SampleType::BatchError])
            .search("my file&more")
            .build();
        assert_eq!(
            q.to_query(),
            "page=2&sample_type=batch_result&sample_type=batch_error&search=my%20file%26more"
        );
        assert_eq!(FileListQuery::default().to_query(), "");
    }

    #[test]
    fn signed_urls_hide_their_query() {
        let u = SignedUrl {
            url: "https://files.example/x?sig=SECRET".into(),
        };
        assert!(!format!("{u:?}").contains("SECRET"));
    }
}
