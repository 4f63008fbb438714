//! The mock's state: uploaded files kept in memory, batch jobs that move through their
//! statuses and write their output files from the mock's own replies, and conversations with
//! their entries, and agents with their versions and aliases.

use std::collections::BTreeMap;
use std::future::Future as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

use bytes::Bytes;
use http::Method;
use mistral_types::agents::{validate_alias, AgentCreationRequest, AgentUpdateRequest};
use mistral_types::batch::BatchJobRequest;
use mistral_types::conversations::{
    ConversationAppendRequest, ConversationInputs, ConversationRequest, ConversationRestartRequest, Entry,
    HandoffExecution, InputRole,
};
use mistral_types::Tool;
use serde_json::{json, Value};

use super::defaults::{read_request, sample};
use super::endpoints::route;
use super::reply::{RecordedRequest, Reply};

/// Files and batch jobs of one mock (a server or a scripted transport).
#[derive(Default)]
pub(crate) struct Store {
    state: Mutex<State>,
    audio: super::audio::AudioMock,
    libraries: super::libraries::LibraryMock,
    #[cfg(feature = "responses")]
    responses: super::responses::ResponsesMock,
    ids: AtomicU64,
}

#[derive(Default)]
struct State {
    files: BTreeMap<String, StoredFile>,
    jobs: BTreeMap<String, Job>,
    conversations: BTreeMap<String, StoredConversation>,
    agents: BTreeMap<String, StoredAgent>,
}

struct StoredAgent {
    /// The agent object at each version, by version (`version` set, `versions` filled in
    /// when answered).
    versions: BTreeMap<i64, Value>,
    /// The version get, list and completions use.
    current: i64,
    /// Alias name → (version, created at, updated at).
    aliases: BTreeMap<String, (i64, String, String)>,
    /// Creation order: the list is newest first.
    seq: u64,
}

impl StoredAgent {
    /// The agent at `version` as the API answers it, with every version listed.
    fn at(&self, version: i64) -> Option<Value> {
        let mut v = self.versions.get(&version)?.clone();
        v["versions"] = json!(self.versions.keys().collect::<Vec<_>>());
        Some(v)
    }

    /// A version named by a number or an alias.
    fn resolve(&self, version: &str) -> Option<i64> {
        match version.parse::<i64>() {
            Ok(n) => self.versions.contains_key(&n).then_some(n),
            Err(_) => self.aliases.get(version).map(|(n, _, _)| *n),
        }
    }

    fn alias_json(name: &str, (version, created, updated): &(i64, String, String)) -> Value {
        json!({"alias": name, "version": version, "created_at": created, "updated_at": updated})
    }
}

struct StoredConversation {
    /// The conversation object of get and list.
    meta: Value,
    /// Whether handoffs stop the turn (`handoff_execution: client`, as set at the start;
    /// an append or a restart may say otherwise for its turn).
    client_handoffs: bool,
    /// Every entry, in order (the history).
    entries: Vec<Value>,
    /// Creation order: the list is newest first.
    seq: u64,
    /// The calls the last turn made that await an answer, as the real server holds them:
    /// call id → (name, held for a confirmation). A call held for a confirmation (its tool
    /// is in a `tool_configuration.requires_confirmation`, `confirmation_status: pending`)
    /// is answered by a `tool_confirmations` item only; any other by a `function.result`.
    awaiting: BTreeMap<String, (String, bool)>,
}

struct StoredFile {
    meta: Value,
    content: Bytes,
}

struct Job {
    meta: Value,
    /// (custom id, body) of each request.
    requests: Vec<(Option<String>, Value)>,
    inline: bool,
    /// Polls seen: the job moves one status per poll.
    polls: u32,
}

/// When the mock's clock is not wanted: a fixed creation time.
const CREATED_AT: i64 = 1_764_258_570;

fn not_found(what: &str, id: &str) -> Reply {
    Reply::json(
        404,
        &json!({"object": "error", "type": "invalid_request_error", "param": null, "code": "1001",
                "message": format!("{what} {id} not found")}),
    )
}

fn bad_request(message: &str) -> Reply {
    Reply::json(
        400,
        &json!({"object": "error", "type": "invalid_request_error", "param": null, "code": "3051",
                "message": message}),
    )
}

fn unprocessable(message: &str) -> Reply {
    Reply::json(
        422,
        &json!({"object": "error", "type": "invalid_request_error", "param": null, "code": null,
                "message": message}),
    )
}

/// The query's values of `key`, decoded.
pub(super) fn query_values<'a>(query: &'a str, key: &'a str) -> impl Iterator<Item = String> + 'a {
    query.split('&').filter_map(move |kv| {
        let (k, v) = kv.split_once('=')?;
        (k == key).then(|| {
            percent_encoding::percent_decode_str(v)
                .decode_utf8_lossy()
                .into_owned()
        })
    })
}

pub(super) fn query_u64(query: &str, key: &str) -> Option<u64> {
    query_values(query, key).next().and_then(|v| v.parse().ok())
}

/// One page of `items` by the `page` and `page_size` of `query`.
fn page(items: Vec<Value>, query: &str) -> Value {
    let total = items.len();
    let size = usize::try_from(query_u64(query, "page_size").unwrap_or(100).max(1)).unwrap_or(usize::MAX);
    let page = usize::try_from(query_u64(query, "page").unwrap_or(0)).unwrap_or(usize::MAX);
    // A huge page number is past the end, never an overflow.
    let data: Vec<Value> = items
        .into_iter()
        .skip(page.saturating_mul(size))
        .take(size)
        .collect();
    json!({"data": data, "object": "list", "total": total})
}

/// A parsed `multipart/form-data` body: text fields, and the one file part.
pub(super) struct Form {
    pub(super) fields: BTreeMap<String, String>,
    pub(super) file: Option<(String, Option<String>, Bytes)>,
    /// Every text field in order, repeated names included (lists: `context_bias`, ...).
    pub(super) all: Vec<(String, String)>,
}

/// Parses `body` with multer (a real multipart parser), driven to completion at once: the
/// body is in memory, so no step waits.
pub(super) fn parse_form(content_type: &str, body: Bytes) -> Result<Form, String> {
    let boundary = multer::parse_boundary(content_type).map_err(|e| e.to_string())?;
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(body) });
    let mut mp = multer::Multipart::new(stream, boundary);
    let parse = async move {
        let mut form = Form {
            fields: BTreeMap::new(),
            file: None,
            all: Vec::new(),
        };
        while let Some(field) = mp.next_field().await.map_err(|e| e.to_string())? {
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let ct = field.content_type().map(|m| m.to_string());
            let data = field.bytes().await.map_err(|e| e.to_string())?;
            match file_name {
                Some(f) if name == "file" => form.file = Some((f, ct, data)),
                _ => {
                    let value = String::from_utf8_lossy(&data).into_owned();
                    form.all.push((name.clone(), value.clone()));
                    form.fields.insert(name, value);
                }
            }
        }
        Ok(form)
    };
    let mut parse = std::pin::pin!(parse);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    for _ in 0..1_000 {
        if let std::task::Poll::Ready(r) = parse.as_mut().poll(&mut cx) {
            return r;
        }
    }
    Err("the multipart parser did not finish".into())
}

