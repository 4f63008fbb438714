//! Responses and stream chunks as the API really sends them (docs samples, hand-checked wire
//! shapes, and the spec's own schemas), plus forward compatibility of every open enum and union.

use mistral_types::*;
use serde_json::{json, Value};

mod common;
use common::spec_validator;

#[test]
fn docs_function_call_response() {
    let raw = include_str!("fixtures/function_call_response.json");
    let r: ChatCompletionResponse = serde_json::from_str(raw).unwrap();
    assert_eq!(r.id, "cmpl-e5cc70bb28c444948073e77776eb30ef");
    let choice = &r.choices[0];
    assert_eq!(choice.finish_reason, Some(FinishReason::ToolCalls));
    let call = &choice.message.as_ref().unwrap().tool_calls()[0];
    assert_eq!(call.id.as_deref(), Some("D681PevKs"));
    #[derive(serde::Deserialize)]
    struct Args {
        transaction_id: String,
    }
    assert_eq!(call.parse_arguments::<Args>().unwrap().transaction_id, "T1001");
    assert_eq!(r.usage.as_ref().unwrap().total_tokens, 153);
    // Turning it back into the next request's message keeps the call exactly.
    let next: Message = choice.message.clone().unwrap().into();
    let v = serde_json::to_value(&next).unwrap();
    assert_eq!(
        v["tool_calls"][0]["function"]["arguments"],
        "{\"transaction_id\": \"T1001\"}"
    );
    assert_eq!(v["role"], "assistant");
}

#[test]
fn reasoning_response_with_extra_usage_keys() {
    let raw = include_str!("fixtures/reasoning_response.json");
    let r: ChatCompletionResponse = serde_json::from_str(raw).unwrap();
    let msg = r.message().unwrap();
    assert_eq!(msg.text(), "{\"answer\": 4}");
    let chunks = msg.content.as_ref().unwrap().chunks().unwrap();
    let ContentChunk::Thinking(t) = &chunks[0] else {
        panic!("thinking first")
    };
    assert_eq!(t.text(), "Let me add: 2 + 2 = 4.");
    #[derive(serde::Deserialize)]
    struct Answer {
        answer: u32,
    }
    assert_eq!(msg.parse_json::<Answer>().unwrap().answer, 4);
    let u = r.usage.unwrap();
    assert_eq!(u.cached_tokens(), Some(0));
    assert_eq!(u.completion_tokens_details.unwrap().reasoning_tokens, Some(12));
    assert_eq!(u.extra["request_count"], 1);
    assert_eq!(u.extra["future_field"], json!({"x": 1}));
}

#[test]
fn docs_stream_chunks_and_fold() {
    let raw = include_str!("fixtures/stream_docs.sse");
    let mut acc = StreamAccumulator::new();
    let validator = spec_validator("CompletionChunk");
    for line in raw.lines().filter_map(|l| l.strip_prefix("data: ")) {
        if line == "[DONE]" {
            break;
        }
        let v: Value = serde_json::from_str(line).unwrap();
        // `usage: null` is what the docs show, though the spec does not allow it: we accept it.
        let mut spec_v = v.clone();
        if spec_v["usage"].is_null() {
            spec_v.as_object_mut().unwrap().remove("usage");
        }
        assert!(validator.is_valid(&spec_v), "{line}");
        let chunk: CompletionChunk = serde_json::from_str(line).unwrap();
        acc.push(&chunk);
    }
    let r = acc.finish();
    assert_eq!(r.text(), "300");
    assert_eq!(r.choices[0].finish_reason, Some(FinishReason::Stop));
    assert_eq!(r.usage.unwrap().total_tokens, 26);
    assert_eq!(r.id, "5906a2c0");
}

