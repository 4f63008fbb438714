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
    InputRole,
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
    /// Every entry, in order (the history).
    entries: Vec<Value>,
    /// Creation order: the list is newest first.
    seq: u64,
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

fn unprocessable(message: &str) -> Reply {
    Reply::json(
        422,
        &json!({"object": "error", "type": "invalid_request_error", "param": null, "code": null,
                "message": message}),
    )
}

/// The query's values of `key`, decoded.
fn query_values<'a>(query: &'a str, key: &'a str) -> impl Iterator<Item = String> + 'a {
    query.split('&').filter_map(move |kv| {
        let (k, v) = kv.split_once('=')?;
        (k == key).then(|| {
            percent_encoding::percent_decode_str(v)
                .decode_utf8_lossy()
                .into_owned()
        })
    })
}

fn query_u64(query: &str, key: &str) -> Option<u64> {
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
struct Form {
    fields: BTreeMap<String, String>,
    file: Option<(String, Option<String>, Bytes)>,
}

/// Parses `body` with multer (a real multipart parser), driven to completion at once: the
/// body is in memory, so no step waits.
fn parse_form(content_type: &str, body: Bytes) -> Result<Form, String> {
    let boundary = multer::parse_boundary(content_type).map_err(|e| e.to_string())?;
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(body) });
    let mut mp = multer::Multipart::new(stream, boundary);
    let parse = async move {
        let mut form = Form {
            fields: BTreeMap::new(),
            file: None,
        };
        while let Some(field) = mp.next_field().await.map_err(|e| e.to_string())? {
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let ct = field.content_type().map(|m| m.to_string());
            let data = field.bytes().await.map_err(|e| e.to_string())?;
            match file_name {
                Some(f) if name == "file" => form.file = Some((f, ct, data)),
                _ => {
                    form.fields
                        .insert(name, String::from_utf8_lossy(&data).into_owned());
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
        match (request.method().as_str(), segments.as_slice()) {
            ("POST", ["v1", "files"]) => self.upload(request),
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
                entries: Vec::new(),
                seq,
            },
        );
        self.turn(&id, entries, r.stream == Some(true))
    }

    fn append_conversation(&self, id: &str, body: &[u8]) -> Reply {
        let r: ConversationAppendRequest = match read_request(body, ConversationAppendRequest::FIELDS) {
            Ok(r) => r,
            Err(reply) => return reply,
        };
        if !self.lock().conversations.contains_key(id) {
            return not_found("conversation", id);
        }
        let entries = r
            .inputs
            .as_ref()
            .map(|i| self.input_entries(i))
            .unwrap_or_default();
        self.turn(id, entries, r.stream == Some(true))
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
            state
                .conversations
                .insert(new_id.clone(), StoredConversation { meta, entries, seq });
        }
        let entries = r
            .inputs
            .as_ref()
            .map(|i| self.input_entries(i))
            .unwrap_or_default();
        self.turn(&new_id, entries, r.stream == Some(true))
    }

    /// Adds `inputs` to the conversation and answers them like chat's mock: when the
    /// conversation offers function tools and the last input is a user message, a
    /// `function.call` of the first function tool with arguments generated from its schema;
    /// otherwise an echo of the last user message (or a quote of the function results), as
    /// JSON or as named events in the real order (`conversation.response.started`,
    /// `message.output.delta` word by word or one `function.call.delta`,
    /// `conversation.response.done`).
    fn turn(&self, id: &str, inputs: Vec<Value>, stream: bool) -> Reply {
        let output_id = self.entry_id();
        let call_id = format!("call_{}", self.new_id().replace('-', "")[24..].to_owned());
        let (producer, value) = {
            let mut state = self.lock();
            let Some(c) = state.conversations.get_mut(id) else {
                return not_found("conversation", id);
            };
            let producer = match c.meta["agent_id"].as_str() {
                Some(agent) => ("agent_id", json!(agent)),
                None => ("model", c.meta["model"].clone()),
            };
            let user = InputRole::User.as_str();
            let last_is_user = inputs
                .last()
                .is_some_and(|e| e["type"] == "message.input" && e["role"] == user);
            let function = serde_json::from_value::<Vec<Tool>>(c.meta["tools"].clone())
                .unwrap_or_default()
                .into_iter()
                .find_map(|t| t.as_function().cloned());
            let mut output = match function {
                Some(f) if last_is_user => {
                    let args = sample(&f.parameters, &f.parameters, f.name.as_str(), 0);
                    json!({"object": "entry", "type": "function.call", "created_at": CONVERSATION_TIME,
                        "id": output_id, "tool_call_id": call_id, "name": f.name, "arguments": args.to_string()})
                }
                _ => json!({"object": "entry", "type": "message.output", "created_at": CONVERSATION_TIME,
                    "id": output_id, "role": "assistant", "content": answer_to(&inputs)}),
            };
            output[producer.0] = producer.1.clone();
            c.entries.extend(inputs.iter().cloned());
            c.entries.push(output.clone());
            (producer, output)
        };
        let text = entry_text(&value);
        let prompt_tokens = inputs
            .iter()
            .map(|e| entry_text(e).split_whitespace().count())
            .sum::<usize>()
            .max(1);
        let completion_tokens = text.split_whitespace().count().max(1);
        let usage = json!({"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens});
        if !stream {
            return Reply::json(
                200,
                &json!({"object": "conversation.response", "conversation_id": id, "outputs": [value],
                        "usage": usage}),
            );
        }
        let frame = |name: &str, data: Value| Bytes::from(format!("event: {name}\ndata: {data}\n\n"));
        let mut frames = vec![frame(
            "conversation.response.started",
            json!({"type": "conversation.response.started", "created_at": CONVERSATION_TIME, "conversation_id": id}),
        )];
        if value["type"] == "function.call" {
            let mut delta = json!({"type": "function.call.delta", "created_at": CONVERSATION_TIME,
                "output_index": 0, "id": output_id, "name": value["name"],
                "tool_call_id": value["tool_call_id"], "arguments": value["arguments"]});
            delta[producer.0] = producer.1.clone();
            frames.push(frame("function.call.delta", delta));
        } else {
            for word in text.split_inclusive(' ') {
                let mut delta = json!({"type": "message.output.delta", "created_at": CONVERSATION_TIME,
                    "output_index": 0, "id": output_id, "content_index": 0, "role": "assistant", "content": word});
                delta[producer.0] = producer.1.clone();
                frames.push(frame("message.output.delta", delta));
            }
        }
        frames.push(frame(
            "conversation.response.done",
            json!({"type": "conversation.response.done", "created_at": CONVERSATION_TIME, "usage": usage}),
        ));
        Reply::sse_frames(frames)
    }

    fn list_conversations(&self, query: &str) -> Reply {
        let mut all: Vec<(u64, Value)> = self
            .lock()
            .conversations
            .values()
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
