#!/usr/bin/env python3
"""Vendor Mistral's OpenAPI descriptions into the repository as JSON, the input of the spec
generator (`cargo xtask codegen`).

Usage: python3 scripts/vendor_spec.py [--plain] path/to/mistral-openapi.yaml \
           path/to/mistral-openapi-supplement.yaml

Writes spec/mistral-openapi.json and spec/mistral-openapi-supplement.json at the repository root:
one key per line with sorted keys, so that a refresh shows as a readable diff. The documents are
kept whole (descriptions and examples are the generated docs and mock answers). Then run
`cargo xtask codegen` to regenerate the Rust sources and `cargo xtask coverage` to see what the
refresh added.

The newer API (issue #30): the published description (August) is older than the API the
official SDK reaches. For the operations both descriptions have whose calls are generated, the
changes spec-supplement.md lists ("What changed since the published spec") are applied to the
published description as it is vendored, from the tables below (written from the official
Python SDK 3.7.0's pydantic models, `mistralai/client/models/`, named beside each entry):
- SCHEMA_CHANGES (component schemas) and BODY_CHANGES (inline request bodies): properties
  added, and properties whose type changed, carry `"x-newer-api": true`; properties the newer
  API neither sends nor reads are kept (old servers still do) with `"x-no-longer-sent": true`
  and are never required; required-ness changes (`require`, `unrequire`). Added response
  fields stay optional even where the SDK's model requires them (old servers omit them).
- PARAM_CHANGES: query parameters added (`"x-newer-api": true` on the parameter and its
  schema) or no longer read (`"x-no-longer-sent": true` on both).
- RESPONSE_CHANGES: response statuses added (`"x-newer-api": true`).
- NEW_SCHEMAS: the SDK's schemas the changes refer to (`"x-newer-api": true`).
A change the published description already has is left as published (and reported); a target
it lacks stops the script. The count of changes is printed. `--plain` vendors the documents
unchanged (to diff the overlay: vendor with and without it). The hand-written operations get
the same changes in their types from scripts/extract_schemas.py (TWINS/NEWER).
"""
import datetime
import json
import os
import sys

import yaml


