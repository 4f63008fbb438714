// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the generated handles (`crate::blocking`, feature `blocking`): one
//! module per API group, behind the group's feature.

#[cfg(feature = "admin")]
pub mod admin;
#[cfg(feature = "connectors")]
pub mod connectors;
#[cfg(feature = "context")]
pub mod context;
#[cfg(feature = "events")]
pub mod events;
#[cfg(feature = "observability")]
pub mod observability;
#[cfg(feature = "prompts")]
pub mod prompts;
#[cfg(feature = "rag")]
pub mod rag;
#[cfg(feature = "realtime")]
pub mod realtime;
#[cfg(feature = "service-accounts")]
pub mod service_accounts;
#[cfg(feature = "skills")]
pub mod skills;
#[cfg(feature = "triggers")]
pub mod triggers;
#[cfg(feature = "users")]
pub mod users;
#[cfg(feature = "voice")]
pub mod voice;
#[cfg(feature = "webhooks")]
pub mod webhooks;
#[cfg(feature = "workflows")]
pub mod workflows;
