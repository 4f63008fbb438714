//! What becomes of each operation: hand-written, generated (and as which method), or not
//! reachable yet (then the skip list must say why).

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde_json::Value;

use crate::naming::{camel, ident, snake};
use crate::spec::{Operation, Specs};

/// Tags whose operations are written by hand (crates/mistral-client/src/api/): never generated.
pub const HAND_WRITTEN_TAGS: &[&str] = &[
    "chat",
    "fim",
    "agents",
    "beta.agents",
    "beta.conversations",
    "embeddings",
    "models",
    "classifiers",
    "ocr",
    "files",
    "batch",
    "beta.libraries",
    "beta.libraries.accesses",
    "beta.libraries.documents",
    "responses",
];

/// Tag prefixes written by hand.
pub const HAND_WRITTEN_TAG_PREFIXES: &[&str] = &["audio."];

/// The hand-written operations: operationId -> the Rust method that sends it.
pub const HAND_WRITTEN: &[(&str, &str)] = &[
    (
        "chat_completion_v1_chat_completions_post",
        "client.chat().complete",
    ),
    ("stream_chat", "client.chat().stream"),
    ("fim_completion_v1_fim_completions_post", "client.fim().complete"),
    ("stream_fim", "client.fim().stream"),
    (
        "agents_completion_v1_agents_completions_post",
        "client.agents().complete",
    ),
    ("stream_agents", "client.agents().stream"),
    ("embeddings_v1_embeddings_post", "client.embeddings().create"),
    ("list_models_v1_models_get", "client.models().list"),
    (
        "retrieve_model_v1_models__model_id__get",
        "client.models().retrieve",
    ),
    (
        "delete_model_v1_models__model_id__delete",
        "client.models().delete",
    ),
    (
        "jobs_api_routes_fine_tuning_update_fine_tuned_model",
        "client.models().update",
    ),
    (
        "jobs_api_routes_fine_tuning_archive_fine_tuned_model",
        "client.models().archive",
    ),
    (
        "jobs_api_routes_fine_tuning_unarchive_fine_tuned_model",
        "client.models().unarchive",
    ),
    ("moderations_v1_moderations_post", "client.moderations().moderate"),
    (
        "chat_moderations_v1_chat_moderations_post",
        "client.moderations().moderate_chat",
    ),
    (
        "classifications_v1_classifications_post",
        "client.classifiers().classify",
    ),
    (
        "chat_classifications_v1_chat_classifications_post",
        "client.classifiers().classify_chat",
    ),
    ("ocr_v1_ocr_post", "client.ocr().process"),
    ("files_api_routes_upload_file", "client.files().upload"),
    ("files_api_routes_list_files", "client.files().list"),
    ("files_api_routes_retrieve_file", "client.files().retrieve"),
    ("files_api_routes_delete_file", "client.files().delete"),
    ("files_api_routes_download_file", "client.files().download"),
    ("files_api_routes_get_signed_url", "client.files().signed_url"),
    ("jobs_api_routes_batch_create_batch_job", "client.batch().create"),
    ("jobs_api_routes_batch_get_batch_jobs", "client.batch().list"),
    ("jobs_api_routes_batch_get_batch_job", "client.batch().get"),
    ("jobs_api_routes_batch_cancel_batch_job", "client.batch().cancel"),
    ("jobs_api_routes_batch_delete_batch_job", "client.batch().delete"),
    ("agents_api_v1_agents_create", "client.agents().create"),
    ("agents_api_v1_agents_update", "client.agents().update"),
    ("agents_api_v1_agents_get", "client.agents().get"),
    ("agents_api_v1_agents_delete", "client.agents().delete"),
    ("agents_api_v1_agents_list_pages", "client.agents().list"),
    ("agents_api_v1_agents_list_versions", "client.agents().versions"),
    ("agents_api_v1_agents_get_version", "client.agents().version"),
    (
        "agents_api_v1_agents_update_version",
        "client.agents().set_version",
    ),
    (
        "agents_api_v1_agents_create_or_update_alias",
        "client.agents().set_alias",
    ),
    (
        "agents_api_v1_agents_list_version_aliases",
        "client.agents().aliases",
    ),
    (
        "agents_api_v1_agents_delete_alias",
        "client.agents().delete_alias",
    ),
    (
        "agents_api_v1_conversations_start",
        "client.conversations().start",
    ),
    (
        "agents_api_v1_conversations_start_stream",
        "client.conversations().start_stream",
    ),
    (
        "agents_api_v1_conversations_append",
        "client.conversations().append",
    ),
    (
        "agents_api_v1_conversations_append_stream",
        "client.conversations().append_stream",
    ),
    (
        "agents_api_v1_conversations_restart",
        "client.conversations().restart",
    ),
    (
        "agents_api_v1_conversations_restart_stream",
        "client.conversations().restart_stream",
    ),
    ("agents_api_v1_conversations_get", "client.conversations().get"),
    (
        "agents_api_v1_conversations_delete",
        "client.conversations().delete",
    ),
    (
        "agents_api_v1_conversations_history",
        "client.conversations().history",
    ),
    (
        "agents_api_v1_conversations_messages",
        "client.conversations().messages",
    ),
    ("agents_api_v1_conversations_list", "client.conversations().list"),
    (
        "speech_v1_audio_speech_post",
        "client.audio().speech / speech_stream / speech_to_writer",
    ),
    ("audio_api_v1_transcriptions_post", "client.audio().transcribe"),
    (
        "audio_api_v1_transcriptions_post_stream",
        "client.audio().transcribe_stream",
    ),
    (
        "list_voices_v1_audio_voices_get",
        "client.audio().voices().list / list_all",
    ),
    (
        "create_voice_v1_audio_voices_post",
        "client.audio().voices().create",
    ),
    (
        "get_voice_v1_audio_voices__voice_id__get",
        "client.audio().voices().get",
    ),
    (
        "update_voice_v1_audio_voices__voice_id__patch",
        "client.audio().voices().update",
    ),
    (
        "delete_voice_v1_audio_voices__voice_id__delete",
        "client.audio().voices().delete",
    ),
    (
        "get_voice_sample_audio_v1_audio_voices__voice_id__sample_get",
        "client.audio().voices().sample / download_sample",
    ),
    ("libraries_list_v1", "client.libraries().list / list_all"),
    ("libraries_create_v1", "client.libraries().create"),
    ("libraries_get_v1", "client.libraries().get"),
    ("libraries_update_v1", "client.libraries().replace"),
    ("libraries_patch_v1", "client.libraries().update"),
    ("libraries_delete_v1", "client.libraries().delete"),
    (
        "libraries_documents_list_v1",
        "client.libraries().documents(id).list / list_all",
    ),
    (
        "libraries_documents_upload_v1",
        "client.libraries().documents(id).upload / upload_and_wait",
    ),
    (
        "libraries_documents_get_v1",
        "client.libraries().documents(id).get",
    ),
    (
        "libraries_documents_update_v1",
        "client.libraries().documents(id).replace",
    ),
    (
        "libraries_documents_patch_v1",
        "client.libraries().documents(id).update",
    ),
    (
        "libraries_documents_delete_v1",
        "client.libraries().documents(id).delete",
    ),
    (
        "libraries_documents_get_extracted_text_signed_url_v1",
        "client.libraries().documents(id).extracted_text_signed_url",
    ),
    (
        "libraries_documents_reprocess_v1",
        "client.libraries().documents(id).reprocess",
    ),
    (
        "libraries_documents_get_signed_url_v1",
        "client.libraries().documents(id).signed_url",
    ),
    (
        "libraries_documents_get_status_v1",
        "client.libraries().documents(id).status / wait_processed",
    ),
    (
        "libraries_documents_get_text_content_v1",
        "client.libraries().documents(id).text / text_pages",
    ),
    ("libraries_share_list_v1", "client.libraries().accesses"),
    ("libraries_share_create_v1", "client.libraries().grant_access"),
    ("libraries_share_delete_v1", "client.libraries().revoke_access"),
    (
        "create_response_v1_responses_post",
        "client.responses().create / stream / run",
    ),
    (
        "count_input_tokens_v1_responses_input_tokens_post",
        "client.responses().count_input_tokens",
    ),
];

