//! JSON schemas from Rust types (schemars 1.x), made ready for Mistral's strict mode.

use schemars::JsonSchema;
use serde_json::Value;

/// The JSON schema of `T`, made strict-ready:
///
/// - every object schema with `properties` (in `$defs` too) gets `additionalProperties: false`;
/// - every property is listed in `required`. Properties that were optional (`Option<T>`) keep
///   their nullable schema, so the model sends `null` for "absent" and `T` still deserializes;
/// - the `$schema` keyword is dropped (it is not part of the value's description).
///
/// Maps (`HashMap<String, V>`) keep their `additionalProperties` schema.
pub fn strict_schema_for<T: JsonSchema>() -> Value {
    let schema = schemars::SchemaGenerator::default().into_root_schema_for::<T>();
    let mut value = schema.to_value();
    if let Value::Object(m) = &mut value {
        m.remove("$schema");
    }
    make_strict(&mut value);
    value
}

/// Applies the strict rules of [`strict_schema_for`] to a schema in place.
pub fn make_strict(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                let names: Vec<Value> = props.keys().cloned().map(Value::String).collect();
                map.insert("required".into(), Value::Array(names));
                if !map.contains_key("additionalProperties") {
                    map.insert("additionalProperties".into(), Value::Bool(false));
                }
            } else if map.get("type").and_then(Value::as_str) == Some("object")
                && !map.contains_key("additionalProperties")
            {
                map.insert("additionalProperties".into(), Value::Bool(false));
            }
            for (_, v) in map.iter_mut() {
                make_strict(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(make_strict),
        _ => {}
    }
}

/// The schema name for `T`: its schemars name, restricted to `[a-zA-Z0-9_-]{1,64}`.
pub fn schema_name<T: JsonSchema>() -> String {
    let raw = T::schema_name();
    let mut name: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    if name.is_empty() {
        name.push_str("schema");
    }
    name
}
