"""Tasks, their agencies, roles and deadlines on kinds of document the corpus holds few of (corpus/ANNOTATING.md,
"Tasks of resolutions, decisions, inspection conclusions and urgent orders"): a People's Council resolution's
"Điều N. Tổ chức thực hiện" and its supervision formula, with its articles of scope and amounts no tasks; a
decision's enacting, member and amount articles (none) and its duty and execution articles (tasks); an inspection
conclusion, whose results and "KẾT LUẬN" (strengths, shortcomings) are findings and whose "KIẾN NGHỊ" items,
"Đối với X:" groups included, are tasks; a commune's and a department's meeting conclusions; a công điện on a storm
and on floods; "Ðiều" printed with the Icelandic eth. Every document is made up for the test (none is a corpus
sentence); each row gives the top-level tasks as (id, {(agency, role)}, {deadline values}). Every failing row is
collected, then the test fails once."""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

HEAD = "{issuer}\nSố: {number}\n{place}, ngày 10 tháng 7 năm 2025\n\n{kind}\n{subject}\n\n"
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{title}\n\nNguyễn Văn An\n"


def doc(issuer: str, number: str, kind: str, subject: str, body: str, title: str = "CHỦ TỊCH") -> str:
    place = "Quảng Trị"
    return (
        HEAD.format(issuer=issuer, number=number, place=place, kind=kind, subject=subject)
        + body
        + TAIL.format(title=title)
    )


def top_tasks(text: str) -> list[tuple[str, set[tuple[str, str]], set[str]]]:
    return [
        (task.id, {(a.name, a.role) for a in task.agencies}, {d.value for d in task.deadlines})
        for task in extract(text).tasks
    ]


RESOLUTION = "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG TRỊ"
DISTRICT_RESOLUTION = "HỘI ĐỒNG NHÂN DÂN\nHUYỆN HẢI LĂNG"
BASIS = (
    "HỘI ĐỒNG NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n\nQUYẾT NGHỊ:\n\n"
)
PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH"
DECIDES = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020;\n\nQUYẾT ĐỊNH:\n\n"
EXECUTION = (
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\nChánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài chính, "
    "Xây dựng; Chủ tịch UBND các huyện, thị xã, thành phố và Thủ trưởng các cơ quan, đơn vị có liên quan {formula}./."
)
EXECUTORS = {
    ("Văn phòng Ủy ban nhân dân tỉnh", "lead"),
    ("Sở Tài chính", "lead"),
    ("Sở Xây dựng", "lead"),
    ("Ủy ban nhân dân cấp huyện", "lead"),
}
INSPECTION = "THANH TRA TỈNH PHÚ YÊN"
FINDINGS = (
    "Thực hiện Quyết định số 120/QĐ-TTr ngày 15/5/2025 của Chánh Thanh tra tỉnh, Đoàn thanh tra đã tiến hành "
    "thanh tra tại đơn vị.\n\nI. KẾT QUẢ THANH TRA\n1. Việc giao đất: UBND huyện giao đất cho 120 hộ gia đình.\n\n"
)

