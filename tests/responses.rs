//! The Responses API (issue #30): create and stream over the mock server, every event from
//! fixtures (split at every byte offset), the fold equal to the non-streaming response, the
//! request against the supplement's schema, the text format on the wire, the tool loop
//! (plain, chained, approval, a failing tool, the step limit), and hostile servers.
#![cfg(feature = "responses")]

mod support;

use std::time::Duration;

use mistral::chat::Tools;
use mistral::responses::{
    Reasoning, ReasoningEffortLevel, ReasoningSummaryMode, ResponseAccumulator, ResponseEvent, ResponseItem,
    ResponseRequest, ResponseRunOutcome, ResponseStatus, ResponseTool, TextFormat, ToolChoiceMode, Verbosity,
};
use mistral::test_util::{MockServer, Reply};
use mistral::ErrorKind;
use serde_json::{json, Value};
use support::hostile::{self, Hostile, Step};
use support::{fast_client, scripted};

#[derive(schemars::JsonSchema, serde::Deserialize, Debug)]
#[allow(dead_code)]
struct GetWeather {
    city: String,
}

#[derive(schemars::JsonSchema, serde::Deserialize, Debug, PartialEq)]
struct City {
    name: String,
    population: u32,
}

fn request(input: &str) -> ResponseRequest {
    ResponseRequest::builder()
        .model("mistral-medium-latest")
        .input(input)
        .build()
}

/// `value` with the mock's generated ids (`resp_`, `msg_`, `fc_`, `call_`) replaced by their
/// prefix: two exchanges of the same request compare equal.
fn normalized(mut value: Value) -> Value {
    fn walk(v: &mut Value) {
        match v {
            Value::String(s) => {
                for prefix in ["resp_", "msg_", "fc_", "call_"] {
                    if s.starts_with(prefix) && s.len() > 20 {
                        *s = prefix.to_owned();
                    }
                }
            }
            Value::Array(a) => a.iter_mut().for_each(walk),
            Value::Object(o) => o.values_mut().for_each(walk),
            _ => {}
        }
    }
    walk(&mut value);
    value
}

/// The supplement's schema `root`, with every violation of `body` listed.
fn assert_matches_supplement(root: &str, body: &Value) {
    let mut doc: Value =
        serde_json::from_str(include_str!("../spec/mistral-openapi-supplement.json")).unwrap();
    doc["$ref"] = json!(format!("#/components/schemas/{root}"));
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&doc)
        .expect("the supplement compiles");
    let errors: Vec<String> = validator
        .iter_errors(body)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{root}: {errors:#?}\n{body:#}");
}

#[tokio::test]
async fn create_and_stream_over_the_mock() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let responses = client.responses();

    let whole = responses.create(&request("Hi there")).await.unwrap();
    assert_eq!(whole.text(), "Echo: Hi there");
    assert_eq!(whole.status, Some(ResponseStatus::Completed));
    assert!(whole.id.starts_with("resp_"));
    assert!(whole.usage.as_ref().unwrap().total_tokens > 0);
    assert_matches_supplement("CreateResponseResponse", &serde_json::to_value(&*whole).unwrap());
    let sent = server.requests().last().unwrap().json();
    assert_eq!(sent["stream"], false);

    let mut stream = responses.stream(&request("Hi there")).await.unwrap();
    let mut names = Vec::new();
    let mut events = Vec::new();
    while let Some(e) = stream.next().await {
        let e = e.unwrap();
        names.push(e.name().to_owned());
        events.push(e);
    }
    assert_eq!(server.requests().last().unwrap().json()["stream"], true);
    assert_eq!(
        names,
        [
            "response.created",
            "response.in_progress",
            "response.output_item.added",
            "response.content_part.added",
            "response.output_text.delta",
            "response.output_text.delta",
            "response.output_text.delta",
            "response.output_text.done",
            "response.content_part.done",
            "response.output_item.done",
            "response.completed",
        ]
    );
    let seqs: Vec<u64> = events.iter().filter_map(ResponseEvent::sequence_number).collect();
    assert_eq!(seqs, (0..events.len() as u64).collect::<Vec<_>>());
    let deltas: String = events.iter().filter_map(|e| e.text()).collect();
    assert_eq!(deltas, "Echo: Hi there");

    let mut text = responses.stream(&request("Hi there")).await.unwrap().text();
    let mut joined = String::new();
    while let Some(d) = text.next().await {
        joined.push_str(&d.unwrap());
    }
    assert_eq!(joined, "Echo: Hi there");

    let count = responses
        .count_input_tokens(&request("one two three"))
        .await
        .unwrap();
    assert_eq!(count.input_tokens, 3);
    let sent = server.requests().last().unwrap().clone();
    assert_eq!(sent.path(), "/v1/responses/input_tokens");
    assert_matches_supplement("CountResponseInputTokensRequest", &sent.json());
    assert_matches_supplement(
        "CountResponseInputTokensResponse",
        &serde_json::to_value(&*count).unwrap(),
    );
}

