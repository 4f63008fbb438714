//! Audio: `POST /v1/audio/transcriptions` (multipart; as JSON or a stream of named events),
//! `POST /v1/audio/speech` (JSON; the whole audio or a stream of base64 deltas), and the
//! voices under `/v1/audio/voices` ([`Voices`]).

use std::pin::Pin;
use std::task::{ready, Context, Poll};

use bytes::Bytes;
use futures_core::Stream;
use http::Method;
use mistral_types::audio::{
    AudioSource, AudioUsage, SpeechDecoder, SpeechEvent, SpeechRequest, SpeechResponse,
    TranscriptionAccumulator, TranscriptionEvent, TranscriptionRequest, TranscriptionResponse, Voice,
    VoiceCreateRequest, VoiceList, VoiceListQuery, VoiceUpdateRequest,
};
use mistral_types::ChunkReader;

use crate::calls::{upload_methods, with_query};
use crate::error::{Error, Kind, Result, StreamKind};
use crate::meta::WithMeta;
use crate::paginate::{self, Paginator};
use crate::pipeline::{segment, Call, Collect, Decode, StreamChunk, StreamSummary, Writer};
use crate::stream::EventStream;
use crate::upload::{FilePartSpec, Multipart, ProgressFn};

crate::pipeline::handle! {
    /// Audio calls: `transcribe` (a file streamed from disk, bytes, a URL or an uploaded
    /// file), `transcribe_stream`, `speech` (the decoded audio), `speech_stream`,
    /// `speech_to_writer`, and the [`voices`](Self::voices).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::audio::{AudioSource, SpeechRequest, TimestampGranularity, TranscriptionRequest};
    ///
    /// let request = TranscriptionRequest::builder()
    ///     .model("voxtral-mini-latest")
    ///     .audio(AudioSource::path("meeting.wav"))
    ///     .timestamp_granularities([TimestampGranularity::Word])
    ///     .build();
    /// let transcription = client.audio().transcribe(&request).await?;
    /// for s in &transcription.segments {
    ///     println!("{:.2}-{:.2} {}", s.start, s.end, s.text);
    /// }
    ///
    /// let speech = SpeechRequest::builder().input("Hello!").voice_id("en_paul_neutral").build();
    /// let mut file = tokio::fs::File::create("hello.mp3").await.map_err(|e| e.to_string()).unwrap();
    /// let written = client.audio().speech_to_writer(&speech, &mut file).await?;
    /// println!("{} bytes, {} tokens", written.bytes, written.usage.total_tokens);
    /// # Ok(()) }
    /// ```
    Audio
}

crate::pipeline::handle! {
    /// Voice calls (`client.audio().voices()`): list (limit/offset pages), `list_all`,
    /// `create` from a sample, `get`, `update`, `delete`, and the sample's audio (`sample`,
    /// `download_sample`).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::audio::{VoiceCreateRequest, VoiceListQuery, VoiceSample, VoiceType};
    ///
    /// let sample = std::fs::read("me.wav").map_err(|e| e.to_string()).unwrap();
    /// let request = VoiceCreateRequest::builder().name("Me").sample_audio(VoiceSample::from_bytes(sample)).build();
    /// let voice = client.audio().voices().create(&request).await?;
    /// let query = VoiceListQuery::builder().voice_type(VoiceType::Custom).build();
    /// let mine = client.audio().voices().list_all(&query).collect().await?;
    /// # let _ = (voice, mine); Ok(()) }
    /// ```
    Voices
}

/// A streamed transcription: a [`Stream`] of [`TranscriptionEvent`]s, read from the SSE
/// frames' `event:` names and data.
///
/// It ends when the body ends after `transcription.done`; a body that ends before it is a
/// truncated-stream error ([`Error::is_truncated`](crate::Error::is_truncated)). An unknown
/// event is an item ([`TranscriptionEvent::Unknown`]). Read only the text with
/// [`text`](EventStream::text), or fold the stream into the response a non-streaming call
/// returns with [`collect_response`](EventStream::collect_response).
pub type TranscriptionStream = EventStream<TranscriptionEvent>;

