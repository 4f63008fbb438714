//! One test per validation rule: each must name the field path and the allowed values.

use mistral_types::*;
use serde_json::json;

/// A valid builder to add one option to (a macro: the builder's type changes with each setter).
macro_rules! req {
    () => {
        ChatRequest::builder()
            .model("mistral-small-latest")
            .messages(vec![Message::user("Hi")])
    };
}

fn violations(r: &ChatRequest) -> Vec<String> {
    r.validate()
        .err()
        .map(|e| e.violations().iter().map(ToString::to_string).collect())
        .unwrap_or_default()
}

#[test]
fn a_valid_request_passes() {
    assert!(req!().build().validate().is_ok());
}

#[test]
fn temperature_range() {
    assert!(req!().temperature(0.0).build().validate().is_ok());
    assert!(req!().temperature(1.5).build().validate().is_ok());
    assert_eq!(
        violations(&req!().temperature(1.6).build()),
        ["temperature: 1.6 is out of range 0.0..=1.5"]
    );
    assert_eq!(violations(&req!().temperature(-0.1).build()).len(), 1);
    assert_eq!(violations(&req!().temperature(f64::NAN).build()).len(), 1);
}

#[test]
fn top_p_range() {
    assert!(req!().top_p(1.0).build().validate().is_ok());
    assert_eq!(
        violations(&req!().top_p(0.0).build()),
        ["top_p: 0 is out of range (0.0, 1.0]"]
    );
    assert_eq!(violations(&req!().top_p(1.01).build()).len(), 1);
}

#[test]
fn penalties_range() {
    assert!(req!()
        .presence_penalty(-2.0)
        .frequency_penalty(2.0)
        .build()
        .validate()
        .is_ok());
    let v = violations(&req!().presence_penalty(2.5).frequency_penalty(-3.0).build());
    assert_eq!(
        v,
        [
            "presence_penalty: 2.5 is out of range -2.0..=2.0",
            "frequency_penalty: -3 is out of range -2.0..=2.0"
        ]
    );
}

#[test]
fn n_at_least_one() {
    assert!(req!().n(1).build().validate().is_ok());
    assert_eq!(
        violations(&req!().n(0).build()),
        ["n: 0 is out of range: must be at least 1"]
    );
}

#[test]
fn max_tokens_and_seed_are_unsigned_by_type() {
    // `max_tokens` and `random_seed` are `u32`/`u64`: a negative value cannot be built, and the
    // JSON form rejects it too.
    assert!(
        serde_json::from_value::<ChatRequest>(json!({"model": "m", "messages": [], "max_tokens": -1}))
            .is_err()
    );
    assert!(
        serde_json::from_value::<ChatRequest>(json!({"model": "m", "messages": [], "random_seed": -1}))
            .is_err()
    );
    assert!(req!().max_tokens(0).random_seed(0).build().validate().is_ok());
}

#[test]
fn model_not_empty() {
    let r = ChatRequest::builder()
        .model(" ")
        .messages([Message::user("x")])
        .build();
    assert_eq!(violations(&r), ["model: must not be empty"]);
}

#[test]
fn messages_not_empty() {
    let r = ChatRequest::builder()
        .model("m")
        .messages(Vec::<Message>::new())
        .build();
    assert_eq!(violations(&r), ["messages: must contain at least one message"]);
}

#[test]
fn last_message_role() {
    let r = ChatRequest::builder()
        .model("m")
        .messages([Message::user("x"), Message::assistant("y")])
        .build();
    assert_eq!(
        violations(&r),
        ["messages[1]: the last message must be user or tool (or assistant with prefix), got assistant"]
    );
    let r = ChatRequest::builder()
        .model("m")
        .messages([Message::system("x")])
        .build();
    assert_eq!(violations(&r).len(), 1);
    let ok = ChatRequest::builder()
        .model("m")
        .messages([Message::user("x"), Message::assistant_prefix("y")])
        .build();
    assert!(ok.validate().is_ok());
    let ok = ChatRequest::builder()
        .model("m")
        .messages([Message::user("x"), Message::tool("c", "r")])
        .build();
    assert!(ok.validate().is_ok());
}

#[test]
fn assistant_needs_content_or_tool_calls() {
    let empty = Message::Assistant(AssistantMessage {
        content: None,
        tool_calls: Some(vec![]),
        prefix: false,
    });
    let r = ChatRequest::builder()
        .model("m")
        .messages([Message::user("a"), empty, Message::user("b")])
        .build();
    assert_eq!(
        violations(&r),
        ["messages[1]: an assistant message must have content or tool_calls"]
    );
}

#[test]
fn system_chunks_text_or_thinking() {
    let r = ChatRequest::builder()
        .model("m")
        .messages([
            Message::system([ContentChunk::text("a"), ContentChunk::image_url("u")]),
            Message::user("x"),
        ])
        .build();
    assert_eq!(
        violations(&r),
        ["messages[0].content[1]: a system message allows only text and thinking chunks, got `image_url`"]
    );
}

#[test]
fn document_library_needs_ids() {
    let r = req!()
        .tools(vec![Tool::document_library(Vec::<String>::new())])
        .build();
    assert_eq!(
        violations(&r),
        ["tools[0].library_ids: needs at least one library id"]
    );
}

