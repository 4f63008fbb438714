//! Embeddings (`POST /v1/embeddings`): vectors for texts, in the requested dimension and dtype,
//! read back as typed vectors whether the server sent JSON numbers or base64.

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use typed_builder::TypedBuilder;

use crate::chat::response::Usage;
use crate::chat::tool::JsonObject;
use crate::de::{FiniteF32, ResponseMismatch};
use crate::macros::string_enum;
use crate::validate::{Checker, ValidationError};

/// An embeddings request.
///
/// `model` and `input` are required at compile time. `input` takes one text or many.
///
/// ```
/// use mistral::embeddings::{EmbeddingDtype, EmbeddingRequest};
///
/// let one = EmbeddingRequest::builder().model("mistral-embed").input("Embed this.").build();
/// let many = EmbeddingRequest::builder()
///     .model("codestral-embed")
///     .input(["fn main() {}", "def main(): pass"])
///     .output_dimension(256)
///     .output_dtype(EmbeddingDtype::Int8)
///     .build();
/// assert!(one.validate().is_ok() && many.validate().is_ok());
/// ```
///
/// ```compile_fail
/// use mistral::embeddings::EmbeddingRequest;
/// let request = EmbeddingRequest::builder().model("mistral-embed").build(); // no input
/// ```
///
/// # Optional fields
///
/// `.output_dimension(256)`, or `.maybe_output_dimension(opt)` from an `Option` (`None` leaves
/// it unset); or assign the public field after `build()`. The optional setters keep the
/// builder's type, so they may be called conditionally.
///
/// ```
/// use mistral::embeddings::{EmbeddingDtype, EmbeddingRequest};
///
/// let (dimension, compact): (Option<u32>, bool) = (Some(256), true);
/// let builder = EmbeddingRequest::builder().model("codestral-embed").input("fn main() {}");
/// let builder = if compact { builder.output_dtype(EmbeddingDtype::Int8) } else { builder };
/// let mut request = builder.maybe_output_dimension(dimension).build();
/// request.metadata = None;
/// assert_eq!((request.output_dimension, request.dtype()), (Some(256), EmbeddingDtype::Int8));
/// ```
// Optional fields are set by mutators, as on `ChatRequest` (see the comment there).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`EmbeddingRequest`], from [`EmbeddingRequest::builder`]. `model` \
        and `input` are required, once each: `build()` does not compile without them. The optional \
        setters (`.x(v)`, `.maybe_x(opt)`) keep the builder's type, so they may be called conditionally, \
        or again (the last call wins)."
    )
)]
pub struct EmbeddingRequest {
    /// The model id, e.g. `mistral-embed`.
    #[builder(setter(into))]
    pub model: String,
    /// The text or texts to embed.
    #[builder(setter(into))]
    pub input: EmbeddingInput,
    /// The dimension of the vectors (models that support it).
    #[builder(via_mutators, mutators(
        /// The dimension of the vectors (models that support it).
        pub fn output_dimension(&mut self, v: u32) { self.output_dimension = Some(v) }
        /// [`output_dimension`](Self::output_dimension) from an `Option`: `None` unsets it.
        pub fn maybe_output_dimension(&mut self, v: Option<u32>) { self.output_dimension = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_dimension: Option<u32>,
    /// The data type of the vectors (models that support it). Default `float`.
    #[builder(via_mutators, mutators(
        /// The data type of the vectors (models that support it). Default `float`.
        pub fn output_dtype(&mut self, v: EmbeddingDtype) { self.output_dtype = Some(v) }
        /// [`output_dtype`](Self::output_dtype) from an `Option`: `None` unsets it.
        pub fn maybe_output_dtype(&mut self, v: Option<EmbeddingDtype>) { self.output_dtype = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_dtype: Option<EmbeddingDtype>,
    /// How the vectors are encoded in the response. When unset the client asks for `base64`
    /// (smaller on the wire, faster to decode) and decodes it: the result is the same.
    #[builder(via_mutators, mutators(
        /// How the vectors are encoded in the response. When unset the client asks for `base64`
        /// (smaller on the wire, faster to decode) and decodes it: the result is the same.
        pub fn encoding_format(&mut self, v: EncodingFormat) { self.encoding_format = Some(v) }
        /// [`encoding_format`](Self::encoding_format) from an `Option`: `None` unsets it.
        pub fn maybe_encoding_format(&mut self, v: Option<EncodingFormat>) { self.encoding_format = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding_format: Option<EncodingFormat>,
    /// Free-form metadata attached to the request.
    #[builder(via_mutators, mutators(
        /// Free-form metadata attached to the request.
        pub fn metadata(&mut self, v: JsonObject) { self.metadata = Some(v) }
        /// [`metadata`](Self::metadata) from an `Option`: `None` unsets it.
        pub fn maybe_metadata(&mut self, v: Option<JsonObject>) { self.metadata = v }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<JsonObject>,
    /// Fields this version does not know, sent flat beside the typed ones.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields. Naming a
        /// field the type already has is a validation error.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl EmbeddingRequest {
    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &[
        "model",
        "input",
        "output_dimension",
        "output_dtype",
        "encoding_format",
        "metadata",
    ];

    /// Checks the spec's constraints: a model, at least one input and no empty text, a
    /// positive dimension. (The spec forbids no dtype and encoding combination: every dtype
    /// comes as JSON numbers or as base64 of its bytes.)
    ///
    /// # Errors
    /// Every violation, with its field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("model", &self.model);
        match &self.input {
            EmbeddingInput::One(s) => c.non_empty("input", s),
            EmbeddingInput::Many(v) if v.is_empty() => c.push("input", "needs at least one text"),
            EmbeddingInput::Many(v) => {
                for (i, s) in v.iter().enumerate() {
                    c.non_empty(&format!("input[{i}]"), s);
                }
            }
        }
        if self.output_dimension == Some(0) {
            c.push("output_dimension", "0 is out of range: must be at least 1");
        }
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }

    /// The dtype the vectors will come back in (`float` when unset).
    pub fn dtype(&self) -> EmbeddingDtype {
        self.output_dtype.clone().unwrap_or(EmbeddingDtype::Float)
    }
}

crate::api::request_traits!(EmbeddingRequest);

/// One text or several.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum EmbeddingInput {
    /// One text.
    One(String),
    /// Several texts, embedded in order.
    Many(Vec<String>),
}

impl EmbeddingInput {
    /// How many texts.
    pub fn len(&self) -> usize {
        match self {
            EmbeddingInput::One(_) => 1,
            EmbeddingInput::Many(v) => v.len(),
        }
    }

