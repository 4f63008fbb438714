// generated from the spec by `cargo xtask codegen`: do not edit

crate::macros::string_enum! {
    /// The `AdminVibeWorkAnalyticsGetByTimeStatsGranularity` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum AdminVibeWorkAnalyticsGetByTimeStatsGranularity {
        /// `hour`
        Hour = "hour",
        /// `day`
        Day = "day",
        /// `week`
        Week = "week",
        /// `month`
        Month = "month",
    }
}

impl Default for AdminVibeWorkAnalyticsGetByTimeStatsGranularity {
    fn default() -> Self {
        AdminVibeWorkAnalyticsGetByTimeStatsGranularity::Other(String::new())
    }
}

impl crate::generated::QueryValue for AdminVibeWorkAnalyticsGetByTimeStatsGranularity {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// VibeWorkByAgentStat
///
/// Generated from schema `VibeWorkByAgentStat` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeWorkByAgentStat {
    /// Agent Id
    #[serde(default)]
    pub agent_id: String,
    /// Files Count
    #[serde(default)]
    pub files_count: i64,
    /// Images Count
    #[serde(default)]
    pub images_count: i64,
    /// Last Message At
    #[serde(default)]
    pub last_message_at: String,
    /// Messages Count
    #[serde(default)]
    pub messages_count: i64,
    /// Spreadsheets Count
    #[serde(default)]
    pub spreadsheets_count: i64,
    /// Unique Conversations Count
    #[serde(default)]
    pub unique_conversations_count: i64,
    /// Unique Users Count
    #[serde(default)]
    pub unique_users_count: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeWorkByAgentStatsOUT
///
/// Generated from schema `VibeWorkByAgentStatsOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeWorkByAgentStatsOut {
    /// Data
    #[serde(default)]
    pub data: Vec<super::VibeWorkByAgentStat>,
    /// End of the queried window, as a Unix timestamp in seconds.
    #[serde(default)]
    pub end_time: i64,
    /// Start of the queried window, as a Unix timestamp in seconds.
    #[serde(default)]
    pub start_time: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeWorkByTimeStat
///
/// Generated from schema `VibeWorkByTimeStat` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeWorkByTimeStat {
    /// Files Count
    #[serde(default)]
    pub files_count: i64,
    /// Images Count
    #[serde(default)]
    pub images_count: i64,
    /// Messages Count
    #[serde(default)]
    pub messages_count: i64,
    /// Messages To Agents Count
    #[serde(default)]
    pub messages_to_agents_count: i64,
    /// Spreadsheets Count
    #[serde(default)]
    pub spreadsheets_count: i64,
    /// Time Bucket
    #[serde(default)]
    pub time_bucket: Option<String>,
    /// Unique Agents Count
    #[serde(default)]
    pub unique_agents_count: i64,
    /// Unique Conversations Count
    #[serde(default)]
    pub unique_conversations_count: i64,
    /// Unique Users Count
    #[serde(default)]
    pub unique_users_count: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeWorkByTimeStatsOUT
///
/// Generated from schema `VibeWorkByTimeStatsOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeWorkByTimeStatsOut {
    /// Data
    #[serde(default)]
    pub data: Vec<super::VibeWorkByTimeStat>,
    /// End of the queried window, as a Unix timestamp in seconds.
    #[serde(default)]
    pub end_time: i64,
    /// Start of the queried window, as a Unix timestamp in seconds.
    #[serde(default)]
    pub start_time: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeWorkByUserStat
///
/// Generated from schema `VibeWorkByUserStat` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeWorkByUserStat {
    /// Files Count
    #[serde(default)]
    pub files_count: i64,
    /// Images Count
    #[serde(default)]
    pub images_count: i64,
    /// Last Message At
    #[serde(default)]
    pub last_message_at: String,
    /// Messages Count
    #[serde(default)]
    pub messages_count: i64,
    /// Messages To Agents Count
    #[serde(default)]
    pub messages_to_agents_count: i64,
    /// Spreadsheets Count
    #[serde(default)]
    pub spreadsheets_count: i64,
    /// Unique Agents Count
    #[serde(default)]
    pub unique_agents_count: i64,
    /// Unique Conversations Count
    #[serde(default)]
    pub unique_conversations_count: i64,
    /// User Id
    #[serde(default)]
    pub user_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// VibeWorkByUserStatsOUT
///
/// Generated from schema `VibeWorkByUserStatsOUT` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VibeWorkByUserStatsOut {
    /// Data
    #[serde(default)]
    pub data: Vec<super::VibeWorkByUserStat>,
    /// End of the queried window, as a Unix timestamp in seconds.
    #[serde(default)]
    pub end_time: i64,
    /// Start of the queried window, as a Unix timestamp in seconds.
    #[serde(default)]
    pub start_time: i64,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The query parameters of `client.admin().vibe_work_analytics().get_by_agent_stats`: `GET /v1/admin/analytics/vibe/work/usage/by_agent_stats` (`get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats`).
#[derive(Clone, Debug, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminVibeWorkAnalyticsGetByAgentStatsQuery`], from [`AdminVibeWorkAnalyticsGetByAgentStatsQuery::builder`]."
    )
)]
pub struct AdminVibeWorkAnalyticsGetByAgentStatsQuery {
    /// Start of the queried window, as a Unix timestamp in seconds.
    #[builder(setter(into))]
    pub start_time: i64,
    /// End of the queried window, as a Unix timestamp in seconds.
    #[builder(setter(into))]
    pub end_time: i64,
}

