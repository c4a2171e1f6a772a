"""The organs of one People's Council listed together, the council's level and place printed once, at the end.

A resolution's last article hands the supervision to the council's own organs: "Giao Thường trực Hội đồng nhân
dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát …". The level
("tỉnh", "Thành phố", "huyện X") printed after the last council is the one of every organ of the list: "Thường
trực Hội đồng nhân dân" there is `Thường trực Hội đồng nhân dân tỉnh` (ANNOTATING, Party and National Assembly
organs, 2: the organs named by the Law on the Organization of Local Government, level and place as printed).
"""

from __future__ import annotations

from .mentions import Mention, joined_by_the_gap

_COUNCIL = " Hội đồng nhân dân"


def _tail(name: str) -> str | None:
    """What follows the council in an organ's name ("Các Tổ đại biểu Hội đồng nhân dân tỉnh" -> " tỉnh"), "" for a
    bare council, None when the name is no council's organ."""
    at = name.find(_COUNCIL)
    return None if at <= 0 else name[at + len(_COUNCIL) :]


def council_organs_share_the_level(flat: str, mentions: list[Mention]) -> None:
    """Mentions sorted by start: an organ whose council is printed bare takes the level of the next organ of its
    list (read backwards, so the level printed last reaches the first)."""
    for at in range(len(mentions) - 2, -1, -1):
        here, after = mentions[at], mentions[at + 1]
        if _tail(here.name) != "" or not _tail(after.name):
            continue
        if joined_by_the_gap(flat, here, after):
            here.name += _tail(after.name)
