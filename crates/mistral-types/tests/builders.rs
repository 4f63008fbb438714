//! Builder and message ergonomics: optional setters applied conditionally, `maybe_*` setters
//! taking an `Option` of anything the plain setter takes, a conversation grown in place, and
//! the one-liners read from every response.

use mistral_types::batch::{BatchEndpoint, BatchJobQuery, BatchJobRequest, BatchStatus};
use mistral_types::files::{FileContent, FileListQuery, FilePurpose, FileUpload};
use mistral_types::*;
use serde_json::{json, Value};

/// Both branches must have the same type: the point of the optional setters.
fn either<T>(cond: bool, a: impl FnOnce() -> T, b: impl FnOnce() -> T) -> T {
    if cond {
        a()
    } else {
        b()
    }
}

fn wire(v: &impl serde::Serialize) -> Value {
    serde_json::to_value(v).unwrap()
}

/// The issue's failing line, `let b = if hot { b.temperature(t) } else { b };`, for every
/// optional setter kind of the chat builder: it compiles, and each branch sends what it says.
#[test]
fn optional_setters_apply_conditionally() {
    for hot in [true, false] {
        let b = ChatRequest::builder().model("m").messages([Message::user("x")]);
        let b = if hot { b.temperature(1.2) } else { b };
        let b = if hot { b.max_tokens(5) } else { b };
        let b = if hot { b.stop(["a", "b"]) } else { b };
        let b = if hot { b.prompt_mode(None) } else { b };
        let b = if hot { b.extra("beam_width", json!(1)) } else { b };
        let v = wire(&b.build());
        if hot {
            assert_eq!(
                (
                    &v["temperature"],
                    &v["max_tokens"],
                    &v["stop"],
                    &v["prompt_mode"],
                    &v["beam_width"]
                ),
                (
                    &json!(1.2),
                    &json!(5),
                    &json!(["a", "b"]),
                    &Value::Null,
                    &json!(1)
                )
            );
            assert!(v.as_object().unwrap().contains_key("prompt_mode"), "sent as null");
        } else {
            assert_eq!(
                v,
                json!({"model": "m", "messages": [{"role": "user", "content": "x"}]})
            );
        }
    }
}

/// The same on every other request builder of the crate.
#[test]
fn every_builder_takes_conditional_options() {
    let t = true;
    let fim = FimRequest::builder().model("codestral-latest").prompt("p");
    let fim = either(t, || fim.clone().suffix("s"), || fim.clone()).build();
    assert_eq!(fim.suffix.as_deref(), Some("s"));

    let agents = AgentsRequest::builder()
        .agent_id("a")
        .messages([Message::user("x")]);
    let agents = either(t, || agents.clone().n(2), || agents.clone()).build();
    assert_eq!(agents.n, Some(2));

    let emb = EmbeddingRequest::builder().model("mistral-embed").input("x");
    let emb = either(t, || emb.clone().output_dimension(8), || emb.clone()).build();
    assert_eq!(emb.output_dimension, Some(8));

    let cls = ClassificationRequest::builder().model("m").input("x");
    let cls = either(t, || cls.clone().metadata(JsonObject::new()), || cls.clone()).build();
    assert_eq!(cls.metadata, Some(JsonObject::new()));

    let ocr = OcrRequest::builder()
        .model("mistral-ocr-latest")
        .document(OcrDocument::url("https://e.x/a.pdf"));
    let ocr = either(t, || ocr.clone().image_limit(3), || ocr.clone()).build();
    assert_eq!(ocr.image_limit, Some(3));

    let up = FileUpload::builder()
        .file(FileContent::bytes("a.jsonl", b"{}".to_vec()))
        .purpose(FilePurpose::Batch);
    let up = either(t, || up.clone().expiry(24), || up.clone()).build();
    assert_eq!(up.expiry, Some(24));

    let files = FileListQuery::builder();
    let files = either(
        t,
        || files.clone().mimetypes(vec!["text/plain".to_owned()]),
        || files.clone(),
    )
    .build();
    assert_eq!(files.to_query(), "mimetypes=text%2Fplain");

    let job = BatchJobRequest::builder().endpoint(BatchEndpoint::Embeddings);
    let job = either(t, || job.clone().input_files(["f".to_owned()]), || job.clone()).build();
    assert_eq!(job.input_files, Some(vec!["f".to_owned()]));

    let jobs = BatchJobQuery::builder();
    let jobs = either(
        t,
        || jobs.clone().status(vec![BatchStatus::Running]),
        || jobs.clone(),
    )
    .build();
    assert_eq!(jobs.to_query(), "status=RUNNING");
}

