//! Tool calling end to end against the loopback mock server: a scripted multi-step
//! conversation (two tools, a parallel step, an unknown tool, a bad-argument call), the
//! default mock behaviour, streamed tool calls, and the step limit. The request body of every
//! step is snapshotted to show the exact wire format.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use mistral::test_util::{MockServer, Reply};
use mistral::{ChatRequest, Client, Message, Tools};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::json;
use support::*;

#[derive(Deserialize, JsonSchema)]
struct GetWeather {
    city: String,
}

#[derive(Deserialize, JsonSchema)]
struct Convert {
    celsius: f64,
}

fn tools(counter: Arc<AtomicUsize>) -> Tools {
    let c2 = counter.clone();
    Tools::new()
        .add::<GetWeather>("get_weather", "Current weather in a city", move |a| {
            let counter = counter.clone();
            async move {
                counter.fetch_add(1, Ordering::SeqCst);
                json!({"city": a.city, "celsius": 20.0})
            }
        })
        .add::<Convert>("convert", "Celsius to Fahrenheit", move |a| {
            let counter = c2.clone();
            async move {
                counter.fetch_add(1, Ordering::SeqCst);
                if a.celsius < -273.15 {
                    Err("below absolute zero")
                } else {
                    Ok(format!("{}F", a.celsius * 9.0 / 5.0 + 32.0))
                }
            }
        })
}

fn calls(calls: serde_json::Value) -> Reply {
    Reply::json(
        200,
        &json!({"id": "t", "object": "chat.completion", "model": "m", "created": 1,
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                "choices": [{"index": 0, "finish_reason": "tool_calls",
                             "message": {"role": "assistant", "content": "", "tool_calls": calls}}]}),
    )
}

fn call(id: &str, name: &str, args: &str) -> serde_json::Value {
    json!({"id": id, "type": "function", "function": {"name": name, "arguments": args}})
}

fn request() -> ChatRequest {
    ChatRequest::builder()
        .model("mistral-large-latest")
        .messages([Message::user("Weather in Paris and Lyon, in Fahrenheit?")])
        .build()
}

#[tokio::test]
async fn scripted_multi_step_conversation() {
    let s = MockServer::start().await.unwrap();
    // Step 1: two calls in parallel. Step 2: an unknown tool and a bad-argument call.
    // Step 3: a call whose handler fails. Step 4 (default mock): a text answer quoting results.
    s.push(calls(json!([
        call("c1", "get_weather", "{\"city\": \"Paris\"}"),
        call("c2", "get_weather", "{\"city\": \"Lyon\"}")
    ])));
    s.push(calls(json!([
        call("c3", "get_forecast", "{}"),
        call("c4", "convert", "{\"celsius\": \"hot\"}")
    ])));
    s.push(calls(json!([
        call("c5", "convert", "{\"celsius\": -300}"),
        call("c6", "convert", "{\"celsius\": 20}")
    ])));
    let counter = Arc::new(AtomicUsize::new(0));
    let c = Client::builder().api_key(KEY).base_url(s.url()).build().unwrap();
    let run = c
        .chat()
        .run_tools(&request(), &tools(counter.clone()))
        .await
        .unwrap();
    assert_eq!(run.steps(), 4);
    assert_eq!(
        counter.load(Ordering::SeqCst),
        4,
        "2 weather + 2 convert handlers ran"
    );
    let text = run.response().text();
    assert!(
        text.contains("convert said error: below absolute zero") && text.contains("68F"),
        "{text}"
    );
    let tool_texts: Vec<String> = run
        .messages()
        .iter()
        .filter(|m| matches!(m, Message::Tool(_)))
        .map(|m| m.content().unwrap().text().into_owned())
        .collect();
    assert!(tool_texts[2]
        .starts_with("error: unknown tool `get_forecast`; available tools: convert, get_weather"));
    assert!(
        tool_texts[3].starts_with("error: invalid arguments for `convert`"),
        "{}",
        tool_texts[3]
    );
    let bodies: Vec<serde_json::Value> = s.requests().iter().map(|r| r.json()).collect();
    assert_eq!(bodies.len(), 4);
    insta::assert_json_snapshot!("tool_conversation_requests", bodies);
}

#[tokio::test]
async fn default_mock_calls_tools_from_their_schemas() {
    let s = MockServer::start().await.unwrap();
    let c = Client::builder().api_key(KEY).base_url(s.url()).build().unwrap();
    let counter = Arc::new(AtomicUsize::new(0));
    let mut req = request();
    req.parallel_tool_calls = Some(true);
    let run = c.chat().run_tools(&req, &tools(counter.clone())).await.unwrap();
    assert_eq!(run.steps(), 2);
    assert_eq!(
        counter.load(Ordering::SeqCst),
        2,
        "parallel: both tools called once"
    );
    assert!(run
        .response()
        .text()
        .starts_with("Based on the tool results: get_weather said"));
}

