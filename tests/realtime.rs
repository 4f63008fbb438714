//! Realtime transcription over a WebSocket (feature `realtime`): whole sessions against the
//! mock server's loopback endpoint, and a raw-TCP hostile server whose upgrade answer and
//! frames are written by hand (abrupt closes, garbage, silence).
#![cfg(feature = "realtime")]

mod support;

use std::time::Duration;

use mistral::audio::{AudioFormat, RealtimeEvent, RealtimeSessionUpdate, TranscriptionEvent};
use mistral::test_util::{MockServer, Reply};
use mistral::{Client, ErrorKind, TimeoutPhase};
use serde_json::{json, Value};
use support::hostile::{Hostile, RawRequest, Step};
use support::KEY;

const MODEL: &str = "voxtral-mini-transcribe-realtime-2602";

async fn setup() -> (Client, MockServer) {
    let server = MockServer::start().await.unwrap();
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.url())
        .build()
        .unwrap();
    (client, server)
}

/// `n` bytes of made-up 16-bit audio (deterministic).
fn audio(n: usize) -> Vec<u8> {
    (0..n).map(|i| (i * 7 % 251) as u8).collect()
}

/// Waits (up to 3 s) until the mock's session `i` satisfies `ok`.
async fn wait_for(
    server: &MockServer,
    i: usize,
    ok: impl Fn(&mistral::test_util::RealtimeSessionLog) -> bool,
) {
    for _ in 0..300 {
        if server.realtime_sessions().get(i).is_some_and(&ok) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!(
        "the mock's session never got there: {:?}",
        server.realtime_sessions()
    );
}

#[tokio::test]
async fn a_whole_session_against_the_mock() {
    let (client, server) = setup().await;
    let mut session = client
        .audio()
        .realtime(MODEL)
        .audio_format(AudioFormat::pcm_s16le(16_000))
        .target_streaming_delay_ms(480)
        .connect()
        .await
        .unwrap();
    assert_eq!(session.session().model, MODEL);
    assert_eq!(session.meta().request_id(), Some("mock-realtime-0"));
    // 1 s of audio in 100 ms frames: two whole 400 ms windows, then the rest at the end.
    for frame in audio(32_000).chunks(3_200) {
        session.send_audio(frame.to_vec()).await.unwrap();
    }
    session.flush().await.unwrap();
    session.end().await.unwrap();

    let mut names = Vec::new();
    let mut text = String::new();
    let mut done = None;
    while let Some(event) = session.next().await {
        let event = event.unwrap();
        names.push(event.name().to_owned());
        if let Some(t) = event.text() {
            text.push_str(t);
        }
        if let RealtimeEvent::Transcription(TranscriptionEvent::Done(d)) = event {
            done = Some(d);
            break;
        }
    }
    assert_eq!(names[0], "session.created");
    assert_eq!(names[1], "session.updated");
    assert_eq!(names[2], "transcription.language");
    assert_eq!(
        names.iter().filter(|n| *n == "transcription.text.delta").count(),
        3,
        "{names:?}"
    );
    let done = done.expect("transcription.done");
    assert_eq!(done.text, text);
    assert_eq!(done.text.split(' ').count(), 3);
    assert_eq!(done.model, MODEL);
    assert_eq!(done.usage.prompt_audio_seconds, Some(1));
    // The update was taken.
    assert_eq!(session.session().target_streaming_delay_ms, Some(480));

    session.close().await.unwrap();
    assert!(session.next().await.is_none(), "the stream ends once closed");
    assert!(
        session.send_audio(vec![0u8; 2]).await.is_err(),
        "nothing is sent once closed"
    );
    wait_for(&server, 0, |l| l.ended).await;
    let log = &server.realtime_sessions()[0];
    assert_eq!(log.close_code, Some(1000));
    assert_eq!(log.audio_bytes, 32_000);
    assert_eq!(log.model, MODEL);
    assert_eq!(log.messages.first().map(String::as_str), Some("session.update"));
    assert_eq!(
        log.messages.iter().filter(|m| *m == "input_audio.append").count(),
        10
    );
    assert_eq!(
        &log.messages[log.messages.len() - 2..],
        ["input_audio.flush", "input_audio.end"]
    );
}

#[tokio::test]
async fn the_key_goes_only_in_the_upgrade_headers() {
    let (client, server) = setup().await;
    let mut session = client
        .audio()
        .header("x-trace", "abc")
        .realtime("voxtral mini/2")
        .connect()
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let upgrade = &requests[0];
    assert_eq!(upgrade.method(), "GET");
    assert_eq!(upgrade.path(), "/v1/audio/transcriptions/realtime");
    assert_eq!(upgrade.query(), Some("model=voxtral%20mini%2F2"));
    assert!(!upgrade.uri().to_string().contains(KEY));
    assert_eq!(
        upgrade.header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
    assert_eq!(upgrade.header("upgrade"), Some("websocket"));
    assert_eq!(upgrade.header("x-trace"), Some("abc"));
    assert!(upgrade.header("content-type").is_none());
    assert_eq!(server.realtime_sessions()[0].model, "voxtral mini/2");
    // No Debug shows the key.
    assert!(!format!("{session:?}").contains(KEY));
    assert!(!format!("{:?}", client.audio().realtime(MODEL)).contains(KEY));
    session.close().await.unwrap();
}

#[tokio::test]
async fn a_refused_upgrade_is_an_api_error_without_the_key() {
    let (client, server) = setup().await;
    server.push(Reply::json(401, &json!({"message": format!("bad key {KEY}")})));
    let err = client.audio().realtime(MODEL).connect().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unauthorized);
    assert!(!err.to_string().contains(KEY), "{err}");
    assert!(!format!("{err:?}").contains(KEY), "{err:?}");
    // The mock itself refuses a request without a bearer key (the client always sends one):
    // an empty model is refused before anything is sent.
    let err = client.audio().realtime(" ").connect().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    let err = client
        .audio()
        .realtime(MODEL)
        .audio_format(AudioFormat::pcm_s16le(0))
        .connect()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert_eq!(server.requests().len(), 1, "invalid sessions send nothing");
}

#[tokio::test]
async fn transcribe_realtime_sends_while_reading_and_ends_after_done() {
    let (client, server) = setup().await;
    let frames: Vec<Vec<u8>> = audio(48_000).chunks(3_200).map(<[u8]>::to_vec).collect();
    let mut events = client
        .audio()
        .transcribe_realtime(MODEL, futures_util::stream::iter(frames))
        .await
        .unwrap();
    let mut deltas = String::new();
    let mut last = None;
    while let Some(event) = events.next().await {
        let event = event.unwrap();
        if let Some(t) = event.text() {
            deltas.push_str(t);
        }
        last = Some(event);
    }
    let Some(RealtimeEvent::Transcription(TranscriptionEvent::Done(done))) = last else {
        panic!("the last event is transcription.done: {last:?}");
    };
    assert_eq!(done.text, deltas);
    assert_eq!(done.text.split(' ').count(), 4); // 1.5 s: three whole windows and a half

    // The same audio cut differently gives the same text; the fold equals the done event.
    let frames: Vec<Vec<u8>> = audio(48_000).chunks(7_000).map(<[u8]>::to_vec).collect();
    let folded = client
        .audio()
        .realtime(MODEL)
        .transcribe(futures_util::stream::iter(frames))
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(folded.text, done.text);
    assert_eq!(folded.language.as_deref(), Some("en"));
    // Dropping the finished transcription closed both sessions with a close frame.
    drop(events);
    wait_for(&server, 0, |l| l.close_code == Some(1000)).await;
    wait_for(&server, 1, |l| l.close_code == Some(1000)).await;
}

#[tokio::test]
async fn dropping_a_session_closes_it_with_a_close_frame() {
    let (client, server) = setup().await;
    let mut session = client.audio().realtime(MODEL).connect().await.unwrap();
    session.send_audio(audio(6_400)).await.unwrap();
    drop(session);
    wait_for(&server, 0, |l| l.ended).await;
    assert_eq!(server.realtime_sessions()[0].close_code, Some(1000));
}

#[tokio::test]
async fn server_errors_are_typed_error_items_and_the_session_goes_on() {
    let (client, _server) = setup().await;
    let mut session = client.audio().realtime(MODEL).connect().await.unwrap();
    assert!(matches!(
        session.next().await,
        Some(Ok(RealtimeEvent::SessionCreated(_)))
    ));
    session.send_audio(audio(100)).await.unwrap();
    // Too late: audio was sent.
    let update = RealtimeSessionUpdate::new().target_streaming_delay_ms(100);
    session.update(&update).await.unwrap();
    let err = session.next().await.unwrap().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api);
    assert_eq!(err.code(), Some("4002"));
    assert!(err.message().unwrap().contains("cannot be updated"), "{err}");
    assert!(!err.is_retryable());
    // An empty update is refused before sending.
    assert!(session.update(&RealtimeSessionUpdate::new()).await.is_err());
    session.end().await.unwrap();
    let mut last = None;
    while let Some(e) = session.next().await {
        let e = e.unwrap();
        if e.is_done() {
            last = Some(e);
            break;
        }
    }
    assert!(last.is_some());
}

