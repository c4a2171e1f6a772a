"""A news page's sapo printed as the body's first paragraph, no source tag before it, then the dated lead ("Sáng
12/9, …"): when the body after the lead prints nearly every word of the order the sapo tells, in its own
sentences, the sapo is the summary and no task (ANNOTATING, news rule 2); the order is the body's paragraph. A
first paragraph that is itself dated is the lead, and an order it tells stays a task. Invented reports."""

from __future__ import annotations

from directive_extract import extract

TITLE = "Chủ tịch tỉnh: 'Phải thông xe cầu Bến Đình trước Tết'\n\n"
SAPO = (
    "Chủ tịch Nguyễn Văn Hòa chỉ đạo nhà thầu phải tăng ca, hoàn thành cầu Bến Đình và đường dẫn để thông xe "
    "trước Tết.\n\n"
)
BODY = (
    "Sáng 12/9, ông Nguyễn Văn Hòa, Chủ tịch UBND tỉnh Bình Thuận, đã kiểm tra tiến độ cầu Bến Đình và đường "
    "dẫn.\n\n"
    "Ông Hòa yêu cầu nhà thầu tăng ca, huy động thêm máy móc để hoàn thành cầu trước Tết, bảo đảm thông xe "
    "đúng hẹn.\n\n"
    "Chủ tịch tỉnh giao Sở Giao thông vận tải kiểm tra chất lượng đường dẫn, báo cáo trước ngày 30/11/2025.\n"
)


def test_an_undated_summary_over_the_dated_lead_is_no_task() -> None:
    tasks = extract(TITLE + SAPO + BODY).tasks
    assert [t.text[:16] for t in tasks] == ["Ông Hòa yêu cầu ", "Chủ tịch tỉnh gi"]
    assert [(a.name, a.role) for a in tasks[1].agencies] == [("Sở Giao thông vận tải", "lead")]


def test_a_damaged_giver_still_reads_as_the_summary() -> None:
    # the crawler lost the sapo's first letter: its giver is no name the reader knows, its verb still orders
    damaged = SAPO.replace("Chủ tịch Nguyễn", "hủ tịch Nguyễn")
    tasks = extract(TITLE + damaged + BODY).tasks
    assert [t.text[:16] for t in tasks] == ["Ông Hòa yêu cầu ", "Chủ tịch tỉnh gi"]


def test_a_summary_whose_order_the_body_does_not_tell_stays_a_task() -> None:
    other = "Chủ tịch Nguyễn Văn Hòa chỉ đạo Sở Tài chính bố trí vốn sửa chữa trụ sở các xã vùng cao ngay.\n\n"
    tasks = extract(TITLE + other + BODY).tasks
    assert [t.text[:16] for t in tasks] == ["Chủ tịch Nguyễn ", "Ông Hòa yêu cầu ", "Chủ tịch tỉnh gi"]


def test_a_dated_first_paragraph_is_the_lead_and_its_order_a_task() -> None:
    # the body prints nearly every word of the first paragraph's order; undated it is the summary, dated the lead
    lead = "Chủ tịch UBND tỉnh Bình Thuận đã yêu cầu Sở Xây dựng rà soát hồ sơ cầu Bến Đình, đường dẫn trước Tết.\n\n"
    body = BODY.replace(
        "giao Sở Giao thông vận tải kiểm tra chất lượng đường dẫn", "giao Sở Xây dựng rà soát hồ sơ thiết kế"
    )
    assert extract(TITLE + lead + body).tasks[0].text[:16] == "Ông Hòa yêu cầu "
    tasks = extract(TITLE + "Sáng 11/9, " + lead + body).tasks
    assert [t.text[:16] for t in tasks] == ["Sáng 11/9, Chủ t", "Ông Hòa yêu cầu ", "Chủ tịch tỉnh gi"]
