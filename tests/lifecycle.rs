//! Connection and resource lifecycle: the failures other SDKs shipped, as tests.
//!
//! - Error statuses give their connection back to the pool (the official Python SDK leaked
//!   the connection of a streaming call answered with an error, and exhausted its pool).
//! - Clients created and dropped by the thousand leave no file descriptors, threads or
//!   tasks behind.
//! - A client outlives the runtime it was created in, and serves two runtimes at once (the
//!   Python SDK breaks across event loops).
mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::StreamExt as _;
use mistral::test_util::MockServer;
use mistral::{Client, RetryPolicy};
use serde_json::json;
use support::hostile::{self, Hostile, RawRequest, Step};
use support::{completion, request, KEY};

/// Calls in flight at once.
const CONCURRENCY: usize = 16;
/// The error statuses the server cycles through.
const STATUSES: [u16; 7] = [429, 400, 401, 404, 422, 500, 503];
/// A little over the client's 1 MiB bound on the error bodies it reads.
const BIG_BODY: usize = (1 << 20) + (256 << 10);

/// A client for `url` that never retries (each call is one request on the wire).
fn client(url: &str) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(url)
        .no_proxy()
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap()
}

/// A successful SSE stream of one chunk, chunked.
fn sse_ok() -> Vec<u8> {
    let chunk = support::chunk(json!("ok"), Some("stop"));
    let mut out = hostile::sse_head();
    out.extend(hostile::chunk(format!("data: {chunk}\n\n").as_bytes()));
    out.extend(hostile::chunk(b"data: [DONE]\n\n"));
    out.extend_from_slice(hostile::LAST_CHUNK);
    out
}

/// An error response: statuses in turn, framed by `Content-Length` or chunked in turn, or
/// with a body over the client's error-body bound.
fn error_reply(i: usize, big: bool) -> Vec<u8> {
    let status = STATUSES[i % STATUSES.len()];
    let mut headers = vec![("content-type", "application/json")];
    if status == 429 || status == 503 {
        headers.push(("retry-after", "0"));
    }
    if big {
        // A valid JSON error padded past the bound: the client reads 1 MiB of it, no more.
        let pad = "x".repeat(BIG_BODY);
        let body = json!({"object": "error", "message": pad, "type": "padded"}).to_string();
        return hostile::response(status, &headers, body.as_bytes());
    }
    let body = json!({"object": "error", "message": format!("no ({i})"), "type": "t"}).to_string();
    if i % 2 == 0 {
        return hostile::response(status, &headers, body.as_bytes());
    }
    headers.push(("transfer-encoding", "chunked"));
    let mut out = hostile::head(status, &headers);
    out.extend(hostile::chunk(body.as_bytes()));
    out.extend_from_slice(hostile::LAST_CHUNK);
    out
}

/// A keep-alive server answering every request with an error (statuses in turn), except
/// those sent with `x-case: ok`, which succeed (as a stream when one was asked for).
async fn error_server(big: bool) -> Hostile {
    let n = Arc::new(AtomicUsize::new(0));
    Hostile::keep_alive(move |_, req: &RawRequest| {
        if req.header("x-case") == Some("ok") {
            if req.header("accept") == Some("text/event-stream") {
                return vec![Step::Write(sse_ok())];
            }
            return vec![Step::Write(hostile::json(200, &completion("ok")))];
        }
        vec![Step::Write(error_reply(n.fetch_add(1, Ordering::SeqCst), big))]
    })
    .await
}

