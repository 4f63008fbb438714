//! The spec generator (issue #24): reads the two vendored descriptions (spec/*.json) and
//! writes the generated wire types (crates/mistral-types/src/generated/) and handles
//! (crates/mistral-client/src/generated/).
//!
//! ```text
//! cargo xtask codegen           # writes the generated files
//! cargo xtask codegen --check   # fails when the committed files differ (CI's drift check)
//! cargo xtask coverage          # every operation of both descriptions and its Rust method
//! ```

mod emit_client;
mod emit_tests;
mod emit_types;
mod model;
mod naming;
mod plan;
mod samples;
mod spec;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::Value;

use emit_client::{Listing, OpCode, Resp, Shape};
use emit_types::{Events, Query, HEADER};
use model::{Constraints, Field, Model, Ty};
use naming::{camel, doc_lines, ident, lit, snake};
use plan::{Planned, Status};
use spec::Specs;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let result = match args.first().map(String::as_str) {
        Some("codegen") => codegen(&root, args.iter().any(|a| a == "--check")),
        Some("coverage") => coverage(&root),
        _ => Err("usage: cargo xtask codegen [--check] | cargo xtask coverage".to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

type Loaded = (Specs, Vec<Planned>, BTreeMap<String, String>);

fn load(root: &Path) -> Result<Loaded, String> {
    let specs = Specs::load(root)?;
    let skip = plan::read_skip(root)?;
    let planned = plan::plan(&specs, &skip);
    Ok((specs, planned, skip))
}

fn coverage(root: &Path) -> Result<(), String> {
    let (_, planned, skip) = load(root)?;
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut missing = Vec::new();
    let mut listed: HashSet<&str> = HashSet::new();
    println!(
        "{:<10} {:<7} {:<70} {:<60} Rust method",
        "spec", "method", "path", "operation"
    );
    for p in &planned {
        let (what, kind) = match &p.status {
            Status::HandWritten(m) => (m.clone(), "hand-written"),
            Status::Generated(g) => (g.call.clone(), "generated"),
            Status::Unsupported(_) | Status::Missing => match skip.get(&p.op.id) {
                Some(why) => {
                    listed.insert(p.op.id.as_str());
                    (format!("(skipped: {why})"), "skipped")
                }
                None => {
                    missing.push(p);
                    let why = match &p.status {
                        Status::Unsupported(w) => w.clone(),
                        _ => "hand-written tag without a method in the generator's table".to_owned(),
                    };
                    (format!("NONE ({why})"), "missing")
                }
            },
        };
        *counts.entry(kind).or_default() += 1;
        *counts.entry(p.op.spec.label()).or_default() += 1;
        println!(
            "{:<10} {:<7} {:<70} {:<60} {what}",
            p.op.spec.label(),
            p.op.method,
            p.op.raw_path,
            p.op.id
        );
    }
    println!();
    println!(
        "{} operations ({} published, {} supplement): {} hand-written, {} generated, {} skipped, {} missing",
        planned.len(),
        counts.get("published").unwrap_or(&0),
        counts.get("supplement").unwrap_or(&0),
        counts.get("hand-written").unwrap_or(&0),
        counts.get("generated").unwrap_or(&0),
        counts.get("skipped").unwrap_or(&0),
        counts.get("missing").unwrap_or(&0),
    );
    let known: HashSet<&str> = planned.iter().map(|p| p.op.id.as_str()).collect();
    let stale: Vec<&String> = skip.keys().filter(|k| !known.contains(k.as_str())).collect();
    if !stale.is_empty() {
        return Err(format!(
            "the skip list names operations neither description has: {stale:?}"
        ));
    }
    if !missing.is_empty() {
        return Err(format!(
            "{} operations have no Rust method and are not on the skip list (spec/coverage-skip.txt): {}",
            missing.len(),
            missing
                .iter()
                .map(|p| p.op.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(())
}

/// The generated files: path (relative to the root) -> content.
fn generate(root: &Path) -> Result<BTreeMap<PathBuf, String>, String> {
    let (specs, planned, _) = load(root)?;
    let mut model = Model::new(&specs);
    let mut codes: Vec<OpCode> = Vec::new();
    let mut queries: BTreeMap<(String, String), Vec<Query>> = BTreeMap::new();
    let mut events: BTreeMap<(String, String), Vec<Events>> = BTreeMap::new();
    for p in &planned {
        let Status::Generated(g) = &p.status else { continue };
        let op = &p.op;
        let spec = op.spec;
        let handle = plan::handle_name(&g.group, &g.rest);
        let base = format!("{handle}{}", camel(&g.method));
        // Path parameters.
        let mut path_params = Vec::new();
        let mut header_params = Vec::new();
        let mut query_fields = Vec::new();
        let mut used = HashSet::new();
        for prm in &op.params {
            let prm = resolve_param(&specs, spec, prm);
            let wire = prm.get("name").and_then(Value::as_str).unwrap_or("").to_owned();
            let schema = prm.get("schema").cloned().unwrap_or(Value::Null);
            match prm.get("in").and_then(Value::as_str) {
                Some("path") => {
                    let int = schema.get("type").and_then(Value::as_str) == Some("integer");
                    let mut rust = ident(&snake(&wire));
                    while !used.insert(rust.clone()) || ["query", "body", "out"].contains(&rust.as_str()) {
                        rust = format!("{}_", rust.trim_start_matches("r#"));
                    }
                    path_params.push((wire, rust, int));
                }
                Some("query") => {
                    let mut ty = model.ty(spec, &schema, &format!("{base}{}", camel(&wire)));
                    let mut nullable = false;
                    if let Ty::Opt(inner) = ty {
                        ty = *inner;
                        nullable = true;
                    }
                    if matches!(ty, Ty::Mapped(_)) {
                        ty = Ty::Value;
                    }
                    let required = prm.get("required").and_then(Value::as_bool).unwrap_or(false) && !nullable;
                    let mut doc = model::description(prm);
                    if doc.is_empty() {
                        doc = model::description(&schema);
                    }
                    let mark = |key: &str| prm.get(key).and_then(Value::as_bool) == Some(true);
                    for (key, note) in [
                        (
                            "x-newer-api",
                            "Newer than the published spec (the API as the official SDK reaches it).",
                        ),
                        (
                            "x-no-longer-sent",
                            "No longer read by the newer API: kept for older servers.",
                        ),
                    ] {
                        if mark(key) {
                            if !doc.is_empty() {
                                doc.push(String::new());
                            }
                            doc.push(note.to_owned());
                        }
                    }
                    let mut rust = ident(&snake(&wire));
                    while query_fields.iter().any(|f: &Field| f.rust == rust) {
                        rust = format!("{}_", rust.trim_start_matches("r#"));
                    }
                    query_fields.push(Field {
                        constraints: constraints(&schema),
                        wire,
                        rust,
                        ty,
                        required,
                        nullable: false,
                        doc,
                    });
                }
                // Headers: the per-call `header` setter sends them; the method's doc names them.
                Some("header") => {
                    let mut doc = model::description(prm);
                    if doc.is_empty() {
                        doc = model::description(&schema);
                    }
                    header_params.push((wire, doc));
                }
                // Cookies: none in either description.
                _ => {}
            }
        }
        let query_seen = query_fields.clone();
        let query = if query_fields.is_empty() {
            None
        } else {
            let name = model.unique(&format!("{base}Query"));
            for f in &query_fields {
                model.mark(&f.ty, &g.group, &g.file, false, false, true);
            }
            queries
                .entry((g.group.clone(), g.file.clone()))
                .or_default()
                .push(Query {
                    name: name.clone(),
                    doc: format!("`{}`: `{} {}` (`{}`)", g.call, op.method, op.path, op.id),
                    fields: query_fields,
                });
            Some(name)
        };
        let body = match op.body() {
            Some((_, schema)) if !plan::is_empty_schema(schema) => {
                let t = model.ty(spec, schema, &format!("{base}Request"));
                let t = match t {
                    Ty::Opt(inner) => *inner,
                    t => t,
                };
                model.mark(&t, &g.group, &g.file, true, false, false);
                Some(t)
            }
            Some(_) => Some(Ty::Value),
            None => None,
        };
        let resp = match op.success() {
            Some((_, Some((ct, schema)))) if ct == "application/json" => {
                let t = if plan::is_empty_schema(&schema) {
                    Ty::Value
                } else {
                    model.ty(spec, &schema, &format!("{base}Response"))
                };
                model.mark(&t, &g.group, &g.file, false, true, false);
                Resp::Json(t)
            }
            Some((_, Some((_, schema)))) if op.is_sse() => {
                // The event's data (`properties.data`) and the names the spec lists for it.
                let data_schema = schema.pointer("/properties/data").cloned().unwrap_or(Value::Null);
                let data = if plan::is_empty_schema(&data_schema) {
                    Ty::Value
                } else {
                    model.ty(spec, &data_schema, &format!("{base}EventData"))
                };
                model.mark(&data, &g.group, &g.file, false, true, false);
                let names: Vec<String> = schema
                    .pointer("/properties/event/enum")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
                    .unwrap_or_default();
                let name = model.unique(&format!("{base}Event"));
                let described = op
                    .op
                    .pointer(&format!(
                        "/responses/{}/description",
                        op.success().map(|s| s.0).unwrap_or_default()
                    ))
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned();
                events
                    .entry((g.group.clone(), g.file.clone()))
                    .or_default()
                    .push(Events {
                        name: name.clone(),
                        doc: format!("`{}`: `{} {}` (`{}`)", g.call, op.method, op.path, op.id),
                        description: described,
                        data,
                        names,
                    });
                Resp::Events(name)
            }
            Some((_, Some((ct, _)))) => Resp::Bytes(ct),
            _ => Resp::Empty,
        };
        let listing = match &resp {
            Resp::Json(t) if op.method == "GET" => listing(&model, &query_seen, t),
            _ => None,
        };
        codes.push(OpCode {
            op: op.clone(),
            gen: g.clone(),
            path_params,
            header_params,
            query,
            body,
            resp,
            listing,
        });
    }
    model.settle_homes();

    // Handle names must not shadow a type of their group.
    let mut files = BTreeMap::new();
    let groups: BTreeSet<String> = codes.iter().map(|c| c.gen.group.clone()).collect();
    let items_by_file = emit_types::by_file(&model);
    let type_names: HashSet<String> = model.items.values().map(|i| i.name.clone()).collect();
    let handle_of = |group: &str, rest: &str| -> String {
        let mut h = plan::handle_name(group, rest);
        while type_names.contains(&h) {
            h.push_str("Api");
        }
        h
    };

    // Types crate.
    let tdir = PathBuf::from("crates/mistral-types/src/generated");
    let mut type_files: BTreeMap<(String, String), String> = BTreeMap::new();
    for ((group, file), keys) in &items_by_file {
        let out = type_files.entry((group.clone(), file.clone())).or_default();
        for k in keys {
            emit_types::emit_item(&model, k, out);
            emit_types::emit_query_value(&model, k, out);
        }
    }
    for ((group, file), qs) in &queries {
        let out = type_files.entry((group.clone(), file.clone())).or_default();
        for q in qs {
            emit_types::emit_query(&model, group, q, out);
        }
    }
    for ((group, file), evs) in &events {
        let out = type_files.entry((group.clone(), file.clone())).or_default();
        for ev in evs {
            emit_types::emit_events(&model, group, ev, out);
        }
    }
    let mut group_files: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for ((group, file), body) in &type_files {
        if group == "common" {
            files.insert(
                tdir.join("common.rs"),
                format!("{HEADER}//! Wire types more than one API group uses.\n\n{body}"),
            );
            continue;
        }
        group_files.entry(group.clone()).or_default().push(file.clone());
        files.insert(
            tdir.join(group).join(format!("{file}.rs")),
            format!("{HEADER}\n{body}"),
        );
    }
    for group in &groups {
        let stems = group_files.get(group).cloned().unwrap_or_default();
        let mut s =
            format!("{HEADER}//! Wire types of the `{group}` API group, generated from the spec.\n\n");
        for stem in &stems {
            let _ = writeln!(s, "mod {stem};\npub use {stem}::*;");
        }
        files.insert(tdir.join(group).join("mod.rs"), s);
    }
    let has_common = type_files.keys().any(|(g, _)| g == "common");
    files.insert(tdir.join("mod.rs"), types_mod(&groups, has_common));

    // Client crate.
    let cdir = PathBuf::from("crates/mistral-client/src/generated");
    for group in &groups {
        let gcodes: Vec<&OpCode> = codes.iter().filter(|c| c.gen.group == *group).collect();
        let rests: BTreeSet<String> = gcodes.iter().map(|c| c.gen.rest.clone()).collect();
        let rest_set: HashSet<String> = rests.iter().cloned().collect();
        let group_handle = handle_of(group, "");
        // Children of each handle (by rest; "" is the group).
        let mut children: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for r in rests.iter().filter(|r| !r.is_empty()) {
            let chain = plan::accessors(r, &rest_set);
            let parent = rests
                .iter()
                .find(|p| !p.is_empty() && plan::accessors(p, &rest_set) == chain[..chain.len() - 1])
                .cloned()
                .unwrap_or_default();
            let accessor = chain.last().cloned().unwrap_or_default();
            children.entry(parent).or_default().push((accessor, r.clone()));
        }
        let mut m = format!(
            "{HEADER}//! The `{group}` API group: its wire types and handles (`client.{}()`), generated\n//! from the spec.\n\n",
            ident(&snake(group))
        );
        let _ = writeln!(m, "pub use mistral_types::generated::{group}::*;\n");
        // Hand-written additions to the group live beside it, in api/<group>.rs.
        if root
            .join(format!("crates/mistral-client/src/api/{group}.rs"))
            .exists()
        {
            let _ = writeln!(
                m,
                "#[doc(inline)]\npub use crate::api::{group}::*; // the hand-written additions\n"
            );
        }
        for r in &rests {
            let stem = plan::file_stem(r);
            if r.is_empty() {
                let _ = writeln!(m, "mod {stem};");
            } else {
                let _ = writeln!(m, "mod {stem};\npub use {stem}::*;");
            }
        }
        let _ = writeln!(
            m,
            "\ncrate::pipeline::handle! {{\n    /// The `{group}` API group's calls: `client.{}()`, and a handle per part of the API below it.\n    {group_handle}\n}}\n\ncrate::pipeline::per_call_setters!({group_handle} => core.opts);\n",
            ident(&snake(group))
        );
        if let Some(kids) = children.get("") {
            let _ = writeln!(m, "impl<'a> {group_handle}<'a> {{");
            for (acc, r) in kids {
                let doc = format!("The `{}` calls.", r.replace('.', " "));
                emit_client::emit_accessor(acc, &handle_of(group, r), &doc, &mut m);
            }
            m.push_str("}\n");
        }
        files.insert(cdir.join(group).join("mod.rs"), m);

        // The blocking twins: one file per group, every handle of it.
        let mut b = format!(
            "{HEADER}//! The blocking twins of the `{group}` API group's handles (`client.{}()` on the\n//! blocking client).\n\nimpl crate::blocking::Client {{\n    /// The `{group}` API group (generated from the spec; cargo feature `{}`), blocking.\n    pub fn {}(&self) -> {group_handle}<'_> {{\n        {group_handle} {{\n            inner: self.client.{}(),\n            rt: &self.rt,\n        }}\n    }}\n}}\n\n",
            ident(&snake(group)),
            feature(group),
            ident(&snake(group)),
            ident(&snake(group)),
        );
        let mut handles: Vec<String> = vec![String::new()];
        handles.extend(rests.iter().filter(|r| !r.is_empty()).cloned());
        for r in &handles {
            let handle = if r.is_empty() {
                group_handle.clone()
            } else {
                handle_of(group, r)
            };
            emit_client::emit_blocking_handle(group, &handle, &mut b);
            let _ = writeln!(b, "impl<'a> {handle}<'a> {{");
            for (acc, kid) in children.get(r).cloned().unwrap_or_default() {
                let doc = format!("The `{}` calls.", kid.replace('.', " "));
                emit_client::emit_blocking_accessor(&acc, &handle_of(group, &kid), &doc, &mut b);
            }
            for c in gcodes.iter().filter(|c| c.gen.rest == *r) {
                emit_client::emit_blocking_methods(&model, c, &handle, &mut b);
            }
            b.push_str("}\n\n");
        }
        files.insert(cdir.join("blocking").join(format!("{group}.rs")), b);
        for r in &rests {
            let handle = if r.is_empty() {
                group_handle.clone()
            } else {
                handle_of(group, r)
            };
            let mut f = format!("{HEADER}\n");
            if !r.is_empty() {
                let tag = gcodes
                    .iter()
                    .find(|c| c.gen.rest == *r)
                    .map(|c| c.op.tag.clone())
                    .unwrap_or_default();
                let chain = plan::accessor_chain(group, r, &rest_set);
                let _ = writeln!(
                    f,
                    "crate::pipeline::handle! {{\n    /// The calls of the spec's `{tag}` tag: `client.{}`.\n    {handle}\n}}\n\ncrate::pipeline::per_call_setters!({handle} => core.opts);\n",
                    chain.iter().map(|a| format!("{a}()")).collect::<Vec<_>>().join(".")
                );
                let _ = &tag;
            }
            let _ = writeln!(f, "impl<'a> super::{handle}<'a> {{");
            if !r.is_empty() {
                for (acc, kid) in children.get(r).cloned().unwrap_or_default() {
                    let doc = format!("The `{}` calls.", kid.replace('.', " "));
                    let kid_handle = format!("super::{}", handle_of(group, &kid));
                    emit_client::emit_accessor(&acc, &kid_handle, &doc, &mut f);
                }
            }
            for c in gcodes.iter().filter(|c| c.gen.rest == *r) {
                emit_client::emit_method(&model, c, &mut f);
                let all = format!("{}_all", c.gen.method.trim_start_matches("r#"));
                if !gcodes.iter().any(|o| o.gen.rest == *r && o.gen.method == all) {
                    emit_client::emit_listing(&model, c, &mut f);
                }
            }
            f.push_str("}\n");
            for c in gcodes.iter().filter(|c| c.gen.rest == *r) {
                emit_client::emit_stream_chunk(c, &mut f);
            }
            files.insert(cdir.join(group).join(format!("{}.rs", plan::file_stem(r))), f);
        }
    }
    files.insert(cdir.join("mod.rs"), client_mod(&groups, has_common));
    let mut bm = format!(
        "{HEADER}//! The blocking twins of the generated handles (`crate::blocking`, feature `blocking`): one\n//! module per API group, behind the group's feature.\n\n"
    );
    for g in &groups {
        let _ = writeln!(bm, "#[cfg(feature = {})]\npub mod {g};", lit(&feature(g)));
    }
    files.insert(cdir.join("blocking").join("mod.rs"), bm);
    files.insert(cdir.join("ops.rs"), ops_table(&codes));
    // The loopback proof of every generated operation: the mock's answers and a test each.
    let proof = emit_tests::emit(&specs, &model, &codes, &queries);
    if !proof.unmatched.is_empty() {
        return Err(format!(
            "no sample string matches these spec patterns (add one to samples.rs):\n  {}",
            proof.unmatched.join("\n  ")
        ));
    }
    files.insert(
        PathBuf::from("crates/mistral-client/src/test_util/generated_routes.rs"),
        proof.routes,
    );
    files.insert(PathBuf::from("tests/generated_ops.rs"), proof.tests);
    let _ = doc_lines;
    let _ = lit;
    Ok(files)
}

/// The paging of a list operation, when the generator recognises it: `page` + `page_size`,
/// `offset` + `limit`, or a cursor parameter (`cursor`, `page_token`, `pageToken`) with the
/// answer's next cursor (`next_cursor`, `next_page_token`, `nextPageToken`); the items are the
/// answer itself (an array) or its one array field (`data`, `items` or `results` when it has
/// several), the total its integer `total`.
fn listing(model: &Model, query: &[Field], resp: &Ty) -> Option<Listing> {
    let int_param = |wire: &str| {
        query
            .iter()
            .find(|f| f.wire == wire && f.ty == Ty::Int)
            .map(|f| (f.rust.clone(), f.required))
    };
    // The first page of a numbered listing: the `page` parameter's default, else its minimum.
    let base = query.iter().find(|f| f.wire == "page").map_or(0, |f| {
        let c = &f.constraints;
        let min = c.minimum.map(|(v, exclusive)| v as i64 + i64::from(exclusive));
        c.default_int
            .or(min)
            .map_or(0, |n| u32::try_from(n.max(0)).unwrap_or(0))
    });
    let str_param = |wire: &str| {
        query
            .iter()
            .find(|f| f.wire == wire && f.ty == Ty::Str && !f.required)
            .map(|f| f.rust.clone())
    };
    let struct_fields = |ty: &Ty| -> Option<Vec<Field>> {
        match ty {
            Ty::Named(k) => match &model.items.get(k)?.kind {
                model::Kind::Struct { fields, .. } => Some(fields.clone()),
                _ => None,
            },
            _ => None,
        }
    };
    // The one list of a page (or the one named like a page's items).
    let list_of = |fields: &[Field]| -> Option<(Field, Ty)> {
        let lists: Vec<&Field> = fields.iter().filter(|f| matches!(f.ty, Ty::Vec(_))).collect();
        let chosen = match lists.len() {
            1 => lists[0],
            _ => *lists
                .iter()
                .find(|f| ["data", "items", "results"].contains(&f.wire.as_str()))?,
        };
        let Ty::Vec(item) = &chosen.ty else { return None };
        Some((chosen.clone(), (**item).clone()))
    };
    let optional = |f: &Field| !f.required || f.nullable;
    // `base.field` as a value: `Option`s read as their default.
    let read = |base: &str, f: &Field| {
        if optional(f) {
            format!("{base}.{}.unwrap_or_default()", f.rust)
        } else {
            format!("{base}.{}", f.rust)
        }
    };
    // The total: `total`, or `count` in a nested page (`{count, next, previous, results}`).
    let count = |base: &str, fields: &[Field], names: &[&str]| -> String {
        match fields
            .iter()
            .find(|f| names.contains(&f.wire.as_str()) && f.ty == Ty::Int)
        {
            Some(f) if optional(f) => format!("{base}.{}.and_then(|n| u64::try_from(n).ok())", f.rust),
            Some(f) => format!("u64::try_from({base}.{}).ok()", f.rust),
            None => "None".to_owned(),
        }
    };
    let (fields, items, item, total) = match resp {
        Ty::Vec(item) => (
            Vec::new(),
            "list.0".to_owned(),
            (**item).clone(),
            "None".to_owned(),
        ),
        _ => {
            let fields = struct_fields(resp)?;
            match list_of(&fields) {
                Some((f, item)) => {
                    let total = count("list.0", &fields, &["total"]);
                    (fields, read("list.0", &f), item, total)
                }
                None => {
                    // One level down: `{"campaigns": {"results": [..], "count": n, "next": ..}}`.
                    let [outer] = fields.as_slice() else { return None };
                    let inner = struct_fields(&outer.ty)?;
                    let (f, item) = list_of(&inner)?;
                    if optional(outer) {
                        return None;
                    }
                    let base = format!("list.0.{}", outer.rust);
                    let total = count(&base, &inner, &["total", "count"]);
                    // Its cursor would be nested too: only numbered pages are followed there.
                    (Vec::new(), read(&base, &f), item, total)
                }
            }
        }
    };
    let cursor_param = ["cursor", "page_token", "pageToken"]
        .iter()
        .find_map(|w| str_param(w));
    let next = fields
        .iter()
        .find(|f| {
            ["next_cursor", "next_page_token", "nextPageToken"].contains(&f.wire.as_str()) && f.ty == Ty::Str
        })
        .map(|f| (f.rust.clone(), !f.required || f.nullable));
    let shape = if let (Some(param), Some((next, next_optional))) = (cursor_param, next) {
        Shape::Cursor {
            param,
            next,
            next_optional,
        }
    } else if let (Some((page, required)), Some((size, size_required))) =
        (int_param("page"), int_param("page_size"))
    {
        Shape::Pages {
            page,
            // The skipped-items rule needs the size as the query sets it (optional fields only).
            size: (!size_required).then_some(size),
            required,
            base,
        }
    } else if let (Some((offset, required)), Some(_)) = (int_param("offset"), int_param("limit")) {
        Shape::Offset { offset, required }
    } else {
        return None;
    };
    Some(Listing {
        shape,
        items,
        item,
        total,
    })
}

fn constraints(schema: &Value) -> Constraints {
    // The field reader handles `anyOf` with null too.
    let mut c = Constraints::default();
    let f = |k: &str| schema.get(k).and_then(Value::as_f64);
    let u = |k: &str| schema.get(k).and_then(Value::as_u64);
    c.minimum = f("minimum")
        .map(|v| (v, false))
        .or(f("exclusiveMinimum").map(|v| (v, true)));
    c.maximum = f("maximum")
        .map(|v| (v, false))
        .or(f("exclusiveMaximum").map(|v| (v, true)));
    c.min_length = u("minLength");
    c.max_length = u("maxLength");
    c.min_items = u("minItems");
    c.max_items = u("maxItems");
    c.pattern = schema.get("pattern").and_then(Value::as_str).map(str::to_owned);
    c.item_pattern = schema
        .pointer("/items/pattern")
        .and_then(Value::as_str)
        .map(str::to_owned);
    c.default_int = schema.get("default").and_then(Value::as_i64);
    if c.is_empty() {
        for key in ["anyOf", "oneOf"] {
            if let Some(vs) = schema.get(key).and_then(Value::as_array) {
                let nn: Vec<&Value> = vs
                    .iter()
                    .filter(|v| v.get("type").and_then(Value::as_str) != Some("null"))
                    .collect();
                if nn.len() == 1 {
                    return constraints(nn[0]);
                }
            }
        }
    }
    c
}

fn resolve_param<'a>(specs: &'a Specs, spec: spec::SpecId, prm: &'a Value) -> &'a Value {
    match prm
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
    {
        Some(pointer) => specs.doc(spec).pointer(pointer).unwrap_or(prm),
        None => prm,
    }
}

fn feature(group: &str) -> String {
    group.replace('_', "-")
}

fn any_feature(groups: &BTreeSet<String>) -> String {
    let fs: Vec<String> = groups
        .iter()
        .map(|g| format!("feature = {}", lit(&feature(g))))
        .collect();
    format!("any({})", fs.join(", "))
}

fn types_mod(groups: &BTreeSet<String>, has_common: bool) -> String {
    let mut s = format!(
        "{HEADER}//! Wire types generated from the spec (`cargo xtask codegen`): one module per API group,\n//! each behind the cargo feature of the same name.\n\n"
    );
    // The wire's shapes as they are: a union's variants differ in size as the spec's do.
    s.push_str("#![allow(clippy::large_enum_variant)]\n\n");
    if has_common {
        let _ = writeln!(s, "#[cfg({})]\npub mod common;", any_feature(groups));
    }
    for g in groups {
        let _ = writeln!(s, "#[cfg(feature = {})]\npub mod {g};", lit(&feature(g)));
    }
    s.push_str(UNION_MACRO);
    s.push_str(EVENTS_MACRO);
    let _ = writeln!(s, "\n#[cfg({})]{MATCHES}", any_feature(groups));
    s.push_str(QUERY_VALUE);
    s
}

const UNION_MACRO: &str = r#"
/// A union told apart by one of its fields (the spec's `discriminator`): each variant's type
/// carries that field itself. A value whose tag this version does not know, or that does not
/// read as its variant, is kept verbatim in `Unknown` and sent back unchanged.
#[allow(unused_macros)]
macro_rules! spec_union {
    (
        $(#[$meta:meta])*
        pub enum $name:ident : $tag:literal {
            $( $(#[$vmeta:meta])* $wire:literal => $variant:ident($ty:ty), )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant($ty), )*
            /// A value of a kind this version does not know (or could not read); kept verbatim.
            Unknown(serde_json::Value),
        }

        impl $name {
            /// The value of the field that tells the variants apart, as on the wire.
            pub fn tag(&self) -> Option<&str> {
                match self {
                    $( Self::$variant(_) => Some($wire), )*
                    Self::Unknown(v) => v.get($tag).and_then(serde_json::Value::as_str),
                }
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::Unknown(serde_json::Value::Null)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(v) => v.serialize(s), )*
                    Self::Unknown(v) => v.serialize(s),
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value = serde_json::Value::deserialize(d)?;
                let parsed = match value.get($tag).and_then(serde_json::Value::as_str) {
                    $( Some($wire) => <$ty as serde::Deserialize>::deserialize(&value).ok().map(Self::$variant), )*
                    _ => None,
                };
                Ok(parsed.unwrap_or(Self::Unknown(value)))
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use spec_union;
"#;

const EVENTS_MACRO: &str = r#"
/// The events of a server-sent event stream (an operation whose answer is
/// `text/event-stream`): each event's name and data as the spec describes them, or kept
/// verbatim. Reading an event never fails.
#[allow(unused_macros)]
macro_rules! spec_events {
    (
        $(#[$meta:meta])*
        pub enum $name:ident : [$($wire:literal),*] => $data:ty
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum $name {
            /// An event the spec describes, its data read as the spec's.
            Event {
                /// The SSE `event:` name, when the frame had one.
                name: Option<String>,
                /// The event's data.
                data: $data,
            },
            /// An event this version does not know (a name the spec does not list), or whose
            /// data does not read as the spec's: kept verbatim (data that is not JSON as a
            /// JSON string).
            Unknown {
                /// The SSE `event:` name, when the frame had one.
                name: Option<String>,
                /// The data, as sent.
                data: serde_json::Value,
            },
        }

        impl $name {
            /// The event names the spec lists (empty: it lists none, and any name is read).
            pub const NAMES: &'static [&'static str] = &[$($wire),*];

            /// Reads an event from its SSE frame: the `event:` name (when the frame had one)
            /// and the `data:` text. Never fails: what does not read is [`Self::Unknown`].
            pub fn parse(event: Option<&str>, data: &str) -> Self {
                match serde_json::from_str::<serde_json::Value>(data) {
                    Ok(value) => Self::from_value(event, value),
                    Err(_) => Self::Unknown {
                        name: event.map(str::to_owned),
                        data: serde_json::Value::String(data.to_owned()),
                    },
                }
            }

            /// [`parse`](Self::parse) from data already read as JSON.
            pub fn from_value(event: Option<&str>, data: serde_json::Value) -> Self {
                let known = event.is_none_or(|n| Self::NAMES.is_empty() || Self::NAMES.contains(&n));
                if known {
                    if let Ok(read) = <$data as serde::Deserialize>::deserialize(&data) {
                        return Self::Event {
                            name: event.map(str::to_owned),
                            data: read,
                        };
                    }
                }
                Self::Unknown {
                    name: event.map(str::to_owned),
                    data,
                }
            }

            /// The SSE `event:` name, when the frame had one.
            pub fn name(&self) -> Option<&str> {
                match self {
                    Self::Event { name, .. } | Self::Unknown { name, .. } => name.as_deref(),
                }
            }

            /// The data, when it read as the spec's.
            pub fn data(&self) -> Option<&$data> {
                match self {
                    Self::Event { data, .. } => Some(data),
                    Self::Unknown { .. } => None,
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            /// Reads an event's data (no name); never fails on well-formed JSON.
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(d)?;
                Ok(Self::from_value(None, value))
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use spec_events;
"#;

const MATCHES: &str = r#"
/// Whether `value` matches a spec `pattern` (as a `regex` pattern), compiled once into `slot`.
/// A pattern that does not compile (never the case for the ones the generator emits, which
/// it compiled itself) checks nothing.
#[allow(dead_code)]
pub(crate) fn matches(
    slot: &'static std::sync::OnceLock<Option<regex::Regex>>,
    pattern: &str,
    value: &str,
) -> bool {
    slot.get_or_init(|| regex::Regex::new(pattern).ok())
        .as_ref()
        .is_none_or(|re| re.is_match(value))
}
"#;

const QUERY_VALUE: &str = r#"
/// A query parameter's value: how it is written into the query string.
#[allow(dead_code)]
pub(crate) trait QueryValue {
    fn push_to(&self, q: &mut crate::files::Query, key: &str);
}

impl QueryValue for String {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self);
    }
}

macro_rules! display_query_value {
    ($($t:ty),*) => {$(
        impl QueryValue for $t {
            fn push_to(&self, q: &mut crate::files::Query, key: &str) {
                q.push(key, &self.to_string());
            }
        }
    )*};
}
display_query_value!(i64, f64, bool);

/// An unset parameter is left out of the query.
impl<T: QueryValue> QueryValue for Option<T> {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        if let Some(v) = self {
            v.push_to(q, key);
        }
    }
}

impl<T: QueryValue> QueryValue for Vec<T> {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        for v in self {
            v.push_to(q, key);
        }
    }
}

impl QueryValue for serde_json::Value {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        match self {
            serde_json::Value::String(s) => q.push(key, s),
            v => q.push(key, &v.to_string()),
        }
    }
}

impl QueryValue for serde_json::Map<String, serde_json::Value> {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, &serde_json::Value::Object(self.clone()).to_string());
    }
}

impl<T: serde::Serialize> QueryValue for std::collections::BTreeMap<String, T> {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, &serde_json::to_string(self).unwrap_or_default());
    }
}
"#;

fn client_mod(groups: &BTreeSet<String>, has_common: bool) -> String {
    let mut s = format!(
        "{HEADER}//! Handles generated from the spec (`cargo xtask codegen`): one module per API group, each\n//! behind the cargo feature of the same name, with its wire types re-exported.\n\n"
    );
    if has_common {
        let _ = writeln!(
            s,
            "#[cfg({})]\npub use mistral_types::generated::common;",
            any_feature(groups)
        );
    }
    for g in groups {
        let _ = writeln!(s, "#[cfg(feature = {})]\npub mod {g};", lit(&feature(g)));
    }
    s.push_str("pub(crate) mod ops;\n\n");
    s.push_str("impl crate::Client {\n");
    for g in groups {
        let _ = writeln!(
            s,
            "    /// The `{g}` API group (generated from the spec; cargo feature `{}`).\n    #[cfg(feature = {})]\n    pub fn {}(&self) -> {g}::{}<'_> {{\n        {g}::{}::new(self)\n    }}\n",
            feature(g),
            lit(&feature(g)),
            ident(&snake(g)),
            plan::handle_name(g, ""),
            plan::handle_name(g, "")
        );
    }
    s.push_str("}\n");
    s.push_str(CLIENT_HELPERS);
    s
}

const CLIENT_HELPERS: &str = r#"
/// A JSON answer of any shape: generated answers are decoded leniently, so none is an empty
/// shell.
#[derive(serde::Deserialize)]
#[serde(transparent)]
#[allow(dead_code)]
pub(crate) struct Json<T>(pub(crate) T);

impl<T: serde::de::DeserializeOwned> crate::pipeline::Decode for Json<T> {
    fn is_empty_shell(&self) -> bool {
        false
    }
}

/// Sends `call` and decodes its JSON answer.
#[allow(dead_code)]
pub(crate) async fn json<T: serde::de::DeserializeOwned + Send>(
    core: &crate::pipeline::Core<'_>,
    call: crate::pipeline::Call<'_>,
) -> crate::error::Result<crate::meta::WithMeta<T>> {
    let (value, meta) = core.fetch::<Json<T>>(call).await?.into_parts();
    Ok(crate::meta::WithMeta::new(value.0, meta))
}

/// Sends `call` and streams its answer's body into `out`.
#[allow(dead_code)]
pub(crate) async fn write_into<W>(
    core: &crate::pipeline::Core<'_>,
    call: crate::pipeline::Call<'_>,
    out: &mut W,
) -> crate::error::Result<crate::meta::WithMeta<u64>>
where
    W: tokio::io::AsyncWrite + Unpin + Send + ?Sized,
{
    core.fetch_into(call, &mut crate::pipeline::Writer(out)).await
}

/// `path` with `query` appended (when not empty).
#[allow(dead_code)]
pub(crate) fn with_query(mut path: String, query: &str) -> String {
    if !query.is_empty() {
        path.push('?');
        path.push_str(query);
    }
    path
}
"#;

fn ops_table(codes: &[OpCode]) -> String {
    let mut s = format!(
        "{HEADER}//! The generated operations' re-send rules (chained by `ops.rs`): a POST creates\n//! something (sent again only when nothing can have been done), the other methods are\n//! idempotent.\n\nuse crate::ops::Resend;\n\n/// The generated operations, by the name their calls and spans carry (the operationId).\npub(crate) const OPERATIONS: &[(&str, Resend)] = &[\n"
    );
    for c in codes {
        let r = if c.op.method == "POST" {
            "OnlyIfUnsent"
        } else {
            "Safe"
        };
        let _ = writeln!(s, "    ({}, Resend::{r}),", lit(&c.op.id));
    }
    s.push_str("];\n\n");
    s.push_str("/// The generated handle sources of the enabled groups (for the operations table's test).\n#[cfg(test)]\n// One push per enabled group: with every feature on, clippy would rather see a `vec![..]`.\n#[allow(clippy::vec_init_then_push)]\npub(crate) fn sources() -> Vec<&'static str> {\n    #[allow(unused_mut)]\n    let mut out: Vec<&'static str> = Vec::new();\n");
    let mut seen = BTreeSet::new();
    for c in codes {
        let key = (c.gen.group.clone(), c.gen.file.clone());
        if seen.insert(key.clone()) {
            let _ = writeln!(
                s,
                "    #[cfg(feature = {})]\n    out.push(include_str!(\"{}/{}.rs\"));",
                lit(&feature(&key.0)),
                key.0,
                key.1
            );
        }
    }
    s.push_str("    out\n}\n");
    s
}

/// rustfmt with the repository's settings.
fn format(root: &Path, code: &str) -> Result<String, String> {
    use std::io::Write as _;
    let mut child = std::process::Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout", "--config-path"])
        .arg(root.join("rustfmt.toml"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("rustfmt: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("rustfmt: no stdin")?;
    let input = code.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().map_err(|e| format!("rustfmt: {e}"))?;
    let _ = writer.join();
    if !out.status.success() {
        return Err(format!(
            "rustfmt failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn codegen(root: &Path, check: bool) -> Result<(), String> {
    let files = generate(root)?;
    let mut formatted = BTreeMap::new();
    for (path, code) in files {
        let code = format(root, &code).map_err(|e| format!("{}: {e}", path.display()))?;
        formatted.insert(path, code);
    }
    // Files of ours that the generator no longer writes.
    let mut stale = Vec::new();
    for dir in [
        "crates/mistral-types/src/generated",
        "crates/mistral-client/src/generated",
    ] {
        list_rs(&root.join(dir), &mut |p| {
            let rel = p.strip_prefix(root).map(Path::to_path_buf).unwrap_or_default();
            if !formatted.contains_key(&rel) {
                stale.push(rel);
            }
        });
    }
    if check {
        let mut differ: Vec<String> = Vec::new();
        for (path, code) in &formatted {
            let old = std::fs::read_to_string(root.join(path)).unwrap_or_default();
            if old != *code {
                differ.push(path.display().to_string());
            }
        }
        differ.extend(stale.iter().map(|p| format!("{} (stale)", p.display())));
        if !differ.is_empty() {
            return Err(format!(
                "the generated code differs from the spec's (run `cargo xtask codegen`):\n  {}",
                differ.join("\n  ")
            ));
        }
        println!("generated code up to date ({} files)", formatted.len());
        return Ok(());
    }
    for p in &stale {
        std::fs::remove_file(root.join(p)).map_err(|e| format!("{}: {e}", p.display()))?;
    }
    let mut lines = 0;
    for (path, code) in &formatted {
        let full = root.join(path);
        if let Some(dir) = full.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        lines += code.lines().count();
        if std::fs::read_to_string(&full).ok().as_deref() != Some(code.as_str()) {
            std::fs::write(&full, code).map_err(|e| format!("{}: {e}", full.display()))?;
        }
    }
    println!("wrote {} files, {lines} lines", formatted.len());
    Ok(())
}

fn list_rs(dir: &Path, f: &mut dyn FnMut(&Path)) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            list_rs(&p, f);
        } else if p.extension().is_some_and(|x| x == "rs") {
            f(&p);
        }
    }
}
