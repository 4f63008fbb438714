// generated from the spec by `cargo xtask codegen`: do not edit

/// Schedule definition for partial updates.
///
/// All fields are optional (inherited from \_ScheduleRequestBase). Only explicitly-set
/// fields are applied during an update; unset fields preserve the existing schedule values.
///
/// Generated from schema `PartialScheduleDefinition` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`PartialScheduleDefinition`], from [`PartialScheduleDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct PartialScheduleDefinition {
    /// Calendar-based specification of times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `calendars`.
        pub fn calendars(&mut self, v: impl Into<Vec<super::ScheduleCalendar>>) {
            self.calendars = Some(v.into());
        }
        /// Sets `calendars` from an `Option` (`None` leaves it unset).
        pub fn maybe_calendars(&mut self, v: Option<impl Into<Vec<super::ScheduleCalendar>>>) {
            self.calendars = v.map(Into::into);
        }
    ))]
    pub calendars: Option<Vec<super::ScheduleCalendar>>,
    /// Cron-based specification of times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `cron_expressions`.
        pub fn cron_expressions(&mut self, v: impl Into<Vec<String>>) {
            self.cron_expressions = Some(v.into());
        }
        /// Sets `cron_expressions` from an `Option` (`None` leaves it unset).
        pub fn maybe_cron_expressions(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.cron_expressions = v.map(Into::into);
        }
    ))]
    pub cron_expressions: Option<Vec<String>>,
    /// Time after which no more actions will be run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `end_at`.
        pub fn end_at(&mut self, v: impl Into<String>) {
            self.end_at = Some(v.into());
        }
        /// Sets `end_at` from an `Option` (`None` leaves it unset).
        pub fn maybe_end_at(&mut self, v: Option<impl Into<String>>) {
            self.end_at = v.map(Into::into);
        }
    ))]
    pub end_at: Option<String>,
    /// Input to provide to the workflow when starting it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `input`.
        pub fn input(&mut self, v: impl Into<serde_json::Value>) {
            self.input = Some(v.into());
        }
        /// Sets `input` from an `Option` (`None` leaves it unset).
        pub fn maybe_input(&mut self, v: Option<impl Into<serde_json::Value>>) {
            self.input = v.map(Into::into);
        }
    ))]
    pub input: Option<serde_json::Value>,
    /// Interval-based specification of times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `intervals`.
        pub fn intervals(&mut self, v: impl Into<Vec<super::ScheduleInterval>>) {
            self.intervals = Some(v.into());
        }
        /// Sets `intervals` from an `Option` (`None` leaves it unset).
        pub fn maybe_intervals(&mut self, v: Option<impl Into<Vec<super::ScheduleInterval>>>) {
            self.intervals = v.map(Into::into);
        }
    ))]
    pub intervals: Option<Vec<super::ScheduleInterval>>,
    /// Jitter to apply each action.
    ///
    /// An action's scheduled time will be incremented by a random value between 0
    /// and this value if present (but not past the next schedule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `jitter`.
        pub fn jitter(&mut self, v: impl Into<String>) {
            self.jitter = Some(v.into());
        }
        /// Sets `jitter` from an `Option` (`None` leaves it unset).
        pub fn maybe_jitter(&mut self, v: Option<impl Into<String>>) {
            self.jitter = v.map(Into::into);
        }
    ))]
    pub jitter: Option<String>,
    /// Maximum number of times this schedule will trigger a workflow execution. Once this limit is reached, no further executions are triggered automatically. null means unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `max_executions`.
        pub fn max_executions(&mut self, v: impl Into<i64>) {
            self.max_executions = Some(v.into());
        }
        /// Sets `max_executions` from an `Option` (`None` leaves it unset).
        pub fn maybe_max_executions(&mut self, v: Option<impl Into<i64>>) {
            self.max_executions = v.map(Into::into);
        }
    ))]
    pub max_executions: Option<i64>,
    /// Policy for the schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `policy`.
        pub fn policy(&mut self, v: impl Into<super::SchedulePolicy>) {
            self.policy = Some(v.into());
        }
        /// Sets `policy` from an `Option` (`None` leaves it unset).
        pub fn maybe_policy(&mut self, v: Option<impl Into<super::SchedulePolicy>>) {
            self.policy = v.map(Into::into);
        }
    ))]
    pub policy: Option<super::SchedulePolicy>,
    /// Set of calendar times to skip.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `skip`.
        pub fn skip(&mut self, v: impl Into<Vec<super::ScheduleCalendar>>) {
            self.skip = Some(v.into());
        }
        /// Sets `skip` from an `Option` (`None` leaves it unset).
        pub fn maybe_skip(&mut self, v: Option<impl Into<Vec<super::ScheduleCalendar>>>) {
            self.skip = v.map(Into::into);
        }
    ))]
    pub skip: Option<Vec<super::ScheduleCalendar>>,
    /// Time after which the first action may be run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `start_at`.
        pub fn start_at(&mut self, v: impl Into<String>) {
            self.start_at = Some(v.into());
        }
        /// Sets `start_at` from an `Option` (`None` leaves it unset).
        pub fn maybe_start_at(&mut self, v: Option<impl Into<String>>) {
            self.start_at = v.map(Into::into);
        }
    ))]
    pub start_at: Option<String>,
    /// IANA time zone name, for example ``US/Central``.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `time_zone_name`.
        pub fn time_zone_name(&mut self, v: impl Into<String>) {
            self.time_zone_name = Some(v.into());
        }
        /// Sets `time_zone_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_time_zone_name(&mut self, v: Option<impl Into<String>>) {
            self.time_zone_name = v.map(Into::into);
        }
    ))]
    pub time_zone_name: Option<String>,
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

