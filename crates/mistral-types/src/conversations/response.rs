//! What the conversation endpoints return: the response to start, append and restart, the
//! history, the messages, and the conversation object of list and get.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::chat::request::GuardrailConfig;
use crate::chat::tool::{JsonObject, Tool};
use crate::conversations::entry::{AgentHandoffEntry, Entry, FunctionCallEntry};
use crate::conversations::request::{AgentVersion, CompletionArgs};
use crate::models::Timestamp;

/// Token usage of a conversation turn, with the built-in tools' (connectors') share.
///
/// Lenient: absent or `null` counts read as 0 (stream `done` events send no connector
/// fields), unknown keys are kept in `extra`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConversationUsage {
    /// Tokens in the prompt.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub prompt_tokens: u64,
    /// Tokens generated.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub completion_tokens: u64,
    /// Both.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub total_tokens: u64,
    /// Tokens the built-in tools used.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_u64"
    )]
    pub connector_tokens: Option<u64>,
    /// Calls per built-in tool, e.g. `{"web_search": 1}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connectors: Option<Map<String, Value>>,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The answer to start, append and restart (non-streaming): the conversation id and the new
/// entries.
///
/// ```
/// use mistral::conversations::ConversationResponse;
/// let response: ConversationResponse = serde_json::from_str(r#"{
///     "conversation_id": "conv_1",
///     "outputs": [
///         {"type": "function.call", "tool_call_id": "c1", "name": "get_weather", "arguments": "{\"city\":\"Paris\"}"},
///         {"type": "message.output", "role": "assistant", "content": "Let me check."}
///     ],
///     "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15, "connector_tokens": 3}
/// }"#)?;
/// assert_eq!(response.conversation_id(), "conv_1");
/// assert_eq!(response.text(), "Let me check.");
/// assert_eq!(response.function_calls().next().map(|c| c.name.as_str()), Some("get_weather"));
/// assert_eq!(response.usage.connector_tokens, Some(3));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConversationResponse {
    /// `"conversation.response"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The conversation: append to it or restart it by this id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub conversation_id: String,
    /// The new entries, in order.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub outputs: Vec<Entry>,
    /// Token usage.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub usage: ConversationUsage,
    /// Guardrail results, when guardrails were set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guardrails: Option<Vec<JsonObject>>,
}

impl ConversationResponse {
    /// The conversation id.
    pub fn conversation_id(&self) -> &str {
        &self.conversation_id
    }

    /// The text of the output messages, joined (text chunks only; thinking, citations and
    /// files skipped). Empty when the turn ended on function calls or a handoff.
    pub fn text(&self) -> String {
        entries_text(&self.outputs)
    }

    /// The function calls to run, in order.
    pub fn function_calls(&self) -> impl Iterator<Item = &FunctionCallEntry> {
        self.outputs.iter().filter_map(Entry::as_function_call)
    }

    /// The agent handoffs, in order (with `handoff_execution: client`, the last one names the
    /// agent to continue with).
    pub fn handoffs(&self) -> impl Iterator<Item = &AgentHandoffEntry> {
        self.outputs.iter().filter_map(Entry::as_handoff)
    }
}

fn entries_text(entries: &[Entry]) -> String {
    entries
        .iter()
        .filter_map(|e| match e {
            Entry::MessageOutput(m) => Some(m.content.text()),
            _ => None,
        })
        .collect()
}

/// Every entry of a conversation, in order (`GET /v1/conversations/{id}/history`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConversationHistory {
    /// `"conversation.history"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The conversation id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub conversation_id: String,
    /// The entries: messages, function calls and results, tool executions, handoffs.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub entries: Vec<Entry>,
}

impl ConversationHistory {
    /// The function calls, in order.
    pub fn function_calls(&self) -> impl Iterator<Item = &FunctionCallEntry> {
        self.entries.iter().filter_map(Entry::as_function_call)
    }
}

/// The messages of a conversation (input and output), in order
/// (`GET /v1/conversations/{id}/messages`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConversationMessages {
    /// `"conversation.messages"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The conversation id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub conversation_id: String,
    /// The messages (`message.input` and `message.output` entries).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub messages: Vec<Entry>,
}

/// A conversation as list and get return it: with a model (`model` set) or with an agent
/// (`agent_id` set). One type for both shapes, so neither fails to read.
///
/// ```
/// use mistral::conversations::Conversation;
/// let list: Vec<Conversation> = serde_json::from_str(r#"[
///     {"object": "conversation", "id": "conv_1", "created_at": "2025-05-01T10:00:00Z",
///      "updated_at": "2025-05-01T10:00:05Z", "agent_id": "ag_1", "agent_version": 2},
///     {"id": "conv_2", "created_at": "2025-05-02T10:00:00Z", "updated_at": "2025-05-02T10:00:00Z",
///      "model": "mistral-medium-latest", "tools": [{"type": "web_search"}]}
/// ]"#)?;
/// assert!(list[0].is_agent() && !list[1].is_agent());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Conversation {
    /// `"conversation"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The conversation id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// When it was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// When it was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<JsonObject>,
    /// The agent, for an agent conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    /// The agent's version (a number or an alias).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_version: Option<AgentVersion>,
    /// The model, for a model conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The instructions, for a model conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The tools, for a model conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<Tool>>,
    /// The sampling settings, for a model conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_args: Option<CompletionArgs>,
    /// The guardrails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guardrails: Option<Vec<GuardrailConfig>>,
    /// Any other key the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Conversation {
    /// Whether this is a conversation with an agent (rather than with a model).
    pub fn is_agent(&self) -> bool {
        self.agent_id.is_some()
    }
}
