// generated from the spec by `cargo xtask codegen`: do not edit
//! The generated operations' re-send rules (chained by `ops.rs`): a POST creates
//! something (sent again only when nothing can have been done), the other methods are
//! idempotent.

use crate::ops::Resend;

/// The generated operations, by the name their calls and spans carry (the operationId).
pub(crate) const OPERATIONS: &[(&str, Resend)] = &[
    ("get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization", Resend::Safe),
    ("get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace", Resend::Safe),
    ("get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats", Resend::Safe),
    ("get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats", Resend::Safe),
    ("get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats", Resend::Safe),
    ("users_api_admin_api_keys_get_api_keys", Resend::Safe),
    ("users_api_admin_api_keys_create_api_key", Resend::OnlyIfUnsent),
    ("users_api_admin_api_keys_delete_api_key", Resend::Safe),
    ("users_api_admin_audit_logs_get_audit_logs", Resend::Safe),
    ("users_api_admin_rate_limits_get_rate_limits", Resend::Safe),
    ("users_api_admin_roles_get_roles", Resend::Safe),
    ("users_api_admin_scim_sync_trigger_scim_sync", Resend::OnlyIfUnsent),
    ("users_api_admin_scim_sync_get_scim_sync_run", Resend::Safe),
    ("users_api_admin_spend_limits_get_spend_limits", Resend::Safe),
    ("users_api_admin_spend_limits_update_spend_limits", Resend::OnlyIfUnsent),
    ("users_api_admin_usage_get_usage", Resend::Safe),
    ("users_api_admin_user_groups_get_user_groups", Resend::Safe),
    ("users_api_admin_user_groups_create_user_group", Resend::OnlyIfUnsent),
    ("users_api_admin_user_groups_provision_group_to_workspace", Resend::OnlyIfUnsent),
    ("users_api_admin_user_groups_get_user_group", Resend::Safe),
    ("users_api_admin_user_groups_update_user_group", Resend::Safe),
    ("users_api_admin_user_groups_delete_user_group", Resend::Safe),
    ("users_api_admin_user_groups_get_user_group_members", Resend::Safe),
    ("users_api_admin_user_groups_assign_users_to_group", Resend::OnlyIfUnsent),
    ("users_api_admin_user_groups_remove_users_from_group", Resend::Safe),
    ("users_api_admin_user_groups_get_nested_groups", Resend::Safe),
    ("users_api_admin_user_groups_set_nested_groups", Resend::Safe),
    ("users_admin_user_groups_update_user_group_organization_role", Resend::Safe),
    ("users_admin_user_groups_get_group_workspace_assignments", Resend::Safe),
    ("users_api_admin_user_groups_assign_group_to_workspace", Resend::OnlyIfUnsent),
    ("users_admin_user_groups_update_group_workspace_assignment", Resend::Safe),
    ("users_admin_user_groups_remove_group_from_workspace", Resend::Safe),
    ("users_api_admin_users_get_users", Resend::Safe),
    ("users_api_admin_users_create_users", Resend::OnlyIfUnsent),
    ("users_api_admin_users_get_invite", Resend::Safe),
    ("users_api_admin_users_invite_users", Resend::OnlyIfUnsent),
    ("users_api_admin_users_delete_invite", Resend::Safe),
    ("users_api_admin_users_get_user", Resend::Safe),
    ("users_api_admin_users_update_user", Resend::Safe),
    ("users_api_admin_users_delete_user", Resend::Safe),
    ("users_api_admin_workspaces_get_workspaces", Resend::Safe),
    ("users_api_admin_workspaces_create_workspace", Resend::OnlyIfUnsent),
    ("users_api_admin_workspaces_update_workspaces", Resend::Safe),
    ("users_api_admin_workspaces_delete_workspaces", Resend::Safe),
    ("users_api_admin_workspaces_add_users_workspaces", Resend::OnlyIfUnsent),
    ("users_api_admin_workspaces_remove_users_workspaces", Resend::Safe),
    ("users_api_admin_workspaces_add_or_update_users_workspaces", Resend::Safe),
    ("connector_list_v1", Resend::Safe),
    ("connector_create_v1", Resend::OnlyIfUnsent),
    ("connector_get_v1", Resend::Safe),
    ("connector_get_auth_url_v1", Resend::Safe),
    ("connector_get_authentication_methods_v1", Resend::Safe),
    ("connector_list_organization_credentials_v1", Resend::Safe),
    ("connector_create_or_update_organization_credentials_v1", Resend::OnlyIfUnsent),
    ("connector_delete_organization_credentials_v1", Resend::Safe),
    ("connector_list_tools_v1", Resend::Safe),
    ("connector_call_tool_v1", Resend::OnlyIfUnsent),
    ("connector_list_user_credentials_v1", Resend::Safe),
    ("connector_create_or_update_user_credentials_v1", Resend::OnlyIfUnsent),
    ("connector_delete_all_user_credentials_v1", Resend::Safe),
    ("connector_delete_user_credentials_v1", Resend::Safe),
    ("connector_list_workspace_credentials_v1", Resend::Safe),
    ("connector_create_or_update_workspace_credentials_v1", Resend::OnlyIfUnsent),
    ("connector_delete_workspace_credentials_v1", Resend::Safe),
    ("connector_update_v1", Resend::Safe),
    ("connector_delete_v1", Resend::Safe),
    ("connector_share_v1", Resend::Safe),
    ("connector_unshare_v1", Resend::Safe),
    ("connector_activate_for_consumer_v1", Resend::OnlyIfUnsent),
    ("connector_deactivate_for_consumer_v1", Resend::OnlyIfUnsent),
    ("get_campaigns_v1_observability_campaigns_get", Resend::Safe),
    ("create_campaign_v1_observability_campaigns_post", Resend::OnlyIfUnsent),
    ("get_campaign_by_id_v1_observability_campaigns__campaign_id__get", Resend::Safe),
    ("delete_campaign_v1_observability_campaigns__campaign_id__delete", Resend::Safe),
    ("get_campaign_selected_events_v1_observability_campaigns__campaign_id__selected_events_get", Resend::Safe),
    ("get_campaign_status_by_id_v1_observability_campaigns__campaign_id__status_get", Resend::Safe),
    ("get_chat_completion_events_v1_observability_chat_completion_events_search_post", Resend::OnlyIfUnsent),
    ("get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post", Resend::OnlyIfUnsent),
    ("get_chat_completion_event_v1_observability_chat_completion_events__event_id__get", Resend::Safe),
    ("judge_chat_completion_event_v1_observability_chat_completion_events__event_id__live_judging_post", Resend::OnlyIfUnsent),
    ("get_similar_chat_completion_events_v1_observability_chat_completion_events__event_id__similar_events_get", Resend::Safe),
    ("get_chat_completion_fields_v1_observability_chat_completion_fields_get", Resend::Safe),
    ("get_chat_completion_field_options_v1_observability_chat_completion_fields__field_name__options_get", Resend::Safe),
    ("get_chat_completion_field_options_counts_v1_observability_chat_completion_fields__field_name__options_counts_post", Resend::OnlyIfUnsent),
    ("delete_dataset_records_v1_observability_dataset_records_bulk_delete_post", Resend::OnlyIfUnsent),
    ("get_dataset_record_v1_observability_dataset_records__dataset_record_id__get", Resend::Safe),
    ("delete_dataset_record_v1_observability_dataset_records__dataset_record_id__delete", Resend::Safe),
    ("judge_dataset_record_v1_observability_dataset_records__dataset_record_id__live_judging_post", Resend::OnlyIfUnsent),
    ("update_dataset_record_payload_v1_observability_dataset_records__dataset_record_id__payload_put", Resend::Safe),
    ("update_dataset_record_properties_v1_observability_dataset_records__dataset_record_id__properties_put", Resend::Safe),
    ("get_datasets_v1_observability_datasets_get", Resend::Safe),
    ("create_dataset_v1_observability_datasets_post", Resend::OnlyIfUnsent),
    ("get_dataset_by_id_v1_observability_datasets__dataset_id__get", Resend::Safe),
    ("update_dataset_v1_observability_datasets__dataset_id__patch", Resend::Safe),
    ("delete_dataset_v1_observability_datasets__dataset_id__delete", Resend::Safe),
    ("export_dataset_to_jsonl_v1_observability_datasets__dataset_id__exports_to_jsonl_get", Resend::Safe),
    ("post_dataset_records_from_campaign_v1_observability_datasets__dataset_id__imports_from_campaign_post", Resend::OnlyIfUnsent),
    ("post_dataset_records_from_dataset_v1_observability_datasets__dataset_id__imports_from_dataset_post", Resend::OnlyIfUnsent),
    ("post_dataset_records_from_explorer_v1_observability_datasets__dataset_id__imports_from_explorer_post", Resend::OnlyIfUnsent),
    ("post_dataset_records_from_file_v1_observability_datasets__dataset_id__imports_from_file_post", Resend::OnlyIfUnsent),
    ("post_dataset_records_from_playground_v1_observability_datasets__dataset_id__imports_from_playground_post", Resend::OnlyIfUnsent),
    ("get_dataset_records_v1_observability_datasets__dataset_id__records_get", Resend::Safe),
    ("create_dataset_record_v1_observability_datasets__dataset_id__records_post", Resend::OnlyIfUnsent),
    ("get_dataset_import_tasks_v1_observability_datasets__dataset_id__tasks_get", Resend::Safe),
    ("get_dataset_import_task_v1_observability_datasets__dataset_id__tasks__task_id__get", Resend::Safe),
    ("get_judges_v1_observability_judges_get", Resend::Safe),
    ("create_judge_v1_observability_judges_post", Resend::OnlyIfUnsent),
    ("get_judge_by_id_v1_observability_judges__judge_id__get", Resend::Safe),
    ("update_judge_v1_observability_judges__judge_id__put", Resend::Safe),
    ("delete_judge_v1_observability_judges__judge_id__delete", Resend::Safe),
    ("judge_conversation_v1_observability_judges__judge_id__live_judging_post", Resend::OnlyIfUnsent),
    ("get_log_fields_v1_observability_logs_fields_get", Resend::Safe),
    ("get_log_field_options_v1_observability_logs_fields__field_name__options_get", Resend::Safe),
    ("search_logs_v1_observability_logs_search_post", Resend::OnlyIfUnsent),
    ("aggregate_spans_v1_observability_spans_aggregate_post", Resend::OnlyIfUnsent),
    ("get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get", Resend::Safe),
    ("get_span_evaluation_field_options_v1_observability_spans_evaluations_fields__field_name__options_get", Resend::Safe),
    ("search_span_evaluations_v1_observability_spans_evaluations_search_post", Resend::OnlyIfUnsent),
    ("search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post", Resend::OnlyIfUnsent),
    ("get_span_fields_v1_observability_spans_fields_get", Resend::Safe),
    ("get_span_field_options_v1_observability_spans_fields__field_name__options_get", Resend::Safe),
    ("search_spans_v1_observability_spans_search_post", Resend::OnlyIfUnsent),
    ("aggregate_traces_v1_observability_traces_aggregate_post", Resend::OnlyIfUnsent),
    ("get_trace_fields_v1_observability_traces_fields_get", Resend::Safe),
    ("get_trace_field_options_v1_observability_traces_fields__field_name__options_get", Resend::Safe),
    ("search_traces_v1_observability_traces_search_post", Resend::OnlyIfUnsent),
    ("get_trace_by_id_v1_observability_traces__trace_id__get", Resend::Safe),
    ("get_trace_spans_v1_observability_traces__trace_id__spans_get", Resend::Safe),
    ("get_span_by_id_v1_observability_traces__trace_id__spans__span_id__get", Resend::Safe),
    ("get_deployment_summaries_v1_rag_deployments_get", Resend::Safe),
    ("register_deployment_v1_rag_deployments_put", Resend::Safe),
    ("unregister_deployment_v1_rag_deployments__deployment_id__delete", Resend::Safe),
    ("update_index_metrics_v1_rag_deployments__deployment_id__metrics_put", Resend::Safe),
    ("get_configs_v1_rag_ingestion_pipeline_configurations_get", Resend::Safe),
    ("register_config_v1_rag_ingestion_pipeline_configurations_put", Resend::Safe),
    ("update_run_info_v1_rag_ingestion_pipeline_configurations__id__run_info_put", Resend::Safe),
    ("users_api_get_identity", Resend::Safe),
    ("users_api_list_organizations", Resend::Safe),
    ("users_api_list_workspaces", Resend::Safe),
    ("get_workflows_v1_workflows_get", Resend::Safe),
    ("bulk_archive_workflows_v1_workflows_archive_put", Resend::Safe),
    ("list_deployments_v1_workflows_deployments_get", Resend::Safe),
    ("create_deployment_v1_workflows_deployments_post", Resend::OnlyIfUnsent),
    ("get_deployment_v1_workflows_deployments__name__get", Resend::Safe),
    ("update_deployment_v1_workflows_deployments__name__patch", Resend::Safe),
    ("delete_deployment_v1_workflows_deployments__name__delete", Resend::Safe),
    ("get_deployment_logs", Resend::Safe),
    ("stream_deployment_logs", Resend::Safe),
    ("restart_deployment_v1_workflows_deployments__name__restart_post", Resend::OnlyIfUnsent),
    ("start_deployment_v1_workflows_deployments__name__start_post", Resend::OnlyIfUnsent),
    ("stop_deployment_v1_workflows_deployments__name__stop_post", Resend::OnlyIfUnsent),
    ("list_deployment_workers_v1_workflows_deployments__name__workers_get", Resend::Safe),
    ("get_workflow_events_v1_workflows_events_list_get", Resend::Safe),
    ("get_stream_events_v1_workflows_events_stream_get", Resend::Safe),
    ("batch_cancel_workflow_executions_v1_workflows_executions_cancel_post", Resend::OnlyIfUnsent),
    ("batch_terminate_workflow_executions_v1_workflows_executions_terminate_post", Resend::OnlyIfUnsent),
    ("get_workflow_execution_v1_workflows_executions__execution_id__get", Resend::Safe),
    ("cancel_workflow_execution_v1_workflows_executions__execution_id__cancel_post", Resend::OnlyIfUnsent),
    ("get_workflow_execution_history_v1_workflows_executions__execution_id__history_get", Resend::Safe),
    ("get_workflow_execution_logs", Resend::Safe),
    ("stream_workflow_execution_logs", Resend::Safe),
    ("query_workflow_execution_v1_workflows_executions__execution_id__queries_post", Resend::OnlyIfUnsent),
    ("reset_workflow_v1_workflows_executions__execution_id__reset_post", Resend::OnlyIfUnsent),
    ("signal_workflow_execution_v1_workflows_executions__execution_id__signals_post", Resend::OnlyIfUnsent),
    ("stream_v1_workflows_executions__execution_id__stream_get", Resend::Safe),
    ("terminate_workflow_execution_v1_workflows_executions__execution_id__terminate_post", Resend::OnlyIfUnsent),
    ("get_workflow_execution_trace_events", Resend::Safe),
    ("get_workflow_execution_trace_info", Resend::Safe),
    ("get_workflow_execution_trace_otel", Resend::Safe),
    ("get_workflow_execution_trace_summary", Resend::Safe),
    ("update_workflow_execution_v1_workflows_executions__execution_id__updates_post", Resend::OnlyIfUnsent),
    ("get_workflow_registrations_v1_workflows_registrations_get", Resend::Safe),
    ("get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get", Resend::Safe),
    ("execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post", Resend::OnlyIfUnsent),
    ("list_runs_v1_workflows_runs_get", Resend::Safe),
    ("get_run_v1_workflows_runs__run_id__get", Resend::Safe),
    ("get_run_history_v1_workflows_runs__run_id__history_get", Resend::Safe),
    ("get_schedules_v1_workflows_schedules_get", Resend::Safe),
    ("schedule_workflow_v1_workflows_schedules_post", Resend::OnlyIfUnsent),
    ("get_schedule_v1_workflows_schedules__schedule_id__get", Resend::Safe),
    ("update_schedule_v1_workflows_schedules__schedule_id__patch", Resend::Safe),
    ("unschedule_workflow_v1_workflows_schedules__schedule_id__delete", Resend::Safe),
    ("pause_schedule_v1_workflows_schedules__schedule_id__pause_post", Resend::OnlyIfUnsent),
    ("resume_schedule_v1_workflows_schedules__schedule_id__resume_post", Resend::OnlyIfUnsent),
    ("trigger_schedule_v1_workflows_schedules__schedule_id__trigger_post", Resend::OnlyIfUnsent),
    ("bulk_unarchive_workflows_v1_workflows_unarchive_put", Resend::Safe),
    ("get_workflow_v1_workflows__workflow_identifier__get", Resend::Safe),
    ("update_workflow_v1_workflows__workflow_identifier__put", Resend::Safe),
    ("archive_workflow_v1_workflows__workflow_identifier__archive_put", Resend::Safe),
    ("execute_workflow_v1_workflows__workflow_identifier__execute_post", Resend::OnlyIfUnsent),
    ("unarchive_workflow_v1_workflows__workflow_identifier__unarchive_put", Resend::Safe),
    ("get_workflow_metrics_v1_workflows__workflow_name__metrics_get", Resend::Safe),
    ("prompts_list", Resend::Safe),
    ("prompts_create", Resend::OnlyIfUnsent),
    ("prompts_get", Resend::Safe),
    ("prompts_update", Resend::Safe),
    ("prompts_delete", Resend::Safe),
    ("prompts_list_versions", Resend::Safe),
    ("prompts_create_version", Resend::OnlyIfUnsent),
    ("prompts_get_version", Resend::Safe),
    ("prompts_update_version_metadata", Resend::Safe),
    ("skills_list", Resend::Safe),
    ("skills_create", Resend::OnlyIfUnsent),
    ("skills_get", Resend::Safe),
    ("skills_update", Resend::Safe),
    ("skills_delete", Resend::Safe),
    ("skills_list_versions", Resend::Safe),
    ("skills_create_version", Resend::OnlyIfUnsent),
    ("skills_get_version", Resend::Safe),
    ("skills_update_version_metadata", Resend::Safe),
    ("list_agents_v1_audio_agents_get", Resend::Safe),
    ("create_agent_v1_audio_agents_post", Resend::OnlyIfUnsent),
    ("get_agent_v1_audio_agents__agent_id__get", Resend::Safe),
    ("update_agent_v1_audio_agents__agent_id__put", Resend::Safe),
    ("delete_agent_v1_audio_agents__agent_id__delete", Resend::Safe),
    ("list_agent_sessions_v1_audio_agents__agent_id__sessions_get", Resend::Safe),
    ("list_agent_versions_v1_audio_agents__agent_id__versions_get", Resend::Safe),
    ("create_session_v1_audio_sessions_post", Resend::OnlyIfUnsent),
    ("get_session_v1_audio_sessions__session_id__get", Resend::Safe),
    ("delete_session_v1_audio_sessions__session_id__delete", Resend::Safe),
    ("create_client_session_v1_client_sessions_post", Resend::OnlyIfUnsent),
    ("connector_create_credentials_v1", Resend::OnlyIfUnsent),
    ("connector_update_credentials", Resend::Safe),
    ("connector_delete_credentials", Resend::Safe),
    ("connector_share_to_organization_v1", Resend::Safe),
    ("connector_unshare_from_organization_v1", Resend::Safe),
    ("list_indexes_v1_context_search_indexes_get", Resend::Safe),
    ("create_index_v1_context_search_indexes_post", Resend::OnlyIfUnsent),
    ("get_index_v1_context_search_indexes__index_name__get", Resend::Safe),
    ("update_index_v1_context_search_indexes__index_name__put", Resend::Safe),
    ("delete_index_v1_context_search_indexes__index_name__delete", Resend::Safe),
    ("get_chunk_index_v1_context_search_indexes__index_name__chunks__chunk_id__get", Resend::Safe),
    ("ingest_documents_v1_context_search_indexes__index_name__documents_post", Resend::OnlyIfUnsent),
    ("delete_documents_v1_context_search_indexes__index_name__documents_delete", Resend::Safe),
    ("grep_index_v1_context_search_indexes__index_name__grep_post", Resend::OnlyIfUnsent),
    ("navigate_index_v1_context_search_indexes__index_name__navigate_post", Resend::OnlyIfUnsent),
    ("read_index_v1_context_search_indexes__index_name__read_post", Resend::OnlyIfUnsent),
    ("search_index_v1_context_search_indexes__index_name__search_post", Resend::OnlyIfUnsent),
    ("get_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__get", Resend::Safe),
    ("generate_managed_index_summary_post_v1_context_search_indexes__index_name__summary_field__language__post", Resend::OnlyIfUnsent),
    ("set_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__put", Resend::Safe),
    ("post_dataset_records_from_spans_v1_observability_datasets__dataset_id__imports_from_spans_post", Resend::OnlyIfUnsent),
    ("search_all_evaluation_runs_v2_v1_observability_evaluation_runs_v2_search_post", Resend::OnlyIfUnsent),
    ("get_evaluation_run_v2_v1_observability_evaluation_runs_v2__run_id__get", Resend::Safe),
    ("search_evaluation_run_records_v2_v1_observability_evaluation_runs_v2__run_id__records_search_post", Resend::OnlyIfUnsent),
    ("get_evaluation_run_record_v2_v1_observability_evaluation_runs_v2__run_id__records__record_id__get", Resend::Safe),
    ("get_single_evaluation_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_get", Resend::Safe),
    ("compute_filtered_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_compute_post", Resend::OnlyIfUnsent),
    ("get_evaluation_v2_v1_observability_evaluations_v2__evaluation_slug__get", Resend::Safe),
    ("search_evaluation_runs_v2_v1_observability_evaluations_v2__evaluation_slug__runs_search_post", Resend::OnlyIfUnsent),
    ("list_optimizations_v1_observability_optimizations_get", Resend::Safe),
    ("get_optimization_v1_observability_optimizations__optimization_id__get", Resend::Safe),
    ("list_optimization_trials_v1_observability_optimizations__optimization_id__trials_get", Resend::Safe),
    ("search_pipeline_results_v1_observability_pipeline_results_search_post", Resend::OnlyIfUnsent),
    ("list_pipelines_v1_observability_pipelines_get", Resend::Safe),
    ("create_pipeline_v1_observability_pipelines_post", Resend::OnlyIfUnsent),
    ("get_pipeline_v1_observability_pipelines__pipeline_id__get", Resend::Safe),
    ("update_pipeline_v1_observability_pipelines__pipeline_id__put", Resend::Safe),
    ("delete_pipeline_v1_observability_pipelines__pipeline_id__delete", Resend::Safe),
    ("get_projects_v1_observability_projects_get", Resend::Safe),
    ("get_project_v1_observability_projects__project_slug__get", Resend::Safe),
    ("get_project_evaluations_v2_v1_observability_projects__project_slug__evaluations_v2_get", Resend::Safe),
    ("aggregate_span_evaluations_v1_observability_spans_evaluations_aggregate_post", Resend::OnlyIfUnsent),
    ("list_service_accounts_v1_service_accounts_get", Resend::Safe),
    ("create_service_account_v1_service_accounts_post", Resend::OnlyIfUnsent),
    ("list_assignable_service_account_roles_v1_service_accounts_assignable_roles_get", Resend::Safe),
    ("get_service_account_v1_service_accounts__service_account_id__get", Resend::Safe),
    ("update_service_account_v1_service_accounts__service_account_id__patch", Resend::Safe),
    ("delete_service_account_v1_service_accounts__service_account_id__delete", Resend::Safe),
    ("list_service_account_roles_v1_service_accounts__service_account_id__roles_get", Resend::Safe),
    ("set_service_account_roles_v1_service_accounts__service_account_id__roles_put", Resend::Safe),
    ("list_triggers_v1_triggers_get", Resend::Safe),
    ("create_trigger_v1_triggers_post", Resend::OnlyIfUnsent),
    ("get_trigger_v1_triggers__trigger_id__get", Resend::Safe),
    ("delete_trigger_v1_triggers__trigger_id__delete", Resend::Safe),
    ("list_trigger_events_v1_triggers__trigger_id__events_get", Resend::Safe),
    ("list_webhooks_v1_webhooks_get", Resend::Safe),
    ("create_webhook_v1_webhooks_post", Resend::OnlyIfUnsent),
    ("get_webhook_v1_webhooks__webhook_id__get", Resend::Safe),
    ("delete_webhook_v1_webhooks__webhook_id__delete", Resend::Safe),
    ("get_webhook_signing_secret_v1_webhooks__webhook_id__signing_secret_get", Resend::Safe),
    ("users_api_whoami", Resend::Safe),
    ("unharden_deployment_v1_workflows_deployments__deployment_id__unharden_post", Resend::OnlyIfUnsent),
    ("get_deployment_archive_v1_workflows_deployments__name__archive_get", Resend::Safe),
    ("add_workflow_tags_v1_workflows__workflow_identifier__tags_post", Resend::OnlyIfUnsent),
    ("audio_v2_voices_list", Resend::Safe),
];

