// generated from the spec by `cargo xtask codegen`: do not edit

/// AcceptedDocumentResponse
///
/// Generated from schema `AcceptedDocumentResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AcceptedDocumentResponse {
    /// The `chunk_count` field.
    #[serde(default)]
    pub chunk_count: i64,
    /// The `document_id` field.
    #[serde(default)]
    pub document_id: String,
    /// The `position` field.
    #[serde(default)]
    pub position: i64,
    /// The API's default: `"accepted"`.
    #[serde(default)]
    pub status: super::AcceptedDocumentResponseStatus,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `AcceptedDocumentResponseStatus` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum AcceptedDocumentResponseStatus {
        /// `accepted`
        Accepted = "accepted",
    }
}

impl Default for AcceptedDocumentResponseStatus {
    fn default() -> Self {
        AcceptedDocumentResponseStatus::Other(String::new())
    }
}

/// Conjunction: rows must match every sub-filter.
///
/// Generated from schema `And` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`And`], from [`And::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct And {
    /// The `matches` field.
    #[builder(setter(into))]
    pub matches: Vec<super::AndMatchesItem>,
    /// The API's default: `"and"`.
    #[builder(setter(into))]
    pub r#type: super::AndType,
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

impl And {
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
            c.extra(&self.extra, &["matches", "type"]);
        }
    }
}

impl crate::ApiRequest for And {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `AndMatchesItem` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum AndMatchesItem : "type" {
        /// `type: and`
        "and" => And(Box<super::And>),
        /// `type: equal`
        "equal" => Equal(super::Equal),
        /// `type: in`
        "in" => In(super::In),
        /// `type: not`
        "not" => Not(Box<super::Not>),
        /// `type: or`
        "or" => Or(Box<super::Or>),
        /// `type: range`
        "range" => Range(super::Range),
    }
}

crate::macros::string_enum! {
    /// The `AndType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum AndType {
        /// `and`
        And = "and",
    }
}

impl Default for AndType {
    fn default() -> Self {
        AndType::Other(String::new())
    }
}

/// BoolArrayFieldDefinition
///
/// Generated from schema `BoolArrayFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`BoolArrayFieldDefinition`], from [`BoolArrayFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct BoolArrayFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"bool[]"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::BoolArrayFieldDefinitionType,
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

impl BoolArrayFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for BoolArrayFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `BoolArrayFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum BoolArrayFieldDefinitionType {
        /// `bool[]`
        Bool = "bool[]",
    }
}

impl Default for BoolArrayFieldDefinitionType {
    fn default() -> Self {
        BoolArrayFieldDefinitionType::Other(String::new())
    }
}

/// BoolFieldDefinition
///
/// Generated from schema `BoolFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`BoolFieldDefinition`], from [`BoolFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct BoolFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"bool"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::BoolFieldDefinitionType,
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

impl BoolFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for BoolFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `BoolFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum BoolFieldDefinitionType {
        /// `bool`
        Bool = "bool",
    }
}

impl Default for BoolFieldDefinitionType {
    fn default() -> Self {
        BoolFieldDefinitionType::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `ChunkFields` object.
    ///
    /// Generated from schema `ChunkFields` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ChunkFields : "type" {
        /// `type: bool`
        "bool" => Bool(super::BoolFieldDefinition),
        /// `type: bool[]`
        "bool[]" => BoolX(super::BoolArrayFieldDefinition),
        /// `type: dense_vector`
        "dense_vector" => DenseVector(super::DenseVectorFieldDefinition),
        /// `type: float`
        "float" => Float(super::FloatFieldDefinition),
        /// `type: float[]`
        "float[]" => FloatX(super::FloatArrayFieldDefinition),
        /// `type: int`
        "int" => Int(super::IntFieldDefinition),
        /// `type: int[]`
        "int[]" => IntX(super::IntArrayFieldDefinition),
        /// `type: json`
        "json" => Json(super::JsonFieldDefinition),
        /// `type: keyword`
        "keyword" => Keyword(super::KeywordFieldDefinition),
        /// `type: keyword[]`
        "keyword[]" => KeywordX(super::KeywordArrayFieldDefinition),
        /// `type: long`
        "long" => Long(super::LongFieldDefinition),
        /// `type: long[]`
        "long[]" => LongX(super::LongArrayFieldDefinition),
        /// `type: text`
        "text" => Text(super::TextFieldDefinition),
        /// `type: text[]`
        "text[]" => TextX(super::TextArrayFieldDefinition),
        /// `type: timestamp`
        "timestamp" => Timestamp(super::TimestampFieldDefinition),
        /// `type: timestamp[]`
        "timestamp[]" => TimestampX(super::TimestampArrayFieldDefinition),
    }
}

/// CreateManagedIndexRequest
///
/// Generated from schema `CreateManagedIndexRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateManagedIndexRequest`], from [`CreateManagedIndexRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateManagedIndexRequest {
    /// The `config` field.
    #[builder(setter(into))]
    pub config: super::ManagedIndexConfig,
    /// The `name` field.
    #[builder(setter(into))]
    pub name: String,
    /// The `schema` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `schema`.
        pub fn schema(&mut self, v: impl Into<super::ManagedIndexFields>) {
            self.schema = Some(v.into());
        }
        /// Sets `schema` from an `Option` (`None` leaves it unset).
        pub fn maybe_schema(&mut self, v: Option<impl Into<super::ManagedIndexFields>>) {
            self.schema = v.map(Into::into);
        }
    ))]
    pub schema: Option<super::ManagedIndexFields>,
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

impl CreateManagedIndexRequest {
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
            let v = &self.config;
            v.check_into(c, &format!("{at}config."));
        }
        if let Some(v) = &self.schema {
            v.check_into(c, &format!("{at}schema."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["config", "name", "schema"]);
        }
    }
}

impl crate::ApiRequest for CreateManagedIndexRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// CustomEmbeddingModel
///
/// Generated from schema `CustomEmbeddingModel` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CustomEmbeddingModel`], from [`CustomEmbeddingModel::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CustomEmbeddingModel {
    /// The `dimensions` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub dimensions: i64,
    /// The `distance_metric` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `distance_metric`.
        pub fn distance_metric(&mut self, v: impl Into<super::DistanceMetric>) {
            self.distance_metric = Some(v.into());
        }
        /// Sets `distance_metric` from an `Option` (`None` leaves it unset).
        pub fn maybe_distance_metric(&mut self, v: Option<impl Into<super::DistanceMetric>>) {
            self.distance_metric = v.map(Into::into);
        }
    ))]
    pub distance_metric: Option<super::DistanceMetric>,
    /// The `dtype` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `dtype`.
        pub fn dtype(&mut self, v: impl Into<super::VectorDType>) {
            self.dtype = Some(v.into());
        }
        /// Sets `dtype` from an `Option` (`None` leaves it unset).
        pub fn maybe_dtype(&mut self, v: Option<impl Into<super::VectorDType>>) {
            self.dtype = v.map(Into::into);
        }
    ))]
    pub dtype: Option<super::VectorDType>,
    /// The `name` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub name: String,
    /// The API's default: `"custom"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::CustomEmbeddingModelType,
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

impl CustomEmbeddingModel {
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
                &["dimensions", "distance_metric", "dtype", "name", "type"],
            );
        }
    }
}