/// Operations generated into another group than their tag's: the voice agents, their sessions
/// and the voice search sit under `audio.` tags, whose other calls are hand-written
/// (`client.audio()`); they form the `voice` group (`client.voice()`, feature `voice`).
const RETAG: &[(&str, &str)] = &[
    ("audio.agents", "voice.agents"),
    ("audio.sessions", "voice.sessions"),
    ("audio_v2_voices_list", "voice.voices"),
];

/// The tag an operation is planned under (its first tag, or the [`RETAG`] entry for its
/// operationId or tag).
pub fn retag(operation_id: &str, tag: &str) -> String {
    RETAG
        .iter()
        .find(|(from, _)| *from == operation_id || *from == tag)
        .map_or(tag, |(_, to)| to)
        .to_owned()
}

pub fn is_hand_written_tag(tag: &str) -> bool {
    HAND_WRITTEN_TAGS.contains(&tag) || HAND_WRITTEN_TAG_PREFIXES.iter().any(|p| tag.starts_with(p))
}

#[derive(Clone, Debug)]
pub enum Status {
    HandWritten(String),
    Generated(Gen),
    /// Not generated by this version of the generator (the reason); the skip list must name it.
    Unsupported(String),
    /// Hand-written tag, no method in the table: the skip list must name it.
    Missing,
}

