//! The blocking client from plain threads: complete, stream as an iterator, parse, the tool
//! loop, the other endpoints, an error status, a timeout; and called from inside an async
//! runtime, a clear error at once (never a deadlock or a panic).
#![cfg(feature = "blocking")]

mod support;

use std::time::{Duration, Instant};

use mistral::blocking;
use mistral::test_util::{MockServer, Reply};
use mistral::{Client, EmbeddingRequest, ErrorKind, Tools};
use support::*;

/// The mock server on a runtime of its own (kept alive by the returned value).
fn server() -> (tokio::runtime::Runtime, MockServer) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let s = rt.block_on(MockServer::start()).unwrap();
    (rt, s)
}

fn client(s: &MockServer) -> blocking::Client {
    blocking::Client::new(fast_client(&s.url(), |b| b)).unwrap()
}

#[test]
fn complete_stream_and_collect() {
    let (_rt, s) = server();
    let c = client(&s);
    assert_eq!(c.chat().complete(&request()).unwrap().text(), "Echo: Hi");
    let text: String = c
        .chat()
        .stream(&request())
        .unwrap()
        .text()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(text, "Echo: Hi");
    let chunks: Vec<_> = c
        .chat()
        .stream(&request())
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(chunks.len() >= 3);
    assert_eq!(
        c.chat()
            .stream(&request())
            .unwrap()
            .collect_response()
            .unwrap()
            .text(),
        "Echo: Hi"
    );
    // Clones share the pool; a handle serves many calls.
    let chat = c.chat().max_retries(0);
    for _ in 0..3 {
        chat.complete(&request()).unwrap();
    }
}

#[derive(serde::Deserialize, schemars::JsonSchema)]
struct City {
    name: String,
}

#[test]
fn parse_tools_and_other_endpoints() {
    let (_rt, s) = server();
    let c = client(&s);
    assert_eq!(
        c.chat()
            .parse::<City>(&request())
            .unwrap()
            .into_value()
            .unwrap()
            .name,
        "sample name"
    );
    let tools = Tools::new().add("lookup", "Looks up", |a: City| async move {
        format!("found {}", a.name)
    });
    let run = c.chat().run_tools(&request(), &tools).unwrap();
    assert!(run.response().text().contains("found sample name"));
    let req = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input(["a", "b"])
        .build();
    assert_eq!(c.embeddings().create(&req).unwrap().data.len(), 2);
    assert!(!c.models().list().unwrap().data.is_empty());
    let fim = mistral::FimRequest::builder()
        .model("codestral-latest")
        .prompt("def f():")
        .build();
    assert!(c.fim().complete(&fim).unwrap().text().contains("def f():"));
    let m = mistral::types::ModerationRequest::builder()
        .model("mistral-moderation-latest")
        .input("attack")
        .build();
    assert!(c.moderations().moderate(&m).unwrap().flagged());
    assert_eq!(c.classifiers().classify(&m).unwrap().results.len(), 1);
}

