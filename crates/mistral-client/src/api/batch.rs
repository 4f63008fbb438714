//! Batch jobs: `POST|GET /v1/batch/jobs`, `GET|DELETE /v1/batch/jobs/{id}`,
//! `POST /v1/batch/jobs/{id}/cancel`; with `submit`, `wait` and typed `results` on top.

use std::time::Duration;

use http::Method;
use mistral_types::batch::{
    BatchInput, BatchJob, BatchJobList, BatchJobQuery, BatchJobRequest, BatchOutput, DeletedBatchJob,
};
use mistral_types::files::{FileContent, FilePurpose, FileUpload};
use serde::de::DeserializeOwned;
use tokio::time::Instant;

use super::Sealed;
use crate::error::{Error, Result, TimeoutPhase};
use crate::meta::WithMeta;
use crate::pipeline::{segment, Call, Decode, Handle};

/// The batch API (the marker type of [`Batch`]).
#[derive(Debug)]
pub enum BatchApi {}
impl Sealed for BatchApi {}

/// Batch job calls: create, list, get, cancel, delete; and `submit` (upload an input and
/// create its job), `wait` (poll until done, reporting progress) and typed `results`.
///
/// ```no_run
/// # async fn run(client: mistral_client::Client) -> Result<(), mistral_client::Error> {
/// use mistral_client::api::WaitOptions;
/// use mistral_types::batch::BatchInput;
/// use mistral_types::{ChatCompletionResponse, ChatRequest, Message};
///
/// let mut input = BatchInput::new();
/// for (id, q) in [("a", "Best French cheese?"), ("b", "Best French wine?")] {
///     let request = ChatRequest::builder()
///         .model("mistral-small-latest")
///         .messages([Message::user(q)])
///         .build();
///     input.push(id, &request)?;
/// }
/// let job = client.batch().submit(&input).await?;
/// let job = client
///     .batch()
///     .wait(&job.id, &WaitOptions::default(), |j| eprintln!("{:?} {}", j.status, j.progress()))
///     .await?;
/// let results = client.batch().results::<ChatCompletionResponse>(&job).await?;
/// for r in &results {
///     match &r.outcome {
///         Ok(reply) => println!("{:?}: {}", r.custom_id, reply.text()),
///         Err(e) => eprintln!("{:?}: {e}", r.custom_id),
///     }
/// }
/// # Ok(()) }
/// ```
pub type Batch<'a> = Handle<'a, BatchApi>;

shell_by_id!(BatchJob, DeletedBatchJob);

impl Decode for BatchJobList {
    fn is_empty_shell(&self) -> bool {
        self.data.is_empty() && self.object.is_none() && self.total.is_none()
    }
}

/// How [`Batch::wait`] polls: the first interval, growing by half each poll up to a
/// ceiling, and an optional deadline.
#[derive(Clone, Debug)]
#[must_use]
pub struct WaitOptions {
    first: Duration,
    max: Duration,
    deadline: Option<Duration>,
}

impl Default for WaitOptions {
    /// 1 s, growing to 30 s, no deadline (a job has its own timeout, 24 h by default).
    fn default() -> Self {
        WaitOptions {
            first: Duration::from_secs(1),
            max: Duration::from_secs(30),
            deadline: None,
        }
    }
}

impl WaitOptions {
    /// The defaults: 1 s growing to 30 s, no deadline.
    pub fn new() -> Self {
        Self::default()
    }

    /// The first interval between polls.
    pub fn poll_interval(mut self, d: Duration) -> Self {
        self.first = d;
        self
    }

    /// The longest interval between polls.
    pub fn max_interval(mut self, d: Duration) -> Self {
        self.max = d;
        self
    }

    /// Gives up (a timeout error, [`TimeoutPhase::Wait`]) after this long; the job goes on.
    pub fn timeout(mut self, d: Option<Duration>) -> Self {
        self.deadline = d;
        self
    }
}

