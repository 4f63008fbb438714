//! The two vendored descriptions and their operations.

use serde_json::Value;
use std::path::Path;

/// Which description an item comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SpecId {
    /// spec/mistral-openapi.json: the published description.
    Main,
    /// spec/mistral-openapi-supplement.json: what the official SDK reaches beyond it.
    Supplement,
}

impl SpecId {
    pub fn label(self) -> &'static str {
        match self {
            SpecId::Main => "published",
            SpecId::Supplement => "supplement",
        }
    }

    /// The doc line naming the description.
    pub fn doc(self) -> &'static str {
        match self {
            SpecId::Main => "the published spec (`spec/mistral-openapi.json`)",
            SpecId::Supplement => "the supplement (`spec/mistral-openapi-supplement.json`)",
        }
    }
}

pub struct Specs {
    pub main: Value,
    pub supplement: Value,
}

impl Specs {
    pub fn load(root: &Path) -> Result<Specs, String> {
        let read = |name: &str| -> Result<Value, String> {
            let path = root.join("spec").join(name);
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
        };
        Ok(Specs {
            main: read("mistral-openapi.json")?,
            supplement: read("mistral-openapi-supplement.json")?,
        })
    }

    pub fn doc(&self, id: SpecId) -> &Value {
        match id {
            SpecId::Main => &self.main,
            SpecId::Supplement => &self.supplement,
        }
    }

    /// A component schema.
    pub fn schema(&self, id: SpecId, name: &str) -> Option<&Value> {
        self.doc(id)
            .pointer(&format!("/components/schemas/{}", pointer_escape(name)))
    }

    /// Every operation of both descriptions, in spec order (published first).
    pub fn operations(&self) -> Vec<Operation> {
        let mut out = Vec::new();
        for id in [SpecId::Main, SpecId::Supplement] {
            let Some(paths) = self.doc(id).get("paths").and_then(Value::as_object) else {
                continue;
            };
            for (raw_path, item) in paths {
                let Some(item) = item.as_object() else { continue };
                let shared_params: Vec<Value> = item
                    .get("parameters")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                for method in ["get", "post", "put", "patch", "delete"] {
                    let Some(op) = item.get(method) else { continue };
                    let op_id = op.get("operationId").and_then(Value::as_str).unwrap_or("");
                    let tag = crate::plan::retag(
                        op_id,
                        op.pointer("/tags/0")
                            .and_then(Value::as_str)
                            .unwrap_or("untagged"),
                    );
                    let mut params = shared_params.clone();
                    params.extend(
                        op.get("parameters")
                            .and_then(Value::as_array)
                            .cloned()
                            .unwrap_or_default(),
                    );
                    let path = raw_path.split('#').next().unwrap_or(raw_path).to_owned();
                    out.push(Operation {
                        spec: id,
                        method: method.to_uppercase(),
                        raw_path: raw_path.clone(),
                        path,
                        id: op
                            .get("operationId")
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .to_owned(),
                        tag,
                        sdk_method: op.get("x-sdk-method").and_then(Value::as_str).map(str::to_owned),
                        params,
                        op: op.clone(),
                    });
                }
            }
        }
        out
    }
}

pub fn pointer_escape(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// One operation.
#[derive(Clone, Debug)]
pub struct Operation {
    pub spec: SpecId,
    pub method: String,
    /// The path as the spec keys it (`/v1/x#stream` for an SSE twin).
    pub raw_path: String,
    /// The path without the `#...` the specs add to tell twins apart.
    pub path: String,
    pub id: String,
    pub tag: String,
    pub sdk_method: Option<String>,
    pub params: Vec<Value>,
    pub op: Value,
}

impl Operation {
    /// The API group (the tag without `beta.`, first segment) and the rest of the tag.
    pub fn group_and_rest(&self) -> (String, String) {
        group_and_rest(&self.tag)
    }

    pub fn deprecated(&self) -> Option<String> {
        if self.op.get("deprecated").and_then(Value::as_bool) != Some(true) {
            return None;
        }
        Some(
            self.op
                .get("x-speakeasy-deprecation-message")
                .and_then(Value::as_str)
                .unwrap_or("deprecated by the API")
                .to_owned(),
        )
    }

    /// The JSON request body schema, or the media type when it is not JSON.
    pub fn body(&self) -> Option<(&str, &Value)> {
        let content = self.op.pointer("/requestBody/content")?.as_object()?;
        content
            .iter()
            .next()
            .map(|(ct, v)| (ct.as_str(), v.get("schema").unwrap_or(&Value::Null)))
    }

    /// The success answer: its status, media type and schema (`None`: no body).
    pub fn success(&self) -> Option<(String, Option<(String, Value)>)> {
        let responses = self.op.get("responses")?.as_object()?;
        let (code, r) = responses.iter().find(|(c, _)| c.starts_with('2'))?;
        let content = r
            .get("content")
            .and_then(Value::as_object)
            .and_then(|c| c.iter().next());
        Some((
            code.clone(),
            content.map(|(ct, v)| (ct.clone(), v.get("schema").cloned().unwrap_or(Value::Null))),
        ))
    }

    pub fn is_sse(&self) -> bool {
        matches!(self.success(), Some((_, Some((ct, _)))) if ct == "text/event-stream")
    }
}

pub fn group_and_rest(tag: &str) -> (String, String) {
    let t = tag.strip_prefix("beta.").unwrap_or(tag);
    let mut parts = t.splitn(2, '.');
    let group = parts.next().unwrap_or("").replace('-', "_");
    let rest = parts.next().unwrap_or("").to_owned();
    (group, rest)
}
