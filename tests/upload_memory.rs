//! Large uploads and long streamed answers keep the heap flat. A 200 MB file streams from disk
//! in frames, never read whole into memory, through every multipart upload (`files().upload`,
//! `libraries().documents(..).upload`, `audio().transcribe`); a long speech stream written to
//! a sink (`audio().speech_to_writer`) holds one event at a time. Measured with a counting
//! allocator (the peak of live heap bytes during the call, over what was live before it),
//! against a real hyper server on 127.0.0.1 that reads each body as it comes and keeps only
//! its length. The measurements take turns: the counters are the whole process's.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use std::future::Future;

use bytes::Bytes;
use http_body_util::BodyExt;
use mistral::audio::{AudioSource, SpeechRequest, TranscriptionRequest};
use mistral::libraries::DocumentUpload;
use mistral::types::files::{FileContent, FilePurpose, FileUpload};
use mistral::Client;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let now =
                    LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const SIZE: u64 = 200 * 1024 * 1024;

/// The most the heap may grow during one call.
const FLAT: usize = 8 * 1024 * 1024;

/// One measurement at a time: the counters are global.
static TURN: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Speech deltas of the long stream, and the audio bytes in each (48 KiB: 64 KiB of base64).
const DELTAS: usize = 2_000;
const DELTA_BYTES: usize = 48 * 1024;

/// How far the heap grows over what was live before while `call` runs.
async fn heap_growth<T>(call: impl Future<Output = T>) -> (T, usize) {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let out = call.await;
    (out, PEAK.load(Ordering::Relaxed).saturating_sub(before))
}

/// Answers an upload with what its path expects, giving the number of body bytes it read;
/// answers `POST /v1/audio/speech` with a long SSE stream of speech deltas.
async fn draining_server() -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let (sock, _) = listener.accept().await.unwrap();
            tokio::spawn(async move {
                let service =
                    hyper::service::service_fn(|req: hyper::Request<hyper::body::Incoming>| async move {
                        let path = req.uri().path().to_owned();
                        let mut body = req.into_body();
                        let mut n: u64 = 0;
                        while let Some(frame) = body.frame().await {
                            if let Ok(d) = frame?.into_data() {
                                n += d.len() as u64;
                            }
                        }
                        let (content_type, reply) = answer(&path, n);
                        let mut resp = hyper::Response::new(reply);
                        resp.headers_mut()
                            .insert("content-type", http::HeaderValue::from_static(content_type));
                        Ok::<_, hyper::Error>(resp)
                    });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(sock), service)
                    .await;
            });
        }
    });
    addr
}

type Body = http_body_util::combinators::BoxBody<Bytes, std::convert::Infallible>;

fn answer(path: &str, n: u64) -> (&'static str, Body) {
    let json = |s: String| {
        (
            "application/json",
            http_body_util::Full::new(Bytes::from(s)).boxed(),
        )
    };
    if path == "/v1/files" {
        json(format!(
            r#"{{"id":"f-1","object":"file","bytes":{n},"filename":"big.bin","purpose":"batch"}}"#
        ))
    } else if path.ends_with("/documents") {
        json(format!(
            r#"{{"id":"d-1","library_id":"l-1","name":"big.bin","size":{n}}}"#
        ))
    } else if path == "/v1/audio/transcriptions" {
        json(format!(
            r#"{{"model":"voxtral-mini-latest","text":"{n}","segments":[]}}"#
        ))
    } else {
        // One delta made once and sent again and again (a refcounted clone): the server
        // allocates next to nothing while the client reads it.
        use base64::Engine as _;
        let audio: Vec<u8> = (0..DELTA_BYTES).map(|i| (i % 251) as u8).collect();
        let delta = Bytes::from(format!(
            "event: speech.audio.delta\ndata: {{\"type\":\"speech.audio.delta\",\"audio_data\":\"{}\"}}\n\n",
            base64::engine::general_purpose::STANDARD.encode(audio)
        ));
        let done = Bytes::from_static(
            b"event: speech.audio.done\ndata: {\"type\":\"speech.audio.done\",\"usage\":{\"total_tokens\":7}}\n\n",
        );
        let frames = std::iter::repeat_n(delta, DELTAS)
            .chain(std::iter::once(done))
            .map(|b| Ok(hyper::body::Frame::data(b)));
        let stream = futures_util::stream::iter(frames);
        (
            "text/event-stream",
            http_body_util::StreamBody::new(stream).boxed(),
        )
    }
}

