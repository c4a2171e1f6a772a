"""A text told in prose with its addressees after "gửi:" (a portal's page carrying a công điện: "… đã có công điện số
12/TK gửi: A; B; C với nội dung: …"): the items that name no actor of their own are addressed to those bodies, as a
letter's items are to its "Kính gửi" list. A body's name that holds a directive word ("Ban Chỉ đạo Trung ương") is
no verb of the lead-in, and a sentence ends a verb's reach ("… chỉ đạo ứng phó bão. Cục … đề nghị các đơn vị:": the
Cục is the next sentence's subject, not whom the verb addressed). Every document below is made up for the test."""

from __future__ import annotations

from directive_extract import extract

PAGE = (
    "Công điện của Cục Cứu hộ - Cứu nạn về ứng phó bão số 9\n\n"
    "Ngày 05/11/2026, Cục Cứu hộ - Cứu nạn đã có công điện số 12/TK gửi: BTL Quân khu 7, 9; BTL Cảnh sát biển với "
    "nội dung: Theo tin từ Trung tâm Dự báo khí tượng thủy văn quốc gia, bão số 9 đang di chuyển vào đất liền. Thực "
    "hiện Công điện số 3/CĐ-TW của Văn phòng Ban Chỉ đạo Trung ương về phòng, chống thiên tai chỉ đạo ứng phó bão "
    "số 9. Cục Cứu hộ - Cứu nạn đề nghị các đơn vị:\n\n"
    "1. Duy trì nghiêm chế độ trực, nắm chắc diễn biến của bão.\n\n"
    "2. BTL Quân khu 9 sẵn sàng lực lượng, phương tiện tham gia cứu hộ.\n"
)


def test_items_with_no_actor_take_the_bodies_a_text_was_sent_to() -> None:
    tasks = extract(PAGE).tasks
    assert [[(a.name, a.role) for a in task.agencies] for task in tasks] == [
        [
            ("Bộ Tư lệnh Quân khu 7", "lead"),
            ("Bộ Tư lệnh Quân khu 9", "lead"),
            ("Bộ Tư lệnh Cảnh sát biển", "lead"),
        ],
        [("Bộ Tư lệnh Quân khu 9", "lead")],
    ]
