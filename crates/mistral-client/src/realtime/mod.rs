//! Realtime transcription over a WebSocket (feature `realtime`):
//! `GET /v1/audio/transcriptions/realtime?model=...` upgraded to a WebSocket, then JSON text
//! messages both ways. The client sends `session.update`, `input_audio.append` (base64 audio),
//! `input_audio.flush` and `input_audio.end`; the server sends `session.created` first, then
//! `session.updated`, the transcription events and `error`.
//!
//! The connection is the client's own: the same rustls setup and roots, the same proxy
//! settings (a CONNECT tunnel), bounded by the client's connect timeout, HTTP/1.1 only (an
//! upgrade needs it). It does not go through a custom [`Transport`](crate::Transport): a
//! WebSocket is not a request and a response. The key goes only in the upgrade request's
//! `Authorization` header, never in the URL, and no error or `Debug` shows it.
//!
//! Instead of the key, the connection can use a client session's secret
//! (`POST /v1/client/sessions`, [`RealtimeBuilder::session`]): it is offered as a WebSocket
//! subprotocol beside `realtime` (`Sec-WebSocket-Protocol: realtime, rt_...`, as Mistral's
//! client-authentication guide says), and the key is then not sent at all.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::OnceLock;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use base64::Engine as _;
use bytes::Bytes;
use futures_core::Stream;
use futures_util::{SinkExt as _, StreamExt as _};
use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, SEC_WEBSOCKET_PROTOCOL};
use http::Uri;
use hyper_util::rt::TokioIo;
use mistral_types::audio::{TranscriptionAccumulator, TranscriptionResponse};
use mistral_types::generated::realtime::{
    CreateRealtimeSessionRequest, CreateRealtimeSessionRequestPurpose, CreateRealtimeSessionResponse,
};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, WebSocketConfig};
use tokio_tungstenite::tungstenite::{Error as WsError, Message};
use tokio_tungstenite::WebSocketStream;
use tower_service::Service as _;

use crate::api::Audio;
use crate::error::{Error, Kind, Result, StreamKind, TimeoutPhase};
use crate::meta::ResponseMeta;
use crate::pipeline::Core;
use crate::proxy::{ConnectFailure, ProxyConfig};
use crate::redact::Secrets;
use crate::transport::{find_in_chain, Connector, HyperSettings, TransportError, TransportErrorKind};

mod credential;
mod types;

use credential::SessionSecret;
use types::{read_message, ServerMessage, MAX_APPEND_BYTES};
pub use types::{AudioEncoding, AudioFormat, RealtimeEvent, RealtimeSessionInfo, RealtimeSessionUpdate};

/// The path of the realtime endpoint.
const PATH: &str = "/v1/audio/transcriptions/realtime";

/// How long a close waits for the server's answering close frame.
const CLOSE_WAIT: Duration = Duration::from_secs(2);

type Io = TokioIo<hyper_rustls::MaybeHttpsStream<TokioIo<tokio::net::TcpStream>>>;
type Ws = WebSocketStream<Io>;

/// How the client opens realtime connections: its proxy setting, and the connector, made on
/// first use (with the connect timeout) and kept.
pub(crate) struct Connecting {
    proxy: ProxyConfig,
    connector: OnceLock<Connector>,
}

impl Connecting {
    pub(crate) fn new(proxy: ProxyConfig) -> Self {
        Connecting {
            proxy,
            connector: OnceLock::new(),
        }
    }

    fn connector(&self, connect_timeout: Option<Duration>) -> Result<Connector> {
        if let Some(c) = self.connector.get() {
            return Ok(c.clone());
        }
        let mut settings = HyperSettings::new(connect_timeout, None);
        settings.proxy = self.proxy.clone();
        let c = crate::transport::connector(&settings, false)?;
        // Two first calls at once both build one; either is right.
        let _ = self.connector.set(c.clone());
        Ok(c)
    }
}

