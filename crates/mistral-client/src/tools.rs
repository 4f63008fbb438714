//! Tool calling: handlers registered by name, and a loop that runs them until a final answer.

use std::collections::BTreeMap;
use std::fmt::Display;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use tracing::Instrument as _;

use mistral_types::{ChatCompletionResponse, Conversation, Message, Tool, ToolCall};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::api::completions::{complete, Completions};
use crate::error::{Error, Kind, Result};
use crate::meta::WithMeta;
use crate::pipeline::Core;

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;
type Handler = Arc<dyn Fn(&ToolCall) -> BoxFuture<std::result::Result<String, String>> + Send + Sync>;

/// What a tool handler may return: text, JSON, or a `Result` of either (an error is sent to
/// the model as the tool's answer, so it can recover).
pub trait ToolOutput: Send {
    /// The tool message's content, or an error text for the model.
    fn into_content(self) -> std::result::Result<String, String>;
}

impl ToolOutput for String {
    fn into_content(self) -> std::result::Result<String, String> {
        Ok(self)
    }
}

impl ToolOutput for &'static str {
    fn into_content(self) -> std::result::Result<String, String> {
        Ok(self.to_owned())
    }
}

impl ToolOutput for serde_json::Value {
    fn into_content(self) -> std::result::Result<String, String> {
        Ok(self.to_string())
    }
}

impl<T: ToolOutput, E: Display + Send> ToolOutput for std::result::Result<T, E> {
    fn into_content(self) -> std::result::Result<String, String> {
        match self {
            Ok(v) => v.into_content(),
            Err(e) => Err(e.to_string()),
        }
    }
}

/// An async tool handler taking the parsed arguments: any `Fn(Args) -> impl Future` whose
/// output is a [`ToolOutput`] (`String`, `&'static str`, JSON, or a `Result` of one).
pub trait ToolFn<Args>: Fn(Args) -> <Self as ToolFn<Args>>::Fut + Send + Sync + 'static {
    /// The handler's future.
    type Fut: Future<Output: ToolOutput> + Send + 'static;
}

impl<Args, F, Fut> ToolFn<Args> for F
where
    F: Fn(Args) -> Fut + Send + Sync + 'static,
    Fut: Future<Output: ToolOutput> + Send + 'static,
{
    type Fut = Fut;
}

/// An async tool handler taking the parsed arguments and the [`ToolContext`] of the call.
pub trait ToolFnWithContext<Args>:
    Fn(Args, ToolContext) -> <Self as ToolFnWithContext<Args>>::Fut + Send + Sync + 'static
{
    /// The handler's future.
    type Fut: Future<Output: ToolOutput> + Send + 'static;
}

impl<Args, F, Fut> ToolFnWithContext<Args> for F
where
    F: Fn(Args, ToolContext) -> Fut + Send + Sync + 'static,
    Fut: Future<Output: ToolOutput> + Send + 'static,
{
    type Fut = Fut;
}

/// Which call a handler answers.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ToolContext {
    /// The call's id (echoed back in the tool message).
    pub id: Option<String>,
    /// The function's name.
    pub name: String,
}

/// A set of function tools with their handlers.
///
/// ```no_run
/// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
/// use mistral::chat::Tools;
/// use mistral::chat::{ChatRequest, Message};
///
/// #[derive(schemars::JsonSchema, serde::Deserialize)]
/// struct GetWeather { city: String }
///
/// let tools = Tools::new().add::<GetWeather>("get_weather", "Current weather in a city", |args| async move {
///     format!("22°C and sunny in {}", args.city)
/// });
/// let req = ChatRequest::builder()
///     .model("mistral-small-latest")
///     .messages([Message::user("Weather in Paris?")])
///     .build();
/// let run = client.chat().run_tools(&req, &tools).await?;
/// println!("{}", run.response().text());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Tools {
    defs: Vec<Tool>,
    handlers: BTreeMap<String, Handler>,
    max_steps: usize,
    timeout: Option<std::time::Duration>,
    /// Tools the conversation run loop only runs once the caller allows the call.
    confirmed: std::collections::BTreeSet<String>,
    /// A failing tool stops the loop with an error (instead of the model being told).
    fail_on_error: bool,
}

