"""Places a news report counts and names once ("làm việc với lãnh đạo 5 xã Sóc Sơn, Nội Bài, Trung Giã, Đa Phúc và
Kim Anh"), then speaks of in the plural: "Bí thư yêu cầu các xã tiếp tục …", "Ông yêu cầu các địa phương cần …",
"các sở, ngành phối hợp với các xã …". The plural stands for those places, not for every place of the level: one
People's Committee per place named, each mention spanning the plural as printed.

Read only in news (a letter's "các xã" is every commune of its issuer's level, ANNOTATING "Class names"), only
where the count printed is the number of names listed (the report's own set, not "3 trong 5 xã"), only when the
report names one such set of that level ("các địa phương": one set of any level), not after a locative ("trên
địa bàn các xã", "tại các xã": where, not who), and only where a level in the plural acts (place_classes: after a verb
giving it work, or opening a clause before a deed), not as a verb's object ("hướng dẫn các xã về …").
"""

from __future__ import annotations

import re

from ...item_labels import CARDINAL_WORDS
from ...vn import UPPER, parse_number
from ...vocab import LEVEL_WORDS, level_pattern
from .mentions import Mention, covering
from .place_classes import acts_where_printed

# the level words of places one can count ("thành phố" names no one level)
_LEVEL = level_pattern(words=tuple(word for word in LEVEL_WORDS if word != "thành phố"))
_COUNT = r"\d{1,2}|" + "|".join(CARDINAL_WORDS)
_PLACE = rf"[{UPPER}]\w*+(?:[ \t]++[{UPPER}]\w*+){{0,3}}"
# "5 xã Sóc Sơn, Nội Bài, Trung Giã, Đa Phúc và Kim Anh"
_COUNTED_SET = re.compile(
    rf"(?<!\w)(?P<count>{_COUNT})[ \t]++(?P<level>{_LEVEL})[ \t]++"
    rf"(?P<names>{_PLACE}(?:[ \t]*+,[ \t]*+{_PLACE})*+[ \t]*+,?[ \t]*+và[ \t]++{_PLACE})"
)
_NAME_SPLIT = re.compile(r",|(?<!\w)và(?!\w)")
# the plural that points back: "các xã", "các địa phương"; not a list of levels ("các xã, phường"), not a name after
# it ("các xã Nội Bài và Kim Anh"), not a kind of land ("các xã miền núi": a class of its own)
_PLURAL = re.compile(
    rf"(?<!\w)các[ \t]++(?P<level>{_LEVEL}|địa[ \t]+phương)(?![ \t]*+,?[ \t]*+(?:{_LEVEL})(?!\w))(?!\w)"
)
_AFTER_THE_PLURAL = re.compile(rf"[ \t]++(?:[{UPPER}]|miền|vùng|ven|biên|đồng|trọng)")
_LOCATIVE_BEFORE = re.compile(r"(?:(?<!\w)(?:tại|ở|trên\s+địa\s+bàn|địa\s+bàn|của|thuộc|giữa|trong|về)[ \t]*+)$")
_LOCATIVE_REACH = 20


def _sets(flat: str) -> dict[str, tuple[int, list[str]]]:
    """Each level word with the one set the report counts and names of it: (where the set ends, its places)."""
    found: dict[str, list[tuple[int, list[str]]]] = {}
    for match in _COUNTED_SET.finditer(flat):
        names = [name.strip() for name in _NAME_SPLIT.split(match.group("names")) if name.strip()]
        if parse_number(match.group("count")) != len(names) or len(names) < 2:
            continue
        level = " ".join(match.group("level").split())
        found.setdefault(level, []).append((match.end(), names))
    return {level: sets[0] for level, sets in found.items() if len({tuple(s[1]) for s in sets}) == 1}


def named_set_mentions(flat: str, mentions: list[Mention]) -> list[Mention]:
    """In a news report, the places of its one counted set of a level, wherever it later names them in the
    plural as actors: one mention per place, each spanning the plural."""
    sets = _sets(flat)
    if not sets:
        return []
    inside = covering(mentions)
    only = next(iter(sets)) if len(sets) == 1 else None  # the level "các địa phương" points back to
    found: list[Mention] = []
    for match in _PLURAL.finditer(flat, min(end for end, _ in sets.values())):
        word = " ".join(match.group("level").split())
        level = word if word in sets else (only if word == "địa phương" else None)
        if level is None:
            continue
        end, names = sets[level]
        if match.start() < end or inside(match.start()):
            continue
        if _AFTER_THE_PLURAL.match(flat, match.end()):
            continue
        if _LOCATIVE_BEFORE.search(flat, max(0, match.start() - _LOCATIVE_REACH), match.start()):
            continue
        if not acts_where_printed(flat, match.start(), match.end()):
            continue  # "giao Sở Tài chính hướng dẫn các xã về …": whom the guidance is for, no actor
        found += [
            Mention(match.start(), match.end(), f"Ủy ban nhân dân {level} {name}", "agency.named_set") for name in names
        ]
    return found
