//! Conversations (beta): `POST /v1/conversations` (start), `POST /v1/conversations/{id}`
//! (append), `POST /v1/conversations/{id}/restart`, `GET /v1/conversations` (list),
//! `GET|DELETE /v1/conversations/{id}`, `GET /v1/conversations/{id}/history` and `/messages`;
//! start, append and restart also as streams of named events ([`ConversationStream`]).

use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use http::Method;
use mistral_types::conversations::{
    AgentHandoffEntry, Confirmation, ConfirmationStatus, Conversation, ConversationAccumulator,
    ConversationAppendRequest, ConversationEvent, ConversationHistory, ConversationInputs,
    ConversationListQuery, ConversationMessages, ConversationRequest, ConversationResponse,
    ConversationRestartRequest, Entry, FunctionCallEntry, HandoffExecution, ToolConfirmation,
};
use mistral_types::{Arguments, ChunkReader, ToolCall};
use serde::Deserialize;
use tracing::Span;

use crate::error::{Kind, Result};
use crate::meta::WithMeta;
use crate::paginate::{self, Paginator};
use crate::pipeline::{segment, Call, Decode, StreamChunk, StreamSummary};
use crate::stream::EventStream;

crate::pipeline::handle! {
    /// Conversation calls (beta): the server keeps the conversation. `start`, `append` and
    /// `restart` (each also as a stream: `start_stream`, ...), `get`, `list`, `list_all`,
    /// `history`, `messages`, `delete`.
    ///
    /// Start, append and restart add entries on the server: after a failure once the request
    /// may have been received (a reset connection, a request timeout, a 500) they are not sent
    /// again, since a second append would add the turn twice (see
    /// [`resend_after_send`](Self::resend_after_send)).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::conversations::{ConversationAppendRequest, ConversationRequest};
    ///
    /// let conversations = client.conversations();
    /// let start = ConversationRequest::builder()
    ///     .inputs("Who wrote Les Misérables?")
    ///     .model("mistral-medium-latest")
    ///     .build();
    /// let first = conversations.start(&start).await?;
    /// println!("{}", first.text());
    ///
    /// let next = ConversationAppendRequest::builder().inputs("And when?").build();
    /// let mut text = conversations.append_stream(first.conversation_id(), &next).await?.text();
    /// while let Some(delta) = text.next().await {
    ///     print!("{}", delta?);
    /// }
    /// # Ok(()) }
    /// ```
    Conversations
}

/// A streamed conversation turn: a [`Stream`] of [`ConversationEvent`]s, read from the SSE
/// frames' `event:` names and data.
///
/// There is no `[DONE]`: the stream ends when the body ends after
/// `conversation.response.done` (a body that ends before it is a truncated-stream error,
/// [`Error::is_truncated`](crate::Error::is_truncated)). A `conversation.response.error` event
/// is an error item (an API error with the event's `message`, [`code`](crate::Error::code)
/// and [`error_type`](crate::Error::error_type) `conversation.response.error`), after which
/// the stream ends. Read only the text with [`text`](EventStream::text), or fold the stream
/// into the response a non-streaming call returns with
/// [`collect_response`](EventStream::collect_response).
pub type ConversationStream = EventStream<ConversationEvent>;

impl StreamChunk for ConversationEvent {
    fn read_event(_reader: &mut ChunkReader, event: Option<&str>, data: &str) -> serde_json::Result<Self> {
        ConversationEvent::parse(event, data)
    }
    fn finishes(&self) -> bool {
        self.is_terminal()
    }
    /// An error event, or data that names no event at all (an error body sent mid-stream):
    /// the stream turns it into an error item.
    fn is_empty_shell(&self) -> bool {
        match self {
            ConversationEvent::ResponseError(_) => true,
            ConversationEvent::Unknown { name, .. } => name.is_empty(),
            _ => false,
        }
    }
    fn observe(&self, summary: &mut StreamSummary) {
        match self {
            ConversationEvent::ResponseStarted(e) => {
                summary.note_conversation(&e.conversation_id);
                summary.note(&e.conversation_id, "", std::iter::empty(), None)
            }
            ConversationEvent::MessageOutputDelta(e) => {
                summary.note("", e.model.as_deref().unwrap_or(""), std::iter::empty(), None);
            }
            ConversationEvent::ResponseDone(e) => {
                let usage = mistral_types::Usage {
                    prompt_tokens: e.usage.prompt_tokens,
                    completion_tokens: e.usage.completion_tokens,
                    total_tokens: e.usage.total_tokens,
                    ..Default::default()
                };
                summary.note("", "", std::iter::empty(), Some(&usage));
            }
            _ => {}
        }
    }
}

impl EventStream<ConversationEvent> {
    /// Only the text of the output messages (`message.output.delta` events), delta by delta,
    /// skipping empty pieces and every other event.
    pub fn text(self) -> ConversationTextStream {
        ConversationTextStream { inner: self }
    }

    /// Reads the whole stream and folds it into the response the non-streaming call returns
    /// (see [`ConversationAccumulator`]).
    ///
    /// # Errors
    /// The first error item of the stream (an error event, a truncated body, ...).
    pub async fn collect_response(mut self) -> Result<ConversationResponse> {
        let mut acc = ConversationAccumulator::new();
        // Each event is read borrowed and folded in place: no owned event per delta.
        let next = std::future::poll_fn(|cx| {
            self.poll_named(cx, |reader, event, data, summary| {
                crate::stream::decode_conversation_view(reader, event, data, summary, |v| {
                    acc.push_view(v);
                    None::<()>
                })
            })
        })
        .await;
        match next {
            Some(Err(e)) => Err(e),
            _ => Ok(acc.finish()),
        }
    }
}

/// The text deltas of a [`ConversationStream`]'s output messages (see
/// [`ConversationStream::text`](EventStream::text)).
#[derive(Debug)]
pub struct ConversationTextStream {
    inner: ConversationStream,
}

impl ConversationTextStream {
    /// The next text delta, or `None` at the end.
    pub async fn next(&mut self) -> Option<Result<String>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl Stream for ConversationTextStream {
    type Item = Result<String>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        // Each event is read borrowed; only its text is copied out.
        self.inner.poll_named(cx, |reader, event, data, summary| {
            crate::stream::decode_conversation_view(reader, event, data, summary, |v| {
                v.text()
                    .filter(|t| !t.is_empty())
                    .map(std::borrow::Cow::into_owned)
            })
        })
    }
}

/// A conversation turn's `gen_ai.operation.name`: `invoke_agent` with an agent, `chat` with a
/// model. An append or a restart names neither, and is traced as `chat`, with the
/// conversation's id (in a run of an agent's conversation, as `invoke_agent` with the agent's
/// id).
fn start_operation(request: &ConversationRequest) -> &'static str {
    if request.agent_id.is_some() {
        "invoke_agent"
    } else {
        "chat"
    }
}

/// `/v1/conversations/{id}{tail}`, the id percent-encoded.
fn conversation_path(conversation_id: &str, tail: &str) -> Result<String> {
    Ok(format!(
        "/v1/conversations/{}{tail}",
        segment("conversation_id", conversation_id)?
    ))
}

impl Decode for ConversationResponse {
    fn is_empty_shell(&self) -> bool {
        self.conversation_id.is_empty() && self.outputs.is_empty()
    }

