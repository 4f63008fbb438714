//! The conversation run loop over HTTP against the mock server (as strict as the real one
//! about answering calls): local function tools run between turns, calls that need approval
//! pause the run (nothing runs until allowed; a call held locally is answered by a
//! `function.result`, the tool's or the denial text; a call the server holds by a
//! confirmation only), client handoffs come back to the caller, and every error (an API error
//! mid-loop, the step limit, a failing tool when the tools stop on it) keeps the conversation
//! id and entries.

mod support;

use std::sync::{Arc, Mutex};

use mistral::chat::{Tool, ToolConfiguration, ToolContext, Tools};
use mistral::conversations::{
    ConfirmationStatus, ConversationAppendRequest, ConversationRequest, Entry, HandoffExecution, RunOutcome,
    ToolConfirmation, DENIAL_TEXT,
};
use mistral::test_util::{MockServer, Reply};
use mistral::Client;
use mistral::ErrorKind;
use serde_json::json;
use support::fast_client;

#[derive(schemars::JsonSchema, serde::Deserialize)]
struct GetWeather {
    city: String,
}

#[derive(schemars::JsonSchema, serde::Deserialize)]
struct Refund {
    order: String,
}

fn request(text: &str) -> ConversationRequest {
    ConversationRequest::builder()
        .inputs(text)
        .model("mistral-medium-latest")
        .build()
}

async fn mock() -> (Arc<MockServer>, Client) {
    let s = MockServer::start().await.unwrap();
    let c = fast_client(&s.url(), |b| b);
    (Arc::new(s), c)
}

fn types(entries: &[Entry]) -> Vec<String> {
    entries
        .iter()
        .map(|e| e.type_name().unwrap_or_default().to_owned())
        .collect()
}

/// A refund tool needing approval, counting its runs.
fn refund_tools(ran: Arc<Mutex<Vec<String>>>) -> Tools {
    Tools::new()
        .add::<Refund>("refund", "Refunds an order", move |a| {
            let ran = ran.clone();
            async move {
                ran.lock().unwrap().push(a.order.clone());
                format!("refunded {}", a.order)
            }
        })
        .needs_confirmation("refund")
}

#[tokio::test]
async fn a_two_step_run_runs_the_local_tool_and_quotes_its_result() {
    let (s, c) = mock().await;
    // (city, call id) per run of the handler.
    type Seen = Arc<Mutex<Vec<(String, Option<String>)>>>;
    let seen: Seen = Arc::default();
    let tools = {
        let seen = seen.clone();
        Tools::new().add_with_context::<GetWeather>(
            "get_weather",
            "Current weather",
            move |a, ctx: ToolContext| {
                let seen = seen.clone();
                async move {
                    seen.lock().unwrap().push((a.city.clone(), ctx.id.clone()));
                    format!("sunny in {}", a.city)
                }
            },
        )
    };
    let run = c
        .conversations()
        .run(&request("Weather in Paris?"), &tools)
        .await
        .unwrap()
        .done()
        .expect("a final answer");
    assert_eq!(run.steps(), 2);
    assert_eq!(
        types(run.entries()),
        [
            "message.input",
            "function.call",
            "function.result",
            "message.output"
        ]
    );
    let call = run.entries()[1].as_function_call().unwrap().clone();
    let args: serde_json::Value = call.parse_arguments().unwrap();
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        seen[0].0,
        args["city"].as_str().unwrap(),
        "the handler got the typed args"
    );
    assert_eq!(
        seen[0].1.as_deref(),
        Some(call.tool_call_id.as_str()),
        "and the call id"
    );
    assert!(
        run.text()
            .contains(&format!("{} said sunny in {}", call.tool_call_id, seen[0].0)),
        "{}",
        run.text()
    );
    assert!(run.conversation_id().starts_with("conv_"));

    let sent = s.requests();
    assert_eq!(sent.len(), 2);
    let start = sent[0].json();
    assert_eq!(
        start["tools"][0]["function"]["name"], "get_weather",
        "definitions merged"
    );
    let append = sent[1].json();
    assert_eq!(
        sent[1].path(),
        format!("/v1/conversations/{}", run.conversation_id())
    );
    assert_eq!(append["inputs"][0]["type"], "function.result");
    assert_eq!(append["inputs"][0]["tool_call_id"], call.tool_call_id.as_str());
    assert!(append.get("tool_confirmations").is_none());
}

