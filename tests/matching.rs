//! Responses that must match their request (issues #20 and #28): embeddings, moderation,
//! classification and OCR answers with too few or too many items, duplicated or out-of-range
//! indexes, vectors of the wrong length, values that overflow, or pages out of order. Each bad
//! answer is a decode error naming what was wrong; each good one still succeeds.

mod support;

use mistral::embeddings::Batching;
use mistral::test_util::Reply;
use mistral::types::{
    ChatClassificationInput, ChatClassificationRequest, ChatModerationRequest, ClassificationRequest,
    ConversationInput, OcrDocument, OcrRequest,
};
use mistral::{Embedding, EmbeddingDtype, EmbeddingRequest, EncodingFormat, Error, ErrorKind, Message};
use serde_json::{json, Value};
use support::hostile::{self, Hostile, RawRequest, Step};
use support::*;

fn texts(n: usize) -> Vec<String> {
    (0..n).map(|k| format!("t{k}")).collect()
}

fn embed_request(n: usize) -> EmbeddingRequest {
    EmbeddingRequest::builder()
        .model("mistral-embed")
        .input(texts(n))
        .build()
}

/// An embeddings body with these `(index, values)` items, in this order.
fn embeddings_body(items: &[(Value, Value)]) -> Value {
    let data: Vec<Value> = items
        .iter()
        .map(|(index, embedding)| {
            let mut item = json!({"object": "embedding", "embedding": embedding});
            if !index.is_null() {
                item["index"] = index.clone();
            }
            item
        })
        .collect();
    json!({"id": "emb-1", "object": "list", "model": "mistral-embed", "data": data,
        "usage": {"prompt_tokens": 3, "total_tokens": 3, "completion_tokens": 0}})
}

/// `(i, [i, 1])` for each index, in this order.
fn items(indexes: &[usize]) -> Vec<(Value, Value)> {
    indexes
        .iter()
        .map(|i| (json!(i), json!([*i as f32, 1.0])))
        .collect()
}

/// Asserts a decode error whose message contains `want`.
#[track_caller]
fn assert_decode(e: &Error, want: &str) {
    assert_eq!(e.kind(), ErrorKind::Decode, "{e}");
    assert!(e.is_decode(), "{e}");
    assert!(e.to_string().contains(want), "{e:?} should say {want:?}");
}

async fn embed_once(body: Value, request: &EmbeddingRequest) -> Result<mistral::EmbeddingVectors, Error> {
    let (c, _t) = scripted();
    _t.push(Reply::json(200, &body));
    c.embeddings().create(request).await.map(|r| r.into_inner())
}

#[tokio::test]
async fn embeddings_count_must_equal_inputs() {
    let e = embed_once(embeddings_body(&items(&[0, 1])), &embed_request(3))
        .await
        .unwrap_err();
    assert_decode(&e, "2 embeddings for 3 inputs");
    assert!(!e.is_retryable());
    let e = embed_once(embeddings_body(&items(&[0, 1, 2, 3])), &embed_request(3))
        .await
        .unwrap_err();
    assert_decode(&e, "4 embeddings for 3 inputs");
    let e = embed_once(embeddings_body(&items(&[0, 1])), &embed_request(1))
        .await
        .unwrap_err();
    assert_decode(&e, "2 embeddings for 1 input");
    // A response with no vectors at all for a real request is no success either.
    let e = embed_once(embeddings_body(&[]), &embed_request(2))
        .await
        .unwrap_err();
    assert_decode(&e, "0 embeddings for 2 inputs");
}

#[tokio::test]
async fn embeddings_indexes_must_be_a_permutation() {
    let e = embed_once(embeddings_body(&items(&[0, 1, 1])), &embed_request(3))
        .await
        .unwrap_err();
    assert_decode(&e, "index 1 appears twice");
    let e = embed_once(embeddings_body(&items(&[0, 1, 7])), &embed_request(3))
        .await
        .unwrap_err();
    assert_decode(&e, "index 7 out of range for 3 inputs");

    // Out of order but complete: sorted into input order.
    let out = embed_once(embeddings_body(&items(&[2, 0, 1])), &embed_request(3))
        .await
        .unwrap();
    let firsts: Vec<f32> = out.float_vectors().iter().map(|v| v[0]).collect();
    assert_eq!(firsts, [0.0, 1.0, 2.0]);
    assert_eq!(out.data.iter().map(|v| v.index).collect::<Vec<_>>(), [0, 1, 2]);
}

