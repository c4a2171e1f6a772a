"""The recognizers one by one: on a Document run up to "sections", and through their plain-text entry points.

Also the attach step (each finding's task, each deadline once a task) and the stage list itself.
Tables are (text, expected), one case a line; every failing row is collected, then the test fails once.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from directive_extract.document import Document
from directive_extract.findings import KINDS, Finding
from directive_extract.pipeline import RECOGNIZERS, STAGES, run, stage_names
from directive_extract.stages.attach import attach
from directive_extract.stages.deadlines import find_deadlines
from directive_extract.stages.metrics import find_metrics
from directive_extract.stages.people import find_people
from directive_extract.stages.references import find_references

from .conftest import CORPUS_DIR

# a short conclusion notice with one finding of every kind; items 1.a, 1.b and 2 hold the deadlines
NOTICE = """ỦY BAN NHÂN DÂN
TỈNH LONG AN
Số: 45/TB-UBND
Long An, ngày 10 tháng 5 năm 2021

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo

Ngày 08/5/2021, đồng chí Nguyễn Văn Út, Chủ tịch UBND tỉnh chủ trì cuộc họp. Thực hiện Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh kết luận như sau:

1. Sở Y tế:
a) Báo cáo trước ngày 15/5/2021 về tình hình dịch; toàn tỉnh đã ghi nhận 12 ca mắc.
b) Tổ chức xét nghiệm, hoàn thành trước ngày 20/5/2021 và gửi kết quả trước ngày 20/5/2021.
2. Sở Công Thương phối hợp Sở Y tế bảo đảm hàng hóa, hoàn thành trước ngày 20/5/2021.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Út
"""
DEGENERATE = ["", "   \n\n", "1.", "Số:", "Kính gửi:", "Nơi nhận:\n-", "\x00\x01"]
CORPUS_SAMPLE = sorted(CORPUS_DIR.glob("*.txt"))[::3]


def check_table(cases, actual) -> None:
    failures = []
    for *args, expected in cases:
        got = actual(*args)
        if got != expected:
            failures.append(f"{args!r}: expected {expected!r}, got {got!r}")
    assert not failures, "\n".join(failures)


def finding_errors(doc: Document, found: object) -> list[str]:
    """What is wrong with a recognizer's answer on `doc`: not a list of Findings, a kind, a span out of the text."""
    if not isinstance(found, list):
        return [f"returned {type(found).__name__}, not a list"]
    errors = []
    for f in found:
        if not isinstance(f, Finding):
            errors.append(f"{f!r} is not a Finding")
        elif f.kind not in KINDS:
            errors.append(f"kind {f.kind!r} not in {KINDS}: {f}")
        elif not 0 <= f.start < f.end <= len(doc.text):
            errors.append(f"span ({f.start}, {f.end}) outside 0..{len(doc.text)}: {f}")
        elif not f.rule:
            errors.append(f"no rule: {f}")
    return errors


# ---------------------------------------------------------------- every recognizer on a prepared Document


def test_every_recognizer_returns_findings_inside_the_text(pipeline_until) -> None:
    texts = {"NOTICE": NOTICE} | {repr(t): t for t in DEGENERATE}
    texts |= {path.name: path.read_text(encoding="utf-8") for path in CORPUS_SAMPLE}
    failures = []
    for name, text in texts.items():
        doc = pipeline_until(text, "sections")
        for recognizer in RECOGNIZERS:
            found = recognizer(doc)
            where = f"{recognizer.__name__} on {name}"
            failures += [f"{where}: {error}" for error in finding_errors(doc, found)]
            if isinstance(found, list) and len({f.kind for f in found if isinstance(f, Finding)}) > 1:
                failures.append(f"{where}: more than one kind {sorted({f.kind for f in found})}")
            if doc.findings:
                failures.append(f"{where}: wrote doc.findings; a recognizer returns, the recognize stage writes")
    assert not failures, "\n".join(failures[:40])