#[tokio::test]
async fn a_tool_needing_approval_pauses_then_runs_once_allowed() {
    let (s, c) = mock().await;
    let ran: Arc<Mutex<Vec<String>>> = Arc::default();
    let tools = refund_tools(ran.clone());
    let conversations = c.conversations();
    let pending = conversations
        .run(&request("Refund my order"), &tools)
        .await
        .unwrap()
        .needs_approval()
        .expect("paused for approval");
    assert!(ran.lock().unwrap().is_empty(), "nothing runs before approval");
    assert_eq!(s.requests().len(), 1);
    let calls = pending.calls();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].name, "refund");
    assert!(pending.executed().is_empty());
    assert!(pending.conversation_id().starts_with("conv_"));
    let id = calls[0].id.clone();

    let run = conversations
        .resume(pending, [ToolConfirmation::allow(&id)], &tools)
        .await
        .unwrap()
        .done()
        .expect("finished");
    assert_eq!(ran.lock().unwrap().len(), 1, "ran once allowed");
    assert_eq!(run.steps(), 2);
    assert!(run.text().contains("said refunded"), "{}", run.text());
    let append = s.requests()[1].json();
    assert_eq!(append["inputs"][0]["type"], "function.result");
    assert_eq!(append["inputs"][0]["tool_call_id"], id.as_str());
}

/// A call held only by `needs_confirmation` (the server waits for its result) and denied is
/// answered by a `function.result` the model reads, never by a confirmation (the mock, as
/// the real server, refuses a confirmation for a call it does not hold).
#[tokio::test]
async fn a_denied_call_never_runs_and_the_denial_is_sent() {
    let (s, c) = mock().await;
    let ran: Arc<Mutex<Vec<String>>> = Arc::default();
    let tools = refund_tools(ran.clone());
    let conversations = c.conversations();
    let pending = conversations
        .run(&request("Refund my order"), &tools)
        .await
        .unwrap()
        .needs_approval()
        .unwrap();
    let id = pending.calls()[0].id.clone();
    let outcome = pending
        .resume(&conversations, [ToolConfirmation::deny(&id)], &tools)
        .await
        .unwrap();
    let done = outcome.done().expect("the run goes on to an answer");
    assert!(ran.lock().unwrap().is_empty(), "a denied call never runs");
    let append = s.requests()[1].json();
    assert!(
        append.get("tool_confirmations").is_none(),
        "no confirmation for a call the server does not hold: {append}"
    );
    assert_eq!(
        append["inputs"],
        json!([{"type": "function.result", "tool_call_id": id, "result": DENIAL_TEXT}])
    );
    assert!(
        done.text().contains(&format!("{id} said {DENIAL_TEXT}")),
        "the model reads the denial: {}",
        done.text()
    );

    // No decision at all is a denial too.
    let pending = conversations
        .run(&request("Refund my order"), &tools)
        .await
        .unwrap()
        .needs_approval()
        .unwrap();
    let id = pending.calls()[0].id.clone();
    let outcome = pending.resume(&conversations, [], &tools).await.unwrap();
    assert!(matches!(outcome, RunOutcome::Done(_)));
    assert!(ran.lock().unwrap().is_empty());
    let append = s.requests()[3].json();
    assert_eq!(append["inputs"][0]["tool_call_id"], id.as_str());
    assert_eq!(append["inputs"][0]["result"], DENIAL_TEXT);
}

