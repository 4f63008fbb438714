//! FIM, agents, embeddings and models: requests snapshotted (insta) and each checked against
//! its operation's schema in the vendored spec; responses read from the spec's examples and
//! from the wire shapes seen live; extra fields; validation.

use mistral_types::*;

use serde_json::{json, Value};

mod common;
use common::{sorted, spec_properties, spec_validator, wire};

/// Each request type's typed fields are exactly the spec's properties (so `extra` can tell a
/// known field from an unknown one, and nothing of the spec is missing).
#[test]
fn typed_fields_match_the_spec() {
    assert_eq!(
        sorted(ChatRequest::FIELDS),
        spec_properties("ChatCompletionRequest")
    );
    assert_eq!(
        sorted(FimRequest::FIELDS),
        spec_properties("FIMCompletionRequest")
    );
    assert_eq!(
        sorted(AgentsRequest::FIELDS),
        spec_properties("AgentsCompletionRequest")
    );
    assert_eq!(
        sorted(EmbeddingRequest::FIELDS),
        spec_properties("EmbeddingRequest")
    );
}

#[test]
fn fim_minimal() {
    let req = FimRequest::builder()
        .model("codestral-latest")
        .prompt("def fib(n):")
        .build();
    insta::assert_json_snapshot!(wire(&req, "FIMCompletionRequest"));
}

#[test]
fn fim_every_option() {
    let mut metadata = JsonObject::new();
    metadata.insert("repo".into(), json!("sdk"));
    let req = FimRequest::builder()
        .model("codestral-latest")
        .prompt("def fib(n):")
        .suffix("\nprint(fib(10))")
        .temperature(0.2)
        .top_p(0.95)
        .max_tokens(64)
        .min_tokens(4)
        .stream(false)
        .stop(["\n\n"])
        .random_seed(7)
        .metadata(metadata)
        .prompt_cache_key("fib")
        .build();
    insta::assert_json_snapshot!(wire(&req, "FIMCompletionRequest"));
}

#[test]
fn agents_every_option() {
    let req = AgentsRequest::builder()
        .agent_id("ag_019a2b3c")
        .messages([Message::user("Who painted the water lilies?")])
        .max_tokens(128)
        .stop("END")
        .random_seed(1)
        .response_format(ResponseFormat::json_object())
        .tools(vec![Tool::web_search()])
        .tool_choice(ToolChoice::auto())
        .presence_penalty(0.1)
        .frequency_penalty(0.2)
        .n(1)
        .prediction("Claude Monet")
        .parallel_tool_calls(false)
        .reasoning_effort(ReasoningEffort::Low)
        .prompt_cache_key("painters")
        .service_tier(ServiceTier::Auto)
        .build();
    insta::assert_json_snapshot!(wire(&req, "AgentsCompletionRequest"));
}

#[test]
fn embeddings_one_and_many() {
    let one = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input("Embed this sentence.")
        .build();
    insta::assert_json_snapshot!("embeddings_one", wire(&one, "EmbeddingRequest"));
    let many = EmbeddingRequest::builder()
        .model("codestral-embed")
        .input(["fn main() {}", "def main(): pass"])
        .output_dimension(256)
        .output_dtype(EmbeddingDtype::Ubinary)
        .encoding_format(EncodingFormat::Base64)
        .build();
    insta::assert_json_snapshot!("embeddings_many", wire(&many, "EmbeddingRequest"));
}

#[test]
fn model_update_request() {
    let v = serde_json::to_value(UpdateModelRequest::default().name("support-bot-v2")).unwrap();
    assert!(spec_validator("UpdateModelRequest").is_valid(&v));
    assert_eq!(v, json!({"name": "support-bot-v2"}));
    assert!(UpdateModelRequest::default().validate().is_err());
}

