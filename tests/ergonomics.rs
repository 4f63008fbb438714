//! The friction points of writing everyday programs against the SDK, each with the way it
//! reads now: errors to match, builders that bend, replies back into the history, reusable
//! handles, tools with one type parameter, media from bytes, re-exported types.

mod support;

use std::time::Duration;

use mistral::test_util::{MockServer, Reply};
use mistral::types::{ContentChunk, ImageUrl};
use mistral::{ChatRequest, Client, ErrorKind, Message, StatusCode, ToolContext, Tools};
use serde_json::json;
use support::*;

/// `Error::kind()` is matchable, with predicates and the body's fields on the error itself.
#[tokio::test(start_paused = true)]
async fn errors_can_be_matched() {
    let (c, t) = scripted_with(|b| b.max_retries(0));
    let cases = [
        (429, "rate_limit_error", ErrorKind::RateLimited),
        (401, "authentication_error", ErrorKind::Unauthorized),
        (403, "permission_error", ErrorKind::Forbidden),
        (404, "not_found", ErrorKind::NotFound),
        (400, "invalid_request_error", ErrorKind::BadRequest),
        (422, "invalid_request_error", ErrorKind::Unprocessable),
        (500, "server_error", ErrorKind::Server),
        (503, "server_error", ErrorKind::Server),
        (409, "conflict", ErrorKind::Api),
    ];
    for (status, kind, want) in cases {
        t.push(Reply::json(
            status,
            &json!({"object": "error", "message": "m", "type": kind, "param": "messages", "code": "3051"}),
        ));
        let e = c.chat().complete(&request()).await.unwrap_err();
        assert_eq!(e.kind(), want, "{status}");
        assert_eq!(e.status(), Some(StatusCode::from_u16(status).unwrap()));
        assert_eq!(
            (e.code(), e.error_type(), e.param(), e.message()),
            (Some("3051"), Some(kind), Some("messages"), Some("m"))
        );
        assert_eq!(e.is_rate_limited(), status == 429);
        assert_eq!(e.is_auth(), status == 401 || status == 403);
    }
    let bad = ChatRequest::builder()
        .model("m")
        .messages(Vec::<Message>::new())
        .build();
    assert_eq!(
        c.chat().complete(&bad).await.unwrap_err().kind(),
        ErrorKind::InvalidRequest
    );
    assert_eq!(Client::builder().build().unwrap_err().kind(), ErrorKind::Builder);
    t.push(Reply::never());
    let e = c
        .chat()
        .timeout(Some(Duration::from_millis(10)))
        .complete(&request())
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Timeout);
}

/// Every optional setter has a `maybe_` twin taking an `Option`, so a setting can be applied
/// conditionally without breaking the builder's type.
#[test]
fn optional_setters_take_options() {
    let temperature: Option<f64> = Some(0.2);
    let seed: Option<u64> = None;
    let req = ChatRequest::builder()
        .model("m")
        .messages([Message::user("x")])
        .maybe_temperature(temperature)
        .maybe_random_seed(seed)
        .maybe_max_tokens(Some(64))
        .build();
    let v = serde_json::to_value(&req).unwrap();
    assert_eq!(
        (v["temperature"].clone(), v["max_tokens"].clone()),
        (json!(0.2), json!(64))
    );
    assert!(v.get("random_seed").is_none());
    let fim = mistral::FimRequest::builder()
        .model("codestral-latest")
        .prompt("p")
        .maybe_suffix(None::<String>)
        .maybe_min_tokens(Some(1))
        .build();
    assert_eq!(fim.min_tokens, Some(1));
    let emb = mistral::EmbeddingRequest::builder()
        .model("mistral-embed")
        .input("x")
        .maybe_output_dimension(Some(256))
        .build();
    assert_eq!(emb.output_dimension, Some(256));
    let agents = mistral::AgentsRequest::builder()
        .agent_id("a")
        .messages([Message::user("x")])
        .maybe_max_tokens(None)
        .build();
    assert_eq!(agents.max_tokens, None);
}

/// `messages` takes anything iterable: arrays, vectors, iterators, and a borrowed history.
#[test]
fn messages_from_anything_iterable() {
    let history = vec![Message::system("Be brief."), Message::user("Hi")];
    let from_slice = ChatRequest::builder().model("m").messages(&history).build();
    let from_iter = ChatRequest::builder()
        .model("m")
        .messages(history.iter().filter(|m| m.role() == mistral::types::Role::User))
        .build();
    let from_vec = ChatRequest::builder()
        .model("m")
        .messages(history.clone())
        .build();
    assert_eq!(from_slice.messages, history);
    assert_eq!(from_iter.messages.len(), 1);
    assert_eq!(from_vec.messages, history);
}

