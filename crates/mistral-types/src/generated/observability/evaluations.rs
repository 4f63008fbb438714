// generated from the spec by `cargo xtask codegen`: do not edit

/// AttributeHashSampling
///
/// Generated from schema `AttributeHashSampling` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AttributeHashSampling`], from [`AttributeHashSampling::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AttributeHashSampling {
    /// The `attribute` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub attribute: String,
    /// The `percentage` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub percentage: f64,
    /// The API's default: `"attribute_hash"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::AttributeHashSamplingType,
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

impl AttributeHashSampling {
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
            c.extra(&self.extra, &["attribute", "percentage", "type"]);
        }
    }
}

impl crate::ApiRequest for AttributeHashSampling {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `AttributeHashSamplingType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum AttributeHashSamplingType {
        /// `attribute_hash`
        AttributeHash = "attribute_hash",
    }
}

impl Default for AttributeHashSamplingType {
    fn default() -> Self {
        AttributeHashSamplingType::Other(String::new())
    }
}

/// CreatePipelineRequest
///
/// Generated from schema `CreatePipelineRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreatePipelineRequest`], from [`CreatePipelineRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreatePipelineRequest {
    /// The `definitions` field.
    #[builder(setter(into))]
    pub definitions: Vec<super::LlmJudgeReference>,
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `description`.
        pub fn description(&mut self, v: impl Into<String>) {
            self.description = Some(v.into());
        }
        /// Sets `description` from an `Option` (`None` leaves it unset).
        pub fn maybe_description(&mut self, v: Option<impl Into<String>>) {
            self.description = v.map(Into::into);
        }
    ))]
    pub description: Option<String>,
    /// The API's default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `enabled`.
        pub fn enabled(&mut self, v: impl Into<bool>) {
            self.enabled = Some(v.into());
        }
        /// Sets `enabled` from an `Option` (`None` leaves it unset).
        pub fn maybe_enabled(&mut self, v: Option<impl Into<bool>>) {
            self.enabled = v.map(Into::into);
        }
    ))]
    pub enabled: Option<bool>,
    /// The `name` field.
    #[builder(setter(into))]
    pub name: String,
    /// The `selectors` field.
    #[builder(setter(into))]
    pub selectors: Vec<super::PipelineConfigSelector>,
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

impl CreatePipelineRequest {
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
        {
            let v = &self.definitions;
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}definitions[{i}]."));
            }
        }
        {
            let v = &self.selectors;
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}selectors[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &["definitions", "description", "enabled", "name", "selectors"],
            );
        }
    }
}

impl crate::ApiRequest for CreatePipelineRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// DetectionDefinitionV1
///
/// Generated from schema `DetectionDefinitionV1` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DetectionDefinitionV1 {
    /// The `patterns` field.
    #[serde(default)]
    pub patterns: Vec<super::DetectionPattern>,
    /// The `target_attributes` field.
    #[serde(default)]
    pub target_attributes: Vec<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DetectionPattern
///
/// Generated from schema `DetectionPattern` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DetectionPattern {
    /// The `category` field.
    #[serde(default)]
    pub category: String,
    /// The `confidence` field.
    #[serde(default)]
    pub confidence: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `regex` field.
    #[serde(default)]
    pub regex: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// EvaluationBooleanResultSpec
///
/// Generated from schema `EvaluationBooleanResultSpec` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EvaluationBooleanResultSpec {
    /// The API's default: `"boolean"`.
    #[serde(default)]
    pub r#type: super::EvaluationBooleanResultSpecType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `EvaluationBooleanResultSpecType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum EvaluationBooleanResultSpecType {
        /// `boolean`
        Boolean = "boolean",
    }
}

impl Default for EvaluationBooleanResultSpecType {
    fn default() -> Self {
        EvaluationBooleanResultSpecType::Other(String::new())
    }
}

