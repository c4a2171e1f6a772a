"""A dotted item number printed with no closing mark ("2.1 Phòng Y tế:", "3.2 Sở Tài chính bố trí …") opens its item
as "2.1." does: the body it heads or opens with is the item's actor. The dot between its digits ends no sentence
(roles.py reads the clause before a body from the last sentence's end). Every case is invented."""

from __future__ import annotations

from directive_extract import extract

PLAN = (
    "KẾ HOẠCH\nII. TỔ CHỨC THỰC HIỆN\n"
    "2.1 Phòng Y tế:\n- Chủ trì xây dựng kế hoạch truyền thông.\n- Tổ chức hội thảo.\n"
    "2.2 Phòng Tài chính - Kế hoạch:\nCân đối ngân sách cho các hoạt động.\n"
    "2.3 Trung tâm Văn hóa huyện tổ chức các hoạt động tuyên truyền.\n"
    "2.4 Kinh phí thực hiện là 2.5 tỷ đồng, Sở Tài chính bố trí.\n"
    "2.5 Các đơn vị trực thuộc Sở Y tế rà soát trang thiết bị.\n"
)


def _agencies() -> dict[str, list[tuple[str, str | None]]]:
    out: dict[str, list[tuple[str, str | None]]] = {}

    def walk(tasks) -> None:
        for task in tasks:
            out[task.id] = [(a.name, a.role) for a in task.agencies]
            walk(task.subtasks)

    walk(extract(PLAN).tasks)
    return out


def test_a_dotted_number_without_its_mark_opens_the_item() -> None:
    found = _agencies()
    assert found["II.2.1"] == [("Phòng Y tế", "lead")], found
    assert found["II.2.2"] == [("Phòng Tài chính - Kế hoạch", "lead")], found
    assert found["II.2.3"] == [("Trung tâm Văn hóa huyện", "lead")], found


def test_a_figure_inside_a_sentence_is_no_item() -> None:
    # "2.5 tỷ đồng": a figure, the clause after its comma still the body's own
    found = _agencies()
    assert ("Sở Tài chính", "lead") in found["II.2.4"], found


def test_units_opening_a_dotted_item_are_its_actors() -> None:
    assert _agencies()["II.2.5"] == [("Các đơn vị trực thuộc Sở Y tế", "lead")]
