"""A local government named once with its place and then by its bare level word or "địa phương", as the subject of
an obligation, is that body; only when the document names one body of that level and never speaks of the level in
the plural (stages/agencies/level_word_alone.py)."""

from __future__ import annotations

from directive_extract import extract

LEAD = "(BTN) - Sáng 14.3, Bí thư Tỉnh ủy có buổi làm việc với UBND {place} về tình hình kinh tế - xã hội.\n\n"

# (the place named in the lead, the report's order paragraph, the bare words read as that body)
# fmt: off
CASES = [
    # the form: a bare level word or "địa phương" opening a clause, then "cần" / "phải"
    ("thị xã Hòa Thành", "Đối với công tác chuyển đổi số, thị xã cần đẩy mạnh thanh toán không dùng tiền mặt.",
     ["thị xã"]),
    ("huyện Mỹ Đức", "Bí thư Tỉnh ủy yêu cầu rà soát quỹ đất. Địa phương phải hoàn thành trước tháng 6.",
     ["Địa phương"]),
    ("xã Tân Hòa", "Về giải phóng mặt bằng, xã cần vận động người dân bàn giao đất. Việc này, địa phương phải "
     "phối hợp với Ban Quản lý dự án.", ["xã", "địa phương"]),
    # a level word that is not the one named says nothing; nor does "thành phố" (its level is not told)
    ("huyện Mỹ Đức", "Đối với giáo dục, xã cần bố trí đủ giáo viên cho các điểm trường.", []),
    ("thành phố Bảo Lộc", "Đối với đô thị, thành phố cần chỉnh trang vỉa hè.", []),
    # the last of a list, a passive, a word not opening a clause: no subject of an obligation
    ("huyện Mỹ Đức", "Mọi cơ quan, đơn vị, địa phương phải tiếp nhận hồ sơ tại bộ phận một cửa.", []),
    ("huyện Mỹ Đức", "Đối với hồ sơ đất đai, địa phương phải được hướng dẫn cụ thể.", []),
    ("huyện Mỹ Đức", "Bí thư Tỉnh ủy đề nghị chính quyền địa phương cần quan tâm hơn đến người nghèo.", []),
    # two bodies of that level, or the level in the plural: the bare word may be any of them
    ("huyện Mỹ Đức và UBND huyện Ứng Hòa", "Đối với nông thôn mới, huyện cần rà soát các tiêu chí còn thiếu.", []),
    ("huyện Mỹ Đức", "Đối với các huyện miền núi, huyện cần ưu tiên vốn cho giao thông.", []),
]
# fmt: on


def test_a_bare_level_word_names_the_one_body_of_that_level() -> None:
    failures = []
    for place, order, expected in CASES:
        report = extract(LEAD.format(place=place) + order + "\n")
        got = [a.text for t in report.tasks for a in t.agencies if a.text[0].lower() + a.text[1:] in _BARE]
        names = {a.name for t in report.tasks for a in t.agencies if a.text in got}
        if got != expected or (expected and names != {"Ủy ban nhân dân " + place}):
            failures.append((order[:50], got, sorted(names), expected))
    assert not failures, failures


_BARE = {"địa phương", "thị xã", "huyện", "xã", "thành phố"}
