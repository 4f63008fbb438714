//! Every public future of the SDK is `Send`, and can be spawned on a multi-thread runtime:
//! a compile test. Each call runs in an `async move` block that owns the client and its
//! arguments and borrows them inside, the shape `tokio::spawn(async move { ... })` takes;
//! that is where rustc's higher-ranked `Send` check fails ("implementation of `Send` is not
//! general enough") for futures that are `Send` when checked one by one, so checking the
//! method's future alone (`fn assert_send<T: Send>(_: &T)`) would not be enough.
//!
//! A future that is not `Send` fails this file's build, naming the call.

use std::future::Future;

use mistral::agents::{
    AgentCreationRequest, AgentListQuery, AgentUpdateRequest, AgentVersionsQuery, AliasAssignment,
};
use mistral::api::WaitOptions;
use mistral::conversations::{ConversationAppendRequest, ConversationRequest, ConversationRestartRequest};
use mistral::embeddings::Batching;
use mistral::test_util::MockServer;
use mistral::types::{
    AgentsRequest, BatchInput, BatchJob, BatchJobQuery, BatchJobRequest, Capability,
    ChatClassificationRequest, ChatModerationRequest, ClassificationRequest, EmbeddingRequest, FileListQuery,
    FileUpload, FimRequest, ModerationRequest, OcrRequest, ToolCall, UpdateModelRequest,
};
use mistral::{CallOptions, ChatCompletionResponse, ChatRequest, Client, Error, RequestBody, Tools};

/// What `tokio::spawn` asks of a future (and of its output).
fn spawnable<F>(_: F)
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
}

/// `$body` in a task of its own: an `async move` block owning a clone of each `$v` (the
/// client, the request), which the body borrows.
macro_rules! task {
    ($($v:ident),* => $body:expr) => {{
        $(let $v = $v.clone();)*
        spawnable(async move { $body })
    }};
}

/// A structured-output target.
#[derive(serde::Deserialize, schemars::JsonSchema)]
struct City {
    #[allow(dead_code)] // only read by the compiler here
    name: String,
}

