// generated from the spec by `cargo xtask codegen`: do not edit

/// CreateSkillRequest
///
/// Generated from schema `CreateSkillRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateSkillRequest`], from [`CreateSkillRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateSkillRequest {
    /// Aliases pointing to this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `aliases`.
        pub fn aliases(&mut self, v: impl Into<Vec<String>>) {
            self.aliases = Some(v.into());
        }
        /// Sets `aliases` from an `Option` (`None` leaves it unset).
        pub fn maybe_aliases(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.aliases = v.map(Into::into);
        }
    ))]
    pub aliases: Option<Vec<String>>,
    /// definition
    #[builder(setter(into))]
    pub definition: super::SkillDefinition,
    /// Stable object name.
    #[builder(setter(into))]
    pub name: String,
    /// Notes for this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `notes`.
        pub fn notes(&mut self, v: impl Into<String>) {
            self.notes = Some(v.into());
        }
        /// Sets `notes` from an `Option` (`None` leaves it unset).
        pub fn maybe_notes(&mut self, v: Option<impl Into<String>>) {
            self.notes = v.map(Into::into);
        }
    ))]
    pub notes: Option<String>,
    /// Registry sharing scope.
    #[serde(rename = "sharingScope", default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `sharingScope`.
        pub fn sharing_scope(&mut self, v: impl Into<crate::generated::common::RegistrySharingScope>) {
            self.sharing_scope = Some(v.into());
        }
        /// Sets `sharingScope` from an `Option` (`None` leaves it unset).
        pub fn maybe_sharing_scope(&mut self, v: Option<impl Into<crate::generated::common::RegistrySharingScope>>) {
            self.sharing_scope = v.map(Into::into);
        }
    ))]
    pub sharing_scope: Option<crate::generated::common::RegistrySharingScope>,
    /// Relation a subject holds on a shared registry object.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(
        rename = "workspaceRelation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(via_mutators, mutators(
        /// Sets `workspaceRelation`.
        pub fn workspace_relation(&mut self, v: impl Into<crate::generated::common::ShareRelation>) {
            self.workspace_relation = Some(v.into());
        }
        /// Sets `workspaceRelation` from an `Option` (`None` leaves it unset).
        pub fn maybe_workspace_relation(&mut self, v: Option<impl Into<crate::generated::common::ShareRelation>>) {
            self.workspace_relation = v.map(Into::into);
        }
    ))]
    pub workspace_relation: Option<crate::generated::common::ShareRelation>,
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

impl CreateSkillRequest {
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
            let v = &self.definition;
            v.check_into(c, &format!("{at}definition."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "aliases",
                    "definition",
                    "name",
                    "notes",
                    "sharingScope",
                    "workspaceRelation",
                ],
            );
        }
    }
}

impl crate::ApiRequest for CreateSkillRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// CreateSkillVersionResponse
///
/// Generated from schema `CreateSkillVersionResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateSkillVersionResponse {
    /// deduplicated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deduplicated: Option<bool>,
    /// version
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DeleteSkillResponse
///
/// Generated from schema `DeleteSkillResponse` of the published spec (`spec/mistral-openapi.json`).
pub type DeleteSkillResponse = serde_json::Map<String, serde_json::Value>;

/// ListSkillVersionsResponse
///
/// Generated from schema `ListSkillVersionsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListSkillVersionsResponse {
    /// data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<super::SkillVersion>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ListSkillsResponse
///
/// Generated from schema `ListSkillsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListSkillsResponse {
    /// data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<super::Skill>>,
    /// next\_page\_token
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Skill
///
/// Generated from schema `Skill` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Skill {
    /// Aliases pointing to this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// Creation time.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::generated::common::Timestamp>,
    /// definition
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<super::SkillDefinition>,
    /// id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Latest version number.
    #[serde(rename = "latestVersion", default, skip_serializing_if = "Option::is_none")]
    pub latest_version: Option<i64>,
    /// Stable object name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Notes for this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Registry sharing scope.
    #[serde(rename = "sharingScope", default, skip_serializing_if = "Option::is_none")]
    pub sharing_scope: Option<crate::generated::common::RegistrySharingScope>,
    /// Last update time.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::generated::common::Timestamp>,
    /// version
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// SkillAssetContent
///
/// Generated from schema `SkillAssetContent` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum SkillAssetContent {
    /// One of the shapes the spec allows.
    Variant1(super::SkillAssetContentVariant1),
    /// One of the shapes the spec allows.
    Variant2(super::SkillAssetContentVariant2),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for SkillAssetContent {
    fn default() -> Self {
        SkillAssetContent::Other(serde_json::Value::Null)
    }
}

