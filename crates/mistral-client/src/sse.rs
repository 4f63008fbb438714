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

/// One dispatched event. Every field is valid UTF-8 (checked while parsing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SseEvent {
    event: Option<Bytes>,
    data: Bytes,
    id: Option<Bytes>,
    retry: Option<u64>,
}

impl SseEvent {
    /// The data lines joined with `\n`, as bytes (a slice of the input frame when the data was
    /// one line within one frame).
    pub fn data(&self) -> &Bytes {
        &self.data
    }

    /// The data as text.
    pub fn data_str(&self) -> &str {
        as_str(&self.data)
    }

    /// The event type (`event:` field), if set.
    pub fn event(&self) -> Option<&str> {
        self.event.as_deref().map(as_str)
    }

    /// The last event id seen (persists across events).
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref().map(as_str)
    }

    /// The reconnection time the server asked for, in milliseconds.
    pub fn retry(&self) -> Option<u64> {
        self.retry
    }

    /// The data, consuming the event.
    pub fn into_data(self) -> Bytes {
        self.data
    }
}

/// Bytes the parser validated as UTF-8, as text.
fn as_str(b: &[u8]) -> &str {
    debug_assert!(std::str::from_utf8(b).is_ok());
    // SAFETY: every byte an `SseEvent` holds comes from a line that passed UTF-8 validation
    // in `classify` (lines split on CR/LF, which never occur inside a multi-byte sequence, and
    // joined with `\n`), and its fields are private, so no other bytes can get in.
    unsafe { std::str::from_utf8_unchecked(b) }
}

