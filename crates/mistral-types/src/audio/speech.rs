//! Speech: `POST /v1/audio/speech` (JSON), answered with the whole audio (base64 in JSON) or
//! as a stream of base64 audio deltas ending with the usage.

use std::collections::BTreeMap;

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use typed_builder::TypedBuilder;

use super::AudioUsage;
use crate::chat::tool::JsonObject;
use crate::macros::named_events;
use crate::macros::string_enum;
use crate::validate::{Checker, ValidationError};

string_enum! {
    /// The audio format of the speech (the API's default is mp3).
    pub enum SpeechOutputFormat {
        /// Raw 16-bit PCM samples.
        Pcm = "pcm",
        /// WAV (RIFF).
        Wav = "wav",
        /// MP3.
        Mp3 = "mp3",
        /// FLAC.
        Flac = "flac",
        /// Opus.
        Opus = "opus",
    }
}

/// A speech request: `input` is required at compile time; the voice is a preset or custom
/// voice id, or a reference audio to imitate (one of them, checked before sending).
///
/// ```
/// use mistral::audio::{SpeechOutputFormat, SpeechRequest};
///
/// let request = SpeechRequest::builder()
///     .input("Bonjour à tous.")
///     .model("voxtral-mini-tts-latest")
///     .voice_id("en_paul_neutral")
///     .response_format(SpeechOutputFormat::Wav)
///     .build();
/// assert!(request.validate().is_ok());
/// ```
///
/// ```compile_fail
/// use mistral::audio::SpeechRequest;
/// let request = SpeechRequest::builder().voice_id("v").build(); // no input
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`SpeechRequest`], from [`SpeechRequest::builder`]. `input` is \
        required, once: `build()` does not compile without it. The optional setters (`.x(v)`, \
        `.maybe_x(opt)`) keep the builder's type, so they may be called conditionally, or again \
        (the last call wins)."
    )
)]
#[non_exhaustive]
pub struct SpeechRequest {
    /// The text to speak.
    #[builder(setter(into))]
    pub input: String,
    /// The model.
    #[builder(via_mutators, mutators(
        /// The model.
        pub fn model(&mut self, v: impl Into<String>) { self.model = Some(v.into()) }
        /// [`model`](Self::model) from an `Option`: `None` unsets it.
        pub fn maybe_model(&mut self, v: Option<impl Into<String>>) { self.model = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// A preset or custom voice.
    #[builder(via_mutators, mutators(
        /// A preset or custom voice.
        pub fn voice_id(&mut self, v: impl Into<String>) { self.voice_id = Some(v.into()) }
        /// [`voice_id`](Self::voice_id) from an `Option`: `None` unsets it.
        pub fn maybe_voice_id(&mut self, v: Option<impl Into<String>>) { self.voice_id = v.map(Into::into) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_id: Option<String>,
    /// A reference audio to imitate, base64-encoded.
    #[builder(via_mutators, mutators(
        /// A reference audio to imitate: its bytes (encoded to base64 here).
        pub fn ref_audio(&mut self, audio: impl AsRef<[u8]>) {
            self.ref_audio = Some(base64::engine::general_purpose::STANDARD.encode(audio))
        }
        /// A reference audio already encoded to base64.
        pub fn ref_audio_base64(&mut self, v: impl Into<String>) { self.ref_audio = Some(v.into()) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_audio: Option<String>,
    /// The audio format (the API's default is mp3).
    #[builder(via_mutators, mutators(
        /// The audio format (the API's default is mp3).
        pub fn response_format(&mut self, v: SpeechOutputFormat) { self.response_format = Some(v) }
        /// [`response_format`](Self::response_format) from an `Option`: `None` unsets it.
        pub fn maybe_response_format(&mut self, v: Option<SpeechOutputFormat>) { self.response_format = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_format: Option<SpeechOutputFormat>,
    /// Set by the client: `speech` sends `false`, `speech_stream` `true`.
    #[builder(via_mutators, mutators(
        /// Set by the client: `speech` sends `false`, `speech_stream` `true`.
        pub fn stream(&mut self, v: bool) { self.stream = Some(v) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    /// Your metadata, kept with the request.
    #[builder(via_mutators, mutators(
        /// Your metadata, kept with the request.
        pub fn metadata(&mut self, v: JsonObject) { self.metadata = Some(v) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<JsonObject>,
    /// A key to share a prompt cache between requests.
    #[builder(via_mutators, mutators(
        /// A key to share a prompt cache between requests.
        pub fn prompt_cache_key(&mut self, v: impl Into<String>) { self.prompt_cache_key = Some(v.into()) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt_cache_key: Option<String>,
    /// How closely the delivery follows the voice (the speaker flow-matching guidance scale):
    /// a finite number, at least [`MIN_EXPRESSIVENESS`] (checked by
    /// [`validate`](SpeechRequest::validate)). Newer than the published spec.
    #[builder(via_mutators, mutators(
        /// How closely the delivery follows the voice: a finite number, at least
        /// [`MIN_EXPRESSIVENESS`]. Newer than the published spec.
        pub fn expressiveness(&mut self, v: f64) { self.expressiveness = Some(v) }
        /// [`expressiveness`](Self::expressiveness) from an `Option`: `None` unsets it.
        pub fn maybe_expressiveness(&mut self, v: Option<f64>) { self.expressiveness = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expressiveness: Option<f64>,
    /// Pronunciation hints: a word (case-sensitive) and its IPA phones, in order (each one of
    /// [`IPA_PHONES`]). Newer than the published spec.
    #[builder(via_mutators, mutators(
        /// Pronunciation hints: each word (case-sensitive) with its IPA phones, in order.
        /// Newer than the published spec.
        pub fn phoneme_hints<W: Into<String>, P: Into<String>, I: IntoIterator<Item = P>>(
            &mut self,
            hints: impl IntoIterator<Item = (W, I)>,
        ) {
            self.phoneme_hints = Some(
                hints
                    .into_iter()
                    .map(|(w, p)| (w.into(), p.into_iter().map(Into::into).collect()))
                    .collect(),
            )
        }
        /// Adds (or replaces) the hint for one word: `.phoneme_hint("Nguyen", ["w", "ɪ", "n"])`.
        pub fn phoneme_hint(&mut self, word: impl Into<String>, phones: impl IntoIterator<Item = impl Into<String>>) {
            self.phoneme_hints
                .get_or_insert_with(Default::default)
                .insert(word.into(), phones.into_iter().map(Into::into).collect());
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phoneme_hints: Option<BTreeMap<String, Vec<String>>>,
    /// The turns before this one, oldest first, alternating and ending on a user turn: `input`
    /// is the assistant's reply to it. It shapes the delivery, not the speaker: it needs a
    /// preset `voice_id` of kind `pvc` and cannot be combined with `ref_audio` (both checked
    /// by [`validate`](SpeechRequest::validate), bar the voice's kind). Newer than the
    /// published spec.
    #[builder(via_mutators, mutators(
        /// The turns before this one, oldest first, alternating and ending on a user turn.
        /// Newer than the published spec.
        pub fn conversation_history(&mut self, turns: impl IntoIterator<Item = SpeechTurn>) {
            self.conversation_history = Some(turns.into_iter().collect())
        }
        /// [`conversation_history`](Self::conversation_history) from an `Option`: `None` unsets it.
        pub fn maybe_conversation_history(&mut self, turns: Option<impl IntoIterator<Item = SpeechTurn>>) {
            self.conversation_history = turns.map(|t| t.into_iter().collect())
        }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation_history: Option<Vec<SpeechTurn>>,
    /// Fields this version does not know, sent flat beside the typed ones.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl SpeechRequest {
    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &[
        "input",
        "model",
        "voice_id",
        "ref_audio",
        "response_format",
        "stream",
        "metadata",
        "prompt_cache_key",
        "expressiveness",
        "phoneme_hints",
        "conversation_history",
    ];

    /// Some input, at most one voice (an id or a reference audio), an expressiveness of at
    /// least [`MIN_EXPRESSIVENESS`], phoneme hints with phones, a conversation history that
    /// alternates, ends on a user turn and comes with a voice id (not a reference audio), and
    /// extra fields that do not shadow typed ones.
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("input", &self.input);
        if let Some(m) = &self.model {
            c.non_empty("model", m);
        }
        if let Some(v) = &self.voice_id {
            c.non_empty("voice_id", v);
        }
        if let Some(a) = &self.ref_audio {
            c.non_empty("ref_audio", a);
        }
        if self.voice_id.is_some() && self.ref_audio.is_some() {
            c.push("voice_id", "give a voice id or a reference audio, not both");
        }
        if let Some(e) = self.expressiveness {
            if !(e.is_finite() && e >= MIN_EXPRESSIVENESS) {
                c.push(
                    "expressiveness",
                    format!("{e} must be a finite number, at least {MIN_EXPRESSIVENESS}"),
                );
            }
        }
        for (word, phones) in self.phoneme_hints.iter().flatten() {
            if word.trim().is_empty() {
                c.push("phoneme_hints", "a hinted word must not be empty");
            }
            if phones.is_empty() || phones.iter().any(|p| p.trim().is_empty()) {
                c.push(
                    format!("phoneme_hints.{word}"),
                    "needs at least one phone, none empty",
                );
            }
        }
        if let Some(turns) = &self.conversation_history {
            if self.ref_audio.is_some() {
                c.push("conversation_history", "cannot be combined with ref_audio");
            } else if self.voice_id.is_none() {
                c.push("conversation_history", "needs a preset voice_id (of kind pvc)");
            }
            check_turns(&mut c, turns);
        }
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

/// The least [`expressiveness`](SpeechRequest::expressiveness) the API takes.
pub const MIN_EXPRESSIVENESS: f64 = 1.0;

/// The IPA phones [`phoneme_hints`](SpeechRequest::phoneme_hints) take, as the official SDK
/// lists them (`IPAPhoneme`). A phone outside the list is sent as given (the server decides).
pub const IPA_PHONES: &[&str] = &[
    "a", "aɪ", "aʊ", "b", "d", "dʒ", "e", "eɪ", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "oʊ", "p",
    "s", "t", "tʃ", "u", "v", "w", "z", "æ", "ð", "ŋ", "ɑ", "ɔ", "ɔɪ", "ɖ", "ə", "ɚ", "ɛ", "ɜ", "ɪ", "ɱ",
    "ɹ", "ɾ", "ʃ", "ʈ", "ʊ", "ʋ", "ʌ", "ʒ", "ʔ", "θ", "ʁ", "r", "ɑ̃", "ʀ", "x", "y", "ɔ̃", "ɐ", "œ", "ɛ̃", "ʝ",
    "ɲ", "ts", "ɥ", "ʏ", "ø", "β", "ɦ", "pf", "ʎ", "ɣ", "ɳ", "ɔʏ", "œ̃", "ɟʝ", "ɬ", "q",
];

string_enum! {
    /// Who spoke a turn of a speech request's conversation history.
    pub enum SpeechRole {
        /// The user (audio only).
        User = "user",
        /// The assistant (its text and its audio).
        Assistant = "assistant",
    }
}

/// One earlier turn of a speech request's
/// [`conversation_history`](SpeechRequest::conversation_history): a user's audio, or the
/// assistant's text and audio (`SpeechUserTurn` and `SpeechAssistantTurn` in the official SDK).
///
/// ```
/// use mistral::audio::{SpeechRequest, SpeechTurn};
///
/// let request = SpeechRequest::builder()
///     .input("Sure, here it is.")
///     .voice_id("en_paul_neutral")
///     .conversation_history([
///         SpeechTurn::user(b"RIFF...user audio"),
///         SpeechTurn::assistant("Hello! How can I help?", b"RIFF...assistant audio"),
///         SpeechTurn::user(b"RIFF...a question"),
///     ])
///     .build();
/// request.validate()?;
/// let json = serde_json::to_value(&request)?;
/// assert_eq!(json["conversation_history"][1]["role"], "assistant");
/// assert_eq!(json["conversation_history"][0]["audio"]["data"], "UklGRi4uLnVzZXIgYXVkaW8=");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SpeechTurn {
    /// Who spoke.
    pub role: SpeechRole,
    /// What the assistant said (assistant turns only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The turn's audio.
    pub audio: RawAudio,
}

impl SpeechTurn {
    /// A user's turn: its audio (a WAV or MP3 file's bytes, encoded here).
    pub fn user(audio: impl AsRef<[u8]>) -> Self {
        SpeechTurn {
            role: SpeechRole::User,
            text: None,
            audio: RawAudio::from_bytes(audio),
        }
    }

    /// The assistant's turn: what it said and its audio.
    pub fn assistant(text: impl Into<String>, audio: impl AsRef<[u8]>) -> Self {
        SpeechTurn {
            role: SpeechRole::Assistant,
            text: Some(text.into()),
            audio: RawAudio::from_bytes(audio),
        }
    }

    /// A turn from its parts (audio already in base64 in [`RawAudio`]).
    pub fn new(role: SpeechRole, text: Option<String>, audio: RawAudio) -> Self {
        SpeechTurn { role, text, audio }
    }
}

/// Audio sent inline, base64-encoded (`{"data": "..."}`).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawAudio {
    /// The audio, base64-encoded.
    pub data: String,
}

impl RawAudio {
    /// The audio's bytes, encoded here.
    pub fn from_bytes(audio: impl AsRef<[u8]>) -> Self {
        RawAudio {
            data: base64::engine::general_purpose::STANDARD.encode(audio),
        }
    }

    /// Audio already in base64.
    pub fn from_base64(b64: impl Into<String>) -> Self {
        RawAudio { data: b64.into() }
    }
}

impl std::fmt::Debug for RawAudio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A recording of someone's voice: its length only.
        f.debug_struct("RawAudio")
            .field("base64_len", &self.data.len())
            .finish()
    }
}

/// Alternating roles, ending on a user turn; assistant turns with text; audio in each.
fn check_turns(c: &mut Checker, turns: &[SpeechTurn]) {
    for (i, t) in turns.iter().enumerate() {
        let path = format!("conversation_history[{i}]");
        match &t.role {
            SpeechRole::Assistant => {
                if t.text.as_deref().is_none_or(|s| s.trim().is_empty()) {
                    c.push(format!("{path}.text"), "an assistant turn needs its text");
                }
            }
            SpeechRole::User => {
                if t.text.is_some() {
                    c.push(format!("{path}.text"), "a user turn has audio only");
                }
            }
            SpeechRole::Other(r) => c.push(
                format!("{path}.role"),
                format!("unknown role {r:?}: user or assistant"),
            ),
        }
        if t.audio.data.trim().is_empty() {
            c.push(format!("{path}.audio"), "must not be empty");
        }
        if i > 0 && turns[i - 1].role == t.role {
            c.push(
                format!("{path}.role"),
                "turns must alternate between user and assistant",
            );
        }
    }
    if let Some(last) = turns.last() {
        if last.role != SpeechRole::User {
            c.push(
                "conversation_history",
                "must end on a user turn (`input` answers it)",
            );
        }
    }
}

impl crate::api::Telemetry for SpeechRequest {
    fn telemetry(&self) -> crate::api::RequestTelemetry<'_> {
        crate::api::RequestTelemetry {
            model: self.model.as_deref(),
            ..Default::default()
        }
    }
}

crate::api::request_traits!(SpeechRequest, stream);

/// The whole speech: the audio in base64 (read it with [`decode`](Self::decode)).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SpeechResponse {
    /// The audio, base64-encoded.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub audio_data: String,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl SpeechResponse {
    /// The audio's bytes.
    ///
    /// # Errors
    /// When `audio_data` is not base64.
    pub fn decode(&self) -> Result<Vec<u8>, base64::DecodeError> {
        base64::engine::general_purpose::STANDARD.decode(self.audio_data.trim())
    }
}

/// `speech.audio.delta`: the next piece of audio, base64-encoded.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SpeechAudioDelta {
    /// The audio, base64-encoded (empty when the event carries no `audio_data`: a piece
    /// with no audio, not an error).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub audio_data: String,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl SpeechAudioDelta {
    /// This piece's bytes (a piece that is whole base64 on its own; a stream whose pieces
    /// split the base64 anywhere is read with [`SpeechDecoder`]).
    ///
    /// # Errors
    /// When `audio_data` is not base64.
    pub fn decode(&self) -> Result<Vec<u8>, base64::DecodeError> {
        base64::engine::general_purpose::STANDARD.decode(self.audio_data.trim())
    }
}

/// `speech.audio.done`: the stream's end, with the usage.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SpeechDone {
    /// Tokens used (zeros when the event carries no `usage`).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub usage: AudioUsage,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One event of a speech stream, read with [`SpeechEvent::parse`]. The stream ends after
/// `speech.audio.done`.
///
/// ```
/// use mistral::audio::SpeechEvent;
///
/// let e = SpeechEvent::parse(Some("speech.audio.delta"), r#"{"type":"speech.audio.delta","audio_data":"UklGRg=="}"#)?;
/// assert!(matches!(e, SpeechEvent::AudioDelta(ref d) if d.decode().unwrap() == b"RIFF"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum SpeechEvent {
    /// `speech.audio.delta`: the next piece of audio.
    AudioDelta(SpeechAudioDelta),
    /// `speech.audio.done`: the end, with the usage.
    Done(SpeechDone),
    /// An event this version does not know: its name and data, kept.
    Unknown {
        /// The event's name.
        name: String,
        /// Its data, as sent.
        data: Value,
    },
}

named_events!(SpeechEvent, "speech", {
    "speech.audio.delta" => AudioDelta(SpeechAudioDelta),
    "speech.audio.done" => Done(SpeechDone),
});

impl SpeechEvent {
    /// Whether this is `speech.audio.done`.
    pub fn is_done(&self) -> bool {
        matches!(self, SpeechEvent::Done(_))
    }
}

/// Decodes a stream of base64 pieces into bytes as they come, holding at most three
/// characters between pieces: pieces may be whole base64 each (padded) or split one base64
/// text anywhere.
///
/// ```
/// use mistral::audio::SpeechDecoder;
///
/// let mut d = SpeechDecoder::new();
/// let mut out = d.push("UklG")?; // "RIF"
/// out.extend(d.push("Rg")?); // an unfinished quantum waits
/// out.extend(d.push("==")?);
/// out.extend(d.finish()?);
/// assert_eq!(out, b"RIFF");
/// # Ok::<(), base64::DecodeError>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct SpeechDecoder {
    /// Characters of an unfinished 4-character quantum.
    carry: String,
}

impl SpeechDecoder {
    /// Nothing read yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The bytes of `piece` (with what was held from the piece before) that can be decoded
    /// now.
    ///
    /// # Errors
    /// When the text is not base64.
    pub fn push(&mut self, piece: &str) -> Result<Vec<u8>, base64::DecodeError> {
        let mut out = Vec::with_capacity(piece.len() / 4 * 3 + 3);
        self.push_into(piece, &mut out)?;
        Ok(out)
    }

