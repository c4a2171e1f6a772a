"""The titles a signer holds (cues/signing_positions.tsv), one list for every reader of a signing block.

`TITLE` is the regex source of one title in capitals, its words joined by any run of spaces, longest first
(so "TỔNG GIÁM ĐỐC" wins over "GIÁM ĐỐC"); "PHÓ" before it is each reader's own business.
"""

from __future__ import annotations

import re

from ..cues import Cue, load_cues
from ..errors import ResourceError
from ..vn import is_upper_text

FILE = "signing_positions.tsv"
KINDS = frozenset({"title"})
_WORDS = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")


def titles_of(cues: tuple[Cue, ...] | list[Cue]) -> tuple[str, ...]:
    """The titles as written (capitals, letters and single spaces only), longest first; refused otherwise."""
    titles = []
    for cue in cues:
        if not _WORDS.match(cue.phrase) or not is_upper_text(cue.phrase):
            raise ResourceError(f"{cue.where}: a title is words of capital letters, one space apart: {cue.phrase!r}")
        titles.append(cue.phrase)
    return tuple(sorted(titles, key=lambda t: (-len(t), t)))


def title_pattern(titles: tuple[str, ...]) -> str:
    """One regex alternative of every title, its words joined by `\\s+`."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, t.split())) for t in titles) + ")"


TITLES = titles_of(load_cues(FILE, KINDS))
TITLE = title_pattern(TITLES)
