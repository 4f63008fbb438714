//! The mock's Responses API: `POST /v1/responses` (whole, or streamed with the real event
//! order) and `POST /v1/responses/input_tokens`.
//!
//! A response calls the first function tool (or the one the tool choice forces, with
//! arguments sampled from its schema) when the request has function tools, the tool choice is
//! not `none` and the last input item is not a `function_call_output`; otherwise it writes a
//! message: a JSON value sampled from a `json_schema` text format, `{"answer": ..}` for
//! `json_object`, else `Echo: <the last user text>` (or the function outputs it was sent).
//! `max_output_tokens` cuts the text at that many words (status `incomplete`). Every response
//! is remembered by id: `previous_response_id` puts its input and output before the new input
//! (an unknown id is a 404).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

use bytes::Bytes;
use mistral_types::responses::{ResponseRequest, ResponseToolChoice, TextFormat, ToolChoiceMode};
use mistral_types::ApiRequest as _;
use serde_json::{json, Value};

use super::defaults::{invalid_request, sample};
use super::reply::{RecordedRequest, Reply};

/// When the mock's responses are created (Unix seconds).
const CREATED_AT: u64 = 1_764_000_000;

/// A response the mock made: the items before its output, and the output.
type Stored = (Vec<Value>, Vec<Value>);

/// The responses the mock made, by id.
#[derive(Default)]
pub(crate) struct ResponsesMock {
    stored: Mutex<BTreeMap<String, Stored>>,
    ids: AtomicU64,
}

impl ResponsesMock {
    fn lock(&self) -> MutexGuard<'_, BTreeMap<String, Stored>> {
        self.stored.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn id(&self, prefix: &str) -> String {
        let n = self.ids.fetch_add(1, Ordering::Relaxed) + 1;
        format!("{prefix}_{:016x}{n:08x}", 0x006d_6973_7472_616c_u64 ^ n)
    }

    /// The answer to a request under `/v1/responses`.
    pub(crate) fn answer(&self, request: &RecordedRequest) -> Reply {
        let segments: Vec<&str> = request.path().trim_matches('/').split('/').collect();
        match (request.method().as_str(), segments.as_slice()) {
            ("POST", ["v1", "responses"]) => self.create(request.body()),
            ("POST", ["v1", "responses", "input_tokens"]) => count(request.body()),
            _ => Reply::json(
                404,
                &json!({"object": "error", "type": "invalid_request_error", "param": null, "code": null,
                        "message": format!("no route {} {}", request.method(), request.path())}),
            ),
        }
    }

    fn create(&self, body: &[u8]) -> Reply {
        let request: ResponseRequest = match serde_json::from_slice(body) {
            Ok(r) => r,
            Err(e) => {
                return Reply::json(
                    422,
                    &json!({"detail": [{"type": "value_error", "loc": ["body"], "msg": e.to_string()}]}),
                )
            }
        };
        if let Err(e) = request.check() {
            return invalid_request(&e.to_string(), None);
        }
        let mut items = Vec::new();
        if let Some(prev) = &request.previous_response_id {
            match self.lock().get(prev) {
                Some((input, output)) => {
                    items.extend(input.iter().cloned());
                    items.extend(output.iter().cloned());
                }
                None => {
                    return Reply::json(
                        404,
                        &json!({"object": "error", "type": "invalid_request_error",
                                "param": "previous_response_id", "code": null,
                                "message": format!("Previous response with id '{prev}' not found.")}),
                    )
                }
            }
        }
        let input = serde_json::to_value(request.input.to_items()).unwrap_or_default();
        items.extend(input.as_array().cloned().unwrap_or_default());
        let (output, cut) = self.output(&request, &items);
        let id = self.id("resp");
        self.lock().insert(id.clone(), (items.clone(), output.clone()));
        let words = |v: &[Value]| -> u64 {
            v.iter()
                .map(|i| item_text(i).split_whitespace().count() as u64)
                .sum::<u64>()
                .max(1)
        };
        let (input_tokens, output_tokens) = (words(&items), words(&output));
        let mut response = json!({
            "id": id, "object": "response", "created_at": CREATED_AT, "completed_at": CREATED_AT + 1,
            "model": request.model, "status": if cut { "incomplete" } else { "completed" },
            "output": output, "error": null,
            "incomplete_details": if cut { json!({"reason": "max_output_tokens"}) } else { Value::Null },
            "instructions": request.instructions, "previous_response_id": request.previous_response_id,
            "tools": request.tools.clone().unwrap_or_default(),
            "tool_choice": request.tool_choice.clone().unwrap_or(ResponseToolChoice::auto()),
            "parallel_tool_calls": request.parallel_tool_calls.unwrap_or(true),
            "text": request.text.clone().unwrap_or_else(|| mistral_types::responses::TextConfig::format(TextFormat::text())),
            "temperature": request.temperature.map(|t| t.get()), "top_p": request.top_p.map(|t| t.get()),
            "max_output_tokens": request.max_output_tokens, "metadata": request.metadata.clone().unwrap_or_default(),
            "usage": {"input_tokens": input_tokens, "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
                      "output_tokens": output_tokens, "output_tokens_details": {"reasoning_tokens": 0},
                      "total_tokens": input_tokens + output_tokens},
        });
        if let Some(r) = &request.reasoning {
            response["reasoning"] = serde_json::to_value(r).unwrap_or_default();
        }
        if request.stream != Some(true) {
            return Reply::json(200, &response);
        }
        Reply::sse_frames(events(&response))
    }