    /// [`push`](Self::push), appending to `out` (a buffer reused from piece to piece).
    ///
    /// # Errors
    /// When the text is not base64.
    pub fn push_into(&mut self, piece: &str, out: &mut Vec<u8>) -> Result<(), base64::DecodeError> {
        let engine = &base64::engine::general_purpose::STANDARD;
        self.carry
            .extend(piece.chars().filter(|c| !c.is_ascii_whitespace()));
        loop {
            // A padded quantum ends one base64 text (pieces may be padded each): decode up to
            // its end, then go on with the rest; without padding, every whole quantum.
            let (cut, padded) = match self.carry.find('=') {
                Some(i) => ((i / 4 + 1) * 4, true),
                None => (self.carry.len() / 4 * 4, false),
            };
            if cut == 0 || cut > self.carry.len() {
                return Ok(()); // an unfinished quantum waits for the next piece
            }
            let rest = self.carry.split_off(cut);
            let result = engine.decode_vec(self.carry.as_bytes(), out);
            self.carry = rest;
            result?;
            if !padded {
                return Ok(());
            }
        }
    }

    /// The end of the stream: what is still held must be a whole base64 text.
    ///
    /// # Errors
    /// When a quantum was left unfinished.
    pub fn finish(self) -> Result<Vec<u8>, base64::DecodeError> {
        if self.carry.is_empty() {
            return Ok(Vec::new());
        }
        base64::engine::general_purpose::STANDARD_NO_PAD.decode(self.carry.as_bytes())
    }
}
