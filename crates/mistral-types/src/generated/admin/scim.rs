// generated from the spec by `cargo xtask codegen`: do not edit

/// AdminScimSyncConfig
///
/// Generated from schema `AdminScimSyncConfig` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminScimSyncConfig`], from [`AdminScimSyncConfig::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AdminScimSyncConfig {
    /// Delete Organization groups that are absent from the SCIM provider.
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `delete_missing_groups`.
        pub fn delete_missing_groups(&mut self, v: impl Into<bool>) {
            self.delete_missing_groups = Some(v.into());
        }
        /// Sets `delete_missing_groups` from an `Option` (`None` leaves it unset).
        pub fn maybe_delete_missing_groups(&mut self, v: Option<impl Into<bool>>) {
            self.delete_missing_groups = v.map(Into::into);
        }
    ))]
    pub delete_missing_groups: Option<bool>,
    /// Remove Organization users that are inactive or absent from the SCIM provider.
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `deprovision_users`.
        pub fn deprovision_users(&mut self, v: impl Into<bool>) {
            self.deprovision_users = Some(v.into());
        }
        /// Sets `deprovision_users` from an `Option` (`None` leaves it unset).
        pub fn maybe_deprovision_users(&mut self, v: Option<impl Into<bool>>) {
            self.deprovision_users = v.map(Into::into);
        }
    ))]
    pub deprovision_users: Option<bool>,
    /// Synchronize group metadata from the SCIM provider.
    #[serde(default)]
    #[builder(setter(into))]
    pub sync_groups: bool,
    /// Synchronize additions and removals of users in SCIM groups.
    #[serde(default)]
    #[builder(setter(into))]
    pub sync_memberships: bool,
    /// Add users found in the SCIM provider to the Organization.
    #[serde(default)]
    #[builder(setter(into))]
    pub sync_users: bool,
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

impl AdminScimSyncConfig {
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
                    "delete_missing_groups",
                    "deprovision_users",
                    "sync_groups",
                    "sync_memberships",
                    "sync_users",
                ],
            );
        }
    }
}

impl crate::ApiRequest for AdminScimSyncConfig {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AdminScimSyncRunOUT
///
/// Generated from schema `AdminScimSyncRunOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AdminScimSyncRunOut {
    /// Time at which the synchronization run was created.
    #[serde(default)]
    pub created_at: String,
    /// Whether the run only previewed changes.
    #[serde(default)]
    pub dry_run: bool,
    /// Failure detail when the synchronization run could not complete.
    #[serde(default)]
    pub error_message: Option<String>,
    /// Time at which processing finished, if it has finished.
    #[serde(default)]
    pub finished_at: Option<String>,
    /// Unique identifier of the SCIM synchronization run.
    #[serde(default)]
    pub run_id: String,
    /// Time at which processing started, if it has started.
    #[serde(default)]
    pub started_at: Option<String>,
    /// Current lifecycle status of the synchronization run.
    #[serde(default)]
    pub status: super::ScimSyncRunStatus,
    /// Preview or result summary, available after the synchronization plan is built.
    #[serde(default)]
    pub summary: Option<super::ScimSyncSummaryOut>,
    /// Categories selected for this synchronization run.
    #[serde(default)]
    pub sync_config: Option<super::AdminScimSyncConfig>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AdminScimSyncTriggerIN
///
/// Generated from schema `AdminScimSyncTriggerIN` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminScimSyncTriggerIn`], from [`AdminScimSyncTriggerIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AdminScimSyncTriggerIn {
    /// Preview all synchronization changes without applying them.
    ///
    /// The API's default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `dry_run`.
        pub fn dry_run(&mut self, v: impl Into<bool>) {
            self.dry_run = Some(v.into());
        }
        /// Sets `dry_run` from an `Option` (`None` leaves it unset).
        pub fn maybe_dry_run(&mut self, v: Option<impl Into<bool>>) {
            self.dry_run = v.map(Into::into);
        }
    ))]
    pub dry_run: Option<bool>,
    /// Categories to synchronize. Required when dry\_run is false; ignored for dry runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `sync_config`.
        pub fn sync_config(&mut self, v: impl Into<super::AdminScimSyncConfig>) {
            self.sync_config = Some(v.into());
        }
        /// Sets `sync_config` from an `Option` (`None` leaves it unset).
        pub fn maybe_sync_config(&mut self, v: Option<impl Into<super::AdminScimSyncConfig>>) {
            self.sync_config = v.map(Into::into);
        }
    ))]
    pub sync_config: Option<super::AdminScimSyncConfig>,
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

