"""Agencies on unseen text: the name grammar (every type word), shared-head lists, addressee forms,
places as actor or location. The cases are written for the forms, not taken from the corpus."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.patterns import lower_same_length_uncached
from directive_extract.stages.agencies.grammar import class_after_name, class_may_follow, find_named_bodies
from directive_extract.stages.agencies.shared_heads import (
    _HEAD,
    _HEAD_GATE,
    _run_start,
    find_mentions,
    find_shared_head_lists,
)
from directive_extract.vn import fold_keep_case

from .test_agency_forms import mention_names
from .test_recognizers import check_table

# (sentence, names the grammar reads in it, in order)
# fmt: off
GRAMMAR = [
    ("Giao Ban Chỉ huy Phòng thủ dân sự tỉnh chủ trì.", ["Ban Chỉ huy Phòng thủ dân sự tỉnh"]),
    ("Khu Quản lý đường bộ III phối hợp kiểm tra.", ["Khu Quản lý đường bộ III"]),
    ("Trường Tiểu học và Trung học cơ sở Đồng Tân tổ chức dạy bơi.", ["Trường Tiểu học và Trung học cơ sở Đồng Tân"]),
    ("Tổng công ty Đường sắt Việt Nam bảo đảm an toàn.", ["Tổng công ty Đường sắt Việt Nam"]),
    ("Ban Quản lý Dự án 85 báo cáo tiến độ.", ["Ban Quản lý Dự án 85"]),
    ("Cục Quản lý thị trường tỉnh rà soát.", ["Cục Quản lý thị trường tỉnh"]),
    ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh chủ trì.", ["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"]),
    ("Chi cục Kiểm lâm tỉnh tuần tra.", ["Chi cục Kiểm lâm tỉnh"]),
    # a term of seven or eight small-letter words; a verb or an amount after the name ends it
    ("Giao Ủy ban An ninh hàng không dân dụng quốc gia chủ trì.", ["Ủy ban An ninh hàng không dân dụng quốc gia"]),
    ("Trung tâm Đào tạo, Huấn luyện và Thi đấu thể dục thể thao quyết định danh sách vận động viên.",
     ["Trung tâm Đào tạo, Huấn luyện và Thi đấu thể dục thể thao"]),
    ("Quỹ Hỗ trợ phát triển du lịch tối đa 300 triệu đồng.", ["Quỹ Hỗ trợ phát triển du lịch"]),
    ("Giao Ban Quản lý dự án giao thông tập trung đẩy nhanh tiến độ.", ["Ban Quản lý dự án giao thông"]),
    ("Trung tâm Dự báo Khí tượng thủy văn quốc gia lưu ý, bão còn mạnh.", ["Trung tâm Dự báo Khí tượng thủy văn quốc gia"]),
    ("Giao Trung tâm Lưu trữ lịch sử tỉnh kiểm tra hồ sơ.", ["Trung tâm Lưu trữ lịch sử tỉnh"]),
    ("Đội Ứng cứu sự cố an toàn thông tin mạng phối hợp.", ["Đội Ứng cứu sự cố an toàn thông tin mạng"]),
    # a board's number closes its purpose as a level would ("… xây dựng" is a verb elsewhere); an address does not
    ("Đề nghị Ban Quản lý dự án đầu tư xây dựng số 1 tổ chức hốt dọn.", ["Ban Quản lý dự án đầu tư xây dựng số 1"]),
    ("Giao Ban Quản lý dự án đầu tư xây dựng khu vực 2 kiểm tra.", ["Ban Quản lý dự án đầu tư xây dựng khu vực 2"]),
    # a congress's organs, each then its own verb; the same words capitalized stay the field
    ("Hội đồng Thi đua điều hành công việc của Hội nghị.", ["Hội đồng Thi đua"]),
    ("Hội đồng Thẩm định tỉnh thẩm định hồ sơ.", ["Hội đồng Thẩm định tỉnh"]),
    ("Ban Kiểm tra Công đoàn tỉnh giám sát việc thu chi.", ["Ban Kiểm tra Công đoàn tỉnh"]),
    ("Trung tâm Điều hành đô thị thông minh tỉnh xem xét hồ sơ.", ["Trung tâm Điều hành đô thị thông minh tỉnh"]),
    # terms of a national programme in small letters (field_word cues)
    ("Giao Phòng Cảnh sát điều tra tội phạm chủ trì.", ["Phòng Cảnh sát điều tra tội phạm"]),
    # a national council or commission: "quốc gia" is its kind's, the field or purpose after it
    ("Chủ tịch Hội đồng quốc gia Giáo dục và Phát triển nhân lực chủ trì.",
     ["Hội đồng quốc gia Giáo dục và Phát triển nhân lực"]),
    ("Giao Ủy ban quốc gia phòng, chống AIDS chủ trì.", ["Ủy ban quốc gia phòng, chống AIDS"]),
    ("Vụ Cải cách hành chính tổng hợp.", ["Vụ Cải cách hành chính"]),
    ("Viện Khoa học Lâm nghiệp cung cấp số liệu.", ["Viện Khoa học Lâm nghiệp"]),
    ("Học viện Hành chính Quốc gia bồi dưỡng cán bộ.", ["Học viện Hành chính Quốc gia"]),
    ("Đại học Quốc gia Hà Nội phối hợp đào tạo.", ["Đại học Quốc gia Hà Nội"]),
    ("Bệnh viện Đa khoa tỉnh thu dung người bệnh.", ["Bệnh viện Đa khoa tỉnh"]),
    ("Đài Phát thanh và Truyền hình huyện tuyên truyền.", ["Đài Phát thanh và Truyền hình huyện"]),
    ("Báo Thiếu niên Tiền phong và Nhi đồng đăng tải.", ["Báo Thiếu niên Tiền phong và Nhi đồng"]),
    ("Hội Nông dân tỉnh vận động hội viên.", ["Hội Nông dân tỉnh"]),
    ("Hiệp hội Doanh nghiệp tỉnh phối hợp.", ["Hiệp hội Doanh nghiệp tỉnh"]),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh phát động.", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"]),
    ("Liên đoàn Lao động huyện chăm lo.", ["Liên đoàn Lao động huyện"]),
    ("Hội đồng Thi đua - Khen thưởng tỉnh xét duyệt.", ["Hội đồng Thi đua - Khen thưởng tỉnh"]),
    ("Văn phòng Điều phối nông thôn mới tỉnh tổng hợp.", ["Văn phòng Điều phối nông thôn mới tỉnh"]),
    ("Phòng Văn hóa - Thông tin huyện thực hiện.", ["Phòng Văn hóa - Thông tin huyện"]),
    ("Cảng vụ Hàng hải Đồng Tháp kiểm soát tàu thuyền.", ["Cảng vụ Hàng hải Đồng Tháp"]),
    ("Đồn Biên phòng Thường Phước tuần tra.", ["Đồn Biên phòng Thường Phước"]),
    ("Ngân hàng Chính sách xã hội tỉnh cho vay.", ["Ngân hàng Chính sách xã hội tỉnh"]),
    ("Quỹ Đầu tư phát triển tỉnh giải ngân.", ["Quỹ Đầu tư phát triển tỉnh"]),
    ("Bưu điện tỉnh tiếp nhận bài thi.", ["Bưu điện tỉnh"]),
    ("Trường THCS Tân Thạch tổ chức.", ["Trường Trung học cơ sở Tân Thạch"]),
    ("Trung tâm GDNN-GDTX các huyện, thành phố thực hiện.",
     ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên cấp huyện"]),
    ("Bưu điện huyện, thành phố chuyển bài dự thi.", ["Bưu điện cấp huyện"]),
    ("Trạm Y tế các xã, phường, thị trấn theo dõi.", ["Trạm Y tế cấp xã"]),
    # a field in sentence case whose one term runs to five lower-case words of names (MAX_LOWER_RUN)
    ("Cục Quản lý dược phẩm y tế thẩm định.", ["Cục Quản lý dược phẩm y tế"]),
    ("Chi cục Kiểm dịch y tế quốc tế tỉnh giám sát.", ["Chi cục Kiểm dịch y tế quốc tế tỉnh"]),
    ("Trung tâm Kiểm soát bệnh tật quân đội phối hợp.", ["Trung tâm Kiểm soát bệnh tật quân đội"]),
    # the inter-level school abbreviations (Circular 32/2020): "TH&THCS", "TH-THCS", "THCS&THPT"
    ("Trường TH&THCS Phú Lộc tổ chức.", ["Trường Tiểu học và Trung học cơ sở Phú Lộc"]),
    ("Trường TH-THCS Long Hưng tổ chức.", ["Trường Tiểu học và Trung học cơ sở Long Hưng"]),
    ("Trường THCS&THPT Hòa Bình tổ chức.", ["Trường Trung học cơ sở và Trung học phổ thông Hòa Bình"]),
    # grassroots branches of the front's member organisations and residential groups
    ("Chi hội Cựu chiến binh khu phố 4 vận động hội viên.", ["Chi hội Cựu chiến binh khu phố 4"]),
    ("Chi đoàn Thanh niên thôn Hạ tham gia dọn vệ sinh.", ["Chi đoàn Thanh niên thôn Hạ"]),
    ("Tổ dân phố Tân Lập rà soát hộ nghèo.", ["Tổ dân phố Tân Lập"]),
    ("Các tổ dân phố rà soát; chi hội họp định kỳ.", []),
    # boundaries: a verb, a comma before the next body, "và" before a body, a name after two capitals
    ("Sở Văn hóa và Thể thao, Sở Tài chính và Công an tỉnh.", ["Sở Văn hóa và Thể thao", "Sở Tài chính"]),
    ("Trường Tiểu học An Hóa thực hành.", ["Trường Tiểu học An Hóa"]),
    # a verb-like last term of a field goes on before the body's province that closes the name
    ("Viện Quy hoạch xây dựng Cần Thơ và Sở Xây dựng phối hợp.", ["Viện Quy hoạch xây dựng Cần Thơ", "Sở Xây dựng"]),
    ("Trung tâm Kiểm định xây dựng Lâm Đồng chủ trì.", ["Trung tâm Kiểm định xây dựng Lâm Đồng"]),
    ("Sở Nội vụ xây dựng Cần Thơ thành đô thị văn minh.", ["Sở Nội vụ"]),
    ("Trưởng ban Ban Quản lý Dự án Giao thông tỉnh chịu trách nhiệm", ["Ban Quản lý Dự án Giao thông tỉnh"]),
    # a holder's next office after a dash ends the body's name; a dash inside a field does not
    ("Trưởng Ban Pháp chế - Phó Trưởng đoàn kiểm tra", ["Ban Pháp chế"]),
    ("Phó Chánh Văn phòng Đoàn thanh tra - Trưởng nhóm", ["Văn phòng Đoàn thanh tra"]),
    ("Sở Nông nghiệp - Môi trường và Ban Dân tộc - Tôn giáo phối hợp.", ["Sở Nông nghiệp - Môi trường", "Ban Dân tộc - Tôn giáo"]),
    # not names: lower-case field, a heading in capitals, words that open like a type word
    ("Trường hợp F0 tăng; Ban hành kế hoạch; Hội nghị trực tuyến; Khu vực biên giới.", []),
    ("TRƯỜNG THCS AN HÒA tổ chức.", []),
    ("Đoàn kiểm tra liên ngành làm việc; các trường học thực hiện.", []),
    ("Ông Vũ Đình Chuẩn và Đại Thành.", []),
]
# fmt: on


def test_the_name_grammar() -> None:
    failures = []
    for sentence, expected in GRAMMAR:
        got = [m.name for m in find_named_bodies(sentence, fold_keep_case(sentence), (0, len(sentence)))]
        if got != expected:
            failures.append(f"{sentence!r}: {got} != {expected}")
    assert not failures, "\n".join(failures)


def test_every_span_is_the_printed_name() -> None:
    for sentence, _ in GRAMMAR:
        for m in find_named_bodies(sentence, fold_keep_case(sentence), (0, len(sentence))):
            printed = sentence[m.start : m.end]
            assert printed and not printed[0].isspace() and not printed[-1].isspace(), (sentence, printed)


# (text, names of the members, in order)
# fmt: off
SHARED_HEADS = [
    ("phối hợp với các Bộ: Công an, Ngoại giao, Y tế.", ["Bộ Công an", "Bộ Ngoại giao", "Bộ Y tế"]),
    ("các Bộ: Văn hóa, Thể thao và Du lịch, Tài chính.", ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tài chính"]),
    ("các Bộ: Nông nghiệp và Môi trường và các cơ quan liên quan.", ["Bộ Nông nghiệp và Môi trường"]),
    ("UBND các phường: Ba Đình, Hoàn Kiếm triển khai.",
     ["Ủy ban nhân dân phường Ba Đình", "Ủy ban nhân dân phường Hoàn Kiếm"]),
    ("Sở Xây dựng các tỉnh: Gia Lai, Đắk Lắk rà soát.", ["Sở Xây dựng tỉnh Gia Lai", "Sở Xây dựng tỉnh Đắk Lắk"]),
    ("Khu Quản lý đường bộ III và IV phối hợp.", ["Khu Quản lý đường bộ III", "Khu Quản lý đường bộ IV"]),
    # a list of numerals after commas, the head after a verb or "các"; a quarter ("quý II/2024") is no numeral
    ("Giao Khu Quản lý đường bộ III, IV và V tuần tra.",
     ["Khu Quản lý đường bộ III", "Khu Quản lý đường bộ IV", "Khu Quản lý đường bộ V"]),
    ("Các Trung tâm Bảo tồn I, II, III phối hợp kiểm tra trong quý II/2024.",
     ["Trung tâm Bảo tồn I", "Trung tâm Bảo tồn II", "Trung tâm Bảo tồn III"]),
    # words past a name before the numerals: the appendices of a text, no bodies
    ("Sở Nội vụ triển khai tuyển sinh theo Phụ lục I, II, III.", []),
    ("Bí thư và Chủ tịch UBND các tỉnh: Cao Bằng, Lạng Sơn chỉ đạo.",
     ["Ủy ban nhân dân tỉnh Cao Bằng", "Tỉnh ủy Cao Bằng", "Ủy ban nhân dân tỉnh Lạng Sơn", "Tỉnh ủy Lạng Sơn"]),
    ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng chủ động.",
     ["Ủy ban nhân dân tỉnh Quảng Ninh", "Ủy ban nhân dân thành phố Hải Phòng"]),
    ("tại các Trường: Tiểu học Bình Hòa, THCS Long Hưng và THCS Mỹ Thạnh tổ chức.",
     ["Trường Tiểu học Bình Hòa", "Trường Trung học cơ sở Long Hưng", "Trường Trung học cơ sở Mỹ Thạnh"]),
    # a ministry is one of a closed list: an unknown member ends the list
    ("các Bộ: Kế hoạch và Đầu. tư, Tài chính.", []),
    # a head's colon before the duties, not members: a piece opening with a directive's verb that names no body
    ("Trưởng các phòng chuyên môn: Rà soát hồ sơ, tổng hợp số liệu.", []),
    ("các Bộ: Xây dựng, Công Thương phối hợp.", ["Bộ Xây dựng", "Bộ Công Thương"]),
]
# fmt: on


def test_shared_head_lists() -> None:
    failures = []
    for text, expected in SHARED_HEADS:
        members, _ = find_shared_head_lists(text, (0, len(text)))
        got = [m.name for m in members]
        if got != expected:
            failures.append(f"{text!r}: {got} != {expected}")
    assert not failures, "\n".join(failures)


def test_a_shared_head_list_replaces_the_class_it_starts_with() -> None:
    text = "Giao các Bộ: Công an, Ngoại giao phối hợp thực hiện."
    names = [m.name for m in find_mentions(text, (0, len(text)))]
    assert names == ["Bộ Công an", "Bộ Ngoại giao"]


HEADER = "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 12/UBND-VX\nLong An, ngày 03 tháng 5 năm 2021\nV/v phòng, chống dịch\n\n"
# (addressee block, addressees)
# fmt: off
ADDRESSEES = [
    ("Kính gửi:\n- Sở Y tế;\n- Công an tỉnh.", ["Sở Y tế", "Công an tỉnh"]),
    ("Kính gửi: Sở Y tế; Công an tỉnh.", ["Sở Y tế", "Công an tỉnh"]),
    ("Kính gửi Sở Nội vụ", ["Sở Nội vụ"]),
    ("Kinh gưi: Sở Tư pháp", ["Sở Tư pháp"]),
    ("Kính gởi: Sở Tư pháp", ["Sở Tư pháp"]),
    ("Kính gửi các Bộ: Công an, Ngoại giao, Y tế", ["Bộ Công an", "Bộ Ngoại giao", "Bộ Y tế"]),
    ("Kính gửi: Sở Y tế\nĐồng kính gửi: Công an tỉnh", ["Sở Y tế", "Công an tỉnh"]),
]
# fmt: on


def test_addressee_forms() -> None:
    failures = []
    for block, expected in ADDRESSEES:
        got = extract(HEADER + block + "\n\nĐề nghị các đơn vị thực hiện.\n").header.addressees
        if got != expected:
            failures.append(f"{block!r}: {got} != {expected}")
    assert not failures, "\n".join(failures)


def test_a_cong_dien_addressee_block_names_each_body() -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 186/CĐ-TTg\nHà Nội, ngày 04 tháng 10 năm 2025\nCÔNG ĐIỆN\nVề việc ứng phó bão\n\n"
        "THỦ TƯỚNG CHÍNH PHỦ điện:\n"
        "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng;\n"
        "- Các Bộ: Quốc phòng, Công an.\n\n"
        "1. Chủ động ứng phó với bão.\n"
    )
    notice = extract(text)
    assert notice.header.issuer == "Thủ tướng Chính phủ"
    assert notice.header.addressees == [
        "Ủy ban nhân dân tỉnh Quảng Ninh",
        "Ủy ban nhân dân thành phố Hải Phòng",
        "Bộ Quốc phòng",
        "Bộ Công an",
    ]
    leads = [(a.name, a.role) for a in notice.tasks[0].agencies]
    assert ("Bộ Công an", "lead") in leads and ("Ủy ban nhân dân tỉnh Quảng Ninh", "lead") in leads


def test_a_place_is_an_agency_as_actor_not_as_location() -> None:
    text = HEADER + (
        "1. Giao huyện Cần Giuộc khẩn trương rà soát.\n2. Tăng cường kiểm tra các ca bệnh tại huyện Cần Đước.\n"
    )
    notice = extract(text)
    by_task = {t.id: [a.name for a in t.agencies] for t in notice.tasks}
    assert by_task["1"] == ["Ủy ban nhân dân huyện Cần Giuộc"]
    assert all("Cần Đước" not in a.name for a in notice.agencies)


def _agencies_of(issuer_lines: str, sentence: str) -> list[str]:
    text = (
        issuer_lines
        + "Số: 12/KH-X\nHà Nội, ngày 03 tháng 5 năm 2021\nKẾ HOẠCH\nPhòng, chống dịch\n\n1. "
        + sentence
        + "\n"
    )
    return [a.name for a in extract(text).tasks[0].agencies]


def test_a_body_below_the_issuer_printed_without_place_is_the_class_of_them_all() -> None:
    # a ministry's "Sở Y tế" is every province's; a province's "Trung tâm Y tế huyện" every district's
    assert _agencies_of("BỘ Y TẾ\n", "Sở Y tế chủ trì rà soát.") == ["Sở Y tế cấp tỉnh"]
    assert _agencies_of("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n", "Giao Trung tâm Y tế huyện tổ chức tiêm.") == [
        "Trung tâm Y tế cấp huyện"
    ]
    # the same level, a printed place, or an issuer whose level is unknown: the body itself
    assert _agencies_of("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n", "Sở Y tế chủ trì rà soát.") == ["Sở Y tế"]
    assert _agencies_of("BỘ Y TẾ\n", "Sở Y tế tỉnh Long An chủ trì rà soát.") == ["Sở Y tế tỉnh Long An"]
    assert _agencies_of("ỦY BAN NHÂN DÂN\n", "Phòng Y tế chủ trì rà soát.") == ["Phòng Y tế"]
    # "Xã hội" is no level
    assert _agencies_of("BỘ Y TẾ\n", "Bảo hiểm xã hội Việt Nam chủ trì.") == ["Bảo hiểm xã hội Việt Nam"]
    # a name that prints its level ("Tỉnh ủy", "Huyện ủy") names the class as it stands
    assert _agencies_of("BỘ Y TẾ\n", "Báo cáo Tỉnh ủy, Huyện ủy về kết quả.") == ["Tỉnh ủy", "Huyện ủy"]
    # and so does a board of such a committee: no "cấp huyện" after the level its name holds
    assert _agencies_of("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n", "Đề nghị Ban Tuyên giáo Huyện ủy tuyên truyền.") == [
        "Ban Tuyên giáo Huyện ủy"
    ]


# (text, the class names read in it)
# fmt: off
CLASSES = [
    ("Thủ trưởng các sở, ban ngành tỉnh triển khai.", ["Các sở, ban, ngành tỉnh"]),
    ("các sở, ban,\nngành tỉnh phối hợp.", ["Các sở, ban, ngành tỉnh"]),
    ("Chủ tịch Ủy ban nhân dân tỉnh, thành phố chỉ đạo.", ["Ủy ban nhân dân cấp tỉnh"]),
    ("các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh phối hợp.", ["Các sở, ban, ngành tỉnh"]),
    ("UBND các huyện, thị xã, thành phố chỉ đạo.", ["Ủy ban nhân dân cấp huyện"]),
    ("Ủy ban nhân dân tỉnh Long An chỉ đạo.", ["Ủy ban nhân dân tỉnh Long An"]),  # one province: no class
]
# fmt: on


def test_class_names() -> None:
    check_table(CLASSES, mention_names)


HEAD_TEXTS = [
    # one text a line: a shared head found from the run before the first gate is the head found from 0
    "Đề nghị Chủ tịch UBND các tỉnh: Hà Giang, Lào Cai",
    "Giao Bí thư và Chủ tịch UBND các huyện, thành phố: rà soát",
    "Sở Y tế; các Bộ, ngành: Y tế, Công an; các sở: Tài chính",
    "x; Ủy ban nhân dân các xã: A, B. Phó Giám đốc Sở Xây dựng các tỉnh: C",
    "Nội dung (các trường mầm non: A; B) và các Trường THCS: C",
    "không có đầu mục nào, các nội dung khác",
]


def test_a_shared_head_is_searched_from_the_run_before_its_gate() -> None:
    failures = []
    for text in HEAD_TEXTS:
        for lo in range(0, len(text), 7):
            gate = _HEAD_GATE.search(text, lo)
            plain = _HEAD.search(text, lo)
            fast = _HEAD.search(text, _run_start(text, gate.start(), lo)) if gate else None
            if (plain and plain.span()) != (fast and fast.span()):
                failures.append((text, lo, plain, fast))
    assert not failures, failures


# a body followed by a level that names every unit of it is the class of them all, named "<body> cấp <level>":
# the level printed as a list ("các huyện, thị xã"), with slashes ("phường/xã"), as "các tỉnh, thành phố", as
# "cấp cơ sở" (the commune), or "các cấp" (every level); a list closed by "và thành phố X" takes the city named
# fmt: off
EVERY_UNIT_OF_A_LEVEL = [
    ("Đảng ủy các xã, thị trấn lãnh đạo việc bầu cử.", ["Đảng ủy cấp xã"]),
    ("Đảng ủy các phường chỉ đạo chi bộ.", ["Đảng ủy cấp xã"]),
    ("Trạm Y tế xã/phường theo dõi người cách ly.", ["Trạm Y tế cấp xã"]),
    ("UBND phường/xã/thị trấn thống kê số hộ.", ["Ủy ban nhân dân cấp xã"]),
    ("Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương giám sát.", ["Hội đồng nhân dân cấp tỉnh"]),
    ("Sở Tư pháp tỉnh, thành phố hướng dẫn.", ["Sở Tư pháp cấp tỉnh"]),
    ("Công an cấp cơ sở (xã, thị trấn) nắm tình hình.", ["Công an cấp xã"]),
    ("UBND các cấp rà soát thủ tục.", ["Ủy ban nhân dân các cấp"]),
    ("Hội Nông dân các cấp vận động hội viên.", ["Hội Nông dân các cấp"]),
    ("Trung tâm Văn hóa các huyện, thị xã và thành phố Tam Kỳ tổ chức.", ["Trung tâm Văn hóa cấp huyện"]),
    ("Ban Chỉ huy Phòng thủ dân sự các huyện, thị xã phối hợp.", ["Ban Chỉ huy Phòng thủ dân sự cấp huyện"]),
    # "và thành phố" with no city named after it: the cities are among the units, the list ends there
    ("Đội Kiểm tra liên ngành các huyện, thị xã và thành phố rà soát.", ["Đội Kiểm tra liên ngành cấp huyện"]),
    ("Trung tâm Dịch vụ nông nghiệp các huyện, thị xã và thành phố chịu trách nhiệm.", ["Trung tâm Dịch vụ nông nghiệp cấp huyện"]),
    # places named after the level: those places' own bodies, not every one
    ("Hội Nông dân các huyện Tân Phú, Định Quán", ["Hội Nông dân huyện Tân Phú", "Hội Nông dân huyện Định Quán"]),
    # one unit named: no class
    ("Đảng ủy xã Tân Phú lãnh đạo.", ["Đảng ủy xã Tân Phú"]),
    ("Trạm Y tế phường theo dõi.", ["Trạm Y tế phường"]),
]
# fmt: on


def test_a_body_of_every_unit_of_a_level_is_its_class() -> None:
    check_table(EVERY_UNIT_OF_A_LEVEL, mention_names)


# a field goes on with the lower-case terms of public services (`field_word` cues), and the press's "Tạp chí"
# is a type word
# fmt: off
FIELD_TERMS = [
    ("Chi hội Người cao tuổi thôn Bắc vận động.", ["Chi hội Người cao tuổi thôn Bắc"]),
    ("Văn phòng Đăng ký đất đai tỉnh cấp giấy.", ["Văn phòng Đăng ký đất đai tỉnh"]),
    ("Tạp chí Kinh tế và Dự báo đăng tải.", ["Tạp chí Kinh tế và Dự báo"]),
    ("Chi cục Chăn nuôi và Thú y tỉnh kiểm tra.", ["Chi cục Chăn nuôi và Thú y tỉnh"]),
    ("Trung tâm Bảo trợ xã hội tỉnh tiếp nhận.", ["Trung tâm Bảo trợ xã hội tỉnh"]),
]
# fmt: on


def test_a_field_goes_on_with_the_terms_of_public_services() -> None:
    check_table(FIELD_TERMS, mention_names)


# a level word printed after a known body is its level also where no place follows (before a verb, at the
# end of a sentence), unless it opens a term ("xã hội", "tỉnh lộ"); "xã" inside a field is not the name's level
# fmt: off
PRINTED_LEVEL_KEPT = [
    ("Chi cục Chăn nuôi và Thú y tỉnh kiểm tra.", ["Chi cục Chăn nuôi và Thú y tỉnh"]),
    ("Giao nhiệm vụ cho Sở Tư pháp huyện.", ["Sở Tư pháp huyện"]),
    ("Ngân hàng Chính sách xã hội huyện giải ngân.", ["Ngân hàng Chính sách xã hội huyện"]),
    ("Ngân hàng Chính sách xã hội cho vay.", ["Ngân hàng Chính sách xã hội"]),
    ("Ban Quản lý Khu kinh tế tỉnh.", ["Ban Quản lý Khu kinh tế tỉnh"]),
    ("Sở Giao thông vận tải tỉnh lộ 8.", ["Sở Giao thông vận tải"]),
    # with no place after it a level is read as printed: "tình hình" is no "tỉnh"
    ("Sở Tài chính tình hình thu chi.", ["Sở Tài chính"]),
]
# fmt: on


def test_a_printed_level_stays_in_the_name() -> None:
    check_table(PRINTED_LEVEL_KEPT, mention_names)


# classes of bodies named by a class noun and a qualifier (ANNOTATING.md "Class names"); "các tổ chức đoàn thể" is
# "các đoàn thể" (settled 8a) but for a unit's own unions ("của trường", "trong đơn vị": test_agency_names_h10.py)
# fmt: off
CLASS_NOUN_FORMS = [
    ("Đề nghị các đoàn thể chính trị, xã hội vận động đoàn viên.", ["Các đoàn thể chính trị - xã hội"]),
    ("Đoàn thể nhân dân các cấp giám sát việc chi trả.", ["Các đoàn thể chính trị - xã hội"]),
    ("Cung cấp thông tin cho cơ quan báo, đài của tỉnh.", ["Các cơ quan thông tấn, báo chí"]),
    ("Các cơ quan, đơn vị Trung ương đóng trên địa bàn tỉnh phối hợp.", ["Các cơ quan Trung ương đóng trên địa bàn tỉnh"]),
    ("Các cơ quan TW tại địa bàn thực hiện chế độ báo cáo.", ["Các cơ quan Trung ương đóng trên địa bàn tỉnh"]),
    ("Các Bộ, các ngành theo chức năng chủ động xử lý.", ["Các bộ, ngành Trung ương"]),
    ("Yêu cầu các Bộ và các địa phương báo cáo.", ["Các bộ, ngành Trung ương"]),
    ("Thủ trưởng các phòng, ban thuộc UBND huyện rà soát.", ["Các phòng, ban, ngành huyện"]),
    ("Các phòng, ban, ngành của huyện phối hợp.", ["Các phòng, ban, ngành huyện"]),
    ("Đề nghị Bí thư tỉnh ủy, thành ủy chỉ đạo.", ["Tỉnh ủy, thành ủy"]),
    ("Các Tỉnh ủy, Thành ủy trực thuộc Trung ương lãnh đạo.", ["Tỉnh ủy, thành ủy"]),
    ("Tỉnh ủy, Thành ủy Bảo Lộc lãnh đạo.", ["Tỉnh ủy", "Thành ủy Bảo Lộc"]),
    # not classes: a shared head, an office, the words in another sense
    ("các Bộ trưởng, Thủ trưởng cơ quan ngang bộ", ["Các bộ, ngành Trung ương"]),
    ("Cùng các tổ chức đoàn thể của trường giám sát việc thu chi.", []),
    ("Tình hình chính trị, xã hội ổn định; các bộ phận chuyên môn trực.", []),
]
# fmt: on


def test_classes_named_by_a_class_noun() -> None:
    check_table(CLASS_NOUN_FORMS, mention_names)


# a type word a clerk prints in lower case opens a name when its field is capitalized or a known abbreviation;
# "cán bộ", "giao ban", "phòng COVID" open none
# fmt: off
LOWER_CASE_HEADS = [
    ("Gửi hồ sơ về phòng Nội vụ huyện trước ngày 10.", ["Phòng Nội vụ huyện"]),
    ("Trưởng phòng GDĐT các huyện, TX, TP chỉ đạo.", ["Phòng Giáo dục và Đào tạo cấp huyện"]),
    ("Giám đốc trung tâm GDTX tổ chức.", ["Trung tâm Giáo dục thường xuyên"]),
    ("Phối hợp với trạm Y tế xã Tân An theo dõi.", ["Trạm Y tế xã Tân An"]),
    ("Chỉ đạo đồn Biên phòng Hòn Chuối hỗ trợ tàu thuyền.", ["Đồn Biên phòng Hòn Chuối"]),
    ("cán bộ Công an xã; giao ban Hiệu trưởng; phòng COVID-19 tại nhà; phòng, chống dịch.", []),
    # a head inside a compound word (`compound_word` cues) or before a word of no body's name opens none
    ("Cộng hòa xã hội Chủ nghĩa Việt Nam; Đại hội Đảng bộ huyện; trên cơ sở Quyết định số 5.", []),
    ("Ngày hội Văn hóa các dân tộc; phòng Covid-19 tại cộng đồng.", []),
]
# fmt: on


def test_a_type_word_in_lower_case_before_a_capitalized_field() -> None:
    check_table(LOWER_CASE_HEADS, mention_names)


# a field closed by ", " and one lower-case term of names, then a stop, a dash or a boundary word: "Phòng Chính
# trị, tư tưởng"; a type word or a level after the comma starts the next body
# fmt: off
CLOSING_TERMS = [
    ("Gửi về Phòng Chính trị, tư tưởng trước ngày 5.", ["Phòng Chính trị, tư tưởng"]),
    ("Giao Phòng Tổ chức, cán bộ - Sở Nội vụ tổng hợp.", ["Phòng Tổ chức, cán bộ", "Sở Nội vụ"]),
    ("Trung tâm Văn hóa, trạm Y tế xã thực hiện.", ["Trung tâm Văn hóa", "Trạm Y tế xã"]),
]
# fmt: on


def test_a_field_closed_by_a_lower_case_term_after_a_comma() -> None:
    check_table(CLOSING_TERMS, mention_names)


def test_one_communes_health_station_is_no_class() -> None:
    assert mention_names("Trạm Y tế xã Tân An theo dõi; các Trạm Y tế xã, phường báo cáo.") == [
        "Trạm Y tế xã Tân An",
        "Trạm Y tế cấp xã",
    ]


# a unit below the commune (ấp, thôn, bản, khu phố, tổ dân phố …, `village_level` cues) and its name or number
# end a body's name; a lower-case word of names between two capitalized runs belongs to the name
# fmt: off
BELOW_THE_COMMUNE = [
    ("Chi đoàn Thanh niên ấp Tân Hòa tham gia dọn vệ sinh.", ["Chi đoàn Thanh niên ấp Tân Hòa"]),
    ("Ban Công tác Mặt trận khu phố 3 vận động.", ["Ban Công tác Mặt trận khu phố 3"]),
    ("Hội Liên hiệp Phụ nữ thôn 2 vận động hội viên.", ["Hội Liên hiệp Phụ nữ thôn 2"]),
    ("Hội Nông dân bản Nà Lừa phối hợp.", ["Hội Nông dân bản Nà Lừa"]),
    ("Chi hội Phụ nữ tổ chức ra quân.", ["Chi hội Phụ nữ"]),  # "tổ chức" is a verb, no "tổ"
    # a level word of two words or more alone names every such unit's body; "số" goes with a number
    ("Ban Công tác Mặt trận khu dân cư tổ chức họp dân.", ["Ban Công tác Mặt trận khu dân cư"]),
    ("Chi hội Cựu chiến binh tổ dân phố vận động.", ["Chi hội Cựu chiến binh tổ dân phố"]),
    ("Ban Công tác Mặt trận khu dân cư số 4 vận động.", ["Ban Công tác Mặt trận khu dân cư số 4"]),
    ("Bệnh viện Bệnh Nhiệt đới Trung ương tiếp nhận.", ["Bệnh viện Bệnh Nhiệt đới Trung ương"]),
    ("Bệnh viện Răng Hàm mặt Trung ương tiếp nhận.", ["Bệnh viện Răng Hàm mặt Trung ương"]),
    ("Bệnh viện Đa khoa khu vực Tây Bắc tiếp nhận.", ["Bệnh viện Đa khoa khu vực Tây Bắc"]),
    ("Bệnh viện Chợ Rẫy hỗ trợ Bệnh viện Đa khoa tỉnh.", ["Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh"]),
]
# fmt: on


def test_units_below_the_commune_and_terms_between_capitals() -> None:
    check_table(BELOW_THE_COMMUNE, mention_names)


# a body set up for a task (`purpose_type_word` cues) may print its purpose in lower case: two words of names
# or more, commas inside, then maybe a capitalized tail and a level; the type word as a name prints it
# fmt: off
PURPOSE_FIELDS = [
    ("Ban chỉ đạo phát triển du lịch tỉnh họp định kỳ.", ["Ban Chỉ đạo phát triển du lịch tỉnh"]),
    ("Ban Chỉ đạo xây dựng nông thôn mới, đô thị văn minh huyện chỉ đạo.",
     ["Ban Chỉ đạo xây dựng nông thôn mới, đô thị văn minh huyện"]),
    ("Gửi Ban Chỉ đạo phòng thủ dân sự quốc gia.", ["Ban Chỉ đạo phòng thủ dân sự quốc gia"]),
    ("Ban Quản lý dự án đầu tư huyện thực hiện.", ["Ban Quản lý dự án đầu tư huyện"]),
    ("Ban Chỉ đạo phòng chống dịch COVID-19 huyện họp.", ["Ban Chỉ đạo phòng, chống dịch COVID-19 huyện"]),
    # a verb, a conjunction or one word is no purpose: the bare type word stays as the list prints it
    ("Ban Tổ chức và các thí sinh; Ban Chỉ đạo kiểm tra; Ban Chỉ đạo tỉnh chủ trì.",
     ["Ban Tổ chức", "Ban Chỉ đạo", "Ban Chỉ đạo tỉnh"]),
    # any lower-case words, a purpose's verbs among them, closed by a level word: the level says they were a name
    ("Ban Chỉ đạo giảm nghèo bền vững huyện họp.", ["Ban Chỉ đạo giảm nghèo bền vững huyện"]),
    ("Ban Quản lý dự án đầu tư xây dựng huyện báo cáo.", ["Ban Quản lý dự án đầu tư xây dựng huyện"]),
    ("Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn huyện chỉ đạo.",
     ["Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn huyện"]),
    ("Tổ công tác rà soát thủ tục hành chính tỉnh báo cáo.", ["Tổ công tác rà soát thủ tục hành chính tỉnh"]),
    # without a level after them the words are the sentence's: the committee acts
    ("Ban Chỉ đạo tổ chức kiểm tra các xã.", ["Ban Chỉ đạo"]),
    ("Ban Chỉ đạo chỉ đạo các trường học.", ["Ban Chỉ đạo"]),
]
# fmt: on


def test_the_purpose_of_a_body_set_up_for_a_task() -> None:
    check_table(PURPOSE_FIELDS, mention_names)


# text out of PDFs: a name wrapped onto the next line goes on when that line opens in lower case, a footnote's
# number glued to the last word is no part of it; "<body> cấp huyện" names the level's class
# fmt: off
PRINTED_FROM_PDF = [
    ("Phối hợp với Công an cấp\nhuyện kiểm tra.", ["Công an cấp huyện"]),
    ("Gửi về Ban Chỉ đạo phòng thủ dân sự\nquốc gia.", ["Ban Chỉ đạo phòng thủ dân sự quốc gia"]),
    ("Qua Vụ Tổ chức cán\nbộ tổng hợp.", ["Vụ Tổ chức cán bộ"]),
    ("Gửi về Vụ Pháp chế và Quản lý hành chính2 trước ngày 5.", ["Vụ Pháp chế và Quản lý hành chính"]),
    ("Sở Y tế\nCông an tỉnh chủ trì.", ["Sở Y tế", "Công an tỉnh"]),
    ("Trung tâm Văn hóa cấp xã tổ chức.", ["Trung tâm Văn hóa cấp xã"]),
]
# fmt: on


def test_names_printed_from_pdf() -> None:
    check_table(PRINTED_FROM_PDF, mention_names)


def test_a_division_named_by_its_level_of_education() -> None:
    # "GDMN", "GDTH" (levels of education, Law on Education 2019) name a division of an education office
    assert mention_names("Phòng GDMN hướng dẫn; phòng GDTH tổng hợp.") == [
        "Phòng Giáo dục mầm non",
        "Phòng Giáo dục tiểu học",
    ]


# texts whose heads stand in a row on one line, inside one another's names and on later lines: what
# find_named_bodies returns when told which bodies will be dropped is what it finds without being told, less those
# fmt: off
DROPPED_TEXTS = [
    "Sở Y tế và Phòng Giáo dục và Đào tạo huyện phối hợp với Ban Quản lý Khu kinh tế tỉnh.",
    "Trung tâm Y tế huyện, Trạm Y tế xã\nBan Chỉ đạo phòng, chống dịch Covid-19 huyện chủ trì.",
    "Hội đồng nhân dân các tỉnh, thành phố; Đảng ủy các xã, thị trấn và phòng Nội vụ huyện.",
    "Ban Chỉ huy Phòng thủ dân sự tỉnh\nPhòng Tài chính - Kế hoạch\nTrường THCS Tân Thạch báo cáo Sở.",
    "Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công) và Cục Thuế tỉnh.",
    "Văn phòng Sở Tư pháp chủ trì, Văn phòng Bộ Công an phối hợp.",  # a name holding another head
    "Trung tâm Y tế huyện Trạm Y tế xã phối hợp.",
]
# fmt: on


def test_dropped_bodies_are_left_out_and_nothing_else_changes() -> None:
    failures = []
    for text in DROPPED_TEXTS:
        region = (0, len(text))
        every = find_named_bodies(text, fold_keep_case(text), region)
        starts = sorted({m.start for m in every} | {i for i, c in enumerate(text) if c.isupper()})
        rules = {
            "all": lambda start: True,
            "the bodies found": lambda start, found={m.start for m in every}: start in found,
            "none": lambda start: False,
            "every other": lambda start, kept=set(starts[::2]): start in kept,
            "the first of each line": lambda start, text=text: start == 0 or text[start - 1] == "\n",
            "all but the last": lambda start, last=max(starts): start != last,
        }
        for name, dropped in rules.items():
            expected = [(m.start, m.end, m.name) for m in every if not dropped(m.start)]
            got = [(m.start, m.end, m.name) for m in find_named_bodies(text, fold_keep_case(text), region, dropped)]
            if got != expected:
                failures.append(f"{text[:40]!r} dropping {name}: {got} != {expected}")
    assert not failures, "\n".join(failures)


# names followed by a level that names every unit of it, in every form class_after_name reads
# fmt: off
CLASS_LEVEL_TEXTS = [
    "Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương; Trạm Y tế phường/xã; UBND các cấp",
    "Bưu điện huyện, thành phố; Công an cấp\nhuyện; Trung tâm Y tế các huyện, thị xã và thành phố Huế chủ trì",
    "Ban Chỉ đạo CÁC XÃ, PHƯỜNG; Đảng ủy Các Xã, thị trấn; Sở Y tế Tỉnh, thành phố; Phòng Nội vụ Quận/huyện",
    "Ủy ban nhân dân cấp cơ sở (xã, phường, thị trấn); Trường học Cấp tỉnh; Chi cục Thuế \t các huyện, TP",
]
# fmt: on


def test_class_may_follow_every_name_a_class_level_runs_past() -> None:
    failures = []
    for text in CLASS_LEVEL_TEXTS:
        lower = lower_same_length_uncached(text)
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 40) + 1):
                if class_after_name(text, lower, start, end, len(text)) and not class_may_follow(text, end):
                    failures.append((text[start:end], text[end : end + 20]))
    assert not failures, failures[:20]


# (sentence, names read in it): a common word that opens with a type word's syllable ("khoa học", "hội thảo",
# "trường hợp", `compound_head` cues) printed in Title Case, as headings and event titles are, is no body; a
# type word before a capitalized field still is ("Khoa Y", "Khoa Công nghệ sinh học", "Phòng Học sinh …")
# fmt: off
TITLE_CASE_COMMON_WORDS = [
    ("Tham dự Hội Thảo Khoa Học Quốc Tế Về Nông Nghiệp Xanh tại Cần Thơ.", []),
    ("Cuộc Thi Khoa Học Kỹ Thuật Dành Cho Học Sinh Trung Học năm 2027.", []),
    ("Chương trình Hội Diễn Văn Nghệ Quần Chúng Mừng Xuân.", []),
    ("Xử lý các Trường Hợp Đặc Biệt Khó Khăn theo quy định.", []),
    ("Tuyên dương Đoàn Viên Thanh Niên Tiêu Biểu của huyện.", []),
    ("Xây dựng Đội Ngũ Nhà Giáo Chuẩn Mực.", []),
    ("Xử lý theo Bộ Luật Dân sự năm 2015.", []),                      # "bộ" a set: a code, criteria, a toolkit
    ("Đạt Bộ Tiêu Chí Quốc Gia Về Trường Học An Toàn.", []),
    ("Khoa Y Dược chủ trì, Khoa Công nghệ sinh học phối hợp.", ["Khoa Y Dược", "Khoa Công nghệ sinh học"]),
    ("Phòng Học sinh, sinh viên tiếp nhận hồ sơ.", ["Phòng Học sinh, sinh viên"]),
    ("Khoa Khoa học cơ bản bố trí giảng viên.", ["Khoa Khoa học cơ bản"]),
]
# fmt: on


def test_a_common_word_in_title_case_opens_no_name() -> None:
    failures = []
    for sentence, expected in TITLE_CASE_COMMON_WORDS:
        got = [m.name for m in find_named_bodies(sentence, fold_keep_case(sentence), (0, len(sentence)))]
        if got != expected:
            failures.append(f"{sentence!r}: {got} != {expected}")
    assert not failures, "\n".join(failures)


# (printed words, a gazetteer form, folded, whether the form mends the print): an OCR repair stays inside
# syllables; a syllable replaced by another word is another name
# fmt: off
OCR_REPAIRS = [
    ("so giao duc va dao toa", "so giao duc va dao tao", True),      # two letters swapped
    ("so tai nguyen va moi truomg", "so tai nguyen va moi truong", True),
    ("bo u phap", "bo tu phap", True),                              # a first letter dropped
    ("uy ban mat tran te quoc", "uy ban mat tran to quoc", True),    # a short syllable's vowel misread
    ("bo cong thuong2019", "bo cong thuong", True),                 # a page number glued on
    ("so giao thong van tai", "so giao thong van tai", True),
    ("so tai nguyen va moi tnrong", "so tai nguyen va moi truong", True),  # a long syllable damaged twice
    ("ban dan van", "ban dan toc", False),                          # two letters of a short syllable
    ("van phong dang ky xa", "van phong dang uy xa", False),         # "Đăng ký" is no "Đảng ủy"
    ("ban thuong vu dang uy", "ban thuong vu quan uy", False),       # "Đảng ủy" is no "Quận ủy"
    ("so tu phap", "bo tu phap", False),
    ("bo ngoai biao", "bo ngoai giao", True),                       # a longer syllable's first letter misread
]
# fmt: on


def test_an_ocr_repair_stays_inside_syllables() -> None:
    from directive_extract.stages.agencies.matcher import is_ocr_repair

    check_table(OCR_REPAIRS, is_ocr_repair)


def test_a_different_body_is_not_mended_into_a_listed_one() -> None:
    rows = [
        ("Hồ sơ nộp tại Văn phòng đăng ký xã hoặc qua Bộ phận Một cửa.", ["Bộ phận Một cửa"]),
        ("Giao Sở Giáo dục và Đào tọa chủ trì.", ["Sở Giáo dục và Đào tạo"]),
    ]
    check_table(rows, mention_names)


# (sentence, names read in it): a field's last term may be a word that is also a verb ("tổng hợp", "xây
# dựng", "tổ chức"); what follows decides: a word that ends a name for certain ("chủ trì", "phối hợp", "có
# trách nhiệm", "và các", `field_closer` cues), a level word, ";", ")", or a comma or "và" before another
# body keeps it in the field; anything else makes it the verb it looks like
# fmt: off
FIELD_ENDS = [
    ("Phòng Kế hoạch tổng hợp chủ trì thẩm định.", ["Phòng Kế hoạch tổng hợp"]),
    ("Khoa Kỹ thuật xây dựng phối hợp với nhà thầu.", ["Khoa Kỹ thuật xây dựng"]),
    ("Phòng Hành chính tổng hợp có trách nhiệm lưu trữ.", ["Phòng Hành chính tổng hợp"]),
    ("Phòng Kế hoạch tổng hợp và các khoa lâm sàng thực hiện.", ["Phòng Kế hoạch tổng hợp", "Các khoa"]),
    ("Khoa Kỹ thuật xây dựng, Khoa Cơ khí chế tạo phối hợp.", ["Khoa Kỹ thuật xây dựng", "Khoa Cơ khí chế tạo"]),
    ("Trung tâm Kiểm định chất lượng xây dựng tỉnh thực hiện.", ["Trung tâm Kiểm định chất lượng xây dựng tỉnh"]),
    ("đơn vị đầu mối (Phòng Hành chính tổng hợp).", ["Phòng Hành chính tổng hợp"]),
    # the verb it looks like
    ("Khoa Dược tổng hợp số liệu gửi về.", ["Khoa Dược"]),
    ("Khoa Cơ điện xây dựng kế hoạch thực tập.", ["Khoa Cơ điện"]),
    ("Khoa Môi trường tổ chức thực hiện.", ["Khoa Môi trường"]),
    ("Trung tâm Y tế xây dựng, triển khai kế hoạch.", ["Trung tâm Y tế"]),
    # a parent's bare type word is a whole field: no verb-like term of it before a closer
    ("Thanh tra Bộ tiếp tục phối hợp với Cục Thú y.", ["Thanh tra Bộ", "Cục Thú y"]),
    ("Văn phòng Sở tiếp tục chủ trì tổng hợp.", ["Văn phòng Sở"]),
    # and no word in small letters goes on it that no name prints after that type word
    ("Phối hợp với Văn phòng Sở đăng ký kinh phí hàng năm.", ["Văn phòng Sở"]),
    ("Giao Văn phòng Bộ cập nhật dữ liệu dân cư.", ["Văn phòng Bộ"]),
    ("Giao Thanh tra Bộ rà soát các dự án.", ["Thanh tra Bộ"]),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh tuần tra.", ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]),
    ("Gửi Ban Chỉ huy Phòng thủ dân sự tỉnh.", ["Ban Chỉ huy Phòng thủ dân sự tỉnh"]),
    # a unit of a numbered region, its number after the region's ("IV.4"); an arabic number takes none
    ("Phối hợp với Văn phòng Quản lý đường bộ II.3 và Sở Xây dựng.", ["Văn phòng Quản lý đường bộ II.3", "Sở Xây dựng"]),
    ("Giao Đội Quản lý thị trường số 3.5 triệu đồng.", ["Đội Quản lý thị trường số 3"]),
    # a paired duty after "và" goes on a field in small letters ("… cơ động và phòng cháy, chữa cháy rừng")
    ("Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng tuần tra.",
     ["Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng"]),
]
# fmt: on


def test_a_field_ends_where_what_follows_says() -> None:
    check_table(FIELD_ENDS, mention_names)


# (sentence, names read in it): an office's title before its body writes the type word in lower case
# ("Trưởng ban …", "Chánh văn phòng …"); the office stands for its body (ANNOTATING.md: "A leader named by
# office is the office's body"); "Bộ trưởng ban hành" is a minister issuing, no body
# fmt: off
OFFICE_HOLDERS = [
    ("Đồng chí Phó Trưởng ban Dân vận Đảng ủy phường chỉ đạo các chi bộ.", ["Ban Dân vận Đảng ủy phường"]),
    ("Đồng chí Trưởng ban Tuyên giáo Thị ủy phụ trách chung.", ["Ban Tuyên giáo Thị ủy"]),
    ("Đồng chí Phó Trưởng ban tổ chức Huyện ủy trực tiếp theo dõi.", ["Ban Tổ chức Huyện ủy"]),
    ("Giao Chánh văn phòng Đảng ủy xã theo dõi.", ["Văn phòng Đảng ủy xã"]),
    ("Thủ trưởng các sở, ban, ngành tổ chức quán triệt.", ["Các sở, ban, ngành tỉnh"]),
    ("Bộ trưởng ban hành Thông tư hướng dẫn.", []),
    ("Hiệu trưởng ban hành quy chế chi tiêu nội bộ.", []),
]
# fmt: on


def test_an_office_holder_stands_for_the_body() -> None:
    check_table(OFFICE_HOLDERS, mention_names)


# (sentence, names read in it): "và" or a comma before a body printed by its abbreviation ("UBND", "HĐND",
# "MTTQ": an abbreviation of a whole name, type word first) ends the field; a field that itself names bodies
# by their abbreviations goes on ("Văn phòng HĐND và UBND"); a field's abbreviation ("GDTX") is no body
# fmt: off
AND_THEN_AN_ABBREVIATED_BODY = [
    ("Phối hợp với Trung tâm Văn hóa Thể thao và UBND các xã tổ chức.",
     ["Trung tâm Văn hóa Thể thao", "Ủy ban nhân dân cấp xã"]),
    ("Ban Quản lý Chợ Đêm, UBND phường Tân An kiểm tra.", ["Ban Quản lý Chợ Đêm", "Ủy ban nhân dân phường Tân An"]),
    ("Trạm Khuyến nông và HĐND xã giám sát.", ["Trạm Khuyến nông", "Hội đồng nhân dân xã"]),
    ("Văn phòng HĐND và UBND thị xã tổng hợp.", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã"]),
]
# fmt: on


def test_a_field_ends_before_a_body_printed_by_its_abbreviation() -> None:
    check_table(AND_THEN_AN_ABBREVIATED_BODY, mention_names)


def test_a_printed_level_of_two_words_is_kept_whole() -> None:
    # "thị xã" holds "xã": the level a gazetteer form is rewritten to is the longest printed at the end
    rows = [
        ("Văn phòng HĐND và UBND thị xã tổng hợp.", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã"]),
        ("Văn phòng HĐND và UBND thị trấn tổng hợp.", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị trấn"]),
    ]
    check_table(rows, mention_names)


# a class's type word must be printed with a capital to name a body's field ("Phòng Tài chính các huyện"): the
# same letters in lower case inside a longer name ("rừng phòng hộ", "nhà văn hóa") are no head of a class
def test_a_lower_case_word_is_no_head_of_a_class() -> None:
    assert "Phòng Tài chính - Kế hoạch cấp huyện" in mention_names(
        "Giao Phòng Tài chính - Kế hoạch các huyện lập dự toán."
    )
    for text in (
        "Giao Ban Quản lý rừng phòng hộ các huyện tuần tra thường xuyên.",
        "Giao Đội kiểm tra phòng cháy các huyện, thị xã rà soát.",
    ):
        assert not [name for name in mention_names(text) if name.lower().startswith("phòng")], text


# a field in sentence case joined by "và" to one to three lower-case words of names, then the province or the
# country, a level, a verb or a stop: one field; another capital after them starts something else
# fmt: off
LOWER_CASE_CONJUNCTS = [
    ("Đề nghị Chi cục Quản lý chất lượng nông lâm sản và thủy sản Quảng Ninh tăng cường kiểm tra.",
     ["Chi cục Quản lý chất lượng nông lâm sản và thủy sản Quảng Ninh"]),
    ("Giao Trung tâm Phát triển quỹ đất và hạ tầng tỉnh rà soát.", ["Trung tâm Phát triển quỹ đất và hạ tầng tỉnh"]),
    ("Viện Nghiên cứu hải sản và nuôi trồng Việt Nam phối hợp.", ["Viện Nghiên cứu hải sản và nuôi trồng Việt Nam"]),
    ("Sinh viên Trường Đại học Kinh tế và tuyến Bến Thành.", ["Trường Đại học Kinh tế"]),
    ("Giao Sở Y tế và các đơn vị liên quan kiểm tra.", ["Sở Y tế"]),
]
# fmt: on


def test_a_lower_case_conjunct_after_a_field_in_sentence_case() -> None:
    check_table(LOWER_CASE_CONJUNCTS, mention_names)