#[derive(Clone, Debug)]
pub struct Gen {
    pub group: String,
    /// The tag's rest after the group (`datasets.records`), empty for the group itself.
    pub rest: String,
    /// The handle file stem (`datasets_records`, `base`).
    pub file: String,
    pub method: String,
    /// `client.observability().datasets().records().list`
    pub call: String,
}

pub struct Planned {
    pub op: Operation,
    pub status: Status,
}

/// Per-call setters and accessors a generated method must not be named after.
const RESERVED: &[&str] = &[
    "options",
    "max_retries",
    "retry_policy",
    "timeout",
    "stream_idle_timeout",
    "total_timeout",
    "resend_after_send",
    "header",
    "new",
    "with_core",
    "clone",
    "fmt",
];

pub fn file_stem(rest: &str) -> String {
    if rest.is_empty() {
        "base".to_owned()
    } else {
        snake(&rest.replace('.', "_"))
    }
}

/// The accessor chain of a tag's handle, from the client: `observability().datasets().records()`.
pub fn accessor_chain(group: &str, rest: &str, rests: &HashSet<String>) -> Vec<String> {
    let mut chain = vec![ident(&snake(group))];
    if rest.is_empty() {
        return chain;
    }
    chain.extend(accessors(rest, rests));
    chain
}

/// The accessors below the group handle.
pub fn accessors(rest: &str, rests: &HashSet<String>) -> Vec<String> {
    // Nested under the longest existing parent tag.
    let parts: Vec<&str> = rest.split('.').collect();
    for cut in (1..parts.len()).rev() {
        let parent = parts[..cut].join(".");
        if rests.contains(&parent) {
            let mut c = accessors(&parent, rests);
            c.push(ident(&snake(&parts[cut..].join("_"))));
            return c;
        }
    }
    vec![ident(&snake(&rest.replace('.', "_")))]
}

/// The handle's type name.
pub fn handle_name(group: &str, rest: &str) -> String {
    camel(&format!("{group}_{}", rest.replace('.', "_")))
}

/// A method name from the operation: the official SDK's name when the description gives one,
/// else the operationId without its route suffix and the tag's words.
fn method_name(op: &Operation) -> String {
    if let Some(m) = &op.sdk_method {
        if let Some(last) = m.rsplit('.').next() {
            return snake(last);
        }
    }
    let mut id = op.id.clone();
    for cut in ["_v1_", "_v2_"] {
        if let Some(i) = id.find(cut) {
            id.truncate(i);
        }
    }
    for suffix in ["_v1", "_v2"] {
        if let Some(s) = id.strip_suffix(suffix) {
            id = s.to_owned();
        }
    }
    for prefix in ["users_api_admin_", "users_admin_", "users_api_"] {
        if let Some(s) = id.strip_prefix(prefix) {
            id = s.to_owned();
            break;
        }
    }
    let tag_words: HashSet<String> = op
        .tag
        .split(|c: char| !c.is_ascii_alphanumeric())
        .map(str::to_ascii_lowercase)
        .collect();
    let mut words: Vec<&str> = id.split('_').filter(|w| !w.is_empty()).collect();
    while words.len() > 1 {
        let w = words[0].to_ascii_lowercase();
        if tag_words.contains(&w) || tag_words.contains(&format!("{w}s")) || w == "api" {
            words.remove(0);
        } else {
            break;
        }
    }
    snake(&words.join("_"))
}