/// A reply goes back into the history with `into_message()`; `thinking()` sits beside `text()`.
#[tokio::test]
async fn replies_go_back_into_the_history() {
    let (c, t) = scripted();
    t.push(Reply::json(
        200,
        &json!({"id": "r", "model": "m", "choices": [{"index": 0, "finish_reason": "stop",
        "message": {"role": "assistant", "content": [
            {"type": "thinking", "thinking": [{"type": "text", "text": "Paris is the capital."}]},
            {"type": "text", "text": "Paris."}]}}]}),
    ));
    let mut history = vec![Message::user("Capital of France?")];
    let r = c.chat().complete(&request()).await.unwrap();
    assert_eq!(
        (r.text().as_ref(), r.thinking().as_str()),
        ("Paris.", "Paris is the capital.")
    );
    let (response, meta) = r.into_parts();
    assert_eq!(meta.status(), StatusCode::OK);
    history.push(response.clone().into_message());
    history.push(Message::user("And Italy?"));
    assert_eq!(history[1].role(), mistral::types::Role::Assistant);
    let message = response.message().cloned().unwrap();
    assert_eq!(message.thinking(), "Paris is the capital.");
    assert_eq!(message.into_message(), history[1]);
}

/// One configured handle serves many calls; a per-call timeout bounds each attempt, and a
/// total timeout the whole call.
#[tokio::test(start_paused = true)]
async fn handles_are_reusable_and_timeouts_say_what_they_bound() {
    let (c, t) = scripted();
    let chat = c.chat().max_retries(2).header("x-app", "demo");
    for _ in 0..3 {
        chat.complete(&request()).await.unwrap();
    }
    assert!(t.requests().iter().all(|r| r.header("x-app") == Some("demo")));
    for _ in 0..3 {
        t.push(Reply::never());
    }
    let started = tokio::time::Instant::now();
    let e = chat
        .timeout(Some(Duration::from_millis(200)))
        .complete(&request())
        .await
        .unwrap_err();
    assert_eq!(e.attempts(), 3, "the timeout bounds each attempt");
    assert!(started.elapsed() >= Duration::from_millis(600));
    for _ in 0..3 {
        t.push(Reply::never());
    }
    let started = tokio::time::Instant::now();
    let e = c
        .chat()
        .timeout(Some(Duration::from_millis(200)))
        .total_timeout(Some(Duration::from_millis(300)))
        .complete(&request())
        .await
        .unwrap_err();
    assert_eq!(e.timeout_phase(), Some(mistral::TimeoutPhase::Total));
    assert!(started.elapsed() < Duration::from_millis(400));
}

#[derive(serde::Deserialize, schemars::JsonSchema)]
struct Weather {
    city: String,
}

/// `add::<Args>(..)` and `add(.., |a: Args| ..)` both read naturally; a handler can see its
/// call's id; the step-limit error keeps the conversation and says "1 step".
#[tokio::test]
async fn tools_with_one_type_parameter() {
    let s = MockServer::start().await.unwrap();
    let c = Client::builder().api_key(KEY).base_url(s.url()).build().unwrap();
    let tools = Tools::new()
        .add::<Weather>("get_weather", "Weather in a city", |a| async move {
            format!("sunny in {}", a.city)
        })
        .add("echo", "Echoes", |a: Weather| async move { a.city })
        .add_with_context::<Weather>("where", "Where", |a, ctx: ToolContext| async move {
            format!("{} for call {}", a.city, ctx.id.unwrap_or_default())
        });
    assert_eq!(tools.definitions().len(), 3);
    let run = c.chat().run_tools(&request(), &tools).await.unwrap();
    assert!(
        run.response().text().contains("sunny in sample city"),
        "{}",
        run.response().text()
    );

    let only_where =
        Tools::new().add_with_context::<Weather>("where", "Where", |a, ctx: ToolContext| async move {
            format!("{} for call {}", a.city, ctx.id.unwrap_or_default())
        });
    let run = c.chat().run_tools(&request(), &only_where).await.unwrap();
    assert!(
        run.response().text().contains("for call call00001"),
        "{}",
        run.response().text()
    );

    let e = c
        .chat()
        .run_tools(&request(), &tools.clone().max_steps(1))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ToolStepLimit);
    assert!(e.to_string().contains("limit of 1 step without"), "{e}");
    let conversation = e.conversation().unwrap();
    assert_eq!(
        conversation.len(),
        request().messages.len() + 2,
        "assistant turn and tool result kept"
    );

    // A failed call keeps the conversation too.
    s.push(error(400, "invalid_request_error", "bad"));
    let e = c
        .chat()
        .max_retries(0)
        .run_tools(&request(), &tools)
        .await
        .unwrap_err();
    assert_eq!(
        e.conversation().map(<[Message]>::len),
        Some(request().messages.len())
    );
}

