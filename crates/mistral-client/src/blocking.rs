//! A blocking client (feature `blocking`), like `reqwest::blocking`: the same handles and
//! calls as the async [`Client`](crate::Client), from a plain `fn main`, run on a private
//! runtime (one worker thread) that the client owns.
//!
//! ```no_run
//! use mistral::blocking::Client;
//! use mistral::chat::{ChatRequest, Message};
//!
//! fn main() -> Result<(), mistral::Error> {
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
    AgentsRequest, ArchivedModel, Capability, ChatCompletionResponse, ChatRequest, CompletionChunk,
    DeletedModel, EmbeddingRequest, EmbeddingVectors, FimRequest, FineTunedModel, Message, ModelCard,
    ModelList, UpdateModelRequest,
};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::error::{Error, Result};
use crate::meta::{ResponseMeta, WithMeta};
use crate::stream::ChatStream;
use crate::structured::Parsed;
use crate::tools::{ToolRun, Tools};

// The blocking twins of the generated handles (`cargo xtask codegen`): children of this module,
// so they share its runtime; one module per API group (`mistral::blocking::workflows`, ...).
#[path = "generated/blocking/mod.rs"]
mod generated;
#[allow(unused_imports)] // no group enabled
pub use generated::*;

/// The runtime the blocking client runs its calls on. Shut down in the background when the
/// last client clone goes, so that dropping a client never blocks or panics; the async
/// client's request timers of this runtime go with it (the async client may live on).
struct Runtime(Option<tokio::runtime::Runtime>, crate::Client);

impl Drop for Runtime {
    fn drop(&mut self) {
        if let Some(rt) = self.0.take() {
            self.1.inner().timers.forget(rt.handle().id());
            rt.shutdown_background();
        }
    }
}

impl Runtime {
    /// The next item of a stream (`fut` reads it) as an iterator's: [`run`](Self::run)'s error
    /// becomes the item.
    fn next_item<T>(&self, fut: impl Future<Output = Option<Result<T>>>) -> Option<Result<T>> {
        match self.run(async { Ok(fut.await) }) {
            Ok(item) => item,
            Err(e) => Some(Err(e)),
        }
    }

    /// As [`next_item`](Self::next_item), for an iterator that ends after its first error
    /// (`failed` remembers it).
    fn next_until_error<T>(
        &self,
        failed: &mut bool,
        fut: impl Future<Output = Option<Result<T>>>,
    ) -> Option<Result<T>> {
        if *failed {
            return None;
        }
        let item = self.next_item(fut);
        *failed = matches!(item, Some(Err(_)));
        item
    }

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
            rt: Arc::new(Runtime(Some(rt), client.clone())),
            client,
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

    /// Chat completions.
    pub fn chat(&self) -> Chat<'_> {
        Chat {
            inner: self.client.chat(),
            rt: &self.rt,
        }
    }

    /// FIM completions.
    pub fn fim(&self) -> Fim<'_> {
        Fim {
            inner: self.client.fim(),
            rt: &self.rt,
        }
    }

    /// Agents completions.
    pub fn agents(&self) -> Agents<'_> {
        Agents {
            inner: self.client.agents(),
            rt: &self.rt,
        }
    }

    /// Embeddings.
    pub fn embeddings(&self) -> Embeddings<'_> {
        Embeddings {
            inner: self.client.embeddings(),
            rt: &self.rt,
        }
    }

    /// Models.
    pub fn models(&self) -> Models<'_> {
        Models {
            inner: self.client.models(),
            rt: &self.rt,
        }
    }

    /// Moderation.
    pub fn moderations(&self) -> Moderations<'_> {
        Moderations {
            inner: self.client.moderations(),
            rt: &self.rt,
        }
    }

    /// OCR.
    pub fn ocr(&self) -> Ocr<'_> {
        Ocr {
            inner: self.client.ocr(),
            rt: &self.rt,
        }
    }

    /// Classification.
    pub fn classifiers(&self) -> Classifiers<'_> {
        Classifiers {
            inner: self.client.classifiers(),
            rt: &self.rt,
        }
    }

    /// Files.
    pub fn files(&self) -> Files<'_> {
        Files {
            inner: self.client.files(),
            rt: &self.rt,
        }
    }

    /// Audio: transcription, speech and voices, without the streams (use the async client
    /// for those).
    pub fn audio(&self) -> Audio<'_> {
        Audio {
            inner: self.client.audio(),
            rt: &self.rt,
        }
    }

    /// Document libraries (beta).
    pub fn libraries(&self) -> Libraries<'_> {
        Libraries {
            inner: self.client.libraries(),
            rt: &self.rt,
        }
    }

    /// Batch jobs.
    pub fn batch(&self) -> Batch<'_> {
        Batch {
            inner: self.client.batch(),
            rt: &self.rt,
        }
    }

    /// Conversations (beta); the turns' event streams and the run loop's stream are
    /// iterators.
    pub fn conversations(&self) -> Conversations<'_> {
        Conversations {
            inner: self.client.conversations(),
            rt: &self.rt,
        }
    }

    /// The Responses API (feature `responses`); its event stream is an iterator.
    #[cfg(feature = "responses")]
    #[cfg_attr(docsrs, doc(cfg(feature = "responses")))]
    pub fn responses(&self) -> Responses<'_> {
        Responses {
            inner: self.client.responses(),
            rt: &self.rt,
        }
    }
}

/// Declares the blocking twin of an async handle: the async handle and the client's runtime.
/// Its per-call setters are the async handle's (`per_call_setters!` after its calls, below).
macro_rules! blocking_handle {
    ($name:ident) => {
        #[doc = concat!("The blocking twin of [`", stringify!($name), "`](crate::api::", stringify!($name), "):")]
        /// the same per-call overrides and calls, each run to completion on the client's
        /// runtime.
        #[derive(Clone)]
        #[must_use]
        pub struct $name<'a> {
            inner: crate::api::$name<'a>,
            rt: &'a Runtime,
        }

        impl std::fmt::Debug for $name<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_tuple(concat!("blocking::", stringify!($name)))
                    .field(&self.inner)
                    .finish()
            }
        }
    };
}