/// A realtime session about to be opened: `client.audio().realtime(model)`, then the audio
/// format, the streaming delay and the timeouts, then [`connect`](Self::connect) (or
/// [`transcribe`](Self::transcribe) for a whole stream of audio).
///
/// ```no_run
/// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
/// use mistral::audio::{AudioFormat, RealtimeEvent};
///
/// let mut session = client
///     .audio()
///     .realtime("voxtral-mini-transcribe-realtime-2602")
///     .audio_format(AudioFormat::pcm_s16le(16_000))
///     .connect()
///     .await?;
/// session.send_audio(vec![0u8; 3_200]).await?; // 100 ms of silence
/// session.end().await?;
/// while let Some(event) = session.next().await {
///     if let Some(text) = event?.text() {
///         print!("{text}");
///     }
/// }
/// # Ok(()) }
/// ```
///
/// With a client session instead of the API key (a session minted elsewhere, e.g. by your
/// backend, or one minted here by [`connect_with_new_session`](Self::connect_with_new_session)):
///
/// ```no_run
/// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
/// use mistral::realtime::{CreateRealtimeSessionRequest, CreateRealtimeSessionRequestPurpose};
///
/// let model = "voxtral-mini-transcribe-realtime-2602";
/// let minted = client
///     .realtime()
///     .sessions()
///     .create(
///         &CreateRealtimeSessionRequest::builder()
///             .model(model)
///             .purpose(CreateRealtimeSessionRequestPurpose::Realtime)
///             .ttl_seconds(60)
///             .build(),
///     )
///     .await?;
/// // Sends `Sec-WebSocket-Protocol: realtime, rt_...`; no `Authorization` header.
/// let session = client.audio().realtime(model).session(&minted).connect().await?;
/// # drop(session); Ok(()) }
/// ```
#[must_use]
pub struct RealtimeBuilder<'a> {
    core: Core<'a>,
    model: String,
    update: RealtimeSessionUpdate,
    timeout: Option<Option<Duration>>,
    idle_timeout: Option<Option<Duration>>,
    /// A client session's secret, sent instead of the API key.
    secret: Option<SessionSecret>,
    /// The lifetime asked for a session minted by `connect_with_new_session`.
    session_ttl: Option<Duration>,
}

impl std::fmt::Debug for RealtimeBuilder<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RealtimeBuilder")
            .field("model", &self.model)
            .field("update", &self.update)
            .field("timeout", &self.timeout)
            .field("idle_timeout", &self.idle_timeout)
            .field(
                "credential",
                &if self.secret.is_some() {
                    "client session"
                } else {
                    "api key"
                },
            )
            .finish_non_exhaustive()
    }
}

impl<'a> RealtimeBuilder<'a> {
    pub(crate) fn new(core: Core<'a>, model: String) -> Self {
        RealtimeBuilder {
            core,
            model,
            update: RealtimeSessionUpdate::default(),
            timeout: None,
            idle_timeout: None,
            secret: None,
            session_ttl: None,
        }
    }

    /// Authenticates with this client session (`POST /v1/client/sessions`,
    /// [`client.realtime().sessions().create`](crate::generated::realtime::RealtimeSessions::create))
    /// instead of the API key: its secret is offered as a WebSocket subprotocol
    /// (`Sec-WebSocket-Protocol: realtime, <secret>`) and no `Authorization` header is sent.
    /// The session must have been made for this builder's model, and not have expired.
    pub fn session(self, session: &CreateRealtimeSessionResponse) -> Self {
        self.session_secret(session.client_secret.value.clone())
    }

    /// As [`session`](Self::session), from the secret alone (the `client_secret.value` a
    /// backend handed over, `rt_...`). Neither `Debug` nor an error shows it.
    pub fn session_secret(mut self, secret: impl Into<String>) -> Self {
        self.secret = Some(SessionSecret::new(secret.into()));
        self
    }

    /// How long a session minted by [`connect_with_new_session`](Self::connect_with_new_session)
    /// may be used to connect (`ttl_seconds`, whole seconds, at least one; default: the
    /// server's).
    pub fn session_ttl(mut self, ttl: Duration) -> Self {
        self.session_ttl = Some(ttl);
        self
    }