/// raw\_content
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SkillAssetContentVariant1`], from [`SkillAssetContentVariant1::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SkillAssetContentVariant1 {
    /// raw\_content
    #[serde(rename = "rawContent", default)]
    #[builder(setter(into))]
    pub raw_content: String,
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

impl SkillAssetContentVariant1 {
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
            c.extra(&self.extra, &["rawContent"]);
        }
    }
}

impl crate::ApiRequest for SkillAssetContentVariant1 {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// text\_content
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SkillAssetContentVariant2`], from [`SkillAssetContentVariant2::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SkillAssetContentVariant2 {
    /// text\_content
    #[serde(rename = "textContent", default)]
    #[builder(setter(into))]
    pub text_content: String,
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

impl SkillAssetContentVariant2 {
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
            c.extra(&self.extra, &["textContent"]);
        }
    }
}

impl crate::ApiRequest for SkillAssetContentVariant2 {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Versioned skill content.
///
/// Generated from schema `SkillDefinition` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SkillDefinition`], from [`SkillDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SkillDefinition {
    /// Additional files available to the skill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `assets`.
        pub fn assets(&mut self, v: impl Into<std::collections::BTreeMap<String, super::SkillAssetContent>>) {
            self.assets = Some(v.into());
        }
        /// Sets `assets` from an `Option` (`None` leaves it unset).
        pub fn maybe_assets(&mut self, v: Option<impl Into<std::collections::BTreeMap<String, super::SkillAssetContent>>>) {
            self.assets = v.map(Into::into);
        }
    ))]
    pub assets: Option<std::collections::BTreeMap<String, super::SkillAssetContent>>,
    /// Skill body content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `body`.
        pub fn body(&mut self, v: impl Into<String>) {
            self.body = Some(v.into());
        }
        /// Sets `body` from an `Option` (`None` leaves it unset).
        pub fn maybe_body(&mut self, v: Option<impl Into<String>>) {
            self.body = v.map(Into::into);
        }
    ))]
    pub body: Option<String>,
    /// Model-facing trigger and usage description.
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

impl SkillDefinition {
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
            c.extra(&self.extra, &["assets", "body", "description"]);
        }
    }
}

impl crate::ApiRequest for SkillDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// SkillVersion
///
/// Generated from schema `SkillVersion` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SkillVersion {
    /// Aliases pointing to this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// Creation time.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::generated::common::Timestamp>,
    /// definition
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<super::SkillDefinition>,
    /// Notes for this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// version
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// CreateSkillVersionRequest
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SkillsCreateVersionRequest`], from [`SkillsCreateVersionRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SkillsCreateVersionRequest {
    /// Aliases pointing to this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `aliases`.
        pub fn aliases(&mut self, v: impl Into<Vec<String>>) {
            self.aliases = Some(v.into());
        }
        /// Sets `aliases` from an `Option` (`None` leaves it unset).
        pub fn maybe_aliases(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.aliases = v.map(Into::into);
        }
    ))]
    pub aliases: Option<Vec<String>>,
    /// definition
    #[builder(setter(into))]
    pub definition: super::SkillDefinition,
    /// Notes for this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `notes`.
        pub fn notes(&mut self, v: impl Into<String>) {
            self.notes = Some(v.into());
        }
        /// Sets `notes` from an `Option` (`None` leaves it unset).
        pub fn maybe_notes(&mut self, v: Option<impl Into<String>>) {
            self.notes = v.map(Into::into);
        }
    ))]
    pub notes: Option<String>,
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

impl SkillsCreateVersionRequest {
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
            let v = &self.definition;
            v.check_into(c, &format!("{at}definition."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["aliases", "definition", "notes"]);
        }
    }
}

impl crate::ApiRequest for SkillsCreateVersionRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// UpdateSkillRequest
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SkillsUpdateRequest`], from [`SkillsUpdateRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SkillsUpdateRequest {
    /// Registry sharing scope.
    #[serde(rename = "sharingScope", default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `sharingScope`.
        pub fn sharing_scope(&mut self, v: impl Into<crate::generated::common::RegistrySharingScope>) {
            self.sharing_scope = Some(v.into());
        }
        /// Sets `sharingScope` from an `Option` (`None` leaves it unset).
        pub fn maybe_sharing_scope(&mut self, v: Option<impl Into<crate::generated::common::RegistrySharingScope>>) {
            self.sharing_scope = v.map(Into::into);
        }
    ))]
    pub sharing_scope: Option<crate::generated::common::RegistrySharingScope>,
    /// Relation a subject holds on a shared registry object.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(
        rename = "workspaceRelation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(via_mutators, mutators(
        /// Sets `workspaceRelation`.
        pub fn workspace_relation(&mut self, v: impl Into<crate::generated::common::ShareRelation>) {
            self.workspace_relation = Some(v.into());
        }
        /// Sets `workspaceRelation` from an `Option` (`None` leaves it unset).
        pub fn maybe_workspace_relation(&mut self, v: Option<impl Into<crate::generated::common::ShareRelation>>) {
            self.workspace_relation = v.map(Into::into);
        }
    ))]
    pub workspace_relation: Option<crate::generated::common::ShareRelation>,
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

