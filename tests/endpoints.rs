//! FIM, agents, embeddings and models end to end: through the real client to the loopback
//! mock server (default replies that follow the request), every request as sent checked
//! against its operation's schema in the spec, the error bodies of each endpoint, and the
//! per-call options on every handle.

mod support;

use std::time::Duration;

use mistral::embeddings::Batching;
use mistral::test_util::{MockServer, Reply, MOCK_EMBEDDING_DIMENSION};
use mistral::{
    AgentsRequest, CallOptions, Capability, Client, Embedding, EmbeddingDtype, EmbeddingRequest,
    EncodingFormat, FimRequest, Message, Tools, UpdateModelRequest,
};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::json;
use support::*;

fn client(s: &MockServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .max_retries(0)
        .build()
        .unwrap()
}

fn fim_request() -> FimRequest {
    FimRequest::builder()
        .model("codestral-latest")
        .prompt("def fib(n):")
        .suffix("\nprint(fib(10))")
        .max_tokens(64)
        .build()
}

#[tokio::test]
async fn fim_complete_and_stream() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let r = c.fim().complete(&fim_request()).await.unwrap();
    assert!(r.text().contains("after `def fib(n):`"), "{}", r.text());
    assert!(r.text().contains("before `print(fib(10))`"));
    assert_eq!(r.meta().status(), 200);

    let streamed = c
        .fim()
        .stream(&fim_request())
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(streamed.text(), r.text());
    let mut text = String::new();
    let mut t = c.fim().stream(&fim_request()).await.unwrap().text();
    while let Some(d) = t.next().await {
        text.push_str(&d.unwrap());
    }
    assert_eq!(text, r.text());

    let sent = s.requests();
    assert_eq!(sent[0].uri().path(), "/v1/fim/completions");
    assert_eq!(sent[0].json()["stream"], false);
    assert_eq!(sent[1].json()["stream"], true);
    for r in &sent {
        assert_matches_spec("FIMCompletionRequest", &r.json());
    }
}

fn agents_request() -> AgentsRequest {
    AgentsRequest::builder()
        .agent_id("ag_0123")
        .messages([Message::user("Who painted the water lilies?")])
        .build()
}

#[derive(Debug, Deserialize, JsonSchema)]
struct Painter {
    name: String,
    born: u16,
}

#[derive(Deserialize, JsonSchema)]
struct Lookup {
    name: String,
}

/// Agents get chat's helpers through the same generic code: complete, stream, parse, run_tools.
#[tokio::test]
async fn agents_complete_stream_parse_and_tools() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let r = c.agents().complete(&agents_request()).await.unwrap();
    assert_eq!(r.text(), "Echo: Who painted the water lilies?");
    assert_eq!(r.model, "mistral-medium-latest");
    let streamed = c
        .agents()
        .stream(&agents_request())
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(streamed.text(), r.text());

    let painter = c
        .agents()
        .parse::<Painter>(&agents_request())
        .await
        .unwrap()
        .into_value()
        .unwrap();
    assert_eq!((painter.name.as_str(), painter.born), ("sample name", 1));
    let value = c
        .agents()
        .stream_parse::<Painter>(&agents_request())
        .await
        .unwrap()
        .value()
        .await
        .unwrap();
    assert_eq!(value.name, "sample name");

    let tools = Tools::new().add("lookup", "Looks a painter up", |a: Lookup| async move {
        format!("{} was born in 1840", a.name)
    });
    let run = c.agents().run_tools(&agents_request(), &tools).await.unwrap();
    assert_eq!(run.steps(), 2);
    assert!(
        run.response().text().contains("was born in 1840"),
        "{}",
        run.response().text()
    );

    for r in s.requests() {
        assert_eq!(r.uri().path(), "/v1/agents/completions");
        assert_matches_spec("AgentsCompletionRequest", &r.json());
    }
}

fn norm(v: &[f32]) -> f32 {
    v.iter().map(|a| a * a).sum::<f32>().sqrt()
}

