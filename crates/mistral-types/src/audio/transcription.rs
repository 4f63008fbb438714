//! Transcription: `POST /v1/audio/transcriptions` (`multipart/form-data`), answered as JSON or
//! as a stream of named events.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use typed_builder::TypedBuilder;

use super::AudioUsage;
use crate::chat::tool::JsonObject;
use crate::files::FileContent;
use crate::macros::named_events;
use crate::macros::string_enum;
use crate::validate::{Checker, ValidationError};

/// The longest `file_url` the API takes.
const MAX_URL_LEN: usize = 2083;

/// Where the audio to transcribe is: exactly one of a local file (streamed from disk, never
/// read whole into memory), bytes in memory, a URL the API fetches, or a file uploaded to
/// `/v1/files` (purpose `audio`). A request holds one, so two sources cannot be sent.
///
/// ```
/// use mistral::audio::AudioSource;
///
/// let from_disk = AudioSource::path("meeting.wav");
/// let in_memory = AudioSource::bytes("note.wav", vec![0u8; 44]);
/// let remote = AudioSource::url("https://example.com/talk.mp3");
/// let uploaded = AudioSource::file_id("0b7d3a1c-2bd5-4f7e-9a3e-4a9b3f1f7c11");
/// # let _ = (from_disk, in_memory, remote, uploaded);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AudioSource {
    /// A file on disk or bytes in memory, sent as the form's `file` part.
    File(FileContent),
    /// A URL the API downloads the audio from (`file_url`).
    Url(String),
    /// The id of a file uploaded to `/v1/files` (`file_id`).
    FileId(String),
}

impl AudioSource {
    /// A file on disk, streamed as it is sent.
    pub fn path(path: impl Into<PathBuf>) -> Self {
        AudioSource::File(FileContent::path(path))
    }

    /// Bytes in memory, sent under `filename` (its extension tells the API the format).
    pub fn bytes(filename: impl Into<String>, data: impl Into<bytes::Bytes>) -> Self {
        AudioSource::File(FileContent::bytes(filename, data))
    }

    /// A URL the API fetches.
    pub fn url(url: impl Into<String>) -> Self {
        AudioSource::Url(url.into())
    }

    /// A file uploaded to `/v1/files`.
    pub fn file_id(id: impl Into<String>) -> Self {
        AudioSource::FileId(id.into())
    }

    /// The file name sent with a file part: the bytes' name or the path's last component.
    pub fn file_name(&self) -> Option<String> {
        match self {
            AudioSource::File(FileContent::Path(p)) => {
                p.file_name().map(|n| n.to_string_lossy().into_owned())
            }
            AudioSource::File(FileContent::Bytes { filename, .. }) => Some(filename.clone()),
            _ => None,
        }
    }
}

impl From<FileContent> for AudioSource {
    fn from(f: FileContent) -> Self {
        AudioSource::File(f)
    }
}

string_enum! {
    /// The timestamps a transcription includes.
    pub enum TimestampGranularity {
        /// A start and an end per segment.
        Segment = "segment",
        /// A start and an end per word (each word its own segment).
        Word = "word",
    }
}

