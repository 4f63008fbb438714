//! The library object, its creation and update requests, and its list (cursor pages).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use typed_builder::TypedBuilder;

use crate::chat::tool::JsonObject;
use crate::files::Query;
use crate::macros::string_enum;
use crate::models::Timestamp;
use crate::validate::{Checker, ValidationError};

string_enum! {
    /// Who owns a library (`owner_type`): a user (private) or a workspace (shared with it).
    pub enum OwnerType {
        /// A private library, for its owner only.
        User = "User",
        /// A library shared with the workspace (the API's default for API keys).
        Workspace = "Workspace",
    }
}

/// A document library (`Library` in the spec): what create, get, update, delete and list
/// return.
///
/// Lenient, as every response: each field the spec marks required may be absent or `null`
/// (strings read as empty, the rest as `None`); unknown fields land in [`extra`](Self::extra).
///
/// ```
/// use mistral::libraries::Library;
/// let lib: Library = serde_json::from_str(r#"{
///     "id": "0196a0a2-0000-7000-8000-000000000001", "name": "handbook",
///     "created_at": "2025-05-01T10:00:00Z", "updated_at": "2025-05-01T10:00:00Z",
///     "owner_id": null, "owner_type": "Workspace", "total_size": 1024, "nb_documents": 2,
///     "chunk_size": null, "shiny_new_field": true
/// }"#)?;
/// assert_eq!((lib.name.as_str(), lib.nb_documents), ("handbook", Some(2)));
/// assert_eq!(lib.extra["shiny_new_field"], true);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Library {
    /// The library's id (a UUID).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// Its name.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: String,
    /// When it was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// When it last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// The owner's id (`null` for some workspace libraries).
    #[serde(default)]
    pub owner_id: Option<String>,
    /// Who owns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_type: Option<OwnerType>,
    /// The size of its documents, in bytes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_u64"
    )]
    pub total_size: Option<u64>,
    /// How many documents it holds.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_u64"
    )]
    pub nb_documents: Option<u64>,
    /// The chunk size its documents are split with (deprecated by the API).
    #[serde(default, deserialize_with = "crate::de::lenient_u64")]
    pub chunk_size: Option<u64>,
    /// What the library is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Any other field the server sent (`emoji`, `generated_name`, the member counts, ...,
    /// which the spec marks deprecated, and fields added later).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Creates a library (`POST /v1/libraries`; `CreateLibraryRequest` in the spec).