/// The fold of a stream is the response the non-streaming call returns for the same
/// exchange (ids aside: the mock makes new ones per call), for a message, a function call,
/// a structured answer and a cut-short one; and the items the fold builds from the deltas
/// alone (the terminal event's output removed) are that output.
#[tokio::test]
async fn the_fold_equals_the_non_streaming_response() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let responses = client.responses();
    let requests = [
        request("Tell me something"),
        ResponseRequest::builder()
            .model("mistral-medium-latest")
            .input("Weather in Paris?")
            .tools([ResponseTool::function::<GetWeather>(
                "get_weather",
                "Current weather",
            )])
            .build(),
        ResponseRequest::builder()
            .model("mistral-medium-latest")
            .input("A city")
            .text_format(TextFormat::json_schema::<City>())
            .build(),
        ResponseRequest::builder()
            .model("mistral-medium-latest")
            .input("one two three four five")
            .max_output_tokens(2)
            .build(),
    ];
    for req in &requests {
        let whole = responses.create(req).await.unwrap().into_inner();
        let folded = responses
            .stream(req)
            .await
            .unwrap()
            .collect_response()
            .await
            .unwrap();
        assert_eq!(
            normalized(serde_json::to_value(&folded).unwrap()),
            normalized(serde_json::to_value(&whole).unwrap()),
        );

        // From the deltas alone.
        let mut stream = responses.stream(req).await.unwrap();
        let mut acc = ResponseAccumulator::new();
        let mut terminal = None;
        while let Some(e) = stream.next().await {
            let mut e = e.unwrap();
            if let ResponseEvent::Completed(c) | ResponseEvent::Incomplete(c) = &mut e {
                terminal = Some(c.response.clone());
                c.response.output.clear();
            }
            acc.push(&e);
        }
        assert!(acc.is_done());
        let built = acc.finish();
        assert_eq!(built, *terminal.unwrap());
    }
    let cut = responses.create(&requests[3]).await.unwrap();
    assert_eq!(cut.status, Some(ResponseStatus::Incomplete));
    assert_eq!(cut.text(), "Echo: one");
}

/// Every event the stream knows, each with only its `type` besides (missing optional and
/// required fields read as empty), an event this version does not know, keep-alive comments,
/// and full events: read the same whatever the split of the body in two.
#[tokio::test]
async fn every_event_from_fixtures_split_at_every_byte_offset() {
    let full = [
        json!({"type": "response.created", "sequence_number": 0, "response": {"id": "resp_1", "object": "response",
            "created_at": 1, "model": "m", "status": "in_progress", "output": [], "tools": [], "tool_choice": "auto",
            "parallel_tool_calls": true}}),
        json!({"type": "response.output_item.added", "sequence_number": 1, "output_index": 0,
            "item": {"type": "message", "id": "msg_1", "role": "assistant", "status": "in_progress", "content": []}}),
        json!({"type": "response.content_part.added", "sequence_number": 2, "item_id": "msg_1", "output_index": 0,
            "content_index": 0, "part": {"type": "output_text", "text": "", "annotations": []}}),
        json!({"type": "response.output_text.delta", "sequence_number": 3, "item_id": "msg_1", "output_index": 0,
            "content_index": 0, "delta": "Bon", "logprobs": []}),
        json!({"type": "response.output_text.delta", "sequence_number": 4, "item_id": "msg_1", "output_index": 0,
            "content_index": 0, "delta": "jour é\u{1F600}"}),
        json!({"type": "response.output_item.added", "sequence_number": 5, "output_index": 1,
            "item": {"type": "function_call", "id": "fc_1", "call_id": "c1", "name": "get_weather", "arguments": ""}}),
        json!({"type": "response.function_call_arguments.delta", "sequence_number": 6, "item_id": "fc_1",
            "output_index": 1, "delta": "{\"city\":"}),
        json!({"type": "response.function_call_arguments.delta", "sequence_number": 7, "item_id": "fc_1",
            "output_index": 1, "delta": "\"Paris\"}"}),
        json!({"type": "response.reasoning_text.delta", "sequence_number": 8, "item_id": "rs_1", "output_index": 2,
            "content_index": 0, "delta": "hmm"}),
        json!({"type": "response.audio.delta", "sequence_number": 9, "delta": "AAAA"}),
        json!({"type": "response.completed", "sequence_number": 10, "response": {"id": "resp_1", "model": "m",
            "status": "completed", "usage": {"input_tokens": 2, "output_tokens": 3, "total_tokens": 5}}}),
    ];
    let mut body = String::from(": keep-alive\n\n");
    for (i, e) in full.iter().enumerate() {
        body.push_str(&format!("event: {}\ndata: {e}\n\n", e["type"].as_str().unwrap()));
        if i == 3 {
            body.push_str(":ping\n\n");
        }
    }
    let (client, t) = scripted();
    let mut expected = None;
    for cut in 0..=body.len() {
        let (a, b) = body.as_bytes().split_at(cut);
        t.push(Reply::sse_frames([a.to_vec(), b.to_vec()]));
        let mut stream = client.responses().stream(&request("Hi")).await.unwrap();
        let mut events = Vec::new();
        while let Some(e) = stream.next().await {
            events.push(e.unwrap());
        }
        let mut acc = ResponseAccumulator::new();
        events.iter().for_each(|e| acc.push(e));
        let folded = acc.finish();
        match &expected {
            None => {
                assert_eq!(events.len(), full.len());
                assert!(matches!(&events[9], ResponseEvent::Unknown { event, data }
                    if event == "response.audio.delta" && data["delta"] == "AAAA"));
                assert_eq!(folded.text(), "Bonjour é\u{1F600}");
                let call = folded.function_calls().next().unwrap();
                assert_eq!(call.parse_arguments::<GetWeather>().unwrap().city, "Paris");
                assert_eq!(folded.output[2].type_name(), Some("reasoning"));
                assert_eq!(folded.usage.as_ref().unwrap().total_tokens, 5);
                expected = Some((events, folded));
            }
            Some((e, f)) => {
                assert_eq!(&events, e, "split at {cut}");
                assert_eq!(&folded, f, "split at {cut}");
            }
        }
    }

    // Every known event, with nothing but its type: it reads, and knows its name.
    for name in ResponseEvent::NAMES {
        let e = ResponseEvent::parse(Some(name), &json!({"type": name}).to_string()).unwrap();
        assert_eq!(e.name(), *name);
        assert!(!matches!(e, ResponseEvent::Unknown { .. }), "{name}");
        // Serialized back: its data, type first.
        let back = serde_json::to_value(&e).unwrap();
        assert_eq!(back["type"], *name);
        assert_eq!(ResponseEvent::parse(None, &back.to_string()).unwrap(), e);
    }
    // The `event:` line names an event whose data has no type.
    let e = ResponseEvent::parse(Some("response.output_text.delta"), r#"{"delta":"x"}"#).unwrap();
    assert_eq!(e.text(), Some("x"));
    assert!(ResponseEvent::parse(Some("response.completed"), "[1]").is_err());
}

/// The text format (`text.format`) reaches the wire (the official SDK drops it), from the
/// builder and from `parse::<T>()`, and the output reads back as `T`.
#[tokio::test]
async fn the_text_format_reaches_the_wire() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let parsed = client
        .responses()
        .parse::<City>(&request("A city"))
        .await
        .unwrap();
    let sent = server.requests().last().unwrap().json();
    assert_eq!(sent["text"]["format"]["type"], "json_schema");
    assert_eq!(sent["text"]["format"]["name"], "City");
    assert_eq!(sent["text"]["format"]["strict"], true);
    assert_eq!(
        sent["text"]["format"]["schema"]["required"],
        json!(["name", "population"])
    );
    assert_matches_supplement("CreateResponseRequest", &sent);
    let city = parsed.into_value().unwrap();
    assert!(!city.name.is_empty());

    let req = ResponseRequest::builder()
        .model("m")
        .input("JSON please")
        .text(mistral::responses::TextConfig::format(TextFormat::json_object()).verbosity(Verbosity::Low))
        .build();
    let whole = client.responses().create(&req).await.unwrap();
    let sent = server.requests().last().unwrap().json();
    assert_eq!(
        sent["text"],
        json!({"format": {"type": "json_object"}, "verbosity": "low"})
    );
    let v: Value = whole.parse_text().unwrap();
    assert_eq!(v["answer"], "Echo: JSON please");

    // Streamed, with partial values.
    let mut stream = client
        .responses()
        .stream_parse::<City>(&request("A city"))
        .await
        .unwrap();
    let (mut partials, mut done) = (0, None);
    while let Some(e) = stream.next().await {
        match e.unwrap() {
            mistral::responses::ResponseStructuredEvent::Partial(_) => partials += 1,
            mistral::responses::ResponseStructuredEvent::Done { value, .. } => done = Some(value.unwrap()),
            _ => {}
        }
    }
    assert!(partials > 0);
    assert_eq!(done.unwrap(), city);
}