/// With no encoding chosen, base64 is asked for and decoded; with `float` chosen, JSON numbers
/// come back: the vectors are the same.
#[tokio::test]
async fn embeddings_base64_by_default_and_float_on_request() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let req = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input(["The cat sat.", "A feline was seated.", "The cat sat."])
        .build();
    let b64 = c.embeddings().create(&req).await.unwrap();
    let mut float_req = req.clone();
    float_req.encoding_format = Some(EncodingFormat::Float);
    let floats = c.embeddings().create(&float_req).await.unwrap();
    assert_eq!(b64.data, floats.data);
    let v = b64.float_vectors();
    assert_eq!(v.len(), 3);
    assert_eq!(v[0].len(), MOCK_EMBEDDING_DIMENSION);
    assert!((norm(v[0]) - 1.0).abs() < 2e-3);
    assert_eq!(v[0], v[2], "deterministic");
    assert_ne!(v[0], v[1]);
    assert_eq!(b64.usage.as_ref().unwrap().completion_tokens, 0);

    let sent = s.requests();
    assert_eq!(sent[0].json()["encoding_format"], "base64");
    assert_eq!(sent[1].json()["encoding_format"], "float");
    for r in &sent {
        assert_matches_spec("EmbeddingRequest", &r.json());
    }
}

#[tokio::test]
async fn embeddings_in_every_dtype() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    for dtype in [
        EmbeddingDtype::Float,
        EmbeddingDtype::Int8,
        EmbeddingDtype::Uint8,
        EmbeddingDtype::Binary,
        EmbeddingDtype::Ubinary,
    ] {
        for encoding in [None, Some(EncodingFormat::Float)] {
            let mut req = EmbeddingRequest::builder()
                .model("codestral-embed")
                .input("fn main() {}")
                .output_dimension(256)
                .output_dtype(dtype.clone())
                .build();
            req.encoding_format = encoding.clone();
            let out = c.embeddings().create(&req).await.unwrap();
            let e = &out.data[0].embedding;
            assert_eq!(e.dimension(), 256, "{dtype} {encoding:?}");
            let ok = matches!(
                (&dtype, e),
                (EmbeddingDtype::Float, Embedding::Float(_))
                    | (EmbeddingDtype::Int8, Embedding::Int8(_))
                    | (EmbeddingDtype::Uint8, Embedding::Uint8(_))
                    | (EmbeddingDtype::Binary, Embedding::Binary(_))
                    | (EmbeddingDtype::Ubinary, Embedding::Ubinary(_))
            );
            assert!(ok, "{dtype}: {e:?}");
        }
    }
}

/// The batch helper keeps input order across batches and concurrency, sums usage, and names the
/// batch that failed.
#[tokio::test]
async fn embeddings_in_batches() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let texts: Vec<String> = (0..300).map(|i| format!("text number {i}")).collect();
    let req = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input(texts.clone())
        .build();
    // One request of 300 is over the mock's limit: Mistral's error 3210.
    let e = c.embeddings().create(&req).await.unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 400);
    assert_eq!(e.api_error().unwrap().code.as_deref(), Some("3210"));

    let out = c
        .embeddings()
        .create_batched(&req, Batching::new().per_request(64).concurrency(3))
        .await
        .unwrap();
    assert_eq!(out.data.len(), 300);
    let single = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input(texts[123].clone())
        .build();
    let one = c.embeddings().create(&single).await.unwrap();
    for (i, v) in out.data.iter().enumerate() {
        assert_eq!(v.index, i);
    }
    assert_eq!(out.data[123].embedding, one.data[0].embedding, "order kept");
    assert_eq!(out.usage.as_ref().unwrap().prompt_tokens, 300 * 3);

    // The third batch fails: the error says which, and the inputs it held. (The first two
    // answer each of their 100 inputs: a short answer is itself an error, tests/matching.rs.)
    s.push(Reply::embeddings(vec![[1.0f32]; 100]));
    s.push(Reply::embeddings(vec![[1.0f32]; 100]));
    s.push(error(400, "invalid_request_error", "Too many tokens"));
    let e = c
        .embeddings()
        .create_batched(&req, Batching::new().per_request(100).concurrency(1))
        .await
        .unwrap_err();
    assert_eq!(e.batch(), Some((2, 200..300)));
    assert!(
        e.to_string()
            .starts_with("batch 2 (inputs 200..300): API error 400"),
        "{e}"
    );
}