/// Never called: the test is that it compiles.
#[allow(clippy::too_many_arguments)]
fn every_public_future_is_send(
    c: &Client,
    chat: &ChatRequest,
    fim: &FimRequest,
    agents: &AgentsRequest,
    embed: &EmbeddingRequest,
    ocr: &OcrRequest,
    moderate: &ModerationRequest,
    moderate_chat: &ChatModerationRequest,
    classify: &ClassificationRequest,
    classify_chat: &ChatClassificationRequest,
    update: &UpdateModelRequest,
    upload: &FileUpload,
    files_query: &FileListQuery,
    batch_req: &BatchJobRequest,
    batch_input: &BatchInput,
    batch_query: &BatchJobQuery,
    job: &BatchJob,
    wait: &WaitOptions,
    tools: &Tools,
    tool_call: &ToolCall,
    conv: &ConversationRequest,
    conv_append: &ConversationAppendRequest,
    conv_restart: &ConversationRestartRequest,
    agent_create: &AgentCreationRequest,
    agent_update: &AgentUpdateRequest,
    agent_list: &AgentListQuery,
    alias: &AliasAssignment,
) {
    // Chat, FIM, agents: complete, stream, and the stream's consumers.
    task!(c, chat => c.chat().complete(&chat).await);
    task!(c, chat => c.chat().max_retries(0).header("x-a", "b").complete(&chat).await);
    task!(c, chat => {
        let mut s = c.chat().stream(&chat).await?;
        let first = s.next().await;
        Ok::<_, Error>((first, s.collect_response().await))
    });
    task!(c, chat => {
        let mut s = c.chat().stream(&chat).await?;
        Ok::<_, Error>(futures_util::StreamExt::next(&mut s).await)
    });
    task!(c, chat => {
        let mut t = c.chat().stream(&chat).await?.text();
        let first = t.next().await;
        Ok::<_, Error>((first, futures_util::StreamExt::next(&mut t).await))
    });
    task!(c, fim => c.fim().complete(&fim).await);
    task!(c, fim => c.fim().stream(&fim).await?.collect_response().await);
    task!(c, fim => Ok::<_, Error>(c.fim().stream(&fim).await?.text().next().await));
    task!(c, agents => c.agents().complete(&agents).await);
    task!(c, agents => c.agents().stream(&agents).await?.collect_response().await);

    // Structured output.
    task!(c, chat => c.chat().parse::<City>(&chat).await);
    task!(c, chat => c.chat().json(&chat).await);
    task!(c, chat => {
        let mut s = c.chat().stream_parse::<City>(&chat).await?;
        let first = s.next().await.transpose()?.is_some();
        Ok::<_, Error>((first, s.value().await?))
    });
    task!(c, agents => c.agents().parse::<City>(&agents).await);
    task!(c, agents => c.agents().json(&agents).await);
    task!(c, agents => c.agents().stream_parse::<City>(&agents).await?.value().await);
    task!(c, chat => {
        let mut s = c.chat().stream_partial::<serde_json::Value>(&chat).await?;
        let first = s.next().await.transpose()?.is_some();
        Ok::<_, Error>((first, s.value().await?))
    });
    task!(c, agents => c.agents().stream_partial::<serde_json::Value>(&agents).await?.value().await);

    // Tools.
    task!(c, chat, tools => c.chat().run_tools(&chat, &tools).await);
    task!(c, agents, tools => c.agents().run_tools(&agents, &tools).await);
    // Resuming: from a failed run's conversation (borrowed from its error), or from messages.
    task!(c, chat, tools => {
        let e = match c.chat().max_retries(0).run_tools(&chat, &tools).await {
            Ok(run) => return Ok(run),
            Err(e) => e,
        };
        match e.conversation() {
            Some(so_far) => c.chat().run_tools_from(&chat, so_far, &tools).await,
            None => Err(e),
        }
    });
    task!(c, chat, tools => c.chat().run_tools_from(&chat, chat.messages.clone(), &tools).await);
    task!(c, agents, tools => c.agents().run_tools_from(&agents, agents.messages.clone(), &tools).await);
    task!(tools, tool_call => tools.call(&tool_call).await);
    task!(tools, tool_call => tools.call_all(std::slice::from_ref(&tool_call)).await);

    // Embeddings. `create_batched` runs its batches concurrently in the caller's task.
    task!(c, embed => c.embeddings().create(&embed).await);
    task!(c, embed => c.embeddings().create_batched(&embed, Batching::default()).await);
    task!(c, embed => c.embeddings().create_batched(&embed, Batching::new().per_request(16).concurrency(4)).await);

    // OCR, moderation, classification.
    task!(c, ocr => c.ocr().process(&ocr).await);
    task!(c, moderate => c.moderations().moderate(&moderate).await);
    task!(c, moderate_chat => c.moderations().moderate_chat(&moderate_chat).await);
    task!(c, classify => c.classifiers().classify(&classify).await);
    task!(c, classify_chat => c.classifiers().classify_chat(&classify_chat).await);

    // Models.
    task!(c => c.models().list().await);
    task!(c => c.models().list_filtered(Some("mistralai"), None).await);
    task!(c => c.models().with_capabilities(&[Capability::FunctionCalling]).await);
    task!(c => c.models().retrieve("m").await);
    task!(c => c.models().delete("m").await);
    task!(c, update => c.models().update("m", &update).await);
    task!(c => c.models().archive("m").await);
    task!(c => c.models().unarchive("m").await);

    // Files.
    task!(c, upload => c.files().upload(&upload).await);
    task!(c, upload => c.files().upload_with_progress(&upload, |_| {}).await);
    task!(c, files_query => c.files().list(&files_query).await);
    task!(c => c.files().retrieve("f").await);
    task!(c => c.files().delete("f").await);
    task!(c => {
        let mut out = Vec::new();
        c.files().download("f", &mut out).await.map(|n| (n, out))
    });
    task!(c => {
        let mut out = tokio::io::sink();
        c.files().download("f", &mut out).await
    });
    task!(c => c.files().content("f").await);
    task!(c => c.files().signed_url("f", Some(1)).await);

    // Batch.
    task!(c, batch_req => c.batch().create(&batch_req).await);
    task!(c, batch_input => c.batch().submit(&batch_input).await);
    task!(c, batch_input => c.batch().submit_with_progress(&batch_input, |_| {}).await);
    task!(c, batch_query => c.batch().list(&batch_query).await);
    task!(c => c.batch().get("j").await);
    task!(c => c.batch().get_with_outputs("j").await);
    task!(c => c.batch().cancel("j").await);
    task!(c => c.batch().delete("j").await);
    task!(c, wait => c.batch().wait("j", &wait, |_| {}).await);
    task!(c, wait => {
        let mut seen = 0;
        c.batch().wait("j", &wait, |_| seen += 1).await.map(|j| (j, seen))
    });
    task!(c, job => c.batch().results::<ChatCompletionResponse>(&job).await);
    task!(c, job => c.batch().results::<serde_json::Value>(&job).await);

    // Conversations: each call, the streams and their consumers, the listing.
    task!(c, conv => c.conversations().start(&conv).await);
    task!(c, conv_append => c.conversations().append("c", &conv_append).await);
    task!(c, conv_restart => c.conversations().restart("c", &conv_restart).await);
    task!(c, conv => {
        let mut s = c.conversations().start_stream(&conv).await?;
        let first = s.next().await;
        Ok::<_, Error>((first, s.collect_response().await))
    });
    task!(c, conv_append => {
        let mut s = c.conversations().append_stream("c", &conv_append).await?.text();
        Ok::<_, Error>(s.next().await)
    });
    task!(c, conv_restart => {
        let mut s = c.conversations().restart_stream("c", &conv_restart).await?;
        Ok::<_, Error>(futures_util::StreamExt::next(&mut s).await)
    });
    let run_tools = Tools::new();
    task!(c, conv, run_tools => c.conversations().run(&conv, &run_tools).await);
    task!(c, conv_append, run_tools => c.conversations().run_in("c", &conv_append, &run_tools).await);
    task!(c, conv, run_tools => {
        let conversations = c.conversations();
        let pending = conversations.run(&conv, &run_tools).await?.needs_approval();
        match pending {
            Some(p) => {
                let allow = p.allow_all();
                let next = conversations.resume(p.clone(), allow, &run_tools).await?;
                p.resume(&conversations, [], &run_tools).await.map(|_| next)
            }
            None => Ok(conversations.run(&conv, &run_tools).await?),
        }
    });
    // The streamed run loop: the stream and its consumers, in a task of their own.
    task!(c, conv, run_tools => {
        let conversations = c.conversations();
        let mut run = conversations.run_stream(&conv, &run_tools);
        let first = run.next().await;
        Ok::<_, Error>((first, futures_util::StreamExt::next(&mut run).await, run.outcome().await?))
    });
    task!(c, conv_append, run_tools => c.conversations().run_stream_in("c", &conv_append, &run_tools).outcome().await);
    task!(c, conv, run_tools => {
        let conversations = c.conversations();
        match conversations.run(&conv, &run_tools).await?.needs_approval() {
            Some(p) => {
                let allow = p.allow_all();
                let next = conversations.resume_stream(p.clone(), allow, &run_tools).outcome().await?;
                p.resume_stream(&conversations, [], &run_tools).outcome().await.map(|_| next)
            }
            None => conversations.run(&conv, &run_tools).await,
        }
    });
    task!(c => c.conversations().get("c").await);
    task!(c => c.conversations().delete("c").await);
    task!(c => c.conversations().history("c").await);
    task!(c => c.conversations().messages("c").await);
    let conv_list = mistral::conversations::ConversationListQuery::builder()
        .page_size(10)
        .build();
    task!(c, conv_list => c.conversations().list(&conv_list).await);
    task!(c, conv_list => c.conversations().list_all(&conv_list).collect().await);

    // Agents: create, update, reads, versions, aliases, the cursor listing.
    task!(c, agent_create => c.agents().create(&agent_create).await);
    task!(c, agent_update => c.agents().update("ag", &agent_update).await);
    task!(c => c.agents().get("ag").await);
    task!(c => c.agents().get_version("ag", "production").await);
    task!(c => c.agents().delete("ag").await);
    task!(c, agent_list => c.agents().list(&agent_list).await);
    task!(c, agent_list => c.agents().list_all(&agent_list)?.collect().await);
    task!(c, agent_list => {
        let mut pages = c.agents().list_all(&agent_list)?.by_page();
        Ok::<_, Error>(pages.next().await)
    });
    task!(c => c.agents().versions("ag", &AgentVersionsQuery::default()).await);
    task!(c => c.agents().version("ag", 1).await);
    task!(c => c.agents().set_version("ag", 1).await);
    task!(c, alias => c.agents().set_alias("ag", &alias).await);
    task!(c => c.agents().aliases("ag").await);
    task!(c => c.agents().delete_alias("ag", "production").await);

    // A handle with prepared options, and a handle kept and reused inside the task.
    task!(c, chat => c.chat().options(CallOptions::new().max_retries(0)).complete(&chat).await);
    task!(c, embed => {
        let embeddings = c.embeddings().timeout(None);
        let first = embeddings.create(&embed).await?;
        Ok::<_, Error>((first, embeddings.create(&embed).await?))
    });

    // The transport seam and its request body.
    task!(=> RequestBody::full(bytes::Bytes::new()).collect().await);

    // The test fakes.
    task!(=> MockServer::start().await);
    task!(chat => {
        let s = MockServer::start().await.map_err(|e| e.to_string())?;
        let c = Client::builder().api_key("k").base_url(s.url()).build().map_err(|e| e.to_string())?;
        c.chat().complete(&chat).await.map_err(|e| e.to_string())
    });
}

