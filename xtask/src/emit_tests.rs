//! The loopback proof of every generated operation: the mock server's answers
//! (crates/mistral-client/src/test_util/generated_routes.rs) and a test per operation
//! (tests/generated_ops.rs) that calls the generated method against the mock, validates the
//! request it sent against the operation's schema and checks that the answer decodes to exactly
//! what was served.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value;

use crate::emit_client::{OpCode, Resp};
use crate::emit_types::{rust_ty, Query, HEADER};
use crate::model::{Model, Ty};
use crate::naming::{lit, snake};
use crate::samples::Sampler;
use crate::spec::{pointer_escape, SpecId, Specs};

/// What the mock serves for one operation.
struct Route {
    id: String,
    group: String,
    method: String,
    template: String,
    status: u16,
    content_type: String,
    body: String,
}

pub struct Emitted {
    pub routes: String,
    pub tests: String,
    /// Spec patterns no sample string matched (the tests of those operations would fail).
    pub unmatched: Vec<String>,
}

fn spec_name(id: SpecId) -> &'static str {
    match id {
        SpecId::Main => "Main",
        SpecId::Supplement => "Supplement",
    }
}

/// `s` as a raw string literal that cannot end early.
fn raw(s: &str) -> String {
    let mut hashes = String::from("#");
    while s.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{s}\"{hashes}")
}

