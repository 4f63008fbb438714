//! The mock's default answer: what Mistral would send for the request, with echo-style text.

use mistral_types::{ChatRequest, Message};
use serde_json::{json, Value};

use super::reply::Reply;

/// The reply the mock server (and the scripted transport, once its script is exhausted) gives
/// to a request body: a `422` like Mistral's for a body that is not a valid request (unknown
/// fields included), otherwise a completion whose text echoes the last user message, as JSON
/// or as an SSE stream (first a role chunk, then one chunk per word, then `finish_reason` with
/// usage, then `[DONE]`), as the request's `stream` flag asks.
pub fn default_reply(body: &[u8]) -> Reply {
    let value: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => {
            return Reply::json(
                422,
                &json!({"detail": [{"type": "json_invalid", "loc": ["body"], "msg": e.to_string()}]}),
            )
        }
    };
    let request: ChatRequest = match serde_json::from_value(value) {
        Ok(r) => r,
        Err(e) => {
            return Reply::json(
                422,
                &json!({"object": "error", "type": "invalid_request_error", "param": null, "code": null,
                        "message": {"detail": [{"type": "extra_forbidden", "loc": ["body"], "msg": e.to_string()}]}}),
            )
        }
    };
    if let Err(e) = request.validate() {
        return Reply::json(
            400,
            &json!({"object": "error", "type": "invalid_request_error", "param": null, "code": null,
                    "message": e.to_string()}),
        );
    }
    let last_user = request
        .messages
        .iter()
        .rev()
        .find_map(|m| match m {
            Message::User(_) => m.content().map(|c| c.text().into_owned()),
            _ => None,
        })
        .unwrap_or_default();
    let text = format!("Echo: {last_user}");
    let prompt_tokens = request
        .messages
        .iter()
        .filter_map(|m| m.content())
        .map(|c| c.text().split_whitespace().count())
        .sum::<usize>()
        .max(1);
    let words: Vec<&str> = text.split_inclusive(' ').collect();
    let usage = json!({"prompt_tokens": prompt_tokens, "completion_tokens": words.len(),
                       "total_tokens": prompt_tokens + words.len()});
    let id = "cmpl-mock-0001";
    let created = 1_764_258_570u64;
    let model = request.model.as_str();
    if request.stream == Some(true) {
        let mut events = vec![
            json!({"id": id, "object": "chat.completion.chunk", "created": created, "model": model,
            "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": null}], "usage": null}),
        ];
        let n = words.len();
        for (i, w) in words.iter().enumerate() {
            let last = i + 1 == n;
            events.push(json!({"id": id, "object": "chat.completion.chunk", "created": created, "model": model,
                "choices": [{"index": 0, "delta": {"content": w}, "finish_reason": if last { json!("stop") } else { Value::Null }}],
                "usage": if last { usage.clone() } else { Value::Null }}));
        }
        Reply::sse_events(events)
    } else {
        Reply::json(
            200,
            &json!({"id": id, "object": "chat.completion", "created": created, "model": model, "usage": usage,
                "choices": [{"index": 0, "finish_reason": "stop",
                    "message": {"role": "assistant", "content": text, "tool_calls": null, "prefix": false}}]}),
        )
    }
}
