//! The shapes the handles' calls share, written once over the pipeline: a call without a
//! body, a call with a JSON request, a path with its query string, and the public pair of an
//! upload (`upload` and `upload_with_progress`). A handle method says only its operation,
//! method and path.

use mistral_types::ApiRequest;

use crate::error::Result;
use crate::meta::WithMeta;
use crate::pipeline::{Call, Collect, Core, Decode};

impl<'a> Core<'a> {
    /// Sends `call`, which has no body, once the per-call headers are checked; decodes the
    /// JSON answer.
    pub(crate) async fn read<T: Decode>(&self, call: Call<'_>) -> Result<WithMeta<T>> {
        self.check_headers()?;
        self.fetch(call).await
    }

    /// Sends `call` with `request` as its JSON body (checked and validated first: nothing is
    /// sent when it is invalid), traced with the request's settings; decodes the JSON answer.
    pub(crate) async fn send_json<'r, T: Decode, R: ApiRequest>(
        &self,
        call: Call<'r>,
        request: &'r R,
    ) -> Result<WithMeta<T>> {
        let body = self.encode(request)?;
        self.fetch(call.with_body(body).about(request)).await
    }

    /// Sends `call`, whose answer (`204 No Content`, or a small JSON some deprecated `200`
    /// answers keep) is read, within a bound, and dropped.
    pub(crate) async fn no_content(&self, call: Call<'_>) -> Result<WithMeta<()>> {
        let mut sink = Collect {
            buf: bytes::BytesMut::new(),
            max: 64 * 1024,
        };
        let (_, meta) = self.fetch_into(call, &mut sink).await?.into_parts();
        Ok(WithMeta::new((), meta))
    }
}

/// `path` with `query` (without its `?`) when there is one.
pub(crate) fn with_query(path: impl Into<String>, query: &str) -> String {
    let path = path.into();
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

/// The public pair of an upload in a handle's `impl` block: `$name(input)` with the docs
/// given, and `$with_progress(input, progress)` (with any docs given after the `/`), both
/// over the handle's own `$send(input, Option<ProgressFn>)`, which builds the form and sends
/// it.
macro_rules! upload_methods {
    (
        $(#[$doc:meta])*
        $vis:vis fn $name:ident / $(#[$more:meta])* $with_progress:ident ($arg:ident: &$input:ty) -> $out:ty
            => $send:ident
    ) => {
        $(#[$doc])*
        $vis async fn $name(&self, $arg: &$input) -> $crate::error::Result<$out> {
            self.$send($arg, None).await
        }

        #[doc = concat!(
            "As [`", stringify!($name), "`](Self::", stringify!($name), "), calling `progress` as the \
            file's bytes are handed to the connection (from 0 again on a retry)."
        )]
        $(#[$more])*
        ///
        /// # Errors
        #[doc = concat!("As [`", stringify!($name), "`](Self::", stringify!($name), ").")]
        $vis async fn $with_progress(
            &self,
            $arg: &$input,
            progress: impl Fn($crate::upload::UploadProgress) + Send + Sync + 'static,
        ) -> $crate::error::Result<$out> {
            self.$send($arg, Some(std::sync::Arc::new(progress))).await
        }
    };
}
pub(crate) use upload_methods;

#[cfg(test)]
mod tests {
    #[test]
    fn a_query_is_added_only_when_there_is_one() {
        assert_eq!(super::with_query("/v1/x", ""), "/v1/x");
        assert_eq!(super::with_query("/v1/x", "a=1"), "/v1/x?a=1");
    }
}