impl PartialScheduleDefinition {
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
        if let Some(v) = &self.calendars {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}calendars[{i}]."));
            }
        }
        if let Some(v) = &self.intervals {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}intervals[{i}]."));
            }
        }
        if let Some(v) = &self.policy {
            v.check_into(c, &format!("{at}policy."));
        }
        if let Some(v) = &self.skip {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}skip[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "calendars",
                    "cron_expressions",
                    "end_at",
                    "input",
                    "intervals",
                    "jitter",
                    "max_executions",
                    "policy",
                    "skip",
                    "start_at",
                    "time_zone_name",
                ],
            );
        }
    }
}

impl crate::ApiRequest for PartialScheduleDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ScheduleCalendar
///
/// Generated from schema `ScheduleCalendar` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ScheduleCalendar`], from [`ScheduleCalendar::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ScheduleCalendar {
    /// Comment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `comment`.
        pub fn comment(&mut self, v: impl Into<String>) {
            self.comment = Some(v.into());
        }
        /// Sets `comment` from an `Option` (`None` leaves it unset).
        pub fn maybe_comment(&mut self, v: Option<impl Into<String>>) {
            self.comment = v.map(Into::into);
        }
    ))]
    pub comment: Option<String>,
    /// Day Of Month
    ///
    /// The API's default: `[{"end":31,"start":1,"step":0}]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `day_of_month`.
        pub fn day_of_month(&mut self, v: impl Into<Vec<super::ScheduleRange>>) {
            self.day_of_month = Some(v.into());
        }
        /// Sets `day_of_month` from an `Option` (`None` leaves it unset).
        pub fn maybe_day_of_month(&mut self, v: Option<impl Into<Vec<super::ScheduleRange>>>) {
            self.day_of_month = v.map(Into::into);
        }
    ))]
    pub day_of_month: Option<Vec<super::ScheduleRange>>,
    /// Day Of Week
    ///
    /// The API's default: `[{"end":6,"start":0,"step":0}]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `day_of_week`.
        pub fn day_of_week(&mut self, v: impl Into<Vec<super::ScheduleRange>>) {
            self.day_of_week = Some(v.into());
        }
        /// Sets `day_of_week` from an `Option` (`None` leaves it unset).
        pub fn maybe_day_of_week(&mut self, v: Option<impl Into<Vec<super::ScheduleRange>>>) {
            self.day_of_week = v.map(Into::into);
        }
    ))]
    pub day_of_week: Option<Vec<super::ScheduleRange>>,
    /// Hour
    ///
    /// The API's default: `[{"end":0,"start":0,"step":0}]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `hour`.
        pub fn hour(&mut self, v: impl Into<Vec<super::ScheduleRange>>) {
            self.hour = Some(v.into());
        }
        /// Sets `hour` from an `Option` (`None` leaves it unset).
        pub fn maybe_hour(&mut self, v: Option<impl Into<Vec<super::ScheduleRange>>>) {
            self.hour = v.map(Into::into);
        }
    ))]
    pub hour: Option<Vec<super::ScheduleRange>>,
    /// Minute
    ///
    /// The API's default: `[{"end":0,"start":0,"step":0}]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `minute`.
        pub fn minute(&mut self, v: impl Into<Vec<super::ScheduleRange>>) {
            self.minute = Some(v.into());
        }
        /// Sets `minute` from an `Option` (`None` leaves it unset).
        pub fn maybe_minute(&mut self, v: Option<impl Into<Vec<super::ScheduleRange>>>) {
            self.minute = v.map(Into::into);
        }
    ))]
    pub minute: Option<Vec<super::ScheduleRange>>,
    /// Month
    ///
    /// The API's default: `[{"end":12,"start":1,"step":0}]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `month`.
        pub fn month(&mut self, v: impl Into<Vec<super::ScheduleRange>>) {
            self.month = Some(v.into());
        }
        /// Sets `month` from an `Option` (`None` leaves it unset).
        pub fn maybe_month(&mut self, v: Option<impl Into<Vec<super::ScheduleRange>>>) {
            self.month = v.map(Into::into);
        }
    ))]
    pub month: Option<Vec<super::ScheduleRange>>,
    /// Second
    ///
    /// The API's default: `[{"end":0,"start":0,"step":0}]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `second`.
        pub fn second(&mut self, v: impl Into<Vec<super::ScheduleRange>>) {
            self.second = Some(v.into());
        }
        /// Sets `second` from an `Option` (`None` leaves it unset).
        pub fn maybe_second(&mut self, v: Option<impl Into<Vec<super::ScheduleRange>>>) {
            self.second = v.map(Into::into);
        }
    ))]
    pub second: Option<Vec<super::ScheduleRange>>,
    /// Year
    ///
    /// The API's default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `year`.
        pub fn year(&mut self, v: impl Into<Vec<super::ScheduleRange>>) {
            self.year = Some(v.into());
        }
        /// Sets `year` from an `Option` (`None` leaves it unset).
        pub fn maybe_year(&mut self, v: Option<impl Into<Vec<super::ScheduleRange>>>) {
            self.year = v.map(Into::into);
        }
    ))]
    pub year: Option<Vec<super::ScheduleRange>>,
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