def test_each_recognizer_finds_its_kind_in_a_small_notice(pipeline_until) -> None:
    doc = pipeline_until(NOTICE, "sections")
    kinds = {recognizer.__name__: sorted({f.kind for f in recognizer(doc)}) for recognizer in RECOGNIZERS}
    assert kinds == {
        "recognize_agencies": ["agency"],
        "recognize_deadlines": ["deadline"],
        "recognize_metrics": ["metric"],
        "recognize_references": ["reference"],
        "recognize_people": ["person"],
        "recognize_table_deadlines": [],  # no task table here; tests/test_task_tables.py has them
    }


# ---------------------------------------------------------------- plain-text entry points, no pipeline

# (text, base_date, [(label, value, printed span)])
# fmt: off
DEADLINES = [
    ("Các đơn vị gửi báo cáo về Sở Y tế trước ngày 20/8/2021.", None, [("date", "2021-08-20", "trước ngày 20/8/2021")]),
    ("Các trường hoàn thành việc rà soát trước ngày 30/9.", "2021-07-15", [("date", "2021-09-30", "trước ngày 30/9")]),
    ("Các trường hoàn thành việc rà soát trước ngày 30/9.", None, []),  # no year to give it: never the clock's
    ("Chậm nhất ngày 05 tháng 01 năm 2022, các xã nộp hồ sơ.", None, [("date", "2022-01-05", "Chậm nhất ngày 05 tháng 01 năm 2022")]),
    ("Hoan thanh truoc ngay 15/6/2021.", None, [("date", "2021-06-15", "truoc ngay 15/6/2021")]),  # lost diacritics
    ("Phòng Nội vụ trình UBND huyện trong quý IV/2021.", None, [("period", "2021-Q4", "trong quý IV/2021")]),
    ("Phòng Nội vụ trình UBND huyện trong tháng 10.", "2021-09-01", [("period", "2021-10", "trong tháng 10")]),
    ("Trả lời bằng văn bản trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản này.", None, [("duration", "P5D", "trong vòng 05 ngày làm việc")]),
    ("Trung tâm Y tế báo cáo số liệu hằng ngày về Sở Y tế.", None, [("recurring", "daily", "hằng ngày")]),
    ("Kích hoạt ngay Tổ COVID cộng đồng tại các khu dân cư.", None, [("immediate", "now", "ngay")]),
    # the past, urgency and ranges are not deadlines
    ("Từ ngày 01/6/2021 đến ngày 15/6/2021, tỉnh đã xét nghiệm cho 3.000 người.", None, []),
    ("Tính đến ngày 30/5/2021, toàn tỉnh ghi nhận 12 ca mắc.", None, []),
    ("Đẩy mạnh tuyên truyền, khẩn trương triển khai các biện pháp.", None, []),
]
# fmt: on


def test_find_deadlines_on_plain_text() -> None:
    def deadlines(text: str, base_date: str | None):
        return [(f.label, f.value.value, text[f.start : f.end]) for f in find_deadlines(text, base_date=base_date)]

    check_table(DEADLINES, deadlines)


# (text, [(indicator, value, value_max, unit, kind, printed span)]); outside a task a count is observed
# fmt: off
METRICS = [
    ("Trong ngày, toàn tỉnh ghi nhận 15 ca mắc mới COVID-19.", [("f0", 15, None, "case", "observed", "15 ca mắc mới")]),
    ("Đã truy vết được 236 trường hợp F1 và 1.024 trường hợp F2.", [("f1", 236, None, "person", "observed", "236 trường hợp F1"), ("f2", 1024, None, "person", "observed", "1.024 trường hợp F2")]),
    ("Đến nay đã tiêm cho 85% người từ 18 tuổi trở lên.", [("vaccinated_share", 85, None, "percent", "observed", "85% người")]),
    ("Phấn đấu 100% người dân từ 18 tuổi trở lên được tiêm ít nhất 1 mũi vắc xin.", [("vaccinated_share", 100, None, "percent", "target", "100% người dân"), ("vaccine_doses", 1, None, "dose", "target", "1 mũi")]),
    ("Đã có 2 người tử vong do dịch.", [("deaths", 2, None, "person", "observed", "2 người tử vong")]),
    ("Huy động 50.000 test nhanh kháng nguyên.", [("tests", 50000, None, "test", "observed", "50.000 test nhanh")]),
    ("Hỗ trợ 1.500.000 đồng cho mỗi lao động.", []),  # money is not a metric
]
# fmt: on


