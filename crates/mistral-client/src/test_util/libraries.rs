//! The mock's document libraries: libraries, their documents and their accesses kept in
//! memory, documents whose processing moves one step per poll, and their text read from what
//! was uploaded (plain text, or the `Tj` strings of a small PDF, as the OCR mock reads them).
//!
//! A document's `process_status` is `todo` in the upload's answer, `in_progress` at the first
//! poll (status or get), and final from the second: `done` for text or a PDF;
//! `missing_content` for an empty file; `error` for anything else (bytes that are neither
//! UTF-8 text nor a PDF). A file whose name starts with `stuck` stays `in_progress` forever
//! (for a wait's deadline).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

use bytes::Bytes;
use mistral_types::libraries::{
    AccessGrant, AccessRevoke, CreateLibraryRequest, UpdateDocumentRequest, UpdateLibraryRequest,
};
use serde_json::{json, Value};

use super::defaults::read_request;
use super::endpoints::pdf_pages;
use super::reply::{RecordedRequest, Reply};
use super::store::{parse_form, query_u64, query_values};

/// When the mock's clock is not wanted: a fixed time.
const NOW: &str = "2025-11-27T15:49:30Z";

/// The libraries of one mock.
#[derive(Default)]
pub(crate) struct LibraryMock {
    state: Mutex<BTreeMap<String, StoredLibrary>>,
    ids: AtomicU64,
}

struct StoredLibrary {
    meta: Value,
    documents: BTreeMap<String, StoredDocument>,
    /// Accesses by entity id.
    accesses: BTreeMap<String, Value>,
    seq: u64,
}

struct StoredDocument {
    meta: Value,
    /// The text of each page; `None` when the file cannot be read.
    pages: Option<Vec<String>>,
    /// The final status.
    outcome: &'static str,
    polls: u32,
    seq: u64,
}

impl StoredDocument {
    /// One poll further: `in_progress`, then the outcome (a `stuck` file never gets there).
    fn advance(&mut self) {
        self.polls = self.polls.saturating_add(1);
        let status = match self.polls {
            0 => "todo",
            1 => "in_progress",
            _ => self.outcome,
        };
        self.meta["process_status"] = json!(status);
        self.meta["processing_status"] = json!(status);
        if status == "done" {
            self.meta["last_processed_at"] = json!(NOW);
            self.meta["number_of_pages"] = json!(self.pages.as_ref().map_or(0, Vec::len));
            self.meta["summary"] = json!(format!(
                "A document named {}.",
                self.meta["name"].as_str().unwrap_or("")
            ));
        }
    }
}

fn not_found(what: &str, id: &str) -> Reply {
    Reply::error(404, &format!("{what} {id} not found"))
}

fn no_content() -> Reply {
    Reply::body(204, "application/json", Bytes::new())
}

impl LibraryMock {
    fn lock(&self) -> MutexGuard<'_, BTreeMap<String, StoredLibrary>> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A UUID-shaped id, unique in this mock.
    fn new_id(&self) -> (String, u64) {
        let n = self.ids.fetch_add(1, Ordering::Relaxed) + 1;
        (format!("0196a0a2-7c1e-7000-8000-{n:012x}"), n)
    }

