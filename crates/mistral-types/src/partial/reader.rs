//! The incremental reader: a byte-level state machine over the deltas, building the value in
//! place (see the module docs for the semantics and the cost).

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// serde_json's nesting limit: 127 open containers read, the 128th rejected (so here too).
const MAX_DEPTH: usize = 127;

/// Why a document is not JSON, and at which byte (from the start of the whole document, over
/// every delta fed so far).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartialJsonError {
    offset: usize,
    message: &'static str,
}

impl std::fmt::Display for PartialJsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid JSON at byte {}: {}", self.offset, self.message)
    }
}

impl std::error::Error for PartialJsonError {}

impl PartialJsonError {
    /// The byte offset where the document stops being JSON (for an unfinished document, its
    /// length).
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// What was wrong there.
    pub fn message(&self) -> &str {
        self.message
    }
}

/// What the reader expects next, between tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expect {
    /// A value: the root, after `:`, after `,` in an array.
    Value,
    /// After `[`: a value or `]`.
    ValueOrClose,
    /// After `{`: a key or `}`.
    KeyOrClose,
    /// After `,` in an object.
    Key,
    /// After a key.
    Colon,
    /// After a value in a container.
    CommaOrClose,
    /// After the root value: whitespace only.
    End,
}

/// Inside a `\` escape of a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Esc {
    None,
    Backslash,
    /// `\u` and `n` hex digits read so far (`high`: the leading surrogate before it).
    Hex {
        n: u8,
        code: u32,
        high: Option<u32>,
    },
    /// A leading surrogate was read: `\` must follow.
    WantBackslash {
        high: u32,
    },
    /// ... then `u`.
    WantU {
        high: u32,
    },
}

/// The number grammar, one state per position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Num {
    Minus,
    Zero,
    Int,
    Dot,
    Frac,
    Exp,
    ExpSign,
    ExpDigits,
}

impl Num {
    /// Whether the text read so far is a whole number.
    fn complete(self) -> bool {
        matches!(self, Num::Zero | Num::Int | Num::Frac | Num::ExpDigits)
    }
}

/// The token being read, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    None,
    /// A string: an object key (kept aside until its value begins) or a value (in the tree).
    Str {
        key: bool,
        esc: Esc,
    },
    /// A number; its text is in `num`.
    Num(Num),
    /// `true`, `false` or `null`, `pos` bytes matched.
    Lit {
        word: &'static [u8],
        pos: usize,
    },
}

/// An open container: for an object, the key of its entry being read (the path to the
/// innermost open value is the keys and last elements of these frames).
#[derive(Clone, Debug)]
enum Frame {
    /// `last`: the entry is the map's last (always, unless a duplicate key replaced an
    /// earlier entry), reached then without hashing the key.
    Object {
        key: String,
        last: bool,
    },
    Array,
}

/// An incremental reader of one JSON document fed in pieces: see the
/// [module docs](crate::partial).
///
/// ```
/// use mistral::partial::PartialJsonReader;
/// use serde_json::json;
///
/// let mut r = PartialJsonReader::new();
/// r.feed(r#"{"title": "Pan"#)?;
/// assert_eq!(r.value(), Some(&json!({"title": "Pan"})));
/// r.feed(r#"cakes", "serves": 1"#)?;
/// // `1` may be the start of `12`: not shown yet.
/// assert_eq!(r.value(), Some(&json!({"title": "Pancakes"})));
/// r.feed("2}")?;
/// assert_eq!(r.finish()?, &json!({"title": "Pancakes", "serves": 12}));
/// # Ok::<(), mistral::partial::PartialJsonError>(())
/// ```
#[derive(Clone, Debug)]
pub struct PartialJsonReader {
    /// The value read so far (`None` until the root value begins).
    root: Option<Value>,
    stack: Vec<Frame>,
    expect: Expect,
    token: Token,
    /// Bytes fed before the current delta.
    offset: usize,
    /// A number's text so far, and where it began.
    num: String,
    num_start: usize,
    /// An object key being read.
    key: String,
    /// Decoded string text of the current delta not yet appended to the tree.
    scratch: String,
    version: u64,
    error: Option<PartialJsonError>,
    finished: bool,
}

