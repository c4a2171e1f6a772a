"""A decision that sets up a team or a steering committee names it by its kind in the articles after ("Điều 2. Tổ
công tác có nhiệm vụ …"): the body it set up leads (issue 9: decisions the corpus holds few of). Invented text."""

from __future__ import annotations

import pytest

from directive_extract import extract

DECISION = """ỦY BAN NHÂN DÂN
HUYỆN GIO LINH

Số: 215/QĐ-UBND

Gio Linh, ngày 3 tháng 4 năm 2024

QUYẾT ĐỊNH
Về việc thành lập {body} huyện

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;

QUYẾT ĐỊNH:

Điều 1. Thành lập {body} huyện, gồm các ông, bà có tên sau:
1. Ông Nguyễn Văn A, Phó Chủ tịch UBND huyện;
2. Ông Trần Văn B, Trưởng phòng Nông nghiệp và PTNT.

Điều 2. {kind} {duty} kiểm tra, đôn đốc các xã triển khai phương án chống hạn.

Điều 3. Chánh Văn phòng HĐND và UBND huyện và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định
này./.

CHỦ TỊCH

Lê Văn C
"""


@pytest.mark.parametrize(
    ("body", "kind", "duty"),
    [
        ("Tổ công tác phòng chống hạn hán", "Tổ công tác", "có nhiệm vụ"),
        ("Ban Chỉ đạo phòng chống hạn hán", "Ban Chỉ đạo", "có trách nhiệm"),
        ("Tổ công tác phòng chống hạn hán", "Tổ công tác", "chịu trách nhiệm"),
    ],
)
def test_the_body_a_decision_set_up_leads_its_duties(body: str, kind: str, duty: str) -> None:
    notice = extract(DECISION.format(body=body, kind=kind, duty=duty))
    duties = next(task for task in notice.tasks if task.id == "Điều 2")
    assert [(a.name, a.role) for a in duties.agencies] == [(f"{body} huyện", "lead")]


def test_the_authority_over_a_decisions_bases_is_no_signature() -> None:
    """ "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN" above "Căn cứ …" issues the decision; the signature is the block at its end
    (printed here with no "TM." and no "Nơi nhận")."""
    notice = extract(DECISION.format(body="Tổ công tác phòng chống hạn hán", kind="Tổ công tác", duty="có nhiệm vụ"))
    assert [task.id for task in notice.tasks] == ["Điều 2", "Điều 3"]
    assert (notice.signature.position, notice.signature.signer) == ("CHỦ TỊCH", "Lê Văn C")
