//! OCR: `POST /v1/ocr`.

use mistral_types::{OcrRequest, OcrResponse};

use super::moderation::checked;
use crate::error::Result;
use crate::meta::WithMeta;
use crate::pipeline::{Call, Decode};

crate::pipeline::handle! {
    /// OCR calls: a document read into markdown pages.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use mistral::ocr::{OcrDocument, OcrRequest};
    /// let pdf = std::fs::read("report.pdf")?;
    /// let request = OcrRequest::builder()
    ///     .model("mistral-ocr-latest")
    ///     .document(OcrDocument::from_bytes(&pdf)?)
    ///     .build();
    /// let result = client.ocr().process(&request).await?;
    /// println!("{}", result.markdown());
    /// # Ok(()) }
    /// ```
    Ocr
}

impl Decode for OcrResponse {
    fn is_empty_shell(&self) -> bool {
        self.pages.is_empty() && self.model.is_empty()
    }
}

impl Ocr<'_> {
    /// Reads the document. The response's pages are sorted by index
    /// ([`OcrResponse::sort_pages`]), whatever order they came in.
    ///
    /// # Errors
    /// As every call; the request is validated first. A decode error when a page index
    /// appears twice ([`OcrResponse::check_pages`]).
    pub async fn process(&self, request: &OcrRequest) -> Result<WithMeta<OcrResponse>> {
        let body = self.core.encode(request)?;
        let response = self
            .core
            .fetch::<OcrResponse>(Call::post("ocr", "/v1/ocr", body).about(request))
            .await?;
        let (mut response, meta) = checked(response, OcrResponse::check_pages)?.into_parts();
        response.sort_pages();
        Ok(WithMeta::new(response, meta))
    }
}

crate::pipeline::per_call_setters!(Ocr => core.opts);
