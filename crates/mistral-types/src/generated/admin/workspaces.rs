// generated from the spec by `cargo xtask codegen`: do not edit

/// AddOrUpdateUsersToWorkspaceOUT
///
/// Generated from schema `AddOrUpdateUsersToWorkspaceOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddOrUpdateUsersToWorkspaceOut {
    /// Number of users added to the Workspace.
    #[serde(default)]
    pub added_members_count: i64,
    /// Number of Workspace members updated.
    #[serde(default)]
    pub updated_members_count: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AddUsersToWorkspaceOUT
///
/// Generated from schema `AddUsersToWorkspaceOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddUsersToWorkspaceOut {
    /// Number of users added to the Workspace.
    #[serde(default)]
    pub added_members_count: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AdminWorkspaceIn
///
/// Generated from schema `AdminWorkspaceIn` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminWorkspaceIn`], from [`AdminWorkspaceIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AdminWorkspaceIn {
    /// Whether to add all Organization members to the Workspace.
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `add_all_org_members`.
        pub fn add_all_org_members(&mut self, v: impl Into<bool>) {
            self.add_all_org_members = Some(v.into());
        }
        /// Sets `add_all_org_members` from an `Option` (`None` leaves it unset).
        pub fn maybe_add_all_org_members(&mut self, v: Option<impl Into<bool>>) {
            self.add_all_org_members = v.map(Into::into);
        }
    ))]
    pub add_all_org_members: Option<bool>,
    /// User ID to grant the Workspace Admin role to.
    #[builder(setter(into))]
    pub admin_user_id: String,
    /// Workspace description.
    ///
    /// The API's default: `""`.
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
    /// Workspace icon.
    ///
    /// The API's default: `""`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `icon`.
        pub fn icon(&mut self, v: impl Into<String>) {
            self.icon = Some(v.into());
        }
        /// Sets `icon` from an `Option` (`None` leaves it unset).
        pub fn maybe_icon(&mut self, v: Option<impl Into<String>>) {
            self.icon = v.map(Into::into);
        }
    ))]
    pub icon: Option<String>,
    /// Workspace name.
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

impl AdminWorkspaceIn {
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
        if let Some(v) = &self.description {
            let n = v.chars().count();
            if n > 255 {
                c.push(
                    format!("{at}description"),
                    format!("{n} characters: at most 255 allowed"),
                );
            }
        }
        if let Some(v) = &self.icon {
            let n = v.chars().count();
            if n > 2 {
                c.push(format!("{at}icon"), format!("{n} characters: at most 2 allowed"));
            }
        }
        {
            let v = &self.name;
            let n = v.chars().count();
            if n > 255 {
                c.push(
                    format!("{at}name"),
                    format!("{n} characters: at most 255 allowed"),
                );
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "add_all_org_members",
                    "admin_user_id",
                    "description",
                    "icon",
                    "name",
                ],
            );
        }
    }
}

impl crate::ApiRequest for AdminWorkspaceIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// Type of API object for pagination responses.
    ///
    /// Generated from schema `ApiObjectType` of the published spec (`spec/mistral-openapi.json`).
    pub enum ApiObjectType {
        /// `list`
        List = "list",
    }
}

impl Default for ApiObjectType {
    fn default() -> Self {
        ApiObjectType::Other(String::new())
    }
}

/// BaseWorkspaceMemberIN
///
/// Generated from schema `BaseWorkspaceMemberIN` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`BaseWorkspaceMemberIn`], from [`BaseWorkspaceMemberIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct BaseWorkspaceMemberIn {
    /// User ID of the Workspace member.
    #[builder(setter(into))]
    pub user_uuid: String,
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

impl BaseWorkspaceMemberIn {
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
            c.extra(&self.extra, &["user_uuid"]);
        }
    }
}

impl crate::ApiRequest for BaseWorkspaceMemberIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// RemoveWorkspaceMembersIN
///
/// Generated from schema `RemoveWorkspaceMembersIN` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`RemoveWorkspaceMembersIn`], from [`RemoveWorkspaceMembersIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct RemoveWorkspaceMembersIn {
    /// Workspace members to remove.
    #[builder(setter(into))]
    pub members: Vec<super::BaseWorkspaceMemberIn>,
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

impl RemoveWorkspaceMembersIn {
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
            let v = &self.members;
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}members[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["members"]);
        }
    }
}

impl crate::ApiRequest for RemoveWorkspaceMembersIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// RemoveWorkspaceMembersOUT
///
/// Generated from schema `RemoveWorkspaceMembersOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RemoveWorkspaceMembersOut {
    /// Number of Workspace members removed.
    #[serde(default)]
    pub deleted_members_count: i64,
    /// Users that could not be removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_deleted_members: Option<Vec<String>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UpdateWorkspaceIN
