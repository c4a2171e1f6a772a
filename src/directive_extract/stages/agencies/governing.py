"""A governing body of a class of bodies: "Ban Thường vụ các Liên đoàn Lao động tỉnh, thành phố" is the
standing committee of every province's labour federation, one body ("Ban Thường vụ Liên đoàn Lao động
cấp tỉnh"), not a bare "Ban Thường vụ" beside the federations. The organ words are
`vocab.GOVERNING_ORGANS`; the class after "các" is any mention the matcher read there."""

from __future__ import annotations

import re

from ...vocab import GOVERNING_ORGANS
from .mentions import Mention

_GAP = re.compile(r"[ \t\n]+(?:các[ \t\n]+)?")
_CAC = re.compile(r"các[ \t\n]", re.IGNORECASE)


def _organ_of_a_class(flat: str, organ: Mention, member: Mention) -> bool:
    """ "Ban Thường vụ các …": the gap is blank and "các" opens the gap or the member's own text."""
    gap = _GAP.fullmatch(flat, organ.end, member.start)
    return bool(gap) and ("các" in gap.group() or bool(_CAC.match(flat, member.start)))


def join_governing_organs(flat: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start; an organ named bare and followed by "các" + a body becomes one mention."""
    joined: list[Mention] = []
    skip = False
    for at, here in enumerate(mentions):
        after = mentions[at + 1] if at + 1 < len(mentions) else None
        if skip:
            skip = False
            continue
        if after is not None and here.name in GOVERNING_ORGANS and _organ_of_a_class(flat, here, after):
            member = after.name[4:] if after.name.startswith("Các ") else after.name
            name = f"{here.name} {member}"
            joined.append(Mention(here.start, after.end, name, here.rule + "+governing", place=after.place))
            skip = True
            continue
        joined.append(here)
    return joined