/// EvaluationCategoricalResultSpec
///
/// Generated from schema `EvaluationCategoricalResultSpec` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EvaluationCategoricalResultSpec {
    /// The `labels` field.
    #[serde(default)]
    pub labels: Vec<String>,
    /// The API's default: `"categorical"`.
    #[serde(default)]
    pub r#type: super::EvaluationCategoricalResultSpecType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `EvaluationCategoricalResultSpecType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum EvaluationCategoricalResultSpecType {
        /// `categorical`
        Categorical = "categorical",
    }
}

impl Default for EvaluationCategoricalResultSpecType {
    fn default() -> Self {
        EvaluationCategoricalResultSpecType::Other(String::new())
    }
}

/// EvaluationNumericResultSpec
///
/// Generated from schema `EvaluationNumericResultSpec` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EvaluationNumericResultSpec {
    /// The `max` field.
    #[serde(default)]
    pub max: f64,
    /// The `min` field.
    #[serde(default)]
    pub min: f64,
    /// The API's default: `"numeric"`.
    #[serde(default)]
    pub r#type: super::EvaluationNumericResultSpecType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `EvaluationNumericResultSpecType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum EvaluationNumericResultSpecType {
        /// `numeric`
        Numeric = "numeric",
    }
}

impl Default for EvaluationNumericResultSpecType {
    fn default() -> Self {
        EvaluationNumericResultSpecType::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `EvaluationResultSpec` object.
    ///
    /// Generated from schema `EvaluationResultSpec` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum EvaluationResultSpec : "type" {
        /// `type: boolean`
        "boolean" => Boolean(super::EvaluationBooleanResultSpec),
        /// `type: categorical`
        "categorical" => Categorical(super::EvaluationCategoricalResultSpec),
        /// `type: numeric`
        "numeric" => Numeric(super::EvaluationNumericResultSpec),
    }
}

/// EvaluationV2
///
/// Generated from schema `EvaluationV2` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EvaluationV2 {
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
    #[serde(default)]
    pub description: Option<String>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_favorite: Option<bool>,
    /// The `metadata_` field.
    #[serde(rename = "metadata_", default)]
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `project_id` field.
    #[serde(default)]
    pub project_id: String,
    /// The `slug` field.
    #[serde(default)]
    pub slug: String,
    /// The `tags` field.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// The `workspace_id` field.
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// EvaluationsV2
///
/// Generated from schema `EvaluationsV2` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EvaluationsV2 {
    /// The `evaluations` field.
    #[serde(default)]
    pub evaluations: super::PaginatedResultEvaluationV2,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ExportDefinitionV1
///
/// Generated from schema `ExportDefinitionV1` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportDefinitionV1 {
    /// The `destination` field.
    #[serde(default)]
    pub destination: super::OtlpDestination,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The fully materialized LLM judge behavior stored in a pipeline config.
///
/// Generated from schema `JudgeDefinitionV1` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JudgeDefinitionV1 {
    /// The `mapping` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mapping: Option<std::collections::BTreeMap<String, String>>,
    /// The `max_tokens` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<i64>,
    /// The `model` field.
    #[serde(default)]
    pub model: String,
    /// The `prompt` field.
    #[serde(default)]
    pub prompt: String,
    /// The `random_seed` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub random_seed: Option<i64>,
    /// The `result_spec` field.
    #[serde(default)]
    pub result_spec: super::EvaluationResultSpec,
    /// The `temperature` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// The `top_p` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// The API's default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_cache: Option<bool>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The scorer selected to build a judge pipeline configuration.
///
/// Generated from schema `LlmJudgeReference` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`LlmJudgeReference`], from [`LlmJudgeReference::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct LlmJudgeReference {
    /// The `mapping` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `mapping`.
        pub fn mapping(&mut self, v: impl Into<std::collections::BTreeMap<String, String>>) {
            self.mapping = Some(v.into());
        }
        /// Sets `mapping` from an `Option` (`None` leaves it unset).
        pub fn maybe_mapping(&mut self, v: Option<impl Into<std::collections::BTreeMap<String, String>>>) {
            self.mapping = v.map(Into::into);
        }
    ))]
    pub mapping: Option<std::collections::BTreeMap<String, String>>,
    /// The `sampling` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `sampling`.
        pub fn sampling(&mut self, v: impl Into<super::PipelineConfigSampling>) {
            self.sampling = Some(v.into());
        }
        /// Sets `sampling` from an `Option` (`None` leaves it unset).
        pub fn maybe_sampling(&mut self, v: Option<impl Into<super::PipelineConfigSampling>>) {
            self.sampling = v.map(Into::into);
        }
    ))]
    pub sampling: Option<super::PipelineConfigSampling>,
    /// The `slug` field.
    #[builder(setter(into))]
    pub slug: String,
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