impl ScheduleCalendar {
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
        if let Some(v) = &self.day_of_month {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}day_of_month[{i}]."));
            }
        }
        if let Some(v) = &self.day_of_week {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}day_of_week[{i}]."));
            }
        }
        if let Some(v) = &self.hour {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}hour[{i}]."));
            }
        }
        if let Some(v) = &self.minute {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}minute[{i}]."));
            }
        }
        if let Some(v) = &self.month {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}month[{i}]."));
            }
        }
        if let Some(v) = &self.second {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}second[{i}]."));
            }
        }
        if let Some(v) = &self.year {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}year[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "comment",
                    "day_of_month",
                    "day_of_week",
                    "hour",
                    "minute",
                    "month",
                    "second",
                    "year",
                ],
            );
        }
    }
}

impl crate::ApiRequest for ScheduleCalendar {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Specification of the times scheduled actions may occur.
///
/// The times are the union of :py:attr:`calendars`, :py:attr:`intervals`, and
/// :py:attr:`cron_expressions` excluding anything in :py:attr:`skip`.
///
/// Used for input where schedule\_id is optional (can be provided or auto-generated).
///
/// Generated from schema `ScheduleDefinition` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ScheduleDefinition`], from [`ScheduleDefinition::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ScheduleDefinition {
    /// Calendar-based specification of times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `calendars`.
        pub fn calendars(&mut self, v: impl Into<Vec<super::ScheduleCalendar>>) {
            self.calendars = Some(v.into());
        }
        /// Sets `calendars` from an `Option` (`None` leaves it unset).
        pub fn maybe_calendars(&mut self, v: Option<impl Into<Vec<super::ScheduleCalendar>>>) {
            self.calendars = v.map(Into::into);
        }
    ))]
    pub calendars: Option<Vec<super::ScheduleCalendar>>,
    /// Cron-based specification of times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `cron_expressions`.
        pub fn cron_expressions(&mut self, v: impl Into<Vec<String>>) {
            self.cron_expressions = Some(v.into());
        }
        /// Sets `cron_expressions` from an `Option` (`None` leaves it unset).
        pub fn maybe_cron_expressions(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.cron_expressions = v.map(Into::into);
        }
    ))]
    pub cron_expressions: Option<Vec<String>>,
    /// Time after which no more actions will be run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `end_at`.
        pub fn end_at(&mut self, v: impl Into<String>) {
            self.end_at = Some(v.into());
        }
        /// Sets `end_at` from an `Option` (`None` leaves it unset).
        pub fn maybe_end_at(&mut self, v: Option<impl Into<String>>) {
            self.end_at = v.map(Into::into);
        }
    ))]
    pub end_at: Option<String>,
    /// Input to provide to the workflow when starting it.
    #[builder(setter(into))]
    pub input: serde_json::Value,
    /// Interval-based specification of times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `intervals`.
        pub fn intervals(&mut self, v: impl Into<Vec<super::ScheduleInterval>>) {
            self.intervals = Some(v.into());
        }
        /// Sets `intervals` from an `Option` (`None` leaves it unset).
        pub fn maybe_intervals(&mut self, v: Option<impl Into<Vec<super::ScheduleInterval>>>) {
            self.intervals = v.map(Into::into);
        }
    ))]
    pub intervals: Option<Vec<super::ScheduleInterval>>,
    /// Jitter to apply each action.
    ///
    /// An action's scheduled time will be incremented by a random value between 0
    /// and this value if present (but not past the next schedule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `jitter`.
        pub fn jitter(&mut self, v: impl Into<String>) {
            self.jitter = Some(v.into());
        }
        /// Sets `jitter` from an `Option` (`None` leaves it unset).
        pub fn maybe_jitter(&mut self, v: Option<impl Into<String>>) {
            self.jitter = v.map(Into::into);
        }
    ))]
    pub jitter: Option<String>,
    /// Maximum number of times this schedule will trigger a workflow execution. Once this limit is reached, no further executions are triggered automatically. null means unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `max_executions`.
        pub fn max_executions(&mut self, v: impl Into<i64>) {
            self.max_executions = Some(v.into());
        }
        /// Sets `max_executions` from an `Option` (`None` leaves it unset).
        pub fn maybe_max_executions(&mut self, v: Option<impl Into<i64>>) {
            self.max_executions = v.map(Into::into);
        }
    ))]
    pub max_executions: Option<i64>,
    /// Policy for the schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `policy`.
        pub fn policy(&mut self, v: impl Into<super::SchedulePolicy>) {
            self.policy = Some(v.into());
        }
        /// Sets `policy` from an `Option` (`None` leaves it unset).
        pub fn maybe_policy(&mut self, v: Option<impl Into<super::SchedulePolicy>>) {
            self.policy = v.map(Into::into);
        }
    ))]
    pub policy: Option<super::SchedulePolicy>,
    /// Unique identifier for the schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `schedule_id`.
        pub fn schedule_id(&mut self, v: impl Into<String>) {
            self.schedule_id = Some(v.into());
        }
        /// Sets `schedule_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_schedule_id(&mut self, v: Option<impl Into<String>>) {
            self.schedule_id = v.map(Into::into);
        }
    ))]
    pub schedule_id: Option<String>,
    /// Set of calendar times to skip.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `skip`.
        pub fn skip(&mut self, v: impl Into<Vec<super::ScheduleCalendar>>) {
            self.skip = Some(v.into());
        }
        /// Sets `skip` from an `Option` (`None` leaves it unset).
        pub fn maybe_skip(&mut self, v: Option<impl Into<Vec<super::ScheduleCalendar>>>) {
            self.skip = v.map(Into::into);
        }
    ))]
    pub skip: Option<Vec<super::ScheduleCalendar>>,
    /// Time after which the first action may be run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `start_at`.
        pub fn start_at(&mut self, v: impl Into<String>) {
            self.start_at = Some(v.into());
        }
        /// Sets `start_at` from an `Option` (`None` leaves it unset).
        pub fn maybe_start_at(&mut self, v: Option<impl Into<String>>) {
            self.start_at = v.map(Into::into);
        }
    ))]
    pub start_at: Option<String>,
    /// IANA time zone name, for example ``US/Central``.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `time_zone_name`.
        pub fn time_zone_name(&mut self, v: impl Into<String>) {
            self.time_zone_name = Some(v.into());
        }
        /// Sets `time_zone_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_time_zone_name(&mut self, v: Option<impl Into<String>>) {
            self.time_zone_name = v.map(Into::into);
        }
    ))]
    pub time_zone_name: Option<String>,
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