    fn record(&self, span: &Span) {
        if !self.conversation_id.is_empty() {
            span.record("gen_ai.conversation.id", self.conversation_id.as_str());
            span.record("gen_ai.response.id", self.conversation_id.as_str());
        }
        span.record("gen_ai.usage.input_tokens", self.usage.prompt_tokens);
        span.record("gen_ai.usage.output_tokens", self.usage.completion_tokens);
    }
}

shell_by_id!(Conversation);

impl Decode for ConversationHistory {
    fn is_empty_shell(&self) -> bool {
        self.conversation_id.is_empty() && self.entries.is_empty() && self.object.is_none()
    }
}

impl Decode for ConversationMessages {
    fn is_empty_shell(&self) -> bool {
        self.conversation_id.is_empty() && self.messages.is_empty() && self.object.is_none()
    }
}

/// One page of the list: a bare JSON array (an empty one is a real answer, the end).
#[derive(Deserialize)]
#[serde(transparent)]
struct ConversationPage(Vec<Conversation>);

impl Decode for ConversationPage {
    fn is_empty_shell(&self) -> bool {
        false
    }
}

/// `/v1/conversations` with `query`'s page and filters.
fn list_path(query: &ConversationListQuery) -> String {
    let q = query.to_query();
    if q.is_empty() {
        "/v1/conversations".to_owned()
    } else {
        format!("/v1/conversations?{q}")
    }
}

/// Which turn of a conversation a call adds.
#[derive(Clone, Copy)]
enum Turn {
    Append,
    Restart,
}

impl Conversations<'_> {
    /// The call of an append or a restart (`stream` or not) of `conversation_id` with
    /// `request`: traced as `chat`, or as `invoke_agent` with `agent`'s id (a run of an
    /// agent's conversation). The request is validated first.
    fn turn_call<'r, R: mistral_types::StreamableRequest>(
        &self,
        turn: Turn,
        conversation_id: &'r str,
        request: &'r R,
        stream: bool,
        agent: Option<&'r str>,
    ) -> Result<Call<'r>> {
        let body = self.core.encode_streamable(request, stream)?;
        let call = match turn {
            Turn::Append => Call::post(
                "append_conversation",
                conversation_path(conversation_id, "")?,
                body,
            ),
            Turn::Restart => Call::post(
                "restart_conversation",
                conversation_path(conversation_id, "/restart")?,
                body,
            ),
        };
        let call = call.about(request).in_conversation(conversation_id);
        Ok(match agent {
            Some(agent) => call.traced_as("invoke_agent").by_agent(agent),
            None => call.traced_as("chat"),
        })
    }

    /// The call of a start (`stream` or not).
    fn start_call<'r>(&self, request: &'r ConversationRequest, stream: bool) -> Result<Call<'r>> {
        let body = self.core.encode_streamable(request, stream)?;
        Ok(Call::post("start_conversation", "/v1/conversations", body)
            .about(request)
            .traced_as(start_operation(request)))
    }
}

impl Conversations<'_> {
    /// Starts a conversation (with a model or an agent) with `request` (`stream: false`) and
    /// returns its first turn. The request is validated first: nothing is sent when it is
    /// invalid.
    ///
    /// # Errors
    /// Invalid request, API error status (after retries), timeouts, connection and decode
    /// errors.
    pub async fn start(&self, request: &ConversationRequest) -> Result<WithMeta<ConversationResponse>> {
        self.core.fetch(self.start_call(request, false)?).await
    }

    /// Starts a conversation with `request` (`stream: true`) and returns its event stream
    /// once the response headers arrive. An error status fails this call, not the stream.
    ///
    /// # Errors
    /// As [`start`](Self::start), plus a non-`text/event-stream` content type.
    pub async fn start_stream(&self, request: &ConversationRequest) -> Result<ConversationStream> {
        self.core.event_stream(self.start_call(request, true)?).await
    }

    /// Appends `request`'s inputs (or tool confirmations) to the conversation and returns the
    /// new turn.
    ///
    /// # Errors
    /// As [`start`](Self::start) (a 404 for an unknown conversation).
    pub async fn append(
        &self,
        conversation_id: &str,
        request: &ConversationAppendRequest,
    ) -> Result<WithMeta<ConversationResponse>> {
        let call = self.turn_call(Turn::Append, conversation_id, request, false, None)?;
        self.core.fetch(call).await
    }

    /// [`append`](Self::append), answered as an event stream.
    ///
    /// # Errors
    /// As [`start_stream`](Self::start_stream).
    pub async fn append_stream(
        &self,
        conversation_id: &str,
        request: &ConversationAppendRequest,
    ) -> Result<ConversationStream> {
        let call = self.turn_call(Turn::Append, conversation_id, request, true, None)?;
        self.core.event_stream(call).await
    }

    /// Restarts the conversation from the entry `request.from_entry_id` (the entries after it
    /// are left out) with new inputs, and returns the new turn. The answer names a new
    /// conversation id.
    ///
    /// # Errors
    /// As [`start`](Self::start).
    pub async fn restart(
        &self,
        conversation_id: &str,
        request: &ConversationRestartRequest,
    ) -> Result<WithMeta<ConversationResponse>> {
        let call = self.turn_call(Turn::Restart, conversation_id, request, false, None)?;
        self.core.fetch(call).await
    }

    /// [`restart`](Self::restart), answered as an event stream.
    ///
    /// # Errors
    /// As [`start_stream`](Self::start_stream).
    pub async fn restart_stream(
        &self,
        conversation_id: &str,
        request: &ConversationRestartRequest,
    ) -> Result<ConversationStream> {
        let call = self.turn_call(Turn::Restart, conversation_id, request, true, None)?;
        self.core.event_stream(call).await
    }

    /// One conversation (its model or agent, settings and metadata; not its entries, see
    /// [`history`](Self::history)).
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn get(&self, conversation_id: &str) -> Result<WithMeta<Conversation>> {
        self.core.check_headers()?;
        let path = conversation_path(conversation_id, "")?;
        self.core
            .fetch(Call::bare("get_conversation", Method::GET, path))
            .await
    }

    /// Deletes a conversation. The API answers `204 No Content`: there is nothing but the
    /// response metadata.
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn delete(&self, conversation_id: &str) -> Result<WithMeta<()>> {
        self.core.check_headers()?;
        let path = conversation_path(conversation_id, "")?;
        self.core
            .no_content(Call::bare("delete_conversation", Method::DELETE, path))
            .await
    }

    /// Every entry of the conversation, in order: messages, function calls and results, tool
    /// executions, handoffs.
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn history(&self, conversation_id: &str) -> Result<WithMeta<ConversationHistory>> {
        self.core.check_headers()?;
        let path = conversation_path(conversation_id, "/history")?;
        self.core
            .fetch(Call::bare("get_conversation_history", Method::GET, path))
            .await
    }

    /// The conversation's input and output messages, in order.
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn messages(&self, conversation_id: &str) -> Result<WithMeta<ConversationMessages>> {
        self.core.check_headers()?;
        let path = conversation_path(conversation_id, "/messages")?;
        self.core
            .fetch(Call::bare("get_conversation_messages", Method::GET, path))
            .await
    }

    /// One page of the conversations, newest first, with `query`'s page (from 0; the API's
    /// default is 0), page size (the API's default is 100) and metadata filter. See
    /// [`list_all`](Self::list_all) for every page.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::conversations::ConversationListQuery;
    ///
    /// let query = ConversationListQuery::builder().page(0).page_size(20).build();
    /// for conversation in client.conversations().list(&query).await?.iter() {
    ///     println!("{}", conversation.id);
    /// }
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As every call.
    pub async fn list(&self, query: &ConversationListQuery) -> Result<WithMeta<Vec<Conversation>>> {
        self.core.check_headers()?;
        let done = self
            .core
            .fetch::<ConversationPage>(Call::bare("list_conversations", Method::GET, list_path(query)))
            .await?;
        let (ConversationPage(list), meta) = done.into_parts();
        Ok(WithMeta::new(list, meta))
    }

    /// Every conversation matching `query`'s filter, page after page of its page size (the
    /// API's default is 100) from its page (the first when unset), fetched lazily as the
    /// [`Paginator`] is read; the listing ends at an empty page.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::conversations::ConversationListQuery;
    ///
    /// let query = ConversationListQuery::builder().page_size(50).build();
    /// let mut all = client.conversations().list_all(&query).by_item();
    /// while let Some(conversation) = all.next().await {
    ///     println!("{}", conversation?.id);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_all(&self, query: &ConversationListQuery) -> Paginator<Conversation> {
        let query = query.clone();
        paginate::page_numbered(
            &self.core,
            "list_conversations",
            (query.page, query.page_size),
            move |page| list_path(&query.at_page(page)),
            |ConversationPage(list)| (list, None),
        )
    }
}

