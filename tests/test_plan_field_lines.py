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


# an item whose bullets end with its card ("- Thời gian hoàn thành: …", "- Đơn vị chủ trì: …", "- Kết quả: …") is one
# task: the bullets before the card say how the deed is done, the card who does it; a list whose card opens it and
# whose later bullets order keeps them as subtasks
CARD_PLAN = (
    "KẾ HOẠCH\nII. NHIỆM VỤ CỤ THỂ\n"
    "1. Số hóa hồ sơ địa chính của các xã miền núi.\n"
    "- Ưu tiên những thửa đất đang có tranh chấp.\n"
    "- Thời gian hoàn thành: tháng 10/2026;\n"
    "- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường;\n"
    "- Đơn vị phối hợp: Sở Tài chính;\n"
    "- Kết quả: Cơ sở dữ liệu đất đai được cập nhật.\n"
    "2. Tập huấn cho cán bộ địa chính cấp xã.\n"
    "- Đơn vị chủ trì: Sở Nội vụ.\n"
    "- Sở Tư pháp biên soạn tài liệu tập huấn.\n"
)


def test_bullets_ending_with_the_items_card_are_the_items_own() -> None:
    tree = _tree(CARD_PLAN)
    assert not any(task_id.startswith("II.1.") for task_id in tree)
    agencies, _ = tree["II.1"]
    assert ("Sở Nông nghiệp và Môi trường", "lead") in agencies
    assert ("Sở Tài chính", "coordinate") in agencies


def test_a_card_opening_a_list_of_deeds_leaves_the_bullets_subtasks() -> None:
    tree = _tree(CARD_PLAN)
    assert "II.2.1" in tree and "II.2.2" in tree


def test_a_card_whose_schedule_label_is_bare_thoi_gian_is_the_items_own() -> None:
    plan = (
        "KẾ HOẠCH\nII. NHIỆM VỤ\n"
        "1. Đào tạo kỹ năng số cho cán bộ\n"
        "- Cơ quan chủ trì: Phòng Nội vụ.\n"
        "- Cơ quan phối hợp: Trung tâm Văn hóa huyện.\n"
        "- Thời gian: trước ngày 30/9/2024.\n"
        "2. Cập nhật cơ sở dữ liệu cán bộ\n"
        "- Cơ quan chủ trì: Phòng Nội vụ.\n"
        "- Thời hạn: tháng 10 năm 2024.\n"
    )
    tree = _tree(plan)
    assert [k for k in tree if k.count(".") > 1] == []  # no bullet is a subtask
    assert tree["II.1"] == ([("Phòng Nội vụ", "lead"), ("Trung tâm Văn hóa huyện", "coordinate")], 1)
    assert tree["II.2"] == ([("Phòng Nội vụ", "lead")], 1)
