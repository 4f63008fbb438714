//! Batch jobs: `POST|GET /v1/batch/jobs`, `GET|DELETE /v1/batch/jobs/{id}`,
//! `POST /v1/batch/jobs/{id}/cancel`; and the JSONL files they read and write.
//!
//! [`BatchInput`] writes an input file from typed requests with custom ids; [`BatchOutput`]
//! reads an output (or error) file back as typed results by custom id, each line a success or
//! an error of its own: a line that cannot be read is an error for that line, never dropped.
//!
//! ```
//! use mistral::batch::{BatchInput, BatchOutput};
//! use mistral::chat::{ChatCompletionResponse, ChatRequest, Message};
//!
//! let mut input = BatchInput::new();
//! for (id, question) in [("cheese", "Best French cheese?"), ("wine", "Best French wine?")] {
//!     let request = ChatRequest::builder()
//!         .model("mistral-small-latest")
//!         .messages([Message::user(question)])
//!         .max_tokens(100)
//!         .build();
//!     input.push(id, &request)?;
//! }
//! assert_eq!(input.len(), 2);
//! assert_eq!(input.model(), Some("mistral-small-latest")); // set once on the job
//!
//! let output = br#"{"id":"r0","custom_id":"cheese","response":{"status_code":200,"body":{"id":"c","model":"m","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"Comte"}}]}},"error":null}
//! {"id":"r1","custom_id":"wine","response":{"status_code":400,"body":{"message":"too long"}},"error":null}
//! not json"#;
//! let results = BatchOutput::<ChatCompletionResponse>::parse(output);
//! assert_eq!(results.get("cheese").unwrap().outcome.as_ref().unwrap().text(), "Comte");
//! assert!(results.get("wine").unwrap().outcome.is_err());
//! assert_eq!(results.failures().count(), 2); // the broken third line is kept as an error
//! # Ok::<(), mistral::ValidationError>(())
//! ```

use std::collections::{BTreeMap, HashSet};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use typed_builder::TypedBuilder;

use crate::api::ApiRequest;
use crate::chat::tool::JsonObject;
use crate::files::Query;
use crate::macros::string_enum;
use crate::validate::{Checker, ValidationError};

/// The most inline requests one job takes.
pub const MAX_INLINE_REQUESTS: usize = 10_000;

string_enum! {
    /// The endpoint every request of a batch job goes to.
    pub enum BatchEndpoint {
        /// `/v1/chat/completions`
        ChatCompletions = "/v1/chat/completions",
        /// `/v1/embeddings`
        Embeddings = "/v1/embeddings",
        /// `/v1/fim/completions`
        FimCompletions = "/v1/fim/completions",
        /// `/v1/moderations`
        Moderations = "/v1/moderations",
        /// `/v1/chat/moderations`
        ChatModerations = "/v1/chat/moderations",
        /// `/v1/ocr`
        Ocr = "/v1/ocr",
        /// `/v1/classifications`
        Classifications = "/v1/classifications",
        /// `/v1/chat/classifications`
        ChatClassifications = "/v1/chat/classifications",
        /// `/v1/conversations`
        Conversations = "/v1/conversations",
        /// `/v1/audio/transcriptions`
        AudioTranscriptions = "/v1/audio/transcriptions",
    }
}

string_enum! {
    /// Where a batch job is.
    pub enum BatchStatus {
        /// Waiting to start.
        Queued = "QUEUED",
        /// Running.
        Running = "RUNNING",
        /// Done; results in the output file.
        Success = "SUCCESS",
        /// Failed as a whole.
        Failed = "FAILED",
        /// Stopped at its timeout.
        TimeoutExceeded = "TIMEOUT_EXCEEDED",
        /// Asked to stop; still stopping.
        CancellationRequested = "CANCELLATION_REQUESTED",
        /// Stopped.
        Cancelled = "CANCELLED",
    }
}

impl BatchStatus {
    /// Whether the job will not change any more. An unknown status is not terminal: waiting
    /// goes on (up to its deadline) rather than stopping on a status it cannot read.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            BatchStatus::Success
                | BatchStatus::Failed
                | BatchStatus::TimeoutExceeded
                | BatchStatus::Cancelled
        )
    }
}

/// One inline request of a job.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BatchRequest {
    /// The id its result is found by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_id: Option<String>,
    /// The request body, as for the job's endpoint.
    pub body: JsonObject,
}