/// `Batching` names the two numbers of `create_batched`: texts per request and requests at
/// once, with documented defaults (64 and 4); a zero is raised to 1 (issue #21).
#[tokio::test]
async fn batching_options_split_the_inputs_as_named() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let texts: Vec<String> = (0..130).map(|i| format!("text {i}")).collect();
    let req = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input(texts)
        .build();
    let sizes = |from: usize| -> Vec<usize> {
        s.requests()[from..]
            .iter()
            .map(|r| r.json()["input"].as_array().map_or(0, Vec::len))
            .collect()
    };

    // The defaults: 64 texts a request.
    assert_eq!(Batching::default(), Batching::new());
    assert_eq!(
        Batching::default().texts_per_request(),
        Batching::DEFAULT_PER_REQUEST
    );
    assert_eq!(
        Batching::default().requests_at_once(),
        Batching::DEFAULT_CONCURRENCY
    );
    assert_eq!(
        (Batching::DEFAULT_PER_REQUEST, Batching::DEFAULT_CONCURRENCY),
        (64, 4)
    );
    let out = c
        .embeddings()
        .create_batched(&req, Batching::default())
        .await
        .unwrap();
    assert_eq!(out.data.len(), 130);
    assert_eq!(sizes(0), [64, 64, 2]);

    // Named values, in any order of the setters.
    let before = s.requests().len();
    let batching = Batching::new().concurrency(2).per_request(50);
    assert_eq!(
        (batching.texts_per_request(), batching.requests_at_once()),
        (50, 2)
    );
    let out = c.embeddings().create_batched(&req, batching).await.unwrap();
    assert!(out.data.iter().enumerate().all(|(i, v)| v.index == i));
    assert_eq!(sizes(before), [50, 50, 30]);

    // Zeros never stall or divide by zero: one text a request, one request at a time.
    let zero = Batching::new().per_request(0).concurrency(0);
    assert_eq!((zero.texts_per_request(), zero.requests_at_once()), (1, 1));
    let three = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input(["a", "b", "c"])
        .build();
    let before = s.requests().len();
    let out = c.embeddings().create_batched(&three, zero).await.unwrap();
    assert_eq!(out.data.len(), 3);
    assert_eq!(sizes(before), [1, 1, 1]);
}

/// `Batching::concurrency` is how many requests are in flight at once: with answers that
/// take a while, 3 at once open 3 connections, 1 at a time reuses one.
#[tokio::test]
async fn batching_concurrency_is_requests_in_flight() {
    let req = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input(["a", "b", "c", "d", "e", "f"])
        .build();
    for (at_once, connections) in [(3, 3), (1, 1)] {
        let s = MockServer::start().await.unwrap();
        for _ in 0..3 {
            s.push(Reply::embeddings([[1.0f32], [2.0]]).delay(Duration::from_millis(150)));
        }
        let batching = Batching::new().per_request(2).concurrency(at_once);
        let out = client(&s)
            .embeddings()
            .create_batched(&req, batching)
            .await
            .unwrap();
        assert_eq!(out.data.len(), 6);
        assert_eq!(s.connections(), connections, "{batching:?}");
    }
}

#[tokio::test]
async fn embeddings_are_validated_before_sending() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let empty = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input(Vec::<String>::new())
        .build();
    assert!(c
        .embeddings()
        .create(&empty)
        .await
        .unwrap_err()
        .is_invalid_request());
    assert!(c
        .embeddings()
        .create_batched(&empty, Batching::new().per_request(10).concurrency(2))
        .await
        .unwrap_err()
        .is_invalid_request());
    assert!(s.requests().is_empty());
}

