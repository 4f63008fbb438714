//! Checks of the generated operations' loopback tests (tests/generated_ops.rs, written by
//! `cargo xtask codegen`): what the SDK sent, validated against the spec, and what it decoded.

use std::sync::OnceLock;

use mistral::test_util::{MockServer, RecordedRequest};
use mistral::Client;
use serde_json::{json, Value};

/// Which description an operation comes from.
#[derive(Clone, Copy, Debug)]
pub enum Spec {
    Main,
    Supplement,
}

impl Spec {
    fn doc(self) -> &'static Value {
        static MAIN: OnceLock<Value> = OnceLock::new();
        static SUPPLEMENT: OnceLock<Value> = OnceLock::new();
        match self {
            Spec::Main => MAIN.get_or_init(|| load(include_str!("../../spec/mistral-openapi.json"))),
            Spec::Supplement => {
                SUPPLEMENT.get_or_init(|| load(include_str!("../../spec/mistral-openapi-supplement.json")))
            }
        }
    }

    /// Every error of `value` against the schema at `pointer` in this description.
    pub fn errors(self, pointer: &str, value: &Value) -> Vec<String> {
        assert!(self.doc().pointer(pointer).is_some(), "no schema at {pointer}");
        let mut doc = self.doc().clone();
        // A URI fragment: the braces of path templates percent-encoded.
        doc["$ref"] = json!(format!(
            "#{}",
            pointer
                .replace('{', "%7B")
                .replace('}', "%7D")
                .replace('#', "%23")
        ));
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .build(&doc)
            .unwrap_or_else(|e| panic!("the schema at {pointer} does not build: {e}"));
        validator
            .iter_errors(value)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect()
    }
}

/// A description, with its one known defect mended: a bound written as a string
/// (`"exclusiveMaximum": "1e+09"`), which the validator refuses to build (the generator reads
/// only numeric bounds, so the SDK does not check that one).
fn load(text: &str) -> Value {
    fn mend(v: &mut Value) {
        match v {
            Value::Object(m) => {
                for (k, x) in m.iter_mut() {
                    let bound =
                        ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"].contains(&k.as_str());
                    match x.as_str().and_then(|s| s.parse::<f64>().ok()) {
                        Some(n) if bound => *x = json!(n),
                        _ => mend(x),
                    }
                }
            }
            Value::Array(a) => a.iter_mut().for_each(mend),
            _ => {}
        }
    }
    let mut doc: Value = serde_json::from_str(text).unwrap();
    mend(&mut doc);
    doc
}

/// `call`, which must be `Send` (every public future is).
pub fn send<F: std::future::Future + Send>(call: F) -> F {
    call
}

/// A mock server and a client for it.
pub async fn start() -> (MockServer, Client) {
    let server = MockServer::start().await.unwrap();
    let client = super::fast_client(&server.url(), |b| b);
    (server, client)
}

/// The one request a test sent.
pub struct Sent(RecordedRequest);

impl Sent {
    pub fn only(server: &MockServer) -> Sent {
        let mut all = server.requests();
        assert_eq!(all.len(), 1, "one request expected");
        Sent(all.remove(0))
    }

    /// Its method, its path (parameters escaped) and the required query parameters present.
    pub fn is(&self, method: &str, path: &str, query: &[&str]) {
        assert_eq!(self.0.method().as_str(), method);
        assert_eq!(self.0.path(), path);
        let sent: Vec<&str> = self
            .0
            .query()
            .unwrap_or("")
            .split('&')
            .filter_map(|kv| kv.split('=').next())
            .collect();
        for q in query {
            assert!(
                sent.contains(q),
                "query parameter {q} missing from {:?}",
                self.0.query()
            );
        }
    }

    /// Its body, valid against the schema at `pointer` (or no body when there is none).
    pub fn body_matches(&self, spec: Spec, pointer: Option<&str>) {
        match pointer {
            None => assert!(
                self.0.body().is_empty() || self.0.header("content-type") == Some("application/json"),
                "unexpected body"
            ),
            Some(pointer) => {
                assert_eq!(self.0.header("content-type"), Some("application/json"));
                let body = self.0.json();
                let errors = spec.errors(pointer, &body);
                assert!(errors.is_empty(), "{body}\n{errors:#?}");
            }
        }
    }
}

/// What the mock served is valid against the response schema at `pointer`, and the decoded
/// answer, written back out, is exactly that.
pub fn decoded_as_served<T: serde::Serialize>(spec: Spec, operation: &str, pointer: &str, answer: &T) {
    let route = mistral::test_util::generated_route(operation).unwrap();
    let served: Value = serde_json::from_str(route.body).unwrap();
    let errors = spec.errors(pointer, &served);
    assert!(errors.is_empty(), "the mock's answer: {served}\n{errors:#?}");
    assert_eq!(serde_json::to_value(answer).unwrap(), served);
}

/// The bytes written are those served.
pub fn written_as_served(operation: &str, out: &[u8], written: u64) {
    let route = mistral::test_util::generated_route(operation).unwrap();
    assert_eq!(out, route.body.as_bytes());
    assert_eq!(written, out.len() as u64);
}

/// The event read is the one the mock served: its name, and its data read as the spec's
/// (`Some`), written back out exactly as served.
pub fn event_as_served(operation: &str, name: Option<&str>, data: Option<Value>) {
    let route = mistral::test_util::generated_route(operation).unwrap();
    let served_name = route.body.lines().find_map(|l| l.strip_prefix("event: "));
    let served: Value = route
        .body
        .lines()
        .find_map(|l| l.strip_prefix("data: "))
        .map(|d| serde_json::from_str(d).unwrap())
        .unwrap();
    assert_eq!(name, served_name);
    assert_eq!(data, Some(served), "the event's data did not read as the spec's");
}
