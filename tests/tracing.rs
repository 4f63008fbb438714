//! Tracing: one span per call after the OpenTelemetry GenAI conventions, read with a capturing
//! subscriber; response fields recorded on success, on stream end and on error; retries as
//! events inside the span; one debug event per successful call; contents only when asked.

mod support;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use mistral::test_util::MockServer;
use mistral::{ChatRequest, Client, EmbeddingRequest, Message};
use support::*;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

/// A captured event: its message, its fields, and the index of its span.
type Event = (String, HashMap<String, String>, Option<usize>);

#[derive(Clone, Default)]
struct Captured {
    spans: Arc<Mutex<Vec<HashMap<String, String>>>>,
    /// (message, fields, index of the enclosing span)
    events: Arc<Mutex<Vec<Event>>>,
}

struct Fields<'a>(&'a mut HashMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(
            field.name().to_owned(),
            format!("{value:?}").trim_matches('"').to_owned(),
        );
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

struct Index(usize);

impl<S: tracing::Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Captured {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut f = HashMap::new();
        attrs.record(&mut Fields(&mut f));
        // The parent's index, under a key no span field has.
        let parent = ctx
            .span(id)
            .and_then(|s| s.parent())
            .and_then(|p| p.extensions().get::<Index>().map(|i| i.0));
        if let Some(p) = parent {
            f.insert("<parent>".into(), p.to_string());
        }
        let mut spans = self.spans.lock().unwrap();
        spans.push(f);
        ctx.span(id)
            .unwrap()
            .extensions_mut()
            .insert(Index(spans.len() - 1));
    }
    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let span = ctx.span(id).unwrap();
        let ext = span.extensions();
        let i = ext.get::<Index>().unwrap().0;
        values.record(&mut Fields(&mut self.spans.lock().unwrap()[i]));
    }
    fn on_event(&self, event: &tracing::Event<'_>, ctx: Context<'_, S>) {
        let mut f = HashMap::new();
        event.record(&mut Fields(&mut f));
        let span = ctx
            .event_span(event)
            .and_then(|s| s.extensions().get::<Index>().map(|i| i.0));
        let msg = f.remove("message").unwrap_or_default();
        self.events.lock().unwrap().push((msg, f, span));
    }
}

fn capture() -> (Captured, tracing::subscriber::DefaultGuard) {
    let c = Captured::default();
    let subscriber = tracing_subscriber::registry().with(c.clone());
    let guard = tracing::subscriber::set_default(subscriber);
    (c, guard)
}

fn client(s: &MockServer) -> Client {
    fast_client(&s.url(), |b| b)
}

fn chat_request() -> ChatRequest {
    ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user("secret prompt text")])
        .temperature(0.3)
        .top_p(0.9)
        .max_tokens(64)
        .build()
}

#[tokio::test(flavor = "current_thread")]
async fn a_completion_span_has_the_gen_ai_attributes() {
    let s = MockServer::start().await.unwrap();
    let (cap, _g) = capture();
    client(&s).chat().complete(&chat_request()).await.unwrap();
    let spans = cap.spans.lock().unwrap().clone();
    assert_eq!(spans.len(), 1);
    let f = &spans[0];
    let port = s.addr().port().to_string();
    for (k, v) in [
        ("otel.name", "chat mistral-small-latest"),
        ("gen_ai.operation.name", "chat"),
        ("gen_ai.provider.name", "mistral_ai"),
        ("gen_ai.request.model", "mistral-small-latest"),
        ("gen_ai.request.temperature", "0.3"),
        ("gen_ai.request.top_p", "0.9"),
        ("gen_ai.request.max_tokens", "64"),
        ("gen_ai.response.id", "cmpl-mock-0001"),
        ("gen_ai.response.model", "mistral-small-latest"),
        ("gen_ai.response.finish_reasons", "[\"stop\"]"),
        ("gen_ai.usage.input_tokens", "3"),
        ("gen_ai.usage.output_tokens", "4"),
        ("server.address", "127.0.0.1"),
        ("server.port", port.as_str()),
        ("http.response.status_code", "200"),
    ] {
        assert_eq!(f.get(k).map(String::as_str), Some(v), "{k}: {f:?}");
    }
    assert!(!f.contains_key("error.type"));
    // Contents are not recorded by default, and one debug event reports the success.
    let events = cap.events.lock().unwrap().clone();
    assert!(events
        .iter()
        .all(|(m, f, _)| !m.contains("secret prompt") && !f.values().any(|v| v.contains("secret prompt"))));
    let ok: Vec<_> = events
        .iter()
        .filter(|(m, _, _)| m == "mistral call succeeded")
        .collect();
    assert_eq!(ok.len(), 1);
    let fields = &ok[0].1;
    assert_eq!(fields.get("status").map(String::as_str), Some("200"));
    assert_eq!(fields.get("attempts").map(String::as_str), Some("1"));
    assert!(fields.contains_key("latency_ms"));
    assert_eq!(ok[0].2, Some(0), "inside the call's span");
}

