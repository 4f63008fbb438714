//! The mock's default answers beyond chat: FIM, agents, embeddings, models, and a
//! Mistral-shaped 404 for any other path (conversations, files and batch jobs keep state: the
//! store serves them). [`route`] picks one by method and path.

use base64::Engine as _;
use http::Method;
use mistral_types::{
    AgentsRequest, ChatClassificationInput, ChatClassificationRequest, ChatModerationRequest, ChatRequest,
    ClassificationRequest, ConversationInput, EmbeddingDtype, EmbeddingInput, EmbeddingRequest,
    EncodingFormat, FimRequest, OcrDocument, OcrRequest, UpdateModelRequest,
};
use serde_json::{json, Value};

use super::defaults::{chat_reply, default_reply, invalid_request, read_request, sample, text_completion};
use super::reply::Reply;

/// The most inputs the mock embeds in one request; more is Mistral's error 3210.
pub const MOCK_MAX_EMBEDDING_INPUTS: usize = 128;

/// The mock's default dimension for embeddings (that of `mistral-embed`).
pub const MOCK_EMBEDDING_DIMENSION: usize = 1024;

/// The default reply to `method path` with `body`, as the mock server and the scripted
/// transport give it once their script is exhausted:
///
/// - `POST /v1/chat/completions`: [`default_reply`];
/// - `POST /v1/fim/completions`: a continuation of the prompt's last line (and a nod to the
///   suffix), JSON or streamed in the chat format;
/// - `POST /v1/agents/completions`: answered like chat (the agent's model is `mistral-medium-latest`);
/// - `POST /v1/embeddings`: deterministic unit vectors (the same text gives the same vector) of
///   the requested dimension (default 1024) and dtype, in the requested encoding; more than
///   128 inputs is error 3210;
/// - `GET /v1/models`, `GET|DELETE /v1/models/{id}`, `PATCH /v1/fine_tuning/models/{id}`,
///   `POST|DELETE /v1/fine_tuning/models/{id}/archive`: a realistic catalogue with capabilities
///   and one fine-tuned model; an unknown id is a 404;
/// - `POST /v1/ocr`: for a `data:` PDF, one page per page object with the text of its `Tj`
///   strings as markdown; for anything else one page naming the document; a document
///   annotation generated from its schema when asked; images only with `include_image_base64`;
/// - `POST /v1/moderations`, `/v1/chat/moderations`: every category of the v1 model, flagged
///   when the text holds a telling word (`kill`, `bomb`, `hate`, `suicide`, `@`...), with a
///   `usage` object as the live API sends;
/// - `POST /v1/classifications`, `/v1/chat/classifications`: one target, `sentiment`, with
///   `positive` and `negative` scores;
/// - anything else: `404 {"detail": "Not Found"}`, as Mistral answers.
///
/// Files and batch jobs need state, so this function does not serve them: the
/// [`MockServer`](super::MockServer) and the [`ScriptedTransport`](super::ScriptedTransport)
/// do, each with its own store (`/v1/files`: multipart uploads parsed, contents kept in
/// memory, list with `purpose`/`search`/paging, retrieve, delete, content, signed URL;
/// `/v1/batch/jobs`: create from uploaded JSONL or inline requests, then one status further
/// at each poll, `QUEUED` → `RUNNING` → `SUCCESS`, with an output file (and an error file for
/// failed requests) answered by this function; cancel, list by status, delete;
/// `/v1/conversations`: start with a model or an agent, append, restart from an entry (a new
/// conversation), get, list (a bare array, newest first, `page`/`page_size`), history,
/// messages, delete. A turn is answered by the conversation's model (with the request's
/// tools) or agent (with the tools and handoffs of its version). When the last input is a
/// user message, the first rule that applies decides the answer: (1) the agent has handoffs
/// and the message says "handoff" or "hand off" (any case): an `agent.handoff` entry to the
/// first of them, then, unless the turn asks `handoff_execution: client`, that agent's
/// answer by rules 2-4 (one hop); (2) a function tool is offered: a `function.call` of the
/// first one, with arguments generated from its schema; (3) a built-in tool is offered
/// (`web_search`, `web_search_premium`, `code_interpreter`, `image_generation`,
/// `document_library`): a `tool.execution` entry of the first one (arguments, `info`,
/// `completed_at`), then a `message.output` that uses it (a `tool_reference` citation for a
/// search or a library, a `tool_file` for an image, the printed output for code), and usage
/// with `connector_tokens` and `connectors`; (4) an echo of the message. Function results
/// as the last input are quoted. Streams carry named events in the real order:
/// `conversation.response.started`; per output, `message.output.delta` (text word by word,
/// other chunks whole), one `function.call.delta`, `tool.execution.started` (empty
/// arguments) then `tool.execution.delta` pieces then `tool.execution.done`, or
/// `agent.handoff.started` then `.done`; `conversation.response.done` with the same usage;
/// the fold of the stream equals the JSON answer. `/v1/agents`: create (version 0), update (a
/// new version each time, made the current one), get (`agent_version` a number or an
/// alias), delete, the cursor pages of `/v1/agents/pages` (newest first, filters,
/// `page_size`, `page_token`/`next_page_token`), versions (newest first, paged), one
/// version, `PATCH .../version`, aliases created, moved, listed and deleted; an unknown id is
/// a 404; `/v1/audio` (see `test_util/audio.rs`): `POST /v1/audio/transcriptions` (multipart,
/// parsed by multer; exactly one of `file`, `file_url`, `file_id`) answers a deterministic
/// transcription made from the audio's length and hash (segments, one per word with `word`
/// timestamps, speakers with `diarize`), as JSON or as the named events
/// `transcription.language`, `transcription.text.delta`, `transcription.segment`,
/// `transcription.done`; `POST /v1/audio/speech` a short sine WAV ([`sine_wav`](super::sine_wav)),
/// as base64 JSON or `speech.audio.delta` events of 4 000 bytes then `speech.audio.done` with
/// the usage; `/v1/audio/voices`: two presets and the voices created, listed by
/// `limit`/`offset`/`type`, get, update, delete (custom voices only), and each one's sample;
/// `/v1/libraries` (beta; see `test_util/libraries.rs`): libraries created, listed (cursor
/// pages, oldest first, `search`, `page_size`, `page_token`/`next_page_token`), read, updated
/// (`PATCH` or `PUT`), deleted; documents uploaded (multipart parsed; `201`), listed
/// (`page`/`page_size`, newest first unless `sort_order=asc`, `search`, with the `pagination`
/// object), read, updated, deleted, reprocessed (back to `todo`), their `status`,
/// `text_content` (optionally `page_start`/`page_end`, pages from 0), `signed-url` and
/// `extracted-text-signed-url` (bare JSON strings); a document's `process_status` is `todo`
/// in the upload's answer, `in_progress` at the first poll (status or get) and final at the
/// second: `done` for UTF-8 text or a PDF (its text read from its `Tj` strings, as OCR does),
/// `missing_content` for an empty file, `error` for other bytes; a file whose name starts
/// with `stuck` stays `in_progress`; `/share`: accesses listed, granted (`PUT`) and revoked
/// (`DELETE`)); every operation of the generated API groups that are compiled in (their
/// features) answers its success status with a body built from the spec's response schema:
/// every required field, nothing else (see [`generated_route`](super::generated_route)).
pub fn route(method: &Method, path: &str, body: &[u8]) -> Reply {
    let path = path.split('?').next().unwrap_or(path);
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    match (method.as_str(), segments.as_slice()) {
        ("POST", ["v1", "chat", "completions"]) => default_reply(body),
        ("POST", ["v1", "fim", "completions"]) => fim(body),
        ("POST", ["v1", "agents", "completions"]) => agents(body),
        ("POST", ["v1", "embeddings"]) => embeddings(body),
        ("GET", ["v1", "models"]) => Reply::json(200, &json!({"object": "list", "data": catalogue()})),
        ("GET", ["v1", "models", id]) => with_model(id, |card| Reply::json(200, &card)),
        ("DELETE", ["v1", "models", id]) => with_fine_tuned(id, |card| {
            Reply::json(
                200,
                &json!({"id": card["id"], "object": "model", "deleted": true}),
            )
        }),
        ("PATCH", ["v1", "fine_tuning", "models", id]) => with_fine_tuned(id, |card| {
            let update: UpdateModelRequest = match read_request(body, UpdateModelRequest::FIELDS) {
                Ok(u) => u,
                Err(reply) => return reply,
            };
            Reply::json(200, &fine_tuned_model(&card, &update))
        }),
        ("POST", ["v1", "fine_tuning", "models", id, "archive"]) => with_fine_tuned(id, |card| {
            Reply::json(
                200,
                &json!({"id": card["id"], "object": "model", "archived": true}),
            )
        }),
        ("DELETE", ["v1", "fine_tuning", "models", id, "archive"]) => with_fine_tuned(id, |card| {
            Reply::json(
                200,
                &json!({"id": card["id"], "object": "model", "archived": false}),
            )
        }),
        ("POST", ["v1", "ocr"]) => ocr(body),
        ("POST", ["v1", "moderations"]) => moderate_texts(body),
        ("POST", ["v1", "chat", "moderations"]) => moderate_chat(body),
        ("POST", ["v1", "classifications"]) => classify_texts(body),
        ("POST", ["v1", "chat", "classifications"]) => classify_chat(body),
        _ => super::generated::answer(method.as_str(), path)
            .unwrap_or_else(|| Reply::json(404, &json!({"detail": "Not Found"}))),
    }
}

