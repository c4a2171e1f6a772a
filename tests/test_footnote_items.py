"""A note printed at a page's foot, numbered like an item ("1. Xã: An Hưng, An Trung."), its number marked
after a word in the text above (a superscript flattened: "… 02 xã1.", "… thành phố 1." under item "2."), with
the page's number right after it: the note is no item and breaks no numbering. A real item that ends a page stays
one, though a clause number stands at a line's end above it ("… khoản 2."). Documents made up for the test."""

from __future__ import annotations

from directive_extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nHUYỆN AN LÃO\nSố: 15/KH-UBND\nAn Lão, ngày 03 tháng 4 năm 2025\n\nKẾ HOẠCH\nKiểm tra\n\n"
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nTrần Văn Bình\n"

MEMBERS = "".join(f"({i}) Ông Nguyễn Văn {name} - chuyên viên Phòng Nội vụ;\n" for i, name in enumerate("ABCDEFGH", 1))
NOTES = (
    "I. PHÂN CÔNG\n1. Tổ kiểm tra số 01 làm việc với Phòng Nội vụ và 02 xã1.\nThành phần gồm:\n"
    + MEMBERS
    + "\n1. Xã: An Hưng, An Trung.\n\n2\n\n"
    "2. Tổ kiểm tra số 02 làm việc với Phòng Tư pháp và 02 xã thuộc huyện 2.\nThành phần gồm:\n"
    + MEMBERS
    + "\n2. Xã: An Dũng, An Vinh.\n\n3\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ tổng hợp kết quả kiểm tra.\n"
)
PAGE_END = (
    "I. NHIỆM VỤ\n1. Phòng Tư pháp rà soát các văn bản theo quy định tại khoản 2.\n"
    "Điều 5 Luật Ban hành văn bản.\nThành phần gồm:\n" + MEMBERS + "2. Phòng Nội vụ tổng hợp kết quả rà soát.\n\n2\n\n"
    "3. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc.\nThành phần gồm:\n" + MEMBERS + "\n3\n\n"
    "4. Phòng Tài chính bố trí kinh phí.\n"
)


def test_a_note_at_the_foot_of_a_page_is_no_item() -> None:
    assert [task.id for task in extract(HEAD + NOTES + TAIL).tasks] == ["I.1", "I.2", "II.1"]


def test_an_item_ending_a_page_stays_an_item() -> None:
    assert [task.id for task in extract(HEAD + PAGE_END + TAIL).tasks] == ["I.1", "I.2", "I.3", "I.4"]
