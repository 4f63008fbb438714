//! Files: `POST /v1/files` (multipart), `GET /v1/files`, `GET|DELETE /v1/files/{id}`,
//! `GET /v1/files/{id}/content`, `GET /v1/files/{id}/url`.

use bytes::Bytes;
use http::Method;
use mistral_types::files::{
    DeletedFile, FileList, FileListQuery, FileObject, FileUpload, SignedUrl, MAX_FILE_BYTES,
};

use crate::calls::{upload_methods, with_query};
use crate::error::Result;
use crate::meta::WithMeta;
use crate::paginate::{self, Paginator};
use crate::pipeline::{segment, Call, Collect, Decode, Writer};
use crate::upload::{Multipart, ProgressFn};

crate::pipeline::handle! {
    /// File calls: upload (streamed from disk), list, retrieve, delete, download, signed URL.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::files::{FileContent, FilePurpose, FileUpload};
    ///
    /// let upload = FileUpload::builder()
    ///     .file(FileContent::path("requests.jsonl"))
    ///     .purpose(FilePurpose::Batch)
    ///     .build();
    /// let file = client
    ///     .files()
    ///     .upload_with_progress(&upload, |p| eprintln!("{}/{} bytes", p.sent, p.total))
    ///     .await?;
    /// let mut out = tokio::fs::File::create("copy.jsonl").await.map_err(|e| e.to_string()).unwrap();
    /// client.files().download(&file.id, &mut out).await?;
    /// # Ok(()) }
    /// ```
    Files
}

shell_by_id!(FileObject);

impl Decode for SignedUrl {
    fn is_empty_shell(&self) -> bool {
        self.url.is_empty()
    }
}

impl Files<'_> {
    upload_methods! {
        /// Uploads a file. A file on disk is measured first (a missing file, or one over the
        /// API's 512 MB limit, fails before anything is sent) and streamed as it is sent; a
        /// retry reads it again from the start.
        ///
        /// # Errors
        /// An invalid upload (unknown purpose, bad file name, too large), a file that cannot
        /// be read ([`Error::is_io`](crate::Error::is_io)), or as every call.
        pub fn upload / upload_with_progress(upload: &FileUpload) -> WithMeta<FileObject> => send_upload
    }

    pub(crate) async fn send_upload(
        &self,
        upload: &FileUpload,
        progress: Option<ProgressFn>,
    ) -> Result<WithMeta<FileObject>> {
        let (fields, file) = Multipart::file_upload_parts(upload)?;
        let call = Call::bare("upload_file", Method::POST, "/v1/files");
        self.core.send_form(call, &fields, Some(file), progress).await
    }

    /// A page of files, filtered.
    ///
    /// # Errors
    /// As every call.
    pub async fn list(&self, query: &FileListQuery) -> Result<WithMeta<FileList>> {
        let path = with_query("/v1/files", &query.to_query());
        self.core.read(Call::bare("list_files", Method::GET, path)).await
    }

    /// Every file matching `query`, lazily, page after page from `query`'s page (0 when
    /// unset), `page_size` files at a time: each page a call of its own, retried on its own.
    /// See [`Paginator`] for when the listing ends.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::files::{FileListQuery, FilePurpose};
    ///
    /// let query = FileListQuery::builder().purpose(FilePurpose::Batch).build();
    /// let files = client.files().list_all(&query).collect().await?;
    /// # let _ = files; Ok(()) }
    /// ```
    pub fn list_all(&self, query: &FileListQuery) -> Paginator<FileObject> {
        let query = query.clone();
        paginate::page_numbered(
            &self.core,
            "list_files",
            (query.page, query.page_size),
            move |page| {
                let mut q = query.clone();
                q.page = Some(page);
                format!("/v1/files?{}", q.to_query())
            },
            |list: FileList| (list.data, list.total),
        )
    }

    /// One file's description.
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn retrieve(&self, file_id: &str) -> Result<WithMeta<FileObject>> {
        self.core.check_headers()?;
        let path = format!("/v1/files/{}", segment("file_id", file_id)?);
        self.core
            .fetch(Call::bare("retrieve_file", Method::GET, path))
            .await
    }

    /// Deletes a file.
    ///
    /// # Errors
    /// As every call.
    pub async fn delete(&self, file_id: &str) -> Result<WithMeta<DeletedFile>> {
        self.core.check_headers()?;
        let path = format!("/v1/files/{}", segment("file_id", file_id)?);
        self.core
            .fetch(Call::bare("delete_file", Method::DELETE, path))
            .await
    }

    /// Streams a file's content into `out` (a file, a socket, a `Vec<u8>`), frame by frame;
    /// returns the number of bytes written. Each frame must arrive within the stream idle
    /// timeout.
    ///
    /// # Errors
    /// As every call; a failed write is an I/O error, a connection lost midway a body error.
    pub async fn download<W>(&self, file_id: &str, out: &mut W) -> Result<WithMeta<u64>>
    where
        W: tokio::io::AsyncWrite + Unpin + Send + ?Sized,
    {
        self.core.check_headers()?;
        let path = format!("/v1/files/{}/content", segment("file_id", file_id)?);
        self.download_call(path, &mut Writer(out)).await
    }

    /// Into a blocking writer (the blocking client's download: the writes run on the
    /// caller's thread, which the blocking client blocks anyway).
    #[cfg(feature = "blocking")]
    pub(crate) async fn download_std<W>(&self, file_id: &str, out: &mut W) -> Result<WithMeta<u64>>
    where
        W: std::io::Write + Send + ?Sized,
    {
        self.core.check_headers()?;
        let path = format!("/v1/files/{}/content", segment("file_id", file_id)?);
        self.download_call(path, &mut crate::pipeline::StdWriter(out))
            .await
    }

    /// A file's content in memory, up to the API's file size limit (512 MB).
    ///
    /// # Errors
    /// As [`download`](Self::download); a larger body is a body error.
    pub async fn content(&self, file_id: &str) -> Result<WithMeta<Bytes>> {
        self.core.check_headers()?;
        let path = format!("/v1/files/{}/content", segment("file_id", file_id)?);
        let mut sink = Collect {
            buf: bytes::BytesMut::new(),
            max: usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX),
        };
        let done = self.download_call(path, &mut sink).await?;
        let (_, meta) = done.into_parts();
        Ok(WithMeta::new(sink.buf.freeze(), meta))
    }

    async fn download_call(
        &self,
        path: String,
        sink: &mut impl crate::pipeline::Sink,
    ) -> Result<WithMeta<u64>> {
        self.core
            .fetch_into(Call::bare("download_file", Method::GET, path), sink)
            .await
    }

    /// A URL to download the file without the API key, valid for `expiry_hours` (1 to 168;
    /// the API's default is 24).
    ///
    /// # Errors
    /// An expiry out of range is rejected before sending; otherwise as every call.
    pub async fn signed_url(&self, file_id: &str, expiry_hours: Option<u32>) -> Result<WithMeta<SignedUrl>> {
        self.core.check_headers()?;
        let mut path = format!("/v1/files/{}/url", segment("file_id", file_id)?);
        if let Some(h) = expiry_hours {
            if !(1..=168).contains(&h) {
                return Err(mistral_types::ValidationError::single(
                    "expiry",
                    format!("{h} hours is out of range: 1 to 168"),
                )
                .into());
            }
            path.push_str(&format!("?expiry={h}"));
        }
        self.core
            .fetch(Call::bare("get_signed_url", Method::GET, path))
            .await
    }
}

crate::pipeline::per_call_setters!(Files => core.opts);
