// generated from the spec by `cargo xtask codegen`: do not edit
//! Wire types more than one API group uses.

/// Presence wrapper for a set of alias labels on update RPCs. As a message field it carries presence, so callers can distinguish "leave aliases unchanged" (field omitted) from "clear all aliases" (field set, empty ``values``).
///
/// Generated from schema `AliasList` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AliasList`], from [`AliasList::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AliasList {
    /// values
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `values`.
        pub fn values(&mut self, v: impl Into<Vec<String>>) {
            self.values = Some(v.into());
        }
        /// Sets `values` from an `Option` (`None` leaves it unset).
        pub fn maybe_values(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.values = v.map(Into::into);
        }
    ))]
    pub values: Option<Vec<String>>,
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

impl AliasList {
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
            c.extra(&self.extra, &["values"]);
        }
    }
}

impl crate::ApiRequest for AliasList {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// EncodedPayloadOptions
    ///
    /// Generated from schema `EncodedPayloadOptions` of the published spec (`spec/mistral-openapi.json`).
    pub enum EncodedPayloadOptions {
        /// `offloaded`
        Offloaded = "offloaded",
        /// `encrypted`
        Encrypted = "encrypted",
        /// `encrypted-partial`
        EncryptedPartial = "encrypted-partial",
        /// `compressed`
        Compressed = "compressed",
    }
}

impl Default for EncodedPayloadOptions {
    fn default() -> Self {
        EncodedPayloadOptions::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// ListSortDirection
    ///
    /// Generated from schema `ListSortDirection` of the published spec (`spec/mistral-openapi.json`).
    pub enum ListSortDirection {
        /// `list_sort_direction_unspecified`
        ListSortDirectionUnspecified = "list_sort_direction_unspecified",
        /// `list_sort_direction_asc`
        ListSortDirectionAsc = "list_sort_direction_asc",
        /// `list_sort_direction_desc`
        ListSortDirectionDesc = "list_sort_direction_desc",
    }
}

impl Default for ListSortDirection {
    fn default() -> Self {
        ListSortDirection::Other(String::new())
    }
}

impl crate::generated::QueryValue for ListSortDirection {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// ListSortField
    ///
    /// Generated from schema `ListSortField` of the published spec (`spec/mistral-openapi.json`).
    pub enum ListSortField {
        /// `list_sort_field_unspecified`
        ListSortFieldUnspecified = "list_sort_field_unspecified",
        /// `list_sort_field_created_at`
        ListSortFieldCreatedAt = "list_sort_field_created_at",
        /// `list_sort_field_last_modified_at`
        ListSortFieldLastModifiedAt = "list_sort_field_last_modified_at",
        /// `list_sort_field_name`
        ListSortFieldName = "list_sort_field_name",
        /// `list_sort_field_title`
        ListSortFieldTitle = "list_sort_field_title",
    }
}

impl Default for ListSortField {
    fn default() -> Self {
        ListSortField::Other(String::new())
    }
}

impl crate::generated::QueryValue for ListSortField {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// RegistrySharingScope
    ///
    /// Generated from schema `RegistrySharingScope` of the published spec (`spec/mistral-openapi.json`).
    pub enum RegistrySharingScope {
        /// `sharing_scope_unspecified`
        SharingScopeUnspecified = "sharing_scope_unspecified",
        /// `private`
        Private = "private",
        /// `workspace`
        Workspace = "workspace",
    }
}

impl Default for RegistrySharingScope {
    fn default() -> Self {
        RegistrySharingScope::Other(String::new())
    }
}

/// RFC 3339 timestamp.
///
/// Generated from schema `Timestamp` of the published spec (`spec/mistral-openapi.json`).
pub type Timestamp = String;

crate::macros::string_enum! {
    /// The `TriggersOwnerType` object.
    ///
    /// Generated from schema `TriggersOwnerType` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum TriggersOwnerType {
        /// `workspace`
        Workspace = "workspace",
        /// `user`
        User = "user",
    }
}

impl Default for TriggersOwnerType {
    fn default() -> Self {
        TriggersOwnerType::Other(String::new())
    }
}

/// Webhook
///
/// Generated from schema `Webhook` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Webhook {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `creator_id` field.
    #[serde(default)]
    pub creator_id: String,
    /// The `event_type_path` field.
    #[serde(default)]
    pub event_type_path: Option<String>,
    /// The `expires_at` field.
    #[serde(default)]
    pub expires_at: Option<String>,
    /// The `http_method` field.
    #[serde(default)]
    pub http_method: String,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `organization_id` field.
    #[serde(default)]
    pub organization_id: String,
    /// The `owner_type` field.
    #[serde(default)]
    pub owner_type: TriggersOwnerType,
    /// The `provider` field.
    #[serde(default)]
    pub provider: WebhookProvider,
    /// The `signature_encoding` field.
    #[serde(default)]
    pub signature_encoding: Option<WebhookSignatureEncoding>,
    /// The `signature_extractor_regex` field.
    #[serde(default)]
    pub signature_extractor_regex: Option<String>,
    /// The `signature_hash_algorithm` field.
    #[serde(default)]
    pub signature_hash_algorithm: Option<WebhookSignatureHashAlgorithm>,
    /// The `signature_header_name` field.
    #[serde(default)]
    pub signature_header_name: Option<String>,
    /// The `signature_payload_pattern` field.
    #[serde(default)]
    pub signature_payload_pattern: Option<String>,
    /// The `success_status_code` field.
    #[serde(default)]
    pub success_status_code: Option<i64>,
    /// The `timestamp_extractor_regex` field.
    #[serde(default)]
    pub timestamp_extractor_regex: Option<String>,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// The `url` field.
    #[serde(default)]
    pub url: String,
    /// The `url_verified` field.
    #[serde(default)]
    pub url_verified: Option<bool>,
    /// The `validity_period_second` field.
    #[serde(default)]
    pub validity_period_second: Option<i64>,
    /// The `workspace_id` field.
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `WebhookProvider` object.
    ///
    /// Generated from schema `WebhookProvider` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum WebhookProvider {
        /// `slack`
        Slack = "slack",
        /// `github`
        Github = "github",
        /// `notion`
        Notion = "notion",
        /// `lucca`
        Lucca = "lucca",
        /// `linear`
        Linear = "linear",
        /// `microsoft`
        Microsoft = "microsoft",
        /// `ashby`
        Ashby = "ashby",
        /// `custom`
        Custom = "custom",
    }
}

impl Default for WebhookProvider {
    fn default() -> Self {
        WebhookProvider::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `WebhookSignatureEncoding` object.
    ///
    /// Generated from schema `WebhookSignatureEncoding` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum WebhookSignatureEncoding {
        /// `hex`
        Hex = "hex",
        /// `base64`
        Base64 = "base64",
    }
}

impl Default for WebhookSignatureEncoding {
    fn default() -> Self {
        WebhookSignatureEncoding::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `WebhookSignatureHashAlgorithm` object.
    ///
    /// Generated from schema `WebhookSignatureHashAlgorithm` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum WebhookSignatureHashAlgorithm {
        /// `sha256`
        Sha256 = "sha256",
        /// `sha1`
        Sha1 = "sha1",
    }
}

impl Default for WebhookSignatureHashAlgorithm {
    fn default() -> Self {
        WebhookSignatureHashAlgorithm::Other(String::new())
    }
}
