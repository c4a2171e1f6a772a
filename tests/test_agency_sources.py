"""The agency gazetteer is built from authoritative lists only (issue 9).

Every row of agencies.csv names the list it comes from (`source`, ids of agency_sources.csv); the loader
refuses a row without one, or with an id no list has, with the file and line. A body that no list holds
(a named school, a local company, one district's committee) is left to the name grammar.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from directive_extract import resources
from directive_extract.errors import ResourceError

README = Path(resources.__file__).parent / "resources" / "README.md"
KNOWN = {"nd107", "nd45", "cqdp"}


def _row(name: str, source: str) -> dict[str, str]:
    return {"name": name, "level": "province", "branch": "state", "aliases": "", "source": source, "note": ""}


# (rows, the error the loader raises, or "" when they load); the line number is the row's line in the file
CHECK_CASES = [
    ([_row("Sở Nội vụ", "nd107|nd45")], ""),
    ([_row("Ủy ban nhân dân tỉnh", "cqdp")], ""),
    ([_row("Sở Nội vụ", "nd107"), _row("Trường THCS Tân Thạch", "corpus")], "agencies.csv:3: unknown source 'corpus'"),
    ([_row("Công ty Điện lực Long An", "")], "agencies.csv:2: 'Công ty Điện lực Long An' has no source"),
    ([_row("Sở Y tế", "nd107|")], "agencies.csv:2: unknown source ''"),
    ([_row("Sở Y tế", "ND107")], "agencies.csv:2: unknown source 'ND107'"),  # ids are exact
]


def test_loader_checks_every_source_id() -> None:
    failures = []
    for rows, expected in CHECK_CASES:
        try:
            resources.check_agency_sources(rows, KNOWN, "agencies.csv")
            got = ""
        except ResourceError as exc:
            got = str(exc)
        if (expected == "" and got) or (expected and expected not in got):
            failures.append(f"{[r['name'] for r in rows]}: expected {expected!r}, got {got!r}")
    assert not failures, "\n".join(failures)


def test_every_gazetteer_row_has_a_known_source() -> None:
    known = resources.agency_sources()
    missing = [
        f"agencies.csv:{number}: {row['name']} ({row['source']!r})"
        for number, row in enumerate(resources.agency_rows(), start=2)
        if not row["source"] or any(s not in known for s in row["source"].split("|"))
    ]
    assert not missing, "\n".join(missing)


def test_every_source_is_used_and_in_the_readme_table() -> None:
    sources = resources.agency_sources()
    used = {s for row in resources.agency_rows() for s in row["source"].split("|")}
    assert set(sources) - used == set(), "sources no row uses"
    table = set(re.findall(r"^\| `([\w-]+)` \|", README.read_text(encoding="utf-8"), re.MULTILINE))
    assert table == set(sources), f"README table and agency_sources.csv differ: {sorted(table ^ set(sources))}"


def test_ministry_departments_name_their_ministry() -> None:
    """`org-bo` is the organisation decree of one ministry: the row's note says which."""
    vague = [
        row["name"]
        for row in resources.agency_rows()
        if "org-bo" in row["source"].split("|") and not re.search(r"\bBộ [A-ZĐ]", row["note"])
    ]
    assert not vague, vague


def test_no_row_is_bound_to_one_district() -> None:
    """A district's own body ('Ban Chỉ đạo huyện Cần Giuộc') is a generic row plus a place, never a row."""
    districts = {
        r["name"]
        for r in resources.places()
        if r["kind"] not in ("province", "city_province") and not r["name"].isdigit()
    }
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(districts, key=len, reverse=True))) + r")(?!\w)"
    )
    bound = [
        form
        for row in resources.agency_rows()
        for form in [row["name"], *row["aliases"].split("|")]
        if form and pattern.search(form)
    ]
    assert not bound, bound


@pytest.mark.parametrize("column", ["id", "number", "title"])
def test_sources_are_filled(column: str) -> None:
    empty = [source_id for source_id, row in resources.agency_sources().items() if not row[column].strip()]
    assert not empty, empty
