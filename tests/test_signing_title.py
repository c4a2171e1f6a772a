"""A signing block whose line runs on into the title of the text the decision issues attached.

Form (crawls of thuvienphapluat.vn / vbpl.vn flatten the signature column and the attached text's first page
onto one line): the authorities and the position in capitals, the signer's personal name, then a run of
capitals opening with the type of an issued text — "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn
Bình KẾ HOẠCH …". The block ends with the name; the attached text starts at its type word and its parts,
on the next lines, are read as the attached text's (tasks), not as signature and distribution. The cases
are made up for the test (none is a corpus sentence). Every failing row is collected, then the test fails once.
"""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.signing_title import signing_title

from .test_attached_texts import ISSUE_PLAN, ISSUE_RULES, RULES, decision
from .test_recognizers import check_table


def _split(line: str) -> tuple[str | None, str | None, str, str] | None:
    found = signing_title(line)
    return None if found is None else (found.authority, found.position, found.signer, line[found.title_start :][:12])


# (line, (authority, position, signer, the title's first characters) or None)
# fmt: off
LINES = [
    ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình KẾ HOẠCH PHÒNG, CHỐNG HẠN HÁN",
     ("TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình", "KẾ HOẠCH PHÒ")),
    ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Thị Hồng Nhung QUY CHẾ Làm việc của Ban Chỉ đạo",
     ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thị Hồng Nhung", "QUY CHẾ Làm ")),
    ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Quốc Huy HƯỚNG DẪN CHẤM ĐIỂM THI ĐUA",
     ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Quốc Huy", "HƯỚNG DẪN CH")),
    ("TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Đỗ Minh Khoa PHỤ LỤC I DANH MỤC DỰ ÁN",
     ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Đỗ Minh Khoa", "PHỤ LỤC I DA")),
    ("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Hoàng Văn Sơn ĐỀ ÁN PHÁT TRIỂN DU LỊCH",
     ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hoàng Văn Sơn", "ĐỀ ÁN PHÁT T")),
    ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Phạm Văn Dũng QUY CHẾ Quản lý",
     ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Phạm Văn Dũng", "QUY CHẾ Quản")),
    # a marker's letters opening a word ("QUẢNG", "TAM") are no marker
    ("QUẢNG NAM Tam Kỳ KẾ HOẠCH năm 2024", None),
    # the block alone, and a name followed by prose: no title runs on
    ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình", None),
    ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình Kế hoạch này có hiệu lực", None),
    # a type word in capitals after a name, but no signing authority opens the line
    ("Đồng chí Nguyễn Văn Bình KẾ HOẠCH PHÒNG, CHỐNG HẠN HÁN", None),
    # the title is no type of issued text
    ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình BÁO CÁO TÌNH HÌNH", None),
]
# fmt: on


def test_a_signing_line_run_on_into_a_title_is_split_at_the_signer() -> None:
    check_table(LINES, _split)


RUN_ON_TAIL = (
    "Nơi nhận:\n- Như Điều 3;\n- Sở Tài chính;\n- Lưu: VT.\n"
    "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình {title}\n"
)
PLAN_PARTS = (
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động ứng phó với hạn hán, bảo đảm nước sinh hoạt.\n"
    "II. NHIỆM VỤ TRỌNG TÂM\n1. Sở Nông nghiệp rà soát các công trình thủy lợi.\n"
    "- Cơ quan thực hiện: Sở Nông nghiệp.\n- Thời gian thực hiện: quý II/2024.\n"
    "2. Ủy ban nhân dân các huyện lập phương án cấp nước.\n- Cơ quan thực hiện: Ủy ban nhân dân các huyện.\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí.\n"
    "2. Các sở, ngành báo cáo kết quả trước ngày 30/11/2024./.\n"
)
PLAN_TITLE = "KẾ HOẠCH PHÒNG, CHỐNG HẠN HÁN NĂM 2024 (Kèm theo Quyết định số 88/QĐ-UBND ngày 09/4/2024)"
RULES_TITLE = "QUY CHẾ LÀM VIỆC CỦA BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI TỈNH"


def _read(text: str) -> tuple[list[str], str | None, list[str], list[str]]:
    notice = extract(text)
    kinds = [s.kind for s in notice.sections]
    return [t.id for t in notice.tasks], notice.signature.signer, notice.distribution, kinds[kinds.index("signature") :]


# (decision, (task ids, signer, distribution, section kinds from the signature on))
# fmt: off
DECISIONS = [
    (decision("Ban hành Kế hoạch phòng, chống hạn hán", ISSUE_PLAN, RUN_ON_TAIL.format(title=PLAN_TITLE), PLAN_PARTS),
     (["Điều 3", "II.1", "II.2", "III.1", "III.2"], "Nguyễn Văn Bình", ["Như Điều 3", "Sở Tài chính", "Lưu: VT"],
      ["signature", "preamble", "tasks"])),
    (decision("Ban hành Quy chế làm việc", ISSUE_RULES, RUN_ON_TAIL.format(title=RULES_TITLE),
              RULES.split("\n\n", 2)[2]),
     (["Điều 3", "Điều 2-2", "Điều 3-2"], "Nguyễn Văn Bình", ["Như Điều 3", "Sở Tài chính", "Lưu: VT"],
      ["signature", "preamble", "tasks"])),
]
# fmt: on


def test_the_attached_text_after_a_run_on_signing_line_is_read_as_attached() -> None:
    check_table(DECISIONS, _read)
