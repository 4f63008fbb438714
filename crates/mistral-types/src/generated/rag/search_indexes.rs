// generated from the spec by `cargo xtask codegen`: do not edit

/// GetDeploymentSummariesResponse
///
/// Generated from schema `GetDeploymentSummariesResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetDeploymentSummariesResponse {
    /// Deployments
    #[serde(default)]
    pub deployments: Vec<super::GetDeploymentSummariesResponseDeployment>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetDeploymentSummariesResponseDeployment
///
/// Generated from schema `GetDeploymentSummariesResponseDeployment` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetDeploymentSummariesResponseDeployment {
    /// Created At
    #[serde(default)]
    pub created_at: String,
    /// Creator Id
    #[serde(default)]
    pub creator_id: String,
    /// Deployment
    #[serde(default)]
    pub deployment: super::GetDeploymentSummariesResponseVespaDeployment,
    /// Document Count
    #[serde(default)]
    pub document_count: i64,
    /// Id
    #[serde(default)]
    pub id: String,
    /// Modified At
    #[serde(default)]
    pub modified_at: String,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Status
    #[serde(default)]
    pub status: super::GetDeploymentSummariesResponseDeploymentStatus,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// Status
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum GetDeploymentSummariesResponseDeploymentStatus {
        /// `online`
        Online = "online",
        /// `offline`
        Offline = "offline",
    }
}

impl Default for GetDeploymentSummariesResponseDeploymentStatus {
    fn default() -> Self {
        GetDeploymentSummariesResponseDeploymentStatus::Other(String::new())
    }
}

/// GetDeploymentSummariesResponseVespaDeployment
///
/// Generated from schema `GetDeploymentSummariesResponseVespaDeployment` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetDeploymentSummariesResponseVespaDeployment {
    /// Indexes
    #[serde(default)]
    pub indexes: Vec<super::GetDeploymentSummariesResponseVespaIndex>,
    /// Type
    ///
    /// The API's default: `"vespa"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GetDeploymentSummariesResponseVespaIndex
///
/// Generated from schema `GetDeploymentSummariesResponseVespaIndex` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetDeploymentSummariesResponseVespaIndex {
    /// Document Count
    #[serde(default)]
    pub document_count: Option<i64>,
    /// Id
    #[serde(default)]
    pub id: String,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Metrics Data
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum RagSearchIndexesUpdateIndexMetricsRequest {
    /// One of the shapes the spec allows.
    UpdateMetricsRequestDeploymentMetricsOnline(super::UpdateMetricsRequestDeploymentMetricsOnline),
    /// One of the shapes the spec allows.
    UpdateMetricsRequestDeploymentMetricsOffline(super::UpdateMetricsRequestDeploymentMetricsOffline),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for RagSearchIndexesUpdateIndexMetricsRequest {
    fn default() -> Self {
        RagSearchIndexesUpdateIndexMetricsRequest::Other(serde_json::Value::Null)
    }
}

/// RegisterDeploymentRequestDeployment
///
/// Generated from schema `RegisterDeploymentRequestDeployment` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`RegisterDeploymentRequestDeployment`], from [`RegisterDeploymentRequestDeployment::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct RegisterDeploymentRequestDeployment {
    /// Deployment
    #[builder(setter(into))]
    pub deployment: super::RegisterDeploymentRequestVespaDeployment,
    /// Name
    #[builder(setter(into))]
    pub name: String,
    /// Status
    ///
    /// The API's default: `"offline"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `status`.
        pub fn status(&mut self, v: impl Into<super::RegisterDeploymentRequestDeploymentStatus>) {
            self.status = Some(v.into());
        }
        /// Sets `status` from an `Option` (`None` leaves it unset).
        pub fn maybe_status(&mut self, v: Option<impl Into<super::RegisterDeploymentRequestDeploymentStatus>>) {
            self.status = v.map(Into::into);
        }
    ))]
    pub status: Option<super::RegisterDeploymentRequestDeploymentStatus>,
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

impl RegisterDeploymentRequestDeployment {
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
            let v = &self.deployment;
            v.check_into(c, &format!("{at}deployment."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["deployment", "name", "status"]);
        }
    }
}

