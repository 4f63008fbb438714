// generated from the spec by `cargo xtask codegen`: do not edit

/// Annotations
///
/// Generated from schema `Annotations` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Annotations {
    /// Audience
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Vec<super::AnnotationsAudienceItem>>,
    /// Priority
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<f64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `AnnotationsAudienceItem` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum AnnotationsAudienceItem {
        /// `user`
        User = "user",
        /// `assistant`
        Assistant = "assistant",
    }
}

impl Default for AnnotationsAudienceItem {
    fn default() -> Self {
        AnnotationsAudienceItem::Other(String::new())
    }
}

/// Audio content for a message.
///
/// Generated from schema `AudioContent` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AudioContent {
    /// Meta
    #[serde(rename = "_meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `annotations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<super::Annotations>,
    /// Data
    #[serde(default)]
    pub data: String,
    /// Mimetype
    #[serde(rename = "mimeType", default)]
    pub mime_type: String,
    /// Type
    #[serde(default)]
    pub r#type: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AuthData
///
/// Generated from schema `AuthData` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AuthData`], from [`AuthData::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AuthData {
    /// Client Id
    #[builder(setter(into))]
    pub client_id: String,
    /// Client Secret
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `client_secret`.
        pub fn client_secret(&mut self, v: impl Into<String>) {
            self.client_secret = Some(v.into());
        }
        /// Sets `client_secret` from an `Option` (`None` leaves it unset).
        pub fn maybe_client_secret(&mut self, v: Option<impl Into<String>>) {
            self.client_secret = v.map(Into::into);
        }
    ))]
    pub client_secret: Option<String>,
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

impl std::fmt::Debug for AuthData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthData")
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret.as_ref().map(|_| "****"))
            .field("extra", &self.extra)
            .finish()
    }
}

impl AuthData {
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
            c.extra(&self.extra, &["client_id", "client_secret"]);
        }
    }
}

impl crate::ApiRequest for AuthData {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// AuthDirection
    ///
    /// Generated from schema `AuthDirection` of the published spec (`spec/mistral-openapi.json`).
    pub enum AuthDirection {
        /// `inbound`
        Inbound = "inbound",
        /// `outbound`
        Outbound = "outbound",
    }
}

impl Default for AuthDirection {
    fn default() -> Self {
        AuthDirection::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// AuthStatus
    ///
    /// Generated from schema `AuthStatus` of the published spec (`spec/mistral-openapi.json`).
    pub enum AuthStatus {
        /// `valid`
        Valid = "valid",
        /// `invalid`
        Invalid = "invalid",
        /// `error`
        Error = "error",
    }
}

impl Default for AuthStatus {
    fn default() -> Self {
        AuthStatus::Other(String::new())
    }
}

/// AuthUrlResponse
///
/// Generated from schema `AuthUrlResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuthUrlResponse {
    /// Auth Url
    #[serde(default)]
    pub auth_url: String,
    /// Ttl
    #[serde(default)]
    pub ttl: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AuthenticationConfiguration
///
/// Generated from schema `AuthenticationConfiguration` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuthenticationConfiguration {
    /// The `authentication_type` field.
    #[serde(default)]
    pub authentication_type: super::OutboundAuthenticationType,
    /// Is Default
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// Name
    #[serde(default)]
    pub name: String,
    /// The `scope` field.
    #[serde(default)]
    pub scope: super::ConsumerType,
    /// The `status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::CredentialsStatus>,
    /// Title
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// AuthenticationMethodCreateOrUpdateRequest
///
/// Generated from schema `AuthenticationMethodCreateOrUpdateRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AuthenticationMethodCreateOrUpdateRequest`], from [`AuthenticationMethodCreateOrUpdateRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct AuthenticationMethodCreateOrUpdateRequest {
    /// Whether the authentication method is for outbound or inbound requests.
    ///
    /// The API's default: `"outbound"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `auth_direction`.
        pub fn auth_direction(&mut self, v: impl Into<super::AuthDirection>) {
            self.auth_direction = Some(v.into());
        }
        /// Sets `auth_direction` from an `Option` (`None` leaves it unset).
        pub fn maybe_auth_direction(&mut self, v: Option<impl Into<super::AuthDirection>>) {
            self.auth_direction = v.map(Into::into);
        }
    ))]
    pub auth_direction: Option<super::AuthDirection>,
    /// Connector-wide headers keyed by header name, applied to every credential. Secret values are encrypted at rest and never returned in clear.
    ///
    /// The API's default: `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `global_headers`.
        pub fn global_headers(&mut self, v: impl Into<std::collections::BTreeMap<String, super::GlobalHeaderValue>>) {
            self.global_headers = Some(v.into());
        }
        /// Sets `global_headers` from an `Option` (`None` leaves it unset).
        pub fn maybe_global_headers(&mut self, v: Option<impl Into<std::collections::BTreeMap<String, super::GlobalHeaderValue>>>) {
            self.global_headers = v.map(Into::into);
        }
    ))]
    pub global_headers: Option<std::collections::BTreeMap<String, super::GlobalHeaderValue>>,
    /// Set of headers to connect to the connector
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `headers`.
        pub fn headers(&mut self, v: impl Into<Vec<super::ConnectorAuthenticationHeader>>) {
            self.headers = Some(v.into());
        }
        /// Sets `headers` from an `Option` (`None` leaves it unset).
        pub fn maybe_headers(&mut self, v: Option<impl Into<Vec<super::ConnectorAuthenticationHeader>>>) {
            self.headers = v.map(Into::into);
        }
    ))]
    pub headers: Option<Vec<super::ConnectorAuthenticationHeader>>,
    /// The type of authentication method (e.g. oauth2, bearer, none).
    #[builder(setter(into))]
    pub method_type: super::AuthenticationMethodCreateOrUpdateRequestMethodType,
    /// New OAuth2 client credentials (client\_id and client\_secret).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `oauth2_metadata_secrets`.
        pub fn oauth2_metadata_secrets(&mut self, v: impl Into<super::Oauth2MetadataSecrets>) {
            self.oauth2_metadata_secrets = Some(v.into());
        }
        /// Sets `oauth2_metadata_secrets` from an `Option` (`None` leaves it unset).
        pub fn maybe_oauth2_metadata_secrets(&mut self, v: Option<impl Into<super::Oauth2MetadataSecrets>>) {
            self.oauth2_metadata_secrets = v.map(Into::into);
        }
    ))]
    pub oauth2_metadata_secrets: Option<super::Oauth2MetadataSecrets>,
    /// New OAuth2 authorization server metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `oauth2_server_metadata`.
        pub fn oauth2_server_metadata(&mut self, v: impl Into<super::ExtendedOAuthServerMetadata>) {
            self.oauth2_server_metadata = Some(v.into());
        }
        /// Sets `oauth2_server_metadata` from an `Option` (`None` leaves it unset).
        pub fn maybe_oauth2_server_metadata(&mut self, v: Option<impl Into<super::ExtendedOAuthServerMetadata>>) {
            self.oauth2_server_metadata = v.map(Into::into);
        }
    ))]
    pub oauth2_server_metadata: Option<super::ExtendedOAuthServerMetadata>,
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

impl AuthenticationMethodCreateOrUpdateRequest {
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
        if let Some(v) = &self.headers {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}headers[{i}]."));
            }
        }
        if let Some(v) = &self.oauth2_metadata_secrets {
            v.check_into(c, &format!("{at}oauth2_metadata_secrets."));
        }
        if let Some(v) = &self.oauth2_server_metadata {
            v.check_into(c, &format!("{at}oauth2_server_metadata."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "auth_direction",
                    "global_headers",
                    "headers",
                    "method_type",
                    "oauth2_metadata_secrets",
                    "oauth2_server_metadata",
                ],
            );
        }
    }
}

impl crate::ApiRequest for AuthenticationMethodCreateOrUpdateRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The type of authentication method (e.g. oauth2, bearer, none).
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum AuthenticationMethodCreateOrUpdateRequestMethodType {
    /// One of the shapes the spec allows.
    OutboundAuthenticationType(super::OutboundAuthenticationType),
    /// One of the shapes the spec allows.
    InboundAuthenticationType(super::InboundAuthenticationType),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for AuthenticationMethodCreateOrUpdateRequestMethodType {
    fn default() -> Self {
        AuthenticationMethodCreateOrUpdateRequestMethodType::Other(serde_json::Value::Null)
    }
}

/// The `BearerAuthMethod` object.
///
/// Generated from schema `BearerAuthMethod` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`BearerAuthMethod`], from [`BearerAuthMethod::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct BearerAuthMethod {
    /// Optional additional headers sent with requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `headers`.
        pub fn headers(&mut self, v: impl Into<Vec<super::ConnectorAuthenticationHeader>>) {
            self.headers = Some(v.into());
        }
        /// Sets `headers` from an `Option` (`None` leaves it unset).
        pub fn maybe_headers(&mut self, v: Option<impl Into<Vec<super::ConnectorAuthenticationHeader>>>) {
            self.headers = v.map(Into::into);
        }
    ))]
    pub headers: Option<Vec<super::ConnectorAuthenticationHeader>>,
    /// The API's default: `"bearer"`.
    #[builder(default = String::from("bearer"), setter(into))]
    pub method_type: String,
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

impl BearerAuthMethod {
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
        if let Some(v) = &self.headers {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}headers[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["headers", "method_type"]);
        }
    }
}

impl crate::ApiRequest for BearerAuthMethod {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Binary contents of a resource.
///
/// Generated from schema `BlobResourceContents` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BlobResourceContents {
    /// Meta
    #[serde(rename = "_meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// Blob
    #[serde(default)]
    pub blob: String,
    /// Mimetype
    #[serde(rename = "mimeType", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// Uri
    #[serde(default)]
    pub uri: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Capabilities a client may support.
///
/// Generated from schema `ClientCapabilities` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClientCapabilities {
    /// The `elicitation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elicitation: Option<super::ElicitationCapability>,
    /// Experimental
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experimental: Option<std::collections::BTreeMap<String, serde_json::Map<String, serde_json::Value>>>,
    /// The `roots` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roots: Option<super::RootsCapability>,
    /// The `sampling` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampling: Option<super::SamplingCapability>,
    /// The `tasks` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<super::ClientTasksCapability>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Capability for client tasks operations.
///
/// Generated from schema `ClientTasksCapability` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClientTasksCapability {
    /// The `cancel` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel: Option<super::TasksCancelCapability>,
    /// The `list` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<super::TasksListCapability>,
    /// The `requests` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests: Option<super::ClientTasksRequestsCapability>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Capability for tasks requests operations.
///
/// Generated from schema `ClientTasksRequestsCapability` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClientTasksRequestsCapability {
    /// The `elicitation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elicitation: Option<super::TasksElicitationCapability>,
    /// The `sampling` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampling: Option<super::TasksSamplingCapability>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Capability for completions operations.
///
/// Generated from schema `CompletionsCapability` of the published spec (`spec/mistral-openapi.json`).
pub type CompletionsCapability = serde_json::Map<String, serde_json::Value>;

crate::macros::string_enum! {
    /// ConnectionConfigType
    ///
    /// Generated from schema `ConnectionConfigType` of the published spec (`spec/mistral-openapi.json`).
    pub enum ConnectionConfigType {
        /// `mcp`
        Mcp = "mcp",
        /// `turbine`
        Turbine = "turbine",
        /// `eolienne`
        Eolienne = "eolienne",
    }
}

impl Default for ConnectionConfigType {
    fn default() -> Self {
        ConnectionConfigType::Other(String::new())
    }
}

/// ConnectionCredentials
///
/// Generated from schema `ConnectionCredentials` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConnectionCredentials`], from [`ConnectionCredentials::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ConnectionCredentials {
    /// Bearer Token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `bearer_token`.
        pub fn bearer_token(&mut self, v: impl Into<String>) {
            self.bearer_token = Some(v.into());
        }
        /// Sets `bearer_token` from an `Option` (`None` leaves it unset).
        pub fn maybe_bearer_token(&mut self, v: Option<impl Into<String>>) {
            self.bearer_token = v.map(Into::into);
        }
    ))]
    pub bearer_token: Option<String>,
    /// Github Installation Id
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `github_installation_id`.
        pub fn github_installation_id(&mut self, v: impl Into<String>) {
            self.github_installation_id = Some(v.into());
        }
        /// Sets `github_installation_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_github_installation_id(&mut self, v: Option<impl Into<String>>) {
            self.github_installation_id = v.map(Into::into);
        }
    ))]
    pub github_installation_id: Option<String>,
    /// Headers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `headers`.
        pub fn headers(&mut self, v: impl Into<std::collections::BTreeMap<String, String>>) {
            self.headers = Some(v.into());
        }
        /// Sets `headers` from an `Option` (`None` leaves it unset).
        pub fn maybe_headers(&mut self, v: Option<impl Into<std::collections::BTreeMap<String, String>>>) {
            self.headers = v.map(Into::into);
        }
    ))]
    pub headers: Option<std::collections::BTreeMap<String, String>>,
    /// The `oauth` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `oauth`.
        pub fn oauth(&mut self, v: impl Into<super::OAuth2Token>) {
            self.oauth = Some(v.into());
        }
        /// Sets `oauth` from an `Option` (`None` leaves it unset).
        pub fn maybe_oauth(&mut self, v: Option<impl Into<super::OAuth2Token>>) {
            self.oauth = v.map(Into::into);
        }
    ))]
    pub oauth: Option<super::OAuth2Token>,
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

impl std::fmt::Debug for ConnectionCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConnectionCredentials")
            .field("bearer_token", &self.bearer_token.as_ref().map(|_| "****"))
            .field("github_installation_id", &self.github_installation_id)
            .field("headers", &self.headers)
            .field("oauth", &self.oauth)
            .field("extra", &self.extra)
            .finish()
    }
}

impl ConnectionCredentials {
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
        if let Some(v) = &self.oauth {
            v.check_into(c, &format!("{at}oauth."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &["bearer_token", "github_installation_id", "headers", "oauth"],
            );
        }
    }
}

impl crate::ApiRequest for ConnectionCredentials {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ConnectionCredentialsInput
///
/// Generated from schema `ConnectionCredentialsInput` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConnectionCredentialsInput`], from [`ConnectionCredentialsInput::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ConnectionCredentialsInput {
    /// The `bearer_token` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `bearer_token`.
        pub fn bearer_token(&mut self, v: impl Into<String>) {
            self.bearer_token = Some(v.into());
        }
        /// Sets `bearer_token` from an `Option` (`None` leaves it unset).
        pub fn maybe_bearer_token(&mut self, v: Option<impl Into<String>>) {
            self.bearer_token = v.map(Into::into);
        }
    ))]
    pub bearer_token: Option<String>,
    /// The `headers` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `headers`.
        pub fn headers(&mut self, v: impl Into<std::collections::BTreeMap<String, String>>) {
            self.headers = Some(v.into());
        }
        /// Sets `headers` from an `Option` (`None` leaves it unset).
        pub fn maybe_headers(&mut self, v: Option<impl Into<std::collections::BTreeMap<String, String>>>) {
            self.headers = v.map(Into::into);
        }
    ))]
    pub headers: Option<std::collections::BTreeMap<String, String>>,
    /// The `oauth` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `oauth`.
        pub fn oauth(&mut self, v: impl Into<super::OAuth2ClientCredentialsInput>) {
            self.oauth = Some(v.into());
        }
        /// Sets `oauth` from an `Option` (`None` leaves it unset).
        pub fn maybe_oauth(&mut self, v: Option<impl Into<super::OAuth2ClientCredentialsInput>>) {
            self.oauth = v.map(Into::into);
        }
    ))]
    pub oauth: Option<super::OAuth2ClientCredentialsInput>,
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

