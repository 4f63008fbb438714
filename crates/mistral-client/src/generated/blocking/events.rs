// generated from the spec by `cargo xtask codegen`: do not edit
//! The blocking twins of the `events` API group's handles (`client.events()` on the
//! blocking client).

impl crate::blocking::Client {
    /// The `events` API group (generated from the spec; cargo feature `events`), blocking.
    pub fn events(&self) -> Events<'_> {
        Events {
            inner: self.client.events(),
            rt: &self.rt,
        }
    }
}

/// The blocking twin of [`Events`](crate::generated::events::Events): the same per-call
/// overrides and calls, each run to completion on the client's runtime.
#[derive(Clone)]
#[must_use]
pub struct Events<'a> {
    inner: crate::generated::events::Events<'a>,
    rt: &'a crate::blocking::Runtime,
}

impl std::fmt::Debug for Events<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("blocking::Events").field(&self.inner).finish()
    }
}

crate::pipeline::per_call_setters!(Events => inner.core.opts);

impl<'a> Events<'a> {
    /// [`get_workflow_events`](crate::generated::events::Events::get_workflow_events), blocking.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow_events(
        &self,
        query: &mistral_types::generated::events::EventsGetWorkflowEventsQuery,
    ) -> crate::Result<crate::WithMeta<mistral_types::generated::events::ListWorkflowEventResponse>> {
        self.rt.run(self.inner.get_workflow_events(query))
    }

    /// [`get_workflow_events_all`](crate::generated::events::Events::get_workflow_events_all), blocking: each page is
    /// fetched as the listing is read.
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_workflow_events_all(
        &self,
        query: &mistral_types::generated::events::EventsGetWorkflowEventsQuery,
    ) -> crate::Result<
        crate::blocking::Paginator<'a, mistral_types::generated::events::ListWorkflowEventResponseEventsItem>,
    > {
        Ok(crate::blocking::Paginator {
            inner: self.inner.get_workflow_events_all(query)?,
            rt: self.rt,
        })
    }

    /// [`get_stream_events`](crate::generated::events::Events::get_stream_events), as an [`Iterator`] of its events (each read on the client's runtime).
    ///
    /// # Errors
    /// As the async call; and when called from inside an async runtime.
    pub fn get_stream_events(
        &self,
        query: &mistral_types::generated::events::EventsGetStreamEventsQuery,
    ) -> crate::Result<
        crate::blocking::Events<'a, mistral_types::generated::events::EventsGetStreamEventsEvent>,
    > {
        let stream = self.rt.run(self.inner.get_stream_events(query))?;
        Ok(crate::blocking::Events::new(stream, self.rt))
    }
}
