//! The mock's audio endpoints: transcription (JSON or streamed), speech (a short WAV, whole or
//! in base64 deltas) and voices kept in memory.
//!
//! A transcription is made up from the audio, the same audio always giving the same text: its
//! length in seconds (read from a WAV header, else 16 000 bytes a second; 4 s for a URL or a
//! file id) gives the number of words (2.5 a second, 1 to 60), and an FNV-1a hash of its bytes
//! (or of the URL or id) picks them from a fixed list. Segments come only when timestamps are
//! asked for: six words a segment, or one per word with `word` granularity, spread evenly over
//! the audio, with alternating `speaker_id`s when `diarize` is true.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

use base64::Engine as _;
use bytes::Bytes;
use mistral_types::audio::{SpeechRequest, VoiceCreateRequest, VoiceUpdateRequest};
use serde_json::{json, Value};

use super::defaults::{invalid_request, read_request};
use super::reply::{RecordedRequest, Reply};
use super::store::parse_form;

/// The words the mock's transcriptions are made of.
const WORDS: [&str; 32] = [
    "the", "wind", "carries", "a", "quiet", "song", "over", "old", "stone", "bridges", "while", "rivers",
    "remember", "every", "name", "spoken", "near", "their", "banks", "and", "morning", "light", "finds",
    "small", "boats", "waiting", "for", "voices", "to", "call", "them", "home",
];

/// The sample rate of the mock's WAV files.
const RATE: u32 = 16_000;

/// A mono 16-bit PCM WAV file of `duration_ms` of a sine at `frequency_hz` (half amplitude):
/// the audio the mock's speech answers with, and a handy test input. The RIFF header is
/// complete, so any player or WAV reader takes it.
///
/// ```
/// let wav = mistral::test_util::sine_wav(250, 440);
/// assert_eq!(&wav[..4], b"RIFF");
/// assert_eq!(wav.len(), 44 + 16_000 / 4 * 2);
/// ```
pub fn sine_wav(duration_ms: u32, frequency_hz: u32) -> Vec<u8> {
    let samples = u64::from(RATE) * u64::from(duration_ms) / 1000;
    let data_len = u32::try_from(samples * 2).unwrap_or(u32::MAX - 44);
    let mut out = Vec::with_capacity(44 + data_len as usize);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes()); // fmt chunk size
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&RATE.to_le_bytes());
    out.extend_from_slice(&(RATE * 2).to_le_bytes()); // byte rate
    out.extend_from_slice(&2u16.to_le_bytes()); // block align
    out.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for i in 0..samples {
        let t = i as f64 / f64::from(RATE);
        let v = (t * f64::from(frequency_hz) * std::f64::consts::TAU).sin() * 16_000.0;
        out.extend_from_slice(&(v as i16).to_le_bytes());
    }
    out
}

/// The duration of `audio` in seconds: from a WAV header when it is one, else at 16 000
/// bytes a second.
fn duration_of(audio: &[u8]) -> f64 {
    if audio.len() >= 44 && &audio[..4] == b"RIFF" && &audio[8..12] == b"WAVE" {
        let byte_rate = u32::from_le_bytes([audio[28], audio[29], audio[30], audio[31]]);
        // The `data` chunk, wherever it is after the header.
        if let Some(i) = audio.windows(4).position(|w| w == b"data") {
            if let Some(len) = audio.get(i + 4..i + 8) {
                let len = u32::from_le_bytes([len[0], len[1], len[2], len[3]]);
                let len = len.min(u32::try_from(audio.len() - i - 8).unwrap_or(u32::MAX));
                if byte_rate > 0 {
                    return f64::from(len) / f64::from(byte_rate);
                }
            }
        }
    }
    audio.len() as f64 / 16_000.0
}

