"""A letter's own closing and the deed it asks for (ANNOTATING, closing and speaker conventions):

- "… thông báo để các đơn vị được biết" with no one ordered before it in its sentence is the letter's closing;
  "đề nghị X thông báo cho đoàn viên được biết và thu …" is X's deed, an order;
- the body a letter is signed on behalf of ("TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG") gives its orders as the issuer does
  ("Ban Thường vụ Đoàn trường đề nghị …"): the speaker, not an actor.

Every letter below is made up for the test."""

from __future__ import annotations

from directive_extract import extract

_HEAD = (
    "ĐOÀN TRƯỜNG ĐẠI HỌC NÔNG LÂM BẮC GIANG\n\nSố: 12/ĐT\n\nV/v thu đoàn phí năm học 2025-2026\n\n"
    "Bắc Giang, ngày 10 tháng 9 năm 2025\n\nKính gửi: Ban Chấp hành các chi đoàn.\n\n"
    "Thực hiện hướng dẫn của Tỉnh đoàn về công tác đoàn phí năm học 2025-2026.\n\n"
)
_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VPĐT.\n\nTM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG\nBÍ THƯ\n\nNguyễn Văn An\n"


def test_asked_to_inform_its_members_is_an_order() -> None:
    body = (
        "Ban Thường vụ Đoàn trường đề nghị Ban Chấp hành các chi đoàn thông báo cho đoàn viên được biết và thu "
        "đoàn phí học kỳ I, nộp về Văn phòng Đoàn trường trước ngày 30/10/2025./."
    )
    notice = extract(_HEAD + body + _TAIL)
    assert [task.text[:40] for task in notice.tasks] == [body[:40]], [task.text[:40] for task in notice.tasks]
    leads = [agency.name for agency in notice.tasks[0].agencies if agency.role == "lead"]
    assert not any(name.startswith("Ban Thường vụ") for name in leads), leads


def test_the_letters_own_notice_to_be_known_is_its_closing() -> None:
    body = (
        "1. Các chi đoàn thu đoàn phí học kỳ I, nộp về Văn phòng Đoàn trường trước ngày 30/10/2025.\n\n"
        "Ban Thường vụ Đoàn trường thông báo để các chi đoàn được biết, thực hiện./."
    )
    notice = extract(_HEAD + body + _TAIL)
    assert [task.id for task in notice.tasks] == ["1"], [(task.id, task.text[:40]) for task in notice.tasks]