/// A batch job to create. `endpoint` is required at compile time; give either `input_files`
/// (uploaded JSONL, see [`BatchInput`]) or inline `requests`.
///
/// ```
/// use mistral::batch::{BatchEndpoint, BatchJobRequest};
///
/// let job = BatchJobRequest::builder()
///     .endpoint(BatchEndpoint::ChatCompletions)
///     .model("mistral-small-latest")
///     .input_files(["6b2c2a58-0b8e-4c1c-9f5e-3c1d2b7c9e10".to_owned()])
///     .metadata([("job_type".to_owned(), "testing".to_owned())])
///     .build();
/// assert!(job.validate().is_ok());
/// ```
///
/// ```compile_fail
/// use mistral::batch::BatchJobRequest;
/// let job = BatchJobRequest::builder().model("mistral-small-latest").build(); // no endpoint
/// ```
///
/// # Optional fields
///
/// `.model("mistral-small-latest")`, or `.maybe_model(opt)` from an `Option` of anything the
/// setter takes (`None` leaves it unset); or assign the public field after `build()`. The
/// optional setters keep the builder's type, so they may be called conditionally.
///
/// ```
/// use mistral::batch::{BatchEndpoint, BatchJobRequest};
///
/// let (model, urgent): (Option<&str>, bool) = (Some("mistral-small-latest"), true);
/// let builder = BatchJobRequest::builder()
///     .endpoint(BatchEndpoint::ChatCompletions)
///     .input_files(["6b2c2a58-0b8e-4c1c-9f5e-3c1d2b7c9e10".to_owned()]);
/// let builder = if urgent { builder.timeout_hours(2) } else { builder };
/// let mut job = builder.maybe_model(model).build();
/// job.agent_id = None;
/// assert_eq!((job.model.as_deref(), job.timeout_hours), (Some("mistral-small-latest"), Some(2)));
/// assert!(job.validate().is_ok());
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`BatchJobRequest`], from [`BatchJobRequest::builder`]. \
        `endpoint` is required, once: `build()` does not compile without it. The optional setters \
        (`.x(v)`, `.maybe_x(opt)`) keep the builder's type, so they may be called conditionally, or \
        again (the last call wins)."
    )
)]
pub struct BatchJobRequest {
    /// The uploaded JSONL input files (ids).
    #[builder(via_mutators, mutators(
        /// The uploaded JSONL input files (ids).
        pub fn input_files(&mut self, ids: impl IntoIterator<Item = String>) {
            self.input_files = Some(ids.into_iter().collect())
        }
        /// [`input_files`](Self::input_files) from an `Option`: `None` unsets it.
        pub fn maybe_input_files(&mut self, ids: Option<impl IntoIterator<Item = String>>) {
            self.input_files = ids.map(|ids| ids.into_iter().collect())
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_files: Option<Vec<String>>,
    /// Inline requests (at most 10 000), instead of input files.
    #[builder(via_mutators, mutators(
        /// Inline requests (at most 10 000), instead of input files.
        pub fn requests(&mut self, v: Vec<BatchRequest>) { self.requests = Some(v) }
        /// [`requests`](Self::requests) from an `Option`: `None` unsets it.
        pub fn maybe_requests(&mut self, v: Option<Vec<BatchRequest>>) { self.requests = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests: Option<Vec<BatchRequest>>,
    /// The endpoint every request goes to.
    #[builder(setter(into))]
    pub endpoint: BatchEndpoint,
    /// The one model of the job.
    #[builder(via_mutators, mutators(
        /// The one model of the job.
        pub fn model(&mut self, v: impl Into<String>) { self.model = Some(v.into()) }
        /// [`model`](Self::model) from an `Option`: `None` unsets it.
        pub fn maybe_model(&mut self, v: Option<impl Into<String>>) { self.model = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// An agent instead of a model (the deprecated agents API).
    #[builder(via_mutators, mutators(
        /// An agent instead of a model (the deprecated agents API).
        pub fn agent_id(&mut self, v: impl Into<String>) { self.agent_id = Some(v.into()) }
        /// [`agent_id`](Self::agent_id) from an `Option`: `None` unsets it.
        pub fn maybe_agent_id(&mut self, v: Option<impl Into<String>>) { self.agent_id = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    /// Your labels: keys of 1 to 32 characters, values of 1 to 512.
    #[builder(via_mutators, mutators(
        /// Your labels: keys of 1 to 32 characters, values of 1 to 512.
        pub fn metadata(&mut self, labels: impl IntoIterator<Item = (String, String)>) {
            self.metadata = Some(labels.into_iter().collect())
        }
        /// [`metadata`](Self::metadata) from an `Option`: `None` unsets it.
        pub fn maybe_metadata(&mut self, labels: Option<impl IntoIterator<Item = (String, String)>>) {
            self.metadata = labels.map(|m| m.into_iter().collect())
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// Hours before the job times out, 1 to 168 (the API's default is 24).
    #[builder(via_mutators, mutators(
        /// Hours before the job times out, 1 to 168 (the API's default is 24).
        pub fn timeout_hours(&mut self, v: u32) { self.timeout_hours = Some(v) }
        /// [`timeout_hours`](Self::timeout_hours) from an `Option`: `None` unsets it.
        pub fn maybe_timeout_hours(&mut self, v: Option<u32>) { self.timeout_hours = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_hours: Option<u32>,
    /// Fields this version does not know, sent flat beside the typed ones.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl BatchJobRequest {
    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &[
        "input_files",
        "requests",
        "endpoint",
        "model",
        "agent_id",
        "metadata",
        "timeout_hours",
    ];

    /// A job over uploaded input files written by `input`: its endpoint and model.
    pub fn for_files(input: &BatchInput, file_ids: impl IntoIterator<Item = String>) -> Self {
        let mut job = Self::from_input(input);
        job.input_files = Some(file_ids.into_iter().collect());
        job
    }

    /// A job with `input`'s requests inline (no upload; at most 10 000).
    pub fn inline(input: &BatchInput) -> Self {
        let mut job = Self::from_input(input);
        job.requests = Some(input.requests());
        job
    }

    fn from_input(input: &BatchInput) -> Self {
        BatchJobRequest::builder()
            .endpoint(
                input
                    .endpoint()
                    .cloned()
                    .unwrap_or(BatchEndpoint::ChatCompletions),
            )
            .maybe_model(input.model().map(str::to_owned))
            .build()
    }

    /// Input files or inline requests (one of them, not empty), a model or an agent, the
    /// metadata and timeout limits.
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        match (&self.input_files, &self.requests) {
            (None, None) => c.push("input_files", "give input files or inline requests"),
            (Some(_), Some(_)) => c.push("requests", "give input files or inline requests, not both"),
            (Some(f), None) if f.is_empty() => c.push("input_files", "must not be empty"),
            (None, Some(r)) if r.is_empty() => c.push("requests", "must not be empty"),
            (None, Some(r)) if r.len() > MAX_INLINE_REQUESTS => c.push(
                "requests",
                format!("{} requests: at most {MAX_INLINE_REQUESTS} inline", r.len()),
            ),
            _ => {}
        }
        for (i, id) in self.input_files.iter().flatten().enumerate() {
            c.non_empty(&format!("input_files[{i}]"), id);
        }
        if let BatchEndpoint::Other(e) = &self.endpoint {
            c.non_empty("endpoint", e);
        }
        if let Some(m) = &self.model {
            c.non_empty("model", m);
        }
        if let Some(a) = &self.agent_id {
            c.non_empty("agent_id", a);
        }
        for (k, v) in self.metadata.iter().flatten() {
            if !(1..=32).contains(&k.chars().count()) {
                c.push(format!("metadata.{k}"), "keys are 1 to 32 characters");
            }
            if !(1..=512).contains(&v.chars().count()) {
                c.push(format!("metadata.{k}"), "values are 1 to 512 characters");
            }
        }
        if let Some(t) = self.timeout_hours {
            if !(1..=168).contains(&t) {
                c.push("timeout_hours", format!("{t} is out of range: 1 to 168 hours"));
            }
        }
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

crate::api::request_traits!(BatchJobRequest);

impl crate::api::Telemetry for BatchJobRequest {
    fn telemetry(&self) -> crate::api::RequestTelemetry<'_> {
        crate::api::RequestTelemetry {
            model: self.model.as_deref(),
            agent_id: self.agent_id.as_deref(),
            ..Default::default()
        }
    }
}

/// An error the job met, with how often. A bare string reads as its message.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct BatchError {
    /// What went wrong.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub message: String,
    /// How many requests it hit.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_u64"
    )]
    pub count: Option<u64>,
}

/// A batch job as the API describes it. Every field but `id` and `status` may be absent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BatchJob {
    /// The job id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// Always `batch`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The input files.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub input_files: Vec<String>,
    /// Your labels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<JsonObject>,
    /// The endpoint of its requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<BatchEndpoint>,
    /// Its model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// Its agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    /// The file of results, once there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_file: Option<String>,
    /// The file of per-request errors, once there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_file: Option<String>,
    /// The errors the job met.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub errors: Vec<BatchError>,
    /// Inline results (when asked with `inline`), one per request as a line of an output file
    /// (kept as sent: one that is not an object is a malformed result, not a failed job).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outputs: Option<Vec<Value>>,
    /// Where it is.
    #[serde(default = "unknown_status", deserialize_with = "status_or_unknown")]
    pub status: BatchStatus,
    /// When it was created (Unix seconds).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_unix"
    )]
    pub created_at: Option<i64>,
    /// Its number of requests.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub total_requests: u64,
    /// How many are done, succeeded or failed.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub completed_requests: u64,
    /// How many succeeded.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub succeeded_requests: u64,
    /// How many failed.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub failed_requests: u64,
    /// When it started (Unix seconds).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_unix"
    )]
    pub started_at: Option<i64>,
    /// When it ended (Unix seconds).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_unix"
    )]
    pub completed_at: Option<i64>,
}

