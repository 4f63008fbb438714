//! Partial JSON: the value of a document still arriving, and typed views of it.
//!
//! [`PartialJsonReader`] is fed the pieces of one JSON document as they arrive (the text
//! deltas of a structured-output stream, or of a tool call's arguments). It keeps its state
//! between pieces (the open containers, the token being read) and never reads a byte twice.
//! At any point [`PartialJsonReader::value`] is the value read so far, with the semantics of
//! jiter's `trailing-strings` mode as BAML refines it:
//!
//! - objects and arrays appear as soon as they open;
//! - strings grow as their text arrives; an escape (`\n`, `\u00e9`, a surrogate pair) shows
//!   only once whole, however the pieces split it;
//! - numbers, `true`, `false` and `null` appear only once complete: a number when a byte
//!   that cannot continue it follows, or at [`finish`](PartialJsonReader::finish) (so `12` is
//!   never shown for `125`);
//! - an object key appears only when its value has begun.
//!
//! For a whole document the value is exactly what `serde_json` reads from the same text (with
//! the workspace's `serde_json` features: keys in document order, numbers as `serde_json`'s
//! `u64`/`i64`/`f64`), and what is not JSON is rejected with the byte offset where it breaks.
//!
//! # Cost
//!
//! The reader builds the value in place: each piece costs its length plus one walk down the
//! open containers (the nesting depth) to append to the string being read, so reading a
//! stream is linear in its length. [`value`](PartialJsonReader::value) borrows that value
//! (free). An owned or typed snapshot ([`partial`](PartialJsonReader::partial)) costs the
//! size of the value: one after every change would cost the square of the document over a
//! stream. [`SnapshotPacer`] decides when one is due so that the total stays linear (as the
//! client's structured streams do): every change while the document is small, then as often
//! as a budget proportional to the text read allows.
//!
//! # Typed partial values
//!
//! A type's [`Partial`] is its shape with every field optional, recursively, read leniently
//! from the value so far: `#[derive(Partial)]` (feature `derive`) makes one for a struct
//! (every field an `Option` of the field type's partial, `serde` `rename`/`rename_all`/`alias`
//! honoured), a unit-variant enum (shown only once its string is complete, see
//! [`Complete`]), or an enum with data, externally tagged (serde's default), internally
//! tagged (`#[serde(tag = "type")]`) or adjacently tagged (`tag` and `content`): a
//! `<Name>Partial` enum with the same variants, each field optional and partial, shown once
//! the tag string is complete (never a variant guessed from `"poly"` of `"polygon"`). Generic
//! types, `untagged` enums and tuple variants of several fields are refused at compile time.
//! Without the derive, use `serde_json::Value` as the partial value.
#![allow(clippy::module_name_repetitions)]

mod reader;

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeOwned, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;

pub use reader::{PartialJsonError, PartialJsonReader};

/// When to take an owned snapshot of a [`PartialJsonReader`]'s value so that the snapshots'
/// total cost stays linear in the document.
///
/// A snapshot costs about the size of the value, which is at most the text read so far (`L`
/// bytes). [`due`](Self::due) says yes only when the visible value changed since the last
/// snapshot and either `L` is at most `small` bytes (small documents, the usual structured
/// output: a snapshot at every change) or the credit allows it: each byte read earns
/// `per_byte` bytes of credit, each snapshot spends `L`. So over a document of `N` bytes in
/// `D` deltas the snapshots copy at most `per_byte * N + small * min(D, small)` bytes in
/// total: linear in the stream, where one snapshot per change would copy up to `N * D / 2`.
/// The defaults (`small` 4096, `per_byte` 16) give a snapshot at every change up to 4 KiB,
/// then about one per `L / 16` bytes read (every 6 KiB at 100 KiB). At the end,
/// [`pending`](Self::pending) says whether the last change is still unshown.
///
/// ```
/// use mistral::partial::{PartialJsonReader, SnapshotPacer};
///
/// let (mut r, mut pacer) = (PartialJsonReader::new(), SnapshotPacer::new());
/// let mut shown = Vec::new();
/// for piece in [r#"{"title": "Pan"#, r#"cakes", "serves": 4}"#] {
///     r.feed(piece)?;
///     if pacer.due(&r) {
///         shown.push(r.partial::<serde_json::Value>());
///     }
/// }
/// assert_eq!(shown.len(), 2);
/// assert!(!pacer.pending(&r));
/// # Ok::<(), mistral::partial::PartialJsonError>(())
/// ```
#[derive(Clone, Debug)]
pub struct SnapshotPacer {
    small: usize,
    per_byte: usize,
    credit: usize,
    /// The reader's length and version at the last call / snapshot.
    seen_len: usize,
    shown_version: u64,
}