    /// Mints a client session for this builder's model with the API key
    /// (`POST /v1/client/sessions`, purpose `realtime`, with this handle's per-call options),
    /// then [`connect`](Self::connect)s with its secret instead of the key.
    ///
    /// # Errors
    /// As every call for the session (e.g. 401, or 403 without the `create_client_session`
    /// permission: nothing is connected then), then as [`connect`](Self::connect).
    pub async fn connect_with_new_session(self) -> Result<RealtimeSession> {
        self.core.check_headers()?;
        if self.model.trim().is_empty() {
            return Err(mistral_types::ValidationError::single("model", "must not be empty").into());
        }
        let ttl = self
            .session_ttl
            .map(|t| i64::try_from(t.as_secs().max(1)).unwrap_or(i64::MAX));
        let body = CreateRealtimeSessionRequest::builder()
            .model(self.model.clone())
            .purpose(CreateRealtimeSessionRequestPurpose::Realtime)
            .maybe_ttl_seconds(ttl)
            .build();
        let minted = crate::generated::realtime::RealtimeSessions::with_core(self.core.clone())
            .create(&body)
            .await?
            .into_inner();
        self.session(&minted).connect().await
    }

    /// The format of the audio to be sent (sent as a `session.update` once the session is
    /// open; the server's default is `pcm_s16le` at 16 kHz).
    pub fn audio_format(mut self, format: AudioFormat) -> Self {
        self.update.audio_format = Some(format);
        self
    }

    /// How far behind the audio the transcription may run, in milliseconds (a longer delay
    /// gives the model more context).
    pub fn target_streaming_delay_ms(mut self, ms: u32) -> Self {
        self.update.target_streaming_delay_ms = Some(ms);
        self
    }

    /// A bound on opening the session: connecting, the upgrade's answer and `session.created`
    /// (default: the client's request timeout; `None` disables it). The TCP and TLS part is
    /// also bounded by the client's connect timeout.
    pub fn timeout(mut self, t: impl Into<Option<Duration>>) -> Self {
        self.timeout = Some(t.into());
        self
    }

    /// The longest wait for the server's next message while the events are read (default:
    /// the client's stream idle timeout; `None` disables it).
    pub fn idle_timeout(mut self, t: impl Into<Option<Duration>>) -> Self {
        self.idle_timeout = Some(t.into());
        self
    }

    /// Opens the session: connects, upgrades to a WebSocket with the key (or the client
    /// session's secret) in the upgrade's headers, waits for `session.created`, then sends the
    /// `session.update` when a format or delay was set. The session's first event is
    /// `session.created`.
    ///
    /// # Errors
    /// An invalid model, format, session secret or per-call header (nothing sent); a
    /// connection failure or
    /// connect timeout; the upgrade refused (an API error with its status, e.g. 401); an
    /// `error` message or a close before `session.created`; a request timeout when the
    /// session did not open in time.
    pub async fn connect(self) -> Result<RealtimeSession> {
        self.core.check_headers()?;
        if self.model.trim().is_empty() {
            return Err(mistral_types::ValidationError::single("model", "must not be empty").into());
        }
        let update = self.update.audio_format.is_some() || self.update.target_streaming_delay_ms.is_some();
        if update {
            self.update.validate()?;
        }
        let protocol = self.secret.as_ref().map(SessionSecret::header).transpose()?;
        if protocol.is_none() {
            // Without a session secret the upgrade authenticates with the key.
            self.core.check_authorized()?;
        }
        let inner = self.core.client.inner();
        let limit = self.timeout.unwrap_or(inner.timeouts.request);
        let idle = self.idle_timeout.unwrap_or(inner.timeouts.stream_idle);
        let open = self.open(idle, protocol);
        let mut session = match limit {
            None => open.await?,
            Some(t) => match tokio::time::timeout(t, open).await {
                Ok(r) => r?,
                Err(_) => {
                    return Err(Error::timeout(TimeoutPhase::Request)
                        .with_detail(format!("the realtime session did not open within {t:?}")))
                }
            },
        };
        if update {
            session.send(self.update.message()).await?;
        }
        Ok(session)
    }

    /// Opens a session and transcribes `audio`: its chunks are sent as they come, while the
    /// events are read; when `audio` ends, `input_audio.flush` and `input_audio.end` are
    /// sent. The stream ends after `transcription.done`.
    ///
    /// # Errors
    /// As [`connect`](Self::connect).
    pub async fn transcribe<S, B>(self, audio: S) -> Result<RealtimeTranscription>
    where
        S: Stream<Item = B> + Send + 'static,
        B: Into<Bytes> + 'static,
    {
        let session = self.connect().await?;
        Ok(RealtimeTranscription {
            session,
            audio: Some(Box::pin(audio.map(Into::into))),
            outgoing: VecDeque::new(),
            flushing: false,
            acc: None,
            finished: false,
            send_failed: None,
        })
    }

