//! The conversations handle over HTTP: against the mock server (start, append, restart,
//! history, messages, list, delete; streams of named events and their fold), and against the
//! raw-TCP hostile server (a body cut before `conversation.response.done`, a create not sent
//! again after a reset).

mod support;

use std::time::Duration;

use mistral::conversations::{
    ConversationAppendRequest, ConversationEvent, ConversationListQuery, ConversationRequest,
    ConversationResponse, ConversationRestartRequest, Entry,
};
use mistral::test_util::{MockServer, Reply};
use mistral::{Client, ErrorKind};
use serde_json::json;
use support::fast_client;
use support::hostile::{self, Hostile, Step};

fn start_request(text: &str) -> ConversationRequest {
    ConversationRequest::builder()
        .inputs(text)
        .model("mistral-medium-latest")
        .build()
}

fn append_request(text: &str) -> ConversationAppendRequest {
    ConversationAppendRequest::builder().inputs(text).build()
}

async fn mock() -> (MockServer, Client) {
    let s = MockServer::start().await.unwrap();
    let c = fast_client(&s.url(), |b| b);
    (s, c)
}

/// Bounds a test that talks to a hostile server: a hang is a failure, not a stuck suite.
async fn within<F: std::future::Future>(f: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(10), f)
        .await
        .expect("the call hung")
}

/// One SSE frame with an `event:` name.
fn frame(name: &str, data: serde_json::Value) -> String {
    format!("event: {name}\ndata: {data}\n\n")
}

#[tokio::test]
async fn start_append_restart_and_the_reads_agree() {
    let (s, c) = mock().await;
    let conversations = c.conversations();

    let first = conversations.start(&start_request("Hello there")).await.unwrap();
    assert_eq!(first.text(), "Echo: Hello there");
    let id = first.conversation_id().to_owned();
    assert!(id.starts_with("conv_"), "{id}");
    let sent = s.requests().pop().unwrap().json();
    assert_eq!(sent["stream"], json!(false));

    let second = conversations
        .append(&id, &append_request("And again"))
        .await
        .unwrap();
    assert_eq!(
        (second.conversation_id(), second.text().as_str()),
        (id.as_str(), "Echo: And again")
    );
    assert!(second.usage.total_tokens > 0);

    // The history is every entry in order; the messages are the same four here.
    let history = conversations.history(&id).await.unwrap();
    assert_eq!(history.conversation_id, id);
    assert_eq!(history.entries.len(), 4);
    assert_eq!(history.entries[0], {
        let Entry::MessageInput(m) = &history.entries[0] else {
            panic!("{:?}", history.entries[0])
        };
        assert_eq!(m.content.text(), "Hello there");
        history.entries[0].clone()
    });
    assert_eq!(history.entries[1], first.outputs[0]);
    assert_eq!(history.entries[3], second.outputs[0]);
    let messages = conversations.messages(&id).await.unwrap();
    assert_eq!(messages.messages, history.entries);

    let got = conversations.get(&id).await.unwrap();
    assert_eq!(
        (got.id.as_str(), got.model.as_deref(), got.is_agent()),
        (id.as_str(), Some("mistral-medium-latest"), false)
    );

    // Restart from the first answer: a new conversation with the entries up to it.
    let from = first.outputs[0].id().expect("entries have ids").to_owned();
    let restart = ConversationRestartRequest::builder()
        .from_entry_id(from)
        .inputs("Instead this")
        .build();
    let third = conversations.restart(&id, &restart).await.unwrap();
    assert_eq!(third.text(), "Echo: Instead this");
    assert_ne!(third.conversation_id(), id);
    let restarted = conversations.history(third.conversation_id()).await.unwrap();
    assert_eq!(restarted.entries.len(), 4);
    assert_eq!(restarted.entries[..2], history.entries[..2]);
    assert_eq!(
        conversations.history(&id).await.unwrap().entries.len(),
        4,
        "the original is unchanged"
    );

    // An agent conversation.
    let agent = ConversationRequest::builder()
        .inputs("Hi agent")
        .agent_id("ag_0123")
        .build();
    let with_agent = conversations.start(&agent).await.unwrap();
    assert_eq!(with_agent.text(), "Echo: Hi agent");
    assert!(conversations
        .get(with_agent.conversation_id())
        .await
        .unwrap()
        .is_agent());

    // Delete: 204, then the conversation is gone.
    let deleted = conversations.delete(&id).await.unwrap();
    assert_eq!(deleted.meta().status().as_u16(), 204);
    let e = conversations.get(&id).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound, "{e:?}");
    let e = conversations.append(&id, &append_request("x")).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound, "{e:?}");

    // Invalid requests and ids are refused before anything is sent.
    let before = s.requests().len();
    let e = conversations.get("..").await.unwrap_err();
    assert!(e.is_invalid_request(), "{e:?}");
    let e = conversations
        .start(&ConversationRequest::builder().inputs("no model").build())
        .await
        .unwrap_err();
    assert!(e.is_invalid_request(), "{e:?}");
    assert_eq!(s.requests().len(), before);
}