def plain(value):
    """YAML dates and timestamps as the strings JSON has."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value
# ---------------------------------------------------------------------------------------------
# The newer API's changes (issue #30), applied to the published description as it is vendored.
# Written from the official Python SDK 3.7.0's pydantic models (mistralai/client/models/, named
# in each comment), for the changes spec-supplement.md lists on operations both descriptions
# have and whose calls are generated (the hand-written types get theirs from
# scripts/extract_schemas.py). Added response fields stay optional even where the SDK's model
# requires them: old servers do not send them.
# ---------------------------------------------------------------------------------------------
NULL = {"type": "null"}


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def opt(schema, description=None, **extra):
    """A nullable property, as the published spec writes one (`anyOf` with `null`)."""
    out = {"anyOf": [schema, NULL], **extra}
    if description:
        out["description"] = description
    return out


def doc(schema, description):
    return {**schema, "description": description}


STRING = {"type": "string"}
STRINGS = {"type": "array", "items": {"type": "string"}}
# ExtendedOAuthServerMetadata and the auth methods: `oauth2_server_metadata` as the SDK types it.
OAUTH_METADATA = opt(ref("ExtendedOAuthServerMetadata"))
AUTH_HEADERS = opt({"type": "array", "items": ref("ConnectorAuthenticationHeader")},
                   "Optional headers sent with requests for this auth method.")
SEARCH_KEYS = opt({"type": "object", "additionalProperties": opt(STRING)},
                  "The execution's search keys (metadata), if requested via include_search_keys.")
RUNTIME_FIELDS = {
    "runtime_credential_id": opt(STRING),
    "runtime_principal_type": opt(ref("PrincipalType")),
}
CONNECTOR_PROTOCOL = {
    "type": "string", "enum": ["mcp", "http"], "title": "Protocol",
    "description": "Protocol of the connector: 'mcp' for MCP connectors, 'http' for HTTP "
                   "(OpenAPI) connectors.",
}
WORKER_SPEC_ADDED = {
    "archive_id": opt(STRING, "Mistral Cloud archive to build the worker from instead of a "
                      "repository. The archive is the whole build context: 'dockerfile_path' is "
                      "relative to its root, and 'build_directory' must be unset."),
    "backend_spec": opt(ref("DeploymentMistralCloudBackendSpec"),
                        "Backend-specific configuration for the Mistral Cloud backend."),
}
WORKSPACE_RELATION = doc(ref("ShareRelation"),
                         "Relation a subject holds on a shared registry object.")

# Component schemas: name -> change. `add`: properties added (marked x-newer-api); `replace`:
# properties whose type changed (marked x-newer-api); `no_longer`: properties the newer API
# neither sends nor reads, kept for old servers (marked x-no-longer-sent, never required);
# `require` / `unrequire`: required-ness changes.
SCHEMA_CHANGES = {
    # connectorsqueryfilters.py: GET /v1/connectors `query_filters`.
    "ConnectorsQueryFilters": {
        "add": {"supports_mcp": opt({"type": "boolean"}, "Filter connectors by whether they "
                                    "expose an MCP-compatible tool interface.")},
        "no_longer": ["active"],
    },
    # mcpconnector.py / httpconnector.py (the SDK's `Connector`, told apart by `protocol`):
    # GET /v1/connectors/{id_or_name}, PATCH /v1/connectors/{id}, POST /v1/connectors.
    "Connector": {
        "add": {
            "blocked_by": {"type": "array", "items": ref("ConsumerType")},
            "openapi_spec": opt(ref("ConnectorOpenAPISpec"), "The OpenAPI spec the connector "
                                "tools are converted from. Null when it has none."),
            "supports_mcp": {"type": "boolean", "description": "Whether this connector exposes "
                             "an MCP-compatible tool interface."},
        },
        "no_longer": ["active", "connection_config", "execution_env", "system_prompt_route"],
    },
    # publicauthenticationmethod.py: GET /v1/connectors/{id_or_name}/authentication_methods.
    "PublicAuthenticationMethod": {
        "add": {
            "grant_type": opt(ref("OAuth2GrantType")),
            "token_endpoint_auth_method": opt(ref("OAuth2TokenEndpointAuthMethod")),
        },
    },
    # connectormcppublicupdate.py / updatehttpconnectorrequest.py: PATCH /v1/connectors/{id}.
    "UpdateConnectorRequest": {
        "replace": {"protocol": CONNECTOR_PROTOCOL},
        "require": ["protocol"],
    },
    # createconnectorrequest.py / createhttpconnectorrequest.py: POST /v1/connectors.
    "CreateConnectorRequest": {
        "add": {"auth_methods": opt({"type": "array", "items": ref("ConnectorAuthMethod")},
                                    "Authentication methods supported by the connector.")},
        "replace": {"protocol": CONNECTOR_PROTOCOL},
        "require": ["protocol"],
        "no_longer": ["auth_data"],
    },
    # extendedoauthservermetadata.py: POST /v1/connectors `oauth2_server_metadata`.
    "ExtendedOAuthServerMetadata": {
        "add": {
            "authorization_grant_profiles_supported": opt(STRINGS),
            "authorization_response_iss_parameter_supported": opt({"type": "boolean"}),
        },
        "replace": {"authorization_endpoint": opt({"format": "uri", "minLength": 1,
                                                   "type": "string"},
                                                  title="Authorization Endpoint")},
        "unrequire": ["authorization_endpoint"],
    },
    # connectioncredentialsinput.py: POST /v1/connectors/{id_or_name}/{organization,user,
    # workspace}/credentials `credentials`.
    "ConnectionCredentials": {"no_longer": ["github_installation_id"]},
    # dataset.py / datasetpreview.py: GET/PATCH/POST /v1/observability/datasets...
    "Dataset": {"add": {"slug": STRING}},
    "DatasetPreview": {"add": {"slug": STRING}},
    # datasetimporttask.py: GET .../tasks/{task_id}, POST .../imports/from-{dataset,file,playground}.
    "DatasetImportTask": {"add": {"result": opt(ref("DatasetImportResult"))}},
    # gettrace.py / getspan.py: GET /v1/observability/traces/{trace_id}[/spans/{span_id}].
    "GetTrace": {"add": {"service_account_id": STRING}},
    "GetSpan": {"add": {"service_account_id": STRING}},
    # createdatasetrecordrequest.py: POST /v1/observability/datasets/{dataset_id}/records.
    "CreateDatasetRecordRequest": {
        "add": {"source": {
            "type": "string", "enum": ["DIRECT_INPUT", "TELEMETRY_SPAN"], "default": "DIRECT_INPUT",
            "description": "Caller-declared channel that initiated record creation. This value "
                           "does not certify that the payload is an unmodified copy of its source.",
        }},
    },
    # manageddeploymentresponse.py: the 202 of every deployment call.
    "ManagedDeploymentResponse": {"add": RUNTIME_FIELDS},
    # deploymentdetailresponse.py: GET /v1/workflows/deployments/{name}.
    "DeploymentDetailResponse": {
        "add": {
            "last_heartbeat": {"type": "string", "format": "date-time", "description":
                               "When the deployment last saw a worker registration"},
            "owner": opt(STRING, "User id that owns the deployment, or null when it is "
                         "administrator-managed"),
        },
    },
    # deploymentresourceconfig.py / deploymentresourceconfigupdate.py: POST/PATCH
    # /v1/workflows/deployments `resources` (only `replicas` is left).
    "DeploymentResourceConfig": {
        "no_longer": ["cpu_limit", "cpu_request", "memory_limit", "memory_request"],
    },
    "DeploymentResourceConfigUpdate": {
        "no_longer": ["cpu_limit", "cpu_request", "memory_limit", "memory_request"],
    },
    # deploymentworkerspecinput.py: POST /v1/workflows/deployments `spec`.
    "DeploymentWorkerSpecInput": {
        "add": {
            **WORKER_SPEC_ADDED,
            "requested_roles": opt(STRINGS, "Workspace roles, by name, that the deployment's "
                                   "service account holds beyond `workflow_executor`. Granted "
                                   "only if the deploying user holds them."),
        },
        "replace": {"github_url": opt(STRING, "GitHub repository to build the worker from. Set "
                                      "this or 'archive_id', not both.")},
        "unrequire": ["github_url"],
        "no_longer": ["entrypoint", "working_dir"],
    },
    # workflowsworkerspecupdate.py: PATCH /v1/workflows/deployments/{name} `spec`.
    "WorkflowsWorkerSpecUpdate": {
        "add": {
            **WORKER_SPEC_ADDED,
            "archive_id": opt(STRING, "Rebuild the worker from this archive, dropping "
                              "'github_url' and 'revision'. Sending 'github_url' instead moves "
                              "it back to a repository."),
            "requested_roles": opt(STRINGS, "The complete workspace-role set after the update, "
                                   "beyond `workflow_executor`. Replaces the current roles; omit "
                                   "it to leave them unchanged, send an empty list to drop all "
                                   "extras. Granted only if the deploying user holds them."),
        },
        "no_longer": ["entrypoint", "working_dir"],
    },
    # workflowexecutionresponse.py: GET /v1/workflows/executions/{id}, GET /v1/workflows/runs/
    # {run_id}, POST .../execute; workflowexecutiontrace{events,otel,summary}response.py.
    "WorkflowExecutionResponse": {"add": {"search_keys": SEARCH_KEYS}},
    "WorkflowExecutionTraceEventsResponse": {"add": {"search_keys": SEARCH_KEYS}},
    "WorkflowExecutionTraceOTelResponse": {"add": {"search_keys": SEARCH_KEYS}},
    "WorkflowExecutionTraceSummaryResponse": {"add": {"search_keys": SEARCH_KEYS}},
    # workflowexecutionrequest.py: POST /v1/workflows/{id}/execute and
    # /v1/workflows/registrations/{id}/execute.
    "WorkflowExecutionRequest": {
        "add": {"traceparent": opt(STRING, "W3C trace context to join this execution to the "
                                   "caller's trace. Ignored when force_new_trace is set.")},
    },
    # prompt.py: every /v2/prompts answer.
    "Prompt": {
        "add": {
            "createdBy": STRING,
            "versionCreatedAt": ref("Timestamp"),
        },
    },
    # createpromptrequest.py / createskillrequest.py: POST /v2/prompts, POST /v2/skills.
    "CreatePromptRequest": {"add": {"workspaceRelation": WORKSPACE_RELATION}},
    "CreateSkillRequest": {"add": {"workspaceRelation": WORKSPACE_RELATION}},
    # createingestionpipelineconfigurationrequest.py: PUT /v1/rag/ingestion_pipeline_configurations.
    "CreateIngestionPipelineConfigurationRequest": {
        "add": {"target_indexes": opt({"type": "array",
                                       "items": ref("IngestionPipelineTargetIndexRef")})},
    },
}

# Request bodies the published spec writes inline: (method, path) -> change (keys as above).
BODY_CHANGES = {
    # prompts_updateop.py `UpdatePromptRequest`, skills_updateop.py `UpdateSkillRequest`.
    ("patch", "/v2/prompts/{prompt_id}"): {"add": {"workspaceRelation": WORKSPACE_RELATION}},
    ("patch", "/v2/skills/{skill_id}"): {"add": {"workspaceRelation": WORKSPACE_RELATION}},
}


def query(name, schema, description=None):
    out = {"in": "query", "name": name, "required": False, "schema": schema}
    if description:
        out["description"] = description
        out["schema"] = {**schema, "description": description}
    return out


# Query parameters: (method, path) -> {"add": [parameter], "no_longer": [name]}.
PARAM_CHANGES = {
    # connector_get_v1op.py: `fetch_customer_data` gone.
    ("get", "/v1/connectors/{connector_id_or_name}#idOrName"): {"no_longer": ["fetch_customer_data"]},
    # connector_list_tools_v1op.py: `page` gone (`page_size` stays).
    ("get", "/v1/connectors/{connector_id_or_name}/tools"): {"no_longer": ["page"]},
    # list_deployments_v1_workflows_deployments_getop.py.
    ("get", "/v1/workflows/deployments"): {"add": [
        query("created_by", opt(STRING), "Filter deployments by creator's user id"),
        query("owner", opt(STRING), "Filter deployments by owner's user id"),
        query("location_types", opt({"type": "array", "items": ref("LocationType")}),
              "Filter deployments with at least one worker on any of these location types (OR)"),
        query("repository_url", opt(STRING),
              "Filter managed deployments by source repository URL (exact match)"),
        query("dockerfile_path", opt(STRING),
              "Filter managed deployments by Dockerfile path (exact match)"),
    ]},
    # get_deployment_logsop.py.
    ("get", "/v1/workflows/deployments/{name}/logs"): {"add": [
        query("log_type", ref("DeploymentLogType"), "Which stream to read. 'runtime' is the "
              "workers' own logs; 'build' reads the image build output and requires a managed "
              "deployment."),
    ]},
    # get_workflow_execution_v1_workflows_executions_execution_id_getop.py.
    ("get", "/v1/workflows/executions/{execution_id}"): {"add": [
        query("include_search_keys", {"type": "boolean", "default": False},
              "Include the execution's search keys (metadata) in the response."),
    ]},
    # get_workflow_registrations_v1_workflows_registrations_getop.py.
    ("get", "/v1/workflows/registrations"): {"add": [
        query("workflow_name", opt(STRING), "Exact workflow name to filter by"),
    ]},
}

# Responses: (method, path) -> {status: response}.
RESPONSE_CHANGES = {
    # events.py `get_stream_events`: a 400 (its body read as text by the SDK).
    ("get", "/v1/workflows/events/stream"): {"400": {"description": "Bad Request"}},
}


def const(value):
    """A tag property: always sent by the SDK (a union's discriminator is required)."""
    return {"type": "string", "const": value, "default": value}


# Schemas the changes refer to that the published spec lacks, as the SDK models them.
NEW_SCHEMAS = {
    # principaltype.py
    "PrincipalType": {"type": "string", "enum": ["api_key", "service_account", "user"]},
    # deploymentlogtype.py
    "DeploymentLogType": {"type": "string", "enum": ["build", "runtime"], "description":
                          "`runtime` is what the workers themselves emit. `build` only exists "
                          "for managed deployments: it is the image build pipeline's output, "
                          "which no worker reports."},
    # sharerelation.py
    "ShareRelation": {"type": "string", "enum": ["share_relation_unspecified", "reader", "writer"],
                      "description": "Relation a subject holds on a shared registry object."},
    # oauth2granttype.py, oauth2tokenendpointauthmethod.py
    "OAuth2GrantType": {"type": "string", "enum": ["authorization_code", "client_credentials"]},
    "OAuth2TokenEndpointAuthMethod": {"type": "string", "enum": [
        "client_secret_post", "client_secret_basic", "private_key_jwt"]},
    # connectoropenapispec.py, openapispecsource.py, openapifilesource.py, openapiurlsource.py
    "ConnectorOpenAPISpec": {"type": "object", "properties": {
        "source": opt(ref("OpenAPISpecSource"), "Where the spec came from. Null when unknown, "
                      "e.g. a file uploaded without a name, or hidden, e.g. on Mistral "
                      "connectors."),
    }, "required": ["source"]},
    "OpenAPISpecSource": {
        "oneOf": [ref("OpenAPIFileSource"), ref("OpenAPIURLSource")],
        "discriminator": {"propertyName": "type", "mapping": {
            "file": "#/components/schemas/OpenAPIFileSource",
            "url": "#/components/schemas/OpenAPIURLSource"}},
    },
    "OpenAPIFileSource": {"type": "object", "properties": {
        "filename": STRING, "type": const("file")}, "required": ["filename", "type"]},
    "OpenAPIURLSource": {"type": "object", "properties": {
        "url": STRING, "type": const("url")}, "required": ["url", "type"]},
    # createconnectorrequest.py `CreateConnectorRequestAuthMethod` (bearerauthmethod.py,
    # noneauthmethod.py, oauth2authmethod.py), told apart by `method_type`.
    "ConnectorAuthMethod": {
        "oneOf": [ref("BearerAuthMethod"), ref("NoneAuthMethod"), ref("OAuth2AuthMethod")],
        "discriminator": {"propertyName": "method_type", "mapping": {
            "bearer": "#/components/schemas/BearerAuthMethod",
            "none": "#/components/schemas/NoneAuthMethod",
            "oauth2": "#/components/schemas/OAuth2AuthMethod"}},
    },
    "BearerAuthMethod": {"type": "object", "properties": {
        "method_type": const("bearer"),
        "headers": opt({"type": "array", "items": ref("ConnectorAuthenticationHeader")},
                       "Optional additional headers sent with requests."),
    }, "required": ["method_type"]},
    "NoneAuthMethod": {"type": "object", "properties": {
        "method_type": const("none"),
        "headers": opt({"type": "array", "items": ref("ConnectorAuthenticationHeader")}),
    }, "required": ["method_type"]},
    # oauth2authmethod.py: told apart by `grant_type`.
    "OAuth2AuthMethod": {
        "oneOf": [ref("OAuth2AuthorizationCodeAuthMethod"), ref("OAuth2ClientCredentialsAuthMethod")],
        "discriminator": {"propertyName": "grant_type", "mapping": {
            "authorization_code": "#/components/schemas/OAuth2AuthorizationCodeAuthMethod",
            "client_credentials": "#/components/schemas/OAuth2ClientCredentialsAuthMethod"}},
    },
    # oauth2authorizationcodeauthmethod.py
    "OAuth2AuthorizationCodeAuthMethod": {"type": "object", "properties": {
        "method_type": const("oauth2"),
        "grant_type": const("authorization_code"),
        "auth_data": ref("AuthData"),
        "headers": AUTH_HEADERS,
        "oauth2_server_metadata": doc(OAUTH_METADATA, "OAuth2 authorization server metadata "
                                      "(endpoints, scopes_supported, ...)."),
    }, "required": ["method_type", "grant_type", "auth_data"]},
    # oauth2clientcredentialsauthmethod.py
    "OAuth2ClientCredentialsAuthMethod": {"type": "object", "properties": {
        "method_type": const("oauth2"),
        "grant_type": const("client_credentials"),
        "token_endpoint_auth_method": ref("OAuth2TokenEndpointAuthMethod"),
        "oauth2_server_metadata": ref("ExtendedOAuthServerMetadata"),
        "headers": AUTH_HEADERS,
    }, "required": ["method_type", "grant_type", "token_endpoint_auth_method",
                    "oauth2_server_metadata"]},
    # datasetimportresult.py
    "DatasetImportResult": {"type": "object", "properties": {
        "requested_record_count": {"type": "integer"},
        "imported_record_count": {"type": "integer"},
        "skipped_record_count": {"type": "integer"},
    }, "required": ["requested_record_count", "imported_record_count", "skipped_record_count"]},
    # deploymentmistralcloudbackendspec.py, deploymentsecretbinding.py
    "DeploymentMistralCloudBackendSpec": {"type": "object", "properties": {
        "type": {"type": "string", "enum": ["mistral_cloud", "koyeb"], "default": "mistral_cloud"},
        "build_directory": opt(STRING, "Docker build context, as a path in the repo. Defaults "
                               "to the repo root."),
        "dockerfile_path": opt(STRING, "Path to the Dockerfile, relative to 'build_directory'. "
                               "Defaults to 'Dockerfile'."),
        "secrets": opt({"type": "array", "items": ref("DeploymentSecretBinding")},
                       "Secrets to bind to the worker, as 'secret:workspace:<NAME>' references. "
                       "Each is available during build and run: as a Dockerfile build arg "
                       "(declare a matching 'ARG') and as an env var. On update, the field "
                       "carries the complete set: send the full list to rebind, an empty list to "
                       "unbind all, omit it to leave the bindings unchanged."),
    }},
    "DeploymentSecretBinding": {"type": "object", "properties": {
        "env_var_name": doc(STRING, "Environment variable the worker process reads; the "
                            "secret's name lives in 'reference'."),
        "reference": doc(STRING, "Secret reference as 'secret:workspace:<NAME>'. Resolved at "
                         "boot by the runtime-init container; the value never reaches the "
                         "control plane."),
    }, "required": ["env_var_name", "reference"]},
    # ingestionpipelinetargetindexref.py
    "IngestionPipelineTargetIndexRef": {"type": "object", "properties": {
        "name": STRING, "type": {"type": "string", "const": "vespa", "default": "vespa"},
    }, "required": ["name"]},
}


def newer(schema):
    return {**schema, "x-newer-api": True}


def change_schema(schema, change, where, log):
    """Applies one `SCHEMA_CHANGES` entry to `schema` (in place); `where` names it in `log`."""
    props = schema.setdefault("properties", {})
    required = schema.get("required", [])
    for name, prop in change.get("add", {}).items():
        if name in props:
            log.append(f"{where}.{name}: already in the published spec, left as published")
            continue
        props[name] = newer(prop)
        log.append(f"{where}.{name}: added")
    for name, prop in change.get("replace", {}).items():
        if name not in props:
            raise SystemExit(f"newer-API overlay: {where} has no property {name}")
        # The published title and description stay unless the SDK has its own.
        kept = {k: v for k, v in props[name].items() if k in ("title", "description")}
        props[name] = newer({**kept, **prop})
        log.append(f"{where}.{name}: type changed")
    for name in change.get("no_longer", []):
        if name not in props:
            raise SystemExit(f"newer-API overlay: {where} has no property {name}")
        props[name] = {**props[name], "x-no-longer-sent": True}
        if name in required:
            required.remove(name)
        log.append(f"{where}.{name}: no longer sent")
    for name in change.get("require", []):
        if name not in required:
            required.append(name)
        log.append(f"{where}.{name}: required")
    for name in change.get("unrequire", []):
        if name in required:
            required.remove(name)
        log.append(f"{where}.{name}: optional")
    if required:
        schema["required"] = required
    else:
        schema.pop("required", None)


def operation(doc, key):
    method, path = key
    try:
        return doc["paths"][path][method]
    except KeyError:
        raise SystemExit(f"newer-API overlay: the published spec has no {method.upper()} {path}")


def apply_newer_api(doc):
    """Applies the newer API's changes to the published description (in place); returns the
    list of changes applied, one line each."""
    log = []
    schemas = doc["components"]["schemas"]
    for name, schema in NEW_SCHEMAS.items():
        if name in schemas:
            log.append(f"{name}: already in the published spec, left as published")
            continue
        schemas[name] = newer(schema)
        log.append(f"{name}: new schema")
    for name, change in SCHEMA_CHANGES.items():
        if name not in schemas:
            raise SystemExit(f"newer-API overlay: the published spec has no schema {name}")
        change_schema(schemas[name], change, name, log)
    for key, change in BODY_CHANGES.items():
        body = operation(doc, key)["requestBody"]["content"]["application/json"]["schema"]
        change_schema(body, change, f"{key[0].upper()} {key[1]} body", log)
    for key, change in PARAM_CHANGES.items():
        op = operation(doc, key)
        params = op.setdefault("parameters", [])
        where = f"{key[0].upper()} {key[1]}"
        for param in change.get("add", []):
            if any(p.get("name") == param["name"] and p.get("in") == "query" for p in params):
                log.append(f"{where} ?{param['name']}: already in the published spec")
                continue
            params.append(newer({**param, "schema": newer(param["schema"])}))
            log.append(f"{where} ?{param['name']}: added")
        for name in change.get("no_longer", []):
            found = [p for p in params if p.get("name") == name and p.get("in") == "query"]
            if not found:
                raise SystemExit(f"newer-API overlay: {where} has no query parameter {name}")
            for p in found:
                p["schema"] = {**p["schema"], "x-no-longer-sent": True}
                p["x-no-longer-sent"] = True
            log.append(f"{where} ?{name}: no longer sent")
    for key, responses in RESPONSE_CHANGES.items():
        op = operation(doc, key)
        where = f"{key[0].upper()} {key[1]}"
        for status, response in responses.items():
            if status in op["responses"]:
                log.append(f"{where} {status}: already in the published spec")
                continue
            op["responses"][status] = newer(response)
            log.append(f"{where} {status}: added")
    return log


def main():
    args = sys.argv[1:]
    plain_only = args[:1] == ["--plain"]
    if plain_only:
        args = args[1:]
    if len(args) != 2:
        sys.exit(__doc__)
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "spec")
    os.makedirs(root, exist_ok=True)
    for src, name in zip(args, ["mistral-openapi.json", "mistral-openapi-supplement.json"]):
        with open(src, encoding="utf-8") as f:
            doc = plain(yaml.safe_load(f))
        if name == "mistral-openapi.json" and not plain_only:
            log = apply_newer_api(doc)
            for line in log:
                print(f"  newer API: {line}")
            applied = [line for line in log if "already in the published spec" not in line]
            print(f"{len(applied)} newer-API changes applied to the published description")
        out = os.path.join(root, name)
        with open(out, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1, sort_keys=True, ensure_ascii=False)
            f.write("\n")
        print(f"{src} -> spec/{name}")


if __name__ == "__main__":
    main()