#[test]
fn files_and_batch_jobs() {
    use mistral::types::batch::BatchInput;
    use mistral::types::files::{FileContent, FilePurpose, FileUpload};
    let (_rt, s) = server();
    let c = client(&s);
    let dir = std::env::temp_dir().join(format!("mistral-blocking-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("doc.txt");
    std::fs::write(&path, b"hello from disk").unwrap();
    let upload = FileUpload::builder()
        .file(FileContent::path(&path))
        .purpose(FilePurpose::Ocr)
        .build();
    let file = c.files().upload_with_progress(&upload, |_| {}).unwrap();
    let mut out = Vec::new();
    assert_eq!(*c.files().download(&file.id, &mut out).unwrap(), 15);
    assert_eq!(out, b"hello from disk");
    assert!(c.files().delete(&file.id).unwrap().deleted);
    std::fs::remove_dir_all(&dir).unwrap();

    let mut input = BatchInput::new();
    input.push("q", &request()).unwrap();
    let job = c.batch().submit(&input).unwrap();
    let opts = mistral::api::WaitOptions::new().poll_interval(Duration::from_millis(5));
    let mut polls = 0;
    let done = c.batch().wait(&job.id, &opts, |_| polls += 1).unwrap();
    assert!(done.is_terminal() && polls >= 2);
    let results = c
        .batch()
        .results::<mistral::types::ChatCompletionResponse>(&done)
        .unwrap();
    assert_eq!(
        results.get("q").unwrap().outcome.as_ref().unwrap().text(),
        "Echo: Hi"
    );
}

/// The blocking twins of the calls of issue #21: a tool run resumed after an API error, a
/// batch submitted with upload progress, embeddings batched with named numbers.
#[test]
fn resume_submit_with_progress_and_batching() {
    let (_rt, s) = server();
    let c = client(&s);
    let tools = Tools::new().add("lookup", "Looks up", |a: City| async move {
        format!("found {}", a.name)
    });
    s.push(Reply::tool_calls([("lookup", serde_json::json!({"name": "x"}))]));
    s.push(error(500, "server_error", "down"));
    let chat = c.chat().max_retries(0);
    let e = chat.run_tools(&request(), &tools).unwrap_err();
    let so_far = e.conversation().unwrap();
    assert_eq!(so_far.len(), 4, "system, user, the call, its result");
    s.push(ok("done"));
    let run = chat.run_tools_from(&request(), so_far, &tools).unwrap();
    assert_eq!((run.response().text().as_ref(), run.steps()), ("done", 1));

    let mut input = mistral::types::batch::BatchInput::new();
    input.push("q", &request()).unwrap();
    let sent = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let s2 = sent.clone();
    let job = c
        .batch()
        .submit_with_progress(&input, move |p| {
            s2.store(p.sent, std::sync::atomic::Ordering::SeqCst)
        })
        .unwrap();
    assert_eq!(job.total_requests, 1);
    assert_eq!(
        sent.load(std::sync::atomic::Ordering::SeqCst),
        input.as_bytes().len() as u64
    );

    let req = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input(["a", "b", "c"])
        .build();
    let batching = mistral::embeddings::Batching::new().per_request(2).concurrency(1);
    assert_eq!(
        c.embeddings().create_batched(&req, batching).unwrap().data.len(),
        3
    );
}

/// The blocking handles have the async handles' setters, and say what they are.
#[test]
fn blocking_handles_have_the_per_call_setters() {
    let (_rt, s) = server();
    let c = client(&s);
    macro_rules! every_setter {
        ($h:expr) => {
            $h.options(mistral::CallOptions::new())
                .max_retries(0)
                .retry_policy(mistral::RetryPolicy::default())
                .timeout(Some(Duration::from_secs(5)))
                .stream_idle_timeout(None)
                .total_timeout(None)
                .resend_after_send(false)
                .header("x-handle", "on")
        };
    }
    let names = [
        format!("{:?}", every_setter!(c.chat())),
        format!("{:?}", every_setter!(c.fim())),
        format!("{:?}", every_setter!(c.agents())),
        format!("{:?}", every_setter!(c.embeddings())),
        format!("{:?}", every_setter!(c.models())),
        format!("{:?}", every_setter!(c.moderations())),
        format!("{:?}", every_setter!(c.classifiers())),
        format!("{:?}", every_setter!(c.ocr())),
        format!("{:?}", every_setter!(c.files())),
        format!("{:?}", every_setter!(c.batch())),
    ];
    assert!(names[0].starts_with("blocking::Chat(Chat {"), "{}", names[0]);
    assert!(names[9].starts_with("blocking::Batch(Batch {"), "{}", names[9]);
    assert!(names.iter().all(|d| d.contains("x-handle")));
    every_setter!(c.models()).list().unwrap();
    assert_eq!(s.requests()[0].header("x-handle"), Some("on"));
}

#[test]
fn errors_and_timeouts() {
    let (_rt, s) = server();
    let c = client(&s);
    s.push(error(401, "authentication_error", "Unauthorized"));
    let e = c.chat().complete(&request()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Unauthorized);
    s.push(Reply::never());
    let started = Instant::now();
    let e = c
        .chat()
        .max_retries(0)
        .timeout(Some(Duration::from_millis(100)))
        .complete(&request())
        .unwrap_err();
    assert!(e.is_timeout(), "{e:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
    // A stream error surfaces as an item.
    s.push(ok("x").truncate_body(5));
    assert!(c.chat().complete(&request()).is_err());
}

/// Inside an async runtime every call fails at once with a message that says why.
#[tokio::test]
async fn inside_an_async_runtime_it_is_an_error_not_a_deadlock() {
    let s = MockServer::start().await.unwrap();
    let c = blocking::Client::new(Client::builder().api_key(KEY).base_url(s.url()).build().unwrap()).unwrap();
    let e = c.chat().complete(&request()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Builder);
    assert!(e.to_string().contains("inside an async runtime"), "{e}");
    assert!(c.models().list().is_err());
    assert!(s.requests().is_empty());
    // Dropping the client here must not panic either.
    drop(c);
}

/// The blocking conversations handle: start, append, history agree; list_all pages.
#[test]
fn conversations_without_async() {
    use mistral::conversations::{ConversationAppendRequest, ConversationRequest};
    let (_rt, s) = server();
    let c = client(&s);
    let conv = c.conversations().max_retries(0);
    let start = ConversationRequest::builder()
        .inputs("Hello there")
        .model("mistral-small-latest")
        .build();
    let first = conv.start(&start).unwrap();
    assert!(first.text().contains("Hello there"), "{}", first.text());
    let next = ConversationAppendRequest::builder().inputs("Again").build();
    let second = conv.append(first.conversation_id(), &next).unwrap();
    assert_eq!(second.conversation_id(), first.conversation_id());
    let history = conv.history(first.conversation_id()).unwrap();
    assert_eq!(history.entries.len(), 4, "{history:?}");
    let all: Vec<_> = conv
        .list_all(
            &mistral::conversations::ConversationListQuery::builder()
                .page_size(1)
                .build(),
        )
        .by_item()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(all.len(), 1);
}

/// The blocking conversation streams: start, append and restart as iterators of events,
/// their text, and the fold equal to the non-streaming answer's text.
#[test]
fn conversation_streams_without_async() {
    use mistral::conversations::{
        ConversationAppendRequest, ConversationEvent, ConversationRequest, ConversationRestartRequest,
    };
    let (_rt, s) = server();
    let c = client(&s);
    let conv = c.conversations();
    let start = ConversationRequest::builder()
        .inputs("Hello there")
        .model("mistral-small-latest")
        .build();
    let events: Vec<ConversationEvent> = conv
        .start_stream(&start)
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        matches!(events.first(), Some(ConversationEvent::ResponseStarted(_))),
        "{events:?}"
    );
    assert!(
        matches!(events.last(), Some(ConversationEvent::ResponseDone(_))),
        "{events:?}"
    );
    let id = match &events[0] {
        ConversationEvent::ResponseStarted(e) => e.conversation_id.clone(),
        _ => unreachable!(),
    };
    assert_eq!(s.requests()[0].json()["stream"], true);

    let next = ConversationAppendRequest::builder()
        .inputs("Again please")
        .build();
    let text: String = conv
        .append_stream(&id, &next)
        .unwrap()
        .text()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(text, "Echo: Again please");
    assert_eq!(s.requests()[1].path(), format!("/v1/conversations/{id}"));

    let history = conv.history(&id).unwrap();
    let from = history.entries[0].id().unwrap().to_owned();
    let restart = ConversationRestartRequest::builder()
        .inputs("Once more")
        .from_entry_id(from)
        .build();
    let stream = conv.restart_stream(&id, &restart).unwrap();
    assert_eq!(stream.meta().status(), 200);
    let response = stream.collect_response().unwrap();
    assert_eq!(response.text(), "Echo: Once more");
    assert_ne!(response.conversation_id(), id, "a restart is a new conversation");
}

#[derive(serde::Deserialize, schemars::JsonSchema)]
struct Refund {
    order: String,
}

/// The blocking run loop: `run` pauses for approval, `resume` finishes; the streamed run is
/// an iterator ending with the outcome; `run_in` goes on in the same conversation.
#[test]
fn the_conversation_run_loop_without_async() {
    use mistral::conversations::{
        ConversationAppendRequest, ConversationRequest, RunEvent, ToolConfirmation,
    };
    let (_rt, s) = server();
    let c = client(&s);
    let tools = Tools::new()
        .add::<Refund>("refund", "Refunds an order", |a| async move {
            format!("refunded {}", a.order)
        })
        .needs_confirmation("refund");
    let conversations = c.conversations();
    let request = ConversationRequest::builder()
        .inputs("Refund my order")
        .model("mistral-medium-latest")
        .build();
    let pending = conversations
        .run(&request, &tools)
        .unwrap()
        .needs_approval()
        .expect("paused for approval");
    let id = pending.calls()[0].id.clone();
    let done = conversations
        .resume(pending, [ToolConfirmation::allow(&id)], &tools)
        .unwrap()
        .done()
        .unwrap();
    assert!(done.text().contains("said refunded"), "{}", done.text());
    assert_eq!(done.steps(), 2);

    // The streamed form, as an iterator: the pause, then the resumption's tool progress.
    let items: Vec<RunEvent> = conversations
        .run_stream(&request, &tools)
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(matches!(items.first(), Some(RunEvent::Step { .. })), "{items:?}");
    let pending = items
        .into_iter()
        .last()
        .and_then(RunEvent::finished)
        .and_then(|o| o.needs_approval())
        .expect("paused for approval");
    let allow = pending.allow_all();
    let items: Vec<RunEvent> = conversations
        .resume_stream(pending, allow, &tools)
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        items
            .iter()
            .any(|i| matches!(i, RunEvent::ToolResult { result: Ok(r), .. } if r.starts_with("refunded "))),
        "{items:?}"
    );
    let streamed: String = items.iter().filter_map(|i| i.text()).collect();
    let done = items
        .into_iter()
        .last()
        .and_then(RunEvent::finished)
        .and_then(|o| o.done())
        .unwrap();
    assert_eq!(done.text(), streamed);

    // Going on in the conversation: the mock calls the tool again, which waits for approval.
    let next = ConversationAppendRequest::builder().inputs("Another one").build();
    let again = conversations
        .run_in(done.conversation_id(), &next, &tools)
        .unwrap()
        .needs_approval()
        .unwrap();
    assert_eq!(again.conversation_id(), done.conversation_id());
    assert_eq!(again.calls()[0].name, "refund");
    // The held call is answered (denied) before anything else is appended, as the server
    // requires.
    let deny = again.deny_all();
    let denied = conversations.resume(again, deny, &tools).unwrap();
    assert!(denied.done().is_some(), "the denial is answered");
    let outcome = conversations
        .run_stream_in(done.conversation_id(), &next, &tools)
        .outcome()
        .unwrap();
    assert_eq!(outcome.conversation_id(), done.conversation_id());
}

/// The agents' CRUD calls, blocking: create, update, versions, aliases, the listing, delete.
#[test]
fn agents_crud_without_async() {
    use mistral::agents::{
        AgentCreationRequest, AgentListQuery, AgentUpdateRequest, AgentVersionsQuery, AliasAssignment,
    };
    let (_rt, s) = server();
    let c = client(&s);
    let agents = c.agents().max_retries(0);
    let create = AgentCreationRequest::builder()
        .model("mistral-medium-latest")
        .name("librarian")
        .build();
    let agent = agents.create(&create).unwrap();
    assert!(agent.id.starts_with("ag_"), "{}", agent.id);
    let update = AgentUpdateRequest::builder().instructions("Be brief.").build();
    let v1 = agents.update(&agent.id, &update).unwrap();
    assert_eq!(v1.version, Some(1));
    assert_eq!(agents.get(&agent.id).unwrap().version, Some(1));
    assert_eq!(agents.get_version(&agent.id, 0).unwrap().version, Some(0));
    let versions = agents
        .versions(&agent.id, &AgentVersionsQuery::default())
        .unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(agents.version(&agent.id, 0).unwrap().version, Some(0));
    assert_eq!(agents.set_version(&agent.id, 0).unwrap().version, Some(0));
    let alias = agents
        .set_alias(&agent.id, &AliasAssignment::new("production", 1))
        .unwrap();
    assert_eq!(alias.alias, "production");
    assert_eq!(
        agents
            .get_version(&agent.id, "production")
            .unwrap()
            .instructions
            .as_deref(),
        Some("Be brief.")
    );
    assert_eq!(agents.aliases(&agent.id).unwrap().len(), 1);
    agents.delete_alias(&agent.id, "production").unwrap();
    assert!(agents.aliases(&agent.id).unwrap().is_empty());
    // An invalid alias is refused before sending.
    let sent = s.requests().len();
    assert!(agents.delete_alias(&agent.id, "Not Valid").is_err());
    assert_eq!(s.requests().len(), sent);

    agents.create(&create).unwrap();
    let page = agents.list(&AgentListQuery::default()).unwrap();
    assert_eq!(page.data.len(), 2);
    let all: Vec<_> = agents
        .list_all(&AgentListQuery::builder().page_size(1).build())
        .unwrap()
        .by_item()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(all.len(), 2);
    agents.delete(&agent.id).unwrap();
    let e = agents.get(&agent.id).unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404));
}
