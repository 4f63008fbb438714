// generated from the spec by `cargo xtask codegen`: do not edit

/// ContentSearchFilter
///
/// Generated from schema `ContentSearchFilter` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ContentSearchFilter`], from [`ContentSearchFilter::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ContentSearchFilter {
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
    /// The `path` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `path`.
        pub fn path(&mut self, v: impl Into<String>) {
            self.path = Some(v.into());
        }
        /// Sets `path` from an `Option` (`None` leaves it unset).
        pub fn maybe_path(&mut self, v: Option<impl Into<String>>) {
            self.path = v.map(Into::into);
        }
    ))]
    pub path: Option<String>,
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

impl ContentSearchFilter {
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
            c.extra(&self.extra, &["operator", "path", "value"]);
        }
    }
}

impl crate::ApiRequest for ContentSearchFilter {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ContentSearchFilterGroup
///
/// Generated from schema `ContentSearchFilterGroup` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ContentSearchFilterGroup`], from [`ContentSearchFilterGroup::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ContentSearchFilterGroup {
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
        pub fn filters(&mut self, v: impl Into<Vec<super::ContentSearchFilter>>) {
            self.filters = Some(v.into());
        }
        /// Sets `filters` from an `Option` (`None` leaves it unset).
        pub fn maybe_filters(&mut self, v: Option<impl Into<Vec<super::ContentSearchFilter>>>) {
            self.filters = v.map(Into::into);
        }
    ))]
    pub filters: Option<Vec<super::ContentSearchFilter>>,
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

impl ContentSearchFilterGroup {
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

impl crate::ApiRequest for ContentSearchFilterGroup {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ContentSearchOperator` object.
    ///
    /// Generated from schema `ContentSearchOperator` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ContentSearchOperator {
        /// `contains`
        Contains = "contains",
        /// `equals`
        Equals = "equals",
    }
}

impl Default for ContentSearchOperator {
    fn default() -> Self {
        ContentSearchOperator::Other(String::new())
    }
}

/// EvaluationRunGenerationV2
///
/// Generated from schema `EvaluationRunGenerationV2` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EvaluationRunGenerationV2 {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `error` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The `goal_results` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal_results: Option<std::collections::BTreeMap<String, super::GoalResult>>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `metadata_` field.
    #[serde(rename = "metadata_", default)]
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// The `output` field.
    #[serde(default)]
    pub output: serde_json::Value,
    /// The `scores` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scores: Option<std::collections::BTreeMap<String, Vec<super::EvaluationRunScoreV2>>>,
    /// The `statistics` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<std::collections::BTreeMap<String, super::EvaluatorStatistics>>,
    /// The `status` field.
    #[serde(default)]
    pub status: String,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// EvaluationRunOutputRecordV2
///
/// Generated from schema `EvaluationRunOutputRecordV2` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EvaluationRunOutputRecordV2 {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `generations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generations: Option<Vec<super::EvaluationRunGenerationV2>>,
    /// The `goal_results` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal_results: Option<std::collections::BTreeMap<String, super::GoalResult>>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `metadata_` field.
    #[serde(rename = "metadata_", default)]
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// The `record_info` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_info: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `statistics` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<std::collections::BTreeMap<String, super::EvaluatorStatistics>>,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// EvaluationRunRecordFilterInput
///
/// Generated from schema `EvaluationRunRecordFilterInput` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`EvaluationRunRecordFilterInput`], from [`EvaluationRunRecordFilterInput::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct EvaluationRunRecordFilterInput {
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
    /// The `input_filters` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `input_filters`.
        pub fn input_filters(&mut self, v: impl Into<super::ContentSearchFilterGroup>) {
            self.input_filters = Some(v.into());
        }
        /// Sets `input_filters` from an `Option` (`None` leaves it unset).
        pub fn maybe_input_filters(&mut self, v: Option<impl Into<super::ContentSearchFilterGroup>>) {
            self.input_filters = v.map(Into::into);
        }
    ))]
    pub input_filters: Option<super::ContentSearchFilterGroup>,
    /// The `output_filters` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `output_filters`.
        pub fn output_filters(&mut self, v: impl Into<super::ContentSearchFilterGroup>) {
            self.output_filters = Some(v.into());
        }
        /// Sets `output_filters` from an `Option` (`None` leaves it unset).
        pub fn maybe_output_filters(&mut self, v: Option<impl Into<super::ContentSearchFilterGroup>>) {
            self.output_filters = v.map(Into::into);
        }
    ))]
    pub output_filters: Option<super::ContentSearchFilterGroup>,
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
    /// The `sort` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `sort`.
        pub fn sort(&mut self, v: impl Into<super::Sort>) {
            self.sort = Some(v.into());
        }
        /// Sets `sort` from an `Option` (`None` leaves it unset).
        pub fn maybe_sort(&mut self, v: Option<impl Into<super::Sort>>) {
            self.sort = v.map(Into::into);
        }
    ))]
    pub sort: Option<super::Sort>,
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

