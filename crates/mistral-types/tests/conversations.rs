//! Conversations: requests snapshotted (insta) and checked against the vendored spec's
//! schemas; validation; entries, chunks and tools read and sent back unchanged, known or not;
//! every stream event from fixtures (missing fields, unknown events); the fold equals the
//! non-streaming response of the same exchange.

use mistral_types::chat::{ContentChunk, Tool, ToolChoiceMode};
use mistral_types::conversations::*;
use mistral_types::{ApiRequest, JsonObject, ResponseFormat, StreamableRequest};

use serde_json::{json, Value};

mod common;
use common::{sorted, spec_properties, spec_validator, wire};

#[derive(schemars::JsonSchema, serde::Deserialize)]
#[allow(dead_code)]
struct GetWeather {
    city: String,
}

#[test]
fn typed_fields_match_the_spec() {
    assert_eq!(
        sorted(ConversationRequest::FIELDS),
        spec_properties("ConversationRequestBase")
    );
    assert_eq!(
        sorted(ConversationAppendRequest::FIELDS),
        spec_properties("AppendConversationRequest")
    );
    assert_eq!(
        sorted(ConversationRestartRequest::FIELDS),
        spec_properties("RestartConversationRequest")
    );
    assert_eq!(sorted(CompletionArgs::FIELDS), spec_properties("CompletionArgs"));
}

#[test]
fn start_with_a_model_minimal() {
    let req = ConversationRequest::builder()
        .inputs("Who won the 1998 World Cup?")
        .model("mistral-medium-latest")
        .build();
    insta::assert_json_snapshot!(wire(&req, "ConversationRequest"));
}

#[test]
fn start_with_a_model_every_option() {
    let mut metadata = JsonObject::new();
    metadata.insert("user".into(), json!("u_42"));
    let req = ConversationRequest::builder()
        .inputs([
            Entry::user("What is the weather in Paris?"),
            Entry::user(vec![
                ContentChunk::text("And this picture?"),
                ContentChunk::image_url("https://example.com/sky.png"),
            ]),
        ])
        .model("mistral-medium-latest")
        .instructions("Be brief.")
        .tools([
            Tool::function::<GetWeather>("get_weather", "Current weather in a city"),
            Tool::web_search(),
            Tool::web_search_premium(),
            Tool::code_interpreter(),
            Tool::image_generation(),
            Tool::document_library(["lib_1"]),
            Tool::connector("conn_1", None),
        ])
        .completion_args(
            CompletionArgs::default()
                .temperature(0.3)
                .top_p(0.9)
                .max_tokens(300)
                .stop(["\n\n"])
                .random_seed(7)
                .presence_penalty(0.1)
                .frequency_penalty(0.2)
                .prediction("Sunny")
                .response_format(ResponseFormat::text())
                .tool_choice(ToolChoiceMode::Auto)
                .reasoning_effort(mistral_types::ReasoningEffort::Low),
        )
        .guardrails(vec![mistral_types::GuardrailConfig {
            block_on_error: Some(true),
            ..Default::default()
        }])
        .handoff_execution(HandoffExecution::Server)
        .store(true)
        .name("weather")
        .metadata(metadata)
        .stream(false)
        .build();
    insta::assert_json_snapshot!(wire(&req, "ConversationRequest"));
}

#[test]
fn start_with_an_agent_streaming() {
    let mut req = ConversationRequest::builder()
        .inputs("Plan my trip.")
        .agent_id("ag_0196")
        .agent_version("production")
        .handoff_execution(HandoffExecution::Client)
        .description("Trip planning")
        .build();
    req.set_stream_flag(true);
    insta::assert_json_snapshot!(wire(&req, "ConversationStreamRequest"));
    // A numbered version is a number on the wire.
    req.agent_version = Some(AgentVersion::from(3));
    assert_eq!(wire(&req, "ConversationStreamRequest")["agent_version"], 3);
    // The stream flag set to true is not a non-streaming request.
    assert!(!spec_validator("ConversationRequest").is_valid(&serde_json::to_value(&req).unwrap()));
}