def metric_rows(text: str, in_task=lambda offset: False):
    return [
        (f.label, f.value.value, f.value.value_max, f.value.unit, f.value.kind, text[f.start : f.end])
        for f in find_metrics(text, in_task)
    ]


def test_find_metrics_on_plain_text() -> None:
    check_table(METRICS, metric_rows)


# inside a directive item a bare count is what the task must reach
METRICS_IN_A_TASK = [
    ("Huy động 50.000 test nhanh kháng nguyên.", [("tests", 50000, None, "test", "target", "50.000 test nhanh")]),
    ("Cung ứng 50.000 liều vắc xin cho tỉnh.", [("vaccine_doses", 50000, None, "dose", "target", "50.000 liều")]),
]


def test_find_metrics_inside_a_task_gives_targets() -> None:
    check_table(METRICS_IN_A_TASK, lambda text: metric_rows(text, lambda offset: True))


# (text, base_date, [(doc type, number, date, printed span)])
# fmt: off
REFERENCES = [
    ("Thực hiện Công văn số 1234/UBND-VHXH ngày 05/7/2021 của UBND tỉnh về việc tăng cường phòng, chống dịch.", None, [("Công văn", "1234/UBND-VHXH", "2021-07-05", "Công văn số 1234/UBND-VHXH ngày 05/7/2021")]),
    ("Căn cứ Quyết định số 2686/QĐ-BCĐQG ngày 31/5/2021 và Chỉ thị số 16/CT-TTg ngày 31/3/2020.", None, [("Quyết định", "2686/QĐ-BCĐQG", "2021-05-31", "Quyết định số 2686/QĐ-BCĐQG ngày 31/5/2021"), ("Chỉ thị", "16/CT-TTg", "2020-03-31", "Chỉ thị số 16/CT-TTg ngày 31/3/2020")]),
    ("Theo Kế hoạch số 112/KH-UBND, các đơn vị triển khai.", None, [("Kế hoạch", "112/KH-UBND", None, "Kế hoạch số 112/KH-UBND")]),
    ("Thực hiện Công văn 2150/BYT-MT của Bộ Y tế.", None, [("Công văn", "2150/BYT-MT", None, "Công văn 2150/BYT-MT")]),
    ("Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019.", None, [("Luật", None, "2019-06-14", "Luật Giáo dục ngày 14 tháng 6 năm 2019")]),
    ("Thực hiện Thông báo số 45/TB-UBND ngày 10/5 của UBND tỉnh.", "2021-06-01", [("Thông báo", "45/TB-UBND", "2021-05-10", "Thông báo số 45/TB-UBND ngày 10/5")]),  # the year of base_date
    ("Thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ; Nghị quyết số 128/NQ-CP quy định tạm thời.", None, [("Nghị quyết", "128/NQ-CP", "2021-10-11", "Nghị quyết số 128/NQ-CP ngày 11/10/2021")]),  # cited once
    ("Phòng học số 12 và số 15 được sửa chữa.", None, []),  # numbers without a type code
]
# fmt: on

