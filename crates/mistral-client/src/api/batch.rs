//! Batch jobs: `POST|GET /v1/batch/jobs`, `GET|DELETE /v1/batch/jobs/{id}`,
//! `POST /v1/batch/jobs/{id}/cancel`; with `submit`, `wait` and typed `results` on top.

use http::Method;
use mistral_types::batch::{
    BatchInput, BatchJob, BatchJobList, BatchJobQuery, BatchJobRequest, BatchOutput, DeletedBatchJob,
};
use mistral_types::files::{FileContent, FilePurpose, FileUpload};
use serde::de::DeserializeOwned;

use crate::calls::{upload_methods, with_query};
use crate::error::Result;
use crate::meta::WithMeta;
use crate::paginate::{self, Paginator};
use crate::pipeline::{segment, Call};
use crate::upload::ProgressFn;

crate::pipeline::handle! {
    /// Batch job calls: create, list, get, cancel, delete; and `submit` (upload an input and
    /// create its job; `submit_with_progress` reports the upload), `wait` (poll until done,
    /// reporting progress) and typed `results`.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::batch::WaitOptions;
    /// use mistral::batch::BatchInput;
    /// use mistral::chat::{ChatCompletionResponse, ChatRequest, Message};
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
    Batch
}

shell_by_id!(BatchJob);

pub use crate::poll::WaitOptions;

