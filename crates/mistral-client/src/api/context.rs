//! Search indexes (feature `context`): what the generated handle
//! ([`ContextSearchIndexes`],
//! `client.context().search_indexes()`) does not do by itself: ingesting local files.
//!
//! [`ingest_files`](crate::generated::context::ContextSearchIndexes::ingest_files) turns each
//! file into one document of `POST /v1/context/search-indexes/{index_name}/documents`,
//! `{"source_id": <file name>, "content": <the file's text>, ...fields}` (the shape of the
//! Search Toolkit's `Document`: a stable `source_id`, the extracted `content`; the index's
//! custom document fields as given with [`IngestFile::field`]). Files are read from disk in
//! 64 KiB pieces, twice: once to check they are UTF-8 text and measure their JSON, then to
//! write each request's body. The files are split over as many requests as needed so that no
//! body is larger than [`DEFAULT_MAX_REQUEST_BYTES`] (or the limit given): the memory used is
//! one body at most, however many or large the files; a file whose document alone would be
//! larger is refused before anything is sent.
//!
//! The index listing's lazy paginator is the generated
//! [`list_all`](crate::generated::context::ContextSearchIndexes::list_all).

use std::path::{Path, PathBuf};

use bytes::{BufMut as _, Bytes, BytesMut};
use http::Method;
use mistral_types::generated::context::{IngestDocumentsResponse, Result2};
use serde_json::{Map, Value};
use tokio::io::AsyncReadExt as _;

use crate::error::{Error, Result};
use crate::generated::context::ContextSearchIndexes;
use crate::pipeline::{segment, Call};

/// The largest request body [`ingest_files`](ContextSearchIndexes::ingest_files) sends (and
/// so holds in memory): 8 MiB.
pub const DEFAULT_MAX_REQUEST_BYTES: usize = 8 * 1024 * 1024;

/// The size of the pieces a file is read in.
const CHUNK: usize = 64 * 1024;

/// The operation the requests are sent as (the generated `ingest_documents`'s).
const OPERATION: &str = "ingest_documents_v1_context_search_indexes__index_name__documents_post";

/// The body around the documents.
const OPEN: &[u8] = b"{\"documents\":[";
const CLOSE: &[u8] = b"]}";

/// A local text file to ingest as one document: its `source_id` (the file name unless set)
/// and the index's custom document fields. Made from a path (`"notes.md".into()`).
///
/// ```
/// use mistral::context::IngestFile;
///
/// let file = IngestFile::new("docs/faq.md")
///     .source_id("faq")
///     .field("category", serde_json::json!("support"));
/// assert_eq!(file.path(), std::path::Path::new("docs/faq.md"));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct IngestFile {
    path: PathBuf,
    source_id: Option<String>,
    fields: Map<String, Value>,
}

impl IngestFile {
    /// The file at `path` (read when ingested, not now).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        IngestFile {
            path: path.into(),
            source_id: None,
            fields: Map::new(),
        }
    }

    /// The document's `source_id`, the stable identifier of its source (default: the file
    /// name).
    pub fn source_id(mut self, id: impl Into<String>) -> Self {
        self.source_id = Some(id.into());
        self
    }

    /// A field of the document besides `source_id` and `content` (one of the index's custom
    /// document fields, `metadata`, ...), sent as given.
    pub fn field(mut self, key: impl Into<String>, value: Value) -> Self {
        self.fields.insert(key.into(), value);
        self
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The document's fields before `content`, as JSON (`{"k":v,...,"content":"`).
    fn head(&self) -> Result<Bytes> {
        if self.fields.contains_key("content") {
            return Err(mistral_types::ValidationError::single(
                "fields.content",
                "the content of a file's document is the file's text",
            )
            .into());
        }
        let source_id = match &self.source_id {
            Some(s) => s.clone(),
            None => self
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        };
        if source_id.trim().is_empty() {
            return Err(mistral_types::ValidationError::single(
                "source_id",
                format!(
                    "{} has no file name: give the document a source_id",
                    self.path.display()
                ),
            )
            .into());
        }
        let mut doc = Map::new();
        doc.insert("source_id".into(), Value::String(source_id));
        for (k, v) in &self.fields {
            doc.insert(k.clone(), v.clone());
        }
        let mut head = serde_json::to_vec(&Value::Object(doc)).map_err(|e| Error::builder(e.to_string()))?;
        // `{...}` becomes `{...,"content":"`: the text follows, escaped.
        head.pop();
        head.extend_from_slice(b",\"content\":\"");
        Ok(Bytes::from(head))
    }
}