impl crate::ApiRequest for CustomEmbeddingModel {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `CustomEmbeddingModelType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CustomEmbeddingModelType {
        /// `custom`
        Custom = "custom",
    }
}

impl Default for CustomEmbeddingModelType {
    fn default() -> Self {
        CustomEmbeddingModelType::Other(String::new())
    }
}

/// DeleteDocumentsRequest
///
/// Generated from schema `DeleteDocumentsRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`DeleteDocumentsRequest`], from [`DeleteDocumentsRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct DeleteDocumentsRequest {
    /// The `document_ids` field.
    #[builder(setter(into))]
    pub document_ids: Vec<String>,
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

impl DeleteDocumentsRequest {
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
            c.extra(&self.extra, &["document_ids"]);
        }
    }
}

impl crate::ApiRequest for DeleteDocumentsRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// DeleteDocumentsResponse
///
/// Generated from schema `DeleteDocumentsResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteDocumentsResponse {
    /// The `deleted_document_ids` field.
    #[serde(default)]
    pub deleted_document_ids: Vec<String>,
    /// The `missing` field.
    #[serde(default)]
    pub missing: Vec<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Wire representation returned when an index is deleted (id, name, status).
///
/// Generated from schema `DeleteManagedIndexResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteManagedIndexResponse {
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// Lifecycle of an index. Derived, not stored -- see ``managed\_index\_from\_row``.
    #[serde(default)]
    pub status: super::ManagedIndexStatus,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DenseVectorFieldDefinition
///
/// Generated from schema `DenseVectorFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`DenseVectorFieldDefinition`], from [`DenseVectorFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct DenseVectorFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"dense_vector"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::DenseVectorFieldDefinitionType,
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

impl DenseVectorFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for DenseVectorFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `DenseVectorFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum DenseVectorFieldDefinitionType {
        /// `dense_vector`
        DenseVector = "dense_vector",
    }
}

impl Default for DenseVectorFieldDefinitionType {
    fn default() -> Self {
        DenseVectorFieldDefinitionType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `DistanceMetric` object.
    ///
    /// Generated from schema `DistanceMetric` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum DistanceMetric {
        /// `cosine`
        Cosine = "cosine",
        /// `inner_product`
        InnerProduct = "inner_product",
        /// `l2`
        L2 = "l2",
    }
}

impl Default for DistanceMetric {
    fn default() -> Self {
        DistanceMetric::Other(String::new())
    }
}

/// A single field-level validation failure within a rejected document.
///
/// Generated from schema `DocumentFieldErrorResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DocumentFieldErrorResponse {
    /// The `location` field.
    #[serde(default)]
    pub location: Vec<super::Location>,
    /// The `message` field.
    #[serde(default)]
    pub message: String,
    /// The `type` field.
    #[serde(default)]
    pub r#type: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::generated::spec_union! {
    /// The `DocumentFields` object.
    ///
    /// Generated from schema `DocumentFields` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum DocumentFields : "type" {
        /// `type: bool`
        "bool" => Bool(super::BoolFieldDefinition),
        /// `type: bool[]`
        "bool[]" => BoolX(super::BoolArrayFieldDefinition),
        /// `type: dense_vector`
        "dense_vector" => DenseVector(super::DenseVectorFieldDefinition),
        /// `type: float`
        "float" => Float(super::FloatFieldDefinition),
        /// `type: float[]`
        "float[]" => FloatX(super::FloatArrayFieldDefinition),
        /// `type: int`
        "int" => Int(super::IntFieldDefinition),
        /// `type: int[]`
        "int[]" => IntX(super::IntArrayFieldDefinition),
        /// `type: json`
        "json" => Json(super::JsonFieldDefinition),
        /// `type: keyword`
        "keyword" => Keyword(super::KeywordFieldDefinition),
        /// `type: keyword[]`
        "keyword[]" => KeywordX(super::KeywordArrayFieldDefinition),
        /// `type: long`
        "long" => Long(super::LongFieldDefinition),
        /// `type: long[]`
        "long[]" => LongX(super::LongArrayFieldDefinition),
        /// `type: text`
        "text" => Text(super::TextFieldDefinition),
        /// `type: text[]`
        "text[]" => TextX(super::TextArrayFieldDefinition),
        /// `type: timestamp`
        "timestamp" => Timestamp(super::TimestampFieldDefinition),
        /// `type: timestamp[]`
        "timestamp[]" => TimestampX(super::TimestampArrayFieldDefinition),
    }
}

crate::generated::spec_union! {
    /// The `Embedding` object.
    ///
    /// Generated from schema `Embedding` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Embedding : "type" {
        /// `type: custom`
        "custom" => Custom(super::CustomEmbeddingModel),
        /// `type: mistral`
        "mistral" => Mistral(super::MistralEmbeddingModel),
    }
}

/// Field equals a scalar value.
///
/// Generated from schema `Equal` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`Equal`], from [`Equal::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct Equal {
    /// The `field` field.
    #[builder(setter(into))]
    pub field: String,
    /// The API's default: `"equal"`.
    #[builder(setter(into))]
    pub r#type: super::EqualType,
    /// The `value` field.
    #[builder(setter(into))]
    pub value: super::EqualValue,
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

impl Equal {
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
            c.extra(&self.extra, &["field", "type", "value"]);
        }
    }
}

impl crate::ApiRequest for Equal {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `EqualType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum EqualType {
        /// `equal`
        Equal = "equal",
    }
}

impl Default for EqualType {
    fn default() -> Self {
        EqualType::Other(String::new())
    }
}

/// The `EqualValue` object.
///
/// Generated from schema `EqualValue` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum EqualValue {
    /// One of the shapes the spec allows.
    Integer(i64),
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    String4(String),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for EqualValue {
    fn default() -> Self {
        EqualValue::Other(serde_json::Value::Null)
    }
}

/// FloatArrayFieldDefinition
///
/// Generated from schema `FloatArrayFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`FloatArrayFieldDefinition`], from [`FloatArrayFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct FloatArrayFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"float[]"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::FloatArrayFieldDefinitionType,
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

impl FloatArrayFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for FloatArrayFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `FloatArrayFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum FloatArrayFieldDefinitionType {
        /// `float[]`
        Float = "float[]",
    }
}

impl Default for FloatArrayFieldDefinitionType {
    fn default() -> Self {
        FloatArrayFieldDefinitionType::Other(String::new())
    }
}

/// FloatFieldDefinition
///
/// Generated from schema `FloatFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`FloatFieldDefinition`], from [`FloatFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct FloatFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"float"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::FloatFieldDefinitionType,
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

impl FloatFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for FloatFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `FloatFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum FloatFieldDefinitionType {
        /// `float`
        Float = "float",
    }
}

impl Default for FloatFieldDefinitionType {
    fn default() -> Self {
        FloatFieldDefinitionType::Other(String::new())
    }
}

/// GetSummaryResponseSummary
///
/// Generated from schema `GetSummaryResponseSummary` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSummaryResponseSummary {
    /// The `content` field.
    #[serde(default)]
    pub content: String,
    /// The `status` field.
    #[serde(default)]
    pub status: super::SummaryStatus,
    /// The `translated` field.
    #[serde(default)]
    pub translated: bool,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `GrepMode` object.
    ///
    /// Generated from schema `GrepMode` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum GrepMode {
        /// `phrase`
        Phrase = "phrase",
        /// `term`
        Term = "term",
    }
}

impl Default for GrepMode {
    fn default() -> Self {
        GrepMode::Other(String::new())
    }
}

/// GrepRequest
///
/// Generated from schema `GrepRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`GrepRequest`], from [`GrepRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct GrepRequest {
    /// The API's default: `"content"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `content_type`.
        pub fn content_type(&mut self, v: impl Into<String>) {
            self.content_type = Some(v.into());
        }
        /// Sets `content_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_content_type(&mut self, v: Option<impl Into<String>>) {
            self.content_type = v.map(Into::into);
        }
    ))]
    pub content_type: Option<String>,
    /// The `mode` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `mode`.
        pub fn mode(&mut self, v: impl Into<super::GrepMode>) {
            self.mode = Some(v.into());
        }
        /// Sets `mode` from an `Option` (`None` leaves it unset).
        pub fn maybe_mode(&mut self, v: Option<impl Into<super::GrepMode>>) {
            self.mode = v.map(Into::into);
        }
    ))]
    pub mode: Option<super::GrepMode>,
    /// The `pattern` field.
    #[builder(setter(into))]
    pub pattern: String,
    /// The `source_id` field.
    #[builder(setter(into))]
    pub source_id: String,
    /// The API's default: `5`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `top_k`.
        pub fn top_k(&mut self, v: impl Into<i64>) {
            self.top_k = Some(v.into());
        }
        /// Sets `top_k` from an `Option` (`None` leaves it unset).
        pub fn maybe_top_k(&mut self, v: Option<impl Into<i64>>) {
            self.top_k = v.map(Into::into);
        }
    ))]
    pub top_k: Option<i64>,
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

