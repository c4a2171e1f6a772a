"""Which task an inherited lead lands on: the forms of Vietnamese administrative writing that decide whether an
item names its own actor or takes the letter's addressees or the lead-in's bodies.

Every case is invented for its form (other provinces, bodies and orders than the corpus prints). A row is (text
after the header, expected (name, role) of the named task's agencies, task id); each table collects every failing
row and fails once.
"""

from __future__ import annotations

from directive_extract import extract

from .test_agency_forms import _check
from .test_recognizers import check_table

MINISTRY = (
    "BỘ XÂY DỰNG\nSố: 512/BXD-KHCN\nHà Nội, ngày 02 tháng 4 năm 2025\nV/v triển khai nghị định\n\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\n"
    "Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh, thành phố thực hiện một số nội dung sau:\n"
)
PROVINCES = [("Ủy ban nhân dân cấp tỉnh", "lead")]

# a body directed at the opening of a sub-item ("a) Chỉ đạo Sở …") does not make the item under a title name its
# own actor: who directs is unsaid, the lead-in's bodies or the addressees
# fmt: off
DIRECTED_IN_A_SUB_ITEM = [
    ("1. Về quản lý vật liệu xây dựng\na) Chỉ đạo Sở Xây dựng kiểm tra các mỏ đá.\nb) Báo cáo kết quả.\n",
     PROVINCES, "1"),
    ("1. Về nhà ở xã hội\n- Chỉ đạo các Sở Tài chính rà soát quỹ đất.\n- Công bố danh mục dự án.\n",
     PROVINCES, "1"),
    # the directed body keeps its own lead on the sub-item
    ("1. Về quản lý vật liệu xây dựng\na) Chỉ đạo Sở Xây dựng kiểm tra các mỏ đá.\nb) Báo cáo kết quả.\n",
     [("Sở Xây dựng cấp tỉnh", "lead")], "1.a"),
    # not: a sub-item whose subject is printed names the item's actor
    ("1. Về quản lý vật liệu xây dựng\na) Sở Xây dựng kiểm tra các mỏ đá.\nb) Báo cáo kết quả.\n", [], "1"),
]
# fmt: on


def test_a_body_directed_in_a_sub_item_leaves_the_item_to_the_lead_in() -> None:
    _check(DIRECTED_IN_A_SUB_ITEM, MINISTRY)


WARD = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA MINH\nSố: 31/KH-UBND\nHòa Minh, ngày 12 tháng 3 năm 2024\nKẾ HOẠCH\n\n"
    "Kính gửi:\n- Hội Cựu chiến binh phường;\n- Đoàn Thanh niên phường.\n\n"
    "Ủy ban nhân dân phường thông báo một số nội dung như sau:\n"
)
WARD_ADDRESSEES = [("Hội Cựu chiến binh phường", "lead"), ("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", "lead")]
# "Giao" names the one assigned, also a unit or an official printed in lower case ("Giao bộ phận Một cửa …"):
# the item names its own actor and takes no addressee; "giao ban" (a briefing) assigns nobody
# fmt: off
ASSIGNED_IN_LOWER_CASE = [
    ("1. Giao bộ phận một cửa hướng dẫn người dân nộp hồ sơ.\n2. Tuyên truyền rộng rãi.\n",
     [("Bộ phận Một cửa", "lead")], "1"),
    ("1. Giao công chức Địa chính - Xây dựng kiểm tra hiện trạng.\n2. Tuyên truyền rộng rãi.\n", [], "1"),
    ("1. Giao cho cán bộ phụ trách thi đua tổng hợp danh sách.\n2. Tuyên truyền rộng rãi.\n", [], "1"),
    ("1. Giao tổ công tác liên ngành kiểm tra các quầy hàng.\n2. Tuyên truyền rộng rãi.\n", [], "1"),
    # the next item, naming nobody, still takes the addressees
    ("1. Giao bộ phận một cửa hướng dẫn người dân nộp hồ sơ.\n2. Tuyên truyền rộng rãi.\n", WARD_ADDRESSEES, "2"),
    # a unit named with its head in lower case ("bộ phận Tư pháp - Hộ tịch") is read as the body it names
    ("1. Giao bộ phận Văn hóa - Xã hội đăng tải tin bài.\n2. Tuyên truyền rộng rãi.\n",
     [("Bộ phận Văn hóa - Xã hội", "lead")], "1"),
    ("1. Công an phường chủ trì, phối hợp bộ phận Tư pháp - Hộ tịch rà soát hồ sơ.\n2. Tuyên truyền rộng rãi.\n",
     [("Công an phường", "lead"), ("Bộ phận Tư pháp - Hộ tịch", "coordinate")], "1"),
    # not: a briefing, or the task given with no assignee
    ("1. Giao ban định kỳ vào thứ Hai hằng tuần.\n2. Tuyên truyền rộng rãi.\n", WARD_ADDRESSEES, "1"),
    ("1. Giao nhiệm vụ thu gom rác thải theo tuyến phố.\n2. Tuyên truyền rộng rãi.\n", WARD_ADDRESSEES, "1"),
]
# fmt: on


