//! One lazy paginator for every list endpoint. The API lists in several styles (`page` +
//! `page_size` with `{data, total}` or a bare array, `page_token`/`next_page_token`,
//! `limit`/`offset`); each is an [`Adapter`] (where the position goes in the query, how to read
//! a page's items and the next position), and [`Paginator`] is written once over them.
//!
//! Each page is one call through the normal pipeline, so it is retried and timed on its own.
//! The listing stops on an empty page, once `total` items are read, when a page names no next
//! position, when a cursor comes back a second time (a server repeating a cursor cannot make
//! it loop), or after the optional [`max_pages`](Paginator::max_pages).

use std::collections::HashSet;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures_core::Stream;
use http::Method;

use crate::client::Client;
use crate::error::Result;
use crate::meta::ResponseMeta;
use crate::pipeline::{Call, CallOptions, Core, Decode};

/// Where a page is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Position {
    /// A page number or an item offset, as the adapter reads it.
    Number(u64),
    /// A cursor; `None` asks for the first page.
    Cursor(Option<String>),
}

/// What an adapter reads from one page.
pub(crate) struct Turn<T> {
    pub(crate) items: Vec<T>,
    /// The next page; `None` when this page says it is the last.
    pub(crate) next: Option<Position>,
    /// How many items the whole list has, when the page says.
    pub(crate) total: Option<u64>,
}

/// One list style: what each list endpoint declares.
pub(crate) trait Adapter: Send + Sync + 'static {
    /// A page as the server sends it.
    type Response: Decode + Send + 'static;
    /// One listed item.
    type Item: Send + 'static;
    /// The operation name of each page's call (its span's).
    fn operation(&self) -> &'static str;
    /// The first page's position.
    fn first(&self) -> Position;
    /// How many items come before the first page: the `total` rule counts from the list's
    /// start. Zero when unknown (the listing then only stops later, never earlier).
    fn skipped(&self) -> u64 {
        0
    }
    /// The path and query of the page at `at`.
    fn path(&self, at: &Position) -> String;
    /// The items of the page read at `at` and where the next one is.
    fn read(&self, response: Self::Response, at: &Position) -> Turn<Self::Item>;
}

/// How a numbered list moves to its next page.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Step {
    /// `page`: one more.
    Pages,
    /// `offset`: as many as the page held.
    Items,
}

/// A numbered list (`page` + `page_size`, or `offset` + `limit`): `path` puts the number in
/// the query, `read` takes a page's items and `total` out of the response.
pub(crate) struct Numbered<R, T, P, F> {
    operation: &'static str,
    step: Step,
    first: u64,
    skipped: u64,
    /// The largest number the query can carry (a `u32` field's maximum): no page past it.
    last: u64,
    path: P,
    read: F,
    _types: PhantomData<fn(R) -> T>,
}

impl<R, T, P, F> Numbered<R, T, P, F> {
    pub(crate) fn new(operation: &'static str, step: Step, first: u64, path: P, read: F) -> Self {
        Numbered {
            operation,
            step,
            first,
            skipped: 0,
            last: u64::MAX,
            path,
            read,
            _types: PhantomData,
        }
    }

    /// How many items come before the first page, when known.
    pub(crate) fn skipped(mut self, n: u64) -> Self {
        self.skipped = n;
        self
    }

    /// The largest number the query can carry.
    pub(crate) fn last(mut self, n: u64) -> Self {
        self.last = n;
        self
    }
}

