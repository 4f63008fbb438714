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