def test_an_item_assigning_a_unit_in_lower_case_names_its_own_actor() -> None:
    _check(ASSIGNED_IN_LOWER_CASE, WARD)


# the issuer thanking or asking in its own voice ("Bộ Xây dựng trân trọng cảm ơn …", "… kính đề nghị …") speaks: it
# is no actor of the item its sentence ends, and does not make that item name its own actor
CLOSING_THANKS = (
    "1. Về nhà ở xã hội\na) Chỉ đạo Sở Xây dựng rà soát quỹ đất.\nb) Phối hợp với Bộ Xây dựng công bố dự án.\n"
    "Bộ Xây dựng trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.\n"
)
# fmt: off
THE_ISSUER_SPEAKS = [
    (CLOSING_THANKS, PROVINCES, "1"),
    (CLOSING_THANKS, [("Bộ Xây dựng", "coordinate")], "1.b"),
    ("1. Về nhà ở xã hội\n- Rà soát quỹ đất.\n- Bộ Xây dựng kính đề nghị Quý Ủy ban quan tâm chỉ đạo.\n",
     PROVINCES, "1"),
]
# fmt: on


def test_the_issuer_thanking_in_its_own_voice_is_no_actor() -> None:
    _check(THE_ISSUER_SPEAKS, MINISTRY)


# one body, one name: a body the "Kính gửi" list names with its place (or the issuer's own place) is the body an item
# names bare; a bare name the list never completes keeps its bare name
SON_LA = "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 77/UBND-KT\nSơn La, ngày 12 tháng 3 năm 2024\nV/v quản lý khoáng sản\n\n"
PHU_YEN = "ỦY BAN NHÂN DÂN\nHUYỆN PHÚ YÊN\nSố: 45/UBND-VP\nPhú Yên, ngày 12 tháng 3 năm 2024\nV/v xác minh đơn\n\n"
# fmt: off
ADDRESSEES_NAME_THE_BODY = [
    (SON_LA, "Kính gửi:\n- Công an tỉnh;\n- Thuế tỉnh Sơn La.\n\nỦy ban nhân dân tỉnh yêu cầu:\n"
     "1. Công an tỉnh tuần tra.\n2. Thuế tỉnh\n- Rà soát nghĩa vụ thuế của các mỏ.\n", [("Thuế tỉnh Sơn La", "lead")], "2"),
    (PHU_YEN, "Kính gửi:\n- Công an huyện Phú Yên;\n- Phòng Tư pháp.\n\nỦy ban nhân dân huyện có ý kiến như sau:\n"
     "1. Giao Công an huyện chủ trì xác minh.\n2. Phòng Tư pháp hướng dẫn.\n",
     [("Công an huyện Phú Yên", "lead")], "1"),
    # not: the list names it bare too
    (SON_LA, "Kính gửi:\n- Công an tỉnh;\n- Thuế tỉnh.\n\nỦy ban nhân dân tỉnh yêu cầu:\n"
     "1. Công an tỉnh tuần tra.\n2. Thuế tỉnh\n- Rà soát nghĩa vụ thuế của các mỏ.\n", [("Thuế tỉnh", "lead")], "2"),
]
# fmt: on