#[tokio::test]
async fn models_list_filter_retrieve_and_manage() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let list = c.models().list().await.unwrap();
    assert!(list.data.len() >= 5);
    assert!(list.data.iter().all(|m| !m.id.is_empty()));
    let both = c
        .models()
        .with_capabilities(&[Capability::FunctionCalling, Capability::Vision])
        .await
        .unwrap();
    assert!(!both.is_empty());
    assert!(both
        .iter()
        .all(|m| m.capabilities.function_calling && m.capabilities.vision));
    let fim: Vec<_> = list.with_capabilities(&[Capability::CompletionFim]).collect();
    assert!(fim.iter().any(|m| m.id.starts_with("codestral")));
    assert!(list
        .data
        .iter()
        .any(|m| m.deprecation.as_ref().and_then(|d| d.unix_seconds()).is_some()));

    let card = c.models().retrieve("mistral-small-latest").await.unwrap();
    assert_eq!(card.id, "mistral-small-2506");
    let e = c.models().retrieve("no-such-model").await.unwrap_err();
    assert_eq!(e.status().unwrap().as_u16(), 404);
    assert_eq!(e.api_error().unwrap().code.as_deref(), Some("1500"));

    let ft = list.data.iter().find(|m| m.is_fine_tuned()).unwrap().id.clone();
    assert!(c.models().retrieve(&ft).await.unwrap().is_fine_tuned());
    assert!(c.models().delete(&ft).await.unwrap().deleted);
    let updated = c
        .models()
        .update(&ft, &UpdateModelRequest::default().name("support-bot"))
        .await
        .unwrap();
    assert_eq!(updated.name.as_deref(), Some("support-bot"));
    assert!(c.models().archive(&ft).await.unwrap().archived);
    assert!(!c.models().unarchive(&ft).await.unwrap().archived);

    let sent = s.requests();
    let lines: Vec<String> = sent
        .iter()
        .map(|r| format!("{} {}", r.method(), r.uri().path()))
        .collect();
    assert!(lines.contains(&format!("DELETE /v1/models/{ft}")), "{lines:?}");
    assert!(lines.contains(&format!("PATCH /v1/fine_tuning/models/{ft}")));
    assert!(lines.contains(&format!("POST /v1/fine_tuning/models/{ft}/archive")));
    assert!(lines.contains(&format!("DELETE /v1/fine_tuning/models/{ft}/archive")));
    let get = sent.iter().find(|r| r.method() == "GET").unwrap();
    assert!(get.header("content-type").is_none(), "no body, no content type");
    assert!(get.body().is_empty());
}

#[tokio::test]
async fn model_ids_are_escaped_and_checked() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let _ = c.models().retrieve("a/b?c").await;
    assert_eq!(s.requests()[0].uri().path(), "/v1/models/a%2Fb%3Fc");
    for bad in ["", "..", "."] {
        assert!(
            c.models().retrieve(bad).await.unwrap_err().is_invalid_request(),
            "{bad:?}"
        );
    }
    assert!(c
        .models()
        .update("ft:x", &UpdateModelRequest::default())
        .await
        .unwrap_err()
        .is_invalid_request());
    assert_eq!(s.requests().len(), 1);
    let _ = c
        .models()
        .list_filtered(Some("mistral ai"), Some("small"))
        .await
        .unwrap();
    assert_eq!(
        s.requests()[1].uri().query(),
        Some("provider=mistral%20ai&model=small")
    );
}

/// Each endpoint's error bodies reach the caller parsed: a 422 detail, an error with a code.
#[tokio::test]
async fn error_bodies_of_each_endpoint() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let detail = json!({"detail": [{"type": "missing", "loc": ["body", "prompt"], "msg": "Field required"}]});
    s.push(Reply::json(422, &detail));
    let e = c.fim().complete(&fim_request()).await.unwrap_err();
    assert_eq!(e.api_error().unwrap().detail[0].path(), "body.prompt");
    s.push(error(404, "invalid_request_error", "Agent not found"));
    let e = c.agents().stream(&agents_request()).await.unwrap_err();
    assert_eq!(e.api_error().unwrap().message.as_deref(), Some("Agent not found"));
    s.push(Reply::json(422, &detail));
    let req = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input("x")
        .build();
    assert_eq!(
        c.embeddings()
            .create(&req)
            .await
            .unwrap_err()
            .status()
            .unwrap()
            .as_u16(),
        422
    );
    s.push(error(401, "authentication_error", "Unauthorized"));
    assert!(c.models().list().await.unwrap_err().status().unwrap() == 401);
    // A 200 that is an error body is an API error for every endpoint, not a decode error.
    let err_body =
        json!({"object": "error", "message": "overloaded", "type": "server_error", "code": "1234"});
    s.push(Reply::json(200, &err_body));
    assert!(c.models().list().await.unwrap_err().is_status());
    s.push(Reply::json(200, &err_body));
    assert!(c.embeddings().create(&req).await.unwrap_err().is_status());
    s.push(Reply::json(200, &err_body));
    assert!(c
        .models()
        .retrieve("mistral-embed")
        .await
        .unwrap_err()
        .is_status());
}

