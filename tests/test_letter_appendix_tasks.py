"""A letter whose item sends its reader to a part of its appendix, where a task table lists the work (SCHEMA "Task
tables": a group restating an item): "2. Cùng Sở A chuyển dữ liệu … (nội dung cụ thể tại Mục II Phụ lục gửi kèm)." holds the
rows printed under the appendix's "II. …" as its subtasks `2.1`, `2.2` …, numbered as printed. Forms of the table as
a PDF's text prints it: the heading's cells wrapped over two lines with spacer cells between ("Cơ quan | | Cơ quan phối"
over " | | chủ trì | | hợp"); rows run on over a page break with the page's number between them. The letter's
courtesy closing ("… kính đề nghị các cơ quan quan tâm, phối hợp./.") is no task. Every document is made up for the
test (none is a corpus sentence); each row gives the tasks as (id, {(agency, role)}), subtasks indented by "  ".
Every failing row is collected, then the test fails once."""

from __future__ import annotations

from directive_extract import extract

HEAD = (
    "UBND TỈNH LẠNG SƠN\nSỞ TƯ PHÁP\n\nSố: 512/STP-HCTP\nLạng Sơn, ngày 14 tháng 8 năm 2026\n"
    "V/v chuyển đổi dữ liệu hộ tịch điện tử\n\nKính gửi: Sở Khoa học và Công nghệ.\n\n"
    "Để số hóa sổ hộ tịch theo Kế hoạch 77/KH-UBND ngày 02/7/2026 của UBND tỉnh, Sở Tư pháp đề nghị Sở Khoa "
    "học và Công nghệ giúp đỡ các việc dưới đây:\n\n"
    "1. Bố trí máy chủ lưu trữ dữ liệu hộ tịch đã số hóa tại Trung tâm tích hợp dữ liệu tỉnh (chi tiết tại phần I "
    "của Phụ lục gửi kèm).\n\n"
    "2. Cùng Sở Tư pháp chuyển dữ liệu hộ tịch về Trung tâm tích hợp dữ liệu tỉnh theo các mốc thời gian (nội dung "
    "cụ thể tại Mục II Phụ lục gửi kèm).\n\n"
)
CLOSING = "Sở Tư pháp kính đề nghị Sở Khoa học và Công nghệ quan tâm, phối hợp./.\n\n"
SIGNED = "Nơi nhận:\n- Như trên;\n- Lưu: VT, HCTP.\n\nGIÁM ĐỐC\n\nHoàng Minh Tâm\n\n"
PART_ONE = (
    "Phụ lục\nDữ liệu hộ tịch và lộ trình chuyển đổi\n(Kèm theo Công văn số 512/STP-HCTP của Sở Tư pháp)\n"
    "I. Hạ tầng lưu trữ\n\nSTT | Thiết bị | Thông số | Ghi chú\n\n1 | Ổ lưu trữ sổ quét | 20TB, RAID 6 | thuê\n\n"
)
WRAPPED = (
    "II. Lộ trình chuyển đổi dữ liệu\n\n"
    "STT | Nội dung |  | Cơ quan |  |  | Cơ quan phối |  | Thời hạn | \n\n"
    " |  |  | chủ trì |  |  | hợp |  | hoàn thành | \n\n"
)
ROWS_TEXT = (
    "1 | Lập danh mục sổ hộ tịch cần chuyển đổi | Sở Tư pháp | Sở Khoa học và Công nghệ | Tháng 9/2026\n\n"
    "2 | Cấu hình đường truyền tới Trung tâm tích hợp dữ liệu | Sở Khoa học và Công nghệ | Sở Tư pháp | "
    "Tháng 10/2026\n\n"
)
OVER_A_PAGE = (
    "1 | Lập danh mục sổ hộ tịch cần chuyển đổi | Sở Tư pháp | Sở Khoa học và Công nghệ | Tháng 9/2026\n"
    "7\n"
    "2 | Cấu hình đường truyền tới Trung tâm tích hợp dữ liệu | Sở Khoa học và Công nghệ | Sở Tư pháp | "
    "Tháng 10/2026\n"
)
ONE_LINE_HEADING = (
    "II. Lộ trình chuyển đổi dữ liệu\n\nSTT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn\n\n"
)

ROW_ONE = ("  2.1", {("Sở Tư pháp", "lead"), ("Sở Khoa học và Công nghệ", "coordinate")})
ROW_TWO = ("  2.2", {("Sở Khoa học và Công nghệ", "lead"), ("Sở Tư pháp", "coordinate")})
LETTER_TASKS = [("1", set()), ("2", set())]  # their addressee is inherited: only the rows' cells are checked

# fmt: off
ROWS = [
    # the heading in one line: the item pointing at part II holds its rows; part I's table lists no work
    (HEAD + CLOSING + SIGNED + PART_ONE + ONE_LINE_HEADING + ROWS_TEXT, [*LETTER_TASKS, ROW_ONE, ROW_TWO]),
    # the heading's cells wrapped over two lines
    (HEAD + CLOSING + SIGNED + PART_ONE + WRAPPED + ROWS_TEXT, [*LETTER_TASKS, ROW_ONE, ROW_TWO]),
    # the rows on consecutive lines, a page's number between them
    (HEAD + CLOSING + SIGNED + PART_ONE + WRAPPED + OVER_A_PAGE, [*LETTER_TASKS, ROW_ONE, ROW_TWO]),
]
# fmt: on


def view(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    out: list[tuple[str, set[tuple[str, str]]]] = []

    def walk(tasks, depth: int) -> None:
        for task in tasks:
            out.append(("  " * depth + task.id, {(a.name, a.role) for a in task.agencies if not a.inherited}))
            walk(task.subtasks, depth + 1)

    walk(extract(text).tasks, 0)
    return out


def test_a_letters_item_holds_the_rows_of_the_appendix_part_it_points_to() -> None:
    failures = []
    for k, (text, expected) in enumerate(ROWS):
        got = view(text)
        if [task_id for task_id, _ in got] != [task_id for task_id, _ in expected]:
            failures.append(f"row {k}: {[t for t, _ in expected]} != {[t for t, _ in got]}")
        elif [a for t, a in got if t.startswith(" ")] != [a for t, a in expected if t.startswith(" ")]:
            failures.append(f"row {k}: {expected} != {got}")
    assert not failures, "\n".join(failures)