impl std::fmt::Debug for ConnectionCredentialsInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConnectionCredentialsInput")
            .field("bearer_token", &self.bearer_token.as_ref().map(|_| "****"))
            .field("headers", &self.headers)
            .field("oauth", &self.oauth)
            .field("extra", &self.extra)
            .finish()
    }
}

impl ConnectionCredentialsInput {
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
        if let Some(v) = &self.oauth {
            v.check_into(c, &format!("{at}oauth."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["bearer_token", "headers", "oauth"]);
        }
    }
}

impl crate::ApiRequest for ConnectionCredentialsInput {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ConnectionPreference
///
/// Generated from schema `ConnectionPreference` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConnectionPreference {
    /// The `consumer_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumer_type: Option<super::ConsumerType>,
    /// Is Default
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// Name
    #[serde(default)]
    pub name: String,
    /// The `tool_configuration` field.
    #[serde(default)]
    pub tool_configuration: super::ToolExecutionConfiguration,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Connector
///
/// Generated from schema `Connector` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Connector {
    /// Active
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked_by: Option<Vec<super::ConsumerType>>,
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_config: Option<super::PublicConnectionConfig>,
    /// Connection Credentials
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_credentials: Option<Vec<super::AuthenticationConfiguration>>,
    /// Connection Preferences
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_preferences: Option<Vec<super::ConnectionPreference>>,
    /// Created At
    #[serde(default)]
    pub created_at: String,
    /// Creator Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_id: Option<String>,
    /// Description
    #[serde(default)]
    pub description: String,
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_env: Option<super::PublicExecutionEnv>,
    /// Icon Url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// Id
    #[serde(default)]
    pub id: String,
    /// Is Authenticated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_authenticated: Option<bool>,
    /// The `locale` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<super::ConnectorLocale>,
    /// Mistral
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mistral: Option<bool>,
    /// Modified At
    #[serde(default)]
    pub modified_at: String,
    /// Name
    #[serde(default)]
    pub name: String,
    /// The OpenAPI spec the connector tools are converted from. Null when it has none.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openapi_spec: Option<super::ConnectorOpenApiSpec>,
    /// Owner Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// The `owner_type` field.
    #[serde(default)]
    pub owner_type: super::ConsumerType,
    /// Private Tool Execution
    #[serde(default)]
    pub private_tool_execution: bool,
    /// The API's default: `"mcp"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<super::ConnectorProtocol>,
    /// Server
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    /// The `server_card` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_card: Option<super::McpServerCard>,
    /// Supported Auth Methods
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_auth_methods: Option<Vec<super::PublicAuthenticationMethod>>,
    /// Whether this connector exposes an MCP-compatible tool interface.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supports_mcp: Option<bool>,
    /// System Prompt
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_prompt: Option<String>,
    /// System Prompt Route
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_prompt_route: Option<String>,
    /// Title
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Tools
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<super::ConnectorTool>>,
    /// The `visibility` field.
    #[serde(default)]
    pub visibility: super::ResourceVisibility,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::generated::spec_union! {
    /// The `ConnectorAuthMethod` object.
    ///
    /// Generated from schema `ConnectorAuthMethod` of the published spec (`spec/mistral-openapi.json`).
    pub enum ConnectorAuthMethod : "method_type" {
        /// `method_type: bearer`
        "bearer" => Bearer(super::BearerAuthMethod),
        /// `method_type: none`
        "none" => None(super::NoneAuthMethod),
        /// `method_type: oauth2`
        "oauth2" => Oauth2(super::OAuth2AuthMethod),
    }
}

/// ConnectorAuthenticationHeader
///
/// Generated from schema `ConnectorAuthenticationHeader` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConnectorAuthenticationHeader`], from [`ConnectorAuthenticationHeader::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ConnectorAuthenticationHeader {
    /// Is Required
    ///
    /// The API's default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `is_required`.
        pub fn is_required(&mut self, v: impl Into<bool>) {
            self.is_required = Some(v.into());
        }
        /// Sets `is_required` from an `Option` (`None` leaves it unset).
        pub fn maybe_is_required(&mut self, v: Option<impl Into<bool>>) {
            self.is_required = v.map(Into::into);
        }
    ))]
    pub is_required: Option<bool>,
    /// Is Secret
    ///
    /// The API's default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `is_secret`.
        pub fn is_secret(&mut self, v: impl Into<bool>) {
            self.is_secret = Some(v.into());
        }
        /// Sets `is_secret` from an `Option` (`None` leaves it unset).
        pub fn maybe_is_secret(&mut self, v: Option<impl Into<bool>>) {
            self.is_secret = v.map(Into::into);
        }
    ))]
    pub is_secret: Option<bool>,
    /// Name
    #[serde(default)]
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

impl ConnectorAuthenticationHeader {
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
            c.extra(&self.extra, &["is_required", "is_secret", "name"]);
        }
    }
}

impl crate::ApiRequest for ConnectorAuthenticationHeader {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Request body for calling an MCP tool.
///
/// Generated from schema `ConnectorCallToolRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConnectorCallToolRequest`], from [`ConnectorCallToolRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ConnectorCallToolRequest {
    /// Arguments
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `arguments`.
        pub fn arguments(&mut self, v: impl Into<serde_json::Map<String, serde_json::Value>>) {
            self.arguments = Some(v.into());
        }
        /// Sets `arguments` from an `Option` (`None` leaves it unset).
        pub fn maybe_arguments(&mut self, v: Option<impl Into<serde_json::Map<String, serde_json::Value>>>) {
            self.arguments = v.map(Into::into);
        }
    ))]
    pub arguments: Option<serde_json::Map<String, serde_json::Value>>,
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

impl ConnectorCallToolRequest {
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
            c.extra(&self.extra, &["arguments"]);
        }
    }
}

impl crate::ApiRequest for ConnectorCallToolRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ConnectorLocale
///
/// Generated from schema `ConnectorLocale` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConnectorLocale {
    /// Description
    #[serde(default)]
    pub description: std::collections::BTreeMap<String, String>,
    /// Name
    #[serde(default)]
    pub name: std::collections::BTreeMap<String, String>,
    /// Usage Sentence
    #[serde(default)]
    pub usage_sentence: std::collections::BTreeMap<String, String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `ConnectorOpenAPISpec` object.
///
/// Generated from schema `ConnectorOpenAPISpec` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConnectorOpenApiSpec {
    /// Where the spec came from. Null when unknown, e.g. a file uploaded without a name, or hidden, e.g. on Mistral connectors.
    #[serde(default)]
    pub source: Option<super::OpenApiSpecSource>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// ConnectorProtocol
    ///
    /// Generated from schema `ConnectorProtocol` of the published spec (`spec/mistral-openapi.json`).
    pub enum ConnectorProtocol {
        /// `mcp`
        Mcp = "mcp",
        /// `http`
        Http = "http",
        /// `turbine`
        Turbine = "turbine",
    }
}

impl Default for ConnectorProtocol {
    fn default() -> Self {
        ConnectorProtocol::Other(String::new())
    }
}

/// ConnectorTool
///
/// Generated from schema `ConnectorTool` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConnectorTool {
    /// Active
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Created At
    #[serde(default)]
    pub created_at: String,
    /// Description
    #[serde(default)]
    pub description: String,
    /// The `execution_config` field.
    #[serde(default)]
    pub execution_config: Option<super::ExecutionConfig>,
    /// Id
    #[serde(default)]
    pub id: String,
    /// Jsonschema
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jsonschema: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `locale` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<super::ConnectorToolLocale>,
    /// Modified At
    #[serde(default)]
    pub modified_at: String,
    /// Name
    #[serde(default)]
    pub name: String,
    /// System Prompt
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_prompt: Option<String>,
    /// The `visibility` field.
    #[serde(default)]
    pub visibility: super::ResourceVisibility,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Metadata wrapper for MCP tool call responses.
///
/// Nests MCP-specific fields under `mcp_meta` to avoid collisions with other
/// metadata keys (e.g. `tool_call_result`) in Harmattan's streaming deltas.
///
/// Generated from schema `ConnectorToolCallMetadata` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConnectorToolCallMetadata {
    /// The `mcp_meta` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mcp_meta: Option<super::ConnectorToolResultMetadata>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Response from calling an MCP tool.
///
/// We override mcp\_types.CallToolResult because:
/// - Models only support `content`, not `structuredContent` at top level
/// - Downstream consumers (le-chat, etc.) need structuredContent/isError/\_meta via metadata
///
/// SYNC: Keep in sync with Harmattan (orchestrator) for harmonized tool result processing.
///
/// Generated from schema `ConnectorToolCallResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConnectorToolCallResponse {
    /// Content
    #[serde(default)]
    pub content: Vec<super::ConnectorToolCallResponseContentItem>,
    /// The `metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<super::ConnectorToolCallMetadata>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `ConnectorToolCallResponseContentItem` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ConnectorToolCallResponseContentItem {
    /// One of the shapes the spec allows.
    TextContent(super::TextContent),
    /// One of the shapes the spec allows.
    ImageContent(super::ImageContent),
    /// One of the shapes the spec allows.
    AudioContent(super::AudioContent),
    /// One of the shapes the spec allows.
    ResourceLink(super::ResourceLink),
    /// One of the shapes the spec allows.
    EmbeddedResource(super::EmbeddedResource),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for ConnectorToolCallResponseContentItem {
    fn default() -> Self {
        ConnectorToolCallResponseContentItem::Other(serde_json::Value::Null)
    }
}

/// ConnectorToolLocale
///
/// Generated from schema `ConnectorToolLocale` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConnectorToolLocale {
    /// Description
    #[serde(default)]
    pub description: std::collections::BTreeMap<String, String>,
    /// Name
    #[serde(default)]
    pub name: std::collections::BTreeMap<String, String>,
    /// Usage Sentence
    #[serde(default)]
    pub usage_sentence: std::collections::BTreeMap<String, String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// MCP-specific result metadata (isError, structuredContent, \_meta).
///
/// Generated from schema `ConnectorToolResultMetadata` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConnectorToolResultMetadata {
    /// Meta
    #[serde(rename = "_meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// Iserror
    ///
    /// The API's default: `false`.
    #[serde(rename = "isError", default, skip_serializing_if = "Option::is_none")]
    pub is_error: Option<bool>,
    /// Structuredcontent
    #[serde(
        rename = "structuredContent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub structured_content: Option<serde_json::Map<String, serde_json::Value>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Response Connector List Tools V1
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ConnectorsListToolsResponse {
    /// One of the shapes the spec allows.
    List(Vec<super::McpTool>),
    /// One of the shapes the spec allows.
    List2(Vec<serde_json::Map<String, serde_json::Value>>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for ConnectorsListToolsResponse {
    fn default() -> Self {
        ConnectorsListToolsResponse::Other(serde_json::Value::Null)
    }
}

/// ConnectorsQueryFilters
///
/// Generated from schema `ConnectorsQueryFilters` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConnectorsQueryFilters {
    /// Filter for active connectors for a given user, workspace and organization.
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Filter connectors by whether they expose an MCP-compatible tool interface.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supports_mcp: Option<bool>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl crate::generated::QueryValue for ConnectorsQueryFilters {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, &serde_json::to_string(self).unwrap_or_default());
    }
}

crate::macros::string_enum! {
    /// ConsumerType
    ///
    /// Generated from schema `ConsumerType` of the published spec (`spec/mistral-openapi.json`).
    pub enum ConsumerType {
        /// `user`
        User = "user",
        /// `org`
        Org = "org",
        /// `workspace`
        Workspace = "workspace",
        /// `system`
        System = "system",
    }
}

impl Default for ConsumerType {
    fn default() -> Self {
        ConsumerType::Other(String::new())
    }
}

/// Public create schema for MCP connectors.
///
/// Standalone model that excludes internal-only fields (``hosted\_internally``,
/// ``mistral\_integration``, ``private\_tool\_execution``, ``auth\_scheme``, ``locale``,
/// ``github\_app\_data``) and restricts visibility to :class:`PublicResourceVisibility`
/// (no ``shared\_global``).
///
/// Generated from schema `CreateConnectorRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateConnectorRequest`], from [`CreateConnectorRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateConnectorRequest {
    /// Optional additional authentication data for the connector.
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `auth_data`.
        pub fn auth_data(&mut self, v: impl Into<super::AuthData>) {
            self.auth_data = Some(v.into());
        }
        /// Sets `auth_data` from an `Option` (`None` leaves it unset).
        pub fn maybe_auth_data(&mut self, v: Option<impl Into<super::AuthData>>) {
            self.auth_data = v.map(Into::into);
        }
    ))]
    pub auth_data: Option<super::AuthData>,
    /// Authentication methods supported by the connector.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `auth_methods`.
        pub fn auth_methods(&mut self, v: impl Into<Vec<super::ConnectorAuthMethod>>) {
            self.auth_methods = Some(v.into());
        }
        /// Sets `auth_methods` from an `Option` (`None` leaves it unset).
        pub fn maybe_auth_methods(&mut self, v: Option<impl Into<Vec<super::ConnectorAuthMethod>>>) {
            self.auth_methods = v.map(Into::into);
        }
    ))]
    pub auth_methods: Option<Vec<super::ConnectorAuthMethod>>,
    /// The description of the connector.
    #[builder(setter(into))]
    pub description: String,
    /// Optional connector-wide headers, keyed by header name, set at creation and applied to every credential. Secret values are encrypted at rest and never returned in clear.
    ///
    /// The API's default: `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `global_headers`.
        pub fn global_headers(&mut self, v: impl Into<std::collections::BTreeMap<String, super::GlobalHeaderValue>>) {
            self.global_headers = Some(v.into());
        }
        /// Sets `global_headers` from an `Option` (`None` leaves it unset).
        pub fn maybe_global_headers(&mut self, v: Option<impl Into<std::collections::BTreeMap<String, super::GlobalHeaderValue>>>) {
            self.global_headers = v.map(Into::into);
        }
    ))]
    pub global_headers: Option<std::collections::BTreeMap<String, super::GlobalHeaderValue>>,
    /// Optional organization-level headers to be sent with the request to the mcp server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `headers`.
        pub fn headers(&mut self, v: impl Into<serde_json::Map<String, serde_json::Value>>) {
            self.headers = Some(v.into());
        }
        /// Sets `headers` from an `Option` (`None` leaves it unset).
        pub fn maybe_headers(&mut self, v: Option<impl Into<serde_json::Map<String, serde_json::Value>>>) {
            self.headers = v.map(Into::into);
        }
    ))]
    pub headers: Option<serde_json::Map<String, serde_json::Value>>,
    /// The optional url of the icon you want to associate to the connector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `icon_url`.
        pub fn icon_url(&mut self, v: impl Into<String>) {
            self.icon_url = Some(v.into());
        }
        /// Sets `icon_url` from an `Option` (`None` leaves it unset).
        pub fn maybe_icon_url(&mut self, v: Option<impl Into<String>>) {
            self.icon_url = v.map(Into::into);
        }
    ))]
    pub icon_url: Option<String>,
    /// The name of the connector. Should be 64 char length maximum, alphanumeric, only underscores/dashes.
    #[builder(setter(into))]
    pub name: String,
    /// Optional OAuth2 authorization server metadata (authorization\_endpoint, token\_endpoint, etc.). When provided, skips .well-known discovery and uses these endpoints directly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `oauth2_server_metadata`.
        pub fn oauth2_server_metadata(&mut self, v: impl Into<super::ExtendedOAuthServerMetadata>) {
            self.oauth2_server_metadata = Some(v.into());
        }
        /// Sets `oauth2_server_metadata` from an `Option` (`None` leaves it unset).
        pub fn maybe_oauth2_server_metadata(&mut self, v: Option<impl Into<super::ExtendedOAuthServerMetadata>>) {
            self.oauth2_server_metadata = v.map(Into::into);
        }
    ))]
    pub oauth2_server_metadata: Option<super::ExtendedOAuthServerMetadata>,
    /// Optional URL to fetch OAuth2 authorization server metadata from (RFC 8414). When provided, the metadata is fetched from this URL and used instead of .well-known discovery. Mutually exclusive with oauth2\_server\_metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `oauth2_server_metadata_url`.
        pub fn oauth2_server_metadata_url(&mut self, v: impl Into<String>) {
            self.oauth2_server_metadata_url = Some(v.into());
        }
        /// Sets `oauth2_server_metadata_url` from an `Option` (`None` leaves it unset).
        pub fn maybe_oauth2_server_metadata_url(&mut self, v: Option<impl Into<String>>) {
            self.oauth2_server_metadata_url = v.map(Into::into);
        }
    ))]
    pub oauth2_server_metadata_url: Option<String>,
    /// Protocol of the connector: 'mcp' for MCP connectors, 'http' for HTTP (OpenAPI) connectors.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[builder(setter(into))]
    pub protocol: super::CreateConnectorRequestProtocol,
    /// The url of the MCP server.
    #[builder(setter(into))]
    pub server: String,
    /// Optional system prompt for the connector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system_prompt`.
        pub fn system_prompt(&mut self, v: impl Into<String>) {
            self.system_prompt = Some(v.into());
        }
        /// Sets `system_prompt` from an `Option` (`None` leaves it unset).
        pub fn maybe_system_prompt(&mut self, v: Option<impl Into<String>>) {
            self.system_prompt = v.map(Into::into);
        }
    ))]
    pub system_prompt: Option<String>,
    /// Optional human-readable title for the connector.
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
    /// Visibility of the connector. Use 'shared\_workspace' for workspace scoped connectors, or 'private' for private connectors.
    ///
    /// The API's default: `"private"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `visibility`.
        pub fn visibility(&mut self, v: impl Into<super::PublicResourceVisibility>) {
            self.visibility = Some(v.into());
        }
        /// Sets `visibility` from an `Option` (`None` leaves it unset).
        pub fn maybe_visibility(&mut self, v: Option<impl Into<super::PublicResourceVisibility>>) {
            self.visibility = v.map(Into::into);
        }
    ))]
    pub visibility: Option<super::PublicResourceVisibility>,
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

