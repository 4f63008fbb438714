// generated from the spec by `cargo xtask codegen`: do not edit

crate::macros::string_enum! {
    /// The `BaseTaskStatus` object.
    ///
    /// Generated from schema `BaseTaskStatus` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum BaseTaskStatusNext {
        /// `RUNNING`
        Running = "RUNNING",
        /// `COMPLETED`
        Completed = "COMPLETED",
        /// `FAILED`
        Failed = "FAILED",
        /// `CANCELED`
        Canceled = "CANCELED",
        /// `TERMINATED`
        Terminated = "TERMINATED",
        /// `CONTINUED_AS_NEW`
        ContinuedAsNew = "CONTINUED_AS_NEW",
        /// `TIMED_OUT`
        TimedOut = "TIMED_OUT",
        /// `UNKNOWN`
        Unknown = "UNKNOWN",
    }
}

impl Default for BaseTaskStatusNext {
    fn default() -> Self {
        BaseTaskStatusNext::Other(String::new())
    }
}

/// CreateDatasetRecordRequest
///
/// Generated from schema `CreateDatasetRecordRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateDatasetRecordRequest`], from [`CreateDatasetRecordRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateDatasetRecordRequest {
    /// The `payload` field.
    #[builder(setter(into))]
    pub payload: super::DatasetRecordPayload,
    /// Properties
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `properties`.
        pub fn properties(&mut self, v: impl Into<serde_json::Map<String, serde_json::Value>>) {
            self.properties = Some(v.into());
        }
        /// Sets `properties` from an `Option` (`None` leaves it unset).
        pub fn maybe_properties(&mut self, v: Option<impl Into<serde_json::Map<String, serde_json::Value>>>) {
            self.properties = v.map(Into::into);
        }
    ))]
    pub properties: Option<serde_json::Map<String, serde_json::Value>>,
    /// Caller-declared channel that initiated record creation. This value does not certify that the payload is an unmodified copy of its source.
    ///
    /// The API's default: `"DIRECT_INPUT"`.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `source`.
        pub fn source(&mut self, v: impl Into<super::CreateDatasetRecordRequestSource>) {
            self.source = Some(v.into());
        }
        /// Sets `source` from an `Option` (`None` leaves it unset).
        pub fn maybe_source(&mut self, v: Option<impl Into<super::CreateDatasetRecordRequestSource>>) {
            self.source = v.map(Into::into);
        }
    ))]
    pub source: Option<super::CreateDatasetRecordRequestSource>,
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

impl CreateDatasetRecordRequest {
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
            c.extra(&self.extra, &["payload", "properties", "source"]);
        }
    }
}

impl crate::ApiRequest for CreateDatasetRecordRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// Caller-declared channel that initiated record creation. This value does not certify that the payload is an unmodified copy of its source.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum CreateDatasetRecordRequestSource {
        /// `DIRECT_INPUT`
        DirectInput = "DIRECT_INPUT",
        /// `TELEMETRY_SPAN`
        TelemetrySpan = "TELEMETRY_SPAN",
    }
}

impl Default for CreateDatasetRecordRequestSource {
    fn default() -> Self {
        CreateDatasetRecordRequestSource::Other(String::new())
    }
}

/// CreateDatasetRequest
///
/// Generated from schema `CreateDatasetRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateDatasetRequest`], from [`CreateDatasetRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateDatasetRequest {
    /// Description
    #[builder(setter(into))]
    pub description: String,
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

impl CreateDatasetRequest {
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
            let v = &self.description;
            let n = v.chars().count();
            if n > 200 {
                c.push(
                    format!("{at}description"),
                    format!("{n} characters: at most 200 allowed"),
                );
            }
        }
        {
            let v = &self.name;
            let n = v.chars().count();
            if n < 5 {
                c.push(format!("{at}name"), format!("{n} characters: at least 5 needed"));
            }
            if n > 50 {
                c.push(format!("{at}name"), format!("{n} characters: at most 50 allowed"));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["description", "name"]);
        }
    }
}