/// A transcription request. `model` and `audio` are required at compile time; the audio is
/// one [`AudioSource`], so two sources cannot be given.
///
/// ```
/// use mistral::audio::{AudioSource, TimestampGranularity, TranscriptionRequest};
///
/// let request = TranscriptionRequest::builder()
///     .model("voxtral-mini-latest")
///     .audio(AudioSource::path("meeting.wav"))
///     .language("en")
///     .diarize(true)
///     .context_bias(["Mistral", "Voxtral"])
///     .timestamp_granularities([TimestampGranularity::Word])
///     .build();
/// assert!(request.validate().is_ok());
/// ```
///
/// ```compile_fail
/// use mistral::audio::TranscriptionRequest;
/// let request = TranscriptionRequest::builder().model("voxtral-mini-latest").build(); // no audio
/// ```
///
/// # Optional fields
///
/// `.language("fr")`, or `.maybe_language(opt)` from an `Option` (`None` leaves it unset); or
/// assign the public field after `build()`. The optional setters keep the builder's type, so
/// they may be called conditionally. `.extra(key, value)` adds a field the SDK does not know
/// yet (a string is sent as is, any other value as its JSON text).
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, PartialEq, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`TranscriptionRequest`], from [`TranscriptionRequest::builder`]. \
        `model` and `audio` are required, once each: `build()` does not compile without them. The \
        optional setters (`.x(v)`, `.maybe_x(opt)`) keep the builder's type, so they may be called \
        conditionally, or again (the last call wins)."
    )
)]
#[non_exhaustive]
pub struct TranscriptionRequest {
    /// The model, e.g. `voxtral-mini-latest`.
    #[builder(setter(into))]
    pub model: String,
    /// The audio.
    #[builder(setter(into))]
    pub audio: AudioSource,
    /// The audio's language as two letters (`en`); giving it can improve accuracy.
    #[builder(via_mutators, mutators(
        /// The audio's language as two letters (`en`); giving it can improve accuracy.
        pub fn language(&mut self, v: impl Into<String>) { self.language = Some(v.into()) }
        /// [`language`](Self::language) from an `Option`: `None` unsets it.
        pub fn maybe_language(&mut self, v: Option<impl Into<String>>) { self.language = v.map(Into::into) }
    ))]
    pub language: Option<String>,
    /// Sampling temperature.
    #[builder(via_mutators, mutators(
        /// Sampling temperature.
        pub fn temperature(&mut self, v: f64) { self.temperature = Some(v) }
        /// [`temperature`](Self::temperature) from an `Option`: `None` unsets it.
        pub fn maybe_temperature(&mut self, v: Option<f64>) { self.temperature = v }
    ))]
    pub temperature: Option<f64>,
    /// Tell the speakers apart (each segment's `speaker_id`).
    #[builder(via_mutators, mutators(
        /// Tell the speakers apart (each segment's `speaker_id`).
        pub fn diarize(&mut self, v: bool) { self.diarize = Some(v) }
        /// [`diarize`](Self::diarize) from an `Option`: `None` unsets it.
        pub fn maybe_diarize(&mut self, v: Option<bool>) { self.diarize = v }
    ))]
    pub diarize: Option<bool>,
    /// Words (names, jargon) the model should favour; each one word, without commas.
    #[builder(via_mutators, mutators(
        /// Words (names, jargon) the model should favour; each one word, without commas.
        pub fn context_bias<I: IntoIterator<Item = S>, S: Into<String>>(&mut self, v: I) {
            self.context_bias = v.into_iter().map(Into::into).collect()
        }
    ))]
    pub context_bias: Vec<String>,
    /// Known speakers: each name with a reference audio of that speaker. The transcription's
    /// speakers are matched against them (so `diarize` must be `true`: checked by
    /// [`validate`](TranscriptionRequest::validate)). Sent as one form field holding the JSON
    /// object. Newer than the published spec.
    #[builder(via_mutators, mutators(
        /// Known speakers: each name with a reference audio of that speaker (needs
        /// `diarize(true)`). Newer than the published spec.
        pub fn speaker_references<N: Into<String>, A: Into<String>>(
            &mut self,
            v: impl IntoIterator<Item = (N, A)>,
        ) {
            self.speaker_references = v.into_iter().map(|(n, a)| (n.into(), a.into())).collect()
        }
        /// Adds (or replaces) one known speaker and its reference audio.
        pub fn speaker_reference(&mut self, name: impl Into<String>, audio: impl Into<String>) {
            self.speaker_references.insert(name.into(), audio.into());
        }
    ))]
    pub speaker_references: BTreeMap<String, String>,
    /// The timestamps to include (segments, words).
    #[builder(via_mutators, mutators(
        /// The timestamps to include (segments, words).
        pub fn timestamp_granularities<I: IntoIterator<Item = TimestampGranularity>>(&mut self, v: I) {
            self.timestamp_granularities = v.into_iter().collect()
        }
    ))]
    pub timestamp_granularities: Vec<TimestampGranularity>,
    /// The media type of the file part (default `application/octet-stream`).
    #[builder(via_mutators, mutators(
        /// The media type of the file part (default `application/octet-stream`).
        pub fn content_type(&mut self, v: impl Into<String>) { self.content_type = Some(v.into()) }
        /// [`content_type`](Self::content_type) from an `Option`: `None` unsets it.
        pub fn maybe_content_type(&mut self, v: Option<impl Into<String>>) {
            self.content_type = v.map(Into::into)
        }
    ))]
    pub content_type: Option<String>,
    /// Fields this version does not know, sent as form fields beside the typed ones.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent as a form field (a string as is, any
        /// other value as its JSON text).
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: JsonObject,
}