impl CreateConnectorRequest {
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
        if let Some(v) = &self.auth_data {
            v.check_into(c, &format!("{at}auth_data."));
        }
        if let Some(v) = &self.oauth2_server_metadata {
            v.check_into(c, &format!("{at}oauth2_server_metadata."));
        }
        if let Some(v) = &self.oauth2_server_metadata_url {
            let n = v.chars().count();
            if n < 1 {
                c.push(
                    format!("{at}oauth2_server_metadata_url"),
                    format!("{n} characters: at least 1 needed"),
                );
            }
            if n > 2083 {
                c.push(
                    format!("{at}oauth2_server_metadata_url"),
                    format!("{n} characters: at most 2083 allowed"),
                );
            }
        }
        {
            let v = &self.server;
            let n = v.chars().count();
            if n < 1 {
                c.push(
                    format!("{at}server"),
                    format!("{n} characters: at least 1 needed"),
                );
            }
            if n > 2083 {
                c.push(
                    format!("{at}server"),
                    format!("{n} characters: at most 2083 allowed"),
                );
            }
        }
        if let Some(v) = &self.title {
            let n = v.chars().count();
            if n > 255 {
                c.push(
                    format!("{at}title"),
                    format!("{n} characters: at most 255 allowed"),
                );
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "auth_data",
                    "auth_methods",
                    "description",
                    "global_headers",
                    "headers",
                    "icon_url",
                    "name",
                    "oauth2_server_metadata",
                    "oauth2_server_metadata_url",
                    "protocol",
                    "server",
                    "system_prompt",
                    "title",
                    "visibility",
                ],
            );
        }
    }
}

impl crate::ApiRequest for CreateConnectorRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// Protocol of the connector: 'mcp' for MCP connectors, 'http' for HTTP (OpenAPI) connectors.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum CreateConnectorRequestProtocol {
        /// `mcp`
        Mcp = "mcp",
        /// `http`
        Http = "http",
    }
}

impl Default for CreateConnectorRequestProtocol {
    fn default() -> Self {
        CreateConnectorRequestProtocol::Other(String::new())
    }
}

/// Request to create or update non-OAuth2 credentials for a connector.
///
/// Generated from schema `CredentialsCreateOrUpdate` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CredentialsCreateOrUpdate`], from [`CredentialsCreateOrUpdate::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CredentialsCreateOrUpdate {
    /// The credential data (headers, bearer\_token).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `credentials`.
        pub fn credentials(&mut self, v: impl Into<super::ConnectionCredentials>) {
            self.credentials = Some(v.into());
        }
        /// Sets `credentials` from an `Option` (`None` leaves it unset).
        pub fn maybe_credentials(&mut self, v: Option<impl Into<super::ConnectionCredentials>>) {
            self.credentials = v.map(Into::into);
        }
    ))]
    pub credentials: Option<super::ConnectionCredentials>,
    /// Controls whether this credential is the default for its auth method. On creation: if no credential exists yet for this auth method, the credential is automatically set as default when is\_default is true or omitted; setting is\_default to false is rejected because a default must exist. If other credentials already exist, setting is\_default to true promotes this credential (demoting the previous default); false or omitted creates it as non-default. On update: true promotes this credential, false is rejected if it is currently the default (promote another credential first), omitted leaves the default status unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `is_default`.
        pub fn is_default(&mut self, v: impl Into<bool>) {
            self.is_default = Some(v.into());
        }
        /// Sets `is_default` from an `Option` (`None` leaves it unset).
        pub fn maybe_is_default(&mut self, v: Option<impl Into<bool>>) {
            self.is_default = v.map(Into::into);
        }
    ))]
    pub is_default: Option<bool>,
    /// Name of the credentials. Use this name to access or modify your credentials.
    #[builder(setter(into))]
    pub name: String,
    /// Human-readable title for the credentials.
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

impl CredentialsCreateOrUpdate {
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
        if let Some(v) = &self.credentials {
            v.check_into(c, &format!("{at}credentials."));
        }
        if let Some(v) = &self.title {
            let n = v.chars().count();
            if n > 255 {
                c.push(
                    format!("{at}title"),
                    format!("{n} characters: at most 255 allowed"),
                );
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["credentials", "is_default", "name", "title"]);
        }
    }
}

impl crate::ApiRequest for CredentialsCreateOrUpdate {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Request to create or update credentials for a connector.
///
/// Generated from schema `CredentialsCreateOrUpdate` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CredentialsCreateOrUpdateNext`], from [`CredentialsCreateOrUpdateNext::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CredentialsCreateOrUpdateNext {
    /// The credential data (headers, bearer\_token, or OAuth2 client credentials).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `credentials`.
        pub fn credentials(&mut self, v: impl Into<super::ConnectionCredentialsInput>) {
            self.credentials = Some(v.into());
        }
        /// Sets `credentials` from an `Option` (`None` leaves it unset).
        pub fn maybe_credentials(&mut self, v: Option<impl Into<super::ConnectionCredentialsInput>>) {
            self.credentials = v.map(Into::into);
        }
    ))]
    pub credentials: Option<super::ConnectionCredentialsInput>,
    /// Controls whether this credential is the default for its auth method. On creation: if no credential exists yet for this auth method, the credential is automatically set as default when is\_default is true or omitted; setting is\_default to false is rejected because a default must exist. If other credentials already exist, setting is\_default to true promotes this credential (demoting the previous default); false or omitted creates it as non-default. On update: true promotes this credential, false is rejected if it is currently the default (promote another credential first), omitted leaves the default status unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `is_default`.
        pub fn is_default(&mut self, v: impl Into<bool>) {
            self.is_default = Some(v.into());
        }
        /// Sets `is_default` from an `Option` (`None` leaves it unset).
        pub fn maybe_is_default(&mut self, v: Option<impl Into<bool>>) {
            self.is_default = v.map(Into::into);
        }
    ))]
    pub is_default: Option<bool>,
    /// Name of the credentials. Use this name to access or modify your credentials.
    #[builder(setter(into))]
    pub name: String,
    /// Human-readable title for the credentials.
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

impl CredentialsCreateOrUpdateNext {
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
        if let Some(v) = &self.credentials {
            v.check_into(c, &format!("{at}credentials."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["credentials", "is_default", "name", "title"]);
        }
    }
}

impl crate::ApiRequest for CredentialsCreateOrUpdateNext {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// CredentialsResponse
///
/// Generated from schema `CredentialsResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CredentialsResponse {
    /// Connector Preset Credentials For Auth
    ///
    /// The API's default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_preset_credentials_for_auth: Option<Vec<super::OutboundAuthenticationType>>,
    /// Credentials
    #[serde(default)]
    pub credentials: Vec<super::AuthenticationConfiguration>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// CredentialsStatus
///
/// Generated from schema `CredentialsStatus` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CredentialsStatus {
    /// The `error_http_code` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_http_code: Option<super::HttpStatus>,
    /// The `error_message` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<super::CredentialsStatusErrorReason>,
    /// Last Checked At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_checked_at: Option<String>,
    /// The `status_type` field.
    #[serde(default)]
    pub status_type: super::AuthStatus,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// CredentialsStatusErrorReason
    ///
    /// Generated from schema `CredentialsStatusErrorReason` of the published spec (`spec/mistral-openapi.json`).
    pub enum CredentialsStatusErrorReason {
        /// `oauth expired`
        OauthExpired = "oauth expired",
        /// `oauth near expiry`
        OauthNearExpiry = "oauth near expiry",
        /// `empty credentials`
        EmptyCredentials = "empty credentials",
        /// `unparsable credentials`
        UnparsableCredentials = "unparsable credentials",
        /// `you need to reconnect`
        YouNeedToReconnect = "you need to reconnect",
        /// `oauth refresh error`
        OauthRefreshError = "oauth refresh error",
        /// `MCP server unreachable`
        McpServerUnreachable = "MCP server unreachable",
        /// `MCP server timed out`
        McpServerTimedOut = "MCP server timed out",
        /// `MCP server error`
        McpServerError = "MCP server error",
        /// `unknown error`
        UnknownError = "unknown error",
    }
}

impl Default for CredentialsStatusErrorReason {
    fn default() -> Self {
        CredentialsStatusErrorReason::Other(String::new())
    }
}

/// Capability for elicitation operations.
///
/// Clients must support at least one mode (form or url).
///
/// Generated from schema `ElicitationCapability` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ElicitationCapability {
    /// The `form` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<super::FormElicitationCapability>,
    /// The `url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<super::UrlElicitationCapability>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The contents of a resource, embedded into a prompt or tool call result.
