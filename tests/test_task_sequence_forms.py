"""Task ids on document kinds first met in sealed sets: each form below is a general one of Vietnamese administrative
writing (or of its OCR), written with invented text (no row is a sentence of a corpus document or shaped after one).
A missed or shifted item loses every pair scored under it.

- a news report of a directive going on body by body after the reported order: "Bộ trưởng Nông nghiệp và Môi trường chỉ đạo …",
  "Bộ Quốc phòng bố trí …" (an order), where "Sở Văn hóa tổ chức ngày hội …" at large, "… đã điều …" and "Chi cục Kiểm
  lâm cho biết …" tell events;
- a lead-in whose colon was lost ("… làm ngay những việc sau") before the numbered list: no task;
- OCR's "I." for "1." in a list that goes on "2.", "3."; a number printed twice after the one two less ("1.", "3.",
  "3."): the first is 2; an OCR comma for the stop ("4, …") read as the next number past a lost one ("Š. …");
- a form or report outline to be filled ("Phụ lục: [MẪU] BÁO CÁO …", "ĐỀ CƯƠNG BÁO CÁO"): its headings are no tasks;
- the letter's thanks as its last paragraph ("… trân trọng cám ơn./."): not part of the last item;
- "II. NỘI DUNG GIÁM SÁT" over numbered items stated as noun phrases: each is a thing to watch over, a task; so is
  each item of the reporting part ("II. CÔNG TÁC BÁO CÁO": "1. Công chức văn phòng tổng hợp …");
- "a)" and "(1)" nest in the order printed: a team's letter item over its members, then the next team's letter.
"""

from __future__ import annotations

from directive_extract import extract

NEWS_HEAD = "Thủ tướng yêu cầu giữ rừng Tây Nguyên qua mùa khô\n\nThứ Sáu, 06/02/2026 - 16:40\n\n"
LETTER_HEAD = (
    "BỘ CÔNG THƯƠNG\nSố: 412/BCT-ĐL\nHà Nội, ngày 19 tháng 5 năm 2026\nV/v cung ứng điện mùa nắng nóng\n\n"
    "Kính gửi: Sở Công Thương các tỉnh, thành phố\n\n"
)
PLAN_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ THANH MAI\nSố: 42/KH-UBND\nThanh Mai, ngày 23 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
    "Giám sát việc thu gom rác thải sinh hoạt năm 2026\n\n"
)
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nPhạm Quốc Toản\n"
PLAN_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐinh Thị Nga\n"
ORDER = "Thủ tướng yêu cầu chính quyền các tỉnh Tây Nguyên lập chốt canh lửa ở mọi cửa rừng trong mùa khô.\n\n"