/// A connector whose configuration asks confirmation for `send_email`: the server holds the
/// call (`confirmation_status: pending`) and the run pauses; an allow is sent as a
/// confirmation only (the server runs it, nothing runs locally), and so is a deny.
#[tokio::test]
async fn a_call_the_server_holds_is_answered_by_a_confirmation_only() {
    let (s, c) = mock().await;
    let mut connector = Tool::connector("mail", None);
    if let Tool::Connector(k) = &mut connector {
        k.tool_configuration = Some(ToolConfiguration {
            requires_confirmation: Some(vec!["send_email".into()]),
            ..Default::default()
        });
    }
    let request = ConversationRequest::builder()
        .inputs("Email the report")
        .model("mistral-medium-latest")
        .tools([connector])
        .build();
    let ran: Arc<Mutex<Vec<String>>> = Arc::default();
    let tools = refund_tools(ran.clone());
    let conversations = c.conversations();

    for (allow, said) in [
        (true, "send_email ran."),
        (false, "send_email was not run: the user denied it."),
    ] {
        let before = s.requests().len();
        let pending = conversations
            .run(&request, &tools)
            .await
            .unwrap()
            .needs_approval()
            .expect("the server holds the call");
        let call = &pending.call_entries()[0];
        assert_eq!(call.name, "send_email");
        assert_eq!(call.confirmation_status, Some(ConfirmationStatus::Pending));
        let id = call.tool_call_id.clone();
        let decision = if allow {
            ToolConfirmation::allow(&id)
        } else {
            ToolConfirmation::deny(&id)
        };
        let run = pending
            .resume(&conversations, [decision], &tools)
            .await
            .unwrap()
            .done()
            .expect("the server answers");
        let append = s.requests()[before + 1].json();
        assert!(append.get("inputs").is_none(), "no local result: {append}");
        assert_eq!(
            append["tool_confirmations"],
            json!([{"tool_call_id": id, "confirmation": if allow { "allow" } else { "deny" }}])
        );
        assert_eq!(run.text(), said);
        let executed = types(run.entries()).contains(&"tool.execution".to_owned());
        assert_eq!(executed, allow, "the server runs an allowed call only");
    }
    assert!(ran.lock().unwrap().is_empty(), "nothing runs locally");
}

/// The mock refuses what the real server refuses: a confirmation for a call it does not hold
/// as pending, and an append that leaves a call without its result.
#[tokio::test]
async fn the_mock_refuses_a_stray_confirmation_and_unanswered_calls() {
    let (_s, c) = mock().await;
    let tools = weather_tools();
    let conversations = c.conversations();
    let first = conversations
        .start(
            &ConversationRequest::builder()
                .inputs("Weather in Oslo?")
                .model("mistral-medium-latest")
                .tools(tools.definitions().to_vec())
                .build(),
        )
        .await
        .unwrap();
    let call = first.function_calls().next().unwrap().clone();
    let id = first.conversation_id();

    let stray = ConversationAppendRequest::confirmations([ToolConfirmation::allow(&call.tool_call_id)]);
    let e = conversations.append(id, &stray).await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(400), "{e}");
    assert!(e.to_string().contains("not pending confirmation"), "{e}");

    let unanswered = ConversationAppendRequest::builder().inputs("Never mind").build();
    let e = conversations.append(id, &unanswered).await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(400), "{e}");
    assert!(e.to_string().contains(&call.tool_call_id), "{e}");

    let answered = ConversationAppendRequest::builder()
        .inputs(vec![call.result("sunny")])
        .build();
    let next = conversations.append(id, &answered).await.unwrap();
    assert!(next.text().contains("said sunny"), "{}", next.text());
}

/// With `fail_on_tool_error(true)` a failing tool stops the run: the error names the tool
/// and the call, keeps the tool's error as its source, the conversation id and every entry
/// (ending with the unanswered call); nothing is sent after it. By default the model is
/// told and the run goes on (see `a_failing_tool_is_an_error_result_item_and_the_run_goes_on`).
#[tokio::test]
async fn a_failing_tool_stops_the_run_when_the_tools_say_so() {
    let (s, c) = mock().await;
    let tools = Tools::new()
        .add::<GetWeather>("get_weather", "Weather", |_a| async move {
            Err::<String, _>("the weather service is down")
        })
        .fail_on_tool_error(true);
    for streamed in [false, true] {
        let before = s.requests().len();
        let e = if streamed {
            c.conversations()
                .run_stream(&request("Weather?"), &tools)
                .outcome()
                .await
                .unwrap_err()
        } else {
            c.conversations()
                .run(&request("Weather?"), &tools)
                .await
                .unwrap_err()
        };
        assert_eq!(e.kind(), ErrorKind::ToolFailed, "{e}");
        let entries = e.entries().unwrap();
        assert_eq!(types(entries), ["message.input", "function.call"]);
        let call = entries[1].as_function_call().unwrap();
        assert!(e.to_string().contains("`get_weather`"), "{e}");
        assert!(e.to_string().contains(&call.tool_call_id), "{e}");
        let source = std::error::Error::source(&e).map(ToString::to_string);
        assert_eq!(source.as_deref(), Some("the weather service is down"));
        assert!(e.conversation_id().is_some_and(|id| id.starts_with("conv_")));
        assert_eq!(s.requests().len(), before + 1, "nothing sent after the failure");
    }
}