# fmt: off
KINDS = [
    # a resolution: scope and amounts are no tasks; "Tổ chức thực hiện" assigns and the Council's bodies supervise
    (doc(RESOLUTION, "15/2025/NQ-HĐND", "NGHỊ QUYẾT", "Quy định mức hỗ trợ nhân viên y tế thôn, bản", BASIS
         + "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n1. Phạm vi điều chỉnh: Nghị quyết này quy định mức hỗ trợ "
         "hằng tháng.\n2. Đối tượng áp dụng: Nhân viên y tế thôn, bản.\n\n"
         "Điều 2. Mức hỗ trợ và nguồn kinh phí\n1. Mức hỗ trợ: 500.000 đồng/người/tháng.\n"
         "2. Nguồn kinh phí: ngân sách tỉnh bảo đảm theo phân cấp.\n\n"
         "Điều 3. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; báo cáo kết quả "
         "tại kỳ họp cuối năm 2026.\n2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh, các Tổ "
         "đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.\n\n"
         "Điều 4. Hiệu lực thi hành\nNghị quyết này có hiệu lực từ ngày 20 tháng 7 năm 2025./."),
     [("Điều 3.1", {("Ủy ban nhân dân tỉnh", "lead")}, {"2026"}),
      ("Điều 3.2", {("Thường trực Hội đồng nhân dân tỉnh", "lead"), ("Các Ban Hội đồng nhân dân tỉnh", "lead"),
                    ("Các Tổ đại biểu Hội đồng nhân dân tỉnh", "lead")}, set())]),
    # an execution article whose whole sentence is the body doing it: "Ủy ban nhân dân" ("nhân dân" is no field)
    (doc(DISTRICT_RESOLUTION, "08/NQ-HĐND", "NGHỊ QUYẾT", "Về việc đặt tên đường trên địa bàn thị trấn Hải Lăng",
         "HỘI ĐỒNG NHÂN DÂN HUYỆN\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
         "QUYẾT NGHỊ:\n\nĐiều 1. Đặt tên 12 tuyến đường trên địa bàn thị trấn Hải Lăng (có danh mục kèm theo).\n\n"
         "Điều 2. Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này.\n\n"
         "Điều 3. Nghị quyết này có hiệu lực kể từ ngày thông qua./."),
     [("Điều 2", {("Ủy ban nhân dân huyện", "lead")}, set())]),
    # a district's resolution: "Thông qua …" is the resolution's act; the supervision formula as an article of its own
    (doc(DISTRICT_RESOLUTION, "08/NQ-HĐND", "NGHỊ QUYẾT", "Về kế hoạch đầu tư công năm 2026", BASIS
         + "Điều 1. Thông qua kế hoạch đầu tư công năm 2026 với tổng vốn 120 tỷ đồng.\n\n"
         "Điều 2. Giao Ủy ban nhân dân huyện tổ chức triển khai thực hiện Nghị quyết này.\n\n"
         "Điều 3. Thường trực Hội đồng nhân dân huyện, các Ban của Hội đồng nhân dân huyện, các Tổ đại biểu và đại "
         "biểu Hội đồng nhân dân huyện giám sát việc thực hiện Nghị quyết.\n\n"
         "Nghị quyết này đã được Hội đồng nhân dân huyện Hải Lăng khóa XII, kỳ họp thứ 14 thông qua ngày 10 tháng 7 "
         "năm 2025./."),
     [("Điều 2", {("Ủy ban nhân dân huyện", "lead")}, set()),
      ("Điều 3", {("Thường trực Hội đồng nhân dân huyện", "lead"), ("Các Ban Hội đồng nhân dân huyện", "lead"),
                  ("Các Tổ đại biểu Hội đồng nhân dân huyện", "lead")}, set())]),
    # "Ðiều" printed with the Icelandic eth (a legacy font converter's "Đ"): still an article, its paragraphs one task
    (doc(RESOLUTION, "22/2025/NQ-HĐND", "NGHỊ QUYẾT", "Quy định chính sách hỗ trợ học sinh", BASIS
         + "Ðiều 1. Phạm vi điều chỉnh\nNghị quyết này quy định chính sách hỗ trợ tiền ăn cho học sinh.\n\n"
         "Ðiều 2. Tổ chức thực hiện\nGiao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.\n"
         "Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết "
         "này.\n\nÐiều 3. Hiệu lực thi hành\nNghị quyết này có hiệu lực từ ngày 01 tháng 9 năm 2025./."),
     [("Điều 2", {("Ủy ban nhân dân tỉnh", "lead"), ("Thường trực Hội đồng nhân dân tỉnh", "lead"),
                  ("Các Ban Hội đồng nhân dân tỉnh", "lead")}, set())]),
    # a decision setting up a body: its members are no tasks, its duties are, and so is the execution article
    (doc(PROVINCE, "1234/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc thành lập Tổ công tác rà soát dự án", DECIDES
         + "Điều 1. Thành lập Tổ công tác rà soát các dự án chậm tiến độ, gồm các ông, bà có tên sau:\n"
         "1. Ông Nguyễn Văn Bảo, Phó Chủ tịch UBND tỉnh - Tổ trưởng;\n2. Bà Trần Thị Cúc, Giám đốc Sở Tài chính - Tổ "
         "phó.\n\nĐiều 2. Tổ công tác có nhiệm vụ rà soát các dự án chậm tiến độ, đề xuất Chủ tịch UBND tỉnh biện "
         "pháp xử lý trước ngày 30/9/2025.\n\n"
         + EXECUTION.format(formula="chịu trách nhiệm thi hành Quyết định này")),
     # the team the decision set up leads its duties (test_set_up_bodies.py), named as the text names it
     [("Điều 2", {("Tổ công tác", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")}, {"2025-09-30"}),
      ("Điều 3", EXECUTORS, set())]),
    # a decision that approves: "Phê duyệt …" is its own act; the assignment and "căn cứ Quyết định thi hành" order
    (doc(PROVINCE, "3456/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc phê duyệt danh mục dự án kêu gọi đầu tư", DECIDES
         + "Điều 1. Phê duyệt danh mục 25 dự án kêu gọi đầu tư trên địa bàn tỉnh (chi tiết tại Phụ lục kèm theo).\n\n"
         "Điều 2. Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan công bố danh mục dự án trước ngày "
         "30/10/2025.\n\n" + EXECUTION.format(formula="căn cứ Quyết định thi hành")),
     [("Điều 2", {("Sở Tài chính", "lead"), ("Các sở, ban, ngành tỉnh", "coordinate")}, {"2025-10-30"}),
      ("Điều 3", EXECUTORS, set())]),
    # a decision approving a plan: the clauses of "Phê duyệt … với các nội dung sau:" state what is approved; a duty
    # article whose lead-in, wrapped over two lines, opens with its basis ("Căn cứ Điều 1 …, X có trách nhiệm:")
    # holds tasks, each led by the body the lead-in binds
    (doc(PROVINCE, "2468/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc phê duyệt Đề án phát triển du lịch cộng đồng huyện Tây Sơn",
         DECIDES + "Điều 1. Phê duyệt Đề án phát triển du lịch cộng đồng huyện Tây Sơn giai đoạn 2026 - 2030 với các "
         "nội dung chủ yếu sau:\n1. Mục tiêu: đón 50.000 lượt khách mỗi năm.\n2. Phạm vi: năm xã vùng núi.\n\n"
         "Điều 2. Căn cứ nội dung được phê duyệt tại Điều 1, Ủy ban nhân dân huyện Tây Sơn có\ntrách nhiệm:\n"
         "1. Đăng tải Đề án trên cổng thông tin điện tử của huyện.\n"
         "2. Theo dõi, đôn đốc các xã xây dựng sản phẩm du lịch.\n\n"
         + EXECUTION.format(formula="chịu trách nhiệm thi hành Quyết định này")),
     [("Điều 2.1", {("Ủy ban nhân dân huyện Tây Sơn", "lead")}, set()),
      ("Điều 2.2", {("Ủy ban nhân dân huyện Tây Sơn", "lead")}, set()),
      ("Điều 3", EXECUTORS, set())]),
    # an inspection conclusion: results and "KẾT LUẬN" (strengths, shortcomings) are findings; "KIẾN NGHỊ BIỆN PHÁP
    # XỬ LÝ" holds the tasks, a group "Đối với X:" naming its body; the closing order is an implicit task
    (doc(INSPECTION, "45/KL-TTr", "KẾT LUẬN THANH TRA", "Về việc quản lý đất đai tại UBND huyện Tuy An", FINDINGS
         + "II. KẾT LUẬN\n1. Ưu điểm\nUBND huyện Tuy An cơ bản thực hiện đúng quy định của pháp luật về đất đai.\n"
         "2. Tồn tại, hạn chế\nViệc giao đất cho 15 hộ gia đình chưa đúng đối tượng.\n\n"
         "III. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ\n1. Đối với Ủy ban nhân dân huyện Tuy An:\na) Chỉ đạo rà soát, điều chỉnh 15 "
         "trường hợp giao đất chưa đúng quy định, hoàn thành trước ngày 31/12/2025.\nb) Tổ chức kiểm điểm, rút kinh "
         "nghiệm đối với tập thể, cá nhân có liên quan.\n2. Đề nghị Chủ tịch UBND tỉnh chỉ đạo Sở Tài chính thu hồi "
         "số tiền sử dụng đất còn thiếu.\n\nYêu cầu Chủ tịch UBND huyện Tuy An tổ chức thực hiện Kết luận này, báo "
         "cáo kết quả về Thanh tra tỉnh trong thời hạn 30 ngày kể từ ngày nhận được Kết luận./.", "CHÁNH THANH TRA"),
     [("III.1", {("Ủy ban nhân dân huyện Tuy An", "lead")}, set()),
      ("III.2", {("Ủy ban nhân dân tỉnh", "lead"), ("Sở Tài chính", "lead")}, set()),
      ("p1", {("Ủy ban nhân dân huyện Tuy An", "lead"), ("Thanh tra tỉnh", "report_to")}, {"P30D"})]),
    # a district's inspection: "KẾT LUẬN" in prose says what was wrong (no task); strengths printed as a label
    (doc("ỦY BAN NHÂN DÂN\nHUYỆN CAN LỘC\nTHANH TRA HUYỆN", "12/KL-TTr", "KẾT LUẬN", "Thanh tra việc quản lý ngân sách tại UBND xã Thiên Lộc", FINDINGS
         + "II. KẾT LUẬN\n1. Ưu điểm: Đơn vị chấp hành tốt chế độ báo cáo.\n"
         "2. Tồn tại, hạn chế: UBND xã Thiên Lộc chưa thực hiện đúng quy định về chi ngân sách.\n\n"
         "III. KIẾN NGHỊ\n1. Đối với Phòng Tài chính - Kế hoạch huyện: Tăng cường hướng dẫn, kiểm tra công tác quyết "
         "toán ngân sách xã.\n2. Giao Chánh Thanh tra huyện theo dõi, đôn đốc việc thực hiện Kết luận này.",
         "CHÁNH THANH TRA"),
     [("III.1", {("Phòng Tài chính - Kế hoạch huyện", "lead")}, set()), ("III.2", {("Thanh tra huyện", "lead")}, set())]),
    # a part's title in capitals, then a paragraph that binds a body to the items under it with a colon
    (doc(PROVINCE, "77/KH-UBND", "KẾ HOẠCH", "Phát triển thương mại điện tử năm 2026",
         "I. MỤC ĐÍCH\nThúc đẩy giao dịch trực tuyến của doanh nghiệp nhỏ.\n\nII. TỔ CHỨC THỰC HIỆN\n"
         "Sở Công Thương có trách nhiệm:\n1. Xây dựng sàn giao dịch của tỉnh.\n2. Tập huấn cho hợp tác xã.\n"),
     [("II.1", {("Sở Công Thương", "lead")}, set()), ("II.2", {("Sở Công Thương", "lead")}, set())]),
    # outside a judging part a label before a colon is an order's own wording ("Hạn chế: tổ chức …"), not a finding
    (doc(PROVINCE, "55/KH-UBND", "KẾ HOẠCH", "Phòng, chống dịch bệnh dịp lễ",
         "I. NHIỆM VỤ\n1. Hạn chế: tổ chức các hoạt động tập trung đông người trong dịp lễ.\n"
         "2. Tình hình dịch: các xã báo cáo hằng tuần về Sở Y tế.\n"),
     # ("các xã báo cáo": the communes act, every commune of the province: ANNOTATING "Class names")
     [("I.1", set(), set()), ("I.2", {("Ủy ban nhân dân cấp xã", "lead"), ("Sở Y tế", "report_to")}, {"weekly"})]),
    # a commune's meeting conclusion: the meeting's report is none; the Chairman's conclusions are tasks
    (doc("ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC", "40/TB-UBND", "THÔNG BÁO", "Kết luận của Chủ tịch UBND xã về phòng cháy",
         "I. NỘI DUNG CUỘC HỌP\nNgày 09/7/2025, UBND xã tổ chức họp về công tác phòng cháy, chữa cháy.\n"
         "II. KẾT LUẬN CỦA CHỦ TỊCH UBND XÃ\n1. Giao Công an xã chủ trì kiểm tra an toàn phòng cháy tại các hộ kinh "
         "doanh, hoàn thành trong tháng 8/2025.\n2. Ban Chỉ huy Quân sự xã bố trí lực lượng dân quân trực 24/24 giờ.\n"
         "Văn phòng HĐND và UBND xã thông báo để các cơ quan, đơn vị biết, thực hiện./.", "TL. CHỦ TỊCH"),
     [("II.1", {("Công an xã", "lead")}, {"2025-08"}), ("II.2", {("Ban Chỉ huy Quân sự xã", "lead")}, set())]),
    # a department's meeting conclusion: the assessment is none; groups by unit are tasks
    (doc("UBND TỈNH GIA LAI\nSỞ Y TẾ", "310/TB-SYT", "THÔNG BÁO", "Kết luận của Giám đốc Sở tại cuộc họp giao ban",
         "Ngày 06/7/2025, Giám đốc Sở Y tế chủ trì họp giao ban. Giám đốc Sở kết luận như sau:\nI. ĐÁNH GIÁ CHUNG\n"
         "Trong tháng 6, các đơn vị đã hoàn thành tốt nhiệm vụ được giao.\nII. NHIỆM VỤ THỜI GIAN TỚI\n"
         "1. Phòng Nghiệp vụ Y:\n- Tham mưu kế hoạch kiểm tra bệnh viện, trình Giám đốc Sở trước ngày 20/7/2025.\n"
         "2. Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh rà soát nhu cầu vắc "
         "xin.\nVăn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.", "TL. GIÁM ĐỐC"),
     [("II.1", {("Phòng Nghiệp vụ Y", "lead")}, set()),
      ("II.2", {("Phòng Kế hoạch - Tài chính", "lead"), ("Trung tâm Kiểm soát bệnh tật tỉnh", "coordinate")}, set())]),
    # a công điện on a storm: "… điện:" and its list are addressees, the forecast no task, the items tasks
    (doc("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "05/CĐ-UBND", "CÔNG ĐIỆN", "Về việc chủ động ứng phó với bão số 6",
         "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Giám đốc các Sở: Nông nghiệp và Môi trường, Công Thương;\n"
         "- Chủ tịch UBND các huyện, thị xã, thành phố.\n\nTheo tin của Trung tâm Dự báo khí tượng thủy văn quốc gia, "
         "sức gió mạnh nhất vùng gần tâm bão mạnh cấp 12.\nĐể chủ động ứng phó với bão, Chủ tịch UBND tỉnh yêu cầu:\n"
         "1. Chủ tịch UBND các huyện ven biển:\na) Kêu gọi tàu thuyền vào nơi tránh trú an toàn, hoàn thành trước 17 "
         "giờ ngày 11/7/2025.\nb) Tổ chức sơ tán người dân ở khu vực nguy hiểm.\n2. Bộ Chỉ huy Quân sự tỉnh chủ "
         "động bố trí lực lượng, phương tiện sẵn sàng ứng cứu.\n3. Sở Nông nghiệp và Môi trường tổng hợp tình hình, "
         "báo cáo Chủ tịch UBND tỉnh hằng ngày./."),
     [("1", {("Ủy ban nhân dân các huyện ven biển", "lead")}, set()), ("2", {("Bộ Chỉ huy Quân sự tỉnh", "lead")}, set()),
      ("3", {("Sở Nông nghiệp và Môi trường", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")}, {"daily"})]),
    # a district's công điện on floods: bullets after "yêu cầu X:" take X; the orders after them are implicit tasks
    (doc("ỦY BAN NHÂN DÂN\nHUYỆN HƯƠNG KHÊ", "02/CĐ-UBND", "CÔNG ĐIỆN", "Về việc tập trung ứng phó mưa lũ",
         "CHỦ TỊCH UBND HUYỆN điện:\n- Chủ tịch UBND các xã, thị trấn.\n\nDo ảnh hưởng của không khí lạnh, mực nước "
         "các sông đang lên nhanh.\nĐể chủ động ứng phó, Chủ tịch UBND huyện yêu cầu Chủ tịch UBND các xã, thị trấn:\n"
         "- Tổ chức trực ban 24/24 giờ, theo dõi chặt chẽ diễn biến mưa lũ.\n- Báo cáo tình hình về Ban Chỉ huy "
         "Phòng thủ dân sự huyện trước 16 giờ hằng ngày.\nYêu cầu Trưởng Công an huyện chỉ đạo lực lượng bố trí chốt "
         "chặn tại các ngầm tràn.\nGiao Văn phòng HĐND và UBND huyện theo dõi, tổng hợp tình hình./."),
     [("1", {("Ủy ban nhân dân cấp xã", "lead")}, set()),
      ("2", {("Ủy ban nhân dân cấp xã", "lead"), ("Ban Chỉ huy Phòng thủ dân sự huyện", "report_to")}, {"daily"}),
      ("p1", {("Công an huyện", "lead")}, set()),
      ("p2", {("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "lead")}, set())]),
]
# fmt: on


def test_tasks_of_resolutions_decisions_inspections_meetings_and_urgent_orders() -> None:
    check_table(KINDS, top_tasks)
