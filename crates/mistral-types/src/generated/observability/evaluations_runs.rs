// generated from the spec by `cargo xtask codegen`: do not edit

/// EvaluationRunFilterInput
///
/// Generated from schema `EvaluationRunFilterInput` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`EvaluationRunFilterInput`], from [`EvaluationRunFilterInput::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct EvaluationRunFilterInput {
    /// The `creator_ids` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `creator_ids`.
        pub fn creator_ids(&mut self, v: impl Into<Vec<String>>) {
            self.creator_ids = Some(v.into());
        }
        /// Sets `creator_ids` from an `Option` (`None` leaves it unset).
        pub fn maybe_creator_ids(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.creator_ids = v.map(Into::into);
        }
    ))]
    pub creator_ids: Option<Vec<String>>,
    /// The `evaluation_ids` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `evaluation_ids`.
        pub fn evaluation_ids(&mut self, v: impl Into<Vec<String>>) {
            self.evaluation_ids = Some(v.into());
        }
        /// Sets `evaluation_ids` from an `Option` (`None` leaves it unset).
        pub fn maybe_evaluation_ids(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.evaluation_ids = v.map(Into::into);
        }
    ))]
    pub evaluation_ids: Option<Vec<String>>,
    /// The `goal_filters` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `goal_filters`.
        pub fn goal_filters(&mut self, v: impl Into<super::GoalStatusFilterGroup>) {
            self.goal_filters = Some(v.into());
        }
        /// Sets `goal_filters` from an `Option` (`None` leaves it unset).
        pub fn maybe_goal_filters(&mut self, v: Option<impl Into<super::GoalStatusFilterGroup>>) {
            self.goal_filters = v.map(Into::into);
        }
    ))]
    pub goal_filters: Option<super::GoalStatusFilterGroup>,
    /// The `metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `metadata`.
        pub fn metadata(&mut self, v: impl Into<super::MetadataFilterGroup>) {
            self.metadata = Some(v.into());
        }
        /// Sets `metadata` from an `Option` (`None` leaves it unset).
        pub fn maybe_metadata(&mut self, v: Option<impl Into<super::MetadataFilterGroup>>) {
            self.metadata = v.map(Into::into);
        }
    ))]
    pub metadata: Option<super::MetadataFilterGroup>,
    /// The `ownership` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `ownership`.
        pub fn ownership(&mut self, v: impl Into<super::RunOwnershipFilter>) {
            self.ownership = Some(v.into());
        }
        /// Sets `ownership` from an `Option` (`None` leaves it unset).
        pub fn maybe_ownership(&mut self, v: Option<impl Into<super::RunOwnershipFilter>>) {
            self.ownership = v.map(Into::into);
        }
    ))]
    pub ownership: Option<super::RunOwnershipFilter>,
    /// The `project_ids` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `project_ids`.
        pub fn project_ids(&mut self, v: impl Into<Vec<String>>) {
            self.project_ids = Some(v.into());
        }
        /// Sets `project_ids` from an `Option` (`None` leaves it unset).
        pub fn maybe_project_ids(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.project_ids = v.map(Into::into);
        }
    ))]
    pub project_ids: Option<Vec<String>>,
    /// The `run_ids` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `run_ids`.
        pub fn run_ids(&mut self, v: impl Into<Vec<String>>) {
            self.run_ids = Some(v.into());
        }
        /// Sets `run_ids` from an `Option` (`None` leaves it unset).
        pub fn maybe_run_ids(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.run_ids = v.map(Into::into);
        }
    ))]
    pub run_ids: Option<Vec<String>>,
    /// The `score_filters` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `score_filters`.
        pub fn score_filters(&mut self, v: impl Into<super::ScoreFilterGroup>) {
            self.score_filters = Some(v.into());
        }
        /// Sets `score_filters` from an `Option` (`None` leaves it unset).
        pub fn maybe_score_filters(&mut self, v: Option<impl Into<super::ScoreFilterGroup>>) {
            self.score_filters = v.map(Into::into);
        }
    ))]
    pub score_filters: Option<super::ScoreFilterGroup>,
    /// The `system` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<super::SystemFilter>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<super::SystemFilter>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<super::SystemFilter>,
    /// The `tags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `tags`.
        pub fn tags(&mut self, v: impl Into<super::TagFilter>) {
            self.tags = Some(v.into());
        }
        /// Sets `tags` from an `Option` (`None` leaves it unset).
        pub fn maybe_tags(&mut self, v: Option<impl Into<super::TagFilter>>) {
            self.tags = v.map(Into::into);
        }
    ))]
    pub tags: Option<super::TagFilter>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl EvaluationRunFilterInput {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if let Some(v) = &self.goal_filters {
            v.check_into(c, &format!("{at}goal_filters."));
        }
        if let Some(v) = &self.metadata {
            v.check_into(c, &format!("{at}metadata."));
        }
        if let Some(v) = &self.ownership {
            v.check_into(c, &format!("{at}ownership."));
        }
        if let Some(v) = &self.score_filters {
            v.check_into(c, &format!("{at}score_filters."));
        }
        if let Some(v) = &self.system {
            v.check_into(c, &format!("{at}system."));
        }
        if let Some(v) = &self.tags {
            v.check_into(c, &format!("{at}tags."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "creator_ids",
                    "evaluation_ids",
                    "goal_filters",
                    "metadata",
                    "ownership",
                    "project_ids",
                    "run_ids",
                    "score_filters",
                    "system",
                    "tags",
                ],
            );
        }
    }
}

