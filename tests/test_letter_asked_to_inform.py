"""A letter's own closing and the deed it asks for (ANNOTATING, closing and speaker conventions):

- "… thông báo để các đơn vị được biết" with no one ordered before it in its sentence is the letter's closing;
  "đề nghị X thông báo cho đoàn viên được biết và thu …" is X's deed, an order;
- the body a letter is signed on behalf of ("TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG") gives its orders as the issuer does
  ("Ban Thường vụ Đoàn trường đề nghị …"): the speaker, not an actor;
- the cells of the mass organisations named as a class ("các chi đoàn", "các cơ sở đoàn",
  "các Đoàn khoa"), and an organ over them ("Ban Chấp hành các chi đoàn"), are classes at the issuer's level.

Every letter below is made up for the test."""

from __future__ import annotations

from directive_extract import extract

from .test_agency_forms import mention_names
from .test_recognizers import check_table

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


# the cells of the mass organisations named as a class at the issuer's level, and an organ over them
# fmt: off
CELLS = [
    ("Đề nghị các chi đoàn tổ chức ra quân.", ["Các chi đoàn"]),
    ("Đề nghị các chi đoàn trực thuộc tổ chức ra quân.", ["Các chi đoàn"]),
    ("Đề nghị Ban Chấp hành các chi đoàn thu đoàn phí.", ["Ban Chấp hành các chi đoàn"]),
    ("Đề nghị các cơ sở đoàn tổ chức ra quân.", ["Các cơ sở đoàn"]),
    ("Đề nghị các đoàn cơ sở tổ chức ra quân.", ["Các cơ sở đoàn"]),
    ("Đề nghị các cơ sở Đoàn – Hội – Đội trực thuộc tổ chức ra quân.", ["Các cơ sở Đoàn, Hội, Đội trực thuộc"]),
    ("Đề nghị các chi hội tổ chức ra quân.", ["Các chi hội"]),
    ("Đề nghị các Đoàn khoa thu đoàn phí.", ["Các Đoàn khoa"]),
    ("Đề nghị các liên chi đoàn khoa thu đoàn phí.", ["Các Đoàn khoa"]),
    ("Chi đoàn Thanh niên thôn 2 tổ chức ra quân.", ["Chi đoàn Thanh niên thôn 2"]),
]
# fmt: on


def test_cells_of_the_unions_as_classes() -> None:
    check_table(CELLS, mention_names)
