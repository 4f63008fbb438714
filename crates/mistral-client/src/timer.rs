//! The request timer of a call: a tokio `Sleep` the client keeps for its next call when
//! this one ends.
//!
//! Registering a timer with tokio's timer wheel and removing it again costs a lock and a
//! wheel insertion and removal per attempt, on the path of every call (before its request
//! is written, and after its response is read). A timer handed on to the client's next call
//! stays registered: moving its deadline later is one atomic update.
//!
//! What a kept timer costs: until the next call takes it, it holds the last call's waker,
//! and if its deadline passes first, the runtime wakes that waker once, for nothing (a
//! spurious wake, which every future must accept); the next call that takes it registers it
//! afresh. It also holds a reference to its runtime's driver: the client keeps only the
//! timers of the runtime its last call finished on, and drops them with itself, so a runtime
//! that is gone is never held by a client that is gone or has moved on.

use std::pin::Pin;
use std::sync::{Mutex, PoisonError};

use tokio::runtime::Id;
use tokio::time::{Instant, Sleep};

/// Timers kept by a client: enough for sequential calls and a few at once; more concurrent
/// calls make and drop their own, as without a cache.
const KEPT: usize = 4;

/// The timers a client's finished calls left for its next ones (in the client's state).
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
            kept.iter()
                .rposition(|(id, _)| *id == runtime)
                .map(|i| kept.swap_remove(i))
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
            if kept.iter().any(|(id, _)| *id != timer.0) {
                dropped.append(&mut kept);
            } else if kept.len() >= KEPT {
                dropped.push(kept.remove(0));
            }
            kept.push(timer);
        }
        drop(dropped);
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.0.lock().unwrap().len()
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

    /// Sets `t` to `d` and polls it once, as a call that has to wait does (registering it).
    async fn arm(t: &mut Timer<'_>, d: Instant) {
        std::future::poll_fn(|cx| {
            assert!(t.at(d).poll(cx).is_pending());
            Poll::Ready(())
        })
        .await
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_timer_is_kept_and_fires_at_its_new_deadline() {
        let kept = KeptTimers::default();
        let start = Instant::now();
        {
            let mut t = Timer::new(&kept);
            arm(&mut t, start + Duration::from_secs(60)).await;
        }
        assert_eq!(kept.len(), 1);
        // The next call takes it, moves it, and it fires when that call's deadline passes.
        let mut t = Timer::new(&kept);
        let soon = Instant::now() + Duration::from_millis(30);
        let sleep = t.at(soon);
        assert_eq!(kept.len(), 0);
        sleep.await;
        assert!(Instant::now() >= soon);
        // Moved earlier than it was (a shorter timeout) works as well.
        let sooner = Instant::now() + Duration::from_millis(10);
        arm(&mut t, sooner + Duration::from_secs(5)).await;
        t.at(sooner).await;
        let now = Instant::now();
        assert!(
            now >= sooner && now < sooner + Duration::from_secs(5),
            "{:?}",
            now - sooner
        );
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
        assert_eq!(kept.len(), 1);
        // Another runtime's call makes its own timer, which replaces the first runtime's.
        b.block_on(async {
            let mut t = Timer::new(&kept);
            t.at(Instant::now() + Duration::from_millis(5)).await;
        });
        assert_eq!(kept.len(), 1);
        // At most KEPT; the runtime gone, its timers drop cleanly with the client's.
        b.block_on(async {
            let mut ts: Vec<Timer> = (0..KEPT + 2).map(|_| Timer::new(&kept)).collect();
            for t in &mut ts {
                arm(t, Instant::now() + Duration::from_secs(60)).await;
            }
        });
        assert_eq!(kept.len(), KEPT);
        drop(b);
        drop(kept);
    }
}