def test_the_addressees_give_a_body_its_one_name() -> None:
    failures = []
    for header, items, expected, task in ADDRESSEES_NAME_THE_BODY:
        try:
            _check([(items, expected, task)], header)
        except AssertionError as failure:
            failures.append(str(failure))
    assert not failures, "\n".join(failures)


# a bracket saying what a body is does not end the list it stands in: the bodies after its comma share the role
# (the bracket and the names wrapped over lines); a bracket closing a sentence ends it
# fmt: off
BRACKET_INSIDE_A_LIST = [
    ("1. Sở Công Thương chủ trì, phối hợp với Sở Tài chính (cơ quan thường trực của Hội đồng thẩm định giá), "
     "Sở Xây dựng và Công an tỉnh kiểm tra giá vật liệu.\n",
     [("Sở Công Thương", "lead"), ("Sở Tài chính", "coordinate"), ("Sở Xây dựng", "coordinate"),
      ("Công an tỉnh", "coordinate")]),
    ("1. Đài Phát thanh và Truyền hình tỉnh phối hợp Sở Nông nghiệp và Môi trường (cơ quan thường trực\n"
     "về phòng, chống thiên tai), Sở\nXây dựng đưa tin kịp thời.\n",
     [("Đài Phát thanh và Truyền hình tỉnh", "lead"), ("Sở Nông nghiệp và Môi trường", "coordinate"),
      ("Sở Xây dựng", "coordinate")]),
    # not: the bracket closes a sentence, and the next opens another with its own subject
    ("1. Phối hợp với Sở Y tế (theo Kế hoạch số 12/KH-UBND ngày 05/3/2024). Sở Tài chính bố trí kinh phí.\n",
     [("Sở Y tế", "coordinate"), ("Sở Tài chính", "lead")]),
]
# fmt: on


def test_a_bracket_inside_a_list_does_not_end_it() -> None:
    _check(BRACKET_INSIDE_A_LIST, SON_LA)


# the issuer's own governing organ, or the issuer with the place its letter is dated at, giving the order speaks
# for the issuer: no actor of the task ("Ban Thường vụ Hội Nông dân huyện Mai Sơn đề nghị các cơ sở Hội …")
FARMERS = (
    "HỘI NÔNG DÂN TỈNH SƠN LA\nHỘI NÔNG DÂN HUYỆN MAI SƠN\nSố: 21/KH-HND\nMai Sơn, ngày 12 tháng 3 năm 2024\n"
    "KẾ HOẠCH\nTổ chức Hội thi nhà nông đua tài\n\n"
)
SENT = "\n\nNơi nhận:\n- Như trên;\n- Lưu VT.\n"
# fmt: off
THE_ISSUERS_ORGAN_SPEAKS = [
    ("Ban Thường vụ Hội Nông dân huyện Mai Sơn đề nghị Ủy ban nhân dân các xã phối hợp tổ chức." + SENT,
     [("Ủy ban nhân dân cấp xã", "lead")]),
    ("Thường trực Hội Nông dân huyện yêu cầu Ủy ban nhân dân các xã phối hợp tổ chức." + SENT,
     [("Ủy ban nhân dân cấp xã", "lead")]),
    # not: the organ doing the work itself, with no verb of ordering
    ("1. Thường trực Hội Nông dân huyện chủ trì, phối hợp với Ủy ban nhân dân các xã tổ chức hội thi.\n",
     [("Thường trực Hội Nông dân huyện", "lead"), ("Ủy ban nhân dân cấp xã", "coordinate")]),
]
# fmt: on


