"""The units under a named body, named as a class where they open their clause: "2. Các đơn vị trực thuộc Bảo
hiểm xã hội Việt Nam", "- Các cơ quan, đơn vị thuộc Bộ Thông tin và Truyền thông thực hiện …", "Kính gửi: Thủ
trưởng các đơn vị trực thuộc Sở Văn hóa, Thể thao và Du lịch" (ANNOTATING, a body's own units).

The body after "thuộc" is not the actor there, its units are: the mention becomes the class, from "các" to the
body's end, named "Các <the heads as printed> <(trực) thuộc> <the body's name>". Printed after a verb ("chỉ đạo các
đơn vị trực thuộc Sở Y tế"), the units are what the subject passes its order to, no actor of the item: the body
stays as it was (no actor either, roles.tsv `not_actor_before`).
"""

from __future__ import annotations

import re

from ...item_labels import ITEM_MARKER
from .mentions import Mention
from .roles import clause_start

# the class right before a body, as printed: an optional head's title, "các", the kinds of unit (one list, "đơn vị"
# last), "thuộc" or "trực thuộc"
_UNITS_BEFORE = re.compile(
    r"(?:(?P<title>(?i:thủ\s++trưởng|lãnh\s++đạo|người\s++đứng\s++đầu))\s++)?(?P<plural>[Cc]ác)\s++"
    r"(?P<heads>(?:(?i:cơ\s++quan|phòng|ban|vụ|cục)\s*+,?\s*+){0,3}(?i:đơn\s++vị))"
    r"\s++(?P<tie>(?i:trực\s++thuộc|thuộc))\s++$"
)
_REACH = 80  # characters before a body the class may start at
_TIE_BEFORE = re.compile(r"(?i:thuộc)\s++$")
# what may open the clause before the class: a list marker, "Kính gửi:" (the clause starts after its colon)
_CLAUSE_OPENING = re.compile(rf"\s*+(?:{ITEM_MARKER})?\s*+")
_HEAD_WORDS = re.compile(r"(?i:cơ\s++quan|phòng|ban|vụ|cục|đơn\s++vị)")


def units_as_classes(flat: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each body whose units open their clause replaced by the class of those units."""
    out = []
    for mention in mentions:
        units = None
        # the tie right before the body first, a cheap test: most bodies have none
        if mention.rule != "agency.class" and _TIE_BEFORE.search(flat, max(0, mention.start - 12), mention.start):
            units = _UNITS_BEFORE.search(flat, max(0, mention.start - _REACH), mention.start)
        if units is None or not _CLAUSE_OPENING.fullmatch(flat, clause_start(flat, units.start()), units.start()):
            out.append(mention)
            continue
        heads = ", ".join(" ".join(word.split()).lower() for word in _HEAD_WORDS.findall(units.group("heads")))
        tie = " ".join(units.group("tie").split()).lower()
        start = units.start("plural")
        out.append(
            Mention(start, mention.end, f"Các {heads} {tie} {mention.name}", "agency.units", place=mention.place)
        )
    return out