impl std::fmt::Debug for Tools {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tools")
            .field("names", &self.handlers.keys().collect::<Vec<_>>())
            .field("max_steps", &self.max_steps)
            .field("timeout", &self.timeout)
            .field("needs_confirmation", &self.confirmed)
            .field("fail_on_tool_error", &self.fail_on_error)
            .finish()
    }
}

impl Default for Tools {
    fn default() -> Self {
        Tools {
            defs: Vec::new(),
            handlers: BTreeMap::new(),
            max_steps: 8,
            timeout: None,
            confirmed: std::collections::BTreeSet::new(),
            fail_on_error: false,
        }
    }
}

impl Tools {
    /// No tools; at most 8 model calls per run.
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a function tool whose parameters are the strict schema of `Args`, and its
    /// async handler. A name registered twice replaces the first.
    ///
    /// Name the argument type with a turbofish (`add::<Args>(..)`) or on the closure
    /// (`add("name", "description", |args: Args| async move { .. })`).
    #[must_use]
    pub fn add<Args>(self, name: &str, description: &str, handler: impl ToolFn<Args>) -> Self
    where
        Args: JsonSchema + DeserializeOwned + Send + 'static,
    {
        self.add_with_context::<Args>(name, description, move |args, _ctx| handler(args))
    }

    /// As [`add`](Self::add), for a handler that also sees which call it answers (the call's
    /// id and function name), e.g. to log or to correlate results.
    ///
    /// ```
    /// use mistral::chat::{ToolContext, Tools};
    /// #[derive(schemars::JsonSchema, serde::Deserialize)]
    /// struct Ping { host: String }
    /// let tools = Tools::new().add_with_context::<Ping>("ping", "Pings a host", |args, ctx: ToolContext| async move {
    ///     format!("call {:?}: {} is up", ctx.id, args.host)
    /// });
    /// # let _ = tools;
    /// ```
    #[must_use]
    pub fn add_with_context<Args>(
        mut self,
        name: &str,
        description: &str,
        handler: impl ToolFnWithContext<Args>,
    ) -> Self
    where
        Args: JsonSchema + DeserializeOwned + Send + 'static,
    {
        let name_owned = name.to_owned();
        let handler = Arc::new(handler);
        let h: Handler = Arc::new(move |call: &ToolCall| {
            let parsed = call.parse_arguments::<Args>();
            let handler = handler.clone();
            let name = name_owned.clone();
            let ctx = ToolContext {
                id: call.id.clone(),
                name: call.function.name.clone(),
            };
            Box::pin(async move {
                match parsed {
                    Ok(args) => handler(args, ctx).await.into_content(),
                    Err(e) => Err(format!("invalid arguments for `{name}`: {e}")),
                }
            })
        });
        self.defs
            .retain(|t| t.as_function().is_none_or(|f| f.name != name));
        self.defs.push(Tool::function::<Args>(name, description));
        self.handlers.insert(name.to_owned(), h);
        self
    }

    /// The most model calls one run makes before giving up with an error (default 8).
    #[must_use]
    pub fn max_steps(mut self, n: usize) -> Self {
        self.max_steps = n.max(1);
        self
    }

    /// A deadline on each whole run (`None`, the default: none): every model call inside it,
    /// retries and back-off included, and every tool handler end by then. Past it the run
    /// fails with a [`TimeoutPhase::Total`](crate::TimeoutPhase::Total) timeout that keeps
    /// the conversation so far ([`Error::conversation`]).
    #[must_use]
    pub fn timeout(mut self, t: impl Into<Option<std::time::Duration>>) -> Self {
        self.timeout = t.into();
        self
    }