# a number printed with a space before its dash, or an en dash, read without them
# fmt: off
SPACED_NUMBERS = [
    ("Tiếp theo Quyết định số 317/QĐ -UBND ngày 09/5/2022 của UBND huyện Mường Tè.", [("Quyết định", "317/QĐ-UBND", "2022-05-09", "Quyết định số 317/QĐ -UBND ngày 09/5/2022")]),
    ("Đối chiếu Công văn số 5120/SNN – TTBVTV ngày 14/8/2019 về sâu cuốn lá.", [("Công văn", "5120/SNN-TTBVTV", "2019-08-14", "Công văn số 5120/SNN – TTBVTV ngày 14/8/2019")]),
    ("Theo Kế hoạch số 76/KH -\nSYT, từng phường rà soát lại.", [("Kế hoạch", "76/KH-SYT", None, "Kế hoạch số 76/KH -\nSYT")]),
    ("Quán triệt Kết luận số 217 -KL/HU ngày 03/11/2022 của Huyện ủy Đầm Hà.", [("Kết luận", "217-KL/HU", "2022-11-03", "Kết luận số 217 -KL/HU ngày 03/11/2022")]),
    ("Triển khai Hướng dẫn số 14 –HD/BTGTU về học tập chuyên đề.", [("Hướng dẫn", "14-HD/BTGTU", None, "Hướng dẫn số 14 –HD/BTGTU")]),
    ("Theo Kế hoạch số 88/KH-SYT – Sở Y tế đã gửi mẫu biểu.", [("Kế hoạch", "88/KH-SYT", None, "Kế hoạch số 88/KH-SYT")]),  # a sentence's dash
    ("Quán triệt Chỉ thị số 08/CT -TTg ngày 21/2/2022 tới cơ sở.", [("Chỉ thị", "08/CT-TTg", "2022-02-21", "Chỉ thị số 08/CT -TTg ngày 21/2/2022")]),
    ("Theo công văn số 233 /SNV-TCBC của Sở Nội vụ, các xã rà soát.", [("Công văn", "233/SNV-TCBC", None, "công văn số 233 /SNV-TCBC")]),
]
# fmt: on

# a bare number whose type code is printed with a small letter ("CTr", "TTr")
# fmt: off
SMALL_LETTER_CODES = [
    ("Bám sát nội dung số 57-CTr/HU ngày 02/4/2024 của Huyện ủy.", [("Chương trình", "57-CTr/HU", "2024-04-02", "số 57-CTr/HU ngày 02/4/2024")]),
    ("Xem xét đề nghị tại số 412/TTr-SXD ngày 19/9/2023 của Sở Xây dựng.", [("Tờ trình", "412/TTr-SXD", "2023-09-19", "số 412/TTr-SXD ngày 19/9/2023")]),
]
# fmt: on

# a bare "số" number with issuer and unit but no type code, dated, is a công văn; undated or without a unit it is not
# fmt: off
LETTER_NUMBERS = [
    ("Tiếp theo số 1187/BXD-KTXD ngày 14/6/2024, Bộ yêu cầu từng tỉnh rà soát lại.", [("Công văn", "1187/BXD-KTXD", "2024-06-14", "số 1187/BXD-KTXD ngày 14/6/2024")]),
    ("Hồ sơ lưu tại số 1187/BXD-KTXD của phòng.", []),
    ("Xe mang biển số 51/LD ngày 14/6/2024 bị tạm giữ.", []),
]
# fmt: on


# a code part OCR damaged, read back when one reading is a known code and the printed one is not
# fmt: off
OCR_CODES = [
    ("Đối chiếu Quyết định số 5021/QD-BYT ngày 02/11/2022 của Bộ trưởng.", ["5021/QĐ-BYT"]),  # "D" for "Đ" in the type
    ("Theo Tờ trình số 88/TTr-SLDTBXH của Sở.", ["88/TTr-SLDTBXH"]),  # "SLĐTBXH" is no code the list holds
    ("Đề nghị tại Báo cáo số 51/BC-LDTBXH gửi kèm.", ["51/BC-LĐTBXH"]),
    ("Bám theo Kế hoạch số 12/KH-GD của Phòng.", ["12/KH-GD"]),  # two letters: "GD" stays
    ("Thi hành Nghị quyết số 17/2022/UBTVQHl5 về thuế.", ["17/2022/UBTVQH15"]),
    ("Triển khai Công điện số 91/CĐĐ-TTg của Thủ tướng.", ["91/CĐ-TTg"]),  # a doubled letter
    ("Quán triệt Chỉ thị số 19/CT-TTEg về phòng cháy.", ["19/CT-TTg"]),  # a capital too many
    ("Theo Công văn số 775/SGTVT- |\nQLVT ngày 02/6/2022 về xe khách.", ["775/SGTVT-QLVT"]),  # a page border
]
# fmt: on