/// Words that make the mock flag a moderation category.
const FLAGS: [(&str, &[&str]); 5] = [
    ("violence_and_threats", &["kill", "attack", "hurt"]),
    ("selfharm", &["suicide", "self-harm"]),
    ("hate_and_discrimination", &["hate"]),
    (
        "dangerous_and_criminal_content",
        &["bomb", "steal", "lock pick", "pick a lock"],
    ),
    ("pii", &["@", "passport"]),
];
const CATEGORIES: [&str; 9] = [
    "sexual",
    "hate_and_discrimination",
    "violence_and_threats",
    "dangerous_and_criminal_content",
    "selfharm",
    "health",
    "financial",
    "law",
    "pii",
];

fn moderation_result(text: &str) -> Value {
    let lower = text.to_lowercase();
    let hit = |cat: &str| {
        FLAGS
            .iter()
            .any(|(c, words)| *c == cat && words.iter().any(|w| lower.contains(w)))
    };
    let categories: serde_json::Map<String, Value> = CATEGORIES
        .iter()
        .map(|c| ((*c).to_owned(), json!(hit(c))))
        .collect();
    let scores: serde_json::Map<String, Value> = CATEGORIES
        .iter()
        .map(|c| ((*c).to_owned(), json!(if hit(c) { 0.93 } else { 0.0012 })))
        .collect();
    json!({"categories": categories, "category_scores": scores})
}

