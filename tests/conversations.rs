//! The conversations handle over HTTP: against the mock server (start, append, restart,
//! history, messages, list, delete; streams of named events and their fold), and against the
//! raw-TCP hostile server (a body cut before `conversation.response.done`, a create not sent
//! again after a reset).

mod support;

use std::time::Duration;

use mistral::conversations::{
    ConversationAppendRequest, ConversationEvent, ConversationRequest, ConversationResponse,
    ConversationRestartRequest, Entry,
};
use mistral::test_util::{MockServer, Reply};
use mistral::{Client, ErrorKind};
use serde_json::json;
use support::fast_client;
use support::hostile::{self, Hostile, Step};

fn start_request(text: &str) -> ConversationRequest {
    ConversationRequest::builder()
        .inputs(text)
        .model("mistral-medium-latest")
        .build()
}

fn append_request(text: &str) -> ConversationAppendRequest {
    ConversationAppendRequest::builder().inputs(text).build()
}

async fn mock() -> (MockServer, Client) {
    let s = MockServer::start().await.unwrap();
    let c = fast_client(&s.url(), |b| b);
    (s, c)
}

/// Bounds a test that talks to a hostile server: a hang is a failure, not a stuck suite.
async fn within<F: std::future::Future>(f: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(10), f)
        .await
        .expect("the call hung")
}

/// One SSE frame with an `event:` name.
fn frame(name: &str, data: serde_json::Value) -> String {
    format!("event: {name}\ndata: {data}\n\n")
}

#[tokio::test]
async fn start_append_restart_and_the_reads_agree() {
    let (s, c) = mock().await;
    let conversations = c.conversations();

    let first = conversations.start(&start_request("Hello there")).await.unwrap();
    assert_eq!(first.text(), "Echo: Hello there");
    let id = first.conversation_id().to_owned();
    assert!(id.starts_with("conv_"), "{id}");
    let sent = s.requests().pop().unwrap().json();
    assert_eq!(sent["stream"], json!(false));

    let second = conversations
        .append(&id, &append_request("And again"))
        .await
        .unwrap();
    assert_eq!(
        (second.conversation_id(), second.text().as_str()),
        (id.as_str(), "Echo: And again")
    );
    assert!(second.usage.total_tokens > 0);

    // The history is every entry in order; the messages are the same four here.
    let history = conversations.history(&id).await.unwrap();
    assert_eq!(history.conversation_id, id);
    assert_eq!(history.entries.len(), 4);
    assert_eq!(history.entries[0], {
        let Entry::MessageInput(m) = &history.entries[0] else {
            panic!("{:?}", history.entries[0])
        };
        assert_eq!(m.content.text(), "Hello there");
        history.entries[0].clone()
    });
    assert_eq!(history.entries[1], first.outputs[0]);
    assert_eq!(history.entries[3], second.outputs[0]);
    let messages = conversations.messages(&id).await.unwrap();
    assert_eq!(messages.messages, history.entries);

    let got = conversations.get(&id).await.unwrap();
    assert_eq!(
        (got.id.as_str(), got.model.as_deref(), got.is_agent()),
        (id.as_str(), Some("mistral-medium-latest"), false)
    );

    // Restart from the first answer: a new conversation with the entries up to it.
    let from = first.outputs[0].id().expect("entries have ids").to_owned();
    let restart = ConversationRestartRequest::builder()
        .from_entry_id(from)
        .inputs("Instead this")
        .build();
    let third = conversations.restart(&id, &restart).await.unwrap();
    assert_eq!(third.text(), "Echo: Instead this");
    assert_ne!(third.conversation_id(), id);
    let restarted = conversations.history(third.conversation_id()).await.unwrap();
    assert_eq!(restarted.entries.len(), 4);
    assert_eq!(restarted.entries[..2], history.entries[..2]);
    assert_eq!(
        conversations.history(&id).await.unwrap().entries.len(),
        4,
        "the original is unchanged"
    );

    // An agent conversation.
    let agent = ConversationRequest::builder()
        .inputs("Hi agent")
        .agent_id("ag_0123")
        .build();
    let with_agent = conversations.start(&agent).await.unwrap();
    assert_eq!(with_agent.text(), "Echo: Hi agent");
    assert!(conversations
        .get(with_agent.conversation_id())
        .await
        .unwrap()
        .is_agent());

    // Delete: 204, then the conversation is gone.
    let deleted = conversations.delete(&id).await.unwrap();
    assert_eq!(deleted.meta().status().as_u16(), 204);
    let e = conversations.get(&id).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound, "{e:?}");
    let e = conversations.append(&id, &append_request("x")).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound, "{e:?}");

    // Invalid requests and ids are refused before anything is sent.
    let before = s.requests().len();
    let e = conversations.get("..").await.unwrap_err();
    assert!(e.is_invalid_request(), "{e:?}");
    let e = conversations
        .start(&ConversationRequest::builder().inputs("no model").build())
        .await
        .unwrap_err();
    assert!(e.is_invalid_request(), "{e:?}");
    assert_eq!(s.requests().len(), before);
}

