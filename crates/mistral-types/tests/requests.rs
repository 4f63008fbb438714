//! Representative requests: the exact JSON sent (insta snapshots), and every one of them checked
//! against the spec's `ChatCompletionRequest` schema (vendored in `spec/api-schemas.json`).

use mistral_types::*;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{json, Value};

mod common;
use common::spec_validator;

/// Serializes, checks against the spec, checks our own validation and the round trip.
fn wire(req: &ChatRequest) -> Value {
    req.validate().expect("request is valid");
    let v = serde_json::to_value(req).unwrap();
    let validator = spec_validator("ChatCompletionRequest");
    let errors: Vec<String> = validator
        .iter_errors(&v)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "request does not match the spec: {errors:#?}\n{v:#}"
    );
    let back: ChatRequest = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(&back, req, "round trip");
    v
}

fn base() -> Vec<Message> {
    vec![Message::system("Be brief."), Message::user("Hi")]
}

#[test]
fn minimal() {
    let req = ChatRequest::builder()
        .model("mistral-large-latest")
        .messages(base())
        .build();
    insta::assert_json_snapshot!(wire(&req));
}

#[test]
fn all_scalar_options() {
    let mut metadata = JsonObject::new();
    metadata.insert("user".into(), json!("u-42"));
    metadata.insert("tags".into(), json!(["a", "b"]));
    let req = ChatRequest::builder()
        .model("mistral-small-latest")
        .messages(base())
        .temperature(0.3)
        .top_p(0.9)
        .max_tokens(256)
        .stream(false)
        .stop(["\n\n", "END"])
        .random_seed(42)
        .metadata(metadata)
        .presence_penalty(0.5)
        .frequency_penalty(-0.5)
        .n(2)
        .parallel_tool_calls(false)
        .reasoning_effort(ReasoningEffort::High)
        .prompt_mode(Some(PromptMode::Reasoning))
        .prompt_cache_key("conversation-1")
        .service_tier(ServiceTier::StandardOnly)
        .safe_prompt(true)
        .build();
    insta::assert_json_snapshot!(wire(&req));
}

#[test]
fn single_stop_and_null_prompt_mode() {
    let req = ChatRequest::builder()
        .model("magistral-medium-latest")
        .messages(base())
        .stop("STOP")
        .prompt_mode(None)
        .reasoning_effort(ReasoningEffort::None)
        .service_tier(ServiceTier::Auto)
        .build();
    let v = wire(&req);
    assert_eq!(v["prompt_mode"], Value::Null, "null is sent explicitly");
    insta::assert_json_snapshot!(v);
}

#[test]
fn user_chunks_of_every_type() {
    let req = ChatRequest::builder()
        .model("mistral-medium-latest")
        .messages([Message::user([
            ContentChunk::text("Compare these."),
            ContentChunk::image_url("https://example.com/cat.png"),
            ContentChunk::image_url_with_detail("data:image/png;base64,iVBORw0KGgo=", ImageDetail::High),
            ContentChunk::document_url("https://example.com/paper.pdf"),
            ContentChunk::document_url_named("https://example.com/b.pdf", "b.pdf"),
            ContentChunk::reference([ReferenceId::Int(1), ReferenceId::from("doc-2")]),
            ContentChunk::file("4a3b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d"),
            ContentChunk::input_audio("UklGRiQAAABXQVZF"),
        ])])
        .build();
    insta::assert_json_snapshot!(wire(&req));
}

#[test]
fn thinking_history_and_system_chunks() {
    let think = ContentChunk::Thinking(ThinkChunk {
        thinking: vec![ThinkingPart::Text(TextChunk {
            text: "2+2 is 4".into(),
        })],
        signature: Some("sig-abc".into()),
        closed: Some(true),
    });
    let req = ChatRequest::builder()
        .model("magistral-medium-latest")
        .messages([
            Message::system([ContentChunk::text("Think step by step.")]),
            Message::user("2+2?"),
            Message::assistant([think, ContentChunk::text("4")]),
            Message::user("And 3+3?"),
        ])
        .build();
    insta::assert_json_snapshot!(wire(&req));
}

