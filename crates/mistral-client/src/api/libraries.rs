//! Document libraries (beta): `/v1/libraries` (create, list, get, update, delete),
//! `/v1/libraries/{id}/documents` (upload, list, get, update, delete, text, status, signed
//! URLs, reprocess) and `/v1/libraries/{id}/share` (list, grant, revoke); with
//! `wait_processed` and `upload_and_wait` on top.

use http::Method;
use mistral_types::libraries::{
    Access, AccessGrant, AccessList, AccessRevoke, CreateLibraryRequest, Document, DocumentList,
    DocumentListQuery, DocumentStatus, DocumentText, DocumentUpload, Library, LibraryList, LibraryListQuery,
    UpdateDocumentRequest, UpdateLibraryRequest,
};
use serde::Deserialize;

use crate::calls::{upload_methods, with_query};
use crate::error::{Error, Kind, Result};
use crate::meta::WithMeta;
use crate::paginate::{self, Cursors, Paginator, UntilNoMore};
use crate::pipeline::{segment, Call, Core, Decode};
use crate::poll::WaitOptions;
use crate::upload::{FilePartSpec, ProgressFn};

crate::pipeline::handle! {
    /// Document library calls (beta): libraries (create, list, get, update, delete), their
    /// sharing (list, grant, revoke), and their [`documents`](Self::documents).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::batch::WaitOptions;
    /// use mistral::files::FileContent;
    /// use mistral::libraries::{CreateLibraryRequest, DocumentUpload};
    ///
    /// let library = client
    ///     .libraries()
    ///     .create(&CreateLibraryRequest::builder().name("handbook").build())
    ///     .await?;
    /// let upload = DocumentUpload::builder().file(FileContent::path("handbook.pdf")).build();
    /// let document = client
    ///     .libraries()
    ///     .documents(&library.id)
    ///     .upload_and_wait(&upload, &WaitOptions::default(), |s| eprintln!("{:?}", s.process_status))
    ///     .await?;
    /// println!("{} is ready: {:?} pages", document.name, document.number_of_pages);
    /// # Ok(()) }
    /// ```
    Libraries
}

shell_by_id!(Library, Document);

impl Decode for LibraryList {
    // `{"data": [], "next_page_token": null}` is a real answer (a search that matches
    // nothing); an object with none of a page's fields but others (an error body) is not.
    fn is_empty_shell(&self) -> bool {
        self.data.is_empty()
            && self.next_page_token.is_none()
            && self.pagination.is_none()
            && !self.extra.is_empty()
    }
}

impl Decode for DocumentList {
    // Every page of documents has its `pagination`, an empty one included.
    fn is_empty_shell(&self) -> bool {
        self.data.is_empty() && self.pagination.is_none()
    }
}

impl Decode for DocumentStatus {
    fn is_empty_shell(&self) -> bool {
        self.document_id.is_empty() && self.process_status.is_none()
    }
}

impl Decode for DocumentText {
    // An empty text is a real answer (an empty document); an object without `text` is not.
    fn is_empty_shell(&self) -> bool {
        self.text.is_empty() && self.extra.contains_key("detail")
    }
}

impl Decode for Access {
    fn is_empty_shell(&self) -> bool {
        self.library_id.is_empty() && self.role.is_none() && self.share_with_uuid.is_none()
    }
}

impl Decode for AccessList {
    fn is_empty_shell(&self) -> bool {
        self.data.is_empty() && !self.extra.is_empty()
    }
}

/// A signed URL: the API answers a bare JSON string.
#[derive(Deserialize)]
#[serde(transparent)]
struct Url(String);

impl Decode for Url {
    fn is_empty_shell(&self) -> bool {
        self.0.is_empty()
    }
}

fn library_path(library_id: &str, tail: &str) -> Result<String> {
    Ok(format!(
        "/v1/libraries/{}{tail}",
        segment("library_id", library_id)?
    ))
}

impl<'a> Libraries<'a> {
    /// Creates a library (`POST /v1/libraries`). The request is validated first.
    ///
    /// It creates something: after a failure once the request may have been received, it is
    /// not sent again (see [`resend_after_send`](Self::resend_after_send)).
    ///
    /// # Errors
    /// An invalid request, and as every call.
    pub async fn create(&self, request: &CreateLibraryRequest) -> Result<WithMeta<Library>> {
        let call = Call::bare("create_library", Method::POST, "/v1/libraries");
        self.core.send_json(call, request).await
    }