// ---- A hostile server: the upgrade and the frames written by hand. ----

/// The `101` answer to `req`'s upgrade.
fn upgrade(req: &RawRequest) -> Vec<u8> {
    let key = req.header("sec-websocket-key").unwrap_or_default();
    let accept = tokio_tungstenite::tungstenite::handshake::derive_accept_key(key.as_bytes());
    format!(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"
    )
    .into_bytes()
}

/// An unmasked server frame.
fn frame(opcode: u8, payload: &[u8]) -> Vec<u8> {
    let mut f = vec![0x80 | opcode];
    match payload.len() {
        n if n < 126 => f.push(n as u8),
        n => {
            f.push(126);
            f.extend_from_slice(&(n as u16).to_be_bytes());
        }
    }
    f.extend_from_slice(payload);
    f
}

fn text(v: &Value) -> Step {
    Step::Write(frame(0x1, v.to_string().as_bytes()))
}

fn created() -> Step {
    text(
        &json!({"type": "session.created", "session": {"request_id": "r-1", "model": MODEL,
                 "audio_format": {"encoding": "pcm_s16le", "sample_rate": 16000}}}),
    )
}

fn close_frame(code: u16, reason: &str) -> Step {
    let mut p = code.to_be_bytes().to_vec();
    p.extend_from_slice(reason.as_bytes());
    Step::Write(frame(0x8, &p))
}

