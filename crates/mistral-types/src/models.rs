//! Models: the catalogue (`GET /v1/models`), one card (`GET /v1/models/{id}`), deleting a
//! fine-tuned model, and the fine-tuned model calls (update, archive, unarchive).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::macros::string_enum;
use crate::validate::{Checker, ValidationError};

/// `GET /v1/models`: every model the key can use. Read from `{"object": "list", "data": [...]}`
/// or from a bare array (as in the spec's example).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ModelList {
    /// `"list"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The model cards.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub data: Vec<ModelCard>,
}

impl<'de> Deserialize<'de> for ModelList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Wire {
            Bare(Vec<ModelCard>),
            Object {
                #[serde(default)]
                object: Option<String>,
                #[serde(default, deserialize_with = "crate::de::null_default")]
                data: Vec<ModelCard>,
            },
        }
        Ok(match Wire::deserialize(d)? {
            Wire::Bare(data) => ModelList {
                object: Some("list".into()),
                data,
            },
            Wire::Object { object, data } => ModelList { object, data },
        })
    }
}

impl ModelList {
    /// The models that have every one of `caps`.
    ///
    /// ```
    /// use mistral::models::{Capability, ModelList};
    /// let list: ModelList = serde_json::from_str(r#"{"data": [
    ///     {"id": "a", "capabilities": {"function_calling": true, "vision": true}},
    ///     {"id": "b", "capabilities": {"function_calling": true}}]}"#)?;
    /// let ids: Vec<&str> = list
    ///     .with_capabilities(&[Capability::FunctionCalling, Capability::Vision])
    ///     .map(|m| m.id.as_str())
    ///     .collect();
    /// assert_eq!(ids, ["a"]);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn with_capabilities<'a>(
        &'a self,
        caps: &'a [Capability],
    ) -> impl Iterator<Item = &'a ModelCard> + 'a {
        self.data
            .iter()
            .filter(move |m| caps.iter().all(|c| m.capabilities.has(c)))
    }

    /// The card with this id or alias.
    pub fn find(&self, id: &str) -> Option<&ModelCard> {
        self.data
            .iter()
            .find(|m| m.id == id || m.aliases.iter().any(|a| a == id))
    }
}

string_enum! {
    /// The kind of a model card (its `type`).
    pub enum ModelKind {
        /// A model served by Mistral.
        Base = "base",
        /// A model fine-tuned by the account.
        FineTuned = "fine-tuned",
    }
}

/// A model card, base or fine-tuned: one type, told apart by [`kind`](Self::kind) (an unknown
/// kind is kept in [`ModelKind::Other`]). Fields a future card adds are kept in `extra`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ModelCard {
    /// The model id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// `"model"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<u64>,
    /// The owner (`mistralai`, or the account).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owned_by: Option<String>,
    /// What the model can do.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub capabilities: ModelCapabilities,
    /// A display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The context window, in tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_context_length: Option<u64>,
    /// Other ids that name this model.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub aliases: Vec<String>,
    /// When the model will be removed (RFC 3339), or `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecation: Option<Timestamp>,
    /// The model to move to before the deprecation date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecation_replacement_model: Option<String>,
    /// The temperature the model uses when none is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_model_temperature: Option<f64>,
    /// `base` or `fine-tuned` (absent: `base`). The spec's examples spell the key `TYPE`;
    /// both are read.
    #[serde(rename = "type", alias = "TYPE", default)]
    pub kind: ModelKind,
    /// Fine-tuned: the job that made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<String>,
    /// Fine-tuned: the base model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root: Option<String>,
    /// Fine-tuned: whether it is archived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// The model name usage is billed under, when it differs from the id (newer than the
    /// published spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_model_name: Option<String>,
    /// What a transcription model accepts (modes, diarization, languages, ...), for audio
    /// transcription models (newer than the published spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio_transcription_capabilities: Option<AudioTranscriptionCapabilities>,
    /// What a speech model accepts (modes, output formats, ...), for speech models (newer
    /// than the published spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio_speech_capabilities: Option<AudioSpeechCapabilities>,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What a speech (text-to-speech) model accepts (`AudioSpeechCapabilities` in the official
/// SDK; newer than the published spec). Absent or `null` fields read as empty; unknown fields
/// are kept in `extra`.
///
/// ```
/// use mistral::models::ModelCard;
/// let card: ModelCard = serde_json::from_str(r#"{"id": "voxtral-mini-tts-latest",
///     "capabilities": {"audio_speech": true}, "billing_model_name": "voxtral-tts",
///     "audio_speech_capabilities": {"modes": ["offline", "realtime"], "instruction": false,
///         "response_formats": ["mp3", "wav"]}}"#)?;
/// let speech = card.audio_speech_capabilities.as_ref().unwrap();
/// assert!(speech.supports_realtime());
/// assert_eq!(speech.response_formats, ["mp3", "wav"]);
/// assert_eq!(card.billing_model_name.as_deref(), Some("voxtral-tts"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AudioSpeechCapabilities {
    /// The modes it runs in: `offline` and/or `realtime`.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub modes: Vec<String>,
    /// Whether it takes instructions.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub instruction: bool,
    /// The `response_format` values it accepts.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub response_formats: Vec<String>,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl AudioSpeechCapabilities {
    /// Whether `realtime` is among its modes.
    pub fn supports_realtime(&self) -> bool {
        self.modes.iter().any(|m| m == "realtime")
    }
}

