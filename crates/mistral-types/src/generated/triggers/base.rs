// generated from the spec by `cargo xtask codegen`: do not edit

/// CreateTrigger
///
/// Generated from schema `CreateTrigger` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateTrigger`], from [`CreateTrigger::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateTrigger {
    /// The `action` field.
    #[builder(setter(into))]
    pub action: super::CreateTriggerAction,
    /// ID of the event source that fires this trigger
    #[builder(setter(into))]
    pub event_source_id: String,
    /// jmespath expression to filter events, e.g. event\_type == 'push' && repository.name == 'dashboard'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `filters`.
        pub fn filters(&mut self, v: impl Into<String>) {
            self.filters = Some(v.into());
        }
        /// Sets `filters` from an `Option` (`None` leaves it unset).
        pub fn maybe_filters(&mut self, v: Option<impl Into<String>>) {
            self.filters = v.map(Into::into);
        }
    ))]
    pub filters: Option<String>,
    /// The `handler` field.
    #[builder(setter(into))]
    pub handler: super::TriggerHandler,
    /// The `owner_type` field.
    #[builder(setter(into))]
    pub owner_type: crate::generated::common::TriggersOwnerType,
    /// Human-readable title of the trigger
    #[builder(setter(into))]
    pub title: String,
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

impl CreateTrigger {
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
            let v = &self.action;
            v.check_into(c, &format!("{at}action."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "action",
                    "event_source_id",
                    "filters",
                    "handler",
                    "owner_type",
                    "title",
                ],
            );
        }
    }
}

impl crate::ApiRequest for CreateTrigger {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// CreateTriggerAction
///
/// Generated from schema `CreateTriggerAction` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateTriggerAction`], from [`CreateTriggerAction::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateTriggerAction {
    /// ID of the target primitive (workflow, agent, or app)
    #[builder(setter(into))]
    pub primitive_id: String,
    /// The `type` field.
    #[builder(setter(into))]
    pub r#type: super::TriggerActionType,
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

impl CreateTriggerAction {
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
            c.extra(&self.extra, &["primitive_id", "type"]);
        }
    }
}

impl crate::ApiRequest for CreateTriggerAction {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// Trigger
///
/// Generated from schema `Trigger` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Trigger {
    /// The `action` field.
    #[serde(default)]
    pub action: super::TriggerAction,
    /// The `creator_id` field.
    #[serde(default)]
    pub creator_id: String,
    /// The `customer_id` field.
    #[serde(default)]
    pub customer_id: String,
    /// The `event_source` field.
    #[serde(default)]
    pub event_source: crate::generated::common::Webhook,
    /// The `filters` field.
    #[serde(default)]
    pub filters: Option<String>,
    /// The `handler` field.
    #[serde(default)]
    pub handler: super::TriggerHandler,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `organization_id` field.
    #[serde(default)]
    pub organization_id: String,
    /// The `owner_type` field.
    #[serde(default)]
    pub owner_type: crate::generated::common::TriggersOwnerType,
    /// The `title` field.
    #[serde(default)]
    pub title: String,
    /// The `workspace_id` field.
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TriggerAction
///
/// Generated from schema `TriggerAction` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TriggerAction {
    /// The `primitive_id` field.
    #[serde(default)]
    pub primitive_id: String,
    /// The `type` field.
    #[serde(default)]
    pub r#type: super::TriggerActionType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `TriggerActionType` object.
    ///
    /// Generated from schema `TriggerActionType` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum TriggerActionType {
        /// `start_workflow`
        StartWorkflow = "start_workflow",
        /// `build_app`
        BuildApp = "build_app",
        /// `deploy_app`
        DeployApp = "deploy_app",
        /// `start_agent_session`
        StartAgentSession = "start_agent_session",
    }
}

impl Default for TriggerActionType {
    fn default() -> Self {
        TriggerActionType::Other(String::new())
    }
}