#[test]
fn lenient_real_world_shapes() {
    // Nulls where the spec has values, absent fields, extra keys at every level, a tool call
    // without type/index, content switching shapes, a choice without message.
    let r: ChatCompletionResponse = serde_json::from_value(json!({
        "id": null, "object": "chat.completion", "model": "m", "created": null, "usage": null,
        "extra_top": true,
        "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": null,
              "tool_calls": [{"function": {"name": "f", "arguments": {"a": 1}}, "extra": 1}], "new": 2}},
            {"index": 1, "finish_reason": "brand_new_reason"},
            {"index": 2, "finish_reason": null, "message": {"content": "hi"}, "messages": [{"role": "assistant", "content": "x"}]}
        ]
    }))
    .unwrap();
    assert_eq!(r.id, "");
    assert_eq!(
        r.choices[0].message.as_ref().unwrap().tool_calls()[0]
            .function
            .arguments,
        Arguments::Object(json!({"a": 1}).as_object().unwrap().clone())
    );
    assert_eq!(
        r.choices[1].finish_reason,
        Some(FinishReason::Other("brand_new_reason".into()))
    );
    assert!(r.choices[1].message.is_none());
    assert_eq!(r.choices[2].message.as_ref().unwrap().text(), "hi");

    let c: CompletionChunk = serde_json::from_value(json!({
        "id": "x", "model": "m", "choices": [{"index": 0, "delta": {"content": [{"type": "thinking", "thinking": [{"type": "text", "text": "hm"}]}], "role": null, "tool_calls": null, "future": 1}, "finish_reason": null, "logprobs": null}],
        "usage": null, "p": "extra"
    }))
    .unwrap();
    assert!(matches!(c.choices[0].delta.content, Some(Content::Chunks(_))));
    let c: CompletionChunk = serde_json::from_value(
        json!({"id": "x", "model": "m", "choices": [{"index": 0, "delta": null, "finish_reason": "stop"}]}),
    )
    .unwrap();
    assert_eq!(c.finish_reason(), Some(&FinishReason::Stop));
}

#[test]
fn unknown_values_round_trip_unchanged() {
    let chunk = json!({"type": "hologram", "hologram": {"x": [1, 2]}, "note": "new"});
    let parsed: ContentChunk = serde_json::from_value(chunk.clone()).unwrap();
    assert!(matches!(parsed, ContentChunk::Unknown(_)));
    assert_eq!(parsed.type_name(), Some("hologram"));
    assert_eq!(serde_json::to_value(&parsed).unwrap(), chunk);

    let tool = json!({"type": "quantum_search", "depth": 3});
    let parsed: Tool = serde_json::from_value(tool.clone()).unwrap();
    assert!(matches!(parsed, Tool::Unknown(_)));
    assert_eq!(serde_json::to_value(&parsed).unwrap(), tool);

    let part = json!({"type": "diagram", "svg": "<svg/>"});
    let parsed: ThinkingPart = serde_json::from_value(part.clone()).unwrap();
    assert_eq!(serde_json::to_value(&parsed).unwrap(), part);

    // A known tag whose body does not parse is kept rather than failing the whole message.
    let odd = json!({"type": "image_url", "image_url": 42});
    let parsed: ContentChunk = serde_json::from_value(odd.clone()).unwrap();
    assert_eq!(serde_json::to_value(&parsed).unwrap(), odd);

    for (v, s) in [
        (
            serde_json::to_value(FinishReason::from("paused")).unwrap(),
            "paused",
        ),
        (
            serde_json::to_value(Role::from("developer")).unwrap(),
            "developer",
        ),
        (
            serde_json::to_value(ReasoningEffort::from("ultra")).unwrap(),
            "ultra",
        ),
        (serde_json::to_value(ImageDetail::from("max")).unwrap(), "max"),
        (
            serde_json::to_value(ToolChoiceMode::from("sometimes")).unwrap(),
            "sometimes",
        ),
    ] {
        assert_eq!(v, s);
    }
    let fr: FinishReason = serde_json::from_str("\"paused\"").unwrap();
    assert_eq!(fr, FinishReason::Other("paused".into()));
    assert_eq!(serde_json::to_string(&fr).unwrap(), "\"paused\"");
}

#[test]
fn known_chunks_round_trip() {
    for chunk in [
        json!({"type": "text", "text": "hi"}),
        json!({"type": "image_url", "image_url": "https://x/y.png"}),
        json!({"type": "image_url", "image_url": {"url": "https://x/y.png", "detail": "low"}}),
        json!({"type": "document_url", "document_url": "https://x/y.pdf", "document_name": "y"}),
        json!({"type": "reference", "reference_ids": [1, "a"]}),
        json!({"type": "file", "file_id": "f"}),
        json!({"type": "input_audio", "input_audio": "AAA"}),
        json!({"type": "thinking", "thinking": [{"type": "text", "text": "t"}, {"type": "tool_reference", "tool": "web_search", "title": "T", "url": "u"}, {"type": "reference", "reference_ids": [2]}], "signature": "s", "closed": false}),
    ] {
        let parsed: ContentChunk = serde_json::from_value(chunk.clone()).unwrap();
        assert!(!matches!(parsed, ContentChunk::Unknown(_)), "{chunk}");
        assert_eq!(serde_json::to_value(&parsed).unwrap(), chunk);
    }
}

