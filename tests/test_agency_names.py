"""The families of bodies the name grammar reads beyond Decree 30's type words (issue 9): units and organs of a
body printed before its name (Party organs, standing bodies, groups of deputies), the 2025 vertical bodies printed
without a type word, the National Assembly's classes, union and company forms, heads sharing a class's level.
Every case is written for its form, with names no corpus document prints; each table has rows where the name must
stop and rows that must name no body."""

from __future__ import annotations

from directive_extract.stages.agencies.governing import join_governing_organs
from directive_extract.stages.agencies.mentions import Mention
from directive_extract.stages.agencies.shared_heads import find_mentions

from .test_recognizers import check_table


def joined(text: str) -> list[tuple[str, str]]:
    """(printed, name) of every body `text` names, read as one task's text, units and classes joined."""
    raw = find_mentions(text, (0, len(text)))
    mentions = sorted((Mention(r.start, r.end, r.name, r.rule, place=r.place) for r in raw), key=lambda m: m.start)
    return [(text[m.start : m.end], m.name) for m in join_governing_organs(text, mentions)]


# a unit or organ of a body, printed before the body's name, is one body: the unit's words and the body's name
# fmt: off
UNITS_OF_A_BODY = [
    ("Thường trực Ban Bí thư cho ý kiến.", [("Thường trực Ban Bí thư", "Thường trực Ban Bí thư")]),
    ("Đảng đoàn Liên đoàn Lao động tỉnh lãnh đạo.",
     [("Đảng đoàn Liên đoàn Lao động tỉnh", "Đảng đoàn Liên đoàn Lao động tỉnh")]),
    ("Ban cán sự đảng Bộ Ngoại giao chỉ đạo.", [("Ban cán sự đảng Bộ Ngoại giao", "Ban cán sự đảng Bộ Ngoại giao")]),
    ("Đảng ủy cơ quan Sở Tài chính quán triệt.", [("Đảng ủy cơ quan Sở Tài chính", "Đảng ủy cơ quan Sở Tài chính")]),
    ("Chi bộ Văn phòng Sở Xây dựng thực hiện.", [("Chi bộ Văn phòng Sở Xây dựng", "Chi bộ Văn phòng Sở Xây dựng")]),
    ("Ban Thường vụ Hội Nông dân tỉnh chỉ đạo.", [("Ban Thường vụ Hội Nông dân tỉnh", "Ban Thường vụ Hội Nông dân tỉnh")]),
    # a unit of a unit; the committee keeps the name the Party prints, the list's qualifier left out
    ("Tổ đảng ở Thường trực Ủy ban Đối ngoại chủ trì.",
     [("Tổ đảng ở Thường trực Ủy ban Đối ngoại", "Tổ đảng ở Thường trực Ủy ban Đối ngoại")]),
    ("Tổ đảng ở Thường trực các Ban của Hội đồng nhân dân tỉnh phối hợp.",
     [("Tổ đảng ở Thường trực các Ban của Hội đồng nhân dân tỉnh",
       "Tổ đảng ở Thường trực các Ban Hội đồng nhân dân tỉnh")]),
    # a group of deputies, with the electoral unit it is named by
    ("Tổ đại biểu HĐND tỉnh đơn vị huyện Quỳ Hợp tiếp xúc cử tri.",
     [("Tổ đại biểu HĐND tỉnh đơn vị huyện Quỳ Hợp", "Tổ đại biểu Hội đồng nhân dân tỉnh đơn vị huyện Quỳ Hợp")]),
    ("Tổ giúp việc Ban Chỉ đạo Chuyển đổi số tỉnh tham mưu.",
     [("Tổ giúp việc Ban Chỉ đạo Chuyển đổi số tỉnh", "Tổ giúp việc Ban Chỉ đạo Chuyển đổi số tỉnh")]),
    # the organs of a commune's Party committee; an organ of a committee read exactly is never an OCR'd other one
    ("Ủy ban Kiểm tra Đảng ủy phường Hưng Bình kiểm tra.",
     [("Ủy ban Kiểm tra Đảng ủy phường Hưng Bình", "Ủy ban Kiểm tra Đảng ủy phường Hưng Bình")]),
    ("Ban Thường vụ Đảng ủy xã chỉ đạo.", [("Ban Thường vụ Đảng ủy xã", "Ban Thường vụ Đảng ủy xã")]),
    ("Ban Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh chỉ đạo.",
     [("Ban Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh", "Ban Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh")]),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Hưng Dũng ra quân.",
     [("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Hưng Dũng",
       "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Hưng Dũng")]),
    # where the name stops: the verb after it, the next body after a comma
    ("Đảng ủy Quân sự tỉnh chủ trì, Thường trực Huyện ủy phối hợp.",
     [("Đảng ủy Quân sự tỉnh", "Đảng ủy Quân sự tỉnh"), ("Thường trực Huyện ủy", "Thường trực Huyện ủy")]),
    # no unit: the office's role printed in brackets or after "là cơ quan", the words in lower case
    ("Sở Tư pháp (Thường trực Hội đồng phối hợp phổ biến) tổng hợp.", [("Sở Tư pháp", "Sở Tư pháp")]),
    ("Sở Nội vụ là cơ quan Thường trực Hội đồng Thi đua - Khen thưởng tỉnh.",
     [("Sở Nội vụ", "Sở Nội vụ"), ("Hội đồng Thi đua - Khen thưởng tỉnh", "Hội đồng Thi đua - Khen thưởng tỉnh")]),
    ("cán bộ thường trực Ban Chỉ huy Quân sự huyện trực 24/24 giờ.",
     [("Ban Chỉ huy Quân sự huyện", "Ban Chỉ huy Quân sự huyện")]),
    ("Thường trực 24/24 giờ tại các chốt.", []),
    # an office holder's title: the holder is of the body, no unit of it
    ("Phó Chủ tịch Thường trực UBND tỉnh chủ trì.", [("UBND tỉnh", "Ủy ban nhân dân tỉnh")]),
    ("Thứ trưởng Thường trực Bộ Nội vụ chỉ đạo.", [("Bộ Nội vụ", "Bộ Nội vụ")]),
]
# fmt: on