#[tokio::test]
async fn embeddings_missing_index_or_values() {
    // `"embedding": null` is not an empty vector.
    let body = embeddings_body(&[(json!(0), json!([0.5, 0.5])), (json!(1), Value::Null)]);
    let e = embed_once(body, &embed_request(2)).await.unwrap_err();
    assert_decode(&e, "embedding 1: has no values");
    // Absent values too.
    let mut body = embeddings_body(&items(&[0, 1]));
    body["data"][1].as_object_mut().unwrap().remove("embedding");
    let e = embed_once(body, &embed_request(2)).await.unwrap_err();
    assert_decode(&e, "embedding 1: has no values");

    // Items without an index: which input they belong to is unknown, whether some or all
    // lack one (never all read as index 0, nor taken by position).
    let body = embeddings_body(&[(json!(1), json!([1.0, 1.0])), (Value::Null, json!([0.0, 1.0]))]);
    let e = embed_once(body, &embed_request(2)).await.unwrap_err();
    assert_decode(&e, "has no `index`");
    let body = embeddings_body(&[
        (Value::Null, json!([0.0, 1.0])),
        (Value::Null, json!([1.0, 1.0])),
        (Value::Null, json!([2.0, 1.0])),
    ]);
    let e = embed_once(body, &embed_request(3)).await.unwrap_err();
    assert_decode(&e, "embedding 0: has no `index`");
}

#[tokio::test]
async fn embeddings_dimension_must_match() {
    let v = |n: usize| json!(vec![0.25f32; n]);
    let mut req = embed_request(3);
    req.output_dimension = Some(1024);
    let body = embeddings_body(&[(json!(0), v(1024)), (json!(1), v(1024)), (json!(2), v(512))]);
    let e = embed_once(body, &req).await.unwrap_err();
    assert_decode(&e, "embedding 2 has 512 values, 1024 were requested");

    // No dimension asked for: the vectors must agree with each other.
    let body = embeddings_body(&[(json!(0), v(8)), (json!(1), v(4)), (json!(2), v(8))]);
    let e = embed_once(body, &embed_request(3)).await.unwrap_err();
    assert_decode(&e, "embedding 1 has 4 values, embedding 0 has 8");
    let body = embeddings_body(&[(json!(0), v(0)), (json!(1), v(0))]);
    let e = embed_once(body, &embed_request(2)).await.unwrap_err();
    assert_decode(&e, "embedding 0 is empty");

    // Bit dtypes count bits: 256 requested are 32 packed bytes.
    let mut req = embed_request(2);
    req.output_dimension = Some(256);
    req.output_dtype = Some(EmbeddingDtype::Ubinary);
    req.encoding_format = Some(EncodingFormat::Float);
    let body = embeddings_body(&[(json!(0), json!(vec![7u8; 32])), (json!(1), json!(vec![7u8; 16]))]);
    let e = embed_once(body, &req).await.unwrap_err();
    assert_decode(&e, "embedding 1 has 128 bits, 256 were requested");
    let body = embeddings_body(&[(json!(0), json!(vec![7u8; 32])), (json!(1), json!(vec![9u8; 32]))]);
    let out = embed_once(body, &req).await.unwrap();
    assert!(matches!(&out.data[1].embedding, Embedding::Ubinary(b) if b.bits() == 256));
}

