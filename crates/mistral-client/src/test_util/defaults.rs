//! The mock's default answer: what Mistral would send for the request.

use mistral_types::{
    ApiRequest, ChatRequest, Message, ResponseFormatType, Tool, ToolChoice, ToolChoiceMode, Usage,
};
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

use super::reply::Reply;

/// The reply the mock server (and the scripted transport, once its script is exhausted) gives
/// to a request body, following the request like the real API would:
///
/// - a body that is not a valid request (unknown fields included): `422` like Mistral's; a
///   request that fails [`ChatRequest::validate`]: `400`;
/// - function tools and a last user message (and `tool_choice` not `none`): a tool call with
///   arguments generated from the tool's JSON schema; one call per function tool when
///   `parallel_tool_calls` is `true`; the forced function for a named `tool_choice`;
/// - a last tool message: a text answer that quotes the tool results;
/// - a `json_schema` response format: a JSON value generated from (and valid against) the
///   schema; `json_object`: a JSON object;
/// - otherwise an echo of the last user message.
///
/// Streamed (role chunk, content word by word or one chunk per tool call, then finish reason
/// with usage, then `[DONE]`) or not, as the request's `stream` flag asks.
pub fn default_reply(body: &[u8]) -> Reply {
    let request: ChatRequest = match read_request(body, ChatRequest::FIELDS) {
        Ok(r) => r,
        Err(reply) => return reply,
    };
    chat_reply(&request)
}

/// Fields outside the spec that the live API accepts anyway.
const ACCEPTED_EXTRA: [&str; 2] = ["logprobs", "top_logprobs"];

/// Reads a request body like the API does: not JSON is `422 json_invalid`; a field outside
/// `fields` (bar the few the live API accepts) or a wrong type is `422 extra_forbidden` /
/// `422` with the serde message; a request that fails its validation is `400`.
// The error is the reply to send, built once per bad request: its size does not matter.
#[allow(clippy::result_large_err)]
pub(super) fn read_request<R: DeserializeOwned + ApiRequest>(
    body: &[u8],
    fields: &[&str],
) -> Result<R, Reply> {
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        Reply::json(
            422,
            &json!({"detail": [{"type": "json_invalid", "loc": ["body"], "msg": e.to_string()}]}),
        )
    })?;
    let unknown: Vec<Value> = value
        .as_object()
        .into_iter()
        .flat_map(|o| o.keys())
        .filter(|k| !fields.contains(&k.as_str()) && !ACCEPTED_EXTRA.contains(&k.as_str()))
        .map(|k| json!({"type": "extra_forbidden", "loc": ["body", k], "msg": "Extra inputs are not permitted"}))
        .collect();
    let not_a_request = |detail: Vec<Value>| {
        Reply::json(
            422,
            &json!({"object": "error", "type": "invalid_request_error", "param": null, "code": null,
                    "message": {"detail": detail}}),
        )
    };
    if !unknown.is_empty() {
        return Err(not_a_request(unknown));
    }
    let request: R = serde_json::from_value(value).map_err(|e| {
        not_a_request(vec![
            json!({"type": "value_error", "loc": ["body"], "msg": e.to_string()}),
        ])
    })?;
    if let Err(e) = request.check() {
        return Err(invalid_request(&e.to_string(), None));
    }
    Ok(request)
}

/// A Mistral-shaped `400 invalid_request_error`.
pub(super) fn invalid_request(message: &str, code: Option<&str>) -> Reply {
    Reply::json(
        400,
        &json!({"object": "error", "type": "invalid_request_error", "param": null, "code": code,
                "message": message}),
    )
}

/// The chat answer to a valid request (agents completions answer the same way).
pub(super) fn chat_reply(request: &ChatRequest) -> Reply {
    let answer = answer(request);
    let prompt_tokens = request
        .messages
        .iter()
        .filter_map(|m| m.content())
        .map(|c| c.text().split_whitespace().count())
        .sum::<usize>()
        .max(1) as u64;
    render(
        &request.model,
        &answer,
        prompt_tokens,
        request.stream == Some(true),
    )
}

/// A text completion of `model` in the chat format, as JSON or as a stream.
pub(super) fn text_completion(model: &str, text: String, prompt_tokens: u64, stream: bool) -> Reply {
    render(model, &Answer::Text(text), prompt_tokens, stream)
}

fn render(model: &str, answer: &Answer, prompt_tokens: u64, stream: bool) -> Reply {
    let completion_tokens = match answer {
        Answer::Text(t) => t.split_whitespace().count().max(1) as u64,
        Answer::Calls(c) => 10 * c.len() as u64,
    };
    let usage = Usage {
        prompt_tokens,
        completion_tokens,
        total_tokens: prompt_tokens + completion_tokens,
        ..Default::default()
    };
    if stream {
        Reply::sse_events(stream_events(model, answer, &usage))
    } else {
        let (message, finish) = match answer {
            Answer::Text(t) => (
                json!({"role": "assistant", "content": t, "tool_calls": null, "prefix": false}),
                "stop",
            ),
            Answer::Calls(calls) => (
                json!({"role": "assistant", "content": "", "tool_calls": calls, "prefix": false}),
                "tool_calls",
            ),
        };
        Reply::json(
            200,
            &json!({"id": ID, "object": "chat.completion", "created": CREATED, "model": model, "usage": usage,
                "choices": [{"index": 0, "finish_reason": finish, "message": message}]}),
        )
    }
}

