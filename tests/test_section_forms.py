"""Sections by form (ANNOTATION.md "Sections"): where each part of a Vietnamese administrative text
starts, one table per form, with cases written for the form rather than copied from the corpus.

Each row: a text and the (kind, first characters of the first line) of its sections in order. Every
failing row is collected, then the test fails once.
"""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.section_parts import damaged_opening
from directive_extract.vn import fold_keep_case

HEAD = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 12/UBND-VX\nPhú Yên, ngày 02 tháng 3 năm 2022\n\n"
BODY = "Căn cứ Kế hoạch số 5/KH-UBND của UBND tỉnh;\n\n1. Sở Y tế tăng cường kiểm tra.\n\n2. Sở Tài chính bố trí kinh phí.\n\n"
OPENING = [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Căn cứ Kế hoạch"), ("tasks", "1. Sở Y tế tăn")]


def _sections(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for section in extract(text).sections:
        first = text[section.span[0] : section.span[1]].strip().split("\n")[0].strip()
        out.append((section.kind, first[:14].strip()))
    return out


def _check(rows: list[tuple[str, list[tuple[str, str]]]]) -> None:
    failures = []
    for text, expected in rows:
        got = _sections(text)
        want = [(kind, start[:14].strip()) for kind, start in expected]
        if got != want:
            failures.append(f"\n{text!r}\n  want {want}\n  got  {got}")
    assert not failures, "".join(failures)


# The tail of a two-column page flattened to text: "Nơi nhận" list on the left, the signing block on the
# right. A line belongs to its leftmost text; a wrapped list item (whatever its first letter), a label
# ("Bản điện tử:", "Bản giấy:") and the OCR noise of a stamp printed beside an item stay in the list; the
# signature's own lines (authority, position in capitals, "(Đã ký)", the name, anything in the right
# half of the page) are the signature; a page number stays in the part before it.
TAIL_ROWS = [
    (  # a wrapped item opening with a capital ("Kế hoạch và Đầu tư …")
        HEAD + BODY + "Nơi nhận:                         TM. ỦY BAN NHÂN DÂN\n- Các Sở: Y tế, Tài chính,\n"
        "Kế hoạch và Đầu tư;                    CHỦ TỊCH\n- Lưu: VT.\n\n                        Trần Hữu Thế\n",
        [*OPENING, ("distribution", "Nơi nhận:"), ("signature", "Trần Hữu Thế")],
    ),
    (  # a label inside the list ("Bản giấy:"), the position on an item's line
        HEAD + BODY + "Nơi nhận:\n- Như trên;                            KT. CHỦ TỊCH\nBản giấy:\n"
        "- Thường trực Tỉnh ủy;                PHÓ CHỦ TỊCH\n- Lưu: VT, KGVX.\n\nLê Tấn Hổ\n",
        [*OPENING, ("distribution", "Nơi nhận:"), ("signature", "Lê Tấn Hổ")],
    ),
    (  # stamp noise printed beside items, and a page number after the list
        HEAD + BODY + "Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; ~ )Ặ ⁄ \n- UBND tỉnh (b/c); .Ø 2\n"
        "Phòng KHTC, Văn phòng Sở; ` ^\n- Lưu: VT.\n7\nPHÓ GIÁM ĐỐC\n(Đã ký)\nHồ Thị Nguyệt\n",
        [*OPENING, ("distribution", "Nơi nhận: KT."), ("signature", "PHÓ GIÁM ĐỐC")],
    ),
    (  # a wrapped item past one blank line opens in lower case; the name after a blank line is not one
        HEAD + BODY + "Nơi nhận:\n- Văn phòng Chính phủ (để báo cáo Thủ tướng\n\nvà các Phó Thủ tướng);\n"
        "- Lưu: VT.\n\nNguyễn Thanh Long\n",
        [*OPENING, ("distribution", "Nơi nhận:"), ("signature", "Nguyễn Thanh Long")],
    ),
    (  # the position printed above the list, the name at the end
        HEAD + BODY + "HIỆU TRƯỞNG\nNơi nhận:\n- Phòng GD&ĐT (báo cáo);\n- Lưu: VT.\n\nLê Thị Mai\n",
        [*OPENING, ("signature", "HIỆU TRƯỞNG"), ("distribution", "Nơi nhận:"), ("signature", "Lê Thị Mai")],
    ),
    (  # a page break inside the list is page furniture: it stays in the list
        HEAD + BODY + "Nơi nhận:\n- Như trên;\n--- PAGE BREAK ---\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
        "\nĐào Mỹ Linh\n",
        [*OPENING, ("distribution", "Nơi nhận:"), ("signature", "KT. CHỦ TỊCH")],
    ),
    (  # a digital signature's stamp in the right column is the signature, even a "+07:00" line
        HEAD + BODY + "Nơi nhận:                                 GIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\n"
        "                                          Sở Y tế\n                                          +07:00\n",
        [*OPENING, ("distribution", "Nơi nhận:"), ("signature", "Sở Y tế")],
    ),
]


def test_the_two_column_tail() -> None:
    _check(TAIL_ROWS)


TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Bình\n"
END = [("distribution", "Nơi nhận:"), ("signature", "TM. ỦY BAN NHÂ")]
ISSUER = (
    "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ       Độc lập - Tự do - Hạnh phúc\n"
)
ITEMS = "1. Sở Y tế chủ trì kiểm tra các cơ sở.\n\n2. Sở Tài chính bố trí kinh phí.\n"


# Where the header ends (ANNOTATION.md: issuer, motto, number, date, urgency stamp, type, trích yếu,
# "Kính gửi" list). The trích yếu under a type line may open like the body ("Thực hiện nhiệm vụ …"); the
# "Kính gửi" list may have blank lines between items or arrive damaged by a stamp; the issuer may be
# printed again above the bases of a decree; a trích yếu wrapped past a blank line goes on in small
# letters; an addressee list that the header stage read on into the body ends after its item closed by
# a full stop.
HEADER_ROWS = [
    (  # a plan's trích yếu that opens with "Thực hiện", then the body opening the same way
        ISSUER + "Số: 15/KH-UBND          Quảng Trị, ngày 04 tháng 01 năm 2023\n\nKẾ HOẠCH\n"
        "Thực hiện Chương trình chuyển đổi số năm 2023\n\nThực hiện Nghị quyết số 12/NQ-TU của Tỉnh ủy, "
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Thực hiện Nghị"), ("tasks", "1. Sở Y tế chủ"), *END],
    ),
    (  # the "Kính gửi" list printed with blank lines between its items
        ISSUER + "Số: 40/UBND-VX\nV/v phòng, chống sốt xuất huyết\n\nKính gửi:\n- Sở Y tế;\n\n"
        "- Sở Giáo dục và Đào tạo;\n\n- Ủy ban nhân dân các huyện, thị xã.\n\n"
        "Căn cứ Công văn số 3/BYT-DP của Bộ Y tế, Ủy ban nhân dân tỉnh yêu cầu:\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Căn cứ Công vă"), ("tasks", "1. Sở Y tế chủ"), *END],
    ),
    (  # a stamp printed over the "Kính gửi" label: its addressees are still the header's
        ISSUER + "Số: 41/UBND-VX\nV/v bảo đảm an toàn giao thông\n(ấn Kinh gửi:\n` - Công an tỉnh;\n"
        "- Sở Giao thông vận tải.\n\nCăn cứ Chỉ thị số 10/CT-TTg của Thủ tướng Chính phủ, Ủy ban nhân dân "
        "tỉnh yêu cầu:\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Căn cứ Chỉ thị"), ("tasks", "1. Sở Y tế chủ"), *END],
    ),
    (  # a decree: the issuer printed again in capitals above its bases
        "CHÍNH PHỦ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 20/2023/NĐ-CP\n\nNGHỊ ĐỊNH\n"
        "Quy định chi tiết một số điều của Luật Thủy lợi\n\nCHÍNH PHỦ\n\nCăn cứ Luật Thủy lợi ngày 19 tháng 6 "
        "năm 2017;\n\nĐiều 1. Các bộ, ngành chịu trách nhiệm thi hành Nghị định này.\n" + TAIL,
        [("header", "CHÍNH PHỦ     "), ("preamble", "Căn cứ Luật Th"), ("tasks", "Điều 1. Các bộ"), *END],
    ),
    (  # a notice's trích yếu wrapped past a blank line, going on in small letters
        ISSUER + "Số: 88/TB-UBND\n\nTHÔNG BÁO\n\nKết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh\n\n"
        "tại buổi kiểm tra công tác phòng cháy rừng\n\nNgày 02/3/2023, đồng chí Phó Chủ tịch đã kiểm tra "
        "công tác phòng cháy rừng; đồng chí kết luận như sau:\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Ngày 02/3/2023"), ("tasks", "1. Sở Y tế chủ"), *END],
    ),
    (  # a công điện: its addressees end with the item closed by a full stop, the situation follows at once
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 9/CĐ-TTg\n\nCÔNG ĐIỆN\nVề việc ứng phó với bão số 3\n"
        "THỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Chủ tịch Ủy ban nhân dân các tỉnh ven biển;\n"
        "- Bộ Nông nghiệp và Phát triển nông thôn.\nVừa qua bão số 3 đã đổ bộ vào các tỉnh ven biển\n"
        "gây mưa lớn, ngập úng trên diện rộng.\n\n" + ITEMS + TAIL,
        [("header", "THỦ TƯỚNG CHÍN"), ("assessment", "Vừa qua bão số"), ("tasks", "1. Sở Y tế chủ"), *END],
    ),
    (  # a stamp printed over the type line; the trích yếu under it, wrapped past a blank line
        ISSUER + "Số: 07/CT-UBND\n\nĐẾN Số: ..... ~ CHỈ THỊ\n\nVề tăng cường quản lý\n\n"
        "vật liệu nổ công nghiệp\n\nThời gian qua, nhiều vụ nổ gây thiệt hại về người.\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("assessment", "Thời gian qua,"), ("tasks", "1. Sở Y tế chủ"), *END],
    ),
]