/// The spec's validators can fail: they reject what the API rejects.
#[test]
fn spec_rejects_unknown_fields_per_endpoint() {
    for (root, bad) in [
        (
            "FIMCompletionRequest",
            json!({"model": "m", "prompt": "p", "messages": []}),
        ),
        (
            "AgentsCompletionRequest",
            json!({"agent_id": "a", "messages": [], "temperature": 0.3}),
        ),
        (
            "EmbeddingRequest",
            json!({"model": "m", "input": "x", "output_dtype": "float16"}),
        ),
    ] {
        assert!(!spec_validator(root).is_valid(&bad), "{root}");
    }
}

/// `extra` fields go out flat; one that names a typed field is a validation error naming it;
/// unknown fields of a deserialized request are kept.
#[test]
fn extra_fields_on_every_request() {
    let chat = ChatRequest::builder()
        .model("m")
        .messages([Message::user("x")])
        .extra("beam_width", json!(1))
        .extra("length_penalty", json!(5))
        .build();
    let v = serde_json::to_value(&chat).unwrap();
    assert_eq!(
        (v["beam_width"].clone(), v["length_penalty"].clone()),
        (json!(1), json!(5))
    );
    chat.validate().unwrap();

    let fim = FimRequest::builder()
        .model("m")
        .prompt("p")
        .extra("temperature", json!(0.1))
        .build();
    let e = fim.validate().unwrap_err();
    assert!(e.has("extra.temperature"), "{e}");
    let agents = AgentsRequest::builder()
        .agent_id("a")
        .messages([Message::user("x")])
        .extra("agent_id", json!("b"))
        .build();
    assert!(agents.validate().unwrap_err().has("extra.agent_id"));
    let emb = EmbeddingRequest::builder()
        .model("m")
        .input("x")
        .extra("input", json!("y"))
        .build();
    assert!(emb.validate().unwrap_err().has("extra.input"));

    let fim: FimRequest = serde_json::from_value(json!({"model": "m", "prompt": "p", "echo": true})).unwrap();
    assert_eq!(fim.extra.get("echo"), Some(&json!(true)));
    let emb: EmbeddingRequest =
        serde_json::from_value(json!({"model": "m", "input": ["a"], "truncate": "end"})).unwrap();
    assert_eq!(emb.extra.get("truncate"), Some(&json!("end")));
}

#[test]
fn validation_rules_of_the_new_requests() {
    let e = FimRequest::builder()
        .model(" ")
        .prompt("p")
        .temperature(2.0)
        .top_p(0.0)
        .min_tokens(10)
        .max_tokens(5)
        .build()
        .validate()
        .unwrap_err();
    for path in ["model", "temperature", "top_p", "min_tokens"] {
        assert!(e.has(path), "{path}: {e}");
    }
    let e = AgentsRequest::builder()
        .agent_id("")
        .messages(Vec::<Message>::new())
        .n(0)
        .build()
        .validate()
        .unwrap_err();
    for path in ["agent_id", "messages", "n"] {
        assert!(e.has(path), "{path}: {e}");
    }
    let e = EmbeddingRequest::builder()
        .model("m")
        .input(Vec::<String>::new())
        .output_dimension(0)
        .build()
        .validate()
        .unwrap_err();
    assert!(e.has("input") && e.has("output_dimension"), "{e}");
    let e = EmbeddingRequest::builder()
        .model("m")
        .input(["ok", ""])
        .build()
        .validate()
        .unwrap_err();
    assert!(e.has("input[1]"), "{e}");
    assert!(EmbeddingRequest::builder()
        .model("m")
        .input("")
        .build()
        .validate()
        .is_err());
}

