//! `.text()` and `.collect_response()` read each chunk borrowed (`ChunkView`), and `next()`
//! as a `CompletionChunk`, both through the stream's `ChunkReader`, which parses only the
//! choice of a chunk repeating the frame before it. `next()`'s chunks are checked against a
//! whole parse of each payload. Every fixture is folded both ways, through the client, and the results
//! must be identical: the same response, the same text, the same error at the same point.

use mistral::test_util::{Reply, ScriptedTransport};
use mistral::types::StreamAccumulator;
use mistral::{ChatRequest, Client, CompletionChunk, Message};
use serde_json::{json, Value};

mod support;

fn client() -> (Client, ScriptedTransport) {
    support::scripted_with(|b| b.max_retries(0))
}

fn request() -> ChatRequest {
    ChatRequest::builder()
        .model("m")
        .messages([Message::user("hi")])
        .build()
}

/// The fixtures: each a list of raw `data:` payloads (then `[DONE]` unless it says otherwise).
fn fixtures() -> Vec<(&'static str, Vec<String>, bool)> {
    let c = |v: Value| v.to_string();
    let text = |id: &str, t: &str| {
        c(json!({"id": id, "model": "m", "choices": [{"index": 0, "delta": {"content": t}}]}))
    };
    let mut out: Vec<(&'static str, Vec<String>, bool)> = vec![
        (
            "plain text, role then content then finish with usage",
            vec![
                c(json!({"id": "a", "object": "chat.completion.chunk", "created": 1, "model": "m",
                    "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": null}], "usage": null})),
                text("a", "Hel"),
                text("a", "lo"),
                c(json!({"id": "a", "model": "m", "choices": [{"index": 0, "delta": {"content": "!"}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}})),
            ],
            true,
        ),
        (
            "escapes, unicode and a lone surrogate",
            vec![
                r#"{"id":"e","model":"m","choices":[{"index":0,"delta":{"content":"line\nnext \"q\" \u00e9 \ud83d\ude00"}}]}"#.into(),
                r#"{"id":"e","model":"m","choices":[{"index":0,"delta":{"content":"cut \ud800 here"}}]}"#.into(),
                r#"{"id":"e","model":"m","choices":[{"index":0,"delta":{"content":"é直接"},"finish_reason":"stop"}]}"#.into(),
            ],
            true,
        ),
        (
            "thinking chunks then text",
            vec![
                c(json!({"id": "r", "model": "magistral", "choices": [{"index": 0, "delta": {"role": "assistant", "content": [
                    {"type": "thinking", "thinking": [{"type": "text", "text": "Let me "}]}]}}]})),
                c(json!({"id": "r", "model": "magistral", "choices": [{"index": 0, "delta": {"content": [
                    {"type": "thinking", "thinking": [{"type": "text", "text": "think."}]}, {"type": "text", "text": "The "}]}}]})),
                c(json!({"id": "r", "model": "magistral", "choices": [{"index": 0, "delta": {"content": "answer."}, "finish_reason": "stop"}]})),
            ],
            true,
        ),
        (
            "tool calls, whole and in fragments",
            vec![
                c(json!({"id": "t", "model": "m", "choices": [{"index": 0, "delta": {"role": "assistant", "content": "", "tool_calls": [
                    {"id": "c1", "function": {"name": "f", "arguments": "{\"a\": 1}"}, "index": 0}]}}]})),
                c(json!({"id": "t", "model": "m", "choices": [{"index": 0, "delta": {"tool_calls": [
                    {"id": "c2", "type": "function", "function": {"name": "g", "arguments": "{\"b\""}, "index": 1}]}}]})),
                c(json!({"id": "t", "model": "m", "choices": [{"index": 0, "delta": {"tool_calls": [
                    {"id": "null", "function": {"name": "", "arguments": ": 2}"}, "index": 1}]}}]})),
                c(json!({"id": "t", "model": "m", "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})),
            ],
            true,
        ),
        (
            "several choices, nulls, placeholders and unknown fields",
            vec![
                c(json!({"id": "null", "model": null, "choices": [{"index": 1, "delta": {"content": "b"}}, {"index": 0, "delta": {"content": "a"}}]})),
                c(json!({"id": "x", "model": "m2", "choices": [{"index": 0, "delta": null, "finish_reason": null}], "new_field": {"n": 1}})),
                c(json!({"id": "x", "model": "m2", "choices": null, "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})),
                c(json!({"id": "x", "choices": [{"index": 0, "delta": {"content": null, "tool_call_id": "q", "metadata": {"k": 1}},
                    "finish_reason": "length", "logprobs": null}]})),
                c(json!({"id": "x", "choices": [{"index": 1, "delta": {"content": "B"}, "finish_reason": "brand_new_reason"}]})),
            ],
            true,
        ),
        (
            "ends after a finish reason without [DONE]",
            vec![text("f", "one"), c(json!({"id": "f", "model": "m", "choices": [{"index": 0, "delta": {"content": "two"}, "finish_reason": "stop"}]}))],
            false,
        ),
        ("truncated: no [DONE], no finish reason", vec![text("g", "cut")], false),
        (
            "an error payload mid-stream",
            vec![text("h", "ok "), c(json!({"object": "error", "message": "overloaded", "type": "service_unavailable", "code": "3505"}))],
            true,
        ),
        ("malformed JSON mid-stream", vec![text("i", "ok "), "{\"id\":\"i\",\"choices\":[".into()], true),
        (
            "a field of the wrong type",
            vec![text("j", "ok "), c(json!({"id": "j", "object": 7, "choices": []}))],
            true,
        ),
        (
            "content of the wrong type",
            vec![c(json!({"id": "k", "choices": [{"index": 0, "delta": {"content": 12}}]}))],
            true,
        ),
        ("not a chunk at all", vec![c(json!({"hello": "world"}))], true),
        (
            // The reader parses only the choice of a chunk that repeats the frame before it.
            "a repeated frame, then a fault after the choices",
            vec![
                text("l", "a"),
                text("l", "b"),
                r#"{"id":"l","model":"m","choices":[{"index":0,"delta":{"content":"c"}}],"object":7}"#.into(),
            ],
            true,
        ),
        (
            "a repeated frame around a choice that does not parse",
            vec![text("n", "a"), text("n", "b"), c(json!({"id": "n", "model": "m", "choices": [{"index": 0, "delta": {"content": 5}}]}))],
            true,
        ),
        (
            "a repeated frame around two choices, then one again",
            vec![
                text("o", "a"),
                c(json!({"id": "o", "model": "m", "choices": [{"index": 0, "delta": {"content": "b"}}, {"index": 1, "delta": {"content": "B"}}]})),
                text("o", "c"),
                c(json!({"id": "o", "model": "m", "choices": [{"index": 1, "delta": {"content": "C"}, "finish_reason": "stop"}]})),
            ],
            true,
        ),
        (
            // A real `n: 2` stream: one choice per chunk, indexes alternating, each with its own
            // role chunk, log probabilities and finish reason.
            "two choices interleaved, with log probabilities",
            {
                let lp = |t: &str, p: f64| json!({"content": [{"token": t, "logprob": p, "bytes": t.as_bytes(), "top_logprobs": [
                    {"token": t, "logprob": p, "bytes": t.as_bytes()}]}]});
                let ch = |i: u32, delta: Value, f: Option<&str>, l: Value| {
                    c(json!({"id": "p", "object": "chat.completion.chunk", "created": 1, "model": "m",
                        "choices": [{"index": i, "delta": delta, "finish_reason": f, "logprobs": l}], "usage": null}))
                };
                vec![
                    ch(0, json!({"role": "assistant", "content": ""}), None, Value::Null),
                    ch(1, json!({"role": "assistant", "content": ""}), None, Value::Null),
                    ch(0, json!({"content": "A"}), None, lp("A", -0.1)),
                    ch(1, json!({"content": "Wh"}), None, lp("Wh", -0.2)),
                    ch(0, json!({"content": "ard"}), None, lp("ard", -0.3)),
                    ch(1, json!({"content": "isp"}), None, lp("isp", -0.4)),
                    ch(0, json!({"content": "vark"}), Some("stop"), lp("vark", -0.5)),
                    ch(1, json!({"content": "er"}), Some("length"), lp("er", -0.6)),
                ]
            },
            true,
        ),
        (
            "log probabilities: null, unknown keys, null values, shapes that do not fit",
            vec![
                c(json!({"id": "q", "model": "m", "choices": [{"index": 0, "delta": {"content": "a"}, "logprobs": null}]})),
                c(json!({"id": "q", "model": "m", "choices": [{"index": 0, "delta": {"content": "b"},
                    "logprobs": {"content": [{"token": "b", "logprob": null, "token_id": 3, "new": [1]}], "refusal": null}}]})),
                c(json!({"id": "q", "model": "m", "choices": [{"index": 0, "delta": {"content": "c"}, "logprobs": {"content": "?", "k": 1}}]})),
                c(json!({"id": "q", "model": "m", "choices": [{"index": 0, "delta": {"content": "d"}, "logprobs": 5},
                    {"index": 1, "delta": {"content": "e"}, "logprobs": {"content": [{"token": "e", "logprob": -1, "bytes": [256]}]}}],
                    "usage": null})),
                c(json!({"id": "q", "model": "m", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop",
                    "logprobs": {"content": [{"token": "", "logprob": 0.0, "bytes": []}]}}]})),
            ],
            true,
        ),
    ];
    // The recorded live stream of the wire samples.
    let cassette: Value = serde_json::from_str(include_str!("cassettes/chat_wire_samples.json")).unwrap();
    for ex in cassette["exchanges"].as_array().unwrap() {
        if let Some(frames) = ex["response"]["frames"].as_array() {
            let joined: String = frames.iter().map(|f| f["data"].as_str().unwrap()).collect();
            let payloads: Vec<String> = joined
                .split("\n\n")
                .filter_map(|e| e.strip_prefix("data: "))
                .filter(|d| *d != "[DONE]")
                .map(str::to_owned)
                .collect();
            out.push(("live wire sample", payloads, true));
        }
    }
    out
}

fn reply(payloads: &[String], done: bool) -> Reply {
    let mut frames: Vec<String> = payloads.iter().map(|p| format!("data: {p}\n\n")).collect();
    if done {
        frames.push("data: [DONE]\n\n".into());
    }
    Reply::sse_frames(frames)
}

/// The owned path: every chunk decoded whole, then folded.
async fn owned(
    c: &Client,
    t: &ScriptedTransport,
    payloads: &[String],
    done: bool,
) -> (Result<Value, String>, Result<String, String>) {
    t.push(reply(payloads, done));
    let mut s = c.chat().stream(&request()).await.unwrap();
    let mut acc = StreamAccumulator::new();
    let mut text = String::new();
    let mut failed = None;
    let mut index = 0;
    while let Some(chunk) = s.next().await {
        match chunk {
            Ok(ch) => {
                // `next()` reads through the stream's `ChunkReader` too: each chunk is what a
                // whole parse of its payload gives (the lone surrogate repaired).
                let whole = payloads[index].replace("\\ud800", "\\ufffd");
                assert_eq!(
                    ch,
                    serde_json::from_str::<CompletionChunk>(&whole).unwrap(),
                    "{whole}"
                );
                index += 1;
                if let Some(d) = ch.delta_text() {
                    text.push_str(&d);
                }
                acc.push(&ch);
            }
            Err(e) => {
                failed = Some(e.to_string());
                break;
            }
        }
    }
    match failed {
        Some(e) => (Err(e.clone()), Err(format!("{text}|{e}"))),
        None => (Ok(serde_json::to_value(acc.finish()).unwrap()), Ok(text)),
    }
}

/// The borrowed paths: `collect_response` and `text`.
async fn borrowed(
    c: &Client,
    t: &ScriptedTransport,
    payloads: &[String],
    done: bool,
) -> (Result<Value, String>, Result<String, String>) {
    t.push(reply(payloads, done));
    let folded = c
        .chat()
        .stream(&request())
        .await
        .unwrap()
        .collect_response()
        .await
        .map(|r| serde_json::to_value(r).unwrap())
        .map_err(|e| e.to_string());
    t.push(reply(payloads, done));
    let mut s = c.chat().stream(&request()).await.unwrap().text();
    let mut text = String::new();
    let mut failed = None;
    while let Some(d) = s.next().await {
        match d {
            Ok(d) => {
                assert!(!d.is_empty(), "text() skips empty deltas");
                text.push_str(&d);
            }
            Err(e) => {
                failed = Some(e.to_string());
                break;
            }
        }
    }
    let text = match failed {
        Some(e) => Err(format!("{text}|{e}")),
        None => Ok(text),
    };
    (folded, text)
}

#[tokio::test]
async fn both_folds_agree_on_every_fixture() {
    let (c, t) = client();
    let mut errors = 0;
    for (name, payloads, done) in fixtures() {
        let (owned_fold, owned_text) = owned(&c, &t, &payloads, done).await;
        let (view_fold, view_text) = borrowed(&c, &t, &payloads, done).await;
        assert_eq!(view_fold, owned_fold, "collect_response: {name}");
        assert_eq!(view_text, owned_text, "text: {name}");
        errors += usize::from(owned_fold.is_err());
    }
    // The fixtures do exercise the error paths (truncation, error payload, malformed, types).
    assert_eq!(errors, 8);
}

#[tokio::test]
async fn fixture_results_are_what_they_say() {
    let (c, t) = client();
    let fx = fixtures();
    let (fold, text) = borrowed(&c, &t, &fx[0].1, true).await;
    assert_eq!(text.unwrap(), "Hello!");
    let fold = fold.unwrap();
    assert_eq!(fold["usage"]["total_tokens"], 5);
    let (_, text) = borrowed(&c, &t, &fx[1].1, true).await;
    assert_eq!(text.unwrap(), "line\nnext \"q\" é 😀cut \u{FFFD} hereé直接");
    let (fold, text) = borrowed(&c, &t, &fx[2].1, true).await;
    assert_eq!(text.unwrap(), "The answer.");
    assert_eq!(
        fold.unwrap()["choices"][0]["message"]["content"][0]["type"],
        "thinking"
    );
    let (fold, _) = borrowed(&c, &t, &fx[4].1, true).await;
    let fold = fold.unwrap();
    assert_eq!(fold["id"], "x");
    assert_eq!(fold["model"], "m2");
    assert_eq!(fold["choices"][1]["finish_reason"], "brand_new_reason");
    // `text()` follows choice 0 only, whatever the place of its delta in the chunk.
    let (_, text) = borrowed(&c, &t, &fx[4].1, true).await;
    assert_eq!(text.unwrap(), "a");
    let (_, text) = borrowed(&c, &t, &fx[14].1, true).await;
    assert_eq!(text.unwrap(), "abc");
    let n2 = fx
        .iter()
        .position(|f| f.0.starts_with("two choices interleaved"))
        .unwrap();
    let (fold, text) = borrowed(&c, &t, &fx[n2].1, true).await;
    assert_eq!(text.unwrap(), "Aardvark");
    let fold = fold.unwrap();
    assert_eq!(fold["choices"][1]["message"]["content"], "Whisper");
    assert_eq!(fold["choices"][1]["finish_reason"], "length");
    let tokens: Vec<&str> = fold["choices"][1]["logprobs"]["content"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["token"].as_str().unwrap())
        .collect();
    assert_eq!(tokens, ["Wh", "isp", "er"]);
    let (fold, _) = borrowed(&c, &t, &fx[n2 + 1].1, true).await;
    let lp = &fold.unwrap()["choices"][0]["logprobs"];
    // The tokens that fit are appended; a piece whose tokens do not fit adds only its other
    // keys; a `null` log probability (minus infinity) is written back as `null`.
    assert_eq!(lp["content"].as_array().unwrap().len(), 2);
    assert_eq!(lp["content"][0]["token_id"], 3);
    assert_eq!(lp["content"][0]["new"], json!([1]));
    assert_eq!(lp["content"][0]["logprob"], Value::Null);
    assert_eq!(lp["content"][1]["token"], "");
    assert_eq!((lp["refusal"].clone(), lp["k"].clone()), (Value::Null, json!(1)));
}