impl From<&str> for IngestFile {
    fn from(p: &str) -> Self {
        IngestFile::new(p)
    }
}

impl From<String> for IngestFile {
    fn from(p: String) -> Self {
        IngestFile::new(p)
    }
}

impl From<&Path> for IngestFile {
    fn from(p: &Path) -> Self {
        IngestFile::new(p)
    }
}

impl From<PathBuf> for IngestFile {
    fn from(p: PathBuf) -> Self {
        IngestFile::new(p)
    }
}

impl From<&PathBuf> for IngestFile {
    fn from(p: &PathBuf) -> Self {
        IngestFile::new(p.clone())
    }
}

/// A file measured: its document's head, and the length of its text as a JSON string body.
struct Planned {
    file: IngestFile,
    head: Bytes,
    size: u64,
    escaped: u64,
}

impl Planned {
    /// The document's length in the body: head, escaped text, `"}`.
    fn len(&self) -> u64 {
        self.head.len() as u64 + self.escaped + 2
    }
}

/// UTF-8 checked piece by piece: a character split between two pieces is carried over.
#[derive(Default)]
struct Utf8Check {
    carry: Vec<u8>,
    offset: u64,
}

impl Utf8Check {
    /// Checks the next piece; the error is the byte offset of the first invalid sequence.
    fn push(&mut self, piece: &[u8]) -> std::result::Result<(), u64> {
        let mut rest = piece;
        if !self.carry.is_empty() {
            // Complete the carried character with at most 3 more bytes.
            let take = rest.len().min(4 - self.carry.len());
            self.carry.extend_from_slice(&rest[..take]);
            match std::str::from_utf8(&self.carry) {
                Ok(_) => {
                    rest = &rest[take..];
                    self.offset += self.carry.len() as u64;
                    self.carry.clear();
                }
                Err(e) if e.valid_up_to() > 0 => {
                    let used = e.valid_up_to() - (self.carry.len() - take);
                    rest = &rest[used..];
                    self.offset += e.valid_up_to() as u64;
                    self.carry.clear();
                }
                Err(e) if e.error_len().is_none() && take == rest.len() => {
                    // Still incomplete: the piece was shorter than the character.
                    return Ok(());
                }
                Err(_) => return Err(self.offset),
            }
        }
        match std::str::from_utf8(rest) {
            Ok(_) => {
                self.offset += rest.len() as u64;
                Ok(())
            }
            Err(e) => match e.error_len() {
                None => {
                    self.offset += e.valid_up_to() as u64;
                    self.carry.extend_from_slice(&rest[e.valid_up_to()..]);
                    Ok(())
                }
                Some(_) => Err(self.offset + e.valid_up_to() as u64),
            },
        }
    }

    /// The text ended: an incomplete character left is invalid.
    fn finish(&self) -> std::result::Result<(), u64> {
        if self.carry.is_empty() {
            Ok(())
        } else {
            Err(self.offset)
        }
    }
}