#[tokio::test]
async fn streams_read_named_events_and_fold_into_the_non_streaming_response() {
    let (s, c) = mock().await;
    let conversations = c.conversations();
    let whole = conversations
        .start(&start_request("Tell me more please"))
        .await
        .unwrap();
    let whole_history = conversations.history(whole.conversation_id()).await.unwrap();
    assert_eq!(whole_history.entries.last(), whole.outputs.last());

    // The events, in the real order.
    let mut stream = conversations
        .start_stream(&start_request("Tell me more please"))
        .await
        .unwrap();
    assert_eq!(s.requests().pop().unwrap().json()["stream"], json!(true));
    let mut events = Vec::new();
    while let Some(e) = stream.next().await {
        events.push(e.unwrap());
    }
    let names: Vec<&str> = events.iter().map(ConversationEvent::name).collect();
    assert_eq!(names.first(), Some(&"conversation.response.started"));
    assert_eq!(names.last(), Some(&"conversation.response.done"));
    assert!(
        names[1..names.len() - 1]
            .iter()
            .all(|n| *n == "message.output.delta"),
        "{names:?}"
    );
    assert!(names.len() > 3, "word by word: {names:?}");

    // The fold equals what the non-streaming call returns for the same turn: the entry the
    // server kept, the same text and usage.
    let folded = conversations
        .start_stream(&start_request("Tell me more please"))
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    let kept = conversations.history(folded.conversation_id()).await.unwrap();
    let expected = ConversationResponse {
        conversation_id: folded.conversation_id.clone(),
        outputs: vec![kept.entries.last().unwrap().clone()],
        ..whole.clone().into_inner()
    };
    assert_eq!(folded, expected);
    assert_eq!(folded.text(), whole.text());

    // Text only, on append and restart streams too.
    let id = whole.conversation_id();
    let mut text = conversations
        .append_stream(id, &append_request("Stream this answer"))
        .await
        .unwrap()
        .text();
    let mut joined = String::new();
    while let Some(delta) = text.next().await {
        joined.push_str(&delta.unwrap());
    }
    assert_eq!(joined, "Echo: Stream this answer");
    let restart = ConversationRestartRequest::builder()
        .from_entry_id(whole.outputs[0].id().unwrap())
        .inputs("Restarted")
        .build();
    let restarted = conversations
        .restart_stream(id, &restart)
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(restarted.text(), "Echo: Restarted");
    assert_ne!(restarted.conversation_id(), id);
}

/// The SSE `event:` name reaches the stream's decoder: a frame whose data carries no `type`
/// is still read as the event its name says (before, it was an unnamed payload: an error).
#[tokio::test]
async fn the_event_name_is_read_when_the_data_has_no_type() {
    let (s, c) = mock().await;
    s.push(Reply::sse_frames([
        frame(
            "conversation.response.started",
            json!({"conversation_id": "conv_1"}),
        ),
        frame(
            "message.output.delta",
            json!({"output_index": 0, "id": "m1", "content": "Hi"}),
        ),
        frame(
            "conversation.response.done",
            json!({"usage": {"total_tokens": 3}}),
        ),
    ]));
    let r = c
        .conversations()
        .start_stream(&start_request("x"))
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(
        (r.conversation_id(), r.text().as_str(), r.usage.total_tokens),
        ("conv_1", "Hi", 3)
    );
}

/// `GET /v1/conversations` takes `metadata` (a JSON object, percent-encoded) besides the
/// page: `list` and `list_all` send it, and the mock filters by it.
#[tokio::test]
async fn list_sends_the_metadata_filter() {
    let (s, c) = mock().await;
    let conversations = c.conversations();
    let tagged = |team: &str| {
        let mut m = serde_json::Map::new();
        m.insert("team".into(), json!(team));
        m
    };
    let mut support = Vec::new();
    for (i, team) in ["support", "sales", "support"].into_iter().enumerate() {
        let request = ConversationRequest::builder()
            .inputs(format!("n{i}"))
            .model("mistral-medium-latest")
            .metadata(tagged(team))
            .build();
        let r = conversations.start(&request).await.unwrap();
        if team == "support" {
            support.push(r.conversation_id().to_owned());
        }
    }
    support.reverse(); // newest first
    let query = ConversationListQuery::builder()
        .page_size(10)
        .metadata(tagged("support"))
        .build();
    let before = s.requests().len();
    let page = conversations.list(&query).await.unwrap();
    assert_eq!(page.iter().map(|c| c.id.clone()).collect::<Vec<_>>(), support);
    let all = conversations.list_all(&query).collect().await.unwrap();
    assert_eq!(all.into_iter().map(|c| c.id).collect::<Vec<_>>(), support);
    let queries: Vec<String> = s.requests()[before..]
        .iter()
        .map(|r| r.query().unwrap_or("").to_owned())
        .collect();
    let filter = "metadata=%7B%22team%22:%22support%22%7D";
    assert_eq!(queries[0], format!("page_size=10&{filter}"));
    assert_eq!(queries[1], format!("page=0&page_size=10&{filter}"));
    assert_eq!(queries[2], format!("page=1&page_size=10&{filter}"));
}

