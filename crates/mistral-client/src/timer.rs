//! The request timer of a call: a tokio `Sleep` the client keeps for its next call when
//! this one ends.
//!
//! Registering a timer with tokio's timer wheel and removing it again costs a lock and a
//! wheel insertion and removal per call, on its path (before its request is written, and
//! after its response is read). A timer handed on to the client's next call stays
//! registered: moving its deadline later is one atomic update (the wheel moves the entry
//! when it reaches the old slot).
//!
//! What a kept timer costs, between two calls:
//! - it holds the last call's waker; if its deadline passes first, the runtime wakes that
//!   waker once, for nothing (a spurious wake, which every future accepts), and the next call
//!   registers it afresh. A stream's call hands its timer on when the headers arrive, so the
//!   task reading the stream may be woken so once, at the request deadline;
//! - under tokio's paused time, an idle runtime advances its clock to that deadline, as it
//!   does to any registered timer (a call's own timer already did this while it waited);
//! - it holds its runtime's driver: the client keeps at most [`KEPT`] timers, of whichever
//!   runtimes its calls ran on, giving up the oldest first; a blocking client gives up its
//!   runtime's when that runtime shuts down, and all go with the client. A runtime that
//!   ended while an async client lives on is held until newer calls push its timers out.
//!
//! A client shared by calls on several runtimes (one per worker thread, as actix-web runs)
//! finds its runtime's timers as long as they fit in [`KEPT`]; the cache is passed by, never
//! waited for, when another call holds its lock (many threads of one runtime at once).

use std::pin::Pin;
use std::sync::{Mutex, MutexGuard, PoisonError, TryLockError};

use tokio::runtime::Id;
use tokio::time::{Instant, Sleep};

/// Timers kept by a client: enough for sequential calls and a few at once, on a few
/// runtimes; more concurrent calls make and drop their own, as without a cache.
const KEPT: usize = 8;

/// The timers a client's finished calls left for its next ones (in the client's state),
/// each with its runtime, the newest last.
#[derive(Default)]
pub(crate) struct KeptTimers(Mutex<Vec<Kept>>);

/// A timer and its runtime.
type Kept = (Id, Pin<Box<Sleep>>);

impl KeptTimers {
    /// The kept timers, unless another call holds them: a call never waits for the cache.
    fn try_lock(&self) -> Option<MutexGuard<'_, Vec<Kept>>> {
        match self.0.try_lock() {
            Ok(kept) => Some(kept),
            Err(TryLockError::Poisoned(p)) => Some(p.into_inner()),
            Err(TryLockError::WouldBlock) => None,
        }
    }

    /// A kept timer of the current runtime (the newest), or a new one.
    ///
    /// # Panics
    /// Outside a tokio runtime with time enabled, as `tokio::time::sleep_until`.
    fn take(&self, deadline: Instant) -> Kept {
        let runtime = tokio::runtime::Handle::current().id();
        let kept = self.try_lock().and_then(|mut kept| {
            let i = kept.iter().rposition(|(id, _)| *id == runtime)?;
            Some(kept.remove(i))
        });
        kept.unwrap_or_else(|| (runtime, Box::pin(tokio::time::sleep_until(deadline))))
    }

    /// Keeps `timer` for the next call, giving up the oldest beyond [`KEPT`] (dropped after
    /// the lock: dropping a timer takes its runtime's timer lock), or drops it when another
    /// call holds the cache.
    fn put(&self, timer: Kept) {
        let dropped = match self.try_lock() {
            Some(mut kept) => {
                kept.push(timer);
                (kept.len() > KEPT).then(|| kept.remove(0))
            }
            None => Some(timer),
        };
        drop(dropped);
    }

    /// Drops the timers of `runtime` (which is shutting down).
    pub(crate) fn forget(&self, runtime: Id) {
        let dropped: Vec<_> = {
            let mut kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
            let (gone, stay) = std::mem::take(&mut *kept)
                .into_iter()
                .partition(|(id, _)| *id == runtime);
            *kept = stay;
            gone
        };
        drop(dropped);
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.0.lock().unwrap().len()
    }

    /// The runtimes of the kept timers.
    #[cfg(test)]
    fn runtimes(&self) -> Vec<Id> {
        self.0.lock().unwrap().iter().map(|(id, _)| *id).collect()
    }
}

/// One call's request timer, made (or taken from the client's kept ones) when the call
/// first has to wait, and kept by the client when it is dropped.
pub(crate) struct Timer<'a> {
    kept: &'a KeptTimers,
    sleep: Option<Kept>,
}

impl<'a> Timer<'a> {
    /// A timer that takes from and gives back to `kept`.
    pub(crate) fn new(kept: &'a KeptTimers) -> Self {
        Timer { kept, sleep: None }
    }

    /// The timer, set to fire at `deadline`.
    ///
    /// # Panics
    /// Outside a tokio runtime with time enabled, as `tokio::time::sleep_until`.
    pub(crate) fn at(&mut self, deadline: Instant) -> Pin<&mut Sleep> {
        let kept = self.kept;
        let (_, sleep) = self.sleep.get_or_insert_with(|| kept.take(deadline));
        if sleep.deadline() != deadline {
            sleep.as_mut().reset(deadline);
        }
        sleep.as_mut()
    }
}

