//! Rust source for the types crate: crates/mistral-types/src/generated/.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use crate::model::{Constraints, Field, Item, Kind, Model, Ty};
use crate::naming::{camel, doc_comment, lit};

pub const HEADER: &str = "// generated from the spec by `cargo xtask codegen`: do not edit\n";

/// Where the type of `ty` is written from, in the types crate (`crate::...`) or the client
/// crate (`mistral_types::...`).
pub fn rust_ty(model: &Model, ty: &Ty, krate: &str, from_group: &str) -> String {
    match ty {
        Ty::Str => "String".into(),
        Ty::Int => "i64".into(),
        Ty::Num => "f64".into(),
        Ty::Bool => "bool".into(),
        Ty::Value => "serde_json::Value".into(),
        Ty::Map(t) => match **t {
            Ty::Value => "serde_json::Map<String, serde_json::Value>".into(),
            _ => format!(
                "std::collections::BTreeMap<String, {}>",
                rust_ty(model, t, krate, from_group)
            ),
        },
        Ty::Vec(t) => format!("Vec<{}>", rust_ty(model, t, krate, from_group)),
        Ty::Opt(t) => format!("Option<{}>", rust_ty(model, t, krate, from_group)),
        Ty::Boxed(t) => format!("Box<{}>", rust_ty(model, t, krate, from_group)),
        Ty::Mapped(p) => format!("{krate}::{p}"),
        Ty::Named(k) => {
            let item = &model.items[k];
            if item.home.0 == from_group && krate == "crate" {
                // Group files see their group's items through the group module's re-exports.
                if from_group == "common" {
                    item.name.clone()
                } else {
                    format!("super::{}", item.name)
                }
            } else {
                format!("{krate}::generated::{}::{}", item.home.0, item.name)
            }
        }
    }
}

fn item_doc(item: &Item) -> String {
    let mut lines = item.doc.clone();
    if lines.is_empty() {
        lines.push(match &item.schema {
            Some(s) => format!("The `{s}` object."),
            None => format!("The `{}` object.", item.name),
        });
    }
    lines.push(String::new());
    lines.push(match &item.schema {
        Some(s) => format!("Generated from schema `{s}` of {}.", item.spec.doc()),
        None => format!("Generated from an inline schema of {}.", item.spec.doc()),
    });
    doc_comment(&lines, "")
}

fn field_doc(f: &Field, indent: &str) -> String {
    let mut lines = f.doc.clone();
    if lines.is_empty() {
        lines.push(format!("The `{}` field.", f.wire));
    }
    doc_comment(&lines, indent)
}

/// Boxes a direct reference back to `key` (a recursive type).
fn boxed(model: &Model, key: &str, ty: &Ty) -> Ty {
    match ty {
        Ty::Named(k) if model.reaches(k, key) => Ty::Boxed(Box::new(ty.clone())),
        _ => ty.clone(),
    }
}