# news cites a document by its serial alone, perhaps with its year; a short form of one cited before, a year, a
# serial going on into a broken symbol or the short name a text gives are not citations of their own
# fmt: off
SERIALS = [
    ("Thủ tướng vừa ký Quyết định 2417 về chống hàng giả trên mạng.", ["2417"]),
    ("Theo Nghị định số 58/2023 của Chính phủ, mức phạt tăng; Nghị định 58 cũng bổ sung hình thức tước giấy phép.", ["58/2023"]),
    ("Các bộ bám sát Nghị quyết 2027 về phát triển.", []),
    ("Chiếu theo Quyết định số 51 8QĐ-UBND ngày 3/5/2023 của huyện.", []),
    ("Áp dụng Thông tư số 12/2024/TT-BTC (gọi tắt là Thông tư 12) từ quý III.", ["12/2024/TT-BTC"]),
]
# fmt: on


# a law cited by its name and number, with or without a date
# fmt: off
NUMBERED_LAWS = [
    ("Căn cứ Luật Thủy lợi số 08/2017/QH14 đã được sửa đổi.", [("Luật", "08/2017/QH14", None, "Luật Thủy lợi số 08/2017/QH14")]),
    ("Chiếu theo Luật Phòng, chống thiên tai số 33/2013/QH13, ngày 19/6/2013;", [("Luật", "33/2013/QH13", "2013-06-19", "Luật Phòng, chống thiên tai số 33/2013/QH13, ngày 19/6/2013")]),
    ("Theo Luật Đất đai, Nghị định số 102/2024/NĐ-CP quy định chi tiết.", [("Luật", None, None, "Luật Đất đai"), ("Nghị định", "102/2024/NĐ-CP", None, "Nghị định số 102/2024/NĐ-CP")]),  # a comma before a capital ends the name
]
# fmt: on


def test_find_references_on_plain_text() -> None:
    def references(text: str, base_date: str | None):
        return [
            (f.label, f.value.number, f.value.date, text[f.start : f.end])
            for f in find_references(text, base_date=base_date)
        ]

    check_table(REFERENCES, references)


def test_a_spaced_or_en_dash_joins_the_parts_of_a_number() -> None:
    def references(text: str):
        return [(f.label, f.value.number, f.value.date, text[f.start : f.end]) for f in find_references(text)]

    check_table(SPACED_NUMBERS, references)


def test_a_type_code_with_a_small_letter_gives_the_type() -> None:
    def references(text: str):
        return [(f.label, f.value.number, f.value.date, text[f.start : f.end]) for f in find_references(text)]

    check_table(SMALL_LETTER_CODES, references)


# (text, [(doc type, printed span)]): a law named with neither number nor date is cited unless it is a draft, a law
# named in another document's title (and the list that goes on from it), or one cited by number elsewhere
# fmt: off
NAMED_LAWS = [
    ("Các hộ nuôi trồng phải tuân thủ Luật Thủy sản và hướng dẫn của xã.", [("Luật", "Luật Thủy sản")]),
    ("Xử lý nghiêm theo Bộ Luật Hình sự hiện hành.", [("Bộ luật", "Bộ Luật Hình sự")]),
    ("Mời Luật sư Trần Khôi tư vấn cho hộ dân.", []),  # a lawyer
    ("Góp ý dự án Luật Đường sắt (sửa đổi) trước kỳ họp.", []),  # a draft
    ("Hoàn thiện hồ sơ Luật Quảng cáo (sửa đổi) gửi Bộ Tư pháp.", []),  # a bill's working name
    ("Quy định chi tiết việc thi hành Luật Đo đạc, Luật Khí tượng được áp dụng.", []),  # in another's title
    ("Căn cứ Luật Trồng trọt số 31/2018/QH14; các hộ chấp hành Luật Trồng trọt.", [("Luật", "Luật Trồng trọt số 31/2018/QH14")]),
]
# fmt: on


