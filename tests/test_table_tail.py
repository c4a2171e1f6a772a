"""The tail printed as one table row (a docx or pdf table flattened to text): "| Nơi nhận: - A; - B. | KT. CHỦ
TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A |". The left cell is the distribution list, its bullets run together; the right
cell is the signing block, authority, position and signer run together. Cases invented, not from the corpus.
"""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.table_tail import distribution_items, signing_block

# (row, (authority, position, signer), distribution)
# fmt: off
ROWS = [
    ("| Nơi nhận: - Như Điều 2; - Sở Tài chính; - Lưu: VT, KT. | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Thị Mai |",
     ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Mai"), ["Như Điều 2", "Sở Tài chính", "Lưu: VT, KT"]),
    # a dash inside a name or a note is no bullet; a note after ";" stays with its item
    ("| **Nơi nhận:** - Sở Văn hóa - Thể thao; (để b/c) - Cục Thuế (P. Kê khai - để biết); - Lưu: VT. | "
     "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Lê Văn Bình |",
     ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lê Văn Bình"),
     ["Sở Văn hóa - Thể thao; (để b/c)", "Cục Thuế (P. Kê khai - để biết)", "Lưu: VT"]),
    # the head of a collegial body signs for it: its name is the authority, the title that follows the position
    ("| Nơi nhận: - Các sở, ngành; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Phạm Minh Đức |",
     ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Minh Đức"), ["Các sở, ngành", "Lưu: VT"]),
    # no authority: the position alone; no name printed (a signature image): no signer
    ("| Nơi nhận: - Như trên; - Lưu: VP. | HIỆU TRƯỞNG |", (None, "HIỆU TRƯỞNG", None), ["Như trên", "Lưu: VP"]),
]
# fmt: on


def tail_row_failures(rows: list[tuple]) -> list[str]:
    """The rows (a tail printed as one table row, its signing block, its distribution items) read otherwise, or
    with an item whose span is not the item as printed."""
    failures = []
    for row, block, items in rows:
        got_block = signing_block(row)
        got_items = [text for text, _, _ in distribution_items(row, 0)]
        spans_exact = all(" ".join(row[s:e].split()) == t for t, s, e in distribution_items(row, 0))
        if got_block != block or got_items != items or not spans_exact:
            failures.append(f"{row[:60]!r}: {got_block}, {got_items}")
    return failures


def test_a_tail_printed_as_one_table_row() -> None:
    failures = tail_row_failures(ROWS)
    assert not failures, "\n".join(failures)


LETTER = (
    "ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 88/QĐ-UBND\nChâu Thành, ngày 10 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Kế hoạch phòng chống hạn mặn\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng chống hạn mặn năm 2025.\n\n"
    "Điều 2. Chánh Văn phòng, Trưởng phòng Nông nghiệp chịu trách nhiệm thi hành Quyết định này.\n\n"
    "| Nơi nhận: - Như Điều 2; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Võ Thành Nam |\n|---|---|\n\n"
    "KẾ HOẠCH\nPhòng chống hạn mặn năm 2025\n\nI. NHIỆM VỤ\n\n"
    "1. Phòng Nông nghiệp rà soát diện tích lúa có nguy cơ thiếu nước.\n\n"
    "2. Ủy ban nhân dân các xã nạo vét kênh mương nội đồng.\n"
)


def test_the_text_attached_after_a_table_row_tail_is_read() -> None:
    notice = extract(LETTER)
    got = (notice.signature.authority, notice.signature.position, notice.signature.signer)
    assert got == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Thành Nam")
    assert notice.distribution == ["Như Điều 2", "Lưu: VT"]
    ids = [t.id for t in notice.tasks]
    assert ids == ["Điều 2", "I.1", "I.2"], ids
    for t in notice.tasks:
        assert LETTER[t.span[0] : t.span[1]] == t.text
