// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.admin.api-keys` tag: `client.admin().api_keys()`.
    AdminApiKeys
}

crate::pipeline::per_call_setters!(AdminApiKeys => core.opts);

impl<'a> super::AdminApiKeys<'a> {
    /// Get Api Keys
    ///
    /// List API keys for the Organization.
    ///
    /// `GET /v1/admin/api-keys`: operation `users_api_admin_api_keys_get_api_keys` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_api_keys(
        &self,
        query: &mistral_types::generated::admin::AdminApiKeysGetApiKeysQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::ApiKeysExtendedOut>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/admin/api-keys"), &query.to_query());
        let call =
            crate::pipeline::Call::bare("users_api_admin_api_keys_get_api_keys", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`get_api_keys`](Self::get_api_keys), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, from the query's offset (0 when unset), moving by as many items as each page held; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn get_api_keys_all(
        &self,
        query: &mistral_types::generated::admin::AdminApiKeysGetApiKeysQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::admin::ApiKeyExtendedOut>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v1/admin/api-keys");
        let start = query.offset.and_then(|n| u32::try_from(n).ok());
        Ok(crate::paginate::offset_numbered(
            &self.core,
            "users_api_admin_api_keys_get_api_keys",
            start,
            move |n| {
                let mut q = query.clone();
                q.offset = Some(i64::from(n));
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::admin::ApiKeysExtendedOut>| {
                (list.0.keys, None)
            },
        ))
    }

    /// Create Api Key
    ///
    /// Create a Workspace API key.
    ///
    /// `POST /v1/admin/api-keys`: operation `users_api_admin_api_keys_create_api_key` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_api_key(
        &self,
        body: &mistral_types::generated::admin::AdminCreateApiKeyIn,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::ApiKeyOut>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v1/admin/api-keys");
        let call = crate::pipeline::Call::bare(
            "users_api_admin_api_keys_create_api_key",
            http::Method::POST,
            path,
        )
        .with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// Delete Api Key
    ///
    /// Delete an API key.
    ///
    /// `DELETE /v1/admin/api-keys/{key_id}`: operation `users_api_admin_api_keys_delete_api_key` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete_api_key(
        &self,
        key_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::admin::DeleteApiKeyOut>> {
        self.core.check_headers()?;
        let path = format!(
            "/v1/admin/api-keys/{}",
            crate::pipeline::segment("key_id", key_id)?
        );
        let call = crate::pipeline::Call::bare(
            "users_api_admin_api_keys_delete_api_key",
            http::Method::DELETE,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
