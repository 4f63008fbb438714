//! Rust source for the client crate: crates/mistral-client/src/generated/.

use std::fmt::Write as _;

use crate::emit_types::rust_ty;
use crate::model::{Kind, Model, Ty};
use crate::naming::{doc_comment, doc_lines, lit};
use crate::plan::Gen;
use crate::spec::Operation;

pub enum Resp {
    Json(Ty),
    Empty,
    /// Any other media type (its name, for the docs).
    Bytes(String),
}

pub struct OpCode {
    pub op: Operation,
    pub gen: Gen,
    /// (wire name, Rust name, integer?)
    pub path_params: Vec<(String, String, bool)>,
    /// The query struct's name in the types crate (under the group).
    pub query: Option<String>,
    pub body: Option<Ty>,
    pub resp: Resp,
}

fn types_path(model: &Model, ty: &Ty, group: &str) -> String {
    rust_ty(model, ty, "mistral_types", group)
}

/// The body parameter's type: slices for lists.
fn param_ty(model: &Model, ty: &Ty, group: &str) -> String {
    match ty {
        Ty::Vec(t) => format!("[{}]", types_path(model, t, group)),
        Ty::Str => "str".to_owned(),
        _ => types_path(model, ty, group),
    }
}

pub fn emit_method(model: &Model, c: &OpCode, out: &mut String) {
    let op = &c.op;
    let group = c.gen.group.as_str();
    let mut lines = Vec::new();
    let summary = op.op.get("summary").and_then(|v| v.as_str()).unwrap_or("");
    let description = op.op.get("description").and_then(|v| v.as_str()).unwrap_or("");
    lines.extend(doc_lines(if summary.is_empty() { &op.id } else { summary }));
    let desc = doc_lines(description);
    if !desc.is_empty() && desc != lines {
        lines.push(String::new());
        lines.extend(desc);
    }
    lines.push(String::new());
    lines.push(format!(
        "`{} {}`: operation `{}` of {}.",
        op.method,
        op.path,
        op.id,
        op.spec.doc()
    ));
    if let Resp::Bytes(ct) = &c.resp {
        lines.push(String::new());
        lines.push(format!(
            "The answer's body (`{ct}`) is streamed into `out`; returns the number of bytes written."
        ));
    }
    lines.push(String::new());
    lines.push("# Errors".to_owned());
    lines.push("Invalid parameters are refused before sending; otherwise as every call.".to_owned());
    out.push_str(&doc_comment(&lines, "    "));
    if let Some(note) = op.deprecated() {
        let _ = writeln!(out, "    #[deprecated(note = {})]", lit(&note));
    }
    let mut args = vec!["&self".to_owned()];
    for (_, rust, int) in &c.path_params {
        args.push(format!("{rust}: {}", if *int { "i64" } else { "&str" }));
    }
    if let Some(q) = &c.query {
        args.push(format!("query: &mistral_types::generated::{group}::{q}"));
    }
    if let Some(b) = &c.body {
        args.push(format!("body: &{}", param_ty(model, b, group)));
    }
    let (ret, generics, where_) = match &c.resp {
        Resp::Json(t) => (types_path(model, t, group), "", String::new()),
        Resp::Empty => ("()".to_owned(), "", String::new()),
        Resp::Bytes(_) => {
            args.push("out: &mut W".to_owned());
            (
                "u64".to_owned(),
                "<W>",
                "\n    where\n        W: tokio::io::AsyncWrite + Unpin + Send + ?Sized,".to_owned(),
            )
        }
    };
    let _ = writeln!(
        out,
        "    pub async fn {}{generics}({}) -> crate::error::Result<crate::meta::WithMeta<{ret}>>{where_} {{",
        c.gen.method,
        args.join(", ")
    );
    if c.query.is_some() {
        out.push_str("        query.validate()?;\n");
    }
    match &c.body {
        Some(Ty::Named(k))
            if model.items[k].request && matches!(model.items[k].kind, Kind::Struct { .. }) =>
        {
            out.push_str("        let body = self.core.encode(body)?;\n");
        }
        Some(_) => {
            out.push_str("        self.core.check_headers()?;\n        let body = bytes::Bytes::from(crate::pipeline::to_json(body)?);\n");
        }
        None => out.push_str("        self.core.check_headers()?;\n"),
    }
    // The path, parameters escaped.
    let mut template = String::new();
    let mut fmt_args = Vec::new();
    let mut rest = op.path.as_str();
    while let Some(open) = rest.find('{') {
        template.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |i| open + i);
        let wire = &rest[open + 1..close];
        let (_, rust, int) = c
            .path_params
            .iter()
            .find(|(w, _, _)| w == wire)
            .cloned()
            .unwrap_or((wire.to_owned(), wire.to_owned(), false));
        template.push_str("{}");
        let value = if int {
            format!("&{rust}.to_string()")
        } else {
            rust.clone()
        };
        fmt_args.push(format!("crate::pipeline::segment({}, {value})?", lit(wire)));
        rest = &rest[(close + 1).min(rest.len())..];
    }
    template.push_str(rest);
    let path_expr = if fmt_args.is_empty() {
        format!("String::from({})", lit(&template))
    } else {
        format!("format!({}, {})", lit(&template), fmt_args.join(", "))
    };
    if c.query.is_some() {
        let _ = writeln!(
            out,
            "        let path = crate::generated::with_query({path_expr}, &query.to_query());"
        );
    } else {
        let _ = writeln!(out, "        let path = {path_expr};");
    }
    let method = format!("http::Method::{}", op.method);
    let mut call = format!("crate::pipeline::Call::bare({}, {method}, path)", lit(&op.id));
    if c.body.is_some() {
        call.push_str(".with_body(body)");
    }
    let _ = writeln!(out, "        let call = {call};");
    match &c.resp {
        Resp::Json(_) => out.push_str("        crate::generated::json(&self.core, call).await\n"),
        Resp::Empty => out.push_str("        self.core.no_content(call).await\n"),
        Resp::Bytes(_) => out.push_str("        crate::generated::write_into(&self.core, call, out).await\n"),
    }
    out.push_str("    }\n\n");
}

/// A sub-handle accessor.
pub fn emit_accessor(name: &str, handle: &str, doc: &str, out: &mut String) {
    let _ = writeln!(
        out,
        "    /// {doc}\n    pub fn {name}(&self) -> {handle}<'a> {{\n        {handle}::new(self.core.client).options(self.core.opts.clone())\n    }}\n"
    );
}
