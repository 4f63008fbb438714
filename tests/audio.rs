//! Audio over HTTP against the loopback mock server: transcription (a file streamed from disk,
//! bytes, a URL, a file id; JSON and streamed), speech (whole, streamed, into a writer) and
//! voices (every call, the paginator). Each request as sent is read back (a multipart body by
//! multer) and checked against the spec's schema; stream events come from fixtures too.

mod support;

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use mistral::audio::{
    AudioSource, SpeechEvent, SpeechOutputFormat, SpeechRequest, TimestampGranularity, TranscriptionEvent,
    TranscriptionRequest, VoiceCreateRequest, VoiceListQuery, VoiceSample, VoiceType, VoiceUpdateRequest,
};
use mistral::test_util::{sine_wav, MockServer, RecordedRequest, Reply};
use mistral::Client;
use serde_json::{json, Map, Value};
use support::assert_matches_spec;

async fn setup() -> (Client, MockServer) {
    let server = MockServer::start().await.unwrap();
    let client = Client::builder()
        .api_key("sk-audio-test-0123456789")
        .base_url(server.url())
        .max_retries(0)
        .build()
        .unwrap();
    (client, server)
}

/// A multipart body read back by multer: the text fields in order, and the file part (its
/// file name, media type and bytes).
struct Form {
    fields: Vec<(String, String)>,
    file: Option<(String, String, Bytes)>,
}

async fn read_form(req: &RecordedRequest) -> Form {
    let ct = req.header("content-type").expect("a content type");
    let boundary = multer::parse_boundary(ct).expect("a multipart boundary");
    let body = req.body().clone();
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(body) });
    let mut mp = multer::Multipart::new(stream, boundary);
    let mut form = Form {
        fields: Vec::new(),
        file: None,
    };
    while let Some(field) = mp.next_field().await.expect("a valid multipart body") {
        let name = field.name().unwrap_or_default().to_owned();
        match field.file_name().map(str::to_owned) {
            Some(f) => {
                let ct = field.content_type().map(|m| m.to_string()).unwrap_or_default();
                form.file = Some((f, ct, field.bytes().await.unwrap()));
                assert_eq!(name, "file");
            }
            None => form.fields.push((name, field.text().await.unwrap())),
        }
    }
    form
}

/// The form's fields as the JSON object its schema describes: lists for repeated fields,
/// booleans and numbers read back from their text, the file part as its name.
fn form_json(form: &Form) -> Value {
    let mut o = Map::new();
    for (k, v) in &form.fields {
        let value = match k.as_str() {
            "stream" | "diarize" => json!(v == "true"),
            "temperature" => json!(v.parse::<f64>().unwrap()),
            _ => json!(v),
        };
        if matches!(k.as_str(), "context_bias" | "timestamp_granularities") {
            o.entry(k.clone())
                .or_insert_with(|| json!([]))
                .as_array_mut()
                .unwrap()
                .push(value);
        } else {
            assert!(o.insert(k.clone(), value).is_none(), "{k} sent twice");
        }
    }
    if let Some((name, _, _)) = &form.file {
        o.insert("file".into(), json!(name));
    }
    Value::Object(o)
}

fn temp_wav(name: &str, ms: u32) -> (std::path::PathBuf, Vec<u8>) {
    let dir = std::env::temp_dir().join(format!("mistral-audio-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.wav"));
    let wav = sine_wav(ms, 440);
    std::fs::write(&path, &wav).unwrap();
    (path, wav)
}