///
/// It is up to the client how best to render embedded resources for the benefit
/// of the LLM and/or the user.
///
/// Generated from schema `EmbeddedResource` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EmbeddedResource {
    /// Meta
    #[serde(rename = "_meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `annotations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<super::Annotations>,
    /// Resource
    #[serde(default)]
    pub resource: super::EmbeddedResourceResource,
    /// Type
    #[serde(default)]
    pub r#type: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Resource
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum EmbeddedResourceResource {
    /// One of the shapes the spec allows.
    TextResourceContents(super::TextResourceContents),
    /// One of the shapes the spec allows.
    BlobResourceContents(super::BlobResourceContents),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for EmbeddedResourceResource {
    fn default() -> Self {
        EmbeddedResourceResource::Other(serde_json::Value::Null)
    }
}

/// Not typed since mcp config can changed / not stable
/// we allow all extra fields and this is a dict
/// TODO: once mcp is stable, we need to type this
///
/// Generated from schema `ExecutionConfig` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExecutionConfig {
    /// Type
    #[serde(default)]
    pub r#type: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ExecutionTool
///
/// Generated from schema `ExecutionTool` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExecutionTool {
    /// The `execution_config` field.
    #[serde(default)]
    pub execution_config: Option<super::ExecutionConfig>,
    /// Integration Id
    #[serde(default)]
    pub integration_id: String,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Custom superset of RFC 8414 OAuth 2.0 Authorization Server Metadata.
///
/// Stored at connector creation time (provided for HTTP connectors, discovered via .well-known for MCP).
/// Mirrors the shape of .well-known/oauth-authorization-server responses.
///
/// Generated from schema `ExtendedOAuthServerMetadata` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ExtendedOAuthServerMetadata`], from [`ExtendedOAuthServerMetadata::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ExtendedOAuthServerMetadata {
    /// Authorization Endpoint
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `authorization_endpoint`.
        pub fn authorization_endpoint(&mut self, v: impl Into<String>) {
            self.authorization_endpoint = Some(v.into());
        }
        /// Sets `authorization_endpoint` from an `Option` (`None` leaves it unset).
        pub fn maybe_authorization_endpoint(&mut self, v: Option<impl Into<String>>) {
            self.authorization_endpoint = v.map(Into::into);
        }
    ))]
    pub authorization_endpoint: Option<String>,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `authorization_grant_profiles_supported`.
        pub fn authorization_grant_profiles_supported(&mut self, v: impl Into<Vec<String>>) {
            self.authorization_grant_profiles_supported = Some(v.into());
        }
        /// Sets `authorization_grant_profiles_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_authorization_grant_profiles_supported(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.authorization_grant_profiles_supported = v.map(Into::into);
        }
    ))]
    pub authorization_grant_profiles_supported: Option<Vec<String>>,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `authorization_response_iss_parameter_supported`.
        pub fn authorization_response_iss_parameter_supported(&mut self, v: impl Into<bool>) {
            self.authorization_response_iss_parameter_supported = Some(v.into());
        }
        /// Sets `authorization_response_iss_parameter_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_authorization_response_iss_parameter_supported(&mut self, v: Option<impl Into<bool>>) {
            self.authorization_response_iss_parameter_supported = v.map(Into::into);
        }
    ))]
    pub authorization_response_iss_parameter_supported: Option<bool>,
    /// Client Id Metadata Document Supported
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `client_id_metadata_document_supported`.
        pub fn client_id_metadata_document_supported(&mut self, v: impl Into<bool>) {
            self.client_id_metadata_document_supported = Some(v.into());
        }
        /// Sets `client_id_metadata_document_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_client_id_metadata_document_supported(&mut self, v: Option<impl Into<bool>>) {
            self.client_id_metadata_document_supported = v.map(Into::into);
        }
    ))]
    pub client_id_metadata_document_supported: Option<bool>,
    /// Code Challenge Methods Supported
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `code_challenge_methods_supported`.
        pub fn code_challenge_methods_supported(&mut self, v: impl Into<Vec<String>>) {
            self.code_challenge_methods_supported = Some(v.into());
        }
        /// Sets `code_challenge_methods_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_code_challenge_methods_supported(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.code_challenge_methods_supported = v.map(Into::into);
        }
    ))]
    pub code_challenge_methods_supported: Option<Vec<String>>,
    /// Grant Types Supported
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `grant_types_supported`.
        pub fn grant_types_supported(&mut self, v: impl Into<Vec<String>>) {
            self.grant_types_supported = Some(v.into());
        }
        /// Sets `grant_types_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_grant_types_supported(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.grant_types_supported = v.map(Into::into);
        }
    ))]
    pub grant_types_supported: Option<Vec<String>>,
    /// Introspection Endpoint
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `introspection_endpoint`.
        pub fn introspection_endpoint(&mut self, v: impl Into<String>) {
            self.introspection_endpoint = Some(v.into());
        }
        /// Sets `introspection_endpoint` from an `Option` (`None` leaves it unset).
        pub fn maybe_introspection_endpoint(&mut self, v: Option<impl Into<String>>) {
            self.introspection_endpoint = v.map(Into::into);
        }
    ))]
    pub introspection_endpoint: Option<String>,
    /// Introspection Endpoint Auth Methods Supported
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `introspection_endpoint_auth_methods_supported`.
        pub fn introspection_endpoint_auth_methods_supported(&mut self, v: impl Into<Vec<String>>) {
            self.introspection_endpoint_auth_methods_supported = Some(v.into());
        }
        /// Sets `introspection_endpoint_auth_methods_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_introspection_endpoint_auth_methods_supported(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.introspection_endpoint_auth_methods_supported = v.map(Into::into);
        }
    ))]
    pub introspection_endpoint_auth_methods_supported: Option<Vec<String>>,
    /// Introspection Endpoint Auth Signing Alg Values Supported
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `introspection_endpoint_auth_signing_alg_values_supported`.
        pub fn introspection_endpoint_auth_signing_alg_values_supported(&mut self, v: impl Into<Vec<String>>) {
            self.introspection_endpoint_auth_signing_alg_values_supported = Some(v.into());
        }
        /// Sets `introspection_endpoint_auth_signing_alg_values_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_introspection_endpoint_auth_signing_alg_values_supported(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.introspection_endpoint_auth_signing_alg_values_supported = v.map(Into::into);
        }
    ))]
    pub introspection_endpoint_auth_signing_alg_values_supported: Option<Vec<String>>,
    /// Issuer
    #[serde(default)]
    #[builder(setter(into))]
    pub issuer: String,
    /// Op Policy Uri
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `op_policy_uri`.
        pub fn op_policy_uri(&mut self, v: impl Into<String>) {
            self.op_policy_uri = Some(v.into());
        }
        /// Sets `op_policy_uri` from an `Option` (`None` leaves it unset).
        pub fn maybe_op_policy_uri(&mut self, v: Option<impl Into<String>>) {
            self.op_policy_uri = v.map(Into::into);
        }
    ))]
    pub op_policy_uri: Option<String>,
    /// Op Tos Uri
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `op_tos_uri`.
        pub fn op_tos_uri(&mut self, v: impl Into<String>) {
            self.op_tos_uri = Some(v.into());
        }
        /// Sets `op_tos_uri` from an `Option` (`None` leaves it unset).
        pub fn maybe_op_tos_uri(&mut self, v: Option<impl Into<String>>) {
            self.op_tos_uri = v.map(Into::into);
        }
    ))]
    pub op_tos_uri: Option<String>,
    /// Registration Endpoint
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `registration_endpoint`.
        pub fn registration_endpoint(&mut self, v: impl Into<String>) {
            self.registration_endpoint = Some(v.into());
        }
        /// Sets `registration_endpoint` from an `Option` (`None` leaves it unset).
        pub fn maybe_registration_endpoint(&mut self, v: Option<impl Into<String>>) {
            self.registration_endpoint = v.map(Into::into);
        }
    ))]
    pub registration_endpoint: Option<String>,
    /// Response Modes Supported
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `response_modes_supported`.
        pub fn response_modes_supported(&mut self, v: impl Into<Vec<String>>) {
            self.response_modes_supported = Some(v.into());
        }
        /// Sets `response_modes_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_response_modes_supported(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.response_modes_supported = v.map(Into::into);
        }
    ))]
    pub response_modes_supported: Option<Vec<String>>,
    /// Response Types Supported
    ///
    /// The API's default: `["code"]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `response_types_supported`.
        pub fn response_types_supported(&mut self, v: impl Into<Vec<String>>) {
            self.response_types_supported = Some(v.into());
        }
        /// Sets `response_types_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_response_types_supported(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.response_types_supported = v.map(Into::into);
        }
    ))]
    pub response_types_supported: Option<Vec<String>>,
    /// Revocation Endpoint
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `revocation_endpoint`.
        pub fn revocation_endpoint(&mut self, v: impl Into<String>) {
            self.revocation_endpoint = Some(v.into());
        }
        /// Sets `revocation_endpoint` from an `Option` (`None` leaves it unset).
        pub fn maybe_revocation_endpoint(&mut self, v: Option<impl Into<String>>) {
            self.revocation_endpoint = v.map(Into::into);
        }
    ))]
    pub revocation_endpoint: Option<String>,
    /// Revocation Endpoint Auth Methods Supported
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `revocation_endpoint_auth_methods_supported`.
        pub fn revocation_endpoint_auth_methods_supported(&mut self, v: impl Into<Vec<String>>) {
            self.revocation_endpoint_auth_methods_supported = Some(v.into());
        }
        /// Sets `revocation_endpoint_auth_methods_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_revocation_endpoint_auth_methods_supported(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.revocation_endpoint_auth_methods_supported = v.map(Into::into);
        }
    ))]
    pub revocation_endpoint_auth_methods_supported: Option<Vec<String>>,
    /// Revocation Endpoint Auth Signing Alg Values Supported
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `revocation_endpoint_auth_signing_alg_values_supported`.
        pub fn revocation_endpoint_auth_signing_alg_values_supported(&mut self, v: impl Into<Vec<String>>) {
            self.revocation_endpoint_auth_signing_alg_values_supported = Some(v.into());
        }
        /// Sets `revocation_endpoint_auth_signing_alg_values_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_revocation_endpoint_auth_signing_alg_values_supported(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.revocation_endpoint_auth_signing_alg_values_supported = v.map(Into::into);
        }
    ))]
    pub revocation_endpoint_auth_signing_alg_values_supported: Option<Vec<String>>,
    /// Scopes Supported
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `scopes_supported`.
        pub fn scopes_supported(&mut self, v: impl Into<Vec<String>>) {
            self.scopes_supported = Some(v.into());
        }
        /// Sets `scopes_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_scopes_supported(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.scopes_supported = v.map(Into::into);
        }
    ))]
    pub scopes_supported: Option<Vec<String>>,
    /// Service Documentation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `service_documentation`.
        pub fn service_documentation(&mut self, v: impl Into<String>) {
            self.service_documentation = Some(v.into());
        }
        /// Sets `service_documentation` from an `Option` (`None` leaves it unset).
        pub fn maybe_service_documentation(&mut self, v: Option<impl Into<String>>) {
            self.service_documentation = v.map(Into::into);
        }
    ))]
    pub service_documentation: Option<String>,
    /// Token Endpoint
    #[serde(default)]
    #[builder(setter(into))]
    pub token_endpoint: String,
    /// Token Endpoint Auth Methods Supported
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `token_endpoint_auth_methods_supported`.
        pub fn token_endpoint_auth_methods_supported(&mut self, v: impl Into<Vec<String>>) {
            self.token_endpoint_auth_methods_supported = Some(v.into());
        }
        /// Sets `token_endpoint_auth_methods_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_token_endpoint_auth_methods_supported(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.token_endpoint_auth_methods_supported = v.map(Into::into);
        }
    ))]
    pub token_endpoint_auth_methods_supported: Option<Vec<String>>,
    /// Token Endpoint Auth Signing Alg Values Supported
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `token_endpoint_auth_signing_alg_values_supported`.
        pub fn token_endpoint_auth_signing_alg_values_supported(&mut self, v: impl Into<Vec<String>>) {
            self.token_endpoint_auth_signing_alg_values_supported = Some(v.into());
        }
        /// Sets `token_endpoint_auth_signing_alg_values_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_token_endpoint_auth_signing_alg_values_supported(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.token_endpoint_auth_signing_alg_values_supported = v.map(Into::into);
        }
    ))]
    pub token_endpoint_auth_signing_alg_values_supported: Option<Vec<String>>,
    /// Ui Locales Supported
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `ui_locales_supported`.
        pub fn ui_locales_supported(&mut self, v: impl Into<Vec<String>>) {
            self.ui_locales_supported = Some(v.into());
        }
        /// Sets `ui_locales_supported` from an `Option` (`None` leaves it unset).
        pub fn maybe_ui_locales_supported(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.ui_locales_supported = v.map(Into::into);
        }
    ))]
    pub ui_locales_supported: Option<Vec<String>>,
    /// X Resource Url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `x_resource_url`.
        pub fn x_resource_url(&mut self, v: impl Into<String>) {
            self.x_resource_url = Some(v.into());
        }
        /// Sets `x_resource_url` from an `Option` (`None` leaves it unset).
        pub fn maybe_x_resource_url(&mut self, v: Option<impl Into<String>>) {
            self.x_resource_url = v.map(Into::into);
        }
    ))]
    pub x_resource_url: Option<String>,
    /// X Scope
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `x_scope`.
        pub fn x_scope(&mut self, v: impl Into<String>) {
            self.x_scope = Some(v.into());
        }
        /// Sets `x_scope` from an `Option` (`None` leaves it unset).
        pub fn maybe_x_scope(&mut self, v: Option<impl Into<String>>) {
            self.x_scope = v.map(Into::into);
        }
    ))]
    pub x_scope: Option<String>,
    /// The `x_source` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `x_source`.
        pub fn x_source(&mut self, v: impl Into<super::OAuthMetadataSource>) {
            self.x_source = Some(v.into());
        }
        /// Sets `x_source` from an `Option` (`None` leaves it unset).
        pub fn maybe_x_source(&mut self, v: Option<impl Into<super::OAuthMetadataSource>>) {
            self.x_source = v.map(Into::into);
        }
    ))]
    pub x_source: Option<super::OAuthMetadataSource>,
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

impl ExtendedOAuthServerMetadata {
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
        if let Some(v) = &self.authorization_endpoint {
            let n = v.chars().count();
            if n < 1 {
                c.push(
                    format!("{at}authorization_endpoint"),
                    format!("{n} characters: at least 1 needed"),
                );
            }
        }
        if let Some(v) = &self.introspection_endpoint {
            let n = v.chars().count();
            if n < 1 {
                c.push(
                    format!("{at}introspection_endpoint"),
                    format!("{n} characters: at least 1 needed"),
                );
            }
        }
        {
            let v = &self.issuer;
            let n = v.chars().count();
            if n < 1 {
                c.push(
                    format!("{at}issuer"),
                    format!("{n} characters: at least 1 needed"),
                );
            }
        }
        if let Some(v) = &self.op_policy_uri {
            let n = v.chars().count();
            if n < 1 {
                c.push(
                    format!("{at}op_policy_uri"),
                    format!("{n} characters: at least 1 needed"),
                );
            }
        }
        if let Some(v) = &self.op_tos_uri {
            let n = v.chars().count();
            if n < 1 {
                c.push(
                    format!("{at}op_tos_uri"),
                    format!("{n} characters: at least 1 needed"),
                );
            }
        }
        if let Some(v) = &self.registration_endpoint {
            let n = v.chars().count();
            if n < 1 {
                c.push(
                    format!("{at}registration_endpoint"),
                    format!("{n} characters: at least 1 needed"),
                );
            }
        }
        if let Some(v) = &self.revocation_endpoint {
            let n = v.chars().count();
            if n < 1 {
                c.push(
                    format!("{at}revocation_endpoint"),
                    format!("{n} characters: at least 1 needed"),
                );
            }
        }
        if let Some(v) = &self.service_documentation {
            let n = v.chars().count();
            if n < 1 {
                c.push(
                    format!("{at}service_documentation"),
                    format!("{n} characters: at least 1 needed"),
                );
            }
        }
        {
            let v = &self.token_endpoint;
            let n = v.chars().count();
            if n < 1 {
                c.push(
                    format!("{at}token_endpoint"),
                    format!("{n} characters: at least 1 needed"),
                );
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "authorization_endpoint",
                    "authorization_grant_profiles_supported",
                    "authorization_response_iss_parameter_supported",
                    "client_id_metadata_document_supported",
                    "code_challenge_methods_supported",
                    "grant_types_supported",
                    "introspection_endpoint",
                    "introspection_endpoint_auth_methods_supported",
                    "introspection_endpoint_auth_signing_alg_values_supported",
                    "issuer",
                    "op_policy_uri",
                    "op_tos_uri",
                    "registration_endpoint",
                    "response_modes_supported",
                    "response_types_supported",
                    "revocation_endpoint",
                    "revocation_endpoint_auth_methods_supported",
                    "revocation_endpoint_auth_signing_alg_values_supported",
                    "scopes_supported",
                    "service_documentation",
                    "token_endpoint",
                    "token_endpoint_auth_methods_supported",
                    "token_endpoint_auth_signing_alg_values_supported",
                    "ui_locales_supported",
                    "x_resource_url",
                    "x_scope",
                    "x_source",
                ],
            );
        }
    }
}

impl crate::ApiRequest for ExtendedOAuthServerMetadata {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Capability for form mode elicitation.
///
/// Generated from schema `FormElicitationCapability` of the published spec (`spec/mistral-openapi.json`).
pub type FormElicitationCapability = serde_json::Map<String, serde_json::Value>;

/// Value of a connector-wide header. ``value`` is plaintext in memory so create
/// round-trips and encryption-at-rest keep the real value; secrets are redacted only
/// on JSON serialization (API responses).
///
/// Generated from schema `GlobalHeaderValue` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`GlobalHeaderValue`], from [`GlobalHeaderValue::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct GlobalHeaderValue {
    /// Is Secret
    ///
    /// The API's default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `is_secret`.
        pub fn is_secret(&mut self, v: impl Into<bool>) {
            self.is_secret = Some(v.into());
        }
        /// Sets `is_secret` from an `Option` (`None` leaves it unset).
        pub fn maybe_is_secret(&mut self, v: Option<impl Into<bool>>) {
            self.is_secret = v.map(Into::into);
        }
    ))]
    pub is_secret: Option<bool>,
    /// Value
    #[serde(default)]
    #[builder(setter(into))]
    pub value: String,
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

impl GlobalHeaderValue {
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
            c.extra(&self.extra, &["is_secret", "value"]);
        }
    }
}

impl crate::ApiRequest for GlobalHeaderValue {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// HTTP status codes and reason phrases
///
/// Status codes from the following RFCs are all observed:
///
/// \* RFC 7231: Hypertext Transfer Protocol (HTTP/1.1), obsoletes 2616
/// \* RFC 6585: Additional HTTP Status Codes
/// \* RFC 3229: Delta encoding in HTTP
/// \* RFC 4918: HTTP Extensions for WebDAV, obsoletes 2518
/// \* RFC 5842: Binding Extensions to WebDAV
/// \* RFC 7238: Permanent Redirect
/// \* RFC 2295: Transparent Content Negotiation in HTTP
/// \* RFC 2774: An HTTP Extension Framework
/// \* RFC 7725: An HTTP Status Code to Report Legal Obstacles
/// \* RFC 7540: Hypertext Transfer Protocol Version 2 (HTTP/2)
/// \* RFC 2324: Hyper Text Coffee Pot Control Protocol (HTCPCP/1.0)
/// \* RFC 8297: An HTTP Status Code for Indicating Hints
/// \* RFC 8470: Using Early Data in HTTP
///
/// Generated from schema `HTTPStatus` of the published spec (`spec/mistral-openapi.json`).
pub type HttpStatus = i64;

/// Image content for a message.
///
/// Generated from schema `ImageContent` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImageContent {
    /// Meta
    #[serde(rename = "_meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `annotations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<super::Annotations>,
    /// Data
    #[serde(default)]
    pub data: String,
    /// Mimetype
    #[serde(rename = "mimeType", default)]
    pub mime_type: String,
    /// Type
    #[serde(default)]
    pub r#type: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// InboundAuthenticationType
    ///
    /// Generated from schema `InboundAuthenticationType` of the published spec (`spec/mistral-openapi.json`).
    pub enum InboundAuthenticationType {
        /// `webhook`
        Webhook = "webhook",
    }
}

impl Default for InboundAuthenticationType {
    fn default() -> Self {
        InboundAuthenticationType::Other(String::new())
    }
}