/// The clients themselves go between threads.
fn shared_types_are_send_sync() {
    fn send_sync<T: Send + Sync>() {}
    /// A handle: one type per API, kept, cloned, printed and shared.
    fn handle<T: Clone + std::fmt::Debug + Send + Sync>() {}
    handle::<mistral::chat::Chat<'static>>();
    handle::<mistral::fim::Fim<'static>>();
    handle::<mistral::agents::Agents<'static>>();
    handle::<mistral::embeddings::Embeddings<'static>>();
    handle::<mistral::models::Models<'static>>();
    handle::<mistral::moderation::Moderations<'static>>();
    handle::<mistral::moderation::Classifiers<'static>>();
    handle::<mistral::ocr::Ocr<'static>>();
    handle::<mistral::files::Files<'static>>();
    handle::<mistral::batch::Batch<'static>>();
    handle::<mistral::conversations::Conversations<'static>>();
    #[cfg(feature = "blocking")]
    {
        fn blocking_handle<T: Clone + std::fmt::Debug>() {}
        blocking_handle::<mistral::blocking::Chat<'static>>();
        blocking_handle::<mistral::blocking::Fim<'static>>();
        blocking_handle::<mistral::blocking::Agents<'static>>();
        blocking_handle::<mistral::blocking::Embeddings<'static>>();
        blocking_handle::<mistral::blocking::Models<'static>>();
        blocking_handle::<mistral::blocking::Moderations<'static>>();
        blocking_handle::<mistral::blocking::Classifiers<'static>>();
        blocking_handle::<mistral::blocking::Ocr<'static>>();
        blocking_handle::<mistral::blocking::Files<'static>>();
        blocking_handle::<mistral::blocking::Batch<'static>>();
    }
    send_sync::<Client>();
    send_sync::<mistral::ChatStream>();
    send_sync::<mistral::TextStream>();
    send_sync::<mistral::conversations::ConversationStream>();
    send_sync::<mistral::conversations::ConversationTextStream>();
    send_sync::<mistral::StructuredStream<City>>();
    send_sync::<mistral::StructuredStream<City, serde_json::Value>>();
    send_sync::<mistral::chat::PartialToolCalls>();
    send_sync::<mistral::conversations::ConversationStructuredStream<City>>();
    send_sync::<Tools>();
    fn send<T: Send>() {}
    send::<mistral::conversations::RunStream<'static>>();
    send_sync::<mistral::conversations::RunEvent>();
    send_sync::<Error>();
    send_sync::<MockServer>();
    #[cfg(feature = "blocking")]
    send_sync::<mistral::blocking::Client>();
}