fn client(addr: std::net::SocketAddr) -> Client {
    Client::builder()
        .api_key("k")
        .base_url(format!("http://{addr}"))
        .max_retries(0)
        .build()
        .unwrap()
}

/// A file of `SIZE` bytes in a fresh folder (removed by the caller).
fn big_file(name: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("mistral-upload-memory-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.bin");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        let chunk: Vec<u8> = (0..1024 * 1024).map(|i| (i % 253) as u8).collect();
        for _ in 0..SIZE / (1024 * 1024) {
            f.write_all(&chunk).unwrap();
        }
    }
    (dir, path)
}

/// The server read the whole multipart body: the file and a few hundred bytes of parts.
fn assert_whole_body(sent: u64) {
    assert!(sent > SIZE && sent < SIZE + 1024, "{sent}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_200_mb_upload_keeps_the_heap_flat_through_every_multipart_call() {
    let _turn = TURN.lock().await;
    let (dir, path) = big_file("uploads");
    let addr = draining_server().await;
    let client = client(addr);
    // Warm the connection pool and the runtime's blocking threads first.
    let small = FileUpload::builder()
        .file(FileContent::bytes("warm.bin", vec![1u8; 1024]))
        .purpose(FilePurpose::Batch)
        .build();
    client.files().upload(&small).await.unwrap();

    let upload = FileUpload::builder()
        .file(FileContent::path(&path))
        .purpose(FilePurpose::Batch)
        .build();
    let (file, files_peak) = heap_growth(client.files().upload(&upload)).await;
    assert_whole_body(file.unwrap().bytes.unwrap());

    let document = DocumentUpload::builder().file(FileContent::path(&path)).build();
    let docs = client.libraries().documents("l-1");
    let (doc, docs_peak) = heap_growth(docs.upload(&document)).await;
    assert_whole_body(doc.unwrap().size.unwrap());

    let request = TranscriptionRequest::builder()
        .model("voxtral-mini-latest")
        .audio(AudioSource::path(&path))
        .build();
    let (answer, audio_peak) = heap_growth(client.audio().transcribe(&request)).await;
    assert_whole_body(answer.unwrap().text.parse().unwrap());
    std::fs::remove_dir_all(&dir).unwrap();

    for (call, peak) in [
        ("files().upload", files_peak),
        ("libraries().documents(..).upload", docs_peak),
        ("audio().transcribe", audio_peak),
    ] {
        eprintln!("heap peak during a {} MiB {call}: {} KiB", SIZE >> 20, peak >> 10);
        assert!(peak < FLAT, "the heap grew by {peak} bytes during {call}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_speech_stream_written_to_a_sink_keeps_the_heap_flat() {
    let _turn = TURN.lock().await;
    let addr = draining_server().await;
    let client = client(addr);
    let request = SpeechRequest::builder().input("A long text.").build();
    let mut sink = tokio::io::sink();
    let (written, peak) = heap_growth(client.audio().speech_to_writer(&request, &mut sink)).await;
    let written = written.unwrap();
    let total = (DELTAS * DELTA_BYTES) as u64;
    assert_eq!((written.bytes, written.usage.total_tokens), (total, 7));
    eprintln!(
        "heap peak while {} MiB of speech were written: {} KiB",
        total >> 20,
        peak >> 10
    );
    assert!(
        peak < FLAT,
        "the heap grew by {peak} bytes during the speech stream"
    );
}