impl Default for SnapshotPacer {
    fn default() -> Self {
        Self::new()
    }
}

impl SnapshotPacer {
    /// Every change up to 4 KiB, then a budget of 16 bytes copied per byte read.
    pub fn new() -> Self {
        Self::with_budget(4096, 16)
    }

    /// Every change while the text read is at most `small` bytes, then a budget of
    /// `per_byte` bytes copied per byte read (see the type's docs).
    pub fn with_budget(small: usize, per_byte: usize) -> Self {
        SnapshotPacer {
            small,
            per_byte,
            credit: 0,
            seen_len: 0,
            shown_version: 0,
        }
    }

    /// Whether to take a snapshot of `reader`'s value now (call it after each piece fed; a
    /// yes counts as taken).
    pub fn due(&mut self, reader: &PartialJsonReader) -> bool {
        let len = reader.len();
        let read = len.saturating_sub(self.seen_len);
        self.seen_len = len;
        self.credit = self.credit.saturating_add(read.saturating_mul(self.per_byte));
        if reader.version() == self.shown_version || reader.value().is_none() {
            return false;
        }
        if len > self.small && self.credit < len {
            return false;
        }
        self.credit = self.credit.saturating_sub(len);
        self.shown_version = reader.version();
        true
    }

    /// Whether the visible value changed since the last snapshot (take a last one at the end
    /// of the stream when it did).
    pub fn pending(&self, reader: &PartialJsonReader) -> bool {
        reader.version() != self.shown_version && reader.value().is_some()
    }

    /// Counts a snapshot taken outside [`due`](Self::due) (the last one, at the end).
    pub fn taken(&mut self, reader: &PartialJsonReader) {
        self.shown_version = reader.version();
    }
}

/// `#[derive(Partial)]`: a struct's `<Name>Partial` (every field optional, recursively), a
/// unit-variant enum's [`Complete`] view, or an enum with data's `<Name>Partial` (the variant
/// once its tag is whole, its fields optional). See the [module docs](self).
///
/// ```
/// use mistral::partial::{Partial, PartialJsonReader};
///
/// #[derive(Partial, serde::Deserialize, Debug, Clone)]
/// struct Recipe { title: String, steps: Vec<String>, serves: u32 }
///
/// let mut r = PartialJsonReader::new();
/// r.feed(r#"{"title": "Soup", "steps": ["Boil wa"#)?;
/// let p: RecipePartial = r.partial().unwrap();
/// assert_eq!(p.title.as_deref(), Some("Soup"));
/// assert_eq!(p.steps, Some(vec!["Boil wa".to_string()]));
/// assert_eq!(p.serves, None);
/// # Ok::<(), mistral::partial::PartialJsonError>(())
/// ```
#[cfg(feature = "derive")]
#[cfg_attr(docsrs, doc(cfg(feature = "derive")))]
pub use mistral_derive::Partial;

/// What the derive's generated code names (not a public API).
#[doc(hidden)]
pub mod __private {
    pub use super::tagged::{tagged, PartialEnum, TagStyle};
    pub use serde;
}

mod tagged;

/// A type whose value can be shown while its JSON is still arriving: `Partial` is that
/// incomplete view (read from a [`PartialJsonReader`]'s value with
/// [`partial`](PartialJsonReader::partial)).
///
/// Implemented for the primitives, `String`, `Option`, `Vec`, `Box`, string-keyed maps and
/// `serde_json::Value`; `#[derive(Partial)]` (feature `derive`) implements it for structs and
/// enums.
pub trait Partial {
    /// The incomplete view: for a struct, every field optional.
    type Partial: DeserializeOwned + Clone + fmt::Debug + Send + 'static;
}

macro_rules! partial_is_self {
    ($($t:ty),*) => { $(
        /// Shown only once complete, so the partial is the value itself.
        impl Partial for $t { type Partial = $t; }
    )* };
}
partial_is_self!(bool, u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize, f32, f64, String);