/// The same per-call options on every handle, from one options type; the client's defaults
/// stay untouched.
#[tokio::test]
async fn per_call_options_on_every_handle() {
    let s = MockServer::start().await.unwrap();
    let c = Client::builder()
        .api_key(KEY)
        .base_url(s.url())
        .retry_policy(mistral::RetryPolicy::default().initial_delay(Duration::from_millis(1)))
        .build()
        .unwrap();
    let opts = CallOptions::new().max_retries(0).header("x-team", "search");
    let req = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input("x")
        .build();
    for _ in 0..5 {
        s.push(error(503, "server_error", "busy"));
    }
    let e = c
        .embeddings()
        .options(opts.clone())
        .create(&req)
        .await
        .unwrap_err();
    assert_eq!(e.attempts(), 1);
    let e = c.models().options(opts.clone()).list().await.unwrap_err();
    assert_eq!(e.attempts(), 1);
    let e = c.fim().max_retries(0).complete(&fim_request()).await.unwrap_err();
    assert_eq!(e.attempts(), 1);
    // Without overrides: the client's two retries get past the two 503s left.
    c.agents().complete(&agents_request()).await.unwrap();
    let sent = s.requests();
    assert_eq!(sent.len(), 3 + 3);
    assert_eq!(sent[0].header("x-team"), Some("search"));
    assert_eq!(sent[1].header("x-team"), Some("search"));
    assert_eq!(sent[2].header("x-team"), None);

    // A handle serves many calls; a bad per-call header fails every call before sending.
    let models = c.models().timeout(Some(Duration::from_secs(5)));
    models.list().await.unwrap();
    models.retrieve("mistral-embed").await.unwrap();
    let before = s.requests().len();
    let bad = c.embeddings().header("x-bad", "a\nb");
    assert!(bad.create(&req).await.unwrap_err().is_builder());
    assert!(c
        .models()
        .header("bad name", "v")
        .list()
        .await
        .unwrap_err()
        .is_builder());
    assert_eq!(s.requests().len(), before);

    // A total timeout on one call.
    s.push(Reply::json(200, &json!({"object": "list", "data": []})).delay(Duration::from_secs(5)));
    let e = c
        .models()
        .total_timeout(Some(Duration::from_millis(50)))
        .list()
        .await
        .unwrap_err();
    assert_eq!(e.timeout_phase(), Some(mistral::TimeoutPhase::Total));
}

