// generated from the spec by `cargo xtask codegen`: do not edit

crate::macros::string_enum! {
    /// The `Average` object.
    ///
    /// Generated from schema `Average` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Average {
        /// `macro`
        Macro = "macro",
        /// `micro`
        Micro = "micro",
        /// `weighted`
        Weighted = "weighted",
    }
}

impl Default for Average {
    fn default() -> Self {
        Average::Other(String::new())
    }
}

/// CategoricalStatistics
///
/// Generated from schema `CategoricalStatistics` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CategoricalStatistics {
    /// The `confusion_matrix` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confusion_matrix: Option<super::ConfusionMatrix>,
    /// The `count` field.
    #[serde(default)]
    pub count: i64,
    /// The API's default: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excluded_count: Option<i64>,
    /// The `frequencies` field.
    #[serde(default)]
    pub frequencies: std::collections::BTreeMap<String, i64>,
    /// The `mode` field.
    #[serde(default)]
    pub mode: Vec<String>,
    /// The API's default: `"categorical"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::CategoricalStatisticsType>,
    /// The `values` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<super::ScalarStatisticValue>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `CategoricalStatisticsType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CategoricalStatisticsType {
        /// `categorical`
        Categorical = "categorical",
    }
}

impl Default for CategoricalStatisticsType {
    fn default() -> Self {
        CategoricalStatisticsType::Other(String::new())
    }
}

/// A classification metric (``precision``/``recall``/``f1``) over ``(expected, predicted)`` pairs.
///
/// The predicted label is the score ``value``; the expected label is read from the score ``metadata``
/// under ``expected\_key`` (default ``\"expected\"``). Provide \*\*exactly one\*\* of ``positive\_label`` (a
/// binary metric scored against that one class) or ``average`` (a multi-class averaging scheme).
///
/// ``labels`` pins the class universe so filtered views keep a stable, comparable denominator.
///
/// Generated from schema `ClassificationStatisticSpec` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClassificationStatisticSpec {
    /// The `average` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub average: Option<super::Average>,
    /// The API's default: `"expected"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_key: Option<String>,
    /// The `goal` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<super::GoalSpec>,
    /// The `kind` field.
    #[serde(default)]
    pub kind: super::ClassificationStatisticSpecKind,
    /// The `labels` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// The `positive_label` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub positive_label: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `ClassificationStatisticSpecKind` object.
    ///
    /// Generated from schema `ClassificationStatisticSpecKind` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ClassificationStatisticSpecKind {
        /// `precision`
        Precision = "precision",
        /// `recall`
        Recall = "recall",
        /// `f1`
        F1 = "f1",
    }
}

impl Default for ClassificationStatisticSpecKind {
    fn default() -> Self {
        ClassificationStatisticSpecKind::Other(String::new())
    }
}

/// A confusion matrix over ``(expected, predicted)`` label pairs.
///
/// ``matrix\[i\]\[j\]`` is the number of samples whose expected label is ``labels\[i\]`` and predicted
/// label is ``labels\[j\]``. It is the complete, aggregatable representation: precision/recall/f1 for
/// any class derive from it, and matrices from several runs merge by element-wise sum.
///
/// Generated from schema `ConfusionMatrix` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConfusionMatrix {
    /// The `labels` field.
    #[serde(default)]
    pub labels: Vec<String>,
    /// The `matrix` field.
    #[serde(default)]
    pub matrix: Vec<Vec<i64>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// EvaluationRunScoreV2
///
/// Generated from schema `EvaluationRunScoreV2` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EvaluationRunScoreV2 {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `error` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `metadata_` field.
    #[serde(rename = "metadata_", default)]
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// The `rationale` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// The `status` field.
    #[serde(default)]
    pub status: String,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// The `value` field.
    #[serde(default)]
    pub value: serde_json::Value,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// EvaluationRunV2Response
///
/// Generated from schema `EvaluationRunV2Response` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EvaluationRunV2Response {
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

