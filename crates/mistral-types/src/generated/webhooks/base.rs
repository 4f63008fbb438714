// generated from the spec by `cargo xtask codegen`: do not edit

/// CreateWebhook
///
/// Generated from schema `CreateWebhook` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateWebhook`], from [`CreateWebhook::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateWebhook {
    /// Encryption key used to decrypt webhook payloads
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `encryption_key`.
        pub fn encryption_key(&mut self, v: impl Into<String>) {
            self.encryption_key = Some(v.into());
        }
        /// Sets `encryption_key` from an `Option` (`None` leaves it unset).
        pub fn maybe_encryption_key(&mut self, v: Option<impl Into<String>>) {
            self.encryption_key = v.map(Into::into);
        }
    ))]
    pub encryption_key: Option<String>,
    /// Path to extract event type, eg body.type or headers.X-GitHub-Event
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `event_type_path`.
        pub fn event_type_path(&mut self, v: impl Into<String>) {
            self.event_type_path = Some(v.into());
        }
        /// Sets `event_type_path` from an `Option` (`None` leaves it unset).
        pub fn maybe_event_type_path(&mut self, v: Option<impl Into<String>>) {
            self.event_type_path = v.map(Into::into);
        }
    ))]
    pub event_type_path: Option<String>,
    /// The `expires_at` field.
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
    /// Human-readable name for this webhook
    #[builder(setter(into))]
    pub name: String,
    /// The `owner_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `owner_type`.
        pub fn owner_type(&mut self, v: impl Into<crate::generated::common::TriggersOwnerType>) {
            self.owner_type = Some(v.into());
        }
        /// Sets `owner_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_owner_type(&mut self, v: Option<impl Into<crate::generated::common::TriggersOwnerType>>) {
            self.owner_type = v.map(Into::into);
        }
    ))]
    pub owner_type: Option<crate::generated::common::TriggersOwnerType>,
    /// The `provider` field.
    #[builder(setter(into))]
    pub provider: crate::generated::common::WebhookProvider,
    /// Signing secret provided by the third-party provider
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `secret`.
        pub fn secret(&mut self, v: impl Into<String>) {
            self.secret = Some(v.into());
        }
        /// Sets `secret` from an `Option` (`None` leaves it unset).
        pub fn maybe_secret(&mut self, v: Option<impl Into<String>>) {
            self.secret = v.map(Into::into);
        }
    ))]
    pub secret: Option<String>,
    /// The `signature_encoding` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `signature_encoding`.
        pub fn signature_encoding(&mut self, v: impl Into<crate::generated::common::WebhookSignatureEncoding>) {
            self.signature_encoding = Some(v.into());
        }
        /// Sets `signature_encoding` from an `Option` (`None` leaves it unset).
        pub fn maybe_signature_encoding(&mut self, v: Option<impl Into<crate::generated::common::WebhookSignatureEncoding>>) {
            self.signature_encoding = v.map(Into::into);
        }
    ))]
    pub signature_encoding: Option<crate::generated::common::WebhookSignatureEncoding>,
    /// Regex to extract signature, eg sha256=(.\*)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `signature_extractor_regex`.
        pub fn signature_extractor_regex(&mut self, v: impl Into<String>) {
            self.signature_extractor_regex = Some(v.into());
        }
        /// Sets `signature_extractor_regex` from an `Option` (`None` leaves it unset).
        pub fn maybe_signature_extractor_regex(&mut self, v: Option<impl Into<String>>) {
            self.signature_extractor_regex = v.map(Into::into);
        }
    ))]
    pub signature_extractor_regex: Option<String>,
    /// The `signature_hash_algorithm` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `signature_hash_algorithm`.
        pub fn signature_hash_algorithm(&mut self, v: impl Into<crate::generated::common::WebhookSignatureHashAlgorithm>) {
            self.signature_hash_algorithm = Some(v.into());
        }
        /// Sets `signature_hash_algorithm` from an `Option` (`None` leaves it unset).
        pub fn maybe_signature_hash_algorithm(&mut self, v: Option<impl Into<crate::generated::common::WebhookSignatureHashAlgorithm>>) {
            self.signature_hash_algorithm = v.map(Into::into);
        }
    ))]
    pub signature_hash_algorithm: Option<crate::generated::common::WebhookSignatureHashAlgorithm>,
    /// The `signature_header_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `signature_header_name`.
        pub fn signature_header_name(&mut self, v: impl Into<String>) {
            self.signature_header_name = Some(v.into());
        }
        /// Sets `signature_header_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_signature_header_name(&mut self, v: Option<impl Into<String>>) {
            self.signature_header_name = v.map(Into::into);
        }
    ))]
    pub signature_header_name: Option<String>,
    /// Pattern for signature payload, eg {body} or {timestamp}.{body}
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `signature_payload_pattern`.
        pub fn signature_payload_pattern(&mut self, v: impl Into<String>) {
            self.signature_payload_pattern = Some(v.into());
        }
        /// Sets `signature_payload_pattern` from an `Option` (`None` leaves it unset).
        pub fn maybe_signature_payload_pattern(&mut self, v: Option<impl Into<String>>) {
            self.signature_payload_pattern = v.map(Into::into);
        }
    ))]
    pub signature_payload_pattern: Option<String>,
    /// The `success_status_code` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `success_status_code`.
        pub fn success_status_code(&mut self, v: impl Into<i64>) {
            self.success_status_code = Some(v.into());
        }
        /// Sets `success_status_code` from an `Option` (`None` leaves it unset).
        pub fn maybe_success_status_code(&mut self, v: Option<impl Into<i64>>) {
            self.success_status_code = v.map(Into::into);
        }
    ))]
    pub success_status_code: Option<i64>,
    /// The `timestamp_extractor_regex` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `timestamp_extractor_regex`.
        pub fn timestamp_extractor_regex(&mut self, v: impl Into<String>) {
            self.timestamp_extractor_regex = Some(v.into());
        }
        /// Sets `timestamp_extractor_regex` from an `Option` (`None` leaves it unset).
        pub fn maybe_timestamp_extractor_regex(&mut self, v: Option<impl Into<String>>) {
            self.timestamp_extractor_regex = v.map(Into::into);
        }
    ))]
    pub timestamp_extractor_regex: Option<String>,
    /// The `validity_period_second` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `validity_period_second`.
        pub fn validity_period_second(&mut self, v: impl Into<i64>) {
            self.validity_period_second = Some(v.into());
        }
        /// Sets `validity_period_second` from an `Option` (`None` leaves it unset).
        pub fn maybe_validity_period_second(&mut self, v: Option<impl Into<i64>>) {
            self.validity_period_second = v.map(Into::into);
        }
    ))]
    pub validity_period_second: Option<i64>,
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