impl crate::ApiRequest for EvaluationRunFilterInput {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// EvaluationRunV2WithRefsResponse
///
/// Generated from schema `EvaluationRunV2WithRefsResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EvaluationRunV2WithRefsResponse {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `creator_id` field.
    #[serde(default)]
    pub creator_id: String,
    /// The `dataset_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `description` field.
    #[serde(default)]
    pub description: Option<String>,
    /// The `evaluation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<super::RunEvaluationSummary>,
    /// The `evaluation_id` field.
    #[serde(default)]
    pub evaluation_id: String,
    /// The `evaluators` field.
    #[serde(default)]
    pub evaluators: Vec<super::EvaluatorV2>,
    /// The `goal_results` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal_results: Option<std::collections::BTreeMap<String, super::GoalResult>>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `metadata_` field.
    #[serde(rename = "metadata_", default)]
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `num_generations` field.
    #[serde(default)]
    pub num_generations: i64,
    /// The `optimization` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optimization: Option<super::RunOptimizationRef>,
    /// The `passed` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed: Option<bool>,
    /// The `project` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<super::RunProjectSummary>,
    /// The `run_evaluators` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_evaluators: Option<Vec<super::EvaluatorV2>>,
    /// The `run_info` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_info: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `run_scores` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_scores: Option<std::collections::BTreeMap<String, super::EvaluationRunScoreV2>>,
    /// The `statistics` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<std::collections::BTreeMap<String, super::EvaluatorStatistics>>,
    /// The API's default: `"completed"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The `system` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<super::SystemV2>,
    /// The `tags` field.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ListEvaluationRunsResponse
///
/// Generated from schema `ListEvaluationRunsResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListEvaluationRunsResponse {
    /// The `runs` field.
    #[serde(default)]
    pub runs: super::PaginatedResultEvaluationRunV2Response,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// MetadataFilter
///
/// Generated from schema `MetadataFilter` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`MetadataFilter`], from [`MetadataFilter::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct MetadataFilter {
    /// The `key` field.
    #[builder(setter(into))]
    pub key: String,
    /// The `operator` field.
    #[builder(setter(into))]
    pub operator: super::SystemParamOperator,
    /// The `value` field.
    #[builder(setter(into))]
    pub value: super::MetadataFilterValue,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl MetadataFilter {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if at.is_empty() {
            c.extra(&self.extra, &["key", "operator", "value"]);
        }
    }
}

