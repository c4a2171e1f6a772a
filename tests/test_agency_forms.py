"""Agencies: forms of administrative and news writing the recognizer reads, one table per form.

Every case is written for its form (made-up places and bodies where a name is needed), not taken from
the corpus. A row is (text of the items, expected (name, role) of the first task's agencies, or of
the named task's); each table collects every failing row and fails once.
"""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.agencies.grammar import find_named_bodies
from directive_extract.stages.agencies.shared_heads import find_mentions
from directive_extract.vn import fold_keep_case

from .test_recognizers import check_table

PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 45/KH-UBND\nQuảng Trị, ngày 12 tháng 3 năm 2024\nKẾ HOẠCH\nTriển khai\n\n"
)
DISTRICT = (
    "ỦY BAN NHÂN DÂN\nHUYỆN GIO LINH\nSố: 45/UBND-VP\nGio Linh, ngày 12 tháng 3 năm 2024\nV/v triển khai nhiệm vụ\n\n"
)
# an issuer whose place the scan lost, dated in a centrally-run city
DAMAGED_CITY = "ỦY BAN NHÂN DÂN\nSố: 45/UBND-VX\nCần Thơ, ngày 12 tháng 3 năm 2024\nV/v triển khai nhiệm vụ\n\n"


def mention_names(text: str) -> list[str]:
    """The names of the bodies `text` mentions, read as one task's text."""
    return [m.name for m in find_mentions(text, (0, len(text)))]


def _leads(header: str, items: str, task: str | None = None) -> list[tuple[str, str | None]]:
    notice = extract(header + items + "\n")
    tasks = {}

    def walk(found):
        for t in found:
            tasks[t.id] = t
            walk(t.subtasks)

    walk(notice.tasks)
    chosen = tasks[task] if task else notice.tasks[0]
    return [(a.name, a.role) for a in chosen.agencies]


def _check(rows, header: str) -> None:
    failures = []
    for items, expected, *task in rows:
        got = _leads(header, items, task[0] if task else None)
        if got != expected:
            failures.append(f"{items!r}: {got} != {expected}")
    assert not failures, "\n".join(failures)


# the issuer giving the order is the speaker only at its own level: a district's letter that tells the
# communes' committees what to do names them as actors
# fmt: off
SPEAKER_AT_ITS_LEVEL = [
    ("1. Giao UBND các xã, thị trấn chỉ đạo thôn, bản rà soát.", [("Ủy ban nhân dân cấp xã", "lead")]),
    ("1. Chủ tịch UBND các xã, thị trấn kiểm tra, giám sát.", [("Ủy ban nhân dân cấp xã", "lead")]),
    ("1. UBND huyện yêu cầu Phòng Nội vụ tổng hợp.", [("Phòng Nội vụ", "lead")]),
    # the issuer advised or reported to, followed by the verb it is advised to act by, is no speaker
    ("1. Phòng Nội vụ tham mưu UBND huyện ban hành quy chế.",
     [("Phòng Nội vụ", "lead"), ("Ủy ban nhân dân huyện", "report_to")]),
    ("1. Phòng Tư pháp giúp UBND huyện chỉ đạo các xã rà soát.",
     [("Phòng Tư pháp", "lead"), ("Ủy ban nhân dân huyện", "report_to")]),
    ("1. Phòng Nội vụ rà soát, báo cáo Chủ tịch UBND huyện quyết định.",
     [("Phòng Nội vụ", "lead"), ("Ủy ban nhân dân huyện", "report_to")]),
    # a noun and a comma before the issuer: the issuer speaking
    ("1. Căn cứ Báo cáo tổng hợp, UBND huyện đề nghị Phòng Nội vụ rà soát.", [("Phòng Nội vụ", "lead")]),
]
# fmt: on


def test_the_issuer_is_the_speaker_only_at_its_own_level() -> None:
    _check(SPEAKER_AT_ITS_LEVEL, DISTRICT)


def test_a_damaged_issuer_dated_in_a_centrally_run_city_names_the_citys_classes() -> None:
    got = _leads(DAMAGED_CITY, "1. Phối hợp với các sở, ban, ngành liên quan triển khai.")
    assert got == [("Các sở, ban, ngành thành phố", "coordinate")]