impl ScheduleDefinition {
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
        if let Some(v) = &self.calendars {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}calendars[{i}]."));
            }
        }
        if let Some(v) = &self.intervals {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}intervals[{i}]."));
            }
        }
        if let Some(v) = &self.policy {
            v.check_into(c, &format!("{at}policy."));
        }
        if let Some(v) = &self.skip {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}skip[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "calendars",
                    "cron_expressions",
                    "end_at",
                    "input",
                    "intervals",
                    "jitter",
                    "max_executions",
                    "policy",
                    "schedule_id",
                    "skip",
                    "start_at",
                    "time_zone_name",
                ],
            );
        }
    }
}

impl crate::ApiRequest for ScheduleDefinition {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Output representation of a schedule with required schedule\_id.
///
/// Used when returning schedules from the API where schedule\_id is always present.
///
/// Generated from schema `ScheduleDefinitionOutput` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScheduleDefinitionOutput {
    /// Calendar-based specification of times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendars: Option<Vec<super::ScheduleCalendar>>,
    /// Cron-based specification of times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cron_expressions: Option<Vec<String>>,
    /// Name of the deployment this schedule targets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_name: Option<String>,
    /// Time after which no more actions will be run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<String>,
    /// Upcoming scheduled executions (10 next executions, earliest first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_executions: Option<Vec<super::ScheduleFutureExecution>>,
    /// Input to provide to the workflow when starting it.
    #[serde(default)]
    pub input: serde_json::Value,
    /// Interval-based specification of times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intervals: Option<Vec<super::ScheduleInterval>>,
    /// Jitter to apply each action.
    ///
    /// An action's scheduled time will be incremented by a random value between 0
    /// and this value if present (but not past the next schedule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jitter: Option<String>,
    /// Human-readable note associated with the current pause or resume state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Whether the schedule is currently paused.
    #[serde(default)]
    pub paused: bool,
    /// Policy for the schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<super::SchedulePolicy>,
    /// Most recent scheduled executions (10 most recent, newest last).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recent_executions: Option<Vec<super::ScheduleRecentExecution>>,
    /// Remaining workflow executions before this schedule stops triggering automatically. null means unlimited; 0 means the limit has been reached and the schedule is exhausted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining_executions: Option<i64>,
    /// Unique identifier for the schedule.
    #[serde(default)]
    pub schedule_id: String,
    /// Set of calendar times to skip.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip: Option<Vec<super::ScheduleCalendar>>,
    /// Time after which the first action may be run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<String>,
    /// IANA time zone name, for example ``US/Central``.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone_name: Option<String>,
    /// Name of the workflow this schedule triggers.
    #[serde(default)]
    pub workflow_name: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ScheduleFutureExecution
///
/// Generated from schema `ScheduleFutureExecution` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScheduleFutureExecution {
    /// Time the execution is scheduled to run.
    #[serde(default)]
    pub scheduled_at: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// ScheduleInterval
///
/// Generated from schema `ScheduleInterval` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ScheduleInterval`], from [`ScheduleInterval::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ScheduleInterval {
    /// Every
    #[serde(default)]
    #[builder(setter(into))]
    pub every: String,
    /// Offset
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `offset`.
        pub fn offset(&mut self, v: impl Into<String>) {
            self.offset = Some(v.into());
        }
        /// Sets `offset` from an `Option` (`None` leaves it unset).
        pub fn maybe_offset(&mut self, v: Option<impl Into<String>>) {
            self.offset = v.map(Into::into);
        }
    ))]
    pub offset: Option<String>,
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

