//! Conversations (beta): `POST /v1/conversations` (start), `POST /v1/conversations/{id}`
//! (append), `POST /v1/conversations/{id}/restart`, `GET /v1/conversations` (list),
//! `GET|DELETE /v1/conversations/{id}`, `GET /v1/conversations/{id}/history` and `/messages`;
//! start, append and restart also as streams of named events ([`ConversationStream`]).

use std::pin::Pin;
use std::task::{ready, Context, Poll};

use futures_core::Stream;
use http::Method;
use mistral_types::conversations::{
    Conversation, ConversationAccumulator, ConversationAppendRequest, ConversationEvent, ConversationHistory,
    ConversationMessages, ConversationRequest, ConversationResponse, ConversationRestartRequest,
};
use mistral_types::ChunkReader;
use serde::Deserialize;
use tracing::Span;

use crate::error::Result;
use crate::meta::WithMeta;
use crate::paginate::{self, Paginator};
use crate::pipeline::{segment, Call, Collect, Decode, StreamChunk, StreamSummary};
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
                summary.note(&e.conversation_id, "", std::iter::empty(), None)
            }
            ConversationEvent::MessageOutputDelta(e) => {
                summary.note("", e.model.as_deref().unwrap_or(""), std::iter::empty(), None);
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
        while let Some(event) = self.next().await {
            acc.push(&event?);
        }
        Ok(acc.finish())
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
        loop {
            match ready!(Pin::new(&mut self.inner).poll_next(cx)) {
                None => return Poll::Ready(None),
                Some(Err(e)) => return Poll::Ready(Some(Err(e))),
                Some(Ok(event)) => {
                    if let Some(text) = event.text().filter(|t| !t.is_empty()) {
                        return Poll::Ready(Some(Ok(text.into_owned())));
                    }
                }
            }
        }
    }
}

impl Decode for ConversationResponse {
    fn is_empty_shell(&self) -> bool {
        self.conversation_id.is_empty() && self.outputs.is_empty()
    }

    fn record(&self, span: &Span) {
        if !self.conversation_id.is_empty() {
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

/// `?page=..&page_size=..` with the values that are set.
fn list_path(page: Option<u32>, page_size: Option<u32>) -> String {
    let mut path = String::from("/v1/conversations");
    let mut sep = '?';
    for (k, v) in [("page", page), ("page_size", page_size)] {
        if let Some(v) = v {
            path.push(sep);
            path.push_str(&format!("{k}={v}"));
            sep = '&';
        }
    }
    path
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
        let body = self.core.encode_streamable(request, false)?;
        self.core
            .fetch(Call::post("start_conversation", "/v1/conversations", body).about(request))
            .await
    }

    /// Starts a conversation with `request` (`stream: true`) and returns its event stream
    /// once the response headers arrive. An error status fails this call, not the stream.
    ///
    /// # Errors
    /// As [`start`](Self::start), plus a non-`text/event-stream` content type.
    pub async fn start_stream(&self, request: &ConversationRequest) -> Result<ConversationStream> {
        let body = self.core.encode_streamable(request, true)?;
        self.core
            .event_stream(Call::post("start_conversation", "/v1/conversations", body).about(request))
            .await
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
        let body = self.core.encode_streamable(request, false)?;
        let path = format!(
            "/v1/conversations/{}",
            segment("conversation_id", conversation_id)?
        );
        self.core
            .fetch(Call::post("append_conversation", path, body).about(request))
            .await
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
        let body = self.core.encode_streamable(request, true)?;
        let path = format!(
            "/v1/conversations/{}",
            segment("conversation_id", conversation_id)?
        );
        self.core
            .event_stream(Call::post("append_conversation", path, body).about(request))
            .await
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
        let body = self.core.encode_streamable(request, false)?;
        let path = format!(
            "/v1/conversations/{}/restart",
            segment("conversation_id", conversation_id)?
        );
        self.core
            .fetch(Call::post("restart_conversation", path, body).about(request))
            .await
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
        let body = self.core.encode_streamable(request, true)?;
        let path = format!(
            "/v1/conversations/{}/restart",
            segment("conversation_id", conversation_id)?
        );
        self.core
            .event_stream(Call::post("restart_conversation", path, body).about(request))
            .await
    }

    /// One conversation (its model or agent, settings and metadata; not its entries, see
    /// [`history`](Self::history)).
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn get(&self, conversation_id: &str) -> Result<WithMeta<Conversation>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/conversations/{}",
            segment("conversation_id", conversation_id)?
        );
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
        let path = format!(
            "/v1/conversations/{}",
            segment("conversation_id", conversation_id)?
        );
        // Whatever body comes (none, or a small JSON) is read and dropped, within a bound.
        let mut sink = Collect {
            buf: bytes::BytesMut::new(),
            max: 64 * 1024,
        };
        let done = self
            .core
            .fetch_into(Call::bare("delete_conversation", Method::DELETE, path), &mut sink)
            .await?;
        let (_, meta) = done.into_parts();
        Ok(WithMeta::new((), meta))
    }

    /// Every entry of the conversation, in order: messages, function calls and results, tool
    /// executions, handoffs.
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn history(&self, conversation_id: &str) -> Result<WithMeta<ConversationHistory>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/conversations/{}/history",
            segment("conversation_id", conversation_id)?
        );
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
        let path = format!(
            "/v1/conversations/{}/messages",
            segment("conversation_id", conversation_id)?
        );
        self.core
            .fetch(Call::bare("get_conversation_messages", Method::GET, path))
            .await
    }

    /// One page of the conversations, newest first: page `page` (from 0; the API's default
    /// is 0) of `page_size` (the API's default is 100). See [`list_all`](Self::list_all) for
    /// every page.
    ///
    /// # Errors
    /// As every call.
    pub async fn list(
        &self,
        page: Option<u32>,
        page_size: Option<u32>,
    ) -> Result<WithMeta<Vec<Conversation>>> {
        self.core.check_headers()?;
        let done = self
            .core
            .fetch::<ConversationPage>(Call::bare(
                "list_conversations",
                Method::GET,
                list_path(page, page_size),
            ))
            .await?;
        let (ConversationPage(list), meta) = done.into_parts();
        Ok(WithMeta::new(list, meta))
    }

    /// Every conversation, page after page of `page_size` (the API's default is 100) from the
    /// first, fetched lazily as the [`Paginator`] is read; the listing ends at an empty page.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// let mut all = client.conversations().list_all(Some(50)).by_item();
    /// while let Some(conversation) = all.next().await {
    ///     println!("{}", conversation?.id);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_all(&self, page_size: Option<u32>) -> Paginator<Conversation> {
        paginate::page_numbered(
            &self.core,
            "list_conversations",
            (None, page_size),
            move |page| list_path(Some(page), page_size),
            |ConversationPage(list)| (list, None),
        )
    }
}

crate::pipeline::per_call_setters!(Conversations => core.opts);
