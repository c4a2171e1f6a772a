"""News reports of orders (ANNOTATING, news convention): which paragraphs of a report are its tasks `p1`, `p2` ….

A report tells an order as an act of its giver: "X đã yêu cầu Y …", "X tiếp tục chỉ đạo sở ngành …", "X đã ban
hành công điện gửi Y triển khai …"; a body taken in contrast after an order ("Còn Hạt … tăng cường …") is ordered
too, and an order may go on to what its bodies are to tell others ("… thông báo cho chủ tàu biết …"). Not tasks:
the teaser a page prints before its lead's source tag "(ABC) - …"; a paragraph telling that a text was sent when
the next opens "Theo đó, …" with what it orders; "Đồng thời, <verb> …" going on from a done act. Ids are ranks, so
each row checks every task's opening in order. Every report below is made up for the test."""

from __future__ import annotations

from directive_extract import extract

HEAD = "Tin ngắn địa phương\n\nThứ Tư, 08/10/2025 - 07:20\n\n"

ROWS = [
    (  # after a text signed and sent, "Theo đó, …" with a plan in one of its sentences tells the text's measures
        "Phó Chủ tịch UBND tỉnh vừa ký văn bản khẩn gửi các sở ngành về xử lý tiếng ồn.\n\n"
        "Văn bản khẩn của UBND tỉnh. Ảnh: T.L\n\n"
        "Theo đó, tỉnh sẽ chia đợt xử lý vi phạm làm hai giai đoạn. Từ 25-3, toàn địa bàn sẽ tập trung công tác "
        "tuyên truyền, vận động người dân.\n\n"
        "Theo đó, năm 2023 tỉnh đã xử lý 120 trường hợp vi phạm.\n",
        ["Theo đó, tỉnh sẽ chia"],
    ),
    (  # the plan of a coming period, then a body and its deed: the meeting's tasks for the year; told done, none
        "Sáng 4/4, Ban Chỉ đạo tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2019.\n\n"
        "Về kế hoạch năm 2019, Ban Chỉ đạo THADS các cấp tiếp tục tuyên truyền Luật Thi hành án dân sự.\n\n"
        "Về nhiệm vụ năm 2018, ngành đã hoàn thành các chỉ tiêu được giao.\n",
        ["Về kế hoạch năm 2019"],
    ),
    (  # an appeal to the residents is an order (ANNOTATING, news 1): "đề nghị người dân …", "kêu gọi bà con …"
        "Chiều 16/10, Chủ tịch UBND thành phố làm việc với quận về đất quốc phòng bị lấn chiếm.\n\n"
        "Ông Tùng cũng đề nghị người dân không xây dựng thêm các công trình sai phạm.\n\n"
        "Ông kêu gọi bà con chủ động gia cố nhà cửa trước mùa mưa.\n",
        ["Ông Tùng cũng đề nghị", "Ông kêu gọi bà con"],
    ),
    (  # an order told as given, after a purpose clause: "Để thực hiện …, X đã yêu cầu Y …"
        "(TTX) - Sáng 7/10, đoàn công tác về kiểm tra tình hình mùa màng ở các xã vùng cao.\n\n"
        "Để thực hiện Đề án số hóa của tỉnh, UBND huyện Krông Pắc đã yêu cầu Phòng Văn hóa và Thông tin "
        "rà soát cổng thông tin của từng xã trước ngày 30/10.\n\n"
        "Năm 2024, toàn huyện có 18 xã hoàn thành cổng thông tin.\n",
        ["Để thực hiện Đề án"],
    ),
    (  # the giver goes on ordering bodies printed in lower case: "tiếp tục chỉ đạo sở ngành …"
        "Tuần qua, UBND tỉnh Gia Lai tiếp tục chỉ đạo ban ngành phối hợp với huyện kiểm tra việc cấp nước sạch cho các "
        "điểm trường vùng sâu.\n\nKết quả có 42 điểm trường đã có nước sạch.\n",
        ["Tuần qua, UBND tỉnh Gia Lai"],
    ),
    (  # a whole branch ordered: "đã chỉ đạo toàn ngành …"
        "Nhận rõ nguy cơ dịch sởi lan rộng, Bộ Giáo dục và Đào tạo đã chỉ đạo toàn ngành rà soát hồ sơ tiêm chủng "
        "của học sinh mầm non.\n\nNhiều trường đã gửi danh sách về phòng y tế.\n",
        ["Nhận rõ nguy cơ dịch sởi"],
    ),
    (  # a text sent with the deeds in the same sentence: "đã ban hành công điện gửi … triển khai …"
        "Để giữ an toàn dịp nghỉ lễ, Bộ Công an đã ban hành công điện gửi Công an các tỉnh, thành phố triển khai phương án "
        "bảo đảm trật tự giao thông; giữ nghiêm chế độ trực ban.\n\nLượng xe qua các trạm tăng gấp đôi.\n",
        ["Để giữ an toàn dịp"],
    ),
    (  # a text's issuing, its orders told next under "Theo đó": only the next paragraph orders
        "Tại Lào Cai, Chủ tịch UBND tỉnh vừa có công điện hỏa tốc đề nghị các huyện chủ động ứng phó với đợt "
        "rét đậm.\n\nTheo đó, người đứng đầu tỉnh giao Sở Nông nghiệp và Môi trường chỉ dẫn nông dân che chắn chuồng "
        "trại cho gia súc.\n",
        ["Theo đó, người đứng đầu"],
    ),
    (  # the page's teaser before the lead's source tag tells nothing; the lead's order does
        "Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu các xã ven biển gia cố kè chắn sóng ...\n\n"
        "(HTTV) - Trước mùa mưa bão, Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu các xã ven biển gia cố kè chắn sóng và sơ "
        "tán người dân khỏi vùng trũng.\n",
        ["(HTTV) - Trước mùa"],
    ),
    (  # "Đồng thời, <verb> …" after a done act goes on telling it; after an order it goes on ordering
        "Trong đêm 6/10, lực lượng xung kích xã Đồng Tâm đã sơ tán 120 hộ dân ra khỏi khu vực ngập sâu.\n\n"
        "Đồng thời, vận động người dân kê cao tài sản và di chuyển gia súc lên gò cao.\n\n"
        "Chủ tịch UBND huyện yêu cầu Phòng Kinh tế thống kê thiệt hại về lúa và hoa màu.\n\n"
        "Đồng thời, báo cáo kết quả về UBND huyện trước 17 giờ hằng ngày.\n",
        ["Chủ tịch UBND huyện", "Đồng thời, báo cáo"],
    ),
    (  # a body taken in contrast right after an order: "Còn Hạt … tăng cường …"
        "Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng kiểm tra các công trình thủy lợi xung yếu.\n\n"
        "Còn Hạt Quản lý đê các huyện ven sông tăng cường tuần tra, canh giữ những đoạn đê yếu suốt mùa lũ.\n",
        ["Chủ tịch UBND tỉnh", "Còn Hạt Quản lý đê"],
    ),
    (  # an order going on to what its bodies are to tell others: not a closing formula
        "Tại Kiên Giang, Chủ tịch UBND tỉnh yêu cầu các đồn biên phòng kiểm đếm tàu cá và thông báo cho chủ tàu, "
        "thuyền trưởng biết đường đi của cơn bão để chủ động tránh trú.\n",
        ["Tại Kiên Giang, Chủ tịch"],
    ),
    (  # a dated lead that tells an order given is no meeting account; a dated account of a meeting stays none
        "Chiều 12/11, tại trụ sở UBND tỉnh, đoàn công tác của Bộ Nông nghiệp làm việc với lãnh đạo tỉnh về mùa mưa "
        "lũ.\n\n"
        "Ngày 13/11, ông Phạm Văn Long, Chủ tịch UBND tỉnh Khánh Hòa đã giao sở ngành, huyện ven biển phối hợp "
        "kiểm đếm tàu thuyền và hướng dẫn neo đậu an toàn.\n",
        ["Ngày 13/11, ông Phạm Văn Long"],
    ),
    (  # who chaired a meeting, told as news, is no order
        "Sáng 3/12, Phó Chủ tịch UBND tỉnh Trần Hữu Hòa chủ trì cuộc họp trực tuyến với các huyện về chống hạn.\n\n"
        "Phó Chủ tịch UBND tỉnh Trần Hữu Hòa chủ trì Hội nghị.\n\n"
        "Phó Chủ tịch tỉnh yêu cầu các huyện rà soát nguồn nước sinh hoạt trước ngày 10/12.\n",
        ["Phó Chủ tịch tỉnh yêu cầu"],
    ),
    (  # a meeting's agreed directions spelled out after a colon are its orders, not an account of what it did
        "Sáng 9/4, Sở Nông nghiệp tỉnh Cao Bằng họp với các huyện về phòng bệnh lở mồm long móng ở trâu bò.\n\n"
        "Kết thúc buổi họp, các thành viên đã thống nhất đề ra một số giải pháp cấp bách như: các huyện cần lập chốt "
        "kiểm dịch tại các cửa rừng, tiêu hủy ngay đàn lợn nhiễm bệnh.\n",
        ["Kết thúc buổi họp"],
    ),
    (  # bodies taken all or one by one right after an order go on with it ("Các xã … chủ động …")
        "Chủ tịch huyện Bảo Lạc yêu cầu Trạm Chăn nuôi và Thú y huyện tăng cường giám sát các lò mổ.\n\n"
        "Các xã miền núi chủ động phun khử trùng chuồng trại, báo ngay khi có lợn ốm chết bất thường.\n",
        ["Chủ tịch huyện Bảo Lạc", "Các xã miền núi"],
    ),
    (  # a sector's or a body's plan told in the future, after a time frame: "Từ 3/6, ngành X sẽ bố trí …"
        "Hội thao dân quân các tỉnh miền Trung khai mạc tại sân vận động Quảng Ngãi vào sáng mùng 5/6.\n\n"
        "Từ 3/6, ngành du lịch sẽ bố trí xe đưa đón các đoàn vận động viên từ sân bay Chu Lai.\n",
        ["Từ 3/6, ngành du lịch"],
    ),
    (  # right after an order, bodies listed under a shared head, the last after "và", then their deed; and
        # hospitals taken all together
        "Ông Lữ Văn Tài, Phó Chủ tịch thị xã Ninh Hòa, đề nghị Trạm Y tế phường phun hóa chất diệt muỗi ở khu tập luyện.\n\n"
        "Trung tâm Y tế Vạn Ninh, Bệnh viện đa khoa Diên Lâm, Cam Lâm và Bệnh viện Lao tỉnh bố trí xe cứu thương "
        "trực tại sân vận động suốt giải.\n\n"
        "Các bệnh viện tuyến huyện chuẩn bị giường lưu bệnh cho vận động viên bị chấn thương.\n",
        ["Ông Lữ Văn Tài", "Trung tâm Y tế Vạn Ninh", "Các bệnh viện tuyến huyện"],
    ),
    (  # a lead the next paragraph points back to ("Thông tin trên …") told the order itself, a deed ordered
        "(YBO) – Chủ tịch huyện Lục Yên vừa chỉ đạo nạo vét toàn bộ kênh mương nội đồng trước vụ mùa.\n\n"
        "Thông tin trên có ở Thông báo số 45/TB-UBND về kết luận buổi kiểm tra đồng ruộng ngày 3-6.\n\n"
        "Ngoài ra, Chủ tịch huyện giao Phòng Nông nghiệp hướng dẫn các xã lịch thời vụ cấy lúa.\n",
        ["(YBO) – Chủ tịch huyện", "Ngoài ra, Chủ tịch"],
    ),
]