#[test]
fn tool_call_arguments_forms() {
    let call: ToolCall =
        serde_json::from_value(json!({"function": {"name": "f", "arguments": "{\"x\": 1}"}})).unwrap();
    assert_eq!(call.kind, None);
    assert_eq!(call.index, None);
    #[derive(serde::Deserialize, Debug)]
    struct X {
        #[allow(dead_code)]
        x: u8,
    }
    assert!(call.parse_arguments::<X>().is_ok());
    let bad: ToolCall =
        serde_json::from_value(json!({"function": {"name": "f", "arguments": "{\"x\": 1"}})).unwrap();
    let e = bad.parse_arguments::<X>().unwrap_err();
    assert_eq!(e.kind(), ParseErrorKind::InvalidJson);
    assert_eq!(e.raw(), "{\"x\": 1");
    let wrong: ToolCall =
        serde_json::from_value(json!({"function": {"name": "f", "arguments": {"x": "str"}}})).unwrap();
    let e = wrong.parse_arguments::<X>().unwrap_err();
    assert_eq!(e.kind(), ParseErrorKind::WrongShape);
    assert!(e.raw().contains("str"));
}

#[test]
fn structured_output_failure_modes() {
    #[derive(serde::Deserialize, Debug)]
    struct T {
        #[allow(dead_code)]
        a: u8,
    }
    let choice = |content: Value, finish: &str| -> ChatChoice {
        serde_json::from_value(json!({"index": 0, "finish_reason": finish, "message": {"content": content}}))
            .unwrap()
    };
    assert!(choice(json!("{\"a\": 1}"), "stop").parse_json::<T>().is_ok());
    for (content, finish, kind) in [
        (json!("{\"a\": "), "length", ParseErrorKind::Truncated),
        (json!("{\"a\": "), "stop", ParseErrorKind::InvalidJson),
        (json!("{\"b\": 1}"), "stop", ParseErrorKind::WrongShape),
        (Value::Null, "stop", ParseErrorKind::NoContent),
    ] {
        let e = choice(content.clone(), finish).parse_json::<T>().unwrap_err();
        assert_eq!(e.kind(), kind, "{content} / {finish}");
    }
}