impl GrepRequest {
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
                &["content_type", "mode", "pattern", "source_id", "top_k"],
            );
        }
    }
}

impl crate::ApiRequest for GrepRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The `Gt` object.
///
/// Generated from schema `Gt` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Gt {
    /// One of the shapes the spec allows.
    Integer(i64),
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    String(String),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for Gt {
    fn default() -> Self {
        Gt::Other(serde_json::Value::Null)
    }
}

/// The `Gte` object.
///
/// Generated from schema `Gte` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Gte {
    /// One of the shapes the spec allows.
    Integer(i64),
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    String(String),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for Gte {
    fn default() -> Self {
        Gte::Other(serde_json::Value::Null)
    }
}

/// Field is one of a set of values.
///
/// Generated from schema `In` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`In`], from [`In::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct In {
    /// The `field` field.
    #[builder(setter(into))]
    pub field: String,
    /// The API's default: `"in"`.
    #[builder(setter(into))]
    pub r#type: super::InType,
    /// The `values` field.
    #[builder(setter(into))]
    pub values: Vec<super::InValue>,
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

impl In {
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
            c.extra(&self.extra, &["field", "type", "values"]);
        }
    }
}

impl crate::ApiRequest for In {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `InType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum InType {
        /// `in`
        In = "in",
    }
}

impl Default for InType {
    fn default() -> Self {
        InType::Other(String::new())
    }
}

/// The `InValue` object.
///
/// Generated from schema `InValue` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum InValue {
    /// One of the shapes the spec allows.
    Integer(i64),
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    String4(String),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for InValue {
    fn default() -> Self {
        InValue::Other(serde_json::Value::Null)
    }
}

/// IngestDocumentsRequest
///
/// Generated from schema `IngestDocumentsRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`IngestDocumentsRequest`], from [`IngestDocumentsRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct IngestDocumentsRequest {
    /// The `documents` field.
    #[builder(setter(into))]
    pub documents: Vec<serde_json::Map<String, serde_json::Value>>,
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

impl IngestDocumentsRequest {
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
            c.extra(&self.extra, &["documents"]);
        }
    }
}

impl crate::ApiRequest for IngestDocumentsRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// IngestDocumentsResponse
///
/// Generated from schema `IngestDocumentsResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IngestDocumentsResponse {
    /// The `accepted` field.
    #[serde(default)]
    pub accepted: i64,
    /// The `rejected` field.
    #[serde(default)]
    pub rejected: i64,
    /// The `results` field.
    #[serde(default)]
    pub results: Vec<super::Result2>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// IntArrayFieldDefinition
///
/// Generated from schema `IntArrayFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`IntArrayFieldDefinition`], from [`IntArrayFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct IntArrayFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"int[]"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::IntArrayFieldDefinitionType,
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

impl IntArrayFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for IntArrayFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `IntArrayFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum IntArrayFieldDefinitionType {
        /// `int[]`
        Int = "int[]",
    }
}

impl Default for IntArrayFieldDefinitionType {
    fn default() -> Self {
        IntArrayFieldDefinitionType::Other(String::new())
    }
}

/// IntFieldDefinition
///
/// Generated from schema `IntFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`IntFieldDefinition`], from [`IntFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct IntFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"int"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::IntFieldDefinitionType,
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

impl IntFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for IntFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `IntFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum IntFieldDefinitionType {
        /// `int`
        Int = "int",
    }
}

impl Default for IntFieldDefinitionType {
    fn default() -> Self {
        IntFieldDefinitionType::Other(String::new())
    }
}

/// JSONFieldDefinition
///
/// Generated from schema `JSONFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`JsonFieldDefinition`], from [`JsonFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct JsonFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"json"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::JsonFieldDefinitionType,
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

impl JsonFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for JsonFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `JsonFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum JsonFieldDefinitionType {
        /// `json`
        Json = "json",
    }
}

impl Default for JsonFieldDefinitionType {
    fn default() -> Self {
        JsonFieldDefinitionType::Other(String::new())
    }
}

/// KeywordArrayFieldDefinition
///
/// Generated from schema `KeywordArrayFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`KeywordArrayFieldDefinition`], from [`KeywordArrayFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct KeywordArrayFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"keyword[]"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::KeywordArrayFieldDefinitionType,
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

impl KeywordArrayFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for KeywordArrayFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `KeywordArrayFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum KeywordArrayFieldDefinitionType {
        /// `keyword[]`
        Keyword = "keyword[]",
    }
}

impl Default for KeywordArrayFieldDefinitionType {
    fn default() -> Self {
        KeywordArrayFieldDefinitionType::Other(String::new())
    }
}

/// KeywordFieldDefinition
///
/// Generated from schema `KeywordFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`KeywordFieldDefinition`], from [`KeywordFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct KeywordFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"keyword"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::KeywordFieldDefinitionType,
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

impl KeywordFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for KeywordFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `KeywordFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum KeywordFieldDefinitionType {
        /// `keyword`
        Keyword = "keyword",
    }
}

impl Default for KeywordFieldDefinitionType {
    fn default() -> Self {
        KeywordFieldDefinitionType::Other(String::new())
    }
}

/// Retrieve document chunks with similar keywords to the given query.
///
/// Uses the default settings for the index on the field.
///
/// Generated from schema `KeywordRetriever` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`KeywordRetriever`], from [`KeywordRetriever::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct KeywordRetriever {
    /// The `field` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `field`.
        pub fn field(&mut self, v: impl Into<String>) {
            self.field = Some(v.into());
        }
        /// Sets `field` from an `Option` (`None` leaves it unset).
        pub fn maybe_field(&mut self, v: Option<impl Into<String>>) {
            self.field = v.map(Into::into);
        }
    ))]
    pub field: Option<String>,
    /// The `filter` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filter`.
        pub fn filter(&mut self, v: impl Into<super::KeywordRetrieverFilter>) {
            self.filter = Some(v.into());
        }
        /// Sets `filter` from an `Option` (`None` leaves it unset).
        pub fn maybe_filter(&mut self, v: Option<impl Into<super::KeywordRetrieverFilter>>) {
            self.filter = v.map(Into::into);
        }
    ))]
    pub filter: Option<super::KeywordRetrieverFilter>,
    /// The API's default: `"or"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `operator`.
        pub fn operator(&mut self, v: impl Into<super::Operator>) {
            self.operator = Some(v.into());
        }
        /// Sets `operator` from an `Option` (`None` leaves it unset).
        pub fn maybe_operator(&mut self, v: Option<impl Into<super::Operator>>) {
            self.operator = v.map(Into::into);
        }
    ))]
    pub operator: Option<super::Operator>,
    /// The `query` field.
    #[builder(setter(into))]
    pub query: String,
    /// The API's default: `20`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `top_k`.
        pub fn top_k(&mut self, v: impl Into<i64>) {
            self.top_k = Some(v.into());
        }
        /// Sets `top_k` from an `Option` (`None` leaves it unset).
        pub fn maybe_top_k(&mut self, v: Option<impl Into<i64>>) {
            self.top_k = v.map(Into::into);
        }
    ))]
    pub top_k: Option<i64>,
    /// The API's default: `"keyword"`.
    #[builder(setter(into))]
    pub r#type: super::KeywordRetrieverType,
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

