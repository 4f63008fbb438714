//! Listing agents (the cursor pages of `GET /v1/agents/pages`, and the deprecated
//! `GET /v1/agents`) and their versions.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use typed_builder::TypedBuilder;

use crate::agents::agent::Agent;
use crate::chat::tool::JsonObject;
use crate::files::Query;
use crate::macros::string_enum;
use crate::validate::{Checker, ValidationError};

string_enum! {
    /// Where an agent was made (`RequestSource` in the spec): a list filter, and an agent's
    /// `source`.
    pub enum AgentSource {
        /// Through the API.
        Api = "api",
        /// In the playground.
        Playground = "playground",
        /// In the first agent builder.
        AgentBuilderV1 = "agent_builder_v1",
    }
}

/// The filters and cursor of `GET /v1/agents/pages`. Every field is optional.
///
/// The first page is asked without a cursor; each next one with the previous page's
/// [`next_page_token`](AgentListPage::next_page_token) (see [`after`](Self::after)).
///
/// ```
/// use mistral::agents::{AgentListQuery, AgentSource};
///
/// let q = AgentListQuery::builder()
///     .page_size(50)
///     .sources([AgentSource::Api, AgentSource::Playground])
///     .search("weather bot")
///     .build();
/// q.validate()?;
/// assert_eq!(q.to_query(), "page_size=50&sources=api&sources=playground&search=weather%20bot");
/// let next = q.after("tok_2");
/// assert!(next.to_query().ends_with("&page_token=tok_2"));
/// # Ok::<(), mistral::ValidationError>(())
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, Default, PartialEq, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AgentListQuery`], from [`AgentListQuery::builder`]. Every setter \
        (`.x(v)`, `.maybe_x(opt)`) keeps the builder's type, so it may be called conditionally, or again \
        (the last call wins)."
    )
)]
#[non_exhaustive]
pub struct AgentListQuery {
    /// Agents per page, `1..=1000` (the API's default is 20).
    #[builder(via_mutators, mutators(
        /// Agents per page, `1..=1000` (the API's default is 20).
        pub fn page_size(&mut self, v: u32) { self.page_size = Some(v) }
        /// [`page_size`](Self::page_size) from an `Option`: `None` unsets it.
        pub fn maybe_page_size(&mut self, v: Option<u32>) { self.page_size = v }
    ))]
    pub page_size: Option<u32>,
    /// Only agents deployed (or not) to Le Chat.
    #[builder(via_mutators, mutators(
        /// Only agents deployed (or not) to Le Chat.
        pub fn deployment_chat(&mut self, v: bool) { self.deployment_chat = Some(v) }
        /// [`deployment_chat`](Self::deployment_chat) from an `Option`: `None` unsets it.
        pub fn maybe_deployment_chat(&mut self, v: Option<bool>) { self.deployment_chat = v }
    ))]
    pub deployment_chat: Option<bool>,
    /// Only agents made from these sources.
    #[builder(via_mutators, mutators(
        /// Only agents made from these sources.
        pub fn sources(&mut self, v: impl IntoIterator<Item = AgentSource>) { self.sources = v.into_iter().collect() }
    ))]
    pub sources: Vec<AgentSource>,
    /// Only agents with this name.
    #[builder(via_mutators, mutators(
        /// Only agents with this name.
        pub fn name(&mut self, v: impl Into<String>) { self.name = Some(v.into()) }
        /// [`name`](Self::name) from an `Option`: `None` unsets it.
        pub fn maybe_name(&mut self, v: Option<impl Into<String>>) { self.name = v.map(Into::into) }
    ))]
    pub name: Option<String>,
    /// Agents whose name or id matches this.
    #[builder(via_mutators, mutators(
        /// Agents whose name or id matches this.
        pub fn search(&mut self, v: impl Into<String>) { self.search = Some(v.into()) }
        /// [`search`](Self::search) from an `Option`: `None` unsets it.
        pub fn maybe_search(&mut self, v: Option<impl Into<String>>) { self.search = v.map(Into::into) }
    ))]
    pub search: Option<String>,
    /// Only the agent with this id.
    #[builder(via_mutators, mutators(
        /// Only the agent with this id.
        pub fn id(&mut self, v: impl Into<String>) { self.id = Some(v.into()) }
        /// [`id`](Self::id) from an `Option`: `None` unsets it.
        pub fn maybe_id(&mut self, v: Option<impl Into<String>>) { self.id = v.map(Into::into) }
    ))]
    pub id: Option<String>,
    /// Only agents with this metadata (sent as a JSON object).
    #[builder(via_mutators, mutators(
        /// Only agents with this metadata (sent as a JSON object).
        pub fn metadata(&mut self, v: JsonObject) { self.metadata = Some(v) }
        /// [`metadata`](Self::metadata) from an `Option`: `None` unsets it.
        pub fn maybe_metadata(&mut self, v: Option<JsonObject>) { self.metadata = v }
    ))]
    pub metadata: Option<JsonObject>,
    /// The cursor: the previous page's `next_page_token` (unset for the first page).
    #[builder(via_mutators, mutators(
        /// The cursor: the previous page's `next_page_token` (unset for the first page).
        pub fn page_token(&mut self, v: impl Into<String>) { self.page_token = Some(v.into()) }
        /// [`page_token`](Self::page_token) from an `Option`: `None` unsets it.
        pub fn maybe_page_token(&mut self, v: Option<impl Into<String>>) { self.page_token = v.map(Into::into) }
    ))]
    pub page_token: Option<String>,
    /// The page number, from 0: only for the deprecated `GET /v1/agents` (the cursor pages
    /// ignore it). Not with `page_token`.
    #[builder(via_mutators, mutators(
        /// The page number, from 0: only for the deprecated `GET /v1/agents`.
        pub fn page(&mut self, v: u32) { self.page = Some(v) }
        /// [`page`](Self::page) from an `Option`: `None` unsets it.
        pub fn maybe_page(&mut self, v: Option<u32>) { self.page = v }
    ))]
    pub page: Option<u32>,
}

impl AgentListQuery {
    /// The most agents per page.
    pub const MAX_PAGE_SIZE: u32 = 1000;

    /// The same filters, from the cursor `page_token` (a previous page's `next_page_token`).
    #[must_use]
    pub fn after(&self, page_token: impl Into<String>) -> Self {
        AgentListQuery {
            page_token: Some(page_token.into()),
            ..self.clone()
        }
    }

    /// Checks `page_size` (`1..=1000`), and that `page` and `page_token` are not both set.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        check_page_size(&mut c, self.page_size, Self::MAX_PAGE_SIZE);
        if self.page.is_some() && self.page_token.is_some() {
            c.push(
                "page",
                "`page` is for the deprecated list, `page_token` for the cursor pages: set one",
            );
        }
        c.finish()
    }

    /// The query string (without `?`), lists as repeated keys.
    pub fn to_query(&self) -> String {
        let mut q = Query::default();
        q.opt("page", self.page);
        q.opt("page_size", self.page_size);
        q.opt("deployment_chat", self.deployment_chat);
        q.each("sources", self.sources.iter().map(AgentSource::as_str));
        q.opt("name", self.name.as_deref());
        q.opt("search", self.search.as_deref());
        q.opt("id", self.id.as_deref());
        q.opt(
            "metadata",
            self.metadata.as_ref().map(|m| Value::Object(m.clone())),
        );
        q.opt("page_token", self.page_token.as_deref());
        q.0
    }
}

fn check_page_size(c: &mut Checker, page_size: Option<u32>, max: u32) {
    if let Some(n) = page_size {
        if !(1..=max).contains(&n) {
            c.push("page_size", format!("{n} is out of range 1..={max}"));
        }
    }
}

/// The page of `GET /v1/agents/{agent_id}/versions`: `page` from 0, `page_size` in `1..=100`.
///
/// ```
/// use mistral::agents::AgentVersionsQuery;
/// let q = AgentVersionsQuery { page: Some(1), page_size: Some(10) };
/// q.validate()?;
/// assert_eq!(q.to_query(), "page=1&page_size=10");
/// assert!(AgentVersionsQuery { page: None, page_size: Some(101) }.validate().is_err());
/// # Ok::<(), mistral::ValidationError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AgentVersionsQuery {
    /// The page, from 0.
    pub page: Option<u32>,
    /// Versions per page, `1..=100` (the API's default is 20).
    pub page_size: Option<u32>,
}