pub fn emit_item(model: &Model, key: &str, out: &mut String) {
    let item = &model.items[key];
    let group = item.home.0.as_str();
    let t = |ty: &Ty| rust_ty(model, ty, "crate", group);
    match &item.kind {
        Kind::Pending => {}
        Kind::Alias(ty) => {
            out.push_str(&item_doc(item));
            let _ = writeln!(out, "pub type {} = {};\n", item.name, t(ty));
        }
        Kind::Enum(values) => {
            out.push_str("crate::macros::string_enum! {\n");
            out.push_str(&doc_comment(
                &item_doc(item)
                    .lines()
                    .map(|l| l.trim_start_matches("///").trim_start().to_owned())
                    .collect::<Vec<_>>(),
                "    ",
            ));
            let _ = writeln!(out, "    pub enum {} {{", item.name);
            let mut seen = HashSet::new();
            let mut wires = HashSet::new();
            for v in values.iter().filter(|v| wires.insert(v.as_str())) {
                let mut name = if v.is_empty() {
                    "Empty".to_owned()
                } else {
                    camel(v)
                };
                while name == "Other" || !seen.insert(name.clone()) {
                    name.push('X');
                }
                let _ = writeln!(out, "        /// `{}`", v.replace('`', "'"));
                let _ = writeln!(out, "        {name} = {},", lit(v));
            }
            out.push_str("    }\n}\n\n");
            let _ = writeln!(
                out,
                "impl Default for {0} {{\n    fn default() -> Self {{\n        {0}::Other(String::new())\n    }}\n}}\n",
                item.name
            );
        }
        Kind::Tagged { prop, variants } => {
            out.push_str("crate::generated::spec_union! {\n");
            out.push_str(&doc_comment(
                &item_doc(item)
                    .lines()
                    .map(|l| l.trim_start_matches("///").trim_start().to_owned())
                    .collect::<Vec<_>>(),
                "    ",
            ));
            let _ = writeln!(out, "    pub enum {} : {} {{", item.name, lit(prop));
            for (tag, vname, ty) in variants {
                let _ = writeln!(out, "        /// `{prop}: {}`", tag.replace('`', "'"));
                let _ = writeln!(
                    out,
                    "        {} => {vname}({}),",
                    lit(tag),
                    t(&boxed(model, key, ty))
                );
            }
            out.push_str("    }\n}\n\n");
        }
        Kind::Untagged(variants) => {
            out.push_str(&item_doc(item));
            out.push_str("#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]\n#[serde(untagged)]\n");
            let _ = writeln!(out, "pub enum {} {{", item.name);
            for (vname, ty) in variants {
                let _ = writeln!(out, "    /// One of the shapes the spec allows.");
                let _ = writeln!(out, "    {vname}({}),", t(&boxed(model, key, ty)));
            }
            out.push_str("    /// A shape this version does not know; kept verbatim.\n    Other(serde_json::Value),\n}\n\n");
            let _ = writeln!(
                out,
                "impl Default for {0} {{\n    fn default() -> Self {{\n        {0}::Other(serde_json::Value::Null)\n    }}\n}}\n",
                item.name
            );
        }
        Kind::Struct { fields, extra } => emit_struct(model, key, item, fields, extra.as_ref(), out),
    }
}

fn emit_struct(
    model: &Model,
    key: &str,
    item: &Item,
    fields: &[Field],
    extra: Option<&Ty>,
    out: &mut String,
) {
    let group = item.home.0.as_str();
    let t = |ty: &Ty| rust_ty(model, ty, "crate", group);
    let default = model.has_default(&Ty::Named(key.to_owned()), &mut HashSet::new());
    let builder = item.request;
    out.push_str(&item_doc(item));
    let secrets: Vec<&Field> = fields.iter().filter(|f| is_secret(&item.name, f)).collect();
    let mut derives = vec!["Clone"];
    if secrets.is_empty() {
        derives.push("Debug");
    }
    if default {
        derives.push("Default");
    }
    derives.extend(["PartialEq", "serde::Serialize", "serde::Deserialize"]);
    if builder {
        derives.push("typed_builder::TypedBuilder");
    }
    let _ = writeln!(out, "#[derive({})]", derives.join(", "));
    if builder {
        let _ = writeln!(
            out,
            "#[builder(\n    doc,\n    builder_type(doc = \"The builder of [`{0}`], from [`{0}::builder`]: required fields are \
             required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type.\")\n)]",
            item.name
        );
    }
    let _ = writeln!(out, "pub struct {} {{", item.name);
    for f in fields {
        let ty = boxed(model, key, &f.ty);
        let inner = t(&ty);
        out.push_str(&field_doc(f, "    "));
        let mut serde = Vec::new();
        if f.rust.trim_start_matches("r#") != f.wire {
            serde.push(format!("rename = {}", lit(&f.wire)));
        }
        let optional = !f.required || f.nullable;
        let field_ty = if optional {
            format!("Option<{inner}>")
        } else {
            inner.clone()
        };
        if !f.required {
            serde.push("default".into());
            serde.push("skip_serializing_if = \"Option::is_none\"".into());
        } else if f.nullable || (item.response && model.has_default(&ty, &mut HashSet::new())) {
            // Lenient: an absent required field does not fail the whole answer.
            serde.push("default".into());
        }
        if !serde.is_empty() {
            let _ = writeln!(out, "    #[serde({})]", serde.join(", "));
        }
        if builder {
            let name = f.rust.trim_start_matches("r#");
            if let (true, Some(fixed), Ty::Str) = (f.required, &f.constraints.fixed, &f.ty) {
                // One value only: the builder sets it (`.{name}(..)` may still say it).
                let _ = writeln!(
                    out,
                    "    #[builder(default = String::from({}), setter(into))]",
                    lit(fixed)
                );
            } else if f.required {
                let _ = writeln!(out, "    #[builder(setter(into))]");
            } else {
                let _ = writeln!(
                    out,
                    "    #[builder(via_mutators, mutators(\n        /// Sets `{wire}`.\n        pub fn {id}(&mut self, v: impl Into<{inner}>) {{\n            self.{id} = Some(v.into());\n        }}\n        /// Sets `{wire}` from an `Option` (`None` leaves it unset).\n        pub fn maybe_{name}(&mut self, v: Option<impl Into<{inner}>>) {{\n            self.{id} = v.map(Into::into);\n        }}\n    ))]",
                    wire = f.wire.replace('`', "'"),
                    id = f.rust,
                );
            }
        }
        let _ = writeln!(out, "    pub {}: {field_ty},", f.rust);
    }
    let extra_ty = match extra {
        Some(Ty::Value) | None => "serde_json::Map<String, serde_json::Value>".to_owned(),
        Some(ty) => format!("std::collections::BTreeMap<String, {}>", t(ty)),
    };
    let extra_item = match extra {
        Some(Ty::Value) | None => "serde_json::Value".to_owned(),
        Some(ty) => t(ty),
    };
    out.push_str("    /// Fields beyond the typed ones: what the server sent that this version does not know, and\n    /// what a request adds with the builder's `extra`.\n");
    out.push_str("    #[serde(flatten)]\n");
    if builder {
        let _ = writeln!(
            out,
            "    #[builder(via_mutators, mutators(\n        /// A field the typed setters do not cover, sent as given.\n        pub fn extra(&mut self, key: impl Into<String>, value: {extra_item}) {{\n            self.extra.insert(key.into(), value);\n        }}\n    ))]"
        );
    }
    let _ = writeln!(out, "    pub extra: {extra_ty},");
    out.push_str("}\n\n");
    if !secrets.is_empty() {
        // Secrets never reach Debug (nor logs that print it).
        let _ = writeln!(
            out,
            "impl std::fmt::Debug for {0} {{\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        f.debug_struct({1})",
            item.name,
            lit(&item.name)
        );
        for f in fields {
            let name = lit(f.rust.trim_start_matches("r#"));
            let secret = secrets.iter().any(|s| s.rust == f.rust);
            let optional = !f.required || f.nullable;
            let value = match (secret, optional) {
                (false, _) => format!("&self.{}", f.rust),
                (true, true) => format!("&self.{}.as_ref().map(|_| \"****\")", f.rust),
                (true, false) => "&\"****\"".to_owned(),
            };
            let _ = writeln!(out, "            .field({name}, {value})");
        }
        out.push_str("            .field(\"extra\", &self.extra)\n            .finish()\n    }\n}\n\n");
    }
    if builder {
        emit_checks(
            model,
            item,
            fields,
            extra.is_none() || extra == Some(&Ty::Value),
            out,
        );
    }
}

