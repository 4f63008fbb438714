// generated from the spec by `cargo xtask codegen`: do not edit

/// CreatePromptRequest
///
/// Generated from schema `CreatePromptRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreatePromptRequest`], from [`CreatePromptRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreatePromptRequest {
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
    pub definition: super::PromptDefinition,
    /// Display description.
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
    /// Display title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `title`.
        pub fn title(&mut self, v: impl Into<String>) {
            self.title = Some(v.into());
        }
        /// Sets `title` from an `Option` (`None` leaves it unset).
        pub fn maybe_title(&mut self, v: Option<impl Into<String>>) {
            self.title = v.map(Into::into);
        }
    ))]
    pub title: Option<String>,
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

impl CreatePromptRequest {
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
                    "description",
                    "name",
                    "notes",
                    "sharingScope",
                    "title",
                    "workspaceRelation",
                ],
            );
        }
    }
}

impl crate::ApiRequest for CreatePromptRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// CreatePromptVersionResponse
///
/// Generated from schema `CreatePromptVersionResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePromptVersionResponse {
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

/// DeletePromptResponse
///
/// Generated from schema `DeletePromptResponse` of the published spec (`spec/mistral-openapi.json`).
pub type DeletePromptResponse = serde_json::Map<String, serde_json::Value>;

/// ListPromptVersionsResponse
///
/// Generated from schema `ListPromptVersionsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListPromptVersionsResponse {
    /// data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<super::PromptVersion>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ListPromptsResponse
///
/// Generated from schema `ListPromptsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListPromptsResponse {
    /// data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<super::Prompt>>,
    /// next\_page\_token
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Prompt
///
/// Generated from schema `Prompt` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Prompt {
    /// Aliases pointing to this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// Creation time.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::generated::common::Timestamp>,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// definition
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<super::PromptDefinition>,
    /// Display description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
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
    /// Display title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Last update time.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::generated::common::Timestamp>,
    /// version
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(rename = "versionCreatedAt", default, skip_serializing_if = "Option::is_none")]
    pub version_created_at: Option<crate::generated::common::Timestamp>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Versioned prompt content.
///
/// Generated from schema `PromptDefinition` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`PromptDefinition`], from [`PromptDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct PromptDefinition {
    /// Prompt template content.
    #[serde(default)]
    #[builder(setter(into))]
    pub content: String,
    /// Variables used by the prompt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `variables`.
        pub fn variables(&mut self, v: impl Into<Vec<super::PromptVariable>>) {
            self.variables = Some(v.into());
        }
        /// Sets `variables` from an `Option` (`None` leaves it unset).
        pub fn maybe_variables(&mut self, v: Option<impl Into<Vec<super::PromptVariable>>>) {
            self.variables = v.map(Into::into);
        }
    ))]
    pub variables: Option<Vec<super::PromptVariable>>,
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

impl PromptDefinition {
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
        if let Some(v) = &self.variables {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}variables[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["content", "variables"]);
        }
    }
}

impl crate::ApiRequest for PromptDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// PromptVariable
///
/// Generated from schema `PromptVariable` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`PromptVariable`], from [`PromptVariable::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct PromptVariable {
    /// Stable object name.
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

impl PromptVariable {
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
            c.extra(&self.extra, &["name"]);
        }
    }
}

impl crate::ApiRequest for PromptVariable {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// PromptVersion
///
/// Generated from schema `PromptVersion` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PromptVersion {
    /// Aliases pointing to this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// Creation time.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::generated::common::Timestamp>,
    /// definition
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<super::PromptDefinition>,
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

/// CreatePromptVersionRequest
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`PromptsCreateVersionRequest`], from [`PromptsCreateVersionRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct PromptsCreateVersionRequest {
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
    pub definition: super::PromptDefinition,
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

impl PromptsCreateVersionRequest {
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

impl crate::ApiRequest for PromptsCreateVersionRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// UpdatePromptRequest
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`PromptsUpdateRequest`], from [`PromptsUpdateRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct PromptsUpdateRequest {
    /// Display description.
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
    /// Display title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `title`.
        pub fn title(&mut self, v: impl Into<String>) {
            self.title = Some(v.into());
        }
        /// Sets `title` from an `Option` (`None` leaves it unset).
        pub fn maybe_title(&mut self, v: Option<impl Into<String>>) {
            self.title = v.map(Into::into);
        }
    ))]
    pub title: Option<String>,
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

impl PromptsUpdateRequest {
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
                &["description", "sharingScope", "title", "workspaceRelation"],
            );
        }
    }
}

impl crate::ApiRequest for PromptsUpdateRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// UpdatePromptVersionRequest
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`PromptsUpdateVersionMetadataRequest`], from [`PromptsUpdateVersionMetadataRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct PromptsUpdateVersionMetadataRequest {
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

impl PromptsUpdateVersionMetadataRequest {
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

impl crate::ApiRequest for PromptsUpdateVersionMetadataRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The query parameters of `client.prompts().list`: `GET /v2/prompts` (`prompts_list`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(doc = "The builder of [`PromptsListQuery`], from [`PromptsListQuery::builder`].")
)]
pub struct PromptsListQuery {
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

impl PromptsListQuery {
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

/// The query parameters of `client.prompts().get`: `GET /v2/prompts/{prompt_id}` (`prompts_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(doc = "The builder of [`PromptsGetQuery`], from [`PromptsGetQuery::builder`].")
)]
pub struct PromptsGetQuery {
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

impl PromptsGetQuery {
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

/// The query parameters of `client.prompts().get_version`: `GET /v2/prompts/{prompt_id}/versions/{version}` (`prompts_get_version`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`PromptsGetVersionQuery`], from [`PromptsGetVersionQuery::builder`]."
    )
)]
pub struct PromptsGetVersionQuery {
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

impl PromptsGetVersionQuery {
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