fn spec_example(path: &str, method: &str) -> Value {
    // The vendored extract keeps schemas only; the examples are copied here from the spec.
    match (path, method) {
        ("/v1/fim/completions", "post") => {
            json!({"id": "447e3e0d457e42e98248b5d2ef52a2a3", "object": "chat.completion",
            "model": "codestral-2508", "usage": {"prompt_tokens": 8, "completion_tokens": 91, "total_tokens": 99},
            "created": 1759496862, "choices": [{"index": 0, "message": {"content": "add_numbers(a: int, b: int) -> int:\n",
            "tool_calls": null, "prefix": false, "role": "assistant"}, "finish_reason": "stop"}]})
        }
        ("/v1/agents/completions", "post") => {
            json!({"id": "cf79f7daaee244b1a0ae5c7b1444424a", "object": "chat.completion",
            "model": "mistral-medium-latest", "usage": {"prompt_tokens": 24, "completion_tokens": 27, "total_tokens": 51,
            "prompt_audio_seconds": {}}, "created": 1759500534, "choices": [{"index": 0, "message": {"content": "Arrr, Claude Monet.",
            "tool_calls": null, "prefix": false, "role": "assistant"}, "finish_reason": "stop"}]})
        }
        ("/v1/embeddings", "post") => {
            json!({"data": [{"embedding": [-0.016632080078125, 0.0701904296875, 0.03143310546875],
            "index": 0, "object": "embedding"}, {"embedding": [-0.0230560302734375, 0.039337158203125, 0.0521240234375],
            "index": 1, "object": "embedding"}], "model": "mistral-embed", "object": "list",
            "usage": {"prompt_tokens": 15, "completion_tokens": 0, "total_tokens": 15, "prompt_audio_seconds": null}})
        }
        ("/v1/models", "get") => {
            json!([{"id": "<model_id>", "capabilities": {"completion_chat": true, "completion_fim": false,
            "function_calling": false, "fine_tuning": false, "vision": false, "classification": false}, "job": "<job_id>",
            "root": "open-mistral-7b", "object": "model", "created": 1756746619, "owned_by": "<owner_id>",
            "max_context_length": 32768, "aliases": [], "TYPE": "fine-tuned", "archived": false}])
        }
        _ => unreachable!(),
    }
}

#[test]
fn spec_examples_parse() {
    let fim: ChatCompletionResponse =
        serde_json::from_value(spec_example("/v1/fim/completions", "post")).unwrap();
    assert!(fim.text().starts_with("add_numbers"));
    // `prompt_audio_seconds: {}` in the spec's own example must not fail the response.
    let agents: ChatCompletionResponse =
        serde_json::from_value(spec_example("/v1/agents/completions", "post")).unwrap();
    assert_eq!(agents.usage.unwrap().prompt_audio_seconds, None);
    let emb: EmbeddingResponse = serde_json::from_value(spec_example("/v1/embeddings", "post")).unwrap();
    let v = emb.decode(&EmbeddingDtype::Float).unwrap();
    assert_eq!(v.data.len(), 2);
    assert_eq!(v.float_vectors()[1][2], 0.052_124_023_f32);
    // The spec's models example is a bare array with the key spelt `TYPE`.
    let models: ModelList = serde_json::from_value(spec_example("/v1/models", "get")).unwrap();
    assert_eq!(models.data.len(), 1);
    assert!(models.data[0].is_fine_tuned());
    assert_eq!(models.data[0].root.as_deref(), Some("open-mistral-7b"));
}