impl crate::ApiRequest for MetadataFilter {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// MetadataFilterGroup
///
/// Generated from schema `MetadataFilterGroup` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`MetadataFilterGroup`], from [`MetadataFilterGroup::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct MetadataFilterGroup {
    /// The `combinator` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `combinator`.
        pub fn combinator(&mut self, v: impl Into<super::FilterCombinator>) {
            self.combinator = Some(v.into());
        }
        /// Sets `combinator` from an `Option` (`None` leaves it unset).
        pub fn maybe_combinator(&mut self, v: Option<impl Into<super::FilterCombinator>>) {
            self.combinator = v.map(Into::into);
        }
    ))]
    pub combinator: Option<super::FilterCombinator>,
    /// The `filters` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filters`.
        pub fn filters(&mut self, v: impl Into<Vec<super::MetadataFilter>>) {
            self.filters = Some(v.into());
        }
        /// Sets `filters` from an `Option` (`None` leaves it unset).
        pub fn maybe_filters(&mut self, v: Option<impl Into<Vec<super::MetadataFilter>>>) {
            self.filters = v.map(Into::into);
        }
    ))]
    pub filters: Option<Vec<super::MetadataFilter>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl MetadataFilterGroup {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if let Some(v) = &self.filters {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}filters[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["combinator", "filters"]);
        }
    }
}

impl crate::ApiRequest for MetadataFilterGroup {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The `MetadataFilterValue` object.
///
/// Generated from schema `MetadataFilterValue` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum MetadataFilterValue {
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    Bool(bool),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for MetadataFilterValue {
    fn default() -> Self {
        MetadataFilterValue::Other(serde_json::Value::Null)
    }
}

/// PaginatedResultEvaluationRunV2Response
///
/// Generated from schema `PaginatedResultEvaluationRunV2Response` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultEvaluationRunV2Response {
    /// The `count` field.
    #[serde(default)]
    pub count: i64,
    /// The `next` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::EvaluationRunV2Response>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PaginatedResultEvaluationRunV2WithRefsResponse
///
/// Generated from schema `PaginatedResultEvaluationRunV2WithRefsResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultEvaluationRunV2WithRefsResponse {
    /// The `count` field.
    #[serde(default)]
    pub count: i64,
    /// The `next` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::EvaluationRunV2WithRefsResponse>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// RunEvaluationSummary
///
/// Generated from schema `RunEvaluationSummary` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunEvaluationSummary {
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `slug` field.
    #[serde(default)]
    pub slug: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// OR-able group isolating the \"runs I care about\" default (created by me OR in my starred projects).
///
/// Kept separate from the plain generic filters so it can OR internally while still AND-ing with
/// everything else. The UI drives it via two sugar chips: \"Created by me\" writes `creator_ids`, and
/// \"Starred projects\" sets `starred_by_me`. Dropping a chip clears its term and the OR collapses to the
/// remaining one; dropping both leaves the group empty (no ownership scoping).
///
/// `starred_by_me` is resolved server-side against the caller's favorites, so the client never has to
/// page through projects to collect starred ids — and a caller with zero starred projects correctly
/// matches no runs (rather than falling through to the whole workspace). `project_ids` remains for
/// explicit, caller-supplied project scoping.
///
/// Generated from schema `RunOwnershipFilter` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`RunOwnershipFilter`], from [`RunOwnershipFilter::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct RunOwnershipFilter {
    /// The `combinator` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `combinator`.
        pub fn combinator(&mut self, v: impl Into<super::FilterCombinator>) {
            self.combinator = Some(v.into());
        }
        /// Sets `combinator` from an `Option` (`None` leaves it unset).
        pub fn maybe_combinator(&mut self, v: Option<impl Into<super::FilterCombinator>>) {
            self.combinator = v.map(Into::into);
        }
    ))]
    pub combinator: Option<super::FilterCombinator>,
    /// The `creator_ids` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `creator_ids`.
        pub fn creator_ids(&mut self, v: impl Into<Vec<String>>) {
            self.creator_ids = Some(v.into());
        }
        /// Sets `creator_ids` from an `Option` (`None` leaves it unset).
        pub fn maybe_creator_ids(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.creator_ids = v.map(Into::into);
        }
    ))]
    pub creator_ids: Option<Vec<String>>,
    /// The `project_ids` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `project_ids`.
        pub fn project_ids(&mut self, v: impl Into<Vec<String>>) {
            self.project_ids = Some(v.into());
        }
        /// Sets `project_ids` from an `Option` (`None` leaves it unset).
        pub fn maybe_project_ids(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.project_ids = v.map(Into::into);
        }
    ))]
    pub project_ids: Option<Vec<String>>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `starred_by_me`.
        pub fn starred_by_me(&mut self, v: impl Into<bool>) {
            self.starred_by_me = Some(v.into());
        }
        /// Sets `starred_by_me` from an `Option` (`None` leaves it unset).
        pub fn maybe_starred_by_me(&mut self, v: Option<impl Into<bool>>) {
            self.starred_by_me = v.map(Into::into);
        }
    ))]
    pub starred_by_me: Option<bool>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl RunOwnershipFilter {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if at.is_empty() {
            c.extra(
                &self.extra,
                &["combinator", "creator_ids", "project_ids", "starred_by_me"],
            );
        }
    }
}