/// `maybe_*` takes an `Option` of anything the plain setter takes (`Option<f64>` for a
/// `Temperature`, `Option<&str>` for a `String`, an array for `Stop`), not only the field's
/// own type; `Some(v)` is the plain setter, `None` unsets, and the last call wins.
#[test]
fn maybe_setters_take_what_the_setter_takes() {
    let temperature: Option<f64> = Some(0.2);
    let top_p: Option<f64> = None;
    let key: Option<&str> = Some("conv-1");
    let req = ChatRequest::builder()
        .model("m")
        .messages([Message::user("x")])
        .maybe_temperature(temperature)
        .maybe_top_p(top_p)
        .maybe_prompt_cache_key(key)
        .maybe_stop(Some(["\n", "END"]))
        .maybe_presence_penalty(Some(0.5))
        .maybe_frequency_penalty(Some(Penalty::new(-0.5)))
        .maybe_tools(Some(vec![Tool::function_raw(
            "f",
            "d",
            json!({"type": "object"}),
        )]))
        .maybe_max_tokens(Some(64))
        .maybe_random_seed(None)
        .maybe_prediction(Some("fn main() {}"))
        .build();
    assert_eq!(req.temperature, Some(Temperature::new(0.2)));
    assert_eq!(req.top_p, None);
    assert_eq!(req.prompt_cache_key.as_deref(), Some("conv-1"));
    assert_eq!(req.stop, Some(Stop::Many(vec!["\n".into(), "END".into()])));
    assert_eq!(req.presence_penalty.map(Penalty::get), Some(0.5));
    assert_eq!(req.max_tokens, Some(64));
    assert_eq!(req.prediction, Some(Prediction::content("fn main() {}")));

    // The last call wins, `None` included.
    let req = ChatRequest::builder()
        .model("m")
        .messages([Message::user("x")])
        .temperature(0.1)
        .maybe_temperature(None::<f64>)
        .top_p(0.5)
        .top_p(0.9)
        .build();
    assert_eq!((req.temperature, req.top_p.map(TopP::get)), (None, Some(0.9)));

    let fim = FimRequest::builder()
        .model("codestral-latest")
        .prompt("p")
        .maybe_suffix(Some("s"))
        .maybe_temperature(Some(0.3))
        .maybe_stop(Some("\n"))
        .build();
    assert_eq!(fim.suffix.as_deref(), Some("s"));
    assert_eq!(fim.stop, Some(Stop::One("\n".into())));

    let agents = AgentsRequest::builder()
        .agent_id("a")
        .messages([Message::user("x")])
        .maybe_prompt_cache_key(Some(String::from("k")))
        .maybe_presence_penalty(Some(1.0))
        .build();
    assert_eq!(agents.prompt_cache_key.as_deref(), Some("k"));

    let ocr = OcrRequest::builder()
        .model("mistral-ocr-latest")
        .document(OcrDocument::url("https://e.x/a.pdf"))
        .maybe_pages(Some([0, 2]))
        .maybe_document_annotation_prompt(Some("Totals."))
        .build();
    assert_eq!(wire(&ocr)["pages"], json!([0, 2]));

    let up = FileUpload::builder()
        .file(FileContent::bytes("a.jsonl", b"{}".to_vec()))
        .purpose(FilePurpose::Batch)
        .maybe_filename(Some("b.jsonl"))
        .maybe_content_type(None::<&str>)
        .build();
    assert_eq!(up.file_name().as_deref(), Some("b.jsonl"));

    let q = FileListQuery::builder()
        .maybe_search(Some("report"))
        .maybe_page(Some(1))
        .build();
    assert_eq!(q.to_query(), "page=1&search=report");

    let job = BatchJobRequest::builder()
        .endpoint(BatchEndpoint::ChatCompletions)
        .maybe_model(Some("mistral-small-latest"))
        .maybe_agent_id(None::<String>)
        .maybe_input_files(Some(["f1".to_owned()]))
        .maybe_metadata(Some([("k".to_owned(), "v".to_owned())]))
        .build();
    assert_eq!(job.model.as_deref(), Some("mistral-small-latest"));
    assert_eq!(job.metadata.unwrap()["k"], "v");

    let jobs = BatchJobQuery::builder()
        .maybe_created_after(Some("2025-01-01T00:00:00Z"))
        .build();
    assert_eq!(jobs.to_query(), "created_after=2025-01-01T00:00:00Z");
}