    /// The answer to a request under `/v1/libraries`; `None` for any other path.
    pub(crate) fn answer(&self, request: &RecordedRequest, segments: &[&str]) -> Option<Reply> {
        let query = request.query().unwrap_or("");
        let body = request.body();
        Some(match (request.method().as_str(), segments) {
            ("POST", ["v1", "libraries"]) => self.create(body),
            ("GET", ["v1", "libraries"]) => self.list(query),
            ("GET", ["v1", "libraries", id]) => self.with_library(id, |l| Reply::json(200, &l.meta)),
            ("PATCH" | "PUT", ["v1", "libraries", id]) => self.update(id, body),
            ("DELETE", ["v1", "libraries", id]) => match self.lock().remove(*id) {
                Some(_) => no_content(),
                None => not_found("library", id),
            },
            ("POST", ["v1", "libraries", id, "documents"]) => self.upload(id, request),
            ("GET", ["v1", "libraries", id, "documents"]) => self.list_documents(id, query),
            ("GET", ["v1", "libraries", id, "documents", doc]) => self.with_document(id, doc, |d| {
                d.advance();
                Reply::json(200, &d.meta)
            }),
            ("PATCH" | "PUT", ["v1", "libraries", id, "documents", doc]) => {
                self.update_document(id, doc, body)
            }
            ("DELETE", ["v1", "libraries", id, "documents", doc]) => self.delete_document(id, doc),
            ("GET", ["v1", "libraries", id, "documents", doc, "status"]) => {
                self.with_document(id, doc, |d| {
                    d.advance();
                    Reply::json(
                        200,
                        &json!({"document_id": doc, "process_status": d.meta["process_status"],
                            "processing_status": d.meta["processing_status"]}),
                    )
                })
            }
            ("GET", ["v1", "libraries", id, "documents", doc, "text_content"]) => {
                self.with_document(id, doc, |d| text_content(d, query))
            }
            ("GET", ["v1", "libraries", id, "documents", doc, "signed-url"]) => {
                self.with_document(id, doc, |_| {
                    Reply::json(
                        200,
                        &format!("https://files.mock.invalid/libraries/{id}/{doc}?signature=mock"),
                    )
                })
            }
            ("GET", ["v1", "libraries", id, "documents", doc, "extracted-text-signed-url"]) => self
                .with_document(id, doc, |_| {
                    Reply::json(
                        200,
                        &format!("https://files.mock.invalid/libraries/{id}/{doc}.txt?signature=mock"),
                    )
                }),
            ("POST", ["v1", "libraries", id, "documents", doc, "reprocess"]) => {
                self.with_document(id, doc, |d| {
                    d.polls = 0;
                    d.meta["process_status"] = json!("todo");
                    d.meta["processing_status"] = json!("todo");
                    no_content()
                })
            }
            ("GET", ["v1", "libraries", id, "share"]) => self.with_library(id, |l| {
                Reply::json(200, &json!({"data": l.accesses.values().collect::<Vec<_>>()}))
            }),
            ("PUT", ["v1", "libraries", id, "share"]) => self.share(id, body),
            ("DELETE", ["v1", "libraries", id, "share"]) => self.unshare(id, body),
            (_, ["v1", "libraries", ..]) => Reply::json(404, &json!({"detail": "Not Found"})),
            _ => return None,
        })
    }

    fn with_library(&self, id: &str, then: impl FnOnce(&mut StoredLibrary) -> Reply) -> Reply {
        match self.lock().get_mut(id) {
            Some(l) => then(l),
            None => not_found("library", id),
        }
    }

    fn with_document(&self, id: &str, doc: &str, then: impl FnOnce(&mut StoredDocument) -> Reply) -> Reply {
        self.with_library(id, |l| match l.documents.get_mut(doc) {
            Some(d) => then(d),
            None => not_found("document", doc),
        })
    }

    fn create(&self, body: &[u8]) -> Reply {
        let r: CreateLibraryRequest = match read_request(body, CreateLibraryRequest::FIELDS) {
            Ok(r) => r,
            Err(reply) => return reply,
        };
        let (id, seq) = self.new_id();
        let owner_type = r.owner_type.as_ref().map_or("Workspace", |o| o.as_str());
        let meta = json!({"id": id, "name": r.name, "created_at": NOW, "updated_at": NOW,
            "owner_id": if owner_type == "User" { json!("0196a0a2-0000-7000-8000-0000000000aa") } else { Value::Null },
            "owner_type": owner_type, "total_size": 0, "nb_documents": 0, "chunk_size": r.chunk_size,
            "emoji": null, "description": r.description, "generated_description": null,
            "explicit_user_members_count": 0, "explicit_workspace_members_count": 1,
            "org_sharing_role": null, "generated_name": null});
        self.lock().insert(
            id,
            StoredLibrary {
                meta: meta.clone(),
                documents: BTreeMap::new(),
                accesses: BTreeMap::new(),
                seq,
            },
        );
        Reply::json(201, &meta)
    }

    /// Cursor pages, oldest first; the cursor is the offset of the page.
    fn list(&self, query: &str) -> Reply {
        let size = query_u64(query, "page_size").unwrap_or(100);
        if !(1..=100).contains(&size) {
            return Reply::error(422, "page_size must be between 1 and 100");
        }
        let search = query_values(query, "search").next().map(|s| s.to_lowercase());
        let from = match query_values(query, "page_token").next() {
            None => 0,
            Some(t) => match t.strip_prefix("offset-").and_then(|n| n.parse::<usize>().ok()) {
                Some(n) => n,
                None => return Reply::error(422, "invalid page_token"),
            },
        };
        let state = self.lock();
        let mut all: Vec<&StoredLibrary> = state
            .values()
            .filter(|l| {
                search
                    .as_deref()
                    .is_none_or(|s| l.meta["name"].as_str().unwrap_or("").to_lowercase().contains(s))
            })
            .collect();
        all.sort_by_key(|l| l.seq);
        let size = usize::try_from(size).unwrap_or(100);
        let data: Vec<&Value> = all.iter().skip(from).take(size).map(|l| &l.meta).collect();
        let next = (from.saturating_add(size) < all.len()).then(|| format!("offset-{}", from + size));
        Reply::json(200, &json!({"data": data, "next_page_token": next}))
    }

