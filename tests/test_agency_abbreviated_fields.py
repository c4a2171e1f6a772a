"""A department's field printed as an abbreviation (issue 9, after h19): the expansion is the field, its first
letter capitalized as a body's name prints it ("Cục CNTT" -> Cục Công nghệ thông tin, "Phòng TCHC" -> Phòng Tổ chức -
Hành chính), also for the members of a shared head ("các Vụ: TCCB, HTQT"); "PC" as a department's whole field is
Pháp chế (a ministry's legal department); a level word abbreviated is no field ("Bệnh viện TP Vinh"), and a steering
committee's purpose stays in small letters ("Ban Chỉ đạo PC dịch"); a name the gazetteer holds, printed with an
abbreviation inside, takes the gazetteer's spelling ("Cục Nhà giáo và CBQLGD"). The plan is made up for the test."""

from __future__ import annotations

from directive_extract import extract

PLAN = """BỘ GIÁO DỤC VÀ ĐÀO TẠO

Số: 27/KH-BGDĐT

KẾ HOẠCH
Số hóa hồ sơ tuyển sinh

1. Cục CNTT chủ trì, phối hợp với Vụ PC và Vụ TCCB xây dựng quy trình.
2. Giao các Vụ: HTQT, KHTC rà soát kinh phí hợp tác.
3. Cục Nhà giáo và CBQLGD tập huấn cho giáo viên.
4. Phòng TCHC các trường đại học cập nhật hồ sơ.
5. Bệnh viện TP Vinh báo cáo số liệu.
"""


def _agencies(notice) -> dict[str, list[tuple[str, str]]]:
    return {task.id: [(a.name, a.role) for a in task.agencies] for task in notice.tasks}


def test_an_abbreviated_field_is_expanded_and_capitalized() -> None:
    got = _agencies(extract(PLAN))
    assert got["1"] == [
        ("Cục Công nghệ thông tin", "lead"),
        ("Vụ Pháp chế", "coordinate"),
        ("Vụ Tổ chức cán bộ", "coordinate"),
    ]
    assert got["2"] == [("Vụ Hợp tác quốc tế", "lead"), ("Vụ Kế hoạch - Tài chính", "lead")]
    assert got["3"] == [("Cục Nhà giáo và Cán bộ quản lý giáo dục", "lead")]
    assert got["4"][0] == ("Phòng Tổ chức - Hành chính", "lead")
    assert got["5"] == [("Bệnh viện thành phố Vinh", "lead")]  # a level word abbreviated is no field


def test_a_committees_purpose_stays_in_small_letters() -> None:
    text = PLAN.replace("1. Cục CNTT chủ trì", "1. Ban Chỉ đạo PC dịch của Bộ chỉ đạo; Cục CNTT chủ trì")
    names = [name for name, _ in _agencies(extract(text))["1"]]
    assert names[0].startswith("Ban Chỉ đạo phòng, chống")
