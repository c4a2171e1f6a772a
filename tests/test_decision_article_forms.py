"""A decision's articles that state content are no tasks; the articles that assign are (ANNOTATING.md, settled 1).
Forms: a permit issued as a decision, whose "Điều 1. Cho phép …:" lists the permit's content (purpose, place,
volume, term) while "Điều 2. Yêu cầu X:" / "Các yêu cầu đối với X" lists the holder's obligations; an article whose
lead-in ends "… nhằm:" lists purposes; the execution formula "… căn cứ Quyết định thi hành./.". Each case is
made up for the test (none is a corpus sentence). Every failing row is collected, then the test fails once."""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

PERMIT = (
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 77/GP-UBND\nPhú Yên, ngày 12 tháng 3 năm 2024\n\nGIẤY PHÉP\n"
    "XẢ NƯỚC THẢI VÀO NGUỒN NƯỚC\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tài nguyên nước;\n\n"
    "QUYẾT ĐỊNH:\n\n{body}\n\nNơi nhận:\n- Như Điều {last};\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
    "Nguyễn Văn Tâm\n"
)
CONTENT = (
    "Điều 1. {grant} Công ty cổ phần Thủy sản Sông Cầu được xả nước thải vào nguồn nước với các nội dung sau:\n"
    "1. Nguồn nước tiếp nhận nước thải: suối Cái.\n"
    "2. Vị trí nơi xả nước thải: xã Xuân Phương, thị xã Sông Cầu.\n"
    "3. Lưu lượng xả nước thải lớn nhất: 200 m3/ngày đêm.\n"
    "4. Thời hạn của giấy phép: 05 năm.\n\n"
)
DUTIES = (
    "1. Thực hiện vận hành hệ thống xử lý nước thải theo đúng quy trình.\n"
    "2. Báo cáo kết quả quan trắc về Sở Nông nghiệp và Môi trường trước ngày 15/12 hằng năm.\n\n"
)
EXECUTE = "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường {formula}./."
DECISION = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 901/QĐ-TTg\nHà Nội, ngày 02 tháng 8 năm 2024\n\nQUYẾT ĐỊNH\n"
    "Về Ngày Sách và Văn hóa đọc\n\nQUYẾT ĐỊNH:\n\n{body}\n\nNơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n\n"
    "THỦ TƯỚNG\n\nLê Văn Minh\n"
)


def top_ids(text: str) -> list[str]:
    return [task.id for task in extract(text).tasks]


# (text, top-level task ids)
# fmt: off
ARTICLES = [
    # a permit: its content is no task, the holder's obligations and the order to a body are
    (PERMIT.format(last=4, body=CONTENT.format(grant="Cho phép") + "Điều 2. Yêu cầu Công ty cổ phần Thủy sản Sông Cầu:\n"
                   + DUTIES + "Điều 3. Giao Sở Nông nghiệp và Môi trường kiểm tra việc xả nước thải.\n\n"
                   + EXECUTE.format(formula="chịu trách nhiệm thi hành Quyết định này")),
     ["Điều 2.1", "Điều 2.2", "Điều 3", "Điều 4"]),
    # "Cấp phép cho …", obligations under "Các yêu cầu cụ thể đối với …", and "… căn cứ Quyết định thi hành"
    (PERMIT.format(last=4, body=CONTENT.format(grant="Cấp phép cho").replace(" được xả", " xả")
                   + "Điều 2. Các yêu cầu cụ thể đối với Công ty cổ phần Thủy sản Sông Cầu:\n" + DUTIES
                   + "Điều 3. Giấy phép này có hiệu lực kể từ ngày ký.\n\n"
                   + EXECUTE.format(formula="căn cứ Quyết định thi hành")),
     ["Điều 2.1", "Điều 2.2", "Điều 4"]),
    # a plan's own requirements with no one named stay context: "Điều 2. Yêu cầu:" and "Mục đích, yêu cầu"
    (PERMIT.format(last=3, body="Điều 1. Mục đích, yêu cầu\n1. Bảo đảm an toàn nguồn nước.\n2. Tiết kiệm chi phí.\n\n"
                   "Điều 2. Giao Sở Xây dựng:\n" + DUTIES
                   + EXECUTE.format(formula="chịu trách nhiệm thi hành Quyết định này").replace("Điều 4", "Điều 3")),
     ["Điều 2.1", "Điều 2.2", "Điều 3"]),
    # an article whose clauses are purposes ("… nhằm:") is none; the one that assigns is
    (DECISION.format(body="Điều 1. Lấy ngày 21 tháng 4 hằng năm là Ngày Sách và Văn hóa đọc.\n\n"
                          "Điều 2. Ngày Sách và Văn hóa đọc được tổ chức hằng năm nhằm:\n"
                          "1. Khuyến khích phong trào đọc sách trong cộng đồng.\n"
                          "2. Tôn vinh giá trị của sách.\n\n"
                          "Điều 3. Tổ chức thực hiện\n"
                          "1. Bộ Văn hóa, Thể thao và Du lịch chủ trì tổ chức các hoạt động hằng năm.\n"
                          "2. Ủy ban nhân dân các tỉnh bố trí kinh phí tổ chức.\n\n"
                          "Điều 4. Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành "
                          "Quyết định này./."),
     ["Điều 3.1", "Điều 3.2", "Điều 4"]),
]
# fmt: on