impl KeywordRetriever {
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
                &["field", "filter", "operator", "query", "top_k", "type"],
            );
        }
    }
}

impl crate::ApiRequest for KeywordRetriever {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `KeywordRetrieverFilter` object.
    ///
    /// Generated from schema `KeywordRetrieverFilter` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum KeywordRetrieverFilter : "type" {
        /// `type: and`
        "and" => And(super::And),
        /// `type: equal`
        "equal" => Equal(super::Equal),
        /// `type: in`
        "in" => In(super::In),
        /// `type: not`
        "not" => Not(super::Not),
        /// `type: or`
        "or" => Or(super::Or),
        /// `type: range`
        "range" => Range(super::Range),
    }
}

crate::macros::string_enum! {
    /// The `KeywordRetrieverType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum KeywordRetrieverType {
        /// `keyword`
        Keyword = "keyword",
    }
}

impl Default for KeywordRetrieverType {
    fn default() -> Self {
        KeywordRetrieverType::Other(String::new())
    }
}

/// Paginated list of managed indexes.
///
/// Generated from schema `ListManagedIndexesResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListManagedIndexesResponse {
    /// The `data` field.
    #[serde(default)]
    pub data: Vec<super::ManagedIndexResponse>,
    /// The `next_page_token` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `Location` object.
///
/// Generated from schema `Location` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Location {
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    Integer(i64),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for Location {
    fn default() -> Self {
        Location::Other(serde_json::Value::Null)
    }
}

/// LongArrayFieldDefinition
///
/// Generated from schema `LongArrayFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`LongArrayFieldDefinition`], from [`LongArrayFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct LongArrayFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"long[]"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::LongArrayFieldDefinitionType,
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

impl LongArrayFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for LongArrayFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `LongArrayFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum LongArrayFieldDefinitionType {
        /// `long[]`
        Long = "long[]",
    }
}

impl Default for LongArrayFieldDefinitionType {
    fn default() -> Self {
        LongArrayFieldDefinitionType::Other(String::new())
    }
}

/// LongFieldDefinition
///
/// Generated from schema `LongFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`LongFieldDefinition`], from [`LongFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct LongFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"long"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::LongFieldDefinitionType,
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

impl LongFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for LongFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `LongFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum LongFieldDefinitionType {
        /// `long`
        Long = "long",
    }
}

impl Default for LongFieldDefinitionType {
    fn default() -> Self {
        LongFieldDefinitionType::Other(String::new())
    }
}

/// The `Lt` object.
///
/// Generated from schema `Lt` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Lt {
    /// One of the shapes the spec allows.
    Integer(i64),
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    String(String),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for Lt {
    fn default() -> Self {
        Lt::Other(serde_json::Value::Null)
    }
}

/// The `Lte` object.
///
/// Generated from schema `Lte` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Lte {
    /// One of the shapes the spec allows.
    Integer(i64),
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    String(String),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for Lte {
    fn default() -> Self {
        Lte::Other(serde_json::Value::Null)
    }
}

/// ManagedIndexConfig
///
/// Generated from schema `ManagedIndexConfig` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ManagedIndexConfig`], from [`ManagedIndexConfig::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ManagedIndexConfig {
    /// The `embedding` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub embedding: super::Embedding,
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

impl ManagedIndexConfig {
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
            c.extra(&self.extra, &["embedding"]);
        }
    }
}

impl crate::ApiRequest for ManagedIndexConfig {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ManagedIndexFields
///
/// Generated from schema `ManagedIndexFields` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ManagedIndexFields`], from [`ManagedIndexFields::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ManagedIndexFields {
    /// The `chunk_fields` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `chunk_fields`.
        pub fn chunk_fields(&mut self, v: impl Into<std::collections::BTreeMap<String, super::ChunkFields>>) {
            self.chunk_fields = Some(v.into());
        }
        /// Sets `chunk_fields` from an `Option` (`None` leaves it unset).
        pub fn maybe_chunk_fields(&mut self, v: Option<impl Into<std::collections::BTreeMap<String, super::ChunkFields>>>) {
            self.chunk_fields = v.map(Into::into);
        }
    ))]
    pub chunk_fields: Option<std::collections::BTreeMap<String, super::ChunkFields>>,
    /// The `document_fields` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `document_fields`.
        pub fn document_fields(&mut self, v: impl Into<std::collections::BTreeMap<String, super::DocumentFields>>) {
            self.document_fields = Some(v.into());
        }
        /// Sets `document_fields` from an `Option` (`None` leaves it unset).
        pub fn maybe_document_fields(&mut self, v: Option<impl Into<std::collections::BTreeMap<String, super::DocumentFields>>>) {
            self.document_fields = v.map(Into::into);
        }
    ))]
    pub document_fields: Option<std::collections::BTreeMap<String, super::DocumentFields>>,
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

impl ManagedIndexFields {
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
            c.extra(&self.extra, &["chunk_fields", "document_fields"]);
        }
    }
}

impl crate::ApiRequest for ManagedIndexFields {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Wire representation of a managed index (decoupled from the domain model).
///
/// Generated from schema `ManagedIndexResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ManagedIndexResponse {
    /// The `config` field.
    #[serde(default)]
    pub config: super::ManagedIndexConfig,
    /// The `created_at` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The `creator_id` field.
    #[serde(default)]
    pub creator_id: String,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `modified_at` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<String>,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `schema` field.
    #[serde(default)]
    pub schema: super::ManagedIndexFields,
    /// Lifecycle of an index. Derived, not stored -- see ``managed\_index\_from\_row``.
    #[serde(default)]
    pub status: super::ManagedIndexStatus,
    /// The `status_message` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_message: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `ManagedIndexStatus` object.
    ///
    /// Generated from schema `ManagedIndexStatus` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ManagedIndexStatus {
        /// `provisioning`
        Provisioning = "provisioning",
        /// `ready`
        Ready = "ready",
        /// `failed`
        Failed = "failed",
        /// `deleting`
        Deleting = "deleting",
    }
}

impl Default for ManagedIndexStatus {
    fn default() -> Self {
        ManagedIndexStatus::Other(String::new())
    }
}

impl crate::generated::QueryValue for ManagedIndexStatus {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// MistralEmbeddingModel
///
/// Generated from schema `MistralEmbeddingModel` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`MistralEmbeddingModel`], from [`MistralEmbeddingModel::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct MistralEmbeddingModel {
    /// The `dimensions` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub dimensions: i64,
    /// The `distance_metric` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `distance_metric`.
        pub fn distance_metric(&mut self, v: impl Into<super::DistanceMetric>) {
            self.distance_metric = Some(v.into());
        }
        /// Sets `distance_metric` from an `Option` (`None` leaves it unset).
        pub fn maybe_distance_metric(&mut self, v: Option<impl Into<super::DistanceMetric>>) {
            self.distance_metric = v.map(Into::into);
        }
    ))]
    pub distance_metric: Option<super::DistanceMetric>,
    /// The `dtype` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `dtype`.
        pub fn dtype(&mut self, v: impl Into<super::VectorDType>) {
            self.dtype = Some(v.into());
        }
        /// Sets `dtype` from an `Option` (`None` leaves it unset).
        pub fn maybe_dtype(&mut self, v: Option<impl Into<super::VectorDType>>) {
            self.dtype = v.map(Into::into);
        }
    ))]
    pub dtype: Option<super::VectorDType>,
    /// The `name` field.
    #[serde(default)]
    #[builder(setter(into))]
    pub name: String,
    /// The API's default: `"mistral"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::MistralEmbeddingModelType,
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