const ID: &str = "cmpl-mock-0001";
const CREATED: u64 = 1_764_258_570;

enum Answer {
    Text(String),
    Calls(Vec<Value>),
}

fn last_user_text(r: &ChatRequest) -> String {
    r.messages
        .iter()
        .rev()
        .find_map(|m| match m {
            Message::User(_) => m.content().map(|c| c.text().into_owned()),
            _ => None,
        })
        .unwrap_or_default()
}

fn answer(r: &ChatRequest) -> Answer {
    let functions: Vec<&mistral_types::Function> =
        r.tools.iter().flatten().filter_map(Tool::as_function).collect();
    let last = r.messages.last();
    let tools_off = matches!(r.tool_choice, Some(ToolChoice::Mode(ToolChoiceMode::None)));
    if !functions.is_empty() && !tools_off && matches!(last, Some(Message::User(_))) {
        let chosen: Vec<&mistral_types::Function> = match &r.tool_choice {
            Some(ToolChoice::Function { name }) => {
                functions.iter().copied().filter(|f| &f.name == name).collect()
            }
            _ if r.parallel_tool_calls == Some(true) => functions.clone(),
            _ => functions[..1].to_vec(),
        };
        let calls = chosen
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let args = sample(&f.parameters, &f.parameters, f.name.as_str(), 0);
                json!({"id": format!("call{:05}", i + 1), "type": "function", "index": i,
                       "function": {"name": f.name, "arguments": args.to_string()}})
            })
            .collect();
        return Answer::Calls(calls);
    }
    if let Some(Message::Tool(_)) = last {
        // Quote the results of the last run of tool messages.
        let results: Vec<String> = r
            .messages
            .iter()
            .rev()
            .take_while(|m| matches!(m, Message::Tool(_)))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .map(|m| {
                let Message::Tool(t) = m else {
                    unreachable!("filtered to tool messages")
                };
                let name = t.name.clone().unwrap_or_else(|| "tool".into());
                format!(
                    "{name} said {}",
                    t.content
                        .as_ref()
                        .map(|c| c.text().into_owned())
                        .unwrap_or_default()
                )
            })
            .collect();
        return Answer::Text(format!("Based on the tool results: {}.", results.join("; ")));
    }
    match &r.response_format {
        Some(f) if f.kind == ResponseFormatType::JsonSchema => {
            let schema = f
                .json_schema
                .as_ref()
                .map(|s| s.schema.clone())
                .unwrap_or(json!({}));
            Answer::Text(sample(&schema, &schema, "value", 0).to_string())
        }
        Some(f) if f.kind == ResponseFormatType::JsonObject => {
            Answer::Text(json!({"echo": last_user_text(r)}).to_string())
        }
        _ => Answer::Text(format!("Echo: {}", last_user_text(r))),
    }
}

