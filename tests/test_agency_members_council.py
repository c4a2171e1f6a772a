"""Team members named by office, and a People's Council's organs listed together.

Forms (SCHEMA "a person named by office points to the office's body"; ANNOTATING, Party and National Assembly
organs, 2):
- a notice dividing a team's or delegation's work lists each member by honorific, name and office: the office's
  body leads the item the member is listed under ("(3) Bà Lò Thị A - Trưởng Ban Dân tộc HĐND tỉnh"); a holder of
  two offices ("… kiêm Trưởng Ban …", "…, Chủ tịch Hội …") gives both bodies;
- a resolution's last article names the council's organs once, the level printed only after the last council
  ("các Ban HĐND, Thường trực HĐND và các Tổ đại biểu HĐND tỉnh"): every organ takes that level,
  and "các Tổ đại biểu và đại biểu" is the class of the groups of deputies;
- a verb of saying after the body ("- Ông A - Phó Giám đốc Sở X cho biết, …") makes the line a speaker's: no member.
Every case is invented (other provinces, names and offices than any corpus document); each table collects every
failing row and fails once.
"""

from __future__ import annotations

from directive_extract import extract
from directive_extract.tables import iter_tasks

from .test_recognizers import check_table

TEAM_NOTICE = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n\nSố: 27/TB-UBND\n\nNinh Thuận, ngày 3 tháng 4 năm 2024\n\n"
    "THÔNG BÁO\nVề việc giao việc cho thành viên Tổ giám sát liên ngành\n\nI. NHIỆM VỤ\n"
)


def _member_leads(line: str) -> list[tuple[str, str | None]]:
    notice = extract(TEAM_NOTICE + "1. Thành viên Tổ giám sát:\n" + line + "\n")
    return [(a.name, a.role) for task, _parent, _top, _depth in iter_tasks(notice.tasks) for a in task.agencies]


# fmt: off
MEMBER_LINES = [
    # numbered member, hyphen, a council
    ("(1) Bà Lò Thị Mai - Phó Chủ tịch Hội đồng nhân dân tỉnh, nhóm trưởng;", [("Hội đồng nhân dân tỉnh", "lead")]),
    # a bullet and a comma, the team's own post after the office
    ("- Ông Chamaléa Hùng, Phó Giám đốc Sở Du lịch, Tổ phó;", [("Sở Du lịch", "lead")]),
    # "Đồng chí", an en dash, a council's committee printed with the abbreviation
    ("(2) Đồng chí Vũ Văn Khải – Trưởng Ban Dân tộc HĐND tỉnh;", [("Ban Dân tộc Hội đồng nhân dân tỉnh", "lead")]),
    # an office that is no leader's title: the member still sits for the body
    ("(3) Ông Hà Minh Đức - Chuyên viên Ban Pháp chế HĐND tỉnh;", [("Ban Pháp chế Hội đồng nhân dân tỉnh", "lead")]),
    # two offices of one holder, joined by "kiêm" and by a comma
    ("(4) Bà Đỗ Thị Hạnh - Trưởng Ban Dân tộc HĐND tỉnh kiêm Phó Chủ tịch Hội Chữ thập đỏ tỉnh, Tổ phó;",
     [("Ban Dân tộc Hội đồng nhân dân tỉnh", "lead"), ("Hội Chữ thập đỏ tỉnh", "lead")]),
    ("(5) Ông Trượng Văn Lực - Phó Giám đốc Sở Nội vụ, Chủ tịch Hội Luật gia tỉnh;",
     [("Sở Nội vụ", "lead"), ("Hội Luật gia tỉnh", "lead")]),
    # OCR split a syllable of the name
    ("(6) Bà Nguy ễn Thị Thu - Phó Giám đốc Sở Giáo dục và Đào tạo;", [("Sở Giáo dục và Đào tạo", "lead")]),
    # a hyphen, then a verb of saying after the body: a speaker reported, no member
    ("- Ông Trịnh Quốc Bảo - Phó Giám đốc Sở Du lịch cho biết, các tuyến kè đã được gia cố.", []),
]
# fmt: on