def test_a_decisions_content_and_purpose_articles_are_no_tasks_its_assigning_articles_are() -> None:
    check_table(ARTICLES, top_ids)


# OCR prints the full stop of an article's (or a roman section's) first clause as a comma: "1, Các sở …" opens
# the clause list as "1." would. (text, top-level task ids)
# fmt: off
COMMA_FIRST_CLAUSE = [
    (DECISION.format(body="Điều 1. Lấy ngày 21 tháng 4 hằng năm là Ngày Sách và Văn hóa đọc.\n\n"
                          "Điều 2. Tổ chức thực hiện\n\n"
                          "1, Bộ Văn hóa, Thể thao và Du lịch chủ trì tổ chức các hoạt động hằng năm.\n\n"
                          "2. Ủy ban nhân dân các tỉnh bố trí kinh phí tổ chức.\n\n"
                          "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
                          "Điều 4. Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành "
                          "Quyết định này./."),
     ["Điều 2.1", "Điều 2.2", "Điều 4"]),
]
# fmt: on


def test_a_comma_for_the_full_stop_of_an_articles_first_clause() -> None:
    check_table(COMMA_FIRST_CLAUSE, top_ids)


# A permit's in-force article that goes on to bind the holder ("Chậm nhất … thì phải làm thủ tục gia hạn") is a
# task; the in-force clause alone, or with a repeal, is none. (text, top-level task ids)
RENEWAL = (
    "Điều 3. Giấy phép này có hiệu lực kể từ ngày ký. Chậm nhất 60 ngày trước khi Giấy phép hết hạn, nếu Công ty "
    "cổ phần Thủy sản Sông Cầu còn tiếp tục xả nước thải thì phải làm thủ tục gia hạn theo quy định.\n\n"
)
# fmt: off
IN_FORCE_WITH_DUTY = [
    (PERMIT.format(last=4, body=CONTENT.format(grant="Cho phép") + "Điều 2. Yêu cầu Công ty cổ phần Thủy sản Sông Cầu:\n"
                   + DUTIES + RENEWAL + EXECUTE.format(formula="chịu trách nhiệm thi hành Quyết định này")),
     ["Điều 2.1", "Điều 2.2", "Điều 3", "Điều 4"]),
    (PERMIT.format(last=4, body=CONTENT.format(grant="Cho phép") + "Điều 2. Yêu cầu Công ty cổ phần Thủy sản Sông Cầu:\n"
                   + DUTIES + "Điều 3. Giấy phép này có hiệu lực kể từ ngày ký. Giấy phép số 12/GP-UBND hết hiệu "
                   "lực.\n\n" + EXECUTE.format(formula="chịu trách nhiệm thi hành Quyết định này")),
     ["Điều 2.1", "Điều 2.2", "Điều 4"]),
]
# fmt: on


def test_an_in_force_article_that_binds_the_holder_is_a_task() -> None:
    check_table(IN_FORCE_WITH_DUTY, top_ids)


def test_an_in_force_article_among_the_orders_stays_in_their_part() -> None:
    """ "Điều 3" assigns, "Điều 4" says when the decision takes effect, "Điều 5" names who executes it: one tasks
    part."""
    among = (
        "Điều 1. {grant} Công ty cổ phần Thủy sản Sông Cầu được xả nước thải vào nguồn nước.\n"
        "Điều 2. Công ty có trách nhiệm:\n" + DUTIES + "Điều 3. Sở Nông nghiệp và Môi trường có trách nhiệm kiểm tra "
        "việc thực hiện giấy phép.\n\nĐiều 4. Giấy phép này có hiệu lực kể từ ngày ký.\n\n"
        + EXECUTE.replace("Điều 4", "Điều 5").format(formula="chịu trách nhiệm thi hành Quyết định này")
    )
    rows = [
        (among.format(grant="Cho phép"), "5", ["tasks"]),
    ]

    def kinds(body_last: tuple[str, str]) -> list[str]:
        body, last = body_last
        source = PERMIT.format(body=body, last=last)
        notice = extract(source)
        body_start = source.index("Điều 1.")
        tail_start = source.index("Nơi nhận")
        return [s.kind for s in notice.sections if body_start <= s.span[0] < tail_start]

    check_table([((body, last), expected) for body, last, expected in rows], kinds)
    # the in-force article is no task either way; the orders around it are
    among_notice = extract(PERMIT.format(body=among.format(grant="Cho phép"), last="5"))
    assert [t.id for t in among_notice.tasks] == ["Điều 2.1", "Điều 2.2", "Điều 3", "Điều 5"]