/// A request setting every field the supplement describes is valid against its
/// `CreateResponseRequest`, and pinned as sent.
#[tokio::test]
async fn the_request_matches_the_supplement_schema() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let req = ResponseRequest::builder()
        .model("mistral-medium-latest")
        .input([
            ResponseItem::system("Be brief."),
            ResponseItem::user(vec![
                mistral::responses::ContentPart::input_text("What is in this image?"),
                mistral::responses::ContentPart::input_image("https://example.com/cat.png"),
                mistral::responses::ContentPart::input_file_id("file_123"),
            ]),
            ResponseItem::assistant("A cat."),
            ResponseItem::user("Weather in Paris?"),
        ])
        .instructions("Answer in French.")
        .tools([ResponseTool::function::<GetWeather>(
            "get_weather",
            "Current weather",
        )])
        .tool_choice(ToolChoiceMode::Auto)
        .reasoning(Reasoning::effort(ReasoningEffortLevel::Low).summary(ReasoningSummaryMode::Auto))
        .text_format(TextFormat::text())
        .max_output_tokens(200)
        .max_tool_calls(2)
        .temperature(0.3)
        .top_p(0.9)
        .parallel_tool_calls(false)
        .store(false)
        .metadata([("app", "tests")])
        .prompt_cache_key("k1")
        .extra("safety_identifier", json!("user-1"))
        .build();
    req.validate().unwrap();
    client.responses().create(&req).await.unwrap();
    let sent = server.requests().last().unwrap().json();
    assert_matches_supplement("CreateResponseRequest", &sent);
    insta::assert_json_snapshot!("responses_create_request", sent);
    // Every field the builder was given reached the wire.
    for field in ResponseRequest::FIELDS
        .iter()
        .filter(|f| **f != "previous_response_id" && **f != "conversation")
    {
        assert!(sent.get(*field).is_some(), "{field} was not sent");
    }

    // Invalid: nothing is sent.
    let before = server.requests().len();
    let bad = ResponseRequest::builder()
        .model("")
        .input("")
        .tool_choice(mistral::responses::ResponseToolChoice::function("nope"))
        .extra("model", json!("x"))
        .build();
    let e = client.responses().create(&bad).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidRequest);
    let v = e.validation().unwrap();
    for path in ["model", "input", "tool_choice", "extra.model"] {
        assert!(v.has(path), "{path}: {v}");
    }
    assert_eq!(server.requests().len(), before);
}

fn weather_tools() -> Tools {
    Tools::new().add::<GetWeather>("get_weather", "Current weather", |a: GetWeather| async move {
        format!("22 °C in {}", a.city)
    })
}

