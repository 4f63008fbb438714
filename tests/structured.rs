//! Structured output end to end against the loopback mock server: success (complete and
//! stream), each failure mode, and the request as sent.

mod support;

use mistral::test_util::{MockServer, Reply};
use mistral::types::ParseErrorKind;
use mistral::{ChatRequest, Client, Message, StructuredEvent};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::json;
use support::*;

#[derive(Debug, Deserialize, JsonSchema, PartialEq)]
struct Book {
    title: String,
    year: Option<u16>,
    tags: Vec<String>,
}

fn book_request() -> ChatRequest {
    ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user("A book, as JSON.")])
        .build()
}

fn client(s: &MockServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .max_retries(0)
        .build()
        .unwrap()
}

fn answer(content: serde_json::Value, finish: &str) -> Reply {
    Reply::json(
        200,
        &json!({"id": "x", "object": "chat.completion", "model": "m", "created": 1,
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                "choices": [{"index": 0, "finish_reason": finish, "message": {"role": "assistant", "content": content}}]}),
    )
}

#[tokio::test]
async fn parse_success_sends_the_strict_schema() {
    let s = MockServer::start().await.unwrap();
    let parsed = client(&s).chat().parse::<Book>(&book_request()).await.unwrap();
    // The mock generated the value from the schema that was sent.
    assert_eq!(
        parsed.value().unwrap(),
        &Book {
            title: "sample title".into(),
            year: Some(1),
            tags: vec!["sample tags".into()]
        }
    );
    let sent = s.requests()[0].json();
    insta::assert_json_snapshot!("parse_request", sent);
    assert_eq!(sent["response_format"]["json_schema"]["strict"], true);
}

#[tokio::test]
async fn parse_failure_modes_keep_the_raw_text() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let cases = [
        (
            answer(json!("{\"title\": \"Dune\", \"year\": 19"), "length"),
            ParseErrorKind::Truncated,
        ),
        (
            answer(json!("not json at all"), "stop"),
            ParseErrorKind::InvalidJson,
        ),
        (
            answer(json!("{\"title\": 5, \"year\": null, \"tags\": []}"), "stop"),
            ParseErrorKind::WrongShape,
        ),
        (answer(serde_json::Value::Null, "stop"), ParseErrorKind::NoContent),
    ];
    for (reply, kind) in cases {
        s.push(reply);
        let parsed = c.chat().parse::<Book>(&book_request()).await.unwrap();
        let e = parsed.value().unwrap_err();
        assert_eq!(e.kind(), kind);
        if kind != ParseErrorKind::NoContent {
            assert!(!e.raw().is_empty());
        }
        let err = parsed.into_value().unwrap_err();
        assert!(
            err.is_output() && err.parse_error().unwrap().kind() == kind,
            "{err}"
        );
    }
}

#[tokio::test]
async fn thinking_chunks_are_skipped() {
    let s = MockServer::start().await.unwrap();
    s.push(answer(
        json!([{"type": "thinking", "thinking": [{"type": "text", "text": "{not json"}]},
               {"type": "text", "text": "{\"title\": \"Dune\", \"year\": 1965, \"tags\": [\"sf\"]}"}]),
        "stop",
    ));
    let book = client(&s)
        .chat()
        .parse::<Book>(&book_request())
        .await
        .unwrap()
        .into_value()
        .unwrap();
    assert_eq!(book.title, "Dune");
}

#[tokio::test]
async fn stream_parse_yields_deltas_then_the_value() {
    let s = MockServer::start().await.unwrap();
    let mut st = client(&s)
        .chat()
        .stream_parse::<Book>(&book_request())
        .await
        .unwrap();
    let mut text = String::new();
    let mut value = None;
    while let Some(ev) = st.next().await {
        match ev.unwrap() {
            StructuredEvent::Delta(d) => text.push_str(&d),
            // The value so far, after each delta that changed it.
            StructuredEvent::Partial(p) => assert!(p.is_object()),
            StructuredEvent::Done { value: v, response } => {
                assert_eq!(response.text(), text);
                value = Some(v.unwrap());
            }
            _ => unreachable!(),
        }
    }
    assert_eq!(value.unwrap().title, "sample title");
    assert_eq!(s.requests()[0].json()["stream"], true);
    // A stream cut by the token limit is reported as truncated.
    s.push(Reply::sse_events([
        chunk(json!("{\"title\": \"Du"), None),
        chunk(json!("ne\", \"ye"), Some("length")),
    ]));
    let e = client(&s)
        .chat()
        .stream_parse::<Book>(&book_request())
        .await
        .unwrap()
        .value()
        .await
        .unwrap_err();
    assert_eq!(e.parse_error().unwrap().kind(), ParseErrorKind::Truncated);
}

