#!/usr/bin/env python3
"""Vendor Mistral's OpenAPI descriptions into the repository as JSON, the input of the spec
generator (`cargo xtask codegen`).

Usage: python3 scripts/vendor_spec.py path/to/mistral-openapi.yaml \
           path/to/mistral-openapi-supplement.yaml

Writes spec/mistral-openapi.json and spec/mistral-openapi-supplement.json at the repository root:
one key per line with sorted keys, so that a refresh shows as a readable diff. The documents are
kept whole (descriptions and examples are the generated docs and mock answers). Then run
`cargo xtask codegen` to regenerate the Rust sources and `cargo xtask coverage` to see what the
refresh added.
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


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "spec")
    os.makedirs(root, exist_ok=True)
    for src, name in zip(sys.argv[1:], ["mistral-openapi.json", "mistral-openapi-supplement.json"]):
        with open(src, encoding="utf-8") as f:
            doc = plain(yaml.safe_load(f))
        out = os.path.join(root, name)
        with open(out, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1, sort_keys=True, ensure_ascii=False)
            f.write("\n")
        print(f"{src} -> spec/{name}")


if __name__ == "__main__":
    main()