/// Embedding usage as seen live: extra null fields, a misspelt duplicate, `completion_tokens: 0`.
#[test]
fn live_embedding_usage_shape() {
    let body = json!({"id": "e1", "object": "list", "model": "mistral-embed", "data": [
        {"object": "embedding", "index": 0, "embedding": [0.5, -0.25]}],
        "usage": {"prompt_tokens": 4, "total_tokens": 4, "completion_tokens": 0, "request_count": null,
                  "prompt_tokens_details": null, "prompt_token_details": null, "completion_tokens_details": null}});
    let r: EmbeddingResponse = serde_json::from_value(body).unwrap();
    let u = r.usage.clone().unwrap();
    assert_eq!((u.prompt_tokens, u.completion_tokens, u.total_tokens), (4, 0, 4));
    assert!(u.extra.contains_key("request_count"));
    assert_eq!(
        r.decode(&EmbeddingDtype::Float).unwrap().float_vectors()[0],
        [0.5, -0.25]
    );
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Every dtype, as JSON numbers and as base64: the same typed vectors.
#[test]
fn embeddings_decode_every_dtype_and_encoding() {
    let floats = [0.5f32, -1.25, 3.0];
    let f_bytes: Vec<u8> = floats.iter().flat_map(|f| f.to_le_bytes()).collect();
    let cases: Vec<(EmbeddingDtype, Value, Value, Embedding)> = vec![
        (
            EmbeddingDtype::Float,
            json!(floats),
            json!(b64(&f_bytes)),
            Embedding::Float(floats.to_vec()),
        ),
        (
            EmbeddingDtype::Int8,
            json!([-128, 0, 127]),
            json!(b64(&[0x80, 0, 0x7f])),
            Embedding::Int8(vec![-128, 0, 127]),
        ),
        (
            EmbeddingDtype::Uint8,
            json!([0, 200, 255]),
            json!(b64(&[0, 200, 255])),
            Embedding::Uint8(vec![0, 200, 255]),
        ),
        (
            EmbeddingDtype::Binary,
            json!([-1, 1]),
            json!(b64(&[0xff, 1])),
            Embedding::Binary(PackedBits(vec![0xff, 1])),
        ),
        (
            EmbeddingDtype::Ubinary,
            json!([255, 1]),
            json!(b64(&[0xff, 1])),
            Embedding::Ubinary(PackedBits(vec![0xff, 1])),
        ),
    ];
    for (dtype, numbers, base64, want) in cases {
        for embedding in [numbers, base64] {
            let body = json!({"id": "e", "model": "m", "data": [{"index": 0, "embedding": embedding}]});
            let r: EmbeddingResponse = serde_json::from_value(body).unwrap();
            let got = r.decode(&dtype).unwrap();
            assert_eq!(got.data[0].embedding, want, "{dtype}");
        }
    }
    // Values that do not fit the dtype, and base64 that is not whole f32s, are errors.
    let r: EmbeddingResponse =
        serde_json::from_value(json!({"data": [{"index": 3, "embedding": [1.5]}]})).unwrap();
    assert_eq!(r.decode(&EmbeddingDtype::Int8).unwrap_err().index, 3);
    let r: EmbeddingResponse =
        serde_json::from_value(json!({"data": [{"index": 0, "embedding": b64(&[1, 2, 3])}]})).unwrap();
    assert!(r.decode(&EmbeddingDtype::Float).is_err());
    assert!(serde_json::from_value::<EmbeddingResponse>(json!({"data": [{"embedding": "!!"}]})).is_err());
    // Out of order on the wire: sorted by index.
    let r: EmbeddingResponse = serde_json::from_value(json!({"data": [
        {"index": 1, "embedding": [2.0]}, {"index": 0, "embedding": [1.0]}]}))
    .unwrap();
    assert_eq!(
        r.decode(&EmbeddingDtype::Float).unwrap().float_vectors(),
        [[1.0], [2.0]]
    );
    let bits = PackedBits(vec![0b1000_0001]);
    assert_eq!(
        (bits.get(0), bits.get(1), bits.get(7), bits.get(8)),
        (Some(true), Some(false), Some(true), None)
    );
    assert_eq!(bits.hamming(&PackedBits(vec![0])), Some(2));
}

/// A live-shaped model card: 14 flags, `deprecation` as RFC 3339 or null, a numeric default
/// temperature, no `internal`; unknown flags and kinds kept.
#[test]
fn model_cards_as_seen_live() {
    let card = |deprecation: Value, kind: &str| {
        json!({"id": "mistral-small-2506", "object": "model", "created": 1764000000, "owned_by": "mistralai",
            "capabilities": {"completion_chat": true, "function_calling": true, "reasoning": false,
                "completion_fim": false, "fine_tuning": true, "vision": true, "ocr": false, "classification": false,
                "moderation": false, "audio": false, "audio_transcription": false,
                "audio_transcription_realtime": false, "audio_speech": false, "unified_resources": false,
                "telepathy": true},
            "name": "mistral-small-2506", "description": "Small", "max_context_length": 131072,
            "aliases": ["mistral-small-latest"], "deprecation": deprecation,
            "deprecation_replacement_model": null, "default_model_temperature": 0.3, "type": kind})
    };
    let list: ModelList = serde_json::from_value(json!({"object": "list", "data": [
        card(json!("2026-03-31T12:00:00Z"), "base"), card(Value::Null, "base"), card(Value::Null, "distilled")]}))
    .unwrap();
    let m = &list.data[0];
    assert_eq!(
        m.deprecation.as_ref().unwrap().unix_seconds(),
        Some(1_774_958_400)
    );
    assert_eq!(m.default_model_temperature, Some(0.3));
    assert!(m.capabilities.vision && m.capabilities.function_calling);
    assert!(m.capabilities.has(&Capability::from("telepathy")));
    assert!(!m.capabilities.has(&Capability::from("teleportation")));
    assert!(list.data[1].deprecation.is_none());
    assert_eq!(list.data[2].kind, ModelKind::Other("distilled".into()));
    assert_eq!(
        list.with_capabilities(&[Capability::FunctionCalling, Capability::Vision])
            .count(),
        3
    );
    assert_eq!(list.with_capabilities(&[Capability::Ocr]).count(), 0);
    assert_eq!(
        list.find("mistral-small-latest").unwrap().id,
        "mistral-small-2506"
    );
    // Every card validates against the spec's card schema, unknown flag aside.
    let mut v = card(Value::Null, "base");
    v["capabilities"].as_object_mut().unwrap().remove("telepathy");
    assert!(spec_validator("BaseModelCard").is_valid(&v));
}

#[test]
fn model_management_responses() {
    let d: DeletedModel =
        serde_json::from_value(json!({"id": "ft:x", "object": "model", "deleted": true})).unwrap();
    assert!(d.deleted);
    let a: ArchivedModel =
        serde_json::from_value(json!({"id": "ft:x", "object": "model", "archived": true})).unwrap();
    assert!(a.archived);
    let ft: FineTunedModel = serde_json::from_value(json!({"id": "ft:x", "object": "model", "created": 1,
        "owned_by": "me", "workspace_id": "w", "root": "open-mistral-7b", "root_version": "1", "archived": false,
        "capabilities": {"completion_chat": true}, "model_type": "classifier",
        "classifier_targets": [{"name": "t", "labels": ["a"], "weight": 1.0, "loss_function": "single_class"}]}))
    .unwrap();
    assert_eq!(ft.model_type, Some(FineTunedModelType::Classifier));
    assert!(ft.extra.contains_key("classifier_targets"));
}

#[test]
fn moderation_requests_match_the_spec() {
    assert_eq!(
        sorted(ClassificationRequest::FIELDS),
        spec_properties("ClassificationRequest")
    );
    assert_eq!(
        sorted(ChatModerationRequest::FIELDS),
        spec_properties("ChatModerationRequest")
    );
    assert_eq!(
        sorted(ChatClassificationRequest::FIELDS),
        spec_properties("ChatClassificationRequest")
    );
    let texts = ClassificationRequest::builder()
        .model("mistral-moderation-latest")
        .input(["first text", "second text"])
        .build();
    insta::assert_json_snapshot!("moderation_texts", wire(&texts, "ClassificationRequest"));
    let chat = ChatModerationRequest::builder()
        .model("mistral-moderation-latest")
        .input([
            Message::user("How do I pick a lock?"),
            Message::assistant("I can't help with that."),
        ])
        .build();
    insta::assert_json_snapshot!("moderation_chat", wire(&chat, "ChatModerationRequest"));
    let many = ChatModerationRequest::builder()
        .model("mistral-moderation-latest")
        .input(vec![vec![Message::user("a")], vec![Message::user("b")]])
        .build();
    wire(&many, "ChatModerationRequest");
    let classify = ChatClassificationRequest::builder()
        .model("ft:classifier:sentiment")
        .input([Message::user("I love it")])
        .build();
    insta::assert_json_snapshot!(
        "classification_chat",
        wire(&classify, "ChatClassificationRequest")
    );
    for bad in [
        ClassificationRequest::builder()
            .model("m")
            .input(Vec::<String>::new())
            .build()
            .validate(),
        ClassificationRequest::builder()
            .model("")
            .input("x")
            .build()
            .validate(),
        ChatModerationRequest::builder()
            .model("m")
            .input(Vec::<Message>::new())
            .build()
            .validate(),
    ] {
        assert!(bad.is_err());
    }
}

/// Live moderation responses carry `usage` (absent from the spec), in the order id, usage,
/// model, results; the spec's example has none. Both parse; unknown categories are kept.
#[test]
fn moderation_responses_as_seen_live() {
    let live = r#"{"id":"4d71ae51","usage":{"prompt_tokens":9,"total_tokens":9,"completion_tokens":0,"request_count":1},
        "model":"mistral-moderation-2411","results":[{"categories":{"sexual":false,"hate_and_discrimination":false,
        "violence_and_threats":true,"dangerous_and_criminal_content":false,"selfharm":false,"health":false,
        "financial":false,"law":false,"pii":false,"new_category":true},"category_scores":{"sexual":0.0011,
        "violence_and_threats":0.97,"new_category":0.61}}]}"#;
    let r: ModerationResponse = serde_json::from_str(live).unwrap();
    assert_eq!(r.usage.as_ref().unwrap().prompt_tokens, 9);
    assert!(r.flagged());
    let m = &r.results[0];
    assert_eq!(m.categories.violence_and_threats, Some(true));
    assert_eq!(m.flagged_categories(), ["violence_and_threats", "new_category"]);
    assert_eq!(m.top_category(), Some(("violence_and_threats", 0.97)));
    assert_eq!(m.category_scores.get("new_category"), Some(0.61));
    let spec: ModerationResponse =
        serde_json::from_value(json!({"id": "x", "model": "mistral-moderation-latest",
        "results": [{"categories": {"sexual": false}, "category_scores": {"sexual": 0.001}}]}))
        .unwrap();
    assert!(!spec.flagged() && spec.usage.is_none());
    let c: ClassificationResponse = serde_json::from_value(json!({"id": "c", "model": "ft:cls",
        "results": [{"sentiment": {"scores": {"positive": 0.9, "negative": 0.1}}}]}))
    .unwrap();
    assert_eq!(c.results[0]["sentiment"].top(), Some(("positive", 0.9)));
}

