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