impl<'de> Deserialize<'de> for BatchError {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Object {
            #[serde(default, deserialize_with = "crate::de::null_default")]
            message: String,
            #[serde(default, deserialize_with = "crate::de::lenient_u64")]
            count: Option<u64>,
        }
        let v = Value::deserialize(d)?;
        Ok(match v {
            Value::String(message) => BatchError { message, count: None },
            Value::Object(_) => match Object::deserialize(&v) {
                Ok(o) => BatchError {
                    message: o.message,
                    count: o.count,
                },
                Err(_) => BatchError {
                    message: v.to_string(),
                    count: None,
                },
            },
            other => BatchError {
                message: other.to_string(),
                count: None,
            },
        })
    }
}

fn unknown_status() -> BatchStatus {
    BatchStatus::Other(String::new())
}

fn status_or_unknown<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BatchStatus, D::Error> {
    Ok(Option::<BatchStatus>::deserialize(d)?.unwrap_or_else(unknown_status))
}

impl BatchJob {
    /// Whether the job will not change any more.
    pub fn is_terminal(&self) -> bool {
        self.status.is_terminal()
    }

    /// Requests done (succeeded or failed) and in all. Counts the server reports over its
    /// total (7 done of 2) are clamped to the total and flagged
    /// ([`BatchProgress::clamped`]); the job's own fields keep what the server sent.
    pub fn progress(&self) -> BatchProgress {
        let total = self.total_requests;
        let done = self
            .completed_requests
            .max(self.succeeded_requests.saturating_add(self.failed_requests));
        // A total of 0 is "not counted yet", not a bound.
        if total == 0 || done <= total {
            return BatchProgress {
                done,
                total,
                succeeded: self.succeeded_requests,
                failed: self.failed_requests,
                clamped: false,
            };
        }
        let succeeded = self.succeeded_requests.min(total);
        BatchProgress {
            done: total,
            total,
            succeeded,
            // What is left of the total once the successes are counted.
            failed: self.failed_requests.min(total - succeeded),
            clamped: true,
        }
    }
}

/// How far a job is. `done` never exceeds a known `total`: see [`clamped`](Self::clamped).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct BatchProgress {
    /// Requests done.
    pub done: u64,
    /// Requests in all (0 until the server has counted them).
    pub total: u64,
    /// Requests that succeeded.
    pub succeeded: u64,
    /// Requests that failed.
    pub failed: u64,
    /// The server reported more requests done than its total: the counts above are cut to
    /// the total (the raw counts are on [`BatchJob`]). A server bug, or a total not yet
    /// updated; the Display form says so.
    pub clamped: bool,
}

impl std::fmt::Display for BatchProgress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.done, self.total)?;
        if self.failed > 0 {
            write!(f, " ({} failed)", self.failed)?;
        }
        if self.clamped {
            f.write_str(" (the server counted more than its total)")?;
        }
        Ok(())
    }
}

/// A page of batch jobs.
pub type BatchJobList = crate::ListResponse<BatchJob>;

/// The answer to a job deletion.
pub type DeletedBatchJob = crate::Deleted;

