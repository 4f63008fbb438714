//! The fields the API gained after the published spec, on operations both descriptions have
//! (issue #30, the list in spec-supplement.md): each one goes out under its wire name and shape
//! (checked against the extract, which carries the supplement's newer fields), reads back, has
//! its builder setters, and its validation where the API states a bound. Fields the newer API
//! no longer sends are still read.

use std::collections::BTreeMap;

use mistral_types::agents::Agent;
use mistral_types::audio::{
    AudioSource, SpeechRequest, SpeechTurn, TranscriptionRequest, Voice, VoiceCreateRequest, VoiceGender,
    VoiceKind, VoiceSample, VoiceType, VoiceUpdateRequest,
};
use mistral_types::files::FilePurpose;
use mistral_types::libraries::{AccessGrant, AccessLevel, EntityType};
use mistral_types::models::ModelCard;
use mistral_types::*;
use serde_json::{json, Value};

mod common;
use common::{spec_errors, wire};

const UUID: &str = "0196a0a2-0000-7000-8000-00000000000a";

macro_rules! chat {
    () => {
        ChatRequest::builder().model("m").messages([Message::user("x")])
    };
}

/// Every newer sampling field of chat, set: the wire names and values, valid against the
/// extract's `ChatCompletionRequest` (strict: an unknown key would fail), and read back equal.
#[test]
fn chat_newer_sampling_fields_on_the_wire() {
    let req = chat!()
        .min_tokens(4)
        .max_tokens(64)
        .top_k(40)
        .repetition_penalty(1.15)
        .logprobs(true)
        .top_logprobs(3)
        .prompt_logprobs(true)
        .top_prompt_logprobs(2)
        .reasoning_effort(ReasoningEffort::Max)
        .build();
    let v = wire(&req, "ChatCompletionRequest");
    for (key, want) in [
        ("min_tokens", json!(4)),
        ("top_k", json!(40)),
        ("repetition_penalty", json!(1.15)),
        ("logprobs", json!(true)),
        ("top_logprobs", json!(3)),
        ("prompt_logprobs", json!(true)),
        ("top_prompt_logprobs", json!(2)),
        ("reasoning_effort", json!("max")),
    ] {
        assert_eq!(v[key], want, "{key}");
    }
    // The order of the earlier fields is unchanged; the newer ones come after them.
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "model",
            "messages",
            "max_tokens",
            "reasoning_effort",
            "logprobs",
            "top_logprobs",
            "prompt_logprobs",
            "top_prompt_logprobs",
            "min_tokens",
            "repetition_penalty",
            "top_k"
        ]
    );
    // Unset, none of them is sent.
    let plain = serde_json::to_value(chat!().build()).unwrap();
    assert_eq!(plain.as_object().unwrap().len(), 2);
}

/// The `maybe_` twins: `Some` sets, `None` leaves unset; the last call wins.
#[test]
fn maybe_setters_of_the_newer_fields() {
    let (some, none): (Option<u32>, Option<u32>) = (Some(7), None);
    let req = chat!()
        .maybe_min_tokens(some)
        .maybe_top_k(none)
        .maybe_repetition_penalty(Some(1.05))
        .maybe_prompt_logprobs(Some(true))
        .maybe_top_prompt_logprobs(some)
        .top_k(3)
        .top_k(5)
        .build();
    assert_eq!(
        (
            req.min_tokens,
            req.top_k,
            req.repetition_penalty,
            req.prompt_logprobs,
            req.top_prompt_logprobs
        ),
        (Some(7), Some(5), Some(1.05), Some(true), Some(7))
    );
    let req = FimRequest::builder()
        .model("codestral-latest")
        .prompt("p")
        .maybe_min_tokens(None)
        .build();
    assert_eq!(req.min_tokens, None);
}

/// A request as the newer API (or the official SDK) sends it reads into the typed fields,
/// nothing left in `extra`; `max` and an effort this version does not know are kept.
#[test]
fn newer_fields_read_from_the_wire() {
    let body = json!({"model": "m", "messages": [{"role": "user", "content": "x"}],
        "min_tokens": 1, "repetition_penalty": 1.2, "top_k": 8, "prompt_logprobs": true,
        "top_prompt_logprobs": 0, "reasoning_effort": "max"});
    let req: ChatRequest = serde_json::from_value(body.clone()).unwrap();
    assert!(req.extra.is_empty(), "{:?}", req.extra);
    assert_eq!(req.reasoning_effort, Some(ReasoningEffort::Max));
    assert_eq!(serde_json::to_value(&req).unwrap(), body);
    let later: ReasoningEffort = serde_json::from_value(json!("ultra")).unwrap();
    assert_eq!(later, ReasoningEffort::Other("ultra".into()));
    assert_eq!(ReasoningEffort::Max.as_str(), "max");
}

