"""A sector noun used as an actor: the body that governs the sector at the level of the one speaking.

    Ngành y tế tăng cường kiểm tra …          (a province's order)  -> Sở Y tế, lead
    Thứ nhất, ngành y tế cần rà soát …        (the Government's)    -> Bộ Y tế, lead
    phối hợp với ngành Công an, Giao thông …  (a province's)        -> Công an tỉnh, Sở Giao thông vận tải

corpus/ANNOTATING.md rule 16. The sectors and their bodies are resources.sectors(). A sector is an actor where an
order gives it the work: at the start of a clause with a verb of duty after it, or after a verb that assigns work or
asks for cooperation ("giao", "yêu cầu", "đề nghị", "chỉ đạo", "phối hợp với", "cùng với"). It is no actor where it
names a field or an owner ("cán bộ ngành y tế", "theo hướng dẫn của ngành y tế", "chuyên ngành xây dựng"), where a
place or level follows ("ngành y tế Hà Nội", "ngành Y tế địa phương": some other level's), or where what follows
tells what it did ("Ngành y tế đã chỉ đạo …"). The mention is found here named by the sector's mark; recognizer.py
names the body once the level of the one speaking is read (`sector_body`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import resources
from ...names import official_city_name
from ...patterns import lowered
from ...vn import UPPER, fold_keep_case
from .mentions import RawMention
from .place_classes import deed_after

SECTOR_MARK = "@sector:"

_SEPARATOR = r"\s*+(?:,|\bva\b)\s*+"
# before "ngành" (on the folded text lowered, trailing blanks stripped): a clause's start, or a verb giving it work
_CLAUSE_START = re.compile(r"(?:[.;:\n(]|[-+•*]|\d[.)]|(?<!\w)[a-z]\)|,)$")
_WORK_GIVEN = re.compile(
    r"(?<!\w)(?:giao(?:\s+cho)?|yeu\s+cau|de\s+nghi|chi\s+dao|phoi\s+hop(?:\s+chat\s+che)?(?:\s+voi)?|cung\s+voi)$"
)
# a place or a level after the sector: the sector of that place or level, not of the one speaking
_PLACED_AFTER = re.compile(rf"[ \t]++(?:[{UPPER}]|(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|địa phương|cấp)(?!\w))")


@lru_cache(maxsize=1)
def _sector_pattern() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """The opening "ngành <sector>", one more sector of a list, and each printed form (folded) -> its row."""
    rows = resources.sectors()
    forms = {lowered(fold_keep_case(p)): at for at, row in enumerate(rows) for p in row.printed}
    spelled = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    opening = re.compile(rf"(?<!\w)(?P<lead>(?:(?:cac|toan)\s+)?)nganh\s+(?P<sector>{spelled})(?!\w)")
    member = re.compile(rf"{_SEPARATOR}(?P<sector>{spelled})(?!\w)")
    return opening, member, forms


def _an_actor(text: str, lo: int, start: int, end: int) -> bool:
    before = text[max(lo, start - 40) : start].rstrip(" \t")
    if not before or _CLAUSE_START.search(before):
        return deed_after().match(text, end) is not None  # not a past deed ("Ngành y tế đã chỉ đạo …")
    return _WORK_GIVEN.search(before) is not None


def find_sector_actors(flat: str, folded: str, region: tuple[int, int]) -> list[RawMention]:
    """Each sector named as an actor in `flat[region]`, one mention per sector of a list, named by its mark."""
    lo, hi = region
    text = lowered(folded)
    opening, member, forms = _sector_pattern()
    found: list[RawMention] = []
    for match in opening.finditer(text, lo, hi):
        members = [(match.start("lead") + len(match.group("lead")), match.end(), match.group("sector"))]
        at = match.end()
        while (more := member.match(text, at, hi)) is not None:
            members.append((more.start("sector"), more.end(), more.group("sector")))
            at = more.end()
        if _PLACED_AFTER.match(flat, at, hi) or not _an_actor(text, lo, match.start(), at):
            continue
        for start, end, sector in members:
            key = " ".join(sector.split())
            found.append(RawMention(start, end, f"{SECTOR_MARK}{forms[key]}", "agency.sector"))
    return found


def sector_body(mark: str, level: str | None, city: str | None, date: str | None) -> str:
    """The body a sector's mark names at `level` ("central", "province", "district"); "" where none is read (no
    level, no body at that level, or a document dated after the sector's ministry was merged away). In a
    centrally-run city (`city`: its name, "" when not printed) a provincial body named by its level is that city's
    ("Công an thành phố Hà Nội"): "Công an thành phố" alone is as much any provincial city's police."""
    row = resources.sectors()[int(mark[len(SECTOR_MARK) :])]
    if level is None or (row.until is not None and date is not None and date >= row.until):
        return ""
    body = row.bodies.get(level, "")
    if city is not None and level == "province" and body.endswith(" tỉnh"):
        body = official_city_name(f"{body[: -len('tỉnh')]}thành phố {city}".rstrip())
    return body
