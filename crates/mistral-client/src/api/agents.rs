//! Agents completions: `POST /v1/agents/completions`.

use mistral_types::AgentsRequest;

super::completions::completions_handle! {
    /// Agents completion calls: `complete`, `stream`, and the same structured-output and
    /// tool-loop helpers as chat.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::agents::AgentsRequest;
    /// use mistral::chat::Message;
    /// let request = AgentsRequest::builder()
    ///     .agent_id("ag_0123")
    ///     .messages([Message::user("Who painted the water lilies?")])
    ///     .build();
    /// println!("{}", client.agents().complete(&request).await?.text());
    /// # Ok(()) }
    /// ```
    Agents => CompletionsApi(AgentsRequest, "/v1/agents/completions", "invoke_agent")
}

crate::structured::structured_methods!(Agents, AgentsRequest, agents, ".agent_id(\"ag_0123\")");
crate::tools::tool_methods!(Agents, AgentsRequest, agents);
crate::pipeline::per_call_setters!(Agents => core.opts);

// The agents themselves (beta): create, update, get, delete, list, versions and aliases, on
// the same handle as the completions (`client.agents()`), as the API groups them.

use http::Method;
use mistral_types::agents::{
    validate_alias, Agent, AgentAlias, AgentCreationRequest, AgentListPage, AgentListQuery,
    AgentUpdateRequest, AgentVersion, AgentVersionsQuery, AliasAssignment,
};
use serde::Deserialize;

use crate::error::Result;
use crate::meta::WithMeta;
use crate::paginate::{Cursors, Paginator};
use crate::pipeline::{segment, Call, Decode};

shell_by_id!(Agent);

impl Decode for AgentAlias {
    fn is_empty_shell(&self) -> bool {
        self.alias.is_empty()
    }
}

impl Decode for AgentListPage {
    // An empty page is a real answer (the end), but an object with neither `data`, `object`
    // nor a cursor is something else (an error body with a 200).
    fn is_empty_shell(&self) -> bool {
        self.data.is_empty() && self.object.is_none() && self.next_page_token.is_none()
    }
}

/// A bare JSON array (the versions and the aliases lists): an empty one is a real answer.
#[derive(Deserialize)]
#[serde(transparent)]
struct List<T>(Vec<T>);

impl<T: serde::de::DeserializeOwned> Decode for List<T> {
    fn is_empty_shell(&self) -> bool {
        false
    }
}

/// `/v1/agents/pages` with `query`'s filters and cursor (`page` is only for the deprecated
/// list: never sent here).
fn pages_path(query: &AgentListQuery) -> String {
    let mut q = query.clone();
    q.page = None;
    let q = q.to_query();
    if q.is_empty() {
        "/v1/agents/pages".to_owned()
    } else {
        format!("/v1/agents/pages?{q}")
    }
}

/// `agent_version=..` for `GET /v1/agents/{agent_id}`: a number, or an alias name
/// (percent-encoded).
fn version_query(version: &AgentVersion) -> String {
    match version {
        AgentVersion::Number(n) => format!("agent_version={n}"),
        AgentVersion::Alias(a) => format!(
            "agent_version={}",
            percent_encoding::utf8_percent_encode(a, percent_encoding::NON_ALPHANUMERIC)
        ),
    }
}

/// The `/versions/{version}` segment: a number, or an alias name (checked first).
fn version_segment(version: &AgentVersion) -> Result<String> {
    match version {
        AgentVersion::Number(n) => Ok(n.to_string()),
        AgentVersion::Alias(a) => {
            validate_alias(a)?;
            segment("version", a)
        }
    }
}

