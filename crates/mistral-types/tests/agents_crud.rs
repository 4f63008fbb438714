//! Agents CRUD (`/v1/agents`): the create and update bodies snapshotted (insta) and checked
//! against the vendored spec's schemas; validation before sending (ranges, handoffs, version
//! messages, alias names against the spec's pattern); the agent, page and alias objects read
//! from spec-shaped fixtures, with unknown fields and unknown tool kinds kept.

use mistral_types::agents::*;
use mistral_types::chat::{Tool, ToolChoiceMode};
use mistral_types::{ApiRequest, GuardrailConfig, JsonObject, ResponseFormat};

use proptest::prelude::*;
use serde_json::{json, Value};

mod common;
use common::{sorted, spec_errors, spec_properties, wire};

fn violations(r: Result<(), mistral_types::ValidationError>) -> Vec<String> {
    r.unwrap_err()
        .violations()
        .iter()
        .map(|v| v.path.clone())
        .collect()
}

#[derive(schemars::JsonSchema, serde::Deserialize)]
#[allow(dead_code)]
struct GetWeather {
    city: String,
}

#[test]
fn typed_fields_match_the_spec() {
    assert_eq!(
        sorted(AgentCreationRequest::FIELDS),
        spec_properties("CreateAgentRequest")
    );
    assert_eq!(
        sorted(AgentUpdateRequest::FIELDS),
        spec_properties("UpdateAgentRequest")
    );
}

#[test]
fn create_minimal() {
    let req = AgentCreationRequest::builder()
        .model("mistral-medium-latest")
        .name("librarian")
        .build();
    insta::assert_json_snapshot!(wire(&req, "CreateAgentRequest"));
}

fn every_tool() -> Vec<Tool> {
    vec![
        Tool::function::<GetWeather>("get_weather", "Current weather in a city"),
        Tool::web_search(),
        Tool::web_search_premium(),
        Tool::code_interpreter(),
        Tool::image_generation(),
        Tool::document_library(["lib_1"]),
        Tool::connector("conn_1", None),
    ]
}

#[test]
fn create_every_option() {
    let mut metadata = JsonObject::new();
    metadata.insert("team".into(), json!("support"));
    let req = AgentCreationRequest::builder()
        .model("mistral-medium-latest")
        .name("weather")
        .instructions("Answer with the weather, briefly.")
        .tools(every_tool())
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
        .guardrails(vec![GuardrailConfig {
            block_on_error: Some(true),
            ..Default::default()
        }])
        .description("Tells the weather")
        .handoffs(["ag_translator", "ag_travel"])
        .metadata(metadata)
        .version_message("first version")
        .build();
    insta::assert_json_snapshot!(wire(&req, "CreateAgentRequest"));
}

#[test]
fn update_every_option() {
    let mut metadata = JsonObject::new();
    metadata.insert("team".into(), json!("sales"));
    let req = AgentUpdateRequest::builder()
        .model("mistral-large-latest")
        .name("weather-2")
        .instructions("Answer in French.")
        .tools([Tool::web_search()])
        .completion_args(CompletionArgs::default().max_tokens(100))
        .guardrails(vec![GuardrailConfig::default()])
        .description("Tells the weather in French")
        .handoffs(["ag_translator"])
        .deployment_chat(true)
        .metadata(metadata)
        .version_message("French")
        .build();
    insta::assert_json_snapshot!(wire(&req, "UpdateAgentRequest"));
}

#[test]
fn update_clears_nullable_fields() {
    let req = AgentUpdateRequest::builder()
        .clear_instructions()
        .clear_guardrails()
        .clear_handoffs()
        .clear_metadata()
        .tools(Vec::<Tool>::new())
        .build();
    insta::assert_json_snapshot!(wire(&req, "UpdateAgentRequest"));
    // Absent stays absent, `null` stays `null`: the tri-state survives a round trip.
    let back: AgentUpdateRequest = serde_json::from_value(json!({"instructions": null})).unwrap();
    assert_eq!(back.instructions, Some(None));
    assert_eq!(back.handoffs, None);
    // The last call wins, in either order.
    let req = AgentUpdateRequest::builder()
        .clear_instructions()
        .instructions("back")
        .build();
    assert_eq!(req.instructions, Some(Some("back".into())));
}