crate::pipeline::per_call_setters!(Conversations => core.opts);

// ---------------------------------------------------------------------------------------------
// The run loop: local function tools, human approval, client handoffs.

/// What a conversation run ([`Conversations::run`], [`run_in`](Conversations::run_in),
/// [`resume`](Conversations::resume)) stopped at.
#[derive(Debug)]
#[non_exhaustive]
#[must_use]
pub enum RunOutcome {
    /// A final answer: the last response has no function calls.
    Done(ConversationRun),
    /// The model called tools marked [`Tools::needs_confirmation`](crate::Tools::needs_confirmation)
    /// (or calls the server marks `pending`): nothing of them ran. Allow or deny each and
    /// [`resume`](PendingApproval::resume) (which answers each as the API expects).
    NeedsApproval(PendingApproval),
    /// With `handoff_execution: client`, an agent handed the conversation over: continue
    /// with `handoff.next_agent_id` (e.g. [`run_in`](Conversations::run_in) with new inputs).
    Handoff {
        /// The last handoff of the response: who takes over.
        handoff: AgentHandoffEntry,
        /// The run up to the handoff.
        run: ConversationRun,
    },
}

impl RunOutcome {
    /// The conversation id.
    pub fn conversation_id(&self) -> &str {
        match self {
            RunOutcome::Done(r) | RunOutcome::Handoff { run: r, .. } => r.conversation_id(),
            RunOutcome::NeedsApproval(p) => p.conversation_id(),
        }
    }

    /// The finished run, when the outcome is [`Done`](Self::Done).
    pub fn done(self) -> Option<ConversationRun> {
        match self {
            RunOutcome::Done(r) => Some(r),
            _ => None,
        }
    }

    /// The calls awaiting approval, when the outcome is [`NeedsApproval`](Self::NeedsApproval).
    pub fn needs_approval(self) -> Option<PendingApproval> {
        match self {
            RunOutcome::NeedsApproval(p) => Some(p),
            _ => None,
        }
    }
}

/// A finished conversation run: the last response, the conversation id, every entry of the
/// run and the number of model calls.
#[derive(Debug, Clone)]
pub struct ConversationRun {
    // Boxed: a streamed run's every item (`RunEvent`) is as large as the outcome.
    response: Box<WithMeta<ConversationResponse>>,
    conversation_id: String,
    entries: Vec<Entry>,
    steps: usize,
}

impl ConversationRun {
    /// The last response (its [`text`](ConversationResponse::text) is the answer).
    pub fn response(&self) -> &WithMeta<ConversationResponse> {
        &self.response
    }

    /// The conversation id: append to it, or [`run_in`](Conversations::run_in) it again.
    pub fn conversation_id(&self) -> &str {
        &self.conversation_id
    }

    /// Every entry of the run, in order: the inputs sent, the server's outputs (function
    /// calls, tool executions, handoffs, messages) and the function results sent, across
    /// approval pauses.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// How many model calls (start or append) the run made, across approval pauses.
    pub fn steps(&self) -> usize {
        self.steps
    }

    /// The text of the last response.
    pub fn text(&self) -> String {
        self.response.text()
    }
}

/// One function call awaiting the caller's approval.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PendingCall {
    /// The call id: allow or deny it by this ([`ToolConfirmation::allow`]).
    pub id: String,
    /// The function's name.
    pub name: String,
    /// The arguments, as the model sent them.
    pub arguments: Arguments,
}

/// A run paused before calls that need approval: nothing of them ran. The other calls of
/// the same turn already ran; their results are held and sent with the decision.
///
/// ```no_run
/// # async fn run(client: mistral::Client, request: mistral::conversations::ConversationRequest,
/// #     tools: mistral::chat::Tools) -> Result<(), mistral::Error> {
/// use mistral::conversations::{RunOutcome, ToolConfirmation};
///
/// let conversations = client.conversations();
/// let mut outcome = conversations.run(&request, &tools).await?;
/// while let RunOutcome::NeedsApproval(pending) = outcome {
///     let decisions: Vec<_> = pending
///         .calls()
///         .iter()
///         .map(|c| if c.name == "refund" { ToolConfirmation::deny(&c.id) } else { ToolConfirmation::allow(&c.id) })
///         .collect();
///     outcome = pending.resume(&conversations, decisions, &tools).await?;
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct PendingApproval {
    // Boxed: the append settings make it the outcome's largest variant by far.
    state: Box<RunState>,
    calls: Vec<FunctionCallEntry>,
    executed: Vec<Entry>,
    // Boxed: a streamed run's every item (`RunEvent`) is as large as the outcome.
    response: Box<WithMeta<ConversationResponse>>,
}

impl PendingApproval {
    /// The conversation id.
    pub fn conversation_id(&self) -> &str {
        self.state.conversation_id.as_deref().unwrap_or_default()
    }

    /// The calls awaiting approval (id, name, arguments), in the model's order.
    pub fn calls(&self) -> Vec<PendingCall> {
        self.calls
            .iter()
            .map(|c| PendingCall {
                id: c.tool_call_id.clone(),
                name: c.name.clone(),
                arguments: c.arguments.clone(),
            })
            .collect()
    }

    /// The same calls, as the server's entries.
    pub fn call_entries(&self) -> &[FunctionCallEntry] {
        &self.calls
    }

    /// The `function.result` entries of the turn's other calls, already run and not sent
    /// yet: they go with the decision.
    pub fn executed(&self) -> &[Entry] {
        &self.executed
    }

    /// Every entry of the run so far (the executed results not included).
    pub fn entries(&self) -> &[Entry] {
        &self.state.entries
    }

    /// The response that made the calls.
    pub fn response(&self) -> &WithMeta<ConversationResponse> {
        &self.response
    }

    /// How many model calls the run made so far.
    pub fn steps(&self) -> usize {
        self.state.steps
    }

    /// Allows every pending call.
    pub fn allow_all(&self) -> Vec<ToolConfirmation> {
        decide_all(self.calls.iter().map(|c| c.tool_call_id.as_str()), true)
    }