    /// One page of libraries (`GET /v1/libraries`), from `query`'s cursor. The query is
    /// validated first.
    ///
    /// # Errors
    /// An invalid query, and as every call.
    pub async fn list(&self, query: &LibraryListQuery) -> Result<WithMeta<LibraryList>> {
        query.validate()?;
        let path = with_query("/v1/libraries", &query.to_query());
        self.core
            .read(Call::bare("list_libraries", Method::GET, path))
            .await
    }

    /// Every library matching `query`, lazily, page after page from its cursor, each page a
    /// call of its own (see [`Paginator`]). The deprecated offset `page` is left out: the
    /// cursors lead.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_all(&self, query: &LibraryListQuery) -> Result<Paginator<Library>> {
        self.core.check_headers()?;
        query.validate()?;
        let mut first = query.clone();
        first.page = None;
        let adapter = Cursors::new(
            "list_libraries",
            first.page_token.take(),
            move |cursor: Option<&str>| match cursor {
                Some(c) => with_query("/v1/libraries", &first.after(c).to_query()),
                None => with_query("/v1/libraries", &first.to_query()),
            },
            |page: LibraryList| {
                let next = page.next_page().map(str::to_owned);
                (page.data, next, None)
            },
        );
        Ok(Paginator::new(&self.core, adapter))
    }

    /// One library (`GET /v1/libraries/{library_id}`).
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn get(&self, library_id: &str) -> Result<WithMeta<Library>> {
        let path = library_path(library_id, "")?;
        self.core.read(Call::bare("get_library", Method::GET, path)).await
    }

    /// Changes a library's name or description (`PATCH /v1/libraries/{library_id}`). The
    /// request is validated first.
    ///
    /// # Errors
    /// An invalid request, and as every call.
    pub async fn update(
        &self,
        library_id: &str,
        request: &UpdateLibraryRequest,
    ) -> Result<WithMeta<Library>> {
        let call = Call::bare("update_library", Method::PATCH, library_path(library_id, "")?);
        self.core.send_json(call, request).await
    }

    /// The `PUT` twin of [`update`](Self::update) (`PUT /v1/libraries/{library_id}`, the
    /// spec's `libraries_update_v1`): the same request and answer. The API deprecates it in
    /// favour of `PATCH` and will remove it; it is here for servers that answer only `PUT`.
    ///
    /// # Errors
    /// As [`update`](Self::update).
    #[deprecated(note = "the API deprecates PUT on a library: use `update` (PATCH)")]
    pub async fn replace(
        &self,
        library_id: &str,
        request: &UpdateLibraryRequest,
    ) -> Result<WithMeta<Library>> {
        let call = Call::bare("replace_library", Method::PUT, library_path(library_id, "")?);
        self.core.send_json(call, request).await
    }

    /// Deletes a library and its documents (`DELETE /v1/libraries/{library_id}`; the API
    /// answers `204`, or the deleted library with the deprecated `200`: dropped either way).
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn delete(&self, library_id: &str) -> Result<WithMeta<()>> {
        self.core.check_headers()?;
        let path = library_path(library_id, "")?;
        self.core
            .no_content(Call::bare("delete_library", Method::DELETE, path))
            .await
    }

    /// The documents of a library: the calls on them, with this handle's per-call settings.
    pub fn documents(&self, library_id: impl Into<String>) -> Documents<'a> {
        Documents {
            core: self.core.clone(),
            library_id: library_id.into(),
        }
    }

    /// Who has access to a library, at which level (`GET /v1/libraries/{library_id}/share`).
    ///
    /// # Errors
    /// As every call.
    pub async fn accesses(&self, library_id: &str) -> Result<WithMeta<AccessList>> {
        let path = library_path(library_id, "/share")?;
        self.core
            .read(Call::bare("list_library_accesses", Method::GET, path))
            .await
    }

    /// Grants an access, or changes its level (`PUT /v1/libraries/{library_id}/share`). The
    /// request is validated first.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client, library_id: &str) -> Result<(), mistral::Error> {
    /// use mistral::libraries::{AccessGrant, AccessLevel};
    /// let grant = AccessGrant::user("0196a0a2-0000-7000-8000-00000000000b", AccessLevel::Editor);
    /// client.libraries().grant_access(library_id, &grant).await?;
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// An invalid request, and as every call.
    pub async fn grant_access(&self, library_id: &str, grant: &AccessGrant) -> Result<WithMeta<Access>> {
        let call = Call::bare(
            "grant_library_access",
            Method::PUT,
            library_path(library_id, "/share")?,
        );
        self.core.send_json(call, grant).await
    }

    /// Revokes an access (`DELETE /v1/libraries/{library_id}/share`, with a body; the API
    /// answers `204`, or the revoked access with the deprecated `200`: dropped either way).
    ///
    /// # Errors
    /// An invalid request, and as every call.
    pub async fn revoke_access(&self, library_id: &str, revoke: &AccessRevoke) -> Result<WithMeta<()>> {
        let body = self.core.encode(revoke)?;
        let path = library_path(library_id, "/share")?;
        self.core
            .no_content(Call::bare("revoke_library_access", Method::DELETE, path).with_body(body))
            .await
    }
}