#[tokio::test]
async fn the_tool_loop_sends_the_history_or_chains_by_id() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let outcome = client
        .responses()
        .run(&request("Weather in Paris?"), &weather_tools())
        .await
        .unwrap();
    let run = outcome.done().unwrap();
    assert_eq!(run.steps(), 2);
    let kinds: Vec<_> = run.items().iter().map(|i| i.type_name().unwrap()).collect();
    assert_eq!(
        kinds,
        ["message", "function_call", "function_call_output", "message"]
    );
    assert!(
        run.text().starts_with("The tools said: 22 °C in "),
        "{}",
        run.text()
    );
    let requests = server.requests();
    let second = requests.last().unwrap().json();
    // Unstored: the whole history, with the tool's definition, as the second call's input.
    assert_eq!(second["input"].as_array().unwrap().len(), 3);
    assert_eq!(second["tools"][0]["name"], "get_weather");
    assert!(second.get("previous_response_id").is_none());
    assert_matches_supplement("CreateResponseRequest", &second);

    // Stored: chained by `previous_response_id`, only the outputs sent.
    let stored = ResponseRequest::builder()
        .model("m")
        .input("Weather in Lyon?")
        .store(true)
        .tool_choice(mistral::responses::ResponseToolChoice::function("get_weather"))
        .build();
    let run = client
        .responses()
        .run(&stored, &weather_tools())
        .await
        .unwrap()
        .done()
        .unwrap();
    let requests = server.requests();
    let (first, second) = (
        requests[requests.len() - 2].json(),
        requests.last().unwrap().json(),
    );
    assert_eq!(
        first["tool_choice"],
        json!({"type": "function", "name": "get_weather"})
    );
    assert_eq!(second["tool_choice"], "auto");
    assert!(second["previous_response_id"]
        .as_str()
        .unwrap()
        .starts_with("resp_"));
    let input = second["input"].as_array().unwrap();
    assert_eq!(input.len(), 1);
    assert_eq!(input[0]["type"], "function_call_output");
    assert!(run.text().starts_with("The tools said: 22 °C"));
}

#[tokio::test]
async fn the_tool_loop_pauses_for_approval() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let responses = client.responses();
    let tools = weather_tools().needs_confirmation("get_weather");
    let req = request("Weather in Paris?");

    let pending = responses
        .run(&req, &tools)
        .await
        .unwrap()
        .needs_approval()
        .unwrap();
    assert_eq!(pending.calls()[0].name, "get_weather");
    assert_eq!(pending.steps(), 1);
    let before = server.requests().len();
    let run = pending
        .clone()
        .resume(&responses, pending.deny_all(), &tools)
        .await
        .unwrap();
    let run = run.done().unwrap();
    let sent = server.requests().last().unwrap().json();
    assert_eq!(server.requests().len(), before + 1);
    let last = sent["input"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["output"], mistral::conversations::DENIAL_TEXT);
    assert_eq!(run.steps(), 2);

    let run = responses
        .resume(pending.clone(), pending.allow_all(), &tools)
        .await
        .unwrap();
    assert!(run.done().unwrap().text().contains("22 °C"));
}

#[tokio::test]
async fn a_failing_tool_and_the_step_limit_keep_the_run() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let failing = Tools::new()
        .add::<GetWeather>("get_weather", "Current weather", |_a: GetWeather| async move {
            Err::<String, _>("the weather service is down")
        })
        .fail_on_tool_error(true);
    let e = client
        .responses()
        .run(&request("Weather?"), &failing)
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ToolFailed);
    let kept = e.response_items().unwrap().to_vec();
    assert_eq!(kept.len(), 2);
    assert!(kept[1].as_function_call().is_some());
    assert!(e.response_id().unwrap().starts_with("resp_"));

    // Not failing: the model reads the error and answers.
    let lenient = failing.clone().fail_on_tool_error(false);
    let run = client
        .responses()
        .run(&request("Weather?"), &lenient)
        .await
        .unwrap()
        .done()
        .unwrap();
    assert!(
        run.text().contains("error: the weather service is down"),
        "{}",
        run.text()
    );

    let limited = weather_tools().max_steps(1);
    let e = client
        .responses()
        .run(&request("Weather?"), &limited)
        .await
        .unwrap_err();
    assert!(e.is_tool_step_limit());
    let kept = e.response_items().unwrap().to_vec();
    assert_eq!(kept.last().unwrap().type_name(), Some("function_call_output"));
    assert!(matches!(
        client
            .responses()
            .run(&request("Hi"), &Tools::new().max_steps(1))
            .await
            .unwrap(),
        ResponseRunOutcome::Done(_)
    ));
}

fn event(name: &str, data: Value) -> Vec<u8> {
    let mut data = data;
    data["type"] = json!(name);
    format!("event: {name}\ndata: {data}\n\n").into_bytes()
}