blocking_handle!(Chat);
blocking_handle!(Fim);
blocking_handle!(Agents);
blocking_handle!(Embeddings);
blocking_handle!(Models);
blocking_handle!(Moderations);
blocking_handle!(Ocr);
blocking_handle!(Classifiers);
blocking_handle!(Files);
blocking_handle!(Batch);
blocking_handle!(Libraries);
blocking_handle!(Documents);
blocking_handle!(Audio);
blocking_handle!(Voices);
blocking_handle!(Conversations);
#[cfg(feature = "responses")]
blocking_handle!(Responses);

/// Blocking calls, each the async call run to completion on the client's runtime.
macro_rules! calls {
    ($ty:ident { $($(#[$doc:meta])* fn $name:ident $(<$($g:ident: $gb:path),*>)? ($($arg:ident: $aty:ty),*) -> $ret:ty;)* }) => {
        impl $ty<'_> {
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

/// The calls of a blocking completions handle (chat, FIM, agents), typed with its request.
macro_rules! completions_calls {
    ($name:ident, $request:ty) => {
        calls! {
            $name {
                #[doc = concat!("[`complete`](crate::", stringify!($name), "::complete), blocking.")]
                fn complete(request: &$request) -> WithMeta<ChatCompletionResponse>;
            }
        }

        impl<'a> $name<'a> {
            #[doc = concat!("[`stream`](crate::", stringify!($name), "::stream), as an [`Iterator`] of chunks.")]
            ///
            /// # Errors
            /// As the async call; and when called from inside an async runtime.
            pub fn stream(&self, request: &$request) -> Result<Stream<'a>> {
                let stream = self.rt.run(self.inner.stream(request))?;
                Ok(Stream { stream, rt: self.rt })
            }
        }
    };
    ($name:ident, $request:ty, conversation) => {
        completions_calls!($name, $request);

        impl $name<'_> {
            #[doc = concat!("[`parse`](crate::", stringify!($name), "::parse), blocking: each choice read into `T`.")]
            ///
            /// # Errors
            /// As the async call; and when called from inside an async runtime.
            pub fn parse<T: JsonSchema + DeserializeOwned>(&self, request: &$request) -> Result<Parsed<T>> {
                self.rt.run(self.inner.parse::<T>(request))
            }

            #[doc = concat!("[`json`](crate::", stringify!($name), "::json), blocking.")]
            ///
            /// # Errors
            /// As the async call; and when called from inside an async runtime.
            pub fn json(&self, request: &$request) -> Result<Parsed<serde_json::Value>> {
                self.rt.run(self.inner.json(request))
            }

            #[doc = concat!("[`run_tools`](crate::", stringify!($name), "::run_tools), blocking (the handlers run on the")]
            /// client's runtime). A failed run's error keeps the conversation so far
            /// ([`Error::conversation`]): go on with [`run_tools_from`](Self::run_tools_from).
            ///
            /// # Errors
            /// As the async call; and when called from inside an async runtime.
            pub fn run_tools(&self, request: &$request, tools: &Tools) -> Result<ToolRun> {
                self.rt.run(self.inner.run_tools(request, tools))
            }

            #[doc = concat!("[`run_tools_from`](crate::", stringify!($name), "::run_tools_from), blocking: the tool")]
            /// loop from `conversation` (a failed run's, or a finished run's with a new
            /// message), with everything else of `request`.
            ///
            /// # Errors
            /// As the async call; and when called from inside an async runtime.
            pub fn run_tools_from(
                &self,
                request: &$request,
                conversation: impl Into<Vec<Message>>,
                tools: &Tools,
            ) -> Result<ToolRun> {
                self.rt.run(self.inner.run_tools_from(request, conversation, tools))
            }
        }
    };
}

completions_calls!(Chat, ChatRequest, conversation);
completions_calls!(Fim, FimRequest);
completions_calls!(Agents, AgentsRequest, conversation);

calls! {
    Embeddings {
        /// [`create`](crate::Embeddings::create), blocking.
        fn create(request: &EmbeddingRequest) -> WithMeta<EmbeddingVectors>;
        /// [`create_batched`](crate::Embeddings::create_batched), blocking.
        fn create_batched(request: &EmbeddingRequest, batching: crate::api::Batching) -> EmbeddingVectors;
    }
}

calls! {
    Models {
        /// [`list`](crate::Models::list), blocking.
        fn list() -> WithMeta<ModelList>;
        /// [`list_filtered`](crate::Models::list_filtered), blocking.
        fn list_filtered(provider: Option<&str>, model: Option<&str>) -> WithMeta<ModelList>;
        /// [`with_capabilities`](crate::Models::with_capabilities), blocking.
        fn with_capabilities(caps: &[Capability]) -> Vec<ModelCard>;
        /// [`retrieve`](crate::Models::retrieve), blocking.
        fn retrieve(model_id: &str) -> WithMeta<ModelCard>;
        /// [`delete`](crate::Models::delete), blocking.
        fn delete(model_id: &str) -> WithMeta<DeletedModel>;
        /// [`update`](crate::Models::update), blocking.
        fn update(model_id: &str, update: &UpdateModelRequest) -> WithMeta<FineTunedModel>;
        /// [`archive`](crate::Models::archive), blocking.
        fn archive(model_id: &str) -> WithMeta<ArchivedModel>;
        /// [`unarchive`](crate::Models::unarchive), blocking.
        fn unarchive(model_id: &str) -> WithMeta<ArchivedModel>;
    }
}

calls! {
    Moderations {
        /// [`moderate`](crate::Moderations::moderate), blocking.
        fn moderate(request: &mistral_types::ModerationRequest) -> WithMeta<mistral_types::ModerationResponse>;
        /// [`moderate_chat`](crate::Moderations::moderate_chat), blocking.
        fn moderate_chat(request: &mistral_types::ChatModerationRequest) -> WithMeta<mistral_types::ModerationResponse>;
    }
}

calls! {
    Classifiers {
        /// [`classify`](crate::Classifiers::classify), blocking.
        fn classify(request: &mistral_types::ClassificationRequest) -> WithMeta<mistral_types::ClassificationResponse>;
        /// [`classify_chat`](crate::Classifiers::classify_chat), blocking.
        fn classify_chat(request: &mistral_types::ChatClassificationRequest) -> WithMeta<mistral_types::ClassificationResponse>;
    }
}

calls! {
    Ocr {
        /// [`process`](crate::Ocr::process), blocking.
        fn process(request: &mistral_types::OcrRequest) -> WithMeta<mistral_types::OcrResponse>;
    }
}

calls! {
    Files {
        /// [`upload`](crate::Files::upload), blocking.
        fn upload(upload: &mistral_types::files::FileUpload) -> WithMeta<mistral_types::files::FileObject>;
        /// [`upload_with_progress`](crate::Files::upload_with_progress), blocking.
        fn upload_with_progress(
            upload: &mistral_types::files::FileUpload,
            progress: impl Fn(crate::UploadProgress) + Send + Sync + 'static
        ) -> WithMeta<mistral_types::files::FileObject>;
        /// [`list`](crate::Files::list), blocking.
        fn list(query: &mistral_types::files::FileListQuery) -> WithMeta<mistral_types::files::FileList>;
        /// [`retrieve`](crate::Files::retrieve), blocking.
        fn retrieve(file_id: &str) -> WithMeta<mistral_types::files::FileObject>;
        /// [`delete`](crate::Files::delete), blocking.
        fn delete(file_id: &str) -> WithMeta<mistral_types::files::DeletedFile>;
        /// [`content`](crate::Files::content), blocking.
        fn content(file_id: &str) -> WithMeta<bytes::Bytes>;
        /// [`signed_url`](crate::Files::signed_url), blocking.
        fn signed_url(file_id: &str, expiry_hours: Option<u32>) -> WithMeta<mistral_types::files::SignedUrl>;
    }
}

impl Files<'_> {
    /// [`download`](crate::Files::download), blocking, into any [`std::io::Write`].
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

impl Files<'_> {
    /// [`list_all`](crate::Files::list_all), blocking: each page is fetched as the listing is
    /// read.
    pub fn list_all(
        &self,
        query: &mistral_types::files::FileListQuery,
    ) -> Paginator<'_, mistral_types::files::FileObject> {
        Paginator {
            inner: self.inner.list_all(query),
            rt: self.rt,
        }
    }
}

calls! {
    Conversations {
        /// [`start`](crate::api::Conversations::start), blocking.
        fn start(request: &mistral_types::conversations::ConversationRequest) -> WithMeta<mistral_types::conversations::ConversationResponse>;
        /// [`append`](crate::api::Conversations::append), blocking.
        fn append(conversation_id: &str, request: &mistral_types::conversations::ConversationAppendRequest) -> WithMeta<mistral_types::conversations::ConversationResponse>;
        /// [`restart`](crate::api::Conversations::restart), blocking.
        fn restart(conversation_id: &str, request: &mistral_types::conversations::ConversationRestartRequest) -> WithMeta<mistral_types::conversations::ConversationResponse>;
        /// [`get`](crate::api::Conversations::get), blocking.
        fn get(conversation_id: &str) -> WithMeta<mistral_types::conversations::Conversation>;
        /// [`delete`](crate::api::Conversations::delete), blocking.
        fn delete(conversation_id: &str) -> WithMeta<()>;
        /// [`history`](crate::api::Conversations::history), blocking.
        fn history(conversation_id: &str) -> WithMeta<mistral_types::conversations::ConversationHistory>;
        /// [`messages`](crate::api::Conversations::messages), blocking.
        fn messages(conversation_id: &str) -> WithMeta<mistral_types::conversations::ConversationMessages>;
        /// [`list`](crate::api::Conversations::list), blocking.
        fn list(query: &mistral_types::conversations::ConversationListQuery) -> WithMeta<Vec<mistral_types::conversations::Conversation>>;
    }
}

calls! {
    Conversations {
        /// [`run`](crate::api::Conversations::run), blocking (the tool handlers run on the
        /// client's runtime).
        fn run(request: &mistral_types::conversations::ConversationRequest, tools: &Tools) -> crate::api::conversations::RunOutcome;
        /// [`run_in`](crate::api::Conversations::run_in), blocking.
        fn run_in(conversation_id: &str, request: &mistral_types::conversations::ConversationAppendRequest, tools: &Tools) -> crate::api::conversations::RunOutcome;
        /// [`resume`](crate::api::Conversations::resume), blocking: a run paused for approval
        /// goes on with the caller's decisions.
        fn resume(
            pending: crate::api::conversations::PendingApproval,
            approvals: impl IntoIterator<Item = mistral_types::conversations::ToolConfirmation>,
            tools: &Tools
        ) -> crate::api::conversations::RunOutcome;
    }
}

impl Conversations<'_> {
    /// [`run_stream`](crate::api::Conversations::run_stream), as an [`Iterator`] of
    /// [`RunEvent`](crate::api::conversations::RunEvent)s: each item is read (and the loop
    /// advanced to it) on the client's runtime; the last is `Finished`, or an error.
    ///
    /// ```no_run
    /// # fn run(client: mistral::blocking::Client, request: mistral::conversations::ConversationRequest,
    /// #     tools: mistral::chat::Tools) -> Result<(), mistral::Error> {
    /// use mistral::conversations::RunEvent;
    ///
    /// for item in client.conversations().run_stream(&request, &tools) {
    ///     match item? {
    ///         RunEvent::ToolResult { name, result, .. } => println!("[{name}: {result:?}]"),
    ///         RunEvent::Finished(outcome) => println!("\n{outcome:?}"),
    ///         event => print!("{}", event.text().unwrap_or_default()),
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn run_stream<'s>(
        &'s self,
        request: &mistral_types::conversations::ConversationRequest,
        tools: &'s Tools,
    ) -> RunStream<'s> {
        RunStream::new(self.inner.run_stream(request, tools), self.rt)
    }

    /// [`run_stream_in`](crate::api::Conversations::run_stream_in), as an [`Iterator`] (see
    /// [`run_stream`](Self::run_stream)).
    pub fn run_stream_in<'s>(
        &'s self,
        conversation_id: &str,
        request: &mistral_types::conversations::ConversationAppendRequest,
        tools: &'s Tools,
    ) -> RunStream<'s> {
        RunStream::new(self.inner.run_stream_in(conversation_id, request, tools), self.rt)
    }

    /// [`resume_stream`](crate::api::Conversations::resume_stream), as an [`Iterator`] (see
    /// [`run_stream`](Self::run_stream)).
    pub fn resume_stream<'s>(
        &'s self,
        pending: crate::api::conversations::PendingApproval,
        approvals: impl IntoIterator<Item = mistral_types::conversations::ToolConfirmation>,
        tools: &'s Tools,
    ) -> RunStream<'s> {
        RunStream::new(self.inner.resume_stream(pending, approvals, tools), self.rt)
    }

    /// [`list_all`](crate::api::Conversations::list_all), blocking: each page is fetched as
    /// the listing is read.
    pub fn list_all(
        &self,
        query: &mistral_types::conversations::ConversationListQuery,
    ) -> Paginator<'_, mistral_types::conversations::Conversation> {
        Paginator {
            inner: self.inner.list_all(query),
            rt: self.rt,
        }
    }
}

