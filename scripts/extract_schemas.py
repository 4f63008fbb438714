#!/usr/bin/env python3
"""Extract the schemas of the endpoints this SDK covers from Mistral's OpenAPI spec into a small
JSON file the tests vendor.

Usage: python3 scripts/extract_schemas.py path/to/mistral-openapi.yaml \
           [path/to/mistral-openapi-supplement.yaml] > crates/mistral-types/spec/api-schemas.json

(`spec/mistral-openapi.json` and `spec/mistral-openapi-supplement.json`, the vendored copies,
are read as well: JSON is YAML.)

Keeps the request and response schemas of chat, FIM and agents completions, embeddings,
models, moderation, classification, OCR, files, batch and conversations (ROOTS) and every schema they reference (transitively). Add an endpoint's schemas to
ROOTS when the SDK grows. Descriptions and examples are dropped to keep the file small; the
validation keywords are kept as published. The output is a JSON Schema document whose
`components.schemas` mirror the spec, so `#/components/schemas/X` references resolve unchanged.

With the supplement (the newer API the official SDK reaches, see spec-supplement.md), the
published schemas of the operations both describe gain the newer API's changes, so that the
types' field lists and the request snapshots are checked against the API as it is now:
- TWINS: a published schema takes the properties its supplement twin (the SDK's model of the
  same body) has and it lacks, with the supplement schemas they reference; an enum takes the
  twin's added values. Properties and values the newer API dropped are kept (old servers still
  send and take them).
- NEWER: the changes the supplement lists for operations both describe whose schemas it does
  not carry (it describes only the operations the published spec lacks), written out here
  from the official SDK 3.7.0's models. Each change names its schema and is marked
  `"x-newer-api": true`, as are the properties TWINS adds.
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

# Published schema -> the supplement's model of the same shape.
TWINS = {
    "ChatCompletionRequest": "ChatCompletionStreamRequest",
    "AgentsCompletionRequest": "AgentsCompletionStreamRequest",
    "FIMCompletionRequest": "FIMCompletionStreamRequest",
    "CompletionResponseStreamChoice": "CompletionResponseStreamChoice",
    "ReasoningEffort": "ReasoningEffort",
    "VoiceResponse": "VoiceResponse",
}

NULLABLE_STRING = {"type": ["string", "null"]}
# Open objects: the SDK's models of these shapes, read leniently by the types.
NEWER = {
    # GET/PATCH/POST /v1/agents...: `owner_id` added to the agent.
    "Agent": {"properties": {"owner_id": NULLABLE_STRING}},
    # GET /v1/models/{model_id}: the audio capabilities and the billing name added.
    "BaseModelCard": {"properties": {
        "billing_model_name": NULLABLE_STRING,
        "audio_speech_capabilities": {"anyOf": [{"$ref": "#/components/schemas/AudioSpeechCapabilities"},
                                                {"type": "null"}]},
        "audio_transcription_capabilities": {"anyOf": [
            {"$ref": "#/components/schemas/AudioTranscriptionCapabilities"}, {"type": "null"}]},
    }},
    "FTModelCard": {"properties": {"billing_model_name": NULLABLE_STRING}},
    # GET|POST /v1/files: purpose `agentic_safety` added.
    "FilePurpose": {"enum": ["agentic_safety"]},
    # POST /v1/audio/speech: `conversation_history`, `expressiveness`, `phoneme_hints` added.
    "SpeechRequest": {"properties": {
        "expressiveness": {"type": ["number", "null"]},
        "phoneme_hints": {"type": ["object", "null"], "additionalProperties": {
            "type": "array", "items": {"type": "string"}}},
        "conversation_history": {"type": ["array", "null"], "items": {
            "$ref": "#/components/schemas/SpeechConversationTurn"}},
    }},
    # POST /v1/audio/transcriptions (and #stream): `speaker_references` added (a JSON form field).
    "AudioTranscriptionRequest": {"properties": {
        "speaker_references": {"type": "object", "additionalProperties": {"type": "string"}}}},
    "AudioTranscriptionRequestStream": {"properties": {
        "speaker_references": {"type": "object", "additionalProperties": {"type": "string"}}}},
    # POST /v1/audio/voices: `gender` an enum; `sample_audio` optional and nullable.
    "VoiceCreateRequest": {
        "properties": {
            "gender": {"anyOf": [{"$ref": "#/components/schemas/VoiceGender"}, {"type": "null"}]},
            "sample_audio": NULLABLE_STRING,
        },
        "not_required": ["sample_audio"],
    },
    # PATCH /v1/audio/voices/{voice_id}: `gender` an enum; `retention_notice` added.
    "VoiceUpdateRequest": {"properties": {
        "gender": {"anyOf": [{"$ref": "#/components/schemas/VoiceGender"}, {"type": "null"}]},
        "retention_notice": {"type": ["integer", "null"]},
    }},
}
# Schemas NEWER refers to, as the SDK models them.
NEWER_SCHEMAS = {
    "AudioSpeechCapabilities": {"type": "object", "properties": {
        "modes": {"type": "array", "items": {"type": "string"}},
        "instruction": {"type": "boolean"},
        "response_formats": {"type": "array", "items": {"type": "string"}},
    }},
    "AudioTranscriptionCapabilities": {"type": "object", "properties": {
        "modes": {"type": "array", "items": {"type": "string"}},
        "diarization": {"type": "boolean"},
        "context_bias": {"type": "boolean"},
        "turn_detection": {"type": "boolean"},
        "timestamp_granularities": {"type": "array", "items": {"type": "string"}},
        "languages": {"type": "array", "items": {"type": "string"}},
        "streaming_delays_ms": {"type": "array", "items": {
            "type": "object", "properties": {"min": {"type": "integer"}, "max": {"type": "integer"}},
            "required": ["min", "max"]}},
    }},
    # SpeechUserTurn | SpeechAssistantTurn, told apart by `role`; `audio` is RawAudio.
    "SpeechConversationTurn": {"oneOf": [
        {"type": "object", "properties": {
            "role": {"const": "user"},
            "audio": {"type": "object", "properties": {"data": {"type": "string"}}, "required": ["data"]},
        }, "required": ["role", "audio"]},
        {"type": "object", "properties": {
            "role": {"const": "assistant"},
            "text": {"type": "string"},
            "audio": {"type": "object", "properties": {"data": {"type": "string"}}, "required": ["data"]},
        }, "required": ["role", "text", "audio"]},
    ]},
    "VoiceGender": {"type": "string", "enum": ["female", "male", "neutral"]},
}


def mark(schema):
    out = dict(schema)
    out["x-newer-api"] = True
    return out


def overlay(doc, spec, supplement):
    """Applies TWINS (from the supplement) and NEWER to the extracted schemas."""
    schemas = doc["components"]["schemas"]
    sup = supplement["components"]["schemas"]
    wanted = set()
    for name, twin in TWINS.items():
        if name not in schemas:
            continue
        mine, theirs = schemas[name], strip(sup[twin])
        if "enum" in mine and "enum" in theirs:
            mine["enum"] = mine["enum"] + [v for v in theirs["enum"] if v not in mine["enum"]]
            continue
        props = mine.setdefault("properties", {})
        for key, value in theirs.get("properties", {}).items():
            if key not in props:
                props[key] = mark(value)
                refs(value, wanted)
    # The supplement schemas the added properties reference (a name the extract already
    # has is the published schema of the same concept: kept).
    while wanted:
        name = wanted.pop()
        if name in schemas:
            continue
        schemas[name] = strip(sup[name])
        refs(sup[name], wanted)
    for name, change in NEWER.items():
        if name not in schemas:
            continue
        target = schemas[name]
        if "enum" in change:
            target["enum"] = target["enum"] + [v for v in change["enum"] if v not in target["enum"]]
        for key, value in change.get("properties", {}).items():
            target.setdefault("properties", {})[key] = mark(value)
        for key in change.get("not_required", []):
            target["required"] = [r for r in target.get("required", []) if r != key]
            if not target["required"]:
                del target["required"]
    for name, schema in NEWER_SCHEMAS.items():
        schemas.setdefault(name, mark(schema))


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
    if len(sys.argv) > 2:
        sup_raw = open(sys.argv[2], "rb").read()
        overlay(doc, spec, yaml.safe_load(sup_raw))
        doc["$comment"] += (
            " Newer fields from the spec supplement (mistral-openapi-supplement.yaml, sha256 "
            f"{hashlib.sha256(sup_raw).hexdigest()[:16]}) and the official SDK's models, marked "
            "x-newer-api."
        )
    json.dump(doc, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