def test_a_law_named_without_number_or_date() -> None:
    def references(text: str):
        return [(f.label, text[f.start : f.end]) for f in find_references(text)]

    check_table(NAMED_LAWS, references)


# a Party resolution named by the congress or plenum that passed it
# fmt: off
PARTY_RESOLUTIONS = [
    ("Bám sát Nghị quyết Đại hội lần thứ IX Đảng bộ xã Tân Phước khi xây dựng kế hoạch.", [("Nghị quyết", "Nghị quyết Đại hội lần thứ IX Đảng bộ xã Tân Phước")]),
    ("Học tập Nghị quyết Hội nghị Trung ương 10 khóa XII trong toàn Đảng bộ.", [("Nghị quyết", "Nghị quyết Hội nghị Trung ương 10 khóa XII")]),
    ("Quán triệt sâu sắc Nghị quyết Trung ương 7 khóa XIII đến chi bộ.", [("Nghị quyết", "Nghị quyết Trung ương 7 khóa XIII")]),
    ("Ban hành nghị quyết đại hội chi bộ sau khi bầu cấp ủy.", []),  # a resolution to be written, not named
]
# fmt: on


def test_a_party_resolution_named_by_its_congress() -> None:
    def references(text: str):
        return [(f.label, text[f.start : f.end]) for f in find_references(text)]

    check_table(PARTY_RESOLUTIONS, references)


def test_a_dated_letter_number_is_a_cong_van() -> None:
    def references(text: str):
        return [(f.label, f.value.number, f.value.date, text[f.start : f.end]) for f in find_references(text)]

    check_table(LETTER_NUMBERS, references)


def test_ocr_damage_in_a_code_is_read_back() -> None:
    check_table(OCR_CODES, lambda text: [f.value.number for f in find_references(text)])


def test_a_document_cited_by_its_serial_alone() -> None:
    check_table(SERIALS, lambda text: [f.value.number for f in find_references(text)])


def test_a_law_cited_by_name_and_number() -> None:
    def references(text: str):
        return [(f.label, f.value.number, f.value.date, text[f.start : f.end]) for f in find_references(text)]

    check_table(NUMBERED_LAWS, references)


# a typed citation is found from its type word only when a number follows (references.REFERENCE_START looks
# ahead for it): one digit, "số:" with a colon, no "số", a "-" before the code; each row fails if that look-ahead
# asks for more (two digits, no colon, "số" required, "/" only)
# fmt: off
TYPED_STARTS = [
    ("Thực hiện Công văn 7/BYT-DP của Bộ Y tế về phòng bệnh dại.", [("Công văn", "7/BYT-DP", None, "Công văn 7/BYT-DP")]),
    ("Căn cứ Quyết định số: 5/QĐ-UBND ngày 02/3/2023 của Ủy ban nhân dân huyện.", [("Quyết định", "5/QĐ-UBND", "2023-03-02", "Quyết định số: 5/QĐ-UBND ngày 02/3/2023")]),
    ("Theo Kế hoạch 3/KH-SNV, các phòng chuyên môn báo cáo.", [("Kế hoạch", "3/KH-SNV", None, "Kế hoạch 3/KH-SNV")]),
    ("Thực hiện Chỉ thị 4-CT/HU của Ban Thường vụ Huyện ủy.", [("Chỉ thị", "4-CT/HU", None, "Chỉ thị 4-CT/HU")]),
    ("Thực hiện Công văn số 9a/SNN-TL về tưới tiêu.", [("Công văn", "9a/SNN-TL", None, "Công văn số 9a/SNN-TL")]),
]
# fmt: on