///
/// `name` is required at compile time; every other option is omitted when unset.
///
/// ```
/// use mistral::libraries::{CreateLibraryRequest, OwnerType};
///
/// let request = CreateLibraryRequest::builder()
///     .name("handbook")
///     .description("The employee handbook")
///     .owner_type(OwnerType::Workspace)
///     .build();
/// request.validate()?;
/// assert_eq!(
///     serde_json::to_value(&request)?,
///     serde_json::json!({"name": "handbook", "description": "The employee handbook", "owner_type": "Workspace"})
/// );
/// assert!(CreateLibraryRequest::builder().name("x").chunk_size(100).build().validate().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// ```compile_fail
/// use mistral::libraries::CreateLibraryRequest;
/// let request = CreateLibraryRequest::builder().description("no name").build();
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateLibraryRequest`], from [`CreateLibraryRequest::builder`]. `name` is \
        required, once: `build()` does not compile without it. The optional setters (`.x(v)`, \
        `.maybe_x(opt)`) keep the builder's type, so they may be called conditionally, or again (the last \
        call wins)."
    )
)]
#[non_exhaustive]
pub struct CreateLibraryRequest {
    /// The library's name.
    #[builder(setter(into))]
    pub name: String,
    /// What the library is for (the agents' `document_library` tool reads it).
    #[builder(via_mutators, mutators(
        /// What the library is for.
        pub fn description(&mut self, v: impl Into<String>) { self.description = Some(v.into()) }
        /// [`description`](Self::description) from an `Option`: `None` unsets it.
        pub fn maybe_description(&mut self, v: Option<impl Into<String>>) { self.description = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The chunk size, in characters, `256..=32768` (deprecated by the API).
    #[builder(via_mutators, mutators(
        /// The chunk size, in characters, `256..=32768` (deprecated by the API).
        pub fn chunk_size(&mut self, v: u32) { self.chunk_size = Some(v) }
        /// [`chunk_size`](Self::chunk_size) from an `Option`: `None` unsets it.
        pub fn maybe_chunk_size(&mut self, v: Option<u32>) { self.chunk_size = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chunk_size: Option<u32>,
    /// Who owns the library (the API's default for API keys is the workspace).
    #[builder(via_mutators, mutators(
        /// Who owns the library.
        pub fn owner_type(&mut self, v: OwnerType) { self.owner_type = Some(v) }
        /// [`owner_type`](Self::owner_type) from an `Option`: `None` unsets it.
        pub fn maybe_owner_type(&mut self, v: Option<OwnerType>) { self.owner_type = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_type: Option<OwnerType>,
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

impl CreateLibraryRequest {
    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &["name", "description", "chunk_size", "owner_type"];
    /// The smallest chunk size.
    pub const MIN_CHUNK_SIZE: u32 = 256;
    /// The largest chunk size.
    pub const MAX_CHUNK_SIZE: u32 = 32768;

    /// Checks the request: a name, a chunk size in range, a known owner type.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("name", &self.name);
        if let Some(n) = self.chunk_size {
            if !(Self::MIN_CHUNK_SIZE..=Self::MAX_CHUNK_SIZE).contains(&n) {
                c.push(
                    "chunk_size",
                    format!(
                        "{n} is out of range {}..={}",
                        Self::MIN_CHUNK_SIZE,
                        Self::MAX_CHUNK_SIZE
                    ),
                );
            }
        }
        if let Some(OwnerType::Other(o)) = &self.owner_type {
            c.push(
                "owner_type",
                format!("unknown owner type {o:?}: User or Workspace"),
            );
        }
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

/// Updates a library (`PATCH /v1/libraries/{library_id}`; `UpdateLibraryRequest` in the
/// spec): the fields set change, the others keep their value. A request that sets nothing is
/// a validation error.
///
/// ```
/// use mistral::libraries::UpdateLibraryRequest;
/// let request = UpdateLibraryRequest::builder().description("Updated").build();
/// request.validate()?;
/// assert_eq!(serde_json::to_string(&request)?, r#"{"description":"Updated"}"#);
/// assert!(UpdateLibraryRequest::builder().build().validate().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateLibraryRequest`], from [`UpdateLibraryRequest::builder`]. Every \
        setter (`.x(v)`, `.maybe_x(opt)`) keeps the builder's type, so it may be called conditionally, or \
        again (the last call wins)."
    )
)]
#[non_exhaustive]
pub struct UpdateLibraryRequest {
    /// A new name.
    #[builder(via_mutators, mutators(
        /// A new name.
        pub fn name(&mut self, v: impl Into<String>) { self.name = Some(v.into()) }
        /// [`name`](Self::name) from an `Option`: `None` unsets it.
        pub fn maybe_name(&mut self, v: Option<impl Into<String>>) { self.name = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A new description.
    #[builder(via_mutators, mutators(
        /// A new description.
        pub fn description(&mut self, v: impl Into<String>) { self.description = Some(v.into()) }
        /// [`description`](Self::description) from an `Option`: `None` unsets it.
        pub fn maybe_description(&mut self, v: Option<impl Into<String>>) { self.description = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
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

impl UpdateLibraryRequest {
    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &["name", "description"];

    /// Checks the request: something to change, and a name not empty when set.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        if self.name.is_none() && self.description.is_none() && self.extra.is_empty() {
            c.push("", "the update changes nothing: set a name or a description");
        }
        if let Some(n) = &self.name {
            c.non_empty("name", n);
        }
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

/// The filters and cursor of `GET /v1/libraries`. Every field is optional.
///
/// ```
/// use mistral::libraries::LibraryListQuery;
/// let q = LibraryListQuery::builder().page_size(20).search("hand book").build();
/// q.validate()?;
/// assert_eq!(q.to_query(), "page_size=20&search=hand%20book");
/// assert!(q.after("tok_2").to_query().ends_with("&page_token=tok_2"));
/// assert!(LibraryListQuery::builder().page_size(0).build().validate().is_err());
/// // The API's deprecated parameters are there too (their setters warn).
/// #[allow(deprecated)]
/// let old = LibraryListQuery::builder().page(2).filter_owned_by_me(true).build();
/// assert_eq!(old.to_query(), "page=2&filter_owned_by_me=true");
/// # Ok::<(), mistral::ValidationError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`LibraryListQuery`], from [`LibraryListQuery::builder`]. Every setter \
        (`.x(v)`, `.maybe_x(opt)`) keeps the builder's type, so it may be called conditionally, or again \
        (the last call wins)."
    )
)]
#[non_exhaustive]
pub struct LibraryListQuery {
    /// Libraries per page, `1..=100` (the API's default is 100).
    #[builder(via_mutators, mutators(
        /// Libraries per page, `1..=100`.
        pub fn page_size(&mut self, v: u32) { self.page_size = Some(v) }
        /// [`page_size`](Self::page_size) from an `Option`: `None` unsets it.
        pub fn maybe_page_size(&mut self, v: Option<u32>) { self.page_size = v }
    ))]
    pub page_size: Option<u32>,
    /// A case-insensitive search on the library's name.
    #[builder(via_mutators, mutators(
        /// A case-insensitive search on the library's name.
        pub fn search(&mut self, v: impl Into<String>) { self.search = Some(v.into()) }
        /// [`search`](Self::search) from an `Option`: `None` unsets it.
        pub fn maybe_search(&mut self, v: Option<impl Into<String>>) { self.search = v.map(Into::into) }
    ))]
    pub search: Option<String>,
    /// The cursor: a previous page's `next_page_token` (unset for the first page).
    #[builder(via_mutators, mutators(
        /// The cursor: a previous page's `next_page_token`.
        pub fn page_token(&mut self, v: impl Into<String>) { self.page_token = Some(v.into()) }
        /// [`page_token`](Self::page_token) from an `Option`: `None` unsets it.
        pub fn maybe_page_token(&mut self, v: Option<impl Into<String>>) { self.page_token = v.map(Into::into) }
    ))]
    pub page_token: Option<String>,
    /// Deprecated by the API (use [`page_token`](Self::page_token)): an offset page, from 0.
    /// Offset paging re-scans the earlier pages and is being phased out; a page answered this
    /// way carries the `pagination` object. `client.libraries().list_all(..)` follows the
    /// cursors and leaves it out.
    #[builder(via_mutators, mutators(
        /// Deprecated by the API (use [`page_token`](Self::page_token)): an offset page, from 0.
        #[deprecated(note = "the API deprecates offset pages of libraries: use page_token")]
        #[allow(deprecated)]
        pub fn page(&mut self, v: u32) { self.page = Some(v) }
        /// [`page`](Self::page) from an `Option`: `None` unsets it.
        #[deprecated(note = "the API deprecates offset pages of libraries: use page_token")]
        #[allow(deprecated)]
        pub fn maybe_page(&mut self, v: Option<u32>) { self.page = v }
    ))]
    pub page: Option<u32>,
    /// Deprecated by the API (to be removed): only the libraries the caller owns.
    #[builder(via_mutators, mutators(
        /// Deprecated by the API (to be removed): only the libraries the caller owns.
        #[deprecated(note = "the API deprecates filter_owned_by_me and will remove it")]
        #[allow(deprecated)]
        pub fn filter_owned_by_me(&mut self, v: bool) { self.filter_owned_by_me = Some(v) }
        /// [`filter_owned_by_me`](Self::filter_owned_by_me) from an `Option`: `None` unsets it.
        #[deprecated(note = "the API deprecates filter_owned_by_me and will remove it")]
        #[allow(deprecated)]
        pub fn maybe_filter_owned_by_me(&mut self, v: Option<bool>) { self.filter_owned_by_me = v }
    ))]
    pub filter_owned_by_me: Option<bool>,
}

