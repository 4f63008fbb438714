// generated from the spec by `cargo xtask codegen`: do not edit

/// CreateDeploymentRequest
///
/// Generated from schema `CreateDeploymentRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`CreateDeploymentRequest`], from [`CreateDeploymentRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct CreateDeploymentRequest {
    /// Hardened
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `hardened`.
        pub fn hardened(&mut self, v: impl Into<bool>) {
            self.hardened = Some(v.into());
        }
        /// Sets `hardened` from an `Option` (`None` leaves it unset).
        pub fn maybe_hardened(&mut self, v: Option<impl Into<bool>>) {
            self.hardened = v.map(Into::into);
        }
    ))]
    pub hardened: Option<bool>,
    /// Name
    #[builder(setter(into))]
    pub name: String,
    /// The `resources` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `resources`.
        pub fn resources(&mut self, v: impl Into<super::DeploymentResourceConfig>) {
            self.resources = Some(v.into());
        }
        /// Sets `resources` from an `Option` (`None` leaves it unset).
        pub fn maybe_resources(&mut self, v: Option<impl Into<super::DeploymentResourceConfig>>) {
            self.resources = v.map(Into::into);
        }
    ))]
    pub resources: Option<super::DeploymentResourceConfig>,
    /// The `spec` field.
    #[builder(setter(into))]
    pub spec: super::DeploymentWorkerSpecInput,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl CreateDeploymentRequest {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if let Some(v) = &self.resources {
            v.check_into(c, &format!("{at}resources."));
        }
        {
            let v = &self.spec;
            v.check_into(c, &format!("{at}spec."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["hardened", "name", "resources", "spec"]);
        }
    }
}

impl crate::ApiRequest for CreateDeploymentRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The archive a managed deployment builds from, with a signed URL to download it.
///
/// Generated from schema `DeploymentArchiveResponse` of the supplement (`spec/mistral-openapi-supplement.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentArchiveResponse {
    /// Mistral Cloud archive the worker builds from
    #[serde(default)]
    pub archive_id: String,
    /// A signed URL to download the archive, which expires within 24 hours. Null once Mistral Cloud has deleted the archive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download_url: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DeploymentBuildState
///
/// Generated from schema `DeploymentBuildState` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentBuildState {
    /// Commit Sha
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_sha: Option<String>,
    /// Finished At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<String>,
    /// Image
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Phase
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<String>,
    /// Started At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DeploymentDetailResponse
///
/// Generated from schema `DeploymentDetailResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentDetailResponse {
    /// Number of workers currently live within the liveness cutoff
    ///
    /// The API's default: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_worker_count: Option<i64>,
    /// When the deployment was first registered
    #[serde(default)]
    pub created_at: String,
    /// Unique identifier of the deployment
    #[serde(default)]
    pub id: String,
    /// Whether at least one worker is currently live
    #[serde(default)]
    pub is_active: bool,
    /// Whether the deployment has at least one authorized credential
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_hardened: Option<bool>,
    /// When the deployment last saw a worker registration
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_heartbeat: Option<String>,
    /// Where the deployment is running
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<super::DeploymentLocation>,
    /// Distinct location types reported by the deployment's workers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<super::LocationType>>,
    /// Live managed service state for managed deployments; null for self-hosted deployments or when managed services are unavailable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<super::ManagedDeploymentResponse>,
    /// Deployment name
    #[serde(default)]
    pub name: String,
    /// User id that owns the deployment, or null when it is administrator-managed
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// When the deployment was last updated
    #[serde(default)]
    pub updated_at: String,
    /// Number of workers registered to the deployment
    ///
    /// The API's default: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worker_count: Option<i64>,
    /// Workers registered for the deployment
    #[serde(default)]
    pub workers: Vec<super::DeploymentWorkerResponse>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DeploymentListResponse
///
/// Generated from schema `DeploymentListResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentListResponse {
    /// List of deployments
    #[serde(default)]
    pub deployments: Vec<super::DeploymentResponse>,
    /// Cursor for the next page of results
    #[serde(default)]
    pub next_cursor: Option<String>,
    /// Workspace ID the results are scoped to
    #[serde(default)]
    pub workspace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DeploymentLocation
///
/// Generated from schema `DeploymentLocation` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentLocation {
    /// K8s cluster name, if applicable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub k8s_cluster: Option<String>,
    /// K8s namespace, if applicable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub k8s_namespace: Option<String>,
    /// Where the deployment runs: 'local', 'k8s', or 'managed'
    #[serde(default)]
    pub location_type: super::LocationType,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DeploymentLogRecord
///
/// Generated from schema `DeploymentLogRecord` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentLogRecord {
    /// Body
    #[serde(default)]
    pub body: String,
    /// Log Attributes
    #[serde(default)]
    pub log_attributes: std::collections::BTreeMap<String, String>,
    /// Severity Text
    #[serde(default)]
    pub severity_text: String,
    /// Span Id
    #[serde(default)]
    pub span_id: String,
    /// Timestamp
    #[serde(default)]
    pub timestamp: String,
    /// Trace Id
    #[serde(default)]
    pub trace_id: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DeploymentLogSearchResponse
///
/// Generated from schema `DeploymentLogSearchResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentLogSearchResponse {
    /// Next Cursor
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// Results
    #[serde(default)]
    pub results: Vec<super::DeploymentLogRecord>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// `runtime` is what the workers themselves emit. `build` only exists for managed deployments: it is the image build pipeline's output, which no worker reports.
    ///
    /// Generated from schema `DeploymentLogType` of the published spec (`spec/mistral-openapi.json`).
    pub enum DeploymentLogType {
        /// `build`
        Build = "build",
        /// `runtime`
        Runtime = "runtime",
    }
}

impl Default for DeploymentLogType {
    fn default() -> Self {
        DeploymentLogType::Other(String::new())
    }
}