#[tokio::test]
async fn embedding_values_must_fit_their_type() {
    // 1e300 is a valid JSON number but no f32: not infinity.
    let body = embeddings_body(&[(json!(0), json!([0.5, 1e300]))]);
    let e = embed_once(body, &embed_request(1)).await.unwrap_err();
    assert_decode(&e, "1e300 is out of range for f32");
    let body = embeddings_body(&[(json!(0), json!([-1e39]))]);
    let e = embed_once(body, &embed_request(1)).await.unwrap_err();
    assert_decode(&e, "out of range for f32");

    // Base64 floats whose bytes are infinity or NaN.
    use base64::Engine as _;
    let b64 = |v: &[f32]| {
        let bytes: Vec<u8> = v.iter().flat_map(|f| f.to_le_bytes()).collect();
        json!(base64::engine::general_purpose::STANDARD.encode(bytes))
    };
    for bad in [f32::INFINITY, f32::NAN] {
        let body = embeddings_body(&[(json!(0), b64(&[0.5, bad]))]);
        let e = embed_once(body, &embed_request(1)).await.unwrap_err();
        assert_decode(&e, "embedding 0: value 1 is not a finite number");
    }
    let out = embed_once(
        embeddings_body(&[(json!(0), b64(&[0.5, -0.25]))]),
        &embed_request(1),
    )
    .await
    .unwrap();
    assert_eq!(out.float_vectors()[0], &[0.5, -0.25]);

    // Integer dtypes stay in range.
    let mut req = embed_request(1);
    req.output_dtype = Some(EmbeddingDtype::Int8);
    let e = embed_once(embeddings_body(&[(json!(0), json!([1, 200]))]), &req)
        .await
        .unwrap_err();
    assert_decode(&e, "200 is not a valid int8 value");
    req.output_dtype = Some(EmbeddingDtype::Binary);
    let e = embed_once(embeddings_body(&[(json!(0), json!([-129]))]), &req)
        .await
        .unwrap_err();
    assert_decode(&e, "-129 is not a valid binary value");
    req.output_dtype = Some(EmbeddingDtype::Uint8);
    let e = embed_once(embeddings_body(&[(json!(0), json!([1e300]))]), &req)
        .await
        .unwrap_err();
    assert_decode(&e, "out of range");
}

/// How the embeddings server of the batched tests misbehaves.
#[derive(Clone, Copy)]
enum Serve {
    /// One vector per input, `[k, 1]` for input `tk`, indexes from 0 per request, in reverse
    /// order.
    Correct,
    /// As `Correct`, without the last vector.
    OneShort,
    /// As `Correct`, with indexes counted from the first input of the whole list (`tk` is `k`).
    GlobalIndexes,
}

fn embeddings_reply(serve: Serve, req: &RawRequest) -> Vec<Step> {
    let body: Value = serde_json::from_slice(&req.body).unwrap();
    let inputs: Vec<usize> = body["input"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap()[1..].parse().unwrap())
        .collect();
    let mut data: Vec<Value> = inputs
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let index = match serve {
                Serve::GlobalIndexes => *k,
                _ => i,
            };
            json!({"object": "embedding", "index": index, "embedding": [*k as f32, 1.0]})
        })
        .collect();
    if matches!(serve, Serve::OneShort) {
        data.pop();
    }
    data.reverse();
    let reply = json!({"id": "emb-b", "object": "list", "model": "mistral-embed", "data": data,
        "usage": {"prompt_tokens": inputs.len(), "total_tokens": inputs.len(), "completion_tokens": 0}});
    vec![Step::Write(hostile::response(
        200,
        &[("content-type", "application/json"), ("connection", "close")],
        reply.to_string().as_bytes(),
    ))]
}

async fn embeddings_server(serve: Serve) -> Hostile {
    Hostile::start(move |_, req| embeddings_reply(serve, req)).await
}

