// generated from the spec by `cargo xtask codegen`: do not edit

/// AdminAssignUsersToGroupIn
///
/// Generated from schema `AdminAssignUsersToGroupIn` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminAssignUsersToGroupIn`], from [`AdminAssignUsersToGroupIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AdminAssignUsersToGroupIn {
    /// User IDs to add to the group.
    #[builder(setter(into))]
    pub user_uuids: Vec<String>,
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

impl AdminAssignUsersToGroupIn {
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
            c.extra(&self.extra, &["user_uuids"]);
        }
    }
}

impl crate::ApiRequest for AdminAssignUsersToGroupIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AdminProvisionGroupToWorkspaceIn
///
/// Generated from schema `AdminProvisionGroupToWorkspaceIn` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminProvisionGroupToWorkspaceIn`], from [`AdminProvisionGroupToWorkspaceIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AdminProvisionGroupToWorkspaceIn {
    /// User group ID to provision.
    #[builder(setter(into))]
    pub user_group_uuid: String,
    /// Workspace role value to assign to the group. Mutually exclusive with 'workspace\_role\_name'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `workspace_role`.
        pub fn workspace_role(&mut self, v: impl Into<super::AdminProvisionGroupToWorkspaceInWorkspaceRole>) {
            self.workspace_role = Some(v.into());
        }
        /// Sets `workspace_role` from an `Option` (`None` leaves it unset).
        pub fn maybe_workspace_role(&mut self, v: Option<impl Into<super::AdminProvisionGroupToWorkspaceInWorkspaceRole>>) {
            self.workspace_role = v.map(Into::into);
        }
    ))]
    pub workspace_role: Option<super::AdminProvisionGroupToWorkspaceInWorkspaceRole>,
    /// Workspace role name to assign to the group. Mutually exclusive with 'workspace\_role'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `workspace_role_name`.
        pub fn workspace_role_name(&mut self, v: impl Into<super::AdminProvisionGroupToWorkspaceInWorkspaceRoleName>) {
            self.workspace_role_name = Some(v.into());
        }
        /// Sets `workspace_role_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_workspace_role_name(&mut self, v: Option<impl Into<super::AdminProvisionGroupToWorkspaceInWorkspaceRoleName>>) {
            self.workspace_role_name = v.map(Into::into);
        }
    ))]
    pub workspace_role_name: Option<super::AdminProvisionGroupToWorkspaceInWorkspaceRoleName>,
    /// Workspace ID where the group is provisioned.
    #[builder(setter(into))]
    pub workspace_uuid: String,
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

impl AdminProvisionGroupToWorkspaceIn {
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
                    "user_group_uuid",
                    "workspace_role",
                    "workspace_role_name",
                    "workspace_uuid",
                ],
            );
        }
    }
}

impl crate::ApiRequest for AdminProvisionGroupToWorkspaceIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Workspace role value to assign to the group. Mutually exclusive with 'workspace\_role\_name'.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum AdminProvisionGroupToWorkspaceInWorkspaceRole {
    /// One of the shapes the spec allows.
    WorkspaceRole(super::WorkspaceRole),
    /// One of the shapes the spec allows.
    StaticWorkspaceRoles(super::StaticWorkspaceRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for AdminProvisionGroupToWorkspaceInWorkspaceRole {
    fn default() -> Self {
        AdminProvisionGroupToWorkspaceInWorkspaceRole::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `AdminProvisionGroupToWorkspaceInWorkspaceRoleName` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum AdminProvisionGroupToWorkspaceInWorkspaceRoleName {
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

impl Default for AdminProvisionGroupToWorkspaceInWorkspaceRoleName {
    fn default() -> Self {
        AdminProvisionGroupToWorkspaceInWorkspaceRoleName::Other(String::new())
    }
}

/// AdminUpdateUserGroupIn
///
/// Generated from schema `AdminUpdateUserGroupIn` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminUpdateUserGroupIn`], from [`AdminUpdateUserGroupIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AdminUpdateUserGroupIn {
    /// Updated description of the user group.
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
    /// Updated name of the user group.
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
    /// Full replacement list of parent group UUIDs. Pass an empty list to remove all parents; omit the field to leave the parent groups unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `parent_group_ids`.
        pub fn parent_group_ids(&mut self, v: impl Into<Vec<String>>) {
            self.parent_group_ids = Some(v.into());
        }
        /// Sets `parent_group_ids` from an `Option` (`None` leaves it unset).
        pub fn maybe_parent_group_ids(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.parent_group_ids = v.map(Into::into);
        }
    ))]
    pub parent_group_ids: Option<Vec<String>>,
    /// Updated permission target type for this group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `target_type`.
        pub fn target_type(&mut self, v: impl Into<super::UserGroupTargetType>) {
            self.target_type = Some(v.into());
        }
        /// Sets `target_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_target_type(&mut self, v: Option<impl Into<super::UserGroupTargetType>>) {
            self.target_type = v.map(Into::into);
        }
    ))]
    pub target_type: Option<super::UserGroupTargetType>,
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

