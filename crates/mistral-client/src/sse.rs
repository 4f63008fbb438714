//! A zero-copy server-sent events parser, correct to the WHATWG rules.
//!
//! Feed it `Bytes` frames as they come off the body ([`SseParser::push`]) and pull events:
//! [`SseParser::next_event_ref`] lends each event's data straight out of the frame (no copy, no
//! reference counting, no allocation), and [`SseParser::next_event`] hands out owned events
//! whose data is a `Bytes` slice of the frame (no copy). Only an event that spans frames goes
//! through the parser's reusable buffers (a line already 4 KiB long copies each further frame
//! whole, scans it there while it is in cache, and gives back what follows the line end), and
//! nothing is ever re-scanned: the cost is linear in the input however it is split.
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

/// From this many carried bytes on, a line counts as long (see `advance`).
const LONG_LINE: usize = 4096;

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
    // SAFETY: every byte an event exposes comes from a line that `classify` accepted: all
    // ASCII by the scan (whose kernels are tested against `memchr` + `is_ascii`), or valid
    // UTF-8 by simdutf8. A line spanning frames counts as ASCII only if every part did (a
    // partial BOM marks its carry non-ASCII). Lines are split on CR/LF, which never occur
    // inside a multi-byte sequence, and data lines are joined with `\n`. The event types keep
    // their fields private, so no other bytes can get in.
    unsafe { std::str::from_utf8_unchecked(b) }
}