impl<R, T, P, F> Adapter for Numbered<R, T, P, F>
where
    R: Decode + Send + 'static,
    T: Send + 'static,
    P: Fn(u64) -> String + Send + Sync + 'static,
    F: Fn(R) -> (Vec<T>, Option<u64>) + Send + Sync + 'static,
{
    type Response = R;
    type Item = T;

    fn operation(&self) -> &'static str {
        self.operation
    }

    fn first(&self) -> Position {
        Position::Number(self.first)
    }

    fn skipped(&self) -> u64 {
        self.skipped
    }

    fn path(&self, at: &Position) -> String {
        match at {
            Position::Number(n) => (self.path)(*n),
            Position::Cursor(_) => (self.path)(self.first),
        }
    }

    fn read(&self, response: R, at: &Position) -> Turn<T> {
        let (items, total) = (self.read)(response);
        let n = match at {
            Position::Number(n) => *n,
            Position::Cursor(_) => self.first,
        };
        let step = match self.step {
            Step::Pages => 1,
            Step::Items => items.len() as u64,
        };
        let next = n
            .checked_add(step)
            .filter(|m| *m <= self.last)
            .map(Position::Number);
        Turn { items, next, total }
    }
}

/// A `page` + `page_size` listing with a `u32` page field, from page `first` (0 when unset):
/// `path` writes a page's path and query, `read` takes a page's items and `total`.
pub(crate) fn page_numbered<R, T>(
    core: &Core<'_>,
    operation: &'static str,
    (first, page_size): (Option<u32>, Option<u32>),
    path: impl Fn(u32) -> String + Send + Sync + 'static,
    read: impl Fn(R) -> (Vec<T>, Option<u64>) + Send + Sync + 'static,
) -> Paginator<T>
where
    R: Decode + Send + 'static,
    T: Send + 'static,
{
    page_numbered_from(core, operation, 0, (first, page_size), path, read)
}

/// [`page_numbered`] for an API whose pages count from `base` (1 for some): the first page is
/// `first`, else `base`, and the items before `first` (for the total) are
/// `(first - base) * page_size`.
pub(crate) fn page_numbered_from<R, T>(
    core: &Core<'_>,
    operation: &'static str,
    base: u32,
    (first, page_size): (Option<u32>, Option<u32>),
    path: impl Fn(u32) -> String + Send + Sync + 'static,
    read: impl Fn(R) -> (Vec<T>, Option<u64>) + Send + Sync + 'static,
) -> Paginator<T>
where
    R: Decode + Send + 'static,
    T: Send + 'static,
{
    Paginator::new(
        core,
        numbered_from(operation, base, (first, page_size), path, read),
    )
}

/// The adapter of [`page_numbered`], for a listing that wraps it (see [`UntilNoMore`]).
pub(crate) fn page_numbered_adapter<R, T>(
    operation: &'static str,
    start: (Option<u32>, Option<u32>),
    path: impl Fn(u32) -> String + Send + Sync + 'static,
    read: impl Fn(R) -> (Vec<T>, Option<u64>) + Send + Sync + 'static,
) -> impl Adapter<Response = R, Item = T>
where
    R: Decode + Send + 'static,
    T: Send + 'static,
{
    numbered_from(operation, 0, start, path, read)
}

fn numbered_from<R, T>(
    operation: &'static str,
    base: u32,
    (first, page_size): (Option<u32>, Option<u32>),
    path: impl Fn(u32) -> String + Send + Sync + 'static,
    read: impl Fn(R) -> (Vec<T>, Option<u64>) + Send + Sync + 'static,
) -> impl Adapter<Response = R, Item = T>
where
    R: Decode + Send + 'static,
    T: Send + 'static,
{
    let first = first.unwrap_or(base).max(base);
    Numbered::new(
        operation,
        Step::Pages,
        u64::from(first),
        // `last` keeps the number within a `u32`.
        move |n| path(u32::try_from(n).unwrap_or(u32::MAX)),
        read,
    )
    .skipped(page_size.map_or(0, |size| u64::from(first - base) * u64::from(size)))
    .last(u64::from(u32::MAX))
}

/// Any list style whose pages also say whether another follows (a `has_more` flag, as in the
/// `pagination` object of the libraries' documents): `Some(false)` ends the listing there,
/// whatever the inner adapter would ask next; `None` (no flag) leaves it to the inner one.
pub(crate) struct UntilNoMore<A, M> {
    inner: A,
    more: M,
}