    /// `protocol`: the `Sec-WebSocket-Protocol` carrying a client session's secret, sent
    /// instead of the `Authorization` header.
    async fn open(
        &self,
        idle: Option<Duration>,
        protocol: Option<http::HeaderValue>,
    ) -> Result<RealtimeSession> {
        let inner = self.core.client.inner();
        let secrets = match &self.secret {
            Some(s) => self.core.secrets().with_values([s.as_bytes()]),
            None => self.core.secrets(),
        };
        let (http_uri, ws_uri) = urls(&inner.base_url, &self.model)?;
        let mut connector = inner.realtime.connector(inner.timeouts.connect)?;
        std::future::poll_fn(|cx| connector.poll_ready(cx))
            .await
            .map_err(connect_error)?;
        let io = connector.call(http_uri).await.map_err(connect_error)?;

        let mut request = ws_uri
            .into_client_request()
            .map_err(|e| Error::builder(format!("the realtime URL is not usable: {e}")))?;
        for (name, value) in &self.core.headers() {
            // Not a body request: no content type; the answer is not JSON either. With a
            // session's secret, the key stays home.
            if name != CONTENT_TYPE && name != ACCEPT && !(protocol.is_some() && name == AUTHORIZATION) {
                request.headers_mut().insert(name.clone(), value.clone());
            }
        }
        match protocol {
            // tungstenite then requires the 101 to select one of the offered subprotocols.
            Some(p) => {
                request.headers_mut().insert(SEC_WEBSOCKET_PROTOCOL, p);
            }
            None => debug_assert!(request.headers().contains_key(AUTHORIZATION)),
        }
        let max = inner.max_event_bytes;
        let config = WebSocketConfig::default()
            .max_message_size(Some(max))
            .max_frame_size(Some(max));
        let (ws, response) = match tokio_tungstenite::client_async_with_config(
            request,
            TokioIo::new(io),
            Some(config),
        )
        .await
        {
            Ok(r) => r,
            Err(WsError::Http(response)) => {
                let (parts, body) = (*response).into_parts();
                let body = secrets.redact(body.as_deref().unwrap_or_default()).into_owned();
                return Err(Error::api(ResponseMeta::new(parts.status, parts.headers), &body));
            }
            Err(e) => return Err(ws_error(e, &secrets, false)),
        };
        let (parts, _) = response.into_parts();
        let meta = ResponseMeta::new(parts.status, parts.headers);
        let mut session = RealtimeSession {
            ws: Some(ws),
            info: RealtimeSessionInfo::default(),
            meta,
            pending: VecDeque::new(),
            secrets,
            idle,
            idle_timer: None,
            ended: false,
        };
        // The messages before `session.created` (none, from today's server) are kept as
        // events; an `error` or a close fails the opening.
        loop {
            match session.next().await {
                Some(Ok(event)) => {
                    let created = matches!(event, RealtimeEvent::SessionCreated(_));
                    session.pending.push_back(event);
                    if created {
                        return Ok(session);
                    }
                }
                Some(Err(e)) => return Err(e),
                None => {
                    return Err(Error::new(Kind::Body(
                        "the server closed the realtime connection before session.created".into(),
                    ))
                    .in_stream())
                }
            }
        }
    }
}

/// The http(s) URL to connect to and the ws(s) URL of the upgrade.
fn urls(base: &str, model: &str) -> Result<(Uri, Uri)> {
    let model = percent_encoding::utf8_percent_encode(model, percent_encoding::NON_ALPHANUMERIC);
    let http = format!("{base}{PATH}?model={model}");
    let ws = match http.split_once("://") {
        Some(("https", rest)) => format!("wss://{rest}"),
        Some(("http", rest)) => format!("ws://{rest}"),
        _ => return Err(Error::builder("the base URL needs an http(s) scheme")),
    };
    let parse = |s: &str| {
        s.parse::<Uri>()
            .map_err(|e| Error::builder("the realtime URL is not a valid URL").with_source(e))
    };
    Ok((parse(&http)?, parse(&ws)?))
}