impl AdminUpdateUserGroupIn {
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
            c.extra(
                &self.extra,
                &["description", "name", "parent_group_ids", "target_type"],
            );
        }
    }
}

impl crate::ApiRequest for AdminUpdateUserGroupIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AdminUserGroupIn
///
/// Generated from schema `AdminUserGroupIn` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminUserGroupIn`], from [`AdminUserGroupIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AdminUserGroupIn {
    /// Optional description of the user group.
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
    /// Name of the user group.
    #[builder(setter(into))]
    pub name: String,
    /// UUIDs of existing groups to nest this new group inside. Omit or pass an empty list to create a top-level group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `parent_group_ids`.
        pub fn parent_group_ids(&mut self, v: impl Into<Vec<String>>) {
            self.parent_group_ids = Some(v.into());
        }
        /// Sets `parent_group_ids` from an `Option` (`None` leaves it unset).
        pub fn maybe_parent_group_ids(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.parent_group_ids = v.map(Into::into);
        }
    ))]
    pub parent_group_ids: Option<Vec<String>>,
    /// Type of resources this group can access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `target_type`.
        pub fn target_type(&mut self, v: impl Into<super::UserGroupTargetType>) {
            self.target_type = Some(v.into());
        }
        /// Sets `target_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_target_type(&mut self, v: Option<impl Into<super::UserGroupTargetType>>) {
            self.target_type = v.map(Into::into);
        }
    ))]
    pub target_type: Option<super::UserGroupTargetType>,
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

impl AdminUserGroupIn {
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
                &["description", "name", "parent_group_ids", "target_type"],
            );
        }
    }
}

impl crate::ApiRequest for AdminUserGroupIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// AdminUserGroupMemberOut
///
/// Generated from schema `AdminUserGroupMemberOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AdminUserGroupMemberOut {
    /// Email address of the group member.
    #[serde(default)]
    pub email: Option<String>,
    /// Name of the group member.
    #[serde(default)]
    pub name: Option<String>,
    /// User ID of the group member.
    #[serde(default)]
    pub user_uuid: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AdminUserGroupMembersOut
///
/// Generated from schema `AdminUserGroupMembersOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AdminUserGroupMembersOut {
    /// Group members on this page.
    #[serde(default)]
    pub members: Vec<super::AdminUserGroupMemberOut>,
    /// Page number returned.
    #[serde(default)]
    pub page: i64,
    /// Maximum number of results per page.
    #[serde(default)]
    pub page_size: i64,
    /// Total number of group members that match the request.
    #[serde(default)]
    pub total: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AdminUserGroupOut
///
/// Generated from schema `AdminUserGroupOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AdminUserGroupOut {
    /// Optional description of the user group.
    #[serde(default)]
    pub description: Option<String>,
    /// Whether the group is managed by an external system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub externally_managed: Option<bool>,
    /// Name of the user group.
    #[serde(default)]
    pub name: String,
    /// Organization role assigned to the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_role: Option<String>,
    /// UUIDs of the groups this group is directly nested inside.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_group_ids: Option<Vec<String>>,
    /// Type of resources this group can access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<super::UserGroupTargetType>,
    /// User group ID.
    #[serde(default)]
    pub uuid: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AdminUserGroupsOut
///
/// Generated from schema `AdminUserGroupsOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AdminUserGroupsOut {
    /// User groups on this page.
    #[serde(default)]
    pub items: Vec<super::AdminUserGroupOut>,
    /// Page number returned.
    #[serde(default)]
    pub page: i64,
    /// Maximum number of results per page.
    #[serde(default)]
    pub page_size: i64,
    /// Total number of user groups that match the request.
    #[serde(default)]
    pub total: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AssignGroupToWorkspaceIn