impl TranscriptionRequest {
    /// The wire names of the form's typed fields (the spec's `AudioTranscriptionRequest`).
    pub const FIELDS: &'static [&'static str] = &[
        "model",
        "file",
        "file_url",
        "file_id",
        "language",
        "temperature",
        "stream",
        "diarize",
        "context_bias",
        "timestamp_granularities",
        "speaker_references",
    ];

    /// The form's text fields in order, `stream` set to `stream` (the file part, when the
    /// audio is a file, is the client's): a list repeats its field once per item, as the
    /// official SDKs send it.
    ///
    /// ```
    /// use mistral::audio::{AudioSource, TranscriptionRequest};
    ///
    /// let request = TranscriptionRequest::builder()
    ///     .model("voxtral-mini-latest")
    ///     .audio(AudioSource::url("https://example.com/a.mp3"))
    ///     .context_bias(["Paris", "Lyon"])
    ///     .build();
    /// let fields = request.form_fields(false);
    /// assert_eq!(fields[1], ("file_url".to_owned(), "https://example.com/a.mp3".to_owned()));
    /// assert_eq!(fields.iter().filter(|(k, _)| k == "context_bias").count(), 2);
    /// ```
    pub fn form_fields(&self, stream: bool) -> Vec<(String, String)> {
        let mut f: Vec<(String, String)> = Vec::new();
        let mut push = |k: &str, v: String| f.push((k.to_owned(), v));
        push("model", self.model.clone());
        match &self.audio {
            AudioSource::Url(u) => push("file_url", u.clone()),
            AudioSource::FileId(id) => push("file_id", id.clone()),
            AudioSource::File(_) => {}
        }
        if let Some(l) = &self.language {
            push("language", l.clone());
        }
        if let Some(t) = self.temperature {
            push("temperature", t.to_string());
        }
        push("stream", stream.to_string());
        if let Some(d) = self.diarize {
            push("diarize", d.to_string());
        }
        for w in &self.context_bias {
            push("context_bias", w.clone());
        }
        for g in &self.timestamp_granularities {
            push("timestamp_granularities", g.as_str().to_owned());
        }
        if !self.speaker_references.is_empty() {
            // One field holding the object's JSON, as the official SDK sends it.
            push(
                "speaker_references",
                serde_json::to_string(&self.speaker_references).unwrap_or_default(),
            );
        }
        for (k, v) in &self.extra {
            let text = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            push(k, text);
        }
        f
    }

    /// A model, one usable audio source, a two-letter language, a finite temperature, one
    /// word per context-bias entry, speaker references only with `diarize: true`, and extra
    /// fields that do not shadow typed ones.
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("model", &self.model);
        match &self.audio {
            AudioSource::Url(u) => {
                if u.trim().is_empty() {
                    c.push("file_url", "must not be empty");
                } else if u.len() > MAX_URL_LEN {
                    c.push("file_url", format!("is longer than {MAX_URL_LEN} characters"));
                } else if !u.contains(':') || u.chars().any(char::is_whitespace) {
                    c.push("file_url", "must be an absolute URL");
                }
            }
            AudioSource::FileId(id) => c.non_empty("file_id", id),
            AudioSource::File(_) => match self.audio.file_name() {
                None => c.push("file", "the path has no file name"),
                Some(n) if n.trim().is_empty() => c.push("file", "the file name must not be empty"),
                // A line break would end the part's headers early.
                Some(n) if n.contains(['\r', '\n', '\0']) => {
                    c.push("file", "the file name must not contain line breaks or NUL")
                }
                Some(_) => {}
            },
        }
        if let Some(l) = &self.language {
            let ok = l.chars().count() == 2 && l.chars().all(|ch| ch.is_alphanumeric() || ch == '_');
            if !ok {
                c.push("language", format!("{l:?} is not a two-letter language code"));
            }
        }
        if let Some(t) = self.temperature {
            if !t.is_finite() || t < 0.0 {
                c.push("temperature", format!("{t} is not a temperature (0 or more)"));
            }
        }
        for (i, w) in self.context_bias.iter().enumerate() {
            if w.is_empty() || w.contains(',') || w.chars().any(char::is_whitespace) {
                c.push(
                    format!("context_bias[{i}]"),
                    format!("{w:?} must be one word, without commas or spaces"),
                );
            }
        }
        if !self.speaker_references.is_empty() && self.diarize != Some(true) {
            c.push("speaker_references", "needs `diarize: true`");
        }
        for (name, audio) in &self.speaker_references {
            if name.trim().is_empty() {
                c.push("speaker_references", "a speaker name must not be empty");
            }
            if audio.trim().is_empty() {
                c.push(
                    format!("speaker_references.{name}"),
                    "the reference audio must not be empty",
                );
            }
        }
        if let Some(ct) = &self.content_type {
            if ct.trim().is_empty() || !ct.bytes().all(|b| (0x20..0x7f).contains(&b)) {
                c.push("content_type", "must be a printable ASCII media type");
            }
        }
        for key in self.extra.keys() {
            if key.is_empty() || key.contains(['"', '\r', '\n', '\0']) {
                c.push(format!("extra.{key}"), "is not a usable form field name");
            }
        }
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