#[tokio::test]
async fn streams_read_named_events_and_fold_into_the_non_streaming_response() {
    let (s, c) = mock().await;
    let conversations = c.conversations();
    let whole = conversations
        .start(&start_request("Tell me more please"))
        .await
        .unwrap();
    let whole_history = conversations.history(whole.conversation_id()).await.unwrap();
    assert_eq!(whole_history.entries.last(), whole.outputs.last());

    // The events, in the real order.
    let mut stream = conversations
        .start_stream(&start_request("Tell me more please"))
        .await
        .unwrap();
    assert_eq!(s.requests().pop().unwrap().json()["stream"], json!(true));
    let mut events = Vec::new();
    while let Some(e) = stream.next().await {
        events.push(e.unwrap());
    }
    let names: Vec<&str> = events.iter().map(ConversationEvent::name).collect();
    assert_eq!(names.first(), Some(&"conversation.response.started"));
    assert_eq!(names.last(), Some(&"conversation.response.done"));
    assert!(
        names[1..names.len() - 1]
            .iter()
            .all(|n| *n == "message.output.delta"),
        "{names:?}"
    );
    assert!(names.len() > 3, "word by word: {names:?}");

    // The fold equals what the non-streaming call returns for the same turn: the entry the
    // server kept, the same text and usage.
    let folded = conversations
        .start_stream(&start_request("Tell me more please"))
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    let kept = conversations.history(folded.conversation_id()).await.unwrap();
    let expected = ConversationResponse {
        conversation_id: folded.conversation_id.clone(),
        outputs: vec![kept.entries.last().unwrap().clone()],
        ..whole.clone().into_inner()
    };
    assert_eq!(folded, expected);
    assert_eq!(folded.text(), whole.text());

    // Text only, on append and restart streams too.
    let id = whole.conversation_id();
    let mut text = conversations
        .append_stream(id, &append_request("Stream this answer"))
        .await
        .unwrap()
        .text();
    let mut joined = String::new();
    while let Some(delta) = text.next().await {
        joined.push_str(&delta.unwrap());
    }
    assert_eq!(joined, "Echo: Stream this answer");
    let restart = ConversationRestartRequest::builder()
        .from_entry_id(whole.outputs[0].id().unwrap())
        .inputs("Restarted")
        .build();
    let restarted = conversations
        .restart_stream(id, &restart)
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(restarted.text(), "Echo: Restarted");
    assert_ne!(restarted.conversation_id(), id);
}

