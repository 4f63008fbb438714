//! A blocking client (feature `blocking`), like `reqwest::blocking`: the same handles and
//! calls as the async [`Client`](crate::Client), from a plain `fn main`, run on a private
//! runtime (one worker thread) that the client owns.
//!
//! ```no_run
//! use mistral_client::blocking::Client;
//! use mistral_types::{ChatRequest, Message};
//!
//! fn main() -> Result<(), mistral_client::Error> {
//!     let client = Client::from_env()?;
//!     let request = ChatRequest::builder()
//!         .model("mistral-small-latest")
//!         .messages([Message::user("Hello!")])
//!         .build();
//!     println!("{}", client.chat().complete(&request)?.text());
//!     for delta in client.chat().stream(&request)?.text() {
//!         print!("{}", delta?);
//!     }
//!     Ok(())
//! }
//! ```
//!
//! Called from inside an async runtime (a `#[tokio::main]` or a task), every call returns an
//! error of kind [`Builder`](crate::ErrorKind::Builder) saying so, at once: it never blocks a
//! runtime thread, never deadlocks and never panics. Use the async client there.

use std::future::Future;
use std::sync::Arc;

use mistral_types::{
    ArchivedModel, Capability, ChatCompletionResponse, CompletionChunk, Conversation, DeletedModel,
    EmbeddingRequest, EmbeddingVectors, FineTunedModel, ModelCard, ModelList, UpdateModelRequest,
};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::api::{CompletionsApi, EmbeddingsApi, ModelsApi};
use crate::error::{Error, Result};
use crate::meta::{ResponseMeta, WithMeta};
use crate::pipeline::CallOptions;
use crate::stream::ChatStream;
use crate::structured::Parsed;
use crate::tools::{ToolRun, Tools};

/// The runtime the blocking client runs its calls on. Shut down in the background when the
/// last client clone goes, so that dropping a client never blocks or panics.
struct Runtime(Option<tokio::runtime::Runtime>);

impl Drop for Runtime {
    fn drop(&mut self) {
        if let Some(rt) = self.0.take() {
            rt.shutdown_background();
        }
    }
}

impl Runtime {
    /// Runs `fut` to completion on the private runtime, or fails when called from inside an
    /// async runtime (where blocking the thread could deadlock it).
    fn run<T>(&self, fut: impl Future<Output = Result<T>>) -> Result<T> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(Error::builder(
                "the blocking client was called from inside an async runtime, where blocking \
                 would stall it: use mistral_client::Client (async) there",
            ));
        }
        match &self.0 {
            Some(rt) => rt.block_on(fut),
            None => Err(Error::builder("the blocking client's runtime is shut down")),
        }
    }
}

/// A blocking Mistral API client: the async [`Client`](crate::Client) and a private runtime.
/// Cheap to clone; clones share the connection pool and the runtime.
#[derive(Clone)]
pub struct Client {
    client: crate::Client,
    rt: Arc<Runtime>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("blocking::Client")
            .field("client", &self.client)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A blocking client around `client` (built with [`Client::builder`](crate::Client::builder)).
    ///
    /// # Errors
    /// When the runtime's worker thread cannot be started.
    pub fn new(client: crate::Client) -> Result<Self> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("mistral-blocking")
            .enable_all()
            .build()
            .map_err(|e| Error::builder("could not start the blocking client's runtime").with_source(e))?;
        Ok(Client {
            client,
            rt: Arc::new(Runtime(Some(rt))),
        })
    }

    /// A blocking client from `MISTRAL_API_KEY` (and `MISTRAL_BASE_URL`).
    ///
    /// # Errors
    /// As [`Client::from_env`](crate::Client::from_env).
    pub fn from_env() -> Result<Self> {
        Self::new(crate::Client::from_env()?)
    }

    /// The async client inside.
    pub fn as_async(&self) -> &crate::Client {
        &self.client
    }

    fn handle<'a, K>(&'a self, inner: crate::Handle<'a, K>) -> Handle<'a, K> {
        Handle { inner, rt: &self.rt }
    }

    /// Chat completions.
    pub fn chat(&self) -> Handle<'_, crate::api::ChatApi> {
        self.handle(self.client.chat())
    }

    /// FIM completions.
    pub fn fim(&self) -> Handle<'_, crate::api::FimApi> {
        self.handle(self.client.fim())
    }

    /// Agents completions.
    pub fn agents(&self) -> Handle<'_, crate::api::AgentsApi> {
        self.handle(self.client.agents())
    }

    /// Embeddings.
    pub fn embeddings(&self) -> Handle<'_, EmbeddingsApi> {
        self.handle(self.client.embeddings())
    }

    /// Models.
    pub fn models(&self) -> Handle<'_, ModelsApi> {
        self.handle(self.client.models())
    }

    /// Moderation.
    pub fn moderations(&self) -> Handle<'_, crate::api::ModerationsApi> {
        self.handle(self.client.moderations())
    }

    /// OCR.
    pub fn ocr(&self) -> Handle<'_, crate::api::OcrApi> {
        self.handle(self.client.ocr())
    }

    /// Classification.
    pub fn classifiers(&self) -> Handle<'_, crate::api::ClassifiersApi> {
        self.handle(self.client.classifiers())
    }

    /// Files.
    pub fn files(&self) -> Handle<'_, crate::api::FilesApi> {
        self.handle(self.client.files())
    }

    /// Batch jobs.
    pub fn batch(&self) -> Handle<'_, crate::api::BatchApi> {
        self.handle(self.client.batch())
    }
}