/// Agents completions take the same newer fields, with the same rules.
#[test]
fn agents_newer_fields_and_validation() {
    let req = AgentsRequest::builder()
        .agent_id("ag_1")
        .messages([Message::user("x")])
        .min_tokens(2)
        .max_tokens(10)
        .top_k(20)
        .repetition_penalty(1.1)
        .prompt_logprobs(true)
        .top_prompt_logprobs(20)
        .reasoning_effort(ReasoningEffort::Max)
        .build();
    let v = wire(&req, "AgentsCompletionRequest");
    assert_eq!(
        (v["top_k"].clone(), v["reasoning_effort"].clone()),
        (json!(20), json!("max"))
    );

    let bad = AgentsRequest::builder()
        .agent_id("ag_1")
        .messages([Message::user("x")])
        .min_tokens(11)
        .max_tokens(10)
        .top_prompt_logprobs(21)
        .repetition_penalty(0.0)
        .build();
    let e = bad.validate().unwrap_err();
    let got: Vec<String> = e.violations().iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        [
            "min_tokens: 11 is more than max_tokens (10)",
            "top_prompt_logprobs: 21 is out of range 0..=20",
            "top_prompt_logprobs: needs `prompt_logprobs: true`",
            "repetition_penalty: 0 is not a finite number above 0",
        ]
    );
    for r in [f64::NAN, f64::INFINITY, -1.0] {
        let bad = AgentsRequest::builder()
            .agent_id("ag_1")
            .messages([Message::user("x")])
            .repetition_penalty(r)
            .build();
        assert!(bad.validate().unwrap_err().has("repetition_penalty"), "{r}");
    }
    // Naming a newer field through `extra` is an error now that it is typed.
    let twice = AgentsRequest::builder()
        .agent_id("ag_1")
        .messages([Message::user("x")])
        .extra("top_k", json!(3))
        .build();
    assert!(twice.validate().unwrap_err().has("extra.top_k"));
}

/// FIM shares `min_tokens` (and the other sampling fields) with chat: one declaration, the
/// same setter, the same rule.
#[test]
fn fim_min_tokens_rule_is_shared() {
    let bad = FimRequest::builder()
        .model("codestral-latest")
        .prompt("p")
        .min_tokens(9)
        .max_tokens(8)
        .build();
    assert_eq!(
        bad.validate().unwrap_err().violations()[0].to_string(),
        "min_tokens: 9 is more than max_tokens (8)"
    );
}

/// The chat and agents requests have one field list for the shared fields: the same names,
/// and both list every newer field; `OFF_SPEC_FIELDS` is empty now that the supplement
/// describes `logprobs` and `top_logprobs`.
#[test]
fn field_lists_have_the_newer_fields() {
    for name in [
        "logprobs",
        "top_logprobs",
        "prompt_logprobs",
        "top_prompt_logprobs",
        "min_tokens",
        "repetition_penalty",
        "top_k",
    ] {
        assert!(ChatRequest::FIELDS.contains(&name), "chat {name}");
        assert!(AgentsRequest::FIELDS.contains(&name), "agents {name}");
    }
    assert!(ChatRequest::OFF_SPEC_FIELDS.is_empty() && AgentsRequest::OFF_SPEC_FIELDS.is_empty());
}

/// A stream chunk with `prompt_logprobs` (newer) is valid against the extract's chunk schema.
#[test]
fn stream_choice_schema_has_prompt_logprobs() {
    let lp = json!({"content": [{"token": "Hi", "logprob": -0.1, "bytes": [72, 105], "token_id": 1,
                    "top_logprobs": [{"token": "Hi", "logprob": -0.1, "bytes": [72, 105], "token_id": 1}]}]});
    let chunk = json!({"id": "c", "model": "m", "choices": [{"index": 0, "delta": {"content": "Hi"},
        "finish_reason": null, "logprobs": lp, "prompt_logprobs": lp}]});
    assert_eq!(spec_errors(&chunk, "CompletionChunk"), Vec::<String>::new());
}

