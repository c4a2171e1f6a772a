"""Cached, validated loaders for the data under `directive_extract/resources/`.

Each loader reads its file once per process and checks the columns, so a broken data file fails
at the first call with a message that names the file, not deep inside a stage.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any

from .errors import ResourceError

_PACKAGE = "directive_extract"  # data lives in its resources/ folder (this module shadows it as a package)


def _read_text(name: str) -> str:
    try:
        return importlib_resources.files(_PACKAGE).joinpath("resources", name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(f"missing resource file {name}") from exc


def read_csv(name: str, columns: set[str]) -> list[dict[str, str]]:
    rows = list(csv.DictReader(_read_text(name).splitlines()))
    if not rows:
        raise ResourceError(f"{name}: no rows")
    missing = columns - set(rows[0])
    if missing:
        raise ResourceError(f"{name}: missing columns {sorted(missing)}")
    for number, row in enumerate(rows, start=2):
        for key, value in row.items():
            if value is None or key is None:
                raise ResourceError(f"{name}:{number}: wrong number of fields")
            if not unicodedata.is_normalized("NFC", value):
                raise ResourceError(f"{name}:{number}: {key} is not NFC")
    return rows


def read_json(name: str) -> Any:
    try:
        return json.loads(_read_text(name))
    except json.JSONDecodeError as exc:
        raise ResourceError(f"{name}: {exc}") from exc


@lru_cache(maxsize=1)
def abbreviations() -> list[dict[str, str]]:
    return read_csv("abbreviations.csv", {"abbr", "expansion"})


@lru_cache(maxsize=1)
def agency_sources() -> dict[str, dict[str, str]]:
    """The authoritative lists the gazetteer is built from, by id (`agency_sources.csv`)."""
    sources: dict[str, dict[str, str]] = {}
    for number, row in enumerate(read_csv("agency_sources.csv", {"id", "number", "title", "url"}), start=2):
        if not row["id"] or not row["number"]:
            raise ResourceError(f"agency_sources.csv:{number}: a source needs an id and a number")
        if row["id"] in sources:
            raise ResourceError(f"agency_sources.csv:{number}: duplicate id {row['id']!r}")
        sources[row["id"]] = row
    return sources


def check_agency_sources(rows: list[dict[str, str]], known: set[str] | dict[str, Any], name: str) -> None:
    """Every row names one or more known sources (`nd107|nd45`): a body no authoritative list holds is
    left to the name grammar, not added because a document printed it."""
    for number, row in enumerate(rows, start=2):
        ids = row["source"].split("|") if row["source"] else []
        if not ids:
            raise ResourceError(f"{name}:{number}: {row['name']!r} has no source")
        for source in ids:
            if source not in known:
                raise ResourceError(f"{name}:{number}: unknown source {source!r} for {row['name']!r}")


@lru_cache(maxsize=1)
def agency_rows() -> list[dict[str, str]]:
    rows = read_csv("agencies.csv", {"name", "level", "branch", "aliases", "source"})
    check_agency_sources(rows, agency_sources(), "agencies.csv")
    return rows


@lru_cache(maxsize=1)
def places() -> list[dict[str, str]]:
    return read_csv("places.csv", {"name", "kind", "province", "valid"})


@lru_cache(maxsize=1)
def province_names() -> frozenset[str]:
    return frozenset(r["name"] for r in places() if r["kind"] in ("province", "city_province"))