impl SkillsUpdateRequest {
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
            c.extra(&self.extra, &["sharingScope", "workspaceRelation"]);
        }
    }
}

impl crate::ApiRequest for SkillsUpdateRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// UpdateSkillVersionRequest
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SkillsUpdateVersionMetadataRequest`], from [`SkillsUpdateVersionMetadataRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SkillsUpdateVersionMetadataRequest {
    /// Aliases pointing to this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `aliases`.
        pub fn aliases(&mut self, v: impl Into<crate::generated::common::AliasList>) {
            self.aliases = Some(v.into());
        }
        /// Sets `aliases` from an `Option` (`None` leaves it unset).
        pub fn maybe_aliases(&mut self, v: Option<impl Into<crate::generated::common::AliasList>>) {
            self.aliases = v.map(Into::into);
        }
    ))]
    pub aliases: Option<crate::generated::common::AliasList>,
    /// Notes for this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `notes`.
        pub fn notes(&mut self, v: impl Into<String>) {
            self.notes = Some(v.into());
        }
        /// Sets `notes` from an `Option` (`None` leaves it unset).
        pub fn maybe_notes(&mut self, v: Option<impl Into<String>>) {
            self.notes = v.map(Into::into);
        }
    ))]
    pub notes: Option<String>,
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

impl SkillsUpdateVersionMetadataRequest {
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
        if let Some(v) = &self.aliases {
            v.check_into(c, &format!("{at}aliases."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["aliases", "notes"]);
        }
    }
}

impl crate::ApiRequest for SkillsUpdateVersionMetadataRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The query parameters of `client.skills().list`: `GET /v2/skills` (`skills_list`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(doc = "The builder of [`SkillsListQuery`], from [`SkillsListQuery::builder`].")
)]
pub struct SkillsListQuery {
    /// page\_size
    #[builder(via_mutators, mutators(
        /// Sets `pageSize`.
        pub fn page_size(&mut self, v: impl Into<i64>) {
            self.page_size = Some(v.into());
        }
        /// Sets `pageSize` from an `Option` (`None` leaves it unset).
        pub fn maybe_page_size(&mut self, v: Option<impl Into<i64>>) {
            self.page_size = v.map(Into::into);
        }
    ))]
    pub page_size: Option<i64>,
    /// page\_token
    #[builder(via_mutators, mutators(
        /// Sets `pageToken`.
        pub fn page_token(&mut self, v: impl Into<String>) {
            self.page_token = Some(v.into());
        }
        /// Sets `pageToken` from an `Option` (`None` leaves it unset).
        pub fn maybe_page_token(&mut self, v: Option<impl Into<String>>) {
            self.page_token = v.map(Into::into);
        }
    ))]
    pub page_token: Option<String>,
    /// alias
    #[builder(via_mutators, mutators(
        /// Sets `alias`.
        pub fn alias(&mut self, v: impl Into<String>) {
            self.alias = Some(v.into());
        }
        /// Sets `alias` from an `Option` (`None` leaves it unset).
        pub fn maybe_alias(&mut self, v: Option<impl Into<String>>) {
            self.alias = v.map(Into::into);
        }
    ))]
    pub alias: Option<String>,
    /// fields
    #[builder(via_mutators, mutators(
        /// Sets `fields`.
        pub fn fields(&mut self, v: impl Into<Vec<String>>) {
            self.fields = Some(v.into());
        }
        /// Sets `fields` from an `Option` (`None` leaves it unset).
        pub fn maybe_fields(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.fields = v.map(Into::into);
        }
    ))]
    pub fields: Option<Vec<String>>,
    /// Defaults to created\_at when omitted.
    #[builder(via_mutators, mutators(
        /// Sets `sort.field`.
        pub fn sort_field(&mut self, v: impl Into<crate::generated::common::ListSortField>) {
            self.sort_field = Some(v.into());
        }
        /// Sets `sort.field` from an `Option` (`None` leaves it unset).
        pub fn maybe_sort_field(&mut self, v: Option<impl Into<crate::generated::common::ListSortField>>) {
            self.sort_field = v.map(Into::into);
        }
    ))]
    pub sort_field: Option<crate::generated::common::ListSortField>,
    /// Defaults to descending for timestamp fields and ascending for text fields.
    #[builder(via_mutators, mutators(
        /// Sets `sort.direction`.
        pub fn sort_direction(&mut self, v: impl Into<crate::generated::common::ListSortDirection>) {
            self.sort_direction = Some(v.into());
        }
        /// Sets `sort.direction` from an `Option` (`None` leaves it unset).
        pub fn maybe_sort_direction(&mut self, v: Option<impl Into<crate::generated::common::ListSortDirection>>) {
            self.sort_direction = v.map(Into::into);
        }
    ))]
    pub sort_direction: Option<crate::generated::common::ListSortDirection>,
    /// REST-friendly alias for sort.field. Supported values: created\_at, last\_modified\_at, name, title.
    #[builder(via_mutators, mutators(
        /// Sets `sort_by`.
        pub fn sort_by(&mut self, v: impl Into<String>) {
            self.sort_by = Some(v.into());
        }
        /// Sets `sort_by` from an `Option` (`None` leaves it unset).
        pub fn maybe_sort_by(&mut self, v: Option<impl Into<String>>) {
            self.sort_by = v.map(Into::into);
        }
    ))]
    pub sort_by: Option<String>,
    /// REST-friendly alias for sort.direction. Supported values: asc, desc.
    #[builder(via_mutators, mutators(
        /// Sets `sort_direction`.
        pub fn sort_direction_(&mut self, v: impl Into<String>) {
            self.sort_direction_ = Some(v.into());
        }
        /// Sets `sort_direction` from an `Option` (`None` leaves it unset).
        pub fn maybe_sort_direction_(&mut self, v: Option<impl Into<String>>) {
            self.sort_direction_ = v.map(Into::into);
        }
    ))]
    pub sort_direction_: Option<String>,
}