impl LlmJudgeReference {
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
            c.extra(&self.extra, &["mapping", "sampling", "slug"]);
        }
    }
}

impl crate::ApiRequest for LlmJudgeReference {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ModerationDefinitionV1
///
/// Generated from schema `ModerationDefinitionV1` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ModerationDefinitionV1 {
    /// The API's default: `"mistral-moderation-latest"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The `target_attributes` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_attributes: Option<Vec<String>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// OTLPDestination
///
/// Generated from schema `OTLPDestination` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OtlpDestination {
    /// The `endpoint` field.
    #[serde(default)]
    pub endpoint: String,
    /// The `headers` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<std::collections::BTreeMap<String, super::PipelineConfigHeader>>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insecure: Option<bool>,
    /// The `protocol` field.
    #[serde(default)]
    pub protocol: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PaginatedResultEvaluationV2
///
/// Generated from schema `PaginatedResultEvaluationV2` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultEvaluationV2 {
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
    pub results: Option<Vec<super::EvaluationV2>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PaginatedResultPipeline
///
/// Generated from schema `PaginatedResultPipeline` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultPipeline {
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
    pub results: Option<Vec<super::Pipeline>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Pipeline response schema. Pipelines are hard-deleted — no deleted\_at field.
///
/// Generated from schema `Pipeline` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pipeline {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `creator_id` field.
    #[serde(default)]
    pub creator_id: Option<String>,
    /// The `description` field.
    #[serde(default)]
    pub description: Option<String>,
    /// The `enabled` field.
    #[serde(default)]
    pub enabled: bool,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `pipeline_configs` field.
    #[serde(default)]
    pub pipeline_configs: Vec<super::PipelineConfig>,
    /// The `selectors` field.
    #[serde(default)]
    pub selectors: Vec<super::PipelineConfigSelector>,
    /// The `slug` field.
    #[serde(default)]
    pub slug: String,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// The `workspace_id` field.
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PipelineConfig
///
/// Generated from schema `PipelineConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PipelineConfig {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `definition` field.
    #[serde(default)]
    pub definition: super::PipelineConfigDefinition,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `enabled` field.
    #[serde(default)]
    pub enabled: bool,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `pipeline_kind` field.
    #[serde(default)]
    pub pipeline_kind: super::PipelineKind,
    /// The `sampling` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampling: Option<super::PipelineConfigSampling>,
    /// The `scope` field.
    #[serde(default)]
    pub scope: super::PipelineConfigScope,
    /// The `scorer_slug` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scorer_slug: Option<String>,
    /// The `scorer_version` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scorer_version: Option<i64>,
    /// The `selectors` field.
    #[serde(default)]
    pub selectors: Vec<super::PipelineConfigSelector>,
    /// The `slug` field.
    #[serde(default)]
    pub slug: String,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// The `workspace_id` field.
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `PipelineConfigDefinition` object.
///
/// Generated from schema `PipelineConfigDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum PipelineConfigDefinition {
    /// One of the shapes the spec allows.
    ExportDefinitionV1(super::ExportDefinitionV1),
    /// One of the shapes the spec allows.
    DetectionDefinitionV1(super::DetectionDefinitionV1),
    /// One of the shapes the spec allows.
    ModerationDefinitionV1(super::ModerationDefinitionV1),
    /// One of the shapes the spec allows.
    JudgeDefinitionV1(super::JudgeDefinitionV1),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for PipelineConfigDefinition {
    fn default() -> Self {
        PipelineConfigDefinition::Other(serde_json::Value::Null)
    }
}

/// PipelineConfigHeader
///
/// Generated from schema `PipelineConfigHeader` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PipelineConfigHeader {
    /// The `value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::generated::spec_union! {
    /// The `PipelineConfigSampling` object.
    ///
    /// Generated from schema `PipelineConfigSampling` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum PipelineConfigSampling : "type" {
        /// `type: attribute_hash`
        "attribute_hash" => AttributeHash(super::AttributeHashSampling),
        /// `type: probabilistic`
        "probabilistic" => Probabilistic(super::ProbabilisticSampling),
    }
}

