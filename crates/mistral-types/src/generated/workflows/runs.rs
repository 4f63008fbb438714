// generated from the spec by `cargo xtask codegen`: do not edit

/// Deprecated: use WorkflowRunListResponse instead. Will be removed in the next major version.
///
/// Generated from schema `WorkflowExecutionListResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionListResponse {
    /// A list of workflow executions
    #[serde(default)]
    pub executions: Vec<super::WorkflowExecutionWithoutResultResponse>,
    /// Token to use for fetching the next page of results. Null if this is the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowExecutionWithoutResultResponse
///
/// Generated from schema `WorkflowExecutionWithoutResultResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowExecutionWithoutResultResponse {
    /// The name of the deployment that ran this execution
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_name: Option<String>,
    /// The end time of the workflow execution, if available
    #[serde(default)]
    pub end_time: Option<String>,
    /// The ID of the workflow execution
    #[serde(default)]
    pub execution_id: String,
    /// The parent execution ID of the workflow execution
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_execution_id: Option<String>,
    /// The root execution ID of the workflow execution
    #[serde(default)]
    pub root_execution_id: String,
    /// The unique run identifier (database UUID)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_id: Option<String>,
    /// The start time of the workflow execution
    #[serde(default)]
    pub start_time: String,
    /// The status of the workflow execution
    #[serde(default)]
    pub status: Option<super::WorkflowExecutionStatus>,
    /// The total duration of the trace in milliseconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_duration_ms: Option<i64>,
    /// The ID of the user who triggered the execution
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The ID of the workflow
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow_id: Option<String>,
    /// The name of the workflow
    #[serde(default)]
    pub workflow_name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// Sort direction
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkflowsRunsListRunsOrder {
        /// `asc`
        Asc = "asc",
        /// `desc`
        Desc = "desc",
    }
}

impl Default for WorkflowsRunsListRunsOrder {
    fn default() -> Self {
        WorkflowsRunsListRunsOrder::Other(String::new())
    }
}

impl crate::generated::QueryValue for WorkflowsRunsListRunsOrder {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// The `WorkflowsRunsListRunsSortBy` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkflowsRunsListRunsSortBy {
        /// `start_time`
        StartTime = "start_time",
        /// `end_time`
        EndTime = "end_time",
    }
}

impl Default for WorkflowsRunsListRunsSortBy {
    fn default() -> Self {
        WorkflowsRunsListRunsSortBy::Other(String::new())
    }
}