impl EvaluationRunRecordFilterInput {
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
        if let Some(v) = &self.input_filters {
            v.check_into(c, &format!("{at}input_filters."));
        }
        if let Some(v) = &self.output_filters {
            v.check_into(c, &format!("{at}output_filters."));
        }
        if let Some(v) = &self.score_filters {
            v.check_into(c, &format!("{at}score_filters."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "goal_filters",
                    "input_filters",
                    "output_filters",
                    "score_filters",
                    "sort",
                ],
            );
        }
    }
}

impl crate::ApiRequest for EvaluationRunRecordFilterInput {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// EvaluationRunRecordV2Response
///
/// Generated from schema `EvaluationRunRecordV2Response` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EvaluationRunRecordV2Response {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `dataset_record_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dataset_record_id: Option<String>,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `input` field.
    #[serde(default)]
    pub input: serde_json::Value,
    /// The `output_record` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_record: Option<super::EvaluationRunOutputRecordV2>,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// FieldSortInput
///
/// Generated from schema `FieldSortInput` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`FieldSortInput`], from [`FieldSortInput::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct FieldSortInput {
    /// The `direction` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `direction`.
        pub fn direction(&mut self, v: impl Into<super::SortDirection>) {
            self.direction = Some(v.into());
        }
        /// Sets `direction` from an `Option` (`None` leaves it unset).
        pub fn maybe_direction(&mut self, v: Option<impl Into<super::SortDirection>>) {
            self.direction = v.map(Into::into);
        }
    ))]
    pub direction: Option<super::SortDirection>,
    /// The `field` field.
    #[builder(setter(into))]
    pub field: super::RecordSortField,
    /// The API's default: `"field"`.
    #[builder(setter(into))]
    pub kind: super::FieldSortInputKind,
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

impl FieldSortInput {
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
            c.extra(&self.extra, &["direction", "field", "kind"]);
        }
    }
}

impl crate::ApiRequest for FieldSortInput {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `FieldSortInputKind` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum FieldSortInputKind {
        /// `field`
        Field = "field",
    }
}

impl Default for FieldSortInputKind {
    fn default() -> Self {
        FieldSortInputKind::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `FilterCombinator` object.
    ///
    /// Generated from schema `FilterCombinator` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum FilterCombinator {
        /// `or`
        Or = "or",
        /// `and`
        And = "and",
    }
}

impl Default for FilterCombinator {
    fn default() -> Self {
        FilterCombinator::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `GoalStatus` object.
    ///
    /// Generated from schema `GoalStatus` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum GoalStatus {
        /// `passed`
        Passed = "passed",
        /// `failed`
        Failed = "failed",
        /// `not_evaluated`
        NotEvaluated = "not_evaluated",
    }
}

impl Default for GoalStatus {
    fn default() -> Self {
        GoalStatus::Other(String::new())
    }
}

