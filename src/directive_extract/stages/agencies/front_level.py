"""The Front's committee printed bare before its member organisations and a level word: "Ủy ban MTTQ Việt Nam và
các tổ chức chính trị - xã hội tỉnh" addresses the province's Front and the province's organisations; the level word
printed after the list is the committee's too (`Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh`). The organisations keep
their class name, which holds no level."""

from __future__ import annotations

import re
from itertools import pairwise

from .mentions import LIST_GAP, Mention

_FRONT_COMMITTEE = "Ủy ban Mặt trận Tổ quốc Việt Nam"
_MEMBERS = frozenset({"Các đoàn thể chính trị - xã hội", "Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam"})
# the level word right after the members, not the start of a term ("xã hội", "tỉnh lộ")
_LEVEL_AFTER = re.compile(
    r"[ \t]++(tỉnh|thành[ \t]++phố|huyện|quận|thị[ \t]++xã|xã|phường|thị[ \t]++trấn)(?![ \t]*+(?:hội|lộ)(?!\w))(?!\w)",
    re.IGNORECASE,
)


def front_with_the_lists_level(flat: str, mentions: list[Mention]) -> None:
    """Give a bare Front committee the level word printed after the member organisations that follow it."""
    for front, members in pairwise(mentions):
        if front.name != _FRONT_COMMITTEE or members.name not in _MEMBERS:
            continue
        if not LIST_GAP.match(flat[front.end : members.start]):
            continue
        level = _LEVEL_AFTER.match(flat, members.end)
        if level:
            front.name = f"{_FRONT_COMMITTEE} {' '.join(level.group(1).lower().split())}"