#[tokio::test(flavor = "current_thread")]
async fn a_stream_span_records_at_the_end_with_the_time_to_first_chunk() {
    let s = MockServer::start().await.unwrap();
    let (cap, _g) = capture();
    let c = client(&s);
    let mut stream = c.chat().stream(&chat_request()).await.unwrap();
    assert!(
        !cap.spans.lock().unwrap()[0].contains_key("gen_ai.response.id"),
        "not before the end"
    );
    while let Some(chunk) = stream.next().await {
        chunk.unwrap();
    }
    let f = cap.spans.lock().unwrap()[0].clone();
    assert_eq!(
        f.get("gen_ai.response.id").map(String::as_str),
        Some("cmpl-mock-0001")
    );
    assert_eq!(
        f.get("gen_ai.response.finish_reasons").map(String::as_str),
        Some("[\"stop\"]")
    );
    assert_eq!(f.get("gen_ai.usage.output_tokens").map(String::as_str), Some("4"));
    let ttfc: f64 = f["gen_ai.response.time_to_first_chunk"].parse().unwrap();
    assert!((0.0..5.0).contains(&ttfc));
}

#[tokio::test(flavor = "current_thread")]
async fn retries_are_events_in_the_span_and_errors_set_error_type() {
    let s = MockServer::start().await.unwrap();
    s.push(error(503, "server_error", "busy"));
    s.push(error(429, "rate_limit_error", "slow").header("retry-after", "100"));
    let (cap, _g) = capture();
    let e = client(&s).chat().complete(&chat_request()).await.unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 429);
    let f = cap.spans.lock().unwrap()[0].clone();
    assert_eq!(f.get("error.type").map(String::as_str), Some("429"));
    let events = cap.events.lock().unwrap().clone();
    let retries: Vec<_> = events.iter().filter(|(m, _, _)| m == "retrying").collect();
    assert_eq!(retries.len(), 1);
    assert_eq!(retries[0].2, Some(0));
    // A failure without a status: the error's kind.
    let (cap, _g) = capture();
    let dead = fast_client("http://127.0.0.1:9", |b| b.max_retries(0));
    let _ = dead.chat().complete(&chat_request()).await.unwrap_err();
    assert_eq!(
        cap.spans.lock().unwrap()[0].get("error.type").map(String::as_str),
        Some("Connect")
    );
}

