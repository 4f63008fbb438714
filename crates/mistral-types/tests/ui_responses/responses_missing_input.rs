use mistral_types::responses::ResponseRequest;

fn main() {
    let _ = ResponseRequest::builder().model("mistral-medium-latest").instructions("Be brief.").build();
}
