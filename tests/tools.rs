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

/// The roles of a request body's messages, in order.
fn roles(body: &serde_json::Value) -> Vec<String> {
    body["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["role"].as_str().unwrap_or("").to_owned())
        .collect()
}

/// A run that fails on an API error keeps its conversation, and `run_tools_from` resumes it
/// with the same request: over HTTP, a 500 on step 2 with retries off, then the resumed run
/// sends the conversation so far, runs no handler again and finishes (issue #21).
#[tokio::test]
async fn a_run_failed_on_an_api_error_resumes_from_its_conversation() {
    let s = MockServer::start().await.unwrap();
    s.push(calls(json!([call("c1", "get_weather", "{\"city\": \"Paris\"}")])));
    s.push(error(500, "server_error", "the model fell over"));
    let counter = Arc::new(AtomicUsize::new(0));
    let tools = tools(counter.clone());
    let c = Client::builder().api_key(KEY).base_url(s.url()).build().unwrap();
    let chat = c.chat().max_retries(0);
    let e = chat.run_tools(&request(), &tools).await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(500), "{e:?}");
    assert_eq!(e.attempts(), 1, "retries are off");
    let so_far = e.conversation().expect("an API error keeps the conversation");
    assert_eq!(so_far.len(), 3, "user, assistant's call, tool result: {so_far:?}");
    assert_eq!(counter.load(Ordering::SeqCst), 1);
    assert_eq!(s.requests().len(), 2);

    s.push(ok("20°C in Paris"));
    let run = chat.run_tools_from(&request(), so_far, &tools).await.unwrap();
    assert_eq!(run.response().text(), "20°C in Paris");
    assert_eq!(run.steps(), 1, "this call's model calls only");
    assert_eq!(run.messages().len(), 4);
    assert!(matches!(run.messages()[3], Message::Assistant(_)));
    assert_eq!(counter.load(Ordering::SeqCst), 1, "no handler ran again");

    // The resumed call is the failed one again: the same conversation, the same request
    // settings, each tool defined once.
    let requests = s.requests();
    assert_eq!(requests.len(), 3);
    let (failed, resumed) = (requests[1].json(), requests[2].json());
    assert_eq!(resumed, failed);
    assert_eq!(roles(&resumed), ["user", "assistant", "tool"]);
    assert_eq!(resumed["messages"][2]["tool_call_id"], "c1");
    assert_eq!(resumed["model"], "mistral-large-latest");
    let names: Vec<&str> = resumed["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["function"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["get_weather", "convert"]);
}

/// A run cut while its handlers ran ends with the assistant's calls unanswered: resuming runs
/// those calls first, then asks the model.
#[tokio::test]
async fn resuming_a_run_cut_in_its_handlers_runs_the_pending_calls_first() {
    use std::time::Duration;

    let s = MockServer::start().await.unwrap();
    s.push(calls(json!([
        call("c1", "slow", "{\"city\": \"Paris\"}"),
        call("c2", "slow", "{\"city\": \"Lyon\"}")
    ])));
    let c = Client::builder().api_key(KEY).base_url(s.url()).build().unwrap();
    let ran = Arc::new(AtomicUsize::new(0));
    let make = |delay: Duration| {
        let ran = ran.clone();
        Tools::new()
            .add::<GetWeather>("slow", "Slow weather", move |a| {
                let ran = ran.clone();
                async move {
                    tokio::time::sleep(delay).await;
                    ran.fetch_add(1, Ordering::SeqCst);
                    format!("sunny in {}", a.city)
                }
            })
            .timeout(Some(Duration::from_millis(200)))
    };
    let e = c
        .chat()
        .run_tools(&request(), &make(Duration::from_secs(3600)))
        .await
        .unwrap_err();
    assert_eq!(e.timeout_phase(), Some(mistral::TimeoutPhase::Total), "{e:?}");
    let so_far = e.conversation().unwrap().to_vec();
    assert_eq!(so_far.len(), 2, "user, assistant's calls: {so_far:?}");
    assert_eq!(ran.load(Ordering::SeqCst), 0);

    // Resumed with handlers that answer (and a fresh deadline): both calls run, then the
    // model answers.
    s.push(ok("sunny in both"));
    let run = c
        .chat()
        .run_tools_from(&request(), so_far, &make(Duration::ZERO))
        .await
        .unwrap();
    assert_eq!(ran.load(Ordering::SeqCst), 2);
    assert_eq!(run.steps(), 1);
    assert_eq!(run.response().text(), "sunny in both");
    let body = s.requests()[1].json();
    assert_eq!(roles(&body), ["user", "assistant", "tool", "tool"]);
    assert_eq!(body["messages"][2]["tool_call_id"], "c1");
    assert_eq!(body["messages"][3]["tool_call_id"], "c2");
    assert_eq!(body["messages"][3]["content"], "sunny in Lyon");
}

/// A forced tool choice is for a run's first model call: resumed past it, the choice is
/// `auto` (as in the run that failed), while a resume from the request's own messages keeps
/// it. A finished run goes on with a new user message.
#[tokio::test]
async fn resuming_keeps_the_tool_choice_rule_and_continues_finished_runs() {
    let s = MockServer::start().await.unwrap();
    let c = Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .max_retries(0)
        .build()
        .unwrap();
    let forced = ChatRequest::builder()
        .model("mistral-large-latest")
        .messages([Message::user("Weather in Paris?")])
        .tool_choice(mistral::ToolChoice::function("get_weather"))
        .build();
    let tools = tools(Arc::default());

    // Fails on its first call: resumed from the request's messages, the choice stays forced.
    s.push(error(503, "server_error", "busy"));
    let e = c.chat().run_tools(&forced, &tools).await.unwrap_err();
    s.push(calls(json!([call("c1", "get_weather", "{\"city\": \"Paris\"}")])));
    s.push(error(500, "server_error", "down"));
    let e = c
        .chat()
        .run_tools_from(&forced, e.conversation().unwrap(), &tools)
        .await
        .unwrap_err();
    let bodies: Vec<serde_json::Value> = s.requests().iter().map(|r| r.json()).collect();
    assert_eq!(bodies[1]["tool_choice"]["function"]["name"], "get_weather");
    assert_eq!(bodies[2]["tool_choice"], "auto", "after a tool step");

    // Resumed past the first step: `auto` at once.
    s.push(ok("20°C"));
    let run = c
        .chat()
        .run_tools_from(&forced, e.conversation().unwrap(), &tools)
        .await
        .unwrap();
    let body = s.requests()[3].json();
    assert_eq!(body["tool_choice"], "auto");
    assert_eq!(roles(&body), ["user", "assistant", "tool"]);

    // A finished run goes on: its messages and a new question.
    let mut next = run.messages().to_vec();
    next.push(Message::user("And in Lyon?"));
    s.push(ok("18°C"));
    let run = c.chat().run_tools_from(&forced, next, &tools).await.unwrap();
    assert_eq!(run.response().text(), "18°C");
    assert_eq!(run.messages().len(), 6);
    assert_eq!(
        roles(&s.requests()[4].json()),
        ["user", "assistant", "tool", "assistant", "user"]
    );
}