#[tokio::test(flavor = "current_thread")]
async fn other_endpoints_get_their_operation_names() {
    let s = MockServer::start().await.unwrap();
    let (cap, _g) = capture();
    let c = client(&s);
    let req = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input("x")
        .build();
    c.embeddings().create(&req).await.unwrap();
    c.models().list().await.unwrap();
    let fim = mistral::FimRequest::builder()
        .model("codestral-latest")
        .prompt("p")
        .build();
    c.fim().complete(&fim).await.unwrap();
    let agents = mistral::AgentsRequest::builder()
        .agent_id("ag_1")
        .messages([Message::user("x")])
        .build();
    c.agents().complete(&agents).await.unwrap();
    let spans = cap.spans.lock().unwrap().clone();
    let names: Vec<&str> = spans.iter().map(|f| f["otel.name"].as_str()).collect();
    assert_eq!(
        names,
        [
            "embeddings mistral-embed",
            "list_models",
            "text_completion codestral-latest",
            "invoke_agent ag_1"
        ]
    );
    assert_eq!(
        spans[0].get("gen_ai.usage.input_tokens").map(String::as_str),
        Some("1")
    );
    assert_eq!(spans[3].get("gen_ai.agent.id").map(String::as_str), Some("ag_1"));
}

#[tokio::test(flavor = "current_thread")]
async fn contents_are_recorded_only_when_asked_and_the_key_never() {
    let s = MockServer::start().await.unwrap();
    let (cap, _g) = capture();
    let c = fast_client(&s.url(), |b| b.trace_content(true));
    c.chat().complete(&chat_request()).await.unwrap();
    let events = cap.events.lock().unwrap().clone();
    let all: String = events.iter().map(|(m, f, _)| format!("{m} {f:?}")).collect();
    assert!(all.contains("secret prompt text"), "{all}");
    assert!(all.contains("Echo: secret prompt text"));
    assert!(!all.contains(KEY));
}

/// Conversation turns are traced as `invoke_agent` (with an agent) or `chat` (with a model),
/// with `gen_ai.conversation.id`: recorded from the response on start, known on append.
#[tokio::test(flavor = "current_thread")]
async fn conversation_turns_have_their_operation_and_conversation_id() {
    use mistral::conversations::{ConversationAppendRequest, ConversationRequest};
    let s = MockServer::start().await.unwrap();
    let (cap, _g) = capture();
    let c = client(&s);
    let with_agent = ConversationRequest::builder()
        .inputs("Hello")
        .agent_id("ag_0123")
        .build();
    let first = c.conversations().start(&with_agent).await.unwrap();
    let with_model = ConversationRequest::builder()
        .inputs("Hello")
        .model("mistral-small-latest")
        .build();
    c.conversations().start(&with_model).await.unwrap();
    let next = ConversationAppendRequest::builder().inputs("Again").build();
    c.conversations()
        .append(first.conversation_id(), &next)
        .await
        .unwrap();
    let spans = cap.spans.lock().unwrap().clone();
    assert_eq!(spans.len(), 3, "{spans:?}");
    let get = |i: usize, k: &str| spans[i].get(k).cloned();
    assert_eq!(get(0, "gen_ai.operation.name").as_deref(), Some("invoke_agent"));
    assert_eq!(get(0, "otel.name").as_deref(), Some("invoke_agent ag_0123"));
    assert_eq!(
        get(0, "gen_ai.conversation.id").as_deref(),
        Some(first.conversation_id())
    );
    assert_eq!(get(1, "gen_ai.operation.name").as_deref(), Some("chat"));
    assert_eq!(get(2, "gen_ai.operation.name").as_deref(), Some("chat"));
    assert_eq!(
        get(2, "gen_ai.conversation.id").as_deref(),
        Some(first.conversation_id())
    );
}