impl<A, M> UntilNoMore<A, M> {
    pub(crate) fn new(inner: A, more: M) -> Self {
        UntilNoMore { inner, more }
    }
}

impl<A, M> Adapter for UntilNoMore<A, M>
where
    A: Adapter,
    M: Fn(&A::Response) -> Option<bool> + Send + Sync + 'static,
{
    type Response = A::Response;
    type Item = A::Item;

    fn operation(&self) -> &'static str {
        self.inner.operation()
    }

    fn first(&self) -> Position {
        self.inner.first()
    }

    fn skipped(&self) -> u64 {
        self.inner.skipped()
    }

    fn path(&self, at: &Position) -> String {
        self.inner.path(at)
    }

    fn read(&self, response: A::Response, at: &Position) -> Turn<A::Item> {
        let more = (self.more)(&response);
        let mut turn = self.inner.read(response, at);
        if more == Some(false) {
            turn.next = None;
        }
        turn
    }
}

/// A `limit` + `offset` listing with a `u32` offset field, from offset `first` (0 when unset),
/// moving by as many items as each page held: `path` writes the path and query of the page at
/// an offset, `read` takes a page's items and `total`.
pub(crate) fn offset_numbered<R, T>(
    core: &Core<'_>,
    operation: &'static str,
    first: Option<u32>,
    path: impl Fn(u32) -> String + Send + Sync + 'static,
    read: impl Fn(R) -> (Vec<T>, Option<u64>) + Send + Sync + 'static,
) -> Paginator<T>
where
    R: Decode + Send + 'static,
    T: Send + 'static,
{
    let first = u64::from(first.unwrap_or(0));
    let adapter = Numbered::new(
        operation,
        Step::Items,
        first,
        // `last` keeps the number within a `u32`.
        move |n| path(u32::try_from(n).unwrap_or(u32::MAX)),
        read,
    )
    .skipped(first)
    .last(u64::from(u32::MAX));
    Paginator::new(core, adapter)
}

/// A cursor list (`page_token` / `next_page_token`): `path` puts the cursor in the query
/// (`None` for the first page), `read` takes a page's items, next cursor and total.
pub(crate) struct Cursors<R, T, P, F> {
    operation: &'static str,
    first: Option<String>,
    path: P,
    read: F,
    _types: PhantomData<fn(R) -> T>,
}

impl<R, T, P, F> Cursors<R, T, P, F> {
    pub(crate) fn new(operation: &'static str, first: Option<String>, path: P, read: F) -> Self {
        Cursors {
            operation,
            first,
            path,
            read,
            _types: PhantomData,
        }
    }
}

impl<R, T, P, F> Adapter for Cursors<R, T, P, F>
where
    R: Decode + Send + 'static,
    T: Send + 'static,
    P: Fn(Option<&str>) -> String + Send + Sync + 'static,
    F: Fn(R) -> (Vec<T>, Option<String>, Option<u64>) + Send + Sync + 'static,
{
    type Response = R;
    type Item = T;

    fn operation(&self) -> &'static str {
        self.operation
    }

    fn first(&self) -> Position {
        Position::Cursor(self.first.clone())
    }

    fn path(&self, at: &Position) -> String {
        match at {
            Position::Cursor(c) => (self.path)(c.as_deref()),
            Position::Number(_) => (self.path)(self.first.as_deref()),
        }
    }

    fn read(&self, response: R, _at: &Position) -> Turn<T> {
        let (items, next, total) = (self.read)(response);
        // An empty cursor is no cursor: the last page.
        let next = next.filter(|c| !c.is_empty()).map(|c| Position::Cursor(Some(c)));
        Turn { items, next, total }
    }
}

type PageFuture<T> = Pin<Box<dyn Future<Output = Result<(Turn<T>, ResponseMeta)>> + Send>>;

/// Fetches one page: an adapter over an owned client, so that a listing outlives the handle
/// that made it (and can be spawned).
trait Source<T>: Send + Sync {
    fn fetch(&self, at: &Position) -> PageFuture<T>;
}