def test_a_unit_printed_before_a_body_is_one_body() -> None:
    check_table(UNITS_OF_A_BODY, joined)


# the 2025 vertical bodies printed without "Cục" or "Chi cục": a capitalized head, then a level and place or a
# numbered region; "thuế" in lower case, or before a lower-case word, is a tax, no body
# fmt: off
VERTICAL_BODIES = [
    ("Thuế tỉnh Quảng Bình phối hợp.", [("Thuế tỉnh Quảng Bình", "Thuế tỉnh Quảng Bình")]),
    ("Thuế cơ sở 4 tỉnh Bắc Ninh hướng dẫn.", [("Thuế cơ sở 4 tỉnh Bắc Ninh", "Thuế cơ sở 4 tỉnh Bắc Ninh")]),
    ("Thống kê tỉnh Sơn La cung cấp số liệu.", [("Thống kê tỉnh Sơn La", "Thống kê tỉnh Sơn La")]),
    ("Hải quan khu vực VII kiểm tra hàng hóa.", [("Hải quan khu vực VII", "Hải quan khu vực VII")]),
    ("Kho bạc Nhà nước khu vực XII thanh toán.", [("Kho bạc Nhà nước khu vực XII", "Kho bạc Nhà nước khu vực XII")]),
    ("Bảo hiểm xã hội khu vực XXI chi trả.", [("Bảo hiểm xã hội khu vực XXI", "Bảo hiểm xã hội khu vực XXI")]),
    ("Bảo hiểm xã hội chi trả đúng hạn.", [("Bảo hiểm xã hội", "Bảo hiểm xã hội")]),  # a bare name keeps "xã hội"
    ("Thuế thu nhập cá nhân được khấu trừ.", []),
    ("Thuế Giá trị gia tăng giảm 2%.", []),
    ("nộp thuế tỉnh theo quy định.", []),
    ("Thống kê số liệu hằng tháng.", []),
    ("tại khu vực biên giới.", []),
]
# fmt: on


def test_the_2025_vertical_bodies_printed_without_a_type_word() -> None:
    check_table(VERTICAL_BODIES, joined)