impl crate::generated::QueryValue for DeploymentLogType {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// The `DeploymentMistralCloudBackendSpec` object.
///
/// Generated from schema `DeploymentMistralCloudBackendSpec` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`DeploymentMistralCloudBackendSpec`], from [`DeploymentMistralCloudBackendSpec::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct DeploymentMistralCloudBackendSpec {
    /// Docker build context, as a path in the repo. Defaults to the repo root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `build_directory`.
        pub fn build_directory(&mut self, v: impl Into<String>) {
            self.build_directory = Some(v.into());
        }
        /// Sets `build_directory` from an `Option` (`None` leaves it unset).
        pub fn maybe_build_directory(&mut self, v: Option<impl Into<String>>) {
            self.build_directory = v.map(Into::into);
        }
    ))]
    pub build_directory: Option<String>,
    /// Path to the Dockerfile, relative to 'build\_directory'. Defaults to 'Dockerfile'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `dockerfile_path`.
        pub fn dockerfile_path(&mut self, v: impl Into<String>) {
            self.dockerfile_path = Some(v.into());
        }
        /// Sets `dockerfile_path` from an `Option` (`None` leaves it unset).
        pub fn maybe_dockerfile_path(&mut self, v: Option<impl Into<String>>) {
            self.dockerfile_path = v.map(Into::into);
        }
    ))]
    pub dockerfile_path: Option<String>,
    /// Secrets to bind to the worker, as 'secret:workspace:&lt;NAME&gt;' references. Each is available during build and run: as a Dockerfile build arg (declare a matching 'ARG') and as an env var. On update, the field carries the complete set: send the full list to rebind, an empty list to unbind all, omit it to leave the bindings unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `secrets`.
        pub fn secrets(&mut self, v: impl Into<Vec<super::DeploymentSecretBinding>>) {
            self.secrets = Some(v.into());
        }
        /// Sets `secrets` from an `Option` (`None` leaves it unset).
        pub fn maybe_secrets(&mut self, v: Option<impl Into<Vec<super::DeploymentSecretBinding>>>) {
            self.secrets = v.map(Into::into);
        }
    ))]
    pub secrets: Option<Vec<super::DeploymentSecretBinding>>,
    /// The API's default: `"mistral_cloud"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `type`.
        pub fn r#type(&mut self, v: impl Into<super::DeploymentMistralCloudBackendSpecType>) {
            self.r#type = Some(v.into());
        }
        /// Sets `type` from an `Option` (`None` leaves it unset).
        pub fn maybe_type(&mut self, v: Option<impl Into<super::DeploymentMistralCloudBackendSpecType>>) {
            self.r#type = v.map(Into::into);
        }
    ))]
    pub r#type: Option<super::DeploymentMistralCloudBackendSpecType>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl DeploymentMistralCloudBackendSpec {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if let Some(v) = &self.secrets {
            for (i, x) in v.iter().enumerate() {
                x.check_into(c, &format!("{at}secrets[{i}]."));
            }
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &["build_directory", "dockerfile_path", "secrets", "type"],
            );
        }
    }
}

impl crate::ApiRequest for DeploymentMistralCloudBackendSpec {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// The `DeploymentMistralCloudBackendSpecType` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum DeploymentMistralCloudBackendSpecType {
        /// `mistral_cloud`
        MistralCloud = "mistral_cloud",
        /// `koyeb`
        Koyeb = "koyeb",
    }
}

impl Default for DeploymentMistralCloudBackendSpecType {
    fn default() -> Self {
        DeploymentMistralCloudBackendSpecType::Other(String::new())
    }
}

/// DeploymentObservedState
///
/// Generated from schema `DeploymentObservedState` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentObservedState {
    /// Available Replicas
    ///
    /// The API's default: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_replicas: Option<i64>,
    /// The `build_state` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub build_state: Option<super::DeploymentBuildState>,
    /// Deployed Revision
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployed_revision: Option<String>,
    /// Endpoint
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// Generation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generation: Option<i64>,
    /// Last Seen
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    /// Message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Phase
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<String>,
    /// Ready Replicas
    ///
    /// The API's default: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready_replicas: Option<i64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DeploymentResourceConfig
///
/// Generated from schema `DeploymentResourceConfig` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`DeploymentResourceConfig`], from [`DeploymentResourceConfig::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct DeploymentResourceConfig {
    /// Cpu Limit
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `cpu_limit`.
        pub fn cpu_limit(&mut self, v: impl Into<String>) {
            self.cpu_limit = Some(v.into());
        }
        /// Sets `cpu_limit` from an `Option` (`None` leaves it unset).
        pub fn maybe_cpu_limit(&mut self, v: Option<impl Into<String>>) {
            self.cpu_limit = v.map(Into::into);
        }
    ))]
    pub cpu_limit: Option<String>,
    /// Cpu Request
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `cpu_request`.
        pub fn cpu_request(&mut self, v: impl Into<String>) {
            self.cpu_request = Some(v.into());
        }
        /// Sets `cpu_request` from an `Option` (`None` leaves it unset).
        pub fn maybe_cpu_request(&mut self, v: Option<impl Into<String>>) {
            self.cpu_request = v.map(Into::into);
        }
    ))]
    pub cpu_request: Option<String>,
    /// Memory Limit
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `memory_limit`.
        pub fn memory_limit(&mut self, v: impl Into<String>) {
            self.memory_limit = Some(v.into());
        }
        /// Sets `memory_limit` from an `Option` (`None` leaves it unset).
        pub fn maybe_memory_limit(&mut self, v: Option<impl Into<String>>) {
            self.memory_limit = v.map(Into::into);
        }
    ))]
    pub memory_limit: Option<String>,
    /// Memory Request
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `memory_request`.
        pub fn memory_request(&mut self, v: impl Into<String>) {
            self.memory_request = Some(v.into());
        }
        /// Sets `memory_request` from an `Option` (`None` leaves it unset).
        pub fn maybe_memory_request(&mut self, v: Option<impl Into<String>>) {
            self.memory_request = v.map(Into::into);
        }
    ))]
    pub memory_request: Option<String>,
    /// Replicas
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `replicas`.
        pub fn replicas(&mut self, v: impl Into<i64>) {
            self.replicas = Some(v.into());
        }
        /// Sets `replicas` from an `Option` (`None` leaves it unset).
        pub fn maybe_replicas(&mut self, v: Option<impl Into<i64>>) {
            self.replicas = v.map(Into::into);
        }
    ))]
    pub replicas: Option<i64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl DeploymentResourceConfig {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "cpu_limit",
                    "cpu_request",
                    "memory_limit",
                    "memory_request",
                    "replicas",
                ],
            );
        }
    }
}

impl crate::ApiRequest for DeploymentResourceConfig {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// DeploymentResourceConfigUpdate
///
/// Generated from schema `DeploymentResourceConfigUpdate` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`DeploymentResourceConfigUpdate`], from [`DeploymentResourceConfigUpdate::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct DeploymentResourceConfigUpdate {
    /// Cpu Limit
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `cpu_limit`.
        pub fn cpu_limit(&mut self, v: impl Into<String>) {
            self.cpu_limit = Some(v.into());
        }
        /// Sets `cpu_limit` from an `Option` (`None` leaves it unset).
        pub fn maybe_cpu_limit(&mut self, v: Option<impl Into<String>>) {
            self.cpu_limit = v.map(Into::into);
        }
    ))]
    pub cpu_limit: Option<String>,
    /// Cpu Request
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `cpu_request`.
        pub fn cpu_request(&mut self, v: impl Into<String>) {
            self.cpu_request = Some(v.into());
        }
        /// Sets `cpu_request` from an `Option` (`None` leaves it unset).
        pub fn maybe_cpu_request(&mut self, v: Option<impl Into<String>>) {
            self.cpu_request = v.map(Into::into);
        }
    ))]
    pub cpu_request: Option<String>,
    /// Memory Limit
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `memory_limit`.
        pub fn memory_limit(&mut self, v: impl Into<String>) {
            self.memory_limit = Some(v.into());
        }
        /// Sets `memory_limit` from an `Option` (`None` leaves it unset).
        pub fn maybe_memory_limit(&mut self, v: Option<impl Into<String>>) {
            self.memory_limit = v.map(Into::into);
        }
    ))]
    pub memory_limit: Option<String>,
    /// Memory Request
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `memory_request`.
        pub fn memory_request(&mut self, v: impl Into<String>) {
            self.memory_request = Some(v.into());
        }
        /// Sets `memory_request` from an `Option` (`None` leaves it unset).
        pub fn maybe_memory_request(&mut self, v: Option<impl Into<String>>) {
            self.memory_request = v.map(Into::into);
        }
    ))]
    pub memory_request: Option<String>,
    /// Replicas
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `replicas`.
        pub fn replicas(&mut self, v: impl Into<i64>) {
            self.replicas = Some(v.into());
        }
        /// Sets `replicas` from an `Option` (`None` leaves it unset).
        pub fn maybe_replicas(&mut self, v: Option<impl Into<i64>>) {
            self.replicas = v.map(Into::into);
        }
    ))]
    pub replicas: Option<i64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl DeploymentResourceConfigUpdate {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "cpu_limit",
                    "cpu_request",
                    "memory_limit",
                    "memory_request",
                    "replicas",
                ],
            );
        }
    }
}

