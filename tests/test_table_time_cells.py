"""The time column of a task table names when a row is due, often without a cue word (SCHEMA "Task tables",
"Deadlines"): a date ("30/6/2026", "Trước 30/6": a date), a month, quarter or year ("Quý II/2026": a period),
a month printed as in a date ("9/2026"), a range of months or quarters ("Tháng 2 - 3/2026": its last month), a
recurrence ("Hằng tháng": recurring), "Thường xuyên" (none), and a meeting or a part of a month printed before
the period ("Phiên giao ban tháng 7/2027", "Đầu tháng 4/2026", "Tuần đầu tháng 5/2026", "Hội nghị quý III/2026"):
the month or quarter it falls in; other words before the period ("Sau 6 tháng", "Bàn giao sau tháng …") are no such lead-in. The finding spans the cell, or the phrase with its own cue ("cuối quý II"). Cases invented, none a corpus sentence.
"""

from __future__ import annotations

from directive_extract import extract

HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 17/KH-UBND\nQuảng Trị, ngày 06 tháng 1 năm 2026\n"
    "KẾ HOẠCH\nCải cách hành chính năm 2026\n\n"
    "Ủy ban nhân dân tỉnh phân công như sau:\n\n"
    "TT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện\n\n"
    "I. CÔNG TÁC CHỈ ĐẠO\n\n"
)

# (the time cell, [(kind, value)] of its row)
# fmt: off
CELLS = [
    ("Phiên giao ban tháng 7/2027", [("period", "2027-07")]),
    ("Kỳ họp cuối quý II/2026", [("period", "2026-Q2")]),
    ("Hội nghị quý III/2026", [("period", "2026-Q3")]),
    ("Đầu tháng 4/2026", [("period", "2026-04")]),
    ("Tuần đầu tháng 5/2026", [("period", "2026-05")]),
    ("Quý II/2026", [("period", "2026-Q2")]),
    ("Trước 30/6", [("date", "2026-06-30")]),
    ("9/2026", [("period", "2026-09")]),     # a month printed as in a date
    ("Tháng 2 - 3/2026", [("period", "2026-03")]),           # a range: its last month
    ("Tháng 11/2026- Tháng 2/2027", [("period", "2027-02")]),
    ("Quý III - IV/2026", [("period", "2026-Q4")]),
    ("Hằng tháng", [("recurring", "monthly")]),
    ("Thường xuyên", []),
    ("6 tháng đầu năm", []),                 # a span counted, no month named
    ("Kỳ họp thứ 5", []),                    # a meeting with no period
    ("Bàn giao sau tháng 10/2026", []),      # no lead-in of a meeting or a part of a month
]
# fmt: on


def test_the_time_cell_is_the_rows_deadline() -> None:
    rows = "".join(
        f"{k} | Rà soát thủ tục hành chính nhóm {k} | Sở Nội vụ | {cell}\n\n" for k, (cell, _) in enumerate(CELLS, 1)
    )
    text = HEADER + rows
    notice = extract(text)
    rows_read = [task for task in notice.tasks if task.id.startswith("I.")]  # the group's rows: I.1, I.2 …
    failures = []
    if len(rows_read) != len(CELLS):
        failures.append(f"{len(rows_read)} rows read, not {len(CELLS)}")
    for (cell, want), task in zip(CELLS, rows_read, strict=False):
        got = [(d.kind, d.value) for d in task.deadlines]
        spans = [text[d.span[0] : d.span[1]] for d in task.deadlines]
        if got != want or any(s not in cell for s in spans):
            failures.append(f"{cell!r}: {got} {spans}")
    assert not failures, "\n".join(failures)