#[tokio::test]
async fn list_all_pages_through_every_conversation() {
    let (s, c) = mock().await;
    let conversations = c.conversations();
    let mut ids = Vec::new();
    for i in 0..5 {
        let r = conversations
            .start(&start_request(&format!("n{i}")))
            .await
            .unwrap();
        ids.push(r.conversation_id().to_owned());
    }
    ids.reverse(); // newest first
    let two = ConversationListQuery::builder().page_size(2).build();
    let page = conversations.list(&two.at_page(0)).await.unwrap();
    assert_eq!(page.iter().map(|c| c.id.clone()).collect::<Vec<_>>(), ids[..2]);

    let before = s.requests().len();
    let all = conversations.list_all(&two).collect().await.unwrap();
    assert_eq!(all.into_iter().map(|c| c.id).collect::<Vec<_>>(), ids);
    let queries: Vec<String> = s.requests()[before..]
        .iter()
        .map(|r| r.query().unwrap_or("").to_owned())
        .collect();
    assert_eq!(
        queries,
        [
            "page=0&page_size=2",
            "page=1&page_size=2",
            "page=2&page_size=2",
            "page=3&page_size=2"
        ],
        "until an empty page"
    );
}

#[tokio::test]
async fn an_error_event_mid_stream_is_a_typed_error_item_then_the_end() {
    let (s, c) = mock().await;
    let error = json!({"type": "conversation.response.error", "message": "the model failed", "code": 3000});
    let frames = || {
        [
            frame(
                "conversation.response.started",
                json!({"type": "conversation.response.started", "conversation_id": "conv_1"}),
            ),
            frame(
                "message.output.delta",
                json!({"type": "message.output.delta", "output_index": 0, "id": "m1", "content": "Hel"}),
            ),
            frame("conversation.response.error", error.clone()),
        ]
    };
    s.push(Reply::sse_frames(frames()));
    let mut stream = c.conversations().start_stream(&start_request("x")).await.unwrap();
    assert_eq!(
        stream.next().await.unwrap().unwrap().name(),
        "conversation.response.started"
    );
    assert_eq!(
        stream.next().await.unwrap().unwrap().text().as_deref(),
        Some("Hel")
    );
    let e = stream.next().await.unwrap().unwrap_err();
    assert!(e.is_status(), "{e:?}");
    assert_eq!(e.message(), Some("the model failed"));
    assert_eq!(e.code(), Some("3000"));
    assert_eq!(e.error_type(), Some("conversation.response.error"));
    assert!(stream.next().await.is_none());

    // The text and the fold stop at it too.
    s.push(Reply::sse_frames(frames()));
    let mut text = c
        .conversations()
        .start_stream(&start_request("x"))
        .await
        .unwrap()
        .text();
    assert_eq!(text.next().await.unwrap().unwrap(), "Hel");
    assert!(text.next().await.unwrap().is_err());
    s.push(Reply::sse_frames(frames()));
    let e = c
        .conversations()
        .start_stream(&start_request("x"))
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap_err();
    assert_eq!(e.message(), Some("the model failed"));
}