def test_a_typed_citation_starts_at_its_type_word() -> None:
    def references(text: str):
        return [(f.label, f.value.number, f.value.date, text[f.start : f.end]) for f in find_references(text)]

    check_table(TYPED_STARTS, references)


def test_an_appendix_label_names_the_notice_itself() -> None:
    text = "BIỂU TỔNG HỢP NHU CẦU (Kèm theo Hướng dẫn số 715 /SNV-CCHC ngày 02/3/2023)"
    assert [f.value.number for f in find_references(text)] == []  # the notice prints no number
    assert [f.value.number for f in find_references(text, own_number="745/SNV-CCHC")] == []  # its serial damaged
    assert [f.value.number for f in find_references(text, own_number="15/SYT-NV")] == ["715/SNV-CCHC"]
    inline = "Lập biểu theo mẫu (kèm theo Hướng dẫn số 715/SNV-CCHC) gửi về Sở."
    assert [f.value.number for f in find_references(inline)] == ["715/SNV-CCHC"]


def test_find_references_leaves_out_the_notice_itself() -> None:
    text = "Thông báo số 45/TB-UBND thay thế Công văn số 12/SYT-NV."
    assert [f.value.number for f in find_references(text)] == ["45/TB-UBND", "12/SYT-NV"]
    assert [f.value.number for f in find_references(text, own_number="45/TB-UBND")] == ["12/SYT-NV"]


# (text, [(name, title, printed span)]): a name counts only with a title printed beside it
# fmt: off
PEOPLE = [
    ("Đồng chí Trần Văn Nam, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.", [("Trần Văn Nam", "Phó Chủ tịch UBND tỉnh", "Trần Văn Nam")]),
    ("Chủ tịch UBND tỉnh Huỳnh Minh Phúc kết luận như sau.", [("Huỳnh Minh Phúc", "Chủ tịch UBND tỉnh", "Huỳnh Minh Phúc")]),
    ("Bí thư Huyện ủy Võ Thị Ngọc Hân và Chủ tịch UBND huyện Đặng Văn Tư dự họp.", [("Võ Thị Ngọc Hân", "Bí thư Huyện ủy", "Võ Thị Ngọc Hân"), ("Đặng Văn Tư", "Chủ tịch UBND huyện", "Đặng Văn Tư")]),
    ("Đồng chí Nguyễn Thanh Hải, Phó Chủ tịch UBND tỉnh; đồng chí Nguyễn Thanh Hải chỉ đạo.", [("Nguyễn Thanh Hải", "Phó Chủ tịch UBND tỉnh", "Nguyễn Thanh Hải")]),  # each person once
    ("Ông Lê Văn Hòa phát biểu ý kiến.", []),  # no title
    ("Thành phố Hồ Chí Minh và Đồng Nai tăng cường kiểm soát.", []),  # a place named after a person
    ("Trường THCS Lê Quý Đôn tổ chức lễ khai giảng.", []),  # a school named after a person
]
# fmt: on


def test_find_people_on_plain_text() -> None:
    check_table(PEOPLE, lambda text: [(f.label, f.value, text[f.start : f.end]) for f in find_people(text)])


# ---------------------------------------------------------------- attach

DROPPED = "dropped"


