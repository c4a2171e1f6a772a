"""Attachment, inheritance and roles: forms of Vietnamese administrative writing that decide which body an item
names as its actor, partner or receiver, and which bodies it names without making them actors.

Every case is invented for its form (the places and bodies are made up or generic), none is a corpus sentence.
A row is (text of the items, expected (name, role) of the first task's agencies, or of the named task's); each
table collects every failing row and fails once.
"""

from __future__ import annotations

from directive_extract import extract
from directive_extract.pipeline import prepare
from directive_extract.stages.agencies.division_levels import Where
from directive_extract.stages.agencies.inheritance import addressee_leads

from .test_agency_attach import PROVINCE
from .test_agency_forms import DISTRICT, _check

# a list that opens after a colon takes the role its clause names: partners after "phối hợp (với|giữa) <generic>:",
# receivers after "gửi/báo cáo … về <generic>:"; a field's label ("Đơn vị tham mưu thực hiện:") names the actor,
# and a clause with no cue leaves the subject reading alone
# fmt: off
LIST_AFTER_A_COLON = [
    ("1. Tăng cường phối hợp giữa các đơn vị: Sở Tư pháp, Sở Nội vụ, Công an tỉnh trong công tác kiểm tra.",
     [("Sở Tư pháp", "coordinate"), ("Sở Nội vụ", "coordinate"), ("Công an tỉnh", "coordinate")]),
    ("1. Phối hợp với các đơn vị sau: Ban Dân tộc tỉnh, Thanh tra tỉnh để rà soát.",
     [("Ban Dân tộc tỉnh", "coordinate"), ("Thanh tra tỉnh", "coordinate")]),
    ("1. Gửi báo cáo về các cơ quan sau: Sở Tài chính, Sở Kế hoạch và Đầu tư.",
     [("Sở Tài chính", "report_to"), ("Sở Kế hoạch và Đầu tư", "report_to")]),
    # not: a field's label, and a clause that names no role
    ("1. Đơn vị tham mưu thực hiện: Sở Văn hóa, Thể thao và Du lịch.", [("Sở Văn hóa, Thể thao và Du lịch", "lead")]),
    ("1. Các đơn vị thực hiện nội dung sau: Sở Y tế rà soát danh sách.", [("Sở Y tế", "lead")]),
]
# fmt: on


def test_a_list_after_a_colon_takes_the_role_of_its_clause() -> None:
    _check(LIST_AFTER_A_COLON, PROVINCE)


# a body joined by "và" / "," to a generic actor the cue governs ("phối hợp với các đơn vị liên quan và X") is a
# conjunct of that object; with no cue before the generic it is still the subject
# fmt: off
GENERIC_CONJUNCT = [
    ("1. Sở Giao thông vận tải phối hợp với các đơn vị liên quan và Công an tỉnh kiểm tra tải trọng xe.",
     [("Sở Giao thông vận tải", "lead"), ("Công an tỉnh", "coordinate")]),
    ("1. Định kỳ báo cáo các cơ quan có thẩm quyền và Ủy ban nhân dân tỉnh.", [("Ủy ban nhân dân tỉnh", "report_to")]),
    ("1. Các đơn vị liên quan và Công an tỉnh tổ chức tuần tra.", [("Công an tỉnh", "lead")]),
    # a list of generic nouns, and a capitalized name the recognizer does not read, before the body
    # "sở, ngành" printed without "các" is still the province's departments (ANNOTATING.md rule 8a)
    ("1. Sở Công Thương chủ trì, phối hợp cùng sở, ngành và UBND các xã, phường triển khai.",
     [("Sở Công Thương", "lead"), ("Các sở, ban, ngành tỉnh", "coordinate"), ("Ủy ban nhân dân cấp xã", "coordinate")]),
    ("1. Sở Y tế chủ trì, phối hợp với Dự án Mekong Xanh, Công an tỉnh kiểm tra.",
     [("Sở Y tế", "lead"), ("Công an tỉnh", "coordinate")]),
    # a company printed by its name is a body of the list itself (ANNOTATING settled 8)
    ("1. Sở Y tế chủ trì, phối hợp với Công ty Xổ số kiến thiết, Công an tỉnh kiểm tra.",
     [("Sở Y tế", "lead"), ("Công ty Xổ số kiến thiết", "coordinate"), ("Công an tỉnh", "coordinate")]),
]
# fmt: on