///
/// Generated from schema `UpdateWorkspaceIN` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateWorkspaceIn`], from [`UpdateWorkspaceIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateWorkspaceIn {
    /// Updated Workspace description.
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
    /// Updated Workspace icon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `icon`.
        pub fn icon(&mut self, v: impl Into<String>) {
            self.icon = Some(v.into());
        }
        /// Sets `icon` from an `Option` (`None` leaves it unset).
        pub fn maybe_icon(&mut self, v: Option<impl Into<String>>) {
            self.icon = v.map(Into::into);
        }
    ))]
    pub icon: Option<String>,
    /// Updated Workspace name.
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

impl UpdateWorkspaceIn {
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
        if let Some(v) = &self.description {
            let n = v.chars().count();
            if n > 255 {
                c.push(
                    format!("{at}description"),
                    format!("{n} characters: at most 255 allowed"),
                );
            }
        }
        if let Some(v) = &self.icon {
            let n = v.chars().count();
            if n > 2 {
                c.push(format!("{at}icon"), format!("{n} characters: at most 2 allowed"));
            }
        }
        if let Some(v) = &self.name {
            let n = v.chars().count();
            if n > 255 {
                c.push(
                    format!("{at}name"),
                    format!("{n} characters: at most 255 allowed"),
                );
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["description", "icon", "name"]);
        }
    }
}

impl crate::ApiRequest for UpdateWorkspaceIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// WorkspaceEnrichedOUT
///
/// Generated from schema `WorkspaceEnrichedOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkspaceEnrichedOut {
    /// Workspace description.
    #[serde(default)]
    pub description: Option<String>,
    /// Workspace icon.
    #[serde(default)]
    pub icon: Option<String>,
    /// Whether this is the default Workspace for the Organization.
    #[serde(default)]
    pub is_default: bool,
    /// Number of members in the Workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members_count: Option<i64>,
    /// Workspace name.
    #[serde(default)]
    pub name: String,
    /// Deprecated single role for the Workspace. Use 'raw\_roles' instead.
    #[serde(default)]
    pub raw_role: super::WorkspaceEnrichedOutRawRole,
    /// Roles granted for the Workspace.
    #[serde(default)]
    pub raw_roles: Vec<super::WorkspaceEnrichedOutRawRolesItem>,
    /// Workspace spending limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spend_limit: Option<super::WorkspaceSpendLimitOut>,
    /// Workspace ID.
    #[serde(default)]
    pub uuid: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Deprecated single role for the Workspace. Use 'raw\_roles' instead.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkspaceEnrichedOutRawRole {
    /// One of the shapes the spec allows.
    WorkspaceRole(super::WorkspaceRole),
    /// One of the shapes the spec allows.
    StaticWorkspaceRoles(super::StaticWorkspaceRoles),
    /// One of the shapes the spec allows.
    StaticOrganizationRoles(super::StaticOrganizationRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkspaceEnrichedOutRawRole {
    fn default() -> Self {
        WorkspaceEnrichedOutRawRole::Other(serde_json::Value::Null)
    }
}

/// The `WorkspaceEnrichedOutRawRolesItem` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkspaceEnrichedOutRawRolesItem {
    /// One of the shapes the spec allows.
    WorkspaceRole(super::WorkspaceRole),
    /// One of the shapes the spec allows.
    StaticWorkspaceRoles(super::StaticWorkspaceRoles),
    /// One of the shapes the spec allows.
    StaticOrganizationRoles(super::StaticOrganizationRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkspaceEnrichedOutRawRolesItem {
    fn default() -> Self {
        WorkspaceEnrichedOutRawRolesItem::Other(serde_json::Value::Null)
    }
}

/// WorkspaceMemberIN
///
/// Generated from schema `WorkspaceMemberIN` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkspaceMemberIn`], from [`WorkspaceMemberIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct WorkspaceMemberIn {
    /// Workspace members to add or update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `members`.
        pub fn members(&mut self, v: impl Into<Vec<super::WorkspaceMemberSingleIn>>) {
            self.members = Some(v.into());
        }
        /// Sets `members` from an `Option` (`None` leaves it unset).
        pub fn maybe_members(&mut self, v: Option<impl Into<Vec<super::WorkspaceMemberSingleIn>>>) {
            self.members = v.map(Into::into);
        }
    ))]
    pub members: Option<Vec<super::WorkspaceMemberSingleIn>>,
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

impl WorkspaceMemberIn {
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
        if let Some(v) = &self.members {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}members[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["members"]);
        }
    }
}