async fn hostile(steps: impl Fn() -> Vec<Step> + Send + Sync + 'static) -> (Hostile, Client) {
    let server = Hostile::start(move |_, req| {
        let mut s = vec![Step::Write(upgrade(req))];
        s.extend(steps());
        s
    })
    .await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.url())
        .build()
        .unwrap();
    (server, client)
}

#[tokio::test]
async fn unknown_events_are_kept_with_their_name_and_json() {
    let (server, client) = hostile(|| {
        vec![
            created(),
            text(&json!({"type": "transcription.words", "words": [{"w": "hi", "t": 0.1}]})),
            text(&json!({"type": "transcription.text.delta", "text": "hi", "new_field": 1})),
            Step::Hold,
        ]
    })
    .await;
    let mut session = client.audio().realtime(MODEL).connect().await.unwrap();
    assert_eq!(session.session().request_id, "r-1");
    assert!(matches!(
        session.next().await,
        Some(Ok(RealtimeEvent::SessionCreated(_)))
    ));
    let unknown = session.next().await.unwrap().unwrap();
    assert_eq!(
        unknown,
        RealtimeEvent::Unknown {
            name: "transcription.words".into(),
            data: json!({"type": "transcription.words", "words": [{"w": "hi", "t": 0.1}]}),
        }
    );
    let RealtimeEvent::Transcription(TranscriptionEvent::TextDelta(d)) =
        session.next().await.unwrap().unwrap()
    else {
        panic!("a text delta")
    };
    assert_eq!((d.text.as_str(), &d.extra["new_field"]), ("hi", &json!(1)));
    // The upgrade as the server read it: the key in its header, not in the URL.
    let head = &server.requests()[0];
    assert!(
        head.line()
            .starts_with("GET /v1/audio/transcriptions/realtime?model="),
        "{}",
        head.line()
    );
    assert!(!head.line().contains(KEY));
    assert_eq!(
        head.header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
}

#[tokio::test]
async fn an_abrupt_close_mid_session_is_a_body_error() {
    for last in [Step::Close, Step::Reset] {
        let (_server, client) = hostile({
            let last = last.clone();
            move || {
                vec![
                    created(),
                    text(&json!({"type": "transcription.text.delta", "text": "half"})),
                    last.clone(),
                ]
            }
        })
        .await;
        let mut session = client.audio().realtime(MODEL).connect().await.unwrap();
        let mut items = Vec::new();
        while let Some(item) = tokio::time::timeout(Duration::from_secs(5), session.next())
            .await
            .expect("no hang")
        {
            items.push(item);
        }
        assert!(matches!(items[0], Ok(RealtimeEvent::SessionCreated(_))));
        assert_eq!(items[1].as_ref().unwrap().text(), Some("half"));
        let err = items[2].as_ref().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Body, "{last:?}: {err}");
        assert_eq!(items.len(), 3);
    }

    // The high-level stream: a close before transcription.done is a truncated stream.
    let (_server, client) = hostile(|| vec![created(), close_frame(1000, "")]).await;
    let stream = futures_util::stream::iter(vec![vec![0u8; 320]]);
    let mut events = client.audio().transcribe_realtime(MODEL, stream).await.unwrap();
    let mut last = None;
    while let Some(item) = events.next().await {
        last = Some(item);
    }
    assert_eq!(last.unwrap().unwrap_err().kind(), ErrorKind::TruncatedStream);
}

