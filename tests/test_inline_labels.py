"""Item labels in the middle of a line (crawls and PDF text join an item's lines to the next item's): a sentence
ends (".", ";", ":"), then an arabic number and "." or a letter and ")", then a capital. A new item starts there
only where the label continues the labels read before; a citation ("Điều 2.", "khoản 1."), a date, a decimal
or a number out of sequence stays in its sentence. Cases invented, none a corpus sentence.
"""

from __future__ import annotations

from directive_extract import extract

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 45/UBND-VX\nAn Giang, ngày 02 tháng 3 năm 2026\nV/v tổ chức tiêm chủng\n\n"
    "Kính gửi: Các sở, ngành tỉnh\n\nỦy ban nhân dân tỉnh yêu cầu:\n\n"
)

# (the items as printed, [(task id, its text's first characters)] in reading order)
# fmt: off
CASES = [
    # arabic labels run together, one after a date
    ("1. Sở Tài chính bố trí kinh phí trước ngày 15/3. 2. Sở Y tế chủ trì tổ chức tiêm chủng. "
     "3. Công an tỉnh bảo đảm an ninh.\n",
     [("1", "1. Sở Tài chính"), ("2", "2. Sở Y tế"), ("3", "3. Công an")]),
    # letters after a lead-in's colon and after ";"
    ("1. Giao các đơn vị: a) Sở Nội vụ rà soát biên chế; b) Sở Tài chính thẩm định kinh phí.\n"
     "2. Sở Y tế tổng hợp kết quả.\n",
     [("1", "1. Giao các"), ("1.a", "a) Sở Nội vụ"), ("1.b", "b) Sở Tài chín"), ("2", "2. Sở Y tế")]),
    # the next item joined to the last letter of the one before
    ("1. Các sở:\n\na) Sở Nội vụ rà soát biên chế.\n\nb) Sở Xây dựng kiểm tra nhà trạm; c) Sở Công Thương "
     "theo dõi giá.\n",
     [("1", "1. Các sở:"), ("1.a", "a) Sở Nội vụ"), ("1.b", "b) Sở Xây dự"), ("1.c", "c) Sở Công T")]),
    # a citation: a word, not a sentence end, before the number
    ("1. Sở Y tế thực hiện theo Điều 2. Sở Tài chính bố trí kinh phí.\n", [("1", "1. Sở Y tế t")]),
    ("1. Sở Y tế thực hiện theo khoản 1. Sở Tài chính bố trí kinh phí.\n", [("1", "1. Sở Y tế t")]),
    # out of sequence: "3." after "1.", "c)" with no "b)"
    ("1. Sở Y tế thực hiện; 3. Sở Tài chính bố trí kinh phí.\n", [("1", "1. Sở Y tế t")]),
    ("1. Các sở: a) Sở Nội vụ rà soát; c) Sở Xây dựng kiểm tra.\n", [("1", "1. Các sở: a"), ("1.a", "a) Sở Nội vụ")]),
    # a decimal or a count is no label: no capital after it
    ("1. Sở Y tế tăng tỷ lệ thêm 2. 5 điểm phần trăm. 2. Công an tỉnh bảo đảm an ninh.\n",
     [("1", "1. Sở Y tế t"), ("2", "2. Công an t")]),
]
# fmt: on


def _walk(tasks, out):
    for task in tasks:
        out.append(task)
        _walk(task.subtasks, out)
    return out


def test_a_label_in_the_middle_of_a_line() -> None:
    failures = []
    for body, want in CASES:
        text = HEAD + body
        notice = extract(text)
        tasks = _walk(notice.tasks, [])
        got = [(t.id, t.text[: len(w[1])]) for t, w in zip(tasks, want + [("", "")] * len(tasks), strict=False)]
        spans_exact = all(text[t.span[0] : t.span[1]] == t.text for t in tasks)
        if got != want or not spans_exact:
            failures.append(f"{body[:50]!r}: {[(t.id, t.text[:20]) for t in tasks]}")
    assert not failures, "\n".join(failures)