impl Agents<'_> {
    fn agent_path(agent_id: &str, tail: &str) -> Result<String> {
        Ok(format!("/v1/agents/{}{tail}", segment("agent_id", agent_id)?))
    }

    /// Creates an agent (`POST /v1/agents`) and returns it, at version 0. The request is
    /// validated first: nothing is sent when it is invalid.
    ///
    /// It creates something on the server: after a failure once the request may have been
    /// received (a reset connection, a request timeout, a 500) it is not sent again, since a
    /// second create would make a second agent (see
    /// [`resend_after_send`](Self::resend_after_send)).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::agents::{AgentCreationRequest, AgentUpdateRequest, AliasAssignment};
    ///
    /// let agents = client.agents();
    /// let create = AgentCreationRequest::builder().model("mistral-medium-latest").name("librarian").build();
    /// let agent = agents.create(&create).await?;
    /// let update = AgentUpdateRequest::builder().instructions("Be brief.").build();
    /// let v1 = agents.update(&agent.id, &update).await?;
    /// agents.set_alias(&agent.id, &AliasAssignment::new("production", v1.version.unwrap_or(1))).await?;
    /// let pinned = agents.get_version(&agent.id, "production").await?;
    /// # let _ = pinned; Ok(()) }
    /// ```
    ///
    /// # Errors
    /// Invalid request, API error status (after retries), timeouts, connection and decode
    /// errors.
    pub async fn create(&self, request: &AgentCreationRequest) -> Result<WithMeta<Agent>> {
        let body = self.core.encode(request)?;
        self.core
            .fetch(Call::post("create_agent", "/v1/agents", body).about(request))
            .await
    }

    /// Updates an agent (`PATCH /v1/agents/{agent_id}`): the fields set in `request` change,
    /// and the agent gets a new version, which becomes its current one. The request is
    /// validated first.
    ///
    /// # Errors
    /// As [`create`](Self::create) (a 404 for an unknown id).
    pub async fn update(&self, agent_id: &str, request: &AgentUpdateRequest) -> Result<WithMeta<Agent>> {
        let body = self.core.encode(request)?;
        let path = Self::agent_path(agent_id, "")?;
        self.core
            .fetch(
                Call::bare("update_agent", Method::PATCH, path)
                    .with_body(body)
                    .about(request),
            )
            .await
    }

    /// An agent at its current version (`GET /v1/agents/{agent_id}`).
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn get(&self, agent_id: &str) -> Result<WithMeta<Agent>> {
        self.core.check_headers()?;
        let path = Self::agent_path(agent_id, "")?;
        self.core.fetch(Call::bare("get_agent", Method::GET, path)).await
    }

    /// An agent at `version`, a number or an alias name
    /// (`GET /v1/agents/{agent_id}?agent_version=..`). An invalid alias name is refused
    /// before sending.
    ///
    /// # Errors
    /// As [`get`](Self::get).
    pub async fn get_version(
        &self,
        agent_id: &str,
        version: impl Into<AgentVersion>,
    ) -> Result<WithMeta<Agent>> {
        self.core.check_headers()?;
        let version = version.into();
        if let AgentVersion::Alias(a) = &version {
            validate_alias(a)?;
        }
        let path = format!("{}?{}", Self::agent_path(agent_id, "")?, version_query(&version));
        self.core.fetch(Call::bare("get_agent", Method::GET, path)).await
    }

    /// Deletes an agent (`DELETE /v1/agents/{agent_id}`). The API answers `204 No Content`:
    /// there is nothing but the response metadata.
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn delete(&self, agent_id: &str) -> Result<WithMeta<()>> {
        self.core.check_headers()?;
        let path = Self::agent_path(agent_id, "")?;
        self.core
            .no_content(Call::bare("delete_agent", Method::DELETE, path))
            .await
    }

    /// One page of agents (`GET /v1/agents/pages`), filtered by `query`, from its cursor
    /// (`page_token`; the first page when unset). The next page is
    /// `query.after(token)` with the page's [`next_page`](AgentListPage::next_page); see
    /// [`list_all`](Self::list_all) for every page. The query is validated first.
    ///
    /// # Errors
    /// An invalid query, and as every call.
    pub async fn list(&self, query: &AgentListQuery) -> Result<WithMeta<AgentListPage>> {
        self.core.check_headers()?;
        query.validate()?;
        self.core
            .fetch(Call::bare("list_agents", Method::GET, pages_path(query)))
            .await
    }

    /// Every agent matching `query`, lazily, page after page from `query`'s cursor (the
    /// first page when unset), each page a call of its own, retried on its own. The listing
    /// ends when a page names no cursor (or an empty one), on an empty page, or when the
    /// server sends a cursor it sent before (see [`Paginator`]).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::agents::AgentListQuery;
    ///
    /// let query = AgentListQuery::builder().page_size(50).build();
    /// let mut agents = client.agents().list_all(&query)?.by_item();
    /// while let Some(agent) = agents.next().await {
    ///     println!("{}", agent?.id);
    /// }
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_all(&self, query: &AgentListQuery) -> Result<Paginator<Agent>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let adapter = Cursors::new(
            "list_agents",
            query.page_token.clone(),
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.page_token = cursor.map(str::to_owned);
                pages_path(&q)
            },
            |page: AgentListPage| {
                let next = page.next_page().map(str::to_owned);
                (page.data, next, None)
            },
        );
        Ok(Paginator::new(&self.core, adapter))
    }

    /// A page of an agent's versions, each as the agent at that version
    /// (`GET /v1/agents/{agent_id}/versions`). The query is validated first.
    ///
    /// # Errors
    /// An invalid query, and as every call (a 404 for an unknown id).
    pub async fn versions(&self, agent_id: &str, query: &AgentVersionsQuery) -> Result<WithMeta<Vec<Agent>>> {
        self.core.check_headers()?;
        query.validate()?;
        let q = query.to_query();
        let mut path = Self::agent_path(agent_id, "/versions")?;
        if !q.is_empty() {
            path.push('?');
            path.push_str(&q);
        }
        let (List(list), meta) = self
            .core
            .fetch::<List<Agent>>(Call::bare("list_agent_versions", Method::GET, path))
            .await?
            .into_parts();
        Ok(WithMeta::new(list, meta))
    }

    /// The agent at one `version`, a number or an alias name
    /// (`GET /v1/agents/{agent_id}/versions/{version}`).
    ///
    /// # Errors
    /// An invalid alias name, and as every call (a 404 for an unknown id or version).
    pub async fn version(&self, agent_id: &str, version: impl Into<AgentVersion>) -> Result<WithMeta<Agent>> {
        self.core.check_headers()?;
        let version = version_segment(&version.into())?;
        let path = Self::agent_path(agent_id, &format!("/versions/{version}"))?;
        self.core
            .fetch(Call::bare("get_agent_version", Method::GET, path))
            .await
    }

    /// Makes `version` the agent's current one (`PATCH /v1/agents/{agent_id}/version`) and
    /// returns the agent at it.
    ///
    /// # Errors
    /// A negative version, and as every call (a 404 for an unknown id or version).
    pub async fn set_version(&self, agent_id: &str, version: i64) -> Result<WithMeta<Agent>> {
        self.core.check_headers()?;
        if version < 0 {
            return Err(
                mistral_types::ValidationError::single("version", format!("{version} is negative")).into(),
            );
        }
        let path = Self::agent_path(agent_id, &format!("/version?version={version}"))?;
        self.core
            .fetch(Call::bare("set_agent_version", Method::PATCH, path))
            .await
    }

    /// Points an alias at a version, creating the alias or moving it
    /// (`PUT /v1/agents/{agent_id}/aliases?alias=..&version=..`). The alias name is checked
    /// first (see [`validate_alias`]): nothing is sent when it is invalid.
    ///
    /// # Errors
    /// An invalid alias or version, and as every call (a 404 for an unknown id or version).
    pub async fn set_alias(
        &self,
        agent_id: &str,
        assignment: &AliasAssignment,
    ) -> Result<WithMeta<AgentAlias>> {
        self.core.check_headers()?;
        assignment.validate()?;
        let path = Self::agent_path(agent_id, &format!("/aliases?{}", assignment.to_query()))?;
        self.core
            .fetch(Call::bare("set_agent_alias", Method::PUT, path))
            .await
    }

    /// Every alias of the agent (`GET /v1/agents/{agent_id}/aliases`).
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn aliases(&self, agent_id: &str) -> Result<WithMeta<Vec<AgentAlias>>> {
        self.core.check_headers()?;
        let path = Self::agent_path(agent_id, "/aliases")?;
        let (List(list), meta) = self
            .core
            .fetch::<List<AgentAlias>>(Call::bare("list_agent_aliases", Method::GET, path))
            .await?
            .into_parts();
        Ok(WithMeta::new(list, meta))
    }

    /// Deletes an alias (`DELETE /v1/agents/{agent_id}/aliases?alias=..`; `204 No Content`).
    /// The alias name is checked first.
    ///
    /// # Errors
    /// An invalid alias name, and as every call (a 404 for an unknown id or alias).
    pub async fn delete_alias(&self, agent_id: &str, alias: &str) -> Result<WithMeta<()>> {
        self.core.check_headers()?;
        validate_alias(alias)?;
        // A valid alias is `[a-z0-9_-]` only: nothing to encode.
        let path = Self::agent_path(agent_id, &format!("/aliases?alias={alias}"))?;
        self.core
            .no_content(Call::bare("delete_agent_alias", Method::DELETE, path))
            .await
    }
}