/// Capability for logging operations.
///
/// Generated from schema `LoggingCapability` of the published spec (`spec/mistral-openapi.json`).
pub type LoggingCapability = serde_json::Map<String, serde_json::Value>;

/// LogicalExpression
///
/// Generated from schema `LogicalExpression` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LogicalExpression {
    /// Expressions
    #[serde(default)]
    pub expressions: Vec<super::LogicalExpressionExpressionsItem>,
    /// Type
    #[serde(default)]
    pub r#type: super::LogicalExpressionType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `LogicalExpressionExpressionsItem` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum LogicalExpressionExpressionsItem {
    /// One of the shapes the spec allows.
    List(Vec<String>),
    /// One of the shapes the spec allows.
    LogicalExpression(Box<super::LogicalExpression>),
    /// One of the shapes the spec allows.
    ToolProperties(super::ToolProperties),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for LogicalExpressionExpressionsItem {
    fn default() -> Self {
        LogicalExpressionExpressionsItem::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// Type
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum LogicalExpressionType {
        /// `and`
        And = "and",
        /// `or`
        Or = "or",
    }
}

impl Default for LogicalExpressionType {
    fn default() -> Self {
        LogicalExpressionType::Other(String::new())
    }
}

/// MCPPrompt
///
/// Generated from schema `MCPPrompt` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct McpPrompt {
    /// Meta
    #[serde(rename = "_meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// Arguments
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Vec<super::PromptArgument>>,
    /// Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Icons
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icons: Option<Vec<super::McpServerIcon>>,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Title
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// MCPResource
///
/// Generated from schema `MCPResource` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct McpResource {
    /// Meta
    #[serde(rename = "_meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `annotations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<super::Annotations>,
    /// Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Icons
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icons: Option<Vec<super::McpServerIcon>>,
    /// Mimetype
    #[serde(rename = "mimeType", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Size
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Title
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Uri
    #[serde(default)]
    pub uri: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Authentication requirements for a remote transport (SEP-2127).
///
/// Generated from schema `MCPServerAuthenticationRequirement` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct McpServerAuthenticationRequirement {
    /// Whether authentication is mandatory
    #[serde(default)]
    pub required: bool,
    /// Supported schemes (e.g. \['bearer', 'oauth2'\])
    ///
    /// The API's default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schemes: Option<Vec<String>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// MCPServerCard
///
/// Generated from schema `MCPServerCard` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct McpServerCard {
    /// URL to the JSON schema definition
    ///
    /// The API's default: `"https://static.modelcontextprotocol.io/schemas/v1/server-card.schema.json"`.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The `_meta` field.
    #[serde(rename = "_meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<super::McpServerCardMeta>,
    /// The `capabilities` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<super::ServerCapabilities>,
    /// Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Icons
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icons: Option<Vec<super::McpServerIcon>>,
    /// Server identifier in reverse-DNS format with exactly one /
    #[serde(default)]
    pub name: String,
    /// Prompts
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompts: Option<super::McpServerCardPrompts>,
    /// Remotes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remotes: Option<Vec<super::McpServerRemote>>,
    /// The `repository` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository: Option<super::McpServerRepository>,
    /// The `requires` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires: Option<super::ClientCapabilities>,
    /// Resources
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<super::McpServerCardResources>,
    /// Title
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Tools
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<super::McpServerCardTools>,
    /// Server version (semantic versioning preferred)
    #[serde(default)]
    pub version: String,
    /// Websiteurl
    #[serde(rename = "websiteUrl", default, skip_serializing_if = "Option::is_none")]
    pub website_url: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Typed \_meta for MCP server cards.
///
/// Only the 'turbine' field is typed. Other fields are allowed via extra="allow".
///
/// Generated from schema `MCPServerCardMeta` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct McpServerCardMeta {
    /// The `ai.mistral/turbine` field.
    #[serde(
        rename = "ai.mistral/turbine",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ai_mistral_turbine: Option<super::TurbineMeta>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Prompts
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum McpServerCardPrompts {
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    List(Vec<super::McpPrompt>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for McpServerCardPrompts {
    fn default() -> Self {
        McpServerCardPrompts::Other(serde_json::Value::Null)
    }
}

/// Resources
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum McpServerCardResources {
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    List(Vec<super::McpResource>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for McpServerCardResources {
    fn default() -> Self {
        McpServerCardResources::Other(serde_json::Value::Null)
    }
}

/// MCPServerCardTool
///
/// Generated from schema `MCPServerCardTool` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct McpServerCardTool {
    /// The `_meta` field.
    #[serde(rename = "_meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<super::McpToolMeta>,
    /// The `annotations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<super::ToolAnnotations>,
    /// Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `execution` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution: Option<super::ToolExecution>,
    /// Icons
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icons: Option<Vec<super::McpServerIcon>>,
    /// Inputschema
    #[serde(rename = "inputSchema", default)]
    pub input_schema: serde_json::Map<String, serde_json::Value>,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Outputschema
    #[serde(rename = "outputSchema", default, skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// Title
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Tools
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum McpServerCardTools {
    /// One of the shapes the spec allows.
    String(String),
    /// One of the shapes the spec allows.
    List(Vec<super::McpServerCardTool>),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for McpServerCardTools {
    fn default() -> Self {
        McpServerCardTools::Other(serde_json::Value::Null)
    }
}

/// An icon for display in user interfaces.
///
/// Generated from schema `MCPServerIcon` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct McpServerIcon {
    /// Mimetype
    #[serde(rename = "mimeType", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// Sizes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sizes: Option<Vec<String>>,
    /// Src
    #[serde(default)]
    pub src: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Remote transport endpoint (SEP-2127).
///
/// Generated from schema `MCPServerRemote` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct McpServerRemote {
    /// The `authentication` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<super::McpServerAuthenticationRequirement>,
    /// Headers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<Vec<super::McpServerRemoteHeader>>,
    /// Supportedprotocolversions
    #[serde(
        rename = "supportedProtocolVersions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supported_protocol_versions: Option<Vec<String>>,
    /// Transport type
    #[serde(default)]
    pub r#type: super::McpServerRemoteType,
    /// Transport endpoint URL
    #[serde(default)]
    pub url: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Header definition for a remote transport (SEP-2127).
///
/// Generated from schema `MCPServerRemoteHeader` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct McpServerRemoteHeader {
    /// Choices
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<Vec<String>>,
    /// Default
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// Human-readable description of the header
    #[serde(default)]
    pub description: String,
    /// Isrequired
    #[serde(rename = "isRequired", default, skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
    /// Issecret
    #[serde(rename = "isSecret", default, skip_serializing_if = "Option::is_none")]
    pub is_secret: Option<bool>,
    /// Header name
    #[serde(default)]
    pub name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// Transport type
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum McpServerRemoteType {
        /// `streamable-http`
        StreamableHttp = "streamable-http",
        /// `sse`
        Sse = "sse",
    }
}

impl Default for McpServerRemoteType {
    fn default() -> Self {
        McpServerRemoteType::Other(String::new())
    }
}

/// Source repository information (SEP-2127).
///
/// Generated from schema `MCPServerRepository` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct McpServerRepository {
    /// Source identifier (e.g. 'github')
    #[serde(default)]
    pub source: String,
    /// Subfolder
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subfolder: Option<String>,
    /// Repository URL
    #[serde(default)]
    pub url: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// MCPTool
///
/// Generated from schema `MCPTool` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct McpTool {
    /// The `_meta` field.
    #[serde(rename = "_meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<super::McpToolMeta>,
    /// The `annotations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<super::ToolAnnotations>,
    /// Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `execution` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution: Option<super::ToolExecution>,
    /// Icons
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icons: Option<Vec<super::McpServerIcon>>,
    /// Inputschema
    #[serde(rename = "inputSchema", default)]
    pub input_schema: serde_json::Map<String, serde_json::Value>,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Outputschema
    #[serde(rename = "outputSchema", default, skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// Title
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Typed \_meta for MCP tools.
///
/// Only the 'ui' field is typed. Other fields are allowed via extra="allow".
///
/// Generated from schema `MCPToolMeta` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct McpToolMeta {
    /// The `ai.mistral/turbine` field.
    #[serde(
        rename = "ai.mistral/turbine",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ai_mistral_turbine: Option<super::TurbineToolMeta>,
    /// The `ui` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ui: Option<super::McpuiToolMeta>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UI metadata for tools that reference UI resources.
///
/// Generated from schema `MCPUIToolMeta` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct McpuiToolMeta {
    /// Resourceuri
    #[serde(rename = "resourceUri", default, skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// Visibility
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<Vec<super::McpuiToolMetaVisibilityItem>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `McpuiToolMetaVisibilityItem` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum McpuiToolMetaVisibilityItem {
        /// `model`
        Model = "model",
        /// `app`
        App = "app",
    }
}

impl Default for McpuiToolMetaVisibilityItem {
    fn default() -> Self {
        McpuiToolMetaVisibilityItem::Other(String::new())
    }
}

/// MessageResponse
///
/// Generated from schema `MessageResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageResponse {
    /// Message
    #[serde(default)]
    pub message: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// MessageResponse
///
/// Generated from schema `MessageResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageResponseNext {
    /// The `message` field.
    #[serde(default)]
    pub message: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `NoneAuthMethod` object.
///
/// Generated from schema `NoneAuthMethod` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`NoneAuthMethod`], from [`NoneAuthMethod::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct NoneAuthMethod {
    /// The `headers` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `headers`.
        pub fn headers(&mut self, v: impl Into<Vec<super::ConnectorAuthenticationHeader>>) {
            self.headers = Some(v.into());
        }
        /// Sets `headers` from an `Option` (`None` leaves it unset).
        pub fn maybe_headers(&mut self, v: Option<impl Into<Vec<super::ConnectorAuthenticationHeader>>>) {
            self.headers = v.map(Into::into);
        }
    ))]
    pub headers: Option<Vec<super::ConnectorAuthenticationHeader>>,
    /// The API's default: `"none"`.
    #[builder(default = String::from("none"), setter(into))]
    pub method_type: String,
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

impl NoneAuthMethod {
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
        if let Some(v) = &self.headers {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}headers[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(&self.extra, &["headers", "method_type"]);
        }
    }
}

impl crate::ApiRequest for NoneAuthMethod {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::generated::spec_union! {
    /// The `OAuth2AuthMethod` object.
    ///
    /// Generated from schema `OAuth2AuthMethod` of the published spec (`spec/mistral-openapi.json`).
    pub enum OAuth2AuthMethod : "grant_type" {
        /// `grant_type: authorization_code`
        "authorization_code" => AuthorizationCode(super::OAuth2AuthorizationCodeAuthMethod),
        /// `grant_type: client_credentials`
        "client_credentials" => ClientCredentials(super::OAuth2ClientCredentialsAuthMethod),
    }
}

/// The `OAuth2AuthorizationCodeAuthMethod` object.
///
/// Generated from schema `OAuth2AuthorizationCodeAuthMethod` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`OAuth2AuthorizationCodeAuthMethod`], from [`OAuth2AuthorizationCodeAuthMethod::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct OAuth2AuthorizationCodeAuthMethod {
    /// The `auth_data` field.
    #[builder(setter(into))]
    pub auth_data: super::AuthData,
    /// The API's default: `"authorization_code"`.
    #[builder(default = String::from("authorization_code"), setter(into))]
    pub grant_type: String,
    /// Optional headers sent with requests for this auth method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `headers`.
        pub fn headers(&mut self, v: impl Into<Vec<super::ConnectorAuthenticationHeader>>) {
            self.headers = Some(v.into());
        }
        /// Sets `headers` from an `Option` (`None` leaves it unset).
        pub fn maybe_headers(&mut self, v: Option<impl Into<Vec<super::ConnectorAuthenticationHeader>>>) {
            self.headers = v.map(Into::into);
        }
    ))]
    pub headers: Option<Vec<super::ConnectorAuthenticationHeader>>,
    /// The API's default: `"oauth2"`.
    #[builder(default = String::from("oauth2"), setter(into))]
    pub method_type: String,
    /// OAuth2 authorization server metadata (endpoints, scopes\_supported, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `oauth2_server_metadata`.
        pub fn oauth2_server_metadata(&mut self, v: impl Into<super::ExtendedOAuthServerMetadata>) {
            self.oauth2_server_metadata = Some(v.into());
        }
        /// Sets `oauth2_server_metadata` from an `Option` (`None` leaves it unset).
        pub fn maybe_oauth2_server_metadata(&mut self, v: Option<impl Into<super::ExtendedOAuthServerMetadata>>) {
            self.oauth2_server_metadata = v.map(Into::into);
        }
    ))]
    pub oauth2_server_metadata: Option<super::ExtendedOAuthServerMetadata>,
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

impl OAuth2AuthorizationCodeAuthMethod {
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
            let v = &self.auth_data;
            v.check_into(c, &format!("{at}auth_data."));
        }
        if let Some(v) = &self.headers {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}headers[{i}]."));
            }
        }
        if let Some(v) = &self.oauth2_server_metadata {
            v.check_into(c, &format!("{at}oauth2_server_metadata."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "auth_data",
                    "grant_type",
                    "headers",
                    "method_type",
                    "oauth2_server_metadata",
                ],
            );
        }
    }
}

impl crate::ApiRequest for OAuth2AuthorizationCodeAuthMethod {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The `OAuth2ClientCredentialsAuthMethod` object.
///
/// Generated from schema `OAuth2ClientCredentialsAuthMethod` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`OAuth2ClientCredentialsAuthMethod`], from [`OAuth2ClientCredentialsAuthMethod::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct OAuth2ClientCredentialsAuthMethod {
    /// The API's default: `"client_credentials"`.
    #[builder(default = String::from("client_credentials"), setter(into))]
    pub grant_type: String,
    /// Optional headers sent with requests for this auth method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `headers`.
        pub fn headers(&mut self, v: impl Into<Vec<super::ConnectorAuthenticationHeader>>) {
            self.headers = Some(v.into());
        }
        /// Sets `headers` from an `Option` (`None` leaves it unset).
        pub fn maybe_headers(&mut self, v: Option<impl Into<Vec<super::ConnectorAuthenticationHeader>>>) {
            self.headers = v.map(Into::into);
        }
    ))]
    pub headers: Option<Vec<super::ConnectorAuthenticationHeader>>,
    /// The API's default: `"oauth2"`.
    #[builder(default = String::from("oauth2"), setter(into))]
    pub method_type: String,
    /// The `oauth2_server_metadata` field.
    #[builder(setter(into))]
    pub oauth2_server_metadata: super::ExtendedOAuthServerMetadata,
    /// The `token_endpoint_auth_method` field.
    #[builder(setter(into))]
    pub token_endpoint_auth_method: super::OAuth2TokenEndpointAuthMethod,
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

impl OAuth2ClientCredentialsAuthMethod {
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
        if let Some(v) = &self.headers {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}headers[{i}]."));
            }
        }
        {
            let v = &self.oauth2_server_metadata;
            v.check_into(c, &format!("{at}oauth2_server_metadata."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "grant_type",
                    "headers",
                    "method_type",
                    "oauth2_server_metadata",
                    "token_endpoint_auth_method",
                ],
            );
        }
    }
}