impl AgentVersionsQuery {
    /// The most versions per page.
    pub const MAX_PAGE_SIZE: u32 = 100;

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
        q.opt("page", self.page);
        q.opt("page_size", self.page_size);
        q.0
    }
}

/// A page of agents (`AgentListPage` in the spec): the agents, and the cursor of the next
/// page, if any.
///
/// Lenient: a bare JSON array (what the deprecated `GET /v1/agents` and the versions list
/// return) reads as a last page; absent or `null` fields read as empty; unknown fields land in
/// [`extra`](Self::extra).
///
/// ```
/// use mistral::agents::AgentListPage;
/// let page: AgentListPage = serde_json::from_str(
///     r#"{"object":"list","data":[{"id":"ag_1","name":"a","model":"m"}],"next_page_token":"tok_2"}"#,
/// )?;
/// assert_eq!((page.data.len(), page.next_page_token.as_deref()), (1, Some("tok_2")));
/// let bare: AgentListPage = serde_json::from_str(r#"[{"id":"ag_1"},{"id":"ag_2"}]"#)?;
/// assert_eq!((bare.data.len(), bare.next_page_token), (2, None));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AgentListPage {
    /// `"list"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The agents of this page.
    pub data: Vec<Agent>,
    /// The cursor of the next page; `None` (or empty) on the last one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Any other field the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl AgentListPage {
    /// The cursor of the next page, or `None` when this is the last one (an empty token
    /// counts as none, so that a paginator never asks for the same first page again).
    pub fn next_page(&self) -> Option<&str> {
        self.next_page_token.as_deref().filter(|t| !t.is_empty())
    }
}

/// The object form of a page, as the spec describes it.
#[derive(Deserialize)]
struct PageObject {
    #[serde(default)]
    object: Option<String>,
    #[serde(default, deserialize_with = "crate::de::null_default")]
    data: Vec<Agent>,
    #[serde(default)]
    next_page_token: Option<String>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

impl<'de> Deserialize<'de> for AgentListPage {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        // Dispatch on the shape first: an untagged enum would hide why an agent failed.
        let value = Value::deserialize(d)?;
        if value.is_array() {
            let data = Vec::<Agent>::deserialize(value).map_err(D::Error::custom)?;
            return Ok(AgentListPage {
                data,
                ..Default::default()
            });
        }
        let p = PageObject::deserialize(value).map_err(D::Error::custom)?;
        Ok(AgentListPage {
            object: p.object,
            data: p.data,
            next_page_token: p.next_page_token,
            extra: p.extra,
        })
    }
}