#[tokio::test]
async fn json_object_mode() {
    let s = MockServer::start().await.unwrap();
    let parsed = client(&s).chat().json(&book_request()).await.unwrap();
    assert_eq!(parsed.value().unwrap()["echo"], "A book, as JSON.");
    assert_eq!(
        s.requests()[0].json()["response_format"],
        json!({"type": "json_object"})
    );
}

// Partial values while the structured output streams (issue #25).

#[derive(Debug, Clone, Deserialize, JsonSchema, PartialEq, mistral::Partial)]
#[serde(rename_all = "lowercase")]
enum Difficulty {
    Easy,
    Hard,
}

#[derive(Debug, Clone, Deserialize, JsonSchema, PartialEq, mistral::Partial)]
struct Ingredient {
    name: String,
    grams: u32,
}

#[derive(Debug, Clone, Deserialize, JsonSchema, PartialEq, mistral::Partial)]
struct Recipe {
    title: String,
    difficulty: Difficulty,
    ingredients: Vec<Ingredient>,
    steps: Vec<String>,
}

/// Whether `later` shows everything `earlier` showed (strings and arrays only grow).
fn extends(earlier: &serde_json::Value, later: &serde_json::Value) -> bool {
    use serde_json::Value::*;
    match (earlier, later) {
        (String(a), String(b)) => b.starts_with(a.as_str()),
        (Array(a), Array(b)) => a.len() <= b.len() && a.iter().zip(b).all(|(x, y)| extends(x, y)),
        (Object(a), Object(b)) => a.iter().all(|(k, v)| b.get(k).is_some_and(|w| extends(v, w))),
        (a, b) => a == b,
    }
}

#[tokio::test]
async fn stream_partial_recipe_grows_then_ends_typed() {
    let s = MockServer::start().await.unwrap();
    let mut st = client(&s)
        .chat()
        .stream_partial::<Recipe>(&book_request())
        .await
        .unwrap();
    let (mut text, mut partials, mut done) = (String::new(), Vec::new(), None);
    while let Some(ev) = st.next().await {
        match ev.unwrap() {
            StructuredEvent::Delta(d) => text.push_str(&d),
            StructuredEvent::Partial(p) => {
                // Each partial is the text so far, read as a partial recipe.
                partials.push((text.clone(), p));
            }
            StructuredEvent::Done { value, .. } => done = Some(value.unwrap()),
            _ => unreachable!(),
        }
    }
    let recipe = done.unwrap();
    // The mock's value, generated from the schema that was sent.
    assert_eq!(recipe.title, "sample title");
    assert_eq!(recipe.difficulty, Difficulty::Easy);
    assert!(partials.len() >= 2, "{partials:?}");
    let last = &partials.last().unwrap().1;
    assert_eq!(last.title.as_deref(), Some("sample title"));
    assert_eq!(last.difficulty.as_ref().map(|d| &d.0), Some(&Difficulty::Easy));
    assert_eq!(last.steps.as_deref(), Some(&recipe.steps[..]));
    // Earlier partials show less: the title grows word by word.
    assert_eq!(partials[0].1.title.as_deref(), Some("sample "));
    assert!(partials[0].1.steps.is_none());
}

#[tokio::test]
async fn stream_parse_partials_split_inside_escapes_and_numbers() {
    let s = MockServer::start().await.unwrap();
    s.push(Reply::sse_events([
        chunk(json!("{\"title\": \"Du"), None),
        chunk(json!("ne \\u00"), None),
        chunk(json!("e9\\ud83d"), None),
        chunk(json!("\\ude00\", \"year\": 19"), None),
        chunk(json!("65, \"tags\": [\"s"), None),
        chunk(json!("f\"]}"), Some("stop")),
    ]));
    let mut st = client(&s)
        .chat()
        .stream_parse::<Book>(&book_request())
        .await
        .unwrap();
    let mut partials: Vec<serde_json::Value> = Vec::new();
    let mut value = None;
    while let Some(ev) = st.next().await {
        match ev.unwrap() {
            StructuredEvent::Partial(p) => partials.push(p),
            StructuredEvent::Done { value: v, .. } => value = Some(v.unwrap()),
            _ => {}
        }
    }
    assert_eq!(
        partials,
        [
            json!({"title": "Du"}),
            json!({"title": "Dune "}),
            json!({"title": "Dune é"}),
            json!({"title": "Dune é😀"}),
            json!({"title": "Dune é😀", "year": 1965, "tags": ["s"]}),
            json!({"title": "Dune é😀", "year": 1965, "tags": ["sf"]}),
        ]
    );
    for w in partials.windows(2) {
        assert!(extends(&w[0], &w[1]));
    }
    assert_eq!(value.unwrap().year, Some(1965));
}