/// Waits (up to 5 s) until `done` holds, then returns whether it does.
async fn settles(mut done: impl FnMut() -> bool) -> bool {
    let until = Instant::now() + Duration::from_secs(5);
    while !done() {
        if Instant::now() > until {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    true
}

/// `calls` error calls through one client, `CONCURRENCY` at a time, each checked to fail
/// with its status (and, for `big`, a cut body); then a normal call must succeed at once.
async fn errors_release_connections(stream: bool, calls: usize, big: bool) -> Hostile {
    let server = error_server(big).await;
    let c = client(&server.url());
    let req = request();
    let failed = AtomicUsize::new(0);
    let work = futures_util::stream::iter(0..calls).for_each_concurrent(CONCURRENCY, |_| async {
        let err = if stream {
            c.chat().stream(&req).await.err()
        } else {
            c.chat().complete(&req).await.err()
        };
        let err = err.expect("an error status must fail the call");
        let status = err.status().map(|s| s.as_u16());
        assert!(
            status.is_some_and(|s| STATUSES.contains(&s)),
            "not the status error: {err:?}"
        );
        assert_eq!(err.attempts(), 1, "retries are disabled");
        assert_eq!(err.body_truncated(), big, "{err:?}");
        failed.fetch_add(1, Ordering::Relaxed);
    });
    tokio::time::timeout(Duration::from_secs(30), work)
        .await
        .expect("the error calls hang");
    assert_eq!(failed.load(Ordering::Relaxed), calls);

    // The pool still serves, at once.
    let t = Instant::now();
    let ok = c.chat().header("x-case", "ok");
    let done = tokio::time::timeout(Duration::from_secs(5), async {
        if stream {
            ok.stream(&req).await?.collect_response().await
        } else {
            ok.complete(&req).await.map(|r| r.into_inner())
        }
    })
    .await
    .expect("a normal call after the errors hangs: the pool is exhausted");
    assert_eq!(done.unwrap().text(), "ok");
    assert!(t.elapsed() < Duration::from_secs(3), "slow: {:?}", t.elapsed());
    assert_eq!(server.requests().len(), calls + 1);
    eprintln!(
        "{calls} error calls (stream: {stream}, big: {big}): {} connections, {} open",
        server.connections(),
        server.open()
    );
    server
}

/// Connections a pool of `CONCURRENCY` calls may open: one per call in flight, and some more
/// for the moment between a body's end and its connection's return to the pool. A leak
/// opens one per call.
const MAX_CONNECTIONS: usize = 4 * CONCURRENCY;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streaming_error_statuses_return_their_connection() {
    let s = errors_release_connections(true, 1000, false).await;
    assert!(
        s.connections() <= MAX_CONNECTIONS,
        "{} connections for 1000 calls: error responses do not go back to the pool",
        s.connections()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn error_statuses_return_their_connection() {
    let s = errors_release_connections(false, 1000, false).await;
    assert!(
        s.connections() <= MAX_CONNECTIONS,
        "{} connections for 1000 calls: error responses do not go back to the pool",
        s.connections()
    );
}

/// An error body over the read bound is cut: its connection cannot be reused (the rest of
/// the body is unread), so it must be closed, not kept open and stalled.
async fn big_error_bodies_close_their_connection(stream: bool) {
    let calls = 200;
    let s = errors_release_connections(stream, calls, true).await;
    // The server's writes end when the client closes; what stays open is the pool's.
    assert!(
        settles(|| s.open() <= MAX_CONNECTIONS).await,
        "{} of {} connections still open after {calls} cut error bodies",
        s.open(),
        s.connections()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streaming_big_error_bodies_do_not_leak_connections() {
    big_error_bodies_close_their_connection(true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn big_error_bodies_do_not_leak_connections() {
    big_error_bodies_close_their_connection(false).await;
}

// ---------------------------------------------------------------------------------------
// Creating and dropping clients.

/// Set in the environment of the child process that runs [`leak_probe`].
const PROBE_ENV: &str = "MISTRAL_LIFECYCLE_LEAK_PROBE";

/// Clients created and dropped leave nothing behind. Measured in a child process running
/// only [`leak_probe`]: the other tests of this binary, running in parallel, would move the
/// process's descriptor and thread counts.
#[test]
fn dropped_clients_leave_nothing_behind() {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "leak_probe",
            "--exact",
            "--ignored",
            "--test-threads=1",
            "--nocapture",
        ])
        .env(PROBE_ENV, "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "the leak probe failed:\n{stdout}\n{stderr}"
    );
    eprintln!("{stdout}");
}

/// Open file descriptors of this process.
fn fds() -> usize {
    std::fs::read_dir("/proc/self/fd").unwrap().count()
}

/// Threads of this process.
fn threads() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Threads:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

/// What a process holds: descriptors, threads, and tasks alive on the probe's runtime.
#[derive(Clone, Copy, Debug)]
struct Held {
    fds: usize,
    threads: usize,
    tasks: usize,
}

impl Held {
    fn now(rt: &tokio::runtime::Runtime) -> Self {
        Held {
            fds: fds(),
            threads: threads(),
            tasks: rt.metrics().num_alive_tasks(),
        }
    }

    /// Within `slack` of `base` on every count.
    fn within(&self, base: &Held, slack: usize) -> bool {
        self.fds <= base.fds + slack
            && self.threads <= base.threads + slack
            && self.tasks <= base.tasks + slack
    }
}

/// Waits (up to 10 s: closes and thread exits happen in the background) until the process
/// is back within `slack` of `base`, and returns what it holds then.
fn settle(rt: &tokio::runtime::Runtime, base: &Held, slack: usize) -> Held {
    let until = Instant::now() + Duration::from_secs(10);
    loop {
        let now = Held::now(rt);
        if now.within(base, slack) || Instant::now() > until {
            return now;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// What the process holds at rest: the least of each count over 300 ms (the sockets and
/// tasks of a client just dropped are closed in the background).
fn idle(rt: &tokio::runtime::Runtime) -> Held {
    let mut least = Held::now(rt);
    for _ in 0..30 {
        std::thread::sleep(Duration::from_millis(10));
        let now = Held::now(rt);
        least = Held {
            fds: least.fds.min(now.fds),
            threads: least.threads.min(now.threads),
            tasks: least.tasks.min(now.tasks),
        };
    }
    least
}

/// Run by [`dropped_clients_leave_nothing_behind`] in a child process; does nothing
/// elsewhere.
#[test]
#[ignore = "run in its own process by dropped_clients_leave_nothing_behind"]
fn leak_probe() {
    if std::env::var_os(PROBE_ENV).is_none() {
        return;
    }
    const SLACK: usize = 3;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let server = rt.block_on(MockServer::start()).unwrap();
    let req = request();
    let call = |c: &Client| {
        let r = rt.block_on(async { c.chat().complete(&req).await }).unwrap();
        assert_eq!(r.text(), "Echo: Hi");
    };
    // Warm up: whatever is created once per process (TLS roots, timers) is not a leak.
    call(&client(&server.url()));
    let base = idle(&rt);

    let started = Instant::now();
    for i in 0..10_000 {
        let c = client(&server.url());
        if i % 100 == 0 {
            // A pooled connection, with its task, that the drop must close.
            call(&c);
        }
    }
    let after = settle(&rt, &base, SLACK);
    eprintln!(
        "10000 async clients in {:?}: {base:?} -> {after:?}, {} connections",
        started.elapsed(),
        server.connections()
    );
    assert!(
        after.within(&base, SLACK),
        "async clients leak: {base:?} -> {after:?}"
    );
    assert_eq!(
        server.connections(),
        101,
        "each client with a call, one connection"
    );

    // The blocking client owns a runtime and its thread: dropped, they must go too.
    #[cfg(feature = "blocking")]
    {
        let started = Instant::now();
        for i in 0..200 {
            let c = mistral::blocking::Client::new(client(&server.url())).unwrap();
            if i % 10 == 0 {
                assert_eq!(c.chat().complete(&req).unwrap().text(), "Echo: Hi");
            }
        }
        let after = settle(&rt, &base, SLACK);
        eprintln!(
            "200 blocking clients in {:?}: {base:?} -> {after:?}",
            started.elapsed()
        );
        assert!(
            after.within(&base, SLACK),
            "blocking clients leak: {base:?} -> {after:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Runtimes.

fn current_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn multi_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap()
}

/// A mock server on a runtime of its own, which outlives the clients' runtimes.
fn server() -> (tokio::runtime::Runtime, MockServer) {
    let rt = multi_thread();
    let s = rt.block_on(MockServer::start()).unwrap();
    (rt, s)
}

/// A complete and a stream through `c` on `rt`, each under a guard: they must work (or
/// fail at once with a clear error), never hang.
fn calls_on(rt: &tokio::runtime::Runtime, c: &Client, what: &str) {
    let req = request();
    rt.block_on(async {
        let r = tokio::time::timeout(Duration::from_secs(10), c.chat().complete(&req))
            .await
            .unwrap_or_else(|_| panic!("{what}: the call hangs"));
        assert_eq!(r.unwrap_or_else(|e| panic!("{what}: {e:?}")).text(), "Echo: Hi");
        let s = tokio::time::timeout(Duration::from_secs(10), async {
            c.chat().stream(&req).await?.collect_response().await
        })
        .await
        .unwrap_or_else(|_| panic!("{what}: the stream hangs"));
        assert_eq!(s.unwrap_or_else(|e| panic!("{what}: {e:?}")).text(), "Echo: Hi");
    });
}

/// A client made in a runtime that is then shut down, with connections pooled whose tasks
/// lived there, works from another runtime: the dead connections are discarded.
#[test]
fn a_client_outlives_its_runtime() {
    let (_srt, server) = server();
    for (a, b) in [
        (current_thread(), current_thread()),
        (multi_thread(), multi_thread()),
        (current_thread(), multi_thread()),
    ] {
        let c = a.block_on(async { client(&server.url()) });
        calls_on(&a, &c, "on the first runtime");
        drop(a);
        calls_on(&b, &c, "after the first runtime shut down");
        drop(b);
        // And a third, after both are gone.
        calls_on(&current_thread(), &c, "on a third runtime");
    }
}

/// A client used from two runtimes at once, both running throughout: every call succeeds.
#[test]
fn a_client_serves_two_runtimes_at_once() {
    let (_srt, server) = server();
    let c = client(&server.url());
    // Neither runtime stops (nor idles) while the other may still use its connections.
    let done = Arc::new(tokio::sync::Barrier::new(2));
    let run = |c: Client, n: usize, rt: tokio::runtime::Runtime| {
        let done = done.clone();
        std::thread::spawn(move || {
            let req = request();
            rt.block_on(async {
                for i in 0..n {
                    let r = tokio::time::timeout(Duration::from_secs(10), async {
                        c.chat().complete(&req).await?;
                        c.chat().stream(&req).await?.collect_response().await
                    })
                    .await
                    .unwrap_or_else(|_| panic!("call {i} of {n} hangs"));
                    assert_eq!(
                        r.unwrap_or_else(|e| panic!("call {i} of {n}: {e:?}")).text(),
                        "Echo: Hi"
                    );
                }
                done.wait().await;
            });
        })
    };
    let a = run(c.clone(), 40, current_thread());
    let b = run(c.clone(), 25, multi_thread());
    a.join().unwrap();
    b.join().unwrap();
    // Two calls in flight at most: a few connections, not one per call.
    eprintln!("two runtimes: {} connections", server.connections());
    assert!(server.connections() <= 8, "{} connections", server.connections());
}

// Hyper runs each connection as a task on the runtime of the call that opened it. The
// default transport keeps one pool per runtime, so no runtime's call ever rides on a
// connection another runtime drives (which would die with it, or stall while it idles).

/// A runtime shutting down does not break the calls other runtimes make on the
/// connections it opened.
#[test]
fn a_runtime_shutting_down_spares_other_runtimes_calls() {
    let (_srt, server) = server();
    let c = client(&server.url());
    let a = multi_thread();
    // Four connections pooled, their tasks on `a`.
    a.block_on(async {
        let req = request();
        let chat = c.chat();
        let calls = (0..4).map(|_| chat.complete(&req));
        for r in futures_util::future::join_all(calls).await {
            r.unwrap();
        }
    });
    let pooled = server.connections();
    // A slow stream from another runtime, on one of those connections.
    server.push(
        mistral::test_util::Reply::stream_text(["a", "b", "c", "d", "e"])
            .frame_delay(Duration::from_millis(50)),
    );
    let b = multi_thread();
    let req = request();
    let mut s = b.block_on(c.chat().stream(&req)).unwrap();
    assert_eq!(
        server.connections(),
        pooled + 1,
        "the other runtime's stream has a connection of its own"
    );
    assert!(b.block_on(s.next()).is_some());
    drop(a);
    let rest = b.block_on(async {
        tokio::time::timeout(Duration::from_secs(10), async {
            let mut chunks = 0;
            while let Some(chunk) = s.next().await {
                chunk?;
                chunks += 1;
            }
            Ok::<_, mistral::Error>(chunks)
        })
        .await
        .expect("the stream hangs")
    });
    assert!(rest.is_ok(), "the stream died with the other runtime: {rest:?}");
}

/// A runtime that stays alive but is no longer driven (a current-thread runtime between
/// `block_on`s) holds the tasks of the connections it opened: another runtime's calls on
/// the same client must not wait on them.
#[test]
fn an_idle_runtime_does_not_stall_the_client() {
    let (_srt, server) = server();
    let a = current_thread();
    let c = a.block_on(async { client(&server.url()) });
    calls_on(&a, &c, "on the first runtime");
    // `a` is alive, and not running: its connection tasks are not polled.
    let b = current_thread();
    calls_on(&b, &c, "while the first runtime is idle");
    drop(a);
}