/// Chat's tool loop honours the same policy: the error keeps the conversation up to the
/// assistant's calls, and the default still sends the error to the model.
#[tokio::test]
async fn chat_run_tools_stops_on_a_failing_tool_when_the_tools_say_so() {
    use mistral::chat::{ChatRequest, Message};
    let (s, c) = mock().await;
    let failing = || {
        Tools::new().add::<GetWeather>("get_weather", "Weather", |_a| async move {
            Err::<String, _>("no service")
        })
    };
    let request = ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user("Weather in Oslo?")])
        .build();
    let e = c
        .chat()
        .run_tools(&request, &failing().fail_on_tool_error(true))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ToolFailed, "{e}");
    assert!(e.to_string().contains("`get_weather`"), "{e}");
    let conversation = e.conversation().unwrap();
    assert_eq!(conversation.len(), 2, "{conversation:?}");
    assert!(matches!(conversation.last(), Some(Message::Assistant(_))));
    assert_eq!(s.requests().len(), 1);

    let run = c.chat().run_tools(&request, &failing()).await.unwrap();
    assert!(
        run.messages()
            .iter()
            .any(|m| matches!(m, Message::Tool(t) if t.content.as_ref().is_some_and(|c| c.text().contains("error: no service")))),
        "{:?}",
        run.messages()
    );
}

/// A run appends to its conversation: `store(false)` is refused before anything is sent.
#[tokio::test]
async fn a_run_refuses_an_unstored_conversation() {
    let (s, c) = mock().await;
    let unstored = ConversationRequest::builder()
        .inputs("Hi")
        .model("mistral-medium-latest")
        .store(false)
        .build();
    let e = c
        .conversations()
        .run(&unstored, &weather_tools())
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidRequest, "{e}");
    assert!(e.to_string().contains("store"), "{e}");
    let append = ConversationAppendRequest::builder()
        .inputs("Hi")
        .store(false)
        .build();
    let e = c
        .conversations()
        .run_in("conv_1", &append, &weather_tools())
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidRequest, "{e}");
    assert!(s.requests().is_empty(), "nothing sent");
}

/// A turn calling a plain tool and one needing approval: the plain one runs at once, its
/// result is held and sent with the decision.
#[tokio::test]
async fn other_calls_of_the_paused_turn_run_and_their_results_go_with_the_decision() {
    let (s, c) = mock().await;
    let ran: Arc<Mutex<Vec<String>>> = Arc::default();
    let tools = refund_tools(ran.clone()).add::<GetWeather>("get_weather", "Weather", |a| async move {
        format!("sunny in {}", a.city)
    });
    s.push(Reply::json(
        200,
        &json!({"conversation_id": "conv_x", "usage": {}, "outputs": [
            {"type": "function.call", "tool_call_id": "w1", "name": "get_weather", "arguments": "{\"city\":\"Oslo\"}"},
            {"type": "function.call", "tool_call_id": "r1", "name": "refund", "arguments": "{\"order\":\"A7\"}"}
        ]}),
    ));
    s.push(Reply::json(
        200,
        &json!({"conversation_id": "conv_x", "usage": {}, "outputs": [
            {"type": "message.output", "role": "assistant", "content": "Done."}]}),
    ));
    let pending = c
        .conversations()
        .run(&request("Weather, then refund"), &tools)
        .await
        .unwrap()
        .needs_approval()
        .unwrap();
    assert_eq!(pending.calls().len(), 1);
    assert_eq!(pending.calls()[0].id, "r1");
    assert_eq!(
        pending.executed(),
        [Entry::function_result("w1", "sunny in Oslo")]
    );
    let run = pending
        .resume(&c.conversations(), [ToolConfirmation::allow("r1")], &tools)
        .await
        .unwrap()
        .done()
        .unwrap();
    assert_eq!(*ran.lock().unwrap(), ["A7"]);
    let append = s.requests()[1].json();
    assert_eq!(s.requests()[1].path(), "/v1/conversations/conv_x");
    assert_eq!(append["inputs"][0]["tool_call_id"], "w1");
    assert_eq!(append["inputs"][1]["tool_call_id"], "r1");
    assert_eq!(append["inputs"][1]["result"], "refunded A7");
    assert_eq!(run.text(), "Done.");
    assert_eq!(
        types(run.entries()),
        [
            "message.input",
            "function.call",
            "function.call",
            "function.result",
            "function.result",
            "message.output"
        ]
    );
}