def test_the_issuers_own_organ_giving_the_order_speaks_for_it() -> None:
    _check(THE_ISSUERS_ORGAN_SPEAKS, FARMERS)


# the plural "các" before a body's name is the name's, not the cue's: the cue before it still says the role
# ("phối hợp với các Trạm Y tế xã", "báo cáo về các Công đoàn cơ sở", "Yêu cầu các Công đoàn cơ sở bình xét")
# fmt: off
PLURAL_BEFORE_A_NAME = [
    ("1. Sở Nội vụ phối hợp với các Công đoàn cơ sở tổ chức hội thi.\n",
     [("Sở Nội vụ", "lead"), ("Công đoàn cơ sở", "coordinate")]),
    ("1. Gửi báo cáo kết quả về các Công đoàn cơ sở trước ngày 15/4/2024.\n", [("Công đoàn cơ sở", "report_to")]),
    ("1. Yêu cầu các Công đoàn cơ sở bình xét, đề xuất đoàn viên được hỗ trợ.\n", [("Công đoàn cơ sở", "lead")]),
    ("1. Sở Y tế chủ trì, phối hợp với các Trung tâm Y tế huyện triển khai tiêm chủng.\n",
     [("Sở Y tế", "lead"), ("Trung tâm Y tế cấp huyện", "coordinate")]),
]
# fmt: on


def test_the_plural_before_a_name_leaves_the_cue_its_role() -> None:
    _check(PLURAL_BEFORE_A_NAME, SON_LA)


# a lead-in that narrows the addressees to a class of its own ("đề nghị Hiệu trưởng các trường trung học cơ sở", "đề
# nghị các trường mầm non") names the items' actors, though no agency: the letter's addressees are not; the heads of
# the addressees at large ("Thủ trưởng các đơn vị", "các đồng chí") still are the addressees
EDUCATION_OFFICE = (
    "UBND HUYỆN BA TƠ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 88/PGDĐT\nBa Tơ, ngày 02 tháng 4 năm 2024\n"
    "V/v tuyên truyền phòng, chống đuối nước\n\nKính gửi:\n- Ủy ban nhân dân các xã, thị trấn;\n"
    "- Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở.\n\n"
)
COMMUNES = [("Ủy ban nhân dân cấp xã", "lead")]
# fmt: off
NARROWED_ADDRESSEES = [
    ("Phòng Giáo dục và Đào tạo đề nghị Người đứng đầu các nhóm trẻ độc lập thực hiện:\n"
     "1. Tổ chức ngoại khóa về kỹ năng bơi.\n2. Rà soát hồ bơi.\n", [], "1"),
    ("Phòng Giáo dục và Đào tạo đề nghị các trường mầm non thực hiện:\n"
     "1. Tổ chức ngoại khóa về kỹ năng bơi.\n2. Rà soát hồ bơi.\n", [], "2"),
    # not: the addressees at large
    ("Phòng Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị thực hiện:\n"
     "1. Tổ chức ngoại khóa về kỹ năng bơi.\n2. Rà soát hồ bơi.\n", COMMUNES, "1"),
    ("Phòng Giáo dục và Đào tạo đề nghị các đồng chí thực hiện:\n"
     "1. Tổ chức ngoại khóa về kỹ năng bơi.\n2. Rà soát hồ bơi.\n", COMMUNES, "1"),
    # a guidance to a class: "hướng dẫn các trường … như sau:" addresses the class guided
    ("Phòng Giáo dục và Đào tạo hướng dẫn các trường tiểu học triển khai như sau:\n"
     "1. Tổ chức ngoại khóa về kỹ năng bơi.\n2. Rà soát hồ bơi.\n", [], "1"),
    # a guidance cited by its title narrows nothing: the addressees are the actors
    ("Thực hiện Công văn số 15/SGDĐT về việc hướng dẫn các trường học phòng, chống đuối nước, Phòng Giáo dục và Đào "
     "tạo đề nghị các đơn vị thực hiện như sau:\n1. Tổ chức ngoại khóa về kỹ năng bơi.\n2. Rà soát hồ bơi.\n",
     COMMUNES, "1"),
    ("Phòng Giáo dục và Đào tạo hướng dẫn thực hiện như sau:\n"
     "1. Tổ chức ngoại khóa về kỹ năng bơi.\n2. Rà soát hồ bơi.\n", COMMUNES, "1"),
]
# fmt: on


