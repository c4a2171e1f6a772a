"""A ministry named by its minister's title: "Bộ trưởng Công an", "Thứ trưởng Y tế", "Bộ trưởng Giáo dục và Đào
tạo" (news and the Government's texts print the title with the ministry's field, without "Bộ"). The office holder
stands for the ministry, as "Giám đốc Sở Y tế" does for the Sở. Only a field whose "Bộ …" is a ministry's own
name in the gazetteer counts ("Bộ trưởng Công an" is the Bộ Công an; an abbreviation after the title is not read).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...cues import load_cues, phrases
from ...patterns import word_start
from .grammar import NAME_CUE_KINDS
from .mentions import RawMention


@lru_cache(maxsize=1)
def _minister() -> re.Pattern[str]:
    """The title (`minister_title` cues of cues/agency_names.tsv), on the folded lower-case text; "bộ trưởng bộ …"
    is read by the gazetteer as the ministry itself (`word_start`: re skips ahead to the first letters instead of
    looking behind at every offset)."""
    titles = phrases(load_cues("agency_names.tsv", NAME_CUE_KINDS), "minister_title")
    return re.compile(word_start(titles) + r"[ \t]++(?!bo(?!\w))")


_FIELD_WORD = re.compile(r"[^\W\d_]++(?:[ \t]++|$)")
_MOST_WORDS = 8
_CLASS_AFTER = re.compile(r"[ \t]++cac(?!\w)")


# folded, "Thủ trưởng" (the head of any body: "Thủ trưởng Công an các đơn vị") reads as "Thứ trưởng": told apart on
# the printed text
_HEAD_OF_ANY_BODY = re.compile(r"th[ủu]\s+tr", re.IGNORECASE)


def find_minister_bodies(flat: str, lower: str, region: tuple[int, int], forms: dict, fold_key) -> list[RawMention]:
    """Each "Bộ trưởng <field>" in `lower[region]` (folded, lower case) whose "Bộ <field>" is a ministry's name: the
    longest such field, the mention spanning the title and the field."""
    lo, hi = region
    found: list[RawMention] = []
    for title in _minister().finditer(lower, lo, hi):
        opening = title.start() + (4 if lower.startswith("pho", title.start()) else 0)
        if _HEAD_OF_ANY_BODY.match(flat, opening):
            continue
        ends, at = [], title.end()
        while len(ends) < _MOST_WORDS:
            word = _FIELD_WORD.match(lower, at, hi)
            if word is None:
                break
            at = word.end()
            ends.append(word.start() + len(word.group().rstrip()))  # the word's end, its spaces left out
        for end in reversed(ends):
            key = fold_key("bo " + lower[title.end() : end])
            form = forms.get(key)
            if form is not None and form.level == "central" and key == fold_key(form.name):
                if _CLASS_AFTER.match(lower, end):
                    break  # "Thứ trưởng Y tế các tỉnh": no one minister
                found.append(RawMention(title.start(), end, form.name, "agency.minister"))
                break
    return found
