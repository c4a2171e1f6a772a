"""Observed or target inside numbered items (issue 11): an item of a directive sets a goal unless the figure is
stated as a fact; the numbered headings of a bulletin ("1. Số bệnh nhân khỏi bệnh:") hold facts. Each row is a
whole document (the kind depends on the header and the sections) with the (indicator, value, kind) of its metrics."""

from __future__ import annotations

from directive_extract import extract

# fmt: off
CASES = [
    # a bulletin: no type line, numbered headings over its figures
    ("Bản tin dịch COVID-19 ngày 18/11\n\nKết quả điều trị tại các tỉnh phía Nam\n\n1. Số người bệnh đã khỏi:\n\n"
     "- Trong tuần thêm 4.812 ca khỏi bệnh\n\n2. Số bệnh nhân nặng đang theo dõi là 158 ca, trong đó:\n\n"
     "- Đang thở máy: 9 ca\n",
     [("recovered", 4812, "observed"), ("severe", 158, "observed"), ("severe", 9, "observed")]),
    # the same headings after the bulletin's lead bullet (the sections stage reads the items as its preamble)
    ("Bản tin dịch COVID-19 ngày 5/3\n\n- Trong ngày ghi nhận 1.020 ca mắc mới.\n\n1. Số bệnh nhân tử vong:\n\n"
     "- Từ 17h ngày 4/3 đến 17h ngày 5/3 có 12 ca tử vong.\n\n2. Số bệnh nhân khỏi bệnh trong ngày 410 ca.\n",
     [("f0", 1020, "observed"), ("deaths", 12, "observed"), ("recovered", 410, "observed")]),
    # a plan: its items set goals; a figure stated with "là", "hiện nay" stays a fact
    ("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n\nKẾ HOẠCH\nTiêm vắc xin phòng COVID-19\n\nỦy ban nhân dân tỉnh yêu cầu:\n\n"
     "1. Các huyện tổ chức tiêm 2 mũi vắc xin cho người dân.\n\n2. Sở Y tế xét nghiệm 2.305 mẫu trong tháng 4.\n\n"
     "3. Số ca mắc COVID-19 trên địa bàn hiện nay là 120 ca; các xã bố trí 3 khu cách ly.\n",
     [("vaccine_doses", 2, "target"), ("tests", 2305, "target"), ("f0", 120, "observed")]),
]
# fmt: on


def test_kind_inside_numbered_items() -> None:
    failures = []
    for text, expected in CASES:
        got = [(m.indicator, m.value, m.kind) for m in extract(text).metrics]
        if got != expected:
            failures.append(f"{text[:60]!r}:\n   got      {got}\n   expected {expected}")
    assert not failures, "\n".join(failures)