    /// Marks the tool `name` as needing the caller's approval: the conversation run loop
    /// ([`Conversations::run`](crate::api::conversations::Conversations::run)) stops before
    /// running any call to it and returns the pending calls, to be allowed or denied (an
    /// allowed call runs and its result is sent; a denied one never runs, and the model is
    /// sent [`DENIAL_TEXT`](crate::api::conversations::DENIAL_TEXT) as its result).
    /// (Chat's [`run_tools`](crate::Chat::run_tools) has no pause point and ignores the mark.)
    ///
    /// ```
    /// use mistral::chat::Tools;
    /// #[derive(schemars::JsonSchema, serde::Deserialize)]
    /// struct Refund { order: String }
    /// let tools = Tools::new()
    ///     .add::<Refund>("refund", "Refunds an order", |a| async move { format!("refunded {}", a.order) })
    ///     .needs_confirmation("refund");
    /// assert!(tools.requires_confirmation("refund"));
    /// ```
    #[must_use]
    pub fn needs_confirmation(mut self, name: &str) -> Self {
        self.confirmed.insert(name.to_owned());
        self
    }

    /// What a loop (chat's [`run_tools`](crate::Chat::run_tools) and the conversation run
    /// loop, [`Conversations::run`](crate::api::conversations::Conversations::run)) does when
    /// a tool fails (its handler's error, arguments that do not parse, an unknown tool):
    ///
    /// - `false`, the default: the model is sent the error as the tool's answer
    ///   (`error: ..`), so that it can recover, and the loop goes on;
    /// - `true`: the loop stops with an error of kind
    ///   [`ToolFailed`](crate::ErrorKind::ToolFailed) naming the tool and the call (the
    ///   tool's error is its [`source`](std::error::Error::source)); nothing of the turn is
    ///   sent. The error keeps the conversation so far, up to the model's calls:
    ///   [`Error::conversation`] for chat (resume with
    ///   [`run_tools_from`](crate::Chat::run_tools_from), which runs the calls again), and
    ///   [`Error::conversation_id`] with [`Error::entries`] for a conversation run.
    ///
    /// ```
    /// use mistral::chat::Tools;
    /// #[derive(schemars::JsonSchema, serde::Deserialize)]
    /// struct Charge { amount: u32 }
    /// let tools = Tools::new()
    ///     .add::<Charge>("charge", "Charges a card", |a| async move {
    ///         if a.amount > 100 { Err("declined") } else { Ok(format!("charged {}", a.amount)) }
    ///     })
    ///     .fail_on_tool_error(true);
    /// # let _ = tools;
    /// ```
    #[must_use]
    pub fn fail_on_tool_error(mut self, on: bool) -> Self {
        self.fail_on_error = on;
        self
    }

    /// Whether a failing tool stops the loop (see
    /// [`fail_on_tool_error`](Self::fail_on_tool_error)).
    pub fn fails_on_tool_error(&self) -> bool {
        self.fail_on_error
    }

    /// The error a loop stops with when a tool fails and the tools are set to stop on it:
    /// `None` when every result is a success, or when the tools let the model see errors.
    pub(crate) fn failure<'c>(
        &self,
        results: impl IntoIterator<Item = (&'c str, &'c str, &'c std::result::Result<String, String>)>,
    ) -> Option<Error> {
        if !self.fail_on_error {
            return None;
        }
        results.into_iter().find_map(|(name, id, result)| {
            let message = result.as_ref().err()?;
            Some(
                Error::new(Kind::ToolFailed {
                    name: name.to_owned(),
                    call_id: id.to_owned(),
                })
                .with_source(ToolError(message.clone())),
            )
        })
    }

    /// Whether calls to `name` need the caller's approval (see
    /// [`needs_confirmation`](Self::needs_confirmation)).
    pub fn requires_confirmation(&self, name: &str) -> bool {
        self.confirmed.contains(name)
    }

    /// The most model calls one run makes (see [`max_steps`](Self::max_steps)).
    pub(crate) fn step_limit(&self) -> usize {
        self.max_steps
    }