impl crate::ApiRequest for WorkspaceMemberIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// WorkspaceMemberSingleIN
///
/// Generated from schema `WorkspaceMemberSingleIN` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkspaceMemberSingleIn`], from [`WorkspaceMemberSingleIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct WorkspaceMemberSingleIn {
    /// Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role\_name'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role`.
        pub fn role(&mut self, v: impl Into<super::WorkspaceMemberSingleInRole>) {
            self.role = Some(v.into());
        }
        /// Sets `role` from an `Option` (`None` leaves it unset).
        pub fn maybe_role(&mut self, v: Option<impl Into<super::WorkspaceMemberSingleInRole>>) {
            self.role = v.map(Into::into);
        }
    ))]
    pub role: Option<super::WorkspaceMemberSingleInRole>,
    /// Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role_name`.
        pub fn role_name(&mut self, v: impl Into<super::WorkspaceMemberSingleInRoleName>) {
            self.role_name = Some(v.into());
        }
        /// Sets `role_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_role_name(&mut self, v: Option<impl Into<super::WorkspaceMemberSingleInRoleName>>) {
            self.role_name = v.map(Into::into);
        }
    ))]
    pub role_name: Option<super::WorkspaceMemberSingleInRoleName>,
    /// Simplified role names to assign. Mutually exclusive with 'roles'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role_names`.
        pub fn role_names(&mut self, v: impl Into<Vec<super::WorkspaceMemberSingleInRoleNamesItem>>) {
            self.role_names = Some(v.into());
        }
        /// Sets `role_names` from an `Option` (`None` leaves it unset).
        pub fn maybe_role_names(&mut self, v: Option<impl Into<Vec<super::WorkspaceMemberSingleInRoleNamesItem>>>) {
            self.role_names = v.map(Into::into);
        }
    ))]
    pub role_names: Option<Vec<super::WorkspaceMemberSingleInRoleNamesItem>>,
    /// Role values to assign. Mutually exclusive with 'role\_names'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `roles`.
        pub fn roles(&mut self, v: impl Into<super::WorkspaceMemberSingleInRoles>) {
            self.roles = Some(v.into());
        }
        /// Sets `roles` from an `Option` (`None` leaves it unset).
        pub fn maybe_roles(&mut self, v: Option<impl Into<super::WorkspaceMemberSingleInRoles>>) {
            self.roles = v.map(Into::into);
        }
    ))]
    pub roles: Option<super::WorkspaceMemberSingleInRoles>,
    /// User ID of the Workspace member.
    #[builder(setter(into))]
    pub user_uuid: String,
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

impl WorkspaceMemberSingleIn {
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
        if let Some(v) = &self.role_names {
            if v.is_empty() {
                c.push(format!("{at}role_names"), "at least 1 item needed");
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &["role", "role_name", "role_names", "roles", "user_uuid"],
            );
        }
    }
}