#[tokio::test]
async fn batched_embeddings_checked_per_batch() {
    // Over HTTP: three batches (4, 4 and 2 inputs), each numbered from 0, sent back reversed.
    let s = embeddings_server(Serve::Correct).await;
    let c = fast_client(&s.url(), |b| b.max_retries(0));
    let out = c
        .embeddings()
        .create_batched(&embed_request(10), Batching::new().per_request(4).concurrency(2))
        .await
        .unwrap();
    assert_eq!(s.requests().len(), 3);
    assert_eq!(out.data.len(), 10);
    for (i, v) in out.data.iter().enumerate() {
        assert_eq!(v.index, i);
        assert_eq!(v.embedding.as_f32().unwrap(), &[i as f32, 1.0], "input {i}");
    }
    assert_eq!(out.usage.as_ref().unwrap().prompt_tokens, 10);

    // 4 vectors for 5 inputs, twice: an error naming the first batch, not 8 of 10.
    let s = embeddings_server(Serve::OneShort).await;
    let c = fast_client(&s.url(), |b| b.max_retries(0));
    let e = c
        .embeddings()
        .create_batched(&embed_request(10), Batching::new().per_request(5).concurrency(1))
        .await
        .unwrap_err();
    assert_decode(&e, "4 embeddings for 5 inputs");
    assert_eq!(e.batch(), Some((0, 0..5)));
    assert!(e.to_string().starts_with("batch 0 (inputs 0..5): "), "{e}");

    // Indexes 5..9 in the second batch: checked against its own 5 inputs, not offset twice.
    let s = embeddings_server(Serve::GlobalIndexes).await;
    let c = fast_client(&s.url(), |b| b.max_retries(0));
    let e = c
        .embeddings()
        .create_batched(&embed_request(10), Batching::new().per_request(5).concurrency(1))
        .await
        .unwrap_err();
    assert_decode(&e, "out of range for 5 inputs");
    assert_eq!(e.batch(), Some((1, 5..10)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batched_embeddings_can_be_spawned() {
    fn assert_send<T: Send>(t: T) -> T {
        t
    }
    let (c, _t) = scripted();
    let req = embed_request(7);
    let task = tokio::spawn(assert_send(async move {
        c.embeddings()
            .create_batched(&req, Batching::new().per_request(3).concurrency(2))
            .await
    }));
    let out = task.await.unwrap().unwrap();
    assert_eq!(out.data.len(), 7);
    assert!(out.data.iter().enumerate().all(|(i, v)| v.index == i));
}

fn moderation_result(flag: bool) -> Value {
    json!({"categories": {"sexual": false, "violence_and_threats": flag},
           "category_scores": {"sexual": 0.01, "violence_and_threats": if flag { 0.9 } else { 0.02 }}})
}

fn moderation_body(n: usize) -> Value {
    let results: Vec<Value> = (0..n).map(|i| moderation_result(i == 0)).collect();
    json!({"id": "mod-1", "model": "mistral-moderation-latest", "results": results})
}

fn classification_body(n: usize) -> Value {
    let results: Vec<Value> = (0..n)
        .map(|_| json!({"sentiment": {"scores": {"positive": 0.7, "negative": 0.3}}}))
        .collect();
    json!({"id": "cls-1", "model": "ft:classifier", "results": results})
}

fn text_request(n: usize) -> ClassificationRequest {
    ClassificationRequest::builder()
        .model("mistral-moderation-latest")
        .input(texts(n))
        .build()
}

fn conversations(n: usize) -> Vec<Vec<Message>> {
    (0..n).map(|k| vec![Message::user(format!("c{k}"))]).collect()
}

#[tokio::test]
async fn moderation_and_classification_counts_must_equal_inputs() {
    let (c, t) = scripted();
    for (results, inputs, want) in [
        (2, 3, "2 results for 3 inputs"),
        (3, 1, "3 results for 1 input"),
        (0, 2, "0 results for 2 inputs"),
    ] {
        t.push(Reply::json(200, &moderation_body(results)));
        let e = c.moderations().moderate(&text_request(inputs)).await.unwrap_err();
        assert_decode(&e, want);

        t.push(Reply::json(200, &moderation_body(results)));
        let chat = ChatModerationRequest::builder()
            .model("mistral-moderation-latest")
            .input(ConversationInput::Many(conversations(inputs)))
            .build();
        let e = c.moderations().moderate_chat(&chat).await.unwrap_err();
        assert_decode(&e, want);

        t.push(Reply::json(200, &classification_body(results)));
        let e = c.classifiers().classify(&text_request(inputs)).await.unwrap_err();
        assert_decode(&e, want);

        t.push(Reply::json(200, &classification_body(results)));
        let chat = ChatClassificationRequest::builder()
            .model("ft:classifier")
            .input(ChatClassificationInput::from(conversations(inputs)))
            .build();
        let e = c.classifiers().classify_chat(&chat).await.unwrap_err();
        assert_decode(&e, want);
    }
    // One conversation (not a list) is one input.
    t.push(Reply::json(200, &moderation_body(2)));
    let one = ChatModerationRequest::builder()
        .model("mistral-moderation-latest")
        .input([Message::user("a"), Message::assistant("b")])
        .build();
    let e = c.moderations().moderate_chat(&one).await.unwrap_err();
    assert_decode(&e, "2 results for 1 input");

    // The right counts succeed.
    t.push(Reply::json(200, &moderation_body(3)));
    let r = c.moderations().moderate(&text_request(3)).await.unwrap();
    assert_eq!(r.results.len(), 3);
    assert!(r.flagged());
    t.push(Reply::json(200, &moderation_body(1)));
    assert_eq!(
        c.moderations().moderate_chat(&one).await.unwrap().results.len(),
        1
    );
    t.push(Reply::json(200, &classification_body(2)));
    assert_eq!(
        c.classifiers()
            .classify(&text_request(2))
            .await
            .unwrap()
            .results
            .len(),
        2
    );
}

#[tokio::test]
async fn moderation_keeps_categories_of_any_value() {
    let (c, t) = scripted();
    t.push(Reply::json(
        200,
        &json!({"id": "mod-1", "model": "mistral-moderation-latest", "results": [{
            "categories": {"sexual": false, "violence_and_threats": true, "brand_new": true,
                           "new_cat": 0.3, "nested": {"level": "high"}, "pii": "maybe"},
            "category_scores": {"sexual": 0.01, "violence_and_threats": 0.93, "new_cat": 0.3,
                                "odd_score": "n/a"}}]}),
    ));
    let r = c.moderations().moderate(&text_request(1)).await.unwrap();
    let m = &r.results[0];
    assert_eq!(m.categories.violence_and_threats, Some(true));
    assert_eq!(m.categories.other.get("brand_new"), Some(&true));
    assert_eq!(m.categories.untyped["new_cat"], json!(0.3));
    assert_eq!(m.categories.untyped["nested"], json!({"level": "high"}));
    // A known category with a value of another type is kept the same way.
    assert_eq!(m.categories.pii, None);
    assert_eq!(m.categories.untyped["pii"], json!("maybe"));
    assert_eq!(m.category_scores.other.get("new_cat"), Some(&0.3));
    assert_eq!(m.category_scores.untyped["odd_score"], json!("n/a"));
    assert!(m.flagged());
    assert_eq!(m.flagged_categories(), ["violence_and_threats", "brand_new"]);
}

fn ocr_request() -> OcrRequest {
    OcrRequest::builder()
        .model("mistral-ocr-latest")
        .document(OcrDocument::url("https://example.com/doc.pdf"))
        .build()
}

fn ocr_body(indexes: &[u32]) -> Value {
    let pages: Vec<Value> = indexes
        .iter()
        .enumerate()
        .map(|(n, i)| json!({"index": i, "markdown": format!("page {i} (sent {n})"), "images": []}))
        .collect();
    json!({"pages": pages, "model": "mistral-ocr-latest", "usage_info": {"pages_processed": pages.len()}})
}

#[tokio::test]
async fn ocr_pages_in_index_order_without_duplicates() {
    let (c, t) = scripted();
    t.push(Reply::json(200, &ocr_body(&[2, 0, 1])));
    let r = c.ocr().process(&ocr_request()).await.unwrap();
    assert_eq!(
        r.markdown(),
        "page 0 (sent 1)\n\npage 1 (sent 2)\n\npage 2 (sent 0)"
    );
    assert_eq!(r.pages.iter().map(|p| p.index).collect::<Vec<_>>(), [0, 1, 2]);

    t.push(Reply::json(200, &ocr_body(&[2, 0, 0])));
    let e = c.ocr().process(&ocr_request()).await.unwrap_err();
    assert_decode(&e, "page index 0 appears twice");

    // Gaps are fine (a request can select pages 1 and 3).
    t.push(Reply::json(200, &ocr_body(&[3, 1])));
    let r = c.ocr().process(&ocr_request()).await.unwrap();
    assert_eq!(r.markdown(), "page 1 (sent 1)\n\npage 3 (sent 0)");
}
