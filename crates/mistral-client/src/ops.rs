//! Every operation the client sends, declared in one place with whether it may be sent again
//! once its request may have reached the server. The retry loop reads it; an operation missing
//! here is treated as one that creates something (the safe default), and a test checks that
//! every operation the handles send is listed.

/// Whether an operation may be sent again after its request may have reached the server (a
/// connection reset after the request was written, a request timeout, a 500).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Resend {
    /// Sending it twice does what sending it once does: reads, deletes, updates to a value,
    /// and computations that create nothing (completions, embeddings, OCR, classification).
    Safe,
    /// It creates something (a job, a file): sent again only when nothing can have been done
    /// (the connection was never made, or a 429 or a 503 with `Retry-After`), unless the call
    /// opts in with `resend_after_send(true)`.
    OnlyIfUnsent,
}

/// The operations, by the name their calls and spans carry.
pub(crate) const OPERATIONS: &[(&str, Resend)] = &[
    // Computations: nothing is created on the server.
    ("chat", Resend::Safe),
    ("text_completion", Resend::Safe),
    ("invoke_agent", Resend::Safe),
    ("embeddings", Resend::Safe),
    ("ocr", Resend::Safe),
    ("moderation", Resend::Safe),
    ("classification", Resend::Safe),
    // Models: reads, and changes that set a value (the same the second time).
    ("list_models", Resend::Safe),
    ("retrieve_model", Resend::Safe),
    ("delete_model", Resend::Safe),
    ("update_model", Resend::Safe),
    ("archive_model", Resend::Safe),
    ("unarchive_model", Resend::Safe),
    // Files.
    ("upload_file", Resend::OnlyIfUnsent),
    ("list_files", Resend::Safe),
    ("retrieve_file", Resend::Safe),
    ("delete_file", Resend::Safe),
    ("download_file", Resend::Safe),
    ("get_signed_url", Resend::Safe),
    // Batch jobs.
    ("create_batch_job", Resend::OnlyIfUnsent),
    ("list_batch_jobs", Resend::Safe),
    ("get_batch_job", Resend::Safe),
    ("cancel_batch_job", Resend::Safe),
    ("delete_batch_job", Resend::Safe),
    // Conversations: start, append and restart add entries on the server (a second append
    // would add the turn twice); reads and delete are safe.
    ("start_conversation", Resend::OnlyIfUnsent),
    ("append_conversation", Resend::OnlyIfUnsent),
    ("restart_conversation", Resend::OnlyIfUnsent),
    ("list_conversations", Resend::Safe),
    ("get_conversation", Resend::Safe),
    ("get_conversation_history", Resend::Safe),
    ("get_conversation_messages", Resend::Safe),
    ("delete_conversation", Resend::Safe),
    // Agents: create makes a new agent each time; update makes a new version, but sending
    // it twice leaves the same fields (and the API offers no other way to say "once"), like
    // the other updates; the rest are reads, deletes and pointers set to a value.
    ("create_agent", Resend::OnlyIfUnsent),
    ("update_agent", Resend::Safe),
    ("get_agent", Resend::Safe),
    ("delete_agent", Resend::Safe),
    ("list_agents", Resend::Safe),
    ("list_agent_versions", Resend::Safe),
    ("get_agent_version", Resend::Safe),
    ("set_agent_version", Resend::Safe),
    ("set_agent_alias", Resend::Safe),
    ("list_agent_aliases", Resend::Safe),
    ("delete_agent_alias", Resend::Safe),
    // Document libraries (issue #23): creating a library and uploading a document make
    // something each time; the rest are reads, deletes, updates to a value, and a reprocess
    // (running it twice processes the same document again, nothing more).
    ("create_library", Resend::OnlyIfUnsent),
    ("list_libraries", Resend::Safe),
    ("get_library", Resend::Safe),
    ("update_library", Resend::Safe),
    ("replace_library", Resend::Safe),
    ("delete_library", Resend::Safe),
    ("upload_library_document", Resend::OnlyIfUnsent),
    ("list_library_documents", Resend::Safe),
    ("get_library_document", Resend::Safe),
    ("update_library_document", Resend::Safe),
    ("replace_library_document", Resend::Safe),
    ("delete_library_document", Resend::Safe),
    ("get_library_document_text", Resend::Safe),
    ("get_library_document_status", Resend::Safe),
    ("get_library_document_signed_url", Resend::Safe),
    ("get_library_document_text_signed_url", Resend::Safe),
    ("reprocess_library_document", Resend::Safe),
    ("list_library_accesses", Resend::Safe),
    ("grant_library_access", Resend::Safe),
    ("revoke_library_access", Resend::Safe),
    // Audio: transcription and speech compute and keep nothing; creating a voice makes a new
    // one each time; the rest are reads, deletes and updates to a value.
    ("transcription", Resend::Safe),
    ("speech", Resend::Safe),
    ("list_voices", Resend::Safe),
    ("create_voice", Resend::OnlyIfUnsent),
    ("get_voice", Resend::Safe),
    ("update_voice", Resend::Safe),
    ("delete_voice", Resend::Safe),
    ("get_voice_sample", Resend::Safe),
    // Responses: a response may be stored (and chained to), so it is made once; counting
    // input tokens computes and keeps nothing.
    ("create_response", Resend::OnlyIfUnsent),
    ("count_response_input_tokens", Resend::Safe),
];

