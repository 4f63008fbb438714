//! Swapping the transport: a middleware that logs every request and response status, wrapped
//! around the default transport (real API, with `MISTRAL_API_KEY`) or around the scripted
//! in-process fake (otherwise; said on stderr). Tests swap the transport the same way.
//!
//! `cargo run --example custom_transport`

use std::sync::Arc;
use std::time::Instant;

use mistral::chat::{ChatRequest, Message};
use mistral::test_util::ScriptedTransport;
use mistral::{Client, DefaultTransport, Transport, TransportFuture};

/// Logs method, path and status with the time to headers. Never logs headers (the API key).
struct Logging(Arc<dyn Transport>);

impl Transport for Logging {
    fn send(&self, request: http::Request<bytes::Bytes>) -> TransportFuture {
        let line = format!("{} {}", request.method(), request.uri().path());
        let started = Instant::now();
        let fut = self.0.send(request);
        Box::pin(async move {
            let result = fut.await;
            match &result {
                Ok(resp) => eprintln!("{line} -> {} in {:?}", resp.status(), started.elapsed()),
                Err(e) => eprintln!("{line} -> {e}"),
            }
            result
        })
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let key = std::env::var("MISTRAL_API_KEY")
        .ok()
        .filter(|k| !k.trim().is_empty());
    let inner: Arc<dyn Transport> = match &key {
        Some(_) => Arc::new(DefaultTransport::new(Some(std::time::Duration::from_secs(5)))?),
        None => {
            eprintln!("MISTRAL_API_KEY is not set: using the scripted in-process transport");
            Arc::new(ScriptedTransport::new())
        }
    };
    let client = Client::builder()
        .api_key(key.unwrap_or_else(|| "offline".into()))
        .transport(Logging(inner))
        .build()?;
    let request = ChatRequest::builder()
        .model(std::env::var("MISTRAL_MODEL").unwrap_or_else(|_| "mistral-small-latest".into()))
        .messages([Message::user("Say hello in French.")])
        .build();
    let response = client.chat().complete(&request).await?;
    println!("{}", response.text());
    Ok(())
}
