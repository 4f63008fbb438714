//! Minimal instances of the spec's schemas: what the mock server answers a generated operation
//! with, and the request bodies and parameters its loopback test sends.
//!
//! A sample holds every required property and nothing else, so a decoded answer written back out
//! must equal it; strings honour formats, lengths and patterns, numbers their bounds, unions take
//! their first alternative that is not `null` (with the discriminator's value set).

use serde_json::{json, Map, Value};

use crate::spec::{SpecId, Specs};

/// Deep enough for every schema of both descriptions; recursion through optional fields stops here.
const MAX_DEPTH: usize = 12;

pub struct Sampler<'a> {
    specs: &'a Specs,
    spec: SpecId,
    /// Patterns no candidate matched (reported by the generator, never silently wrong).
    pub unmatched: Vec<String>,
}

impl<'a> Sampler<'a> {
    pub fn new(specs: &'a Specs, spec: SpecId) -> Self {
        Sampler {
            specs,
            spec,
            unmatched: Vec::new(),
        }
    }

    pub fn sample(&mut self, schema: &Value) -> Value {
        self.at(schema, 0)
    }

    fn resolve(&self, reference: &str) -> Option<&'a Value> {
        let pointer = reference.strip_prefix('#')?;
        self.specs.doc(self.spec).pointer(pointer)
    }

    fn at(&mut self, schema: &Value, depth: usize) -> Value {
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            return match self.resolve(r) {
                Some(target) if depth < MAX_DEPTH => self.at(target, depth + 1),
                _ => Value::Null,
            };
        }
        if let Some(c) = schema.get("const") {
            return c.clone();
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            if let Some(v) = values.iter().find(|v| !v.is_null()) {
                return v.clone();
            }
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            let mut merged = Map::new();
            let mut other = None;
            for part in all {
                match self.at(part, depth + 1) {
                    Value::Object(m) => merged.extend(m),
                    v => other = Some(v),
                }
            }
            if let Some(Value::Object(m)) = self.object(schema, depth) {
                merged.extend(m);
            }
            return match other {
                Some(v) if merged.is_empty() => v,
                _ => Value::Object(merged),
            };
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(alts) = schema.get(key).and_then(Value::as_array) {
                return self.union(schema, alts, depth);
            }
        }
        let ty = match schema.get("type") {
            Some(Value::String(t)) => t.clone(),
            Some(Value::Array(ts)) => ts
                .iter()
                .filter_map(Value::as_str)
                .find(|t| *t != "null")
                .unwrap_or("null")
                .to_owned(),
            _ if schema.get("properties").is_some() => "object".to_owned(),
            _ if schema.get("items").is_some() => "array".to_owned(),
            _ => String::new(),
        };
        match ty.as_str() {
            "object" => self.object(schema, depth).unwrap_or_else(|| json!({})),
            "array" if schema.get("prefixItems").is_some() => {
                let items = schema["prefixItems"].as_array().cloned().unwrap_or_default();
                Value::Array(items.iter().map(|i| self.at(i, depth + 1)).collect())
            }
            "array" => {
                let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let n = if depth >= MAX_DEPTH / 2 { min } else { min.max(1) };
                let item = schema.get("items").cloned().unwrap_or(Value::Null);
                Value::Array((0..n).map(|_| self.at(&item, depth + 1)).collect())
            }
            "string" => Value::String(self.string(schema)),
            "integer" => json!(bounded(schema, 1.0) as i64),
            "number" => json!(bounded(schema, 1.5)),
            "boolean" => json!(true),
            "null" => Value::Null,
            // No type: anything goes; a string is the plainest value.
            _ => json!("x"),
        }
    }

    fn object(&mut self, schema: &Value, depth: usize) -> Option<Value> {
        let props = schema.get("properties").and_then(Value::as_object);
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if props.is_none() && required.is_empty() {
            return None;
        }
        let mut out = Map::new();
        for name in required {
            let prop = props.and_then(|p| p.get(name)).cloned().unwrap_or(json!({}));
            out.insert(name.to_owned(), self.at(&prop, depth + 1));
        }
        Some(Value::Object(out))
    }

    fn union(&mut self, schema: &Value, alts: &[Value], depth: usize) -> Value {
        let is_null = |a: &Value| a.get("type").and_then(Value::as_str) == Some("null");
        if let Some(d) = schema.get("discriminator") {
            let prop = d.get("propertyName").and_then(Value::as_str).unwrap_or("type");
            if let Some((tag, target)) = d
                .get("mapping")
                .and_then(Value::as_object)
                .and_then(|m| m.iter().next())
            {
                let mut v = self.at(&json!({ "$ref": target }), depth + 1);
                if let Value::Object(m) = &mut v {
                    m.insert(prop.to_owned(), json!(tag));
                }
                return v;
            }
        }
        match alts.iter().find(|a| !is_null(a)) {
            Some(a) => self.at(a, depth + 1),
            None => Value::Null,
        }
    }

    fn string(&mut self, schema: &Value) -> String {
        let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = schema
            .get("maxLength")
            .and_then(Value::as_u64)
            .map(|m| m as usize);
        let by_format = match schema.get("format").and_then(Value::as_str) {
            Some("date-time") => Some("2026-01-01T00:00:00Z"),
            Some("date") => Some("2026-01-01"),
            Some("uuid") => Some("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
            Some("uri" | "url") => Some("https://example.com/x"),
            Some("email") => Some("user@example.com"),
            _ => None,
        };
        if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
            let examples = schema
                .get("examples")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .chain(schema.get("example"))
                .filter_map(Value::as_str)
                .map(str::to_owned);
            let fixed = [
                "x",
                "abc",
                "a1",
                "my-name",
                "my_name",
                "abc-123",
                "name",
                "v1",
                "1",
                "A",
                "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                "2026-01-01",
                "https://example.com/x",
                "user@example.com",
                "#ffffff",
                "en",
                "*/5 * * * *",
                "0123456789abcdef",
                "0123456789abcdef0123456789abcdef",
            ]
            .map(str::to_owned);
            let Ok(re) = regex::Regex::new(pattern) else {
                return by_format.unwrap_or("x").to_owned();
            };
            let fits = |s: &String| re.is_match(s) && s.len() >= min && max.is_none_or(|m| s.len() <= m);
            if let Some(s) = examples
                .chain(by_format.map(str::to_owned))
                .chain(fixed)
                .find(fits)
            {
                return s;
            }
            self.unmatched.push(pattern.to_owned());
        }
        let mut s = by_format.unwrap_or("x").to_owned();
        while s.len() < min {
            s.push('x');
        }
        s
    }
}

/// A number within the schema's bounds, `fallback` when it has none.
fn bounded(schema: &Value, fallback: f64) -> f64 {
    let num = |k: &str| schema.get(k).and_then(Value::as_f64);
    let mut v = fallback;
    if let Some(min) = num("minimum") {
        v = v.max(min);
    }
    if let Some(min) = num("exclusiveMinimum") {
        if v <= min {
            v = min + 1.0;
        }
    }
    if let Some(max) = num("maximum") {
        v = v.min(max);
    }
    if let Some(max) = num("exclusiveMaximum") {
        if v >= max {
            v = max
                - if schema.get("type").and_then(Value::as_str) == Some("integer") {
                    1.0
                } else {
                    0.5
                };
        }
    }
    v
}
