"""Item labels printed apart from their text, as legal-text crawls print them (stages/split_labels.py).

Form 1: a bare label on its own line ("Điều 2.", "1.4.", "2."), the item's text on the next line, opened
by a capital. Form 2: a label hanging at the end of an item's one-line heading ("II. TỔ CHỨC THỰC HIỆN 1.",
"1. Phát triển nguồn nhân lực 1.1."), the first child's text on the next line. Both only where the label
continues the numbering in force; a number that ends a sentence (a year, "khoản 1.", "Điều 12.", a count)
never splits. Every document below is invented.
"""

from __future__ import annotations

from directive_extract import extract

KH = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 87/KH-UBND\nĐà Lạt, ngày 12 tháng 3 năm 2021\nKẾ HOẠCH\nCải cách hành chính\n\n"
QD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 88/QĐ-UBND\nĐà Lạt, ngày 12 tháng 3 năm 2021\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Quy chế phối hợp\nQUYẾT ĐỊNH:\n"
)


def _tasks(tasks, out=None):
    """(id, first line of its text) of every task and subtask, depth first."""
    out = [] if out is None else out
    for task in tasks:
        out.append((task.id, task.text.split("\n", 1)[0]))
        _tasks(task.subtasks, out)
    return out


# (text, the (id, first line) of every task expected)
# fmt: off
CASES = [
    # a number naming a ward or an area ends its line: no item label hangs there
    (KH + "I. NHIỆM VỤ CỦA KHU VỰC 1.\nCác xã trong khu vực tổ chức rà soát.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ theo dõi.\n",
     [("I", "I. NHIỆM VỤ CỦA KHU VỰC 1."), ("II.1", "1. Sở Nội vụ theo dõi.")]),
    # form 1: an article's label alone on its line
    (QD + "Điều 1.\nBan hành kèm theo Quyết định này Quy chế phối hợp quản lý chợ.\nĐiều 2.\nGiám đốc Sở Công Thương chủ trì hướng dẫn thực hiện Quy chế này.\n",
     [("Điều 2", "Điều 2.")]),
    # form 1: dotted labels alone on their lines, under an arabic heading
    (KH + "I. NHIỆM VỤ\n1. Công tác tuyên truyền\n1.1.\nSở Thông tin và Truyền thông tổ chức tuyên truyền Kế hoạch này.\n1.2.\nĐài Phát thanh - Truyền hình tỉnh mở chuyên mục cải cách hành chính.\n",
     [("I.1", "1. Công tác tuyên truyền"), ("I.1.1", "1.1."), ("I.1.2", "1.2.")]),
    # form 2 then form 1: the first item hangs at the end of the roman heading, the second is alone
    (KH + "I. MỤC ĐÍCH\nNâng cao chất lượng phục vụ.\nII. TỔ CHỨC THỰC HIỆN 1.\nSở Nội vụ chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này.\n2.\nSở Tài chính bố trí kinh phí thực hiện.\n",
     [("II.1", "1."), ("II.2", "2.")]),
    # form 2: "N.1." hanging at the end of item N's heading (item N's span holds its subtasks)
    (KH + "I. NHIỆM VỤ\n1. Phát triển nguồn nhân lực 1.1.\nSở Nội vụ rà soát đội ngũ công chức cấp xã.\n1.2. Sở Giáo dục và Đào tạo mở lớp bồi dưỡng.\n",
     [("I.1", "1. Phát triển nguồn nhân lực 1.1."), ("I.1.1", "1.1."), ("I.1.2", "1.2. Sở Giáo dục và Đào tạo mở lớp bồi dưỡng.")]),
    # no split: a year ends the sentence
    (KH + "I. NHIỆM VỤ\n1. Sở Xây dựng hoàn thành rà soát quy hoạch trong năm 2021.\nSở Tài chính bố trí kinh phí thực hiện.\n",
     [("I.1", "1. Sở Xây dựng hoàn thành rà soát quy hoạch trong năm 2021.")]),
    # no split: a cited clause, a cited article, a count end the heading
    (KH + "I. NHIỆM VỤ\nII. BÃI BỎ KHOẢN 1.\nSở Tư pháp rà soát văn bản.\n",
     [("I", "I. NHIỆM VỤ"), ("II", "II. BÃI BỎ KHOẢN 1.")]),
    (KH + "I. NHIỆM VỤ\nII. SỬA ĐỔI ĐIỀU 1.\nSở Tư pháp rà soát văn bản.\n",
     [("I", "I. NHIỆM VỤ"), ("II", "II. SỬA ĐỔI ĐIỀU 1.")]),
    (KH + "I. NHIỆM VỤ\nII. SỐ LỚP MỞ THÊM LÀ 1.\nSở Giáo dục và Đào tạo bố trí giáo viên.\n",
     [("I", "I. NHIỆM VỤ"), ("II", "II. SỐ LỚP MỞ THÊM LÀ 1.")]),
    (KH + "I. NHIỆM VỤ\nII. TRIỂN KHAI TRONG GIAI ĐOẠN 1.\nSở Kế hoạch và Đầu tư tổng hợp.\n",
     [("I", "I. NHIỆM VỤ"), ("II", "II. TRIỂN KHAI TRONG GIAI ĐOẠN 1.")]),
    (KH + "I. NHIỆM VỤ\n1. Nâng cấp trường học đạt chuẩn mức 1.1.\nSở Giáo dục và Đào tạo rà soát.\n",
     [("I.1", "1. Nâng cấp trường học đạt chuẩn mức 1.1.")]),
    (QD + "Điều 1. Sửa đổi, bổ sung Điều 12.\nSở Tư pháp hướng dẫn thực hiện.\n",
     [("Điều 1", "Điều 1. Sửa đổi, bổ sung Điều 12.")]),
    # no split: a number that does not continue the numbering (item 1 open, "5." alone; "2" not "1.1")
    (KH + "I. NHIỆM VỤ\n1. Sở Y tế kiểm tra an toàn thực phẩm.\n5.\nSở Tài chính bố trí kinh phí.\n",
     [("I.1", "1. Sở Y tế kiểm tra an toàn thực phẩm.")]),
    (KH + "I. NHIỆM VỤ\n1. Sở Y tế kiểm tra an toàn thực phẩm tại 2.\nSở Tài chính bố trí kinh phí.\n",
     [("I.1", "1. Sở Y tế kiểm tra an toàn thực phẩm tại 2.")]),
    # no join: the line after the bare label goes on a sentence in small letters
    (KH + "I. NHIỆM VỤ\n1. Sở Y tế kiểm tra an toàn thực phẩm.\n2.\nđồng thời báo cáo kết quả.\n",
     [("I.1", "1. Sở Y tế kiểm tra an toàn thực phẩm.")]),
]
# fmt: on


def test_labels_printed_apart() -> None:
    failures = []
    for text, expected in CASES:
        got = _tasks(extract(text).tasks)
        if got != expected:
            failures.append(f"{text[-90:]!r}:\n  {got}\n  != {expected}")
    assert not failures, "\n".join(failures)


def test_split_items_keep_exact_spans() -> None:
    text = CASES[2][0]
    for task in extract(text).tasks:
        assert text[task.span[0] : task.span[1]] == task.text