/// As the live API: `id`, `usage` (absent from the spec), `model`, `results`.
fn moderation_reply(model: &str, texts: &[String]) -> Reply {
    let tokens: usize = texts.iter().map(|t| t.split_whitespace().count().max(1)).sum();
    let results: Vec<Value> = texts.iter().map(|t| moderation_result(t)).collect();
    Reply::json(
        200,
        &json!({"id": "mod-mock-0001", "usage": {"prompt_tokens": tokens, "total_tokens": tokens,
                "completion_tokens": 0, "request_count": 1}, "model": model, "results": results}),
    )
}

fn texts_of(input: &EmbeddingInput) -> Vec<String> {
    match input {
        EmbeddingInput::One(s) => vec![s.clone()],
        EmbeddingInput::Many(v) => v.clone(),
    }
}

fn conversation_text(messages: &[mistral_types::Message]) -> String {
    messages
        .iter()
        .filter_map(|m| m.content().map(|c| c.text().into_owned()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn moderate_texts(body: &[u8]) -> Reply {
    match read_request::<ClassificationRequest>(body, ClassificationRequest::FIELDS) {
        Ok(r) => moderation_reply(&r.model, &texts_of(&r.input)),
        Err(reply) => reply,
    }
}

fn moderate_chat(body: &[u8]) -> Reply {
    match read_request::<ChatModerationRequest>(body, ChatModerationRequest::FIELDS) {
        Ok(r) => {
            let texts: Vec<String> = match &r.input {
                ConversationInput::One(m) => vec![conversation_text(m)],
                ConversationInput::Many(v) => v.iter().map(|m| conversation_text(m)).collect(),
            };
            moderation_reply(&r.model, &texts)
        }
        Err(reply) => reply,
    }
}

/// The mock classifier: one target, `sentiment`, positive when the text sounds so.
fn classification_reply(model: &str, texts: &[String]) -> Reply {
    let results: Vec<Value> = texts
        .iter()
        .map(|t| {
            let lower = t.to_lowercase();
            let positive = ["good", "great", "love", "thanks"]
                .iter()
                .any(|w| lower.contains(w));
            let p = if positive { 0.91 } else { 0.12 };
            json!({"sentiment": {"scores": {"positive": p, "negative": 1.0 - p}}})
        })
        .collect();
    Reply::json(
        200,
        &json!({"id": "cls-mock-0001", "model": model, "results": results}),
    )
}

fn classify_texts(body: &[u8]) -> Reply {
    match read_request::<ClassificationRequest>(body, ClassificationRequest::FIELDS) {
        Ok(r) => classification_reply(&r.model, &texts_of(&r.input)),
        Err(reply) => reply,
    }
}

fn classify_chat(body: &[u8]) -> Reply {
    match read_request::<ChatClassificationRequest>(body, ChatClassificationRequest::FIELDS) {
        Ok(r) => {
            let texts: Vec<String> = match &r.input {
                ChatClassificationInput::One(i) => vec![conversation_text(&i.messages)],
                ChatClassificationInput::Many(v) => {
                    v.iter().map(|i| conversation_text(&i.messages)).collect()
                }
            };
            classification_reply(&r.model, &texts)
        }
        Err(reply) => reply,
    }
}

fn fim(body: &[u8]) -> Reply {
    let r: FimRequest = match read_request(body, FimRequest::FIELDS) {
        Ok(r) => r,
        Err(reply) => return reply,
    };
    let last = r.prompt.lines().last().unwrap_or("").trim();
    let mut text = format!("\n    # mock completion after `{last}`\n    return None\n");
    if let Some(suffix) = r.suffix.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        text.push_str(&format!("# (before `{}`)\n", suffix.lines().next().unwrap_or("")));
    }
    let prompt_tokens = r.prompt.split_whitespace().count().max(1) as u64;
    text_completion(&r.model, text, prompt_tokens, r.stream == Some(true))
}

fn agents(body: &[u8]) -> Reply {
    let r: AgentsRequest = match read_request(body, AgentsRequest::FIELDS) {
        Ok(r) => r,
        Err(reply) => return reply,
    };
    // The agent's own settings live on the platform: answer as its model would, through chat.
    let mut v = serde_json::to_value(&r).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.remove("agent_id");
        o.insert("model".into(), json!("mistral-medium-latest"));
    }
    match serde_json::from_value::<ChatRequest>(v) {
        Ok(chat) => chat_reply(&chat),
        Err(e) => invalid_request(&e.to_string(), None),
    }
}

fn embeddings(body: &[u8]) -> Reply {
    let r: EmbeddingRequest = match read_request(body, EmbeddingRequest::FIELDS) {
        Ok(r) => r,
        Err(reply) => return reply,
    };
    let texts: Vec<&str> = match &r.input {
        EmbeddingInput::One(s) => vec![s.as_str()],
        EmbeddingInput::Many(v) => v.iter().map(String::as_str).collect(),
    };
    if texts.len() > MOCK_MAX_EMBEDDING_INPUTS {
        return invalid_request(
            "Too many inputs in request, split into more batches.",
            Some("3210"),
        );
    }
    let dim = r
        .output_dimension
        .map_or(MOCK_EMBEDDING_DIMENSION, |d| d as usize);
    let dtype = r.dtype();
    let base64 = r.encoding_format == Some(EncodingFormat::Base64);
    let data: Vec<Value> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let v = unit_vector(t, dim);
            json!({"object": "embedding", "index": i, "embedding": encode(&v, &dtype, base64)})
        })
        .collect();
    let tokens: usize = texts.iter().map(|t| t.split_whitespace().count().max(1)).sum();
    Reply::json(
        200,
        &json!({"id": "emb-mock-0001", "object": "list", "model": r.model, "data": data,
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens, "completion_tokens": 0,
                          "request_count": null, "prompt_tokens_details": null, "prompt_token_details": null,
                          "completion_tokens_details": null}}),
    )
}