    /// Denies every pending call.
    pub fn deny_all(&self) -> Vec<ToolConfirmation> {
        decide_all(self.calls.iter().map(|c| c.tool_call_id.as_str()), false)
    }

    /// Goes on with the caller's decisions, answering each call as the API expects (as the
    /// official Python SDK does):
    ///
    /// - a call held here only, by [`Tools::needs_confirmation`](crate::Tools::needs_confirmation)
    ///   (the server waits for its result): allowed, it runs locally and its
    ///   `function.result` is sent; denied, it never runs and its `function.result` is
    ///   [`DENIAL_TEXT`], which the model reads;
    /// - a call the server holds (`confirmation_status: pending`, a tool whose
    ///   `tool_configuration.requires_confirmation` names it): it is answered by a
    ///   `tool_confirmations` entry only, `allow` (the server runs it) or `deny`; nothing runs
    ///   locally.
    ///
    /// The turn's results already run go with them. A pending call without a decision is
    /// denied; decisions naming no pending call are ignored. Then the loop goes on as
    /// [`Conversations::run`] (the step limit counts afresh from here).
    ///
    /// # Errors
    /// As [`Conversations::run`]: every error keeps the conversation id and the entries.
    pub async fn resume(
        self,
        conversations: &Conversations<'_>,
        approvals: impl IntoIterator<Item = ToolConfirmation>,
        tools: &crate::Tools,
    ) -> Result<RunOutcome> {
        self.go_on(conversations, allowed_ids(approvals), tools, None)
            .await
    }

    /// [`resume`](Self::resume), as a [`RunStream`]: the events of every model call and the
    /// local tools' progress (the allowed calls' first), then the outcome. Nothing is sent
    /// until the stream is read.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client, request: mistral::conversations::ConversationRequest,
    /// #     tools: mistral::chat::Tools) -> Result<(), mistral::Error> {
    /// use mistral::conversations::{RunEvent, RunOutcome};
    ///
    /// let conversations = client.conversations();
    /// if let RunOutcome::NeedsApproval(pending) = conversations.run(&request, &tools).await? {
    ///     let allow = pending.allow_all();
    ///     let mut resumed = pending.resume_stream(&conversations, allow, &tools);
    ///     while let Some(item) = resumed.next().await {
    ///         if let RunEvent::ToolResult { name, result, .. } = item? {
    ///             println!("{name}: {result:?}");
    ///         }
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn resume_stream<'s>(
        self,
        conversations: &'s Conversations<'_>,
        approvals: impl IntoIterator<Item = ToolConfirmation>,
        tools: &'s crate::Tools,
    ) -> RunStream<'s> {
        let allowed = allowed_ids(approvals);
        RunStream::new(
            move |events| async move { self.go_on(conversations, allowed, tools, Some(events)).await },
        )
    }

    /// The resumption, for both forms: the allowed calls run, then the loop goes on.
    async fn go_on(
        self,
        conversations: &Conversations<'_>,
        allowed: std::collections::BTreeSet<String>,
        tools: &crate::Tools,
        events: Option<Emitter<RunEvent>>,
    ) -> Result<RunOutcome> {
        let PendingApproval {
            state,
            calls,
            executed,
            ..
        } = self;
        let span = run_span(state.agent_id.as_deref());
        let run = async move {
            let mut run = Runner::new(conversations, tools, *state, events);
            // A call the server holds (`pending`) is answered by a confirmation only: allowed,
            // the server runs it. A call held here only (`Tools::needs_confirmation`; the
            // server waits for its result) is answered by a `function.result`: the tool's
            // output once allowed, the denial text once denied.
            let (server, local): (Vec<_>, Vec<_>) = calls
                .into_iter()
                .partition(|c| c.confirmation_status == Some(ConfirmationStatus::Pending));
            let (allow, deny): (Vec<_>, Vec<_>) =
                local.into_iter().partition(|c| allowed.contains(&c.tool_call_id));
            let mut inputs = executed;
            let ran = run.execute(&allow).await?;
            // In the calls' order: the denied calls' results after the allowed ones'.
            inputs.extend(ran);
            inputs.extend(deny.iter().map(|c| c.result(DENIAL_TEXT)));
            let confirmations: Vec<ToolConfirmation> = server
                .iter()
                .map(|c| match allowed.contains(&c.tool_call_id) {
                    true => ToolConfirmation::allow(&c.tool_call_id),
                    false => ToolConfirmation::deny(&c.tool_call_id),
                })
                .collect();
            run.state.entries.extend(inputs.iter().cloned());
            let response = run.send(inputs, confirmations).await?;
            run.drive(response).await
        };
        traced(span, run).await
    }
}

/// One item of a streamed run ([`Conversations::run_stream`],
/// [`run_stream_in`](Conversations::run_stream_in),
/// [`PendingApproval::resume_stream`]): what a UI shows while the loop goes on. In order, per
/// model call: a [`Step`](Self::Step), that call's [`Event`](Self::Event)s, then, when it
/// called local tools, their [`ToolStarted`](Self::ToolStarted) and
/// [`ToolResult`](Self::ToolResult) items (results as each tool ends, so possibly not in
/// call order); last, [`Finished`](Self::Finished).
#[derive(Debug)]
#[non_exhaustive]
pub enum RunEvent {
    /// A model call (a start or an append) begins: the run's `step`-th, counted from 1 and
    /// across approval pauses ([`ConversationRun::steps`] at the end).
    #[non_exhaustive]
    Step {
        /// Which model call of the run.
        step: usize,
    },
    /// An event of the current model call's stream, as [`ConversationStream`] yields it:
    /// text deltas, function call deltas, built-in tool executions, handoffs, the response's
    /// start and end, and events this version does not know.
    Event(ConversationEvent),
    /// A local tool starts on a call of the model (calls needing approval start only once
    /// allowed).
    #[non_exhaustive]
    ToolStarted {
        /// The call's id.
        call_id: String,
        /// The tool's name.
        name: String,
        /// The arguments, as the model sent them.
        arguments: Arguments,
    },
    /// A local tool ended: its output, or its error (an unknown tool, arguments that do not
    /// parse, the handler's own error), which the model is sent as `error: ..` (or which
    /// stops the run, with [`Tools::fail_on_tool_error`](crate::Tools::fail_on_tool_error)).
    #[non_exhaustive]
    ToolResult {
        /// The call's id.
        call_id: String,
        /// The tool's name.
        name: String,
        /// The handler's output, or the error text.
        result: std::result::Result<String, String>,
    },
    /// The last item: what the run stopped at, the same outcome the non-streaming form
    /// returns.
    Finished(RunOutcome),
}

impl RunEvent {
    /// The text of an output message's delta (an [`Event`](Self::Event) of type
    /// `message.output.delta`), as [`ConversationEvent::text`] reads it.
    pub fn text(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            RunEvent::Event(e) => e.text(),
            _ => None,
        }
    }

    /// The outcome, when this is the last item ([`Finished`](Self::Finished)).
    pub fn finished(self) -> Option<RunOutcome> {
        match self {
            RunEvent::Finished(outcome) => Some(outcome),
            _ => None,
        }
    }
}