def test_where_the_header_ends() -> None:
    _check(HEADER_ROWS)


HEAD2 = ISSUER + "Số: 52/TB-UBND\n\nTHÔNG BÁO\nKết luận tại cuộc họp\n\n"


# Each paragraph before the items by how it opens (ANNOTATION.md); a paragraph that a hard line break
# opened in mid-sentence goes on the part above; the enacting formula "QUYẾT NGHỊ:" and a chapter heading
# stay with the part above; openings are read past OCR damage ("Can cu", "_ Căn cứ"); the issuer reporting
# its own act is context; a bare lead-in ("… như sau:") opens the tasks.
BEFORE_ITEMS_ROWS = [
    (  # a hard break in mid-sentence, and a list of those present after a colon
        HEAD2 + "Ngày 05/6/2023, tại\nTrụ sở Ủy ban nhân dân tỉnh, đồng chí Chủ tịch chủ trì cuộc họp. Dự họp có:\n"
        "Giám đốc các sở, ngành liên quan.\n\nChủ tịch Ủy ban nhân dân tỉnh kết luận:\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Ngày 05/6/2023"), ("tasks", "Chủ tịch Ủy ba"), *END],
    ),
    (  # the enacting formula stays with the bases
        HEAD2 + "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT NGHỊ:\n\n"
        "Điều 1. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n" + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Căn cứ Luật Tổ"), ("tasks", "Điều 1. Ủy ban"), *END],
    ),
    (  # OCR left no diacritics, or read the bullet as "_"
        HEAD2 + "Can cu Luat Phong chong thien tai ngay 19/6/2013;\n\n_ Căn cứ Quyết định số 7/QĐ-UBND;\n\n"
        "Ủy ban nhân dân tỉnh yêu cầu:\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Can cu Luat Ph"), ("tasks", "Ủy ban nhân dâ"), *END],
    ),
    (  # OCR read "Để" as "Dé": a purpose, context, even as it leads in to the items
        HEAD2 + "Dé bảo đảm an toàn cho học sinh trong mùa mưa bão, Ủy ban nhân dân tỉnh yêu cầu:\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Dé bảo đảm an"), ("tasks", "1. Sở Y tế chủ"), *END],
    ),
    (  # OCR swapped the tone mark of "Để": still a purpose
        HEAD2 + "Đế kịp thời ứng phó với bão số 3, Ủy ban nhân dân huyện yêu cầu:\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Đế kịp thời ứn"), ("tasks", "1. Sở Y tế chủ"), *END],
    ),
    (  # "Đề nghị" folds as "Để" does, but is a directive verb: the lead-in opens the tasks
        HEAD2 + "Căn cú Nghị quyết số 15/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh;\n\n"
        "Đề nghị các phòng, ban chuyên môn thực hiện:\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Căn cú Nghị qu"), ("tasks", "Đề nghị các ph"), *END],
    ),
    (  # the issuer reports its own act: context
        HEAD2 + "Ủy ban nhân dân xã xây dựng Kế hoạch phòng, chống thiên tai năm 2024 như sau:\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Ủy ban nhân dâ"), ("tasks", "1. Sở Y tế chủ"), *END],
    ),
    (  # a bare lead-in without a directive verb, after the situation
        HEAD2 + "Trong bối cảnh giá phân bón tăng cao, nhiều hộ nông dân bỏ ruộng.\n\n"
        "Sở Nông nghiệp và Phát triển nông thôn hướng dẫn các địa phương như sau:\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("assessment", "Trong bối cảnh"), ("tasks", "Sở Nông nghiệp"), *END],
    ),
    (  # paragraphs opened indented: a flush-left line under a "Căn cứ …;" goes on it
        HEAD2 + "      Căn cứ Luật Đất đai năm 2024;\n      Căn cứ Nghị định số 102/2024/NĐ-CP của Chính phủ quy định\n"
        "chi tiết thi hành một số điều của Luật Đất đai;\nQuy chế phối hợp quản lý đất đai;\n"
        "      Căn cứ Quyết định số 9/QĐ-UBND của Ủy ban nhân dân tỉnh;\n      Ủy ban nhân dân tỉnh yêu cầu:\n\n"
        + ITEMS
        + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Căn cứ Luật Đấ"), ("tasks", "Ủy ban nhân dâ"), *END],
    ),
    (  # a list of bases whose later items cite a document without "Căn cứ"
        HEAD2 + "Căn cứ Kế hoạch số 20/KH-UBND ngày 03/01/2023 của Ủy ban nhân dân tỉnh;\n"
        "Quyết định số 45/QĐ-SNN ngày 05/01/2023 của Sở Nông nghiệp;\nỦy ban nhân dân huyện yêu cầu:\n\n"
        + ITEMS
        + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Căn cứ Kế hoạc"), ("tasks", "Ủy ban nhân dâ"), *END],
    ),
    (  # the part of a chapter's first article starts at the chapter heading, as the gold files of chaptered texts
        # (h4_06, h8_03, h9_36, h9_41) start it; the article decides its kind (ANNOTATING.md, settled 2a)
        HEAD2 + "Căn cứ Luật Ban hành văn bản quy phạm pháp luật;\n\nChương I\nQUY ĐỊNH CHUNG\n\n"
        "Điều 1. Sở Xây dựng chủ trì hướng dẫn thực hiện Quy chế này.\n" + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Căn cứ Luật Ba"), ("tasks", "Chương I"), *END],
    ),
]


