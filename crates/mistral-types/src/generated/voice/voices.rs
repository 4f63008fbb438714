// generated from the spec by `cargo xtask codegen`: do not edit

crate::macros::string_enum! {
    /// The `AudioV2VoicesListType` object.
    ///
    /// Generated from schema `AudioV2VoicesListType` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum AudioV2VoicesListType {
        /// `all`
        All = "all",
        /// `custom`
        Custom = "custom",
        /// `preset`
        Preset = "preset",
    }
}

impl Default for AudioV2VoicesListType {
    fn default() -> Self {
        AudioV2VoicesListType::Other(String::new())
    }
}

impl crate::generated::QueryValue for AudioV2VoicesListType {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// The `VoiceGender` object.
    ///
    /// Generated from schema `VoiceGender` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum VoiceGender {
        /// `female`
        Female = "female",
        /// `male`
        Male = "male",
        /// `neutral`
        Neutral = "neutral",
    }
}

impl Default for VoiceGender {
    fn default() -> Self {
        VoiceGender::Other(String::new())
    }
}

impl crate::generated::QueryValue for VoiceGender {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// The `VoiceKind` object.
    ///
    /// Generated from schema `VoiceKind` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum VoiceKind {
        /// `ivc`
        Ivc = "ivc",
        /// `pvc`
        Pvc = "pvc",
    }
}

impl Default for VoiceKind {
    fn default() -> Self {
        VoiceKind::Other(String::new())
    }
}

impl crate::generated::QueryValue for VoiceKind {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// VoiceListPage
///
/// Generated from schema `VoiceListPage` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VoiceListPage {
    /// The `data` field.
    #[serde(default)]
    pub data: Vec<super::VoiceResponseNext>,
    /// Cursor for the next page, null on the last page
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Schema for voice response
///
/// Generated from schema `VoiceResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VoiceResponseNext {
    /// The `age` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<i64>,
    /// The `color` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `gender` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `kind` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<super::VoiceKind>,
    /// The `languages` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The API's default: `30`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_notice: Option<i64>,
    /// The `slug` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// The `tags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The `trimmed_seconds` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trimmed_seconds: Option<f64>,
    /// The `type` field.
    #[serde(default)]
    pub r#type: super::VoiceResponseType,
    /// The `user_id` field.
    #[serde(default)]
    pub user_id: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `VoiceResponseType` object.
    ///
    /// Generated from schema `VoiceResponseType` of the supplement (`spec/mistral-openapi-supplement.json`).
    pub enum VoiceResponseType {
        /// `preset`
        Preset = "preset",
        /// `custom`
        Custom = "custom",
    }
}

impl Default for VoiceResponseType {
    fn default() -> Self {
        VoiceResponseType::Other(String::new())
    }
}

/// The query parameters of `client.voice().voices().search`: `GET /v2/audio/voices` (`audio_v2_voices_list`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`VoiceVoicesSearchQuery`], from [`VoiceVoicesSearchQuery::builder`]."
    )
)]
pub struct VoiceVoicesSearchQuery {
    /// Maximum number of voices to return
    #[builder(via_mutators, mutators(
        /// Sets `page_size`.
        pub fn page_size(&mut self, v: impl Into<i64>) {
            self.page_size = Some(v.into());
        }
        /// Sets `page_size` from an `Option` (`None` leaves it unset).
        pub fn maybe_page_size(&mut self, v: Option<impl Into<i64>>) {
            self.page_size = v.map(Into::into);
        }
    ))]
    pub page_size: Option<i64>,
    /// Cursor returned as next\_page\_token by the previous page
    #[builder(via_mutators, mutators(
        /// Sets `page_token`.
        pub fn page_token(&mut self, v: impl Into<String>) {
            self.page_token = Some(v.into());
        }
        /// Sets `page_token` from an `Option` (`None` leaves it unset).
        pub fn maybe_page_token(&mut self, v: Option<impl Into<String>>) {
            self.page_token = v.map(Into::into);
        }
    ))]
    pub page_token: Option<String>,
    /// Filter the voices between customs and presets
    #[builder(via_mutators, mutators(
        /// Sets `type`.
        pub fn r#type(&mut self, v: impl Into<super::AudioV2VoicesListType>) {
            self.r#type = Some(v.into());
        }
        /// Sets `type` from an `Option` (`None` leaves it unset).
        pub fn maybe_type(&mut self, v: Option<impl Into<super::AudioV2VoicesListType>>) {
            self.r#type = v.map(Into::into);
        }
    ))]
    pub r#type: Option<super::AudioV2VoicesListType>,
    /// Keep voices matching any of these genders
    #[builder(via_mutators, mutators(
        /// Sets `gender`.
        pub fn gender(&mut self, v: impl Into<Vec<super::VoiceGender>>) {
            self.gender = Some(v.into());
        }
        /// Sets `gender` from an `Option` (`None` leaves it unset).
        pub fn maybe_gender(&mut self, v: Option<impl Into<Vec<super::VoiceGender>>>) {
            self.gender = v.map(Into::into);
        }
    ))]
    pub gender: Option<Vec<super::VoiceGender>>,
    /// Keep voices supporting any of these languages
    #[builder(via_mutators, mutators(
        /// Sets `language`.
        pub fn language(&mut self, v: impl Into<Vec<String>>) {
            self.language = Some(v.into());
        }
        /// Sets `language` from an `Option` (`None` leaves it unset).
        pub fn maybe_language(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.language = v.map(Into::into);
        }
    ))]
    pub language: Option<Vec<String>>,
    /// Case-insensitive match on voice name
    #[builder(via_mutators, mutators(
        /// Sets `query`.
        pub fn query(&mut self, v: impl Into<String>) {
            self.query = Some(v.into());
        }
        /// Sets `query` from an `Option` (`None` leaves it unset).
        pub fn maybe_query(&mut self, v: Option<impl Into<String>>) {
            self.query = v.map(Into::into);
        }
    ))]
    pub query: Option<String>,
    /// Keep voices cloned with this technology
    #[builder(via_mutators, mutators(
        /// Sets `kind`.
        pub fn kind(&mut self, v: impl Into<super::VoiceKind>) {
            self.kind = Some(v.into());
        }
        /// Sets `kind` from an `Option` (`None` leaves it unset).
        pub fn maybe_kind(&mut self, v: Option<impl Into<super::VoiceKind>>) {
            self.kind = v.map(Into::into);
        }
    ))]
    pub kind: Option<super::VoiceKind>,
}

impl VoiceVoicesSearchQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.page_token, &mut q, "page_token");
        crate::generated::QueryValue::push_to(&self.r#type, &mut q, "type");
        crate::generated::QueryValue::push_to(&self.gender, &mut q, "gender");
        crate::generated::QueryValue::push_to(&self.language, &mut q, "language");
        crate::generated::QueryValue::push_to(&self.query, &mut q, "query");
        crate::generated::QueryValue::push_to(&self.kind, &mut q, "kind");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        c.finish()
    }
}