impl crate::ApiRequest for DeploymentResourceConfigUpdate {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// DeploymentResponse
///
/// Generated from schema `DeploymentResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentResponse {
    /// Number of workers currently live within the liveness cutoff
    ///
    /// The API's default: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_worker_count: Option<i64>,
    /// When the deployment was first registered
    #[serde(default)]
    pub created_at: String,
    /// Unique identifier of the deployment
    #[serde(default)]
    pub id: String,
    /// Whether at least one worker is currently live
    #[serde(default)]
    pub is_active: bool,
    /// Whether the deployment has at least one authorized credential
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_hardened: Option<bool>,
    /// Where the deployment is running
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<super::DeploymentLocation>,
    /// Distinct location types reported by the deployment's workers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<super::LocationType>>,
    /// Live managed service state for managed deployments; null for self-hosted deployments or when managed services are unavailable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<super::ManagedDeploymentResponse>,
    /// Deployment name
    #[serde(default)]
    pub name: String,
    /// When the deployment was last updated
    #[serde(default)]
    pub updated_at: String,
    /// Number of workers registered to the deployment
    ///
    /// The API's default: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worker_count: Option<i64>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The `DeploymentSecretBinding` object.
///
/// Generated from schema `DeploymentSecretBinding` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`DeploymentSecretBinding`], from [`DeploymentSecretBinding::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct DeploymentSecretBinding {
    /// Environment variable the worker process reads; the secret's name lives in 'reference'.
    #[builder(setter(into))]
    pub env_var_name: String,
    /// Secret reference as 'secret:workspace:&lt;NAME&gt;'. Resolved at boot by the runtime-init container; the value never reaches the control plane.
    #[builder(setter(into))]
    pub reference: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl DeploymentSecretBinding {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if at.is_empty() {
            c.extra(&self.extra, &["env_var_name", "reference"]);
        }
    }
}

impl crate::ApiRequest for DeploymentSecretBinding {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// DeploymentWorkerListResponse
///
/// Generated from schema `DeploymentWorkerListResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentWorkerListResponse {
    /// Cursor for the next page of results
    #[serde(default)]
    pub next_cursor: Option<String>,
    /// Workers registered for the deployment
    #[serde(default)]
    pub workers: Vec<super::DeploymentWorkerResponse>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DeploymentWorkerResponse
///
/// Generated from schema `DeploymentWorkerResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentWorkerResponse {
    /// When the worker first registered
    #[serde(default)]
    pub created_at: String,
    /// Whether this worker's liveness key is currently alive
    #[serde(default)]
    pub is_active: bool,
    /// Where the worker is running; null if the worker did not report a location
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<super::DeploymentLocation>,
    /// Worker name
    #[serde(default)]
    pub name: String,
    /// When the worker last registered
    #[serde(default)]
    pub updated_at: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// DeploymentWorkerSpecInput
///
/// Generated from schema `DeploymentWorkerSpecInput` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`DeploymentWorkerSpecInput`], from [`DeploymentWorkerSpecInput::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct DeploymentWorkerSpecInput {
    /// Mistral Cloud archive to build the worker from instead of a repository. The archive is the whole build context: 'dockerfile\_path' is relative to its root, and 'build\_directory' must be unset.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `archive_id`.
        pub fn archive_id(&mut self, v: impl Into<String>) {
            self.archive_id = Some(v.into());
        }
        /// Sets `archive_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_archive_id(&mut self, v: Option<impl Into<String>>) {
            self.archive_id = v.map(Into::into);
        }
    ))]
    pub archive_id: Option<String>,
    /// Backend-specific configuration for the Mistral Cloud backend.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `backend_spec`.
        pub fn backend_spec(&mut self, v: impl Into<super::DeploymentMistralCloudBackendSpec>) {
            self.backend_spec = Some(v.into());
        }
        /// Sets `backend_spec` from an `Option` (`None` leaves it unset).
        pub fn maybe_backend_spec(&mut self, v: Option<impl Into<super::DeploymentMistralCloudBackendSpec>>) {
            self.backend_spec = v.map(Into::into);
        }
    ))]
    pub backend_spec: Option<super::DeploymentMistralCloudBackendSpec>,
    /// Entrypoint
    ///
    /// The API's default: `"worker:main"`.
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `entrypoint`.
        pub fn entrypoint(&mut self, v: impl Into<String>) {
            self.entrypoint = Some(v.into());
        }
        /// Sets `entrypoint` from an `Option` (`None` leaves it unset).
        pub fn maybe_entrypoint(&mut self, v: Option<impl Into<String>>) {
            self.entrypoint = v.map(Into::into);
        }
    ))]
    pub entrypoint: Option<String>,
    /// GitHub repository to build the worker from. Set this or 'archive\_id', not both.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `github_url`.
        pub fn github_url(&mut self, v: impl Into<String>) {
            self.github_url = Some(v.into());
        }
        /// Sets `github_url` from an `Option` (`None` leaves it unset).
        pub fn maybe_github_url(&mut self, v: Option<impl Into<String>>) {
            self.github_url = v.map(Into::into);
        }
    ))]
    pub github_url: Option<String>,
    /// Workspace roles, by name, that the deployment's service account holds beyond `workflow_executor`. Granted only if the deploying user holds them.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `requested_roles`.
        pub fn requested_roles(&mut self, v: impl Into<Vec<String>>) {
            self.requested_roles = Some(v.into());
        }
        /// Sets `requested_roles` from an `Option` (`None` leaves it unset).
        pub fn maybe_requested_roles(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.requested_roles = v.map(Into::into);
        }
    ))]
    pub requested_roles: Option<Vec<String>>,
    /// Revision
    ///
    /// The API's default: `"main"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `revision`.
        pub fn revision(&mut self, v: impl Into<String>) {
            self.revision = Some(v.into());
        }
        /// Sets `revision` from an `Option` (`None` leaves it unset).
        pub fn maybe_revision(&mut self, v: Option<impl Into<String>>) {
            self.revision = v.map(Into::into);
        }
    ))]
    pub revision: Option<String>,
    /// Working Dir
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `working_dir`.
        pub fn working_dir(&mut self, v: impl Into<String>) {
            self.working_dir = Some(v.into());
        }
        /// Sets `working_dir` from an `Option` (`None` leaves it unset).
        pub fn maybe_working_dir(&mut self, v: Option<impl Into<String>>) {
            self.working_dir = v.map(Into::into);
        }
    ))]
    pub working_dir: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl DeploymentWorkerSpecInput {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if let Some(v) = &self.backend_spec {
            v.check_into(c, &format!("{at}backend_spec."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "archive_id",
                    "backend_spec",
                    "entrypoint",
                    "github_url",
                    "requested_roles",
                    "revision",
                    "working_dir",
                ],
            );
        }
    }
}

