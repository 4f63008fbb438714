use mistral_types::libraries::{AccessGrant, EntityType};

fn main() {
    let _ = AccessGrant::builder()
        .share_with_uuid("0196a0a2-0000-7000-8000-00000000000a")
        .share_with_type(EntityType::Workspace)
        .build();
}