struct Endpoint<A> {
    client: Client,
    opts: CallOptions,
    adapter: Arc<A>,
}

impl<A: Adapter> Source<A::Item> for Endpoint<A> {
    fn fetch(&self, at: &Position) -> PageFuture<A::Item> {
        let client = self.client.clone();
        let opts = self.opts.clone();
        let adapter = self.adapter.clone();
        let at = at.clone();
        Box::pin(async move {
            let core = Core {
                client: &client,
                opts,
            };
            core.check_headers()?;
            let call = Call::bare(adapter.operation(), Method::GET, adapter.path(&at));
            let (response, meta) = core.fetch::<A::Response>(call).await?.into_parts();
            Ok((adapter.read(response, &at), meta))
        })
    }
}

/// A lazy listing over every page of a list endpoint, from
/// [`Files::list_all`](crate::Files::list_all), [`Batch::list_all`](crate::Batch::list_all), ...
/// Nothing is sent until it is read, page by page ([`by_page`](Self::by_page)) or item by item
/// ([`by_item`](Self::by_item)), or all at once ([`collect`](Self::collect)).
///
/// Each page is one call with the handle's settings: retried and timed on its own. A page that
/// fails for good is yielded as an error, and the listing ends there. The listing ends on an
/// empty page (never yielded), once the list's `total` items are read, when a page names no
/// next one, when the server sends a cursor it sent before, or after
/// [`max_pages`](Self::max_pages) pages. The streams are `Send` and own what they need: they
/// can be spawned.
///
/// ```no_run
/// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
/// use mistral::files::FileListQuery;
///
/// let query = FileListQuery::builder().page_size(50).build();
/// let mut files = client.files().list_all(&query).max_pages(20).by_item();
/// while let Some(file) = files.next().await {
///     println!("{}", file?.id);
/// }
/// # Ok(()) }
/// ```
#[must_use = "a paginator sends nothing until it is read"]
pub struct Paginator<T> {
    source: Box<dyn Source<T>>,
    first: Position,
    skipped: u64,
    max_pages: Option<u32>,
}

impl<T> std::fmt::Debug for Paginator<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paginator")
            .field("max_pages", &self.max_pages)
            .finish_non_exhaustive()
    }
}

impl<T: Send + 'static> Paginator<T> {
    /// A listing of `adapter`'s endpoint with `core`'s client and per-call settings.
    pub(crate) fn new<A: Adapter<Item = T>>(core: &Core<'_>, adapter: A) -> Self {
        let first = adapter.first();
        let skipped = adapter.skipped();
        Paginator {
            source: Box::new(Endpoint {
                client: core.client.clone(),
                opts: core.opts.clone(),
                adapter: Arc::new(adapter),
            }),
            first,
            skipped,
            max_pages: None,
        }
    }

    /// Stops after `n` pages (0: none are fetched): a bound on the calls a listing makes,
    /// whatever the server answers. The listing then ends as if the list did.
    pub fn max_pages(mut self, n: u32) -> Self {
        self.max_pages = Some(n);
        self
    }

    /// The pages, as a stream: each with its items, the list's total when the server gives
    /// it, and the response metadata.
    pub fn by_page(self) -> PageStream<T> {
        let mut used = HashSet::new();
        if let Position::Cursor(Some(c)) = &self.first {
            used.insert(c.clone());
        }
        PageStream {
            source: self.source,
            next: Some(self.first),
            pending: None,
            used,
            seen: self.skipped,
            pages: 0,
            max_pages: self.max_pages,
        }
    }

    /// The items of every page in order, as a stream.
    pub fn by_item(self) -> ItemStream<T> {
        ItemStream {
            pages: self.by_page(),
            buffered: Vec::new().into_iter(),
        }
    }

    /// Every item of every page, in order.
    ///
    /// # Errors
    /// The first page that fails (after its retries).
    pub async fn collect(self) -> Result<Vec<T>> {
        let mut items = self.by_item();
        let mut out = Vec::new();
        while let Some(item) = items.next().await {
            out.push(item?);
        }
        Ok(out)
    }
}