impl LibraryListQuery {
    /// The most libraries per page.
    pub const MAX_PAGE_SIZE: u32 = 100;

    /// The same filters, from the cursor `page_token`.
    #[must_use]
    pub fn after(&self, page_token: impl Into<String>) -> Self {
        LibraryListQuery {
            page_token: Some(page_token.into()),
            ..self.clone()
        }
    }

    /// Checks `page_size` (`1..=100`).
    ///
    /// # Errors
    /// A [`ValidationError`] on `page_size`.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        check_page_size(&mut c, self.page_size, Self::MAX_PAGE_SIZE);
        c.finish()
    }

    /// The query string (without `?`).
    pub fn to_query(&self) -> String {
        let mut q = Query::default();
        q.opt("page_size", self.page_size);
        q.opt("search", self.search.as_deref());
        q.opt("page_token", self.page_token.as_deref());
        q.opt("page", self.page);
        q.opt("filter_owned_by_me", self.filter_owned_by_me);
        q.0
    }
}

pub(crate) fn check_page_size(c: &mut Checker, page_size: Option<u32>, max: u32) {
    if let Some(n) = page_size {
        if !(1..=max).contains(&n) {
            c.push("page_size", format!("{n} is out of range 1..={max}"));
        }
    }
}

/// The offset paging of a list (`PaginationInfo` in the spec): the documents' list always
/// has it, the libraries' only for the deprecated `page` parameter. Absent numbers read as 0,
/// an absent `has_more` as `false`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PaginationInfo {
    /// How many items the whole list has.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub total_items: u64,
    /// How many pages it has.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub total_pages: u64,
    /// This page's number, from 0.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub current_page: u64,
    /// Items per page.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub page_size: u64,
    /// Whether another page follows.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub has_more: bool,
}

/// A page of libraries (`ListLibrariesResponse` in the spec): the libraries, and the cursor
/// of the next page, if any.
///
/// ```
/// use mistral::libraries::LibraryList;
/// let page: LibraryList = serde_json::from_str(r#"{"data":[{"id":"l1","name":"a"}],"next_page_token":"t2"}"#)?;
/// assert_eq!((page.data.len(), page.next_page()), (1, Some("t2")));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LibraryList {
    /// The libraries of this page.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub data: Vec<Library>,
    /// The cursor of the next page; `None` (or empty) on the last one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// The deprecated offset paging, sent only for the `page` parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<PaginationInfo>,
    /// Any other field the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl LibraryList {
    /// The cursor of the next page, or `None` on the last one (an empty token counts as none).
    pub fn next_page(&self) -> Option<&str> {
        self.next_page_token.as_deref().filter(|t| !t.is_empty())
    }
}

crate::libraries::request_traits!(CreateLibraryRequest, UpdateLibraryRequest);