    fn update(&self, id: &str, body: &[u8]) -> Reply {
        let r: UpdateLibraryRequest = match read_request(body, UpdateLibraryRequest::FIELDS) {
            Ok(r) => r,
            Err(reply) => return reply,
        };
        self.with_library(id, |l| {
            if let Some(n) = r.name {
                l.meta["name"] = json!(n);
            }
            if let Some(d) = r.description {
                l.meta["description"] = json!(d);
            }
            l.meta["updated_at"] = json!(NOW);
            Reply::json(200, &l.meta)
        })
    }

    fn upload(&self, id: &str, request: &RecordedRequest) -> Reply {
        let ct = request.header("content-type").unwrap_or("");
        if !ct.starts_with("multipart/form-data") {
            return Reply::error(422, "the body must be multipart/form-data");
        }
        let form = match parse_form(ct, request.body().clone()) {
            Ok(f) => f,
            Err(e) => return Reply::error(422, &format!("invalid multipart body: {e}")),
        };
        if let Some(extra) = form.fields.keys().next() {
            return Reply::json(
                422,
                &json!({"detail": [{"type": "extra_forbidden", "loc": ["body", extra], "msg": "Extra inputs are not permitted"}]}),
            );
        }
        let Some((name, part_type, content)) = form.file else {
            return Reply::json(
                422,
                &json!({"detail": [{"type": "missing", "loc": ["body", "file"], "msg": "Field required"}]}),
            );
        };
        let (doc_id, seq) = self.new_id();
        let (pages, outcome) = read_pages(&content);
        let outcome = if name.starts_with("stuck") {
            "in_progress"
        } else {
            outcome
        };
        let extension = name.rsplit_once('.').map(|(_, e)| e.to_owned());
        let mime = match extension.as_deref() {
            Some("pdf") => "application/pdf".to_owned(),
            Some("txt" | "md") => "text/plain".to_owned(),
            _ => part_type.unwrap_or_else(|| "application/octet-stream".into()),
        };
        self.with_library(id, |l| {
            let meta = json!({"id": doc_id, "library_id": id, "hash": format!("{:016x}", fxhash(&content)),
                "mime_type": mime, "extension": extension, "size": content.len(), "name": name,
                "summary": null, "created_at": NOW, "last_processed_at": null, "number_of_pages": null,
                "process_status": "todo", "uploaded_by_id": null, "uploaded_by_type": "ApiKey",
                "tokens_processing_main_content": null, "tokens_processing_summary": null, "url": null,
                "attributes": null, "expires_at": null, "processing_status": "todo",
                "tokens_processing_total": 0});
            l.meta["nb_documents"] = json!(l.documents.len() + 1);
            l.meta["total_size"] = json!(l.meta["total_size"].as_u64().unwrap_or(0) + content.len() as u64);
            l.documents.insert(
                doc_id.clone(),
                StoredDocument {
                    meta: meta.clone(),
                    pages,
                    outcome,
                    polls: 0,
                    seq,
                },
            );
            Reply::json(201, &meta)
        })
    }

    /// `page` and `page_size` pages (newest first), with the `pagination` object.
    fn list_documents(&self, id: &str, query: &str) -> Reply {
        let size = query_u64(query, "page_size").unwrap_or(100);
        if !(1..=100).contains(&size) {
            return Reply::error(422, "page_size must be between 1 and 100");
        }
        let page = query_u64(query, "page").unwrap_or(0);
        let search = query_values(query, "search").next().map(|s| s.to_lowercase());
        let ascending = query_values(query, "sort_order").next().as_deref() == Some("asc");
        self.with_library(id, |l| {
            let mut docs: Vec<&StoredDocument> = l
                .documents
                .values()
                .filter(|d| {
                    search
                        .as_deref()
                        .is_none_or(|s| d.meta["name"].as_str().unwrap_or("").to_lowercase().contains(s))
                })
                .collect();
            docs.sort_by_key(|d| d.seq);
            if !ascending {
                docs.reverse();
            }
            let total = docs.len() as u64;
            let skip = usize::try_from(page.saturating_mul(size)).unwrap_or(usize::MAX);
            let data: Vec<&Value> = docs
                .iter()
                .skip(skip)
                .take(usize::try_from(size).unwrap_or(100))
                .map(|d| &d.meta)
                .collect();
            Reply::json(
                200,
                &json!({"data": data, "pagination": {"total_items": total, "total_pages": total.div_ceil(size),
                    "current_page": page, "page_size": size, "has_more": (page + 1).saturating_mul(size) < total}}),
            )
        })
    }

