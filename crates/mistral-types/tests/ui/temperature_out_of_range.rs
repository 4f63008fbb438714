use mistral_types::Temperature;

const T: Temperature = Temperature::new(2.0);

fn main() {
    let _ = T;
}
