// generated from the spec by `cargo xtask codegen`: do not edit

/// A workspace role that may be assigned to a service account.
///
/// Generated from schema `AssignableServiceAccountRole` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssignableServiceAccountRole {
    /// The `description` field.
    #[serde(default)]
    pub description: String,
    /// The `is_custom_role` field.
    #[serde(default)]
    pub is_custom_role: bool,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `uuid` field.
    #[serde(default)]
    pub uuid: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// CreateServiceAccountRequest
///
/// Generated from schema `CreateServiceAccountRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateServiceAccountRequest`], from [`CreateServiceAccountRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateServiceAccountRequest {
    /// The `description` field.
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
    /// The `name` field.
    #[builder(setter(into))]
    pub name: String,
    /// Workspace role UUIDs to assign. Omitted or empty lists default to member, which grants no role permissions. Workspace-wide sharing may still grant access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `role_ids`.
        pub fn role_ids(&mut self, v: impl Into<Vec<String>>) {
            self.role_ids = Some(v.into());
        }
        /// Sets `role_ids` from an `Option` (`None` leaves it unset).
        pub fn maybe_role_ids(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.role_ids = v.map(Into::into);
        }
    ))]
    pub role_ids: Option<Vec<String>>,
    /// The `workspace_id` field.
    #[builder(setter(into))]
    pub workspace_id: String,
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

impl CreateServiceAccountRequest {
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
            c.extra(&self.extra, &["description", "name", "role_ids", "workspace_id"]);
        }
    }
}

impl crate::ApiRequest for CreateServiceAccountRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ListAssignableServiceAccountRolesResponse
///
/// Generated from schema `ListAssignableServiceAccountRolesResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAssignableServiceAccountRolesResponse {
    /// The `items` field.
    #[serde(default)]
    pub items: Vec<super::AssignableServiceAccountRole>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ListServiceAccountRolesResponse
///
/// Generated from schema `ListServiceAccountRolesResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListServiceAccountRolesResponse {
    /// The `items` field.
    #[serde(default)]
    pub items: Vec<super::ServiceAccountRole>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ListServiceAccountsResponse
///
/// Generated from schema `ListServiceAccountsResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListServiceAccountsResponse {
    /// The `items` field.
    #[serde(default)]
    pub items: Vec<super::ServiceAccount>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ServiceAccount
///
/// Generated from schema `ServiceAccount` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServiceAccount {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `customer_id` field.
    #[serde(default)]
    pub customer_id: String,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `description` field.
    #[serde(default)]
    pub description: Option<String>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `organization_id` field.
    #[serde(default)]
    pub organization_id: String,
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

/// A single workspace-role binding held by a service account.
///
/// Generated from schema `ServiceAccountRole` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServiceAccountRole {
    /// The `role_id` field.
    #[serde(default)]
    pub role_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Request body for replacing the workspace roles assigned to a service account.
///
/// Generated from schema `SetServiceAccountRolesRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SetServiceAccountRolesRequest`], from [`SetServiceAccountRolesRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SetServiceAccountRolesRequest {
    /// Workspace role UUIDs to assign. Required and non-empty; omitted or empty lists return 422. Select member explicitly for no role-granted permissions; workspace-wide sharing may still grant access.
    #[builder(setter(into))]
    pub role_ids: Vec<String>,
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

impl SetServiceAccountRolesRequest {
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
            c.extra(&self.extra, &["role_ids"]);
        }
    }
}

impl crate::ApiRequest for SetServiceAccountRolesRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `SortOrder` object.
    ///
    /// Generated from schema `SortOrder` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum SortOrder {
        /// `asc`
        Asc = "asc",
        /// `desc`
        Desc = "desc",
    }
}

impl Default for SortOrder {
    fn default() -> Self {
        SortOrder::Other(String::new())
    }
}

impl crate::generated::QueryValue for SortOrder {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// UpdateServiceAccountRequest
///
/// Generated from schema `UpdateServiceAccountRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateServiceAccountRequest`], from [`UpdateServiceAccountRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateServiceAccountRequest {
    /// The `description` field.
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

impl UpdateServiceAccountRequest {
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
            c.extra(&self.extra, &["description"]);
        }
    }
}

impl crate::ApiRequest for UpdateServiceAccountRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The query parameters of `client.service_accounts().list`: `GET /v1/service-accounts` (`list_service_accounts_v1_service_accounts_get`).
#[derive(Clone, Debug, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ServiceAccountsListQuery`], from [`ServiceAccountsListQuery::builder`]."
    )
)]
pub struct ServiceAccountsListQuery {
    /// The `offset` field.
    #[builder(setter(into))]
    pub offset: i64,
    /// The `limit` field.
    #[builder(setter(into))]
    pub limit: i64,
    /// The `workspace_id` field.
    #[builder(via_mutators, mutators(
        /// Sets `workspace_id`.
        pub fn workspace_id(&mut self, v: impl Into<String>) {
            self.workspace_id = Some(v.into());
        }
        /// Sets `workspace_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_workspace_id(&mut self, v: Option<impl Into<String>>) {
            self.workspace_id = v.map(Into::into);
        }
    ))]
    pub workspace_id: Option<String>,
    /// The `include_deleted` field.
    #[builder(via_mutators, mutators(
        /// Sets `include_deleted`.
        pub fn include_deleted(&mut self, v: impl Into<bool>) {
            self.include_deleted = Some(v.into());
        }
        /// Sets `include_deleted` from an `Option` (`None` leaves it unset).
        pub fn maybe_include_deleted(&mut self, v: Option<impl Into<bool>>) {
            self.include_deleted = v.map(Into::into);
        }
    ))]
    pub include_deleted: Option<bool>,
    /// The `q` field.
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
    /// Direction to sort a service-account listing by creation time.
    #[builder(via_mutators, mutators(
        /// Sets `order`.
        pub fn order(&mut self, v: impl Into<super::SortOrder>) {
            self.order = Some(v.into());
        }
        /// Sets `order` from an `Option` (`None` leaves it unset).
        pub fn maybe_order(&mut self, v: Option<impl Into<super::SortOrder>>) {
            self.order = v.map(Into::into);
        }
    ))]
    pub order: Option<super::SortOrder>,
}

impl ServiceAccountsListQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.offset, &mut q, "offset");
        crate::generated::QueryValue::push_to(&self.limit, &mut q, "limit");
        crate::generated::QueryValue::push_to(&self.workspace_id, &mut q, "workspace_id");
        crate::generated::QueryValue::push_to(&self.include_deleted, &mut q, "include_deleted");
        crate::generated::QueryValue::push_to(&self.q, &mut q, "q");
        crate::generated::QueryValue::push_to(&self.order, &mut q, "order");
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

/// The query parameters of `client.service_accounts().list_assignable_roles`: `GET /v1/service-accounts/assignable-roles` (`list_assignable_service_account_roles_v1_service_accounts_assignable_roles_get`).
#[derive(Clone, Debug, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ServiceAccountsListAssignableRolesQuery`], from [`ServiceAccountsListAssignableRolesQuery::builder`]."
    )
)]
pub struct ServiceAccountsListAssignableRolesQuery {
    /// The `workspace_id` field.
    #[builder(setter(into))]
    pub workspace_id: String,
}

impl ServiceAccountsListAssignableRolesQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.workspace_id, &mut q, "workspace_id");
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
