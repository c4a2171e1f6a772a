"""A range of months or quarters is one `period`, its last month or quarter the deadline and its first day the
`start` (SCHEMA "Deadlines"; ANNOTATING: a window's end): behind a period's cue ("trong tháng 9 - 10/2026", "đến hết
quý II-III/2026") as behind "từ" ("từ quý IV/2026 đến quý II/2027"), the year printed once or with each end. A range
that ends by the notice's date, or whose clause tells it happened, is none. Cases invented, none a corpus sentence.
"""

from __future__ import annotations

import pytest

from directive_extract.stages.deadlines import find_deadlines

BASE = "2026-03-02"

# (sentence, [(printed phrase, value, start)])
# fmt: off
CASES = [
    ("Các xã hoàn thành rà soát trong tháng 9 - 10/2026.",
     [("trong tháng 9 - 10/2026", "2026-10", "2026-09-01")]),
    ("Sở Xây dựng hoàn thành trong tháng 11/2026 – tháng 02/2027.",
     [("hoàn thành trong tháng 11/2026 – tháng 02/2027", "2027-02", "2026-11-01")]),
    ("Thực hiện trong tháng 11 - 2 năm 2027.",                      # the range crosses a year's end
     [("trong tháng 11 - 2 năm 2027", "2027-02", "2026-11-01")]),
    ("Duy trì đến hết quý II-III/2026.",
     [("đến hết quý II-III/2026", "2026-Q3", "2026-04-01")]),
    ("Triển khai thí điểm từ quý IV/2026 đến quý II/2027.",
     [("từ quý IV/2026 đến quý II/2027", "2027-Q2", "2026-10-01")]),
    ("Tổ chức tập huấn trong quý 2 - quý 3 năm 2026.",
     [("trong quý 2 - quý 3 năm 2026", "2026-Q3", "2026-04-01")]),
    ("Hoàn thành trong tháng 12-2026.",                             # one month, its year after a dash
     [("Hoàn thành trong tháng 12-2026", "2026-12", None)]),
    ("Trong tháng 11 - 12/2025, các đơn vị đã kiểm tra 40 cơ sở.",  # the past, told
     []),
    ("Trong tháng 3 - 5/2026, các trường đã tổ chức tuyên truyền.",  # told as done
     []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_range_of_months_or_quarters_is_its_last(sentence: str, want: list) -> None:
    got = [
        (sentence[f.start : f.end], f.value.value, f.value.start)
        for f in find_deadlines(sentence, base_date=BASE)
        if f.label == "period"
    ]
    assert got == want
