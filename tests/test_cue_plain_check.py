"""cues.py checks that a plain phrase (words only, no mini-syntax) stands in its example without compiling the
phrase's regex: wherever that check says yes, the regex finds the phrase too, and where it cannot tell (any
mini-syntax, or the words not found as they are) it says no and the regex decides, as before."""

from __future__ import annotations

import re

import pytest

from directive_extract.cues import _plainly_contains, parse_cues, phrase_pattern
from directive_extract.errors import ResourceError
from directive_extract.vn import fold_keep_case

# (phrase, example, what the plain check says)
# fmt: off
ROWS = [
    ("phối hợp với", "Sở Y tế phối hợp với Công an tỉnh", True),
    ("phối hợp với", "Sở Y tế PHỐI HỢP VỚI Công an tỉnh", True),          # case
    ("phối hợp với", "Sở Y tế phoi hop voi Công an tỉnh", True),          # printed without marks
    ("phối hợp với", "Sở Y tế phối  hợp\nvới Công an tỉnh", True),        # spaces and a line break between words
    ("phối hợp với", "Sở Y tế phối\t\u00a0hợp với Công an tỉnh", True),   # a tab and a no-break space
    ("báo cáo", "tổng hợp, báo cáo kết quả", True),
    ("báo cáo", "gửi báocáo", False),                                     # the words run together: the regex decides
    ("phối hợp với", "Sở Y tế phối hợp chặt chẽ với Công an", False),      # not there: the regex decides (and refuses)
    ("phối hợp ~ với", "Sở Y tế phối hợp chặt chẽ với Công an", False),    # mini-syntax: always the regex
    ("phối hợp [chặt chẽ] với", "phối hợp chặt chẽ với Sở", False),
    ("mỗi # ngày", "báo cáo mỗi 7 ngày", False),
    ("COVID-19", "phòng, chống dịch COVID-19", False),                    # a hyphen is mini-syntax
    ("tỉnh, thành phố", "các tỉnh, thành phố", False),
    ("GD&ĐT", "Phòng GD&ĐT huyện", False),
    ("số 15", "Công văn số 15 ngày", True),                                # digits are words
]
# fmt: on


def test_the_plain_check_says_yes_only_where_the_regex_finds_the_phrase() -> None:
    failures = []
    for phrase, example, expected in ROWS:
        plain = _plainly_contains(example, phrase)
        found = re.search(phrase_pattern(phrase), fold_keep_case(example).lower()) is not None
        if plain != expected or (plain and not found):
            failures.append((phrase, example, plain, found))
    assert not failures, failures


def test_a_row_the_plain_check_passes_on_still_loads_and_one_it_cannot_read_is_still_checked() -> None:
    header = "kind\tphrase\texample\n"
    cues = parse_cues(header + "x\tphối hợp với\tSở Y tế phối  hợp VỚI Công an\n", "t.tsv", {"x"})
    assert [c.phrase for c in cues] == ["phối hợp với"]
    with pytest.raises(ResourceError, match="does not contain the phrase"):
        parse_cues(header + "x\tphối hợp với\tSở Y tế phối hợp chặt chẽ với Công an\n", "t.tsv", {"x"})