/// GoalStatusFilter
///
/// Generated from schema `GoalStatusFilter` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`GoalStatusFilter`], from [`GoalStatusFilter::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct GoalStatusFilter {
    /// The `evaluator_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `evaluator_name`.
        pub fn evaluator_name(&mut self, v: impl Into<String>) {
            self.evaluator_name = Some(v.into());
        }
        /// Sets `evaluator_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_evaluator_name(&mut self, v: Option<impl Into<String>>) {
            self.evaluator_name = v.map(Into::into);
        }
    ))]
    pub evaluator_name: Option<String>,
    /// The `values` field.
    #[builder(setter(into))]
    pub values: Vec<super::GoalStatus>,
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

impl GoalStatusFilter {
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
            c.extra(&self.extra, &["evaluator_name", "values"]);
        }
    }
}

impl crate::ApiRequest for GoalStatusFilter {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// GoalStatusFilterGroup
///
/// Generated from schema `GoalStatusFilterGroup` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`GoalStatusFilterGroup`], from [`GoalStatusFilterGroup::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct GoalStatusFilterGroup {
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
        pub fn filters(&mut self, v: impl Into<Vec<super::GoalStatusFilter>>) {
            self.filters = Some(v.into());
        }
        /// Sets `filters` from an `Option` (`None` leaves it unset).
        pub fn maybe_filters(&mut self, v: Option<impl Into<Vec<super::GoalStatusFilter>>>) {
            self.filters = v.map(Into::into);
        }
    ))]
    pub filters: Option<Vec<super::GoalStatusFilter>>,
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

impl GoalStatusFilterGroup {
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

impl crate::ApiRequest for GoalStatusFilterGroup {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ListEvaluationRunRecordsResponse
///
/// Generated from schema `ListEvaluationRunRecordsResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListEvaluationRunRecordsResponse {
    /// The `records` field.
    #[serde(default)]
    pub records: super::PaginatedResultEvaluationRunRecordV2Response,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `NumericScoreMetric` object.
    ///
    /// Generated from schema `NumericScoreMetric` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum NumericScoreMetric {
        /// `avg`
        Avg = "avg",
        /// `min`
        Min = "min",
        /// `max`
        Max = "max",
        /// `std`
        Std = "std",
    }
}

impl Default for NumericScoreMetric {
    fn default() -> Self {
        NumericScoreMetric::Other(String::new())
    }
}

/// PaginatedResultEvaluationRunRecordV2Response
///
/// Generated from schema `PaginatedResultEvaluationRunRecordV2Response` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultEvaluationRunRecordV2Response {
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
    pub results: Option<Vec<super::EvaluationRunRecordV2Response>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `RecordSortField` object.
    ///
    /// Generated from schema `RecordSortField` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum RecordSortField {
        /// `created_at`
        CreatedAt = "created_at",
    }
}

impl Default for RecordSortField {
    fn default() -> Self {
        RecordSortField::Other(String::new())
    }
}

/// ScoreFilter
///
/// Generated from schema `ScoreFilter` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ScoreFilter`], from [`ScoreFilter::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ScoreFilter {
    /// The `evaluator_name` field.
    #[builder(setter(into))]
    pub evaluator_name: String,
    /// The `metric` field.
    #[builder(setter(into))]
    pub metric: String,
    /// The `operator` field.
    #[builder(setter(into))]
    pub operator: super::ScoreOperator,
    /// The `value` field.
    #[builder(setter(into))]
    pub value: super::ScoreFilterValue,
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

impl ScoreFilter {
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
            c.extra(&self.extra, &["evaluator_name", "metric", "operator", "value"]);
        }
    }
}

impl crate::ApiRequest for ScoreFilter {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ScoreFilterGroup
///
/// Generated from schema `ScoreFilterGroup` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ScoreFilterGroup`], from [`ScoreFilterGroup::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ScoreFilterGroup {
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
        pub fn filters(&mut self, v: impl Into<Vec<super::ScoreFilter>>) {
            self.filters = Some(v.into());
        }
        /// Sets `filters` from an `Option` (`None` leaves it unset).
        pub fn maybe_filters(&mut self, v: Option<impl Into<Vec<super::ScoreFilter>>>) {
            self.filters = v.map(Into::into);
        }
    ))]
    pub filters: Option<Vec<super::ScoreFilter>>,
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