def test_a_lead_in_narrowing_the_addressees_names_the_actors() -> None:
    _check(NARROWED_ADDRESSEES, EDUCATION_OFFICE)


# an item whose opening words are bodies it names with a role prints its own subject: it takes no lead from the
# lead-in, whatever role the words after the list give them ("phối hợp, hỗ trợ …" reads as partners)
PROVINCE_LEAD_IN = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 12/CT-UBND\nBắc Kạn, ngày 12 tháng 3 năm 2024\nCHỈ THỊ\n"
    "Về bảo đảm an toàn giao thông mùa mưa lũ\n\n"
    "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Ủy ban nhân dân các huyện, thành phố thực hiện:\n"
)
DISTRICTS = [("Ủy ban nhân dân cấp huyện", "lead")]
# fmt: off
OPENS_WITH_BODIES = [
    ("1. Công an tỉnh, Sở Y tế phối hợp, hỗ trợ các xã cứu hộ.\n2. Rà soát các ngầm tràn.\n",
     [("Công an tỉnh", "coordinate"), ("Sở Y tế", "coordinate")], "1"),
    ("1. Bộ Chỉ huy Quân sự tỉnh tích cực phối hợp, giúp các xã sơ tán dân.\n2. Rà soát các ngầm tràn.\n",
     [("Bộ Chỉ huy Quân sự tỉnh", "coordinate")], "1"),
    # not: a body later in the opening, or an item naming none
    ("1. Phối hợp, hỗ trợ Công an tỉnh phân luồng.\n2. Rà soát các ngầm tràn.\n",
     [("Công an tỉnh", "coordinate"), *DISTRICTS], "1"),
    ("1. Công an tỉnh, Sở Y tế phối hợp, hỗ trợ các xã cứu hộ.\n2. Rà soát các ngầm tràn.\n", DISTRICTS, "2"),
]
# fmt: on


def test_an_item_opening_with_bodies_inherits_no_lead() -> None:
    _check(OPENS_WITH_BODIES, PROVINCE_LEAD_IN)


# a body singled out after the item's first sentence ("… có ý kiến góp ý. Riêng đối với Sở Tài chính, …") is one of
# those the first sentence addresses, not the item's actor: the item still takes the addressees; singled out at the
# item's opening ("1. Riêng Sở Tài chính …"), it is the actor
CONSULTED = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 15/UBND-TH\nHà Nam, ngày 02 tháng 4 năm 2024\nV/v góp ý dự thảo\n\n"
    "Kính gửi:\n- Ủy ban nhân dân các huyện, thị xã;\n- Sở Tài chính.\n\nỦy ban nhân dân tỉnh có ý kiến như sau:\n"
)
CONSULTED_ADDRESSEES = [("Ủy ban nhân dân cấp huyện", "lead"), ("Sở Tài chính", "lead")]
# fmt: off
SINGLED_OUT = [
    ("1. Nghiên cứu dự thảo và góp ý bằng văn bản. Riêng đối với Sở Tài chính, đánh giá tác động đến thu ngân sách.\n"
     "2. Gửi ý kiến trước ngày 10/4/2024.\n", [("Sở Tài chính", "lead"), ("Ủy ban nhân dân cấp huyện", "lead")], "1"),
    # not: singled out at the item's opening
    ("1. Riêng Sở Tài chính đánh giá tác động đến thu ngân sách.\n2. Gửi ý kiến trước ngày 10/4/2024.\n",
     [("Sở Tài chính", "lead")], "1"),
]
# fmt: on


