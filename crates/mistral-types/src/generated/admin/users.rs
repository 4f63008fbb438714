// generated from the spec by `cargo xtask codegen`: do not edit

/// AdminOrganizationMemberOUT
///
/// Generated from schema `AdminOrganizationMemberOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AdminOrganizationMemberOut {
    /// Date the member was added to the Organization.
    #[serde(default)]
    pub created_at: String,
    /// Email address of the Organization member.
    #[serde(default)]
    pub email: Option<String>,
    /// Whether the member is outside the SSO domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_sso_outsider: Option<bool>,
    /// Name of the Organization member.
    #[serde(default)]
    pub name: Option<String>,
    /// Identity provider ID for the member.
    #[serde(default)]
    pub oid_id: Option<String>,
    /// Deprecated single organization role. Use 'raw\_roles' instead.
    #[serde(default)]
    pub raw_role: super::AdminOrganizationMemberOutRawRole,
    /// Organization roles assigned to the member.
    #[serde(default)]
    pub raw_roles: super::AdminOrganizationMemberOutRawRoles,
    /// Product seats assigned to the member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_types: Option<Vec<super::AdminOrganizationMemberOutSubscriptionTypesItem>>,
    /// Subscriptions assigned to the member.
    ///
    /// The API's default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<super::MemberSubscriptionOut>>,
    /// Organization member ID.
    #[serde(default)]
    pub uuid: String,
    /// Workspaces the member belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspaces: Option<Vec<super::MemberWorkspaceInfo>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Deprecated single organization role. Use 'raw\_roles' instead.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum AdminOrganizationMemberOutRawRole {
    /// One of the shapes the spec allows.
    UserRole(super::UserRole),
    /// One of the shapes the spec allows.
    StaticOrganizationRoles(super::StaticOrganizationRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for AdminOrganizationMemberOutRawRole {
    fn default() -> Self {
        AdminOrganizationMemberOutRawRole::Other(serde_json::Value::Null)
    }
}

/// Organization roles assigned to the member.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum AdminOrganizationMemberOutRawRoles {
    /// One of the shapes the spec allows.
    List(Vec<super::UserRole>),
    /// One of the shapes the spec allows.
    List2(Vec<super::StaticOrganizationRoles>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for AdminOrganizationMemberOutRawRoles {
    fn default() -> Self {
        AdminOrganizationMemberOutRawRoles::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `AdminOrganizationMemberOutSubscriptionTypesItem` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum AdminOrganizationMemberOutSubscriptionTypesItem {
        /// `CHAT`
        Chat = "CHAT",
        /// `MISTRAL_CODE`
        MistralCode = "MISTRAL_CODE",
    }
}

impl Default for AdminOrganizationMemberOutSubscriptionTypesItem {
    fn default() -> Self {
        AdminOrganizationMemberOutSubscriptionTypesItem::Other(String::new())
    }
}

/// AdminOrganizationMemberUpdate
///
/// Generated from schema `AdminOrganizationMemberUpdate` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminOrganizationMemberUpdate`], from [`AdminOrganizationMemberUpdate::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AdminOrganizationMemberUpdate {
    /// Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role\_name'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role`.
        pub fn role(&mut self, v: impl Into<super::AdminOrganizationMemberUpdateRole>) {
            self.role = Some(v.into());
        }
        /// Sets `role` from an `Option` (`None` leaves it unset).
        pub fn maybe_role(&mut self, v: Option<impl Into<super::AdminOrganizationMemberUpdateRole>>) {
            self.role = v.map(Into::into);
        }
    ))]
    pub role: Option<super::AdminOrganizationMemberUpdateRole>,
    /// Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role_name`.
        pub fn role_name(&mut self, v: impl Into<super::AdminOrganizationMemberUpdateRoleName>) {
            self.role_name = Some(v.into());
        }
        /// Sets `role_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_role_name(&mut self, v: Option<impl Into<super::AdminOrganizationMemberUpdateRoleName>>) {
            self.role_name = v.map(Into::into);
        }
    ))]
    pub role_name: Option<super::AdminOrganizationMemberUpdateRoleName>,
    /// Simplified role names to assign. Mutually exclusive with 'roles'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role_names`.
        pub fn role_names(&mut self, v: impl Into<Vec<super::AdminOrganizationMemberUpdateRoleNamesItem>>) {
            self.role_names = Some(v.into());
        }
        /// Sets `role_names` from an `Option` (`None` leaves it unset).
        pub fn maybe_role_names(&mut self, v: Option<impl Into<Vec<super::AdminOrganizationMemberUpdateRoleNamesItem>>>) {
            self.role_names = v.map(Into::into);
        }
    ))]
    pub role_names: Option<Vec<super::AdminOrganizationMemberUpdateRoleNamesItem>>,
    /// Role values to assign. Mutually exclusive with 'role\_names'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `roles`.
        pub fn roles(&mut self, v: impl Into<super::AdminOrganizationMemberUpdateRoles>) {
            self.roles = Some(v.into());
        }
        /// Sets `roles` from an `Option` (`None` leaves it unset).
        pub fn maybe_roles(&mut self, v: Option<impl Into<super::AdminOrganizationMemberUpdateRoles>>) {
            self.roles = v.map(Into::into);
        }
    ))]
    pub roles: Option<super::AdminOrganizationMemberUpdateRoles>,
    /// Product seats to assign to the member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `subscription_types`.
        pub fn subscription_types(&mut self, v: impl Into<Vec<super::AdminOrganizationMemberUpdateSubscriptionTypesItem>>) {
            self.subscription_types = Some(v.into());
        }
        /// Sets `subscription_types` from an `Option` (`None` leaves it unset).
        pub fn maybe_subscription_types(&mut self, v: Option<impl Into<Vec<super::AdminOrganizationMemberUpdateSubscriptionTypesItem>>>) {
            self.subscription_types = v.map(Into::into);
        }
    ))]
    pub subscription_types: Option<Vec<super::AdminOrganizationMemberUpdateSubscriptionTypesItem>>,
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