/// A connection that could not be made, classified as the transport's are.
fn connect_error(e: crate::error::BoxError) -> Error {
    let kind = match find_in_chain::<ConnectFailure>(&*e) {
        Some(f) if f.timed_out => TransportErrorKind::ConnectTimeout,
        Some(f) if f.retryable => TransportErrorKind::Connect,
        Some(_) => TransportErrorKind::ProxyRefused,
        None if crate::transport::is_tls_error(&*e) => TransportErrorKind::Tls,
        None => TransportErrorKind::Connect,
    };
    TransportError::new(kind, e).into()
}

/// A WebSocket failure as an [`Error`]; `open`: once the session is open (then a lost
/// connection is a body error, as a stream's is, never retried).
fn ws_error(e: WsError, secrets: &Secrets, open: bool) -> Error {
    let message = secrets.redact_str(&e.to_string()).into_owned();
    let lost = |what: String| {
        if open {
            Error::new(Kind::Body(what))
        } else {
            Error::new(Kind::Transport { retryable: false }).with_detail(what)
        }
    };
    let err = match &e {
        WsError::Io(_) | WsError::ConnectionClosed | WsError::AlreadyClosed => {
            lost(format!("the realtime connection failed: {message}"))
        }
        WsError::Protocol(
            tokio_tungstenite::tungstenite::error::ProtocolError::ResetWithoutClosingHandshake,
        ) => lost("the server closed the realtime connection without a close frame".into()),
        WsError::Capacity(_) => Error::new(Kind::Body(format!("a realtime message is too large: {message}"))),
        WsError::Tls(_) => Error::new(Kind::Connect { retryable: false }).with_detail(message),
        _ => Error::new(Kind::Protocol(format!("WebSocket: {message}"))),
    };
    let err = err.with_source(e);
    if open {
        err.in_stream()
    } else {
        err
    }
}

/// An open realtime session: send audio ([`send_audio`](Self::send_audio), then
/// [`flush`](Self::flush) or [`end`](Self::end)) and read the events: it is a [`Stream`] of
/// [`RealtimeEvent`]s, `session.created` first. An `error` message of the server is an error
/// item (the session goes on); garbage (a message that is not JSON, a binary frame) is a
/// decode error item; a connection lost, or closed with an error code, is an error item that
/// ends the stream; a normal close ends it. No message within the idle timeout is a
/// stream-idle timeout that ends it.
///
/// [`close`](Self::close) closes it with a close frame; so does dropping it, from a task of
/// its own when a tokio runtime is there (within 2 s; otherwise the connection is just cut).
pub struct RealtimeSession {
    ws: Option<Ws>,
    info: RealtimeSessionInfo,
    meta: ResponseMeta,
    /// Events read before they were asked for (those before `session.created`, and it).
    pending: VecDeque<RealtimeEvent>,
    secrets: Secrets,
    idle: Option<Duration>,
    idle_timer: Option<Pin<Box<tokio::time::Sleep>>>,
    /// The stream has ended (a close, a lost connection, an idle timeout).
    ended: bool,
}

impl std::fmt::Debug for RealtimeSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RealtimeSession")
            .field("session", &self.info)
            .field("request_id", &self.meta.request_id())
            .field("open", &self.ws.is_some())
            .finish_non_exhaustive()
    }
}

impl RealtimeSession {
    /// The session as the server last described it (`session.created`, then each
    /// `session.updated` read).
    pub fn session(&self) -> &RealtimeSessionInfo {
        &self.info
    }

    /// The upgrade response's metadata (`x-request-id`, ...).
    pub fn meta(&self) -> &ResponseMeta {
        &self.meta
    }

    /// Sends audio in the session's format (`input_audio.append`, base64), as several
    /// messages when it is over 256 KiB; nothing for empty audio.
    ///
    /// # Errors
    /// The session is closed, or the connection failed.
    pub async fn send_audio(&mut self, audio: impl Into<Bytes>) -> Result<()> {
        let audio = audio.into();
        for chunk in audio.chunks(MAX_APPEND_BYTES) {
            self.send(append(chunk)).await?;
        }
        Ok(())
    }

    /// Asks the server to transcribe the audio sent so far (`input_audio.flush`).
    ///
    /// # Errors
    /// As [`send_audio`](Self::send_audio).
    pub async fn flush(&mut self) -> Result<()> {
        self.send(json!({"type": "input_audio.flush"})).await
    }