crate::macros::string_enum! {
    /// The `PipelineConfigScope` object.
    ///
    /// Generated from schema `PipelineConfigScope` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum PipelineConfigScope {
        /// `workspace`
        Workspace = "workspace",
        /// `shared`
        Shared = "shared",
    }
}

impl Default for PipelineConfigScope {
    fn default() -> Self {
        PipelineConfigScope::Other(String::new())
    }
}

/// PipelineConfigSelector
///
/// Generated from schema `PipelineConfigSelector` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`PipelineConfigSelector`], from [`PipelineConfigSelector::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct PipelineConfigSelector {
    /// The `filter` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filter`.
        pub fn filter(&mut self, v: impl Into<String>) {
            self.filter = Some(v.into());
        }
        /// Sets `filter` from an `Option` (`None` leaves it unset).
        pub fn maybe_filter(&mut self, v: Option<impl Into<String>>) {
            self.filter = v.map(Into::into);
        }
    ))]
    pub filter: Option<String>,
    /// The `source_kind` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub source_kind: super::SourceKind,
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

impl PipelineConfigSelector {
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
            c.extra(&self.extra, &["filter", "source_kind"]);
        }
    }
}

impl crate::ApiRequest for PipelineConfigSelector {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `PipelineKind` object.
    ///
    /// Generated from schema `PipelineKind` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum PipelineKind {
        /// `detection-v1`
        DetectionV1 = "detection-v1",
        /// `moderation-v1`
        ModerationV1 = "moderation-v1",
        /// `judge-v1`
        JudgeV1 = "judge-v1",
        /// `export-v1`
        ExportV1 = "export-v1",
    }
}

impl Default for PipelineKind {
    fn default() -> Self {
        PipelineKind::Other(String::new())
    }
}

/// PipelinesResponse
///
/// Generated from schema `PipelinesResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PipelinesResponse {
    /// The `pipelines` field.
    #[serde(default)]
    pub pipelines: super::PaginatedResultPipeline,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ProbabilisticSampling
///
/// Generated from schema `ProbabilisticSampling` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ProbabilisticSampling`], from [`ProbabilisticSampling::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ProbabilisticSampling {
    /// The `percentage` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub percentage: f64,
    /// The API's default: `"probabilistic"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::ProbabilisticSamplingType,
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

impl ProbabilisticSampling {
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
            c.extra(&self.extra, &["percentage", "type"]);
        }
    }
}

