// generated from the spec by `cargo xtask codegen`: do not edit

/// ClientSecret
///
/// Generated from schema `ClientSecret` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClientSecret {
    /// The `expires_at` field.
    #[serde(default)]
    pub expires_at: String,
    /// The `value` field.
    #[serde(default)]
    pub value: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl std::fmt::Debug for ClientSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientSecret")
            .field("expires_at", &self.expires_at)
            .field("value", &"****")
            .field("extra", &self.extra)
            .finish()
    }
}

crate::macros::string_enum! {
    /// The `ClientSessionPurpose` object.
    ///
    /// Generated from schema `ClientSessionPurpose` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum ClientSessionPurpose {
        /// `realtime`
        Realtime = "realtime",
    }
}

impl Default for ClientSessionPurpose {
    fn default() -> Self {
        ClientSessionPurpose::Other(String::new())
    }
}

/// Payload used to create realtime client sessions.
///
/// Generated from schema `CreateRealtimeSessionRequest` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateRealtimeSessionRequest`], from [`CreateRealtimeSessionRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateRealtimeSessionRequest {
    /// The `model` field.
    #[builder(setter(into))]
    pub model: String,
    /// The API's default: `"realtime"`.
    #[builder(setter(into))]
    pub purpose: super::CreateRealtimeSessionRequestPurpose,
    /// The `ttl_seconds` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `ttl_seconds`.
        pub fn ttl_seconds(&mut self, v: impl Into<i64>) {
            self.ttl_seconds = Some(v.into());
        }
        /// Sets `ttl_seconds` from an `Option` (`None` leaves it unset).
        pub fn maybe_ttl_seconds(&mut self, v: Option<impl Into<i64>>) {
            self.ttl_seconds = v.map(Into::into);
        }
    ))]
    pub ttl_seconds: Option<i64>,
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

impl CreateRealtimeSessionRequest {
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
            c.extra(&self.extra, &["model", "purpose", "ttl_seconds"]);
        }
    }
}

impl crate::ApiRequest for CreateRealtimeSessionRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `CreateRealtimeSessionRequestPurpose` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateRealtimeSessionRequestPurpose {
        /// `realtime`
        Realtime = "realtime",
    }
}

impl Default for CreateRealtimeSessionRequestPurpose {
    fn default() -> Self {
        CreateRealtimeSessionRequestPurpose::Other(String::new())
    }
}

/// CreateRealtimeSessionResponse
///
/// Generated from schema `CreateRealtimeSessionResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateRealtimeSessionResponse {
    /// The `client_secret` field.
    #[serde(default)]
    pub client_secret: super::ClientSecret,
    /// The `expires_at` field.
    #[serde(default)]
    pub expires_at: String,
    /// The API's default: `"client.session"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<super::CreateRealtimeSessionResponseObject>,
    /// Supported purposes for client sessions.
    #[serde(default)]
    pub purpose: super::ClientSessionPurpose,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `CreateRealtimeSessionResponseObject` object.
    ///
    /// Generated from an inline schema of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum CreateRealtimeSessionResponseObject {
        /// `client.session`
        ClientSession = "client.session",
    }
}

impl Default for CreateRealtimeSessionResponseObject {
    fn default() -> Self {
        CreateRealtimeSessionResponseObject::Other(String::new())
    }
}