/// The escape of `b` inside a JSON string, when it needs one (RFC 8259 §7: `"`, `\` and the
/// control characters; everything else, UTF-8 included, stands for itself, as serde_json
/// writes it).
fn escape(b: u8) -> Option<&'static [u8]> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    const fn table() -> [[u8; 6]; 32] {
        let mut t = [[0u8; 6]; 32];
        let mut i = 0;
        while i < 32 {
            t[i] = [b'\\', b'u', b'0', b'0', HEX[i >> 4], HEX[i & 15]];
            i += 1;
        }
        t
    }
    static CONTROL: [[u8; 6]; 32] = table();
    match b {
        b'"' => Some(b"\\\""),
        b'\\' => Some(b"\\\\"),
        b'\n' => Some(b"\\n"),
        b'\r' => Some(b"\\r"),
        b'\t' => Some(b"\\t"),
        0x08 => Some(b"\\b"),
        0x0c => Some(b"\\f"),
        0..=0x1f => Some(&CONTROL[b as usize]),
        _ => None,
    }
}

fn escaped_len(piece: &[u8]) -> u64 {
    piece
        .iter()
        .map(|&b| escape(b).map_or(1, <[u8]>::len) as u64)
        .sum()
}

fn escape_into(out: &mut BytesMut, piece: &[u8]) {
    let mut start = 0;
    for (i, &b) in piece.iter().enumerate() {
        if let Some(e) = escape(b) {
            out.put_slice(&piece[start..i]);
            out.put_slice(e);
            start = i + 1;
        }
    }
    out.put_slice(&piece[start..]);
}

fn io_error(what: std::fmt::Arguments<'_>, e: std::io::Error) -> Error {
    Error::io(what, e)
}

fn not_text(path: &Path, at: u64) -> Error {
    io_error(
        format_args!("cannot ingest {}", path.display()),
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("not UTF-8 text (an invalid byte sequence at offset {at})"),
        ),
    )
}

/// Reads `path` in pieces, checking it is UTF-8; `each` sees every piece.
async fn read_text(path: &Path, mut each: impl FnMut(&[u8])) -> Result<u64> {
    let mut file = tokio::fs::File::open(path)
        .await
        .map_err(|e| io_error(format_args!("cannot open {}", path.display()), e))?;
    let mut buf = vec![0u8; CHUNK];
    let mut check = Utf8Check::default();
    let mut size = 0u64;
    loop {
        let n = file
            .read(&mut buf)
            .await
            .map_err(|e| io_error(format_args!("cannot read {}", path.display()), e))?;
        if n == 0 {
            break;
        }
        check.push(&buf[..n]).map_err(|at| not_text(path, at))?;
        each(&buf[..n]);
        size += n as u64;
    }
    check.finish().map_err(|at| not_text(path, at))?;
    Ok(size)
}

/// Checks and measures a file (nothing kept but its lengths).
async fn plan(file: IngestFile) -> Result<Planned> {
    let head = file.head()?;
    let meta = tokio::fs::metadata(&file.path)
        .await
        .map_err(|e| io_error(format_args!("cannot read {}", file.path.display()), e))?;
    if !meta.is_file() {
        return Err(io_error(
            format_args!("cannot ingest {}", file.path.display()),
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a regular file"),
        ));
    }
    let mut escaped = 0;
    let size = read_text(&file.path, |piece| escaped += escaped_len(piece)).await?;
    Ok(Planned {
        file,
        head,
        size,
        escaped,
    })
}

/// Groups the documents, in order, into bodies of at most `max` bytes.
fn batches(planned: &[Planned], max: usize) -> Result<Vec<std::ops::Range<usize>>> {
    let max = max as u64;
    let frame = (OPEN.len() + CLOSE.len()) as u64;
    let mut out = Vec::new();
    let (mut start, mut len) = (0, frame);
    for (i, p) in planned.iter().enumerate() {
        if frame + p.len() > max {
            return Err(mistral_types::ValidationError::single(
                "files",
                format!(
                    "{} makes a document of {} bytes of JSON, over the request limit of {max} bytes",
                    p.file.path.display(),
                    p.len()
                ),
            )
            .into());
        }
        let comma = u64::from(i > start);
        if len + comma + p.len() > max {
            out.push(start..i);
            (start, len) = (i, frame + p.len());
        } else {
            len += comma + p.len();
        }
    }
    if start < planned.len() {
        out.push(start..planned.len());
    }
    Ok(out)
}