/// `owner_id` on the agent object: typed, `null` and absent read as `None`, sent back.
#[test]
fn agent_owner_id() {
    let base = json!({"object": "agent", "id": "ag_1", "name": "n", "model": "m", "version": 1,
        "versions": [1], "created_at": "2025-05-01T10:00:00Z", "updated_at": "2025-05-01T10:00:00Z",
        "deployment_chat": false, "source": "api", "tools": []});
    let mut owned = base.clone();
    owned["owner_id"] = json!("0196a0a2-0000-7000-8000-0000000000aa");
    let agent: Agent = serde_json::from_value(owned.clone()).unwrap();
    assert_eq!(
        agent.owner_id.as_deref(),
        Some("0196a0a2-0000-7000-8000-0000000000aa")
    );
    assert!(agent.extra.is_empty());
    assert_eq!(serde_json::to_value(&agent).unwrap(), owned);
    assert_eq!(spec_errors(&owned, "Agent"), Vec::<String>::new());
    let mut null = base.clone();
    null["owner_id"] = Value::Null;
    assert_eq!(serde_json::from_value::<Agent>(null).unwrap().owner_id, None);
    assert_eq!(serde_json::from_value::<Agent>(base).unwrap().owner_id, None);
}

/// The model card's audio capabilities and billing name: typed, lenient (`null` lists read as
/// empty), unknown keys kept; the card stays valid against the extract.
#[test]
fn model_card_audio_capabilities() {
    let card = json!({"id": "voxtral-mini-latest", "object": "model", "created": 1, "owned_by": "mistralai",
        "capabilities": {"completion_chat": false, "audio_transcription": true},
        "type": "base", "billing_model_name": "voxtral-mini",
        "audio_transcription_capabilities": {"modes": ["offline", "realtime"], "diarization": true,
            "context_bias": true, "turn_detection": true, "timestamp_granularities": ["segment"],
            "languages": ["en"], "streaming_delays_ms": [{"min": 80, "max": 2400}], "future": 1},
        "audio_speech_capabilities": null});
    assert_eq!(spec_errors(&card, "BaseModelCard"), Vec::<String>::new());
    let m: ModelCard = serde_json::from_value(card).unwrap();
    assert_eq!(m.billing_model_name.as_deref(), Some("voxtral-mini"));
    assert!(m.audio_speech_capabilities.is_none());
    let t = m.audio_transcription_capabilities.unwrap();
    assert!(t.diarization && t.turn_detection && t.streaming_delays_ms[0].contains(2400));
    assert!(!t.streaming_delays_ms[0].contains(79));
    assert_eq!(t.extra["future"], 1);
    assert!(m.extra.is_empty());

    let speech: ModelCard = serde_json::from_value(json!({"id": "tts",
        "audio_speech_capabilities": {"modes": null, "instruction": true, "response_formats": ["pcm"]}}))
    .unwrap();
    let s = speech.audio_speech_capabilities.unwrap();
    assert!(s.instruction && s.modes.is_empty() && !s.supports_realtime());
}

/// `agentic_safety`: a known purpose, sent and read under its wire name.
#[test]
fn file_purpose_agentic_safety() {
    assert_eq!(
        serde_json::to_value(FilePurpose::AgenticSafety).unwrap(),
        json!("agentic_safety")
    );
    assert_eq!(
        serde_json::from_value::<FilePurpose>(json!("agentic_safety")).unwrap(),
        FilePurpose::AgenticSafety
    );
    assert_eq!(
        spec_errors(&json!("agentic_safety"), "FilePurpose"),
        Vec::<String>::new()
    );
}

/// Speech: `expressiveness`, `phoneme_hints`, `conversation_history` on the wire, valid
/// against the extract's `SpeechRequest`.
#[test]
fn speech_newer_fields_on_the_wire() {
    let req = SpeechRequest::builder()
        .input("Sure.")
        .voice_id("en_paul_neutral")
        .expressiveness(1.5)
        .phoneme_hint("Nguyen", ["w", "ɪ", "n"])
        .phoneme_hint("Mistral", ["m", "ɪ", "s", "t", "ɹ", "ɑ", "l"])
        .conversation_history([
            SpeechTurn::user(b"hi"),
            SpeechTurn::assistant("Hello!", b"hello"),
            SpeechTurn::user(b"?"),
        ])
        .build();
    req.validate().unwrap();
    let v = serde_json::to_value(&req).unwrap();
    assert_eq!(spec_errors(&v, "SpeechRequest"), Vec::<String>::new());
    assert_eq!(v["expressiveness"], json!(1.5));
    assert_eq!(v["phoneme_hints"]["Nguyen"], json!(["w", "ɪ", "n"]));
    assert_eq!(
        v["conversation_history"],
        json!([{"role": "user", "audio": {"data": "aGk="}},
               {"role": "assistant", "text": "Hello!", "audio": {"data": "aGVsbG8="}},
               {"role": "user", "audio": {"data": "Pw=="}}])
    );
    let back: SpeechRequest = serde_json::from_value(v).unwrap();
    assert_eq!(back, req);
    assert!(back.extra.is_empty());
    // The whole map at once; `maybe_` twins.
    let mut hints = BTreeMap::new();
    hints.insert("Lyon", vec!["l", "j", "ɔ̃"]);
    let req = SpeechRequest::builder()
        .input("x")
        .phoneme_hints(hints)
        .maybe_expressiveness(None)
        .maybe_conversation_history(None::<Vec<SpeechTurn>>)
        .build();
    assert_eq!(req.phoneme_hints.unwrap()["Lyon"], ["l", "j", "ɔ̃"]);
    assert!(req.expressiveness.is_none() && req.conversation_history.is_none());
    assert!(mistral_types::audio::IPA_PHONES.contains(&"ɔ̃"));
}

