//! The type model: spec schemas turned into Rust items (structs, string enums, unions, aliases).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde_json::Value;

use crate::naming::{camel, doc_lines, ident, snake};
use crate::spec::{SpecId, Specs};

/// Schemas the hand-written types already model: generated code uses these (paths under the
/// types crate's root), never a second copy.
pub const MAPPED: &[(&str, &str)] = &[
    ("SystemMessage", "SystemMessage"),
    ("UserMessage", "UserMessage"),
    ("AssistantMessage", "AssistantMessage"),
    ("ToolMessage", "ToolMessage"),
    ("ContentChunk", "ContentChunk"),
    ("TextChunk", "TextChunk"),
    ("ImageURLChunk", "ImageUrlChunk"),
    ("ImageURL", "ImageUrl"),
    ("DocumentURLChunk", "DocumentUrlChunk"),
    ("ReferenceChunk", "ReferenceChunk"),
    ("FileChunk", "FileChunk"),
    ("ThinkChunk", "ThinkChunk"),
    ("AudioChunk", "AudioChunk"),
    ("ToolFileChunk", "ToolFileChunk"),
    ("ToolReferenceChunk", "ToolReferenceChunk"),
    ("UsageInfo", "Usage"),
    ("ToolCall", "ToolCall"),
    ("FunctionCall", "FunctionCall"),
    ("Function", "Function"),
    ("Tool", "Tool"),
    ("ToolChoice", "ToolChoice"),
    ("ResponseFormat", "ResponseFormat"),
    ("JsonSchema", "JsonSchemaFormat"),
    ("Prediction", "Prediction"),
    ("FileSchema", "FileObject"),
    ("ChatCompletionRequest", "ChatRequest"),
    ("ChatCompletionResponse", "ChatCompletionResponse"),
];

/// The message schemas: a union of (some of) them is the hand-written `Message`.
const MESSAGES: &[&str] = &["SystemMessage", "UserMessage", "AssistantMessage", "ToolMessage"];

#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    Str,
    Int,
    Num,
    Bool,
    Value,
    Map(Box<Ty>),
    Vec(Box<Ty>),
    Opt(Box<Ty>),
    Named(String),
    /// A hand-written type: its path under the types crate's root.
    Mapped(String),
    Boxed(Box<Ty>),
}

