// generated from the spec by `cargo xtask codegen`: do not edit

/// ListOrganizationsResponse
///
/// Generated from schema `ListOrganizationsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListOrganizationsResponse {
    /// The organizations the authenticated user is a member of.
    #[serde(default)]
    pub organizations: Vec<super::UserOrganization>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ListWorkspacesResponse
///
/// Generated from schema `ListWorkspacesResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListWorkspacesResponse {
    /// The workspaces the authenticated user is a member of, each tagged with the organization it belongs to.
    #[serde(default)]
    pub workspaces: Vec<super::UserWorkspace>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::generated::spec_union! {
    /// The `Principal` object.
    ///
    /// Generated from schema `Principal` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum Principal : "principal_type" {
        /// `principal_type: service_account`
        "service_account" => ServiceAccount(super::WhoamiServiceAccountPrincipal),
        /// `principal_type: user`
        "user" => User(super::WhoamiUserPrincipal),
    }
}

/// UserIdentity
///
/// Generated from schema `UserIdentity` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserIdentity {
    /// The `api_key` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<super::UserIdentityApiKey>,
    /// Email
    #[serde(default)]
    pub email: Option<String>,
    /// First Name
    #[serde(default)]
    pub first_name: Option<String>,
    /// Id
    #[serde(default)]
    pub id: String,
    /// Last Name
    #[serde(default)]
    pub last_name: Option<String>,
    /// The `organization` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<super::UserIdentityOrganization>,
    /// The `workspace` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<super::UserIdentityWorkspace>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UserIdentityApiKey
///
/// Generated from schema `UserIdentityApiKey` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserIdentityApiKey {
    /// Id
    #[serde(default)]
    pub id: String,
    /// Name
    #[serde(default)]
    pub name: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UserIdentityOrganization
///
/// Generated from schema `UserIdentityOrganization` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserIdentityOrganization {
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

/// UserIdentityWorkspace
///
/// Generated from schema `UserIdentityWorkspace` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserIdentityWorkspace {
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

/// UserIdentityWorkspace
///
/// Generated from schema `UserIdentityWorkspace` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserIdentityWorkspaceNext {
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UserOrganization
///
/// Generated from schema `UserOrganization` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserOrganization {
    /// The organization's unique identifier.
    #[serde(default)]
    pub id: String,
    /// The organization's display name.
    #[serde(default)]
    pub name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UserWorkspace
///
/// Generated from schema `UserWorkspace` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserWorkspace {
    /// The workspace's unique identifier.
    #[serde(default)]
    pub id: String,
    /// The workspace's display name.
    #[serde(default)]
    pub name: String,
    /// The identifier of the organization this workspace belongs to.
    #[serde(default)]
    pub organization_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Organization identity and context for the authenticated caller.
///
/// Generated from schema `WhoamiOrganization` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WhoamiOrganization {
    /// The organization's unique identifier.
    #[serde(default)]
    pub id: String,
    /// Whether this is a Mistral-internal organization.
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal: Option<bool>,
    /// The organization kind (e.g. 'S' standard, 'C' company internal, 'D' dogfooding).
    ///
    /// The API's default: `"S"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The organization's display name.
    #[serde(default)]
    pub name: String,
    /// The organization's billing tier (e.g. 'E' for Enterprise). Null when not set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_tier: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Principal-agnostic identity of the authenticated caller.
///
/// Supersedes the user-centric ``/v1/users/me`` and ``/api/users/v2/me`` by
/// resolving any principal (user or service account) through a single call. The
/// ``principal`` field is a discriminated union; the remaining fields are the
/// shared session context and apply to either principal kind.
///
/// Generated from schema `WhoamiResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WhoamiResponse {
    /// The organization the caller's session is scoped to, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<super::WhoamiOrganization>,
    /// The authenticated principal: either a user or a service account.
    #[serde(default)]
    pub principal: super::Principal,
    /// The workspace the caller's session is scoped to, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<super::UserIdentityWorkspaceNext>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Identity of a service-account principal.
///
/// Carries service-account-only fields. Service accounts have no user profile
/// (no email or name of a person); ``name`` is the service account's own display
/// name. Resolved independently of the authentication mechanism.
///
/// Generated from schema `WhoamiServiceAccountPrincipal` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WhoamiServiceAccountPrincipal {
    /// The service account's display name, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Discriminator identifying a service-account principal.
    ///
    /// The API's default: `"service_account"`.
    #[serde(default)]
    pub principal_type: super::WhoamiServiceAccountPrincipalPrincipalType,
    /// The service account's unique identifier.
    #[serde(default)]
    pub service_account_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// Discriminator identifying a service-account principal.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum WhoamiServiceAccountPrincipalPrincipalType {
        /// `service_account`
        ServiceAccount = "service_account",
    }
}

impl Default for WhoamiServiceAccountPrincipalPrincipalType {
    fn default() -> Self {
        WhoamiServiceAccountPrincipalPrincipalType::Other(String::new())
    }
}