impl MistralEmbeddingModel {
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
                &["dimensions", "distance_metric", "dtype", "name", "type"],
            );
        }
    }
}

impl crate::ApiRequest for MistralEmbeddingModel {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `MistralEmbeddingModelType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum MistralEmbeddingModelType {
        /// `mistral`
        Mistral = "mistral",
    }
}

impl Default for MistralEmbeddingModelType {
    fn default() -> Self {
        MistralEmbeddingModelType::Other(String::new())
    }
}

/// NavigateRequest
///
/// Generated from schema `NavigateRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`NavigateRequest`], from [`NavigateRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct NavigateRequest {
    /// The API's default: `"content"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `content_type`.
        pub fn content_type(&mut self, v: impl Into<String>) {
            self.content_type = Some(v.into());
        }
        /// Sets `content_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_content_type(&mut self, v: Option<impl Into<String>>) {
            self.content_type = v.map(Into::into);
        }
    ))]
    pub content_type: Option<String>,
    /// The `direction` field.
    #[builder(setter(into))]
    pub direction: super::NavigationDirection,
    /// The `end_offset` field.
    #[builder(setter(into))]
    pub end_offset: i64,
    /// The `source_id` field.
    #[builder(setter(into))]
    pub source_id: String,
    /// The `start_offset` field.
    #[builder(setter(into))]
    pub start_offset: i64,
    /// The API's default: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `top_k`.
        pub fn top_k(&mut self, v: impl Into<i64>) {
            self.top_k = Some(v.into());
        }
        /// Sets `top_k` from an `Option` (`None` leaves it unset).
        pub fn maybe_top_k(&mut self, v: Option<impl Into<i64>>) {
            self.top_k = v.map(Into::into);
        }
    ))]
    pub top_k: Option<i64>,
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

impl NavigateRequest {
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
                    "content_type",
                    "direction",
                    "end_offset",
                    "source_id",
                    "start_offset",
                    "top_k",
                ],
            );
        }
    }
}

impl crate::ApiRequest for NavigateRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Wire chunk for navigation: same atom fields as search, no rank fields.
///
/// Generated from schema `NavigationChunkResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NavigationChunkResponse {
    /// The `chunk_type` field.
    #[serde(default)]
    pub chunk_type: String,
    /// The `content` field.
    #[serde(default)]
    pub content: String,
    /// The `end_offset` field.
    #[serde(default)]
    pub end_offset: Option<i64>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `locator` field.
    #[serde(default)]
    pub locator: String,
    /// The `metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `parent_ref` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_ref: Option<String>,
    /// The `source_id` field.
    #[serde(default)]
    pub source_id: String,
    /// The `start_offset` field.
    #[serde(default)]
    pub start_offset: Option<i64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `NavigationDirection` object.
    ///
    /// Generated from schema `NavigationDirection` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum NavigationDirection {
        /// `next`
        Next = "next",
        /// `previous`
        Previous = "previous",
    }
}

impl Default for NavigationDirection {
    fn default() -> Self {
        NavigationDirection::Other(String::new())
    }
}

/// Unranked chunk list in reading order (ascending start\_offset).
///
/// Generated from schema `NavigationResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NavigationResponse {
    /// The `chunks` field.
    #[serde(default)]
    pub chunks: Vec<super::NavigationChunkResponse>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Retrieve document chunks whose embeddings are closest to the query's.
///
/// Generated from schema `NearestNeighbourRetriever` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`NearestNeighbourRetriever`], from [`NearestNeighbourRetriever::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct NearestNeighbourRetriever {
    /// The `field` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `field`.
        pub fn field(&mut self, v: impl Into<String>) {
            self.field = Some(v.into());
        }
        /// Sets `field` from an `Option` (`None` leaves it unset).
        pub fn maybe_field(&mut self, v: Option<impl Into<String>>) {
            self.field = v.map(Into::into);
        }
    ))]
    pub field: Option<String>,
    /// The `filter` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filter`.
        pub fn filter(&mut self, v: impl Into<super::NearestNeighbourRetrieverFilter>) {
            self.filter = Some(v.into());
        }
        /// Sets `filter` from an `Option` (`None` leaves it unset).
        pub fn maybe_filter(&mut self, v: Option<impl Into<super::NearestNeighbourRetrieverFilter>>) {
            self.filter = v.map(Into::into);
        }
    ))]
    pub filter: Option<super::NearestNeighbourRetrieverFilter>,
    /// The `max_candidates` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `max_candidates`.
        pub fn max_candidates(&mut self, v: impl Into<i64>) {
            self.max_candidates = Some(v.into());
        }
        /// Sets `max_candidates` from an `Option` (`None` leaves it unset).
        pub fn maybe_max_candidates(&mut self, v: Option<impl Into<i64>>) {
            self.max_candidates = v.map(Into::into);
        }
    ))]
    pub max_candidates: Option<i64>,
    /// The `query` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `query`.
        pub fn query(&mut self, v: impl Into<String>) {
            self.query = Some(v.into());
        }
        /// Sets `query` from an `Option` (`None` leaves it unset).
        pub fn maybe_query(&mut self, v: Option<impl Into<String>>) {
            self.query = v.map(Into::into);
        }
    ))]
    pub query: Option<String>,
    /// The `query_embedding` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `query_embedding`.
        pub fn query_embedding(&mut self, v: impl Into<Vec<f64>>) {
            self.query_embedding = Some(v.into());
        }
        /// Sets `query_embedding` from an `Option` (`None` leaves it unset).
        pub fn maybe_query_embedding(&mut self, v: Option<impl Into<Vec<f64>>>) {
            self.query_embedding = v.map(Into::into);
        }
    ))]
    pub query_embedding: Option<Vec<f64>>,
    /// The API's default: `20`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `top_k`.
        pub fn top_k(&mut self, v: impl Into<i64>) {
            self.top_k = Some(v.into());
        }
        /// Sets `top_k` from an `Option` (`None` leaves it unset).
        pub fn maybe_top_k(&mut self, v: Option<impl Into<i64>>) {
            self.top_k = v.map(Into::into);
        }
    ))]
    pub top_k: Option<i64>,
    /// The API's default: `"nearest_neighbour"`.
    #[builder(setter(into))]
    pub r#type: super::NearestNeighbourRetrieverType,
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

impl NearestNeighbourRetriever {
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
                    "field",
                    "filter",
                    "max_candidates",
                    "query",
                    "query_embedding",
                    "top_k",
                    "type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for NearestNeighbourRetriever {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `NearestNeighbourRetrieverFilter` object.
    ///
    /// Generated from schema `NearestNeighbourRetrieverFilter` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum NearestNeighbourRetrieverFilter : "type" {
        /// `type: and`
        "and" => And(super::And),
        /// `type: equal`
        "equal" => Equal(super::Equal),
        /// `type: in`
        "in" => In(super::In),
        /// `type: not`
        "not" => Not(super::Not),
        /// `type: or`
        "or" => Or(super::Or),
        /// `type: range`
        "range" => Range(super::Range),
    }
}

crate::macros::string_enum! {
    /// The `NearestNeighbourRetrieverType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum NearestNeighbourRetrieverType {
        /// `nearest_neighbour`
        NearestNeighbour = "nearest_neighbour",
    }
}

impl Default for NearestNeighbourRetrieverType {
    fn default() -> Self {
        NearestNeighbourRetrieverType::Other(String::new())
    }
}

/// Negate a filter: rows must not match.
///
/// Generated from schema `Not` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`Not`], from [`Not::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct Not {
    /// The `match` field.
    #[builder(setter(into))]
    pub r#match: Box<super::NotMatch>,
    /// The API's default: `"not"`.
    #[builder(setter(into))]
    pub r#type: super::NotType,
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