impl<'a> Conversations<'a> {
    /// [`start_stream`](crate::api::Conversations::start_stream), as an [`Iterator`] of
    /// events ([`ConversationEvents`]), each read on the client's runtime.
    ///
    /// ```no_run
    /// # fn run(client: mistral::blocking::Client) -> Result<(), mistral::Error> {
    /// use mistral::conversations::ConversationRequest;
    ///
    /// let request = ConversationRequest::builder().inputs("Hello").model("mistral-small-latest").build();
    /// for delta in client.conversations().start_stream(&request)?.text() {
    ///     print!("{}", delta?);
    /// }
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn start_stream(
        &self,
        request: &mistral_types::conversations::ConversationRequest,
    ) -> Result<ConversationEvents<'a>> {
        let stream = self.rt.run(self.inner.start_stream(request))?;
        Ok(ConversationEvents { stream, rt: self.rt })
    }

    /// [`append_stream`](crate::api::Conversations::append_stream), as an [`Iterator`] of
    /// events.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn append_stream(
        &self,
        conversation_id: &str,
        request: &mistral_types::conversations::ConversationAppendRequest,
    ) -> Result<ConversationEvents<'a>> {
        let stream = self.rt.run(self.inner.append_stream(conversation_id, request))?;
        Ok(ConversationEvents { stream, rt: self.rt })
    }

    /// [`restart_stream`](crate::api::Conversations::restart_stream), as an [`Iterator`] of
    /// events.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn restart_stream(
        &self,
        conversation_id: &str,
        request: &mistral_types::conversations::ConversationRestartRequest,
    ) -> Result<ConversationEvents<'a>> {
        let stream = self.rt.run(self.inner.restart_stream(conversation_id, request))?;
        Ok(ConversationEvents { stream, rt: self.rt })
    }
}