/// TriggerEvent
///
/// Generated from schema `TriggerEvent` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TriggerEvent {
    /// The `detail` field.
    #[serde(default)]
    pub detail: Option<String>,
    /// The `event_id` field.
    #[serde(default)]
    pub event_id: String,
    /// The `received_at` field.
    #[serde(default)]
    pub received_at: String,
    /// The `source_id` field.
    #[serde(default)]
    pub source_id: String,
    /// The `status` field.
    #[serde(default)]
    pub status: super::TriggerStatusValue,
    /// The `submitted_at` field.
    #[serde(default)]
    pub submitted_at: Option<String>,
    /// The `trigger_id` field.
    #[serde(default)]
    pub trigger_id: String,
    /// The `triggered_at` field.
    #[serde(default)]
    pub triggered_at: Option<String>,
    /// The `url` field.
    #[serde(default)]
    pub url: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// TriggerEventList
///
/// Generated from schema `TriggerEventList` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TriggerEventList {
    /// The `data` field.
    #[serde(default)]
    pub data: Vec<super::TriggerEvent>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `TriggerHandler` object.
    ///
    /// Generated from schema `TriggerHandler` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum TriggerHandler {
        /// `workflows`
        Workflows = "workflows",
        /// `agents`
        Agents = "agents",
        /// `spaces`
        Spaces = "spaces",
    }
}

impl Default for TriggerHandler {
    fn default() -> Self {
        TriggerHandler::Other(String::new())
    }
}

impl crate::generated::QueryValue for TriggerHandler {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// The `TriggerStatusValue` object.
    ///
    /// Generated from schema `TriggerStatusValue` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum TriggerStatusValue {
        /// `SUBMITTED`
        Submitted = "SUBMITTED",
        /// `SUBMISSION_FAILED`
        SubmissionFailed = "SUBMISSION_FAILED",
        /// `TRIGGERED`
        Triggered = "TRIGGERED",
        /// `TRIGGER_FAILED`
        TriggerFailed = "TRIGGER_FAILED",
    }
}

impl Default for TriggerStatusValue {
    fn default() -> Self {
        TriggerStatusValue::Other(String::new())
    }
}

/// The query parameters of `client.triggers().list`: `GET /v1/triggers` (`list_triggers_v1_triggers_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(doc = "The builder of [`TriggersListQuery`], from [`TriggersListQuery::builder`].")
)]
pub struct TriggersListQuery {
    /// Filter by handler type
    #[builder(via_mutators, mutators(
        /// Sets `handler`.
        pub fn handler(&mut self, v: impl Into<super::TriggerHandler>) {
            self.handler = Some(v.into());
        }
        /// Sets `handler` from an `Option` (`None` leaves it unset).
        pub fn maybe_handler(&mut self, v: Option<impl Into<super::TriggerHandler>>) {
            self.handler = v.map(Into::into);
        }
    ))]
    pub handler: Option<super::TriggerHandler>,
    /// Filter by primitive ID (workflow, agent, or app)
    #[builder(via_mutators, mutators(
        /// Sets `primitive_id`.
        pub fn primitive_id(&mut self, v: impl Into<String>) {
            self.primitive_id = Some(v.into());
        }
        /// Sets `primitive_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_primitive_id(&mut self, v: Option<impl Into<String>>) {
            self.primitive_id = v.map(Into::into);
        }
    ))]
    pub primitive_id: Option<String>,
    /// Filter by event source ID (webhook id)
    #[builder(via_mutators, mutators(
        /// Sets `event_source_id`.
        pub fn event_source_id(&mut self, v: impl Into<String>) {
            self.event_source_id = Some(v.into());
        }
        /// Sets `event_source_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_event_source_id(&mut self, v: Option<impl Into<String>>) {
            self.event_source_id = v.map(Into::into);
        }
    ))]
    pub event_source_id: Option<String>,
}

impl TriggersListQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.handler, &mut q, "handler");
        crate::generated::QueryValue::push_to(&self.primitive_id, &mut q, "primitive_id");
        crate::generated::QueryValue::push_to(&self.event_source_id, &mut q, "event_source_id");
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

/// The query parameters of `client.triggers().list_events`: `GET /v1/triggers/{trigger_id}/events` (`list_trigger_events_v1_triggers__trigger_id__events_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`TriggersListEventsQuery`], from [`TriggersListEventsQuery::builder`]."
    )
)]
pub struct TriggersListEventsQuery {
    /// Maximum number of events to return
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

impl TriggersListEventsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
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
        c.finish()
    }
}