# A news text has no header block: its title is the header, also a headline in capitals that the text runs
# on from after a colon on the same line.
NEWS_ROWS = [
    (
        "Hà Nội tăng cường kiểm soát dịch sốt xuất huyết\n\nSở Y tế cho biết số ca mắc tăng 20%.\n",
        [("header", "Hà Nội tăng cư"), ("assessment", "Sở Y tế cho bi")],
    ),
    (
        "CẢNH BÁO LŨ QUÉT TẠI CÁC TỈNH MIỀN NÚI PHÍA BẮC: Trong 24 giờ tới, mưa lớn có thể gây lũ quét.\n",
        [("header", "CẢNH BÁO LŨ QU")],
    ),
]


def test_a_news_title() -> None:
    _check(NEWS_ROWS)


def test_each_paragraph_before_the_items() -> None:
    _check(BEFORE_ITEMS_ROWS)


# A basis opening whose marks OCR swapped or dropped in part is still one (section_parts.damaged_opening); a word
# that folds the same but is written as another cue, or a word printed with no mark at all, is not.
# (paragraph as printed, a damaged basis opening?)
# fmt: off
DAMAGED_OPENINGS = [
    ("Dé kịp thời ứng phó với bão số 3, Ủy ban nhân dân huyện yêu cầu:", True),  # "Để": stroke, hat and tone
    ("Đế thực hiện tốt công tác tiêm chủng, Sở Y tế hướng dẫn:", True),  # the tone swapped
    ("Dể triển khai Chương trình chuyển đổi số, Ủy ban nhân dân xã giao:", True),  # the stroke and hat lost
    ("Căn cú Nghị quyết số 15/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh;", True),  # "cứ"
    ("Thục hiện Chỉ thị số 08/CT-TTg của Thủ tướng Chính phủ,", True),  # "Thực"
    ("Nhàm nâng cao chất lượng dịch vụ công, Sở Nội vụ hướng dẫn:", True),  # "Nhằm"
    ("Trên cơ sớ kết quả kiểm tra liên ngành,", True),  # "sở"
    ("Xẻt đề nghị của Trưởng phòng Tài chính - Kế hoạch,", True),  # "Xét"
    ("Để bảo đảm an toàn giao thông, Ủy ban nhân dân tỉnh yêu cầu:", False),  # as written: basis_opening's
    ("Đề nghị các phòng, ban chuyên môn thực hiện:", False),  # "đề nghị", a directive verb
    ("De nghi cac phong, ban chuyen mon thuc hien:", False),  # no mark left: "De" may be "Đề"
    ("Ngay sau khi nhận được văn bản, các đơn vị báo cáo:", False),  # "Ngay" is a word, not "Ngày" unmarked
    ("Đối với các xã vùng cao, Ủy ban nhân dân huyện yêu cầu:", False),  # no basis opening at all
]
# fmt: on