#[test]
fn error_bodies_every_shape() {
    // (body, expected (message, code)), or None when it is not an error body.
    type Case<'a> = (&'a [u8], Option<(&'a str, Option<&'a str>)>);
    let cases: Vec<Case> = vec![
        (br#"{"object":"error","message":"Invalid model: x","type":"invalid_request_error","param":"model","code":"unknown_model"}"#, Some(("Invalid model: x", Some("unknown_model")))),
        (br#"{"object":"error","message":{"detail":[{"type":"extra_forbidden","loc":["body","store"],"msg":"Extra inputs are not permitted","input":true}]},"type":"invalid_request_error","param":null,"code":null}"#, Some(("body.store: Extra inputs are not permitted", None))),
        (br#"{"detail":[{"type":"extra_forbidden","loc":["body","max_completion_tokens"],"msg":"Extra inputs are not permitted","input":8192}]}"#, Some(("body.max_completion_tokens: Extra inputs are not permitted", None))),
        (br#"{"object":"error","message":"{\"object\":\"error\",\"message\":\"Service unavailable\",\"type\":\"internal_error_proxy\"}","type":"internal_error_proxy","param":null,"code":1000}"#, Some(("Service unavailable", Some("1000")))),
        (br#"{"detail":"Unauthorized"}"#, Some(("Unauthorized", None))),
        (b"<html><body>502 Bad Gateway</body></html>", None),
        (b"", None),
        (br#"{"id":"x","choices":[]}"#, None),
    ];
    for (raw, want) in cases {
        let got = ApiErrorBody::parse(raw);
        match want {
            None => assert!(got.is_none(), "{}", String::from_utf8_lossy(raw)),
            Some((msg, code)) => {
                let got = got.unwrap_or_else(|| panic!("parses: {}", String::from_utf8_lossy(raw)));
                assert_eq!(got.message.as_deref(), Some(msg));
                assert_eq!(got.code.as_deref(), code);
            }
        }
    }
    let b =
        ApiErrorBody::parse(br#"{"detail":[{"type":"extra_forbidden","loc":["body","store"],"msg":"m"}]}"#)
            .unwrap();
    assert_eq!(b.detail[0].kind, "extra_forbidden");
    assert_eq!(b.detail[0].path(), "body.store");
}

fn embeddings(data: Value) -> EmbeddingResponse {
    serde_json::from_value(json!({"id": "e", "model": "m", "data": data})).unwrap()
}

fn texts(n: usize) -> EmbeddingRequest {
    let input: Vec<String> = (0..n).map(|i| format!("t{i}")).collect();
    EmbeddingRequest::builder().model("m").input(input).build()
}

/// Issue #28: a number too large for `f32` is an error, not infinity, whether it is read from
/// text or from a `serde_json::Value`.
#[test]
fn embedding_values_that_overflow_f32() {
    let body = json!({"id": "e", "model": "m", "data": [{"index": 0, "embedding": [0.5, 1e300]}]});
    let e = serde_json::from_value::<EmbeddingResponse>(body.clone()).unwrap_err();
    assert!(e.to_string().contains("1e300 is out of range for f32"), "{e}");
    let e = serde_json::from_str::<EmbeddingResponse>(&body.to_string()).unwrap_err();
    assert!(e.to_string().contains("out of range"), "{e}");
    let e = serde_json::from_str::<RawEmbedding>("[-3.5e38]").unwrap_err();
    assert!(e.to_string().contains("out of range for f32"), "{e}");
    // The largest f32 and tiny values are fine.
    let ok: RawEmbedding = serde_json::from_str("[3.4028235e38, 1e-50, -0, 2]").unwrap();
    assert_eq!(ok, RawEmbedding::Numbers(vec![f32::MAX, 0.0, 0.0, 2.0]));

    // Base64 bytes that spell infinity or NaN.
    use base64::Engine as _;
    let bytes: Vec<u8> = [1.0f32, f32::NEG_INFINITY]
        .iter()
        .flat_map(|f| f.to_le_bytes())
        .collect();
    let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
    let e = embeddings(json!([{"index": 0, "embedding": b64}]))
        .decode(&EmbeddingDtype::Float)
        .unwrap_err();
    assert_eq!(e.to_string(), "embedding 0: value 1 is not a finite number");
}

#[test]
fn embedding_items_without_values_or_index() {
    for item in [json!({"index": 0, "embedding": null}), json!({"index": 0})] {
        let e = embeddings(json!([item]))
            .decode(&EmbeddingDtype::Float)
            .unwrap_err();
        assert_eq!(e.index, 0);
        assert!(e.message.contains("has no values"), "{e}");
    }
    let e = embeddings(json!([{"index": 0, "embedding": [1.0]}, {"embedding": [2.0]}]))
        .decode(&EmbeddingDtype::Float)
        .unwrap_err();
    assert_eq!(e.index, 1);
    assert!(e.message.contains("has no `index`"), "{e}");
    let e = embeddings(json!([{"index": null, "embedding": [1.0]}, {"index": 0, "embedding": [2.0]}]))
        .decode(&EmbeddingDtype::Float)
        .unwrap_err();
    assert_eq!(e.index, 0);

    // No index anywhere: still unknown, never positions.
    let e = embeddings(json!([{"embedding": [1.0]}, {"embedding": [2.0]}]))
        .decode(&EmbeddingDtype::Float)
        .unwrap_err();
    assert_eq!(e.index, 0);
    assert!(e.message.contains("has no `index`"), "{e}");
}

#[test]
fn embedding_vectors_must_match_their_request() {
    let item = |i: usize, n: usize| json!({"index": i, "embedding": vec![0.5f32; n]});
    let check = |data: Value, request: &EmbeddingRequest| {
        embeddings(data)
            .decode(&request.dtype())
            .unwrap()
            .check_matches(request)
            .map_err(|e| e.to_string())
    };
    assert_eq!(check(json!([item(1, 2), item(0, 2)]), &texts(2)), Ok(()));
    let cases = [
        (json!([item(0, 2), item(1, 2)]), 3, "2 embeddings for 3 inputs"),
        (json!([item(0, 2), item(1, 2)]), 1, "2 embeddings for 1 input"),
        (json!([item(0, 2)]), 2, "1 embedding for 2 inputs"),
        (json!([]), 1, "0 embeddings for 1 input"),
        (
            json!([item(0, 2), item(1, 2), item(1, 2)]),
            3,
            "index 1 appears twice",
        ),
        (
            json!([item(0, 2), item(7, 2), item(1, 2)]),
            3,
            "index 7 out of range for 3 inputs",
        ),
        (json!([item(3, 2)]), 1, "index 3 out of range for 1 input"),
        (
            json!([item(0, 8), item(1, 4)]),
            2,
            "embedding 1 has 4 values, embedding 0 has 8",
        ),
        (json!([item(0, 0), item(1, 0)]), 2, "embedding 0 is empty"),
    ];
    for (data, n, want) in cases {
        assert_eq!(check(data.clone(), &texts(n)), Err(want.to_owned()), "{data}");
    }
    let mut request = texts(3);
    request.output_dimension = Some(1024);
    assert_eq!(
        check(json!([item(0, 1024), item(1, 1024), item(2, 512)]), &request),
        Err("embedding 2 has 512 values, 1024 were requested".to_owned())
    );
    // Bits, packed: 12 requested come as 2 bytes.
    request.output_dimension = Some(12);
    request.output_dtype = Some(EmbeddingDtype::Binary);
    let bits = |i: usize, n: usize| json!({"index": i, "embedding": vec![-1; n]});
    assert_eq!(
        check(json!([bits(0, 2), bits(1, 2), bits(2, 2)]), &request),
        Ok(())
    );
    assert_eq!(
        check(json!([bits(0, 2), bits(1, 1), bits(2, 2)]), &request),
        Err("embedding 1 has 8 bits, 12 were requested".to_owned())
    );
}

#[test]
fn moderation_and_classification_counts() {
    let m: ModerationResponse = serde_json::from_value(json!({"id": "x", "model": "m", "results": [
        {"categories": {"sexual": false}, "category_scores": {"sexual": 0.1}}]}))
    .unwrap();
    assert_eq!(m.check_matches(1), Ok(()));
    assert_eq!(
        m.check_matches(2).unwrap_err().to_string(),
        "1 result for 2 inputs"
    );
    let c: ClassificationResponse =
        serde_json::from_value(json!({"id": "x", "model": "m", "results": [{}, {}, {}]})).unwrap();
    assert_eq!(c.check_matches(1).unwrap_err().message, "3 results for 1 input");
    assert_eq!(ConversationInput::Many(vec![vec![], vec![]]).len(), 2);
    assert_eq!(ConversationInput::One(vec![]).len(), 1);
    assert_eq!(
        ChatClassificationInput::from(vec![vec![Message::user("a")]; 3]).len(),
        3
    );
}

/// Issue #20: one category of an unexpected type does not fail the response; it is kept.
#[test]
fn moderation_categories_of_any_value() {
    let raw = json!({"sexual": false, "selfharm": null, "health": 0.5, "brand_new": true,
        "new_cat": 0.3, "nested": {"a": [1]}, "unknown_null": null});
    let c: ModerationCategories<bool> = serde_json::from_value(raw).unwrap();
    assert_eq!(c.sexual, Some(false));
    assert_eq!(c.selfharm, None);
    assert_eq!(c.health, None);
    assert_eq!(c.other.get("brand_new"), Some(&true));
    assert_eq!(c.get("brand_new"), Some(true));
    assert_eq!(c.get("new_cat"), None);
    let untyped: Vec<&str> = c.untyped.keys().map(String::as_str).collect();
    assert_eq!(untyped, ["health", "nested", "new_cat", "unknown_null"]);
    assert_eq!(c.untyped["nested"], json!({"a": [1]}));
    // Everything sent (but a known category's null) goes back out.
    let out = serde_json::to_value(&c).unwrap();
    assert_eq!(out["new_cat"], json!(0.3));
    assert_eq!(out["brand_new"], json!(true));
    assert_eq!(out["health"], json!(0.5));
    assert_eq!(
        serde_json::from_value::<ModerationCategories<bool>>(out).unwrap(),
        c
    );

    let scores: ModerationCategories<f64> =
        serde_json::from_value(json!({"sexual": 1, "new": 0.25, "odd": "high"})).unwrap();
    assert_eq!(scores.sexual, Some(1.0));
    assert_eq!(scores.other.get("new"), Some(&0.25));
    assert_eq!(scores.untyped["odd"], json!("high"));
}

/// Issue #20: OCR pages by index, whatever their order; a repeated index is named.
#[test]
fn ocr_pages_by_index() {
    let page = |i: u32, md: &str| json!({"index": i, "markdown": md});
    let mut r: OcrResponse = serde_json::from_value(json!({"model": "m", "pages": [
        page(2, "c"), page(0, "a"), page(1, "b")]}))
    .unwrap();
    assert_eq!(r.markdown(), "a\n\nb\n\nc");
    assert_eq!(r.check_pages(), Ok(()));
    r.sort_pages();
    assert_eq!(r.pages.iter().map(|p| p.index).collect::<Vec<_>>(), [0, 1, 2]);

    let r: OcrResponse = serde_json::from_value(json!({"model": "m", "pages": [
        page(2, "c"), page(0, "a"), page(0, "a again")]}))
    .unwrap();
    assert_eq!(
        r.check_pages().unwrap_err().to_string(),
        "page index 0 appears twice"
    );
    // Deserialized directly (unchecked), duplicates are each included, in arrival order.
    assert_eq!(r.markdown(), "a\n\na again\n\nc");
}