/// A blocking streamed conversation turn: an [`Iterator`] over
/// [`ConversationStream`](crate::api::conversations::ConversationStream)'s events, each read
/// on the client's runtime (an error event is an error item, after which it ends).
pub struct ConversationEvents<'a> {
    stream: crate::api::conversations::ConversationStream,
    rt: &'a Runtime,
}

impl std::fmt::Debug for ConversationEvents<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ConversationEvents")
            .field(&self.stream)
            .finish()
    }
}

impl<'a> ConversationEvents<'a> {
    /// The response metadata.
    pub fn meta(&self) -> &ResponseMeta {
        self.stream.meta()
    }

    /// Only the text of the output messages, delta by delta, skipping empty pieces and every
    /// other event.
    pub fn text(self) -> impl Iterator<Item = Result<String>> + 'a {
        self.filter_map(|event| match event {
            Ok(e) => e.text().filter(|t| !t.is_empty()).map(|t| Ok(t.into_owned())),
            Err(e) => Some(Err(e)),
        })
    }

    /// Reads the whole stream and folds it into the response the non-streaming call returns.
    ///
    /// # Errors
    /// The stream's first error.
    pub fn collect_response(self) -> Result<mistral_types::conversations::ConversationResponse> {
        self.rt.run(self.stream.collect_response())
    }
}

impl Iterator for ConversationEvents<'_> {
    type Item = Result<mistral_types::conversations::ConversationEvent>;

    fn next(&mut self) -> Option<Self::Item> {
        self.rt.next_item(self.stream.next())
    }
}

calls! {
    Agents {
        /// [`create`](crate::Agents::create), blocking.
        fn create(request: &mistral_types::agents::AgentCreationRequest) -> WithMeta<mistral_types::agents::Agent>;
        /// [`update`](crate::Agents::update), blocking.
        fn update(agent_id: &str, request: &mistral_types::agents::AgentUpdateRequest) -> WithMeta<mistral_types::agents::Agent>;
        /// [`get`](crate::Agents::get), blocking.
        fn get(agent_id: &str) -> WithMeta<mistral_types::agents::Agent>;
        /// [`get_version`](crate::Agents::get_version), blocking.
        fn get_version(agent_id: &str, version: impl Into<mistral_types::agents::AgentVersion>) -> WithMeta<mistral_types::agents::Agent>;
        /// [`delete`](crate::Agents::delete), blocking.
        fn delete(agent_id: &str) -> WithMeta<()>;
        /// [`list`](crate::Agents::list), blocking: one page.
        fn list(query: &mistral_types::agents::AgentListQuery) -> WithMeta<mistral_types::agents::AgentListPage>;
        /// [`versions`](crate::Agents::versions), blocking.
        fn versions(agent_id: &str, query: &mistral_types::agents::AgentVersionsQuery) -> WithMeta<Vec<mistral_types::agents::Agent>>;
        /// [`version`](crate::Agents::version), blocking.
        fn version(agent_id: &str, version: impl Into<mistral_types::agents::AgentVersion>) -> WithMeta<mistral_types::agents::Agent>;
        /// [`set_version`](crate::Agents::set_version), blocking.
        fn set_version(agent_id: &str, version: i64) -> WithMeta<mistral_types::agents::Agent>;
        /// [`set_alias`](crate::Agents::set_alias), blocking.
        fn set_alias(agent_id: &str, assignment: &mistral_types::agents::AliasAssignment) -> WithMeta<mistral_types::agents::AgentAlias>;
        /// [`aliases`](crate::Agents::aliases), blocking.
        fn aliases(agent_id: &str) -> WithMeta<Vec<mistral_types::agents::AgentAlias>>;
        /// [`delete_alias`](crate::Agents::delete_alias), blocking.
        fn delete_alias(agent_id: &str, alias: &str) -> WithMeta<()>;
    }
}