#[test]
fn function_name_and_parameters() {
    let r = req!()
        .tools(vec![Tool::function_raw(
            "get weather!",
            "d",
            json!("not a schema"),
        )])
        .build();
    let v = violations(&r);
    assert_eq!(v.len(), 2);
    assert!(v[0].starts_with("tools[0].function.name: \"get weather!\" is not allowed"));
    assert_eq!(v[1], "tools[0].function.parameters: must be a JSON schema object");
}

#[test]
fn connector_id_not_empty() {
    let r = req!().tools(vec![Tool::connector("", None)]).build();
    assert_eq!(violations(&r), ["tools[0].connector_id: must not be empty"]);
}

#[test]
fn tool_choice_names_a_defined_function() {
    let r = req!().tool_choice(ToolChoice::function("missing")).build();
    assert_eq!(
        violations(&r),
        ["tool_choice: names function \"missing\", which is not among the request's function tools"]
    );
    let t = Tool::function_raw("f", "d", json!({"type": "object"}));
    assert!(req!()
        .tool_choice(t.choice().unwrap())
        .tools(vec![t])
        .build()
        .validate()
        .is_ok());
}

#[test]
fn json_schema_format_needs_schema() {
    let rf = ResponseFormat {
        kind: ResponseFormatType::JsonSchema,
        json_schema: None,
    };
    assert_eq!(
        violations(&req!().response_format(rf).build()),
        ["response_format.json_schema: a json_schema response format needs a schema"]
    );
    let rf = ResponseFormat::json_schema_raw("", json!(true), true);
    assert_eq!(violations(&req!().response_format(rf).build()).len(), 2);
}

#[test]
fn every_violation_is_reported_at_once() {
    let r = ChatRequest::builder()
        .model("")
        .messages(Vec::<Message>::new())
        .temperature(9.0)
        .top_p(0.0)
        .n(0)
        .build();
    let e = r.validate().unwrap_err();
    assert_eq!(e.violations().len(), 5);
    assert!(e.has("temperature") && e.has("top_p") && e.has("n") && e.has("model") && e.has("messages"));
    assert!(e
        .to_string()
        .starts_with("invalid request: model: must not be empty; "));
}

#[test]
fn const_constructors() {
    const T: Temperature = Temperature::new(1.5);
    assert_eq!(T.get(), 1.5);
    assert!(TopP::try_new(0.0).is_none());
    assert!(Penalty::try_new(-2.0).is_some());
}

#[test]
fn top_logprobs_range_and_needs_logprobs() {
    assert!(req!().logprobs(true).build().validate().is_ok());
    assert!(req!().logprobs(false).build().validate().is_ok());
    assert!(req!().logprobs(true).top_logprobs(0).build().validate().is_ok());
    assert!(req!().logprobs(true).top_logprobs(20).build().validate().is_ok());
    assert_eq!(
        violations(&req!().logprobs(true).top_logprobs(21).build()),
        ["top_logprobs: 21 is out of range 0..=20"]
    );
    assert_eq!(
        violations(&req!().top_logprobs(3).build()),
        ["top_logprobs: needs `logprobs: true`"]
    );
    assert_eq!(
        violations(&req!().logprobs(false).top_logprobs(3).build()),
        ["top_logprobs: needs `logprobs: true`"]
    );
    assert_eq!(violations(&req!().top_logprobs(99).build()).len(), 2);
}

/// `logprobs` and `top_logprobs` are typed now: naming them through `extra` is an error, as for
/// any typed field (they would otherwise be sent twice, or bypass the range check).
#[test]
fn extra_may_not_name_the_off_spec_typed_fields() {
    let r = req!()
        .extra("logprobs", json!(true))
        .extra("top_logprobs", json!(50))
        .build();
    let e = r.validate().unwrap_err();
    assert!(e.has("extra.logprobs"), "{e}");
    assert!(e.has("extra.top_logprobs"), "{e}");
    // Fields the SDK does not type still go through `extra`.
    assert!(req!().extra("beam_width", json!(2)).build().validate().is_ok());
    for name in ChatRequest::OFF_SPEC_FIELDS {
        assert!(!ChatRequest::FIELDS.contains(name), "{name}");
    }
}

/// Agents completions take the same typed `logprobs` and `top_logprobs`, checked the same way.
#[test]
fn agents_logprobs_are_typed_and_checked() {
    let ok = mistral_types::AgentsRequest::builder()
        .agent_id("ag_1")
        .messages([mistral_types::Message::user("hi")])
        .logprobs(true)
        .top_logprobs(3)
        .build();
    assert!(ok.validate().is_ok());
    let json = serde_json::to_value(&ok).unwrap();
    assert_eq!(
        (&json["logprobs"], &json["top_logprobs"]),
        (&true.into(), &3.into())
    );
    let bad = mistral_types::AgentsRequest::builder()
        .agent_id("ag_1")
        .messages([mistral_types::Message::user("hi")])
        .top_logprobs(21)
        .extra("logprobs", serde_json::json!(true))
        .build();
    let e = bad.validate().unwrap_err().to_string();
    assert!(e.contains("top_logprobs") && e.contains("logprobs"), "{e}");
    assert_eq!(bad.validate().unwrap_err().violations().len(), 3, "{e}");
}
