"""A signature block a web page's print floated up between two items (stages/floated_signature.py): the items go on
after it in sequence, and the block's lines name no actor. A block that ends the text, or a distribution list with
numbered lines, ends the body as before. The letter is made up for the test."""

from __future__ import annotations

from directive_extract import extract

HEAD = (
    "UBND TỈNH KON TUM\nSố: 12/CT-UBND\nKon Tum, ngày 05 tháng 3 năm 2024\n\nCHỈ THỊ\n"
    "Về tăng cường quản lý hộ tịch có yếu tố nước ngoài\n\n"
    "Để thực hiện tốt công tác hộ tịch, Ủy ban nhân dân tỉnh chỉ thị:\n"
    "1- Sở Tư pháp chủ trì hướng dẫn nghiệp vụ đăng ký hộ tịch cho cán bộ tư pháp cấp xã.\n"
    "2- Công an tỉnh xác minh hồ sơ kết hôn khi có đề nghị của Sở Tư pháp.\n"
    "3- Sở Y tế chỉ đạo các bệnh viện cấp giấy chứng sinh đúng quy định để tham mưu giúp Ủy ban\n"
)
FLOATED = "ỦY BAN NHÂN DÂN TỈNH KON TUM\nCHỦ TỊCH\n(Đã ký)\nNguyễn Văn Bình\n"
AFTER = (
    "nhân dân tỉnh xem xét giải quyết các trường hợp đặc biệt.\n"
    "4- Ủy ban nhân dân các xã biên giới chỉ xác nhận giấy tờ theo đúng quy định.\n"
    "5- Sở Thông tin và Truyền thông phối hợp với Báo Kon Tum tuyên truyền pháp luật về hôn nhân.\n"
)


def test_the_items_go_on_after_a_floated_signature() -> None:
    notice = extract(HEAD + FLOATED + AFTER)
    assert [t.id for t in notice.tasks] == ["1", "2", "3", "4", "5"]
    names = {a.name for t in notice.tasks for a in t.agencies}
    assert "Sở Thông tin và Truyền thông" in names
    # the authority line of the block signs the text: no actor of item 3, and the issuer keeps its bare name
    assert "Ủy ban nhân dân tỉnh Kon Tum" not in names
    assert notice.signature.position == "CHỦ TỊCH"


def test_a_signature_that_ends_the_text_ends_the_body() -> None:
    text = HEAD + "nhân dân tỉnh xem xét giải quyết.\n" + FLOATED
    assert [t.id for t in extract(text).tasks] == ["1", "2", "3"]


def test_numbered_lines_after_a_distribution_list_are_no_items() -> None:
    tail = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + FLOATED + "4- Bản sao gửi các huyện.\n"
    assert [t.id for t in extract(HEAD + "nhân dân tỉnh xem xét giải quyết.\n" + tail).tasks] == ["1", "2", "3"]