def test_a_body_joined_to_a_generic_actor_shares_its_role() -> None:
    _check(GENERIC_CONJUNCT, PROVINCE)


# "Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện …": the body after "(trực) thuộc" is only the parent
# of the class, no actor, and the bodies after it are the next members of the class's list with its role (also
# when the class is no place to act: "tại …"); a unit's parent is no actor of what the units do
# fmt: off
PARENT_IN_A_LIST = [
    ("1. Các sở, ngành thuộc UBND tỉnh; UBND các xã, phường tổ chức quán triệt.",
     [("Các sở, ban, ngành tỉnh", "lead"), ("Ủy ban nhân dân cấp xã", "lead")]),
    # the units opening the clause are a class of their own (units_of_a_body.py), their body still no actor
    ("1. Thủ trưởng các cơ quan, đơn vị thuộc Sở Nội vụ; Chủ tịch UBND các xã, phường có trách nhiệm triển khai.",
     [("Các cơ quan, đơn vị thuộc Sở Nội vụ", "lead"), ("Ủy ban nhân dân cấp xã", "lead")]),
    ("1. Kiểm tra tại các sở, ngành thuộc UBND tỉnh; UBND các xã, phường.", []),
    ("1. Các cơ sở giáo dục thuộc Sở Giáo dục và Đào tạo tham gia cuộc thi.", []),
]
# fmt: on


def test_a_parent_named_inside_a_list_is_no_actor() -> None:
    _check(PARENT_IN_A_LIST, PROVINCE)


# a fronted adverbial that cites authors ("Trên cơ sở đề nghị của …", "Căn cứ ý kiến của …") ends at its last
# comma: the body there, followed by a verb of doing, is the subject; the authors are no actors, nor are the
# agents of a relative clause ("do X, Y tổ chức") or the authors of an instruction with no subject after them
# fmt: off
SUBJECT_AFTER_CITED_AUTHORS = [
    ("1. Trên cơ sở đề nghị của các sở, ngành tỉnh, Sở Tài chính khẩn trương bố trí kinh phí.",
     [("Sở Tài chính", "lead")]),
    ("1. Căn cứ ý kiến của Sở Tư pháp, Sở Nội vụ hoàn thiện dự thảo.", [("Sở Nội vụ", "lead")]),
    # the subject a list of members under one head ("các Quân khu 7, 9"): every member leads; "mệnh lệnh" cites too
    ("1. Chấp hành mệnh lệnh của Bộ Quốc phòng, Bộ Tư lệnh các Quân khu 7, 9 chỉ đạo lực lượng trực.",
     [("Bộ Tư lệnh Quân khu 7", "lead"), ("Bộ Tư lệnh Quân khu 9", "lead")]),
    ("1. Tham gia hội thi do Sở Văn hóa, Thể thao và Du lịch, Tỉnh đoàn tổ chức.", []),
    ("1. Thực hiện theo hướng dẫn của Sở Y tế, Sở Giáo dục và Đào tạo.", []),
]
# fmt: on


def test_the_subject_after_cited_authors_leads() -> None:
    _check(SUBJECT_AFTER_CITED_AUTHORS, PROVINCE)


