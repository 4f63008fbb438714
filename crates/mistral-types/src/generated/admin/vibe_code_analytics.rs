// generated from the spec by `cargo xtask codegen`: do not edit

/// VibeActiveUsersStat
///
/// Generated from schema `VibeActiveUsersStat` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeActiveUsersStat {
    /// Day
    #[serde(default)]
    pub day: String,
    /// Nb Active Users Acp
    #[serde(default)]
    pub nb_active_users_acp: i64,
    /// Nb Active Users Cli
    #[serde(default)]
    pub nb_active_users_cli: i64,
    /// Nb Active Users Programmatic
    #[serde(default)]
    pub nb_active_users_programmatic: i64,
    /// Nb Active Users Total
    #[serde(default)]
    pub nb_active_users_total: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeConsumedTokensStat
///
/// Generated from schema `VibeConsumedTokensStat` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeConsumedTokensStat {
    /// Cached Tokens
    #[serde(default)]
    pub cached_tokens: i64,
    /// Day
    #[serde(default)]
    pub day: String,
    /// Input Tokens
    #[serde(default)]
    pub input_tokens: i64,
    /// Model
    #[serde(default)]
    pub model: String,
    /// Output Tokens
    #[serde(default)]
    pub output_tokens: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeNextEditActiveUsersStat
///
/// Generated from schema `VibeNextEditActiveUsersStat` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeNextEditActiveUsersStat {
    /// Day
    #[serde(default)]
    pub day: String,
    /// Nb Active Users
    #[serde(default)]
    pub nb_active_users: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeNextEditModifiedLOCStat
///
/// Generated from schema `VibeNextEditModifiedLOCStat` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeNextEditModifiedLocStat {
    /// Day
    #[serde(default)]
    pub day: String,
    /// Lines Deleted
    #[serde(default)]
    pub lines_deleted: i64,
    /// Lines Inserted
    #[serde(default)]
    pub lines_inserted: i64,
    /// Lines Total
    #[serde(default)]
    pub lines_total: i64,
    /// Lines Unchanged
    #[serde(default)]
    pub lines_unchanged: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeNextEditSuggestionStat
///
/// Generated from schema `VibeNextEditSuggestionStat` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeNextEditSuggestionStat {
    /// Day
    #[serde(default)]
    pub day: String,
    /// Force Generated False
    #[serde(default)]
    pub force_generated_false: i64,
    /// Force Generated True
    #[serde(default)]
    pub force_generated_true: i64,
    /// Outcome Aborted
    #[serde(default)]
    pub outcome_aborted: i64,
    /// Outcome Accepted
    #[serde(default)]
    pub outcome_accepted: i64,
    /// Outcome Dismissed
    #[serde(default)]
    pub outcome_dismissed: i64,
    /// Outcome Rejected
    #[serde(default)]
    pub outcome_rejected: i64,
    /// Outcome Timeout
    #[serde(default)]
    pub outcome_timeout: i64,
    /// Surface Ghost Text
    #[serde(default)]
    pub surface_ghost_text: i64,
    /// Surface Widget
    #[serde(default)]
    pub surface_widget: i64,
    /// Total Suggestions
    #[serde(default)]
    pub total_suggestions: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeOrganizationStatsOUT
///
/// Generated from schema `VibeOrganizationStatsOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeOrganizationStatsOut {
    /// End of the queried window, as a Unix timestamp in seconds.
    #[serde(default)]
    pub end_time: i64,
    /// Next Edit Active Users
    #[serde(default)]
    pub next_edit_active_users: Vec<super::VibeNextEditActiveUsersStat>,
    /// Next Edit Modified Loc
    #[serde(default)]
    pub next_edit_modified_loc: Vec<super::VibeNextEditModifiedLocStat>,
    /// Next Edit Suggestions
    #[serde(default)]
    pub next_edit_suggestions: Vec<super::VibeNextEditSuggestionStat>,
    /// Start of the queried window, as a Unix timestamp in seconds.
    #[serde(default)]
    pub start_time: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeSessionDurationStat
///
/// Generated from schema `VibeSessionDurationStat` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeSessionDurationStat {
    /// Day
    #[serde(default)]
    pub day: String,
    /// Total Duration Hours
    #[serde(default)]
    pub total_duration_hours: f64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeSessionStat
///
/// Generated from schema `VibeSessionStat` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeSessionStat {
    /// Day
    #[serde(default)]
    pub day: String,
    /// Nb Sessions
    #[serde(default)]
    pub nb_sessions: i64,
    /// Nb Sessions Acp
    #[serde(default)]
    pub nb_sessions_acp: i64,
    /// Nb Sessions Cli
    #[serde(default)]
    pub nb_sessions_cli: i64,
    /// Nb Sessions Programmatic
    #[serde(default)]
    pub nb_sessions_programmatic: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeToolCallsByNameStat
///
/// Generated from schema `VibeToolCallsByNameStat` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeToolCallsByNameStat {
    /// Count
    #[serde(default)]
    pub count: i64,
    /// Day
    #[serde(default)]
    pub day: String,
    /// Tool Name
    #[serde(default)]
    pub tool_name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeToolCallsStat
///
/// Generated from schema `VibeToolCallsStat` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeToolCallsStat {
    /// Approval Always
    #[serde(default)]
    pub approval_always: i64,
    /// Approval Ask
    #[serde(default)]
    pub approval_ask: i64,
    /// Approval Never
    #[serde(default)]
    pub approval_never: i64,
    /// Day
    #[serde(default)]
    pub day: String,
    /// Status Failure
    #[serde(default)]
    pub status_failure: i64,
    /// Status Skipped
    #[serde(default)]
    pub status_skipped: i64,
    /// Status Success
    #[serde(default)]
    pub status_success: i64,
    /// Total
    #[serde(default)]
    pub total: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeUserPromptsStat
///
/// Generated from schema `VibeUserPromptsStat` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeUserPromptsStat {
    /// Day
    #[serde(default)]
    pub day: String,
    /// Nb Prompts Acp
    #[serde(default)]
    pub nb_prompts_acp: i64,
    /// Nb Prompts Cli
    #[serde(default)]
    pub nb_prompts_cli: i64,
    /// Nb Prompts Programmatic
    #[serde(default)]
    pub nb_prompts_programmatic: i64,
    /// Nb Prompts Total
    #[serde(default)]
    pub nb_prompts_total: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeWorkspaceStatsOUT
///
/// Generated from schema `VibeWorkspaceStatsOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeWorkspaceStatsOut {
    /// Active Users
    #[serde(default)]
    pub active_users: Vec<super::VibeActiveUsersStat>,
    /// Consumed Tokens
    #[serde(default)]
    pub consumed_tokens: Vec<super::VibeConsumedTokensStat>,
    /// End of the queried window, as a Unix timestamp in seconds.
    #[serde(default)]
    pub end_time: i64,
    /// Session Durations
    #[serde(default)]
    pub session_durations: Vec<super::VibeSessionDurationStat>,
    /// Sessions
    #[serde(default)]
    pub sessions: Vec<super::VibeSessionStat>,
    /// Start of the queried window, as a Unix timestamp in seconds.
    #[serde(default)]
    pub start_time: i64,
    /// Tool Calls
    #[serde(default)]
    pub tool_calls: Vec<super::VibeToolCallsStat>,
    /// Tool Calls By Name
    #[serde(default)]
    pub tool_calls_by_name: Vec<super::VibeToolCallsByNameStat>,
    /// User Prompts
    #[serde(default)]
    pub user_prompts: Vec<super::VibeUserPromptsStat>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The query parameters of `client.admin().vibe_code_analytics().get_organization_stats`: `GET /v1/admin/analytics/vibe/code/usage/by_organization` (`get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization`).
#[derive(Clone, Debug, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminVibeCodeAnalyticsGetOrganizationStatsQuery`], from [`AdminVibeCodeAnalyticsGetOrganizationStatsQuery::builder`]."
    )
)]
pub struct AdminVibeCodeAnalyticsGetOrganizationStatsQuery {
    /// Start of the queried window, as a Unix timestamp in seconds.
    #[builder(setter(into))]
    pub start_time: i64,
    /// End of the queried window, as a Unix timestamp in seconds.
    #[builder(setter(into))]
    pub end_time: i64,
}

impl AdminVibeCodeAnalyticsGetOrganizationStatsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.start_time, &mut q, "start_time");
        crate::generated::QueryValue::push_to(&self.end_time, &mut q, "end_time");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        c.finish()
    }
}

/// The query parameters of `client.admin().vibe_code_analytics().get_workspace_stats`: `GET /v1/admin/analytics/vibe/code/usage/by_workspace` (`get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace`).
#[derive(Clone, Debug, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminVibeCodeAnalyticsGetWorkspaceStatsQuery`], from [`AdminVibeCodeAnalyticsGetWorkspaceStatsQuery::builder`]."
    )
)]
pub struct AdminVibeCodeAnalyticsGetWorkspaceStatsQuery {
    /// Start of the queried window, as a Unix timestamp in seconds.
    #[builder(setter(into))]
    pub start_time: i64,
    /// End of the queried window, as a Unix timestamp in seconds.
    #[builder(setter(into))]
    pub end_time: i64,
    /// Workspace ID to filter results.
    #[builder(via_mutators, mutators(
        /// Sets `workspace_id`.
        pub fn workspace_id(&mut self, v: impl Into<String>) {
            self.workspace_id = Some(v.into());
        }
        /// Sets `workspace_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_workspace_id(&mut self, v: Option<impl Into<String>>) {
            self.workspace_id = v.map(Into::into);
        }
    ))]
    pub workspace_id: Option<String>,
}

impl AdminVibeCodeAnalyticsGetWorkspaceStatsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.start_time, &mut q, "start_time");
        crate::generated::QueryValue::push_to(&self.end_time, &mut q, "end_time");
        crate::generated::QueryValue::push_to(&self.workspace_id, &mut q, "workspace_id");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        c.finish()
    }
}
