use mistral_types::partial::Partial;

// A generic type's partial cannot be written by the derive.
#[derive(Partial, serde::Deserialize)]
#[partial(crate = "mistral_types")]
struct Page<T> {
    items: Vec<T>,
}

fn main() {}
