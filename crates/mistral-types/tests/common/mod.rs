//! Shared test helpers.
#![allow(dead_code)] // each test file uses some of them

use serde_json::{json, Value};

/// A validator for one schema of the vendored spec (`spec/api-schemas.json`), `$ref`s resolved.
pub fn spec_validator(root: &str) -> jsonschema::Validator {
    let mut doc: Value = serde_json::from_str(include_str!("../../spec/api-schemas.json")).unwrap();
    doc["$ref"] = json!(format!("#/components/schemas/{root}"));
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&doc)
        .expect("the vendored spec compiles")
}

/// What the spec schema `root` finds wrong with `v` (empty when it conforms).
pub fn spec_errors(v: &Value, root: &str) -> Vec<String> {
    spec_validator(root)
        .iter_errors(v)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

/// Validates `req`, serializes it, checks it against the spec schema `root` and that it reads
/// back equal; returns the JSON.
pub fn wire<R>(req: &R, root: &str) -> Value
where
    R: mistral_types::ApiRequest + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    req.check().expect("request is valid");
    let v = serde_json::to_value(req).unwrap();
    let errors = spec_errors(&v, root);
    assert!(errors.is_empty(), "{root}: {errors:#?}\n{v:#}");
    let back: R = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(&back, req, "round trip");
    v
}

/// The property names of the spec schema `root`, sorted.
pub fn spec_properties(root: &str) -> Vec<String> {
    let doc: Value = serde_json::from_str(include_str!("../../spec/api-schemas.json")).unwrap();
    let mut names: Vec<String> = doc["components"]["schemas"][root]["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("{root} has properties"))
        .keys()
        .cloned()
        .collect();
    names.sort();
    names
}

/// `fields`, owned and sorted.
pub fn sorted(fields: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = fields.iter().map(|s| (*s).to_owned()).collect();
    v.sort();
    v
}
