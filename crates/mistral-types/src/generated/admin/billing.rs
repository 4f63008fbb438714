// generated from the spec by `cargo xtask codegen`: do not edit

crate::macros::string_enum! {
    /// ApiZone
    ///
    /// Generated from schema `ApiZone` of the published spec (`spec/mistral-openapi.json`).
    pub enum ApiZone {
        /// `global`
        Global = "global",
        /// `us`
        Us = "us",
        /// `eu`
        Eu = "eu",
    }
}

impl Default for ApiZone {
    fn default() -> Self {
        ApiZone::Other(String::new())
    }
}

impl crate::generated::QueryValue for ApiZone {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// BasicModelUsageDataJSON
///
/// Generated from schema `BasicModelUsageDataJSON` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BasicModelUsageDataJson {
    /// Usage data grouped by model.
    #[serde(default)]
    pub models: std::collections::BTreeMap<
        String,
        std::collections::BTreeMap<String, Vec<serde_json::Map<String, serde_json::Value>>>,
    >,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// FineTuningDataJSON
///
/// Generated from schema `FineTuningDataJSON` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FineTuningDataJson {
    /// Fine-tuning storage usage.
    #[serde(default)]
    pub storage: std::collections::BTreeMap<String, i64>,
    /// Fine-tuning training usage.
    #[serde(default)]
    pub training: std::collections::BTreeMap<
        String,
        std::collections::BTreeMap<String, Vec<serde_json::Map<String, serde_json::Value>>>,
    >,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// LagoEventType
    ///
    /// Generated from schema `LagoEventType` of the published spec (`spec/mistral-openapi.json`).
    pub enum LagoEventType {
        /// `api_tokens`
        ApiTokens = "api_tokens",
        /// `api_pages`
        ApiPages = "api_pages",
        /// `api_audio_seconds`
        ApiAudioSeconds = "api_audio_seconds",
        /// `api_audio_characters`
        ApiAudioCharacters = "api_audio_characters",
        /// `api_connectors`
        ApiConnectors = "api_connectors",
        /// `api_libraries_tokens`
        ApiLibrariesTokens = "api_libraries_tokens",
        /// `api_libraries_pages`
        ApiLibrariesPages = "api_libraries_pages",
        /// `api_libraries_audio`
        ApiLibrariesAudio = "api_libraries_audio",
        /// `deployment_tokens`
        DeploymentTokens = "deployment_tokens",
        /// `gpu_hour`
        GpuHour = "gpu_hour",
        /// `reserved_instance`
        ReservedInstance = "reserved_instance",
        /// `vibe_tokens`
        VibeTokens = "vibe_tokens",
        /// `vibe_connectors`
        VibeConnectors = "vibe_connectors",
        /// `vibe_pages`
        VibePages = "vibe_pages",
        /// `vibe_audio_seconds`
        VibeAudioSeconds = "vibe_audio_seconds",
        /// `vibe_audio_characters`
        VibeAudioCharacters = "vibe_audio_characters",
    }
}

impl Default for LagoEventType {
    fn default() -> Self {
        LagoEventType::Other(String::new())
    }
}

/// LibrariesAPIUsageDataJSON
///
/// Generated from schema `LibrariesAPIUsageDataJSON` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LibrariesApiUsageDataJson {
    /// Audio usage for Libraries API.
    #[serde(default)]
    pub audio_seconds: super::BasicModelUsageDataJson,
    /// Page usage for Libraries API.
    #[serde(default)]
    pub pages: super::BasicModelUsageDataJson,
    /// Token usage for Libraries API.
    #[serde(default)]
    pub tokens: super::BasicModelUsageDataJson,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// LimitsContext
///
/// Generated from schema `LimitsContext` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LimitsContext {
    /// Completion usage and rate limits.
    #[serde(default)]
    pub completion: super::UsageLimits,
    /// Currency used for usage and limit amounts.
    #[serde(default)]
    pub currency: String,
    /// Whether the latest payment attempt failed.
    #[serde(default)]
    pub last_payment_failure: bool,
    /// Whether payment failure protection is enabled.
    #[serde(default)]
    pub last_payment_failure_protection: Option<bool>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// LimitsOUT
///
/// Generated from schema `LimitsOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LimitsOut {
    /// Usage, rate, and job limits for the Organization.
    #[serde(default)]
    pub limits: super::LimitsContext,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// NewUsageLimitIN