impl crate::ApiRequest for DeploymentWorkerSpecInput {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// DeploymentWorkerSpecResponse
///
/// Generated from schema `DeploymentWorkerSpecResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeploymentWorkerSpecResponse {
    /// The `commit` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<super::GitCommitMetadata>,
    /// Commit Sha
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_sha: Option<String>,
    /// Entrypoint
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrypoint: Option<String>,
    /// Github Url
    #[serde(default)]
    pub github_url: String,
    /// Restarted At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restarted_at: Option<String>,
    /// Revision
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    /// Type
    ///
    /// The API's default: `"workflows_worker"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Working Dir
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GitCommitAuthor
///
/// Generated from schema `GitCommitAuthor` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GitCommitAuthor {
    /// Html Url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
    /// Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Username
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// GitCommitMetadata
///
/// Generated from schema `GitCommitMetadata` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GitCommitMetadata {
    /// The `author` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<super::GitCommitAuthor>,
    /// Html Url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
    /// Message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Sha
    #[serde(default)]
    pub sha: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// LocationType
    ///
    /// Generated from schema `LocationType` of the published spec (`spec/mistral-openapi.json`).
    pub enum LocationType {
        /// `local`
        Local = "local",
        /// `k8s`
        K8s = "k8s",
        /// `managed`
        Managed = "managed",
    }
}

impl Default for LocationType {
    fn default() -> Self {
        LocationType::Other(String::new())
    }
}

impl crate::generated::QueryValue for LocationType {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// ManagedDeploymentResponse
///
/// Generated from schema `ManagedDeploymentResponse` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ManagedDeploymentResponse {
    /// Created At
    #[serde(default)]
    pub created_at: String,
    /// Created By
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Deployed At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployed_at: Option<String>,
    /// Deployed By
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployed_by: Option<String>,
    /// Is Hardened
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_hardened: Option<bool>,
    /// Name
    #[serde(default)]
    pub name: String,
    /// The `resources` field.
    #[serde(default)]
    pub resources: super::DeploymentResourceConfig,
    /// Rollout Status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollout_status: Option<String>,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_credential_id: Option<String>,
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_principal_type: Option<super::PrincipalType>,
    /// Service Id
    #[serde(default)]
    pub service_id: String,
    /// The `spec` field.
    #[serde(default)]
    pub spec: super::DeploymentWorkerSpecResponse,
    /// The `status` field.
    #[serde(default)]
    pub status: super::DeploymentObservedState,
    /// Stopped
    ///
    /// The API's default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped: Option<bool>,
    /// Updated At
    #[serde(default)]
    pub updated_at: String,
    /// Updated By
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// The `PrincipalType` object.
    ///
    /// Generated from schema `PrincipalType` of the published spec (`spec/mistral-openapi.json`).
    pub enum PrincipalType {
        /// `api_key`
        ApiKey = "api_key",
        /// `service_account`
        ServiceAccount = "service_account",
        /// `user`
        User = "user",
    }
}

impl Default for PrincipalType {
    fn default() -> Self {
        PrincipalType::Other(String::new())
    }
}

/// StreamError
///
/// Generated from schema `StreamError` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StreamError {
    /// Error
    #[serde(default)]
    pub error: String,
    /// Reason
    #[serde(default)]
    pub reason: String,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// UpdateDeploymentRequest
///
/// Generated from schema `UpdateDeploymentRequest` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`UpdateDeploymentRequest`], from [`UpdateDeploymentRequest::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct UpdateDeploymentRequest {
    /// The `resources` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `resources`.
        pub fn resources(&mut self, v: impl Into<super::DeploymentResourceConfigUpdate>) {
            self.resources = Some(v.into());
        }
        /// Sets `resources` from an `Option` (`None` leaves it unset).
        pub fn maybe_resources(&mut self, v: Option<impl Into<super::DeploymentResourceConfigUpdate>>) {
            self.resources = v.map(Into::into);
        }
    ))]
    pub resources: Option<super::DeploymentResourceConfigUpdate>,
    /// The `spec` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `spec`.
        pub fn spec(&mut self, v: impl Into<super::WorkflowsWorkerSpecUpdate>) {
            self.spec = Some(v.into());
        }
        /// Sets `spec` from an `Option` (`None` leaves it unset).
        pub fn maybe_spec(&mut self, v: Option<impl Into<super::WorkflowsWorkerSpecUpdate>>) {
            self.spec = v.map(Into::into);
        }
    ))]
    pub spec: Option<super::WorkflowsWorkerSpecUpdate>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl UpdateDeploymentRequest {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if let Some(v) = &self.resources {
            v.check_into(c, &format!("{at}resources."));
        }
        if let Some(v) = &self.spec {
            v.check_into(c, &format!("{at}spec."));
        }
        if at.is_empty() {
            c.extra(&self.extra, &["resources", "spec"]);
        }
    }
}

impl crate::ApiRequest for UpdateDeploymentRequest {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

crate::macros::string_enum! {
    /// First-page sort order: 'asc' (oldest first) or 'desc'. Ignored when `cursor` is set.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkflowsDeploymentsGetDeploymentLogsOrder {
        /// `asc`
        Asc = "asc",
        /// `desc`
        Desc = "desc",
    }
}

impl Default for WorkflowsDeploymentsGetDeploymentLogsOrder {
    fn default() -> Self {
        WorkflowsDeploymentsGetDeploymentLogsOrder::Other(String::new())
    }
}

impl crate::generated::QueryValue for WorkflowsDeploymentsGetDeploymentLogsOrder {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// The `WorkflowsDeploymentsListDeploymentWorkersWorkerStatus` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkflowsDeploymentsListDeploymentWorkersWorkerStatus {
        /// `active`
        Active = "active",
        /// `inactive`
        Inactive = "inactive",
    }
}

impl Default for WorkflowsDeploymentsListDeploymentWorkersWorkerStatus {
    fn default() -> Self {
        WorkflowsDeploymentsListDeploymentWorkersWorkerStatus::Other(String::new())
    }
}

impl crate::generated::QueryValue for WorkflowsDeploymentsListDeploymentWorkersWorkerStatus {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// Sort direction. Applied to order\_by when set, or within each activity group when omitted.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkflowsDeploymentsListDeploymentsOrder {
        /// `asc`
        Asc = "asc",
        /// `desc`
        Desc = "desc",
    }
}

impl Default for WorkflowsDeploymentsListDeploymentsOrder {
    fn default() -> Self {
        WorkflowsDeploymentsListDeploymentsOrder::Other(String::new())
    }
}

impl crate::generated::QueryValue for WorkflowsDeploymentsListDeploymentsOrder {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// The `WorkflowsDeploymentsListDeploymentsOrderBy` object.
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum WorkflowsDeploymentsListDeploymentsOrderBy {
        /// `updated_at`
        UpdatedAt = "updated_at",
        /// `created_at`
        CreatedAt = "created_at",
    }
}

