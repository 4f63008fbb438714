//! A zero-copy server-sent events parser, correct to the WHATWG rules.
//!
//! Feed it `Bytes` frames as they come off the body ([`SseParser::push`]) and pull events
//! ([`SseParser::next_event`]). A data line that lies within one frame is handed out as a slice
//! of that frame (no copy). Only bytes spanning frames go through a carry buffer, and nothing
//! is ever re-scanned: the cost is linear in the input however it is split.
//!
//! Rules (WHATWG HTML §9.2.6): lines end with LF, CR or CRLF (also when the CR ends one frame
//! and the LF starts the next); one leading BOM is stripped; lines starting with `:` are
//! comments; one leading space is removed from values; `data` lines are joined with `\n`;
//! `event`, `id` (ignored if it contains NUL; persists) and `retry` (digits only) are read;
//! an empty line dispatches; an event without data is not dispatched; an unterminated final
//! event is never dispatched. Invalid UTF-8 is an error at once, and a line or event longer
//! than the cap is an error with memory bounded.

use bytes::{Bytes, BytesMut};

/// The default cap on one line or event: 16 MiB.
pub const DEFAULT_MAX_EVENT_BYTES: usize = 16 * 1024 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One dispatched event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SseEvent {
    /// The event type (`event:` field), if set.
    pub event: Option<Bytes>,
    /// The data lines joined with `\n` (valid UTF-8).
    pub data: Bytes,
    /// The last event id seen (persists across events).
    pub id: Option<Bytes>,
    /// The reconnection time the server asked for, in milliseconds.
    pub retry: Option<u64>,
}

impl SseEvent {
    /// The data as text.
    pub fn data_str(&self) -> &str {
        // Validated when parsed; this never falls back.
        std::str::from_utf8(&self.data).unwrap_or_default()
    }

    /// The event type as text, if set.
    pub fn event_str(&self) -> Option<&str> {
        self.event.as_deref().and_then(|e| std::str::from_utf8(e).ok())
    }
}

/// Why the stream is not valid SSE.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SseError {
    /// A line is not valid UTF-8.
    InvalidUtf8 {
        /// Byte offset of the line in the stream.
        offset: u64,
    },
    /// A line or event exceeds the size cap.
    TooLarge {
        /// The cap, in bytes.
        limit: usize,
    },
}

impl std::fmt::Display for SseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SseError::InvalidUtf8 { offset } => write!(f, "invalid UTF-8 in the line at byte {offset}"),
            SseError::TooLarge { limit } => write!(f, "line or event larger than {limit} bytes"),
        }
    }
}

impl std::error::Error for SseError {}

/// The incremental parser. See the [module docs](self).
#[derive(Debug)]
pub struct SseParser {
    frame: Bytes,
    pos: usize,
    /// Bytes of an unterminated line carried over from earlier frames.
    carry: BytesMut,
    /// The previous frame ended with CR: a LF at the start of the next one is part of it.
    skip_lf: bool,
    /// Still at the very start of the stream (a BOM may follow).
    at_start: bool,
    data: Data,
    event: Option<Bytes>,
    id: Option<Bytes>,
    retry: Option<u64>,
    max: usize,
    consumed: u64,
    failed: bool,
}

#[derive(Debug, Default)]
enum Data {
    #[default]
    None,
    /// One data line: a slice, no copy.
    One(Bytes),
    /// Several lines joined.
    Many(BytesMut),
}

impl Data {
    fn len(&self) -> usize {
        match self {
            Data::None => 0,
            Data::One(b) => b.len(),
            Data::Many(b) => b.len(),
        }
    }
}

impl Default for SseParser {
    fn default() -> Self {
        Self::new(DEFAULT_MAX_EVENT_BYTES)
    }
}

impl SseParser {
    /// A parser whose lines and events may be at most `max_event_bytes` long.
    pub fn new(max_event_bytes: usize) -> Self {
        SseParser {
            frame: Bytes::new(),
            pos: 0,
            carry: BytesMut::new(),
            skip_lf: false,
            at_start: true,
            data: Data::None,
            event: None,
            id: None,
            retry: None,
            max: max_event_bytes,
            consumed: 0,
            failed: false,
        }
    }

    /// Adds the next frame. Call only after [`next_event`](Self::next_event) returned `None`
    /// (the previous frame is fully consumed); any unconsumed rest would otherwise be carried.
    pub fn push(&mut self, frame: Bytes) {
        if self.pos < self.frame.len() {
            // Defensive: keep what was not consumed rather than lose it.
            let rest = self.frame.slice(self.pos..);
            self.carry.extend_from_slice(&rest);
        }
        self.frame = frame;
        self.pos = 0;
    }

    /// Whether a line or event has started but not been dispatched (at EOF: a truncated event).
    pub fn has_partial(&self) -> bool {
        !self.carry.is_empty() || self.data.len() > 0 || self.pos < self.frame.len()
    }