#[tokio::test]
async fn garbage_is_a_decode_error_and_a_close_code_an_error() {
    let (_server, client) = hostile(|| {
        vec![
            created(),
            Step::Write(frame(0x1, b"this is not json")),
            Step::Write(frame(0x2, &[0, 159, 146, 150])),
            text(&json!(["an", "array"])),
            text(&json!({"type": "transcription.text.delta", "text": "still here"})),
            close_frame(1011, "internal error"),
            Step::Hold,
        ]
    })
    .await;
    let mut session = client.audio().realtime(MODEL).connect().await.unwrap();
    assert!(session.next().await.unwrap().is_ok());
    for what in ["not json", "binary", "array"] {
        let err = session.next().await.unwrap().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode, "{what}: {err}");
    }
    assert_eq!(session.next().await.unwrap().unwrap().text(), Some("still here"));
    let err = session.next().await.unwrap().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Body);
    assert!(err.to_string().contains("code 1011: internal error"), "{err}");
    assert!(session.next().await.is_none());
}

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    // The upgrade is never answered.
    let server = Hostile::always(vec![Step::Hold]).await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.url())
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let err = client
        .audio()
        .realtime(MODEL)
        .timeout(Duration::from_millis(300))
        .connect()
        .await
        .unwrap_err();
    assert_eq!(err.timeout_phase(), Some(TimeoutPhase::Request), "{err}");
    assert!(started.elapsed() < Duration::from_secs(3));

    // Upgraded, but no session.created.
    let (_server, client) = hostile(|| vec![Step::Hold]).await;
    let err = client
        .audio()
        .realtime(MODEL)
        .timeout(Duration::from_millis(300))
        .connect()
        .await
        .unwrap_err();
    assert_eq!(err.timeout_phase(), Some(TimeoutPhase::Request), "{err}");

    // Open, then silence: the idle timeout.
    let (_server, client) = hostile(|| vec![created(), Step::Hold]).await;
    let mut session = client
        .audio()
        .realtime(MODEL)
        .idle_timeout(Duration::from_millis(200))
        .connect()
        .await
        .unwrap();
    assert!(session.next().await.unwrap().is_ok());
    let err = session.next().await.unwrap().unwrap_err();
    assert_eq!(err.timeout_phase(), Some(TimeoutPhase::StreamIdle), "{err}");
    assert!(session.next().await.is_none());

    // An error before session.created fails the opening; so does a close.
    let (_server, client) = hostile(|| {
        vec![text(
            &json!({"type": "error", "error": {"message": "no such model", "code": 1404}}),
        )]
    })
    .await;
    let err = client.audio().realtime(MODEL).connect().await.unwrap_err();
    assert_eq!(
        (err.kind(), err.message()),
        (ErrorKind::Api, Some("no such model"))
    );
    let (_server, client) = hostile(|| vec![Step::Close]).await;
    let err = client.audio().realtime(MODEL).connect().await.unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::Body | ErrorKind::Transport),
        "{err}"
    );
}