    /// Whether there is no text at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl From<&str> for EmbeddingInput {
    fn from(s: &str) -> Self {
        EmbeddingInput::One(s.to_owned())
    }
}
impl From<String> for EmbeddingInput {
    fn from(s: String) -> Self {
        EmbeddingInput::One(s)
    }
}
impl From<Vec<String>> for EmbeddingInput {
    fn from(v: Vec<String>) -> Self {
        EmbeddingInput::Many(v)
    }
}
impl From<Vec<&str>> for EmbeddingInput {
    fn from(v: Vec<&str>) -> Self {
        EmbeddingInput::Many(v.into_iter().map(str::to_owned).collect())
    }
}
impl From<&[String]> for EmbeddingInput {
    fn from(v: &[String]) -> Self {
        EmbeddingInput::Many(v.to_vec())
    }
}
impl From<&[&str]> for EmbeddingInput {
    fn from(v: &[&str]) -> Self {
        EmbeddingInput::Many(v.iter().map(|s| (*s).to_owned()).collect())
    }
}
impl<const N: usize> From<[&str; N]> for EmbeddingInput {
    fn from(v: [&str; N]) -> Self {
        EmbeddingInput::Many(v.iter().map(|s| (*s).to_owned()).collect())
    }
}

string_enum! {
    /// The data type of embedding values.
    pub enum EmbeddingDtype {
        /// 32-bit floats.
        Float = "float",
        /// Signed bytes.
        Int8 = "int8",
        /// Unsigned bytes.
        Uint8 = "uint8",
        /// Bits packed in signed bytes.
        Binary = "binary",
        /// Bits packed in unsigned bytes.
        Ubinary = "ubinary",
    }
}

string_enum! {
    /// How embeddings are encoded in the response.
    pub enum EncodingFormat {
        /// JSON arrays of numbers.
        Float = "float",
        /// Base64 of the values' bytes (little-endian `f32` for `float`).
        Base64 = "base64",
    }
}

/// The embeddings response as sent. [`decode`](Self::decode) turns it into typed vectors, and
/// [`EmbeddingVectors::check_matches`] checks them against the request (the client does both).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EmbeddingResponse {
    /// The response id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// `"list"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The model that embedded.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub model: String,
    /// Token usage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<Usage>,
    /// One entry per input, in any order (each names its input by `index`).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub data: Vec<EmbeddingData>,
}

