"""Where a letter's "Kính gửi" list ends when the body follows it with no blank line between.

The form: "Kính gửi:" then bulleted addressees, each closed by ";" and the last by ".", a name wrapped onto
a second line carrying on in small letters or after a comma; the body then starts on the next line. The list
ends at the first unbulleted line that follows an item closed by ";" or "." and opens with a capital or a
digit, or that opens the body whatever came before (a numbered item, "Căn cứ …", "Thực hiện …", "Điều 1").
Cases invented, not taken from the corpus.
"""

from __future__ import annotations

from directive_extract import extract

HEADER = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC HÒA\nSố: 41/UBND-NV\nĐức Hòa, ngày 12 tháng 8 năm 2024\nV/v rà soát\n\n"

# (addressee block and the body's first lines, addressees, id of the first task)
# fmt: off
ROWS = [
    # the last item closed by "." and a paragraph on the situation at once
    ("Kính gửi:\n- Ủy ban nhân dân các xã, thị trấn;\n- Các phòng, ban chuyên môn huyện.\n"
     "Hiện nay mùa mưa bão đã bắt đầu, nguy cơ sạt lở cao.\n1. Rà soát các điểm sạt lở.\n2. Báo cáo kết quả.\n",
     ["Ủy ban nhân dân các xã, thị trấn", "Các phòng, ban chuyên môn huyện"], "1"),
    # a name wrapped after a comma carries on; the body's lead-in after the closed item does not
    ("Kính gửi:\n- Ban Chỉ huy Phòng thủ dân sự các xã,\nthị trấn trên địa bàn huyện;\n- Phòng Kinh tế.\n"
     "Ủy ban nhân dân huyện đề nghị các đơn vị thực hiện:\n1. Kiểm tra đê bao.\n2. Báo cáo kết quả.\n",
     ["Ban Chỉ huy Phòng thủ dân sự các xã, thị trấn trên địa bàn huyện", "Phòng Kinh tế"], "1"),
    # an item left open (no closing mark) still ends before a numbered item
    ("Kính gửi:\n- Trung tâm Văn hóa - Thể thao huyện;\n- Đài Truyền thanh huyện\n"
     "1. Tuyên truyền phòng chống thiên tai.\n2. Báo cáo kết quả.\n",
     ["Trung tâm Văn hóa - Thể thao huyện", "Đài Truyền thanh huyện"], "1"),
    # ... and before a basis paragraph
    ("Kính gửi:\n- Trạm Y tế các xã\nCăn cứ Công văn số 15/SYT-NV của Sở Y tế.\n"
     "1. Tổ chức tiêm chủng.\n2. Báo cáo kết quả.\n",
     ["Trạm Y tế các xã"], "1"),
    # an item closed by ";" and the body's basis sentence at once
    ("Kính gửi:\n- Hạt Kiểm lâm huyện;\nThực hiện chỉ đạo của Ủy ban nhân dân tỉnh.\n"
     "1. Tăng cường tuần tra rừng.\n2. Báo cáo kết quả.\n",
     ["Hạt Kiểm lâm huyện"], "1"),
    # the first bullet printed on the "Kính gửi:" line itself: its bullet is no part of the name
    ("Kính gửi: - Phòng Tài chính - Kế hoạch;\n- Chi cục Thuế khu vực.\n"
     "1. Rà soát nguồn thu.\n2. Báo cáo kết quả.\n",
     ["Phòng Tài chính - Kế hoạch", "Chi cục Thuế khu vực"], "1"),
]
# fmt: on


def test_the_addressee_list_ends_where_the_body_begins() -> None:
    failures = []
    for block, addressees, first_task in ROWS:
        notice = extract(HEADER + block)
        got = notice.header.addressees
        first = notice.tasks[0].id if notice.tasks else None
        if got != addressees or first != first_task:
            failures.append(f"{block[:50]!r}: {got}, first task {first} != {addressees}, {first_task}")
    assert not failures, "\n".join(failures)
