// generated from the spec by `cargo xtask codegen`: do not edit

crate::macros::string_enum! {
    /// ActorType
    ///
    /// Generated from schema `ActorType` of the published spec (`spec/mistral-openapi.json`).
    pub enum ActorType {
        /// `HUMAN`
        Human = "HUMAN",
        /// `API_KEY`
        ApiKey = "API_KEY",
        /// `OTHER`
        OtherX = "OTHER",
    }
}

impl Default for ActorType {
    fn default() -> Self {
        ActorType::Other(String::new())
    }
}

impl crate::generated::QueryValue for ActorType {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// AuditLogsSorting
    ///
    /// Generated from an inline schema of the published spec (`spec/mistral-openapi.json`).
    pub enum AdminAuditLogsGetAuditLogsSort {
        /// `ascending`
        Ascending = "ascending",
        /// `descending`
        Descending = "descending",
    }
}

impl Default for AdminAuditLogsGetAuditLogsSort {
    fn default() -> Self {
        AdminAuditLogsGetAuditLogsSort::Other(String::new())
    }
}

impl crate::generated::QueryValue for AdminAuditLogsGetAuditLogsSort {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

crate::macros::string_enum! {
    /// AuditLogEventType
    ///
    /// Generated from schema `AuditLogEventType` of the published spec (`spec/mistral-openapi.json`).
    pub enum AuditLogEventType {
        /// `user.create`
        UserCreate = "user.create",
        /// `user.delete`
        UserDelete = "user.delete",
        /// `user.log_in`
        UserLogIn = "user.log_in",
        /// `user.info.update`
        UserInfoUpdate = "user.info.update",
        /// `user.password.update`
        UserPasswordUpdate = "user.password.update",
        /// `user.phone_number.verify`
        UserPhoneNumberVerify = "user.phone_number.verify",
        /// `user.organization.leave`
        UserOrganizationLeave = "user.organization.leave",
        /// `user.organization.role.update`
        UserOrganizationRoleUpdate = "user.organization.role.update",
        /// `user.organization.delete`
        UserOrganizationDelete = "user.organization.delete",
        /// `user.organization.join`
        UserOrganizationJoin = "user.organization.join",
        /// `organization.create`
        OrganizationCreate = "organization.create",
        /// `organization.update`
        OrganizationUpdate = "organization.update",
        /// `organization.invite.send`
        OrganizationInviteSend = "organization.invite.send",
        /// `organization.invite.resend`
        OrganizationInviteResend = "organization.invite.resend",
        /// `organization.invite.accepted`
        OrganizationInviteAccepted = "organization.invite.accepted",
        /// `organization.invite.revoked`
        OrganizationInviteRevoked = "organization.invite.revoked",
        /// `organization.join_by_email_domain`
        OrganizationJoinByEmailDomain = "organization.join_by_email_domain",
        /// `organization.domain_verification.disable`
        OrganizationDomainVerificationDisable = "organization.domain_verification.disable",
        /// `organization.domain_verification.enable`
        OrganizationDomainVerificationEnable = "organization.domain_verification.enable",
        /// `organization.email_domain_authentication.enable`
        OrganizationEmailDomainAuthenticationEnable = "organization.email_domain_authentication.enable",
        /// `organization.email_domain_authentication.disable`
        OrganizationEmailDomainAuthenticationDisable = "organization.email_domain_authentication.disable",
        /// `organization.saml_authentication.enable`
        OrganizationSamlAuthenticationEnable = "organization.saml_authentication.enable",
        /// `organization.saml_authentication.disable`
        OrganizationSamlAuthenticationDisable = "organization.saml_authentication.disable",
        /// `organization.saml_authentication.sso_user_provisioning.update`
        OrganizationSamlAuthenticationSsoUserProvisioningUpdate = "organization.saml_authentication.sso_user_provisioning.update",
        /// `organization.scim_sync.trigger`
        OrganizationScimSyncTrigger = "organization.scim_sync.trigger",
        /// `organization.seat_auto_assign.enable`
        OrganizationSeatAutoAssignEnable = "organization.seat_auto_assign.enable",
        /// `organization.seat_auto_assign.disable`
        OrganizationSeatAutoAssignDisable = "organization.seat_auto_assign.disable",
        /// `organization.kind.update`
        OrganizationKindUpdate = "organization.kind.update",
        /// `organization.sso_seat_auto_assign.enable`
        OrganizationSsoSeatAutoAssignEnable = "organization.sso_seat_auto_assign.enable",
        /// `organization.sso_seat_auto_assign.disable`
        OrganizationSsoSeatAutoAssignDisable = "organization.sso_seat_auto_assign.disable",
        /// `workspace.create`
        WorkspaceCreate = "workspace.create",
        /// `workspace.update`
        WorkspaceUpdate = "workspace.update",
        /// `workspace.delete`
        WorkspaceDelete = "workspace.delete",
        /// `workspace.member.add`
        WorkspaceMemberAdd = "workspace.member.add",
        /// `workspace.member.remove`
        WorkspaceMemberRemove = "workspace.member.remove",
        /// `workspace.member.role.update`
        WorkspaceMemberRoleUpdate = "workspace.member.role.update",
        /// `user_group.create`
        UserGroupCreate = "user_group.create",
        /// `user_group.update`
        UserGroupUpdate = "user_group.update",
        /// `user_group.delete`
        UserGroupDelete = "user_group.delete",
        /// `user_group.member.add`
        UserGroupMemberAdd = "user_group.member.add",
        /// `user_group.member.remove`
        UserGroupMemberRemove = "user_group.member.remove",
        /// `user_group.workspace.provision`
        UserGroupWorkspaceProvision = "user_group.workspace.provision",
        /// `user_group.workspace.deprovision`
        UserGroupWorkspaceDeprovision = "user_group.workspace.deprovision",
        /// `user_group.workspace.update`
        UserGroupWorkspaceUpdate = "user_group.workspace.update",
        /// `billing.information.updated`
        BillingInformationUpdated = "billing.information.updated",
        /// `billing.payment_method.added`
        BillingPaymentMethodAdded = "billing.payment_method.added",
        /// `billing.payment_method.removed`
        BillingPaymentMethodRemoved = "billing.payment_method.removed",
        /// `billing.payment_method.default_changed`
        BillingPaymentMethodDefaultChanged = "billing.payment_method.default_changed",
        /// `billing.invoice.retried`
        BillingInvoiceRetried = "billing.invoice.retried",
        /// `billing.subscription.subscribe`
        BillingSubscriptionSubscribe = "billing.subscription.subscribe",
        /// `billing.subscription.unsubscribe`
        BillingSubscriptionUnsubscribe = "billing.subscription.unsubscribe",
        /// `billing.subscription.cancel_unsubscribe`
        BillingSubscriptionCancelUnsubscribe = "billing.subscription.cancel_unsubscribe",
        /// `billing.subscription.add_seats`
        BillingSubscriptionAddSeats = "billing.subscription.add_seats",
        /// `billing.subscription.remove_seats`
        BillingSubscriptionRemoveSeats = "billing.subscription.remove_seats",
        /// `billing.subscription.termination_date.updated`
        BillingSubscriptionTerminationDateUpdated = "billing.subscription.termination_date.updated",
        /// `billing.credits.added`
        BillingCreditsAdded = "billing.credits.added",
        /// `billing.gift_code.used`
        BillingGiftCodeUsed = "billing.gift_code.used",
        /// `billing.monthly_limit.updated`
        BillingMonthlyLimitUpdated = "billing.monthly_limit.updated",
        /// `billing.workspace_monthly_limit.updated`
        BillingWorkspaceMonthlyLimitUpdated = "billing.workspace_monthly_limit.updated",
        /// `billing.shared_budget_override.updated`
        BillingSharedBudgetOverrideUpdated = "billing.shared_budget_override.updated",
        /// `billing.auto_recharge.updated`
        BillingAutoRechargeUpdated = "billing.auto_recharge.updated",
        /// `billing.seat.grant`
        BillingSeatGrant = "billing.seat.grant",
        /// `billing.seat.revoke`
        BillingSeatRevoke = "billing.seat.revoke",
        /// `billing.priority_service_tier.updated`
        BillingPriorityServiceTierUpdated = "billing.priority_service_tier.updated",
        /// `billing.priority_service_tier.removed`
        BillingPriorityServiceTierRemoved = "billing.priority_service_tier.removed",
        /// `le_chat.conversation.created`
        LeChatConversationCreated = "le_chat.conversation.created",
        /// `le_chat.conversation.deleted`
        LeChatConversationDeleted = "le_chat.conversation.deleted",
        /// `le_chat.conversation_batch.deleted`
        LeChatConversationBatchDeleted = "le_chat.conversation_batch.deleted",
        /// `le_chat.conversation.public_sharing.enabled`
        LeChatConversationPublicSharingEnabled = "le_chat.conversation.public_sharing.enabled",
        /// `le_chat.conversation.public_sharing.disabled`
        LeChatConversationPublicSharingDisabled = "le_chat.conversation.public_sharing.disabled",
        /// `le_chat.flash_answers.enabled`
        LeChatFlashAnswersEnabled = "le_chat.flash_answers.enabled",
        /// `le_chat.flash_answers.disabled`
        LeChatFlashAnswersDisabled = "le_chat.flash_answers.disabled",
        /// `le_chat.localisation_sharing.enabled`
        LeChatLocalisationSharingEnabled = "le_chat.localisation_sharing.enabled",
        /// `le_chat.localisation_sharing.disabled`
        LeChatLocalisationSharingDisabled = "le_chat.localisation_sharing.disabled",
        /// `le_chat.memories.enabled`
        LeChatMemoriesEnabled = "le_chat.memories.enabled",
        /// `le_chat.memories.disabled`
        LeChatMemoriesDisabled = "le_chat.memories.disabled",
        /// `le_chat.data.training_enabled`
        LeChatDataTrainingEnabled = "le_chat.data.training_enabled",
        /// `le_chat.data.training_disabled`
        LeChatDataTrainingDisabled = "le_chat.data.training_disabled",
        /// `le_chat.actions.external_link`
        LeChatActionsExternalLink = "le_chat.actions.external_link",
        /// `admin_api_key.created`
        AdminApiKeyCreated = "admin_api_key.created",
        /// `admin_api_key.delete`
        AdminApiKeyDelete = "admin_api_key.delete",
        /// `api_key.create`
        ApiKeyCreate = "api_key.create",
        /// `api_key.rotate`
        ApiKeyRotate = "api_key.rotate",
        /// `api_key.delete`
        ApiKeyDelete = "api_key.delete",
        /// `api_key_policy.update`
        ApiKeyPolicyUpdate = "api_key_policy.update",
        /// `secret_store.entry.create`
        SecretStoreEntryCreate = "secret_store.entry.create",
        /// `secret_store.entry.update`
        SecretStoreEntryUpdate = "secret_store.entry.update",
        /// `secret_store.entry.delete`
        SecretStoreEntryDelete = "secret_store.entry.delete",
        /// `service_account.create`
        ServiceAccountCreate = "service_account.create",
        /// `service_account.update`
        ServiceAccountUpdate = "service_account.update",
        /// `service_account.delete`
        ServiceAccountDelete = "service_account.delete",
        /// `service_account.client_secret.create`
        ServiceAccountClientSecretCreate = "service_account.client_secret.create",
        /// `service_account.client_secret.delete`
        ServiceAccountClientSecretDelete = "service_account.client_secret.delete",
        /// `service_account.roles.set`
        ServiceAccountRolesSet = "service_account.roles.set",
        /// `workload_identity.credential_registration.create`
        WorkloadIdentityCredentialRegistrationCreate = "workload_identity.credential_registration.create",
        /// `workload_identity.credential.create`
        WorkloadIdentityCredentialCreate = "workload_identity.credential.create",
        /// `trusted_issuer.create`
        TrustedIssuerCreate = "trusted_issuer.create",
        /// `trusted_issuer.update`
        TrustedIssuerUpdate = "trusted_issuer.update",
        /// `trusted_issuer.delete`
        TrustedIssuerDelete = "trusted_issuer.delete",
        /// `agent.create`
        AgentCreate = "agent.create",
        /// `agent.delete`
        AgentDelete = "agent.delete",
        /// `agent.update`
        AgentUpdate = "agent.update",
        /// `skill.create`
        SkillCreate = "skill.create",
        /// `skill.delete`
        SkillDelete = "skill.delete",
        /// `skill.enable`
        SkillEnable = "skill.enable",
        /// `skill.disable`
        SkillDisable = "skill.disable",
        /// `skill.update`
        SkillUpdate = "skill.update",
        /// `skill.share`
        SkillShare = "skill.share",
        /// `skill.unshare`
        SkillUnshare = "skill.unshare",
        /// `skill.load`
        SkillLoad = "skill.load",
        /// `skill.force_load`
        SkillForceLoad = "skill.force_load",
        /// `skill.version.create`
        SkillVersionCreate = "skill.version.create",
        /// `prompt.create`
        PromptCreate = "prompt.create",
        /// `prompt.delete`
        PromptDelete = "prompt.delete",
        /// `prompt.update`
        PromptUpdate = "prompt.update",
        /// `prompt.version.create`
        PromptVersionCreate = "prompt.version.create",
        /// `knowledge_base.create`
        KnowledgeBaseCreate = "knowledge_base.create",
        /// `knowledge_base.delete`
        KnowledgeBaseDelete = "knowledge_base.delete",
        /// `knowledge_base.update`
        KnowledgeBaseUpdate = "knowledge_base.update",
        /// `knowledge_base.version.create`
        KnowledgeBaseVersionCreate = "knowledge_base.version.create",
        /// `custom_voice.create`
        CustomVoiceCreate = "custom_voice.create",
        /// `custom_voice.update`
        CustomVoiceUpdate = "custom_voice.update",
        /// `custom_voice.delete`
        CustomVoiceDelete = "custom_voice.delete",
        /// `feature_permission.override.created`
        FeaturePermissionOverrideCreated = "feature_permission.override.created",
        /// `feature_permission.override.deleted`
        FeaturePermissionOverrideDeleted = "feature_permission.override.deleted",
        /// `resource.share`
        ResourceShare = "resource.share",
        /// `resource.unshare`
        ResourceUnshare = "resource.unshare",
        /// `la_plateforme.training.enabled`
        LaPlateformeTrainingEnabled = "la_plateforme.training.enabled",
        /// `la_plateforme.training.disabled`
        LaPlateformeTrainingDisabled = "la_plateforme.training.disabled",
        /// `cloud_runtime.app.created`
        CloudRuntimeAppCreated = "cloud_runtime.app.created",
        /// `cloud_runtime.app.updated`
        CloudRuntimeAppUpdated = "cloud_runtime.app.updated",
        /// `cloud_runtime.app.deleted`
        CloudRuntimeAppDeleted = "cloud_runtime.app.deleted",
        /// `cloud_runtime.app.paused`
        CloudRuntimeAppPaused = "cloud_runtime.app.paused",
        /// `cloud_runtime.app.resumed`
        CloudRuntimeAppResumed = "cloud_runtime.app.resumed",
        /// `cloud_runtime.deployment.created`
        CloudRuntimeDeploymentCreated = "cloud_runtime.deployment.created",
        /// `cloud_runtime.deployment.succeeded`
        CloudRuntimeDeploymentSucceeded = "cloud_runtime.deployment.succeeded",
        /// `cloud_runtime.deployment.canceled`
        CloudRuntimeDeploymentCanceled = "cloud_runtime.deployment.canceled",
        /// `cloud_runtime.deployment.stopped`
        CloudRuntimeDeploymentStopped = "cloud_runtime.deployment.stopped",
        /// `cloud_runtime.deployment.failed`
        CloudRuntimeDeploymentFailed = "cloud_runtime.deployment.failed",
        /// `cloud_runtime.deployment.autoscaled`
        CloudRuntimeDeploymentAutoscaled = "cloud_runtime.deployment.autoscaled",
        /// `cloud_runtime.domain.created`
        CloudRuntimeDomainCreated = "cloud_runtime.domain.created",
        /// `cloud_runtime.domain.updated`
        CloudRuntimeDomainUpdated = "cloud_runtime.domain.updated",
        /// `cloud_runtime.domain.deleted`
        CloudRuntimeDomainDeleted = "cloud_runtime.domain.deleted",
        /// `cloud_runtime.secret.created`
        CloudRuntimeSecretCreated = "cloud_runtime.secret.created",
        /// `cloud_runtime.secret.updated`
        CloudRuntimeSecretUpdated = "cloud_runtime.secret.updated",
        /// `cloud_runtime.secret.deleted`
        CloudRuntimeSecretDeleted = "cloud_runtime.secret.deleted",
        /// `cloud_runtime.service.created`
        CloudRuntimeServiceCreated = "cloud_runtime.service.created",
        /// `cloud_runtime.service.paused`
        CloudRuntimeServicePaused = "cloud_runtime.service.paused",
        /// `cloud_runtime.service.resumed`
        CloudRuntimeServiceResumed = "cloud_runtime.service.resumed",
        /// `cloud_runtime.service.deleted`
        CloudRuntimeServiceDeleted = "cloud_runtime.service.deleted",
        /// `cloud_runtime.service.manually_scaled`
        CloudRuntimeServiceManuallyScaled = "cloud_runtime.service.manually_scaled",
        /// `cloud_runtime.service.manual_scaling_deleted`
        CloudRuntimeServiceManualScalingDeleted = "cloud_runtime.service.manual_scaling_deleted",
        /// `cloud_runtime.persistent_volume.created`
        CloudRuntimePersistentVolumeCreated = "cloud_runtime.persistent_volume.created",
        /// `cloud_runtime.persistent_volume.deleted`
        CloudRuntimePersistentVolumeDeleted = "cloud_runtime.persistent_volume.deleted",
        /// `cloud_runtime.persistent_volume.attached`
        CloudRuntimePersistentVolumeAttached = "cloud_runtime.persistent_volume.attached",
        /// `cloud_runtime.persistent_volume.detached`
        CloudRuntimePersistentVolumeDetached = "cloud_runtime.persistent_volume.detached",
        /// `fine_tuning_job.create`
        FineTuningJobCreate = "fine_tuning_job.create",
        /// `fine_tuning_job.cancel`
        FineTuningJobCancel = "fine_tuning_job.cancel",
        /// `batch_job.create`
        BatchJobCreate = "batch_job.create",
        /// `batch_job.cancel`
        BatchJobCancel = "batch_job.cancel",
        /// `batch_job.delete`
        BatchJobDelete = "batch_job.delete",
        /// `data_capture.extract_job.create`
        DataCaptureExtractJobCreate = "data_capture.extract_job.create",
        /// `data_capture.extract_job.cancel`
        DataCaptureExtractJobCancel = "data_capture.extract_job.cancel",
        /// `dataset.create`
        DatasetCreate = "dataset.create",
        /// `dataset.delete`
        DatasetDelete = "dataset.delete",
        /// `library.create`
        LibraryCreate = "library.create",
        /// `library.delete`
        LibraryDelete = "library.delete",
        /// `library.update`
        LibraryUpdate = "library.update",
        /// `library.share`
        LibraryShare = "library.share",
        /// `library.unshare`
        LibraryUnshare = "library.unshare",
        /// `library.document.create`
        LibraryDocumentCreate = "library.document.create",
        /// `library.document.delete`
        LibraryDocumentDelete = "library.document.delete",
        /// `library.document.bulk_delete`
        LibraryDocumentBulkDelete = "library.document.bulk_delete",
        /// `library.document.update`
        LibraryDocumentUpdate = "library.document.update",
        /// `library.document.reprocess`
        LibraryDocumentReprocess = "library.document.reprocess",
        /// `integration.connected`
        IntegrationConnected = "integration.connected",
        /// `integration.disconnected`
        IntegrationDisconnected = "integration.disconnected",
        /// `indexing.workflow.completed`
        IndexingWorkflowCompleted = "indexing.workflow.completed",
        /// `indexing.deleted`
        IndexingDeleted = "indexing.deleted",
        /// `connection.admin.setup_index`
        ConnectionAdminSetupIndex = "connection.admin.setup_index",
        /// `connection.admin.deleted`
        ConnectionAdminDeleted = "connection.admin.deleted",
        /// `integration.activated_for_org`
        IntegrationActivatedForOrg = "integration.activated_for_org",
        /// `integration.deactivated_for_org`
        IntegrationDeactivatedForOrg = "integration.deactivated_for_org",
        /// `integration.activated_for_workspace`
        IntegrationActivatedForWorkspace = "integration.activated_for_workspace",
        /// `integration.deactivated_for_workspace`
        IntegrationDeactivatedForWorkspace = "integration.deactivated_for_workspace",
        /// `integration.activated_for_user`
        IntegrationActivatedForUser = "integration.activated_for_user",
        /// `integration.deactivated_for_user`
        IntegrationDeactivatedForUser = "integration.deactivated_for_user",
        /// `integration.created`
        IntegrationCreated = "integration.created",
        /// `integration.updated`
        IntegrationUpdated = "integration.updated",
        /// `integration.deleted`
        IntegrationDeleted = "integration.deleted",
        /// `integration.tool_called`
        IntegrationToolCalled = "integration.tool_called",
        /// `integration.credentials.created_or_updated`
        IntegrationCredentialsCreatedOrUpdated = "integration.credentials.created_or_updated",
        /// `integration.credentials.deleted`
        IntegrationCredentialsDeleted = "integration.credentials.deleted",
        /// `integration.credentials.revoked`
        IntegrationCredentialsRevoked = "integration.credentials.revoked",
        /// `integration.credentials.revocation_failed`
        IntegrationCredentialsRevocationFailed = "integration.credentials.revocation_failed",
        /// `integration.preferences.created_or_updated`
        IntegrationPreferencesCreatedOrUpdated = "integration.preferences.created_or_updated",
        /// `integration.preferences.deleted`
        IntegrationPreferencesDeleted = "integration.preferences.deleted",
        /// `integration.authentication_method.created_or_updated`
        IntegrationAuthenticationMethodCreatedOrUpdated = "integration.authentication_method.created_or_updated",
        /// `integration.connection.created`
        IntegrationConnectionCreated = "integration.connection.created",
        /// `integration.shared`
        IntegrationShared = "integration.shared",
        /// `integration.unshared`
        IntegrationUnshared = "integration.unshared",
        /// `connectors_gateway.tool_called`
        ConnectorsGatewayToolCalled = "connectors_gateway.tool_called",
        /// `connectors_debugger.tool_called`
        ConnectorsDebuggerToolCalled = "connectors_debugger.tool_called",
        /// `crawler.config.create`
        CrawlerConfigCreate = "crawler.config.create",
        /// `crawler.config.update`
        CrawlerConfigUpdate = "crawler.config.update",
        /// `crawler.config.delete`
        CrawlerConfigDelete = "crawler.config.delete",
        /// `crawler.run.create`
        CrawlerRunCreate = "crawler.run.create",
        /// `crawler.run.cancel`
        CrawlerRunCancel = "crawler.run.cancel",
        /// `rate_limit.rule.create`
        RateLimitRuleCreate = "rate_limit.rule.create",
        /// `rate_limit.rule.update`
        RateLimitRuleUpdate = "rate_limit.rule.update",
        /// `rate_limit.rule.delete`
        RateLimitRuleDelete = "rate_limit.rule.delete",
    }
}

impl Default for AuditLogEventType {
    fn default() -> Self {
        AuditLogEventType::Other(String::new())
    }
}

impl crate::generated::QueryValue for AuditLogEventType {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// AuditLogOut
///
/// Generated from schema `AuditLogOut` of the published spec (`spec/mistral-openapi.json`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuditLogOut {
    /// Details about who performed the action.
    #[serde(default)]
    pub actor_metadata: std::collections::BTreeMap<String, String>,
    /// Type of actor that performed the action.
    #[serde(default)]
    pub actor_type: super::ActorType,
    /// Time when the audit log entry was created.
    #[serde(default)]
    pub created_at: String,
    /// Details about the recorded action.
    #[serde(default)]
    pub event_metadata: std::collections::BTreeMap<String, String>,
    /// Type of action recorded in the audit log.
    #[serde(default)]
    pub event_type: super::AuditLogEventType,
    /// Audit log entry ID.
    #[serde(default)]
    pub log_id: i64,
    /// Organization ID for the audit log entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_uuid: Option<String>,
    /// Details about the affected resource.
    #[serde(default)]
    pub target_metadata: std::collections::BTreeMap<String, String>,
    /// Type of resource affected by the action.
    #[serde(default)]
    pub target_type: super::TargetType,
    /// Workspace ID for the audit log entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_uuid: Option<String>,
    /// Fields beyond the typed ones: what the server sent that this version does not know, and
    /// what a request adds with the builder's `extra`.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::macros::string_enum! {
    /// TargetType
    ///
    /// Generated from schema `TargetType` of the published spec (`spec/mistral-openapi.json`).
    pub enum TargetType {
        /// `USER`
        User = "USER",
        /// `USER_GROUP`
        UserGroup = "USER_GROUP",
        /// `ORGANIZATION`
        Organization = "ORGANIZATION",
        /// `WORKSPACE`
        Workspace = "WORKSPACE",
        /// `API_KEY`
        ApiKey = "API_KEY",
        /// `ADMIN_API_KEY`
        AdminApiKey = "ADMIN_API_KEY",
        /// `API_KEY_POLICY`
        ApiKeyPolicy = "API_KEY_POLICY",
        /// `SERVICE_ACCOUNT`
        ServiceAccount = "SERVICE_ACCOUNT",
        /// `AGENT`
        Agent = "AGENT",
        /// `SKILL`
        Skill = "SKILL",
        /// `PROMPT`
        Prompt = "PROMPT",
        /// `KNOWLEDGE_BASE`
        KnowledgeBase = "KNOWLEDGE_BASE",
        /// `CUSTOM_VOICE`
        CustomVoice = "CUSTOM_VOICE",
        /// `DATASET`
        Dataset = "DATASET",
        /// `FINE_TUNING_JOB`
        FineTuningJob = "FINE_TUNING_JOB",
        /// `BATCH_JOB`
        BatchJob = "BATCH_JOB",
        /// `DATA_CAPTURE_EXTRACT_JOB`
        DataCaptureExtractJob = "DATA_CAPTURE_EXTRACT_JOB",
        /// `LE_CHAT_CONVERSATION`
        LeChatConversation = "LE_CHAT_CONVERSATION",
        /// `LE_CHAT_MEMORIES`
        LeChatMemories = "LE_CHAT_MEMORIES",
        /// `LE_CHAT_FLASH_ANSWERS`
        LeChatFlashAnswers = "LE_CHAT_FLASH_ANSWERS",
        /// `LE_CHAT_LOCALISATION`
        LeChatLocalisation = "LE_CHAT_LOCALISATION",
        /// `LE_CHAT_DATA`
        LeChatData = "LE_CHAT_DATA",
        /// `INVOICE`
        Invoice = "INVOICE",
        /// `WALLET`
        Wallet = "WALLET",
        /// `MONTHLY_LIMIT`
        MonthlyLimit = "MONTHLY_LIMIT",
        /// `WORKSPACE_MONTHLY_LIMIT`
        WorkspaceMonthlyLimit = "WORKSPACE_MONTHLY_LIMIT",
        /// `SHARED_BUDGET`
        SharedBudget = "SHARED_BUDGET",
        /// `AUTO_RECHARGE`
        AutoRecharge = "AUTO_RECHARGE",
        /// `PAYMENT_METHOD`
        PaymentMethod = "PAYMENT_METHOD",
        /// `SUBSCRIPTION`
        Subscription = "SUBSCRIPTION",
        /// `BILLING_INFO`
        BillingInfo = "BILLING_INFO",
        /// `LIBRARY`
        Library = "LIBRARY",
        /// `LIBRARY_DOCUMENT`
        LibraryDocument = "LIBRARY_DOCUMENT",
        /// `INTEGRATION`
        Integration = "INTEGRATION",
        /// `CONNECTORS_GATEWAY`
        ConnectorsGateway = "CONNECTORS_GATEWAY",
        /// `CONNECTORS_DEBUGGER`
        ConnectorsDebugger = "CONNECTORS_DEBUGGER",
        /// `FEATURE_PERMISSION`
        FeaturePermission = "FEATURE_PERMISSION",
        /// `SECRET_STORE_ENTRY`
        SecretStoreEntry = "SECRET_STORE_ENTRY",
        /// `CRAWLER_CONFIG`
        CrawlerConfig = "CRAWLER_CONFIG",
        /// `SHARED_RESOURCE`
        SharedResource = "SHARED_RESOURCE",
        /// `RATE_LIMIT_RULE`
        RateLimitRule = "RATE_LIMIT_RULE",
        /// `APP`
        App = "APP",
        /// `DEPLOYMENT`
        Deployment = "DEPLOYMENT",
        /// `DOMAIN`
        Domain = "DOMAIN",
        /// `PERSISTENT_VOLUME`
        PersistentVolume = "PERSISTENT_VOLUME",
        /// `SECRET`
        Secret = "SECRET",
        /// `SERVICE`
        Service = "SERVICE",
        /// `TRUSTED_ISSUER`
        TrustedIssuer = "TRUSTED_ISSUER",
    }
}

impl Default for TargetType {
    fn default() -> Self {
        TargetType::Other(String::new())
    }
}

impl crate::generated::QueryValue for TargetType {
    fn push_to(&self, q: &mut crate::files::Query, key: &str) {
        q.push(key, self.as_str());
    }
}

/// The query parameters of `client.admin().audit_logs().get_audit_logs`: `GET /v1/admin/audit-logs` (`users_api_admin_audit_logs_get_audit_logs`).
#[derive(Clone, Debug, Default, PartialEq, typed_builder::TypedBuilder)]
#[builder(
    doc,
    builder_type(
        doc = "The builder of [`AdminAuditLogsGetAuditLogsQuery`], from [`AdminAuditLogsGetAuditLogsQuery::builder`]."
    )
)]
pub struct AdminAuditLogsGetAuditLogsQuery {
    /// Actor types to include in the audit log results.
    #[builder(via_mutators, mutators(
        /// Sets `actor_type`.
        pub fn actor_type(&mut self, v: impl Into<Vec<super::ActorType>>) {
            self.actor_type = Some(v.into());
        }
        /// Sets `actor_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_actor_type(&mut self, v: Option<impl Into<Vec<super::ActorType>>>) {
            self.actor_type = v.map(Into::into);
        }
    ))]
    pub actor_type: Option<Vec<super::ActorType>>,
    /// Event types to include in the audit log results.
    #[builder(via_mutators, mutators(
        /// Sets `event_type`.
        pub fn event_type(&mut self, v: impl Into<Vec<super::AuditLogEventType>>) {
            self.event_type = Some(v.into());
        }
        /// Sets `event_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_event_type(&mut self, v: Option<impl Into<Vec<super::AuditLogEventType>>>) {
            self.event_type = v.map(Into::into);
        }
    ))]
    pub event_type: Option<Vec<super::AuditLogEventType>>,
    /// Target resource types to include in the audit log results.
    #[builder(via_mutators, mutators(
        /// Sets `target_type`.
        pub fn target_type(&mut self, v: impl Into<Vec<super::TargetType>>) {
            self.target_type = Some(v.into());
        }
        /// Sets `target_type` from an `Option` (`None` leaves it unset).
        pub fn maybe_target_type(&mut self, v: Option<impl Into<Vec<super::TargetType>>>) {
            self.target_type = v.map(Into::into);
        }
    ))]
    pub target_type: Option<Vec<super::TargetType>>,
    /// Filter logs by the UUID of the user who performed the action.
    #[builder(via_mutators, mutators(
        /// Sets `actor_user_uuid`.
        pub fn actor_user_uuid(&mut self, v: impl Into<String>) {
            self.actor_user_uuid = Some(v.into());
        }
        /// Sets `actor_user_uuid` from an `Option` (`None` leaves it unset).
        pub fn maybe_actor_user_uuid(&mut self, v: Option<impl Into<String>>) {
            self.actor_user_uuid = v.map(Into::into);
        }
    ))]
    pub actor_user_uuid: Option<String>,
    /// Sort order for audit log entries.
    #[builder(via_mutators, mutators(
        /// Sets `sort`.
        pub fn sort(&mut self, v: impl Into<super::AdminAuditLogsGetAuditLogsSort>) {
            self.sort = Some(v.into());
        }
        /// Sets `sort` from an `Option` (`None` leaves it unset).
        pub fn maybe_sort(&mut self, v: Option<impl Into<super::AdminAuditLogsGetAuditLogsSort>>) {
            self.sort = v.map(Into::into);
        }
    ))]
    pub sort: Option<super::AdminAuditLogsGetAuditLogsSort>,
    /// Return audit log entries after this time.
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
    /// Return audit log entries before this time.
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
    /// Maximum number of results to return.
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
}

impl AdminAuditLogsGetAuditLogsQuery {
    /// The query string (without `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        let mut q = crate::files::Query::default();
        crate::generated::QueryValue::push_to(&self.actor_type, &mut q, "actor_type");
        crate::generated::QueryValue::push_to(&self.event_type, &mut q, "event_type");
        crate::generated::QueryValue::push_to(&self.target_type, &mut q, "target_type");
        crate::generated::QueryValue::push_to(&self.actor_user_uuid, &mut q, "actor_user_uuid");
        crate::generated::QueryValue::push_to(&self.sort, &mut q, "sort");
        crate::generated::QueryValue::push_to(&self.after, &mut q, "after");
        crate::generated::QueryValue::push_to(&self.before, &mut q, "before");
        crate::generated::QueryValue::push_to(&self.limit, &mut q, "limit");
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