#[tokio::test]
async fn a_refused_connection_is_a_connect_error() {
    // A port nobody listens on.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let client = Client::builder().api_key(KEY).base_url(url).build().unwrap();
    let err = client.audio().realtime(MODEL).connect().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Connect, "{err}");
}

// ---- Client sessions (`POST /v1/client/sessions`): the secret instead of the key. ----

/// A secret long enough to be looked for in error bodies.
const SECRET: &str = "rt_live_0123456789abcdefghijklmn";

/// A client session for `MODEL`, minted with `client`'s key (lasting a minute).
async fn mint(client: &Client) -> mistral::realtime::CreateRealtimeSessionResponse {
    client
        .realtime()
        .sessions()
        .create(&session_request(Some(60)))
        .await
        .unwrap()
        .into_inner()
}

fn session_request(ttl: Option<i64>) -> mistral::realtime::CreateRealtimeSessionRequest {
    mistral::realtime::CreateRealtimeSessionRequest::builder()
        .model(MODEL)
        .purpose(mistral::realtime::CreateRealtimeSessionRequestPurpose::Realtime)
        .maybe_ttl_seconds(ttl)
        .build()
}

#[tokio::test]
async fn a_client_session_opens_the_realtime_endpoint_without_the_key() {
    let (client, server) = setup().await;
    let minted = mint(&client).await;
    let builder = client.audio().realtime(MODEL).session(&minted);
    let debug = format!("{builder:?}");
    assert!(debug.contains("client session"), "{debug}");
    assert!(
        !debug.contains(&format!("\"{}\"", minted.client_secret.value)),
        "{debug}"
    );
    let mut session = builder.connect().await.unwrap();
    assert_eq!(session.session().model, MODEL);

    let requests = server.requests();
    assert_eq!(requests.len(), 2, "the session, then the upgrade");
    assert_eq!(requests[0].path(), "/v1/client/sessions");
    assert_eq!(
        requests[0].header("authorization"),
        Some(format!("Bearer {KEY}").as_str()),
        "the session is minted with the key"
    );
    let upgrade = &requests[1];
    assert_eq!(upgrade.path(), "/v1/audio/transcriptions/realtime");
    assert!(upgrade.header("authorization").is_none(), "the key is not sent");
    assert_eq!(
        upgrade.header("sec-websocket-protocol"),
        Some(format!("realtime, {}", minted.client_secret.value).as_str())
    );
    assert!(!upgrade.uri().to_string().contains(KEY));
    assert!(server.realtime_sessions()[0].client_session);

    // The session works as one opened with the key.
    session.send_audio(audio(12_800)).await.unwrap();
    session.end().await.unwrap();
    // `transcription.done` comes; the session stays open until closed.
    let mut done = false;
    while let Some(event) = session.next().await {
        if event.unwrap().is_done() {
            done = true;
            break;
        }
    }
    assert!(done);
    session.close().await.unwrap();
}

