// generated from the spec by `cargo xtask codegen`: do not edit

impl<'a> super::Webhooks<'a> {
    /// List Webhooks
    ///
    /// `GET /v1/webhooks`: operation `list_webhooks_v1_webhooks_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list(
        &self,
    ) -> crate::error::Result<crate::meta::WithMeta<Vec<mistral_types::generated::common::Webhook>>> {
        self.core.check_headers()?;
        let path = String::from("/v1/webhooks");
        let call = crate::pipeline::Call::bare("list_webhooks_v1_webhooks_get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Create Webhook
    ///
    /// `POST /v1/webhooks`: operation `create_webhook_v1_webhooks_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create(
        &self,
        body: &mistral_types::generated::webhooks::CreateWebhook,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::common::Webhook>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/webhooks");
        let call = crate::pipeline::Call::bare("create_webhook_v1_webhooks_post", http::Method::POST, path)
            .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Webhook
    ///
    /// `GET /v1/webhooks/{webhook_id}`: operation `get_webhook_v1_webhooks__webhook_id__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        webhook_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::common::Webhook>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/webhooks/{}",
            crate::pipeline::segment("webhook_id", webhook_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_webhook_v1_webhooks__webhook_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Delete Webhook
    ///
    /// `DELETE /v1/webhooks/{webhook_id}`: operation `delete_webhook_v1_webhooks__webhook_id__delete` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete(&self, webhook_id: &str) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/webhooks/{}",
            crate::pipeline::segment("webhook_id", webhook_id)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_webhook_v1_webhooks__webhook_id__delete",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }

    /// Get Webhook Signing Secret
    ///
    /// `GET /v1/webhooks/{webhook_id}/signing-secret`: operation `get_webhook_signing_secret_v1_webhooks__webhook_id__signing_secret_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_signing_secret(
        &self,
        webhook_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::webhooks::WebhookSigningSecret>>
    {
        self.core.check_headers()?;
        let path = format!(
            "/v1/webhooks/{}/signing-secret",
            crate::pipeline::segment("webhook_id", webhook_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_webhook_signing_secret_v1_webhooks__webhook_id__signing_secret_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