/// A body that ends cleanly before `conversation.response.done` is a truncated stream; one
/// that ends after it is the normal end (there is no `[DONE]`).
#[tokio::test]
async fn a_body_cut_before_done_is_a_truncated_stream() {
    let started = frame(
        "conversation.response.started",
        json!({"type": "conversation.response.started", "conversation_id": "conv_1"}),
    );
    let delta = frame(
        "message.output.delta",
        json!({"type": "message.output.delta", "output_index": 0, "id": "m1", "content": "Hel"}),
    );
    let done = frame(
        "conversation.response.done",
        json!({"type": "conversation.response.done", "usage": {"total_tokens": 2}}),
    );
    let body = |frames: &[&str]| {
        let mut raw = hostile::sse_head();
        for f in frames {
            raw.extend_from_slice(&hostile::chunk(f.as_bytes()));
        }
        raw.extend_from_slice(hostile::LAST_CHUNK);
        raw
    };

    let cut = Hostile::always(vec![Step::Write(body(&[&started, &delta])), Step::Close]).await;
    let c = fast_client(&cut.url(), |b| b);
    let e = within(async {
        let mut stream = c.conversations().start_stream(&start_request("x")).await.unwrap();
        assert!(stream.next().await.unwrap().is_ok());
        assert!(stream.next().await.unwrap().is_ok());
        let e = stream.next().await.unwrap().unwrap_err();
        assert!(stream.next().await.is_none());
        e
    })
    .await;
    assert!(e.is_truncated(), "{e:?}");
    let e = within(async {
        c.conversations()
            .start_stream(&start_request("x"))
            .await
            .unwrap()
            .collect_response()
            .await
            .unwrap_err()
    })
    .await;
    assert!(e.is_truncated(), "{e:?}");

    let whole = Hostile::always(vec![Step::Write(body(&[&started, &delta, &done])), Step::Close]).await;
    let c = fast_client(&whole.url(), |b| b);
    let r = within(async {
        c.conversations()
            .start_stream(&start_request("x"))
            .await
            .unwrap()
            .collect_response()
            .await
    })
    .await
    .unwrap();
    assert_eq!((r.text().as_str(), r.usage.total_tokens), ("Hel", 2));
}

/// A reset once the request was written: start, append and restart (which add entries) are
/// not sent again, streamed or not; reads are retried; a caller may opt in.
#[tokio::test]
async fn a_create_is_not_resent_after_a_reset() {
    let s = Hostile::always(vec![Step::Reset]).await;
    let c = fast_client(&s.url(), |b| b);
    let conversations = c.conversations();
    let restart = ConversationRestartRequest::builder()
        .from_entry_id("msg_1")
        .inputs("again")
        .build();

    let e = within(conversations.start(&start_request("x")))
        .await
        .unwrap_err();
    assert!(e.is_transport(), "{e:?}");
    assert_eq!((s.requests().len(), e.attempts()), (1, 1), "a start was re-sent");
    let e = within(conversations.append("conv_1", &append_request("x")))
        .await
        .unwrap_err();
    assert_eq!(
        (s.requests().len(), e.attempts()),
        (2, 1),
        "an append was re-sent"
    );
    within(conversations.restart("conv_1", &restart))
        .await
        .unwrap_err();
    assert_eq!(s.requests().len(), 3, "a restart was re-sent");
    within(conversations.start_stream(&start_request("x")))
        .await
        .unwrap_err();
    within(conversations.append_stream("conv_1", &append_request("x")))
        .await
        .unwrap_err();
    within(conversations.restart_stream("conv_1", &restart))
        .await
        .unwrap_err();
    assert_eq!(s.requests().len(), 6, "a streamed create was re-sent");

    // Reads are sent again.
    let e = within(conversations.history("conv_1")).await.unwrap_err();
    assert_eq!(e.attempts(), 3, "{e:?}");
    assert_eq!(s.requests().len(), 9);

    // Unless the caller says it is safe.
    let e = within(
        conversations
            .resend_after_send(true)
            .append("conv_1", &append_request("x")),
    )
    .await
    .unwrap_err();
    assert_eq!(e.attempts(), 3, "{e:?}");
    assert_eq!(s.requests().len(), 12);
}