pub fn plan(specs: &Specs, skip: &BTreeMap<String, String>) -> Vec<Planned> {
    let hand: BTreeMap<&str, &str> = HAND_WRITTEN.iter().copied().collect();
    let ops = specs.operations();
    let rests: HashSet<(String, String)> = ops
        .iter()
        .filter(|o| !is_hand_written_tag(&o.tag))
        .map(|o| o.group_and_rest())
        .collect();
    let mut used: HashSet<(String, String, String)> = HashSet::new();
    let mut out = Vec::new();
    for op in ops {
        if let Some(m) = hand.get(op.id.as_str()) {
            out.push(Planned {
                status: Status::HandWritten((*m).to_owned()),
                op,
            });
            continue;
        }
        if is_hand_written_tag(&op.tag) {
            out.push(Planned {
                status: Status::Missing,
                op,
            });
            continue;
        }
        if skip.contains_key(&op.id) {
            out.push(Planned {
                status: Status::Unsupported(skip[&op.id].clone()),
                op,
            });
            continue;
        }
        if let Some((ct, _)) = op.body() {
            if ct != "application/json" {
                let why = format!("a {ct} body: the generator does not send it yet");
                out.push(Planned {
                    status: Status::Unsupported(why),
                    op,
                });
                continue;
            }
        }
        let (group, rest) = op.group_and_rest();
        let group_rests: HashSet<String> = rests
            .iter()
            .filter(|(g, _)| *g == group)
            .map(|(_, r)| r.clone())
            .collect();
        let mut method = ident(&method_name(&op));
        let children: HashSet<String> = group_rests
            .iter()
            .filter_map(|r| {
                let chain = accessors(r, &group_rests);
                let parent = if rest.is_empty() {
                    Vec::new()
                } else {
                    accessors(&rest, &group_rests)
                };
                (chain.len() == parent.len() + 1 && chain.starts_with(&parent))
                    .then(|| chain.last().cloned())?
            })
            .collect();
        while RESERVED.contains(&method.as_str())
            || children.contains(&method)
            || used.contains(&(group.clone(), rest.clone(), method.clone()))
        {
            method = format!("{}_op", method.trim_start_matches("r#"));
        }
        used.insert((group.clone(), rest.clone(), method.clone()));
        let chain = accessor_chain(&group, &rest, &group_rests);
        let call = format!(
            "client.{}.{}",
            chain
                .iter()
                .map(|a| format!("{a}()"))
                .collect::<Vec<_>>()
                .join("."),
            method
        );
        out.push(Planned {
            status: Status::Generated(Gen {
                file: file_stem(&rest),
                group,
                rest,
                method,
                call,
            }),
            op,
        });
    }
    out
}

/// The skip list: `operationId | reason` lines; `#` starts a comment.
pub fn read_skip(root: &Path) -> Result<BTreeMap<String, String>, String> {
    let path = root.join("spec/coverage-skip.txt");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((id, why)) = line.split_once('|') else {
            return Err(format!(
                "{}:{}: expected `operationId | reason`",
                path.display(),
                n + 1
            ));
        };
        if why.trim().is_empty() {
            return Err(format!(
                "{}:{}: a skipped operation needs its reason",
                path.display(),
                n + 1
            ));
        }
        out.insert(id.trim().to_owned(), why.trim().to_owned());
    }
    Ok(out)
}

/// Whether a JSON value is an empty schema.
pub fn is_empty_schema(v: &Value) -> bool {
    v.is_null() || v.as_object().is_some_and(|o| o.is_empty())
}
