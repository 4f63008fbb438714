//! Voices: `GET|POST /v1/audio/voices`, `GET|PATCH|DELETE /v1/audio/voices/{id}`,
//! `GET /v1/audio/voices/{id}/sample`.

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use typed_builder::TypedBuilder;

use crate::macros::string_enum;
use crate::validate::{Checker, ValidationError};

/// The longest description the API takes, in characters.
const MAX_DESCRIPTION: usize = 500;

string_enum! {
    /// Which voices a listing returns.
    pub enum VoiceType {
        /// Presets and your own.
        All = "all",
        /// Your own.
        Custom = "custom",
        /// Mistral's presets.
        Preset = "preset",
    }
}

string_enum! {
    /// A voice's gender, as the newer API takes it in create and update requests (before, any
    /// string). Open: a value this version does not know is sent and read as is.
    pub enum VoiceGender {
        /// `female`
        Female = "female",
        /// `male`
        Male = "male",
        /// `neutral`
        Neutral = "neutral",
    }
}

impl From<String> for VoiceGender {
    fn from(s: String) -> Self {
        VoiceGender::from(s.as_str())
    }
}

string_enum! {
    /// How a voice was cloned (newer than the published spec). A conversation history in a
    /// speech request needs a preset voice of kind `pvc`.
    pub enum VoiceKind {
        /// `ivc`: instant voice cloning, from a short sample.
        Ivc = "ivc",
        /// `pvc`: professional voice cloning.
        Pvc = "pvc",
    }
}

/// A voice (without its sample). Fields absent or `null` read as empty; fields this version
/// does not know are kept in `extra`.
///
/// ```
/// use mistral::audio::{Voice, VoiceKind, VoiceType};
/// let voice: Voice = serde_json::from_str(r#"{"id": "v1", "name": "Paul", "type": "preset",
///     "kind": "pvc", "gender": "male", "created_at": "2025-01-01T00:00:00Z", "user_id": null}"#)?;
/// assert_eq!((voice.voice_type, voice.kind), (Some(VoiceType::Preset), Some(VoiceKind::Pvc)));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Voice {
    /// The id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// The name.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub name: String,
    /// A short name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// The languages it speaks.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub languages: Vec<String>,
    /// Its gender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// Its age.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<i64>,
    /// Tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// A display color.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// A description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Days the sample is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_notice: Option<i64>,
    /// When it was created (RFC 3339).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub created_at: String,
    /// Its owner (`None` for a preset).
    #[serde(default)]
    pub user_id: Option<String>,
    /// Seconds trimmed from the sample.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trimmed_seconds: Option<f64>,
    /// `preset` (Mistral's) or `custom` (yours); newer than the published spec.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub voice_type: Option<VoiceType>,
    /// How the voice was cloned (`ivc`, `pvc`); newer than the published spec.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<VoiceKind>,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A page of voices.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VoiceList {
    /// The voices.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub items: Vec<Voice>,
    /// How many voices the whole listing has.
    #[serde(default, deserialize_with = "crate::de::lenient_u64")]
    pub total: Option<u64>,
    /// This page's number.
    #[serde(default, deserialize_with = "crate::de::lenient_u64")]
    pub page: Option<u64>,
    /// The page size.
    #[serde(default, deserialize_with = "crate::de::lenient_u64")]
    pub page_size: Option<u64>,
    /// How many pages.
    #[serde(default, deserialize_with = "crate::de::lenient_u64")]
    pub total_pages: Option<u64>,
    /// Any other field.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A listing's filters and position: `limit` voices (1 to 100; the API's default is 10) from
/// `offset`, of a [`VoiceType`].
///
/// ```
/// use mistral::audio::{VoiceListQuery, VoiceType};
///
/// let q = VoiceListQuery::builder().limit(50).voice_type(VoiceType::Custom).build();
/// assert_eq!(q.to_query(), "limit=50&type=custom");
/// assert_eq!(q.at_offset(50).to_query(), "limit=50&offset=50&type=custom");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct VoiceListQuery {
    /// Voices per page (1 to 100).
    #[builder(default, setter(strip_option))]
    pub limit: Option<u32>,
    /// How many voices to skip.
    #[builder(default, setter(strip_option))]
    pub offset: Option<u32>,
    /// Which voices.
    #[builder(default, setter(strip_option))]
    pub voice_type: Option<VoiceType>,
}

impl VoiceListQuery {
    /// The same filters and limit, from `offset` (how a listing moves to its next page).
    #[must_use]
    pub fn at_offset(&self, offset: u32) -> Self {
        VoiceListQuery {
            offset: Some(offset),
            ..self.clone()
        }
    }

    /// The query string (without `?`), with the values that are set.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        q.opt("limit", self.limit);
        q.opt("offset", self.offset);
        q.opt("type", self.voice_type.as_ref());
        q.0
    }

    /// `limit` within 1 to 100.
    ///
    /// # Errors
    /// A limit out of range.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        if let Some(l) = self.limit {
            if !(1..=100).contains(&l) {
                c.push("limit", format!("{l} is out of range 1..=100"));
            }
        }
        c.finish()
    }
}

/// A voice sample, base64-encoded as the API takes it.
///
/// ```
/// use mistral::audio::VoiceSample;
/// assert_eq!(VoiceSample::from_bytes(b"RIFF").as_base64(), "UklGRg==");
/// ```
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct VoiceSample(String);

impl VoiceSample {
    /// The sample's bytes (a WAV or MP3 file's content), encoded here.
    pub fn from_bytes(audio: impl AsRef<[u8]>) -> Self {
        VoiceSample(base64::engine::general_purpose::STANDARD.encode(audio))
    }