impl Ty {
    pub fn named(&self, out: &mut Vec<String>) {
        match self {
            Ty::Named(k) => out.push(k.clone()),
            Ty::Map(t) | Ty::Vec(t) | Ty::Opt(t) | Ty::Boxed(t) => t.named(out),
            _ => {}
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Constraints {
    pub minimum: Option<(f64, bool)>,
    pub maximum: Option<(f64, bool)>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    /// The spec's `pattern` (ECMA-262), as written.
    pub pattern: Option<String>,
    /// The `pattern` of a list's string items.
    pub item_pattern: Option<String>,
    /// The schema's integer `default` (not checked: a numbered listing's first page).
    pub default_int: Option<i64>,
    /// The one value a string property may have (`const`): a request builder sets it for you.
    pub fixed: Option<String>,
}

impl Constraints {
    fn read(schema: &Value) -> Constraints {
        let mut c = Constraints::default();
        let mut read_one = |s: &Value| {
            let f = |k: &str| s.get(k).and_then(Value::as_f64);
            let u = |k: &str| s.get(k).and_then(Value::as_u64);
            if let Some(v) = f("minimum") {
                c.minimum = Some((v, false));
            }
            if let Some(v) = f("exclusiveMinimum") {
                c.minimum = Some((v, true));
            }
            if let Some(v) = f("maximum") {
                c.maximum = Some((v, false));
            }
            if let Some(v) = f("exclusiveMaximum") {
                c.maximum = Some((v, true));
            }
            c.min_length = c.min_length.or(u("minLength"));
            c.max_length = c.max_length.or(u("maxLength"));
            c.min_items = c.min_items.or(u("minItems"));
            c.max_items = c.max_items.or(u("maxItems"));
            if c.pattern.is_none() {
                c.pattern = s.get("pattern").and_then(Value::as_str).map(str::to_owned);
            }
            if c.item_pattern.is_none() {
                c.item_pattern = s
                    .pointer("/items/pattern")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
            }
        };
        read_one(schema);
        for key in ["anyOf", "oneOf"] {
            if let Some(vs) = schema.get(key).and_then(Value::as_array) {
                let non_null: Vec<&Value> = vs.iter().filter(|v| !is_null(v)).collect();
                if non_null.len() == 1 {
                    read_one(non_null[0]);
                }
            }
        }
        c
    }

    pub fn is_empty(&self) -> bool {
        self.minimum.is_none()
            && self.maximum.is_none()
            && self.min_length.is_none()
            && self.max_length.is_none()
            && self.min_items.is_none()
            && self.max_items.is_none()
            && self.pattern.is_none()
            && self.item_pattern.is_none()
    }
}

#[derive(Clone, Debug)]
pub struct Field {
    pub wire: String,
    pub rust: String,
    pub ty: Ty,
    pub required: bool,
    pub nullable: bool,
    pub doc: Vec<String>,
    pub constraints: Constraints,
}

#[derive(Clone, Debug)]
pub enum Kind {
    Struct {
        fields: Vec<Field>,
        /// The type of keys beyond the typed fields (`additionalProperties`).
        extra: Option<Ty>,
    },
    Enum(Vec<String>),
    Tagged {
        prop: String,
        variants: Vec<(String, String, Ty)>,
    },
    Untagged(Vec<(String, Ty)>),
    Alias(Ty),
    /// Being built (a reference cycle reached it).
    Pending,
}

#[derive(Clone, Debug)]
pub struct Item {
    pub name: String,
    pub spec: SpecId,
    /// The schema's name in the spec (none for inline schemas).
    pub schema: Option<String>,
    pub doc: Vec<String>,
    pub kind: Kind,
    /// Reachable from a request body (builder and validation).
    pub request: bool,
    /// Reachable from a response (decoded leniently).
    pub response: bool,
    /// Used as a query parameter's type.
    pub in_query: bool,
    /// The groups whose operations reach it.
    pub groups: BTreeSet<String>,
    /// Where it is written: (group, file stem); group `common` for shared items.
    pub home: (String, String),
}

pub struct Model<'s> {
    pub specs: &'s Specs,
    pub items: BTreeMap<String, Item>,
    names: HashSet<String>,
    pub mapped: HashMap<&'static str, &'static str>,
}

fn is_null(v: &Value) -> bool {
    v.get("type").and_then(Value::as_str) == Some("null")
}

fn ref_name(v: &Value) -> Option<&str> {
    v.get("$ref")?.as_str()?.strip_prefix("#/components/schemas/")
}

pub fn description(schema: &Value) -> Vec<String> {
    let text = schema
        .get("description")
        .and_then(Value::as_str)
        .or_else(|| schema.get("title").and_then(Value::as_str))
        .unwrap_or("");
    doc_lines(text)
}

impl<'s> Model<'s> {
    pub fn new(specs: &'s Specs) -> Self {
        Model {
            specs,
            items: BTreeMap::new(),
            // Names the generated modules use for themselves.
            names: ["Value", "Map", "Vec", "Option", "String", "Box", "Result"]
                .into_iter()
                .map(str::to_owned)
                .collect(),
            mapped: MAPPED.iter().copied().collect(),
        }
    }

    /// A Rust type name not yet taken.
    pub fn unique(&mut self, wanted: &str) -> String {
        let base = camel(wanted);
        let mut name = base.clone();
        let mut n = 2;
        while self.names.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        self.names.insert(name.clone());
        name
    }

    /// The type of a component schema.
    pub fn named(&mut self, spec: SpecId, name: &str) -> Ty {
        if let Some(path) = self.mapped.get(name) {
            return Ty::Mapped((*path).to_owned());
        }
        // The supplement's copy of a published schema, unchanged: one type.
        let spec = if spec == SpecId::Supplement
            && self.specs.schema(SpecId::Main, name).is_some()
            && self.specs.schema(SpecId::Main, name) == self.specs.schema(SpecId::Supplement, name)
        {
            SpecId::Main
        } else {
            spec
        };
        let key = format!("{}:{name}", if spec == SpecId::Main { "m" } else { "s" });
        if self.items.contains_key(&key) {
            return Ty::Named(key);
        }
        let Some(schema) = self.specs.schema(spec, name).cloned() else {
            return Ty::Value;
        };
        let wanted = if spec == SpecId::Supplement && self.specs.schema(SpecId::Main, name).is_some() {
            // The newer description's version of a published schema.
            format!("{name}Next")
        } else {
            name.to_owned()
        };
        let rust = self.unique(&wanted);
        self.items.insert(
            key.clone(),
            Item {
                name: rust.clone(),
                spec,
                schema: Some(name.to_owned()),
                doc: description(&schema),
                kind: Kind::Pending,
                request: false,
                response: false,
                in_query: false,
                groups: BTreeSet::new(),
                home: (String::new(), String::new()),
            },
        );
        let kind = self.kind(spec, &schema, &rust);
        if let Some(item) = self.items.get_mut(&key) {
            item.kind = kind;
        }
        Ty::Named(key)
    }

    /// An inline schema that needs an item of its own.
    fn inline(&mut self, spec: SpecId, schema: &Value, ctx: &str) -> Ty {
        let rust = self.unique(ctx);
        let key = format!("i:{rust}");
        self.items.insert(
            key.clone(),
            Item {
                name: rust.clone(),
                spec,
                schema: None,
                doc: description(schema),
                kind: Kind::Pending,
                request: false,
                response: false,
                in_query: false,
                groups: BTreeSet::new(),
                home: (String::new(), String::new()),
            },
        );
        let kind = self.kind(spec, schema, &rust);
        if let Some(item) = self.items.get_mut(&key) {
            item.kind = kind;
        }
        Ty::Named(key)
    }

    /// The Rust type of a schema; `ctx` names an inline item when one is needed.
    pub fn ty(&mut self, spec: SpecId, schema: &Value, ctx: &str) -> Ty {
        if let Some(name) = ref_name(schema) {
            return self.named(spec, name);
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(vs) = schema.get(key).and_then(Value::as_array) {
                let nullable = vs.iter().any(is_null);
                let rest: Vec<Value> = vs.iter().filter(|v| !is_null(v)).cloned().collect();
                let inner = match rest.len() {
                    0 => Ty::Value,
                    1 => self.ty(spec, &rest[0], ctx),
                    _ => {
                        if rest
                            .iter()
                            .all(|v| ref_name(v).is_some_and(|n| MESSAGES.contains(&n)))
                        {
                            Ty::Mapped("Message".to_owned())
                        } else {
                            let mut s = schema.clone();
                            if let Some(o) = s.as_object_mut() {
                                o.insert(key.to_owned(), Value::Array(rest));
                            }
                            self.inline(spec, &s, ctx)
                        }
                    }
                };
                return if nullable { Ty::Opt(Box::new(inner)) } else { inner };
            }
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            if parts.len() == 1 {
                return self.ty(spec, &parts[0], ctx);
            }
            return self.inline(spec, schema, ctx);
        }
        let types: Vec<&str> = match schema.get("type") {
            Some(Value::String(s)) => vec![s.as_str()],
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let nullable = types.contains(&"null");
        let types: Vec<&str> = types.into_iter().filter(|t| *t != "null").collect();
        let inner = if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            if values.iter().all(Value::is_string) && !values.is_empty() {
                self.inline(spec, schema, ctx)
            } else if values.iter().all(Value::is_i64) {
                Ty::Int
            } else {
                Ty::Value
            }
        } else if types.len() > 1 {
            Ty::Value
        } else {
            match types.first().copied() {
                Some("string") => Ty::Str,
                Some("integer") => Ty::Int,
                Some("number") => Ty::Num,
                Some("boolean") => Ty::Bool,
                Some("array") => {
                    let items = schema.get("items").cloned().unwrap_or(Value::Null);
                    Ty::Vec(Box::new(self.ty(spec, &items, &format!("{ctx}Item"))))
                }
                Some("object") | None => {
                    let props = schema.get("properties").and_then(Value::as_object);
                    if props.is_some_and(|p| !p.is_empty()) {
                        self.inline(spec, schema, ctx)
                    } else if let Some(ap) = schema.get("additionalProperties").filter(|v| v.is_object()) {
                        let t = self.ty(spec, ap, &format!("{ctx}Value"));
                        Ty::Map(Box::new(t))
                    } else if schema.get("const").is_some_and(Value::is_string) {
                        Ty::Str
                    } else if types.first() == Some(&"object") {
                        Ty::Map(Box::new(Ty::Value))
                    } else {
                        Ty::Value
                    }
                }
                Some(_) => Ty::Value,
            }
        };
        if nullable {
            Ty::Opt(Box::new(inner))
        } else {
            inner
        }
    }

    /// The properties and required names of an object schema, `allOf` parts merged.
    fn properties(
        &self,
        spec: SpecId,
        schema: &Value,
        out: &mut Vec<(String, Value)>,
        req: &mut Vec<String>,
    ) {
        if let Some(name) = ref_name(schema) {
            if let Some(s) = self.specs.schema(spec, name) {
                self.properties(spec, s, out, req);
            }
            return;
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            for p in parts {
                self.properties(spec, p, out, req);
            }
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (k, v) in props {
                if let Some(slot) = out.iter_mut().find(|(n, _)| n == k) {
                    slot.1 = v.clone();
                } else {
                    out.push((k.clone(), v.clone()));
                }
            }
        }
        if let Some(r) = schema.get("required").and_then(Value::as_array) {
            req.extend(r.iter().filter_map(Value::as_str).map(str::to_owned));
        }
    }

    fn kind(&mut self, spec: SpecId, schema: &Value, name: &str) -> Kind {
        // Unions.
        for key in ["oneOf", "anyOf"] {
            if let Some(vs) = schema.get(key).and_then(Value::as_array) {
                let rest: Vec<Value> = vs.iter().filter(|v| !is_null(v)).cloned().collect();
                if rest.len() < 2 {
                    let t = self.ty(spec, schema, &format!("{name}Value"));
                    return Kind::Alias(t);
                }
                if let Some(tagged) = self.tagged(spec, schema, &rest, name) {
                    return tagged;
                }
                let mut variants: Vec<(String, Ty)> = Vec::new();
                for (i, v) in rest.iter().enumerate() {
                    let vname = match ref_name(v) {
                        Some(r) => camel(r),
                        None => match v.get("type").and_then(Value::as_str) {
                            Some("string") => "String".to_owned(),
                            Some("integer") => "Integer".to_owned(),
                            Some("number") => "Number".to_owned(),
                            Some("boolean") => "Bool".to_owned(),
                            Some("array") => "List".to_owned(),
                            Some("object") => "Object".to_owned(),
                            _ => format!("Variant{}", i + 1),
                        },
                    };
                    let mut vname = vname;
                    while vname == "Other" || variants.iter().any(|(n, _)| *n == vname) {
                        vname.push('_');
                        vname = camel(&vname) + &(i + 1).to_string();
                    }
                    let t = self.ty(spec, v, &format!("{name}{vname}"));
                    variants.push((vname, t));
                }
                return Kind::Untagged(variants);
            }
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            if values.iter().all(Value::is_string) && !values.is_empty() {
                return Kind::Enum(
                    values
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect(),
                );
            }
        }
        let mut props = Vec::new();
        let mut required = Vec::new();
        self.properties(spec, schema, &mut props, &mut required);
        if props.is_empty() {
            if schema.get("allOf").is_some() {
                return Kind::Alias(Ty::Map(Box::new(Ty::Value)));
            }
            let t = self.ty(spec, schema, &format!("{name}Value"));
            // A named schema that is itself a reference cycle to nothing: keep it open.
            return Kind::Alias(if t == Ty::Named(format!("i:{name}")) {
                Ty::Value
            } else {
                t
            });
        }
        let mut fields: Vec<Field> = Vec::new();
        let mut used: HashSet<String> = HashSet::new();
        for (wire, prop) in props {
            let mut rust = ident(&snake(&wire));
            while used.contains(&rust) || rust == "extra" {
                rust = format!("{}_", rust.trim_start_matches("r#"));
            }
            used.insert(rust.clone());
            let mut ty = self.ty(spec, &prop, &format!("{name}{}", camel(&wire)));
            let mut nullable = false;
            if let Ty::Opt(inner) = ty {
                ty = *inner;
                nullable = true;
            }
            let mut doc = description(&prop);
            if let Some(d) = prop.get("default") {
                if !d.is_null() {
                    if !doc.is_empty() {
                        doc.push(String::new());
                    }
                    doc.push(format!(
                        "The API's default: `{}`.",
                        d.to_string().replace('`', "'")
                    ));
                }
            }
            // The vendoring script's marks of the API's changes since the published spec.
            let mark = |key: &str| prop.get(key).and_then(Value::as_bool) == Some(true);
            for (key, note) in [
                (
                    "x-newer-api",
                    "Newer than the published spec (the API as the official SDK reaches it).",
                ),
                (
                    "x-no-longer-sent",
                    "No longer sent nor read by the newer API: kept for older servers.",
                ),
            ] {
                if mark(key) {
                    if !doc.is_empty() {
                        doc.push(String::new());
                    }
                    doc.push(note.to_owned());
                }
            }
            let mut constraints = Constraints::read(&prop);
            constraints.fixed = prop.get("const").and_then(Value::as_str).map(str::to_owned);
            fields.push(Field {
                required: required.contains(&wire),
                wire,
                rust,
                ty,
                nullable,
                doc,
                constraints,
            });
        }
        let extra = match schema.get("additionalProperties") {
            Some(Value::Object(o)) if !o.is_empty() => {
                let t = self.ty(spec, &Value::Object(o.clone()), &format!("{name}Extra"));
                Some(t)
            }
            _ => None,
        };
        Kind::Struct { fields, extra }
    }

    /// A `oneOf` with a discriminator whose every variant is a reference with a known tag.
    fn tagged(&mut self, spec: SpecId, schema: &Value, rest: &[Value], name: &str) -> Option<Kind> {
        let disc = schema.get("discriminator")?;
        let prop = disc.get("propertyName")?.as_str()?.to_owned();
        let mapping: Vec<(String, String)> = disc
            .get("mapping")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.rsplit('/').next()?.to_owned())))
                    .collect()
            })
            .unwrap_or_default();
        let mut variants = Vec::new();
        let mut seen = HashSet::new();
        for v in rest {
            let r = ref_name(v)?.to_owned();
            let mut tags: Vec<String> = mapping
                .iter()
                .filter(|(_, t)| *t == r)
                .map(|(k, _)| k.clone())
                .collect();
            if tags.is_empty() {
                let s = self.specs.schema(spec, &r)?;
                let p = s.pointer(&format!("/properties/{prop}"))?;
                let tag = p
                    .get("const")
                    .or_else(|| p.pointer("/enum/0"))
                    .or_else(|| p.get("default"))
                    .and_then(Value::as_str)?;
                tags.push(tag.to_owned());
            }
            let t = self.named(spec, &r);
            for tag in tags {
                let mut vname = camel(&tag);
                while vname == "Unknown" || !seen.insert(vname.clone()) {
                    vname.push('X');
                }
                variants.push((tag, vname, t.clone()));
            }
        }
        let _ = name;
        Some(Kind::Tagged { prop, variants })
    }

    /// The items an item refers to.
    pub fn deps(&self, key: &str) -> Vec<String> {
        let mut out = Vec::new();
        match self.items.get(key).map(|i| &i.kind) {
            Some(Kind::Struct { fields, extra }) => {
                for f in fields {
                    f.ty.named(&mut out);
                }
                if let Some(e) = extra {
                    e.named(&mut out);
                }
            }
            Some(Kind::Tagged { variants, .. }) => {
                for (_, _, t) in variants {
                    t.named(&mut out);
                }
            }
            Some(Kind::Untagged(vs)) => {
                for (_, t) in vs {
                    t.named(&mut out);
                }
            }
            Some(Kind::Alias(t)) => t.named(&mut out),
            _ => {}
        }
        out
    }

    /// Whether `from` reaches `to` through references.
    pub fn reaches(&self, from: &str, to: &str) -> bool {
        let mut stack = vec![from.to_owned()];
        let mut seen = HashSet::new();
        while let Some(k) = stack.pop() {
            if k == to {
                return true;
            }
            if seen.insert(k.clone()) {
                stack.extend(self.deps(&k));
            }
        }
        false
    }

    /// Marks `root` and everything it reaches as used by `group`, from a request and/or a
    /// response.
    pub fn mark(&mut self, root: &Ty, group: &str, file: &str, request: bool, response: bool, query: bool) {
        let mut keys = Vec::new();
        root.named(&mut keys);
        let mut stack = keys;
        let mut seen = HashSet::new();
        while let Some(k) = stack.pop() {
            if !seen.insert(k.clone()) {
                continue;
            }
            let deps = self.deps(&k);
            if let Some(item) = self.items.get_mut(&k) {
                item.groups.insert(group.to_owned());
                item.request |= request;
                item.response |= response;
                item.in_query |= query;
                if item.home.0.is_empty() || (item.home.0 == group && file < item.home.1.as_str()) {
                    item.home = (group.to_owned(), file.to_owned());
                }
            }
            stack.extend(deps);
        }
    }

    /// Shared items move to `common`.
    pub fn settle_homes(&mut self) {
        for item in self.items.values_mut() {
            if item.groups.len() > 1 {
                item.home = ("common".to_owned(), "common".to_owned());
            }
        }
    }

    /// Whether a value of `ty` has a `Default`.
    pub fn has_default(&self, ty: &Ty, seen: &mut HashSet<String>) -> bool {
        match ty {
            Ty::Mapped(_) => false,
            Ty::Named(k) => {
                if !seen.insert(k.clone()) {
                    return true;
                }
                match self.items.get(k).map(|i| &i.kind) {
                    Some(Kind::Struct { fields, .. }) => fields
                        .iter()
                        .all(|f| !f.required || f.nullable || self.has_default(&f.ty, seen)),
                    Some(Kind::Alias(t)) => self.has_default(t, seen),
                    _ => true,
                }
            }
            Ty::Boxed(t) => self.has_default(t, seen),
            _ => true,
        }
    }
}