/// One embedding as sent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EmbeddingData {
    /// `"embedding"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The input's position. Absent from the spec's required list, but needed: an item without
    /// it (or with `null`) fails [`EmbeddingResponse::decode`], since its input is unknown
    /// (never read as 0, nor taken from the item's place in `data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
    /// The values; `None` when the server sent `null` or nothing, which
    /// [`EmbeddingResponse::decode`] rejects (it is not an empty vector).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embedding: Option<RawEmbedding>,
}

/// Embedding values as sent: JSON numbers, or the bytes of a base64 string (decoded while
/// parsing, without an intermediate `String`). A number too large for `f32` (`1e300`) fails
/// the parse rather than becoming infinity; `null` is not an embedding.
#[derive(Clone, Debug, PartialEq)]
pub enum RawEmbedding {
    /// A JSON array of numbers (any dtype).
    Numbers(Vec<f32>),
    /// The bytes a base64 string encoded.
    Bytes(Vec<u8>),
}

impl Default for RawEmbedding {
    fn default() -> Self {
        RawEmbedding::Numbers(Vec::new())
    }
}

impl Serialize for RawEmbedding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            RawEmbedding::Numbers(v) => v.serialize(s),
            RawEmbedding::Bytes(b) => s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(b)),
        }
    }
}

impl<'de> Deserialize<'de> for RawEmbedding {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RawEmbedding;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an array of numbers or a base64 string")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<RawEmbedding, A::Error> {
                let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(1024));
                while let Some(FiniteF32(x)) = seq.next_element()? {
                    v.push(x);
                }
                Ok(RawEmbedding::Numbers(v))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<RawEmbedding, E> {
                base64::engine::general_purpose::STANDARD
                    .decode(s)
                    .map(RawEmbedding::Bytes)
                    .map_err(|e| E::custom(format_args!("invalid base64 embedding: {e}")))
            }
        }
        d.deserialize_any(V)
    }
}

/// Typed embedding values.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Embedding {
    /// `float`: 32-bit floats.
    Float(Vec<f32>),
    /// `int8`: signed bytes.
    Int8(Vec<i8>),
    /// `uint8`: unsigned bytes.
    Uint8(Vec<u8>),
    /// `binary`: bits, packed eight to a byte (signed bytes on the wire).
    Binary(PackedBits),
    /// `ubinary`: bits, packed eight to a byte (unsigned bytes on the wire).
    Ubinary(PackedBits),
}

impl Embedding {
    /// The float values, for a `float` embedding.
    pub fn as_f32(&self) -> Option<&[f32]> {
        match self {
            Embedding::Float(v) => Some(v),
            _ => None,
        }
    }

    /// The number of dimensions (bits, for the bit dtypes).
    pub fn dimension(&self) -> usize {
        match self {
            Embedding::Float(v) => v.len(),
            Embedding::Int8(v) => v.len(),
            Embedding::Uint8(v) => v.len(),
            Embedding::Binary(b) | Embedding::Ubinary(b) => b.bits(),
        }
    }
}

/// Bits packed eight to a byte, most significant bit first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackedBits(pub Vec<u8>);

impl PackedBits {
    /// How many bits.
    pub fn bits(&self) -> usize {
        self.0.len() * 8
    }

    /// Bit `i` (most significant first), or `None` past the end.
    pub fn get(&self, i: usize) -> Option<bool> {
        let byte = self.0.get(i / 8)?;
        Some(byte & (0x80 >> (i % 8)) != 0)
    }

    /// The number of differing bits (`None` when the lengths differ).
    pub fn hamming(&self, other: &PackedBits) -> Option<u32> {
        (self.0.len() == other.0.len()).then(|| {
            self.0
                .iter()
                .zip(&other.0)
                .map(|(a, b)| (a ^ b).count_ones())
                .sum()
        })
    }
}

/// An embedding that cannot be read: no values, no index, or values
/// that do not fit the requested dtype.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("embedding {index}: {message}")]
pub struct EmbeddingDecodeError {
    /// The embedding's `index` (its position in `data` when it has none).
    pub index: usize,
    /// What is wrong.
    pub message: String,
}