#[test]
fn futures_are_send() {
    // Referenced so the compile check is not dead code; it is never run (its futures would
    // need a server).
    let _ = every_public_future_is_send;
    shared_types_are_send_sync();
}

/// Audio: every call's future, the streams' consumers, and the types they yield.
fn audio_futures_are_send(
    c: &Client,
    transcription: &mistral::audio::TranscriptionRequest,
    speech: &mistral::audio::SpeechRequest,
    voice: &mistral::audio::VoiceCreateRequest,
    voice_update: &mistral::audio::VoiceUpdateRequest,
    voices_query: &mistral::audio::VoiceListQuery,
) {
    task!(c, transcription => c.audio().transcribe(&transcription).await);
    task!(c, transcription => c.audio().transcribe_with_progress(&transcription, |_| {}).await);
    task!(c, transcription => c.audio().transcribe_stream(&transcription).await?.collect_response().await);
    task!(c, transcription => c.audio().transcribe_stream_with_progress(&transcription, |_| {}).await?.collect_response().await);
    task!(c, transcription => Ok::<_, Error>(c.audio().transcribe_stream(&transcription).await?.text().next().await));
    task!(c, speech => c.audio().speech(&speech).await);
    task!(c, speech => Ok::<_, Error>(c.audio().speech_stream(&speech).await?.next().await));
    task!(c, speech => {
        let mut out = tokio::io::sink();
        c.audio().speech_to_writer(&speech, &mut out).await
    });
    task!(c, voices_query => c.audio().voices().list(&voices_query).await);
    task!(c, voices_query => c.audio().voices().list_all(&voices_query).collect().await);
    task!(c, voice => c.audio().voices().create(&voice).await);
    task!(c => c.audio().voices().get("v").await);
    task!(c, voice_update => c.audio().voices().update("v", &voice_update).await);
    task!(c => c.audio().voices().delete("v").await);
    task!(c => c.audio().voices().sample("v").await);
    task!(c => {
        let mut out = tokio::io::sink();
        c.audio().voices().download_sample("v", &mut out).await
    });
    fn send_sync<T: Send + Sync>() {}
    send_sync::<mistral::audio::TranscriptionStream>();
    send_sync::<mistral::audio::TranscriptionTextStream>();
    send_sync::<mistral::audio::SpeechStream>();
    send_sync::<mistral::audio::Audio<'static>>();
    send_sync::<mistral::audio::Voices<'static>>();
}