    /// The run's deadline length (see [`timeout`](Self::timeout)).
    pub(crate) fn run_timeout(&self) -> Option<std::time::Duration> {
        self.timeout
    }

    /// The tool definitions, to put in a request.
    pub fn definitions(&self) -> &[Tool] {
        &self.defs
    }

    /// Runs one tool call: the tool message answering it. Unknown tools, bad arguments and
    /// handler errors become an error text for the model, never a panic.
    pub async fn call(&self, call: &ToolCall) -> Message {
        let text = answer_text(self.execute(call, false).await);
        Message::tool_result(call, text)
    }

    /// Runs one call with its handler: the handler's output, or an error text (unknown
    /// tool, bad arguments, the handler's own error). With `trace_content` (the client's
    /// [`trace_content`](crate::ClientBuilder::trace_content)) its span records the call's
    /// arguments.
    pub(crate) async fn execute(
        &self,
        call: &ToolCall,
        trace_content: bool,
    ) -> std::result::Result<String, String> {
        let name = &call.function.name;
        // A child span per executed tool, after the GenAI conventions (`execute_tool`): the
        // tool's name and the call's id; its arguments only when contents are traced (they
        // may be sensitive), its result never.
        let span = tracing::info_span!(
            "mistral",
            otel.name = %ExecuteToolName(name),
            otel.kind = "internal",
            gen_ai.operation.name = "execute_tool",
            gen_ai.tool.name = %name,
            gen_ai.tool.call.id = call.id.as_deref(),
            gen_ai.tool.type = "function",
            gen_ai.tool.call.arguments = tracing::field::Empty,
            error.type = tracing::field::Empty,
        );
        if trace_content {
            span.record(
                "gen_ai.tool.call.arguments",
                call.function.arguments.to_json_string().as_str(),
            );
        }
        let content = match self.handlers.get(name) {
            Some(h) => h(call).instrument(span.clone()).await,
            None => Err(format!(
                "unknown tool `{name}`; available tools: {}",
                self.handlers.keys().cloned().collect::<Vec<_>>().join(", ")
            )),
        };
        if content.is_err() {
            span.record("error.type", "tool_error");
        }
        content
    }

    /// Runs several calls concurrently (in this task: no spawning) and returns the tool
    /// messages in call order.
    pub async fn call_all(&self, calls: &[ToolCall]) -> Vec<Message> {
        self.call_all_traced(calls, false).await
    }

    /// [`call_all`](Self::call_all), the spans recording the arguments with `trace_content`.
    async fn call_all_traced(&self, calls: &[ToolCall], trace_content: bool) -> Vec<Message> {
        let results =
            futures_util::future::join_all(calls.iter().map(|c| self.execute(c, trace_content))).await;
        calls
            .iter()
            .zip(results)
            .map(|(c, r)| Message::tool_result(c, answer_text(r)))
            .collect()
    }

