use mistral_types::libraries::CreateLibraryRequest;

fn main() {
    let _ = CreateLibraryRequest::builder().description("no name").build();
}