/// What a transcription model accepts (`AudioTranscriptionCapabilities` in the official SDK;
/// newer than the published spec). Absent or `null` fields read as empty; unknown fields are
/// kept in `extra`.
///
/// ```
/// use mistral::models::ModelCard;
/// let card: ModelCard = serde_json::from_str(r#"{"id": "voxtral-mini-latest",
///     "audio_transcription_capabilities": {"modes": ["offline"], "diarization": true,
///         "context_bias": true, "timestamp_granularities": ["segment", "word"],
///         "languages": ["en", "fr"], "streaming_delays_ms": [{"min": 80, "max": 2400}]}}"#)?;
/// let t = card.audio_transcription_capabilities.as_ref().unwrap();
/// assert!(t.diarization && t.context_bias && !t.turn_detection);
/// assert_eq!((t.streaming_delays_ms[0].min, t.streaming_delays_ms[0].max), (80, 2400));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AudioTranscriptionCapabilities {
    /// The modes it runs in: `offline` and/or `realtime`.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub modes: Vec<String>,
    /// Whether it tells speakers apart (`diarize`).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub diarization: bool,
    /// Whether it takes `context_bias`.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub context_bias: bool,
    /// Realtime only: whether it detects the end of a turn.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub turn_detection: bool,
    /// Offline only: the timestamp granularities it gives (`segment` and/or `word`).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub timestamp_granularities: Vec<String>,
    /// The ISO 639-1 codes `language` accepts (empty when the language cannot be set).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub languages: Vec<String>,
    /// Realtime only: the target streaming delays it accepts, as inclusive ranges.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub streaming_delays_ms: Vec<StreamingDelayRange>,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An inclusive range of streaming delays, in milliseconds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreamingDelayRange {
    /// The shortest delay.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub min: u64,
    /// The longest delay.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub max: u64,
}

impl StreamingDelayRange {
    /// Whether `ms` is within the range.
    pub fn contains(&self, ms: u64) -> bool {
        (self.min..=self.max).contains(&ms)
    }
}

// The enum comes from a macro: `#[derive(Default)]` cannot mark its variant.
#[allow(clippy::derivable_impls)]
impl Default for ModelKind {
    fn default() -> Self {
        ModelKind::Base
    }
}

impl ModelCard {
    /// Whether this is a fine-tuned model.
    pub fn is_fine_tuned(&self) -> bool {
        self.kind == ModelKind::FineTuned
    }
}

string_enum! {
    /// A model capability, by its flag's name.
    pub enum Capability {
        /// `completion_chat`
        CompletionChat = "completion_chat",
        /// `function_calling`
        FunctionCalling = "function_calling",
        /// `reasoning`
        Reasoning = "reasoning",
        /// `completion_fim`
        CompletionFim = "completion_fim",
        /// `fine_tuning`
        FineTuning = "fine_tuning",
        /// `vision`
        Vision = "vision",
        /// `ocr`
        Ocr = "ocr",
        /// `classification`
        Classification = "classification",
        /// `moderation`
        Moderation = "moderation",
        /// `audio`
        Audio = "audio",
        /// `audio_transcription`
        AudioTranscription = "audio_transcription",
        /// `audio_transcription_realtime`
        AudioTranscriptionRealtime = "audio_transcription_realtime",
        /// `audio_speech`
        AudioSpeech = "audio_speech",
        /// `unified_resources`
        UnifiedResources = "unified_resources",
    }
}

