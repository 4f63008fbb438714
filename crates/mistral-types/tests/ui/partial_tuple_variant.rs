use mistral_types::partial::Partial;

#[derive(Partial, serde::Deserialize)]
#[partial(crate = "mistral_types")]
enum Move {
    To(u32, u32),
    Stay,
}

fn main() {}