impl Agents<'_> {
    /// [`list_all`](crate::Agents::list_all), blocking: each page is fetched as the listing
    /// is read.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_all(
        &self,
        query: &mistral_types::agents::AgentListQuery,
    ) -> Result<Paginator<'_, mistral_types::agents::Agent>> {
        Ok(Paginator {
            inner: self.inner.list_all(query)?,
            rt: self.rt,
        })
    }
}

impl Batch<'_> {
    /// [`list_all`](crate::Batch::list_all), blocking: each page is fetched as the listing is
    /// read.
    pub fn list_all(
        &self,
        query: &mistral_types::batch::BatchJobQuery,
    ) -> Paginator<'_, mistral_types::batch::BatchJob> {
        Paginator {
            inner: self.inner.list_all(query),
            rt: self.rt,
        }
    }
}

calls! {
    Batch {
        /// [`create`](crate::Batch::create), blocking.
        fn create(request: &mistral_types::batch::BatchJobRequest) -> WithMeta<mistral_types::batch::BatchJob>;
        /// [`submit`](crate::Batch::submit), blocking.
        fn submit(input: &mistral_types::batch::BatchInput) -> WithMeta<mistral_types::batch::BatchJob>;
        /// [`submit_with_progress`](crate::Batch::submit_with_progress), blocking.
        fn submit_with_progress(
            input: &mistral_types::batch::BatchInput,
            progress: impl Fn(crate::UploadProgress) + Send + Sync + 'static
        ) -> WithMeta<mistral_types::batch::BatchJob>;
        /// [`list`](crate::Batch::list), blocking.
        fn list(query: &mistral_types::batch::BatchJobQuery) -> WithMeta<mistral_types::batch::BatchJobList>;
        /// [`get`](crate::Batch::get), blocking.
        fn get(job_id: &str) -> WithMeta<mistral_types::batch::BatchJob>;
        /// [`get_with_outputs`](crate::Batch::get_with_outputs), blocking.
        fn get_with_outputs(job_id: &str) -> WithMeta<mistral_types::batch::BatchJob>;
        /// [`cancel`](crate::Batch::cancel), blocking.
        fn cancel(job_id: &str) -> WithMeta<mistral_types::batch::BatchJob>;
        /// [`delete`](crate::Batch::delete), blocking.
        fn delete(job_id: &str) -> WithMeta<mistral_types::batch::DeletedBatchJob>;
        /// [`wait`](crate::Batch::wait), blocking.
        fn wait(job_id: &str, options: &crate::api::WaitOptions, on_progress: impl FnMut(&mistral_types::batch::BatchJob) + Send) -> mistral_types::batch::BatchJob;
        /// [`results`](crate::Batch::results), blocking.
        fn results<T: DeserializeOwned>(job: &mistral_types::batch::BatchJob) -> mistral_types::batch::BatchOutput<T>;
    }
}

calls! {
    Audio {
        /// [`transcribe`](crate::Audio::transcribe), blocking.
        fn transcribe(request: &mistral_types::audio::TranscriptionRequest) -> WithMeta<mistral_types::audio::TranscriptionResponse>;
        /// [`transcribe_with_progress`](crate::Audio::transcribe_with_progress), blocking.
        fn transcribe_with_progress(
            request: &mistral_types::audio::TranscriptionRequest,
            progress: impl Fn(crate::UploadProgress) + Send + Sync + 'static
        ) -> WithMeta<mistral_types::audio::TranscriptionResponse>;
        /// [`speech`](crate::Audio::speech), blocking.
        fn speech(request: &mistral_types::audio::SpeechRequest) -> WithMeta<bytes::Bytes>;
    }
}

impl<'a> Audio<'a> {
    /// [`voices`](crate::Audio::voices), blocking.
    pub fn voices(&self) -> Voices<'a> {
        Voices {
            inner: self.inner.voices(),
            rt: self.rt,
        }
    }
}

calls! {
    Voices {
        /// [`list`](crate::Voices::list), blocking.
        fn list(query: &mistral_types::audio::VoiceListQuery) -> WithMeta<mistral_types::audio::VoiceList>;
        /// [`create`](crate::Voices::create), blocking.
        fn create(request: &mistral_types::audio::VoiceCreateRequest) -> WithMeta<mistral_types::audio::Voice>;
        /// [`get`](crate::Voices::get), blocking.
        fn get(voice_id: &str) -> WithMeta<mistral_types::audio::Voice>;
        /// [`update`](crate::Voices::update), blocking.
        fn update(voice_id: &str, request: &mistral_types::audio::VoiceUpdateRequest) -> WithMeta<mistral_types::audio::Voice>;
        /// [`delete`](crate::Voices::delete), blocking.
        fn delete(voice_id: &str) -> WithMeta<mistral_types::audio::Voice>;
        /// [`sample`](crate::Voices::sample), blocking.
        fn sample(voice_id: &str) -> WithMeta<bytes::Bytes>;
    }
}

impl Voices<'_> {
    /// [`list_all`](crate::Voices::list_all), blocking: each page is fetched as the listing
    /// is read.
    pub fn list_all(
        &self,
        query: &mistral_types::audio::VoiceListQuery,
    ) -> Paginator<'_, mistral_types::audio::Voice> {
        Paginator {
            inner: self.inner.list_all(query),
            rt: self.rt,
        }
    }

    /// [`download_sample`](crate::Voices::download_sample), blocking, into any
    /// [`std::io::Write`].
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn download_sample<W: std::io::Write + Send + ?Sized>(
        &self,
        voice_id: &str,
        out: &mut W,
    ) -> Result<WithMeta<u64>> {
        self.rt.run(self.inner.download_sample_std(voice_id, out))
    }
}