impl crate::ApiRequest for RunOwnershipFilter {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// RunProjectSummary
///
/// Generated from schema `RunProjectSummary` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunProjectSummary {
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `slug` field.
    #[serde(default)]
    pub slug: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// RunStatisticsResponse
///
/// Generated from schema `RunStatisticsResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStatisticsResponse {
    /// The `goal_results` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal_results: Option<std::collections::BTreeMap<String, super::GoalResult>>,
    /// The `passed` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed: Option<bool>,
    /// The `run_id` field.
    #[serde(default)]
    pub run_id: String,
    /// The `statistics` field.
    #[serde(default)]
    pub statistics: std::collections::BTreeMap<String, super::EvaluatorStatistics>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// SearchAllEvaluationRunsResponse
///
/// Generated from schema `SearchAllEvaluationRunsResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchAllEvaluationRunsResponse {
    /// The `runs` field.
    #[serde(default)]
    pub runs: super::PaginatedResultEvaluationRunV2WithRefsResponse,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// SystemFilter
///
/// Generated from schema `SystemFilter` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SystemFilter`], from [`SystemFilter::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SystemFilter {
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `name`.
        pub fn name(&mut self, v: impl Into<super::SystemNameFilterGroup>) {
            self.name = Some(v.into());
        }
        /// Sets `name` from an `Option` (`None` leaves it unset).
        pub fn maybe_name(&mut self, v: Option<impl Into<super::SystemNameFilterGroup>>) {
            self.name = v.map(Into::into);
        }
    ))]
    pub name: Option<super::SystemNameFilterGroup>,
    /// The `params` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `params`.
        pub fn params(&mut self, v: impl Into<super::SystemParamFilterGroup>) {
            self.params = Some(v.into());
        }
        /// Sets `params` from an `Option` (`None` leaves it unset).
        pub fn maybe_params(&mut self, v: Option<impl Into<super::SystemParamFilterGroup>>) {
            self.params = v.map(Into::into);
        }
    ))]
    pub params: Option<super::SystemParamFilterGroup>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl SystemFilter {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if let Some(v) = &self.name {
            v.check_into(c, &format!("{at}name."));
        }
        if let Some(v) = &self.params {
            v.check_into(c, &format!("{at}params."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["name", "params"]);
        }
    }
}

