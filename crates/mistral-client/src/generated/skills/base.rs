// generated from the spec by `cargo xtask codegen`: do not edit

impl<'a> super::Skills<'a> {
    /// ListSkills
    ///
    /// `GET /v2/skills`: operation `skills_list` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list(
        &self,
        query: &mistral_types::generated::skills::SkillsListQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::skills::ListSkillsResponse>>
    {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v2/skills"), &query.to_query());
        let call = crate::pipeline::Call::bare("skills_list", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`list`](Self::list), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's cursor (the first page when unset), each next cursor read from the page before; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn list_all(
        &self,
        query: &mistral_types::generated::skills::SkillsListQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::skills::Skill>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v2/skills");
        let start = query.page_token.clone();
        let adapter = crate::paginate::Cursors::new(
            "skills_list",
            start,
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.page_token = cursor.map(str::to_owned);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::skills::ListSkillsResponse>| {
                let next = list.0.next_page_token.clone();
                (list.0.data.unwrap_or_default(), next, None)
            },
        );
        Ok(crate::Paginator::new(&self.core, adapter))
    }

    /// CreateSkill
    ///
    /// `POST /v2/skills`: operation `skills_create` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create(
        &self,
        body: &mistral_types::generated::skills::CreateSkillRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::skills::Skill>> {
        let body = self.core.encode(body)?;
        let path = String::from("/v2/skills");
        let call = crate::pipeline::Call::bare("skills_create", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// GetSkill
    ///
    /// `GET /v2/skills/{skill_id}`: operation `skills_get` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get(
        &self,
        skill_id: &str,
        query: &mistral_types::generated::skills::SkillsGetQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::skills::Skill>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!("/v2/skills/{}", crate::pipeline::segment("skill_id", skill_id)?),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("skills_get", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// UpdateSkill
    ///
    /// `PATCH /v2/skills/{skill_id}`: operation `skills_update` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update(
        &self,
        skill_id: &str,
        body: &mistral_types::generated::skills::SkillsUpdateRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::skills::Skill>> {
        let body = self.core.encode(body)?;
        let path = format!("/v2/skills/{}", crate::pipeline::segment("skill_id", skill_id)?);
        let call = crate::pipeline::Call::bare("skills_update", http::Method::PATCH, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// DeleteSkill
    ///
    /// `DELETE /v2/skills/{skill_id}`: operation `skills_delete` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn delete(
        &self,
        skill_id: &str,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::skills::DeleteSkillResponse>>
    {
        self.core.check_headers()?;
        let path = format!("/v2/skills/{}", crate::pipeline::segment("skill_id", skill_id)?);
        let call = crate::pipeline::Call::bare("skills_delete", http::Method::DELETE, path);
        crate::generated::json(&self.core, call).await
    }

    /// ListSkillVersions
    ///
    /// `GET /v2/skills/{skill_id}/versions`: operation `skills_list_versions` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn list_versions(
        &self,
        skill_id: &str,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::skills::ListSkillVersionsResponse>,
    > {
        self.core.check_headers()?;
        let path = format!(
            "/v2/skills/{}/versions",
            crate::pipeline::segment("skill_id", skill_id)?
        );
        let call = crate::pipeline::Call::bare("skills_list_versions", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// CreateSkillVersion
    ///
    /// `POST /v2/skills/{skill_id}/versions`: operation `skills_create_version` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn create_version(
        &self,
        skill_id: &str,
        body: &mistral_types::generated::skills::SkillsCreateVersionRequest,
    ) -> crate::error::Result<
        crate::meta::WithMeta<mistral_types::generated::skills::CreateSkillVersionResponse>,
    > {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v2/skills/{}/versions",
            crate::pipeline::segment("skill_id", skill_id)?
        );
        let call =
            crate::pipeline::Call::bare("skills_create_version", http::Method::POST, path).with_body(body);
        crate::generated::json(&self.core, call).await
    }

    /// GetSkillVersion
    ///
    /// `GET /v2/skills/{skill_id}/versions/{version}`: operation `skills_get_version` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_version(
        &self,
        skill_id: &str,
        version: i64,
        query: &mistral_types::generated::skills::SkillsGetVersionQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::skills::Skill>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(
            format!(
                "/v2/skills/{}/versions/{}",
                crate::pipeline::segment("skill_id", skill_id)?,
                crate::pipeline::segment("version", &version.to_string())?
            ),
            &query.to_query(),
        );
        let call = crate::pipeline::Call::bare("skills_get_version", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// UpdateSkillVersionMetadata
    ///
    /// `PATCH /v2/skills/{skill_id}/versions/{version}`: operation `skills_update_version_metadata` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn update_version_metadata(
        &self,
        skill_id: &str,
        version: i64,
        body: &mistral_types::generated::skills::SkillsUpdateVersionMetadataRequest,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::skills::Skill>> {
        let body = self.core.encode(body)?;
        let path = format!(
            "/v2/skills/{}/versions/{}",
            crate::pipeline::segment("skill_id", skill_id)?,
            crate::pipeline::segment("version", &version.to_string())?
        );
        let call = crate::pipeline::Call::bare("skills_update_version_metadata", http::Method::PATCH, path)
            .with_body(body);
        crate::generated::json(&self.core, call).await
    }
}