    /// The output items for `request`, whose whole input is `items`; and whether the text
    /// was cut at `max_output_tokens`.
    fn output(&self, request: &ResponseRequest, items: &[Value]) -> (Vec<Value>, bool) {
        let functions: Vec<_> = request
            .tools
            .iter()
            .flatten()
            .filter_map(|t| t.as_function())
            .collect();
        let off = matches!(
            request.tool_choice,
            Some(ResponseToolChoice::Mode(ToolChoiceMode::None))
        );
        let answered = items.last().is_some_and(|i| i["type"] == "function_call_output");
        if !functions.is_empty() && !off && !answered {
            let chosen = match &request.tool_choice {
                Some(ResponseToolChoice::Function(name)) => functions.iter().find(|f| &f.name == name),
                _ => functions.first(),
            };
            if let Some(f) = chosen {
                let schema = f.parameters.clone().unwrap_or_else(|| json!({"type": "object"}));
                let args = sample(&schema, &schema, f.name.as_str(), 0);
                let call = json!({"type": "function_call", "id": self.id("fc"), "call_id": self.id("call"),
                    "name": f.name, "arguments": args.to_string(), "status": "completed"});
                return (vec![call], false);
            }
        }
        let text = match request.text.as_ref().and_then(|t| t.format.as_ref()) {
            Some(TextFormat::JsonSchema(s)) => sample(&s.schema, &s.schema, s.name.as_str(), 0).to_string(),
            Some(TextFormat::JsonObject(_)) => json!({"answer": answer_to(items)}).to_string(),
            _ => answer_to(items),
        };
        let (text, cut) = match request.max_output_tokens {
            Some(max) if text.split_whitespace().count() > max as usize => (
                text.split_whitespace()
                    .take(max as usize)
                    .collect::<Vec<_>>()
                    .join(" "),
                true,
            ),
            _ => (text, false),
        };
        let message = json!({"type": "message", "id": self.id("msg"), "role": "assistant",
            "status": if cut { "incomplete" } else { "completed" },
            "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}]});
        (vec![message], cut)
    }
}

/// The text an item carries (a message's text parts, a call's arguments, an output).
fn item_text(item: &Value) -> String {
    match item["type"].as_str() {
        Some("function_call") => item["arguments"].as_str().unwrap_or_default().to_owned(),
        Some("function_call_output") => match &item["output"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        },
        _ => match &item["content"] {
            Value::String(s) => s.clone(),
            Value::Array(parts) => parts
                .iter()
                .filter_map(|p| p["text"].as_str())
                .collect::<Vec<_>>()
                .join(" "),
            _ => String::new(),
        },
    }
}

/// `Echo: <the last user text>`, or the function outputs after the last call.
fn answer_to(items: &[Value]) -> String {
    let outputs: Vec<String> = items
        .iter()
        .rev()
        .take_while(|i| i["type"] == "function_call_output")
        .map(item_text)
        .collect();
    if !outputs.is_empty() {
        let mut outputs = outputs;
        outputs.reverse();
        return format!("The tools said: {}", outputs.join("; "));
    }
    match items
        .iter()
        .rev()
        .find(|i| i["role"] == "user" && i["type"].as_str().is_none_or(|t| t == "message"))
    {
        Some(user) => format!("Echo: {}", item_text(user)),
        None => "Hello!".to_owned(),
    }
}

/// `POST /v1/responses/input_tokens`: the words of the input, instructions and tools.
fn count(body: &[u8]) -> Reply {
    let Ok(request) = serde_json::from_slice::<Value>(body) else {
        return Reply::json(
            422,
            &json!({"detail": [{"type": "json_invalid", "loc": ["body"], "msg": "not JSON"}]}),
        );
    };
    if request["model"].as_str().is_none_or(str::is_empty) || request.get("input").is_none() {
        return invalid_request("`model` and `input` are required", None);
    }
    let words = |v: &Value| match v {
        Value::String(s) => s.split_whitespace().count(),
        Value::Null => 0,
        Value::Array(items) => items
            .iter()
            .map(|i| item_text(i).split_whitespace().count())
            .sum(),
        other => other.to_string().split_whitespace().count(),
    };
    let n = words(&request["input"])
        + words(&request["instructions"])
        + request["tools"].as_array().map_or(0, |t| t.len() * 8);
    Reply::json(
        200,
        &json!({"object": "response.input_tokens", "input_tokens": n.max(1)}),
    )
}

/// The events streaming `response`, in the real order.
fn events(response: &Value) -> Vec<Bytes> {
    let mut seq = 0u64;
    let mut frames = Vec::new();
    let mut frame = |name: &str, data: Value| {
        let mut tagged = serde_json::Map::new();
        tagged.insert("type".into(), json!(name));
        tagged.insert("sequence_number".into(), json!(seq));
        seq += 1;
        if let Value::Object(fields) = data {
            tagged.extend(fields);
        }
        frames.push(Bytes::from(format!(
            "event: {name}\ndata: {}\n\n",
            Value::Object(tagged)
        )));
    };
    let mut start = response.clone();
    start["status"] = json!("in_progress");
    start["output"] = json!([]);
    start["usage"] = Value::Null;
    start["completed_at"] = Value::Null;
    start["incomplete_details"] = Value::Null;
    frame("response.created", json!({"response": start}));
    frame("response.in_progress", json!({"response": start}));
    let empty = Vec::new();
    for (index, item) in response["output"].as_array().unwrap_or(&empty).iter().enumerate() {
        let id = item["id"].clone();
        let mut added = item.clone();
        added["status"] = json!("in_progress");
        match item["type"].as_str() {
            Some("message") => {
                added["content"] = json!([]);
                frame(
                    "response.output_item.added",
                    json!({"output_index": index, "item": added}),
                );
                for (c, part) in item["content"].as_array().unwrap_or(&empty).iter().enumerate() {
                    let mut blank = part.clone();
                    blank["text"] = json!("");
                    frame(
                        "response.content_part.added",
                        json!({"item_id": id, "output_index": index, "content_index": c, "part": blank}),
                    );
                    let text = part["text"].as_str().unwrap_or_default();
                    for piece in pieces(text) {
                        frame(
                            "response.output_text.delta",
                            json!({"item_id": id, "output_index": index, "content_index": c,
                                   "delta": piece, "logprobs": []}),
                        );
                    }
                    frame(
                        "response.output_text.done",
                        json!({"item_id": id, "output_index": index, "content_index": c, "text": text,
                               "logprobs": []}),
                    );
                    frame(
                        "response.content_part.done",
                        json!({"item_id": id, "output_index": index, "content_index": c, "part": part}),
                    );
                }
            }
            Some("function_call") => {
                added["arguments"] = json!("");
                frame(
                    "response.output_item.added",
                    json!({"output_index": index, "item": added}),
                );
                let args = item["arguments"].as_str().unwrap_or_default();
                for piece in pieces(args) {
                    frame(
                        "response.function_call_arguments.delta",
                        json!({"item_id": id, "output_index": index, "delta": piece}),
                    );
                }
                frame(
                    "response.function_call_arguments.done",
                    json!({"item_id": id, "output_index": index, "name": item["name"], "arguments": args}),
                );
            }
            _ => frame(
                "response.output_item.added",
                json!({"output_index": index, "item": added}),
            ),
        }
        frame(
            "response.output_item.done",
            json!({"output_index": index, "item": item}),
        );
    }
    let end = match response["status"].as_str() {
        Some("incomplete") => "response.incomplete",
        Some("failed") => "response.failed",
        _ => "response.completed",
    };
    frame(end, json!({"response": response}));
    frames
}

/// `text` in pieces of about a word (each piece keeps its leading space), as a model writes.
fn pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if c == ' ' && !current.trim().is_empty() {
            out.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}