impl AdminVibeWorkAnalyticsGetByAgentStatsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.start_time, &mut q, "start_time");
        crate::generated::QueryValue::push_to(&self.end_time, &mut q, "end_time");
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

/// The query parameters of `client.admin().vibe_work_analytics().get_by_time_stats`: `GET /v1/admin/analytics/vibe/work/usage/by_time_stats` (`get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats`).
#[derive(Clone, Debug, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminVibeWorkAnalyticsGetByTimeStatsQuery`], from [`AdminVibeWorkAnalyticsGetByTimeStatsQuery::builder`]."
    )
)]
pub struct AdminVibeWorkAnalyticsGetByTimeStatsQuery {
    /// Start of the queried window, as a Unix timestamp in seconds.
    #[builder(setter(into))]
    pub start_time: i64,
    /// End of the queried window, as a Unix timestamp in seconds.
    #[builder(setter(into))]
    pub end_time: i64,
    /// Time interval used to group usage results.
    #[builder(via_mutators, mutators(
        /// Sets `granularity`.
        pub fn granularity(&mut self, v: impl Into<super::AdminVibeWorkAnalyticsGetByTimeStatsGranularity>) {
            self.granularity = Some(v.into());
        }
        /// Sets `granularity` from an `Option` (`None` leaves it unset).
        pub fn maybe_granularity(&mut self, v: Option<impl Into<super::AdminVibeWorkAnalyticsGetByTimeStatsGranularity>>) {
            self.granularity = v.map(Into::into);
        }
    ))]
    pub granularity: Option<super::AdminVibeWorkAnalyticsGetByTimeStatsGranularity>,
}

impl AdminVibeWorkAnalyticsGetByTimeStatsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.start_time, &mut q, "start_time");
        crate::generated::QueryValue::push_to(&self.end_time, &mut q, "end_time");
        crate::generated::QueryValue::push_to(&self.granularity, &mut q, "granularity");
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

/// The query parameters of `client.admin().vibe_work_analytics().get_by_user_stats`: `GET /v1/admin/analytics/vibe/work/usage/by_user_stats` (`get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats`).
#[derive(Clone, Debug, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminVibeWorkAnalyticsGetByUserStatsQuery`], from [`AdminVibeWorkAnalyticsGetByUserStatsQuery::builder`]."
    )
)]
pub struct AdminVibeWorkAnalyticsGetByUserStatsQuery {
    /// Start of the queried window, as a Unix timestamp in seconds.
    #[builder(setter(into))]
    pub start_time: i64,
    /// End of the queried window, as a Unix timestamp in seconds.
    #[builder(setter(into))]
    pub end_time: i64,
}

impl AdminVibeWorkAnalyticsGetByUserStatsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.start_time, &mut q, "start_time");
        crate::generated::QueryValue::push_to(&self.end_time, &mut q, "end_time");
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