#[tokio::test]
async fn stream_partial_wrong_shape_or_not_json_is_a_typed_error_with_the_text() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    for (pieces, kind) in [
        (
            ["{\"title\": 5, ", "\"year\": null, \"tags\": []}"],
            ParseErrorKind::WrongShape,
        ),
        (
            ["{\"title\": \"x\", \"tags\": []}", " and more"],
            ParseErrorKind::InvalidJson,
        ),
    ] {
        s.push(Reply::sse_events([
            chunk(json!(pieces[0]), None),
            chunk(json!(pieces[1]), Some("stop")),
        ]));
        let mut st = c.chat().stream_parse::<Book>(&book_request()).await.unwrap();
        let mut partials = 0;
        let mut err = None;
        while let Some(ev) = st.next().await {
            match ev.unwrap() {
                StructuredEvent::Partial(_) => partials += 1,
                StructuredEvent::Done { value, .. } => err = value.err(),
                _ => {}
            }
        }
        let e = err.unwrap();
        assert_eq!(e.kind(), kind);
        assert_eq!(e.raw(), pieces.concat());
        // The text that is not JSON stops the partial values (and says where).
        if kind == ParseErrorKind::InvalidJson {
            assert_eq!(partials, 1);
            assert_eq!(st.reader().error().unwrap().offset(), 27);
        }
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema, mistral::Partial)]
#[allow(dead_code)] // Only its partial is read here.
struct Weather {
    city: String,
    days: u8,
}

#[tokio::test]
async fn tool_call_arguments_stream_as_partial_args() {
    let s = MockServer::start().await.unwrap();
    let call = |args: &str, name: Option<&str>| {
        json!({"id": "s1", "object": "chat.completion.chunk", "created": 1, "model": "m",
               "choices": [{"index": 0, "finish_reason": null, "delta": {"tool_calls": [
                   {"index": 0, "id": "c1", "function": {"name": name, "arguments": args}}]}}]})
    };
    s.push(Reply::sse_events([
        call("{\"city\": \"Pa", Some("weather")),
        call("ris\", \"days\": 1", None),
        call("0}", None),
    ]));
    let mut st = client(&s).chat().stream(&book_request()).await.unwrap();
    let mut calls = mistral::chat::PartialToolCalls::new();
    let mut seen = Vec::new();
    while let Some(chunk) = st.next().await {
        for index in calls.push(&chunk.unwrap()) {
            let args: WeatherPartial = calls.args::<Weather>(index).unwrap();
            seen.push((args.city, args.days));
        }
    }
    assert_eq!(calls.name(0), Some("weather"));
    assert_eq!(
        seen,
        [
            (Some("Pa".into()), None),
            (Some("Paris".into()), None),
            (Some("Paris".into()), Some(10))
        ]
    );
    assert!(calls.error(0).is_none());
}

#[tokio::test]
async fn conversation_stream_parse_reads_the_output_text() {
    use mistral::conversations::{ConversationRequest, ConversationStructuredEvent};
    let s = MockServer::start().await.unwrap();
    let delta = |text: &str| {
        let data = json!({"type": "message.output.delta", "output_index": 0, "id": "m1", "content": text});
        format!("event: message.output.delta\ndata: {data}\n\n")
    };
    s.push(Reply::sse_frames([
        delta("{\"title\": \"Du"),
        delta("ne\", \"year\": 19"),
        delta("65, \"tags\": []}"),
        format!(
            "event: conversation.response.done\ndata: {}\n\n",
            json!({"type": "conversation.response.done", "usage": {"total_tokens": 3}})
        ),
    ]));
    let request = ConversationRequest::builder()
        .inputs("A book, as JSON.")
        .model("mistral-medium-latest")
        .build();
    let mut st = client(&s)
        .conversations()
        .start_stream(&request)
        .await
        .unwrap()
        .stream_parse::<Book>();
    let (mut partials, mut done) = (Vec::new(), None);
    while let Some(ev) = st.next().await {
        match ev.unwrap() {
            ConversationStructuredEvent::Partial(p) => partials.push(p),
            ConversationStructuredEvent::Done { text, value } => done = Some((text, value.unwrap())),
            _ => {}
        }
    }
    assert_eq!(
        partials,
        [
            json!({"title": "Du"}),
            json!({"title": "Dune"}),
            json!({"title": "Dune", "year": 1965, "tags": []}),
        ]
    );
    let (text, book) = done.unwrap();
    assert!(text.starts_with("{\"title\""));
    assert_eq!(book.year, Some(1965));
}

