"""Who carries a directive out (ANNOTATING, settled 15): the paragraph after a chỉ thị's items that names the bodies
to carry the whole text out is an implicit task, where it stands as the closing ("Yêu cầu Giám đốc các sở, … triển
khai thực hiện Chỉ thị này.") and after the in-force sentence ("Chỉ thị này có hiệu lực …" then "Các sở, ban, ngành …
nghiêm túc thực hiện nội dung Chỉ thị này."). A plan's or a letter's "đề nghị các đơn vị thực hiện nghiêm túc Kế
hoạch này" stays its closing formula. Every case is invented."""

from __future__ import annotations

from directive_extract import extract

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n\nSố: 08/CT-UBND\n\nPhú Thọ, ngày 3 tháng 6 năm 2024\n\nCHỈ THỊ\n"
    "Về tăng cường phòng, chống cháy rừng\n\n"
    "Để chủ động phòng, chống cháy rừng mùa khô, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n\n"
    "1. Sở Nông nghiệp và Môi trường:\na) Kiểm tra các vùng rừng trọng điểm.\nb) Tổ chức diễn tập.\n\n"
    "2. Công an tỉnh:\na) Điều tra các vụ cháy rừng.\nb) Xử lý nghiêm vi phạm.\n\n"
)
AS_THE_CLOSING = (
    HEAD + "Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh và Chủ tịch Ủy ban nhân dân các huyện triển khai "
    "thực hiện Chỉ thị này nghiêm túc, hiệu quả.\n\n"
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo về Ủy ban nhân dân "
    "tỉnh để xem xét, xử lý./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn Bình\n"
)
AFTER_IN_FORCE = (
    HEAD + "Tăng cường kiểm tra, xử lý các vi phạm về phòng cháy.\n\n"
    "Chỉ thị này có hiệu lực thi hành sau 10 ngày kể từ ngày ký ban hành.\n\n"
    "Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã căn cứ chức năng, nhiệm vụ nghiêm túc thực hiện nội dung "
    "Chỉ thị này.\n\n"
    "Sở Nông nghiệp và Môi trường chịu trách nhiệm theo dõi, đôn đốc việc thực hiện Chỉ thị và báo cáo Ủy ban nhân "
    "dân tỉnh.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn Bình\n"
)
PLAN = (
    "ỦY BAN NHÂN DÂN\nHUYỆN THANH SƠN\n\nSố: 15/KH-UBND\n\nThanh Sơn, ngày 3 tháng 6 năm 2024\n\nKẾ HOẠCH\n"
    "Phòng, chống cháy rừng năm 2024\n\nI. NHIỆM VỤ\n\n1. Hạt Kiểm lâm huyện kiểm tra các vùng rừng.\n\n"
    "2. Công an huyện xử lý nghiêm vi phạm.\n\n"
    "Ủy ban nhân dân huyện đề nghị các đơn vị, Ủy ban nhân dân các xã thực hiện nghiêm túc Kế hoạch này./.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn An\n"
)


def _implicit(text: str) -> list[tuple[str, list[str]]]:
    return [(t.id, [a.name for a in t.agencies]) for t in extract(text).tasks if t.id.startswith("p")]


def test_who_carries_a_directive_out_is_an_order_where_it_stands_as_the_closing() -> None:
    found = _implicit(AS_THE_CLOSING)
    assert len(found) == 1 and "Ủy ban nhân dân cấp huyện" in found[0][1], found


def test_who_carries_a_directive_out_after_its_in_force_sentence_is_an_order() -> None:
    found = _implicit(AFTER_IN_FORCE)
    assert any("Ủy ban nhân dân cấp huyện" in names for _, names in found), found


def test_a_plan_s_closing_formula_stays_the_closing() -> None:
    assert _implicit(PLAN) == []
