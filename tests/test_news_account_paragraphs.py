"""A news report's account of the work done is no order (ANNOTATING, news convention 1): a speaker's report
"to" the leader told with "cho hay" as with "cho biết" ("Báo cáo với Bí thư, ông A cho hay, …"), and a paragraph
going on "Trong đó, công tác di dời … cơ bản đã hoàn thành": after a connector, "công tác" (or "việc") before a
verb of doing makes that verb a noun, no subject and its deed. Invented report, no corpus text."""

from __future__ import annotations

from directive_extract import extract

REPORT = (
    "Chủ tịch tỉnh kiểm tra tiến độ cầu Bến Đình\n\n"
    "Sáng 12/9, ông Nguyễn Văn Hòa, Chủ tịch UBND tỉnh Bình Thuận, đã kiểm tra tiến độ dự án cầu Bến Đình.\n\n"
    "Báo cáo với Chủ tịch tỉnh, ông Lê Minh Tân, Giám đốc Ban Quản lý dự án giao thông tỉnh cho hay, công trình "
    "đã hoàn thành 70% khối lượng.\n\n"
    "Trong đó, công tác di dời hệ thống điện chiếu sáng, cấp nước cơ bản đã hoàn thành. Hạng mục mố cầu cũng đã "
    "xong.\n\n"
    "Ông Hòa yêu cầu Sở Giao thông vận tải đôn đốc nhà thầu đẩy nhanh tiến độ, hoàn thành dự án trước ngày "
    "30/11/2025.\n"
)


def test_a_speakers_report_and_the_work_done_are_no_tasks() -> None:
    tasks = extract(REPORT).tasks
    assert [t.text[:20] for t in tasks] == ["Ông Hòa yêu cầu Sở G"]
    assert [(a.name, a.role) for a in tasks[0].agencies] == [("Sở Giao thông vận tải", "lead")]


MEETING = (
    "Cục Thú y họp bàn phòng chống dịch cúm gia cầm\n\n"
    "Sáng 20/12, Cục Thú y tổ chức hội nghị phòng chống dịch cúm gia cầm khu vực phía bắc.\n\n"
    "Dịch đã xuất hiện tại 7 xã của 6 tỉnh.\n\n"
    "Đại diện các tỉnh Phú Thọ, Yên Bái cho rằng Cục Thú y cần tham mưu cho Bộ ban hành hướng dẫn xử lý gia cầm "
    "chết.\n\n"
    "Ngoài ra, lãnh đạo các tỉnh cũng đề nghị Bộ yêu cầu lực lượng quản lý thị trường kiểm soát gia cầm nhập lậu.\n\n"
    "Kết luận hội nghị, Cục trưởng chỉ đạo ngay tuần sau, các tỉnh phía bắc phải phun thuốc tiêu độc toàn bộ chợ "
    "gia cầm.\n"
)


def test_what_the_localities_asked_is_no_order_and_the_chairs_order_is() -> None:
    # the representatives or leaders of several localities ask or judge; the chair orders, a time said between
    # the verb and the bodies it addresses
    tasks = extract(MEETING).tasks
    assert [(t.text[:16], [(a.name, a.role) for a in t.agencies]) for t in tasks] == [
        ("Kết luận hội ngh", [("Ủy ban nhân dân các tỉnh phía bắc", "lead")])
    ]


def test_one_leader_of_a_body_orders() -> None:
    letter = MEETING.replace("lãnh đạo các tỉnh cũng đề nghị Bộ yêu cầu", "lãnh đạo Cục cũng yêu cầu")
    assert [t.text[:16] for t in extract(letter).tasks] == ["Ngoài ra, lãnh đ", "Kết luận hội ngh"]


def test_a_body_that_judges_speaks_and_the_one_it_asks_acts() -> None:
    report = (
        "Bộ Y tế yêu cầu siết an toàn thực phẩm bếp ăn tập thể\n\n"
        "Sáng 5/11, Bộ Y tế có văn bản gửi các địa phương về bếp ăn tập thể.\n\n"
        "Dịch vụ ăn uống quanh trường học tiềm ẩn nhiều nguy cơ.\n\n"
        "Bộ Y tế đánh giá việc tổ chức bữa ăn bán trú rất phổ biến, vì vậy Bộ đề nghị Bộ Giáo dục và Đào tạo chỉ "
        "đạo các trường kiểm tra nguồn gốc thực phẩm.\n"
    )
    tasks = extract(report).tasks
    assert [[(a.name, a.role) for a in t.agencies] for t in tasks] == [[("Bộ Giáo dục và Đào tạo", "lead")]]
    giving = report.replace("Bộ Y tế đánh giá việc", "Giao Cục An toàn thực phẩm đánh giá việc")
    assert ("Cục An toàn thực phẩm", "lead") in [(a.name, a.role) for t in extract(giving).tasks for a in t.agencies]


def test_a_done_deed_of_a_body_with_a_long_name_is_an_account() -> None:
    # the subject of the done deed is a committee's long name (twelve words): still the sentence's own subject, the
    # paragraph tells what was done, no order

    report = (
        "Bão số 5 áp sát đất liền\n\nThứ Năm, 14/08/2025 - 17:30\n\n"
        "Chiều 14/8, Phó Thủ tướng yêu cầu Bộ Quốc phòng sẵn sàng lực lượng, phương tiện cứu hộ các tỉnh ven biển.\n\n"
        "Tại Thanh Hóa, sáng 14/8, Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh đã họp, phân công các "
        "thành viên đi kiểm tra và chỉ đạo các huyện gia cố đê.\n"
    )
    assert [task.text[:10] for task in extract(report).tasks] == ["Chiều 14/8"]