impl AdminOrganizationMemberUpdate {
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
                &["role", "role_name", "role_names", "roles", "subscription_types"],
            );
        }
    }
}

impl crate::ApiRequest for AdminOrganizationMemberUpdate {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role\_name'.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum AdminOrganizationMemberUpdateRole {
    /// One of the shapes the spec allows.
    UserRole(super::UserRole),
    /// One of the shapes the spec allows.
    StaticOrganizationRoles(super::StaticOrganizationRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for AdminOrganizationMemberUpdateRole {
    fn default() -> Self {
        AdminOrganizationMemberUpdateRole::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `AdminOrganizationMemberUpdateRoleName` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum AdminOrganizationMemberUpdateRoleName {
        /// `member`
        Member = "member",
        /// `billing_manager`
        BillingManager = "billing_manager",
        /// `organization_admin`
        OrganizationAdmin = "organization_admin",
    }
}

impl Default for AdminOrganizationMemberUpdateRoleName {
    fn default() -> Self {
        AdminOrganizationMemberUpdateRoleName::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `AdminOrganizationMemberUpdateRoleNamesItem` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum AdminOrganizationMemberUpdateRoleNamesItem {
        /// `member`
        Member = "member",
        /// `billing_manager`
        BillingManager = "billing_manager",
        /// `organization_admin`
        OrganizationAdmin = "organization_admin",
    }
}

impl Default for AdminOrganizationMemberUpdateRoleNamesItem {
    fn default() -> Self {
        AdminOrganizationMemberUpdateRoleNamesItem::Other(String::new())
    }
}

/// Role values to assign. Mutually exclusive with 'role\_names'.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum AdminOrganizationMemberUpdateRoles {
    /// One of the shapes the spec allows.
    List(Vec<super::UserRole>),
    /// One of the shapes the spec allows.
    List2(Vec<super::StaticOrganizationRoles>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for AdminOrganizationMemberUpdateRoles {
    fn default() -> Self {
        AdminOrganizationMemberUpdateRoles::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `AdminOrganizationMemberUpdateSubscriptionTypesItem` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum AdminOrganizationMemberUpdateSubscriptionTypesItem {
        /// `CHAT`
        Chat = "CHAT",
        /// `MISTRAL_CODE`
        MistralCode = "MISTRAL_CODE",
    }
}

impl Default for AdminOrganizationMemberUpdateSubscriptionTypesItem {
    fn default() -> Self {
        AdminOrganizationMemberUpdateSubscriptionTypesItem::Other(String::new())
    }
}

/// AdminUserOUT
///
/// Generated from schema `AdminUserOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AdminUserOut {
    /// Date the member was added to the Organization.
    #[serde(default)]
    pub created_at: String,
    /// Email address of the Organization member.
    #[serde(default)]
    pub email: Option<String>,
    /// User first name.
    #[serde(default)]
    pub first_name: Option<String>,
    /// Whether the member is outside the SSO domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_sso_outsider: Option<bool>,
    /// User last name.
    #[serde(default)]
    pub last_name: Option<String>,
    /// Name of the Organization member.
    #[serde(default)]
    pub name: Option<String>,
    /// Identity provider ID for the member.
    #[serde(default)]
    pub oid_id: Option<String>,
    /// Deprecated single organization role. Use 'raw\_roles' instead.
    #[serde(default)]
    pub raw_role: super::AdminUserOutRawRole,
    /// Organization roles assigned to the member.
    #[serde(default)]
    pub raw_roles: super::AdminUserOutRawRoles,
    /// Product seats assigned to the member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_types: Option<Vec<super::AdminUserOutSubscriptionTypesItem>>,
    /// Subscriptions assigned to the member.
    ///
    /// The API's default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<super::MemberSubscriptionOut>>,
    /// Organization member ID.
    #[serde(default)]
    pub uuid: String,
    /// Workspaces the member belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspaces: Option<Vec<super::MemberWorkspaceInfo>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Deprecated single organization role. Use 'raw\_roles' instead.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum AdminUserOutRawRole {
    /// One of the shapes the spec allows.
    UserRole(super::UserRole),
    /// One of the shapes the spec allows.
    StaticOrganizationRoles(super::StaticOrganizationRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for AdminUserOutRawRole {
    fn default() -> Self {
        AdminUserOutRawRole::Other(serde_json::Value::Null)
    }
}

/// Organization roles assigned to the member.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum AdminUserOutRawRoles {
    /// One of the shapes the spec allows.
    List(Vec<super::UserRole>),
    /// One of the shapes the spec allows.
    List2(Vec<super::StaticOrganizationRoles>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for AdminUserOutRawRoles {
    fn default() -> Self {
        AdminUserOutRawRoles::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `AdminUserOutSubscriptionTypesItem` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum AdminUserOutSubscriptionTypesItem {
        /// `CHAT`
        Chat = "CHAT",
        /// `MISTRAL_CODE`
        MistralCode = "MISTRAL_CODE",
    }
}

impl Default for AdminUserOutSubscriptionTypesItem {
    fn default() -> Self {
        AdminUserOutSubscriptionTypesItem::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// APIPlan
    ///
    /// Generated from schema `APIPlan` of the published spec (`spec/mistral-openapi.json`).
    pub enum ApiPlan {
        /// `FREE`
        Free = "FREE",
        /// `PAY_AS_YOU_GO`
        PayAsYouGo = "PAY_AS_YOU_GO",
    }
}

impl Default for ApiPlan {
    fn default() -> Self {
        ApiPlan::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// ChatPlan
    ///
    /// Generated from schema `ChatPlan` of the published spec (`spec/mistral-openapi.json`).
    pub enum ChatPlan {
        /// `INDIVIDUAL`
        Individual = "INDIVIDUAL",
        /// `EDU`
        Edu = "EDU",
        /// `TEAM`
        Team = "TEAM",
    }
}

impl Default for ChatPlan {
    fn default() -> Self {
        ChatPlan::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// CodePlan
    ///
    /// Generated from schema `CodePlan` of the published spec (`spec/mistral-openapi.json`).
    pub enum CodePlan {
        /// `ENTERPRISE`
        Enterprise = "ENTERPRISE",
    }
}

impl Default for CodePlan {
    fn default() -> Self {
        CodePlan::Other(String::new())
    }
}

/// DeleteOUT
///
/// Generated from schema `DeleteOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteOut {
    /// Deletion result message.
    #[serde(default)]
    pub message: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// MemberSubscriptionOUT
///
/// Generated from schema `MemberSubscriptionOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MemberSubscriptionOut {
    /// Whether the member currently has access to the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_has_access: Option<bool>,
    /// Plan assigned to the member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<super::MemberSubscriptionOutPlan>,
    /// Whether the subscription was created through self-service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_service: Option<bool>,
    /// Current status of the member subscription.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::SubscriptionStatus>,
    /// Type of subscription assigned to the member.
    #[serde(default)]
    pub r#type: super::PlanType,
    /// User ID associated with the subscription.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Plan assigned to the member.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum MemberSubscriptionOutPlan {
    /// One of the shapes the spec allows.
    ApiPlan(super::ApiPlan),
    /// One of the shapes the spec allows.
    ChatPlan(super::ChatPlan),
    /// One of the shapes the spec allows.
    CodePlan(super::CodePlan),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for MemberSubscriptionOutPlan {
    fn default() -> Self {
        MemberSubscriptionOutPlan::Other(serde_json::Value::Null)
    }
}

/// MemberWorkspaceInfo
///
/// Generated from schema `MemberWorkspaceInfo` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MemberWorkspaceInfo {
    /// Whether this is the default Workspace for the Organization.
    #[serde(default)]
    pub is_default: bool,
    /// Workspace name.
    #[serde(default)]
    pub name: String,
    /// Deprecated single workspace role. Use 'raw\_roles' instead.
    #[serde(default)]
    pub raw_role: super::MemberWorkspaceInfoRawRole,
    /// Workspace roles assigned to the member.
    #[serde(default)]
    pub raw_roles: super::MemberWorkspaceInfoRawRoles,
    /// Workspace ID.
    #[serde(default)]
    pub uuid: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Deprecated single workspace role. Use 'raw\_roles' instead.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum MemberWorkspaceInfoRawRole {
    /// One of the shapes the spec allows.
    WorkspaceRole(super::WorkspaceRole),
    /// One of the shapes the spec allows.
    StaticWorkspaceRoles(super::StaticWorkspaceRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for MemberWorkspaceInfoRawRole {
    fn default() -> Self {
        MemberWorkspaceInfoRawRole::Other(serde_json::Value::Null)
    }
}

/// Workspace roles assigned to the member.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum MemberWorkspaceInfoRawRoles {
    /// One of the shapes the spec allows.
    List(Vec<super::WorkspaceRole>),
    /// One of the shapes the spec allows.
    List2(Vec<super::StaticWorkspaceRoles>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for MemberWorkspaceInfoRawRoles {
    fn default() -> Self {
        MemberWorkspaceInfoRawRoles::Other(serde_json::Value::Null)
    }
}

/// OrganizationAdminUsersOUT
///
/// Generated from schema `OrganizationAdminUsersOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationAdminUsersOut {
    /// Pending Organization invitations on this page.
    #[serde(default)]
    pub invites: Vec<super::OrganizationInviteOut>,
    /// Organization members on this page.
    #[serde(default)]
    pub members: Vec<super::AdminOrganizationMemberOut>,
    /// Page number returned.
    #[serde(default)]
    pub page: Option<i64>,
    /// Maximum number of results per page.
    #[serde(default)]
    pub page_size: Option<i64>,
    /// Total number of users and invitations that match the request.
    #[serde(default)]
    pub total: Option<i64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// OrganizationInviteIN
///
/// Generated from schema `OrganizationInviteIN` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`OrganizationInviteIn`], from [`OrganizationInviteIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct OrganizationInviteIn {
    /// Email address, comma-separated emails, or newline-separated emails to invite.
    #[builder(setter(into))]
    pub email: String,
    /// Language used for invitation emails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `email_language`.
        pub fn email_language(&mut self, v: impl Into<super::OrganizationInviteInEmailLanguage>) {
            self.email_language = Some(v.into());
        }
        /// Sets `email_language` from an `Option` (`None` leaves it unset).
        pub fn maybe_email_language(&mut self, v: Option<impl Into<super::OrganizationInviteInEmailLanguage>>) {
            self.email_language = v.map(Into::into);
        }
    ))]
    pub email_language: Option<super::OrganizationInviteInEmailLanguage>,
    /// Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role\_name'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role`.
        pub fn role(&mut self, v: impl Into<super::OrganizationInviteInRole>) {
            self.role = Some(v.into());
        }
        /// Sets `role` from an `Option` (`None` leaves it unset).
        pub fn maybe_role(&mut self, v: Option<impl Into<super::OrganizationInviteInRole>>) {
            self.role = v.map(Into::into);
        }
    ))]
    pub role: Option<super::OrganizationInviteInRole>,
    /// Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role_name`.
        pub fn role_name(&mut self, v: impl Into<super::OrganizationInviteInRoleName>) {
            self.role_name = Some(v.into());
        }
        /// Sets `role_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_role_name(&mut self, v: Option<impl Into<super::OrganizationInviteInRoleName>>) {
            self.role_name = v.map(Into::into);
        }
    ))]
    pub role_name: Option<super::OrganizationInviteInRoleName>,
    /// Simplified role names to assign. Mutually exclusive with 'roles'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role_names`.
        pub fn role_names(&mut self, v: impl Into<Vec<super::OrganizationInviteInRoleNamesItem>>) {
            self.role_names = Some(v.into());
        }
        /// Sets `role_names` from an `Option` (`None` leaves it unset).
        pub fn maybe_role_names(&mut self, v: Option<impl Into<Vec<super::OrganizationInviteInRoleNamesItem>>>) {
            self.role_names = v.map(Into::into);
        }
    ))]
    pub role_names: Option<Vec<super::OrganizationInviteInRoleNamesItem>>,
    /// Role values to assign. Mutually exclusive with 'role\_names'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `roles`.
        pub fn roles(&mut self, v: impl Into<super::OrganizationInviteInRoles>) {
            self.roles = Some(v.into());
        }
        /// Sets `roles` from an `Option` (`None` leaves it unset).
        pub fn maybe_roles(&mut self, v: Option<impl Into<super::OrganizationInviteInRoles>>) {
            self.roles = v.map(Into::into);
        }
    ))]
    pub roles: Option<super::OrganizationInviteInRoles>,
    /// Whether to grant subscription seats automatically.
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `subscription_seat_automatic_granting`.
        pub fn subscription_seat_automatic_granting(&mut self, v: impl Into<bool>) {
            self.subscription_seat_automatic_granting = Some(v.into());
        }
        /// Sets `subscription_seat_automatic_granting` from an `Option` (`None` leaves it unset).
        pub fn maybe_subscription_seat_automatic_granting(&mut self, v: Option<impl Into<bool>>) {
            self.subscription_seat_automatic_granting = v.map(Into::into);
        }
    ))]
    pub subscription_seat_automatic_granting: Option<bool>,
    /// Deprecated single product seat to assign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `subscription_type`.
        pub fn subscription_type(&mut self, v: impl Into<super::PlanType>) {
            self.subscription_type = Some(v.into());
        }
        /// Sets `subscription_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_subscription_type(&mut self, v: Option<impl Into<super::PlanType>>) {
            self.subscription_type = v.map(Into::into);
        }
    ))]
    pub subscription_type: Option<super::PlanType>,
    /// Product seats to assign to invited users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `subscription_types`.
        pub fn subscription_types(&mut self, v: impl Into<Vec<super::PlanType>>) {
            self.subscription_types = Some(v.into());
        }
        /// Sets `subscription_types` from an `Option` (`None` leaves it unset).
        pub fn maybe_subscription_types(&mut self, v: Option<impl Into<Vec<super::PlanType>>>) {
            self.subscription_types = v.map(Into::into);
        }
    ))]
    pub subscription_types: Option<Vec<super::PlanType>>,
    /// Workspace IDs the invited users should join.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `workspace_uuids`.
        pub fn workspace_uuids(&mut self, v: impl Into<Vec<String>>) {
            self.workspace_uuids = Some(v.into());
        }
        /// Sets `workspace_uuids` from an `Option` (`None` leaves it unset).
        pub fn maybe_workspace_uuids(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.workspace_uuids = v.map(Into::into);
        }
    ))]
    pub workspace_uuids: Option<Vec<String>>,
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