impl ScheduleInterval {
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
            c.extra(&self.extra, &["every", "offset"]);
        }
    }
}

impl crate::ApiRequest for ScheduleInterval {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Controls what happens when a workflow would be started by a schedule but
/// one is already running.
///
/// Generated from schema `ScheduleOverlapPolicy` of the published spec (`spec/mistral-openapi.json`).
pub type ScheduleOverlapPolicy = i64;

/// SchedulePolicy
///
/// Generated from schema `SchedulePolicy` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SchedulePolicy`], from [`SchedulePolicy::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct SchedulePolicy {
    /// After a Temporal server is unavailable, amount of time in seconds in the past to execute missed actions.
    ///
    /// The API's default: `31536000`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `catchup_window_seconds`.
        pub fn catchup_window_seconds(&mut self, v: impl Into<i64>) {
            self.catchup_window_seconds = Some(v.into());
        }
        /// Sets `catchup_window_seconds` from an `Option` (`None` leaves it unset).
        pub fn maybe_catchup_window_seconds(&mut self, v: Option<impl Into<i64>>) {
            self.catchup_window_seconds = v.map(Into::into);
        }
    ))]
    pub catchup_window_seconds: Option<i64>,
    /// Policy controlling what to do when a workflow is already running.
    ///
    /// The API's default: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `overlap`.
        pub fn overlap(&mut self, v: impl Into<super::ScheduleOverlapPolicy>) {
            self.overlap = Some(v.into());
        }
        /// Sets `overlap` from an `Option` (`None` leaves it unset).
        pub fn maybe_overlap(&mut self, v: Option<impl Into<super::ScheduleOverlapPolicy>>) {
            self.overlap = v.map(Into::into);
        }
    ))]
    pub overlap: Option<super::ScheduleOverlapPolicy>,
    /// Whether to pause the schedule after a workflow failure.
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `pause_on_failure`.
        pub fn pause_on_failure(&mut self, v: impl Into<bool>) {
            self.pause_on_failure = Some(v.into());
        }
        /// Sets `pause_on_failure` from an `Option` (`None` leaves it unset).
        pub fn maybe_pause_on_failure(&mut self, v: Option<impl Into<bool>>) {
            self.pause_on_failure = v.map(Into::into);
        }
    ))]
    pub pause_on_failure: Option<bool>,
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