#[test]
fn append_results_and_confirmations() {
    let req = ConversationAppendRequest::builder()
        .inputs([
            Entry::function_result("call_1", r#"{"temperature": 22}"#),
            Entry::user("Thanks. And tomorrow?"),
        ])
        .store(true)
        .handoff_execution(HandoffExecution::Server)
        .completion_args(CompletionArgs::default().max_tokens(100))
        .tool_confirmations(vec![ToolConfirmation::allow("call_2")])
        .build();
    insta::assert_json_snapshot!(wire(&req, "ConversationAppendRequest"));

    let mut only = ConversationAppendRequest::confirmations([
        ToolConfirmation::allow("call_2"),
        ToolConfirmation::deny("call_3"),
    ]);
    only.set_stream_flag(true);
    insta::assert_json_snapshot!(
        "append_confirmations_streaming",
        wire(&only, "ConversationAppendStreamRequest")
    );
}

#[test]
fn restart_from_an_entry() {
    let req = ConversationRestartRequest::builder()
        .from_entry_id("msg_0196")
        .inputs("Shorter, please.")
        .agent_version(2)
        .store(false)
        .completion_args(CompletionArgs::default().temperature(0.0))
        .build();
    insta::assert_json_snapshot!(wire(&req, "ConversationRestartRequest"));
    let mut streaming = req.clone();
    streaming.set_stream_flag(true);
    wire(&streaming, "ConversationRestartStreamRequest");
}

fn violations(r: Result<(), mistral_types::ValidationError>) -> Vec<String> {
    r.unwrap_err()
        .violations()
        .iter()
        .map(|v| v.path.clone())
        .collect()
}

#[test]
fn validation_before_sending() {
    // Exactly one of agent_id and model.
    let neither = ConversationRequest::builder().inputs("Hi").build();
    assert_eq!(violations(neither.validate()), ["model"]);
    let both = ConversationRequest::builder()
        .inputs("Hi")
        .agent_id("ag_1")
        .model("m")
        .build();
    assert_eq!(violations(both.validate()), ["model"]);
    // A version needs an agent; empty inputs; chat's tool rules; the conversation ranges.
    let bad = ConversationRequest::builder()
        .inputs(Vec::<Entry>::new())
        .model("m")
        .agent_version(1)
        .tools([
            Tool::function_raw("bad name", "x", json!({})),
            Tool::document_library(Vec::<String>::new()),
        ])
        .completion_args(
            CompletionArgs::default()
                .temperature(1.2)
                .presence_penalty(3.0)
                .extra("temperature", json!(0.1)),
        )
        .extra("model", json!("other"))
        .build();
    assert_eq!(
        violations(bad.validate()),
        [
            "inputs",
            "agent_version",
            "tools[0].function.name",
            "tools[1].library_ids",
            "completion_args.temperature",
            "completion_args.presence_penalty",
            "completion_args.extra.temperature",
            "extra.model"
        ]
    );
    // Append: inputs or confirmations.
    let mut empty = ConversationAppendRequest::confirmations([]);
    assert_eq!(violations(empty.validate()), ["inputs"]);
    empty.tool_confirmations = Some(vec![ToolConfirmation::deny("")]);
    assert_eq!(
        violations(empty.validate()),
        ["tool_confirmations[0].tool_call_id"]
    );
    // Restart: an entry id.
    let restart = ConversationRestartRequest::builder()
        .from_entry_id(" ")
        .inputs("")
        .build();
    assert_eq!(violations(restart.check()), ["from_entry_id", "inputs"]);
}

#[test]
fn telemetry_reads_agent_model_and_sampling() {
    let req = ConversationRequest::builder()
        .inputs("Hi")
        .agent_id("ag_1")
        .completion_args(CompletionArgs::default().temperature(0.5).max_tokens(9))
        .build();
    let t = req.telemetry();
    assert_eq!(
        (t.agent_id, t.model, t.temperature, t.max_tokens),
        (Some("ag_1"), None, Some(0.5), Some(9))
    );
}

/// Every entry type, a chunk list with every output chunk type, and an unknown entry, chunk
/// and tool: read, and sent back unchanged.
#[test]
fn entries_chunks_and_tools_round_trip() {
    let history = json!({
        "object": "conversation.history",
        "conversation_id": "conv_1",
        "entries": [
            {"object": "entry", "type": "message.input", "created_at": "2025-05-01T10:00:00Z",
             "id": "msg_1", "role": "user", "content": "Weather in Paris, and a chart?"},
            {"object": "entry", "type": "tool.execution", "id": "tool_1", "name": "web_search",
             "arguments": "{\"query\":\"Paris weather\"}", "info": {"results": 3}},
            {"object": "entry", "type": "tool.execution", "id": "tool_2", "name": "search_the_moon",
             "arguments": ""},
            {"object": "entry", "type": "function.call", "id": "fc_1", "tool_call_id": "call_1",
             "name": "get_weather", "arguments": {"city": "Paris"}, "confirmation_status": "pending"},
            {"object": "entry", "type": "function.result", "id": "fr_1", "tool_call_id": "call_1",
             "result": "22"},
            {"object": "entry", "type": "agent.handoff", "id": "ho_1", "previous_agent_id": "ag_1",
             "previous_agent_name": "triage", "next_agent_id": "ag_2", "next_agent_name": "weather"},
            {"object": "entry", "type": "message.output", "id": "msg_2", "agent_id": "ag_2",
             "model": "mistral-medium-latest", "role": "assistant", "content": [
                {"type": "text", "text": "22 °C "},
                {"type": "tool_reference", "tool": "web_search", "title": "Météo", "url": "https://meteo.example"},
                {"type": "tool_file", "tool": "code_interpreter", "file_id": "f_1", "file_name": "chart.png", "file_type": "png"},
                {"type": "image_url", "image_url": {"url": "https://example.com/x.png"}},
                {"type": "document_url", "document_url": "https://example.com/d.pdf"},
                {"type": "thinking", "thinking": [{"type": "text", "text": "hmm"}]},
                {"type": "hologram", "frames": 3}
             ]},
            {"object": "entry", "type": "reasoning.summary", "id": "rs_1", "text": "later"}
        ]
    });
    let read: ConversationHistory = serde_json::from_value(history.clone()).unwrap();
    let kinds: Vec<&str> = read.entries.iter().filter_map(Entry::type_name).collect();
    assert_eq!(
        kinds,
        [
            "message.input",
            "tool.execution",
            "tool.execution",
            "function.call",
            "function.result",
            "agent.handoff",
            "message.output",
            "reasoning.summary"
        ]
    );
    assert!(matches!(read.entries[7], Entry::Unknown(_)));
    let Entry::ToolExecution(t) = &read.entries[2] else {
        panic!()
    };
    assert_eq!(t.name, BuiltinConnector::Other("search_the_moon".into()));
    let Entry::MessageOutput(m) = &read.entries[6] else {
        panic!()
    };
    let chunks = m.content.chunks().unwrap();
    assert!(matches!(chunks[1], ContentChunk::ToolReference(_)));
    assert!(matches!(chunks[2], ContentChunk::ToolFile(_)));
    assert!(matches!(chunks[6], ContentChunk::Unknown(_)));
    assert_eq!(read.entries[6].text().unwrap(), "22 °C ");
    let call = read.function_calls().next().unwrap();
    assert_eq!(call.confirmation_status, Some(ConfirmationStatus::Pending));
    assert_eq!(call.parse_arguments::<Value>().unwrap(), json!({"city": "Paris"}));
    assert_eq!(serde_json::to_value(&read).unwrap(), history);

    // An unknown tool kind in a conversation object, and both version shapes.
    let list = json!([
        {"object": "conversation", "id": "conv_1", "created_at": "2025-05-01T10:00:00Z",
         "updated_at": "2025-05-01T10:00:00Z", "model": "mistral-medium-latest",
         "instructions": "Be brief.",
         "tools": [{"type": "web_search"}, {"type": "teleport", "range": 9}],
         "completion_args": {"temperature": 0.3, "tool_choice": "auto"}},
        {"object": "conversation", "id": "conv_2", "created_at": "2025-05-01T10:00:00Z",
         "updated_at": "2025-05-01T10:00:00Z", "agent_id": "ag_1", "agent_version": 4, "name": "n"},
        {"object": "conversation", "id": "conv_3", "created_at": "2025-05-01T10:00:00Z",
         "updated_at": "2025-05-01T10:00:00Z", "agent_id": "ag_1", "agent_version": "production"}
    ]);
    let read: Vec<Conversation> = serde_json::from_value(list.clone()).unwrap();
    assert!(matches!(read[0].tools.as_ref().unwrap()[1], Tool::Unknown(_)));
    assert_eq!(read[1].agent_version, Some(AgentVersion::Number(4)));
    assert_eq!(
        read[2].agent_version,
        Some(AgentVersion::Alias("production".into()))
    );
    assert!(!read[0].is_agent() && read[1].is_agent());
    assert_eq!(serde_json::to_value(&read).unwrap(), list);
    // The known shapes are the spec's list items (the unknown tool kind aside).
    let mut model = list[0].clone();
    model["tools"] = json!([{"type": "web_search"}]);
    assert!(spec_validator("ModelConversation").is_valid(&model));
    assert!(spec_validator("AgentConversation").is_valid(&list[1]));
    assert!(spec_validator("AgentConversation").is_valid(&list[2]));
}

#[test]
fn messages_and_response_helpers() {
    let messages: ConversationMessages = serde_json::from_value(json!({
        "object": "conversation.messages", "conversation_id": "conv_1",
        "messages": [
            {"object": "entry", "type": "message.input", "role": "user", "content": "Hi"},
            {"object": "entry", "type": "message.output", "role": "assistant", "content": "Hello."}
        ]
    }))
    .unwrap();
    assert_eq!(messages.messages[1].text().unwrap(), "Hello.");

    let value = json!({
        "object": "conversation.response",
        "conversation_id": "conv_1",
        "outputs": [
            {"object": "entry", "type": "agent.handoff", "id": "ho_1", "previous_agent_id": "ag_1",
             "previous_agent_name": "triage", "next_agent_id": "ag_2", "next_agent_name": "weather"},
            {"object": "entry", "type": "message.output", "role": "assistant", "content": "Checking. "},
            {"object": "entry", "type": "function.call", "tool_call_id": "c1", "name": "get_weather",
             "arguments": "{\"city\":\"Paris\"}"},
            {"object": "entry", "type": "message.output", "role": "assistant",
             "content": [{"type": "text", "text": "One moment."}]}
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15,
                  "connector_tokens": 4, "connectors": {"web_search": 1}}
    });
    assert!(spec_validator("ConversationResponse").is_valid(&value));
    let response: ConversationResponse = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(response.conversation_id(), "conv_1");
    assert_eq!(response.text(), "Checking. One moment.");
    assert_eq!(response.function_calls().count(), 1);
    assert_eq!(response.handoffs().next().unwrap().next_agent_name, "weather");
    assert_eq!(response.usage.connector_tokens, Some(4));
    assert_eq!(response.usage.connectors.as_ref().unwrap()["web_search"], 1);
    assert_eq!(serde_json::to_value(&response).unwrap(), value);
    // The answer to a call, ready to append.
    let call = response.function_calls().next().unwrap();
    let args: GetWeather = call.parse_arguments().unwrap();
    assert_eq!(args.city, "Paris");
    assert_eq!(call.result("22"), Entry::function_result("c1", "22"));
}

/// A stream as the docs' raw examples show it: every event type, `tool.execution.started`
/// without `arguments` or `created_at`, usage without connector fields, a chunk as content,
/// one event this version does not know.
const STREAM: &[(&str, &str)] = &[
    (
        "conversation.response.started",
        r#"{"type":"conversation.response.started","created_at":"2025-05-01T10:00:00Z","conversation_id":"conv_1"}"#,
    ),
    (
        "agent.handoff.started",
        r#"{"type":"agent.handoff.started","created_at":"2025-05-01T10:00:01Z","output_index":0,"id":"ho_1","previous_agent_id":"ag_1","previous_agent_name":"triage"}"#,
    ),
    (
        "agent.handoff.done",
        r#"{"type":"agent.handoff.done","created_at":"2025-05-01T10:00:02Z","output_index":0,"id":"ho_1","next_agent_id":"ag_2","next_agent_name":"weather"}"#,
    ),
    (
        "tool.execution.started",
        r#"{"type":"tool.execution.started","output_index":1,"id":"tool_1","name":"web_search"}"#,
    ),
    (
        "tool.execution.delta",
        r#"{"type":"tool.execution.delta","output_index":1,"id":"tool_1","name":"web_search","arguments":"{\"query\":"}"#,
    ),
    (
        "tool.execution.delta",
        r#"{"type":"tool.execution.delta","output_index":1,"id":"tool_1","name":"web_search","arguments":"\"Paris\"}"}"#,
    ),
    (
        "tool.execution.done",
        r#"{"type":"tool.execution.done","created_at":"2025-05-01T10:00:04Z","output_index":1,"id":"tool_1","name":"web_search","info":{"results":2}}"#,
    ),
    (
        "reasoning.delta",
        r#"{"type":"reasoning.delta","output_index":2,"text":"hm"}"#,
    ),
    (
        "message.output.delta",
        r#"{"type":"message.output.delta","created_at":"2025-05-01T10:00:05Z","output_index":2,"id":"msg_1","content_index":0,"model":"mistral-medium-latest","agent_id":"ag_2","role":"assistant","content":"It is "}"#,
    ),
    (
        "message.output.delta",
        r#"{"type":"message.output.delta","created_at":"2025-05-01T10:00:05Z","output_index":2,"id":"msg_1","content_index":0,"model":"mistral-medium-latest","agent_id":"ag_2","role":"assistant","content":"22 °C"}"#,
    ),
    (
        "message.output.delta",
        r#"{"type":"message.output.delta","created_at":"2025-05-01T10:00:05Z","output_index":2,"id":"msg_1","content_index":1,"model":"mistral-medium-latest","agent_id":"ag_2","role":"assistant","content":{"type":"tool_reference","tool":"web_search","title":"Météo","url":"https://meteo.example"}}"#,
    ),
    (
        "message.output.delta",
        r#"{"type":"message.output.delta","created_at":"2025-05-01T10:00:05Z","output_index":2,"id":"msg_1","content_index":2,"model":"mistral-medium-latest","agent_id":"ag_2","role":"assistant","content":" today."}"#,
    ),
    (
        "function.call.delta",
        r#"{"type":"function.call.delta","created_at":"2025-05-01T10:00:06Z","output_index":3,"id":"fc_1","model":"mistral-medium-latest","agent_id":"ag_2","name":"get_forecast","tool_call_id":"call_1","arguments":"{\"city\":"}"#,
    ),
    (
        "function.call.delta",
        r#"{"type":"function.call.delta","created_at":"2025-05-01T10:00:06Z","output_index":3,"id":"fc_1","model":"mistral-medium-latest","agent_id":"ag_2","name":"get_forecast","tool_call_id":"call_1","arguments":"\"Paris\"}"}"#,
    ),
    (
        "conversation.response.done",
        r#"{"type":"conversation.response.done","created_at":"2025-05-01T10:00:07Z","usage":{"prompt_tokens":50,"completion_tokens":20,"total_tokens":70}}"#,
    ),
];

fn events() -> Vec<ConversationEvent> {
    STREAM
        .iter()
        .map(|(name, data)| ConversationEvent::parse(Some(name), data).unwrap())
        .collect()
}

#[test]
fn every_event_type_from_fixtures() {
    let events = events();
    let names: Vec<&str> = events.iter().map(ConversationEvent::name).collect();
    let expected: Vec<&str> = STREAM.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, expected);
    for known in ConversationEvent::NAMES {
        assert!(
            names.contains(known) || *known == "conversation.response.error",
            "{known}"
        );
    }
    // Missing `arguments` and `created_at` read as absent.
    let ConversationEvent::ToolExecutionStarted(started) = &events[3] else {
        panic!()
    };
    assert_eq!(
        (started.arguments.as_deref(), started.created_at.as_ref()),
        (None, None)
    );
    assert_eq!(started.name, BuiltinConnector::WebSearch);
    // The unknown event keeps its name and data.
    let ConversationEvent::Unknown { name, data } = &events[7] else {
        panic!()
    };
    assert_eq!((name.as_str(), &data["text"]), ("reasoning.delta", &json!("hm")));
    // Text as it arrives; a chunk as content has no text.
    let text: Vec<String> = events
        .iter()
        .filter_map(|e| e.text())
        .map(|t| t.into_owned())
        .collect();
    assert_eq!(text, ["It is ", "22 °C", "", " today."]);
    let ConversationEvent::MessageOutputDelta(d) = &events[10] else {
        panic!()
    };
    assert!(matches!(
        d.content,
        DeltaContent::Chunk(ContentChunk::ToolReference(_))
    ));
    // Usage without connector fields.
    let ConversationEvent::ResponseDone(done) = &events[14] else {
        panic!()
    };
    assert_eq!((done.usage.total_tokens, done.usage.connector_tokens), (70, None));
    assert!(events[14].is_terminal() && !events[13].is_terminal());
    // Each known event's data is valid under the spec's event schema and is sent back as read.
    let validator = spec_validator("ConversationEvents");
    for ((name, data), event) in STREAM.iter().zip(&events) {
        let data: Value = serde_json::from_str(data).unwrap();
        assert_eq!(serde_json::to_value(event).unwrap(), data, "{name}");
        let framed = json!({"event": name, "data": data});
        let spec_ok = validator.is_valid(&framed);
        // The spec requires what the real server leaves out, and knows no future event.
        assert_eq!(
            spec_ok,
            !matches!(*name, "tool.execution.started" | "reasoning.delta"),
            "{name}"
        );
    }
}

