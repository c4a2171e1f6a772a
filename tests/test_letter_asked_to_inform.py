"""A letter's own closing and the deed it asks for (ANNOTATING, closing and speaker conventions):

- "… thông báo để các đơn vị được biết" with no one ordered before it in its sentence is the letter's closing;
  "đề nghị X thông báo cho đoàn viên được biết và thu …" is X's deed, an order;
- the body a letter is signed on behalf of ("TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG") gives its orders as the issuer does
  ("Ban Thường vụ Đoàn trường đề nghị …"): the speaker, not an actor;
- the authors of opinions taken in by a shared-head list ("tiếp thu ý kiến của các Bộ: Tài chính, Tư pháp") are
  no actors, and "nghiên cứu" in small letters ends a name ("Vụ Kế hoạch nghiên cứu, …");
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


_COMMUNE = (
    "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nSố: 21/TB-UBND\n\nAn Bình, ngày 5 tháng 1 năm 2026\n\nTHÔNG BÁO\n"
    "Về việc tạm dừng tiếp công dân\n\nỦy ban nhân dân xã An Bình thông báo như sau:\n\n"
    "1. Tạm dừng tiếp công dân tại trụ sở UBND xã từ ngày 06/01/2026.\n\n"
    "2. Công dân gửi đơn qua bưu điện hoặc hộp thư góp ý của xã.\n\n"
)
_SIGNED = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Bình\n"
_ASKED = (
    "Đề nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo liên tục trên hệ thống loa truyền thanh để "
    "toàn thể nhân dân biết thực hiện./."
)


def test_a_closing_request_that_hands_a_deed_of_its_own_is_an_order() -> None:
    notice = extract(_COMMUNE + _ASKED + _SIGNED)
    assert [task.id for task in notice.tasks] == ["1", "2", "p1"], [(t.id, t.text[:30]) for t in notice.tasks]
    assert [agency.name for agency in notice.tasks[2].agencies][:1] == ["Đài truyền thanh xã"]


def test_an_order_after_the_letters_closing_formula_is_a_task() -> None:
    closing = "Ủy ban nhân dân xã thông báo để toàn thể cán bộ và nhân dân trong xã được biết.\n\n"
    notice = extract(_COMMUNE + closing + _ASKED + _SIGNED)
    assert [task.id for task in notice.tasks] == ["1", "2", "p1"], [(t.id, t.text[:30]) for t in notice.tasks]


def test_the_bare_request_to_carry_out_stays_the_closing() -> None:
    notice = extract(_COMMUNE + "Đề nghị các thôn nghiêm túc triển khai thực hiện./." + _SIGNED)
    assert [task.id for task in notice.tasks] == ["1", "2"], [(t.id, t.text[:30]) for t in notice.tasks]


_MINISTRY = "BỘ XÂY DỰNG\n\nSố: 12/BXD-KH\n\nKính gửi: Các đơn vị thuộc Bộ\n\nBộ Xây dựng đề nghị:\n\n"


def test_the_authors_of_opinions_taken_in_are_no_actors_and_a_verb_ends_the_name() -> None:
    item = "1. Vụ Kế hoạch nghiên cứu, tiếp thu ý kiến của các Bộ: Tài chính, Tư pháp để hoàn thiện dự thảo.\n\n"
    notice = extract(_MINISTRY + item + "2. Vụ Pháp chế theo dõi việc thực hiện.\n")
    roles = [(agency.name, agency.role) for agency in notice.tasks[0].agencies]
    assert roles == [("Vụ Kế hoạch", "lead")], roles


def test_partners_of_a_shared_head_list_still_coordinate() -> None:
    item = "1. Vụ Kế hoạch phối hợp với các Bộ: Tài chính, Tư pháp hoàn thiện dự thảo.\n\n"
    notice = extract(_MINISTRY + item + "2. Vụ Pháp chế theo dõi việc thực hiện.\n")
    roles = [(agency.name, agency.role) for agency in notice.tasks[0].agencies]
    assert roles == [("Vụ Kế hoạch", "lead"), ("Bộ Tài chính", "coordinate"), ("Bộ Tư pháp", "coordinate")], roles