/// A streamed speech: a [`Stream`] of [`SpeechEvent`]s (base64 audio deltas, then
/// `speech.audio.done` with the usage; a body that ends before it is a truncated-stream
/// error). [`Audio::speech_to_writer`] decodes it into any writer.
pub type SpeechStream = EventStream<SpeechEvent>;

impl StreamChunk for TranscriptionEvent {
    fn read_event(_reader: &mut ChunkReader, event: Option<&str>, data: &str) -> serde_json::Result<Self> {
        TranscriptionEvent::parse(event, data)
    }
    fn finishes(&self) -> bool {
        self.is_done()
    }
    /// Data that names no event at all (an error body sent mid-stream): an error item.
    fn is_empty_shell(&self) -> bool {
        matches!(self, TranscriptionEvent::Unknown { name, .. } if name.is_empty())
    }
    fn observe(&self, summary: &mut StreamSummary) {
        if let TranscriptionEvent::Done(d) = self {
            summary.note("", &d.model, std::iter::empty(), None);
        }
    }
}

impl StreamChunk for SpeechEvent {
    fn read_event(_reader: &mut ChunkReader, event: Option<&str>, data: &str) -> serde_json::Result<Self> {
        SpeechEvent::parse(event, data)
    }
    fn finishes(&self) -> bool {
        self.is_done()
    }
    /// Data that names no event at all (an error body sent mid-stream): an error item.
    fn is_empty_shell(&self) -> bool {
        matches!(self, SpeechEvent::Unknown { name, .. } if name.is_empty())
    }
}

impl EventStream<TranscriptionEvent> {
    /// Only the text (`transcription.text.delta` events), delta by delta, skipping empty
    /// pieces and every other event.
    pub fn text(self) -> TranscriptionTextStream {
        TranscriptionTextStream { inner: self }
    }

    /// Reads the whole stream and folds it into the response the non-streaming call returns
    /// (see [`TranscriptionAccumulator`]).
    ///
    /// # Errors
    /// The first error item of the stream (a truncated body, a connection lost, ...).
    pub async fn collect_response(mut self) -> Result<TranscriptionResponse> {
        let mut acc = TranscriptionAccumulator::new();
        while let Some(event) = self.next().await {
            acc.push(&event?);
        }
        Ok(acc.finish())
    }
}

/// The text deltas of a [`TranscriptionStream`] (see
/// [`TranscriptionStream::text`](EventStream::text)).
#[derive(Debug)]
pub struct TranscriptionTextStream {
    inner: TranscriptionStream,
}

impl TranscriptionTextStream {
    /// The next text delta, or `None` at the end.
    pub async fn next(&mut self) -> Option<Result<String>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl Stream for TranscriptionTextStream {
    type Item = Result<String>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            match ready!(Pin::new(&mut self.inner).poll_next(cx)) {
                None => return Poll::Ready(None),
                Some(Err(e)) => return Poll::Ready(Some(Err(e))),
                Some(Ok(TranscriptionEvent::TextDelta(d))) if !d.text.is_empty() => {
                    return Poll::Ready(Some(Ok(d.text)))
                }
                Some(Ok(_)) => {}
            }
        }
    }
}

/// What [`Audio::speech_to_writer`] wrote: the audio's length in bytes and the usage of the
/// `speech.audio.done` event (zeros when that event carries none).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SpeechWritten {
    /// Audio bytes written.
    pub bytes: u64,
    /// The usage.
    pub usage: AudioUsage,
}

impl Decode for TranscriptionResponse {
    fn is_empty_shell(&self) -> bool {
        self.model.is_empty() && self.text.is_empty() && self.segments.is_empty() && self.language.is_none()
    }
}

impl Decode for SpeechResponse {
    fn is_empty_shell(&self) -> bool {
        self.audio_data.is_empty()
    }
}