impl SchedulePolicy {
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
                &["catchup_window_seconds", "overlap", "pause_on_failure"],
            );
        }
    }
}

impl crate::ApiRequest for SchedulePolicy {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ScheduleRange
///
/// Generated from schema `ScheduleRange` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ScheduleRange`], from [`ScheduleRange::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct ScheduleRange {
    /// End
    ///
    /// The API's default: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `end`.
        pub fn end(&mut self, v: impl Into<i64>) {
            self.end = Some(v.into());
        }
        /// Sets `end` from an `Option` (`None` leaves it unset).
        pub fn maybe_end(&mut self, v: Option<impl Into<i64>>) {
            self.end = v.map(Into::into);
        }
    ))]
    pub end: Option<i64>,
    /// Start
    #[serde(default)]
    #[builder(setter(into))]
    pub start: i64,
    /// Step
    ///
    /// The API's default: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `step`.
        pub fn step(&mut self, v: impl Into<i64>) {
            self.step = Some(v.into());
        }
        /// Sets `step` from an `Option` (`None` leaves it unset).
        pub fn maybe_step(&mut self, v: Option<impl Into<i64>>) {
            self.step = v.map(Into::into);
        }
    ))]
    pub step: Option<i64>,
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

impl ScheduleRange {
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
            c.extra(&self.extra, &["end", "start", "step"]);
        }
    }
}

impl crate::ApiRequest for ScheduleRange {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// ScheduleRecentExecution
///
/// Generated from schema `ScheduleRecentExecution` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScheduleRecentExecution {
    /// ID of the workflow execution that was started.
    #[serde(default)]
    pub execution_id: String,
    /// Time the execution was scheduled to run.
    #[serde(default)]
    pub scheduled_at: String,
    /// Actual time the execution started.
    #[serde(default)]
    pub started_at: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowScheduleListResponse
///
/// Generated from schema `WorkflowScheduleListResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowScheduleListResponse {
    /// Token for the next page of results
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// A list of workflow schedules
    #[serde(default)]
    pub schedules: Vec<super::ScheduleDefinitionOutput>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowSchedulePauseRequest
///
/// Generated from schema `WorkflowSchedulePauseRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowSchedulePauseRequest`], from [`WorkflowSchedulePauseRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct WorkflowSchedulePauseRequest {
    /// Optional note recorded in Temporal when pausing or resuming a schedule
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `note`.
        pub fn note(&mut self, v: impl Into<String>) {
            self.note = Some(v.into());
        }
        /// Sets `note` from an `Option` (`None` leaves it unset).
        pub fn maybe_note(&mut self, v: Option<impl Into<String>>) {
            self.note = v.map(Into::into);
        }
    ))]
    pub note: Option<String>,
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

impl WorkflowSchedulePauseRequest {
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
            c.extra(&self.extra, &["note"]);
        }
    }
}