    /// The next complete event in the frames pushed so far, or `None` when more input is
    /// needed. After an error, always `None`.
    pub fn next_event(&mut self) -> Option<Result<SseEvent, SseError>> {
        if self.failed {
            return None;
        }
        loop {
            let line = match self.next_line() {
                None => return None,
                Some(Err(e)) => {
                    self.failed = true;
                    return Some(Err(e));
                }
                Some(Ok(line)) => line,
            };
            match self.process_line(line) {
                Ok(Some(ev)) => return Some(Ok(ev)),
                Ok(None) => {}
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
    }

    fn next_line(&mut self) -> Option<Result<Bytes, SseError>> {
        let frame_len = self.frame.len();
        if self.skip_lf && self.pos < frame_len {
            if self.frame[self.pos] == b'\n' {
                self.pos += 1;
                self.consumed += 1;
            }
            self.skip_lf = false;
        }
        if self.at_start && self.pos < frame_len && !self.strip_bom() {
            return None;
        }
        let rest = &self.frame[self.pos..];
        match memchr::memchr2(b'\n', b'\r', rest) {
            Some(i) => {
                let start = self.pos;
                let end = start + i;
                let line = if self.carry.is_empty() {
                    self.frame.slice(start..end)
                } else {
                    if self.carry.len() + i > self.max {
                        return Some(Err(self.too_large()));
                    }
                    self.carry.extend_from_slice(&rest[..i]);
                    self.carry.split().freeze()
                };
                let mut next = end + 1;
                if self.frame[end] == b'\r' {
                    if next < frame_len {
                        if self.frame[next] == b'\n' {
                            next += 1;
                        }
                    } else {
                        self.skip_lf = true;
                    }
                }
                self.consumed += (next - start) as u64;
                self.pos = next;
                if line.len() > self.max {
                    return Some(Err(self.too_large()));
                }
                Some(Ok(line))
            }
            None => {
                if self.carry.len() + rest.len() > self.max {
                    return Some(Err(self.too_large()));
                }
                self.carry.extend_from_slice(rest);
                self.consumed += rest.len() as u64;
                self.pos = frame_len;
                None
            }
        }
    }

    /// Strips a leading BOM, possibly split across frames. Returns false when more input is
    /// needed to decide.
    fn strip_bom(&mut self) -> bool {
        // Bytes of a possible BOM seen so far live in `carry`.
        while self.pos < self.frame.len() && self.carry.len() < BOM.len() {
            let b = self.frame[self.pos];
            if b != BOM[self.carry.len()] {
                self.at_start = false;
                return true;
            }
            self.carry.extend_from_slice(&[b]);
            self.pos += 1;
            self.consumed += 1;
        }
        if self.carry.len() == BOM.len() {
            self.carry.clear();
            self.at_start = false;
            return true;
        }
        false
    }

    fn too_large(&mut self) -> SseError {
        self.carry = BytesMut::new();
        self.data = Data::None;
        SseError::TooLarge { limit: self.max }
    }

    fn process_line(&mut self, line: Bytes) -> Result<Option<SseEvent>, SseError> {
        if line.is_empty() {
            return Ok(self.dispatch());
        }
        if line[0] == b':' {
            return Ok(None);
        }
        if std::str::from_utf8(&line).is_err() {
            return Err(SseError::InvalidUtf8 {
                offset: self.consumed.saturating_sub(line.len() as u64 + 1),
            });
        }
        let (field, value) = match memchr::memchr(b':', &line) {
            Some(i) => {
                let v = if line.get(i + 1) == Some(&b' ') {
                    i + 2
                } else {
                    i + 1
                };
                (&line[..i], line.slice(v..))
            }
            None => (&line[..], Bytes::new()),
        };
        match field {
            b"data" => {
                let total = self.data.len() + value.len() + 1;
                if total > self.max {
                    return Err(self.too_large());
                }
                self.data = match std::mem::take(&mut self.data) {
                    Data::None => Data::One(value),
                    Data::One(first) => {
                        let mut buf = BytesMut::with_capacity(first.len() + 1 + value.len());
                        buf.extend_from_slice(&first);
                        buf.extend_from_slice(b"\n");
                        buf.extend_from_slice(&value);
                        Data::Many(buf)
                    }
                    Data::Many(mut buf) => {
                        buf.extend_from_slice(b"\n");
                        buf.extend_from_slice(&value);
                        Data::Many(buf)
                    }
                };
            }
            b"event" => self.event = Some(value),
            b"id" if memchr::memchr(0, &value).is_none() => self.id = Some(value),
            b"retry" if !value.is_empty() && value.iter().all(u8::is_ascii_digit) => {
                self.retry = std::str::from_utf8(&value).ok().and_then(|s| s.parse().ok());
            }
            _ => {}
        }
        Ok(None)
    }

    fn dispatch(&mut self) -> Option<SseEvent> {
        let event = self.event.take();
        let data = match std::mem::take(&mut self.data) {
            // WHATWG: no data, no event (the type is reset all the same).
            Data::None => return None,
            Data::One(b) => b,
            Data::Many(b) => b.freeze(),
        };
        Some(SseEvent {
            event,
            data,
            id: self.id.clone(),
            retry: self.retry,
        })
    }
}

#[cfg(test)]
mod tests;