/// A path segment as `crate::pipeline::segment` escapes it.
fn escape_segment(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~:".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

pub fn emit(
    specs: &Specs,
    model: &Model,
    codes: &[OpCode],
    queries: &BTreeMap<(String, String), Vec<Query>>,
) -> Emitted {
    let mut routes = Vec::new();
    let mut tests = String::new();
    let mut unmatched = Vec::new();
    let mut names = BTreeSet::new();
    for c in codes {
        let op = &c.op;
        let group = c.gen.group.as_str();
        let mut sampler = Sampler::new(specs, op.spec);
        // The answer the mock serves.
        let (status, answer) = match op.success() {
            Some((code, content)) => (code.parse::<u16>().unwrap_or(200), content),
            None => (200, None),
        };
        let (content_type, body) = match (&c.resp, &answer) {
            (Resp::Json(_), Some((ct, schema))) => (ct.clone(), sampler.sample(schema).to_string()),
            (Resp::Bytes(ct), _) => (ct.clone(), format!("sample {ct} body of {}", op.id)),
            (Resp::Empty, _) => ("application/json".to_owned(), String::new()),
            (Resp::Events(_), Some((ct, schema))) => {
                // One event: its name the first the spec lists (an `error` event would end the
                // stream), its data the data schema's sample.
                let sample = sampler.sample(schema);
                let resolved = match schema.get("$ref").and_then(Value::as_str) {
                    Some(r) => specs
                        .doc(op.spec)
                        .pointer(r.trim_start_matches('#'))
                        .unwrap_or(schema),
                    None => schema,
                };
                let name = resolved
                    .pointer("/properties/event/enum")
                    .and_then(Value::as_array)
                    .and_then(|names| names.iter().filter_map(Value::as_str).find(|n| *n != "error"))
                    .map(str::to_owned)
                    .or_else(|| sample.get("event").and_then(Value::as_str).map(str::to_owned));
                let data = match resolved.pointer("/properties/data") {
                    Some(d) => sampler.sample(d),
                    None => sample.get("data").cloned().unwrap_or(sample.clone()),
                };
                let mut frame = String::new();
                if let Some(name) = name {
                    let _ = writeln!(frame, "event: {name}");
                }
                let _ = write!(frame, "data: {data}\n\n");
                (ct.clone(), frame)
            }
            _ => continue,
        };
        routes.push(Route {
            id: op.id.clone(),
            group: group.to_owned(),
            method: op.method.clone(),
            template: op.path.clone(),
            status,
            content_type,
            body,
        });

        // The test.
        let mut name = snake(&op.id).replace("__", "_");
        while !names.insert(name.clone()) {
            name.push('_');
        }
        let mut args = Vec::new();
        let mut setup = String::new();
        let mut path = op.path.clone();
        for (wire, _rust, int) in &c.path_params {
            let prm = op
                .params
                .iter()
                .map(|p| crate::resolve_param(specs, op.spec, p))
                .find(|p| {
                    p.get("in").and_then(Value::as_str) == Some("path")
                        && p.get("name").and_then(Value::as_str) == Some(wire)
                });
            let schema = prm.and_then(|p| p.get("schema")).cloned().unwrap_or(Value::Null);
            let v = sampler.sample(&schema);
            let text = if *int {
                let n = v.as_i64().unwrap_or(1);
                args.push(n.to_string());
                n.to_string()
            } else {
                let s = match scalar_text(&v) {
                    s if s.trim().is_empty() || s == "null" => "id-1".to_owned(),
                    s => s,
                };
                args.push(lit(&s));
                s
            };
            path = path.replace(&format!("{{{wire}}}"), &escape_segment(&text));
        }
        let mut expected_query = Vec::new();
        if let Some(qname) = &c.query {
            let q = queries
                .get(&(group.to_owned(), c.gen.file.clone()))
                .and_then(|qs| qs.iter().find(|q| &q.name == qname));
            let mut build = format!("mistral_types::generated::{group}::{qname}::builder()");
            for f in q.map(|q| q.fields.as_slice()).unwrap_or_default() {
                if !f.required {
                    continue;
                }
                let prm = op
                    .params
                    .iter()
                    .map(|p| crate::resolve_param(specs, op.spec, p))
                    .find(|p| {
                        p.get("in").and_then(Value::as_str) == Some("query")
                            && p.get("name").and_then(Value::as_str) == Some(f.wire.as_str())
                    });
                let schema = prm.and_then(|p| p.get("schema")).cloned().unwrap_or(Value::Null);
                let v = sampler.sample(&schema);
                let value = match (&f.ty, &v) {
                    (Ty::Str, Value::String(s)) => lit(s),
                    (Ty::Int | Ty::Num | Ty::Bool, v) => v.to_string(),
                    (t, v) => format!(
                        "serde_json::from_str::<{}>({}).unwrap()",
                        rust_ty(model, t, "mistral_types", group),
                        raw(&v.to_string())
                    ),
                };
                let _ = write!(build, ".{}({value})", f.rust);
                expected_query.push(f.wire.clone());
            }
            build.push_str(".build()");
            let _ = writeln!(setup, "    let query = {build};");
            args.push("&query".to_owned());
        }
        let mut body_pointer = None;
        if let Some(ty) = &c.body {
            let Some((ct, schema)) = op.body() else { continue };
            let sample = sampler.sample(schema);
            let owned = match ty {
                Ty::Str => "String".to_owned(),
                t => rust_ty(model, t, "mistral_types", group),
            };
            let _ = writeln!(
                setup,
                "    let body: {owned} = serde_json::from_str({}).unwrap();",
                raw(&sample.to_string())
            );
            args.push("&body".to_owned());
            if ct == "application/json" {
                body_pointer = Some(format!(
                    "/paths/{}/{}/requestBody/content/{}/schema",
                    pointer_escape(&op.raw_path),
                    op.method.to_lowercase(),
                    pointer_escape(ct)
                ));
            }
        }
        unmatched.append(&mut sampler.unmatched);
        let feature = crate::feature(group);
        let _ = writeln!(
            tests,
            "/// `{} {}` (`{}`)\n#[cfg(feature = {})]\n#[tokio::test]{}\nasync fn {name}() {{\n    let (server, client) = support::generated::start().await;",
            op.method,
            op.path,
            op.id,
            lit(&feature),
            if op.deprecated().is_some() {
                "\n#[allow(deprecated)] // the deprecated operation, called on purpose"
            } else {
                ""
            }
        );
        tests.push_str(&setup);
        let call = &c.gen.call;
        match &c.resp {
            Resp::Json(_) => {
                let _ = writeln!(
                    tests,
                    "    let answer = support::generated::send({call}({})).await.unwrap().into_inner();",
                    args.join(", ")
                );
            }
            Resp::Bytes(_) => {
                args.push("&mut out".to_owned());
                let _ = writeln!(
                    tests,
                    "    let mut out = Vec::new();\n    let written = support::generated::send({call}({})).await.unwrap().into_inner();",
                    args.join(", ")
                );
            }
            Resp::Events(_) => {
                let _ = writeln!(
                    tests,
                    "    let mut stream = support::generated::send({call}({})).await.unwrap();\n    let event = stream.next().await.unwrap().unwrap();\n    assert!(stream.next().await.is_none(), \"the body ended between events: a clean end\");",
                    args.join(", ")
                );
            }
            _ => {
                let _ = writeln!(
                    tests,
                    "    support::generated::send({call}({})).await.unwrap();",
                    args.join(", ")
                );
            }
        }
        let pointer = match &body_pointer {
            Some(p) => format!("Some({})", lit(p)),
            None => "None".to_owned(),
        };
        let _ = writeln!(
            tests,
            "    let sent = support::generated::Sent::only(&server);\n    sent.is({}, {}, &[{}]);\n    sent.body_matches(support::generated::Spec::{}, {pointer});",
            lit(&op.method),
            lit(&path),
            expected_query.iter().map(|q| lit(q)).collect::<Vec<_>>().join(", "),
            spec_name(op.spec)
        );
        match &c.resp {
            Resp::Json(_) => {
                let (code, ct) = match op.success() {
                    Some((code, Some((ct, _)))) => (code, ct),
                    _ => ("200".to_owned(), "application/json".to_owned()),
                };
                let pointer = format!(
                    "/paths/{}/{}/responses/{code}/content/{}/schema",
                    pointer_escape(&op.raw_path),
                    op.method.to_lowercase(),
                    pointer_escape(&ct)
                );
                let _ = writeln!(
                    tests,
                    "    support::generated::decoded_as_served(support::generated::Spec::{}, {}, {}, &answer);",
                    spec_name(op.spec),
                    lit(&op.id),
                    lit(&pointer)
                );
            }
            Resp::Bytes(_) => {
                let _ = writeln!(
                    tests,
                    "    support::generated::written_as_served({}, &out, written);",
                    lit(&op.id)
                );
            }
            Resp::Events(_) => {
                let _ = writeln!(
                    tests,
                    "    support::generated::event_as_served({}, event.name(), event.data().map(|d| serde_json::to_value(d).unwrap()));",
                    lit(&op.id)
                );
            }
            _ => {}
        }
        tests.push_str("}\n\n");
    }

    // The mock's table, a constant per group behind its feature.
    let mut by_group: BTreeMap<&str, Vec<&Route>> = BTreeMap::new();
    for r in &routes {
        by_group.entry(r.group.as_str()).or_default().push(r);
    }
    let mut table = format!(
        "{HEADER}//! The mock server's answers to the generated operations: for each, the success status and\n//! a body built from the operation's schema (every required field, nothing else).\n\nuse super::generated::Route;\n\n"
    );
    let mut lists = Vec::new();
    for (group, rs) in &by_group {
        let feature = crate::feature(group);
        let konst = group.to_uppercase();
        let _ = writeln!(
            table,
            "#[cfg(feature = {})]\nconst {konst}: &[Route] = &[",
            lit(&feature)
        );
        for r in rs {
            let _ = writeln!(
                table,
                "    Route {{ operation: {}, method: {}, template: {}, status: {}, content_type: {}, body: {} }},",
                lit(&r.id),
                lit(&r.method),
                lit(&r.template),
                r.status,
                lit(&r.content_type),
                raw(&r.body)
            );
        }
        table.push_str("];\n\n");
        lists.push((feature, konst));
    }
    table.push_str("/// The routes of the enabled groups.\n// One push per enabled group: with every feature on, clippy would rather see a `vec![..]`.\n#[allow(clippy::vec_init_then_push)]\npub(crate) fn all() -> Vec<&'static [Route]> {\n    #[allow(unused_mut)]\n    let mut out: Vec<&'static [Route]> = Vec::new();\n");
    for (feature, konst) in &lists {
        let _ = writeln!(
            table,
            "    #[cfg(feature = {})]\n    out.push({konst});",
            lit(feature)
        );
    }
    table.push_str("    out\n}\n");

    let test_file = format!(
        "{HEADER}//! Every generated operation over loopback: the generated method is called against the mock\n//! server, the request it sent is checked (method, path with its escaped parameters, required\n//! query parameters) and its JSON body validated against the operation's request schema with the\n//! JSON Schema validator; the answer, built by the mock from the response schema, must decode to\n//! exactly what was served; every call's future is `Send`.\nmod support;\n\n{tests}"
    );
    unmatched.sort();
    unmatched.dedup();
    Emitted {
        routes: table,
        tests: test_file,
        unmatched,
    }
}