/// A deterministic unit vector for `text`: FNV-1a of the text seeds a xorshift generator.
/// Components are rounded to half precision (11 significant bits), as the live API sends them
/// (`-0.016632080078125`), so the float JSON has the realistic short numbers; the norm is 1
/// within that rounding.
pub fn unit_vector(text: &str, dim: usize) -> Vec<f32> {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    let mut x = h | 1;
    let mut v: Vec<f32> = (0..dim)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            ((x >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
        })
        .collect();
    let norm = v.iter().map(|a| a * a).sum::<f32>().sqrt().max(f32::MIN_POSITIVE);
    v.iter_mut()
        .for_each(|a| *a = f32::from_bits((*a / norm).to_bits() & !((1 << 13) - 1)));
    v
}

/// `v` in `dtype`, as JSON numbers or as base64 of the bytes.
fn encode(v: &[f32], dtype: &EmbeddingDtype, base64: bool) -> Value {
    let b64 = |bytes: &[u8]| json!(base64::engine::general_purpose::STANDARD.encode(bytes));
    // Scaled so that the largest component of a unit vector uses most of a byte.
    let q = |a: f32| {
        (a * 127.0 * (v.len() as f32).sqrt() / 3.0)
            .round()
            .clamp(-128.0, 127.0) as i8
    };
    let bits = || {
        v.chunks(8)
            .map(|c| {
                c.iter()
                    .enumerate()
                    .fold(0u8, |acc, (i, a)| acc | (u8::from(*a > 0.0) << (7 - i)))
            })
            .collect::<Vec<u8>>()
    };
    match (dtype, base64) {
        (EmbeddingDtype::Int8, false) => json!(v.iter().map(|a| q(*a)).collect::<Vec<_>>()),
        (EmbeddingDtype::Int8, true) => b64(&v.iter().map(|a| q(*a) as u8).collect::<Vec<_>>()),
        (EmbeddingDtype::Uint8, false) => json!(v
            .iter()
            .map(|a| (i16::from(q(*a)) + 128) as u8)
            .collect::<Vec<_>>()),
        (EmbeddingDtype::Uint8, true) => b64(&v
            .iter()
            .map(|a| (i16::from(q(*a)) + 128) as u8)
            .collect::<Vec<_>>()),
        (EmbeddingDtype::Binary, false) => json!(bits().into_iter().map(|b| b as i8).collect::<Vec<_>>()),
        (EmbeddingDtype::Ubinary, false) => json!(bits()),
        (EmbeddingDtype::Binary | EmbeddingDtype::Ubinary, true) => b64(&bits()),
        (_, false) => json!(v),
        (_, true) => b64(&v.iter().flat_map(|a| a.to_le_bytes()).collect::<Vec<_>>()),
    }
}

