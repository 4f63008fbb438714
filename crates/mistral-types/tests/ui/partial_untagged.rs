use mistral_types::partial::Partial;

// No tag says which variant a partial value is.
#[derive(Partial, serde::Deserialize)]
#[partial(crate = "mistral_types")]
#[serde(untagged)]
enum Either {
    Number { n: u32 },
    Text { s: String },
}

fn main() {}
