"""A governing body of a class of bodies: "Ban Thường vụ các Liên đoàn Lao động tỉnh, thành phố" is the
standing committee of every province's labour federation, one body ("Ban Thường vụ Liên đoàn Lao động
cấp tỉnh"), not a bare "Ban Thường vụ" beside the federations. The organ words are
`vocab.GOVERNING_ORGANS`; the class after "các" is any mention the matcher read there.

The parts of one body named as a class are one class too: "các đơn vị sự nghiệp công lập thuộc Ủy ban nhân
dân tỉnh", "các phòng chức năng thuộc Sở Y tế", "các Tổ đại biểu Hội đồng nhân dân tỉnh", "các Ủy ban của Quốc
hội" name the units, committees or groups of that body (`Các phòng chức năng thuộc Sở Y tế`), not the body
itself."""

from __future__ import annotations

import re

from ...names import squash
from ...vocab import GOVERNING_ORGANS
from .mentions import Mention

_GAP = re.compile(r"[ \t\n]+(?:các[ \t\n]+)?")
_CAC = re.compile(r"các[ \t\n]", re.IGNORECASE)


def _organ_of_a_class(flat: str, organ: Mention, member: Mention) -> bool:
    """ "Ban Thường vụ các …": the gap is blank and "các" opens the gap or the member's own text."""
    gap = _GAP.fullmatch(flat, organ.end, member.start)
    return bool(gap) and ("các" in gap.group() or bool(_CAC.match(flat, member.start)))


# "các <part> [trực thuộc | thuộc | của] " right before a body (on the text before it): the parts of a body that
# a document names as a class; without "các" only the public-service units with their link word. Bare "các đơn
# vị trực thuộc X" (schools, branches: someone else named by the body) is left to the roles (test_agency_attach)
_PART_OF_A_BODY = re.compile(
    r"(?:[Cc]ác[ \t\n]+(?P<part>đơn[ \t\n]+vị[ \t\n]+sự[ \t\n]+nghiệp(?:[ \t\n]+công[ \t\n]+lập)?"
    r"|phòng[ \t\n]+(?:chức[ \t\n]+năng|chuyên[ \t\n]+môn|nghiệp[ \t\n]+vụ)|[Tt]ổ[ \t\n]+đại[ \t\n]+biểu"
    r"|[Đđ]oàn[ \t\n]+đại[ \t\n]+biểu|[Ủủ]y[ \t\n]+ban|[Bb]an|tổ[ \t\n]+chức[ \t\n]+thành[ \t\n]+viên)"
    r"(?P<link>[ \t\n]+(?:(?:trực[ \t\n]+)?thuộc|của))?"
    r"|(?<!\w)(?P<unit>[Đđ]ơn[ \t\n]+vị[ \t\n]+sự[ \t\n]+nghiệp[ \t\n]+công[ \t\n]+lập)"
    r"(?P<unit_link>[ \t\n]+(?:trực[ \t\n]+)?thuộc))[ \t\n]+$"
)
_PART_WINDOW = 60  # "các đơn vị sự nghiệp công lập trực thuộc " and its spaces


def join_parts_of_bodies(flat: str, mentions: list[Mention]) -> list[Mention]:
    """A body printed after "các <part> [thuộc | của]" becomes the class of its parts, one mention from "các"."""
    joined: list[Mention] = []
    for mention in mentions:
        window_start = max(0, mention.start - _PART_WINDOW)
        if joined and joined[-1].end > window_start:
            window_start = joined[-1].end  # the words of a part never run across an earlier mention
        part = _PART_OF_A_BODY.search(flat, window_start, mention.start)
        if part is None or mention.name.startswith("Các "):
            joined.append(mention)
            continue
        words = squash(part.group("part") or part.group("unit"))
        link = part.group("link") or part.group("unit_link")
        link = f" {squash(link)}" if link else ""
        name = f"Các {words}{link} {mention.name}"
        joined.append(Mention(part.start(), mention.end, name, mention.rule + "+part", place=mention.place))
    return joined


def join_governing_organs(flat: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start; an organ named bare and followed by "các" + a body becomes one mention, and so
    do the parts of a body named as a class (join_parts_of_bodies)."""
    mentions = join_parts_of_bodies(flat, mentions)
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