#[tokio::test]
async fn connect_with_new_session_mints_one_for_the_model_then_connects() {
    let (client, server) = setup().await;
    let session = client
        .audio()
        .header("x-trace", "t-1")
        .realtime(MODEL)
        .session_ttl(Duration::from_millis(90_500))
        .connect_with_new_session()
        .await
        .unwrap();
    assert_eq!(session.session().model, MODEL);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let mint = &requests[0];
    assert_eq!(
        (mint.method().as_str(), mint.path()),
        ("POST", "/v1/client/sessions")
    );
    assert_eq!(
        mint.json(),
        json!({"model": MODEL, "purpose": "realtime", "ttl_seconds": 90})
    );
    let errors = support::generated::Spec::Supplement
        .errors("/components/schemas/CreateRealtimeSessionRequest", &mint.json());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(mint.header("x-trace"), Some("t-1"), "the handle's options");
    assert!(requests[1].header("authorization").is_none());
    assert_eq!(requests[1].header("x-trace"), Some("t-1"));
    assert!(server.realtime_sessions()[0].client_session);

    // A refused mint connects nothing.
    server.push(Reply::json(
        403,
        &json!({"message": "no create_client_session permission"}),
    ));
    let err = client
        .audio()
        .realtime(MODEL)
        .connect_with_new_session()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::FORBIDDEN));
    assert_eq!(server.requests().len(), 3);
    assert_eq!(server.realtime_sessions().len(), 1);
}

#[tokio::test]
async fn a_bad_session_secret_is_refused_and_never_shown() {
    let (client, server) = setup().await;
    let err = client
        .audio()
        .realtime(MODEL)
        .session_secret(SECRET)
        .connect()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unauthorized, "{err}");
    assert!(!err.to_string().contains(SECRET), "{err}");
    assert!(!format!("{err:?}").contains(SECRET), "{err:?}");
    let upgrade = server.requests().pop().unwrap();
    assert!(upgrade.header("authorization").is_none());
    assert!(server.realtime_sessions().is_empty());
    assert!(!format!("{:?}", client.audio().realtime(MODEL).session_secret(SECRET)).contains(SECRET));

    // A secret that cannot be a subprotocol, or none: refused before anything is sent.
    for bad in ["", "rt_a,b", "rt a", "rt_\u{e9}"] {
        let err = client
            .audio()
            .realtime(MODEL)
            .session_secret(bad)
            .connect()
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{bad:?}: {err}");
    }
    assert_eq!(server.requests().len(), 1, "invalid secrets send nothing");
}

/// The `101` answer to `req`'s upgrade, selecting the `realtime` subprotocol.
fn upgrade_selecting_realtime(req: &RawRequest) -> Vec<u8> {
    let mut head = upgrade(req);
    head.truncate(head.len() - 2);
    head.extend_from_slice(b"Sec-WebSocket-Protocol: realtime\r\n\r\n");
    head
}

#[tokio::test]
async fn the_secret_rides_in_the_subprotocol_and_is_redacted_from_errors() {
    // A server that checks the credential as the API does: the secret in the subprotocol.
    let server = Hostile::start(|_, req| {
        let offered = req.header("sec-websocket-protocol").unwrap_or_default();
        if offered == format!("realtime, {SECRET}") && req.header("authorization").is_none() {
            vec![
                Step::Write(upgrade_selecting_realtime(req)),
                created(),
                Step::Hold,
            ]
        } else {
            vec![Step::Write(support::hostile::json(
                401,
                &json!({"message": format!("invalid token in {offered}")}),
            ))]
        }
    })
    .await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.url())
        .build()
        .unwrap();
    let session = client
        .audio()
        .realtime(MODEL)
        .session_secret(SECRET)
        .connect()
        .await
        .unwrap();
    assert!(!format!("{session:?}").contains(SECRET));
    let head = &server.requests()[0];
    assert!(!head.line().contains(SECRET), "never in the URL");
    assert!(head.header("authorization").is_none());

    // A refusal that echoes the secret does not show it.
    let err = client
        .audio()
        .realtime(MODEL)
        .session_secret(format!("{SECRET}x"))
        .connect()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unauthorized);
    assert!(!err.to_string().contains(SECRET), "{err}");
    assert!(!format!("{err:?}").contains(SECRET), "{err:?}");
    assert!(err.to_string().contains("invalid token"), "{err}");
}