impl Not {
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
            c.extra(&self.extra, &["match", "type"]);
        }
    }
}

impl crate::ApiRequest for Not {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `NotMatch` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum NotMatch : "type" {
        /// `type: and`
        "and" => And(Box<super::And>),
        /// `type: equal`
        "equal" => Equal(super::Equal),
        /// `type: in`
        "in" => In(super::In),
        /// `type: not`
        "not" => Not(Box<super::Not>),
        /// `type: or`
        "or" => Or(Box<super::Or>),
        /// `type: range`
        "range" => Range(super::Range),
    }
}

crate::macros::string_enum! {
    /// The `NotType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum NotType {
        /// `not`
        Not = "not",
    }
}

impl Default for NotType {
    fn default() -> Self {
        NotType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `Operator` object.
    ///
    /// Generated from schema `Operator` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Operator {
        /// `or`
        Or = "or",
        /// `and`
        And = "and",
    }
}

impl Default for Operator {
    fn default() -> Self {
        Operator::Other(String::new())
    }
}

/// Disjunction: rows must match at least one sub-filter.
///
/// Generated from schema `Or` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`Or`], from [`Or::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct Or {
    /// The `matches` field.
    #[builder(setter(into))]
    pub matches: Vec<super::OrMatchesItem>,
    /// The API's default: `"or"`.
    #[builder(setter(into))]
    pub r#type: super::OrType,
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

impl Or {
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
            c.extra(&self.extra, &["matches", "type"]);
        }
    }
}

impl crate::ApiRequest for Or {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `OrMatchesItem` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum OrMatchesItem : "type" {
        /// `type: and`
        "and" => And(Box<super::And>),
        /// `type: equal`
        "equal" => Equal(super::Equal),
        /// `type: in`
        "in" => In(super::In),
        /// `type: not`
        "not" => Not(Box<super::Not>),
        /// `type: or`
        "or" => Or(Box<super::Or>),
        /// `type: range`
        "range" => Range(super::Range),
    }
}

crate::macros::string_enum! {
    /// The `OrType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum OrType {
        /// `or`
        Or = "or",
    }
}

impl Default for OrType {
    fn default() -> Self {
        OrType::Other(String::new())
    }
}

/// Check that the given field falls in a range.
///
/// Requires at least one operator.
///
/// Generated from schema `Range` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`Range`], from [`Range::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct Range {
    /// The `field` field.
    #[builder(setter(into))]
    pub field: String,
    /// The `gt` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `gt`.
        pub fn gt(&mut self, v: impl Into<super::Gt>) {
            self.gt = Some(v.into());
        }
        /// Sets `gt` from an `Option` (`None` leaves it unset).
        pub fn maybe_gt(&mut self, v: Option<impl Into<super::Gt>>) {
            self.gt = v.map(Into::into);
        }
    ))]
    pub gt: Option<super::Gt>,
    /// The `gte` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `gte`.
        pub fn gte(&mut self, v: impl Into<super::Gte>) {
            self.gte = Some(v.into());
        }
        /// Sets `gte` from an `Option` (`None` leaves it unset).
        pub fn maybe_gte(&mut self, v: Option<impl Into<super::Gte>>) {
            self.gte = v.map(Into::into);
        }
    ))]
    pub gte: Option<super::Gte>,
    /// The `lt` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `lt`.
        pub fn lt(&mut self, v: impl Into<super::Lt>) {
            self.lt = Some(v.into());
        }
        /// Sets `lt` from an `Option` (`None` leaves it unset).
        pub fn maybe_lt(&mut self, v: Option<impl Into<super::Lt>>) {
            self.lt = v.map(Into::into);
        }
    ))]
    pub lt: Option<super::Lt>,
    /// The `lte` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `lte`.
        pub fn lte(&mut self, v: impl Into<super::Lte>) {
            self.lte = Some(v.into());
        }
        /// Sets `lte` from an `Option` (`None` leaves it unset).
        pub fn maybe_lte(&mut self, v: Option<impl Into<super::Lte>>) {
            self.lte = v.map(Into::into);
        }
    ))]
    pub lte: Option<super::Lte>,
    /// The API's default: `"range"`.
    #[builder(setter(into))]
    pub r#type: super::RangeType,
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

impl Range {
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
            c.extra(&self.extra, &["field", "gt", "gte", "lt", "lte", "type"]);
        }
    }
}

impl crate::ApiRequest for Range {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `RangeType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum RangeType {
        /// `range`
        Range = "range",
    }
}

impl Default for RangeType {
    fn default() -> Self {
        RangeType::Other(String::new())
    }
}

/// ReadRequest
///
/// Generated from schema `ReadRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ReadRequest`], from [`ReadRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ReadRequest {
    /// The API's default: `"content"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `content_type`.
        pub fn content_type(&mut self, v: impl Into<String>) {
            self.content_type = Some(v.into());
        }
        /// Sets `content_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_content_type(&mut self, v: Option<impl Into<String>>) {
            self.content_type = v.map(Into::into);
        }
    ))]
    pub content_type: Option<String>,
    /// The `end_offset` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `end_offset`.
        pub fn end_offset(&mut self, v: impl Into<i64>) {
            self.end_offset = Some(v.into());
        }
        /// Sets `end_offset` from an `Option` (`None` leaves it unset).
        pub fn maybe_end_offset(&mut self, v: Option<impl Into<i64>>) {
            self.end_offset = v.map(Into::into);
        }
    ))]
    pub end_offset: Option<i64>,
    /// The `source_id` field.
    #[builder(setter(into))]
    pub source_id: String,
    /// The `start_offset` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `start_offset`.
        pub fn start_offset(&mut self, v: impl Into<i64>) {
            self.start_offset = Some(v.into());
        }
        /// Sets `start_offset` from an `Option` (`None` leaves it unset).
        pub fn maybe_start_offset(&mut self, v: Option<impl Into<i64>>) {
            self.start_offset = v.map(Into::into);
        }
    ))]
    pub start_offset: Option<i64>,
    /// The API's default: `20`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `top_k`.
        pub fn top_k(&mut self, v: impl Into<i64>) {
            self.top_k = Some(v.into());
        }
        /// Sets `top_k` from an `Option` (`None` leaves it unset).
        pub fn maybe_top_k(&mut self, v: Option<impl Into<i64>>) {
            self.top_k = v.map(Into::into);
        }
    ))]
    pub top_k: Option<i64>,
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

impl ReadRequest {
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
                &["content_type", "end_offset", "source_id", "start_offset", "top_k"],
            );
        }
    }
}

impl crate::ApiRequest for ReadRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// RejectedDocumentResponse
///
/// Generated from schema `RejectedDocumentResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RejectedDocumentResponse {
    /// The `errors` field.
    #[serde(default)]
    pub errors: Vec<super::DocumentFieldErrorResponse>,
    /// The `position` field.
    #[serde(default)]
    pub position: i64,
    /// The API's default: `"rejected"`.
    #[serde(default)]
    pub status: super::RejectedDocumentResponseStatus,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `RejectedDocumentResponseStatus` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum RejectedDocumentResponseStatus {
        /// `rejected`
        Rejected = "rejected",
    }
}

impl Default for RejectedDocumentResponseStatus {
    fn default() -> Self {
        RejectedDocumentResponseStatus::Other(String::new())
    }
}

crate::generated::spec_union! {
    /// The `Result` object.
    ///
    /// Generated from schema `Result` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Result2 : "status" {
        /// `status: accepted`
        "accepted" => Accepted(super::AcceptedDocumentResponse),
        /// `status: rejected`
        "rejected" => Rejected(super::RejectedDocumentResponse),
    }
}