/// A field holding a credential (a key, a token, a secret): kept out of `Debug`.
fn is_secret(item: &str, f: &Field) -> bool {
    const NAMES: &[&str] = &[
        "access_token",
        "api_key",
        "bearer_token",
        "client_private_key",
        "client_secret",
        "participant_token",
        "password",
        "private_key",
        "refresh_token",
        "secret",
        "signing_secret",
    ];
    let text = matches!(&f.ty, Ty::Str) || matches!(&f.ty, Ty::Opt(t) if matches!(**t, Ty::Str));
    let lower = item.to_ascii_lowercase();
    text && (NAMES.contains(&f.wire.as_str())
        || (f.wire == "key" && lower.contains("apikey"))
        || (f.wire == "value" && lower.contains("secret")))
}

fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}.0", v as i64)
    } else {
        format!("{v:?}")
    }
}

fn constraint_checks(c: &Constraints, ty: &Ty, var: &str, path: &str, out: &mut String, indent: &str) {
    match ty {
        Ty::Int | Ty::Num => {
            let as_f = if *ty == Ty::Int {
                format!("(*{var} as f64)")
            } else {
                format!("*{var}")
            };
            if let Some((m, excl)) = c.minimum {
                let op = if excl { "<=" } else { "<" };
                let word = if excl { "above" } else { "at least" };
                let _ = writeln!(
                    out,
                    "{indent}if {as_f} {op} {} {{\n{indent}    c.push({path}, format!(\"{{}} is out of range: must be {word} {m}\", {var}));\n{indent}}}",
                    num(m)
                );
            }
            if let Some((m, excl)) = c.maximum {
                let op = if excl { ">=" } else { ">" };
                let word = if excl { "below" } else { "at most" };
                let _ = writeln!(
                    out,
                    "{indent}if {as_f} {op} {} {{\n{indent}    c.push({path}, format!(\"{{}} is out of range: must be {word} {m}\", {var}));\n{indent}}}",
                    num(m)
                );
            }
        }
        Ty::Str => {
            if c.min_length.is_some() || c.max_length.is_some() {
                let _ = writeln!(out, "{indent}let n = {var}.chars().count();");
            }
            if let Some(m) = c.min_length {
                let _ = writeln!(out, "{indent}if n < {m} {{\n{indent}    c.push({path}, format!(\"{{n}} characters: at least {m} needed\"));\n{indent}}}");
            }
            if let Some(m) = c.max_length {
                let _ = writeln!(out, "{indent}if n > {m} {{\n{indent}    c.push({path}, format!(\"{{n}} characters: at most {m} allowed\"));\n{indent}}}");
            }
            if let Some(p) = &c.pattern {
                pattern_check(p, var, path, out, indent);
            }
        }
        Ty::Vec(el) => {
            if let (Some(p), Ty::Str) = (&c.item_pattern, &**el) {
                let _ = writeln!(out, "{indent}for (i, x) in {var}.iter().enumerate() {{");
                let at = format!("format!(\"{{}}[{{i}}]\", {path})");
                pattern_check(p, "x", &at, out, &format!("{indent}    "));
                let _ = writeln!(out, "{indent}}}");
            }
            if c.min_items == Some(1) {
                let _ = writeln!(out, "{indent}if {var}.is_empty() {{\n{indent}    c.push({path}, \"at least 1 item needed\");\n{indent}}}");
            } else if let Some(m) = c.min_items {
                let _ = writeln!(out, "{indent}if {var}.len() < {m} {{\n{indent}    c.push({path}, format!(\"{{}} items: at least {m} needed\", {var}.len()));\n{indent}}}");
            }
            if let Some(m) = c.max_items {
                let _ = writeln!(out, "{indent}if {var}.len() > {m} {{\n{indent}    c.push({path}, format!(\"{{}} items: at most {m} allowed\", {var}.len()));\n{indent}}}");
            }
        }
        _ => {}
    }
}