const FINE_TUNED_ID: &str = "ft:open-mistral-7b:587a6b29:20240514:7e773925";

/// The mock's model catalogue: the cards of a few base models and one fine-tuned model, in
/// the live shape (14 capability flags, `deprecation` null or RFC 3339).
pub fn catalogue() -> Vec<Value> {
    let card =
        |id: &str, aliases: &[&str], ctx: u64, temp: Option<f64>, deprecation: Value, caps: &[&str]| {
            let flags = [
                "completion_chat",
                "function_calling",
                "reasoning",
                "completion_fim",
                "fine_tuning",
                "vision",
                "ocr",
                "classification",
                "moderation",
                "audio",
                "audio_transcription",
                "audio_transcription_realtime",
                "audio_speech",
                "unified_resources",
            ];
            let capabilities: serde_json::Map<String, Value> = flags
                .iter()
                .map(|f| ((*f).to_owned(), json!(caps.contains(f))))
                .collect();
            json!({"id": id, "object": "model", "created": 1_764_258_570u64, "owned_by": "mistralai",
               "capabilities": capabilities, "name": id, "description": format!("Mock card of {id}"),
               "max_context_length": ctx, "aliases": aliases, "deprecation": deprecation,
               "deprecation_replacement_model": null, "default_model_temperature": temp, "type": "base"})
        };
    let mut ft = card(
        FINE_TUNED_ID,
        &[],
        32_768,
        Some(0.7),
        Value::Null,
        &["completion_chat", "function_calling"],
    );
    ft["type"] = json!("fine-tuned");
    ft["owned_by"] = json!("mock-org");
    ft["job"] = json!("0f1b3c5d-7e9f-4a2b-8c4d-6e8f0a2b4c6d");
    ft["root"] = json!("open-mistral-7b");
    ft["archived"] = json!(false);
    vec![
        card(
            "mistral-large-2411",
            &["mistral-large-latest"],
            131_072,
            Some(0.7),
            Value::Null,
            &["completion_chat", "function_calling", "fine_tuning"],
        ),
        card(
            "mistral-small-2506",
            &["mistral-small-latest"],
            131_072,
            Some(0.3),
            Value::Null,
            &["completion_chat", "function_calling", "fine_tuning", "vision"],
        ),
        card(
            "mistral-medium-2508",
            &["mistral-medium-latest"],
            131_072,
            Some(0.3),
            Value::Null,
            &["completion_chat", "function_calling", "vision"],
        ),
        card(
            "magistral-medium-2509",
            &["magistral-medium-latest"],
            131_072,
            Some(0.7),
            Value::Null,
            &["completion_chat", "function_calling", "reasoning", "vision"],
        ),
        card(
            "codestral-2508",
            &["codestral-latest"],
            256_000,
            Some(0.3),
            Value::Null,
            &[
                "completion_chat",
                "function_calling",
                "completion_fim",
                "fine_tuning",
            ],
        ),
        card("mistral-embed", &[], 8_192, None, Value::Null, &[]),
        card(
            "mistral-ocr-2505",
            &["mistral-ocr-latest"],
            16_384,
            None,
            Value::Null,
            &["ocr"],
        ),
        card(
            "mistral-moderation-2411",
            &["mistral-moderation-latest"],
            8_192,
            None,
            Value::Null,
            &["moderation", "classification"],
        ),
        card(
            "open-mistral-nemo-2407",
            &["open-mistral-nemo"],
            131_072,
            Some(0.3),
            json!("2026-03-31T12:00:00Z"),
            &["completion_chat", "function_calling", "fine_tuning"],
        ),
        ft,
    ]
}