#[derive(serde::Deserialize, schemars::JsonSchema, Debug, PartialEq)]
struct Invoice {
    number: String,
    total: f64,
}

#[test]
fn ocr_requests_match_the_spec() {
    assert_eq!(sorted(OcrRequest::FIELDS), spec_properties("OCRRequest"));
    let minimal = OcrRequest::builder()
        .model("mistral-ocr-latest")
        .document(OcrDocument::url("https://example.com/report.pdf"))
        .build();
    insta::assert_json_snapshot!("ocr_minimal", wire(&minimal, "OCRRequest"));
    let every = OcrRequest::builder()
        .model("mistral-ocr-latest")
        .document(OcrDocument::from_bytes(b"\x89PNG\r\n\x1a\n0000").unwrap())
        .pages("0-2")
        .include_image_base64(true)
        .image_limit(5)
        .image_min_size(64)
        .document_annotation_prompt("Extract the invoice fields.")
        .table_format(TableFormat::Html)
        .extract_header(true)
        .extract_footer(true)
        .include_blocks(false)
        .confidence_scores_granularity(ConfidenceGranularity::Word)
        .build()
        .with_document_annotation::<Invoice>()
        .with_bbox_annotation::<Invoice>();
    insta::assert_json_snapshot!("ocr_every_option", wire(&every, "OCRRequest"));
    let file = OcrRequest::builder()
        .model("m")
        .document(OcrDocument::file("3b6f1b36-8a0e-4c2e-9d77-1b7b3f0c2a11"))
        .pages([0, 3])
        .build();
    wire(&file, "OCRRequest");
    // Bad input: empty references and page lists.
    let e = OcrRequest::builder()
        .model("")
        .document(OcrDocument::url(""))
        .pages(Vec::<u32>::new())
        .build()
        .validate()
        .unwrap_err();
    for p in ["model", "document.document_url", "pages"] {
        assert!(e.has(p), "{p}: {e}");
    }
}

