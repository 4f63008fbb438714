use mistral_types::responses::ResponseRequest;

fn main() {
    let _ = ResponseRequest::builder().input("Hi").build();
}
