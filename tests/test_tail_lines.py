"""The signature stage tests only the lines that can open its labels (stages/signature._lines_opening_with): the
lines it then finds are those a test of every line finds."""

from __future__ import annotations

from directive_extract.pipeline import prepare
from directive_extract.stages import signature
from directive_extract.stages.table_tail import TABLE_RECIPIENTS

# one text a line: the labels indented with spaces, tabs and no-break spaces, damaged by OCR, in a table, repeated
TAIL_TEXTS = [
    "ỦY BAN NHÂN DÂN\nSố: 12/UBND\n\nGiao Sở Y tế thực hiện.\n\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    "Số: 3/TB\nNội dung.\n\t\u00a0 Noi nhan:\n  - Lưu: VT.\n \u00a0TM. ỦY BAN NHÂN DÂN\nQ. GIÁM ĐỐC\nTL. Bộ trưởng",
    "Số: 4/KH\nNgày mai họp.\nÑoi nhén: các sở\nNhư trên\n| **Nơi nhận:** | KT. GIÁM ĐỐC |\n|---|---|\n| - Lưu | Lê A |",
    "Nơi nhận:\nNơi nhận:\nKT.\nKT. GIÁM ĐỐC\n\n\n",
    "",
    "\n\n\r\nN\n",
]


def test_the_tail_stage_finds_the_lines_a_test_of_every_line_finds() -> None:
    tests = [
        ("recipients", signature._RECIPIENTS_OPENING, lambda line: signature.is_recipients(line.text)),
        ("authority", signature._AUTHORITY_OPENING, lambda line: bool(signature._AUTHORITY.match(line.stripped))),
        ("table", signature._TABLE_OPENING, lambda line: bool(TABLE_RECIPIENTS.match(line.text))),
    ]
    failures = []
    for text in TAIL_TEXTS:
        doc = prepare(text, "header")
        for name, opening, holds in tests:
            for first, end in ((0, None), (1, None), (2, len(doc.lines) - 1), (len(doc.lines), None)):
                every = [i for i in range(first, len(doc.lines) if end is None else end) if holds(doc.lines[i])]
                fast = [i for i in signature._lines_opening_with(doc, opening, first, end) if holds(doc.lines[i])]
                if fast != every:
                    failures.append((name, text[:30], first, end, every, fast))
    assert not failures, failures