#[test]
fn ocr_documents_from_bytes_get_their_media_type() {
    for (bytes, mime) in [
        (&b"%PDF-1.7 rest"[..], "application/pdf"),
        (b"\x89PNG\r\n\x1a\nrest", "image/png"),
        (b"\xff\xd8\xff\xe0rest", "image/jpeg"),
        (b"GIF89a rest", "image/gif"),
        (b"RIFF\0\0\0\0WEBPrest", "image/webp"),
    ] {
        let v = serde_json::to_value(OcrDocument::from_bytes(bytes).unwrap()).unwrap();
        let url = v
            .get("document_url")
            .or_else(|| v.get("image_url"))
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned();
        assert!(url.starts_with(&format!("data:{mime};base64,")), "{url}");
        let kind = if mime == "application/pdf" {
            "document_url"
        } else {
            "image_url"
        };
        assert_eq!(v["type"], kind);
    }
    assert!(OcrDocument::from_bytes(b"plain text").is_err());
    let v = serde_json::to_value(OcrDocument::from_bytes_as(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        b"PK",
    ))
    .unwrap();
    assert_eq!(v["type"], "document_url");
}

/// Live responses of 2025: only `pages`, `model` and `usage_info`, `image_base64: null`.
#[test]
fn ocr_responses_as_seen_live() {
    let live = json!({"pages": [
        {"index": 0, "markdown": "# Report\n\n![img-0.jpeg](img-0.jpeg)", "images": [{"id": "img-0.jpeg",
            "top_left_x": 10, "top_left_y": 20, "bottom_right_x": 110, "bottom_right_y": 220, "image_base64": null}],
         "dimensions": {"dpi": 200, "height": 2200, "width": 1700}},
        {"index": 1, "markdown": "Page two.", "images": [], "dimensions": {"dpi": 200, "height": 2200, "width": 1700}}],
        "model": "mistral-ocr-2505-completion", "usage_info": {"pages_processed": 2, "doc_size_bytes": 3002}});
    let r: OcrResponse = serde_json::from_value(live).unwrap();
    assert_eq!(r.markdown(), "# Report\n\n![img-0.jpeg](img-0.jpeg)\n\nPage two.");
    assert_eq!(r.pages[0].images[0].image_base64, None);
    assert_eq!(r.usage_info.as_ref().unwrap().pages_processed, 2);
    assert!(r.document_annotation::<Invoice>().is_err());
    let with: OcrResponse = serde_json::from_value(
        json!({"pages": [], "model": "m", "usage_info": {"pages_processed": 0},
        "document_annotation": "{\"number\": \"A-1\", \"total\": 12.5}", "object": "ocr"}),
    )
    .unwrap();
    assert_eq!(
        with.document_annotation::<Invoice>().unwrap(),
        Invoice {
            number: "A-1".into(),
            total: 12.5
        }
    );
    assert!(with.extra.contains_key("object"));
}

