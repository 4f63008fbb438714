#!/usr/bin/env python3
"""Extract the schemas of the endpoints this SDK covers from Mistral's OpenAPI spec into a small
JSON file the tests vendor.

Usage: python3 scripts/extract_schemas.py path/to/mistral-openapi.yaml \
           > crates/mistral-types/spec/api-schemas.json

Keeps the request and response schemas of chat, FIM and agents completions, embeddings,
models, moderation, classification, OCR, files, batch and conversations (ROOTS) and every schema they reference (transitively). Add an endpoint's schemas to
ROOTS when the SDK grows. Descriptions and examples are dropped to keep the file small; the
validation keywords are kept as published. The output is a JSON Schema document whose
`components.schemas` mirror the spec, so `#/components/schemas/X` references resolve unchanged.
"""
import datetime
import hashlib
import json
import sys

import yaml

ROOTS = [
    # chat
    "ChatCompletionRequest", "ChatCompletionResponse", "CompletionChunk", "HTTPValidationError",
    # fim
    "FIMCompletionRequest", "FIMCompletionResponse",
    # agents
    "AgentsCompletionRequest",
    # embeddings
    "EmbeddingRequest", "EmbeddingResponse",
    # models
    "ModelList", "BaseModelCard", "FTModelCard", "DeleteModelResponse", "UpdateModelRequest",
    "ArchiveModelResponse", "UnarchiveModelResponse", "CompletionFineTunedModel",
    "ClassifierFineTunedModel",
    # moderation and classification
    "ClassificationRequest", "ChatModerationRequest", "ChatClassificationRequest",
    "ModerationResponse", "ClassificationResponse",
    # ocr
    "OCRRequest", "OCRResponse",
    # files (the upload is multipart: its field names are the properties of its body schema)
    "CreateFileResponse", "ListFilesResponse", "GetFileResponse", "DeleteFileResponse",
    "GetSignedUrlResponse", "FilePurpose", "SampleType", "Source", "File",
    # batch
    "CreateBatchJobRequest", "BatchJob", "ListBatchJobsResponse", "DeleteBatchJobResponse",
    # conversations (beta): the requests and their stream variants, the responses, the
    # list/get objects, and the stream's events
    "ConversationRequest", "ConversationStreamRequest", "ConversationAppendRequest",
    "ConversationAppendStreamRequest", "ConversationRestartRequest",
    "ConversationRestartStreamRequest", "ConversationResponse", "ConversationHistory",
    "ConversationMessages", "ModelConversation", "AgentConversation", "ConversationEvents",
    # --- agents CRUD (beta, issue #22): create/update bodies, the agent object, the cursor
    # page of `/v1/agents/pages` and the alias object (agents group; keep apart from the
    # conversations group above) ---
    "CreateAgentRequest", "UpdateAgentRequest", "Agent", "AgentListPage", "AgentAliasResponse",
    "RequestSource",
    # --- end agents CRUD ---
    # --- document libraries (beta, issue #23): libraries, documents (the upload is
    # multipart: kept below under a name of ours), processing status, text, sharing ---
    "CreateLibraryRequest", "UpdateLibraryRequest", "Library", "ListLibrariesResponse",
    "Document", "ListDocumentsResponse", "UpdateDocumentRequest", "DocumentTextContent",
    "ProcessingStatus", "ProcessStatus", "SharingRequest", "SharingDelete", "Sharing",
    "ListSharingResponse",
    # --- end document libraries ---
    # --- audio (issue #23): transcription (multipart: the form's fields are its body
    # schema's properties) and its stream events, speech, voices ---
    "AudioTranscriptionRequest", "AudioTranscriptionRequestStream", "TranscriptionResponse",
    "TranscriptionStreamEvents", "SpeechRequest", "VoiceCreateRequest", "VoiceUpdateRequest",
    "VoiceResponse", "VoiceListResponse",
    # --- end audio ---
]
DROP = {"description", "examples", "example", "title"}


def refs(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str) and v.startswith("#/components/schemas/"):
                out.add(v.rsplit("/", 1)[1])
            else:
                refs(v, out)
    elif isinstance(node, list):
        for v in node:
            refs(v, out)


def strip(node, key=None):
    if isinstance(node, dict):
        # `properties` maps names to schemas: never drop a property named like a keyword.
        if key == "properties":
            return {k: strip(v) for k, v in node.items()}
        return {k: strip(v, k) for k, v in node.items() if k not in DROP}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main():
    path = sys.argv[1]
    raw = open(path, "rb").read()
    spec = yaml.safe_load(raw)
    schemas = spec["components"]["schemas"]
    keep, todo = set(), list(ROOTS)
    while todo:
        name = todo.pop()
        if name in keep:
            continue
        keep.add(name)
        found = set()
        refs(schemas[name], found)
        todo.extend(sorted(found - keep))
    doc = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": (
            "Extracted by scripts/extract_schemas.py from Mistral's published OpenAPI spec "
            f"(openapi-public-doc.yaml, sha256 {hashlib.sha256(raw).hexdigest()[:16]}, "
            f"extracted {datetime.date.today().isoformat()})."
        ),
        "components": {"schemas": {n: strip(schemas[n]) for n in sorted(keep)}},
    }
    # The upload's multipart body is inline in its operation: kept under a name of ours.
    upload = spec["paths"]["/v1/files"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    doc["components"]["schemas"]["FileUploadMultipart"] = strip(upload)
    doc_upload = spec["paths"]["/v1/libraries/{library_id}/documents"]["post"]["requestBody"]["content"][
        "multipart/form-data"]["schema"]
    doc["components"]["schemas"]["LibraryDocumentUploadMultipart"] = strip(doc_upload)
    json.dump(doc, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
