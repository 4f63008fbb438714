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