def test_a_basis_opening_past_damaged_marks() -> None:
    failures = [
        f"{text!r}: want {want}"
        for text, want in DAMAGED_OPENINGS
        if damaged_opening(text, fold_keep_case(text).lower()) != want
    ]
    assert not failures, "\n".join(failures)


# Items before the first task that the tasks stage left out: purposes are context, praise is assessment;
# a bulleted list that orders nothing stays in the part it is printed in; a roman part of principles is
# context.
ITEM_ROWS = [
    (
        HEAD2 + "1. Mục đích\n\nNâng cao chất lượng dạy học.\n\n2. Yêu cầu\n\nBảo đảm an toàn.\n\n"
        "3. Sở Giáo dục và Đào tạo chủ trì tổ chức hội thi.\n\n4. Sở Tài chính bố trí kinh phí.\n" + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "1. Mục đích"), ("tasks", "3. Sở Giáo dục"), *END],
    ),
    (
        HEAD2 + "Ngày 10/5/2023, đồng chí Chủ tịch chủ trì cuộc họp.\n\n"
        "1. Biểu dương các địa phương đã hoàn thành sớm kế hoạch gieo trồng.\n\n"
        "2. Sở Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra.\n\n3. Sở Tài chính bố trí kinh phí.\n" + TAIL,
        [
            ("header", "ỦY BAN NHÂN DÂN"),
            ("preamble", "Ngày 10/5/2023"),
            ("assessment", "1. Biểu dương"),
            ("tasks", "2. Sở Nông ngh"),
            *END,
        ],
    ),
    (
        HEAD2 + "Thời gian qua, mưa lớn gây thiệt hại:\n\n- 12 nhà bị sập;\n\n- 300 ha lúa bị ngập.\n\n"
        "Ủy ban nhân dân tỉnh yêu cầu:\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("assessment", "Thời gian qua,"), ("tasks", "Ủy ban nhân dâ"), *END],
    ),
    (
        HEAD2 + "I. MỤC ĐÍCH\n\nBảo đảm phối hợp chặt chẽ.\n\nII. NGUYÊN TẮC PHỐI HỢP\n\nCông khai, minh bạch.\n\n"
        "III. NHIỆM VỤ\n\n" + ITEMS + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "I. MỤC ĐÍCH"), ("tasks", "III. NHIỆM VỤ"), *END],
    ),
]


