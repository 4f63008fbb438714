//! Shared helpers for the integration tests.
#![allow(dead_code)]

pub mod connect_proxy;
pub mod generated;
pub mod hostile;

use mistral::test_util::{Reply, ScriptedTransport};
use mistral::{ChatCompletionResponse, ChatRequest, Client, ClientBuilder, Message};
use serde_json::{json, Value};

pub const KEY: &str = "sk-test-0123456789abcdef";

pub fn request() -> ChatRequest {
    ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::system("Be brief."), Message::user("Hi")])
        .build()
}

pub fn completion(text: &str) -> Value {
    json!({"id": "cmpl-1", "object": "chat.completion", "created": 1, "model": "mistral-small-latest",
        "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}]})
}

pub fn ok(text: &str) -> Reply {
    Reply::json(200, &completion(text))
}

pub fn error(status: u16, kind: &str, message: &str) -> Reply {
    Reply::json(
        status,
        &json!({"object": "error", "message": message, "type": kind, "param": null, "code": null}),
    )
}

pub fn scripted() -> (Client, ScriptedTransport) {
    scripted_with(|b| b)
}

/// A client on a fresh scripted transport, with the builder settings `set` changes.
pub fn scripted_with(set: impl FnOnce(ClientBuilder) -> ClientBuilder) -> (Client, ScriptedTransport) {
    let t = ScriptedTransport::new();
    let c = set(Client::builder().api_key(KEY).transport(t.clone()))
        .build()
        .unwrap();
    (c, t)
}

/// A client for `url` with retries a few milliseconds apart, and the settings `set` changes.
pub fn fast_client(url: &str, set: impl FnOnce(ClientBuilder) -> ClientBuilder) -> Client {
    let b = Client::builder().api_key(KEY).base_url(url).retry_policy(
        mistral::RetryPolicy::default()
            .initial_delay(std::time::Duration::from_millis(2))
            .max_delay(std::time::Duration::from_millis(10)),
    );
    set(b).build().unwrap()
}

pub fn chunk(content: Value, finish: Option<&str>) -> Value {
    json!({"id": "s1", "object": "chat.completion.chunk", "created": 1, "model": "m",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish}], "usage": null})
}

pub fn sse(events: &[Value]) -> Vec<String> {
    events.iter().map(|e| format!("data: {e}\n\n")).collect()
}

/// Streams `req` and folds the whole stream; panics on any error.
pub async fn stream_all(c: &Client, req: &ChatRequest) -> ChatCompletionResponse {
    c.chat()
        .stream(req)
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap()
}

/// Checks `body` against the spec schema `root` (the vendored extract of the types crate),
/// panicking with every violation.
pub fn assert_matches_spec(root: &str, body: &Value) {
    let mut doc: Value =
        serde_json::from_str(include_str!("../../crates/mistral-types/spec/api-schemas.json")).unwrap();
    doc["$ref"] = json!(format!("#/components/schemas/{root}"));
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&doc)
        .expect("the vendored spec compiles");
    let errors: Vec<String> = validator
        .iter_errors(body)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{root}: {errors:#?}\n{body:#}");
}