impl crate::ApiRequest for CreateDatasetRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Dataset
///
/// Generated from schema `Dataset` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dataset {
    /// Created At
    #[serde(default)]
    pub created_at: String,
    /// Deleted At
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// Description
    #[serde(default)]
    pub description: String,
    /// Id
    #[serde(default)]
    pub id: String,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Owner Id
    #[serde(default)]
    pub owner_id: String,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Updated At
    #[serde(default)]
    pub updated_at: String,
    /// Workspace Id
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `DatasetImportResult` object.
///
/// Generated from schema `DatasetImportResult` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DatasetImportResult {
    /// The `imported_record_count` field.
    #[serde(default)]
    pub imported_record_count: i64,
    /// The `requested_record_count` field.
    #[serde(default)]
    pub requested_record_count: i64,
    /// The `skipped_record_count` field.
    #[serde(default)]
    pub skipped_record_count: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Source-agnostic counts for a completed dataset import.
///
/// Generated from schema `DatasetImportResult` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DatasetImportResultNext {
    /// The `imported_record_count` field.
    #[serde(default)]
    pub imported_record_count: i64,
    /// The `requested_record_count` field.
    #[serde(default)]
    pub requested_record_count: i64,
    /// The `skipped_record_count` field.
    #[serde(default)]
    pub skipped_record_count: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DatasetImportTask
///
/// Generated from schema `DatasetImportTask` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DatasetImportTask {
    /// Created At
    #[serde(default)]
    pub created_at: String,
    /// Creator Id
    #[serde(default)]
    pub creator_id: String,
    /// Dataset Id
    #[serde(default)]
    pub dataset_id: String,
    /// Deleted At
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// Id
    #[serde(default)]
    pub id: String,
    /// Message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Progress
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<i64>,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<super::DatasetImportResult>,
    /// The `status` field.
    #[serde(default)]
    pub status: super::BaseTaskStatus,
    /// Updated At
    #[serde(default)]
    pub updated_at: String,
    /// Workspace Id
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DatasetImportTask
///
/// Generated from schema `DatasetImportTask` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DatasetImportTaskNext {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `creator_id` field.
    #[serde(default)]
    pub creator_id: String,
    /// The `dataset_id` field.
    #[serde(default)]
    pub dataset_id: String,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `message` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `progress` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<i64>,
    /// The `result` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<super::DatasetImportResultNext>,
    /// The `status` field.
    #[serde(default)]
    pub status: super::BaseTaskStatusNext,
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

/// DatasetPreview
///
/// Generated from schema `DatasetPreview` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DatasetPreview {
    /// Created At
    #[serde(default)]
    pub created_at: String,
    /// Deleted At
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// Description
    #[serde(default)]
    pub description: String,
    /// Id
    #[serde(default)]
    pub id: String,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Owner Id
    #[serde(default)]
    pub owner_id: String,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Updated At
    #[serde(default)]
    pub updated_at: String,
    /// Workspace Id
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DatasetRecord
///
/// Generated from schema `DatasetRecord` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DatasetRecord {
    /// Created At
    #[serde(default)]
    pub created_at: String,
    /// Dataset Id
    #[serde(default)]
    pub dataset_id: String,
    /// Deleted At
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// Id
    #[serde(default)]
    pub id: String,
    /// The `payload` field.
    #[serde(default)]
    pub payload: super::DatasetRecordPayload,
    /// Properties
    #[serde(default)]
    pub properties: serde_json::Map<String, serde_json::Value>,
    /// The `source` field.
    #[serde(default)]
    pub source: super::DatasetRecordSource,
    /// Updated At
    #[serde(default)]
    pub updated_at: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Caller-authored input object stored on a dataset record.
///
/// Generated from schema `DatasetRecordPayload` of the published spec (`spec/mistral-openapi.json`).
pub type DatasetRecordPayload = serde_json::Map<String, serde_json::Value>;

crate::macros::string_enum! {
    /// DatasetRecordSource
    ///
    /// Generated from schema `DatasetRecordSource` of the published spec (`spec/mistral-openapi.json`).
    pub enum DatasetRecordSource {
        /// `EXPLORER`
        Explorer = "EXPLORER",
        /// `UPLOADED_FILE`
        UploadedFile = "UPLOADED_FILE",
        /// `DIRECT_INPUT`
        DirectInput = "DIRECT_INPUT",
        /// `PLAYGROUND`
        Playground = "PLAYGROUND",
    }
}

