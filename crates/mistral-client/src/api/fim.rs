//! Fill-in-the-middle completions: `POST /v1/fim/completions`.

use mistral_types::FimRequest;

super::completions::completions_handle! {
    /// FIM completion calls: `complete` and `stream` (the chat chunk format, with `.text()` and
    /// `.collect_response()`).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::fim::FimRequest;
    /// let request = FimRequest::builder()
    ///     .model("codestral-latest")
    ///     .prompt("def fib(n):")
    ///     .suffix("\nprint(fib(10))")
    ///     .build();
    /// let code = client.fim().complete(&request).await?;
    /// println!("{}", code.text());
    /// # Ok(()) }
    /// ```
    Fim => CompletionsApi(FimRequest, "/v1/fim/completions", "text_completion")
}

crate::pipeline::per_call_setters!(Fim => core.opts);