#[tokio::test]
async fn the_step_limit_keeps_the_conversation_id_and_entries() {
    let (_s, c) = mock().await;
    let tools = Tools::new()
        .add::<GetWeather>("get_weather", "Weather", |a| async move {
            format!("sunny in {}", a.city)
        })
        .max_steps(1);
    let e = c
        .conversations()
        .run(&request("Weather?"), &tools)
        .await
        .unwrap_err();
    assert!(e.is_tool_step_limit(), "{e}");
    assert!(e.conversation_id().unwrap().starts_with("conv_"));
    let entries = e.entries().unwrap();
    assert_eq!(
        types(entries),
        ["message.input", "function.call", "function.result"]
    );
}

#[tokio::test]
async fn an_api_error_mid_loop_keeps_them_and_run_in_goes_on() {
    let (s, c) = mock().await;
    let server = s.clone();
    let tools = Tools::new().add::<GetWeather>("get_weather", "Weather", move |a| {
        // The append that carries this result fails.
        server.push(Reply::error(500, "boom"));
        async move { format!("sunny in {}", a.city) }
    });
    let conversations = c.conversations().max_retries(0);
    let e = conversations.run(&request("Weather?"), &tools).await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(500), "{e}");
    assert_eq!(e.attempts(), 1);
    let id = e.conversation_id().unwrap().to_owned();
    assert!(id.starts_with("conv_"));
    let entries = e.entries().unwrap().to_vec();
    assert_eq!(
        types(&entries),
        ["message.input", "function.call", "function.result"]
    );

    // The unsent results are the last entries: send them to go on.
    let unsent: Vec<Entry> = entries
        .into_iter()
        .filter(|e| e.type_name() == Some("function.result"))
        .collect();
    let next = ConversationAppendRequest::builder().inputs(unsent).build();
    let run = conversations
        .run_in(&id, &next, &tools)
        .await
        .unwrap()
        .done()
        .unwrap();
    assert!(run.text().contains("said sunny in"), "{}", run.text());
    assert_eq!(run.conversation_id(), id);
}

#[tokio::test]
async fn client_handoffs_come_back_to_the_caller_and_server_handoffs_flow() {
    let (s, c) = mock().await;
    let handoff = json!({"conversation_id": "conv_h", "usage": {}, "outputs": [
        {"type": "agent.handoff", "previous_agent_id": "ag_1", "previous_agent_name": "triage",
         "next_agent_id": "ag_2", "next_agent_name": "billing"}]});
    s.push(Reply::json(200, &handoff));
    let req = ConversationRequest::builder()
        .inputs("I need a refund")
        .agent_id("ag_1")
        .handoff_execution(HandoffExecution::Client)
        .build();
    match c.conversations().run(&req, &Tools::new()).await.unwrap() {
        RunOutcome::Handoff { handoff, run } => {
            assert_eq!(handoff.next_agent_id, "ag_2");
            assert_eq!(run.conversation_id(), "conv_h");
        }
        other => panic!("expected a handoff, got {other:?}"),
    }

    let mut flowing = handoff;
    flowing["outputs"]
        .as_array_mut()
        .unwrap()
        .push(json!({"type": "message.output", "role": "assistant", "content": "Billing here."}));
    s.push(Reply::json(200, &flowing));
    let req = ConversationRequest::builder()
        .inputs("I need a refund")
        .agent_id("ag_1")
        .build();
    let run = c
        .conversations()
        .run(&req, &Tools::new())
        .await
        .unwrap()
        .done()
        .unwrap();
    assert_eq!(run.text(), "Billing here.");
}

// ---------------------------------------------------------------------------------------------
// The streaming loop: the same loop, each model call streamed, with the tools' progress.

use mistral::conversations::RunEvent;

/// A compact trace of a streamed run: `step N`, each event's name, `started NAME`,
/// `result NAME=OUTPUT`, `finished`.
fn trace(items: &[RunEvent]) -> Vec<String> {
    items
        .iter()
        .map(|i| match i {
            RunEvent::Step { step, .. } => format!("step {step}"),
            RunEvent::Event(e) => e.name().to_owned(),
            RunEvent::ToolStarted { name, .. } => format!("started {name}"),
            RunEvent::ToolResult { name, result, .. } => format!("result {name}={result:?}"),
            RunEvent::Finished(_) => "finished".to_owned(),
            other => format!("{other:?}"),
        })
        .collect()
}