///
/// Generated from schema `AssignGroupToWorkspaceIn` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AssignGroupToWorkspaceIn`], from [`AssignGroupToWorkspaceIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AssignGroupToWorkspaceIn {
    /// Deprecated single role value. Use 'role\_names' instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role`.
        pub fn role(&mut self, v: impl Into<super::AssignGroupToWorkspaceInRole>) {
            self.role = Some(v.into());
        }
        /// Sets `role` from an `Option` (`None` leaves it unset).
        pub fn maybe_role(&mut self, v: Option<impl Into<super::AssignGroupToWorkspaceInRole>>) {
            self.role = v.map(Into::into);
        }
    ))]
    pub role: Option<super::AssignGroupToWorkspaceInRole>,
    /// Simplified role names to assign. Mutually exclusive with 'roles'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role_names`.
        pub fn role_names(&mut self, v: impl Into<Vec<super::AssignGroupToWorkspaceInRoleNamesItem>>) {
            self.role_names = Some(v.into());
        }
        /// Sets `role_names` from an `Option` (`None` leaves it unset).
        pub fn maybe_role_names(&mut self, v: Option<impl Into<Vec<super::AssignGroupToWorkspaceInRoleNamesItem>>>) {
            self.role_names = v.map(Into::into);
        }
    ))]
    pub role_names: Option<Vec<super::AssignGroupToWorkspaceInRoleNamesItem>>,
    /// Role values to assign. Mutually exclusive with 'role\_names'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `roles`.
        pub fn roles(&mut self, v: impl Into<Vec<super::AssignGroupToWorkspaceInRolesItem>>) {
            self.roles = Some(v.into());
        }
        /// Sets `roles` from an `Option` (`None` leaves it unset).
        pub fn maybe_roles(&mut self, v: Option<impl Into<Vec<super::AssignGroupToWorkspaceInRolesItem>>>) {
            self.roles = v.map(Into::into);
        }
    ))]
    pub roles: Option<Vec<super::AssignGroupToWorkspaceInRolesItem>>,
    /// Workspace Uuid
    #[builder(setter(into))]
    pub workspace_uuid: String,
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

impl AssignGroupToWorkspaceIn {
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
        if let Some(v) = &self.roles {
            if v.is_empty() {
                c.push(format!("{at}roles"), "at least 1 item needed");
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["role", "role_names", "roles", "workspace_uuid"]);
        }
    }
}