impl Default for PartialJsonReader {
    fn default() -> Self {
        Self::new()
    }
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The value at the end of the path `frames` from `v` (each object frame's current key, each
/// array's last element). `None` only if the tree and the frames disagree (a bug).
fn descend<'a>(mut v: &'a mut Value, frames: &[Frame]) -> Option<&'a mut Value> {
    for f in frames {
        v = match (f, v) {
            (Frame::Object { last: true, .. }, Value::Object(m)) => m.values_mut().next_back()?,
            (Frame::Object { key, .. }, Value::Object(m)) => m.get_mut(key.as_str())?,
            (Frame::Array, Value::Array(a)) => a.last_mut()?,
            _ => return None,
        };
    }
    Some(v)
}

fn descend_ref<'a>(mut v: &'a Value, frames: &[Frame]) -> Option<&'a Value> {
    for f in frames {
        v = match (f, v) {
            (Frame::Object { last: true, .. }, Value::Object(m)) => m.values().next_back()?,
            (Frame::Object { key, .. }, Value::Object(m)) => m.get(key.as_str())?,
            (Frame::Array, Value::Array(a)) => a.last()?,
            _ => return None,
        };
    }
    Some(v)
}

impl PartialJsonReader {
    /// An empty reader.
    pub fn new() -> Self {
        PartialJsonReader {
            root: None,
            stack: Vec::new(),
            expect: Expect::Value,
            token: Token::None,
            offset: 0,
            num: String::new(),
            num_start: 0,
            key: String::new(),
            scratch: String::new(),
            version: 0,
            error: None,
            finished: false,
        }
    }

    /// The value read so far, borrowed (O(1)): `None` until the root value begins.
    pub fn value(&self) -> Option<&Value> {
        self.root.as_ref()
    }

    /// A counter bumped whenever the visible value changes (a value begins, a string grows or
    /// closes, a number or literal completes). Compare it with an earlier reading to know
    /// whether a new snapshot is worth taking.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// The number of bytes fed so far.
    pub fn len(&self) -> usize {
        self.offset
    }

    /// Whether nothing has been fed yet.
    pub fn is_empty(&self) -> bool {
        self.offset == 0
    }

    /// Whether the root value is complete (only whitespace may follow).
    pub fn is_complete(&self) -> bool {
        self.expect == Expect::End
    }

    /// The error that stopped the reader, if any.
    pub fn error(&self) -> Option<&PartialJsonError> {
        self.error.as_ref()
    }