/// The capability flags of a model. Flags this version does not know are kept in `other`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ModelCapabilities {
    /// Chat completions.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub completion_chat: bool,
    /// Tool calls.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub function_calling: bool,
    /// Reasoning (thinking) output.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub reasoning: bool,
    /// FIM completions.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub completion_fim: bool,
    /// Can be fine-tuned.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub fine_tuning: bool,
    /// Image input.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub vision: bool,
    /// OCR.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub ocr: bool,
    /// Classification.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub classification: bool,
    /// Moderation.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub moderation: bool,
    /// Audio input.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub audio: bool,
    /// Audio transcription.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub audio_transcription: bool,
    /// Realtime audio transcription.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub audio_transcription_realtime: bool,
    /// Speech output.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub audio_speech: bool,
    /// Unified resources.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub unified_resources: bool,
    /// Flags this version does not know.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl ModelCapabilities {
    /// Whether the flag is set (a flag this version does not know is read from `other`).
    pub fn has(&self, cap: &Capability) -> bool {
        match cap {
            Capability::CompletionChat => self.completion_chat,
            Capability::FunctionCalling => self.function_calling,
            Capability::Reasoning => self.reasoning,
            Capability::CompletionFim => self.completion_fim,
            Capability::FineTuning => self.fine_tuning,
            Capability::Vision => self.vision,
            Capability::Ocr => self.ocr,
            Capability::Classification => self.classification,
            Capability::Moderation => self.moderation,
            Capability::Audio => self.audio,
            Capability::AudioTranscription => self.audio_transcription,
            Capability::AudioTranscriptionRealtime => self.audio_transcription_realtime,
            Capability::AudioSpeech => self.audio_speech,
            Capability::UnifiedResources => self.unified_resources,
            Capability::Other(name) => self.other.get(name).and_then(Value::as_bool).unwrap_or(false),
        }
    }
}

/// An RFC 3339 timestamp as sent (`2026-03-31T12:00:00Z`), with its Unix time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub String);

impl Timestamp {
    /// The text as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Seconds since the Unix epoch, or `None` when the text is not RFC 3339.
    pub fn unix_seconds(&self) -> Option<i64> {
        rfc3339_seconds(&self.0)
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)` to Unix seconds (fraction dropped).
fn rfc3339_seconds(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let mut i = 19;
    if b.get(i) == Some(&b'.') {
        i += 1;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
    }
    let offset = match b.get(i)? {
        b'Z' | b'z' if i + 1 == b.len() => 0,
        sign @ (b'+' | b'-') if i + 6 == b.len() && b[i + 3] == b':' => {
            let o = num(i + 1..i + 3)? * 3600 + num(i + 4..i + 6)? * 60;
            if *sign == b'+' {
                o
            } else {
                -o
            }
        }
        _ => return None,
    };
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + mi * 60 + sec - offset)
}

/// `DELETE /v1/models/{id}`: the deleted model.
pub type DeletedModel = crate::Deleted;

/// The answer to archiving or unarchiving a fine-tuned model.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArchivedModel {
    /// The model id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// `"model"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Whether it is now archived.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub archived: bool,
}

/// `PATCH /v1/fine_tuning/models/{id}`: a new name or description. Unset fields are left alone.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateModelRequest {
    /// The new name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The new description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Fields this version does not know, sent flat beside the typed ones.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl UpdateModelRequest {
    /// Sets the name.
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the description.
    #[must_use]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Adds a field the SDK does not know yet, sent flat beside the typed fields.
    #[must_use]
    pub fn extra(mut self, key: impl Into<String>, value: Value) -> Self {
        self.extra.insert(key.into(), value);
        self
    }

    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &["name", "description"];

    /// At least one field must be set (an empty update changes nothing).
    ///
    /// # Errors
    /// When neither field is set.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        if self.name.is_none() && self.description.is_none() {
            c.push(
                "name",
                "set a name or a description: an empty update changes nothing",
            );
        }
        c.finish()
    }
}

crate::api::request_traits!(UpdateModelRequest);

string_enum! {
    /// The kind of a fine-tuned model (`model_type`).
    pub enum FineTunedModelType {
        /// A completion model.
        Completion = "completion",
        /// A classifier.
        Classifier = "classifier",
    }
}

/// A fine-tuned model, as returned by the update call: completion or classifier (see
/// [`model_type`](Self::model_type)); other fields (the classifier's targets...) are in `extra`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FineTunedModel {
    /// The model id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// `"model"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<u64>,
    /// The owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owned_by: Option<String>,
    /// The workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// The base model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root: Option<String>,
    /// The base model's version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_version: Option<String>,
    /// Whether it is archived.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub archived: bool,
    /// The name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The context window, in tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_context_length: Option<u64>,
    /// Other ids that name this model.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub aliases: Vec<String>,
    /// The job that made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<String>,
    /// `completion` or `classifier`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_type: Option<FineTunedModelType>,
    /// Capability flags as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<Value>,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339() {
        let t = |s: &str| rfc3339_seconds(s);
        assert_eq!(t("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(t("2025-10-30T12:00:00Z"), Some(1_761_825_600));
        assert_eq!(t("2025-10-30T12:00:00.123456Z"), Some(1_761_825_600));
        assert_eq!(t("2025-10-30T14:00:00+02:00"), Some(1_761_825_600));
        assert_eq!(t("2000-02-29T00:00:00-00:30"), Some(951_784_200));
        for bad in [
            "",
            "2025-10-30",
            "2025-13-01T00:00:00Z",
            "2025-10-30T12:00:00",
            "2025-10-30T12:00:00Zjunk",
            "20x5-10-30T12:00:00Z",
        ] {
            assert_eq!(t(bad), None, "{bad}");
        }
    }
}