/// The SSE `event:` name reaches the stream's decoder: a frame whose data carries no `type`
/// is still read as the event its name says (before, it was an unnamed payload: an error).
#[tokio::test]
async fn the_event_name_is_read_when_the_data_has_no_type() {
    let (s, c) = mock().await;
    s.push(Reply::sse_frames([
        frame(
            "conversation.response.started",
            json!({"conversation_id": "conv_1"}),
        ),
        frame(
            "message.output.delta",
            json!({"output_index": 0, "id": "m1", "content": "Hi"}),
        ),
        frame(
            "conversation.response.done",
            json!({"usage": {"total_tokens": 3}}),
        ),
    ]));
    let r = c
        .conversations()
        .start_stream(&start_request("x"))
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap();
    assert_eq!(
        (r.conversation_id(), r.text().as_str(), r.usage.total_tokens),
        ("conv_1", "Hi", 3)
    );
}

#[tokio::test]
async fn list_all_pages_through_every_conversation() {
    let (s, c) = mock().await;
    let conversations = c.conversations();
    let mut ids = Vec::new();
    for i in 0..5 {
        let r = conversations
            .start(&start_request(&format!("n{i}")))
            .await
            .unwrap();
        ids.push(r.conversation_id().to_owned());
    }
    ids.reverse(); // newest first
    let page = conversations.list(Some(0), Some(2)).await.unwrap();
    assert_eq!(page.iter().map(|c| c.id.clone()).collect::<Vec<_>>(), ids[..2]);

    let before = s.requests().len();
    let all = conversations.list_all(Some(2)).collect().await.unwrap();
    assert_eq!(all.into_iter().map(|c| c.id).collect::<Vec<_>>(), ids);
    let queries: Vec<String> = s.requests()[before..]
        .iter()
        .map(|r| r.query().unwrap_or("").to_owned())
        .collect();
    assert_eq!(
        queries,
        [
            "page=0&page_size=2",
            "page=1&page_size=2",
            "page=2&page_size=2",
            "page=3&page_size=2"
        ],
        "until an empty page"
    );
}

#[tokio::test]
async fn an_error_event_mid_stream_is_a_typed_error_item_then_the_end() {
    let (s, c) = mock().await;
    let error = json!({"type": "conversation.response.error", "message": "the model failed", "code": 3000});
    let frames = || {
        [
            frame(
                "conversation.response.started",
                json!({"type": "conversation.response.started", "conversation_id": "conv_1"}),
            ),
            frame(
                "message.output.delta",
                json!({"type": "message.output.delta", "output_index": 0, "id": "m1", "content": "Hel"}),
            ),
            frame("conversation.response.error", error.clone()),
        ]
    };
    s.push(Reply::sse_frames(frames()));
    let mut stream = c.conversations().start_stream(&start_request("x")).await.unwrap();
    assert_eq!(
        stream.next().await.unwrap().unwrap().name(),
        "conversation.response.started"
    );
    assert_eq!(
        stream.next().await.unwrap().unwrap().text().as_deref(),
        Some("Hel")
    );
    let e = stream.next().await.unwrap().unwrap_err();
    assert!(e.is_status(), "{e:?}");
    assert_eq!(e.message(), Some("the model failed"));
    assert_eq!(e.code(), Some("3000"));
    assert_eq!(e.error_type(), Some("conversation.response.error"));
    assert!(stream.next().await.is_none());

    // The text and the fold stop at it too.
    s.push(Reply::sse_frames(frames()));
    let mut text = c
        .conversations()
        .start_stream(&start_request("x"))
        .await
        .unwrap()
        .text();
    assert_eq!(text.next().await.unwrap().unwrap(), "Hel");
    assert!(text.next().await.unwrap().is_err());
    s.push(Reply::sse_frames(frames()));
    let e = c
        .conversations()
        .start_stream(&start_request("x"))
        .await
        .unwrap()
        .collect_response()
        .await
        .unwrap_err();
    assert_eq!(e.message(), Some("the model failed"));
}