/// One page of a listing, from [`Paginator::by_page`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Page<T> {
    /// The page's items, in the server's order.
    pub items: Vec<T>,
    /// How many items the whole list has, when the server says.
    pub total: Option<u64>,
    /// The page's place in this listing, from 0.
    pub index: u32,
    meta: ResponseMeta,
}

impl<T> Page<T> {
    /// The page's response metadata (request id, rate limits, ...).
    pub fn meta(&self) -> &ResponseMeta {
        &self.meta
    }
}

impl<T> IntoIterator for Page<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// The pages of a listing: a [`Stream`] of [`Page`]s, from [`Paginator::by_page`]. After an
/// error, it ends.
#[must_use = "streams do nothing unless polled"]
pub struct PageStream<T> {
    source: Box<dyn Source<T>>,
    /// The next page to fetch; `None` once the listing has ended.
    next: Option<Position>,
    pending: Option<PageFuture<T>>,
    /// The cursors already asked for: one coming back ends the listing.
    used: HashSet<String>,
    /// Items before and in the pages read so far.
    seen: u64,
    pages: u32,
    max_pages: Option<u32>,
}

// Nothing is pinned in place: the page future is boxed, the items are only moved.
impl<T> Unpin for PageStream<T> {}

impl<T> std::fmt::Debug for PageStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageStream")
            .field("pages", &self.pages)
            .field("items", &self.seen)
            .field("ended", &(self.next.is_none() && self.pending.is_none()))
            .finish_non_exhaustive()
    }
}

impl<T> PageStream<T> {
    /// The next page, or `None` once the listing has ended.
    pub async fn next(&mut self) -> Option<Result<Page<T>>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Where the page after one of `len` items is, or `None` when the listing ends there.
    fn after(&mut self, len: usize, next: Option<Position>, total: Option<u64>) -> Option<Position> {
        self.seen = self.seen.saturating_add(len as u64);
        if total.is_some_and(|t| self.seen >= t) {
            return None;
        }
        match next? {
            Position::Cursor(Some(c)) => {
                if self.used.insert(c.clone()) {
                    Some(Position::Cursor(Some(c)))
                } else {
                    tracing::warn!(
                        pages = self.pages,
                        "the server sent a page cursor it had sent before: the listing ends there"
                    );
                    None
                }
            }
            Position::Cursor(None) => None,
            at @ Position::Number(_) => Some(at),
        }
    }
}

impl<T> Stream for PageStream<T> {
    type Item = Result<Page<T>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.pending.is_none() {
            let Some(at) = this.next.take() else {
                return Poll::Ready(None);
            };
            if this.max_pages.is_some_and(|m| this.pages >= m) {
                return Poll::Ready(None);
            }
            this.pending = Some(this.source.fetch(&at));
        }
        let Some(fut) = this.pending.as_mut() else {
            return Poll::Ready(None);
        };
        let outcome = match fut.as_mut().poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(o) => o,
        };
        this.pending = None;
        let (turn, meta) = match outcome {
            Ok(page) => page,
            // `next` is already taken: the listing ends after its error.
            Err(e) => return Poll::Ready(Some(Err(e))),
        };
        let index = this.pages;
        this.pages = this.pages.saturating_add(1);
        if turn.items.is_empty() {
            return Poll::Ready(None);
        }
        this.next = this.after(turn.items.len(), turn.next, turn.total);
        Poll::Ready(Some(Ok(Page {
            items: turn.items,
            total: turn.total,
            index,
            meta,
        })))
    }
}

/// The items of a listing, page after page: a [`Stream`], from [`Paginator::by_item`]. A
/// page that fails is one error item, and the stream ends after it.
#[must_use = "streams do nothing unless polled"]
pub struct ItemStream<T> {
    pages: PageStream<T>,
    buffered: std::vec::IntoIter<T>,
}

