//! The conversation run loop over HTTP against the mock server: local function tools run
//! between turns, calls that need approval pause the run (nothing runs until allowed; a
//! denial is sent as a `deny` confirmation), client handoffs come back to the caller, and
//! every error (an API error mid-loop, the step limit) keeps the conversation id and entries.

mod support;

use std::sync::{Arc, Mutex};

use mistral::chat::{ToolContext, Tools};
use mistral::conversations::{
    ConversationAppendRequest, ConversationRequest, Entry, HandoffExecution, RunOutcome, ToolConfirmation,
};
use mistral::test_util::{MockServer, Reply};
use mistral::Client;
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
    assert!(matches!(outcome, RunOutcome::Done(_)), "{outcome:?}");
    assert!(ran.lock().unwrap().is_empty(), "a denied call never runs");
    let append = s.requests()[1].json();
    assert_eq!(
        append["tool_confirmations"],
        json!([{"tool_call_id": id, "confirmation": "deny"}])
    );
    assert!(
        append.get("inputs").is_none(),
        "no result for a denied call: {append}"
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
    assert_eq!(append["tool_confirmations"][0]["tool_call_id"], id.as_str());
    assert_eq!(append["tool_confirmations"][0]["confirmation"], "deny");
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