/// A body that ends cleanly before `conversation.response.done` is a truncated stream; one
/// that ends after it is the normal end (there is no `[DONE]`).
#[tokio::test]
async fn a_body_cut_before_done_is_a_truncated_stream() {
    let started = frame(
        "conversation.response.started",
        json!({"type": "conversation.response.started", "conversation_id": "conv_1"}),
    );
    let delta = frame(
        "message.output.delta",
        json!({"type": "message.output.delta", "output_index": 0, "id": "m1", "content": "Hel"}),
    );
    let done = frame(
        "conversation.response.done",
        json!({"type": "conversation.response.done", "usage": {"total_tokens": 2}}),
    );
    let body = |frames: &[&str]| {
        let mut raw = hostile::sse_head();
        for f in frames {
            raw.extend_from_slice(&hostile::chunk(f.as_bytes()));
        }
        raw.extend_from_slice(hostile::LAST_CHUNK);
        raw
    };

    let cut = Hostile::always(vec![Step::Write(body(&[&started, &delta])), Step::Close]).await;
    let c = fast_client(&cut.url(), |b| b);
    let e = within(async {
        let mut stream = c.conversations().start_stream(&start_request("x")).await.unwrap();
        assert!(stream.next().await.unwrap().is_ok());
        assert!(stream.next().await.unwrap().is_ok());
        let e = stream.next().await.unwrap().unwrap_err();
        assert!(stream.next().await.is_none());
        e
    })
    .await;
    assert!(e.is_truncated(), "{e:?}");
    let e = within(async {
        c.conversations()
            .start_stream(&start_request("x"))
            .await
            .unwrap()
            .collect_response()
            .await
            .unwrap_err()
    })
    .await;
    assert!(e.is_truncated(), "{e:?}");

    let whole = Hostile::always(vec![Step::Write(body(&[&started, &delta, &done])), Step::Close]).await;
    let c = fast_client(&whole.url(), |b| b);
    let r = within(async {
        c.conversations()
            .start_stream(&start_request("x"))
            .await
            .unwrap()
            .collect_response()
            .await
    })
    .await
    .unwrap();
    assert_eq!((r.text().as_str(), r.usage.total_tokens), ("Hel", 2));
}

/// A reset once the request was written: start, append and restart (which add entries) are
/// not sent again, streamed or not; reads are retried; a caller may opt in.
#[tokio::test]
async fn a_create_is_not_resent_after_a_reset() {
    let s = Hostile::always(vec![Step::Reset]).await;
    let c = fast_client(&s.url(), |b| b);
    let conversations = c.conversations();
    let restart = ConversationRestartRequest::builder()
        .from_entry_id("msg_1")
        .inputs("again")
        .build();

    let e = within(conversations.start(&start_request("x")))
        .await
        .unwrap_err();
    assert!(e.is_transport(), "{e:?}");
    assert_eq!((s.requests().len(), e.attempts()), (1, 1), "a start was re-sent");
    let e = within(conversations.append("conv_1", &append_request("x")))
        .await
        .unwrap_err();
    assert_eq!(
        (s.requests().len(), e.attempts()),
        (2, 1),
        "an append was re-sent"
    );
    within(conversations.restart("conv_1", &restart))
        .await
        .unwrap_err();
    assert_eq!(s.requests().len(), 3, "a restart was re-sent");
    within(conversations.start_stream(&start_request("x")))
        .await
        .unwrap_err();
    within(conversations.append_stream("conv_1", &append_request("x")))
        .await
        .unwrap_err();
    within(conversations.restart_stream("conv_1", &restart))
        .await
        .unwrap_err();
    assert_eq!(s.requests().len(), 6, "a streamed create was re-sent");

    // Reads are sent again.
    let e = within(conversations.history("conv_1")).await.unwrap_err();
    assert_eq!(e.attempts(), 3, "{e:?}");
    assert_eq!(s.requests().len(), 9);

    // Unless the caller says it is safe.
    let e = within(
        conversations
            .resend_after_send(true)
            .append("conv_1", &append_request("x")),
    )
    .await
    .unwrap_err();
    assert_eq!(e.attempts(), 3, "{e:?}");
    assert_eq!(s.requests().len(), 12);
}
