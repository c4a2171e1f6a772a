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
def office_title() -> re.Pattern[str]:
    """An office's title and the spaces after it, matched at a member's start ("Trưởng Phòng Nội vụ")."""
    titles = alternation(load_cues("roles.tsv", ROLE_CUE_KINDS), "leader_title", fold=False)
    return re.compile(rf"(?:phó[ \t\n]++)?{titles}[ \t\n]++", re.IGNORECASE)


@lru_cache(maxsize=1)
def office_title_before() -> re.Pattern[str]:
    """An office's title and the spaces after it, ending where searched: the name after the body it precedes is
    the holder's ("Phó giám đốc Sở Y tế Nguyễn Văn A")."""
    titles = alternation(load_cues("roles.tsv", ROLE_CUE_KINDS), "leader_title", fold=False)
    return re.compile(rf"(?<!\w){titles}[ \t]++$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _office_list_gap() -> re.Pattern[str]:
    """The list's separators, then maybe the next holder's title ("Văn phòng UBND huyện, Trưởng Phòng Nội vụ":
    the gap is ", Trưởng "); or "kiêm" and a second office one holder holds too ("Phó Chủ tịch HĐND tỉnh kiêm
    Trưởng Ban Pháp chế HĐND tỉnh")."""
    titles = alternation(load_cues("roles.tsv", ROLE_CUE_KINDS), "leader_title", fold=False)
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
