use mistral_types::FimRequest;

fn main() {
    let _ = FimRequest::builder().prompt("def fib(n):").build();
}