shell_by_id!(Voice);

impl Decode for VoiceList {
    fn is_empty_shell(&self) -> bool {
        self.items.is_empty() && self.total.is_none() && self.page.is_none()
    }
}

fn voice_path(voice_id: &str, tail: &str) -> Result<String> {
    Ok(format!(
        "/v1/audio/voices/{}{tail}",
        segment("voice_id", voice_id)?
    ))
}

fn base64_error(e: impl std::fmt::Display) -> Error {
    Error::decode_plain(format_args!("the speech audio is not base64: {e}"))
}

impl<'a> Audio<'a> {
    upload_methods! {
        /// Transcribes `request`'s audio (`stream: false`). A file on disk is measured first
        /// (a missing file fails before anything is sent) and streamed as it is sent; a URL or
        /// a file id is sent as a form field. The request is validated first: nothing is sent
        /// when it is invalid.
        ///
        /// # Errors
        /// An invalid request, a file that cannot be read
        /// ([`Error::is_io`](crate::Error::is_io)), or as every call.
        pub fn transcribe / transcribe_with_progress(request: &TranscriptionRequest)
            -> WithMeta<TranscriptionResponse> => send_transcription
    }

    upload_methods! {
        /// Transcribes `request`'s audio as a stream of events (`stream: true`), returned once
        /// the response headers arrive. An error status fails this call, not the stream.
        ///
        /// # Errors
        /// As [`transcribe`](Self::transcribe), plus a non-`text/event-stream` content type.
        pub fn transcribe_stream / transcribe_stream_with_progress(request: &TranscriptionRequest)
            -> TranscriptionStream => send_transcription_stream
    }

    async fn send_transcription(
        &self,
        request: &TranscriptionRequest,
        progress: Option<ProgressFn>,
    ) -> Result<WithMeta<TranscriptionResponse>> {
        let body = self.form(request, false, progress).await?;
        self.core.fetch(Self::transcription().with_upload(body)).await
    }

    async fn send_transcription_stream(
        &self,
        request: &TranscriptionRequest,
        progress: Option<ProgressFn>,
    ) -> Result<TranscriptionStream> {
        let body = self.form(request, true, progress).await?;
        self.core
            .event_stream(Self::transcription().with_upload(body))
            .await
    }

