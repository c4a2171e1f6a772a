"""A role's label ("Đơn vị chủ trì:", "Đơn vị phối hợp:") gives its role to every body its line lists, office holders
among them ("Đơn vị phối hợp: Trưởng các đoàn thể xã, Chủ tịch UBND xã": the holders' bodies take part, they do
not lead), and a class's level word after its name ("các đoàn thể | xã, UBND xã") does not break the list. A body the
field's line names in a clause of its own keeps the role its clause gives."""

from __future__ import annotations

import pytest

from directive_extract import extract


def _agencies(text: str) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}

    def walk(tasks: list[dict]) -> None:
        for task in tasks:
            out[task["id"]] = [(a["name"], a["role"]) for a in task["agencies"]]
            walk(task.get("subtasks", []))

    walk(extract(text).model_dump()["tasks"])
    return out


def _plan(*fields: str) -> str:
    return "KẾ HOẠCH\nII. NHIỆM VỤ\n1. Tổ chức tuyên truyền về cuộc bầu cử.\n" + "".join(f"- {f}\n" for f in fields)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        (
            "Đơn vị phối hợp: Trưởng các đoàn thể xã, Chủ tịch UBND xã.",
            {("Các đoàn thể chính trị - xã hội", "coordinate"), ("Ủy ban nhân dân xã", "coordinate")},
        ),
        (
            "Đơn vị phối hợp: Chủ tịch Hội Nông dân huyện, Giám đốc Trung tâm Y tế huyện.",
            {("Hội Nông dân huyện", "coordinate"), ("Trung tâm Y tế huyện", "coordinate")},
        ),
        (
            "Đơn vị phối hợp: các đ/c Phó Chủ tịch, Trưởng đoàn thể xã, UBND xã.",
            {("Các đoàn thể chính trị - xã hội", "coordinate"), ("Ủy ban nhân dân xã", "coordinate")},
        ),
        (
            "Cơ quan phối hợp: các đoàn thể huyện và Công an huyện.",
            {("Các đoàn thể chính trị - xã hội", "coordinate"), ("Công an huyện", "coordinate")},
        ),
        (
            "Đơn vị chủ trì: Thủ trưởng các đoàn thể xã, Chủ tịch UBND xã.",
            {("Các đoàn thể chính trị - xã hội", "lead"), ("Ủy ban nhân dân xã", "lead")},
        ),
    ],
)
def test_every_body_a_label_lists_takes_its_role(field: str, expected: set[tuple[str, str]]) -> None:
    assert set(_agencies(_plan(field))["II.1"]) == expected


def test_a_body_in_a_clause_of_its_own_keeps_its_role() -> None:
    agencies = _agencies(_plan("Đơn vị chủ trì: Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch."))
    assert set(agencies["II.1"]) == {("Sở Y tế", "lead"), ("Sở Tài chính", "coordinate")}


def test_a_body_named_by_another_in_the_field_is_not_listed() -> None:
    # "các phòng chuyên môn của UBND huyện": the departments take part, the committee is only their owner
    agencies = _agencies(_plan("Đơn vị phối hợp: Trưởng Công an huyện; các phòng chuyên môn của UBND huyện."))
    assert ("Ủy ban nhân dân huyện", "coordinate") not in agencies["II.1"]
    assert ("Công an huyện", "coordinate") in agencies["II.1"]


def test_a_class_level_word_does_not_break_a_list() -> None:
    agencies = _agencies("KẾ HOẠCH\nII. NHIỆM VỤ\n1. Các đoàn thể xã, UBND xã tổ chức tuyên truyền về bầu cử.\n")
    assert set(agencies["II.1"]) == {("Các đoàn thể chính trị - xã hội", "lead"), ("Ủy ban nhân dân xã", "lead")}


def test_a_cadre_of_the_mass_organisations_is_no_class() -> None:
    # "đoàn thể" bare is the class only after a head's title ("Trưởng đoàn thể xã"), not "cán bộ đoàn thể xã"
    agencies = _agencies("KẾ HOẠCH\nII. NHIỆM VỤ\n1. Cán bộ đoàn thể xã tham gia tuyên truyền về bầu cử.\n")
    assert agencies["II.1"] == []