    /// Says the audio is over (`input_audio.end`): the server finishes with
    /// `transcription.done`.
    ///
    /// # Errors
    /// As [`send_audio`](Self::send_audio).
    pub async fn end(&mut self) -> Result<()> {
        self.send(json!({"type": "input_audio.end"})).await
    }

    /// Changes the audio format or the streaming delay (`session.update`; the server takes
    /// it only before the first audio and answers `session.updated`).
    ///
    /// # Errors
    /// An update with nothing to change or an invalid format (nothing sent), or as
    /// [`send_audio`](Self::send_audio).
    pub async fn update(&mut self, update: &RealtimeSessionUpdate) -> Result<()> {
        update.validate()?;
        self.send(update.message()).await
    }

    /// Closes the session: sends a close frame and waits (up to 2 s) for the server's. The
    /// stream ends.
    ///
    /// # Errors
    /// The connection failed while closing (it is closed all the same).
    pub async fn close(&mut self) -> Result<()> {
        self.ended = true;
        let Some(mut ws) = self.ws.take() else {
            return Ok(());
        };
        match tokio::time::timeout(CLOSE_WAIT, close(&mut ws)).await {
            Ok(Err(e)) => Err(ws_error(e, &self.secrets, true)),
            _ => Ok(()),
        }
    }

    /// The next event, or `None` once the stream ended.
    pub async fn next(&mut self) -> Option<Result<RealtimeEvent>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    async fn send(&mut self, message: Value) -> Result<()> {
        let Some(ws) = self.ws.as_mut() else {
            return Err(closed());
        };
        ws.send(Message::text(message.to_string()))
            .await
            .map_err(|e| ws_error(e, &self.secrets, true))
    }

    /// Reads the next message into an event (or an error item).
    fn poll_event(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<RealtimeEvent>>> {
        if let Some(e) = self.pending.pop_front() {
            return Poll::Ready(Some(Ok(e)));
        }
        loop {
            if self.ended {
                return Poll::Ready(None);
            }
            let Some(ws) = self.ws.as_mut() else {
                return Poll::Ready(None);
            };
            let message = match ws.poll_next_unpin(cx) {
                Poll::Ready(m) => m,
                Poll::Pending => {
                    if let Some(idle) = self.idle {
                        let timer = self
                            .idle_timer
                            .get_or_insert_with(|| Box::pin(tokio::time::sleep(idle)));
                        if std::future::Future::poll(timer.as_mut(), cx).is_ready() {
                            self.end_stream();
                            return Poll::Ready(Some(Err(Error::timeout(TimeoutPhase::StreamIdle)
                                .with_detail(format!("no realtime message within {idle:?}"))
                                .in_stream())));
                        }
                    }
                    return Poll::Pending;
                }
            };
            self.idle_timer = None;
            let text = match message {
                None => {
                    self.ws = None;
                    self.ended = true;
                    return Poll::Ready(None);
                }
                Some(Err(e)) => {
                    self.ws = None;
                    self.ended = true;
                    return Poll::Ready(match e {
                        WsError::ConnectionClosed | WsError::AlreadyClosed => None,
                        e => Some(Err(ws_error(e, &self.secrets, true))),
                    });
                }
                Some(Ok(Message::Text(text))) => text,
                Some(Ok(Message::Binary(b))) => {
                    return Poll::Ready(Some(Err(Error::decode(
                        format_args!(
                            "the server sent a binary WebSocket message ({} bytes); realtime messages are JSON text",
                            b.len()
                        ),
                        &[],
                    )
                    .in_stream())))
                }
                Some(Ok(Message::Close(frame))) => {
                    // tungstenite answers the close itself; the stream then ends.
                    self.ended = true;
                    return Poll::Ready(match frame {
                        Some(f) if !matches!(f.code, CloseCode::Normal | CloseCode::Away) => {
                            let reason = self.secrets.redact_str(&f.reason).into_owned();
                            Some(Err(Error::new(Kind::Body(format!(
                                "the server closed the realtime session with code {}: {}",
                                u16::from(f.code),
                                mistral_types::snippet(&reason, 200)
                            )))
                            .in_stream()))
                        }
                        _ => None,
                    });
                }
                // Pings are answered by tungstenite.
                Some(Ok(_)) => continue,
            };
            return Poll::Ready(Some(match read_message(&text) {
                Ok(ServerMessage::Event(event)) => {
                    if let RealtimeEvent::SessionCreated(s) | RealtimeEvent::SessionUpdated(s) = &event {
                        self.info = s.clone();
                    }
                    Ok(event)
                }
                Ok(ServerMessage::Error) => {
                    Err(Error::api_message(self.secrets.redact(text.as_bytes()).as_ref()))
                }
                Err(e) => Err(Error::decode(
                    format_args!("a realtime message could not be read: {e}"),
                    self.secrets.redact(text.as_bytes()).as_ref(),
                )
                .in_stream()),
            }));
        }
    }

    /// Ends the stream and closes the connection (from a task, when there is a runtime).
    fn end_stream(&mut self) {
        self.ended = true;
        if let Some(ws) = self.ws.take() {
            close_in_background(ws);
        }
    }
}

impl Stream for RealtimeSession {
    type Item = Result<RealtimeEvent>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.poll_event(cx)
    }
}