/// The generated handle sources of the enabled groups (for the operations table's test).
#[cfg(test)]
// One push per enabled group: with every feature on, clippy would rather see a `vec![..]`.
#[allow(clippy::vec_init_then_push)]
pub(crate) fn sources() -> Vec<&'static str> {
    #[allow(unused_mut)]
    let mut out: Vec<&'static str> = Vec::new();
    #[cfg(feature = "admin")]
    out.push(include_str!("admin/vibe_code_analytics.rs"));
    #[cfg(feature = "admin")]
    out.push(include_str!("admin/vibe_work_analytics.rs"));
    #[cfg(feature = "admin")]
    out.push(include_str!("admin/api_keys.rs"));
    #[cfg(feature = "admin")]
    out.push(include_str!("admin/audit_logs.rs"));
    #[cfg(feature = "admin")]
    out.push(include_str!("admin/billing.rs"));
    #[cfg(feature = "admin")]
    out.push(include_str!("admin/users.rs"));
    #[cfg(feature = "admin")]
    out.push(include_str!("admin/scim.rs"));
    #[cfg(feature = "admin")]
    out.push(include_str!("admin/user_groups.rs"));
    #[cfg(feature = "admin")]
    out.push(include_str!("admin/workspaces.rs"));
    #[cfg(feature = "connectors")]
    out.push(include_str!("connectors/base.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/campaigns.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/chat_completion_events.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/chat_completion_events_fields.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/datasets_records.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/datasets.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/judges.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/logs.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/spans.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/traces.rs"));
    #[cfg(feature = "rag")]
    out.push(include_str!("rag/search_indexes.rs"));
    #[cfg(feature = "rag")]
    out.push(include_str!("rag/ingestion_pipeline_configurations.rs"));
    #[cfg(feature = "users")]
    out.push(include_str!("users/base.rs"));
    #[cfg(feature = "workflows")]
    out.push(include_str!("workflows/base.rs"));
    #[cfg(feature = "workflows")]
    out.push(include_str!("workflows/deployments.rs"));
    #[cfg(feature = "events")]
    out.push(include_str!("events/base.rs"));
    #[cfg(feature = "workflows")]
    out.push(include_str!("workflows/executions.rs"));
    #[cfg(feature = "workflows")]
    out.push(include_str!("workflows/runs.rs"));
    #[cfg(feature = "workflows")]
    out.push(include_str!("workflows/schedules.rs"));
    #[cfg(feature = "workflows")]
    out.push(include_str!("workflows/metrics.rs"));
    #[cfg(feature = "prompts")]
    out.push(include_str!("prompts/base.rs"));
    #[cfg(feature = "skills")]
    out.push(include_str!("skills/base.rs"));
    #[cfg(feature = "voice")]
    out.push(include_str!("voice/agents.rs"));
    #[cfg(feature = "voice")]
    out.push(include_str!("voice/sessions.rs"));
    #[cfg(feature = "realtime")]
    out.push(include_str!("realtime/sessions.rs"));
    #[cfg(feature = "context")]
    out.push(include_str!("context/search_indexes.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/evaluations_runs.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/evaluations_records.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/evaluations.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/evaluations_optimizations.rs"));
    #[cfg(feature = "observability")]
    out.push(include_str!("observability/evaluations_projects.rs"));
    #[cfg(feature = "service-accounts")]
    out.push(include_str!("service_accounts/base.rs"));
    #[cfg(feature = "triggers")]
    out.push(include_str!("triggers/base.rs"));
    #[cfg(feature = "webhooks")]
    out.push(include_str!("webhooks/base.rs"));
    #[cfg(feature = "voice")]
    out.push(include_str!("voice/voices.rs"));
    out
}