impl crate::ApiRequest for SystemFilter {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// SystemNameFilter
///
/// Generated from schema `SystemNameFilter` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SystemNameFilter`], from [`SystemNameFilter::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SystemNameFilter {
    /// The `operator` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `operator`.
        pub fn operator(&mut self, v: impl Into<super::ContentSearchOperator>) {
            self.operator = Some(v.into());
        }
        /// Sets `operator` from an `Option` (`None` leaves it unset).
        pub fn maybe_operator(&mut self, v: Option<impl Into<super::ContentSearchOperator>>) {
            self.operator = v.map(Into::into);
        }
    ))]
    pub operator: Option<super::ContentSearchOperator>,
    /// The `value` field.
    #[builder(setter(into))]
    pub value: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl SystemNameFilter {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if at.is_empty() {
            c.extra(&self.extra, &["operator", "value"]);
        }
    }
}

impl crate::ApiRequest for SystemNameFilter {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// SystemNameFilterGroup
///
/// Generated from schema `SystemNameFilterGroup` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SystemNameFilterGroup`], from [`SystemNameFilterGroup::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SystemNameFilterGroup {
    /// The `combinator` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `combinator`.
        pub fn combinator(&mut self, v: impl Into<super::FilterCombinator>) {
            self.combinator = Some(v.into());
        }
        /// Sets `combinator` from an `Option` (`None` leaves it unset).
        pub fn maybe_combinator(&mut self, v: Option<impl Into<super::FilterCombinator>>) {
            self.combinator = v.map(Into::into);
        }
    ))]
    pub combinator: Option<super::FilterCombinator>,
    /// The `filters` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filters`.
        pub fn filters(&mut self, v: impl Into<Vec<super::SystemNameFilter>>) {
            self.filters = Some(v.into());
        }
        /// Sets `filters` from an `Option` (`None` leaves it unset).
        pub fn maybe_filters(&mut self, v: Option<impl Into<Vec<super::SystemNameFilter>>>) {
            self.filters = v.map(Into::into);
        }
    ))]
    pub filters: Option<Vec<super::SystemNameFilter>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl SystemNameFilterGroup {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if let Some(v) = &self.filters {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}filters[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["combinator", "filters"]);
        }
    }
}

impl crate::ApiRequest for SystemNameFilterGroup {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// SystemParamFilter
///
/// Generated from schema `SystemParamFilter` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SystemParamFilter`], from [`SystemParamFilter::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SystemParamFilter {
    /// The `key` field.
    #[builder(setter(into))]
    pub key: String,
    /// The `operator` field.
    #[builder(setter(into))]
    pub operator: super::SystemParamOperator,
    /// The `value` field.
    #[builder(setter(into))]
    pub value: super::SystemParamFilterValue,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl SystemParamFilter {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if at.is_empty() {
            c.extra(&self.extra, &["key", "operator", "value"]);
        }
    }
}

impl crate::ApiRequest for SystemParamFilter {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// SystemParamFilterGroup
///
/// Generated from schema `SystemParamFilterGroup` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SystemParamFilterGroup`], from [`SystemParamFilterGroup::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SystemParamFilterGroup {
    /// The `combinator` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `combinator`.
        pub fn combinator(&mut self, v: impl Into<super::FilterCombinator>) {
            self.combinator = Some(v.into());
        }
        /// Sets `combinator` from an `Option` (`None` leaves it unset).
        pub fn maybe_combinator(&mut self, v: Option<impl Into<super::FilterCombinator>>) {
            self.combinator = v.map(Into::into);
        }
    ))]
    pub combinator: Option<super::FilterCombinator>,
    /// The `filters` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filters`.
        pub fn filters(&mut self, v: impl Into<Vec<super::SystemParamFilter>>) {
            self.filters = Some(v.into());
        }
        /// Sets `filters` from an `Option` (`None` leaves it unset).
        pub fn maybe_filters(&mut self, v: Option<impl Into<Vec<super::SystemParamFilter>>>) {
            self.filters = v.map(Into::into);
        }
    ))]
    pub filters: Option<Vec<super::SystemParamFilter>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl SystemParamFilterGroup {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if let Some(v) = &self.filters {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}filters[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["combinator", "filters"]);
        }
    }
}

