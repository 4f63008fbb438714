//! Document libraries (`/v1/libraries`, beta): libraries of documents that the agents'
//! `document_library` tool searches. Libraries are created, listed (cursor pages), read,
//! updated and deleted; documents are uploaded (multipart), listed (offset pages with a
//! `pagination` object), read, updated, deleted, reprocessed, read as text, and followed
//! through their [`ProcessStatus`]; a library is shared with users, workspaces or the
//! organization.
//!
//! ```
//! use mistral::files::FileContent;
//! use mistral::libraries::{AccessGrant, AccessLevel, CreateLibraryRequest, DocumentUpload};
//!
//! let create = CreateLibraryRequest::builder().name("handbook").description("HR policies").build();
//! create.validate()?;
//! let upload = DocumentUpload::builder().file(FileContent::path("handbook.pdf")).build();
//! upload.validate()?;
//! let share = AccessGrant::workspace("0196a0a2-0000-7000-8000-00000000000a", AccessLevel::Viewer);
//! share.validate()?;
//! # Ok::<(), mistral::ValidationError>(())
//! ```

pub(crate) mod access;
pub(crate) mod document;
pub(crate) mod library;

pub use access::{
    Access, AccessGrant, AccessGrantBuilder, AccessLevel, AccessList, AccessRevoke, EntityType,
};
pub use document::{
    Document, DocumentList, DocumentListQuery, DocumentListQueryBuilder, DocumentStatus, DocumentText,
    DocumentUpload, DocumentUploadBuilder, ProcessStatus, SortOrder, UpdateDocumentRequest,
    UpdateDocumentRequestBuilder,
};
pub use library::{
    CreateLibraryRequest, CreateLibraryRequestBuilder, Library, LibraryList, LibraryListQuery,
    LibraryListQueryBuilder, OwnerType, PaginationInfo, UpdateLibraryRequest, UpdateLibraryRequestBuilder,
};

/// The request traits of these JSON bodies: checked by their `validate`, no telemetry (no
/// model, no sampling settings).
macro_rules! request_traits {
    ($($ty:ty),*) => {$(
        impl $crate::api::ApiRequest for $ty {
            fn check(&self) -> Result<(), $crate::validate::ValidationError> {
                self.validate()
            }
        }
    )*};
}
pub(crate) use request_traits;
