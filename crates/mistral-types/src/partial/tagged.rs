//! The partial views of enums with data, as `#[derive(Partial)]` generates them: the variant
//! is chosen once its tag (serde's external key, or the `tag` field's string) is whole, then
//! its content is read as partial fields. One reader here for every derived enum; the derive
//! only names the variants and reads each one's content.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{
    DeserializeSeed, Deserializer, Error as _, IgnoredAny, IntoDeserializer, MapAccess, Visitor,
};
use serde_json::Value;

/// How an enum is written (serde's enum representations).
#[derive(Clone, Copy, Debug)]
pub enum TagStyle {
    /// `{"Variant": content}`, or `"Variant"` for a unit variant (serde's default).
    External,
    /// `{"type": "Variant", ...fields}` (`#[serde(tag = "type")]`).
    Internal {
        /// The tag field's name.
        tag: &'static str,
    },
    /// `{"t": "Variant", "c": content}` (`#[serde(tag = "t", content = "c")]`).
    Adjacent {
        /// The tag field's name.
        tag: &'static str,
        /// The content field's name.
        content: &'static str,
    },
}

/// A derived enum's partial view, as the generated code describes it.
pub trait PartialEnum: Sized {
    /// The index of the variant named `name` (serde's renames and aliases honoured).
    fn variant(name: &str) -> Option<usize>;
    /// The variant before any of its content arrived (every field `None`).
    fn bare(variant: usize) -> Self;
    /// The variant read from its content (for an internally tagged enum, the object's other
    /// entries, as a map).
    ///
    /// # Errors
    /// The content does not fit the variant (yet).
    fn content<'de, D: Deserializer<'de>>(variant: usize, d: D) -> Result<Self, D::Error>;
}

/// Reads a derived enum's partial view from a partial value: `Err` (so the enclosing field is
/// `None`) until the variant is known.
///
/// # Errors
/// The value does not (yet) name a variant.
pub fn tagged<'de, D: Deserializer<'de>, E: PartialEnum>(d: D, style: TagStyle) -> Result<E, D::Error> {
    d.deserialize_any(EnumVisitor::<E>(style, PhantomData))
}

struct EnumVisitor<E>(TagStyle, PhantomData<E>);

fn variant_of<E: PartialEnum, Er: serde::de::Error>(name: &str) -> Result<usize, Er> {
    E::variant(name).ok_or_else(|| Er::custom("unknown variant"))
}

/// Reads the rest of a map, so that the map's deserializer sees it whole.
fn drain<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    while map.next_key::<IgnoredAny>()?.is_some() {
        map.next_value::<IgnoredAny>()?;
    }
    Ok(())
}

impl<'de, E: PartialEnum> Visitor<'de> for EnumVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an enum")
    }

    fn visit_borrowed_str<Er: serde::de::Error>(self, s: &'de str) -> Result<E, Er> {
        // A unit variant's name still being written ("Lo" of "Low") is no variant yet.
        if super::is_pending(s) {
            return Err(Er::custom("string still being read"));
        }
        self.visit_str(s)
    }

    fn visit_str<Er: serde::de::Error>(self, s: &str) -> Result<E, Er> {
        match self.0 {
            TagStyle::External => Ok(E::bare(variant_of::<E, Er>(s)?)),
            _ => Err(Er::custom("expected an object")),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<E, A::Error> {
        match self.0 {
            TagStyle::External => {
                // A key shows only once its value has begun, and whole.
                let Some(key) = map.next_key::<String>()? else {
                    return Err(A::Error::custom("no variant yet"));
                };
                let v =
                    map.next_value_seed(ContentSeed::<E>(variant_of::<E, A::Error>(&key)?, PhantomData))?;
                drain(&mut map)?;
                Ok(v)
            }
            TagStyle::Internal { tag } => {
                // The entries before the tag are complete (a later key began), so an owned
                // copy of them reads the same; the rest is read in place.
                let mut before: Vec<(String, Value)> = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    if key == tag {
                        let TagName(name) = map.next_value()?;
                        let variant = variant_of::<E, A::Error>(&name)?;
                        let chained = Chain {
                            before: before.into_iter(),
                            value: None,
                            rest: &mut map,
                        };
                        let v = E::content(variant, MapAccessDeserializer::new(chained))?;
                        drain(&mut map)?;
                        return Ok(v);
                    }
                    before.push((key, map.next_value()?));
                }
                Err(A::Error::custom("no tag yet"))
            }
            TagStyle::Adjacent { tag, content } => {
                let (mut variant, mut early, mut out) = (None, None::<Value>, None);
                while let Some(key) = map.next_key::<String>()? {
                    if key == tag && variant.is_none() {
                        let TagName(name) = map.next_value()?;
                        variant = Some(variant_of::<E, A::Error>(&name)?);
                    } else if key == content && out.is_none() {
                        match variant {
                            Some(i) => out = Some(map.next_value_seed(ContentSeed::<E>(i, PhantomData))?),
                            // Before the tag: complete (the tag began after it).
                            None => early = Some(map.next_value()?),
                        }
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                let variant = variant.ok_or_else(|| A::Error::custom("no tag yet"))?;
                match (out, early) {
                    (Some(v), _) => Ok(v),
                    (None, Some(c)) => E::content(variant, c).map_err(A::Error::custom),
                    (None, None) => Ok(E::bare(variant)),
                }
            }
        }
    }
}

/// A tag's string, refused while it is still being written.
struct TagName(String);

impl<'de> serde::Deserialize<'de> for TagName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = TagName;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a complete tag string")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<TagName, E> {
                if super::is_pending(s) {
                    return Err(E::custom("tag still being read"));
                }
                Ok(TagName(s.to_owned()))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<TagName, E> {
                Ok(TagName(s.to_owned()))
            }
        }
        d.deserialize_str(V)
    }
}

struct ContentSeed<E>(usize, PhantomData<E>);

impl<'de, E: PartialEnum> DeserializeSeed<'de> for ContentSeed<E> {
    type Value = E;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<E, D::Error> {
        E::content(self.0, d)
    }
}

/// The entries read before the tag (owned), then the rest of the map (in place).
struct Chain<'m, A> {
    before: std::vec::IntoIter<(String, Value)>,
    value: Option<Value>,
    rest: &'m mut A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Chain<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        match self.before.next() {
            Some((k, v)) => {
                self.value = Some(v);
                seed.deserialize(IntoDeserializer::<A::Error>::into_deserializer(k))
                    .map(Some)
            }
            None => self.rest.next_key_seed(seed),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.value.take() {
            Some(v) => seed.deserialize(v).map_err(A::Error::custom),
            None => self.rest.next_value_seed(seed),
        }
    }
}