/// A public stream type over [`RunCore`], whose items are `$event` and whose outcome is
/// `$outcome`: the conversations' [`RunStream`] and the Responses API's `ResponseRunStream`.
macro_rules! run_stream_type {
    ($(#[$doc:meta])* $name:ident, $event:ty, $outcome:ty) => {
        $(#[$doc])*
        #[must_use = "a run stream sends nothing until it is read"]
        pub struct $name<'a> {
            core: $crate::api::conversations::RunCore<'a, $event>,
        }

        impl std::fmt::Debug for $name<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.core.debug(stringify!($name), f)
            }
        }

        impl<'a> $name<'a> {
            fn new<F, Fut>(run: F) -> Self
            where
                F: FnOnce($crate::api::conversations::Emitter<$event>) -> Fut,
                Fut: std::future::Future<Output = $crate::Result<$outcome>> + Send + 'a,
            {
                $name {
                    core: $crate::api::conversations::RunCore::new(run),
                }
            }

            /// The next item, or `None` after the last.
            pub async fn next(&mut self) -> Option<$crate::Result<$event>> {
                std::future::poll_fn(|cx| self.core.poll_next(cx)).await
            }

            /// Reads the rest of the stream: the run's outcome, as the non-streaming form
            /// returns it.
            ///
            /// # Errors
            /// The run's error; an error of kind [`Builder`](crate::ErrorKind::Builder) when
            /// the outcome was read already (with [`next`](Self::next)).
            pub async fn outcome(self) -> $crate::Result<$outcome> {
                self.core.outcome().await
            }
        }

        impl futures_core::Stream for $name<'_> {
            type Item = $crate::Result<$event>;

            fn poll_next(
                self: std::pin::Pin<&mut Self>,
                cx: &mut std::task::Context<'_>,
            ) -> std::task::Poll<Option<Self::Item>> {
                self.get_mut().core.poll_next(cx)
            }
        }
    };
}
// The Responses API's run stream uses it too (feature `responses`).
#[cfg_attr(not(feature = "responses"), allow(unused_imports))]
pub(crate) use run_stream_type;

run_stream_type! {
    /// A streamed conversation run: a [`Stream`] of [`RunEvent`]s, the last one
    /// [`RunEvent::Finished`], or an error item (which keeps the conversation id and the
    /// entries, as [`Conversations::run`]'s errors do), after which it ends. The loop advances
    /// only as the stream is read (ahead of the reader by one item, or one per tool running at
    /// once); dropping the stream stops it (a tool handler running then is dropped too).
    RunStream, RunEvent, RunOutcome
}

impl RunItem for RunEvent {
    type Outcome = RunOutcome;

    fn from_outcome(outcome: RunOutcome) -> Self {
        RunEvent::Finished(outcome)
    }

    fn into_outcome(self) -> Option<RunOutcome> {
        self.finished()
    }

    fn tool_started(call_id: String, name: String, arguments: Arguments) -> Self {
        RunEvent::ToolStarted {
            call_id,
            name,
            arguments,
        }
    }

    fn tool_result(call_id: String, name: String, result: std::result::Result<String, String>) -> Self {
        RunEvent::ToolResult {
            call_id,
            name,
            result,
        }
    }
}

/// An item of a streamed run (the conversations' [`RunEvent`], the Responses API's
/// `ResponseRunEvent`): the last one holds the run's outcome.
pub(crate) trait RunItem: Sized {
    /// What the run returns.
    type Outcome;

    /// The last item, holding `outcome`.
    fn from_outcome(outcome: Self::Outcome) -> Self;

    /// The outcome, when this is the last item.
    fn into_outcome(self) -> Option<Self::Outcome>;

    /// A local tool starts on a call of the model.
    fn tool_started(call_id: String, name: String, arguments: Arguments) -> Self;

    /// A local tool ended, with its output or its error.
    fn tool_result(call_id: String, name: String, result: std::result::Result<String, String>) -> Self;
}

/// Runs one local tool call of a run (`Tools::execute`), its start and its
/// result handed out as items when the run is streamed (`events`).
pub(crate) async fn run_tool<E: RunItem>(
    events: Option<&Emitter<E>>,
    tools: &crate::Tools,
    trace_content: bool,
    call_id: &str,
    name: &str,
    arguments: Arguments,
) -> std::result::Result<String, String> {
    if let Some(events) = events {
        events
            .emit(E::tool_started(
                call_id.to_owned(),
                name.to_owned(),
                arguments.clone(),
            ))
            .await;
    }
    let call = ToolCall::function(call_id.to_owned(), name.to_owned(), arguments);
    let result = tools.execute(&call, trace_content).await;
    if let Some(events) = events {
        events
            .emit(E::tool_result(
                call_id.to_owned(),
                name.to_owned(),
                result.clone(),
            ))
            .await;
    }
    result
}

/// The machinery of a streamed run, whatever its items (the conversations' [`RunStream`], the
/// Responses API's `ResponseRunStream`): the run's future, polled only as the stream is read;
/// the items it queued, handed out first; then its end, as the last item.
pub(crate) struct RunCore<'a, E: RunItem> {
    run: Option<RunFuture<'a, E::Outcome>>,
    events: Emitter<E>,
    /// The run's end, held while events it queued are handed out first.
    end: Option<Result<E::Outcome>>,
}

/// A streamed run's loop, boxed: it ends with the run's outcome.
type RunFuture<'a, O> = Pin<Box<dyn std::future::Future<Output = Result<O>> + Send + 'a>>;

// The run's future is pinned in its box; nothing else is pinned.
impl<E: RunItem> Unpin for RunCore<'_, E> {}

impl<'a, E: RunItem> RunCore<'a, E> {
    /// The stream of the run `run` makes with the emitter it is given.
    pub(crate) fn new<F, Fut>(run: F) -> Self
    where
        F: FnOnce(Emitter<E>) -> Fut,
        Fut: std::future::Future<Output = Result<E::Outcome>> + Send + 'a,
    {
        let events = Emitter::default();
        RunCore {
            run: Some(Box::pin(run(events.clone()))),
            events,
            end: None,
        }
    }

    /// The next item: a queued event, else the run advanced to its next event or its end.
    pub(crate) fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<E>>> {
        loop {
            if let Some(event) = self.events.pop() {
                return Poll::Ready(Some(Ok(event)));
            }
            if let Some(end) = self.end.take() {
                return Poll::Ready(Some(end.map(E::from_outcome)));
            }
            let Some(run) = self.run.as_mut() else {
                return Poll::Ready(None);
            };
            match run.as_mut().poll(cx) {
                Poll::Ready(end) => {
                    self.run = None;
                    self.end = Some(end);
                }
                // Paused on an event it queued (handed out above), or waiting for I/O.
                Poll::Pending if self.events.is_empty() => return Poll::Pending,
                Poll::Pending => {}
            }
        }
    }

    /// Reads the rest: the run's outcome.
    pub(crate) async fn outcome(mut self) -> Result<E::Outcome> {
        while let Some(item) = std::future::poll_fn(|cx| self.poll_next(cx)).await {
            if let Some(outcome) = item?.into_outcome() {
                return Ok(outcome);
            }
        }
        // Only when the caller read the outcome already, with `next`.
        Err(crate::Error::builder("the run stream's outcome was read already"))
    }

    /// The stream's `Debug`, named `name`: whether the run goes on, how many items wait.
    pub(crate) fn debug(&self, name: &str, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(name)
            .field("running", &self.run.is_some())
            .field("queued", &self.events.len())
            .finish_non_exhaustive()
    }
}

/// The loop's side of a streamed run ([`RunCore`]): the events it queues, handed out by the
/// stream.
pub(crate) struct Emitter<E>(std::sync::Arc<std::sync::Mutex<std::collections::VecDeque<E>>>);

