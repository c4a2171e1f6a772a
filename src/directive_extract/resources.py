"""Cached, validated loaders for the data under `directive_extract/resources/`.

Each loader reads its file once per process and checks the columns, so a broken data file fails
at the first call with a message that names the file, not deep inside a stage.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any, NamedTuple

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


class Sector(NamedTuple):
    printed: tuple[str, ...]  # as printed after "ngành", lower case
    bodies: dict[str, str]  # level ("central", "province", "district") -> the body governing the sector there
    until: str | None  # ISO day from which a document no longer reads it (the ministry merged away)


_SECTOR_LEVELS = ("central", "province", "district")


@lru_cache(maxsize=1)
def sectors() -> tuple[Sector, ...]:
    """The sectors a sector noun names and each one's body by level: `sectors.json`, every body a name of
    agencies.csv (the gazetteer's authoritative lists), every printed form lower case and NFC."""
    name = "sectors.json"
    data = read_json(name)
    rows = data.get("sectors") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not rows:
        raise ResourceError(f"{name}: an object with a non-empty list 'sectors'")
    known = {row["name"] for row in agency_rows()}
    found: list[Sector] = []
    for at, row in enumerate(rows):
        where = f"{name}: sectors[{at}]"
        if not isinstance(row, dict) or set(row) - {"printed", "until", *_SECTOR_LEVELS}:
            raise ResourceError(f"{where}: only 'printed', 'until' and the levels {_SECTOR_LEVELS}")
        printed = row.get("printed")
        if not isinstance(printed, list) or not printed or not all(isinstance(p, str) and p for p in printed):
            raise ResourceError(f"{where}: 'printed' must be a list of phrases")
        for phrase in printed:
            if phrase != phrase.lower() or not unicodedata.is_normalized("NFC", phrase):
                raise ResourceError(f"{where}: {phrase!r} must be lower case and NFC")
        bodies = {level: row[level] for level in _SECTOR_LEVELS if level in row}
        if not bodies:
            raise ResourceError(f"{where}: no body at any level")
        for level, body in bodies.items():
            if body not in known:
                raise ResourceError(f"{where}: {level} body {body!r} is not in agencies.csv")
        until = row.get("until")
        if until is not None and not (isinstance(until, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", until)):
            raise ResourceError(f"{where}: 'until' must be an ISO date")
        found.append(Sector(tuple(printed), bodies, until))
    return tuple(found)


_COMMUNE_COLUMNS = ("name", "kind", "province", "district", "valid")


class DivisionLevels(NamedTuple):
    places: dict[str, frozenset[str]]  # level word -> the kinds of places.csv it names
    communes: dict[str, frozenset[str]]  # level word -> the kinds of communes.csv it names
    map_of_2025_from: str  # ISO date the 34-province map took effect


@lru_cache(maxsize=1)
def division_levels() -> DivisionLevels:
    """The kinds of division each level word names, by the list that holds them ("places" -> places.csv,
    "communes" -> communes.csv): `division_levels.json`, checked against vocab.LEVEL_WORDS and places.csv."""
    from .vocab import LEVEL_WORDS

    name = "division_levels.json"
    data = read_json(name)
    if not isinstance(data, dict):
        raise ResourceError(f"{name}: an object of 'places', 'communes' and 'map_of_2025_from'")
    parts: dict[str, dict[str, frozenset[str]]] = {}
    for part in ("places", "communes"):
        words = data.get(part)
        if not isinstance(words, dict) or not words:
            raise ResourceError(f"{name}: {part!r} must map level words to kinds")
        parts[part] = {}
        for word, kinds in words.items():
            if not isinstance(kinds, list) or not kinds or not all(isinstance(k, str) and k for k in kinds):
                raise ResourceError(f"{name}: {part}.{word} must be a list of kinds")
            parts[part][word] = frozenset(kinds)
    both = set(parts["places"]) & set(parts["communes"])
    if both:
        raise ResourceError(f"{name}: {sorted(both)} in both 'places' and 'communes'")
    missing = set(LEVEL_WORDS) - set(parts["places"]) - set(parts["communes"])
    if missing:
        raise ResourceError(f"{name}: no kinds for the level words {sorted(missing)}")
    place_kinds = {row["kind"] for row in places()}
    for word, kinds in parts["places"].items():
        if kinds - place_kinds:
            raise ResourceError(f"{name}: places.{word}: kinds {sorted(kinds - place_kinds)} not in places.csv")
    start = data.get("map_of_2025_from")
    if not isinstance(start, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", start):
        raise ResourceError(f"{name}: map_of_2025_from must be an ISO date")
    return DivisionLevels(parts["places"], parts["communes"], start)


def _commune_fault(line: str, kinds: frozenset[str]) -> str:
    """What is wrong with one line of communes.csv."""
    row = line.split(",")
    if len(row) != len(_COMMUNE_COLUMNS) or '"' in line:
        return "wrong number of fields (no field holds a comma or a quote)"
    name, kind, province, district, valid = row
    if not name or name != name.strip():
        return "a commune needs a name without spaces around it"
    if kind not in kinds:
        return f"unknown kind {kind!r} (one of {sorted(kinds)})"
    if not province or province != province.strip():
        return f"{name!r} has no province (or one with spaces around it)"
    if valid not in ("2020", "2025"):
        return f"valid is 2020 or 2025, not {valid!r}"
    if bool(district) != (valid == "2020") or district != district.strip():
        return "a commune of 2020 has a district, one of 2025 none"
    return "malformed row"


def _commune_row(kinds: frozenset[str]) -> str:
    """One row of communes.csv: name, kind, province (each without spaces around it), then a district and 2020,
    or no district and 2025. Its patterns open with \\A: searched, they would rescan a long field from each of its
    characters."""
    field = r"[^\s,\"](?:[^,\n\"]*[^\s,\"])?"
    kind = "|".join(sorted(map(re.escape, kinds)))
    return rf"(?>{field}),(?:{kind}),(?>{field}),(?:(?>{field}),2020|,2025)"


class Communes:
    """communes.csv, kept as its text: a list asks for a few names, found with `str.find` (C speed) instead of an
    index of 15,000 rows built in Python."""

    def __init__(self, text: str) -> None:
        self._text = text

    def named(self, name: str) -> list[tuple[str, str, str, str]]:
        """(kind, province, district, valid) of every division called `name`."""
        text, key, found = self._text, f"\n{name},", []
        at = text.find(key)
        while at >= 0:
            end = text.find("\n", at + 1)
            _, kind, province, district, valid = text[at + 1 : end].split(",")
            found.append((kind, province, district, valid))
            at = text.find(key, end)
        return found

    def names(self) -> list[str]:
        """The name of every row, in file order (a name held by several divisions comes once per row)."""
        return re.findall(r"(?<=\n)[^,\n]+", self._text)


@lru_cache(maxsize=1)
def communes() -> Communes:
    """Every commune, ward, township and special zone of the maps of 2020 (under their district) and 2025 (no
    district), one (name, kind, province, district, valid) row each: `communes.csv`, generated by
    scripts/build_places.py. Loaded only when a list needs it; the whole file is checked at once by one pattern
    (a faulty row is then looked for, to name its line), so loading costs a few milliseconds."""
    name = "communes.csv"
    text = _read_text(name)
    if not unicodedata.is_normalized("NFC", text):
        number = next(n for n, line in enumerate(text.splitlines(), 1) if not unicodedata.is_normalized("NFC", line))
        raise ResourceError(f"{name}:{number}: not NFC")
    header = ",".join(_COMMUNE_COLUMNS) + "\n"
    if not text.startswith(header):
        raise ResourceError(f"{name}: the columns must be {header.strip()}")
    kinds = frozenset().union(*division_levels().communes.values())
    row = _commune_row(kinds)
    body = text[len(header) :]
    if not body:
        raise ResourceError(f"{name}: no rows")
    lines = body.splitlines()
    if not re.match(rf"\A(?:{row}\n)+\Z", body):
        one = re.compile(rf"\A{row}\Z")
        number, line = next(((n, line) for n, line in enumerate(lines, 2) if not one.match(line)), (0, ""))
        if not number:
            raise ResourceError(f"{name}: the last row needs its line break")
        raise ResourceError(f"{name}:{number}: {_commune_fault(line, kinds)}")
    if len(set(lines)) != len(lines):
        seen: set[str] = set()
        number, line = next((n, line) for n, line in enumerate(lines, 2) if line in seen or seen.add(line))
        raise ResourceError(f"{name}:{number}: duplicate row for {line.split(',')[0]!r}")
    return Communes("\n" + body)
