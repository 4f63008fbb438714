//! Fill-in-the-middle completions: `POST /v1/fim/completions`.

use mistral_types::FimRequest;

use super::{CompletionsApi, Sealed};
use crate::pipeline::Handle;

/// The FIM completions API (the marker type of [`Fim`]).
#[derive(Debug)]
pub enum FimApi {}

impl Sealed for FimApi {}

impl CompletionsApi for FimApi {
    type Request = FimRequest;
    const PATH: &'static str = "/v1/fim/completions";
}

/// FIM completion calls: `complete` and `stream` (the chat chunk format, with `.text()` and
/// `.collect_response()`).
///
/// ```no_run
/// # async fn run(client: mistral_client::Client) -> Result<(), mistral_client::Error> {
/// use mistral_types::FimRequest;
/// let request = FimRequest::builder()
///     .model("codestral-latest")
///     .prompt("def fib(n):")
///     .suffix("\nprint(fib(10))")
///     .build();
/// let code = client.fim().complete(&request).await?;
/// println!("{}", code.text());
/// # Ok(()) }
/// ```
pub type Fim<'a> = Handle<'a, FimApi>;
