//! The envelopes several APIs answer with, declared once: a list of items with its count
//! ([`ListResponse`]) and the answer to a deletion ([`Deleted`]). Each API names its own
//! (`FileList`, `BatchJobList`, `DeletedFile`, `DeletedBatchJob`, `DeletedModel`) as an alias.

use serde::{Deserialize, Serialize};

/// A list answer: `{"object": "list", "data": [...], "total": n}` (files and batch jobs).
///
/// ```
/// use mistral::files::FileList; // = ListResponse<FileObject>
///
/// let page: FileList = serde_json::from_str(r#"{"object": "list", "data": [], "total": 0}"#)?;
/// assert_eq!(page.total, Some(0));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(bound(serialize = "T: Serialize", deserialize = "T: Deserialize<'de>"))]
#[non_exhaustive]
pub struct ListResponse<T> {
    /// The items of this page.
    #[serde(default = "Vec::new", deserialize_with = "crate::de::null_default")]
    pub data: Vec<T>,
    /// Always `list`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// How many items match in all (when the API counts them).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::lenient_u64"
    )]
    pub total: Option<u64>,
}

impl<T> Default for ListResponse<T> {
    fn default() -> Self {
        Self {
            data: Vec::new(),
            object: None,
            total: None,
        }
    }
}

/// The answer to a deletion: `{"id": .., "object": .., "deleted": true}` (files, batch jobs,
/// fine-tuned models).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Deleted {
    /// The deleted object's id.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub id: String,
    /// What it was (`file`, `batch`, `model`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Whether it was deleted (`false` when the answer does not say).
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub deleted: bool,
}