impl std::fmt::Debug for CreateWebhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateWebhook")
            .field("encryption_key", &self.encryption_key)
            .field("event_type_path", &self.event_type_path)
            .field("expires_at", &self.expires_at)
            .field("name", &self.name)
            .field("owner_type", &self.owner_type)
            .field("provider", &self.provider)
            .field("secret", &self.secret.as_ref().map(|_| "****"))
            .field("signature_encoding", &self.signature_encoding)
            .field("signature_extractor_regex", &self.signature_extractor_regex)
            .field("signature_hash_algorithm", &self.signature_hash_algorithm)
            .field("signature_header_name", &self.signature_header_name)
            .field("signature_payload_pattern", &self.signature_payload_pattern)
            .field("success_status_code", &self.success_status_code)
            .field("timestamp_extractor_regex", &self.timestamp_extractor_regex)
            .field("validity_period_second", &self.validity_period_second)
            .field("extra", &self.extra)
            .finish()
    }
}

impl CreateWebhook {
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
                    "encryption_key",
                    "event_type_path",
                    "expires_at",
                    "name",
                    "owner_type",
                    "provider",
                    "secret",
                    "signature_encoding",
                    "signature_extractor_regex",
                    "signature_hash_algorithm",
                    "signature_header_name",
                    "signature_payload_pattern",
                    "success_status_code",
                    "timestamp_extractor_regex",
                    "validity_period_second",
                ],
            );
        }
    }
}

impl crate::ApiRequest for CreateWebhook {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Signing secret for a Notion webhook, returned to complete URL verification
///
/// Generated from schema `WebhookSigningSecret` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebhookSigningSecret {
    /// The `signing_secret` field.
    #[serde(default)]
    pub signing_secret: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl std::fmt::Debug for WebhookSigningSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookSigningSecret")
            .field("signing_secret", &"****")
            .field("extra", &self.extra)
            .finish()
    }
}