#[derive(JsonSchema, Deserialize)]
#[allow(dead_code)]
struct GetWeather {
    /// The city name.
    city: String,
    unit: Option<Unit>,
}

#[derive(JsonSchema, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
enum Unit {
    Celsius,
    Fahrenheit,
}

#[test]
fn function_tool_conversation() {
    let tool = Tool::function::<GetWeather>("get_weather", "Current weather in a city");
    let call = ToolCall::function("D681PevKs", "get_weather", r#"{"city": "Paris", "unit": null}"#);
    let req = ChatRequest::builder()
        .model("mistral-large-latest")
        .messages([
            Message::user("Weather in Paris?"),
            Message::Assistant(AssistantMessage {
                content: Some("".into()),
                tool_calls: Some(vec![call.clone()]),
                prefix: false,
            }),
            Message::tool_result(&call, "22°C, sunny"),
            Message::user("And in Lyon?"),
        ])
        .tool_choice(tool.choice().unwrap())
        .tools(vec![
            tool,
            Tool::function_raw(
                "noop",
                "Does nothing",
                json!({"type": "object", "properties": {}}),
            ),
        ])
        .parallel_tool_calls(true)
        .build();
    insta::assert_json_snapshot!(wire(&req));
}

#[test]
fn builtin_tools() {
    let mut web = Tool::web_search();
    if let Tool::WebSearch(b) = &mut web {
        b.tool_configuration = Some(ToolConfiguration {
            exclude: Some(vec!["news".into()]),
            include: None,
            requires_confirmation: Some(vec![]),
        });
    }
    let req = ChatRequest::builder()
        .model("mistral-medium-latest")
        .messages([Message::user("Search and draw.")])
        .tools(vec![
            web,
            Tool::web_search_premium(),
            Tool::code_interpreter(),
            Tool::image_generation(),
            Tool::document_library(["lib-1", "lib-2"]),
            Tool::connector("github", Some(ConnectorAuth::OAuth2Token { value: "tok".into() })),
            Tool::connector("jira", Some(ConnectorAuth::ApiKey { value: "key".into() })),
        ])
        .tool_choice(ToolChoice::any())
        .build();
    insta::assert_json_snapshot!(wire(&req));
}

#[test]
fn json_object_mode() {
    let req = ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user("List three colors as JSON.")])
        .response_format(ResponseFormat::json_object())
        .tool_choice(ToolChoice::none())
        .build();
    insta::assert_json_snapshot!(wire(&req));
}

#[derive(JsonSchema, Deserialize)]
#[allow(dead_code)]
struct Book {
    title: String,
    authors: Vec<Author>,
    year: Option<u16>,
}

#[derive(JsonSchema, Deserialize)]
#[allow(dead_code)]
struct Author {
    name: String,
}

#[test]
fn json_schema_mode() {
    let req = ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user("Describe a book.")])
        .response_format(ResponseFormat::json_schema::<Book>())
        .build();
    insta::assert_json_snapshot!(wire(&req));
}

#[test]
fn text_mode_and_required_choice() {
    let req = ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([Message::user("Hello")])
        .response_format(ResponseFormat::text())
        .tools(vec![Tool::function::<GetWeather>("get_weather", "Weather")])
        .tool_choice(ToolChoice::required())
        .build();
    insta::assert_json_snapshot!(wire(&req));
}