/// Decoded embeddings: typed vectors in input order, with usage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbeddingVectors {
    /// The response id.
    pub id: String,
    /// The model that embedded.
    pub model: String,
    /// Token usage.
    pub usage: Option<Usage>,
    /// One vector per input, sorted by [`index`](EmbeddingVector::index). From the client, the
    /// indexes are exactly `0..n` for `n` inputs ([`check_matches`](Self::check_matches)).
    pub data: Vec<EmbeddingVector>,
}

/// One typed vector and the position of its input.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbeddingVector {
    /// The input's position.
    pub index: usize,
    /// The values.
    pub embedding: Embedding,
}

impl EmbeddingVectors {
    /// The float vectors, in input order (empty for other dtypes).
    pub fn float_vectors(&self) -> Vec<&[f32]> {
        self.data.iter().filter_map(|v| v.embedding.as_f32()).collect()
    }

    /// Checks that these vectors answer `request`: one per input, each index in `0..n` once,
    /// and each of the requested [`output_dimension`](EmbeddingRequest::output_dimension)
    /// (in bits for the bit dtypes, rounded up to whole bytes), or, with none requested, all of
    /// one non-zero length. The client runs it on every response (per batch for
    /// `create_batched`).
    ///
    /// ```
    /// use mistral::embeddings::{EmbeddingDtype, EmbeddingRequest, EmbeddingResponse};
    /// let request = EmbeddingRequest::builder().model("mistral-embed").input(["a", "b", "c"]).build();
    /// let body = r#"{"id": "e", "model": "m", "data": [
    ///     {"index": 0, "embedding": [0.5, 0.5]}, {"index": 1, "embedding": [0.5, 0.5]}]}"#;
    /// let response: EmbeddingResponse = serde_json::from_str(body).unwrap();
    /// let vectors = response.decode(&EmbeddingDtype::Float).unwrap();
    /// let e = vectors.check_matches(&request).unwrap_err();
    /// assert_eq!(e.to_string(), "2 embeddings for 3 inputs");
    /// ```
    ///
    /// # Errors
    /// The first mismatch, e.g. `2 embeddings for 3 inputs`, `index 1 appears twice`,
    /// `index 7 out of range for 3 inputs`, `embedding 2 has 512 values, 1024 were requested`,
    /// `embedding 1 has 4 values, embedding 0 has 8`, `embedding 0 is empty`.
    pub fn check_matches(&self, request: &EmbeddingRequest) -> Result<(), ResponseMismatch> {
        let inputs = request.input.len();
        ResponseMismatch::count(self.data.len(), "embedding", inputs)?;
        let mut seen = vec![false; inputs];
        for v in &self.data {
            match seen.get_mut(v.index) {
                None => {
                    return Err(ResponseMismatch::new(format!(
                        "index {} out of range for {inputs} input{}",
                        v.index,
                        if inputs == 1 { "" } else { "s" }
                    )))
                }
                Some(true) => return Err(ResponseMismatch::new(format!("index {} appears twice", v.index))),
                Some(s) => *s = true,
            }
        }
        let unit = |e: &Embedding| match e {
            Embedding::Binary(_) | Embedding::Ubinary(_) => "bits",
            _ => "values",
        };
        match request.output_dimension {
            Some(requested) => {
                for v in &self.data {
                    let got = v.embedding.dimension();
                    // Bits come packed in whole bytes.
                    let want = match v.embedding {
                        Embedding::Binary(_) | Embedding::Ubinary(_) => (requested as usize).div_ceil(8) * 8,
                        _ => requested as usize,
                    };
                    if got != want {
                        return Err(ResponseMismatch::new(format!(
                            "embedding {} has {got} {}, {requested} {} requested",
                            v.index,
                            unit(&v.embedding),
                            if requested == 1 { "was" } else { "were" }
                        )));
                    }
                }
            }
            None => {
                let Some(first) = self.data.first() else {
                    return Ok(());
                };
                for v in &self.data {
                    let got = v.embedding.dimension();
                    if got == 0 {
                        return Err(ResponseMismatch::new(format!("embedding {} is empty", v.index)));
                    }
                    if got != first.embedding.dimension() {
                        return Err(ResponseMismatch::new(format!(
                            "embedding {} has {got} {}, embedding {} has {}",
                            v.index,
                            unit(&v.embedding),
                            first.index,
                            first.embedding.dimension()
                        )));
                    }
                }
            }
        }
        Ok(())
    }
}

