"""One list of signing titles (cues/signing_positions.tsv) for every reader of a signing block.

Form (Decree 30/2020, the signing block): an authority marker ("KT.", "TM.", "TL."), the body or title it
signs for, then the signer's own position, a title with or without "PHÓ" ("KT. CHÁNH ÁN / PHÓ CHÁNH ÁN").
The three readers — a tail printed as one table row, a block run on into an attached text's title, a
position printed at the end of a distribution line — each kept its own list and each missed titles another
had. Every row names a title one reader lacked before. Cases invented, none a corpus sentence.
"""

from __future__ import annotations

import pytest

from directive_extract.cues import parse_cues
from directive_extract.errors import ResourceError
from directive_extract.stages.signature import _split_columns
from directive_extract.stages.signing_positions import KINDS, title_pattern, titles_of
from directive_extract.stages.signing_title import signing_title
from directive_extract.stages.table_tail import signing_block

# fmt: off
TABLE_ROWS = [  # (a tail printed as one table row, (authority, position, signer))
    ("| Nơi nhận: - Như trên; - Lưu: VT. | KT. TRƯỞNG KHOA PHÓ TRƯỞNG KHOA Lê Văn An |",
     ("KT. TRƯỞNG KHOA", "PHÓ TRƯỞNG KHOA", "Lê Văn An")),
    ("| Nơi nhận: - Như trên; - Lưu: VT. | KT. THỐNG ĐỐC PHÓ THỐNG ĐỐC Đinh Thị Lan |",
     ("KT. THỐNG ĐỐC", "PHÓ THỐNG ĐỐC", "Đinh Thị Lan")),
    ("| Nơi nhận: - Như trên; - Lưu: VT. | TM. ĐẢNG ỦY CHÍNH ỦY Vũ Quang Huy |",
     ("TM. ĐẢNG ỦY", "CHÍNH ỦY", "Vũ Quang Huy")),
]
TITLE_LINES = [  # (a signing block run on into an attached text's title, (authority, position, signer))
    ("KT. CHỈ HUY TRƯỞNG PHÓ CHỈ HUY TRƯỞNG Trần Văn Bảo KẾ HOẠCH DIỄN TẬP PHÒNG THỦ",
     ("KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "Trần Văn Bảo")),
    ("KT. CHÁNH ÁN PHÓ CHÁNH ÁN Ngô Thị Hà QUY CHẾ TIẾP CÔNG DÂN", ("KT. CHÁNH ÁN", "PHÓ CHÁNH ÁN", "Ngô Thị Hà")),
    ("KT. TƯ LỆNH PHÓ TƯ LỆNH Hà Văn Tú KẾ HOẠCH HUẤN LUYỆN", ("KT. TƯ LỆNH", "PHÓ TƯ LỆNH", "Hà Văn Tú")),
]
TRAILING = [  # (a distribution line with the signature column's position at its end, (item, position, signer))
    ("- Lưu: VT, TH;   VIỆN TRƯỞNG", ("- Lưu: VT, TH;", "VIỆN TRƯỞNG", None)),
    ("- Như trên;   KT. CHI CỤC TRƯỞNG", ("- Như trên;", "KT. CHI CỤC TRƯỞNG", None)),
    ("- Lưu: VT.   TRƯỞNG ĐOÀN", ("- Lưu: VT.", "TRƯỞNG ĐOÀN", None)),
    ("- Lưu: VT;   TỔNG THANH TRA", ("- Lưu: VT;", "TỔNG THANH TRA", None)),
    ("- Lưu: VT, NV.      Trần Văn An", ("- Lưu: VT, NV.", None, "Trần Văn An")),  # the signer after a wide gap
    ("- Đ/c PCT. Lê Văn Hùng", ("- Đ/c PCT. Lê Văn Hùng", None, None)),  # one space: a recipient
]
# fmt: on


def test_every_reader_knows_every_title() -> None:
    failures = []
    for row, want in TABLE_ROWS:
        if (got := signing_block(row)) != want:
            failures.append(f"table row {row!r}: {got}")
    for line, want in TITLE_LINES:
        found = signing_title(line)
        if (got := found and (found.authority, found.position, found.signer)) != want:
            failures.append(f"title line {line!r}: {got}")
    for line, want in TRAILING:
        if (got := _split_columns(line)) != want:
            failures.append(f"trailing {line!r}: {got}")
    assert not failures, "\n".join(failures)


HEADER = "kind\tphrase\texample\n"
# (a row of the file, why it is refused)
REFUSED = [
    ("title\tchủ tịch\tKT. chủ tịch", "not in capitals"),
    ("title\tTRƯỞNG BAN 2\tTRƯỞNG BAN 2", "a digit"),
    ("rank\tCHỦ TỊCH\tKT. CHỦ TỊCH", "an unknown kind"),
    ("title\tGIÁM ĐỐC\tKT. CHỦ TỊCH", "an example without the title"),
]


@pytest.mark.parametrize(("row", "why"), REFUSED)
def test_a_bad_title_row_is_refused_on_load(row: str, why: str) -> None:
    with pytest.raises(ResourceError):
        titles_of(parse_cues(HEADER + row + "\n", "signing_positions.tsv", KINDS))


def test_titles_longest_first_and_spaces_free() -> None:
    titles = titles_of(
        parse_cues(HEADER + "title\tGIÁM ĐỐC\tGIÁM ĐỐC\ntitle\tTỔNG GIÁM ĐỐC\tTỔNG GIÁM ĐỐC\n", "t", KINDS)
    )
    assert titles == ("TỔNG GIÁM ĐỐC", "GIÁM ĐỐC")
    assert title_pattern(titles) == r"(?:TỔNG\s+GIÁM\s+ĐỐC|GIÁM\s+ĐỐC)"