fn fnv1a(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The mock's transcription of audio of `seconds` whose hash is `seed`, for the form's fields.
fn transcription(seed: u64, seconds: f64, fields: &[(String, String)]) -> Value {
    let field = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let n = ((seconds * 2.5).round() as usize).clamp(1, 60);
    let mut state = seed | 1;
    let mut words: Vec<String> = (0..n)
        .map(|_| {
            // xorshift: deterministic for a seed.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            WORDS[(state % WORDS.len() as u64) as usize].to_owned()
        })
        .collect();
    if let Some(first) = words.first_mut() {
        let mut c = first.chars();
        *first = c
            .next()
            .map(|h| h.to_uppercase().chain(c).collect())
            .unwrap_or_default();
    }
    if let Some(last) = words.last_mut() {
        last.push('.');
    }
    let text = words.join(" ");
    let granularities: Vec<&str> = fields
        .iter()
        .filter(|(n, _)| n == "timestamp_granularities")
        .map(|(_, v)| v.as_str())
        .collect();
    let diarize = field("diarize") == Some("true");
    // Known speakers (checked by `transcribe`): segments are attributed to them in turn.
    let known: Vec<String> = field("speaker_references")
        .and_then(|j| serde_json::from_str::<serde_json::Map<String, Value>>(j).ok())
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    let per = if granularities.contains(&"word") { 1 } else { 6 };
    let step = seconds.max(0.1) / n as f64;
    let round = |x: f64| (x * 1000.0).round() / 1000.0;
    let segments: Vec<Value> = if granularities.is_empty() {
        Vec::new()
    } else {
        words
            .chunks(per)
            .enumerate()
            .map(|(i, chunk)| {
                let start = round((i * per) as f64 * step);
                let end = round(((i * per + chunk.len()) as f64 * step).min(seconds.max(0.1)));
                let mut s = json!({"type": "transcription_segment", "text": chunk.join(" "), "start": start, "end": end});
                if diarize {
                    s["speaker_id"] = match known.len() {
                        0 => json!(format!("speaker_{}", i % 2)),
                        k => json!(known[i % k]),
                    };
                }
                s
            })
            .collect()
    };
    let audio_seconds = seconds.ceil() as u64;
    let prompt_tokens = audio_seconds * 13;
    json!({
        "model": field("model").unwrap_or_default(),
        "text": text,
        "language": field("language").unwrap_or("en"),
        "segments": segments,
        "usage": {"prompt_audio_seconds": audio_seconds, "prompt_tokens": prompt_tokens,
                  "completion_tokens": n, "total_tokens": prompt_tokens + n as u64},
    })
}

fn missing(field: &str) -> Reply {
    Reply::json(
        422,
        &json!({"detail": [{"type": "missing", "loc": ["body", field], "msg": "Field required"}]}),
    )
}

/// One SSE frame with an event name.
fn frame(name: &str, data: &Value) -> Bytes {
    Bytes::from(format!("event: {name}\ndata: {data}\n\n"))
}

/// `POST /v1/audio/transcriptions`.
fn transcribe(request: &RecordedRequest) -> Reply {
    let ct = request.header("content-type").unwrap_or("");
    if !ct.starts_with("multipart/form-data") {
        return Reply::json(
            422,
            &json!({"detail": [{"type": "missing", "loc": ["body", "model"],
            "msg": "the body must be multipart/form-data"}]}),
        );
    }
    let form = match parse_form(ct, request.body().clone()) {
        Ok(f) => f,
        Err(e) => return invalid_request(&format!("invalid multipart body: {e}"), None),
    };
    if form.fields.get("model").is_none_or(|m| m.trim().is_empty()) {
        return missing("model");
    }
    let sources = usize::from(form.file.is_some())
        + usize::from(form.fields.contains_key("file_url"))
        + usize::from(form.fields.contains_key("file_id"));
    if sources != 1 {
        return invalid_request("exactly one of file, file_url and file_id must be given", None);
    }
    if let Some(refs) = form.fields.get("speaker_references") {
        let ok = serde_json::from_str::<serde_json::Map<String, Value>>(refs)
            .is_ok_and(|m| m.values().all(Value::is_string));
        if !ok {
            return Reply::json(
                422,
                &json!({"detail": [{"type": "dict_type", "loc": ["body", "speaker_references"],
                "msg": "Input should be a valid dictionary of strings"}]}),
            );
        }
        if form.fields.get("diarize").map(String::as_str) != Some("true") {
            return invalid_request("speaker_references needs diarize to be true", None);
        }
    }
    let (seed, seconds) = match (
        &form.file,
        form.fields.get("file_url"),
        form.fields.get("file_id"),
    ) {
        (Some((_, _, data)), _, _) => (fnv1a(data), duration_of(data)),
        (_, Some(url), _) => (fnv1a(url.as_bytes()), 4.0),
        (_, _, Some(id)) => (fnv1a(id.as_bytes()), 4.0),
        _ => return missing("file"),
    };
    let done = transcription(seed, seconds, &form.all);
    if form.fields.get("stream").map(String::as_str) != Some("true") {
        return Reply::json(200, &done);
    }
    // The stream: the language, then each piece of text (a segment's, or a word's) followed by
    // its segment, then the whole transcription.
    let mut frames = vec![frame(
        "transcription.language",
        &json!({"type": "transcription.language", "audio_language": done["language"]}),
    )];
    let segments = done["segments"].as_array().cloned().unwrap_or_default();
    let pieces: Vec<(String, Option<Value>)> = if segments.is_empty() {
        let text = done["text"].as_str().unwrap_or_default();
        text.split(' ').map(|w| (w.to_owned(), None)).collect()
    } else {
        segments
            .into_iter()
            .map(|s| (s["text"].as_str().unwrap_or_default().to_owned(), Some(s)))
            .collect()
    };
    for (i, (text, segment)) in pieces.into_iter().enumerate() {
        let piece = if i == 0 { text } else { format!(" {text}") };
        frames.push(frame(
            "transcription.text.delta",
            &json!({"type": "transcription.text.delta", "text": piece}),
        ));
        if let Some(mut s) = segment {
            s["type"] = json!("transcription.segment");
            frames.push(frame("transcription.segment", &s));
        }
    }
    let mut d = done;
    d["type"] = json!("transcription.done");
    frames.push(frame("transcription.done", &d));
    Reply::sse_frames(frames)
}

/// The mock's speech of `input`: a WAV of 200 ms plus 10 ms a character (at most 1 s), its
/// pitch from the text.
fn speech_audio(input: &str) -> Vec<u8> {
    let ms = (200 + 10 * input.chars().count()).min(1000) as u32;
    let freq = 220 + (fnv1a(input.as_bytes()) % 440) as u32;
    sine_wav(ms, freq)
}

/// `POST /v1/audio/speech`: always a WAV (with `pcm`, the samples alone), whatever other
/// format is asked.
fn speech(body: &[u8]) -> Reply {
    let request: SpeechRequest = match serde_json::from_slice(body) {
        Ok(r) => r,
        Err(e) => {
            return Reply::json(
                422,
                &json!({"detail": [{"type": "json_invalid", "loc": ["body"], "msg": e.to_string()}]}),
            )
        }
    };
    if let Err(e) = request.validate() {
        return invalid_request(&e.to_string(), None);
    }
    let mut audio = speech_audio(&request.input);
    if request.response_format.as_ref().map(|f| f.as_str()) == Some("pcm") {
        audio.drain(..44);
    }
    let b64 = base64::engine::general_purpose::STANDARD;
    let chars = request.input.chars().count() as u64;
    let usage = json!({"prompt_tokens": chars, "completion_tokens": audio.len() as u64 / 640,
                       "total_tokens": chars + audio.len() as u64 / 640});
    if request.stream != Some(true) {
        return Reply::json(200, &json!({"audio_data": b64.encode(&audio)}));
    }
    // Deltas of 4 000 bytes each, each its own padded base64 text, as the API sends them.
    let mut frames: Vec<Bytes> = audio
        .chunks(4000)
        .map(|c| {
            frame(
                "speech.audio.delta",
                &json!({"type": "speech.audio.delta", "audio_data": b64.encode(c)}),
            )
        })
        .collect();
    frames.push(frame(
        "speech.audio.done",
        &json!({"type": "speech.audio.done", "usage": usage}),
    ));
    Reply::sse_frames(frames)
}

/// A voice the mock keeps: its JSON and its sample.
struct StoredVoice {
    json: Value,
    sample: Vec<u8>,
}

/// The voices of one mock: two presets, then those created.
pub(crate) struct AudioMock {
    voices: Mutex<BTreeMap<String, StoredVoice>>,
    ids: AtomicU64,
}

impl Default for AudioMock {
    fn default() -> Self {
        let mut voices = BTreeMap::new();
        for (id, name, lang) in [
            ("00000000-0000-4000-8000-00000000a001", "Paul", "en"),
            ("00000000-0000-4000-8000-00000000a002", "Amélie", "fr"),
        ] {
            voices.insert(
                id.to_owned(),
                StoredVoice {
                    json: json!({"id": id, "name": name, "slug": name.to_lowercase(), "languages": [lang],
                                 "gender": null, "age": null, "tags": ["preset"], "color": null,
                                 "description": null, "retention_notice": 30,
                                 "created_at": "2025-01-01T00:00:00Z", "user_id": null, "trimmed_seconds": null,
                                 "type": "preset", "kind": "pvc"}),
                    sample: speech_audio(name),
                },
            );
        }
        AudioMock {
            voices: Mutex::new(voices),
            ids: AtomicU64::new(0),
        }
    }
}

fn voice_not_found(id: &str) -> Reply {
    Reply::json(404, &json!({"detail": format!("Voice {id} not found")}))
}

impl AudioMock {
    fn lock(&self) -> MutexGuard<'_, BTreeMap<String, StoredVoice>> {
        self.voices.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The answer to a request under `/v1/audio/`.
    pub(crate) fn answer(&self, request: &RecordedRequest) -> Reply {
        let path = request.path();
        let query = request.query().unwrap_or("");
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        match (request.method().as_str(), segments.as_slice()) {
            ("POST", ["v1", "audio", "transcriptions"]) => transcribe(request),
            ("POST", ["v1", "audio", "speech"]) => speech(request.body()),
            ("GET", ["v1", "audio", "voices"]) => self.list(query),
            ("POST", ["v1", "audio", "voices"]) => self.create(request.body()),
            ("GET", ["v1", "audio", "voices", id]) => match self.lock().get(*id) {
                Some(v) => Reply::json(200, &v.json),
                None => voice_not_found(id),
            },
            ("PATCH", ["v1", "audio", "voices", id]) => self.update(id, request.body()),
            ("DELETE", ["v1", "audio", "voices", id]) => {
                let mut voices = self.lock();
                match voices.get(*id) {
                    Some(v) if v.json["user_id"].is_null() => {
                        invalid_request("a preset voice cannot be deleted", None)
                    }
                    Some(_) => match voices.remove(*id) {
                        Some(v) => Reply::json(200, &v.json),
                        None => voice_not_found(id),
                    },
                    None => voice_not_found(id),
                }
            }
            ("GET", ["v1", "audio", "voices", id, "sample"]) => match self.lock().get(*id) {
                Some(v) => Reply::body(200, "audio/wav", v.sample.clone()),
                None => voice_not_found(id),
            },
            _ => Reply::json(404, &json!({"detail": "Not Found"})),
        }
    }

    /// `GET /v1/audio/voices`: `limit` (1 to 100, default 10) from `offset`, by `type`.
    fn list(&self, query: &str) -> Reply {
        let get = |k: &str| {
            query
                .split('&')
                .filter_map(|kv| kv.split_once('='))
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.to_owned())
        };
        let limit = match get("limit").map(|v| v.parse::<u64>()) {
            None => 10,
            Some(Ok(n)) if (1..=100).contains(&n) => n,
            Some(_) => return invalid_request("limit must be between 1 and 100", None),
        };
        let offset = get("offset").and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        let kind = get("type").unwrap_or_else(|| "all".into());
        let voices = self.lock();
        let matching: Vec<&Value> = voices
            .values()
            .map(|v| &v.json)
            .filter(|v| match kind.as_str() {
                "custom" => !v["user_id"].is_null(),
                "preset" => v["user_id"].is_null(),
                _ => true,
            })
            .collect();
        let total = matching.len() as u64;
        let items: Vec<&Value> = matching
            .into_iter()
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
            .collect();
        Reply::json(
            200,
            &json!({"items": items, "total": total, "page": offset / limit, "page_size": limit,
                    "total_pages": total.div_ceil(limit)}),
        )
    }

    /// `POST /v1/audio/voices`.
    fn create(&self, body: &[u8]) -> Reply {
        const FIELDS: &[&str] = &[
            "name",
            "slug",
            "languages",
            "gender",
            "age",
            "tags",
            "color",
            "description",
            "retention_notice",
            "sample_audio",
            "sample_filename",
        ];
        let request: VoiceCreateRequest = match read_request(body, FIELDS) {
            Ok(r) => r,
            Err(reply) => return reply,
        };
        // The newer API makes the sample optional: a voice without one has an empty sample.
        let sample = match &request.sample_audio {
            None => Vec::new(),
            Some(s) => match base64::engine::general_purpose::STANDARD.decode(s.as_base64()) {
                Ok(sample) => sample,
                Err(_) => return invalid_request("sample_audio is not base64", None),
            },
        };
        let n = self.ids.fetch_add(1, Ordering::Relaxed) + 1;
        let id = format!("00000000-0000-4000-9000-{n:012x}");
        let json = json!({
            "id": id, "name": request.name, "slug": request.slug, "languages": request.languages,
            "gender": request.gender, "age": request.age, "tags": request.tags, "color": request.color,
            "description": request.description, "retention_notice": request.retention_notice.unwrap_or(30),
            "created_at": "2025-06-01T12:00:00Z", "user_id": "mock-user", "trimmed_seconds": 0.0,
            "type": "custom", "kind": "ivc",
        });
        self.lock().insert(
            id,
            StoredVoice {
                json: json.clone(),
                sample,
            },
        );
        Reply::json(200, &json)
    }

    /// `PATCH /v1/audio/voices/{id}`.
    fn update(&self, id: &str, body: &[u8]) -> Reply {
        const FIELDS: &[&str] = &[
            "name",
            "languages",
            "gender",
            "age",
            "tags",
            "description",
            "retention_notice",
        ];
        let request: VoiceUpdateRequest = match read_request(body, FIELDS) {
            Ok(r) => r,
            Err(reply) => return reply,
        };
        let mut voices = self.lock();
        let Some(v) = voices.get_mut(id) else {
            return voice_not_found(id);
        };
        let changes = serde_json::to_value(&request).unwrap_or_default();
        if let (Some(o), Some(c)) = (v.json.as_object_mut(), changes.as_object()) {
            for (k, val) in c {
                o.insert(k.clone(), val.clone());
            }
        }
        Reply::json(200, &v.json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wav_durations_are_read_from_the_header() {
        let wav = sine_wav(500, 440);
        assert!((duration_of(&wav) - 0.5).abs() < 1e-9);
        assert!((duration_of(&[0u8; 32_000]) - 2.0).abs() < 1e-9);
    }

    #[test]
    fn transcriptions_are_deterministic() {
        let fields = vec![("model".to_owned(), "m".to_owned())];
        assert_eq!(transcription(7, 2.0, &fields), transcription(7, 2.0, &fields));
        assert_ne!(
            transcription(7, 2.0, &fields)["text"],
            transcription(8, 2.0, &fields)["text"]
        );
        assert_eq!(transcription(7, 2.0, &fields)["usage"]["completion_tokens"], 5);
    }

    /// A transcription form as the client sends it (the request's own `form_fields`), parsed
    /// back by the mock.
    fn transcribe_form(request: &mistral_types::audio::TranscriptionRequest) -> (u16, Value) {
        let mut body = String::new();
        for (k, v) in request.form_fields(false) {
            body.push_str(&format!(
                "--XB\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
            ));
        }
        body.push_str("--XB--\r\n");
        let (parts, ()) = http::Request::post("/v1/audio/transcriptions")
            .header("content-type", "multipart/form-data; boundary=XB")
            .body(())
            .unwrap()
            .into_parts();
        let reply = transcribe(&RecordedRequest::new(parts, Bytes::from(body)));
        let (status, bytes) = reply.status_and_body().unwrap();
        (status, serde_json::from_slice(&bytes).unwrap())
    }

    /// `speaker_references` (newer than the published spec): the segments are attributed to the
    /// known speakers; without `diarize` the mock refuses it, as the API does.
    #[test]
    fn speaker_references_name_the_speakers() {
        use mistral_types::audio::{AudioSource, TimestampGranularity, TranscriptionRequest};
        let request = TranscriptionRequest::builder()
            .model("voxtral-mini-latest")
            .audio(AudioSource::url("https://example.com/a.mp3"))
            .diarize(true)
            .timestamp_granularities([TimestampGranularity::Word])
            .speaker_reference("Alice", "a")
            .speaker_reference("Bob", "b")
            .build();
        let (status, body) = transcribe_form(&request);
        assert_eq!(status, 200, "{body}");
        let speakers: Vec<&str> = body["segments"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|s| s["speaker_id"].as_str())
            .collect();
        assert_eq!(&speakers[..2], ["Alice", "Bob"]);
        let mut no_diarize = request.clone();
        no_diarize.diarize = None;
        let (status, body) = transcribe_form(&no_diarize);
        assert_eq!(status, 400, "{body}");
        assert!(body.to_string().contains("diarize"), "{body}");
        let mut not_json = request;
        not_json.speaker_references.clear();
        not_json
            .extra
            .insert("speaker_references".into(), json!("[1, 2]"));
        assert_eq!(transcribe_form(&not_json).0, 422);
    }
}
