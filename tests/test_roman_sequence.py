"""Roman sections read in sequence when OCR damages them (corpus/ANNOTATING.md, settled 3)."""

from __future__ import annotations

from directive_extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 12/KH-UBND\nHà Giang, ngày 03 tháng 5 năm 2021\nKẾ HOẠCH\nThực hiện\n\n"

# (the three section headings as OCR printed them, the task ids expected)
# fmt: off
CASES = [
    (("I. NHIỆM VỤ CHUNG", "II. GIẢI PHÁP", "III. TỔ CHỨC THỰC HIỆN"), ["I.1", "II.1", "III.1"]),
    (("I. NHIỆM VỤ CHUNG", "IH. GIẢI PHÁP", "HI. TỔ CHỨC THỰC HIỆN"), ["I.1", "II.1", "III.1"]),
    (("1. NHIỆM VỤ CHUNG", "II. GIẢI PHÁP", "Il. TỔ CHỨC THỰC HIỆN"), ["I.1", "II.1", "III.1"]),
    (("I. NHIỆM VỤ CHUNG", "II. GIẢI PHÁP", "II. TỔ CHỨC THỰC HIỆN"), ["I.1", "II.1", "III.1"]),
    # "L." for the first "I." (OCR), then the second printed "I.": a plan's purposes stay context, ids in sequence
    (("L. MỤC ĐÍCH, YÊU CẦU", "I. NHIỆM VỤ TRỌNG TÂM", "HI. TỔ CHỨC THỰC HIỆN"), ["II.1", "III.1"]),
    (("IL. NHIỆM VỤ CHUNG", "H. GIẢI PHÁP", "II. TỔ CHỨC THỰC HIỆN"), ["I.1", "II.1", "III.1"]),
    (("L. NHIỆM VỤ CHUNG", "II. GIẢI PHÁP", "III. TỔ CHỨC THỰC HIỆN"), ["I.1", "II.1", "III.1"]),
]
# fmt: on


def test_roman_sections_in_sequence() -> None:
    failures = []
    for headings, expected in CASES:
        body = "".join(f"{h}\n\n1. Sở Y tế triển khai nội dung {k}.\n\n" for k, h in enumerate(headings))
        got = [t.id for t in extract(HEAD + body).tasks]
        if got != expected:
            failures.append(f"{headings}: {got} != {expected}")
    assert not failures, "\n".join(failures)


def test_a_numbered_list_without_romans_stays_arabic() -> None:
    text = HEAD + "1. NHIỆM VỤ CHUNG\n\nTriển khai tốt.\n\n2. GIẢI PHÁP\n\nThực hiện đầy đủ.\n"
    assert [t.id for t in extract(text).tasks] == ["1", "2"]


# (the three section headings in sentence case as OCR printed them, the task ids expected): a damaged numeral is
# read as the next roman part only where it reads as that numeral ("H" for "II"), on a title line
# fmt: off
SENTENCE_CASES = [
    (("I. Nhiệm vụ chung", "H. Giải pháp chủ yếu", "IH. Tổ chức thực hiện"), ["I.1", "II.1", "III.1"]),
    (("I. Nhiệm vụ chung", "II. Giải pháp chủ yếu", "HI. Tổ chức thực hiện"), ["I.1", "II.1", "III.1"]),
    # "HI." that does not read as the next numeral, or "H." opening a sentence, is no heading: its line continues
    # item 1, and the "1." under it repeats that number
    (("I. Nhiệm vụ chung", "HI. Giải pháp chủ yếu", "II. Tổ chức thực hiện"), ["I.1", "I.1-2", "II.1"]),
    (("I. Nhiệm vụ chung", "H. Giải pháp được các đơn vị thống nhất thực hiện.", "III. Tổ chức thực hiện"),
     ["I.1", "I.1-2", "III.1"]),
]
# fmt: on


def test_sentence_case_roman_headings_damaged_by_ocr_read_in_sequence() -> None:
    failures = []
    for headings, expected in SENTENCE_CASES:
        body = "".join(f"{h}\n\n1. Sở Y tế triển khai nội dung {k}.\n\n" for k, h in enumerate(headings))
        got = [t.id for t in extract(HEAD + body).tasks]
        if got != expected:
            failures.append(f"{headings}: {got} != {expected}")
    assert not failures, "\n".join(failures)
