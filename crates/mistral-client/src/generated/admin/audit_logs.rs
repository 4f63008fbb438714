// generated from the spec by `cargo xtask codegen`: do not edit

crate::pipeline::handle! {
    /// The calls of the spec's `beta.admin.audit-logs` tag: `client.admin().audit_logs()`.
    AdminAuditLogs
}

crate::pipeline::per_call_setters!(AdminAuditLogs => core.opts);

impl<'a> super::AdminAuditLogs<'a> {
    /// Get Audit Logs
    ///
    /// List audit log entries for the Organization.
    ///
    /// `GET /v1/admin/audit-logs`: operation `users_api_admin_audit_logs_get_audit_logs` of the published spec (`spec/mistral-openapi.json`).
    ///
    /// # Errors
    /// Invalid parameters are refused before sending; otherwise as every call.
    pub async fn get_audit_logs(
        &self,
        query: &mistral_types::generated::admin::AdminAuditLogsGetAuditLogsQuery,
    ) -> crate::error::Result<crate::meta::WithMeta<Vec<mistral_types::generated::admin::AuditLogOut>>> {
        query.validate()?;
        self.core.check_headers()?;
        let path = crate::generated::with_query(String::from("/v1/admin/audit-logs"), &query.to_query());
        let call = crate::pipeline::Call::bare(
            "users_api_admin_audit_logs_get_audit_logs",
            http::Method::GET,
            path,
        );
        crate::generated::json(&self.core, call).await
    }
}