impl crate::ApiRequest for OAuth2ClientCredentialsAuthMethod {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// OAuth2ClientCredentialsInput
///
/// Generated from schema `OAuth2ClientCredentialsInput` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`OAuth2ClientCredentialsInput`], from [`OAuth2ClientCredentialsInput::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct OAuth2ClientCredentialsInput {
    /// PEM X.509 certificate registered on the OAuth2 client, for private\_key\_jwt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `client_certificate`.
        pub fn client_certificate(&mut self, v: impl Into<String>) {
            self.client_certificate = Some(v.into());
        }
        /// Sets `client_certificate` from an `Option` (`None` leaves it unset).
        pub fn maybe_client_certificate(&mut self, v: Option<impl Into<String>>) {
            self.client_certificate = v.map(Into::into);
        }
    ))]
    pub client_certificate: Option<String>,
    /// The `client_id` field.
    #[builder(setter(into))]
    pub client_id: String,
    /// Unencrypted PEM RSA private key matching client\_certificate, for private\_key\_jwt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `client_private_key`.
        pub fn client_private_key(&mut self, v: impl Into<String>) {
            self.client_private_key = Some(v.into());
        }
        /// Sets `client_private_key` from an `Option` (`None` leaves it unset).
        pub fn maybe_client_private_key(&mut self, v: Option<impl Into<String>>) {
            self.client_private_key = v.map(Into::into);
        }
    ))]
    pub client_private_key: Option<String>,
    /// The `client_secret` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `client_secret`.
        pub fn client_secret(&mut self, v: impl Into<String>) {
            self.client_secret = Some(v.into());
        }
        /// Sets `client_secret` from an `Option` (`None` leaves it unset).
        pub fn maybe_client_secret(&mut self, v: Option<impl Into<String>>) {
            self.client_secret = v.map(Into::into);
        }
    ))]
    pub client_secret: Option<String>,
    /// The API's default: `"client_credentials"`.
    #[builder(setter(into))]
    pub grant_type: super::OAuth2ClientCredentialsInputGrantType,
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

impl std::fmt::Debug for OAuth2ClientCredentialsInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuth2ClientCredentialsInput")
            .field("client_certificate", &self.client_certificate)
            .field("client_id", &self.client_id)
            .field(
                "client_private_key",
                &self.client_private_key.as_ref().map(|_| "****"),
            )
            .field("client_secret", &self.client_secret.as_ref().map(|_| "****"))
            .field("grant_type", &self.grant_type)
            .field("extra", &self.extra)
            .finish()
    }
}

impl OAuth2ClientCredentialsInput {
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
                    "client_certificate",
                    "client_id",
                    "client_private_key",
                    "client_secret",
                    "grant_type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for OAuth2ClientCredentialsInput {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `OAuth2ClientCredentialsInputGrantType` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum OAuth2ClientCredentialsInputGrantType {
        /// `client_credentials`
        ClientCredentials = "client_credentials",
    }
}

impl Default for OAuth2ClientCredentialsInputGrantType {
    fn default() -> Self {
        OAuth2ClientCredentialsInputGrantType::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// The `OAuth2GrantType` object.
    ///
    /// Generated from schema `OAuth2GrantType` of the published spec (`spec/mistral-openapi.json`).
    pub enum OAuth2GrantType {
        /// `authorization_code`
        AuthorizationCode = "authorization_code",
        /// `client_credentials`
        ClientCredentials = "client_credentials",
    }
}

impl Default for OAuth2GrantType {
    fn default() -> Self {
        OAuth2GrantType::Other(String::new())
    }
}

/// OAuth2Token
///
/// Generated from schema `OAuth2Token` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`OAuth2Token`], from [`OAuth2Token::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct OAuth2Token {
    /// Access Token
    #[builder(setter(into))]
    pub access_token: String,
    /// Expires At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `expires_at`.
        pub fn expires_at(&mut self, v: impl Into<String>) {
            self.expires_at = Some(v.into());
        }
        /// Sets `expires_at` from an `Option` (`None` leaves it unset).
        pub fn maybe_expires_at(&mut self, v: Option<impl Into<String>>) {
            self.expires_at = v.map(Into::into);
        }
    ))]
    pub expires_at: Option<String>,
    /// Expires In
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `expires_in`.
        pub fn expires_in(&mut self, v: impl Into<i64>) {
            self.expires_in = Some(v.into());
        }
        /// Sets `expires_in` from an `Option` (`None` leaves it unset).
        pub fn maybe_expires_in(&mut self, v: Option<impl Into<i64>>) {
            self.expires_in = v.map(Into::into);
        }
    ))]
    pub expires_in: Option<i64>,
    /// Refresh Token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `refresh_token`.
        pub fn refresh_token(&mut self, v: impl Into<String>) {
            self.refresh_token = Some(v.into());
        }
        /// Sets `refresh_token` from an `Option` (`None` leaves it unset).
        pub fn maybe_refresh_token(&mut self, v: Option<impl Into<String>>) {
            self.refresh_token = v.map(Into::into);
        }
    ))]
    pub refresh_token: Option<String>,
    /// Scope
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `scope`.
        pub fn scope(&mut self, v: impl Into<String>) {
            self.scope = Some(v.into());
        }
        /// Sets `scope` from an `Option` (`None` leaves it unset).
        pub fn maybe_scope(&mut self, v: Option<impl Into<String>>) {
            self.scope = v.map(Into::into);
        }
    ))]
    pub scope: Option<String>,
    /// Token Type
    ///
    /// The API's default: `"Bearer"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `token_type`.
        pub fn token_type(&mut self, v: impl Into<String>) {
            self.token_type = Some(v.into());
        }
        /// Sets `token_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_token_type(&mut self, v: Option<impl Into<String>>) {
            self.token_type = v.map(Into::into);
        }
    ))]
    pub token_type: Option<String>,
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

impl std::fmt::Debug for OAuth2Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuth2Token")
            .field("access_token", &"****")
            .field("expires_at", &self.expires_at)
            .field("expires_in", &self.expires_in)
            .field("refresh_token", &self.refresh_token.as_ref().map(|_| "****"))
            .field("scope", &self.scope)
            .field("token_type", &self.token_type)
            .field("extra", &self.extra)
            .finish()
    }
}

impl OAuth2Token {
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
                    "access_token",
                    "expires_at",
                    "expires_in",
                    "refresh_token",
                    "scope",
                    "token_type",
                ],
            );
        }
    }
}

impl crate::ApiRequest for OAuth2Token {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `OAuth2TokenEndpointAuthMethod` object.
    ///
    /// Generated from schema `OAuth2TokenEndpointAuthMethod` of the published spec (`spec/mistral-openapi.json`).
    pub enum OAuth2TokenEndpointAuthMethod {
        /// `client_secret_post`
        ClientSecretPost = "client_secret_post",
        /// `client_secret_basic`
        ClientSecretBasic = "client_secret_basic",
        /// `private_key_jwt`
        PrivateKeyJwt = "private_key_jwt",
    }
}

impl Default for OAuth2TokenEndpointAuthMethod {
    fn default() -> Self {
        OAuth2TokenEndpointAuthMethod::Other(String::new())
    }
}

crate::macros::string_enum! {
    /// How a connector's OAuth server metadata was obtained.
    ///
    /// Generated from schema `OAuthMetadataSource` of the published spec (`spec/mistral-openapi.json`).
    pub enum OAuthMetadataSource {
        /// `autodiscovery`
        Autodiscovery = "autodiscovery",
        /// `provided`
        Provided = "provided",
    }
}

impl Default for OAuthMetadataSource {
    fn default() -> Self {
        OAuthMetadataSource::Other(String::new())
    }
}

/// OAuth2 client credentials stored alongside a connector's authentication method.
///
/// Used by OAuth2 and Slack App auth types for token exchange and refresh flows.
/// Contains the client credentials obtained during OAuth2 Dynamic Client Registration
/// or provided at connector creation time.
///
/// Generated from schema `Oauth2MetadataSecrets` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`Oauth2MetadataSecrets`], from [`Oauth2MetadataSecrets::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct Oauth2MetadataSecrets {
    /// Client Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `client_id`.
        pub fn client_id(&mut self, v: impl Into<String>) {
            self.client_id = Some(v.into());
        }
        /// Sets `client_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_client_id(&mut self, v: Option<impl Into<String>>) {
            self.client_id = v.map(Into::into);
        }
    ))]
    pub client_id: Option<String>,
    /// Client Id Issued At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `client_id_issued_at`.
        pub fn client_id_issued_at(&mut self, v: impl Into<i64>) {
            self.client_id_issued_at = Some(v.into());
        }
        /// Sets `client_id_issued_at` from an `Option` (`None` leaves it unset).
        pub fn maybe_client_id_issued_at(&mut self, v: Option<impl Into<i64>>) {
            self.client_id_issued_at = v.map(Into::into);
        }
    ))]
    pub client_id_issued_at: Option<i64>,
    /// Client Secret
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `client_secret`.
        pub fn client_secret(&mut self, v: impl Into<String>) {
            self.client_secret = Some(v.into());
        }
        /// Sets `client_secret` from an `Option` (`None` leaves it unset).
        pub fn maybe_client_secret(&mut self, v: Option<impl Into<String>>) {
            self.client_secret = v.map(Into::into);
        }
    ))]
    pub client_secret: Option<String>,
    /// Client Secret Expires At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `client_secret_expires_at`.
        pub fn client_secret_expires_at(&mut self, v: impl Into<i64>) {
            self.client_secret_expires_at = Some(v.into());
        }
        /// Sets `client_secret_expires_at` from an `Option` (`None` leaves it unset).
        pub fn maybe_client_secret_expires_at(&mut self, v: Option<impl Into<i64>>) {
            self.client_secret_expires_at = v.map(Into::into);
        }
    ))]
    pub client_secret_expires_at: Option<i64>,
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

impl std::fmt::Debug for Oauth2MetadataSecrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Oauth2MetadataSecrets")
            .field("client_id", &self.client_id)
            .field("client_id_issued_at", &self.client_id_issued_at)
            .field("client_secret", &self.client_secret.as_ref().map(|_| "****"))
            .field("client_secret_expires_at", &self.client_secret_expires_at)
            .field("extra", &self.extra)
            .finish()
    }
}

impl Oauth2MetadataSecrets {
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
                    "client_id",
                    "client_id_issued_at",
                    "client_secret",
                    "client_secret_expires_at",
                ],
            );
        }
    }
}

impl crate::ApiRequest for Oauth2MetadataSecrets {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The `OpenAPIFileSource` object.
///
/// Generated from schema `OpenAPIFileSource` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OpenApiFileSource {
    /// The `filename` field.
    #[serde(default)]
    pub filename: String,
    /// The API's default: `"file"`.
    #[serde(default)]
    pub r#type: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::generated::spec_union! {
    /// The `OpenAPISpecSource` object.
    ///
    /// Generated from schema `OpenAPISpecSource` of the published spec (`spec/mistral-openapi.json`).
    pub enum OpenApiSpecSource : "type" {
        /// `type: file`
        "file" => File(super::OpenApiFileSource),
        /// `type: url`
        "url" => Url(super::OpenApiurlSource),
    }
}

/// The `OpenAPIURLSource` object.
///
/// Generated from schema `OpenAPIURLSource` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OpenApiurlSource {
    /// The API's default: `"url"`.
    #[serde(default)]
    pub r#type: String,
    /// The `url` field.
    #[serde(default)]
    pub url: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// OutboundAuthenticationType
    ///
    /// Generated from schema `OutboundAuthenticationType` of the published spec (`spec/mistral-openapi.json`).
    pub enum OutboundAuthenticationType {
        /// `oauth2`
        Oauth2 = "oauth2",
        /// `bearer`
        Bearer = "bearer",
        /// `none`
        None = "none",
        /// `github_app`
        GithubApp = "github_app",
        /// `slack_app`
        SlackApp = "slack_app",
    }
}

impl Default for OutboundAuthenticationType {
    fn default() -> Self {
        OutboundAuthenticationType::Other(String::new())
    }
}

impl crate::generated::QueryValue for OutboundAuthenticationType {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// PaginatedConnectors
///
/// Generated from schema `PaginatedConnectors` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedConnectors {
    /// Items
    #[serde(default)]
    pub items: Vec<super::Connector>,
    /// The `pagination` field.
    #[serde(default)]
    pub pagination: super::PaginationResponse,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PaginationResponse
///
/// Generated from schema `PaginationResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginationResponse {
    /// Next Cursor
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// Page Size
    #[serde(default)]
    pub page_size: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// An argument for a prompt template.
///
/// Generated from schema `PromptArgument` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PromptArgument {
    /// Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Required
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Capability for prompts operations.
///
/// Generated from schema `PromptsCapability` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PromptsCapability {
    /// Listchanged
    #[serde(rename = "listChanged", default, skip_serializing_if = "Option::is_none")]
    pub list_changed: Option<bool>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Public view of an authentication method, without secrets.
///
/// Generated from schema `PublicAuthenticationMethod` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublicAuthenticationMethod {
    /// Global Headers
    ///
    /// The API's default: `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_headers: Option<std::collections::BTreeMap<String, super::GlobalHeaderValue>>,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_type: Option<super::OAuth2GrantType>,
    /// Has Default Credentials
    #[serde(default)]
    pub has_default_credentials: bool,
    /// Headers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<Vec<super::ConnectorAuthenticationHeader>>,
    /// The `method_type` field.
    #[serde(default)]
    pub method_type: super::OutboundAuthenticationType,
    /// The `oauth2_server_metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth2_server_metadata: Option<super::ExtendedOAuthServerMetadata>,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_endpoint_auth_method: Option<super::OAuth2TokenEndpointAuthMethod>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PublicConnectionConfig
///
/// Generated from schema `PublicConnectionConfig` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublicConnectionConfig {
    /// Base Url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Headers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<std::collections::BTreeMap<String, String>>,
    /// Signed
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<bool>,
    /// The API's default: `"mcp"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ConnectionConfigType>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PublicConnectorExecutionData
///
/// Generated from schema `PublicConnectorExecutionData` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublicConnectorExecutionData {
    /// Integrations
    #[serde(default)]
    pub integrations: Vec<super::PublicExecutionConnector>,
    /// Tools
    #[serde(default)]
    pub tools: Vec<super::ExecutionTool>,
    /// Use Connectors Gateway
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_connectors_gateway: Option<bool>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Connection config exposed in the public, unauthenticated /connectors/mistral response.
///
/// Unlike ConnectionConfig, this has no `headers` field and forbids extra fields, so
/// connector credentials can never be serialized into this cacheable response.
///
/// Generated from schema `PublicExecutionConnectionConfig` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublicExecutionConnectionConfig {
    /// Hosted Internally
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosted_internally: Option<bool>,
    /// Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Server
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    /// The `tool_configuration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_configuration: Option<super::ToolExecutionConfiguration>,
    /// The `type` field.
    #[serde(default)]
    pub r#type: super::ConnectionConfigType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// PublicExecutionConnector
///
/// Generated from schema `PublicExecutionConnector` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublicExecutionConnector {
    /// The `connection_config` field.
    #[serde(default)]
    pub connection_config: Option<super::PublicExecutionConnectionConfig>,
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

/// Credentials-free projection of ExecutionEnv for the public /connectors/mistral response.
///
/// Generated from schema `PublicExecutionEnv` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublicExecutionEnv {
    /// Errors
    #[serde(default)]
    pub errors: Vec<String>,
    /// The `tool_execution_data` field.
    #[serde(default)]
    pub tool_execution_data: super::PublicConnectorExecutionData,
    /// Tools
    #[serde(default)]
    pub tools: Vec<crate::Tool>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// Visibility options available to public API callers.
    ///
    /// Excludes ``shared\_global`` which is reserved for system-owned connectors.
    ///
    /// Generated from schema `PublicResourceVisibility` of the published spec (`spec/mistral-openapi.json`).
    pub enum PublicResourceVisibility {
        /// `shared_org`
        SharedOrg = "shared_org",
        /// `shared_workspace`
        SharedWorkspace = "shared_workspace",
        /// `private`
        Private = "private",
    }
}

impl Default for PublicResourceVisibility {
    fn default() -> Self {
        PublicResourceVisibility::Other(String::new())
    }
}

