// generated from the spec by `cargo xtask codegen`: do not edit

/// CreateIngestionPipelineConfigurationRequest
///
/// Generated from schema `CreateIngestionPipelineConfigurationRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateIngestionPipelineConfigurationRequest`], from [`CreateIngestionPipelineConfigurationRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateIngestionPipelineConfigurationRequest {
    /// Name
    #[builder(setter(into))]
    pub name: String,
    /// Pipeline Composition
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `pipeline_composition`.
        pub fn pipeline_composition(&mut self, v: impl Into<std::collections::BTreeMap<String, String>>) {
            self.pipeline_composition = Some(v.into());
        }
        /// Sets `pipeline_composition` from an `Option` (`None` leaves it unset).
        pub fn maybe_pipeline_composition(&mut self, v: Option<impl Into<std::collections::BTreeMap<String, String>>>) {
            self.pipeline_composition = v.map(Into::into);
        }
    ))]
    pub pipeline_composition: Option<std::collections::BTreeMap<String, String>>,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `target_indexes`.
        pub fn target_indexes(&mut self, v: impl Into<Vec<super::IngestionPipelineTargetIndexRef>>) {
            self.target_indexes = Some(v.into());
        }
        /// Sets `target_indexes` from an `Option` (`None` leaves it unset).
        pub fn maybe_target_indexes(&mut self, v: Option<impl Into<Vec<super::IngestionPipelineTargetIndexRef>>>) {
            self.target_indexes = v.map(Into::into);
        }
    ))]
    pub target_indexes: Option<Vec<super::IngestionPipelineTargetIndexRef>>,
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

impl CreateIngestionPipelineConfigurationRequest {
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
        if let Some(v) = &self.target_indexes {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}target_indexes[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["name", "pipeline_composition", "target_indexes"]);
        }
    }
}

impl crate::ApiRequest for CreateIngestionPipelineConfigurationRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// IngestionPipelineConfiguration
///
/// Generated from schema `IngestionPipelineConfiguration` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IngestionPipelineConfiguration {
    /// Author Id
    #[serde(default)]
    pub author_id: String,
    /// Created At
    #[serde(default)]
    pub created_at: String,
    /// Id
    #[serde(default)]
    pub id: String,
    /// Last Run Chunks Count
    #[serde(default)]
    pub last_run_chunks_count: i64,
    /// Last Run Time
    #[serde(default)]
    pub last_run_time: Option<String>,
    /// Modified At
    #[serde(default)]
    pub modified_at: String,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Pipeline Composition
    #[serde(default)]
    pub pipeline_composition: Option<std::collections::BTreeMap<String, String>>,
    /// Total Chunks Count
    #[serde(default)]
    pub total_chunks_count: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `IngestionPipelineTargetIndexRef` object.
///
/// Generated from schema `IngestionPipelineTargetIndexRef` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`IngestionPipelineTargetIndexRef`], from [`IngestionPipelineTargetIndexRef::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct IngestionPipelineTargetIndexRef {
    /// The `name` field.
    #[builder(setter(into))]
    pub name: String,
    /// The API's default: `"vespa"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `type`.
        pub fn r#type(&mut self, v: impl Into<String>) {
            self.r#type = Some(v.into());
        }
        /// Sets `type` from an `Option` (`None` leaves it unset).
        pub fn maybe_type(&mut self, v: Option<impl Into<String>>) {
            self.r#type = v.map(Into::into);
        }
    ))]
    pub r#type: Option<String>,
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

impl IngestionPipelineTargetIndexRef {
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
            c.extra(&self.extra, &["name", "type"]);
        }
    }
}

impl crate::ApiRequest for IngestionPipelineTargetIndexRef {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// UpdateRunInfo
///
/// Generated from schema `UpdateRunInfo` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateRunInfo`], from [`UpdateRunInfo::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateRunInfo {
    /// Chunks Count
    #[builder(setter(into))]
    pub chunks_count: i64,
    /// Execution Time
    #[builder(setter(into))]
    pub execution_time: String,
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

impl UpdateRunInfo {
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
            let v = &self.chunks_count;
            if (*v as f64) < 0.0 {
                c.push(
                    format!("{at}chunks_count"),
                    format!("{} is out of range: must be at least 0", v),
                );
            }
            if (*v as f64) > 2147483647.0 {
                c.push(
                    format!("{at}chunks_count"),
                    format!("{} is out of range: must be at most 2147483647", v),
                );
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["chunks_count", "execution_time"]);
        }
    }
}

impl crate::ApiRequest for UpdateRunInfo {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}