/// Reads a run stream to its end: its items, and the error that ended it if one did.
async fn read_all(
    mut stream: mistral::conversations::RunStream<'_>,
) -> (Vec<RunEvent>, Option<mistral::Error>) {
    let mut items = Vec::new();
    while let Some(item) = stream.next().await {
        match item {
            Ok(i) => items.push(i),
            Err(e) => {
                assert!(stream.next().await.is_none(), "the stream ends after its error");
                return (items, Some(e));
            }
        }
    }
    (items, None)
}

fn weather_tools() -> Tools {
    Tools::new().add::<GetWeather>("get_weather", "Current weather", |a| async move {
        format!("sunny in {}", a.city)
    })
}

#[tokio::test]
async fn the_streaming_loop_yields_both_steps_events_and_the_tool_result_in_order() {
    let (s, c) = mock().await;
    let tools = weather_tools();
    let conversations = c.conversations();
    let (items, error) = read_all(conversations.run_stream(&request("Weather in Paris?"), &tools)).await;
    assert!(error.is_none(), "{error:?}");
    let t = trace(&items);
    // The first step calls the tool, the second quotes its result word by word.
    assert_eq!(
        t[..5],
        [
            "step 1",
            "conversation.response.started",
            "function.call.delta",
            "conversation.response.done",
            "started get_weather",
        ],
        "{t:?}"
    );
    let RunEvent::ToolResult { call_id, result, .. } = &items[5] else {
        panic!("a tool result after its start: {t:?}")
    };
    let (call_id, result) = (call_id.clone(), result.clone());
    assert_eq!(t[6..8], ["step 2", "conversation.response.started"], "{t:?}");
    assert!(
        t[8..t.len() - 2].iter().all(|n| n == "message.output.delta"),
        "{t:?}"
    );
    assert_eq!(t[t.len() - 2..], ["conversation.response.done", "finished"]);

    // The deltas spell the final answer, the same as the non-streaming run's.
    let streamed: String = items.iter().filter_map(|i| i.text()).collect();
    let Some(RunEvent::Finished(RunOutcome::Done(done))) = items.into_iter().last() else {
        panic!("a final answer")
    };
    assert_eq!(done.text(), streamed);
    assert_eq!(done.steps(), 2);
    let call = done.entries()[1].as_function_call().unwrap();
    assert_eq!(call.tool_call_id, call_id);
    let args: serde_json::Value = call.parse_arguments().unwrap();
    assert_eq!(result, Ok(format!("sunny in {}", args["city"].as_str().unwrap())));
    assert!(
        done.text().contains(&format!("{call_id} said sunny in")),
        "{}",
        done.text()
    );
    assert_eq!(
        types(done.entries()),
        [
            "message.input",
            "function.call",
            "function.result",
            "message.output"
        ]
    );
    let run = conversations
        .run(&request("Weather in Paris?"), &tools)
        .await
        .unwrap()
        .done()
        .unwrap();
    let other_call = run.entries()[1].as_function_call().unwrap().tool_call_id.clone();
    assert_eq!(
        run.text().replace(&other_call, &call_id),
        done.text(),
        "the same answer as `run` (but for the call id)"
    );
    // Every model call of the stream was a streamed one.
    let sent = s.requests();
    assert_eq!(sent[0].json()["stream"], true);
    assert_eq!(sent[1].json()["stream"], true);
    assert_eq!(sent[2].json()["stream"], false);
}