def test_a_body_singled_out_later_leaves_the_item_to_the_addressees() -> None:
    _check(SINGLED_OUT, CONSULTED)


# news text reports an assignment: the body that assigns ("Tổng cục X giao …") gives the order, the body assigned acts
# fmt: off
NEWS_ASSIGNMENTS = [
    ("Tổng cục Thuế giao Cục Thuế các tỉnh, thành phố rà soát hồ sơ hoàn thuế.", [("Cục Thuế cấp tỉnh", "lead")]),
    ("Bộ Nông nghiệp và Môi trường giao Cục Thủy lợi theo dõi mực nước các hồ chứa.", [("Cục Thủy lợi", "lead")]),
]
# fmt: on


def _news_agencies(text: str) -> list[tuple[str, str | None]]:
    notice = extract("Ngành thuế tăng cường kiểm tra\n\n" + text + "\n")
    return [(a.name, a.role) for t in notice.tasks for a in t.agencies]


def test_news_reports_an_assignment() -> None:
    check_table(NEWS_ASSIGNMENTS, _news_agencies)


# the session a plan or a conclusion follows: "làm việc với lãnh đạo <body>" gives the items its leads; "làm việc với
# Đoàn kiểm tra của <body>" is a session with the team the body sent, which gives none
RECEPTION = (
    "UBND TỈNH GIA LAI\nSỞ Y TẾ\nSố: 40/KH-SYT\nGia Lai, ngày 02 tháng 4 năm 2026\nKẾ HOẠCH\n"
    "Tiếp Đoàn giám sát tiêm vắc xin\n\nSở Y tế lập Kế hoạch tiếp và làm việc với Đoàn giám sát của Bộ Y tế "
    "như sau:\n"
)
# fmt: off
SESSION_WITH_A_TEAM = [
    ("I. CÔNG TÁC CHUẨN BỊ\nChuẩn bị hồ sơ, tài liệu phục vụ Đoàn kiểm tra.\n"
     "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Nghiệp vụ Y chuẩn bị báo cáo.\n", [], "I"),
]
# fmt: on


def test_a_session_with_a_team_a_body_sent_gives_no_lead() -> None:
    _check(SESSION_WITH_A_TEAM, RECEPTION)


# an item whose subject is the heads of a class of units, named by office ("Hiệu trưởng các trường …", "Giám đốc các
# bệnh viện …", "Thủ trưởng các cơ sở giáo dục …"), or that assigns officials ("Giao các đồng chí Trưởng bộ phận
# …", "Giao đồng chí Phó Chủ tịch …"), names its own actor though no agency: it takes none of the letter's
# addressees; the heads of the addressees at large ("Thủ trưởng các cơ quan, đơn vị …") are the addressees
# fmt: off
HEADS_OF_A_CLASS = [
    ("1. Hiệu trưởng các trường mầm non vận động phụ huynh đưa trẻ đi tiêm.\n2. Tuyên truyền rộng rãi.\n", [], "1"),
    ("1. Giám đốc các bệnh viện tư nhân bố trí giường bệnh dự phòng.\n2. Tuyên truyền rộng rãi.\n", [], "1"),
    ("1. Thủ trưởng các cơ sở giáo dục\nrà soát đội ngũ giáo viên.\n2. Tuyên truyền rộng rãi.\n", [], "1"),
    ("1. Giao các đồng chí Trưởng bộ phận rà soát hồ sơ tồn đọng trong tháng.\n2. Tuyên truyền rộng rãi.\n",
     [], "1"),
    ("1. Giao đồng chí Phó Chủ tịch phụ trách văn hóa chỉ đạo tổ chức lễ hội.\n2. Tuyên truyền rộng rãi.\n",
     [], "1"),
    # the next item, naming nobody, still takes the addressees
    ("1. Hiệu trưởng các trường mầm non vận động phụ huynh đưa trẻ đi tiêm.\n2. Tuyên truyền rộng rãi.\n",
     WARD_ADDRESSEES, "2"),
    # not: the heads of the addressees at large, or no office before "các"
    ("1. Thủ trưởng các cơ quan, đơn vị quán triệt nội dung công văn.\n2. Tuyên truyền rộng rãi.\n",
     WARD_ADDRESSEES, "1"),
    ("1. Lãnh đạo các đơn vị\nquán triệt nội dung công văn.\n2. Tuyên truyền rộng rãi.\n", WARD_ADDRESSEES, "1"),
    ("1. Đề nghị các đồng chí quan tâm chỉ đạo.\n2. Tuyên truyền rộng rãi.\n", WARD_ADDRESSEES, "1"),
]
# fmt: on