/// Every executed local tool has a child span `execute_tool {name}` with the tool's name and
/// the call's id (its arguments and result are never recorded).
#[tokio::test(flavor = "current_thread")]
async fn executed_tools_have_execute_tool_spans() {
    #[derive(serde::Deserialize, schemars::JsonSchema)]
    struct Lookup {
        city: String,
    }
    let s = MockServer::start().await.unwrap();
    let (cap, _g) = capture();
    let tools = mistral::chat::Tools::new().add::<Lookup>("lookup", "Looks a city up", |a| async move {
        format!("secret result for {}", a.city)
    });
    client(&s)
        .chat()
        .run_tools(&chat_request(), &tools)
        .await
        .unwrap();
    let spans = cap.spans.lock().unwrap().clone();
    let tool: Vec<_> = spans
        .iter()
        .filter(|f| f.get("gen_ai.operation.name").map(String::as_str) == Some("execute_tool"))
        .collect();
    assert_eq!(tool.len(), 1, "{spans:?}");
    assert_eq!(
        tool[0].get("otel.name").map(String::as_str),
        Some("execute_tool lookup")
    );
    assert_eq!(
        tool[0].get("gen_ai.tool.name").map(String::as_str),
        Some("lookup")
    );
    assert!(
        tool[0]
            .get("gen_ai.tool.call.id")
            .is_some_and(|id| !id.is_empty()),
        "{tool:?}"
    );
    assert!(spans
        .iter()
        .all(|f| !f.values().any(|v| v.contains("secret result"))));
}

/// The `execute_tool` span records the call's arguments only with `trace_content(true)`, in
/// the conversation run loop (streamed or not) and in chat's tool loop alike.
#[tokio::test(flavor = "current_thread")]
async fn tool_arguments_are_recorded_only_with_trace_content() {
    use mistral::conversations::ConversationRequest;
    #[derive(serde::Deserialize, schemars::JsonSchema)]
    struct Lookup {
        city: String,
    }
    let s = MockServer::start().await.unwrap();
    let tools = mistral::chat::Tools::new().add::<Lookup>("lookup", "Looks a city up", |a| async move {
        format!("found {}", a.city)
    });
    let request = ConversationRequest::builder()
        .inputs("Where?")
        .model("mistral-small-latest")
        .build();
    let tool_spans = |cap: &Captured| -> Vec<HashMap<String, String>> {
        cap.spans
            .lock()
            .unwrap()
            .iter()
            .filter(|f| f.get("gen_ai.operation.name").map(String::as_str) == Some("execute_tool"))
            .cloned()
            .collect()
    };

    // By default: the name and the call id, no arguments.
    let (cap, _g) = capture();
    let run = client(&s)
        .conversations()
        .run(&request, &tools)
        .await
        .unwrap()
        .done()
        .unwrap();
    let spans = tool_spans(&cap);
    assert_eq!(spans.len(), 1, "{spans:?}");
    assert_eq!(
        spans[0].get("gen_ai.tool.name").map(String::as_str),
        Some("lookup")
    );
    assert!(!spans[0].contains_key("gen_ai.tool.call.arguments"), "{spans:?}");
    let call = run.entries()[1].as_function_call().unwrap().clone();
    drop(_g);

    // With trace_content: the arguments as the model sent them.
    let (cap, _g) = capture();
    let traced = fast_client(&s.url(), |b| b.trace_content(true));
    let run = traced
        .conversations()
        .run_stream(&request, &tools)
        .outcome()
        .await
        .unwrap()
        .done()
        .unwrap();
    let call_traced = run.entries()[1].as_function_call().unwrap().clone();
    let spans = tool_spans(&cap);
    assert_eq!(spans.len(), 1, "{spans:?}");
    assert_eq!(
        spans[0].get("gen_ai.tool.call.arguments").map(String::as_str),
        Some(call_traced.arguments.to_json_string().as_str())
    );
    assert!(call.arguments.to_json_string().contains("city"));
    drop(_g);

    // Chat's tool loop honours it too.
    let (cap, _g) = capture();
    traced.chat().run_tools(&chat_request(), &tools).await.unwrap();
    let spans = tool_spans(&cap);
    assert_eq!(spans.len(), 1, "{spans:?}");
    assert!(
        spans[0]
            .get("gen_ai.tool.call.arguments")
            .is_some_and(|a| a.contains("city")),
        "{spans:?}"
    );
}

