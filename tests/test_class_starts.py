"""class_starts.py: at every class start, the classes kept for its words find the same first class as all of them."""

from __future__ import annotations

import re

from directive_extract.patterns import lower_same_length
from directive_extract.stages.agencies import class_starts
from directive_extract.stages.agencies.matcher import matcher
from directive_extract.vn import fold_keep_case

# texts with class starts: "các" before a class and before none, other start words, other spaces and cases
# fmt: off
TEXTS = [
    "các Bộ, ngành Trung ương và các địa phương; các đơn vị, các cơ quan báo chí",
    "Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh và Chủ tịch UBND các huyện, thị xã, thành phố",
    "CÁC SỞ, NGÀNH; Các Trạm Y tế xã, phường; các\nTrung tâm Y tế huyện, thành phố; các\t\tcơ quan thuế",
    "Bí thư các tỉnh ủy, thành ủy; các đảng đoàn, ban cán sự đảng; Công an các huyện, thành phố",
    "các tổ chức chính trị - xã hội, các, các Sở Giáo dục và Đào tạo, UBND cấp xã, chính quyền cấp mình",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương; các cơ quan Trung ương đóng trên địa bàn; các",
    "Ban công tác Mặt trận các thôn, bản; Ban Công tác Mặt trận ở khu dân cư; Công an các cấp; công an xã",
    "Liên đội, các chi đội, Bí thư chi đoàn; Đoàn trường, tổ chức Đội, Đội TNTP, đội ngũ, Chi đoàn phó",
]
# fmt: on


def test_the_classes_kept_find_the_first_class_that_matches(monkeypatch) -> None:
    """Tried one by one (a set of classes asked for rarely) or as their compiled alternation (asked for often),
    the classes kept at a start find the same first class, with the same end, as the alternation of them all."""
    m = matcher()
    every = re.compile("|".join(m.class_starts.branches), re.IGNORECASE)
    failures = []
    for compile_after in (1, 10**9):  # the alternation at once; never
        monkeypatch.setattr(class_starts, "COMPILE_AFTER", compile_after)
        starts = class_starts.ClassStarts(m.class_starts.sources, m.class_starts.patterns)
        for text in TEXTS:
            folded = fold_keep_case(text)
            lower = lower_same_length(folded)
            for candidate in m.class_union.finditer(lower):
                start = candidate.start()
                for end in sorted({len(text), *range(start + 1, min(len(text), start + 16))}):
                    first = starts.first_match(folded, lower, start, end)
                    got = m.classes[first[0]][0].match(folded, start, end) if first is not None else None
                    expected = every.match(folded, start, end)
                    if (first and f"_{first[0]}", got and got.end()) != (
                        expected and expected.lastgroup,
                        expected and expected.end(),
                    ):
                        failures.append((compile_after, text[start : start + 30], end - start, first, expected))
    assert not failures, failures