impl crate::ApiRequest for AssignGroupToWorkspaceIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Deprecated single role value. Use 'role\_names' instead.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum AssignGroupToWorkspaceInRole {
    /// One of the shapes the spec allows.
    WorkspaceRole(super::WorkspaceRole),
    /// One of the shapes the spec allows.
    StaticWorkspaceRoles(super::StaticWorkspaceRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for AssignGroupToWorkspaceInRole {
    fn default() -> Self {
        AssignGroupToWorkspaceInRole::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `AssignGroupToWorkspaceInRoleNamesItem` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum AssignGroupToWorkspaceInRoleNamesItem {
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

impl Default for AssignGroupToWorkspaceInRoleNamesItem {
    fn default() -> Self {
        AssignGroupToWorkspaceInRoleNamesItem::Other(String::new())
    }
}

/// The `AssignGroupToWorkspaceInRolesItem` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum AssignGroupToWorkspaceInRolesItem {
    /// One of the shapes the spec allows.
    WorkspaceRole(super::WorkspaceRole),
    /// One of the shapes the spec allows.
    StaticWorkspaceRoles(super::StaticWorkspaceRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for AssignGroupToWorkspaceInRolesItem {
    fn default() -> Self {
        AssignGroupToWorkspaceInRolesItem::Other(serde_json::Value::Null)
    }
}

/// GroupWorkspaceAssignmentOut
///
/// Generated from schema `GroupWorkspaceAssignmentOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GroupWorkspaceAssignmentOut {
    /// Created
    #[serde(default)]
    pub created: String,
    /// Role Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    /// Role Uuid
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_uuid: Option<String>,
    /// Roles
    #[serde(default)]
    pub roles: Vec<super::WorkspaceRoleRef>,
    /// Name of the Workspace.
    #[serde(default)]
    pub workspace_name: String,
    /// Workspace Uuid
    #[serde(default)]
    pub workspace_uuid: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GroupWorkspaceAssignmentsOut
///
/// Generated from schema `GroupWorkspaceAssignmentsOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GroupWorkspaceAssignmentsOut {
    /// Workspace assignments on this page.
    #[serde(default)]
    pub items: Vec<super::GroupWorkspaceAssignmentOut>,
    /// Page number returned.
    #[serde(default)]
    pub page: i64,
    /// Maximum number of results per page.
    #[serde(default)]
    pub page_size: i64,
    /// Total number of Workspace assignments that match the request.
    #[serde(default)]
    pub total: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// NestedGroupRef
///
/// Generated from schema `NestedGroupRef` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NestedGroupRef {
    /// Display name of the group.
    #[serde(default)]
    pub name: String,
    /// UUID of the group.
    #[serde(default)]
    pub uuid: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// NestedGroupsOut
///
/// Generated from schema `NestedGroupsOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NestedGroupsOut {
    /// Groups directly nested inside this group (its direct children).
    #[serde(default)]
    pub children: Vec<super::NestedGroupRef>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// SetNestedGroupsIn
///
/// Generated from schema `SetNestedGroupsIn` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SetNestedGroupsIn`], from [`SetNestedGroupsIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SetNestedGroupsIn {
    /// Full replacement list of UUIDs of groups to nest directly inside this group.
    #[builder(setter(into))]
    pub child_group_uuids: Vec<String>,
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

impl SetNestedGroupsIn {
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
            c.extra(&self.extra, &["child_group_uuids"]);
        }
    }
}

impl crate::ApiRequest for SetNestedGroupsIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// StaticOrganizationRoles
    ///
    /// Generated from schema `StaticOrganizationRoles` of the published spec (`spec/mistral-openapi.json`).
    pub enum StaticOrganizationRoles {
        /// `0d48f530-095c-43fe-8aea-6673bcacabe6`
        N0d48f530095c43fe8aea6673bcacabe6 = "0d48f530-095c-43fe-8aea-6673bcacabe6",
        /// `c955f4e1-9477-43f0-8349-6fbc629fccc9`
        C955f4e1947743f083496fbc629fccc9 = "c955f4e1-9477-43f0-8349-6fbc629fccc9",
        /// `7bde5959-d676-47d2-b779-35b64323d278`
        N7bde5959D67647d2B77935b64323d278 = "7bde5959-d676-47d2-b779-35b64323d278",
    }
}

impl Default for StaticOrganizationRoles {
    fn default() -> Self {
        StaticOrganizationRoles::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// StaticWorkspaceRoles
    ///
    /// Generated from schema `StaticWorkspaceRoles` of the published spec (`spec/mistral-openapi.json`).
    pub enum StaticWorkspaceRoles {
        /// `d7ea77c5-9260-41d0-ab26-52b5add3ee56`
        D7ea77c5926041d0Ab2652b5add3ee56 = "d7ea77c5-9260-41d0-ab26-52b5add3ee56",
        /// `48436751-ee56-44bd-8a2d-712233977821`
        N48436751Ee5644bd8a2d712233977821 = "48436751-ee56-44bd-8a2d-712233977821",
        /// `375cd0db-3bbe-4b79-80f3-954ccf04f3d1`
        N375cd0db3bbe4b7980f3954ccf04f3d1 = "375cd0db-3bbe-4b79-80f3-954ccf04f3d1",
        /// `578584f1-4319-4c88-9948-38a5184483b6`
        N578584f143194c88994838a5184483b6 = "578584f1-4319-4c88-9948-38a5184483b6",
        /// `d79b3027-4eb2-4521-8722-825acfee7d8b`
        D79b30274eb245218722825acfee7d8b = "d79b3027-4eb2-4521-8722-825acfee7d8b",
        /// `252a0825-40b9-4b98-be80-7658956f13e9`
        N252a082540b94b98Be807658956f13e9 = "252a0825-40b9-4b98-be80-7658956f13e9",
        /// `17aa61c5-1c61-477e-a40a-e52c8ccd74b9`
        N17aa61c51c61477eA40aE52c8ccd74b9 = "17aa61c5-1c61-477e-a40a-e52c8ccd74b9",
        /// `b23cd6e0-91cd-4a8a-9869-b30366bf3966`
        B23cd6e091cd4a8a9869B30366bf3966 = "b23cd6e0-91cd-4a8a-9869-b30366bf3966",
        /// `731eb2be-a74f-4070-b797-35bf7009e553`
        N731eb2beA74f4070B79735bf7009e553 = "731eb2be-a74f-4070-b797-35bf7009e553",
        /// `ff86d432-7f27-47f8-b02f-b5c102ef6a55`
        Ff86d4327f2747f8B02fB5c102ef6a55 = "ff86d432-7f27-47f8-b02f-b5c102ef6a55",
        /// `0f9acbf6-93b5-42c7-a227-fc7652755f65`
        N0f9acbf693b542c7A227Fc7652755f65 = "0f9acbf6-93b5-42c7-a227-fc7652755f65",
    }
}

impl Default for StaticWorkspaceRoles {
    fn default() -> Self {
        StaticWorkspaceRoles::Other(String::new())
    }
}

/// UpdateGroupWorkspaceAssignmentIn
///
/// Generated from schema `UpdateGroupWorkspaceAssignmentIn` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateGroupWorkspaceAssignmentIn`], from [`UpdateGroupWorkspaceAssignmentIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateGroupWorkspaceAssignmentIn {
    /// Deprecated single role value. Use 'role\_names' instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role`.
        pub fn role(&mut self, v: impl Into<super::UpdateGroupWorkspaceAssignmentInRole>) {
            self.role = Some(v.into());
        }
        /// Sets `role` from an `Option` (`None` leaves it unset).
        pub fn maybe_role(&mut self, v: Option<impl Into<super::UpdateGroupWorkspaceAssignmentInRole>>) {
            self.role = v.map(Into::into);
        }
    ))]
    pub role: Option<super::UpdateGroupWorkspaceAssignmentInRole>,
    /// Simplified role names to assign. Mutually exclusive with 'roles'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role_names`.
        pub fn role_names(&mut self, v: impl Into<Vec<super::UpdateGroupWorkspaceAssignmentInRoleNamesItem>>) {
            self.role_names = Some(v.into());
        }
        /// Sets `role_names` from an `Option` (`None` leaves it unset).
        pub fn maybe_role_names(&mut self, v: Option<impl Into<Vec<super::UpdateGroupWorkspaceAssignmentInRoleNamesItem>>>) {
            self.role_names = v.map(Into::into);
        }
    ))]
    pub role_names: Option<Vec<super::UpdateGroupWorkspaceAssignmentInRoleNamesItem>>,
    /// Role values to assign. Mutually exclusive with 'role\_names'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `roles`.
        pub fn roles(&mut self, v: impl Into<Vec<super::UpdateGroupWorkspaceAssignmentInRolesItem>>) {
            self.roles = Some(v.into());
        }
        /// Sets `roles` from an `Option` (`None` leaves it unset).
        pub fn maybe_roles(&mut self, v: Option<impl Into<Vec<super::UpdateGroupWorkspaceAssignmentInRolesItem>>>) {
            self.roles = v.map(Into::into);
        }
    ))]
    pub roles: Option<Vec<super::UpdateGroupWorkspaceAssignmentInRolesItem>>,
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