#[test]
fn extra_fields_go_flat_and_may_not_shadow() {
    let req = AgentCreationRequest::builder()
        .model("m")
        .name("n")
        .extra("new_knob", json!(1))
        .build();
    let v = serde_json::to_value(&req).unwrap();
    assert_eq!(v["new_knob"], 1);
    let shadow = AgentCreationRequest::builder()
        .model("m")
        .name("n")
        .extra("name", json!("x"))
        .extra("description", json!("y"))
        .build();
    assert_eq!(violations(shadow.validate()), ["extra.name", "extra.description"]);
    let shadow = AgentUpdateRequest::builder()
        .extra("deployment_chat", json!(true))
        .build();
    assert_eq!(violations(shadow.validate()), ["extra.deployment_chat"]);
}

#[test]
fn validation_before_sending() {
    let bad = AgentCreationRequest::builder()
        .model(" ")
        .name("")
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
        .handoffs(["ag_1", ""])
        .version_message("x".repeat(501))
        .build();
    assert_eq!(
        violations(bad.validate()),
        [
            "model",
            "name",
            "tools[0].function.name",
            "tools[1].library_ids",
            "completion_args.temperature",
            "completion_args.presence_penalty",
            "completion_args.extra.temperature",
            "handoffs[1]",
            "version_message",
        ]
    );
    // The limits are inclusive, and counted in characters, not bytes.
    let edge = AgentCreationRequest::builder()
        .model("m")
        .name("n")
        .version_message("é".repeat(VERSION_MESSAGE_MAX_CHARS))
        .build();
    assert!(edge.validate().is_ok());

    // Update: nothing to update; empty handoffs (clear them instead); empty name.
    assert_eq!(
        violations(AgentUpdateRequest::builder().build().validate()),
        ["request"]
    );
    let mut empty_handoffs = AgentUpdateRequest::builder().name("").build();
    empty_handoffs.handoffs = Some(Some(vec![]));
    assert_eq!(violations(empty_handoffs.check()), ["name", "handoffs"]);
    assert!(AgentUpdateRequest::builder()
        .deployment_chat(false)
        .build()
        .validate()
        .is_ok());
}

#[test]
fn telemetry_names_the_model() {
    let req = AgentCreationRequest::builder().model("m1").name("n").build();
    assert_eq!(req.telemetry().model, Some("m1"));
    let req = AgentUpdateRequest::builder().name("n").build();
    assert_eq!(req.telemetry().model, None);
}

