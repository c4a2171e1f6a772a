"""Date deadlines printed with a weekday between the cue and the date, and with "không quá"; time limits "trong
thời hạn không quá 15 ngày", "thời gian xác minh không quá 20 ngày" (days only: "thời gian phát biểu không quá 10
phút" is a speech's length) (issue 9: forms of unseen letters). Invented rows: (text, [(printed span, kind,
value)])."""

from __future__ import annotations

from directive_extract.stages.deadlines import find_deadlines

# fmt: off
ROWS = [
    ("Các đơn vị gửi báo cáo trước thứ Sáu, ngày 12/4/2024.",
     [("trước thứ Sáu, ngày 12/4/2024", "date", "2024-04-12")]),
    ("Hoàn thành chậm nhất thứ Hai ngày 15/4/2024.", [("chậm nhất thứ Hai ngày 15/4/2024", "date", "2024-04-15")]),
    ("Nộp hồ sơ trước chủ nhật, ngày 14/4/2024.", [("trước chủ nhật, ngày 14/4/2024", "date", "2024-04-14")]),
    ("Gửi hồ sơ về Sở không quá ngày 15/4/2024.", [("không quá ngày 15/4/2024", "date", "2024-04-15")]),
    ("Sở Tư pháp trả lời trong thời hạn không quá 15 ngày làm việc.",
     [("trong thời hạn không quá 15 ngày làm việc", "duration", "P15D")]),
    ("Hoàn thành thủ tục trong thời gian không quá 02 tháng kể từ ngày nhận đủ hồ sơ.",
     [("trong thời gian không quá 02 tháng", "duration", "P2M")]),
    ("Công an tỉnh trả lời bằng văn bản (thời gian xác minh không quá 20 ngày).",
     [("thời gian xác minh không quá 20 ngày", "duration", "P20D")]),
    ("Mỗi đại biểu có thời gian phát biểu không quá 10 phút.", []),
    # a weekday alone, or "thứ" opening another phrase, is no date
    ("Trước thứ tự ưu tiên đã xác định, Sở Y tế chủ trì.", []),
    ("Tổ chức họp vào thứ Sáu hằng tuần.", [("hằng tuần", "recurring", "weekly")]),
]
# fmt: on


def test_date_cue_forms() -> None:
    failures = []
    for text, expected in ROWS:
        got = [(text[f.start : f.end], f.label, f.value.value) for f in find_deadlines(text, base_date="2024-04-03")]
        if got != expected:
            failures.append(f"{text!r}: expected {expected!r}, got {got!r}")
    assert not failures, "\n".join(failures)