impl Default for WorkflowsDeploymentsListDeploymentsOrderBy {
    fn default() -> Self {
        WorkflowsDeploymentsListDeploymentsOrderBy::Other(String::new())
    }
}

impl crate::generated::QueryValue for WorkflowsDeploymentsListDeploymentsOrderBy {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// The `WorkflowsDeploymentsStreamDeploymentLogsEventData` object.
///
/// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowsDeploymentsStreamDeploymentLogsEventData {
    /// One of the shapes the spec allows.
    DeploymentLogRecord(super::DeploymentLogRecord),
    /// One of the shapes the spec allows.
    StreamError(super::StreamError),
    /// A shape this version does not know; kept verbatim.
    Other(serde_json::Value),
}

impl Default for WorkflowsDeploymentsStreamDeploymentLogsEventData {
    fn default() -> Self {
        WorkflowsDeploymentsStreamDeploymentLogsEventData::Other(serde_json::Value::Null)
    }
}

/// WorkflowsWorkerSpecUpdate
///
/// Generated from schema `WorkflowsWorkerSpecUpdate` of the published spec (`spec/mistral-openapi.json`).
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, typed_builder::TypedBuilder,
)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsWorkerSpecUpdate`], from [`WorkflowsWorkerSpecUpdate::builder`]: required fields are required at compile time; the optional setters (and their `maybe_` twins) keep the builder's type."
    )
)]
pub struct WorkflowsWorkerSpecUpdate {
    /// Rebuild the worker from this archive, dropping 'github\_url' and 'revision'. Sending 'github\_url' instead moves it back to a repository.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `archive_id`.
        pub fn archive_id(&mut self, v: impl Into<String>) {
            self.archive_id = Some(v.into());
        }
        /// Sets `archive_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_archive_id(&mut self, v: Option<impl Into<String>>) {
            self.archive_id = v.map(Into::into);
        }
    ))]
    pub archive_id: Option<String>,
    /// Backend-specific configuration for the Mistral Cloud backend.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `backend_spec`.
        pub fn backend_spec(&mut self, v: impl Into<super::DeploymentMistralCloudBackendSpec>) {
            self.backend_spec = Some(v.into());
        }
        /// Sets `backend_spec` from an `Option` (`None` leaves it unset).
        pub fn maybe_backend_spec(&mut self, v: Option<impl Into<super::DeploymentMistralCloudBackendSpec>>) {
            self.backend_spec = v.map(Into::into);
        }
    ))]
    pub backend_spec: Option<super::DeploymentMistralCloudBackendSpec>,
    /// Entrypoint
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `entrypoint`.
        pub fn entrypoint(&mut self, v: impl Into<String>) {
            self.entrypoint = Some(v.into());
        }
        /// Sets `entrypoint` from an `Option` (`None` leaves it unset).
        pub fn maybe_entrypoint(&mut self, v: Option<impl Into<String>>) {
            self.entrypoint = v.map(Into::into);
        }
    ))]
    pub entrypoint: Option<String>,
    /// Github Url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `github_url`.
        pub fn github_url(&mut self, v: impl Into<String>) {
            self.github_url = Some(v.into());
        }
        /// Sets `github_url` from an `Option` (`None` leaves it unset).
        pub fn maybe_github_url(&mut self, v: Option<impl Into<String>>) {
            self.github_url = v.map(Into::into);
        }
    ))]
    pub github_url: Option<String>,
    /// The complete workspace-role set after the update, beyond `workflow_executor`. Replaces the current roles; omit it to leave them unchanged, send an empty list to drop all extras. Granted only if the deploying user holds them.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `requested_roles`.
        pub fn requested_roles(&mut self, v: impl Into<Vec<String>>) {
            self.requested_roles = Some(v.into());
        }
        /// Sets `requested_roles` from an `Option` (`None` leaves it unset).
        pub fn maybe_requested_roles(&mut self, v: Option<impl Into<Vec<String>>>) {
            self.requested_roles = v.map(Into::into);
        }
    ))]
    pub requested_roles: Option<Vec<String>>,
    /// Revision
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `revision`.
        pub fn revision(&mut self, v: impl Into<String>) {
            self.revision = Some(v.into());
        }
        /// Sets `revision` from an `Option` (`None` leaves it unset).
        pub fn maybe_revision(&mut self, v: Option<impl Into<String>>) {
            self.revision = v.map(Into::into);
        }
    ))]
    pub revision: Option<String>,
    /// Working Dir
    ///
    /// No longer sent nor read by the newer API: kept for older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(via_mutators, mutators(
        /// Sets `working_dir`.
        pub fn working_dir(&mut self, v: impl Into<String>) {
            self.working_dir = Some(v.into());
        }
        /// Sets `working_dir` from an `Option` (`None` leaves it unset).
        pub fn maybe_working_dir(&mut self, v: Option<impl Into<String>>) {
            self.working_dir = v.map(Into::into);
        }
    ))]
    pub working_dir: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    #[builder(via_mutators, mutators(
        /// A field the typed setters do not cover, sent as given.
        pub fn extra(&mut self, key: impl Into<String>, value: serde_json::Value) {
            self.extra.insert(key.into(), value);
        }
    ))]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowsWorkerSpecUpdate {
    /// Checks the spec's constraints (ranges, lengths, item counts) on this value and the
    /// values in it: every violation, each naming its field.
    ///
    /// # Errors
    /// The violations.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        let mut c = crate::validate::Checker::default();
        self.check_into(&mut c, "");
        c.finish()
    }

    #[allow(unused_variables)] // a type without constraints checks nothing
    pub(crate) fn check_into(&self, c: &mut crate::validate::Checker, at: &str) {
        if let Some(v) = &self.backend_spec {
            v.check_into(c, &format!("{at}backend_spec."));
        }
        if at.is_empty() {
            c.extra(
                &self.extra,
                &[
                    "archive_id",
                    "backend_spec",
                    "entrypoint",
                    "github_url",
                    "requested_roles",
                    "revision",
                    "working_dir",
                ],
            );
        }
    }
}

impl crate::ApiRequest for WorkflowsWorkerSpecUpdate {
    fn check(&self) -> Result<(), crate::ValidationError> {
        self.validate()
    }
}