/// Why the stream is not valid SSE.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SseError {
    /// A line is not valid UTF-8.
    InvalidUtf8 {
        /// Stream offset of the end of the line's content (its line end excluded, so the
        /// offset does not depend on how the input was split).
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
    /// Whether `carry` is all ASCII (so the joined line needs no UTF-8 validation).
    carry_ascii: bool,
    /// The previous frame ended with CR: a LF at the start of the next one is part of it.
    skip_lf: bool,
    /// How many bytes of a leading BOM were matched; `None` once past the start.
    bom: Option<usize>,
    data: Data,
    data_buf: Vec<u8>,
    event: Option<Vec<u8>>,
    id: Option<Vec<u8>>,
    /// Bumped when `id` is set: `committed` is copied from it only when it changed.
    id_version: u64,
    /// The event source's last event id (WHATWG): `id` as of the last blank line, whether an
    /// event was dispatched there or not (an `id:`-only block counts; a cut event does not).
    committed: Option<Vec<u8>>,
    committed_version: u64,
    retry: Option<u64>,
    /// The last call dispatched an event that borrows the buffers: reset them on the next one.
    dispatched: bool,
    max: usize,
    /// The stream offset of `frame[0]` (for error offsets; nothing is counted per line).
    base: u64,
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
            carry_ascii: true,
            skip_lf: false,
            bom: Some(0),
            data: Data::None,
            data_buf: Vec::new(),
            event: None,
            id: None,
            id_version: 0,
            committed: None,
            committed_version: 0,
            retry: None,
            dispatched: false,
            max: max_event_bytes,
            base: 0,
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
        // Whether or not bytes are left over, the new frame starts `pos` bytes further on.
        self.base += self.pos as u64;
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

    /// Bytes held for lines and events not yet complete: at most twice the cap (a pending
    /// event's data, and a partial line that may not belong to it, such as a comment).
    pub fn buffered(&self) -> usize {
        self.carry.len() + self.data_len()
    }

    /// The last event id as an `EventSource` holds it: the `id:` in force at the last blank
    /// line read (an event's, or an `id:`-only block's), `None` before any. An `id:` of an
    /// event still being read does not count until its blank line; an empty `id:` makes it
    /// empty. What a client sends back as `Last-Event-ID` to resume.
    pub fn last_event_id(&self) -> Option<&str> {
        self.committed.as_deref().map(as_str)
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

    /// Lets go of the current frame if every byte of it has been read: the event just
    /// handed out (which borrowed it) is done with. Call it once an event has been decoded,
    /// so that a consumer that waits before asking for the next event holds no frame (and the
    /// HTTP connection can reuse its read buffer). The parser also lets go of each frame by
    /// itself once it has read it to its end.
    pub fn release_consumed(&mut self) {
        self.reset_dispatched();
        if self.pos == self.frame.len() && !self.frame.is_empty() {
            self.release_frame();
        }
    }

    /// Drops the frame once it is read to its end; a pending event's data line that still
    /// points into it moves to the data buffer first (what `push` would do anyway).
    fn release_frame(&mut self) {
        if self.pos < self.frame.len() || self.frame.is_empty() {
            return;
        }
        if let Data::Frame(s, e) = self.data {
            if self.dispatched {
                // The event handed out still borrows it: the next call lets go.
                return;
            }
            self.data_buf.extend_from_slice(&self.frame[s..e]);
            self.data = Data::Buf(0);
        }
        self.base += self.pos as u64;
        self.pos = 0;
        self.frame = Bytes::new();
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

    #[cold]
    #[inline(never)]
    fn fail(&mut self, e: SseError) -> Option<Result<(), SseError>> {
        self.failed = true;
        self.carry = Vec::new();
        self.carry_ascii = true;
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
                }
                self.skip_lf = false;
            }
            if self.bom.is_some() && !self.strip_bom() {
                self.release_frame();
                return None;
            }
            let rest = &self.frame[self.pos..];
            // The blank line ending most events: no need to search.
            if rest.first() == Some(&b'\n') && self.carry.is_empty() {
                self.pos += 1;
                if self.dispatch() {
                    return Some(Ok(()));
                }
                continue;
            }
            // A long line going on: copy the frame's bytes into the carry first (most of them
            // go there anyway) and scan the copy while it is hot in cache, then give back what
            // lies past the line end. Shorter lines are scanned in the frame, as usual.
            let long = self.carry.len() >= LONG_LINE;
            let scan = if long {
                let old = self.carry.len();
                self.carry.extend_from_slice(rest);
                let scan = scan(&self.carry[old..]);
                self.carry.truncate(old + scan.end);
                scan
            } else {
                scan(rest)
            };
            let i = scan.end;
            // The line's length so far, this frame's part included.
            let line_len = if long {
                self.carry.len()
            } else {
                self.carry.len() + i
            };
            if line_len > self.max {
                return self.fail(SseError::TooLarge { limit: self.max });
            }
            if i == rest.len() {
                if !rest.is_empty() {
                    if !long {
                        self.carry.extend_from_slice(rest);
                    }
                    self.carry_ascii &= scan.ascii;
                    self.pos = frame_len;
                }
                self.release_frame();
                return None;
            }
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
            self.pos = next;
            let offset = self.base + end as u64;
            let step = if self.carry.is_empty() {
                match classify(&self.frame[start..end], self.max, scan.ascii, offset) {
                    Ok(kind) => self.apply_frame_line(kind, start, end),
                    Err(e) => Err(e),
                }
            } else {
                // A line that spans frames: only its bytes go through the carry.
                if !long {
                    self.carry.extend_from_slice(&self.frame[start..end]);
                }
                let ascii = scan.ascii && std::mem::replace(&mut self.carry_ascii, true);
                let mut line = std::mem::take(&mut self.carry);
                let step = match classify(&line, self.max, ascii, offset) {
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
    #[cold]
    #[inline(never)]
    fn strip_bom(&mut self) -> bool {
        let Some(mut matched) = self.bom else { return true };
        while self.pos < self.frame.len() && matched < BOM.len() {
            if self.frame[self.pos] != BOM[matched] {
                // Not a BOM: the bytes matched so far belong to the first line.
                self.carry.extend_from_slice(&BOM[..matched]);
                self.carry_ascii = matched == 0;
                self.bom = None;
                return true;
            }
            matched += 1;
            self.pos += 1;
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
    #[cold]
    #[inline(never)]
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
    #[cold]
    #[inline(never)]
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

    #[cold]
    #[inline(never)]
    fn apply_field(&mut self, kind: Kind, line: &[u8]) {
        match kind {
            Kind::Event(from) => self.event = Some(line[from..].to_vec()),
            // WHATWG: an id containing NUL is ignored.
            Kind::Id(from) if memchr::memchr(0, &line[from..]).is_none() => {
                self.id = Some(line[from..].to_vec());
                self.id_version += 1;
            }
            Kind::Retry(from) => {
                let v = &line[from..];
                // WHATWG: a value that is not all digits is ignored; so is one too large to
                // hold (the previous value stays).
                if !v.is_empty() && v.iter().all(u8::is_ascii_digit) {
                    if let Ok(ms) = as_str(v).parse() {
                        self.retry = Some(ms);
                    }
                }
            }
            _ => {}
        }
    }

    /// An empty line: the pending event is ready if it has data. Returns whether it is.
    fn dispatch(&mut self) -> bool {
        // WHATWG: the source's last event id is set first, with or without data.
        if self.committed_version != self.id_version {
            self.committed_version = self.id_version;
            let id = self.id.as_deref().unwrap_or_default();
            let committed = self.committed.get_or_insert_with(Vec::new);
            committed.clear();
            committed.extend_from_slice(id);
        }
        if self.data == Data::None {
            // WHATWG: no data, no event (the type is reset all the same).
            self.event = None;
            return false;
        }
        self.dispatched = true;
        true
    }
}

/// What a search for a line end found: where the first CR or LF is, and whether every byte
/// before it (or every byte, when there is none) is ASCII.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Scan {
    /// The index of the first CR or LF; the input's length when there is none (a plain
    /// `usize` rather than an `Option`, so the pair comes back in two registers).
    end: usize,
    ascii: bool,
}

/// Finds the first CR or LF and checks the bytes before it for ASCII, in one pass. Most lines
/// are ASCII (JSON escapes much of the rest), so most never reach the UTF-8 validator; and on
/// lines this short, one fused pass beats a search followed by a separate check.
#[cfg(target_arch = "x86_64")]
fn scan(hay: &[u8]) -> Scan {
    if hay.len() >= 32 && std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: AVX2 is available (checked just above), and `hay` is at least 32 bytes.
        return unsafe { scan_avx2(hay) };
    }
    if hay.len() >= 16 {
        // SAFETY: SSE2 is part of the x86_64 baseline, and `hay` is at least 16 bytes.
        return unsafe { scan_sse2(hay) };
    }
    scan_bytes(hay)
}

/// A fused scan kernel for one vector width: `$w`-byte unaligned loads, a CR/LF compare and
/// the high bits of every byte (OR-ed together and read once at the end: a line end is rare
/// within a block, a non-ASCII byte common enough that branching on it would cost more).
#[cfg(target_arch = "x86_64")]
macro_rules! scan_kernel {
    ($(#[$attr:meta])* $name:ident, $vec:ty, $w:literal, $load:ident, $cmpeq:ident, $or:ident,
     $set1:ident, $zero:ident, $movemask:ident) => {
        $(#[$attr])*
        /// # Safety
        /// The CPU must support the kernel's instructions, and `hay.len() >= $w`.
        unsafe fn $name(hay: &[u8]) -> Scan {
            use std::arch::x86_64::*;
            let len = hay.len();
            debug_assert!(len >= $w);
            // Every load reads `hay[at..at + $w]` with `at + $w <= len`: in bounds.
            macro_rules! load {
                ($at:expr) => {
                    $load(hay.as_ptr().add($at).cast::<$vec>())
                };
            }
            macro_rules! eol {
                ($v:expr) => {
                    $movemask($or($cmpeq($v, $set1(b'\n' as i8)), $cmpeq($v, $set1(b'\r' as i8)))) as u32
                };
            }
            // A line end at the first set bit of `e`, in the block at `at` whose high bits are
            // `h`: ASCII if no byte passed before, nor any of this block before the end, is high.
            let found = |at: usize, e: u32, h: u32, seen: u32| {
                let i = e.trailing_zeros();
                Scan {
                    end: at + i as usize,
                    ascii: seen | (h & ((1u64 << i) - 1) as u32) == 0,
                }
            };
            let mut seen = $zero();
            let mut at = 0;
            while at + $w <= len {
                let v = load!(at);
                let e = eol!(v);
                if e != 0 {
                    return found(at, e, $movemask(v) as u32, $movemask(seen) as u32);
                }
                seen = $or(seen, v);
                at += $w;
            }
            let seen = $movemask(seen) as u32;
            if at == len {
                return Scan {
                    end: len,
                    ascii: seen == 0,
                };
            }
            // The tail: one more block ending at `len`; its first `back` bytes were already
            // checked, so their bits are shifted out.
            let back = at + $w - len;
            let v = load!(len - $w);
            let (e, h) = (eol!(v) >> back, ($movemask(v) as u32) >> back);
            if e != 0 {
                return found(at, e, h, seen);
            }
            Scan {
                end: len,
                ascii: seen | h == 0,
            }
        }
    };
}

#[cfg(target_arch = "x86_64")]
scan_kernel!(
    #[target_feature(enable = "avx2")]
    scan_avx2,
    __m256i,
    32,
    _mm256_loadu_si256,
    _mm256_cmpeq_epi8,
    _mm256_or_si256,
    _mm256_set1_epi8,
    _mm256_setzero_si256,
    _mm256_movemask_epi8
);
#[cfg(target_arch = "x86_64")]
scan_kernel!(
    scan_sse2,
    __m128i,
    16,
    _mm_loadu_si128,
    _mm_cmpeq_epi8,
    _mm_or_si128,
    _mm_set1_epi8,
    _mm_setzero_si128,
    _mm_movemask_epi8
);

/// The portable scan: memchr, then an ASCII check of what lies before the line end.
#[cfg(any(not(target_arch = "x86_64"), test))]
fn scan_portable(hay: &[u8]) -> Scan {
    let end = memchr::memchr2(b'\n', b'\r', hay).unwrap_or(hay.len());
    let ascii = hay[..end].is_ascii();
    Scan { end, ascii }
}

#[cfg(not(target_arch = "x86_64"))]
fn scan(hay: &[u8]) -> Scan {
    scan_portable(hay)
}

/// The scan of a short input, a byte at a time.
#[cfg(target_arch = "x86_64")]
fn scan_bytes(hay: &[u8]) -> Scan {
    let mut high = 0u8;
    for (i, &b) in hay.iter().enumerate() {
        if b == b'\n' || b == b'\r' {
            return Scan {
                end: i,
                ascii: high & 0x80 == 0,
            };
        }
        high |= b;
    }
    Scan {
        end: hay.len(),
        ascii: high & 0x80 == 0,
    }
}

/// Reads one line (without its line end): which field, and where its value starts. `ascii`:
/// the scan already found the line all ASCII. `offset`: where the line ends in the stream.
#[inline(always)]
fn classify(line: &[u8], max: usize, ascii: bool, offset: u64) -> Result<Kind, SseError> {
    if line.is_empty() {
        return Ok(Kind::Blank);
    }
    // Before the comment check: a comment over the cap is an error too, as it must be when it
    // arrives in pieces (its bytes are buffered), so the outcome does not depend on framing.
    if line.len() > max {
        return Err(SseError::TooLarge { limit: max });
    }
    if line[0] == b':' {
        return Ok(Kind::Ignore);
    }
    if !ascii && simdutf8::basic::from_utf8(line).is_err() {
        return Err(SseError::InvalidUtf8 { offset });
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