# (text, the class names read in it)
# fmt: off
CLASSES = [
    # "các sở, ngành" before a comma and the next body
    ("phối hợp với các sở, ngành, Sở Công Thương", ["Các sở, ban, ngành tỉnh", "Sở Công Thương"]),
    ("Thủ trưởng các sở, ban, ngành, UBND các xã chỉ đạo", ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã"]),
    # the special zones of 2025 are communes' peers
    ("UBND các xã, phường, đặc khu triển khai", ["Ủy ban nhân dân cấp xã"]),
    ("các tổ chức, đoàn thể vận động hội viên", ["Các đoàn thể chính trị - xã hội"]),
    ("các cơ quan thông tin, báo chí đưa tin", ["Các cơ quan thông tấn, báo chí"]),
    ("các cơ quan báo, đài phản ánh", ["Các cơ quan thông tấn, báo chí"]),
    # a body of one level "ở các địa phương": that level's class, only for a body the gazetteer knows
    ("chỉ đạo Sở Tư pháp các địa phương rà soát", ["Sở Tư pháp cấp tỉnh"]),
    ("đề nghị các Hạt Kiểm lâm địa phương tuần tra", ["Hạt Kiểm lâm cấp huyện"]),
    ("Trung tâm Y tế ở địa phương tổ chức tiêm", ["Trung tâm Y tế cấp huyện"]),
    ("Sở Nội vụ hướng dẫn chính quyền địa phương", ["Sở Nội vụ"]),
]
# fmt: on


def test_class_forms() -> None:
    check_table(CLASSES, mention_names)


# a commune named after its level word though no list holds it (the communes of 2025 are new): capitalized
# words and numbers, joined by " - "
# fmt: off
COMMUNES = [
    ("UBND xã Tân Lập 2 phối hợp", ["Ủy ban nhân dân xã Tân Lập 2"]),
    ("UBND Phường 7 Vĩnh Quang chủ trì", ["Ủy ban nhân dân phường 7 Vĩnh Quang"]),
    ("Ủy ban nhân dân phường Hòa Bình - Sa Đéc rà soát", ["Ủy ban nhân dân phường Hòa Bình - Sa Đéc"]),
    ("Công an xã Phước Hậu tuần tra", ["Công an xã Phước Hậu"]),
    # a lower-case word, a type word or a blank line ends the name
    ("UBND xã Yên Hòa tổ chức", ["Ủy ban nhân dân xã Yên Hòa"]),
    ("UBND xã Yên Hòa Trường Tiểu học Yên Hòa", ["Ủy ban nhân dân xã Yên Hòa", "Trường Tiểu học Yên Hòa"]),
]
# fmt: on


def test_a_commune_no_list_holds() -> None:
    check_table(COMMUNES, mention_names)


def test_a_name_takes_no_place_across_a_blank_line() -> None:
    text = "b) Giao Sở Nội vụ\n\nTân Châu tổ chức"
    assert mention_names(text) == ["Sở Nội vụ"]


# a field printed in sentence case may enumerate its terms with a comma ("A b, c và d"); an enumeration of
# other words, or of bodies, ends the name at the comma
# fmt: off
SENTENCE_CASE_FIELDS = [
    ("Trung tâm Khuyến công, tư vấn và phát triển công nghiệp tỉnh chủ trì.",
     ["Trung tâm Khuyến công, tư vấn và phát triển công nghiệp tỉnh"]),
    ("Sở Văn hóa, thể thao và du lịch phối hợp.", ["Sở Văn hóa, thể thao và du lịch"]),
    ("Trung tâm Y tế, các bệnh viện và trạm y tế thực hiện.", ["Trung tâm Y tế"]),
    ("Trung tâm Dịch vụ nông nghiệp, người dân và doanh nghiệp.", ["Trung tâm Dịch vụ nông nghiệp"]),
]
# fmt: on


def test_a_field_in_sentence_case_enumerated_with_a_comma() -> None:
    failures = []
    for sentence, expected in SENTENCE_CASE_FIELDS:
        got = [m.name for m in find_named_bodies(sentence, fold_keep_case(sentence), (0, len(sentence)))]
        if got != expected:
            failures.append(f"{sentence!r}: {got} != {expected}")
    assert not failures, "\n".join(failures)


# fmt: off
REPORT_CUES = [
    ("1. Hằng quý báo cáo kết quả để Thường trực Tỉnh ủy theo dõi.", [("Thường trực Tỉnh ủy", "report_to")]),
    ("1. Kịp thời đề xuất cho Ban Thường vụ Tỉnh ủy những vướng mắc.", [("Ban Thường vụ Tỉnh ủy", "report_to")]),
    # the agent of a passive authored a decision already taken: no actor of the task
    ("1. Triển khai phương án đã được UBND tỉnh phê duyệt; Sở Xây dựng chủ trì.", [("Sở Xây dựng", "lead")]),
    ("1. Theo dõi các nhiệm vụ được Chính phủ giao; Sở Nội vụ tổng hợp.", [("Sở Nội vụ", "lead")]),
    # a consent to be asked for: the body receives the request
    ("1. Chỉ tổ chức lễ hội khi được Ban Chỉ đạo tỉnh đồng ý.", [("Ban Chỉ đạo tỉnh", "report_to")]),
    # an order already given still names the body that must act; a deed done after "đã" names no actor
    ("1. UBND tỉnh đã yêu cầu Sở Nội vụ rà soát biên chế các đơn vị sự nghiệp.", [("Sở Nội vụ", "lead")]),
    ("1. Về nhà bia, Chủ tịch UBND tỉnh đã chỉ đạo Ban Quản lý di tích tỉnh trùng tu trước mùa mưa.",
     [("Ban Quản lý di tích tỉnh", "lead")]),
    ("1. Giải ngân số vốn đã cấp cho Ban Quản lý di tích tỉnh trước tháng 9.", []),
    # "giao" is an order given; "giao cho" after a thing ("kinh phí đã giao cho …") tells it was handed over
    ("1. Chủ tịch UBND tỉnh đã giao Ban Quản lý di tích tỉnh lập hồ sơ xếp hạng.", [("Ban Quản lý di tích tỉnh", "lead")]),
    ("1. Quyết toán kinh phí đã giao cho Ban Quản lý di tích tỉnh trong năm 2024.", []),
    # who takes part alongside ("tham gia, phối hợp"): partners, even after a verb of directing
    ("1. Công an tỉnh chỉ đạo Công an các huyện: Hải Lăng, Triệu Phong tham gia, phối hợp với chính quyền tuần tra.",
     [("Công an tỉnh", "lead"), ("Công an huyện Hải Lăng", "coordinate"), ("Công an huyện Triệu Phong", "coordinate")]),
    # the body the part of an order is about ("Về phía …, …") is its actor
    ("1. Về phía Sở Y tế, cần khẩn trương hoàn thiện hồ sơ trình phê duyệt.", [("Sở Y tế", "lead")]),
]
# fmt: on


def test_report_cues_and_passive_agents() -> None:
    _check(REPORT_CUES, PROVINCE)


# news text reports orders: the body giving or telling them is no actor; the bodies it addresses are
# fmt: off
NEWS = [
    # a ministry's order in a report about no one province: the department it names bare is every province's, as in
    # the ministry's own letter (test_news_national_reports.py)
    ("Bộ Công Thương đề nghị Sở Công Thương tăng cường kiểm tra thị trường.", [("Sở Công Thương cấp tỉnh", "lead")]),
    ("Bộ Công Thương đề nghị Sở Công Thương tỉnh Nghệ An tăng cường kiểm tra thị trường.",
     [("Sở Công Thương tỉnh Nghệ An", "lead")]),
    ("Chủ tịch UBND tỉnh Nghệ An Lê Văn Minh yêu cầu Sở Y tế khẩn trương rà soát.", [("Sở Y tế", "lead")]),
    ("Giám đốc Sở Giáo dục và Đào tạo Nguyễn Thị Lan cho biết Sở tiếp tục theo dõi.", []),
    # a body that acts itself ("hướng dẫn", "chỉ đạo" its own units) is the actor, in news text as anywhere
    ("Sở Tư pháp chỉ đạo các phòng tư pháp rà soát hồ sơ.", [("Sở Tư pháp", "lead")]),
    ("Bộ Y tế vừa có công văn đề nghị các tỉnh, thành phố đẩy nhanh tiêm chủng.", [("Ủy ban nhân dân cấp tỉnh", "lead")]),
    # the giver's short form in brackets between its name and its verb
    ("Bộ Xây dựng (BXD) vừa có văn bản yêu cầu Sở Xây dựng các địa phương rà soát nhà chung cư cũ.",
     [("Sở Xây dựng cấp tỉnh", "lead")]),    # "sở ngành" printed without a comma, after the one who orders: the departments of its level
    ("UBND tỉnh Bình Định tiếp tục yêu cầu sở ngành khẩn trương rà soát các hồ chứa.",
     [("Các sở, ban, ngành tỉnh", "lead")]),
]
# fmt: on


def test_news_reports_an_order_given() -> None:
    failures = []
    for text, expected in NEWS:
        notice = extract(text + "\n")
        got = [(a.name, a.role) for t in notice.tasks for a in t.agencies]
        if got != expected:
            failures.append(f"{text!r}: {got} != {expected}")
    assert not failures, "\n".join(failures)


def test_a_named_office_after_a_fronted_phrase_speaks() -> None:
    """A named office opening its sentence after one fronted phrase and its comma speaks; it is no actor."""
    page = (
        "Phó Thủ tướng chỉ đạo ứng phó bão số 5\n\nThứ Hai, 18/09/2023 - 09:00\n\n"
        "Kết luận buổi làm việc, Phó Thủ tướng Trịnh Văn Hùng đánh giá cao các bộ, ngành. Phó Thủ tướng yêu cầu các "
        "bộ, ngành, địa phương tiếp tục chuẩn bị phương án.\n"
    )
    names = [a.name for t in extract(page).tasks for a in t.agencies]
    assert "Thủ tướng Chính phủ" not in names, names
    assert "Các bộ, ngành Trung ương" in names, names


# places of one level named together as actors are their people's committees; after a locative or a body's
# name they are not
# fmt: off
PLACES_AS_ACTORS = [
    ("1. Giao các xã, thị trấn rà soát hộ nghèo.", [("Ủy ban nhân dân cấp xã", "lead")]),
    ("1. Các huyện, thị xã còn lại triển khai theo kế hoạch.", [("Ủy ban nhân dân cấp huyện", "lead")]),
    ("1. Sở Tài chính phối hợp với các huyện, thành phố bố trí kinh phí.",
     [("Sở Tài chính", "lead"), ("Ủy ban nhân dân cấp huyện", "coordinate")]),
    ("1. Sở Y tế tăng cường kiểm tra tại các xã, thị trấn vùng cao.", [("Sở Y tế", "lead")]),
    # the list's last level is a place named after it: the districts, then that city
    ("1. Giao các huyện, thị xã, TP Hòa Bình lập danh sách hộ nghèo.", [("Ủy ban nhân dân cấp huyện", "lead")]),
    # one level in the plural before the named place, the city abbreviated or spelled out (then it is a body too)
    ("1. Yêu cầu các huyện, TP Tam Kỳ kiểm tra bếp ăn tập thể.", [("Ủy ban nhân dân cấp huyện", "lead")]),
    ("1. Yêu cầu các huyện, thành phố Tam Kỳ kiểm tra bếp ăn tập thể.",
     [("Ủy ban nhân dân cấp huyện", "lead"), ("Ủy ban nhân dân thành phố Tam Kỳ", "lead")]),
    ("1. Giao các xã, thị trấn Phong Điền cập nhật sổ hộ tịch.", [("Ủy ban nhân dân cấp xã", "lead")]),
    ("1. Sở Y tế kiểm tra tại các huyện, TP Tam Kỳ.", [("Sở Y tế", "lead")]),  # after a locative: places
    # a body's own class, not the communes' committees: "Đảng ủy cấp xã" (test_agency_grammar's EVERY_UNIT_OF_A_LEVEL)
    ("1. Đảng ủy các xã, thị trấn lãnh đạo thực hiện.", [("Đảng ủy cấp xã", "lead")]),
]
# fmt: on


def test_places_of_one_level_as_actors() -> None:
    _check(PLACES_AS_ACTORS, PROVINCE)


# one body, one name: the fullest level-and-place form the tasks print for an actor names every mention
# (task id, items, the names of that task's agencies)
# fmt: off
ONE_NAME = [
    ("1", "1. Sở Y tế tỉnh Quảng Trị chủ trì.\n2. Sở Y tế hướng dẫn các cơ sở.", [("Sở Y tế tỉnh Quảng Trị", "lead")]),
    ("2", "1. Sở Y tế tỉnh Quảng Trị chủ trì.\n2. Sở Y tế hướng dẫn các cơ sở.", [("Sở Y tế tỉnh Quảng Trị", "lead")]),
    # a citation's author in the preamble does not complete the name
    ("1", "Thực hiện Kế hoạch số 12/KH-SYT của Sở Y tế tỉnh Quảng Trị.\n\n1. Sở Y tế hướng dẫn các cơ sở.",
     [("Sở Y tế", "lead")]),
    # another province's department does not name the issuer's own
    ("3", "1. Sở Y tế tỉnh Quảng Trị chủ trì.\n2. Sở Y tế tỉnh Quảng Bình phối hợp.\n3. Sở Y tế tổng hợp.",
     [("Sở Y tế tỉnh Quảng Trị", "lead")]),
    # a body the grammar reads with a place's name at its end, printed bare later: that body
    ("2", "1. Trung tâm Quản lý Bảo tồn Di sản Văn hóa Hội An chủ trì.\n"
          "2. Trung tâm Quản lý Bảo tồn Di sản Văn hóa kiểm tra các công trình.",
     [("Trung tâm Quản lý Bảo tồn Di sản Văn hóa Hội An", "lead")]),
    # a number is no place without its level word ("Phòng … 5" is no name for "Phòng …")
    ("2", "1. Phòng Khảo thí và Đảm bảo chất lượng 5 chủ trì.\n2. Phòng Khảo thí và Đảm bảo chất lượng tổng hợp.",
     [("Phòng Khảo thí và Đảm bảo chất lượng", "lead")]),
]
# fmt: on


def test_one_body_one_name() -> None:
    failures = []
    for task, items, expected in ONE_NAME:
        got = _leads(PROVINCE, items, task)
        if got != expected:
            failures.append(f"{items!r} [{task}]: {got} != {expected}")
    assert not failures, "\n".join(failures)


def test_a_bare_name_completed_by_two_places_stays_bare() -> None:
    unknown_level = "ỦY BAN NHÂN DÂN\nSố: 45/KH-UBND\nngày 12 tháng 3 năm 2024\nKẾ HOẠCH\nTriển khai\n\n"
    items = "1. Sở Y tế tỉnh Quảng Trị chủ trì.\n2. Sở Y tế tỉnh Quảng Bình phối hợp.\n3. Sở Y tế tổng hợp."
    assert _leads(unknown_level, items, "3") == [("Sở Y tế", "lead")]


def test_a_district_letter_does_not_rename_its_own_bare_committee_after_a_neighbour() -> None:
    items = "1. UBND huyện Cam Lộ phối hợp.\n2. Các phòng chuyên môn báo cáo UBND huyện."
    assert _leads(DISTRICT, items, "2") == [("Ủy ban nhân dân huyện", "report_to")]


# lists that share a head by type: the head may be printed in lower case, carry the field every member
# shares, or name a department of each field ("các sở, ngành:"); members may be parted by ";" and a member
# that names a body of its own ends the list
# fmt: off
SHARED_HEADS = [
    ("các trường tiểu học: Vĩnh Hòa, Cam Thành", ["Trường Tiểu học Vĩnh Hòa", "Trường Tiểu học Cam Thành"]),
    ("Các Trường THPT: Lê Lợi, Nguyễn Huệ", ["Trường Trung học phổ thông Lê Lợi", "Trường Trung học phổ thông Nguyễn Huệ"]),
    ("Giám đốc các sở, ngành: Tư pháp; Nội vụ; Ban Dân tộc tỉnh và Công an tỉnh thực hiện",
     ["Sở Tư pháp", "Sở Nội vụ", "Ban Dân tộc tỉnh", "Công an tỉnh"]),
    ("các Bộ: Tài chính; Công an phối hợp", ["Bộ Tài chính", "Bộ Công an"]),
    # no type word: no shared head; nor a common word opening with a type word's syllable ("trường hợp")
    ("các đơn vị: Sở Y tế, Công an tỉnh", ["Sở Y tế", "Công an tỉnh"]),
    ("đóng cửa, trừ các trường hợp sau: Siêu thị tổng hợp; Trung tâm thương mại", []),
    # a list parted by ";" passes over a body of its own and goes on with the head's fields
    ("Mời đại diện các sở, ngành: Tư pháp; Hội Nông dân tỉnh; Xây dựng; Nội vụ dự họp",
     ["Sở Tư pháp", "Hội Nông dân tỉnh", "Sở Xây dựng", "Sở Nội vụ"]),
    # a ";" after members parted by "," goes on where the head and the field make a known body, and ends elsewhere
    ("Giám đốc các Sở: Tư pháp, Xây dựng; Y tế mở lớp bồi dưỡng kỹ năng số",
     ["Sở Tư pháp", "Sở Xây dựng", "Sở Y tế"]),
    ("các Bộ: Y tế, Tài chính; Bưu điện tỉnh bảo đảm đường thư", ["Bộ Y tế", "Bộ Tài chính", "Bưu điện tỉnh"]),
    # the fields after a body named by its field share its type word (each a known body, the first one too)
    ("phối hợp với Sở Tư pháp, Nội vụ và Ban Dân tộc tỉnh", ["Sở Tư pháp", "Sở Nội vụ", "Ban Dân tộc tỉnh"]),
    ("xin ý kiến Bộ Tài chính, Tư pháp trước khi ban hành", ["Bộ Tài chính", "Bộ Tư pháp"]),
    ("trao đổi với Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh về diễn tập", ["Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"]),
    # a head of places going on a list of bodies a verb named ("và" is no word of the body before it)
    ("phối hợp với Bộ Xây dựng và các tỉnh, thành phố: Cà Mau, Cần Thơ để báo cáo",
     ["Bộ Xây dựng", "Ủy ban nhân dân tỉnh Cà Mau", "Ủy ban nhân dân thành phố Cần Thơ"]),
    ("phối hợp với Sở Y tế, các huyện, thị xã: Quảng Ninh, Ba Đồn tổ chức",
     ["Sở Y tế", "Ủy ban nhân dân huyện Quảng Ninh", "Ủy ban nhân dân thị xã Ba Đồn"]),
]
# fmt: on


def test_shared_heads_by_type() -> None:
    check_table(SHARED_HEADS, mention_names)


# the members of a shared-head list take the role the words before the head give
# fmt: off
SHARED_HEAD_ROLES = [
    ("1. Sở Công Thương chủ trì, phối hợp với các Bộ: Tài chính, Xây dựng rà soát.",
     [("Sở Công Thương", "lead"), ("Bộ Tài chính", "coordinate"), ("Bộ Xây dựng", "coordinate")]),
    ("1. Giao các Sở: Tư pháp, Nội vụ rà soát.", [("Sở Tư pháp", "lead"), ("Sở Nội vụ", "lead")]),
    ("1. Sở Nội vụ làm đầu mối, phối hợp với Sở Ngoại vụ, Xây dựng và UBND các huyện rà soát biên chế.",
     [("Sở Nội vụ", "lead"), ("Sở Ngoại vụ", "coordinate"), ("Sở Xây dựng", "coordinate"),
      ("Ủy ban nhân dân cấp huyện", "coordinate")]),
    ("1. Sở Công Thương chủ trì, phối hợp với Bộ Xây dựng và các tỉnh, thành phố: Cà Mau, Cần Thơ rà soát.",
     [("Sở Công Thương", "lead"), ("Bộ Xây dựng", "coordinate"), ("Ủy ban nhân dân tỉnh Cà Mau", "coordinate"),
      ("Ủy ban nhân dân thành phố Cần Thơ", "coordinate")]),
]
# fmt: on


def test_shared_head_members_take_the_role_before_the_head() -> None:
    _check(SHARED_HEAD_ROLES, PROVINCE)


# a central body printed as itself: the military region and its command are two names (Luật Quốc phòng),
# a state economic group by its name or its abbreviation (Nghị định 131/2018/NĐ-CP)
# fmt: off
CENTRAL_NAMES = [
    ("1. Quân khu 4 chủ trì diễn tập.", [("Quân khu 4", "lead")]),
    ("1. Bộ Tư lệnh Quân khu 9 chủ trì diễn tập.", [("Bộ Tư lệnh Quân khu 9", "lead")]),
    ("1. Giao EVN bảo đảm cung ứng điện.", [("Tập đoàn Điện lực Việt Nam", "lead")]),
    ("1. Tập đoàn Dầu khí Việt Nam chủ trì, phối hợp với Tập đoàn Xăng dầu Việt Nam.",
     [("Tập đoàn Dầu khí Việt Nam", "lead"), ("Tập đoàn Xăng dầu Việt Nam", "coordinate")]),
]
# fmt: on


def test_central_bodies_printed_as_themselves() -> None:
    _check(CENTRAL_NAMES, PROVINCE)


# a governing organ of a class of bodies is one body: "Ban Thường vụ các Liên đoàn Lao động tỉnh" is every
# province's federation's standing committee; an organ not followed by "các" stays as printed
# fmt: off
GOVERNING_ORGANS = [
    ("1. Giao Ban Thường vụ các Liên đoàn Lao động tỉnh, thành phố xem xét.",
     [("Ban Thường vụ Liên đoàn Lao động cấp tỉnh", "lead")]),
    ("1. Ban Chấp hành các Liên đoàn Lao động tỉnh, thành phố phối hợp với Sở Nội vụ.",
     [("Ban Chấp hành Liên đoàn Lao động cấp tỉnh", "lead"), ("Sở Nội vụ", "coordinate")]),
    ("1. Giao Ban Thường vụ, Sở Y tế và các Hội Nông dân huyện thực hiện.",
     [("Ban Thường vụ", "lead"), ("Sở Y tế", "lead"), ("Hội Nông dân cấp huyện", "lead")]),
]
# fmt: on


def test_a_governing_organ_of_a_class_is_one_body() -> None:
    _check(GOVERNING_ORGANS, PROVINCE)


# a level word inside a body's field ("xã" of "xã hội") is not its level: the printed level replaces the last
LEVEL_WORD_INSIDE_A_FIELD = [
    ("1. Bảo hiểm xã hội tỉnh chủ trì rà soát.", [("Bảo hiểm xã hội tỉnh", "lead")]),
    ("1. BHXH tỉnh chủ trì rà soát.", [("Bảo hiểm xã hội tỉnh", "lead")]),
    ("1. Bảo hiểm xã hội thành phố chủ trì rà soát.", [("Bảo hiểm xã hội thành phố", "lead")]),
]


def test_a_level_word_inside_a_field_is_not_the_level() -> None:
    _check(LEVEL_WORD_INSIDE_A_FIELD, PROVINCE)


# the parts of one body named as a class are one class, named from "Các": units, divisions, committees, groups
# of deputies of the body printed after them (with "thuộc", "trực thuộc", "của" as printed)
# fmt: off
PARTS_OF_A_BODY = [
    ("1. Giao các đơn vị sự nghiệp công lập thuộc UBND tỉnh rà soát.",
     [("Các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh", "lead")]),
    ("1. Các phòng chức năng thuộc Sở Y tế tham mưu.", [("Các phòng chức năng thuộc Sở Y tế", "lead")]),
    ("1. Các phòng nghiệp vụ thuộc Kho bạc Nhà nước thực hiện.", [("Các phòng nghiệp vụ thuộc Kho bạc Nhà nước", "lead")]),
    ("1. Đề nghị các Tổ đại biểu HĐND tỉnh giám sát.", [("Các Tổ đại biểu Hội đồng nhân dân tỉnh", "lead")]),
    ("1. Các Ủy ban của Quốc hội chủ trì thẩm tra.", [("Các Ủy ban của Quốc hội", "lead")]),
    ("1. Đơn vị sự nghiệp công lập trực thuộc Sở Nội vụ báo cáo.",
     [("Các Đơn vị sự nghiệp công lập trực thuộc Sở Nội vụ", "lead")]),
    # a unit of no named body, and a body after a unit of another phrase, stay as they are
    ("1. Giao các đơn vị liên quan và Sở Nội vụ thực hiện.", [("Sở Nội vụ", "lead")]),
    ("1. Giao các phòng chuyên môn thuộc Sở Nội vụ, Sở Y tế thực hiện.",
     [("Các phòng chuyên môn thuộc Sở Nội vụ", "lead"), ("Sở Y tế", "lead")]),
]
# fmt: on


def test_the_parts_of_a_body_named_as_a_class() -> None:
    _check(PARTS_OF_A_BODY, PROVINCE)


def test_a_city_abbreviated_as_one_word_is_its_place() -> None:
    # "TPHCM" (abbreviations.csv: Thành phố Hồ Chí Minh), the centrally-run city's level and name glued, places a body
    # as "TP.HCM" and "TP HCM" do
    names = [
        a.name
        for a in extract("KẾ HOẠCH\n\n1. UBND TPHCM chủ trì, phối hợp với Sở Y tế TPHCM rà soát.\n").tasks[0].agencies
    ]
    assert names == ["Ủy ban nhân dân Thành phố Hồ Chí Minh", "Sở Y tế Thành phố Hồ Chí Minh"]