    /// Runs `calls` with the handlers, concurrently, within the run's `deadline`: each call's
    /// result, in call order. `run` runs one call (its handler, and in a streamed run the
    /// progress events around it); `key` names a call (its name and id) for
    /// [`fail_on_tool_error`](Self::fail_on_tool_error). The tool step of every loop: chat's,
    /// the conversations' and the Responses API's.
    ///
    /// # Errors
    /// The deadline passed (a total timeout), or a tool failed with `fail_on_tool_error` (the
    /// run then keeps the model's calls, unanswered).
    pub(crate) async fn run_calls<'c, C, Fut>(
        &self,
        deadline: Option<tokio::time::Instant>,
        calls: &'c [C],
        key: impl Fn(&'c C) -> (&'c str, &'c str),
        run: impl FnMut(&'c C) -> Fut,
    ) -> Result<Vec<std::result::Result<String, String>>>
    where
        Fut: std::future::Future<Output = std::result::Result<String, String>>,
    {
        let all = futures_util::future::join_all(calls.iter().map(run));
        let results = match deadline {
            None => all.await,
            Some(d) => tokio::time::timeout_at(d, all)
                .await
                .map_err(|_| Error::timeout(crate::TimeoutPhase::Total))?,
        };
        let failed = self.failure(calls.iter().zip(&results).map(|(c, r)| {
            let (name, id) = key(c);
            (name, id, r)
        }));
        match failed {
            Some(e) => Err(e),
            None => Ok(results),
        }
    }
}

/// A tool's error (its handler's, or why it could not run), as the source of an error of
/// kind [`ToolFailed`](crate::ErrorKind::ToolFailed).
#[derive(Debug)]
struct ToolError(String);

impl std::fmt::Display for ToolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ToolError {}

/// What the model is sent for a call: the handler's output, or `error: ..`.
pub(crate) fn answer_text(result: std::result::Result<String, String>) -> String {
    result.unwrap_or_else(|e| format!("error: {e}"))
}

/// The outcome of [`Chat::run_tools`](crate::Chat::run_tools) (or of
/// [`run_tools_from`](crate::Chat::run_tools_from)): the final answer and the whole
/// conversation.
#[derive(Debug)]
pub struct ToolRun {
    response: WithMeta<ChatCompletionResponse>,
    messages: Vec<Message>,
    steps: usize,
}

impl ToolRun {
    /// The final response (no more tool calls).
    pub fn response(&self) -> &WithMeta<ChatCompletionResponse> {
        &self.response
    }

    /// The conversation: the request's messages, then each assistant turn and tool result,
    /// then the final answer.
    pub fn messages(&self) -> &[Message] {
        &self.messages
    }

    /// How many model calls were made.
    pub fn steps(&self) -> usize {
        self.steps
    }