/// Why the stream is not valid SSE.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SseError {
    /// A line is not valid UTF-8.
    InvalidUtf8 {
        /// Stream offset just past the line (its line end included).
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
            SseError::InvalidUtf8 { offset } => {
                write!(f, "invalid UTF-8 in the line ending at byte {offset}")
            }
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
    /// An unterminated line's bytes from earlier frames. Its allocation is reused: a joined line
    /// is split off and, once the caller drops it, the space is reclaimed (no steady-state
    /// allocation).
    carry: BytesMut,
    /// The previous frame ended with CR: a LF at the start of the next one is part of it.
    skip_lf: bool,
    /// How many bytes of a leading BOM were matched; `None` once past the start.
    bom: Option<usize>,
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

/// A complete line: a range of the current frame, or bytes joined from several frames.
enum Line {
    Frame(usize, usize),
    Joined(Bytes),
}

/// What a line says, as ranges relative to the line.
enum Kind {
    Blank,
    Ignore,
    Data(usize),
    Event(usize),
    Id(usize),
    Retry(usize),
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
            bom: Some(0),
            data: Data::None,
            event: None,
            id: None,
            retry: None,
            max: max_event_bytes,
            consumed: 0,
            failed: false,
        }
    }

    /// Adds the next frame. Call after [`next_event`](Self::next_event) returned `None` (the
    /// previous frame is consumed); an unconsumed rest is carried, never lost.
    pub fn push(&mut self, frame: Bytes) {
        if self.failed {
            // After an error nothing more is parsed, so nothing more is kept.
            return;
        }
        if self.pos < self.frame.len() {
            self.carry.extend_from_slice(&self.frame[self.pos..]);
        }
        self.frame = frame;
        self.pos = 0;
    }

    /// Bytes held for lines and events not yet complete (bounded by the cap).
    pub fn buffered(&self) -> usize {
        self.carry.len() + self.data.len()
    }

    /// Whether a line or event has started but not been dispatched (at EOF: a truncated event).
    pub fn has_partial(&self) -> bool {
        !self.carry.is_empty()
            || self.data.len() > 0
            || self.pos < self.frame.len()
            || self.bom.is_some_and(|n| n > 0)
    }

    /// The next complete event in the frames pushed so far, or `None` when more input is
    /// needed. After an error, always `None`.
    pub fn next_event(&mut self) -> Option<Result<SseEvent, SseError>> {
        if self.failed {
            return None;
        }
        loop {
            let result = match self.next_line()? {
                Ok(Line::Frame(start, end)) => {
                    let kind = self.classify_in_frame(start, end);
                    kind.and_then(|k| self.apply(k, |p: &Self, from| p.frame.slice(start + from..end)))
                }
                Ok(Line::Joined(line)) => match classify(&line, self.max, self.consumed) {
                    // The joined line is ours: trim it in place rather than take a new handle.
                    Ok(k) => self.apply(k, move |_: &Self, from| {
                        let mut line = line;
                        bytes::Buf::advance(&mut line, from);
                        line
                    }),
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            };
            match result {
                Ok(Some(ev)) => return Some(Ok(ev)),
                Ok(None) => {}
                Err(e) => {
                    self.failed = true;
                    self.carry = BytesMut::new();
                    self.data = Data::None;
                    return Some(Err(e));
                }
            }
        }
    }

    fn classify_in_frame(&self, start: usize, end: usize) -> Result<Kind, SseError> {
        classify(&self.frame[start..end], self.max, self.consumed)
    }

    /// Finds the next line end in the current frame. `None`: need more input.
    fn next_line(&mut self) -> Option<Result<Line, SseError>> {
        let frame_len = self.frame.len();
        if self.skip_lf && self.pos < frame_len {
            if self.frame[self.pos] == b'\n' {
                self.pos += 1;
                self.consumed += 1;
            }
            self.skip_lf = false;
        }
        if self.bom.is_some() && !self.strip_bom() {
            return None;
        }
        let rest = &self.frame[self.pos..];
        // The blank line ending most events: no need to search.
        if rest.first() == Some(&b'\n') && self.carry.is_empty() {
            let at = self.pos;
            self.pos += 1;
            self.consumed += 1;
            return Some(Ok(Line::Frame(at, at)));
        }
        let Some(i) = memchr::memchr2(b'\n', b'\r', rest) else {
            if !rest.is_empty() {
                if self.carry.len() + rest.len() > self.max {
                    return Some(Err(SseError::TooLarge { limit: self.max }));
                }
                self.carry.extend_from_slice(rest);
                self.consumed += rest.len() as u64;
                self.pos = frame_len;
            }
            return None;
        };
        let start = self.pos;
        let end = start + i;
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
        if self.carry.is_empty() {
            return Some(Ok(Line::Frame(start, end)));
        }
        // A line that spans frames: only its bytes go through the carry.
        if self.carry.len() + i > self.max {
            return Some(Err(SseError::TooLarge { limit: self.max }));
        }
        self.carry.extend_from_slice(&self.frame[start..end]);
        Some(Ok(Line::Joined(self.carry.split().freeze())))
    }

    /// Strips one leading BOM, possibly split across frames. Returns false when the frame ran
    /// out before deciding.
    fn strip_bom(&mut self) -> bool {
        let Some(mut matched) = self.bom else { return true };
        while self.pos < self.frame.len() && matched < BOM.len() {
            if self.frame[self.pos] != BOM[matched] {
                // Not a BOM: the bytes matched so far belong to the first line.
                self.carry.extend_from_slice(&BOM[..matched]);
                self.bom = None;
                return true;
            }
            matched += 1;
            self.pos += 1;
            self.consumed += 1;
        }
        if matched == BOM.len() {
            self.bom = None;
            return true;
        }
        self.bom = Some(matched);
        false
    }

    /// Applies a classified line. `value(self, from)` gives the line's bytes from `from` on.
    fn apply(
        &mut self,
        kind: Kind,
        value: impl FnOnce(&Self, usize) -> Bytes,
    ) -> Result<Option<SseEvent>, SseError> {
        match kind {
            Kind::Blank => return Ok(self.dispatch()),
            Kind::Ignore => {}
            Kind::Data(from) => {
                let v = value(self, from);
                if self.data.len() + v.len() + 1 > self.max {
                    return Err(SseError::TooLarge { limit: self.max });
                }
                self.data = match std::mem::take(&mut self.data) {
                    Data::None => Data::One(v),
                    Data::One(first) => {
                        let mut buf = BytesMut::with_capacity(first.len() + 1 + v.len());
                        buf.extend_from_slice(&first);
                        buf.extend_from_slice(b"\n");
                        buf.extend_from_slice(&v);
                        Data::Many(buf)
                    }
                    Data::Many(mut buf) => {
                        buf.extend_from_slice(b"\n");
                        buf.extend_from_slice(&v);
                        Data::Many(buf)
                    }
                };
            }
            Kind::Event(from) => self.event = Some(value(self, from)),
            Kind::Id(from) => {
                let v = value(self, from);
                // WHATWG: an id containing NUL is ignored.
                if memchr::memchr(0, &v).is_none() {
                    self.id = Some(v);
                }
            }
            Kind::Retry(from) => {
                let v = value(self, from);
                if !v.is_empty() && v.iter().all(u8::is_ascii_digit) {
                    self.retry = as_str(&v).parse().ok();
                }
            }
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

/// Reads one line (without its line end): which field, and where its value starts.
fn classify(line: &[u8], max: usize, consumed: u64) -> Result<Kind, SseError> {
    if line.is_empty() {
        return Ok(Kind::Blank);
    }
    if line[0] == b':' {
        return Ok(Kind::Ignore);
    }
    if line.len() > max {
        return Err(SseError::TooLarge { limit: max });
    }
    if simdutf8::basic::from_utf8(line).is_err() {
        return Err(SseError::InvalidUtf8 { offset: consumed });
    }
    // The usual line, without a search for the colon.
    if let Some(v) = line.strip_prefix(b"data:") {
        return Ok(Kind::Data(if v.first() == Some(&b' ') { 6 } else { 5 }));
    }
    let (field, from) = match memchr::memchr(b':', line) {
        Some(i) => (
            &line[..i],
            if line.get(i + 1) == Some(&b' ') {
                i + 2
            } else {
                i + 1
            },
        ),
        None => (line, line.len()),
    };
    Ok(match field {
        b"data" => Kind::Data(from),
        b"event" => Kind::Event(from),
        b"id" => Kind::Id(from),
        b"retry" => Kind::Retry(from),
        _ => Kind::Ignore,
    })
}

#[cfg(test)]
mod tests;