/// Checks `value` against the spec schema `root`.
fn assert_spec(root: &str, value: &Value) {
    let validator = spec_validator(root);
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{root}: {errors:#?}\n{value:#}");
}

#[test]
fn batch_job_requests_match_the_spec() {
    assert_eq!(
        sorted(BatchJobRequest::FIELDS),
        spec_properties("CreateBatchJobRequest")
    );
    assert_eq!(
        sorted(files::FileUpload::FIELDS),
        spec_properties("FileUploadMultipart")
    );
    let files_job = BatchJobRequest::builder()
        .endpoint(BatchEndpoint::ChatCompletions)
        .model("mistral-small-latest")
        .input_files(["6b2c2a58-0b8e-4c1c-9f5e-3c1d2b7c9e10".to_owned()])
        .metadata([("job_type".to_owned(), "testing".to_owned())])
        .timeout_hours(48)
        .build();
    insta::assert_json_snapshot!("batch_job_files", wire(&files_job, "CreateBatchJobRequest"));
    let mut input = BatchInput::new();
    for (id, text) in [("0", "What is the best French cheese?"), ("1", "And wine?")] {
        let r = ChatRequest::builder()
            .model("mistral-small-latest")
            .messages([Message::user(text)])
            .max_tokens(100)
            .build();
        input.push(id, &r).unwrap();
    }
    let inline = BatchJobRequest::inline(&input);
    insta::assert_json_snapshot!("batch_job_inline", wire(&inline, "CreateBatchJobRequest"));
    // Each input line's body is a valid chat request once the job's model is added.
    for line in std::str::from_utf8(input.as_bytes()).unwrap().lines() {
        let mut v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["custom_id"].as_str().map(str::len), Some(1));
        v["body"]["model"] = json!("mistral-small-latest");
        assert_spec("ChatCompletionRequest", &v["body"]);
    }
    // The embeddings, FIM, moderation and OCR bodies go to their endpoints.
    let mut emb = BatchInput::new();
    emb.push(
        "e",
        &EmbeddingRequest::builder()
            .model("mistral-embed")
            .input("x")
            .build(),
    )
    .unwrap();
    assert_eq!(emb.endpoint(), Some(&BatchEndpoint::Embeddings));
    let mut cls = BatchInput::for_endpoint(BatchEndpoint::Classifications);
    cls.push(
        "c",
        &ClassificationRequest::builder().model("m").input("x").build(),
    )
    .unwrap();
    let mut ocr = BatchInput::new();
    let doc = OcrRequest::builder()
        .model("mistral-ocr-latest")
        .document(OcrDocument::url("https://example.com/a.pdf"))
        .build();
    ocr.push("o", &doc).unwrap();
    assert!(ocr
        .push(
            "e",
            &EmbeddingRequest::builder()
                .model("mistral-ocr-latest")
                .input("x")
                .build()
        )
        .is_err());
}