    /// The final response and the conversation.
    pub fn into_parts(self) -> (WithMeta<ChatCompletionResponse>, Vec<Message>) {
        (self.response, self.messages)
    }
}

/// `run_tools`: the loop from the request's own messages.
pub(crate) async fn run_tools<R>(core: &Core<'_>, request: &R, tools: &Tools) -> Result<ToolRun>
where
    R: Completions + Conversation,
{
    let mut req = request.clone();
    add_definitions(&mut req, tools);
    run_loop(core, req, tools, Vec::new()).await
}

/// `run_tools_from`: the loop from `conversation`, with the rest of `request`.
pub(crate) async fn run_tools_from<R>(
    core: &Core<'_>,
    request: &R,
    conversation: Vec<Message>,
    tools: &Tools,
) -> Result<ToolRun>
where
    R: Completions + Conversation,
{
    let mut req = request.clone();
    let original = std::mem::replace(req.messages_mut(), conversation);
    add_definitions(&mut req, tools);
    let messages = req.messages_mut();
    // Model turns past the request's messages: the run had started, so a forced tool choice
    // (meant for its first call) would only loop.
    let started = messages.len() > original.len()
        && messages[original.len()..]
            .iter()
            .any(|m| matches!(m, Message::Assistant(_)));
    // A run cut while its handlers ran ends with the assistant's calls, unanswered.
    let pending = match messages.last() {
        Some(Message::Assistant(a)) => a.tool_calls().to_vec(),
        _ => Vec::new(),
    };
    if started || !pending.is_empty() {
        relax_tool_choice(&mut req);
    }
    run_loop(core, req, tools, pending).await
}

/// Adds the tools' definitions to the request's own (a name the request defines already is
/// kept as the request has it).
fn add_definitions<R: Conversation>(req: &mut R, tools: &Tools) {
    let defs = req.tools_mut().take();
    *req.tools_mut() = Some(with_definitions(defs, tools));
}

/// `defs` and the tools' definitions whose names `defs` does not define already (the chat
/// loop's and the conversation run loop's rule).
pub(crate) fn with_definitions(defs: Option<Vec<Tool>>, tools: &Tools) -> Vec<Tool> {
    let mut defs = defs.unwrap_or_default();
    for t in tools.definitions() {
        let name = t.as_function().map(|f| f.name.as_str());
        if !defs
            .iter()
            .any(|d| d.as_function().map(|f| f.name.as_str()) == name)
        {
            defs.push(t.clone());
        }
    }
    defs
}

/// A forced tool choice would loop forever: after the first step, let the model answer.
fn relax_tool_choice<R: Conversation>(req: &mut R) {
    let choice = req.tool_choice_mut();
    if matches!(choice, Some(mistral_types::ToolChoice::Function { .. })) {
        *choice = Some(mistral_types::ToolChoice::auto());
    }
}

/// The loop: runs `pending` calls (if any), then asks the model, runs the calls it makes, and
/// so on, up to the step limit. Every error keeps the conversation so far.
async fn run_loop<R>(core: &Core<'_>, mut req: R, tools: &Tools, pending: Vec<ToolCall>) -> Result<ToolRun>
where
    R: Completions + Conversation,
{
    // The run's deadline bounds each model call (retries included) and the handlers.
    let deadline = tools.timeout.map(|t| tokio::time::Instant::now() + t);
    let core = match deadline {
        Some(d) => core.until(d),
        None => core.clone(),
    };
    let trace_content = core.client.inner().trace_content;
    let mut calls = pending;
    let mut step = 0;
    loop {
        if !calls.is_empty() {
            tracing::debug!(step, calls = calls.len(), "running tool calls");
            // On a failure the conversation kept ends with the calls, unanswered:
            // `run_tools_from` runs them again.
            let results = tools
                .run_calls(
                    deadline,
                    &calls,
                    |c| (c.function.name.as_str(), c.id.as_deref().unwrap_or_default()),
                    |c| tools.execute(c, trace_content),
                )
                .await
                .map_err(|e| e.with_conversation(std::mem::take(req.messages_mut())))?;
            req.messages_mut().extend(
                calls
                    .iter()
                    .zip(results)
                    .map(|(c, r)| Message::tool_result(c, answer_text(r))),
            );
            relax_tool_choice(&mut req);
        }
        if step == tools.max_steps {
            return Err(Error::new(Kind::ToolSteps(tools.max_steps))
                .with_conversation(std::mem::take(req.messages_mut())));
        }
        step += 1;
        let response = match complete(&core, &req).await {
            Ok(r) => r,
            Err(e) => return Err(e.with_conversation(std::mem::take(req.messages_mut()))),
        };
        let message = response.message().cloned().unwrap_or_default();
        calls = message.tool_calls().to_vec();
        req.messages_mut().push(Message::from(message));
        if calls.is_empty() {
            return Ok(ToolRun {
                response,
                messages: std::mem::take(req.messages_mut()),
                steps: step,
            });
        }
    }
}

/// The tool-loop methods of a conversational handle (chat, agents), typed with its request:
/// `tool_methods!(Chat, ChatRequest, chat)` (the client's method, for the examples).
macro_rules! tool_methods {
    ($name:ident, $request:ident, $accessor:ident) => {
        /// The tool loop.
        impl $name<'_> {
            /// The tool loop: sends `request` with the tools' definitions added, runs every
            /// tool call the model makes (concurrently when it makes several), appends the
            /// assistant message and the tool results, and repeats until an answer without
            /// tool calls or the step limit ([`Tools::max_steps`](crate::Tools::max_steps)).
            /// With `n` > 1, choice 0 (by its index, wherever the response lists it) continues
            /// the conversation.
            ///
            /// # Errors
            /// Any call's error (an API error status after its retries, a timeout, a
            /// connection error, the run's own deadline),
            /// [`Error::is_tool_step_limit`](crate::Error::is_tool_step_limit) when the limit
            /// is reached, or a failing tool with
            /// [`Tools::fail_on_tool_error`](crate::Tools::fail_on_tool_error)
            /// ([`ErrorKind::ToolFailed`](crate::ErrorKind::ToolFailed)). Every one of them keeps the conversation so far
            /// ([`Error::conversation`](crate::Error::conversation)): the request's messages,
            /// then each assistant turn and tool result. Go on from there, without rebuilding
            /// the request, with [`run_tools_from`](Self::run_tools_from):
            ///
            /// ```no_run
            #[doc = concat!("# async fn run(client: mistral::Client, request: mistral::", stringify!($accessor), "::", stringify!($request), ",")]
            /// #     tools: mistral::chat::Tools) -> Result<(), mistral::Error> {
            #[doc = concat!("let ", stringify!($accessor), " = client.", stringify!($accessor), "();")]
            #[doc = concat!("let run = match ", stringify!($accessor), ".run_tools(&request, &tools).await {")]
            ///     Ok(run) => run,
            ///     // Failed midway (a 500 on step 3, say): the tool results so far are kept and
            ///     // their handlers are not run again.
            ///     Err(e) => match e.conversation() {
            #[doc = concat!("        Some(so_far) => ", stringify!($accessor), ".run_tools_from(&request, so_far, &tools).await?,")]
            ///         None => return Err(e),
            ///     },
            /// };
            /// println!("{}", run.response().text());
            /// # Ok(()) }
            /// ```
            pub async fn run_tools(
                &self,
                request: &$request,
                tools: &$crate::Tools,
            ) -> $crate::Result<$crate::ToolRun> {
                $crate::tools::run_tools(&self.core, request, tools).await
            }

            /// The tool loop from `conversation` instead of the request's messages, with
            /// everything else of `request` (model, settings, tools, tool choice): to resume a
            /// run that failed, from its error's [`conversation`](crate::Error::conversation),
            /// or to go on after a finished run ([`ToolRun::messages`](crate::ToolRun::messages)
            /// and a new user message). The same request as the first run; nothing to rebuild.
            ///
            /// - When `conversation` ends with an assistant turn that calls tools (a run cut
            ///   while its handlers ran), those calls are run first, then the model is asked.
            /// - Otherwise the model is asked at once (after a failed model call, that call is
            ///   made again).
            /// - A tool choice that forces a function applies only to a run's first model call:
            ///   when `conversation` already holds assistant turns past the request's messages,
            ///   it is `auto`, as it would have been in the run that is resumed.
            /// - The step limit and the [`Tools::timeout`](crate::Tools::timeout) deadline
            ///   count afresh from this call; [`ToolRun::steps`](crate::ToolRun::steps)
            ///   counts this call's model calls only.
            ///
            /// ```no_run
            #[doc = concat!("# async fn run(client: mistral::Client, request: mistral::", stringify!($accessor), "::", stringify!($request), ",")]
            /// #     tools: mistral::chat::Tools) -> Result<(), mistral::Error> {
            /// use mistral::chat::Message;
            ///
            #[doc = concat!("let first = client.", stringify!($accessor), "().run_tools(&request, &tools).await?;")]
            /// // A follow-up question, in the same conversation.
            /// let mut conversation = first.messages().to_vec();
            /// conversation.push(Message::user("And tomorrow?"));
            #[doc = concat!("let second = client.", stringify!($accessor), "().run_tools_from(&request, conversation, &tools).await?;")]
            /// println!("{}", second.response().text());
            /// # Ok(()) }
            /// ```
            ///
            /// # Errors
            /// As [`run_tools`](Self::run_tools): every error keeps the whole conversation,
            /// `conversation` included.
            pub async fn run_tools_from(
                &self,
                request: &$request,
                conversation: impl Into<Vec<mistral_types::Message>>,
                tools: &$crate::Tools,
            ) -> $crate::Result<$crate::ToolRun> {
                $crate::tools::run_tools_from(&self.core, request, conversation.into(), tools).await
            }
        }
    };
}
pub(crate) use tool_methods;

/// An `execute_tool` span's `otel.name`: `"execute_tool {name}"`, formatted only for a
/// subscriber that records it.
struct ExecuteToolName<'a>(&'a str);

impl std::fmt::Display for ExecuteToolName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "execute_tool {}", self.0)
    }
}