#[test]
fn audio_futures_are_send_too() {
    // Referenced so the compile check is not dead code; never run.
    let _ = audio_futures_are_send;
}

/// Document libraries: every call's future, the paginators' and the waits'.
#[allow(clippy::too_many_arguments)] // one argument per request type
#[allow(deprecated)] // the PUT twins (`replace`) are deprecated by the API, and still Send
fn library_futures_are_send(
    c: &Client,
    create: &mistral::libraries::CreateLibraryRequest,
    update: &mistral::libraries::UpdateLibraryRequest,
    query: &mistral::libraries::LibraryListQuery,
    upload: &mistral::libraries::DocumentUpload,
    doc_query: &mistral::libraries::DocumentListQuery,
    doc_update: &mistral::libraries::UpdateDocumentRequest,
    grant: &mistral::libraries::AccessGrant,
    revoke: &mistral::libraries::AccessRevoke,
    wait: &mistral::libraries::WaitOptions,
) {
    task!(c, create => c.libraries().create(&create).await);
    task!(c, query => c.libraries().list(&query).await);
    task!(c, query => c.libraries().list_all(&query)?.collect().await);
    task!(c => c.libraries().get("l").await);
    task!(c, update => c.libraries().update("l", &update).await);
    task!(c, update => c.libraries().replace("l", &update).await);
    task!(c => c.libraries().delete("l").await);
    task!(c => c.libraries().accesses("l").await);
    task!(c, grant => c.libraries().grant_access("l", &grant).await);
    task!(c, revoke => c.libraries().revoke_access("l", &revoke).await);
    task!(c, upload => c.libraries().documents("l").upload(&upload).await);
    task!(c, upload => c.libraries().documents("l").upload_with_progress(&upload, |_| {}).await);
    task!(c, doc_query => c.libraries().documents("l").list(&doc_query).await);
    task!(c, doc_query => c.libraries().documents("l").list_all(&doc_query)?.collect().await);
    task!(c => c.libraries().documents("l").get("d").await);
    task!(c, doc_update => c.libraries().documents("l").update("d", &doc_update).await);
    task!(c, doc_update => c.libraries().documents("l").replace("d", &doc_update).await);
    task!(c => c.libraries().documents("l").delete("d").await);
    task!(c => c.libraries().documents("l").text("d").await);
    task!(c => c.libraries().documents("l").text_pages("d", Some(0), None).await);
    task!(c => c.libraries().documents("l").status("d").await);
    task!(c => c.libraries().documents("l").signed_url("d").await);
    task!(c => c.libraries().documents("l").extracted_text_signed_url("d").await);
    task!(c => c.libraries().documents("l").reprocess("d").await);
    task!(c, wait => c.libraries().documents("l").wait_processed("d", &wait, |_| {}).await);
    task!(c, upload, wait => c.libraries().documents("l").upload_and_wait(&upload, &wait, |_| {}).await);
    fn send_sync<T: Send + Sync>() {}
    send_sync::<mistral::libraries::Libraries<'static>>();
    send_sync::<mistral::libraries::Documents<'static>>();
}

