"""Numbering, nesting, continuation paragraphs and ids of directive items (SCHEMA.md "Task ids")."""

from __future__ import annotations

import pytest

from directive_extract import extract


def ids(text: str) -> list[str]:
    out: list[str] = []

    def walk(task) -> None:
        out.append(task.id)
        for sub in task.subtasks:
            walk(sub)

    for task in extract(text).tasks:
        walk(task)
    return out


PLAN_HEAD = "UBND TỈNH A\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhòng, chống dịch COVID-19\n"
PRE = "Để phòng, chống dịch hiệu quả, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:\n\n"

CASES = [
    ("arabic dot", PRE + "1. Sở Y tế rà soát.\n\n2. Công an tỉnh kiểm soát.\n", ["1", "2"]),
    ("arabic dash", PRE + "1- Sở Y tế rà soát.\n2- Công an tỉnh kiểm soát.\n", ["1", "2"]),
    ("arabic paren", PRE + "1) Sở Y tế rà soát.\n2) Công an tỉnh kiểm soát.\n", ["1", "2"]),
    (
        "roman holds items",
        "I. ĐÁNH GIÁ CHUNG\n\nBiểu dương các địa phương.\n\nII. NHIỆM VỤ\n\n1. Sở Y tế rà soát.\n\n2. Công an tỉnh:\n\n- Kiểm soát.\n\n- Xử lý.\n",
        ["II.1", "II.2", "II.2.1", "II.2.2"],
    ),
    (
        "roman dash form",
        "I- ĐÁNH GIÁ CHUNG\n\nGhi nhận kết quả.\n\nII- NHIỆM VỤ TRỌNG TÂM\n\n1. Sở Y tế rà soát.\n",
        ["II.1"],
    ),
    (
        "roman itself a task",
        "I. NHIỆM VỤ\n\n- Sở Y tế rà soát.\n\n- Công an tỉnh kiểm soát.\n",
        ["I", "I.1", "I.2"],
    ),
    (
        "letters",
        PRE + "1. Sở Y tế:\n\na) Rà soát.\n\nb) Báo cáo.\n\n2. Công an tỉnh.\n",
        ["1", "1.a", "1.b", "2"],
    ),
    (
        "dotted",
        PRE + "1. Nhiệm vụ chung\n\n1.1. Rà soát.\n\n1.2. Báo cáo.\n\n2. Tổ chức thực hiện.\n",
        ["1", "1.1", "1.2", "2"],
    ),
    (
        "bullets then plus",
        PRE + "1. Sở Y tế:\n- Rà soát:\n+ cơ sở y tế;\n+ bệnh viện.\n- Báo cáo.\n",
        ["1", "1.1", "1.1.1", "1.1.2", "1.2"],
    ),
    (
        "articles",
        "QUYẾT NGHỊ:\n\nĐiều 1. Hỗ trợ người lao động.\n\n1. Đối tượng hỗ trợ.\n\n2. Mức hỗ trợ.\n\nĐiều 2. Tổ chức thực hiện.\n",
        ["Điều 1.1", "Điều 1.2", "Điều 2"],
    ),
    ("only bullets", PRE + "- Sở Y tế rà soát.\n- Công an tỉnh kiểm soát.\n", ["1", "2"]),
    ("ordinal words", PRE + "Một là, tăng cường lãnh đạo.\n\nHai là, đẩy mạnh tuyên truyền.\n", ["Một là", "Hai là"]),
    ("repeated number", PRE + "1. Rà soát.\n\n2. Báo cáo.\n\n2. Kiểm tra.\n", ["1", "2", "2-2"]),
    (
        "parenthesized points",
        PRE + "1. Sở Y tế:\n(1) Rà soát.\n(2) Báo cáo.\n2. Công an tỉnh kiểm soát.\n",
        ["1", "1.1", "1.2", "2"],
    ),
    (
        "list inside an item",
        PRE + "1. Sở Y tế thực hiện các việc sau:\n1. Rà soát.\n2. Báo cáo.\n2. Công an tỉnh kiểm soát.\n",
        ["1", "1.1", "1.2", "2"],
    ),
    (
        "list before the lead-in",
        "Căn cứ:\n1. Luật A;\n2. Luật B.\nỦy ban nhân dân tỉnh yêu cầu các sở thực hiện như sau:\n1. Sở Y tế rà soát.\n2. Công an tỉnh kiểm soát.\n",
        ["1", "2"],
    ),
    (
        "purpose items are not tasks",
        PRE + "1. Mục đích\n- Nâng cao chất lượng.\n2. Nội dung\n- Sở Y tế rà soát.\n",
        ["2", "2.1"],
    ),
    (
        "ocr roman",
        "IH. NHIỆM VỤ\n\n1. Sở Y tế rà soát.\n\nHI. TỔ CHỨC THỰC HIỆN\n\n1. Giao Sở Y tế.\n",
        ["I.1", "II.1"],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_task_ids(name: str, text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_continuation_paragraph_belongs_to_the_numbered_item_not_the_bullet() -> None:
    text = (
        PRE
        + "2. Đối với các địa phương:\n\n- Truy vết.\n\n- Cách ly.\n\nRiêng công tác truy vết phải thần tốc.\n\n3. Sở Y tế.\n"
    )
    notice = extract(text)
    item = notice.tasks[0]
    assert item.id == "2" and item.text.endswith("thần tốc.")
    assert item.subtasks[-1].text == "- Cách ly."


def test_closing_formula_and_distribution_are_not_tasks() -> None:
    text = (
        PRE
        + "1. Sở Y tế rà soát.\n\nVăn phòng UBND tỉnh thông báo để các sở, ngành biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    notice = extract(text)
    assert [t.id for t in notice.tasks] == ["1"]
    assert notice.tasks[0].text == "1. Sở Y tế rà soát."
    assert notice.distribution == ["Như trên", "Lưu: VT"]
    assert [s.kind for s in notice.sections][-2:] == ["closing", "distribution"]


def test_distribution_with_ocr_damage() -> None:
    text = (
        PRE
        + "1. Sở Y tế rà soát./.\n\nNoi nhén:\n~ Nhu trên;\n~ Các sở, ban ngành trên địa bàn\n(để phối hợp thực hiện);\n"
        "~ Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Văn A\n"
    )
    assert extract(text).distribution == [
        "Nhu trên",
        "Các sở, ban ngành trên địa bàn (để phối hợp thực hiện)",
        "Lưu: VT",
    ]


def test_assessment_roman_section_is_not_a_task() -> None:
    text = "I. Ban Chỉ đạo tỉnh ghi nhận và đánh giá cao các địa phương.\n\nTuy nhiên còn hạn chế.\n\nII. Tình hình phức tạp, UBND tỉnh yêu cầu:\n\n1. Sở Y tế rà soát.\n"
    notice = extract(text)
    assert [t.id for t in notice.tasks] == ["II.1"]
    assert "assessment" in [s.kind for s in notice.sections]


@pytest.mark.parametrize(
    ("tail", "authority", "position", "signer"),
    [
        (
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Út",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Nguyễn Văn Út",
        ),
        (
            "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n\nNguyễn Minh Sang",
            "KT. CHÁNH VĂN PHÒNG",
            "PHÓ CHÁNH VĂN PHÒNG",
            "Nguyễn Minh Sang",
        ),
        (
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nPhạm Văn Hiếu",
            "T/M BAN THƯỜNG VỤ",
            "PHÓ BÍ THƯ",
            "Phạm Văn Hiếu",
        ),
        (
            "K/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n(Đã ký)\nTriệu Hiệp Nghĩa",
            "K/T CHÁNH VĂN PHÒNG",
            "PHÓ CHÁNH VĂN PHÒNG",
            "Triệu Hiệp Nghĩa",
        ),
        (
            "TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ PHÁP CHẾ\n\nLê Văn A",
            "TL. BỘ TRƯỞNG",
            "VỤ TRƯỞNG VỤ PHÁP CHẾ",
            "Lê Văn A",
        ),
        ("TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nTrần Thị B", "TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Trần Thị B"),
        ("THỦ TƯỚNG\n\n\nNguyễn Xuân Phúc", None, "THỦ TƯỚNG", "Nguyễn Xuân Phúc"),
        ("TM. ĐOÀN CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhan Văn Anh (đã ký)", "TM. ĐOÀN CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phan Văn Anh"),
    ],
)
def test_signature_block(tail: str, authority, position, signer) -> None:
    text = PRE + "1. Sở Y tế rà soát./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + tail + "\n"
    sig = extract(text).signature
    assert (sig.authority, sig.position, sig.signer) == (authority, position, signer)


def test_long_plan_keeps_every_item_and_its_tags() -> None:
    # item lookup is by bisection; a plan with many items must still attach each tag to its own item
    lines = []
    for major in range(1, 41):
        lines.append(f"{major}. Nhóm nhiệm vụ thứ {major}\n")
        for minor in range(1, 31):
            number = major * 100 + minor
            lines.append(
                f"{major}.{minor}. Sở Y tế chủ trì thực hiện Quyết định số {number}/QĐ-UBND trước ngày 15/8/2021.\n"
            )
    result = extract(PLAN_HEAD + "".join(lines))
    assert [t.id for t in result.tasks] == [str(major) for major in range(1, 41)]
    subtasks = [sub for task in result.tasks for sub in task.subtasks]
    assert len(subtasks) == 40 * 30
    cited_at = {ref.number: ref.span[0] for ref in result.references}
    assert len(cited_at) == 40 * 30
    for task in subtasks:
        major, minor = (int(part) for part in task.id.split("."))
        assert [a.text for a in task.agencies] == ["Sở Y tế"]
        assert len(task.deadlines) == 1
        assert task.span[0] < cited_at[f"{major * 100 + minor}/QĐ-UBND"] < task.span[1]


def test_three_digit_item_numbers_only_continue_a_list() -> None:
    items = "".join(f"{i}. Sở Y tế kiểm tra điểm tiêm số {i}.\n" for i in range(1, 131))
    result = extract(PLAN_HEAD + items)
    assert [t.id for t in result.tasks] == [str(i) for i in range(1, 131)]
    assert result.tasks[-1].text == "130. Sở Y tế kiểm tra điểm tiêm số 130."

    # a count at the start of a line is not item 100
    result = extract(
        PLAN_HEAD + "1. Sở Y tế báo cáo kết quả:\n2. Công an tỉnh báo cáo:\n100. người đã được xét nghiệm.\n"
    )
    assert [t.id for t in result.tasks] == ["1", "2"]
    assert result.tasks[1].text.endswith("100. người đã được xét nghiệm.")
