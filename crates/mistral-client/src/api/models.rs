//! Models: `GET /v1/models`, `GET|DELETE /v1/models/{id}`, and the fine-tuned model calls
//! `PATCH /v1/fine_tuning/models/{id}`, `POST|DELETE /v1/fine_tuning/models/{id}/archive`.

use http::Method;
use mistral_types::{
    ArchivedModel, Capability, DeletedModel, FineTunedModel, ModelCard, ModelList, UpdateModelRequest,
};

use crate::error::Result;
use crate::meta::WithMeta;
use crate::pipeline::{segment, Call, Decode};

crate::pipeline::handle! {
    /// Model calls: the catalogue, one card, and managing fine-tuned models.
    ///
    /// ```no_run
    /// # async fn run(client: mistral::Client) -> Result<(), mistral::Error> {
    /// use mistral::models::Capability;
    /// let models = client.models().list().await?;
    /// for m in models.with_capabilities(&[Capability::FunctionCalling, Capability::Vision]) {
    ///     println!("{} ({} tokens)", m.id, m.max_context_length.unwrap_or(0));
    /// }
    /// # Ok(()) }
    /// ```
    Models
}

shell_by_id!(ModelCard, ArchivedModel, FineTunedModel);

impl Decode for ModelList {
    fn is_empty_shell(&self) -> bool {
        self.data.is_empty() && self.object.as_deref() != Some("list")
    }
}

impl Models<'_> {
    /// Every model the key can use.
    ///
    /// # Errors
    /// As every call.
    pub async fn list(&self) -> Result<WithMeta<ModelList>> {
        self.list_filtered(None, None).await
    }

    /// The models, filtered by the server by provider and/or model name.
    ///
    /// # Errors
    /// As every call.
    pub async fn list_filtered(
        &self,
        provider: Option<&str>,
        model: Option<&str>,
    ) -> Result<WithMeta<ModelList>> {
        self.core.check_headers()?;
        let mut path = String::from("/v1/models");
        let mut sep = '?';
        for (k, v) in [("provider", provider), ("model", model)] {
            if let Some(v) = v {
                path.push(sep);
                path.push_str(k);
                path.push('=');
                path.push_str(
                    &percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC).to_string(),
                );
                sep = '&';
            }
        }
        self.core
            .fetch(Call::bare("list_models", Method::GET, path))
            .await
    }

    /// The models that have every one of `caps` (one `list` call, filtered here).
    ///
    /// # Errors
    /// As [`list`](Self::list).
    pub async fn with_capabilities(&self, caps: &[Capability]) -> Result<Vec<ModelCard>> {
        let list = self.list().await?;
        Ok(list.with_capabilities(caps).cloned().collect())
    }

    /// One model's card, base or fine-tuned.
    ///
    /// # Errors
    /// As every call (a 404 for an unknown id).
    pub async fn retrieve(&self, model_id: &str) -> Result<WithMeta<ModelCard>> {
        self.core.check_headers()?;
        let path = format!("/v1/models/{}", segment("model_id", model_id)?);
        self.core
            .fetch(Call::bare("retrieve_model", Method::GET, path))
            .await
    }

    /// Deletes a fine-tuned model.
    ///
    /// # Errors
    /// As every call.
    pub async fn delete(&self, model_id: &str) -> Result<WithMeta<DeletedModel>> {
        self.core.check_headers()?;
        let path = format!("/v1/models/{}", segment("model_id", model_id)?);
        self.core
            .fetch(Call::bare("delete_model", Method::DELETE, path))
            .await
    }

    /// Renames or re-describes a fine-tuned model.
    ///
    /// # Errors
    /// An update that sets nothing is rejected before sending; otherwise as every call.
    pub async fn update(
        &self,
        model_id: &str,
        update: &UpdateModelRequest,
    ) -> Result<WithMeta<FineTunedModel>> {
        let body = self.core.encode(update)?;
        let path = format!("/v1/fine_tuning/models/{}", segment("model_id", model_id)?);
        self.core
            .fetch(Call::bare("update_model", Method::PATCH, path).with_body(body))
            .await
    }

    /// Archives a fine-tuned model.
    ///
    /// # Errors
    /// As every call.
    pub async fn archive(&self, model_id: &str) -> Result<WithMeta<ArchivedModel>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/fine_tuning/models/{}/archive",
            segment("model_id", model_id)?
        );
        self.core
            .fetch(Call::bare("archive_model", Method::POST, path))
            .await
    }

    /// Unarchives a fine-tuned model.
    ///
    /// # Errors
    /// As every call.
    pub async fn unarchive(&self, model_id: &str) -> Result<WithMeta<ArchivedModel>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/fine_tuning/models/{}/archive",
            segment("model_id", model_id)?
        );
        self.core
            .fetch(Call::bare("unarchive_model", Method::DELETE, path))
            .await
    }
}

crate::pipeline::per_call_setters!(Models => core.opts);
