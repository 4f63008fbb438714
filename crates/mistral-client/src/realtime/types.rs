//! The realtime protocol's messages: the audio format, the session the server describes, the
//! update the client may send, and the events the server sends.

use mistral_types::audio::TranscriptionEvent;
use mistral_types::ValidationError;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// The largest audio one `input_audio.append` message may carry (decoded); longer audio is
/// sent as several messages.
pub(crate) const MAX_APPEND_BYTES: usize = 256 * 1024;

/// How realtime audio is encoded: raw samples, little-endian, mono. Values this version does
/// not know are kept in `Other`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AudioEncoding {
    /// Signed 16-bit integers (the server's default).
    PcmS16le,
    /// Signed 32-bit integers.
    PcmS32le,
    /// 16-bit floats.
    PcmF16le,
    /// 32-bit floats.
    PcmF32le,
    /// 8-bit µ-law.
    PcmMulaw,
    /// 8-bit A-law.
    PcmAlaw,
    /// A value this version does not know; kept verbatim.
    Other(String),
}

impl AudioEncoding {
    /// The value as sent on the wire (`pcm_s16le`, ...).
    pub fn as_str(&self) -> &str {
        match self {
            AudioEncoding::PcmS16le => "pcm_s16le",
            AudioEncoding::PcmS32le => "pcm_s32le",
            AudioEncoding::PcmF16le => "pcm_f16le",
            AudioEncoding::PcmF32le => "pcm_f32le",
            AudioEncoding::PcmMulaw => "pcm_mulaw",
            AudioEncoding::PcmAlaw => "pcm_alaw",
            AudioEncoding::Other(s) => s,
        }
    }

    /// Bytes per sample, when the encoding is known.
    pub fn bytes_per_sample(&self) -> Option<u32> {
        match self {
            AudioEncoding::PcmS16le | AudioEncoding::PcmF16le => Some(2),
            AudioEncoding::PcmS32le | AudioEncoding::PcmF32le => Some(4),
            AudioEncoding::PcmMulaw | AudioEncoding::PcmAlaw => Some(1),
            AudioEncoding::Other(_) => None,
        }
    }
}

impl From<&str> for AudioEncoding {
    fn from(s: &str) -> Self {
        match s {
            "pcm_s16le" => AudioEncoding::PcmS16le,
            "pcm_s32le" => AudioEncoding::PcmS32le,
            "pcm_f16le" => AudioEncoding::PcmF16le,
            "pcm_f32le" => AudioEncoding::PcmF32le,
            "pcm_mulaw" => AudioEncoding::PcmMulaw,
            "pcm_alaw" => AudioEncoding::PcmAlaw,
            other => AudioEncoding::Other(other.to_owned()),
        }
    }
}

impl std::fmt::Display for AudioEncoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AudioEncoding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AudioEncoding {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(AudioEncoding::from(s.as_str()))
    }
}

/// The format of the audio sent in a realtime session: its encoding and sample rate.
///
/// ```
/// use mistral::audio::{AudioEncoding, AudioFormat};
///
/// let format = AudioFormat::new(AudioEncoding::PcmS16le, 16_000);
/// assert_eq!(format.bytes_per_second(), Some(32_000));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AudioFormat {
    /// The encoding.
    pub encoding: AudioEncoding,
    /// Samples a second (Hz).
    #[serde(default)]
    pub sample_rate: u32,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl AudioFormat {
    /// A format of this encoding and sample rate.
    pub fn new(encoding: AudioEncoding, sample_rate: u32) -> Self {
        AudioFormat {
            encoding,
            sample_rate,
            extra: Map::new(),
        }
    }

    /// Signed 16-bit samples at `sample_rate` Hz (the server's default encoding).
    pub fn pcm_s16le(sample_rate: u32) -> Self {
        Self::new(AudioEncoding::PcmS16le, sample_rate)
    }

    /// Bytes of audio a second, when the encoding is known.
    pub fn bytes_per_second(&self) -> Option<u32> {
        self.encoding
            .bytes_per_sample()
            .map(|b| b.saturating_mul(self.sample_rate))
    }

    /// The first rule the format breaks, with its field path under `path`.
    pub(crate) fn check(&self, path: &str) -> Result<(), ValidationError> {
        if self.sample_rate == 0 || self.sample_rate > 384_000 {
            return Err(ValidationError::single(
                format!("{path}.sample_rate"),
                format!("{} Hz is not a sample rate (1 to 384000)", self.sample_rate),
            ));
        }
        if self.encoding.as_str().trim().is_empty() {
            return Err(ValidationError::single(
                format!("{path}.encoding"),
                "must not be empty",
            ));
        }
        Ok(())
    }
}

