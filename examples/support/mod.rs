//! The examples' offline fallback, kept out of the code you would copy: with `MISTRAL_API_KEY`
//! set, a client from the environment (what `Client::from_env()` gives an app); without it, a
//! client for the embedded mock server (feature `test-util`), said on stderr. Keep the returned
//! server alive as long as the client is used.

use mistral::test_util::{client_from_env_or_mock, MockServer};
use mistral::Client;

#[allow(dead_code)] // the blocking example uses blocking_client instead
pub async fn client() -> Result<(Client, Option<MockServer>), Box<dyn std::error::Error>> {
    client_from_env_or_mock().await
}

/// The mock server and the runtime it runs on, kept alive beside a blocking client.
#[cfg(feature = "blocking")]
pub type MockOnItsRuntime = (tokio::runtime::Runtime, MockServer);

/// The offline fallback for the blocking example: the mock server runs on a runtime of its
/// own (returned, to keep it alive), the blocking client on its private one.
#[allow(dead_code)] // only the blocking example uses it
#[cfg(feature = "blocking")]
pub fn blocking_client(
) -> Result<(mistral::blocking::Client, Option<MockOnItsRuntime>), Box<dyn std::error::Error>> {
    match std::env::var("MISTRAL_API_KEY") {
        Ok(key) if !key.trim().is_empty() => Ok((mistral::blocking::Client::from_env()?, None)),
        _ => {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()?;
            let server = rt.block_on(MockServer::start())?;
            eprintln!(
                "MISTRAL_API_KEY is not set: using the embedded mock server at {}",
                server.url()
            );
            let client = Client::builder()
                .api_key("sk-mock-0123456789abcdef")
                .base_url(server.url())
                .build()?;
            Ok((mistral::blocking::Client::new(client)?, Some((rt, server))))
        }
    }
}