impl Handle<'_, BatchApi> {
    /// Creates a job.
    ///
    /// # Errors
    /// An invalid request is rejected before sending; otherwise as every call.
    pub async fn create(&self, request: &BatchJobRequest) -> Result<WithMeta<BatchJob>> {
        let body = self.encode(request)?;
        self.fetch(Call::post("create_batch_job", "/v1/batch/jobs", body).about(request))
            .await
    }

    /// Uploads `input` as a JSONL file (purpose `batch`) and creates its job, with the
    /// input's endpoint and model. For metadata or a timeout, upload and
    /// [`create`](Self::create) with [`BatchJobRequest::for_files`] instead.
    ///
    /// # Errors
    /// An empty input is rejected before sending; otherwise as the upload and the creation.
    pub async fn submit(&self, input: &BatchInput) -> Result<WithMeta<BatchJob>> {
        if input.is_empty() {
            return Err(
                mistral_types::ValidationError::single("requests", "the batch has no request").into(),
            );
        }
        let upload = FileUpload::builder()
            .file(FileContent::bytes("batch-input.jsonl", input.as_bytes().to_vec()))
            .purpose(FilePurpose::Batch)
            .build();
        let handle: Handle<'_, super::FilesApi> = Handle::new(self.client).options(self.opts.clone());
        let file = handle.upload(&upload).await?;
        self.create(&BatchJobRequest::for_files(input, [file.into_inner().id]))
            .await
    }

    /// A page of jobs, filtered.
    ///
    /// # Errors
    /// As every call.
    pub async fn list(&self, query: &BatchJobQuery) -> Result<WithMeta<BatchJobList>> {
        self.check_headers()?;
        let q = query.to_query();
        let path = if q.is_empty() {
            "/v1/batch/jobs".to_owned()
        } else {
            format!("/v1/batch/jobs?{q}")
        };
        self.fetch(Call::bare("list_batch_jobs", Method::GET, path)).await
    }

    /// One job.
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn get(&self, job_id: &str) -> Result<WithMeta<BatchJob>> {
        self.get_job(job_id, false).await
    }

    /// One job with its results inline (`outputs`), for jobs of inline requests.
    ///
    /// # Errors
    /// As every call.
    pub async fn get_with_outputs(&self, job_id: &str) -> Result<WithMeta<BatchJob>> {
        self.get_job(job_id, true).await
    }

    async fn get_job(&self, job_id: &str, inline: bool) -> Result<WithMeta<BatchJob>> {
        self.check_headers()?;
        let mut path = format!("/v1/batch/jobs/{}", segment("job_id", job_id)?);
        if inline {
            path.push_str("?inline=true");
        }
        self.fetch(Call::bare("get_batch_job", Method::GET, path)).await
    }

    /// Asks the job to stop; it goes through `CANCELLATION_REQUESTED` to `CANCELLED`.
    ///
    /// # Errors
    /// As every call.
    pub async fn cancel(&self, job_id: &str) -> Result<WithMeta<BatchJob>> {
        self.check_headers()?;
        let path = format!("/v1/batch/jobs/{}/cancel", segment("job_id", job_id)?);
        self.fetch(Call::bare("cancel_batch_job", Method::POST, path))
            .await
    }

    /// Deletes a job.
    ///
    /// # Errors
    /// As every call.
    pub async fn delete(&self, job_id: &str) -> Result<WithMeta<DeletedBatchJob>> {
        self.check_headers()?;
        let path = format!("/v1/batch/jobs/{}", segment("job_id", job_id)?);
        self.fetch(Call::bare("delete_batch_job", Method::DELETE, path))
            .await
    }

    /// Polls the job until it reaches a terminal status (success, failure, timeout,
    /// cancelled), calling `on_progress` with each state read (see
    /// [`BatchJob::progress`](mistral_types::BatchJob::progress)). Each poll is a call with
    /// this handle's retries and timeouts.
    ///
    /// # Errors
    /// A poll that fails (after its retries), or the wait's deadline
    /// ([`TimeoutPhase::Wait`]). A job that ends in failure is not an error: check its status.
    pub async fn wait(
        &self,
        job_id: &str,
        options: &WaitOptions,
        mut on_progress: impl FnMut(&BatchJob) + Send,
    ) -> Result<BatchJob> {
        let deadline = options.deadline.map(|d| Instant::now() + d);
        let mut interval = options.first;
        loop {
            let job = self.get(job_id).await?.into_inner();
            on_progress(&job);
            if job.is_terminal() {
                return Ok(job);
            }
            let mut wake = Instant::now() + interval;
            if let Some(d) = deadline {
                if wake >= d {
                    if Instant::now() >= d {
                        return Err(Error::timeout(TimeoutPhase::Wait));
                    }
                    // One last look at the deadline itself.
                    wake = d;
                }
            }
            tokio::time::sleep_until(wake).await;
            interval = interval.mul_f64(1.5).min(options.max.max(options.first));
        }
    }

    /// The job's results, typed as `T` (e.g. `ChatCompletionResponse` for chat jobs): its
    /// inline outputs, or its output file then its error file, downloaded. Every line is a
    /// result: a request's own error and a line that cannot be read are errors of that line.
    ///
    /// # Errors
    /// A download that fails; as every call.
    pub async fn results<T: DeserializeOwned>(&self, job: &BatchJob) -> Result<BatchOutput<T>> {
        if let Some(outputs) = &job.outputs {
            return Ok(BatchOutput::from_values(outputs.iter().cloned()));
        }
        let files: Handle<'_, super::FilesApi> = Handle::new(self.client).options(self.opts.clone());
        let mut out = BatchOutput::default();
        for id in [&job.output_file, &job.error_file].into_iter().flatten() {
            let bytes = files.content(id).await?.into_inner();
            out.extend_from_jsonl(&bytes);
        }
        Ok(out)
    }
}