impl crate::ApiRequest for SystemParamFilterGroup {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The `SystemParamFilterValue` object.
///
/// Generated from schema `SystemParamFilterValue` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum SystemParamFilterValue {
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    Bool(bool),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for SystemParamFilterValue {
    fn default() -> Self {
        SystemParamFilterValue::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `SystemParamOperator` object.
    ///
    /// Generated from schema `SystemParamOperator` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum SystemParamOperator {
        /// `eq`
        Eq = "eq",
        /// `contains`
        Contains = "contains",
        /// `gt`
        Gt = "gt",
        /// `gte`
        Gte = "gte",
        /// `lt`
        Lt = "lt",
        /// `lte`
        Lte = "lte",
    }
}

impl Default for SystemParamOperator {
    fn default() -> Self {
        SystemParamOperator::Other(String::new())
    }
}

/// TagFilter
///
/// Generated from schema `TagFilter` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`TagFilter`], from [`TagFilter::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct TagFilter {
    /// The `combinator` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `combinator`.
        pub fn combinator(&mut self, v: impl Into<super::FilterCombinator>) {
            self.combinator = Some(v.into());
        }
        /// Sets `combinator` from an `Option` (`None` leaves it unset).
        pub fn maybe_combinator(&mut self, v: Option<impl Into<super::FilterCombinator>>) {
            self.combinator = v.map(Into::into);
        }
    ))]
    pub combinator: Option<super::FilterCombinator>,
    /// The `values` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `values`.
        pub fn values(&mut self, v: impl Into<Vec<String>>) {
            self.values = Some(v.into());
        }
        /// Sets `values` from an `Option` (`None` leaves it unset).
        pub fn maybe_values(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.values = v.map(Into::into);
        }
    ))]
    pub values: Option<Vec<String>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl TagFilter {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if at.is_empty() {
            c.extra(&self.extra, &["combinator", "values"]);
        }
    }
}

impl crate::ApiRequest for TagFilter {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The query parameters of `client.observability().evaluations().runs().search_all`: `POST /v1/observability/evaluation-runs_v2/search` (`search_all_evaluation_runs_v2_v1_observability_evaluation_runs_v2_search_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityEvaluationsRunsSearchAllQuery`], from [`ObservabilityEvaluationsRunsSearchAllQuery::builder`]."
    )
)]
pub struct ObservabilityEvaluationsRunsSearchAllQuery {
    /// The `page_size` field.
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
    /// The `page` field.
    #[builder(via_mutators, mutators(
        /// Sets `page`.
        pub fn page(&mut self, v: impl Into<i64>) {
            self.page = Some(v.into());
        }
        /// Sets `page` from an `Option` (`None` leaves it unset).
        pub fn maybe_page(&mut self, v: Option<impl Into<i64>>) {
            self.page = v.map(Into::into);
        }
    ))]
    pub page: Option<i64>,
}

impl ObservabilityEvaluationsRunsSearchAllQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.page, &mut q, "page");
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

/// The query parameters of `client.observability().evaluations().runs().search`: `POST /v1/observability/evaluations_v2/{evaluation_slug}/runs/search` (`search_evaluation_runs_v2_v1_observability_evaluations_v2__evaluation_slug__runs_search_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityEvaluationsRunsSearchQuery`], from [`ObservabilityEvaluationsRunsSearchQuery::builder`]."
    )
)]
pub struct ObservabilityEvaluationsRunsSearchQuery {
    /// The `page_size` field.
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
    /// The `page` field.
    #[builder(via_mutators, mutators(
        /// Sets `page`.
        pub fn page(&mut self, v: impl Into<i64>) {
            self.page = Some(v.into());
        }
        /// Sets `page` from an `Option` (`None` leaves it unset).
        pub fn maybe_page(&mut self, v: Option<impl Into<i64>>) {
            self.page = v.map(Into::into);
        }
    ))]
    pub page: Option<i64>,
}

impl ObservabilityEvaluationsRunsSearchQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.page, &mut q, "page");
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