/// Images and documents from bytes, as data URLs, without hand-written base64.
#[test]
fn media_from_bytes() {
    let chunk = ContentChunk::image_bytes("image/png", [0x89, b'P', b'N', b'G']);
    let v = serde_json::to_value(&chunk).unwrap();
    assert_eq!(
        v,
        json!({"type": "image_url", "image_url": "data:image/png;base64,iVBORw=="})
    );
    assert_eq!(
        ImageUrl::from_bytes("image/gif", b"GIF89a"),
        ImageUrl::Url("data:image/gif;base64,R0lGODlh".into())
    );
    let doc = ContentChunk::document_bytes("application/pdf", b"%PDF", Some("a.pdf"));
    let v = serde_json::to_value(&doc).unwrap();
    assert_eq!(v["document_url"], "data:application/pdf;base64,JVBERg==");
    assert_eq!(v["document_name"], "a.pdf");
    let req = ChatRequest::builder()
        .model("pixtral-large-latest")
        .messages([Message::user(vec![ContentChunk::text("What is this?"), chunk])])
        .build();
    req.validate().unwrap();
}

/// Types the public API names are re-exported: no extra dependency to name a status, headers
/// or a body.
#[test]
fn external_types_are_re_exported() {
    let _: mistral::StatusCode = mistral::StatusCode::TOO_MANY_REQUESTS;
    let mut h = mistral::HeaderMap::new();
    h.insert("x-a", mistral::HeaderValue::from_static("1"));
    let _ = mistral::Bytes::from_static(b"x");
    let _ = mistral::http::Method::POST;
}

/// The mock answers with a request id and rate-limit headers, like the API, so both can be
/// tried offline; a reply that sets its own keeps them.
#[tokio::test]
async fn the_mock_sends_a_request_id_and_rate_limits() {
    let s = mistral::test_util::MockServer::start().await.unwrap();
    let c = Client::builder().api_key(KEY).base_url(s.url()).build().unwrap();
    let first = c.chat().complete(&request()).await.unwrap();
    let second = c.chat().complete(&request()).await.unwrap();
    let (a, b) = (
        first.meta().request_id().unwrap(),
        second.meta().request_id().unwrap(),
    );
    assert_eq!((a.len(), b.len()), (32, 32), "{a} {b}");
    assert_ne!(a, b);
    let limits = second.meta().rate_limits();
    assert_eq!(limits.get("limit-req-minute"), Some(60));
    assert_eq!(limits.get("remaining-req-minute"), Some(58));
    assert!(limits.get("remaining-tokens-minute").is_some_and(|n| n < 500_000));
    s.push(Reply::completion("x").header("x-request-id", "mine"));
    let own = c.chat().complete(&request()).await.unwrap();
    assert_eq!(own.meta().request_id(), Some("mine"));
}

/// The offline helper's future can be spawned and its error converts into a
/// `Box<dyn Error + Send + Sync>` (so into `anyhow::Error`).
#[tokio::test]
async fn the_offline_helper_is_send_and_its_error_is_send_sync() {
    fn boxed(e: mistral::Error) -> Box<dyn std::error::Error + Send + Sync> {
        Box::new(e)
    }
    if std::env::var_os("MISTRAL_API_KEY").is_some() {
        return; // this test never calls the real API
    }
    let (client, server) = tokio::spawn(mistral::test_util::client_from_env_or_mock())
        .await
        .unwrap()
        .map_err(boxed)
        .unwrap();
    assert!(server.is_some());
    assert!(client
        .chat()
        .complete(&request())
        .await
        .unwrap()
        .text()
        .contains("Hi"));
}