impl OrganizationInviteIn {
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
                &[
                    "email",
                    "email_language",
                    "role",
                    "role_name",
                    "role_names",
                    "roles",
                    "subscription_seat_automatic_granting",
                    "subscription_type",
                    "subscription_types",
                    "workspace_uuids",
                ],
            );
        }
    }
}

impl crate::ApiRequest for OrganizationInviteIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `OrganizationInviteInEmailLanguage` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum OrganizationInviteInEmailLanguage {
        /// `en`
        En = "en",
        /// `fr`
        Fr = "fr",
        /// `es`
        Es = "es",
        /// `de`
        De = "de",
        /// `it`
        It = "it",
        /// `pt_br`
        PtBr = "pt_br",
        /// `pl`
        Pl = "pl",
        /// `ar`
        Ar = "ar",
        /// `nl`
        Nl = "nl",
    }
}

impl Default for OrganizationInviteInEmailLanguage {
    fn default() -> Self {
        OrganizationInviteInEmailLanguage::Other(String::new())
    }
}

/// Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role\_name'.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum OrganizationInviteInRole {
    /// One of the shapes the spec allows.
    UserRole(super::UserRole),
    /// One of the shapes the spec allows.
    StaticOrganizationRoles(super::StaticOrganizationRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for OrganizationInviteInRole {
    fn default() -> Self {
        OrganizationInviteInRole::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `OrganizationInviteInRoleName` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum OrganizationInviteInRoleName {
        /// `member`
        Member = "member",
        /// `billing_manager`
        BillingManager = "billing_manager",
        /// `organization_admin`
        OrganizationAdmin = "organization_admin",
    }
}

impl Default for OrganizationInviteInRoleName {
    fn default() -> Self {
        OrganizationInviteInRoleName::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `OrganizationInviteInRoleNamesItem` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum OrganizationInviteInRoleNamesItem {
        /// `member`
        Member = "member",
        /// `billing_manager`
        BillingManager = "billing_manager",
        /// `organization_admin`
        OrganizationAdmin = "organization_admin",
    }
}

impl Default for OrganizationInviteInRoleNamesItem {
    fn default() -> Self {
        OrganizationInviteInRoleNamesItem::Other(String::new())
    }
}

/// Role values to assign. Mutually exclusive with 'role\_names'.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum OrganizationInviteInRoles {
    /// One of the shapes the spec allows.
    List(Vec<super::UserRole>),
    /// One of the shapes the spec allows.
    List2(Vec<super::StaticOrganizationRoles>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for OrganizationInviteInRoles {
    fn default() -> Self {
        OrganizationInviteInRoles::Other(serde_json::Value::Null)
    }
}

/// OrganizationInviteOUT
///
/// Generated from schema `OrganizationInviteOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationInviteOut {
    /// Time when the invitation was created.
    #[serde(default)]
    pub created_at: String,
    /// Email address invited to the Organization.
    #[serde(default)]
    pub email: String,
    /// Whether the invitation has expired.
    #[serde(default)]
    pub expired: bool,
    /// Deprecated single invite role. Use 'raw\_roles' instead.
    #[serde(default)]
    pub raw_role: super::OrganizationInviteOutRawRole,
    /// Organization roles assigned by the invite.
    #[serde(default)]
    pub raw_roles: super::OrganizationInviteOutRawRoles,
    /// Organization invitation ID.
    #[serde(default)]
    pub uuid: String,
    /// Workspace IDs the invited user will join.
    ///
    /// The API's default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_uuids: Option<Vec<String>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Deprecated single invite role. Use 'raw\_roles' instead.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum OrganizationInviteOutRawRole {
    /// One of the shapes the spec allows.
    UserRole(super::UserRole),
    /// One of the shapes the spec allows.
    StaticOrganizationRoles(super::StaticOrganizationRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for OrganizationInviteOutRawRole {
    fn default() -> Self {
        OrganizationInviteOutRawRole::Other(serde_json::Value::Null)
    }
}

/// Organization roles assigned by the invite.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum OrganizationInviteOutRawRoles {
    /// One of the shapes the spec allows.
    List(Vec<super::UserRole>),
    /// One of the shapes the spec allows.
    List2(Vec<super::StaticOrganizationRoles>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for OrganizationInviteOutRawRoles {
    fn default() -> Self {
        OrganizationInviteOutRawRoles::Other(serde_json::Value::Null)
    }
}

/// OrganizationInvitesCreateOUT
///
/// Generated from schema `OrganizationInvitesCreateOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationInvitesCreateOut {
    /// Email addresses that already belong to the Organization.
    #[serde(default)]
    pub already_members: Vec<String>,
    /// Email addresses that could not be invited.
    #[serde(default)]
    pub invalid_emails: Vec<String>,
    /// Number of invitations successfully created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invited_members_count: Option<i64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// OrganizationMemberCreate
///
/// Generated from schema `OrganizationMemberCreate` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`OrganizationMemberCreate`], from [`OrganizationMemberCreate::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct OrganizationMemberCreate {
    /// Email address of the user to create.
    #[builder(setter(into))]
    pub email: String,
    /// First name of the user to create.
    #[builder(setter(into))]
    pub first_name: String,
    /// Last name of the user to create.
    #[builder(setter(into))]
    pub last_name: String,
    /// Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role\_name'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role`.
        pub fn role(&mut self, v: impl Into<super::OrganizationMemberCreateRole>) {
            self.role = Some(v.into());
        }
        /// Sets `role` from an `Option` (`None` leaves it unset).
        pub fn maybe_role(&mut self, v: Option<impl Into<super::OrganizationMemberCreateRole>>) {
            self.role = v.map(Into::into);
        }
    ))]
    pub role: Option<super::OrganizationMemberCreateRole>,
    /// Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role_name`.
        pub fn role_name(&mut self, v: impl Into<super::OrganizationMemberCreateRoleName>) {
            self.role_name = Some(v.into());
        }
        /// Sets `role_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_role_name(&mut self, v: Option<impl Into<super::OrganizationMemberCreateRoleName>>) {
            self.role_name = v.map(Into::into);
        }
    ))]
    pub role_name: Option<super::OrganizationMemberCreateRoleName>,
    /// Simplified role names to assign. Mutually exclusive with 'roles'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role_names`.
        pub fn role_names(&mut self, v: impl Into<Vec<super::OrganizationMemberCreateRoleNamesItem>>) {
            self.role_names = Some(v.into());
        }
        /// Sets `role_names` from an `Option` (`None` leaves it unset).
        pub fn maybe_role_names(&mut self, v: Option<impl Into<Vec<super::OrganizationMemberCreateRoleNamesItem>>>) {
            self.role_names = v.map(Into::into);
        }
    ))]
    pub role_names: Option<Vec<super::OrganizationMemberCreateRoleNamesItem>>,
    /// Role values to assign. Mutually exclusive with 'role\_names'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `roles`.
        pub fn roles(&mut self, v: impl Into<super::OrganizationMemberCreateRoles>) {
            self.roles = Some(v.into());
        }
        /// Sets `roles` from an `Option` (`None` leaves it unset).
        pub fn maybe_roles(&mut self, v: Option<impl Into<super::OrganizationMemberCreateRoles>>) {
            self.roles = v.map(Into::into);
        }
    ))]
    pub roles: Option<super::OrganizationMemberCreateRoles>,
    /// Product seats to assign to the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `subscription_types`.
        pub fn subscription_types(&mut self, v: impl Into<Vec<super::PlanType>>) {
            self.subscription_types = Some(v.into());
        }
        /// Sets `subscription_types` from an `Option` (`None` leaves it unset).
        pub fn maybe_subscription_types(&mut self, v: Option<impl Into<Vec<super::PlanType>>>) {
            self.subscription_types = v.map(Into::into);
        }
    ))]
    pub subscription_types: Option<Vec<super::PlanType>>,
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

