"""A body printed before its deed "lập …" or "hoàn chỉnh …" (a plan's "Phòng Tài chính lập danh sách …", "Sau khi
công khai, Phòng Hành chính - Văn thư lưu trữ hoàn chỉnh hồ sơ"): its name ends before the verb, and the verb makes it
the item's lead after a clause of time; so does an adverb before the deed ("Ban Thu thường xuyên theo dõi …"). "lập" alone is no boundary: "Trường Đại học Công lập …" keeps its name.
Invented sentences, none a corpus text."""

from __future__ import annotations

import pytest

from directive_extract import extract

PLAN = "KẾ HOẠCH\nCông khai bản kê khai tài sản\n\n1. {item}\n"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Phòng Tài chính lập danh sách người có nghĩa vụ kê khai.", [("Phòng Tài chính", "lead")]),
        ("Phòng Nội vụ lập kế hoạch kiểm tra các xã.", [("Phòng Nội vụ", "lead")]),
        (
            "Sau khi thực hiện công khai, Phòng Hành chính - Văn thư lưu trữ hoàn chỉnh hồ sơ kê khai.",
            [("Phòng Hành chính - Văn thư lưu trữ", "lead")],
        ),
        (
            "Sau khi niêm yết, Sở Tài chính lập hồ sơ gửi Thanh tra tỉnh.",
            [("Sở Tài chính", "lead"), ("Thanh tra tỉnh", "report_to")],
        ),
        ("Sở Xây dựng hoàn thành việc thẩm định dự án.", [("Sở Xây dựng", "lead")]),
        # an adverb of how often or how soon before the deed ends the name too
        ("Giao Ban Thu thường xuyên theo dõi việc thu nợ.", [("Ban Thu", "lead")]),
        ("Phòng Kế hoạch định kỳ hằng quý báo cáo tiến độ.", [("Phòng Kế hoạch", "lead")]),
        ("Trung tâm Điều hành kịp thời thông báo sự cố.", [("Trung tâm Điều hành", "lead")]),
        (
            "Trường Đại học Công lập Kỹ thuật Cần Ích chủ trì tổ chức hội thảo.",
            [("Trường Đại học Công lập Kỹ thuật Cần Ích", "lead")],
        ),
    ],
)
def test_a_body_before_its_deed(item: str, expected: list[tuple[str, str]]) -> None:
    tasks = extract(PLAN.format(item=item)).tasks
    assert [(a.name, a.role) for a in tasks[0].agencies] == expected


def test_a_verb_of_assessing_ends_the_name_before_it() -> None:
    from directive_extract.stages.agencies.shared_heads import find_mentions

    text = "Ban chỉ đạo phòng chống lụt bão trung ương nhận định bão số 7 rất mạnh."
    assert [r.name for r in find_mentions(text, (0, len(text)))] == ["Ban Chỉ đạo phòng chống lụt bão trung ương"]