impl crate::generated::QueryValue for WorkflowsRunsListRunsSortBy {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// Filter by workflow status
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowsRunsListRunsStatus {
    /// One of the shapes the spec allows.
    WorkflowExecutionStatus(super::WorkflowExecutionStatus),
    /// One of the shapes the spec allows.
    List(Vec<super::WorkflowExecutionStatus>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkflowsRunsListRunsStatus {
    fn default() -> Self {
        WorkflowsRunsListRunsStatus::Other(serde_json::Value::Null)
    }
}

impl crate::generated::QueryValue for WorkflowsRunsListRunsStatus {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, &serde_json::to_string(self).unwrap_or_default());
    }
}

/// The query parameters of `client.workflows().runs().list_runs`: `GET /v1/workflows/runs` (`list_runs_v1_workflows_runs_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsRunsListRunsQuery`], from [`WorkflowsRunsListRunsQuery::builder`]."
    )
)]
pub struct WorkflowsRunsListRunsQuery {
    /// Filter by workflow name or id
    #[builder(via_mutators, mutators(
        /// Sets `workflow_identifier`.
        pub fn workflow_identifier(&mut self, v: impl Into<String>) {
            self.workflow_identifier = Some(v.into());
        }
        /// Sets `workflow_identifier` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_identifier(&mut self, v: Option<impl Into<String>>) {
            self.workflow_identifier = v.map(Into::into);
        }
    ))]
    pub workflow_identifier: Option<String>,
    /// Filter by root execution id; returns the whole execution tree (the root and all its descendant sub-workflows).
    #[builder(via_mutators, mutators(
        /// Sets `root_execution_id`.
        pub fn root_execution_id(&mut self, v: impl Into<String>) {
            self.root_execution_id = Some(v.into());
        }
        /// Sets `root_execution_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_root_execution_id(&mut self, v: Option<impl Into<String>>) {
            self.root_execution_id = v.map(Into::into);
        }
    ))]
    pub root_execution_id: Option<String>,
    /// Search by workflow name, display name, or ID
    #[builder(via_mutators, mutators(
        /// Sets `search`.
        pub fn search(&mut self, v: impl Into<String>) {
            self.search = Some(v.into());
        }
        /// Sets `search` from an `Option` (`None` leaves it unset).
        pub fn maybe_search(&mut self, v: Option<impl Into<String>>) {
            self.search = v.map(Into::into);
        }
    ))]
    pub search: Option<String>,
    /// Filter by workflow status
    #[builder(via_mutators, mutators(
        /// Sets `status`.
        pub fn status(&mut self, v: impl Into<super::WorkflowsRunsListRunsStatus>) {
            self.status = Some(v.into());
        }
        /// Sets `status` from an `Option` (`None` leaves it unset).
        pub fn maybe_status(&mut self, v: Option<impl Into<super::WorkflowsRunsListRunsStatus>>) {
            self.status = v.map(Into::into);
        }
    ))]
    pub status: Option<super::WorkflowsRunsListRunsStatus>,
    /// Filter by deployment name
    #[builder(via_mutators, mutators(
        /// Sets `deployment_name`.
        pub fn deployment_name(&mut self, v: impl Into<String>) {
            self.deployment_name = Some(v.into());
        }
        /// Sets `deployment_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_deployment_name(&mut self, v: Option<impl Into<String>>) {
            self.deployment_name = v.map(Into::into);
        }
    ))]
    pub deployment_name: Option<String>,
    /// Field to sort by
    #[builder(via_mutators, mutators(
        /// Sets `sort_by`.
        pub fn sort_by(&mut self, v: impl Into<super::WorkflowsRunsListRunsSortBy>) {
            self.sort_by = Some(v.into());
        }
        /// Sets `sort_by` from an `Option` (`None` leaves it unset).
        pub fn maybe_sort_by(&mut self, v: Option<impl Into<super::WorkflowsRunsListRunsSortBy>>) {
            self.sort_by = v.map(Into::into);
        }
    ))]
    pub sort_by: Option<super::WorkflowsRunsListRunsSortBy>,
    /// Sort direction
    #[builder(via_mutators, mutators(
        /// Sets `order`.
        pub fn order(&mut self, v: impl Into<super::WorkflowsRunsListRunsOrder>) {
            self.order = Some(v.into());
        }
        /// Sets `order` from an `Option` (`None` leaves it unset).
        pub fn maybe_order(&mut self, v: Option<impl Into<super::WorkflowsRunsListRunsOrder>>) {
            self.order = v.map(Into::into);
        }
    ))]
    pub order: Option<super::WorkflowsRunsListRunsOrder>,
    /// Include runs with start\_time &gt;= value
    #[builder(via_mutators, mutators(
        /// Sets `start_time_after`.
        pub fn start_time_after(&mut self, v: impl Into<String>) {
            self.start_time_after = Some(v.into());
        }
        /// Sets `start_time_after` from an `Option` (`None` leaves it unset).
        pub fn maybe_start_time_after(&mut self, v: Option<impl Into<String>>) {
            self.start_time_after = v.map(Into::into);
        }
    ))]
    pub start_time_after: Option<String>,
    /// Include runs with start\_time &lt;= value
    #[builder(via_mutators, mutators(
        /// Sets `start_time_before`.
        pub fn start_time_before(&mut self, v: impl Into<String>) {
            self.start_time_before = Some(v.into());
        }
        /// Sets `start_time_before` from an `Option` (`None` leaves it unset).
        pub fn maybe_start_time_before(&mut self, v: Option<impl Into<String>>) {
            self.start_time_before = v.map(Into::into);
        }
    ))]
    pub start_time_before: Option<String>,
    /// Include runs with end\_time &gt;= value. Running executions (no end\_time) are excluded; use the status filter to include them.
    #[builder(via_mutators, mutators(
        /// Sets `end_time_after`.
        pub fn end_time_after(&mut self, v: impl Into<String>) {
            self.end_time_after = Some(v.into());
        }
        /// Sets `end_time_after` from an `Option` (`None` leaves it unset).
        pub fn maybe_end_time_after(&mut self, v: Option<impl Into<String>>) {
            self.end_time_after = v.map(Into::into);
        }
    ))]
    pub end_time_after: Option<String>,
    /// Include runs with end\_time &lt;= value. Running executions (no end\_time) are excluded; use the status filter to include them.
    #[builder(via_mutators, mutators(
        /// Sets `end_time_before`.
        pub fn end_time_before(&mut self, v: impl Into<String>) {
            self.end_time_before = Some(v.into());
        }
        /// Sets `end_time_before` from an `Option` (`None` leaves it unset).
        pub fn maybe_end_time_before(&mut self, v: Option<impl Into<String>>) {
            self.end_time_before = v.map(Into::into);
        }
    ))]
    pub end_time_before: Option<String>,
    /// Filter by user id. Use 'current' to filter by the authenticated user
    #[builder(via_mutators, mutators(
        /// Sets `user_id`.
        pub fn user_id(&mut self, v: impl Into<String>) {
            self.user_id = Some(v.into());
        }
        /// Sets `user_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_user_id(&mut self, v: Option<impl Into<String>>) {
            self.user_id = v.map(Into::into);
        }
    ))]
    pub user_id: Option<String>,
    /// Filter to runs of workflows tagged with all listed tags (AND).
    #[builder(via_mutators, mutators(
        /// Sets `workflow_tags`.
        pub fn workflow_tags(&mut self, v: impl Into<Vec<String>>) {
            self.workflow_tags = Some(v.into());
        }
        /// Sets `workflow_tags` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_tags(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.workflow_tags = v.map(Into::into);
        }
    ))]
    pub workflow_tags: Option<Vec<String>>,
    /// Include runs of internal/technical workflows (e.g. parallel-execution)
    #[builder(via_mutators, mutators(
        /// Sets `include_internal`.
        pub fn include_internal(&mut self, v: impl Into<bool>) {
            self.include_internal = Some(v.into());
        }
        /// Sets `include_internal` from an `Option` (`None` leaves it unset).
        pub fn maybe_include_internal(&mut self, v: Option<impl Into<bool>>) {
            self.include_internal = v.map(Into::into);
        }
    ))]
    pub include_internal: Option<bool>,
    /// Number of items per page
    #[builder(via_mutators, mutators(
        /// Sets `page_size`.
        pub fn page_size(&mut self, v: impl Into<i64>) {
            self.page_size = Some(v.into());
        }
        /// Sets `page_size` from an `Option` (`None` leaves it unset).
        pub fn maybe_page_size(&mut self, v: Option<impl Into<i64>>) {
            self.page_size = v.map(Into::into);
        }
    ))]
    pub page_size: Option<i64>,
    /// Token for the next page of results
    #[builder(via_mutators, mutators(
        /// Sets `next_page_token`.
        pub fn next_page_token(&mut self, v: impl Into<String>) {
            self.next_page_token = Some(v.into());
        }
        /// Sets `next_page_token` from an `Option` (`None` leaves it unset).
        pub fn maybe_next_page_token(&mut self, v: Option<impl Into<String>>) {
            self.next_page_token = v.map(Into::into);
        }
    ))]
    pub next_page_token: Option<String>,
    /// Filter executions by search key as repeated 'key:value' entries. Each entry matches an exact key and a similar value; multiple entries are AND'd together (max 3).
    #[builder(via_mutators, mutators(
        /// Sets `search_key`.
        pub fn search_key(&mut self, v: impl Into<Vec<String>>) {
            self.search_key = Some(v.into());
        }
        /// Sets `search_key` from an `Option` (`None` leaves it unset).
        pub fn maybe_search_key(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.search_key = v.map(Into::into);
        }
    ))]
    pub search_key: Option<Vec<String>>,
}

impl WorkflowsRunsListRunsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.workflow_identifier, &mut q, "workflow_identifier");
        crate::generated::QueryValue::push_to(&self.root_execution_id, &mut q, "root_execution_id");
        crate::generated::QueryValue::push_to(&self.search, &mut q, "search");
        crate::generated::QueryValue::push_to(&self.status, &mut q, "status");
        crate::generated::QueryValue::push_to(&self.deployment_name, &mut q, "deployment_name");
        crate::generated::QueryValue::push_to(&self.sort_by, &mut q, "sort_by");
        crate::generated::QueryValue::push_to(&self.order, &mut q, "order");
        crate::generated::QueryValue::push_to(&self.start_time_after, &mut q, "start_time_after");
        crate::generated::QueryValue::push_to(&self.start_time_before, &mut q, "start_time_before");
        crate::generated::QueryValue::push_to(&self.end_time_after, &mut q, "end_time_after");
        crate::generated::QueryValue::push_to(&self.end_time_before, &mut q, "end_time_before");
        crate::generated::QueryValue::push_to(&self.user_id, &mut q, "user_id");
        crate::generated::QueryValue::push_to(&self.workflow_tags, &mut q, "workflow_tags");
        crate::generated::QueryValue::push_to(&self.include_internal, &mut q, "include_internal");
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.next_page_token, &mut q, "next_page_token");
        crate::generated::QueryValue::push_to(&self.search_key, &mut q, "search_key");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.workflow_tags {
            if v.len() > 20 {
                c.push("workflow_tags", format!("{} items: at most 20 allowed", v.len()));
            }
        }
        if let Some(v) = &self.page_size {
            if (*v as f64) < 1.0 {
                c.push("page_size", format!("{} is out of range: must be at least 1", v));
            }
            if (*v as f64) > 1000.0 {
                c.push(
                    "page_size",
                    format!("{} is out of range: must be at most 1000", v),
                );
            }
        }
        if let Some(v) = &self.search_key {
            for (i, x) in v.iter().enumerate() {
                static PATTERN: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
                if !crate::generated::matches(&PATTERN, "^[^:]+:.+$", x) {
                    c.push(
                        format!("{}[{i}]", "search_key"),
                        "does not match the pattern `^[^:]+:.+$`",
                    );
                }
            }
            if v.len() > 3 {
                c.push("search_key", format!("{} items: at most 3 allowed", v.len()));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.workflows().runs().get_run_history`: `GET /v1/workflows/runs/{run_id}/history` (`get_run_history_v1_workflows_runs__run_id__history_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsRunsGetRunHistoryQuery`], from [`WorkflowsRunsGetRunHistoryQuery::builder`]."
    )
)]
pub struct WorkflowsRunsGetRunHistoryQuery {
    /// Decode Payloads
    #[builder(via_mutators, mutators(
        /// Sets `decode_payloads`.
        pub fn decode_payloads(&mut self, v: impl Into<bool>) {
            self.decode_payloads = Some(v.into());
        }
        /// Sets `decode_payloads` from an `Option` (`None` leaves it unset).
        pub fn maybe_decode_payloads(&mut self, v: Option<impl Into<bool>>) {
            self.decode_payloads = v.map(Into::into);
        }
    ))]
    pub decode_payloads: Option<bool>,
}

impl WorkflowsRunsGetRunHistoryQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.decode_payloads, &mut q, "decode_payloads");
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