impl UpdateGroupWorkspaceAssignmentIn {
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
        if let Some(v) = &self.roles {
            if v.is_empty() {
                c.push(format!("{at}roles"), "at least 1 item needed");
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["role", "role_names", "roles"]);
        }
    }
}

impl crate::ApiRequest for UpdateGroupWorkspaceAssignmentIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Deprecated single role value. Use 'role\_names' instead.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UpdateGroupWorkspaceAssignmentInRole {
    /// One of the shapes the spec allows.
    WorkspaceRole(super::WorkspaceRole),
    /// One of the shapes the spec allows.
    StaticWorkspaceRoles(super::StaticWorkspaceRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for UpdateGroupWorkspaceAssignmentInRole {
    fn default() -> Self {
        UpdateGroupWorkspaceAssignmentInRole::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `UpdateGroupWorkspaceAssignmentInRoleNamesItem` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum UpdateGroupWorkspaceAssignmentInRoleNamesItem {
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

impl Default for UpdateGroupWorkspaceAssignmentInRoleNamesItem {
    fn default() -> Self {
        UpdateGroupWorkspaceAssignmentInRoleNamesItem::Other(String::new())
    }
}

/// The `UpdateGroupWorkspaceAssignmentInRolesItem` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UpdateGroupWorkspaceAssignmentInRolesItem {
    /// One of the shapes the spec allows.
    WorkspaceRole(super::WorkspaceRole),
    /// One of the shapes the spec allows.
    StaticWorkspaceRoles(super::StaticWorkspaceRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for UpdateGroupWorkspaceAssignmentInRolesItem {
    fn default() -> Self {
        UpdateGroupWorkspaceAssignmentInRolesItem::Other(serde_json::Value::Null)
    }
}

/// UpdateUserGroupOrganizationRoleIn
///
/// Generated from schema `UpdateUserGroupOrganizationRoleIn` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateUserGroupOrganizationRoleIn`], from [`UpdateUserGroupOrganizationRoleIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateUserGroupOrganizationRoleIn {
    /// Organization role to assign to the group.
    #[builder(setter(into))]
    pub organization_role: super::UpdateUserGroupOrganizationRoleInOrganizationRole,
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

impl UpdateUserGroupOrganizationRoleIn {
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
            c.extra(&self.extra, &["organization_role"]);
        }
    }
}

impl crate::ApiRequest for UpdateUserGroupOrganizationRoleIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Organization role to assign to the group.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UpdateUserGroupOrganizationRoleInOrganizationRole {
    /// One of the shapes the spec allows.
    UserRole(super::UserRole),
    /// One of the shapes the spec allows.
    StaticOrganizationRoles(super::StaticOrganizationRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for UpdateUserGroupOrganizationRoleInOrganizationRole {
    fn default() -> Self {
        UpdateUserGroupOrganizationRoleInOrganizationRole::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// UserGroupTargetType
    ///
    /// Generated from schema `UserGroupTargetType` of the published spec (`spec/mistral-openapi.json`).
    pub enum UserGroupTargetType {
        /// `W`
        W = "W",
        /// `O`
        O = "O",
    }
}

impl Default for UserGroupTargetType {
    fn default() -> Self {
        UserGroupTargetType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// UserRole
    ///
    /// Generated from schema `UserRole` of the published spec (`spec/mistral-openapi.json`).
    pub enum UserRole {
        /// `A`
        A = "A",
        /// `M`
        M = "M",
        /// `B`
        B = "B",
    }
}

impl Default for UserRole {
    fn default() -> Self {
        UserRole::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// WorkspaceRole
    ///
    /// Generated from schema `WorkspaceRole` of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkspaceRole {
        /// `A`
        A = "A",
        /// `M`
        M = "M",
    }
}

impl Default for WorkspaceRole {
    fn default() -> Self {
        WorkspaceRole::Other(String::new())
    }
}

/// WorkspaceRoleRef
///
/// Generated from schema `WorkspaceRoleRef` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkspaceRoleRef {
    /// Name
    #[serde(default)]
    pub name: String,
    /// Uuid
    #[serde(default)]
    pub uuid: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The query parameters of `client.admin().user_groups().get_user_groups`: `GET /v1/admin/user-groups` (`users_api_admin_user_groups_get_user_groups`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminUserGroupsGetUserGroupsQuery`], from [`AdminUserGroupsGetUserGroupsQuery::builder`]."
    )
)]
pub struct AdminUserGroupsGetUserGroupsQuery {
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
    /// Search term used to filter user groups by name.
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

impl AdminUserGroupsGetUserGroupsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
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
            if (*v as f64) > 100.0 {
                c.push("page_size", format!("{} is out of range: must be at most 100", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.admin().user_groups().get_user_group_members`: `GET /v1/admin/user-groups/{group_uuid}/members` (`users_api_admin_user_groups_get_user_group_members`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminUserGroupsGetUserGroupMembersQuery`], from [`AdminUserGroupsGetUserGroupMembersQuery::builder`]."
    )
)]
pub struct AdminUserGroupsGetUserGroupMembersQuery {
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
}

impl AdminUserGroupsGetUserGroupMembersQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page, &mut q, "page");
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
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

/// The query parameters of `client.admin().user_groups().get_group_workspace_assignments`: `GET /v1/admin/user-groups/{group_uuid}/workspaces` (`users_admin_user_groups_get_group_workspace_assignments`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminUserGroupsGetGroupWorkspaceAssignmentsQuery`], from [`AdminUserGroupsGetGroupWorkspaceAssignmentsQuery::builder`]."
    )
)]
pub struct AdminUserGroupsGetGroupWorkspaceAssignmentsQuery {
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
}

impl AdminUserGroupsGetGroupWorkspaceAssignmentsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page, &mut q, "page");
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
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
            if (*v as f64) > 100.0 {
                c.push("page_size", format!("{} is out of range: must be at most 100", v));
            }
        }
        c.finish()
    }
}