/// A Responses stream against servers that end it badly: held open after
/// `response.completed` (the stream ends at once, well), held open mid-stream (the idle
/// timeout), reset mid-event (a body error), an `error` event (an API error item), a body
/// that ends before the terminal event (truncated).
#[tokio::test]
async fn response_streams_ended_badly() {
    let created = event(
        "response.created",
        json!({"sequence_number": 0, "response": {"id": "resp_1", "model": "m", "status": "in_progress", "output": []}}),
    );
    let delta = event(
        "response.output_text.delta",
        json!({"sequence_number": 1, "item_id": "msg_1", "output_index": 0, "content_index": 0, "delta": "Hel"}),
    );
    let completed = event(
        "response.completed",
        json!({"sequence_number": 2, "response": {"id": "resp_1", "model": "m", "status": "completed"}}),
    );
    let error = event(
        "error",
        json!({"sequence_number": 2, "code": "server_error", "message": "boom", "param": null}),
    );
    let body = |tail: &[u8]| {
        let mut raw = hostile::sse_head();
        raw.extend_from_slice(&hostile::chunk(&[created.as_slice(), &delta].concat()));
        if !tail.is_empty() {
            raw.extend_from_slice(&hostile::chunk(tail));
        }
        raw
    };

    // Held open after `response.completed`: done, at once.
    let s = Hostile::always(vec![Step::Write(body(&completed)), Step::Hold]).await;
    let c = fast_client(&s.url(), |b| b.stream_idle_timeout(Some(Duration::from_secs(30))));
    let folded = tokio::time::timeout(Duration::from_secs(5), async {
        c.responses()
            .stream(&request("Hi"))
            .await
            .unwrap()
            .collect_response()
            .await
    })
    .await
    .expect("the stream ends at response.completed")
    .unwrap();
    assert_eq!(folded.status, Some(ResponseStatus::Completed));
    assert_eq!(folded.text(), "Hel");

    type Check = fn(&mistral::Error) -> bool;
    let cases: Vec<(&str, Vec<Step>, Check)> = vec![
        (
            "held open mid-stream",
            vec![Step::Write(body(b"")), Step::Hold],
            |e| e.timeout_phase() == Some(mistral::TimeoutPhase::StreamIdle),
        ),
        (
            "reset mid-event",
            vec![Step::Write(body(&completed[..30])), Step::Reset],
            |e| e.is_body() && !e.is_truncated(),
        ),
        (
            "an error event",
            vec![Step::Write(body(&error)), Step::Hold],
            |e| e.is_status() && e.message() == Some("boom") && e.code() == Some("server_error"),
        ),
        (
            "the body ends before completed",
            vec![
                Step::Write([body(b"").as_slice(), hostile::LAST_CHUNK].concat()),
                Step::Close,
            ],
            |e| e.is_truncated(),
        ),
    ];
    for (name, steps, right) in cases {
        let s = Hostile::always(steps).await;
        let c = fast_client(&s.url(), |b| {
            b.request_timeout(Some(Duration::from_millis(300)))
                .stream_idle_timeout(Some(Duration::from_millis(300)))
        });
        let (names, e, ended) = tokio::time::timeout(Duration::from_secs(10), async {
            let mut st = c.responses().stream(&request("Hi")).await.unwrap();
            let mut names = Vec::new();
            loop {
                match st.next().await.expect("an error item, never a silent end") {
                    Ok(e) => names.push(e.name().to_owned()),
                    Err(e) => break (names, e, st.next().await.is_none()),
                }
            }
        })
        .await
        .expect(name);
        assert_eq!(
            names,
            ["response.created", "response.output_text.delta"],
            "{name}"
        );
        assert!(right(&e) && e.is_stream(), "{name}: {e:?}");
        assert!(ended, "{name}");
        let folded = tokio::time::timeout(Duration::from_secs(10), async {
            c.responses()
                .stream(&request("Hi"))
                .await
                .unwrap()
                .collect_response()
                .await
        })
        .await
        .expect(name);
        assert!(right(&folded.unwrap_err()), "{name}");
        assert_eq!(s.requests().len(), 2, "{name}: never sent twice");
    }
}

/// A `response.failed` event is the last event of the stream and folds into the failed
/// response; the text stream reports it as an API error.
#[tokio::test]
async fn a_failed_response_ends_the_stream() {
    let (client, t) = scripted();
    let frames = || {
        Reply::sse_frames([
            event(
                "response.created",
                json!({"sequence_number": 0, "response": {"id": "resp_9", "model": "m"}}),
            ),
            event(
                "response.failed",
                json!({"sequence_number": 1, "response": {"id": "resp_9", "model": "m", "status": "failed",
                    "error": {"code": "server_error", "message": "overloaded"}}}),
            ),
        ])
    };
    t.push(frames());
    let folded = client
        .responses()
        .stream(&request("Hi"))
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(folded.status, Some(ResponseStatus::Failed));
    assert_eq!(folded.error.unwrap().message, "overloaded");
    t.push(frames());
    let mut text = client.responses().stream(&request("Hi")).await.unwrap().text();
    let e = text.next().await.unwrap().unwrap_err();
    assert_eq!(
        (e.message(), e.code()),
        (Some("overloaded"), Some("server_error"))
    );
    assert!(text.next().await.is_none());
}

/// The blocking twins from a plain thread: create, the stream as an iterator (folded equal to
/// `create`'s answer), the tool loop, and counting input tokens.
#[cfg(feature = "blocking")]
#[test]
fn the_blocking_twins_create_stream_and_run() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = rt.block_on(MockServer::start()).unwrap();
    let client = mistral::blocking::Client::new(fast_client(&server.url(), |b| b)).unwrap();
    let responses = client.responses();
    let created = responses.create(&request("Hi")).unwrap().into_inner();
    let events: Vec<ResponseEvent> = responses
        .stream(&request("Hi"))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        matches!(events.first(), Some(ResponseEvent::Created(_))),
        "{events:?}"
    );
    assert!(
        matches!(events.last(), Some(ResponseEvent::Completed(_))),
        "{events:?}"
    );
    let folded = responses
        .stream(&request("Hi"))
        .unwrap()
        .collect_response()
        .unwrap();
    assert_eq!(folded.text(), created.text());
    let run = responses
        .run(&request("Weather in Paris?"), &weather_tools())
        .unwrap()
        .done()
        .unwrap();
    assert_eq!(run.steps(), 2);
    assert!(responses.count_input_tokens(&request("Hi")).unwrap().input_tokens > 0);
    drop(rt);
}

