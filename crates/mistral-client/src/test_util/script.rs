//! The state both fakes share: the replies queued, and the requests received.

use std::collections::VecDeque;
use std::sync::{Mutex, MutexGuard};

use super::reply::{RecordedRequest, Reply};

#[derive(Default)]
pub(crate) struct Script(Mutex<State>);

#[derive(Default)]
struct State {
    queue: VecDeque<Reply>,
    requests: Vec<RecordedRequest>,
}

impl Script {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A test that panicked while holding the lock must not hide what was recorded.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn push(&self, reply: Reply) {
        self.lock().queue.push_back(reply);
    }

    pub(crate) fn requests(&self) -> Vec<RecordedRequest> {
        self.lock().requests.clone()
    }

    /// (replies queued, requests received)
    pub(crate) fn counts(&self) -> (usize, usize) {
        let s = self.lock();
        (s.queue.len(), s.requests.len())
    }

    /// Records `request` and returns the next queued reply, or `otherwise(&request)` when the
    /// queue is empty.
    pub(crate) fn answer(
        &self,
        request: RecordedRequest,
        otherwise: impl FnOnce(&RecordedRequest) -> Reply,
    ) -> Reply {
        let mut s = self.lock();
        let reply = s.queue.pop_front().unwrap_or_else(|| otherwise(&request));
        s.requests.push(request);
        reply.with_mock_headers(s.requests.len() as u64)
    }
}