impl Default for DatasetRecordSource {
    fn default() -> Self {
        DatasetRecordSource::Other(String::new())
    }
}

/// ExportDatasetResponse
///
/// Generated from schema `ExportDatasetResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportDatasetResponse {
    /// File Url
    #[serde(default)]
    pub file_url: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ImportDatasetFromCampaignRequest
///
/// Generated from schema `ImportDatasetFromCampaignRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ImportDatasetFromCampaignRequest`], from [`ImportDatasetFromCampaignRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ImportDatasetFromCampaignRequest {
    /// Campaign Id
    #[builder(setter(into))]
    pub campaign_id: String,
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

impl ImportDatasetFromCampaignRequest {
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
            c.extra(&self.extra, &["campaign_id"]);
        }
    }
}

impl crate::ApiRequest for ImportDatasetFromCampaignRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ImportDatasetFromDatasetRequest
///
/// Generated from schema `ImportDatasetFromDatasetRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ImportDatasetFromDatasetRequest`], from [`ImportDatasetFromDatasetRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ImportDatasetFromDatasetRequest {
    /// Dataset Record Ids
    #[builder(setter(into))]
    pub dataset_record_ids: Vec<String>,
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

impl ImportDatasetFromDatasetRequest {
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
            let v = &self.dataset_record_ids;
            if v.is_empty() {
                c.push(format!("{at}dataset_record_ids"), "at least 1 item needed");
            }
            if v.len() > 10000 {
                c.push(
                    format!("{at}dataset_record_ids"),
                    format!("{} items: at most 10000 allowed", v.len()),
                );
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["dataset_record_ids"]);
        }
    }
}

impl crate::ApiRequest for ImportDatasetFromDatasetRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ImportDatasetFromExplorerRequest
///
/// Generated from schema `ImportDatasetFromExplorerRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ImportDatasetFromExplorerRequest`], from [`ImportDatasetFromExplorerRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ImportDatasetFromExplorerRequest {
    /// Completion Event Ids
    #[builder(setter(into))]
    pub completion_event_ids: Vec<String>,
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

impl ImportDatasetFromExplorerRequest {
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
            let v = &self.completion_event_ids;
            if v.len() > 500 {
                c.push(
                    format!("{at}completion_event_ids"),
                    format!("{} items: at most 500 allowed", v.len()),
                );
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["completion_event_ids"]);
        }
    }
}

impl crate::ApiRequest for ImportDatasetFromExplorerRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ImportDatasetFromFileRequest
///
/// Generated from schema `ImportDatasetFromFileRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ImportDatasetFromFileRequest`], from [`ImportDatasetFromFileRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ImportDatasetFromFileRequest {
    /// File Id
    #[builder(setter(into))]
    pub file_id: String,
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

impl ImportDatasetFromFileRequest {
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
            c.extra(&self.extra, &["file_id"]);
        }
    }
}

impl crate::ApiRequest for ImportDatasetFromFileRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ImportDatasetFromPlaygroundRequest
///
/// Generated from schema `ImportDatasetFromPlaygroundRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ImportDatasetFromPlaygroundRequest`], from [`ImportDatasetFromPlaygroundRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ImportDatasetFromPlaygroundRequest {
    /// Conversation Ids
    #[builder(setter(into))]
    pub conversation_ids: Vec<String>,
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

impl ImportDatasetFromPlaygroundRequest {
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
            c.extra(&self.extra, &["conversation_ids"]);
        }
    }
}

impl crate::ApiRequest for ImportDatasetFromPlaygroundRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ImportDatasetFromSpansRequest
///
/// Generated from schema `ImportDatasetFromSpansRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ImportDatasetFromSpansRequest`], from [`ImportDatasetFromSpansRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ImportDatasetFromSpansRequest {
    /// Mapping rules applied independently to every requested telemetry span.
    ///
    /// Version 1 mappings are optional per span: a missing, null, blank-string, or empty-array
    /// source omits the target key. JSON object and array strings become structured values;
    /// scalar-looking and malformed JSON strings remain strings.
    #[builder(setter(into))]
    pub mapping_contract: super::SpanDatasetMappingContract,
    /// Spans to attempt to import; unavailable references are skipped, and trace and span IDs are attached as record properties automatically.
    #[builder(setter(into))]
    pub span_references: Vec<super::TelemetrySpanReference>,
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

