// generated from the spec by `cargo xtask codegen`: do not edit

/// The viewer may perform the action on the resource.
///
/// Generated from schema `ActionAvailable` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActionAvailable {
    /// Status
    ///
    /// The API's default: `"available"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ActionUnavailable\[DeleteUnavailableReason\]
///
/// Generated from schema `ActionUnavailable_DeleteUnavailableReason_` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActionUnavailableDeleteUnavailableReason {
    /// The `reason` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<super::DeleteUnavailableReason>,
    /// Status
    ///
    /// The API's default: `"unavailable"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ActionUnavailable\[RotateUnavailableReason\]
///
/// Generated from schema `ActionUnavailable_RotateUnavailableReason_` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActionUnavailableRotateUnavailableReason {
    /// The `reason` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<super::RotateUnavailableReason>,
    /// Status
    ///
    /// The API's default: `"unavailable"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AdminCreateAPIKeyIN
///
/// Generated from schema `AdminCreateAPIKeyIN` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminCreateApiKeyIn`], from [`AdminCreateApiKeyIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AdminCreateApiKeyIn {
    /// Date when the API key should expire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `expiration`.
        pub fn expiration(&mut self, v: impl Into<String>) {
            self.expiration = Some(v.into());
        }
        /// Sets `expiration` from an `Option` (`None` leaves it unset).
        pub fn maybe_expiration(&mut self, v: Option<impl Into<String>>) {
            self.expiration = v.map(Into::into);
        }
    ))]
    pub expiration: Option<String>,
    /// Optional name for the API key.
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
    /// ID of the user the API key is created for.
    #[builder(setter(into))]
    pub user_id: String,
    /// Workspace ID for the API key.
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

impl AdminCreateApiKeyIn {
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
            c.extra(&self.extra, &["expiration", "name", "user_id", "workspace_uuid"]);
        }
    }
}

impl crate::ApiRequest for AdminCreateApiKeyIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Per-action availability for an API key, keyed by action name.
///
/// This is the generic, reusable shape for surfacing what a viewer may do with a resource on
/// get/list endpoints: each action maps to a value that is either available or unavailable with an
/// optional reason code. Add fields here as more actions are exposed.
///
/// Every action is opt-in: fields default to ``None`` (the action is absent), and an absent action
/// means "unavailable, with no specified reason". An action is only available when a producer
/// explicitly sets it to ``ActionAvailable``. This keeps permissions opt-in rather than opt-out, so
/// forgetting to populate an action can never accidentally expose it.
///
/// Generated from schema `APIKeyActions` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApiKeyActions {
    /// Delete
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete: Option<super::ApiKeyActionsDelete>,
    /// Rotate
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotate: Option<super::ApiKeyActionsRotate>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::generated::spec_union! {
    /// The `ApiKeyActionsDelete` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum ApiKeyActionsDelete : "status" {
        /// `status: available`
        "available" => Available(super::ActionAvailable),
        /// `status: unavailable`
        "unavailable" => Unavailable(super::ActionUnavailableDeleteUnavailableReason),
    }
}

crate::generated::spec_union! {
    /// The `ApiKeyActionsRotate` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum ApiKeyActionsRotate : "status" {
        /// `status: available`
        "available" => Available(super::ActionAvailable),
        /// `status: unavailable`
        "unavailable" => Unavailable(super::ActionUnavailableRotateUnavailableReason),
    }
}

/// APIKeyExtendedOUT
///
/// Generated from schema `APIKeyExtendedOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApiKeyExtendedOut {
    /// Per-action availability for this API key (e.g. whether it can be rotated or deleted).
    #[serde(default)]
    pub actions: super::ApiKeyActions,
    /// Whether you can delete this API key.
    #[serde(default)]
    pub can_delete: Option<bool>,
    /// Time when the API key was created.
    #[serde(default)]
    pub created_at: Option<String>,
    /// User or API key that created this API key.
    #[serde(default)]
    pub created_by: Option<String>,
    /// Date when the API key expires.
    #[serde(default)]
    pub expiration_date: Option<String>,
    /// Masked API key value for display.
    #[serde(default)]
    pub hidden_key: String,
    /// Plaintext API key value. Only returned at creation time.
    #[serde(default)]
    pub key: Option<String>,
    /// API key ID.
    #[serde(default)]
    pub key_id: String,
    /// Date when the API key was last used.
    #[serde(default)]
    pub last_used: Option<String>,
    /// Name of the API key.
    #[serde(default)]
    pub name: Option<String>,
    /// Product the API key belongs to.
    #[serde(default)]
    pub product: Option<super::ApiKeyProduct>,
    /// Workspace ID for the API key.
    #[serde(default)]
    pub workspace_id: Option<String>,
    /// Name of the Workspace for the API key.
    #[serde(default)]
    pub workspace_name: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl std::fmt::Debug for ApiKeyExtendedOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiKeyExtendedOut")
            .field("actions", &self.actions)
            .field("can_delete", &self.can_delete)
            .field("created_at", &self.created_at)
            .field("created_by", &self.created_by)
            .field("expiration_date", &self.expiration_date)
            .field("hidden_key", &self.hidden_key)
            .field("key", &self.key.as_ref().map(|_| "****"))
            .field("key_id", &self.key_id)
            .field("last_used", &self.last_used)
            .field("name", &self.name)
            .field("product", &self.product)
            .field("workspace_id", &self.workspace_id)
            .field("workspace_name", &self.workspace_name)
            .field("extra", &self.extra)
            .finish()
    }
}