/// Identity of a human user principal.
///
/// Carries user-only fields. The ``principal\_type`` discriminator makes this
/// variant mutually exclusive with the service-account variant, so a payload can
/// never carry both a user id and a service-account id.
///
/// Generated from schema `WhoamiUserPrincipal` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WhoamiUserPrincipal {
    /// The user's email address, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The user's first name, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The user's unique identifier.
    #[serde(default)]
    pub id: String,
    /// The user's last name, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Discriminator identifying a human user principal.
    ///
    /// The API's default: `"user"`.
    #[serde(default)]
    pub principal_type: super::WhoamiUserPrincipalPrincipalType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// Discriminator identifying a human user principal.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum WhoamiUserPrincipalPrincipalType {
        /// `user`
        User = "user",
    }
}

impl Default for WhoamiUserPrincipalPrincipalType {
    fn default() -> Self {
        WhoamiUserPrincipalPrincipalType::Other(String::new())
    }
}

/// The query parameters of `client.users().list_organizations`: `GET /v1/users/me/organizations` (`users_api_list_organizations`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UsersListOrganizationsQuery`], from [`UsersListOrganizationsQuery::builder`]."
    )
)]
pub struct UsersListOrganizationsQuery {
    /// Number of organizations to skip before returning results.
    #[builder(via_mutators, mutators(
        /// Sets `offset`.
        pub fn offset(&mut self, v: impl Into<i64>) {
            self.offset = Some(v.into());
        }
        /// Sets `offset` from an `Option` (`None` leaves it unset).
        pub fn maybe_offset(&mut self, v: Option<impl Into<i64>>) {
            self.offset = v.map(Into::into);
        }
    ))]
    pub offset: Option<i64>,
    /// Maximum number of organizations to return.
    #[builder(via_mutators, mutators(
        /// Sets `limit`.
        pub fn limit(&mut self, v: impl Into<i64>) {
            self.limit = Some(v.into());
        }
        /// Sets `limit` from an `Option` (`None` leaves it unset).
        pub fn maybe_limit(&mut self, v: Option<impl Into<i64>>) {
            self.limit = v.map(Into::into);
        }
    ))]
    pub limit: Option<i64>,
}

impl UsersListOrganizationsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.offset, &mut q, "offset");
        crate::generated::QueryValue::push_to(&self.limit, &mut q, "limit");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.offset {
            if (*v as f64) < 0.0 {
                c.push("offset", format!("{} is out of range: must be at least 0", v));
            }
        }
        if let Some(v) = &self.limit {
            if (*v as f64) < 1.0 {
                c.push("limit", format!("{} is out of range: must be at least 1", v));
            }
            if (*v as f64) > 100.0 {
                c.push("limit", format!("{} is out of range: must be at most 100", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.users().list_workspaces`: `GET /v1/users/me/workspaces` (`users_api_list_workspaces`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UsersListWorkspacesQuery`], from [`UsersListWorkspacesQuery::builder`]."
    )
)]
pub struct UsersListWorkspacesQuery {
    /// Return only workspaces belonging to this organization.
    #[builder(via_mutators, mutators(
        /// Sets `organization_id`.
        pub fn organization_id(&mut self, v: impl Into<String>) {
            self.organization_id = Some(v.into());
        }
        /// Sets `organization_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_organization_id(&mut self, v: Option<impl Into<String>>) {
            self.organization_id = v.map(Into::into);
        }
    ))]
    pub organization_id: Option<String>,
    /// Number of workspaces to skip before returning results.
    #[builder(via_mutators, mutators(
        /// Sets `offset`.
        pub fn offset(&mut self, v: impl Into<i64>) {
            self.offset = Some(v.into());
        }
        /// Sets `offset` from an `Option` (`None` leaves it unset).
        pub fn maybe_offset(&mut self, v: Option<impl Into<i64>>) {
            self.offset = v.map(Into::into);
        }
    ))]
    pub offset: Option<i64>,
    /// Maximum number of workspaces to return.
    #[builder(via_mutators, mutators(
        /// Sets `limit`.
        pub fn limit(&mut self, v: impl Into<i64>) {
            self.limit = Some(v.into());
        }
        /// Sets `limit` from an `Option` (`None` leaves it unset).
        pub fn maybe_limit(&mut self, v: Option<impl Into<i64>>) {
            self.limit = v.map(Into::into);
        }
    ))]
    pub limit: Option<i64>,
}

impl UsersListWorkspacesQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.organization_id, &mut q, "organization_id");
        crate::generated::QueryValue::push_to(&self.offset, &mut q, "offset");
        crate::generated::QueryValue::push_to(&self.limit, &mut q, "limit");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.offset {
            if (*v as f64) < 0.0 {
                c.push("offset", format!("{} is out of range: must be at least 0", v));
            }
        }
        if let Some(v) = &self.limit {
            if (*v as f64) < 1.0 {
                c.push("limit", format!("{} is out of range: must be at least 1", v));
            }
            if (*v as f64) > 100.0 {
                c.push("limit", format!("{} is out of range: must be at most 100", v));
            }
        }
        c.finish()
    }
}
