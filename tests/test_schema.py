"""The committed schema.json is the JSON Schema of the models (regenerate: directive-extract schema)."""

from __future__ import annotations

import json

from directive_extract.schema import json_schema

from .conftest import ROOT


def test_committed_schema_is_in_sync() -> None:
    committed = json.loads((ROOT / "schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(), "run: directive-extract schema > schema.json"


def test_schema_has_the_contract_fields() -> None:
    props = json_schema()["properties"]
    for key in (
        "schema_version",
        "source",
        "header",
        "sections",
        "tasks",
        "agencies",
        "metrics",
        "references",
        "people",
        "signature",
        "distribution",
    ):
        assert key in props