impl crate::ApiRequest for WorkflowSchedulePauseRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// WorkflowScheduleRequest
///
/// Generated from schema `WorkflowScheduleRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowScheduleRequest`], from [`WorkflowScheduleRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct WorkflowScheduleRequest {
    /// Name of the deployment to route this schedule to
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `deployment_name`.
        pub fn deployment_name(&mut self, v: impl Into<String>) {
            self.deployment_name = Some(v.into());
        }
        /// Sets `deployment_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_deployment_name(&mut self, v: Option<impl Into<String>>) {
            self.deployment_name = v.map(Into::into);
        }
    ))]
    pub deployment_name: Option<String>,
    /// The schedule definition
    #[builder(setter(into))]
    pub schedule: super::ScheduleDefinition,
    /// Allows you to specify a custom schedule ID. If not provided, a random ID will be generated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `schedule_id`.
        pub fn schedule_id(&mut self, v: impl Into<String>) {
            self.schedule_id = Some(v.into());
        }
        /// Sets `schedule_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_schedule_id(&mut self, v: Option<impl Into<String>>) {
            self.schedule_id = v.map(Into::into);
        }
    ))]
    pub schedule_id: Option<String>,
    /// The name or ID of the workflow to schedule
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `workflow_identifier`.
        pub fn workflow_identifier(&mut self, v: impl Into<String>) {
            self.workflow_identifier = Some(v.into());
        }
        /// Sets `workflow_identifier` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_identifier(&mut self, v: Option<impl Into<String>>) {
            self.workflow_identifier = v.map(Into::into);
        }
    ))]
    pub workflow_identifier: Option<String>,
    /// The ID of the workflow registration to schedule
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `workflow_registration_id`.
        pub fn workflow_registration_id(&mut self, v: impl Into<String>) {
            self.workflow_registration_id = Some(v.into());
        }
        /// Sets `workflow_registration_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_registration_id(&mut self, v: Option<impl Into<String>>) {
            self.workflow_registration_id = v.map(Into::into);
        }
    ))]
    pub workflow_registration_id: Option<String>,
    /// Deprecated. Use deployment\_name instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `workflow_task_queue`.
        pub fn workflow_task_queue(&mut self, v: impl Into<String>) {
            self.workflow_task_queue = Some(v.into());
        }
        /// Sets `workflow_task_queue` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_task_queue(&mut self, v: Option<impl Into<String>>) {
            self.workflow_task_queue = v.map(Into::into);
        }
    ))]
    pub workflow_task_queue: Option<String>,
    /// Deprecated: use workflow\_registration\_id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `workflow_version_id`.
        pub fn workflow_version_id(&mut self, v: impl Into<String>) {
            self.workflow_version_id = Some(v.into());
        }
        /// Sets `workflow_version_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_version_id(&mut self, v: Option<impl Into<String>>) {
            self.workflow_version_id = v.map(Into::into);
        }
    ))]
    pub workflow_version_id: Option<String>,
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

impl WorkflowScheduleRequest {
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
            let v = &self.schedule;
            v.check_into(c, &format!("{at}schedule."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "deployment_name",
                    "schedule",
                    "schedule_id",
                    "workflow_identifier",
                    "workflow_registration_id",
                    "workflow_task_queue",
                    "workflow_version_id",
                ],
            );
        }
    }
}

impl crate::ApiRequest for WorkflowScheduleRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// WorkflowScheduleResponse
///
/// Generated from schema `WorkflowScheduleResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowScheduleResponse {
    /// The ID of the schedule
    #[serde(default)]
    pub schedule_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// WorkflowScheduleTriggerRequest
///
/// Generated from schema `WorkflowScheduleTriggerRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowScheduleTriggerRequest`], from [`WorkflowScheduleTriggerRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct WorkflowScheduleTriggerRequest {
    /// Optional overlap policy override to use for the immediate trigger.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `overlap`.
        pub fn overlap(&mut self, v: impl Into<super::ScheduleOverlapPolicy>) {
            self.overlap = Some(v.into());
        }
        /// Sets `overlap` from an `Option` (`None` leaves it unset).
        pub fn maybe_overlap(&mut self, v: Option<impl Into<super::ScheduleOverlapPolicy>>) {
            self.overlap = v.map(Into::into);
        }
    ))]
    pub overlap: Option<super::ScheduleOverlapPolicy>,
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

impl WorkflowScheduleTriggerRequest {
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
            c.extra(&self.extra, &["overlap"]);
        }
    }
}