/// The filters and page of `GET /v1/batch/jobs`. Every field is optional.
///
/// ```
/// use mistral::batch::{BatchJobQuery, BatchStatus};
///
/// let q = BatchJobQuery::builder().status(vec![BatchStatus::Running, BatchStatus::Queued]).build();
/// assert_eq!(q.to_query(), "status=RUNNING&status=QUEUED");
/// ```
///
/// # Optional fields
///
/// `.model("mistral-small-latest")`, or `.maybe_model(opt)` from an `Option` of anything the
/// setter takes (`None` leaves it unset); the setters keep the builder's type, so they may be
/// called conditionally.
///
/// ```
/// use mistral::batch::BatchJobQuery;
///
/// let (model, mine): (Option<&str>, bool) = (Some("mistral-small-latest"), true);
/// let builder = BatchJobQuery::builder().maybe_model(model);
/// let q = if mine { builder.created_by_me(true) } else { builder }.build();
/// assert_eq!(q.to_query(), "model=mistral-small-latest&created_by_me=true");
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, Default, PartialEq, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`BatchJobQuery`], from [`BatchJobQuery::builder`]. Every setter \
        (`.x(v)`, `.maybe_x(opt)`) keeps the builder's type, so it may be called conditionally, or again \
        (the last call wins)."
    )
)]
#[non_exhaustive]
pub struct BatchJobQuery {
    /// The page, from 0.
    #[builder(via_mutators, mutators(
        /// The page, from 0.
        pub fn page(&mut self, v: u32) { self.page = Some(v) }
        /// [`page`](Self::page) from an `Option`: `None` unsets it.
        pub fn maybe_page(&mut self, v: Option<u32>) { self.page = v }
    ))]
    pub page: Option<u32>,
    /// Jobs per page (the API's default is 100).
    #[builder(via_mutators, mutators(
        /// Jobs per page (the API's default is 100).
        pub fn page_size(&mut self, v: u32) { self.page_size = Some(v) }
        /// [`page_size`](Self::page_size) from an `Option`: `None` unsets it.
        pub fn maybe_page_size(&mut self, v: Option<u32>) { self.page_size = v }
    ))]
    pub page_size: Option<u32>,
    /// Only jobs of this model.
    #[builder(via_mutators, mutators(
        /// Only jobs of this model.
        pub fn model(&mut self, v: impl Into<String>) { self.model = Some(v.into()) }
        /// [`model`](Self::model) from an `Option`: `None` unsets it.
        pub fn maybe_model(&mut self, v: Option<impl Into<String>>) { self.model = v.map(Into::into) }
    ))]
    pub model: Option<String>,
    /// Only jobs of this agent.
    #[builder(via_mutators, mutators(
        /// Only jobs of this agent.
        pub fn agent_id(&mut self, v: impl Into<String>) { self.agent_id = Some(v.into()) }
        /// [`agent_id`](Self::agent_id) from an `Option`: `None` unsets it.
        pub fn maybe_agent_id(&mut self, v: Option<impl Into<String>>) { self.agent_id = v.map(Into::into) }
    ))]
    pub agent_id: Option<String>,
    /// Only jobs with this metadata (sent as a JSON object).
    #[builder(via_mutators, mutators(
        /// Only jobs with this metadata (sent as a JSON object).
        pub fn metadata(&mut self, v: JsonObject) { self.metadata = Some(v) }
        /// [`metadata`](Self::metadata) from an `Option`: `None` unsets it.
        pub fn maybe_metadata(&mut self, v: Option<JsonObject>) { self.metadata = v }
    ))]
    pub metadata: Option<JsonObject>,
    /// Only jobs created after this RFC 3339 time.
    #[builder(via_mutators, mutators(
        /// Only jobs created after this RFC 3339 time.
        pub fn created_after(&mut self, v: impl Into<String>) { self.created_after = Some(v.into()) }
        /// [`created_after`](Self::created_after) from an `Option`: `None` unsets it.
        pub fn maybe_created_after(&mut self, v: Option<impl Into<String>>) {
            self.created_after = v.map(Into::into)
        }
    ))]
    pub created_after: Option<String>,
    /// Only your own jobs.
    #[builder(via_mutators, mutators(
        /// Only your own jobs.
        pub fn created_by_me(&mut self, v: bool) { self.created_by_me = Some(v) }
        /// [`created_by_me`](Self::created_by_me) from an `Option`: `None` unsets it.
        pub fn maybe_created_by_me(&mut self, v: Option<bool>) { self.created_by_me = v }
    ))]
    pub created_by_me: Option<bool>,
    /// Only jobs in these statuses.
    #[builder(via_mutators, mutators(
        /// Only jobs in these statuses.
        pub fn status(&mut self, v: impl Into<Vec<BatchStatus>>) { self.status = v.into() }
    ))]
    pub status: Vec<BatchStatus>,
    /// Newest first (the default) or oldest first.
    #[builder(via_mutators, mutators(
        /// Newest first (the default) or oldest first.
        pub fn oldest_first(&mut self, v: bool) { self.oldest_first = Some(v) }
        /// [`oldest_first`](Self::oldest_first) from an `Option`: `None` unsets it.
        pub fn maybe_oldest_first(&mut self, v: Option<bool>) { self.oldest_first = v }
    ))]
    pub oldest_first: Option<bool>,
}

impl BatchJobQuery {
    /// The query string (without `?`), lists as repeated keys.
    pub fn to_query(&self) -> String {
        let mut q = Query::default();
        q.opt("page", self.page);
        q.opt("page_size", self.page_size);
        q.opt("model", self.model.as_deref());
        q.opt("agent_id", self.agent_id.as_deref());
        q.opt(
            "metadata",
            self.metadata.as_ref().map(|m| Value::Object(m.clone())),
        );
        q.opt("created_after", self.created_after.as_deref());
        q.opt("created_by_me", self.created_by_me);
        q.each("status", self.status.iter().map(BatchStatus::as_str));
        q.opt(
            "order_by",
            self.oldest_first.map(|o| if o { "created" } else { "-created" }),
        );
        q.0
    }
}

/// A request type that can go into a batch: the endpoint it is for.
pub trait BatchBody: ApiRequest {
    /// The endpoint a batch of these goes to.
    fn endpoint() -> BatchEndpoint;
    /// Whether a batch for `endpoint` may hold this type (text classification requests serve
    /// both moderation and classification).
    fn accepts(endpoint: &BatchEndpoint) -> bool {
        *endpoint == Self::endpoint()
    }
}

macro_rules! batch_body {
    ($($ty:ty => $endpoint:ident $(| $also:ident)?),* $(,)?) => {$(
        impl BatchBody for $ty {
            fn endpoint() -> BatchEndpoint {
                BatchEndpoint::$endpoint
            }
            fn accepts(endpoint: &BatchEndpoint) -> bool {
                matches!(endpoint, BatchEndpoint::$endpoint $(| BatchEndpoint::$also)?)
            }
        }
    )*};
}
batch_body!(
    crate::chat::request::ChatRequest => ChatCompletions,
    crate::embeddings::EmbeddingRequest => Embeddings,
    crate::fim::FimRequest => FimCompletions,
    crate::moderation::ClassificationRequest => Moderations | Classifications,
    crate::moderation::ChatModerationRequest => ChatModerations,
    crate::moderation::ChatClassificationRequest => ChatClassifications,
    crate::ocr::OcrRequest => Ocr,
);

/// A batch job's input, written line by line from typed requests: JSONL of
/// `{"custom_id": ..., "body": ...}`. Each request is validated as it is added; custom ids are
/// unique; the endpoint and the model (one per job) are taken from the requests and left out
/// of the bodies, to be set on the job ([`BatchJobRequest::for_files`]).
#[derive(Clone, Debug, Default)]
pub struct BatchInput {
    endpoint: Option<BatchEndpoint>,
    model: Option<String>,
    jsonl: Vec<u8>,
    ids: HashSet<String>,
    count: usize,
}

impl BatchInput {
    /// An empty input; the first request decides the endpoint.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty input for `endpoint` (e.g. [`BatchEndpoint::Classifications`] for text
    /// classification requests, which otherwise go to moderations).
    pub fn for_endpoint(endpoint: BatchEndpoint) -> Self {
        BatchInput {
            endpoint: Some(endpoint),
            ..Self::default()
        }
    }

