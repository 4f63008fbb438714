//! A zero-copy server-sent events parser, correct to the WHATWG rules.
//!
//! Feed it `Bytes` frames as they come off the body ([`SseParser::push`]) and pull events:
//! [`SseParser::next_event_ref`] lends each event's data straight out of the frame (no copy, no
//! reference counting, no allocation), and [`SseParser::next_event`] hands out owned events
//! whose data is a `Bytes` slice of the frame (no copy). Only an event that spans frames goes
//! through the parser's reusable buffers, and nothing is ever re-scanned: the cost is linear
//! in the input however it is split.
//!
//! Rules (WHATWG HTML §9.2.6): lines end with LF, CR or CRLF (also when the CR ends one frame
//! and the LF starts the next); one leading BOM is stripped; lines starting with `:` are
//! comments; one leading space is removed from values; `data` lines are joined with `\n`;
//! `event`, `id` (ignored if it contains NUL; persists) and `retry` (digits only) are read;
//! an empty line dispatches; an event without data is not dispatched; an unterminated final
//! event is never dispatched. Invalid UTF-8 is an error at once, and a line or event longer
//! than the cap is an error with memory bounded.

use bytes::Bytes;

/// The default cap on one line or event: 16 MiB.
pub const DEFAULT_MAX_EVENT_BYTES: usize = 16 * 1024 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One dispatched event, owned. Every field is valid UTF-8 (checked while parsing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SseEvent {
    event: Option<Bytes>,
    data: Bytes,
    id: Option<Bytes>,
    retry: Option<u64>,
}

impl SseEvent {
    /// The data lines joined with `\n`, as bytes (a slice of the input frame when the whole
    /// event lay in one frame).
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

/// One dispatched event, borrowed from the parser until its next call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SseEventRef<'a> {
    event: Option<&'a [u8]>,
    data: &'a [u8],
    id: Option<&'a [u8]>,
    retry: Option<u64>,
}

impl<'a> SseEventRef<'a> {
    /// The data lines joined with `\n`, as bytes.
    pub fn data(&self) -> &'a [u8] {
        self.data
    }

    /// The data as text.
    pub fn data_str(&self) -> &'a str {
        as_str(self.data)
    }

    /// The event type (`event:` field), if set.
    pub fn event(&self) -> Option<&'a str> {
        self.event.map(as_str)
    }

    /// The last event id seen (persists across events).
    pub fn id(&self) -> Option<&'a str> {
        self.id.map(as_str)
    }

    /// The reconnection time the server asked for, in milliseconds.
    pub fn retry(&self) -> Option<u64> {
        self.retry
    }
}

/// Bytes the parser validated as UTF-8, as text.
fn as_str(b: &[u8]) -> &str {
    debug_assert!(std::str::from_utf8(b).is_ok());
    // SAFETY: every byte an event exposes comes from a line that passed UTF-8 validation in
    // `classify` (lines are split on CR/LF, which never occur inside a multi-byte sequence,
    // and data lines are joined with `\n`). The event types keep their fields private, so no
    // other bytes can get in.
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

/// Where the pending event's data is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Data {
    None,
    /// One data line, within the current frame.
    Frame(usize, usize),
    /// In `data_buf[start..]` (several lines, a line joined from several frames, or moved out
    /// of a frame that was replaced).
    Buf(usize),
}

/// The incremental parser. See the [module docs](self).
#[derive(Debug)]
pub struct SseParser {
    frame: Bytes,
    pos: usize,
    /// An unterminated line's bytes from earlier frames (reused: no steady-state allocation).
    carry: Vec<u8>,
    /// The previous frame ended with CR: a LF at the start of the next one is part of it.
    skip_lf: bool,
    /// How many bytes of a leading BOM were matched; `None` once past the start.
    bom: Option<usize>,
    data: Data,
    data_buf: Vec<u8>,
    event: Option<Vec<u8>>,
    id: Option<Vec<u8>>,
    retry: Option<u64>,
    /// The last call dispatched an event that borrows the buffers: reset them on the next one.
    dispatched: bool,
    max: usize,
    consumed: u64,
    failed: bool,
}

