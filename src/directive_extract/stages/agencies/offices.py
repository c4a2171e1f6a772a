"""Office holders named in a list: each office's title stands before the body it heads.

An article that says who executes a decision names office holders, not bodies ("Chánh Văn phòng UBND huyện,
Trưởng Phòng Tài nguyên và Môi trường, Trưởng Phòng Nội vụ, Chủ tịch UBND các xã chịu trách nhiệm thi hành …");
each office's body is one member of the list and takes the list's role. The titles are the `leader_title` cues
of cues/roles.tsv ("Giám đốc", "Trưởng", "Chánh", "Cục trưởng", "Chỉ huy trưởng" …), optionally "Phó …", read
here on the text as printed (folded, "trưởng" would also be "trường").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...cues import alternation, load_cues
from ...vocab import level_pattern
from .mentions import LIST_GAP, LIST_SEPARATORS, Mention
from .role_cue_kinds import ROLE_CUE_KINDS


@lru_cache(maxsize=1)
def _titles() -> str:
    """The offices' titles (`leader_title` cues) as printed, one alternation."""
    return alternation(load_cues("roles.tsv", ROLE_CUE_KINDS), "leader_title", fold=False)


@lru_cache(maxsize=1)
def office_title() -> re.Pattern[str]:
    """An office's title and the spaces after it, matched at a member's start ("Trưởng Phòng Nội vụ")."""
    titles = _titles()
    return re.compile(rf"(?:phó[ \t\n]++)?{titles}[ \t\n]++", re.IGNORECASE)


@lru_cache(maxsize=1)
def office_title_before() -> re.Pattern[str]:
    """An office's title and the spaces after it, ending where searched: the name after the body it precedes is
    the holder's ("Phó giám đốc Sở Y tế Nguyễn Văn A")."""
    titles = _titles()
    return re.compile(rf"(?<!\w){titles}[ \t]++$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _office_list_gap() -> re.Pattern[str]:
    """The list's separators, then maybe the next holder's title ("Văn phòng UBND huyện, Trưởng Phòng Nội vụ":
    the gap is ", Trưởng "); or "kiêm" and a second office one holder holds too ("Phó Chủ tịch HĐND tỉnh kiêm
    Trưởng Ban Pháp chế HĐND tỉnh")."""
    titles = _titles()
    return re.compile(
        rf"{LIST_SEPARATORS}(?:(?:phó\s++)?{titles}\s++)?(?:các\s++)?$|^\s++kiêm\s++(?:phó\s++)?{titles}\s++$",
        re.IGNORECASE,
    )


# bodies that act together joined by a spaced hyphen: bare heads before their class ("Đảng ủy - UBND các xã"), two
# organisations ("Đoàn Thanh niên - Hội Sinh viên"); a unit and its body behind one ("phòng Chính trị - Sở Y tế")
# are one mention by then (governing._units_printed_with_their_body)
_SPACED_HYPHEN = re.compile(r"[ \t]++[-–][ \t]++")


def in_one_list(flat: str, before: Mention, after: Mention) -> bool:
    """Whether two mentions in a row belong to one list that shares a role (mentions.lists)."""
    if _SPACED_HYPHEN.fullmatch(flat, before.end, after.start):
        return True
    gap = flat[before.end : after.start]
    if before.rule == "agency.class" and (level := _LEVEL_AFTER_A_CLASS.match(gap)):
        gap = gap[level.end() :]  # "các đoàn thể xã, UBND xã": the class's level word, then the list goes on
    return _office_list_gap().match(gap) is not None or LIST_GAP.match(gap) is not None


# the level a class of bodies prints after its name, outside its span ("các đoàn thể | xã", "các phòng, ban | huyện")
_LEVEL_AFTER_A_CLASS = re.compile(rf"[ \t]++(?:cấp[ \t]++)?{level_pattern()}(?!\w)", re.IGNORECASE)


# "Chánh Văn phòng", "Chánh Thanh tra" and no name after them (no capital follows): the head of the issuer's own
# office or inspectorate, printed bare among those who execute a decision ("Chánh Văn phòng, Vụ trưởng Vụ Tổ chức
# cán bộ, … chịu trách nhiệm thi hành")
_BARE_OFFICE = re.compile(
    r"(?<!\w)Chánh[ \t\n]++(?P<unit>Văn[ \t\n]++phòng|Thanh[ \t\n]++tra)(?![ \t\n]*+[^\W\d_a-zđ])"
)


@lru_cache(maxsize=1)
def _next_holder() -> re.Pattern[str]:
    """A list's separator, then the next office holder's title ("…, Vụ trưởng", "… và Thủ trưởng")."""
    titles = _titles()
    return re.compile(rf"[ \t]*+(?:[,;]|và)[ \t\n]++(?:phó[ \t\n]++)?{titles}[ \t\n]", re.IGNORECASE)


def issuers_own_offices(flat: str, mentions: list[Mention]) -> list[Mention]:
    """The issuer's office or inspectorate named by its head's title alone in a list of office holders, named as a
    unit of the issuer printed bare (`Văn phòng`, `Thanh tra`: ANNOTATING, a body's own units 3): the holder's
    title is followed by the next holder's, or follows a body of the list ("…, Cục trưởng Cục Văn hóa cơ sở và Chánh
    Văn phòng chịu trách nhiệm …")."""
    found: list[Mention] = []
    for match in _BARE_OFFICE.finditer(flat):
        start, end = match.span("unit")
        before = [m for m in (*mentions, *found) if m.end <= match.start()]
        last = max(before, key=lambda m: m.end) if before else None
        listed = _next_holder().match(flat, end) or (
            last is not None and _office_list_gap().match(flat[last.end : start]) is not None
        )
        if listed:
            found.append(Mention(start, end, " ".join(flat[start:end].split()), "agency.office_alone"))
    return found
