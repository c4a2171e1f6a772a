"""The level of each member of a list whose head names several: "UBND các phường, xã: Ba Đình, Bát Tràng" ->
`Ủy ban nhân dân phường Ba Đình`, `Ủy ban nhân dân xã Bát Tràng`.

The authoritative lists say which level a name has: places.csv (provinces and districts) and communes.csv
(communes, wards, townships, special zones), each row in its map (2020: the 63 provinces, their districts and
communes; 2025: the 34 provinces and their communes). The kinds each level word names are in
division_levels.json. The members of one list are divisions of one province in one map, so the list is read in
the map (province, era) that holds the most of its members: the document's era first when its date is known (a
document dated from the day the 2025 map took effect names its divisions), and the document's province when two
maps hold as many. Each member takes the head's level whose kind that map gives its name; when the map holds the
name at none of the head's levels, or at several, the member takes the first level printed. Maps that tie are
read together.

The lists are read only when a head names two levels or more (communes.csv only when one of them is a
commune's), so a document with no such head pays nothing for them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import cached_property, lru_cache

from ... import resources
from ...document import Document
from ...errors import ResourceError
from .places import main_province

Division = tuple[str, str, str]  # kind, province ("" for a province itself), era ("2020" | "2025")
_Map = tuple[str, str]  # province, era


class Where:
    """The document's era ("2020" or "2025") and province, each read when a list first asks for it."""

    def __init__(self, era: Callable[[], str | None], province: Callable[[], str | None]) -> None:
        self._era, self._province = era, province

    @cached_property
    def era(self) -> str | None:
        return self._era()

    @cached_property
    def province(self) -> str | None:
        return self._province()

    def __repr__(self) -> str:
        return f"Where(era={self.era!r}, province={self.province!r})"

    @classmethod
    def known(cls, era: str | None = None, province: str | None = None) -> Where:
        return cls(lambda: era, lambda: province)

    @classmethod
    def of(cls, doc: Document) -> Where:
        """The era of the document's date, its province the one its place line names or, failing that, the
        one it names most."""

        def province() -> str | None:
            place = doc.header.place if doc.header else None
            return place if place in resources.province_names() else main_province(doc)

        return cls(lambda: era_of(doc.header.date if doc.header else None) or era_of(_month_of_dateline(doc)), province)


# a dateline whose day was left blank for the signer to fill in: "Công Hải, ngày   tháng 10 năm 2025"
_BLANK_DAY_DATELINE = re.compile(r"ngày[ \t.…_]*+tháng[ \t]++(\d{1,2})[ \t]++năm[ \t]++(\d{4})(?!\d)", re.IGNORECASE)
_DATELINE_CHARS = 1500  # the header's dateline stands before this


def _month_of_dateline(doc: Document) -> str | None:
    """The first day of the month a dateline with a blank day prints ("ngày  tháng 10 năm 2025" -> 2025-10-01):
    the header keeps no date, the era is read from the month."""
    found = _BLANK_DAY_DATELINE.search(doc.text, 0, _DATELINE_CHARS)
    if not found or not 1 <= int(found.group(1)) <= 12:
        return None
    return f"{found.group(2)}-{int(found.group(1)):02d}-01"


def era_of(date: str | None) -> str | None:
    """The map an ISO date falls in: "2025" from the day the 2025 map took effect, "2020" before; None if no date."""
    if not date:
        return None
    return "2025" if date >= resources.division_levels().map_of_2025_from else "2020"


@lru_cache(maxsize=1)
def _place_divisions() -> dict[str, tuple[Division, ...]]:
    found: defaultdict[str, list[Division]] = defaultdict(list)
    for row in resources.places():
        for era in row["valid"].split("|"):
            found[row["name"]].append((row["kind"], row["province"], era))
    return {name: tuple(rows) for name, rows in found.items()}


@lru_cache(maxsize=4096)
def _commune_divisions(name: str) -> tuple[Division, ...]:
    """The divisions of communes.csv called `name`, each name looked for once (a list printed twice costs no more)."""
    return tuple((kind, province, era) for kind, province, _district, era in resources.communes().named(name))


def _divisions(name: str, parts: set[str]) -> list[Division]:
    """The divisions called `name` in the lists of `parts` ("places", "communes")."""
    found = list(_place_divisions().get(name, ())) if "places" in parts else []
    return found + list(_commune_divisions(name)) if "communes" in parts else found


def _kinds(level: str) -> tuple[str, frozenset[str]]:
    """The list a level word is looked up in ("places" or "communes") and the kinds it names."""
    levels = resources.division_levels()
    for part, words in (("places", levels.places), ("communes", levels.communes)):
        if level in words:
            return part, words[level]
    raise ResourceError(f"division_levels.json: no kinds for the level word {level!r}")


def is_division(name: str, level: str) -> bool:
    """Whether the authoritative lists hold a division called `name` of a kind the level word names ("Phù Cát" a
    "huyện", "Minh An" a "phường"; not "Tây Nguyên", a region, under "tỉnh")."""
    part, kinds = _kinds(level)
    return any(kind in kinds for kind, _province, _era in _divisions(name, {part}))


def member_levels(names: Sequence[str], levels: Sequence[str], where: Where | None = None) -> list[str]:
    """The level of each member named in `names` under a head of `levels` (as printed, first first)."""
    first = levels[0]
    if len(set(levels)) < 2 or not names:
        return [first] * len(names)
    level_of_kind: dict[str, str] = {}
    parts = set()
    for level in levels:
        part, kinds = _kinds(level)
        parts.add(part)
        for kind in kinds:
            level_of_kind.setdefault(kind, level)
    found = [
        [(kind, (province, era)) for kind, province, era in _divisions(name, parts) if kind in level_of_kind]
        for name in names
    ]
    held = Counter(key for rows in found for key in {key for _, key in rows})
    maps = _the_lists_maps(held, where)
    out = []
    for rows in found:
        fitting = {level_of_kind[kind] for kind, key in rows if key in maps}
        out.append(fitting.pop() if len(fitting) == 1 else first)
    return out


def _the_lists_maps(held: Counter[_Map], where: Where | None) -> set[_Map]:
    """The maps that hold the most members (those of the document's era first), narrowed to the document's
    province when they tie and it is one of them."""
    if not held:
        return set()
    era = where.era if where else None
    rank = {key: (key[1] == era, count) for key, count in held.items()}
    best = max(rank.values())
    top = {key for key, value in rank.items() if value == best}
    if len(top) > 1 and where is not None:
        own = {key for key in top if key[0] == where.province}
        return own or top
    return top