// ---------------------------------------------------------------------------------------------
// The streamed tool loop (`run_stream`): the same loop, each model call streamed, with the
// tools' progress.

use mistral::responses::{ResponseRunEvent, ResponseRunStream};

/// A compact trace of a streamed run: `step N`, each event's name (a run of deltas as one),
/// `started NAME`, `result NAME=OUTPUT`, `finished`.
fn trace(items: &[ResponseRunEvent]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in items {
        let t = match i {
            ResponseRunEvent::Step { step, .. } => format!("step {step}"),
            ResponseRunEvent::Event(e) => e.name().to_owned(),
            ResponseRunEvent::ToolStarted { name, .. } => format!("started {name}"),
            ResponseRunEvent::ToolResult { name, result, .. } => format!("result {name}={result:?}"),
            ResponseRunEvent::Finished(_) => "finished".to_owned(),
            other => format!("{other:?}"),
        };
        if t.ends_with(".delta") && out.last() == Some(&t) {
            continue;
        }
        out.push(t);
    }
    out
}

/// Reads a run stream to its end: its items, and the error that ended it if one did (after
/// which the stream must end).
async fn read_all(mut stream: ResponseRunStream<'_>) -> (Vec<ResponseRunEvent>, Option<mistral::Error>) {
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

/// The events of a model call that calls the weather tool, then of one that answers.
const CALL_EVENTS: [&str; 7] = [
    "response.created",
    "response.in_progress",
    "response.output_item.added",
    "response.function_call_arguments.delta",
    "response.function_call_arguments.done",
    "response.output_item.done",
    "response.completed",
];
const ANSWER_EVENTS: [&str; 9] = [
    "response.created",
    "response.in_progress",
    "response.output_item.added",
    "response.content_part.added",
    "response.output_text.delta",
    "response.output_text.done",
    "response.content_part.done",
    "response.output_item.done",
    "response.completed",
];

/// A finished run as JSON with the mock's ids normalized: its response, items and steps.
fn run_json(run: &mistral::responses::ResponseRun) -> Value {
    normalized(json!({
        "response": serde_json::to_value(&**run.response()).unwrap(),
        "items": serde_json::to_value(run.items()).unwrap(),
        "steps": run.steps(),
    }))
}

#[tokio::test]
async fn the_streamed_tool_loop_yields_steps_events_and_tool_progress_in_order() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let responses = client.responses();
    let tools = weather_tools();
    let req = request("Weather in Paris?");
    let (items, error) = read_all(responses.run_stream(&req, &tools)).await;
    assert!(error.is_none(), "{error:?}");
    let t = trace(&items);
    let mut expected = vec!["step 1".to_owned()];
    expected.extend(CALL_EVENTS.map(String::from));
    expected.push("started get_weather".to_owned());
    let result = t
        .iter()
        .find(|n| n.starts_with("result get_weather="))
        .cloned()
        .unwrap_or_default();
    expected.push(result.clone());
    expected.push("step 2".to_owned());
    expected.extend(ANSWER_EVENTS.map(String::from));
    expected.push("finished".to_owned());
    assert_eq!(t, expected);
    assert!(
        result.starts_with("result get_weather=Ok(\"22 °C in "),
        "{result}"
    );

    // The tool's start and result name the model's call.
    let (started, ended) = (
        items
            .iter()
            .find_map(|i| match i {
                ResponseRunEvent::ToolStarted {
                    call_id, arguments, ..
                } => Some((call_id.clone(), arguments.clone())),
                _ => None,
            })
            .unwrap(),
        items
            .iter()
            .find_map(|i| match i {
                ResponseRunEvent::ToolResult { call_id, .. } => Some(call_id.clone()),
                _ => None,
            })
            .unwrap(),
    );
    assert_eq!(started.0, ended);
    assert!(matches!(items[0], ResponseRunEvent::Step { step: 1, .. }));

    // The deltas spell the final answer; the outcome is `run`'s (but for the mock's ids).
    let streamed: String = items.iter().filter_map(|i| i.text()).collect();
    let done = items
        .into_iter()
        .last()
        .and_then(ResponseRunEvent::finished)
        .and_then(ResponseRunOutcome::done)
        .unwrap();
    assert_eq!(done.text(), streamed);
    assert!(streamed.starts_with("The tools said: 22 °C in "), "{streamed}");
    assert_eq!(done.steps(), 2);
    let call = done.items()[1].as_function_call().unwrap();
    assert_eq!(call.call_id, started.0);
    assert_eq!(mistral::chat::Arguments::Json(call.arguments.clone()), started.1);
    let sent = server.requests();
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].json()["stream"], true, "each model call is streamed");
    assert_eq!(sent[1].json()["stream"], true);
    assert_eq!(sent[1].json()["input"].as_array().unwrap().len(), 3);

    let run = responses.run(&req, &tools).await.unwrap().done().unwrap();
    assert_eq!(run_json(&done), run_json(&run));
    assert_eq!(server.requests()[2].json()["stream"], false);

    // Chained by id as `run` is (stored): only the outputs go in the second call.
    let stored = ResponseRequest::builder()
        .model("m")
        .input("Weather in Lyon?")
        .store(true)
        .build();
    let done = responses
        .run_stream(&stored, &tools)
        .outcome()
        .await
        .unwrap()
        .done()
        .unwrap();
    let second = server.requests().last().unwrap().json();
    assert!(second["previous_response_id"]
        .as_str()
        .unwrap()
        .starts_with("resp_"));
    assert_eq!(second["input"].as_array().unwrap().len(), 1);
    assert!(done.text().starts_with("The tools said: 22 °C"));
}