    /// Adds `request` under `custom_id`.
    ///
    /// # Errors
    /// The request's own violations (under `requests[custom_id]`), an empty or repeated
    /// custom id, a request for another endpoint, or another model than the earlier ones.
    /// Nothing is added then.
    pub fn push<R: BatchBody>(
        &mut self,
        custom_id: impl Into<String>,
        request: &R,
    ) -> Result<&mut Self, ValidationError> {
        let custom_id = custom_id.into();
        let at = format!("requests[{custom_id:?}]");
        let mut c = Checker::default();
        if let Err(e) = request.check() {
            for v in e.violations() {
                c.push(format!("{at}.{}", v.path), v.message.clone());
            }
        }
        if custom_id.trim().is_empty() {
            c.push("custom_id", "must not be empty");
        } else if self.ids.contains(&custom_id) {
            c.push(at.clone(), "this custom id is already in the batch");
        }
        let endpoint = self.endpoint.clone().unwrap_or_else(R::endpoint);
        if !R::accepts(&endpoint) {
            c.push(
                at.clone(),
                format!("a {} request cannot go to {endpoint}", R::endpoint()),
            );
        }
        let model = request.telemetry().model;
        if let (Some(a), Some(b)) = (self.model.as_deref(), model) {
            if a != b {
                c.push(
                    format!("{at}.model"),
                    format!("a batch job runs one model: {a:?} before, {b:?} here"),
                );
            }
        }
        c.finish()?;
        let mut body = match serde_json::to_value(request) {
            Ok(Value::Object(m)) => m,
            Ok(_) | Err(_) => {
                return Err(ValidationError::single(
                    at,
                    "the request does not serialize to an object",
                ));
            }
        };
        // One model per job, set on the job; and batch requests never stream.
        body.shift_remove("model");
        body.shift_remove("stream");
        let line = BatchRequest {
            custom_id: Some(custom_id.clone()),
            body,
        };
        serde_json::to_writer(&mut self.jsonl, &line)
            .map_err(|_| ValidationError::single(at, "the request does not serialize"))?;
        self.jsonl.push(b'\n');
        self.endpoint = Some(endpoint);
        if self.model.is_none() {
            self.model = model.map(str::to_owned);
        }
        self.ids.insert(custom_id);
        self.count += 1;
        Ok(self)
    }

    /// The number of requests.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether there is no request.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The endpoint of the requests.
    pub fn endpoint(&self) -> Option<&BatchEndpoint> {
        self.endpoint.as_ref()
    }

    /// The model of the requests (set it on the job).
    pub fn model(&self) -> Option<&str> {
        self.model.as_deref()
    }

    /// The JSONL text, one request per line.
    pub fn as_bytes(&self) -> &[u8] {
        &self.jsonl
    }

    /// The JSONL text, one request per line.
    pub fn into_bytes(self) -> Vec<u8> {
        self.jsonl
    }

    /// The requests, for an inline job.
    pub fn requests(&self) -> Vec<BatchRequest> {
        self.jsonl
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .filter_map(|l| serde_json::from_slice(l).ok())
            .collect()
    }
}

/// Why one request of a batch has no result.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum BatchItemError {
    /// The API answered this request with an error.
    Failed {
        /// The HTTP status of the request, when the line gives one.
        status: Option<u16>,
        /// The error's message.
        message: String,
        /// The error object or response body, as sent.
        body: Option<Value>,
    },
    /// The line could not be read (not JSON, no response, or a response of another shape
    /// than the expected type).
    Malformed {
        /// What is wrong.
        message: String,
        /// The line, as it was.
        raw: String,
    },
    /// A whole results file could not be downloaded: the results it holds are missing. One
    /// result (line 0, no custom id) stands for all of them; see
    /// [`BatchOutput::is_complete`].
    FileUnavailable {
        /// The file's id: download it again with the files API.
        file_id: String,
        /// Why (the download's error).
        message: String,
    },
}

impl std::fmt::Display for BatchItemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BatchItemError::Failed {
                status: Some(s),
                message,
                ..
            } => write!(f, "request failed with status {s}: {message}"),
            BatchItemError::Failed { message, .. } => write!(f, "request failed: {message}"),
            BatchItemError::Malformed { message, raw } => {
                write!(
                    f,
                    "unreadable result line ({message}): {}",
                    crate::snippet(raw, 200)
                )
            }
            BatchItemError::FileUnavailable { file_id, message } => {
                write!(
                    f,
                    "results file {file_id} could not be read, its results are missing: {message}"
                )
            }
        }
    }
}

impl std::error::Error for BatchItemError {}

/// One line of an output or error file.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BatchResult<T> {
    /// The line number in its file, from 1 (for inline outputs, the position from 1); 0 for
    /// the result standing for a file that could not be read
    /// ([`BatchItemError::FileUnavailable`]).
    pub line: usize,
    /// The result's own id.
    pub id: Option<String>,
    /// The custom id of its request.
    pub custom_id: Option<String>,
    /// The typed response, or why there is none.
    pub outcome: Result<T, BatchItemError>,
}

/// A batch job's results, typed: every line of its output and error files, in order.
///
/// Nothing is dropped: a line that cannot be read is a [`BatchItemError::Malformed`] result, a
/// file that could not be downloaded a [`BatchItemError::FileUnavailable`] one (check
/// [`is_complete`](Self::is_complete)), and a custom id that repeats keeps every result
/// ([`duplicates`](Self::duplicates)), the first answering [`get`](Self::get).
#[derive(Clone, Debug, PartialEq)]
pub struct BatchOutput<T> {
    results: Vec<BatchResult<T>>,
}

impl<T> Default for BatchOutput<T> {
    fn default() -> Self {
        BatchOutput { results: Vec::new() }
    }
}

impl<T: DeserializeOwned> BatchOutput<T> {
    /// Reads a JSONL output or error file. Never fails: a line that cannot be read is a
    /// [`BatchItemError::Malformed`] result. Blank lines are skipped; CRLF line ends and a
    /// UTF-8 byte-order mark are taken off.
    pub fn parse(jsonl: &[u8]) -> Self {
        let mut out = Self::default();
        out.extend_from_jsonl(jsonl);
        out
    }