/// The query parameters of `client.workflows().deployments().list_deployments`: `GET /v1/workflows/deployments` (`list_deployments_v1_workflows_deployments_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsDeploymentsListDeploymentsQuery`], from [`WorkflowsDeploymentsListDeploymentsQuery::builder`]."
    )
)]
pub struct WorkflowsDeploymentsListDeploymentsQuery {
    /// Active Only
    #[builder(via_mutators, mutators(
        /// Sets `active_only`.
        pub fn active_only(&mut self, v: impl Into<bool>) {
            self.active_only = Some(v.into());
        }
        /// Sets `active_only` from an `Option` (`None` leaves it unset).
        pub fn maybe_active_only(&mut self, v: Option<impl Into<bool>>) {
            self.active_only = v.map(Into::into);
        }
    ))]
    pub active_only: Option<bool>,
    /// Filter deployments by hardened status
    #[builder(via_mutators, mutators(
        /// Sets `is_hardened`.
        pub fn is_hardened(&mut self, v: impl Into<bool>) {
            self.is_hardened = Some(v.into());
        }
        /// Sets `is_hardened` from an `Option` (`None` leaves it unset).
        pub fn maybe_is_hardened(&mut self, v: Option<impl Into<bool>>) {
            self.is_hardened = v.map(Into::into);
        }
    ))]
    pub is_hardened: Option<bool>,
    /// Workflow Name
    #[builder(via_mutators, mutators(
        /// Sets `workflow_name`.
        pub fn workflow_name(&mut self, v: impl Into<String>) {
            self.workflow_name = Some(v.into());
        }
        /// Sets `workflow_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_name(&mut self, v: Option<impl Into<String>>) {
            self.workflow_name = v.map(Into::into);
        }
    ))]
    pub workflow_name: Option<String>,
    /// Filter deployments by name or ID prefix
    #[builder(via_mutators, mutators(
        /// Sets `search`.
        pub fn search(&mut self, v: impl Into<String>) {
            self.search = Some(v.into());
        }
        /// Sets `search` from an `Option` (`None` leaves it unset).
        pub fn maybe_search(&mut self, v: Option<impl Into<String>>) {
            self.search = v.map(Into::into);
        }
    ))]
    pub search: Option<String>,
    /// Field to sort by. When omitted, active and managed deployments are grouped first, then sorted by created\_at. When set, results are sorted purely by the specified field with no grouping.
    #[builder(via_mutators, mutators(
        /// Sets `order_by`.
        pub fn order_by(&mut self, v: impl Into<super::WorkflowsDeploymentsListDeploymentsOrderBy>) {
            self.order_by = Some(v.into());
        }
        /// Sets `order_by` from an `Option` (`None` leaves it unset).
        pub fn maybe_order_by(&mut self, v: Option<impl Into<super::WorkflowsDeploymentsListDeploymentsOrderBy>>) {
            self.order_by = v.map(Into::into);
        }
    ))]
    pub order_by: Option<super::WorkflowsDeploymentsListDeploymentsOrderBy>,
    /// Sort direction. Applied to order\_by when set, or within each activity group when omitted.
    #[builder(via_mutators, mutators(
        /// Sets `order`.
        pub fn order(&mut self, v: impl Into<super::WorkflowsDeploymentsListDeploymentsOrder>) {
            self.order = Some(v.into());
        }
        /// Sets `order` from an `Option` (`None` leaves it unset).
        pub fn maybe_order(&mut self, v: Option<impl Into<super::WorkflowsDeploymentsListDeploymentsOrder>>) {
            self.order = v.map(Into::into);
        }
    ))]
    pub order: Option<super::WorkflowsDeploymentsListDeploymentsOrder>,
    /// Maximum number of deployments to return
    #[builder(via_mutators, mutators(
        /// Sets `limit`.
        pub fn limit(&mut self, v: impl Into<i64>) {
            self.limit = Some(v.into());
        }
        /// Sets `limit` from an `Option` (`None` leaves it unset).
        pub fn maybe_limit(&mut self, v: Option<impl Into<i64>>) {
            self.limit = v.map(Into::into);
        }
    ))]
    pub limit: Option<i64>,
    /// Cursor from a previous response for pagination
    #[builder(via_mutators, mutators(
        /// Sets `cursor`.
        pub fn cursor(&mut self, v: impl Into<String>) {
            self.cursor = Some(v.into());
        }
        /// Sets `cursor` from an `Option` (`None` leaves it unset).
        pub fn maybe_cursor(&mut self, v: Option<impl Into<String>>) {
            self.cursor = v.map(Into::into);
        }
    ))]
    pub cursor: Option<String>,
    /// Workspace ID to scope the request to. Defaults to the caller's context.
    #[builder(via_mutators, mutators(
        /// Sets `workspace_id`.
        pub fn workspace_id(&mut self, v: impl Into<String>) {
            self.workspace_id = Some(v.into());
        }
        /// Sets `workspace_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_workspace_id(&mut self, v: Option<impl Into<String>>) {
            self.workspace_id = v.map(Into::into);
        }
    ))]
    pub workspace_id: Option<String>,
    /// Filter deployments by creator's user id
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[builder(via_mutators, mutators(
        /// Sets `created_by`.
        pub fn created_by(&mut self, v: impl Into<String>) {
            self.created_by = Some(v.into());
        }
        /// Sets `created_by` from an `Option` (`None` leaves it unset).
        pub fn maybe_created_by(&mut self, v: Option<impl Into<String>>) {
            self.created_by = v.map(Into::into);
        }
    ))]
    pub created_by: Option<String>,
    /// Filter deployments by owner's user id
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[builder(via_mutators, mutators(
        /// Sets `owner`.
        pub fn owner(&mut self, v: impl Into<String>) {
            self.owner = Some(v.into());
        }
        /// Sets `owner` from an `Option` (`None` leaves it unset).
        pub fn maybe_owner(&mut self, v: Option<impl Into<String>>) {
            self.owner = v.map(Into::into);
        }
    ))]
    pub owner: Option<String>,
    /// Filter deployments with at least one worker on any of these location types (OR)
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[builder(via_mutators, mutators(
        /// Sets `location_types`.
        pub fn location_types(&mut self, v: impl Into<Vec<super::LocationType>>) {
            self.location_types = Some(v.into());
        }
        /// Sets `location_types` from an `Option` (`None` leaves it unset).
        pub fn maybe_location_types(&mut self, v: Option<impl Into<Vec<super::LocationType>>>) {
            self.location_types = v.map(Into::into);
        }
    ))]
    pub location_types: Option<Vec<super::LocationType>>,
    /// Filter managed deployments by source repository URL (exact match)
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[builder(via_mutators, mutators(
        /// Sets `repository_url`.
        pub fn repository_url(&mut self, v: impl Into<String>) {
            self.repository_url = Some(v.into());
        }
        /// Sets `repository_url` from an `Option` (`None` leaves it unset).
        pub fn maybe_repository_url(&mut self, v: Option<impl Into<String>>) {
            self.repository_url = v.map(Into::into);
        }
    ))]
    pub repository_url: Option<String>,
    /// Filter managed deployments by Dockerfile path (exact match)
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[builder(via_mutators, mutators(
        /// Sets `dockerfile_path`.
        pub fn dockerfile_path(&mut self, v: impl Into<String>) {
            self.dockerfile_path = Some(v.into());
        }
        /// Sets `dockerfile_path` from an `Option` (`None` leaves it unset).
        pub fn maybe_dockerfile_path(&mut self, v: Option<impl Into<String>>) {
            self.dockerfile_path = v.map(Into::into);
        }
    ))]
    pub dockerfile_path: Option<String>,
}

impl WorkflowsDeploymentsListDeploymentsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.active_only, &mut q, "active_only");
        crate::generated::QueryValue::push_to(&self.is_hardened, &mut q, "is_hardened");
        crate::generated::QueryValue::push_to(&self.workflow_name, &mut q, "workflow_name");
        crate::generated::QueryValue::push_to(&self.search, &mut q, "search");
        crate::generated::QueryValue::push_to(&self.order_by, &mut q, "order_by");
        crate::generated::QueryValue::push_to(&self.order, &mut q, "order");
        crate::generated::QueryValue::push_to(&self.limit, &mut q, "limit");
        crate::generated::QueryValue::push_to(&self.cursor, &mut q, "cursor");
        crate::generated::QueryValue::push_to(&self.workspace_id, &mut q, "workspace_id");
        crate::generated::QueryValue::push_to(&self.created_by, &mut q, "created_by");
        crate::generated::QueryValue::push_to(&self.owner, &mut q, "owner");
        crate::generated::QueryValue::push_to(&self.location_types, &mut q, "location_types");
        crate::generated::QueryValue::push_to(&self.repository_url, &mut q, "repository_url");
        crate::generated::QueryValue::push_to(&self.dockerfile_path, &mut q, "dockerfile_path");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.limit {
            if (*v as f64) < 1.0 {
                c.push("limit", format!("{} is out of range: must be at least 1", v));
            }
            if (*v as f64) > 100.0 {
                c.push("limit", format!("{} is out of range: must be at most 100", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.workflows().deployments().get_deployment`: `GET /v1/workflows/deployments/{name}` (`get_deployment_v1_workflows_deployments__name__get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsDeploymentsGetDeploymentQuery`], from [`WorkflowsDeploymentsGetDeploymentQuery::builder`]."
    )
)]
pub struct WorkflowsDeploymentsGetDeploymentQuery {
    /// Scope serving status to this workflow
    #[builder(via_mutators, mutators(
        /// Sets `workflow_name`.
        pub fn workflow_name(&mut self, v: impl Into<String>) {
            self.workflow_name = Some(v.into());
        }
        /// Sets `workflow_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_name(&mut self, v: Option<impl Into<String>>) {
            self.workflow_name = v.map(Into::into);
        }
    ))]
    pub workflow_name: Option<String>,
}

impl WorkflowsDeploymentsGetDeploymentQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.workflow_name, &mut q, "workflow_name");
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

/// The query parameters of `client.workflows().deployments().get_deployment_logs`: `GET /v1/workflows/deployments/{name}/logs` (`get_deployment_logs`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsDeploymentsGetDeploymentLogsQuery`], from [`WorkflowsDeploymentsGetDeploymentLogsQuery::builder`]."
    )
)]
pub struct WorkflowsDeploymentsGetDeploymentLogsQuery {
    /// Filter logs by worker name
    #[builder(via_mutators, mutators(
        /// Sets `worker_name`.
        pub fn worker_name(&mut self, v: impl Into<String>) {
            self.worker_name = Some(v.into());
        }
        /// Sets `worker_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_worker_name(&mut self, v: Option<impl Into<String>>) {
            self.worker_name = v.map(Into::into);
        }
    ))]
    pub worker_name: Option<String>,
    /// Filter logs by workflow name
    #[builder(via_mutators, mutators(
        /// Sets `workflow_name`.
        pub fn workflow_name(&mut self, v: impl Into<String>) {
            self.workflow_name = Some(v.into());
        }
        /// Sets `workflow_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_name(&mut self, v: Option<impl Into<String>>) {
            self.workflow_name = v.map(Into::into);
        }
    ))]
    pub workflow_name: Option<String>,
    /// Only return logs at or after this timestamp
    #[builder(via_mutators, mutators(
        /// Sets `after`.
        pub fn after(&mut self, v: impl Into<String>) {
            self.after = Some(v.into());
        }
        /// Sets `after` from an `Option` (`None` leaves it unset).
        pub fn maybe_after(&mut self, v: Option<impl Into<String>>) {
            self.after = v.map(Into::into);
        }
    ))]
    pub after: Option<String>,
    /// Only return logs before this timestamp
    #[builder(via_mutators, mutators(
        /// Sets `before`.
        pub fn before(&mut self, v: impl Into<String>) {
            self.before = Some(v.into());
        }
        /// Sets `before` from an `Option` (`None` leaves it unset).
        pub fn maybe_before(&mut self, v: Option<impl Into<String>>) {
            self.before = v.map(Into::into);
        }
    ))]
    pub before: Option<String>,
    /// First-page sort order: 'asc' (oldest first) or 'desc'. Ignored when `cursor` is set.
    #[builder(via_mutators, mutators(
        /// Sets `order`.
        pub fn order(&mut self, v: impl Into<super::WorkflowsDeploymentsGetDeploymentLogsOrder>) {
            self.order = Some(v.into());
        }
        /// Sets `order` from an `Option` (`None` leaves it unset).
        pub fn maybe_order(&mut self, v: Option<impl Into<super::WorkflowsDeploymentsGetDeploymentLogsOrder>>) {
            self.order = v.map(Into::into);
        }
    ))]
    pub order: Option<super::WorkflowsDeploymentsGetDeploymentLogsOrder>,
    /// Pagination cursor from a previous response's `next_cursor`; carries the window and order
    #[builder(via_mutators, mutators(
        /// Sets `cursor`.
        pub fn cursor(&mut self, v: impl Into<String>) {
            self.cursor = Some(v.into());
        }
        /// Sets `cursor` from an `Option` (`None` leaves it unset).
        pub fn maybe_cursor(&mut self, v: Option<impl Into<String>>) {
            self.cursor = v.map(Into::into);
        }
    ))]
    pub cursor: Option<String>,
    /// Maximum number of logs to return
    #[builder(via_mutators, mutators(
        /// Sets `limit`.
        pub fn limit(&mut self, v: impl Into<i64>) {
            self.limit = Some(v.into());
        }
        /// Sets `limit` from an `Option` (`None` leaves it unset).
        pub fn maybe_limit(&mut self, v: Option<impl Into<i64>>) {
            self.limit = v.map(Into::into);
        }
    ))]
    pub limit: Option<i64>,
    /// Which stream to read. 'runtime' is the workers' own logs; 'build' reads the image build output and requires a managed deployment.
    ///
    /// Newer than the published spec (the API as the official SDK reaches it).
    #[builder(via_mutators, mutators(
        /// Sets `log_type`.
        pub fn log_type(&mut self, v: impl Into<super::DeploymentLogType>) {
            self.log_type = Some(v.into());
        }
        /// Sets `log_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_log_type(&mut self, v: Option<impl Into<super::DeploymentLogType>>) {
            self.log_type = v.map(Into::into);
        }
    ))]
    pub log_type: Option<super::DeploymentLogType>,
}