// The per-call setters, after the calls in the docs.
crate::pipeline::per_call_setters!(Chat => inner.core.opts);
crate::pipeline::per_call_setters!(Fim => inner.core.opts);
crate::pipeline::per_call_setters!(Agents => inner.core.opts);
crate::pipeline::per_call_setters!(Embeddings => inner.core.opts);
crate::pipeline::per_call_setters!(Models => inner.core.opts);
crate::pipeline::per_call_setters!(Moderations => inner.core.opts);
crate::pipeline::per_call_setters!(Ocr => inner.core.opts);
crate::pipeline::per_call_setters!(Classifiers => inner.core.opts);
crate::pipeline::per_call_setters!(Files => inner.core.opts);
crate::pipeline::per_call_setters!(Conversations => inner.core.opts);
crate::pipeline::per_call_setters!(Batch => inner.core.opts);
crate::pipeline::per_call_setters!(Libraries => inner.core.opts);
crate::pipeline::per_call_setters!(Documents => inner.core.opts);

// Document libraries (issue #23).
calls! {
    Libraries {
        /// [`create`](crate::Libraries::create), blocking.
        fn create(request: &mistral_types::libraries::CreateLibraryRequest) -> WithMeta<mistral_types::libraries::Library>;
        /// [`list`](crate::Libraries::list), blocking.
        fn list(query: &mistral_types::libraries::LibraryListQuery) -> WithMeta<mistral_types::libraries::LibraryList>;
        /// [`get`](crate::Libraries::get), blocking.
        fn get(library_id: &str) -> WithMeta<mistral_types::libraries::Library>;
        /// [`update`](crate::Libraries::update), blocking.
        fn update(library_id: &str, request: &mistral_types::libraries::UpdateLibraryRequest) -> WithMeta<mistral_types::libraries::Library>;
        /// [`replace`](crate::Libraries::replace) (`PUT`, deprecated by the API), blocking.
        #[deprecated(note = "the API deprecates PUT on a library: use `update` (PATCH)")]
        #[allow(deprecated)]
        fn replace(library_id: &str, request: &mistral_types::libraries::UpdateLibraryRequest) -> WithMeta<mistral_types::libraries::Library>;
        /// [`delete`](crate::Libraries::delete), blocking.
        fn delete(library_id: &str) -> WithMeta<()>;
        /// [`accesses`](crate::Libraries::accesses), blocking.
        fn accesses(library_id: &str) -> WithMeta<mistral_types::libraries::AccessList>;
        /// [`grant_access`](crate::Libraries::grant_access), blocking.
        fn grant_access(library_id: &str, grant: &mistral_types::libraries::AccessGrant) -> WithMeta<mistral_types::libraries::Access>;
        /// [`revoke_access`](crate::Libraries::revoke_access), blocking.
        fn revoke_access(library_id: &str, revoke: &mistral_types::libraries::AccessRevoke) -> WithMeta<()>;
    }
}

impl<'a> Libraries<'a> {
    /// [`documents`](crate::Libraries::documents), blocking: the calls on one library's
    /// documents.
    pub fn documents(&self, library_id: impl Into<String>) -> Documents<'a> {
        Documents {
            inner: self.inner.documents(library_id),
            rt: self.rt,
        }
    }

    /// [`list_all`](crate::Libraries::list_all), blocking: each page is fetched as the
    /// listing is read.
    ///
    /// # Errors
    /// An invalid query, before anything is sent.
    pub fn list_all(
        &self,
        query: &mistral_types::libraries::LibraryListQuery,
    ) -> Result<Paginator<'_, mistral_types::libraries::Library>> {
        Ok(Paginator {
            inner: self.inner.list_all(query)?,
            rt: self.rt,
        })
    }
}

calls! {
    Documents {
        /// [`upload`](crate::Documents::upload), blocking.
        fn upload(upload: &mistral_types::libraries::DocumentUpload) -> WithMeta<mistral_types::libraries::Document>;
        /// [`upload_with_progress`](crate::Documents::upload_with_progress), blocking.
        fn upload_with_progress(
            upload: &mistral_types::libraries::DocumentUpload,
            progress: impl Fn(crate::UploadProgress) + Send + Sync + 'static
        ) -> WithMeta<mistral_types::libraries::Document>;
        /// [`list`](crate::Documents::list), blocking.
        fn list(query: &mistral_types::libraries::DocumentListQuery) -> WithMeta<mistral_types::libraries::DocumentList>;
        /// [`get`](crate::Documents::get), blocking.
        fn get(document_id: &str) -> WithMeta<mistral_types::libraries::Document>;
        /// [`update`](crate::Documents::update), blocking.
        fn update(document_id: &str, request: &mistral_types::libraries::UpdateDocumentRequest) -> WithMeta<mistral_types::libraries::Document>;
        /// [`replace`](crate::Documents::replace) (`PUT`, deprecated by the API), blocking.
        #[deprecated(note = "the API deprecates PUT on a document: use `update` (PATCH)")]
        #[allow(deprecated)]
        fn replace(document_id: &str, request: &mistral_types::libraries::UpdateDocumentRequest) -> WithMeta<mistral_types::libraries::Document>;
        /// [`delete`](crate::Documents::delete), blocking.
        fn delete(document_id: &str) -> WithMeta<()>;
        /// [`text`](crate::Documents::text), blocking.
        fn text(document_id: &str) -> WithMeta<mistral_types::libraries::DocumentText>;
        /// [`text_pages`](crate::Documents::text_pages), blocking.
        fn text_pages(document_id: &str, page_start: Option<u32>, page_end: Option<u32>) -> WithMeta<mistral_types::libraries::DocumentText>;
        /// [`status`](crate::Documents::status), blocking.
        fn status(document_id: &str) -> WithMeta<mistral_types::libraries::DocumentStatus>;
        /// [`signed_url`](crate::Documents::signed_url), blocking.
        fn signed_url(document_id: &str) -> WithMeta<String>;
        /// [`extracted_text_signed_url`](crate::Documents::extracted_text_signed_url), blocking.
        fn extracted_text_signed_url(document_id: &str) -> WithMeta<String>;
        /// [`reprocess`](crate::Documents::reprocess), blocking.
        fn reprocess(document_id: &str) -> WithMeta<()>;
        /// [`wait_processed`](crate::Documents::wait_processed), blocking.
        fn wait_processed(document_id: &str, options: &crate::api::WaitOptions, on_progress: impl FnMut(&mistral_types::libraries::DocumentStatus) + Send) -> mistral_types::libraries::DocumentStatus;
        /// [`upload_and_wait`](crate::Documents::upload_and_wait), blocking.
        fn upload_and_wait(upload: &mistral_types::libraries::DocumentUpload, options: &crate::api::WaitOptions, on_progress: impl FnMut(&mistral_types::libraries::DocumentStatus) + Send) -> mistral_types::libraries::Document;
    }
}