impl Store {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A UUID-shaped id, unique in this mock.
    fn new_id(&self) -> String {
        let n = self.ids.fetch_add(1, Ordering::Relaxed) + 1;
        format!("{:08x}-6276-4993-bfeb-{n:012x}", 0x497f_6eca_u32 ^ (n as u32))
    }

    /// The answer to `request`: files and batch jobs here, every other route by [`route`].
    pub(crate) fn answer(&self, request: &RecordedRequest) -> Reply {
        let path = request.path();
        let query = request.query().unwrap_or("");
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        if let Some(reply) = self.libraries.answer(request, &segments) {
            return reply;
        }
        match (request.method().as_str(), segments.as_slice()) {
            ("POST", ["v1", "files"]) => self.upload(request),
            // Voice agents and their sessions are generated operations (the `voice` group).
            (_, ["v1", "audio", "agents" | "sessions", ..]) => route(request.method(), path, request.body()),
            (_, ["v1", "audio", ..]) => self.audio.answer(request),
            #[cfg(feature = "responses")]
            (_, ["v1", "responses", ..]) => self.responses.answer(request),
            ("GET", ["v1", "files"]) => self.list_files(query),
            ("GET", ["v1", "files", id]) => self.with_file(id, |f| {
                let mut m = f.meta.clone();
                m["deleted"] = json!(false);
                Reply::json(200, &m)
            }),
            ("DELETE", ["v1", "files", id]) => match self.lock().files.remove(*id) {
                Some(_) => Reply::json(200, &json!({"id": id, "object": "file", "deleted": true})),
                None => not_found("file", id),
            },
            ("GET", ["v1", "files", id, "content"]) => self.with_file(id, |f| {
                Reply::body(200, "application/octet-stream", f.content.clone())
            }),
            ("GET", ["v1", "files", id, "url"]) => self.with_file(id, |_| {
                let hours = query_u64(query, "expiry").unwrap_or(24);
                if !(1..=168).contains(&hours) {
                    return unprocessable("expiry must be between 1 and 168 hours");
                }
                Reply::json(
                    200,
                    &json!({"url": format!("https://files.mock.invalid/{id}?expires_in={hours}h&signature=mock")}),
                )
            }),
            ("POST", ["v1", "batch", "jobs"]) => self.create_job(request.body()),
            ("GET", ["v1", "batch", "jobs"]) => self.list_jobs(query),
            ("GET", ["v1", "batch", "jobs", id]) => self.poll_job(id, query.contains("inline=true")),
            ("DELETE", ["v1", "batch", "jobs", id]) => match self.lock().jobs.remove(*id) {
                Some(_) => Reply::json(200, &json!({"id": id, "object": "batch", "deleted": true})),
                None => not_found("batch job", id),
            },
            ("POST", ["v1", "batch", "jobs", id, "cancel"]) => self.cancel_job(id),
            ("POST", ["v1", "conversations"]) => self.start_conversation(request.body()),
            ("GET", ["v1", "conversations"]) => self.list_conversations(query),
            ("GET", ["v1", "conversations", id]) => self.with_conversation(id, |c| Reply::json(200, &c.meta)),
            ("DELETE", ["v1", "conversations", id]) => match self.lock().conversations.remove(*id) {
                Some(_) => Reply::body(204, "application/json", Bytes::new()),
                None => not_found("conversation", id),
            },
            ("POST", ["v1", "conversations", id]) => self.append_conversation(id, request.body()),
            ("POST", ["v1", "conversations", id, "restart"]) => self.restart_conversation(id, request.body()),
            ("GET", ["v1", "conversations", id, "history"]) => self.with_conversation(id, |c| {
                Reply::json(
                    200,
                    &json!({"object": "conversation.history", "conversation_id": id, "entries": c.entries}),
                )
            }),
            ("GET", ["v1", "conversations", id, "messages"]) => self.with_conversation(id, |c| {
                let messages: Vec<&Value> = c
                    .entries
                    .iter()
                    .filter(|e| matches!(e["type"].as_str(), Some("message.input" | "message.output")))
                    .collect();
                Reply::json(
                    200,
                    &json!({"object": "conversation.messages", "conversation_id": id, "messages": messages}),
                )
            }),
            ("POST", ["v1", "agents"]) => self.create_agent(request.body()),
            ("GET", ["v1", "agents", "pages"]) => self.list_agents(query),
            ("GET", ["v1", "agents", id]) => self.with_agent(id, |a| {
                let version = match query_values(query, "agent_version").next() {
                    Some(v) => a.resolve(&v),
                    None => Some(a.current),
                };
                match version.and_then(|n| a.at(n)) {
                    Some(v) => Reply::json(200, &v),
                    None => not_found("agent version", id),
                }
            }),
            ("PATCH", ["v1", "agents", id]) => self.update_agent(id, request.body()),
            ("DELETE", ["v1", "agents", id]) => match self.lock().agents.remove(*id) {
                Some(_) => Reply::body(204, "application/json", Bytes::new()),
                None => not_found("agent", id),
            },
            ("PATCH", ["v1", "agents", id, "version"]) => {
                let Some(version) = query_values(query, "version").next() else {
                    return unprocessable("version is required");
                };
                let mut state = self.lock();
                let Some(agent) = state.agents.get_mut(*id) else {
                    return not_found("agent", id);
                };
                match version.parse::<i64>().ok().and_then(|n| agent.at(n).map(|v| (n, v))) {
                    Some((n, v)) => {
                        agent.current = n;
                        Reply::json(200, &v)
                    }
                    None => not_found("agent version", &version),
                }
            }
            ("GET", ["v1", "agents", id, "versions"]) => self.with_agent(id, |a| {
                // Newest first, as the API lists them.
                let items: Vec<Value> = a.versions.keys().rev().filter_map(|n| a.at(*n)).collect();
                let paged = page(items, &with_default_size(query, 20));
                Reply::json(200, &paged["data"])
            }),
            ("GET", ["v1", "agents", id, "versions", version]) => self.with_agent(id, |a| {
                match a.resolve(version).and_then(|n| a.at(n)) {
                    Some(v) => Reply::json(200, &v),
                    None => not_found("agent version", version),
                }
            }),
            ("PUT", ["v1", "agents", id, "aliases"]) => self.set_alias(id, query),
            ("GET", ["v1", "agents", id, "aliases"]) => self.with_agent(id, |a| {
                let list: Vec<Value> = a
                    .aliases
                    .iter()
                    .map(|(name, v)| StoredAgent::alias_json(name, v))
                    .collect();
                Reply::json(200, &list)
            }),
            ("DELETE", ["v1", "agents", id, "aliases"]) => {
                let alias = query_values(query, "alias").next().unwrap_or_default();
                let mut state = self.lock();
                let Some(agent) = state.agents.get_mut(*id) else {
                    return not_found("agent", id);
                };
                match agent.aliases.remove(&alias) {
                    Some(_) => Reply::body(204, "application/json", Bytes::new()),
                    None => not_found("alias", &alias),
                }
            }
            _ => route(request.method(), path, request.body()),
        }
    }