#[test]
fn error_event_and_lenient_fields() {
    let error = ConversationEvent::parse(
        Some("conversation.response.error"),
        r#"{"type":"conversation.response.error","message":"Rate limited","code":3000}"#,
    )
    .unwrap();
    let ConversationEvent::ResponseError(e) = &error else {
        panic!()
    };
    assert_eq!((e.message.as_str(), e.code), ("Rate limited", Some(3000)));
    assert!(error.is_terminal());
    // A code as a string, no created_at; a delta with every field but `type` missing.
    let e = ConversationEvent::parse(
        None,
        r#"{"type":"conversation.response.error","message":"x","code":"500"}"#,
    );
    assert!(matches!(
        e,
        Ok(ConversationEvent::ResponseError(ResponseErrorEvent {
            code: Some(500),
            ..
        }))
    ));
    let bare = ConversationEvent::parse(Some("message.output.delta"), r#"{"content":null}"#).unwrap();
    assert_eq!(bare.text().as_deref(), Some(""));
    // Content as a list of chunks.
    let list = ConversationEvent::parse(
        None,
        r#"{"type":"message.output.delta","content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]}"#,
    )
    .unwrap();
    assert_eq!(list.text().as_deref(), Some("ab"));
    // Not an object, or a known event with fields of the wrong type: an error, not a silent skip.
    assert!(ConversationEvent::parse(Some("message.output.delta"), "[1]").is_err());
    assert!(ConversationEvent::parse(Some("message.output.delta"), "not json").is_err());
    assert!(ConversationEvent::parse(None, r#"{"type":"function.call.delta","output_index":"x"}"#).is_err());
}

/// `data.type` names the event; the `event:` line only when the data has no type.
#[test]
fn data_type_wins_over_the_event_line() {
    let data = r#"{"type":"conversation.response.started","conversation_id":"conv_1"}"#;
    for name in [Some("message"), Some("conversation.response.done"), None] {
        let e = ConversationEvent::parse(name, data).unwrap();
        assert_eq!(e.name(), "conversation.response.started");
    }
    let untyped = ConversationEvent::parse(
        Some("conversation.response.started"),
        r#"{"conversation_id":"c"}"#,
    )
    .unwrap();
    assert!(
        matches!(untyped, ConversationEvent::ResponseStarted(ResponseStartedEvent { ref conversation_id, .. }) if conversation_id == "c")
    );
    let nameless = ConversationEvent::parse(None, r#"{"x":1}"#).unwrap();
    assert!(matches!(nameless, ConversationEvent::Unknown { ref name, .. } if name.is_empty()));
    // Deserialize reads the data alone.
    let e: ConversationEvent = serde_json::from_str(data).unwrap();
    assert_eq!(e.name(), "conversation.response.started");
}

/// The non-streaming response of the exchange [`STREAM`] streams.
fn non_streaming() -> Value {
    json!({
        "object": "conversation.response",
        "conversation_id": "conv_1",
        "outputs": [
            {"object": "entry", "type": "agent.handoff", "created_at": "2025-05-01T10:00:01Z",
             "completed_at": "2025-05-01T10:00:02Z", "id": "ho_1",
             "previous_agent_id": "ag_1", "previous_agent_name": "triage",
             "next_agent_id": "ag_2", "next_agent_name": "weather"},
            {"object": "entry", "type": "tool.execution", "completed_at": "2025-05-01T10:00:04Z",
             "id": "tool_1", "name": "web_search", "arguments": "{\"query\":\"Paris\"}",
             "info": {"results": 2}},
            {"object": "entry", "type": "message.output", "created_at": "2025-05-01T10:00:05Z",
             "id": "msg_1", "agent_id": "ag_2", "model": "mistral-medium-latest", "role": "assistant",
             "content": [
                {"type": "text", "text": "It is 22 °C"},
                {"type": "tool_reference", "tool": "web_search", "title": "Météo", "url": "https://meteo.example"},
                {"type": "text", "text": " today."}
             ]},
            {"object": "entry", "type": "function.call", "created_at": "2025-05-01T10:00:06Z",
             "id": "fc_1", "agent_id": "ag_2", "model": "mistral-medium-latest",
             "tool_call_id": "call_1", "name": "get_forecast", "arguments": "{\"city\":\"Paris\"}"}
        ],
        "usage": {"prompt_tokens": 50, "completion_tokens": 20, "total_tokens": 70}
    })
}

#[test]
fn the_fold_equals_the_non_streaming_response() {
    let expected: ConversationResponse = serde_json::from_value(non_streaming()).unwrap();
    assert!(spec_validator("ConversationResponse").is_valid(&non_streaming()));
    let mut acc = ConversationAccumulator::new();
    for e in &events() {
        acc.push(e);
    }
    assert!(acc.is_done() && acc.error().is_none());
    assert_eq!(acc.conversation_id(), Some("conv_1"));
    assert_eq!(acc.events_seen(), STREAM.len());
    let folded = acc.finish();
    assert_eq!(folded, expected);
    assert_eq!(serde_json::to_value(&folded).unwrap(), non_streaming());
    assert_eq!(folded.text(), "It is 22 °C today.");

    // Outputs interleaved on the wire still land in output_index order, each joined.
    let mut shuffled = events();
    shuffled.swap(11, 12);
    shuffled.swap(3, 8);
    let mut acc = ConversationAccumulator::new();
    for e in &shuffled {
        acc.push(e);
    }
    let reordered = acc.finish();
    let kinds: Vec<_> = reordered.outputs.iter().filter_map(Entry::type_name).collect();
    assert_eq!(
        kinds,
        [
            "agent.handoff",
            "tool.execution",
            "message.output",
            "function.call"
        ]
    );
    assert_eq!(
        reordered.function_calls().next().unwrap().arguments,
        expected.function_calls().next().unwrap().arguments
    );
}

#[test]
fn the_fold_of_plain_text_is_a_string_and_an_error_is_kept() {
    let mut acc = ConversationAccumulator::new();
    for (name, data) in [
        (
            "conversation.response.started",
            r#"{"type":"conversation.response.started","conversation_id":"c"}"#,
        ),
        (
            "message.output.delta",
            r#"{"type":"message.output.delta","id":"m","content":"Hel"}"#,
        ),
        (
            "message.output.delta",
            r#"{"type":"message.output.delta","id":"m","content":"lo"}"#,
        ),
        (
            "conversation.response.error",
            r#"{"type":"conversation.response.error","message":"boom","code":500}"#,
        ),
    ] {
        acc.push(&ConversationEvent::parse(Some(name), data).unwrap());
    }
    assert!(!acc.is_done());
    assert_eq!(acc.error().map(|e| e.message.as_str()), Some("boom"));
    let response = acc.finish();
    let Entry::MessageOutput(m) = &response.outputs[0] else {
        panic!()
    };
    assert_eq!(m.content, mistral_types::Content::Text("Hello".into()));
}
