//! Moderation and classification: `POST /v1/moderations`, `/v1/chat/moderations`,
//! `/v1/classifications`, `/v1/chat/classifications`.

use mistral_types::{
    ChatClassificationRequest, ChatModerationRequest, ClassificationRequest, ClassificationResponse,
    ModerationRequest, ModerationResponse,
};

use crate::error::{Error, Result};
use crate::meta::WithMeta;
use crate::pipeline::{Call, Decode};

crate::pipeline::handle! {
    /// Moderation calls: texts (`moderate`) or conversations (`moderate_chat`).
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::moderation::ModerationRequest;
    /// let request = ModerationRequest::builder()
    ///     .model("mistral-moderation-latest")
    ///     .input("Some user text")
    ///     .build();
    /// let result = client.moderations().moderate(&request).await?;
    /// if result.flagged() {
    ///     println!("flagged: {:?}", result.results[0].flagged_categories());
    /// }
    /// # Ok(()) }
    /// ```
    Moderations
}

crate::pipeline::handle! {
    /// Classification calls with a classifier model: texts (`classify`) or conversations
    /// (`classify_chat`).
    Classifiers
}

impl Decode for ModerationResponse {
    fn is_empty_shell(&self) -> bool {
        self.id.is_empty() && self.results.is_empty()
    }
}

impl Decode for ClassificationResponse {
    fn is_empty_shell(&self) -> bool {
        self.id.is_empty() && self.results.is_empty()
    }
}

/// `response` when `check` accepts it; otherwise a decode error with the response's metadata.
pub(crate) fn checked<T>(
    response: WithMeta<T>,
    check: impl FnOnce(&T) -> std::result::Result<(), mistral_types::ResponseMismatch>,
) -> Result<WithMeta<T>> {
    match check(&response) {
        Ok(()) => Ok(response),
        Err(e) => {
            let (_, meta) = response.into_parts();
            Err(Error::decode_plain(&e).with_source(e).with_meta(meta))
        }
    }
}

impl Moderations<'_> {
    /// Moderates texts: one result per text, in order.
    ///
    /// # Errors
    /// As every call; the request is validated first. A decode error when the number of
    /// results is not the number of texts ([`ModerationResponse::check_matches`]).
    pub async fn moderate(&self, request: &ModerationRequest) -> Result<WithMeta<ModerationResponse>> {
        let body = self.core.encode(request)?;
        let response = self
            .core
            .fetch::<ModerationResponse>(Call::post("moderation", "/v1/moderations", body).about(request))
            .await?;
        checked(response, |r| r.check_matches(request.input.len()))
    }

    /// Moderates conversations, each as a whole: one result per conversation, in order.
    ///
    /// # Errors
    /// As every call; the request is validated first. A decode error when the number of
    /// results is not the number of conversations ([`ModerationResponse::check_matches`]).
    pub async fn moderate_chat(
        &self,
        request: &ChatModerationRequest,
    ) -> Result<WithMeta<ModerationResponse>> {
        let body = self.core.encode(request)?;
        let response = self
            .core
            .fetch::<ModerationResponse>(
                Call::post("moderation", "/v1/chat/moderations", body).about(request),
            )
            .await?;
        checked(response, |r| r.check_matches(request.input.len()))
    }
}

impl Classifiers<'_> {
    /// Classifies texts: one result per text, in order.
    ///
    /// # Errors
    /// As every call; the request is validated first. A decode error when the number of
    /// results is not the number of texts ([`ClassificationResponse::check_matches`]).
    pub async fn classify(
        &self,
        request: &ClassificationRequest,
    ) -> Result<WithMeta<ClassificationResponse>> {
        let body = self.core.encode(request)?;
        let response = self
            .core
            .fetch::<ClassificationResponse>(
                Call::post("classification", "/v1/classifications", body).about(request),
            )
            .await?;
        checked(response, |r| r.check_matches(request.input.len()))
    }

    /// Classifies conversations: one result per conversation, in order.
    ///
    /// # Errors
    /// As every call; the request is validated first. A decode error when the number of
    /// results is not the number of conversations ([`ClassificationResponse::check_matches`]).
    pub async fn classify_chat(
        &self,
        request: &ChatClassificationRequest,
    ) -> Result<WithMeta<ClassificationResponse>> {
        let body = self.core.encode(request)?;
        let response = self
            .core
            .fetch::<ClassificationResponse>(
                Call::post("classification", "/v1/chat/classifications", body).about(request),
            )
            .await?;
        checked(response, |r| r.check_matches(request.input.len()))
    }
}

crate::pipeline::per_call_setters!(Moderations => core.opts);
crate::pipeline::per_call_setters!(Classifiers => core.opts);