/// A resource that the server is capable of reading, included in a prompt or tool call result.
///
/// Note: resource links returned by tools are not guaranteed to appear in the results of `resources/list` requests.
///
/// Generated from schema `ResourceLink` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResourceLink {
    /// Meta
    #[serde(rename = "_meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `annotations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<super::Annotations>,
    /// Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Icons
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icons: Option<Vec<super::McpServerIcon>>,
    /// Mimetype
    #[serde(rename = "mimeType", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// Name
    #[serde(default)]
    pub name: String,
    /// Size
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Title
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Type
    #[serde(default)]
    pub r#type: String,
    /// Uri
    #[serde(default)]
    pub uri: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// ResourceVisibility
    ///
    /// Generated from schema `ResourceVisibility` of the published spec (`spec/mistral-openapi.json`).
    pub enum ResourceVisibility {
        /// `shared_global`
        SharedGlobal = "shared_global",
        /// `shared_org`
        SharedOrg = "shared_org",
        /// `shared_workspace`
        SharedWorkspace = "shared_workspace",
        /// `private`
        Private = "private",
    }
}

impl Default for ResourceVisibility {
    fn default() -> Self {
        ResourceVisibility::Other(String::new())
    }
}

/// Capability for resources operations.
///
/// Generated from schema `ResourcesCapability` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResourcesCapability {
    /// Listchanged
    #[serde(rename = "listChanged", default, skip_serializing_if = "Option::is_none")]
    pub list_changed: Option<bool>,
    /// Subscribe
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribe: Option<bool>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Capability for root operations.
///
/// Generated from schema `RootsCapability` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RootsCapability {
    /// Listchanged
    #[serde(rename = "listChanged", default, skip_serializing_if = "Option::is_none")]
    pub list_changed: Option<bool>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Sampling capability structure, allowing fine-grained capability advertisement.
///
/// Generated from schema `SamplingCapability` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SamplingCapability {
    /// The `context` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<super::SamplingContextCapability>,
    /// The `tools` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<super::SamplingToolsCapability>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Capability for context inclusion during sampling.
///
/// Indicates support for non-'none' values in the includeContext parameter.
/// SOFT-DEPRECATED: New implementations should use tools parameter instead.
///
/// Generated from schema `SamplingContextCapability` of the published spec (`spec/mistral-openapi.json`).
pub type SamplingContextCapability = serde_json::Map<String, serde_json::Value>;

/// Capability indicating support for tool calling during sampling.
///
/// When present in ClientCapabilities.sampling, indicates that the client
/// supports the tools and toolChoice parameters in sampling requests.
///
/// Generated from schema `SamplingToolsCapability` of the published spec (`spec/mistral-openapi.json`).
pub type SamplingToolsCapability = serde_json::Map<String, serde_json::Value>;

/// Capabilities that a server may support.
///
/// Generated from schema `ServerCapabilities` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServerCapabilities {
    /// The `completions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completions: Option<super::CompletionsCapability>,
    /// Experimental
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experimental: Option<std::collections::BTreeMap<String, serde_json::Map<String, serde_json::Value>>>,
    /// The `logging` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logging: Option<super::LoggingCapability>,
    /// The `prompts` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompts: Option<super::PromptsCapability>,
    /// The `resources` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<super::ResourcesCapability>,
    /// The `tasks` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<super::ServerTasksCapability>,
    /// The `tools` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<super::ToolsCapability>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ServerLocale
///
/// Generated from schema `ServerLocale` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServerLocale {
    /// Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<std::collections::BTreeMap<String, String>>,
    /// Done Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_description: Option<std::collections::BTreeMap<String, String>>,
    /// Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<std::collections::BTreeMap<String, String>>,
    /// Usage Sentence
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage_sentence: Option<std::collections::BTreeMap<String, String>>,
    /// Working Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_description: Option<std::collections::BTreeMap<String, String>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Capability for server tasks operations.
///
/// Generated from schema `ServerTasksCapability` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServerTasksCapability {
    /// The `cancel` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel: Option<super::TasksCancelCapability>,
    /// The `list` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<super::TasksListCapability>,
    /// The `requests` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests: Option<super::ServerTasksRequestsCapability>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Capability for tasks requests operations.
///
/// Generated from schema `ServerTasksRequestsCapability` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServerTasksRequestsCapability {
    /// The `tools` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<super::TasksToolsCapability>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Capability for tasks call operations.
///
/// Generated from schema `TasksCallCapability` of the published spec (`spec/mistral-openapi.json`).
pub type TasksCallCapability = serde_json::Map<String, serde_json::Value>;

/// Capability for tasks cancel operations.
///
/// Generated from schema `TasksCancelCapability` of the published spec (`spec/mistral-openapi.json`).
pub type TasksCancelCapability = serde_json::Map<String, serde_json::Value>;

/// Capability for tasks create elicitation operations.
///
/// Generated from schema `TasksCreateElicitationCapability` of the published spec (`spec/mistral-openapi.json`).
pub type TasksCreateElicitationCapability = serde_json::Map<String, serde_json::Value>;

/// Capability for tasks create messages.
///
/// Generated from schema `TasksCreateMessageCapability` of the published spec (`spec/mistral-openapi.json`).
pub type TasksCreateMessageCapability = serde_json::Map<String, serde_json::Value>;

/// Capability for tasks elicitation operations.
///
/// Generated from schema `TasksElicitationCapability` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TasksElicitationCapability {
    /// The `create` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create: Option<super::TasksCreateElicitationCapability>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Capability for tasks listing operations.
///
/// Generated from schema `TasksListCapability` of the published spec (`spec/mistral-openapi.json`).
pub type TasksListCapability = serde_json::Map<String, serde_json::Value>;

/// Capability for tasks sampling operations.
///
/// Generated from schema `TasksSamplingCapability` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TasksSamplingCapability {
    /// The `createMessage` field.
    #[serde(rename = "createMessage", default, skip_serializing_if = "Option::is_none")]
    pub create_message: Option<super::TasksCreateMessageCapability>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Capability for tasks tools operations.
///
/// Generated from schema `TasksToolsCapability` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TasksToolsCapability {
    /// The `call` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call: Option<super::TasksCallCapability>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Text content for a message.
///
/// Generated from schema `TextContent` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TextContent {
    /// Meta
    #[serde(rename = "_meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `annotations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<super::Annotations>,
    /// Text
    #[serde(default)]
    pub text: String,
    /// Type
    #[serde(default)]
    pub r#type: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Text contents of a resource.
///
/// Generated from schema `TextResourceContents` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TextResourceContents {
    /// Meta
    #[serde(rename = "_meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// Mimetype
    #[serde(rename = "mimeType", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// Text
    #[serde(default)]
    pub text: String,
    /// Uri
    #[serde(default)]
    pub uri: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Additional properties describing a Tool to clients.
///
/// NOTE: all properties in ToolAnnotations are \*\*hints\*\*.
/// They are not guaranteed to provide a faithful description of
/// tool behavior (including descriptive properties like `title`).
///
/// Clients should never make tool use decisions based on ToolAnnotations
/// received from untrusted servers.
///
/// Generated from schema `ToolAnnotations` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ToolAnnotations {
    /// Destructivehint
    #[serde(rename = "destructiveHint", default, skip_serializing_if = "Option::is_none")]
    pub destructive_hint: Option<bool>,
    /// Idempotenthint
    #[serde(rename = "idempotentHint", default, skip_serializing_if = "Option::is_none")]
    pub idempotent_hint: Option<bool>,
    /// Openworldhint
    #[serde(rename = "openWorldHint", default, skip_serializing_if = "Option::is_none")]
    pub open_world_hint: Option<bool>,
    /// Readonlyhint
    #[serde(rename = "readOnlyHint", default, skip_serializing_if = "Option::is_none")]
    pub read_only_hint: Option<bool>,
    /// Title
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Execution-related properties for a tool.
///
/// Generated from schema `ToolExecution` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ToolExecution {
    /// Tasksupport
    #[serde(rename = "taskSupport", default, skip_serializing_if = "Option::is_none")]
    pub task_support: Option<super::ToolExecutionTaskSupport>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ToolExecutionConfiguration
///
/// Generated from schema `ToolExecutionConfiguration` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ToolExecutionConfiguration {
    /// Exclude
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude: Option<Vec<String>>,
    /// Include
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<String>>,
    /// Requires Confirmation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_confirmation: Option<super::ToolExecutionConfigurationRequiresConfirmation>,
    /// Skip Confirmation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_confirmation: Option<super::ToolExecutionConfigurationSkipConfirmation>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Requires Confirmation
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ToolExecutionConfigurationRequiresConfirmation {
    /// One of the shapes the spec allows.
    List(Vec<String>),
    /// One of the shapes the spec allows.
    LogicalExpression(super::LogicalExpression),
    /// One of the shapes the spec allows.
    ToolProperties(super::ToolProperties),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for ToolExecutionConfigurationRequiresConfirmation {
    fn default() -> Self {
        ToolExecutionConfigurationRequiresConfirmation::Other(serde_json::Value::Null)
    }
}

/// Skip Confirmation
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ToolExecutionConfigurationSkipConfirmation {
    /// One of the shapes the spec allows.
    List(Vec<String>),
    /// One of the shapes the spec allows.
    LogicalExpression(super::LogicalExpression),
    /// One of the shapes the spec allows.
    ToolProperties(super::ToolProperties),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for ToolExecutionConfigurationSkipConfirmation {
    fn default() -> Self {
        ToolExecutionConfigurationSkipConfirmation::Other(serde_json::Value::Null)
    }
}

crate::macros::string_enum! {
    /// The `ToolExecutionTaskSupport` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum ToolExecutionTaskSupport {
        /// `forbidden`
        Forbidden = "forbidden",
        /// `optional`
        Optional = "optional",
        /// `required`
        Required = "required",
    }
}

impl Default for ToolExecutionTaskSupport {
    fn default() -> Self {
        ToolExecutionTaskSupport::Other(String::new())
    }
}

/// ToolProperties
///
/// Generated from schema `ToolProperties` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ToolProperties {
    /// Read Only
    #[serde(default)]
    pub read_only: Option<bool>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// ToolType
    ///
    /// Generated from schema `ToolType` of the published spec (`spec/mistral-openapi.json`).
    pub enum ToolType {
        /// `rag`
        Rag = "rag",
        /// `image`
        Image = "image",
        /// `code`
        Code = "code",
        /// `event`
        Event = "event",
    }
}

impl Default for ToolType {
    fn default() -> Self {
        ToolType::Other(String::new())
    }
}

/// Capability for tools operations.
///
/// Generated from schema `ToolsCapability` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ToolsCapability {
    /// Listchanged
    #[serde(rename = "listChanged", default, skip_serializing_if = "Option::is_none")]
    pub list_changed: Option<bool>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TurbineMeta
///
/// Generated from schema `TurbineMeta` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TurbineMeta {
    /// The `locale` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<super::ServerLocale>,
    /// System Prompt Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_prompt_name: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TurbineToolLocale
///
/// Generated from schema `TurbineToolLocale` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TurbineToolLocale {
    /// Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<std::collections::BTreeMap<String, String>>,
    /// Done Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_description: Option<std::collections::BTreeMap<String, String>>,
    /// Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<std::collections::BTreeMap<String, String>>,
    /// Usage Sentence
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage_sentence: Option<std::collections::BTreeMap<String, String>>,
    /// Working Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_description: Option<std::collections::BTreeMap<String, String>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TurbineToolMeta
///
/// Generated from schema `TurbineToolMeta` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TurbineToolMeta {
    /// The `locale` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<super::TurbineToolLocale>,
    /// Private Execution
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_execution: Option<bool>,
    /// Timeout
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<f64>,
    /// The `tool_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_type: Option<super::ToolType>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UpdateConnectorRequest
///
/// Generated from schema `UpdateConnectorRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateConnectorRequest`], from [`UpdateConnectorRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateConnectorRequest {
    /// list of authentication methods to add to the connector or to update
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `auth_methods`.
        pub fn auth_methods(&mut self, v: impl Into<Vec<super::AuthenticationMethodCreateOrUpdateRequest>>) {
            self.auth_methods = Some(v.into());
        }
        /// Sets `auth_methods` from an `Option` (`None` leaves it unset).
        pub fn maybe_auth_methods(&mut self, v: Option<impl Into<Vec<super::AuthenticationMethodCreateOrUpdateRequest>>>) {
            self.auth_methods = v.map(Into::into);
        }
    ))]
    pub auth_methods: Option<Vec<super::AuthenticationMethodCreateOrUpdateRequest>>,
    /// The description of the connector.
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
    /// The optional url of the icon you want to associate to the connector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `icon_url`.
        pub fn icon_url(&mut self, v: impl Into<String>) {
            self.icon_url = Some(v.into());
        }
        /// Sets `icon_url` from an `Option` (`None` leaves it unset).
        pub fn maybe_icon_url(&mut self, v: Option<impl Into<String>>) {
            self.icon_url = v.map(Into::into);
        }
    ))]
    pub icon_url: Option<String>,
    /// The name of the connector.
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
    /// Protocol of the connector: 'mcp' for MCP connectors, 'http' for HTTP (OpenAPI) connectors.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[builder(setter(into))]
    pub protocol: super::UpdateConnectorRequestProtocol,
    /// New server url for your mcp connector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `server`.
        pub fn server(&mut self, v: impl Into<String>) {
            self.server = Some(v.into());
        }
        /// Sets `server` from an `Option` (`None` leaves it unset).
        pub fn maybe_server(&mut self, v: Option<impl Into<String>>) {
            self.server = v.map(Into::into);
        }
    ))]
    pub server: Option<String>,
    /// Optional system prompt for the connector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `system_prompt`.
        pub fn system_prompt(&mut self, v: impl Into<String>) {
            self.system_prompt = Some(v.into());
        }
        /// Sets `system_prompt` from an `Option` (`None` leaves it unset).
        pub fn maybe_system_prompt(&mut self, v: Option<impl Into<String>>) {
            self.system_prompt = v.map(Into::into);
        }
    ))]
    pub system_prompt: Option<String>,
    /// Optional human-readable title for the connector.
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

impl UpdateConnectorRequest {
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
        if let Some(v) = &self.auth_methods {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}auth_methods[{i}]."));
            }
        }
        if let Some(v) = &self.server {
            let n = v.chars().count();
            if n < 1 {
                c.push(
                    format!("{at}server"),
                    format!("{n} characters: at least 1 needed"),
                );
            }
            if n > 2083 {
                c.push(
                    format!("{at}server"),
                    format!("{n} characters: at most 2083 allowed"),
                );
            }
        }
        if let Some(v) = &self.title {
            let n = v.chars().count();
            if n > 255 {
                c.push(
                    format!("{at}title"),
                    format!("{n} characters: at most 255 allowed"),
                );
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "auth_methods",
                    "description",
                    "icon_url",
                    "name",
                    "protocol",
                    "server",
                    "system_prompt",
                    "title",
                ],
            );
        }
    }
}

impl crate::ApiRequest for UpdateConnectorRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// Protocol of the connector: 'mcp' for MCP connectors, 'http' for HTTP (OpenAPI) connectors.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum UpdateConnectorRequestProtocol {
        /// `mcp`
        Mcp = "mcp",
        /// `http`
        Http = "http",
    }
}

impl Default for UpdateConnectorRequestProtocol {
    fn default() -> Self {
        UpdateConnectorRequestProtocol::Other(String::new())
    }
}

/// Capability for URL mode elicitation.
///
/// Generated from schema `UrlElicitationCapability` of the published spec (`spec/mistral-openapi.json`).
pub type UrlElicitationCapability = serde_json::Map<String, serde_json::Value>;