/// Every handle is a type of its own with every per-call setter and `.options(..)`, and its
/// `Debug` names it with its overrides (issue #21). A handle missing a setter fails the build.
#[tokio::test]
async fn every_handle_has_the_per_call_setters_and_names_itself() {
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    macro_rules! every_setter {
        ($h:expr) => {
            $h.options(CallOptions::new().header("x-first", "1"))
                .max_retries(0)
                .retry_policy(mistral::RetryPolicy::default())
                .max_retries(0)
                .timeout(Some(Duration::from_secs(5)))
                .timeout(Duration::from_secs(5))
                .stream_idle_timeout(None)
                .stream_idle_timeout(Duration::from_secs(60))
                .total_timeout(None)
                .resend_after_send(false)
                .header("x-handle", "on")
        };
    }
    let debug = [
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
    let names = [
        "Chat",
        "Fim",
        "Agents",
        "Embeddings",
        "Models",
        "Moderations",
        "Classifiers",
        "Ocr",
        "Files",
        "Batch",
    ];
    for (d, name) in debug.iter().zip(names) {
        assert!(d.starts_with(&format!("{name} {{")), "{d}");
        assert!(d.contains("x-handle") && d.contains("x-first"), "{d}");
    }
    // The overrides reach the wire, from any handle.
    let models = every_setter!(c.models());
    models.list().await.unwrap();
    let sent = s.requests();
    assert_eq!(sent[0].header("x-handle"), Some("on"));
    assert_eq!(sent[0].header("x-first"), Some("1"));
}

/// The scripted transport routes every endpoint like the server.
#[tokio::test]
async fn scripted_transport_serves_every_endpoint() {
    let (c, t) = scripted();
    assert!(c
        .fim()
        .complete(&fim_request())
        .await
        .unwrap()
        .text()
        .contains("fib"));
    assert!(!c.models().list().await.unwrap().data.is_empty());
    let req = EmbeddingRequest::builder()
        .model("mistral-embed")
        .input("x")
        .build();
    assert_eq!(c.embeddings().create(&req).await.unwrap().data.len(), 1);
    assert_eq!(t.requests().len(), 3);
}

/// Moderation and classification of texts and conversations, through the mock server.
#[tokio::test]
async fn moderation_and_classification() {
    use mistral::types::{ChatClassificationRequest, ChatModerationRequest, ClassificationRequest};
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let req = ClassificationRequest::builder()
        .model("mistral-moderation-latest")
        .input(["Have a nice day", "I will hurt you"])
        .build();
    let r = c.moderations().moderate(&req).await.unwrap();
    assert!(r.flagged());
    assert!(!r.results[0].flagged());
    assert_eq!(r.results[1].flagged_categories(), ["violence_and_threats"]);
    assert!(r.usage.is_some());
    let chat = ChatModerationRequest::builder()
        .model("mistral-moderation-latest")
        .input([
            Message::user("How do I pick a lock?"),
            Message::assistant("I can't help."),
        ])
        .build();
    let r = c.moderations().moderate_chat(&chat).await.unwrap();
    assert_eq!(r.results[0].categories.dangerous_and_criminal_content, Some(true));

    let texts = ClassificationRequest::builder()
        .model("ft:classifier:sentiment")
        .input("I love this")
        .build();
    let r = c.classifiers().classify(&texts).await.unwrap();
    assert_eq!(r.results[0]["sentiment"].top().map(|t| t.0), Some("positive"));
    let convs = ChatClassificationRequest::builder()
        .model("ft:classifier:sentiment")
        .input(vec![
            vec![Message::user("meh")],
            vec![Message::user("great, thanks")],
        ])
        .build();
    let r = c.classifiers().classify_chat(&convs).await.unwrap();
    assert_eq!(r.results.len(), 2);
    assert_eq!(r.results[1]["sentiment"].top().map(|t| t.0), Some("positive"));

    let empty = ClassificationRequest::builder()
        .model("m")
        .input(Vec::<String>::new())
        .build();
    assert!(c
        .moderations()
        .moderate(&empty)
        .await
        .unwrap_err()
        .is_invalid_request());
    let sent = s.requests();
    let paths: Vec<&str> = sent.iter().map(|r| r.path()).collect();
    assert_eq!(
        paths,
        [
            "/v1/moderations",
            "/v1/chat/moderations",
            "/v1/classifications",
            "/v1/chat/classifications"
        ]
    );
    assert_matches_spec("ClassificationRequest", &sent[0].json());
    assert_matches_spec("ChatModerationRequest", &sent[1].json());
    assert_matches_spec("ClassificationRequest", &sent[2].json());
    assert_matches_spec("ChatClassificationRequest", &sent[3].json());
}

#[derive(Debug, Deserialize, JsonSchema)]
struct ReportSummary {
    title: String,
}

/// OCR of a local PDF through the mock server: pages, markdown, a typed annotation.
#[tokio::test]
async fn ocr_of_a_local_pdf() {
    use mistral::types::{OcrDocument, OcrRequest};
    let s = MockServer::start().await.unwrap();
    let c = client(&s);
    let pdf = include_bytes!("../examples/data/report.pdf");
    let req = OcrRequest::builder()
        .model("mistral-ocr-latest")
        .document(OcrDocument::from_bytes(pdf).unwrap())
        .include_image_base64(true)
        .build()
        .with_document_annotation::<ReportSummary>();
    let r = c.ocr().process(&req).await.unwrap();
    assert_eq!(r.pages.len(), 2);
    assert!(r.markdown().contains("Revenue grew 12 percent.") && r.markdown().contains("steady growth"));
    assert_eq!(
        r.document_annotation::<ReportSummary>().unwrap().title,
        "sample title"
    );
    assert!(r.pages[0].images[0].image_base64.is_some());
    assert_eq!(
        r.usage_info.as_ref().unwrap().doc_size_bytes,
        Some(pdf.len() as u64)
    );
    let sent = &s.requests()[0];
    assert_eq!(sent.path(), "/v1/ocr");
    assert_matches_spec("OCRRequest", &sent.json());
    assert!(sent.json()["document"]["document_url"]
        .as_str()
        .unwrap()
        .starts_with("data:application/pdf;base64,"));
    let bad = OcrRequest::builder()
        .model("m")
        .document(OcrDocument::url(""))
        .build();
    assert!(c.ocr().process(&bad).await.unwrap_err().is_invalid_request());
}