/// Fuse child retriever rankings via reciprocal rank fusion.
///
/// Generated from schema `RRFRetriever` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`RrfRetriever`], from [`RrfRetriever::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct RrfRetriever {
    /// The `filter` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filter`.
        pub fn filter(&mut self, v: impl Into<super::RrfRetrieverFilter>) {
            self.filter = Some(v.into());
        }
        /// Sets `filter` from an `Option` (`None` leaves it unset).
        pub fn maybe_filter(&mut self, v: Option<impl Into<super::RrfRetrieverFilter>>) {
            self.filter = v.map(Into::into);
        }
    ))]
    pub filter: Option<super::RrfRetrieverFilter>,
    /// The API's default: `60`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `rank_constant`.
        pub fn rank_constant(&mut self, v: impl Into<i64>) {
            self.rank_constant = Some(v.into());
        }
        /// Sets `rank_constant` from an `Option` (`None` leaves it unset).
        pub fn maybe_rank_constant(&mut self, v: Option<impl Into<i64>>) {
            self.rank_constant = v.map(Into::into);
        }
    ))]
    pub rank_constant: Option<i64>,
    /// The `retrievers` field.
    #[builder(setter(into))]
    pub retrievers: Vec<super::RrfRetrieverRetriever>,
    /// The API's default: `20`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `top_k`.
        pub fn top_k(&mut self, v: impl Into<i64>) {
            self.top_k = Some(v.into());
        }
        /// Sets `top_k` from an `Option` (`None` leaves it unset).
        pub fn maybe_top_k(&mut self, v: Option<impl Into<i64>>) {
            self.top_k = v.map(Into::into);
        }
    ))]
    pub top_k: Option<i64>,
    /// The API's default: `"rrf"`.
    #[builder(setter(into))]
    pub r#type: super::RrfRetrieverType,
    /// The `weights` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `weights`.
        pub fn weights(&mut self, v: impl Into<Vec<f64>>) {
            self.weights = Some(v.into());
        }
        /// Sets `weights` from an `Option` (`None` leaves it unset).
        pub fn maybe_weights(&mut self, v: Option<impl Into<Vec<f64>>>) {
            self.weights = v.map(Into::into);
        }
    ))]
    pub weights: Option<Vec<f64>>,
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

impl RrfRetriever {
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
                    "filter",
                    "rank_constant",
                    "retrievers",
                    "top_k",
                    "type",
                    "weights",
                ],
            );
        }
    }
}

impl crate::ApiRequest for RrfRetriever {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `RRFRetrieverFilter` object.
    ///
    /// Generated from schema `RRFRetrieverFilter` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum RrfRetrieverFilter : "type" {
        /// `type: and`
        "and" => And(super::And),
        /// `type: equal`
        "equal" => Equal(super::Equal),
        /// `type: in`
        "in" => In(super::In),
        /// `type: not`
        "not" => Not(super::Not),
        /// `type: or`
        "or" => Or(super::Or),
        /// `type: range`
        "range" => Range(super::Range),
    }
}

crate::generated::spec_union! {
    /// The `RRFRetrieverRetriever` object.
    ///
    /// Generated from schema `RRFRetrieverRetriever` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum RrfRetrieverRetriever : "type" {
        /// `type: keyword`
        "keyword" => Keyword(super::KeywordRetriever),
        /// `type: nearest_neighbour`
        "nearest_neighbour" => NearestNeighbour(super::NearestNeighbourRetriever),
    }
}

crate::macros::string_enum! {
    /// The `RrfRetrieverType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum RrfRetrieverType {
        /// `rrf`
        Rrf = "rrf",
    }
}

impl Default for RrfRetrieverType {
    fn default() -> Self {
        RrfRetrieverType::Other(String::new())
    }
}

/// Wire chunk: atom fields plus any custom fields (via ``extra``).
///
/// Generated from schema `SearchChunkResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchChunkResponse {
    /// The `chunk_type` field.
    #[serde(default)]
    pub chunk_type: String,
    /// The `content` field.
    #[serde(default)]
    pub content: String,
    /// The `end_offset` field.
    #[serde(default)]
    pub end_offset: Option<i64>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `locator` field.
    #[serde(default)]
    pub locator: String,
    /// The `metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `parent_ref` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_ref: Option<String>,
    /// The `source_id` field.
    #[serde(default)]
    pub source_id: String,
    /// The `start_offset` field.
    #[serde(default)]
    pub start_offset: Option<i64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// SearchHitResponse
///
/// Generated from schema `SearchHitResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchHitResponse {
    /// Wire chunk: atom fields plus any custom fields (via ``extra``).
    #[serde(default)]
    pub chunk: super::SearchChunkResponse,
    /// The `distance` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance: Option<f64>,
    /// The `index_name` field.
    #[serde(default)]
    pub index_name: String,
    /// The `score` field.
    #[serde(default)]
    pub score: f64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// SearchRequest
///
/// Generated from schema `SearchRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SearchRequest`], from [`SearchRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SearchRequest {
    /// The `retriever` field.
    #[builder(setter(into))]
    pub retriever: super::SearchRequestRetriever,
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

impl SearchRequest {
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
            c.extra(&self.extra, &["retriever"]);
        }
    }
}

impl crate::ApiRequest for SearchRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `SearchRequestRetriever` object.
    ///
    /// Generated from schema `SearchRequestRetriever` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum SearchRequestRetriever : "type" {
        /// `type: keyword`
        "keyword" => Keyword(super::KeywordRetriever),
        /// `type: nearest_neighbour`
        "nearest_neighbour" => NearestNeighbour(super::NearestNeighbourRetriever),
        /// `type: rrf`
        "rrf" => Rrf(super::RrfRetriever),
    }
}

/// SearchResponse
///
/// Generated from schema `SearchResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchResponse {
    /// The `hits` field.
    #[serde(default)]
    pub hits: Vec<super::SearchHitResponse>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `SummaryStatus` object.
    ///
    /// Generated from schema `SummaryStatus` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum SummaryStatus {
        /// `handwritten`
        Handwritten = "handwritten",
        /// `generated`
        Generated = "generated",
        /// `generated_confirmed`
        GeneratedConfirmed = "generated_confirmed",
    }
}

impl Default for SummaryStatus {
    fn default() -> Self {
        SummaryStatus::Other(String::new())
    }
}

/// TextArrayFieldDefinition
///
/// Generated from schema `TextArrayFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`TextArrayFieldDefinition`], from [`TextArrayFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct TextArrayFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"text[]"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::TextArrayFieldDefinitionType,
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

impl TextArrayFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for TextArrayFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `TextArrayFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum TextArrayFieldDefinitionType {
        /// `text[]`
        Text = "text[]",
    }
}

impl Default for TextArrayFieldDefinitionType {
    fn default() -> Self {
        TextArrayFieldDefinitionType::Other(String::new())
    }
}

/// TextFieldDefinition
///
/// Generated from schema `TextFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`TextFieldDefinition`], from [`TextFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct TextFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"text"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::TextFieldDefinitionType,
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

impl TextFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for TextFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `TextFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum TextFieldDefinitionType {
        /// `text`
        Text = "text",
    }
}

impl Default for TextFieldDefinitionType {
    fn default() -> Self {
        TextFieldDefinitionType::Other(String::new())
    }
}

/// TimestampArrayFieldDefinition
///
/// Generated from schema `TimestampArrayFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`TimestampArrayFieldDefinition`], from [`TimestampArrayFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct TimestampArrayFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"timestamp[]"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::TimestampArrayFieldDefinitionType,
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