/// The query parameters of `client.connectors().list`: `GET /v1/connectors` (`connector_list_v1`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(doc = "The builder of [`ConnectorsListQuery`], from [`ConnectorsListQuery::builder`].")
)]
pub struct ConnectorsListQuery {
    /// The `query_filters` field.
    #[builder(via_mutators, mutators(
        /// Sets `query_filters`.
        pub fn query_filters(&mut self, v: impl Into<super::ConnectorsQueryFilters>) {
            self.query_filters = Some(v.into());
        }
        /// Sets `query_filters` from an `Option` (`None` leaves it unset).
        pub fn maybe_query_filters(&mut self, v: Option<impl Into<super::ConnectorsQueryFilters>>) {
            self.query_filters = v.map(Into::into);
        }
    ))]
    pub query_filters: Option<super::ConnectorsQueryFilters>,
    /// Cursor
    #[builder(via_mutators, mutators(
        /// Sets `cursor`.
        pub fn cursor(&mut self, v: impl Into<String>) {
            self.cursor = Some(v.into());
        }
        /// Sets `cursor` from an `Option` (`None` leaves it unset).
        pub fn maybe_cursor(&mut self, v: Option<impl Into<String>>) {
            self.cursor = v.map(Into::into);
        }
    ))]
    pub cursor: Option<String>,
    /// Page Size
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

impl ConnectorsListQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.query_filters, &mut q, "query_filters");
        crate::generated::QueryValue::push_to(&self.cursor, &mut q, "cursor");
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
        if let Some(v) = &self.page_size {
            if (*v as f64) < 1.0 {
                c.push("page_size", format!("{} is out of range: must be at least 1", v));
            }
            if (*v as f64) > 1000.0 {
                c.push(
                    "page_size",
                    format!("{} is out of range: must be at most 1000", v),
                );
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.connectors().get`: `GET /v1/connectors/{connector_id_or_name}` (`connector_get_v1`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(doc = "The builder of [`ConnectorsGetQuery`], from [`ConnectorsGetQuery::builder`].")
)]
pub struct ConnectorsGetQuery {
    /// Fetch the user-level data associated with the connector (e.g. connection credentials).
    #[builder(via_mutators, mutators(
        /// Sets `fetch_user_data`.
        pub fn fetch_user_data(&mut self, v: impl Into<bool>) {
            self.fetch_user_data = Some(v.into());
        }
        /// Sets `fetch_user_data` from an `Option` (`None` leaves it unset).
        pub fn maybe_fetch_user_data(&mut self, v: Option<impl Into<bool>>) {
            self.fetch_user_data = v.map(Into::into);
        }
    ))]
    pub fetch_user_data: Option<bool>,
    /// Fetch the customer data associated with the connector (e.g. customer secrets / config).
    ///
    /// No longer read by the newer API: kept for older servers.
    #[builder(via_mutators, mutators(
        /// Sets `fetch_customer_data`.
        pub fn fetch_customer_data(&mut self, v: impl Into<bool>) {
            self.fetch_customer_data = Some(v.into());
        }
        /// Sets `fetch_customer_data` from an `Option` (`None` leaves it unset).
        pub fn maybe_fetch_customer_data(&mut self, v: Option<impl Into<bool>>) {
            self.fetch_customer_data = v.map(Into::into);
        }
    ))]
    pub fetch_customer_data: Option<bool>,
}

impl ConnectorsGetQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.fetch_user_data, &mut q, "fetch_user_data");
        crate::generated::QueryValue::push_to(&self.fetch_customer_data, &mut q, "fetch_customer_data");
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

/// The query parameters of `client.connectors().get_auth_url`: `GET /v1/connectors/{connector_id_or_name}/auth_url` (`connector_get_auth_url_v1`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConnectorsGetAuthUrlQuery`], from [`ConnectorsGetAuthUrlQuery::builder`]."
    )
)]
pub struct ConnectorsGetAuthUrlQuery {
    /// App Return Url
    #[builder(via_mutators, mutators(
        /// Sets `app_return_url`.
        pub fn app_return_url(&mut self, v: impl Into<String>) {
            self.app_return_url = Some(v.into());
        }
        /// Sets `app_return_url` from an `Option` (`None` leaves it unset).
        pub fn maybe_app_return_url(&mut self, v: Option<impl Into<String>>) {
            self.app_return_url = v.map(Into::into);
        }
    ))]
    pub app_return_url: Option<String>,
    /// Auth method type to use for the authorization URL. Required when the connector supports multiple interactive auth methods; otherwise the sole method is selected automatically. Use this to pick a specific method (e.g. 'oauth2' vs 'github\_app').
    #[builder(via_mutators, mutators(
        /// Sets `method_type`.
        pub fn method_type(&mut self, v: impl Into<super::OutboundAuthenticationType>) {
            self.method_type = Some(v.into());
        }
        /// Sets `method_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_method_type(&mut self, v: Option<impl Into<super::OutboundAuthenticationType>>) {
            self.method_type = v.map(Into::into);
        }
    ))]
    pub method_type: Option<super::OutboundAuthenticationType>,
    /// Credentials Name
    #[builder(via_mutators, mutators(
        /// Sets `credentials_name`.
        pub fn credentials_name(&mut self, v: impl Into<String>) {
            self.credentials_name = Some(v.into());
        }
        /// Sets `credentials_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_credentials_name(&mut self, v: Option<impl Into<String>>) {
            self.credentials_name = v.map(Into::into);
        }
    ))]
    pub credentials_name: Option<String>,
    /// Credentials Title
    #[builder(via_mutators, mutators(
        /// Sets `credentials_title`.
        pub fn credentials_title(&mut self, v: impl Into<String>) {
            self.credentials_title = Some(v.into());
        }
        /// Sets `credentials_title` from an `Option` (`None` leaves it unset).
        pub fn maybe_credentials_title(&mut self, v: Option<impl Into<String>>) {
            self.credentials_title = v.map(Into::into);
        }
    ))]
    pub credentials_title: Option<String>,
    /// Only valid with method\_type=oauth2. When true, returns a GitHub App installation URL (<https://github.com/apps/>&lt;slug&gt;/installations/new) if the connector has the proper configuration The Github application needs to have 'Request user authorization (OAuth) during installation' enabled to perform the proper auth loop.
    #[builder(via_mutators, mutators(
        /// Sets `github_installation_link`.
        pub fn github_installation_link(&mut self, v: impl Into<bool>) {
            self.github_installation_link = Some(v.into());
        }
        /// Sets `github_installation_link` from an `Option` (`None` leaves it unset).
        pub fn maybe_github_installation_link(&mut self, v: Option<impl Into<bool>>) {
            self.github_installation_link = v.map(Into::into);
        }
    ))]
    pub github_installation_link: Option<bool>,
}

impl ConnectorsGetAuthUrlQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.app_return_url, &mut q, "app_return_url");
        crate::generated::QueryValue::push_to(&self.method_type, &mut q, "method_type");
        crate::generated::QueryValue::push_to(&self.credentials_name, &mut q, "credentials_name");
        crate::generated::QueryValue::push_to(&self.credentials_title, &mut q, "credentials_title");
        crate::generated::QueryValue::push_to(
            &self.github_installation_link,
            &mut q,
            "github_installation_link",
        );
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.credentials_name {
            static PATTERN: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
            if !crate::generated::matches(&PATTERN, "^[a-zA-Z0-9_-]{1,64}$", v) {
                c.push(
                    "credentials_name",
                    "does not match the pattern `^[a-zA-Z0-9_-]{1,64}$`",
                );
            }
        }
        if let Some(v) = &self.credentials_title {
            let n = v.chars().count();
            if n > 255 {
                c.push(
                    "credentials_title",
                    format!("{n} characters: at most 255 allowed"),
                );
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.connectors().list_organization_credentials`: `GET /v1/connectors/{connector_id_or_name}/organization/credentials` (`connector_list_organization_credentials_v1`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConnectorsListOrganizationCredentialsQuery`], from [`ConnectorsListOrganizationCredentialsQuery::builder`]."
    )
)]
pub struct ConnectorsListOrganizationCredentialsQuery {
    /// Auth Type
    #[builder(via_mutators, mutators(
        /// Sets `auth_type`.
        pub fn auth_type(&mut self, v: impl Into<super::OutboundAuthenticationType>) {
            self.auth_type = Some(v.into());
        }
        /// Sets `auth_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_auth_type(&mut self, v: Option<impl Into<super::OutboundAuthenticationType>>) {
            self.auth_type = v.map(Into::into);
        }
    ))]
    pub auth_type: Option<super::OutboundAuthenticationType>,
    /// Fetch Default
    #[builder(via_mutators, mutators(
        /// Sets `fetch_default`.
        pub fn fetch_default(&mut self, v: impl Into<bool>) {
            self.fetch_default = Some(v.into());
        }
        /// Sets `fetch_default` from an `Option` (`None` leaves it unset).
        pub fn maybe_fetch_default(&mut self, v: Option<impl Into<bool>>) {
            self.fetch_default = v.map(Into::into);
        }
    ))]
    pub fetch_default: Option<bool>,
}

impl ConnectorsListOrganizationCredentialsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.auth_type, &mut q, "auth_type");
        crate::generated::QueryValue::push_to(&self.fetch_default, &mut q, "fetch_default");
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

/// The query parameters of `client.connectors().list_tools`: `GET /v1/connectors/{connector_id_or_name}/tools` (`connector_list_tools_v1`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConnectorsListToolsQuery`], from [`ConnectorsListToolsQuery::builder`]."
    )
)]
pub struct ConnectorsListToolsQuery {
    /// Page
    ///
    /// No longer read by the newer API: kept for older servers.
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
    /// Page Size
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
    /// Refresh
    #[builder(via_mutators, mutators(
        /// Sets `refresh`.
        pub fn refresh(&mut self, v: impl Into<bool>) {
            self.refresh = Some(v.into());
        }
        /// Sets `refresh` from an `Option` (`None` leaves it unset).
        pub fn maybe_refresh(&mut self, v: Option<impl Into<bool>>) {
            self.refresh = v.map(Into::into);
        }
    ))]
    pub refresh: Option<bool>,
    /// Return a simplified payload with only name, description, annotations, and a compact inputSchema.
    #[builder(via_mutators, mutators(
        /// Sets `pretty`.
        pub fn pretty(&mut self, v: impl Into<bool>) {
            self.pretty = Some(v.into());
        }
        /// Sets `pretty` from an `Option` (`None` leaves it unset).
        pub fn maybe_pretty(&mut self, v: Option<impl Into<bool>>) {
            self.pretty = v.map(Into::into);
        }
    ))]
    pub pretty: Option<bool>,
    /// Credentials Name
    #[builder(via_mutators, mutators(
        /// Sets `credentials_name`.
        pub fn credentials_name(&mut self, v: impl Into<String>) {
            self.credentials_name = Some(v.into());
        }
        /// Sets `credentials_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_credentials_name(&mut self, v: Option<impl Into<String>>) {
            self.credentials_name = v.map(Into::into);
        }
    ))]
    pub credentials_name: Option<String>,
}

impl ConnectorsListToolsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page, &mut q, "page");
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.refresh, &mut q, "refresh");
        crate::generated::QueryValue::push_to(&self.pretty, &mut q, "pretty");
        crate::generated::QueryValue::push_to(&self.credentials_name, &mut q, "credentials_name");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.credentials_name {
            static PATTERN: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
            if !crate::generated::matches(&PATTERN, "^[a-zA-Z0-9_-]{1,64}$", v) {
                c.push(
                    "credentials_name",
                    "does not match the pattern `^[a-zA-Z0-9_-]{1,64}$`",
                );
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.connectors().call_tool`: `POST /v1/connectors/{connector_id_or_name}/tools/{tool_name}/call` (`connector_call_tool_v1`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConnectorsCallToolQuery`], from [`ConnectorsCallToolQuery::builder`]."
    )
)]
pub struct ConnectorsCallToolQuery {
    /// Credentials Name
    #[builder(via_mutators, mutators(
        /// Sets `credentials_name`.
        pub fn credentials_name(&mut self, v: impl Into<String>) {
            self.credentials_name = Some(v.into());
        }
        /// Sets `credentials_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_credentials_name(&mut self, v: Option<impl Into<String>>) {
            self.credentials_name = v.map(Into::into);
        }
    ))]
    pub credentials_name: Option<String>,
}

impl ConnectorsCallToolQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.credentials_name, &mut q, "credentials_name");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.credentials_name {
            static PATTERN: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
            if !crate::generated::matches(&PATTERN, "^[a-zA-Z0-9_-]{1,64}$", v) {
                c.push(
                    "credentials_name",
                    "does not match the pattern `^[a-zA-Z0-9_-]{1,64}$`",
                );
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.connectors().list_user_credentials`: `GET /v1/connectors/{connector_id_or_name}/user/credentials` (`connector_list_user_credentials_v1`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConnectorsListUserCredentialsQuery`], from [`ConnectorsListUserCredentialsQuery::builder`]."
    )
)]
pub struct ConnectorsListUserCredentialsQuery {
    /// Auth Type
    #[builder(via_mutators, mutators(
        /// Sets `auth_type`.
        pub fn auth_type(&mut self, v: impl Into<super::OutboundAuthenticationType>) {
            self.auth_type = Some(v.into());
        }
        /// Sets `auth_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_auth_type(&mut self, v: Option<impl Into<super::OutboundAuthenticationType>>) {
            self.auth_type = v.map(Into::into);
        }
    ))]
    pub auth_type: Option<super::OutboundAuthenticationType>,
    /// Fetch Default
    #[builder(via_mutators, mutators(
        /// Sets `fetch_default`.
        pub fn fetch_default(&mut self, v: impl Into<bool>) {
            self.fetch_default = Some(v.into());
        }
        /// Sets `fetch_default` from an `Option` (`None` leaves it unset).
        pub fn maybe_fetch_default(&mut self, v: Option<impl Into<bool>>) {
            self.fetch_default = v.map(Into::into);
        }
    ))]
    pub fetch_default: Option<bool>,
}

impl ConnectorsListUserCredentialsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.auth_type, &mut q, "auth_type");
        crate::generated::QueryValue::push_to(&self.fetch_default, &mut q, "fetch_default");
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

/// The query parameters of `client.connectors().list_workspace_credentials`: `GET /v1/connectors/{connector_id_or_name}/workspace/credentials` (`connector_list_workspace_credentials_v1`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ConnectorsListWorkspaceCredentialsQuery`], from [`ConnectorsListWorkspaceCredentialsQuery::builder`]."
    )
)]
pub struct ConnectorsListWorkspaceCredentialsQuery {
    /// Auth Type
    #[builder(via_mutators, mutators(
        /// Sets `auth_type`.
        pub fn auth_type(&mut self, v: impl Into<super::OutboundAuthenticationType>) {
            self.auth_type = Some(v.into());
        }
        /// Sets `auth_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_auth_type(&mut self, v: Option<impl Into<super::OutboundAuthenticationType>>) {
            self.auth_type = v.map(Into::into);
        }
    ))]
    pub auth_type: Option<super::OutboundAuthenticationType>,
    /// Fetch Default
    #[builder(via_mutators, mutators(
        /// Sets `fetch_default`.
        pub fn fetch_default(&mut self, v: impl Into<bool>) {
            self.fetch_default = Some(v.into());
        }
        /// Sets `fetch_default` from an `Option` (`None` leaves it unset).
        pub fn maybe_fetch_default(&mut self, v: Option<impl Into<bool>>) {
            self.fetch_default = v.map(Into::into);
        }
    ))]
    pub fetch_default: Option<bool>,
}

impl ConnectorsListWorkspaceCredentialsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.auth_type, &mut q, "auth_type");
        crate::generated::QueryValue::push_to(&self.fetch_default, &mut q, "fetch_default");
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
