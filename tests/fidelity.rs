//! Wire fidelity (issue #20, points 16-18): streams of several choices (`n` > 1) read by each
//! choice's index in every fold; `logprobs`/`top_logprobs` typed on the request and read in
//! responses and chunks; the fields of error bodies beyond the typed ones kept.

mod support;

use mistral::test_util::{MockServer, Reply};
use mistral::types::StreamAccumulator;
use mistral::{ChatRequest, CompletionChunk, Message, StructuredEvent, Tools};
use serde_json::{json, Value};
use support::*;

fn n2_request() -> ChatRequest {
    ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user("Name an animal.")])
        .n(2)
        .build()
}

/// A chunk holding one choice's delta, as the live API sends them.
fn choice_chunk(index: u32, delta: Value, finish: Option<&str>, logprobs: Value) -> Value {
    json!({"id": "cmpl-n2", "object": "chat.completion.chunk", "created": 1, "model": "mistral-small-latest",
        "choices": [{"index": index, "delta": delta, "finish_reason": finish, "logprobs": logprobs}], "usage": null})
}

fn token(t: &str, logprob: f64) -> Value {
    json!({"content": [{"token": t, "logprob": logprob, "bytes": t.as_bytes(), "top_logprobs": []}]})
}

/// The shape of a real `n: 2` capture: one choice per chunk, `index` 0 and 1 alternating, each
/// with its own role chunk and finish reason; usage on the last chunk.
fn n2_capture() -> Vec<Value> {
    let mut out = vec![
        choice_chunk(0, json!({"role": "assistant", "content": ""}), None, Value::Null),
        choice_chunk(1, json!({"role": "assistant", "content": ""}), None, Value::Null),
    ];
    let pieces = [
        (0, "A", -0.1),
        (1, "Wh", -0.2),
        (0, "ard", -0.3),
        (1, "isp", -0.4),
        (0, "vark", -0.5),
    ];
    for (i, t, p) in pieces {
        let finish = (t == "vark").then_some("stop");
        out.push(choice_chunk(i, json!({"content": t}), finish, token(t, p)));
    }
    let mut last = choice_chunk(1, json!({"content": "er"}), Some("length"), token("er", -0.6));
    last["usage"] = json!({"prompt_tokens": 8, "completion_tokens": 7, "total_tokens": 15});
    out.push(last);
    out
}

/// Interleaved choices, a chunk with two choices (in either order), and a chunk with two deltas
/// of one choice: every fold must read each choice by its index.
fn mixed() -> Vec<Value> {
    let chunk = |choices: Value| json!({"id": "cmpl-mix", "model": "m", "choices": choices});
    vec![
        chunk(
            json!([{"index": 1, "delta": {"role": "assistant", "content": "Wh"}},
                     {"index": 0, "delta": {"role": "assistant", "content": "A"}}]),
        ),
        chunk(json!([{"index": 0, "delta": {"content": "ard"}}])),
        chunk(json!([{"index": 1, "delta": {"content": "isp"}}, {"index": 0, "delta": {"content": "v"}}])),
        chunk(
            json!([{"index": 0, "delta": {"content": "ar"}}, {"index": 0, "delta": {"content": "k"}, "finish_reason": "stop"}]),
        ),
        chunk(json!([{"index": 1, "delta": {"content": "er"}, "finish_reason": "stop"}])),
    ]
}

async fn read_text(mut s: mistral::TextStream) -> String {
    let mut out = String::new();
    while let Some(d) = s.next().await {
        out.push_str(&d.unwrap());
    }
    out
}

async fn read_by_choice(mut s: mistral::ChoiceTextStream) -> (Vec<u32>, [String; 2]) {
    let mut order = Vec::new();
    let mut texts = [String::new(), String::new()];
    while let Some(d) = s.next().await {
        let (i, t) = d.unwrap();
        assert!(!t.is_empty());
        order.push(i);
        texts[i as usize].push_str(&t);
    }
    (order, texts)
}

/// 16: `.text()` follows choice 0 only (it used to read `choices[0]` of every chunk, whatever
/// its index: "AWhardispvarker"), over HTTP from the loopback server.
#[tokio::test]
async fn n2_text_follows_choice_zero() {
    let s = MockServer::start().await.unwrap();
    let c = fast_client(&s.url(), |b| b);
    s.push(Reply::sse_events(n2_capture()));
    let text = read_text(c.chat().stream(&n2_request()).await.unwrap().text()).await;
    assert_eq!(text, "Aardvark");
    assert_eq!(s.requests()[0].json()["n"], 2);
}

