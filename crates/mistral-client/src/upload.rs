//! File uploads: the `multipart/form-data` bodies of `POST /v1/files`,
//! `POST /v1/libraries/{id}/documents` and `POST /v1/audio/transcriptions`, with the file streamed
//! from disk in 64 KiB frames (never read whole into memory) and its progress reported.
//!
//! The encoding is small enough to own (one file part, a few text fields); what it produces is
//! checked against a real multipart parser (multer) in the tests and the mock server.

use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{ready, Context, Poll};

use bytes::{Bytes, BytesMut};
use http::HeaderValue;
use http_body::{Frame, SizeHint};
use mistral_types::files::{FileContent, FileUpload};
use tokio::io::{AsyncRead, ReadBuf};

use crate::error::{BoxError, Error, Result};
use crate::meta::WithMeta;
use crate::pipeline::{Call, Core, Decode};
use crate::transport::RequestBody;

/// How much of an upload has been sent: file bytes read into the request so far, of `total`.
/// A retried upload starts again from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct UploadProgress {
    /// File bytes handed to the connection so far.
    pub sent: u64,
    /// The file's size.
    pub total: u64,
}

/// The file part of a form: what to send, under which file name and media type (default
/// `application/octet-stream`).
pub(crate) struct FilePartSpec<'a> {
    pub(crate) content: &'a FileContent,
    pub(crate) name: String,
    pub(crate) content_type: Option<&'a str>,
}

/// A progress callback.
pub(crate) type ProgressFn = Arc<dyn Fn(UploadProgress) + Send + Sync>;

/// The frame size of a file read from disk.
const CHUNK: usize = 64 * 1024;

/// An upload's multipart body, ready to be opened once per attempt.
pub(crate) struct Multipart {
    boundary: String,
    head: Bytes,
    tail: Bytes,
    source: Source,
    progress: Option<ProgressFn>,
}

enum Source {
    Bytes(Bytes),
    /// A file on disk, and its size when measured (it must not change until sent).
    Path(PathBuf, u64),
}

impl std::fmt::Debug for Multipart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Multipart")
            .field("len", &self.len())
            .finish_non_exhaustive()
    }
}