#[tokio::test]
async fn the_streamed_tool_loop_pauses_for_approval_and_resumes_as_a_stream() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let responses = client.responses();
    let tools = weather_tools().needs_confirmation("get_weather");
    let req = request("Weather in Paris?");

    let (items, error) = read_all(responses.run_stream(&req, &tools)).await;
    assert!(error.is_none(), "{error:?}");
    let t = trace(&items);
    let mut expected = vec!["step 1".to_owned()];
    expected.extend(CALL_EVENTS.map(String::from));
    expected.push("finished".to_owned());
    assert_eq!(t, expected, "nothing runs before approval");
    let pending = items
        .into_iter()
        .last()
        .and_then(ResponseRunEvent::finished)
        .and_then(ResponseRunOutcome::needs_approval)
        .unwrap();
    assert_eq!(pending.steps(), 1);
    let call_id = pending.calls()[0].id.clone();

    // Allowed: the tool runs first, then the second step (counted across the pause).
    let (items, error) =
        read_all(responses.resume_stream(pending.clone(), pending.allow_all(), &tools)).await;
    assert!(error.is_none(), "{error:?}");
    let t = trace(&items);
    assert_eq!(t[0], "started get_weather", "{t:?}");
    assert!(t[1].starts_with("result get_weather=Ok(\"22 °C in "), "{t:?}");
    assert_eq!(t[2], "step 2", "{t:?}");
    assert_eq!(t[3..t.len() - 1], ANSWER_EVENTS.map(String::from));
    assert_eq!(t.last().unwrap(), "finished");
    let streamed: String = items.iter().filter_map(|i| i.text()).collect();
    let done = items
        .into_iter()
        .last()
        .and_then(ResponseRunEvent::finished)
        .and_then(ResponseRunOutcome::done)
        .unwrap();
    assert_eq!(done.steps(), 2);
    assert_eq!(done.text(), streamed);
    assert!(done.text().contains("22 °C"), "{}", done.text());
    let sent = server.requests().last().unwrap().json();
    assert_eq!(sent["stream"], true);
    assert_eq!(sent["input"].as_array().unwrap()[2]["call_id"], call_id.as_str());

    // Denied, through the pending approval's own `resume_stream`: nothing runs.
    let (items, error) = read_all(
        pending
            .clone()
            .resume_stream(&responses, pending.deny_all(), &tools),
    )
    .await;
    assert!(error.is_none(), "{error:?}");
    let t = trace(&items);
    assert_eq!(t[0], "step 2", "{t:?}");
    assert!(!t.iter().any(|n| n.starts_with("started")), "{t:?}");
    let sent = server.requests().last().unwrap().json();
    let last = sent["input"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["output"], mistral::conversations::DENIAL_TEXT);
    let done = items
        .into_iter()
        .last()
        .and_then(ResponseRunEvent::finished)
        .unwrap();
    assert!(matches!(done, ResponseRunOutcome::Done(_)), "{done:?}");
}