#[test]
fn library_futures_are_send_too() {
    // Referenced so the compile check is not dead code; never run.
    let _ = library_futures_are_send;
}

/// Realtime transcription (feature `realtime`): opening, every session call, the streams.
#[cfg(feature = "realtime")]
fn realtime_futures_are_send(c: &Client, update: &mistral::audio::RealtimeSessionUpdate) {
    task!(c => c.audio().realtime("m").connect().await);
    task!(c, update => {
        let mut s = c.audio().realtime("m").connect().await?;
        s.send_audio(vec![0u8; 2]).await?;
        s.flush().await?;
        s.update(&update).await?;
        s.end().await?;
        let _ = s.next().await;
        s.close().await
    });
    task!(c => {
        let audio = futures_util::stream::iter(vec![vec![0u8; 2]]);
        c.audio().transcribe_realtime("m", audio).await?.collect_response().await
    });
    task!(c => {
        let audio = futures_util::stream::iter(vec![bytes::Bytes::new()]);
        Ok::<_, Error>(c.audio().realtime("m").transcribe(audio).await?.next().await)
    });
    fn send<T: Send>() {}
    send::<mistral::audio::RealtimeSession>();
    send::<mistral::audio::RealtimeTranscription>();
    send::<mistral::audio::RealtimeBuilder<'static>>();
}

#[cfg(feature = "realtime")]
#[test]
fn realtime_futures_are_send_too() {
    // Referenced so the compile check is not dead code; never run.
    let _ = realtime_futures_are_send;
}

/// The Responses API (feature `responses`): every call, the streams, the tool loop and its
/// streamed form, a paused run resumed.
#[cfg(feature = "responses")]
fn responses_futures_are_send(c: &Client, request: &mistral::responses::ResponseRequest, tools: &Tools) {
    task!(c, request => c.responses().create(&request).await);
    task!(c, request => c.responses().count_input_tokens(&request).await);
    task!(c, request => c.responses().stream(&request).await?.collect_response().await);
    task!(c, request => Ok::<_, Error>(c.responses().stream(&request).await?.next().await));
    task!(c, request, tools => c.responses().run(&request, &tools).await);
    task!(c, request, tools => {
        let responses = c.responses();
        let mut run = responses.run_stream(&request, &tools);
        let first = run.next().await;
        Ok::<_, Error>((first, futures_util::StreamExt::next(&mut run).await, run.outcome().await?))
    });
    task!(c, request, tools => {
        let responses = c.responses();
        match responses.run(&request, &tools).await?.needs_approval() {
            Some(p) => {
                let allow = p.allow_all();
                Ok::<_, Error>(Some(responses.resume(p, allow, &tools).await?))
            }
            None => Ok(None),
        }
    });
    task!(c, request, tools => {
        let responses = c.responses();
        match responses.run(&request, &tools).await?.needs_approval() {
            Some(p) => {
                let deny = p.deny_all();
                Ok::<_, Error>(Some(p.resume_stream(&responses, deny, &tools).outcome().await?))
            }
            None => Ok(None),
        }
    });
}

#[cfg(feature = "responses")]
#[test]
fn responses_futures_are_send_too() {
    // Referenced so the compile check is not dead code; never run.
    let _ = responses_futures_are_send;
}
