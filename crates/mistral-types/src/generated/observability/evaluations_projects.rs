// generated from the spec by `cargo xtask codegen`: do not edit

/// PaginatedResultProject
///
/// Generated from schema `PaginatedResultProject` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaginatedResultProject {
    /// The `count` field.
    #[serde(default)]
    pub count: i64,
    /// The `next` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<super::Project>>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Project
///
/// Generated from schema `Project` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Project {
    /// The `created_at` field.
    #[serde(default)]
    pub created_at: String,
    /// The `creator_id` field.
    #[serde(default)]
    pub creator_id: String,
    /// The `deleted_at` field.
    #[serde(default)]
    pub deleted_at: Option<String>,
    /// The `description` field.
    #[serde(default)]
    pub description: Option<String>,
    /// The `evaluations` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluations: Option<Vec<super::ProjectEvaluationSummary>>,
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_favorite: Option<bool>,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `slug` field.
    #[serde(default)]
    pub slug: String,
    /// The `updated_at` field.
    #[serde(default)]
    pub updated_at: String,
    /// The `workspace_id` field.
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A lightweight evaluation reference embedded in the projects listing, so the client can render a
/// project's evaluations without firing one request per project.
///
/// Generated from schema `ProjectEvaluationSummary` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProjectEvaluationSummary {
    /// The `id` field.
    #[serde(default)]
    pub id: String,
    /// The `name` field.
    #[serde(default)]
    pub name: String,
    /// The `slug` field.
    #[serde(default)]
    pub slug: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Projects
///
/// Generated from schema `Projects` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Projects {
    /// The `projects` field.
    #[serde(default)]
    pub projects: super::PaginatedResultProject,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The query parameters of `client.observability().evaluations().projects().list`: `GET /v1/observability/projects` (`get_projects_v1_observability_projects_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`ObservabilityEvaluationsProjectsListQuery`], from [`ObservabilityEvaluationsProjectsListQuery::builder`]."
    )
)]
pub struct ObservabilityEvaluationsProjectsListQuery {
    /// Case-insensitive filter on project name/slug.
    #[builder(via_mutators, mutators(
        /// Sets `q`.
        pub fn q(&mut self, v: impl Into<String>) {
            self.q = Some(v.into());
        }
        /// Sets `q` from an `Option` (`None` leaves it unset).
        pub fn maybe_q(&mut self, v: Option<impl Into<String>>) {
            self.q = v.map(Into::into);
        }
    ))]
    pub q: Option<String>,
    /// The `page_size` field.
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
    /// The `page` field.
    #[builder(via_mutators, mutators(
        /// Sets `page`.
        pub fn page(&mut self, v: impl Into<i64>) {
            self.page = Some(v.into());
        }
        /// Sets `page` from an `Option` (`None` leaves it unset).
        pub fn maybe_page(&mut self, v: Option<impl Into<i64>>) {
            self.page = v.map(Into::into);
        }
    ))]
    pub page: Option<i64>,
}

impl ObservabilityEvaluationsProjectsListQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.q, &mut q, "q");
        crate::generated::QueryValue::push_to(&self.page_size, &mut q, "page_size");
        crate::generated::QueryValue::push_to(&self.page, &mut q, "page");
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
