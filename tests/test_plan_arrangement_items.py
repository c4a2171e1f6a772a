"""The items of a plan's content part that state its event's arrangements — who takes part, when, where, in what
form, with what funds ("2. Đối tượng tham gia:", "4. Thời gian tổ chức hội thảo: Dự kiến …", "6. Kinh phí: …") — are
no tasks when they order nothing; one whose text orders ("3. Hình thức: - Lập trang thông tin …", "4. Thời gian: Các
đơn vị gửi …") stays a task, and so do the items under a part whose title is itself a deed ("II. Lập dự toán …")
(ANNOTATING.md: a part that only states who/what/when/where/how much is no task). Each plan is made up for the test.
Every failing row is collected, then the test fails once."""

from __future__ import annotations

from .test_decision_article_forms import top_ids
from .test_recognizers import check_table

PLAN = (
    "UBND TỈNH KHÁNH HÒA\nSỞ VĂN HÓA VÀ THỂ THAO\nSố: 77/KH-SVHTT\nKhánh Hòa, ngày 02 tháng 10 năm 2026\n\nKẾ HOẠCH\n"
    "Tổ chức hội thảo về gìn giữ nghề làm gốm ven sông Cái\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n- Gợi mở hướng đi cho những người thợ gốm trẻ.\n\n"
    "{content}"
    "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Quản lý di sản\n- Mời các nghệ nhân gốm viết tham luận.\n"
    "2. Trung tâm Văn hóa tỉnh\n- Chuẩn bị âm thanh, ánh sáng cho hội thảo.\n\n"
    "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Thị Hòa\n"
)
ARRANGED = (
    "II. NỘI DUNG\n1. Chủ đề: “Bàn xoay bên sông Cái và sinh kế của thợ gốm”.\n"
    "2. Đối tượng tham gia:\n- Nghệ nhân, thợ gốm của các làng nghề trong tỉnh.\n- Sinh viên ngành mỹ thuật ứng dụng.\n"
    "3. Hình thức:\n- Lập trang thông tin riêng để nhận tham luận trực tuyến.\n"
    "4. Thời gian tổ chức hội thảo: {when}\n"
    "5. Địa điểm: Nhà triển lãm gốm phía bắc cầu Hà Ra.\n"
    "6. Kinh phí: Trích từ quỹ bảo tồn làng nghề gốm năm 2026.\n\n"
)
ESTIMATE = (
    "II. Lập dự toán năm 2027\n1. Kinh phí trưng bày gốm cổ:\nTính theo số hiện vật được mượn từ các nhà sưu tầm.\n"
    "2. Kinh phí in kỷ yếu hội thảo:\nTính theo số trang và số bản in dự kiến.\n\n"
)

# (text, top-level task ids)
# fmt: off
ITEMS = [
    # who, when, where, with what funds: no task; the form that builds a page is one
    (PLAN.format(content=ARRANGED.format(when="Dự kiến trong tuần đầu tháng 12.")), ["II.3", "III.1", "III.2"]),
    # the time item that orders bodies to send their papers is a task
    (PLAN.format(content=ARRANGED.format(when="Các đơn vị gửi bài tham luận về Sở trước ngày 20/11.")),
     ["II.3", "II.4", "III.1", "III.2"]),
    # a label with no colon titles a stretch of the work, not a field: it stays a task
    (PLAN.format(content=ARRANGED.replace("4. Thời gian tổ chức hội thảo: {when}", "4. Thời gian tổ chức hội thảo\n{when}")
                 .format(when="- Dự kiến trong tuần đầu tháng 12.")), ["II.3", "II.4", "III.1", "III.2"]),
    # a part titled by its own deed ("Lập dự toán"): its items are what it estimates, tasks
    (PLAN.format(content=ESTIMATE), ["II.1", "II.2", "III.1", "III.2"]),
]
# fmt: on


def test_a_plans_arrangement_items_are_no_tasks_unless_they_order() -> None:
    check_table(ITEMS, top_ids)