/// Each choice's text is one call away: `text_of(i)`, or every choice's deltas with their index.
#[tokio::test]
async fn n2_text_of_each_choice_and_by_choice() {
    let (c, t) = scripted();
    t.push(Reply::sse_events(n2_capture()));
    let s = c.chat().stream(&n2_request()).await.unwrap().text_of(1);
    assert_eq!(s.choice(), 1);
    assert_eq!(read_text(s).await, "Whisper");
    t.push(Reply::sse_events(n2_capture()));
    assert_eq!(
        read_text(c.chat().stream(&n2_request()).await.unwrap().text_of(2)).await,
        ""
    );
    t.push(Reply::sse_events(n2_capture()));
    let (order, texts) = read_by_choice(c.chat().stream(&n2_request()).await.unwrap().text_by_choice()).await;
    assert_eq!(order, [0, 1, 0, 1, 0, 1]);
    assert_eq!(texts, ["Aardvark".to_owned(), "Whisper".to_owned()]);
}

/// `collect_response` builds every choice by its index, each with its finish reason and its
/// log probabilities; the chunks seen one by one say which choice they carry.
#[tokio::test]
async fn n2_collect_response_builds_every_choice() {
    let (c, t) = scripted();
    t.push(Reply::sse_events(n2_capture()));
    let r = c
        .chat()
        .stream(&n2_request())
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(r.choices.len(), 2);
    assert_eq!((r.text(), r.text_of(1)), ("Aardvark".into(), "Whisper".into()));
    assert_eq!(r.choices[0].finish_reason, Some(mistral::FinishReason::Stop));
    assert_eq!(r.choices[1].finish_reason, Some(mistral::FinishReason::Length));
    assert_eq!(r.choices[0].logprobs.as_ref().unwrap().text(), "Aardvark");
    let lp1 = r.choices[1].logprobs.as_ref().unwrap();
    assert_eq!(lp1.text(), "Whisper");
    assert_eq!(
        lp1.content.iter().map(|t| t.logprob).collect::<Vec<_>>(),
        [-0.2, -0.4, -0.6]
    );
    assert_eq!(lp1.content[0].bytes.as_deref(), Some(&b"Wh"[..]));
    assert_eq!(r.usage.unwrap().total_tokens, 15);

    t.push(Reply::sse_events(n2_capture()));
    let mut s = c.chat().stream(&n2_request()).await.unwrap();
    let (mut zero, mut one) = (String::new(), String::new());
    while let Some(ch) = s.next().await {
        let ch: CompletionChunk = ch.unwrap();
        zero.push_str(&ch.delta_text().unwrap_or_default());
        one.push_str(&ch.delta_text_of(1).unwrap_or_default());
        if ch.choice(0).is_none() {
            // Choice 1's finish reason is not choice 0's.
            assert_eq!(ch.finish_reason(), None);
        }
    }
    assert_eq!((zero.as_str(), one.as_str()), ("Aardvark", "Whisper"));
}

/// Interleaved choices and chunks of several choices fold the same through every path: the
/// owned chunks and the accumulator, `collect_response` (borrowed views), `text`, `text_of`
/// and `text_by_choice`.
#[tokio::test]
async fn mixed_chunks_fold_right_every_way() {
    let (c, t) = scripted();
    t.push(Reply::sse_events(mixed()));
    let mut s = c.chat().stream(&n2_request()).await.unwrap();
    let mut acc = StreamAccumulator::new();
    while let Some(ch) = s.next().await {
        acc.push(&ch.unwrap());
    }
    let owned = acc.finish();
    assert_eq!(
        (owned.text(), owned.text_of(1)),
        ("Aardvark".into(), "Whisper".into())
    );
    assert!(owned
        .choices
        .iter()
        .all(|c| c.finish_reason == Some(mistral::FinishReason::Stop)));

    t.push(Reply::sse_events(mixed()));
    let folded = c
        .chat()
        .stream(&n2_request())
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(folded, owned);
    t.push(Reply::sse_events(mixed()));
    assert_eq!(
        read_text(c.chat().stream(&n2_request()).await.unwrap().text()).await,
        "Aardvark"
    );
    t.push(Reply::sse_events(mixed()));
    assert_eq!(
        read_text(c.chat().stream(&n2_request()).await.unwrap().text_of(1)).await,
        "Whisper"
    );
    t.push(Reply::sse_events(mixed()));
    let (order, texts) = read_by_choice(c.chat().stream(&n2_request()).await.unwrap().text_by_choice()).await;
    // In the order of the chunks, and of the choices within a chunk.
    assert_eq!(order, [1, 0, 0, 1, 0, 0, 0, 1]);
    assert_eq!(texts, ["Aardvark".to_owned(), "Whisper".to_owned()]);
}

#[derive(schemars::JsonSchema, serde::Deserialize, Debug, PartialEq)]
struct Animal {
    name: String,
}

