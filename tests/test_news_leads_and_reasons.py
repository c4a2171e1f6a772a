"""A news report's lead telling that a notice was issued ("Văn phòng Chính phủ vừa ra thông báo kết luận …") names no
issuer of the page (its closing formula would: "Văn phòng Tỉnh ủy thông báo để … biết"); a paragraph telling what the
notice says ("Thông báo nêu, …") orders nothing by its opening word; a word of obligation inside a clause of reason
("…, vì chúng ta vẫn phải tiếp nhận …") binds no one (issue 9, after h43). Every text is invented."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.prose_tasks import orders_in_prose

from .test_recognizers import check_table

REPORT = (
    "Phó Thủ tướng: Sẵn sàng các phương án phòng dịch\n"
    "Văn phòng Chính phủ vừa ra thông báo kết luận của Phó Thủ tướng tại cuộc họp Ban Chỉ đạo.\n"
    "Thông báo nêu, nguy cơ dịch bùng phát trở lại rất cao vì các tỉnh vẫn phải tiếp nhận chuyên gia nước ngoài.\n"
    "Vì vậy, Phó Thủ tướng yêu cầu các bộ, ngành tiếp tục thực hiện nghiêm phương châm ngăn chặn, khoanh vùng.\n"
    "Bộ Y tế rà soát các cơ sở điều trị, bảo đảm đủ vật tư, trang thiết bị cho các tình huống dịch bệnh.\n"
)
# (paragraph, whether it orders in prose, read with no order before it)
# fmt: off
PARAGRAPHS = [
    ("Thông báo nêu, nguy cơ dịch bùng phát trở lại rất cao vì các tỉnh vẫn phải tiếp nhận chuyên gia nước ngoài.",
     False),
    ("Nguy cơ dịch bùng phát trở lại rất cao, bởi vì các tỉnh vẫn phải tiếp nhận chuyên gia nước ngoài.", False),
    # a consequence binds: "vì vậy" is no clause of reason
    ("Vì vậy, các địa phương phải tiếp tục kiên trì thực hiện phương châm ngăn chặn dịch bệnh.", True),
    ("Các địa phương cần rà soát danh sách người về từ vùng dịch, vì nguy cơ lây lan còn cao.", True),
]
# fmt: on


def test_a_lead_telling_a_notice_issued_names_no_issuer_and_the_report_is_read_as_news() -> None:
    notice = extract(REPORT)
    assert notice.header.issuer is None
    assert [t.text.split(",")[0] for t in notice.tasks] == ["Vì vậy", "Bộ Y tế rà soát các cơ sở điều trị"]


def test_an_obligation_in_a_clause_of_reason_binds_no_one() -> None:
    check_table(PARAGRAPHS, lambda text: orders_in_prose(text, after_order=False))


def test_an_official_named_again_by_his_honorific_alone_gives_the_order() -> None:
    report = (
        "Tỉnh chuẩn bị năm học mới\n"
        "Sáng 20/8/2024, Chủ tịch UBND tỉnh Quảng Ngãi Nguyễn Văn Hải làm việc về công tác chuẩn bị năm học.\n"
        "Cũng tại cuộc họp, ông yêu cầu ngành giáo dục rà soát đội ngũ giáo viên, báo cáo trước ngày 30/8.\n"
    )
    tasks = extract(report).tasks
    assert [([(a.name, a.role) for a in t.agencies], [d.value for d in t.deadlines]) for t in tasks] == [
        ([("Sở Giáo dục và Đào tạo", "lead")], ["2024-08-30"])
    ]
