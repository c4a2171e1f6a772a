"""A list of forces after "lực lượng" or "các đơn vị chức năng như": one agency per force, by the force's name.

    phối hợp với lực lượng Công an, Biên phòng, Cảnh sát biển -> Công an, Bộ đội Biên phòng, Cảnh sát biển
    các lực lượng Quân đội, Dân quân tự vệ                     -> Quân đội, Dân quân tự vệ
    các đơn vị chức năng như Hải quan, Công an                 -> Hải quan, Công an

The forces are the `force` cues of cues/agency_names.tsv, each written with its full name; a member printed
with the name's last words ("Biên phòng" of "Bộ đội Biên phòng") is that force. The list is capitalized pieces
parted by commas or "và"; it ends at the first piece that names no force ("các tổ chức quốc tế"), and a
member with more words ("Công an xã") is left to the gazetteer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...cues import load_cues
from ...names import squash
from ...patterns import word_start
from ...vocab import LEVEL_FIRST_SYLLABLES
from .grammar import NAME_CUE_KINDS
from .matcher import fold_key
from .mentions import RawMention

# `(?<!\w)(?:[Cc]ác\s+)?[Ll]ực\s+lượng\s+`, written so that re skips ahead to the Cs and Ls (patterns.word_start);
# or the bodies of a function named by their kind, then their forces: "các đơn vị chức năng như Bộ đội Biên phòng,
# Hải quan, Công an"
_FUNCTIONAL = r"(?:đơn[ \t\n]+vị|cơ[ \t\n]+quan|lực[ \t\n]+lượng)[ \t\n]+chức[ \t\n]+năng[ \t\n]+(?:như|gồm)"
_AFTER_FORCES = re.compile(
    word_start(
        [rf"{c}ác[ \t\n]+{_FUNCTIONAL}" for c in "Cc"]
        + [rf"{c}ác[ \t\n]+[Ll]ực[ \t\n]+lượng" for c in "Cc"]
        + [rf"{c}ực[ \t\n]+lượng" for c in "Ll"]
    )
    + r"[ \t\n]*:?[ \t\n]+"
)
_WORDS = re.compile(r"[^\W\d_]+(?:[ \t\n]+[^\W\d_]+){0,3}")
_WORD_AFTER = re.compile(r"[ \t\n]+([^\W\d_]+)")
_SEPARATOR = re.compile(r"[ \t\n]*(?:,|[ \t\n]và(?!\w))[ \t\n]*")


@lru_cache(maxsize=1)
def _force_names() -> tuple[str, ...]:
    """The `force` cues' names, as written."""
    return tuple(squash(c.phrase) for c in load_cues("agency_names.tsv", NAME_CUE_KINDS) if c.kind == "force")


@lru_cache(maxsize=1)
def _forces() -> dict[str, str]:
    """Folded printed form -> the force's name: the full name and each of its last-word tails."""
    names = _force_names()
    table: dict[str, str] = {}
    for name in names:
        words = name.split()
        # a tail from a capitalized word of the name is the force too ("Biên phòng" of "Bộ đội Biên phòng"); one from
        # a word in small letters is a common word ("thị trường", "giao thông", "biển")
        for at in range(1, len(words)):
            if words[at][:1].isupper():
                table.setdefault(fold_key(" ".join(words[at:])), name)
    for name in names:
        table[fold_key(name)] = name  # a full name is always its own force
    return table


# a generic's bracket that lists the bodies it means: "các đơn vị có liên quan (Bộ đội Biên phòng, Công an, …)", "các
# lực lượng chức năng (Hải quan, Quản lý thị trường)"
_BRACKETED_AFTER_A_GENERIC = re.compile(
    word_start([rf"{c}ác[ \t\n]+(?:đơn[ \t\n]+vị|cơ[ \t\n]+quan|lực[ \t\n]+lượng)" for c in "Cc"])
    + r"[^()\n.;:]{0,40}?\([ \t\n]*+"
)


def find_force_lists(flat: str, region: tuple[int, int]) -> list[RawMention]:
    """The forces listed after "lực lượng" in `flat[region]`, or in a generic's bracket, or after a force printed by
    its whole name of two words or more ("Bộ đội Biên phòng, Công an, Quản lý thị trường": the bare names after it are
    forces too), one mention per member as printed."""
    lo, hi = region
    forces = _forces()
    found: list[RawMention] = []
    openings = [m.end() for m in _AFTER_FORCES.finditer(flat, lo, hi)]
    openings += [m.end() for m in _BRACKETED_AFTER_A_GENERIC.finditer(flat, lo, hi)]
    openings += _lists_opened_by_a_whole_name(flat, lo, hi, forces)
    read_to = lo
    for at in sorted(set(openings)):
        if at < read_to:
            continue  # a member of a list read already
        while at < hi:
            member = _member_at(flat, at, hi, forces)
            if member is None:
                break
            end, name = member
            found.append(RawMention(at, end, name, "agency.force_list"))
            read_to = end
            separator = _SEPARATOR.match(flat, end, hi)
            if separator is None:
                break
            at = separator.end()
    return found


@lru_cache(maxsize=1)
def _whole_names() -> re.Pattern[str]:
    """The forces' names of two words or more, as printed with their capital ("Bộ đội Biên phòng", "Cảnh sát biển")."""
    long_names = sorted((n for n in set(_force_names()) if " " in n), key=len, reverse=True)
    return re.compile(
        r"(?<![\w&])(?:" + "|".join(r"[ \t\n]+".join(map(re.escape, n.split())) for n in long_names) + ")"
    )


def _lists_opened_by_a_whole_name(flat: str, lo: int, hi: int, forces: dict[str, str]) -> list[int]:
    """Where a list of two forces or more opens with a force printed by its whole name."""
    starts = []
    for whole in _whole_names().finditer(flat, lo, hi):
        member = _member_at(flat, whole.start(), hi, forces)
        separator = _SEPARATOR.match(flat, member[0], hi) if member else None
        if separator and _member_at(flat, separator.end(), hi, forces):
            starts.append(whole.start())
    return starts


def _member_at(flat: str, at: int, hi: int, forces: dict[str, str]) -> tuple[int, str] | None:
    """(end, force) of the longest capitalized force printed at `at`, unless a level word follows it ("Công an
    xã" is the commune's police, a body the gazetteer reads)."""
    if not flat[at : at + 1].isupper():
        return None
    words = _WORDS.match(flat, at, hi)
    if words is None:
        return None
    ends = [at + m.end() for m in re.finditer(r"[^\W\d_]+", words.group())]
    for end in reversed(ends):
        name = forces.get(fold_key(flat[at:end]))
        if name is None:
            continue
        after = _WORD_AFTER.match(flat, end, hi)
        if after and after.group(1).lower() in LEVEL_FIRST_SYLLABLES:
            return None
        return end, name
    return None