#[tokio::test]
async fn streamed_tool_calls_whole_or_fragmented() {
    let s = MockServer::start().await.unwrap();
    let c = Client::builder().api_key(KEY).base_url(s.url()).build().unwrap();
    let mut req = request();
    req.tools = Some(tools(Arc::default()).definitions().to_vec());
    // Whole calls, Mistral style (the default mock).
    let r = stream_all(&c, &req).await;
    let calls = r.message().unwrap().tool_calls();
    assert_eq!(calls.len(), 1);
    assert_eq!(
        calls[0].parse_arguments::<serde_json::Value>().unwrap(),
        json!({"city": "sample city"})
    );
    // Fragments by index.
    let frag = |tc: serde_json::Value, finish: Option<&str>| json!({"id": "s", "model": "m", "choices": [{"index": 0, "delta": {"tool_calls": [tc]}, "finish_reason": finish}]});
    s.push(Reply::sse_events([
        frag(json!({"index": 0, "id": "a1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"ci"}}), None),
        frag(json!({"index": 0, "function": {"arguments": "ty\": \"Rome\"}"}}), None),
        frag(json!({"index": 1, "id": "a2", "function": {"name": "convert", "arguments": "{\"celsius\": 3}"}}), Some("tool_calls")),
    ]));
    let r = stream_all(&c, &req).await;
    let calls = r.message().unwrap().tool_calls();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].function.name, "get_weather");
    assert_eq!(
        calls[0].parse_arguments::<serde_json::Value>().unwrap(),
        json!({"city": "Rome"})
    );
    assert_eq!(calls[1].id.as_deref(), Some("a2"));
}

#[tokio::test]
async fn step_limit_is_an_error_naming_it() {
    let s = MockServer::start().await.unwrap();
    for i in 0..3 {
        s.push(calls(json!([call(
            &format!("c{i}"),
            "get_weather",
            "{\"city\": \"X\"}"
        )])));
    }
    let c = Client::builder().api_key(KEY).base_url(s.url()).build().unwrap();
    let e = c
        .chat()
        .run_tools(&request(), &tools(Arc::default()).max_steps(3))
        .await
        .unwrap_err();
    assert!(e.is_tool_step_limit());
    assert!(e.to_string().contains("limit of 3 steps"), "{e}");
}

/// A run's deadline bounds every model call inside it (retries included) and every handler:
/// a second call that is never answered, or a handler that never ends, stops the run at the
/// deadline, with the conversation so far (issue #20: deadlines of helpers that loop).
#[tokio::test]
async fn a_run_deadline_bounds_every_call_and_handler() {
    use std::time::{Duration, Instant};
    use support::hostile::{self, Hostile, Step};

    let first = hostile::json(
        200,
        &json!({"id": "t", "object": "chat.completion", "model": "m", "created": 1,
                "choices": [{"index": 0, "finish_reason": "tool_calls",
                             "message": {"role": "assistant", "content": "",
                                         "tool_calls": [call("c0", "get_weather", "{\"city\": \"X\"}")]}}]}),
    );
    let s = Hostile::start(move |n, _| {
        if n == 0 {
            vec![Step::Write(first.clone()), Step::Close]
        } else {
            vec![Step::Hold]
        }
    })
    .await;
    // The request timeout (and its retries) alone would take minutes.
    let c = fast_client(&s.url(), |b| b.request_timeout(Some(Duration::from_secs(60))));
    let started = Instant::now();
    let run = tools(Arc::default()).timeout(Some(Duration::from_millis(500)));
    let e = tokio::time::timeout(Duration::from_secs(10), c.chat().run_tools(&request(), &run))
        .await
        .expect("the run outlived its deadline")
        .unwrap_err();
    assert_eq!(e.timeout_phase(), Some(mistral::TimeoutPhase::Total), "{e:?}");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    // The user's message, the assistant's tool call and its result.
    assert_eq!(e.conversation().map(<[_]>::len), Some(3), "{e:?}");

    // A handler that never ends.
    let s = MockServer::start().await.unwrap();
    s.push(calls(json!([call("c0", "stuck", "{\"city\": \"X\"}")])));
    let c = Client::builder().api_key(KEY).base_url(s.url()).build().unwrap();
    let run = Tools::new()
        .add::<GetWeather>("stuck", "Never answers", |_| async {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            "late"
        })
        .timeout(Some(Duration::from_millis(300)));
    let started = Instant::now();
    let e = tokio::time::timeout(Duration::from_secs(10), c.chat().run_tools(&request(), &run))
        .await
        .expect("the run outlived its deadline")
        .unwrap_err();
    assert_eq!(e.timeout_phase(), Some(mistral::TimeoutPhase::Total), "{e:?}");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(e.conversation().map(<[_]>::len), Some(2), "{e:?}");
}