impl SkillsListQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "pageSize");
        crate::generated::QueryValue::push_to(&self.page_token, &mut q, "pageToken");
        crate::generated::QueryValue::push_to(&self.alias, &mut q, "alias");
        crate::generated::QueryValue::push_to(&self.fields, &mut q, "fields");
        crate::generated::QueryValue::push_to(&self.sort_field, &mut q, "sort.field");
        crate::generated::QueryValue::push_to(&self.sort_direction, &mut q, "sort.direction");
        crate::generated::QueryValue::push_to(&self.sort_by, &mut q, "sort_by");
        crate::generated::QueryValue::push_to(&self.sort_direction_, &mut q, "sort_direction");
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

/// The query parameters of `client.skills().get`: `GET /v2/skills/{skill_id}` (`skills_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(doc = "The builder of [`SkillsGetQuery`], from [`SkillsGetQuery::builder`].")
)]
pub struct SkillsGetQuery {
    /// version
    #[builder(via_mutators, mutators(
        /// Sets `version`.
        pub fn version(&mut self, v: impl Into<i64>) {
            self.version = Some(v.into());
        }
        /// Sets `version` from an `Option` (`None` leaves it unset).
        pub fn maybe_version(&mut self, v: Option<impl Into<i64>>) {
            self.version = v.map(Into::into);
        }
    ))]
    pub version: Option<i64>,
    /// alias
    #[builder(via_mutators, mutators(
        /// Sets `alias`.
        pub fn alias(&mut self, v: impl Into<String>) {
            self.alias = Some(v.into());
        }
        /// Sets `alias` from an `Option` (`None` leaves it unset).
        pub fn maybe_alias(&mut self, v: Option<impl Into<String>>) {
            self.alias = v.map(Into::into);
        }
    ))]
    pub alias: Option<String>,
    /// fields
    #[builder(via_mutators, mutators(
        /// Sets `fields`.
        pub fn fields(&mut self, v: impl Into<Vec<String>>) {
            self.fields = Some(v.into());
        }
        /// Sets `fields` from an `Option` (`None` leaves it unset).
        pub fn maybe_fields(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.fields = v.map(Into::into);
        }
    ))]
    pub fields: Option<Vec<String>>,
}

impl SkillsGetQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.version, &mut q, "version");
        crate::generated::QueryValue::push_to(&self.alias, &mut q, "alias");
        crate::generated::QueryValue::push_to(&self.fields, &mut q, "fields");
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

/// The query parameters of `client.skills().get_version`: `GET /v2/skills/{skill_id}/versions/{version}` (`skills_get_version`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(doc = "The builder of [`SkillsGetVersionQuery`], from [`SkillsGetVersionQuery::builder`].")
)]
pub struct SkillsGetVersionQuery {
    /// fields
    #[builder(via_mutators, mutators(
        /// Sets `fields`.
        pub fn fields(&mut self, v: impl Into<Vec<String>>) {
            self.fields = Some(v.into());
        }
        /// Sets `fields` from an `Option` (`None` leaves it unset).
        pub fn maybe_fields(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.fields = v.map(Into::into);
        }
    ))]
    pub fields: Option<Vec<String>>,
}

impl SkillsGetVersionQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.fields, &mut q, "fields");
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
