"""A plan item's lettered field lines ("a) Cơ quan chủ trì: …", "b) Cơ quan phối hợp: …", "c) Thời gian thực hiện:
…") are role assignments of the item, not subtasks (corpus/README, judgement calls): their bodies and deadline
belong to the item. Lettered lines that do something stay subtasks; a numbered item so labelled is a task."""

from __future__ import annotations

from directive_extract import extract


def _tree(text: str) -> dict[str, tuple[list[tuple[str, str]], int]]:
    out: dict[str, tuple[list[tuple[str, str]], int]] = {}

    def walk(tasks: list[dict]) -> None:
        for task in tasks:
            out[task["id"]] = ([(a["name"], a["role"]) for a in task["agencies"]], len(task["deadlines"]))
            walk(task.get("subtasks", []))

    walk(extract(text).model_dump()["tasks"])
    return out


PLAN = (
    "KẾ HOẠCH\nII. NHIỆM VỤ CỤ THỂ\n"
    "1. Xây dựng mô hình dân vận khéo ở khu dân cư.\n"
    "a) Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch;\n"
    "b) Cơ quan phối hợp: Sở Tài chính;\n"
    "c) Thời gian thực hiện: trước ngày 15/11/2025.\n"
    "2. Rà soát quy chế dân chủ tại các cơ quan.\n"
    "a) Lập danh mục quy chế cần sửa đổi.\n"
    "b) Đơn vị chủ trì: Sở Tư pháp.\n"
    "3. Thời gian thực hiện: các đơn vị gửi báo cáo về Sở Nội vụ trước ngày 20/12/2025.\n"
)


def test_lettered_field_lines_are_the_items_own() -> None:
    tree = _tree(PLAN)
    assert "II.1.a" not in tree and "II.1.b" not in tree and "II.1.c" not in tree
    agencies, deadlines = tree["II.1"]
    assert ("Sở Văn hóa, Thể thao và Du lịch", "lead") in agencies
    assert ("Sở Tài chính", "coordinate") in agencies
    assert deadlines == 1


def test_a_lettered_deed_stays_a_subtask_and_a_numbered_label_a_task() -> None:
    tree = _tree(PLAN)
    assert "II.2.a" in tree and "II.2.b" not in tree
    assert "II.3" in tree
