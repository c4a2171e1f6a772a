"""Members of a team or delegation named with the office that places them: the office's body is an actor.

A notice that divides a delegation's or a team's work names each member by honorific, name and office:
"(3) Bà Lò Thị A - Trưởng Ban Dân tộc HĐND tỉnh", "- Ông B, Phó Giám đốc Sở X, Tổ phó", "Tổ trưởng: Đồng chí
C – Chuyên viên Ban Pháp chế HĐND tỉnh". The body the office names (SCHEMA "a person named by office points to
the office's body") acts with the member, so it leads the item the member is listed under. The honorifics are
the `person_honorific` cues of cues/roles.tsv.

Read on the text as printed (a name starts with a capital): the honorific, a name of one to seven words, a
spaced hyphen or dash (a comma only after a list marker: "Ông A, Giám đốc Sở Y tế cho biết" opens a news
sentence), then up to six words of the office ("Phó Chủ tịch Thường trực", "Chuyên viên") right before the
body. A `reported_verb` of cues/roles.tsv after the body ("Ông A - Giám đốc Sở X cho biết, …") makes the line a
speaker's, not a member's: roles.py refuses the member there, as this module reads only up to the body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...cues import alternation, load_cues
from ...vn import UPPER
from .role_cue_kinds import ROLE_CUE_KINDS

_WORD = r"[^\W\d_]++"


@lru_cache(maxsize=1)
def _member_before() -> re.Pattern[str]:
    honorific = alternation(load_cues("roles.tsv", ROLE_CUE_KINDS), "person_honorific", fold=False)
    return re.compile(
        r"[ \t\n]*+(?P<marker>(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\)|[-+•*])[ \t]*+)?"
        rf"(?i:{honorific})[ \t]++"
        rf"(?-i:[{UPPER}])[^\W\d_]*+(?:[ \t]++{_WORD}){{0,6}}?"  # the name; OCR may split a word ("Nguy ễn")
        r"[ \t]*+(?:[-–]|(?(marker),|(?!))|\n)[ \t\n]*+"
        # the office, up to the body; a roster's post may hold it in brackets ("Thành viên (Chi hội trưởng …")
        rf"(?:{_WORD}(?:[ \t\n]++|[ \t]*+\([ \t]*+)){{0,6}}"
    )


def names_a_member(flat: str, clause_start: int, body_start: int) -> bool:
    """Whether the clause before a body, from `clause_start`, names a member by honorific, name and office; a
    roster prints the name on a line of its own and the office on the next ("Ông Nguyễn Văn A\nThành viên (Chi hội
    trưởng Chi hội Phụ nữ)"), the clause then the office's line."""
    if _member_before().fullmatch(flat, clause_start, body_start) is not None:
        return True
    if clause_start == 0 or flat[clause_start - 1] != "\n":
        return False
    name_line = flat.rfind("\n", 0, clause_start - 1) + 1
    return _member_before().fullmatch(flat, name_line, body_start) is not None