/// `value` as a quoted-string of a `Content-Disposition` parameter, as browsers encode it
/// (WHATWG): `"`, CR and LF percent-encoded.
fn quoted(value: &str) -> String {
    value
        .replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

impl Multipart {
    /// Checks `upload` and gives the parts of its form (`POST /v1/files`): the text fields,
    /// then the file. Nothing is read or sent.
    pub(crate) fn file_upload_parts(
        upload: &FileUpload,
    ) -> Result<(Vec<(String, String)>, FilePartSpec<'_>)> {
        upload.validate()?;
        let mut fields = vec![("purpose".to_owned(), upload.purpose.as_str().to_owned())];
        if let Some(e) = upload.expiry {
            fields.push(("expiry".to_owned(), e.to_string()));
        }
        if let Some(v) = &upload.visibility {
            fields.push(("visibility".to_owned(), v.as_str().to_owned()));
        }
        let file = FilePartSpec {
            content: &upload.file,
            name: upload.file_name().unwrap_or_default(),
            content_type: upload.content_type.as_deref(),
        };
        Ok((fields, file))
    }

    /// The body of a file upload (the unit tests' way in; the handles use `send_form`).
    #[cfg(test)]
    pub(crate) async fn new(upload: &FileUpload, progress: Option<ProgressFn>) -> Result<Self> {
        let (fields, file) = Self::file_upload_parts(upload)?;
        Self::form(&fields, Some(file), progress).await
    }

    /// Any upload's body (checked by its caller): the text `fields` in order, then the file
    /// part when there is one. A file on disk is measured (it must exist and be within the
    /// API's file limit) and streamed when sent. Nothing is sent. Every multipart upload goes
    /// through here (files, library documents, transcriptions).
    pub(crate) async fn form(
        fields: &[(String, String)],
        file: Option<FilePartSpec<'_>>,
        progress: Option<ProgressFn>,
    ) -> Result<Self> {
        let source = match file.as_ref().map(|f| f.content) {
            None => Source::Bytes(Bytes::new()),
            Some(FileContent::Path(p)) => {
                let meta = tokio::fs::metadata(p)
                    .await
                    .map_err(|e| Error::io(format_args!("cannot read {}", p.display()), e))?;
                if !meta.is_file() {
                    return Err(Error::io(
                        format_args!("cannot upload {}", p.display()),
                        std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a regular file"),
                    ));
                }
                FileUpload::check_size(meta.len())?;
                Source::Path(p.clone(), meta.len())
            }
            Some(FileContent::Bytes { data, .. }) => Source::Bytes(data.clone()),
            // A kind of content added to the types crate later.
            Some(_) => return Err(Error::builder("this kind of file content cannot be uploaded yet")),
        };
        let boundary = format!("mistral-rs-{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..));
        let mut head = String::new();
        for (name, value) in fields {
            head.push_str(&format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            ));
        }
        let tail = match &file {
            Some(f) => {
                head.push_str(&format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
                    quoted(&f.name),
                    f.content_type.unwrap_or("application/octet-stream"),
                ));
                // The line break ends the file's bytes.
                format!("\r\n--{boundary}--\r\n")
            }
            // The last field already ended with its line break.
            None => format!("--{boundary}--\r\n"),
        };
        Ok(Multipart {
            boundary,
            head: Bytes::from(head),
            tail: Bytes::from(tail),
            source,
            progress,
        })
    }

    /// The `Content-Type` header, with the boundary.
    pub(crate) fn content_type(&self) -> HeaderValue {
        HeaderValue::from_str(&format!("multipart/form-data; boundary={}", self.boundary))
            .unwrap_or_else(|_| HeaderValue::from_static("multipart/form-data"))
    }

    fn file_len(&self) -> u64 {
        match &self.source {
            Source::Bytes(b) => b.len() as u64,
            Source::Path(_, len) => *len,
        }
    }

    /// The body's length in bytes (its `Content-Length`).
    pub(crate) fn len(&self) -> u64 {
        self.head.len() as u64 + self.file_len() + self.tail.len() as u64
    }

    /// A fresh body for one attempt: the file is opened again, so a retry sends it whole.
    pub(crate) async fn open(&self) -> Result<RequestBody> {
        let file = match &self.source {
            Source::Bytes(b) => FilePart::Bytes(Some(b.clone())),
            Source::Path(p, len) => {
                let f = tokio::fs::File::open(p)
                    .await
                    .map_err(|e| Error::io(format_args!("cannot open {}", p.display()), e))?;
                FilePart::Disk {
                    file: f,
                    remaining: *len,
                    buf: BytesMut::new(),
                }
            }
        };
        Ok(RequestBody::stream(UploadBody {
            head: Some(self.head.clone()),
            file,
            tail: Some(self.tail.clone()),
            len: self.len(),
            sent: 0,
            total: self.file_len(),
            progress: self.progress.clone(),
        }))
    }
}

impl Core<'_> {
    /// Sends `call` with the multipart form of `fields` and `file` (laid out by
    /// [`Multipart::form`]), once the per-call headers are checked; decodes the JSON answer.
    /// Every upload's call goes through here (files, library documents, transcriptions).
    pub(crate) async fn send_form<T: Decode>(
        &self,
        call: Call<'_>,
        fields: &[(String, String)],
        file: Option<FilePartSpec<'_>>,
        progress: Option<ProgressFn>,
    ) -> Result<WithMeta<T>> {
        self.check_headers()?;
        let body = Multipart::form(fields, file, progress).await?;
        self.fetch(call.with_upload(body)).await
    }
}

/// The file could not be read while it was being sent (the pipeline reports it as an I/O
/// error, not as a connection failure).
#[derive(Debug)]
pub(crate) struct UploadReadError(pub(crate) std::io::Error);

impl std::fmt::Display for UploadReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "reading the file being uploaded failed: {}", self.0)
    }
}

impl std::error::Error for UploadReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

enum FilePart {
    Bytes(Option<Bytes>),
    Disk {
        file: tokio::fs::File,
        remaining: u64,
        buf: BytesMut,
    },
}

struct UploadBody {
    head: Option<Bytes>,
    file: FilePart,
    tail: Option<Bytes>,
    len: u64,
    sent: u64,
    total: u64,
    progress: Option<ProgressFn>,
}