/// Whether `ty` is a generated struct with its own checks.
fn checked(model: &Model, ty: &Ty) -> bool {
    match ty {
        Ty::Named(k) => {
            let i = &model.items[k];
            i.request && matches!(i.kind, Kind::Struct { .. })
        }
        Ty::Boxed(t) => checked(model, t),
        _ => false,
    }
}

fn emit_checks(model: &Model, item: &Item, fields: &[Field], json_extra: bool, out: &mut String) {
    let mut body = String::new();
    for f in fields {
        let path = format!(
            "format!(\"{{at}}{}\")",
            f.wire.replace('{', "{{").replace('}', "}}")
        );
        let optional = !f.required || f.nullable;
        let mut inner = String::new();
        let indent = "            ";
        constraint_checks(&f.constraints, &f.ty, "v", &path, &mut inner, indent);
        if checked(model, &f.ty) {
            let _ = writeln!(
                inner,
                "{indent}v.check_into(c, &format!(\"{{at}}{}.\"));",
                f.wire.replace('{', "{{").replace('}', "}}")
            );
        }
        if let Ty::Vec(el) = &f.ty {
            if checked(model, el) {
                let _ = writeln!(
                    inner,
                    "{indent}for (i, x) in v.iter().enumerate() {{\n{indent}    x.check_into(c, &format!(\"{{at}}{}[{{i}}].\"));\n{indent}}}",
                    f.wire.replace('{', "{{").replace('}', "}}")
                );
            }
        }
        if inner.is_empty() {
            continue;
        }
        if optional {
            let _ = writeln!(
                body,
                "        if let Some(v) = &self.{} {{\n{inner}        }}",
                f.rust
            );
        } else {
            let _ = writeln!(
                body,
                "        {{\n            let v = &self.{};\n{inner}        }}",
                f.rust
            );
        }
    }
    let names: Vec<String> = fields.iter().map(|f| lit(&f.wire)).collect();
    let _ = writeln!(out, "impl {} {{", item.name);
    out.push_str("    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the\n    /// values in it: every violation, each naming its field.\n    ///\n    /// # Errors\n    /// The violations.\n");
    out.push_str("    pub fn validate(&self) -> Result<(), crate::ValidationError> {\n        let mut c = crate::validate::Checker::default();\n        self.check_into(&mut c, \"\");\n        c.finish()\n    }\n\n");
    out.push_str("    #[allow(unused_variables)] // a type without constraints checks nothing\n");
    out.push_str("    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {\n");
    out.push_str(&body);
    if json_extra {
        let _ = writeln!(
            out,
            "        if at.is_empty() {{\n            c.extra(&self.extra, &[{}]);\n        }}",
            names.join(", ")
        );
    }
    out.push_str("    }\n}\n\n");
    let _ = writeln!(
        out,
        "impl crate::ApiRequest for {} {{\n    fn check(&self) -> Result<(), crate::ValidationError> {{\n        self.validate()\n    }}\n}}\n",
        item.name
    );
}