impl crate::ApiRequest for WorkspaceMemberSingleIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role\_name'.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkspaceMemberSingleInRole {
    /// One of the shapes the spec allows.
    WorkspaceRole(super::WorkspaceRole),
    /// One of the shapes the spec allows.
    StaticWorkspaceRoles(super::StaticWorkspaceRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkspaceMemberSingleInRole {
    fn default() -> Self {
        WorkspaceMemberSingleInRole::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `WorkspaceMemberSingleInRoleName` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkspaceMemberSingleInRoleName {
        /// `billing`
        Billing = "billing",
        /// `user`
        User = "user",
        /// `contributor`
        Contributor = "contributor",
        /// `dev`
        Dev = "dev",
        /// `dev_contributor`
        DevContributor = "dev_contributor",
        /// `mistral_code_user`
        MistralCodeUser = "mistral_code_user",
        /// `cloud_user`
        CloudUser = "cloud_user",
        /// `workspace_contributor`
        WorkspaceContributor = "workspace_contributor",
        /// `workspace_admin`
        WorkspaceAdmin = "workspace_admin",
        /// `observability_viewer`
        ObservabilityViewer = "observability_viewer",
        /// `workflow_executor`
        WorkflowExecutor = "workflow_executor",
    }
}

impl Default for WorkspaceMemberSingleInRoleName {
    fn default() -> Self {
        WorkspaceMemberSingleInRoleName::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `WorkspaceMemberSingleInRoleNamesItem` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkspaceMemberSingleInRoleNamesItem {
        /// `billing`
        Billing = "billing",
        /// `user`
        User = "user",
        /// `contributor`
        Contributor = "contributor",
        /// `dev`
        Dev = "dev",
        /// `dev_contributor`
        DevContributor = "dev_contributor",
        /// `mistral_code_user`
        MistralCodeUser = "mistral_code_user",
        /// `cloud_user`
        CloudUser = "cloud_user",
        /// `workspace_contributor`
        WorkspaceContributor = "workspace_contributor",
        /// `workspace_admin`
        WorkspaceAdmin = "workspace_admin",
        /// `observability_viewer`
        ObservabilityViewer = "observability_viewer",
        /// `workflow_executor`
        WorkflowExecutor = "workflow_executor",
    }
}

impl Default for WorkspaceMemberSingleInRoleNamesItem {
    fn default() -> Self {
        WorkspaceMemberSingleInRoleNamesItem::Other(String::new())
    }
}

/// Role values to assign. Mutually exclusive with 'role\_names'.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkspaceMemberSingleInRoles {
    /// One of the shapes the spec allows.
    List(Vec<super::WorkspaceRole>),
    /// One of the shapes the spec allows.
    List2(Vec<super::StaticWorkspaceRoles>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkspaceMemberSingleInRoles {
    fn default() -> Self {
        WorkspaceMemberSingleInRoles::Other(serde_json::Value::Null)
    }
}

/// WorkspaceOUT
///
/// Generated from schema `WorkspaceOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkspaceOut {
    /// Workspace description.
    #[serde(default)]
    pub description: Option<String>,
    /// Workspace icon.
    #[serde(default)]
    pub icon: Option<String>,
    /// Whether this is the default Workspace for the Organization.
    #[serde(default)]
    pub is_default: bool,
    /// Number of members in the Workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members_count: Option<i64>,
    /// Workspace name.
    #[serde(default)]
    pub name: String,
    /// Workspace spending limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spend_limit: Option<super::WorkspaceSpendLimitOut>,
    /// Workspace ID.
    #[serde(default)]
    pub uuid: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkspaceSpendLimitOUT
///
/// Generated from schema `WorkspaceSpendLimitOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkspaceSpendLimitOut {
    /// Currency used for the Workspace spending limit.
    #[serde(default)]
    pub currency: Option<String>,
    /// Whether the Workspace has no monthly spending limit.
    #[serde(default)]
    pub no_monthly_limit: Option<bool>,
    /// Monthly spending limit for the Workspace.
    #[serde(default)]
    pub value: Option<f64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkspacesOut
///
/// Generated from schema `WorkspacesOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkspacesOut {
    /// Workspaces on this page.
    #[serde(default)]
    pub items: Vec<super::WorkspaceOut>,
    /// Type of paginated API object.
    ///
    /// The API's default: `"list"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<super::ApiObjectType>,
    /// Page number returned.
    #[serde(default)]
    pub page: i64,
    /// Maximum number of results per page.
    #[serde(default)]
    pub page_size: i64,
    /// Total number of Workspaces that match the request.
    #[serde(default)]
    pub total: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The query parameters of `client.admin().workspaces().get_workspaces`: `GET /v1/admin/workspaces` (`users_api_admin_workspaces_get_workspaces`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminWorkspacesGetWorkspacesQuery`], from [`AdminWorkspacesGetWorkspacesQuery::builder`]."
    )
)]
pub struct AdminWorkspacesGetWorkspacesQuery {
    /// Whether to include archived Workspaces.
    #[builder(via_mutators, mutators(
        /// Sets `is_archived`.
        pub fn is_archived(&mut self, v: impl Into<bool>) {
            self.is_archived = Some(v.into());
        }
        /// Sets `is_archived` from an `Option` (`None` leaves it unset).
        pub fn maybe_is_archived(&mut self, v: Option<impl Into<bool>>) {
            self.is_archived = v.map(Into::into);
        }
    ))]
    pub is_archived: Option<bool>,
    /// Page number to return.
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
    /// Maximum number of results per page.
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
    /// Search term to filter Workspaces by name.
    #[builder(via_mutators, mutators(
        /// Sets `search`.
        pub fn search(&mut self, v: impl Into<String>) {
            self.search = Some(v.into());
        }
        /// Sets `search` from an `Option` (`None` leaves it unset).
        pub fn maybe_search(&mut self, v: Option<impl Into<String>>) {
            self.search = v.map(Into::into);
        }
    ))]
    pub search: Option<String>,
}

impl AdminWorkspacesGetWorkspacesQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.is_archived, &mut q, "is_archived");
        crate::generated::QueryValue::push_to(&self.page, &mut q, "page");
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.search, &mut q, "search");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.page {
            if (*v as f64) <= 0.0 {
                c.push("page", format!("{} is out of range: must be above 0", v));
            }
        }
        if let Some(v) = &self.page_size {
            if (*v as f64) <= 0.0 {
                c.push("page_size", format!("{} is out of range: must be above 0", v));
            }
        }
        c.finish()
    }
}
