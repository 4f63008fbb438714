//! Sharing a library: who has access, at which level; granting and revoking it.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use typed_builder::TypedBuilder;

use crate::chat::tool::JsonObject;
use crate::macros::string_enum;
use crate::validate::{Checker, ValidationError};

string_enum! {
    /// An access level (`ShareEnum` in the spec).
    pub enum AccessLevel {
        /// May read the library.
        Viewer = "Viewer",
        /// May change the library and its documents.
        Editor = "Editor",
    }
}

string_enum! {
    /// Who a library is shared with (`EntityType` in the spec).
    ///
    /// The newer API (the spec supplement) takes `User` and `Workspace` only: `Org`, in the
    /// published spec, is still read (older servers, and accesses granted before) and may
    /// still be sent to a server that takes it, but the current API refuses it.
    pub enum EntityType {
        /// One user.
        User = "User",
        /// A workspace.
        Workspace = "Workspace",
        /// The whole organization. Dropped by the newer API: read, but share with a workspace
        /// or users instead.
        Org = "Org",
    }
}

/// Grants (or changes) an access (`PUT /v1/libraries/{library_id}/share`; `SharingRequest`
/// in the spec). `share_with_uuid`, `share_with_type` and `level` are required at compile
/// time; [`user`](Self::user), [`workspace`](Self::workspace) and
/// [`organization`](Self::organization) say it shorter.
///
/// ```
/// use mistral::libraries::{AccessGrant, AccessLevel, EntityType};
///
/// let grant = AccessGrant::workspace("0196a0a2-0000-7000-8000-00000000000a", AccessLevel::Viewer);
/// grant.validate()?;
/// assert_eq!(serde_json::to_value(&grant)?, serde_json::json!({
///     "share_with_uuid": "0196a0a2-0000-7000-8000-00000000000a",
///     "share_with_type": "Workspace", "level": "Viewer"
/// }));
/// let same = AccessGrant::builder()
///     .share_with_uuid("0196a0a2-0000-7000-8000-00000000000a")
///     .share_with_type(EntityType::Workspace)
///     .level(AccessLevel::Viewer)
///     .build();
/// assert_eq!(grant, same);
/// assert!(AccessGrant::user("not-a-uuid", AccessLevel::Editor).validate().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// ```compile_fail
/// use mistral::libraries::{AccessGrant, EntityType};
/// let grant = AccessGrant::builder().share_with_uuid("u").share_with_type(EntityType::User).build(); // no level
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AccessGrant`], from [`AccessGrant::builder`]. `share_with_uuid`, \
        `share_with_type` and `level` are required, once each: `build()` does not compile without them."
    )
)]
#[non_exhaustive]
pub struct AccessGrant {
    /// The id of the user, workspace or organization (a UUID).
    #[builder(setter(into))]
    pub share_with_uuid: String,
    /// What `share_with_uuid` names.
    pub share_with_type: EntityType,
    /// The level granted.
    pub level: AccessLevel,
    /// The organization (deprecated by the API: the key's own is used).
    #[builder(via_mutators, mutators(
        /// The organization (deprecated by the API).
        pub fn org_id(&mut self, v: impl Into<String>) { self.org_id = Some(v.into()) }
    ))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// Fields this version does not know, sent flat beside the typed ones.
    #[builder(via_mutators, mutators(
        /// Adds a field the SDK does not know yet, sent flat beside the typed fields. Naming a
        /// field the type already has is a validation error.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl AccessGrant {
    /// The wire names of the typed fields.
    pub const FIELDS: &'static [&'static str] = &["share_with_uuid", "share_with_type", "level", "org_id"];

    /// Shares with one user.
    pub fn user(id: impl Into<String>, level: AccessLevel) -> Self {
        Self::builder()
            .share_with_uuid(id)
            .share_with_type(EntityType::User)
            .level(level)
            .build()
    }

    /// Shares with a workspace.
    pub fn workspace(id: impl Into<String>, level: AccessLevel) -> Self {
        Self::builder()
            .share_with_uuid(id)
            .share_with_type(EntityType::Workspace)
            .level(level)
            .build()
    }

    /// Shares with the whole organization ([`EntityType::Org`]): only older servers take it,
    /// the newer API refuses it (share with a [`workspace`](Self::workspace) instead).
    pub fn organization(id: impl Into<String>, level: AccessLevel) -> Self {
        Self::builder()
            .share_with_uuid(id)
            .share_with_type(EntityType::Org)
            .level(level)
            .build()
    }

    /// Checks the request: UUIDs (the spec's `format: uuid`), known entity type and level.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        check_target(
            &mut c,
            &self.share_with_uuid,
            &self.share_with_type,
            self.org_id.as_deref(),
        );
        if let AccessLevel::Other(l) = &self.level {
            c.push("level", format!("unknown level {l:?}: Viewer or Editor"));
        }
        c.extra(&self.extra, Self::FIELDS);
        c.finish()
    }
}

/// Revokes an access (`DELETE /v1/libraries/{library_id}/share`; `SharingDelete` in the spec).
///
/// ```
/// use mistral::libraries::{AccessRevoke, EntityType};
/// let revoke = AccessRevoke::new("0196a0a2-0000-7000-8000-00000000000b", EntityType::User);
/// revoke.validate()?;
/// # Ok::<(), mistral::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccessRevoke {
    /// The id of the user, workspace or organization (a UUID).
    pub share_with_uuid: String,
    /// What `share_with_uuid` names.
    pub share_with_type: EntityType,
    /// The organization (deprecated by the API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
}

impl AccessRevoke {
    /// Revokes the access of `id`, a `kind` of entity.
    pub fn new(id: impl Into<String>, kind: EntityType) -> Self {
        AccessRevoke {
            share_with_uuid: id.into(),
            share_with_type: kind,
            org_id: None,
        }
    }

    /// Checks the request: UUIDs and a known entity type.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        check_target(
            &mut c,
            &self.share_with_uuid,
            &self.share_with_type,
            self.org_id.as_deref(),
        );
        c.finish()
    }
}

fn check_target(c: &mut Checker, id: &str, kind: &EntityType, org: Option<&str>) {
    if !is_uuid(id) {
        c.push("share_with_uuid", format!("{id:?} is not a UUID"));
    }
    if let EntityType::Other(t) = kind {
        c.push(
            "share_with_type",
            format!("unknown entity type {t:?}: User or Workspace (Org on older servers)"),
        );
    }
    if let Some(o) = org {
        if !is_uuid(o) {
            c.push("org_id", format!("{o:?} is not a UUID"));
        }
    }
}

/// `8-4-4-4-12` hex digits.
fn is_uuid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 5
        && parts
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(p, n)| p.len() == n && p.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// An access to a library (`Sharing` in the spec): what grant, revoke and list return.
/// Lenient: absent fields read as empty; unknown fields land in [`extra`](Self::extra).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Access {
    /// The library.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub library_id: String,
    /// The level (`Viewer`, `Editor`, `Owner`, ...; unknown values kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<AccessLevel>,
    /// What it is shared with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_with_type: Option<EntityType>,
    /// The id of what it is shared with.
    #[serde(default)]
    pub share_with_uuid: Option<String>,
    /// The organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// Any other field the server sent (the deprecated `user_id`, ...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The accesses of a library (`ListSharingResponse` in the spec).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccessList {
    /// Every access.
    #[serde(default, deserialize_with = "crate::de::null_default")]
    pub data: Vec<Access>,
    /// Any other field the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

crate::libraries::request_traits!(AccessGrant, AccessRevoke);