/// A realtime session as the server describes it (`session.created`, `session.updated`).
/// Missing fields read as empty; fields this version does not know are kept in `extra`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RealtimeSessionInfo {
    /// The server's id of the session (quote it to support).
    #[serde(default, deserialize_with = "null_default")]
    pub request_id: String,
    /// The model transcribing.
    #[serde(default, deserialize_with = "null_default")]
    pub model: String,
    /// The audio format the server expects.
    #[serde(default)]
    pub audio_format: Option<AudioFormat>,
    /// How far behind the audio the transcription may run, in milliseconds.
    #[serde(default)]
    pub target_streaming_delay_ms: Option<u64>,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn null_default<'de, D: serde::Deserializer<'de>, T: Default + Deserialize<'de>>(
    d: D,
) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// A change to a realtime session (`session.update`): the audio format, the streaming delay,
/// or both. The server takes them only before the first audio.
///
/// ```
/// use mistral::audio::{AudioFormat, RealtimeSessionUpdate};
///
/// let update = RealtimeSessionUpdate::new()
///     .audio_format(AudioFormat::pcm_s16le(24_000))
///     .target_streaming_delay_ms(480);
/// assert!(update.validate().is_ok());
/// assert!(RealtimeSessionUpdate::new().validate().is_err()); // nothing to change
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionUpdate {
    /// The audio format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio_format: Option<AudioFormat>,
    /// How far behind the audio the transcription may run, in milliseconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_streaming_delay_ms: Option<u32>,
}

impl RealtimeSessionUpdate {
    /// No change yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the audio format.
    pub fn audio_format(mut self, format: AudioFormat) -> Self {
        self.audio_format = Some(format);
        self
    }

    /// Sets the target streaming delay, in milliseconds.
    pub fn target_streaming_delay_ms(mut self, ms: u32) -> Self {
        self.target_streaming_delay_ms = Some(ms);
        self
    }

    /// Something to change, and a usable audio format.
    ///
    /// # Errors
    /// The first rule broken, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        if self.audio_format.is_none() && self.target_streaming_delay_ms.is_none() {
            return Err(ValidationError::single(
                "session",
                "set the audio format, the streaming delay, or both",
            ));
        }
        match &self.audio_format {
            Some(f) => f.check("session.audio_format"),
            None => Ok(()),
        }
    }

    /// The `session.update` message.
    pub(crate) fn message(&self) -> Value {
        json!({"type": "session.update", "session": self})
    }
}

/// One event of a realtime session: the session's own events, the transcription events (the
/// same types as a streamed transcription's), or an event this version does not know, kept
/// with its name and raw JSON. The server's `error` messages are not events: the stream
/// yields them as errors ([`Error::message`](crate::Error::message),
/// [`Error::code`](crate::Error::code)).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum RealtimeEvent {
    /// `session.created`: the session is open (always the first event).
    SessionCreated(RealtimeSessionInfo),
    /// `session.updated`: the server took a `session.update`.
    SessionUpdated(RealtimeSessionInfo),
    /// `transcription.text.delta`, `transcription.segment`, `transcription.language`,
    /// `transcription.done`.
    Transcription(TranscriptionEvent),
    /// An event this version does not know.
    Unknown {
        /// Its `type`.
        name: String,
        /// The whole message, as sent.
        data: Value,
    },
}

impl RealtimeEvent {
    /// The event's name, as on the wire.
    pub fn name(&self) -> &str {
        match self {
            RealtimeEvent::SessionCreated(_) => "session.created",
            RealtimeEvent::SessionUpdated(_) => "session.updated",
            RealtimeEvent::Transcription(t) => t.name(),
            RealtimeEvent::Unknown { name, .. } => name,
        }
    }

    /// The text of a `transcription.text.delta`.
    pub fn text(&self) -> Option<&str> {
        match self {
            RealtimeEvent::Transcription(t) => t.text(),
            _ => None,
        }
    }

    /// Whether this is `transcription.done`.
    pub fn is_done(&self) -> bool {
        matches!(self, RealtimeEvent::Transcription(t) if t.is_done())
    }
}

/// What one message of the server is.
// Returned and matched at once, never stored: boxing the event would cost an allocation each.
#[allow(clippy::large_enum_variant)]
pub(crate) enum ServerMessage {
    Event(RealtimeEvent),
    /// An `error` message (its JSON).
    Error,
}

