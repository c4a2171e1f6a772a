"""Two readers of roles.py look for a name "printed with a capital": a name the recognizer did not read,
joined by "," / "và" to the list right after it ("phối hợp với Ban Chỉ huy … và Công an tỉnh"), and a
person's name after an office ("Chủ tịch UBND tỉnh Nguyễn Văn A đã yêu cầu"). A capital is an upper-case
Vietnamese letter (vn.UPPER): the range "À-Ỹ" they used also holds the small letters ("đ", "ủ", "ô"), so a
lower-case word read as a name. A body's full name runs to nine words ("Ban Chỉ huy phòng thủ dân sự cấp
huyện"). Cases invented, none a corpus sentence.
"""

from __future__ import annotations

from directive_extract.stages.agencies.roles import _NAME_CONJUNCT, role_patterns

# (the text right before a body, the name joined to it or None)
# fmt: off
CONJUNCTS = [
    ("phối hợp với Ban Chỉ huy phòng thủ dân sự cấp huyện và ", "Ban Chỉ huy phòng thủ dân sự cấp huyện và "),
    ("phối hợp với Đội Kiểm tra liên ngành số 3, ", "Đội Kiểm tra liên ngành số 3, "),
    ("phối hợp với ủy ban các xã và ", None),       # a lower-case word is no name ("ủ")
    ("đề xuất với đơn vị chủ quản và ", None),       # nor "đ"
    ("báo cáo ông bà trưởng thôn và ", None),        # nor "ô"
]
# (what follows an office, what of it is a person's name and a reporting adverb)
SPEAKERS = [
    (" Nguyễn Thị Lan đã yêu cầu", " Nguyễn Thị Lan đã "),
    (" Đặng Quốc Bảo vừa ký", " Đặng Quốc Bảo vừa "),
    (" ông Tư đã yêu cầu", " "),                     # "ông" is no capital
    (" đề nghị các xã", " "),
]
# fmt: on


def test_a_name_starts_with_a_capital_letter() -> None:
    failures = []
    for before, want in CONJUNCTS:
        found = _NAME_CONJUNCT.search(before)
        if (found.group() if found else None) != want:
            failures.append(f"conjunct {before!r}: {found and found.group()!r}")
    for after, want in SPEAKERS:
        found = role_patterns().name_then_adverb.match(after)
        if found.group() != want:
            failures.append(f"speaker {after!r}: {found.group()!r}")
    assert not failures, "\n".join(failures)