impl crate::ApiRequest for RegisterDeploymentRequestDeployment {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// Status
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum RegisterDeploymentRequestDeploymentStatus {
        /// `online`
        Online = "online",
        /// `offline`
        Offline = "offline",
    }
}

impl Default for RegisterDeploymentRequestDeploymentStatus {
    fn default() -> Self {
        RegisterDeploymentRequestDeploymentStatus::Other(String::new())
    }
}

/// RegisterDeploymentRequestVespaDeployment
///
/// Generated from schema `RegisterDeploymentRequestVespaDeployment` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`RegisterDeploymentRequestVespaDeployment`], from [`RegisterDeploymentRequestVespaDeployment::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct RegisterDeploymentRequestVespaDeployment {
    /// Indexes
    #[builder(setter(into))]
    pub indexes: Vec<super::RegisterDeploymentRequestVespaIndex>,
    /// Query Url
    #[builder(setter(into))]
    pub query_url: String,
    /// Type
    ///
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
    /// Vespa Version
    #[builder(setter(into))]
    pub vespa_version: String,
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

impl RegisterDeploymentRequestVespaDeployment {
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
            let v = &self.indexes;
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}indexes[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["indexes", "query_url", "type", "vespa_version"]);
        }
    }
}

impl crate::ApiRequest for RegisterDeploymentRequestVespaDeployment {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// RegisterDeploymentRequestVespaField
///
/// Generated from schema `RegisterDeploymentRequestVespaField` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`RegisterDeploymentRequestVespaField`], from [`RegisterDeploymentRequestVespaField::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct RegisterDeploymentRequestVespaField {
    /// The `index_type` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub index_type: Option<super::SchemaFieldIndex>,
    /// Multidimensional
    #[builder(setter(into))]
    pub multidimensional: bool,
    /// Name
    #[builder(setter(into))]
    pub name: String,
    /// The `ranking` field.
    #[builder(setter(into))]
    pub ranking: super::SchemaFieldRankingType,
    /// The `storage` field.
    #[builder(setter(into))]
    pub storage: super::SchemaFieldStorage,
    /// The `type` field.
    #[builder(setter(into))]
    pub r#type: super::SchemaFieldDataType,
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

impl RegisterDeploymentRequestVespaField {
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
                &[
                    "index_type",
                    "multidimensional",
                    "name",
                    "ranking",
                    "storage",
                    "type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for RegisterDeploymentRequestVespaField {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// RegisterDeploymentRequestVespaIndex
///
/// Generated from schema `RegisterDeploymentRequestVespaIndex` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`RegisterDeploymentRequestVespaIndex`], from [`RegisterDeploymentRequestVespaIndex::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct RegisterDeploymentRequestVespaIndex {
    /// Fields
    #[builder(setter(into))]
    pub fields: Vec<super::RegisterDeploymentRequestVespaField>,
    /// Name
    #[builder(setter(into))]
    pub name: String,
    /// Sd
    #[builder(setter(into))]
    pub sd: String,
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

impl RegisterDeploymentRequestVespaIndex {
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
            let v = &self.fields;
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}fields[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["fields", "name", "sd"]);
        }
    }
}

impl crate::ApiRequest for RegisterDeploymentRequestVespaIndex {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// RegisterSearchIndexResponseIndex
///
/// Generated from schema `RegisterSearchIndexResponseIndex` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RegisterSearchIndexResponseIndex {
    /// Id
    #[serde(default)]
    pub id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// SchemaFieldDataType
    ///
    /// Generated from schema `SchemaFieldDataType` of the published spec (`spec/mistral-openapi.json`).
    pub enum SchemaFieldDataType {
        /// `int`
        Int = "int",
        /// `bool`
        Bool = "bool",
        /// `string`
        String = "string",
        /// `embedding`
        Embedding = "embedding",
        /// `long`
        Long = "long",
        /// `float`
        Float = "float",
    }
}