impl Drop for RealtimeSession {
    fn drop(&mut self) {
        if let Some(ws) = self.ws.take() {
            close_in_background(ws);
        }
    }
}

/// Sends a close frame and reads until the server's answer (or the end).
async fn close(ws: &mut Ws) -> std::result::Result<(), WsError> {
    let frame = CloseFrame {
        code: CloseCode::Normal,
        reason: "".into(),
    };
    match ws.close(Some(frame)).await {
        Ok(()) | Err(WsError::ConnectionClosed | WsError::AlreadyClosed) => {}
        Err(e) => return Err(e),
    }
    while let Some(m) = ws.next().await {
        if m.is_err() {
            break;
        }
    }
    Ok(())
}

/// Closes `ws` cleanly from a task of its own, bounded by [`CLOSE_WAIT`]; without a runtime
/// the connection is dropped (cut).
fn close_in_background(mut ws: Ws) {
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        runtime.spawn(async move {
            let _ = tokio::time::timeout(CLOSE_WAIT, close(&mut ws)).await;
        });
    }
}

fn closed() -> Error {
    Error::new(Kind::Body("the realtime session is closed".into())).in_stream()
}

/// The `input_audio.append` message of `audio`.
fn append(audio: &[u8]) -> Value {
    json!({
        "type": "input_audio.append",
        "audio": base64::engine::general_purpose::STANDARD.encode(audio),
    })
}

/// A realtime transcription of a stream of audio ([`RealtimeBuilder::transcribe`],
/// [`Audio::transcribe_realtime`]): a [`Stream`] of the session's events, read while the audio
/// is sent. It ends after `transcription.done`; a session that ends before it is a
/// truncated-stream error; an error item (the server's `error`, a lost connection) ends it
/// too. Dropping it closes the session.
pub struct RealtimeTranscription {
    session: RealtimeSession,
    audio: Option<Pin<Box<dyn Stream<Item = Bytes> + Send>>>,
    /// Messages to send, in order.
    outgoing: VecDeque<Message>,
    /// A message was handed to the connection and is being flushed.
    flushing: bool,
    acc: Option<TranscriptionAccumulator>,
    finished: bool,
    /// Sending failed: nothing more is sent, and the events are read on (the server's close
    /// or error says more than a failed write).
    send_failed: Option<Error>,
}

impl std::fmt::Debug for RealtimeTranscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RealtimeTranscription")
            .field("session", &self.session)
            .field("sending", &self.audio.is_some())
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

impl RealtimeTranscription {
    /// The session as the server last described it.
    pub fn session(&self) -> &RealtimeSessionInfo {
        self.session.session()
    }

    /// The next event, or `None` after `transcription.done`.
    pub async fn next(&mut self) -> Option<Result<RealtimeEvent>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Reads the whole transcription and folds it into the response a non-streaming
    /// transcription returns.
    ///
    /// # Errors
    /// The first error item.
    pub async fn collect_response(mut self) -> Result<TranscriptionResponse> {
        self.acc = Some(TranscriptionAccumulator::new());
        while let Some(event) = self.next().await {
            event?;
        }
        Ok(self.acc.take().unwrap_or_default().finish())
    }

