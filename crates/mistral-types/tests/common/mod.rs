//! Shared test helpers.

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
