//! The mock's routes for the generated operations (`cargo xtask codegen` writes the table in
//! `generated_routes.rs`): each answers with its success status and a body built from the
//! operation's response schema.

use bytes::Bytes;

use super::Reply;

/// What the mock server answers one generated operation with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GeneratedRoute {
    /// The spec's operationId.
    pub operation: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template (`/v1/x/{id}`): a `{..}` segment matches any one segment.
    pub template: &'static str,
    /// The success status the spec gives.
    pub status: u16,
    /// The answer's media type.
    pub content_type: &'static str,
    /// The answer: every required field of the response schema, nothing else (empty for none).
    pub body: &'static str,
}

pub(crate) use GeneratedRoute as Route;

/// The route the mock serves for the generated operation `operation_id`, when its API group's
/// feature is on.
///
/// ```
/// # #[cfg(feature = "users")] {
/// let route = mistral::test_util::generated_route("users_api_get_identity").unwrap();
/// assert_eq!((route.method, route.template), ("GET", "/v1/users/me"));
/// # }
/// ```
pub fn generated_route(operation_id: &str) -> Option<&'static GeneratedRoute> {
    super::generated_routes::all()
        .into_iter()
        .flatten()
        .find(|r| r.operation == operation_id)
}

/// The answer to `method path` when a generated operation has that route (the one with the
/// most literal segments when several match).
pub(crate) fn answer(method: &str, path: &str) -> Option<Reply> {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let mut best: Option<(usize, &Route)> = None;
    for r in super::generated_routes::all().into_iter().flatten() {
        if r.method != method {
            continue;
        }
        let template: Vec<&str> = r.template.trim_matches('/').split('/').collect();
        if template.len() != segments.len() {
            continue;
        }
        let mut literal = 0;
        let fits = template.iter().zip(&segments).all(|(t, s)| {
            if t.starts_with('{') && t.ends_with('}') {
                !s.is_empty()
            } else {
                literal += 1;
                t == s
            }
        });
        if fits && best.is_none_or(|(n, _)| literal > n) {
            best = Some((literal, r));
        }
    }
    best.map(|(_, r)| Reply::body(r.status, r.content_type, Bytes::from_static(r.body.as_bytes())))
}