# the National Assembly's classes (Luật Tổ chức Quốc hội): its delegations, the bodies of its Standing Committee,
# its own bodies
# fmt: off
NATIONAL_ASSEMBLY = [
    ("các Đoàn đại biểu Quốc hội giám sát.", [("các Đoàn đại biểu Quốc hội", "Các Đoàn đại biểu Quốc hội")]),
    ("các Đoàn ĐBQH tổ chức tiếp xúc cử tri.", [("các Đoàn ĐBQH", "Các Đoàn đại biểu Quốc hội")]),
    ("các cơ quan trực thuộc Ủy ban Thường vụ Quốc hội phối hợp.",
     [("các cơ quan trực thuộc Ủy ban Thường vụ Quốc hội", "Các cơ quan thuộc Ủy ban Thường vụ Quốc hội")]),
    ("các cơ quan của Quốc hội thẩm tra.", [("các cơ quan của Quốc hội", "Các cơ quan của Quốc hội")]),
    ("Viện Nghiên cứu lập pháp nghiên cứu.", [("Viện Nghiên cứu lập pháp", "Viện Nghiên cứu lập pháp")]),
    ("Ủy ban KH,CN&MT thẩm tra.", [("Ủy ban KH,CN&MT", "Ủy ban Khoa học, Công nghệ và Môi trường")]),
    # a committee is named as printed (the 2025 resolution's names), "của Quốc hội" kept only where printed
    ("Ủy ban Văn hóa và Xã hội thẩm tra.", [("Ủy ban Văn hóa và Xã hội", "Ủy ban Văn hóa và Xã hội")]),
    ("Ủy ban Dân nguyện và Giám sát của Quốc hội giám sát.",
     [("Ủy ban Dân nguyện và Giám sát của Quốc hội", "Ủy ban Dân nguyện và Giám sát của Quốc hội")]),
    ("Ủy ban Quốc phòng, An ninh và Đối ngoại phối hợp.",
     [("Ủy ban Quốc phòng, An ninh và Đối ngoại", "Ủy ban Quốc phòng, An ninh và Đối ngoại")]),
    ("Hội đồng Dân tộc của Quốc hội thẩm tra.", [("Hội đồng Dân tộc của Quốc hội", "Hội đồng Dân tộc của Quốc hội")]),
    # one delegation named by its province is no class
    ("Đoàn đại biểu Quốc hội tỉnh Yên Bái giám sát.",
     [("Đoàn đại biểu Quốc hội tỉnh Yên Bái", "Đoàn đại biểu Quốc hội tỉnh Yên Bái")]),
]
# fmt: on


def test_the_national_assemblys_classes() -> None:
    check_table(NATIONAL_ASSEMBLY, joined)


# unions, the grassroots security groups (Law 30/2023/QH15), state companies by their legal form
# fmt: off
UNIONS_AND_COMPANIES = [
    ("Công đoàn ngành Y tế tỉnh chăm lo.", [("Công đoàn ngành Y tế tỉnh", "Công đoàn ngành Y tế tỉnh")]),
    ("Công đoàn Viên chức tỉnh phát động.", [("Công đoàn Viên chức tỉnh", "Công đoàn Viên chức tỉnh")]),
    ("Công đoàn Tổng công ty Đường sắt Việt Nam báo cáo.",
     [("Công đoàn Tổng công ty Đường sắt Việt Nam", "Công đoàn Tổng công ty Đường sắt Việt Nam")]),
    ("các Công đoàn ngành Trung ương và tương đương báo cáo.",
     [("Công đoàn ngành Trung ương và tương đương", "Công đoàn ngành Trung ương và tương đương")]),
    ("Tổ bảo vệ ANTT thôn Đông tuần tra.", [("Tổ bảo vệ ANTT thôn Đông", "Tổ bảo vệ an ninh, trật tự thôn Đông")]),
    ("Công ty TNHHNN MTV Thủy lợi Nam Hà Tĩnh vận hành hồ chứa.",
     [("Công ty TNHHNN MTV Thủy lợi Nam Hà Tĩnh",
       "Công ty trách nhiệm hữu hạn nhà nước một thành viên Thủy lợi Nam Hà Tĩnh")]),
    ("Công ty trách nhiệm hữu hạn một thành viên khai thác công trình thủy lợi huyện vận hành.",
     [("Công ty trách nhiệm hữu hạn một thành viên khai thác công trình thủy lợi huyện",
       "Công ty trách nhiệm hữu hạn một thành viên khai thác công trình thủy lợi huyện")]),
    ("Công ty Điện lực Hà Giang bảo đảm cấp điện.", [("Công ty Điện lực Hà Giang", "Công ty Điện lực Hà Giang")]),
    # a company by its name, whatever its legal form, is a body (ANNOTATING settled 8, 2026-12-05: SCHEMA's open
    # class); one with a field in lower case and no level names none
    ("Công ty Cổ phần Xây dựng Sông Đà thi công.",
     [("Công ty Cổ phần Xây dựng Sông Đà", "Công ty cổ phần Xây dựng Sông Đà")]),
    ("đơn của Công ty TNHH MTV chăn nuôi bò sữa.", []),
    # a school's, a hospital's or a company's kind printed in small letters, then its proper name: one body, the kind's
    # first letter written as Decree 30 writes a field's; a kind alone names none
    ("Trường mầm non Sơn Ca tổ chức lễ khai giảng.", [("Trường mầm non Sơn Ca", "Trường Mầm non Sơn Ca")]),
    ("Bệnh viện đa khoa Thanh Nhàn bố trí giường bệnh.",
     [("Bệnh viện đa khoa Thanh Nhàn", "Bệnh viện Đa khoa Thanh Nhàn")]),
    ("Công ty cổ phần môi trường đô thị Vinh thu gom rác.",
     [("Công ty cổ phần môi trường đô thị Vinh", "Công ty cổ phần Môi trường đô thị Vinh")]),
    ("Trạm kiểm dịch Hữu Nghị kiểm soát vận chuyển gia cầm.",
     [("Trạm kiểm dịch Hữu Nghị", "Trạm Kiểm dịch Hữu Nghị")]),
    ("Hiệp hội du lịch Quảng Bình tuyên truyền.", [("Hiệp hội du lịch Quảng Bình", "Hiệp hội Du lịch Quảng Bình")]),
    ("Trung tâm văn hóa thể thao Hòa Vang tổ chức hội thi.",
     [("Trung tâm văn hóa thể thao Hòa Vang", "Trung tâm Văn hóa thể thao Hòa Vang")]),
    ("Các trường mầm non tổ chức lễ khai giảng.", []),
    # a hospital's field printed in lower case is a name where a level word closes it
    ("Giao Bệnh viện đa khoa tỉnh bố trí giường bệnh.", [("Bệnh viện đa khoa tỉnh", "Bệnh viện đa khoa tỉnh")]),
    # a branch printed after the name that a place closes: a body of its own
    ("Ngân hàng TMCP Công Thương Việt Nam chi nhánh tỉnh Gia Lai hỗ trợ.",
     [("Ngân hàng TMCP Công Thương Việt Nam chi nhánh tỉnh Gia Lai",
       "Ngân hàng TMCP Công Thương Việt Nam chi nhánh tỉnh Gia Lai")]),
    # a visiting team and a conference are no bodies; the committee's name stops before "diễn ra"
    ("Đoàn kiểm tra của tỉnh làm việc tại xã.", []),
    ("Hội nghị Ban Chấp hành diễn ra.", [("Ban Chấp hành", "Ban Chấp hành")]),
    ("Tổ chức thực hiện nghiêm túc.", []),
]
# fmt: on


