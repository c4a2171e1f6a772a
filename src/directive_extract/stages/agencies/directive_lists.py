"""Bodies printed all in lower case as the ones a directive verb names: news and OCR'd text print
"giao công an tỉnh chủ trì", "đề nghị công an huyện, ban chỉ huy quân sự huyện phối hợp". A known body's
name read in lower case counts only right after a `lead_verb` of cues/roles.tsv ("giao", "đề nghị",
"yêu cầu"), a partner's (`coordinate_before`: "phối hợp với"), a receiver's (`report_before`, `send_verb`:
"tham mưu", "gửi về": a sending verb only with where it goes), also when the verb names it as a force
("chỉ đạo lực lượng công an địa phương"), or after a body of such a list, behind a comma or "và";
elsewhere ("các ca bệnh tại quận …", "sở thích", "công an" as a trade) lower-case words name no body.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from functools import lru_cache

from ...cues import alternation, load_cues
from ...vn import fold_keep_case
from .role_cue_kinds import ROLE_CUE_KINDS

# "(các) lực lượng" on the folded, lower-cased text: the words a verb or a role cue may put before bodies it names
# as forces ("yêu cầu lực lượng công an tỉnh", "phối hợp với các lực lượng Công an, …"); roles.py reads them too
FORCES_WORD = r"luc[ \t\n]++luong"
FORCES_BEFORE = rf"(?:cac[ \t\n]++)?{FORCES_WORD}[ \t\n]++"

# between two members of one list: a comma (perhaps with "và"), or "và" alone
_LIST_GAP = re.compile(r"[ \t\n]*(?:,[ \t\n]*(?:va[ \t\n]+)?|va[ \t\n]+)")
_LOOK_BACK = 60  # characters: the longest of those verbs and its spaces


@lru_cache(maxsize=1)
def _verb_before() -> re.Pattern[str]:
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)

    def alt(kind: str) -> str:
        return alternation(cues, kind)

    # a sending verb with where it goes: "nộp thuế tỉnh" pays a tax, "nộp về Thuế tỉnh" sends to the body
    send = rf"{alt('send_verb')}(?:[ \t\n]+{alt('send_object')})?[ \t\n]+{alt('send_to_word')}"
    verbs = f"{alt('lead_verb')}|{alt('coordinate_before')}|{alt('report_before')}|{send}"
    # the verb may name the body as a force: "yêu cầu lực lượng công an tỉnh", "chỉ đạo các lực lượng công an …", or
    # by its head: "giao trách nhiệm cho trưởng công an xã, phường, thị trấn"
    leader = rf"(?:(?:pho[ \t\n]+)?{alt('leader_title')}[ \t\n]+)"
    return re.compile(rf"(?<!\w)(?:{verbs})[ \t\n]+(?:{FORCES_BEFORE}|{leader})?$")


class DirectiveList:
    """Where the bodies a lead verb names stand in one folded, lower-cased text, read in order of start."""

    def __init__(self, lower_folded: str) -> None:
        self._text = lower_folded
        self._ends: list[int] = []  # ends of the bodies a lead verb named, sorted

    def named_at(self, start: int) -> bool:
        """Whether a body starting at `start` is named by a lead verb right before it, or by the list of one."""
        text = self._text
        if verb_right_before(text, start):
            return True
        before = bisect_right(self._ends, start)
        return before > 0 and _LIST_GAP.fullmatch(text, self._ends[before - 1], start) is not None

    def add(self, start: int, end: int) -> None:
        """Record a body read at [start, end): a later one behind a comma or "và" joins its list if it was named."""
        if self.named_at(start):
            insort(self._ends, end)


def verb_right_before(lower_folded: str, start: int) -> bool:
    """Whether a lead, partner or receiver verb ends right before `start` of a folded, lower-cased text ("đề nghị |
    đảng ủy các xã", "phối hợp với | công an huyện"): the one reading of both checks of this module."""
    return _verb_before().search(lower_folded, max(0, start - _LOOK_BACK), start) is not None


def named_by_a_verb(flat: str, start: int) -> bool:
    """`verb_right_before`, on the text as printed (its window folded here)."""
    window = fold_keep_case(flat[max(0, start - _LOOK_BACK) : start]).lower()
    return verb_right_before(window, len(window))
