// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `voice.voices` tag: `client.voice().voices()`.
    VoiceVoices
}

crate::pipeline::per_call_setters!(VoiceVoices => core.opts);

impl<'a> super::VoiceVoices<'a> {
    /// List voices, cursor-paginated
    ///
    /// `GET /v2/audio/voices`: operation `audio_v2_voices_list` of the supplement (`spec/mistral-openapi-supplement.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn search(
        &self,
        query: &mistral_types::generated::voice::VoiceVoicesSearchQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<mistral_types::generated::voice::VoiceListPage>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v2/audio/voices"), &query.to_query());
        let call = crate::pipeline::Call::bare("audio_v2_voices_list", http::Method::GET, path);
        crate::generated::json(&self.core, call).await
    }

    /// Every item of [`search`](Self::search), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, page after page from the query's cursor (the first page when unset), each next cursor read from the page before; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.
    ///
    /// # Errors
    /// An invalid query (or per-call header), before anything is sent.
    pub fn search_all(
        &self,
        query: &mistral_types::generated::voice::VoiceVoicesSearchQuery,
    ) -> crate::error::Result<crate::Paginator<mistral_types::generated::voice::VoiceResponseNext>> {
        self.core.check_headers()?;
        query.validate()?;
        let query = query.clone();
        let path = String::from("/v2/audio/voices");
        let start = query.page_token.clone();
        let adapter = crate::paginate::Cursors::new(
            "audio_v2_voices_list",
            start,
            move |cursor: Option<&str>| {
                let mut q = query.clone();
                q.page_token = cursor.map(str::to_owned);
                crate::generated::with_query(path.clone(), &q.to_query())
            },
            |list: crate::generated::Json<mistral_types::generated::voice::VoiceListPage>| {
                let next = list.0.next_page_token.clone();
                (list.0.data, next, None)
            },
        );
        Ok(crate::Paginator::new(&self.core, adapter))
    }
}