/// The blocking twin of [`Handle`](crate::Handle): the same per-call options and calls.
#[must_use]
pub struct Handle<'a, K> {
    inner: crate::Handle<'a, K>,
    rt: &'a Runtime,
}

impl<K> Clone for Handle<'_, K> {
    fn clone(&self) -> Self {
        Handle {
            inner: self.inner.clone(),
            rt: self.rt,
        }
    }
}

impl<K> std::fmt::Debug for Handle<'_, K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Handle").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Handle<'_, K> => inner);

impl<K> Handle<'_, K> {
    /// Replaces this handle's overrides with `opts`.
    pub fn options(mut self, opts: CallOptions) -> Self {
        self.inner = self.inner.options(opts);
        self
    }
}

/// Blocking calls, each the async call run to completion on the client's runtime.
macro_rules! calls {
    (impl[$($bounds:tt)*] $ty:ty { $($(#[$doc:meta])* fn $name:ident $(<$($g:ident: $gb:path),*>)? ($($arg:ident: $aty:ty),*) -> $ret:ty;)* }) => {
        impl<$($bounds)*> $ty {
            $(
                $(#[$doc])*
                ///
                /// # Errors
                /// As the async call; and when called from inside an async runtime.
                pub fn $name $(<$($g: $gb),*>)? (&self, $($arg: $aty),*) -> Result<$ret> {
                    self.rt.run(self.inner.$name $(::<$($g),*>)? ($($arg),*))
                }
            )*
        }
    };
}

calls! {
    impl[K: CompletionsApi] Handle<'_, K> {
        /// [`complete`](crate::Handle::complete), blocking.
        fn complete(request: &K::Request) -> WithMeta<ChatCompletionResponse>;
    }
}

calls! {
    impl[] Handle<'_, EmbeddingsApi> {
        /// [`create`](crate::Handle::create), blocking.
        fn create(request: &EmbeddingRequest) -> WithMeta<EmbeddingVectors>;
        /// [`create_batched`](crate::Handle::create_batched), blocking.
        fn create_batched(request: &EmbeddingRequest, batch_size: usize, concurrency: usize) -> EmbeddingVectors;
    }
}

calls! {
    impl[] Handle<'_, ModelsApi> {
        /// [`list`](crate::Handle::list), blocking.
        fn list() -> WithMeta<ModelList>;
        /// [`list_filtered`](crate::Handle::list_filtered), blocking.
        fn list_filtered(provider: Option<&str>, model: Option<&str>) -> WithMeta<ModelList>;
        /// [`with_capabilities`](crate::Handle::with_capabilities), blocking.
        fn with_capabilities(caps: &[Capability]) -> Vec<ModelCard>;
        /// [`retrieve`](crate::Handle::retrieve), blocking.
        fn retrieve(model_id: &str) -> WithMeta<ModelCard>;
        /// [`delete`](crate::Handle::delete), blocking.
        fn delete(model_id: &str) -> WithMeta<DeletedModel>;
        /// [`update`](crate::Handle::update), blocking.
        fn update(model_id: &str, update: &UpdateModelRequest) -> WithMeta<FineTunedModel>;
        /// [`archive`](crate::Handle::archive), blocking.
        fn archive(model_id: &str) -> WithMeta<ArchivedModel>;
        /// [`unarchive`](crate::Handle::unarchive), blocking.
        fn unarchive(model_id: &str) -> WithMeta<ArchivedModel>;
    }
}

calls! {
    impl[] Handle<'_, crate::api::ModerationsApi> {
        /// [`moderate`](crate::Handle::moderate), blocking.
        fn moderate(request: &mistral_types::ModerationRequest) -> WithMeta<mistral_types::ModerationResponse>;
        /// [`moderate_chat`](crate::Handle::moderate_chat), blocking.
        fn moderate_chat(request: &mistral_types::ChatModerationRequest) -> WithMeta<mistral_types::ModerationResponse>;
    }
}