    /// Adds the lines of another file (e.g. the error file after the output file), read as
    /// [`parse`](Self::parse) reads them.
    pub fn extend_from_jsonl(&mut self, jsonl: &[u8]) {
        for (i, line) in jsonl.split(|b| *b == b'\n').enumerate() {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            // A byte-order mark (editors on Windows write one) is not JSON: taken off every
            // line, so that files joined together lose nothing either.
            let line = line.strip_prefix(UTF8_BOM).unwrap_or(line);
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let result = match serde_json::from_slice::<Value>(line) {
                Ok(v) => read_line(i + 1, v, line),
                Err(e) => BatchResult {
                    line: i + 1,
                    id: None,
                    custom_id: None,
                    outcome: Err(BatchItemError::Malformed {
                        message: format!("not JSON: {e}"),
                        raw: String::from_utf8_lossy(line).into_owned(),
                    }),
                },
            };
            self.results.push(result);
        }
    }

    /// Reads results given as JSON objects (a job's inline `outputs`).
    pub fn from_values(values: impl IntoIterator<Item = Value>) -> Self {
        let results = values
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                let raw = v.to_string();
                read_line(i + 1, v, raw.as_bytes())
            })
            .collect();
        BatchOutput { results }
    }
}

impl<T> BatchOutput<T> {
    /// Records that a results file could not be read (e.g. its download failed): one
    /// [`BatchItemError::FileUnavailable`] result stands for its lines, so that the output
    /// is not [complete](Self::is_complete).
    pub fn push_unavailable_file(&mut self, file_id: impl Into<String>, message: impl Into<String>) {
        self.results.push(BatchResult {
            line: 0,
            id: None,
            custom_id: None,
            outcome: Err(BatchItemError::FileUnavailable {
                file_id: file_id.into(),
                message: message.into(),
            }),
        });
    }

    /// Whether every results file was read: `false` when one could not be downloaded (its
    /// results are missing; see [`unavailable_files`](Self::unavailable_files)).
    pub fn is_complete(&self) -> bool {
        self.unavailable_files().next().is_none()
    }

    /// The ids of the results files that could not be read.
    pub fn unavailable_files(&self) -> impl Iterator<Item = &str> {
        self.results.iter().filter_map(|r| match &r.outcome {
            Err(BatchItemError::FileUnavailable { file_id, .. }) => Some(file_id.as_str()),
            _ => None,
        })
    }

    /// The result of the request with this custom id: the first, if the id repeats (as in
    /// [`into_map`](Self::into_map); the others are in [`duplicates`](Self::duplicates)).
    pub fn get(&self, custom_id: &str) -> Option<&BatchResult<T>> {
        self.results
            .iter()
            .find(|r| r.custom_id.as_deref() == Some(custom_id))
    }

    /// The results whose custom id an earlier result already has, in order: a request
    /// answered twice (or two requests under one id). [`get`](Self::get) and
    /// [`into_map`](Self::into_map) answer with the first; these are the others.
    pub fn duplicates(&self) -> impl Iterator<Item = &BatchResult<T>> {
        let mut seen = HashSet::new();
        self.results
            .iter()
            .filter(move |r| r.custom_id.as_deref().is_some_and(|id| !seen.insert(id)))
    }

    /// Every result, in file order.
    pub fn iter(&self) -> std::slice::Iter<'_, BatchResult<T>> {
        self.results.iter()
    }

    /// The number of results (lines).
    pub fn len(&self) -> usize {
        self.results.len()
    }

    /// Whether there is no result.
    pub fn is_empty(&self) -> bool {
        self.results.is_empty()
    }

    /// The successes, with their custom ids.
    pub fn successes(&self) -> impl Iterator<Item = (Option<&str>, &T)> {
        self.results
            .iter()
            .filter_map(|r| r.outcome.as_ref().ok().map(|t| (r.custom_id.as_deref(), t)))
    }

    /// The failures and unreadable lines, with their results.
    pub fn failures(&self) -> impl Iterator<Item = (&BatchResult<T>, &BatchItemError)> {
        self.results
            .iter()
            .filter_map(|r| r.outcome.as_ref().err().map(|e| (r, e)))
    }

    /// The results by custom id, with nothing dropped: the first result of a custom id is
    /// under it (as [`get`](Self::get) answers); a result without a custom id, or repeating
    /// one ([`duplicates`](Self::duplicates)), is under `#n`, `n` its position among all
    /// results from 1 (unique across the output and error files, whose line numbers both
    /// start at 1), with `#` appended should a custom id already be that key.
    pub fn into_map(self) -> BTreeMap<String, Result<T, BatchItemError>> {
        let mut map = BTreeMap::new();
        for (i, r) in self.results.into_iter().enumerate() {
            let mut key = match r.custom_id {
                Some(id) if !map.contains_key(&id) => id,
                _ => format!("#{}", i + 1),
            };
            while map.contains_key(&key) {
                key.push('#');
            }
            map.insert(key, r.outcome);
        }
        map
    }
}

