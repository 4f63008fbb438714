//! Strict JSON schemas derived from Rust types: the strict rules hold at every level, each
//! schema is snapshotted, compiles as a JSON Schema, and validates a value serialized from the type.

use std::collections::BTreeMap;

use mistral_types::{strict_schema_for, ResponseFormat, Tool};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(JsonSchema, Serialize, Deserialize)]
struct Order {
    id: u64,
    customer: Customer,
    lines: Vec<Line>,
    note: Option<String>,
    status: Status,
    payment: Payment,
    tags: BTreeMap<String, String>,
    #[serde(default)]
    priority: u8,
}

#[derive(JsonSchema, Serialize, Deserialize)]
struct Customer {
    name: String,
    email: Option<String>,
}

#[derive(JsonSchema, Serialize, Deserialize)]
struct Line {
    sku: String,
    quantity: u32,
    price: f64,
}

#[derive(JsonSchema, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Status {
    Pending,
    Shipped,
}

#[derive(JsonSchema, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Payment {
    Card { last4: String },
    Transfer { iban: String, reference: Option<String> },
}

/// Every object schema with properties is closed and lists every property as required.
fn assert_strict(v: &Value, path: &str) {
    match v {
        Value::Object(m) => {
            if let Some(Value::Object(props)) = m.get("properties") {
                assert_eq!(m.get("additionalProperties"), Some(&Value::Bool(false)), "{path}");
                let req: Vec<&str> = m["required"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap())
                    .collect();
                for k in props.keys() {
                    assert!(req.contains(&k.as_str()), "{path}: {k} not required");
                }
            }
            for (k, c) in m {
                assert_strict(c, &format!("{path}/{k}"));
            }
        }
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, c)| assert_strict(c, &format!("{path}/{i}"))),
        _ => {}
    }
}

fn sample() -> Order {
    Order {
        id: 7,
        customer: Customer {
            name: "Ada".into(),
            email: None,
        },
        lines: vec![Line {
            sku: "A-1".into(),
            quantity: 2,
            price: 9.5,
        }],
        note: Some("fragile".into()),
        status: Status::Shipped,
        payment: Payment::Transfer {
            iban: "FR76".into(),
            reference: None,
        },
        tags: [("gift".to_string(), "yes".to_string())].into(),
        priority: 1,
    }
}

#[test]
fn order_schema_is_strict_and_validates_samples() {
    let schema = strict_schema_for::<Order>();
    assert_strict(&schema, "#");
    assert!(schema.get("$schema").is_none());
    insta::assert_json_snapshot!(schema);
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let value = serde_json::to_value(sample()).unwrap();
    let errors: Vec<String> = validator.iter_errors(&value).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    // The schema must be able to reject: an extra key is not allowed.
    let mut extra = value.clone();
    extra["customer"]["age"] = 3.into();
    assert!(!validator.is_valid(&extra));
    // And an absent optional must be sent as null, as strict mode requires.
    let mut missing = value;
    missing["customer"].as_object_mut().unwrap().remove("email");
    assert!(!validator.is_valid(&missing));
}

#[test]
fn response_format_and_tool_use_the_type() {
    let rf = serde_json::to_value(ResponseFormat::json_schema::<Order>()).unwrap();
    assert_eq!(rf["type"], "json_schema");
    assert_eq!(rf["json_schema"]["name"], "Order");
    assert_eq!(rf["json_schema"]["strict"], true);
    assert_eq!(rf["json_schema"]["schema"], strict_schema_for::<Order>());
    let tool = serde_json::to_value(Tool::function::<Customer>("save_customer", "Save it")).unwrap();
    assert_eq!(
        tool["function"]["parameters"]["required"],
        serde_json::json!(["name", "email"])
    );
    assert_eq!(tool["function"]["strict"], true);
}

#[test]
fn generic_type_names_are_sanitized() {
    #[derive(JsonSchema)]
    struct Wrapper<T> {
        #[allow(dead_code)]
        inner: T,
    }
    let name = mistral_types::schema_name::<Wrapper<Vec<u8>>>();
    assert!(
        name.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'),
        "{name}"
    );
    assert!(!name.is_empty() && name.len() <= 64);
}

/// One shape: its strict schema is snapshotted, compiles as a JSON Schema, is strict at every
/// level, accepts a value serialized from the Rust type, and rejects an extra key.
macro_rules! shape {
    ($test:ident, $ty:ty, $sample:expr) => {
        #[test]
        fn $test() {
            let schema = strict_schema_for::<$ty>();
            assert_strict(&schema, "#");
            insta::assert_json_snapshot!(stringify!($test), schema);
            let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
            let value = serde_json::to_value(&$sample).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&value)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{value}: {errors:?}");
            let back: $ty = serde_json::from_value(value).unwrap();
            let _ = back;
        }
    };
}

#[derive(JsonSchema, Serialize, Deserialize)]
struct Nested {
    outer: String,
    inner: Inner,
}
#[derive(JsonSchema, Serialize, Deserialize)]
struct Inner {
    depth: u8,
    leaf: Leaf,
}
#[derive(JsonSchema, Serialize, Deserialize)]
struct Leaf {
    ok: bool,
}
shape!(
    shape_nested_structs,
    Nested,
    Nested {
        outer: "o".into(),
        inner: Inner {
            depth: 2,
            leaf: Leaf { ok: true }
        }
    }
);

#[derive(JsonSchema, Serialize, Deserialize)]
struct Lists {
    numbers: Vec<i64>,
    matrix: Vec<Vec<f64>>,
    people: Vec<Customer>,
}
shape!(
    shape_vecs,
    Lists,
    Lists {
        numbers: vec![1, -2],
        matrix: vec![vec![0.5]],
        people: vec![Customer {
            name: "A".into(),
            email: None
        }]
    }
);

#[derive(JsonSchema, Serialize, Deserialize)]
struct Optionals {
    a: Option<String>,
    b: Option<Inner>,
    c: Option<Vec<u32>>,
}
shape!(
    shape_options,
    Optionals,
    Optionals {
        a: None,
        b: Some(Inner {
            depth: 0,
            leaf: Leaf { ok: false }
        }),
        c: None
    }
);

shape!(shape_unit_enum, Status, Status::Pending);

#[derive(JsonSchema, Serialize, Deserialize)]
enum Shape {
    Circle { radius: f64 },
    Square(f64),
    Point,
}
#[derive(JsonSchema, Serialize, Deserialize)]
struct Shapes {
    items: Vec<Shape>,
}
shape!(
    shape_data_enum_external,
    Shapes,
    Shapes {
        items: vec![Shape::Circle { radius: 1.0 }, Shape::Square(2.0), Shape::Point]
    }
);

shape!(
    shape_data_enum_internal,
    Payment,
    Payment::Card { last4: "4242".into() }
);

#[derive(JsonSchema, Serialize, Deserialize)]
struct Maps {
    counts: std::collections::HashMap<String, u32>,
    nested: BTreeMap<String, Leaf>,
}
shape!(
    shape_maps,
    Maps,
    Maps {
        counts: [("a".to_string(), 1)].into(),
        nested: [("k".to_string(), Leaf { ok: true })].into()
    }
);