impl Documents<'_> {
    /// [`list_all`](crate::Documents::list_all), blocking: each page is fetched as the
    /// listing is read.
    ///
    /// # Errors
    /// An invalid query, before anything is sent.
    pub fn list_all(
        &self,
        query: &mistral_types::libraries::DocumentListQuery,
    ) -> Result<Paginator<'_, mistral_types::libraries::Document>> {
        Ok(Paginator {
            inner: self.inner.list_all(query)?,
            rt: self.rt,
        })
    }
}
crate::pipeline::per_call_setters!(Audio => inner.core.opts);
crate::pipeline::per_call_setters!(Voices => inner.core.opts);

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
        self.rt.next_item(self.stream.next())
    }
}

/// A blocking twin of a streamed run (`$inner`, whose items are `$event` and outcome
/// `$outcome`): an [`Iterator`] whose items are each read on the client's runtime, ending
/// after the `Finished` item or after an error.
macro_rules! blocking_run_stream {
    ([$($cfg:meta)?] $(#[$attr:meta])* $name:ident, $inner:ty, $event:ty, $outcome:ty) => {
        $(#[$cfg])?
        $(#[$attr])*
        #[must_use = "a run stream sends nothing until it is read"]
        pub struct $name<'a> {
            stream: $inner,
            rt: &'a Runtime,
            /// A refused read (inside an async runtime) would be refused again: the end.
            failed: bool,
        }

        $(#[$cfg])?
        impl std::fmt::Debug for $name<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_tuple(concat!("blocking::", stringify!($name)))
                    .field(&self.stream)
                    .finish()
            }
        }

        $(#[$cfg])?
        impl<'a> $name<'a> {
            fn new(stream: $inner, rt: &'a Runtime) -> Self {
                $name {
                    stream,
                    rt,
                    failed: false,
                }
            }

            /// Reads the rest of the run: its outcome, as the non-streaming `run` returns it.
            ///
            /// # Errors
            /// As the async stream's `outcome`; and when called from inside an async runtime.
            pub fn outcome(self) -> Result<$outcome> {
                self.rt.run(self.stream.outcome())
            }
        }

        $(#[$cfg])?
        impl Iterator for $name<'_> {
            type Item = Result<$event>;

            fn next(&mut self) -> Option<Self::Item> {
                self.rt.next_until_error(&mut self.failed, self.stream.next())
            }
        }
    };
}

blocking_run_stream! {
    []
    /// A blocking streamed conversation run: an [`Iterator`] over
    /// [`RunStream`](crate::api::conversations::RunStream)'s items, each read on the client's
    /// runtime. It ends after the `Finished` item or after an error.
    RunStream,
    crate::api::conversations::RunStream<'a>,
    crate::api::conversations::RunEvent,
    crate::api::conversations::RunOutcome
}

/// The blocking twin of [`Paginator`](crate::Paginator): a lazy listing read as iterators,
/// each page fetched on the client's runtime when the iteration reaches it.
#[must_use = "a paginator sends nothing until it is read"]
pub struct Paginator<'a, T> {
    inner: crate::Paginator<T>,
    rt: &'a Runtime,
}

impl<T> std::fmt::Debug for Paginator<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Paginator").field(&self.inner).finish()
    }
}

impl<'a, T: Send + 'static> Paginator<'a, T> {
    /// As [`Paginator::max_pages`](crate::Paginator::max_pages).
    pub fn max_pages(mut self, n: u32) -> Self {
        self.inner = self.inner.max_pages(n);
        self
    }

    /// The pages, as an iterator; it ends after an error.
    pub fn by_page(self) -> impl Iterator<Item = Result<crate::Page<T>>> + 'a {
        let rt = self.rt;
        let mut pages = self.inner.by_page();
        until_error(std::iter::from_fn(move || rt.next_item(pages.next())))
    }

    /// The items of every page in order, as an iterator; it ends after an error.
    pub fn by_item(self) -> impl Iterator<Item = Result<T>> + 'a {
        let rt = self.rt;
        let mut items = self.inner.by_item();
        until_error(std::iter::from_fn(move || rt.next_item(items.next())))
    }

    /// Every item of every page, in order.
    ///
    /// # Errors
    /// The first page that fails (after its retries); and when called from inside an async
    /// runtime.
    pub fn collect(self) -> Result<Vec<T>> {
        self.rt.run(self.inner.collect())
    }
}

/// Ends an iterator of results after its first error: a blocking call refused (inside an
/// async runtime) would otherwise be refused again at every `next`.
fn until_error<T>(results: impl Iterator<Item = Result<T>>) -> impl Iterator<Item = Result<T>> {
    let mut failed = false;
    results.map_while(move |r| {
        if failed {
            return None;
        }
        failed = r.is_err();
        Some(r)
    })
}

/// A blocking server-sent event stream: an [`Iterator`] over an [`EventStream`](crate::EventStream)'s
/// items (the generated streaming calls' blocking twins), each read on the client's runtime.
/// It ends after an error.
#[must_use = "streams do nothing unless read"]
pub struct Events<'a, C> {
    stream: crate::EventStream<C>,
    rt: &'a Runtime,
    failed: bool,
}

