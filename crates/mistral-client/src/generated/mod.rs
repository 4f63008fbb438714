// generated from the spec by `cargo xtask codegen`: do not edit
//! Handles generated from the spec (`cargo xtask codegen`): one module per API group, each
//! behind the cargo feature of the same name, with its wire types re-exported.

#[cfg(any(
    feature = "admin",
    feature = "connectors",
    feature = "context",
    feature = "events",
    feature = "observability",
    feature = "prompts",
    feature = "rag",
    feature = "realtime",
    feature = "service-accounts",
    feature = "skills",
    feature = "triggers",
    feature = "users",
    feature = "voice",
    feature = "webhooks",
    feature = "workflows"
))]
pub use mistral_types::generated::common;
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
pub(crate) mod ops;
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

impl crate::Client {
    /// The `admin` API group (generated from the spec; cargo feature `admin`).
    #[cfg(feature = "admin")]
    pub fn admin(&self) -> admin::Admin<'_> {
        admin::Admin::new(self)
    }

    /// The `connectors` API group (generated from the spec; cargo feature `connectors`).
    #[cfg(feature = "connectors")]
    pub fn connectors(&self) -> connectors::Connectors<'_> {
        connectors::Connectors::new(self)
    }

    /// The `context` API group (generated from the spec; cargo feature `context`).
    #[cfg(feature = "context")]
    pub fn context(&self) -> context::Context<'_> {
        context::Context::new(self)
    }

    /// The `events` API group (generated from the spec; cargo feature `events`).
    #[cfg(feature = "events")]
    pub fn events(&self) -> events::Events<'_> {
        events::Events::new(self)
    }

    /// The `observability` API group (generated from the spec; cargo feature `observability`).
    #[cfg(feature = "observability")]
    pub fn observability(&self) -> observability::Observability<'_> {
        observability::Observability::new(self)
    }

    /// The `prompts` API group (generated from the spec; cargo feature `prompts`).
    #[cfg(feature = "prompts")]
    pub fn prompts(&self) -> prompts::Prompts<'_> {
        prompts::Prompts::new(self)
    }

    /// The `rag` API group (generated from the spec; cargo feature `rag`).
    #[cfg(feature = "rag")]
    pub fn rag(&self) -> rag::Rag<'_> {
        rag::Rag::new(self)
    }

    /// The `realtime` API group (generated from the spec; cargo feature `realtime`).
    #[cfg(feature = "realtime")]
    pub fn realtime(&self) -> realtime::Realtime<'_> {
        realtime::Realtime::new(self)
    }

    /// The `service_accounts` API group (generated from the spec; cargo feature `service-accounts`).
    #[cfg(feature = "service-accounts")]
    pub fn service_accounts(&self) -> service_accounts::ServiceAccounts<'_> {
        service_accounts::ServiceAccounts::new(self)
    }

    /// The `skills` API group (generated from the spec; cargo feature `skills`).
    #[cfg(feature = "skills")]
    pub fn skills(&self) -> skills::Skills<'_> {
        skills::Skills::new(self)
    }

    /// The `triggers` API group (generated from the spec; cargo feature `triggers`).
    #[cfg(feature = "triggers")]
    pub fn triggers(&self) -> triggers::Triggers<'_> {
        triggers::Triggers::new(self)
    }

    /// The `users` API group (generated from the spec; cargo feature `users`).
    #[cfg(feature = "users")]
    pub fn users(&self) -> users::Users<'_> {
        users::Users::new(self)
    }

    /// The `voice` API group (generated from the spec; cargo feature `voice`).
    #[cfg(feature = "voice")]
    pub fn voice(&self) -> voice::Voice<'_> {
        voice::Voice::new(self)
    }

    /// The `webhooks` API group (generated from the spec; cargo feature `webhooks`).
    #[cfg(feature = "webhooks")]
    pub fn webhooks(&self) -> webhooks::Webhooks<'_> {
        webhooks::Webhooks::new(self)
    }

    /// The `workflows` API group (generated from the spec; cargo feature `workflows`).
    #[cfg(feature = "workflows")]
    pub fn workflows(&self) -> workflows::Workflows<'_> {
        workflows::Workflows::new(self)
    }
}

/// A JSON answer of any shape: generated answers are decoded leniently, so none is an empty
/// shell.
#[derive(serde::Deserialize)]
#[serde(transparent)]
#[allow(dead_code)]
pub(crate) struct Json<T>(pub(crate) T);

impl<T: serde::de::DeserializeOwned> crate::pipeline::Decode for Json<T> {
    fn is_empty_shell(&self) -> bool {
        false
    }
}

/// Sends `call` and decodes its JSON answer.
#[allow(dead_code)]
pub(crate) async fn json<T: serde::de::DeserializeOwned + Send>(
    core: &crate::pipeline::Core<'_>,
    call: crate::pipeline::Call<'_>,
) -> crate::error::Result<crate::meta::WithMeta<T>> {
    let (value, meta) = core.fetch::<Json<T>>(call).await?.into_parts();
    Ok(crate::meta::WithMeta::new(value.0, meta))
}

/// Sends `call` and streams its answer's body into `out`.
#[allow(dead_code)]
pub(crate) async fn write_into<W>(
    core: &crate::pipeline::Core<'_>,
    call: crate::pipeline::Call<'_>,
    out: &mut W,
) -> crate::error::Result<crate::meta::WithMeta<u64>>
where
    W: tokio::io::AsyncWrite + Unpin + Send + ?Sized,
{
    core.fetch_into(call, &mut crate::pipeline::Writer(out)).await
}

/// `path` with `query` appended (when not empty).
#[allow(dead_code)]
pub(crate) fn with_query(mut path: String, query: &str) -> String {
    if !query.is_empty() {
        path.push('?');
        path.push_str(query);
    }
    path
}