#[tokio::test]
async fn the_streaming_loop_pauses_for_approval_and_resumes_as_a_stream() {
    let (s, c) = mock().await;
    let ran: Arc<Mutex<Vec<String>>> = Arc::default();
    let tools = refund_tools(ran.clone());
    let conversations = c.conversations();
    let (items, error) = read_all(conversations.run_stream(&request("Refund my order"), &tools)).await;
    assert!(error.is_none(), "{error:?}");
    assert!(
        !trace(&items).iter().any(|n| n.starts_with("started")),
        "nothing runs before approval: {:?}",
        trace(&items)
    );
    let Some(RunEvent::Finished(RunOutcome::NeedsApproval(pending))) = items.into_iter().last() else {
        panic!("paused for approval")
    };
    assert!(ran.lock().unwrap().is_empty());
    let id = pending.calls()[0].id.clone();
    let (items, error) =
        read_all(conversations.resume_stream(pending, [ToolConfirmation::allow(&id)], &tools)).await;
    assert!(error.is_none(), "{error:?}");
    let t = trace(&items);
    assert_eq!(t[0], "started refund", "{t:?}");
    assert!(t[1].starts_with("result refund=Ok(\"refunded "), "{t:?}");
    assert_eq!(t[2], "step 2", "the steps count across the pause");
    assert_eq!(ran.lock().unwrap().len(), 1);
    let done = items
        .into_iter()
        .last()
        .and_then(RunEvent::finished)
        .and_then(RunOutcome::done)
        .unwrap();
    assert!(done.text().contains("said refunded"), "{}", done.text());
    assert_eq!(s.requests()[1].json()["inputs"][0]["tool_call_id"], id.as_str());

    // A denial through the stream: nothing runs, the denial text is the call's result.
    let pending = conversations
        .run_stream(&request("Refund my order"), &tools)
        .outcome()
        .await
        .unwrap()
        .needs_approval()
        .unwrap();
    let id = pending.calls()[0].id.clone();
    let outcome = pending
        .resume_stream(&conversations, [ToolConfirmation::deny(&id)], &tools)
        .outcome()
        .await
        .unwrap();
    assert!(matches!(outcome, RunOutcome::Done(_)), "{outcome:?}");
    assert_eq!(ran.lock().unwrap().len(), 1, "a denied call never runs");
    let append = s.requests()[3].json();
    assert_eq!(append["inputs"][0]["result"], DENIAL_TEXT);
    assert!(append.get("tool_confirmations").is_none(), "{append}");
}