fn find(id: &str) -> Option<Value> {
    let id = percent_encoding::percent_decode_str(id).decode_utf8_lossy();
    catalogue().into_iter().find(|c| {
        c["id"] == *id.as_ref()
            || c["aliases"]
                .as_array()
                .is_some_and(|a| a.iter().any(|x| x == id.as_ref()))
    })
}

fn not_found(id: &str) -> Reply {
    Reply::json(
        404,
        &json!({"object": "error", "type": "invalid_model", "param": null, "code": "1500",
                "message": format!("Invalid model: {id}")}),
    )
}

fn with_model(id: &str, then: impl FnOnce(Value) -> Reply) -> Reply {
    find(id).map_or_else(|| not_found(id), then)
}

fn with_fine_tuned(id: &str, then: impl FnOnce(Value) -> Reply) -> Reply {
    match find(id) {
        Some(card) if card["type"] == "fine-tuned" => then(card),
        Some(_) => invalid_request(&format!("Model {id} is not a fine-tuned model"), None),
        None => not_found(id),
    }
}

fn fine_tuned_model(card: &Value, update: &UpdateModelRequest) -> Value {
    json!({"id": card["id"], "object": "model", "created": card["created"], "owned_by": card["owned_by"],
           "workspace_id": "mock-workspace", "root": card["root"], "root_version": "2407",
           "archived": card["archived"], "name": update.name.clone().or(card["name"].as_str().map(str::to_owned)),
           "description": update.description.clone().or(card["description"].as_str().map(str::to_owned)),
           "capabilities": {"completion_chat": true, "completion_fim": false, "function_calling": true,
                            "fine_tuning": false, "classification": false},
           "max_context_length": card["max_context_length"], "aliases": [], "job": card["job"],
           "model_type": "completion"})
}