/// APIKeyOUT
///
/// Generated from schema `APIKeyOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApiKeyOut {
    /// Per-action availability for this API key (e.g. whether it can be rotated or deleted).
    #[serde(default)]
    pub actions: super::ApiKeyActions,
    /// Time when the API key was created.
    #[serde(default)]
    pub created_at: Option<String>,
    /// Date when the API key expires.
    #[serde(default)]
    pub expiration_date: Option<String>,
    /// Masked API key value for display.
    #[serde(default)]
    pub hidden_key: String,
    /// Plaintext API key value. Only returned at creation time.
    #[serde(default)]
    pub key: Option<String>,
    /// API key ID.
    #[serde(default)]
    pub key_id: String,
    /// Name of the API key.
    #[serde(default)]
    pub name: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl std::fmt::Debug for ApiKeyOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiKeyOut")
            .field("actions", &self.actions)
            .field("created_at", &self.created_at)
            .field("expiration_date", &self.expiration_date)
            .field("hidden_key", &self.hidden_key)
            .field("key", &self.key.as_ref().map(|_| "****"))
            .field("key_id", &self.key_id)
            .field("name", &self.name)
            .field("extra", &self.extra)
            .finish()
    }
}

crate::macros::string_enum! {
    /// APIKeyProduct
    ///
    /// Generated from schema `APIKeyProduct` of the published spec (`spec/mistral-openapi.json`).
    pub enum ApiKeyProduct {
        /// `API`
        Api = "API",
        /// `Mistral Code`
        MistralCode = "Mistral Code",
        /// `Vibe`
        Vibe = "Vibe",
    }
}

impl Default for ApiKeyProduct {
    fn default() -> Self {
        ApiKeyProduct::Other(String::new())
    }
}

/// APIKeysExtendedOUT
///
/// Generated from schema `APIKeysExtendedOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApiKeysExtendedOut {
    /// API keys for the Organization.
    #[serde(default)]
    pub keys: Vec<super::ApiKeyExtendedOut>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DeleteAPIKeyOUT
///
/// Generated from schema `DeleteAPIKeyOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteApiKeyOut {
    /// API key deletion result message.
    #[serde(default)]
    pub detail: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// Machine-readable reason why an API key cannot be deleted.
    ///
    /// Deletion eligibility currently turns on a single request-scoped permission: whether the acting
    /// user may delete (archive) the key. The reason is therefore determined where the acting user is
    /// known (e.g. the dashboard), not from the key's scope or state. Consumers should treat unknown
    /// values as "delete unavailable".
    ///
    /// Generated from schema `DeleteUnavailableReason` of the published spec (`spec/mistral-openapi.json`).
    pub enum DeleteUnavailableReason {
        /// `not_allowed`
        NotAllowed = "not_allowed",
    }
}

impl Default for DeleteUnavailableReason {
    fn default() -> Self {
        DeleteUnavailableReason::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// Machine-readable reason why an API key cannot be rotated.
    ///
    /// This is the single field shared across services to describe rotation eligibility. An absent
    /// reason (None) means the key can be rotated; any value means it cannot, and identifies why so
    /// consumers (e.g. the dashboard rotate button) can show an appropriate message without hardcoding
    /// the rules. Consumers should treat unknown values as "rotation unavailable".
    ///
    /// Reasons fall into three kinds. Scope-based reasons are immutable (a function of the key's scope
    /// alone) and are owned by services that hold the key, e.g. Albe. Key-state reasons depend on the
    /// key's own state (e.g. expiry) and are likewise determined where the key lives. Permission-based
    /// reasons are request-scoped (they depend on who is asking) and can only be determined where the
    /// acting user is known, e.g. the dashboard. When several reasons apply, precedence runs immutable
    /// scope-based, then key-state, then request-scoped permission.
    ///
    /// Generated from schema `RotateUnavailableReason` of the published spec (`spec/mistral-openapi.json`).
    pub enum RotateUnavailableReason {
        /// `unsupported_scope`
        UnsupportedScope = "unsupported_scope",
        /// `key_expired`
        KeyExpired = "key_expired",
        /// `not_allowed`
        NotAllowed = "not_allowed",
    }
}

impl Default for RotateUnavailableReason {
    fn default() -> Self {
        RotateUnavailableReason::Other(String::new())
    }
}

/// The query parameters of `client.admin().api_keys().get_api_keys`: `GET /v1/admin/api-keys` (`users_api_admin_api_keys_get_api_keys`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminApiKeysGetApiKeysQuery`], from [`AdminApiKeysGetApiKeysQuery::builder`]."
    )
)]
pub struct AdminApiKeysGetApiKeysQuery {
    /// Maximum number of results to return.
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
    /// Number of results to skip before returning results.
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
    /// Filter API keys by name substring or the last 4 characters of the key. Matching is case-insensitive and accent-insensitive.
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
}

impl AdminApiKeysGetApiKeysQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.limit, &mut q, "limit");
        crate::generated::QueryValue::push_to(&self.offset, &mut q, "offset");
        crate::generated::QueryValue::push_to(&self.name, &mut q, "name");
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