def test_attach_sets_the_deepest_task_and_keeps_a_deadline_once_a_task(pipeline_until) -> None:
    doc = pipeline_until(NOTICE, "sections")
    text = doc.text

    def at(phrase: str, nth: int = 1) -> tuple[int, int]:
        start = -1
        for _ in range(nth):
            start = text.index(phrase, start + 1)
        return start, start + len(phrase)

    def deadline(phrase: str, value: str, nth: int = 1, task_id: str | None = None) -> Finding:
        return Finding(*at(phrase, nth), "deadline", "date", value, "test", task_id=task_id)

    def agency(phrase: str, nth: int = 1, task_id: str | None = None) -> Finding:
        return Finding(*at(phrase, nth), "agency", phrase, None, "test", task_id=task_id)

    cases = [
        (agency("Sở Y tế", 1), "1"),  # item 1's own line, in no sub-item
        (deadline("trước ngày 15/5/2021", "2021-05-15"), "1.a"),  # inside 1 and 1.a: the deepest
        (deadline("trước ngày 20/5/2021", "2021-05-20", 1), "1.b"),
        (deadline("trước ngày 20/5/2021", "2021-05-20", 2), DROPPED),  # same kind and value, same task
        (deadline("trước ngày 20/5/2021", "2021-05-20", 3), "2"),  # same value, another task: kept
        (deadline("Ngày 08/5/2021", "2021-05-08"), DROPPED),  # outside every task: no constraint on one
        (agency("Thủ tướng Chính phủ"), None),  # outside every task: kept, attached to none
        (agency("Sở Công Thương", task_id="1.b"), "1.b"),  # a finding naming its task keeps it
    ]
    doc.findings = [finding for finding, _ in cases]
    kept = attach(doc).findings
    kept_at = {(f.kind, f.start): f for f in kept}
    failures = []
    for finding, expected in cases:
        got = kept_at.get((finding.kind, finding.start))
        task = DROPPED if got is None else got.task_id
        if task != expected:
            failures.append(
                f"{text[finding.start : finding.end]!r} at {finding.start}: expected {expected}, got {task}"
            )
        if got is not None and got != replace(finding, task_id=got.task_id):
            failures.append(f"attach changed more than task_id: {finding} -> {got}")
    assert not failures, "\n".join(failures)
    assert [f.start for f in kept] == [f.start for f, expected in cases if expected != DROPPED]


def test_deadlines_of_the_whole_pipeline_once_per_task(pipeline_until) -> None:
    doc = pipeline_until(NOTICE, "attach")
    found = [(f.value.value, f.task_id, doc.text[f.start : f.end]) for f in deadlines(doc)]
    assert found == [
        ("2021-05-15", "1.a", "trước ngày 15/5/2021"),
        ("2021-05-20", "1.b", "trước ngày 20/5/2021"),
        ("2021-05-20", "2", "trước ngày 20/5/2021"),
    ]


# ---------------------------------------------------------------- the stage list


def test_run_until_an_unknown_stage_names_the_stages() -> None:
    with pytest.raises(ValueError) as raised:
        run(Document.from_source(NOTICE), until="nope")
    message = str(raised.value)
    assert "'nope'" in message
    missing = [name for name in stage_names() if name not in message]
    assert not missing, f"stages not named in {message!r}: {missing}"


def deadlines(doc: Document) -> list[Finding]:
    return [f for f in doc.findings if f.kind == "deadline"]


def test_until_stops_right_after_that_stage(pipeline_until) -> None:
    assert stage_names() == [stage.__name__ for stage in STAGES]
    # (stage, what has been written, what has not)
    cases = [
        ("tasks", lambda d: d.task_index is not None, lambda d: d.sections),
        ("sections", lambda d: d.sections, lambda d: d.findings),
        ("recognize", lambda d: {f.kind for f in d.findings} == set(KINDS), lambda d: len(deadlines(d)) != 4),
        ("attach", lambda d: [f.task_id for f in deadlines(d)] == ["1.a", "1.b", "2"], lambda d: d.topics),
        ("topics", lambda d: d.topics, lambda d: False),
    ]
    failures = []
    for stage, written, not_yet in cases:
        doc = pipeline_until(NOTICE, stage)
        if not written(doc):
            failures.append(f"until={stage!r}: the stage's result is missing")
        if not_yet(doc):
            failures.append(f"until={stage!r}: a later stage ran")
    assert not failures, "\n".join(failures)
