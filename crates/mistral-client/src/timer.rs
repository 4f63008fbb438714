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
//! - it holds its runtime's driver: the client keeps only the timers of the runtime its last
//!   call finished on, a blocking client gives them up when its runtime shuts down, and all
//!   go with the client. An async client whose runtime ended keeps that runtime's driver
//!   until its next call on another runtime, or until it is dropped.
//!
//! A client whose calls alternate between runtimes (one per worker thread, as actix-web
//! runs) seldom finds a kept timer of its runtime: each call then makes its own (boxed) and
//! replaces the other runtime's, a little dearer than no cache.

use std::pin::Pin;
use std::sync::{Mutex, PoisonError};

use tokio::runtime::Id;
use tokio::time::{Instant, Sleep};

/// Timers kept by a client: enough for sequential calls and a few at once; more concurrent
/// calls make and drop their own, as without a cache.
const KEPT: usize = 4;

/// The timers a client's finished calls left for its next ones (in the client's state), all
/// of one runtime.
#[derive(Default)]
pub(crate) struct KeptTimers(Mutex<Vec<(Id, Pin<Box<Sleep>>)>>);

impl KeptTimers {
    /// A kept timer of the current runtime, or a new one.
    ///
    /// # Panics
    /// Outside a tokio runtime with time enabled, as `tokio::time::sleep_until`.
    fn take(&self, deadline: Instant) -> (Id, Pin<Box<Sleep>>) {
        let runtime = tokio::runtime::Handle::current().id();
        let kept = {
            let mut kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
            // All kept timers are of one runtime: the last one tells.
            match kept.last() {
                Some((id, _)) if *id == runtime => kept.pop(),
                _ => None,
            }
        };
        kept.unwrap_or_else(|| (runtime, Box::pin(tokio::time::sleep_until(deadline))))
    }

    /// Keeps `timer` for the next call, in place of any other runtime's and of the oldest
    /// beyond [`KEPT`] (dropped after the lock: dropping a timer takes its runtime's timer
    /// lock).
    fn put(&self, timer: (Id, Pin<Box<Sleep>>)) {
        let mut dropped = Vec::new();
        {
            let mut kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
            if kept.first().is_some_and(|(id, _)| *id != timer.0) {
                dropped.append(&mut kept);
            } else if kept.len() >= KEPT {
                dropped.push(kept.remove(0));
            }
            kept.push(timer);
        }
        drop(dropped);
    }

    /// Drops the timers of `runtime` (which is shutting down).
    pub(crate) fn forget(&self, runtime: Id) {
        let dropped = {
            let mut kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
            if kept.first().is_some_and(|(id, _)| *id == runtime) {
                std::mem::take(&mut *kept)
            } else {
                Vec::new()
            }
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
    sleep: Option<(Id, Pin<Box<Sleep>>)>,
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
    fn only_the_last_runtime_s_timers_are_kept() {
        let rt = || {
            tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .build()
                .unwrap()
        };
        let kept = KeptTimers::default();
        let (a, b) = (rt(), rt());
        a.block_on(async {
            arm(&mut Timer::new(&kept), Instant::now() + Duration::from_secs(60)).await;
        });
        assert_eq!(kept.runtimes(), [a.handle().id()]);
        // Another runtime's call makes its own timer (not taking the first runtime's, whose
        // 60 s would hang this test), which replaces the first runtime's.
        b.block_on(async {
            let mut t = Timer::new(&kept);
            t.at(Instant::now() + Duration::from_millis(5)).await;
        });
        assert_eq!(kept.runtimes(), [b.handle().id()]);
        // At most KEPT.
        b.block_on(async {
            let mut ts: Vec<Timer> = (0..KEPT + 2).map(|_| Timer::new(&kept)).collect();
            for t in &mut ts {
                arm(t, Instant::now() + Duration::from_secs(60)).await;
            }
        });
        assert_eq!(kept.len(), KEPT);
        // Forgetting another runtime's keeps them; forgetting theirs drops them, cleanly
        // even once their runtime is gone.
        kept.forget(a.handle().id());
        assert_eq!(kept.len(), KEPT);
        let id = b.handle().id();
        drop(b);
        kept.forget(id);
        assert_eq!(kept.len(), 0);
    }
}