def test_an_item_whose_subject_is_the_heads_of_a_class_inherits_no_lead() -> None:
    _check(HEADS_OF_A_CLASS, WARD)


# the issuer giving its opinion or calling on others in its own voice ("Ủy ban nhân dân tỉnh cơ bản nhất trí …", "…
# kêu gọi …", "… có ý kiến …") speaks: no actor of the item
LANG_SON = (
    "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 77/UBND-KT\nLạng Sơn, ngày 12 tháng 3 năm 2024\n"
    "V/v góp ý dự thảo Đề án\n\nKính gửi: Bộ Công Thương\n\n"
)
# fmt: off
THE_ISSUER_GIVES_ITS_OPINION = [
    ("1. Ủy ban nhân dân tỉnh Lạng Sơn cơ bản nhất trí với dự thảo Đề án; đề nghị Sở Công Thương bổ sung số liệu.\n",
     [("Sở Công Thương", "lead")], "1"),
    ("1. UBND tỉnh nhất trí với phương án phân bổ vốn; đề nghị Sở Tài chính rà soát lại.\n",
     [("Sở Tài chính", "lead")], "1"),
    ("1. Ủy ban nhân dân tỉnh kêu gọi các doanh nghiệp ủng hộ; giao Sở Công Thương tổng hợp.\n",
     [("Sở Công Thương", "lead")], "1"),
    ("1. Ủy ban nhân dân tỉnh có ý kiến về dự thảo như sau; đề nghị Sở Tư pháp thẩm định.\n",
     [("Sở Tư pháp", "lead")], "1"),
    # not: the issuer doing the work itself
    ("1. Ủy ban nhân dân tỉnh Lạng Sơn chủ trì rà soát quỹ đất.\n2. Đề nghị bổ sung kinh phí.\n",
     [("Ủy ban nhân dân tỉnh Lạng Sơn", "lead")], "1"),
]
# fmt: on


def test_the_issuer_giving_its_opinion_is_no_actor() -> None:
    _check(THE_ISSUER_GIVES_ITS_OPINION, LANG_SON)


# an article titled in sentence case ("Điều 2. Trách nhiệm thi hành.") whose next paragraph leads in to its clauses
# with a colon: that paragraph's bodies lead every clause naming none, as under a title in capitals
COUNCIL = (
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 14/NQ-HĐND\nCao Bằng, ngày 9 tháng 7 năm 2024\nNGHỊ QUYẾT\n"
    "Về tuyến tránh thị trấn Nước Hai\n\n"
    "Điều 1. Thông qua chủ trương xây tuyến tránh dài 12 km.\n\n"
)
# fmt: off
LEAD_IN_UNDER_AN_ARTICLE_TITLE = [
    ("Điều 2. Trách nhiệm thi hành.\n\nUBND tỉnh Cao Bằng có trách nhiệm triển khai những việc dưới đây:\n"
     "1. Khảo sát địa chất dọc hành lang tuyến tránh.\n2. Thu xếp vốn cho tuyến tránh kịp năm 2025.\n",
     [("Ủy ban nhân dân tỉnh Cao Bằng", "lead")], "Điều 2.2"),
    # a clause naming its own actor keeps it alone
    ("Điều 2. Trách nhiệm thi hành.\n\nUBND tỉnh Cao Bằng có trách nhiệm triển khai những việc dưới đây:\n"
     "1. Sở Xây dựng khảo sát địa chất dọc tuyến tránh.\n2. Thu xếp vốn cho tuyến tránh kịp năm 2025.\n",
     [("Sở Xây dựng", "lead")], "Điều 2.1"),
]
# fmt: on