impl Default for SchemaFieldDataType {
    fn default() -> Self {
        SchemaFieldDataType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// SchemaFieldIndex
    ///
    /// Generated from schema `SchemaFieldIndex` of the published spec (`spec/mistral-openapi.json`).
    pub enum SchemaFieldIndex {
        /// `ann`
        Ann = "ann",
        /// `bm25`
        Bm25 = "bm25",
        /// `attribute`
        Attribute = "attribute",
    }
}

impl Default for SchemaFieldIndex {
    fn default() -> Self {
        SchemaFieldIndex::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// SchemaFieldRankingType
    ///
    /// Generated from schema `SchemaFieldRankingType` of the published spec (`spec/mistral-openapi.json`).
    pub enum SchemaFieldRankingType {
        /// `count`
        Count = "count",
        /// `embedding`
        Embedding = "embedding",
        /// `timestamp`
        Timestamp = "timestamp",
        /// `text`
        Text = "text",
        /// `string`
        String = "string",
        /// `bool`
        Bool = "bool",
        /// `int`
        Int = "int",
        /// `language`
        Language = "language",
    }
}

impl Default for SchemaFieldRankingType {
    fn default() -> Self {
        SchemaFieldRankingType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// SchemaFieldStorage
    ///
    /// Generated from schema `SchemaFieldStorage` of the published spec (`spec/mistral-openapi.json`).
    pub enum SchemaFieldStorage {
        /// `in_memory`
        InMemory = "in_memory",
        /// `on_disk`
        OnDisk = "on_disk",
    }
}

impl Default for SchemaFieldStorage {
    fn default() -> Self {
        SchemaFieldStorage::Other(String::new())
    }
}

/// UpdateMetricsRequestDeploymentMetricsOffline
///
/// Generated from schema `UpdateMetricsRequestDeploymentMetricsOffline` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateMetricsRequestDeploymentMetricsOffline`], from [`UpdateMetricsRequestDeploymentMetricsOffline::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateMetricsRequestDeploymentMetricsOffline {
    /// Clear Metrics
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `clear_metrics`.
        pub fn clear_metrics(&mut self, v: impl Into<bool>) {
            self.clear_metrics = Some(v.into());
        }
        /// Sets `clear_metrics` from an `Option` (`None` leaves it unset).
        pub fn maybe_clear_metrics(&mut self, v: Option<impl Into<bool>>) {
            self.clear_metrics = v.map(Into::into);
        }
    ))]
    pub clear_metrics: Option<bool>,
    /// Status
    #[builder(default = String::from("offline"), setter(into))]
    pub status: String,
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

impl UpdateMetricsRequestDeploymentMetricsOffline {
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
            c.extra(&self.extra, &["clear_metrics", "status"]);
        }
    }
}

impl crate::ApiRequest for UpdateMetricsRequestDeploymentMetricsOffline {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// UpdateMetricsRequestDeploymentMetricsOnline
///
/// Generated from schema `UpdateMetricsRequestDeploymentMetricsOnline` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateMetricsRequestDeploymentMetricsOnline`], from [`UpdateMetricsRequestDeploymentMetricsOnline::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateMetricsRequestDeploymentMetricsOnline {
    /// Document Count
    #[builder(setter(into))]
    pub document_count: i64,
    /// Index Metrics
    #[builder(setter(into))]
    pub index_metrics: Vec<super::UpdateMetricsRequestIndexMetrics>,
    /// Status
    #[builder(default = String::from("online"), setter(into))]
    pub status: String,
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

impl UpdateMetricsRequestDeploymentMetricsOnline {
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
            let v = &self.index_metrics;
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}index_metrics[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["document_count", "index_metrics", "status"]);
        }
    }
}

impl crate::ApiRequest for UpdateMetricsRequestDeploymentMetricsOnline {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// UpdateMetricsRequestIndexMetrics
///
/// Generated from schema `UpdateMetricsRequestIndexMetrics` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateMetricsRequestIndexMetrics`], from [`UpdateMetricsRequestIndexMetrics::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateMetricsRequestIndexMetrics {
    /// Document Count
    #[builder(setter(into))]
    pub document_count: i64,
    /// Name
    #[builder(setter(into))]
    pub name: String,
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

impl UpdateMetricsRequestIndexMetrics {
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
            c.extra(&self.extra, &["document_count", "name"]);
        }
    }
}

impl crate::ApiRequest for UpdateMetricsRequestIndexMetrics {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}