impl ScoreFilterGroup {
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

impl crate::ApiRequest for ScoreFilterGroup {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The `ScoreFilterValue` object.
///
/// Generated from schema `ScoreFilterValue` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ScoreFilterValue {
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    String(String),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for ScoreFilterValue {
    fn default() -> Self {
        ScoreFilterValue::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `ScoreOperator` object.
    ///
    /// Generated from schema `ScoreOperator` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ScoreOperator {
        /// `gt`
        Gt = "gt",
        /// `gte`
        Gte = "gte",
        /// `lt`
        Lt = "lt",
        /// `lte`
        Lte = "lte",
        /// `eq`
        Eq = "eq",
    }
}

impl Default for ScoreOperator {
    fn default() -> Self {
        ScoreOperator::Other(String::new())
    }
}

/// ScoreSortInput
///
/// Generated from schema `ScoreSortInput` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ScoreSortInput`], from [`ScoreSortInput::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ScoreSortInput {
    /// The `direction` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `direction`.
        pub fn direction(&mut self, v: impl Into<super::SortDirection>) {
            self.direction = Some(v.into());
        }
        /// Sets `direction` from an `Option` (`None` leaves it unset).
        pub fn maybe_direction(&mut self, v: Option<impl Into<super::SortDirection>>) {
            self.direction = v.map(Into::into);
        }
    ))]
    pub direction: Option<super::SortDirection>,
    /// The `evaluator_name` field.
    #[builder(setter(into))]
    pub evaluator_name: String,
    /// The API's default: `"score"`.
    #[builder(setter(into))]
    pub kind: super::ScoreSortInputKind,
    /// The `metric` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `metric`.
        pub fn metric(&mut self, v: impl Into<super::NumericScoreMetric>) {
            self.metric = Some(v.into());
        }
        /// Sets `metric` from an `Option` (`None` leaves it unset).
        pub fn maybe_metric(&mut self, v: Option<impl Into<super::NumericScoreMetric>>) {
            self.metric = v.map(Into::into);
        }
    ))]
    pub metric: Option<super::NumericScoreMetric>,
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

impl ScoreSortInput {
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
            c.extra(&self.extra, &["direction", "evaluator_name", "kind", "metric"]);
        }
    }
}

impl crate::ApiRequest for ScoreSortInput {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ScoreSortInputKind` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ScoreSortInputKind {
        /// `score`
        Score = "score",
    }
}

impl Default for ScoreSortInputKind {
    fn default() -> Self {
        ScoreSortInputKind::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `Sort` object.
    ///
    /// Generated from schema `Sort` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Sort : "kind" {
        /// `kind: field`
        "field" => Field(super::FieldSortInput),
        /// `kind: score`
        "score" => Score(super::ScoreSortInput),
    }
}

crate::macros::string_enum! {
    /// The `SortDirection` object.
    ///
    /// Generated from schema `SortDirection` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum SortDirection {
        /// `asc`
        Asc = "asc",
        /// `desc`
        Desc = "desc",
    }
}

impl Default for SortDirection {
    fn default() -> Self {
        SortDirection::Other(String::new())
    }
}

/// The query parameters of `client.observability().evaluations().records().search`: `POST /v1/observability/evaluation-runs_v2/{run_id}/records/search` (`search_evaluation_run_records_v2_v1_observability_evaluation_runs_v2__run_id__records_search_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityEvaluationsRecordsSearchQuery`], from [`ObservabilityEvaluationsRecordsSearchQuery::builder`]."
    )
)]
pub struct ObservabilityEvaluationsRecordsSearchQuery {
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

impl ObservabilityEvaluationsRecordsSearchQuery {
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
