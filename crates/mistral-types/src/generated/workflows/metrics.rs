// generated from the spec by `cargo xtask codegen`: do not edit

/// Scalar metric with a single value.
///
/// Generated from schema `ScalarMetric` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScalarMetric {
    /// Value
    #[serde(default)]
    pub value: super::ScalarMetricValue,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Value
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ScalarMetricValue {
    /// One of the shapes the spec allows.
    Integer(i64),
    /// One of the shapes the spec allows.
    Number(f64),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for ScalarMetricValue {
    fn default() -> Self {
        ScalarMetricValue::Other(serde_json::Value::Null)
    }
}

/// Time-series metric with timestamp-value pairs.
///
/// Generated from schema `TimeSeriesMetric` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TimeSeriesMetric {
    /// Value
    #[serde(default)]
    pub value: Vec<Vec<serde_json::Value>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Complete metrics for a specific workflow.
///
/// This type combines all metric categories.
///
/// Generated from schema `WorkflowMetrics` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowMetrics {
    /// The `average_latency_ms` field.
    #[serde(default)]
    pub average_latency_ms: super::ScalarMetric,
    /// The `error_count` field.
    #[serde(default)]
    pub error_count: super::ScalarMetric,
    /// The `execution_count` field.
    #[serde(default)]
    pub execution_count: super::ScalarMetric,
    /// The `latency_over_time` field.
    #[serde(default)]
    pub latency_over_time: super::TimeSeriesMetric,
    /// The `retry_rate` field.
    #[serde(default)]
    pub retry_rate: super::ScalarMetric,
    /// The `success_count` field.
    #[serde(default)]
    pub success_count: super::ScalarMetric,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The query parameters of `client.workflows().metrics().get_workflow_metrics`: `GET /v1/workflows/{workflow_name}/metrics` (`get_workflow_metrics_v1_workflows__workflow_name__metrics_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsMetricsGetWorkflowMetricsQuery`], from [`WorkflowsMetricsGetWorkflowMetricsQuery::builder`]."
    )
)]
pub struct WorkflowsMetricsGetWorkflowMetricsQuery {
    /// Filter workflows started after this time (ISO 8601)
    #[builder(via_mutators, mutators(
        /// Sets `start_time`.
        pub fn start_time(&mut self, v: impl Into<String>) {
            self.start_time = Some(v.into());
        }
        /// Sets `start_time` from an `Option` (`None` leaves it unset).
        pub fn maybe_start_time(&mut self, v: Option<impl Into<String>>) {
            self.start_time = v.map(Into::into);
        }
    ))]
    pub start_time: Option<String>,
    /// Filter workflows started before this time (ISO 8601)
    #[builder(via_mutators, mutators(
        /// Sets `end_time`.
        pub fn end_time(&mut self, v: impl Into<String>) {
            self.end_time = Some(v.into());
        }
        /// Sets `end_time` from an `Option` (`None` leaves it unset).
        pub fn maybe_end_time(&mut self, v: Option<impl Into<String>>) {
            self.end_time = v.map(Into::into);
        }
    ))]
    pub end_time: Option<String>,
}

impl WorkflowsMetricsGetWorkflowMetricsQuery {
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