    fn transcription() -> Call<'static> {
        Call::bare("transcription", Method::POST, "/v1/audio/transcriptions")
    }

    /// The multipart body of a transcription: the request's fields, then its file.
    async fn form(
        &self,
        request: &TranscriptionRequest,
        stream: bool,
        progress: Option<ProgressFn>,
    ) -> Result<Multipart> {
        self.core.check_headers()?;
        request.validate()?;
        // A URL or a file id goes as a field: the form has no file part then.
        let file = match &request.audio {
            AudioSource::File(content) => Some(FilePartSpec {
                content,
                name: request.audio.file_name().unwrap_or_default(),
                content_type: request.content_type.as_deref(),
            }),
            _ => None,
        };
        Multipart::form(&request.form_fields(stream), file, progress).await
    }

    /// Speaks `request`'s input (`stream: false`) and returns the audio's bytes, decoded from
    /// the answer's base64.
    ///
    /// # Errors
    /// An invalid request, an answer that is not base64 (a decode error), or as every call.
    pub async fn speech(&self, request: &SpeechRequest) -> Result<WithMeta<Bytes>> {
        let body = self.core.encode_streamable(request, false)?;
        let answer: WithMeta<SpeechResponse> = self
            .core
            .fetch(Call::post("speech", "/v1/audio/speech", body).about(request))
            .await?;
        let (answer, meta) = answer.into_parts();
        match answer.decode() {
            Ok(audio) => Ok(WithMeta::new(Bytes::from(audio), meta)),
            Err(e) => Err(base64_error(e).with_meta(meta)),
        }
    }

    /// Speaks `request`'s input as a stream of events (`stream: true`): base64 audio deltas,
    /// then `speech.audio.done` with the usage.
    ///
    /// # Errors
    /// As [`speech`](Self::speech), plus a non-`text/event-stream` content type.
    pub async fn speech_stream(&self, request: &SpeechRequest) -> Result<SpeechStream> {
        let body = self.core.encode_streamable(request, true)?;
        self.core
            .event_stream(Call::post("speech", "/v1/audio/speech", body).about(request))
            .await
    }

    /// Streams the speech of `request` into `out` (a file, a player's input), each delta
    /// decoded from base64 and written as it arrives: memory stays bounded by one event
    /// whatever the audio's length. Returns the bytes written and the usage.
    ///
    /// # Errors
    /// As [`speech_stream`](Self::speech_stream); a delta that is not base64 is a decode
    /// error, a failed write an I/O error, a body that ends before `speech.audio.done` a
    /// truncated stream. What was written before an error stays written.
    pub async fn speech_to_writer<W>(
        &self,
        request: &SpeechRequest,
        out: &mut W,
    ) -> Result<WithMeta<SpeechWritten>>
    where
        W: tokio::io::AsyncWrite + Unpin + Send + ?Sized,
    {
        use crate::pipeline::Sink as _;
        let mut stream = self.speech_stream(request).await?;
        let meta = stream.meta().clone();
        let mut sink = Writer(out);
        let mut decoder = SpeechDecoder::new();
        let mut bytes: u64 = 0;
        let mut usage = None;
        while let Some(event) = stream.next().await {
            match event? {
                SpeechEvent::AudioDelta(d) => {
                    let mut buf = Vec::new();
                    decoder
                        .push_into(&d.audio_data, &mut buf)
                        .map_err(|e| base64_error(e).with_meta(meta.clone()))?;
                    // A delta without audio (lenient reading: no `audio_data`) writes nothing.
                    if !buf.is_empty() {
                        bytes += buf.len() as u64;
                        sink.put(Bytes::from(buf)).await?;
                    }
                }
                SpeechEvent::Done(d) => usage = Some(d.usage),
                _ => {}
            }
        }
        let rest = decoder
            .finish()
            .map_err(|e| base64_error(e).with_meta(meta.clone()))?;
        bytes += rest.len() as u64;
        sink.put(Bytes::from(rest)).await?;
        sink.finish().await?;
        // Only `[DONE]` ends a stream without `speech.audio.done`: the usage never came.
        let Some(usage) = usage else {
            return Err(Error::new(Kind::Stream(StreamKind::Truncated))
                .with_meta(meta)
                .in_stream());
        };
        Ok(WithMeta::new(SpeechWritten { bytes, usage }, meta))
    }

    /// The voices: list, create, get, update, delete, samples.
    pub fn voices(&self) -> Voices<'a> {
        // The same client and overrides as this handle.
        let mut voices = Voices::new(self.core.client);
        voices.core.opts = self.core.opts.clone();
        voices
    }

    /// A realtime transcription session over a WebSocket (feature `realtime`), with this
    /// handle's per-call headers: set the audio format, the streaming delay and the timeouts,
    /// then [`connect`](crate::RealtimeBuilder::connect).
    #[cfg(feature = "realtime")]
    #[cfg_attr(docsrs, doc(cfg(feature = "realtime")))]
    pub fn realtime(&self, model: impl Into<String>) -> crate::realtime::RealtimeBuilder<'a> {
        crate::realtime::RealtimeBuilder::new(self.core.clone(), model.into())
    }
}

