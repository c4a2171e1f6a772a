"""Normalization: one internal text, and a map that brings every internal span back to the source."""

from __future__ import annotations

import unicodedata

import pytest

from directive_extract.document import Document
from directive_extract.stages.lines import split_lines
from directive_extract.stages.normalize import normalize

CASES = [
    # (source, expected internal text)
    ("a\r\nb\rc", "a\nb\nc"),
    ("Sở\u00a0Y\u2009tế", "Sở Y tế"),
    ("Hoà Bình, thuỷ lợi, khoẻ", "Hòa Bình, thủy lợi, khỏe"),
    ("HOÀ, UỶ BAN", "HÒA, ỦY BAN"),
    # a foreign name keeps its own accent: no Vietnamese syllable opens "chl", "schl" (a brand in a customs plan)
    ("hàng giả nhãn hiệu CHLOÉ, Schloé và Zoé; nghoè", "hàng giả nhãn hiệu CHLOÉ, Schloé và Zoé; nghòe"),
    ("quý III, hoàn thành, khuyến khích, ngoài", "quý III, hoàn thành, khuyến khích, ngoài"),
    ("**KT. CHÁNH VĂN PHÒNG**", "KT. CHÁNH VĂN PHÒNG"),
    ("Sở\u200b Y tế\u00ad", "Sở Y tế"),
    # a scan's specks read as single guillemets, which Vietnamese text never prints
    ("Giám đốc các \u203a Sở: Nội vụ; Quyết \u2039 định", "Giám đốc các  Sở: Nội vụ; Quyết  định"),
    (unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh"), "Ủy ban nhân dân tỉnh"),
    (unicodedata.normalize("NFD", "hoà"), "hòa"),
    # lookalike letters, one for one: the eth for "Đ", a PDF font's Latin OI for "Ư" (a mark after it composes)
    ("\u00d0iều 4. \u00f0ội", "Điều 4. đội"),
    ("H\u01a2ỚNG DẪN nh\u01a3 sau, s\u01a3\u0309a đổi", "HƯỚNG DẪN như sau, sửa đổi"),
    # markdown heading marks opening a line (a converted PDF or web page): the numbered heading they print is left
    ("# II. NỘI DUNG\n## 1. Kế hoạch\n###### Nơi nhận:", "II. NỘI DUNG\n1. Kế hoạch\nNơi nhận:"),
    ("Số #5, C# và ## giữa dòng\n####### bảy\n#\n#không", "Số #5, C# và ## giữa dòng\n####### bảy\n#\n#không"),
    ("", ""),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_normalized_text(source: str, expected: str) -> None:
    assert normalize(Document.from_source(source)).text == expected


@pytest.mark.parametrize(("source", "_"), CASES)
def test_every_internal_char_maps_into_the_source(source: str, _: str) -> None:
    doc = normalize(Document.from_source(source))
    assert len(doc.starts) == len(doc.ends) == len(doc.text)
    for i, ch in enumerate(doc.text):
        piece = source[doc.starts[i] : doc.ends[i]]
        assert piece, (i, ch)
        # the source piece is the same character up to Unicode form, spacing, or tone placement
        assert len(unicodedata.normalize("NFC", piece)) <= 2 or ch == "\n"


def test_span_of_a_word_maps_back_exactly() -> None:
    source = "Kính gửi:\r\n**Sở\u00a0Y tế** và " + unicodedata.normalize("NFD", "Ủy ban nhân dân") + " tỉnh"
    doc = normalize(Document.from_source(source))
    for word in ("Sở Y tế", "Ủy ban nhân dân tỉnh"):
        start = doc.text.index(word)
        s, e = doc.to_source(start, start + len(word))
        assert unicodedata.normalize("NFC", source[s:e]).replace("\u00a0", " ") == word


def test_a_lookalike_letter_is_read_by_every_stage_and_printed_back_as_in_the_source() -> None:
    """A PDF font's "ƣ" for "ư" is read as "ư" by the task, deadline and distribution stages, not only the
    header's; each item's `text` is still the source as printed."""
    from directive_extract import extract

    source = (
        "SỞ NỘI VỤ\n\nSố: 15/SNV-TCBC\nV/v rà soát biên chế\n\nKính gửi: Các sở, ngành.\n\n"
        "1. Các phòng chuyên môn gửi báo cáo về Sở Nội vụ trƣớc ngày 30/6/2024./.\n\n"
        "Nơi nhận:\n- Nhƣ trên;\n- Lƣu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Tám\n"
    )
    notice = extract(source)
    deadlines = [(d.text, d.value, source[d.span[0] : d.span[1]]) for t in notice.tasks for d in t.deadlines]
    assert deadlines == [("trƣớc ngày 30/6/2024", "2024-06-30", "trƣớc ngày 30/6/2024")]
    assert notice.distribution == ["Như trên", "Lưu: VT"]


def test_reflow_joins_wrapped_lines_and_keeps_length() -> None:
    source = (
        "1. Thực hiện nghiêm việc cách ly toàn xã hội trong vòng 15 ngày kể từ ngày\n"
        "01/4/2020 trên phạm vi toàn huyện theo nguyên tắc gia đình cách ly với gia đình;\n"
        "2. Tạm dừng các hoạt động\n"
        "tập trung đông người.\n"
    )
    doc = split_lines(normalize(Document.from_source(source)))
    assert len(doc.flat) == len(doc.text)
    assert [doc.flat[p.start : p.end][:2] for p in doc.paragraphs] == ["1.", "2."]
    assert "kể từ ngày 01/4/2020" in doc.flat
    assert "hoạt động tập trung" in doc.flat


def test_reflow_keeps_headings_and_list_items_apart() -> None:
    source = "THÔNG BÁO\nKết luận của Chủ tịch\n- Sở Y tế;\n- Công an tỉnh.\nNơi nhận:\n- Như trên;"
    doc = split_lines(normalize(Document.from_source(source)))
    starts = [doc.text[p.start : p.end].split("\n")[0] for p in doc.paragraphs]
    assert starts == [
        "THÔNG BÁO",
        "Kết luận của Chủ tịch",
        "- Sở Y tế;",
        "- Công an tỉnh.",
        "Nơi nhận:",
        "- Như trên;",
    ]


def test_the_cleanup_gate_holds_every_character_the_cleanups_begin_with() -> None:
    """A text is scanned for line breaks, odd spaces and invisible characters only when the gate finds one of
    them: every character those patterns can begin with, alone in a text, passes the gate and is cleaned up."""
    from directive_extract.stages import normalize as stage

    failures = []
    for pattern in (stage._NEWLINES, stage._SPACES, stage._INVISIBLE):
        for code in range(0x110000):
            char = chr(code)
            if pattern.match(char + "*\n") and not stage._ANY_LINE_BREAK_SPACE_OR_INVISIBLE.search(char):
                failures.append((pattern.pattern, hex(code)))
    for char in "\r\f\v\u2028\u2029\x85\t\u00a0\u3000\u200b\ufeff\u00ad":
        doc = normalize(Document.from_source(f"Sở{char}Y tế"))
        if doc.text not in ("Sở\nY tế", "Sở Y tế", "SởY tế"):
            failures.append((hex(ord(char)), doc.text))
    assert not failures, failures


# A news photo's caption ends with its credit ("Ảnh: …") and no full stop: the line closes the caption, the next
# line opens a paragraph. A line that only cites a photo inside its sentence goes on. (lines, paragraphs)
# fmt: off
PHOTO_CREDITS = [
    ("Phó Chủ tịch UBND tỉnh kiểm tra đê biển xã Bình Thắng. Ảnh: N.HẢI\nPhó Chủ tịch yêu cầu huyện gia cố đê.", 2),
    ("Lực lượng chức năng kiểm tra hàng hóa tại cửa khẩu (Ảnh: Q.Hùng)\nCục Hải quan yêu cầu các chi cục tăng cường.", 2),
    ("Đoàn công tác trao quà cho các hộ nghèo của xã. Ảnh: VGP/Lê Sơn\nTrước đó, đoàn đã thăm trường học.", 2),
    ("Các đơn vị gửi kèm theo báo cáo tài liệu và hình Ảnh: bản scan có đóng dấu của cơ quan, đơn vị và\n"
     "danh sách người tham gia.", 1),
]
# fmt: on


def test_a_photo_credit_closes_its_caption() -> None:
    failures = []
    for source, expected in PHOTO_CREDITS:
        doc = split_lines(normalize(Document.from_source(source)))
        if len(doc.paragraphs) != expected:
            failures.append((source[:40], len(doc.paragraphs), expected))
    assert not failures, failures


# A PDF text layer that draws a marked vowel as a glyph of its own prints a space before it: the syllable is read
# whole, the space dropped, every other character kept in its place. Invented sentences. (source, internal text)
# fmt: off
SPLIT_SYLLABLES = [
    ("Giao Sở Tư ph áp và Sở Xây d ựng, ph ối hợp", "Giao Sở Tư pháp và Sở Xây dựng, phối hợp"),
    ("UBND các phư ờng: B ạch Đằng, Thư ợng Lý", "UBND các phường: Bạch Đằng, Thượng Lý"),
    ("ch ịu trách nhi ệm thi hành quy ết định", "chịu trách nhiệm thi hành quyết định"),
    ("thu ộc huy ện, ngư ời dân, đi ều chỉnh", "thuộc huyện, người dân, điều chỉnh"),
    ("TR ƯỜNG TIỂU HỌC, NGH Ị QUYẾT", "TRƯỜNG TIỂU HỌC, NGHỊ QUYẾT"),
    # a word of its own before a vowel-initial word stays apart
    ("do ảnh hưởng của bão, thư ở trên bàn", "do ảnh hưởng của bão, thư ở trên bàn"),
    ("các ủy ban, cho ăn, sẽ ủng hộ, đã ổn định", "các ủy ban, cho ăn, sẽ ủng hộ, đã ổn định"),
    ("Quân khu V ở phía nam, phụ lục X ước tính", "Quân khu V ở phía nam, phụ lục X ước tính"),
    # a numeral's letter no number is printed with alone (C, D, L, M) opens a syllable
    ("xã Phước M ỹ, thôn C ầu Đá có tr ường học ngh ỉ", "xã Phước Mỹ, thôn Cầu Đá có trường học nghỉ"),
    ("điểm c ở khoản 2, TP.HCM ủng hộ, v.v ở đâu", "điểm c ở khoản 2, TP.HCM ủng hộ, v.v ở đâu"),
    ("Tr ƯỜNG, quy ho ạch", "Tr ƯỜNG, quy ho ạch"),  # mixed case; "o" + "a" is left (do ảnh)
    # a one-letter fragment is joined only where splits of two letters or more show the font's splitting
    ("nhóm B ưu tiên, Khu B ấp Tân Hòa, 500.000 đ ăn trưa", "nhóm B ưu tiên, Khu B ấp Tân Hòa, 500.000 đ ăn trưa"),
    ("Sở Xây d ựng và Sở Y tế", "Sở Xây d ựng và Sở Y tế"),
    ("ch ịu trách nhi ệm: Sở Xây d ựng", "chịu trách nhiệm: Sở Xây dựng"),
    ("Tru ng ư ơng", "Tru ngư ơng"),  # a bare vowel is no fragment of a split ("ư ơng" stays)
]
# fmt: on


@pytest.mark.parametrize(("source", "expected"), SPLIT_SYLLABLES)
def test_a_split_syllable_is_read_whole(source: str, expected: str) -> None:
    doc = normalize(Document.from_source(source))
    assert doc.text == expected
    for word in expected.split():
        start = doc.text.index(word)
        s, e = doc.to_source(start, start + len(word))
        assert source[s:e].replace(" ", "") == word.replace(" ", "")


def test_a_body_printed_with_split_syllables_keeps_its_printed_span() -> None:
    from directive_extract import extract

    source = (
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\n"
        "Điều 2. Tổ chức thực hiện.\n- Giao Sở Xây d ựng ch ủ trì th ẩm định hồ sơ.\n"
        "- Giao UBND các phư ờng: Mỹ Bình, Mỹ Long rà soát quy hoạch.\n"
    )
    notice = extract(source)
    found = [(a.text, a.name) for t in notice.tasks for a in t.agencies]
    assert ("Sở Xây d ựng", "Sở Xây dựng") in found
    assert {name for _, name in found} >= {"Ủy ban nhân dân phường Mỹ Bình", "Ủy ban nhân dân phường Mỹ Long"}
    for t in notice.tasks:
        for a in t.agencies:
            assert source[a.span[0] : a.span[1]] == a.text


def test_a_numeral_alone_that_is_no_onset_fails_at_load(monkeypatch) -> None:
    from directive_extract import resources
    from directive_extract.errors import ResourceError
    from directive_extract.stages import split_syllables

    original = resources.read_json

    def read(name: str):
        data = original(name)
        return {**data, "numerals_alone": ["v", "i"]} if name == "split_syllables.json" else data

    monkeypatch.setattr(split_syllables, "read_json", read)
    split_syllables._rules.cache_clear()
    try:
        with pytest.raises(ResourceError, match="numerals_alone holds one-letter onsets"):
            split_syllables._rules()
    finally:
        monkeypatch.undo()
        split_syllables._rules.cache_clear()


def test_a_speck_inside_a_shared_head_list_leaves_its_members_read() -> None:
    """A scan's speck between "các" and the shared head ("Giám đốc các › Sở: Nội vụ, Công Thương") is dropped: each
    member is read, its span the source's own."""
    from directive_extract import extract

    source = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nQUYẾT ĐỊNH\n\nĐiều 3. Tổ chức thực hiện\n"
        "1. Sở Xây dựng chủ trì triển khai.\n"
        "2. Giám đốc các \u203a Sở: Nội vụ, Công Thương; Chủ tịch UBND các xã, phường căn cứ quyết định thực hiện.\n"
    )
    agencies = [a for task in extract(source).tasks for a in task.agencies if task.id.endswith("2")]
    assert {a.name for a in agencies} >= {"Sở Nội vụ", "Sở Công Thương", "Ủy ban nhân dân cấp xã"}, agencies
    assert all(source[a.span[0] : a.span[1]] == a.text for a in agencies)
