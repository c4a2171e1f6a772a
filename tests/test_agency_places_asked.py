"""Places as actors (issue 9, "Places: actor or location"): a city's level abbreviated "TP" / "TP." before its name
("yêu cầu TP Tuy Hòa, thị xã Sông Cầu"), an office or the government of the places printed between the verb and a
plural level ("yêu cầu lãnh đạo các huyện Đô Lương, Diễn Châu"), communes named bare right after a verb that gives
work ("giao xã Nghi Lâm", "yêu cầu các phường Trần Phú, Lê Lợi") — each place's people's committee, with the role the
verb gives — a province printed after a city as its address ("TP. Cao Lãnh, Đồng Tháp") no district of a list, a place's words
capitalized ("thành phố Vinh báo cáo" is no "Vĩnh Bảo"), and a place in brackets after a proper name its location.
Every case is invented: other places, other sentences."""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

HEADER = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Số: 12/CĐ-UBND

Nghệ An, ngày 5 tháng 3 năm 2019

CÔNG ĐIỆN
Về việc phòng, chống dịch bệnh

"""


def agencies(sentence: str) -> list[tuple[str, str | None]]:
    """(name, role) of every body the one task of `sentence` names."""
    notice = extract(HEADER + "1. " + sentence + "\n")
    return [(a.name, a.role) for task in notice.tasks for a in task.agencies]


def document_agencies(sentence: str) -> list[str]:
    return [a.name for a in extract(HEADER + "1. " + sentence + "\n").agencies]


# (sentence, (name, role) of each body of its task)
# fmt: off
ASKED = [
    # "TP" / "TP." before a city's name is its level, in capitals only
    ("Yêu cầu TP Vinh, thị xã Hoàng Mai rà soát các hộ chăn nuôi.",
     [("Ủy ban nhân dân thành phố Vinh", "lead"), ("Ủy ban nhân dân thị xã Hoàng Mai", "lead")]),
    ("Giao TP.Vinh chủ trì tiêu hủy gia cầm.", [("Ủy ban nhân dân thành phố Vinh", "lead")]),
    ("Sở Y tế phối hợp với TP. Vinh tuyên truyền.",
     [("Sở Y tế", "lead"), ("Ủy ban nhân dân thành phố Vinh", "coordinate")]),
    ("Do dịch xuất hiện tại TP Vinh, Sở Nông nghiệp và Phát triển nông thôn khẩn trương xử lý.",
     [("Sở Nông nghiệp và Phát triển nông thôn", "lead")]),  # where the outbreak is, no actor
    # a district after a verb that names a partner or a receiver: its government, though "với", "về" say where
    # elsewhere ("so với huyện …", "đến huyện …")
    ("Sở Y tế phối hợp với huyện Nghi Lộc tuyên truyền.",
     [("Sở Y tế", "lead"), ("Ủy ban nhân dân huyện Nghi Lộc", "coordinate")]),
    ("Kết quả gửi về huyện Nghi Lộc trước ngày 5/3.", [("Ủy ban nhân dân huyện Nghi Lộc", "report_to")]),
    ("Sở Y tế đến huyện Nghi Lộc kiểm tra.", [("Sở Y tế", "lead")]),
    # a place's words are capitalized: "Vinh báo cáo" is Vinh reporting, not "Vĩnh Bảo" (the same letters folded)
    ("Giao thành phố Vinh báo cáo số liệu.", [("Ủy ban nhân dân thành phố Vinh", "lead")]),
    # a place in brackets after a proper name says where it is; after a common noun it lists the actors
    ("Đối với dự án cầu Cửa Hội (TP Vinh), giao Sở Xây dựng kiểm tra.", [("Sở Xây dựng", "lead")]),
    ("Đối với các địa phương có ổ dịch (huyện Quỳnh Lưu, Yên Thành), khẩn trương tiêu hủy.",
     [("Ủy ban nhân dân huyện Quỳnh Lưu", "lead"), ("Ủy ban nhân dân huyện Yên Thành", "lead")]),
    # an office or the places' government between the verb and a plural level
    ("Yêu cầu lãnh đạo các huyện Quỳnh Lưu, Yên Thành tập trung dập dịch.",
     [("Ủy ban nhân dân huyện Quỳnh Lưu", "lead"), ("Ủy ban nhân dân huyện Yên Thành", "lead")]),
    ("Đề nghị Chủ tịch các huyện Quỳnh Lưu, Yên Thành chỉ đạo.",
     [("Ủy ban nhân dân huyện Quỳnh Lưu", "lead"), ("Ủy ban nhân dân huyện Yên Thành", "lead")]),
    ("Tham mưu cho lãnh đạo các huyện Quỳnh Lưu xử lý.", [("Ủy ban nhân dân huyện Quỳnh Lưu", "report_to")]),
    # communes named bare after a verb that gives work, asks or names a partner
    ("Giao xã Diễn Hồng tổ chức tiêu hủy.", [("Ủy ban nhân dân xã Diễn Hồng", "lead")]),
    ("Yêu cầu các xã Diễn Hồng, Diễn Kỷ và Diễn Thái khoanh vùng ổ dịch.",
     [("Ủy ban nhân dân xã Diễn Hồng", "lead"), ("Ủy ban nhân dân xã Diễn Kỷ", "lead"),
      ("Ủy ban nhân dân xã Diễn Thái", "lead")]),
    ("Đề nghị chính quyền các phường Hưng Bình, Hưng Phúc kiểm tra.",
     [("Ủy ban nhân dân phường Hưng Bình", "lead"), ("Ủy ban nhân dân phường Hưng Phúc", "lead")]),
    ("Công an huyện phối hợp với thị trấn Diễn Châu tuần tra.",
     [("Công an cấp huyện", "lead"), ("Ủy ban nhân dân thị trấn Diễn Châu", "coordinate")]),
    # printed where something happens, a commune names no actor
    ("Phát hiện ổ dịch tại xã Diễn Hồng, Chi cục Chăn nuôi và Thú y tỉnh khẩn trương lấy mẫu.",
     [("Chi cục Chăn nuôi và Thú y tỉnh", "lead")]),
    ("Hộ ông Nguyễn Văn A, xóm 3, xã Diễn Hồng có gà chết, Trạm Thú y huyện kiểm tra.",
     [("Trạm Thú y huyện", "lead")]),
]
# fmt: on


def test_places_asked_to_act() -> None:
    check_table(ASKED, agencies)


def test_a_province_after_a_city_is_its_address() -> None:
    names = document_agencies("Gửi bài dự thi về Sở Văn hóa và Thể thao (số 2, phường Hưng Bình, TP. Vinh, Nghệ An).")
    assert "Ủy ban nhân dân thành phố Vinh" in names
    assert not [name for name in names if name.startswith("Ủy ban nhân dân thành phố") and "Vinh" not in name]
