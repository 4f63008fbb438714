//! Audio: transcription (`POST /v1/audio/transcriptions`, as a whole or streamed), speech
//! (`POST /v1/audio/speech`, as a whole or streamed) and voices (`/v1/audio/voices`).
//!
//! A transcription request is sent as `multipart/form-data` (the audio file streamed by the
//! client); [`TranscriptionRequest::form_fields`] lays out its text fields. Speech and voice
//! requests are JSON. The streams' named events are read by [`TranscriptionEvent::parse`] and
//! [`SpeechEvent::parse`]; an event this version does not know is kept as `Unknown`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub mod speech;
pub mod transcription;
pub mod voices;

pub use speech::{
    RawAudio, SpeechAudioDelta, SpeechDecoder, SpeechDone, SpeechEvent, SpeechOutputFormat, SpeechRequest,
    SpeechRequestBuilder, SpeechResponse, SpeechRole, SpeechTurn, IPA_PHONES, MIN_EXPRESSIVENESS,
};
pub use transcription::{
    AudioSource, TimestampGranularity, TranscriptionAccumulator, TranscriptionDone, TranscriptionEvent,
    TranscriptionLanguage, TranscriptionRequest, TranscriptionRequestBuilder, TranscriptionResponse,
    TranscriptionSegment, TranscriptionSegmentDelta, TranscriptionTextDelta,
};
pub use voices::{
    Voice, VoiceCreateRequest, VoiceCreateRequestBuilder, VoiceGender, VoiceKind, VoiceList, VoiceListQuery,
    VoiceListQueryBuilder, VoiceSample, VoiceType, VoiceUpdateRequest, VoiceUpdateRequestBuilder,
};

/// The usage of an audio call (the spec's `UsageInfo`): tokens, and the seconds of audio
/// read. Every field may be absent or `null` (it reads as 0 or `None`); fields this version
/// does not know are kept in `extra`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AudioUsage {
    /// Tokens of the prompt (the audio, for a transcription; the text, for speech).
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub prompt_tokens: u64,
    /// Tokens generated.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub completion_tokens: u64,
    /// Both.
    #[serde(default, deserialize_with = "crate::de::lenient_count")]
    pub total_tokens: u64,
    /// Seconds of audio in the prompt.
    #[serde(
        default,
        deserialize_with = "crate::de::lenient_u64",
        skip_serializing_if = "Option::is_none"
    )]
    pub prompt_audio_seconds: Option<u64>,
    /// The service tier the request ran at (`standard`, `priority`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<String>,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Declares a stream's named events: the enum's `name`, its reading from an SSE frame's
/// `event:` name and data (the data's `type` first, as conversations do), and its `Serialize`
/// (the data, `type` first). An unknown name is kept as `Unknown { name, data }`.
macro_rules! named_events {
    ($name:ident, $what:literal, { $( $wire:literal => $variant:ident($ty:ty), )* }) => {
        impl $name {
            /// The names of the events this version knows.
            pub const NAMES: &'static [&'static str] = &[$($wire),*];

            /// The event's name, as on the wire.
            pub fn name(&self) -> &str {
                match self {
                    $( Self::$variant(_) => $wire, )*
                    Self::Unknown { name, .. } => name,
                }
            }

            /// Reads an event from its SSE frame: the `event:` name (when the frame had one)
            /// and the `data:` text. The name is the data's `type` when it has one, else the
            /// `event:` line's. Missing fields read as empty.
            ///
            /// # Errors
            /// When `data` is not a JSON object, or a known event's fields have the wrong types.
            pub fn parse(event: Option<&str>, data: &str) -> Result<Self, serde_json::Error> {
                let value: Value = serde_json::from_str(data)?;
                Self::from_value(event, value)
            }

            /// [`parse`](Self::parse) from data already read as JSON.
            ///
            /// # Errors
            /// As [`parse`](Self::parse).
            pub fn from_value(event: Option<&str>, data: Value) -> Result<Self, serde_json::Error> {
                if !data.is_object() {
                    return Err(serde::de::Error::custom(concat!(
                        "a ", $what, " event's data must be a JSON object"
                    )));
                }
                let name = match data.get("type").and_then(Value::as_str) {
                    Some(t) => t.to_owned(),
                    None => event.unwrap_or_default().to_owned(),
                };
                Ok(match name.as_str() {
                    $( $wire => {
                        // The tag is the variant; kept in `extra` it would be sent twice.
                        let mut data = data;
                        if let Some(o) = data.as_object_mut() {
                            o.remove("type");
                        }
                        Self::$variant(<$ty>::deserialize(data)?)
                    } )*
                    _ => Self::Unknown { name, data },
                })
            }
        }

        impl<'de> Deserialize<'de> for $name {
            /// Reads the data of an event, named by its `type`.
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value = Value::deserialize(d)?;
                Self::from_value(None, value).map_err(serde::de::Error::custom)
            }
        }

        impl Serialize for $name {
            /// The event's data, `type` first (what the `data:` line carries).
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(v) => crate::macros::Tagged { r#type: $wire, inner: v }.serialize(s), )*
                    Self::Unknown { data, .. } => data.serialize(s),
                }
            }
        }
    };
}
pub(crate) use named_events;