/// Structured streaming: the deltas are choice 0's JSON only, the value is choice 0's, and the
/// final response has both choices.
#[tokio::test]
async fn n2_stream_parse_follows_choice_zero() {
    let (c, t) = scripted();
    let events = vec![
        choice_chunk(0, json!({"content": "{\"name\":"}), None, Value::Null),
        choice_chunk(1, json!({"content": "{\"name\":"}), None, Value::Null),
        choice_chunk(1, json!({"content": " \"Whisper\"}"}), Some("stop"), Value::Null),
        choice_chunk(0, json!({"content": " \"Aardvark\"}"}), Some("stop"), Value::Null),
    ];
    t.push(Reply::sse_events(events.clone()));
    let mut s = c.chat().stream_parse::<Animal>(&n2_request()).await.unwrap();
    let mut deltas = String::new();
    let mut done = None;
    let mut partials = Vec::new();
    while let Some(ev) = s.next().await {
        match ev.unwrap() {
            StructuredEvent::Delta(d) => deltas.push_str(&d),
            // Partial values read choice 0 too: never choice 1's "Whisper".
            StructuredEvent::Partial(p) => partials.push(p),
            StructuredEvent::Done { response, value } => done = Some((response, value)),
            _ => unreachable!(),
        }
    }
    assert_eq!(deltas, "{\"name\": \"Aardvark\"}");
    assert_eq!(partials.last(), Some(&json!({"name": "Aardvark"})));
    assert!(partials.iter().all(|p| p.get("name") != Some(&json!("Whisper"))));
    let (response, value) = done.unwrap();
    assert_eq!(
        value.unwrap(),
        Animal {
            name: "Aardvark".into()
        }
    );
    let all = response.parse_choices::<Animal>();
    assert_eq!(all[1].as_ref().unwrap().name, "Whisper");
    t.push(Reply::sse_events(events));
    let v = c
        .chat()
        .stream_parse::<Animal>(&n2_request())
        .await
        .unwrap()
        .value()
        .await
        .unwrap();
    assert_eq!(v.name, "Aardvark");
}

/// Without streaming, choices are read by index too: `parse` gives choice 0's value and the
/// tool loop continues choice 0's turn, wherever the server lists it.
#[tokio::test]
async fn non_streamed_choices_by_index() {
    let (c, t) = scripted();
    t.push(Reply::json(200, &json!({"id": "x", "model": "m", "choices": [
        {"index": 1, "finish_reason": "stop", "message": {"role": "assistant", "content": "{\"name\": \"Whisper\"}"}},
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "{\"name\": \"Aardvark\"}"}}]})));
    let parsed = c.chat().parse::<Animal>(&n2_request()).await.unwrap();
    assert_eq!(parsed.value().unwrap().name, "Aardvark");
    assert_eq!(parsed.choice(1).unwrap().unwrap().name, "Whisper");
    assert_eq!(parsed.into_value().unwrap().name, "Aardvark");

    #[derive(schemars::JsonSchema, serde::Deserialize)]
    struct Ping {}
    let tools = Tools::new().add::<Ping>("ping", "Pings", |_: Ping| async { "pong" });
    t.push(Reply::json(
        200,
        &json!({"id": "y", "model": "m", "choices": [
        {"index": 1, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": "",
            "tool_calls": [{"id": "c1", "function": {"name": "ping", "arguments": "{}"}}]}},
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Done."}}]}),
    ));
    let run = c.chat().run_tools(&n2_request(), &tools).await.unwrap();
    assert_eq!(run.steps(), 1, "choice 0 called no tool");
    assert_eq!(run.response().text(), "Done.");
}

/// 17: `logprobs` and `top_logprobs` are typed setters, sent under their names and checked
/// before anything is sent; naming them through `extra` is a validation error.
#[tokio::test]
async fn logprobs_request_is_typed_and_validated() {
    let s = MockServer::start().await.unwrap();
    let c = fast_client(&s.url(), |b| b);
    let req = ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user("Hi")])
        .logprobs(true)
        .top_logprobs(2)
        .build();
    c.chat().complete(&req).await.unwrap();
    let sent = s.requests()[0].json();
    assert_eq!(
        (sent["logprobs"].clone(), sent["top_logprobs"].clone()),
        (json!(true), json!(2))
    );

    let bad = [
        ChatRequest::builder()
            .model("m")
            .messages([Message::user("Hi")])
            .logprobs(true)
            .top_logprobs(21)
            .build(),
        ChatRequest::builder()
            .model("m")
            .messages([Message::user("Hi")])
            .top_logprobs(1)
            .build(),
        ChatRequest::builder()
            .model("m")
            .messages([Message::user("Hi")])
            .extra("logprobs", json!(true))
            .build(),
    ];
    for req in &bad {
        let e = c.chat().complete(req).await.unwrap_err();
        assert!(e.is_invalid_request(), "{e}");
        let e = c.chat().stream(req).await.unwrap_err();
        assert!(e.is_invalid_request(), "{e}");
    }
    assert_eq!(s.requests().len(), 1, "nothing invalid was sent");
}