/// The value so far, as it is.
impl Partial for serde_json::Value {
    type Partial = serde_json::Value;
}

/// `None` until the value begins.
impl<T: Partial> Partial for Option<T> {
    type Partial = Option<T::Partial>;
}

/// The elements so far (an element that does not fit yet, such as an enum name still being
/// written, is left out when read through a derived struct's field).
impl<T: Partial> Partial for Vec<T> {
    type Partial = Vec<T::Partial>;
}

impl<T: Partial> Partial for Box<T> {
    type Partial = Box<T::Partial>;
}

impl<V: Partial> Partial for std::collections::BTreeMap<String, V> {
    type Partial = std::collections::BTreeMap<String, V::Partial>;
}

impl<V: Partial, S> Partial for std::collections::HashMap<String, V, S>
where
    S: std::hash::BuildHasher + Default + Clone + Send + 'static,
{
    type Partial = std::collections::HashMap<String, V::Partial, S>;
}

thread_local! {
    /// Where the string still being read is (address, length) while a partial is built from
    /// a reader's value: [`Complete`] refuses exactly that string. Deserialization from a
    /// borrowed `Value` is synchronous, so a thread-local scoped to it is exact.
    static PENDING: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

/// Sets [`PENDING`] for the duration of one deserialization.
pub(crate) struct PendingGuard((usize, usize));

impl PendingGuard {
    pub(crate) fn set(s: Option<&str>) -> Self {
        let v = s.map_or((0, 0), |s| (s.as_ptr() as usize, s.len()));
        PendingGuard(PENDING.with(|p| p.replace(v)))
    }
}

impl Drop for PendingGuard {
    fn drop(&mut self) {
        PENDING.with(|p| p.set(self.0));
    }
}

fn is_pending(s: &str) -> bool {
    PENDING.with(|p| p.get() == (s.as_ptr() as usize, s.len()))
}

/// A value shown only once its JSON string is complete: the partial view of a unit-variant
/// enum (`"Hig"` is not yet `High`, and `"Low"` may still become `"Lowest"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Complete<T>(pub T);

impl<T> Complete<T> {
    /// The value.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Complete<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Complete<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<T: DeserializeOwned> V<T> {
            fn read<E: serde::de::Error>(s: &str) -> Result<Complete<T>, E> {
                use serde::de::IntoDeserializer;
                T::deserialize(IntoDeserializer::<E>::into_deserializer(s)).map(Complete)
            }
        }
        impl<'de, T: DeserializeOwned> Visitor<'de> for V<T> {
            type Value = Complete<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a complete string")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
                if is_pending(s) {
                    return Err(E::custom("string still being read"));
                }
                Self::read(s)
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Self::read(s)
            }
        }
        d.deserialize_str(V(PhantomData))
    }
}

/// A field of a derived partial struct: `None` when the value does not fit (yet).
#[doc(hidden)]
pub fn lenient<'de, D: Deserializer<'de>, P: Deserialize<'de>>(d: D) -> Result<Option<P>, D::Error> {
    // Only ever run on a borrowed `serde_json::Value`, whose deserializers hold no state an
    // error could leave half-read: recovering here is sound.
    Ok(P::deserialize(d).ok())
}

/// A `Vec` field of a derived partial struct: the elements that fit (the last one may not
/// yet), `None` when the value is not an array.
#[doc(hidden)]
pub fn lenient_seq<'de, D: Deserializer<'de>, P: Deserialize<'de>>(d: D) -> Result<Option<Vec<P>>, D::Error> {
    struct Seq<P>(PhantomData<P>);
    impl<'de, P: Deserialize<'de>> Visitor<'de> for Seq<P> {
        type Value = Vec<P>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an array")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<P>, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
            while let Some(Lenient(p)) = seq.next_element::<Lenient<P>>()? {
                out.extend(p);
            }
            Ok(out)
        }
    }
    Ok(d.deserialize_seq(Seq(PhantomData)).ok())
}

struct Lenient<P>(Option<P>);

impl<'de, P: Deserialize<'de>> Deserialize<'de> for Lenient<P> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Lenient(P::deserialize(d).ok()))
    }
}
