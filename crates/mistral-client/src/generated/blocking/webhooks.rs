// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `webhooks` API group's handles (`client.webhooks()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `webhooks` API group (generated from the spec; cargo feature `webhooks`), blocking.
    pub fn webhooks(&self) -> Webhooks<'_> {
        Webhooks {
            inner: self.client.webhooks(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Webhooks`](crate::generated::webhooks::Webhooks): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Webhooks<'a> {
    inner: crate::generated::webhooks::Webhooks<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Webhooks<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Webhooks").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Webhooks => inner.core.opts);

impl<'a> Webhooks<'a> {
    /// [`list`](crate::generated::webhooks::Webhooks::list), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list(&self) -> crate::Result<crate::WithMeta<Vec<mistral_types::generated::common::Webhook>>> {
        self.rt.run(self.inner.list())
    }

    /// [`create`](crate::generated::webhooks::Webhooks::create), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create(
        &self,
        body: &mistral_types::generated::webhooks::CreateWebhook,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::common::Webhook>> {
        self.rt.run(self.inner.create(body))
    }

    /// [`get`](crate::generated::webhooks::Webhooks::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        webhook_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::common::Webhook>> {
        self.rt.run(self.inner.get(webhook_id))
    }

    /// [`delete`](crate::generated::webhooks::Webhooks::delete), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete(&self, webhook_id: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.delete(webhook_id))
    }

    /// [`get_signing_secret`](crate::generated::webhooks::Webhooks::get_signing_secret), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_signing_secret(
        &self,
        webhook_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::webhooks::WebhookSigningSecret>> {
        self.rt.run(self.inner.get_signing_secret(webhook_id))
    }
}