/// The query struct of an operation.
pub struct Query {
    pub name: String,
    pub doc: String,
    pub fields: Vec<Field>,
}

pub fn emit_query(model: &Model, group: &str, q: &Query, out: &mut String) {
    let t = |ty: &Ty| rust_ty(model, ty, "crate", group);
    let all_optional = q.fields.iter().all(|f| !f.required);
    let _ = writeln!(out, "/// The query parameters of {}.", q.doc);
    let mut derives = vec!["Clone", "Debug"];
    if all_optional {
        derives.push("Default");
    }
    derives.extend(["PartialEq", "typed_builder::TypedBuilder"]);
    let _ = writeln!(out, "#[derive({})]", derives.join(", "));
    let _ = writeln!(
        out,
        "#[builder(\n    doc,\n    builder_type(doc = \"The builder of [`{0}`], from [`{0}::builder`].\")\n)]",
        q.name
    );
    let _ = writeln!(out, "pub struct {} {{", q.name);
    for f in &q.fields {
        out.push_str(&field_doc(f, "    "));
        let inner = t(&f.ty);
        let name = f.rust.trim_start_matches("r#");
        if f.required {
            let _ = writeln!(out, "    #[builder(setter(into))]\n    pub {}: {inner},", f.rust);
        } else {
            let _ = writeln!(
                out,
                "    #[builder(via_mutators, mutators(\n        /// Sets `{wire}`.\n        pub fn {id}(&mut self, v: impl Into<{inner}>) {{\n            self.{id} = Some(v.into());\n        }}\n        /// Sets `{wire}` from an `Option` (`None` leaves it unset).\n        pub fn maybe_{name}(&mut self, v: Option<impl Into<{inner}>>) {{\n            self.{id} = v.map(Into::into);\n        }}\n    ))]\n    pub {id}: Option<{inner}>,",
                wire = f.wire,
                id = f.rust
            );
        }
    }
    out.push_str("}\n\n");
    let _ = writeln!(out, "impl {} {{", q.name);
    out.push_str("    /// The query string (without `?`), values percent-encoded.\n    pub fn to_query(&self) -> String {\n        let mut q = crate::files::Query::default();\n");
    // An unset parameter (`None`) pushes nothing (`QueryValue for Option<T>`).
    for f in &q.fields {
        let _ = writeln!(
            out,
            "        crate::generated::QueryValue::push_to(&self.{}, &mut q, {});",
            f.rust,
            lit(&f.wire)
        );
    }
    out.push_str("        q.0\n    }\n\n");
    out.push_str("    /// Checks the spec's constraints on the parameters.\n    ///\n    /// # Errors\n    /// Every violation, each naming its parameter.\n");
    out.push_str("    pub fn validate(&self) -> Result<(), crate::ValidationError> {\n        #[allow(unused_mut)]\n        let mut c = crate::validate::Checker::default();\n");
    for f in &q.fields {
        let mut inner = String::new();
        let path = lit(&f.wire);
        constraint_checks(&f.constraints, &f.ty, "v", &path, &mut inner, "            ");
        if inner.is_empty() {
            continue;
        }
        if f.required {
            let _ = writeln!(
                out,
                "        {{\n            let v = &self.{};\n{inner}        }}",
                f.rust
            );
        } else {
            let _ = writeln!(
                out,
                "        if let Some(v) = &self.{} {{\n{inner}        }}",
                f.rust
            );
        }
    }
    out.push_str("        c.finish()\n    }\n}\n\n");
}

/// `QueryValue` for items used in queries.
pub fn emit_query_value(model: &Model, key: &str, out: &mut String) {
    let item = &model.items[key];
    if !item.in_query {
        return;
    }
    match item.kind {
        Kind::Enum(_) => {
            let _ = writeln!(
                out,
                "impl crate::generated::QueryValue for {} {{\n    fn push_to(&self, q: &mut crate::files::Query, key: &str) {{\n        q.push(key, self.as_str());\n    }}\n}}\n",
                item.name
            );
        }
        Kind::Alias(_) | Kind::Pending => {}
        _ => {
            let _ = writeln!(
                out,
                "impl crate::generated::QueryValue for {} {{\n    fn push_to(&self, q: &mut crate::files::Query, key: &str) {{\n        q.push(key, &serde_json::to_string(self).unwrap_or_default());\n    }}\n}}\n",
                item.name
            );
        }
    }
}