impl<E> Clone for Emitter<E> {
    fn clone(&self) -> Self {
        Emitter(self.0.clone())
    }
}

impl<E> Default for Emitter<E> {
    fn default() -> Self {
        Emitter(Default::default())
    }
}

impl<E> Emitter<E> {
    fn queue(&self) -> std::sync::MutexGuard<'_, std::collections::VecDeque<E>> {
        // A panic elsewhere while holding it leaves the queue intact: keep going.
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Queues `event` and pauses the loop once, so that the stream hands it out before the
    /// loop goes on (one item ahead of the reader, or one per concurrent tool).
    pub(crate) async fn emit(&self, event: E) {
        self.queue().push_back(event);
        let mut paused = false;
        std::future::poll_fn(|cx| {
            if paused {
                return Poll::Ready(());
            }
            paused = true;
            // Woken at once: a combinator that polls only its woken futures (`join_all` over
            // many tools) polls this one again too.
            cx.waker().wake_by_ref();
            Poll::Pending
        })
        .await;
    }

    fn pop(&self) -> Option<E> {
        self.queue().pop_front()
    }

    fn is_empty(&self) -> bool {
        self.queue().is_empty()
    }

    fn len(&self) -> usize {
        self.queue().len()
    }
}

/// One decision for each of `ids` (a paused run's `allow_all` / `deny_all`, the conversations'
/// and the Responses API's).
pub(crate) fn decide_all<'c>(ids: impl Iterator<Item = &'c str>, allow: bool) -> Vec<ToolConfirmation> {
    ids.map(|id| match allow {
        true => ToolConfirmation::allow(id),
        false => ToolConfirmation::deny(id),
    })
    .collect()
}

/// The ids of the calls `approvals` allow (the conversations' and the Responses API's runs).
pub(crate) fn allowed_ids(
    approvals: impl IntoIterator<Item = ToolConfirmation>,
) -> std::collections::BTreeSet<String> {
    approvals
        .into_iter()
        .filter(|a| a.confirmation == Confirmation::Allow)
        .map(|a| a.tool_call_id)
        .collect()
}

/// What a run carries from one model call to the next (and across an approval pause).
#[derive(Debug, Clone)]
struct RunState {
    /// The settings of every append (store, completion args, handoff execution).
    template: ConversationAppendRequest,
    conversation_id: Option<String>,
    /// The agent whose conversation it is (from the start request, or from the outputs of
    /// a conversation run into): its appends are traced as `invoke_agent`.
    agent_id: Option<String>,
    entries: Vec<Entry>,
    steps: usize,
}

impl RunState {
    fn new(template: ConversationAppendRequest, entries: Vec<Entry>) -> Self {
        RunState {
            template,
            conversation_id: None,
            agent_id: None,
            entries,
            steps: 0,
        }
    }

    fn fail(&mut self, e: crate::Error) -> crate::Error {
        e.with_conversation_entries(self.conversation_id.clone(), std::mem::take(&mut self.entries))
    }
}

/// One call of the loop (`run`, `run_in`, `resume` or their streams): the handle bounded by
/// the run's deadline, the tools and the step budget. With `events` (the streamed forms),
/// each model call is a streamed one whose events, folded into the same response, are handed
/// out as they come, with the local tools' progress: the loop itself is the same.
struct Runner<'t, 'a> {
    handle: Conversations<'a>,
    tools: &'t crate::Tools,
    deadline: Option<tokio::time::Instant>,
    budget: usize,
    state: RunState,
    events: Option<Emitter<RunEvent>>,
    /// The client's `trace_content`: the tool spans record the arguments.
    trace_content: bool,
}

impl<'t, 'a> Runner<'t, 'a> {
    fn new(
        handle: &Conversations<'a>,
        tools: &'t crate::Tools,
        state: RunState,
        events: Option<Emitter<RunEvent>>,
    ) -> Self {
        let deadline = tools.run_timeout().map(|t| tokio::time::Instant::now() + t);
        let core = match deadline {
            Some(d) => handle.core.until(d),
            None => handle.core.clone(),
        };
        Runner {
            trace_content: core.client.inner().trace_content,
            handle: Conversations::with_core(core),
            tools,
            deadline,
            budget: tools.step_limit(),
            state,
            events,
        }
    }

    async fn emit(&self, event: RunEvent) {
        if let Some(events) = &self.events {
            events.emit(event).await;
        }
    }

    fn client_handoffs(&self) -> bool {
        self.state.template.handoff_execution == Some(HandoffExecution::Client)
    }

    /// Takes one model call from the budget, or fails at the step limit.
    async fn step(&mut self) -> Result<()> {
        if self.budget == 0 {
            let e = crate::Error::new(Kind::ToolSteps(self.tools.step_limit()));
            return Err(self.state.fail(e));
        }
        self.budget -= 1;
        self.state.steps += 1;
        self.emit(RunEvent::Step {
            step: self.state.steps,
        })
        .await;
        Ok(())
    }

    async fn start(&mut self, request: &ConversationRequest) -> Result<WithMeta<ConversationResponse>> {
        self.step().await?;
        let response = match self.events.clone() {
            None => self.handle.start(request).await,
            Some(events) => {
                let stream = self.handle.start_stream(request).await;
                self.fold(stream, &events).await
            }
        };
        response.map_err(|e| self.state.fail(e))
    }

    /// A streamed model call: each event handed out as it comes, and folded into the
    /// response the non-streaming call returns. The conversation id is known from the
    /// stream's first event, so that an error later in the stream keeps it.
    async fn fold(
        &mut self,
        stream: Result<ConversationStream>,
        events: &Emitter<RunEvent>,
    ) -> Result<WithMeta<ConversationResponse>> {
        let mut stream = stream?;
        let meta = stream.meta().clone();
        let mut acc = ConversationAccumulator::new();
        while let Some(event) = stream.next().await {
            let event = event?;
            if let ConversationEvent::ResponseStarted(started) = &event {
                if !started.conversation_id.is_empty() {
                    self.state.conversation_id = Some(started.conversation_id.clone());
                }
            }
            acc.push(&event);
            events.emit(RunEvent::Event(event)).await;
        }
        Ok(WithMeta::new(acc.finish(), meta))
    }

    /// Appends `inputs` (function results, or the caller's own) and `confirmations` with the
    /// run's settings.
    async fn send(
        &mut self,
        inputs: Vec<Entry>,
        confirmations: Vec<ToolConfirmation>,
    ) -> Result<WithMeta<ConversationResponse>> {
        let mut request = self.state.template.clone();
        request.inputs = (!inputs.is_empty()).then_some(ConversationInputs::Entries(inputs));
        request.tool_confirmations = (!confirmations.is_empty()).then_some(confirmations);
        self.append(&request).await
    }

    async fn append(
        &mut self,
        request: &ConversationAppendRequest,
    ) -> Result<WithMeta<ConversationResponse>> {
        self.step().await?;
        let Some(id) = self.state.conversation_id.clone() else {
            let e = crate::Error::new(Kind::Decode("the server named no conversation id".into()));
            return Err(self.state.fail(e));
        };
        let agent = self.state.agent_id.clone();
        let (handle, agent) = (&self.handle, agent.as_deref());
        let response = match self.events.clone() {
            None => match handle.turn_call(Turn::Append, &id, request, false, agent) {
                Ok(call) => handle.core.fetch(call).await,
                Err(e) => Err(e),
            },
            Some(events) => {
                let stream = match handle.turn_call(Turn::Append, &id, request, true, agent) {
                    Ok(call) => handle.core.event_stream(call).await,
                    Err(e) => Err(e),
                };
                self.fold(stream, &events).await
            }
        };
        response.map_err(|e| self.state.fail(e))
    }