/// The `EvaluatorStatistics` object.
///
/// Generated from schema `EvaluatorStatistics` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum EvaluatorStatistics {
    /// One of the shapes the spec allows.
    UnsupportedStatistics(super::UnsupportedStatistics),
    /// One of the shapes the spec allows.
    CategoricalStatistics(super::CategoricalStatistics),
    /// One of the shapes the spec allows.
    NumericStatistics(super::NumericStatistics),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for EvaluatorStatistics {
    fn default() -> Self {
        EvaluatorStatistics::Other(serde_json::Value::Null)
    }
}

/// EvaluatorV2
///
/// Generated from schema `EvaluatorV2` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EvaluatorV2 {
    /// The `aggregate_goal` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregate_goal: Option<super::GoalSpec>,
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `description` field.
    #[serde(default)]
    pub description: Option<String>,
    /// The `direction` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<super::EvaluatorV2Direction>,
    /// The `goal` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<super::GoalSpec>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `max_value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_value: Option<f64>,
    /// The `min_value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_value: Option<f64>,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `num_scores` field.
    #[serde(default)]
    pub num_scores: i64,
    /// The `statistics` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<Vec<super::Statistic>>,
    /// The `tags` field.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// The API's default: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `EvaluatorV2Direction` object.
    ///
    /// Generated from schema `EvaluatorV2Direction` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum EvaluatorV2Direction {
        /// `maximize`
        Maximize = "maximize",
        /// `minimize`
        Minimize = "minimize",
    }
}

impl Default for EvaluatorV2Direction {
    fn default() -> Self {
        EvaluatorV2Direction::Other(String::new())
    }
}

/// GoalResult
///
/// Generated from schema `GoalResult` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GoalResult {
    /// The `passed` field.
    #[serde(default)]
    pub passed: Option<bool>,
    /// The `results` field.
    #[serde(default)]
    pub results: Vec<super::GoalResultItem>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GoalResultItem
///
/// Generated from schema `GoalResultItem` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GoalResultItem {
    /// The `actual` field.
    #[serde(default)]
    pub actual: f64,
    /// The `direction` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<super::GoalResultItemDirection>,
    /// The `metric` field.
    #[serde(default)]
    pub metric: String,
    /// The `operator` field.
    #[serde(default)]
    pub operator: String,
    /// The `passed` field.
    #[serde(default)]
    pub passed: bool,
    /// The `target` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// The `target_max` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_max: Option<f64>,
    /// The `target_min` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_min: Option<f64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `GoalResultItemDirection` object.
    ///
    /// Generated from schema `GoalResultItemDirection` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum GoalResultItemDirection {
        /// `higher_is_better`
        HigherIsBetter = "higher_is_better",
        /// `lower_is_better`
        LowerIsBetter = "lower_is_better",
    }
}

impl Default for GoalResultItemDirection {
    fn default() -> Self {
        GoalResultItemDirection::Other(String::new())
    }
}

/// GoalSpec
///
/// Generated from schema `GoalSpec` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GoalSpec {
    /// The `max` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// The `metric` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<String>,
    /// The `min` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The `operator` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// The `value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// The `values` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<serde_json::Value>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ListOptimizationTrialsResponse
///
/// Generated from schema `ListOptimizationTrialsResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListOptimizationTrialsResponse {
    /// The `trials` field.
    #[serde(default)]
    pub trials: super::PaginatedResultOptimizationTrialWithObservations,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ListOptimizationsResponse
///
/// Generated from schema `ListOptimizationsResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListOptimizationsResponse {
    /// The `optimizations` field.
    #[serde(default)]
    pub optimizations: super::PaginatedResultOptimization,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// NumericStatistics
///
/// Generated from schema `NumericStatistics` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NumericStatistics {
    /// The `avg` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg: Option<f64>,
    /// The API's default: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// The `max` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// The `min` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The API's default: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample_count: Option<i64>,
    /// The `std` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub std: Option<f64>,
    /// The API's default: `"numeric"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::NumericStatisticsType>,
    /// The `values` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<super::ScalarStatisticValue>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `NumericStatisticsType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum NumericStatisticsType {
        /// `numeric`
        Numeric = "numeric",
    }
}