fn reply(text: &str) -> ChatCompletionResponse {
    serde_json::from_value(json!({"id": "r", "model": "m", "choices": [
        {"index": 1, "message": {"role": "assistant", "content": "other"}},
        {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]}))
    .unwrap()
}

/// A conversation grows in place: a user line, then the response itself (its choice 0 by
/// index, not the first listed).
#[test]
fn a_conversation_grows_in_place() {
    let mut req = ChatRequest::builder()
        .model("m")
        .messages([Message::system("Be brief.")])
        .build();
    for (line, answer) in [("Capital of France?", "Paris."), ("And of Italy?", "Rome.")] {
        req.push(Message::user(line));
        let r = reply(answer);
        req.push(r);
    }
    let texts: Vec<(Role, String)> = req
        .messages
        .iter()
        .map(|m| (m.role(), m.content().unwrap().text().into_owned()))
        .collect();
    assert_eq!(
        texts,
        [
            (Role::System, "Be brief.".into()),
            (Role::User, "Capital of France?".into()),
            (Role::Assistant, "Paris.".into()),
            (Role::User, "And of Italy?".into()),
            (Role::Assistant, "Rome.".into()),
        ]
    );
    // An assistant message, a borrowed message, chained, and by value.
    let question = Message::user("Sure?");
    req.push(&question);
    let answer = reply("Yes.").message().cloned().unwrap();
    req.push(answer).push(Message::user("Thanks"));
    assert_eq!(req.validate(), Ok(()));
    let req = req.with_message(Message::assistant_prefix("You're"));
    assert_eq!(req.messages.len(), 9);
    assert_eq!(req.validate(), Ok(()));

    let mut agents = AgentsRequest::builder()
        .agent_id("a")
        .messages([Message::user("Hi")])
        .build();
    agents.push(reply("Hello."));
    let agents = agents.with_message(Message::user("Bye"));
    assert_eq!(agents.messages[1].content().unwrap().text(), "Hello.");
    assert_eq!(agents.messages.len(), 3);

    let m: Message = reply("Direct.").into();
    assert_eq!(m.content().unwrap().text(), "Direct.");
}

/// A response's choice 0, finish reason and tool calls: by index, whatever the list order.
#[test]
fn response_one_liners_follow_choice_zero() {
    let r: ChatCompletionResponse = serde_json::from_value(json!({"choices": [
        {"index": 1, "finish_reason": "length", "message": {"role": "assistant", "content": "b",
            "tool_calls": [{"id": "x", "function": {"name": "other", "arguments": "{}"}}]}},
        {"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": "",
            "tool_calls": [{"id": "c1", "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}}]}}]}))
    .unwrap();
    assert_eq!(r.first_choice().map(|c| c.index), Some(0));
    assert_eq!(r.finish_reason(), Some(&FinishReason::ToolCalls));
    let names: Vec<&str> = r.tool_calls().iter().map(|c| c.function.name.as_str()).collect();
    assert_eq!(names, ["get_weather"]);

    // No choice 0: the first listed, as `text()` reads.
    let r: ChatCompletionResponse = serde_json::from_value(json!({"choices": [
        {"index": 3, "finish_reason": "stop", "message": {"role": "assistant", "content": "x"}}]}))
    .unwrap();
    assert_eq!(r.first_choice().map(|c| c.index), Some(3));
    assert_eq!(r.finish_reason(), Some(&FinishReason::Stop));
    assert!(r.tool_calls().is_empty());

    // Nothing at all: nothing, no panic.
    let r = ChatCompletionResponse::default();
    assert!(r.first_choice().is_none() && r.finish_reason().is_none() && r.tool_calls().is_empty());
}

/// A chunk's finish reason is choice 0's, by index, for the owned chunk and the borrowed view.
#[test]
fn chunk_finish_reason_follows_choice_zero() {
    let data = r#"{"id":"c","model":"m","choices":[
        {"index":1,"delta":{},"finish_reason":"length"},
        {"index":0,"delta":{"content":"."}}]}"#;
    let chunk: CompletionChunk = serde_json::from_str(data).unwrap();
    let view: ChunkView<'_> = serde_json::from_str(data).unwrap();
    assert_eq!(chunk.finish_reason(), None);
    assert_eq!(view.finish_reason(), None);
    assert!(view.finishes());
    let data = r#"{"id":"c","model":"m","choices":[
        {"index":1,"delta":{}},
        {"index":0,"delta":{},"finish_reason":"stop"}]}"#;
    let chunk: CompletionChunk = serde_json::from_str(data).unwrap();
    let view: ChunkView<'_> = serde_json::from_str(data).unwrap();
    assert_eq!(chunk.finish_reason(), Some(&FinishReason::Stop));
    assert_eq!(view.finish_reason(), Some(&FinishReason::Stop));
}

/// Usages add up: counts summed, optional counts `None` only when both are, cached tokens
/// from whichever field each side used.
#[test]
fn usages_add_up() {
    let a: Usage = serde_json::from_value(json!({"prompt_tokens": 10, "completion_tokens": 5,
        "total_tokens": 15, "num_cached_tokens": 4, "service_tier": "standard"}))
    .unwrap();
    let b: Usage = serde_json::from_value(json!({"prompt_tokens": 20, "completion_tokens": 1,
        "total_tokens": 21, "prompt_tokens_details": {"cached_tokens": 6},
        "completion_tokens_details": {"reasoning_tokens": 3}, "future": 1}))
    .unwrap();
    let total = a.clone() + b.clone();
    assert_eq!(
        (total.prompt_tokens, total.completion_tokens, total.total_tokens),
        (30, 6, 36)
    );
    assert_eq!(total.cached_tokens(), Some(10));
    assert_eq!(total.num_cached_tokens, Some(4));
    assert_eq!(
        total
            .completion_tokens_details
            .as_ref()
            .and_then(|d| d.reasoning_tokens),
        Some(3)
    );
    assert_eq!(total.prompt_audio_seconds, None);
    assert_eq!(total.service_tier.as_deref(), Some("standard"));
    assert_eq!(total.extra["future"], json!(1));
    assert_eq!([a.clone(), b.clone()].iter().sum::<Usage>(), total);
    assert_eq!([a.clone(), b.clone()].into_iter().sum::<Usage>(), total);
    let mut running = Usage::default();
    running += &a;
    running += b;
    assert_eq!(running, total);
    // Nothing to add: the empty usage.
    assert_eq!(std::iter::empty::<Usage>().sum::<Usage>(), Usage::default());
    // Saturating, never a panic on absurd counts.
    let huge = Usage {
        total_tokens: u64::MAX,
        ..Usage::default()
    };
    assert_eq!((huge.clone() + huge).total_tokens, u64::MAX);
}
