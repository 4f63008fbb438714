//! Embeddings: `POST /v1/embeddings`.

use futures_util::stream::{StreamExt, TryStreamExt};
use mistral_types::{
    ApiRequest, EmbeddingInput, EmbeddingRequest, EmbeddingResponse, EmbeddingVectors, Usage,
};

use super::Sealed;
use crate::error::{Error, Result};
use crate::meta::WithMeta;
use crate::pipeline::{to_json, with_field, Call, Decode, Handle};

/// The embeddings API (the marker type of [`Embeddings`]).
#[derive(Debug)]
pub enum EmbeddingsApi {}

impl Sealed for EmbeddingsApi {}

const PATH: &str = "/v1/embeddings";

/// Embedding calls: `create`, and `create_batched` for long lists.
///
/// ```no_run
/// # async fn run(client: mistral_client::Client) -> Result<(), mistral_client::Error> {
/// use mistral_types::EmbeddingRequest;
/// let request = EmbeddingRequest::builder()
///     .model("mistral-embed")
///     .input(["The cat sat.", "A feline was seated."])
///     .build();
/// let out = client.embeddings().create(&request).await?;
/// let vectors = out.float_vectors();
/// assert_eq!(vectors.len(), 2);
/// # Ok(()) }
/// ```
pub type Embeddings<'a> = Handle<'a, EmbeddingsApi>;

impl Decode for EmbeddingResponse {
    fn is_empty_shell(&self) -> bool {
        self.data.is_empty() && self.id.is_empty()
    }

    fn record(&self, span: &tracing::Span) {
        crate::pipeline::record_response(span, &self.id, &self.model, &[], self.usage.as_ref());
    }
}

/// `request` for the inputs `chunk` only (its input list is not cloned whole).
fn batch_request(request: &EmbeddingRequest, chunk: &[String]) -> EmbeddingRequest {
    EmbeddingRequest {
        model: request.model.clone(),
        input: EmbeddingInput::Many(chunk.to_vec()),
        output_dimension: request.output_dimension,
        output_dtype: request.output_dtype.clone(),
        encoding_format: request.encoding_format.clone(),
        metadata: request.metadata.clone(),
        extra: request.extra.clone(),
    }
}

impl Handle<'_, EmbeddingsApi> {
    /// Embeds the request's input and returns typed vectors in input order, with usage and
    /// the response metadata. When the request leaves `encoding_format` unset, base64 is asked
    /// for (smaller on the wire, faster to decode) and decoded: the vectors are the same. The
    /// server's encoding is read whatever it is.
    ///
    /// # Errors
    /// As every call. A decode error ([`ErrorKind::Decode`](crate::ErrorKind::Decode)) when
    /// the response does not answer the request
    /// ([`EmbeddingVectors::check_matches`]: one vector per input, each index once, the
    /// requested dimension), when an item has no values or no index while others have one,
    /// or when the values do not fit the requested dtype (a number too large for `f32`
    /// included).
    pub async fn create(&self, request: &EmbeddingRequest) -> Result<WithMeta<EmbeddingVectors>> {
        self.check_headers()?;
        request.check()?;
        let mut json = to_json(request)?;
        if request.encoding_format.is_none() {
            json = with_field(json, "encoding_format", "\"base64\"");
        }
        let (raw, meta) = self
            .fetch::<EmbeddingResponse>(Call::post("embeddings", PATH, json.into()).about(request))
            .await?
            .into_parts();
        let vectors = match raw.decode(&request.dtype()) {
            Ok(v) => v,
            Err(e) => return Err(Error::decode_plain(&e).with_source(e).with_meta(meta)),
        };
        match vectors.check_matches(request) {
            Ok(()) => Ok(WithMeta::new(vectors, meta)),
            Err(e) => Err(Error::decode_plain(&e).with_source(e).with_meta(meta)),
        }
    }

    /// Embeds a long input list in batches of `batch_size` texts, `concurrency` requests at a
    /// time, and returns every vector in input order (indexes count from the first input;
    /// usage is summed). `request` gives the model, dimension and dtype; its input is split.
    /// Each batch's response is checked against that batch's inputs as [`create`](Self::create)
    /// does: its indexes must be `0..n` for its `n` inputs. The future is `Send`: it can be
    /// given to `tokio::spawn` (with a `Client` clone moved in).
    ///
    /// # Errors
    /// The whole request is validated first. The first batch that fails (a decode error for a
    /// response that does not match its batch included) stops the rest; its error names the
    /// batch and its input range ([`Error::batch`]).
    pub async fn create_batched(
        &self,
        request: &EmbeddingRequest,
        batch_size: usize,
        concurrency: usize,
    ) -> Result<EmbeddingVectors> {
        self.check_headers()?;
        request.check()?;
        let inputs: &[String] = match &request.input {
            EmbeddingInput::One(s) => std::slice::from_ref(s),
            EmbeddingInput::Many(v) => v,
        };
        let batch_size = batch_size.max(1);
        // Built before the stream, as owned values: a closure over borrowed chunks inside the
        // stream makes the future not `Send` ("FnOnce is not general enough").
        let batches: Vec<(usize, EmbeddingRequest)> = inputs
            .chunks(batch_size)
            .enumerate()
            .map(|(i, chunk)| (i, batch_request(request, chunk)))
            .collect();
        let results: Vec<(usize, EmbeddingVectors)> = futures_util::stream::iter(batches)
            .map(|(i, r)| async move {
                let start = i * batch_size;
                let end = start + r.input.len();
                match self.create(&r).await {
                    Ok(v) => Ok((start, v.into_inner())),
                    Err(e) => Err(e.in_batch(i, start..end)),
                }
            })
            .buffered(concurrency.max(1))
            .try_collect()
            .await?;
        let mut out = EmbeddingVectors::default();
        let mut usage = Usage::default();
        for (start, batch) in results {
            if out.id.is_empty() {
                out.id = batch.id;
                out.model = batch.model;
            }
            if let Some(u) = batch.usage {
                usage.prompt_tokens += u.prompt_tokens;
                usage.completion_tokens += u.completion_tokens;
                usage.total_tokens += u.total_tokens;
            }
            out.data.extend(batch.data.into_iter().map(|mut v| {
                v.index += start;
                v
            }));
        }
        out.usage = Some(usage);
        Ok(out)
    }
}
