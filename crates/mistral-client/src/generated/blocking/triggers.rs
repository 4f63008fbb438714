// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `triggers` API group's handles (`client.triggers()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `triggers` API group (generated from the spec; cargo feature `triggers`), blocking.
    pub fn triggers(&self) -> Triggers<'_> {
        Triggers {
            inner: self.client.triggers(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Triggers`](crate::generated::triggers::Triggers): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Triggers<'a> {
    inner: crate::generated::triggers::Triggers<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Triggers<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Triggers").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Triggers => inner.core.opts);

impl<'a> Triggers<'a> {
    /// [`list`](crate::generated::triggers::Triggers::list), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list(
        &self,
        query: &mistral_types::generated::triggers::TriggersListQuery,
    ) -> crate::Result<crate::WithMeta<Vec<mistral_types::generated::triggers::Trigger>>> {
        self.rt.run(self.inner.list(query))
    }

    /// [`create`](crate::generated::triggers::Triggers::create), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create(
        &self,
        body: &mistral_types::generated::triggers::CreateTrigger,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::triggers::Trigger>> {
        self.rt.run(self.inner.create(body))
    }

    /// [`get`](crate::generated::triggers::Triggers::get), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get(
        &self,
        trigger_id: &str,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::triggers::Trigger>> {
        self.rt.run(self.inner.get(trigger_id))
    }

    /// [`delete`](crate::generated::triggers::Triggers::delete), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn delete(&self, trigger_id: &str) -> crate::Result<crate::WithMeta<()>> {
        self.rt.run(self.inner.delete(trigger_id))
    }

    /// [`list_events`](crate::generated::triggers::Triggers::list_events), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn list_events(
        &self,
        trigger_id: &str,
        query: &mistral_types::generated::triggers::TriggersListEventsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::triggers::TriggerEventList>> {
        self.rt.run(self.inner.list_events(trigger_id, query))
    }
}
