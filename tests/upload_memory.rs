//! A 200 MB upload keeps the heap flat: the file streams from disk in frames, it is never read
//! whole into memory. Measured with a counting allocator (the peak of live heap bytes during
//! the upload, over what was live before it), against a real hyper server on 127.0.0.1 that
//! reads the body as it comes and keeps only its length.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use http_body_util::BodyExt;
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

/// Answers each upload with a file object giving the number of body bytes it read.
async fn draining_server() -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let (sock, _) = listener.accept().await.unwrap();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(
                    |req: hyper::Request<hyper::body::Incoming>| async move {
                        let mut body = req.into_body();
                        let mut n: u64 = 0;
                        while let Some(frame) = body.frame().await {
                            if let Ok(d) = frame?.into_data() {
                                n += d.len() as u64;
                            }
                        }
                        let json = format!(
                            r#"{{"id":"f-1","object":"file","bytes":{n},"filename":"big.bin","purpose":"batch"}}"#
                        );
                        let mut resp =
                            hyper::Response::new(http_body_util::Full::new(bytes::Bytes::from(json)));
                        resp.headers_mut()
                            .insert("content-type", http::HeaderValue::from_static("application/json"));
                        Ok::<_, hyper::Error>(resp)
                    },
                );
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(sock), service)
                    .await;
            });
        }
    });
    addr
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_200_mb_upload_keeps_the_heap_flat() {
    let dir = std::env::temp_dir().join(format!("mistral-upload-memory-{}", std::process::id()));
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
    let addr = draining_server().await;
    let client = Client::builder()
        .api_key("k")
        .base_url(format!("http://{addr}"))
        .max_retries(0)
        .build()
        .unwrap();
    let upload = FileUpload::builder()
        .file(FileContent::path(&path))
        .purpose(FilePurpose::Batch)
        .build();
    // Warm the connection pool and the runtime's blocking threads first.
    let small = FileUpload::builder()
        .file(FileContent::bytes("warm.bin", vec![1u8; 1024]))
        .purpose(FilePurpose::Batch)
        .build();
    client.files().upload(&small).await.unwrap();

    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let file = client.files().upload(&upload).await.unwrap();
    let peak = PEAK.load(Ordering::Relaxed) - before;
    std::fs::remove_dir_all(&dir).unwrap();

    // The server read the whole multipart body: the file and a few hundred bytes of parts.
    let sent = file.bytes.unwrap();
    assert!(sent > SIZE && sent < SIZE + 1024, "{sent}");
    eprintln!("heap peak during a {} MiB upload: {} KiB", SIZE >> 20, peak >> 10);
    assert!(
        peak < 8 * 1024 * 1024,
        "the heap grew by {peak} bytes during the upload"
    );
}