    fn with_file(&self, id: &str, then: impl FnOnce(&StoredFile) -> Reply) -> Reply {
        match self.lock().files.get(id) {
            Some(f) => then(f),
            None => not_found("file", id),
        }
    }

    fn store_file(
        &self,
        filename: &str,
        purpose: &str,
        sample_type: &str,
        source: &str,
        content: Bytes,
    ) -> Value {
        let id = self.new_id();
        let lines = content.split(|b| *b == b'\n').filter(|l| !l.is_empty()).count();
        let meta = json!({"id": id, "object": "file", "bytes": content.len(), "created_at": CREATED_AT,
            "filename": filename, "purpose": purpose, "sample_type": sample_type,
            "num_lines": if filename.ends_with(".jsonl") { json!(lines) } else { Value::Null },
            "mimetype": null, "source": source, "signature": null, "expires_at": null,
            "visibility": "workspace"});
        self.lock().files.insert(
            id,
            StoredFile {
                meta: meta.clone(),
                content,
            },
        );
        meta
    }

    fn upload(&self, request: &RecordedRequest) -> Reply {
        let ct = request.header("content-type").unwrap_or("");
        if !ct.starts_with("multipart/form-data") {
            return unprocessable("the body must be multipart/form-data");
        }
        let form = match parse_form(ct, request.body().clone()) {
            Ok(f) => f,
            Err(e) => return unprocessable(&format!("invalid multipart body: {e}")),
        };
        let Some((filename, _, content)) = form.file else {
            return Reply::json(
                422,
                &json!({"detail": [{"type": "missing", "loc": ["body", "file"], "msg": "Field required"}]}),
            );
        };
        let purpose = form.fields.get("purpose").map_or("fine-tune", String::as_str);
        if !["fine-tune", "batch", "ocr", "audio"].contains(&purpose) {
            return Reply::json(
                422,
                &json!({"detail": [{"type": "enum", "loc": ["body", "purpose"],
                        "msg": "Input should be 'fine-tune', 'batch' or 'ocr'"}]}),
            );
        }
        let sample_type = if purpose == "batch" {
            "batch_request"
        } else {
            "instruct"
        };
        let mut meta = self.store_file(&filename, purpose, sample_type, "upload", content);
        if let Some(v) = form.fields.get("visibility") {
            meta["visibility"] = json!(v);
        }
        Reply::json(200, &meta)
    }

    fn list_files(&self, query: &str) -> Reply {
        let purpose = query_values(query, "purpose").next();
        let search = query_values(query, "search").next();
        let files: Vec<Value> = self
            .lock()
            .files
            .values()
            .map(|f| f.meta.clone())
            .filter(|m| purpose.as_deref().is_none_or(|p| m["purpose"] == p))
            .filter(|m| {
                search
                    .as_deref()
                    .is_none_or(|s| m["filename"].as_str().unwrap_or("").contains(s))
            })
            .collect();
        Reply::json(200, &page(files, query))
    }