/// A streamed conversation turn records, at its end, `gen_ai.conversation.id` (from
/// `conversation.response.started`) and the usage (from `conversation.response.done`), read
/// event by event or folded (`collect_response`, `text`).
#[tokio::test(flavor = "current_thread")]
async fn streamed_conversation_turns_record_the_conversation_id_and_usage() {
    use mistral::conversations::ConversationRequest;
    let s = MockServer::start().await.unwrap();
    let (cap, _g) = capture();
    let c = client(&s);
    let request = ConversationRequest::builder()
        .inputs("one two three")
        .model("mistral-small-latest")
        .build();
    let mut ids = Vec::new();
    let mut usages = Vec::new();
    // Event by event.
    let mut stream = c.conversations().start_stream(&request).await.unwrap();
    let mut acc = mistral::conversations::ConversationAccumulator::new();
    while let Some(e) = stream.next().await {
        acc.push(&e.unwrap());
    }
    let r = acc.finish();
    ids.push(r.conversation_id.clone());
    usages.push(r.usage.clone());
    // Folded on borrowed views.
    let r = c
        .conversations()
        .start_stream(&request)
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    ids.push(r.conversation_id.clone());
    usages.push(r.usage.clone());
    // Text only: the same span fields.
    let mut text = c.conversations().start_stream(&request).await.unwrap().text();
    while let Some(t) = text.next().await {
        t.unwrap();
    }
    let spans = cap.spans.lock().unwrap().clone();
    assert_eq!(spans.len(), 3, "{spans:?}");
    for (i, span) in spans.iter().enumerate() {
        let id = span.get("gen_ai.conversation.id").cloned().unwrap_or_default();
        assert!(id.starts_with("conv_"), "{span:?}");
        if let Some(expected) = ids.get(i) {
            assert_eq!(&id, expected);
        }
        let usage = &usages[i.min(1)];
        assert!(usage.prompt_tokens > 0 && usage.completion_tokens > 0);
        assert_eq!(
            span.get("gen_ai.usage.input_tokens"),
            Some(&usage.prompt_tokens.to_string()),
            "{span:?}"
        );
        assert_eq!(
            span.get("gen_ai.usage.output_tokens"),
            Some(&usage.completion_tokens.to_string()),
            "{span:?}"
        );
    }
}

/// A run of an agent's conversation: one `invoke_agent {agent}` span over the whole run,
/// with the agent's id and the conversation's; every model call (the start and the append
/// with the function results) traced as `invoke_agent` with `gen_ai.agent.id`, and the
/// `execute_tool` span, all its children.
#[tokio::test(flavor = "current_thread")]
async fn an_agent_run_is_one_invoke_agent_span_with_every_step_inside() {
    use mistral::agents::AgentCreationRequest;
    use mistral::conversations::ConversationRequest;
    #[derive(serde::Deserialize, schemars::JsonSchema)]
    struct Lookup {
        city: String,
    }
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let tools = mistral::chat::Tools::new().add::<Lookup>("lookup", "Looks a city up", |a| async move {
        format!("found {}", a.city)
    });
    let create = AgentCreationRequest::builder()
        .model("mistral-medium-latest")
        .name("finder")
        .tools(tools.definitions().to_vec())
        .build();
    let agent = c.agents().create(&create).await.unwrap();
    let request = ConversationRequest::builder()
        .inputs("Where?")
        .agent_id(agent.id.as_str())
        .build();
    for streamed in [false, true] {
        let (cap, _g) = capture();
        let conversations = c.conversations();
        let outcome = if streamed {
            conversations.run_stream(&request, &tools).outcome().await
        } else {
            conversations.run(&request, &tools).await
        };
        let run = outcome.unwrap().done().unwrap();
        assert_eq!(run.steps(), 2);
        let spans = cap.spans.lock().unwrap().clone();
        let get = |i: usize, k: &str| spans[i].get(k).cloned().unwrap_or_default();
        let roots: Vec<usize> = (0..spans.len())
            .filter(|i| !spans[*i].contains_key("<parent>"))
            .collect();
        assert_eq!(roots.len(), 1, "one span over the run: {spans:?}");
        let root = roots[0];
        assert_eq!(get(root, "otel.name"), format!("invoke_agent {}", agent.id));
        assert_eq!(get(root, "gen_ai.operation.name"), "invoke_agent");
        assert_eq!(get(root, "gen_ai.agent.id"), agent.id);
        assert_eq!(get(root, "gen_ai.conversation.id"), run.conversation_id());
        let children: Vec<usize> = (0..spans.len()).filter(|i| *i != root).collect();
        assert_eq!(children.len(), 3, "two model calls and a tool: {spans:?}");
        for i in children {
            assert_eq!(get(i, "<parent>"), root.to_string(), "{spans:?}");
            match get(i, "gen_ai.operation.name").as_str() {
                "execute_tool" => assert_eq!(get(i, "gen_ai.tool.name"), "lookup"),
                "invoke_agent" => {
                    assert_eq!(get(i, "gen_ai.agent.id"), agent.id, "{:?}", spans[i]);
                    assert_eq!(get(i, "gen_ai.conversation.id"), run.conversation_id());
                }
                other => panic!("unexpected span {other}: {spans:?}"),
            }
        }
    }
}