/// The body of one request: the documents, each file read again and escaped.
async fn body(docs: &[Planned]) -> Result<Bytes> {
    let len = OPEN.len() + CLOSE.len() + docs.iter().map(|d| d.len() as usize + 1).sum::<usize>();
    let mut out = BytesMut::with_capacity(len);
    out.put_slice(OPEN);
    for (i, d) in docs.iter().enumerate() {
        if i > 0 {
            out.put_u8(b',');
        }
        out.put_slice(&d.head);
        let size = read_text(&d.file.path, |piece| escape_into(&mut out, piece)).await?;
        if size != d.size {
            return Err(io_error(
                format_args!("cannot ingest {}", d.file.path.display()),
                std::io::Error::other(format!(
                    "the file changed while it was being read ({} bytes, then {size})",
                    d.size
                )),
            ));
        }
        out.put_slice(b"\"}");
    }
    out.put_slice(CLOSE);
    Ok(out.freeze())
}

/// `result` with its `position` moved by `offset` (a later request's documents).
fn shift(result: &mut Result2, offset: i64) {
    match result {
        Result2::Accepted(a) => a.position += offset,
        Result2::Rejected(r) => r.position += offset,
        Result2::Unknown(Value::Object(m)) => {
            if let Some(p) = m.get("position").and_then(Value::as_i64) {
                m.insert("position".into(), Value::from(p + offset));
            }
        }
        _ => {}
    }
}