#[tokio::test]
async fn a_file_on_disk_is_streamed_as_a_form_that_matches_the_spec() {
    let (client, server) = setup().await;
    let (path, wav) = temp_wav("disk", 2000);
    let request = TranscriptionRequest::builder()
        .model("voxtral-mini-latest")
        .audio(AudioSource::path(&path))
        .language("en")
        .temperature(0.2)
        .diarize(true)
        .context_bias(["Mistral", "Voxtral"])
        .timestamp_granularities([TimestampGranularity::Word])
        .content_type("audio/wav")
        .build();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let s = seen.clone();
    let reply = client
        .audio()
        .transcribe_with_progress(&request, move |p| s.lock().unwrap().push(p))
        .await
        .unwrap();
    // Two seconds: five words, one segment each (word timestamps), speakers alternating.
    assert_eq!(reply.model, "voxtral-mini-latest");
    assert_eq!(reply.language.as_deref(), Some("en"));
    assert_eq!(reply.segments.len(), 5);
    let words: Vec<&str> = reply.segments.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(words.join(" "), reply.text);
    assert_eq!(reply.segments[1].speaker_id.as_deref(), Some("speaker_1"));
    assert!((reply.segments[4].end - 2.0).abs() < 1e-9);
    assert_eq!(reply.usage.prompt_audio_seconds, Some(2));
    let last = *seen.lock().unwrap().last().unwrap();
    assert_eq!((last.sent, last.total), (wav.len() as u64, wav.len() as u64));

    let req = server.requests().pop().unwrap();
    assert_eq!(req.path(), "/v1/audio/transcriptions");
    let form = read_form(&req).await;
    let (name, ct, data) = form.file.as_ref().unwrap();
    assert_eq!((name.as_str(), ct.as_str()), ("disk.wav", "audio/wav"));
    assert_eq!(&data[..], &wav[..]);
    let body = form_json(&form);
    assert_matches_spec("AudioTranscriptionRequest", &body);
    insta::assert_json_snapshot!("audio_transcription_form", body);
    // The same audio transcribes the same way: the mock is deterministic.
    let again = client.audio().transcribe(&request).await.unwrap();
    assert_eq!(again.text, reply.text);
}

#[tokio::test]
async fn bytes_a_url_and_a_file_id_are_each_the_one_source_sent() {
    let (client, server) = setup().await;
    let bytes = TranscriptionRequest::builder()
        .model("voxtral-mini-latest")
        .audio(AudioSource::bytes("note.wav", sine_wav(400, 300)))
        .build();
    let r = client.audio().transcribe(&bytes).await.unwrap();
    assert!(!r.text.is_empty());
    assert!(r.segments.is_empty(), "no timestamps asked, no segments");
    let form = read_form(&server.requests().pop().unwrap()).await;
    assert_eq!(form.file.as_ref().unwrap().0, "note.wav");
    assert_matches_spec("AudioTranscriptionRequest", &form_json(&form));

    for (source, field) in [
        (AudioSource::url("https://example.com/talk.mp3"), "file_url"),
        (
            AudioSource::file_id("0b7d3a1c-2bd5-4f7e-9a3e-4a9b3f1f7c11"),
            "file_id",
        ),
    ] {
        let request = TranscriptionRequest::builder()
            .model("voxtral-mini-latest")
            .audio(source)
            .extra("new_option", json!(3))
            .build();
        let r = client.audio().transcribe(&request).await.unwrap();
        assert!(!r.text.is_empty());
        let form = read_form(&server.requests().pop().unwrap()).await;
        assert!(form.file.is_none(), "{field}: no file part");
        let mut body = form_json(&form);
        assert_eq!(body["new_option"], "3", "the extra field is sent as text");
        body.as_object_mut().unwrap().remove("new_option");
        assert!(body.get(field).is_some(), "{field}: {body}");
        assert_eq!(body["stream"], false);
        assert_matches_spec("AudioTranscriptionRequest", &body);
    }
}