impl Default for NumericStatisticsType {
    fn default() -> Self {
        NumericStatisticsType::Other(String::new())
    }
}

/// Optimization
///
/// Generated from schema `Optimization` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Optimization {
    /// The `algorithm` field.
    #[serde(default)]
    pub algorithm: String,
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `creator_id` field.
    #[serde(default)]
    pub creator_id: String,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `evaluation_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_id: Option<String>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `objective_spec` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective_spec: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `outcome` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `project_id` field.
    #[serde(default)]
    pub project_id: String,
    /// The `source` field.
    #[serde(default)]
    pub source: String,
    /// The `status` field.
    #[serde(default)]
    pub status: String,
    /// The `steer` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steer: Option<String>,
    /// The `tags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// The `workflow_execution_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow_execution_id: Option<String>,
    /// The `workflow_run_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow_run_id: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// OptimizationDetail
///
/// Generated from schema `OptimizationDetail` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OptimizationDetail {
    /// The `algorithm` field.
    #[serde(default)]
    pub algorithm: String,
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `creator_id` field.
    #[serde(default)]
    pub creator_id: String,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `evaluation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<super::OptimizationReference>,
    /// The `evaluation_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_id: Option<String>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `objective_spec` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective_spec: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `outcome` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `project` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<super::OptimizationReference>,
    /// The `project_id` field.
    #[serde(default)]
    pub project_id: String,
    /// The `source` field.
    #[serde(default)]
    pub source: String,
    /// The `status` field.
    #[serde(default)]
    pub status: String,
    /// The `steer` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steer: Option<String>,
    /// The `tags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// The `workflow_execution_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow_execution_id: Option<String>,
    /// The `workflow_run_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow_run_id: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// OptimizationReference
///
/// Generated from schema `OptimizationReference` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OptimizationReference {
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

/// OptimizationTrialObservation
///
/// Generated from schema `OptimizationTrialObservation` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OptimizationTrialObservation {
    /// The `metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `observation_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observation_type: Option<String>,
    /// The `run` field.
    #[serde(default)]
    pub run: super::EvaluationRunV2Response,
    /// The `score` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// OptimizationTrialWithObservations
///
/// Generated from schema `OptimizationTrialWithObservations` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OptimizationTrialWithObservations {
    /// The `algorithm_trial_key` field.
    #[serde(default)]
    pub algorithm_trial_key: String,
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `hypothesis` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hypothesis: Option<String>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `metadata_` field.
    #[serde(rename = "metadata_", default)]
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// The `observations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observations: Option<Vec<super::OptimizationTrialObservation>>,
    /// The `optimization_id` field.
    #[serde(default)]
    pub optimization_id: String,
    /// The `parent_trial_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_trial_id: Option<String>,
    /// The `resolution` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
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

/// PaginatedResultOptimization
///
/// Generated from schema `PaginatedResultOptimization` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultOptimization {
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
    pub results: Option<Vec<super::Optimization>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PaginatedResultOptimizationTrialWithObservations
///
/// Generated from schema `PaginatedResultOptimizationTrialWithObservations` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultOptimizationTrialWithObservations {
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
    pub results: Option<Vec<super::OptimizationTrialWithObservations>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `Params` object.
///
/// Generated from schema `Params` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Params {
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    Integer(i64),
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    Bool(bool),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for Params {
    fn default() -> Self {
        Params::Other(serde_json::Value::Null)
    }
}

/// The `Percentile` object.
///
/// Generated from schema `Percentile` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Percentile {
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    Integer(i64),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for Percentile {
    fn default() -> Self {
        Percentile::Other(serde_json::Value::Null)
    }
}

/// The ``p``-th percentile (``0 &lt;= p &lt;= 100``), computed with the type-7 algorithm.
///
/// Generated from schema `PercentileStatisticSpec` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PercentileStatisticSpec {
    /// The `goal` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<super::GoalSpec>,
    /// The API's default: `"percentile"`.
    #[serde(default)]
    pub kind: super::PercentileStatisticSpecKind,
    /// The `percentile` field.
    #[serde(default)]
    pub percentile: super::Percentile,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `PercentileStatisticSpecKind` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum PercentileStatisticSpecKind {
        /// `percentile`
        Percentile = "percentile",
    }
}