def test_items_that_are_no_tasks() -> None:
    _check(ITEM_ROWS)


# Closings beyond "… thông báo để … biết, thực hiện", read without diacritics when OCR lost them.
CLOSING_ROWS = [
    (
        HEAD2 + "Ủy ban nhân dân tỉnh yêu cầu:\n\n" + ITEMS + "\nVăn phòng UBND tỉnh thong bao de cac so, nganh biet, "
        "thuc hien./.\n" + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("tasks", "Ủy ban nhân dâ"), ("closing", "Văn phòng UBND"), *END],
    ),
    (
        HEAD2
        + "Ủy ban nhân dân tỉnh yêu cầu:\n\n"
        + ITEMS
        + "\n(Van ban nay thay the Cong van so 25/UBND-VX)\n"
        + TAIL,
        [("header", "ỦY BAN NHÂN DÂN"), ("tasks", "Ủy ban nhân dâ"), ("closing", "(Van ban nay t"), *END],
    ),
]


def test_closings() -> None:
    _check(CLOSING_ROWS)


# What is printed after the signer's name: a list or a form is an appendix (context unless it lists
# tasks); the copier's "SAO Y BẢN CHÍNH" block is a header; the page's notes ("[1] …") stay in the tail.
APPENDIX_ROWS = [
    (
        HEAD2 + "Ủy ban nhân dân tỉnh yêu cầu:\n\n" + ITEMS + TAIL + "\n\nDANH SÁCH TỔ CÔNG TÁC LIÊN NGÀNH\n"
        "STT   Họ và tên        Chức vụ\n1     Lê Văn Cường     Tổ trưởng\n2     Trần Thị Hoa     Tổ viên\n",
        [("header", "ỦY BAN NHÂN DÂN"), ("tasks", "Ủy ban nhân dâ"), *END, ("preamble", "DANH SÁCH TỔ C")],
    ),
    (
        HEAD2 + "Ủy ban nhân dân tỉnh yêu cầu:\n\n" + ITEMS + TAIL + "\nSỞ Y TẾ TỈNH QUẢNG TRỊ   SAO Y BẢN CHÍNH\n"
        "Số: 12/SY-SYT          Quảng Trị, ngày 06 tháng 01 năm 2023\n"
        "KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC Lê Thị Thu Hà đã ký\n",
        [("header", "ỦY BAN NHÂN DÂN"), ("tasks", "Ủy ban nhân dâ"), *END, ("header", "SỞ Y TẾ TỈNH Q")],
    ),
    (
        HEAD2
        + "Ủy ban nhân dân tỉnh yêu cầu:\n\n"
        + ITEMS
        + TAIL
        + "\n[1]\nCác đoàn kiểm tra của tỉnh đã làm việc tại "
        "12 xã,\nthị trấn trong tháng 02 năm 2023 và báo cáo kết quả.\n",
        [("header", "ỦY BAN NHÂN DÂN"), ("tasks", "Ủy ban nhân dâ"), *END],
    ),
]


def test_what_follows_the_signature() -> None:
    _check(APPENDIX_ROWS)