    fn update_document(&self, id: &str, doc: &str, body: &[u8]) -> Reply {
        let r: UpdateDocumentRequest = match read_request(body, UpdateDocumentRequest::FIELDS) {
            Ok(r) => r,
            Err(reply) => return reply,
        };
        self.with_document(id, doc, |d| {
            if let Some(n) = r.name {
                d.meta["name"] = json!(n);
            }
            if let Some(a) = r.attributes {
                d.meta["attributes"] = Value::Object(a);
            }
            if let Some(t) = r.expires_at {
                d.meta["expires_at"] = json!(t.as_str());
            }
            Reply::json(200, &d.meta)
        })
    }

    fn delete_document(&self, id: &str, doc: &str) -> Reply {
        self.with_library(id, |l| match l.documents.remove(doc) {
            Some(d) => {
                l.meta["nb_documents"] = json!(l.documents.len());
                let size = d.meta["size"].as_u64().unwrap_or(0);
                l.meta["total_size"] = json!(l.meta["total_size"].as_u64().unwrap_or(0).saturating_sub(size));
                no_content()
            }
            None => not_found("document", doc),
        })
    }

    fn share(&self, id: &str, body: &[u8]) -> Reply {
        let r: AccessGrant = match read_request(body, AccessGrant::FIELDS) {
            Ok(r) => r,
            Err(reply) => return reply,
        };
        self.with_library(id, |l| {
            let access = json!({"library_id": id, "user_id": null,
                "org_id": "0196a0a2-0000-7000-8000-0000000000ff", "role": r.level.as_str(),
                "share_with_type": r.share_with_type.as_str(), "share_with_uuid": r.share_with_uuid});
            l.accesses.insert(r.share_with_uuid.clone(), access.clone());
            Reply::json(200, &access)
        })
    }

    fn unshare(&self, id: &str, body: &[u8]) -> Reply {
        let r: AccessRevoke = match read_request(body, &["share_with_uuid", "share_with_type", "org_id"]) {
            Ok(r) => r,
            Err(reply) => return reply,
        };
        self.with_library(id, |l| match l.accesses.remove(&r.share_with_uuid) {
            Some(_) => no_content(),
            None => not_found("access", &r.share_with_uuid),
        })
    }
}

/// The text of the pages asked (`page_start`, `page_end`, from 0, both inclusive), or a 422
/// for a document that has none (not processed, or unreadable).
fn text_content(d: &StoredDocument, query: &str) -> Reply {
    if d.meta["process_status"] != "done" {
        return Reply::error(422, "the document is not processed");
    }
    let Some(pages) = &d.pages else {
        return Reply::error(422, "the document has no text");
    };
    let start = query_u64(query, "page_start").unwrap_or(0);
    let end = query_u64(query, "page_end").unwrap_or(u64::MAX);
    let text: Vec<&str> = pages
        .iter()
        .enumerate()
        .filter(|(i, _)| (start..=end).contains(&(*i as u64)))
        .map(|(_, p)| p.as_str())
        .collect();
    Reply::json(200, &json!({"text": text.join("\n\n")}))
}

/// A document's pages and final status: a PDF's `Tj` strings page by page, UTF-8 text as one
/// page; empty is `missing_content`, anything else `error`.
fn read_pages(content: &[u8]) -> (Option<Vec<String>>, &'static str) {
    if content.is_empty() {
        return (None, "missing_content");
    }
    if content.starts_with(b"%PDF") {
        return (Some(pdf_pages(content)), "done");
    }
    match std::str::from_utf8(content) {
        // NUL bytes: a binary file that happens to be valid UTF-8.
        Ok(t) if !t.contains('\0') => (Some(vec![t.to_owned()]), "done"),
        _ => (None, "error"),
    }
}

/// A content hash for the `hash` field (FNV-1a: stable, no dependency).
fn fxhash(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