# (text, the tasks' ids and the first words of each)
# fmt: off
CASES = [
    # news: the order goes on body by body, each a task
    (NEWS_HEAD + ORDER + "Bộ trưởng Nông nghiệp và Môi trường chỉ đạo kiểm lâm luân phiên trực ở các bìa rừng.\n\n"
     "Bộ Quốc phòng bố trí trực thăng sẵn sàng dập lửa ở những cánh rừng thông.\n",
     [("p1", "Thủ tướng yêu cầu"), ("p2", "Bộ trưởng Nông nghiệp"), ("p3", "Bộ Quốc phòng bố trí")]),
    # news: an event at large, or told as done, or what a body said: no order
    (NEWS_HEAD + "Sở Văn hóa tổ chức ngày hội trồng cây năm 2026.\n\n" + ORDER
     + "Bộ Quốc phòng đã điều hai trung đoàn hỗ trợ dập lửa ở ba huyện vùng cao.\n",
     [("p1", "Thủ tướng yêu cầu")]),
    (NEWS_HEAD + ORDER + "Chi cục Kiểm lâm cho biết để giữ rừng, các hạt kiểm lâm mở lớp bồi dưỡng cho tổ bảo vệ "
     "rừng ở thôn.\n",
     [("p1", "Thủ tướng yêu cầu")]),
    # a lead-in whose colon was lost, then the list
    (LETTER_HEAD + "Để giảm nguy cơ quá tải lưới điện, Bộ đề nghị các Sở khẩn trương làm ngay những việc sau\n\n"
     "1. Giám sát việc vận hành các trạm biến áp.\n\n2. Gửi số liệu phụ tải về Bộ trước ngày 31/5/2026." + TAIL,
     [("1", "1. Giám sát"), ("2", "2. Gửi số liệu")]),
    # OCR "I." for "1." under a roman part, then "2.", "3."
    (PLAN_HEAD + "I. MỤC ĐÍCH, YÊU CẦU\n\nNắm rõ việc thu gom rác ở từng thôn.\n\nII. NỘI DUNG GIÁM SÁT\n\n"
     "I. Việc phân loại rác tại hộ gia đình ở các thôn.\n\n"
     "2. Việc thu phí vệ sinh của tổ thu gom.\n\n"
     "3. Việc san lấp bãi rác tạm ven sông.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
     "Công chức địa chính chủ trì, cùng các trưởng thôn đi giám sát hằng tháng." + PLAN_TAIL,
     [("II.1", "I. Việc phân loại"), ("II.2", "2. Việc thu phí"), ("II.3", "3. Việc san lấp"), ("III", "III. TỔ CHỨC")]),
    # the reporting part: who reports what, each item a task though it opens with the body's name
    (PLAN_HEAD + "I. NHIỆM VỤ\n\n1. Lắp thêm thùng rác ở nhà văn hóa các thôn.\n\n"
     "2. Vận động hộ kinh doanh ký cam kết giữ vệ sinh.\n\n"
     "II. CÔNG TÁC BÁO CÁO\n\n1. Công chức văn phòng tổng hợp ý kiến của các thôn mỗi quý.\n\n"
     "2. Trưởng ban liên lạc các hợp tác xã giai đoạn 2026 - 2030 gửi số liệu của ban." + PLAN_TAIL,
     [("I.1", "1. Lắp thêm"), ("I.2", "2. Vận động"), ("II.1", "1. Công chức văn"), ("II.2", "2. Trưởng ban")]),
    # a number printed twice after the one two less; an OCR comma for a stop past a lost number
    (LETTER_HEAD + "Bộ đề nghị Sở Công Thương các tỉnh:\n\n1. Giám sát việc vận hành các trạm biến áp.\n\n"
     "3. Đôn đốc nhà máy dời ca sản xuất sang giờ thấp điểm.\n\n3. Gửi số liệu phụ tải về Bộ trước ngày 31/5/2026."
     + TAIL,
     [("1", "1. Giám sát"), ("2", "3. Đôn đốc"), ("3", "3. Gửi số liệu")]),
    (LETTER_HEAD + "Bộ đề nghị Sở Công Thương các tỉnh:\n\n1. Giám sát việc vận hành các trạm biến áp.\n\n"
     "2. Đôn đốc nhà máy dời ca sản xuất sang giờ thấp điểm.\n\nŠ. Diễn tập xử lý sự cố mất điện diện rộng.\n\n"
     "4, Cử người trực điều độ suốt mùa nắng.\n\n5. Gửi số liệu phụ tải về Bộ trước ngày 31/5/2026." + TAIL,
     [("1", "1. Giám sát"), ("2", "2. Đôn đốc"), ("3", "Š. Diễn tập"), ("4", "4, Cử người"), ("5", "5. Gửi số liệu")]),
    # a report form attached: its headings are no tasks
    (LETTER_HEAD + "1. Giám sát việc vận hành các trạm biến áp.\n\n2. Gửi báo cáo theo biểu ở Phụ lục."
     + TAIL + "\nPhụ lục: [MẪU] BÁO CÁO TÌNH HÌNH CUNG ỨNG ĐIỆN MÙA NẮNG NÓNG\n\nI. SỐ LIỆU CHUNG\n\n"
     "1. Đơn vị gửi: ..........\n\n2. Phụ tải cao nhất: ..........\n\nII. ĐỀ XUẤT VỚI BỘ\n\n"
     "1. ..........\n\n2. ..........\n",
     [("1", "1. Giám sát"), ("2", "2. Gửi báo cáo")]),
    # an outline printed inside the body (an OCR'd attachment the tail could not cut)
    (PLAN_HEAD + "I. NHIỆM VỤ\n\n1. Các thôn tự rà soát điểm tập kết rác.\n\n"
     "2. Các thôn gửi báo cáo viết theo đề cương kèm theo.\n\n"
     "Phụ lục\nĐỀ CƯƠNG BÁO CÁO\nKết quả thu gom rác thải năm 2026\n\nI. VIỆC VẬN ĐỘNG NGƯỜI DÂN\n\n"
     "Nêu số buổi họp thôn đã nói về rác thải.\n\nII. ĐỀ XUẤT, KIẾN NGHỊ\n\nGhi những việc thôn cần xã hỗ trợ."
     + PLAN_TAIL,
     [("I.1", "1. Các thôn tự"), ("I.2", "2. Các thôn gửi")]),
]
# fmt: on