calls! {
    impl[] Handle<'_, crate::api::ClassifiersApi> {
        /// [`classify`](crate::Handle::classify), blocking.
        fn classify(request: &mistral_types::ClassificationRequest) -> WithMeta<mistral_types::ClassificationResponse>;
        /// [`classify_chat`](crate::Handle::classify_chat), blocking.
        fn classify_chat(request: &mistral_types::ChatClassificationRequest) -> WithMeta<mistral_types::ClassificationResponse>;
    }
}

calls! {
    impl[] Handle<'_, crate::api::OcrApi> {
        /// [`process`](crate::Handle::process), blocking.
        fn process(request: &mistral_types::OcrRequest) -> WithMeta<mistral_types::OcrResponse>;
    }
}

calls! {
    impl[] Handle<'_, crate::api::FilesApi> {
        /// [`upload`](crate::Handle::upload), blocking.
        fn upload(upload: &mistral_types::files::FileUpload) -> WithMeta<mistral_types::files::FileObject>;
        /// [`upload_with_progress`](crate::Handle::upload_with_progress), blocking.
        fn upload_with_progress(
            upload: &mistral_types::files::FileUpload,
            progress: impl Fn(crate::UploadProgress) + Send + Sync + 'static
        ) -> WithMeta<mistral_types::files::FileObject>;
        /// [`list`](crate::Handle::list), blocking.
        fn list(query: &mistral_types::files::FileListQuery) -> WithMeta<mistral_types::files::FileList>;
        /// [`retrieve`](crate::Handle::retrieve), blocking.
        fn retrieve(file_id: &str) -> WithMeta<mistral_types::files::FileObject>;
        /// [`delete`](crate::Handle::delete), blocking.
        fn delete(file_id: &str) -> WithMeta<mistral_types::files::DeletedFile>;
        /// [`content`](crate::Handle::content), blocking.
        fn content(file_id: &str) -> WithMeta<bytes::Bytes>;
        /// [`signed_url`](crate::Handle::signed_url), blocking.
        fn signed_url(file_id: &str, expiry_hours: Option<u32>) -> WithMeta<mistral_types::files::SignedUrl>;
    }
}

impl Handle<'_, crate::api::FilesApi> {
    /// [`download`](crate::Handle::download), blocking, into any [`std::io::Write`].
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn download<W: std::io::Write + Send + ?Sized>(
        &self,
        file_id: &str,
        out: &mut W,
    ) -> Result<WithMeta<u64>> {
        self.rt.run(self.inner.download_std(file_id, out))
    }
}