def implicit_task_failures(head: str, rows: list[tuple[str, list[str]]]) -> list[tuple[str, list]]:
    """The rows (body, the openings of its implicit tasks p1, p2, …) whose extraction after `head` differs."""
    failures = []
    for body, openings in rows:
        tasks = extract(head + body).tasks
        got = [(task.id, task.text[: len(opening)]) for task, opening in zip(tasks, openings, strict=False)]
        want = [(f"p{i + 1}", opening) for i, opening in enumerate(openings)]
        if got != want or len(tasks) != len(openings):
            failures.append((body[:60], [(t.id, t.text[:40]) for t in tasks]))
    return failures


def test_news_order_paragraphs() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures


def test_a_texts_schedule_told_step_by_step() -> None:
    """A step of a text's schedule that opens with its day is a measure of the text, not a meeting's account, even
    with a deed done inside it ("… do CSĐT đã xét tuyển …")."""
    head = "Điều chỉnh lịch tuyển sinh\n\nThứ Bảy, 31/07/2021 - 07:20\n\n"
    rows = [
        (
            "Ngày 30/7, Bộ GDĐT có công văn gửi các trường về lịch tuyển sinh.\n\n"
            "Theo đó, Bộ GDĐT yêu cầu các trường nhận hồ sơ trước 17h ngày 26/8.\n\n"
            "Trước 17h ngày 7/9, Sở GDĐT hoàn tất cập nhật thông tin của thí sinh.\n\n"
            "Ngày 8/9, CSĐT cập nhật danh sách thí sinh nhập học do CSĐT đã xét tuyển bằng phương thức khác.\n",
            ["Theo đó, Bộ GDĐT", "Trước 17h ngày 7/9", "Ngày 8/9, CSĐT"],
        )
    ]
    failures = implicit_task_failures(head, rows)
    assert not failures, failures
