// generated from the spec by `cargo xtask codegen`: do not edit

impl<'a> super::Triggers<'a> {
    /// List Triggers
    ///
    /// `GET /v1/triggers`: operation `list_triggers_v1_triggers_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list(
        &self,
        query: &mistral_types::generated::triggers::TriggersListQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<Vec<mistral_types::generated::triggers::Trigger>>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/triggers"), &query.to_query());
        let call = crate::pipeline::Call::bare("list_triggers_v1_triggers_get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Create Trigger
    ///
    /// `POST /v1/triggers`: operation `create_trigger_v1_triggers_post` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create(
        &self,
        body: &mistral_types::generated::triggers::CreateTrigger,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::triggers::Trigger>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/triggers");
        let call = crate::pipeline::Call::bare("create_trigger_v1_triggers_post", http::Method::POST, path)
            .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Get Trigger
    ///
    /// `GET /v1/triggers/{trigger_id}`: operation `get_trigger_v1_triggers__trigger_id__get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        trigger_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::triggers::Trigger>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/triggers/{}",
            crate::pipeline::segment("trigger_id", trigger_id)?
        );
        let call = crate::pipeline::Call::bare(
            "get_trigger_v1_triggers__trigger_id__get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }

    /// Delete Trigger
    ///
    /// `DELETE /v1/triggers/{trigger_id}`: operation `delete_trigger_v1_triggers__trigger_id__delete` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete(&self, trigger_id: &str) -> crate::error::Result<crate::meta::WithMeta<()>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/triggers/{}",
            crate::pipeline::segment("trigger_id", trigger_id)?
        );
        let call = crate::pipeline::Call::bare(
            "delete_trigger_v1_triggers__trigger_id__delete",
            http::Method::DELETE,
            path,
        );
        self.core.no_content(call).await
    }

    /// List Trigger Events
    ///
    /// `GET /v1/triggers/{trigger_id}/events`: operation `list_trigger_events_v1_triggers__trigger_id__events_get` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_events(
        &self,
        trigger_id: &str,
        query: &mistral_types::generated::triggers::TriggersListEventsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::triggers::TriggerEventList>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v1/triggers/{}/events",
                crate::pipeline::segment("trigger_id", trigger_id)?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare(
            "list_trigger_events_v1_triggers__trigger_id__events_get",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