impl AdminScimSyncTriggerIn {
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
        if let Some(v) = &self.sync_config {
            v.check_into(c, &format!("{at}sync_config."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["dry_run", "sync_config"]);
        }
    }
}

impl crate::ApiRequest for AdminScimSyncTriggerIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AdminScimSyncTriggerOUT
///
/// Generated from schema `AdminScimSyncTriggerOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AdminScimSyncTriggerOut {
    /// Unique identifier of the created SCIM synchronization run.
    #[serde(default)]
    pub run_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ScimSyncGroupActionOut
///
/// Generated from schema `ScimSyncGroupActionOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScimSyncGroupActionOut {
    /// The `group` field.
    #[serde(default)]
    pub group: super::ScimSyncGroupRefOut,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ScimSyncGroupRefOut
///
/// Generated from schema `ScimSyncGroupRefOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScimSyncGroupRefOut {
    /// Groupname
    #[serde(rename = "groupName", default)]
    pub group_name: String,
    /// Uuid
    #[serde(default)]
    pub uuid: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ScimSyncGroupUpdateActionOut
///
/// Generated from schema `ScimSyncGroupUpdateActionOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScimSyncGroupUpdateActionOut {
    /// The `group` field.
    #[serde(default)]
    pub group: super::ScimSyncGroupRefOut,
    /// Previous Groupname
    #[serde(rename = "previous_groupName", default)]
    pub previous_group_name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ScimSyncGroupsSummaryOut
///
/// Generated from schema `ScimSyncGroupsSummaryOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScimSyncGroupsSummaryOut {
    /// Create
    #[serde(default)]
    pub create: Vec<super::ScimSyncGroupActionOut>,
    /// Delete
    #[serde(default)]
    pub delete: Vec<super::ScimSyncGroupActionOut>,
    /// Update
    #[serde(default)]
    pub update: Vec<super::ScimSyncGroupUpdateActionOut>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ScimSyncMembershipActionOut
///
/// Generated from schema `ScimSyncMembershipActionOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScimSyncMembershipActionOut {
    /// The `group` field.
    #[serde(default)]
    pub group: super::ScimSyncGroupRefOut,
    /// Users Added
    #[serde(default)]
    pub users_added: Vec<super::ScimSyncUserRefOut>,
    /// Users Removed
    #[serde(default)]
    pub users_removed: Vec<super::ScimSyncUserRefOut>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// ScimSyncRunStatus
    ///
    /// Generated from schema `ScimSyncRunStatus` of the published spec (`spec/mistral-openapi.json`).
    pub enum ScimSyncRunStatus {
        /// `PENDING`
        Pending = "PENDING",
        /// `RUNNING`
        Running = "RUNNING",
        /// `SUCCESS`
        Success = "SUCCESS",
        /// `SKIPPED`
        Skipped = "SKIPPED",
        /// `FAILED`
        Failed = "FAILED",
    }
}

impl Default for ScimSyncRunStatus {
    fn default() -> Self {
        ScimSyncRunStatus::Other(String::new())
    }
}

/// ScimSyncSummaryOut
///
/// Generated from schema `ScimSyncSummaryOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScimSyncSummaryOut {
    /// The `groups` field.
    #[serde(default)]
    pub groups: super::ScimSyncGroupsSummaryOut,
    /// Memberships
    #[serde(default)]
    pub memberships: Vec<super::ScimSyncMembershipActionOut>,
    /// The `users` field.
    #[serde(default)]
    pub users: super::ScimSyncUsersSummaryOut,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ScimSyncUserActionOut
///
/// Generated from schema `ScimSyncUserActionOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScimSyncUserActionOut {
    /// The `user` field.
    #[serde(default)]
    pub user: super::ScimSyncUserRefOut,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ScimSyncUserRefOut
///
/// Generated from schema `ScimSyncUserRefOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScimSyncUserRefOut {
    /// Username
    #[serde(rename = "userName", default)]
    pub user_name: String,
    /// Uuid
    #[serde(default)]
    pub uuid: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ScimSyncUsersSummaryOut
///
/// Generated from schema `ScimSyncUsersSummaryOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScimSyncUsersSummaryOut {
    /// Deprovision
    #[serde(default)]
    pub deprovision: Vec<super::ScimSyncUserActionOut>,
    /// Provision
    #[serde(default)]
    pub provision: Vec<super::ScimSyncUserActionOut>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
