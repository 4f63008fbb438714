// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `realtime` API group's handles (`client.realtime()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `realtime` API group (generated from the spec; cargo feature `realtime`), blocking.
    pub fn realtime(&self) -> Realtime<'_> {
        Realtime {
            inner: self.client.realtime(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Realtime`](crate::generated::realtime::Realtime): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Realtime<'a> {
    inner: crate::generated::realtime::Realtime<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Realtime<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Realtime").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Realtime => inner.core.opts);

impl<'a> Realtime<'a> {
    /// The `sessions` calls.
    pub fn sessions(&self) -> RealtimeSessions<'a> {
        RealtimeSessions {
            inner: self.inner.sessions(),
            rt: self.rt,
        }
    }
}

/// The blocking twin of [`RealtimeSessions`](crate::generated::realtime::RealtimeSessions): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct RealtimeSessions<'a> {
    inner: crate::generated::realtime::RealtimeSessions<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for RealtimeSessions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::RealtimeSessions")
            .field(&self.inner)
            .finish()
    }
}

crate::pipeline::per_call_setters!(RealtimeSessions => inner.core.opts);

impl<'a> RealtimeSessions<'a> {
    /// [`create`](crate::generated::realtime::RealtimeSessions::create), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn create(
        &self,
        body: &mistral_types::generated::realtime::CreateRealtimeSessionRequest,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::realtime::CreateRealtimeSessionResponse>>
    {
        self.rt.run(self.inner.create(body))
    }
}