/// A Responses tool loop's request and tools: one call of `lookup`, then an answer.
#[cfg(feature = "responses")]
fn responses_run() -> (mistral::responses::ResponseRequest, mistral::chat::Tools) {
    #[derive(serde::Deserialize, schemars::JsonSchema)]
    struct Lookup {
        city: String,
    }
    let tools = mistral::chat::Tools::new().add::<Lookup>("lookup", "Looks a city up", |a| async move {
        format!("found {}", a.city)
    });
    let request = mistral::responses::ResponseRequest::builder()
        .model("mistral-medium-latest")
        .input("Where?")
        .build();
    (request, tools)
}

/// The spans of a Responses run: one `chat` span with the last response's id, both model
/// calls and the `execute_tool` span its children.
#[cfg(feature = "responses")]
fn assert_one_chat_span_over_the_run(cap: &Captured, response_id: &str) {
    let spans = cap.spans.lock().unwrap().clone();
    let get = |i: usize, k: &str| spans[i].get(k).cloned().unwrap_or_default();
    let roots: Vec<usize> = (0..spans.len())
        .filter(|i| !spans[*i].contains_key("<parent>"))
        .collect();
    assert_eq!(roots.len(), 1, "one span over the run: {spans:?}");
    let root = roots[0];
    assert_eq!(get(root, "otel.name"), "chat");
    assert_eq!(get(root, "gen_ai.response.id"), response_id);
    let children: Vec<usize> = (0..spans.len()).filter(|i| *i != root).collect();
    assert_eq!(children.len(), 3, "two model calls and a tool: {spans:?}");
    for i in children {
        assert_eq!(get(i, "<parent>"), root.to_string(), "{spans:?}");
    }
}

/// A Responses tool loop: one `chat` span over the run, with the last response's id; both
/// model calls and the `execute_tool` span its children.
#[cfg(feature = "responses")]
#[tokio::test(flavor = "current_thread")]
async fn a_responses_run_is_one_chat_span_with_every_step_inside() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let (request, tools) = responses_run();
    let (cap, _g) = capture();
    let run = c.responses().run(&request, &tools).await.unwrap().done().unwrap();
    assert_eq!(run.steps(), 2);
    assert_one_chat_span_over_the_run(&cap, &run.response().id);
}

/// A streamed Responses run is the same one span, over the whole stream (the response id
/// recorded at its end).
#[cfg(feature = "responses")]
#[tokio::test(flavor = "current_thread")]
async fn a_streamed_responses_run_is_one_chat_span_over_the_whole_stream() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let (request, tools) = responses_run();
    let (cap, _g) = capture();
    let responses = c.responses();
    let run = responses.run_stream(&request, &tools).outcome().await.unwrap();
    let run = run.done().unwrap();
    assert_eq!(run.steps(), 2);
    assert_one_chat_span_over_the_run(&cap, &run.response().id);
}