/// The re-send rule of `operation`.
pub(crate) fn resend(operation: &str) -> Resend {
    OPERATIONS
        .iter()
        // The generated handles' operations (crates/mistral-client/src/generated/ops.rs).
        .chain(crate::generated::ops::OPERATIONS)
        .find(|(name, _)| *name == operation)
        .map_or(Resend::OnlyIfUnsent, |(_, r)| *r)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every operation name a handle sends (`Call::post("name"` / `Call::bare("name"` in the
    /// sources, and the completions' `OPERATION`s) is declared above.
    #[test]
    fn every_operation_sent_is_declared() {
        let sources = [
            include_str!("api/agents.rs"),
            include_str!("api/audio.rs"),
            include_str!("api/batch.rs"),
            include_str!("api/chat.rs"),
            include_str!("api/conversations.rs"),
            include_str!("api/embeddings.rs"),
            include_str!("api/files.rs"),
            include_str!("api/fim.rs"),
            include_str!("api/libraries.rs"),
            include_str!("api/models.rs"),
            include_str!("api/moderation.rs"),
            include_str!("api/ocr.rs"),
            include_str!("api/responses.rs"),
        ];
        let mut found = std::collections::BTreeSet::new();
        for src in sources {
            for (i, _) in src.match_indices("Call::") {
                let rest = &src[i..];
                let Some(open) = rest.find('(') else { continue };
                let args = rest[open + 1..].trim_start();
                if let Some(name) = args.strip_prefix('"').and_then(|a| a.split('"').next()) {
                    assert!(
                        OPERATIONS.iter().any(|(n, _)| *n == name),
                        "{name} is not declared"
                    );
                    found.insert(name.to_owned());
                }
            }
            // The completions macro: `Chat => CompletionsApi(ChatRequest, "/v1/...", "chat")`.
            for line in src.lines().filter(|l| l.contains("Api(") && l.contains("\"/v1/")) {
                let name = line.rsplit('"').nth(1).unwrap_or("");
                assert!(
                    OPERATIONS.iter().any(|(n, _)| *n == name),
                    "{name} is not declared"
                );
                found.insert(name.to_owned());
            }
        }
        // And every operation declared is still sent (no stale rows).
        let declared: std::collections::BTreeSet<String> =
            OPERATIONS.iter().map(|(n, _)| (*n).to_owned()).collect();
        assert_eq!(found, declared);
    }

    /// Every operation a generated handle sends is in the generated table, once, under a name
    /// no hand-written operation uses; with every group enabled, every row is sent.
    #[test]
    fn generated_operations_are_declared() {
        let table = crate::generated::ops::OPERATIONS;
        let names: std::collections::BTreeSet<&str> = table.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names.len(),
            table.len(),
            "a generated operation is declared twice"
        );
        for (n, _) in OPERATIONS {
            assert!(!names.contains(n), "{n} is both hand-written and generated");
        }
        let mut sent = std::collections::BTreeSet::new();
        for src in crate::generated::ops::sources() {
            for (i, _) in src.match_indices("Call::bare(") {
                let rest = src[i + "Call::bare(".len()..].trim_start();
                if let Some(name) = rest.strip_prefix('"').and_then(|a| a.split('"').next()) {
                    assert!(names.contains(name), "{name} is not declared");
                    sent.insert(name);
                }
            }
        }
        if cfg!(all(
            feature = "admin",
            feature = "connectors",
            feature = "context",
            feature = "events",
            feature = "observability",
            feature = "prompts",
            feature = "rag",
            feature = "realtime",
            feature = "responses",
            feature = "service-accounts",
            feature = "skills",
            feature = "triggers",
            feature = "users",
            feature = "webhooks",
            feature = "workflows"
        )) {
            assert_eq!(sent, names);
        }
        assert_eq!(
            resend("create_dataset_v1_observability_datasets_post"),
            Resend::OnlyIfUnsent
        );
        assert_eq!(resend("users_api_get_identity"), Resend::Safe);
    }

    #[test]
    fn creates_are_not_resent_and_unknown_operations_are_treated_as_creates() {
        assert_eq!(resend("create_batch_job"), Resend::OnlyIfUnsent);
        assert_eq!(resend("upload_file"), Resend::OnlyIfUnsent);
        assert_eq!(resend("chat"), Resend::Safe);
        assert_eq!(resend("append_conversation"), Resend::OnlyIfUnsent);
        assert_eq!(resend("get_conversation_history"), Resend::Safe);
        assert_eq!(resend("create_agent"), Resend::OnlyIfUnsent);
        assert_eq!(resend("set_agent_alias"), Resend::Safe);
        assert_eq!(resend("upload_library_document"), Resend::OnlyIfUnsent);
        assert_eq!(resend("get_library_document_status"), Resend::Safe);
        assert_eq!(resend("something_new"), Resend::OnlyIfUnsent);
    }
}