// As for `PageStream`: nothing is pinned in place.
impl<T> Unpin for ItemStream<T> {}

impl<T> std::fmt::Debug for ItemStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ItemStream")
            .field("pages", &self.pages)
            .field("buffered", &self.buffered.len())
            .finish()
    }
}

impl<T> ItemStream<T> {
    /// The next item, or `None` once the listing has ended.
    pub async fn next(&mut self) -> Option<Result<T>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl<T> Stream for ItemStream<T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(item) = this.buffered.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match Pin::new(&mut this.pages).poll_next(cx) {
                Poll::Ready(Some(Ok(page))) => this.buffered = page.items.into_iter(),
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::sync::Mutex;

    use super::*;

    /// A page as the server sent it, read by the test's adapters.
    #[derive(serde::Deserialize)]
    #[serde(transparent)]
    struct Raw(serde_json::Value);

    impl Decode for Raw {
        fn is_empty_shell(&self) -> bool {
            false
        }
    }

    type Read = fn(Raw) -> (Vec<u32>, Option<String>, Option<u64>);
    type Agents = Cursors<Raw, u32, fn(Option<&str>) -> String, Read>;

    /// Pages played from a script, recording where each was asked for.
    struct Scripted {
        adapter: Agents,
        pages: Mutex<VecDeque<serde_json::Value>>,
        asked: Arc<Mutex<Vec<String>>>,
    }

    impl Source<u32> for Scripted {
        fn fetch(&self, at: &Position) -> PageFuture<u32> {
            self.asked
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(self.adapter.path(at));
            let page = self.pages.lock().unwrap_or_else(|e| e.into_inner()).pop_front();
            let turn = page.map(|p| self.adapter.read(Raw(p), at));
            Box::pin(async move {
                match turn {
                    Some(t) => Ok((t, ResponseMeta::new(http::StatusCode::OK, http::HeaderMap::new()))),
                    None => Err(crate::Error::builder("the script ran out")),
                }
            })
        }
    }

    fn path(c: Option<&str>) -> String {
        match c {
            Some(c) => format!("/v1/agents/pages?page_token={c}"),
            None => "/v1/agents/pages".to_owned(),
        }
    }

    fn read(Raw(v): Raw) -> (Vec<u32>, Option<String>, Option<u64>) {
        let items = serde_json::from_value(v["data"].clone()).unwrap_or_default();
        let next = v["next_page_token"].as_str().map(str::to_owned);
        (items, next, v["total"].as_u64())
    }

    fn cursor_list(pages: Vec<serde_json::Value>) -> (Paginator<u32>, Arc<Mutex<Vec<String>>>) {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let adapter: Agents = Cursors::new("list_agents", None, path, read);
        let first = adapter.first();
        let p = Paginator {
            source: Box::new(Scripted {
                adapter,
                pages: Mutex::new(pages.into()),
                asked: asked.clone(),
            }),
            first,
            skipped: 0,
            max_pages: None,
        };
        (p, asked)
    }

    fn run<F: Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime")
            .block_on(f)
    }

    #[test]
    fn cursors_are_followed_until_a_page_names_none() {
        let (p, asked) = cursor_list(vec![
            serde_json::json!({"data": [1, 2], "next_page_token": "b"}),
            serde_json::json!({"data": [3], "next_page_token": "c"}),
            serde_json::json!({"data": [4], "next_page_token": null}),
        ]);
        assert_eq!(run(p.collect()).expect("the list"), [1, 2, 3, 4]);
        assert_eq!(
            *asked.lock().expect("asked"),
            [
                "/v1/agents/pages",
                "/v1/agents/pages?page_token=b",
                "/v1/agents/pages?page_token=c"
            ]
        );
    }