impl TimestampArrayFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for TimestampArrayFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `TimestampArrayFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum TimestampArrayFieldDefinitionType {
        /// `timestamp[]`
        Timestamp = "timestamp[]",
    }
}

impl Default for TimestampArrayFieldDefinitionType {
    fn default() -> Self {
        TimestampArrayFieldDefinitionType::Other(String::new())
    }
}

/// TimestampFieldDefinition
///
/// Generated from schema `TimestampFieldDefinition` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`TimestampFieldDefinition`], from [`TimestampFieldDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct TimestampFieldDefinition {
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `default`.
        pub fn default(&mut self, v: impl Into<serde_json::Value>) {
            self.default = Some(v.into());
        }
        /// Sets `default` from an `Option` (`None` leaves it unset).
        pub fn maybe_default(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.default = v.map(Into::into);
        }
    ))]
    pub default: Option<serde_json::Value>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `indexed`.
        pub fn indexed(&mut self, v: impl Into<bool>) {
            self.indexed = Some(v.into());
        }
        /// Sets `indexed` from an `Option` (`None` leaves it unset).
        pub fn maybe_indexed(&mut self, v: Option<impl Into<bool>>) {
            self.indexed = v.map(Into::into);
        }
    ))]
    pub indexed: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `required`.
        pub fn required(&mut self, v: impl Into<bool>) {
            self.required = Some(v.into());
        }
        /// Sets `required` from an `Option` (`None` leaves it unset).
        pub fn maybe_required(&mut self, v: Option<impl Into<bool>>) {
            self.required = v.map(Into::into);
        }
    ))]
    pub required: Option<bool>,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system`.
        pub fn system(&mut self, v: impl Into<bool>) {
            self.system = Some(v.into());
        }
        /// Sets `system` from an `Option` (`None` leaves it unset).
        pub fn maybe_system(&mut self, v: Option<impl Into<bool>>) {
            self.system = v.map(Into::into);
        }
    ))]
    pub system: Option<bool>,
    /// The API's default: `"timestamp"`.
    #[serde(default)]
    #[builder(setter(into))]
    pub r#type: super::TimestampFieldDefinitionType,
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

impl TimestampFieldDefinition {
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
            c.extra(&self.extra, &["default", "indexed", "required", "system", "type"]);
        }
    }
}

impl crate::ApiRequest for TimestampFieldDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `TimestampFieldDefinitionType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum TimestampFieldDefinitionType {
        /// `timestamp`
        Timestamp = "timestamp",
    }
}

impl Default for TimestampFieldDefinitionType {
    fn default() -> Self {
        TimestampFieldDefinitionType::Other(String::new())
    }
}

/// The schema an index should have. Sent whole, not as a patch.
///
/// No ``config``: the embedding configuration is fixed at creation, so there is
/// nothing for a caller to send back.
///
/// Generated from schema `UpdateManagedIndexRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateManagedIndexRequest`], from [`UpdateManagedIndexRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateManagedIndexRequest {
    /// The `schema` field.
    #[builder(setter(into))]
    pub schema: super::ManagedIndexFields,
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

impl UpdateManagedIndexRequest {
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
            let v = &self.schema;
            v.check_into(c, &format!("{at}schema."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["schema"]);
        }
    }
}

impl crate::ApiRequest for UpdateManagedIndexRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// UpdateSummaryRequestSummary
///
/// Generated from schema `UpdateSummaryRequestSummary` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateSummaryRequestSummary`], from [`UpdateSummaryRequestSummary::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateSummaryRequestSummary {
    /// The `content` field.
    #[builder(setter(into))]
    pub content: String,
    /// The `status` field.
    #[builder(setter(into))]
    pub status: super::UpdateSummaryRequestSummaryStatus,
    /// The `translated` field.
    #[builder(setter(into))]
    pub translated: bool,
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

impl UpdateSummaryRequestSummary {
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
            c.extra(&self.extra, &["content", "status", "translated"]);
        }
    }
}

impl crate::ApiRequest for UpdateSummaryRequestSummary {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `UpdateSummaryRequestSummaryStatus` object.
    ///
    /// Generated from schema `UpdateSummaryRequestSummaryStatus` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum UpdateSummaryRequestSummaryStatus {
        /// `handwritten`
        Handwritten = "handwritten",
        /// `generated_confirmed`
        GeneratedConfirmed = "generated_confirmed",
    }
}

impl Default for UpdateSummaryRequestSummaryStatus {
    fn default() -> Self {
        UpdateSummaryRequestSummaryStatus::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `VectorDType` object.
    ///
    /// Generated from schema `VectorDType` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum VectorDType {
        /// `float16`
        Float16 = "float16",
        /// `float32`
        Float32 = "float32",
    }
}

impl Default for VectorDType {
    fn default() -> Self {
        VectorDType::Other(String::new())
    }
}

/// The query parameters of `client.context().search_indexes().list`: `GET /v1/context/search-indexes` (`list_indexes_v1_context_search_indexes_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ContextSearchIndexesListQuery`], from [`ContextSearchIndexesListQuery::builder`]."
    )
)]
pub struct ContextSearchIndexesListQuery {
    /// Maximum number of indexes to return
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
    /// Cursor returned as next\_page\_token by the previous page
    #[builder(via_mutators, mutators(
        /// Sets `page_token`.
        pub fn page_token(&mut self, v: impl Into<String>) {
            self.page_token = Some(v.into());
        }
        /// Sets `page_token` from an `Option` (`None` leaves it unset).
        pub fn maybe_page_token(&mut self, v: Option<impl Into<String>>) {
            self.page_token = v.map(Into::into);
        }
    ))]
    pub page_token: Option<String>,
    /// Case-insensitive substring to match against index names
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
    /// Status to match
    #[builder(via_mutators, mutators(
        /// Sets `status`.
        pub fn status(&mut self, v: impl Into<super::ManagedIndexStatus>) {
            self.status = Some(v.into());
        }
        /// Sets `status` from an `Option` (`None` leaves it unset).
        pub fn maybe_status(&mut self, v: Option<impl Into<super::ManagedIndexStatus>>) {
            self.status = v.map(Into::into);
        }
    ))]
    pub status: Option<super::ManagedIndexStatus>,
    /// Creator ID to match
    #[builder(via_mutators, mutators(
        /// Sets `creator_id`.
        pub fn creator_id(&mut self, v: impl Into<String>) {
            self.creator_id = Some(v.into());
        }
        /// Sets `creator_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_creator_id(&mut self, v: Option<impl Into<String>>) {
            self.creator_id = v.map(Into::into);
        }
    ))]
    pub creator_id: Option<String>,
}

impl ContextSearchIndexesListQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.page_token, &mut q, "page_token");
        crate::generated::QueryValue::push_to(&self.name, &mut q, "name");
        crate::generated::QueryValue::push_to(&self.status, &mut q, "status");
        crate::generated::QueryValue::push_to(&self.creator_id, &mut q, "creator_id");
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

/// The query parameters of `client.context().search_indexes().generate_index_summary`: `POST /v1/context/search-indexes/{index_name}/summary_field/{language}` (`generate_managed_index_summary_post_v1_context_search_indexes__index_name__summary_field__language__post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ContextSearchIndexesGenerateIndexSummaryQuery`], from [`ContextSearchIndexesGenerateIndexSummaryQuery::builder`]."
    )
)]
pub struct ContextSearchIndexesGenerateIndexSummaryQuery {
    /// Regenerate the summary even if one already exists for this language
    #[builder(via_mutators, mutators(
        /// Sets `force`.
        pub fn force(&mut self, v: impl Into<bool>) {
            self.force = Some(v.into());
        }
        /// Sets `force` from an `Option` (`None` leaves it unset).
        pub fn maybe_force(&mut self, v: Option<impl Into<bool>>) {
            self.force = v.map(Into::into);
        }
    ))]
    pub force: Option<bool>,
}

impl ContextSearchIndexesGenerateIndexSummaryQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.force, &mut q, "force");
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