fn stream_events(model: &str, answer: &Answer, usage: &Usage) -> Vec<Value> {
    let chunk = |delta: Value, finish: Value, usage: Value| {
        json!({"id": ID, "object": "chat.completion.chunk", "created": CREATED, "model": model,
               "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], "usage": usage})
    };
    let mut events = vec![chunk(
        json!({"role": "assistant", "content": ""}),
        Value::Null,
        Value::Null,
    )];
    let usage = serde_json::to_value(usage).unwrap_or(Value::Null);
    match answer {
        Answer::Text(text) => {
            let words: Vec<&str> = text.split_inclusive(' ').collect();
            let n = words.len();
            for (i, w) in words.iter().enumerate() {
                let last = i + 1 == n;
                events.push(chunk(
                    json!({"content": w}),
                    if last { json!("stop") } else { Value::Null },
                    if last { usage.clone() } else { Value::Null },
                ));
            }
        }
        Answer::Calls(calls) => {
            // Like Mistral: each call whole, in its own chunk, with its index.
            for c in calls {
                events.push(chunk(json!({"tool_calls": [c]}), Value::Null, Value::Null));
            }
            events.push(chunk(json!({"content": ""}), json!("tool_calls"), usage));
        }
    }
    events
}

/// A value valid against `schema` (the subset of JSON Schema that schemars and typical tool
/// definitions use). `root` resolves `$ref`s; `hint` names strings.
pub(super) fn sample(schema: &Value, root: &Value, hint: &str, depth: usize) -> Value {
    if depth > 16 {
        return Value::Null;
    }
    let Some(obj) = schema.as_object() else {
        return Value::Null;
    };
    if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
        let target = r
            .strip_prefix('#')
            .and_then(|p| root.pointer(p))
            .cloned()
            .unwrap_or(Value::Null);
        return sample(&target, root, hint, depth + 1);
    }
    if let Some(c) = obj.get("const") {
        return c.clone();
    }
    if let Some(first) = obj.get("enum").and_then(Value::as_array).and_then(|e| e.first()) {
        return first.clone();
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(alts) = obj.get(key).and_then(Value::as_array) {
            // Prefer a non-null alternative: a present value exercises more of the caller's type.
            let pick = alts
                .iter()
                .find(|a| a.get("type") != Some(&json!("null")))
                .or(alts.first());
            if let Some(p) = pick {
                return sample(p, root, hint, depth + 1);
            }
        }
    }
    if let Some(all) = obj.get("allOf").and_then(Value::as_array) {
        if let Some(first) = all.first() {
            return sample(first, root, hint, depth + 1);
        }
    }
    let ty = match obj.get("type") {
        Some(Value::String(t)) => t.as_str(),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("null"),
        _ if obj.contains_key("properties") => "object",
        _ => "string",
    };
    match ty {
        "object" => {
            let mut out = Map::new();
            if let Some(props) = obj.get("properties").and_then(Value::as_object) {
                for (k, v) in props {
                    out.insert(k.clone(), sample(v, root, k, depth + 1));
                }
            }
            Value::Object(out)
        }
        "array" => {
            let n = obj.get("minItems").and_then(Value::as_u64).unwrap_or(1).max(1);
            let items = obj.get("items").cloned().unwrap_or(json!({}));
            Value::Array((0..n).map(|_| sample(&items, root, hint, depth + 1)).collect())
        }
        "integer" => {
            let min = obj.get("minimum").and_then(Value::as_i64).unwrap_or(1);
            let max = obj.get("maximum").and_then(Value::as_i64).unwrap_or(i64::MAX);
            json!(min.max(1).min(max))
        }
        "number" => {
            let min = obj.get("minimum").and_then(Value::as_f64).unwrap_or(1.5);
            let max = obj.get("maximum").and_then(Value::as_f64).unwrap_or(f64::MAX);
            json!(min.max(1.5).min(max))
        }
        "boolean" => json!(true),
        "null" => Value::Null,
        _ => json!(format!("sample {hint}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::reply::Outcome;
    use http_body_util::BodyExt;

    #[test]
    fn samples_follow_the_schema() {
        let schema = json!({"type": "object", "properties": {
            "name": {"type": "string"}, "n": {"type": "integer", "minimum": 3},
            "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2},
            "kind": {"enum": ["a", "b"]}, "opt": {"type": ["number", "null"]},
            "child": {"$ref": "#/$defs/Child"}},
            "$defs": {"Child": {"type": "object", "properties": {"ok": {"type": "boolean"}}}}});
        let v = sample(&schema, &schema, "x", 0);
        assert_eq!(
            v,
            json!({"name": "sample name", "n": 3, "tags": ["sample tags", "sample tags"], "kind": "a",
                             "opt": 1.5, "child": {"ok": true}})
        );
    }

    async fn status_and_body(body: &[u8]) -> (u16, Value) {
        let Outcome::Respond(resp) = default_reply(body).play().await else {
            panic!("the default reply always responds")
        };
        let status = resp.status().as_u16();
        let bytes = resp.into_body().collect().await.unwrap().to_bytes();
        (status, serde_json::from_slice(&bytes).unwrap())
    }

    /// Like Mistral: not JSON is `json_invalid`, JSON that is not a request is a 422 error
    /// body, and a request that breaks a rule is a 400.
    #[tokio::test]
    async fn bad_bodies_get_mistral_like_errors() {
        let (status, body) = status_and_body(b"{not json").await;
        assert_eq!(
            (status, body["detail"][0]["type"].as_str()),
            (422, Some("json_invalid"))
        );
        let (status, body) = status_and_body(br#"{"model": "m", "messages": 3}"#).await;
        assert_eq!(status, 422);
        assert_eq!(body["message"]["detail"][0]["type"], "value_error");
        let (status, body) = status_and_body(
            br#"{"model": "m", "messages": [{"role": "user", "content": "x"}], "store": true, "logprobs": true}"#,
        )
        .await;
        assert_eq!(status, 422);
        assert_eq!(body["message"]["detail"][0]["type"], "extra_forbidden");
        assert_eq!(body["message"]["detail"][0]["loc"][1], "store");
        assert_eq!(
            body["message"]["detail"].as_array().map(Vec::len),
            Some(1),
            "logprobs is accepted"
        );
        let (status, body) = status_and_body(
            br#"{"model": "m", "messages": [{"role": "user", "content": "x"}], "temperature": 9}"#,
        )
        .await;
        assert_eq!((status, body["object"].as_str()), (400, Some("error")));
    }
}