impl<C> std::fmt::Debug for Events<'_, C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Events").field(&self.stream).finish()
    }
}

impl<'a, C: crate::StreamChunk> Events<'a, C> {
    #[allow(dead_code)] // used by the generated groups only
    fn new(stream: crate::EventStream<C>, rt: &'a Runtime) -> Self {
        Events {
            stream,
            rt,
            failed: false,
        }
    }

    /// The response metadata.
    pub fn meta(&self) -> &ResponseMeta {
        self.stream.meta()
    }

    /// The last SSE event id read (see [`EventStream::last_event_id`](crate::EventStream::last_event_id)).
    pub fn last_event_id(&self) -> Option<&str> {
        self.stream.last_event_id()
    }
}

impl<C: crate::StreamChunk> Iterator for Events<'_, C> {
    type Item = Result<C>;

    fn next(&mut self) -> Option<Self::Item> {
        self.rt.next_until_error(&mut self.failed, self.stream.next())
    }
}

#[cfg(feature = "responses")]
calls! {
    Responses {
        /// [`create`](crate::api::Responses::create), blocking.
        fn create(request: &mistral_types::responses::ResponseRequest) -> WithMeta<mistral_types::responses::Response>;
        /// [`count_input_tokens`](crate::api::Responses::count_input_tokens), blocking.
        fn count_input_tokens(request: &mistral_types::responses::ResponseRequest) -> WithMeta<mistral_types::responses::InputTokens>;
        /// [`run`](crate::api::Responses::run), blocking (the tool handlers run on the
        /// client's runtime).
        fn run(request: &mistral_types::responses::ResponseRequest, tools: &Tools) -> crate::api::responses::ResponseRunOutcome;
        /// [`resume`](crate::api::Responses::resume), blocking: a run paused for approval goes
        /// on with the caller's decisions.
        fn resume(
            pending: crate::api::responses::ResponsePendingApproval,
            approvals: impl IntoIterator<Item = mistral_types::conversations::ToolConfirmation>,
            tools: &Tools
        ) -> crate::api::responses::ResponseRunOutcome;
    }
}

#[cfg(feature = "responses")]
impl<'a> Responses<'a> {
    /// [`stream`](crate::api::Responses::stream), as an [`Iterator`] of events.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn stream(&self, request: &mistral_types::responses::ResponseRequest) -> Result<ResponseEvents<'a>> {
        let stream = self.rt.run(self.inner.stream(request))?;
        Ok(ResponseEvents { stream, rt: self.rt })
    }

    /// [`run_stream`](crate::api::Responses::run_stream), as an [`Iterator`] of
    /// [`ResponseRunEvent`](crate::api::responses::ResponseRunEvent)s: each item is read (and
    /// the loop advanced to it) on the client's runtime; the last is `Finished`, or an error.
    ///
    /// ```no_run
    /// # fn run(client: mistral::blocking::Client, request: mistral::responses::ResponseRequest,
    /// #     tools: mistral::chat::Tools) -> Result<(), mistral::Error> {
    /// use mistral::responses::ResponseRunEvent;
    ///
    /// for item in client.responses().run_stream(&request, &tools) {
    ///     match item? {
    ///         ResponseRunEvent::ToolResult { name, result, .. } => println!("[{name}: {result:?}]"),
    ///         ResponseRunEvent::Finished(outcome) => println!("\n{outcome:?}"),
    ///         event => print!("{}", event.text().unwrap_or_default()),
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn run_stream<'s>(
        &'s self,
        request: &mistral_types::responses::ResponseRequest,
        tools: &'s Tools,
    ) -> ResponseRunStream<'s> {
        ResponseRunStream::new(self.inner.run_stream(request, tools), self.rt)
    }

    /// [`resume_stream`](crate::api::Responses::resume_stream), as an [`Iterator`] (see
    /// [`run_stream`](Self::run_stream)).
    pub fn resume_stream<'s>(
        &'s self,
        pending: crate::api::responses::ResponsePendingApproval,
        approvals: impl IntoIterator<Item = mistral_types::conversations::ToolConfirmation>,
        tools: &'s Tools,
    ) -> ResponseRunStream<'s> {
        ResponseRunStream::new(self.inner.resume_stream(pending, approvals, tools), self.rt)
    }
}

blocking_run_stream! {
    [cfg(feature = "responses")]
    /// A blocking streamed Responses run: an [`Iterator`] over
    /// [`ResponseRunStream`](crate::api::responses::ResponseRunStream)'s items, each read on
    /// the client's runtime. It ends after the `Finished` item or after an error.
    ResponseRunStream,
    crate::api::responses::ResponseRunStream<'a>,
    crate::api::responses::ResponseRunEvent,
    crate::api::responses::ResponseRunOutcome
}

/// A Responses stream as an [`Iterator`] of [`ResponseEvent`](mistral_types::responses::ResponseEvent)s
/// (the blocking twin of [`ResponseStream`](crate::api::responses::ResponseStream)), each read on
/// the client's runtime.
#[cfg(feature = "responses")]
#[must_use = "streams do nothing unless read"]
pub struct ResponseEvents<'a> {
    stream: crate::api::responses::ResponseStream,
    rt: &'a Runtime,
}

#[cfg(feature = "responses")]
impl std::fmt::Debug for ResponseEvents<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::ResponseEvents")
            .field(&self.stream)
            .finish()
    }
}

#[cfg(feature = "responses")]
impl ResponseEvents<'_> {
    /// The response metadata.
    pub fn meta(&self) -> &ResponseMeta {
        self.stream.meta()
    }

    /// Reads the whole stream and folds it into the response `create` returns.
    ///
    /// # Errors
    /// The stream's first error.
    pub fn collect_response(self) -> Result<mistral_types::responses::Response> {
        self.rt.run(self.stream.collect_response())
    }
}

#[cfg(feature = "responses")]
impl Iterator for ResponseEvents<'_> {
    type Item = Result<mistral_types::responses::ResponseEvent>;

    fn next(&mut self) -> Option<Self::Item> {
        self.rt.next_item(self.stream.next())
    }
}