def test_a_lead_in_under_an_article_title_leads_its_clauses() -> None:
    _check(LEAD_IN_UNDER_AN_ARTICLE_TITLE, COUNCIL)


# a lead-in's list with a generic member the recognizer does not read as a body ("thành viên", "các địa phương")
# goes on past it to the bodies after "và"
WORKING_GROUP = (
    "BỘ CÔNG AN\nSố: 88/C06\nHà Nội, ngày 10 tháng 3 năm 2024\nV/v đôn đốc báo cáo định kỳ\n\n"
    "Kính gửi:\n- Các bộ, ngành;\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
)
# fmt: off
GENERIC_MEMBER_IN_A_LEAD_IN = [
    ("Tổ công tác đề nghị các bộ, ngành, thành viên và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n"
     "1. Tổng hợp, báo cáo định kỳ hằng tháng.\n2. Rà soát số liệu.\n",
     [("Các bộ, ngành Trung ương", "lead"), ("Ủy ban nhân dân cấp tỉnh", "lead")], "1"),
]
# fmt: on


def test_a_generic_member_does_not_end_a_lead_ins_list() -> None:
    _check(GENERIC_MEMBER_IN_A_LEAD_IN, WORKING_GROUP)


# an item that opens with an office holder names its own actor, even where a scan damaged the body past reading:
# it takes none of the addressees ("2. Bộ trưởng Bộ] Néng: ngiiệp …"); an item that names no one still does
# fmt: off
HOLDER_OPENS = [
    ("1. Bộ trưởng Bộ] Xâyy dụg: chỉ đạo kiểm tra các công trình.\n2. Báo cáo kết quả.\n", [], "1"),
    ("1. Bộ trưởng Bộ] Xâyy dụg: chỉ đạo kiểm tra các công trình.\n2. Báo cáo kết quả.\n", PROVINCES, "2"),
    ("1. Giám đốc Sở Xây dựng kiểm tra các công trình.\n2. Báo cáo kết quả.\n",
     [("Sở Xây dựng cấp tỉnh", "lead")], "1"),
]
# fmt: on


def test_an_item_opened_by_an_office_holder_inherits_no_addressee() -> None:
    _check(HOLDER_OPENS, MINISTRY)


def test_a_lead_in_addressing_every_level_passes_no_body() -> None:
    # the issue's "lead-ins that address all levels pass no body" (dev notice 004's lead-in): "các cấp" closing the
    # list is the level its members share; one level printed ("… tỉnh") passes its bodies
    head = "TỈNH ỦY NINH BÌNH\nSố: 12-CT/TU\nNinh Bình, ngày 3 tháng 3 năm 2024\nCHỈ THỊ\nVề phòng chống dịch\n\n"
    items = "\n1. Tuyên truyền sâu rộng trong nhân dân.\n2. Vận động nhân dân tham gia.\n"
    every = "Ban Thường vụ Tỉnh ủy chỉ đạo Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội các cấp "
    one = "Ban Thường vụ Tỉnh ủy chỉ đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh "
    tail = "thực hiện tốt một số nội dung sau:"
    assert [a.name for t in extract(head + every + tail + items).tasks for a in t.agencies] == []
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" in [
        a.name for t in extract(head + one + tail + items).tasks for a in t.agencies
    ]