/// Log probabilities in a response, typed; unknown keys kept, `null` allowed, an unexpected
/// shape kept raw: never a failed call.
#[tokio::test]
async fn logprobs_in_responses() {
    let (c, t) = scripted();
    t.push(Reply::json(200, &json!({"id": "x", "model": "m", "choices": [
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Hi!"},
         "logprobs": {"content": [
            {"token": "Hi", "logprob": -0.01, "bytes": [72, 105], "token_id": 7,
             "top_logprobs": [{"token": "Hi", "logprob": -0.01, "bytes": [72, 105]}, {"token": "Hey", "logprob": -4.7, "bytes": null}]},
            {"token": "!", "logprob": null, "bytes": null, "top_logprobs": null, "new": 1}]}},
        {"index": 1, "finish_reason": "stop", "message": {"role": "assistant", "content": "Yo"}, "logprobs": null},
        {"index": 2, "finish_reason": "stop", "message": {"role": "assistant", "content": "Eh"}, "logprobs": {"content": "?", "k": 1}}]})));
    let r = c.chat().complete(&n2_request()).await.unwrap();
    let lp = r.choices[0].logprobs.as_ref().unwrap();
    assert_eq!(lp.text(), "Hi!");
    assert_eq!(lp.content[0].token_id, Some(7));
    assert_eq!(lp.content[0].top_logprobs[1].token, "Hey");
    assert_eq!(lp.content[1].logprob, f64::NEG_INFINITY);
    assert_eq!(lp.content[1].extra["new"], 1);
    assert_eq!(r.choices[1].logprobs, None);
    let odd = r.choices[2].logprobs.as_ref().unwrap();
    assert!(odd.content.is_empty());
    assert_eq!(odd.extra["k"], 1);
}

/// 18: an error body's fields beyond `message`/`type`/`param`/`code` are kept and reachable
/// from `Error::api_error()`: for an error status, an error body with a 200, and an error
/// payload in the middle of a stream.
#[tokio::test]
async fn error_body_extra_fields_are_kept() {
    let body = json!({"object": "error", "message": "Service tier capacity exceeded for this model.",
        "type": "service_tier_capacity_exceeded", "param": null, "code": "3505", "raw_status_code": 429,
        "request_id": "abc"});
    let s = MockServer::start().await.unwrap();
    let c = fast_client(&s.url(), |b| b.max_retries(0));
    s.push(Reply::json(400, &body));
    let e = c.chat().complete(&request()).await.unwrap_err();
    let api = e.api_error().unwrap();
    assert_eq!(api.code.as_deref(), Some("3505"));
    assert_eq!(api.raw_status_code(), Some(429));
    assert_eq!(api.extra_field("request_id"), Some(&json!("abc")));

    let (c, t) = scripted_with(|b| b.max_retries(0));
    t.push(Reply::json(200, &body));
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert_eq!(e.api_error().unwrap().raw_status_code(), Some(429));
    t.push(Reply::sse_events([chunk(json!("ok "), None), body.clone()]));
    let e = c
        .chat()
        .stream(&request())
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap_err();
    assert_eq!(
        e.api_error().unwrap().extra_field("request_id"),
        Some(&json!("abc"))
    );
    // 422 detail items keep theirs too.
    t.push(Reply::json(
        422,
        &json!({"detail": [{"type": "less_than_equal", "loc": ["body", "top_logprobs"],
        "msg": "Input should be less than or equal to 20", "input": 50, "ctx": {"le": 20}}]}),
    ));
    let e = c.chat().complete(&request()).await.unwrap_err();
    assert_eq!(e.api_error().unwrap().detail[0].extra["ctx"], json!({"le": 20}));
}

/// The blocking stream's `text()` follows choice 0 too.
#[cfg(feature = "blocking")]
#[test]
fn blocking_text_follows_choice_zero() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let s = rt.block_on(MockServer::start()).unwrap();
    s.push(Reply::sse_events(n2_capture()));
    let c = mistral::blocking::Client::new(fast_client(&s.url(), |b| b)).unwrap();
    let text: String = c
        .chat()
        .stream(&n2_request())
        .unwrap()
        .text()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(text, "Aardvark");
    // And `text_of(i)` any other.
    s.push(Reply::sse_events(n2_capture()));
    let text: String = c
        .chat()
        .stream(&n2_request())
        .unwrap()
        .text_of(1)
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(text, "Whisper");
}