/// `value` with every id the mock makes afresh per turn (entry, call, file and conversation
/// ids) replaced by a placeholder: two runs of the same exchange then compare equal.
fn without_ids(value: &impl serde::Serialize) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m.iter_mut() {
                    if matches!(k.as_str(), "id" | "tool_call_id" | "file_id" | "conversation_id") {
                        *v = json!("<id>");
                    } else {
                        strip(v);
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(value).unwrap();
    strip(&mut v);
    v
}

/// The event names of a stream, a run of the same name counted once.
fn name_runs(events: &[ConversationEvent]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in events {
        if out.last().map(String::as_str) != Some(e.name()) {
            out.push(e.name().to_owned());
        }
    }
    out
}

#[derive(schemars::JsonSchema, serde::Deserialize)]
#[allow(dead_code)]
struct GetWeather {
    city: String,
}

/// Every exchange the mock plays (plain, a function call, each built-in tool, a server and a
/// client handoff): the stream's events come in the real order, and its fold (borrowed, by
/// `collect_response`; owned, by pushing `next()`'s events) equals the non-streaming answer
/// to the same exchange: every output entry and the usage, connector tokens included.
#[tokio::test]
async fn every_mock_exchange_folds_into_its_json_answer() {
    use mistral::agents::AgentCreationRequest;
    use mistral::chat::Tool;
    use mistral::conversations::{ConversationAccumulator, HandoffExecution};

    let (_s, c) = mock().await;
    let conversations = c.conversations();
    let agents = c.agents();
    let specialist = agents
        .create(
            &AgentCreationRequest::builder()
                .model("mistral-medium-latest")
                .name("specialist")
                .tools([Tool::web_search()])
                .build(),
        )
        .await
        .unwrap();
    let triage = agents
        .create(
            &AgentCreationRequest::builder()
                .model("mistral-medium-latest")
                .name("triage")
                .handoffs([specialist.id.as_str()])
                .build(),
        )
        .await
        .unwrap();
    let model = |text: &str, tools: Vec<Tool>| {
        ConversationRequest::builder()
            .inputs(text)
            .model("mistral-medium-latest")
            .tools(tools)
            .build()
    };
    let handoff = |mode: HandoffExecution| {
        ConversationRequest::builder()
            .inputs("Please hand off to the specialist: who won Euro 2024?")
            .agent_id(triage.id.as_str())
            .handoff_execution(mode)
            .build()
    };
    let search_then_answer = [
        "conversation.response.started",
        "tool.execution.started",
        "tool.execution.delta",
        "tool.execution.done",
        "message.output.delta",
        "conversation.response.done",
    ];
    let cases: Vec<(&str, ConversationRequest, Vec<&str>)> = vec![
        (
            "plain",
            model("Tell me more please", vec![]),
            vec![
                "conversation.response.started",
                "message.output.delta",
                "conversation.response.done",
            ],
        ),
        (
            "function call",
            model(
                "Weather in Paris?",
                vec![
                    Tool::function::<GetWeather>("get_weather", "Current weather"),
                    Tool::web_search(),
                ],
            ),
            vec![
                "conversation.response.started",
                "function.call.delta",
                "conversation.response.done",
            ],
        ),
        (
            "web search",
            model("Who won Euro 2024?", vec![Tool::web_search()]),
            search_then_answer.to_vec(),
        ),
        (
            "premium web search",
            model("Who won Euro 2024?", vec![Tool::web_search_premium()]),
            search_then_answer.to_vec(),
        ),
        (
            "code",
            model("Count these letters", vec![Tool::code_interpreter()]),
            search_then_answer.to_vec(),
        ),
        (
            "image",
            model("A red fox", vec![Tool::image_generation()]),
            search_then_answer.to_vec(),
        ),
        (
            "library",
            model("Our refund policy", vec![Tool::document_library(["lib_1"])]),
            search_then_answer.to_vec(),
        ),
        (
            "server handoff",
            handoff(HandoffExecution::Server),
            vec![
                "conversation.response.started",
                "agent.handoff.started",
                "agent.handoff.done",
                "tool.execution.started",
                "tool.execution.delta",
                "tool.execution.done",
                "message.output.delta",
                "conversation.response.done",
            ],
        ),
        (
            "client handoff",
            handoff(HandoffExecution::Client),
            vec![
                "conversation.response.started",
                "agent.handoff.started",
                "agent.handoff.done",
                "conversation.response.done",
            ],
        ),
    ];
    for (name, request, order) in cases {
        let whole = conversations.start(&request).await.unwrap().into_inner();

        // The events, in the real order.
        let mut stream = conversations.start_stream(&request).await.unwrap();
        let mut events = Vec::new();
        while let Some(e) = stream.next().await {
            events.push(e.unwrap());
        }
        assert_eq!(name_runs(&events), order, "{name}");
        let mut owned = ConversationAccumulator::new();
        for e in &events {
            owned.push(e);
        }
        let owned = owned.finish();
        let kept = conversations.history(owned.conversation_id()).await.unwrap();
        assert_eq!(
            owned.outputs,
            kept.entries[kept.entries.len() - owned.outputs.len()..],
            "{name}: the fold is what the server kept"
        );

        // Folded borrowed: the same shape as the JSON answer, and what the server kept.
        let folded = conversations
            .start_stream(&request)
            .await
            .unwrap()
            .collect_response()
            .await
            .unwrap();
        assert_eq!(without_ids(&folded), without_ids(&whole), "{name}");
        assert_eq!(folded.usage, whole.usage, "{name}");
        assert_eq!(without_ids(&owned), without_ids(&folded), "{name}");
        let kept = conversations.history(folded.conversation_id()).await.unwrap();
        assert_eq!(
            folded.outputs,
            kept.entries[kept.entries.len() - folded.outputs.len()..],
            "{name}"
        );

        let mut text = conversations.start_stream(&request).await.unwrap().text();
        let mut joined = String::new();
        while let Some(delta) = text.next().await {
            joined.push_str(&delta.unwrap());
        }
        assert_eq!(joined, whole.text(), "{name}");
    }
}

/// What the mock's built-in tools, handoffs and history look like: entries as the real API
/// has them, the history and messages in agreement with the replies.
#[tokio::test]
async fn built_in_tools_and_handoffs_on_the_mock() {
    use mistral::agents::AgentCreationRequest;
    use mistral::chat::{ContentChunk, Tool};
    use mistral::conversations::{BuiltinConnector, HandoffExecution};

    let (_s, c) = mock().await;
    let conversations = c.conversations();
    let r = conversations
        .start(
            &ConversationRequest::builder()
                .inputs("Who won Euro 2024?")
                .model("mistral-medium-latest")
                .tools([Tool::web_search()])
                .build(),
        )
        .await
        .unwrap();
    let [Entry::ToolExecution(run), Entry::MessageOutput(answer)] = r.outputs.as_slice() else {
        panic!("{:?}", r.outputs)
    };
    assert_eq!(run.name, BuiltinConnector::WebSearch);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&run.arguments).unwrap(),
        json!({"query": "Who won Euro 2024?"})
    );
    assert!(run.meta.completed_at.is_some() && run.info.is_some());
    let mistral::chat::Content::Chunks(chunks) = &answer.content else {
        panic!("{:?}", answer.content)
    };
    assert!(
        chunks
            .iter()
            .any(|c| matches!(c, ContentChunk::ToolReference(t) if t.tool == "web_search")),
        "the answer cites the search: {chunks:?}"
    );
    assert_eq!(r.usage.connector_tokens, Some(120));
    assert_eq!(r.usage.connectors.as_ref().unwrap()["web_search"], json!(1));
    assert_eq!(
        r.usage.total_tokens,
        r.usage.prompt_tokens + r.usage.completion_tokens + 120
    );

    // Handoffs: only when asked; server runs the next agent, client stops at the handoff.
    let agents = c.agents();
    let expert = agents
        .create(
            &AgentCreationRequest::builder()
                .model("mistral-medium-latest")
                .name("expert")
                .build(),
        )
        .await
        .unwrap();
    let front = agents
        .create(
            &AgentCreationRequest::builder()
                .model("mistral-medium-latest")
                .name("front")
                .handoffs([expert.id.as_str()])
                .build(),
        )
        .await
        .unwrap();
    let start = |text: &str, mode: Option<HandoffExecution>| {
        ConversationRequest::builder()
            .inputs(text)
            .agent_id(front.id.as_str())
            .maybe_handoff_execution(mode)
            .build()
    };
    let plain = conversations.start(&start("Hello", None)).await.unwrap();
    assert_eq!(plain.handoffs().count(), 0);
    assert_eq!(plain.text(), "Echo: Hello");

    let server = conversations
        .start(&start("Please HAND OFF this", None))
        .await
        .unwrap();
    let handoff = server.handoffs().next().unwrap();
    assert_eq!(
        (
            handoff.previous_agent_id.as_str(),
            handoff.previous_agent_name.as_str(),
            handoff.next_agent_id.as_str(),
            handoff.next_agent_name.as_str()
        ),
        (front.id.as_str(), "front", expert.id.as_str(), "expert")
    );
    let Entry::MessageOutput(by_expert) = &server.outputs[1] else {
        panic!("{:?}", server.outputs)
    };
    assert_eq!(by_expert.producer.agent_id.as_deref(), Some(expert.id.as_str()));
    let history = conversations.history(server.conversation_id()).await.unwrap();
    assert_eq!(history.entries[1..], server.outputs[..]);
    let messages = conversations.messages(server.conversation_id()).await.unwrap();
    assert_eq!(
        messages.messages,
        [history.entries[0].clone(), history.entries[2].clone()]
    );

    let client = conversations
        .start(&start("handoff please", Some(HandoffExecution::Client)))
        .await
        .unwrap();
    assert!(
        matches!(client.outputs.as_slice(), [Entry::AgentHandoff(h)] if h.next_agent_id == expert.id),
        "{:?}",
        client.outputs
    );
    assert_eq!(client.text(), "");
    // The client mode holds for the conversation's later turns, unless an append says otherwise.
    let again = conversations
        .append(client.conversation_id(), &append_request("handoff again"))
        .await
        .unwrap();
    assert_eq!(again.outputs.len(), 1);
    let served = conversations
        .append(
            client.conversation_id(),
            &ConversationAppendRequest::builder()
                .inputs("handoff, and answer")
                .handoff_execution(HandoffExecution::Server)
                .build(),
        )
        .await
        .unwrap();
    assert_eq!(served.text(), "Echo: handoff, and answer");
}

