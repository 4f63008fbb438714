//! Agents (`/v1/agents`, beta): completions answered by an agent (`POST /v1/agents/completions`),
//! and the agents themselves: create, update, get, delete, list (cursor pages), versions and
//! version aliases.
//!
//! Tools are [`chat`](crate::chat)'s [`Tool`](crate::chat::Tool) union, as in
//! [`conversations`](crate::conversations) (functions from Rust types, web search, code
//! interpreter, image generation, document libraries, connectors; unknown kinds kept);
//! sampling settings are the conversations' [`CompletionArgs`], and a version is an
//! [`AgentVersion`] (a number or an alias name), both re-exported here.
//!
//! ```
//! use mistral::agents::{Agent, AgentCreationRequest, AgentUpdateRequest, CompletionArgs};
//! use mistral::chat::Tool;
//!
//! let create = AgentCreationRequest::builder()
//!     .model("mistral-medium-latest")
//!     .name("librarian")
//!     .instructions("Answer from the library, briefly.")
//!     .tools([Tool::web_search()])
//!     .completion_args(CompletionArgs::default().temperature(0.3))
//!     .build();
//! create.validate()?;
//! # let agent: Agent = serde_json::from_str(r#"{"id":"ag_1","name":"librarian","model":"mistral-medium-latest",
//! #   "version":0,"versions":[0],"created_at":"2025-05-01T10:00:00Z","updated_at":"2025-05-01T10:00:00Z",
//! #   "deployment_chat":false,"source":"api","tools":[{"type":"web_search"}]}"#)?;
//! // let agent = client.agents().create(&create).await?;
//! assert_eq!(agent.version, Some(0));
//!
//! let update = AgentUpdateRequest::builder().version_message("tighter instructions").instructions("Be brief.").build();
//! update.validate()?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub(crate) mod agent;
pub(crate) mod completions;
pub(crate) mod list;

pub use agent::{
    validate_alias, Agent, AgentAlias, AgentCreationRequest, AgentCreationRequestBuilder, AgentUpdateRequest,
    AgentUpdateRequestBuilder, AliasAssignment, AGENT_ALIAS_MAX_LEN, VERSION_MESSAGE_MAX_CHARS,
};
pub use completions::{AgentsRequest, AgentsRequestBuilder};
pub use list::{AgentListPage, AgentListQuery, AgentListQueryBuilder, AgentSource, AgentVersionsQuery};

pub use crate::conversations::{AgentVersion, CompletionArgs};