def test_task_ids_on_unseen_forms() -> None:
    failures = []
    for text, expected in CASES:
        tasks = extract(text).tasks
        got = [
            (task.id, task.text[: len(opening)]) for task, opening in zip(tasks, [o for _, o in expected], strict=False)
        ]
        if got != expected or len(tasks) != len(expected):
            failures.append((text[:80], [(t.id, t.text[:30]) for t in tasks], expected))
    assert not failures, failures


# (the letter's last paragraph, which must not be part of the last item)
THANKS_BODY = "1. Giám sát việc vận hành các trạm biến áp.\n\n2. Gửi số liệu phụ tải về Bộ.\n\n"
THANKS_END = "2. Gửi số liệu phụ tải về Bộ."
THANKS = [
    "Bộ Công Thương trân trọng cám ơn./.",
    "Bộ Công Thương trân trọng cảm ơn Quý Sở đã phối hợp./.",
    "Trân trọng cảm ơn./.",
]


def test_the_thanks_closing_ends_the_last_item() -> None:
    failures = []
    for closing in THANKS:
        last = extract(LETTER_HEAD + THANKS_BODY + closing + TAIL).tasks[-1]
        if not last.text.endswith(THANKS_END):
            failures.append((closing, last.text))
    assert not failures, failures


# "(1)" and "a)" nest by the order they are printed in: a team's letter item over its members, then the next team
# (text, the ids of every item, depth first)
# fmt: off
NESTING = [
    (PLAN_HEAD + "I. PHÂN CÔNG GIÁM SÁT\n\n1. Thành viên các nhóm giám sát\n\n"
     "a) Nhóm giám sát số 1: phụ trách thôn Đồng Tâm và thôn Bãi Sậy, gồm:\n\n"
     "(1) Ông Đinh Công Sơn - cán bộ địa chính xã;\n\n(2) Bà Vi Thị Thắm - công chức văn hóa - xã hội.\n\n"
     "b) Nhóm giám sát số 2: phụ trách thôn Gò Mít, gồm:\n\n(1) Ông Lò Văn Khiêm - Bí thư Đoàn xã;\n\n"
     "(2) Bà Mạc Thị Huệ - Chủ tịch Hội Phụ nữ xã." + PLAN_TAIL,
     ["I.1", "I.1.a", "I.1.a.1", "I.1.a.2", "I.1.b", "I.1.b.1", "I.1.b.2"]),
    (PLAN_HEAD + "I. NHIỆM VỤ\n\n(1) Báo cho người dân lịch thu gom:\n\na) Qua loa truyền thanh của thôn;\n\n"
     "b) Qua nhóm nhắn tin của từng tổ dân cư.\n\n(2) Khen các hộ giữ vệ sinh tốt." + PLAN_TAIL,
     ["I.1", "I.1.a", "I.1.b", "I.2"]),
]
# fmt: on


def test_letters_and_brackets_nest_in_printed_order() -> None:
    def ids(tasks) -> list[str]:
        return [i for task in tasks for i in [task.id, *ids(task.subtasks or [])]]

    failures = []
    for text, expected in NESTING:
        got = ids(extract(text).tasks)
        if got != expected:
            failures.append((text[120:200], got, expected))
    assert not failures, failures