    /// A sample already in base64.
    pub fn from_base64(b64: impl Into<String>) -> Self {
        VoiceSample(b64.into())
    }

    /// The base64 text sent.
    pub fn as_base64(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for VoiceSample {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A recording of someone's voice: its length only.
        f.debug_struct("VoiceSample")
            .field("base64_len", &self.0.len())
            .finish()
    }
}

/// A new voice, usually from a sample. `name` is required at compile time; the newer API made
/// `sample_audio` optional (older servers require it).
///
/// ```
/// use mistral::audio::{VoiceCreateRequest, VoiceSample};
///
/// let request = VoiceCreateRequest::builder()
///     .name("Narrator")
///     .sample_audio(VoiceSample::from_bytes(std::fs::read("Cargo.toml").unwrap_or_default()))
///     .sample_filename("narrator.wav")
///     .languages(["en", "fr"])
///     .build();
/// assert_eq!(request.name, "Narrator");
/// ```
///
/// ```compile_fail
/// use mistral::audio::{VoiceCreateRequest, VoiceSample};
/// let request = VoiceCreateRequest::builder().sample_audio(VoiceSample::from_bytes(b"RIFF")).build(); // no name
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`VoiceCreateRequest`], from [`VoiceCreateRequest::builder`]. `name` \
        is required, once: `build()` does not compile without it."
    )
)]
#[non_exhaustive]
pub struct VoiceCreateRequest {
    /// The name.
    #[builder(setter(into))]
    pub name: String,
    /// The sample, base64-encoded. Optional since the newer API (older servers require it);
    /// `.sample_audio(VoiceSample::from_bytes(..))`.
    #[builder(default, setter(strip_option))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample_audio: Option<VoiceSample>,
    /// The sample's file name (its extension tells the format).
    #[builder(default, setter(into, strip_option))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample_filename: Option<String>,
    /// A short name. No longer sent by the newer API (the server makes it); kept for older
    /// servers.
    #[builder(default, setter(into, strip_option))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// The languages it speaks.
    #[builder(default, setter(transform = |v: impl IntoIterator<Item = impl Into<String>>| v.into_iter().map(Into::into).collect()))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Its gender: `female`, `male` or `neutral` (a string converts: `.gender("female")`).
    #[builder(default, setter(into, strip_option))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<VoiceGender>,
    /// Its age.
    #[builder(default, setter(strip_option))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<i64>,
    /// Tags.
    #[builder(default, setter(transform = |v: impl IntoIterator<Item = impl Into<String>>| Some(v.into_iter().map(Into::into).collect())))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// A display color.
    #[builder(default, setter(into, strip_option))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// A description (at most 500 characters).
    #[builder(default, setter(into, strip_option))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Days the sample is kept (the API's default is 30).
    #[builder(default, setter(strip_option))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_notice: Option<i64>,
}

impl VoiceCreateRequest {
    /// A name, a sample that is not empty when given, a description within 500 characters.
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("name", &self.name);
        if let Some(sample) = &self.sample_audio {
            c.non_empty("sample_audio", sample.as_base64());
        }
        check_description(&mut c, self.description.as_deref());
        c.finish()
    }
}

fn check_description(c: &mut Checker, d: Option<&str>) {
    if let Some(d) = d {
        let n = d.chars().count();
        if n > MAX_DESCRIPTION {
            c.push(
                "description",
                format!("{n} characters is over the limit of {MAX_DESCRIPTION}"),
            );
        }
    }
}

impl crate::api::Telemetry for VoiceCreateRequest {
    fn telemetry(&self) -> crate::api::RequestTelemetry<'_> {
        crate::api::RequestTelemetry::default()
    }
}

crate::api::request_traits!(VoiceCreateRequest);

/// A change to a voice's details: only the fields set are sent.
///
/// ```
/// use mistral::audio::VoiceUpdateRequest;
/// let change = VoiceUpdateRequest::builder().name("Storyteller").tags(["calm"]).build();
/// assert_eq!(serde_json::to_string(&change)?, r#"{"name":"Storyteller","tags":["calm"]}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct VoiceUpdateRequest {
    /// The name.
    #[builder(default, setter(into, strip_option))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The languages it speaks.
    #[builder(default, setter(transform = |v: impl IntoIterator<Item = impl Into<String>>| Some(v.into_iter().map(Into::into).collect())))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// Its gender: `female`, `male` or `neutral` (a string converts: `.gender("female")`).
    #[builder(default, setter(into, strip_option))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<VoiceGender>,
    /// Its age.
    #[builder(default, setter(strip_option))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<i64>,
    /// Tags.
    #[builder(default, setter(transform = |v: impl IntoIterator<Item = impl Into<String>>| Some(v.into_iter().map(Into::into).collect())))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// A description (at most 500 characters).
    #[builder(default, setter(into, strip_option))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Days the sample is kept (newer than the published spec for updates).
    #[builder(default, setter(strip_option))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_notice: Option<i64>,
}

impl VoiceUpdateRequest {
    /// A name that is not blank, a description within 500 characters.
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        if let Some(n) = &self.name {
            c.non_empty("name", n);
        }
        check_description(&mut c, self.description.as_deref());
        c.finish()
    }
}

impl crate::api::Telemetry for VoiceUpdateRequest {
    fn telemetry(&self) -> crate::api::RequestTelemetry<'_> {
        crate::api::RequestTelemetry::default()
    }
}

crate::api::request_traits!(VoiceUpdateRequest);