impl crate::ApiRequest for ProbabilisticSampling {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `ProbabilisticSamplingType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ProbabilisticSamplingType {
        /// `probabilistic`
        Probabilistic = "probabilistic",
    }
}

impl Default for ProbabilisticSamplingType {
    fn default() -> Self {
        ProbabilisticSamplingType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `SourceKind` object.
    ///
    /// Generated from schema `SourceKind` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum SourceKind {
        /// `span`
        Span = "span",
        /// `log`
        Log = "log",
        /// `metric`
        Metric = "metric",
    }
}

impl Default for SourceKind {
    fn default() -> Self {
        SourceKind::Other(String::new())
    }
}

/// UpdatePipelineRequest
///
/// Generated from schema `UpdatePipelineRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdatePipelineRequest`], from [`UpdatePipelineRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdatePipelineRequest {
    /// The `definitions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `definitions`.
        pub fn definitions(&mut self, v: impl Into<Vec<super::LlmJudgeReference>>) {
            self.definitions = Some(v.into());
        }
        /// Sets `definitions` from an `Option` (`None` leaves it unset).
        pub fn maybe_definitions(&mut self, v: Option<impl Into<Vec<super::LlmJudgeReference>>>) {
            self.definitions = v.map(Into::into);
        }
    ))]
    pub definitions: Option<Vec<super::LlmJudgeReference>>,
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `description`.
        pub fn description(&mut self, v: impl Into<String>) {
            self.description = Some(v.into());
        }
        /// Sets `description` from an `Option` (`None` leaves it unset).
        pub fn maybe_description(&mut self, v: Option<impl Into<String>>) {
            self.description = v.map(Into::into);
        }
    ))]
    pub description: Option<String>,
    /// The `enabled` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `enabled`.
        pub fn enabled(&mut self, v: impl Into<bool>) {
            self.enabled = Some(v.into());
        }
        /// Sets `enabled` from an `Option` (`None` leaves it unset).
        pub fn maybe_enabled(&mut self, v: Option<impl Into<bool>>) {
            self.enabled = v.map(Into::into);
        }
    ))]
    pub enabled: Option<bool>,
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `name`.
        pub fn name(&mut self, v: impl Into<String>) {
            self.name = Some(v.into());
        }
        /// Sets `name` from an `Option` (`None` leaves it unset).
        pub fn maybe_name(&mut self, v: Option<impl Into<String>>) {
            self.name = v.map(Into::into);
        }
    ))]
    pub name: Option<String>,
    /// The `selectors` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `selectors`.
        pub fn selectors(&mut self, v: impl Into<Vec<super::PipelineConfigSelector>>) {
            self.selectors = Some(v.into());
        }
        /// Sets `selectors` from an `Option` (`None` leaves it unset).
        pub fn maybe_selectors(&mut self, v: Option<impl Into<Vec<super::PipelineConfigSelector>>>) {
            self.selectors = v.map(Into::into);
        }
    ))]
    pub selectors: Option<Vec<super::PipelineConfigSelector>>,
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

impl UpdatePipelineRequest {
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
        if let Some(v) = &self.definitions {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}definitions[{i}]."));
            }
        }
        if let Some(v) = &self.selectors {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}selectors[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &["definitions", "description", "enabled", "name", "selectors"],
            );
        }
    }
}

impl crate::ApiRequest for UpdatePipelineRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The query parameters of `client.observability().evaluations().list_pipelines`: `GET /v1/observability/pipelines` (`list_pipelines_v1_observability_pipelines_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityEvaluationsListPipelinesQuery`], from [`ObservabilityEvaluationsListPipelinesQuery::builder`]."
    )
)]
pub struct ObservabilityEvaluationsListPipelinesQuery {
    /// The `enabled` field.
    #[builder(via_mutators, mutators(
        /// Sets `enabled`.
        pub fn enabled(&mut self, v: impl Into<bool>) {
            self.enabled = Some(v.into());
        }
        /// Sets `enabled` from an `Option` (`None` leaves it unset).
        pub fn maybe_enabled(&mut self, v: Option<impl Into<bool>>) {
            self.enabled = v.map(Into::into);
        }
    ))]
    pub enabled: Option<bool>,
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
    /// The `q` field.
    #[builder(via_mutators, mutators(
        /// Sets `q`.
        pub fn q(&mut self, v: impl Into<String>) {
            self.q = Some(v.into());
        }
        /// Sets `q` from an `Option` (`None` leaves it unset).
        pub fn maybe_q(&mut self, v: Option<impl Into<String>>) {
            self.q = v.map(Into::into);
        }
    ))]
    pub q: Option<String>,
}

impl ObservabilityEvaluationsListPipelinesQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.enabled, &mut q, "enabled");
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.page, &mut q, "page");
        crate::generated::QueryValue::push_to(&self.q, &mut q, "q");
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

/// The query parameters of `client.observability().evaluations().list`: `GET /v1/observability/projects/{project_slug}/evaluations_v2` (`get_project_evaluations_v2_v1_observability_projects__project_slug__evaluations_v2_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityEvaluationsListQuery`], from [`ObservabilityEvaluationsListQuery::builder`]."
    )
)]
pub struct ObservabilityEvaluationsListQuery {
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

impl ObservabilityEvaluationsListQuery {
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