/// The frames of a stream with every event type: a web search (started without arguments,
/// deltas, done without `created_at`), a function call in two pieces, a message with text and
/// a citation, a handoff, an event this version does not know, keep-alive comments, CRLF
/// line ends on some frames, and a `done` whose usage has no connector fields.
fn every_event_frames() -> Vec<String> {
    let crlf = |f: String| f.replace('\n', "\r\n");
    vec![
        ": keep-alive\n\n".to_owned(),
        frame(
            "conversation.response.started",
            json!({"type": "conversation.response.started", "created_at": "2025-11-27T15:49:30Z", "conversation_id": "conv_x"}),
        ),
        frame(
            "tool.execution.started",
            json!({"type": "tool.execution.started", "output_index": 0, "id": "tool_exec_1", "name": "web_search"}),
        ),
        crlf(frame(
            "tool.execution.delta",
            json!({"type": "tool.execution.delta", "output_index": 0, "id": "tool_exec_1", "name": "web_search", "arguments": "{\"query\": "}),
        )),
        frame(
            "tool.execution.delta",
            json!({"type": "tool.execution.delta", "output_index": 0, "id": "tool_exec_1", "name": "web_search", "arguments": "\"Euro 2024\"}"}),
        ),
        frame(
            "tool.execution.done",
            json!({"type": "tool.execution.done", "output_index": 0, "id": "tool_exec_1", "name": "web_search", "info": {"results": 3}}),
        ),
        ":\n\n".to_owned(),
        frame(
            "function.call.delta",
            json!({"type": "function.call.delta", "output_index": 1, "id": "fc_1", "name": "get_weather", "tool_call_id": "call_1", "arguments": "{\"city\":"}),
        ),
        frame(
            "function.call.delta",
            json!({"type": "function.call.delta", "output_index": 1, "id": "fc_1", "arguments": "\"Paris\"}"}),
        ),
        crlf(frame(
            "message.output.delta",
            json!({"type": "message.output.delta", "output_index": 2, "id": "msg_1", "content_index": 0, "model": "mistral-medium-2505", "role": "assistant", "content": "Spain won "}),
        )),
        frame(
            "message.output.delta",
            json!({"type": "message.output.delta", "output_index": 2, "id": "msg_1", "content_index": 1, "content": {"type": "tool_reference", "tool": "web_search", "title": "UEFA", "url": "https://uefa.invalid"}}),
        ),
        frame(
            "message.output.delta",
            json!({"type": "message.output.delta", "output_index": 2, "id": "msg_1", "content_index": 2, "content": "é \"quoted\"\n."}),
        ),
        frame(
            "reasoning.summary.delta",
            json!({"type": "reasoning.summary.delta", "output_index": 2, "text": "later"}),
        ),
        frame(
            "agent.handoff.started",
            json!({"type": "agent.handoff.started", "output_index": 3, "id": "handoff_1", "previous_agent_id": "ag_1", "previous_agent_name": "triage"}),
        ),
        frame(
            "agent.handoff.done",
            json!({"type": "agent.handoff.done", "created_at": "2025-11-27T15:49:32Z", "output_index": 3, "id": "handoff_1", "next_agent_id": "ag_2", "next_agent_name": "expert"}),
        ),
        crlf(frame(
            "conversation.response.done",
            json!({"type": "conversation.response.done", "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}),
        )),
    ]
}

/// The response the frames of [`every_event_frames`] add up to.
fn every_event_response() -> ConversationResponse {
    serde_json::from_value(json!({
        "object": "conversation.response",
        "conversation_id": "conv_x",
        "outputs": [
            {"object": "entry", "type": "tool.execution", "id": "tool_exec_1", "name": "web_search",
             "arguments": "{\"query\": \"Euro 2024\"}", "info": {"results": 3}},
            {"object": "entry", "type": "function.call", "id": "fc_1", "name": "get_weather",
             "tool_call_id": "call_1", "arguments": "{\"city\":\"Paris\"}"},
            {"object": "entry", "type": "message.output", "id": "msg_1", "model": "mistral-medium-2505",
             "role": "assistant", "content": [
                {"type": "text", "text": "Spain won "},
                {"type": "tool_reference", "tool": "web_search", "title": "UEFA", "url": "https://uefa.invalid"},
                {"type": "text", "text": "é \"quoted\"\n."}]},
            {"object": "entry", "type": "agent.handoff", "id": "handoff_1", "completed_at": "2025-11-27T15:49:32Z",
             "previous_agent_id": "ag_1", "previous_agent_name": "triage", "next_agent_id": "ag_2",
             "next_agent_name": "expert"}
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}
    }))
    .unwrap()
}

/// Every event type from fixtures, read through the client: missing fields read as empty,
/// the unknown event kept with its name and data, comments skipped, CRLF read; the fold gives
/// the response above, by `collect_response`, by `next()`, and its text by `text()`.
#[tokio::test]
async fn every_event_type_from_fixtures() {
    use mistral::conversations::{BuiltinConnector, ConversationAccumulator};

    let (s, c) = mock().await;
    s.push(Reply::sse_frames(every_event_frames()));
    let mut stream = c.conversations().start_stream(&start_request("x")).await.unwrap();
    let mut events = Vec::new();
    while let Some(e) = stream.next().await {
        events.push(e.unwrap());
    }
    let names: Vec<&str> = events.iter().map(ConversationEvent::name).collect();
    assert_eq!(
        names,
        [
            "conversation.response.started",
            "tool.execution.started",
            "tool.execution.delta",
            "tool.execution.delta",
            "tool.execution.done",
            "function.call.delta",
            "function.call.delta",
            "message.output.delta",
            "message.output.delta",
            "message.output.delta",
            "reasoning.summary.delta",
            "agent.handoff.started",
            "agent.handoff.done",
            "conversation.response.done",
        ]
    );
    let ConversationEvent::ToolExecutionStarted(started) = &events[1] else {
        panic!("{:?}", events[1])
    };
    assert_eq!(
        (&started.name, &started.arguments, &started.created_at),
        (&BuiltinConnector::WebSearch, &None, &None)
    );
    let ConversationEvent::ToolExecutionDone(done) = &events[4] else {
        panic!("{:?}", events[4])
    };
    assert!(done.created_at.is_none());
    let ConversationEvent::Unknown { name, data } = &events[10] else {
        panic!("{:?}", events[10])
    };
    assert_eq!(
        (name.as_str(), data),
        (
            "reasoning.summary.delta",
            &json!({"type": "reasoning.summary.delta", "output_index": 2, "text": "later"})
        )
    );
    let ConversationEvent::ResponseDone(end) = &events[13] else {
        panic!("{:?}", events[13])
    };
    assert_eq!((end.usage.connector_tokens, &end.usage.connectors), (None, &None));

    let mut acc = ConversationAccumulator::new();
    for e in &events {
        acc.push(e);
    }
    assert!(acc.is_done());
    assert_eq!(acc.finish(), every_event_response());

    s.push(Reply::sse_frames(every_event_frames()));
    let folded = c
        .conversations()
        .start_stream(&start_request("x"))
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(folded, every_event_response());
    s.push(Reply::sse_frames(every_event_frames()));
    let mut text = c
        .conversations()
        .start_stream(&start_request("x"))
        .await
        .unwrap()
        .text();
    let mut deltas = Vec::new();
    while let Some(d) = text.next().await {
        deltas.push(d.unwrap());
    }
    assert_eq!(deltas, ["Spain won ", "é \"quoted\"\n."]);
}

/// The stream under split frames: the body of [`every_event_frames`] delivered in two pieces
/// cut at every byte offset, and one byte at a time, gives the same events, fold and text.
#[tokio::test]
async fn the_stream_under_split_frames_at_every_byte_offset() {
    let body: Vec<u8> = every_event_frames().concat().into_bytes();
    let expected = every_event_response();
    let (c, t) = support::scripted_with(|b| b.max_retries(0));
    let collect = |frames: Vec<Vec<u8>>| {
        t.push(Reply::sse_frames(frames));
        let c = c.clone();
        async move {
            c.conversations()
                .start_stream(&start_request("x"))
                .await
                .unwrap()
                .collect_response()
                .await
        }
    };
    for at in 0..=body.len() {
        let r = collect(vec![body[..at].to_vec(), body[at..].to_vec()]).await;
        assert_eq!(r.as_ref().ok(), Some(&expected), "split at {at}: {r:?}");
    }
    let bytes: Vec<Vec<u8>> = body.iter().map(|b| vec![*b]).collect();
    assert_eq!(collect(bytes.clone()).await.unwrap(), expected, "byte by byte");

    // `next()` and `text()` byte by byte too.
    t.push(Reply::sse_frames(bytes.clone()));
    let mut stream = c.conversations().start_stream(&start_request("x")).await.unwrap();
    let mut n = 0;
    while let Some(e) = stream.next().await {
        e.unwrap();
        n += 1;
    }
    assert_eq!(n, 14);
    t.push(Reply::sse_frames(bytes));
    let mut text = c
        .conversations()
        .start_stream(&start_request("x"))
        .await
        .unwrap()
        .text();
    let mut joined = String::new();
    while let Some(d) = text.next().await {
        joined.push_str(&d.unwrap());
    }
    assert_eq!(joined, expected.text());
}