    #[test]
    fn a_repeated_cursor_ends_the_listing() {
        // The server answers every page with the same cursor, forever.
        let pages = (0..1000)
            .map(|i| serde_json::json!({"data": [i], "next_page_token": "same"}))
            .collect();
        let (p, asked) = cursor_list(pages);
        assert_eq!(run(p.collect()).expect("the list"), [0, 1]);
        assert_eq!(asked.lock().expect("asked").len(), 2);

        // A cycle through two cursors ends too.
        let pages = (0..1000)
            .map(|i| serde_json::json!({"data": [i], "next_page_token": if i % 2 == 0 { "a" } else { "b" }}))
            .collect();
        let (p, asked) = cursor_list(pages);
        assert_eq!(run(p.collect()).expect("the list"), [0, 1, 2]);
        assert_eq!(asked.lock().expect("asked").len(), 3);
    }

    #[test]
    fn an_empty_cursor_or_page_ends_the_listing() {
        let (p, _) = cursor_list(vec![serde_json::json!({"data": [1], "next_page_token": ""})]);
        assert_eq!(run(p.collect()).expect("the list"), [1]);
        let (p, asked) = cursor_list(vec![
            serde_json::json!({"data": [1], "next_page_token": "b"}),
            serde_json::json!({"data": [], "next_page_token": "c"}),
        ]);
        assert_eq!(run(p.collect()).expect("the list"), [1]);
        assert_eq!(asked.lock().expect("asked").len(), 2);
    }

    #[test]
    fn cursors_stop_at_total_and_at_max_pages() {
        let (p, asked) = cursor_list(vec![
            serde_json::json!({"data": [1, 2], "next_page_token": "b", "total": 3}),
            serde_json::json!({"data": [3], "next_page_token": "c", "total": 3}),
        ]);
        assert_eq!(run(p.collect()).expect("the list"), [1, 2, 3]);
        assert_eq!(asked.lock().expect("asked").len(), 2);

        let pages = (0..10)
            .map(|i| serde_json::json!({"data": [i], "next_page_token": format!("c{i}")}))
            .collect();
        let (p, asked) = cursor_list(pages);
        assert_eq!(run(p.max_pages(3).collect()).expect("the list"), [0, 1, 2]);
        assert_eq!(asked.lock().expect("asked").len(), 3);
    }

    #[test]
    fn a_failing_page_is_an_error_then_the_end() {
        let (p, _) = cursor_list(vec![serde_json::json!({"data": [1], "next_page_token": "b"})]);
        let mut items = p.by_item();
        run(async {
            assert_eq!(items.next().await.map(|r| r.ok()), Some(Some(1)));
            assert!(matches!(items.next().await, Some(Err(_))));
            assert!(items.next().await.is_none());
            assert!(items.next().await.is_none());
        });
    }

    #[test]
    fn numbered_pages_step_by_page_or_by_items() {
        let pages = Numbered::new(
            "list",
            Step::Pages,
            2,
            |n| format!("?page={n}"),
            |Raw(v)| (vec![v], None::<u64>),
        );
        let at = pages.first();
        assert_eq!(pages.path(&at), "?page=2");
        let turn = pages.read(Raw(serde_json::json!(1)), &at);
        assert_eq!(turn.next, Some(Position::Number(3)));

        let offsets = Numbered::new(
            "list",
            Step::Items,
            10,
            |n| format!("?offset={n}"),
            |Raw(v)| (vec![v; 3], None),
        );
        let turn = offsets.read(Raw(serde_json::json!(1)), &Position::Number(10));
        assert_eq!(turn.next, Some(Position::Number(13)));

        // No page past what the query can carry.
        let capped = Numbered::new(
            "list",
            Step::Pages,
            0,
            |n| format!("?page={n}"),
            |Raw(v)| (vec![v], None),
        )
        .last(5);
        assert_eq!(
            capped.read(Raw(serde_json::json!(1)), &Position::Number(5)).next,
            None
        );
    }

    #[test]
    fn streams_are_send() {
        fn send<T: Send>() {}
        send::<Paginator<u32>>();
        send::<PageStream<u32>>();
        send::<ItemStream<u32>>();
    }
}