/// An agent as the spec describes it (every required field), plus a field added after the
/// published spec and an unknown one.
fn agent_fixture() -> Value {
    json!({
        "object": "agent",
        "id": "ag_0196",
        "name": "weather",
        "model": "mistral-medium-latest",
        "instructions": "Answer with the weather.",
        "tools": [
            {"type": "function", "function": {"name": "get_weather", "description": "Weather",
             "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}},
            {"type": "web_search"},
            {"type": "document_library", "library_ids": ["lib_1"]},
            {"type": "connector", "connector_id": "conn_1"}
        ],
        "completion_args": {"temperature": 0.3, "max_tokens": 300, "tool_choice": "auto"},
        "guardrails": [{"block_on_error": true}],
        "handoffs": ["ag_translator"],
        "metadata": {"team": "support"},
        "version": 2,
        "versions": [0, 1, 2],
        "created_at": "2025-05-01T10:00:00Z",
        "updated_at": "2025-05-03T08:30:00.123Z",
        "deployment_chat": false,
        "source": "api",
        "version_message": "third"
    })
}

#[test]
fn agent_from_a_spec_shaped_fixture() {
    let fixture = agent_fixture();
    assert_eq!(spec_errors(&fixture, "Agent"), Vec::<String>::new());
    let agent: Agent = serde_json::from_value(fixture.clone()).unwrap();
    assert_eq!(agent.id, "ag_0196");
    assert_eq!(agent.version, Some(2));
    assert_eq!(agent.agent_version(), Some(AgentVersion::Number(2)));
    assert_eq!(agent.versions, [0, 1, 2]);
    assert_eq!(agent.source, Some(AgentSource::Api));
    assert_eq!(agent.deployment_chat, Some(false));
    assert_eq!(agent.handoffs.as_deref(), Some(&["ag_translator".to_owned()][..]));
    assert_eq!(
        agent.tools.iter().map(|t| t.type_name()).collect::<Vec<_>>(),
        [
            Some("function"),
            Some("web_search"),
            Some("document_library"),
            Some("connector")
        ]
    );
    assert!(agent.function_tool("get_weather").is_some());
    let args = agent.completion_args.as_ref().unwrap();
    assert_eq!(
        (args.max_tokens, args.tool_choice.clone()),
        (Some(300), Some(ToolChoiceMode::Auto))
    );
    assert_eq!(
        agent.updated_at.as_ref().and_then(|t| t.unix_seconds()),
        Some(1_746_261_000)
    );
    // Sent back as read.
    assert_eq!(serde_json::to_value(&agent).unwrap(), fixture);
}

#[test]
fn agent_keeps_unknown_fields_and_tool_kinds() {
    let mut fixture = agent_fixture();
    fixture["owner_id"] = json!("u_1");
    fixture["description"] = json!("Tells the weather");
    fixture["aliases"] = json!([{"alias": "production", "version": 1}]);
    fixture["source"] = json!("agent_builder_v9");
    fixture["tools"]
        .as_array_mut()
        .unwrap()
        .push(json!({"type": "time_machine", "era": "1900s"}));
    let agent: Agent = serde_json::from_value(fixture.clone()).unwrap();
    assert_eq!(agent.description.as_deref(), Some("Tells the weather"));
    assert_eq!(agent.owner_id.as_deref(), Some("u_1"));
    assert_eq!(agent.extra["aliases"][0]["alias"], "production");
    assert_eq!(agent.source, Some(AgentSource::Other("agent_builder_v9".into())));
    let unknown = agent.tools.last().unwrap();
    assert!(matches!(unknown, Tool::Unknown(_)));
    assert_eq!(unknown.type_name(), Some("time_machine"));
    // Nothing lost: the unknown parts go back out unchanged.
    assert_eq!(serde_json::to_value(&agent).unwrap(), fixture);
}

#[test]
fn agent_is_lenient_about_missing_and_null_fields() {
    let agent: Agent = serde_json::from_value(json!({
        "id": "ag_1", "name": null, "tools": null, "versions": null, "version": null,
        "created_at": null, "handoffs": null, "completion_args": null
    }))
    .unwrap();
    assert_eq!(agent.id, "ag_1");
    assert_eq!(agent.name, "");
    assert!(agent.tools.is_empty() && agent.versions.is_empty());
    assert_eq!(
        (agent.version, agent.created_at, agent.handoffs),
        (None, None, None)
    );
    let empty: Agent = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, Agent::default());
}

#[test]
fn pages_cursor_and_bare_arrays() {
    let page = json!({
        "object": "list",
        "data": [agent_fixture(), {"id": "ag_2", "name": "b", "model": "m",
            "tools": [{"type": "new_tool"}]}],
        "next_page_token": "tok_2"
    });
    // The first agent is spec-shaped; the second is not (missing fields): check the page
    // shape on a copy holding only the first.
    let mut spec_page = page.clone();
    spec_page["data"].as_array_mut().unwrap().pop();
    assert_eq!(spec_errors(&spec_page, "AgentListPage"), Vec::<String>::new());

    let read: AgentListPage = serde_json::from_value(page.clone()).unwrap();
    assert_eq!(read.data.len(), 2);
    assert_eq!(read.next_page(), Some("tok_2"));
    assert_eq!(read.data[1].tools[0].type_name(), Some("new_tool"));

    // The last page: no token, a null token, or an empty one.
    for last in [
        json!({"data": []}),
        json!({"data": null, "next_page_token": null}),
        json!({"data": [], "next_page_token": ""}),
    ] {
        let read: AgentListPage = serde_json::from_value(last.clone()).unwrap();
        assert!(read.data.is_empty());
        assert_eq!(read.next_page(), None, "{last}");
    }
    // The deprecated list and the versions list send a bare array.
    let bare: AgentListPage = serde_json::from_value(json!([agent_fixture(), agent_fixture()])).unwrap();
    assert_eq!((bare.data.len(), bare.next_page()), (2, None));
    // A broken agent is an error that says why, not an empty page.
    let err = serde_json::from_value::<AgentListPage>(json!({"data": [{"versions": "x"}]}))
        .unwrap_err()
        .to_string();
    assert!(err.contains("sequence"), "{err}");
    // Unknown page fields are kept.
    let extra: AgentListPage = serde_json::from_value(json!({"data": [], "total": 7})).unwrap();
    assert_eq!(extra.extra["total"], 7);
}

#[test]
fn list_and_versions_queries() {
    let mut metadata = JsonObject::new();
    metadata.insert("team".into(), json!("a b"));
    let q = AgentListQuery::builder()
        .page_size(1000)
        .deployment_chat(true)
        .sources([AgentSource::Api, AgentSource::AgentBuilderV1])
        .name("weather")
        .search("wea")
        .id("ag_1")
        .metadata(metadata)
        .build();
    q.validate().unwrap();
    assert_eq!(
        q.to_query(),
        "page_size=1000&deployment_chat=true&sources=api&sources=agent_builder_v1&name=weather\
         &search=wea&id=ag_1&metadata=%7B%22team%22:%22a%20b%22%7D"
    );
    assert_eq!(q.after("c/2=").page_token.as_deref(), Some("c/2="));
    assert!(q.after("c/2=").to_query().ends_with("&page_token=c%2F2%3D"));
    assert_eq!(AgentListQuery::default().to_query(), "");

    for bad in [0, 1001] {
        let q = AgentListQuery::builder().page_size(bad).build();
        assert_eq!(violations(q.validate()), ["page_size"]);
    }
    let both = AgentListQuery::builder().page(1).page_token("t").build();
    assert_eq!(violations(both.validate()), ["page"]);
    assert_eq!(AgentListQuery::builder().page(2).build().to_query(), "page=2");

    let v = AgentVersionsQuery {
        page: Some(0),
        page_size: Some(100),
    };
    v.validate().unwrap();
    assert_eq!(v.to_query(), "page=0&page_size=100");
    for bad in [0, 101] {
        let v = AgentVersionsQuery {
            page: None,
            page_size: Some(bad),
        };
        assert_eq!(violations(v.validate()), ["page_size"]);
    }
}

#[test]
fn alias_object_from_a_spec_shaped_fixture() {
    let fixture = json!({
        "alias": "production", "version": 3,
        "created_at": "2025-05-01T10:00:00Z", "updated_at": "2025-05-02T10:00:00Z"
    });
    assert_eq!(spec_errors(&fixture, "AgentAliasResponse"), Vec::<String>::new());
    let alias: AgentAlias = serde_json::from_value(fixture.clone()).unwrap();
    assert_eq!((alias.alias.as_str(), alias.version), ("production", Some(3)));
    assert_eq!(alias.agent_version(), AgentVersion::from("production"));
    assert_eq!(serde_json::to_value(&alias).unwrap(), fixture);
    // A list of aliases is a bare array; unknown fields kept; nulls tolerated.
    let list: Vec<AgentAlias> =
        serde_json::from_value(json!([fixture, {"alias": "beta", "version": null, "pinned": true}])).unwrap();
    assert_eq!(list[1].version, None);
    assert_eq!(list[1].extra["pinned"], true);
}

#[test]
fn alias_names_follow_the_spec_pattern() {
    for good in ["a", "prod", "v2", "canary_1-b", "a-b_c9", &"a".repeat(64)] {
        assert!(validate_alias(good).is_ok(), "{good}");
    }
    for bad in [
        "",
        "Prod",
        "1st",
        "-a",
        "_a",
        "a-",
        "a_",
        "a b",
        "a.b",
        "é",
        "aé",
        &"a".repeat(65),
    ] {
        let err = validate_alias(bad).unwrap_err();
        assert!(err.has("alias"), "{bad}");
        assert!(err.to_string().contains(&format!("{bad:?}")), "{err}");
    }
    let assign = AliasAssignment::new("production", 2);
    assign.validate().unwrap();
    assert_eq!(assign.to_query(), "alias=production&version=2");
    assert_eq!(
        violations(AliasAssignment::new("Prod", -1).validate()),
        ["alias", "version"]
    );
}

/// The spec's rule for alias names, as a JSON schema (the `alias` query parameter).
fn alias_schema() -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&json!({
            "type": "string", "minLength": 1, "maxLength": AGENT_ALIAS_MAX_LEN,
            "pattern": "^[a-z]([a-z0-9_-]*[a-z0-9])?$"
        }))
        .unwrap()
}

proptest! {
    /// The hand-written check agrees with the spec's pattern on any string near the rule.
    #[test]
    fn alias_check_agrees_with_the_spec_pattern(s in "[a-zA-Z0-9_ .é-]{0,70}") {
        let spec = alias_schema().is_valid(&json!(s));
        prop_assert_eq!(validate_alias(&s).is_ok(), spec, "{:?}", s);
    }
}

#[test]
fn agent_version_is_the_conversations_type() {
    // One type for both APIs: a version read from an agent pins a conversation.
    let v: mistral_types::conversations::AgentVersion = AgentVersion::from(3);
    assert_eq!(serde_json::to_value(&v).unwrap(), json!(3));
    assert_eq!(AgentVersion::from("production").to_string(), "production");
}
