"""A news report that tells a text was sent ("… có công điện gửi …") and then "Theo công điện, <body> đề nghị <Ban …>
…" with its orders (issue 9, round h16): the sending paragraph is the text's issuing, no task; the next paragraph is
the order, its addressee a body whose name opens with "Ban" (no "giao ban" meeting). Invented text."""

from __future__ import annotations

from directive_extract import extract

REPORT = """Quảng Trị: Chủ động ứng phó với nắng nóng

Nắng nóng gay gắt kéo dài, để chủ động ứng phó, Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh có công điện gửi Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn các huyện, thị xã; Sở Y tế, Sở Công Thương.

Theo công điện, Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh đề nghị Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn các huyện, thị xã thường xuyên cập nhật diễn biến nắng nóng; tăng cường tuyên truyền, hướng dẫn người dân sử dụng nước tiết kiệm.

PV
"""


def test_the_text_sent_is_no_task_and_its_orders_to_a_ban_are() -> None:
    tasks = extract(REPORT).tasks
    assert [t.text.split(",")[0] for t in tasks] == ["Theo công điện"]
    assert [(a.name, a.role) for a in tasks[0].agencies] == [
        ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn cấp huyện", "lead")
    ]


# a page that lost its lead: the first paragraph of prose opens "Theo đó, …", and a later order prints its words again
LOST_LEAD = """Hồ Cửa Đạt, một điểm du lịch của tỉnh

Theo đó, UBND tỉnh yêu cầu Chủ tịch UBND huyện Thường Xuân chỉ đạo các phòng, ban tăng cường công tác quản lý nhà nước về đất đai, quản lý xây dựng trên địa bàn xã Xuân Cẩm.

Chủ tịch UBND huyện Thường Xuân chịu trách nhiệm trước UBND tỉnh nếu để xảy ra xây dựng trái phép.

Đề nghị Thường trực Huyện ủy Thường Xuân lãnh đạo, chỉ đạo UBND huyện tăng cường công tác quản lý nhà nước về đất đai, quản lý xây dựng trên địa bàn xã Xuân Cẩm.
"""


def test_a_first_paragraph_that_opens_theo_do_is_no_sapo() -> None:
    tasks = extract(LOST_LEAD).tasks
    assert [t.text.split(",")[0] for t in tasks][:2] == [
        "Theo đó",
        "Chủ tịch UBND huyện Thường Xuân chịu trách nhiệm trước UBND tỉnh nếu để xảy ra xây dựng trái phép.",
    ]


GOES_ON = """Hà Tĩnh yêu cầu xét nghiệm tầm soát

Chủ tịch UBND tỉnh yêu cầu Sở Y tế chủ trì, tăng cường điều phối các trung tâm y tế huyện lấy mẫu xét nghiệm.

Cùng đó, xây dựng kế hoạch xét nghiệm tầm soát cho học sinh và giáo viên tại các khu vực có nguy cơ cao.

Tỉnh hiện có 120 ca mắc trong cộng đồng.
"""


def test_an_order_goes_on_after_cung_do_with_no_subject() -> None:
    tasks = extract(GOES_ON).tasks
    assert [t.text.split(",")[0] for t in tasks] == ["Chủ tịch UBND tỉnh yêu cầu Sở Y tế chủ trì", "Cùng đó"]


def test_the_addressees_of_another_bodys_text_receive_no_report() -> None:
    # "công văn của Bộ Xây dựng gửi UBND tỉnh …, Cục …": whom the ministry's letter went to, told by the report; the
    # order after it names its own actor, and the letter's addressees are no receivers of a report

    report = (
        "Bộ Xây dựng đề nghị đánh giá hiệu quả đầu tư sân bay\n\nThứ Hai, 08/12/2025 - 09:30\n\n"
        "Theo Bộ Xây dựng, việc nâng cấp sân bay làm tăng tổng mức đầu tư của dự án.\n\n"
        "Phối cảnh sân bay - Ảnh: T.T. Đó là nội dung công văn của Bộ Xây dựng gửi UBND tỉnh Quảng Trị, Cục Hàng "
        "không Việt Nam liên quan đến việc điều chỉnh cấp sân bay. Để bảo đảm tính thuyết phục của hồ sơ, Bộ Xây dựng "
        "đề nghị Cục Hàng không Việt Nam rà soát, bổ sung số liệu dự báo nhu cầu vận tải.\n"
    )
    tasks = extract(report).tasks
    assert [[(a.name, a.role) for a in task.agencies] for task in tasks] == [[("Cục Hàng không Việt Nam", "lead")]]