/// What a line says: which field, and where its value starts in the line.
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
            carry: Vec::new(),
            skip_lf: false,
            bom: Some(0),
            data: Data::None,
            data_buf: Vec::new(),
            event: None,
            id: None,
            retry: None,
            dispatched: false,
            max: max_event_bytes,
            consumed: 0,
            failed: false,
        }
    }

    /// Adds the next frame. Normally called once the previous frame's events were taken (the
    /// `next_*` call returned `None`); events left unread are kept, at the cost of a copy.
    pub fn push(&mut self, frame: Bytes) {
        if self.failed {
            // After an error nothing more is parsed, so nothing more is kept.
            return;
        }
        self.reset_dispatched();
        // Pending data must outlive the frame it points into.
        if let Data::Frame(s, e) = self.data {
            self.data_buf.extend_from_slice(&self.frame[s..e]);
            self.data = Data::Buf(0);
        }
        if self.pos < self.frame.len() {
            // Events were left unread: keep their bytes in front of the new frame (a copy, off
            // the normal path), so nothing is lost or misparsed.
            let mut joined = Vec::with_capacity(self.frame.len() - self.pos + frame.len());
            joined.extend_from_slice(&self.frame[self.pos..]);
            joined.extend_from_slice(&frame);
            self.frame = Bytes::from(joined);
        } else {
            self.frame = frame;
        }
        self.pos = 0;
    }

    /// Bytes held for lines and events not yet complete (bounded by the cap).
    pub fn buffered(&self) -> usize {
        self.carry.len() + self.data_len()
    }

    /// Whether a line or event has started but not been dispatched (at EOF: a truncated event).
    pub fn has_partial(&self) -> bool {
        !self.dispatched && (!self.carry.is_empty() || self.data != Data::None || self.pos < self.frame.len())
            || self.bom.is_some_and(|n| n > 0)
    }

    /// The next complete event, lent until the next call on the parser; `None` when more input
    /// is needed. After an error, always `None`. The fastest way to consume events.
    pub fn next_event_ref(&mut self) -> Option<Result<SseEventRef<'_>, SseError>> {
        match self.advance()? {
            Err(e) => Some(Err(e)),
            Ok(()) => {
                let data = match self.data {
                    Data::Frame(s, e) => &self.frame[s..e],
                    Data::Buf(start) => &self.data_buf[start..],
                    Data::None => &[][..],
                };
                Some(Ok(SseEventRef {
                    event: self.event.as_deref(),
                    data,
                    id: self.id.as_deref(),
                    retry: self.retry,
                }))
            }
        }
    }

    /// The next complete event, owned: its data is a slice of the frame (no copy) when the
    /// event lay in one frame, else a copy of the parser's buffer. `None` when more input is
    /// needed. After an error, always `None`.
    pub fn next_event(&mut self) -> Option<Result<SseEvent, SseError>> {
        match self.advance()? {
            Err(e) => Some(Err(e)),
            Ok(()) => {
                let data = match self.data {
                    Data::Frame(s, e) => self.frame.slice(s..e),
                    Data::Buf(start) => Bytes::copy_from_slice(&self.data_buf[start..]),
                    Data::None => Bytes::new(),
                };
                Some(Ok(SseEvent {
                    event: self.event.as_deref().map(Bytes::copy_from_slice),
                    data,
                    id: self.id.as_deref().map(Bytes::copy_from_slice),
                    retry: self.retry,
                }))
            }
        }
    }

    fn data_len(&self) -> usize {
        match self.data {
            Data::None => 0,
            Data::Frame(s, e) => e - s,
            Data::Buf(start) => self.data_buf.len() - start,
        }
    }

    fn reset_dispatched(&mut self) {
        if self.dispatched {
            self.dispatched = false;
            self.data = Data::None;
            self.data_buf.clear();
            self.event = None;
        }
    }

    fn fail(&mut self, e: SseError) -> Option<Result<(), SseError>> {
        self.failed = true;
        self.carry = Vec::new();
        self.data_buf = Vec::new();
        self.data = Data::None;
        Some(Err(e))
    }

    /// Parses lines until an event is ready (its parts are in `self`), more input is needed
    /// (`None`), or an error.
    fn advance(&mut self) -> Option<Result<(), SseError>> {
        if self.failed {
            return None;
        }
        self.reset_dispatched();
        loop {
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
                self.pos += 1;
                self.consumed += 1;
                if self.dispatch() {
                    return Some(Ok(()));
                }
                continue;
            }
            let Some(i) = memchr::memchr2(b'\n', b'\r', rest) else {
                if !rest.is_empty() {
                    if self.carry.len() + rest.len() > self.max {
                        return self.fail(SseError::TooLarge { limit: self.max });
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
            let step = if self.carry.is_empty() {
                match classify(&self.frame[start..end], self.max, self.consumed) {
                    Ok(kind) => self.apply_frame_line(kind, start, end),
                    Err(e) => Err(e),
                }
            } else {
                // A line that spans frames: only its bytes go through the carry.
                if self.carry.len() + i > self.max {
                    return self.fail(SseError::TooLarge { limit: self.max });
                }
                self.carry.extend_from_slice(&self.frame[start..end]);
                let mut line = std::mem::take(&mut self.carry);
                let step = match classify(&line, self.max, self.consumed) {
                    // The usual case: the joined line becomes the event's data buffer as is
                    // (the two buffers trade places; no copy, no allocation).
                    Ok(Kind::Data(from)) if self.data == Data::None => {
                        std::mem::swap(&mut self.data_buf, &mut line);
                        self.data = Data::Buf(from);
                        Ok(false)
                    }
                    Ok(kind) => self.apply_owned_line(kind, &line),
                    Err(e) => Err(e),
                };
                // Keep an allocation for the next spanning line.
                line.clear();
                self.carry = line;
                step
            };
            match step {
                Ok(true) => return Some(Ok(())),
                Ok(false) => {}
                Err(e) => return self.fail(e),
            }
        }
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

    /// A line within the current frame. Returns whether an event is ready.
    fn apply_frame_line(&mut self, kind: Kind, start: usize, end: usize) -> Result<bool, SseError> {
        match kind {
            Kind::Data(from) => {
                let (vs, ve) = (start + from, end);
                if self.data == Data::None {
                    if ve - vs > self.max {
                        return Err(SseError::TooLarge { limit: self.max });
                    }
                    self.data = Data::Frame(vs, ve);
                    Ok(false)
                } else {
                    let frame = self.frame.clone();
                    self.push_data(&frame[vs..ve]).map(|()| false)
                }
            }
            Kind::Blank => Ok(self.dispatch()),
            Kind::Ignore => Ok(false),
            other => {
                let frame = self.frame.clone();
                self.apply_field(other, &frame[start..end]);
                Ok(false)
            }
        }
    }

    /// A line joined from several frames. Returns whether an event is ready.
    fn apply_owned_line(&mut self, kind: Kind, line: &[u8]) -> Result<bool, SseError> {
        match kind {
            Kind::Data(from) => self.push_data(&line[from..]).map(|()| false),
            Kind::Blank => Ok(self.dispatch()),
            other => {
                self.apply_field(other, line);
                Ok(false)
            }
        }
    }

    /// Appends a data value to the pending event (`\n`-joined), moving it to the buffer.
    fn push_data(&mut self, value: &[u8]) -> Result<(), SseError> {
        let sep = usize::from(self.data != Data::None);
        if self.data_len() + sep + value.len() > self.max {
            return Err(SseError::TooLarge { limit: self.max });
        }
        let start = match self.data {
            Data::None => 0,
            Data::Frame(s, e) => {
                self.data_buf.extend_from_slice(&self.frame[s..e]);
                self.data_buf.push(b'\n');
                0
            }
            Data::Buf(start) => {
                self.data_buf.push(b'\n');
                start
            }
        };
        self.data_buf.extend_from_slice(value);
        self.data = Data::Buf(start);
        Ok(())
    }

    fn apply_field(&mut self, kind: Kind, line: &[u8]) {
        match kind {
            Kind::Event(from) => self.event = Some(line[from..].to_vec()),
            // WHATWG: an id containing NUL is ignored.
            Kind::Id(from) if memchr::memchr(0, &line[from..]).is_none() => {
                self.id = Some(line[from..].to_vec())
            }
            Kind::Retry(from) => {
                let v = &line[from..];
                if !v.is_empty() && v.iter().all(u8::is_ascii_digit) {
                    self.retry = as_str(v).parse().ok();
                }
            }
            _ => {}
        }
    }

    /// An empty line: the pending event is ready if it has data. Returns whether it is.
    fn dispatch(&mut self) -> bool {
        if self.data == Data::None {
            // WHATWG: no data, no event (the type is reset all the same).
            self.event = None;
            return false;
        }
        self.dispatched = true;
        true
    }
}

/// Whether `b` is all ASCII: eight bytes at a time, the tail read as one overlapping word.
/// Most lines are ASCII (JSON escapes much of the rest), and on lines this short a SIMD UTF-8
/// validator spends more on its setup and tail than this whole check.
fn is_ascii(b: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or([0x80; 8]));
    if b.len() < 8 {
        return b.iter().all(u8::is_ascii);
    }
    let mut acc = 0u64;
    let mut blocks = b.chunks_exact(32);
    for c in &mut blocks {
        acc |= word(&c[..8]) | word(&c[8..16]) | word(&c[16..24]) | word(&c[24..]);
    }
    for c in blocks.remainder().chunks_exact(8) {
        acc |= word(c);
    }
    acc |= word(&b[b.len() - 8..]);
    acc & HIGH == 0
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
    if !is_ascii(line) && simdutf8::basic::from_utf8(line).is_err() {
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