impl Voices<'_> {
    /// A page of voices.
    ///
    /// # Errors
    /// A limit out of range (nothing sent), or as every call.
    pub async fn list(&self, query: &VoiceListQuery) -> Result<WithMeta<VoiceList>> {
        query.validate()?;
        let path = with_query("/v1/audio/voices", &query.to_query());
        self.core.read(Call::bare("list_voices", Method::GET, path)).await
    }

    /// Every voice matching `query`, lazily, from `query`'s offset (0 when unset), `limit`
    /// voices a page (the API's default 10 when unset): each page a call of its own, retried
    /// on its own. See [`Paginator`] for when the listing ends.
    pub fn list_all(&self, query: &VoiceListQuery) -> Paginator<Voice> {
        let (query, start) = (query.clone(), query.offset);
        let path = move |offset| with_query("/v1/audio/voices", &query.at_offset(offset).to_query());
        paginate::offset_numbered(&self.core, "list_voices", start, path, |list: VoiceList| {
            (list.items, list.total)
        })
    }

    /// Creates a voice from a sample.
    ///
    /// # Errors
    /// An invalid request (nothing sent), or as every call.
    pub async fn create(&self, request: &VoiceCreateRequest) -> Result<WithMeta<Voice>> {
        let call = Call::bare("create_voice", Method::POST, "/v1/audio/voices");
        self.core.send_json(call, request).await
    }

    /// One voice's details (without its sample).
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn get(&self, voice_id: &str) -> Result<WithMeta<Voice>> {
        self.core
            .read(Call::bare("get_voice", Method::GET, voice_path(voice_id, "")?))
            .await
    }

    /// Changes a voice's details (only the fields set).
    ///
    /// # Errors
    /// An invalid request (nothing sent), or as every call.
    pub async fn update(&self, voice_id: &str, request: &VoiceUpdateRequest) -> Result<WithMeta<Voice>> {
        let call = Call::bare("update_voice", Method::PATCH, voice_path(voice_id, "")?);
        self.core.send_json(call, request).await
    }

    /// Deletes a custom voice; returns it.
    ///
    /// # Errors
    /// As every call.
    pub async fn delete(&self, voice_id: &str) -> Result<WithMeta<Voice>> {
        self.core
            .read(Call::bare(
                "delete_voice",
                Method::DELETE,
                voice_path(voice_id, "")?,
            ))
            .await
    }

    /// A voice's sample audio in memory, up to the client's response size cap.
    ///
    /// # Errors
    /// As every call; a larger body is a body error.
    pub async fn sample(&self, voice_id: &str) -> Result<WithMeta<Bytes>> {
        let mut sink = Collect {
            buf: bytes::BytesMut::new(),
            max: self.core.client.inner().max_response_bytes,
        };
        let done = self.sample_into(voice_id, &mut sink).await?;
        let (_, meta) = done.into_parts();
        Ok(WithMeta::new(sink.buf.freeze(), meta))
    }

    /// Streams a voice's sample audio into `out`, frame by frame; returns the bytes written.
    ///
    /// # Errors
    /// As every call; a failed write is an I/O error, a connection lost midway a body error.
    pub async fn download_sample<W>(&self, voice_id: &str, out: &mut W) -> Result<WithMeta<u64>>
    where
        W: tokio::io::AsyncWrite + Unpin + Send + ?Sized,
    {
        self.sample_into(voice_id, &mut Writer(out)).await
    }

    /// Into a blocking writer (the blocking client's download).
    #[cfg(feature = "blocking")]
    pub(crate) async fn download_sample_std<W>(&self, voice_id: &str, out: &mut W) -> Result<WithMeta<u64>>
    where
        W: std::io::Write + Send + ?Sized,
    {
        self.sample_into(voice_id, &mut crate::pipeline::StdWriter(out))
            .await
    }

    async fn sample_into(
        &self,
        voice_id: &str,
        sink: &mut impl crate::pipeline::Sink,
    ) -> Result<WithMeta<u64>> {
        self.core.check_headers()?;
        let path = voice_path(voice_id, "/sample")?;
        self.core
            .fetch_into(Call::bare("get_voice_sample", Method::GET, path), sink)
            .await
    }
}

crate::pipeline::per_call_setters!(Audio => core.opts);
crate::pipeline::per_call_setters!(Voices => core.opts);