impl ImportDatasetFromSpansRequest {
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
            let v = &self.mapping_contract;
            v.check_into(c, &format!("{at}mapping_contract."));
        }
        {
            let v = &self.span_references;
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}span_references[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["mapping_contract", "span_references"]);
        }
    }
}

impl crate::ApiRequest for ImportDatasetFromSpansRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ListDatasetImportTasksResponse
///
/// Generated from schema `ListDatasetImportTasksResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListDatasetImportTasksResponse {
    /// The `tasks` field.
    #[serde(default)]
    pub tasks: super::PaginatedResultDatasetImportTask,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ListDatasetRecordsResponse
///
/// Generated from schema `ListDatasetRecordsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListDatasetRecordsResponse {
    /// The `records` field.
    #[serde(default)]
    pub records: super::PaginatedResultDatasetRecord,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ListDatasetsResponse
///
/// Generated from schema `ListDatasetsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListDatasetsResponse {
    /// The `datasets` field.
    #[serde(default)]
    pub datasets: super::PaginatedResultDatasetPreview,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PaginatedResultDatasetImportTask
///
/// Generated from schema `PaginatedResultDatasetImportTask` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultDatasetImportTask {
    /// Count
    #[serde(default)]
    pub count: i64,
    /// Next
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Previous
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// Results
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::DatasetImportTask>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PaginatedResultDatasetPreview
///
/// Generated from schema `PaginatedResultDatasetPreview` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultDatasetPreview {
    /// Count
    #[serde(default)]
    pub count: i64,
    /// Next
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Previous
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// Results
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::DatasetPreview>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PaginatedResultDatasetRecord
///
/// Generated from schema `PaginatedResultDatasetRecord` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultDatasetRecord {
    /// Count
    #[serde(default)]
    pub count: i64,
    /// Next
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Previous
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// Results
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::DatasetRecord>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// SpanDatasetMapping
///
/// Generated from schema `SpanDatasetMapping` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SpanDatasetMapping`], from [`SpanDatasetMapping::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SpanDatasetMapping {
    /// The `source_field` field.
    #[builder(setter(into))]
    pub source_field: super::SpanDatasetSourceReference,
    /// Literal top-level key to create in the dataset record payload.
    #[builder(setter(into))]
    pub target_field: String,
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

impl SpanDatasetMapping {
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
            let v = &self.source_field;
            v.check_into(c, &format!("{at}source_field."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["source_field", "target_field"]);
        }
    }
}

impl crate::ApiRequest for SpanDatasetMapping {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Mapping rules applied independently to every requested telemetry span.
///
/// Version 1 mappings are optional per span: a missing, null, blank-string, or empty-array
/// source omits the target key. JSON object and array strings become structured values;
/// scalar-looking and malformed JSON strings remain strings.
///
/// Generated from schema `SpanDatasetMappingContract` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SpanDatasetMappingContract`], from [`SpanDatasetMappingContract::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SpanDatasetMappingContract {
    /// The `mappings` field.
    #[builder(setter(into))]
    pub mappings: Vec<super::SpanDatasetMapping>,
    /// The API's default: `1`.
    #[builder(setter(into))]
    pub version: i64,
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

impl SpanDatasetMappingContract {
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
            let v = &self.mappings;
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}mappings[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["mappings", "version"]);
        }
    }
}

impl crate::ApiRequest for SpanDatasetMappingContract {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `SpanDatasetSourceNamespace` object.
    ///
    /// Generated from schema `SpanDatasetSourceNamespace` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum SpanDatasetSourceNamespace {
        /// `span_attributes`
        SpanAttributes = "span_attributes",
        /// `resource_attributes`
        ResourceAttributes = "resource_attributes",
    }
}

impl Default for SpanDatasetSourceNamespace {
    fn default() -> Self {
        SpanDatasetSourceNamespace::Other(String::new())
    }
}

/// SpanDatasetSourceReference
///
/// Generated from schema `SpanDatasetSourceReference` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SpanDatasetSourceReference`], from [`SpanDatasetSourceReference::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SpanDatasetSourceReference {
    /// Literal attribute dictionary key; dots do not denote a nested path.
    #[builder(setter(into))]
    pub key: String,
    /// Attribute maps that may supply dataset payload values.
    #[builder(setter(into))]
    pub namespace: super::SpanDatasetSourceNamespace,
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

