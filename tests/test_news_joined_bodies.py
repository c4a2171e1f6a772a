"""News reports whose body a crawler joined into one line (ANNOTATING, news convention): the line is cut where the
page's paragraphs began, at a sentence opening the report's own account ("Trước đó, …", "Ghi nhận của PV, …") or
a new giver ("Ông A, Phó Chủ tịch huyện B, đã giao …"), and a paragraph opening the account tells no order unless
it recalls one.
A paragraph of ordinary length is the page's own and stays whole. Every report below is made up for the test."""

from __future__ import annotations

from directive_extract import extract

from .test_news_order_paragraphs import HEAD, implicit_task_failures

_FILLER = (
    " Theo tìm hiểu của phóng viên, khu chợ tạm được dựng từ mùa xuân năm ngoái trên nền một bãi đất trống ven sông,"
    " mỗi buổi sáng có hàng trăm tiểu thương bày bán rau củ, thịt cá và đồ khô, còn buổi chiều lại thành bãi gửi xe"
    " của người đi làm ở khu công nghiệp bên kia cầu."
)
_JOINED = (
    "Sở Công Thương vừa gửi UBND huyện Hòa Lạc văn bản về việc quản lý khu chợ tạm ven sông Cầu Đen. Sở đề nghị"
    " UBND huyện Hòa Lạc chỉ đạo phòng chuyên môn kiểm tra việc dùng đất làm chợ tạm, đánh giá nguy cơ cháy nổ để"
    " xác định lỗi của ban quản lý chợ cho đúng luật. Trước đó, Sở Công Thương đã nhận được đơn phản ánh của"
    " nhiều hộ dân sống quanh khu chợ tạm về tình trạng lấn chiếm hành lang bờ sông và xả rác xuống lòng sông."
    " Ông Đỗ Minh Khang, Phó Chủ tịch thường trực huyện Hòa Lạc, đã giao Phòng Kinh tế chủ trì, cùng Công an huyện,"
    " UBND xã Hòa Bình kiểm tra khu chợ tạm, xử lý vi phạm theo thẩm quyền, báo cáo UBND huyện trong tháng tới."
    " Ghi nhận của PV, sáng nay khu chợ tạm vẫn họp đông người, nhiều xe tải đỗ sát mép bờ kè để bốc dỡ hàng."
    + _FILLER
    * 4
)
_SHORT = (
    "Sở Công Thương vừa đề nghị UBND huyện Hòa Lạc kiểm tra khu chợ tạm ven sông Cầu Đen. Ông Đỗ Minh"
    " Khang, Phó Chủ tịch thường trực huyện Hòa Lạc, đã giao Phòng Kinh tế chủ trì kiểm tra khu chợ tạm trong tuần tới.\n"
)

ROWS = [
    (  # a joined body: cut before the account's "Trước đó, …", the new giver and "Ghi nhận của PV, …"
        _JOINED + "\n",
        ["Sở Công Thương vừa gửi", "Ông Đỗ Minh Khang"],
    ),
    (  # a paragraph of ordinary length is the page's own: the second giver's order stays in it
        _SHORT,
        ["Sở Công Thương vừa đề nghị"],
    ),
    (  # a paragraph opening the account tells what came before, no order
        "Trước đó, UBND tỉnh đã nhận được nhiều phản ánh về chợ tạm trên hành lang bờ sông.\n\n"
        "Chủ tịch UBND huyện Hòa Lạc yêu cầu Phòng Kinh tế dời khu chợ tạm khỏi bờ kè trong tháng này.\n",
        ["Chủ tịch UBND huyện Hòa Lạc"],
    ),
    (  # unless it recalls an order given before, which still stands (ANNOTATING, news reports 1)
        "Trước đó, UBND tỉnh đã yêu cầu các huyện rà soát toàn bộ chợ tạm trên hành lang bờ sông.\n\n"
        "Chủ tịch UBND huyện Hòa Lạc yêu cầu Phòng Kinh tế dời khu chợ tạm khỏi bờ kè trong tháng này.\n",
        ["Trước đó, UBND tỉnh", "Chủ tịch UBND huyện Hòa Lạc"],
    ),
]


def test_news_joined_bodies() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures


def test_joined_body_task_ends_at_its_sentence() -> None:
    tasks = extract(HEAD + _JOINED + "\n").tasks
    assert tasks[0].text.endswith("ban quản lý chợ cho đúng luật.")
    assert tasks[1].text.endswith("báo cáo UBND huyện trong tháng tới.")