def test_a_member_named_by_honorific_name_and_office_makes_the_office_s_body_lead() -> None:
    check_table(MEMBER_LINES, _member_leads)


NEWS_LINES = [
    # no list marker: a comma after a name opens a news sentence, whose speaker is no actor
    ("Ông Trịnh Quốc Bảo, Phó Giám đốc Sở Du lịch cho biết sẽ gia cố kè.", False),
    # no honorific: a name in a sentence is not a member
    ("Đinh Thị Lan - Chánh Văn phòng Sở Nội vụ phát biểu.", False),
    # a list marker, the honorific, a hyphen, then an office of up to six words before the body
    ("(1) Bà Lò Thị Mai - Phó Chủ tịch Hội đồng nhân dân tỉnh;", True),
    ("- Ông Chamaléa Hùng - Phó Giám đốc Sở Du lịch;", True),
]


def test_a_member_line_needs_an_honorific_and_a_list_marker_before_a_comma() -> None:
    from directive_extract.stages.agencies.members import names_a_member

    def named(line: str) -> bool:
        body = line.index("Sở ") if "Sở " in line else line.index("Hội đồng")
        return names_a_member(line, 0, body)  # the clause up to the body, the office included

    check_table(NEWS_LINES, named)


COUNCIL_DECISION = (
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 63/NQ-HĐND\n\nLai Châu, ngày 21 tháng 11 năm 2025\n\nNGHỊ QUYẾT\n"
    "Về mức chi cho tổ hòa giải ở cơ sở\n\nHỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU\n\nCăn cứ Luật Tổ chức "
    "chính quyền địa phương;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Quy định mức chi hỗ trợ tổ hòa giải ở cơ sở.\n\n"
    "Điều 3. Hiệu lực và trách nhiệm thi hành\n"
)


def _article_leads(clause: str) -> list[str]:
    notice = extract(COUNCIL_DECISION + "1. " + clause + "\n")
    return [a.name for t in notice.tasks for a in t.agencies if a.role == "lead"]


# fmt: off
COUNCIL_ORGANS = [
    ("Các Ban của Hội đồng nhân dân, Thường trực Hội đồng nhân dân và các Tổ đại biểu Hội đồng nhân dân tỉnh "
     "giám sát chặt việc chi trả mức hỗ trợ ở từng xã.",
     ["Các Ban Hội đồng nhân dân tỉnh", "Thường trực Hội đồng nhân dân tỉnh",
      "Các Tổ đại biểu Hội đồng nhân dân tỉnh"]),
    # "các Tổ đại biểu và đại biểu": the groups of deputies
    ("Đề nghị các Ban HĐND, Thường trực HĐND, các Tổ đại biểu và đại biểu HĐND tỉnh nắm bắt ý kiến cử tri về mức chi.",
     ["Các Ban Hội đồng nhân dân tỉnh", "Thường trực Hội đồng nhân dân tỉnh",
      "Các Tổ đại biểu Hội đồng nhân dân tỉnh"]),
    # each organ printed with its level: nothing to share
    ("Đề nghị các Ban HĐND tỉnh, Thường trực HĐND tỉnh, các Tổ đại biểu HĐND tỉnh nắm bắt ý kiến cử tri về mức chi.",
     ["Các Ban Hội đồng nhân dân tỉnh", "Thường trực Hội đồng nhân dân tỉnh",
      "Các Tổ đại biểu Hội đồng nhân dân tỉnh"]),
]
# fmt: on


def test_a_council_s_organs_listed_together_share_the_level_printed_last() -> None:
    check_table(COUNCIL_ORGANS, _article_leads)


# the press's "Viện KSND" (Viện kiểm sát nhân dân), with its level or place after it, as "TAND" is for courts
# fmt: off
PROCURACY_SHORT_FORMS = [
    ("Viện KSND tối cao đã kháng nghị giám đốc thẩm bản án.", ["Viện kiểm sát nhân dân tối cao"]),
    ("Giao Viện KSND tỉnh Điện Biên phối hợp điều tra.", ["Viện kiểm sát nhân dân tỉnh Điện Biên"]),
]
# fmt: on


