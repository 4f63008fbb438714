//! Every example runs to its end offline: `cargo test` builds the examples of this package
//! before it runs this test, which starts each built example with `MISTRAL_API_KEY` unset (so
//! it serves itself from the embedded mock server or a scripted transport, never the live
//! API) and checks that it said so, printed something and exited cleanly within a minute.
//! Run alone (`cargo test -p mistral-examples --test run`), cargo does not rebuild the
//! examples, and what it runs is whatever was built last: run the package's tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The examples and the feature each needs (they are built only with it).
const EXAMPLES: &[(&str, Option<&str>)] = &[
    ("chat", None),
    ("stream", None),
    ("structured_output", None),
    ("tools", None),
    ("custom_transport", None),
    ("fim", None),
    ("conversation", None),
    ("embeddings", None),
    ("models", None),
    ("agents", None),
    ("tracing", None),
    ("blocking", Some("blocking")),
    ("cassette", None),
    ("moderation", None),
    ("ocr", None),
    ("batch", None),
    ("structured_stream", None),
    ("transcribe", None),
    ("speech", None),
    ("handoffs", None),
    ("agent_run", None),
    ("library_rag", None),
    ("realtime", Some("realtime")),
    ("responses", Some("responses")),
    ("search_index", Some("context")),
];

fn feature_on(name: &str) -> bool {
    match name {
        "blocking" => cfg!(feature = "blocking"),
        "realtime" => cfg!(feature = "realtime"),
        "responses" => cfg!(feature = "responses"),
        "context" => cfg!(feature = "context"),
        other => panic!("unknown feature {other}"),
    }
}

/// `target/<profile>/examples`, next to this test's own `deps` folder.
fn examples_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's path");
    let profile = exe.parent().and_then(Path::parent).expect("target/<profile>");
    profile.join("examples")
}

/// Runs `path` from the workspace root (where `cargo run --example` runs it), killing it after
/// `limit`. Returns (success, stdout, stderr).
fn run(path: &Path, limit: Duration) -> (bool, String, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root");
    let out_dir = std::env::temp_dir().join(format!("mistral-examples-run-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let (stdout, stderr) = (
        out_dir.join(format!("{name}.out")),
        out_dir.join(format!("{name}.err")),
    );
    let mut child = Command::new(path)
        .current_dir(root)
        .env_remove("MISTRAL_API_KEY")
        .env_remove("MISTRAL_BASE_URL")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout).unwrap())
        .stderr(std::fs::File::create(&stderr).unwrap())
        .spawn()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_default();
    let (out, err) = (read(&stdout), read(&stderr));
    let _ = std::fs::remove_dir_all(&out_dir);
    let ok = match status {
        Some(s) => s.success(),
        None => {
            return (false, out, format!("{err}\n(killed after {limit:?})"));
        }
    };
    (ok, out, err)
}

#[test]
fn every_example_runs_offline_on_the_mock() {
    let dir = examples_dir();
    let mut failures = Vec::new();
    let mut ran = 0;
    for &(name, feature) in EXAMPLES {
        if feature.is_some_and(|f| !feature_on(f)) {
            continue;
        }
        let path = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
        assert!(
            path.exists(),
            "{} is not built: run the whole package's tests (`cargo test -p mistral-examples`), \
             which build its examples first",
            path.display()
        );
        let (ok, out, err) = run(&path, Duration::from_secs(60));
        ran += 1;
        // "...: using the embedded mock server at ..." (the scripted transport for one).
        let said_mock = err.contains("MISTRAL_API_KEY is not set: using the");
        if !ok || !said_mock || out.trim().is_empty() {
            failures.push(format!(
                "example {name}: exit ok {ok}, said it uses the mock {said_mock}\n--- stdout\n{out}\n--- stderr\n{err}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(ran >= 21, "only {ran} examples ran");
}

#[test]
fn the_list_names_every_example() {
    // An example added to Cargo.toml but not here would never run.
    let manifest = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let declared: Vec<&str> = manifest
        .split("[[example]]")
        .skip(1)
        .filter_map(|s| {
            s.lines()
                .find_map(|l| l.trim().strip_prefix("name = \"")?.strip_suffix('"'))
        })
        .collect();
    let listed: Vec<&str> = EXAMPLES.iter().map(|e| e.0).collect();
    assert_eq!(declared, listed);
}