impl SpanDatasetSourceReference {
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
            c.extra(&self.extra, &["key", "namespace"]);
        }
    }
}

impl crate::ApiRequest for SpanDatasetSourceReference {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Immutable provenance used to identify a telemetry span.
///
/// Generated from schema `TelemetrySpanReference` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`TelemetrySpanReference`], from [`TelemetrySpanReference::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct TelemetrySpanReference {
    /// The `span_id` field.
    #[builder(setter(into))]
    pub span_id: String,
    /// The `trace_id` field.
    #[builder(setter(into))]
    pub trace_id: String,
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

impl TelemetrySpanReference {
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
            c.extra(&self.extra, &["span_id", "trace_id"]);
        }
    }
}

impl crate::ApiRequest for TelemetrySpanReference {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// UpdateDatasetRequest
///
/// Generated from schema `UpdateDatasetRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateDatasetRequest`], from [`UpdateDatasetRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateDatasetRequest {
    /// Description
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
    /// Name
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

impl UpdateDatasetRequest {
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
            c.extra(&self.extra, &["description", "name"]);
        }
    }
}

impl crate::ApiRequest for UpdateDatasetRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The query parameters of `client.observability().datasets().get_datasets`: `GET /v1/observability/datasets` (`get_datasets_v1_observability_datasets_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityDatasetsGetDatasetsQuery`], from [`ObservabilityDatasetsGetDatasetsQuery::builder`]."
    )
)]
pub struct ObservabilityDatasetsGetDatasetsQuery {
    /// Page Size
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
    /// Page
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
    /// Q
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

impl ObservabilityDatasetsGetDatasetsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
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
        if let Some(v) = &self.page_size {
            if (*v as f64) < 0.0 {
                c.push("page_size", format!("{} is out of range: must be at least 0", v));
            }
            if (*v as f64) > 100.0 {
                c.push("page_size", format!("{} is out of range: must be at most 100", v));
            }
        }
        if let Some(v) = &self.page {
            if (*v as f64) < 1.0 {
                c.push("page", format!("{} is out of range: must be at least 1", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.observability().datasets().get_dataset_records`: `GET /v1/observability/datasets/{dataset_id}/records` (`get_dataset_records_v1_observability_datasets__dataset_id__records_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityDatasetsGetDatasetRecordsQuery`], from [`ObservabilityDatasetsGetDatasetRecordsQuery::builder`]."
    )
)]
pub struct ObservabilityDatasetsGetDatasetRecordsQuery {
    /// Page Size
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
    /// Page
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

impl ObservabilityDatasetsGetDatasetRecordsQuery {
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
        if let Some(v) = &self.page_size {
            if (*v as f64) < 0.0 {
                c.push("page_size", format!("{} is out of range: must be at least 0", v));
            }
            if (*v as f64) > 100.0 {
                c.push("page_size", format!("{} is out of range: must be at most 100", v));
            }
        }
        if let Some(v) = &self.page {
            if (*v as f64) < 1.0 {
                c.push("page", format!("{} is out of range: must be at least 1", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.observability().datasets().get_dataset_import_tasks`: `GET /v1/observability/datasets/{dataset_id}/tasks` (`get_dataset_import_tasks_v1_observability_datasets__dataset_id__tasks_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityDatasetsGetDatasetImportTasksQuery`], from [`ObservabilityDatasetsGetDatasetImportTasksQuery::builder`]."
    )
)]
pub struct ObservabilityDatasetsGetDatasetImportTasksQuery {
    /// Page Size
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
    /// Page
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

impl ObservabilityDatasetsGetDatasetImportTasksQuery {
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
        if let Some(v) = &self.page_size {
            if (*v as f64) < 0.0 {
                c.push("page_size", format!("{} is out of range: must be at least 0", v));
            }
            if (*v as f64) > 100.0 {
                c.push("page_size", format!("{} is out of range: must be at most 100", v));
            }
        }
        if let Some(v) = &self.page {
            if (*v as f64) < 1.0 {
                c.push("page", format!("{} is out of range: must be at least 1", v));
            }
        }
        c.finish()
    }
}
