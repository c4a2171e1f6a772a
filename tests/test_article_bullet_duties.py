"""A decision's duty article whose duties are unnumbered bullets (corpus/ANNOTATING.md, settled 1: articles are
containers; unmarked bullets are numbered 1, 2, 3 under their parent): "Điều 2. Tổ chức thực hiện." over "- Giao Sở
A: …", "- Sở B chủ trì …" gives the top-level tasks `Điều 2.1`, `Điều 2.2` …; a bullet that only permits or states
(no order) is no task and keeps its number; a bullet that names a company or body over "+" sub-items holds them as
subtasks. An article that orders in its own words ("Điều 2. Giao Sở A thực hiện các nội dung sau:") stays the task,
its bullets the subtasks. Every document is made up for the test (none is a corpus sentence); each row gives the
tasks as ids, subtasks indented by "  ". Every failing row is collected, then the test fails once."""

from __future__ import annotations

from directive_extract import extract

from .test_task_kinds_unseen import DECIDES, PROVINCE, doc

CLOSE = (
    "Điều 3. Quyết định này có hiệu lực từ ngày ký.\nChánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ và các đơn vị "
    "được giao nhiệm vụ tại Điều 2 chịu trách nhiệm thi hành Quyết định này./."
)
APPROVES = "Điều 1. Phê duyệt Đề án sắp xếp mạng lưới chợ dân sinh đến năm 2030 (có Đề án chi tiết kèm theo).\n"


def ids(text: str) -> list[str]:
    out: list[str] = []

    def walk(tasks, depth: int) -> None:
        for task in tasks:
            out.append("  " * depth + task.id)
            walk(task.subtasks, depth + 1)

    walk(extract(text).tasks, 0)
    return out


def decision(article_two: str) -> str:
    return doc(
        PROVINCE,
        "215/QĐ-UBND",
        "QUYẾT ĐỊNH",
        "Phê duyệt Đề án sắp xếp chợ dân sinh",
        DECIDES + APPROVES + article_two + CLOSE,
    )


# fmt: off
ROWS = [
    # a title over bullets, each naming its own body: the article holds them
    (decision("Điều 2. Tổ chức thực hiện.\n- Giao Sở Công Thương: hướng dẫn các địa phương lập phương án di dời "
              "các chợ tạm; tổng hợp kết quả báo cáo UBND tỉnh trước ngày 30/11/2026.\n"
              "- Sở Tài chính chủ trì, phối hợp với Sở Công Thương cân đối vốn cho các dự án chợ theo Đề án.\n"
              "- Giao UBND các xã: Hòa Bình, Tân Lập, Đông Sơn: rà soát quỹ đất bố trí chợ; vận động tiểu thương "
              "vào chợ mới.\n"),
     ["Điều 2.1", "Điều 2.2", "Điều 2.3", "Điều 3"]),
    # a bullet that permits or states is no task and keeps its number; a company over "+" items holds them
    (decision("Điều 2. Trách nhiệm của các cơ quan, đơn vị\n"
              "- Sở Xây dựng kiểm tra hồ sơ thiết kế các chợ hạng 1 trước khi trình phê duyệt.\n"
              "- Cho phép điều chỉnh vị trí chợ trong phạm vi xã khi quỹ đất thay đổi.\n"
              "- Công ty cổ phần Quản lý chợ Miền Tây có trách nhiệm:\n"
              "+ Lập phương án kinh doanh chợ đầu mối nông sản, gửi Sở Công Thương thẩm định.\n"
              "+ Bố trí lối thoát nạn và phương tiện chữa cháy tại các chợ được giao quản lý.\n"),
     ["Điều 2.1", "Điều 2.3", "  Điều 2.3.1", "  Điều 2.3.2", "Điều 3"]),
    # the article orders one body in its own words: it is the task, its bullets the subtasks
    (decision("Điều 2. Giao Sở Công Thương thực hiện các nội dung sau:\n"
              "- Hướng dẫn các xã lập phương án di dời chợ tạm.\n"
              "- Tổng hợp vướng mắc, đề xuất UBND tỉnh xử lý.\n"),
     ["Điều 2", "  Điều 2.1", "  Điều 2.2", "Điều 3"]),
]
# fmt: on


def test_an_articles_duty_bullets_are_its_tasks() -> None:
    failures = []
    for text, expected in ROWS:
        got = ids(text)
        if got != expected:
            failures.append(f"{expected} != {got}\n  {text[text.find('Điều 2.') : text.find('Điều 2.') + 70]!r}")
    assert not failures, "\n".join(failures)
