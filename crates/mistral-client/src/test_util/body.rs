//! A body that yields scripted parts, with delays and failures.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body::{Frame, SizeHint};
use tokio::time::Sleep;

use crate::error::BoxError;

#[derive(Clone, Debug)]
pub(crate) enum Part {
    Bytes(Bytes),
    Delay(Duration),
    /// Fail the body here (the connection is cut).
    Fail,
}

pub(crate) struct ScriptedBody {
    parts: VecDeque<Part>,
    sleep: Option<Pin<Box<Sleep>>>,
}

impl ScriptedBody {
    pub(crate) fn new(parts: Vec<Part>) -> Self {
        ScriptedBody {
            parts: parts.into(),
            sleep: None,
        }
    }
}

impl http_body::Body for ScriptedBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        loop {
            if let Some(s) = self.sleep.as_mut() {
                if s.as_mut().poll(cx).is_pending() {
                    return Poll::Pending;
                }
                self.sleep = None;
            }
            match self.parts.pop_front() {
                None => return Poll::Ready(None),
                Some(Part::Bytes(b)) => return Poll::Ready(Some(Ok(Frame::data(b)))),
                Some(Part::Delay(d)) => self.sleep = Some(Box::pin(tokio::time::sleep(d))),
                Some(Part::Fail) => {
                    return Poll::Ready(Some(Err("scripted body failure (connection cut)".into())));
                }
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.parts.is_empty() && self.sleep.is_none()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::default()
    }
}