def test_the_procuracy_printed_with_ksnd_is_read_whole() -> None:
    from directive_extract.stages.agencies.shared_heads import find_mentions

    check_table(PROCURACY_SHORT_FORMS, lambda text: [m.name for m in find_mentions(text, (0, len(text)))])


LONG_AN_LETTER = "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n\nSố: 55/UBND-VX\n\nKính gửi: Các sở, ngành tỉnh.\n\n"


def _item_bodies(item: str) -> list[tuple[str, str | None]]:
    notice = extract(LONG_AN_LETTER + "1. " + item + "\n")
    return [(a.name, a.role) for t in notice.tasks for a in t.agencies]


# places a directive verb names in a shared-head list act (each is its government); places after "tại" are where
# something happens; a place whose name opens with a word that ends names in lower case ("Cần") is still a member
# fmt: off
PLACES_NAMED_BY_A_VERB = [
    ("Giao các huyện: Thạnh Hóa, Tân Trụ rà soát các hộ dân.",
     [("Ủy ban nhân dân huyện Thạnh Hóa", "lead"), ("Ủy ban nhân dân huyện Tân Trụ", "lead")]),
    ("Đề nghị các xã: Bình Hòa Nam, Mỹ Quý Tây báo cáo kết quả.",
     [("Ủy ban nhân dân xã Bình Hòa Nam", "lead"), ("Ủy ban nhân dân xã Mỹ Quý Tây", "lead")]),
    ("Sở Y tế phối hợp với các huyện: Cần Giuộc, Thủ Thừa kiểm tra.",
     [("Sở Y tế", "lead"), ("Ủy ban nhân dân huyện Cần Giuộc", "coordinate"),
      ("Ủy ban nhân dân huyện Thủ Thừa", "coordinate")]),
    ("Sở Y tế giám sát dịch bệnh tại các xã: Bình Hòa Nam, Mỹ Quý Tây.", [("Sở Y tế", "lead")]),
]
# fmt: on


def test_places_a_directive_verb_names_in_a_list_act_places_after_tai_do_not() -> None:
    check_table(PLACES_NAMED_BY_A_VERB, _item_bodies)


ROSTER = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\n\nSố: 12/QĐ-UBND\n\nTân Phú, ngày 2 tháng 5 năm 2024\n\nQUYẾT ĐỊNH\n"
    "Về việc phân công nhiệm vụ thành viên Tổ xung kích phòng, chống thiên tai\n\n"
    "Điều 1. Phân công nhiệm vụ các thành viên như sau:\n"
    "1\nBà Hà Thị Lan\nThành viên (Chi hội trưởng Chi hội Phụ nữ thôn 2)\n"
    "- Vận động hội viên dọn vệ sinh sau lũ.\n- Lập danh sách hộ nghèo cần hỗ trợ.\n"
    "2\nÔng Lê Văn Tư\nTổ phó(Chủ tịch Hội Nông dân xã)\n- Vận động nông dân thu hoạch lúa sớm.\n"
    "3\nDanh sách phương tiện\nĐại diện (Chủ tịch Hội Cựu chiến binh xã)\n- Chuẩn bị xuồng cứu hộ.\n"
)


def test_a_roster_s_office_line_under_the_member_s_name_makes_its_body_lead() -> None:
    # the name on a line of its own, the post and, in brackets, the office on the next; a line that names no one
    # by honorific makes no member
    leads = {
        (a.name, a.role) for task, _parent, _top, _depth in iter_tasks(extract(ROSTER).tasks) for a in task.agencies
    }
    assert ("Chi hội Phụ nữ thôn 2", "lead") in leads
    assert ("Hội Nông dân xã", "lead") in leads
    assert ("Hội Cựu chiến binh xã", "lead") not in leads