impl<T> IntoIterator for BatchOutput<T> {
    type Item = BatchResult<T>;
    type IntoIter = std::vec::IntoIter<BatchResult<T>>;
    fn into_iter(self) -> Self::IntoIter {
        self.results.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a BatchOutput<T> {
    type Item = &'a BatchResult<T>;
    type IntoIter = std::slice::Iter<'a, BatchResult<T>>;
    fn into_iter(self) -> Self::IntoIter {
        self.results.iter()
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The message of an error value: `{"message": ..}` (possibly nested under `error`), a string,
/// or the JSON text.
fn error_message(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Object(m) => m
            .get("message")
            .or_else(|| m.get("detail"))
            .map(|x| match x {
                Value::String(s) => s.clone(),
                other => error_message(other),
            })
            .or_else(|| m.get("error").map(error_message))
            .unwrap_or_else(|| v.to_string()),
        other => other.to_string(),
    }
}

fn read_line<T: DeserializeOwned>(line: usize, v: Value, raw: &[u8]) -> BatchResult<T> {
    let malformed = |message: String| BatchItemError::Malformed {
        message,
        raw: String::from_utf8_lossy(raw).into_owned(),
    };
    let Value::Object(mut m) = v else {
        return BatchResult {
            line,
            id: None,
            custom_id: None,
            outcome: Err(malformed("not a JSON object".into())),
        };
    };
    let text = |v: Option<Value>| match v {
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let id = text(m.remove("id"));
    let custom_id = text(m.remove("custom_id"));
    let error = m.remove("error").filter(|e| !e.is_null());
    let response = m.remove("response").filter(|r| !r.is_null());
    // `{"status_code": .., "body": ..}`, or the body itself.
    let (status, body) = match response {
        Some(Value::Object(mut r)) if r.contains_key("body") || r.contains_key("status_code") => {
            let status = r
                .get("status_code")
                .and_then(Value::as_u64)
                .and_then(|s| u16::try_from(s).ok());
            (status, r.remove("body").filter(|b| !b.is_null()))
        }
        other => (None, other),
    };
    let outcome = if let Some(e) = error {
        Err(BatchItemError::Failed {
            status,
            message: error_message(&e),
            body: Some(e),
        })
    } else if let Some(s) = status.filter(|s| !(200..300).contains(s)) {
        Err(BatchItemError::Failed {
            status: Some(s),
            message: body.as_ref().map(error_message).unwrap_or_default(),
            body,
        })
    } else {
        match body {
            None => Err(malformed("the line has no response and no error".into())),
            Some(b) => T::deserialize(b).map_err(|e| malformed(format!("unexpected response: {e}"))),
        }
    };
    BatchResult {
        line,
        id,
        custom_id,
        outcome,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ChatCompletionResponse, ChatRequest, EmbeddingRequest, Message};

    fn chat(model: &str, q: &str) -> ChatRequest {
        ChatRequest::builder()
            .model(model)
            .messages([Message::user(q)])
            .build()
    }

    #[test]
    fn input_lines_leave_model_and_stream_to_the_job() {
        let mut input = BatchInput::new();
        input.push("a", &chat("m", "one")).unwrap();
        let mut streaming = chat("m", "two");
        streaming.stream = Some(true);
        input.push("b", &streaming).unwrap();
        let text = String::from_utf8(input.as_bytes().to_vec()).unwrap();
        assert_eq!(
            text,
            "{\"custom_id\":\"a\",\"body\":{\"messages\":[{\"role\":\"user\",\"content\":\"one\"}]}}\n\
             {\"custom_id\":\"b\",\"body\":{\"messages\":[{\"role\":\"user\",\"content\":\"two\"}]}}\n"
        );
        let job = BatchJobRequest::for_files(&input, ["f".to_owned()]);
        assert_eq!(job.endpoint, BatchEndpoint::ChatCompletions);
        assert_eq!(job.model.as_deref(), Some("m"));
        assert_eq!(BatchJobRequest::inline(&input).requests.unwrap().len(), 2);
    }

    #[test]
    fn bad_pushes_add_nothing() {
        let mut input = BatchInput::new();
        input.push("a", &chat("m", "one")).unwrap();
        let e = input.push("a", &chat("m", "again")).unwrap_err();
        assert!(e.to_string().contains("already"), "{e}");
        let e = input.push("b", &chat("other", "x")).unwrap_err();
        assert!(e.has("requests[\"b\"].model"), "{e}");
        let e = input
            .push(
                "c",
                &ChatRequest::builder()
                    .model("m")
                    .messages(Vec::<Message>::new())
                    .build(),
            )
            .unwrap_err();
        assert!(e.has("requests[\"c\"].messages"), "{e}");
        let emb = EmbeddingRequest::builder().model("m").input("x").build();
        assert!(input.push("d", &emb).is_err());
        assert_eq!(input.len(), 1);
        assert_eq!(input.as_bytes().iter().filter(|b| **b == b'\n').count(), 1);
    }

    #[test]
    fn job_requests_are_checked() {
        let none = BatchJobRequest::builder()
            .endpoint(BatchEndpoint::Embeddings)
            .build();
        assert!(none.validate().unwrap_err().has("input_files"));
        let bad = BatchJobRequest::builder()
            .endpoint("/v1/chat/completions")
            .input_files([String::new()])
            .timeout_hours(500)
            .metadata([("k".repeat(33), String::new())])
            .build();
        let e = bad.validate().unwrap_err();
        assert!(e.has("input_files[0]") && e.has("timeout_hours"), "{e}");
        assert_eq!(e.violations().len(), 4, "{e}");
    }

    #[test]
    fn every_line_is_a_result() {
        let jsonl = concat!(
            r#"{"id":"1","custom_id":"ok","response":{"status_code":200,"body":{"id":"c","model":"m","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"hi"}}]}}}"#,
            "\r\n\n",
            r#"{"id":"2","custom_id":"bad","response":{"status_code":422,"body":{"object":"error","message":"nope","type":"invalid_request_error"}}}"#,
            "\n",
            r#"{"id":"3","custom_id":"err","error":{"message":"internal","code":500}}"#,
            "\n",
            r#"{"id":"4","custom_id":"shape","response":{"status_code":200,"body":{"choices":"x"}}}"#,
            "\n",
            r#"{"custom_id":"cut","respo"#,
            "\n[1]\n",
            r#"{"id":"5","custom_id":7,"response":null}"#,
        );
        let out = BatchOutput::<ChatCompletionResponse>::parse(jsonl.as_bytes());
        assert_eq!(out.len(), 7);
        assert_eq!(out.get("ok").unwrap().outcome.as_ref().unwrap().text(), "hi");
        assert!(matches!(
            &out.get("bad").unwrap().outcome,
            Err(BatchItemError::Failed { status: Some(422), message, .. }) if message == "nope"
        ));
        assert!(matches!(
            &out.get("err").unwrap().outcome,
            Err(BatchItemError::Failed { status: None, message, .. }) if message == "internal"
        ));
        assert!(matches!(
            &out.get("shape").unwrap().outcome,
            Err(BatchItemError::Malformed { .. })
        ));
        let lines: Vec<usize> = out.iter().map(|r| r.line).collect();
        assert_eq!(lines, [1, 3, 4, 5, 6, 7, 8]);
        assert!(matches!(&out.iter().nth(4).unwrap().outcome,
            Err(BatchItemError::Malformed { raw, .. }) if raw.starts_with("{\"custom_id\":\"cut\"")));
        assert_eq!(out.get("7").unwrap().line, 8);
        assert_eq!(out.successes().count(), 1);
        assert_eq!(out.clone().into_map().len(), 7);
    }

    fn line(custom_id: &str, n: u64) -> String {
        serde_json::json!({"custom_id": custom_id, "response": {"status_code": 200, "body": {"n": n}}})
            .to_string()
    }

    #[test]
    fn a_byte_order_mark_loses_no_line() {
        let file = format!("\u{feff}{}\r\n{}\r\n", line("a", 1), line("b", 2));
        let out = BatchOutput::<Value>::parse(file.as_bytes());
        assert_eq!(out.len(), 2, "{out:?}");
        assert_eq!(out.get("a").unwrap().outcome, Ok(serde_json::json!({"n": 1})));
        assert_eq!(out.get("a").unwrap().line, 1);
        // Files joined together keep their marks mid-text; a mark alone is a blank line.
        let mut joined = BatchOutput::<Value>::parse(file.as_bytes());
        joined.extend_from_jsonl(format!("\u{feff}\n\u{feff}{}\n", line("c", 3)).as_bytes());
        assert_eq!(joined.len(), 3);
        assert_eq!(joined.get("c").unwrap().line, 2);
        assert_eq!(joined.failures().count(), 0);
    }

    #[test]
    fn a_repeated_custom_id_gives_one_answer_and_is_surfaced() {
        let mut out = BatchOutput::<Value>::parse(format!("{}\n{}\n", line("a", 1), line("b", 2)).as_bytes());
        // The error file: `a` again, and a line without an id at line 1 again.
        out.extend_from_jsonl(
            format!(
                "{}\n{}\n",
                line("a", 3),
                r#"{"response":{"status_code":200,"body":{"n":4}}}"#
            )
            .as_bytes(),
        );
        assert_eq!(out.len(), 4);
        assert_eq!(out.get("a").unwrap().outcome, Ok(serde_json::json!({"n": 1})));
        let dups: Vec<usize> = out.duplicates().map(|r| r.line).collect();
        assert_eq!(dups, [1], "the second `a`, line 1 of the error file");
        let map = out.clone().into_map();
        assert_eq!(map["a"], out.get("a").unwrap().outcome, "get and into_map agree");
        assert_eq!(map.len(), 4, "nothing dropped: {:?}", map.keys());
        assert_eq!(map["#3"], Ok(serde_json::json!({"n": 3})));
        assert_eq!(map["#4"], Ok(serde_json::json!({"n": 4})));

        // A custom id that looks like a position key does not hide a result either.
        let tricky = BatchOutput::<Value>::parse(
            format!("{}\n{}\n", line("#2", 1), r#"{"response":{"body":{"n":2}}}"#).as_bytes(),
        );
        let map = tricky.into_map();
        assert_eq!(map.len(), 2, "{:?}", map.keys());
        assert_eq!(map["#2"], Ok(serde_json::json!({"n": 1})));
        assert_eq!(map["#2#"], Ok(serde_json::json!({"n": 2})));
    }

    #[test]
    fn an_unavailable_file_stands_out() {
        let mut out = BatchOutput::<Value>::parse(line("a", 1).as_bytes());
        assert!(out.is_complete());
        out.push_unavailable_file("err-1", "API error 500");
        assert!(!out.is_complete());
        assert_eq!(out.unavailable_files().collect::<Vec<_>>(), ["err-1"]);
        assert_eq!(out.successes().count(), 1);
        let (r, e) = out.failures().next().unwrap();
        assert_eq!((r.line, r.custom_id.as_deref()), (0, None));
        assert!(
            e.to_string().contains("err-1") && e.to_string().contains("500"),
            "{e}"
        );
        assert_eq!(out.into_map().len(), 2);
    }

    #[test]
    fn progress_over_the_total_is_clamped_and_flagged() {
        let job = |total: u64, done: u64, ok: u64, failed: u64| -> BatchJob {
            serde_json::from_value(serde_json::json!({"id": "j", "status": "RUNNING",
                "total_requests": total, "completed_requests": done,
                "succeeded_requests": ok, "failed_requests": failed}))
            .unwrap()
        };
        let p = job(2, 7, 5, 2).progress();
        assert_eq!(
            (p.done, p.total, p.succeeded, p.failed, p.clamped),
            (2, 2, 2, 0, true)
        );
        assert!(p.to_string().starts_with("2/2"), "{p}");
        assert!(p.to_string().contains("more than its total"), "{p}");
        let p = job(4, 1, 3, 3).progress();
        assert_eq!((p.done, p.succeeded, p.failed, p.clamped), (4, 3, 1, true));
        let p = job(10, 4, 3, 1).progress();
        assert_eq!((p.done, p.clamped), (4, false));
        assert_eq!(p.to_string(), "4/10 (1 failed)");
        // A total not counted yet bounds nothing.
        let p = job(0, 3, 3, 0).progress();
        assert_eq!((p.done, p.total, p.clamped), (3, 0, false));
        let p = job(5, u64::MAX, u64::MAX, u64::MAX).progress();
        assert_eq!((p.done, p.succeeded, p.failed), (5, 5, 0));
    }

    #[test]
    fn jobs_parse_leniently() {
        let job: BatchJob = serde_json::from_str(
            r#"{"id":"b1","object":"batch","input_files":["f"],"endpoint":"/v1/chat/completions",
            "model":"m","output_file":null,"error_file":null,"errors":[],"status":"RUNNING",
            "created_at":1,"total_requests":10,"completed_requests":4,"succeeded_requests":3,
            "failed_requests":1,"started_at":2,"completed_at":null,"metadata":null}"#,
        )
        .unwrap();
        assert!(!job.is_terminal());
        assert_eq!(job.progress().to_string(), "4/10 (1 failed)");
        let odd: BatchJob = serde_json::from_str(
            r#"{"id":"b2","status":"PAUSED","errors":["quota", {"message":"bad line","count":2.0}],
            "created_at":"2025-01-02T03:04:05Z","started_at":"1735787045","total_requests":null,
            "completed_requests":3.0}"#,
        )
        .unwrap();
        assert_eq!(odd.errors[0].message, "quota");
        assert_eq!(odd.errors[1].count, Some(2));
        assert_eq!(odd.created_at, Some(1_735_787_045));
        assert_eq!(odd.started_at, Some(1_735_787_045));
        assert_eq!((odd.total_requests, odd.completed_requests), (0, 3));
        let inline: BatchJob = serde_json::from_str(
            r#"{"id":"b3","status":"SUCCESS","outputs":[{"custom_id":"a","response":{"status_code":200,"body":{"n":1}}},"oops"]}"#,
        )
        .unwrap();
        let out = BatchOutput::<Value>::from_values(inline.outputs.unwrap());
        assert_eq!(out.get("a").unwrap().outcome, Ok(serde_json::json!({"n": 1})));
        assert!(matches!(
            out.iter().nth(1).unwrap().outcome,
            Err(BatchItemError::Malformed { .. })
        ));
        assert_eq!(odd.status, BatchStatus::Other("PAUSED".into()));
        assert!(!odd.is_terminal());
    }
}