# words around a body: helping a body ("giúp X") and answering to it ("chịu trách nhiệm … trước X") make it the
# receiver; "chủ trì(,) cùng X" a partner; an office (Chánh, Trưởng, Chủ nhiệm) names its body; more verbs of doing
# make the body before them the subject
# fmt: off
WORDS_AROUND = [
    ("1. Văn phòng Tỉnh ủy giúp Ban Thường vụ Tỉnh ủy theo dõi việc thực hiện.",
     [("Văn phòng Tỉnh ủy", "lead"), ("Ban Thường vụ Tỉnh ủy", "report_to")]),
    ("1. Công an tỉnh chủ trì phối hợp với Sở Tư pháp giúp Chủ tịch UBND tỉnh đôn đốc việc thực hiện.",
     [("Công an tỉnh", "lead"), ("Sở Tư pháp", "coordinate"), ("Ủy ban nhân dân tỉnh", "report_to")]),
    ("1. Chủ tịch UBND các xã chịu trách nhiệm về tiến độ và trước Chủ tịch UBND tỉnh về kết quả.",
     [("Ủy ban nhân dân cấp xã", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")]),
    ("1. Thanh tra tỉnh chủ trì, cùng Công an tỉnh kiểm tra.", [("Thanh tra tỉnh", "lead"), ("Công an tỉnh", "coordinate")]),
    ("1. Sở Y tế chủ trì cùng các sở, ngành tỉnh tổ chức kiểm tra.",
     [("Sở Y tế", "lead"), ("Các sở, ban, ngành tỉnh", "coordinate")]),
    ("1. Chánh Thanh tra tỉnh tổ chức thanh tra chuyên đề.", [("Thanh tra tỉnh", "lead")]),
    # "cùng X" opening a clause: X works beside the one who acts; after a subject it joins a second subject
    ("1. Rà soát các thủ tục; cùng Sở Tư pháp giải quyết các vướng mắc phát sinh.", [("Sở Tư pháp", "coordinate")]),
    ("1. Công an tỉnh cùng Sở Tư pháp giải quyết các vướng mắc phát sinh.",
     [("Công an tỉnh", "lead"), ("Sở Tư pháp", "lead")]),
    ("1. Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy kiểm tra việc thực hiện.", [("Ủy ban Kiểm tra Tỉnh ủy", "lead")]),
    ("1. Hội Nông dân tỉnh tham gia tuyên truyền.", [("Hội Nông dân tỉnh", "lead")]),
    ("1. Xây dựng kế hoạch, kết quả, Ban Dân tộc tỉnh trình Ủy ban nhân dân tỉnh phê duyệt.",
     [("Ban Dân tộc tỉnh", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")]),
    ("1. Giao nhiệm vụ cho Trung tâm Khuyến nông tỉnh hướng dẫn nông dân.", [("Trung tâm Khuyến nông tỉnh", "lead")]),
    # "giao trách nhiệm cho" gives work as "giao nhiệm vụ cho" does, also to a body printed in small letters
    ("1. Giao trách nhiệm cho Trung tâm Khuyến nông tỉnh hướng dẫn nông dân.", [("Trung tâm Khuyến nông tỉnh", "lead")]),
    ("1. Giao trách nhiệm cho công an xã nắm tình hình trên địa bàn.", [("Công an cấp xã", "lead")]),
    ("1. Sở Nội vụ tham mưu cho lãnh đạo Ủy ban nhân dân tỉnh về tổ chức bộ máy.",
     [("Sở Nội vụ", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")]),
    ("1. Sở Ngoại vụ phối hợp với chính quyền các địa phương và Công an tỉnh quản lý người nước ngoài.",
     [("Sở Ngoại vụ", "lead"), ("Công an tỉnh", "coordinate")]),
    ("1. Tổ chức đối thoại giữa các doanh nghiệp với Hội Doanh nhân trẻ tỉnh.", [("Hội Doanh nhân trẻ tỉnh", "coordinate")]),
    # contacting a body ("liên hệ [trực tiếp | chặt chẽ] (với) X") makes it a partner; not the body whose contact
    # details are given ("số điện thoại liên hệ của X")
    ("1. Các cơ sở liên hệ trực tiếp Sở Y tế để được hướng dẫn.", [("Sở Y tế", "coordinate")]),
    ("1. Các trường liên hệ chặt chẽ với Công an tỉnh để bảo đảm an ninh.", [("Công an tỉnh", "coordinate")]),
    ("1. Sở Y tế công bố số điện thoại liên hệ của Công an tỉnh.", [("Sở Y tế", "lead")]),
]
# fmt: on


def test_words_around_a_body_say_its_role() -> None:
    _check(WORDS_AROUND, PROVINCE)


# "đối với X" opens an item for its actor only where a subject may stand; after a verb's object it names the
# object; a body after "của" owns the actor the words before name ("Thường trực Ban … của X chủ trì")
# fmt: off
NOT_THE_ACTOR = [
    ("1. Kiểm tra công tác văn thư, lưu trữ đối với các sở, ban, ngành tỉnh và UBND các huyện, thị xã.", []),
    ("1. Đối với Sở Xây dựng: rà soát quy hoạch.", [("Sở Xây dựng", "lead")]),
    ("1. Riêng đối với Sở Xây dựng: rà soát quy hoạch.", [("Sở Xây dựng", "lead")]),
    # the unit before the body is the actor (test_agency_names), the council after "của" its owner, no actor (the
    # unit's name as read today lacks the council's level, which ANNOTATING would keep: what this row checks is
    # that the council is no lead)
    ("1. Thường trực Ban Pháp chế của Hội đồng nhân dân tỉnh chủ trì giám sát.", [("Thường trực Ban Pháp chế", "lead")]),
    # the words of a provision quoted after a colon are another document's: its bodies are no actors here
    ("1. Khoản 2 Điều 12 Thông tư số 45/2023/TT-BXD quy định: “Sở Xây dựng chủ trì thẩm định hồ sơ”. "
     "Các chủ đầu tư nộp hồ sơ đúng hạn.", []),
    # (the communes after the quotation act: every commune, ANNOTATING "Class names"; the quoted Sở does not)
    ("1. Khoản 2 Điều 12 quy định như sau: \"Sở Xây dựng chủ trì thẩm định hồ sơ\". Các xã thực hiện.",
     [("Ủy ban nhân dân cấp xã", "lead")]),
    ("1. Phát động phong trào “Ngày thứ Bảy tình nguyện”, Tỉnh đoàn chủ trì tổ chức.", [("Tỉnh đoàn", "lead")]),
    # "đã" marks a deed reported, not one ordered; an assignment made ("đã được giao") still names the actor, and
    # a past relative clause before a new verb does not carry over
    ("1. Kết quả: các xã, Ban Chỉ huy Quân sự huyện đã tham mưu cho Ủy ban nhân dân huyện ban hành kế hoạch.", []),
    ("1. Bố trí kinh phí đã giao cho Sở Xây dựng trong dự toán năm.", []),
    ("1. Sở Du lịch đã được giao chủ trì tổ chức lễ hội.", [("Sở Du lịch", "lead")]),
    ("1. Thực hiện đúng lịch trình đã đưa ra và báo cáo cho Ban Quản lý Khu kinh tế tỉnh.",
     [("Ban Quản lý Khu kinh tế tỉnh", "report_to")]),
    # a report word far before an order given to a body ("sau phản ánh của …, … chỉ đạo khẩn cho X"): X is
    # directed, no one reports to it; a file sent ("hồ sơ đề nghị … đến X") still reaches X
    ("1. Sau phản ánh của người dân về tiếng ồn, Chủ tịch UBND tỉnh đã có chỉ đạo khẩn cho Công an tỉnh.", []),
    ("1. Tổng hợp, gửi hồ sơ đề nghị khen thưởng đến Sở Nội vụ.", [("Sở Nội vụ", "report_to")]),
]
# fmt: on


def test_an_object_or_a_possessor_is_not_the_actor() -> None:
    _check(NOT_THE_ACTOR, PROVINCE)


def test_an_office_before_a_district_body_names_the_body() -> None:
    _check([("1. Trưởng Phòng Tài chính - Kế hoạch huyện tổng hợp dự toán.",
             [("Phòng Tài chính - Kế hoạch huyện", "lead")])], DISTRICT)  # fmt: skip


# inheritance: an item titled by the duties every addressee shares takes the addressees, also in a part that
# divides duties by actor; an item that opens by addressing a body by name ("Đề nghị <Name>: …") names its own
# actor even when the name is no agency; a courtesy ("Đề nghị Quý cơ quan") names none
ADDRESSED = "Kính gửi:\n- Ủy ban nhân dân các huyện, thị xã;\n- Sở Tài chính.\n\n"
ADDRESSEES = [("Ủy ban nhân dân cấp huyện", "lead"), ("Sở Tài chính", "lead")]
COMMON_DUTIES = (
    ADDRESSED + "Chủ tịch UBND tỉnh yêu cầu:\n1. Trách nhiệm chung của các cơ quan, đơn vị\n- Quán triệt cán bộ.\n"
    "2. Trách nhiệm của Sở Tài chính\n- Bố trí kinh phí.\n"
)
NAMED_OPENING = ADDRESSED + "1. Đề nghị Hợp tác xã Nông nghiệp Triệu Phong: thu gom rác thải.\n2. Tuần tra rừng.\n"
# fmt: off
INHERITED = [
    (COMMON_DUTIES, ADDRESSEES, "1"),
    (COMMON_DUTIES, [("Sở Tài chính", "lead")], "2"),
    (NAMED_OPENING, [], "1"),
    (NAMED_OPENING, ADDRESSEES, "2"),
    (ADDRESSED + "1. Đề nghị Quý cơ quan thu gom rác thải.\n2. Tuần tra rừng.\n", ADDRESSEES, "1"),
]
# fmt: on


def test_which_items_take_the_addressees() -> None:
    _check(INHERITED, PROVINCE)


# a công điện's "<ISSUER> điện:" line names its issuer, not an addressee: the items inherit the bodies listed after
# it, on their own lines or on the same line
CD_PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/CĐ-UBND\nQuảng Trị, ngày 12 tháng 3 năm 2024\nCÔNG ĐIỆN\n"
    "Về việc phòng, chống dịch bệnh trên đàn gia súc\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n"
    "- Giám đốc Sở Nông nghiệp và Môi trường;\n- Chủ tịch UBND các huyện, thị xã.\n\n"
)
CD_MINISTRY = (
    "BỘ Y TẾ\nSố: 12/CĐ-BYT\nHà Nội, ngày 12 tháng 3 năm 2024\nCÔNG ĐIỆN\nVề việc phòng, chống dịch bệnh\n\n"
    "BỘ TRƯỞNG BỘ Y TẾ điện: Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
)
ITEMS = "1. Tăng cường giám sát dịch bệnh.\n2. Báo cáo kết quả.\n"


def test_a_cong_dien_issuer_line_is_no_addressee() -> None:
    _check([(ITEMS, [("Sở Nông nghiệp và Môi trường", "lead"), ("Ủy ban nhân dân cấp huyện", "lead")])], CD_PROVINCE)
    _check([(ITEMS, [("Sở Y tế cấp tỉnh", "lead")])], CD_MINISTRY)


def test_the_addressees_end_where_the_header_part_ends() -> None:
    """When the header stage reads the "Kính gửi" list on into the body, the bodies of the narrative after the
    header part (the issuer speaking, an author) are no addressees."""
    text = (
        PROVINCE + "Kính gửi:\n- Sở Y tế;\n- Sở Tài chính.\n\nVừa qua, Bộ Nông nghiệp và Môi trường có văn bản về dịch"
        " bệnh. Ủy ban nhân dân tỉnh yêu cầu:\n1. Rà soát kinh phí.\n"
    )
    doc = prepare(text, "sections")
    start, _ = doc.header.evidence["addressees"]
    doc.header.evidence["addressees"] = (start, text.index("1. Rà soát"))  # as if read on into the body
    assert [m.name for m in addressee_leads(doc, doc.header, Where.of(doc))] == ["Sở Y tế", "Sở Tài chính"]


def test_a_body_opening_on_the_kinh_gui_line_is_no_addressee() -> None:
    """ "Kính gửi: Hiệu trưởng các trường trực thuộc. Thực hiện Kế hoạch … của UBND huyện, Phòng … yêu cầu …:" — the
    list ends at its full stop; the basis's author and the speaker after it are neither addressees nor leads."""
    text = (
        "Thông báo về việc tổ chức tổng vệ sinh.\n\nKính gửi: Hiệu trưởng các trường trực thuộc. Thực hiện Kế hoạch "
        "số 12/KH-UBND ngày 3/4/2024 của UBND huyện về tổng vệ sinh, Phòng Giáo dục và Đào tạo yêu cầu các trường "
        "thực hiện các nội dung sau:\n\n1. Tuyên truyền học sinh bảo vệ môi trường.\n\n2. Tổng vệ sinh trường học.\n"
    )
    assert prepare(text, "header").header.addressees == ["Hiệu trưởng các trường trực thuộc"]
    assert [[a.name for a in t.agencies] for t in extract(text).tasks] == [[], []]


# a report sent through a body: "báo cáo/gửi … về X (qua Y)", "(thông qua Y)" - the channel receives the report too;
# "(qua" after a clause that sends nothing, or a body after "qua" with no parenthesis, takes no receiver's role
# fmt: off
REPORT_THROUGH = [
    ("1. Báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Ngoại vụ) trước ngày 10 hằng tháng.",
     [("Ủy ban nhân dân tỉnh", "report_to"), ("Sở Ngoại vụ", "report_to")]),
    ("1. UBND các xã gửi danh sách về Ủy ban nhân dân các huyện (thông qua Phòng Nội vụ các huyện) để tổng hợp.",
     [("Ủy ban nhân dân cấp xã", "lead"), ("Ủy ban nhân dân cấp huyện", "report_to"),
      ("Phòng Nội vụ cấp huyện", "report_to")]),
    ("1. Nộp hồ sơ cho Sở Nội vụ (qua Văn phòng Sở) chậm nhất ngày 20.",
     [("Sở Nội vụ", "report_to"), ("Văn phòng Sở", "report_to")]),
    # the receiver before the parenthesis a bare noun the recognizer does not read ("về Sở", "về Ủy ban")
    ("1. Gửi báo cáo về Ủy ban (qua Văn phòng Ủy ban nhân dân tỉnh) trước ngày 15.",
     [("Văn phòng Ủy ban nhân dân tỉnh", "report_to")]),
    ("1. Phản ánh vướng mắc về Ủy ban (thông qua Sở Tư pháp) để giải quyết.", [("Sở Tư pháp", "report_to")]),
    # not: no report or sending before the parenthesis
    ("1. Tuyên truyền rộng rãi (qua Đài Phát thanh - Truyền hình tỉnh) về phòng cháy.", []),
    ("1. Sở Y tế kiểm tra (qua Thanh tra tỉnh) các cơ sở.", [("Sở Y tế", "lead")]),
]
# fmt: on


def test_a_report_sent_through_a_body_reaches_it() -> None:
    _check(REPORT_THROUGH, PROVINCE)


# a công điện's urgent order: "<office> điện khẩn <bodies> thực hiện các nhiệm vụ sau:" - the items take the bodies
# the verb addresses (not the whole "điện:" list); a body after "điện" used as a noun ("Công ty Điện lực") is no verb
CD_URGENT = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/CĐ-UBND\nQuảng Trị, ngày 12 tháng 3 năm 2024\nCÔNG ĐIỆN KHẨN\n"
    "Về việc phòng, chống dịch bệnh trên đàn gia cầm\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n"
    "- Giám đốc các sở: Nông nghiệp và Môi trường, Y tế;\n- Chủ tịch UBND các huyện, thị xã.\n\n"
    "Chủ tịch Ủy ban nhân dân tỉnh điện khẩn Chủ tịch UBND các huyện, thị xã thực hiện các nhiệm vụ sau:\n"
)


def test_a_cong_dien_urgent_order_names_the_items_actors() -> None:
    _check([("1. Tiêu hủy gia cầm bệnh.\n2. Báo cáo kết quả.\n", [("Ủy ban nhân dân cấp huyện", "lead")])], CD_URGENT)


# an item that opens with an organization's name the recognizer cannot read ("Công ty …", "Trung tâm …", a capital
# after the head noun) names its own actor and takes no lead from the lead-in; a verb or a common noun at the opening
# ("Báo cáo", "Trường hợp"), or the head noun as a generic actor ("Công ty, doanh nghiệp"), does not
LEAD_IN = ADDRESSED + "Ủy ban nhân dân tỉnh yêu cầu Ủy ban nhân dân các huyện, thị xã thực hiện:\n"
LEAD_IN_BODIES = [("Ủy ban nhân dân cấp huyện", "lead")]
# fmt: off
OPENS_WITH_AN_ORGANIZATION = [
    # (a company by its name is read since ANNOTATING settled 8: its own lead, and still none of the lead-in's)
    (LEAD_IN + "1. Công ty Cổ phần Nước sạch Hòa Sơn bảo đảm cấp nước.\n2. Tuần tra rừng.\n",
     [("Công ty cổ phần Nước sạch Hòa Sơn", "lead")], "1"),
    (LEAD_IN + "1. Nhà máy Đường Hòa Sơn xử lý nước thải.\n2. Tuần tra rừng.\n", [], "1"),
    (LEAD_IN + "1. Hợp tác xã Rau sạch Đông Phước thu hoạch sớm.\n2. Tuần tra rừng.\n", [], "1"),
    (LEAD_IN + "1. Công ty Cổ phần Nước sạch Hòa Sơn bảo đảm cấp nước.\n2. Tuần tra rừng.\n", LEAD_IN_BODIES, "2"),
    # not: a verb, a common noun, a generic actor, or a head noun in lower case
    (LEAD_IN + "1. Báo cáo Ủy ban nhân dân tỉnh kết quả.\n2. Tuần tra rừng.\n",
     [("Ủy ban nhân dân tỉnh", "report_to"), *LEAD_IN_BODIES], "1"),
    (LEAD_IN + "1. Trường hợp phát hiện cháy rừng, huy động lực lượng.\n2. Tuần tra rừng.\n", LEAD_IN_BODIES, "1"),
    (LEAD_IN + "1. Công ty, doanh nghiệp trên địa bàn bảo đảm an toàn.\n2. Tuần tra rừng.\n", LEAD_IN_BODIES, "1"),
    (LEAD_IN + "1. Trung tâm các xã tổ chức trực.\n2. Tuần tra rừng.\n", LEAD_IN_BODIES, "1"),
]
# fmt: on


def test_an_item_opening_with_an_organization_inherits_no_lead() -> None:
    _check(OPENS_WITH_AN_ORGANIZATION, PROVINCE)


# the receiver of what is provided or proposed: "cung cấp [số liệu …] cho X", "tham mưu(,) đề nghị X", "giúp cho X"
# make X the receiver, not the actor the verb after it names
# fmt: off
PROVIDED_OR_PROPOSED_TO = [
    ("1. Các trường học tổng hợp số liệu, cung cấp cho Phòng Giáo dục và Đào tạo trước ngày 15/4.",
     [("Phòng Giáo dục và Đào tạo", "report_to")]),
    ("1. Phòng Nội vụ cung cấp số liệu kịp thời cho Chi cục Thống kê huyện.",
     [("Phòng Nội vụ", "lead"), ("Chi cục Thống kê huyện", "report_to")]),
    ("1. Phòng Nội vụ tổng hợp kết quả, tham mưu đề nghị UBND tỉnh khen thưởng.",
     [("Phòng Nội vụ", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")]),
    ("1. Phòng Tư pháp rà soát, tham mưu, đề nghị Sở Tư pháp hướng dẫn.",
     [("Phòng Tư pháp", "lead"), ("Sở Tư pháp", "report_to")]),
    ("1. Phòng Y tế: Giúp cho UBND huyện giám sát công tác tiêm chủng.",
     [("Phòng Y tế", "lead"), ("Ủy ban nhân dân huyện", "report_to")]),
    # not: the partner that provides, and a body asked to act
    ("1. Phòng Nội vụ chủ trì, phối hợp với Phòng Tài chính cung cấp hồ sơ.",
     [("Phòng Nội vụ", "lead"), ("Phòng Tài chính", "coordinate")]),
    ("1. Đề nghị Phòng Tài chính - Kế hoạch bố trí kinh phí.", [("Phòng Tài chính - Kế hoạch", "lead")]),
]
# fmt: on


def test_the_body_provided_or_proposed_to_receives() -> None:
    _check(PROVIDED_OR_PROPOSED_TO, DISTRICT)


# a partner after an unread name of the partner list ("phối hợp với Nhà máy nước số 4 và các xã"), the name ending in
# a word that folds like a generic noun ("số" reads "sở"), is still a partner, wrapped over lines too; a numbered
# station is no unread name: its number closes its purpose, it is read and a partner itself
# fmt: off
AFTER_AN_UNREAD_PARTNER = [
    ("1. Phòng Văn hóa và Thông tin phối hợp với Nhà máy nước số 4 và các xã, phường rà soát biển quảng cáo.",
     [("Phòng Văn hóa và Thông tin", "lead"), ("Ủy ban nhân dân cấp xã", "coordinate")]),
    ("1. Phòng Nông nghiệp chủ trì, phối hợp với Hợp tác xã nông nghiệp số 2\nvà Ủy ban nhân dân các xã hướng dẫn "
     "nông dân.",
     [("Phòng Nông nghiệp và Phát triển nông thôn", "lead"), ("Ủy ban nhân dân cấp xã", "coordinate")]),
    ("1. Phòng Văn hóa và Thông tin phối hợp với Trạm kiểm dịch động vật số 4 và các xã, phường rà soát biển "
     "quảng cáo.",
     [("Phòng Văn hóa và Thông tin", "lead"), ("Trạm kiểm dịch động vật số 4", "coordinate"),
      ("Ủy ban nhân dân cấp xã", "coordinate")]),
    # not: no partner cue before the unread name, its conjunct is a subject
    ("1. Nhà máy nước số 4 và các xã, phường rà soát biển quảng cáo.", [("Ủy ban nhân dân cấp xã", "lead")]),
]
# fmt: on


def test_a_partner_after_an_unread_partner_name_coordinates() -> None:
    _check(AFTER_AN_UNREAD_PARTNER, DISTRICT)


# a body after members the recognizer does not read (a capitalized name, a class after "các", a generic actor) goes on
# with the list the body before them opened, and takes its role; not a member of it ("Ủy viên …", "đại biểu …"), nor
# the owner of a text ("quy chế của …")
# fmt: off
LIST_GOES_ON = [
    ("1. Công an huyện, Hợp tác xã Vĩnh Phước, Phòng Y tế huyện:\n- Rà soát danh sách cơ sở lưu trú.",
     [("Công an huyện", "lead"), ("Phòng Y tế huyện", "lead")]),
    ("1. Trạm Khuyến nông chủ trì và phối hợp với Đồn Công an Cửa Việt, Nhà văn hóa Lao Bảo, Phòng Y tế huyện trong việc rà soát quán karaoke.",
     [("Trạm Khuyến nông", "lead"), ("Đồn Công an Cửa Việt", "coordinate"), ("Phòng Y tế huyện", "coordinate")]),
    # not: a member of the body, the owner of a text
    ("1. Phòng Văn hóa mời Thường trực Huyện ủy, Ủy viên Ban Kiểm tra Hội Luật gia huyện tham dự.",
     [("Phòng Văn hóa", "lead")]),
    ("1. Phòng Tài chính hướng dẫn Kho bạc Nhà nước huyện, các xã thi hành quy chế của HĐND huyện Gio Linh.",
     [("Phòng Tài chính", "lead"), ("Kho bạc Nhà nước huyện", "lead")]),
]
# fmt: on


def test_a_body_after_unread_members_goes_on_with_the_list() -> None:
    _check(LIST_GOES_ON, DISTRICT)


# a body after generic actors a directive verb addresses ("Đề nghị các tổ chức, doanh nghiệp, X") is one of the
# addressees: it leads; not after "đối với", which names an object
# fmt: off
ADDRESSED_AFTER_GENERICS = [
    ("1. Đề nghị các lực lượng, doanh nghiệp, Hội Nông dân huyện tuyên truyền cho hội viên.",
     [("Hội Nông dân huyện", "lead")]),
    ("1. Giao các doanh nghiệp, lực lượng, Trung tâm Văn hóa huyện\n- Treo băng rôn, khẩu hiệu.", [("Trung tâm Văn hóa huyện", "lead")]),
    ("1. Kiểm tra đối với các cơ sở, doanh nghiệp, Hợp tác xã Gio Mỹ về an toàn thực phẩm.", []),
    # a directive verb's letters inside a body's name are no verb ("Phòng Giáo dục" folds to "giao duc")
    ("1. Các trường nộp số liệu cho Phòng Giáo dục và Đào tạo rồi mới tính là xong và Phòng Nội vụ nhận được sẽ thẩm tra.",
     [("Phòng Giáo dục và Đào tạo", "report_to")]),
]
# fmt: on


def test_a_body_after_addressed_generic_actors_leads() -> None:
    _check(ADDRESSED_AFTER_GENERICS, DISTRICT)
