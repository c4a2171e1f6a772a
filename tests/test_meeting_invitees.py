"""A meeting's invitees ("Mời dự:", "Thành phần tham dự:", "Đại biểu mời:") take part in what the item's actor holds:
partners, not the body that must hold it, for the whole field their label opens (lines wrapped inside it), and no
further."""

from __future__ import annotations

import pytest

from directive_extract import extract

PROGRAMME = """TỈNH ỦY QUẢNG TRỊ
Số: 45-CTr/TU
Quảng Trị, ngày 10 tháng 4 năm 2023
CHƯƠNG TRÌNH
Hội nghị Ban Thường vụ Tỉnh ủy

Nội dung 1. Nghe báo cáo về công tác chuyển đổi số.
(Sở Thông tin và Truyền thông báo cáo)
{invitees}
Nội dung 2. Sở Tài chính chuẩn bị báo cáo quyết toán ngân sách.
"""


def _roles(text: str) -> dict[str, dict[str, str]]:
    """Each top-level task's bodies and roles, its subtasks' gathered up to it (a bullet is a subtask)."""

    def gathered(task) -> dict[str, str]:
        found = {a.name: a.role for a in task.agencies}
        for sub in task.subtasks:
            found.update(gathered(sub))
        return found

    return {task.id: gathered(task) for task in extract(text).tasks}


@pytest.mark.parametrize(
    "invitees",
    [
        "Mời dự: đại diện lãnh đạo Ban Tuyên giáo Tỉnh ủy, Văn phòng Tỉnh ủy,\nCông an tỉnh, Sở Y tế.",
        "Thành phần mời dự: đại diện Ban Tuyên giáo Tỉnh ủy; Văn phòng Tỉnh ủy; Công an tỉnh; Sở Y tế.",
        "- Đại biểu mời: Ban Tuyên giáo Tỉnh ủy, Văn phòng Tỉnh ủy, Công an tỉnh và Sở Y tế.",
        "b) Thành phần tham dự: Ban Tuyên giáo Tỉnh ủy, Văn phòng Tỉnh ủy, Công an tỉnh, Sở Y tế.",
    ],
)
def test_the_bodies_a_field_invites_are_partners(invitees: str) -> None:
    roles = _roles(PROGRAMME.format(invitees=invitees))
    first = roles["Nội dung 1"]
    for body in ("Ban Tuyên giáo Tỉnh ủy", "Văn phòng Tỉnh ủy", "Công an tỉnh", "Sở Y tế"):
        assert first.get(body) == "coordinate", (body, first)
    # the field ends with its line's full stop (or its item): the next item's subject leads
    assert roles["Nội dung 2"] == {"Sở Tài chính": "lead"}


def test_a_field_after_a_sentence_in_its_line() -> None:
    text = PROGRAMME.format(invitees="Văn phòng Tỉnh ủy chuẩn bị tài liệu. Mời dự: Công an tỉnh, Sở Y tế.")
    first = _roles(text)["Nội dung 1"]
    assert first["Văn phòng Tỉnh ủy"] == "lead"
    assert first["Công an tỉnh"] == first["Sở Y tế"] == "coordinate"


def test_a_body_under_a_shared_head_in_the_field() -> None:
    text = PROGRAMME.format(invitees="Mời dự: đại diện lãnh đạo các sở: Tài chính; Xây dựng; Nội vụ.")
    first = _roles(text)["Nội dung 1"]
    assert {first.get(f"Sở {name}") for name in ("Tài chính", "Xây dựng", "Nội vụ")} == {"coordinate"}


def test_an_invitation_inside_a_sentence_is_no_field() -> None:
    # no label: "mời" in running text gives the body no partner's role of its own
    text = PROGRAMME.format(invitees="Đề nghị Sở Y tế mời dự họp các chuyên gia.")
    assert _roles(text)["Nội dung 1"].get("Sở Y tế") == "lead"