    /// Runs `calls` with the tools' handlers (concurrently), within the run's deadline: their
    /// `function.result` entries, in call order.
    async fn execute(&mut self, calls: &[FunctionCallEntry]) -> Result<Vec<Entry>> {
        let tools = self.tools;
        let trace_content = self.trace_content;
        let events = self.events.clone();
        let events = events.as_ref();
        let results = tools
            .run_calls(
                self.deadline,
                calls,
                |c| (c.name.as_str(), c.tool_call_id.as_str()),
                |c| {
                    run_tool(
                        events,
                        tools,
                        trace_content,
                        &c.tool_call_id,
                        &c.name,
                        c.arguments.clone(),
                    )
                },
            )
            .await
            .map_err(|e| self.state.fail(e))?;
        Ok(calls
            .iter()
            .zip(results)
            .map(|(c, r)| c.result(crate::tools::answer_text(r)))
            .collect())
    }

    /// The loop from a response: run its calls and send the results until an answer without
    /// calls, a pause for approval, a client handoff, or an error.
    async fn drive(mut self, mut response: WithMeta<ConversationResponse>) -> Result<RunOutcome> {
        loop {
            if !response.conversation_id.is_empty() {
                self.state.conversation_id = Some(response.conversation_id.clone());
            }
            if self.state.agent_id.is_none() {
                self.state.agent_id = response
                    .outputs
                    .iter()
                    .find_map(|o| o.agent_id().map(str::to_owned));
            }
            self.state.entries.extend(response.outputs.iter().cloned());
            let calls: Vec<FunctionCallEntry> = response.function_calls().cloned().collect();
            if calls.is_empty() {
                let handoff = response
                    .handoffs()
                    .last()
                    .cloned()
                    .filter(|_| self.client_handoffs());
                let run = ConversationRun {
                    conversation_id: self.state.conversation_id.clone().unwrap_or_default(),
                    entries: self.state.entries,
                    steps: self.state.steps,
                    response: Box::new(response),
                };
                return Ok(match handoff {
                    Some(handoff) => RunOutcome::Handoff { handoff, run },
                    None => RunOutcome::Done(run),
                });
            }
            let tools = self.tools;
            let (held, now): (Vec<_>, Vec<_>) = calls.into_iter().partition(|c| {
                tools.requires_confirmation(&c.name)
                    || c.confirmation_status == Some(ConfirmationStatus::Pending)
            });
            tracing::debug!(
                steps = self.state.steps,
                calls = now.len(),
                held = held.len(),
                "running function calls"
            );
            let results = self.execute(&now).await?;
            if !held.is_empty() {
                return Ok(RunOutcome::NeedsApproval(PendingApproval {
                    state: Box::new(self.state),
                    calls: held,
                    executed: results,
                    response: Box::new(response),
                }));
            }
            self.state.entries.extend(results.iter().cloned());
            response = self.send(results, Vec::new()).await?;
        }
    }
}

/// What a call held by [`Tools::needs_confirmation`](crate::Tools::needs_confirmation) and
/// denied is answered with (its `function.result`): the model reads that it did not run.
pub const DENIAL_TEXT: &str = "The user denied this call.";

/// A run needs to append to the conversation: one that is not stored cannot be appended to.
fn unstored() -> crate::Error {
    mistral_types::ValidationError::single(
        "store",
        "a run appends to the conversation, which needs it stored: leave `store` unset or true",
    )
    .into()
}

/// The span over a whole run (its model calls and its `execute_tool` spans are its
/// children): `invoke_agent {agent_id}` for an agent's conversation, else `chat` (a Responses
/// run too); `gen_ai.conversation.id` (or a Responses run's `gen_ai.response.id`) is recorded
/// at the end.
pub(crate) fn run_span(agent_id: Option<&str>) -> Span {
    let operation = if agent_id.is_some() {
        "invoke_agent"
    } else {
        "chat"
    };
    tracing::info_span!(
        "mistral",
        otel.name = %RunSpanName(agent_id),
        otel.kind = "internal",
        gen_ai.operation.name = operation,
        gen_ai.provider.name = "mistral_ai",
        gen_ai.agent.id = agent_id,
        gen_ai.conversation.id = tracing::field::Empty,
        // A Responses run's last response (it has no conversation).
        gen_ai.response.id = tracing::field::Empty,
        error.type = tracing::field::Empty,
    )
}

/// A run span's `otel.name`, formatted only for a subscriber that records it.
struct RunSpanName<'a>(Option<&'a str>);

impl std::fmt::Display for RunSpanName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(agent) => write!(f, "invoke_agent {agent}"),
            None => f.write_str("chat"),
        }
    }
}

/// Runs `run` inside `span`, and records on it the conversation id and, on error, its kind.
async fn traced(
    span: Span,
    run: impl std::future::Future<Output = Result<RunOutcome>>,
) -> Result<RunOutcome> {
    use tracing::Instrument as _;
    let result = run.instrument(span.clone()).await;
    let id = match &result {
        Ok(outcome) => Some(outcome.conversation_id()),
        Err(e) => {
            span.record("error.type", tracing::field::debug(e.kind()));
            e.conversation_id()
        }
    };
    if let Some(id) = id.filter(|id| !id.is_empty()) {
        span.record("gen_ai.conversation.id", id);
    }
    result
}

/// The append settings a start request's run keeps for its appends.
fn template_of(request: &ConversationRequest) -> ConversationAppendRequest {
    let mut t = ConversationAppendRequest::confirmations([]);
    t.tool_confirmations = None;
    t.store = request.store;
    t.handoff_execution = request.handoff_execution.clone();
    t.completion_args = request.completion_args.clone();
    t
}

fn input_entries(inputs: Option<&ConversationInputs>) -> Vec<Entry> {
    match inputs {
        Some(ConversationInputs::Text(t)) => vec![Entry::user(t.as_str())],
        Some(ConversationInputs::Entries(e)) => e.clone(),
        None => Vec::new(),
    }
}