/// One segment of a transcription: its text and when it is said (seconds from the start);
/// with word timestamps, each word is a segment.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TranscriptionSegment {
    /// The text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub text: String,
    /// Start, in seconds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub start: f64,
    /// End, in seconds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub end: f64,
    /// The model's confidence, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The speaker, with diarization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_id: Option<String>,
    /// Any other field (the segment's `type`, ...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A transcription: the text, its language, its segments and the usage. Fields absent or
/// `null` read as empty; fields this version does not know are kept in `extra`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TranscriptionResponse {
    /// The model that transcribed.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub model: String,
    /// The whole text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub text: String,
    /// The language, as two letters.
    #[serde(default)]
    pub language: Option<String>,
    /// The segments, when timestamps were asked for.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub segments: Vec<TranscriptionSegment>,
    /// Tokens and seconds of audio.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub usage: AudioUsage,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The `transcription.done` event's data: the whole transcription.
pub type TranscriptionDone = TranscriptionResponse;

/// `transcription.language`: the language detected.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TranscriptionLanguage {
    /// The language, as two letters.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub audio_language: String,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `transcription.segment`: a finished segment.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TranscriptionSegmentDelta {
    /// The text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub text: String,
    /// Start, in seconds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub start: f64,
    /// End, in seconds.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub end: f64,
    /// The speaker, with diarization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_id: Option<String>,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `transcription.text.delta`: the next piece of text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TranscriptionTextDelta {
    /// The piece of text.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub text: String,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One event of a transcription stream, read with [`TranscriptionEvent::parse`] from the SSE
