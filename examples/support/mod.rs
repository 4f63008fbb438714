//! The examples' offline fallback, kept out of the code you would copy: with `MISTRAL_API_KEY`
//! set, a client from the environment (what `Client::from_env()` gives an app); without it, a
//! client for the embedded mock server (feature `test-util`), said on stderr. Keep the returned
//! server alive as long as the client is used.

use mistral::test_util::{client_from_env_or_mock, MockServer};
use mistral::Client;

pub async fn client() -> Result<(Client, Option<MockServer>), Box<dyn std::error::Error>> {
    client_from_env_or_mock().await
}