impl Default for PercentileStatisticSpecKind {
    fn default() -> Self {
        PercentileStatisticSpecKind::Other(String::new())
    }
}

/// Typed run→optimization back-ref, derived at read from the optimization\_run link.
///
/// Not stored on the run (single source of truth = optimization\_run); lets a run row show
/// its optimization (id + name) without an extra request per run.
///
/// Generated from schema `RunOptimizationRef` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunOptimizationRef {
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `optimization_id` field.
    #[serde(default)]
    pub optimization_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A single scalar computed run-level statistic: its canonical id and numeric value.
///
/// ``value`` is ``None`` when the statistic is not evaluable (e.g. a ``sum`` or percentile over an
/// empty numeric sample). A declared ``count`` is always evaluable and is ``0`` on an empty sample.
///
/// The ``type`` discriminator lets future result shapes (e.g. a categorical ``categories`` or a
/// ``distribution``) join a union without overloading this model; consumers dispatch on ``type``.
///
/// Generated from schema `ScalarStatisticValue` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScalarStatisticValue {
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The API's default: `"scalar"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ScalarStatisticValueType>,
    /// The `value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `ScalarStatisticValueType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ScalarStatisticValueType {
        /// `scalar`
        Scalar = "scalar",
    }
}

impl Default for ScalarStatisticValueType {
    fn default() -> Self {
        ScalarStatisticValueType::Other(String::new())
    }
}

/// A scalar numeric reduction with no parameters (``avg``/``sum``/``min``/``max``/``std``/``count``).
///
/// Generated from schema `SimpleNumericStatisticSpec` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SimpleNumericStatisticSpec {
    /// The `goal` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<super::GoalSpec>,
    /// The `kind` field.
    #[serde(default)]
    pub kind: super::SimpleNumericStatisticSpecKind,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `SimpleNumericStatisticSpecKind` object.
    ///
    /// Generated from schema `SimpleNumericStatisticSpecKind` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum SimpleNumericStatisticSpecKind {
        /// `avg`
        Avg = "avg",
        /// `sum`
        Sum = "sum",
        /// `min`
        Min = "min",
        /// `max`
        Max = "max",
        /// `std`
        Std = "std",
        /// `count`
        Count = "count",
    }
}

impl Default for SimpleNumericStatisticSpecKind {
    fn default() -> Self {
        SimpleNumericStatisticSpecKind::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `Statistic` object.
    ///
    /// Generated from schema `Statistic` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Statistic : "kind" {
        /// `kind: avg`
        "avg" => Avg(super::SimpleNumericStatisticSpec),
        /// `kind: count`
        "count" => Count(super::SimpleNumericStatisticSpec),
        /// `kind: max`
        "max" => Max(super::SimpleNumericStatisticSpec),
        /// `kind: min`
        "min" => Min(super::SimpleNumericStatisticSpec),
        /// `kind: std`
        "std" => Std(super::SimpleNumericStatisticSpec),
        /// `kind: sum`
        "sum" => Sum(super::SimpleNumericStatisticSpec),
        /// `kind: f1`
        "f1" => F1(super::ClassificationStatisticSpec),
        /// `kind: precision`
        "precision" => Precision(super::ClassificationStatisticSpec),
        /// `kind: recall`
        "recall" => Recall(super::ClassificationStatisticSpec),
        /// `kind: percentile`
        "percentile" => Percentile(super::PercentileStatisticSpec),
    }
}

/// SystemV2
///
/// Generated from schema `SystemV2` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SystemV2 {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The API's default: `"custom"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `params` field.
    #[serde(default)]
    pub params: std::collections::BTreeMap<String, super::Params>,
    /// The `spec` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spec: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UnsupportedStatistics
///
/// Generated from schema `UnsupportedStatistics` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnsupportedStatistics {
    /// The `count` field.
    #[serde(default)]
    pub count: i64,
    /// The API's default: `"unsupported"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::UnsupportedStatisticsType>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `UnsupportedStatisticsType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum UnsupportedStatisticsType {
        /// `unsupported`
        Unsupported = "unsupported",
    }
}

impl Default for UnsupportedStatisticsType {
    fn default() -> Self {
        UnsupportedStatisticsType::Other(String::new())
    }
}

/// The query parameters of `client.observability().evaluations().optimizations().list`: `GET /v1/observability/optimizations` (`list_optimizations_v1_observability_optimizations_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityEvaluationsOptimizationsListQuery`], from [`ObservabilityEvaluationsOptimizationsListQuery::builder`]."
    )
)]
pub struct ObservabilityEvaluationsOptimizationsListQuery {
    /// Filter by project slug
    #[builder(via_mutators, mutators(
        /// Sets `project`.
        pub fn project(&mut self, v: impl Into<String>) {
            self.project = Some(v.into());
        }
        /// Sets `project` from an `Option` (`None` leaves it unset).
        pub fn maybe_project(&mut self, v: Option<impl Into<String>>) {
            self.project = v.map(Into::into);
        }
    ))]
    pub project: Option<String>,
    /// Filter by evaluation slug
    #[builder(via_mutators, mutators(
        /// Sets `evaluation`.
        pub fn evaluation(&mut self, v: impl Into<String>) {
            self.evaluation = Some(v.into());
        }
        /// Sets `evaluation` from an `Option` (`None` leaves it unset).
        pub fn maybe_evaluation(&mut self, v: Option<impl Into<String>>) {
            self.evaluation = v.map(Into::into);
        }
    ))]
    pub evaluation: Option<String>,
    /// Filter by lifecycle status
    #[builder(via_mutators, mutators(
        /// Sets `status`.
        pub fn status(&mut self, v: impl Into<String>) {
            self.status = Some(v.into());
        }
        /// Sets `status` from an `Option` (`None` leaves it unset).
        pub fn maybe_status(&mut self, v: Option<impl Into<String>>) {
            self.status = v.map(Into::into);
        }
    ))]
    pub status: Option<String>,
    /// Filter by algorithm
    #[builder(via_mutators, mutators(
        /// Sets `algorithm`.
        pub fn algorithm(&mut self, v: impl Into<String>) {
            self.algorithm = Some(v.into());
        }
        /// Sets `algorithm` from an `Option` (`None` leaves it unset).
        pub fn maybe_algorithm(&mut self, v: Option<impl Into<String>>) {
            self.algorithm = v.map(Into::into);
        }
    ))]
    pub algorithm: Option<String>,
    /// Filter by tags
    #[builder(via_mutators, mutators(
        /// Sets `tags`.
        pub fn tags(&mut self, v: impl Into<Vec<String>>) {
            self.tags = Some(v.into());
        }
        /// Sets `tags` from an `Option` (`None` leaves it unset).
        pub fn maybe_tags(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.tags = v.map(Into::into);
        }
    ))]
    pub tags: Option<Vec<String>>,
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

impl ObservabilityEvaluationsOptimizationsListQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.project, &mut q, "project");
        crate::generated::QueryValue::push_to(&self.evaluation, &mut q, "evaluation");
        crate::generated::QueryValue::push_to(&self.status, &mut q, "status");
        crate::generated::QueryValue::push_to(&self.algorithm, &mut q, "algorithm");
        crate::generated::QueryValue::push_to(&self.tags, &mut q, "tags");
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

/// The query parameters of `client.observability().evaluations().optimizations().list_trials`: `GET /v1/observability/optimizations/{optimization_id}/trials` (`list_optimization_trials_v1_observability_optimizations__optimization_id__trials_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityEvaluationsOptimizationsListTrialsQuery`], from [`ObservabilityEvaluationsOptimizationsListTrialsQuery::builder`]."
    )
)]
pub struct ObservabilityEvaluationsOptimizationsListTrialsQuery {
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

impl ObservabilityEvaluationsOptimizationsListTrialsQuery {
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