impl ContextSearchIndexes<'_> {
    /// Ingests local text files into the index `index_name`, one document each
    /// (`{"source_id", "content", ...fields}`, see [`IngestFile`]), in as few requests as fit
    /// [`DEFAULT_MAX_REQUEST_BYTES`] each. The answers are merged: `accepted` and `rejected`
    /// summed, each result's `position` that of its file in `files`.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// let report = client
    ///     .context()
    ///     .search_indexes()
    ///     .ingest_files("support_articles", ["faq.md", "returns.md"])
    ///     .await?;
    /// println!("{} accepted, {} rejected", report.accepted, report.rejected);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// Before anything is sent: a file that cannot be read, is not UTF-8 text, or whose
    /// document alone is over the limit; an invalid index name or per-call header. Then as
    /// every call, for each request, with [`Error::batch`] saying which request failed and the
    /// positions of its files: the documents of the requests before it stay ingested.
    pub async fn ingest_files<I>(&self, index_name: &str, files: I) -> Result<IngestDocumentsResponse>
    where
        I: IntoIterator,
        I::Item: Into<IngestFile>,
    {
        self.ingest_files_within(index_name, files, DEFAULT_MAX_REQUEST_BYTES)
            .await
    }

    /// As [`ingest_files`](Self::ingest_files), with no request body (so no buffer) larger
    /// than `max_request_bytes` (e.g. the API's request limit, if lower than the default).
    ///
    /// # Errors
    /// As [`ingest_files`](Self::ingest_files).
    pub async fn ingest_files_within<I>(
        &self,
        index_name: &str,
        files: I,
        max_request_bytes: usize,
    ) -> Result<IngestDocumentsResponse>
    where
        I: IntoIterator,
        I::Item: Into<IngestFile>,
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/context/search-indexes/{}/documents",
            segment("index_name", index_name)?
        );
        let mut planned = Vec::new();
        for f in files {
            planned.push(plan(f.into()).await?);
        }
        let mut merged = IngestDocumentsResponse::default();
        for (i, range) in batches(&planned, max_request_bytes)?.into_iter().enumerate() {
            let offset = range.start;
            let body = body(&planned[range.clone()])
                .await
                .map_err(|e| e.in_batch(i, range.clone()))?;
            let call = Call::bare(OPERATION, Method::POST, path.clone()).with_body(body);
            let answer = crate::generated::json::<IngestDocumentsResponse>(&self.core, call)
                .await
                .map_err(|e| e.in_batch(i, range))?
                .into_inner();
            merged.accepted += answer.accepted;
            merged.rejected += answer.rejected;
            let offset = i64::try_from(offset).unwrap_or(i64::MAX);
            for mut r in answer.results {
                shift(&mut r, offset);
                merged.results.push(r);
            }
            merged.extra.extend(answer.extra);
        }
        Ok(merged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_matches_serde_json() {
        let text: String = (0u8..128).map(char::from).chain("é€😀\"\\/".chars()).collect();
        let mut out = BytesMut::new();
        escape_into(&mut out, text.as_bytes());
        let expected = serde_json::to_string(&text).unwrap();
        assert_eq!(&out[..], &expected.as_bytes()[1..expected.len() - 1]);
        assert_eq!(escaped_len(text.as_bytes()), out.len() as u64);
    }

    #[test]
    fn utf8_is_checked_across_every_split() {
        let text = "a€😀é\u{7ff}z".as_bytes();
        for at in 0..=text.len() {
            for at2 in at..=text.len() {
                let mut c = Utf8Check::default();
                c.push(&text[..at]).unwrap();
                c.push(&text[at..at2]).unwrap();
                c.push(&text[at2..]).unwrap();
                c.finish().unwrap();
                assert_eq!(c.offset, text.len() as u64);
            }
        }
        // A cut character, a stray continuation byte, an overlong form: at their offsets.
        for (bad, at) in [(&b"ab\xe2\x82"[..], 2u64), (b"ab\x80cd", 2), (b"a\xc0\xafb", 1)] {
            for split in 0..=bad.len() {
                let mut c = Utf8Check::default();
                let r = c
                    .push(&bad[..split])
                    .and_then(|()| c.push(&bad[split..]))
                    .and_then(|()| c.finish());
                assert_eq!(r, Err(at), "{bad:?} split at {split}");
            }
        }
    }

    fn planned(len: u64) -> Planned {
        Planned {
            file: IngestFile::new(format!("f{len}")),
            head: Bytes::from_static(b"{\"content\":\""),
            size: len,
            escaped: len,
        }
    }

    #[test]
    fn batches_fill_up_to_the_limit_in_order() {
        // Each document is 12 + n + 2 bytes; the frame is 16, a comma 1.
        let docs: Vec<Planned> = [10, 10, 10, 50, 1].into_iter().map(planned).collect();
        assert_eq!(batches(&docs, 16 + 24 * 3 + 2).unwrap(), [0..3, 3..4, 4..5]);
        assert_eq!(batches(&docs, 16 + 64 + 1 + 15).unwrap(), [0..3, 3..5]);
        assert_eq!(batches(&docs, 10_000).unwrap(), vec![0..5]);
        let err = batches(&docs, 16 + 63).unwrap_err();
        assert!(err.is_invalid_request(), "{err}");
        assert!(err.to_string().contains("f50"), "{err}");
    }

    #[test]
    fn a_document_head_keeps_the_fields_and_refuses_a_content_field() {
        let head = IngestFile::new("dir/a.md")
            .field("category", serde_json::json!("x\"y"))
            .head()
            .unwrap();
        let mut doc = head.to_vec();
        doc.extend_from_slice(b"\"}");
        assert_eq!(
            serde_json::from_slice::<Value>(&doc).unwrap(),
            serde_json::json!({"category": "x\"y", "source_id": "a.md", "content": ""})
        );
        assert!(head.ends_with(br#","content":""#));
        let err = IngestFile::new("a.md")
            .field("content", serde_json::json!("no"))
            .head()
            .unwrap_err();
        assert!(err.is_invalid_request());
        assert!(IngestFile::new("/").head().unwrap_err().is_invalid_request());
    }
}