#[tokio::test]
async fn invalid_transcriptions_are_rejected_before_sending() {
    let (client, server) = setup().await;
    let base = |audio: AudioSource| {
        TranscriptionRequest::builder()
            .model("voxtral-mini-latest")
            .audio(audio)
    };
    let cases = [
        (base(AudioSource::url("")).build(), "file_url"),
        (base(AudioSource::file_id(" ")).build(), "file_id"),
        (
            base(AudioSource::url("https://x.test/a.mp3"))
                .language("eng")
                .build(),
            "language",
        ),
        (
            base(AudioSource::url("https://x.test/a.mp3"))
                .context_bias(["a,b"])
                .build(),
            "context_bias[0]",
        ),
        (
            base(AudioSource::url("https://x.test/a.mp3"))
                .temperature(f64::NAN)
                .build(),
            "temperature",
        ),
        (
            base(AudioSource::url("https://x.test/a.mp3"))
                .extra("model", json!("x"))
                .build(),
            "extra.model",
        ),
        (
            TranscriptionRequest::builder()
                .model(" ")
                .audio(AudioSource::url("https://x.test/a.mp3"))
                .build(),
            "model",
        ),
    ];
    for (request, path) in cases {
        let e = client.audio().transcribe(&request).await.unwrap_err();
        assert!(e.is_invalid_request(), "{path}: {e:?}");
        assert!(e.to_string().contains(path), "{path}: {e}");
    }
    let missing = base(AudioSource::path("/definitely/not/here.wav")).build();
    let e = client.audio().transcribe(&missing).await.unwrap_err();
    assert!(e.is_io(), "{e:?}");
    assert!(server.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn the_stream_has_the_real_event_names_and_folds_into_the_answer() {
    let (client, server) = setup().await;
    let (path, _) = temp_wav("stream", 3000);
    let request = TranscriptionRequest::builder()
        .model("voxtral-mini-latest")
        .audio(AudioSource::path(&path))
        .timestamp_granularities([TimestampGranularity::Segment])
        .diarize(true)
        .build();
    let whole = client.audio().transcribe(&request).await.unwrap().into_inner();

    let mut stream = client.audio().transcribe_stream(&request).await.unwrap();
    let mut names = Vec::new();
    while let Some(e) = stream.next().await {
        names.push(e.unwrap().name().to_owned());
    }
    assert_eq!(names.first().map(String::as_str), Some("transcription.language"));
    assert_eq!(names.last().map(String::as_str), Some("transcription.done"));
    assert!(names.iter().any(|n| n == "transcription.text.delta"));
    assert!(names.iter().any(|n| n == "transcription.segment"));
    let form = read_form(&server.requests().pop().unwrap()).await;
    let body = form_json(&form);
    assert_eq!(body["stream"], true);
    assert_matches_spec("AudioTranscriptionRequestStream", &body);

    let folded = client
        .audio()
        .transcribe_stream(&request)
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(folded, whole);
    let mut text = String::new();
    let mut deltas = client.audio().transcribe_stream(&request).await.unwrap().text();
    while let Some(d) = deltas.next().await {
        text.push_str(&d.unwrap());
    }
    assert_eq!(text, whole.text);
}

/// Every event type from hand-written frames: missing fields read as empty, an unknown event
/// is kept, and the fold takes what `done` leaves out from the events before it.
#[tokio::test]
async fn every_event_from_fixtures_with_missing_fields_and_unknown_events() {
    let (client, server) = setup().await;
    server.push(Reply::sse_frames([
        "event: transcription.language\ndata: {\"type\":\"transcription.language\",\"audio_language\":\"fr\"}\n\n",
        "event: transcription.text.delta\ndata: {\"type\":\"transcription.text.delta\",\"text\":\"Bonjour\"}\n\n",
        // No `type` in the data: the event line names it. No start/end/speaker: defaults.
        "event: transcription.segment\ndata: {\"text\":\"Bonjour\"}\n\n",
        "event: transcription.text.delta\ndata: {\"type\":\"transcription.text.delta\"}\n\n",
        "event: transcription.words\ndata: {\"type\":\"transcription.words\",\"words\":[1]}\n\n",
        "event: transcription.done\ndata: {\"type\":\"transcription.done\",\"model\":\"voxtral\",\"usage\":{\"prompt_tokens\":null}}\n\n",
    ]));
    let request = TranscriptionRequest::builder()
        .model("voxtral")
        .audio(AudioSource::url("https://x.test/a.wav"))
        .build();
    let mut stream = client.audio().transcribe_stream(&request).await.unwrap();
    let mut events = Vec::new();
    while let Some(e) = stream.next().await {
        events.push(e.unwrap());
    }
    assert!(matches!(&events[0], TranscriptionEvent::Language(l) if l.audio_language == "fr"));
    assert_eq!(events[1].text(), Some("Bonjour"));
    assert!(
        matches!(&events[2], TranscriptionEvent::Segment(s) if s.text == "Bonjour" && s.start == 0.0 && s.speaker_id.is_none())
    );
    assert_eq!(events[3].text(), Some(""));
    assert!(
        matches!(&events[4], TranscriptionEvent::Unknown { name, data } if name == "transcription.words" && data["words"] == json!([1]))
    );
    assert!(events[5].is_done());

    let mut acc = mistral::audio::TranscriptionAccumulator::new();
    events.iter().for_each(|e| acc.push(e));
    let r = acc.finish();
    assert_eq!(
        (r.model.as_str(), r.text.as_str(), r.language.as_deref()),
        ("voxtral", "Bonjour", Some("fr"))
    );
    assert_eq!(r.segments.len(), 1);
    assert_eq!(r.usage.prompt_tokens, 0);
    // The data of every known event serializes back with its `type` once.
    for e in &events {
        let v = serde_json::to_value(e).unwrap();
        assert_eq!(v["type"], e.name(), "{v}");
    }
}

#[tokio::test]
async fn a_stream_that_ends_before_done_is_truncated() {
    let (client, server) = setup().await;
    server.push(Reply::sse_frames([
        "event: transcription.text.delta\ndata: {\"type\":\"transcription.text.delta\",\"text\":\"Hi\"}\n\n",
    ]));
    let request = TranscriptionRequest::builder()
        .model("voxtral")
        .audio(AudioSource::url("https://x.test/a.wav"))
        .build();
    let e = client
        .audio()
        .transcribe_stream(&request)
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap_err();
    assert!(e.is_truncated(), "{e:?}");

    server.push(Reply::sse_frames([
        "event: speech.audio.delta\ndata: {\"type\":\"speech.audio.delta\",\"audio_data\":\"UklGRg==\"}\n\n",
    ]));
    let speech = SpeechRequest::builder().input("Hi").build();
    let mut out = Vec::new();
    let e = client
        .audio()
        .speech_to_writer(&speech, &mut out)
        .await
        .unwrap_err();
    assert!(e.is_truncated(), "{e:?}");
    assert_eq!(out, b"RIFF", "what came before the cut is written");
}

#[tokio::test]
async fn speech_is_a_valid_wav_whole_or_streamed_into_a_writer() {
    let (client, server) = setup().await;
    let request = SpeechRequest::builder()
        .input("A sentence long enough for several deltas of audio.")
        .model("voxtral-mini-tts-latest")
        .voice_id("00000000-0000-4000-8000-00000000a001")
        .response_format(SpeechOutputFormat::Wav)
        .build();
    let whole = client.audio().speech(&request).await.unwrap().into_inner();
    assert_eq!(&whole[..4], b"RIFF");
    assert_eq!(&whole[8..16], b"WAVEfmt ");
    let data_len = u32::from_le_bytes(whole[40..44].try_into().unwrap()) as usize;
    assert_eq!(whole.len(), 44 + data_len, "the header's length is the audio's");
    let body = server.requests().pop().unwrap().json();
    assert_eq!(body["stream"], false);
    assert_matches_spec("SpeechRequest", &body);
    insta::assert_json_snapshot!("audio_speech_request", body);

    let mut out = Vec::new();
    let written = client.audio().speech_to_writer(&request, &mut out).await.unwrap();
    assert_eq!(out, whole, "the decoded deltas are exactly the WAV");
    assert_eq!(written.bytes, whole.len() as u64);
    assert!(written.usage.total_tokens > 0);
    let body = server.requests().pop().unwrap().json();
    assert_eq!(body["stream"], true);
    assert_matches_spec("SpeechRequest", &body);

    let mut stream = client.audio().speech_stream(&request).await.unwrap();
    let (mut deltas, mut done) = (0, 0);
    while let Some(e) = stream.next().await {
        match e.unwrap() {
            SpeechEvent::AudioDelta(d) => {
                deltas += 1;
                assert!(!d.decode().unwrap().is_empty());
            }
            SpeechEvent::Done(_) => done += 1,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert!(deltas > 1, "{deltas}");
    assert_eq!(done, 1);
}

#[tokio::test]
async fn speech_deltas_split_anywhere_decode_to_the_same_bytes() {
    use base64::Engine as _;
    let (client, server) = setup().await;
    let audio = sine_wav(100, 500);
    let b64 = base64::engine::general_purpose::STANDARD.encode(&audio);
    // One base64 text cut at odd places, then an unknown event, then done.
    let mut frames: Vec<String> = b64
        .as_bytes()
        .chunks(7)
        .map(|c| {
            format!(
                "event: speech.audio.delta\ndata: {{\"type\":\"speech.audio.delta\",\"audio_data\":\"{}\"}}\n\n",
                std::str::from_utf8(c).unwrap()
            )
        })
        .collect();
    frames.push("event: speech.audio.marker\ndata: {\"type\":\"speech.audio.marker\"}\n\n".into());
    frames.push("event: speech.audio.done\ndata: {\"type\":\"speech.audio.done\",\"usage\":{\"prompt_tokens\":3,\"total_tokens\":9}}\n\n".into());
    server.push(Reply::sse_frames(frames));
    let mut out = Vec::new();
    let w = client
        .audio()
        .speech_to_writer(&SpeechRequest::builder().input("x").build(), &mut out)
        .await
        .unwrap();
    assert_eq!(out, audio);
    assert_eq!((w.bytes, w.usage.total_tokens), (audio.len() as u64, 9));

    // A delta that is not base64 is a decode error.
    server.push(Reply::sse_frames([
        "event: speech.audio.delta\ndata: {\"type\":\"speech.audio.delta\",\"audio_data\":\"*not base64*\"}\n\n",
    ]));
    let e = client
        .audio()
        .speech_to_writer(&SpeechRequest::builder().input("x").build(), &mut Vec::new())
        .await
        .unwrap_err();
    assert!(e.is_decode(), "{e:?}");
}

/// The lenient reading of speech events with missing fields: a `speech.audio.delta` without
/// `audio_data` (or with `null`) is an empty piece that writes nothing, and a
/// `speech.audio.done` without `usage` ends the stream with a zero usage; neither is an error.
#[tokio::test]
async fn speech_events_with_missing_fields_are_read_leniently() {
    let (client, server) = setup().await;
    let frames = [
        "event: speech.audio.delta\ndata: {\"type\":\"speech.audio.delta\",\"audio_data\":\"UklG\"}\n\n",
        "event: speech.audio.delta\ndata: {\"type\":\"speech.audio.delta\"}\n\n",
        "event: speech.audio.delta\ndata: {\"type\":\"speech.audio.delta\",\"audio_data\":null}\n\n",
        "event: speech.audio.delta\ndata: {\"type\":\"speech.audio.delta\",\"audio_data\":\"Rg==\"}\n\n",
        "event: speech.audio.done\ndata: {\"type\":\"speech.audio.done\"}\n\n",
    ];
    let request = SpeechRequest::builder().input("x").build();

    server.push(Reply::sse_frames(frames));
    let mut stream = client.audio().speech_stream(&request).await.unwrap();
    let mut events = Vec::new();
    while let Some(e) = stream.next().await {
        events.push(e.unwrap());
    }
    let pieces: Vec<&str> = events
        .iter()
        .filter_map(|e| match e {
            SpeechEvent::AudioDelta(d) => Some(d.audio_data.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(pieces, ["UklG", "", "", "Rg=="]);
    match events.last().unwrap() {
        SpeechEvent::Done(d) => assert_eq!(d.usage, mistral::audio::AudioUsage::default()),
        other => panic!("expected done, got {other:?}"),
    }

    server.push(Reply::sse_frames(frames));
    let mut out = Vec::new();
    let written = client.audio().speech_to_writer(&request, &mut out).await.unwrap();
    assert_eq!(out, b"RIFF");
    assert_eq!(written.bytes, 4);
    assert_eq!((written.usage.prompt_tokens, written.usage.total_tokens), (0, 0));
}

#[tokio::test]
async fn speech_requests_are_checked_before_sending() {
    let (client, server) = setup().await;
    let both = SpeechRequest::builder()
        .input("Hi")
        .voice_id("v")
        .ref_audio(b"RIFF")
        .build();
    assert!(client
        .audio()
        .speech(&both)
        .await
        .unwrap_err()
        .is_invalid_request());
    let empty = SpeechRequest::builder().input("  ").build();
    assert!(client
        .audio()
        .speech(&empty)
        .await
        .unwrap_err()
        .is_invalid_request());
    assert!(server.requests().is_empty());
    let with_ref = SpeechRequest::builder().input("Hi").ref_audio(b"RIFF").build();
    client.audio().speech(&with_ref).await.unwrap();
    let body = server.requests().pop().unwrap().json();
    assert_eq!(body["ref_audio"], "UklGRg==");
    assert_matches_spec("SpeechRequest", &body);
}

#[tokio::test]
async fn voices_are_created_read_updated_listed_and_deleted() {
    let (client, server) = setup().await;
    let voices = client.audio().voices();
    let sample = sine_wav(300, 200);
    let create = VoiceCreateRequest::builder()
        .name("Narrator")
        .sample_audio(VoiceSample::from_bytes(&sample))
        .sample_filename("narrator.wav")
        .languages(["en", "fr"])
        .tags(["calm"])
        .description("A calm voice.")
        .build();
    let voice = voices.create(&create).await.unwrap().into_inner();
    assert_eq!(voice.name, "Narrator");
    assert_eq!(voice.languages, ["en", "fr"]);
    let body = server.requests().pop().unwrap().json();
    assert_matches_spec("VoiceCreateRequest", &body);
    let mut snapshot = body.clone();
    snapshot["sample_audio"] = json!(format!(
        "<{} base64 chars>",
        body["sample_audio"].as_str().unwrap().len()
    ));
    insta::assert_json_snapshot!("audio_voice_create_request", snapshot);

    let got = voices.get(&voice.id).await.unwrap().into_inner();
    assert_eq!(got, voice);
    let raw: Value = serde_json::to_value(&got).unwrap();
    assert_matches_spec("VoiceResponse", &raw);

    let change = VoiceUpdateRequest::builder().name("Storyteller").age(40).build();
    let updated = voices.update(&voice.id, &change).await.unwrap().into_inner();
    assert_eq!((updated.name.as_str(), updated.age), ("Storyteller", Some(40)));
    let body = server.requests().pop().unwrap().json();
    assert_eq!(body, json!({"name": "Storyteller", "age": 40}));
    assert_matches_spec("VoiceUpdateRequest", &body);

    assert_eq!(&voices.sample(&voice.id).await.unwrap()[..], &sample[..]);
    let mut out = Vec::new();
    let n = voices
        .download_sample(&voice.id, &mut out)
        .await
        .unwrap()
        .into_inner();
    assert_eq!((n, out), (sample.len() as u64, sample.clone()));

    let custom = VoiceListQuery::builder().voice_type(VoiceType::Custom).build();
    let page = voices.list(&custom).await.unwrap().into_inner();
    assert_eq!(page.total, Some(1));
    assert_eq!(page.items[0].id, voice.id);
    assert_matches_spec("VoiceListResponse", &serde_json::to_value(&page).unwrap());
    assert_eq!(server.requests().pop().unwrap().query(), Some("type=custom"));

    let deleted = voices.delete(&voice.id).await.unwrap().into_inner();
    assert_eq!(deleted.id, voice.id);
    let e = voices.get(&voice.id).await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404));
    let bad = VoiceListQuery::builder().limit(0).build();
    assert!(voices.list(&bad).await.unwrap_err().is_invalid_request());
    assert!(voices.get("..").await.unwrap_err().is_invalid_request());
}

#[tokio::test]
async fn the_voice_paginator_reads_empty_one_and_many_pages() {
    let (client, server) = setup().await;
    let voices = client.audio().voices();
    let custom = |limit: u32| {
        VoiceListQuery::builder()
            .voice_type(VoiceType::Custom)
            .limit(limit)
            .build()
    };

    // Empty: one call, nothing.
    let before = server.requests().len();
    assert!(voices.list_all(&custom(3)).collect().await.unwrap().is_empty());
    assert_eq!(server.requests().len() - before, 1);

    // One page: the total is reached on the first page.
    for i in 0..2 {
        let r = VoiceCreateRequest::builder()
            .name(format!("v{i}"))
            .sample_audio(VoiceSample::from_bytes(sine_wav(50, 300)))
            .build();
        voices.create(&r).await.unwrap();
    }
    let before = server.requests().len();
    assert_eq!(voices.list_all(&custom(3)).collect().await.unwrap().len(), 2);
    assert_eq!(server.requests().len() - before, 1);

    // Many pages: 7 voices 3 at a time, offsets 0, 3, 6.
    for i in 2..7 {
        let r = VoiceCreateRequest::builder()
            .name(format!("v{i}"))
            .sample_audio(VoiceSample::from_bytes(sine_wav(50, 300)))
            .build();
        voices.create(&r).await.unwrap();
    }
    let before = server.requests().len();
    let all = voices.list_all(&custom(3)).collect().await.unwrap();
    let names: Vec<String> = all.iter().map(|v| v.name.clone()).collect();
    assert_eq!(names, ["v0", "v1", "v2", "v3", "v4", "v5", "v6"]);
    let queries: Vec<String> = server.requests()[before..]
        .iter()
        .map(|r| r.query().unwrap_or("").to_owned())
        .collect();
    assert_eq!(
        queries,
        [
            "limit=3&offset=0&type=custom",
            "limit=3&offset=3&type=custom",
            "limit=3&offset=6&type=custom"
        ]
    );
    // From an offset: the presets and customs after the first four.
    let rest = voices
        .list_all(&VoiceListQuery::builder().offset(4).limit(2).build())
        .collect()
        .await
        .unwrap();
    assert_eq!(rest.len(), 9 - 4);
}