/// The API's stated rules: expressiveness finite and at least 1.0; the history alternates,
/// ends on a user turn, needs a voice id and not a reference audio.
#[test]
fn speech_newer_fields_validation() {
    let base = || SpeechRequest::builder().input("x").voice_id("v");
    assert!(base().expressiveness(1.0).build().validate().is_ok());
    for e in [0.99, f64::NAN, f64::INFINITY] {
        assert!(
            base()
                .expressiveness(e)
                .build()
                .validate()
                .unwrap_err()
                .has("expressiveness"),
            "{e}"
        );
    }
    let e = base()
        .conversation_history([
            SpeechTurn::user(b"a"),
            SpeechTurn::user(b"b"),
            SpeechTurn::assistant("", b"c"),
        ])
        .build()
        .validate()
        .unwrap_err();
    let got: Vec<String> = e.violations().iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        [
            "conversation_history[1].role: turns must alternate between user and assistant",
            "conversation_history[2].text: an assistant turn needs its text",
            "conversation_history: must end on a user turn (`input` answers it)",
        ]
    );
    let with_ref = SpeechRequest::builder()
        .input("x")
        .ref_audio(b"RIFF")
        .conversation_history([SpeechTurn::user(b"a")])
        .build();
    assert!(with_ref.validate().unwrap_err().has("conversation_history"));
    let no_voice = SpeechRequest::builder()
        .input("x")
        .conversation_history([SpeechTurn::user(b"a")])
        .build();
    assert!(no_voice.validate().unwrap_err().has("conversation_history"));
    let empty_hint = base().phoneme_hint("word", Vec::<String>::new()).build();
    assert!(empty_hint.validate().unwrap_err().has("phoneme_hints.word"));
    // Debug shows the audio's length, not the recording.
    let turn = format!("{:?}", SpeechTurn::user(b"secret voice"));
    assert!(
        turn.contains("base64_len") && !turn.contains("c2VjcmV0"),
        "{turn}"
    );
}

/// Transcription: `speaker_references` goes out as one form field holding the JSON object,
/// and needs `diarize: true`.
#[test]
fn transcription_speaker_references() {
    let req = TranscriptionRequest::builder()
        .model("voxtral-mini-latest")
        .audio(AudioSource::url("https://example.com/a.mp3"))
        .diarize(true)
        .speaker_reference("Alice", "https://example.com/alice.wav")
        .speaker_reference("Bob", "https://example.com/bob.wav")
        .build();
    req.validate().unwrap();
    let fields = req.form_fields(false);
    let refs: Vec<&(String, String)> = fields.iter().filter(|(k, _)| k == "speaker_references").collect();
    assert_eq!(refs.len(), 1);
    let v: Value = serde_json::from_str(&refs[0].1).unwrap();
    assert_eq!(
        v,
        json!({"Alice": "https://example.com/alice.wav", "Bob": "https://example.com/bob.wav"})
    );
    assert!(TranscriptionRequest::FIELDS.contains(&"speaker_references"));
    // All at once; without diarization it is refused before sending.
    let no_diarize = TranscriptionRequest::builder()
        .model("voxtral-mini-latest")
        .audio(AudioSource::url("https://example.com/a.mp3"))
        .speaker_references([("Alice", "a")])
        .build();
    let e = no_diarize.validate().unwrap_err();
    assert_eq!(
        e.violations()[0].to_string(),
        "speaker_references: needs `diarize: true`"
    );
    // Unset: no field.
    let plain = TranscriptionRequest::builder()
        .model("voxtral-mini-latest")
        .audio(AudioSource::url("https://example.com/a.mp3"))
        .build();
    assert!(plain
        .form_fields(false)
        .iter()
        .all(|(k, _)| k != "speaker_references"));
}