calls! {
    impl[] Handle<'_, crate::api::BatchApi> {
        /// [`create`](crate::Handle::create), blocking.
        fn create(request: &mistral_types::batch::BatchJobRequest) -> WithMeta<mistral_types::batch::BatchJob>;
        /// [`submit`](crate::Handle::submit), blocking.
        fn submit(input: &mistral_types::batch::BatchInput) -> WithMeta<mistral_types::batch::BatchJob>;
        /// [`list`](crate::Handle::list), blocking.
        fn list(query: &mistral_types::batch::BatchJobQuery) -> WithMeta<mistral_types::batch::BatchJobList>;
        /// [`get`](crate::Handle::get), blocking.
        fn get(job_id: &str) -> WithMeta<mistral_types::batch::BatchJob>;
        /// [`get_with_outputs`](crate::Handle::get_with_outputs), blocking.
        fn get_with_outputs(job_id: &str) -> WithMeta<mistral_types::batch::BatchJob>;
        /// [`cancel`](crate::Handle::cancel), blocking.
        fn cancel(job_id: &str) -> WithMeta<mistral_types::batch::BatchJob>;
        /// [`delete`](crate::Handle::delete), blocking.
        fn delete(job_id: &str) -> WithMeta<mistral_types::batch::DeletedBatchJob>;
        /// [`wait`](crate::Handle::wait), blocking.
        fn wait(job_id: &str, options: &crate::api::WaitOptions, on_progress: impl FnMut(&mistral_types::batch::BatchJob) + Send) -> mistral_types::batch::BatchJob;
        /// [`results`](crate::Handle::results), blocking.
        fn results<T: DeserializeOwned>(job: &mistral_types::batch::BatchJob) -> mistral_types::batch::BatchOutput<T>;
    }
}

impl<'a, K: CompletionsApi> Handle<'a, K> {
    /// [`stream`](crate::Handle::stream), as an [`Iterator`] of chunks.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn stream(&self, request: &K::Request) -> Result<Stream<'a>> {
        let stream = self.rt.run(self.inner.stream(request))?;
        Ok(Stream { stream, rt: self.rt })
    }
}

impl<K: CompletionsApi> Handle<'_, K>
where
    K::Request: Conversation,
{
    /// [`parse`](crate::Handle::parse), blocking: each choice read into `T`.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn parse<T: JsonSchema + DeserializeOwned>(&self, request: &K::Request) -> Result<Parsed<T>> {
        self.rt.run(self.inner.parse::<T>(request))
    }

    /// [`json`](crate::Handle::json), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn json(&self, request: &K::Request) -> Result<Parsed<serde_json::Value>> {
        self.rt.run(self.inner.json(request))
    }

    /// [`run_tools`](crate::Handle::run_tools), blocking (the handlers run on the client's
    /// runtime).
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn run_tools(&self, request: &K::Request, tools: &Tools) -> Result<ToolRun> {
        self.rt.run(self.inner.run_tools(request, tools))
    }
}

/// A blocking stream of chunks: an [`Iterator`] over [`ChatStream`].
pub struct Stream<'a> {
    stream: ChatStream,
    rt: &'a Runtime,
}

impl std::fmt::Debug for Stream<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Stream").field(&self.stream).finish()
    }
}

impl<'a> Stream<'a> {
    /// The response metadata.
    pub fn meta(&self) -> &ResponseMeta {
        self.stream.meta()
    }

    /// Only the content text deltas of choice index 0 (whatever the order of the choices in
    /// each chunk), skipping empty ones.
    pub fn text(self) -> impl Iterator<Item = Result<String>> + 'a {
        self.text_of(0)
    }

    /// Only the content text deltas of the choice with this index (for a request with
    /// `n > 1`), skipping empty ones.
    pub fn text_of(self, choice: u32) -> impl Iterator<Item = Result<String>> + 'a {
        self.filter_map(move |chunk| match chunk {
            Ok(c) => crate::stream::text_delta_of(&c, choice).map(Ok),
            Err(e) => Some(Err(e)),
        })
    }

    /// Reads the whole stream into the response `complete` would have returned.
    ///
    /// # Errors
    /// The stream's first error.
    pub fn collect_response(mut self) -> Result<ChatCompletionResponse> {
        let rt = self.rt;
        rt.run(async move {
            let mut acc = mistral_types::StreamAccumulator::new();
            while let Some(chunk) = self.stream.next().await {
                acc.push(&chunk?);
            }
            Ok(acc.finish())
        })
    }
}

impl Iterator for Stream<'_> {
    type Item = Result<CompletionChunk>;

    fn next(&mut self) -> Option<Self::Item> {
        let rt = self.rt;
        match rt.run(async { Ok(self.stream.next().await) }) {
            Ok(item) => item,
            Err(e) => Some(Err(e)),
        }
    }
}