#[tokio::test]
async fn an_error_mid_stream_is_the_last_item_and_keeps_the_run() {
    let server = std::sync::Arc::new(MockServer::start().await.unwrap());
    let client = fast_client(&server.url(), |b| b);
    let responses = client.responses().max_retries(0);

    // A failing tool with `fail_on_tool_error`: its result, then the error.
    let failing = Tools::new()
        .add::<GetWeather>("get_weather", "Current weather", |_a: GetWeather| async move {
            Err::<String, _>("the weather service is down")
        })
        .fail_on_tool_error(true);
    let (items, error) = read_all(responses.run_stream(&request("Weather?"), &failing)).await;
    let e = error.expect("the tool's failure is the stream's last item");
    assert_eq!(e.kind(), ErrorKind::ToolFailed);
    let t = trace(&items);
    assert_eq!(
        t[t.len() - 2..],
        [
            "started get_weather".to_owned(),
            "result get_weather=Err(\"the weather service is down\")".to_owned()
        ],
        "{t:?}"
    );
    let kept = e.response_items().unwrap();
    assert_eq!(kept.len(), 2);
    assert!(kept[1].as_function_call().is_some());
    assert!(e.response_id().unwrap().starts_with("resp_"));
    let run_error = responses.run(&request("Weather?"), &failing).await.unwrap_err();
    assert_eq!(
        normalized(serde_json::to_value(e.response_items().unwrap()).unwrap()),
        normalized(serde_json::to_value(run_error.response_items().unwrap()).unwrap()),
        "the items `run`'s error keeps"
    );

    // The step limit: one step, the tool's result, then the error.
    let limited = weather_tools().max_steps(1);
    let (items, error) = read_all(responses.run_stream(&request("Weather?"), &limited)).await;
    let e = error.unwrap();
    assert!(e.is_tool_step_limit(), "{e}");
    let t = trace(&items);
    assert_eq!(t.iter().filter(|n| n.starts_with("step")).count(), 1, "{t:?}");
    assert!(t.last().unwrap().starts_with("result get_weather=Ok("), "{t:?}");
    let kept = e.response_items().unwrap();
    assert_eq!(kept.last().unwrap().type_name(), Some("function_call_output"));
    assert!(e.response_id().unwrap().starts_with("resp_"));

    // An `error` event in the second call's stream: its events so far, then the error, which
    // keeps the first response's id and the outputs sent.
    let s = server.clone();
    let tools = Tools::new().add::<GetWeather>("get_weather", "Current weather", move |a: GetWeather| {
        s.push(Reply::sse_frames([
            event(
                "response.created",
                json!({"sequence_number": 0, "response": {"id": "resp_cut", "model": "m"}}),
            ),
            event(
                "response.output_text.delta",
                json!({"sequence_number": 1, "item_id": "msg_1", "output_index": 0, "content_index": 0,
                       "delta": "It is "}),
            ),
            event(
                "error",
                json!({"sequence_number": 2, "message": "overloaded", "code": "server_error"}),
            ),
        ]));
        async move { format!("22 °C in {}", a.city) }
    });
    let (items, error) = read_all(responses.run_stream(&request("Weather?"), &tools)).await;
    let e = error.unwrap();
    assert_eq!(e.message(), Some("overloaded"), "{e:?}");
    let t = trace(&items);
    assert_eq!(
        t[t.len() - 3..],
        ["step 2", "response.created", "response.output_text.delta"],
        "{t:?}"
    );
    let kinds: Vec<_> = e
        .response_items()
        .unwrap()
        .iter()
        .map(|i| i.type_name().unwrap())
        .collect();
    assert_eq!(kinds, ["message", "function_call", "function_call_output"]);
    let first = items
        .iter()
        .find_map(|i| match i {
            ResponseRunEvent::Event(ResponseEvent::Completed(c)) => Some(c.response.id.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(
        e.response_id(),
        Some(first.as_str()),
        "the last whole response's id"
    );
}

#[tokio::test]
async fn a_run_stream_sends_nothing_until_read() {
    let server = MockServer::start().await.unwrap();
    let client = fast_client(&server.url(), |b| b);
    let responses = client.responses();
    let tools = weather_tools();
    let mut stream = responses.run_stream(&request("Weather in Paris?"), &tools);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(server.requests().is_empty(), "nothing sent before the first read");
    let debug = format!("{stream:?}");
    assert!(debug.starts_with("ResponseRunStream"), "{debug}");
    assert!(debug.contains("running: true"), "{debug}");

    // The first item is the first step: still nothing sent, the call is made on the next read.
    let first = stream.next().await.unwrap().unwrap();
    assert!(
        matches!(first, ResponseRunEvent::Step { step: 1, .. }),
        "{first:?}"
    );
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(server.requests().is_empty(), "one item ahead at most");
    let second = stream.next().await.unwrap().unwrap();
    assert!(
        matches!(second, ResponseRunEvent::Event(ResponseEvent::Created(_))),
        "{second:?}"
    );
    assert_eq!(server.requests().len(), 1);

    // Dropped: the loop stops there.
    drop(stream);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(server.requests().len(), 1);

    // As a `Stream` too, and `outcome` after the outcome was read is a builder error.
    let mut stream = responses.run_stream(&request("Hi"), &tools);
    let mut n = 0;
    while let Some(item) = futures_util::StreamExt::next(&mut stream).await {
        n += 1;
        if let ResponseRunEvent::Finished(outcome) = item.unwrap() {
            assert!(outcome.done().is_some());
        }
    }
    assert!(n > 3);
    assert_eq!(stream.outcome().await.unwrap_err().kind(), ErrorKind::Builder);
}

/// The blocking twin yields the same items as the async stream, from a plain thread.
#[cfg(feature = "blocking")]
#[test]
fn the_blocking_run_stream_yields_the_same_sequence() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = rt.block_on(MockServer::start()).unwrap();
    let async_client = fast_client(&server.url(), |b| b);
    let tools = weather_tools();
    let req = request("Weather in Paris?");
    let (items, error) = rt.block_on(read_all(async_client.responses().run_stream(&req, &tools)));
    assert!(error.is_none(), "{error:?}");
    let expected = trace(&items);

    let client = mistral::blocking::Client::new(fast_client(&server.url(), |b| b)).unwrap();
    let responses = client.responses();
    let items: Vec<ResponseRunEvent> = responses
        .run_stream(&req, &tools)
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(trace(&items), expected);
    let streamed: String = items.iter().filter_map(|i| i.text()).collect();
    let done = items
        .into_iter()
        .last()
        .and_then(ResponseRunEvent::finished)
        .and_then(ResponseRunOutcome::done)
        .unwrap();
    assert_eq!(done.text(), streamed);
    assert_eq!(done.steps(), 2);

    // Paused, then resumed as an iterator; an error is the last item.
    let held = weather_tools().needs_confirmation("get_weather");
    let pending = responses
        .run_stream(&req, &held)
        .outcome()
        .unwrap()
        .needs_approval()
        .unwrap();
    let allow = pending.allow_all();
    let t = trace(
        &responses
            .resume_stream(pending, allow, &held)
            .collect::<Result<Vec<_>, _>>()
            .unwrap(),
    );
    assert_eq!(
        t[..3],
        [
            "started get_weather".to_owned(),
            expected[9].clone(),
            "step 2".to_owned()
        ]
    );
    let limited_tools = weather_tools().max_steps(1);
    let mut limited = responses.run_stream(&req, &limited_tools);
    let last = limited.by_ref().last().unwrap();
    assert!(last.unwrap_err().is_tool_step_limit());
    assert!(limited.next().is_none());
    drop(rt);
}

/// The run stream, its futures and its items cross threads (a compile check).
#[test]
fn the_run_stream_is_send() {
    fn send<T: Send>(_: &T) {}
    fn send_sync<T: Send + Sync>() {}
    send_sync::<ResponseRunEvent>();
    #[allow(dead_code)]
    async fn futures(client: mistral::Client, tools: Tools) {
        let responses = client.responses();
        let mut stream = responses.run_stream(&request("Hi"), &tools);
        send(&stream);
        send(&stream.next());
        send(&responses.run_stream(&request("Hi"), &tools).outcome());
        let _ = stream.next().await;
    }
}