/// A recorded-format `json_schema` chat stream (the real wire: `chat.completion.chunk`s, usage
/// on the last one, `[DONE]`), split as the tokenizer splits: mid-key, mid-number, inside
/// `\"`, `\n`, `\u00e9` and a surrogate pair.
const RECIPE_STREAM: &[u8] = include_bytes!("../crates/mistral-types/tests/fixtures/stream_json_schema.sse");

#[tokio::test]
async fn recorded_json_schema_stream_replays_through_stream_partial() {
    let s = MockServer::start().await.unwrap();
    s.push(Reply::body(200, "text/event-stream", RECIPE_STREAM));
    let mut st = client(&s)
        .chat()
        .stream_partial::<Recipe>(&book_request())
        .await
        .unwrap();
    let (mut deltas, mut partials, mut done) = (0, Vec::new(), None);
    while let Some(ev) = st.next().await {
        match ev.unwrap() {
            StructuredEvent::Delta(_) => deltas += 1,
            StructuredEvent::Partial(p) => partials.push(p),
            StructuredEvent::Done { value, response } => {
                assert_eq!(response.usage.unwrap().completion_tokens, 85);
                done = Some(value.unwrap());
            }
            _ => unreachable!(),
        }
    }
    let recipe = done.unwrap();
    assert_eq!(recipe.title, "Crêpes \"Suzette\"");
    assert_eq!(recipe.difficulty, Difficulty::Hard);
    assert_eq!(recipe.ingredients[1].name, "café sugar 😀");
    assert_eq!(recipe.steps[0], "Whisk the eggs,\nthen the milk.");
    assert_eq!(deltas, 85);
    // A small document: a partial at every change.
    assert!(partials.len() > 40, "{}", partials.len());
    let mut title = String::new();
    for p in &partials {
        // Strings only grow; numbers and the enum show only whole.
        let t = p.title.clone().unwrap_or_default();
        assert!(t.starts_with(&title), "{t:?} after {title:?}");
        title = t;
        assert!(
            matches!(
                p.difficulty,
                None | Some(mistral::partial::Complete(Difficulty::Hard))
            ),
            "{p:?}"
        );
        for (i, ing) in p.ingredients.iter().flatten().enumerate() {
            assert!(
                matches!((i, ing.grams), (_, None) | (0, Some(250)) | (1, Some(45))),
                "{p:?}"
            );
            // An escape shows only whole (never a lone `\` or half a surrogate pair).
            let name = ing.name.as_deref().unwrap_or_default();
            assert!(!name.contains('\\') && !name.contains('\u{fffd}'), "{name:?}");
        }
    }
    let last = partials.last().unwrap();
    assert_eq!(last.title.as_deref(), Some(recipe.title.as_str()));
    assert_eq!(last.steps.as_deref(), Some(&recipe.steps[..]));
}

#[tokio::test]
async fn long_stream_partials_are_paced_and_the_last_one_is_whole() {
    // ~40 KB of steps in 8-byte deltas: a partial per change would copy ~100 MB.
    let steps: Vec<String> = (0..1000)
        .map(|i| format!("step {i:04} of the long recipe"))
        .collect();
    let text = json!({"title": "Long", "year": 2024, "tags": steps}).to_string();
    let pieces: Vec<String> = text
        .as_bytes()
        .chunks(8)
        .map(|c| String::from_utf8(c.to_vec()).unwrap())
        .collect();
    let s = MockServer::start().await.unwrap();
    let n = pieces.len();
    s.push(Reply::sse_events(
        pieces
            .iter()
            .enumerate()
            .map(|(i, p)| chunk(json!(p), (i + 1 == n).then_some("stop"))),
    ));
    let mut st = client(&s)
        .chat()
        .stream_parse::<Book>(&book_request())
        .await
        .unwrap();
    let (mut partials, mut copied, mut done) = (0usize, 0usize, None);
    let mut last = None;
    while let Some(ev) = st.next().await {
        match ev.unwrap() {
            StructuredEvent::Partial(p) => {
                partials += 1;
                copied += p.to_string().len();
                last = Some(p);
            }
            StructuredEvent::Done { value, .. } => done = Some(value.unwrap()),
            _ => {}
        }
    }
    // Every change up to 4 KiB, then paced: far fewer partials than deltas, and the
    // total copied stays within the budget (16 bytes per byte read, plus the small start).
    assert!(
        partials > 100 && partials < n / 2,
        "{partials} partials for {n} deltas"
    );
    assert!(copied < 16 * text.len() + 4096 * 4096 / 8, "{copied}");
    assert_eq!(
        last.unwrap(),
        serde_json::from_str::<serde_json::Value>(&text).unwrap()
    );
    assert_eq!(done.unwrap().tags.len(), 1000);
}