impl Conversations<'_> {
    /// The tool loop of a conversation: starts it with `request` and the tools' definitions
    /// added to its `tools` (a name the request defines already is kept as the request has
    /// it; with an `agent_id`, nothing is added: the agent's own tools apply, so create it
    /// with [`Tools::definitions`](crate::Tools::definitions)), runs each `function.call` of
    /// the answer with its [`Tools`](crate::Tools) handler (concurrently when there are
    /// several), appends the results as `function.result` entries, and repeats until an
    /// answer without function calls or the step limit
    /// ([`Tools::max_steps`](crate::Tools::max_steps); every start or append counts). Built-in
    /// tools and `server` handoffs run on the server and just flow.
    ///
    /// It stops early, with nothing of them run, at calls to tools marked
    /// [`Tools::needs_confirmation`](crate::Tools::needs_confirmation)
    /// ([`RunOutcome::NeedsApproval`]), and at a handoff when the request asks
    /// `handoff_execution: client` ([`RunOutcome::Handoff`]).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::chat::Tools;
    /// use mistral::conversations::{ConversationRequest, RunOutcome};
    ///
    /// #[derive(schemars::JsonSchema, serde::Deserialize)]
    /// struct GetWeather { city: String }
    ///
    /// let tools = Tools::new().add::<GetWeather>("get_weather", "Current weather", |a| async move {
    ///     format!("22 °C in {}", a.city)
    /// });
    /// let request = ConversationRequest::builder()
    ///     .inputs("Weather in Paris?")
    ///     .model("mistral-medium-latest")
    ///     .build();
    /// if let RunOutcome::Done(run) = client.conversations().run(&request, &tools).await? {
    ///     println!("{} ({} steps)", run.text(), run.steps());
    /// }
    /// # Ok(()) }
    /// ```
    ///
    /// The whole run is traced as one span (`invoke_agent {agent_id}` for an agent, else
    /// `chat`, with `gen_ai.conversation.id`), the parent of each model call's span and of
    /// each local tool's `execute_tool` span.
    ///
    /// # Errors
    /// A request with `store: false`, before anything is sent (a run appends to the
    /// conversation, and one that is not stored cannot be appended to). Any call's error (an
    /// API error status after its retries, a timeout, a connection error, the run's
    /// [`Tools::timeout`](crate::Tools::timeout)),
    /// [`Error::is_tool_step_limit`](crate::Error::is_tool_step_limit), or a failing tool
    /// with [`Tools::fail_on_tool_error`](crate::Tools::fail_on_tool_error)
    /// ([`ErrorKind::ToolFailed`](crate::ErrorKind::ToolFailed)). Each error once the run
    /// started keeps the conversation id
    /// ([`Error::conversation_id`](crate::Error::conversation_id)) and every entry so far
    /// ([`Error::entries`](crate::Error::entries)).
    pub async fn run(&self, request: &ConversationRequest, tools: &crate::Tools) -> Result<RunOutcome> {
        self.run_with(request, tools, None).await
    }

    /// [`run`](Self::run) as a [`RunStream`]: every event of every model call (each made as
    /// a streamed call: [`RunEvent::Event`]), a [`RunEvent::Step`] before each, the local
    /// tools' progress ([`RunEvent::ToolStarted`], [`RunEvent::ToolResult`] as each ends),
    /// and last [`RunEvent::Finished`] with the same [`RunOutcome`] as `run`'s. The same
    /// loop: the same step limit, approval pauses and client handoffs; an error is the
    /// stream's last item and keeps the conversation id and the entries as `run`'s do.
    /// Nothing is sent until the stream is read.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client, request: mistral::conversations::ConversationRequest,
    /// #     tools: mistral::chat::Tools) -> Result<(), mistral::Error> {
    /// use mistral::conversations::{RunEvent, RunOutcome};
    ///
    /// let conversations = client.conversations();
    /// let mut run = conversations.run_stream(&request, &tools);
    /// while let Some(item) = run.next().await {
    ///     match item? {
    ///         RunEvent::ToolStarted { name, .. } => println!("[running {name}]"),
    ///         RunEvent::ToolResult { name, result, .. } => println!("[{name}: {result:?}]"),
    ///         RunEvent::Finished(RunOutcome::Done(done)) => println!("\n{} steps", done.steps()),
    ///         RunEvent::Finished(other) => println!("\nstopped: {other:?}"),
    ///         event => {
    ///             if let Some(text) = event.text() {
    ///                 print!("{text}");
    ///             }
    ///         }
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn run_stream<'s>(&'s self, request: &ConversationRequest, tools: &'s crate::Tools) -> RunStream<'s> {
        let request = request.clone();
        RunStream::new(move |events| async move { self.run_with(&request, tools, Some(events)).await })
    }

    /// [`run_in`](Self::run_in) as a [`RunStream`] (see [`run_stream`](Self::run_stream)).
    pub fn run_stream_in<'s>(
        &'s self,
        conversation_id: &str,
        request: &ConversationAppendRequest,
        tools: &'s crate::Tools,
    ) -> RunStream<'s> {
        let (id, request) = (conversation_id.to_owned(), request.clone());
        RunStream::new(
            move |events| async move { self.run_in_with(&id, &request, tools, Some(events)).await },
        )
    }

    /// [`resume`](Self::resume) as a [`RunStream`]: [`PendingApproval::resume_stream`] with
    /// this handle.
    pub fn resume_stream<'s>(
        &'s self,
        pending: PendingApproval,
        approvals: impl IntoIterator<Item = ToolConfirmation>,
        tools: &'s crate::Tools,
    ) -> RunStream<'s> {
        pending.resume_stream(self, approvals, tools)
    }

    /// The run, for both forms.
    async fn run_with(
        &self,
        request: &ConversationRequest,
        tools: &crate::Tools,
        events: Option<Emitter<RunEvent>>,
    ) -> Result<RunOutcome> {
        let mut request = request.clone();
        if request.store == Some(false) {
            return Err(unstored());
        }
        // An agent brings its own tools (create it with the tools' definitions): a request
        // to an agent sets no tools of its own.
        if request.agent_id.is_none() {
            request.tools = Some(crate::tools::with_definitions(request.tools.take(), tools));
        }
        let mut state = RunState::new(template_of(&request), input_entries(Some(&request.inputs)));
        state.agent_id.clone_from(&request.agent_id);
        let span = run_span(state.agent_id.as_deref());
        let run = async move {
            let mut run = Runner::new(self, tools, state, events);
            let response = run.start(&request).await?;
            run.drive(response).await
        };
        traced(span, run).await
    }

    /// The tool loop in an existing conversation: appends `request` (new inputs, function
    /// results of an earlier run's error, confirmations) to `conversation_id`, then goes on
    /// as [`run`](Self::run). The request's settings (store, completion args, handoff
    /// execution) apply to every append of the run. The tools' definitions are not sent: the
    /// conversation keeps those it was started with. The appends are traced as
    /// `invoke_agent` with the agent's id once an output names the agent.
    ///
    /// # Errors
    /// As [`run`](Self::run) (`store: false` is refused too).
    pub async fn run_in(
        &self,
        conversation_id: &str,
        request: &ConversationAppendRequest,
        tools: &crate::Tools,
    ) -> Result<RunOutcome> {
        self.run_in_with(conversation_id, request, tools, None).await
    }

    /// The run in a conversation, for both forms.
    async fn run_in_with(
        &self,
        conversation_id: &str,
        request: &ConversationAppendRequest,
        tools: &crate::Tools,
        events: Option<Emitter<RunEvent>>,
    ) -> Result<RunOutcome> {
        if request.store == Some(false) {
            return Err(unstored());
        }
        let mut template = request.clone();
        template.inputs = None;
        template.tool_confirmations = None;
        let mut state = RunState::new(template, input_entries(request.inputs.as_ref()));
        state.conversation_id = Some(conversation_id.to_owned());
        let span = run_span(None);
        let run = async move {
            let mut run = Runner::new(self, tools, state, events);
            let response = run.append(request).await?;
            run.drive(response).await
        };
        traced(span, run).await
    }

    /// Resumes a run paused for approval: [`PendingApproval::resume`] with this handle.
    ///
    /// # Errors
    /// As [`run`](Self::run).
    pub async fn resume(
        &self,
        pending: PendingApproval,
        approvals: impl IntoIterator<Item = ToolConfirmation>,
        tools: &crate::Tools,
    ) -> Result<RunOutcome> {
        pending.resume(self, approvals, tools).await
    }
}