crate::pipeline::per_call_setters!(Libraries => core.opts);

/// The documents of one library, from [`Libraries::documents`]: upload (streamed from disk,
/// with progress), list, get, update, delete, text, status, signed URLs, reprocess, and the
/// wait for processing. The per-call setters are the library handle's.
#[derive(Clone)]
#[must_use]
pub struct Documents<'a> {
    pub(crate) core: Core<'a>,
    library_id: String,
}

impl std::fmt::Debug for Documents<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Documents")
            .field("library_id", &self.library_id)
            .field("options", &self.core.opts)
            .finish_non_exhaustive()
    }
}

impl Documents<'_> {
    /// The library these documents belong to.
    pub fn library_id(&self) -> &str {
        &self.library_id
    }

    fn path(&self, tail: &str) -> Result<String> {
        library_path(&self.library_id, &format!("/documents{tail}"))
    }

    fn document_path(&self, document_id: &str, tail: &str) -> Result<String> {
        self.path(&format!("/{}{tail}", segment("document_id", document_id)?))
    }

    upload_methods! {
        /// Uploads a document (`POST .../documents`, multipart). A file on disk is measured
        /// first and streamed as it is sent; a retry reads it again from the start. The API
        /// answers the existing document for a file it already holds.
        ///
        /// It creates something: after a failure once the request may have been received, it
        /// is not sent again (see [`resend_after_send`](Self::resend_after_send)).
        ///
        /// # Errors
        /// An invalid upload, a file that cannot be read
        /// ([`Error::is_io`](crate::Error::is_io)), or as every call.
        pub fn upload / upload_with_progress(upload: &DocumentUpload) -> WithMeta<Document> => send_upload
    }

    async fn send_upload(
        &self,
        upload: &DocumentUpload,
        progress: Option<ProgressFn>,
    ) -> Result<WithMeta<Document>> {
        upload.validate()?;
        let file = FilePartSpec {
            content: &upload.file,
            name: upload.file_name().unwrap_or_default(),
            content_type: upload.content_type.as_deref(),
        };
        let call = Call::bare("upload_library_document", Method::POST, self.path("")?);
        self.core.send_form(call, &[], Some(file), progress).await
    }

    /// One page of documents (`GET .../documents`), filtered. The query is validated first.
    ///
    /// # Errors
    /// An invalid query, and as every call.
    pub async fn list(&self, query: &DocumentListQuery) -> Result<WithMeta<DocumentList>> {
        query.validate()?;
        let path = with_query(self.path("")?, &query.to_query());
        self.core
            .read(Call::bare("list_library_documents", Method::GET, path))
            .await
    }

    /// Every document matching `query`, lazily, page after page from `query`'s page (0 when
    /// unset): each page a call of its own, retried on its own. The listing ends when a
    /// page's `pagination` says `has_more: false`, once `total_items` are read, or on an
    /// empty page (see [`Paginator`]).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client, library_id: &str) -> Result<(), mistral::Error> {
    /// use mistral::libraries::DocumentListQuery;
    /// let query = DocumentListQuery::builder().page_size(50).build();
    /// let docs = client.libraries().documents(library_id).list_all(&query)?.collect().await?;
    /// # let _ = docs; Ok(()) }
    /// ```
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_all(&self, query: &DocumentListQuery) -> Result<Paginator<Document>> {
        self.core.check_headers()?;
        query.validate()?;
        let base = self.path("")?;
        let query = query.clone();
        let adapter = paginate::page_numbered_adapter(
            "list_library_documents",
            (query.page, query.page_size),
            move |page| {
                let mut q = query.clone();
                q.page = Some(page);
                with_query(base.clone(), &q.to_query())
            },
            |list: DocumentList| (list.data, list.pagination.map(|p| p.total_items)),
        );
        let adapter = UntilNoMore::new(adapter, |list: &DocumentList| list.pagination.map(|p| p.has_more));
        Ok(Paginator::new(&self.core, adapter))
    }

    /// One document.
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn get(&self, document_id: &str) -> Result<WithMeta<Document>> {
        let path = self.document_path(document_id, "")?;
        self.core
            .read(Call::bare("get_library_document", Method::GET, path))
            .await
    }

    /// Changes a document's name, attributes or expiry (`PATCH`). The request is validated
    /// first.
    ///
    /// # Errors
    /// An invalid request, and as every call.
    pub async fn update(
        &self,
        document_id: &str,
        request: &UpdateDocumentRequest,
    ) -> Result<WithMeta<Document>> {
        let path = self.document_path(document_id, "")?;
        self.core
            .send_json(
                Call::bare("update_library_document", Method::PATCH, path),
                request,
            )
            .await
    }

    /// The `PUT` twin of [`update`](Self::update) (`PUT .../documents/{document_id}`, the
    /// spec's `libraries_documents_update_v1`): the same request and answer. The API
    /// deprecates it in favour of `PATCH` and will remove it.
    ///
    /// # Errors
    /// As [`update`](Self::update).
    #[deprecated(note = "the API deprecates PUT on a document: use `update` (PATCH)")]
    pub async fn replace(
        &self,
        document_id: &str,
        request: &UpdateDocumentRequest,
    ) -> Result<WithMeta<Document>> {
        let call = Call::bare(
            "replace_library_document",
            Method::PUT,
            self.document_path(document_id, "")?,
        );
        self.core.send_json(call, request).await
    }

    /// Deletes a document (`204 No Content`).
    ///
    /// # Errors
    /// As every call.
    pub async fn delete(&self, document_id: &str) -> Result<WithMeta<()>> {
        self.core.check_headers()?;
        let path = self.document_path(document_id, "")?;
        self.core
            .no_content(Call::bare("delete_library_document", Method::DELETE, path))
            .await
    }

    /// The document's extracted text (`GET .../text_content`), whole.
    ///
    /// # Errors
    /// As every call.
    pub async fn text(&self, document_id: &str) -> Result<WithMeta<DocumentText>> {
        self.text_pages(document_id, None, None).await
    }

    /// The text of the pages `page_start` to `page_end` (either bound may be left open). A
    /// start after the end is refused before sending.
    ///
    /// # Errors
    /// An invalid range, and as every call.
    pub async fn text_pages(
        &self,
        document_id: &str,
        page_start: Option<u32>,
        page_end: Option<u32>,
    ) -> Result<WithMeta<DocumentText>> {
        self.core.check_headers()?;
        if let (Some(s), Some(e)) = (page_start, page_end) {
            if s > e {
                return Err(mistral_types::ValidationError::single(
                    "page_start",
                    format!("page {s} is after the end page {e}"),
                )
                .into());
            }
        }
        let mut q = Vec::new();
        if let Some(s) = page_start {
            q.push(format!("page_start={s}"));
        }
        if let Some(e) = page_end {
            q.push(format!("page_end={e}"));
        }
        let path = with_query(self.document_path(document_id, "/text_content")?, &q.join("&"));
        self.core
            .read(Call::bare("get_library_document_text", Method::GET, path))
            .await
    }

    /// The document's processing status (`GET .../status`).
    ///
    /// # Errors
    /// As every call.
    pub async fn status(&self, document_id: &str) -> Result<WithMeta<DocumentStatus>> {
        let path = self.document_path(document_id, "/status")?;
        self.core
            .read(Call::bare("get_library_document_status", Method::GET, path))
            .await
    }

    /// A URL to download the document without the API key (`GET .../signed-url`).
    ///
    /// # Errors
    /// As every call.
    pub async fn signed_url(&self, document_id: &str) -> Result<WithMeta<String>> {
        self.core.check_headers()?;
        let path = self.document_path(document_id, "/signed-url")?;
        self.url(Call::bare("get_library_document_signed_url", Method::GET, path))
            .await
    }

    /// A URL to download the document's extracted text without the API key
    /// (`GET .../extracted-text-signed-url`).
    ///
    /// # Errors
    /// As every call.
    pub async fn extracted_text_signed_url(&self, document_id: &str) -> Result<WithMeta<String>> {
        self.core.check_headers()?;
        let path = self.document_path(document_id, "/extracted-text-signed-url")?;
        self.url(Call::bare(
            "get_library_document_text_signed_url",
            Method::GET,
            path,
        ))
        .await
    }

    /// A call answered by a bare JSON string (a signed URL).
    async fn url(&self, call: Call<'_>) -> Result<WithMeta<String>> {
        let (Url(url), meta) = self.core.fetch::<Url>(call).await?.into_parts();
        Ok(WithMeta::new(url, meta))
    }

    /// Processes the document again (`POST .../reprocess`; `204 No Content`).
    ///
    /// # Errors
    /// As every call.
    pub async fn reprocess(&self, document_id: &str) -> Result<WithMeta<()>> {
        self.core.check_headers()?;
        let path = self.document_path(document_id, "/reprocess")?;
        self.core
            .no_content(Call::bare("reprocess_library_document", Method::POST, path))
            .await
    }

    /// Polls the document's status until it settles (see
    /// [`ProcessStatus::is_settled`](mistral_types::ProcessStatus::is_settled)), calling
    /// `on_progress` with each status read: the same polling as
    /// [`Batch::wait`](crate::Batch::wait) (intervals growing to a ceiling, a deadline that
    /// cuts the poll under way). An unknown status is polled on, up to the deadline.
    ///
    /// # Errors
    /// [`ErrorKind::ProcessingFailed`](crate::ErrorKind::ProcessingFailed) when the
    /// processing ends in `error` or `missing_content` (with
    /// [`Error::process_status`](crate::Error::process_status) and the document's id in
    /// [`Error::file_id`](crate::Error::file_id)); the deadline
    /// ([`TimeoutPhase::Wait`](crate::TimeoutPhase::Wait)); a poll that fails.
    pub async fn wait_processed(
        &self,
        document_id: &str,
        options: &WaitOptions,
        on_progress: impl FnMut(&DocumentStatus) + Send,
    ) -> Result<DocumentStatus> {
        let library_id = self.library_id.as_str();
        let status = crate::poll::until_settled(
            &self.core,
            options,
            |core| async move {
                let docs = Documents {
                    core,
                    library_id: library_id.to_owned(),
                };
                Ok(docs.status(document_id).await?.into_inner())
            },
            |s: &DocumentStatus| s.process_status.as_ref().is_some_and(|p| p.is_settled()),
            on_progress,
        )
        .await?;
        match &status.process_status {
            Some(p) if p.is_failure() => {
                Err(Error::new(Kind::Processing(p.as_str().to_owned())).with_file_id(document_id))
            }
            _ => Ok(status),
        }
    }

    /// Uploads a document, waits until it is processed
    /// ([`wait_processed`](Self::wait_processed)), and returns it as it then is.
    ///
    /// # Errors
    /// As [`upload`](Self::upload), then as [`wait_processed`](Self::wait_processed) (the
    /// document stays in the library: [`Error::file_id`](crate::Error::file_id) names it).
    pub async fn upload_and_wait(
        &self,
        upload: &DocumentUpload,
        options: &WaitOptions,
        on_progress: impl FnMut(&DocumentStatus) + Send,
    ) -> Result<Document> {
        let document = self.upload(upload).await?.into_inner();
        let id = document.id.clone();
        let settled = async {
            self.wait_processed(&id, options, on_progress).await?;
            Ok(self.get(&id).await?.into_inner())
        };
        settled.await.map_err(|e: Error| match e.file_id() {
            Some(_) => e,
            None => e.with_file_id(id.clone()),
        })
    }
}

crate::pipeline::per_call_setters!(Documents => core.opts);
