"""Role cues are data (resources/cues/roles.tsv): each row's phrase gives the role it says, and a new
phrase is one line of data."""

from __future__ import annotations

import pytest

from directive_extract import extract
from directive_extract.errors import ResourceError
from directive_extract.stages.agencies import roles

LETTER = """ỦY BAN NHÂN DÂN
TỈNH LONG AN
Số: 12/UBND-VX
Long An, ngày 03 tháng 5 năm 2021
V/v phòng, chống dịch

1. {sentence}
2. Giao Sở Tài chính bố trí kinh phí.
"""

# (directive sentence, body, expected role)
CASES = [
    ("Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh triển khai xét nghiệm.", "Công an tỉnh", "coordinate"),
    ("Giao Sở Y tế chủ trì, phối hợp chặt chẽ với Công an tỉnh rà soát.", "Công an tỉnh", "coordinate"),
    ("Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh rà soát.", "Sở Y tế", "lead"),
    ("Đề nghị Công an tỉnh tăng cường kiểm tra.", "Công an tỉnh", "lead"),
    ("Công an tỉnh có trách nhiệm kiểm tra, xử lý vi phạm.", "Công an tỉnh", "lead"),
    ("Trong quý III, Sở Xây dựng đẩy nhanh việc sửa chữa trường học.", "Sở Xây dựng", "lead"),
    ("Cùng với việc kiểm tra kho lạnh, Sở Công Thương cũng được giao lập phương án.", "Sở Công Thương", "lead"),
    ("Sở Nội vụ tổng hợp, báo cáo kết quả về Sở Y tế trước ngày 15/5/2021.", "Sở Y tế", "report_to"),
    ("Sở Nội vụ tổng hợp, tham mưu Sở Y tế xây dựng kế hoạch.", "Sở Y tế", "report_to"),
    ("Sở Nội vụ gửi hồ sơ về Sở Tài chính để thẩm định.", "Sở Tài chính", "report_to"),
    ("Đơn vị phối hợp: Công an tỉnh.", "Công an tỉnh", "coordinate"),
    ("Sở Tài chính rà soát kinh phí với sự phối hợp của Sở Nội vụ.", "Sở Nội vụ", "coordinate"),
    ("Thanh tra tỉnh kiểm tra, có sự phối hợp của Công an tỉnh.", "Công an tỉnh", "coordinate"),
    ("Thực hiện theo hướng dẫn của Bộ Y tế về cách ly.", "Bộ Y tế", None),
    # "đã" marks a deed done only up to the next clause: "nên", "thì" open one whose body is still to act
    ("Các xã đã lập danh sách và Sở Y tế kiểm tra lại.", "Sở Y tế", "lead"),
    ("Mùa mưa đã đến gần nên Sở Xây dựng phải kiểm tra các công trình.", "Sở Xây dựng", "lead"),
    ("Khi dịch đã lan rộng thì Sở Y tế phải báo cáo ngay.", "Sở Y tế", "lead"),
    ("Kinh phí đã giao cho Sở Xây dựng quyết toán.", "Sở Xây dựng", None),
    # a deed done that a contrast turns into a duty in the same sentence; not one only reported short ("chưa")
    ("Sở Xây dựng đã lập kế hoạch nhưng kết quả còn thấp, cần có giải pháp khắc phục.", "Sở Xây dựng", "lead"),
    ("Sở Xây dựng đã triển khai, tuy nhiên còn chậm, phải đẩy nhanh tiến độ.", "Sở Xây dựng", "lead"),
    ("Sở Xây dựng đã lập kế hoạch nhưng chưa gửi báo cáo.", "Sở Xây dựng", None),
    ("Sở Xây dựng đã lập kế hoạch nhưng không phải điều chỉnh.", "Sở Xây dựng", None),
    # two bodies joined by a spaced dash share the role the words before the first give
    (
        "Sở Y tế chủ trì, phối hợp với Tỉnh đoàn - Hội Sinh viên tỉnh tuyên truyền.",
        "Hội Sinh viên Việt Nam tỉnh",
        "coordinate",
    ),
    # the first body after the clause's matter or case is its subject, whatever verb follows it
    (
        "Về xây dựng Đề án, các Bộ, ngành chưa xây dựng Đề án thì phải khẩn trương xây dựng.",
        "Các bộ, ngành Trung ương",
        "lead",
    ),
    ("Trường hợp được giao nhiệm vụ mới thì Sở Nội vụ tự cân đối biên chế.", "Sở Nội vụ", "lead"),
    ("Đối với các đơn vị sự nghiệp tự chủ thì Sở Tài chính quyết định mức chi.", "Sở Tài chính", "lead"),
    # not the one who orders, nor the teller, nor a body after the main clause has begun
    (
        "Về việc tạm trữ thóc, Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn yêu cầu các xã rà soát.",
        "Ủy ban nhân dân tỉnh",
        None,
    ),
    ("Về nguyên nhân, theo lời ông Lê Văn A, Giám đốc Sở Y tế, dịch lan nhanh.", "Sở Y tế", None),
    ("Đối với học sinh thì hiệu trưởng hướng dẫn học sinh đến các trường, Công an tỉnh.", "Công an tỉnh", None),
]


def _role(sentence: str, body: str) -> str | None:
    notice = extract(LETTER.format(sentence=sentence))
    task = next(t for t in notice.tasks if t.id == "1")
    roles_found = {a.name: a.role for a in task.agencies}
    mentioned = {a.name for a in notice.agencies if a.task_id == "1"}
    if body not in mentioned:
        return "not found"
    return roles_found.get(body)


def test_role_cue_table() -> None:
    failures = []
    for sentence, body, expected in CASES:
        got = _role(sentence, body)
        if got != expected:
            failures.append(f"{sentence!r}: {body} is {got!r}, expected {expected!r}")
    assert not failures, "\n".join(failures)


@pytest.fixture
def extra_role_row(cue_table_with_row):
    """The role table with one more line, as a clerk would add it."""
    return lambda row: cue_table_with_row("roles.tsv", row, roles.role_patterns)


def test_a_new_role_phrase_is_one_line_of_data(extra_role_row) -> None:
    sentence = "Công an tỉnh chủ trì, hiệp đồng với Bộ Chỉ huy Quân sự tỉnh tuần tra biên giới."
    assert _role(sentence, "Bộ Chỉ huy Quân sự tỉnh") != "coordinate"
    extra_role_row("coordinate_before\thiệp đồng với\tCông an tỉnh chủ trì, hiệp đồng với Bộ Chỉ huy Quân sự tỉnh")
    assert _role(sentence, "Bộ Chỉ huy Quân sự tỉnh") == "coordinate"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("coordinat_before\thiệp đồng với\thiệp đồng với Công an", "unknown kind 'coordinat_before'"),
        ("coordinate_before\thiệp đồng với\tphối hợp với Công an", "does not contain the phrase"),
        ("coordinate_before\thiệp (đồng) với\thiệp đồng với Công an", "holds characters"),
        ("coordinate_before\tphối hợp", "expected 3 tab-separated fields"),
    ],
)
def test_a_bad_role_row_fails_at_load_with_file_and_line(extra_role_row, row: str, message: str) -> None:
    extra_role_row(row)
    with pytest.raises(ResourceError) as caught:
        roles.role_patterns()
    assert message in str(caught.value)
    assert "cues/roles.tsv:" in str(caught.value)
