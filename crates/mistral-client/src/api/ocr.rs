//! OCR: `POST /v1/ocr`.

use mistral_types::{OcrRequest, OcrResponse};

use super::Sealed;
use crate::error::Result;
use crate::meta::WithMeta;
use crate::pipeline::{Call, Decode, Handle};

/// The OCR API (the marker type of [`Ocr`]).
#[derive(Debug)]
pub enum OcrApi {}
impl Sealed for OcrApi {}

/// OCR calls: a document read into markdown pages.
///
/// ```no_run
/// # async fn run(client: mistral_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// use mistral_types::{OcrDocument, OcrRequest};
/// let pdf = std::fs::read("report.pdf")?;
/// let request = OcrRequest::builder()
///     .model("mistral-ocr-latest")
///     .document(OcrDocument::from_bytes(&pdf)?)
///     .build();
/// let result = client.ocr().process(&request).await?;
/// println!("{}", result.markdown());
/// # Ok(()) }
/// ```
pub type Ocr<'a> = Handle<'a, OcrApi>;

impl Decode for OcrResponse {
    fn is_empty_shell(&self) -> bool {
        self.pages.is_empty() && self.model.is_empty()
    }
}

impl Handle<'_, OcrApi> {
    /// Reads the document.
    ///
    /// # Errors
    /// As every call; the request is validated first.
    pub async fn process(&self, request: &OcrRequest) -> Result<WithMeta<OcrResponse>> {
        let body = self.encode(request)?;
        self.fetch(Call::post("ocr", "/v1/ocr", body).about(request))
            .await
    }
}
