"""A body's functions-and-duties text: the article titled by duties alone ("Điều 2. Nhiệm vụ và quyền hạn") lists
the own duties of the body the text defines ("Sở X là cơ quan …"), each clause naming no subject.

Every case is invented for its form (other provinces, bodies and duties than the corpus prints). A row is (text
after the header, expected (name, role) of the named task's agencies, task id); each table fails once.
"""

from __future__ import annotations

from .test_agency_forms import _check

DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 17/2025/QĐ-UBND\nNinh Thuận, ngày 05 tháng 8 năm 2025\nQUYẾT ĐỊNH\n"
    "Về chức năng, nhiệm vụ của Sở Du lịch tỉnh Ninh Thuận\n\n"
    "ỦY BAN NHÂN DÂN TỈNH QUYẾT ĐỊNH:\n\n"
    "Điều 1. Vị trí và chức năng\n\n"
    "1. Sở Du lịch là cơ quan giúp tỉnh quản lý du lịch biển và đảo.\n\n"
    "2. Trụ sở Sở Du lịch đặt tại thành phố Phan Rang.\n\n"
)
EXECUTION = "Điều 3. Tổ chức thực hiện\n\nGiám đốc Sở Du lịch và các khu nghỉ dưỡng ven biển thi hành văn bản này./.\n"
DUTIES = (
    "Điều 2. Nhiệm vụ và quyền hạn\n\n"
    "1. Lập phương án giữ sạch các bãi tắm, trình Ủy ban nhân dân tỉnh phê duyệt.\n\n"
    "2. Hướng dẫn các khu nghỉ dưỡng niêm yết giá phòng.\n\n"
)
SOURCE = [("Sở Du lịch", "lead")]
# fmt: off
OWN_DUTIES = [
    (DUTIES + EXECUTION, SOURCE, "Điều 2.2"),
    # a clause with a body it reports to keeps it, and still takes the defined body as lead
    (DUTIES + EXECUTION, [("Ủy ban nhân dân tỉnh", "report_to"), ("Sở Du lịch", "lead")], "Điều 2.1"),
    # titled "Nhiệm vụ, quyền hạn" as well
    (DUTIES.replace("Nhiệm vụ và quyền hạn", "Nhiệm vụ, quyền hạn") + EXECUTION, SOURCE, "Điều 2.2"),
    # not: an article titled by something else than duties
    (DUTIES.replace("Nhiệm vụ và quyền hạn", "Quản lý khu nghỉ dưỡng") + EXECUTION, [], "Điều 2.2"),
]
# fmt: on


def test_a_duties_article_lists_the_defined_bodys_own_duties() -> None:
    _check(OWN_DUTIES, DECISION)


UNDEFINED = DECISION.replace("Sở Du lịch là cơ quan giúp", "Sở Du lịch giúp")
# fmt: off
NO_BODY_DEFINED = [
    # not: no clause before the article says what a body is
    (DUTIES + EXECUTION, [], "Điều 2.2"),
]
# fmt: on


def test_no_body_defined_gives_the_duties_no_lead() -> None:
    _check(NO_BODY_DEFINED, UNDEFINED)


COVER = (
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG\nSố: 09/2024/QĐ-UBND\nĐức Trọng, ngày 14 tháng 5 năm 2024\nQUYẾT ĐỊNH\n"
    "Về chức năng của Phòng Dân tộc huyện\n\n"
    "ỦY BAN NHÂN DÂN HUYỆN QUYẾT ĐỊNH:\n\n"
    "Điều 1. Nay ban hành Quy định về Phòng Dân tộc (in sau văn bản này).\n\n"
    "Điều 2. Trưởng Phòng Dân tộc thi hành văn bản này từ ngày ký./.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Khải\n\n"
    "QUY ĐỊNH\nVề Phòng Dân tộc huyện Đức Trọng\n\n"
    "Điều 1. Vị trí và chức năng\n\n"
    "Phòng Dân tộc là cơ quan giúp huyện lo công tác dân tộc.\n\n"
)
ATTACHED = (
    "Điều 2. Nhiệm vụ và quyền hạn\n\n"
    "1. Theo dõi việc cấp phát giống cây cho đồng bào.\n\n"
    "2. Tổng hợp danh sách già làng trong các thôn.\n"
)
# fmt: off
ATTACHED_DUTIES = [
    # a Quy định attached after the signature: its own duties article still names its actor
    (ATTACHED, [("Phòng Dân tộc", "lead")], "Điều 2-2.1"),
]
# fmt: on


def test_an_attached_regulations_duties_article_names_its_actor() -> None:
    _check(ATTACHED_DUTIES, COVER)
