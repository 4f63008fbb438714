//! The query of `GET /v1/conversations`: the page and its filters.

use serde_json::Value;
use typed_builder::TypedBuilder;

use crate::chat::tool::JsonObject;
use crate::files::Query;

/// The page and filters of `GET /v1/conversations` (every field optional): `page` from 0
/// (the API's default is 0), `page_size` (the API's default is 100), and `metadata`, only the
/// conversations whose metadata has these keys and values (sent as a JSON object).
///
/// ```
/// use mistral::conversations::ConversationListQuery;
///
/// let mut metadata = serde_json::Map::new();
/// metadata.insert("team".into(), "support".into());
/// let q = ConversationListQuery::builder().page_size(50).metadata(metadata).build();
/// assert_eq!(q.to_query(), "page_size=50&metadata=%7B%22team%22:%22support%22%7D");
/// assert_eq!(q.at_page(2).to_query(), "page=2&page_size=50&metadata=%7B%22team%22:%22support%22%7D");
/// assert_eq!(ConversationListQuery::default().to_query(), "");
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, Default, PartialEq, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConversationListQuery`], from [`ConversationListQuery::builder`]. \
        Every setter (`.x(v)`, `.maybe_x(opt)`) keeps the builder's type, so it may be called \
        conditionally, or again (the last call wins)."
    )
)]
#[non_exhaustive]
pub struct ConversationListQuery {
    /// The page, from 0 (the API's default is 0).
    #[builder(via_mutators, mutators(
        /// The page, from 0 (the API's default is 0).
        pub fn page(&mut self, v: u32) { self.page = Some(v) }
        /// [`page`](Self::page) from an `Option`: `None` unsets it.
        pub fn maybe_page(&mut self, v: Option<u32>) { self.page = v }
    ))]
    pub page: Option<u32>,
    /// Conversations per page (the API's default is 100).
    #[builder(via_mutators, mutators(
        /// Conversations per page (the API's default is 100).
        pub fn page_size(&mut self, v: u32) { self.page_size = Some(v) }
        /// [`page_size`](Self::page_size) from an `Option`: `None` unsets it.
        pub fn maybe_page_size(&mut self, v: Option<u32>) { self.page_size = v }
    ))]
    pub page_size: Option<u32>,
    /// Only conversations with this metadata (sent as a JSON object).
    #[builder(via_mutators, mutators(
        /// Only conversations with this metadata (sent as a JSON object).
        pub fn metadata(&mut self, v: JsonObject) { self.metadata = Some(v) }
        /// [`metadata`](Self::metadata) from an `Option`: `None` unsets it.
        pub fn maybe_metadata(&mut self, v: Option<JsonObject>) { self.metadata = v }
    ))]
    pub metadata: Option<JsonObject>,
}

impl ConversationListQuery {
    /// The same filters and page size, at page `page`.
    #[must_use]
    pub fn at_page(&self, page: u32) -> Self {
        ConversationListQuery {
            page: Some(page),
            ..self.clone()
        }
    }

    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = Query::default();
        q.opt("page", self.page);
        q.opt("page_size", self.page_size);
        q.opt(
            "metadata",
            self.metadata.as_ref().map(|m| Value::Object(m.clone())),
        );
        q.0
    }
}