///
/// Generated from schema `NewUsageLimitIN` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`NewUsageLimitIn`], from [`NewUsageLimitIn::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct NewUsageLimitIn {
    /// New monthly usage limit amount.
    #[builder(setter(into))]
    pub amount: i64,
    /// Whether to remove the monthly usage limit.
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `no_monthly_limit`.
        pub fn no_monthly_limit(&mut self, v: impl Into<bool>) {
            self.no_monthly_limit = Some(v.into());
        }
        /// Sets `no_monthly_limit` from an `Option` (`None` leaves it unset).
        pub fn maybe_no_monthly_limit(&mut self, v: Option<impl Into<bool>>) {
            self.no_monthly_limit = v.map(Into::into);
        }
    ))]
    pub no_monthly_limit: Option<bool>,
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

impl NewUsageLimitIn {
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
            c.extra(&self.extra, &["amount", "no_monthly_limit"]);
        }
    }
}

impl crate::ApiRequest for NewUsageLimitIn {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// PriceData
///
/// Generated from schema `PriceData` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PriceData {
    /// API zone this price applies to.
    #[serde(default)]
    pub api_zone: super::ApiZone,
    /// Billing metric group this price applies to.
    #[serde(default)]
    pub billing_group: String,
    /// Billing metric this price applies to.
    #[serde(default)]
    pub billing_metric: String,
    /// Billing event type for the price.
    #[serde(default)]
    pub event_type: Option<super::LagoEventType>,
    /// Unit price for the billing metric.
    #[serde(default)]
    pub price: super::PriceDataPrice,
    /// Service tier this price applies to.
    #[serde(default)]
    pub service_tier: super::ServiceTier,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Unit price for the billing metric.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum PriceDataPrice {
    /// One of the shapes the spec allows.
    Number(f64),
    /// One of the shapes the spec allows.
    String(String),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for PriceDataPrice {
    fn default() -> Self {
        PriceDataPrice::Other(serde_json::Value::Null)
    }
}

/// RateLimitsOUT
///
/// Generated from schema `RateLimitsOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RateLimitsOut {
    /// Maximum API requests allowed per second.
    #[serde(default)]
    pub requests_per_second: i64,
    /// Token limits for each model.
    #[serde(default)]
    pub tokens_limits_by_model: std::collections::BTreeMap<String, super::TokenLimitsByModel>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The service tier a request is resolved to and routed on.
    ///
    /// Generated from schema `ServiceTier` of the published spec (`spec/mistral-openapi.json`).
    pub enum ServiceTier {
        /// `standard`
        Standard = "standard",
        /// `priority`
        Priority = "priority",
    }
}

impl Default for ServiceTier {
    fn default() -> Self {
        ServiceTier::Other(String::new())
    }
}

/// TokenLimitsByModel
///
/// Generated from schema `TokenLimitsByModel` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TokenLimitsByModel {
    /// Maximum tokens allowed per minute.
    #[serde(default)]
    pub tokens_per_minute: i64,
    /// Maximum tokens allowed per month.
    #[serde(default)]
    pub tokens_per_month: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UsageLimits
///
/// Generated from schema `UsageLimits` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageLimits {
    /// Whether the monthly usage limit has been reached.
    #[serde(default)]
    pub monthly_limit_reached: bool,
    /// Whether no monthly usage limit is configured.
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_monthly_limit: Option<bool>,
    /// Total current usage counted against the limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_usage: Option<f64>,
    /// Current usage counted against the limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<f64>,
    /// Current usage limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage_limit: Option<f64>,
    /// Current Vibe usage counted against the limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vibe_usage: Option<f64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UsageOUTJSON
///
/// Generated from schema `UsageOUTJSON` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageOutjson {
    /// Audio usage data.
    #[serde(default)]
    pub audio: super::BasicModelUsageDataJson,
    /// Text-to-speech (audio characters) usage data.
    #[serde(default)]
    pub audio_characters: super::BasicModelUsageDataJson,
    /// Chat usage data.
    #[serde(default)]
    pub chat: super::BasicModelUsageDataJson,
    /// Completion usage data.
    #[serde(default)]
    pub completion: super::BasicModelUsageDataJson,
    /// Connector usage data.
    #[serde(default)]
    pub connectors: super::BasicModelUsageDataJson,
    /// Currency used for usage prices.
    #[serde(default)]
    pub currency: Option<String>,
    /// Currency symbol used for usage prices.
    #[serde(default)]
    pub currency_symbol: Option<String>,
    /// Reference date for the usage period.
    #[serde(default)]
    pub date: String,
    /// End of the usage period.
    #[serde(default)]
    pub end_date: String,
    /// Fine-tuning usage data.
    #[serde(default)]
    pub fine_tuning: super::FineTuningDataJson,
    /// Libraries API usage data.
    #[serde(default)]
    pub libraries_api: super::LibrariesApiUsageDataJson,
    /// Next month in the usage report.
    #[serde(default)]
    pub next_month: Option<String>,
    /// OCR usage data.
    #[serde(default)]
    pub ocr: super::BasicModelUsageDataJson,
    /// Previous month in the usage report.
    #[serde(default)]
    pub previous_month: Option<String>,
    /// Prices used to calculate usage amounts.
    #[serde(default)]
    pub prices: Option<Vec<super::PriceData>>,
    /// Start of the usage period.
    #[serde(default)]
    pub start_date: String,
    /// Vibe Code usage data, broken down by sub-usage type.
    #[serde(default)]
    pub vibe_code: super::VibeCodeUsageDataJson,
    /// Legacy Vibe usage field. Always 0; use the Vibe usage API instead.
    #[serde(default)]
    pub vibe_usage: f64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeCodeUsageDataJSON
///
/// Generated from schema `VibeCodeUsageDataJSON` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeCodeUsageDataJson {
    /// Vibe Code audio transcription usage data.
    #[serde(default)]
    pub audio: super::BasicModelUsageDataJson,
    /// Vibe Code text-to-speech usage data.
    #[serde(default)]
    pub audio_characters: super::BasicModelUsageDataJson,
    /// Vibe Code completion (token) usage data.
    #[serde(default)]
    pub completion: super::BasicModelUsageDataJson,
    /// Vibe Code connectors usage data.
    #[serde(default)]
    pub connectors: super::BasicModelUsageDataJson,
    /// Vibe Code OCR usage data.
    #[serde(default)]
    pub ocr: super::BasicModelUsageDataJson,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The query parameters of `client.admin().billing().usage_get_usage`: `GET /v1/admin/usage` (`users_api_admin_usage_get_usage`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminBillingUsageGetUsageQuery`], from [`AdminBillingUsageGetUsageQuery::builder`]."
    )
)]
pub struct AdminBillingUsageGetUsageQuery {
    /// Month to return usage for.
    #[builder(via_mutators, mutators(
        /// Sets `month`.
        pub fn month(&mut self, v: impl Into<String>) {
            self.month = Some(v.into());
        }
        /// Sets `month` from an `Option` (`None` leaves it unset).
        pub fn maybe_month(&mut self, v: Option<impl Into<String>>) {
            self.month = v.map(Into::into);
        }
    ))]
    pub month: Option<String>,
    /// Year to return usage for.
    #[builder(via_mutators, mutators(
        /// Sets `year`.
        pub fn year(&mut self, v: impl Into<String>) {
            self.year = Some(v.into());
        }
        /// Sets `year` from an `Option` (`None` leaves it unset).
        pub fn maybe_year(&mut self, v: Option<impl Into<String>>) {
            self.year = v.map(Into::into);
        }
    ))]
    pub year: Option<String>,
    /// Workspace ID to filter results.
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
    /// Regional inference zone to filter results.
    #[builder(via_mutators, mutators(
        /// Sets `api_zone`.
        pub fn api_zone(&mut self, v: impl Into<super::ApiZone>) {
            self.api_zone = Some(v.into());
        }
        /// Sets `api_zone` from an `Option` (`None` leaves it unset).
        pub fn maybe_api_zone(&mut self, v: Option<impl Into<super::ApiZone>>) {
            self.api_zone = v.map(Into::into);
        }
    ))]
    pub api_zone: Option<super::ApiZone>,
}

impl AdminBillingUsageGetUsageQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.month, &mut q, "month");
        crate::generated::QueryValue::push_to(&self.year, &mut q, "year");
        crate::generated::QueryValue::push_to(&self.workspace_id, &mut q, "workspace_id");
        crate::generated::QueryValue::push_to(&self.api_zone, &mut q, "api_zone");
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