def test_unions_security_groups_and_state_companies() -> None:
    check_table(UNIONS_AND_COMPANIES, joined)


# bare heads listed before a class of one level share its level
# fmt: off
SHARED_LEVEL = [
    ("Đảng ủy, HĐND, UBND các phường tập trung chỉ đạo.",
     [("Đảng ủy", "Đảng ủy cấp xã"), ("HĐND", "Hội đồng nhân dân cấp xã"), ("UBND các phường", "Ủy ban nhân dân cấp xã")]),
    ("Công an và Trạm Y tế các xã, thị trấn phối hợp.",
     [("Công an", "Công an cấp xã"), ("Trạm Y tế các xã, thị trấn", "Trạm Y tế cấp xã")]),
    # a head printed with its own level is its own body
    ("Công an huyện, UBND các xã phối hợp.",
     [("Công an huyện", "Công an huyện"), ("UBND các xã", "Ủy ban nhân dân cấp xã")]),
    # a body that is no head breaks the run
    ("Sở Y tế, UBND các huyện triển khai.", [("Sở Y tế", "Sở Y tế"), ("UBND các huyện", "Ủy ban nhân dân cấp huyện")]),
]
# fmt: on


def test_heads_listed_before_a_class_share_its_level() -> None:
    check_table(SHARED_LEVEL, joined)


# how clerks print names: a dash for the hyphen between terms, a school's type word in lower case
# before its level and name; the levels of schools alone name a class of schools, no school
# fmt: off
PRINTED_FORMS = [
    ("Giao trung tâm Dịch vụ — Kỹ thuật nông nghiệp huyện hướng dẫn.",
     [("trung tâm Dịch vụ — Kỹ thuật nông nghiệp huyện", "Trung tâm Dịch vụ - Kỹ thuật nông nghiệp huyện")]),
    ("Trung tâm Văn hóa – Thể thao xã tổ chức.", [("Trung tâm Văn hóa – Thể thao xã", "Trung tâm Văn hóa - Thể thao xã")]),
    ("gửi trường THCS Nguyễn Trãi trước ngày 10.", [("trường THCS Nguyễn Trãi", "Trường Trung học cơ sở Nguyễn Trãi")]),
    ("riêng trường TH&THCS Bình Minh chưa nộp.",
     [("trường TH&THCS Bình Minh", "Trường Tiểu học và Trung học cơ sở Bình Minh")]),
    ("học sinh các trường Tiểu học, THCS trên địa bàn.", []),
    ("Trường THPT trên địa bàn tổ chức.", []),
    ("nhu cầu thị trường Nhật Bản tăng.", []),
    ("bảo vệ môi trường Biển đảo.", []),
]
# fmt: on


def test_names_as_clerks_print_them() -> None:
    check_table(PRINTED_FORMS, joined)