/// frame's `event:` name and data. The stream ends after `transcription.done`.
///
/// ```
/// use mistral::audio::TranscriptionEvent;
///
/// let e = TranscriptionEvent::parse(
///     Some("transcription.text.delta"),
///     r#"{"type":"transcription.text.delta","text":"Hello"}"#,
/// )?;
/// assert_eq!(e.text(), Some("Hello"));
/// let later = TranscriptionEvent::parse(Some("transcription.words"), r#"{"type":"transcription.words"}"#)?;
/// assert_eq!(later.name(), "transcription.words");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum TranscriptionEvent {
    /// `transcription.language`: the language detected.
    Language(TranscriptionLanguage),
    /// `transcription.segment`: a finished segment.
    Segment(TranscriptionSegmentDelta),
    /// `transcription.text.delta`: the next piece of text.
    TextDelta(TranscriptionTextDelta),
    /// `transcription.done`: the whole transcription; the stream ends after it.
    Done(TranscriptionDone),
    /// An event this version does not know: its name and data, kept.
    Unknown {
        /// The event's name.
        name: String,
        /// Its data, as sent.
        data: Value,
    },
}

named_events!(TranscriptionEvent, "transcription", {
    "transcription.language" => Language(TranscriptionLanguage),
    "transcription.segment" => Segment(TranscriptionSegmentDelta),
    "transcription.text.delta" => TextDelta(TranscriptionTextDelta),
    "transcription.done" => Done(TranscriptionDone),
});

impl TranscriptionEvent {
    /// The text of a `transcription.text.delta`.
    pub fn text(&self) -> Option<&str> {
        match self {
            TranscriptionEvent::TextDelta(d) => Some(&d.text),
            _ => None,
        }
    }

    /// Whether this is `transcription.done`.
    pub fn is_done(&self) -> bool {
        matches!(self, TranscriptionEvent::Done(_))
    }
}

/// Folds a transcription stream's events into the response the non-streaming call returns:
/// `transcription.done` carries the whole transcription; what it leaves empty (the text, the
/// segments, the language) is taken from the events before it.
///
/// ```
/// use mistral::audio::{TranscriptionAccumulator, TranscriptionEvent};
///
/// let mut acc = TranscriptionAccumulator::new();
/// for (name, data) in [
///     ("transcription.language", r#"{"audio_language":"en"}"#),
///     ("transcription.text.delta", r#"{"text":"Hello"}"#),
///     ("transcription.text.delta", r#"{"text":" world"}"#),
///     ("transcription.done", r#"{"model":"voxtral-mini-latest","usage":{"prompt_audio_seconds":2}}"#),
/// ] {
///     acc.push(&TranscriptionEvent::parse(Some(name), data)?);
/// }
/// let response = acc.finish();
/// assert_eq!((response.text.as_str(), response.language.as_deref()), ("Hello world", Some("en")));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct TranscriptionAccumulator {
    text: String,
    language: Option<String>,
    segments: Vec<TranscriptionSegment>,
    done: Option<TranscriptionResponse>,
}

impl TranscriptionAccumulator {
    /// Nothing read yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads one event (unknown ones are ignored).
    pub fn push(&mut self, event: &TranscriptionEvent) {
        match event {
            TranscriptionEvent::Language(l) => self.language = Some(l.audio_language.clone()),
            TranscriptionEvent::TextDelta(d) => self.text.push_str(&d.text),
            TranscriptionEvent::Segment(s) => self.segments.push(TranscriptionSegment {
                text: s.text.clone(),
                start: s.start,
                end: s.end,
                score: None,
                speaker_id: s.speaker_id.clone(),
                extra: s.extra.clone(),
            }),
            TranscriptionEvent::Done(d) => self.done = Some(d.clone()),
            TranscriptionEvent::Unknown { .. } => {}
        }
    }

    /// Whether `transcription.done` was read.
    pub fn is_done(&self) -> bool {
        self.done.is_some()
    }

    /// The transcription.
    pub fn finish(self) -> TranscriptionResponse {
        let mut r = self.done.unwrap_or_default();
        if r.text.is_empty() {
            r.text = self.text;
        }
        if r.segments.is_empty() {
            r.segments = self.segments;
        }
        if r.language.is_none() {
            r.language = self.language;
        }
        r
    }
}