#[tokio::test]
async fn agents_stream_parse_yields_partials() {
    let s = MockServer::start().await.unwrap();
    s.push(Reply::sse_events([
        chunk(json!("{\"title\": \"Wat"), None),
        chunk(json!("er lilies\", \"year\": 19"), None),
        chunk(json!("15, \"tags\": [\"art\"]}"), Some("stop")),
    ]));
    let request = mistral::AgentsRequest::builder()
        .agent_id("ag_0123")
        .messages([Message::user("A book, as JSON.")])
        .build();
    let mut st = client(&s).agents().stream_parse::<Book>(&request).await.unwrap();
    let (mut partials, mut done) = (Vec::new(), None);
    while let Some(ev) = st.next().await {
        match ev.unwrap() {
            StructuredEvent::Partial(p) => partials.push(p),
            StructuredEvent::Done { value, .. } => done = Some(value.unwrap()),
            _ => {}
        }
    }
    assert_eq!(
        partials,
        [
            json!({"title": "Wat"}),
            json!({"title": "Water lilies"}),
            json!({"title": "Water lilies", "year": 1915, "tags": ["art"]}),
        ]
    );
    assert_eq!(done.unwrap().year, Some(1915));
    let sent = s.requests()[0].json();
    assert_eq!(s.requests()[0].path(), "/v1/agents/completions");
    assert_eq!(sent["response_format"]["json_schema"]["strict"], true);
    assert_eq!(sent["stream"], true);
}

#[tokio::test]
async fn conversation_function_call_arguments_stream_as_partial_args() {
    use mistral::chat::Tool;
    use mistral::conversations::{ConversationEvent, ConversationRequest, PartialFunctionCalls};
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    // The mock answers a function tool with a call of it, arguments made from its schema.
    let request = ConversationRequest::builder()
        .inputs("Weather in Paris?")
        .model("mistral-medium-latest")
        .tools([Tool::function::<Weather>("weather", "The forecast")])
        .build();
    let mut st = c.conversations().start_stream(&request).await.unwrap();
    let mut calls = PartialFunctionCalls::new();
    let mut changed = Vec::new();
    while let Some(ev) = st.next().await {
        let ev = ev.unwrap();
        if let Some(index) = calls.push(&ev) {
            changed.push((index, calls.args::<Weather>(index).unwrap()));
        }
    }
    assert_eq!(changed.len(), 1);
    let (index, args) = &changed[0];
    assert_eq!(calls.name(*index), Some("weather"));
    assert!(calls.id(*index).unwrap().starts_with("call_"));
    assert_eq!(calls.index_of(calls.id(*index).unwrap()), Some(*index));
    assert_eq!(args.city.as_deref(), Some("sample city"));
    assert_eq!(args.days, Some(1));

    // Arguments in pieces, as a model writing them would send them: typed partial args grow.
    let delta = |args: &str, name: &str| {
        let data = json!({"type": "function.call.delta", "output_index": 0, "id": "fc_1",
                          "name": name, "tool_call_id": "call_7", "arguments": args});
        format!("event: function.call.delta\ndata: {data}\n\n")
    };
    s.push(Reply::sse_frames([
        delta("{\"city\": \"Pa", "weather"),
        delta("ris\", \"da", ""),
        delta("ys\": 1", ""),
        delta("2}", ""),
        format!(
            "event: conversation.response.done\ndata: {}\n\n",
            json!({"type": "conversation.response.done", "usage": {"total_tokens": 3}})
        ),
    ]));
    let mut st = c.conversations().start_stream(&request).await.unwrap();
    let mut calls = PartialFunctionCalls::new();
    let mut seen = Vec::new();
    while let Some(ev) = st.next().await {
        let ev: ConversationEvent = ev.unwrap();
        // The borrowed view reads the same.
        if let Some(i) = calls.push_view(&ev.as_view()) {
            let a: WeatherPartial = calls.args::<Weather>(i).unwrap();
            seen.push((a.city, a.days));
        }
    }
    assert_eq!(
        seen,
        [
            (Some("Pa".into()), None),
            (Some("Paris".into()), None),
            (Some("Paris".into()), Some(12)),
        ]
    );
    assert_eq!(calls.index_of("call_7"), Some(0));
    assert_eq!(calls.indexes().collect::<Vec<_>>(), [0]);
    assert!(calls.error(0).is_none());
}