/// Reads one text message of the server.
pub(crate) fn read_message(text: &str) -> Result<ServerMessage, serde_json::Error> {
    let mut data: Value = serde_json::from_str(text)?;
    let Some(name) = data.get("type").map(|t| t.as_str().map(str::to_owned)) else {
        return Err(serde::de::Error::custom(
            "a realtime message must be a JSON object with a `type`",
        ));
    };
    let Some(name) = name else {
        return Err(serde::de::Error::custom(
            "a realtime message's `type` must be a string",
        ));
    };
    let session = |data: &mut Value| -> Result<RealtimeSessionInfo, serde_json::Error> {
        match data.get_mut("session").map(Value::take) {
            None | Some(Value::Null) => Ok(RealtimeSessionInfo::default()),
            Some(s) => RealtimeSessionInfo::deserialize(s),
        }
    };
    Ok(ServerMessage::Event(match name.as_str() {
        "error" => return Ok(ServerMessage::Error),
        "session.created" => RealtimeEvent::SessionCreated(session(&mut data)?),
        "session.updated" => RealtimeEvent::SessionUpdated(session(&mut data)?),
        n if TranscriptionEvent::NAMES.contains(&n) => {
            RealtimeEvent::Transcription(TranscriptionEvent::from_value(None, data)?)
        }
        _ => RealtimeEvent::Unknown { name, data },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(text: &str) -> RealtimeEvent {
        match read_message(text) {
            Ok(ServerMessage::Event(e)) => e,
            Ok(ServerMessage::Error) => panic!("an error message"),
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn reads_every_event() {
        let created = event(
            r#"{"type":"session.created","session":{"request_id":"r1","model":"m",
            "audio_format":{"encoding":"pcm_s16le","sample_rate":16000},"target_streaming_delay_ms":null,"new":1}}"#,
        );
        let RealtimeEvent::SessionCreated(s) = &created else {
            panic!("{created:?}")
        };
        assert_eq!(s.request_id, "r1");
        assert_eq!(s.audio_format, Some(AudioFormat::pcm_s16le(16_000)));
        assert_eq!(s.extra["new"], 1);
        assert_eq!(event(r#"{"type":"session.updated"}"#).name(), "session.updated");
        let delta = event(r#"{"type":"transcription.text.delta","text":"Hi"}"#);
        assert_eq!(delta.text(), Some("Hi"));
        assert!(event(r#"{"type":"transcription.done","text":"Hi"}"#).is_done());
        let unknown = event(r#"{"type":"input_audio.committed","item":3}"#);
        assert_eq!(
            unknown,
            RealtimeEvent::Unknown {
                name: "input_audio.committed".into(),
                data: json!({"type": "input_audio.committed", "item": 3}),
            }
        );
        assert!(matches!(
            read_message(r#"{"type":"error","error":{"message":"x","code":1}}"#),
            Ok(ServerMessage::Error)
        ));
        assert!(read_message("not json").is_err());
        assert!(read_message("[1]").is_err());
        assert!(read_message(r#"{"type":7}"#).is_err());
        // A known event with a field of the wrong type is a decode error, not an Unknown.
        assert!(read_message(r#"{"type":"transcription.text.delta","text":5}"#).is_err());
    }

    #[test]
    fn encodings_round_trip_and_unknown_ones_are_kept() {
        for e in [
            "pcm_s16le",
            "pcm_s32le",
            "pcm_f16le",
            "pcm_f32le",
            "pcm_mulaw",
            "pcm_alaw",
            "opus_x",
        ] {
            let enc: AudioEncoding = serde_json::from_value(json!(e)).unwrap();
            assert_eq!(serde_json::to_value(&enc).unwrap(), json!(e));
        }
        assert_eq!(
            AudioEncoding::from("opus_x"),
            AudioEncoding::Other("opus_x".into())
        );
    }

    #[test]
    fn updates_are_checked_and_sent_with_only_what_is_set() {
        let u = RealtimeSessionUpdate::new().target_streaming_delay_ms(240);
        assert_eq!(
            u.message(),
            json!({"type": "session.update", "session": {"target_streaming_delay_ms": 240}})
        );
        let bad = RealtimeSessionUpdate::new().audio_format(AudioFormat::pcm_s16le(0));
        let err = bad.validate().unwrap_err().to_string();
        assert!(err.contains("session.audio_format.sample_rate"), "{err}");
    }
}