impl OrganizationMemberCreate {
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
            let v = &self.email;
            let n = v.chars().count();
            if n > 255 {
                c.push(
                    format!("{at}email"),
                    format!("{n} characters: at most 255 allowed"),
                );
            }
        }
        {
            let v = &self.first_name;
            let n = v.chars().count();
            if n > 255 {
                c.push(
                    format!("{at}first_name"),
                    format!("{n} characters: at most 255 allowed"),
                );
            }
        }
        {
            let v = &self.last_name;
            let n = v.chars().count();
            if n > 255 {
                c.push(
                    format!("{at}last_name"),
                    format!("{n} characters: at most 255 allowed"),
                );
            }
        }
        if let Some(v) = &self.role_names {
            if v.is_empty() {
                c.push(format!("{at}role_names"), "at least 1 item needed");
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "email",
                    "first_name",
                    "last_name",
                    "role",
                    "role_name",
                    "role_names",
                    "roles",
                    "subscription_types",
                ],
            );
        }
    }
}

impl crate::ApiRequest for OrganizationMemberCreate {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role\_name'.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum OrganizationMemberCreateRole {
    /// One of the shapes the spec allows.
    UserRole(super::UserRole),
    /// One of the shapes the spec allows.
    StaticOrganizationRoles(super::StaticOrganizationRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for OrganizationMemberCreateRole {
    fn default() -> Self {
        OrganizationMemberCreateRole::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `OrganizationMemberCreateRoleName` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum OrganizationMemberCreateRoleName {
        /// `member`
        Member = "member",
        /// `billing_manager`
        BillingManager = "billing_manager",
        /// `organization_admin`
        OrganizationAdmin = "organization_admin",
    }
}

impl Default for OrganizationMemberCreateRoleName {
    fn default() -> Self {
        OrganizationMemberCreateRoleName::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `OrganizationMemberCreateRoleNamesItem` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum OrganizationMemberCreateRoleNamesItem {
        /// `member`
        Member = "member",
        /// `billing_manager`
        BillingManager = "billing_manager",
        /// `organization_admin`
        OrganizationAdmin = "organization_admin",
    }
}

impl Default for OrganizationMemberCreateRoleNamesItem {
    fn default() -> Self {
        OrganizationMemberCreateRoleNamesItem::Other(String::new())
    }
}

/// Role values to assign. Mutually exclusive with 'role\_names'.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum OrganizationMemberCreateRoles {
    /// One of the shapes the spec allows.
    List(Vec<super::UserRole>),
    /// One of the shapes the spec allows.
    List2(Vec<super::StaticOrganizationRoles>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for OrganizationMemberCreateRoles {
    fn default() -> Self {
        OrganizationMemberCreateRoles::Other(serde_json::Value::Null)
    }
}

/// OrganizationUserInviteOUT
///
/// Generated from schema `OrganizationUserInviteOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationUserInviteOut {
    /// Email address invited to the Organization.
    #[serde(default)]
    pub email: Option<String>,
    /// Organization invitation ID.
    #[serde(default)]
    pub invite_uuid: String,
    /// Deprecated single invite role. Use 'roles' instead.
    #[serde(default)]
    pub role: super::OrganizationUserInviteOutRole,
    /// Organization roles assigned by the invite.
    #[serde(default)]
    pub roles: super::OrganizationUserInviteOutRoles,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Deprecated single invite role. Use 'roles' instead.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum OrganizationUserInviteOutRole {
    /// One of the shapes the spec allows.
    UserRole(super::UserRole),
    /// One of the shapes the spec allows.
    StaticOrganizationRoles(super::StaticOrganizationRoles),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for OrganizationUserInviteOutRole {
    fn default() -> Self {
        OrganizationUserInviteOutRole::Other(serde_json::Value::Null)
    }
}

/// Organization roles assigned by the invite.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum OrganizationUserInviteOutRoles {
    /// One of the shapes the spec allows.
    List(Vec<super::UserRole>),
    /// One of the shapes the spec allows.
    List2(Vec<super::StaticOrganizationRoles>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for OrganizationUserInviteOutRoles {
    fn default() -> Self {
        OrganizationUserInviteOutRoles::Other(serde_json::Value::Null)
    }
}

/// OrganizationUsersCreateOUT
///
/// Generated from schema `OrganizationUsersCreateOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationUsersCreateOut {
    /// Mapping from created user email to user identifier.
    #[serde(default)]
    pub email_to_user_id: std::collections::BTreeMap<String, String>,
    /// Email addresses that could not be created.
    #[serde(default)]
    pub invalid_emails: Vec<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// PlanType
    ///
    /// Generated from schema `PlanType` of the published spec (`spec/mistral-openapi.json`).
    pub enum PlanType {
        /// `API`
        Api = "API",
        /// `CHAT`
        Chat = "CHAT",
        /// `ON_PREMISE`
        OnPremise = "ON_PREMISE",
        /// `LICENSE`
        License = "LICENSE",
        /// `MISTRAL_CODE`
        MistralCode = "MISTRAL_CODE",
    }
}

impl Default for PlanType {
    fn default() -> Self {
        PlanType::Other(String::new())
    }
}

/// RoleOut
///
/// Generated from schema `RoleOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RoleOut {
    /// Short description of the role.
    #[serde(default)]
    pub description: String,
    /// Whether this role is custom-defined.
    #[serde(default)]
    pub is_custom_role: bool,
    /// Role name.
    #[serde(default)]
    pub name: String,
    /// Role UUID.
    #[serde(default)]
    pub uuid: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// RolesOut
///
/// Generated from schema `RolesOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RolesOut {
    /// Organization roles available to the Organization.
    #[serde(default)]
    pub organization_roles: Vec<super::RoleOut>,
    /// Workspace roles available to the Organization.
    #[serde(default)]
    pub workspace_roles: Vec<super::RoleOut>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// SubscriptionStatus
    ///
    /// Generated from schema `SubscriptionStatus` of the published spec (`spec/mistral-openapi.json`).
    pub enum SubscriptionStatus {
        /// `NS`
        Ns = "NS",
        /// `S`
        S = "S",
        /// `A`
        A = "A",
        /// `CF`
        Cf = "CF",
        /// `CG`
        Cg = "CG",
        /// `C`
        C = "C",
        /// `GP`
        Gp = "GP",
    }
}

impl Default for SubscriptionStatus {
    fn default() -> Self {
        SubscriptionStatus::Other(String::new())
    }
}

/// The query parameters of `client.admin().users().get_users`: `GET /v1/admin/users` (`users_api_admin_users_get_users`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminUsersGetUsersQuery`], from [`AdminUsersGetUsersQuery::builder`]."
    )
)]
pub struct AdminUsersGetUsersQuery {
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
    /// Email address to filter users and invitations.
    #[builder(via_mutators, mutators(
        /// Sets `email`.
        pub fn email(&mut self, v: impl Into<String>) {
            self.email = Some(v.into());
        }
        /// Sets `email` from an `Option` (`None` leaves it unset).
        pub fn maybe_email(&mut self, v: Option<impl Into<String>>) {
            self.email = v.map(Into::into);
        }
    ))]
    pub email: Option<String>,
}

impl AdminUsersGetUsersQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page, &mut q, "page");
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.email, &mut q, "email");
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