impl Drop for Timer<'_> {
    fn drop(&mut self) {
        if let Some(timer) = self.sleep.take() {
            self.kept.put(timer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::future::Future;
    use std::task::Poll;
    use std::time::Duration;

    /// Asserts the (paused) clock is at `d`, to tokio's millisecond.
    fn now_is(d: Instant) {
        let now = Instant::now();
        assert!(
            now >= d && now < d + Duration::from_millis(5),
            "{:?} off",
            now.checked_duration_since(d)
        );
    }

    /// Sets `t` to `d` and polls it once, as a call that has to wait does (registering it).
    async fn arm(t: &mut Timer<'_>, d: Instant) {
        std::future::poll_fn(|cx| {
            assert!(t.at(d).poll(cx).is_pending());
            Poll::Ready(())
        })
        .await
    }

    /// The path the cache is for: a kept, still registered timer moved later (one atomic
    /// update, the wheel entry left at the old slot) fires at the new deadline, not the old.
    #[tokio::test(start_paused = true)]
    async fn a_kept_timer_moved_later_fires_at_its_new_deadline() {
        let kept = KeptTimers::default();
        let start = Instant::now();
        arm(&mut Timer::new(&kept), start + Duration::from_secs(1)).await;
        assert_eq!(kept.len(), 1);
        let mut t = Timer::new(&kept);
        let later = start + Duration::from_secs(5);
        let sleep = t.at(later);
        assert_eq!(kept.len(), 0, "taken, not made");
        sleep.await;
        now_is(later);
    }

    /// Moved earlier (a call with a shorter timeout), it is registered again and fires then.
    #[tokio::test(start_paused = true)]
    async fn a_kept_timer_moved_earlier_fires_at_its_new_deadline() {
        let kept = KeptTimers::default();
        let start = Instant::now();
        arm(&mut Timer::new(&kept), start + Duration::from_secs(60)).await;
        let mut t = Timer::new(&kept);
        let sooner = start + Duration::from_secs(2);
        t.at(sooner).await;
        now_is(sooner);
        // And after it fired, moved again.
        let next = sooner + Duration::from_secs(3);
        t.at(next).await;
        now_is(next);
    }

    #[test]
    fn timers_are_kept_per_runtime() {
        let rt = || {
            tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .build()
                .unwrap()
        };
        let kept = KeptTimers::default();
        let (a, b) = (rt(), rt());
        let (ia, ib) = (a.handle().id(), b.handle().id());
        a.block_on(async {
            arm(&mut Timer::new(&kept), Instant::now() + Duration::from_secs(60)).await;
        });
        assert_eq!(kept.runtimes(), [ia]);
        // Another runtime's call makes its own timer (taking the first runtime's, whose 60 s
        // stand, would hang this test), and both are kept.
        b.block_on(async {
            let mut t = Timer::new(&kept);
            t.at(Instant::now() + Duration::from_millis(5)).await;
        });
        assert_eq!(kept.runtimes(), [ia, ib]);
        // The first runtime's next call takes its own.
        a.block_on(async {
            let mut t = Timer::new(&kept);
            t.at(Instant::now() + Duration::from_millis(5)).await;
            assert_eq!(kept.runtimes(), [ib], "taken, not made");
        });
        assert_eq!(kept.runtimes(), [ib, ia]);
        // At most KEPT, the oldest (a's) given up first.
        b.block_on(async {
            let mut ts: Vec<Timer> = (0..KEPT + 2).map(|_| Timer::new(&kept)).collect();
            for t in &mut ts {
                arm(t, Instant::now() + Duration::from_secs(60)).await;
            }
            assert_eq!(kept.runtimes(), [ia], "b's taken, a's left");
        });
        assert_eq!(kept.runtimes(), [ib; KEPT]);
        // Forgetting a runtime drops its timers only, cleanly even once it is gone.
        a.block_on(async {
            arm(&mut Timer::new(&kept), Instant::now() + Duration::from_secs(60)).await;
        });
        assert_eq!(kept.len(), KEPT);
        kept.forget(ia);
        assert_eq!(kept.runtimes(), [ib; KEPT - 1]);
        drop(b);
        kept.forget(ib);
        assert_eq!(kept.len(), 0);
    }

    /// A call never waits for the cache: when another holds it, a call makes its own timer
    /// and drops it after. The call runs on a thread of its own, so that one that waited
    /// fails this test instead of hanging it.
    #[test]
    fn a_held_cache_is_passed_by() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        let kept = KeptTimers::default();
        rt.block_on(async {
            arm(&mut Timer::new(&kept), Instant::now() + Duration::from_secs(60)).await;
        });
        let held = kept.0.lock().unwrap();
        std::thread::scope(|s| {
            // Dropped by this closure, even as it panics: a waiting call then ends.
            let held = held;
            let (done, ended) = std::sync::mpsc::channel();
            let (rt, kept) = (&rt, &kept);
            s.spawn(move || {
                rt.block_on(async {
                    Timer::new(kept)
                        .at(Instant::now() + Duration::from_millis(5))
                        .await;
                });
                done.send(()).unwrap();
            });
            ended
                .recv_timeout(Duration::from_secs(10))
                .expect("the call waited for the held cache");
            assert_eq!(held.len(), 1, "neither taken nor put");
        });
        assert_eq!(kept.len(), 1);
    }
}