    /// The string value still being read, if the innermost open value is one (its text is
    /// shown as it grows, but it may not be a whole enum name yet).
    pub fn pending_str(&self) -> Option<&str> {
        match self.token {
            Token::Str { key: false, .. } => match descend_ref(self.root.as_ref()?, &self.stack)? {
                Value::String(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// The value read so far as a `P` (a [`Partial`](super::Partial) type, or
    /// `serde_json::Value`), or `None` before the root value begins or when it does not fit.
    /// Costs a walk over the value: take it when [`version`](Self::version) moved.
    pub fn partial<P: DeserializeOwned>(&self) -> Option<P> {
        let v = self.root.as_ref()?;
        let _guard = super::PendingGuard::set(self.pending_str());
        P::deserialize(v).ok()
    }

    /// Reads the next piece of the document.
    ///
    /// Returns whether the visible value changed.
    ///
    /// # Errors
    /// Where the document stops being JSON (the same error again on every later call).
    pub fn feed(&mut self, delta: &str) -> Result<bool, PartialJsonError> {
        if let Some(e) = &self.error {
            return Err(e.clone());
        }
        let before = self.version;
        let r = self.run(delta.as_bytes(), delta);
        // Decoded text of an unfinished string goes into the tree once per delta.
        let flushed = self.flush_scratch();
        match r.and(flushed) {
            Ok(()) => {
                self.offset += delta.len();
                Ok(self.version != before)
            }
            Err(e) => {
                self.error = Some(e.clone());
                Err(e)
            }
        }
    }

    /// Ends the document: completes a number at the root, and returns the whole value (equal
    /// to what `serde_json` reads from the same text).
    ///
    /// # Errors
    /// The document is not JSON, or it is unfinished (the offset is then its length).
    pub fn finish(&mut self) -> Result<&Value, PartialJsonError> {
        if let Some(e) = &self.error {
            return Err(e.clone());
        }
        if !self.finished {
            if let Token::Num(n) = self.token {
                if n.complete() && self.stack.is_empty() {
                    if let Err(e) = self.end_number() {
                        self.error = Some(e.clone());
                        return Err(e);
                    }
                }
            }
            if self.expect != Expect::End || self.token != Token::None {
                let e = PartialJsonError {
                    offset: self.offset,
                    message: "EOF while parsing a value",
                };
                self.error = Some(e.clone());
                return Err(e);
            }
            self.finished = true;
        }
        match &self.root {
            Some(v) => Ok(v),
            None => Err(PartialJsonError {
                offset: self.offset,
                message: "EOF while parsing a value",
            }),
        }
    }

    fn err(&self, at: usize, message: &'static str) -> PartialJsonError {
        PartialJsonError {
            offset: self.offset + at,
            message,
        }
    }

    fn internal(&self) -> PartialJsonError {
        PartialJsonError {
            offset: self.offset,
            message: "internal reader state out of step",
        }
    }

    /// Puts a value that begins now where it belongs: the root, the current key of the
    /// innermost object (the key appears with it), or the end of the innermost array.
    fn begin(&mut self, v: Value) -> Result<(), PartialJsonError> {
        self.version += 1;
        let Some(last) = self.stack.len().checked_sub(1) else {
            self.root = Some(v);
            return Ok(());
        };
        let bad = self.internal();
        let root = self.root.as_mut().ok_or_else(|| bad.clone())?;
        let container = descend(root, &self.stack[..last]).ok_or_else(|| bad.clone())?;
        match (&mut self.stack[last], container) {
            (Frame::Object { key, last }, Value::Object(m)) => {
                *key = std::mem::take(&mut self.key);
                m.insert(key.clone(), v);
                *last = m.keys().next_back() == Some(&*key);
            }
            (Frame::Array, Value::Array(a)) => a.push(v),
            _ => return Err(bad),
        }
        Ok(())
    }

    fn flush_scratch(&mut self) -> Result<(), PartialJsonError> {
        if self.scratch.is_empty() {
            return Ok(());
        }
        self.version += 1;
        let bad = self.internal();
        let root = self.root.as_mut().ok_or_else(|| bad.clone())?;
        match descend(root, &self.stack) {
            Some(Value::String(s)) => {
                s.push_str(&self.scratch);
                self.scratch.clear();
                Ok(())
            }
            _ => Err(bad),
        }
    }

    /// After a value ends.
    fn after_value(&mut self) {
        self.token = Token::None;
        self.expect = if self.stack.is_empty() {
            Expect::End
        } else {
            Expect::CommaOrClose
        };
    }

    fn end_number(&mut self) -> Result<(), PartialJsonError> {
        // serde_json reads the token: the same integer/float choice and rounding, and the
        // same rejection of floats out of range.
        let v: Value = serde_json::from_str(&self.num).map_err(|_| PartialJsonError {
            offset: self.num_start,
            message: "number out of range",
        })?;
        self.num.clear();
        self.begin(v)?;
        self.after_value();
        Ok(())
    }

    fn push_char(&mut self, key: bool, c: char) {
        if key {
            self.key.push(c);
        } else {
            self.scratch.push(c);
        }
    }

    fn run(&mut self, b: &[u8], s: &str) -> Result<(), PartialJsonError> {
        let mut i = 0;
        while i < b.len() {
            match self.token {
                Token::Str { key, esc: Esc::None } => {
                    // The hot path: copy a run of plain text at once.
                    let start = i;
                    while i < b.len() && b[i] != b'"' && b[i] != b'\\' && b[i] >= 0x20 {
                        i += 1;
                    }
                    if i > start {
                        // Stops only at ASCII bytes: char boundaries.
                        let run = &s[start..i];
                        if key {
                            self.key.push_str(run);
                        } else {
                            self.scratch.push_str(run);
                        }
                    }
                    if i == b.len() {
                        break;
                    }
                    match b[i] {
                        b'"' => {
                            if key {
                                self.token = Token::None;
                                self.expect = Expect::Colon;
                            } else {
                                self.flush_scratch()?;
                                // The string is now whole (an enum name may now be read).
                                self.version += 1;
                                self.after_value();
                            }
                        }
                        b'\\' => {
                            self.token = Token::Str {
                                key,
                                esc: Esc::Backslash,
                            }
                        }
                        _ => return Err(self.err(i, "control character in string")),
                    }
                    i += 1;
                }
                Token::Str { key, esc } => {
                    let c = b[i];
                    let next = match esc {
                        Esc::None => Esc::None,
                        Esc::Backslash => {
                            let out = match c {
                                b'"' => '"',
                                b'\\' => '\\',
                                b'/' => '/',
                                b'b' => '\u{8}',
                                b'f' => '\u{c}',
                                b'n' => '\n',
                                b'r' => '\r',
                                b't' => '\t',
                                b'u' => '\0',
                                _ => return Err(self.err(i, "invalid escape")),
                            };
                            if c == b'u' {
                                Esc::Hex {
                                    n: 0,
                                    code: 0,
                                    high: None,
                                }
                            } else {
                                self.push_char(key, out);
                                Esc::None
                            }
                        }
                        Esc::Hex { n, code, high } => {
                            let d = match (c as char).to_digit(16) {
                                Some(d) => d,
                                None => return Err(self.err(i, "invalid escape")),
                            };
                            let code = code * 16 + d;
                            if n < 3 {
                                Esc::Hex { n: n + 1, code, high }
                            } else {
                                match (high, code) {
                                    (None, 0xD800..=0xDBFF) => Esc::WantBackslash { high: code },
                                    (None, 0xDC00..=0xDFFF) => {
                                        return Err(self.err(i, "lone trailing surrogate in hex escape"))
                                    }
                                    (None, _) => {
                                        let ch = char::from_u32(code).ok_or_else(|| self.internal())?;
                                        self.push_char(key, ch);
                                        Esc::None
                                    }
                                    (Some(h), 0xDC00..=0xDFFF) => {
                                        let cp = 0x10000 + ((h - 0xD800) << 10) + (code - 0xDC00);
                                        let ch = char::from_u32(cp).ok_or_else(|| self.internal())?;
                                        self.push_char(key, ch);
                                        Esc::None
                                    }
                                    (Some(_), _) => {
                                        return Err(self.err(i, "lone leading surrogate in hex escape"))
                                    }
                                }
                            }
                        }
                        Esc::WantBackslash { high } => {
                            if c != b'\\' {
                                return Err(self.err(i, "lone leading surrogate in hex escape"));
                            }
                            Esc::WantU { high }
                        }
                        Esc::WantU { high } => {
                            if c != b'u' {
                                return Err(self.err(i, "lone leading surrogate in hex escape"));
                            }
                            Esc::Hex {
                                n: 0,
                                code: 0,
                                high: Some(high),
                            }
                        }
                    };
                    self.token = Token::Str { key, esc: next };
                    i += 1;
                }
                Token::Num(st) => {
                    let c = b[i];
                    let next = match (st, c) {
                        (Num::Minus, b'0') => Some(Num::Zero),
                        (Num::Minus, b'1'..=b'9') => Some(Num::Int),
                        (Num::Int, b'0'..=b'9') => Some(Num::Int),
                        (Num::Zero | Num::Int, b'.') => Some(Num::Dot),
                        (Num::Dot | Num::Frac, b'0'..=b'9') => Some(Num::Frac),
                        (Num::Zero | Num::Int | Num::Frac, b'e' | b'E') => Some(Num::Exp),
                        (Num::Exp, b'+' | b'-') => Some(Num::ExpSign),
                        (Num::Exp | Num::ExpSign | Num::ExpDigits, b'0'..=b'9') => Some(Num::ExpDigits),
                        (Num::Zero, b'0'..=b'9') => return Err(self.err(i, "invalid number")),
                        _ => None,
                    };
                    match next {
                        Some(n) => {
                            self.num.push(c as char);
                            self.token = Token::Num(n);
                            i += 1;
                        }
                        // Any other byte ends the number (and is read next as what follows it).
                        None if st.complete() => self.end_number()?,
                        None => return Err(self.err(i, "invalid number")),
                    }
                }
                Token::Lit { word, pos } => {
                    if b[i] != word[pos] {
                        return Err(self.err(i, "expected value"));
                    }
                    i += 1;
                    if pos + 1 == word.len() {
                        let v = match word {
                            b"true" => Value::Bool(true),
                            b"false" => Value::Bool(false),
                            _ => Value::Null,
                        };
                        self.begin(v)?;
                        self.after_value();
                    } else {
                        self.token = Token::Lit { word, pos: pos + 1 };
                    }
                }
                Token::None => {
                    let c = b[i];
                    if is_ws(c) {
                        i += 1;
                        continue;
                    }
                    match (self.expect, c) {
                        (Expect::Value | Expect::ValueOrClose, _) => self.start_value(i, c)?,
                        (Expect::KeyOrClose | Expect::Key, b'"') => {
                            self.key.clear();
                            self.token = Token::Str {
                                key: true,
                                esc: Esc::None,
                            };
                        }
                        (Expect::Colon, b':') => self.expect = Expect::Value,
                        (Expect::CommaOrClose, b',') => {
                            self.expect = match self.stack.last() {
                                Some(Frame::Object { .. }) => Expect::Key,
                                _ => Expect::Value,
                            }
                        }
                        (Expect::KeyOrClose, b'}') => self.close(),
                        (Expect::CommaOrClose, b'}')
                            if matches!(self.stack.last(), Some(Frame::Object { .. })) =>
                        {
                            self.close()
                        }
                        (Expect::CommaOrClose, b']') if matches!(self.stack.last(), Some(Frame::Array)) => {
                            self.close()
                        }
                        (Expect::Key, b'}') => return Err(self.err(i, "trailing comma")),
                        (Expect::KeyOrClose | Expect::Key, _) => {
                            return Err(self.err(i, "key must be a string"))
                        }
                        (Expect::Colon, _) => return Err(self.err(i, "expected `:`")),
                        (Expect::CommaOrClose, _) => {
                            return Err(self.err(
                                i,
                                match self.stack.last() {
                                    Some(Frame::Object { .. }) => "expected `,` or `}`",
                                    _ => "expected `,` or `]`",
                                },
                            ))
                        }
                        (Expect::End, _) => return Err(self.err(i, "trailing characters")),
                    }
                    i += 1;
                }
            }
        }
        Ok(())
    }

    /// A value starts with byte `c` at `i` (whitespace already skipped).
    fn start_value(&mut self, i: usize, c: u8) -> Result<(), PartialJsonError> {
        match c {
            b'{' | b'[' => {
                if self.stack.len() >= MAX_DEPTH {
                    return Err(self.err(i, "recursion limit exceeded"));
                }
                if c == b'{' {
                    self.begin(Value::Object(Map::new()))?;
                    self.stack.push(Frame::Object {
                        key: String::new(),
                        last: false,
                    });
                    self.expect = Expect::KeyOrClose;
                } else {
                    self.begin(Value::Array(Vec::new()))?;
                    self.stack.push(Frame::Array);
                    self.expect = Expect::ValueOrClose;
                }
            }
            b'"' => {
                self.begin(Value::String(String::new()))?;
                self.token = Token::Str {
                    key: false,
                    esc: Esc::None,
                };
            }
            b'-' | b'0'..=b'9' => {
                self.num.clear();
                self.num.push(c as char);
                self.num_start = self.offset + i;
                self.token = Token::Num(match c {
                    b'-' => Num::Minus,
                    b'0' => Num::Zero,
                    _ => Num::Int,
                });
            }
            b't' => {
                self.token = Token::Lit {
                    word: b"true",
                    pos: 1,
                }
            }
            b'f' => {
                self.token = Token::Lit {
                    word: b"false",
                    pos: 1,
                }
            }
            b'n' => {
                self.token = Token::Lit {
                    word: b"null",
                    pos: 1,
                }
            }
            b']' if self.expect == Expect::ValueOrClose => self.close(),
            b']' => return Err(self.err(i, "trailing comma")),
            _ => return Err(self.err(i, "expected value")),
        }
        Ok(())
    }

    fn close(&mut self) {
        self.stack.pop();
        self.after_value();
    }
}