/// Items per (group, file).
pub fn by_file(model: &Model) -> BTreeMap<(String, String), Vec<String>> {
    let mut out: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for (k, item) in &model.items {
        if item.groups.is_empty() {
            continue;
        }
        out.entry(item.home.clone()).or_default().push(k.clone());
    }
    for keys in out.values_mut() {
        keys.sort_by(|a, b| model.items[a].name.cmp(&model.items[b].name));
    }
    out
}

/// The events of an operation whose answer is a server-sent event stream.
pub struct Events {
    pub name: String,
    /// The operation, for the docs.
    pub doc: String,
    /// The success answer's description in the spec.
    pub description: String,
    /// The type of each event's data.
    pub data: Ty,
    /// The event names the spec lists (empty: any).
    pub names: Vec<String>,
}

pub fn emit_events(model: &Model, group: &str, ev: &Events, out: &mut String) {
    let mut lines = vec![format!("An event of {}.", ev.doc)];
    let described = crate::naming::doc_lines(&ev.description);
    if !described.is_empty() {
        lines.push(String::new());
        lines.extend(described);
    }
    out.push_str("crate::generated::spec_events! {\n");
    out.push_str(&doc_comment(&lines, "    "));
    let names: Vec<String> = ev.names.iter().map(|n| lit(n)).collect();
    let _ = writeln!(
        out,
        "    pub enum {} : [{}] => {}\n}}\n",
        ev.name,
        names.join(", "),
        rust_ty(model, &ev.data, "crate", group)
    );
}

/// The check of a string `var` against the spec's pattern `p`, or a comment saying why none.
fn pattern_check(p: &str, var: &str, path: &str, out: &mut String, indent: &str) {
    match rust_pattern(p) {
        Ok(re) => {
            // Compiled once, on the first check (the generator compiled it already).
            let _ = writeln!(
                out,
                "{indent}static PATTERN: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();\n{indent}if !crate::generated::matches(&PATTERN, {}, {var}) {{\n{indent}    c.push({path}, {});\n{indent}}}",
                lit(&re),
                lit(&format!("does not match the pattern `{p}`"))
            );
        }
        Err(why) => {
            let _ = writeln!(
                out,
                "{indent}// Not checked: the spec's pattern {} does not compile as a Rust regex ({}).",
                p.replace('\n', " "),
                why.replace('\n', " ")
            );
        }
    }
}

/// An ECMA-262 pattern as a `regex` crate pattern: `\\d` and `\\w` are ASCII in ECMA-262
/// (without the `u` flag) but Unicode in `regex`, so they are spelt out. A pattern `regex`
/// cannot compile (lookaround, backreferences) is an error saying why: the generator then
/// checks nothing for it and says so in a comment.
pub fn rust_pattern(ecma: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = ecma.chars();
    while let Some(ch) = chars.next() {
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        match chars.next() {
            Some('d') => out.push_str("[0-9]"),
            Some('D') => out.push_str("[^0-9]"),
            Some('w') => out.push_str("[0-9A-Za-z_]"),
            Some('W') => out.push_str("[^0-9A-Za-z_]"),
            Some(next) => {
                out.push('\\');
                out.push(next);
            }
            None => out.push('\\'),
        }
    }
    regex::Regex::new(&out).map_err(|e| {
        let text = e.to_string();
        text.lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("does not compile")
            .trim()
            .trim_start_matches("error: ")
            .to_owned()
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::rust_pattern;

    #[test]
    fn ecma_patterns_become_rust_patterns() {
        assert_eq!(rust_pattern(r"^\d+$").unwrap(), "^[0-9]+$");
        assert_eq!(rust_pattern(r"^\w{2}$").unwrap(), "^[0-9A-Za-z_]{2}$");
        assert_eq!(rust_pattern(r"^[^,\s]+$").unwrap(), r"^[^,\s]+$");
        assert_eq!(rust_pattern(r"a\\d").unwrap(), r"a\\d");
        // Lookaround and backreferences do not compile: skipped, with the reason.
        let why = rust_pattern("^(?!x)").unwrap_err();
        assert!(why.contains("look-around"), "{why}");
        assert!(rust_pattern(r"(a)\1").is_err());
    }
}