impl Batch<'_> {
    /// Creates a job.
    ///
    /// # Errors
    /// An invalid request is rejected before sending; otherwise as every call.
    pub async fn create(&self, request: &BatchJobRequest) -> Result<WithMeta<BatchJob>> {
        let body = self.core.encode(request)?;
        self.core
            .fetch(Call::post("create_batch_job", "/v1/batch/jobs", body).about(request))
            .await
    }

    upload_methods! {
        /// Uploads `input` as a JSONL file (purpose `batch`) and creates its job, with the
        /// input's endpoint and model. For metadata or a timeout, upload and
        /// [`create`](Self::create) with [`BatchJobRequest::for_files`] instead.
        ///
        /// Two calls: when the upload succeeds and the job creation fails, the uploaded file stays
        /// in the account and the error names it ([`Error::file_id`](crate::Error::file_id)). Create the job from it
        /// later, without uploading again, or delete it:
        ///
        /// ```no_run
        /// # async fn run(client: mistral::Client, input: mistral::batch::BatchInput)
        /// # -> Result<(), mistral::Error> {
        /// use mistral::batch::BatchJobRequest;
        ///
        /// let job = match client.batch().submit(&input).await {
        ///     Ok(job) => job,
        ///     Err(e) => match e.file_id() {
        ///         // Uploaded, but no job: retry the creation alone (or `client.files().delete(id)`).
        ///         Some(id) => {
        ///             let request = BatchJobRequest::for_files(&input, [id.to_owned()]);
        ///             client.batch().create(&request).await?
        ///         }
        ///         None => return Err(e), // nothing was left behind
        ///     },
        /// };
        /// # let _ = job; Ok(()) }
        /// ```
        ///
        /// # Errors
        /// An empty input is rejected before sending; otherwise as the upload, and as the creation
        /// with [`Error::file_id`](crate::Error::file_id) naming the uploaded file.
        pub fn submit /
        /// The job's creation that follows reports nothing: it sends no file.
        ///
        /// ```no_run
        /// # async fn run(client: mistral::Client, input: mistral::batch::BatchInput)
        /// # -> Result<(), mistral::Error> {
        /// let job = client
        ///     .batch()
        ///     .submit_with_progress(&input, |p| eprintln!("uploading: {}/{} bytes", p.sent, p.total))
        ///     .await?;
        /// # let _ = job; Ok(()) }
        /// ```
        submit_with_progress(input: &BatchInput) -> WithMeta<BatchJob> => send_submit
    }

    async fn send_submit(
        &self,
        input: &BatchInput,
        progress: Option<ProgressFn>,
    ) -> Result<WithMeta<BatchJob>> {
        if input.is_empty() {
            return Err(
                mistral_types::ValidationError::single("requests", "the batch has no request").into(),
            );
        }
        // What can be refused before sending is refused before the upload: no file is left
        // behind for it.
        self.core.check_headers()?;
        BatchJobRequest::for_files(input, ["file-to-upload".to_owned()]).validate()?;
        let upload = FileUpload::builder()
            .file(FileContent::bytes("batch-input.jsonl", input.as_bytes().to_vec()))
            .purpose(FilePurpose::Batch)
            .build();
        let files = super::Files::with_core(self.core.clone());
        let file_id = files.send_upload(&upload, progress).await?.into_inner().id;
        self.create(&BatchJobRequest::for_files(input, [file_id.clone()]))
            .await
            .map_err(|e| {
                tracing::warn!(file_id = %file_id, error = %e, "batch input uploaded, but its job could not be created");
                e.with_file_id(file_id)
            })
    }

    /// A page of jobs, filtered.
    ///
    /// # Errors
    /// As every call.
    pub async fn list(&self, query: &BatchJobQuery) -> Result<WithMeta<BatchJobList>> {
        let path = with_query("/v1/batch/jobs", &query.to_query());
        self.core
            .read(Call::bare("list_batch_jobs", Method::GET, path))
            .await
    }

    /// Every job matching `query`, lazily, page after page from `query`'s page (0 when
    /// unset), `page_size` jobs at a time: each page a call of its own, retried on its own.
    /// See [`Paginator`] for when the listing ends.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::batch::{BatchJobQuery, BatchStatus};
    ///
    /// let query = BatchJobQuery::builder().status(vec![BatchStatus::Running]).page_size(50).build();
    /// let mut pages = client.batch().list_all(&query).by_page();
    /// while let Some(page) = pages.next().await {
    ///     let page = page?;
    ///     println!("page {}: {} jobs of {:?}", page.index, page.items.len(), page.total);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_all(&self, query: &BatchJobQuery) -> Paginator<BatchJob> {
        let query = query.clone();
        paginate::page_numbered(
            &self.core,
            "list_batch_jobs",
            (query.page, query.page_size),
            move |page| {
                let mut q = query.clone();
                q.page = Some(page);
                format!("/v1/batch/jobs?{}", q.to_query())
            },
            |list: BatchJobList| (list.data, list.total),
        )
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
        self.core.check_headers()?;
        let mut path = format!("/v1/batch/jobs/{}", segment("job_id", job_id)?);
        if inline {
            path.push_str("?inline=true");
        }
        self.core
            .fetch(Call::bare("get_batch_job", Method::GET, path))
            .await
    }

    /// Asks the job to stop; it goes through `CANCELLATION_REQUESTED` to `CANCELLED`.
    ///
    /// # Errors
    /// As every call.
    pub async fn cancel(&self, job_id: &str) -> Result<WithMeta<BatchJob>> {
        self.core.check_headers()?;
        let path = format!("/v1/batch/jobs/{}/cancel", segment("job_id", job_id)?);
        self.core
            .fetch(Call::bare("cancel_batch_job", Method::POST, path))
            .await
    }

    /// Deletes a job.
    ///
    /// # Errors
    /// As every call.
    pub async fn delete(&self, job_id: &str) -> Result<WithMeta<DeletedBatchJob>> {
        self.core.check_headers()?;
        let path = format!("/v1/batch/jobs/{}", segment("job_id", job_id)?);
        self.core
            .fetch(Call::bare("delete_batch_job", Method::DELETE, path))
            .await
    }

    /// Polls the job until it reaches a terminal status (success, failure, timeout,
    /// cancelled), calling `on_progress` with each state read (see
    /// [`BatchJob::progress`](mistral_types::BatchJob::progress)). Each poll is a call with
    /// this handle's retries and timeouts, cut at the wait's deadline: the deadline holds
    /// whatever the server does (no answer, `503` with `Retry-After` forever), retries and
    /// back-off sleeps included. Polls are [`WaitOptions::MIN_POLL_INTERVAL`] apart at least;
    /// when the next one would fall past the deadline, one last poll is made halfway to it.
    ///
    /// # Errors
    /// A poll that fails (after its retries, or at this handle's own total timeout), or the
    /// wait's deadline ([`TimeoutPhase::Wait`](crate::TimeoutPhase::Wait), an [`ErrorKind::Timeout`](crate::ErrorKind)).
    /// A job that ends in failure is not an error: check its status.
    pub async fn wait(
        &self,
        job_id: &str,
        options: &WaitOptions,
        on_progress: impl FnMut(&BatchJob) + Send,
    ) -> Result<BatchJob> {
        crate::poll::until_settled(
            &self.core,
            options,
            |core| async move { Ok(Batch::with_core(core).get(job_id).await?.into_inner()) },
            BatchJob::is_terminal,
            on_progress,
        )
        .await
    }

    /// The job's results, typed as `T` (e.g. `ChatCompletionResponse` for chat jobs): its
    /// inline outputs, or its output file then its error file, downloaded. Every line is a
    /// result: a request's own error and a line that cannot be read are errors of that line.
    ///
    /// The two files fail differently. The output file failing fails the call, naming the
    /// file ([`Error::file_id`](crate::Error::file_id)): there is nothing to give. The error file failing (after its
    /// retries) keeps the outputs already read, and adds one result standing for the missing
    /// file, a [`BatchItemError::FileUnavailable`](mistral_types::BatchItemError) error with
    /// its id: it counts among the [`failures`](BatchOutput::failures), and
    /// [`is_complete`](BatchOutput::is_complete) is then `false`.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client, job: mistral::batch::BatchJob)
    /// # -> Result<(), mistral::Error> {
    /// use mistral::chat::ChatCompletionResponse;
    ///
    /// let results = client.batch().results::<ChatCompletionResponse>(&job).await?;
    /// for id in results.unavailable_files() {
    ///     eprintln!("the errors in file {id} are missing: download it again later");
    /// }
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// The output file's download failing (with [`Error::file_id`](crate::Error::file_id)); as every call.
    pub async fn results<T: DeserializeOwned>(&self, job: &BatchJob) -> Result<BatchOutput<T>> {
        if let Some(outputs) = &job.outputs {
            return Ok(BatchOutput::from_values(outputs.iter().cloned()));
        }
        // A bad per-call header is the caller's error, never a file marked unavailable.
        self.core.check_headers()?;
        let files = super::Files::with_core(self.core.clone());
        let mut out = BatchOutput::default();
        if let Some(id) = &job.output_file {
            let bytes = files
                .content(id)
                .await
                .map_err(|e| e.with_file_id(id.clone()))?
                .into_inner();
            out.extend_from_jsonl(&bytes);
        }
        if let Some(id) = &job.error_file {
            match files.content(id).await {
                Ok(bytes) => out.extend_from_jsonl(&bytes),
                Err(e) => {
                    tracing::warn!(file_id = %id, error = %e, "the batch job's error file could not be downloaded");
                    out.push_unavailable_file(id.clone(), e.to_string());
                }
            }
        }
        Ok(out)
    }
}

crate::pipeline::per_call_setters!(Batch => core.opts);