    fn create_job(&self, body: &[u8]) -> Reply {
        let job: BatchJobRequest = match read_request(body, BatchJobRequest::FIELDS) {
            Ok(j) => j,
            Err(reply) => return reply,
        };
        let mut requests = Vec::new();
        let inline = job.requests.is_some();
        for r in job.requests.iter().flatten() {
            requests.push((r.custom_id.clone(), Value::Object(r.body.clone())));
        }
        for id in job.input_files.iter().flatten() {
            let state = self.lock();
            let Some(f) = state.files.get(id) else {
                return not_found("file", id);
            };
            // A byte-order mark before the first line is not part of it (as the API reads it).
            let content = f.content.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&f.content[..]);
            for (i, line) in content.split(|b| *b == b'\n').enumerate() {
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                let Ok(Value::Object(mut l)) = serde_json::from_slice::<Value>(line) else {
                    return unprocessable(&format!("line {} of file {id} is not a JSON object", i + 1));
                };
                let custom_id = l.remove("custom_id").and_then(|c| c.as_str().map(str::to_owned));
                let Some(body) = l.remove("body").filter(Value::is_object) else {
                    return unprocessable(&format!("line {} of file {id} has no body object", i + 1));
                };
                requests.push((custom_id, body));
            }
        }
        let id = self.new_id();
        let meta = json!({"id": id, "object": "batch", "input_files": job.input_files.clone().unwrap_or_default(),
            "metadata": job.metadata, "endpoint": job.endpoint, "model": job.model, "agent_id": job.agent_id,
            "output_file": null, "error_file": null, "errors": [], "outputs": null, "status": "QUEUED",
            "created_at": CREATED_AT, "total_requests": requests.len(), "completed_requests": 0,
            "succeeded_requests": 0, "failed_requests": 0, "started_at": null, "completed_at": null});
        self.lock().jobs.insert(
            id,
            Job {
                meta: meta.clone(),
                requests,
                inline,
                polls: 0,
            },
        );
        Reply::json(200, &meta)
    }

    fn list_jobs(&self, query: &str) -> Reply {
        let statuses: Vec<String> = query_values(query, "status").collect();
        let jobs: Vec<Value> = self
            .lock()
            .jobs
            .values()
            .map(|j| j.meta.clone())
            .filter(|m| statuses.is_empty() || statuses.iter().any(|s| m["status"] == s.as_str()))
            .collect();
        Reply::json(200, &page(jobs, query))
    }

    fn cancel_job(&self, id: &str) -> Reply {
        let mut state = self.lock();
        let Some(job) = state.jobs.get_mut(id) else {
            return not_found("batch job", id);
        };
        if matches!(job.meta["status"].as_str(), Some("QUEUED" | "RUNNING")) {
            job.meta["status"] = json!("CANCELLATION_REQUESTED");
        }
        Reply::json(200, &job.meta)
    }

    /// Each poll moves the job on: queued, running (half done), then success with its output
    /// (and error) file; a cancellation request ends in cancelled.
    fn poll_job(&self, id: &str, inline: bool) -> Reply {
        let (status, done) = {
            let mut state = self.lock();
            let Some(job) = state.jobs.get_mut(id) else {
                return not_found("batch job", id);
            };
            job.polls += 1;
            let total = job.requests.len();
            match job.meta["status"].as_str().unwrap_or("") {
                "QUEUED" => {
                    job.meta["status"] = json!("RUNNING");
                    job.meta["started_at"] = json!(CREATED_AT + 1);
                    job.meta["completed_requests"] = json!(total / 2);
                    job.meta["succeeded_requests"] = json!(total / 2);
                }
                "CANCELLATION_REQUESTED" => {
                    job.meta["status"] = json!("CANCELLED");
                    job.meta["completed_at"] = json!(CREATED_AT + 2);
                }
                _ => {}
            }
            (job.meta["status"].as_str().unwrap_or("").to_owned(), job.polls)
        };
        if status == "RUNNING" && done > 1 {
            self.finish_job(id);
        }
        let state = self.lock();
        let Some(job) = state.jobs.get(id) else {
            return not_found("batch job", id);
        };
        let mut meta = job.meta.clone();
        if !(inline && job.inline) {
            meta["outputs"] = Value::Null;
        }
        Reply::json(200, &meta)
    }

    /// Answers every request with the mock's own route and writes the output and error files.
    fn finish_job(&self, id: &str) {
        let (endpoint, model, requests, inline) = {
            let state = self.lock();
            let Some(job) = state.jobs.get(id) else { return };
            (
                job.meta["endpoint"].as_str().unwrap_or("").to_owned(),
                job.meta["model"].clone(),
                job.requests.clone(),
                job.inline,
            )
        };
        let mut output = Vec::new();
        let mut errors = Vec::new();
        let mut outputs = Vec::new();
        for (i, (custom_id, mut body)) in requests.into_iter().enumerate() {
            if !model.is_null() {
                body["model"] = model.clone();
            }
            let reply = route(
                &Method::POST,
                &endpoint,
                &serde_json::to_vec(&body).unwrap_or_default(),
            );
            let (status, bytes) = reply.status_and_body().unwrap_or((500, Bytes::new()));
            let response_body: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
            let ok = (200..300).contains(&status);
            let line = json!({"id": format!("batch-{id}-{i}"), "custom_id": custom_id,
            "response": {"status_code": status, "body": response_body},
            "error": if ok { Value::Null } else {
                json!({"message": response_body.get("message").cloned().unwrap_or(json!("request failed")),
                       "code": status})
            }});
            outputs.push(line.clone());
            let file = if ok { &mut output } else { &mut errors };
            serde_json::to_writer(&mut *file, &line).ok();
            file.push(b'\n');
        }
        let failed = outputs.iter().filter(|l| !l["error"].is_null()).count();
        let output_file = (!output.is_empty()).then(|| {
            self.store_file(
                &format!("batch-{id}-output.jsonl"),
                "batch",
                "batch_result",
                "mistral",
                output.into(),
            )["id"]
                .clone()
        });
        let error_file = (!errors.is_empty()).then(|| {
            self.store_file(
                &format!("batch-{id}-error.jsonl"),
                "batch",
                "batch_error",
                "mistral",
                errors.into(),
            )["id"]
                .clone()
        });
        let mut state = self.lock();
        let Some(job) = state.jobs.get_mut(id) else { return };
        let total = outputs.len();
        job.meta["status"] = json!("SUCCESS");
        job.meta["completed_requests"] = json!(total);
        job.meta["succeeded_requests"] = json!(total - failed);
        job.meta["failed_requests"] = json!(failed);
        job.meta["completed_at"] = json!(CREATED_AT + 2);
        job.meta["output_file"] = json!(output_file);
        job.meta["error_file"] = json!(error_file);
        if inline {
            job.meta["outputs"] = json!(outputs);
        }
    }

    fn with_conversation(&self, id: &str, then: impl FnOnce(&StoredConversation) -> Reply) -> Reply {
        match self.lock().conversations.get(id) {
            Some(c) => then(c),
            None => not_found("conversation", id),
        }
    }

    /// The entries `inputs` add, as the server keeps them (with an id and a time).
    fn input_entries(&self, inputs: &ConversationInputs) -> Vec<Value> {
        let entries = match inputs {
            ConversationInputs::Text(t) => vec![Entry::user(t.as_str())],
            ConversationInputs::Entries(e) => e.clone(),
        };
        entries.iter().map(|e| self.stored_entry(e)).collect()
    }

    fn stored_entry(&self, entry: &Entry) -> Value {
        let mut v = serde_json::to_value(entry).unwrap_or_default();
        if let Some(o) = v.as_object_mut() {
            o.insert("object".into(), json!("entry"));
            o.insert("id".into(), json!(self.entry_id()));
            o.insert("created_at".into(), json!(CONVERSATION_TIME));
        }
        v
    }

    fn entry_id(&self) -> String {
        format!("msg_{}", self.new_id().replace('-', ""))
    }

    fn start_conversation(&self, body: &[u8]) -> Reply {
        let r: ConversationRequest = match read_request(body, ConversationRequest::FIELDS) {
            Ok(r) => r,
            Err(reply) => return reply,
        };
        let id = format!("conv_{}", self.new_id().replace('-', ""));
        let mut meta = json!({"object": "conversation", "id": id, "created_at": CONVERSATION_TIME,
            "updated_at": CONVERSATION_TIME, "name": r.name, "description": r.description,
            "metadata": r.metadata});
        match (&r.agent_id, &r.model) {
            (Some(agent), _) => {
                meta["agent_id"] = json!(agent);
                meta["agent_version"] = json!(r.agent_version.clone().unwrap_or(0.into()));
            }
            (None, model) => {
                meta["model"] = json!(model);
                meta["instructions"] = json!(r.instructions);
                meta["tools"] = json!(r.tools.clone().unwrap_or_default());
                meta["completion_args"] = json!(r.completion_args.clone().unwrap_or_default());
            }
        }
        let entries = self.input_entries(&r.inputs);
        let seq = self.ids.fetch_add(1, Ordering::Relaxed);
        self.lock().conversations.insert(
            id.clone(),
            StoredConversation {
                meta,
                client_handoffs: r.handoff_execution == Some(HandoffExecution::Client),
                entries: Vec::new(),
                seq,
                awaiting: BTreeMap::new(),
            },
        );
        self.turn(
            &id,
            entries,
            r.stream == Some(true),
            r.handoff_execution.as_ref(),
            &[],
        )
    }

    fn append_conversation(&self, id: &str, body: &[u8]) -> Reply {
        let r: ConversationAppendRequest = match read_request(body, ConversationAppendRequest::FIELDS) {
            Ok(r) => r,
            Err(reply) => return reply,
        };
        let entries = r
            .inputs
            .as_ref()
            .map(|i| self.input_entries(i))
            .unwrap_or_default();
        let decided =
            match self.answer_calls(id, &entries, r.tool_confirmations.as_deref().unwrap_or_default()) {
                Ok(decided) => decided,
                Err(reply) => return *reply,
            };
        self.turn(
            id,
            entries,
            r.stream == Some(true),
            r.handoff_execution.as_ref(),
            &decided,
        )
    }

    /// A new conversation with the entries up to `from_entry_id` (included), then the inputs.
    fn restart_conversation(&self, id: &str, body: &[u8]) -> Reply {
        let r: ConversationRestartRequest = match read_request(body, ConversationRestartRequest::FIELDS) {
            Ok(r) => r,
            Err(reply) => return reply,
        };
        let new_id = format!("conv_{}", self.new_id().replace('-', ""));
        let seq = self.ids.fetch_add(1, Ordering::Relaxed);
        {
            let mut state = self.lock();
            let Some(old) = state.conversations.get(id) else {
                return not_found("conversation", id);
            };
            let Some(at) = old
                .entries
                .iter()
                .position(|e| e["id"] == r.from_entry_id.as_str())
            else {
                return not_found("entry", &r.from_entry_id);
            };
            let mut meta = old.meta.clone();
            meta["id"] = json!(new_id);
            let entries = old.entries[..=at].to_vec();
            let client_handoffs = old.client_handoffs;
            state.conversations.insert(
                new_id.clone(),
                StoredConversation {
                    meta,
                    client_handoffs,
                    entries,
                    seq,
                    awaiting: BTreeMap::new(),
                },
            );
        }
        let entries = r
            .inputs
            .as_ref()
            .map(|i| self.input_entries(i))
            .unwrap_or_default();
        self.turn(
            &new_id,
            entries,
            r.stream == Some(true),
            r.handoff_execution.as_ref(),
            &[],
        )
    }

    /// Checks that an append answers the calls of the conversation's last turn as the real
    /// server wants them answered, and takes them off: each call held for a confirmation
    /// by a `tool_confirmations` item (and by nothing else), each other call by a
    /// `function.result`; a confirmation for a call that is not held for one is refused
    /// (400), as is an append that leaves a call unanswered. The confirmed calls: (name,
    /// allowed).
    fn answer_calls(
        &self,
        id: &str,
        inputs: &[Value],
        confirmations: &[mistral_types::conversations::ToolConfirmation],
    ) -> Result<Vec<(String, bool)>, Box<Reply>> {
        let mut state = self.lock();
        let Some(c) = state.conversations.get_mut(id) else {
            return Err(Box::new(not_found("conversation", id)));
        };
        let mut decided = Vec::new();
        for k in confirmations {
            match c.awaiting.get(&k.tool_call_id) {
                Some((name, true)) => decided.push((
                    name.clone(),
                    k.confirmation == mistral_types::conversations::Confirmation::Allow,
                )),
                _ => {
                    return Err(Box::new(bad_request(&format!(
                        "Tool call {} is not pending confirmation",
                        k.tool_call_id
                    ))))
                }
            }
        }
        let results: Vec<&str> = inputs
            .iter()
            .filter(|e| e["type"] == "function.result")
            .filter_map(|e| e["tool_call_id"].as_str())
            .collect();
        if let Some(held) = results
            .iter()
            .find(|r| c.awaiting.get(**r).is_some_and(|(_, held)| *held))
        {
            return Err(Box::new(bad_request(&format!(
                "Tool call {held} is pending confirmation: answer it with tool_confirmations"
            ))));
        }
        let unanswered: Vec<&str> = c
            .awaiting
            .iter()
            .filter(|(call, (_, held))| match held {
                true => !confirmations.iter().any(|k| &k.tool_call_id == *call),
                false => !results.contains(&call.as_str()),
            })
            .map(|(call, _)| call.as_str())
            .collect();
        if !unanswered.is_empty() {
            return Err(Box::new(bad_request(&format!(
                "Function calls without a result or a confirmation: {}",
                unanswered.join(", ")
            ))));
        }
        c.awaiting.clear();
        Ok(decided)
    }

    /// Adds `inputs` to the conversation and answers them (the route doc in `endpoints.rs`
    /// says how), as JSON or as named events in the real order.
    fn turn(
        &self,
        id: &str,
        inputs: Vec<Value>,
        stream: bool,
        handoffs: Option<&HandoffExecution>,
        decided: &[(String, bool)],
    ) -> Reply {
        let outputs = {
            let mut state = self.lock();
            let Some(c) = state.conversations.get(id) else {
                return not_found("conversation", id);
            };
            let client_handoffs = match handoffs {
                Some(h) => *h == HandoffExecution::Client,
                None => c.client_handoffs,
            };
            let speaker = match c.meta["agent_id"].as_str() {
                Some(agent) => Speaker::agent(&state, agent, c.meta["agent_version"].clone()),
                None => Speaker {
                    producer: ("model", c.meta["model"].clone()),
                    name: String::new(),
                    tools: serde_json::from_value(c.meta["tools"].clone()).unwrap_or_default(),
                    handoffs: Vec::new(),
                },
            };
            let user = InputRole::User.as_str();
            let last_user = inputs
                .last()
                .filter(|e| e["type"] == "message.input" && e["role"] == user)
                .map(entry_text);
            let mut outputs = Vec::new();
            let next = speaker
                .handoffs
                .first()
                .filter(|_| last_user.as_deref().is_some_and(asks_handoff));
            match next {
                Some(next) => {
                    let next = Speaker::agent(&state, next, Value::Null);
                    outputs.push(json!({"object": "entry", "type": "agent.handoff",
                        "created_at": CONVERSATION_TIME, "completed_at": CONVERSATION_TIME,
                        "id": format!("handoff_{}", self.new_id().replace('-', "")),
                        "previous_agent_id": speaker.producer.1, "previous_agent_name": speaker.name,
                        "next_agent_id": next.producer.1, "next_agent_name": next.name}));
                    if !client_handoffs {
                        outputs.extend(self.reply_of(&next, &inputs, last_user.as_deref()));
                    }
                }
                // Confirmations only: the allowed calls run on the server, then a message.
                None if last_user.is_none() && !decided.is_empty() && inputs.is_empty() => {
                    outputs.extend(self.confirmed(&speaker, decided));
                }
                None => outputs.extend(self.reply_of(&speaker, &inputs, last_user.as_deref())),
            }
            let Some(c) = state.conversations.get_mut(id) else {
                return not_found("conversation", id);
            };
            c.entries.extend(inputs.iter().cloned());
            c.entries.extend(outputs.iter().cloned());
            for o in outputs.iter().filter(|o| o["type"] == "function.call") {
                let call = o["tool_call_id"].as_str().unwrap_or_default().to_owned();
                let name = o["name"].as_str().unwrap_or_default().to_owned();
                c.awaiting
                    .insert(call, (name, o["confirmation_status"] == "pending"));
            }
            outputs
        };
        let prompt_tokens = inputs
            .iter()
            .map(|e| entry_text(e).split_whitespace().count())
            .sum::<usize>()
            .max(1);
        let completion_tokens = outputs
            .iter()
            .map(|e| entry_text(e).split_whitespace().count())
            .sum::<usize>()
            .max(1);
        let mut usage = json!({"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens});
        let tools: Vec<&str> = outputs
            .iter()
            .filter(|o| o["type"] == "tool.execution")
            .filter_map(|o| o["name"].as_str())
            .collect();
        if !tools.is_empty() {
            let connector_tokens = CONNECTOR_TOKENS * tools.len();
            usage["connector_tokens"] = json!(connector_tokens);
            usage["total_tokens"] = json!(prompt_tokens + completion_tokens + connector_tokens);
            let mut connectors = serde_json::Map::new();
            for t in tools {
                let n = connectors.get(t).and_then(Value::as_u64).unwrap_or(0);
                connectors.insert(t.to_owned(), json!(n + 1));
            }
            usage["connectors"] = Value::Object(connectors);
        }
        if !stream {
            return Reply::json(
                200,
                &json!({"object": "conversation.response", "conversation_id": id, "outputs": outputs,
                        "usage": usage}),
            );
        }
        let mut frames = vec![event_frame(
            "conversation.response.started",
            json!({"created_at": CONVERSATION_TIME, "conversation_id": id}),
        )];
        for (index, output) in outputs.iter().enumerate() {
            frames.extend(output_events(index, output));
        }
        frames.push(event_frame(
            "conversation.response.done",
            json!({"created_at": CONVERSATION_TIME, "usage": usage}),
        ));
        Reply::sse_frames(frames)
    }

    /// What `speaker` answers to `inputs` (whose last entry is the user's `last_user`
    /// message, if it is one): a call of its first function tool, else a run of its first
    /// built-in tool and a message citing it, else an echo.
    fn reply_of(&self, speaker: &Speaker, inputs: &[Value], last_user: Option<&str>) -> Vec<Value> {
        let (key, producer) = (speaker.producer.0, speaker.producer.1.clone());
        let with_producer = |mut v: Value| {
            v[key] = producer.clone();
            v
        };
        let Some(text) = last_user else {
            return vec![with_producer(self.message(json!(answer_to(inputs))))];
        };
        // A server-run tool whose configuration asks a confirmation: the call is held.
        if let Some(name) = speaker.tools.iter().find_map(needs_confirmation) {
            let call_id = format!("call_{}", &self.new_id().replace('-', "")[24..]);
            return vec![with_producer(json!({"object": "entry", "type": "function.call",
                "created_at": CONVERSATION_TIME, "id": self.entry_id(), "tool_call_id": call_id,
                "name": name, "arguments": json!({"query": text}).to_string(),
                "confirmation_status": "pending"}))];
        }
        if let Some(f) = speaker.tools.iter().find_map(Tool::as_function) {
            let call_id = format!("call_{}", &self.new_id().replace('-', "")[24..]);
            let args = sample(&f.parameters, &f.parameters, f.name.as_str(), 0);
            return vec![with_producer(json!({"object": "entry", "type": "function.call",
                "created_at": CONVERSATION_TIME, "id": self.entry_id(), "tool_call_id": call_id,
                "name": f.name, "arguments": args.to_string()}))];
        }
        let Some(tool) = speaker.tools.iter().find_map(builtin_name) else {
            return vec![with_producer(self.message(json!(answer_to(inputs))))];
        };
        let (arguments, info, content) = builtin_run(tool, text, &self.new_id());
        let execution = json!({"object": "entry", "type": "tool.execution", "created_at": CONVERSATION_TIME,
            "completed_at": TOOL_DONE_TIME, "id": format!("tool_exec_{}", self.new_id().replace('-', "")),
            "name": tool, "arguments": arguments.to_string(), "info": info});
        vec![with_producer(execution), with_producer(self.message(content))]
    }

    /// The server's side of confirmations: a `tool.execution` for each allowed call, then a
    /// message saying what ran and what was denied.
    fn confirmed(&self, speaker: &Speaker, decided: &[(String, bool)]) -> Vec<Value> {
        let (key, producer) = (speaker.producer.0, speaker.producer.1.clone());
        let mut outputs = Vec::new();
        let mut said = Vec::new();
        for (name, allowed) in decided {
            if *allowed {
                outputs.push(json!({"object": "entry", "type": "tool.execution",
                    "created_at": CONVERSATION_TIME, "completed_at": TOOL_DONE_TIME,
                    "id": format!("tool_exec_{}", self.new_id().replace('-', "")),
                    "name": name, "arguments": "{}", key: producer}));
                said.push(format!("{name} ran"));
            } else {
                said.push(format!("{name} was not run: the user denied it"));
            }
        }
        let mut message = self.message(json!(format!("{}.", said.join("; "))));
        message[key] = producer;
        outputs.push(message);
        outputs
    }

    /// A `message.output` entry with this content.
    fn message(&self, content: Value) -> Value {
        json!({"object": "entry", "type": "message.output", "created_at": CONVERSATION_TIME,
            "id": self.entry_id(), "role": "assistant", "content": content})
    }

    /// Newest first, the page of `query`, only those whose metadata has every key and value
    /// of its `metadata` (a JSON object).
    fn list_conversations(&self, query: &str) -> Reply {
        let filter: serde_json::Map<String, Value> = match query_values(query, "metadata").next() {
            None => serde_json::Map::new(),
            Some(m) => match serde_json::from_str(&m) {
                Ok(m) => m,
                Err(_) => return unprocessable("metadata must be a JSON object"),
            },
        };
        let mut all: Vec<(u64, Value)> = self
            .lock()
            .conversations
            .values()
            .filter(|c| filter.iter().all(|(k, v)| c.meta["metadata"].get(k) == Some(v)))
            .map(|c| (c.seq, c.meta.clone()))
            .collect();
        all.sort_by_key(|(seq, _)| std::cmp::Reverse(*seq));
        let items: Vec<Value> = all.into_iter().map(|(_, m)| m).collect();
        // A bare array, as the API sends it.
        Reply::json(200, &page(items, query)["data"])
    }
}

impl Store {
    fn with_agent(&self, id: &str, then: impl FnOnce(&StoredAgent) -> Reply) -> Reply {
        match self.lock().agents.get(id) {
            Some(a) => then(a),
            None => not_found("agent", id),
        }
    }

    /// A time for the `n`th change of the mock's agents: each later than the one before.
    fn agent_time(&self) -> String {
        let n = self.ids.fetch_add(1, Ordering::Relaxed);
        format!(
            "2025-11-27T{:02}:{:02}:{:02}Z",
            16 + (n / 3600) % 8,
            (n / 60) % 60,
            n % 60
        )
    }

    fn create_agent(&self, body: &[u8]) -> Reply {
        let r: AgentCreationRequest = match read_request(body, AgentCreationRequest::FIELDS) {
            Ok(r) => r,
            Err(reply) => return reply,
        };
        let id = format!("ag_{}", self.new_id().replace('-', ""));
        let now = self.agent_time();
        let agent = json!({"object": "agent", "id": id, "name": r.name, "model": r.model,
            "instructions": r.instructions, "description": r.description,
            "tools": r.tools.unwrap_or_default(), "completion_args": r.completion_args.unwrap_or_default(),
            "guardrails": r.guardrails, "handoffs": r.handoffs, "metadata": r.metadata,
            "version": 0, "created_at": now, "updated_at": now, "deployment_chat": false,
            "source": "api", "version_message": r.version_message});
        let seq = self.ids.fetch_add(1, Ordering::Relaxed);
        let stored = StoredAgent {
            versions: BTreeMap::from([(0, agent)]),
            current: 0,
            aliases: BTreeMap::new(),
            seq,
        };
        let reply = stored.at(0).unwrap_or_default();
        self.lock().agents.insert(id, stored);
        Reply::json(200, &reply)
    }

    /// A new version from the current one with the fields the body sets (`null` clears
    /// one), made the current version.
    fn update_agent(&self, id: &str, body: &[u8]) -> Reply {
        if let Err(reply) = read_request::<AgentUpdateRequest>(body, AgentUpdateRequest::FIELDS) {
            return reply;
        }
        let fields: serde_json::Map<String, Value> = serde_json::from_slice(body).unwrap_or_default();
        let now = self.agent_time();
        let mut state = self.lock();
        let Some(agent) = state.agents.get_mut(id) else {
            return not_found("agent", id);
        };
        let Some(mut next) = agent.versions.get(&agent.current).cloned() else {
            return not_found("agent version", id);
        };
        let version = agent.versions.keys().next_back().map_or(0, |n| n + 1);
        next["version_message"] = Value::Null;
        for (k, v) in fields {
            next[k.as_str()] = v;
        }
        next["version"] = json!(version);
        next["updated_at"] = json!(now);
        agent.versions.insert(version, next);
        agent.current = version;
        Reply::json(200, &agent.at(version).unwrap_or_default())
    }

    /// `/v1/agents/pages`: filtered, newest first, `page_size` at a time (20 by default);
    /// the cursor is opaque to the client (here, the offset of the next page).
    fn list_agents(&self, query: &str) -> Reply {
        let one = |key| query_values(query, key).next();
        let sources: Vec<String> = query_values(query, "sources").collect();
        let mut all: Vec<(u64, Value)> = self
            .lock()
            .agents
            .values()
            .filter_map(|a| Some((a.seq, a.at(a.current)?)))
            .filter(|(_, a)| one("id").is_none_or(|id| a["id"] == id.as_str()))
            .filter(|(_, a)| one("name").is_none_or(|n| a["name"] == n.as_str()))
            .filter(|(_, a)| {
                one("search").is_none_or(|s| {
                    let has = |k: &str| a[k].as_str().is_some_and(|v| v.contains(s.as_str()));
                    has("name") || has("id")
                })
            })
            .filter(|(_, a)| {
                one("deployment_chat")
                    .is_none_or(|d| d.parse::<bool>().ok() == a["deployment_chat"].as_bool())
            })
            .filter(|(_, a)| sources.is_empty() || sources.iter().any(|s| a["source"] == s.as_str()))
            .collect();
        all.sort_by_key(|(seq, _)| std::cmp::Reverse(*seq));
        let size = usize::try_from(query_u64(query, "page_size").unwrap_or(20).max(1)).unwrap_or(usize::MAX);
        let start = match one("page_token") {
            None => 0,
            Some(t) => match t.strip_prefix("cur_").and_then(|n| n.parse::<usize>().ok()) {
                Some(n) => n,
                None => return unprocessable("invalid page_token"),
            },
        };
        let data: Vec<Value> = all
            .iter()
            .skip(start)
            .take(size)
            .map(|(_, a)| a.clone())
            .collect();
        let end = start.saturating_add(size);
        let next = (end < all.len()).then(|| format!("cur_{end}"));
        Reply::json(
            200,
            &json!({"object": "list", "data": data, "next_page_token": next}),
        )
    }

    fn set_alias(&self, id: &str, query: &str) -> Reply {
        let alias = query_values(query, "alias").next().unwrap_or_default();
        if let Err(e) = validate_alias(&alias) {
            return unprocessable(&e.to_string());
        }
        let Some(version) = query_values(query, "version")
            .next()
            .and_then(|v| v.parse::<i64>().ok())
        else {
            return unprocessable("version must be an integer");
        };
        let now = self.agent_time();
        let mut state = self.lock();
        let Some(agent) = state.agents.get_mut(id) else {
            return not_found("agent", id);
        };
        if !agent.versions.contains_key(&version) {
            return not_found("agent version", &version.to_string());
        }
        let entry = agent
            .aliases
            .entry(alias.clone())
            .or_insert_with(|| (version, now.clone(), now.clone()));
        entry.0 = version;
        entry.2 = now;
        Reply::json(200, &StoredAgent::alias_json(&alias, entry))
    }
}

/// `query` with `page_size=default` when it sets none.
fn with_default_size(query: &str, default: u64) -> String {
    match query_u64(query, "page_size") {
        Some(_) => query.to_owned(),
        None => format!("{query}&page_size={default}"),
    }
}

/// When the mock's conversations were made (RFC 3339, as the API writes it).
const CONVERSATION_TIME: &str = "2025-11-27T15:49:30Z";

/// The text of a stored message entry (`content` a string or text chunks), or a function
/// result's output.
fn entry_text(entry: &Value) -> String {
    match &entry["content"] {
        Value::String(s) => s.clone(),
        Value::Array(chunks) => chunks.iter().filter_map(|c| c["text"].as_str()).collect(),
        _ => entry["result"].as_str().unwrap_or_default().to_owned(),
    }
}

/// The mock's answer to a turn's inputs: an echo of the last user message, or a quote of the
/// function results when those are the inputs.
fn answer_to(inputs: &[Value]) -> String {
    let user = InputRole::User.as_str();
    if let Some(last) = inputs
        .iter()
        .rev()
        .find(|e| e["type"] == "message.input" && e["role"] == user)
    {
        return format!("Echo: {}", entry_text(last));
    }
    let results: Vec<String> = inputs
        .iter()
        .filter(|e| e["type"] == "function.result")
        .map(|e| {
            format!(
                "{} said {}",
                e["tool_call_id"].as_str().unwrap_or("tool"),
                entry_text(e)
            )
        })
        .collect();
    if results.is_empty() {
        "Echo: ".to_owned()
    } else {
        format!("Based on the tool results: {}.", results.join("; "))
    }
}

/// Tokens the mock's built-in tools "use", per run.
const CONNECTOR_TOKENS: usize = 120;

/// When the mock's built-in tools finish (their `completed_at`, and the time of
/// `tool.execution.done`).
const TOOL_DONE_TIME: &str = "2025-11-27T15:49:31Z";

/// Who answers a turn: a model with the conversation's tools, or an agent with its own
/// tools and handoffs.
struct Speaker {
    /// `("model", name)` or `("agent_id", id)`: the field each output carries.
    producer: (&'static str, Value),
    name: String,
    tools: Vec<Tool>,
    handoffs: Vec<String>,
}

impl Speaker {
    /// The agent `id` at `version` (a number, an alias, or `null` for its current version);
    /// an agent the mock does not know answers with no tools.
    fn agent(state: &State, id: &str, version: Value) -> Self {
        let agent = state.agents.get(id).and_then(|a| {
            let n = match &version {
                Value::Number(n) => n.as_i64().filter(|n| a.versions.contains_key(n)),
                Value::String(s) => a.resolve(s),
                _ => Some(a.current),
            };
            a.at(n.unwrap_or(a.current))
        });
        let agent = agent.unwrap_or_default();
        Speaker {
            producer: ("agent_id", json!(id)),
            name: agent["name"].as_str().unwrap_or_default().to_owned(),
            tools: serde_json::from_value(agent["tools"].clone()).unwrap_or_default(),
            handoffs: serde_json::from_value(agent["handoffs"].clone()).unwrap_or_default(),
        }
    }
}

/// Whether a user message asks for a handoff: it says "handoff" or "hand off" (any case).
fn asks_handoff(text: &str) -> bool {
    let text = text.to_lowercase();
    text.contains("handoff") || text.contains("hand off")
}

/// The first function a tool's `tool_configuration.requires_confirmation` names (built-in
/// tools and connectors have one; function tools do not).
fn needs_confirmation(tool: &Tool) -> Option<String> {
    let v = serde_json::to_value(tool).ok()?;
    v["tool_configuration"]["requires_confirmation"][0]
        .as_str()
        .map(str::to_owned)
}

/// The name of a built-in tool the mock runs.
fn builtin_name(tool: &Tool) -> Option<&'static str> {
    Some(match tool {
        Tool::WebSearch(_) => "web_search",
        Tool::WebSearchPremium(_) => "web_search_premium",
        Tool::CodeInterpreter(_) => "code_interpreter",
        Tool::ImageGeneration(_) => "image_generation",
        Tool::DocumentLibrary(_) => "document_library",
        _ => return None,
    })
}

/// A built-in tool's run on the user's `text`: its arguments, its info, and the content of
/// the message that answers with it (citing a search or a library with a `tool_reference`,
/// showing a generated image as a `tool_file`).
fn builtin_run(tool: &str, text: &str, file_id: &str) -> (Value, Value, Value) {
    let query: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let cite = |title: String, url: Value| {
        json!([{"type": "text", "text": format!("Here is what I found about {query}")},
            {"type": "tool_reference", "tool": tool, "title": title, "url": url,
             "description": format!("A mock source about {query}.")},
            {"type": "text", "text": "."}])
    };
    match tool {
        "code_interpreter" => {
            let code = format!("print(len({query:?}))");
            let output = format!("{}\n", query.chars().count());
            (
                json!({"code": code}),
                json!({"code_output": output}),
                json!(format!("The code printed {}", output.trim_end())),
            )
        }
        "image_generation" => (
            json!({"prompt": query}),
            json!({}),
            json!([{"type": "tool_file", "tool": tool, "file_id": file_id, "file_name": "image_generated_0",
                    "file_type": "png"},
                   {"type": "text", "text": format!("Here is an image of {query}.")}]),
        ),
        "document_library" => (
            json!({"query": query}),
            json!({}),
            cite(format!("Library document on {query}"), Value::Null),
        ),
        _ => {
            let url = format!(
                "https://search.mock.invalid/?q={}",
                percent_encoding::utf8_percent_encode(&query, percent_encoding::NON_ALPHANUMERIC)
            );
            (
                json!({"query": query}),
                json!({}),
                cite(format!("Mock result for {query}"), json!(url)),
            )
        }
    }
}

/// One SSE frame: the `event:` name, and the data with the same name as its `type` first.
fn event_frame(name: &str, data: Value) -> Bytes {
    let mut tagged = serde_json::Map::new();
    tagged.insert("type".into(), json!(name));
    if let Value::Object(fields) = data {
        tagged.extend(fields);
    }
    Bytes::from(format!("event: {name}\ndata: {}\n\n", Value::Object(tagged)))
}

/// The events that stream the output entry at `index`, as the real API sends them.
fn output_events(index: usize, output: &Value) -> Vec<Bytes> {
    let producer = |mut v: Value| {
        for key in ["agent_id", "model"] {
            if let Some(p) = output.get(key) {
                v[key] = p.clone();
            }
        }
        v
    };
    let id = &output["id"];
    match output["type"].as_str().unwrap_or_default() {
        "function.call" => vec![event_frame(
            "function.call.delta",
            producer(
                json!({"created_at": output["created_at"], "output_index": index, "id": id,
                "name": output["name"], "tool_call_id": output["tool_call_id"], "arguments": output["arguments"]}),
            ),
        )],
        "tool.execution" => {
            // Started without arguments (the real server sends an empty string), then the
            // arguments in pieces, then done at the entry's completion time with its info.
            let name = &output["name"];
            let mut frames = vec![event_frame(
                "tool.execution.started",
                producer(
                    json!({"created_at": output["created_at"], "output_index": index, "id": id,
                    "name": name, "arguments": ""}),
                ),
            )];
            let arguments = output["arguments"].as_str().unwrap_or_default();
            for piece in pieces(arguments, 3) {
                frames.push(event_frame(
                    "tool.execution.delta",
                    json!({"created_at": output["created_at"], "output_index": index, "id": id,
                        "name": name, "arguments": piece}),
                ));
            }
            frames.push(event_frame(
                "tool.execution.done",
                json!({"created_at": output["completed_at"], "output_index": index, "id": id, "name": name,
                    "info": output["info"]}),
            ));
            frames
        }
        "agent.handoff" => vec![
            event_frame(
                "agent.handoff.started",
                json!({"created_at": output["created_at"], "output_index": index, "id": id,
                    "previous_agent_id": output["previous_agent_id"],
                    "previous_agent_name": output["previous_agent_name"]}),
            ),
            event_frame(
                "agent.handoff.done",
                json!({"created_at": output["completed_at"], "output_index": index, "id": id,
                    "next_agent_id": output["next_agent_id"], "next_agent_name": output["next_agent_name"]}),
            ),
        ],
        _ => {
            // Text word by word; every other chunk whole, at the next content index.
            let delta = |content_index: usize, content: Value| {
                event_frame(
                    "message.output.delta",
                    producer(
                        json!({"created_at": output["created_at"], "output_index": index, "id": id,
                        "content_index": content_index, "role": "assistant", "content": content}),
                    ),
                )
            };
            let chunks = match &output["content"] {
                Value::Array(chunks) => chunks.clone(),
                other => vec![json!({"type": "text", "text": other})],
            };
            let mut frames = Vec::new();
            for (i, chunk) in chunks.iter().enumerate() {
                match chunk["text"].as_str().filter(|_| chunk["type"] == "text") {
                    Some(text) => frames.extend(text.split_inclusive(' ').map(|w| delta(i, json!(w)))),
                    None => frames.push(delta(i, chunk.clone())),
                }
            }
            frames
        }
    }
}

/// `text` cut into at most `n` pieces (on character boundaries), none empty.
fn pieces(text: &str, n: usize) -> Vec<&str> {
    let chars: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let step = chars.len().div_ceil(n.max(1)).max(1);
    let mut out = Vec::new();
    let mut cuts: Vec<usize> = chars.iter().copied().step_by(step).collect();
    cuts.push(text.len());
    for w in cuts.windows(2) {
        if w[0] < w[1] {
            out.push(&text[w[0]..w[1]]);
        }
    }
    out
}