impl crate::ApiRequest for WorkflowScheduleTriggerRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// WorkflowScheduleUpdateRequest
///
/// Generated from schema `WorkflowScheduleUpdateRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowScheduleUpdateRequest`], from [`WorkflowScheduleUpdateRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct WorkflowScheduleUpdateRequest {
    /// Partial schedule definition to update. Unset fields preserve existing values.
    #[builder(setter(into))]
    pub schedule: super::PartialScheduleDefinition,
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

impl WorkflowScheduleUpdateRequest {
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
            let v = &self.schedule;
            v.check_into(c, &format!("{at}schedule."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["schedule"]);
        }
    }
}

impl crate::ApiRequest for WorkflowScheduleUpdateRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `WorkflowsSchedulesGetSchedulesStatus` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkflowsSchedulesGetSchedulesStatus {
        /// `active`
        Active = "active",
        /// `paused`
        Paused = "paused",
    }
}

impl Default for WorkflowsSchedulesGetSchedulesStatus {
    fn default() -> Self {
        WorkflowsSchedulesGetSchedulesStatus::Other(String::new())
    }
}

impl crate::generated::QueryValue for WorkflowsSchedulesGetSchedulesStatus {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// The query parameters of `client.workflows().schedules().get_schedules`: `GET /v1/workflows/schedules` (`get_schedules_v1_workflows_schedules_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsSchedulesGetSchedulesQuery`], from [`WorkflowsSchedulesGetSchedulesQuery::builder`]."
    )
)]
pub struct WorkflowsSchedulesGetSchedulesQuery {
    /// Filter by exact workflow name
    #[builder(via_mutators, mutators(
        /// Sets `workflow_name`.
        pub fn workflow_name(&mut self, v: impl Into<String>) {
            self.workflow_name = Some(v.into());
        }
        /// Sets `workflow_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_name(&mut self, v: Option<impl Into<String>>) {
            self.workflow_name = v.map(Into::into);
        }
    ))]
    pub workflow_name: Option<String>,
    /// Filter by user ID. Pass 'current' to resolve to the authenticated user's ID.
    #[builder(via_mutators, mutators(
        /// Sets `user_id`.
        pub fn user_id(&mut self, v: impl Into<String>) {
            self.user_id = Some(v.into());
        }
        /// Sets `user_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_user_id(&mut self, v: Option<impl Into<String>>) {
            self.user_id = v.map(Into::into);
        }
    ))]
    pub user_id: Option<String>,
    /// Filter by schedule status: 'active' or 'paused'
    #[builder(via_mutators, mutators(
        /// Sets `status`.
        pub fn status(&mut self, v: impl Into<super::WorkflowsSchedulesGetSchedulesStatus>) {
            self.status = Some(v.into());
        }
        /// Sets `status` from an `Option` (`None` leaves it unset).
        pub fn maybe_status(&mut self, v: Option<impl Into<super::WorkflowsSchedulesGetSchedulesStatus>>) {
            self.status = v.map(Into::into);
        }
    ))]
    pub status: Option<super::WorkflowsSchedulesGetSchedulesStatus>,
    /// Prefix search query for workflow name
    #[builder(via_mutators, mutators(
        /// Sets `search`.
        pub fn search(&mut self, v: impl Into<String>) {
            self.search = Some(v.into());
        }
        /// Sets `search` from an `Option` (`None` leaves it unset).
        pub fn maybe_search(&mut self, v: Option<impl Into<String>>) {
            self.search = v.map(Into::into);
        }
    ))]
    pub search: Option<String>,
    /// Number of items per page. Omitting this parameter fetches all results at once (deprecated — pass page\_size to use pagination).
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
    /// Token for the next page of results
    #[builder(via_mutators, mutators(
        /// Sets `next_page_token`.
        pub fn next_page_token(&mut self, v: impl Into<String>) {
            self.next_page_token = Some(v.into());
        }
        /// Sets `next_page_token` from an `Option` (`None` leaves it unset).
        pub fn maybe_next_page_token(&mut self, v: Option<impl Into<String>>) {
            self.next_page_token = v.map(Into::into);
        }
    ))]
    pub next_page_token: Option<String>,
}

impl WorkflowsSchedulesGetSchedulesQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.workflow_name, &mut q, "workflow_name");
        crate::generated::QueryValue::push_to(&self.user_id, &mut q, "user_id");
        crate::generated::QueryValue::push_to(&self.status, &mut q, "status");
        crate::generated::QueryValue::push_to(&self.search, &mut q, "search");
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.next_page_token, &mut q, "next_page_token");
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