/// The mock's OCR: pages and text read from a small `data:` PDF (the page objects and the
/// strings of its `Tj` operators), enough for examples and tests.
fn ocr(body: &[u8]) -> Reply {
    let r: OcrRequest = match read_request(body, OcrRequest::FIELDS) {
        Ok(r) => r,
        Err(reply) => return reply,
    };
    let (name, bytes) = match &r.document {
        OcrDocument::DocumentUrl(d) => (
            d.document_name.clone().unwrap_or_else(|| "document".into()),
            decode_data_url(&d.document_url),
        ),
        OcrDocument::ImageUrl(_) => ("image".into(), None),
        OcrDocument::File(f) => (format!("file {}", f.file_id), None),
    };
    let pages: Vec<String> = match &bytes {
        Some(pdf) if pdf.starts_with(b"%PDF") => pdf_pages(pdf),
        _ => vec![format!("# {name}\n\nMock OCR text of {name}.")],
    };
    let size = bytes.as_ref().map(Vec::len);
    let pages: Vec<Value> = pages
        .iter()
        .enumerate()
        .map(|(i, md)| {
            let image = r.include_image_base64.unwrap_or(false).then_some("iVBORw0KGgo=");
            json!({"index": i, "markdown": md, "images": if image.is_some() {
                    json!([{"id": format!("img-{i}.png"), "top_left_x": 0, "top_left_y": 0, "bottom_right_x": 10,
                            "bottom_right_y": 10, "image_base64": image}])
                } else { json!([]) },
                "dimensions": {"dpi": 200, "height": 2200, "width": 1700}})
        })
        .collect();
    let annotation = r
        .document_annotation_format
        .as_ref()
        .and_then(|f| f.json_schema.as_ref())
        .map(|s| sample(&s.schema, &s.schema, "value", 0).to_string());
    let mut resp = json!({"pages": pages, "model": r.model, "usage_info": {"pages_processed": pages.len(), "doc_size_bytes": size}});
    if let Some(a) = annotation {
        resp["document_annotation"] = json!(a);
    }
    Reply::json(200, &resp)
}

fn decode_data_url(url: &str) -> Option<Vec<u8>> {
    let (_, data) = url.strip_prefix("data:")?.split_once(";base64,")?;
    base64::engine::general_purpose::STANDARD.decode(data).ok()
}

/// The text of each page of a simple PDF: its `(...) Tj` strings, in order, one page per
/// `/Type /Page` object (the pages' order of appearance).
pub(super) fn pdf_pages(pdf: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(pdf);
    let mut pages: Vec<String> = text
        .split("/Type /Page")
        .skip(1)
        .filter(|chunk| !chunk.starts_with('s'))
        .map(|_| String::new())
        .collect();
    if pages.is_empty() {
        pages.push(String::new());
    }
    // Text streams in order; each page's content stream follows its page object in the files
    // the examples ship.
    let streams: Vec<&str> = text.split("stream").filter(|s| s.contains("Tj")).collect();
    for (i, s) in streams.iter().enumerate() {
        let strings: Vec<&str> = s
            .split('(')
            .skip(1)
            .filter_map(|p| p.split_once(") Tj").map(|(t, _)| t))
            .collect();
        let page = i.min(pages.len() - 1);
        pages[page] = strings.join("\n\n");
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::reply::Outcome;
    use http_body_util::BodyExt;

    async fn play(method: Method, path: &str, body: &[u8]) -> (u16, Value) {
        let Outcome::Respond(resp) = route(&method, path, body).play().await else {
            panic!("the default reply always responds")
        };
        let status = resp.status().as_u16();
        let bytes = resp.into_body().collect().await.unwrap().to_bytes();
        (status, serde_json::from_slice(&bytes).unwrap())
    }

    #[tokio::test]
    async fn unknown_paths_get_mistral_like_404s() {
        for (m, p) in [
            (Method::GET, "/v1/nothing"),
            (Method::POST, "/v1/models"),
            (Method::GET, "/v1/chat/completions"),
            (Method::GET, "/"),
        ] {
            assert_eq!(
                play(m.clone(), p, b"").await,
                (404, json!({"detail": "Not Found"})),
                "{m} {p}"
            );
        }
        let (status, body) = play(Method::GET, "/v1/models/nope", b"").await;
        assert_eq!((status, body["code"].as_str()), (404, Some("1500")));
        let (status, _) = play(Method::DELETE, "/v1/models/mistral-embed", b"").await;
        assert_eq!(status, 400, "a base model cannot be deleted");
    }

    #[test]
    fn unit_vectors_are_unit_and_deterministic() {
        let a = unit_vector("hello", 64);
        assert_eq!(a, unit_vector("hello", 64));
        assert_ne!(a, unit_vector("hellp", 64));
        let n: f32 = a.iter().map(|x| x * x).sum();
        assert!((n - 1.0).abs() < 2e-3, "{n}");
        assert!(a.iter().all(|x| x.to_bits() & 0x1fff == 0), "half precision");
        assert!(a.iter().any(|x| *x < 0.0) && a.iter().any(|x| *x > 0.0));
    }

    #[test]
    fn the_catalogue_has_every_flag_on_every_card() {
        for card in catalogue() {
            assert_eq!(
                card["capabilities"].as_object().unwrap().len(),
                14,
                "{}",
                card["id"]
            );
        }
    }
}
