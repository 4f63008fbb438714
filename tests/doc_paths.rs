//! Every doc example a user sees through `mistral` names `mistral::` paths, so it compiles
//! when pasted into an app (the examples themselves run as doctests of their crates, which
//! reach the facade through a dev-dependency). This guards the paths: a code line of a doc
//! comment (or of a `#[doc = ...]` attribute a macro builds) that names `mistral_client::` or
//! `mistral_types::` fails here.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn doc_examples_use_the_facade_paths() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "crates/mistral-client/src", "crates/mistral-types/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 30, "{} files", files.len());
    let mut bad = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let mut in_code = false;
        for (i, line) in text.lines().enumerate() {
            let t = line.trim_start();
            // `///` and `//!` lines, and the `#[doc = ...]` lines of doc comments that macros
            // build (`concat!` pieces included: the paths are in its string literals).
            let doc = match (
                t.strip_prefix("///").or_else(|| t.strip_prefix("//!")),
                t.strip_prefix("#[doc = "),
            ) {
                (Some(doc), _) => doc.to_owned(),
                (None, Some(attr)) => {
                    let literals: Vec<&str> = attr.split('"').skip(1).step_by(2).collect();
                    literals.concat()
                }
                (None, None) => {
                    // Attributes and blank lines inside a doc comment keep it going.
                    if !(t.starts_with("#[") || t.is_empty()) {
                        in_code = false;
                    }
                    continue;
                }
            };
            let doc = doc.trim_start();
            if doc.trim_start_matches("# ").starts_with("```") {
                in_code = !in_code;
                continue;
            }
            if in_code && (doc.contains("mistral_client::") || doc.contains("mistral_types::")) {
                bad.push(format!("{}:{}: {}", file.display(), i + 1, doc));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "doc examples with crate-internal paths:\n{}",
        bad.join("\n")
    );
}