impl UploadBody {
    fn advance(&mut self, n: usize) {
        self.sent += n as u64;
        self.len -= n as u64;
        if let Some(p) = &self.progress {
            p(UploadProgress {
                sent: self.sent,
                total: self.total,
            });
        }
    }
}

impl http_body::Body for UploadBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = self.get_mut();
        if let Some(h) = this.head.take() {
            this.len -= h.len() as u64;
            return Poll::Ready(Some(Ok(Frame::data(h))));
        }
        let chunk = match &mut this.file {
            FilePart::Bytes(b) => b.take(),
            FilePart::Disk { file, remaining, buf } if *remaining > 0 => {
                let want = CHUNK.min(usize::try_from(*remaining).unwrap_or(CHUNK));
                if buf.capacity() < want {
                    // The last frame is still owned by the connection: a new buffer, of one
                    // frame, so memory stays flat however large the file.
                    *buf = BytesMut::with_capacity(CHUNK);
                }
                // Zeroed rather than uninitialized: a memset per 64 KiB is noise beside the read.
                buf.resize(want, 0);
                let mut rb = ReadBuf::new(&mut buf[..]);
                if let Err(e) = ready!(Pin::new(file).poll_read(cx, &mut rb)) {
                    return Poll::Ready(Some(Err(Box::new(UploadReadError(e)))));
                }
                let n = rb.filled().len();
                if n == 0 {
                    let e = std::io::Error::new(
                        std::io::ErrorKind::UnexpectedEof,
                        format!("the file shrank while it was being sent ({remaining} bytes missing)"),
                    );
                    return Poll::Ready(Some(Err(Box::new(UploadReadError(e)))));
                }
                buf.truncate(n);
                *remaining -= n as u64;
                Some(buf.split().freeze())
            }
            FilePart::Disk { .. } => None,
        };
        if let Some(c) = chunk {
            if !c.is_empty() {
                this.advance(c.len());
                return Poll::Ready(Some(Ok(Frame::data(c))));
            }
        }
        match this.tail.take() {
            Some(t) => {
                this.len -= t.len() as u64;
                Poll::Ready(Some(Ok(Frame::data(t))))
            }
            None => Poll::Ready(None),
        }
    }

    fn is_end_stream(&self) -> bool {
        self.tail.is_none()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.len)
    }
}

/// Whether `e`'s chain holds an [`UploadReadError`]: the file failed, not the connection.
pub(crate) fn upload_read_error(e: &(dyn std::error::Error + 'static)) -> Option<String> {
    let mut cur = Some(e);
    while let Some(c) = cur {
        if let Some(u) = c.downcast_ref::<UploadReadError>() {
            return Some(u.to_string());
        }
        cur = c.source();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use mistral_types::files::FilePurpose;

    #[tokio::test]
    async fn bodies_have_their_announced_length_and_report_progress() {
        let dir = std::env::temp_dir().join(format!("mistral-upload-{}", fastrand::u64(..)));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("data.bin");
        let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &data).unwrap();
        let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
        let s = seen.clone();
        let upload = FileUpload::builder()
            .file(FileContent::path(&path))
            .purpose(FilePurpose::Batch)
            .build();
        let mp = Multipart::new(&upload, Some(Arc::new(move |p| s.lock().unwrap().push(p))))
            .await
            .unwrap();
        for _ in 0..2 {
            let body = mp.open().await.unwrap();
            assert_eq!(http_body::Body::size_hint(&body).exact(), Some(mp.len()));
            let bytes = body.collect().await.unwrap();
            assert_eq!(bytes.len() as u64, mp.len());
            let start = memchr::memmem::find(&bytes, b"\r\n\r\n\0\x01\x02").unwrap() + 4;
            assert_eq!(&bytes[start..start + data.len()], &data[..]);
        }
        let seen = seen.lock().unwrap();
        assert_eq!(seen.last().unwrap().sent, 200_000);
        assert_eq!(
            seen.iter().filter(|p| p.sent == p.total).count(),
            2,
            "two attempts"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn file_names_cannot_break_the_header() {
        assert_eq!(quoted("a\"b\r\nc"), "a%22b%0D%0Ac");
    }
}