# a joined body of a leader's letter: each new order opens a paragraph, after an order already told ("… . Giao Bộ
# X …", "… . Bộ trưởng đề nghị …", "… . UBND các tỉnh: A, B chỉ đạo …"); a "* " news brief after them is its own
_SITUATION = (
    " Mùa mưa năm nay đến sớm, nhiều đoạn đèo ở các huyện vùng cao bị sạt taluy, xe khách phải chờ hàng giờ để qua"
    " những cây cầu treo đã xuống cấp qua bao mùa lũ, có nơi mặt cầu chỉ còn lát tạm bằng ván gỗ và dây"
    " cáp neo hai đầu đã gỉ sét."
)
_ORDERS_LEAD = "(TTV) - Bộ Xây dựng vừa có văn bản gửi sáu tỉnh vùng cao về những cây cầu treo yếu.\n\n"
_ORDERS_JOINED = (
    "Theo đó, Bộ trưởng đề nghị Cục Đường bộ rà soát toàn bộ cầu yếu trên các quốc lộ miền núi, cắm biển hạn chế"
    " tải trọng tại đầu cầu trước mùa mưa lũ." + _SITUATION + " Giao Bộ Tài chính bố trí kinh phí sửa chữa khẩn cấp"
    " các cầu yếu, hướng dẫn các tỉnh thanh quyết toán." + _SITUATION + " Bộ trưởng đề nghị Sở Xây dựng"
    " các tỉnh miền núi phía Bắc tổ chức phân luồng xe tải nặng qua các cầu yếu."
    + _SITUATION
    + " UBND các tỉnh: Cao Bằng,"
    " Bắc Kạn, Hà Giang chỉ đạo lực lượng chức năng khẩn trương kiểm tra tải trọng xe, báo cáo Bộ Xây dựng trước ngày 15/9."
    " * Sáng 10-9, Thứ trưởng Bộ Xây dựng Lê Minh Tuấn chủ trì họp trực tuyến với sáu tỉnh về các cầu yếu." + _SITUATION
)


def test_a_joined_body_opens_a_paragraph_at_each_new_order() -> None:
    openings = ["Theo đó, Bộ trưởng", "Giao Bộ Tài chính", "Bộ trưởng đề nghị Sở", "UBND các tỉnh: Cao"]
    failures = implicit_task_failures(HEAD, [(_ORDERS_LEAD + _ORDERS_JOINED + "\n", openings)])
    assert not failures, failures
    last = extract(HEAD + _ORDERS_LEAD + _ORDERS_JOINED + "\n").tasks[3]
    assert last.text.endswith("trước ngày 15/9."), last.text[-60:]


# a body a crawler joined with the spaces its paragraphs ended with: a stop, then two spaces, marks where a printed
# paragraph began (the sentences of one paragraph follow each other after one space); once in a body proves nothing
_SPACED_LEAD = "(TTV) - UBND tỉnh vừa có văn bản đôn đốc giải phóng mặt bằng các dự án giao thông.\n\n"
_SPACED_BODY = (
    "Chủ tịch UBND tỉnh chỉ đạo các sở, ngành khẩn trương hoàn thành hồ sơ giải phóng mặt bằng các dự án giao thông."
    + _SITUATION * 3
    + "  Với các dự án chậm tiến độ, Sở Xây dựng phải báo cáo, giải trình và đề xuất giải pháp khắc phục trước ngày 20/12."
    + _SITUATION * 3
    + "  Chủ tịch UBND tỉnh giao UBND huyện Hòa Lạc bàn giao mặt bằng tuyến tránh trong quý I năm 2026."
    + _SITUATION
)


def test_a_body_joined_with_two_spaces_opens_a_paragraph_at_each() -> None:
    openings = ["Chủ tịch UBND tỉnh chỉ đạo", "Với các dự án chậm", "Chủ tịch UBND tỉnh giao"]
    failures = implicit_task_failures(HEAD, [(_SPACED_LEAD + _SPACED_BODY + "\n", openings)])
    assert not failures, failures


def test_two_spaces_once_in_a_body_cut_nothing() -> None:
    once = _SPACED_BODY.replace("  Chủ tịch UBND tỉnh giao", " Chủ tịch UBND tỉnh giao")
    tasks = extract(HEAD + _SPACED_LEAD + once + "\n").tasks
    assert not any(t.text.startswith("Với các dự án") for t in tasks), [t.text[:40] for t in tasks]


_COMMA_JOINED = (
    "Bộ Xây dựng yêu cầu rà soát nhà cũ\n\n"
    " , Sáng 22/9 đã xảy ra vụ sập một biệt thự cũ trên phố Hàng Bài, làm 2 người bị thương."
    " , Bộ Xây dựng vừa có văn bản gửi UBND thành phố Hà Nội về việc giải quyết sự cố."
    " , Theo đó, Bộ Xây dựng đề nghị UBND thành phố Hà Nội tổ chức giám định nguyên nhân sự cố."
    " , Khẩn trương hỗ trợ các gia đình bị ảnh hưởng, bố trí chỗ ở tạm cho các hộ dân."
    " , Bộ cũng đề nghị các tỉnh rà soát các công trình hết niên hạn sử dụng, báo cáo trước ngày 30/10/2015."
    " , Theo thống kê, cả nước có hàng nghìn biệt thự được xây dựng trước năm 1954, phần lớn đã xuống cấp."
    + _FILLER * 4
    + "\n"
)


def test_paragraphs_a_crawler_joined_with_commas_are_cut_there() -> None:
    tasks = extract(_COMMA_JOINED).tasks
    assert [(t.text[:20], [(a.name, a.role) for a in t.agencies]) for t in tasks] == [
        ("Theo đó, Bộ Xây dựng", [("Ủy ban nhân dân thành phố Hà Nội", "lead")]),
        # no subject, no lead-in with a colon: it inherits no body, though the crawler's line holds the others
        ("Khẩn trương hỗ trợ c", []),
        ("Bộ cũng đề nghị các ", [("Ủy ban nhân dân cấp tỉnh", "lead")]),
    ]
    for task in tasks:  # a task's text ends at its own stop, the crawler's ", " left out
        assert task.text.endswith(".")