#[test]
fn guardrails() {
    let req = ChatRequest::builder()
        .model("mistral-large-latest")
        .messages(base())
        .guardrails(vec![
            GuardrailConfig {
                block_on_error: Some(true),
                moderation_llm_v1: Some(ModerationConfig {
                    model_name: Some("mistral-moderation-2411".into()),
                    custom_category_thresholds: Some(ModerationV1Thresholds {
                        hate_and_discrimination: Some(0.2),
                        pii: Some(0.9),
                        ..Default::default()
                    }),
                    ignore_other_categories: Some(false),
                    action: Some(ModerationAction::Block),
                }),
                moderation_llm_v2: None,
            },
            GuardrailConfig {
                moderation_llm_v2: Some(ModerationConfig {
                    custom_category_thresholds: Some(ModerationV2Thresholds {
                        jailbreaking: Some(0.5),
                        ..Default::default()
                    }),
                    action: Some(ModerationAction::None),
                    ..Default::default()
                }),
                ..Default::default()
            },
        ])
        .build();
    insta::assert_json_snapshot!(wire(&req));
}

#[test]
fn prediction_and_prefix() {
    let req = ChatRequest::builder()
        .model("codestral-latest")
        .messages([
            Message::user("Rename x to y in: let x = 1;"),
            Message::assistant_prefix("let y"),
        ])
        .prediction("let y = 1;")
        .build();
    insta::assert_json_snapshot!(wire(&req));
}

#[test]
fn tool_message_with_chunks_and_null_user_content() {
    let req = ChatRequest::builder()
        .model("mistral-large-latest")
        .messages([
            Message::User(UserMessage { content: None }),
            Message::Assistant(AssistantMessage {
                content: None,
                tool_calls: Some(vec![ToolCall::function("c1", "lookup", json!({"q": "rust"}))]),
                prefix: false,
            }),
            Message::tool("c1", [ContentChunk::text("found")]),
        ])
        .build();
    insta::assert_json_snapshot!(wire(&req));
}

#[test]
fn unset_fields_are_omitted_and_nothing_else_is_sent() {
    let req = ChatRequest::builder()
        .model("m")
        .messages([Message::user("x")])
        .build();
    assert_eq!(
        serde_json::to_string(&req).unwrap(),
        r#"{"model":"m","messages":[{"role":"user","content":"x"}]}"#
    );
}

#[test]
fn spec_rejects_what_the_api_rejects() {
    // The validator must be able to fail: an unknown field is rejected like the API does.
    let validator = spec_validator("ChatCompletionRequest");
    let bad =
        json!({"model": "m", "messages": [{"role": "user", "content": "x"}], "max_completion_tokens": 5});
    assert!(!validator.is_valid(&bad));
    let bad_chunk = json!({"model": "m", "messages": [{"role": "system", "content": [{"type": "image_url", "image_url": "x"}]}]});
    assert!(!validator.is_valid(&bad_chunk));
}

/// A gateway reading requests keeps the fields this version does not know, and sends them on
/// unchanged.
#[test]
fn deserializing_a_request_keeps_unknown_fields() {
    let body = json!({"model": "m", "messages": [{"role": "user", "content": "x"}], "store": true,
                      "logprobs": true, "top_logprobs": 3});
    let req: ChatRequest = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(req.extra.get("store"), Some(&json!(true)));
    assert_eq!(req.extra.len(), 1);
    // The fields the live API accepts beyond the spec are typed.
    assert_eq!((req.logprobs, req.top_logprobs), (Some(true), Some(3)));
    assert_eq!(serde_json::to_value(&req).unwrap(), body);
}

/// `logprobs` and `top_logprobs` (accepted by the live API, absent from the published spec)
/// go out under their own names, and not at all when unset.
#[test]
fn logprobs_on_the_wire() {
    let req = ChatRequest::builder()
        .model("m")
        .messages(base())
        .logprobs(true)
        .top_logprobs(5)
        .build();
    req.validate().unwrap();
    let v = serde_json::to_value(&req).unwrap();
    assert_eq!(v["logprobs"], json!(true));
    assert_eq!(v["top_logprobs"], json!(5));
    let back: ChatRequest = serde_json::from_value(v).unwrap();
    assert_eq!(back, req);
    assert!(back.extra.is_empty());
    let plain = serde_json::to_value(ChatRequest::builder().model("m").messages(base()).build()).unwrap();
    assert!(plain.get("logprobs").is_none() && plain.get("top_logprobs").is_none());
}