impl WorkflowsDeploymentsGetDeploymentLogsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.worker_name, &mut q, "worker_name");
        crate::generated::QueryValue::push_to(&self.workflow_name, &mut q, "workflow_name");
        crate::generated::QueryValue::push_to(&self.after, &mut q, "after");
        crate::generated::QueryValue::push_to(&self.before, &mut q, "before");
        crate::generated::QueryValue::push_to(&self.order, &mut q, "order");
        crate::generated::QueryValue::push_to(&self.cursor, &mut q, "cursor");
        crate::generated::QueryValue::push_to(&self.limit, &mut q, "limit");
        crate::generated::QueryValue::push_to(&self.log_type, &mut q, "log_type");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.limit {
            if (*v as f64) < 1.0 {
                c.push("limit", format!("{} is out of range: must be at least 1", v));
            }
            if (*v as f64) > 100.0 {
                c.push("limit", format!("{} is out of range: must be at most 100", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.workflows().deployments().stream_deployment_logs`: `GET /v1/workflows/deployments/{name}/logs/stream` (`stream_deployment_logs`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsDeploymentsStreamDeploymentLogsQuery`], from [`WorkflowsDeploymentsStreamDeploymentLogsQuery::builder`]."
    )
)]
pub struct WorkflowsDeploymentsStreamDeploymentLogsQuery {
    /// Filter logs by worker name
    #[builder(via_mutators, mutators(
        /// Sets `worker_name`.
        pub fn worker_name(&mut self, v: impl Into<String>) {
            self.worker_name = Some(v.into());
        }
        /// Sets `worker_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_worker_name(&mut self, v: Option<impl Into<String>>) {
            self.worker_name = v.map(Into::into);
        }
    ))]
    pub worker_name: Option<String>,
    /// Filter logs by workflow name
    #[builder(via_mutators, mutators(
        /// Sets `workflow_name`.
        pub fn workflow_name(&mut self, v: impl Into<String>) {
            self.workflow_name = Some(v.into());
        }
        /// Sets `workflow_name` from an `Option` (`None` leaves it unset).
        pub fn maybe_workflow_name(&mut self, v: Option<impl Into<String>>) {
            self.workflow_name = v.map(Into::into);
        }
    ))]
    pub workflow_name: Option<String>,
    /// Start a fresh stream at this timestamp (ignored when resuming via last\_event\_id)
    #[builder(via_mutators, mutators(
        /// Sets `after`.
        pub fn after(&mut self, v: impl Into<String>) {
            self.after = Some(v.into());
        }
        /// Sets `after` from an `Option` (`None` leaves it unset).
        pub fn maybe_after(&mut self, v: Option<impl Into<String>>) {
            self.after = v.map(Into::into);
        }
    ))]
    pub after: Option<String>,
    /// Resume from this cursor (a prior response's SSE id)
    #[builder(via_mutators, mutators(
        /// Sets `last_event_id`.
        pub fn last_event_id(&mut self, v: impl Into<String>) {
            self.last_event_id = Some(v.into());
        }
        /// Sets `last_event_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_last_event_id(&mut self, v: Option<impl Into<String>>) {
            self.last_event_id = v.map(Into::into);
        }
    ))]
    pub last_event_id: Option<String>,
}

impl WorkflowsDeploymentsStreamDeploymentLogsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.worker_name, &mut q, "worker_name");
        crate::generated::QueryValue::push_to(&self.workflow_name, &mut q, "workflow_name");
        crate::generated::QueryValue::push_to(&self.after, &mut q, "after");
        crate::generated::QueryValue::push_to(&self.last_event_id, &mut q, "last_event_id");
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

/// The query parameters of `client.workflows().deployments().list_deployment_workers`: `GET /v1/workflows/deployments/{name}/workers` (`list_deployment_workers_v1_workflows_deployments__name__workers_get`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsDeploymentsListDeploymentWorkersQuery`], from [`WorkflowsDeploymentsListDeploymentWorkersQuery::builder`]."
    )
)]
pub struct WorkflowsDeploymentsListDeploymentWorkersQuery {
    /// Filter by worker activity. active=only active, inactive=only inactive, None=no filter
    #[builder(via_mutators, mutators(
        /// Sets `worker_status`.
        pub fn worker_status(&mut self, v: impl Into<super::WorkflowsDeploymentsListDeploymentWorkersWorkerStatus>) {
            self.worker_status = Some(v.into());
        }
        /// Sets `worker_status` from an `Option` (`None` leaves it unset).
        pub fn maybe_worker_status(&mut self, v: Option<impl Into<super::WorkflowsDeploymentsListDeploymentWorkersWorkerStatus>>) {
            self.worker_status = v.map(Into::into);
        }
    ))]
    pub worker_status: Option<super::WorkflowsDeploymentsListDeploymentWorkersWorkerStatus>,
    /// Maximum number of workers to return
    #[builder(via_mutators, mutators(
        /// Sets `limit`.
        pub fn limit(&mut self, v: impl Into<i64>) {
            self.limit = Some(v.into());
        }
        /// Sets `limit` from an `Option` (`None` leaves it unset).
        pub fn maybe_limit(&mut self, v: Option<impl Into<i64>>) {
            self.limit = v.map(Into::into);
        }
    ))]
    pub limit: Option<i64>,
    /// Cursor from a previous response's `next_cursor`. Resend `worker_status` unchanged alongside it.
    #[builder(via_mutators, mutators(
        /// Sets `cursor`.
        pub fn cursor(&mut self, v: impl Into<String>) {
            self.cursor = Some(v.into());
        }
        /// Sets `cursor` from an `Option` (`None` leaves it unset).
        pub fn maybe_cursor(&mut self, v: Option<impl Into<String>>) {
            self.cursor = v.map(Into::into);
        }
    ))]
    pub cursor: Option<String>,
}

impl WorkflowsDeploymentsListDeploymentWorkersQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.worker_status, &mut q, "worker_status");
        crate::generated::QueryValue::push_to(&self.limit, &mut q, "limit");
        crate::generated::QueryValue::push_to(&self.cursor, &mut q, "cursor");
        q.0
    }

    /// Checks the spec's constraints on the parameters.
    ///
    /// # Errors
    /// Every violation, each naming its parameter.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        #[allow(unused_mut)]
        let mut c = crate::validate::Checker::default();
        if let Some(v) = &self.limit {
            if (*v as f64) < 1.0 {
                c.push("limit", format!("{} is out of range: must be at least 1", v));
            }
            if (*v as f64) > 100.0 {
                c.push("limit", format!("{} is out of range: must be at most 100", v));
            }
        }
        c.finish()
    }
}

/// The query parameters of `client.workflows().deployments().unharden_deployment`: `POST /v1/workflows/deployments/{deployment_id}/unharden` (`unharden_deployment_v1_workflows_deployments__deployment_id__unharden_post`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`WorkflowsDeploymentsUnhardenDeploymentQuery`], from [`WorkflowsDeploymentsUnhardenDeploymentQuery::builder`]."
    )
)]
pub struct WorkflowsDeploymentsUnhardenDeploymentQuery {
    /// Workspace ID to scope the request to. Defaults to the caller's context.
    #[builder(via_mutators, mutators(
        /// Sets `workspace_id`.
        pub fn workspace_id(&mut self, v: impl Into<String>) {
            self.workspace_id = Some(v.into());
        }
        /// Sets `workspace_id` from an `Option` (`None` leaves it unset).
        pub fn maybe_workspace_id(&mut self, v: Option<impl Into<String>>) {
            self.workspace_id = v.map(Into::into);
        }
    ))]
    pub workspace_id: Option<String>,
}

impl WorkflowsDeploymentsUnhardenDeploymentQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.workspace_id, &mut q, "workspace_id");
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

crate::generated::spec_events! {
    /// An event of `client.workflows().deployments().stream_deployment_logs`: `GET /v1/workflows/deployments/{name}/logs/stream` (`stream_deployment_logs`).
    ///
    /// Stream of Server-Sent Events (SSE): `log` events carry a DeploymentLogRecord; `error` events carry a StreamError payload.
    pub enum WorkflowsDeploymentsStreamDeploymentLogsEvent : ["log", "error"] => super::WorkflowsDeploymentsStreamDeploymentLogsEventData
}
