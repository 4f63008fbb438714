//! Embeddings: `POST /v1/embeddings`.

use futures_util::stream::{StreamExt, TryStreamExt};
use mistral_types::{
    ApiRequest, EmbeddingInput, EmbeddingRequest, EmbeddingResponse, EmbeddingVectors, Usage,
};

use crate::error::{Error, Result};
use crate::meta::WithMeta;
use crate::pipeline::{to_json, with_field, Call, Decode};

const PATH: &str = "/v1/embeddings";

crate::pipeline::handle! {
    /// Embedding calls: `create`, and `create_batched` for long lists (see [`Batching`]).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::embeddings::EmbeddingRequest;
    /// let request = EmbeddingRequest::builder()
    ///     .model("mistral-embed")
    ///     .input(["The cat sat.", "A feline was seated."])
    ///     .build();
    /// let out = client.embeddings().create(&request).await?;
    /// let vectors = out.float_vectors();
    /// assert_eq!(vectors.len(), 2);
    /// # Ok(()) }
    /// ```
    Embeddings
}

/// How [`Embeddings::create_batched`] splits a long input list: how many texts go in one
/// request, and how many requests are in flight at once.
///
/// The defaults are 64 texts a request and 4 requests at a time. A zero is raised to 1.
///
/// ```
/// use mistral::embeddings::Batching;
///
/// let batching = Batching::new().per_request(128).concurrency(8);
/// assert_eq!((batching.texts_per_request(), batching.requests_at_once()), (128, 8));
/// assert_eq!(Batching::default().texts_per_request(), 64);
/// assert_eq!(Batching::new().per_request(0).texts_per_request(), 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[must_use]
pub struct Batching {
    per_request: usize,
    concurrency: usize,
}

impl Default for Batching {
    /// 64 texts a request, 4 requests at a time.
    fn default() -> Self {
        Batching {
            per_request: Self::DEFAULT_PER_REQUEST,
            concurrency: Self::DEFAULT_CONCURRENCY,
        }
    }
}

impl Batching {
    /// The default number of texts in one request: 64.
    pub const DEFAULT_PER_REQUEST: usize = 64;
    /// The default number of requests in flight at once: 4.
    pub const DEFAULT_CONCURRENCY: usize = 4;

    /// The defaults: 64 texts a request, 4 requests at a time.
    pub fn new() -> Self {
        Self::default()
    }

    /// The most texts one request carries (the last one may carry fewer); 0 is raised to 1.
    pub fn per_request(mut self, texts: usize) -> Self {
        self.per_request = texts.max(1);
        self
    }

    /// The most requests in flight at once (they run in the caller's task, no spawning);
    /// 0 is raised to 1.
    pub fn concurrency(mut self, requests: usize) -> Self {
        self.concurrency = requests.max(1);
        self
    }

    /// The texts per request in force.
    pub fn texts_per_request(&self) -> usize {
        self.per_request
    }

    /// The requests at once in force.
    pub fn requests_at_once(&self) -> usize {
        self.concurrency
    }
}

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

impl Embeddings<'_> {
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
        self.core.check_headers()?;
        request.check()?;
        let mut json = to_json(request)?;
        if request.encoding_format.is_none() {
            json = with_field(json, "encoding_format", "\"base64\"");
        }
        let (raw, meta) = self
            .core
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

    /// Embeds a long input list in batches of [`Batching::per_request`] texts,
    /// [`Batching::concurrency`] requests at a time (64 and 4 with `Batching::default()`),
    /// and returns every vector in input order (indexes count from the first input; usage is
    /// summed). `request` gives the model, dimension and dtype; its input is split.
    /// Each batch's response is checked against that batch's inputs as [`create`](Self::create)
    /// does: its indexes must be `0..n` for its `n` inputs. The future is `Send`: it can be
    /// given to `tokio::spawn` (with a `Client` clone moved in).
    ///
    /// # Errors
    /// The whole request is validated first. The first batch that fails (a decode error for a
    /// response that does not match its batch included) stops the rest; its error names the
    /// batch and its input range ([`Error::batch`]).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::embeddings::Batching;
    /// use mistral::embeddings::EmbeddingRequest;
    ///
    /// let texts: Vec<String> = (0..1000).map(|i| format!("text {i}")).collect();
    /// let request = EmbeddingRequest::builder().model("mistral-embed").input(texts).build();
    /// let batching = Batching::new().per_request(64).concurrency(4);
    /// let all = client.embeddings().create_batched(&request, batching).await?;
    /// assert_eq!(all.data.len(), 1000);
    /// # Ok(()) }
    /// ```
    pub async fn create_batched(
        &self,
        request: &EmbeddingRequest,
        batching: Batching,
    ) -> Result<EmbeddingVectors> {
        self.core.check_headers()?;
        request.check()?;
        let inputs: &[String] = match &request.input {
            EmbeddingInput::One(s) => std::slice::from_ref(s),
            EmbeddingInput::Many(v) => v,
        };
        // Raised again: the fields are private, but a zero must never reach `chunks`.
        let batch_size = batching.per_request.max(1);
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
            .buffered(batching.concurrency.max(1))
            .try_collect()
            .await?;
        let mut out = EmbeddingVectors::default();
        // Summed as `Usage` adds (saturating, every field); none when no batch reported any.
        let mut usage: Option<Usage> = None;
        for (start, batch) in results {
            if out.id.is_empty() {
                out.id = batch.id;
                out.model = batch.model;
            }
            if let Some(u) = &batch.usage {
                *usage.get_or_insert_with(Usage::default) += u;
            }
            out.data.extend(batch.data.into_iter().map(|mut v| {
                v.index += start;
                v
            }));
        }
        out.usage = usage;
        Ok(out)
    }
}

crate::pipeline::per_call_setters!(Embeddings => core.opts);
