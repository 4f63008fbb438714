//! The one polling loop of the helpers that wait for the server (a batch job's `wait`, a
//! library document's `wait_processed`): poll, report, sleep an interval that grows by half
//! each time up to a ceiling, and give up at an optional deadline that also cuts the poll
//! under way (its retries and back-off included).

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

use crate::error::{Error, Result, TimeoutPhase};
use crate::pipeline::Core;

/// How a wait polls ([`Batch::wait`](crate::Batch::wait),
/// [`Documents::wait_processed`](crate::api::libraries::Documents::wait_processed)): the
/// first interval, growing by half each poll up to a ceiling, and an optional deadline.
///
/// Intervals are at least [`MIN_POLL_INTERVAL`](Self::MIN_POLL_INTERVAL) (100 ms): a shorter
/// one, zero included, is raised to it, so a wait never spins against the API. The ceiling is
/// at least the first interval.
///
/// ```
/// use std::time::Duration;
/// use mistral::batch::WaitOptions;
///
/// let opts = WaitOptions::new()
///     .poll_interval(Duration::from_secs(2))
///     .max_interval(Duration::from_secs(60))
///     .timeout(Some(Duration::from_secs(3600)));
/// # let _ = opts;
/// ```
#[derive(Clone, Debug)]
#[must_use]
pub struct WaitOptions {
    first: Duration,
    max: Duration,
    deadline: Option<Duration>,
}

impl Default for WaitOptions {
    /// 1 s, growing to 30 s, no deadline (a batch job has its own timeout, 24 h by default).
    fn default() -> Self {
        WaitOptions {
            first: Duration::from_secs(1),
            max: Duration::from_secs(30),
            deadline: None,
        }
    }
}

impl WaitOptions {
    /// The shortest interval between two polls: 100 ms. Batch jobs take minutes to hours,
    /// documents seconds to minutes; polling faster only spends the rate limit.
    pub const MIN_POLL_INTERVAL: Duration = Duration::from_millis(100);

    /// The defaults: 1 s growing to 30 s, no deadline.
    pub fn new() -> Self {
        Self::default()
    }

    /// The first interval between polls; one under
    /// [`MIN_POLL_INTERVAL`](Self::MIN_POLL_INTERVAL) (zero included) is raised to it.
    pub fn poll_interval(mut self, d: Duration) -> Self {
        self.first = d;
        self
    }

    /// The longest interval between polls; one under the first interval is raised to it.
    pub fn max_interval(mut self, d: Duration) -> Self {
        self.max = d;
        self
    }

    /// Gives up (a timeout error, [`TimeoutPhase::Wait`]) after this long, whatever the server
    /// does: the poll under way is cut, its retries and back-off included. The work on the
    /// server goes on.
    pub fn timeout(mut self, d: impl Into<Option<Duration>>) -> Self {
        self.deadline = d.into();
        self
    }

    /// The first interval and the ceiling, raised to their floors.
    fn intervals(&self) -> (Duration, Duration) {
        let first = self.first.max(Self::MIN_POLL_INTERVAL);
        (first, self.max.max(first))
    }
}

/// The next interval: half as long again, up to `max` (never overflowing).
fn grow(interval: Duration, max: Duration) -> Duration {
    interval.checked_mul(3).map_or(max, |d| d / 2).min(max)
}

/// Polls with `poll` (given the handle's core, capped at the deadline when there is one)
/// until `settled` says the state read is final, calling `on_progress` with each state.
/// When the next poll would fall past the deadline, one last poll is made halfway to it.
///
/// # Errors
/// A poll that fails (after its retries, or at the handle's own total timeout), or the
/// deadline ([`TimeoutPhase::Wait`]).
pub(crate) async fn until_settled<'a, T, F, Fut>(
    core: &Core<'a>,
    options: &WaitOptions,
    mut poll: F,
    settled: impl Fn(&T) -> bool + Send,
    mut on_progress: impl FnMut(&T) + Send,
) -> Result<T>
where
    F: FnMut(Core<'a>) -> Fut + Send,
    Fut: Future<Output = Result<T>> + Send,
    T: Send,
{
    // A deadline too far to represent is no deadline.
    let deadline = options.deadline.and_then(|d| Instant::now().checked_add(d));
    let (mut interval, max) = options.intervals();
    let mut last_look = false;
    loop {
        let state = capped(core, deadline, &mut poll).await?;
        on_progress(&state);
        if settled(&state) {
            return Ok(state);
        }
        let Some(d) = deadline else {
            // `sleep` (not `sleep_until`) takes any length without overflowing.
            tokio::time::sleep(interval).await;
            interval = grow(interval, max);
            continue;
        };
        let now = Instant::now();
        match now.checked_add(interval) {
            Some(wake) if wake < d => tokio::time::sleep_until(wake).await,
            _ if last_look || now >= d => {
                // No time for another poll to answer: the wait ends at its deadline.
                tokio::time::sleep_until(d).await;
                return Err(Error::timeout(TimeoutPhase::Wait));
            }
            _ => {
                // The next poll would start past the deadline: one last look, with time left
                // for it to answer.
                last_look = true;
                tokio::time::sleep_until(now + (d - now) / 2).await;
            }
        }
        interval = grow(interval, max);
    }
}

/// One poll, cut at the wait's deadline (the poll's own retries, back-off and timeouts apply
/// inside it).
async fn capped<'a, T, F, Fut>(core: &Core<'a>, deadline: Option<Instant>, poll: &mut F) -> Result<T>
where
    F: FnMut(Core<'a>) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let Some(d) = deadline else {
        return poll(core.clone()).await;
    };
    // The poll's own total timeout, if any, still applies; the wait's deadline caps it.
    match poll(core.until(d)).await {
        Ok(state) => Ok(state),
        // The deadline fired inside the poll: that is the wait's, with the poll's attempts.
        Err(e) if e.timeout_phase() == Some(TimeoutPhase::Total) && Instant::now() >= d => {
            let mut wait = Error::timeout(TimeoutPhase::Wait);
            wait.set_attempts(e.attempts());
            Err(wait)
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_grow_by_half_to_the_ceiling_and_have_a_floor() {
        let max = Duration::from_secs(3);
        assert_eq!(grow(Duration::from_secs(1), max), Duration::from_millis(1500));
        assert_eq!(grow(Duration::from_secs(2), max), max);
        assert_eq!(grow(Duration::MAX, max), max);
        let (first, ceiling) = WaitOptions::new()
            .poll_interval(Duration::ZERO)
            .max_interval(Duration::ZERO)
            .intervals();
        assert_eq!(
            (first, ceiling),
            (WaitOptions::MIN_POLL_INTERVAL, WaitOptions::MIN_POLL_INTERVAL)
        );
    }
}