#[tokio::test]
async fn a_server_that_selects_no_subprotocol_is_refused() {
    // RFC 6455 §4.1: a client that offered subprotocols fails a 101 that selects none.
    let (_server, client) = hostile(|| vec![created(), Step::Hold]).await;
    let err = client
        .audio()
        .realtime(MODEL)
        .session_secret(SECRET)
        .connect()
        .await
        .unwrap_err();
    assert!(err.is_protocol(), "{err:?}");
    assert!(!format!("{err:?}").contains(SECRET));
}

#[tokio::test]
async fn a_client_without_a_key_connects_with_a_session_secret_and_sends_nothing_else() {
    let (backend, server) = setup().await;
    // The backend mints the session; the device holds only its secret.
    let minted = mint(&backend).await;
    let device = Client::builder()
        .without_api_key()
        .base_url(server.url())
        .build()
        .unwrap();
    let session = device
        .audio()
        .realtime(MODEL)
        .session_secret(minted.client_secret.value.clone())
        .connect()
        .await
        .unwrap();
    assert_eq!(session.session().model, MODEL);
    assert!(server.requests()[1].header("authorization").is_none());
    drop(session);

    // To Mistral's API, anything else is refused before sending: a completion, a stream, an
    // upload, a mint, a keyless upgrade. (The HTTP calls go to a recording transport, so a
    // regression could not reach the network.)
    let transport = mistral::test_util::ScriptedTransport::new();
    let to_mistral = |b: mistral::ClientBuilder| {
        b.without_api_key()
            .base_url("https://refused.mistral.ai")
            .transport(transport.clone())
            .build()
            .unwrap()
    };
    let device = to_mistral(Client::builder());
    let request = mistral::chat::ChatRequest::builder()
        .model("mistral-small-latest")
        .messages([mistral::chat::Message::user("Hi")])
        .build();
    let refused = |e: mistral::Error| {
        assert_eq!(e.kind(), ErrorKind::Builder, "{e}");
        assert!(e.to_string().contains("without_api_key"), "{e}");
    };
    refused(device.chat().complete(&request).await.unwrap_err());
    refused(device.chat().stream(&request).await.unwrap_err());
    let upload = mistral::files::FileUpload::builder()
        .file(mistral::files::FileContent::bytes("a.jsonl", b"{}\n".to_vec()))
        .purpose(mistral::files::FilePurpose::Batch)
        .build();
    refused(device.files().upload(&upload).await.unwrap_err());
    refused(
        device
            .audio()
            .realtime(MODEL)
            .connect_with_new_session()
            .await
            .unwrap_err(),
    );
    refused(device.audio().realtime(MODEL).connect().await.unwrap_err());
    assert!(transport.requests().is_empty(), "nothing was sent");

    // A call that brings its own credential goes, per call or as a default header.
    let per_call = device
        .models()
        .header("authorization", &format!("Bearer {KEY}"))
        .list()
        .await;
    assert!(per_call.is_ok(), "{per_call:?}");
    let by_default = to_mistral(Client::builder().default_header("authorization", format!("Bearer {KEY}")));
    assert!(by_default.models().list().await.is_ok());
    let sent = transport.requests();
    assert_eq!(sent.len(), 2);
    for r in &sent {
        assert_eq!(r.header("authorization"), Some(format!("Bearer {KEY}").as_str()));
    }

    // To a gateway of one's own (any other host), calls are sent as they are: it adds the key.
    let gateway = Client::builder()
        .without_api_key()
        .base_url(server.url())
        .build()
        .unwrap();
    let _ = gateway.models().list().await;
    let last = server.requests().pop().unwrap();
    assert_eq!(last.path(), "/v1/models");
    assert!(last.header("authorization").is_none());

    // Without the opt-in, a missing key is still a build error.
    let err = Client::builder().base_url(server.url()).build().unwrap_err();
    assert!(err.to_string().contains("no API key"), "{err}");
}