/// Voices: `type` and `kind` read (unknown kinds kept); the gender is an open enum on create
/// and update; `sample_audio` is optional; `retention_notice` on update.
#[test]
fn voices_newer_fields() {
    let mut json = json!({"id": "v", "name": "Paul", "type": "custom", "kind": "pvc", "gender": "male",
        "created_at": "2025-01-01T00:00:00Z", "user_id": "u", "retention_notice": 30});
    assert_eq!(spec_errors(&json, "VoiceResponse"), Vec::<String>::new());
    let voice: Voice = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(
        (voice.voice_type, voice.kind),
        (Some(VoiceType::Custom), Some(VoiceKind::Pvc))
    );
    assert!(voice.extra.is_empty());
    // A kind this version does not know is kept, and sent back.
    json["kind"] = json!("xvc");
    let voice: Voice = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(voice.kind, Some(VoiceKind::Other("xvc".into())));
    assert_eq!(serde_json::to_value(&voice).unwrap()["kind"], "xvc");

    let create = VoiceCreateRequest::builder()
        .name("Narrator")
        .gender(VoiceGender::Neutral)
        .build();
    create.validate().unwrap();
    let v = serde_json::to_value(&create).unwrap();
    assert_eq!(v, json!({"name": "Narrator", "gender": "neutral"}));
    assert_eq!(spec_errors(&v, "VoiceCreateRequest"), Vec::<String>::new());
    let with_sample = VoiceCreateRequest::builder()
        .name("Narrator")
        .sample_audio(VoiceSample::from_bytes(b"RIFF"))
        .gender("female")
        .build();
    assert_eq!(
        serde_json::to_value(&with_sample).unwrap()["sample_audio"],
        "UklGRg=="
    );
    assert_eq!(with_sample.gender, Some(VoiceGender::Female));

    let update = VoiceUpdateRequest::builder()
        .gender(String::from("male"))
        .retention_notice(7)
        .build();
    update.validate().unwrap();
    let v = serde_json::to_value(&update).unwrap();
    assert_eq!(v, json!({"gender": "male", "retention_notice": 7}));
    assert_eq!(spec_errors(&v, "VoiceUpdateRequest"), Vec::<String>::new());
    // A gender this version does not know is sent as given (open).
    let later = VoiceUpdateRequest::builder().gender("fluid").build();
    assert_eq!(serde_json::to_value(&later).unwrap()["gender"], "fluid");
}

/// `Org`, dropped by the newer API, is still read and still sent to a server that asks for it.
#[test]
fn sharing_org_still_read() {
    let t: EntityType = serde_json::from_value(json!("Org")).unwrap();
    assert_eq!(t, EntityType::Org);
    let grant = AccessGrant::organization(UUID, AccessLevel::Viewer);
    grant.validate().unwrap();
    assert_eq!(serde_json::to_value(&grant).unwrap()["share_with_type"], "Org");
    let unknown = AccessGrant::builder()
        .share_with_uuid(UUID)
        .share_with_type(EntityType::Other("Team".into()))
        .level(AccessLevel::Viewer)
        .build();
    let e = unknown.validate().unwrap_err();
    assert!(e.to_string().contains("User or Workspace"), "{e}");
}

/// `prompt_logprobs` (asked with `prompt_logprobs: true`) is read on a choice, and a stream's
/// fold keeps it as it keeps `logprobs`.
#[test]
fn prompt_logprobs_are_read_and_folded() {
    use mistral::chat::{ChatCompletionResponse, CompletionChunk, StreamAccumulator};
    let lp = json!({"content": [{"token": "Hi", "logprob": -0.5, "bytes": null, "top_logprobs": []}]});
    let response: ChatCompletionResponse = serde_json::from_value(json!({
        "id": "c", "object": "chat.completion", "created": 1, "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop", "prompt_logprobs": lp,
            "message": {"role": "assistant", "content": "ok"}}]
    }))
    .unwrap();
    let read = response.choices[0].prompt_logprobs.as_ref().unwrap();
    assert_eq!(read.content[0].token, "Hi");

    let mut acc = StreamAccumulator::new();
    for chunk in [
        json!({"id": "c", "model": "m", "choices": [{"index": 0, "delta": {"content": "o"}, "prompt_logprobs": lp}]}),
        json!({"id": "c", "model": "m", "choices": [{"index": 0, "delta": {"content": "k"}, "finish_reason": "stop"}]}),
    ] {
        acc.push(&serde_json::from_value::<CompletionChunk>(chunk).unwrap());
    }
    let folded = acc.finish();
    assert_eq!(folded.choices[0].prompt_logprobs.as_ref(), Some(read));
    assert_eq!(
        serde_json::to_value(&folded.choices[0]).unwrap()["prompt_logprobs"],
        serde_json::to_value(read).unwrap()
    );
}