fn int_values<T: TryFrom<i32>>(index: usize, v: &[f32], dtype: &str) -> Result<Vec<T>, EmbeddingDecodeError> {
    v.iter()
        .map(|x| {
            let ok = x.fract() == 0.0 && x.is_finite();
            ok.then(|| T::try_from(*x as i32).ok())
                .flatten()
                .ok_or_else(|| EmbeddingDecodeError {
                    index,
                    message: format!("{x} is not a valid {dtype} value"),
                })
        })
        .collect()
}

impl EmbeddingResponse {
    /// The vectors as `dtype` (the request's [`EmbeddingRequest::dtype`]), sorted by index,
    /// whether they came as JSON numbers or base64. This reads each vector alone: whether they answer the request (count,
    /// indexes, dimension) is [`EmbeddingVectors::check_matches`].
    ///
    /// # Errors
    /// An item without values (`null` or absent) or without an `index`, a value that does not fit the dtype, base64 bytes that are not a whole number of
    /// `f32`s, or base64 floats that are infinite or NaN.
    pub fn decode(self, dtype: &EmbeddingDtype) -> Result<EmbeddingVectors, EmbeddingDecodeError> {
        let mut data = Vec::with_capacity(self.data.len());
        for (position, d) in self.data.into_iter().enumerate() {
            // Without its index an item names no input: taking its position instead would
            // silently misorder a response that lists them in another order.
            let Some(index) = d.index else {
                return Err(EmbeddingDecodeError {
                    index: position,
                    message: "has no `index`: which input it embeds is unknown".into(),
                });
            };
            let Some(raw) = d.embedding else {
                return Err(EmbeddingDecodeError {
                    index,
                    message: "has no values (`embedding` is null or absent)".into(),
                });
            };
            let embedding = match (dtype, raw) {
                (EmbeddingDtype::Int8, RawEmbedding::Numbers(v)) => {
                    Embedding::Int8(int_values(index, &v, "int8")?)
                }
                (EmbeddingDtype::Binary, RawEmbedding::Numbers(v)) => {
                    let b: Vec<i8> = int_values(index, &v, "binary")?;
                    Embedding::Binary(PackedBits(b.into_iter().map(|x| x as u8).collect()))
                }
                (EmbeddingDtype::Uint8, RawEmbedding::Numbers(v)) => {
                    Embedding::Uint8(int_values(index, &v, "uint8")?)
                }
                (EmbeddingDtype::Ubinary, RawEmbedding::Numbers(v)) => {
                    Embedding::Ubinary(PackedBits(int_values(index, &v, "ubinary")?))
                }
                (_, RawEmbedding::Numbers(v)) => Embedding::Float(v),
                (EmbeddingDtype::Int8, RawEmbedding::Bytes(b)) => {
                    Embedding::Int8(b.into_iter().map(|x| x as i8).collect())
                }
                (EmbeddingDtype::Uint8, RawEmbedding::Bytes(b)) => Embedding::Uint8(b),
                (EmbeddingDtype::Binary, RawEmbedding::Bytes(b)) => Embedding::Binary(PackedBits(b)),
                (EmbeddingDtype::Ubinary, RawEmbedding::Bytes(b)) => Embedding::Ubinary(PackedBits(b)),
                (_, RawEmbedding::Bytes(b)) => {
                    if b.len() % 4 != 0 {
                        return Err(EmbeddingDecodeError {
                            index,
                            message: format!("{} base64 bytes are not a whole number of f32s", b.len()),
                        });
                    }
                    let v: Vec<f32> = b
                        .chunks_exact(4)
                        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                        .collect();
                    // Bytes can spell infinity or NaN, which no JSON number can.
                    if let Some(at) = v.iter().position(|x| !x.is_finite()) {
                        return Err(EmbeddingDecodeError {
                            index,
                            message: format!("value {at} is not a finite number"),
                        });
                    }
                    Embedding::Float(v)
                }
            };
            data.push(EmbeddingVector { index, embedding });
        }
        data.sort_by_key(|v| v.index);
        Ok(EmbeddingVectors {
            id: self.id,
            model: self.model,
            usage: self.usage,
            data,
        })
    }
}
