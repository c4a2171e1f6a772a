"""A regulation's articles that state its rules are no tasks; its articles of duties and execution are
(ANNOTATING.md, settled 1 and "Tasks of resolutions, decisions …" 2). Forms: a decree or a decision issuing a
rule, whose articles are titled by what they state — scope, subjects, terms, conditions, principles, lists,
mechanisms, sources of capital, areas, quotas ("Điều 3. Điều kiện được hỗ trợ") — a clause of which is a task
only where it orders; an article titled by a body's duties ("Điều 9. Trách nhiệm của Sở Tài chính") whatever
verb its text opens with; an effective-date article whose one paragraph goes on to name who carries the text out
("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Các Ông/Bà … chịu trách nhiệm thi hành …"). Each case is
made up for the test (none is a corpus sentence). Every failing row is collected, then the test fails once."""

from __future__ import annotations

from .test_decision_article_forms import top_ids
from .test_recognizers import check_table

DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 21/2025/QĐ-UBND\nYên Bái, ngày 14 tháng 4 năm 2025\n\nQUYẾT ĐỊNH\n"
    "Quy định hỗ trợ phát triển sản xuất chè trên địa bàn tỉnh\n\nỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n{body}\n\nNơi nhận:\n- Như Điều {last};\n"
    "- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Hòa\n"
)
SCOPE = "Điều 1. Phạm vi điều chỉnh\nQuyết định này quy định mức hỗ trợ trồng mới chè trên địa bàn tỉnh.\n\n"
CONDITIONS = (
    "Điều 2. Điều kiện được hỗ trợ\n"
    "1. Diện tích trồng mới tập trung từ 0,5 ha trở lên.\n"
    "2. Giống chè trồng mới là giống được công nhận.\n"
    "3. Mật độ trồng tối thiểu 15.000 cây/ha.\n\n"
)
EXECUTION = (
    "Điều 4. Tổ chức thực hiện\n"
    "1. Sở Nông nghiệp và Môi trường chủ trì hướng dẫn thực hiện Quyết định này.\n"
    "2. Ủy ban nhân dân cấp huyện có trách nhiệm kiểm tra, nghiệm thu diện tích trồng mới.\n\n"
)


# (text, top-level task ids)
# fmt: off
ARTICLES = [
    # conditions, principles, a list, a mechanism with phrases that qualify it: none orders; the execution does
    (DECISION.format(last=4, body=SCOPE + CONDITIONS
                     + "Điều 3. Nguyên tắc hỗ trợ\n1. Hỗ trợ một lần sau khi nghiệm thu.\n"
                       "2. Mỗi hộ được hỗ trợ tối đa 02 ha.\n\n" + EXECUTION),
     ["Điều 4.1", "Điều 4.2"]),
    (DECISION.format(last=4, body=SCOPE
                     + "Điều 2. Danh mục giống chè được hỗ trợ\n1. Giống chè Shan.\n2. Giống chè LDP1.\n\n"
                     + "Điều 3. Cơ chế, chính sách hỗ trợ vốn vay và các khoản phí khác của hộ trồng chè\n"
                       "1. Hộ trồng chè được vay vốn ưu đãi tối đa 100 triệu đồng.\n"
                       "2. Lãi suất vay bằng lãi suất cho vay hộ nghèo.\n\n" + EXECUTION),
     ["Điều 4.1", "Điều 4.2"]),
    (DECISION.format(last=4, body=SCOPE
                     + "Điều 2. Hạn mức giao đất ở tại nông thôn\n1. Xã vùng thấp: không quá 300 m2.\n"
                       "2. Xã vùng cao: không quá 400 m2.\n\n"
                     + "Điều 3. Nguồn vốn thực hiện\n1. Ngân sách tỉnh.\n2. Vốn lồng ghép các chương trình.\n\n"
                     + EXECUTION),
     ["Điều 4.1", "Điều 4.2"]),
    # a credit programme's terms: its method, amount, term and interest rate state rules, no one is ordered
    (DECISION.format(last=5, body=SCOPE
                     + "Điều 2. Phương thức cho vay\n1. Cho vay thông qua hộ gia đình.\n"
                       "2. Cho vay trực tiếp đối với sinh viên đã đủ 18 tuổi.\n\n"
                     + "Điều 3. Thời hạn cho vay\n1. Thời hạn cho vay tối đa 36 tháng.\n"
                       "2. Kỳ hạn trả nợ do ngân hàng và người vay thỏa thuận.\n\n"
                     + "Điều 4. Lãi suất cho vay\n1. Lãi suất cho vay 1,2%/năm.\n"
                       "2. Lãi suất nợ quá hạn bằng 130% lãi suất cho vay.\n\n"
                     + EXECUTION.replace("Điều 4", "Điều 5")),
     ["Điều 5.1", "Điều 5.2"]),
    # a content article's clause that orders a body stays a task
    (DECISION.format(last=4, body=SCOPE
                     + "Điều 2. Điều kiện được hỗ trợ\n1. Diện tích trồng mới từ 0,5 ha trở lên.\n"
                       "2. Ủy ban nhân dân cấp xã có trách nhiệm xác nhận diện tích trồng mới.\n\n"
                     + EXECUTION.replace("Điều 4", "Điều 3")),
     ["Điều 2.2", "Điều 3.1", "Điều 3.2"]),
    # a title naming a content field and duties names tasks
    (DECISION.format(last=3, body=SCOPE
                     + "Điều 2. Thành phần và nhiệm vụ của Tổ công tác\n1. Tổ trưởng: Phó Giám đốc Sở Tài chính.\n"
                       "2. Tổ công tác kiểm tra hồ sơ hỗ trợ.\n\n"
                     + "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./."),
     ["Điều 2.1", "Điều 2.2", "Điều 3"]),
    # an article of a body's duties with no clauses, whatever verb it opens with
    (DECISION.format(last=3, body=SCOPE
                     + "Điều 2. Trách nhiệm của Ủy ban nhân dân các huyện Văn Chấn, Trấn Yên\n"
                       "Ủy ban nhân dân các huyện Văn Chấn, Trấn Yên xem xét bố trí quỹ đất trồng chè tập trung.\n\n"
                     + "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./."),
     ["Điều 2", "Điều 3"]),
    # the effective date and who carries the text out in one paragraph
    (DECISION.format(last=2, body="Điều 1. Phê duyệt mức thu học phí năm học 2025-2026 tại Phụ lục kèm theo.\n\n"
                     "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các Ông/Bà Trưởng phòng Đào tạo, Kế hoạch "
                     "- Tài chính,\nTrưởng các khoa và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định "
                     "này./."),
     ["Điều 2"]),
    # an effective-date article that only replaces an older text is no task
    (DECISION.format(last=2, body="Điều 1. Phê duyệt mức thu học phí năm học 2025-2026 tại Phụ lục kèm theo.\n\n"
                     "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Quyết định này thay thế Quyết định số "
                     "12/QĐ-ĐHNL ngày 02/3/2024./."),
     []),
]
# fmt: on


def test_a_regulations_rule_articles_are_no_tasks_its_duty_and_execution_articles_are() -> None:
    check_table(ARTICLES, top_ids)
