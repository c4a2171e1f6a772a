"""News reports of orders: who chairs a government or a Party committee, printed with his body and a verb of
directing before the body directed ("Phó Chủ tịch UBND tỉnh chỉ đạo UBND thị xã …"), gives the order; the body
directed acts. After any other body, and after a chair asked to act ("yêu cầu Chủ tịch UBND huyện … chỉ đạo …"),
the verb is the body's own deed. Every report below is made up for the test."""

from __future__ import annotations

import pytest

from directive_extract import extract

HEAD = (
    "Đẩy nhanh tiến độ dự án kè sông\n\n"
    "Sáng 12-3, đồng chí Trần Văn Hùng, Phó Chủ tịch UBND tỉnh, chủ trì buổi làm việc về dự án kè chống sạt lở "
    "sông Lô.\n\n"
)

ROWS = [
    (  # the chair, named again by his office, directs a town's committee: the committee acts
        "Để kịp thông tuyến trước mùa mưa, đồng chí Phó Chủ tịch UBND tỉnh chỉ đạo UBND thị xã Phú Thọ khẩn "
        "trương hoàn thành bàn giao mặt bằng.",
        "Ủy ban nhân dân thị xã Phú Thọ",
        "Ủy ban nhân dân tỉnh",
    ),
    (  # a chair and a class directed
        "Chủ tịch UBND tỉnh chỉ đạo các sở, ngành liên quan rà soát hồ sơ thiết kế.",
        "Các sở, ban, ngành tỉnh",
        "Ủy ban nhân dân tỉnh",
    ),
    (  # the body directed printed with its type word in small letters, as a paper may ("sở NN&PTNT")
        "Chủ tịch UBND tỉnh chỉ đạo sở Nông nghiệp và Phát triển nông thôn kiểm tra các tuyến đê.",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Ủy ban nhân dân tỉnh",
    ),
    (  # a department directing its inspectors: its own deed
        "Sở Xây dựng chỉ đạo Thanh tra Sở kiểm tra chất lượng công trình.",
        "Sở Xây dựng",
        None,
    ),
    (  # a chair asked to direct: the one asked acts
        "UBND tỉnh yêu cầu Chủ tịch UBND huyện Lâm Thao chỉ đạo các xã ven sông di dời các hộ dân.",
        "Ủy ban nhân dân huyện Lâm Thao",
        "Ủy ban nhân dân tỉnh",
    ),
]


@pytest.mark.parametrize(("sentence", "acts", "orders"), ROWS)
def test_a_chair_directing_a_body_gives_the_order(sentence: str, acts: str, orders: str | None) -> None:
    notice = extract(HEAD + sentence + "\n")
    ordered = [t for t in notice.tasks if sentence[:30] in t.text]
    assert ordered, [t.text for t in notice.tasks]
    found = {a.name: a.role for a in ordered[0].agencies}
    assert found.get(acts) == "lead", found
    assert orders is None or orders not in found, found
