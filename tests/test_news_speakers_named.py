"""In a news report, the office that speaks (a Prime Minister printed with the holder's name, a government office
publishing a notice, a leader giving an opinion) is the article's speaker, no agency of the task it reports; the
bodies it names to act are. The office heading an item of duties with its holder's name alone on its line is the
one to act. The text is made up for the test."""

from __future__ import annotations

import pytest

from directive_extract import extract

HEADLINE = "Chính phủ chỉ đạo đẩy nhanh các dự án giao thông\n\nThứ Hai, 07/12/2026 - 08:00\n\n"


def _agencies(paragraph: str) -> dict[str, str | None]:
    (task,) = extract(HEADLINE + paragraph + "\n").tasks
    return {agency.name: agency.role for agency in task.agencies}


@pytest.mark.parametrize(
    ("paragraph", "acting"),
    [
        (
            "Thủ tướng Phạm Minh Chính thúc đẩy số hóa dịch vụ công, đồng thời yêu cầu Bộ Công an mở rộng tiện "
            "ích của ứng dụng định danh điện tử.",
            "Bộ Công an",
        ),
        (
            "Phó Thủ tướng Trần Hồng Hà cũng đánh giá cao tiến độ, đồng thời giao Bộ Xây dựng hoàn thiện hồ sơ "
            "trong tháng 12.",
            "Bộ Xây dựng",
        ),
        (
            "Thủ tướng Chính phủ vừa có ý kiến đồng ý với đề án nạo vét luồng hàng hải, giao Bộ Giao thông vận "
            "tải chủ trì thực hiện.",
            "Bộ Giao thông vận tải",
        ),
        (
            "Văn phòng Chính phủ có Thông báo số 653 về ý kiến chỉ đạo của Phó Thủ tướng, yêu cầu Bộ Công "
            "Thương đẩy nhanh tiến độ nhà máy điện.",
            "Bộ Công Thương",
        ),
    ],
)
def test_the_speaking_office_is_no_agency(paragraph: str, acting: str) -> None:
    assert _agencies(paragraph) == {acting: "lead"}


def test_an_office_asked_to_act_keeps_its_role() -> None:
    agencies = _agencies("Bộ Kế hoạch và Đầu tư đề nghị Thủ tướng Chính phủ xem xét bổ sung vốn cho dự án.")
    assert agencies.get("Thủ tướng Chính phủ") in ("report_to", "lead")


def test_an_office_heading_its_duties_with_the_holders_name_acts() -> None:
    text = (
        "Phân công công tác của các Phó Thủ tướng\n\nThứ Hai, 07/12/2026 - 08:00\n\n"
        "1. Phó Thủ tướng Chính phủ Lê Minh Khái\n"
        "- Theo dõi, chỉ đạo các lĩnh vực tài chính, ngân hàng, thống kê.\n"
        "2. Phó Thủ tướng Chính phủ Trần Hồng Hà\n"
        "- Theo dõi, chỉ đạo các lĩnh vực tài nguyên và môi trường, xây dựng.\n"
    )
    first = extract(text).tasks[0]
    assert [(agency.name, agency.role) for agency in first.agencies] == [("Thủ tướng Chính phủ", "lead")]