#[tokio::test]
async fn a_failing_tool_is_an_error_result_item_and_the_run_goes_on() {
    let (_s, c) = mock().await;
    let tools = Tools::new().add::<GetWeather>("get_weather", "Weather", |_a| async move {
        Err::<String, _>("the weather service is down")
    });
    let (items, error) = read_all(c.conversations().run_stream(&request("Weather?"), &tools)).await;
    assert!(error.is_none(), "{error:?}");
    let result = items
        .iter()
        .find_map(|i| match i {
            RunEvent::ToolResult { result, .. } => Some(result.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(result, Err("the weather service is down".to_owned()));
    let done = items
        .into_iter()
        .last()
        .and_then(RunEvent::finished)
        .and_then(RunOutcome::done)
        .unwrap();
    assert!(
        done.text().contains("said error: the weather service is down"),
        "{}",
        done.text()
    );
}

#[tokio::test]
async fn an_error_mid_stream_keeps_the_conversation_id_and_entries() {
    let (s, c) = mock().await;
    let server = s.clone();
    let tools = Tools::new().add::<GetWeather>("get_weather", "Weather", move |a| {
        // The append that carries this result answers with an error event mid-stream.
        server.push(Reply::sse_frames([
            "event: conversation.response.started\ndata: {\"type\":\"conversation.response.started\",\"conversation_id\":\"conv_other\"}\n\n",
            "event: message.output.delta\ndata: {\"type\":\"message.output.delta\",\"output_index\":0,\"content\":\"It is \"}\n\n",
            "event: conversation.response.error\ndata: {\"type\":\"conversation.response.error\",\"message\":\"model overloaded\",\"code\":3000}\n\n",
        ]));
        async move { format!("sunny in {}", a.city) }
    });
    let conversations = c.conversations().max_retries(0);
    let (items, error) = read_all(conversations.run_stream(&request("Weather?"), &tools)).await;
    let e = error.expect("the error event is the stream's last item");
    assert!(e.to_string().contains("model overloaded"), "{e}");
    let t = trace(&items);
    assert_eq!(
        t[t.len() - 2..],
        ["conversation.response.started", "message.output.delta"],
        "{t:?}"
    );
    assert!(!t.contains(&"finished".to_owned()));
    assert_eq!(
        types(e.entries().unwrap()),
        ["message.input", "function.call", "function.result"]
    );
    assert_eq!(
        e.conversation_id(),
        Some("conv_other"),
        "the id the failing stream named"
    );

    // A start cut after its first event: the id it named is kept.
    s.push(
        Reply::sse_frames([
            "event: conversation.response.started\ndata: {\"type\":\"conversation.response.started\",\"conversation_id\":\"conv_cut\"}\n\n",
            "event: message.output.delta\ndata: {\"type\":\"message.output.delta\",\"output_index\":0,\"content\":\"It\"}\n\n",
        ]),
    );
    let e = conversations
        .run_stream(&request("Weather?"), &tools)
        .outcome()
        .await
        .unwrap_err();
    assert!(e.is_truncated(), "{e:?}");
    assert_eq!(e.conversation_id(), Some("conv_cut"));
    assert_eq!(types(e.entries().unwrap()), ["message.input"]);
}

#[tokio::test]
async fn the_streaming_loop_keeps_the_step_limit() {
    let (_s, c) = mock().await;
    let tools = weather_tools().max_steps(1);
    let (items, error) = read_all(c.conversations().run_stream(&request("Weather?"), &tools)).await;
    let e = error.unwrap();
    assert!(e.is_tool_step_limit(), "{e}");
    assert!(e.conversation_id().unwrap().starts_with("conv_"));
    let t = trace(&items);
    assert_eq!(t.iter().filter(|n| n.starts_with("step")).count(), 1, "{t:?}");
    assert!(t.iter().any(|n| n.starts_with("result get_weather")));
}

/// An SSE frame of a named conversation event.
fn frame(data: serde_json::Value) -> String {
    format!("event: {}\ndata: {data}\n\n", data["type"].as_str().unwrap())
}

#[tokio::test]
async fn concurrent_tools_report_their_results_as_each_ends() {
    let (s, c) = mock().await;
    let call = |i: u32, id: &str, city: &str| {
        frame(
            json!({"type": "function.call.delta", "output_index": i, "id": format!("e{i}"),
            "name": "get_weather", "tool_call_id": id, "arguments": json!({"city": city}).to_string()}),
        )
    };
    s.push(Reply::sse_frames([
        frame(json!({"type": "conversation.response.started", "conversation_id": "conv_two"})),
        call(0, "slow", "Oslo"),
        call(1, "fast", "Rome"),
        frame(json!({"type": "conversation.response.done", "usage": {}})),
    ]));
    s.push(Reply::sse_frames([
        frame(json!({"type": "conversation.response.started", "conversation_id": "conv_two"})),
        frame(json!({"type": "message.output.delta", "output_index": 0, "content": "Both done."})),
        frame(json!({"type": "conversation.response.done", "usage": {}})),
    ]));
    let tools = Tools::new().add::<GetWeather>("get_weather", "Weather", |a| async move {
        if a.city == "Oslo" {
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        format!("sunny in {}", a.city)
    });
    let (items, error) = read_all(c.conversations().run_stream(&request("Two cities"), &tools)).await;
    assert!(error.is_none(), "{error:?}");
    let progress: Vec<String> = items
        .iter()
        .filter_map(|i| match i {
            RunEvent::ToolStarted { call_id, .. } => Some(format!("started {call_id}")),
            RunEvent::ToolResult { call_id, .. } => Some(format!("result {call_id}")),
            _ => None,
        })
        .collect();
    assert_eq!(
        progress,
        ["started slow", "started fast", "result fast", "result slow"],
        "both start at once; the fast one ends first"
    );
    let done = items
        .into_iter()
        .last()
        .and_then(RunEvent::finished)
        .and_then(RunOutcome::done)
        .unwrap();
    assert_eq!(done.text(), "Both done.");
    // The results are sent in call order, whatever order they ended in.
    let append = s.requests()[1].json();
    assert_eq!(s.requests()[1].path(), "/v1/conversations/conv_two");
    assert_eq!(append["inputs"][0]["tool_call_id"], "slow");
    assert_eq!(append["inputs"][1]["tool_call_id"], "fast");
}

/// A run with an agent sends no tool definitions: the agent's own apply (the mock's agent
/// calls its first function tool).
#[tokio::test]
async fn an_agent_run_uses_the_agents_tools() {
    use mistral::agents::AgentCreationRequest;
    let (s, c) = mock().await;
    let tools = weather_tools();
    let create = AgentCreationRequest::builder()
        .model("mistral-medium-latest")
        .name("forecaster")
        .tools(tools.definitions().to_vec())
        .build();
    let agent = c.agents().create(&create).await.unwrap();
    let request = ConversationRequest::builder()
        .inputs("Weather in Paris?")
        .agent_id(agent.id.as_str())
        .build();
    let done = c
        .conversations()
        .run_stream(&request, &tools)
        .outcome()
        .await
        .unwrap()
        .done()
        .unwrap();
    assert_eq!(
        types(done.entries()),
        [
            "message.input",
            "function.call",
            "function.result",
            "message.output"
        ]
    );
    let start = s.requests()[1].json();
    assert_eq!(start["agent_id"], agent.id.as_str());
    assert!(start.get("tools").is_none(), "{start}");
}