    /// Sends what can be sent without waiting: the audio as it comes, then flush and end.
    fn poll_send(&mut self, cx: &mut Context<'_>) -> Result<()> {
        let secrets = &self.session.secrets;
        loop {
            let Some(ws) = self.session.ws.as_mut() else {
                return Ok(());
            };
            if self.flushing {
                match ws.poll_flush_unpin(cx) {
                    Poll::Ready(Ok(())) => self.flushing = false,
                    Poll::Ready(Err(e)) => return Err(ws_error(e, secrets, true)),
                    Poll::Pending => return Ok(()),
                }
            }
            if self.outgoing.is_empty() {
                let Some(audio) = self.audio.as_mut() else {
                    return Ok(());
                };
                match audio.as_mut().poll_next(cx) {
                    Poll::Ready(Some(chunk)) => {
                        for c in chunk.chunks(MAX_APPEND_BYTES) {
                            self.outgoing.push_back(Message::text(append(c).to_string()));
                        }
                    }
                    Poll::Ready(None) => {
                        self.audio = None;
                        self.outgoing
                            .push_back(Message::text(json!({"type": "input_audio.flush"}).to_string()));
                        self.outgoing
                            .push_back(Message::text(json!({"type": "input_audio.end"}).to_string()));
                    }
                    Poll::Pending => return Ok(()),
                }
            }
            if self.outgoing.is_empty() {
                continue;
            }
            match ws.poll_ready_unpin(cx) {
                Poll::Ready(Ok(())) => {}
                Poll::Ready(Err(e)) => return Err(ws_error(e, secrets, true)),
                Poll::Pending => return Ok(()),
            }
            if let Some(m) = self.outgoing.pop_front() {
                ws.start_send_unpin(m).map_err(|e| ws_error(e, secrets, true))?;
                self.flushing = true;
            }
        }
    }
}

impl Stream for RealtimeTranscription {
    type Item = Result<RealtimeEvent>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.finished {
            return Poll::Ready(None);
        }
        if this.send_failed.is_none() {
            if let Err(e) = this.poll_send(cx) {
                this.audio = None;
                this.outgoing.clear();
                this.send_failed = Some(e);
            }
        }
        let item = ready!(this.session.poll_event(cx));
        match item {
            Some(Ok(event)) => {
                if let Some(acc) = this.acc.as_mut() {
                    if let RealtimeEvent::Transcription(t) = &event {
                        acc.push(t);
                    }
                }
                if event.is_done() {
                    this.finished = true;
                    this.session.end_stream();
                }
                Poll::Ready(Some(Ok(event)))
            }
            Some(Err(e)) => {
                this.finished = true;
                this.session.end_stream();
                Poll::Ready(Some(Err(e)))
            }
            None => {
                this.finished = true;
                let mut detail = "the realtime session ended before transcription.done".to_owned();
                if let Some(e) = this.send_failed.take() {
                    detail.push_str(&format!(" (sending had failed: {e})"));
                }
                Poll::Ready(Some(Err(Error::new(Kind::Stream(StreamKind::Truncated))
                    .with_detail(detail)
                    .in_stream())))
            }
        }
    }
}

impl<'a> Audio<'a> {
    /// Transcribes `audio` in realtime with `model` over a WebSocket: the chunks are sent as
    /// they come (in the server's default format, `pcm_s16le` at 16 kHz; see
    /// [`realtime`](Self::realtime) to set another), the events read meanwhile, until
    /// `transcription.done`.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// let frames = futures_util::stream::iter(vec![vec![0u8; 3_200]; 10]); // 1 s of silence
    /// let mut events = client
    ///     .audio()
    ///     .transcribe_realtime("voxtral-mini-transcribe-realtime-2602", frames)
    ///     .await?;
    /// while let Some(event) = events.next().await {
    ///     if let Some(text) = event?.text() {
    ///         print!("{text}");
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`RealtimeBuilder::connect`].
    pub async fn transcribe_realtime<S, B>(
        &self,
        model: impl Into<String>,
        audio: S,
    ) -> Result<RealtimeTranscription>
    where
        S: Stream<Item = B> + Send + 'static,
        B: Into<Bytes> + 'static,
    {
        self.realtime(model).transcribe(audio).await
    }
}