#[test]
fn file_and_batch_responses_match_their_types() {
    let file = json!({"id": "497f6eca-6276-4993-bfeb-53cbbbba6f09", "object": "file", "bytes": 13000,
        "created_at": 1716963433, "filename": "files_upload.jsonl", "purpose": "batch",
        "sample_type": "batch_request", "num_lines": 2, "mimetype": null, "source": "upload",
        "signature": null, "expires_at": null, "visibility": "workspace"});
    assert_spec("CreateFileResponse", &file);
    let f: FileObject = serde_json::from_value(file.clone()).unwrap();
    assert_eq!(f.num_lines, Some(2));
    let list = json!({"data": [file], "object": "list", "total": 1});
    assert_spec("ListFilesResponse", &list);
    let l: FileList = serde_json::from_value(list).unwrap();
    assert_eq!(l.total, Some(1));
    let job = json!({"id": "b6f1", "object": "batch", "input_files": ["497f6eca-6276-4993-bfeb-53cbbbba6f09"],
        "metadata": {"job_type": "testing"}, "endpoint": "/v1/chat/completions", "model": "mistral-small-latest",
        "agent_id": null, "output_file": "1c2b3a4d-6276-4993-bfeb-53cbbbba6f09", "error_file": null,
        "errors": [{"message": "boom", "count": 2}], "outputs": null, "status": "SUCCESS",
        "created_at": 1, "total_requests": 2, "completed_requests": 2, "succeeded_requests": 2,
        "failed_requests": 0, "started_at": 2, "completed_at": 3});
    assert_spec("BatchJob", &job);
    let j: BatchJob = serde_json::from_value(job).unwrap();
    assert!(j.is_terminal());
    assert_eq!(j.errors[0].count, Some(2));
    assert_eq!(j.progress().to_string(), "2/2");
    // The list's only required field is `total`; data may be absent.
    let jobs: BatchJobList = serde_json::from_value(json!({"total": 87})).unwrap();
    assert_eq!(jobs.total, Some(87));
    let deleted: files::DeletedFile =
        serde_json::from_value(json!({"id": "x", "object": "file", "deleted": true})).unwrap();
    assert!(deleted.deleted);
}
